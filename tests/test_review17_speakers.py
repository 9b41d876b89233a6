"""The review of session 17's office-holder rules (spk20, tests/test_spk20.py): a relative clause
inside an apposition does not make it the next clause's subject, and a party or a company named
by its member ("le parti de la candidate") speaks for itself; only a staff's noun ("le cabinet de
la ministre") is someone's people. Sentences of our own, the reviewer's."""

import pytest
from conftest import one


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("Selon Paul Leroux, l'avocat qui défend la famille, l'enquête a été bâclée. Jean Morin a répondu mardi. "
     "« Les preuves ont disparu », a dénoncé l'avocat.", "Les preuves ont disparu", "Paul Leroux"),
    ("D'après Jean Caron, le médecin qui suit la victime, son état s'améliore. Marc Petit a rendu visite à la "
     "famille. « Elle est consciente », a précisé le médecin.", "Elle est consciente", "Jean Caron"),
])
def test_a_relative_clause_inside_an_apposition_keeps_it(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("La candidate Sophie Marchal, investie par le Parti socialiste, s'est retirée. « Nous respectons sa "
     "décision », a indiqué le parti de la candidate.", "Nous respectons sa décision", "Parti socialiste"),
    ("Le pilote Marc Duval, employé par Air France, a été suspendu. « Nous avons ouvert une enquête "
     "interne », a précisé la compagnie du pilote.", "Nous avons ouvert une enquête interne", "Air France"),
])
def test_a_body_named_by_its_member_speaks_for_itself(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


def test_a_ministers_cabinet_is_still_her_staff(quotes_of):
    qs, _ = quotes_of("La Haute Autorité a publié son avis. La ministre de la Culture a visité le musée. "
                      "« Aucune décision n'est prise », a précisé le cabinet de la ministre.")
    assert one(qs, "Aucune décision n'est prise").speaker_name == "cabinet de la ministre"


@pytest.mark.parametrize(("body", "words", "speaker"), [
    # « elle » is marked: a subject whose given name tells no gender gives way to the woman named after
    ("Kad Merad a rencontré Julia Vignali à Paris. « Non, ma famille ne va pas s'agrandir », confie-t-elle.",
     "Non, ma famille ne va pas s'agrandir", "Julia Vignali"),
    # not a subject whose given name is given to both sexes, nor for « il », the default
    ("Claude Roussel a accompagné Bernadette Roussel à Brive. « Ma mère est fatiguée », a-t-elle expliqué.",
     "Ma mère est fatiguée", "Claude Roussel"),
    ("Petr Fiala a rencontré Emmanuel Macron jeudi à Prague. « Nous avons parlé d'énergie », a-t-il déclaré.",
     "Nous avons parlé d'énergie", "Petr Fiala"),
])
def test_a_feminine_pronoun_and_a_subject_of_unknown_gender(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker
