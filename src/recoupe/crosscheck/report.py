"""The cross-check of a story, the last stage.

From the articles of a story: their statements (``statements``), the facts those statements
report across articles (``align``), each fact's status (corroborated by independent outlets,
single-source, repeated by articles of one source, partly reported by another source, or contradicted, with each version and who
gives it), the quotations as each outlet rendered them (``variants``), the timeline of dated events merged across articles, an
extractive summary made of the best-corroborated facts, and the coverage matrix (outlets ×
facts) that shows what each outlet left out.

``cross_check`` is pure: a story's JSON and its articles in, the report out.
``recoupe.reading.story_report`` reads them from the store; it is what the CLI, the API and the
pages call.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, cast

import numpy as np

from recoupe.crosscheck.align import (
    CONFLICT_FLOOR,
    STRONG,
    WORDS_FLOOR,
    AlignParams,
    Similarity,
    attachments,
    cluster,
    disagreements,
    distinctive,
    first_sentences,
    merge_conflicting,
    pair_scorer,
    pair_veto,
    rescued,
    same_value,
    sums_up,
    vetoed,
)
from recoupe.crosscheck.features import Features
from recoupe.crosscheck.statements import Reader
from recoupe.crosscheck.types import (
    ONE_SOURCE,
    Fact,
    QuoteGroup,
    Statement,
    Status,
    Support,
    TimelineEntry,
    Value,
    Version,
)
from recoupe.crosscheck.variants import Quoted, group, variants
from recoupe.enrich.semantic import encoder
from recoupe.ingest.parse.common import domain_of
from recoupe.lang.fr_labels import DECIMAL_SEPARATOR, THOUSANDS_SEPARATOR
from recoupe.models import Article, Precision, Timestamp
from recoupe.stories.outlets import Member, Registry

SUMMARY_FACTS = 5
# a statement of another source that has this share of the weight of a one-source fact's statement in
# words of its own (the same word or concept: ``Similarity.same_words``) says part of it (set on
# pairs-dev: single-source precision 0.685 -> 0.851; the similarity score instead gives 0.830 for
# 45 facts moved, of which 21 on gold shared sentences, against 25 and 17)
PARTLY = 0.3
PARTLY_SHOWN = 3  # the most such statements a partly-reported fact names
HEADLINE_PARTLY = 0.1  # a one-source fact made of headlines and ledes only is partly reported by a statement of another source having this share of its weight (not one stray word: 0 gave the same figures but for one dev3 fact)
ALSO_MARGIN = 0.1  # alike a fact's shown statement above the threshold by this much, a statement of another fact supports it too (tuned on pairs-dev)
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2, "minute": 3, "second": 4}


class _Story:
    """Who is who among a story's articles: outlet names, copy groups, independence."""

    def __init__(self, story: dict[str, Any], articles: Sequence[Article], registry: Registry, by_group: bool) -> None:
        self.registry, self.by_group = registry, by_group
        self.articles = {a.id: a for a in articles}
        members = {m["id"]: m for m in story.get("members", [])}
        self.copy_group = {a.id: (members.get(a.id, {}).get("copy_of") or a.id) for a in articles}
        self.source = {a.id: registry.outlet_name(a.source, domain_of(a.url)) or domain_of(a.url) for a in articles}
        self.published = {a.id: a.published.value if a.published else "" for a in articles}
        self._apart: dict[tuple[str, str], bool] = {}

    def label(self, article_id: str) -> str:
        """An outlet's name for tables; an article with no known outlet stands alone."""
        return self.source[article_id] or f"? {article_id[:8]}"

    def independent(self, article_ids: Sequence[str]) -> int:
        return self.registry.independent(
            [Member(i, self.articles[i].source, domain_of(self.articles[i].url), self.copy_group[i]) for i in dict.fromkeys(article_ids)],
            by_group=self.by_group,
        )

    def apart(self, a: str, b: str) -> bool:
        """Whether two articles are independent sources of each other."""
        key = (a, b) if a < b else (b, a)
        if key not in self._apart:
            self._apart[key] = self.independent(key) >= 2
        return self._apart[key]

    def sources(self, article_ids: Sequence[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.label(i) for i in sorted(article_ids, key=lambda i: self.published[i])))


