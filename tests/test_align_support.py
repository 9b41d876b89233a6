"""The cross-check's support of facts (crosscheck/align.py: attachments, second_facts, sums_up;
crosscheck/report.py: _facts, _own_standfirst): a headline, a standfirst or a lede supports the facts it sums
up, a standfirst of the shown statement's own article the fact it says alike each other source, a sentence
telling two facts supports the second too, and when neither may. Similarities are given by hand, so each test
states one rule whatever the pairwise judge says; sentences written for recoupe."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import (
    THRESHOLD,
    AlignParams,
    Similarity,
    attachments,
    first_sentences,
    sums_up,
)
from recoupe.crosscheck.report import ALSO_MARGIN, _facts, _own_standfirst, _Story
from recoupe.crosscheck.types import Statement, Value
from recoupe.models import Article, Timestamp
from recoupe.stories.outlets import Registry


def _said(article: str, start: int, text: str, field: str = "body") -> Statement:
    terms = tuple(w for w in text.lower().strip(".").split() if len(w) > 3)
    return Statement(article, field, start, start + len(text), text, start, terms, None, (), (), None, False)  # type: ignore[arg-type]


def _members_with(first: int, st: list[Statement], pairs: dict[tuple[int, int], float],
                  groups: list[list[int]], ids: tuple[str, ...] = ("a", "b")) -> list[int]:
    from test_fact_support import _ctx  # the tests' story context

    matrix = np.zeros((len(st), len(st)))
    for (i, j), v in pairs.items():
        matrix[i, j] = matrix[j, i] = v
    params = AlignParams(learned=False)
    facts, _, members = _facts(_ctx(*ids), st, matrix, groups, [[] for _ in groups], params, Similarity(st, params))
    return next(sorted(members[f.id]) for f in facts if first in members[f.id])


def test_a_title_supports_each_corroborated_fact_whose_claim_it_says() -> None:
    """A title sums up several facts of its story: « Incendie d'un entrepôt à Vierzon : 40 salariés
    au chômage technique » says both the fire and the layoffs that two outlets report in their
    bodies. Placed in the fire's fact, it supports the layoffs' fact too when it is alike that
    fact's shown statement at the threshold, even short of the margin a body sentence needs."""
    st = [
        _said("a", 0, "Incendie d'un entrepôt à Vierzon : 40 salariés au chômage technique", "title"),
        _said("a", 0, "Un incendie a ravagé dans la nuit de lundi un entrepôt de la zone industrielle de Vierzon."),
        _said("a", 100, "Les quarante salariés du site seront placés en chômage technique dès mercredi."),
        _said("b", 0, "Le feu s'est déclaré lundi vers 23 heures dans un entrepôt logistique de Vierzon."),
        _said("b", 90, "La direction a annoncé que les 40 employés seraient mis au chômage technique."),
    ]
    pairs = {(0, 3): 0.6, (1, 3): 0.7, (2, 4): 0.7, (0, 4): THRESHOLD + ALSO_MARGIN / 2}
    assert _members_with(4, st, pairs, [[0, 1, 3], [2, 4]]) == [0, 2, 4]


def test_a_body_sentence_needs_the_margin_and_a_fact_of_one_source_takes_no_title() -> None:
    """The same closeness is not enough for a body sentence of another fact (it may tell another
    thing near it); and a title never makes a one-source fact corroborated on its own: the fact of
    one outlet stays that outlet's."""
    st = [
        _said("a", 0, "Incendie d'un entrepôt à Vierzon : 40 salariés au chômage technique", "title"),
        _said("a", 0, "Un incendie a ravagé dans la nuit de lundi un entrepôt de la zone industrielle de Vierzon."),
        _said("a", 100, "La préfecture a ouvert une cellule d'appui aux entreprises voisines touchées par les fumées."),
        _said("b", 0, "Le feu s'est déclaré lundi vers 23 heures dans un entrepôt logistique de Vierzon."),
        _said("b", 90, "La direction a annoncé que les 40 employés seraient mis au chômage technique."),
        _said("b", 200, "Une enquête a été ouverte pour déterminer l'origine du sinistre, selon le parquet."),
    ]
    near = THRESHOLD + ALSO_MARGIN / 2
    # the body sentence 1 of A, placed in the fire's fact, is not added to B's investigation fact
    pairs = {(0, 3): 0.6, (1, 3): 0.7, (1, 5): near, (2, 4): 0.2}
    assert _members_with(5, st, pairs, [[0, 1, 3], [4], [5], [2]]) == [5]
    # the title, alike B's one-source layoffs statement, leaves it one source's
    pairs = {(0, 3): 0.6, (1, 3): 0.7, (0, 4): near}
    assert _members_with(4, st, pairs, [[0, 1, 3], [4], [5], [2]]) == [4]


def test_an_articles_lede_supports_each_corroborated_fact_it_says() -> None:
    """The first sentence of a body sums up the story as a title does (« Quarante salariés sont au
    chômage technique après l'incendie qui a ravagé lundi leur entrepôt de Vierzon. »)."""
    st = [
        _said("a", 0, "Quarante salariés sont au chômage technique après l'incendie qui a ravagé lundi leur entrepôt."),
        _said("a", 100, "Les flammes ont été maîtrisées au petit matin par une soixantaine de pompiers."),
        _said("a", 200, "La direction a confirmé que les salariés seraient payés pendant l'arrêt du site."),
        _said("b", 0, "Le feu s'est déclaré lundi vers 23 heures dans un entrepôt logistique de Vierzon."),
        _said("b", 90, "La direction a annoncé que les 40 employés seraient mis au chômage technique."),
    ]
    pairs = {(0, 3): 0.6, (2, 4): 0.7, (0, 4): THRESHOLD + ALSO_MARGIN / 2}
    assert _members_with(4, st, pairs, [[0, 3], [2, 4], [1]]) == [0, 2, 4]
    # the same closeness from a sentence further down the body is not enough
    pairs = {(0, 3): 0.6, (2, 4): 0.7, (1, 4): THRESHOLD + ALSO_MARGIN / 2, (1, 3): 0.6}
    assert _members_with(4, st, pairs, [[0, 1, 3], [2, 4]]) == [2, 4]


AT = THRESHOLD + 0.01  # alike, but not by the margin a headline needs on average otherwise


def _story() -> list[Statement]:
    rows = [
        ("a", "title", "Démission surprise du maire de Brest"),                                      # 0
        ("a", "body", "Le maire de Brest a annoncé sa démission lundi soir en conseil municipal."),  # 1 A's lede
        ("b", "lead", "Le maire de Brest démissionne, deux ans avant la fin de son mandat."),         # 2
        ("b", "body", "Il a remis sa démission au préfet du Finistère lundi soir, a appris le journal."),  # 3 B's lede
        ("b", "body", "Son premier adjoint assurera l'intérim jusqu'à l'élection d'un successeur."),  # 4
        ("b", "body", "Le conseil municipal de Brest se réunira jeudi."),                              # 5
    ]
    order: dict[str, int] = {}
    out = []
    for article, field, text in rows:
        k = order[article] = order.get(article, -1) + 1
        out.append(Statement(article=article, field=field, start=k * 100, end=k * 100 + len(text), text=text,  # type: ignore[arg-type]
                             order=k, terms=("mot",), vectors=None, values=(), entities=(), speaker=None, quoted=False))
    return out


def _sim(*pairs: tuple[int, int, float]) -> np.ndarray:
    m = np.zeros((6, 6))
    for i, j, v in pairs:
        m[i, j] = m[j, i] = v
    return m


def test_a_headline_alike_at_the_threshold_supports_the_fact_another_headline_states():
    # the fact of A's lede and B's standfirst: A's headline, alike B's standfirst, states it
    sim = _sim((0, 2, AT), (1, 2, 0.6))
    assert attachments(_story(), sim, [[1, 2], [0], [3], [4], [5]], THRESHOLD)[0] == [0]


def test_or_the_fact_another_articles_lede_states():
    # B's first sentence of the body sums up its story as its standfirst does
    sim = _sim((0, 3, AT), (1, 3, 0.6))
    assert attachments(_story(), sim, [[1, 3], [0], [2], [4], [5]], THRESHOLD)[0] == [0]


