"""An article as the rules read it: its sentences, the mentions of its entities (with their
genders and the nouns that describe them), the quotations found so far and their speakers; and
where the marks of a direct quotation stand in it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from spacy.attrs import IDX, LOWER
from spacy.symbols import AUX, POS, VERB

from recoupe.enrich.entities import doc_text
from recoupe.enrich.quotes.grammar import clause_head_noun
from recoupe.lang import fr
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_NOUNS
from recoupe.lang.fr_statements import RELATIVE_PRONOUNS
from recoupe.models import EntityRef, Field, Quote
from recoupe.normalise import name_key

_VERBAL = frozenset((int(VERB), int(AUX)))
_ATTRIBUTION_WORDS = frozenset(("pour", "selon", "d'après", "d’après", "d'"))  # lower case


class Sentence:
    """A sentence as a token range (a paragraph break always ends a sentence); ``tokens``: the
    doc's tokens made once (``Article.tokens``), which ``doc[i]`` would make again at each call."""

    __slots__ = ("doc", "start", "end", "tokens")

    def __init__(self, doc: Any, start: int, end: int, tokens: Sequence[Any] | None = None) -> None:
        self.doc, self.start, self.end = doc, start, end
        self.tokens = tokens if tokens is not None else doc

    @property
    def start_char(self) -> int:
        return self.tokens[self.start].idx

    @property
    def end_char(self) -> int:
        last = self.tokens[self.end - 1]
        return last.idx + len(last.text)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.tokens[self.start : self.end])

    @property
    def text(self) -> str:
        return self.doc[self.start : self.end].text


@dataclass(slots=True)
class Mention:
    """A mention of one of the article's entities."""

    start: int  # offsets in the doc
    end: int
    ref: int  # index into the article's entities
    type: str
    complement: bool = False  # after a preposition: "conseiller de François Hollande", "dans Le Monde" (not "par X")


