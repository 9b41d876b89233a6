"""Mends of the session-19 code read (rev19c): figures after a capitalised word that count
something, shares written « d' », the feminine of a role, words of other senses kept out of the
opposite states. Sentences written for these tests."""

from __future__ import annotations

from conftest import one


def test_the_feminine_of_a_role_is_read_like_the_masculine(quotes_of):
    masculine, _ = quotes_of(
        "Un élu de Brive a été menacé sur les réseaux sociaux. « J'ai porté plainte », raconte Marc Delmas, élu "
        "de la Corrèze. « J'ai reçu des dizaines de messages », a ajouté l'élu.")
    feminine, _ = quotes_of(
        "Une élue de Brive a été menacée sur les réseaux sociaux. « J'ai porté plainte », raconte Lise Delmas, "
        "élue de la Corrèze. « J'ai reçu des dizaines de messages », a ajouté l'élue.")
    assert one(masculine, "dizaines de messages").speaker_name == "Marc Delmas"
    assert one(feminine, "dizaines de messages").speaker_name == "Lise Delmas"
