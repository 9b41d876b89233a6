"""Quotations: who said what, through which channel.

Rule-based, over the tokens, parts of speech and entity mentions of an article (no dependency
parse, which is both slow and unreliable on the inverted subjects of French incises):

* direct quotations between « », “ ” or straight double quotes, merged when an incise splits one
  statement in two (« … », a-t-il ajouté, « … »); names and titles in quotation marks are not
  quotations;
* indirect speech: a reporting verb followed by "que" or an infinitive ("a déclaré que …",
  "a affirmé avoir …"), and "selon X, …" / "…, selon X";
* the speaker: the subject before the reporting verb, the subject after it in an incise, the
  pronoun of "a-t-il ajouté" or a role ("le dirigeant ukrainien") resolved to a person of the
  article, the speaker of the previous quotation for a quotation standing alone;
* the channel: "sur Truth Social", "dans un communiqué", "au New York Post", "à la presse"...

Offsets are into the field the quotation is in (``title``, ``lead`` or ``body``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .entities import fold
from .lang import fr_quotes as L
from .models import EntityRef, Field, Quote

_CHANNELS = tuple(re.compile(p) for p in L.CHANNEL_PATTERNS)
_OPEN = {o: c for o, c in L.QUOTE_PAIRS}
_FEMININE_HONORIFICS = {"mme", "madame", "mlle", "mademoiselle", "mmes"}
_MASCULINE_HONORIFICS = {"m.", "monsieur", "mm."}
MIN_FLOATING_WORDS = 5  # a quotation with no cue and no speaker must be at least this long
MAX_QUOTE_CHARS = 3000


class _Sent:
    """A sentence as a token range (a paragraph break always ends a sentence)."""

    __slots__ = ("doc", "start", "end")

    def __init__(self, doc: Any, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    @property
    def start_char(self) -> int:
        return self.doc[self.start].idx

    @property
    def end_char(self) -> int:
        last = self.doc[self.end - 1]
        return last.idx + len(last.text)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.doc[self.start : self.end])

    def __getitem__(self, i: int) -> Any:
        return list(self)[i]

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char]


@dataclass(slots=True)
class _Mention:
    start: int  # offsets in the doc
    end: int
    ref: int  # index into the article's entities
    type: str


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of the quotation marks of ``text`` (without the marks), in order."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    straight_open: int | None = None
    while i < n:
        ch = text[i]
        if ch in _OPEN:
            close = _OPEN[ch]
            depth, j = 1, i + 1
            while j < n and depth:
                if text[j] == ch and ch != close:
                    depth += 1
                elif text[j] == close:
                    depth -= 1
                j += 1
            if depth == 0 and j - i - 2 <= MAX_QUOTE_CHARS:
                spans.append((i + 1, j - 1))
                i = j
                straight_open = None
                continue
        elif ch == L.STRAIGHT_QUOTE:
            # Straight quotes do not say which way they face: tell it from their neighbours
            # (scraped text glues them: '…association."La décision…' opens, 'dit".Le' closes).
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            opens = (before.isspace() or before in "([«:'’-—–/.!?…,;") and not after.isspace()
            closes = (after.isspace() or after in ".,;:!?)…»-—–'’") and not before.isspace()
            if straight_open is None:
                if opens or not closes:
                    straight_open = i
            elif closes or not opens:
                if i - straight_open - 1 <= MAX_QUOTE_CHARS and "\n\n" not in text[straight_open:i]:
                    spans.append((straight_open + 1, i))
                straight_open = None
            else:
                straight_open = i  # the one before was a stray mark
        elif ch == "\n" and text[i : i + 2] == "\n\n":
            straight_open = None  # straight quotes do not run across paragraphs
        i += 1
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


class _Article:
    """One article's doc, fields and entity mentions, with the look-ups the rules need."""

    def __init__(self, doc: Any, fields: Sequence[tuple[Field, int, int]], refs: Sequence[EntityRef]) -> None:
        self.doc = doc
        self.fields = fields
        self.refs = refs
        self.mentions: list[_Mention] = []
        offsets = {f: o for f, o, _ in fields}
        for k, ref in enumerate(refs):
            for m in ref.mentions:
                if m.field in offsets:
                    o = offsets[m.field]
                    self.mentions.append(_Mention(o + m.start, o + m.end, k, ref.type))
        self.mentions.sort(key=lambda m: m.start)
        self.gender = self._genders()
        self.quoted: list[tuple[int, int]] = []  # doc spans already taken by quotations
        self.last_speaker: tuple[int, int | None, str | None] | None = None  # (doc end, ref, name)

    # -- look-ups -------------------------------------------------------------------------
    def token_at(self, char: int) -> Any:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and len(span):
            return span[0]
        for tok in self.doc:
            if tok.idx <= char < tok.idx + len(tok.text) + 1:
                return tok
        return self.doc[-1]

    def sentence(self, char: int) -> _Sent:
        """The sentence holding ``char``, never running across a paragraph break."""
        sent = self.token_at(char).sent
        text = self.doc.text
        lo = max(sent.start_char, text.rfind("\n\n", 0, char) + 2 if text.rfind("\n\n", 0, char) >= 0 else 0)
        hi_break = text.find("\n\n", char)
        hi = min(sent.end_char, hi_break) if hi_break >= 0 else sent.end_char
        first, last = self.token_at(lo), self.token_at(max(lo, hi - 1))
        return _Sent(self.doc, first.i, last.i + 1)

    def sentences(self, start: int, end: int) -> list[_Sent]:
        out: list[_Sent] = []
        char = start
        while char < end:
            while char < end and self.doc.text[char].isspace():
                char += 1
            if char >= end:
                break
            sent = self.sentence(char)
            out.append(sent)
            char = max(sent.end_char, char + 1)
        return out

    def mention_at(self, start: int, end: int, *, types: tuple[str, ...] = ("person", "organisation")) -> _Mention | None:
        for m in self.mentions:
            if m.start < end and start < m.end and m.type in types:
                return m
        return None

    def mentions_in(self, start: int, end: int, *, types: tuple[str, ...] = ("person", "organisation")) -> list[_Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and m.type in types and not self.in_quote(m.start)]

    def in_quote(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.quoted)

    def _genders(self) -> dict[int, str]:
        genders: dict[int, str] = {}
        for m in self.mentions:
            if m.type != "person":
                continue
            before = self.doc.text[max(0, m.start - 12) : m.start].lower().split()
            word = before[-1] if before else ""
            if word in _FEMININE_HONORIFICS or word in ("la",):
                genders.setdefault(m.ref, "f")
            elif word in _MASCULINE_HONORIFICS or word in ("le",):
                genders.setdefault(m.ref, "m")
        for k, ref in enumerate(self.refs):
            for role in ref.roles:
                head = role.split()[0] if role else ""
                if head.endswith(("rice", "esse", "ière", "ienne", "ante", "ente")) or head in ("présidente", "députée", "préfète", "cheffe", "élue", "avocate", "adjointe", "directrice"):
                    genders.setdefault(k, "f")
        return genders

    # -- speakers -------------------------------------------------------------------------
    def resolve_pronoun(self, char: int, gender: str | None) -> int | None:
        """The person a subject pronoun stands for: the current speaker if a quotation just
        ended, else, sentence by sentence going back, the subject of the sentence (a person
        named first in it, or a role opening it, "le président de la FFF", resolved to the
        person who holds it), of the pronoun's gender when known."""
        if self.last_speaker and self.last_speaker[1] is not None and char - self.last_speaker[0] < 300:
            k = self.last_speaker[1]
            if self.refs[k].type == "person" and (gender is None or self.gender.get(k, gender) == gender):
                return k
        sent = self.sentence(max(0, char - 1))
        for _ in range(4):
            candidates = []
            role = self._role_subject(sent)
            if role is not None and role[0] < char:
                candidates.append(role)
            for m in self.mentions:
                if sent.start_char <= m.start < min(sent.end_char, char) and m.type == "person" and not self.in_quote(m.start):
                    candidates.append((m.start, m.ref))
            for _, k in sorted(candidates):
                if gender is None or self.gender.get(k, gender) == gender:
                    return k
            if sent.start == 0:
                break
            prev = self.doc[sent.start - 1]
            while prev.i > 0 and (prev.is_space or prev.is_punct):
                prev = self.doc[prev.i - 1]
            sent = self.sentence(prev.idx)
        return None

    def _role_subject(self, sent: _Sent) -> tuple[int, int] | None:
        """A role phrase at the start of a sentence ("Le ministre a rappelé"), resolved."""
        toks = [t for t in list(sent)[:8] if not t.is_space]
        i = 0
        while i < len(toks) and (toks[i].is_punct or toks[i].pos_ in ("ADV", "CCONJ")):
            i += 1
        if i < len(toks) and toks[i].pos_ == "DET":
            i += 1
        if i < len(toks) and toks[i].pos_ == "NOUN" and toks[i].text[:1].islower():
            words = [t.text for t in toks[i:] if t.pos_ in ("NOUN", "ADJ", "PROPN")][:4]
            for n in range(len(words), 0, -1):
                k = self.resolve_role(words[:n])
                if k is not None:
                    return toks[i].idx, k
        return None

    def salient(self, char: int, etype: str, gender: str | None, window: int = 1200) -> int | None:
        """The last person (or organisation) named within ``window`` characters before ``char``,
        outside quotations, agreeing in gender when that is known."""
        if etype == "person" and self.last_speaker and self.last_speaker[1] is not None and char - self.last_speaker[0] < 400:
            k = self.last_speaker[1]
            if self.refs[k].type == "person" and (gender is None or self.gender.get(k, gender) == gender):
                return k
        for m in reversed(self.mentions):
            if m.end > char or m.type != etype or self.in_quote(m.start):
                continue
            if char - m.end > window:
                break
            if gender is None or etype != "person" or self.gender.get(m.ref, gender) == gender:
                return m.ref
        return None

    def resolve_role(self, words: list[str]) -> int | None:
        """The person whose roles share the most words with "le dirigeant ukrainien"."""
        wanted = {fold(w) for w in words if len(w) > 2}
        if not wanted:
            return None
        found = []
        for k, ref in enumerate(self.refs):
            if ref.type != "person":
                continue
            for role in ref.roles:
                if wanted <= {fold(w) for w in role.split()}:
                    found.append(k)
                    break
        return found[0] if len(found) == 1 else None

    def speaker_of_np(self, tokens: list[Any]) -> tuple[int | None, str | None]:
        """Speaker from a noun phrase: an entity in it, a pronoun, or a role of a known person."""
        if not tokens:
            return None, None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        inside = [m for m in self.mentions if m.start < end and start < m.end and m.type in ("person", "organisation")]
        if inside:  # "le porte-parole du Kremlin, Dmitri Peskov": the person, not the organisation
            m = next((m for m in inside if m.type == "person"), inside[-1])
            return m.ref, self.refs[m.ref].name
        low = tokens[0].text.lower()
        if low in L.SUBJECT_PRONOUNS or low.lstrip("-") in ("il", "elle", "ils", "elles"):
            k = self.resolve_pronoun(start, L.SUBJECT_PRONOUNS.get(low, L.SUBJECT_PRONOUNS.get("-" + low.lstrip("-"))))
            return (k, self.refs[k].name) if k is not None else (None, None)
        words = [t.text for t in tokens if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if not words:
            return None, None
        k = self.resolve_role(words)
        if k is not None:
            return k, self.refs[k].name
        text = " ".join(self.doc.text[start:end].split())
        head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return None, None
        if head.pos_ == "NOUN" and head.text[:1].islower() and head.text.lower() not in L.TIME_WORDS:
            # "le magistrat", "l'ex-collaborateur de l'Élysée", "le groupe industriel": the person
            # or organisation of the article that the phrase stands for, the nearest one before
            wanted = "organisation" if head.lemma_.lower() in L.ORGANISATION_NOUNS or head.text.lower() in L.ORGANISATION_NOUNS else "person"
            det = tokens[0].text.lower() if tokens[0].pos_ == "DET" else ""
            gender = "f" if det in ("la", "cette", "une") else "m" if det in ("le", "ce", "un", "cet") else None
            k = self.salient(start, wanted, gender)
            if k is not None:
                return k, self.refs[k].name
        return None, text


def _is_cue(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in L.CUE_VERBS or tok.text.lower() in L.CUE_VERBS)


def _cue_text(doc: Any, verb: Any) -> str:
    """The reporting verb with its auxiliaries and clitics: "a-t-il ajouté", "a déclaré"."""
    first = verb
    i = verb.i - 1
    while i >= 0 and (doc[i].pos_ == "AUX" or doc[i].text.lower() in ("-t", "-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "ne", "n'", "n’") or doc[i].dep_ == "expl:subj") and verb.i - i <= 4:
        first = doc[i]
        i -= 1
    end = verb.idx + len(verb.text)
    j = verb.i + 1
    while j < len(doc) and doc[j].text.lower() in ("-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t", "-on", "-t-on"):
        end = doc[j].idx + len(doc[j].text)
        j += 1
    return " ".join(doc.text[first.idx : end].split())


def _np_after(doc: Any, start: int, limit: int) -> list[Any]:
    """The noun phrase starting at token ``start``: determiner, nouns, adjectives, names."""
    toks = []
    i = start
    while i < limit and (doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "PRON", "SPACE") or doc[i].text in ("M.", "Mme", "MM.")) and doc[i].text not in (",", ".", ":", ";"):
        if doc[i].pos_ == "PRON" and toks:
            break
        if doc[i].pos_ == "ADP" and doc[i].text.lower() not in ("de", "du", "des", "d'", "d’") and toks:
            break  # "les deux ministères dans un communiqué": the channel, not the speaker
        if doc[i].pos_ != "SPACE":
            toks.append(doc[i])
        if doc[i].pos_ == "PRON":
            break
        i += 1
    while toks and toks[-1].pos_ in ("ADP", "DET"):
        toks.pop()
    return toks


_SKIP_BEFORE_VERB = frozenset({
    "ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "y", "en", "l'", "l’", "le", "la", "les", "nous",
    "vous", "me", "m'", "m’", "-t", "-il", "-elle", "ainsi", "aussi", "également", "encore", "déjà",
})


def _subject_before(art: _Article, sent: _Sent, verb_i: int) -> tuple[int | None, str | None]:
    """The speaker standing before a reporting verb in its sentence.

    Walks back from the verb over auxiliaries, adverbs, clitics, time words, prepositional
    phrases and parentheticals between commas, to the subject: a pronoun (resolved), a noun
    phrase (an entity in it, or a role resolved to a person), else the last person or
    organisation named before the verb. A present participle ("…, estimant que …") takes the
    subject of its main clause.
    """
    doc = art.doc
    lo = sent.start
    for i in range(verb_i - 1, sent.start - 1, -1):
        if doc[i].text == ";" or (doc[i].text in L.QUOTE_CLOSERS and i < verb_i - 1):
            lo = i + 1
            break
    verb = doc[verb_i]
    if "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
        # "…, estimant que …": the subject of the main clause, at the start of the sentence
        return _first_subject(art, lo, verb_i)
    j = verb_i - 1
    pps = 0
    while j >= lo:
        tok = doc[j]
        low = tok.text.lower()
        if (tok.pos_ in ("AUX", "ADV", "SPACE") or low in _SKIP_BEFORE_VERB) and tok.pos_ != "DET":
            j -= 1
            continue
        if low in L.TIME_WORDS or (tok.pos_ == "NUM" and j > lo and doc[j - 1].text.lower() in fr_months()):
            j -= 1
            continue
        if tok.text == ",":  # "Donald Trump, mercredi 12 février, a annoncé"
            k = j - 1
            while k >= lo and doc[k].text != ",":
                k -= 1
            if k >= lo and j - k <= 12:
                j = k - 1
                continue
            j -= 1
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
            start = j
            while start > lo and (doc[start - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "SPACE", "X") or doc[start - 1].text in ("M.", "Mme", "-")):
                start -= 1
            # a prepositional phrase ("depuis sa création en 2008", "dans ce dossier"): not the subject
            if start > lo and doc[start - 1].pos_ == "ADP" and pps < 3:
                pps += 1
                j = start - 2
                continue
            if doc[j].text.lower() in L.TIME_WORDS or doc[j].text.lower() in fr_months():
                j = start - 1
                continue
            ref, name = art.speaker_of_np(list(doc[start : j + 1]))
            if ref is not None or name is not None:
                return ref, name
        if tok.pos_ == "PRON" and low in L.SUBJECT_PRONOUNS:
            k = art.resolve_pronoun(tok.idx, L.SUBJECT_PRONOUNS.get(low))
            return (k, art.refs[k].name) if k is not None else (None, None)
        break
    mentions = art.mentions_in(doc[lo].idx, doc[verb_i].idx)
    if mentions:
        m = mentions[-1]
        return m.ref, art.refs[m.ref].name
    return None, None


def _first_subject(art: _Article, lo: int, hi: int) -> tuple[int | None, str | None]:
    """The subject opening a clause: the first pronoun, entity or noun phrase before ``hi``."""
    doc = art.doc
    for i in range(lo, hi):
        tok = doc[i]
        if tok.pos_ == "PRON" and tok.text.lower() in L.SUBJECT_PRONOUNS:
            k = art.resolve_pronoun(tok.idx, L.SUBJECT_PRONOUNS.get(tok.text.lower()))
            return (k, art.refs[k].name) if k is not None else (None, None)
        m = art.mention_at(tok.idx, tok.idx + len(tok.text))
        if m is not None:
            return m.ref, art.refs[m.ref].name
        if tok.pos_ == "VERB":
            break
    return None, None


_MONTHS: frozenset[str] | None = None


def fr_months() -> frozenset[str]:
    global _MONTHS
    if _MONTHS is None:
        from .lang import fr

        _MONTHS = frozenset(fr.MONTHS)
    return _MONTHS


def _adj_run(doc: Any, i: int, limit: int) -> int:
    n = 0
    while i + n < limit and doc[i + n].pos_ == "ADJ":
        n += 1
    return n


def _channel(art: _Article, start: int, end: int, cue_char: int | None) -> str | None:
    text = art.doc.text
    window = list(text[start:end])
    for s, e in art.quoted:  # quotation text is not where a channel is named
        for c in range(max(s, start), min(e, end)):
            window[c - start] = " "
    haystack = re.sub(r"\s", " ", "".join(window))  # no-break spaces too, offsets kept
    for pattern in _CHANNELS:  # in order of precedence: "sur X" before "dans un message"
        best: tuple[int, str] | None = None
        for m in pattern.finditer(haystack):
            distance = abs(start + m.start() - cue_char) if cue_char is not None else m.start()
            if best is None or distance < best[0]:
                best = (distance, " ".join(m.group(0).split()))
        if best:
            return best[1]
    return None


def _attribution(art: _Article, start: int, end: int) -> tuple[Any, int | None, str | None] | None:
    """"selon X" / "d'après X" between doc offsets: (preposition token, speaker ref, name)."""
    doc = art.doc
    first = art.token_at(start)
    for tok in doc[first.i : len(doc)]:
        if tok.idx >= end:
            break
        low = tok.text.lower()
        if low in ("selon",) or (low in ("d'après", "d’après")) or (low == "d'" and tok.i + 1 < len(doc) and doc[tok.i + 1].text.lower() == "après"):
            k = tok.i + (2 if low == "d'" else 1)
            if k < len(doc) and doc[k].text.lower() in ("lui", "elle"):  # "selon lui"
                ref = art.resolve_pronoun(doc[k].idx, "m" if doc[k].text.lower() == "lui" else "f")
                return tok, ref, art.refs[ref].name if ref is not None else None
            if k < len(doc) and doc[k].text.lower() in ("lequel", "laquelle", "lesquels", "lesquelles", "qui", "que", "moi", "nous", "eux", "certains", "plusieurs"):
                continue  # "un accord selon lequel": not an attribution
            np = _np_after(doc, k, len(doc))
            after = np[-1].i + 1 if np else k
            if after < len(doc) and doc[after].lemma_.lower() in ("rapporter", "recueillir", "citer", "relayer"):
                continue  # "selon des propos rapportés par TASS": a channel, the speaker is named later
            ref, name = art.speaker_of_np(np)
            if name is None and np:
                name = " ".join(doc.text[np[0].idx : np[-1].idx + len(np[-1].text)].split())
            return tok, ref, name
    return None


def find_quotes(doc: Any, fields: Sequence[tuple[Field, int, int]], refs: Sequence[EntityRef]) -> tuple[Quote, ...]:
    """Direct and indirect quotations of an article, in text order."""
    art = _Article(doc, fields, refs)
    found: list[Quote] = []
    for field, offset, length in fields:
        text = doc.text[offset : offset + length]
        groups = _merge_incises(art, text, offset, quote_spans(text))
        for parts in groups:
            q = _direct(art, field, offset, parts)
            if q is not None:
                found.append(q)
        found.extend(_indirect(art, field, offset, length, [q for q in found if q.field == field]))
    found.sort(key=lambda q: ([f for f, _, _ in fields].index(q.field), q.start))
    return tuple(found)


def _merge_incises(art: _Article, text: str, offset: int, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """« A », a-t-il ajouté, « B » is one statement in two pieces."""
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups:
            prev = groups[-1][-1]
            close = prev[1]
            while close < len(text) and text[close].isspace():
                close += 1
            opening = span[0] - 1
            while opening > 0 and text[opening].isspace():
                opening -= 1
            between = text[close + 1 : opening]
            if 0 < len(between) <= 80 and between.strip().startswith(",") and between.strip().endswith(","):
                toks = [t for t in art.doc.char_span(offset + close + 1, offset + opening, alignment_mode="expand") or []]
                if any(_is_cue(t) for t in toks) and not any(t.text in ".!?;" for t in toks):
                    groups[-1].append(span)
                    continue
        groups.append([span])
    return groups


def _direct(art: _Article, field: Field, offset: int, parts: list[tuple[int, int]]) -> Quote | None:
    doc = art.doc
    start, end = parts[0][0], parts[-1][1]
    d_start, d_end = offset + start, offset + end
    inner = doc.text[d_start:d_end]
    words = len(inner.split())
    open_char = d_start - 1
    while open_char > 0 and doc.text[open_char].isspace():
        open_char -= 1
    close_char = d_end
    while close_char < len(doc.text) - 1 and doc.text[close_char].isspace():
        close_char += 1
    open_tok = art.token_at(open_char)
    sent_first, sent_last = art.sentence(open_char), art.sentence(min(close_char, len(doc.text) - 1))
    field_end = next(o + n for f, o, n in art.fields if f == field)

    # A title, a name, a programme: « Ségur de la santé », le film « … »
    prev = [t for t in doc[max(0, open_tok.i - 3) : open_tok.i] if not t.is_punct]
    if prev and (prev[-1].lemma_.lower() in L.TITLE_CUES or prev[-1].text.lower() in L.TITLE_CUES or
                 (prev[-1].pos_ == "DET" and len(prev) > 1 and prev[-2].text.lower() in L.TITLE_CUES)):
        return None

    # "poursuivi pour « corruption passive »": the name of a charge
    if prev and prev[-1].text.lower() in ("pour", "de", "d'", "d’") and words <= 6 and any(
        t.lemma_.lower() in L.CHARGE_CUES or t.text.lower() in L.CHARGE_CUES
        for t in doc[max(sent_first.start, prev[-1].i - 12) : prev[-1].i]
    ):
        return None

    art.quoted.append((d_start, d_end))
    cue_tok = None
    ref: int | None = None
    name: str | None = None

    # 1. An incise after the closing mark: « … », a déclaré X / a-t-il ajouté / selon X
    after_start = close_char + 1
    incise_end = after_start
    after_end = min(sent_last.end_char, field_end)
    if len(parts) > 1:  # « … », a-t-il ajouté, « … »: the incise is between the pieces
        first_close = offset + parts[0][1]
        while first_close < len(doc.text) - 1 and doc.text[first_close].isspace():
            first_close += 1
        after_start, after_end = first_close + 1, offset + parts[1][0] - 1
    tail = [t for t in doc.char_span(after_start, after_end, alignment_mode="expand") or []] if after_end > after_start else []
    if tail and tail[0].text in (",", "—", "–", "-") or (tail and _is_cue(tail[0])) or (len(tail) > 1 and tail[0].pos_ == "AUX"):
        window = []
        for t in tail[1:] if tail[0].text in (",", "—", "–", "-") else tail:
            if t.text in (".", ";", "!", "?", "«", '"', "“") or (t.text == "," and window and any(_is_cue(w) for w in window)):
                break
            window.append(t)
            if len(window) > 24:
                break
        verb = next((t for t in window[:6] if _is_cue(t)), None)
        if window:
            incise_end = window[-1].idx + len(window[-1].text)
        if verb is not None:
            cue_tok = verb
            clitic = next((t for t in window if t.text.lower() in L.SUBJECT_PRONOUNS and t.text.startswith("-")), None)
            if clitic is not None:
                ref = art.resolve_pronoun(clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()])
                name = art.refs[ref].name if ref is not None else None
            else:
                k = _skip_adjuncts(doc, verb.i + 1, len(doc))
                named = [m for m in art.mentions_in(doc[k].idx if k < len(doc) else verb.idx, window[-1].idx + len(window[-1].text), types=("person",))]
                if named:  # "a déploré sa collègue et candidate au perchoir Mathilde Panot"
                    ref, name = named[0].ref, art.refs[named[0].ref].name
                else:
                    ref, name = art.speaker_of_np(_np_after(doc, k, window[-1].i + 1))
                if ref is None and name is None:
                    ref, name = _subject_before(art, sent_first, open_tok.i)
        else:
            attr = _attribution(art, after_start, after_end)
            if attr is not None and attr[0].i <= (window[0].i + 2 if window else attr[0].i):
                cue_tok, ref, name = attr

    # 2. Before the opening mark, in the same sentence: X a déclaré : « … » / X a jugé « … »
    if cue_tok is None:
        lead_toks = [t for t in doc[sent_first.start : open_tok.i] if not art.in_quote(t.idx)]
        verb = next((t for t in reversed(lead_toks) if _is_cue(t)), None)
        if verb is not None and verb.lemma_.lower() in L.WEAK_CUES and open_tok.i - verb.i > 4:
            verb = None  # "a appelé …, …, « … »": too far for a verb that does not always report speech
        attr = _attribution(art, sent_first.start_char, open_char)
        if verb is not None:
            cue_tok = verb
            ref, name = _subject_before(art, sent_first, verb.i)
            if ref is None and name is None:  # inverted: "a déclaré le ministre : « … »"
                ref, name = art.speaker_of_np(_np_after(doc, verb.i + 1, open_tok.i))
        elif attr is not None:
            cue_tok, ref, name = attr
        elif lead_toks and lead_toks[-1].text == ":":
            ref, name = _subject_before(art, sent_first, lead_toks[-1].i)

    # 3. Standing alone: the previous speaker goes on, or the sentence before introduces it.
    alone = not [t for t in doc[sent_first.start : open_tok.i] if not t.is_punct and not t.is_space]
    if cue_tok is None and ref is None and name is None and alone:
        if art.last_speaker and d_start - art.last_speaker[0] < 400:
            ref, name = art.last_speaker[1], art.last_speaker[2]
        else:
            prev_tok = doc[sent_first.start - 1] if sent_first.start > 0 else None
            if prev_tok is not None and not prev_tok.is_space:
                prev_sent = art.sentence(prev_tok.idx)
                if prev_sent.text.rstrip().endswith(":") or any(_is_cue(t) for t in prev_sent):
                    verb = next((t for t in reversed(list(prev_sent)) if _is_cue(t)), prev_sent[-1])
                    ref, name = _subject_before(art, prev_sent, verb.i)

    if cue_tok is None and ref is None and name is None:
        if words < MIN_FLOATING_WORDS or not alone:
            art.quoted.pop()
            return None  # a scare quote, a name, an expression
    if cue_tok is None and words <= 3 and inner[:1].isupper() and not alone and ref is None:
        art.quoted.pop()
        return None

    cue = _cue_text(doc, cue_tok) if cue_tok is not None and cue_tok.pos_ in ("VERB", "AUX") else (cue_tok.text if cue_tok is not None else None)
    # the channel is named around the cue: before the quotation, or in the incise after it
    channel = None
    if cue_tok is not None:
        if cue_tok.idx > d_end:
            channel = _channel(art, close_char, max(incise_end, sent_last.end_char, cue_tok.idx + 1), cue_tok.idx)
        else:
            channel = _channel(art, sent_first.start_char, open_char, cue_tok.idx)
    if ref is not None or name is not None:
        art.last_speaker = (d_end, ref, name)
    return Quote(
        field=field, start=start, end=end, text=inner, kind="direct",
        speaker_name=name, speaker_ref=ref, cue=cue, channel=channel,
        parts=tuple(parts) if len(parts) > 1 else (),
    )


def _indirect(art: _Article, field: Field, offset: int, length: int, direct: list[Quote]) -> list[Quote]:
    """Reported speech: "X a déclaré que …", "X a affirmé avoir …", "selon X, …"."""
    doc = art.doc
    out: list[Quote] = []
    for sent in art.sentences(offset, offset + length):
        s_start, s_end = max(sent.start_char, offset), min(sent.end_char, offset + length)
        used_cues = set()
        for tok in sent:
            if not _is_cue(tok) or art.in_quote(tok.idx) or tok.i in used_cues:
                continue
            k = _complement(doc, tok, sent.end)
            if k is None:
                q = _final_incise(art, field, offset, sent, tok)
                if q is not None:
                    used_cues.add(tok.i)
                    out.append(q)
                continue
            is_que = doc[k].text.lower() in ("que", "qu'", "qu’")
            if not is_que and (not _infinitive(doc[k]) or tok.lemma_.lower() in L.WEAK_CUES):
                continue
            c_start = doc[k + 1].idx if is_que and k + 1 < sent.end else doc[k].idx
            c_end = s_end
            while c_end > c_start and doc.text[c_end - 1] in " .!?;…\n":
                c_end -= 1
            if c_end - c_start < 8 or _covered(art, c_start, c_end):
                continue
            ref, name = _subject_before(art, sent, tok.i)
            if ref is None and name is None:
                attr = _attribution(art, s_start, tok.idx)
                if attr is not None:
                    _, ref, name = attr
            used_cues.add(tok.i)
            art.quoted.append((c_start, c_end))
            if ref is not None or name is not None:
                art.last_speaker = (c_end, ref, name)
            out.append(Quote(
                field=field, start=c_start - offset, end=c_end - offset, text=doc.text[c_start:c_end], kind="indirect",
                speaker_name=name, speaker_ref=ref, cue=_cue_text(doc, tok),
                channel=_channel(art, s_start, s_end, tok.idx),
            ))
        # "Selon X, …" / "…, selon X."
        attr = _attribution(art, s_start, s_end)
        if attr is None or any(q.start <= attr[0].idx - offset <= q.end + 30 for q in direct + out if q.field == field):
            continue
        prep, ref, name = attr
        if name is None:
            continue
        np_end = _np_after(doc, prep.i + 1, sent.end)
        after_np = (np_end[-1].idx + len(np_end[-1].text)) if np_end else prep.idx + len(prep.text)
        if prep.idx - s_start < 3:  # "Selon X, …"
            c_start = after_np
            while c_start < s_end and doc.text[c_start] in " ,":
                c_start += 1
            c_end = s_end
        else:  # "…, selon X." or "…, selon X, …"
            c_start, c_end = s_start, prep.idx
        while c_end > c_start and doc.text[c_end - 1] in " ,.!?;…\n":
            c_end -= 1
        if c_end - c_start < 12 or _covered(art, c_start, c_end):
            continue
        art.quoted.append((c_start, c_end))
        out.append(Quote(
            field=field, start=c_start - offset, end=c_end - offset, text=doc.text[c_start:c_end], kind="indirect",
            speaker_name=name, speaker_ref=ref, cue=prep.text.lower() if prep.text.lower() != "d'" else "d'après",
            channel=_channel(art, s_start, s_end, prep.idx),
        ))
    return out


def _skip_adjuncts(doc: Any, k: int, limit: int) -> int:
    """Past adverbs, clitics, time phrases ("mardi 2 juillet", "ce week-end") and prepositional
    phrases ("à l'AFP", "sur Franceinfo") that may stand between a verb and its inverted subject."""
    while k < limit:
        tok = doc[k]
        low = tok.text.lower()
        if tok.pos_ in ("ADV", "SPACE") or tok.text in ("-",) or low in L.TIME_WORDS or low in fr_months() \
                or tok.pos_ == "NUM" or (low in ("ce", "cette", "le") and k + 1 < limit and doc[k + 1].text.lower() in L.TIME_WORDS):
            k += 1
            continue
        if tok.pos_ == "ADP" and low not in ("de", "du", "des"):
            j = k + 1
            while j < limit and doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "SPACE") and j - k <= 5:
                j += 1
            if j < limit and j > k + 1 and doc[j].pos_ in ("DET", "PROPN", "NOUN"):
                k = j  # another phrase follows: this one was an adjunct
                continue
        break
    return k


def _final_incise(art: _Article, field: Field, offset: int, sent: _Sent, verb: Any) -> Quote | None:
    """"Le corps a été retrouvé dimanche, a annoncé la préfecture du Var." The statement comes
    first; an incise with the reporting verb and its inverted subject closes the sentence."""
    doc = art.doc
    i = verb.i - 1
    while i >= sent.start and (doc[i].pos_ in ("AUX", "ADV") or doc[i].text.lower() in ("-t", "-il", "-elle", "l'", "l’", "lui", "leur")):
        i -= 1
    if i < sent.start or doc[i].text != ",":
        return None
    comma = doc[i]
    # after the verb: the subject, then at most prepositional or time phrases to the end
    k = _skip_adjuncts(doc, verb.i + 1, sent.end)
    np = _np_after(doc, k, sent.end)
    if not np or np[0].pos_ == "ADP":
        return None
    rest = [t for t in doc[np[-1].i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if len(rest) > 8 or any(t.pos_ in ("VERB",) for t in rest):
        return None
    ref, name = art.speaker_of_np(np)
    if name is None:
        name = " ".join(doc.text[np[0].idx : np[-1].idx + len(np[-1].text)].split())
    c_start, c_end = max(sent.start_char, offset), comma.idx
    for q_start, _ in art.quoted:  # the statement starts after any quotation in the sentence
        if c_start <= q_start < c_end:
            return None
    while c_end > c_start and doc.text[c_end - 1] in " ,":
        c_end -= 1
    if c_end - c_start < 12:
        return None
    art.quoted.append((c_start, c_end))
    if ref is not None or name is not None:
        art.last_speaker = (c_end, ref, name)
    return Quote(
        field=field, start=c_start - offset, end=c_end - offset, text=doc.text[c_start:c_end], kind="indirect",
        speaker_name=name, speaker_ref=ref, cue=_cue_text(doc, verb),
        channel=_channel(art, comma.idx, sent.end_char, verb.idx),
    )


def _complement(doc: Any, verb: Any, limit: int) -> int | None:
    """Index of the "que" or the infinitive that a reporting verb governs, or None.

    Between them may stand adverbs, clitics and one short prepositional phrase ("a annoncé sur
    Truth Social avoir eu", "a indiqué à l'AFP que"), never a noun phrase of its own
    ("a plaidé pour des pourparlers en vue de mettre" is not reported speech).
    """
    k = verb.i + 1
    pp = 0
    while k < limit:
        tok = doc[k]
        low = tok.text.lower()
        if low in ("que", "qu'", "qu’"):
            return k
        if _infinitive(tok):
            before = doc[k - 1]
            if before.pos_ == "ADP" and before.i != verb.i + 1:
                return None  # "en vue de mettre": the infinitive hangs on a noun
            return k
        if tok.pos_ in ("ADV", "SPACE") or tok.text.startswith("-") or low in ("ne", "n'", "n’", "pas", "y", "en") or low in L.TIME_WORDS:
            k += 1
            continue
        if low in ("ce", "cette") and k + 1 < limit and doc[k + 1].text.lower() in L.TIME_WORDS:
            k += 2
            continue
        if tok.pos_ == "ADP" and pp == 0:
            j = k + 1
            while j < limit and j - k <= 5 and doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "SPACE"):
                j += 1
            if j == k + 1:
                return None
            pp += 1
            k = j
            if k < limit and doc[k].text == ",":
                k += 1
            continue
        if tok.text == "," and pp == 0:
            k += 1
            continue
        return None
    return None


def _infinitive(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Inf" in tok.morph.get("VerbForm")


def _covered(art: _Article, start: int, end: int) -> bool:
    """Mostly inside a quotation already found."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in art.quoted)
    return inside > 0.6 * (end - start)
