"""The things of the domain, as small frozen dataclasses shared by every stage."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Precision = Literal["year", "month", "day", "minute", "second"]
Format = Literal["text", "html", "json"]
EntityType = Literal["person", "organisation", "place", "other"]
BoilerplateKind = Literal["donation", "subscription", "newsletter", "prompt", "related", "share", "paywall"]
Field = Literal["title", "lead", "body"]


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A point in time known to a given precision.

    ``value`` is ISO 8601 text cut at the precision ("2025-02", "2025-02-13T11:30"), with the UTC
    offset when the input gave one ("2025-02-13T11:30+01:00"). A day is never invented.
    """

    value: str
    precision: Precision

    def to_json(self) -> dict[str, str]:
        return {"value": self.value, "precision": self.precision}


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A piece of a page that is not the article (appeal, related links...), kept apart."""

    kind: BoilerplateKind
    text: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One article-sized input, as read: where it came from, its bytes and its decoded text."""

    origin: str  # "path", "path:12" (JSON Lines line), "path[3]" (JSON array item), "<stdin>"
    format: Format
    text: str
    raw: bytes
    encoding: str
    source_hint: str | None = None  # --source given on the command line
    data: dict | None = None  # the JSON object, for format "json"


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with the reason a user can act on."""

    origin: str
    code: str
    reason: str

    def line(self) -> str:
        return f"{self.origin}: {self.reason} [{self.code}]"

    def to_json(self) -> dict[str, str]:
        return {"input": self.origin, "code": self.code, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article as parsed from one input: fields cleaned, boilerplate removed and kept."""

    id: str
    url: str | None
    source: str | None
    title: str | None
    lead: str | None
    authors: tuple[str, ...]
    published: Timestamp | None
    updated: Timestamp | None
    lang: str | None
    body: str
    boilerplate: tuple[Boilerplate, ...]
    record: RawRecord
    id_given: bool = False  # the input carried its own id

    @property
    def content_hash(self) -> str:
        return content_hash(self.title, self.lead, self.body)

    def field_text(self, name: Field) -> str:
        return getattr(self, name) or ""


def content_hash(title: str | None, lead: str | None, body: str | None) -> str:
    """Hash of what a reader reads: two inputs with the same title, lead and body are one article."""
    h = hashlib.sha256()
    for part in (title, lead, body):
        h.update(" ".join((part or "").split()).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entity is named: a field of the article and character offsets into it."""

    field: Field
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as one article names it. ``id`` is set once resolved against the store."""

    name: str
    type: EntityType
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: tuple[Mention, ...]
    id: str | None = None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement reported in an article, directly (between quotation marks) or indirectly.

    ``start``/``end`` are offsets into ``field``; ``parts`` lists the pieces of a quotation split
    by an incise. ``speaker_ref`` indexes the article's entities until the store gives
    ``speaker_entity`` its id.
    """

    field: Field
    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect"]
    speaker_name: str | None
    cue: str | None
    channel: str | None
    parts: tuple[tuple[int, int], ...] = ()
    speaker_ref: int | None = None
    speaker_entity: str | None = None

    def to_json(self) -> dict:
        return {
            "text": self.text, "start": self.start, "end": self.end, "field": self.field,
            "kind": self.kind, "speaker": {"entity": self.speaker_entity, "name": self.speaker_name},
            "cue": self.cue, "channel": self.channel, "parts": [list(p) for p in self.parts],
        }


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression of an article, normalised in TIMEX3 terms (``value`` as in TimeML).

    :func:`recoupe.enrich.timex.find_time_expressions` finds them; ``start`` and ``end`` are
    offsets into the article's ``field``.
    """

    field: Field
    start: int
    end: int
    text: str
    type: TimexType
    value: str

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "field": self.field,
                "type": self.type, "value": self.value}


@dataclass(frozen=True, slots=True)
class Event:
    """A sentence that carries a normalised date: the raw material of timelines."""

    date: Timestamp
    field: Field
    start: int
    end: int
    text: str
    entity_refs: tuple[int, ...] = ()  # indexes into the article's entities
    entities: tuple[str, ...] = ()  # entity ids, once stored

    def to_json(self) -> dict:
        return {"date": self.date.to_json(), "text": self.text, "field": self.field,
                "start": self.start, "end": self.end, "entities": list(self.entities)}


