"""Candidate spans: every rule run on the text; where candidates overlap, the longest span wins,
then the rule written first."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from recoupe.enrich.timex import dates, durations, sets, times
from recoupe.enrich.timex.meanings import Meaning
from recoupe.enrich.timex.rules import Doc, Rule

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
    for rank, rule in enumerate(_RULES):
        for m in rule.matches(doc.low):
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
