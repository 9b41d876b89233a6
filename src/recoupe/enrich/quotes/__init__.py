"""Quotations: who said what, through which channel.

Rule-based, over the tokens, parts of speech and entity mentions of an article (no dependency
parse, which is both slow and unreliable on the inverted subjects of French incises):

* direct quotations between « », “ ” or straight double quotes, merged when an incise splits one
  statement in two (« … », a-t-il ajouté, « … »), when only punctuation stands between pieces
  (« … »« … ») or when pieces of one sentence share one cue; names, titles, charges and scare
  quotes in quotation marks are not quotations;
* indirect speech: a reporting verb followed by "que" or an infinitive ("a déclaré que …",
  "a affirmé avoir …"), "selon X, …" / "…, selon X", "Pour X, …" and "…, a indiqué X."; reported
  content that holds a direct quotation is given by the quotation alone;
* the speaker: the subject before the reporting verb, the subject after it in an incise, the
  pronoun of "a-t-il ajouté" or a role ("le dirigeant ukrainien") resolved to a person or an
  organisation of the article, the main clause's subject for a participle ("…, estimant que"),
  the author of a document ("précise le communiqué"), the speaker of the previous quotation for
  a quotation standing alone, the name after any verb in an incise ("« … », soupire X"), the
  speaker of earlier words for words mentioned ("la formule « … »"); no one for unnamed people
  ("ses enfants", "des témoins") or the outlet itself ("selon nos informations");
* sentences are read in order, direct and indirect quotations together, so that "il" or "le
  ministre" may stand for the speaker just quoted;
* the channel: "sur Truth Social", "dans un communiqué", "au New York Post", "à la presse"...

Offsets are into the field the quotation is in (``title``, ``lead`` or ``body``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from recoupe.enrich.entities import fold
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_NOUNS
from recoupe.models import EntityRef, Field, Quote

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

    @property
    def text(self) -> str:
        return self.doc[self.start : self.end].text


@dataclass(slots=True)
class _Mention:
    start: int  # offsets in the doc
    end: int
    ref: int  # index into the article's entities
    type: str
    complement: bool = False  # after a preposition: "conseiller de François Hollande", "dans Le Monde" (not "par X")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of the quotation marks of ``text`` (without the marks), in order."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    straight_open: int | None = None
    dangling: int | None = None  # a mark that looked closing with nothing open: the opener of glued text
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
            closes = (after.isspace() or after in ".,;:!?)…»-—–'’\"") and not before.isspace()
            if straight_open is None:
                if opens or not closes:
                    straight_open, dangling = i, None
                elif dangling is not None and _glued_opener(text, dangling, i):
                    # '…mois" La première étape … concernées" a indiqué': a space put after a glued
                    # opening mark made it look closing; the next closing mark ends its quotation
                    spans.append((dangling + 1, i))
                    dangling = None
                else:
                    dangling = i
            elif closes or not opens:
                if i - straight_open - 1 <= MAX_QUOTE_CHARS and "\n\n" not in text[straight_open:i]:
                    spans.append((straight_open + 1, i))
                straight_open = None
            elif _ends_sentence(text, straight_open, i):
                # '"… de la vérité. "Aucune avancée': a space put before a glued closing mark made it
                # look opening; the quotation ends with its sentence
                spans.append((straight_open + 1, i))
                straight_open = None
            else:
                straight_open = i  # the one before was a stray mark
        elif ch == "\n" and text[i : i + 2] == "\n\n":
            straight_open = dangling = None  # straight quotes do not run across paragraphs
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


def _glued_opener(text: str, mark: int, close: int) -> bool:
    """A mark that looked closing ('…mois" La suite') opens the quotation that the mark at
    ``close`` ends: a sentence starts after it, and no paragraph or other mark stands between."""
    inner = text[mark + 1 : close]
    return (inner[:1] == " " and inner[1:2].isupper() and close - mark <= MAX_QUOTE_CHARS
            and "\n\n" not in inner and not any(c in inner for c in "«»“”"))


def _ends_sentence(text: str, opened: int, mark: int) -> bool:
    """A mark that looks opening ('…vérité. "Aucune') closes the quotation opened at ``opened``:
    a full sentence of several words, ended by its punctuation and a space, stands between."""
    inner = text[opened + 1 : mark].rstrip(" ")
    return len(inner) < len(text[opened + 1 : mark]) and inner[-1:] in ".!?…" and len(inner.split()) >= 4


class _Article:
    """One article's doc, fields and entity mentions, with the look-ups the rules need."""

    def __init__(self, doc: Any, fields: Sequence[tuple[Field, int, int]], refs: Sequence[EntityRef]) -> None:
        self.doc = doc
        self.text: str = doc.text  # once: Doc.text joins all the tokens on each call
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
        self._tok_starts = [t.idx for t in doc]
        for m in self.mentions:
            i = bisect_right(self._tok_starts, m.start) - 1
            m.complement = i > 0 and (doc[i - 1].pos_ == "ADP" or doc[i - 1].text.lower() in L.COMPLEMENT_PREPS) and doc[i - 1].text.lower() != "par"
        self._sent_bounds = [(s.start_char, s.end_char) for s in doc.sents]  # once: Token.sent is slow
        self._sent_starts = [s for s, _ in self._sent_bounds]
        self.gender = self._genders()
        self.descriptors = self._descriptors()
        self.quoted: list[tuple[int, int]] = []  # doc spans already taken by quotations
        self.names_end = -1  # the closing mark of the last name or label found in marks
        self.last_speaker: tuple[int, int | None, str | None] | None = None  # (doc end, ref, name)
        self.speakers: list[tuple[int, int, int | None]] = []  # (doc start, end, ref) of the quotations with a speaker
        self.said: list[tuple[str, int | None, str | None]] = []  # (folded words, ref, name) of the quotations found

    # -- look-ups -------------------------------------------------------------------------
    def token_at(self, char: int) -> Any:
        """The token holding ``char``, or the one before it when ``char`` is a space."""
        return self.doc[max(0, bisect_right(self._tok_starts, char) - 1)]

    def sentence(self, char: int) -> _Sent:
        """The sentence holding ``char``, never running across a paragraph break."""
        k = max(0, bisect_right(self._sent_starts, char) - 1)
        sent_start, sent_end = self._sent_bounds[k]
        text = self.text
        lo = max(sent_start, text.rfind("\n\n", 0, char) + 2)
        hi_break = text.find("\n\n", char)
        hi = min(sent_end, hi_break) if hi_break >= 0 else sent_end
        first, last = self.token_at(lo), self.token_at(max(lo, hi - 1))
        return _Sent(self.doc, first.i, last.i + 1)

    def sentences(self, start: int, end: int) -> list[_Sent]:
        out: list[_Sent] = []
        char = start
        while char < end:
            while char < end and self.text[char].isspace():
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

    def add(self, quote: Quote, offset: int) -> Quote:
        """Record a quotation found: its span is taken, its speaker is the current one."""
        start, end = offset + quote.start, offset + quote.end
        self.quoted.append((start, end))
        if quote.speaker_ref is not None or quote.speaker_name is not None:
            self.last_speaker = (end, quote.speaker_ref, quote.speaker_name)
            self.speakers.append((start, end, quote.speaker_ref))
            self.said.append((fold(quote.text), quote.speaker_ref, quote.speaker_name))
        return quote

    def last_speaker_before(self, char: int) -> int | None:
        """The person or organisation quoted by name in the 300 characters before ``char``."""
        before = [(e, k) for s, e, k in self.speakers if e <= char]
        if not before:
            return None
        end, k = max(before, key=lambda x: x[0])
        return k if self.gap(end, char) < 300 else None

    def in_quote(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.quoted)

    def _genders(self) -> dict[int, str]:
        """The gender of people, told by an honorific ("Mme", "M."), a determiner ("la maire de
        Paris Anne Hidalgo", "l'ancienne ministre X") or a feminine role; of organisations, by
        their determiner ("la DGCCRF")."""
        genders: dict[int, str] = {}
        for m in self.mentions:
            before = self.text[max(0, m.start - 12) : m.start].lower().split()
            word = before[-1] if before else ""
            if word in _FEMININE_HONORIFICS or word in ("la",):
                genders.setdefault(m.ref, "f")
            elif word in _MASCULINE_HONORIFICS or word in ("le",):
                genders.setdefault(m.ref, "m")
            elif m.type == "person":
                gender = self._role_gender_before(self.token_at(m.start).i)
                if gender is not None:
                    genders.setdefault(m.ref, gender)
        for k, ref in enumerate(self.refs):
            for role in ref.roles:
                head = role.split()[0] if role else ""
                if head.endswith(("rice", "esse", "ière", "ienne", "ante", "ente")) or head in ("présidente", "députée", "préfète", "cheffe", "élue", "avocate", "adjointe", "directrice"):
                    genders.setdefault(k, "f")
        return genders

    def _descriptors(self) -> list[tuple[int, int, str]]:
        """(position, entity, folded noun) of the common nouns that describe a named person or
        organisation: before the name ("l'agence Santé publique France", "le Néerlandais Jan F.")
        or in apposition after it ("Claude S., l'octogénaire suspecté …"); a later definite
        description with that noun ("l'octogénaire", "l'agence") stands for it."""
        doc, out = self.doc, []
        for m in self.mentions:
            if m.type not in ("person", "organisation"):
                continue
            i = bisect_right(self._tok_starts, m.start) - 1
            j = i - 1
            while j > 0 and doc[j].text in ("M.", "Mme", "Me", "Dr"):
                j -= 1
            if j > 0 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].text[:1].isalpha() and doc[j - 1].pos_ == "DET":
                out.append((m.start, m.ref, fold(doc[j].text)))
            k = bisect_right(self._tok_starts, m.end - 1)
            if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].pos_ == "DET" and doc[k + 2].pos_ in ("NOUN", "ADJ") and doc[k + 2].text[:1].islower():
                # an apposition closed before any other name ("X, le président de Y, Z" is Z's)
                tail = doc[k + 3 : min(len(doc), k + 24)]
                close = next((t for t in tail if t.is_punct or t.ent_type_ == "PER" or (t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm"))), None)
                after = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else None
                if close is not None and close.ent_type_ != "PER" and not (after is not None and (after.ent_type_ == "PER" or after.text in ("M.", "Mme", "Me"))):
                    out.append((m.start, m.ref, fold(doc[k + 2].text)))
        return out

    def described(self, char: int, noun: str) -> int | None:
        """The entity last described with ``noun`` before ``char`` ("l'octogénaire")."""
        key = fold(noun)
        found = [k for pos, k, n in self.descriptors if n == key and pos < char]
        return found[-1] if found else None

    def _role_gender_before(self, i: int) -> str | None:
        """The gender of the role phrase just before a name, from its determiner and adjectives."""
        doc = self.doc
        j = i - 1
        while j >= max(0, i - 7) and doc[j].pos_ in ("PROPN", "ADP", "DET", "ADJ", "NOUN") and doc[j].text not in ("M.", "Mme"):
            if doc[j].pos_ == "NOUN" and doc[j].text.lower() in ROLE_NOUNS:
                k = j - 1
                while k >= 0 and doc[k].pos_ == "ADJ":
                    k -= 1
                for tok in doc[max(0, k) : j + 1]:
                    if tok.pos_ in ("DET", "ADJ") or tok.i == j:
                        gender = tok.morph.get("Gender")
                        if gender and tok.text.lower() not in ("l'", "l’"):
                            return "f" if gender[0] == "Fem" else "m"
                return None
            j -= 1
        return None

    # -- speakers -------------------------------------------------------------------------
    def pronoun_speaker(self, char: int, gender: str | None, *, persons_only: bool = False) -> tuple[int | None, str | None]:
        """The speaker a pronoun stands for, by name: also an unnamed office holder or body just
        quoted ("le ministre turc des Affaires étrangères …, a-t-il ajouté")."""
        last = self.last_speaker
        if last and last[1] is None and last[2] is not None and self.gap(last[0], char) < 300:
            return None, last[2]
        k = self.resolve_pronoun(char, gender, persons_only=persons_only)
        return (None, k) if isinstance(k, str) else self._named(k)

    def resolve_pronoun(self, char: int, gender: str | None, *, persons_only: bool = False) -> int | str | None:
        """The person or organisation a subject pronoun stands for: the current speaker if a
        quotation just ended, else, sentence by sentence going back, the first of the sentence
        that agrees with the pronoun: a person named, a role opening it ("le président de la
        FFF", resolved to the person who holds it) or an organisation that is no noun's
        complement ("la DGCCRF …, a-t-elle indiqué"); a role opening the sentence that no one named
        holds yet stands for itself, by its words ("le président de la FFF")."""
        last = self.last_speaker
        if last and last[1] is not None and self.gap(last[0], char) < 300 and self._agrees(last[1], gender) and (
                persons_only is False or self.refs[last[1]].type == "person"):
            newer = self._subject_since(last[0], char, gender)
            return newer if newer is not None and newer != last[1] else last[1]
        sent = self.sentence(max(0, char - 1))
        for _ in range(4):
            candidates = []
            role = self._role_subject(sent)
            if role is not None and role[0] < char:
                candidates.append((0, role[0], role[1]))
            unheld = self._unheld_role(sent) if role is None else None
            if unheld is not None and unheld[0] < char and unheld[2] in (None, gender):
                candidates.append((0, unheld[0], unheld[1]))
            subject = self._subject_mention(sent)
            if subject is not None and subject.start < char:
                candidates.append((-1, subject.start, subject.ref))
            for m in self.mentions:
                if sent.start_char <= m.start < min(sent.end_char, char) and not self.in_quote(m.start) and (
                        m.type == "person" or not (m.complement or persons_only)):
                    candidates.append((0 if m.type == "person" else 1, m.start, m.ref))
            for _, _, k in sorted(candidates, key=lambda c: c[:2]):  # people first: "il" is seldom the organisation named with them
                if isinstance(k, str) or self._agrees(k, gender):
                    return k
            if sent.start == 0:
                break
            prev = self.doc[sent.start - 1]
            while prev.i > 0 and (prev.is_space or prev.is_punct):
                prev = self.doc[prev.i - 1]
            sent = self.sentence(prev.idx)
        return None

    def _subject_mention(self, sent: _Sent) -> _Mention | None:
        """The person named as the subject of the sentence's first verb: the last person named
        before it outside a complement, past appositions ("…, la procureure de Strasbourg, Yolande
        R., a effectué un point")."""
        verb = next((t for t in sent if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not self.in_quote(t.idx)), None)
        if verb is None:
            return None
        found = None
        for m in self.mentions:
            if sent.start_char <= m.start < verb.idx and m.type == "person" and not self.in_quote(m.start):
                found = m if not m.complement else found
        return found

    def _subject_since(self, start: int, char: int, gender: str | None, ref: int | None = None) -> int | None:
        """A person named as the subject opening a sentence between ``start`` and ``char`` (the
        speaker changes: "« … », a dit X. Y, président de Z, voit … « … », a-t-il souligné")."""
        found = None
        for m in self.mentions:
            if m.start <= start or m.start >= char or m.type != "person" or m.complement or self.in_quote(m.start) or ref not in (None, m.ref):
                continue
            sent = self.sentence(m.start)
            toks = list(self.doc[sent.start : self.token_at(m.start).i])
            comma = max((n for n, t in enumerate(toks) if t.text == ","), default=None)
            if comma is not None and self._adjunct(toks[:comma]):
                toks = toks[comma + 1 :]  # "Sur Twitter, X a …", "Mardi soir, X a …"
            lead = [t for t in toks if not t.is_punct and not t.is_space]
            if len(lead) <= 1 and self._agrees(m.ref, gender):
                found = m.ref
        return found

    def _adjunct(self, toks: list[Any]) -> bool:
        """A short phrase opening a sentence before its subject ("Sur Twitter", "De son côté"):
        no verb, no one named, a few words."""
        words = [t for t in toks if not t.is_punct and not t.is_space]
        return 0 < len(words) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in words) and not any(
            self.mention_at(t.idx, t.idx + len(t.text), types=("person",)) for t in words)

    def gap(self, start: int, end: int) -> int:
        """Characters from ``start`` to ``end`` outside quotations."""
        inside = sum(max(0, min(end, e) - max(start, s)) for s, e in self.quoted)
        return end - start - inside

    def _agrees(self, k: int, gender: str | None) -> bool:
        return gender is None or self.gender.get(k, gender) == gender

    def _role_subject(self, sent: _Sent) -> tuple[int, int] | None:
        """A role phrase as the subject of a sentence ("Le ministre a rappelé", "À l'inverse, le
        président de la FFF trouve"), resolved to the person who holds it, else a definite role
        to the person named last."""
        found = self._role_phrase(sent)
        if found is None:
            return None
        toks, j, i = found
        head = toks[j + 1]
        words = [t.text for t in toks[j + 1 : i + 1] if t.pos_ in ("NOUN", "ADJ", "PROPN")][:4]
        for n in range(len(words), 0, -1):
            k = self.resolve_role(words[:n], head.idx)
            if k is not None:
                return head.idx, k
        bare = all(t.pos_ in ("NOUN", "ADJ") for t in toks[j + 1 : i + 1])  # "le nouveau secrétaire général", not "le président de la FFF"
        if bare and toks[j].text.lower() in L.DEFINITE_DETERMINERS and toks[j].text.lower() != "les":
            k = self.salient(head.idx, "person", _np_gender(toks[j : i + 1], head), role_head=head.text.lower())
            if k is not None:
                return head.idx, k
        return None

    def _role_phrase(self, sent: _Sent) -> tuple[list[Any], int, int] | None:
        """The role phrase that is the subject of a sentence's first verb ("Le ministre a rappelé",
        "À l'inverse, le président de la FFF trouve"): (tokens, index of its determiner, of its
        last word)."""
        toks = [t for t in list(sent)[:16] if not t.is_space]
        verb = next((n for n, t in enumerate(toks) if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
        if verb is None:
            return None
        i = verb - 1
        while i > 0 and (toks[i].pos_ in ("ADV", "PRON") or toks[i].text in ("-", ",")) and toks[i].text.lower() not in ("il", "elle"):
            i -= 1
        j = i
        while j > 0 and (toks[j - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN", "NUM") or toks[j - 1].text.lower() in ("de", "du", "des", "d'", "d’")):
            j -= 1
        if j > i or j >= len(toks) or toks[j].pos_ != "DET" or j + 1 > i:
            return None
        head = toks[j + 1]
        if head.pos_ != "NOUN" or not head.text[:1].islower() or head.text.lower() not in ROLE_NOUNS:
            return None
        return toks, j, i

    def _unheld_role(self, sent: _Sent) -> tuple[int, str, str | None] | None:
        """A definite role opening the sentence that no person of the article holds yet ("À
        l'inverse, le président de la FFF trouve …"): (position, its words, its gender), for the
        pronouns after it to stand for; the name may come later (see ``_resolve_roles``)."""
        found = self._role_phrase(sent)
        if found is None:
            return None
        toks, j, i = found
        if toks[j].text.lower() not in L.DEFINITE_DETERMINERS or toks[j].text.lower() == "les" or "Plur" in toks[j + 1].morph.get("Number"):
            return None
        if any(self.mention_at(t.idx, t.idx + len(t.text), types=("person",)) for t in toks[j : i + 1]):
            return None
        text = " ".join(self.text[toks[j].idx : toks[i].idx + len(toks[i].text)].split())
        return toks[j + 1].idx, text, _np_gender(toks[j : i + 1], toks[j + 1])

    def role_holder(self, at: int, quote_start: int, head: str, gender: str | None, speakers: set[int | None]) -> int | None:
        """The person who holds a role given at ``at`` with no name, named after it (see
        ``_resolve_roles``): the first person named in the next 600 characters outside quotations
        and complements, who may hold the role (gender, known roles), who is quoted by name in the
        article or, of known gender, named there for the first time (not the topic named all
        along), with no one else quoted by name in between (a list of
        reactions: « … », a dit X. Le délégué de Y a appelé à « … ». « … », a écrit Z)."""
        quoted_between = {k for s, _, k in self.speakers if at < s}
        first = self.sentence(at)
        past_title = next((o + n for f, o, n in self.fields if f == "title"), 0)  # a title names whom the story is about
        for m in self.mentions:
            if m.start <= max(at, first.end_char) or m.type != "person" or m.complement or self.in_quote(m.start):
                continue  # not in its own sentence ("Pour le ministre, X a tort": X is not the minister)
            if self.gap(at, m.start) > 600:
                return None
            known = self.gender.get(m.ref)
            fits = self._role_fits(m.ref, head) and (known is None or gender is None or known == gender)
            others = {k for s, _, k in self.speakers if at < s < m.start and k is not None and k != m.ref}
            new = not any(past_title <= x.start < at for x in self.mentions if x.ref == m.ref)
            if fits and not others and (m.ref in speakers or (known is not None and new)):
                return m.ref  # quoted by name, or introduced only now: not the topic named all along
            if m.ref in quoted_between or known is not None:
                return None  # someone else is named first
        return None

    def _role_fits(self, k: int, role_head: str | None) -> bool:
        """A person whose known roles are all of another kind is not "le suspect" or "le maire"."""
        if role_head is None or self.refs[k].type != "person" or not self.refs[k].roles:
            return True
        key = fold(role_head)
        heads = _ROLE_SYNONYMS.get(key, frozenset()) | {key}
        return any(set(fold(r).split()) & heads for r in self.refs[k].roles)

    def salient(self, char: int, etype: str, gender: str | None, head: str | None = None, window: int = 1200,
                role_head: str | None = None) -> int | None:
        """The person (or organisation) a definite description stands for: the one named last
        before ``char``, outside quotations and not as a noun's complement ("conseiller de
        François Hollande"), or the current speaker when no one was named since; agreeing in
        gender. ``head``, when given, must be in the organisation's name ("le parquet")."""
        found = None
        for m in reversed(self.mentions):
            if m.end > char or m.type != etype or self.in_quote(m.start) or m.complement:
                continue
            if char - m.end > window:
                break
            if self._agrees(m.ref, gender if etype == "person" else None) and (head is None or head in fold(self.refs[m.ref].name).split()) \
                    and self._role_fits(m.ref, role_head):
                found = m
                break
        last = self.last_speaker
        if last and last[1] is not None and char - last[0] < 400 and self.refs[last[1]].type == etype and (
                found is None or found.start < last[0]) and self._agrees(last[1], gender if etype == "person" else None) and (
                head is None or head in fold(self.refs[last[1]].name).split()) and self._role_fits(last[1], role_head):
            return last[1]
        return found.ref if found is not None else None

    def resolve_role(self, words: list[str], before: int | None = None, phrase: str | None = None) -> int | None:
        """The one person whose roles hold all the words of "le dirigeant ukrainien", or whose role
        is one that the head word may stand for ("le magistrat": a prosecutor or a judge; "le
        haut-gradé": a general), among those named before ``before`` when it is given."""
        wanted = {part for w in words if len(w) > 2 for part in fold(w).split()}
        if not wanted:
            return None
        named = self._named_before(before if len(wanted) < 2 else None)  # a full role may name someone introduced later
        found = [k for k, ref in enumerate(self.refs)
                 if k in named and ref.type == "person" and any(wanted <= set(fold(role).split()) for role in ref.roles)]
        if len(found) == 1:
            return found[0]
        heads = next((_ROLE_SYNONYMS[key] for key in (phrase, fold(" ".join(words)), *(fold(w) for w in words)) if key in _ROLE_SYNONYMS), None)
        if not found and heads and len(words) <= 3:
            found = [k for k, ref in enumerate(self.refs)
                     if k in named and ref.type == "person" and any(fold(role).split()[:1] and fold(role).split()[0] in heads for role in ref.roles)]
            if len(found) == 1:
                return found[0]
        return None

    def _named_before(self, char: int | None) -> set[int]:
        if char is None:
            return set(range(len(self.refs)))
        return {m.ref for m in self.mentions if m.start < char}

    def speaker_of_np(self, tokens: list[Any], *, attributed: bool = False) -> tuple[int | None, str | None]:
        """Speaker from a noun phrase: a pronoun, an entity in it, a role of a known person, a
        definite description ("le magistrat", "l'hebdomadaire") of the person or organisation
        named last; an unnamed office holder or body by its description; else no one (unnamed
        people: "ses enfants", "une salariée", "des témoins"). ``attributed``: the phrase follows
        "selon" or "pour", where an office often names again the one just quoted."""
        if not tokens:
            return None, None
        low = tokens[0].text.lower()
        if low in L.SUBJECT_PRONOUNS or low.lstrip("-") in ("il", "elle", "ils", "elles"):
            return self.pronoun_speaker(tokens[0].idx, L.SUBJECT_PRONOUNS.get(low, L.SUBJECT_PRONOUNS.get("-" + low.lstrip("-"))))
        tokens, possessive = _strip_source_noun(tokens)
        if possessive is not None:  # "selon ses déclarations": the person it stands for
            if possessive.text.lower() in ("notre", "nos", "mon", "ma", "mes"):
                return None, None  # "selon nos informations": the outlet's own reporting, no one quoted
            return self.pronoun_speaker(possessive.idx, None, persons_only=True)
        if not tokens or tokens[0].pos_ == "ADP":  # "dans son rapport": a channel
            return None, None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = " ".join(self.text[start:end].split())
        head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isalpha()), None)
        is_role = head is not None and head.text.lower() in ROLE_NOUNS
        inside = [m for m in self.mentions if m.start < end and start < m.end and m.type in ("person", "organisation")]
        person = next((m for m in inside if m.type == "person"), None)
        if person is not None:  # "le porte-parole du Kremlin Dmitri Peskov": the person
            return self._named(person.ref)
        det = tokens[0].text.lower() if tokens[0].pos_ == "DET" else ""
        if head is not None and head.pos_ == "NOUN" and head.text[:1].islower() and det in L.DEFINITE_DETERMINERS:
            if head.text.lower() in L.DOCUMENT_NOUNS:
                return self.document_author(start)
            k = self.described(start, head.text)
            if k is not None:  # "l'octogénaire", "l'agence": the one described so before
                return self._named(k)
        words = [t.text for t in tokens if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        phrase = fold(" ".join(t.text for t in (tokens[1:] if tokens[0].pos_ == "DET" else tokens)))  # "haut - gradé" -> "haut grade"
        role_like = head is not None and head.pos_ == "NOUN" and (is_role or phrase in _ROLE_SYNONYMS or any(fold(w) in _ROLE_SYNONYMS for w in words))
        k = self.resolve_role(words or [head.text], end + 3, phrase) if role_like else None  # named before, or in apposition
        if k is not None:  # "le président de la FFF"
            return self._named(k)
        if head is not None and head.text in L.DOCUMENT_NOUNS:
            return self.document_author(start)  # "selon un communiqué": its author, when just quoted (not "Le Courrier picard")
        if inside:  # "le président du Samu social", unnamed: the office, not the organisation
            return (None, text) if is_role else self._named(inside[-1].ref)
        if head is None or head.pos_ == "PROPN" or not head.text[:1].islower():
            return None, text if head is not None else None
        is_org = head.lemma_.lower() in L.ORGANISATION_NOUNS or head.text.lower() in L.ORGANISATION_NOUNS
        noun = head.text.lower()
        if noun in L.ORGANISER_NOUNS and det in L.DEFINITE_DETERMINERS:
            return None, self.organisers(tokens, head)
        private = noun in L.PRIVATE_PERSON_NOUNS or head.lemma_.lower() in L.PRIVATE_PERSON_NOUNS
        last = self.last_speaker
        if last is not None and last[1] is None and last[2] and start - last[0] < 800 and det in L.DEFINITE_DETERMINERS \
                and fold(noun) in fold(last[2]).split():
            return None, last[2]  # "les deux ministères": the ministries just quoted, by the name given then
        office = is_role and any(t.text.lower() in ("de", "du", "des", "d'", "d’") for t in tokens[1:])
        if det in L.DEFINITE_DETERMINERS and noun not in L.TIME_WORDS and not private:
            # "le magistrat", "l'ex-collaborateur de l'Élysée", "le groupe industriel", "le parquet"
            named_by_head = fold(noun) if noun in L.SELF_NAMING_ORGANISATIONS else None
            k = self.salient(start, "organisation" if is_org else "person", _np_gender(tokens, head), named_by_head,
                             role_head=noun if not is_org else None)
            if k is not None and office and ((k == self.last_speaker_before(start) and not attributed) or (
                    k not in {r for _, _, r in self.speakers} and k not in self.gender
                    and self._subject_since(max(0, start - 400), start, None, k) is None)):
                k = None  # an office ("la ministre des Armées") is not anyone named last: one quoted, of the right
                # gender or a sentence's subject, but not the one quoted just before (« … », a dit X. Le délégué
                # de Y a déclaré : « … »: a reaction of someone else; "selon le premier secrétaire du PS" after
                # a quotation of him names him again); else the role stands for itself, and its holder may
                # be named later (_resolve_roles)
            if k is not None:
                return self._named(k)
        if is_role and not is_org and not office and tokens[0].pos_ == "DET" and "Poss=Yes" in str(tokens[0].morph):
            return None, None  # "son chef", "sa supérieure": someone's unnamed superior, no public office
        if is_org or is_role or (det in L.DEFINITE_DETERMINERS and det != "les" and not private):
            return None, text  # "la garde civile", "le ministre turc des Affaires étrangères"
        return None, None  # unnamed people: "ses enfants", "des témoins", "la mère"

    def organisers(self, tokens: list[Any], head: Any) -> str | None:
        """"les organisateurs de l'événement", "les organisateurs": the body that runs the event the
        article names ("organisateurs du festival Garorock"); None when it names none."""
        rest = tokens[tokens.index(head) + 1 :]
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if rest and self.mention_at(rest[0].idx, end, types=("organisation", "other")) is not None:
            return " ".join(self.text[head.idx : end].split())  # "les organisateurs du Hellfest"
        nouns = [t for t in rest if t.pos_ == "NOUN"]
        if nouns and fold(nouns[0].text) not in {fold(w) for w in L.EVENT_NOUNS}:
            return None  # "les organisateurs de la grève": no event named
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):  # the event named last, title included
            if m.start >= start or m.type not in ("organisation", "other", "place"):
                continue
            word = self.token_at(m.start)  # "le marathon de Lyon", named with its noun
            name = self.text[m.start : m.end]
            if word.idx != m.start or word.text.lower() not in L.EVENT_NOUNS:
                word = self.token_at(m.start - 1)  # "le festival Garorock", "le salon Eurosatory"
                if not (word.idx + len(word.text) <= m.start and word.pos_ == "NOUN" and word.text.lower() in L.EVENT_NOUNS):
                    continue
                name = f"{word.text} {self.refs[m.ref].name}"
            gender = word.morph.get("Gender")
            de = "de l'" if word.text[:1].lower() in "aeiouéèêh" else ("de la " if gender and gender[0] == "Fem" else "du ")
            return f"{head.text} {de}{name}"
        return None

    def document_author(self, char: int) -> tuple[int | None, str | None]:
        """"précise le communiqué", "selon un communiqué": the author just quoted, else no one."""
        last = self.last_speaker
        if last is not None and self.gap(last[0], char) < 800:
            return last[1], last[2]
        return None, None

    def _named(self, k: int | None) -> tuple[int | None, str | None]:
        return (k, self.refs[k].name) if k is not None else (None, None)


_ROLE_SYNONYMS: dict[str, frozenset[str]] = {fold(k): frozenset(fold(w) for w in v) for k, v in L.ROLE_SYNONYMS.items()}


def _np_gender(tokens: list[Any], head: Any) -> str | None:
    """The grammatical gender of a noun phrase, from its determiner or its head."""
    for tok in (tokens[0], head):
        gender = tok.morph.get("Gender")
        if gender and tok.text.lower() not in ("l'", "l’", "les"):
            return "f" if gender[0] == "Fem" else "m"
    return None


def _strip_source_noun(tokens: list[Any]) -> tuple[list[Any], Any]:
    """"les informations du Parisien" -> "Parisien"; "ses déclarations" -> ([], the possessive)."""
    i = 1 if tokens[0].pos_ == "DET" else 0
    if i < len(tokens) and tokens[i].text.lower() in L.SOURCE_NOUNS:
        if i and "Poss=Yes" in str(tokens[0].morph):
            return [], tokens[0]
        if i + 1 < len(tokens) and tokens[i + 1].text.lower() in ("de", "du", "des", "d'", "d’"):
            return tokens[i + 2 :] if tokens[i + 1].text.lower() in ("de", "d'", "d’") else tokens[i + 1 :], None
    return tokens, None


def _is_cue(tok: Any) -> bool:
    """A reporting verb; a past participle only with its auxiliary ("a déclaré", "a-t-il jugé"),
    never alone, where it is an adjective ("son ennemie jurée", "le message publié")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if not (tok.lemma_.lower() in L.CUE_VERBS or tok.text.lower() in L.CUE_VERBS or _guessed_lemma(tok.text.lower()) in L.CUE_VERBS):
        return False
    if tok.text.lower() in ("savoir", "valoir"):  # only in "ont fait savoir", "fait valoir"
        return tok.i > 0 and tok.doc[tok.i - 1].lemma_ == "faire"
    return not _is_past_participle(tok) or _has_auxiliary(tok)


_ER_ENDINGS = ("aient", "èrent", "ait", "ent", "ons", "ez", "ées", "és", "ée", "é", "es", "e", "a")


def _guessed_lemma(word: str) -> str:
    """The infinitive of a first-group verb form the tagger lemmatised wrong ("estime" -> "estimer")."""
    for end in _ER_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + "er"
    return word


def _is_past_participle(tok: Any) -> bool:
    return "Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense")


def _is_aux(tok: Any) -> bool:
    """An auxiliary, also when tagged as a verb ("a d'ailleurs annoncé")."""
    return tok.pos_ == "AUX" or (tok.pos_ == "VERB" and tok.lemma_ in ("avoir", "être") and "Fin" in tok.morph.get("VerbForm"))


def _is_present_participle(tok: Any) -> bool:
    return "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")


def _has_auxiliary(tok: Any) -> bool:
    """An auxiliary before the participle, past adverbs and inverted pronouns ("a-t-il ainsi dit",
    "a d'ailleurs annoncé")."""
    doc = tok.doc
    if tok.i > 1 and doc[tok.i - 1].text.lower() in ("et", "puis") and (doc[tok.i - 2].pos_ != "PUNCT" or doc[tok.i - 2].text in L.QUOTE_CLOSERS):
        # "a rappelé que … et indiqué que …", "a dénoncé « … » et demandé que": a participle
        # coordinated with one that has its auxiliary
        for t in reversed(doc[max(0, tok.i - 40) : tok.i - 1]):
            if t.text in (".", "!", "?", ";"):
                break
            if t.pos_ == "VERB" and _is_past_participle(t) and any(_is_aux(doc[j]) for j in range(max(0, t.i - 3), t.i)):
                return True
    for i in range(tok.i - 1, max(-1, tok.i - 5), -1):
        if _is_aux(doc[i]):
            return True
        if doc[i].pos_ in ("NOUN", "PROPN", "VERB", "PUNCT", "DET", "ADJ") and not doc[i].text.startswith("-"):
            return False
    return False


def _cue_text(doc: Any, verb: Any) -> str:
    """The reporting verb with its auxiliaries and clitics: "a-t-il ajouté", "a déclaré"."""
    first = verb
    i = verb.i - 1
    while i >= 0 and (_is_aux(doc[i]) or doc[i].text.lower() in ("-t", "-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "ne", "n'", "n’")
                      or doc[i].dep_ == "expl:subj" or (i == verb.i - 1 and doc[i].lemma_ == "faire")) and verb.i - i <= 4:
        first = doc[i]
        i -= 1
    j = verb.i + 1
    while j < len(doc) and doc[j].text.lower() in ("-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t", "-on", "-t-on"):
        j += 1
    return " ".join(doc[first.i : j].text.split())


def _np_after(doc: Any, start: int, limit: int) -> list[Any]:
    """The noun phrase starting at token ``start``: determiner, nouns, adjectives, names."""
    toks = []
    i = start
    while i < limit and (doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "PRON", "SPACE") or doc[i].text in ("M.", "Mme", "MM.")
                         or (doc[i].text == "et" and toks and i + 1 < limit and doc[i + 1].text.lower() in ("des", "du", "de", "d'", "d’")
                             and any(t.text.lower() in ("des", "du", "de", "d'", "d’") for t in toks))) and doc[i].text not in (",", ".", ":", ";"):
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


def _subject_before(art: _Article, sent: _Sent, verb_i: int, depth: int = 0) -> tuple[int | None, str | None]:
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
    if _is_present_participle(doc[verb_i]):
        return _participle_subject(art, lo, verb_i)
    if _infinitive(doc[verb_i]) and depth < 3:
        # "a décidé de témoigner", "a tenu à rappeler": the subject of the verb it hangs on;
        # "Et d'ajouter : « … »": the speaker going on
        g = verb_i - 1
        while g >= lo and (doc[g].pos_ == "ADV" or doc[g].text.lower() in ("de", "d'", "d’", "à", "pas", "ne", "n'", "n’", "se", "s'", "s’", "l'", "l’", "le", "la", "les", "lui", "leur")):
            g -= 1
        if g >= lo and doc[g].pos_ in ("VERB", "AUX"):
            return _subject_before(art, sent, g, depth + 1)
        if g < lo or doc[g].text.lower() in ("et", "puis"):
            last = art.last_speaker
            if last is not None and art.gap(last[0], doc[verb_i].idx) < 600:
                return last[1], last[2]
    j = verb_i - 1
    pps = 0
    relative = False
    while j >= lo:
        tok = doc[j]
        low = tok.text.lower()
        if low in ("et", "puis", "mais") and tok.pos_ == "CCONJ" and depth < 3:
            # "il avait qualifié … et avait assuré", "qui considère … et parle de": the subject of
            # the verb coordinated before
            prev = next((t for t in reversed(doc[lo:j]) if t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or _has_auxiliary(t))), None)
            if prev is None and j == lo and lo > sent.start and doc[lo - 1].text in L.QUOTE_CLOSERS:
                # "X a dénoncé « … » et demandé que", "X a jugé « … » mais relève": the subject of
                # the verb in a compound tense before the quotation
                # (not "avoir été « … »": a verb in the infinitive has the subject of the verb it hangs on)
                prev = next((t for t in reversed(doc[sent.start : lo - 1]) if not art.in_quote(t.idx) and t.pos_ in ("VERB", "AUX")
                             and _is_past_participle(t) and any(_is_aux(a) and "Fin" in a.morph.get("VerbForm")
                                                                 for a in doc[max(sent.start, t.i - 4) : t.i])), None)
            if prev is not None:
                return _subject_before(art, sent, prev.i, depth + 1)
        if j >= verb_i - 2 and tok.text in ('"', "«", "»", "“", "”"):  # Il « espère » que …
            j -= 1
            continue
        locution = _locution_ending_at(doc, j, lo)
        if locution is not None:  # "a d'ailleurs annoncé", "a de son côté justifié"
            j = locution - 1
            continue
        if (tok.pos_ in ("ADV", "SPACE") or _is_aux(tok) or low in _SKIP_BEFORE_VERB) and tok.pos_ != "DET":
            j -= 1
            continue
        if low == "qui" and j > lo:  # "le ministre, qui assure que": the antecedent
            j -= 2 if doc[j - 1].text == "," else 1
            relative = True
            continue
        if low in L.TIME_WORDS or (tok.pos_ == "NUM" and j > lo and doc[j - 1].text.lower() in fr_months()):
            j -= 1
            continue
        if tok.text in (",", ")"):  # "Donald Trump, mercredi 12 février, a annoncé"; "l'Agence (ARS) a dit"
            k = j - 1
            while k >= lo and doc[k].text != ("," if tok.text == "," else "("):
                k -= 1
            if k >= lo and j - k <= 20:
                named = art.mentions_in(doc[k].idx, doc[j].idx, types=("person",))
                if tok.text == "," and named and doc[k + 1].idx >= named[0].start - 4:
                    return art._named(named[0].ref)  # "le porte-parole du Kremlin, Dmitri Peskov, a dit"
                j = k - 1
                continue
            j -= 1
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
            start = _np_start(doc, j, lo)
            glued = _glued_name(art, doc[start].idx, tok.idx + len(tok.text))
            if glued is not None:  # "… lors du Grand Rendez-Vous Les EchosManuel Valls a annoncé": a sentence glued on
                return art._named(glued.ref)
            # a prepositional phrase ("depuis sa création en 2008", "dans ce dossier"): not the subject
            if start > lo and doc[start - 1].pos_ == "ADP" and pps < 3 and not (relative and j < verb_i - 1):
                # (but "selon le conseil qui exige …": the antecedent of the relative, whatever its preposition)
                pps += 1
                j = start - 2
                continue
            if doc[j].text.lower() in L.TIME_WORDS or doc[j].text.lower() in fr_months():
                j = start - 1
                continue
            ref, name = art.speaker_of_np(list(doc[start : j + 1]))
            if ref is not None or name is not None:
                return ref, name
            if start - 1 > lo and doc[start - 1].text == "," and doc[j + 1].text == ",":
                j = start - 1  # "X, 40 ans, présidente de Y, a indiqué": an apposition that names no one, X before it
                continue
        if tok.pos_ == "PRON" and low in L.SUBJECT_PRONOUNS:
            return art.pronoun_speaker(tok.idx, L.SUBJECT_PRONOUNS.get(low))
        break
    mentions = art.mentions_in(doc[lo].idx, doc[verb_i].idx)
    if mentions:
        m = mentions[-1]
        return m.ref, art.refs[m.ref].name
    return None, None


def _glued_name(art: _Article, start: int, end: int) -> _Mention | None:
    """A person's name that starts inside a word between ``start`` and ``end`` ("EchosManuel
    Valls"): scraped text that lost the full stop before a new sentence, whose subject it is."""
    for m in art.mentions_in(start, end, types=("person",)):
        tok = art.token_at(m.start)
        if tok.idx < m.start and art.text[m.start - 1].islower() and art.text[m.start].isupper():
            return m
    return None


def _np_start(doc: Any, j: int, lo: int) -> int:
    """The first token of the noun phrase ending at token ``j``, with its complements in "de"
    ("l'Agence régionale de santé", "le président du Samu social")."""
    start = j
    while start > lo:
        before = doc[start - 1]
        if before.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "SPACE", "X") or before.text in ("M.", "Mme", "-"):
            start -= 1
        elif before.text.lower() in ("de", "du", "des", "d'", "d’") and start - 2 >= lo and doc[start - 2].pos_ in ("NOUN", "PROPN", "ADJ"):
            start -= 1
        else:
            break
    return start


def _locution_ending_at(doc: Any, j: int, lo: int) -> int | None:
    """The first token of an adverbial locution ("d'ailleurs", "de son côté") ending at ``j``."""
    for words in L.ADVERBIAL_LOCUTIONS:
        n = len(words)
        if j - n + 1 >= lo and all(doc[j - n + 1 + i].text.lower() == w for i, w in enumerate(words)):
            return j - n + 1
    return None


def _participle_subject(art: _Article, lo: int, verb_i: int) -> tuple[int | None, str | None]:
    """"…, a précisé la gendarmerie, ajoutant que …": a present participle takes the subject of
    its main clause: the speaker of a statement just reported in the sentence, else the subject
    of a reporting verb before it, else the subject opening the sentence."""
    doc = art.doc
    last = art.last_speaker
    if last is not None and art.sentence(doc[verb_i].idx).start_char <= last[0] <= doc[verb_i].idx:
        return last[1], last[2]
    main = next((t for t in reversed(doc[lo:verb_i]) if _is_cue(t) and not _is_present_participle(t)), None)
    if main is not None:
        ref, name = _subject_before(art, _Sent(doc, lo, verb_i), main.i)
        if ref is None and name is None:
            ref, name = _inverted_subject(art, main, verb_i)
        if ref is not None or name is not None:
            return ref, name
    ref, name = _first_subject(art, lo, verb_i)
    if ref is None and name is None:  # "Le ministre a justifié l'offensive, évoquant « … »": its main verb's subject
        finite = next((t for t in doc[lo:verb_i] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not art.in_quote(t.idx)), None)
        if finite is not None:
            ref, name = _subject_before(art, _Sent(doc, lo, verb_i), finite.i)
    return ref, name


def _first_subject(art: _Article, lo: int, hi: int) -> tuple[int | None, str | None]:
    """The subject opening a clause: the first pronoun, entity or noun phrase before ``hi``."""
    doc = art.doc
    for i in range(lo, hi):
        tok = doc[i]
        if tok.pos_ == "PRON" and tok.text.lower() in L.SUBJECT_PRONOUNS:
            return art.pronoun_speaker(tok.idx, L.SUBJECT_PRONOUNS.get(tok.text.lower()))
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
        from recoupe.lang import fr

        _MONTHS = frozenset(fr.MONTHS)
    return _MONTHS


# A preposition opening a sentence or a quotation, capitalised, that may start a channel.
_CHANNEL_OPENING = re.compile(r"(?:^|(?<=[.!?…«“\"]))( *)(?:Dans|Sur|Via|Lors|Au|Aux|À|Devant|Face|Auprès)\b")


def _channel(art: _Article, start: int, end: int, cue_char: int | None) -> str | None:
    text = art.text
    window = list(text[start:end])
    for s, e in art.quoted:  # quotation text is not where a channel is named
        for c in range(max(s, start), min(e, end)):
            window[c - start] = " "
    haystack = re.sub(r"\s", " ", "".join(window))  # no-break spaces too, offsets kept
    haystack = _CHANNEL_OPENING.sub(lambda m: m.group(0).lower(), haystack)  # "Dans un communiqué, X a …"
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
    """"selon X" / "d'après X" / "Pour X, …" between doc offsets: (preposition token, speaker
    ref, name); the name is None for an unnamed source ("selon des sources concordantes")."""
    doc = art.doc
    first = art.token_at(start)
    for tok in doc[first.i : len(doc)]:
        if tok.idx >= end:
            break
        low = tok.text.lower()
        if low == "pour" and tok.idx == start:
            found = _pour_x(art, tok)
            if found is not None:
                return found
            continue
        if not (low == "selon" or low in ("d'après", "d’après") or (low == "d'" and tok.i + 1 < len(doc) and doc[tok.i + 1].text.lower() == "après")):
            continue
        k = tok.i + (2 if low == "d'" else 1)
        if k >= len(doc):
            return None
        if doc[k].text.lower() in ("lui", "elle"):  # "selon lui"
            return (tok, *art.pronoun_speaker(doc[k].idx, "m" if doc[k].text.lower() == "lui" else "f"))
        if doc[k].text.lower() in L.NOT_ATTRIBUTIONS:
            continue  # "un accord selon lequel": not an attribution
        np = _np_after(doc, k, len(doc))
        after = np[-1].i + 1 if np else k
        if after < len(doc) and doc[after].lemma_.lower() in ("rapporter", "recueillir", "citer", "relayer"):
            continue  # "selon des propos rapportés par TASS": a channel, the speaker is named later
        author = _author_after(doc, after)
        head = next((t for t in author or np if t.pos_ in ("NOUN", "PROPN")), None)
        apposed = _apposed_name(art, (author or np)[-1].i + 1, or_end=True) if head is not None and head.pos_ == "NOUN" else None
        if apposed is not None:  # "selon le directeur de l'usine, Paul Roux": the person named, not the office
            return (tok, *art._named(apposed[0].ref))
        return (tok, *art.speaker_of_np(author or np, attributed=not author))
    return None


def _author_after(doc: Any, i: int) -> list[Any]:
    """"(un rapport) publié lundi par l'Académie de médecine": the author's noun phrase."""
    if i < len(doc) and _is_past_participle(doc[i]):
        k = _skip_adjuncts(doc, i + 1, min(len(doc), i + 6), prepositions=False)
        if k < len(doc) and doc[k].text.lower() == "par":
            return _np_after(doc, k + 1, len(doc))
    return []


def _pour_x(art: _Article, prep: Any) -> tuple[Any, int | None, str | None] | None:
    """"Pour le ministre, …", "Pour lui, …" opening a sentence: the opinion of a speaker."""
    doc = art.doc
    k = prep.i + 1
    if k < len(doc) and doc[k].text.lower() in ("lui", "elle", "eux") and k + 1 < len(doc) and doc[k + 1].text == ",":
        gender = {"lui": "m", "elle": "f"}.get(doc[k].text.lower())
        return (prep, *art.pronoun_speaker(doc[k].idx, gender))
    np = _np_after(doc, k, len(doc))
    if not np or np[-1].i + 1 >= len(doc) or doc[np[-1].i + 1].text != ",":
        return None
    head = next((t for t in np if t.pos_ in ("NOUN", "PROPN")), None)
    apposed = _apposed_name(art, np[-1].i + 1)
    if head is not None and head.pos_ == "NOUN" and apposed is not None:
        return (prep, *art._named(apposed[0].ref))  # "Pour son ancien camarade de parti, Olivier Faure, c'est …"
    named = art.mention_at(np[0].idx, np[-1].idx + len(np[-1].text)) is not None
    if head is None or not (named or head.text.lower() in ROLE_NOUNS or head.text.lower() in L.ORGANISATION_NOUNS):
        return None  # "Pour l'heure, …", "Pour la première fois, …"
    return (prep, *art.speaker_of_np(np, attributed=True))


def _apposed_name(art: _Article, comma: int, *, or_end: bool = False) -> tuple[_Mention, int] | None:
    """A person's name in apposition between the comma at token ``comma`` and the next one
    ("…, Olivier Faure, …"): the mention and the index of the closing comma; with ``or_end``,
    also a name that ends the sentence ("…, selon le maire, Paul Roux.")."""
    doc = art.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    m = art.mention_at(doc[comma + 1].idx, doc[comma + 1].idx + len(doc[comma + 1].text), types=("person",))
    if m is None or m.start != doc[comma + 1].idx:
        return None
    close = art.token_at(m.end - 1).i + 1
    if close < len(doc) and doc[close].text == ",":
        return m, close
    ends = close >= len(doc) or doc[close].text in (".", "!", "?", "…", ";") or "\n" in doc[close].text
    return (m, close) if or_end and ends else None


def find_quotes(doc: Any, fields: Sequence[tuple[Field, int, int]], refs: Sequence[EntityRef]) -> tuple[Quote, ...]:
    """Direct and indirect quotations of an article, in text order.

    Sentences are read in order, so that a pronoun or a role ("il", "le ministre") may stand for
    the speaker of the quotation just before, whatever its kind: the direct quotations opening
    in a sentence first, then the reported speech of the sentence around them.
    """
    art = _Article(doc, fields, refs)
    found: list[Quote] = []
    for field, offset, length in fields:
        text = art.text[offset : offset + length]
        groups = _merge_incises(art, text, offset, quote_spans(text))
        in_field: list[Quote] = []
        for sent in art.sentences(offset, offset + length):
            while groups and offset + groups[0][0][0] - 1 < sent.end_char:
                q = _direct(art, field, offset, groups.pop(0))
                if q is not None:
                    in_field.append(q)
            in_field.extend(_indirect(art, field, offset, length, sent, in_field))
        found.extend(in_field)
    found = [replace(q, speaker_name=_without_determiner(q.speaker_name)) if q.speaker_ref is None and q.speaker_name else q
             for q in _resolve_roles(art, found)]
    found.sort(key=lambda q: ([f for f, _, _ in fields].index(q.field), q.start))
    return tuple(found)


_NAME_DETERMINERS = ("le ", "la ", "les ", "l'", "l’", "ce ", "cet ", "cette ", "ces ")


def _without_determiner(name: str) -> str:
    """An unnamed body or office holder by its noun phrase, without the determiner ("la
    préfecture du Var" -> "préfecture du Var"); a name that holds it stays whole ("Le Parisien")."""
    low = name.lower()
    for det in _NAME_DETERMINERS:
        rest = name[len(det):].lstrip()
        if low.startswith(det) and rest[:1].islower():
            return rest
    return name


_FEMININE_ROLE_ENDINGS = ("rice", "esse", "ière", "ienne", "ante", "ente", "ée", "ète", "eure", "euse", "cheffe", "elle")


def _role_words(name: str) -> tuple[str, str | None] | None:
    """The head noun and gender of a definite singular role given as a speaker ("le président de
    la FFF", "la ministre des Armées", "l'ancien Premier ministre"), or None."""
    words = name.split()
    det = words[0].lower() if words else ""
    if det in ("le", "la"):
        rest = words[1:]
    elif det[:2] in ("l'", "l’") and len(det) > 2:
        rest = [det[2:], *words[1:]]
    else:
        return None
    head = next((w.lower() for w in rest[:3] if w.lower() in ROLE_NOUNS), None)
    if head is None:
        return None
    gender = {"la": "f", "le": "m"}.get(det) or ("f" if head.endswith(_FEMININE_ROLE_ENDINGS) else None)
    return head, gender


def _resolve_roles(art: _Article, quotes: list[Quote]) -> list[Quote]:
    """A role the article never attaches to a name ("le président de la FFF", "la ministre des
    Armées") stands for the person the article names around it who may hold it: before or after
    it (the name often comes later: "La ministre a indiqué … « … », a précisé Florence Parly"),
    preferring one quoted by name elsewhere, then one whose gender is known to agree, then the
    nearest. The quotations given to that role go to that person."""
    offsets = {f: o for f, o, _ in art.fields}
    holders: dict[str, int | None] = {}
    for q in quotes:
        if q.speaker_ref is not None or not q.speaker_name or q.speaker_name in holders:
            continue
        role = _role_words(q.speaker_name)
        if role is None:
            continue
        start = offsets[q.field] + q.start
        at = art.text.find(q.speaker_name, offsets[q.field])
        at = at if 0 <= at < start + len(q.text) + 300 else start
        speakers = {p.speaker_ref for p in quotes if p.speaker_ref is not None and p.field in (q.field, "body")}  # not the title's summary
        holders[q.speaker_name] = art.role_holder(at, start, *role, speakers)
    if not any(k is not None for k in holders.values()):
        return quotes
    return [replace(q, speaker_ref=k, speaker_name=art.refs[k].name) if q.speaker_ref is None and (k := holders.get(q.speaker_name or "")) is not None else q
            for q in quotes]


def _merge_incises(art: _Article, text: str, offset: int, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Quoted pieces that make one quotation: « A », a-t-il ajouté, « B » (an incise between);
    « A »« B » or « A ». « B » (only punctuation between); a dénoncé des « A » qui ne seront
    « B » (pieces of one sentence under one cue, no other cue between)."""
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and _one_statement(art, text, offset, groups[-1][-1], span):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _one_statement(art: _Article, text: str, offset: int, prev: tuple[int, int], span: tuple[int, int]) -> bool:
    close, opening = _marks_between(text, prev, span)
    between = text[close + 1 : opening]
    if not between.strip(" .,;:!?…"):  # « A »« B », « A ».« B »; not « A ». « B »
        if any(c.isspace() for c in between) and any(c in between for c in ".!?…"):
            return False
        if any(c.isspace() for c in between):  # « A », « B »: one list, unless « B » has its own incise
            return not _incise_follows(art, offset + span[1])
        # not when a cue introduced the first piece: X a déploré qu'« A ».« B », a dénoncé Y
        sent = art.sentence(offset + prev[0])
        return not any(_is_cue(t) for t in art.doc[sent.start : art.token_at(offset + prev[0]).i])
    if len(between) > 80 or "\n" in between or between.strip()[:1].isupper():
        return False  # « A »La suite: a new sentence glued to the mark
    toks = list(art.doc.char_span(offset + close + 1, offset + opening, alignment_mode="expand") or [])
    if any(t.text in ".!?;:" for t in toks):
        return False
    cues = sum(_is_cue(t) for t in toks)
    if cues:  # an incise: « A », a-t-il ajouté, « B »; not « A », X a lancé Y, « B »
        return (cues == 1 and between.strip().startswith(",") and between.strip().endswith(",")
                and _verb_first([t for t in toks if t.text != ","]) is not None)
    return True


def _verb_first(toks: Sequence[Any]) -> Any:
    """The reporting verb opening an incise ("a-t-il ajouté", "a ainsi déclaré", "poursuit le
    ministre"), past auxiliaries, adverbs and clitics; None when anything else comes first (a
    subject: "X a lancé Y" is a clause of its own, not an incise)."""
    for t in toks:
        if _is_cue(t):
            return t
        if _is_aux(t) or _is_causative(t) or t.pos_ in ("ADV", "SPACE") or t.text.lower() in _INCISE_CLITICS or t.text in _DASHES:
            continue
        return None
    return None


def _is_weak(verb: Any) -> bool:
    """A cue that does not always report speech ("a évoqué", "a demandé"); "savoir" and "valoir"
    are cues only after "faire" ("a fait savoir", "fait valoir"), and then always report it."""
    return verb.lemma_.lower() in L.WEAK_CUES and verb.text.lower() not in ("savoir", "valoir")


def _is_causative(tok: Any) -> bool:
    """"fait" of "a fait savoir", "a fait valoir": part of the reporting verb, like an auxiliary."""
    doc = tok.doc
    return tok.lemma_ == "faire" and tok.i + 1 < len(doc) and doc[tok.i + 1].text.lower() in ("savoir", "valoir")


_INCISE_CLITICS = frozenset({"-t", "-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "-on", "-t-on", "l'", "l’", "lui", "leur", "ne", "n'", "n’", "se", "s'", "s’", "y", "en"})


def _incise_follows(art: _Article, end: int) -> bool:
    """A closing mark at ``end`` followed by its own incise: « … », a-t-il dit."""
    text = art.text
    k = end
    while k < len(text) and (text[k] in L.QUOTE_CLOSERS or text[k].isspace()):
        k += 1
    if k >= len(text) or text[k] != ",":
        return False
    toks = list(art.doc.char_span(k + 1, min(len(text), k + 60), alignment_mode="expand") or [])[:6]
    return _verb_first(toks) is not None


def _marks_between(text: str, prev: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The closing mark of ``prev`` and the opening mark of ``span`` (indices into ``text``)."""
    close = prev[1]
    while close < len(text) and text[close].isspace():
        close += 1
    opening = span[0] - 1
    while opening > 0 and text[opening].isspace():
        opening -= 1
    return close, opening


@dataclass(slots=True)
class _Marks:
    """Where a direct quotation stands: its pieces, marks and sentences (doc offsets)."""

    parts: list[tuple[int, int]]  # inner spans of the pieces, in doc offsets
    open_char: int  # the opening mark of the first piece
    close_char: int  # the closing mark of the last piece
    open_tok: Any
    sent_first: _Sent
    sent_last: _Sent
    field_end: int

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _direct(art: _Article, field: Field, offset: int, parts: list[tuple[int, int]]) -> Quote | None:
    """A quotation between marks, its cue and speaker; None for a title, a name, a charge or a
    scare quote."""
    marks = _marks(art, field, [(offset + s, offset + e) for s, e in parts])
    inner = art.text[marks.start : marks.end]
    words = len(inner.split())
    if _is_name_or_charge(art, marks) or _is_label(inner, words):
        art.names_end = marks.close_char
        return None
    if words == 1 and _quoted_cue(art, marks):
        return None  # il « espère » que …: the reporting verb of reported speech, not a quotation
    art.quoted.append((marks.start, marks.end))  # its words are no one's subject
    found = _incise_after(art, marks) or _cue_before(art, marks)
    if found is None and _is_clause(art, marks):  # words of a name or a label are no one's
        found = _sentence_incise(art, marks) or _inner_incise(art, marks)
    cue_tok, ref, name = found if found is not None else (None, None, None)
    alone = not any(not t.is_punct and not t.is_space for t in art.doc[marks.sent_first.start : marks.open_tok.i])
    if found is None and alone:
        if _is_crosshead(art, marks, inner):
            art.quoted.pop()
            return None
        ref, name = _speaker_going_on(art, marks)
    elif found is None and _is_nickname(art, marks, words):
        art.quoted.pop()
        return None
    elif found is None and (words >= 4 or _is_clause(art, marks)):
        # words of someone embedded in the journalist's sentence, with no cue: the named person the
        # sentence opens with, else the speaker going on (« … » in the next sentence of a report)
        ref, name = _embedded_speaker(art, marks)
    art.quoted.pop()
    earlier = _words_mentioned(art, marks, inner)
    if earlier is not None:  # "la formule « … »": the words of whoever said them before, not of the sentence's subject
        ref, name = earlier
    if cue_tok is None and ref is None and name is None and (words < MIN_FLOATING_WORDS or not alone):
        return None  # a scare quote, a name, an expression
    if cue_tok is not None and words <= 4 and _is_nickname(art, marks, words) and marks.open_tok.i - cue_tok.i > 4 and cue_tok.i < marks.open_tok.i:
        return None  # "la réunion organisée par le « roi des forains »", far from any cue
    if cue_tok is None and words <= 3 and inner[:1].isupper() and not alone and ref is None:
        return None
    return art.add(Quote(
        field=field, start=marks.start - offset, end=marks.end - offset, text=inner, kind="direct",
        speaker_name=name, speaker_ref=ref, cue=_cue_word(art.doc, cue_tok), channel=_direct_channel(art, marks, cue_tok),
        parts=tuple((s - offset, e - offset) for s, e in marks.parts) if len(parts) > 1 else (),
    ), offset)


def _words_mentioned(art: _Article, marks: _Marks, inner: str) -> tuple[int | None, str | None] | None:
    """"Selon elle, la formule « pas par les menaces » vise …": words named by a definite noun of
    words are a mention of a quotation given before in the article; its speaker is theirs."""
    before = [t for t in art.doc[max(0, marks.open_tok.i - 3) : marks.open_tok.i] if t.idx + len(t.text) <= marks.open_char
              and not t.is_punct and not t.is_space]
    if not any(t.text.lower() in L.MENTION_NOUNS and t.i > 0 and art.doc[t.i - 1].text.lower() in L.DEFINITE_DETERMINERS
               for t in before[-2:]):
        return None  # "la formule « … »" names words said before; "une expression « maladroite »" qualifies one
    key = fold(inner)
    if len(key) < 8:
        return None
    return next(((ref, name) for words, ref, name in reversed(art.said) if key in words), None)


def _quoted_cue(art: _Article, marks: _Marks) -> bool:
    """A reporting verb alone in marks and followed by "que": Il « espère » que …."""
    span = [t for t in art.doc.char_span(marks.start, marks.end, alignment_mode="expand") or [] if not t.is_punct]
    if len(span) != 1 or not (span[0].lemma_.lower() in L.CUE_VERBS or _guessed_lemma(span[0].text.lower()) in L.CUE_VERBS):
        return False
    after = art.text[marks.close_char + 1 : marks.close_char + 6].split()
    return bool(after) and after[0].lower().startswith(("que", "qu'", "qu’"))


def _marks(art: _Article, field: Field, parts: list[tuple[int, int]]) -> _Marks:
    text = art.text
    open_char = parts[0][0] - 1
    while open_char > 0 and text[open_char].isspace():
        open_char -= 1
    close_char = parts[-1][1]
    while close_char < len(text) - 1 and text[close_char].isspace():
        close_char += 1
    return _Marks(
        parts=parts, open_char=open_char, close_char=close_char, open_tok=art.token_at(open_char),
        sent_first=art.sentence(open_char), sent_last=art.sentence(min(close_char, len(text) - 1)),
        field_end=next(o + n for f, o, n in art.fields if f == field),
    )


def _is_name_or_charge(art: _Article, marks: _Marks) -> bool:
    """« Ségur de la santé » after "le plan", the film « … »; "poursuivi pour « corruption
    passive »": a title, a name or the name of a charge, not someone's words."""
    doc = art.doc
    before = [t for t in doc[max(0, marks.open_tok.i - 3) : marks.open_tok.i + 1]
              if t.idx + len(t.text) <= marks.open_char and not t.is_punct]
    words = [(t.text.lower(), t.lemma_.lower(), t.pos_) for t in before]
    glued = art.text[marks.open_tok.idx : marks.open_char]  # d'"agression: scraped text glues the mark
    if glued and marks.open_tok.idx < marks.open_char:
        words.append((glued.lower(), glued.lower(), "ADP"))
    if not words:
        return False
    word, lemma, pos = words[-1]
    if len(words) > 1 and words[-2][2] == "PRON" and pos in ("VERB", "AUX"):
        return False  # "il se dit « reconnaissant »": a verb of speech, not "dit" naming something
    title_word = next((t for t in reversed(before) if t.text.lower() == word), None)
    if title_word is not None and pos in ("VERB", "AUX") and _has_auxiliary(title_word) and title_word.lemma_.lower() in L.CUE_VERBS:
        return False  # "il avait qualifié « d'inacceptables »": the verb of speech, not a label
    comma = art.text[: marks.open_char].rstrip().endswith(",") and _is_clause(art, marks)  # "le site, le plus ancien du groupe, « … est … »"
    if not comma and (word in L.TITLE_CUES or lemma in L.TITLE_CUES or (pos == "DET" and len(words) > 1 and words[-2][0] in L.TITLE_CUES)):
        return True
    between = art.text[art.names_end + 1 : marks.open_char].strip().lower() if art.names_end >= 0 else None
    if between is not None and marks.open_char - art.names_end < 30 and between.strip(" ,") in ("", "et", "ou", "et pour", "ou pour", "pour", "et de", "de"):
        return True  # "pour « corruption passive », « recel … » et pour « complicité … »": a list of names
    first_words = len(art.text[marks.parts[0][0] : marks.parts[0][1]].split())
    return word in ("pour", "de", "d'", "d’") and first_words <= 8 and any(
        t.lemma_.lower() in L.CHARGE_CUES or t.text.lower() in L.CHARGE_CUES
        for t in doc[max(marks.sent_first.start, marks.open_tok.i - 30) : marks.open_tok.i]
    )


def _is_label(inner: str, words: int) -> bool:
    """Quoted words that name a group or a category, not anyone's words: « sources
    concordantes », « proches », a heading in capitals (« UN RAMASSIS D'OPPORTUNISTES »)."""
    letters = [c for c in inner if c.isalpha()]
    if words >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters):
        return True
    return words <= 3 and any(w.strip(".,;:!?…'’").lower() in L.PRIVATE_PERSON_NOUNS for w in inner.split())


def _is_crosshead(art: _Article, marks: _Marks, inner: str) -> bool:
    """A quotation used as a crosshead and glued to the next paragraph (« … » La suite): it
    stands alone, has no cue, ends with no punctuation and a sentence starts right after it."""
    text = art.text
    if inner.rstrip()[-1:] in ".!?…" or len(inner.split()) > 12:
        return False
    k = marks.close_char + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return k >= len(text) or text[k] == "\n" or (text[k].isupper() and k > marks.close_char + 1)


def _is_nickname(art: _Article, marks: _Marks, words: int) -> bool:
    """« roi des forains » after "le": a short noun phrase in marks right after a determiner,
    with no verb, is a nickname or a label when no cue stands close before it."""
    if words > 4:
        return False
    doc = art.doc
    prev = [t for t in doc[max(0, marks.open_tok.i - 2) : marks.open_tok.i + 1] if t.idx + len(t.text) <= marks.open_char and not t.is_punct]
    if not prev or prev[-1].pos_ != "DET" or prev[-1].text.lower() not in ("le", "la", "les", "l'", "l’", "du", "des", "au", "aux"):
        return False
    if _is_clause(art, marks):
        return False
    close = [t for t in doc[max(0, prev[-1].i - 4) : prev[-1].i] if _is_cue(t)]
    return not close


def _embedded_speaker(art: _Article, marks: _Marks) -> tuple[int | None, str | None]:
    """Quoted words inside a sentence with no reporting verb: the person the sentence opens with
    ("X voit un moyen de « … »"), else the speaker of a quotation just before."""
    doc = art.doc
    first = next((t for t in doc[marks.sent_first.start : marks.open_tok.i] if not t.is_punct and not t.is_space), None)
    if first is not None:
        m = art.mention_at(first.idx, first.idx + len(first.text), types=("person",))
        if m is not None and not art.in_quote(m.start):
            return art._named(m.ref)
    last = art.last_speaker
    if last is not None and art.gap(last[0], marks.start) < 500:
        return last[1], last[2]
    return None, None


_Found = tuple[Any, int | None, str | None]  # cue token, speaker ref, speaker name


def _incise_after(art: _Article, marks: _Marks) -> _Found | None:
    """« … », a déclaré X / « … », a-t-il ajouté / « … », selon X / « … », a-t-il dit, « … »."""
    doc = art.doc
    after_start, after_end = marks.close_char + 1, min(marks.sent_last.end_char, marks.field_end)
    for prev, part in zip(marks.parts, marks.parts[1:], strict=False):  # the incise between two pieces
        close, opening = _marks_between(art.text, prev, part)
        if any(_is_cue(t) for t in doc.char_span(close + 1, opening, alignment_mode="expand") or []):
            after_start, after_end = close + 1, opening
            break
    tail = list(doc.char_span(after_start, after_end, alignment_mode="expand") or []) if after_end > after_start else []
    if len(tail) > 2 and not tail[0].is_punct and tail[1].text == ",":  # « … » depuis, a-t-il dit
        tail = tail[1:]
    if not tail or not (tail[0].text in _DASHES or _is_cue(tail[0]) or (len(tail) > 1 and _is_aux(tail[0]))):
        return None
    window = _incise_window(art, tail[1:] if tail[0].text in _DASHES else tail)
    attr = _attribution(art, after_start, after_end)
    verb = _verb_first(window[:6])
    if attr is not None and window and attr[0].i <= window[0].i + 2 and (verb is None or attr[0].i < verb.i):
        return attr
    if verb is None:
        return _bare_incise(art, window) if tail[0].text == "," else None
    clitic = next((t for t in window[:6] if t.text.startswith("-") and t.text.lower() in L.SUBJECT_PRONOUNS), None)
    if clitic is not None:  # "a-t-il ajouté", "détaille-t-il"
        opening = _attribution(art, marks.sent_first.start_char, marks.open_char)
        if opening is not None and opening[0].idx - marks.sent_first.start_char < 3 and (opening[1] is not None or opening[2]):
            return verb, opening[1], opening[2]  # "Pour le ministre, X part « … », a-t-il jugé": the minister
        return (verb, *art.pronoun_speaker(clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()]))
    ref, name = _inverted_subject(art, verb, window[-1].i + 1)
    if ref is None and name is None and not _np_after(art.doc, _skip_adjuncts(art.doc, verb.i + 1, window[-1].i + 1), window[-1].i + 1):
        ref, name = _subject_before(art, marks.sent_first, marks.open_tok.i)  # no subject after: the one before
    return verb, ref, name


_DASHES = (",", "—", "–", "-")
_NOT_INCISE_VERBS = frozenset({"selon", "dont", "où", "comme", "mais", "et", "ou", "puis", "car", "donc", "alors", "ainsi", "notamment", "explique-t-on"})


def _bare_incise(art: _Article, window: list[Any]) -> _Found | None:
    """« … », calcule X / « … », sourit-elle / « … », s'agace le maire, X: an incise whose verb
    is no verb of speech (the tagger often takes it for a noun or an adjective). Its form tells
    it: one lower-case word right after the comma, then an inverted subject pronoun glued to it
    or a person's name (after at most a short description) that ends the incise."""
    toks = [t for t in window if not t.is_space]
    k = 0
    while k < len(toks) and toks[k].text.lower() in ("s'", "s’", "se", "lui", "leur", "en", "y"):
        k += 1
    if k >= len(toks):
        return None
    verb = toks[k]
    low = verb.text.lower()
    if not (verb.text.isalpha() and verb.text.islower()) or low in _NOT_INCISE_VERBS or low in L.TIME_WORDS \
            or verb.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "NUM") or (verb.pos_ == "ADV" and low.endswith("ment")):
        return None
    rest = toks[k + 1 :]
    if rest and rest[0].text.lower() in L.SUBJECT_PRONOUNS and rest[0].text.startswith("-"):
        if len(rest) > 1 and not rest[1].is_punct:
            return None
        return (verb, *art.pronoun_speaker(rest[0].idx, L.SUBJECT_PRONOUNS[rest[0].text.lower()]))
    n = 0
    while n < len(rest) and n < 4 and rest[n].pos_ in ("DET", "NOUN", "ADJ") and rest[n].text[:1].islower():
        n += 1
    if n < len(rest) and rest[n].text == "," and n:  # "s'agace le maire, Paul Roux"
        n += 1
    if n >= len(rest):
        return None
    m = art.mention_at(rest[n].idx, rest[n].idx + len(rest[n].text), types=("person",))
    if m is None or m.start != rest[n].idx:
        return None
    after = [t for t in rest if t.idx >= m.end]
    if after and not after[0].is_punct:
        return None  # "…, calcule Paul Roux avec ses voisins": more than an incise
    return (verb, *art._named(m.ref))


def _incise_window(art: _Article, toks: list[Any]) -> list[Any]:
    """The incise: up to the end of the sentence, the next quotation, or the comma that closes
    it once it has its verb (not the comma of an apposition: "…, Alexis Derache, auprès de")."""
    window: list[Any] = []
    for t in toks:
        if t.text in (".", ";", "!", "?", "«", '"', "“"):
            break
        if t.text == "," and window and any(_is_cue(w) for w in window):
            if art.mention_at(t.idx + 1, t.idx + 3, types=("person",)) is None:
                break
        window.append(t)
        if len(window) > 24:
            break
    return window


def _inverted_subject(art: _Article, verb: Any, limit: int) -> tuple[int | None, str | None]:
    """The subject after a reporting verb, up to token ``limit``: "a déploré sa collègue Mathilde
    Panot", "a précisé la gendarmerie à l'AFP", "a ajouté le président du club, Jean X"."""
    doc = art.doc
    k = _skip_adjuncts(doc, verb.i + 1, limit)
    if k >= limit:
        return None, None
    named = art.mentions_in(doc[k].idx, doc[limit - 1].idx + len(doc[limit - 1].text), types=("person",))
    if named:
        return art._named(named[0].ref)
    return art.speaker_of_np(_np_after(doc, k, limit))


def _cue_before(art: _Article, marks: _Marks) -> _Found | None:
    """Before the opening mark, in the same sentence: X a déclaré : « … » / X a jugé « … » / selon
    X, « … »; or X, after a colon: "X a refusé de trancher : « … »" (no cue)."""
    doc, open_tok, sent = art.doc, marks.open_tok, marks.sent_first
    lead = [t for t in doc[sent.start : open_tok.i] if not art.in_quote(t.idx)]
    for n, t in enumerate(lead[:-1]):
        # "Son client, a-t-il précisé, a reconnu « … »": words reported by the one in the incise
        if t.text == "," and n + 1 < len(lead):
            v = _verb_first(lead[n + 1 : n + 5])
            clitic = next((c for c in lead[n + 1 : n + 6] if c.text.startswith("-") and c.text.lower() in L.SUBJECT_PRONOUNS), None)
            if v is not None and clitic is not None and clitic.i > v.i - 3:
                return (v, *art.pronoun_speaker(clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()]))
    # a verb that does not always report speech must stand close ("a appelé …, …, « … »")
    clause = any(_is_cue(t) and _is_weak(t) for t in lead) and _is_clause(art, marks)  # once, if a weak cue needs it
    verb = next((t for t in reversed(lead) if _is_cue(t) and (
        not _is_weak(t) or _words_between(art, t.idx + len(t.text), marks.open_char, clause=clause) <= 3)), None)
    if verb is not None and _is_weak(verb):
        # "Le gouvernement souhaite tirer « … » de la vente, a indiqué la PDG": the incise
        # closing the sentence says who said it
        found = _sentence_incise(art, marks)
        if found is not None:
            return found
    if verb is not None:
        ref, name = _subject_before(art, sent, verb.i)
        if ref is None and name is None and not _subject_stands_before(art.doc, verb, sent.start):
            ref, name = _inverted_subject(art, verb, open_tok.i)  # inverted: "a déclaré le ministre : « … »"
        return verb, ref, name
    attr = _attribution(art, sent.start_char, marks.open_char)
    if attr is not None:
        return attr
    if lead and lead[-1].text == ":":
        return (None, *_subject_before(art, sent, lead[-1].i))
    return None