@dataclass(slots=True, eq=False)
class Article:
    """One article's doc, fields and entity mentions, with the look-ups the rules need, and what
    the rules have found in it so far (see ``read_article``)."""

    doc: Any
    tokens: list[Any]  # the doc's tokens, made once: ``doc[i]`` makes a new Token at each call
    verbal: list[bool]  # token i is tagged VERB or AUX (what a cue must be), read off the doc's array
    text: str  # once: Doc.text joins all the tokens on each call
    fields: Sequence[tuple[Field, int, int]]
    refs: Sequence[EntityRef]
    mentions: list[Mention]  # of persons, organisations..., in doc offsets and text order
    _tok_starts: list[int]
    _sent_bounds: list[tuple[int, int]]  # once: Token.sent is slow
    _sent_starts: list[int]
    gender: dict[int, str]  # entity -> "f" or "m", where the article tells it
    descriptors: list[tuple[int, int, str]]  # (position, entity, folded noun) of nouns that describe an entity
    quoted: list[tuple[int, int]]  # doc spans already taken by quotations
    names_end: int  # the closing mark of the last name or label found in marks
    last_speaker: tuple[int, int | None, str | None] | None  # (doc end, ref, name)
    speakers: list[tuple[int, int, int | None]]  # (doc start, end, ref) of the quotations with a speaker
    said: list[tuple[str, int | None, str | None]]  # (folded words, ref, name) of the quotations found
    parsed: bool = False  # the doc has a dependency parse
    attribution_at: list[int] = field(default_factory=list)  # tokens that may open "selon X", "d'après X", "pour X" (``find_attribution``)
    same_names: dict[int, set[int]] | None = None  # person -> the people whose names share a word (coref.same_person_names), once
    given_gender: dict[int, str] = field(default_factory=dict)  # person -> the gender the given name tells (``agrees`` only)
    qualified: dict[int, set[tuple[str, frozenset[str]]]] = field(default_factory=dict)  # person -> (folded head, qualifiers)
    # of the descriptions of another office found to stand for them ("le Premier ministre": ("ministre", {"premier"}))

    def token_at(self, char: int) -> Any:
        """The token holding ``char``, or the one before it when ``char`` is a space."""
        return self.tokens[max(0, bisect_right(self._tok_starts, char) - 1)]

    def head_of(self, m: Mention) -> Any:
        """The word of a mention its phrase hangs on (the parse's head inside the mention)."""
        tok = self.token_at(m.start)
        while tok.head.i != tok.i and m.start <= tok.head.idx < m.end:
            tok = tok.head
        return tok

    def sentence_index(self, char: int) -> int:
        """The index of the parser's sentence holding ``char``."""
        return max(0, bisect_right(self._sent_starts, char) - 1)

    def sentence(self, char: int) -> Sentence:
        """The sentence holding ``char``, never running across a paragraph break."""
        k = self.sentence_index(char)
        sent_start, sent_end = self._sent_bounds[k]
        text = self.text
        lo = max(sent_start, text.rfind("\n\n", 0, char) + 2)
        hi_break = text.find("\n\n", char)
        hi = min(sent_end, hi_break) if hi_break >= 0 else sent_end
        first, last = self.token_at(lo), self.token_at(max(lo, hi - 1))
        return Sentence(self.doc, first.i, last.i + 1, self.tokens)

    def sentences(self, start: int, end: int) -> list[Sentence]:
        out: list[Sentence] = []
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

    def mention_at(self, start: int, end: int, *, types: tuple[str, ...] = ("person", "organisation")) -> Mention | None:
        for m in self.mentions:
            if m.start < end and start < m.end and m.type in types:
                return m
        return None

    def mentions_in(self, start: int, end: int, *, types: tuple[str, ...] = ("person", "organisation")) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and m.type in types and not self.in_quote(m.start)]

    def add(self, quote: Quote, offset: int) -> Quote:
        """Record a quotation found: its span is taken, its speaker is the current one."""
        start, end = offset + quote.start, offset + quote.end
        self.quoted.append((start, end))
        if quote.speaker_ref is not None or quote.speaker_name is not None:
            self.last_speaker = (end, quote.speaker_ref, quote.speaker_name)
            self.speakers.append((start, end, quote.speaker_ref))
            self.said.append((name_key(quote.text), quote.speaker_ref, quote.speaker_name))
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

    def gap(self, start: int, end: int) -> int:
        """Characters from ``start`` to ``end`` outside quotations."""
        inside = sum(max(0, min(end, e) - max(start, s)) for s, e in self.quoted)
        return end - start - inside

    def agrees(self, k: int, gender: str | None) -> bool:
        return gender is None or self.gender.get(k, self.given_gender.get(k, gender)) == gender

    def described(self, char: int, noun: str) -> int | None:
        """The entity last described with ``noun`` before ``char`` ("l'octogénaire")."""
        key = name_key(noun)
        found = [k for pos, k, n in self.descriptors if n == key and pos < char]
        return found[-1] if found else None

    def named(self, k: int | None) -> tuple[int | None, str | None]:
        return (k, self.refs[k].name) if k is not None else (None, None)

    @property
    def title_text(self) -> str:
        """The article's title (its title fields, joined by a space)."""
        return " ".join(self.text[o : o + n] for f, o, n in self.fields if f == "title")

    @property
    def body_start(self) -> int:
        """Where the body field starts in the doc (0 when the article has no body field)."""
        return next((o for f, o, _ in self.fields if f == "body"), 0)

    def words_text(self, words: Sequence[Any]) -> str:
        """The article's text from the first of ``words`` (tokens) to the end of the last, each run
        of spaces made one space: a name or a description as the article writes it."""
        return " ".join(self.text[words[0].idx : words[-1].idx + len(words[-1].text)].split())


def read_article(doc: Any, fields: Sequence[tuple[Field, int, int]], refs: Sequence[EntityRef]) -> Article:
    """An article before any quotation is found: the mentions of its entities in doc offsets
    (those after a preposition marked as complements), its sentences, the genders and descriptors
    of its entities."""
    text = doc_text(doc)
    tokens = list(doc)
    mentions: list[Mention] = []
    offsets = {f: o for f, o, _ in fields}
    for k, ref in enumerate(refs):
        for seen in ref.mentions:
            if seen.field in offsets:
                o = offsets[seen.field]
                mentions.append(Mention(o + seen.start, o + seen.end, k, ref.type))
    mentions.sort(key=lambda m: m.start)
    tok_starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
    for m in mentions:
        i = bisect_right(tok_starts, m.start) - 1
        j = i - 1
        while j > 0 and tokens[j].pos_ == "DET" and tokens[j].text.lower() in L.DEFINITE_ARTICLES:
            j -= 1  # "à l'AFP", "dans le Monde": the preposition before the article
        m.complement = j >= 0 and i > 0 and (tokens[j].pos_ == "ADP" or tokens[j].text.lower() in L.COMPLEMENT_PREPS) and (
            tokens[j].text.lower() != "par" or (j > 0 and tokens[j - 1].text.lower() in L.CONTACT_PARTICIPLES))  # not "par X", but "contacté par X"
    # read off the doc's array of lower-case forms (spaCy's LOWER is the text lower-cased), not the tokens
    attribution_at: list[int] = np.flatnonzero(np.isin(doc.to_array(LOWER), np.array(
        [doc.vocab.strings[w] for w in _ATTRIBUTION_WORDS], dtype=np.uint64))).tolist() if len(doc) else []
    sent_bounds = [(s.start_char, s.end_char) for s in doc.sents]
    verbal = [p in _VERBAL for p in doc.to_array(POS).tolist()] if len(doc) else []
    for s in doc.sents if doc.has_annotation("DEP") else ():
        if s.root.pos_ == "NOUN" and clause_head_noun(s.root):
            verbal[s.root.i] = True  # "La police annonce que …": a verb the tagger took for a noun
    refs = _with_coordinated_titles(tokens, text, refs, mentions)
    art = Article(doc, tokens, verbal, text, fields, refs, mentions, tok_starts, sent_bounds, [s for s, _ in sent_bounds],
                  gender={}, descriptors=[], quoted=[], names_end=-1, last_speaker=None, speakers=[], said=[],
                  parsed=doc.has_annotation("DEP"), attribution_at=attribution_at)
    art.gender = _genders(art)
    art.descriptors = _descriptors(art)
    return art


