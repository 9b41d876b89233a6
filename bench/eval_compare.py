"""Fact alignment against hand-annotated article pairs: the example corpus (compare-dev.json, dev)
and same-event AFP/Orange pairs of OrangeSum (pairs-dev.json, dev; pairs-blind.json, blind;
pairs-dev2.json, dev since session 12; pairs-dev3.json, dev since session 13; pairs-dev4.json, dev since session 18;
pairs-dev5.json, dev since session 19; pairs-dev6.json, dev since session 20; pairs-dev7.json, dev since session 22;
pairs-dev8.json, dev since session 23; pairs-dev9.json, dev since session 24; pairs-dev10.json and pairs-dev11.json,
fresh: annotated before any scoring and not yet studied).

    python bench/eval_compare.py [--gold bench/data/compare-dev.json] [--errors] [--threshold T]
    python bench/eval_compare.py --pairs-only | --no-pairs [--dev-only]

1. compare-dev.json. Ingests the example corpus (and ../shared/samples when present) into fresh
   stores with the real pipeline, cross-checks the story of each annotated pair, and compares, at
   the level of sentences (the title and the lead count as one sentence each, as the guidelines say), the sentence
   pairs the report aligns (two statements of one fact, one from each article) with the annotated
   ones: precision, recall and F1, overall and for the samples apart, and the same for
   contradictions (an annotated contradiction is found when its two sentences are in one fact
   marked contradicted). --errors lists what was missed and what was aligned wrongly (text for
   our own example corpus, offsets only for the samples).

2. pairs-dev.json, pairs-blind.json, pairs-dev2.json, pairs-dev3.json, pairs-dev4.json, pairs-dev5.json, pairs-dev6.json, pairs-dev7.json,
   pairs-dev8.json, pairs-dev9.json, pairs-dev10.json and pairs-dev11.json (PAIRS-NOTES.md), side by side; pairs-dev2 (July 2020, fresh in session 11) is a dev set since
   session 12, pairs-dev3 (May-June 2020, fresh in session 12) one since session 13, and pairs-dev4
   (May-June 2020, fresh from session 13 to 17) one since session 18, pairs-dev5 (May-June 2020, fresh in
   session 18) one since session 19, pairs-dev6 (May-July 2020, fresh in session 19) one since session 20,
   pairs-dev7 (May-June 2020, fresh in sessions 20 and 21) one since session 22, pairs-dev8 (May-July 2020,
   fresh in sessions 21 and 22) one since session 23, pairs-dev9 (May and August-September 2020, fresh in
   sessions 22 and 23) one since session 24; pairs-dev10 (August-September 2020, annotated in session 23) and
   pairs-dev11 (August-September 2020, annotated in session 24) are fresh. A set
   whose role is fresh is a
   check no change has been tuned on yet: its errors are not listed either, so that it stays unseen
   until it is studied on purpose. For each set, every
   article of its pairs and hard negatives (../shared/corpora/orangesum, title, heading as lead,
   article as body, date, provider as source; id and url of the record) is ingested in date order
   into a fresh store with the real pipeline. Grouping: same-event pairs whose two articles land
   in one story, hard negatives kept apart. Cross-check: the story report
   (``recoupe.reading.story_report``) of each grouped same-event pair; a pair not grouped has no
   report, so its gold counts as missed. Each statement of a fact (field title / lead / body,
   offsets into the parsed field) is mapped onto the raw corpus field (title / heading / article)
   by aligning non-space characters (as eval_quotes.body_to_raw does: the parser may change white
   space and drop boilerplate), then onto the gold sentences it overlaps. Figures:
   - corroborated precision: facts shown as corroborated with statements in both A and B whose
     sentences (any of those they overlap) make a gold shared pair;
   - statement pairs of corroborated facts on gold: every statement of A against every one of B
     in a corroborated fact (what the fact tells a reader each one confirms), right when the two
     overlap a gold shared pair: stricter than the fact-level precision above, which one right pair
     makes right, so it shows support added to a fact that does not say its claim;
   - corroboration recall: gold shared sentence pairs found in one corroborated fact (over every
     same-event pair, and over the grouped ones only); beside it, the gold shared pairs with a
     statement of A and one of B alike pair by pair (the cross-check's similarity, learned rescue
     included) at the threshold and from 0.3: what fact formation could find at best, and what a
     better pairwise judge could add;
   - single-source precision: facts shown as single-source with a statement in A or B whose
     statements of A and B all lie (by largest overlap) in gold ``only_a`` / ``only_b`` sentences;
     also without the pairs whose B the store holds as a copy of A (a reprint is no independent
     source: what both say is one source's by design, while the gold calls it shared; until
     session 19 such a fact was single-source, since session 20 it is ``repeated``);
   - repeated facts (said in A and B, one source: B stored as a copy of A) and those on a gold
     shared pair (counted neither as corroborated nor as single-source);
   - partly-reported facts (one source's fact that another source says in part) and those with
     a statement on a gold shared sentence (counted neither as corroborated nor as single-source);
   - not_facts: facts whose statements of A and B all lie in gold ``not_facts`` sentences;
   - contradicted facts with statements in A and B, and those on a gold contradiction pair.
   --errors lists per pair what went wrong for the dev set only: a blind set is scored, never
   studied error by error, and its errors are not even collected.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
if str(ROOT / "bench") not in sys.path:  # run as a script it is there; loaded from a test it is not
    sys.path.insert(0, str(ROOT / "bench"))

from eval_quotes import read_lines  # noqa: E402 - the bench's reader of corpus lines

from recoupe import (
    pipeline,  # noqa: E402
    reading,  # noqa: E402
)
from recoupe.crosscheck import features  # noqa: E402
from recoupe.crosscheck import report as xreport  # noqa: E402
from recoupe.crosscheck.align import (  # noqa: E402
    THRESHOLD,
    AlignParams,
    Similarity,
    attachments,
    cluster,
    merge_conflicting,
    pair_scorer,
    pair_veto,
    rescued,
    vetoed,
)
from recoupe.crosscheck.report import cross_check  # noqa: E402
from recoupe.crosscheck.statements import Reader, load_model  # noqa: E402
from recoupe.crosscheck.types import Statement  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.enrich.semantic import encoder  # noqa: E402
from recoupe.models import Article  # noqa: E402
from recoupe.store import Store  # noqa: E402
from recoupe.stories.outlets import Registry  # noqa: E402

GOLD = ROOT / "bench" / "data" / "compare-dev.json"
SAMPLES = ROOT.parent / "shared" / "samples"
EXAMPLES = [ROOT / "examples" / d for d in ("text", "html", "json")]
CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"
PAIRS = (ROOT / "bench" / "data" / "pairs-dev.json", ROOT / "bench" / "data" / "pairs-blind.json",
         ROOT / "bench" / "data" / "pairs-dev2.json", ROOT / "bench" / "data" / "pairs-dev3.json",
         ROOT / "bench" / "data" / "pairs-dev4.json", ROOT / "bench" / "data" / "pairs-dev5.json",
         ROOT / "bench" / "data" / "pairs-dev6.json", ROOT / "bench" / "data" / "pairs-dev7.json",
         ROOT / "bench" / "data" / "pairs-dev8.json", ROOT / "bench" / "data" / "pairs-dev9.json",
         ROOT / "bench" / "data" / "pairs-dev10.json", ROOT / "bench" / "data" / "pairs-dev11.json")
ROLE_LABEL = {"fresh": "fresh/unstudied"}  # how the table heads a set's role (a fresh set is not yet studied)
RAW_FIELD = {"title": "title", "lead": "heading", "body": "article"}  # recoupe's field -> the corpus field

Unit = tuple[str, str, int]  # article id, field, sentence start


def units(a: Article) -> list[tuple[str, int, int]]:
    out = []
    if a.title:
        out.append(("title", 0, len(a.title)))
    if a.lead:  # the lead counts as one sentence, even when it holds two (COMPARE-GUIDELINES.md)
        out.append(("lead", 0, len(a.lead)))
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


def compare_dev(args: argparse.Namespace, nlp, enricher: Enricher) -> dict[str, list[int]] | None:  # type: ignore[no-untyped-def]
    """Scores compare-dev.json (``args.gold``), prints the figures and returns the totals: for each
    line, [right, found, annotated]; None when the gold file is missing."""
    if not args.gold.exists():
        print(f"{args.gold}: no annotations", file=sys.stderr)
        return None
    gold = json.loads(args.gold.read_text("utf-8"))
    params = AlignParams(threshold=args.threshold) if args.threshold is not None else AlignParams()
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
    for store in stores.values():
        store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return totals


# -- same-event pairs of OrangeSum (pairs-dev.json, pairs-blind.json) ----------------------------------

def _nonspace(text: str) -> tuple[str, list[int]]:
    where = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in where), where


def parsed_to_raw(parsed: str, raw: str):  # type: ignore[no-untyped-def]
    """A function mapping a span of a parsed field onto the raw corpus field, or None: the
    non-space characters of both are aligned (as eval_quotes.body_to_raw)."""
    p_chars, p_where = _nonspace(parsed)
    r_chars, r_where = _nonspace(raw)
    mapping: dict[int, int] = {}
    if p_chars == r_chars:
        mapping = dict(zip(p_where, r_where, strict=True))
    else:
        sm = difflib.SequenceMatcher(None, p_chars, r_chars, autojunk=False)
        for a, b, n in sm.get_matching_blocks():
            for k in range(n):
                mapping[p_where[a + k]] = r_where[b + k]

    def to_raw(start: int, end: int) -> tuple[int, int] | None:
        inside = [mapping[j] for j in range(start, end) if j in mapping]
        return (min(inside), max(inside) + 1) if inside else None

    return to_raw


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


Sentence = tuple[str, str, int, int]  # side ("a" / "b"), corpus field, start, end


class GoldPair:
    """The gold sentences of one same-event pair: each sentence's category (shared, only, not_fact)
    and the shared sentence pairs with their relation."""

    def __init__(self, pair: dict) -> None:
        self.line = {"a": pair["a"]["line"], "b": pair["b"]["line"]}
        self.category: dict[Sentence, str] = {}
        self.shared: dict[tuple[Sentence, Sentence], str] = {}
        for row in pair["shared"]:
            sa, sb = self.key("a", row["a"]), self.key("b", row["b"])
            self.category[sa] = self.category[sb] = "shared"
            self.shared[(sa, sb)] = row["relation"]
        for side in ("a", "b"):
            for row in pair[f"only_{side}"]:
                self.category.setdefault(self.key(side, row["span"]), "only")
        for row in pair["not_facts"]:
            self.category.setdefault(self.key(row["side"], row["span"]), "not_fact")

    @staticmethod
    def key(side: str, span: dict) -> Sentence:
        return (side, span["field"], span["start"], span["end"])

    def overlapped(self, side: str, field: str, span: tuple[int, int]) -> list[tuple[int, Sentence]]:
        """Gold sentences of one side and corpus field that a raw span overlaps, largest overlap first."""
        out = [(min(span[1], e) - max(span[0], s), k) for k in self.category for sd, f, s, e in [k]
               if sd == side and f == field and min(span[1], e) > max(span[0], s)]
        return sorted(out, reverse=True)


def _ingest_records(records: dict[int, dict], path: Path, db: str, enricher: Enricher) -> Store:
    with path.open("w", encoding="utf-8") as w:
        for i in sorted(records, key=lambda i: (records[i]["date"], i)):
            r = records[i]
            w.write(json.dumps({"id": str(r["id"]), "url": r["url"], "title": r["title"], "lead": r["heading"],
                                "body": r["article"], "published": r["date"], "source": r["provider"], "lang": "fr"},
                               ensure_ascii=False) + "\n")
    store = Store(db)
    pipeline.ingest([str(path)], store, enricher=enricher)
    return store


def score_pairs(path: Path, corpus: Path, enricher: Enricher, tmp: str, *, show_errors: bool,
                show_losses: bool = False, show_single: bool = False) -> tuple[str, str, dict]:
    """(name, role, figures) of one pairs file; errors are collected and printed for a dev set only
    (role dev): neither a blind set nor a fresh one (not yet studied) has its errors collected, nor
    its losses (``show_losses``: ``_where_lost``)."""
    data = json.loads(path.read_text("utf-8"))
    role = _role(path)
    name = path.name.removesuffix(".json")
    errors: list[str] | None = [] if role == "dev" and show_errors else None
    lines = {p[s]["line"] for p in data["pairs"] + data["negatives"] for s in ("a", "b")}
    records = read_lines(corpus, lines)
    n = dict.fromkeys(("pairs", "grouped", "negatives", "apart", "missing articles", "bad gold spans", "gold shared", "gold shared grouped",
                       "gold contradictions", "found shared", "corroborated", "corroborated right", "single", "single right",
                       "facts", "not_facts", "contradicted", "contradicted right", "statements", "unmapped", "inexact", "with other articles",
                       "copy pairs", "single in copy pairs", "single right in copy pairs", "gold shared in copy pairs",
                       "found shared in copy pairs", "partly", "partly on shared", "repeated", "repeated on shared", "corroborated pairs", "corroborated pairs right",
                       "alike shared", "near shared", "alike shared in copy pairs"), 0)
    for pair in data["pairs"]:  # the gold spans still fit the corpus
        for sd, f, s, e in GoldPair(pair).category:
            rec = records[pair[sd]["line"]]
            text = rec[f] or ""
            if not (0 <= s < e <= len(text)):
                n["bad gold spans"] += 1
    for pair in data["pairs"]:
        for row in pair["shared"]:
            for sd in ("a", "b"):
                sp = row[sd]
                if _sha((records[pair[sd]["line"]][sp["field"]] or "")[sp["start"]:sp["end"]]) != sp["sha"]:
                    n["bad gold spans"] += 1
    store = _ingest_records(records, Path(tmp) / f"{name}.jsonl", f"{tmp}/{name}.db", enricher)

    def article(line: int) -> Article | None:
        try:
            return store.get(str(records[line]["id"]), with_revisions=False)
        except Exception:  # noqa: BLE001 - not stored (a duplicate of another record)
            n["missing articles"] += 1
            return None

    for neg in data["negatives"]:
        n["negatives"] += 1
        a, b = article(neg["a"]["line"]), article(neg["b"]["line"])
        apart = a is None or b is None or not a.story_id or a.story_id != b.story_id
        n["apart"] += apart
        if errors is not None and not apart:
            errors.append(f"negative {neg['a']['line']}/{neg['b']['line']}: grouped in one story")
    lost: Counter[str] | None = Counter() if role == "dev" and show_losses else None
    singles: list[dict] | None = [] if role == "dev" and show_single else None
    marks: list[tuple[int, ...]] = []  # the running counts at each pair: what each pair adds, for the intervals
    for pair in data["pairs"]:
        marks.append((n["found shared"], n["gold shared"], n["single right"], n["single"]))
        gp = GoldPair(pair)
        n["pairs"] += 1
        n["gold shared"] += len(gp.shared)
        n["gold contradictions"] += sum(r == "contradiction" for r in gp.shared.values())
        a, b = article(pair["a"]["line"]), article(pair["b"]["line"])
        tag = f"pair {pair['a']['line']}/{pair['b']['line']}"
        if a is None or b is None or not a.story_id or a.story_id != b.story_id:
            if errors is not None:
                errors.append(f"{tag}: not in one story ({len(gp.shared)} gold shared sentence pairs missed)")
            continue
        n["grouped"] += 1
        n["gold shared grouped"] += len(gp.shared)
        report = reading.story_report(store, a.story_id)
        members = {m["id"]: m.get("copy_of") or m["id"] for m in reading.story(store, a.story_id)["members"]}
        n["with other articles"] += len(members) > 2
        copy = members.get(a.id) == members.get(b.id)  # the store holds B as a copy of A (or A of B): one source
        n["copy pairs"] += copy
        n["gold shared in copy pairs"] += copy * len(gp.shared)
        mappers = {}
        for side, art in (("a", a), ("b", b)):
            rec = records[gp.line[side]]
            for f, raw_f in RAW_FIELD.items():
                mappers[(side, f)] = parsed_to_raw(getattr(art, f) or "", rec[raw_f] or "")

        def sentences(st: dict, side: str, gp: GoldPair = gp, mappers: dict = mappers) -> list[tuple[int, Sentence]]:
            n["statements"] += 1
            raw = mappers[(side, st["field"])](st["start"], st["end"])
            raw_text = (records[gp.line[side]][RAW_FIELD[st["field"]]] or "")[raw[0]:raw[1]] if raw else ""
            n["inexact"] += _nonspace(raw_text)[0] != _nonspace(st["text"])[0]
            found = gp.overlapped(side, RAW_FIELD[st["field"]], raw) if raw else []
            if not found:
                n["unmapped"] += 1
            return found

        found_pairs: set[tuple[Sentence, Sentence]] = set()
        for fact in report["facts"]:
            sa = [sentences(x, "a") for x in fact["support"] if x["article"] == a.id]
            sb = [sentences(x, "b") for x in fact["support"] if x["article"] == b.id]
            if not sa and not sb:
                continue
            n["facts"] += 1
            combos = {(ka, kb) for xa in sa for _, ka in xa for xb in sb for _, kb in xb}
            primaries = [x[0][1] for x in sa + sb if x]
            if primaries and all(gp.category[k] == "not_fact" for k in primaries):
                n["not_facts"] += 1
            if fact["status"] == "corroborated" and sa and sb:
                n["corroborated"] += 1
                on_gold = combos & set(gp.shared)
                n["corroborated right"] += bool(on_gold)
                for xa in sa:  # every statement of A against every one of B: what the fact says each confirms
                    for xb in sb:
                        n["corroborated pairs"] += 1
                        n["corroborated pairs right"] += any((ka, kb) in gp.shared for _, ka in xa for _, kb in xb)
                found_pairs |= on_gold
                if errors is not None and not on_gold:
                    errors.append(f"{tag}: corroborated, no gold shared pair: {fact['text'][:100]!r}")
            elif fact["status"] == "single-source":
                n["single"] += 1
                right = bool(primaries) and all(gp.category[k] == "only" for k in primaries)
                n["single right"] += right
                n["single in copy pairs"] += copy
                n["single right in copy pairs"] += copy and right
                if errors is not None and not right:
                    cats = sorted({gp.category[k] for k in primaries}) or ["unmapped"]
                    errors.append(f"{tag}: single-source, gold {'/'.join(cats)}: {fact['text'][:100]!r}")
            elif fact["status"] == "repeated" and sa and sb:
                n["repeated"] += 1
                n["repeated on shared"] += bool(combos & set(gp.shared))
            elif fact["status"] == "partly-reported":
                n["partly"] += 1
                n["partly on shared"] += any(gp.category[k] == "shared" for k in primaries)
            elif fact["status"] == "contradicted" and sa and sb:
                n["contradicted"] += 1
                disputed = any(gp.shared.get(c) == "contradiction" for c in combos)
                n["contradicted right"] += disputed
                if errors is not None and not disputed:
                    errors.append(f"{tag}: contradicted, no gold contradiction: {fact['text'][:100]!r}")
        n["found shared"] += len(found_pairs)
        n["found shared in copy pairs"] += copy * len(found_pairs)
        alike, near = _pairwise_ceiling(store, a, b, gp, records, mappers)
        n["alike shared"] += alike
        n["near shared"] += near
        n["alike shared in copy pairs"] += copy * alike
        if lost is not None:
            lost.update(_where_lost(store, a, b, gp, mappers, found_pairs, copy))
        if singles is not None:
            singles += _single_signals(store, a, b, gp, mappers, copy)
        if errors is not None:
            missed = [k for k in gp.shared if k not in found_pairs]
            errors.append(f"{tag}: {len(found_pairs)} of {len(gp.shared)} gold shared sentence pairs found in a corroborated fact")
            for ka, kb in missed[:5]:
                ta = (records[gp.line['a']][ka[1]] or "")[ka[2]:ka[3]]
                tb = (records[gp.line['b']][kb[1]] or "")[kb[2]:kb[3]]
                errors.append(f"    missed ({gp.shared[(ka, kb)]}): {ta[:90]!r}\n               ~ {tb[:90]!r}")
    marks.append((n["found shared"], n["gold shared"], n["single right"], n["single"]))
    n["per pair"] = [tuple(y - x for x, y in zip(m0, m1, strict=True)) for m0, m1 in zip(marks, marks[1:], strict=False)]
    store.close()
    if lost is not None:
        print(f"\n{name}: where the gold shared pairs alike at the threshold are lost")
        for k, v in sorted(lost.items()):
            print(f"  {k:<70} {v}")
    if singles is not None:
        _print_singles(name, singles)
    if errors:
        assert role == "dev"
        print(f"\n{name} errors:")
        for e in errors:
            print("  " + e)
    return name, role, n


def _pairwise_ceiling(store: Store, a: Article, b: Article, gp: GoldPair, records: dict, mappers: dict) -> tuple[int, int]:
    """How many gold shared sentence pairs of a grouped pair have a statement of A and one of B alike
    pair by pair as the cross-check scores them (hand score, then the learned rescue): at the
    threshold (what fact formation could find at best), and from 0.3 (near misses a better pairwise
    judge could take). An aggregate: it tells a miss of judgement from a miss of fact formation."""
    _, articles, _ = reading._members(store, a.story_id, Registry(), False)
    ids = [x.id for x in articles]
    nlp = load_model()
    st = Reader(articles, nlp, features.stored(store.statement_features(ids), articles, nlp)).statements()
    sim = Similarity(st, AlignParams(), reading._kept_vectors(store, ids)(st))
    matrix = sim.matrix()
    scorer = pair_scorer()
    if scorer is not None:
        matrix = rescued(sim, matrix, scorer, THRESHOLD)
    keys = _gold_keys(st, a, b, gp, mappers)
    best: dict[tuple[Sentence, Sentence], float] = {}
    for i, x in enumerate(st):
        if x.article != a.id:
            continue
        for j, z in enumerate(st):
            if z.article == b.id:
                for pair in {(ka, kb) for ka in keys[i] for kb in keys[j]} & set(gp.shared):
                    best[pair] = max(best.get(pair, -1.0), float(matrix[i, j]))
    return sum(v >= THRESHOLD for v in best.values()), sum(v >= 0.3 for v in best.values())


def _where_lost(store: Store, a: Article, b: Article, gp: GoldPair, mappers: dict,
                found: set[tuple[Sentence, Sentence]], copy: bool) -> Counter[str]:
    """For a dev pair, where its gold shared pairs that have a statement of A and one of B alike
    (as the cross-check scores them: hand score, learned rescue with the clauses encoded) are lost
    on the way to a corroborated fact: a copy pair (one source by design), the learned veto, never
    in one cluster (average linkage), cut apart by the check against the shown statement
    (``_checked``) or by ``_undisputed``, or in one fact shown otherwise (its status). Beside it,
    the pairs of statements of A and B alike at the threshold that no corroborated fact holds
    together, by whether they lie on a gold shared pair not found (what more grouping could add)
    or on none (what it would add wrongly)."""
    articles, st, params, sim, raw, alike, final, ctx = _rebuilt(store, a)
    clusters = cluster(st, final, THRESHOLD)
    groups = merge_conflicting(st, final, clusters, ctx.apart)
    extra = attachments(st, final, groups, THRESHOLD, independent=ctx.independent)
    facts, _, members_of = xreport._facts(ctx, st, final, groups, extra, params, sim)
    pos = {id(s): i for i, s in enumerate(st)}

    def aligned(x: Statement, y: Statement) -> bool:
        return float(final[pos[id(x)], pos[id(y)]]) >= THRESHOLD + xreport.STRONG

    def order(core: list[int]) -> list[Statement]:
        return [st[i] for i in sorted(core, key=lambda i: (ctx.published[st[i].article], st[i].article, st[i].order))]

    def contradicted(core: list[int]) -> bool:
        return bool(xreport._versions(ctx, order(core), aligned))

    checked = [p for c, m in zip(groups, extra, strict=True) for p in xreport._checked(st, final, c, m, params, contradicted)]
    undisputed = [p for piece in checked for p in xreport._undisputed(ctx, st, final, piece, params, order, aligned, contradicted)]
    keys = _gold_keys(st, a, b, gp, mappers)
    status = {f.id: f.status for f in facts}

    def together(i: int, j: int, sets: list[list[int]]) -> bool:
        return any(i in m and j in m for m in sets)

    out: Counter[str] = Counter()
    for (ka, kb) in gp.shared:
        pairs = [(i, j) for i in keys if ka in keys[i] for j in keys if kb in keys[j]
                 if st[i].article == a.id and st[j].article == b.id and alike[i, j] >= THRESHOLD]
        if not pairs or (ka, kb) in found:
            continue
        kept = [(i, j) for i, j in pairs if final[i, j] >= THRESHOLD]
        if copy:
            why = "copy pair (one source by design)"
        elif not kept:
            why = "vetoed (learned veto)"
        elif shown := sorted({status[f] for f, m in members_of.items() for i, j in kept if i in m and j in m}):
            why = "in one fact shown " + "/".join(shown)
        elif any(together(i, j, [c + h for c, h, _ in undisputed]) for i, j in kept):
            why = "in one part, lost after (_lone_joined)"
        elif any(together(i, j, [c + h for c, h, _ in checked]) for i, j in kept):
            why = "cut apart by _undisputed"
        elif any(together(i, j, [g + e for g, e in zip(groups, extra, strict=True)]) for i, j in kept):
            why = "cut apart by _checked (each against the shown statement)"
        elif any(together(i, j, groups) for i, j in kept) or any(together(i, j, clusters) for i, j in kept):
            why = "cut apart after clustering"
        else:
            why = "never in one cluster (average linkage)"
        out["lost: " + why] += 1
    if not copy:
        held = [m for f, m in members_of.items() if status[f] == "corroborated"]
        for i in keys:
            for j in keys:
                if st[i].article != a.id or st[j].article != b.id or final[i, j] < THRESHOLD or together(i, j, held):
                    continue
                on = {(x, y) for x in keys[i] for y in keys[j]} & set(gp.shared)
                label = "on a gold shared pair not found" if on - found else "on a gold shared pair found" if on else "on no gold shared pair"
                heads = "headline" if st[i].field != "body" or st[j].field != "body" else "body"
                out[f"alike statement pairs no corroborated fact holds ({heads}), {label}"] += 1
    return out


def _gold_keys(st: list, a: Article, b: Article, gp: GoldPair, mappers: dict) -> dict[int, list[Sentence]]:
    """Each statement of A or B (by its index in ``st``) -> the gold sentences its raw span overlaps."""
    keys: dict[int, list[Sentence]] = {}
    for side, art in (("a", a), ("b", b)):
        for k, x in enumerate(st):
            if x.article == art.id:
                span = mappers[(side, x.field)](x.start, x.end)
                keys[k] = [key for _, key in gp.overlapped(side, RAW_FIELD[x.field], span)] if span else []
    return keys


def _rebuilt(store: Store, a: Article) -> tuple:
    """The story of ``a`` rebuilt as the cross-check builds it, up to its final similarity matrix
    (hand score, learned rescue with the clauses encoded, learned veto): (articles, statements,
    parameters, similarity, raw matrix, matrix after the rescue, final matrix, story context). Diagnostics for ``--losses`` and ``--single``."""
    found_story, articles, _ = reading._members(store, a.story_id, Registry(), False)
    ids = [x.id for x in articles]
    nlp = load_model()
    st = Reader(articles, nlp, features.stored(store.statement_features(ids), articles, nlp)).statements()
    params = AlignParams()
    sim = Similarity(st, params, reading._kept_vectors(store, ids)(st))
    raw = sim.matrix()
    scorer, veto = pair_scorer(), pair_veto()
    clauses = encoder().encode if sim.semantic is not None else None
    alike = rescued(sim, raw, scorer, THRESHOLD, clauses) if scorer is not None else raw
    final = vetoed(sim, raw, alike, veto, THRESHOLD, clauses) if veto is not None else alike
    return articles, st, params, sim, raw, alike, final, xreport._Story(found_story, articles, Registry(), False)


def _single_signals(store: Store, a: Article, b: Article, gp: GoldPair, mappers: dict, copy: bool) -> list[dict]:
    """For a dev pair, each fact shown single-source with a statement in A or B: whether the gold
    calls it single-source (right), and what its closest statement of an independent article is
    like: its score (after the learned rescue and veto), the sentence encoder's cosine, a shared
    entity named in few statements of the story (or once in each article), a shared distinctive
    figure, and the status of that statement's fact. Diagnostics for ``--single``."""
    articles, st, params, sim, raw, alike, final, ctx = _rebuilt(store, a)
    groups = merge_conflicting(st, final, cluster(st, final, THRESHOLD), ctx.apart)
    extra = attachments(st, final, groups, THRESHOLD, independent=ctx.independent)
    facts, _, members_of = xreport._facts(ctx, st, final, groups, extra, params, sim)
    keys = _gold_keys(st, a, b, gp, mappers)
    corroborated = {i for f in facts if f.status == "corroborated" for i in members_of[f.id]}
    ent_df = Counter(e for s in st for e in set(s.entities))  # statements of the story naming each entity
    per_art = Counter((s.article, e) for s in st for e in set(s.entities))  # ...of each article
    status_of = {i: f.status for f in facts for i in members_of[f.id]}
    out = []
    for f in facts:
        if f.status != "single-source":
            continue
        members = members_of[f.id]
        mine = [i for i in members if i in keys]
        if not mine:
            continue
        primaries = [keys[i][0] for i in mine if keys[i]]
        right = bool(primaries) and all(gp.category[k] == "only" for k in primaries)
        arts = {st[i].article for i in members}
        others = [k for k, s in enumerate(st) if s.article not in arts and all(ctx.apart(s.article, x) for x in arts)]
        if not others:
            continue
        best, bi, bk = max((float(final[i, k]), i, k) for i in members for k in others)
        sem = max(float(sim.semantic[i] @ sim.semantic[k]) for i in members for k in others) if sim.semantic is not None else 0.0
        bsem = float(sim.semantic[bi] @ sim.semantic[bk]) if sim.semantic is not None else 0.0
        rare = any(ent_df[e] <= 3 for i in members for k in others for e in set(st[i].entities) & set(st[k].entities))
        rare_best = any(ent_df[e] <= 3 for e in set(st[bi].entities) & set(st[bk].entities))
        fig = any(xreport._same_count(st[i], st[k]) for i in members for k in others)
        shared_df = [(ent_df[e], float(final[i, k]), e) for i in members for k in others for e in set(st[i].entities) & set(st[k].entities)]
        own = [(float(final[i, k]), e) for i in members for k in others for e in set(st[i].entities) & set(st[k].entities)
               if per_art[(st[i].article, e)] == 1 and per_art[(st[k].article, e)] == 1]
        out.append({"right": right, "copy": copy, "best": best, "raw": float(raw[bi, bk]), "sem": sem, "bsem": bsem,
                    "rare": rare, "rare_best": rare_best, "fig": fig, "corr": bk in corroborated,
                    "words": max(sim.same_words(i, k)[0] for i in members for k in others),
                    "text": f.text[:80], "other": st[bk].text[:80],
                    "df_best": min((d for d, _, e in shared_df if e in set(st[bi].entities) & set(st[bk].entities)), default=99),
                    "shared_df": [(d, round(x, 2)) for d, x, _ in shared_df], "own": [round(x, 2) for x, _ in own],
                    "other_status": status_of.get(bk, "-")})
    return out


