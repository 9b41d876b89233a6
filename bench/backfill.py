"""Backfill throughput on a local Ray cluster, with 1 and with 2 workers, and its cost per stage.

    python bench/backfill.py [--n 300] [--workers 1 2]

Takes N articles of ../shared/corpora/orangesum/articles.jsonl.gz (written to a temporary JSON
Lines file, in publication order), starts a throwaway PostgreSQL server (tests/pg.py), and for
each number of workers backfills them into a fresh database: a local Ray cluster of that many
workers is started (inside the timing), the records are read, parsed, enriched and staged on the
workers, then stored and placed in publication order on the driver, then every story's
cross-check is computed on the workers and stored.

Prints for each run the articles per second over the whole run, and the wall time of each step
per article: "read, parse, enrich" (parallel: divides by the workers), "store and place"
(sequential, on the driver: the limiting step on a large cluster) and "cross-check" (parallel),
with the cluster's start-up apart. The projection of docs/backfill.md is made from these.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from pg import PgServer, find_bindir  # noqa: E402

from recoupe.backfill import backfill  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, args.n)]
    rows.sort(key=lambda r: r.get("date") or "")
    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL's server is not installed")
    server = PgServer(bindir)
    server.start()
    server.migrate_template()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "articles.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
            print(f"{len(rows)} OrangeSum articles, {os.cpu_count()} CPUs on this machine")
            for workers in args.workers:
                db = server.url(server.fresh(f"bench{workers}"))
                t0 = time.monotonic()
                report = backfill([str(path)], db, workers=workers)
                total = time.monotonic() - t0
                steps = sum(report.seconds.values())
                n = report.created or 1
                print(f"workers={workers}: {report.created} articles in {total:.1f} s = {report.created / total:.2f} articles/s "
                      f"(start-up and teardown {total - steps:.1f} s); {report.stories} stories")
                for step, seconds in report.seconds.items():
                    per = seconds / (n if step != "cross-check" else max(report.reports, 1))
                    unit = "article" if step != "cross-check" else "story"
                    print(f"  {step:<22} {seconds:7.1f} s  {1000 * per:8.1f} ms per {unit}")
                print(f"  without start-up: {report.created / steps:.2f} articles/s")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
