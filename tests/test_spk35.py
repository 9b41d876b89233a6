"""Session 22, spk35: an elected mandate is one more of a politician the article gave another
("le rapporteur X" … "l'élu de Y"), and a role given in the plural still names its office.
Sentences written for recoupe."""

import pytest
from conftest import one

from recoupe.enrich.quotes.speakers import _singular


def test_an_elected_mandate_is_one_more_of_the_politician_named(quotes_of):
    # the article makes him "rapporteur" only; "l'élu du Morbihan" is still him, the one politician named
    qs, _ = quotes_of("Le rapporteur du projet de loi, Julien Morel, a défendu mercredi son amendement en commission. "
                      "Le texte sera examiné en séance le mois prochain. « Les pharmaciens devront suivre une formation "
                      "avant de délivrer ces traitements », a précisé l'élu du Morbihan.")
    assert one(qs, "pharmaciens").speaker_name == "Julien Morel"


def test_a_mandate_someone_else_holds_is_not_cumulated(quotes_of):
    # the deputy named first holds the mandate; the rapporteur named last is not "l'élu du Morbihan"
    qs, _ = quotes_of("Le député du Morbihan, Alain Vidal, a interpellé mercredi le rapporteur du texte, Julien Morel. "
                      "« Ce texte oublie les campagnes et leurs pharmacies », a lancé l'élu du Morbihan.")
    assert one(qs, "campagnes").speaker_name != "Julien Morel"


def test_a_non_mandate_is_not_cumulated(quotes_of):
    # a minister is no elected mandate: a person the article makes only "maire" is not "le ministre de l'Intérieur"
    qs, _ = quotes_of("Le maire de Vannes, Pierre Lemoine, a reçu mardi les commerçants du centre-ville. "
                      "« Nous renforcerons les patrouilles dès la semaine prochaine », a promis le ministre de l'Intérieur.")
    assert one(qs, "patrouilles").speaker_name != "Pierre Lemoine"


@pytest.mark.parametrize(("words", "has"), [
    ({"deputes"}, "depute"), ({"senateurs"}, "senateur"), ({"maire"}, "maire"),
])
def test_a_plural_role_holds_its_singular(words, has):
    assert has in _singular(words)


def test_an_office_of_the_government_is_held_by_the_one_named(quotes_of):
    # "le porte-parole du gouvernement" is one office in the country, not a function in a body readers cannot tell
    qs, _ = quotes_of("Jeanne Morel a défendu mardi la réforme des retraites à la radio. « Nous irons jusqu'au bout "
                      "de cette réforme », a affirmé la porte-parole du gouvernement.")
    assert one(qs, "jusqu'au bout").speaker_name == "Jeanne Morel"


def test_an_office_of_a_body_readers_cannot_tell_stays_unnamed(quotes_of):
    # the school's head is not the parent named before
    qs, _ = quotes_of("Paul Martin a inscrit son fils au collège du quartier en septembre. « Les classes sont déjà "
                      "pleines », a reconnu le directeur de l'école.")
    assert one(qs, "classes").speaker_name != "Paul Martin"


def test_a_mandate_of_someone_named_in_its_complement_is_still_cumulated(quotes_of):
    # "l'adjoint de Claire Dumas": Claire Dumas holds no deputy mandate, the candidate named before is the deputy
    qs, _ = quotes_of("Le candidat écologiste aux élections municipales, Marc Lenoir, a lancé sa campagne mardi à Nantes. "
                      "Dans une vidéo, l'adjoint de Claire Dumas à la mairie de Nantes rappelle que son parti compte "
                      "« des milliers de militants dans toute la région ».")
    assert one(qs, "militants").speaker_name == "Marc Lenoir"


def test_a_mandate_goes_to_one_who_may_hold_it_before_one_who_would_cumulate_it(quotes_of):
    # the deputy mayor named last holds another mandate; the protagonist, given no role, is "le député"
    qs, _ = quotes_of("Paul Girard siège à l'Assemblée depuis 2017 et prend rarement la parole dans l'hémicycle. "
                      "Paul Girard préfère les plateaux de télévision. « On ne le voit jamais ici », déplore Luc Morin, "
                      "l'adjoint au maire de Lens. Le député du Pas-de-Calais assume : « Je travaille à ma façon ».")
    assert one(qs, "ma façon").speaker_name != "Luc Morin"