def _subject_stands_before(doc: Any, verb: Any, lo: int) -> bool:
    """A noun phrase or a pronoun right before a verb (past auxiliaries, adverbs and clitics) is
    its subject, even when it names no one ("La jeune femme y accusait le gouvernement d'être
    « … »"): the noun phrase after the verb is then its object, not an inverted subject."""
    i = verb.i - 1
    while i >= lo and (_is_aux(doc[i]) or doc[i].pos_ in ("ADV", "SPACE") or doc[i].text.lower() in _SKIP_BEFORE_VERB):
        i -= 1
    if i < lo or doc[i].pos_ not in ("NOUN", "PROPN", "PRON") or doc[i].text.lower() in ("qu'", "qu’", "que"):
        return False
    start = _np_start(doc, i, lo) if doc[i].pos_ != "PRON" else i
    return start == lo or doc[start - 1].pos_ != "ADP"  # not "d'une nouvelle catégorie annonce l'entreprise": inverted


def _words_between(art: _Article, start: int, end: int, *, clause: bool = True) -> int:
    """Words between a verb and the quotation it may introduce, leaving out what may stand
    between them without changing what the verb governs: the channel ("devant la presse", "dans
    un communiqué"), time words and dates ("samedi après-midi", "le 3 mars"); an apostrophe is no
    word of its own ("le vol d’« … »"). Quoted words that are no ``clause``, after a comma that
    follows an object, are a name in apposition to it, not the verb's."""
    text = re.sub(r"\s", " ", art.text[start:end])
    for pattern in _CHANNELS:
        text = pattern.sub(" ", text)

    def count(part: str) -> int:
        words = [w.strip(".,;:!?…()«»“”\"'’-") for w in part.split()]
        return sum(1 for w in words if w and not (w.lower() in L.TIME_WORDS or w.lower() in fr_months() or w.isdigit()))

    head, comma, tail = text.rpartition(",")
    if comma and count(head) and not clause:
        return MAX_QUOTE_CHARS  # "a lancé un nouveau parti, « … »": a name in apposition to the object
    return count(tail)


