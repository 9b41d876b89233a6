"""The store: the only package that knows the database, and nothing but persistence.

SQLAlchemy Core over SQLite by default (a file path); a ``postgresql://`` URL selects PostgreSQL
(psycopg 3) through the same code. The schema and its migrations are in ``tables``; writing goes
through a :class:`~recoupe.store.writer.Writer`, one transaction per batch (``Store.writing()``);
reading is the methods of :class:`Store`. Write transactions are serialised across processes
(SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a transaction-level advisory lock), so a writer's
reads and the writes it decides on them see no other writer in between; readers never wait (see
docs/store.md). The store imports no stage: the stages that need it (entity resolution, story
placement) reach it through the Protocols they declare, which the indexes of
``recoupe.store.indexes`` satisfy.
"""

from __future__ import annotations

import functools
import json
import os
import weakref
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from recoupe.errors import NotFound, StoreError
from recoupe.models import (
    Article,
    Boilerplate,
    EntityRef,
    Mention,
    ParsedArticle,
    Quote,
    RawRecord,
    Revision,
    StoredStory,
    StoryMember,
    StoryState,
    TimeExpression,
    Timestamp,
)
from recoupe.normalise import name_key
from recoupe.store import sources as source_tables
from recoupe.store.indexes import in_chunks
from recoupe.store.search import parse_search, query_phrases, search_words, snippet
from recoupe.store.tables import (
    MIGRATIONS,
    SCHEMA_VERSION,
    article_entities,
    article_features,
    articles,
    backfill_staged,
    entities,
    entity_keys,
    events,
    now,
    quotes,
    raw_inputs,
    revisions,
    schema_migrations,
    sentence_vectors,
    statement_features,
    stories,
    story_merges,
    story_reports,
    story_terms,
    time_expressions,
)
from recoupe.store.writer import Writer
from recoupe.timestamps import bounds, parse_timestamp

ENTITY_CACHE_KEYS = 200_000  # entity look-ups kept between transactions
SQLITE_BUSY_MS = 60_000  # how long a SQLite writer waits for another's transaction to end
PG_CONNECT_TIMEOUT = 10  # seconds, unless the URL says otherwise
# the key of the advisory lock that serialises the write transactions of a PostgreSQL store
WRITE_LOCK = zlib.crc32(b"recoupe store writes")

__all__ = ["SCHEMA_VERSION", "ArticleQuery", "Store", "database_url", "parse_search", "search_words"]


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
    """A SQLAlchemy URL from what the user gave: a ``postgresql://`` (or ``postgres://``) URL is
    served by psycopg 3, another URL is kept as is, anything else is a SQLite file."""
    if "://" not in db:
        return f"sqlite:///{db}"
    scheme, rest = db.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return db


def _one_line(e: BaseException) -> str:
    return " ".join(str(getattr(e, "orig", None) or e).split())


