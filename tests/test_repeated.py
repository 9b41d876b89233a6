"""A fact that several articles say, all of one source (a reprinted dispatch and its copy, one
outlet's two articles), is `repeated`: one source, as a single-source fact is, but told apart from
a fact one article alone says. Own sentences; the similarities are given by hand so that each test
states the status rule whatever the pairwise judge says."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import AlignParams, Similarity
from recoupe.crosscheck.report import _facts, _Story
from recoupe.crosscheck.types import Statement
from recoupe.models import Article, Timestamp
from recoupe.stories.outlets import Registry


def _article(aid: str, source: str) -> Article:
    return Article(id=aid, source=source, url=None, title=None, lead=None, authors=(),
                   published=Timestamp("2026-05-12T08:00", "minute"), updated=None, lang="fr", body="x", boilerplate=(),
                   entities=(), sentences=((0, 1),), format="text", origin="-", revision=1, ingested_at="x")


def _statement(article: str, start: int, text: str) -> Statement:
    terms = tuple(w for w in text.lower().strip(".").split() if len(w) > 3)
    return Statement(article, "body", start, start + len(text), text, start, terms, None, (), (), None, False)


def _statuses(articles: list[tuple[str, str, str | None]], statements: list[Statement], groups: list[list[int]]) -> dict[int, tuple[str, int]]:
    """Each statement's fact status and independent sources, the statements of a group alike."""
    story = {"id": "st", "articles": [a for a, _, _ in articles], "members": [{"id": a, "copy_of": c} for a, _, c in articles]}
    ctx = _Story(story, [_article(a, s) for a, s, _ in articles], Registry(), False)
    n = len(statements)
    matrix = np.zeros((n, n))
    for g in groups:
        for i in g:
            for j in g:
                if i != j:
                    matrix[i, j] = 0.9
    params = AlignParams(learned=False)
    facts, _, members = _facts(ctx, statements, matrix, groups, [[] for _ in groups], params, Similarity(statements, params))
    return {i: (f.status, f.independent_sources) for f in facts for i in members[f.id]}


FIRE = "Un incendie a détruit mardi soir un entrepôt de la zone industrielle, sans faire de blessé."
FIRE_AGAIN = "Mardi soir, un entrepôt de la zone industrielle a été détruit par un incendie, sans blessé."
INQUIRY = "Une enquête a été ouverte pour déterminer l'origine du sinistre, selon le parquet."


def test_a_dispatch_and_its_copy_make_a_repeated_fact_not_a_corroborated_one():
    # b is stored as a copy of a (another outlet reprinting the dispatch): one source
    st = [_statement("a", 0, FIRE), _statement("b", 0, FIRE), _statement("a", 100, INQUIRY)]
    got = _statuses([("a", "Agence A", None), ("b", "Journal B", "a")], st, [[0, 1], [2]])
    assert got[0] == got[1] == ("repeated", 1)
    assert got[2] == ("single-source", 1)  # said by one article only


def test_one_outlet_saying_it_twice_is_repeated():
    st = [_statement("a", 0, FIRE), _statement("a2", 0, FIRE_AGAIN)]
    got = _statuses([("a", "Journal A", None), ("a2", "Journal A", None)], st, [[0, 1]])
    assert got[0] == ("repeated", 1)


def test_an_independent_outlet_makes_it_corroborated_whatever_the_copies():
    st = [_statement("a", 0, FIRE), _statement("b", 0, FIRE), _statement("c", 0, FIRE_AGAIN)]
    got = _statuses([("a", "Agence A", None), ("b", "Journal B", "a"), ("c", "Radio C", None)], st, [[0, 1, 2]])
    assert got[0] == got[1] == got[2] == ("corroborated", 2)


def test_two_independent_outlets_without_copies_stay_corroborated_and_lone_facts_single_source():
    st = [_statement("a", 0, FIRE), _statement("c", 0, FIRE_AGAIN), _statement("c", 100, INQUIRY)]
    got = _statuses([("a", "Agence A", None), ("c", "Radio C", None)], st, [[0, 1], [2]])
    assert got[0] == ("corroborated", 2)
    assert got[2] == ("single-source", 1)