def test_not_a_fact_anchored_on_another_title_alone():
    # B's standfirst as a title instead: two titles share the subject's words, not a fact
    story = _story()
    b_title = Statement(article="b", field="title", start=0, end=10, text="Brest : la démission du maire divise la ville",
                        order=0, terms=("mot",), vectors=None, values=(), entities=(), speaker=None, quoted=False)
    story[2] = b_title
    sim = _sim((0, 2, AT), (1, 2, 0.6))
    assert attachments(story, sim, [[1, 2], [0], [3], [4], [5]], THRESHOLD)[0] == []


def test_not_a_detail_further_in_the_body():
    # the fact of A's lede and B's fourth sentence: a headline just alike that sentence says the
    # story's subject, not this detail of it
    sim = _sim((0, 4, AT), (1, 4, 0.6))
    assert attachments(_story(), sim, [[1, 4], [0], [2], [3], [5]], THRESHOLD)[0] == []
    # nor a fact that one article alone tells
    sim = _sim((0, 2, AT), (0, 3, AT), (2, 3, 0.6))
    assert attachments(_story(), sim, [[2, 3], [0], [1], [4], [5]], THRESHOLD)[0] == []


def test_the_headline_must_be_alike_each_statement_of_the_other_articles():
    sim = _sim((0, 2, AT), (0, 5, THRESHOLD - 0.05), (1, 2, 0.6), (1, 5, 0.6))
    assert attachments(_story(), sim, [[1, 2, 5], [0], [3], [4]], THRESHOLD)[0] == []
    # well above the threshold on average, a headline supports any fact (the rule before)
    sim = _sim((0, 4, THRESHOLD + 0.15), (1, 4, 0.6))
    assert attachments(_story(), sim, [[1, 4], [0], [2], [3], [5]], THRESHOLD)[0] == [0]


def test_a_lede_sums_up_several_facts_like_a_standfirst():
    # A's lede, placed in its own fact, also supports the fact of A's title and B's standfirst,
    # which it states well above the threshold; B's fourth sentence, no lede, is placed once
    sim = _sim((1, 2, THRESHOLD + 0.15), (0, 2, 0.6), (4, 2, THRESHOLD + 0.15))
    assert attachments(_story(), sim, [[0, 2], [1], [3], [4], [5]], THRESHOLD)[0] == [1]


NEAR = THRESHOLD + 0.03  # alike above the threshold, short of any margin


def _said_in_order(article: str, order: int, text: str, field: str = "body") -> Statement:
    terms = tuple(w for w in text.lower().strip(".").split() if len(w) > 3)
    return Statement(article, field, order * 100, order * 100 + len(text), text, order, terms, None, (), (), None, False)  # type: ignore[arg-type]


def _article(aid: str, source: str) -> Article:
    return Article(id=aid, source=source, url=None, title=None, lead=None, authors=(),
                   published=Timestamp("2026-05-12T08:00", "minute"), updated=None, lang="fr", body="x", boilerplate=(),
                   entities=(), sentences=((0, 1),), format="text", origin="-", revision=1, ingested_at="x")


def _ctx(**sources: str) -> _Story:
    story = {"id": "st", "articles": list(sources), "members": [{"id": i, "copy_of": None} for i in sources]}
    return _Story(story, [_article(i, s) for i, s in sources.items()], Registry(), False)


def _matrix(n: int, pairs: dict[tuple[int, int], float]) -> np.ndarray:
    m = np.zeros((n, n))
    for (i, j), v in pairs.items():
        m[i, j] = m[j, i] = v
    return m


def _formed(ctx: _Story, st: list[Statement], pairs: dict[tuple[int, int], float], groups: list[list[int]],
            extra: list[list[int]] | None = None) -> dict[str, tuple[str, list[int]]]:
    """Each fact's shown text: its status and its statements."""
    params = AlignParams(learned=False)
    facts, _, members = _facts(ctx, st, _matrix(len(st), pairs), groups, extra or [[] for _ in groups], params,
                               Similarity(st, params))
    return {f.text: (f.status, sorted(members[f.id])) for f in facts}


# -- a short first sentence of a body is very often the news itself (report._hook dropped) ---------

