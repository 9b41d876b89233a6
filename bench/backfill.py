"""Backfill throughput on a local Ray cluster, with 1 and with 2 workers, and its cost per stage.

    python bench/backfill.py [--n 300] [--stride 1] [--workers 1 2] [--shard-days 14] [--no-reports] [--profile]

Takes N articles of ../shared/corpora/orangesum/articles.jsonl.gz (every ``stride``-th line of the
first N × stride, so that a larger stride spreads them over more days; written to a temporary
JSON Lines file, in publication order), starts a throwaway PostgreSQL server (tests/pg.py), and
for each number of workers backfills them into a fresh database: a local Ray cluster of that
many workers is started (inside the timing), the records are read, parsed, enriched and staged
on the workers, stored in publication order on the driver (entities, copies, the store's
writes), placed in stories in time shards of ``--shard-days`` on the workers and joined on the
driver (``--shard-days 0``: placed one by one on the driver while storing, as before), then
every story's cross-check is computed on the workers and stored.

Prints for each run the articles per second over the whole run, and for each step its wall time
and the driver's CPU time per article (per story for the cross-check), with the cluster's
start-up apart; for the sharded placement, the shards, how many met their replay, the articles
placed again, and the workers' CPU time per article. ``--profile`` profiles the driver
(cProfile) and prints where the store step's time goes: article writes, entities, copies,
placement. The projection of docs/backfill.md is made from these.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import itertools
import json
import os
import pstats
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

# where the driver's store step goes (cProfile's cumulative time of these functions)
PARTS = [
    ("store_batch", "pipeline.py", "store_batch (stages 4 to 7, all of it)"),
    ("save_article", "writer.py", "  article writes (save_article)"),
    ("flush", "writer.py", "  analysis, features, search rows (flush)"),
    ("enriched_features", "pipeline.py", "  statement features"),
    ("resolve", "resolve.py", "  entity resolution"),
    ("find_copy", "copies.py", "  copies"),
    ("save_features", "writer.py", "  story features row"),
    ("assign", "placement.py", "  story placement (assign, through the store's index)"),
    ("place_stored", "placing.py", "sharded placement, all of it"),
    ("unplaced", "writer.py", "  reading the signals"),
    ("place_sharded", "shards.py", "  shards on the workers and their joins"),
    ("save_placed", "writer.py", "  writing the stories"),
]


def profile_lines(stats: pstats.Stats, n: int) -> list[str]:
    found: dict[tuple[str, str], float] = {}
    for (path, _, name), (_, _, _, cum, _) in stats.stats.items():  # type: ignore[attr-defined]
        for want, file, _ in PARTS:
            if name == want and path.endswith(file):
                found[(want, file)] = found.get((want, file), 0.0) + cum
    return [f"  {label:<58} {1000 * found[(want, file)] / n:7.2f} ms per article"
            for want, file, label in PARTS if (want, file) in found]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--stride", type=int, default=1)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--shard-days", type=float, default=14.0)
    ap.add_argument("--no-reports", action="store_true")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, 0, args.n * args.stride, args.stride)]
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
            dates = sorted(r["date"][:10] for r in rows if r.get("date"))
            print(f"{len(rows)} OrangeSum articles ({dates[0]} to {dates[-1]}), {os.cpu_count()} CPUs on this machine, "
                  f"load average {os.getloadavg()[0]:.1f}; shards of {args.shard_days:g} days" if args.shard_days
                  else f"{len(rows)} OrangeSum articles ({dates[0]} to {dates[-1]}); placed one by one on the driver")
            for workers in args.workers:
                db = server.url(server.fresh(f"bench{workers}"))
                profiler = cProfile.Profile() if args.profile else None
                t0 = time.monotonic()
                if profiler:
                    profiler.enable()
                report = backfill([str(path)], db, workers=workers, reports=not args.no_reports,
                                  shard_days=args.shard_days or None)
                if profiler:
                    profiler.disable()
                total = time.monotonic() - t0
                steps = sum(report.seconds.values())
                n = report.created or 1
                print(f"workers={workers}: {report.created} articles in {total:.1f} s = {report.created / total:.2f} articles/s "
                      f"(start-up and teardown {total - steps:.1f} s); {report.stories} stories")
                for step, seconds in report.seconds.items():
                    per = max(report.reports, 1) if step == "cross-check" else n
                    unit = "story" if step == "cross-check" else "article"
                    print(f"  {step:<22} {seconds:7.1f} s  {1000 * seconds / per:8.1f} ms per {unit} "
                          f"(driver CPU {1000 * report.cpu[step] / per:6.1f} ms)")
                if report.shards is not None:
                    s = report.shards
                    print(f"  placement: {s.shards} shards, {s.met} met their replay, {s.replayed} articles placed again, "
                          f"{s.rejoined} joined again on the driver; "
                          + ", ".join(f"{k} {1000 * v / n:.2f} ms" for k, v in s.seconds.items()) + " per article (wall); "
                          + "workers' CPU " + ", ".join(f"{k} {1000 * v / n:.2f} ms" for k, v in s.cpu.items()) + " per article")
                print(f"  without start-up: {report.created / steps:.2f} articles/s")
                if profiler:
                    print("  the driver, profiled (cumulative time, profiler's overhead included):")
                    print("\n".join(profile_lines(pstats.Stats(profiler), n)))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
