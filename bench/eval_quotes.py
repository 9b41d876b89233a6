"""Quotation extraction against the hand-annotated sets: dev (quotes-dev.json, quotes-dev-ext.json,
quotes-dev2.json, quotes-dev3.json, quotes-dev4.json, quotes-dev5.json, quotes-dev6.json, quotes-dev7.json,
quotes-dev8.json, quotes-dev9.json, quotes-dev10.json, quotes-dev11.json, quotes-dev12.json, quotes-dev13.json,
quotes-dev14.json, quotes-dev15.json, quotes-dev16.json), fresh (quotes-dev17.json, quotes-dev18.json) and blind
(quotes-blind.json), side by side.

    python bench/eval_quotes.py [--gold FILE ...] [--errors 20] [--speed 300]

Each gold set gives, for articles of ../shared/corpora/orangesum/articles.jsonl.gz, the offsets of
each quotation in the record's ``article`` field, its kind, speaker and cue (never the text).
Each record is parsed and enriched as recoupe ingests it; predicted body quotations are mapped
back onto the raw field (the parser only changes white space and may drop boilerplate, so the
mapping aligns the non-space characters).

Matching follows the Gender Gap Tracker's scorer: a predicted quotation matches a gold one when
it covers more than 30% of the gold span; each gold quotation takes its best match, each
prediction matches once. Prints one table, a column per set (``quotes-dev.json``, the set the
rules were tuned on; ``quotes-dev-ext.json``, articles annotated before the rules saw them; both
dev files together; ``quotes-dev2.json``, drawn like the blind set (the speaker ranker is fitted on it and the other dev sets of session 15);
``quotes-dev3.json``, drawn like the blind set and annotated in session 10 before recoupe was run on
it, whose first figures were the unbiased estimate; ``quotes-dev4.json``, drawn and annotated the same
way in session 11, fresh then and an ordinary dev set from session 12; ``quotes-dev5.json``, the same
in session 12 and a dev set from session 13; ``quotes-dev6.json``, the same in session 13 and a dev set
from session 14; ``quotes-dev7.json``, the same in session 14 and a dev set from session 15;
``quotes-dev8.json``, the same in session 15 and a dev set from session 16; ``quotes-dev9.json``, the
same in session 16 and a dev set from session 17; ``quotes-dev10.json``, the same in session 17 and a dev
set from session 18; ``quotes-dev11.json``, the same in session 18 and a dev set from session 19;
``quotes-dev12.json``, drawn and annotated the same way at the end of session 18 and a dev set from
session 20; ``quotes-dev13.json``, drawn and annotated the same way in session 19 and a dev set from
session 21; ``quotes-dev14.json``, drawn and annotated the same way at the start of session 20 and a dev
set from session 22; ``quotes-dev15.json``, drawn and annotated the same way at the start of session 21 and a dev set from
session 23; ``quotes-dev16.json``, drawn and annotated the same way at the start of session 22 and a dev set from
session 24; ``quotes-dev17.json``, drawn and annotated the same way at the start of session 23, role
``fresh``: a dev set not yet studied, scored as an unseen check; ``quotes-dev18.json``, the same, drawn at the
start of session 24; ``quotes-blind.json``, annotated before any change for issue 12):

- all kinds (dev sets only: the blind gold has direct quotations only): precision, recall, F1,
  speaker accuracy (over matched quotations: same person, or both unattributed), recall of
  direct and of indirect quotations;
- direct quotations only, for every set: the gold restricted to ``direct``, the predictions
  restricted to ``direct``. The blind set writes one record per pair of quotation marks (a
  quotation split by an incise is two records, QUOTES-BLIND-NOTES.md), so for it a predicted
  quotation with ``parts`` is scored as its parts; the dev sets keep one span per quotation.
  Speaker accuracy comes with its 90% interval over resamples of the set's articles
  (``speaker_interval``): on 40 articles it spans about 0.15, so one or two quotations are noise.

For a blind or a fresh set, only the number of wrong speakers of each kind (none found, a name where the
gold gives a description...), never the items.

Then the errors (missed, spurious, wrong speaker, with gold and predicted speakers) of the dev
files only, over all kinds for a set that annotates both and over direct quotations for a
direct-only one (``quotes-dev2.json``, ``quotes-dev3.json``, ``quotes-dev4.json``): a set whose role is blind is scored, never studied error
by error, and its errors are not even collected; nor are those of a fresh set (its JSON role begins
``dev, fresh``), until a later session makes it an ordinary dev set by changing that role. Last, the
CPU time the quotation finder takes per article (with and without the entity step it depends on),
over the first ``--speed`` articles of the dev line range. ``--cache FILE`` keeps the parsed docs
between runs (the figures are the same; the speed line always parses).
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import recoupe.enrich.nlp as enrich  # noqa: E402
from recoupe.enrich.nlp import Enricher  # noqa: E402
from recoupe.ingest.parse import parse_record  # noqa: E402
from recoupe.models import RawRecord  # noqa: E402
from recoupe.normalise import name_key as fold  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"
THRESHOLD = 0.3


def nonspace_index(text: str) -> tuple[str, list[int]]:
    chars, where = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def body_to_raw(body: str, raw: str):  # type: ignore[no-untyped-def]
    """A function mapping an offset of the parsed body to an offset of the raw field."""
    b_chars, b_where = nonspace_index(body)
    r_chars, r_where = nonspace_index(raw)
    mapping: dict[int, int] = {}
    if b_chars == r_chars:
        mapping = {b_where[k]: r_where[k] for k in range(len(b_chars))}
    else:
        sm = difflib.SequenceMatcher(None, b_chars, r_chars, autojunk=False)
        for a, b, n in sm.get_matching_blocks():
            for k in range(n):
                mapping[b_where[a + k]] = r_where[b + k]

    def to_raw(i: int, *, end: bool = False) -> int | None:
        probe = range(i - 1, max(-1, i - 40), -1) if end else range(i, min(len(body), i + 40))
        for j in probe:
            if j in mapping:
                return mapping[j] + (1 if end else 0)
        return None

    return to_raw


def same_speaker(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return not gold and not pred
    g, p = fold(gold), fold(pred)
    if g == p or g in p or p in g:
        return True
    return g.split()[-1] == p.split()[-1]


def score(gold_articles: list[dict], predictions: dict[int, list[dict]], *, errors: list | None = None,
          kinds: Counter | None = None) -> dict[str, float]:
    """The figures of one set; ``errors`` collects its errors one by one (dev sets only),
    ``kinds`` only counts its wrong speakers by kind (what a blind set may show)."""
    tp = fp = fn = speaker_ok = 0
    by_kind = {"direct": [0, 0], "indirect": [0, 0]}  # [found, total]
    for art in gold_articles:
        preds = list(predictions.get(art["line"], []))
        used: set[int] = set()
        for g in art["quotes"]:
            glen = g["end"] - g["start"]
            best, best_score = None, 0.0
            for k, p in enumerate(preds):
                if k in used:
                    continue
                overlap = max(0, min(g["end"], p["end"]) - max(g["start"], p["start"]))
                s = overlap / glen if glen else 0.0
                if s > THRESHOLD and s > best_score:
                    best, best_score = k, s
            by_kind[g["kind"]][1] += 1
            if best is None:
                fn += 1
                if errors is not None:
                    errors.append(("missed", art["line"], g, None))
                continue
            used.add(best)
            tp += 1
            by_kind[g["kind"]][0] += 1
            if same_speaker(g["speaker"], preds[best]["speaker"]):
                speaker_ok += 1
            else:
                if errors is not None:
                    errors.append(("speaker", art["line"], g, preds[best]))
                if kinds is not None:
                    kinds[speaker_error_kind(g["speaker"], preds[best]["speaker"])] += 1
        for k, p in enumerate(preds):
            if k not in used:
                fp += 1
                if errors is not None:
                    errors.append(("spurious", art["line"], None, p))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": tp + fn, "predicted": tp + fp, "precision": precision, "recall": recall, "f1": f1,
        "speaker_accuracy": speaker_ok / tp if tp else 0.0,
        "recall_direct": by_kind["direct"][0] / max(1, by_kind["direct"][1]),
        "recall_indirect": by_kind["indirect"][0] / max(1, by_kind["indirect"][1]),
    }


def speaker_interval(gold_articles: list[dict], predictions: dict[int, list[dict]], rounds: int = 2000,
                     level: float = 0.9) -> tuple[float, float]:
    """The interval of speaker accuracy over resamples of the set's articles (a percentile
    bootstrap, seeded): a set's quotations are not independent draws (one article's way of
    attributing decides several), so the article is the unit resampled. On 40 articles it spans
    about 0.15: a change of one or two quotations on one set is within it."""
    per = []
    for art in gold_articles:
        s = score([art], predictions)
        matched = round(s["gold"] * s["recall"])
        per.append((matched, round(s["speaker_accuracy"] * matched)))
    if not per:
        return 0.0, 0.0
    rng = np.random.default_rng(0)
    counts = np.array(per, dtype=float)
    picks = counts[rng.integers(0, len(per), size=(rounds, len(per)))].sum(axis=1)
    ratios = np.divide(picks[:, 1], picks[:, 0], out=np.zeros(rounds), where=picks[:, 0] > 0)
    low, high = np.quantile(ratios, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)


def read_lines(corpus: Path, wanted: set[int]) -> dict[int, dict]:
    records: dict[int, dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                records[i] = json.loads(line)
            if i > max(wanted):
                break
    return records


def parsed_records(records: dict[int, dict]) -> list:
    out = []
    for i in sorted(records):
        rec = records[i]
        text = json.dumps(rec, ensure_ascii=False)
        out.append(parse_record(RawRecord(f"line {i}", "json", text, text.encode(), "utf-8", None, rec)))
    return out


def predict(articles: list[dict], corpus: Path, enricher: Enricher, field: str = "article") -> tuple[dict[int, list[dict]], dict[int, str]]:
    records = read_lines(corpus, {a["line"] for a in articles})
    lines = sorted(records)
    parsed = parsed_records(records)
    predictions: dict[int, list[dict]] = {}
    for i, item in zip(lines, enricher(parsed), strict=True):
        raw = records[i][field]
        to_raw = body_to_raw(item.article.body, raw)
        out = []
        for q in item.quotes:
            if q.field != "body":
                continue
            s, e = to_raw(q.start), to_raw(q.end, end=True)
            if s is None or e is None or e <= s:
                continue
            parts = []
            for ps, pe in q.parts:
                rs, re_ = to_raw(ps), to_raw(pe, end=True)
                if rs is not None and re_ is not None and re_ > rs:
                    parts.append((rs, re_))
            out.append({"start": s, "end": e, "kind": q.kind, "speaker": q.speaker_name, "cue": q.cue, "parts": parts})
        predictions[i] = out
    return predictions, {i: records[i][field] for i in lines}


class CachedModel:
    """The model's pipeline, reading the docs of texts parsed on an earlier run from ``path`` (each
    doc's own bytes, and its sentence starts: the sentence recogniser's, which reading a parse
    back would replace with the parse's) and parsing only the others: reruns of the bench while the rules change parse
    nothing again. Everything else is the model's own (its vocabulary, its meta)."""

    def __init__(self, nlp, path: Path) -> None:  # type: ignore[no-untyped-def]
        import pickle

        from spacy.attrs import SENT_START
        from spacy.tokens import Doc

        self.nlp, self.path, self.docs, self.new = nlp, path, {}, False
        if path.exists():
            for data, starts in pickle.loads(path.read_bytes()):
                doc = Doc(nlp.vocab).from_bytes(data)
                doc.from_array([SENT_START], starts)
                self.docs[hashlib.sha1(doc.text.encode()).hexdigest()] = doc

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.nlp, name)

    def pipe(self, texts, as_tuples: bool = False, batch_size: int = 32):  # type: ignore[no-untyped-def]
        items = list(texts)
        keys = [hashlib.sha1(t.encode()).hexdigest() for t, _ in items]
        missing = [(t, k) for (t, _), k in zip(items, keys, strict=True) if k not in self.docs]
        for doc, k in self.nlp.pipe(missing, as_tuples=True, batch_size=batch_size):
            self.docs[k] = doc
            self.new = True
        for (_, ctx), k in zip(items, keys, strict=True):
            yield self.docs[k], ctx

    def save(self) -> None:
        import pickle

        from spacy.attrs import SENT_START

        if self.new:
            self.path.write_bytes(pickle.dumps([(doc.to_bytes(), doc.to_array([SENT_START])) for doc in self.docs.values()]))


