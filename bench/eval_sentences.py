"""Sentence boundaries on real bodies: what the splitter leaves wrong, counted on OrangeSum
bodies of the dev line range (no gold needed; nothing here is blind).

    python bench/eval_sentences.py [--n 500] [--start 20000] [--examples 0]

Each record's ``article`` field is parsed and enriched as recoupe ingests it. Counted over the
bodies:

- sentences that end in an abbreviation that never ends one (``recoupe.lang.fr.ABBREVIATIONS``:
  « le Pr. | Martin »): a wrong cut;
- glued stops (a full stop, « ! », « ? » or « … » right before a capitalised word, after a word
  of two letters or figures, a figure or a closing mark: « fin.Le », « AP-HP.Un », « 2019.Cette »,
  « tard".Le »; not after an initial, « J.K.Rowling ») in the parsed body, and those of them
  inside a sentence (not cut: the guidelines of the cross-check's gold end a sentence there);
- entity mentions whose text holds a glued stop (« AP-HP.Un »): the name swallowed the next
  sentence's first word;

and the CPU time per article of the parser and of the enrichment (process time, one process).
``--examples N`` prints N of each kind (dev bodies only).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe.enrich.nlp import Enricher, load  # noqa: E402
from recoupe.ingest.parse import parse_record  # noqa: E402
from recoupe.lang import fr  # noqa: E402
from recoupe.models import ParsedArticle, RawRecord  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"
# the dev line range of the quotation sets (QUOTES-GUIDELINES.md)
DEV_FIRST, DEV_LAST = 20000, 24999
GLUED = re.compile(r"(?:(?<=[^\W_]{2})|(?<=[\d%)»\"”’']))[.!?…](?=[A-ZÀ-ÖØ-Ý](?:[^\W\d_]|['’]))")
_ABBR = frozenset((*fr.ABBREVIATIONS, *(a[0].upper() + a[1:] for a in fr.ABBREVIATIONS if a[0].islower() and len(a) > 2)))


def read(corpus: Path, start: int, n: int) -> dict[int, dict]:
    out: dict[int, dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= start + n:
                break
            if i >= start:
                out[i] = json.loads(line)
    return out


def last_word(text: str) -> str:
    words = text.split()
    return re.split(r"['’]", words[-1].lstrip("«“\"("))[-1] if words else ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--start", type=int, default=DEV_FIRST)
    ap.add_argument("--examples", type=int, default=0, help="examples of each kind to print")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}")
        return 1
    if args.start < DEV_FIRST or args.start + args.n - 1 > DEV_LAST:
        print(f"lines {DEV_FIRST}-{DEV_LAST} only (the dev range)")
        return 2
    records = read(args.corpus, args.start, args.n)

    t0 = time.process_time()
    articles: list[ParsedArticle] = []
    for i, rec in sorted(records.items()):
        text = json.dumps(rec, ensure_ascii=False)
        parsed = parse_record(RawRecord(f"line {i}", "json", text, text.encode(), "utf-8", None, rec))
        if isinstance(parsed, ParsedArticle):
            articles.append(parsed)
    t_parse = time.process_time() - t0

    enricher = Enricher(nlp=load(), workers=1)
    t0 = time.process_time()
    enriched = list(enricher(articles))
    t_enrich = time.process_time() - t0

    n_sent = abbr_cuts = glued = glued_inside = glued_entities = 0
    examples: dict[str, list[str]] = {"abbreviation cut": [], "glued inside": [], "glued entity": []}

    def example(kind: str, text: str) -> None:
        if len(examples[kind]) < args.examples:
            examples[kind].append(text)

    for item in enriched:
        body = item.article.body
        sentences = list(item.sentences)
        n_sent += len(sentences)
        for k, (s, e) in enumerate(sentences[:-1]):
            if last_word(body[s:e]) in _ABBR:
                abbr_cuts += 1
                example("abbreviation cut", f"{body[max(s, e - 50):e]} | {body[sentences[k + 1][0]:sentences[k + 1][0] + 30]}")
        for m in GLUED.finditer(body):
            glued += 1
            if any(s <= m.start() and m.end() < e for s, e in sentences):
                glued_inside += 1
                example("glued inside", body[max(0, m.start() - 30):m.end() + 30])
        for ent in item.entities:
            for mention in ent.mentions:
                if mention.field == "body" and GLUED.search(mention.text):
                    glued_entities += 1
                    example("glued entity", mention.text)

    n = len(enriched)
    print(f"lines {args.start}-{args.start + args.n - 1}: {n} bodies, {n_sent} sentences")
    print(f"sentences ending in an abbreviation (wrong cuts) {abbr_cuts}")
    print(f"glued stops in the parsed bodies                 {glued}")
    print(f"  of them inside a sentence (uncut)               {glued_inside}")
    print(f"entity mentions holding a glued stop             {glued_entities}")
    print(f"CPU per article: parse {1000 * t_parse / max(1, n):.2f} ms, enrich {1000 * t_enrich / max(1, n):.1f} ms")
    for kind, texts in examples.items():
        for t in texts:
            print(f"  {kind}: {t!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