def cross_check(story: dict[str, Any], articles: Sequence[Article], *, registry: Registry | None = None,
                by_group: bool = False, nlp: Any = None, params: AlignParams = AlignParams(),
                features: dict[str, Features] | None = None,
                encode: Callable[[Sequence[Statement]], np.ndarray] | None = None) -> dict[str, Any]:
    """The story's JSON extended with ``summary``, ``facts``, ``quotes``, ``timeline`` and
    ``coverage`` (see docs/schema.md). ``features``: the articles' tokens as stored at ingest
    (``features.stored``); those of an article without them are computed. ``encode``: statements to
    unit sentence vectors (default: their texts through ``enrich.semantic.encoder()``; the
    reading side reads and keeps them in the store, ``crosscheck.vectors``), for alignment; not
    used when ``params.sem_weight`` is 0."""
    ctx = _Story(story, articles, registry or Registry(), by_group)
    reader = Reader(articles, nlp, features)
    statements = reader.statements()
    vectors = None
    if params.sem_weight and statements:
        vectors = encode(statements) if encode else encoder().encode([s.text for s in statements])
    sim = Similarity(statements, params, vectors)
    raw = matrix = sim.matrix()
    # the learned second looks at pairs near the threshold: a rescue below it, a veto above it;
    # both read the sentence vectors of long statements' clauses, encoded here (never stored)
    clauses = encoder().encode if vectors is not None else None
    scorer = pair_scorer() if params.learned else None
    if scorer is not None:
        matrix = rescued(sim, raw, scorer, params.threshold, clauses)
    veto = pair_veto() if params.learned else None
    if veto is not None:
        matrix = vetoed(sim, raw, matrix, veto, params.threshold, clauses)
    groups = merge_conflicting(statements, matrix, cluster(statements, matrix, params.threshold), ctx.apart)
    extra = attachments(statements, matrix, groups, params.threshold, independent=ctx.independent)
    facts, fact_of, members_of = _facts(ctx, statements, matrix, groups, extra, params, sim)
    report = dict(story)
    report["summary"] = _summary(ctx, facts, statements, members_of, matrix, params.threshold)
    report["facts"] = [f.to_json() for f in facts]
    report["quotes"] = [q.to_json() for q in _quotes(ctx, reader)]
    report["timeline"] = [t.to_json() for t in _timeline(ctx, story, statements, fact_of, facts)]
    report["coverage"] = _coverage(ctx, facts, articles)
    return report


def _representative(members: Sequence[int], statements: Sequence[Statement], matrix: np.ndarray) -> int:
    """The statement that says the fact best: closest to the others, a sentence rather than a
    headline."""
    idx = np.array(members, dtype=np.intp)
    art = np.array([statements[i].article for i in members], dtype=object)
    other = art[:, None] != art[None, :]  # within an article statements are not compared (0): the mean is over other articles'
    count = other.sum(axis=1)
    mean = np.where(other, matrix[np.ix_(idx, idx)], 0.0).sum(axis=1) / np.maximum(count, 1)

    def key(k: int) -> tuple[float, int]:
        i = members[k]
        return (float(mean[k]) + (0.0 if statements[i].field == "title" else 0.1), -statements[i].order)
    return members[max(range(len(members)), key=key)]


