"""The schema: every table of the store, and the migrations that build it.

A store records the migrations it has applied in ``schema_migrations``; ``MIGRATIONS`` is
append-only. Nothing here knows what the rows mean to the pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from recoupe.errors import StoreError
from recoupe.normalise import LIGATURE_CHARS
from recoupe.normalise import entity_keys as keys_of_entity
from recoupe.store import sources as source_tables
from recoupe.store.columns import Str
from recoupe.store.search import index_article_text

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("applied_at", Str(40), nullable=False),
)
raw_inputs = sa.Table(
    "raw_inputs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sha256", Str(64), nullable=False, unique=True),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("format", Str(8), nullable=False),
    sa.Column("encoding", Str(32), nullable=False),
    sa.Column("source_hint", sa.Text),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("received_at", Str(40), nullable=False),
)


def _article_columns() -> list[sa.Column]:
    return [
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("lead", sa.Text),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("published_value", Str(40)),
        sa.Column("published_precision", Str(8)),
        sa.Column("updated_value", Str(40)),
        sa.Column("updated_precision", Str(8)),
        sa.Column("lang", Str(12)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("boilerplate", sa.JSON, nullable=False),
        sa.Column("content_hash", Str(64), nullable=False),
        sa.Column("raw_id", sa.Integer, sa.ForeignKey("raw_inputs.id"), nullable=False),
        sa.Column("ingested_at", Str(40), nullable=False),
    ]


articles = sa.Table(
    "articles", metadata,
    sa.Column("id", Str(200), primary_key=True),
    *_article_columns(),
    sa.Column("published_min", Str(20)),
    sa.Column("published_max", Str(20)),
    sa.Column("sentences", sa.JSON, nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("format", Str(8), nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Index("ix_articles_url", "url"),
    sa.Index("ix_articles_source", "source"),
    sa.Index("ix_articles_published", "published_min"),
    sa.Index("ix_articles_hash", "content_hash"),
)
revisions = sa.Table(
    "revisions", metadata,
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("revision", sa.Integer, primary_key=True),
    *_article_columns(),
    sa.Index("ix_revisions_hash", "content_hash"),
)
entities = sa.Table(
    "entities", metadata,
    sa.Column("id", Str(120), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", Str(16), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Index("ix_entities_seq", "seq"),  # MAX(seq) without a scan
)
entity_keys = sa.Table(
    "entity_keys", metadata,
    sa.Column("key", Str(200), primary_key=True),
    sa.Column("entity_id", Str(120), sa.ForeignKey("entities.id"), primary_key=True),
)
article_entities = sa.Table(
    "article_entities", metadata,
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("entity_id", Str(120), sa.ForeignKey("entities.id"), primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("roles", sa.JSON, nullable=False),
    sa.Column("mentions", sa.JSON, nullable=False),
    sa.Index("ix_article_entities_entity", "entity_id"),
)

quotes = sa.Table(
    "quotes", metadata,
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("field", Str(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("kind", Str(10), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("speaker_entity", Str(120), sa.ForeignKey("entities.id")),
    sa.Column("speaker_name", sa.Text),
    sa.Column("cue", sa.Text),
    sa.Column("channel", sa.Text),
    sa.Column("parts", sa.JSON, nullable=False),
    sa.Index("ix_quotes_speaker", "speaker_entity"),
)
time_expressions = sa.Table(
    "time_expressions", metadata,
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("field", Str(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", Str(10), nullable=False),
    sa.Column("value", Str(40), nullable=False),
)
events = sa.Table(
    "events", metadata,
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("date_value", Str(40), nullable=False),
    sa.Column("date_precision", Str(8), nullable=False),
    sa.Column("field", Str(8), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("entities", sa.JSON, nullable=False),
    sa.Index("ix_events_date", "date_value"),
)

article_features = sa.Table(
    "article_features", metadata,
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("time", Str(20), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),  # arrival order
    sa.Column("terms", sa.JSON, nullable=False),
    sa.Column("entities", sa.JSON, nullable=False),
    sa.Column("signature", sa.LargeBinary),
    sa.Column("copy_group", Str(200), nullable=False),
    sa.Column("story_id", Str(40)),
    sa.Index("ix_features_story", "story_id"),
    sa.Index("ix_features_time", "time"),
    sa.Index("ix_features_copy", "copy_group"),
    sa.Index("ix_features_seq", "seq"),
)
copy_keys = sa.Table(
    "copy_keys", metadata,
    sa.Column("key", Str(40), primary_key=True),
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)
stories = sa.Table(
    "stories", metadata,
    sa.Column("id", Str(40), primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("first_seen", Str(20), nullable=False),
    sa.Column("last_seen", Str(20), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("term_norm2", sa.Float, nullable=False),
    sa.Column("entity_norm2", sa.Float, nullable=False),
    sa.Column("merged_into", Str(40)),
    sa.Index("ix_stories_active", "last_seen"),
    sa.Index("ix_stories_seq", "seq"),
)


def _story_weights(name: str, key: str) -> sa.Table:
    """A story's weight for each of its terms or entities: one shape for both, which the
    story index reads and writes alike. The key leads the primary key (finding the stories
    that share a term or an entity); the index by story reads one story's weights."""
    return sa.Table(
        name, metadata,
        sa.Column(key, Str(120), primary_key=True),
        sa.Column("story_id", Str(40), primary_key=True),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Index(f"ix_{name}_story", "story_id", key),
    )


