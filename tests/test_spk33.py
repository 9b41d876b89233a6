"""Session 22, spk33: who speaks quoted words no reporting verb introduces, once the text has
moved on from the last speaker. Sentences written for recoupe."""

import pytest
from conftest import one


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # an indefinite description as the subject of the clause the words stand in brings in someone new
    ("« Nous ne céderons rien », a déclaré le ministre Paul Girard lundi. Une source diplomatique a fait part "
     "d'« une grande lassitude face à ces retards répétés ».", "grande lassitude", "source diplomatique"),
    # a plural one, after a person who spoke alone
    ("« Le président du tribunal a été parfaitement impartial », a assuré le bâtonnier Marc Dubois. Les avocats de "
     "la famille dénoncent pourtant « un comportement contraire à toutes les règles ».", "contraire à toutes", "avocats"),
])
def test_a_description_of_someone_new_as_the_clauses_subject_speaks(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert speaker in (one(qs, quoted).speaker_name or "")


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a definite singular description names again the one who spoke: the speaker goes on
    ("« Nous ne céderons rien », a déclaré le ministre Paul Girard lundi. Le ministre dénonce par ailleurs "
     "« une campagne de désinformation orchestrée depuis l'étranger ».", "campagne de désinformation", "Paul Girard"),
    # people something befell, in the passive, say nothing
    ("« L'enquête avance vite », a indiqué le procureur Marc Dubois. Trois hommes ont été placés en garde à vue, "
     "« soupçonnés d'avoir organisé tout le trafic depuis la prison ».", "organisé tout le trafic", "Marc Dubois"),
])
def test_the_speaker_goes_on_over_a_subject_that_names_no_one_new(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_an_outlet_relaying_reported_speech_does_not_go_on_speaking(quotes_of):
    qs, _ = quotes_of("Le maire de la ville, Paul Girard, a tenu à rassurer les habitants, explique Le Parisien. "
                      "« Il n'y a aucun danger pour la population et l'eau reste potable. »")
    assert one(qs, "aucun danger").speaker_name == "Paul Girard"


def test_an_outlet_quoted_in_marks_goes_on_speaking(quotes_of):
    qs, _ = quotes_of("« Le gouvernement a perdu la main sur ce dossier », écrit Le Monde dans son éditorial. "
                      "« Il lui reste quelques semaines pour la reprendre. »")
    assert one(qs, "quelques semaines").speaker_name == "Le Monde"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the incise the source left inside the marks names its speaker past a time word and a channel
    ("Les habitants attendent des réponses. « Nous n'avons reçu aucune aide depuis trois mois, explique mardi sur "
     "franceinfo M. Paul Girard. Personne ne nous a contactés. »", "aucune aide", "Paul Girard"),
    ("Le débat a été vif. « Il n'y a ni vainqueur ni vaincu, a lui estimé son assistant parlementaire, Marc Dubois. "
     "Chacun doit maintenant avancer. »", "ni vainqueur", "Marc Dubois"),
])
def test_an_incise_inside_the_marks_names_the_speaker(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_a_name_in_a_complement_of_the_incises_subject_is_not_the_speaker(quotes_of):
    qs, _ = quotes_of("La réforme divise. « Le problème n'est pas l'embauche, indique un membre du cabinet de Paul Girard. "
                      "Les contrôles sont efficaces. »")
    assert one(qs, "embauche").speaker_name != "Paul Girard"


def test_a_former_role_written_as_one_word_describes_a_person_not_the_body_after_it(quotes_of):
    qs, _ = quotes_of("Paul Girard a présenté mercredi ses mesures pour les territoires. « J'ai un cap pour les "
                      "territoires », a déclaré l'ex-patron de Matignon, soutenu par quelques fidèles. L'ancien Premier ministre a rappelé qu'il n'avait "
                      "« pas attendu la campagne » pour s'y rendre.")
    assert one(qs, "cap pour").speaker_name != "Matignon"
    assert one(qs, "pas attendu").speaker_name != "Matignon"


def test_a_sentence_opening_on_before_and_an_infinitive_goes_on_with_the_last_speaker(quotes_of):
    qs, _ = quotes_of("« Ces comportements ternissent l'image de notre institution », rappelle le député Paul Girard. "
                      "Avant de préciser que l'Assemblée nationale n'est ni « un campus ni un camping ».")
    assert one(qs, "campus").speaker_name == "Paul Girard"
