"""The indexes the stages read and write inside a store transaction, each satisfying the
Protocol its stage declares: the entity index of entity resolution
(``recoupe.resolve.EntityIndex``) and the story index of story placement
(``recoupe.stories.placement.StoryIndex``). They keep rows; the stages decide."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from recoupe.models import Signal, StoryState
from recoupe.store.tables import (
    article_features,
    entities,
    entity_keys,
    now,
    stories,
    story_entities,
    story_members,
    story_merges,
    story_terms,
    term_df,
)

IN_CHUNK = 500  # values in one IN (...) list

T = TypeVar("T")


def in_chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    """``values`` cut into runs of at most ``IN_CHUNK``, each short enough for one ``IN (...)``."""
    for n in range(0, len(values), IN_CHUNK):
        yield values[n:n + IN_CHUNK]


class SqlEntityIndex:
    """The resolver's view of the entity tables, inside the caller's transaction.

    Look-ups are cached (across transactions, by the store, while no other writer writes) and
    can be asked for many keys at once (``prefetch``: one query for a batch's names instead of
    one per key). The entities and keys added are written when the transaction ends
    (``flush``, in one statement each), and answered from memory until then: every key added
    was looked up first, so it is in the cache, and every entity added is known here."""

    def __init__(self, conn: Connection, cache: dict[str, list[tuple[str, str, str]]]) -> None:
        self.conn = conn
        self.cache = cache
        self._rows: dict[str, tuple[str, str, str]] = {}  # entities met in this transaction, by id
        self._ids: dict[str, bool] = {}  # whether an id is taken, as asked of the store
        self._seq: int | None = None  # the last entity's seq, read once
        self._new_entities: list[dict[str, Any]] = []
        self._new_keys: list[dict[str, str]] = []

    def find(self, key: str) -> list[tuple[str, str, str]]:
        if key not in self.cache:
            self.prefetch([key])
        return self.cache[key]

    def prefetch(self, keys: Sequence[str]) -> None:
        """Look up every key not cached yet, in as few queries as the database allows."""
        wanted = list(dict.fromkeys(k for k in keys if k not in self.cache))
        for chunk in in_chunks(wanted):
            found: dict[str, list[tuple[str, str, str]]] = {k: [] for k in chunk}
            for r in self.conn.execute(
                sa.select(entity_keys.c.key, entities.c.id, entities.c.name, entities.c.type)
                .join(entity_keys, entity_keys.c.entity_id == entities.c.id)
                .where(entity_keys.c.key.in_(chunk)).order_by(entity_keys.c.key, entities.c.seq)
            ):
                found[r.key].append((r.id, r.name, r.type))
            for k, rows in found.items():
                for row in rows:
                    self._rows.setdefault(row[0], row)
                self.cache[k] = rows

    def exists(self, entity_id: str) -> bool:
        if entity_id not in self._ids:
            self.prefetch_ids([entity_id])
        return self._ids[entity_id]

    def prefetch_ids(self, ids: Sequence[str]) -> None:
        """Ask the store at once whether each of these entity ids is taken."""
        wanted = list(dict.fromkeys(i for i in ids if i not in self._ids))
        for chunk in in_chunks(wanted):
            taken: set[str] = set(self.conn.execute(sa.select(entities.c.id).where(entities.c.id.in_(chunk))).scalars())
            self._ids.update((i, i in taken) for i in chunk)

    def add(self, entity_id: str, name: str, type: str) -> None:
        if self._seq is None:
            self._seq = self.conn.execute(sa.select(sa.func.max(entities.c.seq))).scalar() or 0
        self._seq += 1
        self._new_entities.append({"id": entity_id, "name": name, "type": type, "seq": self._seq})
        self._rows[entity_id] = (entity_id, name, type)
        self._ids[entity_id] = True

    def add_keys(self, entity_id: str, keys: Sequence[str]) -> None:
        entry: tuple[str, str, str] | None = self._rows.get(entity_id)  # the entity as the cache holds it
        for key in keys:
            known = self.find(key)
            if not any(k[0] == entity_id for k in known):
                self._new_keys.append({"key": key, "entity_id": entity_id})
                if entry is None:
                    row = self.conn.execute(sa.select(entities.c.id, entities.c.name, entities.c.type).where(entities.c.id == entity_id)).one()
                    entry = self._rows[entity_id] = (row.id, row.name, row.type)
                known.append(entry)

    def flush(self) -> None:
        """Write the entities and keys added since the last flush."""
        if self._new_entities:
            self.conn.execute(entities.insert(), self._new_entities)
            self._new_entities = []
        if self._new_keys:
            self.conn.execute(entity_keys.insert(), self._new_keys)
            self._new_keys = []


def _dialect_insert(conn: Connection, table: sa.Table) -> Any:
    from sqlalchemy.dialects import postgresql, sqlite

    return postgresql.insert(table) if conn.dialect.name == "postgresql" else sqlite.insert(table)


# The statements run for each article are built once (per dialect where they differ) and run
# with their values as parameters: building a statement with ``.values(...)`` or ``.in_([...])``
# at each call costs SQLAlchemy more than SQLite takes to run it.
_upserts: dict[tuple[str, str], Any] = {}


def _adding_weights(conn: Connection, table: sa.Table, key: str) -> Any:
    """INSERT of a story's weight rows that adds to the weight of a row already there."""
    cached = _upserts.get((conn.dialect.name, table.name))
    if cached is None:
        stmt = _dialect_insert(conn, table)
        cached = _upserts[(conn.dialect.name, table.name)] = stmt.on_conflict_do_update(
            index_elements=[key, "story_id"], set_={"weight": table.c.weight + stmt.excluded.weight})
    return cached


