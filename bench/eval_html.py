"""HTML extraction quality on the OrangeSum pages whose parsed fields are known.

    python bench/eval_html.py [--n 2000]

Reads ../shared/corpora/orangesum/html-sample.tar.gz (original pages) and the gold fields of
the same ids in articles.jsonl.gz, parses each page with recoupe's HTML parser and prints:
how many pages became articles, title exact match (whitespace folded), lead match, and body
recall / precision (share of gold words found in the body, share of body words in the gold,
as multisets), plus the date.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tarfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe.ingest.parse import parse_record  # noqa: E402
from recoupe.ingest.parse.common import clean_inline  # noqa: E402
from recoupe.ingest.sources import decode  # noqa: E402
from recoupe.models import RawRecord, Rejection  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum"


def words(text: str) -> Counter:
    return Counter(clean_inline(text or "").lower().split())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    pages: dict[str, bytes] = {}
    with tarfile.open(CORPUS / "html-sample.tar.gz") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".html") and len(pages) < args.n:
                pages[Path(member.name).stem] = tar.extractfile(member).read()  # type: ignore[union-attr]
    gold: dict[str, dict] = {}
    with gzip.open(CORPUS / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if str(rec["id"]) in pages:
                gold[str(rec["id"])] = rec
    n = ok = title_ok = lead_ok = date_ok = 0
    recall = precision = 0.0
    rejected: Counter = Counter()
    examples: list[str] = []
    for pid, data in pages.items():
        g = gold.get(pid)
        if g is None:
            continue
        n += 1
        text, enc = decode(data)  # type: ignore[misc]
        a = parse_record(RawRecord(pid, "html", text, data, enc))
        if isinstance(a, Rejection):
            rejected[a.code] += 1
            examples.append(pid)
            continue
        ok += 1
        title_ok += clean_inline(a.title or "") == clean_inline(g["title"])
        lead_ok += clean_inline(a.lead or "") == clean_inline(g["heading"])
        date_ok += bool(a.published and a.published.value[:10] == g["date"][:10])
        gw, bw = words(g["article"]), words(a.body)
        common = sum((gw & bw).values())
        recall += common / max(1, sum(gw.values()))
        precision += common / max(1, sum(bw.values()))
    print(f"pages with gold fields: {n}; parsed as articles: {ok} ({ok / n:.1%}); rejected: {dict(rejected)} e.g. {examples[:5]}")
    print(f"title exact match: {title_ok / ok:.1%}   lead exact match: {lead_ok / ok:.1%}   publication day: {date_ok / ok:.1%}")
    print(f"body word recall: {recall / ok:.3f}   body word precision: {precision / ok:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