def _facts(ctx: _Story, st: Sequence[Statement], matrix: np.ndarray, groups: list[list[int]], extra: list[list[int]],
           params: AlignParams, sim: Similarity) -> tuple[list[Fact], dict[int, str], dict[str, list[int]]]:
    drafts = []
    pos = {id(s): i for i, s in enumerate(st)}

    def aligned(a: Statement, b: Statement) -> bool:
        return float(matrix[pos[id(a)], pos[id(b)]]) >= params.threshold + STRONG

    def order(core: list[int]) -> list[Statement]:
        return [st[i] for i in sorted(core, key=lambda i: (ctx.published[st[i].article], st[i].article, st[i].order))]

    def contradicted(core: list[int]) -> bool:
        return bool(_versions(ctx, order(core), aligned))

    pieces = [piece for c, m in zip(groups, extra, strict=True) for piece in _checked(st, matrix, c, m, params, contradicted)]
    pieces = [p for piece in pieces for p in _undisputed(ctx, st, matrix, piece, params, order, aligned, contradicted)]
    pieces = _lone_joined(ctx, st, matrix, pieces, params.threshold, contradicted)
    ledes = first_sentences(st)
    for core, more, rep in pieces:
        # a statement placed in another fact that says this fact's claim too (alike the shown
        # statement beyond doubt, and alike each of its statements of other articles) supports it
        # as well: a sentence may tell two facts. Alike the shown statement at the threshold is
        # enough when one of those statements is alike it beyond doubt (``STRONG``): the same
        # sentence in two outlets' words, which the fact then holds together. A headline or a lede
        # of an independent source sums up several facts: alike the shown statement of a fact
        # independent sources already give, at the threshold, it supports it too (never making
        # one source's fact corroborated). The fact must be told so in a body or a standfirst: its shown statement and one of another
        # article's are no titles (two titles share the story's subject words whatever fact each
        # tells); a pair the learned rescue raised to the threshold counts as alike at it (see
        # ``attachments``)
        versions = _versions(ctx, order(core), aligned)
        sure = (not versions and ctx.independent([st[i].article for i in core + more]) >= 2
                and st[rep].field != "title"
                and any(st[k].field != "title" for k in core if st[k].article != st[rep].article))
        also = [int(i) for i in np.nonzero(matrix[rep] >= params.threshold)[0]
                if st[int(i)].article != st[rep].article and int(i) not in core and int(i) not in more
                and all(float(matrix[k, int(i)]) >= params.threshold for k in core if st[k].article != st[int(i)].article)
                and ((float(matrix[rep, int(i)]) >= params.threshold + ALSO_MARGIN)
                     or (sure and sums_up(st, int(i), ledes) and ctx.apart(st[int(i)].article, st[rep].article))
                     or any(float(matrix[k, int(i)]) >= params.threshold + STRONG for k in core if st[k].article != st[int(i)].article))]
        if sure:  # a standfirst sentence of the shown statement's own article (``_own_standfirst``)
            also += _own_standfirst(st, matrix, core, more + also, rep, params.threshold)
        more = more + also
        members = sorted(core + more, key=lambda i: (ctx.published[st[i].article], st[i].article, st[i].order))
        arts = [st[i].article for i in members]
        independent = ctx.independent(arts)
        status: Status = ("contradicted" if versions else "corroborated" if independent >= 2
                          else "repeated" if len(set(arts)) >= 2 else "single-source")
        partly: tuple[Support, ...] = ()
        if status in ONE_SOURCE:
            share = _share(sim, matrix, params.threshold)
            near = _partly(ctx, st, share, members)
            if not near and all(sums_up(st, i, ledes) for i in members):
                # a headline, a standfirst or a lede announces the story's event, which the
                # story's other outlets report too: another source says part of it, however few
                # of its words
                near = _partly(ctx, st, share, members, floor=HEADLINE_PARTLY)
            if near:
                status = "partly-reported"
                partly = tuple(Support(st[k].article, ctx.source[st[k].article], st[k].field, st[k].start, st[k].end, st[k].text)
                               for k in near)
        # "X says Y": the fact is X's words when its shown statement is, or when most of its
        # statements (headlines that sum it up aside) are; one quoted sentence does not make it so
        top = Counter(st[i].speaker for i in core if st[i].speaker).most_common(1)
        attribution = st[rep].speaker or (top[0][0] if top and 2 * top[0][1] >= len(core) else None)
        drafts.append((members, Fact(
            id="", text=st[rep].text, status=status, independent_sources=independent, sources=ctx.sources(arts),
            support=tuple(Support(st[i].article, ctx.source[st[i].article], st[i].field, st[i].start, st[i].end, st[i].text) for i in members),
            versions=tuple(versions), attribution=attribution, partly=partly,
        )))
    rank = {"contradicted": 0, "corroborated": 1, "partly-reported": 2, "repeated": 3, "single-source": 4}
    drafts.sort(key=lambda d: (-d[1].independent_sources, rank[d[1].status], min(st[i].order for i in d[0]),
                               ctx.published[st[d[0][0]].article]))
    facts: list[Fact] = []
    fact_of: dict[int, str] = {}
    members_of: dict[str, list[int]] = {}
    for n, (members, fact) in enumerate(drafts, 1):
        fid = f"f{n}"
        facts.append(Fact(fid, fact.text, fact.status, fact.independent_sources, fact.sources, fact.support,
                          fact.versions, fact.attribution, fact.partly))
        members_of[fid] = members
        for i in members:
            fact_of.setdefault(i, fid)
    return facts, fact_of, members_of