def test_a_short_verdict_after_a_standfirst_stays_a_fact() -> None:
    st = [_said_in_order("b", 0, "Procès du concert de Bastia : le jugement rendu", "title"),
          _said_in_order("b", 0, "Le tribunal correctionnel de Bastia a rendu mardi son jugement dans l'affaire de "
                        "l'effondrement de la tribune.", "lead"),
          _said_in_order("b", 1, "L'organisateur a été relaxé.")]
    formed = _formed(_ctx(b="Orange"), st, {}, [[0], [1], [2]])
    assert formed["L'organisateur a été relaxé."] == ("single-source", [2])


def test_short_news_ledes_of_one_or_two_outlets_stay_facts() -> None:
    # one-article story
    st = [_said_in_order("a", 0, "Le maire de Villeurbanne a démissionné.")]
    assert _formed(_ctx(a="Le Progrès"), st, {}, [[0]]) == {st[0].text: ("single-source", [0])}
    # two outlets each opening on its own short news
    st = [_said_in_order("a", 0, "Jean-Paul Belmondo est mort."),
          _said_in_order("a", 1, "L'acteur avait 88 ans et s'est éteint à son domicile parisien."),
          _said_in_order("b", 0, "Le président de la République a salué un trésor national."),
          _said_in_order("b", 1, "Un hommage national sera rendu jeudi aux Invalides.")]
    formed = _formed(_ctx(a="Le Figaro", b="Libération"), st, {}, [[0], [1], [2], [3]])
    assert formed[st[0].text][1] == [0] and formed[st[2].text][1] == [2]
    # a government's fall, told short, then the vote
    st = [_said_in_order("a", 0, "Le gouvernement est tombé."),
          _said_in_order("a", 1, "La motion de censure a recueilli 331 voix à l'Assemblée nationale.")]
    assert st[0].text in _formed(_ctx(a="Le Parisien"), st, {}, [[0], [1]])


# -- report: a headline or a lede supports a fact told in a body or a standfirst ---------------------

def _fire() -> list[Statement]:
    return [
        _said_in_order("a", 0, "Incendie de Vierzon : les salariés de l'entrepôt reçus par le préfet", "title"),   # 0
        _said_in_order("b", 0, "Incendie de Vierzon : les salariés de l'entrepôt reçus par le préfet", "title"),   # 1
        _said_in_order("a", 1, "Le préfet du Cher a reçu jeudi les salariés de l'entrepôt détruit."),             # 2 A's lede
        _said_in_order("b", 1, "Les salariés ont été reçus jeudi en préfecture à Bourges."),                     # 3 B's lede
        _said_in_order("c", 0, "Vierzon : un entrepôt logistique détruit par les flammes", "title"),             # 4
        _said_in_order("c", 1, "Le feu a pris vers 23 heures lundi dans la zone industrielle."),                 # 5 C's lede
        _said_in_order("a", 2, "L'incendie s'est déclaré lundi soir dans la zone industrielle de Vierzon."),      # 6
    ]


FIRE = {(5, 6): 0.7, (4, 6): 0.6}  # the fire, told by C and A: a fact of its own


def test_a_headline_does_not_support_a_fact_shown_by_a_title() -> None:
    # the fact of two titles: another outlet's title and lede alike it are not added to it
    st = _fire()
    ctx = _ctx(a="Le Berry", b="France 3", c="La Nouvelle République")
    pairs = {(0, 1): 0.9, (0, 4): NEAR, (1, 4): NEAR, (0, 5): NEAR, (1, 5): NEAR} | FIRE
    formed = _formed(ctx, st, pairs, [[0, 1], [2], [3], [4, 5, 6]])
    assert formed[st[0].text] == ("corroborated", [0, 1])


