"""Ingest throughput against a plain spaCy pipe over the same texts.

    python bench/ingest.py [--n 2000] [--skip 0] [--workers W] [--plain-processes P] [--plain-blas numpy]
                           [--profile | --stages] [--digest]

Takes N articles of ../shared/corpora/orangesum/articles.jsonl.gz, then, in one run:
1. a plain ``nlp.pipe`` of fr_core_news_md as ``spacy.load`` gives it, all its components on
   (the dependency parser included; ``senter``, off by default, stays off), thinc's default
   CPU ops (matrix products by blis) and spaCy's default batch size, on P processes
   (``n_process=P``), over the texts the language model sees during ingest (title, lead and
   body of each parsed article): it only runs the model and throws the docs away;
2. ``recoupe.pipeline.ingest`` of the same records into a fresh SQLite store on W model workers:
   read, parse, boilerplate, language model, sentences, entities, quotations, time expressions,
   events, story terms, entity resolution, copies, story placement and the store's writes, all
   included. Its model is the enrich stage's (``recoupe.enrich.nlp.load``): the same model and
   components plus the sentence recogniser (run after the parser), its matrix products on
   numpy's BLAS (one thread per process) and its attribute ruler and lemmatizer run on the
   doc's arrays (``recoupe.enrich.components``): the same annotations as spaCy's own (the
   ``--digest`` of every table unchanged), less CPU. ``--plain-blas numpy`` gives the plain
   pipe numpy's BLAS too (one thread per process), to tell that share apart.

W defaults to what ``recoupe ingest`` chooses for that many articles (2 on this 2-core machine
from 48 articles up), and P to W: both sides get the same number of processes for the model.
(``--plain-processes 1`` gives the comparison the earlier figures used: a plain pipe on one
process.) The model load is outside both timings; starting the workers is inside them.

For each side the script prints articles per second (wall clock) and CPU seconds per article
(user + system, this process and its workers): the machine is shared, and the CPU figure is the
one that other people's work barely moves. For the ingest it also prints where the main
process's time went: parsing, stages 4-7 with the store's writes (``store_batch``), and the
rest (reading, and waiting for the workers). ``--profile`` runs the ingest on one process under
cProfile instead and prints the 30 heaviest functions; ``--stages`` runs it on one process
with each stage timed (CPU, not under a profiler: the figures add up to the run's CPU per
article) and prints the CPU per article of each model component, analysis step, part of the
worker's ``prepare``, store and placement step, and the garbage collector's share. ``--digest``
prints a hash of each table the ingest wrote, to check that a change stores the same rows.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import gzip
import itertools
import multiprocessing
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from recoupe import pipeline  # noqa: E402
from recoupe.enrich.nlp import Enricher, compose, load, one_blas_thread  # noqa: E402
from recoupe.ingest.parse import parse_record  # noqa: E402
from recoupe.ingest.sources import Options, read_input  # noqa: E402
from recoupe.lang.fr import MODEL  # noqa: E402
from recoupe.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"


def cpu() -> float:
    """CPU seconds of this process and of its waited-for children."""
    multiprocessing.active_children()  # reaps finished workers, so that their time is counted
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class Timed:
    """A module function that keeps the time spent in it."""

    def __init__(self, module: Any, name: str) -> None:
        self.module, self.name, self.fn, self.spent = module, name, getattr(module, name), 0.0
        setattr(module, name, self)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.spent += time.perf_counter() - t0

    def restore(self) -> None:
        setattr(self.module, self.name, self.fn)


class Stages:
    """CPU seconds spent in each stage of an ingest run on one process: each function below is
    replaced by one that times it, and a function's time leaves out that of the timed
    functions it calls (so the figures add up). The model's components are timed batch by batch
    (each batch read whole before the component runs on it, as spaCy's pipe does anyway)."""

    def __init__(self, nlp: Any) -> None:
        from recoupe.crosscheck import features
        from recoupe.enrich import nlp as enrich
        from recoupe.resolve import Resolver
        from recoupe.store import Store
        from recoupe.store.indexes import SqlStoryIndex
        from recoupe.store.writer import Writer

        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.stack: list[list[Any]] = []  # [label, start, time of the timed functions it called]
        self.undo: list[tuple[Any, str, Any]] = []
        self.order: list[str] = []
        self.nlp = nlp
        self.gc = [0.0, 0.0]  # time in the garbage collector, when its last pass started
        gc.callbacks.append(self.collecting)
        self.components = list(nlp._components)
        nlp._components[:] = [(name, _TimedComponent(self, f"model: {name}", proc)) for name, proc in nlp._components]
        self.tokenizer = nlp.tokenizer
        nlp.tokenizer = self.wrapped(nlp.tokenizer, "model: tokenizer")
        for owner, name, label in [
            (pipeline, "_parse_safely", "parse"),
            (Store, "known", "known (already stored?)"),
            (enrich, "analyse", "enrich: analyse (rest)"),
            (enrich, "body_sentences", "enrich: sentences"),
            (enrich, "article_entities", "enrich: entities"),
            (enrich, "find_quotes", "enrich: quotations"),
            (enrich, "find_time_expressions", "enrich: time expressions"),
            (enrich, "dated_events", "enrich: events"),
            (enrich, "story_features", "enrich: story terms and vector"),
            (enrich, "field_tables", "enrich: token tables"),
            (pipeline, "prepare", "prepare (rest)"),
            (features, "pack", "prepare: statement features"),
            (pipeline, "search_texts", "prepare: search texts"),
            (pipeline, "keys_for", "prepare: copy keys"),
            (pipeline, "store_batch", "store_batch (rest: transaction, commit)"),
            (pipeline, "enriched_features", "store: statement features"),
            (Writer, "prefetch", "store: writer prefetch"),
            (Writer, "save_article", "store: save_article"),
            (Writer, "save_analysis", "store: save_analysis"),
            (Writer, "save_features", "store: save_features"),
            (Writer, "flush", "store: flush"),
            (Resolver, "prefetch", "resolve: prefetch"),
            (Resolver, "resolve", "resolve"),
            (pipeline, "find_copy", "copies"),
            (pipeline, "signal_of", "placement: signal"),
            (pipeline, "assign", "placement (rest)"),
            (SqlStoryIndex, "document_frequency", "placement: document frequencies"),
            (SqlStoryIndex, "count_document", "placement: count document"),
            (SqlStoryIndex, "candidates", "placement: candidates"),
            (SqlStoryIndex, "recent", "placement: recent members"),
            (SqlStoryIndex, "create", "placement: create story"),
            (SqlStoryIndex, "add", "placement: add to story"),
            (SqlStoryIndex, "merge", "placement: merge stories"),
        ]:
            fn = getattr(owner, name)
            self.undo.append((owner, name, fn))
            setattr(owner, name, self.wrapped(fn, label))

    def wrapped(self, fn: Any, label: str) -> Any:
        self.order.append(label)

        def timed(*args: Any, **kwargs: Any) -> Any:
            self.enter(label)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()

        return timed

    def enter(self, label: str) -> None:
        self.stack.append([label, time.process_time(), 0.0])

    def leave(self) -> None:
        label, start, inner = self.stack.pop()
        took = time.process_time() - start
        self.spent[label] = self.spent.get(label, 0.0) + took - inner
        self.calls[label] = self.calls.get(label, 0) + 1
        if self.stack:
            self.stack[-1][2] += took

    def collecting(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.gc[1] = time.process_time()
        else:
            self.gc[0] += time.process_time() - self.gc[1]

    def restore(self) -> None:
        gc.callbacks.remove(self.collecting)
        for owner, name, fn in reversed(self.undo):
            setattr(owner, name, fn)
        self.nlp._components[:] = self.components
        self.nlp.tokenizer = self.tokenizer

    def report(self, n: int, total: float) -> None:
        labels = [lb for lb in self.spent if lb.startswith("model: ")] + [lb for lb in self.order if not lb.startswith("model: ")]
        print(f"CPU per article by stage (one process, {n} articles):")
        for label in labels:
            if label in self.spent:
                print(f"  {label:44s} {self.spent[label] * 1000 / n:7.2f} ms")
        rest = total - sum(self.spent.values())
        print(f"  {'the rest (reading, generators, ...)':44s} {rest * 1000 / n:7.2f} ms")
        groups: dict[str, float] = {}
        for label, spent in self.spent.items():
            head = label.split(":")[0].split(" (")[0]
            head = {"store_batch": "store", "resolve": "store", "copies": "store", "placement": "store",
                    "known": "parse"}.get(head, head)
            groups[head] = groups.get(head, 0.0) + spent
        print("  in all: " + ", ".join(f"{k} {v * 1000 / n:.1f}" for k, v in groups.items()) + f", rest {rest * 1000 / n:.1f}"
              f" = {total * 1000 / n:.1f} ms")
        print(f"  (of which the garbage collector: {self.gc[0] * 1000 / n:.1f} ms)")


class _TimedComponent:
    """A pipeline component whose work on each batch is timed (``Stages``)."""

    def __init__(self, stages: Stages, label: str, proc: Any) -> None:
        self.stages, self.label, self.proc = stages, label, proc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.proc, name)

    def __call__(self, doc: Any) -> Any:
        self.stages.enter(self.label)
        try:
            return self.proc(doc)
        finally:
            self.stages.leave()

    def pipe(self, docs: Any, *, batch_size: int = 32, **kwargs: Any) -> Any:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            self.stages.enter(self.label)
            try:
                if hasattr(self.proc, "pipe"):
                    out = list(self.proc.pipe(batch, batch_size=batch_size, **kwargs))
                else:
                    out = [self.proc(d) for d in batch]
            finally:
                self.stages.leave()
            yield from out


def default_workers(n: int) -> int:
    """What ``recoupe ingest`` chooses for n new articles (``pipeline._workers``)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if n < pipeline.SMALL_RUN else min(2, cores)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--skip", type=int, default=0, help="start after this many records")
    ap.add_argument("--workers", type=int, default=None, help="model workers of the ingest (default: as recoupe ingest)")
    ap.add_argument("--plain-processes", type=int, default=None, help="processes of the plain pipe (default: the ingest's)")
    ap.add_argument("--plain-blas", choices=("blis", "numpy"), default="blis",
                    help="the plain pipe's matrix products: thinc's default (blis) or numpy's BLAS, as the ingest's")
    ap.add_argument("--no-plain", action="store_true", help="time the ingest only")
    ap.add_argument("--profile", action="store_true", help="profile the ingest on one process (no comparison)")
    ap.add_argument("--stages", action="store_true",
                    help="CPU per article of each stage, the ingest on one process (no comparison)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--digest", action="store_true",
                    help="print a digest of each table the ingest wrote (times of writing left out)")
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
        workers = 1 if args.profile or args.stages else (args.workers or default_workers(len(texts)))
        processes = args.plain_processes or workers
        print(f"corpus: {len(texts)} articles, {chars / len(texts):.0f} characters on average; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")

        plain_rate = plain_cpu = None
        if not (args.no_plain or args.profile or args.stages):
            nlp_full = spacy_full(args.plain_blas)
            limits = one_blas_thread() if args.plain_blas == "numpy" else None  # inherited by the forked processes
            c0, t0 = cpu(), time.perf_counter()
            for _ in nlp_full.pipe(texts, n_process=processes):
                pass
            plain, plain_cpu = time.perf_counter() - t0, (cpu() - c0) / len(texts)
            if limits is not None:
                limits.restore_original_limits()
            plain_rate = len(texts) / plain
            print(f"plain nlp.pipe ({MODEL}, all components, {args.plain_blas}, "
                  f"{processes} process{'es' if processes > 1 else ''}): "
                  f"{plain_rate:7.1f} articles/s  ({plain:.1f} s; {plain_cpu * 1000:.0f} ms CPU per article)")
            del nlp_full

        enricher = Enricher(nlp=load(), workers=workers)
        stages = Stages(enricher.nlp) if args.stages else None
        parse, store_ = Timed(pipeline, "_parse_safely"), Timed(pipeline, "store_batch")
        with Store(str(Path(tmp) / "bench.db")) as store:
            profiler = cProfile.Profile() if args.profile else None
            c0, t0 = cpu(), time.perf_counter()
            if profiler:
                profiler.enable()
            report = pipeline.ingest([str(sample)], store, enricher=enricher, workers=workers)
            if profiler:
                profiler.disable()
            took = time.perf_counter() - t0
            totals = report.totals()
            if args.digest:
                for name, value in digest(store).items():
                    print(f"  digest {name}: {value}")
        parse.restore()
        store_.restore()
        if stages:
            stages.restore()
        stored = totals["created"]
        ingest_cpu = (cpu() - c0) / max(1, stored)
        print(f"recoupe ingest (everything, model on {workers} process{'es' if workers > 1 else ''}): "
              f"{stored / took:7.1f} articles/s  ({took:.1f} s; {ingest_cpu * 1000:.0f} ms CPU per article; "
              f"{stored} stored, {totals['rejected']} rejected)")
        print(f"  main process: parse {parse.spent:.1f} s, stages 4-7 and store {store_.spent:.1f} s, "
              f"reading and waiting for the model {took - parse.spent - store_.spent:.1f} s")
        if plain_rate and plain_cpu:
            print(f"ratio ingest / plain pipe: {(stored / took) / plain_rate:.2f} (wall clock), "
                  f"{plain_cpu / ingest_cpu:.2f} (CPU per article)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process: {peak:.0f} MB")
        if stages:
            stages.report(stored, ingest_cpu * max(1, stored))
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    return 0


UNSTABLE = {"ingested_at", "received_at", "applied_at", "at", "last_fetch", "origin"}  # times of writing, input paths


def digest(store: Store) -> dict[str, str]:
    """Each table's rows (in a canonical order; the times of writing and the input's path, a temporary file, left out), hashed: two
    stores built from the same articles by two versions of the code are the same store if every
    digest is the same."""
    import hashlib

    import sqlalchemy as sa

    from recoupe.store.tables import metadata

    out: dict[str, str] = {}
    with store.engine.connect() as conn:
        names = [t.name for t in metadata.sorted_tables]
        if conn.dialect.name == "sqlite":
            names.append("article_search")
        for name in names:
            table = sa.Table(name, sa.MetaData(), autoload_with=conn)
            cols = [c for c in table.c if c.name not in UNSTABLE]
            rows = sorted(repr(tuple(r)) for r in conn.execute(sa.select(*cols)))
            h = hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()[:16]
            out[name] = f"{h} ({len(rows)} rows)"
    return out


def spacy_full(blas: str = "blis") -> Any:
    import spacy
    from thinc.api import use_ops

    if blas == "numpy":
        with use_ops("numpy", use_blis=False):
            return spacy.load(MODEL)
    return spacy.load(MODEL)


if __name__ == "__main__":
    sys.exit(main())
