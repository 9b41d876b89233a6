"""Fact alignment against hand-annotated article pairs (bench/data/compare-dev.json).

    python bench/eval_compare.py [--gold bench/data/compare-dev.json] [--errors] [--threshold T]

Ingests the example corpus (and ../shared/samples when present) into fresh stores with the
real pipeline, cross-checks the story of each annotated pair, and compares, at the level of
sentences (the title and the lead's sentences count as sentences), the sentence pairs the report
aligns (two statements of one fact, one from each article) with the annotated ones:
precision, recall and F1, overall and for the samples apart, and the same for contradictions
(an annotated contradiction is found when its two sentences are in one fact marked
contradicted). --errors lists what was missed and what was aligned wrongly (text for our own
example corpus, offsets only for the samples).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe import (
    pipeline,  # noqa: E402
    reading,  # noqa: E402
)
from recoupe.crosscheck.align import AlignParams  # noqa: E402
from recoupe.crosscheck.report import cross_check  # noqa: E402
from recoupe.crosscheck.statements import load_model, sentence_spans  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.models import Article  # noqa: E402
from recoupe.store import Store  # noqa: E402
from recoupe.stories.outlets import Registry  # noqa: E402

GOLD = ROOT / "bench" / "data" / "compare-dev.json"
SAMPLES = ROOT.parent / "shared" / "samples"
EXAMPLES = [ROOT / "examples" / d for d in ("text", "html", "json")]

Unit = tuple[str, str, int]  # article id, field, sentence start


def units(a: Article) -> list[tuple[str, int, int]]:
    out = []
    if a.title:
        out.append(("title", 0, len(a.title)))
    if a.lead:
        out += [("lead", s, e) for s, e in sentence_spans(a.lead)]
    out += [("body", s, e) for s, e in a.sentences]
    return out


def unit_at(a: Article, field: str, pos: int) -> Unit | None:
    for f, s, e in units(a):
        if f == field and s <= pos < max(e, s + 1):
            return (a.id, f, s)
    return None


def locate(a: Article, ref: str | dict) -> Unit | None:
    if isinstance(ref, dict):
        return unit_at(a, ref["field"], ref["start"])
    for f in ("title", "lead", "body"):
        text = getattr(a, f) or ""
        i = text.find(ref)
        if i >= 0:
            return unit_at(a, f, i)
    return None


def _opposed(fact: dict, x: dict, y: dict) -> bool:
    """Whether a fact sets statement x against statement y (they give different versions)."""
    def side(s: dict) -> set[int]:
        return {n for n, v in enumerate(fact["versions"])
                if any(w["article"] == s["article"] and w["start"] == s["start"] and w["field"] == s["field"] for w in v["support"])}
    sx, sy = side(x), side(y)
    return bool(sx and sy and sx.isdisjoint(sy))


def ingest(paths: list[Path], db: str, enricher: Enricher, source: str | None) -> Store:
    store = Store(db)
    pipeline.ingest([str(p) for p in paths], store, enricher=enricher, source=source)
    return store


def find(store: Store, ref: str | dict) -> Article | None:
    key = ref["file"] if isinstance(ref, dict) else ref
    for a in store.query():
        if a.url == key or (a.origin and (a.origin.endswith(key) or a.origin.endswith("/" + key))):
            return a
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"{args.gold}: no annotations", file=sys.stderr)
        return 2
    gold = json.loads(args.gold.read_text("utf-8"))
    params = AlignParams(threshold=args.threshold) if args.threshold is not None else AlignParams()
    nlp = load_model()
    enricher = Enricher()
    registry = Registry.load(ROOT / "examples" / "outlets.toml")
    tmp = tempfile.mkdtemp(prefix="recoupe-compare-")
    stores = {"examples": ingest(EXAMPLES, f"{tmp}/ex.db", enricher, "L'Écho des Plaines")}
    if SAMPLES.exists():
        stores["samples"] = ingest([SAMPLES], f"{tmp}/samples.db", enricher, None)
    reports: dict[tuple[str, str], dict] = {}
    totals = {k: [0, 0, 0] for k in ("all", "examples", "samples", "contradiction")}  # tp, predicted, gold
    t0, n_reports = time.perf_counter(), 0
    for pair in gold["pairs"]:
        kind = "samples" if pair["story"] == "samples" else "examples"
        if kind not in stores:
            continue
        store = stores[kind]
        a, b = find(store, pair["a"]), find(store, pair["b"])
        if a is None or b is None:
            print(f"pair {pair['a']} / {pair['b']}: not both current articles (a superseded revision is "
                  "read as its article's current text): skipped", file=sys.stderr)
            continue
        g = {}
        for item in pair["aligned"]:
            ua, ub = locate(a, item["a"]), locate(b, item["b"])
            if ua is None or ub is None:
                print(f"{pair['story']}: cannot locate {item['a']!r} / {item['b']!r}", file=sys.stderr)
                continue
            g[(ua, ub)] = item["relation"]
        pred: dict[tuple[Unit, Unit], str] = {}
        if a.story_id and a.story_id == b.story_id:
            key = (kind, a.story_id)
            if key not in reports:
                story = reading.story(store, a.story_id, registry=registry)
                arts = [store.get(i, with_revisions=False) for i in story["articles"]]
                reports[key] = cross_check(story, arts, registry=registry, nlp=nlp, params=params)
                n_reports += 1
            for f in reports[key]["facts"]:
                sa = [s for s in f["support"] if s["article"] == a.id]
                sb = [s for s in f["support"] if s["article"] == b.id]
                for x in sa:
                    for y in sb:
                        ua, ub = unit_at(a, x["field"], x["start"]), unit_at(b, y["field"], y["start"])
                        if ua and ub:
                            pred[(ua, ub)] = "contradicted" if _opposed(f, x, y) or pred.get((ua, ub)) == "contradicted" else "same"
        tp = len(set(pred) & set(g))
        for k in ("all", kind):
            totals[k][0] += tp
            totals[k][1] += len(pred)
            totals[k][2] += len(g)
        gc = {p for p, r in g.items() if r == "contradiction"}
        pc = {p for p, s in pred.items() if s == "contradicted"}
        totals["contradiction"][0] += len(gc & pc)
        totals["contradiction"][1] += len(pc)
        totals["contradiction"][2] += len(gc)
        same_story = "" if a.story_id == b.story_id else "  [not in one story]"
        print(f"{pair['story']:<22} {a.source or '?':<30.30} {b.source or '?':<30.30} gold {len(g):>3}  found {len(pred):>3}  right {tp:>3}{same_story}")
        if args.errors:
            def show(art: Article, u: Unit, kind: str = kind) -> str:
                f, s = u[1], u[2]
                if kind == "samples":
                    return f"{f}@{s}"
                text = getattr(art, f)
                end = next(e for ff, ss, e in units(art) if ff == f and ss == s)
                return text[s:end][:110]
            for p in sorted(set(g) - set(pred)):
                print(f"    missed ({g[p]}): {show(a, p[0])!r}\n             ~ {show(b, p[1])!r}")
            for p in sorted(set(pred) - set(g)):
                print(f"    wrong  ({pred[p]}): {show(a, p[0])!r}\n             ~ {show(b, p[1])!r}")
    elapsed = time.perf_counter() - t0
    print()
    for k, (tp, np_, ng) in totals.items():
        if ng == 0 and np_ == 0:
            continue
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k:<14} precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}   ({tp} right, {np_} found, {ng} annotated)")
    print(f"{n_reports} story reports in {elapsed:.1f} s (language model loaded once)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
