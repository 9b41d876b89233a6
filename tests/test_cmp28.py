"""Session 23 (cmp28): bench/train_pair_scorer.py --vectors, a judge of near misses that reads the
sentence vectors dimension by dimension (products and distances), measured by leaving one set out.
Vectors and rows here are made up."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import train_pair_scorer as tps  # noqa: E402

from recoupe.crosscheck.align import PAIR_FEATURES, THRESHOLD  # noqa: E402

COL = {f: k for k, f in enumerate(PAIR_FEATURES)}


def _unit(v: list[float]) -> np.ndarray:
    a = np.array(v, dtype=np.float32)
    return a / np.linalg.norm(a)


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


def _parts(seed: int) -> list[tps.Part]:
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
    parts = _parts(5)
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
