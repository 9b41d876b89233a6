"""Backfill: archives into a PostgreSQL store, the heavy stages on a Ray cluster.

``recoupe backfill`` runs the pipeline of ``recoupe ingest`` with its work split where it can be
split exactly:

1. read, parse, enrich — on the engine's workers (:mod:`recoupe.backfill.cluster`: Ray Data, one
   read task per input file, actors that each load the language model once). Each actor skips
   what the store already holds (or has staged) before the model, and *stages* every enriched
   article in the store (``backfill_staged``: its key, its time, its read order, the enriched
   article), keyed so that staging it twice keeps one row;
2. store — on the driver, the staged articles in publication order (then read order), batch by
   batch through :func:`recoupe.pipeline.store_batch`, the very stages 4 to 7 of ``ingest``:
   entity resolution, copies and the store's writes, and story placement unless it is sharded.
   A staged row is dropped once its batch is stored; a batch stored but not yet dropped (a
   crash in between) is found a duplicate when run again, so nothing is stored twice;
3. place — with ``shard_days``, the articles stored without a story are placed in time shards
   on the workers (:mod:`recoupe.backfill.placing`, :mod:`recoupe.stories.shards`), joined into
   exactly the placement of one sequential run, in groups of a few shards per worker, each
   written in its own transaction after the stories still active before it. Either way the
   result is what ``recoupe ingest`` stores when the articles arrive in publication order;
4. cross-check — every story's report computed by the workers and stored (``story_reports``),
   read back by ``recoupe story`` while the story's members are unchanged.

Ray is imported only by :mod:`recoupe.backfill.cluster`, and only when a backfill runs.
"""

from __future__ import annotations

import contextlib
import pickle
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from recoupe.errors import RecoupeError
from recoupe.ingest import sources
from recoupe.models import Enriched, Rejection
from recoupe.pipeline import BATCH_SIZE, store_batch
from recoupe.store import Store
from recoupe.stories.shards import ShardReport

from .placing import place_stored
from .stage import input_files

Lines = Callable[[str], None]
SHARD_DAYS = 14.0  # days of publication time per shard of placement
GROUP_PER_WORKER = 4  # shards per worker placed and written together: what bounds the driver's memory


@dataclass(slots=True)
class BackfillReport:
    read: int = 0  # records read (rejected ones included)
    enriched: int = 0  # articles enriched and staged by this run
    known: int = 0  # articles the store (or the staging table) already had: not enriched again
    created: int = 0
    revised: int = 0
    duplicates: int = 0
    stories: int = 0
    reports: int = 0
    placed: int = 0  # articles placed in stories after being stored (sharded placement)
    shards: ShardReport | None = None
    rejected: list[Rejection] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each step
    cpu: dict[str, float] = field(default_factory=dict)  # the driver's CPU time of each step

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Time a step: its wall time and the driver's CPU time."""
        wall, cpu = time.monotonic(), time.process_time()
        try:
            yield
        finally:
            self.seconds[name], self.cpu[name] = time.monotonic() - wall, time.process_time() - cpu

    def to_json(self) -> dict[str, Any]:
        return {
            "read": self.read, "enriched": self.enriched, "known": self.known, "created": self.created,
            "revised": self.revised, "duplicates": self.duplicates, "stories": self.stories, "reports": self.reports,
            "placed": self.placed,
            "shards": None if self.shards is None else {
                "shards": self.shards.shards, "met": self.shards.met, "replayed": self.shards.replayed,
                "rejoined": self.shards.rejoined, "groups": self.shards.groups, "seeded": self.shards.seeded,
                "seconds": {k: round(v, 2) for k, v in self.shards.seconds.items()},
                "cpu": {k: round(v, 2) for k, v in self.shards.cpu.items()}},
            "rejected": [r.to_json() for r in self.rejected], "seconds": {k: round(v, 2) for k, v in self.seconds.items()},
            "cpu": {k: round(v, 2) for k, v in self.cpu.items()},
        }


# -- the driver ------------------------------------------------------------------------------

