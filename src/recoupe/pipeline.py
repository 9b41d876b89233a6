"""The pipeline, its stages in order:

1. read (``ingest.sources``): files, directories, standard input, as raw records;
2. parse (``ingest.parse``): a record becomes an article (fields, dates, boilerplate kept apart);
   what the store already has is skipped here, before the language model;
3. enrich (``enrich``): sentences, entities, quotations, time expressions, events, story terms;
4. resolve entities (``resolve``): the article's entities become the store's;
5. find copies (``stories.copies``): the copy group of a new article;
6. place in a story (``stories.placement``);
7. store (``store``): everything of a batch in one transaction.

Stages 4 to 7 run inside the store's transaction (:func:`store_batch`): resolution, copies and
placement read the store through the indexes it hands them, and nothing of a batch is kept unless
all of it is. Interface-agnostic: the CLI and the API call :func:`ingest`, :func:`reparse` and
:func:`recluster` and render the reports they return. Nothing here prints.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from recoupe.enrich.nlp import Enricher
from recoupe.errors import reason
from recoupe.ingest import sources
from recoupe.ingest.parse import parse_record
from recoupe.models import Enriched, ParsedArticle, Rejection, SaveResult
from recoupe.resolve import Resolver
from recoupe.store import Store
from recoupe.stories.copies import find_copy
from recoupe.stories.placement import PlacementParams, assign, signal_of

BATCH_SIZE = 64  # articles per store transaction
SMALL_RUN = 48  # fewer articles than this: one process (starting workers costs more)
Progress = Callable[[int], None]


@dataclass(slots=True)
class InputReport:
    """What became of one input file (or ``-``)."""

    input: str
    created: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "input": self.input, "created": self.created, "revised": self.revised,
            "duplicates": self.duplicates, "rejected": [r.to_json() for r in self.rejected],
        }


@dataclass(slots=True)
class IngestReport:
    inputs: dict[str, InputReport] = field(default_factory=dict)

    def of(self, name: str) -> InputReport:
        if name not in self.inputs:
            self.inputs[name] = InputReport(name)
        return self.inputs[name]

    @property
    def rejected(self) -> list[Rejection]:
        return [r for i in self.inputs.values() for r in i.rejected]

    def totals(self) -> dict[str, int]:
        return {
            "inputs": len(self.inputs),
            "created": sum(len(i.created) for i in self.inputs.values()),
            "revised": sum(len(i.revised) for i in self.inputs.values()),
            "duplicates": sum(len(i.duplicates) for i in self.inputs.values()),
            "rejected": sum(len(i.rejected) for i in self.inputs.values()),
        }

    def to_json(self) -> dict[str, Any]:
        return {"inputs": [i.to_json() for i in self.inputs.values()], "totals": self.totals()}


def _parse_safely(record: Any) -> ParsedArticle | Rejection:
    try:
        return parse_record(record)
    except Exception as e:  # noqa: BLE001 - a parser bug must not stop the batch; say which input
        return Rejection(record.origin, "E012", reason("E012", format=record.format, detail=f"{type(e).__name__}: {e}"))


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _workers(requested: int | None, articles: Iterator[ParsedArticle]) -> tuple[int, Iterator[ParsedArticle]]:
    """How many processes to run the model on, and the articles (some read ahead to decide)."""
    if requested is not None:
        return max(1, requested), articles
    ahead = list(itertools.islice(articles, SMALL_RUN))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = 1 if len(ahead) < SMALL_RUN else min(2, cores)
    return workers, itertools.chain(ahead, articles)


def ingest(
    paths: Iterable[str], store: Store, *, source: str | None = None, workers: int | None = None,
    batch_size: int = BATCH_SIZE, max_bytes: int = sources.DEFAULT_MAX_BYTES,
    enricher: Enricher | None = None, progress: Progress | None = None, params: PlacementParams = PlacementParams(),
) -> IngestReport:
    """Read, parse, enrich and store every article of ``paths``; one transaction per batch."""
    report = IngestReport()
    input_of: dict[int, str] = {}
    seen: set[tuple[str, str]] = set()

    def parsed() -> Iterator[ParsedArticle]:
        for name, record in sources.read_records(paths, sources.Options(source, max_bytes)):
            result = record if isinstance(record, Rejection) else _parse_safely(record)
            if progress:
                progress(1)
            if isinstance(result, Rejection):
                report.of(name).rejected.append(result)
                continue
            input_of[id(result)] = name
            yield result

    def new_only(articles: Iterator[ParsedArticle]) -> Iterator[ParsedArticle]:
        """Skip what the store already has before paying for the language model."""
        for chunk in _chunks(articles, batch_size):
            known = store.known(chunk)
            for a in chunk:
                key = (a.content_hash, a.url or a.id)
                if a.content_hash in known or key in seen:
                    report.of(input_of.pop(id(a))).duplicates.append(a.id)
                    continue
                seen.add(key)
                yield a

    for batch in _enriched_batches(new_only(parsed()), workers, enricher, batch_size):
        _record(report, input_of, batch, store_batch(store, batch, params))
    return report


def store_batch(store: Store, batch: Sequence[Enriched], params: PlacementParams = PlacementParams()) -> list[SaveResult]:
    """Stages 4 to 7 for a batch of enriched articles, in one transaction of the store."""
    results: list[SaveResult] = []
    with store.writing() as writer:
        resolver = Resolver(writer.entities)
        for item in batch:
            saved = writer.save_article(item)
            results.append(saved.result)
            if not saved.current:
                continue
            article_id = saved.result.article_id
            resolved = resolver.resolve(item.entities)
            writer.save_analysis(article_id, item, resolved)
            if saved.result.action != "created":
                continue  # a new revision keeps its story and its copy group
            a = item.article
            copy = find_copy(writer, article_id, a.title, a.body)
            signal = signal_of(article_id, a.published, saved.stamp, item.terms, resolved, item.vector)
            placement = assign(signal, writer.stories, params)
            writer.save_features(signal, terms=item.terms, vector=item.vector,
                                 signature=copy.signature.tobytes() if copy.signature is not None else None,
                                 copy_group=copy.group, story_id=placement.story_id)
    return results


def recluster(store: Store, *, params: PlacementParams = PlacementParams(), progress: Progress | None = None) -> int:
    """Recompute every story from scratch, placing the articles in publication order (as they
    would have been placed had they arrived in that order); returns how many were placed."""
    with store.writing() as writer:
        signals = writer.clear_stories()
        for signal in signals:
            writer.set_story(signal.article_id, assign(signal, writer.stories, params).story_id)
            if progress:
                progress(1)
    return len(signals)


def _enriched_batches(
    articles: Iterator[ParsedArticle], workers: int | None, enricher: Enricher | None, batch_size: int,
) -> Iterator[list[Enriched]]:
    """Enriched articles in batches; the model is loaded only if there is something to enrich."""
    first = next(articles, None)
    if first is None:
        return
    n, rest = _workers(workers, articles)
    enrich = enricher or Enricher(workers=n)
    yield from _chunks(enrich(itertools.chain([first], rest)), batch_size)


def _record(report: IngestReport, input_of: dict[int, str], batch: list[Enriched], results: list[Any]) -> None:
    for item, result in zip(batch, results, strict=True):
        entry = report.of(input_of.pop(id(item.article)))
        if result.action == "created":
            entry.created.append(result.article_id)
        elif result.action == "revised":
            entry.revised.append(result.article_id)
        elif result.action == "duplicate":
            entry.duplicates.append(result.article_id)
        else:
            entry.rejected.append(Rejection(result.origin, "E013", result.detail))


@dataclass(slots=True)
class ReparseReport:
    reparsed: int = 0
    failed: list[Rejection] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"reparsed": self.reparsed, "failed": [r.to_json() for r in self.failed]}


def reparse(
    store: Store, *, article_ids: list[str] | None = None, workers: int | None = None,
    batch_size: int = BATCH_SIZE, enricher: Enricher | None = None, progress: Progress | None = None,
) -> ReparseReport:
    """Parse and enrich again every stored article from its raw input, keeping its id.

    An article whose input the current parser refuses keeps its stored version; it is reported.
    """
    report = ReparseReport()
    id_of: dict[int, str] = {}

    def parsed() -> Iterator[ParsedArticle]:
        for article_id, record in store.raw_records(article_ids):
            result = _parse_safely(record)
            if progress:
                progress(1)
            if isinstance(result, Rejection):
                report.failed.append(Rejection(f"{article_id} ({record.origin})", result.code, result.reason))
                continue
            id_of[id(result)] = article_id
            yield result

    for batch in _enriched_batches(parsed(), workers, enricher, batch_size):
        with store.writing() as writer:
            resolver = Resolver(writer.entities)
            for item in batch:
                article_id = id_of.pop(id(item.article))
                if writer.replace_article(article_id, item):
                    writer.save_analysis(article_id, item, resolver.resolve(item.entities))
        report.reparsed += len(batch)
    return report