def test_but_supports_one_told_in_two_bodies() -> None:
    st = _fire()
    ctx = _ctx(a="Le Berry", b="France 3", c="La Nouvelle République")
    pairs = {(2, 3): 0.7, (4, 2): NEAR, (4, 3): NEAR} | FIRE
    formed = _formed(ctx, st, pairs, [[2, 3], [0], [1], [4, 5, 6]])
    shown = next(t for t, (_, m) in formed.items() if 2 in m)
    assert formed[shown] == ("corroborated", [2, 3, 4])
    # a pair the learned rescue raised to the threshold itself is alike at it (chosen on dev)
    pairs = {(2, 3): 0.7, (4, 2): THRESHOLD, (4, 3): THRESHOLD} | FIRE
    formed = _formed(ctx, st, pairs, [[2, 3], [0], [1], [4, 5, 6]])
    assert formed[shown] == ("corroborated", [2, 3, 4])
    # but not one under it
    pairs = {(2, 3): 0.7, (4, 2): THRESHOLD - 0.01, (4, 3): NEAR} | FIRE
    formed = _formed(ctx, st, pairs, [[2, 3], [0], [1], [4, 5, 6]])
    assert formed[shown] == ("corroborated", [2, 3])


def test_a_fact_of_a_title_and_a_body_sentence_takes_no_headline() -> None:
    # shown statement a body sentence, but the other article gives only its title: no anchor
    st = _fire()
    ctx = _ctx(a="Le Berry", b="France 3", c="La Nouvelle République")
    pairs = {(2, 1): 0.7, (4, 2): NEAR, (4, 1): NEAR} | FIRE
    formed = _formed(ctx, st, pairs, [[1, 2], [0], [3], [4, 5, 6]])
    assert next(m for _, m in formed.values() if 2 in m) == [1, 2]


# -- attachments: the anchor needs two independent sources -----------------------------------------

def _custody() -> list[Statement]:
    return [
        _said_in_order("n1", 1, "Le gérant de l'entrepôt incendié de Vierzon a été placé en garde à vue mercredi."),  # 0 lede
        _said_in_order("n2", 1, "Le gérant de l'entrepôt a été placé en garde à vue mercredi, selon le parquet."),    # 1 lede
        _said_in_order("o", 1, "Le gérant de l'entrepôt incendié de Vierzon a été placé en garde à vue mercredi."),   # 2 copy's lede
        _said_in_order("br", 0, "Vierzon : le gérant de l'entrepôt incendié porte plainte", "title"),                # 3
    ]


def test_two_articles_of_one_outlet_are_no_anchor_for_a_headline() -> None:
    st = _custody()
    sim = _matrix(4, {(0, 1): 0.8, (0, 2): 0.95, (1, 2): 0.8, (3, 0): 0.46, (3, 1): 0.45, (3, 2): 0.46})
    story = {"id": "st", "articles": ["n1", "n2", "o", "br"],
             "members": [{"id": "n1", "copy_of": None}, {"id": "n2", "copy_of": None}, {"id": "o", "copy_of": "n1"},
                         {"id": "br", "copy_of": None}]}
    ctx = _Story(story, [_article("n1", "La Nouvelle République"), _article("n2", "La Nouvelle République"),
                         _article("o", "Orange"), _article("br", "Le Berry")], Registry(), False)
    assert ctx.independent(["n1", "n2", "o"]) == 1
    assert attachments(st, sim, [[0, 1, 2], [3]], THRESHOLD, independent=ctx.independent)[0] == []
    # counted by article (no independence given), they were two
    assert attachments(st, sim, [[0, 1, 2], [3]], THRESHOLD)[0] == [3]
    # two independent outlets do anchor it
    two = _Story({"id": "st", "articles": ["n1", "n2", "br"], "members": []},
                 [_article("n1", "La Nouvelle République"), _article("n2", "Le Berry"), _article("br", "France 3")],
                 Registry(), False)
    assert attachments(st[:2] + st[3:], sim[np.ix_([0, 1, 3], [0, 1, 3])], [[0, 1], [2]], THRESHOLD,
                       independent=two.independent)[0] == [2]


def test_a_rescued_pair_at_the_threshold_is_alike_at_it() -> None:
    # two independent outlets' ledes; a headline alike both at the threshold itself (as the
    # learned rescue raises a pair) supports their fact, one just under it does not
    st = _custody()[1:]
    two = _Story({"id": "st", "articles": ["n2", "o", "br"], "members": []},
                 [_article("n2", "La Nouvelle République"), _article("o", "Orange"), _article("br", "Le Berry")],
                 Registry(), False)
    sim = _matrix(3, {(0, 1): 0.8, (2, 0): THRESHOLD, (2, 1): THRESHOLD})
    assert attachments(st, sim, [[0, 1], [2]], THRESHOLD, independent=two.independent)[0] == [2]
    sim = _matrix(3, {(0, 1): 0.8, (2, 0): THRESHOLD - 0.01, (2, 1): THRESHOLD})
    assert attachments(st, sim, [[0, 1], [2]], THRESHOLD, independent=two.independent)[0] == []


