"""The store: the only module that knows the database.

SQLAlchemy Core over SQLite by default (a file path); a ``postgresql://`` URL selects PostgreSQL
through the same code. The schema has a version, raised by the migrations of ``MIGRATIONS`` and
recorded in ``schema_migrations``. Every write is one transaction per batch: a crash loses at
most the batch under way and never leaves half an article.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from recoupe.ingest.dates import bounds, parse_timestamp
from recoupe.enrich.entities import Resolver
from recoupe.errors import NotFound, StoreError, reason
from recoupe.models import (
    Article,
    Boilerplate,
    Enriched,
    EntityRef,
    Mention,
    ParsedArticle,
    Quote,
    RawRecord,
    Revision,
    SaveResult,
    TimeExpression,
    Timestamp,
)

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)
raw_inputs = sa.Table(
    "raw_inputs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("format", sa.String(8), nullable=False),
    sa.Column("encoding", sa.String(32), nullable=False),
    sa.Column("source_hint", sa.Text),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("received_at", sa.String(40), nullable=False),
)


def _article_columns() -> list[sa.Column]:
    return [
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("lead", sa.Text),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("published_value", sa.String(40)),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("updated_value", sa.String(40)),
        sa.Column("updated_precision", sa.String(8)),
        sa.Column("lang", sa.String(12)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("boilerplate", sa.JSON, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("raw_id", sa.Integer, sa.ForeignKey("raw_inputs.id"), nullable=False),
        sa.Column("ingested_at", sa.String(40), nullable=False),
    ]


articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    *_article_columns(),
    sa.Column("published_min", sa.String(20)),
    sa.Column("published_max", sa.String(20)),
    sa.Column("sentences", sa.JSON, nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("format", sa.String(8), nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Index("ix_articles_url", "url"),
    sa.Index("ix_articles_source", "source"),
    sa.Index("ix_articles_published", "published_min"),
    sa.Index("ix_articles_hash", "content_hash"),
)
revisions = sa.Table(
    "revisions", metadata,
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("revision", sa.Integer, primary_key=True),
    *_article_columns(),
    sa.Index("ix_revisions_hash", "content_hash"),
)
entities = sa.Table(
    "entities", metadata,
    sa.Column("id", sa.String(120), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Index("ix_entities_seq", "seq"),  # MAX(seq) without a scan
)
entity_keys = sa.Table(
    "entity_keys", metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("entity_id", sa.String(120), sa.ForeignKey("entities.id"), primary_key=True),
)
article_entities = sa.Table(
    "article_entities", metadata,
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("entity_id", sa.String(120), sa.ForeignKey("entities.id"), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("roles", sa.JSON, nullable=False),
    sa.Column("mentions", sa.JSON, nullable=False),
    sa.Index("ix_article_entities_entity", "entity_id"),
)

quotes = sa.Table(
    "quotes", metadata,
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("field", sa.String(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(10), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("speaker_entity", sa.String(120), sa.ForeignKey("entities.id")),
    sa.Column("speaker_name", sa.Text),
    sa.Column("cue", sa.Text),
    sa.Column("channel", sa.Text),
    sa.Column("parts", sa.JSON, nullable=False),
    sa.Index("ix_quotes_speaker", "speaker_entity"),
)
time_expressions = sa.Table(
    "time_expressions", metadata,
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("field", sa.String(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(10), nullable=False),
    sa.Column("value", sa.String(40), nullable=False),
)
events = sa.Table(
    "events", metadata,
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("date_value", sa.String(40), nullable=False),
    sa.Column("date_precision", sa.String(8), nullable=False),
    sa.Column("field", sa.String(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("entities", sa.JSON, nullable=False),
    sa.Index("ix_events_date", "date_value"),
)

article_features = sa.Table(
    "article_features", metadata,
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("time", sa.String(20), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),  # arrival order
    sa.Column("terms", sa.JSON, nullable=False),
    sa.Column("entities", sa.JSON, nullable=False),
    sa.Column("vector", sa.LargeBinary),
    sa.Column("signature", sa.LargeBinary),
    sa.Column("copy_group", sa.String(200), nullable=False),
    sa.Column("story_id", sa.String(40)),
    sa.Index("ix_features_story", "story_id"),
    sa.Index("ix_features_time", "time"),
    sa.Index("ix_features_copy", "copy_group"),
    sa.Index("ix_features_seq", "seq"),
)
copy_keys = sa.Table(
    "copy_keys", metadata,
    sa.Column("key", sa.String(40), primary_key=True),
    sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)
stories = sa.Table(
    "stories", metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("first_seen", sa.String(20), nullable=False),
    sa.Column("last_seen", sa.String(20), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("term_norm2", sa.Float, nullable=False),
    sa.Column("entity_norm2", sa.Float, nullable=False),
    sa.Column("vector_sum", sa.LargeBinary),
    sa.Column("merged_into", sa.String(40)),
    sa.Index("ix_stories_active", "last_seen"),
    sa.Index("ix_stories_seq", "seq"),
)
story_terms = sa.Table(
    "story_terms", metadata,
    sa.Column("term", sa.String(120), primary_key=True),
    sa.Column("story_id", sa.String(40), primary_key=True),
    sa.Column("weight", sa.Float, nullable=False),
    sa.Index("ix_story_terms_story", "story_id", "term"),
)
story_entities = sa.Table(
    "story_entities", metadata,
    sa.Column("entity_id", sa.String(120), primary_key=True),
    sa.Column("story_id", sa.String(40), primary_key=True),
    sa.Column("weight", sa.Float, nullable=False),
    sa.Index("ix_story_entities_story", "story_id", "entity_id"),
)
term_df = sa.Table(
    "term_df", metadata,
    sa.Column("term", sa.String(120), primary_key=True),
    sa.Column("df", sa.Integer, nullable=False),
)
story_merges = sa.Table(
    "story_merges", metadata,
    sa.Column("source", sa.String(40), primary_key=True),
    sa.Column("target", sa.String(40), nullable=False),
    sa.Column("article_id", sa.String(200), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
)

_V1_TABLES = [raw_inputs, articles, revisions, entities, entity_keys, article_entities]
_V3_TABLES = [article_features, copy_keys, stories, story_terms, story_entities, term_df, story_merges]
_V2_TABLES = [quotes, time_expressions, events]


def _migration_1(conn: Connection) -> None:
    metadata.create_all(conn, tables=_V1_TABLES)


def _migration_2(conn: Connection) -> None:
    metadata.create_all(conn, tables=_V2_TABLES)


def _migration_3(conn: Connection) -> None:
    metadata.create_all(conn, tables=_V3_TABLES)


def _migration_4(conn: Connection) -> None:
    """Full-text search: an FTS5 table of stemmed, accent-folded text (SQLite only; other
    databases search with LIKE). Articles already stored are indexed here."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE article_search USING fts5("
        "article_id UNINDEXED, title, lead, body, tokenize='unicode61 remove_diacritics 2')"
    )
    rows = conn.execute(sa.select(articles.c.id, articles.c.title, articles.c.lead, articles.c.body)).all()
    for r in rows:
        _index_search(conn, r.id, r.title, r.lead, r.body)


# (version, name, function). Append, never edit: a store records which ones it has applied.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "articles, revisions, raw inputs and entities", _migration_1),
    (2, "quotations, time expressions and dated events", _migration_2),
    (3, "stories, story index, copies", _migration_3),
    (4, "full-text search (SQLite FTS5 over French stems)", _migration_4),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    source: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    lang: str | None = None
    limit: int | None = None
    offset: int = 0


def database_url(db: str) -> str:
    """A SQLAlchemy URL from what the user gave: a URL as is, anything else a SQLite file."""
    return db if "://" in db else f"sqlite:///{db}"


class Store:
    """Articles, their revisions and raw inputs, and entities, behind one interface."""

    def __init__(self, db: str, *, migrate: bool = True) -> None:
        self.url = database_url(db)
        try:
            self.engine: Engine = sa.create_engine(self.url, future=True)
        except (sa.exc.ArgumentError, ImportError) as e:
            raise StoreError(f"cannot open the store {db!r}: {e}") from e
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        self._entity_cache: dict[str, list[tuple[str, str, str]]] = {}
        from recoupe.stories.placement import Params

        self.story_params = Params()
        if migrate:
            self.migrate()

    # -- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            if not sa.inspect(conn).has_table("schema_migrations"):
                return 0
            return conn.execute(sa.select(sa.func.max(schema_migrations.c.version))).scalar() or 0

    def migrate(self) -> list[int]:
        """Apply the migrations this store lacks; returns their versions."""
        applied: list[int] = []
        try:
            with self.engine.begin() as conn:
                schema_migrations.create(conn, checkfirst=True)
                current = conn.execute(sa.select(sa.func.max(schema_migrations.c.version))).scalar() or 0
                if current > SCHEMA_VERSION:
                    raise StoreError(f"the store has schema version {current}; this recoupe reads up to {SCHEMA_VERSION}: upgrade recoupe")
                for version, name, step in MIGRATIONS:
                    if version > current:
                        step(conn)
                        conn.execute(schema_migrations.insert().values(version=version, name=name, applied_at=now()))
                        applied.append(version)
        except sa.exc.DatabaseError as e:
            raise StoreError(f"cannot use the store {self.url}: {e.orig}") from e
        return applied

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------
    def known(self, items: Sequence[ParsedArticle]) -> set[str]:
        """Content hashes of these articles that the store already has *for the same article*
        (same id or same URL): re-ingesting is then a no-op. The same text under another id or
        URL is another outlet's copy, stored as its own article."""
        wanted = list({a.content_hash for a in items})
        if not wanted:
            return set()
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(revisions.c.content_hash, revisions.c.article_id, articles.c.url)
                .join(articles, articles.c.id == revisions.c.article_id)
                .where(revisions.c.content_hash.in_(wanted))
            ).all()
        have = {(r.content_hash, r.article_id) for r in rows} | {(r.content_hash, "url:" + r.url) for r in rows if r.url}
        return {a.content_hash for a in items if (a.content_hash, a.id) in have or (a.url and (a.content_hash, "url:" + a.url) in have)}

    def save(self, batch: Sequence[Enriched]) -> list[SaveResult]:
        """Store a batch of enriched articles in one transaction."""
        results: list[SaveResult] = []
        try:
            with self.engine.begin() as conn:
                resolver = Resolver(_SqlEntityIndex(conn, self._entity_cache))
                for item in batch:
                    results.append(self._save_one(conn, resolver, item))
        except BaseException:
            self._entity_cache.clear()
            raise
        return results

    def _save_one(self, conn: Connection, resolver: Resolver, item: Enriched) -> SaveResult:
        a = item.article
        origin = a.record.origin
        h = a.content_hash
        same = sa.or_(revisions.c.article_id == a.id, articles.c.url == a.url) if a.url else revisions.c.article_id == a.id
        dup = conn.execute(
            sa.select(revisions.c.article_id, revisions.c.revision).join(articles, articles.c.id == revisions.c.article_id)
            .where(revisions.c.content_hash == h, same).limit(1)
        ).first()
        if dup is not None:
            return SaveResult(origin, dup.article_id, "duplicate", f"same text as revision {dup.revision} of {dup.article_id}")
        existing = conn.execute(sa.select(articles.c.id, articles.c.url, articles.c.updated_value, articles.c.revision).where(articles.c.id == a.id)).first()
        if existing is not None and a.url and existing.url and existing.url != a.url:
            return SaveResult(origin, a.id, "rejected", reason("E013", id=a.id, url=existing.url))
        if existing is None and a.url:
            existing = conn.execute(
                sa.select(articles.c.id, articles.c.url, articles.c.updated_value, articles.c.revision).where(articles.c.url == a.url).limit(1)
            ).first()
        raw_id = self._raw_id(conn, a.record)
        stamp = now()
        values = _article_values(a, raw_id, stamp)
        if existing is None:
            conn.execute(articles.insert().values(
                id=a.id, **values, **_derived(a, item), revision=1, format=a.record.format, origin=origin,
            ))
            conn.execute(revisions.insert().values(article_id=a.id, revision=1, **values))
            _index_search(conn, a.id, a.title, a.lead, a.body)
            resolved = self._link_entities(conn, resolver, a.id, item)
            self._place(conn, a.id, item, resolved, stamp)
            return SaveResult(origin, a.id, "created")
        number = (conn.execute(sa.select(sa.func.max(revisions.c.revision)).where(revisions.c.article_id == existing.id)).scalar() or 0) + 1
        conn.execute(revisions.insert().values(article_id=existing.id, revision=number, **values))
        older = bool(a.updated and existing.updated_value and _sort_key(a.updated.value) < _sort_key(existing.updated_value))
        if older:
            return SaveResult(origin, existing.id, "revised", f"stored as revision {number}, older than the current text")
        conn.execute(articles.update().where(articles.c.id == existing.id).values(
            **values, **_derived(a, item), revision=number, format=a.record.format, origin=origin,
        ))
        _index_search(conn, existing.id, a.title, a.lead, a.body)
        self._link_entities(conn, resolver, existing.id, item)
        return SaveResult(origin, existing.id, "revised", f"revision {number}")

    def _place(self, conn: Connection, article_id: str, item: Enriched, resolved: Sequence[EntityRef], stamp: str) -> None:
        """Copies and story of a new article."""
        from recoupe.stories import copies
        from recoupe.stories.placement import Signal, assign, signal_time

        a = item.article
        keys, sig = copies.keys_for(a.title, a.body)
        group = article_id
        if keys:
            found = conn.execute(
                sa.select(article_features.c.article_id, article_features.c.signature, article_features.c.copy_group)
                .join(copy_keys, copy_keys.c.article_id == article_features.c.article_id)
                .where(copy_keys.c.key.in_(keys), copy_keys.c.article_id != article_id)
                .distinct().order_by(article_features.c.seq)
            ).all()
            import numpy as np

            for r in found:
                if sig is None or r.signature is None or copies.jaccard(sig, np.frombuffer(r.signature, dtype=np.uint64)) >= copies.COPY_JACCARD:
                    group = r.copy_group
                    break
            conn.execute(copy_keys.insert(), [{"key": k, "article_id": article_id} for k in set(keys)])
        weights: dict[str, float] = {}
        for ref in resolved:
            if ref.id:
                weights[ref.id] = weights.get(ref.id, 0.0) + sum(3.0 if m.field == "title" else 1.0 for m in ref.mentions)
        signal = Signal(article_id, signal_time(a.published, stamp), dict(item.terms), weights, _vec(item.vector))
        placement = assign(signal, _SqlStoryIndex(conn), self.story_params)
        seq = (conn.execute(sa.select(sa.func.max(article_features.c.seq))).scalar() or 0) + 1
        conn.execute(article_features.insert().values(
            article_id=article_id, time=signal.time.isoformat(timespec="seconds"), seq=seq,
            terms=[list(t) for t in item.terms], entities=weights, vector=item.vector,
            signature=sig.tobytes() if sig is not None else None, copy_group=group, story_id=placement.story_id,
        ))

    def recluster(self, *, progress: Callable[[int], None] | None = None) -> int:
        """Recompute every story from scratch, placing the articles in publication order."""
        from recoupe.stories.placement import Signal, assign

        with self.engine.begin() as conn:
            for table in (story_terms, story_entities, term_df, story_merges, stories):
                conn.execute(table.delete())
            conn.execute(article_features.update().values(story_id=None))
            rows = conn.execute(sa.select(article_features).order_by(article_features.c.time, article_features.c.seq)).all()
            index = _SqlStoryIndex(conn)
            for r in rows:
                signal = Signal(r.article_id, datetime.fromisoformat(r.time), {t: w for t, w in r.terms}, dict(r.entities), _vec(r.vector))
                placement = assign(signal, index, self.story_params)
                conn.execute(article_features.update().where(article_features.c.article_id == r.article_id).values(story_id=placement.story_id))
                if progress:
                    progress(1)
        return len(rows)

    def story_list(self, *, since: str | None = None, limit: int | None = None, registry: Any = None, by_group: bool = False,
                   offset: int = 0, order: str = "active") -> list[dict[str, Any]]:
        """Stories, each with its articles, sources and independent sources.

        ``order="active"``: most recently active first. ``order="coverage"``: by day of last
        activity, newest first, and within a day the stories that most outlets covered first."""
        stmt = sa.select(stories.c.id).where(stories.c.merged_into.is_(None))
        if order == "coverage":
            outlets = (
                sa.select(sa.func.count(sa.distinct(sa.func.lower(articles.c.source))))
                .select_from(article_features.join(articles, articles.c.id == article_features.c.article_id))
                .where(article_features.c.story_id == stories.c.id).scalar_subquery()
            )
            stmt = stmt.order_by(sa.func.substr(stories.c.last_seen, 1, 10).desc(), outlets.desc(), stories.c.size.desc(),
                                 stories.c.last_seen.desc(), stories.c.id)
        else:
            stmt = stmt.order_by(stories.c.last_seen.desc(), stories.c.id)
        if since:
            stmt = stmt.where(stories.c.last_seen >= _bound(since, 0))
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        with self.engine.connect() as conn:
            ids = conn.execute(stmt).scalars().all()
            return [self._story(conn, i, registry, by_group) for i in ids]

    def story_count(self, *, since: str | None = None) -> int:
        stmt = sa.select(sa.func.count()).select_from(stories).where(stories.c.merged_into.is_(None))
        if since:
            stmt = stmt.where(stories.c.last_seen >= _bound(since, 0))
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar() or 0

    def story(self, story_id: str, *, registry: Any = None, by_group: bool = False) -> dict[str, Any]:
        with self.engine.connect() as conn:
            seen = set()
            row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).first()
            while row is not None and row.merged_into and row.id not in seen:  # follow merges
                seen.add(row.id)
                row = conn.execute(sa.select(stories).where(stories.c.id == row.merged_into)).first()
            if row is None:
                raise NotFound(f"no story with id {story_id!r}")
            return self._story(conn, row.id, registry, by_group, details=True)

    def _story(self, conn: Connection, story_id: str, registry: Any, by_group: bool, *, details: bool = False) -> dict[str, Any]:
        from recoupe.stories.outlets import Member, Registry
        from recoupe.ingest.parse.common import domain_of

        registry = registry or Registry()
        row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).one()
        members = conn.execute(
            sa.select(article_features.c.article_id, article_features.c.copy_group, article_features.c.terms,
                      article_features.c.time, articles.c.source, articles.c.url, articles.c.title, articles.c.lead,
                      articles.c.published_value, articles.c.published_precision)
            .join(articles, articles.c.id == article_features.c.article_id)
            .where(article_features.c.story_id == story_id).order_by(article_features.c.time, article_features.c.seq)
        ).all()
        top = dict(conn.execute(
            sa.select(story_terms.c.term, story_terms.c.weight).where(story_terms.c.story_id == story_id)
            .order_by(story_terms.c.weight.desc()).limit(40)
        ).all())

        def centrality(m: Any) -> float:
            return sum(top.get(t, 0.0) for t, _ in m.terms)

        titled = [m for m in members if m.title]
        title = max(titled, key=centrality).title if titled else (members[0].lead if members else None)
        outlet = [registry.outlet_name(m.source, domain_of(m.url)) for m in members]
        merged = conn.execute(sa.select(story_merges.c.source).where(story_merges.c.target == story_id).order_by(story_merges.c.at)).scalars().all()
        out: dict[str, Any] = {
            "id": story_id, "title": title, "articles": [m.article_id for m in members],
            "sources": sorted({o for o in outlet if o}),
            "independent_sources": registry.independent(
                [Member(m.article_id, m.source, domain_of(m.url), m.copy_group) for m in members], by_group=by_group),
            "first_seen": row.first_seen, "last_seen": row.last_seen, "merged": list(merged),
        }
        if details:
            out["members"] = [{
                "id": m.article_id, "source": o, "title": m.title, "url": m.url,
                "published": {"value": m.published_value, "precision": m.published_precision} if m.published_value else None,
                "copy_of": None if m.copy_group == m.article_id else m.copy_group,
            } for m, o in zip(members, outlet, strict=True)]
        return out

    def story_of(self, conn: Connection, article_id: str) -> str | None:
        return conn.execute(sa.select(article_features.c.story_id).where(article_features.c.article_id == article_id)).scalar()

    def _raw_id(self, conn: Connection, record: RawRecord) -> int:
        digest = hashlib.sha256(record.raw).hexdigest()
        found = conn.execute(sa.select(raw_inputs.c.id).where(raw_inputs.c.sha256 == digest)).scalar()
        if found is not None:
            return found
        return conn.execute(raw_inputs.insert().values(
            sha256=digest, origin=record.origin, format=record.format, encoding=record.encoding,
            source_hint=record.source_hint, data=record.raw, received_at=now(),
        )).inserted_primary_key[0]

    def _link_entities(self, conn: Connection, resolver: Resolver, article_id: str, item: Enriched) -> tuple[EntityRef, ...]:
        """Entities, quotations, time expressions and events of the article's current text."""
        for table in (article_entities, quotes, time_expressions, events):
            conn.execute(table.delete().where(table.c.article_id == article_id))
        resolved = resolver.resolve(item.entities)
        seen: set[str] = set()
        rows = []
        for ref in resolved:
            if ref.id in seen:  # two local groups resolved to one entity: keep the first
                continue
            seen.add(ref.id)  # type: ignore[arg-type]
            rows.append({
                "article_id": article_id, "entity_id": ref.id, "position": len(rows),
                "aliases": list(ref.aliases), "roles": list(ref.roles),
                "mentions": [[m.field, m.start, m.end] for m in ref.mentions],
            })
        if rows:
            conn.execute(article_entities.insert(), rows)
        qrows = []
        for i, q in enumerate(item.quotes):
            speaker = resolved[q.speaker_ref] if q.speaker_ref is not None else None
            qrows.append({
                "article_id": article_id, "position": i, "field": q.field, "start": q.start, "end": q.end,
                "kind": q.kind, "text": q.text, "speaker_entity": speaker.id if speaker else None,
                "speaker_name": speaker.name if speaker else q.speaker_name, "cue": q.cue, "channel": q.channel,
                "parts": [list(p) for p in q.parts],
            })
        if qrows:
            conn.execute(quotes.insert(), qrows)
        trows = [{"article_id": article_id, "position": i, "field": t.field, "start": t.start, "end": t.end,
                  "text": t.text, "type": t.type, "value": t.value} for i, t in enumerate(item.dates)]
        if trows:
            conn.execute(time_expressions.insert(), trows)
        erows = []
        for i, ev in enumerate(item.events):
            erows.append({
                "article_id": article_id, "position": i, "date_value": ev.date.value, "date_precision": ev.date.precision,
                "field": ev.field, "start": ev.start, "end": ev.end, "text": ev.text,
                "entities": sorted({resolved[k].id for k in ev.entity_refs if resolved[k].id}),  # type: ignore[misc]
            })
        if erows:
            conn.execute(events.insert(), erows)
        return resolved

    def relabel_origins(self, prefix: str, replacement: str) -> int:
        """Rename the origin of inputs read from a temporary path (the web API's uploads)."""
        n = 0
        with self.engine.begin() as conn:
            for table in (articles, raw_inputs):
                col = table.c.origin
                n += conn.execute(table.update().where(sa.func.substr(col, 1, len(prefix)) == prefix).values(
                    origin=sa.literal(replacement, sa.Text).concat(sa.func.substr(col, len(prefix) + 1)))).rowcount
        return n

    def replace_analysis(self, batch: Sequence[tuple[str, Enriched]]) -> int:
        """Re-parsed articles: overwrite the fields of the current revision, keep the ids."""
        try:
            with self.engine.begin() as conn:
                resolver = Resolver(_SqlEntityIndex(conn, self._entity_cache))
                for article_id, item in batch:
                    a = item.article
                    row = conn.execute(sa.select(articles.c.raw_id, articles.c.ingested_at, articles.c.revision).where(articles.c.id == article_id)).first()
                    if row is None:
                        continue
                    values = _article_values(a, row.raw_id, row.ingested_at)
                    conn.execute(articles.update().where(articles.c.id == article_id).values(**values, **_derived(a, item)))
                    conn.execute(revisions.update().where(
                        (revisions.c.article_id == article_id) & (revisions.c.revision == row.revision)
                    ).values(**values))
                    _index_search(conn, article_id, a.title, a.lead, a.body)
                    self._link_entities(conn, resolver, article_id, item)
        except BaseException:
            self._entity_cache.clear()
            raise
        return len(batch)

    # -- reading --------------------------------------------------------------------------
    def get(self, article_id: str, *, with_revisions: bool = True) -> Article:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
            if row is None:
                raise NotFound(f"no article with id {article_id!r}")
            return self._article(conn, row, with_revisions=with_revisions)

    def _where(self, q: ArticleQuery) -> list[Any]:
        where: list[Any] = []
        if q.source:
            where.append(sa.func.lower(articles.c.source) == q.source.lower())
        if q.lang:
            where.append(articles.c.lang == q.lang)
        if q.since:
            start = _bound(q.since, 0)
            where.append(articles.c.published_max >= start)
        if q.until:
            end = _bound(q.until, 1)
            where.append(articles.c.published_min <= end)
        if q.text:
            pattern = f"%{q.text.lower()}%"
            where.append(sa.or_(
                sa.func.lower(articles.c.title).like(pattern),
                sa.func.lower(articles.c.lead).like(pattern),
                sa.func.lower(articles.c.body).like(pattern),
            ))
        return where

    def count(self, q: ArticleQuery = ArticleQuery()) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(articles).where(*self._where(q))).scalar() or 0

    def query(self, q: ArticleQuery = ArticleQuery(), *, full: bool = True, chunk: int = 500) -> Iterator[Article]:
        """Articles matching the query, newest first; streamed in chunks of ``chunk``."""
        order = (articles.c.published_min.is_(None), articles.c.published_min.desc(), articles.c.id)
        offset, remaining = q.offset, q.limit
        while remaining is None or remaining > 0:
            size = chunk if remaining is None else min(chunk, remaining)
            with self.engine.connect() as conn:
                rows = conn.execute(sa.select(articles).where(*self._where(q)).order_by(*order).limit(size).offset(offset)).all()
                items = [self._article(conn, r, with_revisions=False, with_entities=full) for r in rows]
            yield from items
            if len(rows) < size:
                return
            offset += len(rows)
            if remaining is not None:
                remaining -= len(rows)

    def _article(self, conn: Connection, row: Any, *, with_revisions: bool, with_entities: bool = True) -> Article:
        refs: tuple[EntityRef, ...] = ()
        if with_entities:
            erows = conn.execute(
                sa.select(article_entities, entities.c.name, entities.c.type)
                .join(entities, entities.c.id == article_entities.c.entity_id)
                .where(article_entities.c.article_id == row.id).order_by(article_entities.c.position)
            ).all()
            refs = tuple(
                EntityRef(
                    id=e.entity_id, name=e.name, type=e.type, aliases=tuple(e.aliases), roles=tuple(e.roles),
                    mentions=tuple(_mention(row, m) for m in e.mentions),
                ) for e in erows
            )
        revs: tuple[Revision, ...] = ()
        if with_revisions:
            rrows = conn.execute(
                sa.select(revisions.c.revision, revisions.c.content_hash, revisions.c.title, revisions.c.updated_value,
                          revisions.c.updated_precision, revisions.c.ingested_at)
                .where(revisions.c.article_id == row.id).order_by(revisions.c.revision)
            ).all()
            revs = tuple(Revision(
                r.revision, r.content_hash, r.title, _ts(r.updated_value, r.updated_precision), r.ingested_at,
                r.revision == row.revision,
            ) for r in rrows)
        qs: tuple[Quote, ...] = ()
        ds: tuple[TimeExpression, ...] = ()
        if with_entities:
            qs = tuple(
                Quote(field=q.field, start=q.start, end=q.end, text=q.text, kind=q.kind, speaker_name=q.speaker_name,
                      cue=q.cue, channel=q.channel, parts=tuple(tuple(p) for p in q.parts), speaker_entity=q.speaker_entity)
                for q in conn.execute(sa.select(quotes).where(quotes.c.article_id == row.id).order_by(quotes.c.position))
            )
            ds = tuple(
                TimeExpression(t.field, t.start, t.end, t.text, t.type, t.value)
                for t in conn.execute(sa.select(time_expressions).where(time_expressions.c.article_id == row.id).order_by(time_expressions.c.position))
            )
        return Article(
            id=row.id, source=row.source, url=row.url, title=row.title, lead=row.lead,
            authors=tuple(row.authors), published=_ts(row.published_value, row.published_precision),
            updated=_ts(row.updated_value, row.updated_precision), lang=row.lang, body=row.body,
            boilerplate=tuple(Boilerplate(b["kind"], b["text"]) for b in row.boilerplate),
            entities=refs, sentences=tuple(tuple(s) for s in row.sentences), format=row.format,  # type: ignore[misc]
            origin=row.origin, revision=row.revision, ingested_at=row.ingested_at, revisions=revs,
            quotes=qs, dates=ds, story_id=self.story_of(conn, row.id),
        )

    def entity_ids(self, name: str) -> list[str]:
        """Ids of the entities a name designates (an id, a name, an alias or a last name)."""
        from recoupe.enrich.entities import fold

        key = fold(name)
        with self.engine.connect() as conn:
            if conn.execute(sa.select(entities.c.id).where(entities.c.id == name)).first():
                return [name]
            rows = conn.execute(
                sa.select(entity_keys.c.entity_id).distinct()
                .where(entity_keys.c.key.in_([f"name:{key}", f"alias:{key}", f"last:{key}"]))
            ).scalars().all()
        return list(rows)

    def quotations(self, *, speaker: str | None = None, source: str | None = None, limit: int | None = None,
                   offset: int = 0) -> Iterator[dict[str, Any]]:
        """Quotations across the store, newest articles first, with their article's outlet and date."""
        stmt = (
            sa.select(quotes, articles.c.source, articles.c.published_value, articles.c.published_precision, articles.c.title)
            .join(articles, articles.c.id == quotes.c.article_id)
            .order_by(articles.c.published_min.is_(None), articles.c.published_min.desc(), quotes.c.article_id, quotes.c.position)
        )
        if speaker:
            ids = self.entity_ids(speaker)
            cond = sa.func.lower(quotes.c.speaker_name).like(f"%{speaker.lower()}%")
            stmt = stmt.where(sa.or_(quotes.c.speaker_entity.in_(ids), cond) if ids else cond)
        if source:
            stmt = stmt.where(sa.func.lower(articles.c.source) == source.lower())
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        for r in rows:
            q = Quote(field=r.field, start=r.start, end=r.end, text=r.text, kind=r.kind, speaker_name=r.speaker_name,
                      cue=r.cue, channel=r.channel, parts=tuple(tuple(p) for p in r.parts), speaker_entity=r.speaker_entity)
            yield {"article": r.article_id, "source": r.source, "title": r.title,
                   "published": _ts(r.published_value, r.published_precision), "quote": q}

    def timeline(self, *, entity: str | None = None, since: str | None = None, until: str | None = None,
                 limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
        """Dated events (sentences carrying a normalised date), in date order."""
        stmt = (
            sa.select(events, articles.c.source, articles.c.title)
            .join(articles, articles.c.id == events.c.article_id)
            .order_by(events.c.date_value, events.c.article_id, events.c.position)
        )
        if since:
            stmt = stmt.where(events.c.date_value >= _bound(since, 0)[: len(since)])
        if until:
            stmt = stmt.where(events.c.date_value <= _bound(until, 1))
        wanted: set[str] | None = None
        if entity:
            wanted = set(self.entity_ids(entity))
            if not wanted:
                return
            stmt = stmt.where(events.c.article_id.in_(
                sa.select(article_entities.c.article_id).where(article_entities.c.entity_id.in_(wanted))))
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        n = 0
        skip = offset
        for r in rows:
            if wanted is not None and not wanted & set(r.entities):
                continue
            if skip:
                skip -= 1
                continue
            yield {"date": Timestamp(r.date_value, r.date_precision), "text": r.text, "article": r.article_id,
                   "source": r.source, "title": r.title, "entities": list(r.entities)}
            n += 1
            if limit is not None and n >= limit:
                return

    def raw_records(self, article_ids: Sequence[str] | None = None) -> Iterator[tuple[str, RawRecord]]:
        """The raw input behind the current revision of each article, to parse it again."""
        stmt = (
            sa.select(articles.c.id, raw_inputs.c.origin, raw_inputs.c.format, raw_inputs.c.encoding,
                      raw_inputs.c.source_hint, raw_inputs.c.data)
            .join(raw_inputs, raw_inputs.c.id == articles.c.raw_id).order_by(articles.c.id)
        )
        if article_ids is not None:
            stmt = stmt.where(articles.c.id.in_(list(article_ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        for r in rows:
            text = r.data.decode(r.encoding)
            data = json.loads(text) if r.format == "json" else None
            yield r.id, RawRecord(r.origin, r.format, text, r.data, r.encoding, r.source_hint, data)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Articles whose title, lead or body hold every word of ``query`` (French stems, accents
        folded; "quoted words" as a phrase), best first, with the body sentence that matches best.

        SQLite ranks with FTS5's BM25 (title weighs most); other databases fall back to a LIKE on
        each word, unstemmed, newest first."""
        phrases = parse_search(query)
        if not phrases:
            return {"total": 0, "hits": []}
        keys = {k for p in phrases for k in p}
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                match = " AND ".join('"' + " ".join(p) + '"' for p in phrases)
                total = conn.exec_driver_sql("SELECT count(*) FROM article_search WHERE article_search MATCH ?", (match,)).scalar() or 0
                found = conn.exec_driver_sql(
                    "SELECT article_id, bm25(article_search, 0.0, 8.0, 3.0, 1.0) AS score FROM article_search "
                    "WHERE article_search MATCH ? ORDER BY score, article_id LIMIT ? OFFSET ?", (match, limit, offset),
                ).all()
                ids, scores = [r[0] for r in found], {r[0]: -float(r[1]) for r in found}
            else:
                words = [w for w in query.replace('"', " ").lower().split() if w]
                where = [sa.or_(*(sa.func.lower(c).like(f"%{w}%") for c in (articles.c.title, articles.c.lead, articles.c.body)))
                         for w in words]
                total = conn.execute(sa.select(sa.func.count()).select_from(articles).where(*where)).scalar() or 0
                ids = conn.execute(
                    sa.select(articles.c.id).where(*where)
                    .order_by(articles.c.published_min.is_(None), articles.c.published_min.desc(), articles.c.id)
                    .limit(limit).offset(offset)
                ).scalars().all()
                scores = {}
            rows = {r.id: r for r in conn.execute(sa.select(
                articles.c.id, articles.c.source, articles.c.title, articles.c.lead, articles.c.body, articles.c.sentences,
                articles.c.published_value, articles.c.published_precision,
            ).where(articles.c.id.in_(ids)))}
            hits = []
            for i in ids:
                r = rows.get(i)
                if r is None:
                    continue
                hits.append({
                    "id": r.id, "source": r.source, "title": r.title, "lead": r.lead,
                    "published": {"value": r.published_value, "precision": r.published_precision} if r.published_value else None,
                    "story_id": self.story_of(conn, r.id), "score": round(scores[i], 4) if i in scores else None,
                    "snippet": _snippet(r.body, r.sentences, keys),
                })
        return {"total": total, "hits": hits}

    def entity(self, entity_id: str, *, registry: Any = None, limit: int = 200) -> dict[str, Any]:
        """One entity across the store: its names and roles, the articles and stories that name it,
        and what it is quoted as saying (newest articles first)."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(entities).where(entities.c.id == entity_id)).first()
            if row is None:
                raise NotFound(f"no entity with id {entity_id!r}")
            named = conn.execute(
                sa.select(article_entities.c.aliases, article_entities.c.roles, articles.c.id, articles.c.source,
                          articles.c.title, articles.c.published_value, articles.c.published_precision,
                          article_features.c.story_id)
                .join(articles, articles.c.id == article_entities.c.article_id)
                .outerjoin(article_features, article_features.c.article_id == articles.c.id)
                .where(article_entities.c.entity_id == entity_id)
                .order_by(articles.c.published_min.is_(None), articles.c.published_min.desc(), articles.c.id)
            ).all()
            aliases: dict[str, int] = {}
            roles: dict[str, int] = {}
            for r in named:
                for a in r.aliases:
                    aliases[a] = aliases.get(a, 0) + 1
                for x in r.roles:
                    roles[x] = roles.get(x, 0) + 1
            story_ids = list(dict.fromkeys(r.story_id for r in named if r.story_id))
            live = []
            for sid in story_ids:  # a story merged since keeps its articles' ids: read the live one
                cur = conn.execute(sa.select(stories.c.id, stories.c.merged_into).where(stories.c.id == sid)).first()
                while cur is not None and cur.merged_into:
                    cur = conn.execute(sa.select(stories.c.id, stories.c.merged_into).where(stories.c.id == cur.merged_into)).first()
                if cur is not None and cur.id not in live:
                    live.append(cur.id)
            said = conn.execute(
                sa.select(quotes, articles.c.source, articles.c.title, articles.c.published_value,
                          articles.c.published_precision, article_features.c.story_id)
                .join(articles, articles.c.id == quotes.c.article_id)
                .outerjoin(article_features, article_features.c.article_id == quotes.c.article_id)
                .where(quotes.c.speaker_entity == entity_id)
                .order_by(articles.c.published_min.is_(None), articles.c.published_min.desc(), quotes.c.article_id, quotes.c.position)
                .limit(limit)
            ).all()
            story_rows = [self._story(conn, sid, registry, False) for sid in live[:limit]]
        quoted = []
        for r in said:
            q = Quote(field=r.field, start=r.start, end=r.end, text=r.text, kind=r.kind, speaker_name=r.speaker_name,
                      cue=r.cue, channel=r.channel, parts=tuple(tuple(p) for p in r.parts), speaker_entity=r.speaker_entity)
            quoted.append({"article": r.article_id, "source": r.source, "title": r.title, "story_id": r.story_id,
                           "published": _ts(r.published_value, r.published_precision), "quote": q})
        return {
            "id": row.id, "name": row.name, "type": row.type,
            "aliases": sorted(aliases, key=lambda a: (-aliases[a], a)),
            "roles": sorted(roles, key=lambda x: (-roles[x], x)),
            "articles": [{"id": r.id, "source": r.source, "title": r.title, "story_id": r.story_id,
                          "published": {"value": r.published_value, "precision": r.published_precision} if r.published_value else None}
                         for r in named[:limit]],
            "article_count": len(named),
            "stories": story_rows,
            "quotes": quoted,
        }

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            def count(table: sa.Table) -> int:
                return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0

            by_source = conn.execute(
                sa.select(articles.c.source, sa.func.count()).group_by(articles.c.source).order_by(sa.func.count().desc(), articles.c.source)
            ).all()
            by_type = conn.execute(sa.select(entities.c.type, sa.func.count()).group_by(entities.c.type)).all()
            top = conn.execute(
                sa.select(entities.c.id, entities.c.name, entities.c.type, sa.func.count().label("n"))
                .join(article_entities, article_entities.c.entity_id == entities.c.id)
                .group_by(entities.c.id, entities.c.name, entities.c.type)
                .order_by(sa.desc("n"), entities.c.name).limit(15)
            ).all()
            span = conn.execute(sa.select(sa.func.min(articles.c.published_min), sa.func.max(articles.c.published_max))).first()
            boiler = conn.execute(sa.select(articles.c.boilerplate)).scalars().all()
            kinds: dict[str, int] = {}
            for items in boiler:
                for b in items:
                    kinds[b["kind"]] = kinds.get(b["kind"], 0) + 1
            return {
                "schema_version": self.schema_version(),
                "articles": count(articles),
                "revisions": count(revisions),
                "raw_inputs": count(raw_inputs),
                "entities": count(entities),
                "sources": [{"source": s, "articles": n} for s, n in by_source],
                "entity_types": {t: n for t, n in by_type},
                "top_entities": [{"id": e.id, "name": e.name, "type": e.type, "articles": e.n} for e in top],
                "boilerplate": kinds,
                "published": {"first": span[0][:10] if span and span[0] else None, "last": span[1][:10] if span and span[1] else None},
            }


class _SqlEntityIndex:
    """The resolver's view of the entity tables, inside the caller's transaction."""

    def __init__(self, conn: Connection, cache: dict[str, list[tuple[str, str, str]]]) -> None:
        self.conn = conn
        self.cache = cache

    def find(self, key: str) -> list[tuple[str, str, str]]:
        if key not in self.cache:
            rows = self.conn.execute(
                sa.select(entities.c.id, entities.c.name, entities.c.type)
                .join(entity_keys, entity_keys.c.entity_id == entities.c.id)
                .where(entity_keys.c.key == key).order_by(entities.c.seq)
            ).all()
            self.cache[key] = [(r.id, r.name, r.type) for r in rows]
        return self.cache[key]

    def exists(self, entity_id: str) -> bool:
        return self.conn.execute(sa.select(entities.c.id).where(entities.c.id == entity_id)).first() is not None

    def add(self, entity_id: str, name: str, type: str) -> None:
        seq = (self.conn.execute(sa.select(sa.func.max(entities.c.seq))).scalar() or 0) + 1
        self.conn.execute(entities.insert().values(id=entity_id, name=name, type=type, seq=seq))

    def add_keys(self, entity_id: str, keys: Sequence[str]) -> None:
        new = []
        entry: tuple[str, str, str] | None = None  # the entity as the cache holds it, read once
        for key in keys:
            known = self.find(key)
            if not any(k[0] == entity_id for k in known):
                new.append({"key": key, "entity_id": entity_id})
                if entry is None:
                    row = self.conn.execute(sa.select(entities.c.id, entities.c.name, entities.c.type).where(entities.c.id == entity_id)).one()
                    entry = (row.id, row.name, row.type)
                known.append(entry)
        if new:
            self.conn.execute(entity_keys.insert(), new)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _ts(value: str | None, precision: str | None) -> Timestamp | None:
    return Timestamp(value, precision) if value and precision else None  # type: ignore[arg-type]


def _sort_key(value: str) -> str:
    return value[:19]


def _bound(text: str, side: int) -> str:
    ts = parse_timestamp(text)
    if ts is None:
        raise StoreError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return bounds(ts)[side]  # type: ignore[return-value]


def _mention(row: Any, m: Sequence[Any]) -> Mention:
    field, start, end = m
    text = (getattr(row, field) or "")[start:end]
    return Mention(field, start, end, text)


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


# ---------------------------------------------------------------------------------------------
# Full-text search: French stems, accents folded. FTS5 has no French stemmer, so the text is
# stemmed here (Snowball) and FTS5 indexes the stems; a query is stemmed the same way.

_WORD = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"|([^"\s]+)')
_stemmer: Any = None


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def search_words(text: str) -> list[tuple[int, int, str]]:
    """Each word of ``text`` with its offsets and its search key (French stem, accents folded)."""
    global _stemmer
    if _stemmer is None:
        import snowballstemmer

        _stemmer = snowballstemmer.stemmer("french")
    spans = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    stems = _stemmer.stemWords([w for _, _, w in spans])
    return [(s, e, _fold(k)) for (s, e, _), k in zip(spans, stems, strict=True)]


def _stemmed(text: str | None) -> str:
    return " ".join(k for _, _, k in search_words(text or ""))


def parse_search(query: str) -> list[list[str]]:
    """A query as phrases of search keys: words apart are all required, "quoted words" in order."""
    phrases = []
    for m in _PHRASE.finditer(query):
        keys = [k for _, _, k in search_words(m.group(1) if m.group(1) is not None else m.group(2))]
        if keys:
            phrases.append(keys)
    return phrases


def _index_search(conn: Connection, article_id: str, title: str | None, lead: str | None, body: str | None) -> None:
    """Keep the FTS row of an article in step with its current text (SQLite only)."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql("DELETE FROM article_search WHERE article_id = ?", (article_id,))
    conn.exec_driver_sql(
        "INSERT INTO article_search (article_id, title, lead, body) VALUES (?, ?, ?, ?)",
        (article_id, _stemmed(title), _stemmed(lead), _stemmed(body)),
    )


def _snippet(body: str, sentences: Sequence[Sequence[int]], keys: set[str]) -> dict[str, Any]:
    """The body sentence that holds most of the query's words, and where they stand in it."""
    best: tuple[int, int, int] | None = None
    for start, end in sentences or [(0, min(len(body), 300))]:
        hits = {k for _, _, k in search_words(body[start:end]) if k in keys}
        if best is None or len(hits) > best[0]:
            best = (len(hits), start, end)
    _, start, end = best or (0, 0, 0)
    text = body[start:end]
    if len(text) > 400:
        text = text[:400].rsplit(" ", 1)[0] + "…"
    return {"text": text, "highlights": [[s, e] for s, e, k in search_words(text) if k in keys]}


# ---------------------------------------------------------------------------------------------
# Stories


def _dialect_insert(conn: Connection, table: sa.Table):  # type: ignore[no-untyped-def]
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _add_weights(conn: Connection, table: sa.Table, key: str, story_id: str, weights: dict[str, float]) -> None:
    """Add ``weights`` to a story's rows of ``table`` (terms or entities), creating them as needed."""
    if not weights:
        return
    stmt = _dialect_insert(conn, table)
    stmt = stmt.on_conflict_do_update(
        index_elements=[key, "story_id"], set_={"weight": table.c.weight + stmt.excluded.weight}
    )
    conn.execute(stmt, [{key: k, "story_id": story_id, "weight": w} for k, w in weights.items()])


def _vec(blob: bytes | None):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.frombuffer(blob, dtype=np.float32).astype(np.float64) if blob else None


def _vec_blob(vector) -> bytes | None:  # type: ignore[no-untyped-def]
    import numpy as np

    return None if vector is None else np.asarray(vector, dtype=np.float32).tobytes()


class _SqlStoryIndex:
    """The stories' side of the store, inside the caller's transaction."""

    N_KEY = "\x00documents"

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def document_frequency(self, terms):  # type: ignore[no-untyped-def]
        rows = self.conn.execute(sa.select(term_df.c.term, term_df.c.df).where(term_df.c.term.in_(list(terms) + [self.N_KEY]))).all()
        df = {r.term: r.df for r in rows}
        return df.pop(self.N_KEY, 0), df

    def count_document(self, terms):  # type: ignore[no-untyped-def]
        stmt = _dialect_insert(self.conn, term_df)
        stmt = stmt.on_conflict_do_update(index_elements=["term"], set_={"df": term_df.c.df + 1})
        self.conn.execute(stmt, [{"term": t, "df": 1} for t in list(terms) + [self.N_KEY]])

    def candidates(self, signal, weights, since, until, limit, signal_members=8):  # type: ignore[no-untyped-def]
        from recoupe.stories.placement import StoryState

        top_terms = [t for t, _ in sorted(weights.items(), key=lambda kv: -kv[1])[:20]]
        # The stories active around the article come first, from the time index; only their
        # postings are probed, (story, term) pair by pair, so the cost follows the activity of the
        # window, not the size of the store (a join on the term would read a frequent term's
        # postings across every story ever made).
        active = self.conn.execute(
            sa.select(stories.c.id).where(
                stories.c.merged_into.is_(None), stories.c.last_seen >= since.isoformat(timespec="seconds"),
                stories.c.first_seen <= until.isoformat(timespec="seconds"),
            )
        ).scalars().all()
        if not active:
            return []
        hits: dict[str, int] = {}
        for chunk in range(0, len(active), 2000):
            sids = active[chunk : chunk + 2000]
            for table, key, wanted in ((story_terms, story_terms.c.term, top_terms), (story_entities, story_entities.c.entity_id, list(signal.entities))):
                if not wanted:
                    continue
                for sid in self.conn.execute(sa.select(table.c.story_id).where(table.c.story_id.in_(sids), key.in_(wanted))).scalars():
                    hits[sid] = hits.get(sid, 0) + 1
        ids = sorted(hits, key=lambda sid: (-hits[sid], sid))[:limit]
        if not ids:
            return []
        rows = {r.id: r for r in self.conn.execute(sa.select(stories).where(stories.c.id.in_(ids)))}
        terms: dict[str, dict[str, float]] = {i: {} for i in ids}
        for r in self.conn.execute(sa.select(story_terms).where(story_terms.c.story_id.in_(ids), story_terms.c.term.in_(list(weights)))):
            terms[r.story_id][r.term] = r.weight
        ents: dict[str, dict[str, float]] = {i: {} for i in ids}
        if signal.entities:
            for r in self.conn.execute(sa.select(story_entities).where(story_entities.c.story_id.in_(ids), story_entities.c.entity_id.in_(list(signal.entities)))):
                ents[r.story_id][r.entity_id] = r.weight
        recent: dict[str, list] = {i: [] for i in ids}
        n_docs, df_all = None, None
        ranked = (
            sa.select(article_features.c.story_id, article_features.c.terms, article_features.c.entities, article_features.c.vector,
                      sa.func.row_number().over(partition_by=article_features.c.story_id, order_by=article_features.c.seq.desc()).label("k"))
            .where(article_features.c.story_id.in_(ids)).subquery()
        )
        members = self.conn.execute(
            sa.select(ranked.c.story_id, ranked.c.terms, ranked.c.entities, ranked.c.vector).where(ranked.c.k <= signal_members)
            .order_by(ranked.c.story_id, ranked.c.k)
        ).all()
        wanted_terms = {t for m in members for t, _ in m.terms}
        if members:
            n_docs, df_all = self.document_frequency(list(wanted_terms))
        from recoupe.stories.placement import _unit, tfidf

        for m in members:
            if len(recent[m.story_id]) < signal_members:
                recent[m.story_id].append((tfidf({t: w for t, w in m.terms}, n_docs, df_all), _unit(dict(m.entities)), _vec(m.vector)))
        out = []
        for i in ids:
            r = rows[i]
            out.append(StoryState(
                id=i, first_seen=datetime.fromisoformat(r.first_seen), last_seen=datetime.fromisoformat(r.last_seen),
                size=r.size, terms=terms[i], term_norm=r.term_norm2 ** 0.5, entities=ents[i],
                entity_norm=r.entity_norm2 ** 0.5, vector_sum=_vec(r.vector_sum), recent=recent[i],
            ))
        return out

    def _seq(self) -> int:
        return (self.conn.execute(sa.select(sa.func.max(stories.c.seq))).scalar() or 0) + 1

    def create(self, signal, weights):  # type: ignore[no-untyped-def]
        from recoupe.stories.placement import _unit

        story_id = "st-" + hashlib.sha1(signal.article_id.encode("utf-8")).hexdigest()[:12]
        ents = _unit(signal.entities)
        when = signal.time.isoformat(timespec="seconds")
        self.conn.execute(stories.insert().values(
            id=story_id, seq=self._seq(), first_seen=when, last_seen=when, size=1,
            term_norm2=sum(w * w for w in weights.values()), entity_norm2=sum(w * w for w in ents.values()),
            vector_sum=_vec_blob(signal.vector), merged_into=None,
        ))
        _add_weights(self.conn, story_terms, "term", story_id, weights)
        _add_weights(self.conn, story_entities, "entity_id", story_id, ents)
        return story_id

    def add(self, story, signal, weights):  # type: ignore[no-untyped-def]
        from recoupe.stories.placement import _unit

        ents = _unit(signal.entities)
        term_norm2 = story.term_norm ** 2 + sum(2 * story.terms.get(t, 0.0) * w + w * w for t, w in weights.items())
        ent_norm2 = story.entity_norm ** 2 + sum(2 * story.entities.get(e, 0.0) * w + w * w for e, w in ents.items())
        vector = story.vector_sum
        if signal.vector is not None:
            vector = signal.vector if vector is None else vector + signal.vector
        self.conn.execute(stories.update().where(stories.c.id == story.id).values(
            size=story.size + 1, term_norm2=term_norm2, entity_norm2=ent_norm2, vector_sum=_vec_blob(vector),
            first_seen=min(story.first_seen, signal.time).isoformat(timespec="seconds"),
            last_seen=max(story.last_seen, signal.time).isoformat(timespec="seconds"),
        ))
        _add_weights(self.conn, story_terms, "term", story.id, weights)
        _add_weights(self.conn, story_entities, "entity_id", story.id, ents)
        story.size += 1
        story.first_seen, story.last_seen = min(story.first_seen, signal.time), max(story.last_seen, signal.time)

    def merge(self, source, target, article_id):  # type: ignore[no-untyped-def]
        c = self.conn
        for table, key in ((story_terms, "term"), (story_entities, "entity_id")):
            rows = c.execute(sa.select(table).where(table.c.story_id == source.id)).all()
            _add_weights(c, table, key, target.id, {getattr(r, key): r.weight for r in rows})
            c.execute(table.delete().where(table.c.story_id == source.id))
        norms = {}
        for table, name in ((story_terms, "term_norm2"), (story_entities, "entity_norm2")):
            norms[name] = c.execute(sa.select(sa.func.coalesce(sa.func.sum(table.c.weight * table.c.weight), 0.0)).where(table.c.story_id == target.id)).scalar()
        vector = target.vector_sum
        if source.vector_sum is not None:
            vector = source.vector_sum if vector is None else vector + source.vector_sum
        first, last = min(source.first_seen, target.first_seen), max(source.last_seen, target.last_seen)
        c.execute(stories.update().where(stories.c.id == target.id).values(
            size=target.size + source.size, vector_sum=_vec_blob(vector), first_seen=first.isoformat(timespec="seconds"),
            last_seen=last.isoformat(timespec="seconds"), **norms,
        ))
        c.execute(stories.update().where(stories.c.id == source.id).values(merged_into=target.id))
        c.execute(article_features.update().where(article_features.c.story_id == source.id).values(story_id=target.id))
        c.execute(story_merges.insert().values(source=source.id, target=target.id, article_id=article_id, at=now()))
        for t, w in source.terms.items():  # both hold the weights of the article's terms
            target.terms[t] = target.terms.get(t, 0.0) + w
        for e, w in source.entities.items():
            target.entities[e] = target.entities.get(e, 0.0) + w
        target.size += source.size
        target.first_seen, target.last_seen = first, last
        target.term_norm, target.entity_norm = norms["term_norm2"] ** 0.5, norms["entity_norm2"] ** 0.5
        target.vector_sum = vector
