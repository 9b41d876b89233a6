"""The pairwise judge of near-miss statement pairs: what it reads of a short statement against a long one
(crosscheck/align.py: pair_features, Similarity.shorter_cover), and its trainer bench/train_pair_scorer.py
(the dev sets it trains on, the fresh and blind ones it refuses, the bands, the cuts, the vector features, the
estimate by leaving one set out). Vectors and rows are made up."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from benchmods import bench
from conftest import unit_vector as _unit

from recoupe.crosscheck.align import (
    PAIR_FEATURES,
    THRESHOLD,
    AlignParams,
    Similarity,
    pair_features,
)
from recoupe.crosscheck.types import Statement

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import train_pair_scorer as tps  # noqa: E402


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


COL = {f: k for k, f in enumerate(PAIR_FEATURES)}


def test_every_dev_pairs_set_is_trained_on_and_no_other():
    roles = {p.stem: json.loads(p.read_text("utf-8"))["role"].split(":")[0] for p in tps.DEV}
    assert set(roles) == {"pairs-dev"} | {f"pairs-dev{n}" for n in range(2, 9)}
    assert set(roles.values()) == {"dev"}


@pytest.mark.parametrize(("name", "role"), [
    ("pairs-devX", "fresh: annotated before any scoring"),
    ("pairs-devY", "dev, fresh"),
    ("pairs-blind", "blind: scored, never studied"),
    ("pairs-blind2", "dev"),  # a blind file by its name, whatever its role says
])
def test_a_fresh_or_blind_set_is_refused(tmp_path, name, role):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({"role": role, "pairs": [], "negatives": []}), "utf-8")
    with pytest.raises(SystemExit):
        tps.trainable(path)
    with pytest.raises(SystemExit):
        tps.set_rows(path, tmp_path, None)


def test_a_blind_set_is_refused_before_it_is_opened(tmp_path):
    with pytest.raises(SystemExit):
        tps.trainable(tmp_path / "pairs-blind.json")  # not there: refused by its name, never read


def test_a_dev_set_is_accepted(tmp_path):
    path = tmp_path / "pairs-devZ.json"
    path.write_text(json.dumps({"role": "dev: fresh in session 40, studied since", "pairs": [], "negatives": []}), "utf-8")
    assert tps.trainable(path)["pairs"] == []


def _row(score: float, conflict: int = 0) -> list[float]:
    row = [0.0] * len(PAIR_FEATURES)
    row[COL["score"]] = score
    row[COL["values_conflict"]] = conflict
    return row


def test_each_band_reads_the_rows_the_cross_check_gives_it():
    X = np.array([_row(0.25), _row(0.30), _row(0.45), _row(0.46, conflict=1), _row(0.47), _row(0.60), _row(0.15)])
    flags = np.array([[False, False], [False, True], [False, False], [False, False], [True, False], [False, False],
                      [False, False]])
    part = tps.Part("s", X, np.zeros(len(X)), np.zeros(len(X)), flags, {"pairs above": 4, "pairs above right": 3})
    # the rescue: below the threshold, two moments of one thing left out
    assert part.band(0.2, THRESHOLD, veto=False).tolist() == [True, False, False, False, False, False, False]
    assert part.band(0.1, THRESHOLD, veto=False).tolist() == [True, False, False, False, False, False, True]
    # the veto: just above it, values agreeing, pairs that surely tell one thing left out
    assert part.band(THRESHOLD, THRESHOLD + 0.15, veto=True).tolist() == [False, False, True, False, False, False, False]
    assert part.hand == (4, 3)


def test_the_cuts():
    p = np.array([0.955, 0.905, 0.805, 0.705, 0.605, 0.505, 0.405, 0.105])  # off the grid of cuts
    y = np.array([1, 1, 1, 0, 1, 0, 0, 0], dtype=float)
    assert tps.rescue_cut(p, y, 0.75) == 0.51  # from 0.51 up: 4 of 5 right; from 0.41 up: 4 of 6
    assert tps.rescue_cut(p, y, 1.0) == 0.71
    assert tps.rescue_cut(p, np.zeros(len(p)), 0.5) is None
    q = np.array([0.025, 0.045, 0.065, 0.205, 0.305])
    assert tps.veto_cut(q, np.array([0, 0, 1, 0, 0], dtype=float), 0.1) == 0.06  # below 0.07 one of three is right
    cut = tps.veto_cut(q, np.array([1, 0, 0, 0, 0], dtype=float), 0.0)
    assert cut is not None and not (q < cut).any()  # the lowest pair is right: nothing vetoed


def _parts(seed: int, flip: int | None = None) -> list[tps.Part]:
    rng = np.random.default_rng(seed)
    out = []
    for k in range(4):
        n = 120
        X = np.zeros((n, len(PAIR_FEATURES)))
        X[:, COL["score"]] = rng.uniform(0.2, 0.42, n)
        X[:, COL["semantic"]] = rng.normal(0, 1, n)
        y = (X[:, COL["semantic"]] + rng.normal(0, 0.7, n) > 0.8).astype(float)
        if k == flip:
            y = 1 - y  # the held-out set's gold turned upside down
        out.append(tps.Part(f"s{k}", X, y, np.arange(n) // 10, np.zeros((n, 2), dtype=bool),
                            {"pairs above": 10, "pairs above right": 7}))
    return out


def test_a_held_out_set_does_not_choose_its_own_cut():
    cols = [COL["score"], COL["semantic"]]
    plain = tps.by_set(_parts(1), cols, 0.2, THRESHOLD, False, 1.0, 0.7, None, show=False)
    flipped = tps.by_set(_parts(1, flip=2), cols, 0.2, THRESHOLD, False, 1.0, 0.7, None, show=False)
    assert plain["cuts"][2] == flipped["cuts"][2] is not None  # its cut comes from the other sets only
    n, right = plain["sets"][2]
    n2, right2 = flipped["sets"][2]
    assert n == n2 and right > n / 2 > right2  # the same pairs chosen, right, then wrong
    assert plain["cuts"][0] != flipped["cuts"][0] or plain["sets"][0] != flipped["sets"][0]  # the others saw it


def test_the_shorter_statement_meets_the_closest_clause_of_the_longer():
    head = _unit([1, 0, 0, 0])  # a headline, few terms
    body = _unit([0, 1, 1, 0])  # a long body sentence of two clauses, one telling the headline's fact
    clauses = np.stack([_unit([0, 0, 1, 0]), _unit([0.9, 0.1, 0, 0])])
    sim = SimpleNamespace(semantic=np.stack([body, head]),
                          st=[SimpleNamespace(terms=["t"] * 12), SimpleNamespace(terms=["t"] * 4)],
                          _clauses={0: clauses})
    V = tps.pair_vectors(sim, 0, 1)
    assert V.shape == (4, 4)
    assert np.allclose(V[0], body) and np.allclose(V[1], head)
    assert np.allclose(V[2], head)  # the shorter one, whichever comes first
    assert np.allclose(V[3], clauses[1] / np.linalg.norm(clauses[1]))  # its closest clause, not the whole
    # a longer statement of one clause: the whole of it
    sim._clauses = {}
    assert np.allclose(tps.pair_vectors(sim, 1, 0)[3], body)


def test_the_vector_features_do_not_depend_on_the_order_of_the_two_statements():
    rng = np.random.default_rng(3)
    V = rng.normal(size=(5, 4, 8)).astype(np.float32)
    swapped = V[:, [1, 0, 2, 3]]
    assert tps.vector_features(V, "sym").shape == (5, 16)
    assert np.allclose(tps.vector_features(V, "sym"), tps.vector_features(swapped, "sym"))
    assert tps.vector_features(V, "both").shape == (5, 32)
    assert np.allclose(tps.vector_features(V, "short"), tps.vector_features(V, "both")[:, 16:])


def test_a_column_held_by_a_large_l2_weighs_almost_nothing():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 2))
    y = (X[:, 0] + X[:, 1] + rng.normal(0, 0.5, 400) > 0).astype(float)
    free = tps.fit(X, y, 1.0)[2]
    held = tps.fit(X, y, np.array([1.0, 1e6]))[2]
    assert abs(free[1]) > 1.0 and abs(held[1]) < 0.01 and held[0] > 1.0


def _vector_parts(seed: int) -> list[tps.Part]:
    """Sets whose gold depends on one dimension both vectors share, which a cosine over 16 dims barely sees."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(4):
        n, d = 150, 16
        U = rng.normal(size=(n, d))
        W = U + rng.normal(0, 1.5, size=(n, d))
        U /= np.linalg.norm(U, axis=1, keepdims=True)
        W /= np.linalg.norm(W, axis=1, keepdims=True)
        y = (U[:, 0] * W[:, 0] + rng.normal(0, 0.02, n) > 0.02).astype(float)
        X = np.zeros((n, len(PAIR_FEATURES)))
        X[:, COL["score"]] = rng.uniform(0.2, THRESHOLD - 0.01, n)
        X[:, COL["semantic"]] = (U * W).sum(axis=1)
        V = np.stack([U, W, U, W], axis=1).astype(np.float16)
        out.append(tps.Part(f"s{k}", X, y, np.arange(n) // 10, np.zeros((n, 2), dtype=bool),
                            {"pairs above": 10, "pairs above right": 7}, V))
    return out