class Timed:
    """Wraps a function of the enrichment and adds up the CPU time this process spends in it
    (what other processes on a shared machine take does not count)."""

    def __init__(self, fn) -> None:  # type: ignore[no-untyped-def]
        self.fn, self.seconds, self.calls = fn, 0.0, 0

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        t = time.process_time()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.seconds += time.process_time() - t
            self.calls += 1


def speed(corpus: Path, enricher: Enricher, first: int, n: int) -> str:
    """CPU milliseconds per article spent finding quotations (and entities, which they need)."""
    quotes, entities = Timed(enrich.find_quotes), Timed(enrich.article_entities)
    enrich.find_quotes, enrich.article_entities = quotes, entities  # type: ignore[assignment]
    try:
        records = read_lines(corpus, set(range(first, first + n)))
        parsed = parsed_records(records)
        t = time.process_time()
        for _ in enricher(parsed):
            pass
        total = time.process_time() - t
    finally:
        enrich.find_quotes, enrich.article_entities = quotes.fn, entities.fn
    k = max(1, quotes.calls)
    return (f"speed over {quotes.calls} articles (lines {first}-{first + n - 1}), CPU ms per article: quotations {1000 * quotes.seconds / k:.2f}, "
            f"entities {1000 * entities.seconds / k:.2f}, whole enrichment {1000 * total / k:.1f}")


