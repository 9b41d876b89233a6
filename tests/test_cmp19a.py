"""Session 19 (cmp19a): two statements whose figures of one kind all differ, one of them giving
several, state figures of two things (crosscheck.align.other_figures, FIGURES_PENALTY)."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import FIGURES_CLOSE, FIGURES_PENALTY, Similarity, other_figures
from recoupe.crosscheck.types import Statement, Value


def count(n: float, unit: str | None, bound: str = "exact") -> Value:
    return Value("number", n, unit, str(n), 0, 1, bound)  # type: ignore[arg-type]


def years(n: float) -> Value:
    return Value("duration", n * 365.25 * 86400, None, f"{n} ans", 0, 1)


def st(article: str, text: str, terms: tuple[str, ...], values: tuple[Value, ...]) -> Statement:
    return Statement(article=article, field="body", start=0, end=len(text), text=text, order=1, terms=terms,
                     vectors=None, values=values, entities=(), speaker=None, quoted=False,
                     positions=tuple(range(len(terms))))


def test_a_total_and_its_part_against_another_count_are_other_figures():
    # « 1 200 salariés, dont 300 intérimaires » / « 150 salariés reclassés »: figures of other things
    assert other_figures((count(1200, "salarie"), count(300, "salarie")), (count(150, "salarie"),))
    # durations too (« cinq ans de prison dont deux ferme » / « trois ans avec sursis » for another)
    assert other_figures((years(5), years(2)), (years(3),))


def test_a_lone_figure_each_is_left_to_the_contradiction_check():
    # « le site emploie 186 salariés » / « les 163 salariés du site »: one figure, disputed
    assert not other_figures((count(186, "salarie"),), (count(163, "salarie"),))


def test_a_figure_in_common_makes_them_one_thing_told_with_more_detail():
    # « 300 des 1 200 salariés » against « 300 salariés »: they share a figure
    assert not other_figures((count(1200, "salarie"), count(300, "salarie")), (count(300, "salarie"),))
    # figures that agree at their precision are the same figure (« plus de 1 000 » / « 1 200 »)
    assert not other_figures((count(1000, "salarie", "min"), count(40, "salarie")), (count(1200, "salarie"),))


def test_figures_of_other_units_or_of_time_are_not_compared():
    # « 12 pompiers et 3 engins » and « 40 hectares » say nothing of each other
    assert not other_figures((count(12, "pompier"), count(3, "pompier")), (count(40, "hectare"),))
    # ages identify people (« le maire, 61 ans, et son adjoint, 58 ans » / « une passante de 24 ans »)
    assert not other_figures((count(61, "an"), count(58, "an")), (count(24, "an"),))
    # a bare number counts nothing said (« battu 0-3 » / « 17e du classement »)
    assert not other_figures((count(0, None), count(3, None)), (count(17, None),))


STORY = [
    st("a", "L'usine de Vierzon emploie 1 200 salariés, dont 300 intérimaires.", ("usine", "vierzon", "employer", "salarie", "interimaire"),
       (count(1200, "salarie"), count(300, "salarie"))),
    st("b", "Le plan social de l'usine de Vierzon touche 150 salariés.", ("plan", "social", "usine", "vierzon", "toucher", "salarie"),
       (count(150, "salarie"),)),
    st("b", "Le plan social de l'usine de Vierzon touche 300 salariés.", ("plan", "social", "usine", "vierzon", "toucher", "salarie"),
       (count(300, "salarie"),)),
    st("c", "Le maire de Vierzon a reçu les syndicats mardi.", ("maire", "vierzon", "recevoir", "syndicat", "mardi"), ()),
]


def test_statements_whose_figures_all_differ_are_less_alike_by_the_penalty():
    sim = Similarity(STORY)
    apart, same = sim.score(0, 1), sim.score(0, 2)
    # the same words, another figure: less alike by the penalty at least (a figure in common raises the other)
    assert same - apart >= FIGURES_PENALTY
    # the matrix scores them as the pair by pair score does
    m = sim.matrix()
    assert abs(m[0, 1] - apart) < 1e-6 and abs(m[0, 2] - same) < 1e-6


def _unit(v: list[float]) -> np.ndarray:
    x = np.array(v, dtype=np.float32)
    return x / np.linalg.norm(x)


def test_unless_the_encoder_finds_them_close_one_thing_told_with_two_figures():
    # the sentence encoder finds them close: one thing told with two figures, left to the contradiction check
    close = np.stack([_unit([1, 0, 0]), _unit([1, 0.2, 0]), _unit([0, 1, 0]), _unit([0, 0, 1])])
    far = np.stack([_unit([1, 0, 0]), _unit([1, 1.5, 0]), _unit([0, 1, 0]), _unit([0, 0, 1])])
    assert float(close[0] @ close[1]) >= FIGURES_CLOSE > float(far[0] @ far[1])
    assert not Similarity(STORY, semantic=close)._figures_differ(0, 1)
    assert Similarity(STORY, semantic=far)._figures_differ(0, 1)