class Store:
    """Articles, their revisions and raw inputs, and entities, behind one interface."""

    def __init__(self, db: str, *, migrate: bool = True) -> None:
        try:
            url = sa.engine.make_url(database_url(db))
        except sa.exc.ArgumentError as e:
            raise StoreError(f"cannot open the store {db!r}: {e}") from e
        self.url = url.render_as_string(hide_password=True)
        backend = url.get_backend_name()
        if backend not in ("sqlite", "postgresql"):
            raise StoreError(f"cannot open the store {self.url}: recoupe stores in SQLite (a file path) or PostgreSQL (a postgresql:// URL)")
        connect_args: dict[str, Any] = {}
        if backend == "postgresql" and "connect_timeout" not in url.query:
            connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT
        try:
            self.engine: Engine = sa.create_engine(url, connect_args=connect_args)
        except (sa.exc.ArgumentError, ImportError) as e:
            raise StoreError(f"cannot open the store {self.url}: {e}") from e
        sa.event.listen(self.engine, "begin", _on_begin)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            sa.event.listen(self.engine, "connect", _pg_connection)
        # the engine of write transactions: the same pool, each transaction serialised (_on_begin)
        self._write_engine = self.engine.execution_options(recoupe_write=True)
        # a forked process (the language model's workers) must not use, nor close, the parent's
        # connections: its pool starts empty
        os.register_at_fork(after_in_child=functools.partial(_forget_connections, weakref.ref(self.engine)))
        self._entity_cache: dict[str, list[tuple[str, str, str]]] = {}
        self._unchanged: tuple[Any, ...] | None = None  # _changes() if no one writes after our last transaction
        if migrate:
            self.migrate()
        else:
            self.schema_version()  # a store that cannot be reached is said so now

    # -- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        with self._errors(), self.engine.connect() as conn:
            return _version(conn)

    def migrate(self) -> list[int]:
        """Apply the migrations this store lacks; returns their versions. A store that is up to
        date is only read (no write lock is taken: opening a store never waits on a writer)."""
        applied: list[int] = []
        with self._errors():
            if self.schema_version() == SCHEMA_VERSION:
                return applied
            with self._write_engine.begin() as conn:
                schema_migrations.create(conn, checkfirst=True)
                current = _version(conn)  # again, under the write lock: another process may have migrated
                if current > SCHEMA_VERSION:
                    raise StoreError(f"the store has schema version {current}; this recoupe reads up to {SCHEMA_VERSION}: upgrade recoupe")
                for version, name, step in MIGRATIONS:
                    if version > current:
                        step(conn)
                        conn.execute(schema_migrations.insert().values(version=version, name=name, applied_at=now()))
                        applied.append(version)
        return applied

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """A database that cannot be reached or used is one line (StoreError), not a traceback."""
        try:
            yield
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as e:
            raise StoreError(f"cannot use the store {self.url}: {_one_line(e)}") from e
        except sa.exc.DatabaseError as e:
            if type(e) is not sa.exc.DatabaseError:  # a constraint or a statement: a bug, told in full
                raise
            raise StoreError(f"cannot use the store {self.url}: {_one_line(e)}") from e  # not a database, a damaged one

    @contextmanager
    def _writing_conn(self) -> Iterator[Connection]:
        """A write transaction, serialised with every other writer of the store."""
        with self._errors(), self._write_engine.begin() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """One transaction: what is written through the writer is kept, or none of it."""
        try:
            with self._writing_conn() as conn:
                changes = _changes(conn)
                if changes != self._unchanged or len(self._entity_cache) > ENTITY_CACHE_KEYS:
                    self._entity_cache.clear()  # someone else wrote since (or the cache is full)
                writer = Writer(conn, self._entity_cache)
                yield writer
                writer.flush()
                self._unchanged = _unchanged_after(conn, changes)
        except BaseException:
            self._entity_cache.clear()  # it may hold entities of the rolled-back transaction
            self._unchanged = None
            raise

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

    # -- stories --------------------------------------------------------------------------
    def story_records(self, *, since: str | None = None, limit: int | None = None, offset: int = 0,
                      order: str = "active") -> list[StoredStory]:
        """Stories with their members.

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
            ids: Sequence[str] = conn.execute(stmt).scalars().all()
            return [self._story_record(conn, i) for i in ids]

    def story_count(self, *, since: str | None = None) -> int:
        stmt = sa.select(sa.func.count()).select_from(stories).where(stories.c.merged_into.is_(None))
        if since:
            stmt = stmt.where(stories.c.last_seen >= _bound(since, 0))
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar() or 0

    def story_record(self, story_id: str) -> StoredStory:
        """One story; an id merged into another gives that one."""
        with self.engine.connect() as conn:
            live = _live_story(conn, story_id)
            if live is None:
                raise NotFound(f"no story with id {story_id!r}")
            return self._story_record(conn, live)

    def _story_record(self, conn: Connection, story_id: str) -> StoredStory:
        row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).one()
        members = conn.execute(
            sa.select(article_features.c.article_id, article_features.c.copy_group, article_features.c.terms,
                      article_features.c.time, articles.c.source, articles.c.url, articles.c.title, articles.c.lead,
                      articles.c.published_value, articles.c.published_precision)
            .join(articles, articles.c.id == article_features.c.article_id)
            .where(article_features.c.story_id == story_id).order_by(article_features.c.time, article_features.c.seq)
        ).all()
        top: dict[str, float] = dict(conn.execute(
            sa.select(story_terms.c.term, story_terms.c.weight).where(story_terms.c.story_id == story_id)
            .order_by(story_terms.c.weight.desc()).limit(40)
        ).all())
        merged: Sequence[str] = conn.execute(sa.select(story_merges.c.source).where(story_merges.c.target == story_id).order_by(story_merges.c.at)).scalars().all()
        return StoredStory(
            id=story_id, first_seen=row.first_seen, last_seen=row.last_seen, top_terms=top, merged=tuple(merged),
            members=tuple(StoryMember(
                m.article_id, m.copy_group, tuple((t, w) for t, w in m.terms), m.time, m.source, m.url, m.title, m.lead,
                _ts(m.published_value, m.published_precision),
            ) for m in members),
        )

    # --- threads: the stories of one subject, computed on reading (nothing stored) ---

    def story_sketch(self, story_id: str, terms: int) -> StoryState | None:
        """A live story as threads compare it: its span, its size and its ``terms`` heaviest
        summed term weights (an id merged into another gives that one)."""
        with self.engine.connect() as conn:
            live = _live_story(conn, story_id)
            if live is None:
                return None
            row = conn.execute(sa.select(stories).where(stories.c.id == live)).one()
            top: dict[str, float] = dict(conn.execute(sa.select(story_terms.c.term, story_terms.c.weight).where(story_terms.c.story_id == live)
                                    .order_by(story_terms.c.weight.desc(), story_terms.c.term).limit(terms)).all())
        return StoryState(id=live, first_seen=datetime.fromisoformat(row.first_seen), last_seen=datetime.fromisoformat(row.last_seen),
                          size=row.size, terms=top, term_norm=row.term_norm2 ** 0.5, entities={}, entity_norm=row.entity_norm2 ** 0.5)

    def story_neighbours(self, terms: dict[str, float], probe: int, since: str, until: str, limit: int) -> list[StoryState]:
        """The live stories active between ``since`` and ``until`` that share most of the
        ``probe`` heaviest of ``terms`` (found through the terms' postings), each with its
        weights on ``terms``: at most ``limit``, those sharing most first."""
        keys = [t for t, _ in sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:probe]]
        if not keys:
            return []
        with self.engine.connect() as conn:
            ids: list[str] = list(conn.execute(
                sa.select(story_terms.c.story_id).select_from(story_terms.join(stories, stories.c.id == story_terms.c.story_id))
                .where(story_terms.c.term.in_(keys), stories.c.merged_into.is_(None), stories.c.last_seen >= since,
                       stories.c.first_seen <= until)
                .group_by(story_terms.c.story_id).order_by(sa.func.count().desc(), story_terms.c.story_id).limit(limit)
            ).scalars())
            if not ids:
                return []
            rows = {r.id: r for r in conn.execute(sa.select(stories).where(stories.c.id.in_(ids)))}
            weights: dict[str, dict[str, float]] = {i: {} for i in ids}
            for r in conn.execute(sa.select(story_terms).where(story_terms.c.story_id.in_(ids), story_terms.c.term.in_(list(terms)))):
                weights[r.story_id][r.term] = r.weight
        return [StoryState(id=i, first_seen=datetime.fromisoformat(rows[i].first_seen), last_seen=datetime.fromisoformat(rows[i].last_seen),
                           size=rows[i].size, terms=weights[i], term_norm=rows[i].term_norm2 ** 0.5, entities={},
                           entity_norm=rows[i].entity_norm2 ** 0.5) for i in ids]

    def story_of(self, conn: Connection, article_id: str) -> str | None:
        return conn.execute(sa.select(article_features.c.story_id).where(article_features.c.article_id == article_id)).scalar()

    def relabel_origins(self, prefix: str, replacement: str) -> int:
        """Rename the origin of inputs read from a temporary path (the web API's uploads)."""
        n = 0
        with self._writing_conn() as conn:
            for table in (articles, raw_inputs):
                col = table.c.origin
                n += conn.execute(table.update().where(sa.func.substr(col, 1, len(prefix)) == prefix).values(
                    origin=sa.literal(replacement, sa.Text).concat(sa.func.substr(col, len(prefix) + 1)))).rowcount
        return n

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
            entities=refs, sentences=tuple(tuple(s) for s in row.sentences), format=row.format,
            origin=row.origin, revision=row.revision, ingested_at=row.ingested_at, revisions=revs,
            quotes=qs, dates=ds, story_id=self.story_of(conn, row.id),
        )

    def entity_ids(self, name: str) -> list[str]:
        """Ids of the entities a name designates (an id, a name, an alias or a last name)."""
        key = name_key(name)
        with self.engine.connect() as conn:
            if conn.execute(sa.select(entities.c.id).where(entities.c.id == name)).first():
                return [name]
            rows: Sequence[str] = conn.execute(
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

    def statement_features(self, article_ids: Sequence[str]) -> dict[str, tuple[int, bytes]]:
        """The stored statement features of these articles: id -> (version, bytes); an article
        stored before they were computed is absent."""
        out: dict[str, tuple[int, bytes]] = {}
        ids = list(dict.fromkeys(article_ids))
        with self.engine.connect() as conn:
            for chunk in in_chunks(ids):
                rows = conn.execute(sa.select(statement_features).where(statement_features.c.article_id.in_(chunk)))
                out.update((r.article_id, (r.version, bytes(r.data))) for r in rows)
        return out

    # -- migration 11 --
    def sentence_vectors(self, article_ids: Sequence[str], encoder: str) -> dict[str, bytes]:
        """The stored statement vectors of these articles under one encoder: id -> bytes; an
        article whose story was never cross-checked is absent."""
        out: dict[str, bytes] = {}
        ids = list(dict.fromkeys(article_ids))
        with self.engine.connect() as conn:
            for chunk in in_chunks(ids):
                rows = conn.execute(sa.select(sentence_vectors.c.article_id, sentence_vectors.c.data).where(
                    sentence_vectors.c.article_id.in_(chunk) & (sentence_vectors.c.encoder == encoder)))
                out.update((r.article_id, bytes(r.data)) for r in rows)
        return out
    # -- end of migration 11 --

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

        SQLite ranks with FTS5's BM25 over the stems ``search_words`` gives (title weighs most);
        PostgreSQL with ``ts_rank_cd`` over the ``articles.search`` tsvector (text search
        configuration ``recoupe_fr``: accents folded by ``unaccent``, Snowball French stems; title
        weight A, lead B, body D). Same query syntax, same result shape."""
        phrases = parse_search(query)
        if not phrases:
            return {"total": 0, "hits": []}
        keys = {k for p in phrases for k in p}
        with self._errors(), self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                match = " AND ".join('"' + " ".join(p) + '"' for p in phrases)
                total = conn.exec_driver_sql("SELECT count(*) FROM article_search WHERE article_search MATCH ?", (match,)).scalar() or 0
                found = conn.exec_driver_sql(
                    "SELECT article_id, bm25(article_search, 0.0, 8.0, 3.0, 1.0) AS score FROM article_search "
                    "WHERE article_search MATCH ? ORDER BY score, article_id LIMIT ? OFFSET ?", (match, limit, offset),
                ).all()
                ids, scores = [r[0] for r in found], {r[0]: -float(r[1]) for r in found}
            else:
                parts = {f"p{i}": text for i, text in enumerate(query_phrases(query))}
                tsquery = " && ".join(f"phraseto_tsquery('recoupe_fr', :{name})" for name in parts)
                total = conn.execute(sa.text(f"SELECT count(*) FROM articles WHERE search @@ ({tsquery})"), parts).scalar() or 0
                found = conn.execute(sa.text(
                    f"SELECT id, ts_rank_cd('{{0.1, 0.2, 0.4, 1.0}}', search, q, 1) AS score FROM articles, (SELECT {tsquery} AS q) AS query "
                    "WHERE search @@ q ORDER BY score DESC, id LIMIT :limit OFFSET :offset"
                ), {**parts, "limit": limit, "offset": offset}).all()
                ids, scores = [r[0] for r in found], {r[0]: float(r[1]) for r in found}
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
                    "snippet": snippet(r.body, r.sentences, keys),
                })
        return {"total": total, "hits": hits}

    def entity(self, entity_id: str, *, limit: int = 200) -> dict[str, Any]:
        """One entity across the store: its names and roles, the articles that name it and their
        stories (``story_ids``, live ones), and what it is quoted as saying (newest articles
        first)."""
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
            live: list[str] = []
            for sid in story_ids:  # a story merged since keeps its articles' ids: read the live one
                cur = _live_story(conn, sid)
                if cur is not None and cur not in live:
                    live.append(cur)
            said = conn.execute(
                sa.select(quotes, articles.c.source, articles.c.title, articles.c.published_value,
                          articles.c.published_precision, article_features.c.story_id)
                .join(articles, articles.c.id == quotes.c.article_id)
                .outerjoin(article_features, article_features.c.article_id == quotes.c.article_id)
                .where(quotes.c.speaker_entity == entity_id)
                .order_by(articles.c.published_min.is_(None), articles.c.published_min.desc(), quotes.c.article_id, quotes.c.position)
                .limit(limit)
            ).all()
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
            "story_ids": live[:limit],
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
            boiler: Sequence[list[dict[str, str]]] = conn.execute(sa.select(articles.c.boilerplate)).scalars().all()
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

    # -- followed sources (feeds, sitemaps) and their items: rows only -------------------
    def sources(self, name: str | None = None) -> list[dict[str, Any]]:
        """The followed sources (or the one named), as rows, by name."""
        with self.engine.connect() as conn:
            return source_tables.source_rows(conn, name)

    def source(self, name: str) -> dict[str, Any]:
        rows = self.sources(name)
        if not rows:
            raise NotFound(f"no source named {name!r} (see `recoupe sources`)")
        return rows[0]

    def add_source(self, *, name: str, url: str, kind: str, outlet: str | None, allow_private: bool) -> dict[str, Any]:
        """Add a source; a name or a URL already followed is an error."""
        with self._writing_conn() as conn:
            for column, value in (("name", name), ("url", url)):
                clash = conn.execute(sa.select(source_tables.sources.c.name).where(source_tables.sources.c[column] == value)).first()
                if clash is not None:
                    raise StoreError(f"a source with this {column} is already followed: {clash.name}")
            source_tables.insert_source(conn, {"name": name, "url": url, "kind": kind, "outlet": outlet,
                                               "allow_private": allow_private, "added_at": now(), "failures": 0})
        return self.source(name)

    def remove_source(self, name: str) -> None:
        with self._writing_conn() as conn:
            if not source_tables.delete_source(conn, name):
                raise NotFound(f"no source named {name!r} (see `recoupe sources`)")

    def update_source(self, source_id: int, **values: Any) -> None:
        with self._writing_conn() as conn:
            source_tables.update_source(conn, source_id, values)

    def seen_items(self, source_id: int, urls: Sequence[str], guids: Sequence[str]) -> set[str]:
        with self.engine.connect() as conn:
            return source_tables.seen_keys(conn, source_id, urls, guids)

    def save_source_items(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert or update items (by source and canonical URL); the first sighting is kept."""
        with self._writing_conn() as conn:
            for row in rows:
                source_tables.save_item(conn, {"first_seen": now(), **row})

    def source_items(self, source_id: int, *, status: str | None = None, since: str | None = None) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return source_tables.item_rows(conn, source_id, status=status, since=since)

    def source_item_counts(self, source_id: int) -> dict[str, int]:
        with self.engine.connect() as conn:
            return source_tables.item_counts(conn, source_id)

    # -- backfill staging and stored cross-check reports (migration 10) ----------------------
    def stage(self, rows: Sequence[dict[str, Any]]) -> None:
        """Keep enriched articles waiting to be stored (``key``, ``time``, ``ord``, ``data``); a
        key staged twice keeps the row read first (lowest ``ord``). Not one of the serialised
        write transactions: the staging table is the backfill's alone."""
        if not rows:
            return
        from sqlalchemy.dialects import postgresql, sqlite

        with self._errors(), self.engine.begin() as conn:
            stmt = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(backfill_staged)
            stmt = stmt.on_conflict_do_update(
                index_elements=["key"], where=backfill_staged.c.ord > stmt.excluded.ord,
                set_={"time": stmt.excluded.time, "ord": stmt.excluded.ord, "data": stmt.excluded.data})
            conn.execute(stmt, list(rows))

    def staged_keys(self, keys: Sequence[str]) -> set[str]:
        with self._errors(), self.engine.connect() as conn:
            return set(conn.execute(sa.select(backfill_staged.c.key).where(backfill_staged.c.key.in_(list(keys)))).scalars())

    def staged_count(self) -> int:
        with self._errors(), self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(backfill_staged)).scalar() or 0)

    def staged(self, limit: int, after: tuple[str, int] | None = None) -> list[tuple[str, str, int, bytes]]:
        """Up to ``limit`` staged rows (key, time, ord, data) in (time, ord) order, after ``after``."""
        stmt = sa.select(backfill_staged).order_by(backfill_staged.c.time, backfill_staged.c.ord).limit(limit)
        if after is not None:
            stmt = stmt.where(sa.tuple_(backfill_staged.c.time, backfill_staged.c.ord) > sa.tuple_(*after))
        with self._errors(), self.engine.connect() as conn:
            return [(r.key, r.time, r.ord, bytes(r.data)) for r in conn.execute(stmt)]

    def unstage(self, keys: Sequence[str]) -> None:
        with self._errors(), self.engine.begin() as conn:
            conn.execute(backfill_staged.delete().where(backfill_staged.c.key.in_(list(keys))))

    def story_ids(self) -> list[str]:
        """Every live story (not merged into another), oldest first."""
        with self._errors(), self.engine.connect() as conn:
            return list(conn.execute(sa.select(stories.c.id).where(stories.c.merged_into.is_(None)).order_by(stories.c.seq)).scalars())

    def save_story_reports(self, rows: Sequence[dict[str, Any]]) -> None:
        """Cross-check reports computed ahead (``story_id``, ``key``, ``report``), replacing any."""
        if not rows:
            return
        with self._errors(), self.engine.begin() as conn:
            conn.execute(story_reports.delete().where(story_reports.c.story_id.in_([r["story_id"] for r in rows])))
            conn.execute(story_reports.insert(), [{**r, "computed_at": now()} for r in rows])

    def stored_story_report(self, story_id: str, key: str) -> dict[str, Any] | None:
        """The report computed ahead for this story, if it was made of what ``key`` says."""
        with self._errors(), self.engine.connect() as conn:
            row = conn.execute(sa.select(story_reports.c.report).where(
                story_reports.c.story_id == story_id, story_reports.c.key == key)).first()
        return None if row is None else dict(row.report)


