"""The reading side: what the CLI, the REST API and the web pages show of the store.

Each function joins what the store keeps with what a stage says of it (a story's title and
independent sources, a story's cross-check), so that the three interfaces never compute a thing
differently. The writing side is ``recoupe.pipeline``.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from importlib import resources
from typing import Any

import numpy as np

from recoupe.crosscheck import features, vectors
from recoupe.crosscheck.report import cross_check
from recoupe.crosscheck.statements import load_model
from recoupe.crosscheck.types import Statement
from recoupe.enrich.semantic import encoder
from recoupe.errors import StoreError
from recoupe.ingest.watch import usual_interval
from recoupe.store import Store
from recoupe.stories.outlets import Registry
from recoupe.stories.summary import summarise, title_of
from recoupe.stories.threads import thread


def story_list(store: Store, *, since: str | None = None, limit: int | None = None, registry: Registry | None = None,
               by_group: bool = False, offset: int = 0, order: str = "active") -> list[dict[str, Any]]:
    """Stories, each with its articles, sources and independent sources (see
    ``Store.story_records`` for the orders)."""
    return [summarise(s, registry, by_group=by_group)
            for s in store.story_records(since=since, limit=limit, offset=offset, order=order)]


def story(store: Store, story_id: str, *, registry: Registry | None = None, by_group: bool = False) -> dict[str, Any]:
    """One story with its members and the other stories of its thread (an id merged into
    another gives that one)."""
    found = summarise(store.story_record(story_id), registry, by_group=by_group, details=True)
    return {**found, "thread": story_thread(store, found["id"])}


def story_thread(store: Store, story_id: str) -> list[dict[str, Any]]:
    """The other stories of the thread of a live story (``recoupe.stories.threads``), in order
    of first article: id, title, number of articles, first and last seen."""
    out = []
    for s in thread(store, story_id):
        if s.id == story_id:
            continue
        record = store.story_record(s.id)
        out.append({"id": s.id, "title": title_of(record), "articles": s.size,
                    "first_seen": record.first_seen, "last_seen": record.last_seen})
    return out


def entity(store: Store, entity_id: str, *, registry: Registry | None = None, limit: int = 200) -> dict[str, Any]:
    """One entity across the store, with the stories that name it."""
    found = store.entity(entity_id, limit=limit)
    ids = found.pop("story_ids")
    found["stories"] = [summarise(store.story_record(i), registry) for i in ids]
    return found


_cache: dict[str, dict[str, Any]] = {}  # written under _computing; read by any thread
_computing = threading.Lock()


# what a report is computed by: the cross-check's code and data, its language data, the encoder
_REPORT_CODE = (("recoupe.crosscheck", "*"), ("recoupe.lang", "fr_compare.py"), ("recoupe.lang", "fr_statements.py"),
                ("recoupe.enrich", "semantic.py"))


@functools.cache
def report_code() -> str:
    """A digest of the code and data that compute a report: a report stored by an older recoupe
    is computed again instead of being read."""
    h = hashlib.sha256()
    for package, name in _REPORT_CODE:
        folder = resources.files(package)
        for item in sorted((f for f in folder.iterdir() if f.is_file() and f.name.endswith((".py", ".json"))),
                           key=lambda f: f.name) if name == "*" else [folder / name]:
            h.update(item.name.encode("utf-8") + b"\0" + item.read_bytes())
    return h.hexdigest()


def report_key(story_id: str, articles: list[Any], registry: Registry, by_group: bool) -> str:
    """What a story's report is made of (its members' ids and revisions, the outlets, the code that
    computes it), as a digest: a report stored ahead (``recoupe backfill``) is read only while it
    matches."""
    parts = (report_code(), story_id, tuple((a.id, a.revision, a.ingested_at) for a in articles), by_group,
             tuple(sorted((o.domain, o.name, o.group or "") for o in registry.by_domain.values())))
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def story_report(store: Store, story_id: str, *, registry: Registry | None = None, by_group: bool = False,
                 stored: bool = True) -> dict[str, Any]:
    """The cross-check report of a story in the store (an id merged into another gives that one).
    A report stored ahead for the same members is read (unless ``stored`` is false); else it is
    computed, and kept in memory per process until one of the story's articles changes. The
    thread is read each time (other stories change it)."""
    registry = registry or Registry()
    found, articles, key = _members(store, story_id, registry, by_group)
    report = _cache.get(key)
    if report is None and stored:
        report = store.stored_story_report(found["id"], key)
    if report is None:
        report = _computed(store, found, articles, key, registry, by_group)
    return {**report, "thread": story_thread(store, found["id"])}


def report_ahead(store: Store, story_id: str, *, registry: Registry | None = None) -> dict[str, Any] | None:
    """A story's report computed to be stored ahead of reading (``recoupe backfill``): the row
    ``Store.save_story_reports`` takes (the live id, the digest of the members, the report without
    its thread, which is read each time), or None when the store holds one for the same members."""
    registry = registry or Registry()
    found, articles, key = _members(store, story_id, registry, False)
    if store.stored_story_report(found["id"], key) is not None:
        return None
    return {"story_id": found["id"], "key": key, "report": _computed(store, found, articles, key, registry, False)}


def _members(store: Store, story_id: str, registry: Registry, by_group: bool) -> tuple[dict[str, Any], list[Any], str]:
    """A story's summary with its members, its articles, and the digest its report is kept under."""
    found = summarise(store.story_record(story_id), registry, by_group=by_group, details=True)
    articles = [store.get(i, with_revisions=False) for i in found["articles"]]
    return found, articles, report_key(found["id"], articles, registry, by_group)


