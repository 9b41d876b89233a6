"""Story placement at scale: does the cost of placing one article stay flat as the store grows?

    python bench/stories.py [--n 36152] [--block 5000] [--skip 0] [--days D]

Sorts the articles of ../shared/corpora/orangesum/articles.jsonl.gz by date, ingests them with
the real pipeline into a fresh SQLite store, block by block, and prints for each block the
articles per second of the whole ingest and of story placement alone (copies, candidate
look-up, similarity, story update: the part that could grow with the store), the number of
stories so far, and at the end the peak memory. Each block also gives its dates and articles
per day: the candidates of an article are the stories active in its time window, so placement
costs more in busier weeks, and flatness is read between blocks of like density. With
``--days D`` the N articles (still in date order) are given new times spread evenly over D days
from the first one's date: ``--n 3000 --days 1`` is a national monitor's busy day, where every
story made so far stays active for the whole run. Placement is also timed in CPU seconds of the
thread that runs it, a figure that other work on a shared machine barely moves.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe import pipeline  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"


def spread(lines: list[tuple[str, int, str]], days: float) -> list[tuple[str, int, str]]:
    """The same records, in the same order, dated evenly over ``days`` days from the first one's day."""
    start = datetime.fromisoformat(lines[0][0][:10])
    step = days * 86400 / len(lines)
    out = []
    for k, (_, i, line) in enumerate(lines):
        record = json.loads(line)
        record["date"] = (start + timedelta(seconds=k * step)).isoformat(timespec="seconds")
        out.append((record["date"], i, json.dumps(record, ensure_ascii=False) + "\n"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--block", type=int, default=5000)
    ap.add_argument("--skip", type=int, default=0, help="start after this many articles (in date order)")
    ap.add_argument("--days", type=float, default=None, help="spread the N articles evenly over this many days")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        lines = [(json.loads(line).get("date") or "", i, line) for i, line in enumerate(f)]
    lines.sort()
    lines = lines[args.skip : args.skip + args.n if args.n else None]
    if args.days:
        lines = spread(lines, args.days)
    print(f"{len(lines)} articles, {lines[0][0]} to {lines[-1][0]}", flush=True)
    placing = [0.0, 0.0]
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "stories.db")) as store:
        # placement is copy detection and story assignment, the two stages store_batch calls
        # for a new article: each is timed where the pipeline calls it
        def timed(stage):  # type: ignore[no-untyped-def]
            def run(*a, **kw):  # type: ignore[no-untyped-def]
                t0, c0 = time.perf_counter(), time.thread_time()
                try:
                    return stage(*a, **kw)
                finally:
                    placing[0] += time.perf_counter() - t0
                    placing[1] += time.thread_time() - c0
            return run

        pipeline.find_copy = timed(pipeline.find_copy)  # type: ignore[assignment]
        pipeline.assign = timed(pipeline.assign)  # type: ignore[assignment]
        enricher = Enricher(workers=2)
        done = 0
        for b in range(0, len(lines), args.block):
            block = Path(tmp) / f"block{b}.jsonl"
            block.write_text("".join(line for _, _, line in lines[b : b + args.block]), "utf-8")
            placing[0] = placing[1] = 0.0
            t0 = time.perf_counter()
            report = pipeline.ingest([str(block)], store, enricher=enricher)
            took = time.perf_counter() - t0
            created = report.totals()["created"]
            done += created
            n_stories = store.story_count()
            first, last = lines[b][0][:10], lines[min(b + args.block, len(lines)) - 1][0][:10]
            try:  # how busy the news was: the candidates of an article are the stories of its window
                days = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
                span = f"{first} to {last}, {created / days:.1f} art/day; "
            except ValueError:
                span = ""
            print(f"block {b // args.block + 1} ({span}{created} stored, {done} in all): ingest {created / took:6.1f} art/s, "
                  f"story placement {created / max(placing[0], 1e-9):7.1f} art/s ({placing[0]:.1f} s; "
                  f"{1000 * placing[1] / max(created, 1):.1f} ms CPU per article), {n_stories} stories", flush=True)
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (this process; the 2 model workers hold about as much each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
