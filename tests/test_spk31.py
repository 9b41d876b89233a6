"""Session 21, spk31: a description of a body or a person given as a speaker, and what the article names it.
Sentences written for recoupe."""

import pytest
from conftest import one


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the body's name in apposition right after its description, between commas or before a parenthesis
    ("Le réseau de bus a été coupé lundi soir à Lyon. Pendant la panne, « restez chez vous si vous le pouvez », a conseillé "
     "la régie lyonnaise des transports, la TCL, aux voyageurs.", "restez chez vous", "TCL"),
    ("Trois reporters ont été arrêtés jeudi à Caracas. « Nous n'avons plus aucune nouvelle d'eux », a déploré le premier "
     "syndicat de journalistes du pays, le Syndicat national des travailleurs de la presse (SNTP).", "aucune nouvelle",
     "Syndicat national des travailleurs de la presse"),
])
def test_a_body_described_then_named_in_apposition_is_that_body(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert speaker in (one(qs, quoted).speaker_name or "")


def test_a_name_opening_a_clause_after_the_source_is_not_the_description(quotes_of):
    # "Selon le site du journal, X, …, devrait …": X is the subject of what the site reports, not the site
    qs, _ = quotes_of("Le rapport est attendu. Selon le site du journal régional, l'Inspection générale, « la police des "
                      "polices », devrait rendre ses conclusions à l'automne.")
    found = [q for q in qs if "police des polices" in q.text]
    assert all("Inspection" not in (q.speaker_name or "") for q in found)


@pytest.mark.parametrize(("body", "quoted", "not_speaker"), [
    # "l'élue": a woman, whom the elided article does not tell; not the man named last
    ("Le conseil municipal s'est réuni mardi. Paul Girard a présenté le budget de la ville. « Ce budget est injuste », "
     "a répliqué l'élue.", "budget", "Paul Girard"),
    # "l'avocat": a man; not the woman named last
    ("Le procès de Marc Dubois s'est ouvert lundi. Sophie Martin, sa voisine, a témoigné à la barre. « Mon client est "
     "innocent », a plaidé l'avocat.", "innocent", "Sophie Martin"),
])
def test_the_written_form_of_a_persons_noun_tells_the_gender_the_elided_article_hides(quotes_of, body, quoted, not_speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name != not_speaker


def test_a_noun_whose_forms_are_one_tells_no_gender():
    from recoupe.enrich.quotes.names import _form_gender
    assert _form_gender("élue") == "f"
    assert _form_gender("adjoint") == "m"
    assert _form_gender("auteur") is None  # written of women too
    assert _form_gender("ministre") is None


def test_the_body_named_before_is_lorganisme(quotes_of):
    # "l'organisme", "l'organisme météorologique": the public body the article just named
    qs, _ = quotes_of("Six départements ont été placés en vigilance rouge par Météo-France mardi. « Les pluies seront "
                      "très intenses jusqu'à jeudi », a prévenu l'organisme météorologique.")
    assert one(qs, "pluies seront").speaker_name == "Météo-France"


@pytest.mark.parametrize(("body", "quoted", "not_speaker"), [
    # the party the description says is not the one the article gives the person named last
    ("Au second tour, Jean Morel affrontera une liste d'union conduite par Claire Dubois (PS), ralliée par Anne Petit "
     "(EELV). « Rien n'est joué », estime la candidate communiste.", "Rien n'est joué", "Anne Petit"),
    # nor the nationality: the British minister is not « le président français »
    ("Le ministre britannique des Affaires étrangères, Paul Smith, a proposé un nouveau traité. « Nous verrons », a "
     "répondu le président français.", "Nous verrons", "Paul Smith"),
])
def test_a_description_is_not_completed_into_one_the_article_tells_otherwise(quotes_of, body, quoted, not_speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name != not_speaker


def test_a_former_party_says_nothing_of_the_present_one():
    from recoupe.enrich.quotes.names import _description_party
    assert _description_party("l' ancien élu PS".split()) == set()
    assert _description_party("l' élue écologiste".split()) == _description_party(["EELV"])


def test_the_one_a_source_speaks_of_is_not_that_source_named_later(quotes_of):
    # "Pour le premier secrétaire du parti, X quitte la ville": X is whom he speaks of, not him, though quoted by name next
    qs, _ = quotes_of("Pour le premier secrétaire du parti, Marc Leblanc quitte la ville. « Je pars sans regret », a "
                      "déclaré Marc Leblanc dimanche.")
    assert one(qs, "quitte la ville").speaker_name != "Marc Leblanc"