_TITLE_STOP = frozenset({"VERB", "AUX", "PRON", "SCONJ", "PUNCT", "SPACE", "SYM", "INTJ"})
_TITLE_DETERMINERS = frozenset({"le", "la", "l'", "l’"})


def _with_coordinated_titles(tokens: list[Any], text: str, refs: Sequence[EntityRef], mentions: list[Mention]) -> Sequence[EntityRef]:
    """The entities, each person given too the titles coordinated under one determiner in front
    of its name ("le maire de Nice et président de la région X", "la députée du Nord et ancienne
    ministre, X"): French repeats the determiner for two people ("le maire et le président"), so
    nouns sharing one are one person's titles; the entity step keeps only the last one."""
    extra: dict[int, list[str]] = {}
    starts = [t.idx for t in tokens]
    for m in mentions:
        if m.type != "person" or m.complement:
            continue  # not "l'ancien bras droit de X, Y": X is no one's title holder here
        i = bisect_right(starts, m.start) - 1
        j = i - 1
        if j >= 0 and tokens[j].text == ",":
            j -= 1
        j = _title_edge(tokens, j, 16)
        # tokens[j] is "et" (a title coordinated before the last one) or the phrase's edge
        if j < 1 or tokens[j].text.lower() != "et" or tokens[j + 1].text.lower() not in ROLE_NOUNS and tokens[j + 1].text.lower() not in fr.ROLE_MODIFIERS:
            continue
        end = j - 1
        k = _title_edge(tokens, end, 12)
        # the first determiner of the phrase whose noun is a title ("selon le maire de la ville de Nice")
        det = next((t for t in tokens[k + 1 : end] if t.pos_ == "DET" and t.text.lower() in _TITLE_DETERMINERS), None)
        if det is None:
            continue
        head = next((t for t in tokens[det.i + 1 : end + 1] if t.text.lower() not in fr.ROLE_MODIFIERS), None)
        if head is None or head.text.lower() not in ROLE_NOUNS or any(t.pos_ == "DET" for t in tokens[det.i + 1 : head.i]):
            continue
        title = " ".join(text[tokens[det.i + 1].idx : tokens[end].idx + len(tokens[end].text)].split())
        if title and title not in refs[m.ref].roles:
            titles = extra.setdefault(m.ref, [])
            if title not in titles:
                titles.append(title)
    if not extra:
        return refs
    return [replace(ref, roles=(*ref.roles, *extra[r])) if r in extra else ref for r, ref in enumerate(refs)]


def _title_edge(tokens: Any, j: int, limit: int) -> int:
    """Walking back from ``tokens[j]`` over at most ``limit`` tokens of a title phrase: the index
    of the token that ends it ("et", a word of ``_TITLE_STOP``) or just before the text's start."""
    first = j
    while j >= 0 and first - j < limit and tokens[j].pos_ not in _TITLE_STOP and tokens[j].text.lower() != "et":
        j -= 1
    return j


