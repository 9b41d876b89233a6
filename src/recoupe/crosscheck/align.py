"""Stage 5b: which statements of different articles report the same fact, and where two that do
disagree on a value.

Similarity of two statements is a soft overlap of their content lemmas, each weighted by how
rare it is in the story (a word every article repeats, the story's subject, tells facts apart
less than a rare one) and matched exactly or, failing that, to its nearest word by vector
(``entretien`` ~ ``appel``), blended with the cosine of their weighted mean vectors, raised when
they give the same values and lowered when their quotations have different speakers; then raised
by the cosine of their sentence vectors (``enrich.semantic``) above ``SEM_FLOOR``: one fact told
by two newsrooms in other words. Two statements that give one partial quotation word for word
(« un "bandit de grand chemin" ») or one distinctive figure exactly (« 165 hectares »), or that each
name a day no other statement of their article names (« le 26 juin », « dimanche ») and share some words, are alike at the threshold
whatever else they say (``Similarity.sure``). Two statements whose figures of one kind all differ,
one of them giving several, and whose sentence vectors are not close, are less alike
(``other_figures``): more often two figures of two things than one figure told two ways. Figures
are not words here: "1 500 évacués" and "1 200 évacués" are the same fact with two values, which
is what a contradiction is.

Facts are formed by average-linkage clustering over those similarities, at most one statement
per article in a fact (an article that says a thing twice still says it once).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.lang.fr.stop_words import STOP_WORDS

from recoupe.crosscheck.statements import QUOTATION
from recoupe.crosscheck.types import Statement, Value
from recoupe.lang.fr_compare import (
    CLAUSE_MARKS,
    CLAUSE_MIN_WORDS,
    GENERIC,
    OPPOSITE_STATES,
    SAYING,
    SPOKESPERSON_NOUNS,
    SYNONYMS,
)
from recoupe.lang.fr_quotes import DE_UNELIDED
from recoupe.lang.fr_statements import SPOKESMAN_DETERMINERS, SPOKESMAN_OF
from recoupe.normalise import text_key

SOFT_FLOOR = 0.4  # word vectors closer than this count as a partial match (unrelated words: median 0.15, 95th percentile 0.38)
THRESHOLD = 0.42  # mean similarity for statements to be one fact (tuned on bench/data/compare-dev.json)
LEX_WEIGHT = 0.7
VEC_FLOOR = 0.5  # below this cosine of mean vectors, two sentences share nothing but the language
OWN_DAY_ARTICLES = 2  # a day named by more articles than this is the story's, not one event's (``Similarity.sure``)
WORDS_FLOOR = 0.15  # two statements neither of which has this much of its weight in words the other uses...
WORDS_PENALTY = 0.15  # ...are this much less alike: near words alone make a theme, not a fact
CONTAIN = 0.2  # weight of containment (the shorter statement found in the longer) against mutual overlap


SEM_WEIGHT = 0.2  # how much the sentence encoder's cosine (enrich.semantic) above SEM_FLOOR adds to the score (tuned on pairs-dev)
SEM_FLOOR = 0.5  # the encoder's cosine adds from this up (pairs sharing a fact: 97% from 0.6, pairs-dev)
SEM_CLOSE = 0.6  # pairs whose encoder cosine reaches this are scored whatever words they share
FIGURES_PENALTY = 0.2  # two statements whose figures all differ (``other_figures``) are this much less alike (set on the dev pairs)...
FIGURES_CLOSE = 0.65  # ...unless the encoder's cosine reaches this: one thing told with two figures (an update, a dispute)


@dataclass(frozen=True, slots=True)
class AlignParams:
    threshold: float = THRESHOLD
    soft_floor: float = SOFT_FLOOR
    lex_weight: float = LEX_WEIGHT
    sem_weight: float = SEM_WEIGHT
    sem_floor: float = SEM_FLOOR
    learned: bool = True  # near misses get a second look by the learned pair scorer (pair_scorer.json), when there is one


_SYN: dict[str, set[int]] = {}
for _n, _group in enumerate(SYNONYMS):
    for _w in _group:
        _SYN.setdefault(_w, set()).add(_n)


_CLAUSE_CUT = re.compile("|".join(re.escape(m) for m in CLAUSE_MARKS))


def clause_texts(text: str) -> list[str]:
    """A sentence's clauses, appositions and incises (cut at ``CLAUSE_MARKS``, quotation marks
    stripped), a piece shorter than ``CLAUSE_MIN_WORDS`` words joined to the one before it; a
    leading short piece alone is left out."""
    out: list[str] = []
    for piece in _CLAUSE_CUT.split(text):
        piece = piece.strip(' "«»“”\u00a0')
        if not piece:
            continue
        if out and len(piece.split()) < CLAUSE_MIN_WORDS:
            out[-1] += ", " + piece
        else:
            out.append(piece)
    return [c for c in out if len(c.split()) >= CLAUSE_MIN_WORDS - 1]


@lru_cache(maxsize=200_000)
def related(a: str, b: str) -> float:
    """How far two folded lemmas name the same thing: 1 the same word, 0.85 words news use for
    one another, 0.75 one family (évacuer, évacuation: a common stem of five letters or more,
    most of the shorter word), else 0."""
    if a == b:
        return 1.0
    a, b = a.lstrip("@"), b.lstrip("@")
    if a == b:
        return 1.0
    if _SYN.get(a, set()) & _SYN.get(b, set()):
        return 0.85
    short = min(len(a), len(b))
    k = 0
    while k < short and a[k] == b[k]:
        k += 1
    if k >= 5 and k >= 0.7 * short:
        return 0.75
    return 0.0


RELATED = 0.8  # a word of the same concept matches this much
PREFILTER = 0.12  # pairs whose best-case overlap is below this are not scored (it cannot reach the threshold)


def concepts(term: str) -> tuple[str, ...]:
    """What a term means for matching: its synonym groups (a word may be in several:
    "discussion" is a talk, a negotiation and a meeting), else its family (the first five
    letters of a word of six or more: "évacuer", "évacuation"), else the word. Two terms match
    as one concept when they have one in common."""
    t = term.lstrip("@")
    groups = _SYN.get(t)
    if groups:
        return tuple(f"#{g}" for g in sorted(groups))  # "#": no word starts so
    return (t[:5] if len(t) >= 6 else t,)


def term_weights(statements: Sequence[Statement]) -> dict[str, float]:
    """Inverse frequency of each lemma over the story's statements, verbs of saying and generic
    words damped."""
    df = Counter(t for s in statements for t in set(s.terms))
    n = max(1, len(statements))
    out = {}
    for t, k in df.items():
        w = math.log(1 + n / k)
        if t.startswith("@"):
            w *= 0.5
        elif t in SAYING:
            w *= 0.25
        elif t in GENERIC:
            w *= 0.5
        out[t] = w
    return out


class Similarity:
    """How alike two statements are. ``semantic``: one unit sentence vector per statement
    (``enrich.semantic``), blended in with ``params.sem_weight``; None, the lexical score alone."""

    def __init__(self, statements: Sequence[Statement], params: AlignParams = AlignParams(),
                 semantic: np.ndarray | None = None) -> None:
        self.st = list(statements)
        self.params = params
        self.semantic = semantic if semantic is not None and len(semantic) == len(self.st) and params.sem_weight else None
        self.weights = term_weights(self.st)
        self._w = [np.array([self.weights.get(t, 0.0) for t in s.terms], dtype=np.float32) for s in self.st]
        dims = next((s.vectors.shape[1] for s in self.st if s.vectors is not None), 1)
        mean = np.zeros((len(self.st), dims), dtype=np.float32)
        for i, s in enumerate(self.st):
            if s.vectors is not None and len(s.terms):
                v = (self._w[i][:, None] * s.vectors).sum(axis=0)
                n = float(np.linalg.norm(v))
                if n:
                    mean[i] = v / n
        self.mean = mean
        # each term's id, and its concept's: words news use for one another and one family
        # ("évacuer", "évacuation") share a concept; matching is then a comparison of integers
        terms = sorted({t for st in self.st for t in st.terms})
        tid = {t: n for n, t in enumerate(terms)}
        self._tid = [np.array([tid[t] for t in st.terms], dtype=np.int32) for st in self.st]
        signature = {t: concepts(t) for t in terms}
        sid = {c: n for n, c in enumerate(dict.fromkeys(signature.values()))}
        sigs = list(sid)
        self._same = np.eye(len(sigs), dtype=bool)  # a family is its own concept; synonym groups may overlap
        self._syn = np.array([n for n, sig in enumerate(sigs) if sig[0].startswith("#")], dtype=np.intp)
        if len(self._syn):
            groups = np.zeros((len(self._syn), len(SYNONYMS)), dtype=np.float32)
            for r, n in enumerate(self._syn):
                groups[r, [int(c[1:]) for c in sigs[n]]] = 1.0
            self._same[np.ix_(self._syn, self._syn)] = (groups @ groups.T) > 0
        self._cid = [np.array([sid[signature[t]] for t in st.terms], dtype=np.int32) for st in self.st]
        # the days each statement names, as day numbers
        self._days = [np.array(sorted({day for d in st.dates if d.precision == "day" and (day := _ordinal(d.value)) is not None}), dtype=np.int64)
                      for st in self.st]
        self._bare = [np.array([tid.get(t.lstrip("@"), -1 - n) for n, t in enumerate(st.terms)], dtype=np.int32) for st in self.st]
        # the days each statement names (« le 26 juin », « dimanche ») that no other statement of its article names
        named = [{str(v.value)[:10] for v in st.values if v.kind == "date" and v.unit == "day"} for st in self.st]
        per = Counter((st.article, d) for st, ds in zip(self.st, named, strict=True) for d in ds)
        # a day more than two articles name is the story's day, which anchors no one event
        articles = Counter(d for _, d in per)
        self._own_days = [frozenset(d for d in ds if per[(st.article, d)] == 1 and articles[d] <= OWN_DAY_ARTICLES)
                          for st, ds in zip(self.st, named, strict=True)]
        self._clauses: dict[int, np.ndarray] = {}  # sentence vectors of the clauses of a statement of several (``encode_clauses``)

    def encode_clauses(self, ks: Sequence[int], encode: Callable[[Sequence[str]], np.ndarray]) -> None:
        """Encode the clauses (``clause_texts``) of statements ``ks`` that have several and are
        not encoded yet, for ``clause_semantic``."""
        if self.semantic is None:
            return
        todo = {k: cl for k in ks if k not in self._clauses and len(cl := clause_texts(self.st[k].text)) >= 2}
        texts = list(dict.fromkeys(c for cl in todo.values() for c in cl))
        if not texts:
            return
        rows = dict(zip(texts, encode(texts), strict=True))
        for k, cl in todo.items():
            self._clauses[k] = np.stack([rows[c] for c in cl])

    def clause_semantic(self, i: int, j: int) -> float:
        """The sentence encoder's cosine of i and j, or of a clause of one (those encoded by
        ``encode_clauses``) and the whole of the other when higher: a long sentence of one
        newsroom of which another's shorter sentence says one part."""
        if self.semantic is None:
            return 0.0
        best = float(self.semantic[i] @ self.semantic[j])
        for x, y in ((i, j), (j, i)):
            if x in self._clauses:
                best = max(best, float((self._clauses[x] @ self.semantic[y]).max()))
        return best

    def coverage(self, i: int, j: int) -> tuple[float, float]:
        """How much of i's weighted lemmas j matches, and of j's that i matches."""
        a, b = self.st[i], self.st[j]
        wa, wb = self._w[i], self._w[j]
        if not len(a.terms) or not len(b.terms) or wa.sum() == 0 or wb.sum() == 0:
            return 0.0, 0.0
        same_word = (self._tid[i][:, None] == self._tid[j][None, :]) | (self._bare[i][:, None] == self._bare[j][None, :])
        same_concept = self._same[self._cid[i][:, None], self._cid[j][None, :]]
        exact = np.where(same_word, 1.0, np.where(same_concept, RELATED, 0.0)).astype(np.float32)
        if a.vectors is not None and b.vectors is not None:
            cos = a.vectors @ b.vectors.T
            f = self.params.soft_floor
            soft = np.clip((cos - f) / 0.35, 0.0, 1.0) * 0.8
            match = np.maximum(exact, soft)
        else:
            match = exact
        ab = float((wa * match.max(axis=1)).sum() / wa.sum())
        ba = float((wb * match.max(axis=0)).sum() / wb.sum())
        return ab, ba

    def same_words(self, i: int, j: int) -> tuple[float, float]:
        """How much of i's weighted lemmas j has as the same word or concept (no vectors), and
        of j's that i has."""
        wa, wb = self._w[i], self._w[j]
        if not len(wa) or not len(wb) or wa.sum() == 0 or wb.sum() == 0:
            return 0.0, 0.0
        same = self._same[self._cid[i][:, None], self._cid[j][None, :]]
        return float((wa * same.any(axis=1)).sum() / wa.sum()), float((wb * same.any(axis=0)).sum() / wb.sum())

    def shorter_cover(self, i: int, j: int, cover: tuple[float, float] | None = None,
                      words: tuple[float, float] | None = None) -> dict[str, float]:
        """What statements i and j read from the shorter one's side: the headline or standfirst
        against a body sentence (it says in a few words what the body tells at length), else the
        one with fewer terms. How much of its weighted terms the other covers (``cover``: word
        vectors and concepts, as ``coverage``; ``words``: the same words and concepts only), the
        share of its content words' weight matched (``content``) and of its names (``names``; 0
        without names), whether its heaviest content word is matched (``key``), and the sentence
        encoder's cosine (``semantic``). Symmetric in i and j. ``cover``, ``words``: ``coverage(i, j)``
        and ``same_words(i, j)`` when already computed."""
        a, b = self.st[i], self.st[j]
        first = (a.field != "body") if (a.field != "body") != (b.field != "body") else len(a.terms) <= len(b.terms)
        s, o = (i, j) if first else (j, i)
        ab, ba = cover if cover is not None else self.coverage(i, j)
        wa, wb = words if words is not None else self.same_words(i, j)
        theirs = {c for t in self.st[o].terms for c in concepts(t)}

        def matched(t: str) -> bool:
            return bool(set(concepts(t)) & theirs)

        own = self.st[s].terms
        content = sorted(((self.weights.get(t, 0.0), t) for t in own if not t.startswith("@")), reverse=True)
        names = [t for t in own if t.startswith("@")]
        total = sum(w for w, _ in content)
        return {
            "cover": ab if first else ba,
            "words": wa if first else wb,
            "content": sum(w for w, t in content if matched(t)) / total if total else 0.0,
            "names": sum(map(matched, names)) / len(names) if names else 0.0,
            "key": float(bool(content) and matched(content[0][1])),
            "semantic": float(self.semantic[i] @ self.semantic[j]) if self.semantic is not None else 0.0,
        }

    def _soft(self, i: int, j: int) -> float:
        ab, ba = self.coverage(i, j)
        return math.sqrt(ab * ba) * (1 - CONTAIN) + max(ab, ba) * CONTAIN

    def vector(self, i: int, j: int) -> float:
        return max(0.0, (float(self.mean[i] @ self.mean[j]) - VEC_FLOOR) / (1 - VEC_FLOOR))

    def score(self, i: int, j: int) -> float:
        lex = self._soft(i, j)
        s = self.params.lex_weight * lex + (1 - self.params.lex_weight) * self.vector(i, j)
        if max(self.same_words(i, j)) < WORDS_FLOOR:
            s -= WORDS_PENALTY
        change, apart = self._told_apart(i, j)
        out = float(self._blend(i, np.array([j]), np.array([s + change]), np.array([apart]))[0])
        return max(out, self.params.threshold) if self.sure(i, j) else out

    def _told_apart(self, i: int, j: int) -> tuple[float, bool]:
        """What the values, days, speakers, states and figures of statements i and j add to their
        score, and whether they are apart (no encoder boost, no learned rescue): shared figures
        raise it; each naming its own day (more often two events than one) and two people's words
        (two facts) lower it and set them apart; opposite states (two moments of one place or
        person, whose close meanings make one subject) set them apart; figures of one kind that all
        differ lower it (``_figures_differ``)."""
        a, b = self.st[i], self.st[j]
        change, apart = 0.0, False
        if a.values and b.values:
            change += min(0.15, 0.08 * _shared_values(a.values, b.values))
        da, db = self._days[i], self._days[j]
        if len(da) and len(db) and int(np.abs(da[:, None] - db[None, :]).min()) > 1:
            change -= DAYS_PENALTY
            apart = True
        if two_speakers(a, b):
            change -= 0.2
            apart = True
        if opposite_states(a, b):
            apart = True
        if self._figures_differ(i, j):
            change -= FIGURES_PENALTY
        return change, apart

    def _figures_differ(self, i: int, j: int) -> bool:
        """Whether statements i and j give figures of one kind that all differ (``other_figures``)
        and the sentence encoder does not find them close (``FIGURES_CLOSE``): then they more
        often give figures of two things than one thing with two figures."""
        a, b = self.st[i], self.st[j]
        if not (a.values and b.values and other_figures(a.values, b.values)):
            return False
        return self.semantic is None or float(self.semantic[i] @ self.semantic[j]) < FIGURES_CLOSE

    def sure(self, i: int, j: int) -> bool:
        """Whether statements i and j say one thing whatever else they say (then they are alike at
        the threshold at least): ``tells_one_thing``, or each names one day that no other statement
        of its article names, in figures or in other words, and no more than ``OWN_DAY_ARTICLES``
        articles of the story name, and they share some words (``WORDS_FLOOR``: a day alone joins
        an inauguration and an accident of one Sunday) (« Hirsch avait protesté dès le 26 juin » /
        « L'opposition entre Hirsch et Raoult remonte au 26 juin dernier »; « verbalisé dimanche » /
        « Les faits remontent au dimanche 24 mai »)."""
        return tells_one_thing(self.st[i], self.st[j]) or (
            bool(self._own_days[i] & self._own_days[j]) and max(self.same_words(i, j)) >= WORDS_FLOOR)

    def _blend(self, i: int, js: np.ndarray, base: np.ndarray, apart: np.ndarray) -> np.ndarray:
        """The score of i against each of js, raised by the sentence encoder's cosine, except
        where the two name different days, are two speakers' words or give opposite states of
        one thing (``opposite_states``) (``apart``): close meanings then make one subject, not one
        fact."""
        if self.semantic is None:
            return base
        w, f = self.params.sem_weight, self.params.sem_floor
        cos = self.semantic[js] @ self.semantic[i]
        return base + np.where(apart, 0.0, w * np.maximum(0.0, (cos - f) / (1 - f)))

    def matrix(self) -> np.ndarray:
        """Similarities of every pair of statements of different articles (0 within an article),
        in float64: every later stage compares them with Python floats (a float32 0.42 is below
        0.42, so clustering in float32 and checking in float64 would disagree at the threshold)."""
        n = len(self.st)
        out = np.zeros((n, n), dtype=np.float64)
        if n == 0:
            return out
        quick = self.mean @ self.mean.T
        # an upper bound of the lexical overlap, for all pairs at once: the weight of i's
        # concepts that j has, over i's weight; pairs that share too little are not scored
        n_c = len(self._same)
        have = np.zeros((n, n_c), dtype=np.float32)
        weigh = np.zeros((n, n_c), dtype=np.float32)
        for i in range(n):
            if len(self._cid[i]):
                have[i, self._cid[i]] = 1.0
                np.maximum.at(weigh[i], self._cid[i], self._w[i])
        if len(self._syn):  # j has every synonym signature that shares a group with one of its own
            cols = np.ix_(self._syn, self._syn)
            have[:, self._syn] = (have[:, self._syn] @ self._same[cols].astype(np.float32)) > 0
        total = np.maximum(weigh.sum(axis=1), 1e-9)
        shared = (weigh @ have.T) / total[:, None]  # shared[i, j]: of i's weight, what j has
        reach = np.maximum(shared, shared.T)
        arts = np.array([s.article for s in self.st], dtype=object)
        close = (reach >= PREFILTER) | (quick >= 0.8)
        if self.semantic is not None:  # the same meaning in other words
            close |= self.semantic @ self.semantic.T >= SEM_CLOSE
        # two statements of different articles that give one figure, one partial quotation or one day
        # of their own are scored, whatever words they share
        pairs: set[tuple[int, int]] = set()
        valued = [k for k, s in enumerate(self.st) if any(v.kind in ("number", "duration") for v in s.values)]
        pairs.update((x, y) for x in valued for y in valued if x < y and arts[x] != arts[y]
                     and _shared_values(self.st[x].values, self.st[y].values))
        dated = [k for k in range(n) if self._own_days[k]]
        pairs.update((x, y) for x in dated for y in dated if x < y and arts[x] != arts[y] and self._own_days[x] & self._own_days[y])
        pairs.update(self._quoting_pairs(arts))
        for x, y in pairs:
            close[x, y] = close[y, x] = True
        todo = np.triu(close, 1) & (arts[:, None] != arts[None, :])
        self._flat()
        for i in range(n):
            js = np.nonzero(todo[i])[0]
            if len(js):
                out[i, js] = self._row(i, js)
        return np.maximum(out, out.T)

    def _quoting_pairs(self, arts: np.ndarray) -> set[tuple[int, int]]:
        """The pairs of statements of two articles where one's partial quotation stands word for
        word in the other (``shared_quotation``), found through an index of the statements' words
        (only those holding a quotation's rarest word are read), not by reading every pair."""
        quoting = [(k, q) for k, s in enumerate(self.st) for q in _partial_quotations(s.text)]
        if not quoting:
            return set()
        posting: dict[str, list[int]] = {}
        for k, s in enumerate(self.st):
            for w in set(_word_seq(s.text)):
                posting.setdefault(w, []).append(k)
        found: set[tuple[int, int]] = set()
        for x, q in quoting:
            rare = min(q, key=lambda w: len(posting.get(w, ())))
            found.update((min(x, y), max(x, y)) for y in posting.get(rare, ())
                         if arts[x] != arts[y] and _holds(_word_seq(self.st[y].text), q))
        return found

    def _flat(self) -> None:
        """Every statement's terms end to end, for scoring one statement against many at once."""
        if hasattr(self, "_off"):
            return
        lens = np.array([len(s.terms) for s in self.st], dtype=np.int64)
        self._off = np.concatenate([[0], np.cumsum(lens)])
        cat = (lambda xs, dt: np.concatenate(xs).astype(dt) if len(xs) else np.zeros(0, dt))  # noqa: E731
        self._all_tid = cat(self._tid, np.int32)
        self._all_bare = cat(self._bare, np.int32)
        self._all_cid = cat(self._cid, np.int32)
        self._all_w = cat(self._w, np.float32)
        dims = next((s.vectors.shape[1] for s in self.st if s.vectors is not None), 1)
        vec = np.zeros((int(self._off[-1]), dims), dtype=np.float32)  # a term without a vector: zeros, matching nothing
        for k, s in enumerate(self.st):
            if s.vectors is not None and len(s.terms):
                vec[self._off[k]:self._off[k + 1]] = s.vectors
        # the soft match of every two distinct vectors of the story, computed once
        uniq, self._all_uid = np.unique(vec, axis=0, return_inverse=True)
        self._all_uid = self._all_uid.reshape(-1)
        self._soft_u = None
        if 0 < len(uniq) <= MAX_DISTINCT_VECTORS:
            self._soft_u = (np.clip((uniq @ uniq.T - self.params.soft_floor) / 0.35, 0.0, 1.0) * 0.8).astype(np.float32)
        self._all_vec = vec
        self._wsum = np.array([float(w.sum()) for w in self._w], dtype=np.float64)

    def _row(self, i: int, js: np.ndarray) -> np.ndarray:
        """``score(i, j)`` for every j of ``js`` at once."""
        out = np.zeros(len(js), dtype=np.float64)
        a = self.st[i]
        lex = np.zeros(len(js))
        words = np.zeros(len(js))
        ok = (self._off[js + 1] > self._off[js]) & (self._wsum[js] > 0)
        if len(a.terms) and self._wsum[i] > 0 and ok.any():
            jj = js[ok]
            lens = self._off[jj + 1] - self._off[jj]
            seg = np.concatenate([[0], np.cumsum(lens)[:-1]])
            cols = np.repeat(self._off[jj] - seg, lens) + np.arange(int(lens.sum()))
            same_word = (self._tid[i][:, None] == self._all_tid[cols][None, :]) | (self._bare[i][:, None] == self._all_bare[cols][None, :])
            same = self._same[self._cid[i][:, None], self._all_cid[cols][None, :]]
            match = np.where(same_word, 1.0, np.where(same, RELATED, 0.0)).astype(np.float32)
            if a.vectors is not None:
                if self._soft_u is not None:
                    mine = self._all_uid[self._off[i]:self._off[i + 1]]
                    soft = self._soft_u[mine[:, None], self._all_uid[cols][None, :]]
                else:
                    cos = a.vectors @ self._all_vec[cols].T
                    soft = np.clip((cos - self.params.soft_floor) / 0.35, 0.0, 1.0) * 0.8
                match = np.maximum(match, soft)
            wa, wb = self._w[i], self._all_w[cols]
            ab = (wa @ np.maximum.reduceat(match, seg, axis=1)) / self._wsum[i]
            ba = np.add.reduceat(wb * match.max(axis=0), seg) / self._wsum[jj]
            lex[ok] = np.sqrt(ab * ba) * (1 - CONTAIN) + np.maximum(ab, ba) * CONTAIN
            sab = (wa @ np.maximum.reduceat(same, seg, axis=1).astype(np.float32)) / self._wsum[i]
            sba = np.add.reduceat(wb * same.any(axis=0), seg) / self._wsum[jj]
            words[ok] = np.maximum(sab, sba)
        vec = np.maximum(0.0, (self.mean[js] @ self.mean[i] - VEC_FLOOR) / (1 - VEC_FLOOR))
        out = self.params.lex_weight * lex + (1 - self.params.lex_weight) * vec
        out -= np.where(words < WORDS_FLOOR, WORDS_PENALTY, 0.0)
        apart = np.zeros(len(js), dtype=bool)
        sure = np.zeros(len(js), dtype=bool)
        for k, j in enumerate(js):
            sure[k] = self.sure(i, int(j))
            change, apart[k] = self._told_apart(i, int(j))
            out[k] += change
        out = self._blend(i, js, out, apart)
        return np.where(sure, np.maximum(out, self.params.threshold), out)


