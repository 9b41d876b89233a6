"""Quote variants against pairs of quotations written for recoupe (bench/data/variants-own.json:
own sentences, no corpus text): two renderings of one statement of one speaker by two newsrooms
(translated or reworded: they must be one group), or two different statements of one speaker on
one subject, given the same day (they must stay apart).

    python bench/eval_variants.py [--gold bench/data/variants-own.json] [--errors] [--no-semantic]

Each quotation stands in an article of its own outlet ("Le directeur a déclaré : « … »."), both
published the same day, with the speaker resolved to one entity; ``variants.group`` groups them.
Prints the renderings joined (recall), the different statements kept apart, and the precision of
the joins, with the CPU time of the grouping.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe.crosscheck import variants  # noqa: E402
from recoupe.crosscheck.statements import Reader, load_model  # noqa: E402
from recoupe.enrich.semantic import encoder  # noqa: E402
from recoupe.models import Article, Quote, Timestamp  # noqa: E402
from recoupe.normalise import name_key  # noqa: E402

GOLD = ROOT / "bench" / "data" / "variants-own.json"


def quoted_article(aid: str, source: str, speaker: str, words: str) -> Article:
    body = f"{speaker} a déclaré : « {words} »."
    start = body.index("«") + 2
    q = Quote(field="body", start=start, end=start + len(words), text=words, kind="direct", speaker_name=speaker,
              cue="déclaré", channel=None, speaker_entity="e-" + name_key(speaker).replace(" ", "-"))
    return Article(id=aid, source=source, url=None, title=None, lead=None, authors=(),
                   published=Timestamp("2026-03-04T08:00", "minute"), updated=None, lang="fr", body=body, boilerplate=(),
                   entities=(), sentences=((0, len(body)),), format="text", origin="-", revision=1, ingested_at="x",
                   quotes=(q,))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--no-semantic", action="store_true", help="group without the sentence encoder")
    args = ap.parse_args()
    pairs = json.loads(args.gold.read_text("utf-8"))["pairs"]
    nlp = load_model()
    arts = []
    for k, p in enumerate(pairs):
        arts += [quoted_article(f"{k}a", "Le Vigilant", p["speaker"], p["a"]),
                 quoted_article(f"{k}b", "La Gazette", p["speaker"], p["b"])]
    reader = Reader(arts, nlp)
    items = []
    for a in arts:
        st = reader.span(a, "body", a.quotes[0].start, a.quotes[0].end)
        assert st is not None
        items.append(variants.Quoted(a, a.quotes[0], st))
    if not args.no_semantic:
        encoder().encode(["."])  # loaded before the clock starts
    counts = {"same": 0, "joined": 0, "different": 0, "apart": 0}
    cpu = 0.0
    for k, p in enumerate(pairs):
        two = items[2 * k:2 * k + 2]
        t0 = time.process_time()
        groups = variants.group(two, semantic=not args.no_semantic)
        cpu += time.process_time() - t0
        together = any(len(g) == 2 for g in groups)
        if p["same"]:
            counts["same"] += 1
            counts["joined"] += together
        else:
            counts["different"] += 1
            counts["apart"] += not together
        if args.errors and together != p["same"]:
            print(("missed  " if p["same"] else "joined  ") + f"{p['a']!r}\n        ~ {p['b']!r}")
    wrong = counts["different"] - counts["apart"]
    joins = counts["joined"] + wrong
    print(f"renderings of one statement joined   {counts['joined'] / counts['same']:.3f} ({counts['joined']}/{counts['same']})")
    print(f"different statements kept apart      {counts['apart'] / counts['different']:.3f} ({counts['apart']}/{counts['different']})")
    print(f"precision of the joins               {counts['joined'] / joins if joins else 1.0:.3f} ({counts['joined']}/{joins})")
    print(f"grouping CPU time                    {1000 * cpu / len(pairs):.1f} ms a pair (encoder loaded before)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