story_terms = _story_weights("story_terms", "term")
story_entities = _story_weights("story_entities", "entity_id")
story_members = sa.Table(
    # each placed article as its story sees it: the unit term and entity weights it was placed
    # with (the term weights cut to its heaviest terms), so that comparing a new article with a
    # story's latest members reads a few small rows and recomputes nothing
    "story_members", metadata,
    sa.Column("article_id", Str(200), primary_key=True),
    sa.Column("story_id", Str(40), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("weights", sa.JSON, nullable=False),  # {"terms": {term: w}, "entities": {id: w}}
    sa.Index("ix_story_members_latest", "story_id", "seq"),
    sa.Index("ix_story_members_seq", "seq"),
)
term_df = sa.Table(
    "term_df", metadata,
    sa.Column("term", Str(120), primary_key=True),
    sa.Column("df", sa.Integer, nullable=False),
)
statement_features = sa.Table(
    # what the cross-check computes of an article's statements at ingest (lemmas, values,
    # vectors), as the cross-check's own encoding: the store keeps the bytes and their version
    "statement_features", metadata,
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)
story_merges = sa.Table(
    "story_merges", metadata,
    sa.Column("source", Str(40), primary_key=True),
    sa.Column("target", Str(40), nullable=False),
    sa.Column("article_id", Str(200), nullable=False),
    sa.Column("at", Str(40), nullable=False),
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
    """Full-text search: an FTS5 table of stemmed, accent-folded text (SQLite only; PostgreSQL's
    is migration 8). Articles already stored are indexed here."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE article_search USING fts5("
        "article_id UNINDEXED, title, lead, body, tokenize='unicode61 remove_diacritics 2')"
    )
    rows = conn.execute(sa.select(articles.c.id, articles.c.title, articles.c.lead, articles.c.body)).all()
    for r in rows:
        index_article_text(conn, r.id, r.title, r.lead, r.body)


def _has_ligature(text: str | None) -> bool:
    return bool(text) and any(c in text for c in LIGATURE_CHARS)  # type: ignore[operator]


def _migration_5(conn: Connection) -> None:
    """Keys with ligatures spelt out: « Œ », « Æ » and « ß » used to vanish from entity keys
    (« Œuvre » was found under « uvre ») and to stay as they were in search keys (« œuvre » did
    not find « oeuvre »). The keys of the entities and the search rows of the articles that hold
    one are computed again."""
    named: dict[str, set[str]] = {}
    for r in conn.execute(sa.select(article_entities.c.entity_id, article_entities.c.aliases)):
        named.setdefault(r.entity_id, set()).update(r.aliases)
    for e in conn.execute(sa.select(entities.c.id, entities.c.name, entities.c.type)).all():
        aliases = sorted(named.get(e.id, ()))
        if not (_has_ligature(e.name) or any(_has_ligature(a) for a in aliases)):
            continue
        conn.execute(entity_keys.delete().where(entity_keys.c.entity_id == e.id))
        keys = set(keys_of_entity(e.name, e.type, aliases))
        conn.execute(entity_keys.insert(), [{"key": k, "entity_id": e.id} for k in sorted(keys)])
    if conn.dialect.name != "sqlite":
        return
    rows = conn.execute(sa.select(articles.c.id, articles.c.title, articles.c.lead, articles.c.body)).all()
    for r in rows:
        if _has_ligature(r.title) or _has_ligature(r.lead) or _has_ligature(r.body):
            index_article_text(conn, r.id, r.title, r.lead, r.body)


def _migration_6(conn: Connection) -> None:
    """The sources a store follows (feeds, sitemaps) and the items seen of each."""
    source_tables.create(conn)


# (version, name, function). Append, never edit: a store records which ones it has applied.
def _migration_7(conn: Connection) -> None:
    metadata.create_all(conn, tables=[statement_features])


# The text search configuration of PostgreSQL: the ``french`` configuration's parser, every kind
# of word folded by ``unaccent`` (accents, and ligatures spelt out: « œ » is « oe ») then stemmed
# by Snowball French, stop words kept (as FTS5 keeps them: "le président" is a phrase of two words).
# Numbers and the other tokens stay as ``french`` has them (``simple``: lower case).
PG_SEARCH_CONFIG = "recoupe_fr"
PG_SEARCH_BODY_CHARS = 200_000  # a tsvector holds at most 1 MB: the body beyond this is not indexed
_PG_SEARCH_DDL = [
    "CREATE TEXT SEARCH DICTIONARY recoupe_fr_stem (TEMPLATE = snowball, Language = french)",
    f"CREATE TEXT SEARCH CONFIGURATION {PG_SEARCH_CONFIG} (COPY = french)",
    f"ALTER TEXT SEARCH CONFIGURATION {PG_SEARCH_CONFIG} ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, "
    "word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, recoupe_fr_stem",
    # the title weighs most (A), then the lead (B), then the body (D); a generated column is
    # kept by the database on every insert and update of an article
    "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS ("
    f"setweight(to_tsvector('{PG_SEARCH_CONFIG}', coalesce(title, '')), 'A') || "
    f"setweight(to_tsvector('{PG_SEARCH_CONFIG}', coalesce(lead, '')), 'B') || "
    f"setweight(to_tsvector('{PG_SEARCH_CONFIG}', left(body, {PG_SEARCH_BODY_CHARS})), 'D')) STORED",
    "CREATE INDEX ix_articles_search ON articles USING gin (search)",
    # an article is looked up by its URL, which has no bound: a hash index takes any length (a
    # B-tree entry must stay under 2.7 kB) and serves the equality the store asks for
    "DROP INDEX ix_articles_url",
    "CREATE INDEX ix_articles_url ON articles USING hash (url)",
]


def _migration_8(conn: Connection) -> None:
    """Full-text search on PostgreSQL (SQLite's is migration 4): a weighted tsvector of each
    article over the ``recoupe_fr`` configuration, under a GIN index. Needs the ``unaccent``
    extension (PostgreSQL's contrib; a trusted extension, which the database's owner may create)."""
    if conn.dialect.name != "postgresql":
        return
    if conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'").first() is None:
        if conn.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'").first() is None:
            raise StoreError("this PostgreSQL server lacks the unaccent extension that French search needs "
                             "(PostgreSQL's contrib: Debian's postgresql package has it)")
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION unaccent")
        except sa.exc.DBAPIError as e:
            raise StoreError("cannot create the unaccent extension French search needs: "
                             f"{' '.join(str(e.orig).split())} (a superuser can: CREATE EXTENSION unaccent)") from e
    for statement in _PG_SEARCH_DDL:
        conn.exec_driver_sql(statement)


def _migration_9(conn: Connection) -> None:
    """The members a story compares a new article with. Stories placed before this migration get
    theirs as articles join them, or all at once from ``recoupe recluster``."""
    metadata.create_all(conn, tables=[story_members])


# -- migration 10: backfill staging and stored cross-check reports ---------------------------
# ``recoupe backfill`` parses and enriches on a cluster's workers and stages each result here
# (its key, its place in publication order, the enriched article pickled); the articles are then
# stored from here in publication order, each staged row dropped once its article is stored.
backfill_staged = sa.Table(
    "backfill_staged", metadata,
    sa.Column("key", Str(64), primary_key=True),  # the article's content hash and URL (or id)
    sa.Column("time", Str(20), nullable=False),  # when it is placed: its publication, "~" when unknown
    sa.Column("ord", sa.BigInteger, nullable=False),  # read order: input number << 32 | record number
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Index("ix_backfill_order", "time", "ord"),
)
# The cross-check report of a story, computed ahead (by backfill's workers): ``key`` says of
# which members (ids, revisions) and outlets it was made; a report whose key no longer matches
# is not read.
story_reports = sa.Table(
    "story_reports", metadata,
    sa.Column("story_id", Str(40), primary_key=True),
    sa.Column("key", Str(64), nullable=False),
    sa.Column("report", sa.JSON, nullable=False),
    sa.Column("computed_at", Str(40), nullable=False),
)


def _migration_10(conn: Connection) -> None:
    metadata.create_all(conn, tables=[backfill_staged, story_reports])


# -- migration 11: sentence vectors of statements (the cross-check's, kept once computed) -----------
sentence_vectors = sa.Table(
    # one article's statement vectors under one encoder, as the cross-check encodes them
    # (crosscheck.vectors): the store keeps the bytes
    "sentence_vectors", metadata,
    sa.Column("article_id", Str(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("encoder", Str(60), primary_key=True),
    sa.Column("data", sa.LargeBinary, nullable=False),
)


def _migration_11(conn: Connection) -> None:
    metadata.create_all(conn, tables=[sentence_vectors])
# -- end of migration 11 ------------------------------------------------------------------------------


# -- migration 12: story placement keeps no word vectors --------------------------------------------
# Placement compared a mean word vector of each article's title and lead with weight 0 (issue 16:
# it joined distinct events of a subject more than one event told in other words); it is no
# longer computed, and the columns that kept it are dropped (stores created since never had them).
_V12_DROPPED = (("article_features", "vector"), ("stories", "vector_sum"), ("story_members", "vector"))


def _migration_12(conn: Connection) -> None:
    for table, column in _V12_DROPPED:
        if column in {c["name"] for c in sa.inspect(conn).get_columns(table)}:
            conn.exec_driver_sql(f'ALTER TABLE {table} DROP COLUMN "{column}"')
# -- end of migration 12 ------------------------------------------------------------------------------


MIGRATIONS: Sequence[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "articles, revisions, raw inputs and entities", _migration_1),
    (2, "quotations, time expressions and dated events", _migration_2),
    (3, "stories, story index, copies", _migration_3),
    (4, "full-text search (SQLite FTS5 over French stems)", _migration_4),
    (5, "entity and search keys with ligatures spelt out (œ, æ, ß)", _migration_5),
    (6, "followed sources and the items seen of each", _migration_6),
    (7, "statement features computed at ingest", _migration_7),
    (8, "full-text search on PostgreSQL (French configuration with unaccent, weighted tsvector, GIN)", _migration_8),
    (9, "the latest members of each story, as placement compares them", _migration_9),
    (10, "backfill staging and stored cross-check reports", _migration_10),
    (11, "sentence vectors of statements, kept once the cross-check computed them", _migration_11),
    (12, "story placement keeps no word vectors (their columns dropped)", _migration_12),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")