DAYS_PENALTY = 0.1
MAX_DISTINCT_VECTORS = 6000  # above this, a story's soft matches are computed pair by pair


def _ordinal(value: str) -> int | None:
    """The day number of an ISO date ("2026-03-04", "2026-03-04T06:00"), None if it is none."""
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _sides(s: Statement) -> frozenset[tuple[int, int]]:
    """Which sides of ``fr_compare.OPPOSITE_STATES`` a statement's lemmas give: (pair, side)."""
    terms = set(s.terms)
    return frozenset((n, k) for n, pair in enumerate(OPPOSITE_STATES) for k, side in enumerate(pair) if terms & side)


def opposite_states(a: Statement, b: Statement) -> bool:
    """Whether two statements give opposite states of one thing, one side each
    (``fr_compare.OPPOSITE_STATES``: closed or evacuated / reopened, arrested / released,
    convicted / acquitted, suspended / resumed): two moments of the story, not one fact, however
    alike their other words (« la gare a été évacuée » / « la gare a rouvert vers 13 heures »).
    Their closeness then makes one subject (``Similarity._blend`` gives no encoder boost) and the
    learned rescue does not read them (``rescued``). A statement that gives both sides of a pair
    tells both moments (« évacuée le matin, la gare a rouvert à 13 heures »): not apart."""
    sa, sb = _sides(a), _sides(b)
    if not (sa and sb):
        return False
    return any((n, 1 - k) in sb and (n, 1 - k) not in sa and (n, k) not in sb for n, k in sa)


