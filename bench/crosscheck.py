"""How long the cross-check of a big story takes (issue 14: big stories, fast).

    python bench/crosscheck.py [--db PATH] [--month 2020-03] [--top 5] [--profile]

Ingests the OrangeSum articles of one month (title, heading as lead, article as body, date,
provider as source) into a store with the real pipeline, statement features included (or reads
the store given with --db when it already holds articles), finds the largest stories, and prints
for each the time of its cross-check report (``recoupe.reading.story_report``) with the language
model already loaded: with the statement features the store keeps, and with them computed on
reading (as for a store written before they were kept). Target: under 3 s for a story of 60
articles.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe import pipeline, reading  # noqa: E402
from recoupe.crosscheck import statements as statements_module  # noqa: E402
from recoupe.crosscheck.report import cross_check  # noqa: E402
from recoupe.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"


def write_month(corpus: Path, month: str, path: Path) -> int:
    rows = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if (r.get("date") or "").startswith(month):
                rows.append(r)
    rows.sort(key=lambda r: (r["date"], int(r["id"]) if str(r["id"]).isdigit() else 0))
    with path.open("w", encoding="utf-8") as w:
        for r in rows:
            w.write(json.dumps({"id": str(r["id"]), "url": r["url"], "title": r["title"], "lead": r["heading"],
                                "body": r["article"], "published": r["date"], "source": r["provider"], "lang": "fr"},
                               ensure_ascii=False) + "\n")
    return len(rows)


def timed_report(store: Store, story_id: str) -> tuple[str, dict]:
    """The time of one report: wall clock, and this process's CPU time (the machine may be busy)."""
    reading._cache.clear()
    t0, c0 = time.perf_counter(), time.process_time()
    report = reading.story_report(store, story_id)
    return f"{time.perf_counter() - t0:.2f} ({time.process_time() - c0:.2f})", report


def timed_computed(store: Store, story_id: str) -> str:
    """The same report with every article's features computed on reading (a store written
    before they were kept)."""
    found = reading.story(store, story_id)
    articles = [store.get(i, with_revisions=False) for i in found["articles"]]
    t0, c0 = time.perf_counter(), time.process_time()
    cross_check(found, articles, nlp=statements_module.load_model())
    return f"{time.perf_counter() - t0:.2f} ({time.process_time() - c0:.2f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=None, help="a store to read (ingested into when empty; kept)")
    ap.add_argument("--month", default="2020-03")
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--profile", action="store_true", help="profile the largest story's report")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="recoupe-crosscheck-")
    db = args.db or f"{tmp}/month.db"
    store = Store(db)
    t0 = time.perf_counter()
    statements_module.load_model()
    print(f"cross-check model loaded in {time.perf_counter() - t0:.1f} s")
    if not store.stats()["articles"]:
        if not args.corpus.exists():
            print(f"no corpus at {args.corpus}", file=sys.stderr)
            return 2
        src = Path(tmp) / "month.jsonl"
        n = write_month(args.corpus, args.month, src)
        t0 = time.perf_counter()
        created = pipeline.ingest([str(src)], store).totals()["created"]
        took = time.perf_counter() - t0
        print(f"ingested {created} of {n} articles of {args.month} in {took:.0f} s "
              f"({created / took:.1f} articles/s, statement features included)")
    stories = sorted(reading.story_list(store), key=lambda s: -len(s["articles"]))[:args.top]
    print("seconds of wall clock (and of CPU) per report, with the statement features stored at ingest and computed on reading")
    print(f"{'story':<18}{'articles':>9}{'outlets':>8}{'stored features':>17}{'computed':>15}{'facts':>7}{'quotes':>7}  title")
    for s in stories:
        with_stored, report = timed_report(store, s["id"])
        computed = timed_computed(store, s["id"])
        print(f"{s['id']:<18}{len(s['articles']):>9}{len(s['sources']):>8}{with_stored:>17}{computed:>15}"
              f"{len(report['facts']):>7}{len(report['quotes']):>7}  {(s['title'] or '')[:60]}")
    if args.profile and stories:
        reading._cache.clear()
        prof = cProfile.Profile()
        prof.enable()
        reading.story_report(store, stories[0]["id"])
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)  # the month's JSON Lines, and its store unless --db named one
    return 0


if __name__ == "__main__":
    sys.exit(main())