def _own_standfirst(st: Sequence[Statement], matrix: np.ndarray, core: list[int], taken: list[int], rep: int,
                    threshold: float) -> list[int]:
    """The standfirst sentences of the shown statement's own article that say a fact independent
    sources give: each alike, at the threshold, every statement of the fact from other articles
    (which the shown statement's article is not compared with). A standfirst sums up its article's
    facts; alike each other source's statement of one, it says that one too (« Le ministre Gérald
    Darmanin a été élu samedi matin maire de Tourcoing » beside another outlet's « Samedi matin,
    Gérald Darmanin a été élu par le conseil municipal »), as a headline of another source does
    (``_facts``). Not a title: a few words of the story's subject, alike a body sentence that only
    gives its context (the example corpus: « … la maire démissionne … » and « La démission de la
    maire doit encore être acceptée par le préfet »); not a body sentence of the same article: it
    tells one thing, placed already in its own fact. ``taken``: the fact's other supports."""
    others = [k for k in core if st[k].article != st[rep].article]
    if not others:
        return []
    return [i for i, s in enumerate(st) if s.article == st[rep].article and s.field == "lead" and i not in core
            and i not in taken and all(float(matrix[k, i]) >= threshold for k in others)]


def _lone_joined(ctx: _Story, st: Sequence[Statement], matrix: np.ndarray, pieces: list[tuple[list[int], list[int], int]],
                 threshold: float, contradicted: Callable[[list[int]], bool]) -> list[tuple[list[int], list[int], int]]:
    """A statement left alone in a fact of its own (one source) that says the claim of a fact
    independent sources give (alike its shown statement, and each of its statements of other
    articles, pair by pair) supports that fact instead: it is one more source of it, not a fact
    only its outlet reports. The closest such fact when there are several."""
    def corroborated(piece: tuple[list[int], list[int], int]) -> bool:
        core, more, _ = piece
        return ctx.independent([st[i].article for i in core + more]) >= 2 and not contradicted(core)

    sure = [n for n, p in enumerate(pieces) if corroborated(p)]
    moved: dict[int, int] = {}
    for n, (core, more, _) in enumerate(pieces):
        if len(core) != 1 or more or n in sure:
            continue
        i = core[0]
        best: tuple[float, int] | None = None
        for m in sure:
            fcore, fmore, rep = pieces[m]
            others = [k for k in fcore + fmore if st[k].article != st[i].article]
            if i in fcore or i in fmore or st[rep].article == st[i].article or not others or float(matrix[i, rep]) < threshold:
                continue
            if all(float(matrix[i, k]) >= threshold for k in others) and (best is None or float(matrix[i, rep]) > best[0]):
                best = (float(matrix[i, rep]), m)
        if best is not None:
            moved[n] = best[1]
    if not moved:
        return pieces
    out = [(core, list(more), rep) for core, more, rep in pieces]
    for n, m in moved.items():
        out[m][1].append(pieces[n][0][0])
    return [p for n, p in enumerate(out) if n not in moved]