def two_speakers(a: Statement, b: Statement) -> bool:
    """Whether two statements are two people's words: both hold a quotation, their speakers
    differ, and neither gives ``SHARED_QUOTE_WORDS`` words of its quotations in a row that the
    other has too, nor a quotation of that many words or more whose every word the other has (in
    another order: « que ce soit financièrement ou patrimonialement »). The same words quoted by
    two newsrooms are one person's, whoever each attributes them to: « qualités inverses de celles
    du président » is not two speakers' words because one outlet gives it to the one who said it
    and the other to the one it is about."""
    if not (a.quoted and b.quoted and a.speaker and b.speaker) or same_speaker(a.speaker, b.speaker):
        return False
    return not (_quoted_grams(a.text) & _grams(b.text) or _quoted_grams(b.text) & _grams(a.text) or shared_quotation(a.text, b.text)
                or any(q <= _words(b.text) for q in _quotations(a.text)) or any(q <= _words(a.text) for q in _quotations(b.text)))


SHARED_QUOTE_WORDS = 5
# of which at least this many content words (no function word, three letters or more): « il n'y a pas
# de quoi » is anyone's words, « ni en argent ni en biens » someone's
SHARED_QUOTE_CONTENT = 2
_WORD = re.compile(r"\w+")
_FUNCTION_WORDS = frozenset(text_key(w) for w in STOP_WORDS)


