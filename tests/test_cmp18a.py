"""Session 18 (cmp18a): corroboration recall of headlines (crosscheck.align)."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import THRESHOLD, attachments
from recoupe.crosscheck.types import Statement


def st(article: str, field: str, text: str) -> Statement:
    return Statement(article=article, field=field, start=0, end=len(text), text=text, order=0 if field == "title" else 1,  # type: ignore[arg-type]
                     terms=("mot",), vectors=None, values=(), entities=(), speaker=None, quoted=False)


def _story() -> list[Statement]:
    return [
        st("a", "title", "Démission surprise du maire de Brest"),                             # 0
        st("a", "body", "Le maire de Brest a annoncé sa démission lundi soir en conseil municipal."),  # 1
        st("b", "lead", "Le maire de Brest démissionne, deux ans avant la fin de son mandat."),  # 2
        st("b", "body", "Il a remis sa démission au préfet du Finistère lundi soir."),         # 3
    ]


def test_a_headline_alike_at_the_threshold_supports_the_fact_another_headline_states():
    statements = _story()
    sim = np.zeros((4, 4))
    at = THRESHOLD + 0.01  # alike, but not by the margin a headline needs on average otherwise
    sim[0, 2] = sim[2, 0] = at
    sim[1, 2] = sim[2, 1] = 0.6
    # the fact told by A's body and B's standfirst: A's headline, alike B's standfirst, states it
    assert attachments(statements, sim, [[1, 2], [0], [3]], THRESHOLD) == [[0], [], []]


def test_no_such_support_without_another_articles_headline_in_the_fact():
    statements = _story()
    sim = np.zeros((4, 4))
    at = THRESHOLD + 0.01
    sim[0, 3] = sim[3, 0] = at
    sim[1, 3] = sim[3, 1] = 0.6
    # the fact of A's body and B's body sentence: a headline just alike B's sentence says the
    # story's subject, not this detail of it
    assert attachments(statements, sim, [[1, 3], [0], [2]], THRESHOLD) == [[], [], []]
    # nor to a fact that one article alone tells
    sim[0, 2] = sim[2, 0] = at
    assert attachments(statements, sim, [[2], [0], [1, 3]], THRESHOLD)[0] == []


def test_the_headline_must_be_alike_each_statement_of_the_other_articles():
    statements = [*_story(), st("b", "body", "Le conseil municipal de Brest se réunira jeudi.")]
    sim = np.zeros((5, 5))
    at = THRESHOLD + 0.01
    sim[0, 2] = sim[2, 0] = at
    sim[0, 4] = sim[4, 0] = THRESHOLD - 0.05
    sim[1, 2] = sim[2, 1] = sim[1, 4] = sim[4, 1] = 0.6
    assert attachments(statements, sim, [[1, 2, 4], [0], [3]], THRESHOLD)[0] == []