def _undisputed(ctx: _Story, st: Sequence[Statement], matrix: np.ndarray, piece: tuple[list[int], list[int], int],
                params: AlignParams, order: Callable[[list[int]], list[Statement]],
                aligned: Callable[[Statement, Statement], bool],
                contradicted: Callable[[list[int]], bool]) -> list[tuple[list[int], list[int], int]]:
    """A contradicted fact (a part of ``_checked``) cut in two when what its sources agree on is
    a fact by itself: its statements that take no side (give neither of the values its versions
    dispute, as in "six personnes ont été blessées" beside "quatre personnes emmenées à
    l'hôpital" and "six blessés") are checked as ``_checked`` does it, and each part they make that
    independent sources say, pair by pair against its shown statement, and that disputes no value
    is a fact of its own, corroborated; the dispute stays a contradicted fact of the statements
    left. Otherwise the fact is kept whole."""
    core, more, rep = piece
    versions = _versions(ctx, order(core), aligned)
    if not versions:
        return [piece]
    sided = {(x.article, x.field, x.start) for v in versions for x in v.support}
    neutral = [i for i in core if (st[i].article, st[i].field, st[i].start) not in sided]
    agreed = [(keep, heads, shown) for keep, heads, shown in _checked(st, matrix, neutral, more, params, contradicted)
              if ctx.independent([st[i].article for i in keep]) >= 2 and not contradicted(keep)]
    taken = {i for keep, _, _ in agreed for i in keep}
    left = [i for i in core if i not in taken]
    if not agreed or not contradicted(left):
        return [piece]
    return [(left, more, rep if rep in left else _shown(left, st, matrix, params.threshold)), *agreed]


def _share(sim: Similarity, matrix: np.ndarray, threshold: float) -> Callable[[int, int], float]:
    """How much of statement i statement k says, for ``_partly``: the share of i's weight in
    words k uses too (``Similarity.same_words``), or all of it when the two are alike pair by pair
    (``matrix`` at the threshold or above) but were not placed in one fact (their neighbours
    disagree, or the learned scorer alone finds them alike): another source that may say it, not
    one the cross-check has checked, so the fact is neither single-source nor corroborated."""
    def share(i: int, k: int) -> float:
        if float(matrix[i, k]) >= threshold:
            return 1.0
        words = sim.same_words(i, k)[0]
        if words >= WORDS_FLOOR and _same_count(sim.st[i], sim.st[k]):
            return 1.0
        return words
    return share


def _same_count(a: Statement, b: Statement) -> bool:
    """Whether two statements give one count that is no small number (``FIGURE_MIN``), in one
    unit or units news use for one another, whatever the unit: « ses 47 années de vie avec… » and
    « victime pendant 47 ans… » tell one thing in two ways."""
    return any(x.kind == y.kind and x.kind in ("number", "duration") and distinctive(x) and distinctive(y)
               and same_value(x, y) is True for x in a.values for y in b.values)


def _partly(ctx: _Story, st: Sequence[Statement], share: Callable[[int, int], float], members: Sequence[int],
            floor: float = PARTLY) -> list[int]:
    """The statements of sources independent of a one-source fact's that say part of it: that
    use words of one of its statements for ``floor`` of its weight or more (``PARTLY``; for a fact
    of headlines and ledes ``HEADLINE_PARTLY``; ``share(i, k)``: the share of statement i's weight
    that statement k has); a fact is single-source only when no other source says that much of it. The closest first, one per article, at most
    ``PARTLY_SHOWN``."""
    arts = {st[i].article for i in members}
    found: dict[str, tuple[float, int]] = {}
    for k, s in enumerate(st):
        if s.article in arts or not all(ctx.apart(s.article, b) for b in arts):
            continue
        best = max(share(i, k) for i in members)
        if best >= floor and (s.article not in found or best > found[s.article][0]):
            found[s.article] = (best, k)
    return [k for _, k in sorted(found.values(), reverse=True)[:PARTLY_SHOWN]]


