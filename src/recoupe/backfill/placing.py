"""Step 3 of a backfill: the stored articles placed in stories, in time shards on the workers.

The articles were stored in publication order without a story (``store_batch(place=False)``:
entity resolution and copies are done, in that order). Here they are placed exactly as
``ingest`` would have placed them one after the other (:mod:`recoupe.stories.shards`): shards of
``shard_days`` days placed speculatively on the workers, joined in order on the driver, and the
result written in one transaction. Sharding needs the articles in time order and no stored story
still active at the first of them (a backfill into an empty store, or after older articles);
otherwise, or without ``shard_days``, they are placed one by one through the store's index, as
``ingest`` does.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from recoupe.models import Signal
from recoupe.store import Store
from recoupe.store.indexes import SqlStoryIndex
from recoupe.store.writer import Writer
from recoupe.stories.placement import PlacementParams, assign
from recoupe.stories.shards import (
    Mapper,
    Placed,
    ShardReport,
    final_story,
    iso,
    local_map,
    place_sharded,
)


def shardable(writer: Writer, signals: Sequence[Signal], params: PlacementParams) -> bool:
    """Whether ``signals`` can be placed in shards: in time order, and no stored story can be
    a candidate of the first (nor then of any later one)."""
    if any(b.time < a.time for a, b in zip(signals, signals[1:], strict=False)):
        return False
    return writer.live_stories_since(iso(signals[0].time - params.window_before)) == 0


def place_stored(store: Store, *, shard_days: float | None, mapper: Mapper = local_map,
                 params: PlacementParams = PlacementParams(), report: ShardReport | None = None) -> int:
    """Place every stored article that has no story yet; returns how many were placed."""
    report = report if report is not None else ShardReport()
    with store.writing() as writer:
        started = time.monotonic()
        signals = writer.unplaced()
        report.seconds["read"] = time.monotonic() - started
        if not signals:
            return 0
        if shard_days is None or not shardable(writer, signals, params):
            started = time.monotonic()
            for s in signals:
                writer.set_story(s.article_id, assign(s, writer.stories, params).story_id)
            report.seconds["sequential"] = time.monotonic() - started
            return len(signals)
        n_docs, _ = writer.document_frequencies([])
        started = time.monotonic()
        placed = place_sharded(signals, shard_days, lambda terms: writer.document_frequencies(sorted(terms))[1], n_docs,
                               params=params, member_terms=SqlStoryIndex.MEMBER_TERMS, mapper=mapper, report=report)
        report.seconds["place"] = time.monotonic() - started
        started = time.monotonic()
        writer.save_placed(**rows(placed, signals))
        report.seconds["write"] = time.monotonic() - started
    return len(signals)


def rows(placed: Placed, signals: Sequence[Signal]) -> dict[str, Any]:
    """The store's rows of a placement (as ``Writer.save_placed`` takes them)."""
    blob = (lambda v: None if v is None else np.asarray(v, dtype=np.float32).tobytes())
    stories = sorted(placed.stories.values(), key=lambda s: s.position)
    counts: dict[str, int] = {}
    for s in signals:
        for t in s.terms:
            counts[t] = counts.get(t, 0) + 1
    return {
        "story_rows": [{"id": s.id, "seq": n + 1, "first_seen": iso(s.first_seen), "last_seen": iso(s.last_seen), "size": s.size,
                        "term_norm2": s.term_norm2, "entity_norm2": s.entity_norm2, "vector_sum": blob(s.vector),
                        "merged_into": s.merged_into} for n, s in enumerate(stories)],
        "term_rows": [{"term": t, "story_id": s.id, "weight": w} for s in stories for t, w in s.terms.items()],
        "entity_rows": [{"entity_id": e, "story_id": s.id, "weight": w} for s in stories for e, w in s.entities.items()],
        "member_rows": [{"article_id": m.article_id, "story_id": s.id, "seq": m.position + 1,
                         "weights": {"terms": m.terms, "entities": m.entities}, "vector": blob(m.vector)}
                        for s in stories for m in s.members],
        "merge_rows": [{"source": m.source, "target": m.target, "article_id": m.article_id} for m in placed.merges],
        "story_of": {sig.article_id: final_story(placed.stories, step.story_id) for sig, step in zip(signals, placed.steps, strict=True)},
        "counts": counts,
        "documents": len(signals),
    }
