"""Stage 5b: which statements of different articles report the same fact, and where two that do
disagree on a value.

Similarity of two statements is a soft overlap of their content lemmas, each weighted by how
rare it is in the story (a word every article repeats, the story's subject, tells facts apart
less than a rare one) and matched exactly or, failing that, to its nearest word by vector
(``entretien`` ~ ``appel``), blended with the cosine of their weighted mean vectors, raised when
they give the same values and lowered when their quotations have different speakers. Figures
are not words here: "1 500 évacués" and "1 200 évacués" are the same fact with two values, which
is what a contradiction is.

Facts are formed by average-linkage clustering over those similarities, at most one statement
per article in a fact (an article that says a thing twice still says it once).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .lang.fr_compare import GENERIC, SAYING, SYNONYMS
from .models import Statement, Value

SOFT_FLOOR = 0.4  # word vectors closer than this count as a partial match (unrelated words: median 0.15, 95th percentile 0.38)
THRESHOLD = 0.42  # mean similarity for statements to be one fact
LEX_WEIGHT = 0.7


@dataclass(frozen=True, slots=True)
class Params:
    threshold: float = THRESHOLD
    soft_floor: float = SOFT_FLOOR
    lex_weight: float = LEX_WEIGHT


_SYN: dict[str, set[int]] = {}
for _n, _group in enumerate(SYNONYMS):
    for _w in _group:
        _SYN.setdefault(_w, set()).add(_n)


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
    def __init__(self, statements: Sequence[Statement], params: Params = Params()) -> None:
        self.st = list(statements)
        self.params = params
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

    def coverage(self, i: int, j: int) -> tuple[float, float]:
        """How much of i's weighted lemmas j matches, and of j's that i matches."""
        a, b = self.st[i], self.st[j]
        wa, wb = self._w[i], self._w[j]
        if not len(a.terms) or not len(b.terms) or wa.sum() == 0 or wb.sum() == 0:
            return 0.0, 0.0
        exact = np.array([[related(ta, tb) for tb in b.terms] for ta in a.terms], dtype=np.float32)
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

    def _soft(self, i: int, j: int) -> float:
        ab, ba = self.coverage(i, j)
        return math.sqrt(ab * ba) * 0.6 + max(ab, ba) * 0.4

    def vector(self, i: int, j: int) -> float:
        return max(0.0, (float(self.mean[i] @ self.mean[j]) - 0.5) / 0.5)

    def score(self, i: int, j: int) -> float:
        a, b = self.st[i], self.st[j]
        lex = self._soft(i, j)
        s = self.params.lex_weight * lex + (1 - self.params.lex_weight) * self.vector(i, j)
        shared = _shared_values(a.values, b.values)
        s += min(0.15, 0.08 * shared)
        if a.quoted and b.quoted and a.speaker and b.speaker and not _same_speaker(a.speaker, b.speaker):
            s -= 0.2  # two people's words are two facts
        return s

    def matrix(self) -> np.ndarray:
        """Similarities of every pair of statements of different articles (0 within an article)."""
        n = len(self.st)
        out = np.zeros((n, n), dtype=np.float32)
        quick = self.mean @ self.mean.T
        sets = [set(s.terms) for s in self.st]
        for i in range(n):
            for j in range(i + 1, n):
                if self.st[i].article == self.st[j].article:
                    continue
                if quick[i, j] < 0.55 and not (sets[i] & sets[j]):
                    continue
                out[i, j] = out[j, i] = self.score(i, j)
        return out


def _same_speaker(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    if a[0] and b[0]:
        return a[0] == b[0]
    na, nb = (a[1] or "").split(), (b[1] or "").split()
    return bool(na and nb and na[-1].casefold() == nb[-1].casefold())


def same_value(a: Value, b: Value) -> bool | None:
    """Whether two values agree; None when they are not values of the same thing (another kind,
    another unit)."""
    if a.kind != b.kind:
        return None
    if a.kind == "date":
        x, y = str(a.value), str(b.value)
        short = min(len(x), len(y))
        return x[:short] == y[:short]
    if a.kind == "time":
        if "approx" in (a.bound, b.bound) or not any(c.isdigit() for c in a.text + b.text):
            return None if a.value != b.value else True  # "dans la nuit", "vers 3 heures": not a clock reading to compare
        return a.value == b.value
    if a.kind == "number" and (a.unit or b.unit) and not (a.unit and b.unit and related(a.unit, b.unit) >= 0.75):
        return None
    x, y = float(a.value), float(b.value)
    if x == y:
        return True
    tol = 0.1 if "approx" in (a.bound, b.bound) else 0.0
    if abs(x - y) <= tol * max(x, y):
        return True
    for p, q in ((a, b), (b, a)):
        px, qy = float(p.value), float(q.value)
        if p.bound == "min" and qy >= px and q.bound != "max":
            return True
        if p.bound == "max" and qy <= px and q.bound != "min":
            return True
    return False


def _shared_values(a: Sequence[Value], b: Sequence[Value]) -> int:
    return sum(1 for x in a if any(same_value(x, y) for y in b))


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


def cluster(statements: Sequence[Statement], sim: np.ndarray, threshold: float = THRESHOLD) -> list[list[int]]:
    """Average-linkage clusters of statements, at most one statement per article in each."""
    n = len(statements)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    arts: dict[int, set[str]] = {i: {statements[i].article} for i in range(n)}
    where = list(range(n))
    pairs = np.argwhere(np.triu(sim, 1) >= threshold)
    order = sorted(((float(sim[i, j]), int(i), int(j)) for i, j in pairs), reverse=True)
    for _, i, j in order:
        ci, cj = where[i], where[j]
        if ci == cj or arts[ci] & arts[cj]:
            continue
        mi, mj = members[ci], members[cj]
        mean = float(sim[np.ix_(mi, mj)].mean())
        if mean < threshold:
            continue
        members[ci] = mi + mj
        arts[ci] |= arts.pop(cj)
        for k in mj:
            where[k] = ci
        del members[cj]
    return sorted(members.values(), key=lambda m: min(m))


CONFLICT_FLOOR = 0.3  # two facts this close that disagree on a value are one contradicted fact


def merge_conflicting(statements: Sequence[Statement], sim: np.ndarray, clusters: list[list[int]],
                      copy_group: dict[str, str], floor: float = CONFLICT_FLOOR) -> list[list[int]]:
    """Join facts that are one fact told with two values: the 1 500 evacuees of one outlet and
    the 1 200 of another make their statements less alike than two agreeing ones, so clustering
    may leave them apart; close enough and disagreeing on a value of the same kind and unit,
    they are one contradicted fact."""
    clusters = [list(c) for c in clusters]
    merged = True
    while merged:
        merged = False
        best = None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                cx, cy = clusters[x], clusters[y]
                if {statements[i].article for i in cx} & {statements[j].article for j in cy}:
                    continue
                block = sim[np.ix_(cx, cy)]
                top = float(block.max())
                if top < floor or (best and top <= best[0]):
                    continue
                if any(_decisive(conflicts(statements[i].values, statements[j].values), float(sim[i, j]), floor)
                       for i in cx for j in cy if copy_group[statements[i].article] != copy_group[statements[j].article]):
                    best = (top, x, y)
        if best:
            _, x, y = best
            clusters[x] = clusters[x] + clusters.pop(y)
            merged = True
    return clusters


def _decisive(found: list[tuple[Value, Value]], similarity: float, floor: float) -> bool:
    """A disagreement that makes two facts one: on a figure with its unit from ``floor`` up; on
    a date or time only between closer statements (two dates in two sentences are more often
    two events than one event told two ways)."""
    return any(similarity >= (floor if x.kind in ("number", "duration") else floor + 0.12) for x, _ in found)