def _checked(st: Sequence[Statement], matrix: np.ndarray, core: list[int], more: list[int],
             params: AlignParams, contradicted: Callable[[list[int]], bool]) -> list[tuple[list[int], list[int], int]]:
    """A fact's statements cut so that each statement of another article than the shown one
    itself says the claim (alike the shown statement, pair by pair, not through a chain of
    neighbours), or gives another value of it (kept when the fact is then ``contradicted``:
    another figure that no side disputes is another fact); the statements left out make facts of their own,
    checked the same way. The shown statement is the one most of the others say alike (a
    sentence rather than a headline, then the closest to the rest). Headlines (attached to the
    fact, or placed in an earlier part) support each part whose claim they say. Each part:
    (statements, headlines, the shown statement)."""
    out: list[tuple[list[int], list[int], int]] = []
    todo, heads = list(core), list(more)
    while todo:
        rep = _shown(todo + heads, st, matrix, params.threshold)

        # the statements of other articles that say the shown statement's claim; another statement
        # of the shown one's own article (not compared with it) says it when it is alike one of them
        # (requiring all of them costs pairs-dev recall 0.646 -> 0.619 and splits facts)
        agree = [k for k in todo + heads if st[k].article != st[rep].article and float(matrix[rep, k]) >= params.threshold]

        def says(i: int, rep: int = rep, agree: list[int] = agree) -> bool:
            if i == rep:
                return True
            if st[i].article != st[rep].article:
                return float(matrix[rep, i]) >= params.threshold
            return any(float(matrix[i, k]) >= params.threshold for k in agree)

        keep = [i for i in todo if says(i)]
        if not keep:  # the shown statement is a headline that says none of them: shown among them
            heads = []
            continue
        kept_heads = [i for i in heads if says(i) and i not in keep]
        # a statement that gives another value of the claim than one of another article saying it
        # is its other version; it stays in the fact only if the fact is then contradicted
        # (and near the shown statement itself: a figure of another thing that only a neighbour
        # of it comes close to is not another version of its claim)
        other = [i for i in todo if i not in keep
                 and (st[i].article == st[rep].article or float(matrix[i, rep]) >= CONFLICT_FLOOR) and any(
            st[i].article != st[k].article and float(matrix[i, k]) >= CONFLICT_FLOOR
            and disagreements(st[i], st[k], same_fact=True) for k in keep)]
        if other and contradicted(keep + other):
            keep += other
        out.append((keep, kept_heads, rep))
        todo = [i for i in todo if i not in keep]
        # a headline sums up several facts: one placed in a part supports the next parts too
        # when it says their claim
        heads = list(dict.fromkeys(heads + [i for i in keep if st[i].field != "body"]))
    return out


def _shown(members: Sequence[int], statements: Sequence[Statement], matrix: np.ndarray, threshold: float) -> int:
    """The statement of a fact to show: the one the most statements of other articles say
    alike, then a sentence rather than a headline, then the closest to the others."""
    idx = np.array(members, dtype=np.intp)
    art = np.array([statements[i].article for i in members], dtype=object)
    other = art[:, None] != art[None, :]
    block = matrix[np.ix_(idx, idx)]
    passes = (other & (block >= threshold)).sum(axis=1)
    mean = np.where(other, block, 0.0).sum(axis=1) / np.maximum(other.sum(axis=1), 1)

    def key(k: int) -> tuple[int, bool, float, int]:
        i = members[k]
        return (int(passes[k]), statements[i].field != "title", float(mean[k]), -statements[i].order)
    return members[max(range(len(members)), key=key)]


