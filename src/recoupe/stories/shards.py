"""Story placement in time shards, placed in parallel and joined into exactly the sequential result.

Placing articles in publication order is sequential by nature: where an article goes depends on
every story placed before it. Three things carry that dependence, and each is handled apart:

- **document frequencies** grow with every article, whatever its story: they do not depend on
  placement at all. A shard is seeded with the counts of every article before it (the store's
  counts and the earlier shards' term counts, a prefix sum), so its weights are exact;
- **the stories active across a shard's edge**: a shard is first placed *speculatively*, from no
  story at all, as if nothing came before it (all shards at once, one per worker). Then, shard
  after shard, it is *replayed* from its edge with the stories the previous shard left active,
  alongside the speculative placement, until the two runs hold the very same active stories
  (:class:`Activity`: every story that can still be a candidate, with a digest of its whole
  history: created by which article, joined by which, merged with which, recursively). From
  there on, the two runs are the same computation — same stories, same document frequencies,
  same articles to come — so the rest of the speculative shard stands as it is. A story id is
  made from the article that founded it, so the speculative ids are the real ones. A shard that
  never converges is simply replayed to its end, which is the sequential placement itself: the
  fallback is exact, only slower. The stories placed before the run (a store being continued)
  are the first shard's previous stories (``seed``): it is joined to them the same way;
- copy groups and entity resolution do not go through placement: the caller resolves them
  first, in order, and hands over the articles' signals.

Placement itself is :func:`recoupe.stories.placement.assign`, unchanged, over
:class:`MemoryStoryIndex`, an in-memory :class:`~recoupe.stories.placement.StoryIndex` that
answers as the store's does (candidates by the count of shared postings then id, members by
arrival, sums in the same order), so that a shard can be placed on any worker without a
database. Nothing here knows of Ray or of the store: the caller maps the speculative runs over
its workers (``mapper``) and writes the result.

What equality rests on: every float of a story is computed by the same operations in the same
order as the store's index, except one, the norm of a story after a merge, which the store sums
in the database's row order (and the candidates' term weights, read in that order): those can
differ in the last bit, as they can between two runs of the store itself. Membership is what the
tests compare, on every article.
"""

from __future__ import annotations

import hashlib
import heapq
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from recoupe.models import Signal, StoryState
from recoupe.stories.placement import PlacementParams, assign

MEMBER_TERMS = 40  # terms kept of each member (as the store keeps them)


def iso(t: datetime) -> str:
    return t.isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Member:
    """A placed article as its story compares newcomers with it (as ``story_members`` keeps it)."""

    position: int  # the article's place in the run: the members' order
    article_id: str
    terms: dict[str, float]
    entities: dict[str, float]


@dataclass(slots=True)
class Story:
    """A story as the store keeps it (``stories``, ``story_terms``, ``story_entities``, its members)."""

    id: str
    position: int  # of the article that founded it: the stories' order
    first_seen: datetime
    last_seen: datetime
    size: int
    term_norm2: float
    entity_norm2: float
    terms: dict[str, float]
    entities: dict[str, float]
    members: list[Member]
    merged_into: str | None = None

    def copy(self) -> Story:
        return Story(self.id, self.position, self.first_seen, self.last_seen, self.size, self.term_norm2, self.entity_norm2,
                     dict(self.terms), dict(self.entities), list(self.members), self.merged_into)


@dataclass(frozen=True, slots=True)
class Step:
    """What placing one article did: its story, whether it founded it, the merges (source, target),
    and the story it founded if any (a headline's new story may be merged into another at once)."""

    story_id: str
    created: bool
    merges: tuple[tuple[str, str], ...] = ()
    founded: str | None = None


@dataclass(frozen=True, slots=True)
class Merge:
    position: int
    source: str
    target: str
    article_id: str


