"""bench/train_speakers.py trained on every dev set (session 23): its default sets, its refusal of fresh and blind
files, the choice of a finite margin only for a clear held-out gain, and the shipped coefficients' feature list."""

import json
import math
from pathlib import Path

import pytest
from benchmods import bench

from recoupe.enrich.quotes.ranker import (
    FEATURES,
    GENERAL_FEATURES,
    MODEL_PATH,
    SPEAKERLESS_FEATURES,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


def _train():
    return bench("train_speakers")


def _role(path: Path) -> str:
    return str(json.loads(path.read_text("utf-8")).get("role") or "")


def test_the_default_sets_are_every_dev_set_and_no_fresh_or_blind_one():
    train = _train()
    names = [p.name for p in train.DEV]
    assert names[:3] == ["quotes-dev.json", "quotes-dev-ext.json", "quotes-dev2.json"]
    assert "quotes-dev15.json" in names and "quotes-blind.json" not in names
    for path in DATA.glob("quotes-*.json"):
        role = _role(path)
        if path in train.DEV:
            assert not role.startswith(("fresh", "dev, fresh", "blind")), path.name
        elif path.name.startswith("quotes-dev"):
            assert role.startswith(("fresh", "dev, fresh")), f"{path.name} is a dev set left out of the training"
    numbers = [int(n) for n in (p.stem.removeprefix("quotes-dev") for p in train.DEV[2:])]
    assert numbers == sorted(numbers)  # in number order: dev2, dev3 ... dev10, not dev10 before dev2


@pytest.mark.parametrize("role", ["dev, fresh: annotated before the rules saw it", "fresh", "blind: never studied"])
def test_the_trainer_refuses_a_fresh_or_blind_file(tmp_path, role):
    train = _train()
    path = tmp_path / "quotes-devx.json"
    path.write_text(json.dumps({"role": role, "articles": []}), "utf-8")
    with pytest.raises(SystemExit, match="never trained on|not trained on"):
        train.examples([path], enricher=None)


def test_a_finite_margin_needs_a_clear_held_out_gain():
    train = _train()
    small = {(1.0, 0.5): (1005 + train.MIN_GAIN - 1, 990), (30.0, math.inf): (1005, 980), (1.0, math.inf): (1004, 999)}
    assert train.choose(small) == (30.0, math.inf)  # the best infinite margin, by leave-one-set-out first
    clear = {(1.0, 0.5): (1005 + train.MIN_GAIN, 990), (30.0, math.inf): (1005, 980)}
    assert train.choose(clear) == (1.0, 0.5)
    only_finite = {(1.0, 0.0): (900, 900), (3.0, 0.0): (901, 800)}
    assert train.choose(only_finite) == (3.0, 0.0)


def test_ties_go_to_the_stronger_l2_and_the_wider_margin():
    train = _train()
    assert train.choose({(1.0, math.inf): (10, 10), (30.0, math.inf): (10, 10)}) == (30.0, math.inf)


def test_the_shipped_coefficients_match_the_features():
    model = json.loads(MODEL_PATH.read_text("utf-8"))
    assert tuple(model["features"]) == FEATURES
    assert len(model["weights"]) == len(FEATURES)
    assert len(model["speakerless"]["weights"]) == len(FEATURES)
    for name in SPEAKERLESS_FEATURES:  # the general coefficients leave the speakerless-only features at 0
        assert model["weights"][FEATURES.index(name)] == 0.0
    assert set(GENERAL_FEATURES) | set(SPEAKERLESS_FEATURES) == set(FEATURES)
    assert "blind" not in model["about"].replace("never on a blind set", "")
    assert "dev16" not in json.dumps(model)  # the fresh set is never trained on
