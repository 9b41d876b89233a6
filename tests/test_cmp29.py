"""Session 24 (cmp29): a video's credit glued to an intertitle that opens on a figure, and a
writer's remark on time passing. The sentences are written for these tests."""

from __future__ import annotations

from test_statements import _statements

from recoupe.crosscheck.statements import crosshead

FACT = "Le conseil départemental a voté lundi la rénovation du collège pour douze millions d'euros."


def test_a_video_credit_glued_to_an_intertitle_opening_on_a_figure_is_left_out(nlp):
    sentence = "Selon la préfecture, les travaux de la rocade commenceront en septembre."
    body = f"{FACT} Rocade : les travaux vont-ils enfin commencer ?par TVEXEMPLE2.000 riverains concernés {sentence}"
    assert _statements(nlp, body) == [FACT, sentence]
    # an outlet whose name ends on a figure keeps its figure, and the credit is left out all the same
    body = f"{FACT} Rocade : les travaux vont-ils enfin commencer ?par TF1 {sentence}"
    assert _statements(nlp, body) == [FACT, sentence]


def test_a_thousands_dot_is_no_stop_in_an_intertitle():
    text = "Plus de 12.000 emplois menacés Selon le syndicat, trois usines pourraient fermer d'ici l'été."
    assert crosshead(text, 0, len(text)) == text.index("Selon")
    # a stop between the words is still one: no intertitle before « Selon »
    text = "Le site emploie 450 personnes. Rien Selon le syndicat, trois usines pourraient fermer d'ici l'été."
    assert crosshead(text, 0, len(text)) == 0


def test_time_passing_with_nobody_named_is_a_remark(nlp):
    for remark in ("Les mois passent, les griefs des riverains demeurent.", "Les semaines se suivent et se ressemblent."):
        assert _statements(nlp, f"{FACT} {remark}") == [FACT], remark
    kept = "Les années passent et le club compte toujours 300 adhérents."  # a figure keeps it
    assert _statements(nlp, f"{FACT} {kept}") == [FACT, kept]
