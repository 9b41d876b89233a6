"""Which speakers a change moves, on articles no gold set holds: the audit a speaker rule passes
before it is kept.

    python bench/audit_speakers.py run OUT.json [--n 1000] [--cache FILE]
    python bench/audit_speakers.py diff BEFORE.json AFTER.json [--context 160]

``run`` extracts the quotations of ``--n`` OrangeSum articles (seeded draw among the lines
20000-24999 with at least three quotation marks, the range no quotation set draws from, less every
line a gold file of ``bench/data`` names) with the tree it is run from, and writes each quotation's
line, offsets, speaker, cue and kind. Run it once from the tree before a change (``main``) and once
from the tree after it, on the same ``--n``: ``diff`` then prints every quotation whose speaker (or
cue) differs, and those found by one run only, with the text around each, for a reader to judge
each change right or wrong. Gold sets score a rule; this audit shows what else it does on text no
one tuned on, which is where the rules of the last rounds lost what they won on dev.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_quotes import CORPUS, CachedModel, predict  # noqa: E402

from recoupe.enrich.nlp import Enricher  # noqa: E402

RANGE = range(20000, 25000)
SEED = 20261207
MARKS = ("«", "»", '"', "“", "”")


def gold_lines(data: Path) -> set[int]:
    """Every corpus line a gold file names (keys ``line``, ``a``/``b`` of pairs, lists of lines)."""
    out: set[int] = set()

    def walk(x: Any, key: str = "") -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                walk(v, k)
        elif isinstance(x, list):
            for v in x:
                walk(v, key)
        elif isinstance(x, int) and not isinstance(x, bool) and ("line" in key or key in {"drawn", "a", "b"}):
            out.add(x)

    for path in data.glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return out


def draw(corpus: Path, n: int) -> list[dict]:
    taken = gold_lines(ROOT / "bench" / "data")
    pool = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= RANGE.stop:
                break
            if i < RANGE.start or i in taken:
                continue
            text = json.loads(line).get("article") or ""
            if sum(text.count(m) for m in MARKS) >= 3 and len(text) < 6000:
                pool.append(i)
    lines = sorted(random.Random(SEED).sample(pool, min(n, len(pool))))
    return [{"line": i} for i in lines]


def run(args: argparse.Namespace) -> int:
    articles = draw(args.corpus, args.n)
    enricher = Enricher()
    cached = CachedModel(enricher.nlp, args.cache) if args.cache else None
    predictions, texts = predict(articles, args.corpus, Enricher(nlp=cached) if cached is not None else enricher)
    if cached is not None:
        cached.save()
    out = {"tree": str(ROOT), "n": args.n, "quotes": [
        {"line": i, "start": q["start"], "end": q["end"], "kind": q["kind"], "speaker": q["speaker"], "cue": q["cue"]}
        for i in sorted(predictions) for q in predictions[i]]}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    attributed = sum(q["speaker"] is not None for q in out["quotes"])
    print(f"{len(texts)} articles, {len(out['quotes'])} quotations, {attributed} with a speaker -> {args.out}")
    return 0


def diff(args: argparse.Namespace) -> int:
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    if before["n"] != after["n"]:
        print(f"the two runs drew different samples (--n {before['n']} and {after['n']})", file=sys.stderr)
        return 2
    key = lambda q: (q["line"], q["start"], q["end"])  # noqa: E731
    b = {key(q): q for q in before["quotes"]}
    a = {key(q): q for q in after["quotes"]}
    changed = [(k, b[k], a[k]) for k in sorted(b.keys() & a.keys())
               if (b[k]["speaker"], b[k]["cue"]) != (a[k]["speaker"], a[k]["cue"])]
    gone, new = sorted(b.keys() - a.keys()), sorted(a.keys() - b.keys())
    texts = {}
    wanted = {k[0] for k, *_ in changed} | {k[0] for k in gone} | {k[0] for k in new}
    if wanted:
        with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i in wanted:
                    texts[i] = json.loads(line)["article"]
                if i >= max(wanted):
                    break

    def around(k: tuple[int, int, int]) -> str:
        text = texts[k[0]]
        s, e = max(0, k[1] - args.context), min(len(text), k[2] + args.context)
        return " ".join((text[s:k[1]] + "[[" + text[k[1]:k[2]] + "]]" + text[k[2]:e]).split())

    for k, q0, q1 in changed:
        print(f"line {k[0]} {k[1]}-{k[2]}: {q0['speaker']!r} ({q0['cue']!r}) -> {q1['speaker']!r} ({q1['cue']!r})")
        print(f"    {around(k)}")
    for label, keys, side in (("only before", gone, b), ("only after", new, a)):
        for k in keys:
            print(f"line {k[0]} {k[1]}-{k[2]} {label}: {side[k]['speaker']!r} ({side[k]['cue']!r})")
            print(f"    {around(k)}")
    speakers = sum(1 for k, q0, q1 in changed if q0["speaker"] != q1["speaker"])
    print(f"{len(b)} and {len(a)} quotations; {speakers} speakers changed, {len(changed) - speakers} cues only; "
          f"{len(gone)} found before only, {len(new)} after only")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="extract the sample's quotations with this tree")
    r.add_argument("out", type=Path)
    r.add_argument("--n", type=int, default=1000, help="articles drawn (the same --n draws the same lines)")
    r.add_argument("--cache", type=Path, help="a file keeping the parsed docs between runs")
    d = sub.add_parser("diff", help="the quotations whose speaker or cue differ between two runs")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--context", type=int, default=160, help="characters shown on each side")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    return run(args) if args.command == "run" else diff(args)


if __name__ == "__main__":
    sys.exit(main())
