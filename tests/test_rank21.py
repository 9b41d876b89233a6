"""bench/train_speakers.py's --margin option (session 21): the margin it writes must be one it scored."""

import math

from benchmods import bench


def _train():
    return bench("train_speakers")


def test_the_infinite_margin_is_among_those_scored():
    train = _train()
    assert math.inf in train.MARGINS
    assert float("inf") in train.MARGINS  # what --margin inf parses to


def test_a_null_margin_in_the_model_file_is_infinite():
    train = _train()
    assert train.shipped_margin({"margin": None}) == math.inf
    assert train.shipped_margin({"margin": 0.5}) == 0.5
