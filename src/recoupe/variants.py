"""Stage 5c: one quotation as each outlet rendered it.

Quotations of a story's articles are grouped when their speakers are the same person (or one is
unknown and the words are nearly the same) and their words say the same thing: a soft overlap of
lemmas and word vectors, as for statements, or one being an extract of the other (a partial
quote). Each group lists its variants with a word-by-word diff: the runs of words a variant
shares with another variant, and the words it alone has.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from .align import Similarity, _same_speaker
from .models import Article, Quote, Statement, Variant
from .statements import fold

QUOTE_THRESHOLD = 0.45
_WORD = re.compile(r"\w+(?:[’']\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Quoted:
    article: Article
    quote: Quote
    statement: Statement  # the quotation's own words as a statement (lemmas, vectors)


def group(items: Sequence[Quoted], threshold: float = QUOTE_THRESHOLD) -> list[list[int]]:
    """Groups of quotations (indexes) that are one statement of one speaker."""
    if not items:
        return []
    sim = Similarity([q.statement for q in items])
    n = len(items)
    score = np.zeros((n, n), dtype=np.float32)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = items[i], items[j]
            if a.article.id == b.article.id:
                continue
            sa = (a.quote.speaker_entity, a.quote.speaker_name)
            sb = (b.quote.speaker_entity, b.quote.speaker_name)
            known = any(sa) and any(sb)
            if known and not _same_speaker(sa, sb):
                continue
            ta, tb = fold(a.quote.text), fold(b.quote.text)
            extract = fuzz.partial_ratio(ta, tb) / 100 if min(len(ta), len(tb)) >= 12 else 0.0
            ab, ba = sim.coverage(i, j)
            short = ab if len(a.statement.terms) <= len(b.statement.terms) else ba
            lex = 0.7 * short + 0.3 * (ab * ba) ** 0.5 if min(len(a.statement.terms), len(b.statement.terms)) >= 2 else (ab * ba) ** 0.5
            s = 0.7 * lex + 0.3 * sim.vector(i, j)
            if _channel(a.quote.channel) and _channel(a.quote.channel) == _channel(b.quote.channel):
                s += 0.12  # the same words of one person posted or said in one place
            s = max(s, 0.95 if extract >= 0.9 else 0.0)
            if not known and s < 0.7:
                continue  # an unattributed quotation joins only on near-identical words
            score[i, j] = score[j, i] = s
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members = {i: [i] for i in range(n)}
    pairs = sorted(((float(score[i, j]), i, j) for i in range(n) for j in range(i + 1, n) if score[i, j] >= threshold), reverse=True)
    for _, i, j in pairs:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        arts_i = {items[k].article.id for k in members[ri]}
        arts_j = {items[k].article.id for k in members[rj]}
        if arts_i & arts_j:
            continue
        if float(score[np.ix_(members[ri], members[rj])].mean()) < threshold * 0.8:
            continue
        parent[rj] = ri
        members[ri] += members.pop(rj)
    return sorted(members.values(), key=lambda m: min(m))


def _channel(text: str | None) -> str | None:
    """Where a quotation was said or posted, as a key: the name that ends the channel ("sur la
    plateforme X" and "sur X" are one place), or its last word ("dans un communiqué")."""
    if not text:
        return None
    words = text.replace("’", " ").replace("'", " ").split()
    names = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        names.insert(0, w)
    return fold(" ".join(names or words[-1:]))


def word_diff(text: str, others: Sequence[str]) -> tuple[tuple[str, bool], ...]:
    """``text`` cut into runs: (run, True) for words that line up with a run of another
    variant, (run, False) for the words only this variant has. Case, accents and apostrophes
    are folded for the comparison; the runs keep the text as written."""
    toks = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    keys = [fold(text[s:e]) for s, e in toks]
    same = [False] * len(toks)
    for other in others:
        okeys = [fold(m.group()) for m in _WORD.finditer(other)]
        sm = difflib.SequenceMatcher(a=keys, b=okeys, autojunk=False)
        for block in sm.get_matching_blocks():
            for k in range(block.a, block.a + block.size):
                same[k] = True
    for k, key in enumerate(keys):  # punctuation follows the word before it
        if not key[0].isalnum() and k:
            same[k] = same[k - 1]
    runs: list[tuple[str, bool]] = []
    pos = 0
    for (_s, e), flag in zip(toks, same, strict=True):
        piece = text[pos:e]
        if runs and runs[-1][1] == flag:
            runs[-1] = (runs[-1][0] + piece, flag)
        else:
            runs.append((piece, flag))
        pos = e
    if pos < len(text):
        if runs:
            runs[-1] = (runs[-1][0] + text[pos:], runs[-1][1])
        else:
            runs.append((text[pos:], True))
    return tuple(runs)


def variants(items: Sequence[Quoted], members: Sequence[int], outlet: Callable[[Article], str | None]) -> tuple[Variant, ...]:
    texts = [items[k].quote.text for k in members]
    out = []
    for n, k in enumerate(members):
        q = items[k].quote
        others = [t for m, t in enumerate(texts) if m != n]
        out.append(Variant(
            article=items[k].article.id, source=outlet(items[k].article), text=q.text, channel=q.channel,
            kind=q.kind, diff=word_diff(q.text, others) if others else ((q.text, True),),
        ))
    return tuple(out)
