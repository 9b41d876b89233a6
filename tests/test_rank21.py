"""bench/train_speakers.py's --margin option (session 21): the margin it writes must be one it scored."""

import importlib.util
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _train():
    spec = importlib.util.spec_from_file_location("train_speakers", ROOT / "bench" / "train_speakers.py")
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    return train


def test_the_infinite_margin_is_among_those_scored():
    train = _train()
    assert math.inf in train.MARGINS
    assert float("inf") in train.MARGINS  # what --margin inf parses to


def test_a_null_margin_in_the_model_file_is_infinite():
    train = _train()
    assert train.shipped_margin({"margin": None}) == math.inf
    assert train.shipped_margin({"margin": 0.5}) == 0.5