def _computed(store: Store, found: dict[str, Any], articles: list[Any], key: str, registry: Registry,
              by_group: bool) -> dict[str, Any]:
    """The report computed (or as this process keeps it): one at a time, once, the threads of a
    server waiting for it."""
    with _computing:
        report = _cache.get(key)
        if report is None:
            nlp = load_model()
            feats = features.stored(store.statement_features([a.id for a in articles]), articles, nlp)
            report = cross_check(found, articles, registry=registry, by_group=by_group, nlp=nlp, features=feats,
                                 encode=_kept_vectors(store, [a.id for a in articles]))
            while len(_cache) >= 64:
                _cache.pop(next(iter(_cache)))
            _cache[key] = report
        return report


def _kept_vectors(store: Store, article_ids: list[str]) -> Callable[[Sequence[Statement]], np.ndarray]:
    """The statements' sentence vectors as the store keeps them, those it lacks encoded and kept
    (computed once per statement, on the first report of its story, never at ingest)."""
    def encode(statements: Sequence[Statement]) -> np.ndarray:
        enc = encoder()
        rows, save = vectors.statement_vectors(statements, enc, store.sentence_vectors(article_ids, enc.name))
        if save:
            try:
                with store.writing() as writer:
                    writer.save_sentence_vectors(enc.name, save)
            except StoreError as e:  # a cache: the report stands without it, and keeps them next time
                log.warning("sentence vectors not kept: %s", e)
        return rows
    return encode


log = logging.getLogger(__name__)
SILENT_FACTOR = 4  # no new item for this many usual intervals: silent
MIN_SILENCE = timedelta(hours=6)  # ...and for at least this long
FAILING_AFTER = 3  # consecutive failed fetches


def source_health(store: Store, *, now: datetime | None = None) -> list[dict[str, Any]]:
    """Every followed source with its health: last fetch, last success, last new item, items per
    day over 7 and 30 days, consecutive failures, last error, pages refused by robots.txt or
    waiting for a retry, and flags (``silent``, ``failing``, ``robots``)."""
    now = now or datetime.now(timezone.utc)
    result = []
    for row in store.sources():
        items = store.source_items(row["id"], since=(now - timedelta(days=30)).isoformat())
        seen = [i["first_seen"] for i in items]
        week = sum(1 for s in seen if s >= (now - timedelta(days=7)).isoformat())
        counts = store.source_item_counts(row["id"])
        usual = usual_interval(seen, now, days=30)
        flags = []
        last_new = _when(row["last_new"])
        if usual is not None and last_new is not None and now - last_new > max(usual * SILENT_FACTOR, MIN_SILENCE):
            flags.append("silent")
        if row["failures"] >= FAILING_AFTER:
            flags.append("failing")
        if counts.get("blocked"):
            flags.append("robots")
        result.append({
            "name": row["name"], "url": row["url"], "kind": row["kind"], "outlet": row["outlet"],
            "allow_private": bool(row["allow_private"]), "added_at": row["added_at"],
            "last_fetch": row["last_fetch"], "last_success": row["last_success"], "last_new": row["last_new"],
            "next_fetch": row["next_fetch"],
            "items_per_day_7": round(week / 7, 2), "items_per_day_30": round(len(seen) / 30, 2),
            "consecutive_failures": row["failures"], "last_error": row["last_error"],
            "items": sum(counts.values()), "headline_only": counts.get("headline", 0),
            "robots_blocked": counts.get("blocked", 0), "flags": flags, "ok": not flags,
        })
    return result


def _when(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
