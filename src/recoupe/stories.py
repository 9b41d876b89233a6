"""Stories: grouping the articles that report the same story, online, as they arrive.

Each article becomes a *signal*: weighted lemmas of its title, lead and first paragraphs (TF-IDF,
with document frequencies that grow with the store), its entities, a mean word vector of its
title and lead, and its time. A story keeps the sums of its articles' signals (a centroid), its
first and last article times and its size.

An article is compared only with the stories active around its time that share one of its
terms or entities (found through the store's index, never by scanning); it joins the most
similar one if the similarity passes a threshold, else it starts a story. When an article is
very close to two stories, they are one: the smaller is merged into the larger and the merge
is recorded. The same code replays the store in publication order for ``recoupe recluster``,
so the two paths agree on the same order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

import numpy as np

from .models import Timestamp


@dataclass(frozen=True, slots=True)
class Params:
    """The knobs of story assignment: general values, not fitted to one data set."""

    threshold: float = 0.35  # similarity to join a story
    merge_threshold: float = 0.55  # similarity to two stories that makes them one
    term_weight: float = 0.55
    entity_weight: float = 0.25
    vector_weight: float = 0.20
    vector_floor: float = 0.55  # word vectors of news texts are all alike: count what is above this
    window_before: timedelta = timedelta(days=7)  # a story is a candidate while active this recently
    window_after: timedelta = timedelta(days=2)
    grace: timedelta = timedelta(days=2)  # no time penalty within this gap
    decay_days: float = 4.0
    candidates: int = 40
    member_weight: float = 0.9  # similarity to the closest recent member counts this much
    members: int = 8  # recent members compared one by one


@dataclass(slots=True)
class Signal:
    """What story assignment knows of an article."""

    article_id: str
    time: datetime
    terms: dict[str, float]  # term -> weighted count (before idf)
    entities: dict[str, float]  # entity id -> weight
    vector: np.ndarray | None  # unit-length mean word vector of title and lead


@dataclass(slots=True)
class StoryState:
    id: str
    first_seen: datetime
    last_seen: datetime
    size: int
    terms: dict[str, float]  # summed TF-IDF weights of the article's terms (only those asked for)
    term_norm: float
    entities: dict[str, float]
    entity_norm: float
    vector_sum: np.ndarray | None
    recent: list[tuple[dict[str, float], dict[str, float], np.ndarray | None]] = field(default_factory=list)  # (terms, entities, vector)


class StoryIndex(Protocol):
    """What assignment needs from the store (one implementation per backend)."""

    def document_frequency(self, terms: Sequence[str]) -> tuple[int, dict[str, int]]: ...
    def candidates(self, signal: Signal, weights: dict[str, float], since: datetime, until: datetime, limit: int) -> list[StoryState]: ...
    def create(self, signal: Signal, weights: dict[str, float]) -> str: ...
    def add(self, story: StoryState, signal: Signal, weights: dict[str, float]) -> None: ...
    def merge(self, source: StoryState, target: StoryState, article_id: str) -> None: ...
    def count_document(self, terms: Sequence[str]) -> None: ...


def tfidf(terms: dict[str, float], n_docs: int, df: dict[str, int]) -> dict[str, float]:
    """Unit-length TF-IDF weights (log-scaled term counts, smoothed idf)."""
    weights = {t: (1 + math.log(c)) * (math.log((n_docs + 1) / (df.get(t, 0) + 1)) + 1) for t, c in terms.items() if c > 0}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def _unit(values: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in values.values())) or 1.0
    return {k: w / norm for k, w in values.items()}


def _pair(weights: dict[str, float], ents: dict[str, float], vector: np.ndarray | None,
          terms: dict[str, float], term_norm: float, entities: dict[str, float], entity_norm: float,
          other_vector: np.ndarray | None, params: Params) -> float:
    term = sum(w * terms.get(t, 0.0) for t, w in weights.items()) / (term_norm or 1.0)
    entity = sum(w * entities.get(e, 0.0) for e, w in ents.items()) / (entity_norm or 1.0) if ents else 0.0
    cos_v = 0.0
    if vector is not None and other_vector is not None:
        norm = float(np.linalg.norm(other_vector))
        if norm:
            cos = float(vector @ other_vector) / norm
            cos_v = max(0.0, (cos - params.vector_floor) / (1 - params.vector_floor))
    return params.term_weight * term + params.entity_weight * entity + params.vector_weight * cos_v


def similarity(signal: Signal, weights: dict[str, float], story: StoryState, params: Params) -> float:
    """How much an article belongs to a story, from 0 to about 1: to its centroid, or (a little
    less) to the closest of its recent articles, so that a story does not dilute as it grows."""
    ents = _unit(signal.entities)
    score = _pair(weights, ents, signal.vector, story.terms, story.term_norm, story.entities, story.entity_norm, story.vector_sum, params)
    for m_terms, m_ents, m_vector in story.recent:
        member = _pair(weights, ents, signal.vector, m_terms, 1.0, m_ents, 1.0, m_vector, params)
        score = max(score, params.member_weight * member)
    gap = max(signal.time - story.last_seen, story.first_seen - signal.time, timedelta(0))
    if gap > params.grace:
        score *= math.exp(-(gap - params.grace).total_seconds() / 86400 / params.decay_days)
    return score


@dataclass(frozen=True, slots=True)
class Placement:
    article_id: str
    story_id: str
    created: bool
    score: float
    merged: tuple[str, ...] = ()  # stories merged into ``story_id``


def assign(signal: Signal, index: StoryIndex, params: Params = Params()) -> Placement:
    """Put one article in a story (an existing one, or a new one)."""
    n_docs, df = index.document_frequency(list(signal.terms))
    weights = tfidf(signal.terms, n_docs, df)
    index.count_document(list(signal.terms))
    stories = index.candidates(signal, weights, signal.time - params.window_before, signal.time + params.window_after, params.candidates)
    scored = sorted(((similarity(signal, weights, s, params), s) for s in stories), key=lambda x: (-x[0], x[1].id))
    if not scored or scored[0][0] < params.threshold:
        return Placement(signal.article_id, index.create(signal, weights), True, scored[0][0] if scored else 0.0)
    best_score, best = scored[0]
    merged: list[str] = []
    for score, other in scored[1:]:
        if score >= params.merge_threshold and best_score >= params.merge_threshold:
            target, source = (best, other) if (best.size, other.id) >= (other.size, best.id) else (other, best)
            index.merge(source, target, signal.article_id)
            merged.append(source.id)
            best = target
    index.add(best, signal, weights)
    return Placement(signal.article_id, best.id, False, best_score, tuple(merged))


def signal_time(published: Timestamp | None, fallback: str) -> datetime:
    """The moment an article stands for: its publication (the middle of a month or a year when
    that is all that is known), else when it was ingested. Naive UTC-less local time."""
    if published is None:
        return datetime.fromisoformat(fallback[:19])
    v = published.value
    if published.precision == "year":
        return datetime(int(v[:4]), 7, 1)
    if published.precision == "month":
        return datetime(int(v[:4]), int(v[5:7]), 15)
    return datetime.fromisoformat(v[:19]) if len(v) > 10 else datetime.fromisoformat(v)
