"""Threads: the stories of one long-running subject, read together.

A story is an event and its direct developments (its articles lie within
``PlacementParams.span``); a subject that runs for weeks (an epidemic's daily figures, a trial,
a campaign) is a *thread* of stories. Threads are computed on reading, never stored: from the
story read, the stories active within ``ThreadParams.window`` of it whose summed term weights
are close to its own (cosine at least ``ThreadParams.link``) are in its thread, and so on from
each of them (a thread follows a subject as it moves), up to ``ThreadParams.size`` stories.
Candidates are found through the postings of each story's heaviest terms, so the cost follows
how many stories share them, never how many the store holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from recoupe.models import StoryState


@dataclass(frozen=True, slots=True)
class ThreadParams:
    """The knobs of threads: general values, not fitted to one data set."""

    link: float = 0.3  # cosine of two stories' summed term weights that puts them in one thread
    window: timedelta = timedelta(days=30)  # a thread reaches this far before and after the story read
    terms: int = 40  # the heaviest terms of a story that stand for it
    probe: int = 12  # of which those whose postings find the other stories
    neighbours: int = 40  # stories compared from each story of the thread
    size: int = 12  # stories of a thread at most (the story read included)


class ThreadIndex(Protocol):
    """What threads need from the store."""

    def story_sketch(self, story_id: str, terms: int) -> StoryState | None: ...
    def story_neighbours(self, terms: dict[str, float], probe: int, since: str, until: str, limit: int) -> list[StoryState]: ...


def kinship(a: StoryState, b: StoryState) -> float:
    """The cosine of two stories' summed term weights, ``a`` standing for its heaviest terms
    (``b``'s weights are those on ``a``'s terms), divided by each story's whole norm."""
    dot = sum(w * b.terms.get(t, 0.0) for t, w in a.terms.items())
    return dot / ((a.term_norm or 1.0) * (b.term_norm or 1.0))


def thread(index: ThreadIndex, story_id: str, params: ThreadParams = ThreadParams()) -> list[StoryState]:
    """The stories of the thread of ``story_id`` (itself included, under its live id), in order
    of first article; empty when there is no such story. A story alone is a thread of one."""
    seed = index.story_sketch(story_id, params.terms)
    if seed is None:
        return []
    since = (seed.first_seen - params.window).isoformat(timespec="seconds")
    until = (seed.last_seen + params.window).isoformat(timespec="seconds")
    found: dict[str, StoryState] = {seed.id: seed}
    frontier: list[StoryState] = [seed]
    while frontier and len(found) < params.size:
        current = frontier.pop(0)
        sketch = current if current is seed else index.story_sketch(current.id, params.terms)
        if sketch is None:
            continue
        close = sorted(((kinship(sketch, n), n) for n in index.story_neighbours(sketch.terms, params.probe, since, until, params.neighbours)
                        if n.id not in found), key=lambda x: (-x[0], x[1].id))
        for score, other in close:
            if score < params.link or len(found) >= params.size:
                break
            found[other.id] = other
            frontier.append(other)
    return sorted(found.values(), key=lambda s: (s.first_seen, s.id))