def _content(words: Sequence[str]) -> int:
    """How many distinct content words a run of folded words holds."""
    return len({w for w in words if len(w) > 2 and w not in _FUNCTION_WORDS})


@lru_cache(maxsize=50_000)
def _grams(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of ``SHARED_QUOTE_WORDS`` words (folded) of a text that hold at least
    ``SHARED_QUOTE_CONTENT`` content words."""
    w = _WORD.findall(text_key(text))
    n = SHARED_QUOTE_WORDS
    return frozenset(g for k in range(len(w) - n + 1) if _content(g := tuple(w[k:k + n])) >= SHARED_QUOTE_CONTENT)


SHORT_QUOTE_WORDS = (2, 12)  # a partial quotation (opening lower-case) of this many words...
SHORT_QUOTE_CONTENT = 2  # ...of which this many content words


@lru_cache(maxsize=50_000)
def _partial_quotations(text: str) -> tuple[tuple[str, ...], ...]:
    """The words (folded, in order) of each partial quotation of a text: a quotation that opens
    lower-case (a phrase quoted inside the writer's sentence, « qualifiant les faits d'une
    "particulière gravité" », not a title of a work nor a whole quoted sentence) of
    ``SHORT_QUOTE_WORDS`` words with ``SHORT_QUOTE_CONTENT`` content words."""
    out = []
    for q in _quoted(text):
        q = q.strip(" ,.;:!?…\u00a0")
        w = tuple(_WORD.findall(text_key(q)))
        if q[:1].islower() and SHORT_QUOTE_WORDS[0] <= len(w) <= SHORT_QUOTE_WORDS[1] and _content(w) >= SHORT_QUOTE_CONTENT:
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=50_000)
def _word_seq(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text_key(text)))


def _holds(seq: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(seq[k:k + n] == part for k in range(len(seq) - n + 1) if seq[k] == part[0])


def shared_quotation(a: str, b: str) -> bool:
    """Whether one text's partial quotation (``_partial_quotations``) stands word for word in the
    other, quoted or not: « un "bandit de grand chemin" » and « est un bandit de grand chemin »
    report one person's words."""
    return (any(_holds(_word_seq(b), q) for q in _partial_quotations(a))
            or any(_holds(_word_seq(a), q) for q in _partial_quotations(b)))


def _quoted(text: str) -> list[str]:
    """The words inside each pair of quotation marks of a text."""
    return [next(g for g in m.groups() if g is not None) for m in QUOTATION.finditer(text)]


@lru_cache(maxsize=50_000)
def _quoted_grams(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of ``SHARED_QUOTE_WORDS`` words (folded) inside the quotation marks of a text."""
    return frozenset().union(*(_grams(q) for q in _quoted(text)))


@lru_cache(maxsize=50_000)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text_key(text)))


@lru_cache(maxsize=50_000)
def _quotations(text: str) -> tuple[frozenset[str], ...]:
    """The words (folded) of each quotation of a text of at least ``SHARED_QUOTE_WORDS`` words, of
    which ``SHARED_QUOTE_CONTENT`` content words."""
    out = []
    for q in _quoted(text):
        w = _WORD.findall(text_key(q))
        if len(w) >= SHARED_QUOTE_WORDS and _content(w) >= SHARED_QUOTE_CONTENT:
            out.append(frozenset(w))
    return tuple(out)


def same_speaker(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two quotations' speakers (entity id, name) are one: the same entity; else the same
    last word of their names, or one name the other's with a spokesman's noun before it
    (« Orange » and « un porte-parole d'Orange »: a spokesman speaks for his body,
    ``fr_compare.SPOKESPERSON_NOUNS``; not « un concurrent d'Orange » and « Orange »)."""
    if a[0] and b[0]:
        return a[0] == b[0]
    na, nb = (a[1] or "").split(), (b[1] or "").split()
    if not (na and nb):
        return False
    if na[-1].casefold() == nb[-1].casefold():
        return True
    return _speaks_for(a[1] or "", b[1] or "") or _speaks_for(b[1] or "", a[1] or "")


def _speaks_for(spokesman: str, body: str) -> bool:
    """Whether a name is a spokesman's noun phrase for the other name: « un porte-parole d'Orange »
    for « Orange » (the body's words, all of them, after the noun and « de »)."""
    m = _SPOKESMAN.match(text_key(spokesman))
    if not m:
        return False
    rest = {w for w in _WORD.findall(m.group(1)) if len(w) > 2}
    own = {w for w in _WORD.findall(text_key(body)) if len(w) > 2}
    return bool(own) and own <= rest


_SPOKESMAN = re.compile(r"(?:(?:" + "|".join(SPOKESMAN_DETERMINERS) + r")\s*)?(?:"
                        + "|".join(re.escape(text_key(n)) for n in SPOKESPERSON_NOUNS)
                        + r")\s+(?:" + "|".join(SPOKESMAN_OF) + ")(.*)")


def same_value(a: Value, b: Value) -> bool | None:
    """Whether two values agree; None when they are not values of the same thing (another kind,
    another unit)."""
    if a.kind != b.kind:
        return None
    if a.kind == "date":
        da, db = str(a.value), str(b.value)
        short = min(len(da), len(db))
        if da[:short] == db[:short]:
            return True
        if "approx" in (a.bound, b.bound) and short == 10:  # a night is on two days
            return abs((date.fromisoformat(da[:10]) - date.fromisoformat(db[:10])).days) <= 1
        return False
    if a.kind == "place":  # two addresses: the same street, or another (whatever the kind of way)
        return str(a.value) == str(b.value) or _named_more_fully(a.text, b.text)
    if a.kind == "time":
        if "approx" in (a.bound, b.bound) or not all(any(c.isdigit() for c in t) for t in (a.text, b.text)):
            return None if a.value != b.value else True  # "dans la nuit", "vers 3 heures": not a clock reading to compare
        if "clock" in (a.unit, b.unit):  # one names no day: its day is a guess, only the clocks compare
            return str(a.value)[11:16] == str(b.value)[11:16]
        return a.value == b.value
    if a.kind == "duration" and a.unit != b.unit:  # how long it lasted, the span of a change: not one thing
        return None
    if a.kind == "number" and (a.unit or b.unit) and not (a.unit and b.unit and related(a.unit, b.unit) >= 0.75):
        return None
    x, y = float(a.value), float(b.value)
    if x == y:
        return True
    # "environ 1 500" is within a tenth; "un millier", in words, within a third
    tol = (0.35 if any(v.bound == "approx" and not any(c.isdigit() for c in v.text) for v in (a, b))
           else 0.1 if "approx" in (a.bound, b.bound) else 0.0)
    if abs(x - y) <= tol * max(x, y):
        return True
    for p, q in ((a, b), (b, a)):
        px, qy = float(p.value), float(q.value)
        if p.bound == "min" and qy >= px and q.bound != "max":
            return True
        if p.bound == "max" and qy <= px and q.bound != "min":
            return True
    return False


def _named_more_fully(a: str, b: str) -> bool:
    """Whether one street address (as written) is the other followed by the town or place it
    belongs to, after « de » and a capital (« parvis de Notre-Dame » and « parvis de Notre-Dame de
    Paris »): one place, named more fully by one outlet. Not a longer name (« rue Notre-Dame » and
    « rue Notre-Dame-des-Champs »)."""
    short, long = sorted((a.split(), b.split()), key=len)
    n = len(short)
    return (len(long) > n + 1 >= 3 and [text_key(w) for w in long[:n]] == [text_key(w) for w in short]
            and long[n] in DE_UNELIDED and long[n + 1][:1].isupper())


FIGURE_MIN = 10  # a figure from this up (or with decimals) is no small count that many sentences give


def distinctive(v: Value) -> bool:
    """A count no small number is (``FIGURE_MIN`` and up, or with decimals), in figures: a
    duration's as written (« 47 ans »)."""
    if v.kind == "number":
        return float(v.value) >= FIGURE_MIN or float(v.value) != int(float(v.value))
    digits = re.match(r"\D*(\d+)", v.text)
    return digits is not None and int(digits.group(1)) >= FIGURE_MIN


def same_figure(a: Sequence[Value], b: Sequence[Value]) -> bool:
    """Whether two statements give one distinctive figure exactly: the same count in one unit (or
    units news use for one another), qualified alike (« plus de 4 000 » twice, not « environ 4 000 »
    and « 4 000 »), not a small one (``FIGURE_MIN``), in a unit that is no span of time nor a
    multiplier (``GENERIC``: « dix ans » is an age, a sentence or a duration): « 165 hectares »,
    « 4,5 milliards d'euros »."""
    return any(x.kind == y.kind == "number" and x.unit and y.unit and x.unit not in GENERIC and y.unit not in GENERIC
               and x.bound == y.bound and float(x.value) == float(y.value)
               and distinctive(x) and same_value(x, y)
               for x in a for y in b)


def tells_one_thing(a: Statement, b: Statement) -> bool:
    """Whether two statements say one thing whatever else they say: they give one partial
    quotation word for word (``shared_quotation``) or one distinctive figure (``same_figure``)."""
    return shared_quotation(a.text, b.text) or (bool(a.values) and bool(b.values) and same_figure(a.values, b.values)
                                                 and not conflicts(a.values, b.values))


def other_figures(a: Sequence[Value], b: Sequence[Value]) -> bool:
    """Whether two statements give figures of one kind that differ and none in common, one of
    them giving several of that kind: a count of one unit, or a duration of one kind, in each that
    disagree (``same_value`` False), not the only figure of its kind in both, and no count or
    duration of one found in the other. News writing gives several figures of one kind about one
    story (a total and its parts, what was asked and what was lost): a sentence giving several of them and another whose figure none of them equals
    state two things more often than one figure two ways (« 4,5 milliards d'euros, dont 2,7
    milliards aux départements » / « 7,5 milliards d'euros de pertes »). A lone figure each is
    left to the contradiction check (« le site emploie 186 salariés » / « les 163 salariés du
    site »: one figure, disputed). A count with no unit (a rank, a score « 0-3 ») says nothing of
    what it counts, and one in a unit of time or a multiplier (``GENERIC``: « 94 ans » is an age,
    which identifies a person; « millions » says how big, not what) does not count either."""
    def lone(vs: Sequence[Value], v: Value) -> bool:
        return sum(1 for w in vs if w.kind == v.kind and w.unit == v.unit) == 1
    return not _shared_values(a, b) and any(
        x.kind in ("number", "duration") and x.unit not in GENERIC and y.unit not in GENERIC and same_value(x, y) is False
        and (x.kind == "duration" or (x.unit is not None and y.unit is not None)) and not (lone(a, x) and lone(b, y))
        for x in a for y in b)


def _shared_values(a: Sequence[Value], b: Sequence[Value]) -> int:
    """Figures and durations two statements share (a date is shared by half a story)."""
    return sum(1 for x in a if x.kind in ("number", "duration") and any(same_value(x, y) for y in b))


def conflicts(a: Sequence[Value], b: Sequence[Value]) -> list[tuple[Value, Value]]:
    """The values on which two statements of one fact disagree: values of the same kind and
    unit (or units news use for one another: "1 500 personnes", "1 200 habitants") that neither
    finds matched in the other."""
    left = [x for x in a if not any(same_value(x, y) for y in b)]
    right = [y for y in b if not any(same_value(x, y) for x in a)]
    out = []
    for x in left:
        for y in right:
            if same_value(x, y) is False:
                out.append((x, y))
    dates = [(x, y) for x, y in out if x.kind == "date"]
    if dates:  # two dates differ: only a contradiction at the same precision
        out = [(x, y) for x, y in out if x.kind != "date" or x.unit == y.unit]
    return out


CONTEXT_CHARS = 60  # the words this close to a value say what it measures


def _context(s: Statement, v: Value) -> list[str]:
    """The words about a value, but for its own unit and names (a name says who, not what)."""
    lo, hi = v.start - CONTEXT_CHARS, v.end + CONTEXT_CHARS
    return [t for t, p in zip(s.terms, s.positions, strict=False)
            if lo <= p < hi and not (v.start <= p < v.end) and not t.startswith("@") and t not in SAYING
            and t not in GENERIC and not (v.unit and related(t, str(v.unit)) >= 0.75)]


def _same_context(a: list[str], b: list[str], need: int = 1) -> bool:
    if not a or not b:
        return False
    hits = sum(1 for x in a if any(related(x, y) >= 0.75 for y in b))
    return hits >= need and hits / min(len(a), len(b)) >= 0.25


def _written_alike(a: str, b: str) -> bool:
    """Whether two values are written in the same words (case, accents and spaces aside)."""
    return _WORD.findall(text_key(a)) == _WORD.findall(text_key(b))


def disagreements(a: Statement, b: Statement, aligned: bool = False, same_fact: bool = False) -> list[tuple[Value, Value]]:
    # ``aligned``: the two statements are one fact beyond doubt (see ``STRONG``); ``same_fact``:
    # they were aligned as one fact
    """Where two statements give different values for the same thing: values that conflict
    (``conflicts``) and whose neighbouring words say what they measure alike ("la réunion a
    duré deux heures" and "une réunion d'une heure et demie"; not "depuis deux mois" and
    "quatre mois de crise"), or, in two statements aligned as one fact, the only value of its
    kind in each when it is a duration or a date ("les discussions doivent reprendre mardi 10
    mars", "elles doivent se retrouver le 11 mars")."""
    out = []
    for x, y in conflicts(a.values, b.values):
        if x.kind in ("date", "time") and _written_alike(x.text, y.text):
            continue  # « ce soir » in two outlets' words is no dispute: the two days are our reading of two publication dates
        # a lone duration each in two statements of one fact measures one thing; two dates
        # in one fact are more often two moments of it: those need their words to agree
        alone = (x.kind in ("duration", "date") and sum(v.kind == x.kind for v in a.values) == 1
                 and sum(v.kind == y.kind for v in b.values) == 1)
        # a date or a time is compared when two words about it agree (a story has many days)
        need = 2 if x.kind in ("date", "time") else 1
        # a lone figure each, of one unit (or a lone address each), in two statements of one
        # fact is one figure (one place) told twice ("le préjudice est estimé à 1,8 million d'euros", "leur valeur est estimée à
        # près de 3 millions d'euros")
        lone = (same_fact and (x.kind == "number" and bool(x.unit) or x.kind == "place")
                and sum(v.kind == x.kind for v in a.values) == 1 and sum(v.kind == y.kind for v in b.values) == 1)
        if (alone and aligned) or lone or _same_context(_context(a, x), _context(b, y), need):
            out.append((x, y))
    return out


def cluster(statements: Sequence[Statement], sim: np.ndarray, threshold: float = THRESHOLD,
            one_per_article: bool = False) -> list[list[int]]:
    """Average-linkage clusters of statements (the mean is over pairs of different articles:
    an article saying a thing in its title and again in its body says it once)."""
    n = len(statements)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    arts: dict[int, set[str]] = {i: {statements[i].article} for i in range(n)}
    art = np.array([statements[i].article for i in range(n)], dtype=object)
    where = list(range(n))
    pairs = np.argwhere(np.triu(sim, 1) >= threshold)
    order = sorted(((float(sim[i, j]), int(i), int(j)) for i, j in pairs), reverse=True)
    for _, i, j in order:
        ci, cj = where[i], where[j]
        if ci == cj or (one_per_article and arts[ci] & arts[cj]):
            continue
        mi, mj = members[ci], members[cj]
        block = sim[np.ix_(mi, mj)]
        cross = art[mi][:, None] != art[mj][None, :]
        if not cross.any() or float(block[cross].mean()) < threshold:
            continue
        members[ci] = mi + mj
        arts[ci] |= arts.pop(cj)
        for k in mj:
            where[k] = ci
        del members[cj]
    return sorted(members.values(), key=lambda m: min(m))


ATTACH_MARGIN = 0.1


def attachments(statements: Sequence[Statement], sim: np.ndarray, clusters: list[list[int]],
                threshold: float = THRESHOLD, margin: float = ATTACH_MARGIN,
                independent: Callable[[Sequence[str]], int] | None = None) -> list[list[int]]:
    """For each fact, the headlines, standfirst sentences and ledes of other facts that also state
    it: they sum up several facts, and support each fact whose statements of other articles they
    match, on average, as well as those match one another. They count as
    support, not as versions of the fact's values. A fact that two sources tell and whose
    statements hold another article's standfirst or lede (the first sentence of its body) is the
    story's main fact as that article sums it up: a headline alike each of its statements of other
    articles at the threshold states it too (« Démission surprise du maire de Brest » beside « Le
    maire de Brest démissionne, deux ans avant la fin de son mandat » and the body sentence that
    tells it), however many other facts that headline also states. Another article's title is no
    such anchor: two titles share the story's subject words whatever fact each tells. Two sources
    are independent ones (``independent``: how many a set of articles makes, one outlet's articles
    and copies of one dispatch counted once; without it, each article is one). A pair the learned
    rescue raised to the threshold itself counts as alike at it (the learned scorer judged it
    one claim; CHANGELOG, session 18). Beside them, the body sentences that tell a second fact
    (``second_facts``)."""
    out: list[list[int]] = [[] for _ in clusters]
    # a headline, a standfirst or a lede (the first sentence of the body, who did what, where and
    # when) sums up several facts; any other body sentence is placed once
    ledes = first_sentences(statements)
    heads = np.array([i for i in range(len(statements)) if sums_up(statements, i, ledes)], dtype=np.intp)
    if not len(heads):
        return _with_second_facts(out, statements, sim, clusters, threshold)
    art = np.array([s.article for s in statements], dtype=object)
    # the sentences that tell an article's main fact: its standfirst and its lede (a title, a few
    # words of the story's subject, may match another title on those words alone)
    summary = np.array([s.field == "lead" for s in statements], dtype=bool)
    summary[list(ledes)] = True
    for n_c, c in enumerate(clusters):
        members = np.array(c, dtype=np.intp)
        block = sim[np.ix_(heads, members)]
        other = art[heads][:, None] != art[members][None, :]
        count = other.sum(axis=1)
        mean = np.where(other, block, 0.0).sum(axis=1) / np.maximum(count, 1)
        low = np.where(other, block, np.inf).min(axis=1)
        ok = (count > 0) & (mean >= threshold + margin) & (low >= threshold - 2 * margin)
        told = [str(a) for a in dict.fromkeys(art[members])]
        if (independent(told) if independent is not None else len(told)) >= 2:
            ok |= (count > 0) & (low >= threshold) & (other & summary[members][None, :]).any(axis=1)
        out[n_c] = [int(i) for i in heads[ok & ~np.isin(heads, members)]]
    return _with_second_facts(out, statements, sim, clusters, threshold)


def _with_second_facts(out: list[list[int]], statements: Sequence[Statement], sim: np.ndarray,
                       clusters: list[list[int]], threshold: float) -> list[list[int]]:
    """``out`` (each fact's attached statements) with ``second_facts`` added."""
    for n_c, more in enumerate(second_facts(statements, sim, clusters, threshold)):
        out[n_c] += [i for i in more if i not in out[n_c]]
    return out


def second_facts(statements: Sequence[Statement], sim: np.ndarray, clusters: list[list[int]],
                 threshold: float = THRESHOLD) -> list[list[int]]:
    """For each fact, the statements of other facts that tell it too, one more fact of a sentence
    that tells several (« Le feu a détruit 165 hectares et trois maisons, a dit le maire » beside
    « 165 hectares sont partis en fumée » and « Trois maisons ont brûlé »): each statement of the
    fact from another article is shorter (in content words: the longer sentence is the one that
    tells several facts; a short one alike a long one on one of its facts does not tell the
    other) and alike that statement at the threshold, and gives one thing with it whatever else they
    say (``_one_thing_named``: one partial quotation word for word, or one distinctive figure in
    one unit that names what it counts), and no value of one conflicts with the other's
    (``conflicts``). The cross-check then checks each support against the fact's shown statement
    as any other (``report._checked``)."""
    out: list[list[int]] = [[] for _ in clusters]
    art = [s.article for s in statements]
    for n_c, c in enumerate(clusters):
        alike = (sim[:, np.array(c, dtype=np.intp)] >= threshold).any(axis=1)
        for x in np.nonzero(alike)[0]:
            i = int(x)
            others = [k for k in c if art[k] != art[i]]
            if i in c or not others:
                continue
            if all(float(sim[i, k]) >= threshold and len(statements[i].terms) > len(statements[k].terms)
                   and _one_thing_named(statements[i], statements[k])
                   and not conflicts(statements[i].values, statements[k].values) for k in others):
                out[n_c].append(i)
    return out


def _one_thing_named(a: Statement, b: Statement) -> bool:
    """``tells_one_thing`` with the figures that name what they count: a bare percentage
    (« 42 % des personnes interrogées », « 42 % des Français ») says how large a share is, not of
    what (the predicate says it, and a poll gives a dozen shares, which meet by chance)."""
    named = [tuple(v for v in s.values if v.unit != "%") for s in (a, b)]
    return shared_quotation(a.text, b.text) or (bool(named[0]) and bool(named[1]) and same_figure(named[0], named[1])
                                               and not conflicts(a.values, b.values))


def first_sentences(statements: Sequence[Statement]) -> set[int]:
    """Each article's lede: its first statement of the body."""
    first: dict[str, int] = {}
    for i, s in enumerate(statements):
        k = first.get(s.article)
        if s.field == "body" and (k is None or (s.order, s.start) < (statements[k].order, statements[k].start)):
            first[s.article] = i
    return set(first.values())


def sums_up(statements: Sequence[Statement], i: int, ledes: set[int]) -> bool:
    """Whether statement ``i`` is a headline, a standfirst sentence or a lede (``ledes``, from
    ``first_sentences``): a sentence that sums up several facts of its story."""
    return statements[i].field != "body" or i in ledes


STRONG = 0.1  # above the threshold by this much, two statements are one fact beyond doubt
CONFLICT_FLOOR = 0.3  # two facts this close that disagree on a value are one contradicted fact


def merge_conflicting(statements: Sequence[Statement], sim: np.ndarray, clusters: list[list[int]],
                      independent: Callable[[str, str], bool], floor: float = CONFLICT_FLOOR) -> list[list[int]]:
    """Join facts that are one fact told with two values: the 1 500 evacuees of one outlet and
    the 1 200 of another make their statements less alike than two agreeing ones, so clustering
    may leave them apart; close enough and disagreeing on a value of the same kind and unit,
    they are one contradicted fact. When the two facts share an article (so cannot be one), the
    disagreeing statement is also counted in the other fact, where it stands as the other
    version. ``independent(a, b)``: whether two articles are independent sources (an outlet
    giving two values, or a copy, has updated itself: no contradiction)."""
    clusters = [list(c) for c in clusters]
    where = {i: n for n, c in enumerate(clusters) for i in c}
    pairs = []
    valued = np.array([any(v.kind in ("number", "duration") for v in s.values) for s in statements], dtype=bool)
    close = np.triu(sim >= floor, 1) & valued[:, None] & valued[None, :]  # only figures and durations join facts
    for i, j in zip(*np.nonzero(close), strict=True):
        i, j = int(i), int(j)
        if where[i] == where[j] or not independent(statements[i].article, statements[j].article):
            continue
        if _decisive(disagreements(statements[i], statements[j]), float(sim[i, j]), floor):
            pairs.append((float(sim[i, j]), i, j))
    dead: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        ci, cj = where[i], where[j]
        if ci == cj or ci in dead or cj in dead:
            continue
        if not ({statements[k].article for k in clusters[ci]} & {statements[k].article for k in clusters[cj]}):
            clusters[ci] += clusters[cj]
            for k in clusters[cj]:
                where[k] = ci
            clusters[cj] = []
            dead.add(cj)
        else:  # the bigger fact shows the other version too
            big, other = (ci, j) if len(clusters[ci]) >= len(clusters[cj]) else (cj, i)
            if other not in clusters[big]:
                clusters[big].append(other)
    return [c for c in clusters if c]


def _decisive(found: list[tuple[Value, Value]], similarity: float, floor: float) -> bool:
    """A disagreement that makes two facts one: on a figure with its unit, or a duration, from
    ``floor`` up. Dates and times are compared only within a fact (two dates in two sentences
    are more often two events than one event told two ways)."""
    return any(similarity >= floor for x, _ in found if x.kind in ("number", "duration"))


# -- a learned second look at near misses (bench/train_pair_scorer.py) ---------------------------

PAIR_FEATURES = (
    "score", "cover_min", "cover_max", "words_min", "words_max", "vector", "semantic",
    "values_shared", "values_conflict", "entities_shared", "titles", "leads", "both_body",
    "len_min", "len_max", "apart", "clause_semantic",
    # what the shorter statement (a headline or standfirst against a body sentence) has in the longer
    # (``Similarity.shorter_cover``): read by no shipped model yet
    "short_cover", "short_words", "short_content", "short_names", "head_body",
)
SCORER_PATH = Path(__file__).with_name("pair_scorer.json")
VETO_PATH = Path(__file__).with_name("pair_veto.json")
VETO_DROP = 0.05  # a pair the veto finds unlike is put this far below the threshold: a near miss


def pair_features(sim: Similarity, i: int, j: int, score: float | None = None) -> list[float]:
    """What a learned scorer reads of statements i and j (``PAIR_FEATURES``, symmetric in i and j):
    the hand score, lexical coverage of each by the other (vectors and concepts; the same words
    only), the cosines of mean word vectors and of sentence vectors, values shared and in
    conflict, entities shared, which fields they come from, their lengths in terms, whether
    they name different days or are two speakers' words, and the sentence encoder's cosine of one
    and the best clause of the other (``Similarity.clause_semantic``); what the shorter of the two (a
    headline or standfirst against a body sentence) has in the longer (``Similarity.shorter_cover``)."""
    a, b = sim.st[i], sim.st[j]
    ab, ba = sim.coverage(i, j)
    wa, wb = sim.same_words(i, j)
    sem = float(sim.semantic[i] @ sim.semantic[j]) if sim.semantic is not None else 0.0
    ea, eb = set(a.entities), set(b.entities)
    da, db = sim._days[i], sim._days[j]
    apart = (len(da) and len(db) and int(np.abs(da[:, None] - db[None, :]).min()) > 1) or (
        two_speakers(a, b))
    short = sim.shorter_cover(i, j, (ab, ba), (wa, wb))
    return [
        sim.score(i, j) if score is None else score, min(ab, ba), max(ab, ba), min(wa, wb), max(wa, wb),
        float(sim.mean[i] @ sim.mean[j]), sem,
        min(3, _shared_values(a.values, b.values)), min(3, len(conflicts(a.values, b.values))),
        len(ea & eb) / max(1, min(len(ea), len(eb))) if ea and eb else 0.0,
        float((a.field == "title") + (b.field == "title")), float((a.field == "lead") + (b.field == "lead")),
        float(a.field == "body" and b.field == "body"),
        math.log1p(min(len(a.terms), len(b.terms))), math.log1p(max(len(a.terms), len(b.terms))),
        float(bool(apart)), sim.clause_semantic(i, j),
        short["cover"], short["words"], short["content"], short["names"],
        float((a.field != "body") != (b.field != "body")),
    ]


@dataclass(frozen=True)
class PairScorer:
    """A logistic regression over ``pair_features`` (standardised), trained on pairs-dev's gold
    (bench/train_pair_scorer.py): the probability that two statements of different articles
    say one claim. As a rescue (``rescued``), a pair whose hand score lies in [``floor``,
    threshold) counts as saying one claim when its probability reaches ``cut``; as a veto
    (``vetoed``, ``top`` set), a pair whose hand score lies in [``floor``, ``top``) does not when
    its probability is below ``cut``."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    floor: float
    cut: float
    top: float | None = None  # the band of hand scores it reads is [floor, top) (None: up to the threshold)

    @classmethod
    def load(cls, path: Path = SCORER_PATH) -> PairScorer | None:
        if not path.exists():
            return None
        d = json.loads(path.read_text("utf-8"))
        return cls(tuple(d["features"]), np.array(d["mean"]), np.array(d["scale"]), np.array(d["coef"]),
                   float(d["intercept"]), float(d["floor"]), float(d["cut"]),
                   float(d["top"]) if d.get("top") is not None else None)

    def probability(self, rows: np.ndarray) -> np.ndarray:
        cols = [PAIR_FEATURES.index(f) for f in self.features]
        z = ((rows[:, cols] - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def pair_scorer() -> PairScorer | None:
    """The pair scorer the repository holds (``SCORER_PATH``), read once; None when there is none."""
    return PairScorer.load()


@lru_cache(maxsize=1)
def pair_veto() -> PairScorer | None:
    """The veto the repository holds (``VETO_PATH``), read once; None when there is none."""
    return PairScorer.load(VETO_PATH)


def near_misses(sim: Similarity, matrix: np.ndarray, floor: float, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (i < j) of statements of different articles whose score lies in [floor, threshold)."""
    arts = np.array([s.article for s in sim.st], dtype=object)
    ii, jj = np.nonzero(np.triu((matrix >= floor) & (matrix < threshold), 1) & (arts[:, None] != arts[None, :]))
    return ii, jj


def rescued(sim: Similarity, matrix: np.ndarray, scorer: PairScorer, threshold: float,
            encode: Callable[[Sequence[str]], np.ndarray] | None = None) -> np.ndarray:
    """``matrix`` with the pairs of different articles that the scorer finds alike enough raised
    to ``threshold`` (each such pair itself, not through neighbours). ``encode``: texts to unit
    sentence vectors, for the clauses of the near misses' statements when the scorer reads
    ``clause_semantic`` (without it, that feature is the cosine of the whole statements)."""
    ii, jj = near_misses(sim, matrix, scorer.floor, threshold)
    if not len(ii):
        return matrix
    if encode is not None and "clause_semantic" in scorer.features:
        sim.encode_clauses(sorted({int(k) for k in ii} | {int(k) for k in jj}), encode)
    rows = np.array([pair_features(sim, int(i), int(j), float(matrix[i, j])) for i, j in zip(ii, jj, strict=True)])
    # two moments of one thing (``opposite_states``) are not one claim, however close their meanings
    moments = np.array([opposite_states(sim.st[int(i)], sim.st[int(j)]) for i, j in zip(ii, jj, strict=True)])
    ok = (scorer.probability(rows) >= scorer.cut) & ~moments
    out = matrix.astype(np.float64)  # float64, as Similarity.matrix gives it: raised to the threshold itself
    out[ii[ok], jj[ok]] = threshold
    out[jj[ok], ii[ok]] = threshold
    return out


def vetoed(sim: Similarity, raw: np.ndarray, matrix: np.ndarray, veto: PairScorer, threshold: float,
           encode: Callable[[Sequence[str]], np.ndarray] | None = None) -> np.ndarray:
    """``matrix`` with the pairs of different articles whose hand score (``raw``, before any
    rescue) lies in [``veto.floor``, ``veto.top``), just above the threshold, and whose
    probability of saying one claim the veto puts below ``veto.cut`` lowered to ``VETO_DROP``
    under the threshold: alike by their words, but most such pairs say two things about one
    subject (a veto trained on pairs-dev, bench/train_pair_scorer.py --veto). Each pair is judged
    by itself; ``encode`` as for ``rescued``."""
    ii, jj = near_misses(sim, raw, veto.floor, veto.top if veto.top is not None else threshold)
    if not len(ii):
        return matrix
    if encode is not None and "clause_semantic" in veto.features:
        sim.encode_clauses(sorted({int(k) for k in ii} | {int(k) for k in jj}), encode)
    rows = np.array([pair_features(sim, int(i), int(j), float(raw[i, j])) for i, j in zip(ii, jj, strict=True)])
    # two statements that give two values for one thing are left to the contradiction check:
    # the veto says whether two statements say one claim, not whether they agree on it
    agree = np.array([not conflicts(sim.st[int(i)].values, sim.st[int(j)].values) for i, j in zip(ii, jj, strict=True)])
    # two statements that say one thing whatever else they say (``Similarity.sure``) are not the veto's to judge
    sure = np.array([sim.sure(int(i), int(j)) for i, j in zip(ii, jj, strict=True)])
    off = (veto.probability(rows) < veto.cut) & agree & ~sure
    out = matrix.astype(np.float64)
    out[ii[off], jj[off]] = threshold - VETO_DROP
    out[jj[off], ii[off]] = threshold - VETO_DROP
    return out