def _is_clause(art: _Article, marks: _Marks) -> bool:
    """Quoted words that make a clause: they hold a conjugated verb."""
    span = art.doc.char_span(marks.start, marks.end, alignment_mode="expand") or []
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)


def _sentence_incise(art: _Article, marks: _Marks) -> _Found | None:
    """« … » pour les fauves sauvages, a souligné Me X: an incise closing the sentence of the
    quotation (a comma, a reporting verb, its inverted subject and adjuncts to the end)."""
    doc, sent = art.doc, marks.sent_last
    first = art.token_at(marks.close_char).i + 1
    for i in range(sent.end - 2, first - 1, -1):
        if doc[i].text != ",":
            continue
        k = i + 1
        while k < sent.end and (_is_aux(doc[k]) or _is_causative(doc[k]) or doc[k].pos_ == "ADV" or doc[k].text.lower() in ("-t", "l'", "l’", "lui", "leur")):
            k += 1
        if k >= sent.end or not _is_cue(doc[k]) or _is_present_participle(doc[k]):
            continue
        clitic = next((t for t in doc[k + 1 : k + 3] if t.text.startswith("-") and t.text.lower() in L.SUBJECT_PRONOUNS), None)
        if clitic is not None:
            return (doc[k], *art.pronoun_speaker(clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()]))
        ref, name = _inverted_subject(art, doc[k], sent.end)
        if ref is not None or name is not None:
            return doc[k], ref, name
    return None