def _genders(art: Article) -> dict[int, str]:
    """The gender of people, told by an honorific ("Mme", "M."), a determiner ("la maire de
    Paris Anne Hidalgo", "l'ancienne ministre X") or a feminine role; of organisations, by
    their determiner ("la DGCCRF")."""
    genders: dict[int, str] = {}
    for m in art.mentions:
        before = art.text[max(0, m.start - 12) : m.start].lower().split()
        word = before[-1] if before else ""
        if word in L.FEMININE_HONORIFICS or L.ARTICLE_GENDERS.get(word) == "f":
            genders.setdefault(m.ref, "f")
        elif word in L.MASCULINE_HONORIFICS or L.ARTICLE_GENDERS.get(word) == "m":
            genders.setdefault(m.ref, "m")
        elif m.type == "person":
            gender = _role_gender_before(art, art.token_at(m.start).i)
            if gender is None:  # "son mari X", "sa fille X": a kinship noun right before the name
                i = art.token_at(m.start).i
                prev = art.doc[i - 1] if i > 0 else None
                gender = L.KINSHIP_NOUN_GENDERS.get(prev.text.lower()) if prev is not None and prev.pos_ == "NOUN" else None
            after = art.text[m.end : m.end + 16].lstrip(" ,").split(" ")[:1]  # "X, âgée de 70 ans"
            if gender is None and art.text[m.end : m.end + 2].lstrip().startswith(",") and after:
                gender = L.GENDERED_AFTER_NAME.get(after[0].lower())
            if gender is not None:
                genders.setdefault(m.ref, gender)
    for k, ref in enumerate(art.refs):
        for role in ref.roles:
            head = role.split()[0] if role else ""
            if head.endswith(L.FEMININE_ROLE_ENDINGS) or head in L.FEMININE_ROLE_NOUNS:
                genders.setdefault(k, "f")
    return genders


def _role_gender_before(art: Article, i: int) -> str | None:
    """The gender of the role phrase just before a name, from its determiner and adjectives."""
    doc = art.doc
    j = i - 1
    while j >= max(0, i - 7) and doc[j].pos_ in ("PROPN", "ADP", "DET", "ADJ", "NOUN") and doc[j].text not in L.HONORIFICS_M_MME:
        if doc[j].pos_ == "NOUN" and doc[j].text.lower() in ROLE_NOUNS:
            head = _governing_role(art, j) if j + 1 < i and doc[j + 1].text.lower() in L.DE_FORMS else None
            if head is not None:  # "le premier adjoint de la maire de Paris X": X is the deputy, not the mayor
                j = head
            k = j - 1
            while k >= 0 and doc[k].pos_ == "ADJ":
                k -= 1
            for tok in doc[max(0, k) : j + 1]:
                if tok.pos_ in ("DET", "ADJ") or tok.i == j:
                    gender = tok.morph.get("Gender")
                    if gender and tok.text.lower() not in L.ELIDED_ARTICLES:
                        return "f" if gender[0] == "Fem" else "m"
            return None
        j -= 1
    return None


def _governing_role(art: Article, j: int) -> int | None:
    """The role noun whose complement « de » the role noun at token ``j`` opens ("le premier adjoint
    | de la maire"), when the name comes after a complement of that second role ("… de la maire de
    Paris X"): the first role heads the phrase the name closes; None when there is none."""
    doc = art.doc
    k = j - 1
    while k >= 0 and doc[k].pos_ in ("DET", "ADJ") and doc[k].text.lower() not in L.DE_FORMS:
        k -= 1
    if k < 1 or doc[k].text.lower() not in L.DE_FORMS:
        return None
    n = k - 1
    while n >= 0 and doc[n].pos_ == "ADJ":
        n -= 1
    return n if n >= 0 and doc[n].pos_ == "NOUN" and doc[n].text.lower() in ROLE_NOUNS else None


