"""Mends of session 18's speaker rules (review rev18a, #21-31 and b22#2): each rule narrowed to
what it is right about. The review's sentences were written for this project; the others are ours."""

import pytest
from conftest import one

# --- an outlet's incise with any verb: the earlier speaker only when the words are what their verb governs
# (commas in pairs around an incidental aside)


@pytest.mark.parametrize(("body", "words", "speaker"), [
    # (review #21-23: words after a comma, in an apposition, a new clause or a relative, are the outlet's)
    ("Emmanuel Macron a de nouveau reçu les partenaires sociaux. « Nous devons aller plus vite sur les salaires », "
     "a-t-il dit. Le maire a refusé de répondre, « signe d'un malaise croissant dans la majorité », analyse Le Monde.",
     "signe d'un malaise", "Le Monde"),
    ("Le PDG de Renault a confirmé la fermeture du site de Flins, mais « rien n'a été prévu pour les six cents "
     "salariés », dénonce Libération.", "rien n'a été prévu", "Libération"),
    ("La ministre a annoncé sa démission, un départ qui « fragilise encore un peu plus l'exécutif », analyse Le Monde.",
     "fragilise encore", "Le Monde"),
])
def test_outlet_incise_keeps_words_not_governed_by_the_earlier_verb(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("Le maire Paul Renard a promis « une réponse rapide aux familles », souligne Le Monde.", "réponse rapide", "Paul Renard"),
    ("Selon la préfecture, « la route était fermée depuis midi », précise le quotidien régional.", "la route était fermée", "préfecture"),
    ("La ministre Claire Vidal aurait confié à ses proches sa « profonde lassitude », révèle Le Parisien.",
     "profonde lassitude", "Claire Vidal"),
    ("Le sénateur Paul Renard a écrit, mardi soir, à ses électeurs que la réforme était « faite à la va-vite et sans "
     "concertation », raconte Le Figaro.", "faite à la va-vite", "Paul Renard"),
])
def test_outlet_incise_gives_governed_words_to_the_earlier_speaker(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


# --- « X, par la voix de Y, a dit »: only in the subject of the verb that reports the words


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("La CGT, par la voix de son secrétaire général Philippe Martinez, a appelé à la grève, tandis que la ministre du "
     "Travail a dénoncé « une prise d'otages des usagers ».", "prise d'otages", "ministre du Travail"),
    ("L'Élysée, par la voix de son porte-parole Olivier Véran, a confirmé la visite, alors que Moscou a dénoncé "
     "« une provocation inacceptable ».", "provocation inacceptable", "Moscou"),
])
def test_by_the_voice_of_belongs_to_another_clause(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


@pytest.mark.parametrize("body", [
    "Le syndicat FO, par la voix de son délégué Paul Renard, dénonce « un mépris total des salariés ».",
    "La mairie, par la voix de son adjoint Paul Renard, a vivement dénoncé « un mépris total des habitants du quartier ».",
])
def test_by_the_voice_of_in_the_subject_of_the_verb(quotes_of, body):
    qs, _ = quotes_of(body)
    assert qs[0].speaker_name == "Paul Renard"


# --- a participle with its own subject: only a reporting one whose object the words are


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("Le procureur a requis vingt ans de réclusion mardi, Paul Martin contestant « avec un aplomb sidérant » les "
     "faits qui lui sont reprochés.", "aplomb sidérant", "procureur"),
    ("La ministre Rachida Dati a annoncé la fin du projet, Paul Martin proposant un budget « totalement irréaliste "
     "et hors de prix ».", "totalement irréaliste", "Rachida Dati"),
])
def test_absolute_participle_does_not_take_words_that_only_qualify(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


def test_absolute_participle_of_a_reporting_verb_with_quoted_object(quotes_of):
    qs, _ = quotes_of("Le budget sera voté jeudi, le maire Paul Renard promettant des « économies sur tous les postes ».")
    assert "Paul Renard" in one(qs, "économies sur tous").speaker_name


# --- a verbless sentence between two quotations: only a name alone brings no one in


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("« Nous ne céderons pas sur les retraites », a déclaré le ministre Paul Martin mardi. Réplique immédiate de la "
     "députée Marie Durand. « C'est une honte pour la République. »", "une honte", "Marie Durand"),
    ("« La situation est grave », a prévenu le préfet Paul Martin. Colère de la maire, Sophie Durand. « Personne ne "
     "nous a prévenus. »", "Personne ne nous", "Sophie Durand"),
])
def test_a_verbless_sentence_that_brings_someone_in(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


# --- « le « … » de X »: X's words only when they are speech


@pytest.mark.parametrize("body", [
    "À l'audience, le procureur a longuement décrit le « cynisme absolu et assumé » de Paul Martin.",
    "Le président de la République a remis mardi la Légion d'honneur à l'infirmière, louant le « dévouement sans "
    "faille ni relâche » de Sophie Martin.",
])
def test_a_label_before_de_and_a_name_is_not_that_person_s_words(quotes_of, body):
    qs, _ = quotes_of(body)
    assert all(q.speaker_name not in ("Paul Martin", "Sophie Martin") for q in qs)


@pytest.mark.parametrize(("body", "words"), [
    ("Le public a ri. Le « je reviendrai l'an prochain » de Claire Vidal a été très applaudi.", "je reviendrai"),
    ("Le chanteur Marc Delorme a quitté la scène. Le « I love you so much » de Claire Vidal n'a rien changé.", "I love you so much"),
])
def test_speech_before_de_and_a_name_is_that_person_s(quotes_of, body, words):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == "Claire Vidal"


# --- « Selon <outlet>, X … : « Je … » »: X only when X's verb says or gives the words


def test_selon_an_outlet_the_subject_who_receives_a_message_does_not_say_it(quotes_of):
    qs, _ = quotes_of(
        "Le joueur a quitté le club. Selon L'Équipe, Paul Renard a cependant reçu un message de son entraîneur : "
        "« Je compte sur toi »."
    )
    assert one(qs, "Je compte sur toi").speaker_name != "Paul Renard"


def test_selon_an_outlet_the_subject_of_the_clause_before_the_colon_says_first_person_words(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Renard a perdu sa carte de transport. Selon Le Point, Paul Renard a réglé son billet : « Moi, "
        "ancien ministre, j'ai été traité comme un fraudeur »."
    )
    assert one(qs, "traité comme un fraudeur").speaker_name == "Paul Renard"
