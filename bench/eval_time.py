"""French time expressions (recoupe.enrich.timex) against French TimeBank and OrangeSum.

    python bench/eval_time.py [--data ../shared/dev/ftib-dev.jsonl] [--errors 12]

Three gold sets, printed side by side:

- French TimeBank dev (``--data``): each line is a document, doc_id, dct (publication date), text
  and its gold timexes (type, value, start, end). Role dev.
- ``bench/data/timex-dev.json`` (dev) and ``bench/data/timex-blind.json`` (blind), OrangeSum
  articles annotated with the same TIMEX3 conventions (TIMEX-GUIDELINES.md): the files give
  lines of ../shared/corpora/orangesum/articles.jsonl.gz and offsets into the record's
  ``article`` field; the text is read from the corpus, the dct is the record's ``date``.

recoupe.enrich.timex runs on each text with the dct as anchor, French TimeBank by its own
convention (a day and the clock time joined to it are two expressions: ``fuse_times=False``),
the OrangeSum sets by ours (one expression); a line gives French TimeBank's value F1 with our
convention too. The script prints, per set:
gold and predicted counts; detection precision / recall / F1 with relaxed matching (spans
overlap) and strict matching (same span); type and value accuracy on the relaxed matches; value
F1 (a true positive is an overlapping span with the same value; precision over the
predictions, recall over the gold); the time per document. Then, for the dev sets only, the
most frequent errors: missed, spurious, and wrong values with the gold and predicted ones and
how they differ. The blind set is scored, never listed error by error: its errors are not even
collected (``score(..., errors=False)``).

``score(gold_docs, predict)`` is the one scoring function; tests/test_timex.py loads this file
to hold the value F1 above its floor.

The data is read in place and never copied. HeidelTime, the best published system, reaches a
value F1 of 0.74 on French TimeBank.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "dev" / "ftib-dev.jsonl"
CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"
ORANGESUM_SETS = (("timex-dev", ROOT / "bench" / "data" / "timex-dev.json"),
                  ("timex-blind", ROOT / "bench" / "data" / "timex-blind.json"))

Span = dict  # {"start", "end", "type", "value", "text"}
Predict = Callable[[dict], Sequence[Span]]


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    relaxed: int = 0  # gold-prediction pairs whose spans overlap (one to one)
    strict: int = 0  # pairs with the same span
    same_type: int = 0  # relaxed pairs with the same type
    same_value: int = 0  # relaxed pairs with the same value
    value_hits: int = 0  # overlapping pairs with the same value, matched one to one
    missed: Counter = field(default_factory=Counter)  # "'text' TYPE value"
    spurious: Counter = field(default_factory=Counter)
    wrong_value: Counter = field(default_factory=Counter)  # "'text': gold v / got v (how)"

    @staticmethod
    def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._f1(self.relaxed, self.predicted, self.gold)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._f1(self.strict, self.predicted, self.gold)

    @property
    def value_prf(self) -> tuple[float, float, float]:
        return self._f1(self.value_hits, self.predicted, self.gold)

    @property
    def value_f1(self) -> float:
        return self.value_prf[2]


def _overlap(a: Span, b: Span) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _match(
    gold: list[Span], pred: list[Span], ok: Callable[[Span, Span], bool]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index), the largest overlaps first."""
    pairs = sorted(
        ((_overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
         if _overlap(g, p) > 0 and ok(g, p)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def _shape(text: str) -> str:
    """'Le 24 mars' -> 'le 99 mars': errors on the same kind of text count together."""
    return re.sub(r"\d", "9", " ".join(text.lower().split()))


_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _how_wrong(gold: str, got: str) -> str:
    """'7 days early', 'another year', 'coarser', 'finer', 'other': how a value is wrong."""
    if gold[4:] == got[4:] and gold[:4].isdigit() and got[:4].isdigit():
        return "another year"
    g, p = _DAY.match(gold), _DAY.match(got)
    if g and p and gold[10:] == got[10:]:
        days = (date(*map(int, p.groups())) - date(*map(int, g.groups()))).days
        return f"{abs(days)} day{'s' * (abs(days) > 1)} {'late' if days > 0 else 'early'}"
    if got.startswith(gold) or gold.startswith(got):
        return "finer" if len(got) > len(gold) else "coarser"
    return "other"


def score(gold_docs: Iterable[dict], predict: Predict, *, errors: bool = True) -> Scores:
    """Scores of ``predict`` (document -> predicted spans) on the gold documents. With
    ``errors=False`` (blind sets) the error counters stay empty."""
    s = Scores()
    for doc in gold_docs:
        gold = list(doc["timexes"])
        pred = list(predict(doc))
        s.gold += len(gold)
        s.predicted += len(pred)
        pairs = _match(gold, pred, lambda g, p: True)
        s.relaxed += len(pairs)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, j in pairs:
            g, p = gold[i], pred[j]
            s.strict += (g["start"], g["end"]) == (p["start"], p["end"])
            s.same_type += g["type"] == p["type"]
            if g["value"] == p["value"]:
                s.same_value += 1
            elif errors:
                how = _how_wrong(g["value"], p["value"])
                s.wrong_value[f"{g['text']!r}: gold {g['value']} / got {p['value']} ({how})"] += 1
        s.value_hits += len(_match(gold, pred, lambda g, p: g["value"] == p["value"]))
        if not errors:
            continue
        for i, g in enumerate(gold):
            if i not in matched_g:
                s.missed[f"{_shape(g['text'])!r} {g['type']} {g['value']}"] += 1
        for j, p in enumerate(pred):
            if j not in matched_p:
                s.spurious[f"{_shape(p['text'])!r} {p['type']} {p['value']}"] += 1
    return s


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def recoupe_predict(doc: dict, *, fuse_times: bool = True) -> list[Span]:
    """recoupe.enrich.timex on one document, anchored on its publication date."""
    from recoupe.enrich.timex import find_time_expressions
    from recoupe.timestamps import parse_timestamp

    return [t.to_json() for t in find_time_expressions(
        doc["text"], parse_timestamp(doc["dct"]), fuse_times=fuse_times)]


def ftib_predict(doc: dict) -> list[Span]:
    """recoupe.enrich.timex by French TimeBank's convention: "mardi vers 21 h 45" is two
    expressions, a DATE and a TIME."""
    return recoupe_predict(doc, fuse_times=False)


def load_orangesum(path: Path, corpus: Path) -> tuple[str, list[dict]]:
    """The role ("dev" or "blind") and the documents of an OrangeSum gold file, with the text of
    each record's ``article`` field and its ``date`` as dct."""
    gold = json.loads(path.read_text("utf-8"))
    role = "blind" if str(gold.get("role", "")).startswith("blind") else "dev"
    wanted = {d["line"]: d for d in gold["documents"]}
    records: dict[int, dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                records[i] = json.loads(line)
            if i >= max(wanted):
                break
    docs = []
    for d in gold["documents"]:
        rec = records[d["line"]]
        if rec["id"] != d["id"]:
            raise ValueError(f"{path.name}: line {d['line']} has id {rec['id']}, not {d['id']}")
        text = rec[gold.get("field", "article")]
        docs.append({"doc_id": f"line {d['line']}", "dct": rec["date"], "text": text,
                     "timexes": [dict(t, text=text[t["start"]:t["end"]]) for t in d["timexes"]]})
    return role, docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="French TimeBank JSON Lines")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="OrangeSum articles.jsonl.gz")
    ap.add_argument("--errors", type=int, default=12, help="errors shown per kind (dev sets only)")
    args = ap.parse_args()
    if not args.data.is_file():
        print(f"error: no data at {args.data} (French TimeBank JSON Lines; give --data PATH)",
              file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "src"))
    sets: list[tuple[str, str, list[dict]]] = [("FTiB dev", "dev", load(args.data))]
    if args.corpus.is_file():
        for name, path in ORANGESUM_SETS:
            role, docs = load_orangesum(path, args.corpus)
            sets.append((name, role, docs))
    else:
        print(f"no OrangeSum corpus at {args.corpus}: French TimeBank only", file=sys.stderr)

    columns = []
    for name, role, docs in sets:
        predict = ftib_predict if name == "FTiB dev" else recoupe_predict
        elapsed = _seconds_per_pass(docs, predict)
        s = score(docs, predict, errors=role == "dev")
        columns.append((name, role, docs, s, elapsed))

    def row(label: str, values: list[str]) -> None:
        print(f"{label:34}" + "".join(f"{v:>14}" for v in values))

    row("", [name for name, *_ in columns])
    row("role", [role for _, role, *_ in columns])
    row("documents", [str(len(docs)) for _, _, docs, *_ in columns])
    row("gold timexes", [str(s.gold) for *_, s, _ in columns])
    row("predicted", [str(s.predicted) for *_, s, _ in columns])
    for label, prf in (("detection relaxed (overlap)", "relaxed_prf"), ("detection strict (same span)", "strict_prf"),
                       ("value (overlap and same value)", "value_prf")):
        for k, part in enumerate(("P", "R", "F1")):
            row(f"{label} {part}", [f"{getattr(s, prf)[k]:.3f}" for *_, s, _ in columns])
    for label, attr in (("type accuracy on relaxed matches", "same_type"), ("value accuracy on relaxed matches", "same_value")):
        row(label, [f"{getattr(s, attr) / s.relaxed:.3f}" if s.relaxed else "-" for *_, s, _ in columns])
    row("ms per document", [f"{1000 * t / len(docs):.2f}" for _, _, docs, _, t in columns])
    fused = score(sets[0][2], recoupe_predict, errors=False)
    print(f"FTiB dev value F1 with our convention (a day and its time fused): {fused.value_f1:.3f}")
    print("(HeidelTime, the best published system: value F1 0.74 on French TimeBank)")
    ftib_docs, ftib_time = columns[0][2], columns[0][4]
    chars = sum(len(d["text"]) for d in ftib_docs)
    print(f"FTiB: {1000 * ftib_time / chars * 3000:.2f} ms per 3,000 characters")

    for name, role, _, s, _ in columns:
        if role != "dev":  # blind sets: scored, never listed error by error
            continue
        errors = (("missed", s.missed), ("spurious", s.spurious), ("wrong value", s.wrong_value))
        for title, counter in errors:
            if counter:
                print(f"\n{name}, {title} ({sum(counter.values())}), most frequent first:")
                for key, n in counter.most_common(args.errors):
                    print(f"  {n:3}  {key}")
    return 0


def _seconds_per_pass(docs: list[dict], predict: Predict, repeats: int = 5) -> float:
    """The best of a few timed passes over the documents, imports and compiling left out."""
    predict(docs[0])
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for doc in docs:
            predict(doc)
        best = min(best, time.perf_counter() - t0)
    return best


if __name__ == "__main__":
    sys.exit(main())