def _forget_connections(engine: weakref.ref[Engine]) -> None:
    e = engine()
    if e is not None:
        e.dispose(close=False)


def _version(conn: Connection) -> int:
    if not sa.inspect(conn).has_table("schema_migrations"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_migrations.c.version))).scalar() or 0


def _changes(conn: Connection) -> tuple[Any, ...]:
    """Where the database stands, for telling, at the start of a write transaction, whether
    anyone else has written since this process's last one (its entity look-ups, cached between
    transactions, are then dropped: another writer may have added an entity, or a key to one).
    SQLite: the connection and its ``data_version``, which changes when another connection
    commits. PostgreSQL: this transaction's id; every write transaction takes one, after the
    write lock, so another's came in between when ours is not the next after our last."""
    if conn.dialect.name == "sqlite":
        return ("sqlite", id(conn.connection.dbapi_connection), conn.exec_driver_sql("PRAGMA data_version").scalar())
    return ("postgresql", int(conn.exec_driver_sql("SELECT txid_current()").scalar() or 0))


def _unchanged_after(conn: Connection, changes: tuple[Any, ...]) -> tuple[Any, ...]:
    """What ``_changes`` gives next time if no one else writes in between (a false alarm, from a
    pooled connection or a transaction of our own, only costs the cache)."""
    return changes if conn.dialect.name == "sqlite" else ("postgresql", changes[1] + 1)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL: readers see the last commit and never wait on a writer, a writer never waits on
    readers. The driver's own transaction handling is turned off: ``_on_begin`` says BEGIN."""
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cur.close()
    dbapi_connection.isolation_level = None


