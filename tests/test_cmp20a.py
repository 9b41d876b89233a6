"""Session 20 (cmp20a): fact formation in crosscheck.report._facts. Own sentences; the
similarities are given by hand, so each test states one rule of formation whatever the pairwise
judge says."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import THRESHOLD, AlignParams, Similarity, same_value
from recoupe.crosscheck.report import _facts, _Story
from recoupe.crosscheck.statements import _word
from recoupe.crosscheck.types import Statement, Value
from recoupe.models import Article, Timestamp
from recoupe.stories.outlets import Registry


def _article(aid: str) -> Article:
    return Article(id=aid, source=f"Outlet {aid}", url=None, title=None, lead=None, authors=(),
                   published=Timestamp("2026-05-12T08:00", "minute"), updated=None, lang="fr", body="x", boilerplate=(),
                   entities=(), sentences=((0, 1),), format="text", origin="-", revision=1, ingested_at="x")


def _ctx(*ids: str) -> _Story:
    story = {"id": "st", "articles": list(ids), "members": [{"id": i, "copy_of": None} for i in ids]}
    return _Story(story, [_article(i) for i in ids], Registry(), False)


def _statement(article: str, field: str, order: int, text: str) -> Statement:
    terms = tuple(w for w in text.lower().strip(".").split() if len(w) > 3)
    return Statement(article, field, 0, len(text), text, order, terms, None, (), (), None, False)


def _formed(st: list[Statement], pairs: dict[tuple[int, int], float], groups: list[list[int]]) -> list[tuple[str, list[int]]]:
    """The facts (status, statements) formed from ``groups`` with the similarities ``pairs``."""
    matrix = np.zeros((len(st), len(st)))
    for (i, j), v in pairs.items():
        matrix[i, j] = matrix[j, i] = v
    params = AlignParams(learned=False)
    facts, _, members = _facts(_ctx("a", "b"), st, matrix, groups, [[] for _ in groups], params, Similarity(st, params))
    return [(f.status, sorted(members[f.id])) for f in facts]


def _shown_by(formed: list[tuple[str, list[int]]], i: int, st: list[Statement]) -> str:
    """The status of the fact whose statements are ``i`` and those of the other outlet only."""
    found = [status for status, m in formed if i in m and all(k == i or st[k].article != st[i].article for k in m)]
    assert found, formed
    return found[0]


# outlet a: its standfirst sums up the event; outlet b: a standfirst sentence of its own, its lede,
# a background sentence
SUMMARIES = [
    _statement("a", "lead", 2, "Le maire de Vierzon a annoncé lundi sa démission, après trois mois de crise au conseil municipal."),
    _statement("b", "lead", 0, "L'élu quitte ses fonctions à la tête de la ville après des mois de crise."),
    _statement("b", "body", 1, "Le maire de Vierzon a démissionné lundi, au terme de trois mois de crise au conseil municipal."),
    _statement("b", "body", 5, "Il avait été élu en 2020 avec 52 % des voix au second tour."),
]


def test_a_standfirst_sentence_alike_another_outlets_summary_at_the_threshold_is_corroborated():
    # b's standfirst and a's sum up one event: alike at the threshold, b's sentence says what a's says
    formed = _formed(SUMMARIES, {(0, 2): 0.8, (0, 1): THRESHOLD + 0.02, (0, 3): 0.2}, [[0, 2], [1], [3]])
    assert ("corroborated", [0, 1]) in formed
    assert ("corroborated", [0, 2]) in formed  # a's standfirst still tells the main fact with b's lede
    assert _shown_by(formed, 3, SUMMARIES) != "corroborated"  # b's background stays b's


def test_below_the_threshold_a_standfirst_sentence_stays_one_sources():
    formed = _formed(SUMMARIES, {(0, 2): 0.8, (0, 1): THRESHOLD - 0.02, (0, 3): 0.2}, [[0, 2], [1], [3]])
    assert _shown_by(formed, 1, SUMMARIES) != "corroborated"


def test_a_body_sentence_alike_a_summary_at_the_threshold_only_needs_the_margin():
    # a body sentence further in the text is no summary: alike a's standfirst at the threshold, it stays b's alone
    formed = _formed(SUMMARIES, {(0, 2): 0.8, (0, 3): THRESHOLD + 0.02}, [[0, 2], [1], [3]])
    assert _shown_by(formed, 3, SUMMARIES) != "corroborated"


def test_a_standfirst_sentence_alike_a_body_sentence_of_the_other_outlet_stays_one_sources():
    st = [
        _statement("a", "body", 1, "Le maire de Vierzon a démissionné lundi soir."),
        _statement("a", "body", 4, "Trois adjoints avaient déjà claqué la porte de la majorité au printemps."),
        _statement("b", "body", 1, "Le maire de Vierzon a annoncé lundi sa démission."),
        _statement("b", "lead", 0, "Trois adjoints avaient quitté la majorité en mars."),
    ]
    # a's sentence on the adjoints is no lede and no headline: at the threshold, not enough
    formed = _formed(st, {(0, 2): 0.8, (1, 3): THRESHOLD + 0.02}, [[0, 2], [1], [3]])
    assert _shown_by(formed, 3, st) != "corroborated"
    # beyond the margin any statement says it
    formed = _formed(st, {(0, 2): 0.8, (1, 3): THRESHOLD + 0.12}, [[0, 2], [1], [3]])
    assert any(status == "corroborated" and 1 in m and 3 in m for status, m in formed)


def test_one_outlets_two_summaries_do_not_corroborate_each_other():
    st = [
        _statement("a", "title", 0, "Vierzon: le maire démissionne"),
        _statement("a", "lead", 0, "Le maire de Vierzon a annoncé lundi sa démission."),
        _statement("b", "body", 3, "La préfecture a pris acte de la décision."),
    ]
    formed = _formed(st, {(0, 1): 0.9}, [[0], [1], [2]])
    assert all(status != "corroborated" for status, _ in formed)


def test_two_titles_alike_at_the_threshold_do_not_corroborate_each_other():
    # two titles share the story's subject words whatever fact each tells
    st = [
        _statement("a", "title", 0, "Vierzon: le maire démissionne après trois mois de crise"),
        _statement("b", "title", 0, "Vierzon: la crise municipale révèle les failles de la majorité"),
        _statement("b", "lead", 0, "Le maire de Vierzon quitte ses fonctions après trois mois de crise."),
    ]
    formed = _formed(st, {(0, 1): THRESHOLD + 0.02}, [[0], [1], [2]])
    assert all(status != "corroborated" for status, _ in formed)
    # b's standfirst sentence alike a's title says what it says
    formed = _formed(st, {(0, 1): THRESHOLD + 0.02, (0, 2): THRESHOLD + 0.02}, [[0], [1], [2]])
    assert ("corroborated", [0, 2]) in formed


def _place(name: str) -> Value:
    return Value("place", name, "rue", name, 0, len(name))


def test_a_place_named_in_full_and_short_is_one_place():
    # « sur le parvis de Notre-Dame de Paris » / « sur le parvis de Notre-Dame »: one place
    assert same_value(_place("notre dame de paris"), _place("notre dame"))
    assert same_value(_place("victor hugo"), _place("victor hugo"))
    # another street stays another street (« rue Victor-Hugo » / « rue Jean-Jaurès »), and « rue de
    # la Gare » is not « rue de la Paix »
    assert not same_value(_place("victor hugo"), _place("jean jaures"))
    assert not same_value(_place("la gare"), _place("la paix"))


def test_the_plus_signs_around_words_quoted_inside_a_quotation_leave_a_word():
    # agencies write a quotation inside a quotation between plus signs: « " On m'a dit +Attendez la fin du mois+ " »
    assert _word("mois+", "mois+", False) == "mois"
    assert _word("attendre", "+Attendez", False) == "attendre"
    assert _word("mois", "mois", True) == "mois"
    # a sign alone, a figure or a name with a number are no word
    assert _word("plus", "+", False) is None
    assert _word("12", "12", False) is None
    assert _word("covid-19", "Covid-19", False) is None
