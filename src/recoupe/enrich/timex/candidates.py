"""Candidate spans: every rule run on the text; where candidates overlap, the longest span wins,
then the rule written first; then a day and the clock time joined to it become one expression."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from recoupe.enrich.timex import dates, durations, sets, times
from recoupe.enrich.timex.lexicon import alternation
from recoupe.enrich.timex.meanings import Calendar, Clock, Meaning, Narrative, Shift
from recoupe.enrich.timex.rules import Doc, Rule
from recoupe.lang import fr_time as fr

# In the order they are tried: on overlapping spans of the same length, the earlier rule wins.
_RULES: list[Rule] = [*dates.RULES, *times.RULES, *sets.RULES, *durations.RULES]


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    meaning: Meaning
    rank: int


def find_candidates(doc: Doc) -> list[Candidate]:
    found: dict[tuple[int, int, int], Candidate] = {}  # windows may overlap: one per span
    seen: dict[str, list[tuple[int, int]]] = {}  # the windows of each head pattern, found once
    for rank, rule in enumerate(_RULES):
        for m in rule.matches(doc.low, seen):
            for start, end, meaning in rule.build(m, doc):
                found.setdefault((rank, start, end), Candidate(start, end, meaning, rank))
    return list(found.values())


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates that do not overlap, the longest first, then those of earlier rules."""
    starts: list[int] = []  # of the chosen spans, sorted; chosen spans never overlap
    chosen: dict[int, Candidate] = {}
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        i = bisect_right(starts, c.start)
        if i and chosen[starts[i - 1]].end > c.start:
            continue  # overlaps the chosen span that starts before it
        if i < len(starts) and starts[i] < c.end:
            continue  # overlaps the chosen span that starts after it
        starts.insert(i, c.start)
        chosen[c.start] = c
    return [chosen[s] for s in starts]


# What may stand between a day and its time for the two to be one expression: nothing but
# spaces, or one of the joining words ("hier à 10 h", "samedi vers 22 heures"); no punctuation.
_DAY_TIME_JOIN = re.compile(rf"\s+(?:(?:{alternation(fr.DAY_TIME_JOINERS)})\s+)?")


def fuse_days_and_times(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A day followed by the time of day joined to it ("hier à 10 h", "mardi soir vers 21 h",
    "ce matin vers 8 heures", "samedi 6 juin à la mi-journée") is one expression, with the
    day's meaning and the time's hour (or part of the day); so is a part of the day before
    its day ("la soirée de mardi", "la nuit du 3 mars"), and "la journée de dimanche" is the
    day."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (prev is not None and isinstance(c.meaning, Clock)
                and _DAY_TIME_JOIN.fullmatch(doc.low, prev.end, c.start)):
            meaning = _at_time(prev.meaning, c.meaning)
            if meaning is not None:
                out[-1] = Candidate(prev.start, c.end, meaning, prev.rank)
                continue
        if (prev is not None and isinstance(prev.meaning, Clock) and prev.meaning.hour is None
                and _PART_DAY_JOIN.fullmatch(doc.low, prev.end, c.start)):
            meaning = _at_time(c.meaning, prev.meaning)  # "la soirée de mardi"
            if meaning is not None:
                out[-1] = Candidate(prev.start, c.end, meaning, c.rank)
                continue
        whole_day = _WHOLE_DAY_BEFORE.search(doc.low, max(0, c.start - 25), c.start)
        if whole_day and _at_time(c.meaning, Clock()) is not None:  # "la journée de dimanche"
            c = Candidate(whole_day.start(), c.end, c.meaning, c.rank)
        out.append(c)
    return out


# A part of the day before its day: "la soirée de mardi", "la nuit du 3 mars"; the whole of a
# day: "la journée de dimanche".
_PART_DAY_JOIN = re.compile(r"\s+(?:de|du)\s+")
_WHOLE_DAY_BEFORE = re.compile(rf"(?<![\w-])la\s+(?:{alternation(fr.WHOLE_DAY)})\s+(?:de|du)\s+$")


def _at_time(m: Meaning, clock: Clock) -> Meaning | None:
    """The day ``m`` at the time of ``clock``, when ``m`` is one day without a clock time: a
    date, a weekday, "hier", "la veille", "ce matin" (a part of the day is made precise by the
    clock time); None otherwise."""
    minute = clock.minute if clock.hour is not None else None
    if isinstance(m, Calendar):
        names_day = m.day is not None or m.weekday is not None or m.easter is not None
        if names_day and m.hour is None and m.season is None:
            return replace(m, hour=clock.hour, minute=minute, part=clock.part)
    elif isinstance(m, Shift):
        if m.granularity == "day" and m.hour is None:
            return replace(m, hour=clock.hour, minute=minute, part=clock.part)
    elif isinstance(m, Narrative) and m.hour is None:
        return replace(m, hour=clock.hour, minute=minute, part=clock.part)
    return None
