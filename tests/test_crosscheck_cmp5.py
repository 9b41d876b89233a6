"""The cross-check: rules added by helper cmp5 (session 15), on sentences written for them."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import THRESHOLD, Similarity
from recoupe.crosscheck.report import PARTLY, _same_count, _share
from recoupe.crosscheck.types import Statement, Value


def _said(article: str, text: str, terms: tuple[str, ...], *values: Value) -> Statement:
    return Statement(article, "body", 0, len(text), text, 1, terms, None, values, (), None, False)


def _years(text: str) -> Value:
    return Value("duration", 38 * 365.25 * 86400, None, text, 0, len(text), "exact", "P38Y")


def test_one_count_told_in_two_ways_says_the_fact_in_part():
    """« ses 38 années de mariage » and « pendant 38 ans » give one count: with a few words in
    common, the other source says part of the fact (partly reported, not single-source)."""
    a = _said("a", "Dans son livre paru l'an dernier, elle raconte ses 38 années de mariage avec un homme violent.",
              ("livre", "paraitre", "dernier", "raconter", "annee", "mariage", "homme", "violent"), _years("38 années"))
    b = _said("b", "Battue pendant 38 ans par cet homme violent, elle avait fini par fuir.",
              ("battre", "an", "homme", "violent", "finir", "fuir"), _years("38 ans"))
    assert _same_count(a, b)
    sim = Similarity([a, b])
    below = np.array([[0, THRESHOLD - 0.1], [THRESHOLD - 0.1, 0]])
    assert sim.same_words(0, 1)[0] < PARTLY <= _share(sim, below, THRESHOLD)(0, 1)


def test_a_small_count_or_a_count_in_words_is_no_shared_fact():
    """« trois personnes », « deux ans », counts many sentences of one story give, prove nothing."""
    three = Value("number", 3.0, "personne", "trois", 0, 5, "exact")
    two_years = Value("duration", 2 * 365.25 * 86400, None, "deux ans", 0, 8, "exact", "P2Y")
    a = _said("a", "Trois personnes ont été blessées il y a deux ans sur ce carrefour.", ("personne", "blesser", "carrefour"),
              three, two_years)
    b = _said("b", "Le carrefour avait déjà fait trois blessés, deux ans plus tôt.", ("carrefour", "blesser"),
              three, two_years)
    assert not _same_count(a, b)


def test_another_count_is_not_the_same_count():
    """« 1 200 manifestants » and « 1 500 manifestants » are two counts (a dispute, not one fact
    said twice)."""
    a = _said("a", "Quelque 1 200 manifestants ont défilé samedi.", ("manifestant", "defiler"),
              Value("number", 1200.0, "manifestant", "1 200", 0, 5, "exact"))
    b = _said("b", "Ils étaient 1 500 manifestants selon les syndicats.", ("manifestant", "syndicat"),
              Value("number", 1500.0, "manifestant", "1 500", 0, 5, "exact"))
    assert not _same_count(a, b)
