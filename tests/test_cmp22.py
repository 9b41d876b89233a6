"""Session 21 (cmp22): page material and writer's words that state no fact kept out of the
statements. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from test_statements import _statements

FACT = "Le conseil municipal se réunira jeudi à 18 heures à la salle des fêtes."

REMARKS = (
    "C'est un véritable soulagement pour les habitants du quartier.",
    "C'est un coup dur pour la filière laitière.",
    "C'est une immense déception pour les supporters.",
    "Les chiffres viennent pourtant prouver le contraire.",
    "Les faits ont montré l'inverse.",
    "La réalité est tout autre.",
)
STATEMENTS = (
    "C'est un coup dur pour la coopérative, qui perd son principal acheteur.",
    "C'est une déception pour les riverains qui réclamaient un mur antibruit depuis dix ans.",
    "C'est un soulagement, a réagi la maire en apprenant la réouverture de l'usine.",
    "Le rapport prouve le contraire de ce qu'affirmait le directeur, avec 45 plaintes déposées en 2019.",
    "Les enquêteurs ont montré que le feu avait pris dans la cuisine.",
)


@pytest.mark.parametrize("remark", REMARKS)
def test_a_remark_weighing_what_was_told_is_no_statement(nlp, remark):
    assert _statements(nlp, f"{FACT} {remark}") == [FACT]


@pytest.mark.parametrize("sentence", STATEMENTS)
def test_a_reaction_that_tells_something_stays(nlp, sentence):
    assert sentence in _statements(nlp, f"{FACT} {sentence}")


OPENING_HOOKS = (
    "Le dossier de la déviation prend une nouvelle tournure.",
    "L'attente aura été longue.",
    "L'attente aura semblé interminable aux parents d'élèves.",
    "Le feuilleton du stade connaît son épilogue.",
    # a first sentence cut before « mais » whose clauses are both hooks
    "L'attente aura semblé bien longue aux commerçants mais le feuilleton arrive à son épilogue.",
)
OPENING_NEWS = (
    "Le dossier prend une nouvelle tournure avec la mise en examen du directeur de l'office.",
    "L'attente aura été longue pour les 300 salariés, licenciés lundi.",
    # one clause a hook, the other the news: both stay
    "L'attente aura semblé interminable aux familles mais le tribunal a rendu son jugement mardi.",
)


@pytest.mark.parametrize("opening", OPENING_HOOKS)
def test_an_opening_hook_is_no_statement(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT}") == [FACT]


@pytest.mark.parametrize("opening", OPENING_NEWS)
def test_an_opening_that_tells_the_news_stays(nlp, opening):
    texts = _statements(nlp, f"{opening} {FACT}")
    assert FACT in texts and len(texts) >= 2


def test_a_hook_phrase_after_the_opening_stays(nlp):
    """Only the first sentence of a field is read as a hook."""
    later = "L'affaire prend une nouvelle tournure."
    assert later in _statements(nlp, f"{FACT} {later}")


PASSING_HOOKS = (
    "C'est un monument de la chanson qui s'en est allé en cette fin d'année.",
    "C'est une légende du cyclisme qui nous quitte.",
    "C'est une figure du village qui tire sa révérence.",
)
PASSING_NEWS = (
    "C'est une légende du cyclisme qui s'en est allée dimanche à Pau.",  # the day: when it happened
    "C'est une figure du village qui est morte hier à l'hôpital.",  # no euphemism: the event told
)


@pytest.mark.parametrize("opening", PASSING_HOOKS)
def test_an_opening_hook_whose_relative_only_says_someone_went_is_no_statement(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT}") == [FACT]


@pytest.mark.parametrize("opening", PASSING_NEWS)
def test_an_opening_hook_whose_relative_tells_when_stays(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT}") == [opening, FACT]
