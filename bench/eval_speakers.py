"""Speaker accuracy on the direct quotations the rules leave without a speaker (bench/data/speakers-dev.json).

    python bench/eval_speakers.py [--gold FILE] [--errors] [--cache F.pkl]

speakers-dev.json (SPEAKERS-DEV-NOTES.md) holds, for OrangeSum articles outside every other gold set,
only the direct quotations to which recoupe's rules gave no speaker when the set was made, each with the
speaker a reader gives it (QUOTES-GUIDELINES.md) and the kind of case it is (``case``: why the rules
missed it). It is a speaker set, not a recall set: the other quotations of these articles are not
annotated.

Each article is enriched as recoupe ingests it; the quotations are taken both as the rules leave them
(``rule_quotes``) and after the learned ranker (``rank_speakers``), so the two are scored on the same
spans. A gold quotation takes the predicted direct quotation covering more than 30% of it (the
matching of bench/eval_quotes.py), and its speaker is right under ``eval_quotes.same_speaker``
(``null`` gold: right when no speaker is given). Prints the accuracy of the rules alone and of the
rules with the ranker, how often the ranker mends or breaks a speaker, a count of each kind of wrong
speaker (``eval_quotes.speaker_error_kind``) for both, and accuracy per case. It is a dev set:
``--errors`` lists each wrong speaker with the quotation's opening words. Refuses a blind file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from eval_quotes import (  # noqa: E402
    CORPUS,
    THRESHOLD,
    CachedModel,
    body_to_raw,
    parsed_records,
    read_lines,
    same_speaker,
    speaker_error_kind,
)

import recoupe.enrich.nlp as enrich  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.enrich.quotes import rule_quotes  # noqa: E402
from recoupe.enrich.quotes.ranker import rank_speakers  # noqa: E402

GOLD = ROOT / "bench" / "data" / "speakers-dev.json"


def predict(articles: list[dict], corpus: Path, enricher: Enricher) -> tuple[dict[int, list[tuple[int, int, str | None, str | None]]], dict[int, str]]:
    """For each article line, its body's direct quotations on the raw ``article`` field:
    (start, end, the rules' speaker, the speaker after the ranker)."""
    recorded: list[tuple[list, list]] = []

    def recording(doc, fields, refs):  # type: ignore[no-untyped-def]
        art, found, before = rule_quotes(doc, fields, refs)
        ranked = rank_speakers(art, found, before)
        recorded.append((found, ranked))
        return tuple(ranked)

    records = read_lines(corpus, {a["line"] for a in articles})
    lines = sorted(records)
    out: dict[int, list[tuple[int, int, str | None, str | None]]] = {}
    real = enrich.find_quotes
    enrich.find_quotes = recording  # type: ignore[assignment]
    try:
        for line, item in zip(lines, enricher(parsed_records(records)), strict=True):
            found, ranked = recorded.pop() if recorded else ([], [])
            recorded.clear()
            to_raw = body_to_raw(item.article.body, records[line]["article"])
            quotes = []
            for rule, rank in zip(found, ranked, strict=True):
                if rule.field != "body" or rule.kind != "direct":
                    continue
                s, e = to_raw(rule.start), to_raw(rule.end, end=True)
                if s is not None and e is not None and e > s:
                    quotes.append((s, e, rule.speaker_name, rank.speaker_name))
            out[line] = quotes
    finally:
        enrich.find_quotes = real  # type: ignore[assignment]
    return out, {i: records[i]["article"] for i in lines}


def match(gold: dict, quotes: list[tuple[int, int, str | None, str | None]], used: set[int]) -> int | None:
    """The predicted quotation covering most of ``gold`` (more than THRESHOLD of it), not yet used."""
    glen = max(1, gold["end"] - gold["start"])
    best, best_score = None, 0.0
    for k, (s, e, _, _) in enumerate(quotes):
        if k in used:
            continue
        cover = max(0, min(gold["end"], e) - max(gold["start"], s)) / glen
        if cover > THRESHOLD and cover > best_score:
            best, best_score = k, cover
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", action="store_true", help="list each wrong speaker (a dev set)")
    ap.add_argument("--cache", type=Path, help="a file keeping the parsed docs between runs (as eval_quotes.py --cache)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    gold = json.loads(args.gold.read_text("utf-8"))
    if "blind" in args.gold.name or str(gold.get("role", "")).startswith("blind"):
        print(f"{args.gold}: a blind set is scored by eval_quotes.py, never listed here", file=sys.stderr)
        return 2
    enricher = Enricher()
    cached = CachedModel(enricher.nlp, args.cache) if args.cache else None
    predictions, texts = predict(gold["articles"], args.corpus, Enricher(nlp=cached) if cached is not None else enricher)
    if cached is not None:
        cached.save()

    total = unmatched = rules_ok = ranked_ok = mended = broken = 0
    wrong: dict[str, Counter] = {"rules": Counter(), "rules+ranker": Counter()}
    cases: dict[str, list[int]] = {}  # case: [quotations, rules right, rules+ranker right]
    errors: list[tuple[int, dict, str | None, str | None]] = []
    for art in gold["articles"]:
        quotes, used = predictions.get(art["line"], []), set()
        for g in art["quotes"]:
            total += 1
            row = cases.setdefault(g.get("case", "-"), [0, 0, 0])
            row[0] += 1
            k = match(g, quotes, used)
            rule, rank = (quotes[k][2], quotes[k][3]) if k is not None else (None, None)
            if k is None:
                unmatched += 1
            else:
                used.add(k)
            r_ok, k_ok = same_speaker(g["speaker"], rule), same_speaker(g["speaker"], rank)
            rules_ok += r_ok
            ranked_ok += k_ok
            row[1] += r_ok
            row[2] += k_ok
            mended += k_ok and not r_ok
            broken += r_ok and not k_ok
            if not r_ok:
                wrong["rules"][speaker_error_kind(g["speaker"], rule)] += 1
            if not k_ok:
                wrong["rules+ranker"][speaker_error_kind(g["speaker"], rank)] += 1
                errors.append((art["line"], g, rule, rank))
    articles = len(gold["articles"])
    print(f"{args.gold.name}: {total} direct quotations of {articles} articles, each one the rules gave no speaker when the set was made "
          f"({unmatched} no longer found as a direct quotation: scored as no speaker)")
    print(f"  rules only          speaker accuracy {rules_ok / max(1, total):.3f} ({rules_ok}/{total})")
    print(f"  rules + ranker      speaker accuracy {ranked_ok / max(1, total):.3f} ({ranked_ok}/{total}); "
          f"the ranker mends {mended}, breaks {broken}")
    for mode, kinds in wrong.items():
        print(f"  wrong speakers, {mode}: " + (", ".join(f"{kind} {n}" for kind, n in kinds.most_common()) or "none"))
    print("  by case (quotations, rules right, rules + ranker right):")
    for case, (n, r, k) in sorted(cases.items(), key=lambda c: (-c[1][0], c[0])):
        print(f"    {case:13} {n:4d} {r:4d} {k:4d}")
    if args.errors:
        print(f"\nwrong speakers after the ranker ({len(errors)}):")
        for line, g, rule, rank in errors:
            text = texts[line][g["start"]:g["end"]].replace("\n", " ")
            print(f"  line {line} [{g['start']}:{g['end']}] {g.get('case', '-')}: gold {g['speaker']!r}, rules {rule!r}, ranker {rank!r}: {text[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