def _print_singles(name: str, rows: list[dict]) -> None:
    """How often a fact shown single-source is one, by what its closest statement of an
    independent article is like (``_single_signals``); copy pairs left out."""
    rows = [r for r in rows if not r["copy"]]
    print(f"\n{name}: facts shown single-source (copy pairs left out), right / shown, by their closest other statement")

    def line(label: str, pick: list[dict]) -> None:
        ok = sum(r["right"] for r in pick)
        print(f"  {label:<58} {ok:>3}/{len(pick):<3}" + (f" {ok / len(pick):.2f}" if pick else ""))
    line("all", rows)
    for lo, hi in ((-1.0, 0.1), (0.1, 0.2), (0.2, 0.3), (0.3, 0.35), (0.35, 0.42)):
        line(f"score [{lo:.2f}, {hi:.2f})", [r for r in rows if lo <= r["best"] < hi])
    for lo, hi in ((-1.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 1.1)):
        line(f"encoder cosine (best over pairs) [{lo:.2f}, {hi:.2f})", [r for r in rows if lo <= r["sem"] < hi])
    line("a shared entity named in <= 3 statements of the story", [r for r in rows if r["rare"]])
    line("  ...named in <= 3, with the closest statement", [r for r in rows if r["df_best"] <= 3])
    line("a shared entity each article names once, alike from .1", [r for r in rows if any(x >= 0.1 for x in r["own"])])
    line("a shared distinctive figure", [r for r in rows if r["fig"]])
    line("closest statement in a corroborated fact", [r for r in rows if r["corr"]])
    line("closest statement in no corroborated fact", [r for r in rows if not r["corr"]])
    line("closest statement in a single-source fact", [r for r in rows if r["other_status"] == "single-source"])
    for lo, hi in ((0.0, 0.1), (0.1, 0.2), (0.2, 0.3)):
        line(f"same-words share [{lo:.2f}, {hi:.2f})", [r for r in rows if lo <= r["words"] < hi])
    near = [r for r in rows if r["best"] >= 0.3]
    line("near miss: score >= .30", near)
    line("near miss, closest statement in a one-source fact", [r for r in near if r["other_status"] in ("single-source", "partly-reported")])
    line("near miss, closest statement in a single-source fact", [r for r in near if r["other_status"] == "single-source"])
    line("near miss and encoder cosine >= .45", [r for r in near if r["sem"] >= 0.45])
    for r in rows:
        print(f"    {'ok ' if r['right'] else 'BAD'} best {r['best']:.2f} raw {r['raw']:.2f} cos {r['sem']:.2f}/{r['bsem']:.2f} "
              f"words {r['words']:.2f} rare {int(r['rare'])}{int(r['rare_best'])} fig {int(r['fig'])} corr {int(r['corr'])} "
              f"dfb {r['df_best']} df {r['shared_df']} own {r['own']} os {r['other_status']} | "
              f"{r['text']!r} ~ {r['other']!r}")