def test_leaving_one_set_out_the_judge_learns_what_the_cosine_misses():
    parts = _vector_parts(5)
    cols = [COL["score"], COL["semantic"]]
    plain = tps.by_set(parts, cols, 0.2, THRESHOLD, False, 1.0, 0.7, None, show=False)
    l2 = np.concatenate([[1.0, 1.0], np.full(32, 1.0)])
    judged = tps.by_set(parts, cols, 0.2, THRESHOLD, False, l2, 0.7, None, show=False, mode="sym")
    assert plain["auc"] < 0.7 < 0.85 < judged["auc"]
    assert judged["models"] == [None] * 4  # no PairScorer reads vectors: measured only
    rows = tps.design(parts[0], parts[0].band(0.2, THRESHOLD, False), cols, "sym")
    assert rows.shape == (150, 2 + 32)


def test_the_cosines_alone_weigh_every_dimension_alike():
    rng = np.random.default_rng(4)
    V = rng.normal(size=(6, 4, 8)).astype(np.float32)
    cos = tps.vector_features(V, "cos")
    assert cos.shape == (6, 2)
    assert np.allclose(cos[:, 0], tps.vector_features(V, "sym")[:, :8].sum(axis=1), atol=1e-5)
    # on principal axes the same products, rotated: all axes kept, the cosine is unchanged
    axes = np.linalg.qr(rng.normal(size=(8, 8)))[0].astype(np.float32)
    assert np.allclose(tps.vector_features(V, "sym", axes)[:, :8].sum(axis=1), cos[:, 0], atol=1e-4)


def test_the_principal_axes_come_first_by_spread():
    rng = np.random.default_rng(6)
    n, d = 60, 6
    U = rng.normal(0, 0.05, size=(n, 2, d))
    U[:, :, 3] += rng.normal(0, 1.0, size=(n, 2))  # the statements differ most along the fourth dimension
    V = np.concatenate([U, U], axis=1).astype(np.float16)
    part = tps.Part("s", np.zeros((n, len(PAIR_FEATURES))), np.zeros(n), np.zeros(n), np.zeros((n, 2), dtype=bool), {}, V)
    axes = tps.principal_axes([part], 2)
    assert axes.shape == (d, 2)
    assert np.allclose(axes.T @ axes, np.eye(2), atol=1e-4)
    assert abs(axes[3, 0]) > 0.99