class MemoryStoryIndex:
    """A :class:`~recoupe.stories.placement.StoryIndex` in memory, answering as the store's.

    Seeded with document frequencies (``df``, ``n_docs``: counts of the articles before the run)
    and stories (those that may still be candidates). The articles must come in time order (as a
    backfill places them): a story no longer active is dropped from the postings for good."""

    def __init__(self, df: dict[str, int], n_docs: int, stories: Iterable[Story] = (), *,
                 member_terms: int = MEMBER_TERMS) -> None:
        self.df = df
        self.n_docs = n_docs
        self.member_terms = member_terms
        self.stories: dict[str, Story] = {}
        self.by_term: dict[str, set[str]] = {}
        self.by_entity: dict[str, set[str]] = {}
        self._expiry: list[tuple[datetime, str]] = []
        self._since: datetime | None = None
        self.position = -1  # of the article being placed (set by the caller)
        self.merges: list[Merge] = []
        for s in stories:
            self.stories[s.id] = s
            if s.merged_into is None:
                self._post(s, s.terms, s.entities)

    # -- postings of the live stories ---------------------------------------------------------
    def _post(self, s: Story, terms: Iterable[str], entities: Iterable[str]) -> None:
        for t in terms:
            self.by_term.setdefault(t, set()).add(s.id)
        for e in entities:
            self.by_entity.setdefault(e, set()).add(s.id)
        heapq.heappush(self._expiry, (s.last_seen, s.id))

    def _unpost(self, s: Story) -> None:
        for t in s.terms:
            self.by_term[t].discard(s.id)
        for e in s.entities:
            self.by_entity[e].discard(s.id)

    def _expire(self, since: datetime) -> None:
        """Drop from the postings the stories last seen before ``since``: no later article
        (none comes earlier than this one) can have them as candidates."""
        if self._since is not None and since < self._since:
            raise ValueError("MemoryStoryIndex places articles in time order only")
        self._since = since
        while self._expiry and self._expiry[0][0] < since:
            _, sid = heapq.heappop(self._expiry)
            s = self.stories[sid]
            if s.merged_into is None and s.last_seen < since:
                self._unpost(s)

    # -- the StoryIndex protocol --------------------------------------------------------------
    def document_frequency(self, terms: Sequence[str]) -> tuple[int, dict[str, int]]:
        df = self.df
        return self.n_docs, {t: df[t] for t in terms if t in df}

    def count_document(self, terms: Sequence[str]) -> None:
        df = self.df
        for t in terms:
            df[t] = df.get(t, 0) + 1
        self.n_docs += 1

    def candidates(self, signal: Signal, weights: dict[str, float], since: datetime, until: datetime, limit: int,
                   probe: int = 20) -> list[StoryState]:
        top_terms = [t for t, _ in sorted(weights.items(), key=lambda kv: -kv[1])[:probe]]
        self._expire(since)
        counts: dict[str, int] = {}
        for t in top_terms:
            for sid in self.by_term.get(t, ()):
                counts[sid] = counts.get(sid, 0) + 1
        for e in signal.entities:
            for sid in self.by_entity.get(e, ()):
                counts[sid] = counts.get(sid, 0) + 1
        lo, hi = iso(since), iso(until)
        ids = [sid for sid in counts
               if (s := self.stories[sid]).merged_into is None and iso(s.last_seen) >= lo and iso(s.first_seen) <= hi]
        ids.sort(key=lambda sid: (-counts[sid], sid))
        return [self._state(self.stories[sid], weights, signal.entities) for sid in ids[:limit]]

    @staticmethod
    def _state(s: Story, weights: dict[str, float], entities: dict[str, float]) -> StoryState:
        return StoryState(
            id=s.id, first_seen=s.first_seen, last_seen=s.last_seen, size=s.size,
            terms={t: s.terms[t] for t in weights if t in s.terms}, term_norm=s.term_norm2 ** 0.5,
            entities={e: s.entities[e] for e in entities if e in s.entities}, entity_norm=s.entity_norm2 ** 0.5)

    def recent(self, stories: Sequence[StoryState], members: int) -> None:
        for st in stories:
            latest = self.stories[st.id].members[-members:] if members > 0 else []
            st.recent = [(m.terms, m.entities) for m in reversed(latest)]

    def _member(self, signal: Signal, weights: dict[str, float], ents: dict[str, float]) -> Member:
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: self.member_terms]
        return Member(self.position, signal.article_id, {t: round(w, 5) for t, w in top},
                      {e: round(w, 5) for e, w in ents.items()})

    def create(self, signal: Signal, weights: dict[str, float], ents: dict[str, float]) -> str:
        story_id = "st-" + hashlib.sha1(signal.article_id.encode("utf-8")).hexdigest()[:12]
        s = Story(story_id, self.position, signal.time, signal.time, 1, sum(w * w for w in weights.values()),
                  sum(w * w for w in ents.values()), dict(weights), dict(ents),
                  [self._member(signal, weights, ents)])
        self.stories[story_id] = s
        self._post(s, weights, ents)
        return story_id

    def add(self, story: StoryState, signal: Signal, weights: dict[str, float], ents: dict[str, float]) -> None:
        term_norm2, ent_norm2 = story.grown(weights, ents)
        s = self.stories[story.id]
        s.size, s.term_norm2, s.entity_norm2 = story.size + 1, term_norm2, ent_norm2
        s.first_seen, s.last_seen = min(story.first_seen, signal.time), max(story.last_seen, signal.time)
        for t, w in weights.items():
            s.terms[t] = s.terms[t] + w if t in s.terms else w
        for e, w in ents.items():
            s.entities[e] = s.entities[e] + w if e in s.entities else w
        s.members.append(self._member(signal, weights, ents))
        self._post(s, weights, ents)
        story.size += 1
        story.first_seen, story.last_seen = s.first_seen, s.last_seen

    def merge(self, source: StoryState, target: StoryState, article_id: str) -> None:
        src, tgt = self.stories[source.id], self.stories[target.id]
        for k, w in src.terms.items():
            tgt.terms[k] = tgt.terms[k] + w if k in tgt.terms else w
        for k, w in src.entities.items():
            tgt.entities[k] = tgt.entities[k] + w if k in tgt.entities else w
        term_norm2 = sum(w * w for w in tgt.terms.values())
        entity_norm2 = sum(w * w for w in tgt.entities.values())
        first, last = min(source.first_seen, target.first_seen), max(source.last_seen, target.last_seen)
        tgt.size, tgt.first_seen, tgt.last_seen = target.size + source.size, first, last
        tgt.term_norm2, tgt.entity_norm2 = term_norm2, entity_norm2
        self._unpost(src)
        self._post(tgt, src.terms, src.entities)
        src.merged_into, src.terms, src.entities = tgt.id, {}, {}
        tgt.members = list(heapq.merge(tgt.members, src.members, key=lambda m: m.position))
        src.members = []
        self.merges.append(Merge(self.position, src.id, tgt.id, article_id))
        for t, w in source.terms.items():  # as the store's index leaves the states it was handed
            target.terms[t] = target.terms.get(t, 0.0) + w
        for e, w in source.entities.items():
            target.entities[e] = target.entities.get(e, 0.0) + w
        target.size += source.size
        target.first_seen, target.last_seen = first, last
        target.term_norm, target.entity_norm = term_norm2 ** 0.5, entity_norm2 ** 0.5


