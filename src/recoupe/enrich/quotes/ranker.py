"""The speaker of a direct quotation, chosen among candidates by a learned ranker, once the rules
have given theirs.

For each direct quotation the candidates are the rules' pick, "no one", the description the rules
had before resolving it to a name, the speaker of the quotation before, and every person or
organisation the article names (outside quotations) in the quotation's sentences, the two
sentences before and the one after. Each candidate is described by general facts of French news
writing (where its mentions stand, whether the parse makes one of them the subject of a
reporting verb, how often the article names it, in the title or lead, whether it is a person or
a news outlet, whether the quotation has a cue...) and scored by a conditional logistic model whose
coefficients are data (``speaker_ranker.json``, written by ``bench/train_speakers.py`` from the
dev sets only). The highest score wins when it beats the rules' pick by more than the file's margin
(chosen by leave-one-set-out cross-validation; none: the rules' pick always stays); on a tie, the
rules' pick stays. Features added in session 13: the entity named in the incise right after the
closing mark ("…", estime X) or the description there (``incise``); named, or named as the subject
of a reporting verb, since the previous direct quotation (``named_since``, ``new_speaker``); the
nearest entity named around the quotation and the nearest named as a speaker (``nearest``,
``nearest_speaker``); named in the quotation's paragraph (``same_paragraph``); the quotation opens
its paragraph, on the rules' pick and on the previous speaker (``rules_opens_paragraph``,
``previous_opens_paragraph``).

A quotation the rules leave without a speaker is scored by a second set of coefficients, trained on
such quotations only, and gets more candidates: the article's protagonist (the person it names
most), the last person or body named before it, and the subject of the verb a partial quotation
hangs on (« les opposants ont dénoncé le "…" »), each with its own feature
(``SPEAKERLESS_FEATURES``, which the general coefficients leave at 0).

A cue whose subject pronoun tells a gender ("a-t-il déploré", "précise-t-elle") offers no person of
the other gender, as a plural one ("soulignent-ils") offers no single person.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import HEAD, POS
from spacy.symbols import ADJ, NOUN, PRON

from recoupe.enrich.quotes.context import Article, Mention
from recoupe.enrich.quotes.coref import fullest_name, times_named
from recoupe.enrich.quotes.grammar import is_cue
from recoupe.enrich.quotes.names import speaking_name
from recoupe.enrich.quotes.speakers import OUTLET_HEADS, is_outlet, speaks
from recoupe.lang import fr_quotes as L
from recoupe.models import Quote
from recoupe.normalise import name_key

MODEL_PATH = Path(__file__).with_name("speaker_ranker.json")

GENERAL_FEATURES = (
    "rules", "none", "none_rules_none", "none_cue", "rules_cue", "rules_description", "before_resolution",
    "same_sentence", "previous_sentence", "two_before", "next_sentence", "speaks", "speaks_same_sentence",
    "distance", "after", "times_named", "in_title_or_lead", "person", "previous_speaker", "complement_only",
    "rules_previous_no_cue", "named_in_window", "description", "subject_description",
    "subject_description_same_sentence", "indefinite", "outlet",
    "incise", "new_speaker", "named_since", "nearest", "nearest_speaker", "same_paragraph",
    "rules_opens_paragraph", "previous_opens_paragraph",
)
# features weighed only for a quotation the rules leave without a speaker (the general coefficients keep 0)
SPEAKERLESS_FEATURES: tuple[str, ...] = ("most_named", "last_named", "governs")
FEATURES = GENERAL_FEATURES + SPEAKERLESS_FEATURES
_F = {name: i for i, name in enumerate(FEATURES)}
_OPENING_MARKS = " \n\u00a0" + "".join(o for o, _ in L.QUOTE_PAIRS) + L.STRAIGHT_QUOTE


@dataclass(slots=True)
class Candidate:
    """One possible speaker of a quotation: an entity of the article, a description, or no one."""

    ref: int | None
    name: str | None
    x: list[float] = field(default_factory=lambda: [0.0] * len(FEATURES))


def _key(name: str | None) -> str:
    return name_key(name) if name else ""


def candidates(art: Article, quotes: list[Quote], before: list[Quote] | None = None, *,
               speakerless_only: bool = False) -> list[list[Candidate] | None]:
    """For each quotation (None for an indirect one), its candidates with their features; the
    first is the rules' pick. ``before``: the same quotations before roles and descriptions were
    resolved to names (same order), when known. ``speakerless_only``: None too for a quotation the
    rules gave a speaker (whose pick no margin lets the ranker replace); the others' features are
    the same."""
    offsets = {f: o for f, o, _ in art.fields}
    body = art.body_start
    sent_of = art.sentence_index

    spoke: dict[int, bool] = {}
    mention_sent = [sent_of(m.start) for m in art.mentions]  # mentions are in text order: so are their sentences
    usable = [m.type in ("person", "organisation") and not art.in_quote(m.start) for m in art.mentions]
    full: dict[int, str] = {}  # entity -> its fullest name, once
    named: dict[int, float] = {}  # entity -> the times_named feature, once
    titled: set[int] = {m.ref for m in art.mentions if m.start < body}
    counts: dict[int, int] = {}
    for m in art.mentions:
        counts[m.ref] = counts.get(m.ref, 0) + 1
    subjects: dict[int, list[tuple[str, int, bool]]] = {}  # sentence -> its subject descriptions, once
    scored = [q.kind == "direct" and not (speakerless_only and q.speaker_name is not None) for q in quotes]
    if not any(scored):
        return [None] * len(quotes)
    hanging = _hanging_words(art) if art.parsed else {}

    titles = art.title_text
    body_text = art.text[min((o for f, o, _ in art.fields if f != "title"), default=len(art.text)):]

    spoken: dict[str, str | None] = {}
    mention_starts = [m.start for m in art.mentions]
    main: tuple[int | None] | None = None

    def speaking(name: str) -> str | None:
        """The description as one who may speak (``names.speaking_name``), or None."""
        if name not in spoken:
            spoken[name] = speaking_name(name, headline=name in titles and name not in body_text)
        return spoken[name]

    def fullest(k: int) -> str:
        if k not in full:
            full[k] = fullest_name(art, k)
        return full[k]
    def description(text: str, cands: list[Candidate], keys: dict[str, Candidate]) -> Candidate:
        """The candidate of a description of someone unnamed (« un enquêteur »), added when it is not there."""
        k = name_key(text)
        c = keys.get(k) or next((c for c in cands if c.name and c.ref is None and name_key(c.name) == k), None)
        if c is None:
            c = keys[k] = Candidate(None, text)
            c.x[_F["description"]] = 1.0
            cands.append(c)
        return c

    def entity(ref: int, cands: list[Candidate], keys: dict[str, Candidate], qs: int, qe: int) -> Candidate:
        """The candidate naming the entity ``ref``, added with its features when it is not there."""
        k = name_key(fullest(ref))
        c = keys.get(k) or next((c for c in cands if c.ref is not None and name_key(fullest(c.ref)) == k), None)
        if c is None:
            c = keys[k] = Candidate(ref, fullest(ref))
            c.x[_F["person"]] = float(art.refs[ref].type == "person")
            if ref not in named:
                named[ref] = math.log1p(times_named(art, ref, len(art.text)) if art.refs[ref].type == "person" else counts[ref]) / 2.0
            c.x[_F["times_named"]] = named[ref]
            c.x[_F["in_title_or_lead"]] = float(ref in titled)
            gaps = [qs - m.end if m.end <= qs else m.start - qe for m, ok in zip(art.mentions, usable, strict=True)
                    if ok and m.ref == ref and not (m.start < qe and qs < m.end)]
            c.x[_F["distance"]] = math.log1p(max(0, min(gaps, default=len(art.text)))) / 6.0
            c.x[_F["after"]] = float(all(m.start >= qe for m, ok in zip(art.mentions, usable, strict=True) if ok and m.ref == ref))
            cands.append(c)
        return c

    out: list[list[Candidate] | None] = []
    previous: tuple[int | None, str | None] | None = None
    atext = art.text
    previous_end = body
    for n, q in enumerate(quotes):
        if q.kind != "direct":
            out.append(None)
            continue
        qs, qe = offsets[q.field] + q.start, offsets[q.field] + q.end
        if not scored[n]:  # the rules' pick stands: only what the next quotations' features read of it
            previous, previous_end = (q.speaker_ref, q.speaker_name), qe
            out.append(None)
            continue
        par_start = atext.rfind("\n\n", 0, qs)
        par_start = par_start + 2 if par_start >= 0 else 0
        par_end = atext.find("\n\n", qe)
        par_end = len(atext) if par_end < 0 else par_end
        opens = not atext[par_start:qs].strip(_OPENING_MARKS)  # the quotation opens its paragraph
        since = previous_end
        first, last = sent_of(qs), sent_of(max(qs, qe - 1))
        cue = q.cue is not None
        rules = Candidate(q.speaker_ref, q.speaker_name)
        rules.x[_F["rules"]] = 1.0
        rules.x[_F["rules_cue"]] = float(cue)
        rules.x[_F["rules_description"]] = float(q.speaker_ref is None and (q.speaker_name or "X")[:1].islower())
        rules.x[_F["rules_previous_no_cue"]] = float(not cue and previous is not None and _key(previous[1]) == _key(q.speaker_name) != "")
        rules.x[_F["rules_opens_paragraph"]] = float(opens)
        none = Candidate(None, None)
        none.x[_F["none"]] = 1.0
        none.x[_F["none_rules_none"]] = float(q.speaker_name is None)
        none.x[_F["none_cue"]] = float(cue)
        cands: list[Candidate] = [rules, none] if q.speaker_name is not None else [none]
        keys = {_key(c.name): c for c in cands}
        said = before[n].speaker_name if before is not None and before[n].speaker_ref is None else None
        said = speaking(said) if said else None
        if said:
            k = _key(said)
            c = keys.get(k)
            if c is None:
                c = keys[k] = Candidate(None, said)
                c.x[_F["description"]] = float(said[:1].islower())
                cands.append(c)
            c.x[_F["before_resolution"]] = float(c is not rules or said != q.speaker_name)
        # the entities named around the quotation
        seen: dict[str, list[Mention]] = {}
        refs: dict[str, int] = {}
        for i in range(bisect_left(mention_sent, first - 2), bisect_right(mention_sent, last + 1)):
            m = art.mentions[i]
            if not usable[i]:
                continue
            k = name_key(fullest(m.ref))
            seen.setdefault(k, []).append(m)
            refs.setdefault(k, m.ref)
        plural = _plural_cue(q.cue) or (art.parsed and _plural_verb_cue(art, q.cue, qs, qe))
        told = _cue_gender(q.cue)

        def other_gender(ref: int | None, told: str | None = told) -> bool:
            return told is not None and ref is not None and art.refs[ref].type == "person" and not art.agrees(ref, told)
        for k, ms in seen.items():
            if plural and art.refs[refs[k]].type == "person":
                continue  # "soulignent-ils": a group or a body, never one person named alone
            if other_gender(refs[k]):
                continue  # "a-t-il déploré": never a woman the article names
            c = keys.get(k)
            if c is None:
                c = next((c for c in cands if c.ref is not None and name_key(fullest(c.ref)) == k), None)
            if c is None:
                c = keys[k] = Candidate(refs[k], fullest(refs[k]))
                cands.append(c)
            sents = {sent_of(m.start) for m in ms}
            c.x[_F["named_in_window"]] = 1.0
            c.x[_F["same_sentence"]] = float(any(first <= s <= last for s in sents))
            c.x[_F["previous_sentence"]] = float(first - 1 in sents)
            c.x[_F["two_before"]] = float(first - 2 in sents)
            c.x[_F["next_sentence"]] = float(last + 1 in sents)
            for m in ms:
                if id(m) not in spoke:
                    spoke[id(m)] = speaks(art, m)
            c.x[_F["speaks"]] = float(any(spoke[id(m)] for m in ms))
            c.x[_F["speaks_same_sentence"]] = float(any(spoke[id(m)] and first <= sent_of(m.start) <= last for m in ms))
            gaps = [(qs - m.end if m.end <= qs else m.start - qe if m.start >= qe else 0, m.start >= qe) for m in ms]
            gap, after = min(gaps)
            c.x[_F["distance"]] = math.log1p(max(0, gap)) / 6.0
            c.x[_F["after"]] = float(after)
            ref = refs[k]
            if ref not in named:
                named[ref] = math.log1p(times_named(art, ref, len(art.text)) if art.refs[ref].type == "person" else counts[ref]) / 2.0
            c.x[_F["times_named"]] = named[ref]
            c.x[_F["in_title_or_lead"]] = float(ref in titled)
            c.x[_F["person"]] = float(art.refs[ref].type == "person")
            c.x[_F["complement_only"]] = float(all(m.complement for m in ms))
            c.x[_F["incise"]] = float(any(qe <= m.start < qe + 200 and spoke[id(m)] and art.gap(qe, m.start) <= 40
                                          and not any(ch in atext[qe:m.start] for ch in ".\n") for m in ms))
            c.x[_F["new_speaker"]] = float(any(spoke[id(m)] and since <= m.start < qs for m in ms))
            c.x[_F["named_since"]] = float(any(since <= m.start < qs for m in ms))
            c.x[_F["same_paragraph"]] = float(any(par_start <= m.start < par_end for m in ms))
        for words, same, indefinite, incise in _subject_descriptions(art, first, last, qs, qe, subjects, hanging):
            text = speaking(words)
            if text is None:
                continue  # a thing, a date, a piece of the title: no one who speaks
            c = description(text, cands, keys)
            c.x[_F["subject_description"]] = 1.0
            c.x[_F["subject_description_same_sentence"]] = max(c.x[_F["subject_description_same_sentence"]], float(same))
            c.x[_F["incise"]] = max(c.x[_F["incise"]], float(incise))
            c.x[_F["indefinite"]] = float(indefinite)
        if previous is not None and previous[1] is not None and (previous[0] is not None or speaking(previous[1]) is not None) and not (
                plural and previous[0] is not None and art.refs[previous[0]].type == "person") and not other_gender(previous[0]):
            k = _key(previous[1])
            c = keys.get(k) or next((c for c in cands if c.name and _key(c.name) == k), None)
            if c is None:
                c = keys[k] = Candidate(previous[0], previous[1])
                c.x[_F["description"]] = float(previous[1][:1].islower())
                cands.append(c)
            c.x[_F["previous_speaker"]] = 1.0
            c.x[_F["previous_opens_paragraph"]] = float(opens)
        # the protagonist, the last one named before, and the subject of the verb the quotation hangs on
        if q.speaker_name is None:  # for the speakerless coefficients only: the general ones weigh the candidates above
            if main is None:
                main = _most_named(art, usable, fullest)
            if main[0] is not None and not (plural and art.refs[main[0]].type == "person") and not other_gender(main[0]):
                entity(main[0], cands, keys, qs, qe).x[_F["most_named"]] = 1.0
            last_before = next((art.mentions[i] for i in range(bisect_left(mention_starts, qs) - 1, -1, -1) if usable[i]), None)
            if last_before is not None and not (plural and last_before.type == "person") and not other_gender(last_before.ref):
                entity(last_before.ref, cands, keys, qs, qe).x[_F["last_named"]] = 1.0
            for tok in _governing_subjects(art, qs, qe) if art.parsed else []:
                i = bisect_right(mention_starts, tok.idx) - 1
                hit = art.mentions[i] if i >= 0 and art.mentions[i].start <= tok.idx < art.mentions[i].end and usable[i] else None
                if hit is not None and not other_gender(hit.ref):
                    entity(hit.ref, cands, keys, qs, qe).x[_F["governs"]] = 1.0
                elif tok.pos_ == "NOUN" and tok.text[:1].islower():
                    phrase = _noun_phrase(art, tok)
                    text = speaking(art.words_text(phrase)) if phrase else None
                    if text is None:
                        continue
                    description(text, cands, keys).x[_F["governs"]] = 1.0
        for c in cands:
            c.x[_F["outlet"]] = float(is_outlet(c.name))
        named_here = [c for c in cands if c.x[_F["named_in_window"]]]
        if named_here:
            min(named_here, key=lambda c: c.x[_F["distance"]]).x[_F["nearest"]] = 1.0
            speakers_here = [c for c in named_here if c.x[_F["speaks"]]]
            if speakers_here:
                min(speakers_here, key=lambda c: c.x[_F["distance"]]).x[_F["nearest_speaker"]] = 1.0
        if q.speaker_name is None:
            # a news outlet named only as the channel of someone's words ("…, a-t-elle confié à la BBC"),
            # neither the speaker before nor the subject of a reporting verb here
            cands = [c for c in cands if not (c.x[_F["outlet"]] and c.ref is not None and not c.x[_F["previous_speaker"]] and not c.x[_F["speaks"]]
                                               and not c.x[_F["governs"]] and _channel_only(art, c.ref, first, last, mention_sent, usable))]
            addressed = _addressed(art, qs, qe)
            if addressed:  # the one the quoted words address is not their speaker ("Vous êtes députée, Mme X")
                cands = [c for c in cands if c.ref is None or name_key(fullest(c.ref)) not in addressed]
        if q.speaker_name is not None:
            previous = (q.speaker_ref, q.speaker_name)
        previous_end = qe
        out.append(cands)
    return out


def _channel_only(art: Article, ref: int, first: int, last: int, mention_sent: list[int], usable: list[bool]) -> bool:
    """The entity ``ref`` is named, in the quotation's sentences and the one before and after, only
    as the channel words went through ("a-t-elle confié à la BBC", "interrogé par X", "au micro de
    X", "dans un entretien au Parisien"), never as their subject; True when it is named there at
    least once."""
    if not art.parsed:
        return False
    found = False
    for i in range(bisect_left(mention_sent, first - 1), bisect_right(mention_sent, last + 1)):
        m = art.mentions[i]
        if m.ref != ref or not usable[i]:
            continue
        if not _after_channel_word(art, m.start):
            return False
        found = True
    return found


def _after_channel_word(art: Article, char: int) -> bool:
    """The words before ``char`` make what follows a channel: a preposition of one ("à", "au",
    "auprès", "sur", "par"), past a determiner and an outlet noun and its adjectives ("au journal
    britannique X"), or "de" after a channel noun ("au micro de X", "dans un entretien au X")."""
    j = art.token_at(char).i - 1
    while j >= 0 and (art.tokens[j].pos_ in ("DET", "ADJ") or name_key(art.tokens[j].text) in OUTLET_HEADS):
        j -= 1
    if j < 0:
        return False
    word = art.tokens[j].text.lower()
    if word in L.CHANNEL_PREPOSITIONS:
        return True
    if word in ("de", "du", "d'", "d’") and j > 0:
        return art.tokens[j - 1].text.lower() in L.CHANNEL_NOUNS
    return False


def _relayed_by(art: Article, q: Quote, bare: Quote | None) -> bool:
    """A direct quotation whose speaker, by the rules, is a news outlet named around it only as the
    channel of the words ("« … », a-t-elle dit au Point", "dans une interview accordée à X"): the
    one who told them is someone else, whom the ranker looks for as for a quotation without a
    speaker. Not when the rules found the outlet through a description of it ("explique la
    chaîne"), nor when it is the subject of a reporting verb there."""
    if q.kind != "direct" or q.speaker_ref is None or not is_outlet(q.speaker_name) or not art.parsed:
        return False
    if bare is not None and bare.speaker_ref is None and bare.speaker_name and bare.speaker_name[:1].islower():
        return False  # "explique la chaîne": the description the rules resolved speaks
    offset = next((o for f, o, _ in art.fields if f == q.field), 0)
    qs, qe = offset + q.start, offset + q.end
    first, last = art.sentence_index(qs), art.sentence_index(max(qs, qe - 1))
    lo, hi = art._sent_bounds[first][0], art._sent_bounds[min(len(art._sent_bounds) - 1, last)][1]
    toks = art.doc[art.token_at(lo).i : art.token_at(max(lo, hi - 1)).i + 1]
    if any(name_key(t.text) in OUTLET_HEADS and t.i > 0 and art.doc[t.i - 1].pos_ == "DET" and not art.in_quote(t.idx) for t in toks):
        return False  # "rappelle la chaîne", "selon le quotidien": the outlet speaks in its own name here
    key = name_key(q.speaker_name)
    found = False
    for m in art.mentions:
        if art.in_quote(m.start) or m.type not in ("person", "organisation"):
            continue
        if not (first - 1 <= art.sentence_index(m.start) <= last + 1):
            continue
        if m.ref != q.speaker_ref and name_key(fullest_name(art, m.ref)) != key and name_key(art.text[m.start:m.end]) != key:
            continue
        if speaks(art, m) or not _after_channel_word(art, m.start):
            return False
        found = True
    return found


def _addressed(art: Article, qs: int, qe: int) -> set[str]:
    """The people quoted words from ``qs`` to ``qe`` address, by their fullest name folded: each named
    in them after a title of address or between commas ("Vous êtes députée, Mme X", "Monsieur X, …")
    when the words speak in the second person ("vous", "tu", "votre"...)."""
    if not art.parsed:
        return set()
    toks = [t for t in art.doc[art.token_at(qs).i : art.token_at(max(qs, qe - 1)).i + 1] if qs <= t.idx < qe]
    if not any(t.text.lower() in L.SECOND_PERSON_WORDS for t in toks):
        return set()
    out: set[str] = set()
    for m in art.mentions:
        if m.type != "person" or not (qs <= m.start < qe):
            continue
        i = art.token_at(m.start).i
        before = art.tokens[i - 1].text.lower() if i > 0 else ""
        j = i
        while j + 1 < len(art.tokens) and art.tokens[j + 1].idx < m.end:
            j += 1
        after = art.tokens[j + 1].text if j + 1 < len(art.tokens) else ""
        if before in L.VOCATIVE_TITLES and (after in (",", ".", "!", "?", ";", ":") or art.tokens[j + 1].idx >= qe if j + 1 < len(art.tokens) else True):
            out.add(name_key(fullest_name(art, m.ref)))
    return out


def _most_named(art: Article, usable: list[bool], fullest: Any) -> tuple[int | None]:
    """The person the article names most often outside quotations, by their fullest name (its
    protagonist), when named at least three times and more often than anyone else."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m, ok in zip(art.mentions, usable, strict=True):
        if ok and m.type == "person":
            k = name_key(fullest(m.ref))
            counts[k] = counts.get(k, 0) + 1
            first.setdefault(k, m.ref)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return (None,)
    return (first[ranked[0][0]],)


def _governing_subjects(art: Article, qs: int, qe: int) -> list[Any]:
    """The subjects, outside quotation marks, of the verb a partial quotation hangs on
    (« il a dénoncé le "…" », « les opposants se disent "…" »), the noun a relative « qui » stands
    for, and the complement of « selon » / « d'après » on that verb."""
    first, last = art.token_at(qs).i, art.token_at(max(qs, qe - 1)).i
    out: list[Any] = []
    seen: set[int] = set()
    for t in art.tokens[first:last + 1]:
        h = t.head
        if t.is_punct or qs <= h.idx < qe or h.i == t.i:
            continue
        for _ in range(3):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        if h.i in seen or h.pos_ not in ("VERB", "AUX") or art.in_quote(h.idx):
            continue
        seen.add(h.i)
        verbs = [h] + ([h.head] if h.dep_ in ("xcomp", "conj", "advcl") and h.head.i != h.i else [])
        for v in verbs:
            subjects = [c for c in v.children if c.dep_ in _SUBJECT_DEPS and not art.in_quote(c.idx)]
            for c in subjects:
                if c.text.lower() == "qui" and v.dep_ == "acl:relcl":
                    out.append(v.head)
                elif c.pos_ != "PRON":
                    out.append(c)
            out.extend(c for c in v.children if c.dep_ == "obl" and not art.in_quote(c.idx)
                       and any(g.dep_ == "case" and g.text.lower() in ("selon", "d'après") for g in c.children))
            if subjects:
                break
    return out


def _cue_pronouns(cue: str | None) -> list[str]:
    """The plain subject pronouns of a cue, inverted or not ("a-t-il déploré", "ont-elles dit",
    "elle a dit": "il", "elles", "elle"): its words, lower case, split at hyphens too."""
    if not cue:
        return []
    return [w for w in cue.lower().replace("-t-", " ").replace("-", " ").split() if w in L.PLAIN_SUBJECT_PRONOUNS]


def _cue_gender(cue: str | None) -> str | None:
    """The gender a cue's singular subject pronoun tells ("a-t-il déploré": "m", "précise-t-elle",
    "elle a dit": "f"), or None."""
    found = {L.SUBJECT_PRONOUNS[w] for w in _cue_pronouns(cue) if w in L.PLAIN_SINGULAR_SUBJECT_PRONOUNS}
    return found.pop() if len(found) == 1 else None


def _plural_cue(cue: str | None) -> bool:
    """A cue whose subject is a plural pronoun ("soulignent-ils", "ont-elles dit", "ils ont dit")."""
    return any(w in L.PLURAL_SUBJECT_PRONOUNS for w in _cue_pronouns(cue))


def _plural_verb_cue(art: Article, cue: str | None, qs: int, qe: int) -> bool:
    """A cue whose finite verb is in the third person plural ("Les deux opposants l'affirment :
    « … »", "« … », estiment les élus"): its subject is a group or a body, never one person named
    alone. The cue's words are looked for outside the quotation, in its sentences, near it."""
    if not cue:
        return False
    words = {w for w in cue.lower().replace("-", " ").split() if w.isalpha()}
    if not words:
        return False
    lo, hi = art.sentence(max(0, qs - 1)).start, art.sentence(max(qs, qe - 1)).end
    for tok in art.doc[lo : min(len(art.doc), hi + 1)]:
        if qs <= tok.idx < qe or tok.text.lower() not in words or (art.gap(tok.idx, qs) if tok.idx < qs else art.gap(qe, tok.idx)) > 200:
            continue
        if "Fin" in tok.morph.get("VerbForm") and "Plur" in tok.morph.get("Number") and "3" in tok.morph.get("Person"):
            return True
    return False


def _subject_descriptions(art: Article, first: int, last: int, qs: int, qe: int,
                          cache: dict[int, list[tuple[str, int, bool]]], hanging: dict[int, list[Any]]) -> list[tuple[str, bool, bool, bool]]:
    """The descriptions ("un enquêteur", "la porte-parole du parti", "les manifestants") that the
    parse makes the subject of a reporting verb outside quotation marks, in the quotation's
    sentences, the one before and the one after, or that follow the verb of an incise ("…", lâche
    un élu): (words, in the quotation's own sentences or its incise, indefinite). ``cache``: each
    sentence's (words, verb position, indefinite), found once per article; ``hanging``:
    ``_hanging_words``. A fourth flag tells the incise right after the closing mark."""
    if not art.parsed:
        return []
    bounds = art._sent_bounds
    own = bounds[first][0], max(bounds[min(len(bounds) - 1, last)][1], qe + 1)
    out: list[tuple[str, bool, bool, bool]] = []
    for k in range(max(0, first - 1), min(len(bounds), last + 2)):
        if k not in cache:
            cache[k] = _sentence_subjects(art, *bounds[k], hanging)
        for text, verb_idx, indefinite in cache[k]:
            close = qe <= verb_idx and art.gap(qe, verb_idx) < 6  # "« … », lâche un élu"
            incise = close or (qe <= verb_idx and art.gap(qe, verb_idx) < 20 and not any(ch in art.text[qe:verb_idx] for ch in ".\n"))
            out.append((text, own[0] <= verb_idx < own[1] or close, indefinite, incise))
    return out


_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_DESCRIPTION_POS = np.array([int(NOUN), int(ADJ), int(PRON)], dtype=np.uint64)


def _hanging_words(art: Article) -> dict[int, list[Any]]:
    """Verb position -> the lower-case nouns, adjectives and pronouns that hang on it as its
    subject or after it: what may describe its speaker; one pass over the doc's arrays."""
    doc = art.doc
    if not len(doc):
        return {}
    arr = doc.to_array([POS, HEAD])
    heads = np.arange(len(doc)) + arr[:, 1].astype(np.int64)  # HEAD is the offset to the head
    out: dict[int, list[Any]] = {}
    for i in np.flatnonzero(np.isin(arr[:, 0], _DESCRIPTION_POS)).tolist():
        h = int(heads[i])
        if h == i or not art.verbal[h]:
            continue
        tok = art.tokens[i]
        if tok.text[:1].islower() and (i > h or tok.dep_ in _SUBJECT_DEPS):
            out.setdefault(h, []).append(tok)
    return out


def _sentence_subjects(art: Article, lo: int, hi: int, hanging: dict[int, list[Any]]) -> list[tuple[str, int, bool]]:
    """The subject descriptions of the reporting verbs of the sentence from ``lo`` to ``hi``
    (``hanging``: ``_hanging_words``)."""
    out: list[tuple[str, int, bool]] = []
    first, last = art.token_at(lo).i, art.token_at(max(lo, hi - 1)).i
    for v in sorted(h for h in hanging if first <= h <= last):
        verb = art.tokens[v]
        if art.in_quote(verb.idx):
            continue
        incise = _incise_verb_after(art, verb)
        if not (incise or is_cue(verb)):
            continue
        for child in hanging[v]:
            inverted = child.dep_ in ("obj", *_SUBJECT_DEPS) and child.i > verb.i
            if incise and child.i > verb.i and not inverted:
                # the parse often mislabels the inverted subject of an incise ("lâche un troisième"):
                # the first noun phrase after the verb with a determiner and no preposition
                inverted = any(g.dep_ == "det" for g in child.children) and not any(
                    g.dep_ == "case" and not _fixed_adverb(g) for g in child.children)
            if (child.dep_ not in _SUBJECT_DEPS and not inverted) or art.in_quote(child.idx):
                continue
            words = _noun_phrase(art, child)
            if not words or words[0].pos_ != "DET" and child.pos_ != "NOUN":
                continue
            text = art.words_text(words)
            out.append((text, verb.idx, words[0].text.lower() in L.INDEFINITE_OPENERS))
    return out


def _incise_verb_after(art: Article, verb: Any) -> bool:
    """A verb right after a closing quotation mark and a comma ("…", lâche-t-il)."""
    j = verb.i - 1
    while j > 0 and art.tokens[j].text in (",", "-t", "-t-"):
        j -= 1
    return j >= 0 and j < verb.i - 1 and art.tokens[j].text in L.QUOTE_CLOSERS


def _noun_phrase(art: Article, head: Any) -> list[Any]:
    """The words of a noun phrase: from its first word to its head, then its complements up to
    the first punctuation, relative clause or quotation, at most five words after the head."""
    h = head.i
    left = min(t.i for t in head.subtree)
    right = max(t.i for t in head.subtree)
    words: list[Any] = []
    for k in range(left, right + 1):
        t = art.tokens[k]
        if t.is_punct or art.in_quote(t.idx) or (k > h and (t.dep_ in ("acl:relcl", "acl") or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ"))) or k > h + 5:
            if k <= h:
                words = []
                continue
            break
        words.append(t)
    while words and words[-1].i > h and (words[-1].pos_ in ("ADP", "DET", "CCONJ") or words[-1].text.lower() in L.DE_FORMS):
        words.pop()
    while words and words[0].i < h and (_fixed_adverb(words[0]) or words[0].dep_ == "fixed" and words[0].head.i < h):
        words.pop(0)  # "explique d'emblée le président": the adverb the parse hung on the noun is none of it
    return words


def _fixed_adverb(tok: Any) -> bool:
    """A preposition opening a fixed adverbial phrase ("d'emblée", "d'abord", "en effet"), which
    the parse may hang on the noun after it as its "case": no complement's preposition."""
    return tok.pos_ == "ADP" and any(c.dep_ == "fixed" for c in tok.children)


@cache
def _weights(path: Path = MODEL_PATH) -> tuple[np.ndarray, np.ndarray | None, float] | None:
    """The coefficients of every quotation, those of a quotation the rules leave speakerless
    (None when the file has none), and the margin by which the general coefficients' best
    candidate must outscore the rules' pick to replace it (infinite: never)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        return None  # coefficients of another feature set: the rules' picks stand
    speakerless = data.get("speakerless")
    margin = data.get("margin", 0.0)
    return (np.asarray(data["weights"], dtype=float), (np.asarray(speakerless["weights"], dtype=float) if speakerless else None),
            math.inf if margin is None else float(margin))


def _plural_pronoun_cue(cue: str | None) -> bool:
    """A cue whose subject is a plural personal pronoun, inverted or not (« regrettent-ils », « elles
    ont dénoncé »): a group or a body, never one news outlet (a paper or a channel that speaks is « il »,
    « elle »: « rappelle la chaîne … », « ajoute-t-elle »)."""
    if not cue:
        return False
    return any(w in L.PLURAL_SUBJECT_PRONOUNS or w.endswith(_PLURAL_INVERTED) for w in cue.lower().split())


_PLURAL_INVERTED = tuple(p for p in L.PLURAL_SUBJECT_PRONOUNS if p.startswith("-"))


def rank_speakers(art: Article, quotes: list[Quote], before: list[Quote] | None = None, weights: np.ndarray | None = None,
                  speakerless: np.ndarray | None = None, margin: float = 0.0) -> list[Quote]:
    """Each direct quotation with the speaker its best-scored candidate names, when it outscores the
    rules' pick (by more than ``margin`` where the rules name someone: the shipped margin when
    ``weights`` is not given). ``speakerless``: the coefficients for a quotation the rules leave
    without a speaker (by default the shipped ones when ``weights`` is not given, else ``weights``)."""
    if weights is None:
        shipped = _weights()
        if shipped is None:
            return quotes
        weights, speakerless, margin = shipped[0], shipped[1] if speakerless is None else speakerless, shipped[2]
    if not quotes:
        return quotes
    quotes = [replace(q, speaker_ref=None, speaker_name=None) if _relayed_by(art, q, before[n] if before is not None else None) else q
              for n, q in enumerate(quotes)]
    out = list(quotes)
    # an infinite margin (the shipped file's): the rules' picks stand, only speakerless quotations are scored
    for n, cands in enumerate(candidates(art, quotes, before, speakerless_only=margin == math.inf)):
        if not cands or len(cands) < 2:
            continue
        lone = speakerless is not None and quotes[n].speaker_name is None
        w = speakerless if lone else weights
        scores = np.asarray([c.x for c in cands]) @ w
        if _plural_pronoun_cue(quotes[n].cue):  # « regrettent-ils »: never the outlet that reports them
            scores[1:][np.asarray([is_outlet(c.name) for c in cands[1:]], dtype=bool)] = -np.inf
        best = int(np.argmax(scores))
        if best != 0 and scores[best] > scores[0] + (0.0 if quotes[n].speaker_name is None else margin):
            c = cands[best]
            out[n] = replace(quotes[n], speaker_ref=c.ref, speaker_name=c.name)
    return out
