"""HTML extraction quality on the OrangeSum pages whose parsed fields are known, beside plain
trafilatura on the same pages.

    python bench/eval_html.py [--set all|dev|blind] [--no-reference] [--errors N]

Reads ../shared/corpora/orangesum/html-sample.tar.gz (2,000 original pages) and the gold fields of
the same ids in articles.jsonl.gz. The pages are sorted by numeric id: the first 200 are the dev
set, the other 1,800 the blind set (scored, never studied page by page). Each page is parsed with
recoupe's HTML parser and, as a reference column, with plain trafilatura
(``bare_extraction(with_metadata=True)``, default settings). Printed for each set and each
system: pages that became articles, title exact match (both sides through ``clean_inline``:
runs of spaces and tabs folded, a no-break space is not a space there) and the same with every
white space folded ("title ws": a no-break space counts as a space, as in a headline typed or
shared), publication day, lead
exact match, body word recall / precision / F1 (multisets of lower-cased words, averaged over the
pages; a rejected page counts 0). Errors are listed for dev pages only: ours, and those where
trafilatura is right and we are wrong.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tarfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe.ingest.parse import parse_record  # noqa: E402
from recoupe.ingest.parse.common import clean_inline  # noqa: E402
from recoupe.ingest.sources import decode  # noqa: E402
from recoupe.models import RawRecord, Rejection  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum"
DEV_SIZE = 200


def words(text: str | None) -> Counter:
    return Counter(clean_inline(text or "").lower().split())


def overlap(gold_text: str, body: str) -> tuple[float, float]:
    """Word recall and precision of an extracted body against the gold article."""
    gw, bw = words(gold_text), words(body)
    common = sum((gw & bw).values())
    return common / max(1, sum(gw.values())), common / max(1, sum(bw.values()))


def print_table(header: list[str], rows: list[list[str]]) -> None:
    """A header and rows, each column as wide as its widest cell."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


@dataclass
class Fields:
    title: str | None = None
    lead: str | None = None
    day: str | None = None
    body: str = ""
    rejected: str | None = None
    lang: str | None = None


@dataclass
class Score:
    n: int = 0
    ok: int = 0
    title: int = 0
    title_ws: int = 0
    day: int = 0
    lead: int = 0
    recall: float = 0.0
    precision: float = 0.0
    f1: float = 0.0
    rejected: Counter = field(default_factory=Counter)

    def add(self, got: Fields, gold: dict) -> dict[str, bool]:
        self.n += 1
        if got.rejected:
            self.rejected[got.rejected] += 1
            return {"title": False, "day": False, "lead": False}
        self.ok += 1
        right = {
            "title": clean_inline(got.title or "") == clean_inline(gold["title"]),
            "day": got.day == gold["date"][:10],
            "lead": clean_inline(got.lead or "") == clean_inline(gold["heading"]),
        }
        self.title += right["title"]
        self.title_ws += " ".join(clean_inline(got.title or "").split()) == " ".join(clean_inline(gold["title"]).split())
        self.day += right["day"]
        self.lead += right["lead"]
        r, p = overlap(gold["article"], got.body)
        self.recall += r
        self.precision += p
        self.f1 += 2 * r * p / (r + p) if r + p else 0.0
        return right

    def row(self) -> list[str]:
        n = max(1, self.n)
        return [f"{self.ok / n:.1%}", f"{self.title / n:.1%}", f"{self.title_ws / n:.1%}", f"{self.day / n:.1%}", f"{self.lead / n:.1%}",
                f"{self.recall / n:.3f}", f"{self.precision / n:.3f}", f"{self.f1 / n:.3f}"]


def ours(pid: str, data: bytes) -> Fields:
    text, enc = decode(data)
    a = parse_record(RawRecord(pid, "html", text, data, enc))
    if isinstance(a, Rejection):
        return Fields(rejected=a.code)
    return Fields(a.title, a.lead, a.published.value[:10] if a.published else None, a.body, lang=a.lang)