def _inner_incise(art: _Article, marks: _Marks) -> _Found | None:
    """« …, a expliqué X devant les caméras. … »: an incise written inside the marks (a slip of
    the source) names the speaker: a comma, a reporting verb and a person's name."""
    doc = art.doc
    span = list(doc.char_span(marks.start, marks.end, alignment_mode="expand") or [])
    for n, t in enumerate(span[:-2]):
        if t.text != ",":
            continue
        v = _verb_first(span[n + 1 : n + 5])
        if v is None or _is_present_participle(v):
            continue
        after = [x for x in span if v.i < x.i <= v.i + 4]
        if after:
            m = art.mention_at(after[0].idx, after[-1].idx + len(after[-1].text), types=("person",))
            if m is not None:
                return v, *art._named(m.ref)
    return None


def _speaker_going_on(art: _Article, marks: _Marks) -> tuple[int | None, str | None]:
    """A quotation standing alone: the previous speaker goes on, or the sentence before
    introduces it ("X a réagi : « … »", "X a réagi. « … »")."""
    doc = art.doc
    if art.last_speaker and marks.start - art.last_speaker[0] < 400:
        return art.last_speaker[1], art.last_speaker[2]
    start = marks.sent_first.start
    if start == 0 or doc[start - 1].is_space:
        return None, None
    prev_sent = art.sentence(doc[start - 1].idx)
    if prev_sent.text.rstrip().endswith(":") or any(_is_cue(t) for t in prev_sent):
        verb = next((t for t in reversed(list(prev_sent)) if _is_cue(t)), doc[prev_sent.end - 1])
        return _subject_before(art, prev_sent, verb.i)
    return None, None


