"""The cross-check's own types: values, statements, facts and their versions, quote variants,
the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from recoupe.models import Field, Timestamp

ValueKind = Literal["number", "date", "time", "duration", "place"]
Bound = Literal["exact", "approx", "min", "max"]
# "partly-reported": one source's fact that a statement of another, independent source says in
# part (alike, below the bar of saying it): neither corroborated nor shown as single-source.
# "repeated": one source's fact that several of the story's articles say, none independent of the
# others (a reprinted dispatch and its copies, one outlet's articles, one owner's outlets with
# --by-group): it reached several articles without another source checking it, so it is neither
# corroborated nor said by one article alone
Status = Literal["corroborated", "single-source", "repeated", "partly-reported", "contradicted"]
# the statuses of a fact no independent source checks: what the report may call partly reported,
# and what the terminal and the page fold away
ONE_SOURCE: tuple[Status, ...] = ("single-source", "repeated")


@dataclass(frozen=True, slots=True)
class Value:
    """A value a statement gives: a count with its unit, a calendar date, a time, a duration.

    ``value`` is a number for counts and durations (in seconds), ISO text for dates and times,
    the folded name of a street address for a place (``unit`` its kind: "rue", "avenue"…). A
    duration's ``unit`` is "change" when it is the span a change took (« a doublé en dix ans »),
    "delay" when it is how long until something happens (« dans les quinze jours »), "clock" for
    a time of day read as a duration (« un peu après 9 heures »), None when it
    is how long something lasted: durations of two units are not compared. A time's ``unit`` is
    "clock" when its text names no day (« à 10 heures »: the day is the publication's, a guess).
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
    vectors: np.ndarray | None  # one unit row per term (None when the model has no vectors)
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
    partly: tuple[Support, ...] = ()  # for a partly-reported fact, the other sources' statements that say part of it

    def to_json(self) -> dict:
        return {
            "id": self.id, "text": self.text, "status": self.status,
            "attribution": {"entity": self.attribution[0], "name": self.attribution[1]} if self.attribution else None,
            "independent_sources": self.independent_sources, "sources": list(self.sources),
            "support": [s.to_json() for s in self.support], "versions": [v.to_json() for v in self.versions],
            "partly": [s.to_json() for s in self.partly],
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