def direct_only(articles: list[dict], predictions: dict[int, list[dict]], *, blind_conventions: bool = False,
                texts: dict[int, str] | None = None) -> tuple[list[dict], dict[int, list[dict]], int]:
    """The gold and the predictions restricted to direct quotations, and how many predictions
    were left out as too short. With ``blind_conventions`` (QUOTES-BLIND-NOTES.md: one record per
    pair of marks, at least 3 words) a quotation split by an incise counts as its pieces and a
    piece of fewer than 3 words is left out."""
    gold = [dict(a, quotes=[q for q in a["quotes"] if q["kind"] == "direct"]) for a in articles]
    pred: dict[int, list[dict]] = {}
    short = 0
    for line, items in predictions.items():
        out = []
        for p in items:
            if p["kind"] != "direct":
                continue
            if not blind_conventions:
                out.append(p)
                continue
            pieces = [dict(p, start=s, end=e, parts=[]) for s, e in p["parts"]] if len(p.get("parts") or ()) > 1 else [p]
            for q in pieces:
                if texts is not None and len(texts[line][q["start"]:q["end"]].split()) < 3:
                    short += 1
                else:
                    out.append(q)
        pred[line] = out
    return gold, pred, short


class GoldSet:
    """One gold file: its articles, its role (``dev``, ``fresh``: a dev set not yet studied, or
    ``blind``) and the kinds it annotates."""

    def __init__(self, name: str, articles: list[dict], field: str, role: str, kinds: tuple[str, ...]) -> None:
        self.name, self.articles, self.field, self.role, self.kinds = name, articles, field, role, kinds
        self.predictions: dict[int, list[dict]] = {}
        self.texts: dict[int, str] = {}

    @classmethod
    def read(cls, path: Path) -> GoldSet:
        gold = json.loads(path.read_text("utf-8"))
        declared = str(gold.get("role", ""))
        role = "blind" if declared.startswith("blind") or "blind" in path.name else "fresh" if declared.startswith("dev, fresh") else "dev"
        return cls(path.name, gold["articles"], gold.get("field", "article"), role,
                   tuple(gold.get("kinds") or ("direct", "indirect")))


