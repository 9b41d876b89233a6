"""Editorial hooks narrowed after a review (session 19): a hook phrase that brings in a clause or
an event of its own carries the news and stays a statement. The sentences are the reviewer's own."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_statements import _article, _statements

from recoupe.crosscheck.statements import Reader

FACT = "Les obsèques auront lieu vendredi à 14 heures en l'église Saint-Martin."

NEWS = (
    "La France est en deuil après la mort de l'acteur Jean Valmont.",
    "Le pays est en deuil national pour trois jours.",
    "Tout Hollywood est en deuil depuis la mort de l'acteur Chadwick Boseman.",
    "C'est une figure du rock qui est morte mardi à Paris.",
    "C'est une icône de la mode qui a été retrouvée morte dans son appartement parisien.",
    "C'est un drame qui s'est joué dimanche sur l'autoroute A7.",
    "C'est une surprise de taille que le président a réservée mardi aux députés en annonçant sa démission.",
    "Stupeur à Lyon où un enseignant a été poignardé ce matin devant son lycée.",
    "Tollé après la nomination de l'ancien préfet à la tête de l'agence.",
    "Grosse frayeur pour Rafael Nadal qui s'est blessé au genou à Roland-Garros.",
    "Le torchon brûle entre Emmanuel Macron et Donald Trump qui menace de taxer le vin.",
    "Une page se tourne avec le départ à la retraite du chef Paul Bocuse.",
    "C'est un coup dur pour Airbus qui perd le contrat australien.",
    "Le dernier rebondissement de l'affaire remonte à mardi quand le juge a ordonné une expertise.",
)
HOOKS = (
    "Le monde du handball est en deuil.",
    "Toute une ville est en deuil.",
    "Nouveau rebondissement dans l'affaire des marchés publics de la métropole.",
    "Stupeur dans le petit village de Saint-Aubin.",
    "Une page se tourne à la mairie de Rodez.",
    "Coup de tonnerre dans le monde du cyclisme.",
    "Douche froide pour les salariés du site.",
)


@pytest.mark.parametrize("opening", NEWS)
def test_a_hook_phrase_bringing_in_the_news_stays(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT}") == [opening, FACT]


@pytest.mark.parametrize("opening", HOOKS)
def test_a_bare_hook_phrase_is_no_statement(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT}") == [FACT]


def test_a_hook_after_another_dropped_opening_is_not_the_opening(nlp):
    """Only the first sentence of a field is read as a hook, whether or not it gave a statement."""
    body = f"Ah. Le monde du handball est en deuil. {FACT}"
    assert "Le monde du handball est en deuil." in _statements(nlp, body)


def test_a_hook_clause_cut_before_et_is_no_hook(nlp):
    texts = _statements(nlp, f"Le club de Lannion est en deuil et son président a démissionné dimanche soir. {FACT}")
    assert any("en deuil" in t for t in texts)


def test_a_standfirst_of_one_hook_and_its_news(nlp):
    lead = "C'est une légende du jazz qui s'est éteinte mardi à Paris. Il avait 88 ans."
    art = replace(_article("a", FACT), lead=lead)
    texts = [s.text for s in Reader([art], nlp).statements() if s.field == "lead"]
    assert texts[0] == "C'est une légende du jazz qui s'est éteinte mardi à Paris."
