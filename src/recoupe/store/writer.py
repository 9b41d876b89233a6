"""Writing to the store: one :class:`Writer` is one transaction.

The pipeline opens it with ``Store.writing()`` and, for each article, asks it to keep the
article (or tell why not), then the analysis of its current text, its copy keys and its story
features. Everything written through one writer is kept, or none of it: a crash loses at most
the batch under way and never leaves half an article. The writer decides nothing about the news:
entity resolution, copy detection and story placement are stages, which reach the store through
the indexes it hands them (``entities``, ``stories``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from recoupe.errors import reason
from recoupe.models import (
    Enriched,
    EntityRef,
    ParsedArticle,
    RawRecord,
    SaveResult,
    Signal,
)
from recoupe.store.indexes import SqlEntityIndex, SqlStoryIndex, in_chunks
from recoupe.store.search import index_texts, search_texts
from recoupe.store.tables import (
    article_entities,
    article_features,
    articles,
    copy_keys,
    events,
    now,
    quotes,
    raw_inputs,
    revisions,
    sentence_vectors,
    statement_features,
    stories,
    story_entities,
    story_members,
    story_merges,
    story_terms,
    term_df,
    time_expressions,
)
from recoupe.timestamps import bounds


@dataclass(frozen=True, slots=True)
class Saved:
    """What became of an article: the result reported to the user, and whether its text is now
    the article's current text (its analysis is then to be stored)."""

    result: SaveResult
    current: bool
    stamp: str
    gained_body: bool = False  # a revision with a body of an article stored headline-only


@dataclass(frozen=True, slots=True)
class StoredCopy:
    """An article already stored that shares a copy key with a new one."""

    article_id: str
    signature: bytes | None
    copy_group: str


# statements run for each article, built once (see ``indexes``: building them costs more than running them)
_NEW_ARTICLE = articles.insert()
_NEW_REVISION = revisions.insert()
_NEW_RAW = raw_inputs.insert()
_NEW_FEATURES = article_features.insert()
_COPY_CANDIDATES = (
    sa.select(article_features.c.article_id, article_features.c.signature, article_features.c.copy_group)
    .where(article_features.c.article_id.in_(
        sa.select(copy_keys.c.article_id).where(copy_keys.c.key.in_(sa.bindparam("keys", expanding=True)),
                                                copy_keys.c.article_id != sa.bindparam("article_id"))))
    .order_by(article_features.c.seq))

SearchTexts = tuple[str, str, str]  # an article's title, lead and body as search keys (search.search_texts)
ANALYSIS = (article_entities, quotes, time_expressions, events)


