"""Session 24 (cmp29): a writer's remark on time passing is no statement. The sentences are
written for these tests."""

from __future__ import annotations

from test_statements import _statements

FACT = "Le conseil départemental a voté lundi la rénovation du collège pour douze millions d'euros."


def test_time_passing_with_nobody_named_is_a_remark(nlp):
    for remark in ("Les mois passent, les griefs des riverains demeurent.", "Les semaines se suivent et se ressemblent."):
        assert _statements(nlp, f"{FACT} {remark}") == [FACT], remark
    kept = "Les années passent et le club compte toujours 300 adhérents."  # a figure keeps it
    assert _statements(nlp, f"{FACT} {kept}") == [FACT, kept]
