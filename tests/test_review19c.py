"""Mends of the session-19 code read (rev19c): figures after a capitalised word that count
something, shares written « d' », the feminine of a role, words of other senses kept out of the
opposite states. Sentences written for these tests."""

from __future__ import annotations

from conftest import one
from test_cmp19d import st
from test_statements import _article

from recoupe.crosscheck.align import opposite_states
from recoupe.crosscheck.statements import Reader


def _values(nlp, text):
    return [(v.value, v.unit) for s in Reader([_article("a", text)], nlp).statements() for v in s.values if v.kind == "number"]


def test_a_count_after_a_place_name_is_still_a_count(nlp):
    # no comma after « à Lorient »: the capital before the figure is a place, the figure counts people
    assert _values(nlp, "Samedi à Lorient 2500 personnes ont défilé contre la fermeture du port.") == [(2500.0, "personne")]


def test_a_figure_in_a_name_is_still_no_value(nlp):
    assert _values(nlp, "La chaîne Canal 9 a diffusé le reportage mardi soir.") == []


def test_a_share_written_with_an_elided_de_says_what_it_measures(nlp):
    assert _values(nlp, "Le réseau a perdu 14 % d'abonnés cette année.") == [(14.0, "% abonne")]
    assert _values(nlp, "Le réseau a perdu 14 % des abonnés cette année.") == [(14.0, "% abonne")]


def test_the_feminine_of_a_role_is_read_like_the_masculine(quotes_of):
    masculine, _ = quotes_of(
        "Un élu de Brive a été menacé sur les réseaux sociaux. « J'ai porté plainte », raconte Marc Delmas, élu "
        "de la Corrèze. « J'ai reçu des dizaines de messages », a ajouté l'élu.")
    feminine, _ = quotes_of(
        "Une élue de Brive a été menacée sur les réseaux sociaux. « J'ai porté plainte », raconte Lise Delmas, "
        "élue de la Corrèze. « J'ai reçu des dizaines de messages », a ajouté l'élue.")
    assert one(masculine, "dizaines de messages").speaker_name == "Marc Delmas"
    assert one(feminine, "dizaines de messages").speaker_name == "Lise Delmas"


def test_freedom_of_the_press_is_no_release():
    held = st("a", "Un journaliste a été arrêté pendant la manifestation.", ("journaliste", "arreter", "manifestation"))
    freedom = st("b", "Le syndicat défend la liberté de la presse.", ("syndicat", "defendre", "liberte", "presse"))
    assert not opposite_states(held, freedom)
    warned = st("b", "Le ministre a mis en garde les manifestants.", ("ministre", "mettre", "garde", "manifestant"))
    freed = st("a", "Les manifestants ont été relâchés dans la soirée.", ("manifestant", "relacher", "soiree"))
    assert not opposite_states(warned, freed)