def reference(pid: str, data: bytes) -> Fields:
    import trafilatura

    text, _ = decode(data)
    doc = trafilatura.bare_extraction(text, with_metadata=True)
    if doc is None:
        return Fields(rejected="none")
    d = doc.as_dict() if hasattr(doc, "as_dict") else doc
    return Fields(d.get("title"), d.get("description"), (d.get("date") or "")[:10] or None, d.get("text") or "", lang=d.get("language"))


def load(n: int) -> tuple[list[tuple[str, bytes]], dict[str, dict]]:
    pages: dict[str, bytes] = {}
    with tarfile.open(CORPUS / "html-sample.tar.gz") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".html"):
                pages[Path(member.name).stem] = tar.extractfile(member).read()  # type: ignore[union-attr]
    ordered = sorted(pages.items(), key=lambda kv: (int(kv[0]) if kv[0].isdigit() else 10**12, kv[0]))[:n]
    wanted = {pid for pid, _ in ordered}
    gold: dict[str, dict] = {}
    with gzip.open(CORPUS / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if str(rec["id"]) in wanted:
                gold[str(rec["id"])] = rec
    return [(pid, data) for pid, data in ordered if pid in gold], gold


def short(text: str | None, width: int = 110) -> str:
    text = clean_inline(text or "")
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=("all", "dev", "blind"), default="all")
    ap.add_argument("--no-reference", action="store_true", help="skip plain trafilatura")
    ap.add_argument("--errors", type=int, default=15, help="dev errors listed per field (0: none)")
    ap.add_argument("--n", type=int, default=2000, help="first N pages by id (for a quick run)")
    args = ap.parse_args()
    if not (CORPUS / "html-sample.tar.gz").exists():
        print(f"{CORPUS} is not here", file=sys.stderr)
        return 1
    pages, gold = load(args.n)
    sets = {"dev": pages[:DEV_SIZE], "blind": pages[DEV_SIZE:]}
    if args.set != "all":
        sets = {args.set: sets[args.set]}
    systems = {"recoupe": ours} if args.no_reference else {"recoupe": ours, "trafilatura": reference}
    scores = {(s, name): Score() for s in sets for name in systems}
    errors: dict[str, list[str]] = {"title": [], "day": [], "lead": [], "body": []}
    for set_name, items in sets.items():
        for pid, data in items:
            got = {name: fn(pid, data) for name, fn in systems.items()}
            right = {name: scores[(set_name, name)].add(got[name], gold[pid]) for name in systems}
            if set_name != "dev":
                continue  # blind pages are scored, never listed
            g = gold[pid]
            o = got["recoupe"]
            t = got.get("trafilatura")
            for fld, gold_value, mine, theirs in (
                ("title", g["title"], o.title, t.title if t else None),
                ("day", g["date"][:10], o.day, t.day if t else None),
                ("lead", g["heading"], o.lead, t.lead if t else None),
            ):
                if not right["recoupe"][fld]:
                    mark = " [trafilatura right]" if t and right["trafilatura"][fld] else ""
                    errors[fld].append(f"{pid}{mark}\n    gold: {short(gold_value)}\n    ours: {short(mine)}"
                                       + (f"\n    traf: {short(theirs)}" if t else ""))
            r, p = overlap(g["article"], o.body)
            if o.rejected or r < 0.85 or p < 0.85:
                errors["body"].append(f"{pid} recall {r:.2f} precision {p:.2f}" + (f" rejected {o.rejected}" if o.rejected else ""))
    if "dev" in sets:
        print(f"dev: the first {len(sets['dev'])} pages by numeric id ({sets['dev'][0][0]}..{sets['dev'][-1][0]}); "
              f"blind: the other {len(pages) - len(sets['dev'])}")
    header = ["set", "system", "articles", "title", "title ws", "day", "lead", "recall", "precision", "F1"]
    print_table(header, [[s, name, *scores[(s, name)].row()] for s in sets for name in systems])
    for (s, name), sc in scores.items():
        if sc.rejected:
            print(f"{s} {name} rejected: {dict(sc.rejected)}")
    if "dev" in sets and args.errors:
        for fld, listed in errors.items():
            print(f"\n-- dev {fld} errors ({len(listed)}):")
            for entry in listed[: args.errors]:
                print(entry)
    return 0


if __name__ == "__main__":
    sys.exit(main())
