"""The things of the domain, as small frozen dataclasses shared by every stage."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["year", "month", "day", "minute", "second"]
Format = Literal["text", "html", "json"]
EntityType = Literal["person", "organisation", "place", "other"]
BoilerplateKind = Literal["donation", "subscription", "newsletter", "related", "share", "paywall"]
Field = Literal["title", "lead", "body"]

PRECISIONS: tuple[Precision, ...] = ("year", "month", "day", "minute", "second")


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


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression of an article, normalised in TIMEX3 terms (``value`` as in TimeML)."""

    field: Field
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
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
    vector: bytes | None = None  # unit mean word vector of title and lead (float32), for stories


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

ValueKind = Literal["number", "date", "time", "duration"]
Bound = Literal["exact", "approx", "min", "max"]
Status = Literal["corroborated", "single-source", "contradicted"]


@dataclass(frozen=True, slots=True)
class Value:
    """A value a statement gives: a count with its unit, a calendar date, a time, a duration.

    ``value`` is a number for counts and durations (in seconds), ISO text for dates and times.
    ``bound`` says how the text qualifies it: "environ 1 500" is approx, "plus de 50 000" a min.
    """

    kind: ValueKind
    value: float | str
    unit: str | None
    text: str
    start: int  # offsets into the statement's field
    end: int
    bound: Bound = "exact"
    iso: str | None = None  # a duration as the time expression gave it ("P2M")

    def to_json(self) -> dict:
        return {"kind": self.kind, "value": self.value, "unit": self.unit, "text": self.text, "bound": self.bound}


@dataclass(frozen=True, slots=True, eq=False)
class Statement:
    """A sentence, or a clause of one, of an article of a story, with what alignment compares."""

    article: str
    field: Field
    start: int
    end: int
    text: str
    order: int  # position in its article: title 0, lead, then body
    terms: tuple[str, ...]  # folded content lemmas, numbers left out
    vectors: object  # numpy array, one unit row per term (None when the model has no vectors)
    values: tuple[Value, ...]
    entities: tuple[str, ...]  # entity ids named in it
    speaker: tuple[str | None, str | None] | None  # (entity id, name) of a quotation in it
    quoted: bool  # holds a direct quotation
    dates: tuple[Timestamp, ...] = ()  # calendar dates it names (for the timeline)
    positions: tuple[int, ...] = ()  # where each term stands (offset into the field)


@dataclass(frozen=True, slots=True)
class Support:
    """One article's statement of a fact."""

    article: str
    source: str | None
    field: Field
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"article": self.article, "source": self.source, "text": self.text,
                "field": self.field, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Version:
    """One of the values given for a contradicted fact, and who gives it."""

    value: str
    text: str
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    independent_sources: int
    support: tuple[Support, ...] = ()  # the statements that give this value

    def to_json(self) -> dict:
        return {"value": self.value, "text": self.text, "articles": list(self.articles),
                "sources": list(self.sources), "independent_sources": self.independent_sources,
                "support": [s.to_json() for s in self.support]}


@dataclass(frozen=True, slots=True)
class Fact:
    """What one or more articles of a story report, with its status and evidence."""

    id: str
    text: str
    status: Status
    independent_sources: int
    sources: tuple[str, ...]
    support: tuple[Support, ...]
    versions: tuple[Version, ...] = ()
    attribution: tuple[str | None, str | None] | None = None  # (entity id, name): "X says ..."

    def to_json(self) -> dict:
        return {
            "id": self.id, "text": self.text, "status": self.status,
            "attribution": {"entity": self.attribution[0], "name": self.attribution[1]} if self.attribution else None,
            "independent_sources": self.independent_sources, "sources": list(self.sources),
            "support": [s.to_json() for s in self.support], "versions": [v.to_json() for v in self.versions],
        }


@dataclass(frozen=True, slots=True)
class Variant:
    """One outlet's rendering of a quotation; ``diff`` cuts its text into runs of words shared
    with another variant (same) or found in this one only."""

    article: str
    source: str | None
    text: str
    channel: str | None
    kind: Literal["direct", "indirect"]
    diff: tuple[tuple[str, bool], ...]

    def to_json(self) -> dict:
        return {"article": self.article, "source": self.source, "text": self.text, "channel": self.channel,
                "kind": self.kind, "diff": [{"text": t, "same": s} for t, s in self.diff]}


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """The same statement of one speaker as each outlet rendered it."""

    speaker: tuple[str | None, str | None]
    channel: str | None
    variants: tuple[Variant, ...]
    independent_sources: int

    def to_json(self) -> dict:
        return {"speaker": {"entity": self.speaker[0], "name": self.speaker[1]}, "channel": self.channel,
                "independent_sources": self.independent_sources, "variants": [v.to_json() for v in self.variants]}


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: Timestamp
    text: str
    fact: str | None
    articles: tuple[str, ...]
    sources: tuple[str, ...]
    before_story: bool

    def to_json(self) -> dict:
        return {"date": self.date.to_json(), "text": self.text, "fact": self.fact, "articles": list(self.articles),
                "sources": list(self.sources), "before_story": self.before_story}
