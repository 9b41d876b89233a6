"""Dated events: each body sentence that carries a normalised date."""

from __future__ import annotations

import re

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


def dated_events(body: str, sentences: list[tuple[int, int]], dates: tuple[TimeExpression, ...], entities: tuple[EntityRef, ...]) -> tuple[Event, ...]:
    """Each body sentence carrying a normalised date (a DATE, or a TIME on a known day: "hier à
    10 h") is an event: its date, text and entities."""
    out: list[Event] = []
    body_dates = [d for d in dates if d.field == "body" and d.type in ("DATE", "TIME")]
    for s, e in sentences:
        inside = [d for d in body_dates if s <= d.start < e]
        when = next((ts for d in inside if (ts := event_date(d.value)) is not None), None)
        if when is None:
            continue
        refs = tuple(k for k, ref in enumerate(entities) if any(m.field == "body" and s <= m.start < e for m in ref.mentions))
        out.append(Event(date=when, field="body", start=s, end=e, text=body[s:e], entity_refs=refs))
    return tuple(out)