def _cue_word(doc: Any, cue_tok: Any) -> str | None:
    if cue_tok is None:
        return None
    return _cue_text(doc, cue_tok) if cue_tok.pos_ in ("VERB", "AUX") else cue_tok.text


def _direct_channel(art: _Article, marks: _Marks, cue_tok: Any) -> str | None:
    """The channel is named around the cue: before the quotation, or in the incise after it."""
    if cue_tok is None:
        return None
    if cue_tok.idx > marks.end:
        return _channel(art, marks.close_char, max(marks.sent_last.end_char, cue_tok.idx + 1), cue_tok.idx)
    return _channel(art, marks.sent_first.start_char, marks.open_char, cue_tok.idx)


def _indirect(art: _Article, field: Field, offset: int, length: int, sent: _Sent, direct: list[Quote]) -> list[Quote]:
    """Reported speech in a sentence: "X a déclaré que …", "X a affirmé avoir …", "selon X, …"."""
    s_start, s_end = max(sent.start_char, offset), min(sent.end_char, offset + length)
    out: list[Quote] = []
    for tok in sent:
        if not _is_cue(tok) or art.in_quote(tok.idx):
            continue
        k = _complement(art.doc, tok, sent.end)
        if k is None:
            q = _final_incise(art, field, offset, sent, tok)
        else:
            q = _reported(art, field, offset, sent, tok, k, s_end)
        if q is not None:
            out.append(q)
    q = _according(art, field, offset, sent, s_start, s_end, direct + out) or _as_reported(art, field, offset, sent, s_end)
    if q is not None:
        out.append(q)
    return out