def place(signals: Sequence[Signal], start: int, index: MemoryStoryIndex,
          params: PlacementParams = PlacementParams()) -> Iterator[Step]:
    """Place ``signals`` (the run's articles from position ``start``) one after the other."""
    for n, signal in enumerate(signals):
        index.position = start + n
        before = len(index.merges)
        placed = assign(signal, index, params)
        yield Step(placed.story_id, placed.created, tuple((m.source, m.target) for m in index.merges[before:]), placed.founded)


class Activity:
    """The stories of a run that can still be candidates, each with a digest of its history.

    Fed with each article's :class:`Step`: a story's digest covers its founding article, each
    article that joined it and the digests of the stories merged into it; a story leaves when it
    is merged, or when it was last seen more than ``window`` before the latest article (articles
    come in time order: it can never be a candidate again). Two runs whose active stories have
    the same digests hold the same stories to the last member."""

    def __init__(self, window: timedelta, seed: Iterable[Story] = ()) -> None:
        self.window = window
        self.digest: dict[str, bytes] = {}
        self.last: dict[str, datetime] = {}
        self.alive: set[str] = set()
        self._expiry: list[tuple[datetime, str]] = []
        self.fingerprint = 0  # the sum of the live digests' first bytes: equal sets, equal sums
        for s in seed:
            if s.merged_into is None:
                self._set(s.id, _digest(b"seeded", s.id.encode()), s.last_seen)

    def _set(self, sid: str, digest: bytes, last: datetime) -> None:
        if sid in self.alive:
            self.fingerprint -= int.from_bytes(self.digest[sid][:8], "big")
        self.alive.add(sid)
        self.digest[sid], self.last[sid] = digest, last
        self.fingerprint += int.from_bytes(digest[:8], "big")
        heapq.heappush(self._expiry, (last, sid))

    def _drop(self, sid: str) -> None:
        if sid in self.alive:
            self.alive.discard(sid)
            self.fingerprint -= int.from_bytes(self.digest[sid][:8], "big")

    def step(self, position: int, time: datetime, step: Step) -> None:
        pos = str(position).encode()
        founded = step.founded if step.founded is not None else step.story_id if step.created else None
        if founded is not None:
            self._set(founded, _digest(b"created", pos), time)
        for source, target in step.merges:
            self._set(target, _digest(self.digest[target], b"merge", pos, self.digest[source]),
                      max(self.last[target], self.last[source]))
            self._drop(source)
        if founded is None:
            self._set(step.story_id, _digest(self.digest[step.story_id], b"joined", pos), max(self.last[step.story_id], time))
        self.expire(time - self.window)

    def expire(self, since: datetime) -> None:
        while self._expiry and self._expiry[0][0] < since:
            _, sid = heapq.heappop(self._expiry)
            if sid in self.alive and self.last[sid] < since:
                self._drop(sid)

    def same(self, other: Activity) -> bool:
        return (self.fingerprint == other.fingerprint and self.alive == other.alive
                and all(self.digest[s] == other.digest[s] for s in self.alive))


