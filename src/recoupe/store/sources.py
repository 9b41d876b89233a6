"""The sources a store follows (feeds, sitemaps) and the items it has seen of each.

Tables and plain row functions over a connection; :class:`recoupe.store.Store` exposes them.
What the rows mean (when to fetch, whether a source is healthy) is decided by the ingest stage
and the reading side.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from recoupe.store.columns import Str

metadata = sa.MetaData()

sources = sa.Table(
    "sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", Str(200), nullable=False, unique=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("kind", Str(16), nullable=False),  # feed, sitemap
    sa.Column("outlet", Str(200)),
    sa.Column("allow_private", sa.Boolean, nullable=False, default=False),
    sa.Column("added_at", Str(40), nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_fetch", Str(40)),
    sa.Column("last_success", Str(40)),
    sa.Column("last_new", Str(40)),
    sa.Column("next_fetch", Str(40)),
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("last_error", sa.Text),
)
source_items = sa.Table(
    "source_items", metadata,
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("url", sa.Text, primary_key=True),  # canonical
    sa.Column("guid", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("first_seen", Str(40), nullable=False),
    sa.Column("status", Str(16), nullable=False),  # page, headline (page to retry), blocked, failed
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("article_id", Str(200)),
    sa.Column("error", sa.Text),
    sa.Index("ix_source_items_guid", "source_id", "guid"),
    sa.Index("ix_source_items_seen", "source_id", "first_seen"),
)
TABLES = [sources, source_items]


def create(conn: Connection) -> None:
    metadata.create_all(conn, tables=TABLES)


def source_rows(conn: Connection, name: str | None = None) -> list[dict[str, Any]]:
    q = sa.select(sources).order_by(sources.c.name)
    if name is not None:
        q = q.where(sources.c.name == name)
    return [dict(r._mapping) for r in conn.execute(q)]


def insert_source(conn: Connection, row: dict[str, Any]) -> int:
    key = conn.execute(sources.insert().values(**row)).inserted_primary_key
    assert key is not None
    return int(key[0])


def update_source(conn: Connection, source_id: int, values: dict[str, Any]) -> None:
    conn.execute(sources.update().where(sources.c.id == source_id).values(**values))


def delete_source(conn: Connection, name: str) -> bool:
    row = conn.execute(sa.select(sources.c.id).where(sources.c.name == name)).first()
    if row is None:
        return False
    conn.execute(source_items.delete().where(source_items.c.source_id == row.id))
    conn.execute(sources.delete().where(sources.c.id == row.id))
    return True


def seen_keys(conn: Connection, source_id: int, urls: Iterable[str], guids: Iterable[str]) -> set[str]:
    """The URLs and GUIDs among these that the source's items already have."""
    urls, guids = list(urls), list(guids)
    found: set[str] = set()
    for chunk in range(0, max(len(urls), len(guids)), 500):
        u, g = urls[chunk:chunk + 500], guids[chunk:chunk + 500]
        q = sa.select(source_items.c.url, source_items.c.guid).where(
            source_items.c.source_id == source_id, sa.or_(source_items.c.url.in_(u), source_items.c.guid.in_(g)))
        for r in conn.execute(q):
            found.add(r.url)
            if r.guid:
                found.add(r.guid)
    return found


def save_item(conn: Connection, row: dict[str, Any]) -> None:
    key = (source_items.c.source_id == row["source_id"]) & (source_items.c.url == row["url"])
    if conn.execute(sa.select(source_items.c.url).where(key)).first() is None:
        conn.execute(source_items.insert().values(**row))
    else:
        conn.execute(source_items.update().where(key).values(
            **{k: v for k, v in row.items() if k not in ("source_id", "url", "first_seen", "guid", "title")}))


def item_rows(conn: Connection, source_id: int, *, status: str | None = None, since: str | None = None) -> list[dict[str, Any]]:
    q = sa.select(source_items).where(source_items.c.source_id == source_id).order_by(source_items.c.first_seen)
    if status is not None:
        q = q.where(source_items.c.status == status)
    if since is not None:
        q = q.where(source_items.c.first_seen >= since)
    return [dict(r._mapping) for r in conn.execute(q)]


def item_counts(conn: Connection, source_id: int) -> dict[str, int]:
    q = sa.select(source_items.c.status, sa.func.count()).where(source_items.c.source_id == source_id).group_by(source_items.c.status)
    return {str(r[0]): int(r[1]) for r in conn.execute(q)}
