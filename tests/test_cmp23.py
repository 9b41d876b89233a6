"""Session 22 (cmp23): what an asymmetric pairwise judge reads of a headline against a body sentence, or a
short statement against a long one (``Similarity.shorter_cover``, bench/fact_formation.py --judge; sentences
of our own)."""

from __future__ import annotations

import pytest
from benchmods import bench

from recoupe.crosscheck.align import PAIR_FEATURES, AlignParams, Similarity, pair_features
from recoupe.crosscheck.types import Statement


@pytest.fixture(scope="module")
def ff():  # type: ignore[no-untyped-def]
    return bench("fact_formation")


def st(article: str, field: str, terms: tuple[str, ...]) -> Statement:
    text = " ".join(terms)
    return Statement(article=article, field=field, start=0, end=len(text), text=text, order=1, terms=terms,  # type: ignore[arg-type]
                     vectors=None, values=(), entities=(), speaker=None, quoted=False, positions=tuple(range(len(terms))))


# « Le maire de Lyon démissionne » / « Le maire de Lyon, élu en 2020, a annoncé jeudi sa démission au conseil
# municipal, invoquant des raisons de santé »; a third article tells of the city's budget
HEAD = st("a", "title", ("maire", "@lyon", "demissionner"))
BODY = st("b", "body", ("maire", "@lyon", "elire", "annoncer", "jeudi", "demission", "conseil", "municipal", "invoquer",
                        "raison", "sante"))
OTHER = st("c", "body", ("budget", "ville", "voter", "conseil", "municipal", "hausse", "impot"))


def test_the_kinds_and_length_band_of_a_headline_against_a_long_body_sentence(ff):  # type: ignore[no-untyped-def]
    assert ff.kind_of(HEAD, BODY) == ff.kind_of(BODY, HEAD) == "head-body"
    assert ff.kind_of(BODY, OTHER) == "body-body"
    assert ff.kind_of(HEAD, st("b", "lead", ("maire",))) == "head-head"
    assert ff.length_band(HEAD, BODY) == "2.5-4"  # 11 terms against 3
    assert ff.length_band(BODY, OTHER) == "1.5-2.5"


def test_the_headline_is_the_shorter_side_and_the_body_sentence_covers_it() -> None:
    sim = Similarity([HEAD, BODY, OTHER], AlignParams(sem_weight=0.0))
    got = sim.shorter_cover(0, 1)
    # the headline's words all stand in the body sentence (« démissionner » and « démission »: one family)
    assert got["cover"] > 0.85 and got["words"] > 0.95  # a word of one concept matches 0.8 (align.RELATED)
    assert got["content"] == pytest.approx(1.0) and got["names"] == 1.0 and got["key"] == 1.0
    assert sim.shorter_cover(1, 0) == got  # read from either side alike
    # the long sentence is not covered by the headline: the symmetric coverage is lower on that side
    assert sim.coverage(0, 1)[1] < 0.5


def test_an_unrelated_body_sentence_covers_little_of_the_headline() -> None:
    sim = Similarity([HEAD, BODY, OTHER], AlignParams(sem_weight=0.0))
    got = sim.shorter_cover(0, 2)
    assert got["cover"] == 0.0 and got["names"] == 0.0 and got["key"] == 0.0
    # two body sentences: the shorter (fewer terms) is the one read
    partial = sim.shorter_cover(1, 2)
    assert 0.0 < partial["content"] < 0.5  # « conseil municipal » only


def test_the_learned_scorers_read_the_shorter_side_alike_from_either_side() -> None:
    sim = Similarity([HEAD, BODY, OTHER], AlignParams(sem_weight=0.0))
    names = [n for n in PAIR_FEATURES if n.startswith("short_")] + ["head_body"]
    at = [PAIR_FEATURES.index(n) for n in names]
    one, other = pair_features(sim, 0, 1), pair_features(sim, 1, 0)
    assert [one[k] for k in at] == [other[k] for k in at]
    assert one[PAIR_FEATURES.index("head_body")] == 1.0 and pair_features(sim, 1, 2)[PAIR_FEATURES.index("head_body")] == 0.0
    assert one[PAIR_FEATURES.index("short_names")] == 1.0 and pair_features(sim, 0, 2)[PAIR_FEATURES.index("short_names")] == 0.0


def test_asymmetric_pairs_are_a_headline_against_a_body_sentence_or_one_twice_as_long(ff):  # type: ignore[no-untyped-def]
    assert ff.asymmetric(HEAD, BODY) and ff.asymmetric(BODY, HEAD)
    assert not ff.asymmetric(HEAD, st("b", "lead", ("maire", "@lyon", "partir")))  # two headlines
    assert not ff.asymmetric(BODY, OTHER)  # 11 terms against 7
    assert ff.asymmetric(BODY, st("c", "body", ("conseil", "municipal", "voter", "budget", "ville")))  # 11 against 5
