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

Following outlets: :func:`add_source`, :func:`import_sources` and :func:`export_sources` manage
the followed sources; :func:`fetch` reads each source's new items through ``ingest.fetch`` (read
and parse stand in for stage 1-2) and stores them through the same :func:`store_batch`;
:func:`watch` repeats it, each source at the pace ``ingest.watch`` gives it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

import numpy as np

from recoupe.crosscheck import features
from recoupe.crosscheck.statements import load_model as crosscheck_model
from recoupe.enrich.nlp import Enricher
from recoupe.enrich.workers import forks
from recoupe.errors import RecoupeError, reason
from recoupe.ingest import fetch as fetch_module
from recoupe.ingest import sources
from recoupe.ingest import watch as watching
from recoupe.ingest.feeds import Item
from recoupe.ingest.parse import parse_record
from recoupe.ingest.parse.common import domain_of, normalise_url, short_hash
from recoupe.ingest.polite import Client, FetchError, Policy
from recoupe.models import Article, Enriched, ParsedArticle, Rejection, SaveResult
from recoupe.resolve import Resolver
from recoupe.store import Store
from recoupe.store.search import search_texts
from recoupe.stories.copies import find_copy, keys_for
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

    # closed on any way out (Ctrl-C in store_batch included), so that the model workers are
    # stopped here and then, not left to the interpreter's exit
    with contextlib.closing(_enriched_batches(new_only(parsed()), workers, enricher, batch_size)) as batches:
        for pairs in batches:
            batch = [item for item, _ in pairs]
            _record(report, input_of, batch, store_batch(store, batch, params, [p for _, p in pairs]))
    return report


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the store keeps of an article that needs nothing but the article, computed by the
    model worker that enriched it (``Enricher.finished``): its statement features, packed
    (None for an article the model did not read), its full-text row's texts, and its copy keys
    and MinHash signature (``stories.copies.keys_for``)."""

    features: bytes | None
    search: tuple[str, str, str]
    copy_keys: tuple[list[str], np.ndarray | None]


def prepare(item: Enriched) -> tuple[Enriched, Prepared]:
    """In the model worker: pack the statement features, compute the search texts and the copy
    keys, and send the enrichment back without its token tables (the packed bytes are a
    fraction of them)."""
    a = item.article
    packed = features.pack(item.tokens, a) if item.tokens else None
    return dc_replace(item, tokens={}), Prepared(packed, search_texts(a.title, a.lead, a.body), keys_for(a.title, a.body))


_WARM_TEXT = " ".join(f"mot{n}" for n in range(40))


def _warm_prepare() -> None:
    """Load here what ``prepare`` loads on first use (datasketch's MinHash and its permutations)
    before the model workers start: forked, they inherit it instead of each loading it again."""
    keys_for(None, _WARM_TEXT)


def statement_features(articles: Sequence[ParsedArticle | Article]) -> list[bytes]:
    """What the cross-check reads of each article's tokens, encoded for the store (computed
    here once rather than each time a story is read)."""
    nlp = crosscheck_model()
    return [features.pack(t, a) for a, t in zip(articles, features.tables(articles, nlp), strict=True)]


def enriched_features(batch: Sequence[Enriched], prepared: Sequence[Prepared] | None = None) -> list[bytes]:
    """The statement features of enriched articles: from the token tables the enrich stage read
    off its own doc (packed by the worker when ``prepared``); an article the model did not read
    (another language) gets them from the cross-check's model here."""
    out: list[bytes | None] = (
        [p.features for p in prepared] if prepared is not None
        else [features.pack(item.tokens, item.article) if item.tokens else None for item in batch])
    missing = [n for n, data in enumerate(out) if data is None]
    for n, data in zip(missing, statement_features([batch[n].article for n in missing]) if missing else [], strict=True):
        out[n] = data
    return [data for data in out if data is not None]