def _digest(*parts: bytes) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(len(p).to_bytes(4, "big"))
        h.update(p)
    return h.digest()


@dataclass(slots=True)
class Placed:
    """The placement of a run of articles: each one's step, every story it made or changed (as
    finally left), the merges; for a shard joined to the one before, whether it ends as its
    speculative placement does (it met it) and how many articles were placed again."""

    steps: list[Step]
    stories: dict[str, Story]
    merges: list[Merge]
    met: bool = True
    replayed: int = 0
    cpu: float = 0.0  # CPU seconds it took (the worker's)


@dataclass(frozen=True, slots=True)
class ShardTask:
    """What a worker needs to place one shard speculatively."""

    signals: list[Signal]
    start: int  # position of its first article in the run
    df: dict[str, int]  # document frequencies of its terms before it (exact)
    n_docs: int
    params: PlacementParams
    member_terms: int = MEMBER_TERMS


def place_shard(task: ShardTask) -> Placed:
    """One shard placed from no story at all (what a worker runs)."""
    started = time.process_time()
    index = MemoryStoryIndex(dict(task.df), task.n_docs, member_terms=task.member_terms)
    steps = list(place(task.signals, task.start, index, task.params))
    return Placed(steps, index.stories, index.merges, cpu=time.process_time() - started)


@dataclass(slots=True)
class ShardReport:
    shards: int = 0
    met: int = 0  # shards whose speculative placement stood from some article on
    replayed: int = 0  # articles placed again from a shard's edge
    rejoined: int = 0  # shards joined again on the driver, the one before them not having met its own
    seeded: int = 0  # stored stories still active at a group's first article, read to place it after them
    groups: int = 0  # groups of shards placed and written, each in its own transaction
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds of the workers' rounds
    seconds: dict[str, float] = field(default_factory=dict)


def shard_bounds(times: Sequence[datetime], days: float) -> list[int]:
    """Where each shard starts: a new one every ``days`` days of publication time."""
    starts: list[int] = []
    edge: datetime | None = None
    for n, t in enumerate(times):
        if edge is None or t >= edge:
            starts.append(n)
            edge = t + timedelta(days=days)
    return starts


def tasks(signals: Sequence[Signal], starts: Sequence[int], df: Callable[[set[str]], dict[str, int]], n_docs: int,
          params: PlacementParams, member_terms: int = MEMBER_TERMS) -> list[ShardTask]:
    """Each shard with the exact document frequencies of its terms before it: ``df`` (the store's
    counts of a set of terms) plus the counts of the earlier shards' articles."""
    out = []
    counted: dict[str, int] = {}
    n = n_docs
    bounds = list(starts) + [len(signals)]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        shard = list(signals[lo:hi])
        terms = {t for s in shard for t in s.terms}
        stored = df(terms)
        seed = {t: c for t in terms if (c := stored.get(t, 0) + counted.get(t, 0))}
        out.append(ShardTask(shard, lo, seed, n, params, member_terms))
        for s in shard:
            for t in s.terms:
                counted[t] = counted.get(t, 0) + 1
        n += len(shard)
    return out


def active(stories: Iterable[Story], since: datetime) -> list[Story]:
    """The stories that can still be candidates of an article at ``since`` + the window."""
    return [s for s in stories if s.merged_into is None and s.last_seen >= since]


def left_active(task: ShardTask, placed: Placed) -> list[Story]:
    """The stories a shard leaves that the next one's articles can have as candidates."""
    if not task.signals:
        return []
    return active(placed.stories.values(), task.signals[-1].time - task.params.window_before)