def _descriptors(art: Article) -> list[tuple[int, int, str]]:
    """(position, entity, folded noun) of the common nouns that describe a named person or
    organisation: before the name ("l'agence Santé publique France", "le Néerlandais Jan F.")
    or in apposition after it ("Claude S., l'octogénaire suspecté …"); a later definite
    description with that noun ("l'octogénaire", "l'agence") stands for it."""
    doc, out = art.doc, []
    for m in art.mentions:
        if m.type not in ("person", "organisation"):
            continue
        i = bisect_right(art._tok_starts, m.start) - 1
        j = i - 1
        while j > 0 and doc[j].text in L.HONORIFICS_M_MME_ME_DR:
            j -= 1
        if j > 0 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].text[:1].isalpha() and doc[j - 1].pos_ == "DET":
            holder = _named_after_body(art, m) if m.type == "organisation" else None
            # "le député LREM Aurélien Taché": the noun describes the person, the party only qualifies it
            if holder is not None:
                out.append((holder.start, holder.ref, name_key(doc[j].text)))
            elif m.type != "organisation" or doc[j].text.lower() not in _PERSON_HEADS:
                out.append((m.start, m.ref, name_key(doc[j].text)))
            # (not "le candidat LR", "la députée PS" with no name after: a person of the party, not the party)
        k = bisect_right(art._tok_starts, m.end - 1)
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].pos_ == "DET" and doc[k + 2].pos_ in ("NOUN", "ADJ") and doc[k + 2].text[:1].islower():
            # an apposition closed before any other name ("X, le président de Y, Z" is Z's)
            tail = doc[k + 3 : min(len(doc), k + 24)]
            close = next((t for t in tail if t.is_punct or t.ent_type_ == "PER" or (t.pos_ == "AUX" and "Fin" in t.morph.get("VerbForm"))), None)
            after = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else None
            verb = next((t for t in tail if t.is_punct or t.text.lower() in _RELATIVE_PRONOUNS
                         or (t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm"))), None)
            # ("Selon X, l'avocat qui défend la famille, …": the verb of a relative clause inside the
            # apposition is not the next clause's)
            subject = verb is not None and not verb.is_punct and verb.text.lower() not in _RELATIVE_PRONOUNS and (
                m.complement or _coordinated_complement(doc, i))
            # ("Sur RTL, le candidat a dénoncé …", "Au micro de X, le ministre a …": a phrase opening
            # the sentence, then its subject and verb, not an apposition)
            if close is not None and close.ent_type_ != "PER" and not subject and not (
                    after is not None and (after.ent_type_ == "PER" or after.text in L.HONORIFICS_M_MME_ME)):
                out.append((m.start, m.ref, name_key(doc[k + 2].text)))
    return out


_RELATIVE_PRONOUNS = frozenset(RELATIVE_PRONOUNS)


def _coordinated_complement(doc: Any, i: int) -> bool:
    """The name at token ``i`` is the last of names coordinated after a preposition ("Interrogée
    sur RMC et BFMTV", "Invité de France Inter, de RTL et d'Europe 1"): a complement as the first
    one is, never a name a description after the comma is apposed to."""
    j = i - 1
    while j > 0 and (doc[j].pos_ in ("DET", "ADP") or doc[j].text.lower() in L.DE_FORMS):
        j -= 1  # "et de BFMTV", "et à la radio"
    if j <= 0 or doc[j].text.lower() not in ("et", "ou"):
        return False  # "Invité de BFMTV, X, la porte-parole": a comma there closes the phrase, X is the subject
    j -= 1
    while j >= 0 and i - j <= 12:
        tok = doc[j]
        if tok.pos_ == "ADP" or tok.text.lower() in L.DE_FORMS:
            return True
        if not (tok.pos_ in ("PROPN", "DET") or tok.text == "," or tok.text[:1].isupper()):
            return False
        j -= 1
    return False


_PERSON_HEADS = frozenset(ROLE_NOUNS | L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS) - L.ORGANISATION_NOUNS


def _named_after_body(art: Article, body: Mention) -> Mention | None:
    """The person named right after an organisation in one noun phrase ("le député LREM Aurélien
    Taché", "le député LFI de la Somme François Ruffin"): only names, determiners and "de" between."""
    for m in art.mentions:
        if m.start < body.end or m.type != "person":
            continue
        between = art.doc.char_span(body.end, m.start, alignment_mode="expand") or []
        if m.start - body.end <= 40 and all(t.is_space or t.pos_ in ("PROPN", "DET") or t.text.lower() in L.DE_FORMS for t in between):
            return m
        return None
    return None


@dataclass(slots=True)
class QuoteMarks:
    """Where a direct quotation stands: its pieces, marks and sentences (doc offsets)."""

    parts: list[tuple[int, int]]  # inner spans of the pieces, in doc offsets
    open_char: int  # the opening mark of the first piece
    close_char: int  # the closing mark of the last piece
    open_tok: Any
    sent_first: Sentence
    sent_last: Sentence
    field_end: int

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def locate_marks(art: Article, field: Field, parts: list[tuple[int, int]]) -> QuoteMarks:
    """The marks and sentences of a quotation whose pieces are ``parts`` (doc offsets)."""
    text = art.text
    open_char = parts[0][0] - 1
    while open_char > 0 and text[open_char].isspace():
        open_char -= 1
    close_char = parts[-1][1]
    while close_char < len(text) - 1 and text[close_char].isspace():
        close_char += 1
    return QuoteMarks(
        parts=parts, open_char=open_char, close_char=close_char, open_tok=art.token_at(open_char),
        sent_first=art.sentence(open_char), sent_last=art.sentence(min(close_char, len(text) - 1)),
        field_end=next(o + n for f, o, n in art.fields if f == field),
    )