def test_headline_standfirst_and_lede_sum_up_a_story() -> None:
    st = [_said_in_order("a", 0, "Brest : le maire démissionne", "title"), _said_in_order("a", 0, "Il part deux ans avant le terme.", "lead"),
          _said_in_order("a", 1, "Le maire de Brest a démissionné lundi."), _said_in_order("a", 2, "Son adjoint assure l'intérim.")]
    ledes = first_sentences(st)
    assert ledes == {2}
    assert [sums_up(st, i, ledes) for i in range(4)] == [True, True, True, False]


BELOW = THRESHOLD - 0.05


def _st(article: str, field: str, order: int, text: str, values: tuple[Value, ...] = ()) -> Statement:
    return Statement(article=article, field=field, start=order * 200, end=order * 200 + len(text), text=text,  # type: ignore[arg-type]
                     order=order, terms=tuple(w for w in text.split() if len(w) > 3), vectors=None, values=values,
                     entities=(), speaker=None, quoted=False)


STORY = [
    _st("a", "lead", 1, "La maire sortante de Lannion a été réélue dimanche dès le premier tour."),  # 0
    _st("a", "body", 2, "Dimanche, la maire sortante a été réélue avec 58 % des voix dès le premier tour."),  # 1: shown
    _st("a", "body", 3, "La participation a atteint 41 %, en baisse de dix points."),  # 2
    _st("b", "lead", 1, "La maire sortante de Lannion est réélue dès le premier tour des municipales."),  # 3
    _st("b", "body", 2, "Elle l'emporte avec 58 % des suffrages, selon les résultats officiels."),  # 4
    _st("b", "title", 0, "Lannion garde sa maire"),  # 5
    _st("a", "title", 0, "Lannion : la maire réélue"),  # 6
]
CORE = [1, 3, 4]  # the fact: A's body sentence (shown), B's standfirst and body sentence


def _story_sim(*pairs: tuple[int, int, float], n: int = len(STORY)) -> np.ndarray:
    m = np.zeros((n, n))
    for i, j, v in pairs:
        m[i, j] = m[j, i] = v
    return m


def test_the_shown_statements_own_standfirst_alike_each_other_source_supports_the_fact():
    sim = _story_sim((1, 3, 0.6), (1, 4, 0.6), (0, 3, AT), (0, 4, AT))
    assert _own_standfirst(STORY, sim, CORE, [], 1, THRESHOLD) == [0]


def test_not_when_one_statement_of_another_source_is_not_alike_it():
    # alike B's standfirst, not B's sentence on the share of the vote: it does not say that claim
    sim = _story_sim((1, 3, 0.6), (1, 4, 0.6), (0, 3, 0.7), (0, 4, BELOW))
    assert _own_standfirst(STORY, sim, CORE, [], 1, THRESHOLD) == []


def test_never_a_body_sentence_nor_a_title_of_the_same_article():
    # A's sentence on the turnout, alike B's at the threshold: it tells one thing, placed in its own fact;
    # A's title, a few words of the subject
    sim = _story_sim((1, 3, 0.6), (1, 4, 0.6), (2, 3, AT), (2, 4, AT), (6, 3, AT), (6, 4, AT))
    assert _own_standfirst(STORY, sim, CORE, [], 1, THRESHOLD) == []


def test_never_one_of_another_article_nor_one_already_taken():
    # B's title is another source's: ``_facts`` checks it against the shown statement itself
    sim = _story_sim((1, 3, 0.6), (1, 4, 0.6), (5, 1, AT), (0, 3, AT), (0, 4, AT))
    assert _own_standfirst(STORY, sim, CORE, [0], 1, THRESHOLD) == []


def test_not_for_a_fact_no_other_article_tells():
    sim = _story_sim((0, 1, AT))
    assert _own_standfirst(STORY, sim, [1], [], 1, THRESHOLD) == []