def store_batch(store: Store, batch: Sequence[Enriched], params: PlacementParams = PlacementParams(),
                prepared: Sequence[Prepared] | None = None, *, place: bool = True) -> list[SaveResult]:
    """Stages 4 to 7 for a batch of enriched articles, in one transaction of the store (with
    the cross-check's statement features; ``prepared``: what the model workers computed of them).
    ``place=False`` leaves the new articles without a story, to be placed later in the same
    order (a backfill places them in time shards: ``recoupe.stories.shards``)."""
    results: list[SaveResult] = []
    encoded = enriched_features(batch, prepared)
    ready: list[Prepared | None] = list(prepared) if prepared is not None else [None] * len(batch)
    with store.writing() as writer:
        resolver = Resolver(writer.entities)
        resolver.prefetch(ref for item in batch for ref in item.entities)
        writer.prefetch(batch)
        for item, data, done in zip(batch, encoded, ready, strict=True):
            saved = writer.save_article(item, done.search if done else None)
            results.append(saved.result)
            if not saved.current:
                continue
            article_id = saved.result.article_id
            resolved = resolver.resolve(item.entities)
            writer.save_analysis(article_id, item, resolved)
            writer.save_statement_features(article_id, features.VERSION, data)
            a = item.article
            if saved.gained_body:  # a headline stored alone got its page: copies and features from the text
                writer.forget_copy_keys(article_id)
                copy = find_copy(writer, article_id, a.title, a.body)
                writer.refresh_features(article_id, terms=item.terms, copy_group=copy.group,
                                        signature=copy.signature.tobytes() if copy.signature is not None else None)
            if saved.result.action != "created":
                continue  # a new revision keeps its story
            copy = find_copy(writer, article_id, a.title, a.body, done.copy_keys if done else None)
            signal = signal_of(article_id, a.published, saved.stamp, item.terms, resolved)
            story_id = assign(signal, writer.stories, params).story_id if place else None
            writer.save_features(signal, terms=item.terms,
                                 signature=copy.signature.tobytes() if copy.signature is not None else None,
                                 copy_group=copy.group, story_id=story_id)
    return results


def recluster(store: Store, *, params: PlacementParams = PlacementParams(), progress: Progress | None = None) -> int:
    """Recompute every story from scratch, placing the articles in publication order (as they
    would have been placed had they arrived in that order); returns how many were placed.
    Statement features missing or out of date (a store written before they were kept, another
    model) are computed again."""
    with store.writing() as writer:
        signals = writer.clear_stories()
        for signal in signals:
            writer.set_story(signal.article_id, assign(signal, writer.stories, params).story_id)
            if progress:
                progress(1)
    refresh_statement_features(store, [s.article_id for s in signals])
    return len(signals)


def refresh_statement_features(store: Store, article_ids: Sequence[str], *, batch_size: int = BATCH_SIZE,
                               force: bool = False) -> int:
    """Compute and store the statement features of the articles that have none or out-of-date
    ones (all of them with ``force``); returns how many were computed."""
    done = 0
    nlp = crosscheck_model()
    for chunk in _chunks(article_ids, batch_size):
        found = store.statement_features(chunk)
        arts = [store.get(i, with_revisions=False) for i in chunk]
        usable = {} if force else features.stored(found, arts, nlp)
        todo = [a for a in arts if a.id not in usable]
        if not todo:
            continue
        encoded = statement_features(todo)
        with store.writing() as writer:
            for a, data in zip(todo, encoded, strict=True):
                writer.save_statement_features(a.id, features.VERSION, data)
        done += len(todo)
    return done


def _enriched_batches(
    articles: Iterator[ParsedArticle], workers: int | None, enricher: Enricher | None, batch_size: int,
) -> Generator[list[tuple[Enriched, Prepared]], None, None]:
    """Enriched articles in batches, each with what its worker prepared for the store; the
    model is loaded only if there is something to enrich."""
    first = next(articles, None)
    if first is None:
        return
    n, rest = _workers(workers, articles)
    enrich = enricher or Enricher(workers=n)
    if enrich.workers > 1 and forks():
        _warm_prepare()
    yield from _chunks(enrich.finished(itertools.chain([first], rest), prepare), batch_size)


def _record(report: IngestReport, input_of: dict[int, str], batch: list[Enriched], results: list[SaveResult]) -> None:
    for item, result in zip(batch, results, strict=True):
        _tally(report.of(input_of.pop(id(item.article))), result, result.origin)


def _tally(entry: InputReport | SourceReport, result: SaveResult, origin: str) -> None:
    """Note what the store did with an article in the report of its input or its source."""
    if result.action == "created":
        entry.created.append(result.article_id)
    elif result.action == "revised":
        entry.revised.append(result.article_id)
    elif result.action == "duplicate":
        entry.duplicates.append(result.article_id)
    else:
        entry.rejected.append(Rejection(origin, "E013", result.detail))


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

    with contextlib.closing(_enriched_batches(parsed(), workers, enricher, batch_size)) as batches:
        for pairs in batches:
            batch = [item for item, _ in pairs]
            with store.writing() as writer:
                resolver = Resolver(writer.entities)
                resolver.prefetch(ref for item in batch for ref in item.entities)
                encoded = enriched_features(batch, [p for _, p in pairs])
                for item, data, (_, ready) in zip(batch, encoded, pairs, strict=True):
                    article_id = id_of.pop(id(item.article))
                    if writer.replace_article(article_id, item, ready.search):
                        writer.save_analysis(article_id, item, resolver.resolve(item.entities))
                        writer.save_statement_features(article_id, features.VERSION, data)
            report.reparsed += len(batch)
    return report


