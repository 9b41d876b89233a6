"""Stage 5c: one quotation as each outlet rendered it.

Quotations of a story's articles are grouped when their speakers are the same person (or one is
unknown and the words are nearly the same) and their words say the same thing: a soft overlap of
lemmas and word vectors, as for statements, or one being an extract of the other (a partial
quote). The sentence encoder (``enrich.semantic``) tells the meaning where the words differ: a
quotation translated twice shares few words and one meaning, and one official's different
statements of a day share his words and not their meaning. Each group lists its variants with a word-by-word diff: the runs of words a variant
shares with another variant, and the words it alone has.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from rapidfuzz import fuzz

from recoupe.crosscheck.align import Similarity, same_speaker
from recoupe.crosscheck.statements import sentence_spans
from recoupe.crosscheck.types import Statement, Variant
from recoupe.enrich.semantic import encoder
from recoupe.lang.fr_statements import DESCRIPTION_ARTICLES
from recoupe.models import Article, Quote
from recoupe.normalise import text_key

QUOTE_THRESHOLD = 0.45
SAME_SPEAKER_BONUS = 0.1
SHARED_WORDS = 0.25  # of the weight of one rendering's words, what the other must have (same word, family or synonym)
SEM_APART = 0.4  # below this cosine two quotations say different things, whatever words they share
SEM_WORDS = 5  # content words each quotation must have for the encoder to tell them apart
SEM_SAME = 0.75  # from this cosine two quotations say one thing in other words (a translation), shared words or not
_WORD = re.compile(r"\w+(?:[’']\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Quoted:
    article: Article
    quote: Quote
    statement: Statement  # the quotation's own words as a statement (lemmas, vectors)


def group(items: Sequence[Quoted], threshold: float = QUOTE_THRESHOLD, *, semantic: bool = True,
          vectors: Sequence[np.ndarray] | None = None) -> list[list[int]]:
    """Groups of quotations (indexes) that are one statement of one speaker: rendered in
    articles published within ``DAYS_APART`` of each other (a speaker's words of another day
    are another statement, unless quoted word for word), giving the same figures if both give
    some, and meaning the same by the sentence encoder (the closest of their sentences).
    ``vectors``: per quotation, the unit vectors of its sentences (default:
    ``sentence_vectors``, through ``enrich.semantic.encoder()``); ``semantic=False``: words
    alone."""
    if not items:
        return []
    sem = None
    if semantic:
        sem = vectors if vectors is not None else sentence_vectors([q.quote.text for q in items])
    sim = Similarity([q.statement for q in items])
    n = len(items)
    score = np.zeros((n, n), dtype=np.float32)
    keys = [text_key(q.quote.text) for q in items]
    speakers = [(q.quote.speaker_entity, q.quote.speaker_name) for q in items]
    named = [_is_name(sp[1]) for sp in speakers]
    days = [_day(q.article) for q in items]
    arts = [q.article.id for q in items]
    sizes = [len(q.statement.terms) for q in items]
    channels = [_channel(q.quote.channel) for q in items]
    figures = [tuple(re.findall(r"\d+", k)) for k in keys]
    for i in range(n):
        for j in range(i + 1, n):
            if arts[i] == arts[j]:
                continue
            sa, sb = speakers[i], speakers[j]
            known = bool(sa[0] and sb[0])  # both resolved to an entity: "l'élue" alone says little
            if (known or (sa[0] or sb[0]) and named[i] and named[j]) and not same_speaker(sa, sb):
                continue
            ta, tb = keys[i], keys[j]
            extract = fuzz.partial_ratio(ta, tb, score_cutoff=90) / 100 if min(len(ta), len(tb)) >= 12 else 0.0
            di, dj = days[i], days[j]
            if di is not None and dj is not None and abs(di - dj) > DAYS_APART and (extract < 0.9 or figures[i] != figures[j]):
                continue  # one person's words of two days are two statements (unless quoted again word for word)
            cos = float((sem[i] @ sem[j].T).max()) if sem is not None else None
            if extract < 0.9:
                if figures[i] and figures[j] and not set(figures[i]) & set(figures[j]):
                    continue  # "83 décès", "107 décès": two statements (a partial quote shares one figure at least)
                if cos is not None and cos < SEM_APART and min(sizes[i], sizes[j]) >= SEM_WORDS:
                    continue  # the same words saying different things (a few quoted words are not read so)
                if max(sim.same_words(i, j)) < SHARED_WORDS and (cos is None or cos < SEM_SAME):
                    continue  # two renderings of one statement share a word, a family or a synonym (or, translated, their meaning)
            ab, ba = sim.coverage(i, j)
            short = ab if sizes[i] <= sizes[j] else ba
            lex = 0.7 * short + 0.3 * (ab * ba) ** 0.5 if min(sizes[i], sizes[j]) >= 2 else (ab * ba) ** 0.5
            s = 0.7 * lex + 0.3 * sim.vector(i, j)
            if cos is not None and cos >= SEM_SAME:
                s = max(s, cos)  # one meaning in other words: the words' score says too little
            if channels[i] and channels[i] == channels[j]:
                s += 0.12  # the same words of one person posted or said in one place
            s = max(s, 0.95 if extract >= 0.9 else 0.0)
            if not known and s < 0.7:
                continue  # an unattributed quotation joins only on near-identical words
            if known:  # one person, one story: two renderings of one statement share less
                s += SAME_SPEAKER_BONUS
            score[i, j] = score[j, i] = s
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members = {i: [i] for i in range(n)}
    # direct quotations first: the words themselves tell best which renderings are one statement;
    # reported speech joins the groups they form
    pairs = sorted(((items[i].quote.kind == "direct" and items[j].quote.kind == "direct", float(score[i, j]), i, j)
                    for i in range(n) for j in range(i + 1, n) if score[i, j] >= threshold), reverse=True)
    for _, _, i, j in pairs:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        if _overlap(items, members[ri], members[rj]):
            continue  # one article's words can be one variant once
        cross = [score[x, y] for x in members[ri] for y in members[rj] if items[x].article.id != items[y].article.id]
        if not cross or float(np.mean(cross)) < threshold * 0.5:
            continue  # the closest pair joins two groups only when the rest are alike too (no chains)
        parent[rj] = ri
        members[ri] += members.pop(rj)
    return sorted(members.values(), key=lambda m: min(m))


def sentence_vectors(texts: Sequence[str]) -> list[np.ndarray]:
    """Unit vectors of each quotation (rows of one array per quotation): of its whole text and,
    when it has several sentences, of each of them (a partial quote renders one sentence of a
    longer one, and is compared with that sentence)."""
    pieces = []
    for text in texts:
        sentences = [text[s:e] for s, e in sentence_spans(text)]
        pieces.append([text, *sentences] if len(sentences) > 1 else [text])
    rows = encoder().encode([p for ps in pieces for p in ps])
    out, k = [], 0
    for ps in pieces:
        out.append(rows[k:k + len(ps)])
        k += len(ps)
    return out


DAYS_APART = 1  # renderings of one statement are published within a day of each other


def _day(article: Article) -> int | None:
    """The day an article was published, as a day number."""
    if article.published is None:
        return None
    try:
        return date.fromisoformat(article.published.value[:10]).toordinal()
    except ValueError:
        return None


def _overlap(items: Sequence[Quoted], a: Sequence[int], b: Sequence[int]) -> bool:
    """Whether two groups hold the same words of one article (pieces of one quotation an
    article gives apart, "« … », a-t-il ajouté, « … »", may join; the same piece twice not)."""
    for x in a:
        for y in b:
            qx, qy = items[x].quote, items[y].quote
            if items[x].article.id == items[y].article.id and (qx.field != qy.field or (qx.start < qy.end and qy.start < qx.end)
                                                              or _speakers_differ(qx, qy)):
                return True
    return False


def _speakers_differ(a: Quote, b: Quote) -> bool:
    sa, sb = (a.speaker_entity, a.speaker_name), (b.speaker_entity, b.speaker_name)
    return bool(sa[0] and sb[0]) and not same_speaker(sa, sb)


def _is_name(text: str | None) -> bool:
    """A person's or body's name ("Hélène Marchetti"), not a description ("l'élue")."""
    if not text:
        return False
    return text[:1].isupper() and text.split()[0].casefold() not in DESCRIPTION_ARTICLES


def _channel(text: str | None) -> str | None:
    """Where a quotation was said or posted, as a key: the name that ends the channel ("sur la
    plateforme X" and "sur X" are one place), or its last word ("dans un communiqué")."""
    if not text:
        return None
    words = text.replace("’", " ").replace("'", " ").split()
    names: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        names.insert(0, w)
    return text_key(" ".join(names or words[-1:]))


def word_diff(text: str, others: Sequence[str]) -> tuple[tuple[str, bool], ...]:
    """``text`` cut into runs: (run, True) for words that line up with a run of another
    variant, (run, False) for the words only this variant has. Case, accents and apostrophes
    are folded for the comparison; the runs keep the text as written."""
    toks = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    keys = [text_key(text[s:e]) for s, e in toks]
    same = [False] * len(toks)
    for other in others:
        okeys = [text_key(m.group()) for m in _WORD.finditer(other)]
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
    """One variant per article: the pieces it quotes of the statement, in text order, joined by
    " […] "."""
    by_article: dict[str, list[Quoted]] = {}
    for k in members:
        by_article.setdefault(items[k].article.id, []).append(items[k])
    joined = []
    for pieces in by_article.values():
        pieces.sort(key=lambda q: q.quote.start)
        q0 = pieces[0].quote
        joined.append((pieces[0].article, " […] ".join(q.quote.text for q in pieces),
                       next((q.quote.channel for q in pieces if q.quote.channel), None),
                       "direct" if any(q.quote.kind == "direct" for q in pieces) else q0.kind))
    out = []
    for n, (article, text, channel, kind) in enumerate(joined):
        others = [t for m, (_, t, _, _) in enumerate(joined) if m != n]
        out.append(Variant(
            article=article.id, source=outlet(article), text=text, channel=channel, kind=kind,
            diff=word_diff(text, others) if others else ((text, True),),
        ))
    return tuple(out)
