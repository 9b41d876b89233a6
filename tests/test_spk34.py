"""Session 22, spk34: what a description of an outlet ("l'hebdomadaire", "le quotidien belge")
stands for. Sentences written for recoupe."""

import pytest
from conftest import one

from recoupe.enrich.quotes.speakers import _capitalised, _folded_letters


@pytest.mark.parametrize(("body", "quoted", "outlet"), [
    # an outlet written with accents, an apostrophe or the article the lists keep is still one the text names
    ("La réforme a été présentée mardi par le ministère de l'Agriculture, a révélé le Canard enchaîné. « Le calendrier "
     "a été avancé de trois mois sans prévenir les éleveurs », explique l'hebdomadaire satirique.",
     "calendrier", "Canard enchaîné"),
    ("Un incendie a détruit un entrepôt de Colmar dans la nuit, selon les Dernières Nouvelles d'Alsace. « Les flammes "
     "étaient visibles à des kilomètres », raconte le quotidien local.", "flammes", "Dernières Nouvelles d'Alsace"),
])
def test_an_outlet_description_names_the_outlet_the_text_writes(quotes_of, body, quoted, outlet):
    qs, _ = quotes_of(body)
    assert outlet in (one(qs, quoted).speaker_name or "")


def test_an_outlet_description_is_never_a_body_that_is_no_outlet(quotes_of):
    # the company is the organisation named last, but "le quotidien" is a newspaper the article does not name
    qs, _ = quotes_of("Le groupe Valmont Industries a annoncé jeudi la fermeture de son usine de Lorient. « La décision "
                      "a été prise sans consulter les syndicats », rapporte le quotidien économique.")
    assert "Valmont" not in (one(qs, "syndicats").speaker_name or "")


def test_the_folded_text_keeps_every_offset():
    text = "Selon L'Équipe et le Canard enchaîné, « c'est fait »."
    folded = _folded_letters(text)
    assert len(folded) == len(text)
    assert folded[6:14] == "L Equipe"
    assert "Canard enchaine" in folded


@pytest.mark.parametrize(("name", "capitalised"), [
    ("Le Figaro", True), ("le Canard enchaine", True), ("le point", False), ("la croix", False), ("Gala", True),
])
def test_an_outlet_name_is_capitalised_past_its_article(name, capitalised):
    assert _capitalised(name) is capitalised


@pytest.mark.parametrize(("body", "quoted", "not_speaker"), [
    # "l'ex-avocat de X", "l'ex-entraîneur de X": a former role glued to its "ex-" is someone of X's, as "l'avocat de X" is
    ("Paul Girard a été condamné mardi à deux ans de prison. « Ce verdict ne tient pas compte du dossier », a réagi "
     "l'ex-avocat de Paul Girard.", "verdict", "Paul Girard"),
    ("Marc Dubois a quitté le club de Lorient après trois saisons. « Il méritait mieux que cette sortie », a estimé "
     "l'ex-entraîneur de Marc Dubois.", "méritait mieux", "Marc Dubois"),
])
def test_a_former_role_of_someone_is_not_that_someone(quotes_of, body, quoted, not_speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name != not_speaker
