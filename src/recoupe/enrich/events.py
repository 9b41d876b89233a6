"""Dated events: each body sentence that carries a normalised date, but for the items of other
news inserted in the page (the teaser of another dispatch under its own dateline, "À lire
aussi" blocks): their dates belong to other stories."""

from __future__ import annotations

import re

from recoupe.lang import fr_time as fr
from recoupe.models import EntityRef, Event, TimeExpression, Timestamp

_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def event_date(value: str) -> Timestamp | None:
    """The calendar date a TIMEX3 DATE value names, to the precision it has ("2025-02-12TMO" is
    the day 2025-02-12; "2025-W07", "PAST_REF" or "XXXX-02" name no calendar date)."""
    m = _DATE_VALUE.match(value)
    if not m or (len(value) > m.end() and value[m.end()] not in "T"):
        return None
    y, mo, d = m.groups()
    return Timestamp(value[: m.end()], "day" if d else "month" if mo else "year")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH = _alternation(tuple(fr.MONTHS))
_WEEKDAY = _alternation(fr.WEEKDAYS)
_AGENCY = rf"\(\s*(?:{_alternation(fr.NEWS_AGENCIES)})\b[^)]{{0,30}}\)"
_DASH = r"\s*[-–—]"
# The dateline of a dispatch: a place (in capitals, or a name followed by the agency), maybe its
# region in brackets, a date, the agency, a dash. "PARIS, 3 mars (AFP) -", "Lyon, 12 févr.
# 2025 (Reuters) -", "BRUXELLES (AFP) -", "NANTES, 3 mars -".
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -][\w'’.-]+){0,3}"
_CAPS_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:[ -][A-ZÀ-ÖØ-Þ'’.-]+){0,3}"
_DATE = rf"(?:(?:{_WEEKDAY})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTH})\.?(?:\s+\d{{4}})?"
_DATELINE = re.compile(
    rf"\W{{0,3}}(?:{_PLACE}(?:\s*\([^)]{{1,40}}\))?\s*(?:,\s*{_DATE}\s*)?{_AGENCY}{_DASH}"
    rf"|{_CAPS_PLACE}(?:\s*\([^)]{{1,40}}\))?\s*,\s*{_DATE}{_DASH})"
)
_RELATED = re.compile(rf"\W{{0,3}}(?:{_alternation(fr.RELATED_OPENERS)})", re.IGNORECASE)


def inserted_item(body: str, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` belongs to another news item inserted in
    the page: it opens on the dateline of a dispatch ("PARIS, 3 mars (AFP) -") anywhere but at
    the start of the body (the article's own dateline), or on the words that introduce a
    teaser ("À lire aussi", "VIDÉO -")."""
    text = body[start:end]
    if _RELATED.match(text):
        return True
    return bool(body[:start].strip()) and _DATELINE.match(text) is not None


def dated_events(body: str, sentences: list[tuple[int, int]], dates: tuple[TimeExpression, ...], entities: tuple[EntityRef, ...]) -> tuple[Event, ...]:
    """Each body sentence carrying a normalised date (a DATE, or a TIME on a known day: "hier à
    10 h") is an event: its date, text and entities. An inserted item of other news (see
    :func:`inserted_item`) gives none, to the end of its paragraph."""
    out: list[Event] = []
    body_dates = [d for d in dates if d.field == "body" and d.type in ("DATE", "TIME")]
    skip_until = -1
    for s, e in sentences:
        if s < skip_until:
            continue
        if inserted_item(body, s, e):
            paragraph_end = body.find("\n", s)
            skip_until = paragraph_end if paragraph_end >= 0 else e
            continue
        inside = [d for d in body_dates if s <= d.start < e]
        when = next((ts for d in inside if (ts := event_date(d.value)) is not None), None)
        if when is None:
            continue
        refs = tuple(k for k, ref in enumerate(entities) if any(m.field == "body" and s <= m.start < e for m in ref.mentions))
        out.append(Event(date=when, field="body", start=s, end=e, text=body[s:e], entity_refs=refs))
    return tuple(out)