def _add_weights(conn: Connection, table: sa.Table, key: str, story_id: str, weights: dict[str, float]) -> None:
    """Add ``weights`` to a story's rows of ``table`` (terms or entities), creating them as needed."""
    if not weights:
        return
    conn.execute(_adding_weights(conn, table, key), [{key: k, "story_id": story_id, "weight": w} for k, w in weights.items()])


def _counting_documents(conn: Connection) -> Any:
    """INSERT of ``term_df`` rows that adds to the count of a row already there."""
    cached = _upserts.get((conn.dialect.name, term_df.name))
    if cached is None:
        stmt = _dialect_insert(conn, term_df)
        cached = _upserts[(conn.dialect.name, term_df.name)] = stmt.on_conflict_do_update(
            index_elements=["term"], set_={"df": term_df.c.df + stmt.excluded.df})
    return cached


_DF = sa.select(term_df.c.term, term_df.c.df).where(term_df.c.term.in_(sa.bindparam("terms", expanding=True)))
_STORY_ROWS = sa.select(stories).where(stories.c.id.in_(sa.bindparam("ids", expanding=True)))
_STORY_TERMS = sa.select(story_terms).where(story_terms.c.story_id.in_(sa.bindparam("ids", expanding=True)),
                                            story_terms.c.term.in_(sa.bindparam("terms", expanding=True)))
_STORY_ENTITIES = sa.select(story_entities).where(story_entities.c.story_id.in_(sa.bindparam("ids", expanding=True)),
                                                  story_entities.c.entity_id.in_(sa.bindparam("entities", expanding=True)))
_NEW_STORY = stories.insert()
_NEW_MEMBER = story_members.insert()
_GROWN_STORY = stories.update().where(stories.c.id == sa.bindparam("story_id")).values(
    {c: sa.bindparam("v_" + c) for c in ("size", "term_norm2", "entity_norm2", "first_seen", "last_seen")})


def _recent_members() -> Any:
    m, older = story_members, story_members.alias("older")
    cutoff = (sa.select(older.c.seq).where(older.c.story_id == m.c.story_id).order_by(older.c.seq.desc())
              .limit(1).offset(sa.bindparam("skip")).scalar_subquery())
    return (sa.select(m.c.story_id, m.c.weights)
            .where(m.c.story_id.in_(sa.bindparam("ids", expanding=True)), m.c.seq >= sa.func.coalesce(cutoff, 0))
            .order_by(m.c.story_id, m.c.seq.desc()))


_RECENT = _recent_members()


@functools.cache
def _candidate_ids(by_terms: bool, by_entities: bool) -> Any:
    """The query of :meth:`SqlStoryIndex.candidates` that finds and counts the stories sharing
    keys with an article (its heaviest terms, its entities, or both)."""
    # The candidates are found through the postings of the article's heaviest terms and of its
    # entities (the primary keys of story_terms and story_entities lead with the term and
    # the entity), each posting's story kept if it is active around the article. The cost
    # follows how many stories share those keys, never how many stories are active: on a
    # busy day thousands are. The activity test is wrapped in a function so that no planner
    # starts from the stories' time index instead.
    active = (stories.c.merged_into.is_(None),
              sa.func.coalesce(stories.c.last_seen, "") >= sa.bindparam("since"),
              sa.func.coalesce(stories.c.first_seen, "") <= sa.bindparam("until"))
    keys = []
    if by_terms:
        keys.append(sa.select(story_terms.c.story_id.label("sid")).where(story_terms.c.term.in_(sa.bindparam("top", expanding=True))))
    if by_entities:
        keys.append(sa.select(story_entities.c.story_id.label("sid"))
                    .where(story_entities.c.entity_id.in_(sa.bindparam("entities", expanding=True))))
    postings = sa.union_all(*keys).subquery()
    # the stories sharing most keys with the article, counted by the database
    return (sa.select(postings.c.sid).select_from(postings.join(stories, stories.c.id == postings.c.sid)).where(*active)
            .group_by(postings.c.sid).order_by(sa.func.count().desc(), postings.c.sid).limit(sa.bindparam("limit")))


