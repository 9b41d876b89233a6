"""What a backfill's workers run, plain functions and a class without Ray: the records of an
input file, and the parse, skip, enrich and stage of a batch of them."""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterator, Sequence
from typing import Any

from recoupe.errors import reason
from recoupe.ingest import sources
from recoupe.ingest.parse import parse_record
from recoupe.models import ParsedArticle, RawRecord, Rejection
from recoupe.store import Store
from recoupe.stories.placement import signal_time

from .warc import is_warc, read_warc

UNDATED = "~"  # sorts after every date: an undated article is placed when it is stored, last


def input_files(paths: Sequence[str]) -> tuple[list[str], list[Rejection]]:
    """The files to read (directories walked as ``ingest`` walks them), and the paths refused."""
    files: list[str] = []
    refused: list[Rejection] = []
    for item in sources.iter_input_files(paths):
        if isinstance(item, Rejection):
            refused.append(item)
        elif item == "-":
            refused.append(Rejection("-", "E009", reason("E009", detail="backfill reads files, not standard input")))
        else:
            files.append(item)
    return files, refused


def read_file(path: str, source: str | None = None, max_bytes: int = sources.DEFAULT_MAX_BYTES) -> Iterator[RawRecord | Rejection]:
    """The records of one input file: a WARC file's HTML pages, else what ``ingest`` reads."""
    if is_warc(path):
        return read_warc(path, source=source, max_bytes=max_bytes)
    return sources.read_input(path, sources.Options(source, max_bytes))


def parse_safely(record: RawRecord) -> ParsedArticle | Rejection:
    try:
        return parse_record(record)
    except Exception as e:  # noqa: BLE001 - a parser bug must not stop the batch; say which input
        return Rejection(record.origin, "E012", reason("E012", format=record.format, detail=f"{type(e).__name__}: {e}"))


def staging_key(a: ParsedArticle) -> str:
    """The same article for ``ingest``'s duplicate check: its text and its URL (or id)."""
    return hashlib.sha256(f"{a.content_hash}\x00{a.url or a.id}".encode()).hexdigest()


def placement_time(a: ParsedArticle) -> str:
    """When the article will be placed, as ``stories.placement`` dates it; undated ones last."""
    if a.published is None:
        return UNDATED
    return signal_time(a.published, "").isoformat(timespec="seconds")


class Stager:
    """Parse, skip what is known, enrich and stage a batch of records (one per worker, holding
    the language model and a connection to the store)."""

    def __init__(self, db: str, enricher: Any) -> None:
        self.store = Store(db, migrate=False)
        self.enricher = enricher

    def __call__(self, items: Sequence[tuple[int, RawRecord | Rejection]]) -> list[tuple[str, str, str, str]]:
        """``(ord, record)`` in; for each, ``(status, id or origin, code, reason)`` out, the status
        "rejected", "known" or "staged"."""
        out: list[tuple[str, str, str, str]] = [("", "", "", "")] * len(items)
        fresh: list[tuple[int, int, ParsedArticle, str]] = []
        for n, (ord_, record) in enumerate(items):
            result = record if isinstance(record, Rejection) else parse_safely(record)
            if isinstance(result, Rejection):
                out[n] = ("rejected", result.origin, result.code, result.reason)
            else:
                fresh.append((n, ord_, result, staging_key(result)))
        if fresh:
            known = self.store.known([a for _, _, a, _ in fresh])
            staged = self.store.staged_keys([k for *_, k in fresh])
            todo = []
            for n, ord_, a, key in fresh:
                if a.content_hash in known or key in staged:
                    out[n] = ("known", a.id, "", "")
                else:
                    todo.append((n, ord_, a, key))
            rows = []
            for (n, ord_, a, key), item in zip(todo, self.enricher([a for _, _, a, _ in todo]), strict=True):
                rows.append({"key": key, "time": placement_time(a), "ord": ord_, "data": pickle.dumps(item, protocol=5)})
                out[n] = ("staged", a.id, "", "")
            self.store.stage(rows)
        return out

    def close(self) -> None:
        self.store.close()