def _versions(ctx: _Story, members: Sequence[Statement], aligned: Any = None) -> list[Version]:
    """The differing values of a fact, when statements of independent articles disagree: on
    the values most pairs of its statements dispute (a fact may disagree on two things; the one
    most of its sources give differently is what it is contradicted on)."""
    if ctx.independent([s.article for s in members]) < 2:
        return []  # one outlet (or one text) giving two values has updated itself, not been contradicted
    slots: dict[tuple[str, str, str], tuple[int, int, tuple[Value, Value]]] = {}
    for n, a in enumerate(members):
        for b in members[n + 1:]:
            if ctx.copy_group[a.article] == ctx.copy_group[b.article]:
                continue
            for x, y in disagreements(a, b, aligned(a, b) if aligned else False, same_fact=True):
                lo, hi = sorted((str(x.value), str(y.value)))
                key = (x.kind, lo, hi)
                count, first, pair = slots.get(key, (0, len(slots), (x, y)))
                slots[key] = (count + 1, first, pair)
    if not slots:
        return []
    x, y = max(slots.values(), key=lambda c: (c[0], -c[1]))[2]
    units = {x.unit, y.unit}

    def value_of(s: Statement) -> Value | None:
        cands = [v for v in s.values if v.kind == x.kind and (v.kind != "number" or v.unit in units or len(
            [w for w in s.values if w.kind == "number"]) == 1)]
        sides = [c for c in cands if same_value(c, x) or same_value(c, y)]
        if any(same_value(c, x) for c in sides) and any(same_value(c, y) for c in sides):
            return None  # "de 14 à 23,4 millions": it gives both values, it takes no side
        return sides[0] if sides else None

    groups: list[tuple[Value, list[Statement]]] = []
    vague: list[tuple[Value, Statement]] = []
    for s in members:
        v = value_of(s)
        if v is None:
            continue
        if v.bound != "exact":
            vague.append((v, s))
            continue
        for rep, items in groups:
            if same_value(rep, v):
                items.append(s)
                break
        else:
            groups.append((v, [s]))
    for v, s in vague:  # "environ 1 500" takes a side only when it agrees with one side alone
        sides = [items for rep, items in groups if same_value(rep, v)]
        if len(sides) == 1:
            sides[0].append(s)
        elif not sides:
            groups.append((v, [s]))
    # an article that gives both values (in two of its statements) takes no side: it reports two
    # figures of two things ("1,75 milliard" for the communes, "7,5 milliards" of losses), or
    # has updated itself
    taken: dict[str, set[int]] = {}
    for n, (_, items) in enumerate(groups):
        for s in items:
            taken.setdefault(s.article, set()).add(n)
    groups = [(rep, kept) for rep, items in groups if (kept := [s for s in items if len(taken[s.article]) == 1])]
    if len(groups) < 2:
        return []
    out = []
    for rep, items in groups:
        arts = [s.article for s in items]
        out.append(Version(value=_show(rep), text=items[0].text, articles=tuple(dict.fromkeys(arts)),
                           sources=ctx.sources(arts), independent_sources=ctx.independent(arts),
                           support=tuple(Support(x.article, ctx.source[x.article], x.field, x.start, x.end, x.text) for x in items)))
    if ctx.independent([a for v in out for a in v.articles]) < 2:
        return []  # one outlet (or one text) giving two values has updated itself, not been contradicted
    return sorted(out, key=lambda v: -v.independent_sources)


def _show(v: Value) -> str:
    if v.kind == "number":
        num = float(v.value)
        text = f"{num:,.0f}".replace(",", THOUSANDS_SEPARATOR) if num == int(num) else f"{num:g}".replace(".", DECIMAL_SEPARATOR)
        return f"{text} {v.unit}" if v.unit else text
    if v.kind == "place":  # as the article writes it
        return v.text
    if v.kind == "duration":  # as the time expression gave it, in ISO 8601 ("PT1H30M")
        return v.iso or str(v.value)
    return str(v.value)


def _summary(ctx: _Story, facts: Sequence[Fact], st: Sequence[Statement], members: dict[str, list[int]], matrix: np.ndarray,
             threshold: float) -> list[dict[str, Any]]:
    """The best-corroborated facts, said in one of the articles' own sentences, in the order a
    reader of the articles meets them; the sources named are those whose own statement says
    what the sentence shown says."""
    chosen: list[tuple[int, Fact, int, tuple[str, ...]]] = []
    for f in facts:
        if f.status == "contradicted" or len(chosen) >= SUMMARY_FACTS:
            continue
        body = [i for i in members[f.id] if st[i].field != "title" and len(st[i].text.split()) >= 8]
        if not body:
            continue
        if f.independent_sources < 2 and chosen:
            break
        rep = _representative(body, st, matrix)
        if any(matrix[rep, c] >= 0.3 or st[rep].article == st[c].article and abs(st[rep].order - st[c].order) == 0 for _, _, c, _ in chosen):
            continue
        arts = [st[i].article for i in members[f.id] if st[i].article == st[rep].article or float(matrix[rep, i]) >= threshold]
        if f.status == "corroborated" and ctx.independent(arts) < 2:
            continue  # the sentence that would be shown says more than its other sources do
        chosen.append((min(st[i].order for i in members[f.id]), f, rep, ctx.sources(arts)))
    chosen.sort(key=lambda c: c[0])
    return [{"text": st[rep].text, "fact": f.id, "sources": list(sources), "article": st[rep].article} for _, f, rep, sources in chosen]


