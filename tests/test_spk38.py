"""Session 23, spk38: a name where the article gives a description, a description where it names
someone. Sentences written for recoupe."""

import pytest
from conftest import one

from recoupe.enrich.quotes import rule_quotes


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a body described as the subject of the clause is someone new, not the person who spoke last
    ("« Nous avons reçu des centaines d'appels », a précisé le ministre Karim Haddad. Le gouvernement a mis en cause "
     "un stock d'engrais entreposé « sans la moindre mesure de précaution » dans le port.", "moindre mesure", "gouvernement"),
    ("« Je n'ai rien à me reprocher », a assuré le maire Paul Girard. La préfecture a pourtant relevé des travaux "
     "menés « en dehors de toute autorisation » sur la commune.", "toute autorisation", "préfecture"),
])
def test_a_body_as_the_clauses_subject_is_not_the_last_speaker(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert speaker in (one(qs, quoted).speaker_name or "")


def test_a_document_as_the_clauses_subject_still_stands_for_the_last_speaker(quotes_of):
    qs, _ = quotes_of("« Nous ne céderons rien », a déclaré le ministre Paul Girard lundi. Le communiqué évoque "
                      "en outre « une campagne de désinformation venue de l'étranger ».")
    assert one(qs, "campagne de désinformation").speaker_name == "Paul Girard"


def test_a_twitter_user_is_an_unnamed_source(quotes_of):
    qs, _ = quotes_of("L'ancien footballeur Marc Dubois a publié une vidéo de la fête. « Bravo Marc, on voit bien "
                      "que la situation du pays t'inquiète », ironise un twitto.")
    assert one(qs, "situation du pays").speaker_name == "un twitto"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a company whose name the entity step left untyped, named with no article as the subject of a verb
    ("Les autres avions décollaient normalement pendant que Volotea annulait tous ses vols. La compagnie assure au "
     "journal avoir voulu « privilégier avant tout la sécurité des passagers ».", "sécurité des passagers", "Volotea"),
])
def test_a_bare_company_noun_names_again_the_untyped_company_that_acted(quotes_of, body, quoted, speaker):
    qs, e = quotes_of(body)
    if not any(x.name == speaker and x.type == "other" for x in e.entities):
        pytest.skip("the entity step typed the name: another path")
    assert one(qs, quoted).speaker_name == speaker


def test_a_public_body_noun_does_not_name_an_untyped_name(quotes_of):
    qs, _ = quotes_of("Les autres avions décollaient normalement pendant que Volotea annulait tous ses vols. Le "
                      "gouvernement assure avoir voulu « privilégier avant tout la sécurité des passagers ».")
    assert one(qs, "sécurité des passagers").speaker_name != "Volotea"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a group of people described by its noun is that group, not the person the article named last
    ("Le maire Paul Girard a reçu les habitants lundi. « Nous avons obtenu des garanties sur le calendrier des "
     "travaux », a précisé l'entourage du collectif.", "garanties sur le calendrier", "entourage"),
    ("L'ancien maire Paul Girard a reçu son successeur mardi. « Le ton était courtois et franc », a indiqué "
     "l'entourage de l'ancien maire.", "courtois et franc", "entourage"),
    ("Le corps de Paul Girard a été retrouvé samedi au bord du lac. « Nous sommes anéantis et nous voulons connaître "
     "la vérité », a réagi la famille.", "voulons connaître", "famille"),
])
def test_a_group_is_not_the_person_named_last(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    got = one(qs, quoted).speaker_name or ""
    assert speaker in got and "Dubois" not in got and "Girard" not in got


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # an adverbial locution between the verb of the incise and its subject ("de son côté", "quant à lui"):
    # the subject after it speaks, not the one quoted before
    ("« Le gouvernement tranchera à l'automne », a complété le porte-parole. « La loi prévoit déjà des chartes "
     "concertées avec les riverains », a rappelé de son côté Matignon.", "chartes concertées", "Matignon"),
    ("Un conseiller assure que le président n'aime pas être contredit. « Sur un sujet, j'ai été trop brutal et il ne "
     "m'a pas répondu pendant des jours », déplore de son côté un ministre.", "trop brutal", "un ministre"),
    ("Aucune fête n'était prévue lundi soir pour les joueurs, mais seulement « un rassemblement privé pour ceux qui "
     "le souhaitaient », a indiqué de son côté la Fédération française de football.", "rassemblement privé",
     "Fédération française de football"),
])
def test_a_locution_before_the_incises_subject_is_passed(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the plural of a role noun names unnamed holders of the office: the rules give them, the ranker need not
    ("Depuis des mois, le groupe accusait cette structure de masquer des dépenses. « Ces conclusions confirment des "
     "défaillances dans le contrôle des dépenses », ont expliqué les administrateurs dans un communiqué.",
     "défaillances dans le contrôle", "administrateurs"),
    ("En réponse, cent députés publient une tribune. « Ce qui semblait impossible il y a un an est devenu la règle "
     "dans tout le pays », précisent les députés.", "semblait impossible", "députés"),
])
def test_the_plural_of_a_role_speaks(enrich_body, body, quoted, speaker):
    e, doc, fields = enrich_body(body)
    _, found, _ = rule_quotes(doc, fields, e.entities)
    assert speaker in (one(found, quoted).speaker_name or "")
