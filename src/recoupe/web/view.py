"""What the pages and the exported reports need beyond the store's data: their Jinja2
environment, French dates and labels (from ``recoupe.lang.fr_labels``), and article text cut into
marked segments (quotations, entities, dates), rendered by the templates with autoescape.

Nothing here produces HTML: segments are plain data, so no text of an article is ever written
to a page unescaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from recoupe import __version__
from recoupe.crosscheck.types import ONE_SOURCE
from recoupe.lang.fr_labels import (
    BOILERPLATE,
    ENTITY_TYPES,
    KINDS,
    LABELS,
    SECTIONS,
    STATUS,
    STATUS_PLURAL,
)
from recoupe.models import Article, Timestamp

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?")


def _value(ts: Timestamp | Mapping[str, Any] | str | None) -> tuple[str, str | None] | None:
    if ts is None:
        return None
    if isinstance(ts, Timestamp):
        return ts.value, ts.precision
    if isinstance(ts, str):
        return ts, None
    return ts.get("value") or "", ts.get("precision")


def fr_date(ts: Timestamp | Mapping[str, Any] | str | None, *, time: bool = True) -> str:
    """A timestamp as French readers write it: "4 mars 2026", "mars 2026", "4 mars 2026, 10 h 30"."""
    got = _value(ts)
    if not got:
        return ""
    value, precision = got
    m = _DATE.match(value)
    if not m:
        return value
    year, month, day, hour, minute = m.groups()
    if month is None or precision == "year":
        return year
    name = MONTHS[int(month) - 1] if 1 <= int(month) <= 12 else month
    if day is None or precision == "month":
        return f"{name} {year}"
    d = int(day)
    text = f"{'1er' if d == 1 else d} {name} {year}"
    if time and hour is not None and precision in (None, "minute", "second"):
        text += f", {int(hour)} h {minute}"
    return text


def iso(ts: Timestamp | Mapping[str, Any] | str | None) -> str:
    """The machine-readable value for a ``<time datetime>`` (the date part, or the whole stamp)."""
    got = _value(ts)
    if not got:
        return ""
    m = _DATE.match(got[0])
    return m.group(0) if m else ""


def fr_plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n <= 1 else many}"


def safe_url(url: str | None) -> str | None:
    """An article's URL as a link only when it is http(s): never ``javascript:`` or ``data:``."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text and what covers it: a quotation, an entity mention, a date."""

    text: str
    quote: Mapping[str, Any] | None = None
    entity: Mapping[str, Any] | None = None
    date: Mapping[str, Any] | None = None
    hit: bool = False


Span = tuple[int, int, str, Mapping[str, Any]]  # start, end, kind (quote|entity|date|hit), info


def segments(text: str, spans: Iterable[Span]) -> list[list[Segment]]:
    """``text`` cut at every edge of ``spans``, in paragraphs (blank lines separate them)."""
    spans = [(max(0, s), min(len(text), e), k, i) for s, e, k, i in spans if 0 <= s < e]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    paragraphs: list[list[Segment]] = [[]]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        cover: dict[str, Mapping[str, Any]] = {}
        for s, e, kind, info in spans:
            if s <= a and b <= e and kind not in cover:
                cover[kind] = info
        pieces = re.split(r"\n\s*\n", text[a:b])
        for n, piece in enumerate(pieces):
            if n:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append(Segment(piece, cover.get("quote"), cover.get("entity"), cover.get("date"), "hit" in cover))
    out = []
    for p in paragraphs:
        while p and not p[0].text.strip():
            p.pop(0)
        while p and not p[-1].text.strip():
            p.pop()
        if p:
            out.append(p)
    return out


def article_marks(a: Article) -> dict[str, list[list[Segment]]]:
    """Title, lead and body of an article with its quotations, entities and dates marked."""
    spans: dict[str, list[Span]] = {"title": [], "lead": [], "body": []}
    names = {e.id: e.name for e in a.entities}
    for q in a.quotes:
        speaker = names.get(q.speaker_entity) or q.speaker_name
        info = {"kind": q.kind, "speaker": speaker, "entity": q.speaker_entity, "channel": q.channel,
                "label": " · ".join(x for x in (KINDS.get(q.kind, q.kind), speaker, q.channel) if x)}
        for s, e in (q.parts or ((q.start, q.end),)):
            spans[q.field].append((s, e, "quote", info))
    for ent in a.entities:
        info = {"id": ent.id, "name": ent.name, "type": ent.type,
                "label": f"{ent.name} ({ENTITY_TYPES.get(ent.type, ent.type)})"}
        for m in ent.mentions:
            spans[m.field].append((m.start, m.end, "entity", info))
    for d in a.dates:
        spans[d.field].append((d.start, d.end, "date", {"value": d.value, "label": f"{d.type} {d.value}"}))
    return {f: segments(getattr(a, f) or "", spans[f]) for f in spans}


def highlighted(text: str, ranges: Sequence[Sequence[int]]) -> list[Segment]:
    """A search snippet: one paragraph, the words that matched marked."""
    found = segments(text, [(s, e, "hit", {}) for s, e in ranges])
    return [seg for p in found for seg in p]


def plain_paragraphs(text: str | None) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def ws_split(text: str) -> tuple[str, str, str]:
    """Leading space, words, trailing space: a highlight covers the words only."""
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core):]


_DURATION = re.compile(r"^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?"
                       r"(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$")
_UNITS = (("an", "ans"), ("mois", "mois"), ("semaine", "semaines"), ("jour", "jours"), ("heure", "heures"),
          ("minute", "minutes"), ("seconde", "secondes"))


def fr_value(value: object) -> str:
    """A compared value as a reader says it: ISO durations (``PT23H``) and dates in French words,
    anything else as it is."""
    text = str(value)
    m = _DURATION.match(text)
    if m and any(m.groups()):
        parts = []
        for amount, (one, many) in zip(m.groups(), _UNITS, strict=True):
            if amount:
                n = float(amount.replace(",", "."))
                shown = f"{n:g}".replace(".", ",")
                parts.append(f"{shown} {one if n <= 1 else many}")
        return " ".join(parts)
    if _DATE.fullmatch(text) or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", text):
        return fr_date(text)
    return text


def environment() -> Environment:
    """The Jinja2 environment of the pages and of the exported reports: the templates of
    ``recoupe.web``, autoescaped (``.md`` templates excepted: Markdown escapes its own way), an
    undefined name an error, the French helpers above and the labels of ``fr_labels``."""
    env = Environment(
        loader=FileSystemLoader(str(resources.files("recoupe.web").joinpath("templates"))),
        autoescape=select_autoescape(enabled_extensions=("html",), disabled_extensions=("md",), default=True,
                                     default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["ws_split"] = ws_split
    env.filters["value"] = fr_value
    env.tests["length_over_one"] = lambda value: len(value) > 1
    env.globals.update(
        fr_date=fr_date, iso=iso, plural=fr_plural, safe_url=safe_url, STATUS=STATUS, STATUS_PLURAL=STATUS_PLURAL, ONE_SOURCE=ONE_SOURCE,
        ENTITY_TYPES=ENTITY_TYPES, BOILERPLATE=BOILERPLATE, KINDS=KINDS, SECTIONS=SECTIONS, LABELS=LABELS,
        version=__version__,
    )
    return env