class SqlStoryIndex:
    """The stories' side of the store, inside the caller's transaction."""

    # the term_df row counting the documents: a key no term can be (PostgreSQL's text holds no NUL)
    N_KEY = "\x00documents"
    PG_N_KEY = "\x01documents"

    MEMBER_TERMS = 40  # terms kept of each member

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._last: dict[str, int] = {}  # the last seq of stories and of story_members, read once
        if conn.dialect.name == "postgresql":
            self.N_KEY = self.PG_N_KEY

    def document_frequency(self, terms: Sequence[str]) -> tuple[int, dict[str, int]]:
        rows = self.conn.execute(_DF, {"terms": list(terms) + [self.N_KEY]}).all()
        df = {r.term: r.df for r in rows}
        return df.pop(self.N_KEY, 0), df

    def count_document(self, terms: Sequence[str]) -> None:
        self.conn.execute(_counting_documents(self.conn), [{"term": t, "df": 1} for t in list(terms) + [self.N_KEY]])

    def count_documents(self, counts: dict[str, int], documents: int) -> None:
        """Add many documents at once: ``counts`` of each term, ``documents`` in all."""
        stmt = _counting_documents(self.conn)
        rows = [{"term": t, "df": c} for t, c in counts.items()] + [{"term": self.N_KEY, "df": documents}]
        for n in range(0, len(rows), 5000):
            self.conn.execute(stmt, rows[n:n + 5000])

    def candidates(self, signal: Signal, weights: dict[str, float], since: datetime, until: datetime, limit: int,
                   probe: int = 20) -> list[StoryState]:
        top_terms = [t for t, _ in sorted(weights.items(), key=lambda kv: -kv[1])[:probe]]
        if not top_terms and not signal.entities:
            return []
        params: dict[str, Any] = {"since": since.isoformat(timespec="seconds"), "until": until.isoformat(timespec="seconds"),
                                  "limit": limit, "top": top_terms, "entities": list(signal.entities)}
        ids: list[str] = list(self.conn.execute(_candidate_ids(bool(top_terms), bool(signal.entities)), params).scalars())
        if not ids:
            return []
        rows = {r.id: r for r in self.conn.execute(_STORY_ROWS, {"ids": ids})}
        terms: dict[str, dict[str, float]] = {i: {} for i in ids}
        for r in self.conn.execute(_STORY_TERMS, {"ids": ids, "terms": list(weights)}):
            terms[r.story_id][r.term] = r.weight
        ents: dict[str, dict[str, float]] = {i: {} for i in ids}
        if signal.entities:
            for r in self.conn.execute(_STORY_ENTITIES, {"ids": ids, "entities": list(signal.entities)}):
                ents[r.story_id][r.entity_id] = r.weight
        out = []
        for i in ids:
            r = rows[i]
            out.append(StoryState(
                id=i, first_seen=datetime.fromisoformat(r.first_seen), last_seen=datetime.fromisoformat(r.last_seen),
                size=r.size, terms=terms[i], term_norm=r.term_norm2 ** 0.5, entities=ents[i],
                entity_norm=r.entity_norm2 ** 0.5,
            ))
        return out

    def recent(self, states: Sequence[StoryState], members: int) -> None:
        """Fill in the latest ``members`` members of each story, read through the (story, seq)
        index: the cut-off is the seq of a story's members-th latest, so a story of hundreds of
        articles costs as one of eight."""
        if not states:
            return
        by_id = {s.id: s for s in states}
        for s in states:
            s.recent = []
        for r in self.conn.execute(_RECENT, {"ids": list(by_id), "skip": members - 1}):
            by_id[r.story_id].recent.append((r.weights["terms"], r.weights["entities"]))

    def cleared(self) -> None:
        """The story tables were emptied: seqs start again."""
        self._last.clear()

    def _next(self, table: sa.Table) -> int:
        """The next seq of ``table`` (the transaction is the store's only writer)."""
        if table.name not in self._last:
            self._last[table.name] = self.conn.execute(sa.select(sa.func.max(table.c.seq))).scalar() or 0
        self._last[table.name] += 1
        return self._last[table.name]

    def _seq(self) -> int:
        return self._next(stories)

    def create(self, signal: Signal, weights: dict[str, float], ents: dict[str, float]) -> str:
        story_id = "st-" + hashlib.sha1(signal.article_id.encode("utf-8")).hexdigest()[:12]
        when = signal.time.isoformat(timespec="seconds")
        self.conn.execute(_NEW_STORY, {
            "id": story_id, "seq": self._seq(), "first_seen": when, "last_seen": when, "size": 1,
            "term_norm2": sum(w * w for w in weights.values()), "entity_norm2": sum(w * w for w in ents.values()),
            "merged_into": None,
        })
        _add_weights(self.conn, story_terms, "term", story_id, weights)
        _add_weights(self.conn, story_entities, "entity_id", story_id, ents)
        self._add_member(story_id, signal, weights, ents)
        return story_id

    def _add_member(self, story_id: str, signal: Signal, weights: dict[str, float], ents: dict[str, float]) -> None:
        """The article as its story will compare it with newcomers: its heaviest terms' weights
        (they carry nearly all of a unit vector's length) and its entities'."""
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: self.MEMBER_TERMS]
        seq = self._next(story_members)
        self.conn.execute(_NEW_MEMBER, {
            "article_id": signal.article_id, "story_id": story_id, "seq": seq,
            "weights": {"terms": {t: round(w, 5) for t, w in top}, "entities": {e: round(w, 5) for e, w in ents.items()}}})

    def add(self, story: StoryState, signal: Signal, weights: dict[str, float], ents: dict[str, float]) -> None:
        term_norm2, ent_norm2 = story.grown(weights, ents)
        self.conn.execute(_GROWN_STORY, {
            "story_id": story.id, "v_size": story.size + 1, "v_term_norm2": term_norm2, "v_entity_norm2": ent_norm2,
            "v_first_seen": min(story.first_seen, signal.time).isoformat(timespec="seconds"),
            "v_last_seen": max(story.last_seen, signal.time).isoformat(timespec="seconds"),
        })
        _add_weights(self.conn, story_terms, "term", story.id, weights)
        _add_weights(self.conn, story_entities, "entity_id", story.id, ents)
        self._add_member(story.id, signal, weights, ents)
        story.size += 1
        story.first_seen, story.last_seen = min(story.first_seen, signal.time), max(story.last_seen, signal.time)

    def merge(self, source: StoryState, target: StoryState, article_id: str) -> None:
        c = self.conn
        for table, key in ((story_terms, "term"), (story_entities, "entity_id")):
            rows = c.execute(sa.select(table).where(table.c.story_id == source.id)).all()
            _add_weights(c, table, key, target.id, {getattr(r, key): r.weight for r in rows})
            c.execute(table.delete().where(table.c.story_id == source.id))
        norms = {}
        for table, name in ((story_terms, "term_norm2"), (story_entities, "entity_norm2")):
            norms[name] = c.execute(sa.select(sa.func.coalesce(sa.func.sum(table.c.weight * table.c.weight), 0.0)).where(table.c.story_id == target.id)).scalar()
        first, last = min(source.first_seen, target.first_seen), max(source.last_seen, target.last_seen)
        c.execute(stories.update().where(stories.c.id == target.id).values(
            size=target.size + source.size, first_seen=first.isoformat(timespec="seconds"),
            last_seen=last.isoformat(timespec="seconds"), **norms,
        ))
        c.execute(stories.update().where(stories.c.id == source.id).values(merged_into=target.id))
        c.execute(article_features.update().where(article_features.c.story_id == source.id).values(story_id=target.id))
        c.execute(story_members.update().where(story_members.c.story_id == source.id).values(story_id=target.id))
        c.execute(story_merges.insert().values(source=source.id, target=target.id, article_id=article_id, at=now()))
        for t, w in source.terms.items():  # both hold the weights of the article's terms
            target.terms[t] = target.terms.get(t, 0.0) + w
        for e, w in source.entities.items():
            target.entities[e] = target.entities.get(e, 0.0) + w
        target.size += source.size
        target.first_seen, target.last_seen = first, last
        target.term_norm, target.entity_norm = float(norms["term_norm2"] or 0.0) ** 0.5, float(norms["entity_norm2"] or 0.0) ** 0.5
