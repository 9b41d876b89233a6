"""The reading side: what the CLI, the REST API and the web pages show of the store.

Each function joins what the store keeps with what a stage says of it (a story's title and
independent sources, a story's cross-check), so that the three interfaces never compute a thing
differently. The writing side is ``recoupe.pipeline``.
"""

from __future__ import annotations

from typing import Any

from recoupe.crosscheck.report import cross_check
from recoupe.store import Store
from recoupe.stories.outlets import Registry
from recoupe.stories.summary import summarise


def story_list(store: Store, *, since: str | None = None, limit: int | None = None, registry: Registry | None = None,
               by_group: bool = False, offset: int = 0, order: str = "active") -> list[dict[str, Any]]:
    """Stories, each with its articles, sources and independent sources (see
    ``Store.story_records`` for the orders)."""
    return [summarise(s, registry, by_group=by_group)
            for s in store.story_records(since=since, limit=limit, offset=offset, order=order)]


def story(store: Store, story_id: str, *, registry: Registry | None = None, by_group: bool = False) -> dict[str, Any]:
    """One story with its members (an id merged into another gives that one)."""
    return summarise(store.story_record(story_id), registry, by_group=by_group, details=True)


def entity(store: Store, entity_id: str, *, registry: Registry | None = None, limit: int = 200) -> dict[str, Any]:
    """One entity across the store, with the stories that name it."""
    found = store.entity(entity_id, limit=limit)
    ids = found.pop("story_ids")
    found["stories"] = [summarise(store.story_record(i), registry) for i in ids]
    return found


_cache: dict[tuple[Any, ...], dict[str, Any]] = {}


def story_report(store: Store, story_id: str, *, registry: Registry | None = None, by_group: bool = False) -> dict[str, Any]:
    """The cross-check report of a story in the store (an id merged into another gives that one).
    Reports are kept in memory per process until one of the story's articles changes."""
    registry = registry or Registry()
    found = story(store, story_id, registry=registry, by_group=by_group)
    articles = [store.get(i, with_revisions=False) for i in found["articles"]]
    key = (found["id"], tuple((a.id, a.revision, a.ingested_at) for a in articles), by_group,
           tuple(sorted((o.domain, o.name, o.group or "") for o in registry.by_domain.values())))
    if key not in _cache:
        if len(_cache) > 64:
            _cache.pop(next(iter(_cache)))
        _cache[key] = cross_check(found, articles, registry=registry, by_group=by_group)
    return _cache[key]
