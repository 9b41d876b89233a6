"""The cross-check's figures and states (crosscheck/align.py: other_figures, opposite_states;
crosscheck/report.py: _same_count, _share): statements whose figures all differ state two things, one count
told two ways is one fact, another count is a dispute, opposite states of one thing are two moments. Sentences
written for recoupe."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import unit_vector as _unit

from recoupe.crosscheck.align import (
    FIGURES_CLOSE,
    FIGURES_PENALTY,
    THRESHOLD,
    AlignParams,
    Similarity,
    opposite_states,
    other_figures,
)
from recoupe.crosscheck.report import PARTLY, _facts, _same_count, _share
from recoupe.crosscheck.types import Statement, Value


def _said(article: str, text: str, terms: tuple[str, ...], *values: Value) -> Statement:
    return Statement(article, "body", 0, len(text), text, 1, terms, None, values, (), None, False)


def _years(text: str) -> Value:
    return Value("duration", 38 * 365.25 * 86400, None, text, 0, len(text), "exact", "P38Y")


def test_one_count_told_in_two_ways_says_the_fact_in_part():
    """« ses 38 années de mariage » and « pendant 38 ans » give one count: with a few words in
    common, the other source says part of the fact (partly reported, not single-source)."""
    a = _said("a", "Dans son livre paru l'an dernier, elle raconte ses 38 années de mariage avec un homme violent.",
              ("livre", "paraitre", "dernier", "raconter", "annee", "mariage", "homme", "violent"), _years("38 années"))
    b = _said("b", "Battue pendant 38 ans par cet homme violent, elle avait fini par fuir.",
              ("battre", "an", "homme", "violent", "finir", "fuir"), _years("38 ans"))
    assert _same_count(a, b)
    sim = Similarity([a, b])
    below = np.array([[0, THRESHOLD - 0.1], [THRESHOLD - 0.1, 0]])
    assert sim.same_words(0, 1)[0] < PARTLY <= _share(sim, below, THRESHOLD)(0, 1)


def test_a_small_count_or_a_count_in_words_is_no_shared_fact():
    """« trois personnes », « deux ans », counts many sentences of one story give, prove nothing."""
    three = Value("number", 3.0, "personne", "trois", 0, 5, "exact")
    two_years = Value("duration", 2 * 365.25 * 86400, None, "deux ans", 0, 8, "exact", "P2Y")
    a = _said("a", "Trois personnes ont été blessées il y a deux ans sur ce carrefour.", ("personne", "blesser", "carrefour"),
              three, two_years)
    b = _said("b", "Le carrefour avait déjà fait trois blessés, deux ans plus tôt.", ("carrefour", "blesser"),
              three, two_years)
    assert not _same_count(a, b)


def test_another_count_is_not_the_same_count():
    """« 1 200 manifestants » and « 1 500 manifestants » are two counts (a dispute, not one fact
    said twice)."""
    a = _said("a", "Quelque 1 200 manifestants ont défilé samedi.", ("manifestant", "defiler"),
              Value("number", 1200.0, "manifestant", "1 200", 0, 5, "exact"))
    b = _said("b", "Ils étaient 1 500 manifestants selon les syndicats.", ("manifestant", "syndicat"),
              Value("number", 1500.0, "manifestant", "1 500", 0, 5, "exact"))
    assert not _same_count(a, b)


def test_a_sentence_one_outlet_words_alike_another_stays_with_its_twin():
    """Two outlets tell the claim of a fact in their own sentences (0, 2) and, each in a sentence of
    its own, one more detail: "trois d'entre eux ont aussi été mis en examen pour violences". The
    second outlet's detail (3) was placed in another fact (with 6); alike the shown statement at the
    threshold only, it still supports this one when its twin here (1, alike it beyond doubt) says
    the same sentence: the fact holds the pair together. Without the twin, it does not."""
    from test_fact_support import _ctx, _statement

    from recoupe.crosscheck.align import STRONG, AlignParams
    from recoupe.crosscheck.report import _facts

    st = [
        _statement("a", 0, "Les quatre policiers ont été mis en examen pour faux en écriture publique."),
        _statement("a", 80, "Trois d'entre eux ont aussi été mis en examen pour violences en réunion."),
        _statement("b", 0, "Quatre fonctionnaires de police sont mis en examen pour faux, selon le parquet."),
        _statement("b", 90, "Trois d'entre eux ont aussi été mis en examen pour violences en réunion, a ajouté le parquet."),
        _statement("b", 190, "Le service sera dissous dans les prochaines semaines, annonce la préfecture."),
        _statement("b", 280, "Le parquet de Bobigny a annoncé mardi la mise en examen des quatre agents."),
        _statement("a", 160, "Les violences visées ont été commises lors d'interpellations en réunion."),
    ]
    params = AlignParams(learned=False)

    def formed(twin: float) -> list[int]:
        matrix = np.zeros((7, 7))
        pairs = {(0, 2): 0.8, (0, 5): 0.5, (0, 3): THRESHOLD + 0.02, (1, 2): THRESHOLD + 0.01, (1, 3): twin, (3, 6): 0.5}
        for (i, j), v in pairs.items():
            matrix[i, j] = matrix[j, i] = v
        facts, _, members = _facts(_ctx("a", "b"), st, matrix, [[0, 1, 2, 5], [3, 6], [4]], [[], [], []], params,
                                   Similarity(st, params))
        return next(sorted(members[f.id]) for f in facts if 0 in members[f.id])

    assert formed(THRESHOLD + STRONG + 0.05) == [0, 1, 2, 3, 5]
    assert formed(THRESHOLD + 0.05) == [0, 1, 2, 5]


def _hectares(article: str, start: int, text: str, value: float) -> Statement:
    v = Value("number", value, "hectare", f"{value:g} hectares", start + text.index(f"{value:g}"),
              start + text.index("hectares") + 8, "exact")
    terms = tuple(w for w in text.lower().strip(".").split() if len(w) > 3)
    return Statement(article, "body", start, start + len(text), text, start, terms, None, (v,), (), None, False)


@pytest.mark.parametrize("near", [0.35, 0.1])
def test_an_outlet_that_gave_the_other_figure_earlier_still_disputes_it(near: float) -> None:
    """Review of session 15: one article's earlier figure, given in a statement of another fact
    near this one, does not take that article out of the dispute; the two sources giving two
    figures of one fire are a contradiction, never a corroboration."""
    from test_fact_support import _ctx  # the tests' story context
    st = [_hectares("a", 0, "Le feu a détruit 100 hectares jeudi soir près du village.", 100),
          _hectares("b", 0, "Le feu a détruit 165 hectares jeudi soir près du village.", 165),
          _hectares("a", 80, "Les pompiers avaient d'abord parlé de 165 hectares brûlés.", 165)]
    params = AlignParams(learned=False)
    ctx = _ctx("a", "b")
    m = np.zeros((3, 3))
    m[0, 1] = m[1, 0] = 0.6
    m[0, 2] = m[2, 0] = near
    ctx.statements, ctx.matrix = st, m
    facts, _, _ = _facts(ctx, st, m, [[0, 1], [2]], [[], []], params, Similarity(st, params))
    fire = next(f for f in facts if len(f.support) == 2)
    assert fire.status == "contradicted"
    assert {v.value for v in fire.versions} == {"100 hectare", "165 hectare"}


def count(n: float, unit: str | None, bound: str = "exact") -> Value:
    return Value("number", n, unit, str(n), 0, 1, bound)  # type: ignore[arg-type]


def years(n: float) -> Value:
    return Value("duration", n * 365.25 * 86400, None, f"{n} ans", 0, 1)


def valued(article: str, text: str, terms: tuple[str, ...], values: tuple[Value, ...]) -> Statement:
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
    valued("a", "L'usine de Vierzon emploie 1 200 salariés, dont 300 intérimaires.", ("usine", "vierzon", "employer", "salarie", "interimaire"),
       (count(1200, "salarie"), count(300, "salarie"))),
    valued("b", "Le plan social de l'usine de Vierzon touche 150 salariés.", ("plan", "social", "usine", "vierzon", "toucher", "salarie"),
       (count(150, "salarie"),)),
    valued("b", "Le plan social de l'usine de Vierzon touche 300 salariés.", ("plan", "social", "usine", "vierzon", "toucher", "salarie"),
       (count(300, "salarie"),)),
    valued("c", "Le maire de Vierzon a reçu les syndicats mardi.", ("maire", "vierzon", "recevoir", "syndicat", "mardi"), ()),
]


def test_statements_whose_figures_all_differ_are_less_alike_by_the_penalty():
    sim = Similarity(STORY)
    apart, same = sim.score(0, 1), sim.score(0, 2)
    # the same words, another figure: less alike by the penalty at least (a figure in common raises the other)
    assert same - apart >= FIGURES_PENALTY
    # the matrix scores them as the pair by pair score does
    m = sim.matrix()
    assert abs(m[0, 1] - apart) < 1e-6 and abs(m[0, 2] - same) < 1e-6


def test_unless_the_encoder_finds_them_close_one_thing_told_with_two_figures():
    # the sentence encoder finds them close: one thing told with two figures, left to the contradiction check
    close = np.stack([_unit([1, 0, 0]), _unit([1, 0.2, 0]), _unit([0, 1, 0]), _unit([0, 0, 1])])
    far = np.stack([_unit([1, 0, 0]), _unit([1, 1.5, 0]), _unit([0, 1, 0]), _unit([0, 0, 1])])
    assert float(close[0] @ close[1]) >= FIGURES_CLOSE > float(far[0] @ far[1])
    assert not Similarity(STORY, semantic=close)._figures_differ(0, 1)
    assert Similarity(STORY, semantic=far)._figures_differ(0, 1)


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


def test_freedom_of_the_press_is_no_release():
    held = st("a", "Un journaliste a été arrêté pendant la manifestation.", ("journaliste", "arreter", "manifestation"))
    freedom = st("b", "Le syndicat défend la liberté de la presse.", ("syndicat", "defendre", "liberte", "presse"))
    assert not opposite_states(held, freedom)
    warned = st("b", "Le ministre a mis en garde les manifestants.", ("ministre", "mettre", "garde", "manifestant"))
    freed = st("a", "Les manifestants ont été relâchés dans la soirée.", ("manifestant", "relacher", "soiree"))
    assert not opposite_states(warned, freed)
