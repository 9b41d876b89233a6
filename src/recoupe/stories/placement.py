"""Stories: grouping the articles that report the same story, online, as they arrive.

Each article becomes a *signal*: weighted terms of its title, lead and first paragraphs (lemmas,
folded, split where letters meet digits, numbers with thousand separators as one, the initials of
names of several words, the first letters of long words; see ``enrich.story_features``), weighed
by TF-IDF with document frequencies that grow with the store on top of a prior from the
language's word frequencies; its entities, a mean word vector of its title and lead, and its
time. A story keeps the sums of its articles' signals (a centroid), its
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
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from recoupe.models import Timestamp

# --- terms -------------------------------------------------------------------------------------

ACRONYM_WEIGHT = 0.5  # the initials of a name count half as much as a word of the same field
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})
_PIECES = re.compile(r"[^\W\d_]+|\d+")
_GROUPED = re.compile(r"^\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+$")
_FUNCTION_WORDS = frozenset("de du des d la le les l et en à au aux a pour sur".split())


def fold(text: str) -> str:
    """Lower case without diacritics: "Aït Saïd" and "Ait Said" are one name to a reader."""
    text = unicodedata.normalize("NFD", text.lower().translate(_LIGATURES))
    return "".join(c for c in text if not unicodedata.combining(c))


def term_forms(word: str) -> list[str]:
    """The terms a word stands for: folded, and split where letters meet digits, so that
    "JO-2020", "Tokyo2020" or "Covid-19" share their parts with "JO", "Tokyo", "Covid", "2020".
    Pieces of one character are dropped."""
    folded = fold(word)
    if not any(c.isdigit() for c in folded):
        return [folded] if len(folded) >= 2 else []
    return [p for p in _PIECES.findall(folded) if len(p) >= 2]


STEM_CHARS = 5  # a word longer than this also counts by its first letters ...
STEM_WEIGHT = 0.5  # ... half as much as the word itself


def stem(term: str) -> str | None:
    """The first letters of a longer word, as a term of its own ("~ouver" for "ouverture" and
    "ouvert", "~bresi" for "Brésil" and "brésilien"): a light stemmer that needs no word list.
    None for a short word, a number or a name with digits."""
    return "~" + term[:STEM_CHARS] if len(term) > STEM_CHARS and term.isalpha() else None


def number_term(pieces: Sequence[str]) -> tuple[str | None, int]:
    """A number written with thousand separators, as one term ("2 872", "2.872" -> "2872"), from
    the texts (with trailing whitespace) of a token and those after it; and how many of those
    it used up. ``(None, 0)`` when the first piece does not start such a number."""
    first = pieces[0].strip()
    if _GROUPED.match(first):
        return re.sub(r"\D", "", first), 0
    if not (first.isdigit() and len(first) <= 3) or pieces[0] == first:
        return None, 0
    digits, used = first, 0
    for piece in pieces[1:]:
        text = piece.strip()
        if not (text.isdigit() and len(text) == 3):
            break
        digits += text
        used += 1
        if piece == text:  # no space after: the number ends here
            break
    return (digits, used) if used else (None, 0)


def acronyms(words: Sequence[str]) -> tuple[str, ...]:
    """The initials of a name of several words: of all its words but the function words
    ("Organisation mondiale de la santé" -> "oms"), and of the words before the first function
    word ("Jeux olympiques de Tokyo" -> "jot", "jo"). None for a name holding a number or an
    acronym already."""
    if any(len(w) > 1 and w.isupper() for w in words):
        return ()
    folded = [fold(w) for w in words]
    if any(not w.isalpha() for w in folded):
        return ()
    content = [w for w in folded if w not in _FUNCTION_WORDS]
    out = []
    if 2 <= len(content) <= 6:
        out.append("".join(w[0] for w in content))
    head = folded[: next((i for i, w in enumerate(folded) if w in _FUNCTION_WORDS), len(folded))]
    if 2 <= len(head) < len(content):
        out.append("".join(w[0] for w in head))
    return tuple(out)


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
            import importlib

            import srsly
            from spacy.strings import hash_string

            from recoupe.enrich.nlp import MODEL

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
                word = fold(text)
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