# -- following sources: fetch and watch ------------------------------------------------------

MAX_PAGE_ATTEMPTS = 5  # a page that could not be had is tried again on this many fetches


@dataclass(slots=True)
class SourceReport:
    """What one fetch of one source did."""

    source: str
    unchanged: bool = False
    items: int = 0  # new items listed
    created: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    headline_only: int = 0
    blocked: int = 0
    error: Rejection | None = None  # the source itself could not be fetched
    rejected: list[Rejection] = field(default_factory=list)  # its pages

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source, "unchanged": self.unchanged, "items": self.items, "created": self.created,
            "revised": self.revised, "duplicates": self.duplicates, "headline_only": self.headline_only,
            "blocked": self.blocked, "error": self.error.to_json() if self.error else None,
            "rejected": [r.to_json() for r in self.rejected],
        }


@dataclass(slots=True)
class FetchReport:
    sources: list[SourceReport] = field(default_factory=list)
    stopped: bool = False

    @property
    def rejected(self) -> list[Rejection]:
        return [r for s in self.sources for r in ([s.error] if s.error else []) + s.rejected]

    def totals(self) -> dict[str, int]:
        return {
            "sources": len(self.sources), "failed": sum(1 for s in self.sources if s.error),
            "created": sum(len(s.created) for s in self.sources), "revised": sum(len(s.revised) for s in self.sources),
            "headline_only": sum(s.headline_only for s in self.sources), "blocked": sum(s.blocked for s in self.sources),
        }

    def to_json(self) -> dict[str, Any]:
        return {"sources": [s.to_json() for s in self.sources], "totals": self.totals(), "stopped": self.stopped}


class _Stop(Protocol):
    def is_set(self) -> bool: ...


class _LazyEnricher:
    """One model for a whole fetch or watch, loaded when the first page needs it."""

    def __init__(self, enricher: Enricher | None) -> None:
        self.enricher = enricher

    def __call__(self, articles: Iterable[ParsedArticle]) -> Iterator[Enriched]:
        if self.enricher is None:
            self.enricher = Enricher(workers=1)
        return self.enricher(articles)


def add_source(store: Store, url: str, *, name: str | None = None, outlet: str | None = None,
               allow_private: bool = False, policy: Policy | None = None) -> dict[str, Any]:
    """Follow ``url`` (a feed, a sitemap, or a home page whose feeds are discovered)."""
    policy = policy or Policy()
    with Client(policy) as client:
        try:
            found, kind, title = fetch_module.locate(client, url, allow_private=allow_private)
        except FetchError as e:
            raise RecoupeError(f"{url}: {e} [{e.code}]") from e
    return store.add_source(name=name or title or domain_of(found) or found, url=found, kind=kind,
                            outlet=outlet, allow_private=allow_private)


def fetch(
    store: Store, *, source: str | None = None, allow_private: bool = False, policy: Policy | None = None,
    enricher: Enricher | None = None, progress: Progress | None = None, stop: _Stop | None = None,
    every: timedelta = timedelta(minutes=10), due_only: bool = False, params: PlacementParams = PlacementParams(),
) -> FetchReport:
    """Fetch every source once (or the one named, or with ``due_only`` those whose turn it is):
    new items only, each item's page parsed, enriched and stored through :func:`store_batch`.
    ``stop`` is checked between pages: what was fetched until then is stored."""
    rows = [store.source(source)] if source else store.sources()
    report = FetchReport()
    lazy = enricher if isinstance(enricher, _LazyEnricher) else _LazyEnricher(enricher)
    wait = getattr(stop, "wait", None)  # a threading.Event: a Retry-After pause ends when asked to stop
    with Client(policy or Policy(), sleep=wait if callable(wait) else time.sleep) as client:
        for row in rows:
            if stop is not None and stop.is_set():
                report.stopped = True
                break
            if due_only and not watching.is_due(row["next_fetch"], datetime.now(timezone.utc)):
                continue
            allowed = allow_private or bool(row["allow_private"])
            try:
                report.sources.append(_fetch_source(store, client, row, allowed, lazy, progress, stop, every, params))
            except Exception as e:  # noqa: BLE001 - a locked store or a bug on one source must not end watch
                if not due_only:
                    raise
                report.sources.append(_failed_source(store, row, e, every))
    if stop is not None and stop.is_set():
        report.stopped = True
    return report


