"""Session 19 (cmp19d): opposite states of one thing are two moments, not one fact
(crosscheck.align.opposite_states, fr_compare.OPPOSITE_STATES): no encoder boost, no learned
rescue."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import Similarity, opposite_states
from recoupe.crosscheck.types import Statement


def st(article: str, text: str, terms: tuple[str, ...], field: str = "body", order: int = 1) -> Statement:
    return Statement(article=article, field=field, start=0, end=len(text), text=text, order=order, terms=terms,  # type: ignore[arg-type]
                     vectors=None, values=(), entities=(), speaker=None, quoted=False,
                     positions=tuple(range(len(terms))))


CLOSED = st("a", "La médiathèque a été évacuée en fin de matinée.", ("mediatheque", "evacuer", "fin", "matinee"))
REOPENED = st("b", "La médiathèque a rouvert ses portes dans l'après-midi.", ("mediatheque", "rouvrir", "porte", "apres-midi"))
BOTH = st("b", "Évacuée le matin, la médiathèque a rouvert l'après-midi.", ("evacuer", "matin", "mediatheque", "rouvrir", "apres-midi"))


def test_a_place_closed_and_the_same_place_reopened_are_two_moments():
    assert opposite_states(CLOSED, REOPENED)
    assert opposite_states(REOPENED, CLOSED)


def test_arrested_and_released_convicted_and_acquitted_suspended_and_resumed():
    held = st("a", "Le conducteur a été interpellé samedi soir.", ("conducteur", "interpeller", "samedi", "soir"))
    freed = st("b", "Le conducteur a été relâché dimanche.", ("conducteur", "relacher", "dimanche"))
    assert opposite_states(held, freed)
    guilty = st("a", "L'ancien élu a été condamné en appel.", ("ancien", "elu", "condamner", "appel"))
    cleared = st("b", "L'ancien élu a été relaxé par le tribunal.", ("ancien", "elu", "relaxer", "tribunal"))
    assert opposite_states(guilty, cleared)
    stopped = st("a", "La circulation des tramways a été interrompue.", ("circulation", "tramway", "interrompre"))
    resumed = st("b", "La circulation des tramways a repris à midi.", ("circulation", "tramway", "reprendre", "midi"))
    assert opposite_states(stopped, resumed)


def test_one_side_twice_or_a_statement_giving_both_sides_is_not_apart():
    again = st("b", "La médiathèque avait été évacuée par les pompiers.", ("mediatheque", "evacuer", "pompier"))
    assert not opposite_states(CLOSED, again)
    # « évacuée le matin, rouverte l'après-midi » tells both moments: it may say either
    assert not opposite_states(CLOSED, BOTH)
    assert not opposite_states(BOTH, REOPENED)
    # no side at all
    other = st("b", "La médiathèque compte 40 000 ouvrages.", ("mediatheque", "compter", "ouvrage"))
    assert not opposite_states(CLOSED, other)


def test_opposite_states_get_no_encoder_boost():
    story = [CLOSED, REOPENED, st("b", "La médiathèque a été évacuée vers midi.", ("mediatheque", "evacuer", "midi"))]
    # the encoder finds all three close (one place, one story)
    sem = np.array([[1.0, 0.0], [0.96, 0.28], [0.96, 0.28]], dtype=np.float32)
    sim = Similarity(story, semantic=sem)
    m = sim.matrix()
    # the same words but for the state and the time: the one state scores above the other
    assert m[0, 2] > m[0, 1]
    assert np.isclose(sim.score(0, 1), m[0, 1])



def test_the_learned_rescue_does_not_raise_opposite_states():
    from recoupe.crosscheck.align import THRESHOLD, PairScorer, rescued
    story = [CLOSED, REOPENED, st("b", "La médiathèque a été évacuée vers midi.", ("mediatheque", "evacuer", "midi"))]
    sim = Similarity(story)
    m = np.zeros((3, 3))
    m[0, 1] = m[1, 0] = m[0, 2] = m[2, 0] = THRESHOLD - 0.05
    # a scorer that finds every near miss alike
    yes = PairScorer(("score",), np.array([0.0]), np.array([1.0]), np.array([0.0]), 10.0, 0.0, 0.5)
    out = rescued(sim, m, yes, THRESHOLD)
    assert out[0, 2] == THRESHOLD  # one state twice: rescued
    assert out[0, 1] < THRESHOLD  # closed / reopened: two moments