def _quotes(ctx: _Story, reader: Reader) -> list[QuoteGroup]:
    items: list[Quoted] = []
    for a in ctx.articles.values():
        for q in a.quotes:
            st = reader.span(a, q.field, q.start, q.end)
            if st is not None and st.terms:
                items.append(Quoted(a, q, st))
    out = []
    for members in group(items):
        order = sorted(members, key=lambda k: (ctx.published[items[k].article.id], items[k].article.id))
        quotes = [items[k] for k in order]
        speakers = Counter((q.quote.speaker_entity, q.quote.speaker_name) for q in quotes if q.quote.speaker_entity or q.quote.speaker_name)
        channels = Counter(q.quote.channel for q in quotes if q.quote.channel)
        out.append(QuoteGroup(
            speaker=speakers.most_common(1)[0][0] if speakers else (None, None),
            channel=channels.most_common(1)[0][0] if channels else None,
            variants=variants(items, order, lambda a: ctx.source[a.id]),
            independent_sources=ctx.independent([q.article.id for q in quotes]),
        ))
    out.sort(key=lambda g: (-g.independent_sources, -len(g.variants)))
    return out


def _timeline(ctx: _Story, story: dict[str, Any], st: Sequence[Statement], fact_of: dict[int, str], facts: Sequence[Fact]) -> list[TimelineEntry]:
    """Dated statements merged across articles: one entry per date and fact."""
    first = (story.get("first_seen") or "")[:10]
    entries: dict[tuple[str, str], list[int]] = {}
    for i, s in enumerate(st):
        if not s.dates or s.field == "title":
            continue
        day = max(s.dates[:2], key=lambda d: _PRECISION_RANK.get(d.precision, 0))
        key = fact_of.get(i) or f"s{i}"
        entries.setdefault((f"{day.value}|{day.precision}", key), []).append(i)
    text_of = {f.id: f.text for f in facts}
    # a fact is one event: its statements dated differently ("dans la nuit de mardi à mercredi",
    # "mercredi") give it the date its shown text gives, else the one most of its articles give,
    # unless the dates are what its outlets dispute, when each version stands at its own date
    disputed = {f.id for f in facts if any(_ISO_DATE.fullmatch(v.value) for v in f.versions)}
    by_fact: dict[str, list[tuple[str, str]]] = {}
    for when, key in entries:
        if key in text_of and key not in disputed:
            by_fact.setdefault(key, []).append((when, key))
    for key, dated in by_fact.items():
        if len(dated) < 2:
            continue
        shown = text_of[key]

        def rank(k: tuple[str, str], shown: str = shown) -> tuple[bool, int, int, str]:
            return _entry_rank(k[0], [st[i] for i in entries[k]], shown)

        keep = min(dated, key=rank)
        for k in dated:
            if k != keep:
                entries[keep] += entries.pop(k)
    out = []
    for (when, key), idx in entries.items():
        value, precision = when.split("|")
        arts = [st[i].article for i in idx]
        text = text_of.get(key) or st[idx[0]].text
        out.append(TimelineEntry(
            date=Timestamp(value, cast(Precision, precision)),
            text=text, fact=key if key in text_of else None, articles=tuple(dict.fromkeys(arts)),
            sources=ctx.sources(arts), before_story=bool(first) and value < first[:len(value)],
        ))
    out.sort(key=lambda e: (e.date.value, _PRECISION_RANK.get(e.date.precision, 0), -len(e.articles)))
    return out


_ISO_DATE = re.compile(r"\d{4}(-\d{2}){0,2}(T[\d:]+.*)?")  # a version's value that is a date (a figure reads "2 024")


def _entry_rank(when: str, statements: Sequence[Statement], shown: str) -> tuple[bool, int, int, str]:
    """Which of a fact's dates stands for it: the one its shown text gives, then the one most
    articles give, then the most precise, then the earliest."""
    value, precision = when.split("|")
    return (all(s.text != shown for s in statements), -len({s.article for s in statements}),
            -_PRECISION_RANK.get(precision, 0), value)


def _coverage(ctx: _Story, facts: Sequence[Fact], articles: Sequence[Article]) -> dict[str, Any]:
    ordered = sorted(articles, key=lambda a: ctx.published[a.id])
    outlets = list(dict.fromkeys(ctx.label(a.id) for a in ordered))
    covered = []
    for f in facts:
        have = {ctx.label(s.article) for s in f.support}
        covered.append([o in have for o in outlets])
    return {"outlets": outlets, "facts": [f.id for f in facts], "covered": covered}
