"""Review of session 16's pronoun rule (an organisation stands for « il » / « elle » only where it heads
its clause): the ways French news brings a body in as its sentence's subject, and persons named in a
subordinate clause or by a relation to someone else; sentences of our own."""

import pytest
from conftest import one

_MINISTER = "Le ministre Paul Renaud a présenté son plan mardi. "


@pytest.mark.parametrize("body, words, speaker", [
    # a name after a noun and its complements (« L'ONG de défense des droits humains X »)
    (_MINISTER + "L'ONG de défense des droits humains Vigie Libertés a dénoncé une réforme injuste. "
     "Elle réclame « le retrait pur et simple du texte ».", "retrait pur", "Vigie Libertés"),
    # a body noun the lists do not hold (« L'énergéticien X »)
    (_MINISTER + "L'énergéticien Voltaire Énergie a annoncé un nouveau retard du chantier. "
     "Il assure que « la centrale sera mise en service en 2030 ».", "mise en service", "Voltaire Énergie"),
    # the agent of the main verb
    ("La ministre Claire Vidal a présenté son plan lundi. Le plan a été vivement critiqué par la Confédération "
     "des travailleurs. Elle réclame « une hausse générale des salaires ».", "hausse générale", "Confédération des travailleurs"),
])
def test_a_body_heading_its_clause_is_what_the_pronoun_stands_for(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert speaker in (one(qs, words).speaker_name or ""), qs


def test_a_person_named_in_a_subordinate_clause_does_not_take_the_pronoun(quotes_of):
    qs, _ = quotes_of("Paul Morel dirige l'entreprise depuis 2010. Il a découvert mardi que son associé Marc Dupont "
                      "avait vidé les comptes. « Je suis abasourdi et trahi », a-t-il confié.")
    assert one(qs, "abasourdi").speaker_name == "Paul Morel"