def join(task: ShardTask, speculative: Placed, previous: Sequence[Story]) -> Placed:
    """The exact placement of a shard: replayed from its edge with the ``previous`` shard's
    still active stories (exact), beside the speculative placement, until both hold the same
    active stories; the speculative placement stands from there (the whole shard replayed if
    they never meet)."""
    index = MemoryStoryIndex(dict(task.df), task.n_docs, [s.copy() for s in previous], member_terms=task.member_terms)
    real, spec = Activity(task.params.window_before, previous), Activity(task.params.window_before)
    if task.signals:
        real.expire(task.signals[0].time - task.params.window_before)
    if real.same(spec):  # nothing of before can be a candidate: the speculative shard is exact
        return Placed(speculative.steps, speculative.stories, speculative.merges, True, 0)
    steps: list[Step] = []
    for n, step in enumerate(place(task.signals, task.start, index, task.params)):
        when = task.signals[n].time
        real.step(task.start + n, when, step)
        spec.step(task.start + n, when, speculative.steps[n])
        steps.append(step)
        if real.same(spec):
            at = task.start + n
            stories = {sid: s for sid, s in index.stories.items() if sid not in real.alive}
            stories.update((sid, s) for sid, s in speculative.stories.items() if sid in spec.alive or s.position > at)
            return Placed(steps + speculative.steps[n + 1:], stories,
                          index.merges + [m for m in speculative.merges if m.position > at], True, n + 1)
    return Placed(steps, index.stories, index.merges, False, len(steps))


def join_after(item: tuple[ShardTask, Placed, ShardTask, Placed]) -> Placed:
    """A shard joined to the speculative placement of the one before it: the exact placement
    of the shard if the one before met its own speculative placement (what a worker runs, for
    every shard at once)."""
    started = time.process_time()
    task, speculative, before, before_placed = item
    done = join(task, speculative, left_active(before, before_placed))
    done.cpu = time.process_time() - started
    return done


Mapper = Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]]


def local_map(fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterable[Any]:
    return map(fn, items)


def place_sharded(signals: Sequence[Signal], days: float, df: Callable[[set[str]], dict[str, int]], n_docs: int, *,
                  params: PlacementParams = PlacementParams(), member_terms: int = MEMBER_TERMS,
                  mapper: Mapper = local_map, report: ShardReport | None = None, seed: Sequence[Story] = ()) -> Placed:
    """Place ``signals`` (in time order) exactly as one sequential run would, after the stories
    of ``seed`` (every story placed before them that can still be a candidate of the first; their
    positions and their members' are below 0, in the order they were made). Two parallel rounds
    through ``mapper`` (a map over the workers): every shard of ``days`` days placed
    speculatively, then every shard joined to the speculative placement of the one before it.
    The driver joins the first shard to the seed, keeps each join whose predecessor met its own
    speculative placement, and joins again (with the exact stories) any other: only a shard whose
    predecessor never converged costs sequential work here. The result's stories include the
    seeded ones, changed or not."""
    report = report if report is not None else ShardReport()
    shards = tasks(signals, shard_bounds([s.time for s in signals], days), df, n_docs, params, member_terms)
    report.shards += len(shards)
    if not shards:
        return Placed([], {}, [])
    started = time.monotonic()
    speculative = list(mapper(place_shard, shards))
    _add(report.seconds, "speculative", time.monotonic() - started)
    _add(report.cpu, "speculative", sum(p.cpu for p in speculative))
    started = time.monotonic()
    joined = list(mapper(join_after, [(shards[k], speculative[k], shards[k - 1], speculative[k - 1])
                                      for k in range(1, len(shards))]))
    _add(report.seconds, "joined", time.monotonic() - started)
    _add(report.cpu, "joined", sum(p.cpu for p in joined))
    started = time.monotonic()
    exact = [join(shards[0], speculative[0], seed)]  # as placed when no seeded story is active any more
    report.met += exact[0].met
    report.replayed += exact[0].replayed
    for k in range(1, len(shards)):
        if exact[k - 1].met:
            done = joined[k - 1]
        else:
            done = join(shards[k], speculative[k], left_active(shards[k - 1], exact[k - 1]))
            report.rejoined += 1
        report.met += done.met
        report.replayed += done.replayed
        exact.append(done)
    _add(report.seconds, "rejoined", time.monotonic() - started)
    stories: dict[str, Story] = {}
    for e in exact:
        stories.update(e.stories)
    return Placed([s for e in exact for s in e.steps], stories, [m for e in exact for m in e.merges])


def _add(into: dict[str, float], key: str, value: float) -> None:
    into[key] = into.get(key, 0.0) + value


def place_sequential(signals: Sequence[Signal], df: Callable[[set[str]], dict[str, int]], n_docs: int, *,
                     params: PlacementParams = PlacementParams(), member_terms: int = MEMBER_TERMS) -> Placed:
    """The same articles in one run (the reference of :func:`place_sharded`)."""
    index = MemoryStoryIndex(dict(df({t for s in signals for t in s.terms})), n_docs, member_terms=member_terms)
    return Placed(list(place(signals, 0, index, params)), index.stories, index.merges)


def final_story(stories: dict[str, Story], story_id: str) -> str:
    """Where a story's articles are now (following its merges)."""
    while (into := stories[story_id].merged_into) is not None:
        story_id = into
    return story_id
