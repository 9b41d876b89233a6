"""Step 3 of a backfill: the stored articles placed in stories, in time shards on the workers.

The articles were stored in publication order without a story (``store_batch(place=False)``:
entity resolution and copies are done, in that order). Here they are placed exactly as
``ingest`` would have placed them one after the other (:mod:`recoupe.stories.shards`), in
groups of ``group_shards`` shards of ``shard_days`` days: each group's articles are read, its
shards placed speculatively on the workers and joined in order on the driver, the first one to
the stored stories still active at its first article (read from the store), and the group is
written in its own transaction before the next one is read. The driver holds one group at a
time, and a run stopped between groups goes on where it stopped when run again (the written
groups stay; the rest is placed after them). Sharding needs the articles in time order;
otherwise, or without ``shard_days``, they are placed one by one through the store's index, as
``ingest`` does.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from recoupe.models import Signal
from recoupe.store import Store
from recoupe.store.indexes import SqlStoryIndex
from recoupe.store.writer import Writer
from recoupe.stories.placement import PlacementParams, assign
from recoupe.stories.shards import (
    Mapper,
    Member,
    Placed,
    ShardReport,
    Story,
    final_story,
    iso,
    local_map,
    place_sharded,
)

GROUP_SHARDS = 8  # shards placed and written together, when the caller says nothing


def groups(times: Iterable[tuple[int, str]], days: float, per_group: int) -> list[tuple[int, int]] | None:
    """The groups of ``per_group`` shards of ``days`` days of the articles whose (seq, time) are
    ``times`` (in arrival order), as [first seq, seq of the next group's first) ranges; None if
    the articles are not in time order. Only the groups' edges are held, never the articles."""
    edges: list[int] = []
    shard_edge: datetime | None = None
    shards = 0
    last: datetime | None = None
    final = 0
    for seq, stamp in times:
        t = datetime.fromisoformat(stamp)
        if last is not None and t < last:
            return None
        last, final = t, seq
        if shard_edge is None or t >= shard_edge:  # as shards.shard_bounds cuts them
            if shards % per_group == 0:
                edges.append(seq)
            shards += 1
            shard_edge = t + timedelta(days=days)
    if not edges:
        return []
    return [(lo, hi) for lo, hi in zip(edges, edges[1:] + [final + 1], strict=True)]


def seeded(writer: Writer, first: Signal, params: PlacementParams) -> list[Story]:
    """The stored stories that can be candidates of ``first`` (and so of any later article), as
    the in-memory index takes them: positions below 0 in the store's order, the latest
    ``params.members`` members of each (all that placement ever reads of them)."""
    story_base, member_base = writer.last_seqs()
    out = []
    for r in writer.live_stories(iso(first.time - params.window_before), params.members):
        members = [Member(seq - member_base - 1, article_id, dict(w["terms"]), dict(w["entities"]))
                   for article_id, seq, w in r["members"]]
        out.append(Story(r["id"], r["seq"] - story_base - 1, datetime.fromisoformat(r["first_seen"]),
                         datetime.fromisoformat(r["last_seen"]), r["size"], r["term_norm2"], r["entity_norm2"],
                         r["terms"], r["entities"], members))
    return out


def place_stored(store: Store, *, shard_days: float | None, mapper: Mapper = local_map,
                 params: PlacementParams = PlacementParams(), report: ShardReport | None = None,
                 group_shards: int = GROUP_SHARDS) -> int:
    """Place every stored article that has no story yet; returns how many were placed."""
    report = report if report is not None else ShardReport()
    bounds = None
    if shard_days is not None:
        with store.writing() as writer:
            bounds = groups(writer.unplaced_times(), shard_days, max(group_shards, 1))
    if shard_days is None or bounds is None:
        with store.writing() as writer:
            started = time.monotonic()
            signals = writer.unplaced()
            report.seconds["read"] = time.monotonic() - started
            started = time.monotonic()
            for s in signals:
                writer.set_story(s.article_id, assign(s, writer.stories, params).story_id)
            report.seconds["sequential"] = time.monotonic() - started
            return len(signals)
    placed = 0
    for lo, hi in bounds:
        with store.writing() as writer:
            placed += place_group(writer, writer.unplaced(lo, hi), shard_days, mapper, params, report)
        report.groups += 1
    return placed


def place_group(writer: Writer, signals: Sequence[Signal], shard_days: float, mapper: Mapper, params: PlacementParams,
                report: ShardReport) -> int:
    """One group of shards placed after the stored stories and written (in the caller's transaction)."""
    if not signals:
        return 0
    started = time.monotonic()
    seed = seeded(writer, signals[0], params)
    report.seeded += len(seed)
    n_docs, _ = writer.document_frequencies([])
    _add(report.seconds, "read", time.monotonic() - started)
    started = time.monotonic()
    placed = place_sharded(signals, shard_days, lambda terms: writer.document_frequencies(sorted(terms))[1], n_docs,
                           params=params, member_terms=SqlStoryIndex.MEMBER_TERMS, mapper=mapper, report=report,
                           seed=seed)
    _add(report.seconds, "place", time.monotonic() - started)
    started = time.monotonic()
    writer.save_placed(**rows(placed, signals))
    _add(report.seconds, "write", time.monotonic() - started)
    return len(signals)


def _add(seconds: dict[str, float], key: str, value: float) -> None:
    seconds[key] = seconds.get(key, 0.0) + value


def rows(placed: Placed, signals: Sequence[Signal]) -> dict[str, Any]:
    """The store's rows of a placement (as ``Writer.save_placed`` takes them): the stories it
    made, and those stored before it (positions below 0) that it changed."""
    touched = {step.story_id for step in placed.steps} | {i for m in placed.merges for i in (m.source, m.target)}
    made = sorted((s for s in placed.stories.values() if s.position >= 0), key=lambda s: s.position)
    changed = sorted((s for s in placed.stories.values() if s.position < 0 and s.id in touched), key=lambda s: s.position)
    written = made + changed
    counts: dict[str, int] = {}
    for s in signals:
        for t in s.terms:
            counts[t] = counts.get(t, 0) + 1
    fields = (lambda s: {"first_seen": iso(s.first_seen), "last_seen": iso(s.last_seen), "size": s.size,
                         "term_norm2": s.term_norm2, "entity_norm2": s.entity_norm2,
                         "merged_into": s.merged_into})
    return {
        "story_rows": [{"id": s.id, "seq": n + 1, **fields(s)} for n, s in enumerate(made)],
        "updated_rows": [{"id": s.id, **fields(s)} for s in changed],
        "term_rows": [{"term": t, "story_id": s.id, "weight": w} for s in written for t, w in s.terms.items()],
        "entity_rows": [{"entity_id": e, "story_id": s.id, "weight": w} for s in written for e, w in s.entities.items()],
        "member_rows": [{"article_id": m.article_id, "story_id": s.id, "seq": m.position + 1,
                         "weights": {"terms": m.terms, "entities": m.entities}}
                        for s in written for m in s.members if m.position >= 0],
        "merge_rows": [{"source": m.source, "target": m.target, "article_id": m.article_id} for m in placed.merges],
        "story_of": {sig.article_id: final_story(placed.stories, step.story_id) for sig, step in zip(signals, placed.steps, strict=True)},
        "counts": counts,
        "documents": len(signals),
    }
