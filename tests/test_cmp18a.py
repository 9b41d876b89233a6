"""Session 18 (cmp18a): corroboration recall of headlines (crosscheck.align.attachments)."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import THRESHOLD, attachments
from recoupe.crosscheck.types import Statement

AT = THRESHOLD + 0.01  # alike, but not by the margin a headline needs on average otherwise


def _story() -> list[Statement]:
    rows = [
        ("a", "title", "Démission surprise du maire de Brest"),                                      # 0
        ("a", "body", "Le maire de Brest a annoncé sa démission lundi soir en conseil municipal."),  # 1 A's lede
        ("b", "lead", "Le maire de Brest démissionne, deux ans avant la fin de son mandat."),         # 2
        ("b", "body", "Il a remis sa démission au préfet du Finistère lundi soir, a appris le journal."),  # 3 B's lede
        ("b", "body", "Son premier adjoint assurera l'intérim jusqu'à l'élection d'un successeur."),  # 4
        ("b", "body", "Le conseil municipal de Brest se réunira jeudi."),                              # 5
    ]
    order: dict[str, int] = {}
    out = []
    for article, field, text in rows:
        k = order[article] = order.get(article, -1) + 1
        out.append(Statement(article=article, field=field, start=k * 100, end=k * 100 + len(text), text=text,  # type: ignore[arg-type]
                             order=k, terms=("mot",), vectors=None, values=(), entities=(), speaker=None, quoted=False))
    return out


def _sim(*pairs: tuple[int, int, float]) -> np.ndarray:
    m = np.zeros((6, 6))
    for i, j, v in pairs:
        m[i, j] = m[j, i] = v
    return m


def test_a_headline_alike_at_the_threshold_supports_the_fact_another_headline_states():
    # the fact of A's lede and B's standfirst: A's headline, alike B's standfirst, states it
    sim = _sim((0, 2, AT), (1, 2, 0.6))
    assert attachments(_story(), sim, [[1, 2], [0], [3], [4], [5]], THRESHOLD)[0] == [0]


def test_or_the_fact_another_articles_lede_states():
    # B's first sentence of the body sums up its story as its standfirst does
    sim = _sim((0, 3, AT), (1, 3, 0.6))
    assert attachments(_story(), sim, [[1, 3], [0], [2], [4], [5]], THRESHOLD)[0] == [0]


def test_not_a_fact_anchored_on_another_title_alone():
    # B's standfirst as a title instead: two titles share the subject's words, not a fact
    story = _story()
    b_title = Statement(article="b", field="title", start=0, end=10, text="Brest : la démission du maire divise la ville",
                        order=0, terms=("mot",), vectors=None, values=(), entities=(), speaker=None, quoted=False)
    story[2] = b_title
    sim = _sim((0, 2, AT), (1, 2, 0.6))
    assert attachments(story, sim, [[1, 2], [0], [3], [4], [5]], THRESHOLD)[0] == []


def test_not_a_detail_further_in_the_body():
    # the fact of A's lede and B's fourth sentence: a headline just alike that sentence says the
    # story's subject, not this detail of it
    sim = _sim((0, 4, AT), (1, 4, 0.6))
    assert attachments(_story(), sim, [[1, 4], [0], [2], [3], [5]], THRESHOLD)[0] == []
    # nor a fact that one article alone tells
    sim = _sim((0, 2, AT), (0, 3, AT), (2, 3, 0.6))
    assert attachments(_story(), sim, [[2, 3], [0], [1], [4], [5]], THRESHOLD)[0] == []


def test_the_headline_must_be_alike_each_statement_of_the_other_articles():
    sim = _sim((0, 2, AT), (0, 5, THRESHOLD - 0.05), (1, 2, 0.6), (1, 5, 0.6))
    assert attachments(_story(), sim, [[1, 2, 5], [0], [3], [4]], THRESHOLD)[0] == []
    # well above the threshold on average, a headline supports any fact (the rule before)
    sim = _sim((0, 4, THRESHOLD + 0.15), (1, 4, 0.6))
    assert attachments(_story(), sim, [[1, 4], [0], [2], [3], [5]], THRESHOLD)[0] == [0]


def test_a_lede_sums_up_several_facts_like_a_standfirst():
    # A's lede, placed in its own fact, also supports the fact of A's title and B's standfirst,
    # which it states well above the threshold; B's fourth sentence, no lede, is placed once
    sim = _sim((1, 2, THRESHOLD + 0.15), (0, 2, 0.6), (4, 2, THRESHOLD + 0.15))
    assert attachments(_story(), sim, [[0, 2], [1], [3], [4], [5]], THRESHOLD)[0] == [1]
