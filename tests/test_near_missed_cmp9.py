"""A one-source fact that a statement of another source comes close to without saying it is shown
partly reported, not single-source (``report._near_missed``): a near miss that is itself a lone
fact of the other source, or a name each of the two articles gives only there."""

import numpy as np

from recoupe.crosscheck.align import THRESHOLD
from recoupe.crosscheck.report import NEAR_MISS, OWN_NAME_FLOOR, _near_missed, _Story
from recoupe.crosscheck.types import Fact, Statement, Support
from recoupe.models import Article, Timestamp
from recoupe.stories.outlets import Registry


def _article(aid: str, source: str) -> Article:
    body = "Une phrase."
    return Article(id=aid, source=source, url=None, title=None, lead=None, authors=(),
                   published=Timestamp("2026-05-02T09:00", "minute"), updated=None, lang="fr", body=body, boilerplate=(),
                   entities=(), sentences=((0, len(body)),), format="text", origin="-", revision=1, ingested_at="x")


def _ctx(*arts: Article) -> _Story:
    story = {"id": "st-near", "title": None, "articles": [a.id for a in arts], "sources": [], "independent_sources": 0,
             "first_seen": "2026-05-02T09:00", "last_seen": "2026-05-02T09:00", "merged": [],
             "members": [{"id": a.id, "copy_of": None} for a in arts]}
    return _Story(story, list(arts), Registry(), False)


def _st(article: str, text: str, entities: tuple[str, ...] = ()) -> Statement:
    return Statement(article, "body", 0, len(text), text, 1, tuple(text.lower().split()), None, (), entities, None, False)


def _draft(members: list[int], st: list[Statement], status: str = "single-source") -> tuple[list[int], Fact]:
    support = tuple(Support(st[i].article, None, "body", 0, 1, st[i].text) for i in members)
    return members, Fact("", st[members[0]].text, status, 1, (), support)  # type: ignore[arg-type]


def _matrix(n: int, pairs: dict[tuple[int, int], float]) -> np.ndarray:
    m = np.zeros((n, n))
    for (i, j), v in pairs.items():
        m[i, j] = m[j, i] = v
    return m


def test_a_near_miss_that_is_itself_a_lone_fact_makes_both_partly_reported():
    ctx = _ctx(_article("a", "Le Vigilant"), _article("b", "La Gazette"))
    st = [_st("a", "Le conducteur du camion a été placé en garde à vue dans la soirée."),
          _st("b", "Le chauffeur a passé la nuit au commissariat, selon le parquet.")]
    drafts = [_draft([0], st), _draft([1], st)]
    out = _near_missed(ctx, st, _matrix(2, {(0, 1): NEAR_MISS + 0.05}), drafts, THRESHOLD)
    assert [f.status for _, f in out] == ["partly-reported", "partly-reported"]
    assert out[0][1].partly[0].text == st[1].text
    # farther apart than a near miss: each stays single-source
    out = _near_missed(ctx, st, _matrix(2, {(0, 1): NEAR_MISS - 0.1}), drafts, THRESHOLD)
    assert [f.status for _, f in out] == ["single-source", "single-source"]


def test_a_near_miss_placed_in_a_corroborated_fact_leaves_the_fact_single_source():
    """The close statement already tells a fact two sources give: it is accounted for there."""
    ctx = _ctx(_article("a", "Le Vigilant"), _article("b", "La Gazette"), _article("c", "L'Écho"))
    st = [_st("a", "La mairie a fermé le gymnase pour des travaux de toiture jusqu'en septembre."),
          _st("b", "Le gymnase municipal restera fermé tout l'été, a annoncé la mairie."),
          _st("c", "Le gymnase municipal est fermé jusqu'à la rentrée, annonce la mairie.")]
    drafts = [_draft([0], st), _draft([1, 2], st, "corroborated")]
    out = _near_missed(ctx, st, _matrix(3, {(0, 1): NEAR_MISS + 0.05, (0, 2): 0.2, (1, 2): 0.6}), drafts, THRESHOLD)
    assert [f.status for _, f in out] == ["single-source", "corroborated"]


def test_a_name_each_article_gives_only_once_in_both_statements_makes_it_partly_reported():
    ctx = _ctx(_article("a", "Le Vigilant"), _article("b", "La Gazette"))
    st = [_st("a", "Pauline Verdier, la directrice de l'école, a prévenu les familles par courriel.", ("Q1",)),
          _st("b", "Selon Pauline Verdier, aucun élève n'était présent dans la cour.", ("Q1",)),
          _st("b", "Pauline Verdier dirige l'établissement depuis six ans.", ("Q1",))]
    drafts = [_draft([0], st), _draft([1], st), _draft([2], st)]
    m = _matrix(3, {(0, 1): OWN_NAME_FLOOR + 0.05, (0, 2): OWN_NAME_FLOOR + 0.05})
    # the name is in two statements of b: it is b's subject, not what one statement of it tells
    assert [f.status for _, f in _near_missed(ctx, st, m, drafts, THRESHOLD)] == ["single-source"] * 3
    st[2] = _st("b", "Elle dirige l'établissement depuis six ans.", ())
    out = _near_missed(ctx, st, m, drafts, THRESHOLD)
    assert [f.status for _, f in out] == ["partly-reported", "partly-reported", "single-source"]
    assert [s.text for s in out[0][1].partly] == [st[1].text]


def test_the_same_outlet_never_makes_a_fact_partly_reported():
    """Two articles of one outlet are one source: a near miss between them proves nothing."""
    ctx = _ctx(_article("a", "Le Vigilant"), _article("b", "Le Vigilant"))
    st = [_st("a", "Le conducteur du camion a été placé en garde à vue dans la soirée.", ("Q2",)),
          _st("b", "Le chauffeur a passé la nuit au commissariat, selon le parquet.", ("Q2",))]
    drafts = [_draft([0, 1], st)]
    out = _near_missed(ctx, st, _matrix(2, {(0, 1): NEAR_MISS + 0.05}), drafts, THRESHOLD)
    assert out[0][1].status == "single-source"