@dataclass(frozen=True, slots=True)
class Enriched:
    """A parsed article with what the language pipeline found in it."""

    article: ParsedArticle
    sentences: tuple[tuple[int, int], ...]  # offsets into the body
    entities: tuple[EntityRef, ...]
    quotes: tuple[Quote, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    terms: tuple[tuple[str, float], ...] = ()  # weighted lemmas, for stories
    # each field's tokens as the model read them, for the cross-check (enrich.tokens.field_tables):
    # {"model": key, "fields": {field: {"s", "e", "p", "l", "f", "r": columns}}}; empty if not run
    tokens: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Revision:
    revision: int
    content_hash: str
    title: str | None
    updated: Timestamp | None
    ingested_at: str
    current: bool

    def to_json(self) -> dict:
        return {
            "revision": self.revision,
            "content_hash": self.content_hash,
            "title": self.title,
            "updated": self.updated.to_json() if self.updated else None,
            "ingested_at": self.ingested_at,
            "current": self.current,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """An article as stored: what ``recoupe article ID --json`` shows."""

    id: str
    source: str | None
    url: str | None
    title: str | None
    lead: str | None
    authors: tuple[str, ...]
    published: Timestamp | None
    updated: Timestamp | None
    lang: str | None
    body: str
    boilerplate: tuple[Boilerplate, ...]
    entities: tuple[EntityRef, ...]
    sentences: tuple[tuple[int, int], ...]
    format: Format
    origin: str
    revision: int
    ingested_at: str
    revisions: tuple[Revision, ...] = field(default=())
    quotes: tuple[Quote, ...] = field(default=())
    dates: tuple[TimeExpression, ...] = field(default=())
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What the store did with one article of a batch."""

    origin: str
    article_id: str
    action: Literal["created", "revised", "duplicate", "rejected"]
    detail: str = ""


# --- the cross-check of a story (stage 5: statements → alignment → report) ---


# ---------------------------------------------------------------------------------------------
# Story placement: what it knows of an article, and of a story, as the store keeps them.


@dataclass(slots=True)
class Signal:
    """What story placement knows of an article."""

    article_id: str
    time: datetime
    terms: dict[str, float]  # term -> weighted count (before idf)
    entities: dict[str, float]  # entity id -> weight


@dataclass(slots=True)
class StoryState:
    """A story as placement sees it: ``terms`` and ``entities`` its summed weights, ``recent``
    its latest members, each with the unit TF-IDF weights of its heaviest terms and the unit
    weights of its entities it was placed with."""

    id: str
    first_seen: datetime
    last_seen: datetime
    size: int
    terms: dict[str, float]  # summed TF-IDF weights of the article's terms (only those asked for)
    term_norm: float
    entities: dict[str, float]
    entity_norm: float
    recent: list[tuple[dict[str, float], dict[str, float]]] = field(default_factory=list)  # (terms, entities)

    def grown(self, weights: dict[str, float], ents: dict[str, float]) -> tuple[float, float]:
        """The squared norms of its term and entity sums once an article joins it with
        ``weights`` and ``ents`` (one computation for every index, so that the store's and the
        in-memory one of sharded placement keep the same floats)."""
        term_norm2 = self.term_norm ** 2 + sum(2 * self.terms.get(t, 0.0) * w + w * w for t, w in weights.items())
        ent_norm2 = self.entity_norm ** 2 + sum(2 * self.entities.get(e, 0.0) * w + w * w for e, w in ents.items())
        return term_norm2, ent_norm2


@dataclass(frozen=True, slots=True)
class StoryMember:
    """An article of a story, as the store keeps it."""

    article_id: str
    copy_group: str
    terms: tuple[tuple[str, float], ...]
    time: str
    source: str | None
    url: str | None
    title: str | None
    lead: str | None
    published: Timestamp | None


@dataclass(frozen=True, slots=True)
class StoredStory:
    """A story as the store keeps it: its members in time order, its heaviest terms, the
    stories merged into it."""

    id: str
    first_seen: str
    last_seen: str
    members: tuple[StoryMember, ...]
    top_terms: dict[str, float]
    merged: tuple[str, ...]
