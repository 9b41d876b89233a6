"""Session 23 (cmp26): bench/train_pair_scorer.py trains on every dev pairs set, refuses fresh and
blind ones, reads each model's band as the cross-check does, and estimates by leaving one set out
(each held-out set's cut chosen without it). The rows are made up for these tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import train_pair_scorer as tps  # noqa: E402

from recoupe.crosscheck.align import PAIR_FEATURES, THRESHOLD  # noqa: E402

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
