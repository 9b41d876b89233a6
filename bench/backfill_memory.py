"""The driver's peak memory while placing a backfill's articles in stories, by group size.

    python bench/backfill_memory.py [--n 2000] [--stride 5] [--shard-days 3] [--groups 1 2 1000]

Takes N articles of ../shared/corpora/orangesum/articles.jsonl.gz (every ``stride``-th line of the
first N × stride, in publication order), enriches them and stores them without a story in a
SQLite store (as a backfill's step 2 leaves them; placement reads and writes a store the same way
on either database), then, for each group size (shards placed and written together), places
them from a copy of that store with :func:`recoupe.backfill.placing.place_stored`, the shards
mapped in this process (so the peak also counts the shards' placement, which a cluster's workers
would hold; after a first run unmeasured, which loads what placement loads once), and prints the peak of Python's allocations during placement (tracemalloc), the
groups, shards and stories still active read from the store, and the CPU time per article.
Every run is checked to give every article the same story.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import sqlalchemy as sa  # noqa: E402

from recoupe import pipeline  # noqa: E402
from recoupe.backfill.placing import place_stored  # noqa: E402
from recoupe.enrich.nlp import Enricher, load  # noqa: E402
from recoupe.ingest.parse import parse_record  # noqa: E402
from recoupe.ingest.sources import read_records  # noqa: E402
from recoupe.store import Store  # noqa: E402
from recoupe.store.tables import article_features  # noqa: E402
from recoupe.stories.shards import ShardReport  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--stride", type=int, default=5)
    ap.add_argument("--shard-days", type=float, default=3.0)
    ap.add_argument("--groups", type=int, nargs="+", default=[1, 2, 1000])
    args = ap.parse_args()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, 0, args.n * args.stride, args.stride)]
    rows = sorted((r for r in rows if r.get("date")), key=lambda r: r["date"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        base = Path(tmp) / "stored.db"
        enricher = Enricher(nlp=load(), workers=1)
        started = time.process_time()
        with Store(str(base)) as store:
            items = list(enricher([parse_record(record) for _, record in read_records([str(path)])]))
            created = sum(r.action == "created" for r in pipeline.store_batch(store, items, place=False))
        print(f"{len(rows)} OrangeSum articles ({rows[0]['date'][:10]} to {rows[-1]['date'][:10]}), {created} stored without a story "
              f"({time.process_time() - started:.0f} s CPU); shards of {args.shard_days:g} days")
        seen = None
        for n, per_group in enumerate([args.groups[0], *args.groups]):  # the first run warms up (the prior's tables load)
            db = Path(tmp) / f"group{n}.db"
            shutil.copy(base, db)
            report = ShardReport()
            with Store(str(db)) as store:
                tracemalloc.start()
                started = time.process_time()
                placed = place_stored(store, shard_days=args.shard_days, group_shards=per_group, report=report)
                cpu = time.process_time() - started
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                with store.engine.connect() as conn:
                    story_of = dict(conn.execute(sa.select(article_features.c.article_id, article_features.c.story_id)).all())
            assert seen is None or story_of == seen, "a group size changed a story"
            seen = story_of
            if n == 0:
                continue
            print(f"  groups of {per_group:>4} shards: {report.groups:3d} groups, {report.shards} shards, {report.seeded} stored stories "
                  f"read as still active; peak {peak / 2**20:7.1f} MiB ({peak / max(placed, 1) / 1024:5.1f} kB per article placed); "
                  f"{1000 * cpu / max(placed, 1):.1f} ms CPU per article (tracemalloc on)")
        print("  every group size gave every article the same story")


if __name__ == "__main__":
    main()
