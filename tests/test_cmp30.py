"""Session 24 (cmp30): a standfirst sentence of the shown statement's own article supports a fact
independent sources give when it is alike each of the fact's statements of other articles
(crosscheck.report._own_standfirst); two dates written in the same words are no disagreement
(crosscheck.align.disagreements); a street named with its town is the same street
(crosscheck.align.same_value)."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import THRESHOLD, disagreements, same_value
from recoupe.crosscheck.report import _own_standfirst
from recoupe.crosscheck.types import Statement, Value
from recoupe.normalise import text_key

AT = THRESHOLD + 0.01
BELOW = THRESHOLD - 0.05


def _st(article: str, field: str, order: int, text: str, values: tuple[Value, ...] = ()) -> Statement:
    return Statement(article=article, field=field, start=order * 200, end=order * 200 + len(text), text=text,  # type: ignore[arg-type]
                     order=order, terms=tuple(w for w in text.split() if len(w) > 3), vectors=None, values=values,
                     entities=(), speaker=None, quoted=False)


STORY = [
    _st("a", "lead", 1, "La maire sortante de Lannion a été réélue dimanche dès le premier tour."),  # 0
    _st("a", "body", 2, "Dimanche, la maire sortante a été réélue avec 58 % des voix dès le premier tour."),  # 1: shown
    _st("a", "body", 3, "La participation a atteint 41 %, en baisse de dix points."),  # 2
    _st("b", "lead", 1, "La maire sortante de Lannion est réélue dès le premier tour des municipales."),  # 3
    _st("b", "body", 2, "Elle l'emporte avec 58 % des suffrages, selon les résultats officiels."),  # 4
    _st("b", "title", 0, "Lannion garde sa maire"),  # 5
    _st("a", "title", 0, "Lannion : la maire réélue"),  # 6
]
CORE = [1, 3, 4]  # the fact: A's body sentence (shown), B's standfirst and body sentence


def _sim(*pairs: tuple[int, int, float], n: int = len(STORY)) -> np.ndarray:
    m = np.zeros((n, n))
    for i, j, v in pairs:
        m[i, j] = m[j, i] = v
    return m


def test_the_shown_statements_own_standfirst_alike_each_other_source_supports_the_fact():
    sim = _sim((1, 3, 0.6), (1, 4, 0.6), (0, 3, AT), (0, 4, AT))
    assert _own_standfirst(STORY, sim, CORE, [], 1, THRESHOLD) == [0]


def test_not_when_one_statement_of_another_source_is_not_alike_it():
    # alike B's standfirst, not B's sentence on the share of the vote: it does not say that claim
    sim = _sim((1, 3, 0.6), (1, 4, 0.6), (0, 3, 0.7), (0, 4, BELOW))
    assert _own_standfirst(STORY, sim, CORE, [], 1, THRESHOLD) == []


def test_never_a_body_sentence_nor_a_title_of_the_same_article():
    # A's sentence on the turnout, alike B's at the threshold: it tells one thing, placed in its own fact;
    # A's title, a few words of the subject
    sim = _sim((1, 3, 0.6), (1, 4, 0.6), (2, 3, AT), (2, 4, AT), (6, 3, AT), (6, 4, AT))
    assert _own_standfirst(STORY, sim, CORE, [], 1, THRESHOLD) == []


def test_never_one_of_another_article_nor_one_already_taken():
    # B's title is another source's: ``_facts`` checks it against the shown statement itself
    sim = _sim((1, 3, 0.6), (1, 4, 0.6), (5, 1, AT), (0, 3, AT), (0, 4, AT))
    assert _own_standfirst(STORY, sim, CORE, [0], 1, THRESHOLD) == []


def test_not_for_a_fact_no_other_article_tells():
    sim = _sim((0, 1, AT))
    assert _own_standfirst(STORY, sim, [1], [], 1, THRESHOLD) == []


def _evening(day: str, text: str, start: int) -> Value:
    return Value(kind="date", value=day, unit="day", text=text, start=start, end=start + len(text))


def test_a_date_in_the_same_words_is_no_disagreement():
    # one sentence in two outlets published a day apart: « ce soir » read against each publication date
    a = _st("a", "body", 1, "Les agents ont été pris en charge : leur état est rassurant ce soir.",
            (_evening("2020-08-01", "ce soir", 59),))
    b = _st("b", "body", 1, "Les agents ont été pris en charge: leur état est rassurant ce soir.",
            (_evening("2020-08-02", "Ce  soir", 58),))
    assert disagreements(a, b, aligned=True, same_fact=True) == []


def test_a_date_in_other_words_still_disagrees():
    a = _st("a", "body", 1, "Les agents ont été pris en charge : leur état est rassurant ce soir.",
            (_evening("2020-08-01", "ce soir", 59),))
    b = _st("b", "body", 1, "Les agents ont été pris en charge: leur état était rassurant lundi soir.",
            (_evening("2020-08-03", "lundi soir", 58),))
    found = disagreements(a, b, aligned=True, same_fact=True)
    assert [(x.text, y.text) for x, y in found] == [("ce soir", "lundi soir")]


def _street(text: str) -> Value:
    kind, name = text.split(" ", 1)  # as statements reads an address: the kind of way, then the name
    return Value(kind="place", value=text_key(name).replace("-", " "), unit=kind, text=text, start=0, end=len(text))


def test_a_street_named_with_its_town_is_the_same_street():
    assert same_value(_street("parvis de Notre-Dame"), _street("parvis de Notre-Dame de Paris")) is True
    assert same_value(_street("parvis de Notre-Dame de Paris"), _street("parvis de Notre-Dame")) is True
    # a longer name, another street
    assert same_value(_street("rue Notre-Dame"), _street("rue Notre-Dame-des-Champs")) is False
    assert same_value(_street("rue de la Gare"), _street("rue de la Paix")) is False