def _pg_connection(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.adapters.register_dumper(str, _nul_free_str())


@functools.cache
def _nul_free_str() -> type:
    """PostgreSQL's text cannot hold U+0000, which SQLite stores and an input may carry (a JSON
    "\\u0000"): it is written as U+FFFD, one character for one, so that offsets into the text
    still hold (the raw input keeps the original bytes)."""
    from psycopg.types.string import StrDumperUnknown

    class NulFreeStr(StrDumperUnknown):
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)

    return NulFreeStr


def _on_begin(conn: Connection) -> None:
    """Every transaction's start. A write transaction (``recoupe_write``) is serialised with
    the other writers from its first statement, so what it reads before writing is still true
    when it writes: SQLite takes the write lock at once (``BEGIN IMMEDIATE``, waiting up to
    SQLITE_BUSY_MS), PostgreSQL a transaction-level advisory lock (released at commit or
    rollback; READ COMMITTED, the default, so each statement after it sees what the previous
    writer committed). Readers take neither: a SQLite read transaction is a WAL snapshot, a
    PostgreSQL one an MVCC snapshot."""
    write = bool(conn.get_execution_options().get("recoupe_write"))
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    elif write:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def _ts(value: str | None, precision: str | None) -> Timestamp | None:
    return Timestamp(value, precision) if value and precision else None  # type: ignore[arg-type]


def _bound(text: str, side: int) -> str:
    ts = parse_timestamp(text)
    if ts is None:
        raise StoreError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return bounds(ts)[side]  # type: ignore[return-value]


def _mention(row: Any, m: Sequence[Any]) -> Mention:
    field, start, end = m
    text = (getattr(row, field) or "")[start:end]
    return Mention(field, start, end, text)


def _live_story(conn: Connection, story_id: str) -> str | None:
    """The story an id stands for now: itself, or the story it was merged into (and so on)."""
    seen: set[str] = set()
    row = conn.execute(sa.select(stories.c.id, stories.c.merged_into).where(stories.c.id == story_id)).first()
    while row is not None and row.merged_into and row.id not in seen:  # follow merges
        seen.add(row.id)
        row = conn.execute(sa.select(stories.c.id, stories.c.merged_into).where(stories.c.id == row.merged_into)).first()
    return None if row is None else row.id