def _role(path: Path) -> str:
    """A pairs file's role: blind, fresh (annotated, not yet studied) or dev."""
    declared = str(json.loads(path.read_text(encoding="utf-8")).get("role", ""))
    return next((r for r in ("blind", "fresh") if declared.startswith(r)), "dev")


def pair_interval(per_pair: list[tuple[int, ...]], num: int, den: int, rounds: int = 2000,
                  level: float = 0.9) -> tuple[float, float] | None:
    """The interval of a ratio over resamples of the set's pairs (a seeded percentile bootstrap):
    a pair's sentences are not independent draws, so the pair is the unit resampled. ``num`` and
    ``den`` index each pair's counts (``score_pairs``' ``per pair``)."""
    if not per_pair:
        return None
    counts = np.array(per_pair, dtype=float)[:, [num, den]]
    rng = np.random.default_rng(0)
    picks = counts[rng.integers(0, len(per_pair), size=(rounds, len(per_pair)))].sum(axis=1)
    ratios = np.divide(picks[:, 0], picks[:, 1], out=np.zeros(rounds), where=picks[:, 1] > 0)
    low, high = np.quantile(ratios, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)


def pairs_table(columns: list[tuple[str, str, dict]]) -> None:
    def row(label: str, values: list[str]) -> None:
        print(f"{label:44}" + "".join(f"{v:>16}" for v in values))

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "-"

    print()
    row("", [c[0] for c in columns])
    row("role", [ROLE_LABEL.get(c[1], c[1]) for c in columns])
    ns = [c[2] for c in columns]
    row("same-event pairs grouped in one story", [ratio(n["grouped"], n["pairs"]) for n in ns])
    row("hard negatives kept apart", [ratio(n["apart"], n["negatives"]) for n in ns])
    row("grouped pairs whose story has other articles", [ratio(n["with other articles"], n["grouped"]) for n in ns])
    row("corroborated precision", [ratio(n["corroborated right"], n["corroborated"]) for n in ns])
    row("statement pairs (A x B) of corroborated facts on gold", [ratio(n["corroborated pairs right"], n["corroborated pairs"]) for n in ns])
    row("corroboration recall (all pairs)", [ratio(n["found shared"], n["gold shared"]) for n in ns])
    row("corroboration recall (grouped pairs)", [ratio(n["found shared"], n["gold shared grouped"]) for n in ns])
    row("gold shared pairs with statements alike at the threshold", [ratio(n["alike shared"], n["gold shared grouped"]) for n in ns])
    row("gold shared pairs with statements alike from 0.3", [ratio(n["near shared"], n["gold shared grouped"]) for n in ns])
    row("single-source precision", [ratio(n["single right"], n["single"]) for n in ns])

    def interval(n: dict, num: int, den: int) -> str:
        span = pair_interval(n.get("per pair", []), num, den)
        return "-" if span is None else f"{span[0]:.3f}-{span[1]:.3f}"
    row("corroboration recall (all pairs), 90% interval", [interval(n, 0, 1) for n in ns])
    row("single-source precision, 90% interval", [interval(n, 2, 3) for n in ns])
    row("grouped pairs whose B is stored as a copy of A", [ratio(n["copy pairs"], n["grouped"]) for n in ns])
    row("corroboration recall, copy pairs left out", [ratio(n["found shared"] - n["found shared in copy pairs"],
                                                            n["gold shared grouped"] - n["gold shared in copy pairs"]) for n in ns])
    row("gold shared pairs alike at the threshold, copy pairs left out", [ratio(n["alike shared"] - n["alike shared in copy pairs"],
                                                                              n["gold shared grouped"] - n["gold shared in copy pairs"]) for n in ns])
    row("single-source precision, copy pairs left out", [ratio(n["single right"] - n["single right in copy pairs"],
                                                                n["single"] - n["single in copy pairs"]) for n in ns])
    row("partly-reported facts on a gold shared sentence", [ratio(n["partly on shared"], n["partly"]) for n in ns])
    row("repeated facts (A and B one source) on a gold shared pair", [ratio(n["repeated on shared"], n["repeated"]) for n in ns])
    row("facts on gold not_facts only", [ratio(n["not_facts"], n["facts"]) for n in ns])
    row("contradicted facts on a gold contradiction", [ratio(n["contradicted right"], n["contradicted"]) for n in ns])
    row("gold contradiction sentence pairs", [str(n["gold contradictions"]) for n in ns])
    row("statements not mapped onto a gold sentence", [ratio(n["unmapped"], n["statements"]) for n in ns])
    row("statements mapped onto other raw text", [ratio(n["inexact"], n["statements"]) for n in ns])
    row("articles not stored, gold spans not fitting", [f"{n['missing articles']}, {n['bad gold spans']}" for n in ns])
    print("(facts: those with a statement in A or B of a grouped same-event pair; the ratios are (right/counted))")
    if any(c[1] == "fresh" for c in columns):
        print("(fresh/unstudied: annotated before any scoring and not yet studied; scored like blind, its errors never listed)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true", help="list the errors (dev sets only)")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--pairs-only", action="store_true", help="only the OrangeSum pairs (dev, blind and fresh)")
    which.add_argument("--no-pairs", action="store_true", help="only compare-dev.json")
    ap.add_argument("--dev-only", action="store_true", help="of the pairs, only the dev sets (blind and fresh not scored)")
    ap.add_argument("--losses", action="store_true",
                    help="for the dev pairs sets, where gold shared pairs alike at the threshold are lost on the way to a corroborated fact")
    ap.add_argument("--single", action="store_true",
                    help="for the dev pairs sets, how often facts shown single-source are, by what their closest other statement is like")
    args = ap.parse_args()
    nlp = load_model()
    enricher = Enricher()
    if not args.pairs_only:
        if compare_dev(args, nlp, enricher) is None:
            return 2
    if args.no_pairs:
        return 0
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: pairs skipped", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="recoupe-pairs-") as tmp:
        columns = [score_pairs(path, args.corpus, enricher, tmp, show_errors=args.errors, show_losses=args.losses,
                               show_single=args.single)
                   for path in PAIRS if not (args.dev_only and _role(path) != "dev")]
    pairs_table(columns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
