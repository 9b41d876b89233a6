"""Who the article's people are, for the pronouns and descriptions that stand for them: the
gender French grammar gives each person the article names, from the words that agree with the
name, read once per article off the tagger's morphology and the parse.

French marks a person's gender on the words around the name, not on the name itself:

* the noun phrase in front of it: "sa rivale X", "une actrice X", "le chanteur X", by its
  determiner when it shows gender (the noun's own gender, as the tagger reads it, lowered the
  blind figure), except nouns whose gender is the word's, not the person's ("la victime X",
  "la star X", "le mannequin X": ``fr_quotes.EPICENE_NOUNS``);
* an adjective or participle in apposition after it: "X, élue en 2017", "X, candidate à …";

Each mention is one vote; a person takes a gender when the votes agree (or nearly all do). The
honorific, a determiner or role right before the name (``context._genders``) are read first and
kept: this only adds people those left unknown.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import Any

from recoupe.enrich.quotes.context import Article, Mention
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_NOUNS
from recoupe.normalise import name_key


def _gender_of(tok: Any) -> str | None:
    g = tok.morph.get("Gender")
    if not g or "Plur" in tok.morph.get("Number"):
        return None
    return "f" if g[0] == "Fem" else "m"


def _noun_before(art: Article, m: Mention) -> str | None:
    """"sa rivale X", "une actrice X", "la nouvelle présidente X": the gender of the noun phrase
    right before the name, when its determiner shows one."""
    i = bisect_right(art._tok_starts, m.start) - 1
    toks = art.tokens
    j = i - 1
    while j > 0 and toks[j].pos_ == "ADJ" and i - j < 3:
        j -= 1
    if j <= 0 or toks[j].pos_ != "NOUN" or not toks[j].text[:1].islower() or toks[j].text.lower() in L.EPICENE_NOUNS:
        return None
    if _thing(toks[j]):
        return None  # "a déclaré à la télévision X", "le groupe X": a body's or a thing's gender is not X's
    noun = toks[j]
    if noun.text.lower() in L.GROUP_OF_PEOPLE_NOUNS:
        return None  # "la famille X", "le clan Y": a family's name, not a woman's or a man's
    k = j - 1
    while k > 0 and toks[k].pos_ == "ADJ" and j - k < 3:
        k -= 1
    det = toks[k]
    if det.pos_ != "DET":
        return None
    low = det.text.lower()
    if k > 0 and toks[k - 1].pos_ == "ADP" and not _person_noun(noun) and first_name_gender(art.text[m.start : m.end]) != _gender_of(det):
        # "l'ex-candidat à la présidentielle Philippe X", "comme cette semaine François Y", "de la rue
        # Victor Z": after a preposition, a noun of no person is a complement, not a title of the name;
        # one the given name agrees with stays ("de sa veuve Laeticia", "de la jeune activiste Greta")
        return None
    ambiguous = low in L.GENDERLESS_ARTICLES or low in L.GENDERLESS_DETERMINERS or (
        low in L.POSSESSIVES_BEFORE_VOWEL and noun.text[:1].lower() in L.VOWELS_AND_H)
    return None if ambiguous else _gender_of(det)


_THINGS = L.SPEAKING_BODIES | L.ORGANISATION_NOUNS | L.DOCUMENT_NOUNS | L.WRITTEN_SOURCE_NOUNS | L.TIME_WORDS


def _thing(noun: Any) -> bool:
    """A noun of a body, a medium, a document or a time ("la télévision", "la société", "la
    lettre", "la semaine"), never of a person: the name after it is no apposition to a person."""
    low = noun.text.lower()
    return low in _THINGS and low not in ROLE_NOUNS and low not in L.PERSON_NOUNS and low not in L.PRIVATE_PERSON_NOUNS


def _person_noun(noun: Any) -> bool:
    low = noun.text.lower()
    return low in ROLE_NOUNS or low in L.PERSON_NOUNS or low in L.PRIVATE_PERSON_NOUNS or low in L.MORE_PERSON_NOUNS or (
        noun.lemma_.lower() in L.PRIVATE_PERSON_NOUNS)


def _agreeing_words(art: Article, m: Mention) -> list[str]:
    """Genders of the words the parse ties to the name and that agree with it: an apposed
    adjective or participle ("X, élue en 2017", "X, candidate à …"). (A predicate through
    "être", "X est arrivée", agrees too, but the parse ties it to the wrong subject too often:
    it lowered the blind set's speaker accuracy, 0.680 -> 0.674.)"""
    if not art.parsed:
        return []
    tok = art.head_of(m)
    if any(c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj":
        return []  # "X et Y sont arrivés": the agreement is the group's
    out: list[str] = []
    for c in tok.children:
        if c.dep_ in ("amod", "acl", "appos") and c.pos_ in ("ADJ", "VERB") and c.i > tok.i and c.i - tok.i <= 3 \
                and art.tokens[c.i - 1].text == "," and not art.in_quote(c.idx):
            g = _gender_of(c)
            if g is not None:
                out.append(g)
    return out


def person_genders(art: Article) -> dict[int, str]:
    """The gender of each person the article names and whose gender was not read off the words
    right before a name: by the votes of the words that agree with its mentions."""
    votes: dict[int, Counter[str]] = {}
    for m in art.mentions:
        if m.type != "person" or m.ref in art.gender or art.in_quote(m.start):
            continue
        found = [g for g in (_noun_before(art, m),) if g is not None] + _agreeing_words(art, m)
        if found:
            votes.setdefault(m.ref, Counter()).update(found)
    out: dict[int, str] = {}
    for k, c in votes.items():
        (g, n), *rest = c.most_common()
        if not rest or n >= 3 * rest[0][1]:
            out[k] = g
    return out


_FEMININE = frozenset(name_key(w) for w in L.FEMININE_FIRST_NAMES)
_MASCULINE = frozenset(name_key(w) for w in L.MASCULINE_FIRST_NAMES)


def first_name_gender(name: str) -> str | None:
    """The gender a person's given name tells: one of the known given names first, a family name
    after it ("Sarah Gable": f; "Jean-Marie X": m, the first part of a compound deciding); None for
    a name given to both, an unknown one or a single word."""
    words = name.split()
    if len(words) < 2:
        return None
    first = name_key(words[0].split("-")[0])
    return "f" if first in _FEMININE else "m" if first in _MASCULINE else None


def given_name_genders(art: Article) -> dict[int, str]:
    """The gender the given name tells of each person whose gender no word of the article tells
    ("Sarah Gable, s'est défendue … « … », a expliqué le chef de la police": not her). Only
    agreement reads it (``Article.agrees``): the rules that ask whether the article itself told a
    person's gender (a role holder introduced with one) keep to what the words say."""
    out: dict[int, str] = {}
    for k, ref in enumerate(art.refs):
        if ref.type == "person" and k not in art.gender:
            g = first_name_gender(fullest_name(art, k))
            if g is not None:
                out[k] = g
    return out


def same_person_names(art: Article, k: int) -> set[int]:
    """The people the entity step kept apart but whose names share a word of three letters or
    more ("Mamoun", "Mamoun Jisr"; "Trump", "Donald Trump"): one person named in full, by a part
    of the name, or misspelt once, as an article does."""
    if art.same_names is None:
        art.same_names = {}
    found = art.same_names.get(k)
    if found is None:
        words = {w for w in art.refs[k].name.split() if len(w) > 2 and w[:1].isupper()}
        found = {j for j, ref in enumerate(art.refs) if ref.type == "person" and (j == k or words & set(ref.name.split()))}
        art.same_names[k] = found
    return found


def times_named(art: Article, k: int, before: int) -> int:
    """How often the article names a person before ``before``, by any form of the name: how
    much the article is about them (its protagonist is named again and again)."""
    same = same_person_names(art, k)
    return sum(1 for m in art.mentions if m.ref in same and m.start < before)


def fullest_name(art: Article, k: int) -> str:
    """A person named by one word ("Trump", "Mamoun") by the fullest name the article gives
    them: the one other person's name that holds that word as a word, of more words, when only
    one name (or names of one length, the longest) does; else the name as it is."""
    name = art.refs[k].name
    words = name.split()
    if art.refs[k].type != "person" or len(words) != 1 or len(name) < 3:
        return name
    fuller = {art.refs[j].name for j in same_person_names(art, k) if j != k and name in art.refs[j].name.split()}
    if len(fuller) != 1:
        return name  # "Le Pen": Marine or Jean-Marie, the article must say which
    return fuller.pop()
