"""Stage 5a': what the language model says of each token of an article's fields, as the
cross-check reads it (offsets, part of speech, lemma, a few flags, the row of its word vector),
computed once at ingest and kept in the store as bytes (``encode`` / ``decode``), or on reading
for an article stored without them.

The bytes are zlib-compressed JSON, versioned (``VERSION``); they name the model they were
computed with and a hash of the texts, so that features of another model or of another text of
the article are never read (they are computed again).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from recoupe.enrich.tokens import (
    ALPHA,
    FINITE,
    INFINITIVE,
    PARTICIPLE,
    SPACE,
    STOP,
    UPOS,
    model_key,
    table,
)
from recoupe.lang.fr_statements import DE_TOKENS
from recoupe.models import Article, Field

VERSION = 1
FIELDS: tuple[Field, ...] = ("title", "lead", "body")


@dataclass(slots=True)
class Tok:
    """One token as the cross-check reads it (the names are spaCy's, for the attributes it uses)."""

    idx: int
    text: str
    pos_: str
    lemma_: str
    flags: int
    row: int  # row of its vector in the model's table, -1 without one

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def is_stop(self) -> bool:
        return bool(self.flags & STOP)

    @property
    def is_alpha(self) -> bool:
        return bool(self.flags & ALPHA)

    @property
    def is_space(self) -> bool:
        return bool(self.flags & SPACE)

    @property
    def has_vector(self) -> bool:
        return self.row >= 0

    @property
    def finite(self) -> bool:
        return bool(self.flags & FINITE)

    @property
    def nonfinite(self) -> bool:
        return bool(self.flags & (INFINITIVE | PARTICIPLE))


class FieldTokens:
    """The tokens of one field, indexed by their offsets."""

    def __init__(self, toks: Sequence[Tok]) -> None:
        self.toks = list(toks)
        self.starts = [t.idx for t in self.toks]

    def within(self, start: int, end: int) -> list[Tok]:
        return self.toks[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def after(self, pos: int) -> Tok | None:
        """The first word at or after ``pos`` that is not a space nor « de »."""
        i = bisect.bisect_left(self.starts, pos)
        while i < len(self.toks) and (self.toks[i].is_space or self.toks[i].lower_ in DE_TOKENS):
            i += 1
        return self.toks[i] if i < len(self.toks) else None


Features = dict[str, FieldTokens]  # field -> its tokens


def text_hash(article: Any) -> str:
    """A hash of the fields an article's features are computed from."""
    h = hashlib.sha256()
    for f in FIELDS:
        h.update((getattr(article, f, None) or "").encode("utf-8") + b"\x00")
    return h.hexdigest()[:16]


def _field(columns: dict[str, list], text: str) -> FieldTokens:
    d = columns
    return FieldTokens([Tok(st, text[st:e], UPOS[p], lem, fl, r)
                        for st, e, p, lem, fl, r in zip(d["s"], d["e"], d["p"], d["l"], d["f"], d["r"], strict=True)])


def tables(articles: Iterable[Any], nlp: Any) -> list[dict[str, Any]]:
    """Run the model over the title, lead and body of each article (anything with those
    attributes): their token tables as the enrich stage gives them (``Enriched.tokens``), in the
    order of the articles."""
    items = list(articles)
    jobs: list[tuple[int, Field, str]] = []
    for n, a in enumerate(items):
        for f in FIELDS:
            text = getattr(a, f, None)
            if text:
                jobs.append((n, f, text))
    skip = [p for p in ("parser", "ner", "senter") if p in nlp.pipe_names]
    rows = nlp.vocab.vectors.key2row
    out: list[dict[str, Any]] = [{"model": model_key(nlp), "fields": {}} for _ in items]
    for (n, f, _), doc in zip(jobs, nlp.pipe((t for _, _, t in jobs), disable=skip), strict=True):
        out[n]["fields"][f] = table(list(doc), 0, rows)
    return out


def analyse(articles: Iterable[Any], nlp: Any) -> list[Features]:
    """The tokens of each article's fields, read by the model now (``tables``)."""
    items = list(articles)
    return [{f: _field(cols, getattr(a, f, None) or "") for f, cols in t["fields"].items()}
            for a, t in zip(items, tables(items, nlp), strict=True)]


def pack(tokens: dict[str, Any], article: Any) -> bytes:
    """The stored form of an article's token tables (``Enriched.tokens``, or ``tables``')."""
    data = {"model": tokens["model"], "hash": text_hash(article), "fields": tokens["fields"]}
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decode(data: bytes, article: Article, nlp: Any) -> Features | None:
    """The features of ``article``, or None when they were computed with another model or from
    another text (or cannot be read)."""
    try:
        got = json.loads(zlib.decompress(data).decode("utf-8"))
    except (zlib.error, ValueError, UnicodeDecodeError):
        return None
    if got.get("model") != model_key(nlp) or got.get("hash") != text_hash(article):
        return None
    return {f: _field(d, getattr(article, f, None) or "") for f, d in got["fields"].items()}


def stored(found: dict[str, tuple[int, bytes]], articles: Iterable[Article], nlp: Any) -> dict[str, Features]:
    """The usable stored features of these articles (``Store.statement_features``'s answer)."""
    out: dict[str, Features] = {}
    for a in articles:
        if a.id in found and found[a.id][0] == VERSION and (feats := decode(found[a.id][1], a, nlp)) is not None:
            out[a.id] = feats
    return out
