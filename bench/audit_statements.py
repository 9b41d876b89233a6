"""Which statements a change to the cross-check's reading makes or drops, on articles no gold set
holds: the audit a statement rule passes before it is kept.

    python bench/audit_statements.py run OUT.json [--n 1000] [--range 20000:25000] [--since YYYY-MM-DD]
                                             [--cache FILE] [--store FILE]
    python bench/audit_statements.py diff BEFORE.json AFTER.json [--context 100]
    python bench/audit_statements.py sample RUN.json [--sample 50] [--seed S] [--field body]

``run`` ingests ``--n`` OrangeSum articles (a seeded draw among the lines 20000-24999 of fewer than
6,000 characters, less every line a gold file of ``bench/data`` names: the pairs sets draw from
elsewhere, and none of them is studied here) with the real pipeline into a throwaway store, cuts
each one into statements with the cross-check's ``Reader`` and writes each statement's line,
field, offsets (into the stored field) and text, with the stored fields for context. ``--range``
and ``--since`` draw elsewhere (the pairs sets are of May-July 2020, which lines 20000-24999 are
not: ``--range 0:40000 --since 2020-05-01`` reads articles of their time, still outside every
gold file). ``--cache``
keeps the parsed docs between runs; ``--store`` keeps the ingested store, read again on the next
run instead of ingesting (right only when the change leaves the ingest alone: a change to
``crosscheck/statements.py`` or its word lists does, one to the parser or the enricher does not).
Run it once from the tree before a change and once from the tree after it, with the same ``--n``:
``diff`` prints every statement found by one run only, with the words around it, for a reader to
judge each one (a statement dropped should be no fact: a link list, a credit, a teaser…).
``sample`` prints ``--sample`` statements drawn at random, to read what the cross-check compares.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from audit_speakers import gold_lines  # noqa: E402
from eval_compare import _ingest_records  # noqa: E402
from eval_quotes import CORPUS, CachedModel, read_lines  # noqa: E402

from recoupe.crosscheck import features  # noqa: E402
from recoupe.crosscheck.statements import Reader, load_model  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.store import Store  # noqa: E402

RANGE = range(20000, 25000)
SEED = 20261207
MAX_CHARS = 6000
FIELDS = ("title", "lead", "body")

Key = tuple[int, str, int, int]  # line, field, start, end


def draw(corpus: Path, n: int, lines: range = RANGE, since: str = "") -> list[int]:
    """``n`` lines of the range outside every gold file, published on ``since`` or after, seeded
    (the same arguments draw the same lines)."""
    taken = gold_lines(ROOT / "bench" / "data")
    records: dict[int, dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if lines.start <= i < lines.stop or i in taken:
                records[i] = json.loads(line)
    # the corpus holds copies of one article on several lines: a copy of a gold article is left
    # out too (a blind set's article is never read, even on another line)
    gold = {_copy_key(records[i]) for i in taken if i in records}
    pool = [i for i in sorted(records) if lines.start <= i < lines.stop and i not in taken
            and 0 < len(records[i].get("article") or "") < MAX_CHARS and (records[i].get("date") or "") >= since
            and _copy_key(records[i]) not in gold]
    return sorted(random.Random(SEED).sample(pool, min(n, len(pool))))


def _copy_key(record: dict) -> str:
    return " ".join((record.get("title") or "").split()).lower() or " ".join((record.get("article") or "")[:200].split())


def run(args: argparse.Namespace) -> int:
    start, _, stop = args.range.partition(":")
    lines = draw(args.corpus, args.n, range(int(start), int(stop)), args.since)
    records = read_lines(args.corpus, set(lines))
    with tempfile.TemporaryDirectory(prefix="recoupe-audit-") as tmp:
        db = str(args.store) if args.store else f"{tmp}/audit.db"
        if args.store and args.store.exists():
            store = Store(db)
        else:
            enricher = Enricher()
            cached = CachedModel(enricher.nlp, args.cache) if args.cache else None
            store = _ingest_records(records, Path(tmp) / "audit.jsonl", db, Enricher(nlp=cached) if cached is not None else enricher)
            if cached is not None:
                cached.save()
        articles, line_of = [], {}
        for i in lines:
            try:
                a = store.get(str(records[i]["id"]), with_revisions=False)
            except Exception:  # noqa: BLE001 - not stored (a duplicate of another record)
                continue
            articles.append(a)
            line_of[a.id] = i
        nlp = load_model()
        feats = features.stored(store.statement_features([a.id for a in articles]), articles, nlp)
        statements = Reader(articles, nlp, feats).statements()
    out = {"tree": str(ROOT), "n": args.n, "range": args.range, "since": args.since,
           "articles": {str(line_of[a.id]): {f: getattr(a, f) or "" for f in FIELDS} for a in articles},
           "statements": [{"line": line_of[s.article], "field": s.field, "start": s.start, "end": s.end, "text": s.text}
                          for s in statements]}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(articles)} articles, {len(statements)} statements -> {args.out}")
    return 0


def _keys(run: dict) -> dict[Key, dict]:
    return {(s["line"], s["field"], s["start"], s["end"]): s for s in run["statements"]}


def _around(run: dict, k: Key, context: int) -> str:
    text = run["articles"][str(k[0])][k[1]]
    s, e = max(0, k[2] - context), min(len(text), k[3] + context)
    return " ".join((text[s:k[2]] + "[[" + text[k[2]:k[3]] + "]]" + text[k[3]:e]).split())


def diff(args: argparse.Namespace) -> int:
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    if [before.get(k) for k in ("n", "range", "since")] != [after.get(k) for k in ("n", "range", "since")]:
        print("the two runs drew different samples (--n, --range or --since differ)", file=sys.stderr)
        return 2
    b, a = _keys(before), _keys(after)
    gone, new = sorted(b.keys() - a.keys()), sorted(a.keys() - b.keys())
    for label, keys, side in (("only before", gone, before), ("only after", new, after)):
        for k in keys:
            print(f"line {k[0]} {k[1]} {k[2]}-{k[3]} {label}")
            print(f"    {_around(side, k, args.context)}")
    print(f"{len(b)} and {len(a)} statements; {len(gone)} found before only, {len(new)} after only")
    return 0


def sample(args: argparse.Namespace) -> int:
    data = json.loads(args.run.read_text(encoding="utf-8"))
    pool = [s for s in data["statements"] if args.field is None or s["field"] == args.field]
    picked = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
    for k, s in enumerate(picked, 1):
        print(f"{k:4d} line {s['line']} {s['field']} {s['start']}-{s['end']}: {' '.join(s['text'].split())}")
    print(f"{len(picked)} of {len(pool)} statements")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="cut the sample's articles into statements with this tree")
    r.add_argument("out", type=Path)
    r.add_argument("--n", type=int, default=1000, help="articles drawn (the same --n draws the same lines)")
    r.add_argument("--range", default=f"{RANGE.start}:{RANGE.stop}",
                   help="the corpus lines drawn from, START:STOP (gold lines are always left out)")
    r.add_argument("--since", default="", help="only articles published on this date (YYYY-MM-DD) or after")
    r.add_argument("--cache", type=Path, help="a file keeping the parsed docs between runs")
    r.add_argument("--store", type=Path, help="a store kept between runs (ingested when missing, read when present)")
    d = sub.add_parser("diff", help="the statements found by one run only")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--context", type=int, default=100, help="characters shown on each side")
    s = sub.add_parser("sample", help="random statements of a run, to read")
    s.add_argument("run", type=Path)
    s.add_argument("--sample", type=int, default=50, help="how many")
    s.add_argument("--seed", type=int, default=SEED)
    s.add_argument("--field", choices=FIELDS, help="only this field's statements")
    args = ap.parse_args()
    if args.command == "sample":
        return sample(args)
    if args.command == "diff":
        return diff(args)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