def watch(
    store: Store, *, every: timedelta, stop: _Stop, allow_private: bool = False, policy: Policy | None = None,
    enricher: Enricher | None = None, progress: Progress | None = None, on_round: Callable[[FetchReport], None] | None = None,
    tick: float = 1.0,
) -> int:
    """Fetch the sources whose turn it is, again and again, until ``stop`` is set; returns the
    number of rounds. Each source keeps its own pace (``ingest.watch``)."""
    lazy = _LazyEnricher(enricher)
    rounds = 0
    while not stop.is_set():
        report = fetch(store, allow_private=allow_private, policy=policy, enricher=lazy,  # type: ignore[arg-type]
                       progress=progress, stop=stop, every=every, due_only=True)
        rounds += 1
        if on_round is not None and report.sources:
            on_round(report)
        waited = 0.0
        while not stop.is_set() and waited < every.total_seconds():
            if any(watching.is_due(r["next_fetch"], datetime.now(timezone.utc)) for r in store.sources()):
                break
            time.sleep(min(tick, every.total_seconds()))
            waited += tick
    return rounds


def _failed_source(store: Store, row: dict[str, Any], error: Exception, every: timedelta) -> SourceReport:
    """What watch keeps of a source whose fetch failed unexpectedly: a failure, tried again later."""
    rep = SourceReport(row["name"])
    detail = f"{type(error).__name__}: {error}"
    rep.error = Rejection(row["name"], "E022", reason("E022", detail=detail))
    failures = int(row["failures"] or 0) + 1
    now = datetime.now(timezone.utc)
    store.update_source(row["id"], last_fetch=now.isoformat(timespec="microseconds"), failures=failures,
                        last_error=f"{rep.error.reason} [E022]",
                        next_fetch=watching.next_fetch(now, every, None, failures).isoformat())
    return rep


def _fetch_source(store: Store, client: Client, row: dict[str, Any], allow_private: bool, enrich: Callable[..., Any],
                  progress: Progress | None, stop: _Stop | None, every: timedelta, params: PlacementParams) -> SourceReport:
    rep = SourceReport(row["name"])
    started = datetime.now(timezone.utc)
    stamp = started.isoformat(timespec="microseconds")
    try:
        got = fetch_module.fetch_listing(client, row["url"], etag=row["etag"], last_modified=row["last_modified"],
                                         allow_private=allow_private)
    except FetchError as e:
        rep.error = Rejection(f"{row['name']} ({row['url']})", e.code, str(e))
        failures = row["failures"] + 1
        store.update_source(row["id"], last_fetch=stamp, failures=failures, last_error=f"{e} [{e.code}]",
                            next_fetch=watching.next_fetch(started, every, None, failures).isoformat())
        return rep
    rep.unchanged = got.unchanged
    seen = store.seen_items(row["id"], [i.url for i in got.items], [i.guid for i in got.items if i.guid])
    new = [i for i in got.items if i.url not in seen and (not i.guid or i.guid not in seen)]
    rep.items = len(new)
    waiting = store.source_items(row["id"], status="headline")  # headlines whose page did not come
    retry = [Item(url=r["url"], guid=r["guid"], title=r["title"]) for r in waiting if r["attempts"] < MAX_PAGE_ATTEMPTS]
    attempts = {r["url"]: r["attempts"] for r in waiting}
    hint = row["outlet"] or row["name"]
    parsed: list[tuple[Item, ParsedArticle]] = []
    item_rows: dict[str, dict[str, Any]] = {}
    interrupted = False
    for item in new + retry:
        if stop is not None and stop.is_set():
            interrupted = True  # the items not reached are new next time: keep the old validators
            break
        is_retry = item.url in attempts
        base = {"source_id": row["id"], "url": item.url, "guid": item.guid, "title": item.title,
                "attempts": attempts.get(item.url, 0) + 1}
        article, status, error, rejection = _item_article(client, item, row["name"], hint, allow_private, is_retry)
        if rejection is not None:
            rep.rejected.append(rejection)
        if progress:
            progress(1)
        if status == "headline":
            rep.headline_only += int(not is_retry)
        elif status == "blocked":
            rep.blocked += 1
        item_rows[item.url] = {**base, "status": status, "error": error}
        if article is not None:
            if not article.id_given and article.url != item.url:
                article = dc_replace(article, url=item.url, id=short_hash("url", item.url))
            parsed.append((item, article))
    _store_items(store, parsed, item_rows, rep, enrich, params)
    store.save_source_items(list(item_rows.values()))
    usual = watching.usual_interval([r["first_seen"] for r in store.source_items(row["id"], since=(started - timedelta(days=7)).isoformat())], started)
    values: dict[str, Any] = {"last_fetch": stamp, "last_success": stamp, "failures": 0, "last_error": None,
                              "next_fetch": watching.next_fetch(started, every, usual, 0).isoformat()}
    if not got.unchanged and not interrupted:
        values.update(etag=got.etag, last_modified=got.last_modified, kind=got.kind or row["kind"])
    if rep.created:
        values["last_new"] = stamp
    store.update_source(row["id"], **values)
    return rep