def store_staged(store: Store, report: BackfillReport, *, batch_size: int = BATCH_SIZE,
                 on_stored: Callable[[int], None] | None = None, place: bool = True) -> None:
    """Step 2: the staged articles in publication order through ``ingest``'s stages 4 to 7
    (without placement with ``place=False``: step 3 places them)."""
    after: tuple[str, int] | None = None
    while rows := store.staged(batch_size, after):
        batch: list[Enriched] = [pickle.loads(data) for *_, data in rows]  # noqa: S301 - our own rows
        for result in store_batch(store, batch, place=place):
            if result.action == "created":
                report.created += 1
            elif result.action == "revised":
                report.revised += 1
            elif result.action == "duplicate":
                report.duplicates += 1
            else:
                report.rejected.append(Rejection(result.origin, "E013", result.detail))
        store.unstage([key for key, *_ in rows])
        after = (rows[-1][1], rows[-1][2])
        if on_stored:
            on_stored(len(rows))


def backfill(paths: Sequence[str], db: str, *, address: str | None = None, workers: int | None = None,
             source: str | None = None, batch_size: int = BATCH_SIZE, reports: bool = True,
             max_bytes: int = sources.DEFAULT_MAX_BYTES, progress: Lines | None = None,
             shard_days: float | None = SHARD_DAYS) -> BackfillReport:
    """Read, parse and enrich ``paths`` on a Ray cluster (the one at ``address``, else a local one
    of ``workers`` processes), store the articles in publication order, place them in stories
    (in time shards of ``shard_days`` on the workers; one by one on the driver with None), and
    compute every story's cross-check on the workers."""
    store = Store(db)  # an unreachable store is said before any cluster starts
    if store.engine.dialect.name != "postgresql":
        store.close()
        raise RecoupeError("backfill writes to PostgreSQL (--db postgresql://...): the workers of a cluster "
                           "share its store, which a SQLite file cannot be")
    try:
        from recoupe.backfill import cluster
    except ImportError as e:
        store.close()
        raise RecoupeError(f"backfill needs Ray, the cluster extra: pip install 'recoupe[cluster]' ({e})") from e
    report = BackfillReport()
    files, refused = input_files(paths)
    report.rejected += refused
    meter = Meter(progress)
    try:
        with cluster.Engine(address=address, workers=workers) as engine:
            with report.step("read, parse, enrich"):
                for status, name, code, why in engine.stage(files, db, source=source, max_bytes=max_bytes):
                    report.read += 1
                    meter.count("read")
                    if status == "rejected":
                        report.rejected.append(Rejection(name, code, why))
                    elif status == "known":
                        report.known += 1
                    else:
                        report.enriched += 1
                        meter.count("enriched")
            with report.step("store and place" if shard_days is None else "store"):
                store_staged(store, report, batch_size=batch_size, on_stored=lambda n: meter.count("stored", n),
                             place=shard_days is None)
            if shard_days is not None:
                with report.step("place"):
                    report.shards = ShardReport()
                    report.placed = place_stored(store, shard_days=shard_days, mapper=engine.map, report=report.shards,
                                                 group_shards=GROUP_PER_WORKER * (engine.workers or 1))
                    meter.count("placed", report.placed)
            report.stories = len(store.story_ids())
            if reports:
                with report.step("cross-check"):
                    report.reports = engine.reports(store.story_ids(), db, on_done=lambda n: meter.count("reports", n))
    finally:
        meter.flush()
        store.close()
    return report


class Meter:
    """Counts per step and their rates, told every few seconds as one line."""

    EVERY = 2.0

    def __init__(self, out: Lines | None) -> None:
        self.out = out
        self.counts: dict[str, int] = {}
        self.start = time.monotonic()
        self.last = self.start

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n
        now = time.monotonic()
        if self.out and now - self.last >= self.EVERY:
            self.last = now
            self.flush()

    def flush(self) -> None:
        if not self.out or not self.counts:
            return
        elapsed = max(time.monotonic() - self.start, 1e-9)
        self.out(" · ".join(f"{what} {n} ({n / elapsed:.1f}/s)" for what, n in self.counts.items()))
