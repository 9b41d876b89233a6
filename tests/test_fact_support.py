"""Fact formation (crosscheck.report._facts): a statement left alone in a one-source fact that says
a corroborated fact's claim supports that fact. Own sentences; the similarities are given by hand,
so each test states one rule of formation whatever the pairwise judge says."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import AlignParams, Similarity
from recoupe.crosscheck.report import _facts, _Story
from recoupe.crosscheck.types import Statement
from recoupe.models import Article, Timestamp
from recoupe.stories.outlets import Registry


def _article(aid: str) -> Article:
    return Article(id=aid, source=f"Outlet {aid}", url=None, title=None, lead=None, authors=(),
                   published=Timestamp("2026-05-12T08:00", "minute"), updated=None, lang="fr", body="x", boilerplate=(),
                   entities=(), sentences=((0, 1),), format="text", origin="-", revision=1, ingested_at="x")


def _ctx(*ids: str) -> _Story:
    story = {"id": "st", "articles": list(ids), "members": [{"id": i, "copy_of": None} for i in ids]}
    return _Story(story, [_article(i) for i in ids], Registry(), False)


def _statement(article: str, start: int, text: str) -> Statement:
    terms = tuple(w for w in text.lower().strip(".").split() if len(w) > 3)
    return Statement(article, "body", start, start + len(text), text, start, terms, None, (), (), None, False)


STATEMENTS = [
    _statement("a", 0, "Le conseil municipal a voté mardi soir la fermeture de la piscine Jean-Bouin pour travaux."),
    _statement("b", 0, "La piscine Jean-Bouin fermera pour des travaux, a décidé mardi le conseil municipal."),
    _statement("c", 0, "Les élus ont voté mardi la fermeture de la piscine, qui doit rouvrir à la rentrée."),
    _statement("c", 90, "L'opposition a dénoncé un chantier mal préparé et trop coûteux pour la commune."),
]


def _formed(c_to_a: float, c_to_b: float) -> dict[str, list[int]]:
    matrix = np.zeros((4, 4))
    for (i, j), v in {(0, 1): 0.8, (0, 2): c_to_a, (1, 2): c_to_b, (0, 3): 0.1}.items():
        matrix[i, j] = matrix[j, i] = v
    params = AlignParams(learned=False)
    facts, _, members = _facts(_ctx("a", "b", "c"), STATEMENTS, matrix, [[0, 1], [2], [3]], [[], [], []], params,
                               Similarity(STATEMENTS, params))
    return {f.status: sorted(members[f.id]) for f in facts if f.status != "single-source"} | {
        "single-source": sorted(i for f in facts if f.status == "single-source" for i in members[f.id])}


def test_a_lone_statement_that_says_a_corroborated_facts_claim_supports_it():
    # the third outlet's sentence says the vote: alike the shown statement and the other source, pair by pair
    formed = _formed(0.5, 0.45)
    assert formed["corroborated"] == [0, 1, 2]
    assert formed["single-source"] == [3]  # the opposition's charge stays its outlet's alone


def test_a_lone_statement_alike_one_source_only_stays_a_fact_of_its_own():
    # alike the shown statement but not the other source: a neighbour of the claim, not the claim
    formed = _formed(0.5, 0.3)
    assert formed["corroborated"] == [0, 1]
    assert 2 not in formed["corroborated"]


def _headline(article: str, field: str, text: str, terms: tuple[str, ...]) -> Statement:
    return Statement(article, field, 0, len(text), text, 0, terms, None, (), (), None, False)


def test_a_headline_no_other_source_says_in_its_words_is_partly_reported_not_single_source():
    """Two outlets on one strike: the first one's headline finds no statement of the second alike
    it, nor one using a third of its words; but a headline announces the story's event, which the
    other outlet reports: part of it is said elsewhere (a tenth of its words, ``HEADLINE_PARTLY``,
    not the company's name alone), so it is not shown as one outlet's alone."""
    st = [
        _headline("a", "title", "Corvel : les ouvriers en grève, la chaîne à l'arrêt depuis lundi",
                  ("@corvel", "ouvrier", "grève", "chaîne", "arrêt")),
        _statement("b", 0, "Les salariés de l'usine ont cessé le travail lundi matin à l'appel des syndicats."),
        _statement("b", 90, "La direction de Corvel dit vouloir reprendre les négociations dès jeudi pour finir la grève."),
        _statement("a", 200, "Le maire de la commune a rencontré les délégués syndicaux mercredi."),
        _statement("a", 100, "Les ouvriers ont voté la grève en assemblée générale dimanche soir."),
    ]
    params = AlignParams(learned=False)

    def statuses(terms: tuple[str, ...]) -> dict[int, str]:
        st[2] = Statement("b", "body", 90, 160, st[2].text, 90, terms, None, (), (), None, False)
        sim = Similarity(st, params)
        assert all(sim.same_words(0, k)[0] < 0.3 for k in (1, 2))  # under the share that makes a body sentence partly reported
        facts, _, members = _facts(_ctx("a", "b"), st, np.zeros((5, 5)), [[0], [1], [2], [3], [4]], [[]] * 5, params, sim)
        return {members[f.id][0]: f.status for f in facts}

    status = statuses(("direction", "@corvel", "vouloir", "reprendre", "négociation", "grève", "jeudi"))
    assert status[0] == "partly-reported"
    assert status[3] == "single-source"  # a later body sentence keeps the usual share: the mayor's meeting is the first outlet's alone
    # the company's name alone is not part of the headline's claim
    assert statuses(("direction", "@corvel", "vouloir", "reprendre", "négociation", "jeudi"))[0] == "single-source"


def test_a_lede_no_other_source_says_in_its_words_is_partly_reported_not_single_source():
    """The first sentence of a body states the story's event, as its headline does: when the other
    outlet says nothing alike it, it is still partly reported; a later sentence of the body is not."""
    lede = Statement("a", "body", 0, 70, "Les ouvriers de l'usine Corvel ont arrêté la chaîne de montage lundi.", 0,
                     ("ouvrier", "usine", "@corvel", "arrêter", "chaîne", "montage"), None, (), (), None, False)
    later = Statement("a", "body", 71, 140, "Le maire de la commune a rencontré les délégués syndicaux mercredi.", 1,
                      ("maire", "commune", "rencontrer", "délégué", "syndical"), None, (), (), None, False)
    other = Statement("b", "body", 0, 80, "La direction de Corvel dit vouloir rouvrir l'usine et reprendre les négociations dès jeudi.", 0,
                      ("direction", "@corvel", "vouloir", "rouvrir", "usine", "reprendre", "négociation", "syndical"), None, (), (), None, False)
    st = [lede, later, other]
    params = AlignParams(learned=False)
    sim = Similarity(st, params)
    assert all(sim.same_words(i, 2)[0] < 0.3 for i in (0, 1))  # under the share that makes a body sentence partly reported
    facts, _, members = _facts(_ctx("a", "b"), st, np.zeros((3, 3)), [[0], [1], [2]], [[], [], []], params, sim)
    status = {members[f.id][0]: f.status for f in facts}
    assert status[0] == "partly-reported"
    assert status[1] == "single-source"