def _item_article(client: Client, item: Item, name: str, hint: str, allow_private: bool,
                  is_retry: bool) -> tuple[ParsedArticle | None, str, str | None, Rejection | None]:
    """The item's article (its page, or its headline when the page cannot be had), its status
    ("page", "headline": page to retry, "blocked": robots.txt, "notext"), error and rejection."""
    origin = f"{name}: {item.url}"
    try:
        record = fetch_module.page_record(client, item, source_hint=hint, allow_private=allow_private)
    except FetchError as e:
        status = "blocked" if e.code == "E017" else "headline"
        return (None if is_retry else _headline(item, hint)), status, f"{e} [{e.code}]", Rejection(origin, e.code, str(e))
    page = _parse_safely(record)
    if isinstance(page, Rejection):  # a page without article text: the headline stands for it
        return (None if is_retry else _headline(item, hint)), "notext", page.reason, Rejection(origin, page.code, page.reason)
    return page, "page", None, None


def _headline(item: Item, hint: str) -> ParsedArticle | None:
    parsed = _parse_safely(fetch_module.headline_record(item, source_hint=hint))
    return None if isinstance(parsed, Rejection) else parsed


def _store_items(store: Store, parsed: list[tuple[Item, ParsedArticle]], item_rows: dict[str, dict[str, Any]],
                 rep: SourceReport, enrich: Callable[..., Any], params: PlacementParams) -> None:
    if not parsed:
        return
    known = store.known([a for _, a in parsed])
    fresh: list[ParsedArticle] = []
    url_of: dict[int, str] = {}
    for item, a in parsed:
        item_rows[item.url]["article_id"] = a.id
        if a.content_hash in known:
            rep.duplicates.append(a.id)
            continue
        url_of[id(a)] = item.url
        fresh.append(a)
    for batch in _chunks(enrich(fresh), BATCH_SIZE) if fresh else ():
        for item, result in zip(batch, store_batch(store, batch, params), strict=True):
            item_rows[url_of[id(item.article)]]["article_id"] = result.article_id
            _tally(rep, result, f"{rep.source}: {result.origin}")


def import_sources(store: Store, data: bytes, *, origin: str, allow_private: bool = False) -> tuple[list[str], list[Rejection]]:
    """Follow every feed of an OPML file (without fetching them: ``fetch`` checks them);
    returns the names added and a rejection for each outline not added."""
    from recoupe.ingest.opml import read_opml

    try:
        outlines = read_opml(data)
    except FetchError as e:
        return [], [Rejection(origin, e.code, str(e))]
    added: list[str] = []
    rejected: list[Rejection] = []
    for o in outlines:
        url = normalise_url(o.url) or o.url
        if not url.startswith(("http://", "https://")):
            rejected.append(Rejection(f"{origin}: {o.url}", "E015", reason("E015", detail="only http and https URLs are fetched")))
            continue
        try:
            row = store.add_source(name=o.name or domain_of(url) or url, url=url, kind="feed", outlet=o.outlet,
                                   allow_private=allow_private)
        except RecoupeError as e:
            rejected.append(Rejection(f"{origin}: {o.url}", "E015", reason("E015", detail=str(e))))
            continue
        added.append(row["name"])
    return added, rejected


def export_sources(store: Store) -> str:
    from recoupe.ingest.opml import write_opml

    return write_opml(store.sources())