def _add_indirect(art: _Article, field: Field, offset: int, start: int, end: int, trailing: str,
                  name: str | None, ref: int | None, cue: str, channel: str | None) -> Quote | None:
    """Reported speech from start to end, trailing punctuation trimmed, unless too short or
    already within a quotation."""
    while end > start and art.text[end - 1] in trailing:
        end -= 1
    if end - start < 12 or _covered(art, start, end):
        return None
    return art.add(Quote(
        field=field, start=start - offset, end=end - offset, text=art.text[start:end], kind="indirect",
        speaker_name=name, speaker_ref=ref, cue=cue, channel=channel,
    ), offset)


def _as_reported(art: _Article, field: Field, offset: int, sent: _Sent, s_end: int) -> Quote | None:
    """"Comme le révèle X, …", "Comme l'a annoncé X, …": the rest of the sentence is X's."""
    doc = art.doc
    toks = [t for t in sent if not t.is_space][:12]
    if len(toks) < 4 or toks[0].text.lower() != "comme":
        return None
    verb = next((t for t in toks[1:5] if _is_cue(t) or (t.pos_ == "VERB" and _guessed_lemma(t.text.lower()) in L.CUE_VERBS)), None)
    if verb is None:
        return None
    comma = next((t for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma.i - verb.i > 10:
        return None
    ref, name = art.speaker_of_np(_np_after(doc, _skip_adjuncts(doc, verb.i + 1, comma.i), comma.i))
    c_start, c_end = comma.idx + 1, s_end
    while c_start < c_end and art.text[c_start] == " ":
        c_start += 1
    return _add_indirect(art, field, offset, c_start, c_end, " .!?;…\n", name, ref, _cue_text(doc, verb),
                         _channel(art, sent.start_char, s_end, verb.idx))


def _reported(art: _Article, field: Field, offset: int, sent: _Sent, verb: Any, k: int, s_end: int) -> Quote | None:
    """"X a déclaré que …", "X a affirmé avoir …": the clause from the "que" or the infinitive at
    token ``k`` to the end of the sentence."""
    doc = art.doc
    is_que = doc[k].text.lower() in ("que", "qu'", "qu’")
    if not is_que and (not _infinitive(doc[k]) or _is_weak(verb)):
        return None
    c_start = doc[k + 1].idx if is_que and k + 1 < sent.end else doc[k].idx
    c_end = _clause_end(doc, k, sent.end, s_end)
    while c_end > c_start and art.text[c_end - 1] in " .!?;…\n":
        c_end -= 1
    if c_end - c_start < 8 or _covered(art, c_start, c_end):
        return None
    ref, name = _subject_before(art, sent, verb.i)
    if ref is None and name is None:
        attr = _attribution(art, max(sent.start_char, offset), verb.idx)
        if attr is not None:
            _, ref, name = attr
    return art.add(Quote(
        field=field, start=c_start - offset, end=c_end - offset, text=art.text[c_start:c_end], kind="indirect",
        speaker_name=name, speaker_ref=ref, cue=_cue_text(doc, verb),
        channel=_channel(art, max(sent.start_char, offset), s_end, verb.idx),
    ), offset)


def _clause_end(doc: Any, k: int, limit: int, s_end: int) -> int:
    """Where reported content that starts at token ``k`` ends: at the end of the sentence, or
    before a participle that reports another statement ("…, expliquant avoir …", "…, en
    ajoutant que …")."""
    for i in range(k + 1, limit - 1):
        if doc[i].text == ",":
            nxt = doc[i + 2] if doc[i + 1].text.lower() == "en" and i + 2 < limit else doc[i + 1]
            if _is_cue(nxt) and _is_present_participle(nxt):
                return doc[i].idx
    return s_end


def _according(art: _Article, field: Field, offset: int, sent: _Sent, s_start: int, s_end: int, found: list[Quote]) -> Quote | None:
    """"Selon X, …" / "…, selon X." / "…, selon X, …": the rest of the sentence."""
    doc = art.doc
    attr = _attribution(art, s_start, s_end)
    if attr is None or any(q.start <= attr[0].idx - offset <= q.end + 30 and q.end > s_start - offset for q in found if q.field == field):
        return None
    prep, ref, name = attr
    np_end = _np_after(doc, prep.i + 1, sent.end)
    after_np = (np_end[-1].idx + len(np_end[-1].text)) if np_end else prep.idx + len(prep.text)
    apposed = _apposed_name(art, np_end[-1].i + 1) if np_end else None
    if apposed is not None:  # "Pour son ancien camarade, Olivier Faure, …": the content after the name
        after_np = doc[apposed[1]].idx
    if prep.idx - s_start < 3:  # "Selon X, …"
        c_start = after_np
        while c_start < s_end and art.text[c_start] in " ,":
            c_start += 1
        c_end = s_end
    else:  # "…, selon X." or "…, selon X, …"
        c_start, c_end = s_start, prep.idx
    return _add_indirect(art, field, offset, c_start, c_end, " ,.!?;…\n", name, ref,
                         prep.text if prep.text.lower() != "d'" else "d'après", _channel(art, s_start, s_end, prep.idx))


def _skip_adjuncts(doc: Any, k: int, limit: int, *, prepositions: bool = True) -> int:
    """Past adverbs, clitics, time phrases ("mardi 2 juillet", "ce week-end") and prepositional
    phrases ("à l'AFP", "sur Franceinfo") that may stand between a verb and its inverted subject."""
    while k < limit:
        tok = doc[k]
        low = tok.text.lower()
        if tok.pos_ in ("ADV", "SPACE") or low in ("-", "-t") or low in L.TIME_WORDS or low in fr_months() \
                or tok.pos_ == "NUM" or (low in ("ce", "cette", "le") and k + 1 < limit and doc[k + 1].text.lower() in L.TIME_WORDS):
            k += 1
            continue
        if prepositions and tok.pos_ == "ADP" and low not in ("de", "du", "des"):
            j = k + 1
            if j < limit and doc[j].text.lower() in ("de", "d'", "d’", "du", "des"):
                j += 1  # "auprès de", "lors d'"
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
    if _is_present_participle(verb):  # "…, confirmant une information de X": no inverted subject
        return None
    i = verb.i - 1
    while i >= sent.start and (_is_aux(doc[i]) or _is_causative(doc[i]) or doc[i].pos_ == "ADV" or doc[i].text.lower() in ("-t", "-il", "-elle", "l'", "l’", "lui", "leur")):
        i -= 1
    if i < sent.start or doc[i].text != ",":
        return None
    comma = doc[i]
    if _is_weak(verb):
        return None  # "…, a réclamé la démission de X": an object, not an inverted subject
    clitic = next((t for t in doc[verb.i - 2 : verb.i + 2] if t.text.startswith("-") and t.text.lower() in L.SUBJECT_PRONOUNS), None)
    if clitic is not None:  # "Trois policiers étaient à l'avant, a-t-il précisé."
        rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space and t.i > clitic.i]
        if len(rest) > 6 or any(t.pos_ == "VERB" for t in rest):
            return None
        c_start, c_end = max(sent.start_char, offset), comma.idx
        if any(c_start <= q < c_end for q, _ in art.quoted) or _covered(art, c_start, c_end) or c_end - c_start < 12:
            return None
        ref, name = art.pronoun_speaker(clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()])
        return art.add(Quote(
            field=field, start=c_start - offset, end=c_end - offset, text=art.text[c_start:c_end], kind="indirect",
            speaker_name=name, speaker_ref=ref, cue=_cue_text(doc, verb),
            channel=_channel(art, comma.idx, sent.end_char, verb.idx),
        ), offset)
    # after the verb: the subject, then at most prepositional or time phrases to the end
    k = _skip_adjuncts(doc, verb.i + 1, sent.end)
    np = _np_after(doc, k, sent.end)
    if not np or np[0].pos_ == "ADP":
        return None
    end = _clause_end(doc, np[-1].i, sent.end, sent.end_char)  # "…, ajoutant que …" may follow
    rest = [t for t in doc[np[-1].i + 1 : sent.end] if t.idx < end and not t.is_space]
    if any(t.text == ":" or t.text in _OPEN for t in rest):
        return None  # "X, le maire, a dit sa colère : « … »": the verb introduces what follows, it closes nothing
    rest = [t for t in rest if not t.is_punct]
    if len(rest) > 8 or any(t.pos_ in ("VERB",) for t in rest):
        return None
    ref, name = _inverted_subject(art, verb, sent.end)  # "a expliqué son avocat, Me X": X
    c_start, c_end = max(sent.start_char, offset), comma.idx
    for q_start, _ in art.quoted:  # the statement starts after any quotation in the sentence
        if c_start <= q_start < c_end:
            return None
    if _covered(art, c_start, c_end):
        return None
    while c_end > c_start and art.text[c_end - 1] in " ,":
        c_end -= 1
    if c_end - c_start < 12:
        return None
    return art.add(Quote(
        field=field, start=c_start - offset, end=c_end - offset, text=art.text[c_start:c_end], kind="indirect",
        speaker_name=name, speaker_ref=ref, cue=_cue_text(doc, verb),
        channel=_channel(art, comma.idx, sent.end_char, verb.idx),
    ), offset)


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
        if tok.pos_ in ("ADV", "SPACE") or tok.text.startswith("-") or low in ("ne", "n'", "n’", "pas", "y", "en") or low in L.TIME_WORDS \
                or (tok.text in L.QUOTE_CLOSERS and k == verb.i + 1):
            k += 1  # also the closing mark of a quoted verb: il « espère » que …
            continue
        if low in ("l'", "l’", "le", "la", "les", "lui", "leur", "me", "m'", "m’", "nous", "vous", "se", "s'", "s’") and k + 1 < limit \
                and (_infinitive(doc[k + 1]) or (_is_aux(doc[k + 1]) and "Inf" in doc[k + 1].morph.get("VerbForm"))):
            return k + 1 if _infinitive(doc[k + 1]) else k + 1  # "a assuré l'avoir fait savoir": the clitic belongs to the infinitive
        if low in ("l'", "l’", "le", "la", "les", "lui", "leur", "me", "m'", "m’", "nous", "vous", "se", "s'", "s’") and k + 1 < limit and doc[k + 1].text.lower() in ("avoir", "être"):
            return k + 1
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
    """Reported content already given by a quotation: mostly inside one, or holding one (only the
    speaker's own words are kept: "a estimé que la réforme était « injuste »")."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in art.quoted)
    return inside > 0.6 * (end - start) or any(start <= s < end for s, _ in art.quoted)
