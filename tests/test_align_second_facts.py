"""The cross-check's second facts (crosscheck/align.py: second_facts, attachments): a sentence that tells
two facts supports the second too, when it is longer than each of its statements of other articles,
alike each at the threshold, gives one thing alike with each and no value in conflict. Similarities
are given by hand; sentences written for recoupe."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import THRESHOLD, attachments, second_facts
from recoupe.crosscheck.types import Statement, Value

AT = THRESHOLD + 0.01
FACTS = [[0, 2], [1], [3, 4]]  # the houses (A, B), the night (A), the area (B, C)


def _hectares(n: float, start: int) -> Value:
    return Value(kind="number", value=n, unit="hectare", text=f"{int(n)} hectares", start=start, end=start + 12)


def _st(article: str, order: int, text: str, values: tuple[Value, ...] = ()) -> Statement:
    return Statement(article=article, field="body", start=order * 200, end=order * 200 + len(text), text=text,
                     order=order, terms=tuple(w for w in text.split() if len(w) > 3), vectors=None, values=values, entities=(), speaker=None, quoted=False)


def _story(b_figure: float | None = 230, c_figure: float | None = 230) -> list[Statement]:
    def area(n: float | None, start: int) -> tuple[Value, ...]:
        return () if n is None else (_hectares(n, start),)
    return [
        # A's long sentence tells two facts: the area burnt and the houses lost
        _st("a", 1, "Le feu a parcouru 230 hectares de pinède et détruit trois maisons, selon la préfecture.", area(230, 18)),  # 0
        _st("a", 2, "Les pompiers sont restés sur place toute la nuit.", ()),  # 1
        _st("b", 1, "Trois maisons ont été détruites par les flammes, a indiqué la préfecture.", ()),  # 2
        _st("b", 2, f"Au total, {int(b_figure or 0)} hectares sont partis en fumée.", area(b_figure, 10)),  # 3
        _st("c", 1, f"La préfecture a fait état de {int(c_figure or 0)} hectares brûlés.", area(c_figure, 30)),  # 4
    ]


def _sim(*pairs: tuple[int, int, float], n: int = 5) -> np.ndarray:
    m = np.zeros((n, n))
    for i, j, v in pairs:
        m[i, j] = m[j, i] = v
    return m


ALIKE = _sim((0, 2, 0.6), (0, 3, AT), (0, 4, AT), (3, 4, 0.6))


def test_a_sentence_that_tells_two_facts_supports_the_second_when_it_gives_its_figure():
    # A's sentence is placed in the fact of the houses (with B's first sentence); it also states
    # the fact of B's second sentence and C's, the same distinctive figure in the same unit
    # B's short sentence on the area, alike A's long one on that part, does not tell the houses
    assert second_facts(_story(), ALIKE, FACTS, THRESHOLD) == [[], [], [0]]
    # attachments carries it as a support of that fact
    assert 0 in attachments(_story(), ALIKE, FACTS, THRESHOLD)[2]


def test_it_makes_a_fact_one_source_gave_corroborated():
    # B's second sentence alone: A's long sentence is its second source
    sim = _sim((0, 2, 0.6), (0, 3, AT), n=4)
    assert second_facts(_story()[:4], sim, [[0, 2], [1], [3]], THRESHOLD) == [[], [], [0]]


def test_never_a_short_sentence_for_the_long_ones_other_fact():
    # B's short sentence on the area is alike A's long one on that part: it does not tell the
    # houses, the other fact A's sentence is placed in (nor C's, on the area, the houses)
    story = _story()
    sim = _sim((0, 2, 0.6), (0, 3, AT), (0, 4, AT))
    assert second_facts(story, sim, [[0, 2], [1], [3], [4]], THRESHOLD) == [[], [], [0], [0]]


def test_a_second_statement_of_an_article_the_fact_has():
    # A's long sentence tells the area too, which A's short sentence and B's give together
    story = _story()[:4] + [_st("a", 3, "La préfecture évoque 230 hectares brûlés.", (_hectares(230, 22),))]
    sim = _sim((0, 2, 0.6), (0, 3, AT), (4, 3, 0.6))
    assert second_facts(story, sim, FACTS, THRESHOLD) == [[], [], [0]]


def test_not_when_the_figures_differ():
    # 230 against 180 hectares: alike at the threshold, but the values do not agree
    assert second_facts(_story(180, 180), ALIKE, FACTS, THRESHOLD) == [[], [], []]


def test_not_below_the_threshold_with_any_statement_of_the_fact():
    sim = _sim((0, 2, 0.6), (0, 3, AT), (0, 4, THRESHOLD - 0.02), (3, 4, 0.6))
    assert second_facts(_story(), sim, FACTS, THRESHOLD) == [[], [], []]


def test_not_without_one_thing_told_alike_with_each():
    # alike at the threshold, but no figure nor quotation given alike: left to the clustering
    assert second_facts(_story(None, None), ALIKE, FACTS, THRESHOLD) == [[], [], []]
    # C's statement gives no figure: A's sentence tells one thing alike with B's only
    assert second_facts(_story(230, None), ALIKE, FACTS, THRESHOLD) == [[], [], []]


def test_not_on_a_bare_percentage_alone():
    # two shares of a poll's respondents that happen to be equal say two things
    def pct(start: int) -> tuple[Value]:
        return (Value(kind="number", value=38.0, unit="%", text="38 %", start=start, end=start + 4),)
    story = [
        _st("a", 1, "Selon le sondage, 38 % des personnes interrogées jugent la réforme urgente et la soutiennent.", pct(17)),
        _st("a", 2, "Le ministre présentera son texte mardi.", ()),
        _st("b", 1, "Une majorité des sondés soutient la réforme, selon l'institut.", ()),
        _st("b", 2, "Par ailleurs, 38 % des sondés disent avoir renoncé à des soins.", pct(14)),
        _st("c", 1, "Quelque 38 % des répondants ont renoncé à se soigner.", pct(8)),
    ]
    assert second_facts(story, ALIKE, FACTS, THRESHOLD) == [[], [], []]


def test_a_quotation_given_word_for_word_is_one_thing():
    story = [
        _st("a", 1, "Le maire a dénoncé « une faute lourde de l'État » et annoncé qu'il porterait plainte.", ()),
        _st("a", 2, "Le conseil se réunira jeudi.", ()),
        _st("b", 1, "Le maire a annoncé son intention de porter plainte.", ()),
        _st("b", 2, "Pour l'élu, il s'agit d'une faute lourde de l'État.", ()),
        _st("c", 1, "Le maire dénonce une « faute lourde de l'État ».", ()),
    ]
    assert second_facts(story, ALIKE, FACTS, THRESHOLD) == [[], [], [0]]
