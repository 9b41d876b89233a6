"""The cross-check: rules added by helper cmp5 (session 15), on sentences written for them."""

from __future__ import annotations

import numpy as np
import pytest

from recoupe.crosscheck.align import THRESHOLD, AlignParams, Similarity
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
