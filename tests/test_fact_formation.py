"""Fact formation of the cross-check (crosscheck.report._facts and what it calls): which statements
make one fact, and its status. The similarities are given by hand, so each test states one rule of
formation whatever the pairwise judge says."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import AlignParams, Similarity
from recoupe.crosscheck.report import _facts, _Story
from recoupe.crosscheck.types import Statement, Value
from recoupe.models import Article, Timestamp
from recoupe.stories.outlets import Registry


def _article(aid: str, source: str) -> Article:
    return Article(id=aid, source=source, url=None, title=None, lead=None, authors=(),
                   published=Timestamp("2026-05-12T08:00", "minute"), updated=None, lang="fr", body="x", boilerplate=(),
                   entities=(), sentences=((0, 1),), format="text", origin="-", revision=1, ingested_at="x")


def _ctx(*ids: str) -> _Story:
    arts = [_article(i, f"Outlet {i}") for i in ids]
    story = {"id": "st", "articles": list(ids), "members": [{"id": i, "copy_of": None} for i in ids]}
    return _Story(story, arts, Registry(), False)


def _statement(article: str, start: int, text: str, terms: tuple[str, ...], values: tuple[Value, ...] = ()) -> Statement:
    return Statement(article, "body", start, start + len(text), text, start, terms, None, values, (), None, False)


def _matrix(n: int, pairs: dict[tuple[int, int], float]) -> np.ndarray:
    m = np.zeros((n, n))
    for (i, j), v in pairs.items():
        m[i, j] = m[j, i] = v
    return m


def test_what_the_sources_of_a_disputed_fact_agree_on_is_corroborated_apart():
    """Two outlets tell an attack alike (the same claim, no figure), and disagree on the toll: one
    counts four people taken to hospital, the other six injured. The statements that give no
    disputed value make a corroborated fact; the two tolls stay a contradicted fact."""
    hurt_a = Value("number", 4.0, "personne", "quatre personnes", 10, 26)
    hurt_b = Value("number", 6.0, "personne", "six personnes", 0, 13)
    st = [
        _statement("a", 0, "Un homme a blessé des passants au couteau dans une gare de Lyon.", ("homme", "passant", "couteau", "gare")),
        _statement("b", 0, "Dans une gare de Lyon, un homme armé d'un couteau a blessé des passants.", ("gare", "homme", "couteau", "passant")),
        _statement("a", 70, "Un témoin a vu quatre personnes emmenées à l'hôpital.", ("témoin", "hôpital"), (hurt_a,)),
        _statement("b", 80, "Six personnes ont été blessées par l'assaillant.", ("blesser", "assaillant"), (hurt_b,)),
    ]
    matrix = _matrix(4, {(0, 1): 0.9, (0, 3): 0.5, (1, 2): 0.5, (2, 3): 0.45})
    params = AlignParams()
    facts, _, members = _facts(_ctx("a", "b"), st, matrix, [[0, 1, 2, 3]], [[]], params, Similarity(st, params))
    by_status = {f.status: f for f in facts}
    assert set(by_status) == {"corroborated", "contradicted"}
    assert sorted(members[by_status["corroborated"].id]) == [0, 1]
    assert sorted(members[by_status["contradicted"].id]) == [2, 3]
    assert {v.value for v in by_status["contradicted"].versions} == {"4 personne", "6 personne"}


def test_a_disputed_fact_whose_other_statements_are_one_sources_stays_whole():
    """When what takes no side in a dispute is said by one outlet only, there is nothing
    corroborated to tell apart: the fact stays one contradicted fact with all its statements."""
    hurt_a = Value("number", 4.0, "personne", "quatre personnes", 10, 26)
    hurt_b = Value("number", 6.0, "personne", "six personnes", 0, 13)
    st = [
        _statement("a", 0, "Un homme a blessé des passants au couteau dans une gare de Lyon.", ("homme", "passant", "couteau", "gare")),
        _statement("a", 70, "Un témoin a vu quatre personnes emmenées à l'hôpital.", ("témoin", "hôpital"), (hurt_a,)),
        _statement("b", 80, "Six personnes ont été blessées par l'assaillant.", ("blesser", "assaillant"), (hurt_b,)),
    ]
    matrix = _matrix(3, {(0, 2): 0.6, (1, 2): 0.45})
    params = AlignParams()
    facts, _, members = _facts(_ctx("a", "b"), st, matrix, [[0, 1, 2]], [[]], params, Similarity(st, params))
    assert [f.status for f in facts] == ["contradicted"]
    assert sorted(members[facts[0].id]) == [0, 1, 2]