class Writer:
    """The store's side of one transaction.

    What no stage reads back inside the transaction (an article's analysis, its statement
    features, its full-text row, new entities and their keys) is kept in memory and written by
    :meth:`flush` (``Store.writing`` calls it before committing) in one statement per table; an
    article written twice in one transaction keeps its last rows, as it would have row by row."""

    def __init__(self, conn: Connection, entity_cache: dict[str, list[tuple[str, str, str]]]) -> None:
        self.conn = conn
        self.entities = SqlEntityIndex(conn, entity_cache)
        self.stories = SqlStoryIndex(conn)
        self._created: set[str] = set()  # articles first stored in this transaction: nothing to replace
        self._analysis: dict[str, dict[str, list[dict[str, Any]]]] = {}
        self._features: dict[str, tuple[int, bytes]] = {}
        self._search: dict[str, SearchTexts] = {}
        self._replaced: dict[str, set[str]] = {"analysis": set(), "features": set(), "search": set()}
        self._feature_seq: int | None = None
        # what the store holds of a batch's articles (``prefetch``): a value outside these sets
        # (kept up to date with this transaction's writes) needs no query to be known absent
        self._there: dict[str, set[str]] | None = None
        self._digests: dict[int, str] = {}

    def prefetch(self, items: Sequence[Enriched]) -> None:
        """Ask at once which of these articles' texts, ids, URLs and raw inputs the store already
        holds, so that ``save_article`` queries only about those it does (a batch of new
        articles: none). The answers are the same as without."""
        arts = [item.article for item in items]
        for a in arts:
            self._digests[id(a.record)] = hashlib.sha256(a.record.raw).hexdigest()
        asked = {
            "hash": (revisions.c.content_hash, [a.content_hash for a in arts]),
            "id": (articles.c.id, [a.id for a in arts]),
            "url": (articles.c.url, [a.url for a in arts if a.url]),
            "raw": (raw_inputs.c.sha256, list(self._digests.values())),
        }
        there: dict[str, set[str]] = {}
        for kind, (column, values) in asked.items():
            wanted = sorted(set(values))
            there[kind] = set()
            for chunk in in_chunks(wanted):
                there[kind].update(self.conn.execute(sa.select(column).where(column.in_(chunk))).scalars())
        self._there = there

    def _absent(self, kind: str, value: str | None) -> bool:
        """Known not to be in the store (False: not known, ask)."""
        return self._there is not None and value not in self._there[kind]

    def _wrote(self, a: ParsedArticle, article_id: str) -> None:
        if self._there is not None:
            self._there["hash"].add(a.content_hash)
            self._there["id"].add(article_id)
            if a.url:
                self._there["url"].add(a.url)

    def _replacing(self, kind: str, article_id: str) -> None:
        """The stored rows of ``kind`` of an article stored before this transaction go at the flush."""
        if article_id not in self._created:
            self._replaced[kind].add(article_id)

    def flush(self) -> None:
        """Write what was kept in memory: entities and keys, then each article's rows."""
        self.entities.flush()
        conn = self.conn
        gone = sorted(self._replaced["analysis"])
        for table in ANALYSIS:
            for chunk in in_chunks(gone):
                conn.execute(table.delete().where(table.c.article_id.in_(chunk)))
            rows = [r for tables in self._analysis.values() for r in tables.get(table.name, ())]
            if rows:
                conn.execute(table.insert(), rows)
        gone = sorted(self._replaced["features"])
        for chunk in in_chunks(gone):
            conn.execute(statement_features.delete().where(statement_features.c.article_id.in_(chunk)))
        if self._features:
            conn.execute(statement_features.insert(), [{"article_id": a, "version": v, "data": d}
                                                       for a, (v, d) in self._features.items()])
        index_texts(conn, [(a, *t) for a, t in self._search.items()], replace=sorted(self._replaced["search"]))
        self._analysis, self._features, self._search = {}, {}, {}
        self._replaced = {"analysis": set(), "features": set(), "search": set()}

    def _index(self, article_id: str, a: ParsedArticle, search: SearchTexts | None) -> None:
        self._replacing("search", article_id)
        self._search[article_id] = search if search is not None else search_texts(a.title, a.lead, a.body)

    # -- articles -------------------------------------------------------------------------
    def save_article(self, item: Enriched, search: SearchTexts | None = None) -> Saved:
        """Keep a new article, or a new revision of one already stored (same id, or same URL); a
        text the article already had is a duplicate, and an id already used by another URL is
        refused (E013). ``search``: its full-text row's texts, if already computed."""
        conn, a = self.conn, item.article
        origin = a.record.origin
        h = a.content_hash
        stamp = now()
        same = sa.or_(revisions.c.article_id == a.id, articles.c.url == a.url) if a.url else revisions.c.article_id == a.id
        dup = None if self._absent("hash", h) else conn.execute(
            sa.select(revisions.c.article_id, revisions.c.revision).join(articles, articles.c.id == revisions.c.article_id)
            .where(revisions.c.content_hash == h, same).limit(1)
        ).first()
        if dup is not None:
            return Saved(SaveResult(origin, dup.article_id, "duplicate", f"same text as revision {dup.revision} of {dup.article_id}"), False, stamp)
        existing = None if self._absent("id", a.id) else conn.execute(
            sa.select(articles.c.id, articles.c.url, articles.c.updated_value, articles.c.revision, articles.c.body)
            .where(articles.c.id == a.id)).first()
        if existing is not None and a.url and existing.url and existing.url != a.url:
            return Saved(SaveResult(origin, a.id, "rejected", reason("E013", id=a.id, url=existing.url)), False, stamp)
        if existing is None and a.url and not self._absent("url", a.url):
            existing = conn.execute(
                sa.select(articles.c.id, articles.c.url, articles.c.updated_value, articles.c.revision, articles.c.body).where(articles.c.url == a.url).limit(1)
            ).first()
        raw_id = self._raw_id(a.record)
        values = _article_values(a, raw_id, stamp)
        if existing is None:
            conn.execute(_NEW_ARTICLE, {
                "id": a.id, **values, **_derived(a, item), "revision": 1, "format": a.record.format, "origin": origin,
            })
            conn.execute(_NEW_REVISION, {"article_id": a.id, "revision": 1, **values})
            self._wrote(a, a.id)
            self._created.add(a.id)
            self._index(a.id, a, search)
            return Saved(SaveResult(origin, a.id, "created"), True, stamp)
        number = (conn.execute(sa.select(sa.func.max(revisions.c.revision)).where(revisions.c.article_id == existing.id)).scalar() or 0) + 1
        conn.execute(revisions.insert().values(article_id=existing.id, revision=number, **values))
        self._wrote(a, existing.id)
        older = bool(a.updated and existing.updated_value and _sort_key(a.updated.value) < _sort_key(existing.updated_value))
        if older:
            return Saved(SaveResult(origin, existing.id, "revised", f"stored as revision {number}, older than the current text"), False, stamp)
        conn.execute(articles.update().where(articles.c.id == existing.id).values(
            **values, **_derived(a, item), revision=number, format=a.record.format, origin=origin,
        ))
        self._index(existing.id, a, search)
        return Saved(SaveResult(origin, existing.id, "revised", f"revision {number}"), True, stamp,
                     gained_body=not (existing.body or "").strip() and bool(a.body.strip()))

    def replace_article(self, article_id: str, item: Enriched, search: SearchTexts | None = None) -> bool:
        """A re-parsed article: overwrite the fields of its current revision, keep its id.
        False when the store has no such article."""
        conn, a = self.conn, item.article
        row = conn.execute(sa.select(articles.c.raw_id, articles.c.ingested_at, articles.c.revision).where(articles.c.id == article_id)).first()
        if row is None:
            return False
        values = _article_values(a, row.raw_id, row.ingested_at)
        conn.execute(articles.update().where(articles.c.id == article_id).values(**values, **_derived(a, item)))
        self._wrote(a, article_id)
        conn.execute(revisions.update().where(
            (revisions.c.article_id == article_id) & (revisions.c.revision == row.revision)
        ).values(**values))
        self._index(article_id, a, search)
        return True

    def _raw_id(self, record: RawRecord) -> int:
        digest = self._digests.pop(id(record), None) or hashlib.sha256(record.raw).hexdigest()
        found = None if self._absent("raw", digest) else self.conn.execute(
            sa.select(raw_inputs.c.id).where(raw_inputs.c.sha256 == digest)).scalar()
        if found is not None:
            return found
        if self._there is not None:
            self._there["raw"].add(digest)
        key = self.conn.execute(_NEW_RAW, {
            "sha256": digest, "origin": record.origin, "format": record.format, "encoding": record.encoding,
            "source_hint": record.source_hint, "data": record.raw, "received_at": now(),
        }).inserted_primary_key
        assert key is not None
        return int(key[0])

    def save_analysis(self, article_id: str, item: Enriched, resolved: Sequence[EntityRef]) -> None:
        """Entities (as resolved), quotations, time expressions and events of the article's
        current text, in place of those of its previous text."""
        self._replacing("analysis", article_id)
        seen: set[str] = set()
        rows: list[dict[str, Any]] = []
        for ref in resolved:
            if ref.id in seen:  # two local groups resolved to one entity: keep the first
                continue
            seen.add(ref.id)  # type: ignore[arg-type]
            rows.append({
                "article_id": article_id, "entity_id": ref.id, "position": len(rows),
                "aliases": list(ref.aliases), "roles": list(ref.roles),
                "mentions": [[m.field, m.start, m.end] for m in ref.mentions],
            })
        qrows = []
        for i, q in enumerate(item.quotes):
            speaker = resolved[q.speaker_ref] if q.speaker_ref is not None else None
            qrows.append({
                "article_id": article_id, "position": i, "field": q.field, "start": q.start, "end": q.end,
                "kind": q.kind, "text": q.text, "speaker_entity": speaker.id if speaker else None,
                "speaker_name": speaker.name if speaker else q.speaker_name, "cue": q.cue, "channel": q.channel,
                "parts": [list(p) for p in q.parts],
            })
        trows = [{"article_id": article_id, "position": i, "field": t.field, "start": t.start, "end": t.end,
                  "text": t.text, "type": t.type, "value": t.value} for i, t in enumerate(item.dates)]
        erows = []
        for i, ev in enumerate(item.events):
            erows.append({
                "article_id": article_id, "position": i, "date_value": ev.date.value, "date_precision": ev.date.precision,
                "field": ev.field, "start": ev.start, "end": ev.end, "text": ev.text,
                "entities": sorted({eid for k in ev.entity_refs if (eid := resolved[k].id)}),
            })
        self._analysis[article_id] = {article_entities.name: rows, quotes.name: qrows, time_expressions.name: trows,
                                      events.name: erows}

    # -- copies ---------------------------------------------------------------------------
    def copy_candidates(self, keys: Sequence[str], article_id: str) -> list[StoredCopy]:
        """Stored articles sharing one of ``keys``, in arrival order."""
        found = self.conn.execute(_COPY_CANDIDATES, {"keys": list(keys), "article_id": article_id}).all()
        return [StoredCopy(r.article_id, r.signature, r.copy_group) for r in found]

    def add_copy_keys(self, article_id: str, keys: Sequence[str]) -> None:
        if keys:
            self.conn.execute(copy_keys.insert(), [{"key": k, "article_id": article_id} for k in set(keys)])

    # -- story features -------------------------------------------------------------------
    def save_features(self, signal: Signal, *, terms: Sequence[tuple[str, float]],
                      signature: bytes | None, copy_group: str, story_id: str | None) -> None:
        """What story placement and copy detection know of a new article, and its story."""
        if self._feature_seq is None:
            self._feature_seq = self.conn.execute(sa.select(sa.func.max(article_features.c.seq))).scalar() or 0
        self._feature_seq += 1
        seq = self._feature_seq
        self.conn.execute(_NEW_FEATURES, {
            "article_id": signal.article_id, "time": signal.time.isoformat(timespec="seconds"), "seq": seq,
            "terms": [list(t) for t in terms], "entities": signal.entities,
            "signature": signature, "copy_group": copy_group, "story_id": story_id,
        })

    def refresh_features(self, article_id: str, *, terms: Sequence[tuple[str, float]],
                         signature: bytes | None, copy_group: str) -> None:
        """The features of an article whose text changed in kind (a headline that got its page):
        its terms, signature and copy group; its story stays."""
        self.conn.execute(article_features.update().where(article_features.c.article_id == article_id).values(
            terms=[list(t) for t in terms], signature=signature, copy_group=copy_group))

    def save_statement_features(self, article_id: str, version: int, data: bytes) -> None:
        """The cross-check's features of an article's statements, replacing any stored before."""
        self._replacing("features", article_id)
        self._features[article_id] = (version, data)

    # -- migration 11 --
    def save_sentence_vectors(self, encoder: str, rows: dict[str, bytes]) -> None:
        """Statement vectors of articles under one encoder (article id -> bytes), replacing any
        stored before; an article no longer stored is skipped."""
        for article_id, data in rows.items():
            if self.conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id)).first() is None:
                continue
            self.conn.execute(sentence_vectors.delete().where(
                (sentence_vectors.c.article_id == article_id) & (sentence_vectors.c.encoder == encoder)))
            self.conn.execute(sentence_vectors.insert().values(article_id=article_id, encoder=encoder, data=data))
    # -- end of migration 11 --

    def forget_copy_keys(self, article_id: str) -> None:
        self.conn.execute(copy_keys.delete().where(copy_keys.c.article_id == article_id))

    def clear_stories(self) -> list[Signal]:
        """Forget every story, and give the stored signals of every article in publication
        order (then arrival order), to place them again."""
        for table in (story_terms, story_entities, story_members, term_df, story_merges, stories):
            self.conn.execute(table.delete())
        self.stories.cleared()
        self.conn.execute(article_features.update().values(story_id=None))
        rows = self.conn.execute(sa.select(article_features).order_by(article_features.c.time, article_features.c.seq)).all()
        return [Signal(r.article_id, datetime.fromisoformat(r.time), {t: w for t, w in r.terms}, dict(r.entities))
                for r in rows]

    def set_story(self, article_id: str, story_id: str) -> None:
        self.conn.execute(article_features.update().where(article_features.c.article_id == article_id).values(story_id=story_id))

    # -- placement computed elsewhere (a backfill's shards) ---------------------------------
    def unplaced(self, seq_from: int | None = None, seq_below: int | None = None) -> list[Signal]:
        """The signals of the articles stored without a story yet, in arrival order (those of
        arrival ``seq`` from ``seq_from`` and below ``seq_below`` when given)."""
        f = article_features.c
        where: list[sa.ColumnElement[bool]] = [f.story_id.is_(None)]
        if seq_from is not None:
            where.append(f.seq >= seq_from)
        if seq_below is not None:
            where.append(f.seq < seq_below)
        rows = self.conn.execute(sa.select(article_features).where(*where).order_by(f.seq)).all()
        return [Signal(r.article_id, datetime.fromisoformat(r.time), {t: w for t, w in r.terms}, dict(r.entities))
                for r in rows]

    def unplaced_times(self) -> Iterator[tuple[int, str]]:
        """The arrival ``seq`` and time of each article stored without a story yet, in arrival
        order, streamed (a few bytes each held at a time, however many there are)."""
        f = article_features.c
        result = self.conn.execution_options(stream_results=True, yield_per=10000).execute(
            sa.select(f.seq, f.time).where(f.story_id.is_(None)).order_by(f.seq))
        for row in result:
            yield row.seq, row.time

    def live_stories(self, since: str, members: int) -> list[dict[str, Any]]:
        """The stories (not merged) last seen at or after ``since``, as the placement reads them:
        the ``stories`` row's fields, ``terms`` and ``entities`` (every weight), and ``members``,
        the latest ``members`` of each as (article id, seq, weights), oldest first."""
        out = {r.id: {**r._asdict(), "terms": {}, "entities": {}, "members": []} for r in self.conn.execute(
            sa.select(stories).where(stories.c.merged_into.is_(None), stories.c.last_seen >= since).order_by(stories.c.seq))}
        ids = sorted(out)
        for chunk in in_chunks(ids):
            for r in self.conn.execute(sa.select(story_terms).where(story_terms.c.story_id.in_(chunk))):
                out[r.story_id]["terms"][r.term] = r.weight
            for r in self.conn.execute(sa.select(story_entities).where(story_entities.c.story_id.in_(chunk))):
                out[r.story_id]["entities"][r.entity_id] = r.weight
            m, older = story_members, story_members.alias("older")
            cutoff = (sa.select(older.c.seq).where(older.c.story_id == m.c.story_id).order_by(older.c.seq.desc())
                      .limit(1).offset(max(members, 1) - 1).scalar_subquery())
            for r in self.conn.execute(sa.select(m.c.story_id, m.c.article_id, m.c.seq, m.c.weights)
                                       .where(m.c.story_id.in_(chunk), m.c.seq >= sa.func.coalesce(cutoff, 0))
                                       .order_by(m.c.story_id, m.c.seq)):
                out[r.story_id]["members"].append((r.article_id, r.seq, r.weights))
        return list(out.values())

    def last_seqs(self) -> tuple[int, int]:
        """The last ``seq`` of the stories and of their members (0 when none)."""
        return (self.conn.execute(sa.select(sa.func.max(stories.c.seq))).scalar() or 0,
                self.conn.execute(sa.select(sa.func.max(story_members.c.seq))).scalar() or 0)

    def document_frequencies(self, terms: Sequence[str]) -> tuple[int, dict[str, int]]:
        """The stored document frequencies of ``terms``, and the number of documents counted."""
        wanted = sorted(set(terms))
        df: dict[str, int] = {}
        for chunk in in_chunks(wanted):
            for row in self.conn.execute(sa.select(term_df.c.term, term_df.c.df).where(term_df.c.term.in_(chunk))):
                df[row.term] = row.df
        return self.stories.document_frequency([])[0], df

    def save_placed(self, *, story_rows: Sequence[dict[str, Any]], term_rows: Sequence[dict[str, Any]],
                    entity_rows: Sequence[dict[str, Any]], member_rows: Sequence[dict[str, Any]],
                    merge_rows: Sequence[dict[str, Any]], story_of: dict[str, str], counts: dict[str, int], documents: int,
                    updated_rows: Sequence[dict[str, Any]] = ()) -> None:
        """Write a placement computed outside the store, as placing the articles one by one here
        would have left it: new stories (``seq`` counted from 1 in creation order, here after the
        stored ones), their terms, entities and members (``seq`` from 1 in arrival order), the
        merges, each article's story, and the document counts added to ``term_df``.

        ``updated_rows`` are stored stories the placement changed (their ``stories`` fields but
        ``seq``): their terms and entities are replaced by those of ``term_rows`` and
        ``entity_rows``, and the merges move the members and articles stored in a merged story
        to its target, in order, as the store's own merges do."""
        story_base = self.conn.execute(sa.select(sa.func.max(stories.c.seq))).scalar() or 0
        member_base = self.conn.execute(sa.select(sa.func.max(story_members.c.seq))).scalar() or 0
        chunk = 5000
        updated = [r["id"] for r in updated_rows]
        for story_ids in in_chunks(updated):
            for table in (story_terms, story_entities):
                self.conn.execute(table.delete().where(table.c.story_id.in_(story_ids)))
        if updated_rows:
            stmt = stories.update().where(stories.c.id == sa.bindparam("sid")).values(
                {k: sa.bindparam("v_" + k) for k in updated_rows[0] if k != "id"})
            self.conn.execute(stmt, [{"sid": r["id"], **{"v_" + k: v for k, v in r.items() if k != "id"}} for r in updated_rows])
        held = set(updated)  # stories holding rows stored before this placement
        for m in merge_rows:
            if m["source"] in held:
                for table in (article_features, story_members):
                    self.conn.execute(table.update().where(table.c.story_id == m["source"]).values(story_id=m["target"]))
                held.add(m["target"])
        for table, rows in ((stories, [{**r, "seq": r["seq"] + story_base} for r in story_rows]), (story_terms, term_rows),
                            (story_entities, entity_rows),
                            (story_members, [{**r, "seq": r["seq"] + member_base} for r in member_rows]),
                            (story_merges, [{**r, "at": now()} for r in merge_rows])):
            for n in range(0, len(rows), chunk):
                self.conn.execute(table.insert(), list(rows[n:n + chunk]))
        self.stories.cleared()
        if story_of:
            stmt = article_features.update().where(article_features.c.article_id == sa.bindparam("aid")).values(story_id=sa.bindparam("sid"))
            self.conn.execute(stmt, [{"aid": a, "sid": s} for a, s in story_of.items()])
        if documents:
            self.stories.count_documents(counts, documents)


def _sort_key(value: str) -> str:
    return value[:19]


def _article_values(a: ParsedArticle, raw_id: int, stamp: str) -> dict[str, Any]:
    return {
        "url": a.url, "source": a.source, "title": a.title, "lead": a.lead, "authors": list(a.authors),
        "published_value": a.published.value if a.published else None,
        "published_precision": a.published.precision if a.published else None,
        "updated_value": a.updated.value if a.updated else None,
        "updated_precision": a.updated.precision if a.updated else None,
        "lang": a.lang, "body": a.body, "boilerplate": [b.to_json() for b in a.boilerplate],
        "content_hash": a.content_hash, "raw_id": raw_id, "ingested_at": stamp,
    }


def _derived(a: ParsedArticle, item: Enriched) -> dict[str, Any]:
    lo, hi = bounds(a.published)
    return {"published_min": lo, "published_max": hi, "sentences": [list(s) for s in item.sentences]}
