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