def speaker_error_kind(gold: str | None, pred: str | None) -> str:
    """What kind of wrong speaker: none found, one where the gold has none, a description where the
    gold names someone (or the reverse), or another person or body."""
    if not pred:
        return "none predicted"
    if not gold:
        return "speaker where the gold has none"
    described = [not x.split()[0][:1].isupper() for x in (gold, pred)]
    if described[1] and not described[0]:
        return "a description where the gold names someone"
    if described[0] and not described[1]:
        return "a name where the gold gives a description"
    if described[0] and described[1]:
        return "another description"
    return "another person or body"


def print_errors(name: str, errors: list, texts: dict[int, str], n_errors: int) -> None:
    kinds = Counter(speaker_error_kind(g["speaker"], p["speaker"]) for k, _, g, p in errors if k == "speaker")
    if kinds:
        print(f"\n{name}, wrong speakers by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for kind in ("missed", "spurious", "speaker"):
        shown = [e for e in errors if e[0] == kind][:n_errors]
        if shown:
            print(f"\n{name}, {kind} ({sum(1 for e in errors if e[0] == kind)}):")
        for _, line, g, p in shown:
            ref = g or p
            text = texts[line][ref["start"]:ref["end"]].replace("\n", " ")
            extra = f"gold speaker {g['speaker']!r}, predicted {p['speaker']!r}" if g and p else (f"gold {g['kind']} {g['speaker']!r}" if g else f"predicted {p['kind']} {p['speaker']!r} {p['cue']!r}")
            print(f"  line {line} [{ref['start']}:{ref['end']}] {extra}: {text[:110]}")


def table(sets: list[GoldSet]) -> list[tuple[GoldSet, list]]:
    """Prints the figures of every set side by side; returns the errors of the dev sets (a blind or
    fresh set's errors are never collected, only the count of each kind of wrong speaker)."""
    columns: list[tuple[str, str, dict | None, dict, int]] = []  # name, role, all kinds, direct only, short left out
    dev_errors: list[tuple[GoldSet, list]] = []
    blind_kinds: list[tuple[str, Counter]] = []
    for gs in sets:
        # a dev set's errors: over all kinds when it annotates both, else over the direct quotations
        both = set(gs.kinds) >= {"direct", "indirect"}
        errors: list | None = [] if gs.role == "dev" else None
        every = score(gs.articles, gs.predictions, errors=errors) if both else None
        gold, pred, short = direct_only(gs.articles, gs.predictions, blind_conventions=gs.kinds == ("direct",), texts=gs.texts)
        kinds: Counter | None = Counter() if gs.role in ("blind", "fresh") else None
        direct = score(gold, pred, errors=None if both else errors, kinds=kinds)
        direct["speaker_interval"] = "{:.3f}-{:.3f}".format(*speaker_interval(gold, pred))
        columns.append((gs.name.removesuffix(".json"), gs.role, every, direct, short))
        if kinds is not None:
            blind_kinds.append((gs.name if gs.role == "blind" else f"{gs.name} (fresh, not yet studied)", kinds))
        if errors is not None:
            dev_errors.append((gs, errors))
    # "dev together": the first two dev files, annotated with both kinds under the first conventions
    devs = [gs for gs in sets if gs.role == "dev" and "indirect" in gs.kinds]
    if len(devs) > 1:
        articles = [a for gs in devs for a in gs.articles]
        predictions = {k: v for gs in devs for k, v in gs.predictions.items()}
        gold, pred, short = direct_only(articles, predictions)
        direct = score(gold, pred)
        direct["speaker_interval"] = "{:.3f}-{:.3f}".format(*speaker_interval(gold, pred))
        columns.insert(len(devs), ("dev together", "dev", score(articles, predictions), direct, short))

    def row(label: str, values: list[str]) -> None:
        print(f"{label:26}" + "".join(f"{v:>16}" for v in values))

    def fig(d: dict | None, key: str, fmt: str = ".3f") -> str:
        return "-" if d is None else format(d[key], fmt)

    row("", [c[0] for c in columns])
    row("role", [c[1] for c in columns])
    arts = {gs.name.removesuffix(".json"): len(gs.articles) for gs in sets}
    arts["dev together"] = sum(len(gs.articles) for gs in devs)
    row("articles", [str(arts[c[0]]) for c in columns])
    print("all kinds (direct + indirect)")
    for label, key, fmt in (("  gold quotations", "gold", "d"), ("  predicted", "predicted", "d"), ("  precision", "precision", ".3f"),
                            ("  recall", "recall", ".3f"), ("  F1", "f1", ".3f"), ("  speaker accuracy", "speaker_accuracy", ".3f"),
                            ("  recall of direct", "recall_direct", ".3f"), ("  recall of indirect", "recall_indirect", ".3f")):
        row(label, [fig(c[2], key, fmt) for c in columns])
    print("direct quotations only")
    for label, key, fmt in (("  gold quotations", "gold", "d"), ("  predicted", "predicted", "d"), ("  precision", "precision", ".3f"),
                            ("  recall", "recall", ".3f"), ("  F1", "f1", ".3f"), ("  speaker accuracy", "speaker_accuracy", ".3f"),
                            ("  speakers, 90% interval", "speaker_interval", "")):
        row(label, [fig(c[3], key, fmt) for c in columns])
    row("  short, left out", [str(c[4]) for c in columns])
    print(f"(a prediction matches when it covers more than {THRESHOLD:.0%} of the gold span; '-': the set annotates direct quotations only;"
          " blind, as its gold: a predicted quotation split by an incise is scored as its pieces, pieces under 3 words are left out)")
    for name, kinds in blind_kinds:  # counts only: a blind (or fresh) set's errors are never listed
        print(f"{name}, wrong speakers of direct quotations by kind (counts only): "
              + (", ".join(f"{k} {n}" for k, n in kinds.most_common()) or "none"))
    return dev_errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, action="append", help="gold file (repeat for several; default: quotes-dev.json, quotes-dev-ext.json, quotes-dev2.json, quotes-dev3.json, quotes-dev4.json, quotes-dev5.json, quotes-dev6.json, quotes-dev7.json, quotes-dev8.json, quotes-dev9.json, quotes-dev10.json, quotes-dev11.json, quotes-dev12.json, quotes-dev13.json, quotes-dev14.json, quotes-dev15.json, quotes-dev16.json, quotes-dev17.json, quotes-dev18.json and quotes-blind.json)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", type=int, default=15, help="how many errors of each kind to print (dev sets only)")
    ap.add_argument("--speed", type=int, default=300, help="articles to time the quotation finder on (0: no timing)")
    ap.add_argument("--cache", type=Path, help="a file keeping the parsed docs between runs (the speed line always parses)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    data = ROOT / "bench" / "data"
    golds = args.gold or [data / "quotes-dev.json", data / "quotes-dev-ext.json", data / "quotes-dev2.json", data / "quotes-dev3.json",
                          data / "quotes-dev4.json", data / "quotes-dev5.json", data / "quotes-dev6.json",
                          data / "quotes-dev7.json", data / "quotes-dev8.json", data / "quotes-dev9.json", data / "quotes-dev10.json",
                          data / "quotes-dev11.json", data / "quotes-dev12.json", data / "quotes-dev13.json",
                          data / "quotes-dev14.json", data / "quotes-dev15.json", data / "quotes-dev16.json",
                          data / "quotes-dev17.json", data / "quotes-dev18.json", data / "quotes-blind.json"]
    sets: list[GoldSet] = []
    for path in golds:
        try:
            sets.append(GoldSet.read(path))
        except (OSError, ValueError, KeyError) as exc:
            print(f"{path}: cannot read the gold file: {exc}", file=sys.stderr)
            return 2
    sets.sort(key=lambda gs: ("dev", "fresh", "blind").index(gs.role))  # dev columns first, then fresh, blind last
    enricher = Enricher()
    cached = CachedModel(enricher.nlp, args.cache) if args.cache else None
    scored = Enricher(nlp=cached) if cached is not None else enricher
    for gs in sets:
        gs.predictions, gs.texts = predict(gs.articles, args.corpus, scored, gs.field)
    if cached is not None:
        cached.save()
    dev_errors = table(sets)
    for gs, errors in dev_errors:
        assert gs.role == "dev"
        print_errors(gs.name, errors, gs.texts, args.errors)
    if args.speed:
        print()
        print(speed(args.corpus, enricher, 20000, args.speed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
