"""The speaker as the article names it most completely, once every quotation is found: a
definite description of a person ("la benjamine du Palais Bourbon", "le Palestinien", "cette
cheffe d'entreprise") stands for the person the article names who fits it; a speaker that
cannot speak (a place, a date, a thing) is no one's name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from recoupe.enrich.quotes.context import Article
from recoupe.enrich.quotes.coref import fullest_name, times_named
from recoupe.enrich.quotes.grammar import verb_at
from recoupe.enrich.quotes.speakers import (
    QUALIFIER_FORMS,
    after_source_preposition,
    cumulates,
    former_office_words,
    former_word,
    in_words,
    is_outlet,
    office_differs,
    office_held,
    office_qualifiers,
    office_rest,
    past_elision,
    phrase_office_held,
    qualified_office_fits,
    resolve_role,
    role_fits,
    role_phrase,
)
from recoupe.lang import fr
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_MODIFIERS, ROLE_NOUNS
from recoupe.models import Quote
from recoupe.normalise import name_key

_SINGULAR_DETERMINERS = frozenset(L.SINGULAR_DETERMINER_GENDERS) | frozenset(L.ELIDED_ARTICLES)
_DEFINITE_SINGULAR = _SINGULAR_DETERMINERS - frozenset(L.INDEFINITE_SINGULAR_GENDERS)  # definite and demonstrative
_SINGULAR_DEFINITE = {"le": "m", "la": "f", "ce": "m", "cet": "m", "cette": "f"}
_WINDOW = 1500  # characters before a description where the person it stands for is looked for


def _description(name: str) -> tuple[str, list[str], str | None] | None:
    """(head, words after the determiner, gender) of a singular definite description of a
    person ("la benjamine du Palais Bourbon", "l'élue", "le Palestinien"), or None."""
    words = name.split()
    if len(words) < 1:
        return None
    det = words[0].lower()
    if det in _SINGULAR_DEFINITE:
        rest, gender = words[1:], _SINGULAR_DEFINITE[det]
    elif det[:2] in L.ELIDED_ARTICLES and len(det) > 2:
        rest, gender = [words[0][2:], *words[1:]], None
    else:
        return None
    k = 0
    while k < len(rest) - 1 and rest[k].lower().rstrip("-") in ROLE_MODIFIERS:
        k += 1  # "l'ancienne ministre", "le jeune élu"
    if k >= len(rest):
        return None
    head = rest[k]
    low = head.lower()
    if low in L.ORGANISATION_NOUNS or low in L.DOCUMENT_NOUNS or low in L.SOURCE_NOUNS or low in L.TIME_WORDS:
        return None
    if low in L.ANONYMOUS_SOURCE_NOUNS:
        return None  # "selon cette source", "ce proche": the source the article does not name
    if low in L.GROUP_SPEAKER_NOUNS:
        return None  # "l'entourage du GODF", "la famille": a group, never one person named
    if head[:1].isupper():
        if not (det in ("le", "la") and head.isalpha() and low.endswith(L.DEMONYM_ENDINGS) and len(rest) == 1):
            return None  # "Le Parisien" is a name; "le Palestinien" alone describes a person
    elif not (low in ROLE_NOUNS or low in L.PERSON_NOUNS or low in L.PRIVATE_PERSON_NOUNS):
        return None
    if low not in ROLE_NOUNS and _of_someone(rest[k + 1 :]):
        return None  # "l'entourage du ministre", "la sœur de la victime": one close to someone, not someone named
    if gender is None and low.endswith(L.FEMININE_ROLE_ENDINGS_WIDE):
        gender = "f"
    elif gender is None and low in L.MASCULINE_PERSON_HEADS:
        gender = "m"  # "l'animateur", "l'homme d'affaires": not the woman named last
    elif gender is None:
        gender = _form_gender(low)  # "l'élue", "l'avocate": a woman; "l'élu", "l'adjoint": a man
    return low, rest[k:], gender


_PERSON_HEADS = ROLE_NOUNS | L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS


def _form_gender(noun: str) -> str | None:
    """The gender the written form of a person's noun tells, when its feminine is its masculine and an
    "e" and both are nouns of people ("élue", "avocate", "adjointe" a woman; "élu", "avocat", "adjoint" a
    man), the elided article hiding it; not a masculine in "-eur" ("l'auteur", "l'ingénieur", written of
    women too), nor a noun whose forms are one (``ministre``)."""
    if noun.endswith("e") and noun[:-1] in _PERSON_HEADS:
        return "f"
    if f"{noun}e" in _PERSON_HEADS and not noun.endswith("eur"):
        return "m"
    return None


def _local_office(words: list[str]) -> bool:
    """A role that says which office it is in common words only ("l'avocat général", "le chef de la
    police locale", "la directrice de l'école"; its caller asks for an office of one body or a title
    of two role nouns, not a kind of person: "la cheffe d'entreprise", "le dirigeant conservateur"):
    a function in a body the article does not name,
    whose holder readers cannot know; not a public office named by a proper noun or a nationality
    ("le président de la République", "le ministre de l'Économie", "le président américain") or by
    a body the nation has one of ("le porte-parole du gouvernement": ``fr_quotes.NATIONAL_BODY_NOUNS``),
    whose holder the article may name without giving the office again."""
    rest = words[1:]
    return bool(rest) and all(
        w[:1].islower() and not (w[2:3].isupper() and w[:2].lower() in L.ELIDED_ARTICLES)
        and not (w.lower().endswith(L.DEMONYM_ENDINGS) and w.lower() not in L.DE_FORMS and w.lower() not in L.DEFINITE_DETERMINERS)
        and past_elision(w.lower()) not in L.NATIONAL_BODY_NOUNS  # "le porte-parole du gouvernement": one office in a country
        for w in rest)


def _of_someone(words: list[str]) -> bool:
    """Words after a noun of people that make it someone's ("du ministre", "de la victime")."""
    low = [w.lower() for w in words[:3]]
    if not low or not (low[0] in L.DE_FORMS or low[0][:2] in ("d'", "d’")):
        return False
    nouns = [w[2:] if w[:2] in L.ELIDED_ARTICLES else w for w in low[:3]]
    return any(w in ROLE_NOUNS or w in L.PERSON_NOUNS or w in L.PRIVATE_PERSON_NOUNS for w in nouns[1:])


def _of_a_person(art: Article, words: list[str]) -> set[int]:
    """The persons the article names whom words after a noun of people make it someone's ("de
    Jean Castex", "d'Emmanuel Macron"); none for a body's or a place's ("de C8", "du Rhône")."""
    if not words:
        return set()
    first, rest = words[0], words[1:]
    if first[:2].lower() in ("d'", "d’") and len(first) > 2:
        rest = [first[2:], *rest]
    elif first.lower() not in L.DE_FORMS:
        return set()
    if rest and rest[0].lower() in L.DEFINITE_DETERMINERS:
        rest = rest[1:]
    elif rest and rest[0][:2].lower() in L.ELIDED_ARTICLES:
        rest = [rest[0][2:], *rest[1:]]
    names = []
    for w in rest:
        if not w[:1].isupper():
            break
        names.append(w)
    if not names:
        return set()
    key = name_key(" ".join(names))
    return {k for k, r in enumerate(art.refs) if r.type == "person" and (name_key(r.name) == key or name_key(r.name).endswith(" " + key))}


def _apposed_to(art: Article, key: str, char: int, gender: str | None) -> int | None:
    """The one person the article names before ``char`` in apposition with the noun ``key``
    (folded) of a description, the other way round from what the descriptors read: the noun
    first, then a comma and the name ("le père, René J.", "sa sœur, Anne L."), or the name, a
    comma and the bare noun ("X, porte-parole de l'entreprise"); None when none or several. A
    name after ``char`` counts when it is in apposition to the description standing at ``char``
    itself ("« … », a expliqué le porte-parole de l'état-major, le colonel X"), unless that
    description holds one person's noun after "de" ("l'avocat de l'ancien ministre, le sénateur X":
    X is the former minister; ``_of_one_person``) or names that person."""
    toks = art.tokens
    found: set[int] = set()
    for m in art.mentions:
        ahead = m.start >= char
        if (ahead and m.start > char + _AHEAD_REACH) or m.type != "person" or in_words(art, m.start) or not art.agrees(m.ref, gender):
            continue
        i = art.token_at(m.start).i
        j = art.token_at(max(m.start, m.end - 1)).i + 1
        i = _name_phrase_start(toks, i)  # "le porte-parole de l'état-major, le colonel X": the comma before the title
        h = _apposed_head(toks, i, key) if i >= 3 and toks[i - 1].text == "," else None
        if ahead:
            if h is not None and char <= toks[h].idx < char + _HEAD_REACH and _closes_apposition(toks, j) \
                    and not _of_one_person(toks[h + 1 : i - 1]) \
                    and not any(c.ref == m.ref for c in art.mentions_in(toks[h].idx, toks[i - 1].idx)):
                found.add(m.ref)  # the description's own apposition (not "l'avocat de Morel, le sénateur Jean Morel": his)
            continue
        if h is not None and (h < 2 or toks[h - 2].pos_ != "ADP" or (j < len(toks) and toks[j].text == ",")) and _closes_apposition(toks, j):
            found.add(m.ref)  # not "Selon le maire, Jean Dupont a menti": a name opening a clause of its own
            # ("Selon le maire, Jean Dupont, …": the name between commas is the mayor's)
        if j + 1 < len(toks) and toks[j].text == "," and name_key(toks[j + 1].text) == key and toks[j + 1].pos_ in ("NOUN", "ADJ") \
                and toks[j + 1].text[:1].islower() and not verb_at(toks, j + 2):
            found.add(m.ref)  # not "Devant Paul Roux, maire et préfet ont signé": a noun opening a clause
    return found.pop() if len(found) == 1 else None


# A name in apposition after a description (``_apposed_to``, ahead of it) stands at most this many
# characters after the description's start: its head, up to eight words of complements
# (``_apposed_head``), a comma and a title fit well within it.
_AHEAD_REACH = 300
# ... and the description's head noun within this many characters of its start (its determiner and a
# few adjectives: "l'ancien porte-parole"), so that the apposition found is to the description at
# hand, not to one further on.
_HEAD_REACH = 60


def _of_one_person(complements: list[Any]) -> bool:
    """The words after a description's head (up to the comma of an apposition) hold "de" and one
    person's common noun ("de l'ancien ministre", "du soldat", "d'un policier"): a name in apposition
    after them is that person's, not the head's ("l'avocat de l'ancien ministre, le sénateur X": X
    is the former minister). Not a plural ("le porte-parole des pompiers, le commandant X"), a
    group ("l'avocat de la famille, Me X") or a body ("de la préfecture"), which one named person
    cannot be; nor a name ("l'avocat de Jean Morel, Paul Roux": another name is no apposition to it,
    but the same person's is, which ``_apposed_to`` checks)."""
    for n, t in enumerate(complements):
        if t.text.lower() not in L.DE_FORMS:
            continue
        noun = next((w for w in complements[n + 1 : n + 4] if w.pos_ in ("NOUN", "PROPN") or w.text.lower() in ROLE_NOUNS), None)
        if noun is None or noun.pos_ == "PROPN" or "Plur" in noun.morph.get("Number"):
            continue
        word = noun.text.lower()
        if (word in ROLE_NOUNS or word in L.PERSON_NOUNS or word in L.PRIVATE_PERSON_NOUNS) \
                and word not in L.GROUP_OF_PEOPLE_NOUNS and word not in L.COLLECTIVE_PERSON_NOUNS:
            return True
    return False


def _name_phrase_start(toks: Any, i: int) -> int:
    """The token a name at token ``i`` stands at, or, when a definite title stands right before it
    ("…, le colonel X", "…, la juge Y"), the first token of that title:
    in apposition after a description, the title is part of the name's phrase. ``i`` when no such
    title stands there."""
    k = i - 1
    while k > 0 and i - k <= 3 and toks[k].text[:1].islower() and toks[k].pos_ in ("NOUN", "ADJ", "ADP", "DET") \
            and (toks[k].text.lower() in ROLE_NOUNS or toks[k].text.lower() in ROLE_MODIFIERS or toks[k].text.lower() in L.DE_FORMS):
        k -= 1
    if k < i - 1 and toks[k].text.lower() in _TITLE_ARTICLES and toks[k + 1].text.lower() in ROLE_NOUNS \
            and toks[i - 1].text.lower() in ROLE_NOUNS and k > 0 and toks[k - 1].text == ",":
        return k
    return i


_TITLE_ARTICLES = frozenset(L.ARTICLE_GENDERS) | frozenset(L.ELIDED_ARTICLES)  # "le", "la", "l'": a definite title's


def _apposed_head(toks: Any, i: int, key: str) -> int | None:
    """The token of the noun ``key`` (folded) heading the noun phrase that ends with the comma before
    the name at token ``i``, right after its determiner: "le père, René J.", also with its
    complements ("le directeur du parc depuis trente ans, Pierrick P."); None when the phrase
    before the comma is no such noun phrase (a verb, another comma, a name in it). A word the
    tokenizer cut at its hyphen ("état - major") counts as one word."""
    h, words = i - 2, 0
    while h > 0 and words < 8:
        t = toks[h]
        if t.text == "-" and not t.whitespace_ and h > 1 and not toks[h - 1].whitespace_:
            h -= 2  # "l'état-major": the piece before the hyphen is the same word
            continue
        if t.pos_ in ("VERB", "AUX", "PRON", "PROPN") or t.is_punct or "\n" in t.text:
            return None
        if name_key(t.text) == key and t.pos_ in ("NOUN", "ADJ") and toks[h - 1].pos_ == "DET":
            return h
        h, words = h - 1, words + 1
    return None


def _closes_apposition(toks: Any, j: int) -> bool:
    """What follows a name at token ``j`` closes an apposition: a comma, the sentence's end or a
    relative pronoun (as ``attribution.apposed_name`` reads it), never a verb."""
    if j >= len(toks) or toks[j].text in (",", ".", "!", "?", "…", ";", ")") or "\n" in toks[j].text:
        return True
    return toks[j].text.lower() in L.RELATIVE_SUBJECTS


def _described_person(art: Article, name: str, char: int, before: list[tuple[int, int]], quote_start: int | None = None) -> int | None:
    """The person a definite description given as a speaker stands for: the one the article
    describes with its head noun ("X, la benjamine du …"), or whose known role holds all its
    words; else the person quoted by name or named last before it (not as a noun's complement),
    within a few paragraphs, of its gender, whose known roles, if it is a role, do not exclude it.
    ``before``: (doc end, entity) of the quotations with a named speaker found before; ``quote_start``:
    where the quotation starts (an apposition named anywhere before it counts; default ``char``)."""
    found = _description(name)
    if found is None:
        return None
    head, words, gender = found
    if gender is None:
        gender = _generic(name) or None  # "l'homme": a man, whatever the elided article hides
    if gender is None:  # "l'ancien patron", "l'ancienne élue": the adjective tells what the elided article hides
        gender = next((L.FORMER_OFFICE_GENDERS[w] for w in name.lower().replace("’", "'").replace("'", " ").split()[:3] if w in L.FORMER_OFFICE_GENDERS), None)
    key = name_key(head)
    said = name.split()
    qualified = office_qualifiers(said[: next((n for n, w in enumerate(said) if name_key(w).endswith(key)), 0) + 1])  # "le Premier ministre"
    described = [k for pos, k, n in art.descriptors if n == key and art.refs[k].type == "person" and art.agrees(k, gender)
                 and not in_words(art, pos) and qualified_office_fits(art, k, qualified)]  # not one the quoted words describe
    if len(set(described)) == 1:
        return described[0]
    if not described:
        apposed = _apposed_to(art, key, char if quote_start is None else max(char, quote_start), gender)
        if apposed is not None:  # "le père, René J., …" … "a expliqué le père"
            return apposed
    whose = _of_a_person(art, words[1:])
    if head not in ROLE_NOUNS and whose:
        return None  # "l'entourage de X", "un proche de X": someone of X's the article does not name, never X
        # (not "la chroniqueuse de C8", "l'habitante du Rhône": of a body or a place, the person described so)
    content = [w for w in words if w[:1].isalpha() and w.lower() not in L.DE_FORMS and len(w) > 2]
    # "le chef de l'État", "le chef du gouvernement": one office, which the article names otherwise
    # ("le président américain X", "le Premier ministre Y"), not any "chef" or an office of a body
    phrase = role_phrase(words)
    body = art.body_start
    # "l'ancienne maire du secteur", "l'ex-ministre": a public office held before, which the roles the
    # article gives the one just quoted now ("conseillère municipale") do not exclude (not "l'ancien
    # militaire", a kind of person)
    if phrase is not None and former_office_words(name, head):
        return None  # "l'ancien chef de l'État": not the one who holds it now, whom the article may name alone
    former = head in L.PUBLIC_OFFICE_NOUNS and not whose and former_office_words(name, head)
    # (not "l'ancien porte-parole de X": X's, whom the offices given now still tell apart)
    if head in ROLE_NOUNS and len(content) > 1 and phrase is None and not former:
        k = resolve_role(art, content)
        if k is not None and art.agrees(k, gender) and k not in whose:
            return k

    # an office of a body the article names ("le délégué régional du Snes", "la présidente du FN"), not a
    # kind of person ("le dirigeant conservateur", "cette cheffe d'entreprise")
    low = [w.lower() for w in words]
    office = phrase is None and head in ROLE_NOUNS and any(w in L.DE_FORMS for w in low) and (
        any(w[:1].isupper() or w[2:3].isupper() for w in words[1:])  # a name: "du FN", "d'État"
        or any(w in ("du", "des") or (w == "de" and n + 1 < len(low) and low[n + 1] in L.DEFINITE_DETERMINERS) or w.startswith(("de l'", "de l’"))
               for n, w in enumerate(low)) or any(a in L.DE_FORMS and b[:2] in L.ELIDED_ARTICLES for a, b in zip(low, low[1:], strict=False)))
    # ("du syndicat", "de la région": one body; not "d'entreprise", a kind)

    last = max((c for c in before if c[0] <= char), default=None)
    # an office is not someone named once and just quoted, with no role given (« … », a dit X. Le
    # délégué de Y a déclaré : « … »: a list of reactions); the article's protagonist, named again
    # and again, is what its descriptions stand for
    other = last[1] if office and last is not None and not art.refs[last[1]].roles and len(art.refs[last[1]].mentions) < 2 else None

    rest = office_rest(words, head) if head in ROLE_NOUNS and phrase is None else frozenset()
    local = bool(rest - QUALIFIER_FORMS) and (office or (len(words) > 1 and words[1].lower() in ROLE_NOUNS)) and _local_office(words)

    # office_differs: "le président américain" is not the one the article gives "président philippin";
    # office_held: "l'avocat général", a function in a body the article does not name, is someone given that office
    public = head in L.PUBLIC_MEMBER_NOUNS
    # "l'homme", "cet homme", "la jeune femme": the private person the article is about (a suspect, a
    # witness, a victim), never one it gives a public office ("le procureur X"), whom news writing names
    # again by the office ("le magistrat"), not by sex or age
    plain = _generic(name) is not None

    # the one just quoted by name, whom "l'ancienne maire du secteur" names again: the offices the
    # article gives them now exclude no former one (another named around still needs the office)
    just_quoted = max(((end, k) for end, k in before if end <= char), default=None) if former else None
    in_view = just_quoted[1] if just_quoted is not None and art.gap(just_quoted[0], char) < 600 else None

    said_party, said_nationality = _description_party(name.replace("’", "'").replace("'", "' ").split()), _nationalities(words[1:])

    def fits(k: int) -> bool:
        if _told_otherwise(art, k, said_party, said_nationality):
            return False  # "la candidate communiste": not one the article gives another party ("X (EELV)")
        if plain and _office_holder(art, k):
            return False
        if k == in_view:
            return art.refs[k].type == "person" and art.agrees(k, gender) and k != other and k not in whose \
                and not (public and _office_holder(art, k))
        if phrase is not None and (art.refs[k].type != "person" or phrase_office_held(art, k, phrase) is False
                                   or (phrase_office_held(art, k, phrase) is None and art.refs[k].roles)
                                   or not any(m.ref == k and m.start >= body for m in art.mentions)):
            return False  # "le chef de l'État": not the one the article makes "président de LR" or "ministre des Finances",
            # nor one named only in the title
        return art.refs[k].type == "person" and art.agrees(k, gender) and (not office or role_fits(art, k, head)) and k != other and k not in whose \
            and not (rest and office_differs(art, k, head, rest)) \
            and not (local and not office_held(art, k, head)) and not (public and _office_holder(art, k))

    seen: list[tuple[int, int]] = [(end, k) for end, k in before if end <= char and char - end < _WINDOW and fits(k)]
    quoted_by_name = {k for end, k in before if end <= char}
    seen += [(m.end, m.ref) for m in art.mentions if m.end <= char and char - m.end < _WINDOW and m.type == "person"
             and not m.complement and not in_words(art, m.start) and fits(m.ref)
             and not (public and m.ref not in quoted_by_name and times_named(art, m.ref, char) < 2)]
    # ("l'internaute", "le passant": not someone named once in passing and never quoted; a vox pop's
    # "X, 34 ans, … raconte la riveraine" names one so, but not by these words)
    # a name right after the description, in the same phrase, of one the article gives that office: "le
    # procureur de Paris X" (no comma: not "Selon le maire, X a menti", where X is someone else)
    seen += [(m.end, m.ref) for m in art.mentions if char <= m.start < char + 80 and m.type == "person" and not m.complement
             and head in ROLE_NOUNS and office_held(art, m.ref, head) and not in_words(art, m.start) and fits(m.ref)
             and not any(c in art.text[char : m.start] for c in ',.;:!?«»"\n')]
    if not seen:
        return None
    holders = [c for c in seen if (phrase_office_held(art, c[1], phrase) if phrase is not None else head in ROLE_NOUNS and office_held(art, c[1], head))]
    if holders:  # "le procureur": the one the article gives that office, before the protagonist who holds another
        seen = holders
    elif office and head in ROLE_NOUNS:
        # "le député": one more mandate of the politician the article gave another ("adjoint au maire") only
        # when no one else around may hold it (the protagonist, whom the article gave no role)
        uncumulated = [c for c in seen if not cumulates(art, c[1], head)]
        if uncumulated:
            seen = uncumulated
    quoted = max(((end, k) for end, k in before if end <= char and fits(k)), default=None)
    if quoted is not None and _generic(name) is not None and art.gap(quoted[0], char) < 300:
        return quoted[1]  # "« … », poursuit X. L'homme évoque …": the one just quoted, not the one he speaks of
    # the one named last, unless named only once while another who fits is named again and
    # again: a description ("le Palestinien", "l'agriculteur") is of the person the article is about
    named = {k: times_named(art, k, char) for _, k in seen}
    if phrase is not None:
        # "le chef de l'État" with no one given the office: the one just quoted by name ("« … », lui a répondu
        # X. Le chef du gouvernement a rappelé …"), else the one the article names most, its subject
        if quoted is not None and art.gap(quoted[0], char) < 300:
            return quoted[1]
        return max(seen, key=lambda c: (named[c[1]], c[0]))[1]
    return max(seen, key=lambda c: (named[c[1]] > 1 and not office, c[0]))[1]


_PARTY_KEYS = frozenset(name_key(w) for w in L.PARTY_NAMES)
_PARTY_OF = {name_key(name): n for n, group in enumerate(L.PARTY_GROUPS) for name in group}
_PARENTHESIS = re.compile(r"\s*\(([^()]{1,40})\)")


def _parties(text: str) -> set[int | str]:
    """The parties ``text`` names (``fr_quotes.PARTY_NAMES``), each as its group of names
    (``fr_quotes.PARTY_GROUPS``: "FN" and "Rassemblement national" are one)."""
    ws = name_key(text).split()
    return {_PARTY_OF.get(g, g) for i in range(len(ws)) for n in range(1, 6) if (g := " ".join(ws[i : i + n])) in _PARTY_KEYS}


def _description_party(words: list[str]) -> set[int | str]:
    """The parties a description of a person says its person is of: by an adjective ("la candidate
    communiste", ``fr_quotes.PARTY_ADJECTIVES``) or a party's name ("le candidat LR"); none for a
    former one ("l'ancien socialiste", "l'ex-frontiste": people change parties)."""
    if any(former_word(w) for w in words):
        return set()
    low = [w.lower() for w in words]
    return {_PARTY_OF.get(k, k) for w in low if w in L.PARTY_ADJECTIVES for k in (name_key(L.PARTY_ADJECTIVES[w]),)} | _parties(" ".join(words))


def _nationalities(words: list[str] | tuple[str, ...]) -> set[str]:
    """The nationalities the adjectives among ``words`` tell ("française", "américaines": français,
    américain; ``fr_quotes.NATIONALITY_ADJECTIVES``)."""
    out = set()
    for w in words:
        low = w.lower()
        if not low[:1].isalpha() or w[:1].isupper():
            continue
        found = next((c for c in (low, low[:-1], low[:-2], low[:-3]) if c in L.NATIONALITY_ADJECTIVES), None)
        if found is not None:
            out.add(found)
    return out


def _told_otherwise(art: Article, k: int, party: set[int | str], nationality: set[str]) -> bool:
    """The article tells person ``k`` of another party than the one a description says (``party``:
    by the roles it gives them, "député LREM", or a party in parentheses after their name, "X
    (EELV)"), or of another nationality (``nationality``: "le président français" is not the one it
    makes "ministre britannique")."""
    ref = art.refs[k]
    if ref.type != "person":
        return False
    if party:
        theirs = {p for role in ref.roles for p in _parties(role)}
        for m in art.mentions:
            if m.ref == k and (par := _PARENTHESIS.match(art.text, m.end)) is not None:
                theirs |= _parties(par.group(1))
        if theirs and not theirs & party:
            return True
    if nationality:
        theirs_n = {n for role in ref.roles for n in _nationalities(role.split())}
        if theirs_n and not theirs_n & nationality:
            return True
    return False


def _office_holder(art: Article, k: int) -> bool:
    """The article gives person ``k`` a public office ("le Premier ministre X", "X, maire de Y"):
    one it never calls "l'internaute", "le passant" (``fr_quotes.PUBLIC_MEMBER_NOUNS``)."""
    return any(w in L.PUBLIC_OFFICE_NOUNS for role in art.refs[k].roles for w in role.lower().split()[:3])


_SPEAKING = (ROLE_NOUNS | L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS | L.ORGANISER_NOUNS | frozenset(L.ROLE_SYNONYMS)
             | L.SPEAKING_BODIES | (L.ORGANISATION_NOUNS - L.WRITTEN_SOURCE_NOUNS))
_SEATS = frozenset(name_key(w) for w in L.SEATS_OF_POWER)
_OUTLET_KEYS = frozenset(name_key(w) for w in L.NEWS_OUTLETS)
_DATE_WORDS = frozenset(fr.WEEKDAYS) | frozenset(fr.MONTHS) | L.TIME_WORDS | frozenset(L.TIME_DETERMINERS)


def _can_speak(word: str, *, head: bool = True) -> bool:
    """A common noun that may head a speaker: a person, a role, a body (also in the plural), or a
    noun of an agent by its ending ("les secouristes", "l'assaillant", "les sinistrés"); a ``head``
    (the word after the determiner) in -ais, -ois is such a noun as written ("un villageois"), a
    word further on only by its singular ("la voie désormais" is no "désormais")."""
    low = word.lower().removeprefix("ex-")  # "l'ex-chef de l'État": a chef
    single = low[:-1] if low[-1:] in ("s", "x") else low
    if low in L.ANIMAL_NOUNS or single in L.ANIMAL_NOUNS:
        return False  # "le chien", "les loups": no one's words
    if low in _SPEAKING or single in _SPEAKING or low[:-2] + "al" in _SPEAKING:
        return True
    if head and low != single and low.endswith(L.AGENT_NOUN_ENDINGS):  # the word as written first: "villageois" is no plural of "villageoi"
        return low not in L.AIS_OIS_THINGS and single not in L.AIS_OIS_THINGS and low not in L.WRITTEN_SOURCE_NOUNS
    return single not in L.WRITTEN_SOURCE_NOUNS and single.endswith(L.AGENT_NOUN_ENDINGS)


def _member_of_body(rest: list[str]) -> bool:
    """"un cadre du parti", "les ténors LR": a noun of a member (L.MEMBER_NOUNS) with the body it
    belongs to after it, an "of" phrase or a capitalised name; alone it names a thing ("le cadre")."""
    if len(rest) < 2:
        return False
    low = rest[0].lower()
    if low not in L.MEMBER_NOUNS and low[:-1] not in L.MEMBER_NOUNS:
        return False
    nxt = rest[1].lower()
    return nxt in L.DE_FORMS or nxt[:2] in ("d'", "d’") or rest[1][:1].isupper()


def speaking_name(name: str, *, headline: bool = False) -> str | None:
    """The speaker's name without what cannot speak: date words glued after it ("la police
    anglaise samedi", "Gala ce 17 juillet"); None when what is left is no one: a thing ("la
    fièvre", "une étude" with no author), words with a quotation mark in them; in a ``headline``,
    the words before its colon that are no name ("Beauce Sucre ferme Autreville : « … »")."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if any(c in name for c in L.QUOTE_CLOSERS | {"«", "“"}):
        return None
    words = [w.split(".")[0] if re.search(r"\.\d", w) else w for w in words]  # "Paris.14h15": a time glued on
    if name_key(" ".join(words)) in _OUTLET_KEYS:
        return " ".join(words)  # "Journal du Dimanche", "France Dimanche": the day is part of the name
    dated = False
    while words and (words[-1].lower() in _DATE_WORDS or (dated and words[-1][:1].isdigit())):
        dated = dated or words[-1].lower() in fr.MONTHS
        words.pop()  # "ce 17 juillet", not the 3 of "France 3"
    if not words:
        return None
    for i in range(1, len(words) - 1):
        if words[i].lower() == "sur" and is_outlet(" ".join(words[i + 1:])):
            # "la ministre X sur Europe 1": the channel is none of the speaker's name; "le journaliste
            # à Libération", "l'éditorialiste au Figaro" name an employer, as « de » does
            words = words[:i]
            break
    lowered = [w.lower() for w in words]
    k = 0
    while k < len(words) - 1 and (lowered[k] in L.DEFINITE_DETERMINERS or lowered[k] in L.INDEFINITE_OPENERS or lowered[k] in ("son", "sa", "ses", "leur", "leurs")
                                  or lowered[k].rstrip("-") in ROLE_MODIFIERS or lowered[k] in ("même", "mêmes", "diverses", "divers", "jeune", "autre", "autres")):
        k += 1
    if k < len(words) - 1 and (k > 0 or lowered[0] in L.ONE_OF) and lowered[k] in L.DE_FORMS:
        # "un des agresseurs", "l'une des commerciales", "un de ses proches": one of them, by the head noun
        k += 1
        while k < len(words) - 1 and (lowered[k] in L.DEFINITE_DETERMINERS or lowered[k] in L.POSSESSIVE_DETERMINERS):
            k += 1
    rest = words[k:]
    if name_key(" ".join(rest)) in _SEATS:
        return " ".join(words)  # "le quai d'Orsay": the institution it houses
    if rest[0][:1].isupper() or rest[0][:1].isdigit() or (rest[0][:2].lower() in L.ELIDED_ARTICLES and rest[0][2:3].isupper()):
        # a proper name: capitalised words and the particles between them
        first = rest[0][2:] if rest[0][:2].lower() in L.ELIDED_ARTICLES else rest[0]
        if first.lower() in L.WRITTEN_SOURCE_NOUNS and first.lower() not in L.AUTHORED_DOCUMENT_NOUNS:
            return None  # "le Code de la route", "la Loi travail": a text that speaks for no one
        if headline and not _can_speak(first) and any(
                not (w[:1].isupper() or w[:1].isdigit() or w.lower() in L.NAME_PARTICLES or w.lower()[:2] in L.ELIDED_ARTICLES) for w in rest):
            return None  # "Beauce Sucre ferme Autreville"; not "Agence régionale de santé"
        return " ".join(words)
    if k == 0 and len(words) == 1 and rest[0][:2].lower() not in L.ELIDED_ARTICLES:
        return name  # a name written in lower case ("franceinfo")
    elided = rest[0][2:] if rest[0][:2].lower() in L.ELIDED_ARTICLES else rest[0]
    if any(" ".join([elided, *rest[1:]]).lower().startswith(w + " ") for w in L.RIGHT_HAND_WORDS):
        return " ".join(words)  # "le bras droit de X": a person
    if (not _can_speak(elided) and not (len(rest) > 1 and _can_speak(rest[1], head=False)) and elided.lower() not in L.AUTHORED_DOCUMENT_NOUNS
            and not _member_of_body([elided, *rest[1:]])):
        return None  # a document stays: its author may be named by no one, the article's words stand for it
    return " ".join(words)


def _written_source(name: str) -> bool:
    """"l'étude", "le rapport", "ce communiqué": a definite document, whose author speaks."""
    words = name.lower().split()
    if len(words) == 2 and words[0] in L.DEFINITE_DETERMINERS:
        return words[1] in L.WRITTEN_SOURCE_NOUNS
    return len(words) == 1 and words[0][:2] in L.ELIDED_ARTICLES and words[0][2:] in L.WRITTEN_SOURCE_NOUNS


def long_form(text: str, short: str) -> str | None:
    """The name an acronym stands for where the article spells it out before it in brackets
    ("le parquet national antiterroriste (Pnat)" -> "parquet national antiterroriste (Pnat)"): the
    words before the bracket back to one with the acronym's initial, as near as can be to as many
    words as the acronym has letters, particles aside."""
    if not (2 <= len(short) <= 8 and short.isalpha() and short[:1].isupper() and " " not in short):
        return None
    for m in re.finditer(r"\(\s*" + re.escape(short) + r"\s*\)", text):
        words = list(re.finditer(r"[^\W\d_][\w’'-]*", text[max(0, m.start() - 160) : m.start()]))
        base = max(0, m.start() - 160)
        starts: list[tuple[int, int]] = []  # (words, offset) of the words that may open the long form
        content = 0
        for w in reversed(words):
            word = re.sub(r"^[ldLD]['’]", "", w.group(0))
            if word.lower() in L.NAME_PARTICLES:
                continue
            content += 1
            if content > len(short) + 1:
                break
            if word[:1].lower() == short[:1].lower() and content > 1:
                starts.append((content, base + w.start() + (len(w.group(0)) - len(word))))
        if starts:  # as many words as the acronym has letters, if it can ("a demandé à la Direction … (DACG)")
            first = min(starts, key=lambda c: (abs(c[0] - len(short)), -c[0]))[1]
            if any(c in text[first : m.start()] for c in '«»“”".;:!?'):
                continue  # not across marks or sentences: quoted words are no name
            return f"{' '.join(text[first : m.start()].split())} ({short})"
    return None


_AGE = re.compile(r",?\s+(?:(?:âgée?s?|agée?s?)\s+)?(?:d['’]environ|de)\s+\d+\s+ans\b.*$")


def without_age(name: str) -> str:
    """An unnamed person's description without the age the article adds ("le fils d'une résidente
    âgée de 89 ans", "une cliente de 24 ans"): the short noun phrase a speaker is given by."""
    cut = _AGE.sub("", name)
    return cut if cut.split() else name


def _description_gender(name: str) -> str | None:
    """The gender a description's determiner tells ("la mère", "un voisin", "cette riveraine"); None
    when it tells none ("l'habitante", "fille de …")."""
    words = name.split()
    return L.SINGULAR_DETERMINER_GENDERS.get(words[0].lower()) if words else None


def _person_description(name: str) -> bool:
    """An unnamed person by a singular description of the article's ("une cliente new-yorkaise", "le
    fils d'une résidente", "fils d'une résidente"): a noun of a person after a singular determiner
    or none, not one by sex or age alone ("l'homme") and no office or body."""
    words = name.split()
    if not words or not words[0][:1].islower():
        return False
    low = [w.lower() for w in words]
    if low[0][:2] in L.ELIDED_ARTICLES and len(low[0]) > 2:
        low = [low[0][2:], *low[1:]]
    elif low[0] in _SINGULAR_DETERMINERS:
        low = low[1:]
    while low[1:] and (low[0] in ROLE_MODIFIERS or low[0] in ("jeune", "autre")):
        low = low[1:]
    if not low or low[0] in L.GENERIC_PERSON_NOUNS:
        return False
    return low[0] in L.PRIVATE_PERSON_NOUNS or (low[0] in L.PERSON_NOUNS and low[0] not in ROLE_NOUNS)


def _generic(name: str) -> str | None:
    """The gender of a definite singular description by sex or age alone ("l'homme", "la jeune
    femme", "le quadragénaire"), "" when it tells none; None for any other speaker."""
    words = name.lower().split()
    if not words:
        return None
    det, rest = words[0], words[1:]
    if det[:2] in L.ELIDED_ARTICLES and len(det) > 2:
        det, rest = det[:2], [det[2:], *rest]
    if det not in _DEFINITE_SINGULAR:
        return None
    while rest and rest[0] in ("jeune", "vieil", "vieille", "vieux"):
        rest = rest[1:]
    if len(rest) != 1 or rest[0] not in L.GENERIC_PERSON_NOUNS:
        return None
    told = L.SINGULAR_DETERMINER_GENDERS.get(det)
    if rest[0] == "femme" or told == "f":
        return "f"
    return "m" if rest[0] == "homme" or told == "m" else ""


def _without_adverbial(name: str) -> str:
    """A description without the time adverbial an incise put before it ("un peu plus tard le
    procureur" -> "le procureur"): the words before its first definite determiner, when they are
    all words of such an adverbial (L.INCISE_TIME_ADVERBIAL_WORDS); else the name as it is."""
    words = name.split()
    for n, w in enumerate(words[:6]):
        low = w.lower()
        if n and ((low in ("le", "la") and n + 1 < len(words)) or (low[:2] in L.ELIDED_ARTICLES and len(low) > 2 and low[2:3].isalpha())):
            if all(x.lower() in L.INCISE_TIME_ADVERBIAL_WORDS for x in words[:n]) and any(
                    x.lower() not in ("un", "de", "à", "lui", "elle", "son") for x in words[:n]):
                return " ".join(words[n:])
            break
    return name


_BODY_HEADS = L.BODY_HEAD_NOUNS - L.DOCUMENT_NOUNS - L.AUTHORED_DOCUMENT_NOUNS - L.WRITTEN_SOURCE_NOUNS
# Between a body's description and the comma before its name in apposition: the description's own
# complements only ("le principal syndicat de journalistes au Venezuela, le SNTP"), no more than this.
_BODY_APPOSITION_REACH = 60


def _apposed_body(art: Article, name: str, char: int) -> int | None:
    """The organisation a description of a body given as a speaker ("la régie des transports", "le
    principal syndicat de journalistes") stands for when the article names it in apposition right
    after it: a comma, the name and a comma, a parenthesis or the end of the sentence ("…, a
    demandé la régie new-yorkaise des transports, la MTA, …"). Not a clause that opens after the
    comma ("Selon le syndicat, la SNCF a menti", nor "Selon le site du journal, la SNCF, à la peine,
    devra …": the name is its subject, after the source). ``char``: where the
    description stands (-1: not found)."""
    if char < 0:
        return None
    words = name.split()
    if not words or not (words[0].lower() in L.DEFINITE_DETERMINERS or words[0][:2].lower() in L.ELIDED_ARTICLES):
        return None
    rest = [words[0][2:], *words[1:]] if words[0][:2].lower() in L.ELIDED_ARTICLES and len(words[0]) > 2 else words[1:]
    if not any(w.lower() in _BODY_HEADS for w in rest[:3]):
        return None
    if after_source_preposition(art, char):
        return None  # "Selon le site de la radio, l'IGPN, « … », pourrait …": a clause's subject after the source
    end = char + len(name)
    comma = art.text.find(",", end, end + _BODY_APPOSITION_REACH)
    if comma < 0 or any(c in art.text[end:comma] for c in ".;:!?«»\"()\n"):
        return None
    after = art.text[comma + 1 :]
    lead = len(after) - len(after.lstrip())
    m = next((m for m in art.mentions if comma < m.start <= comma + 1 + lead + 4), None)
    if m is None or m.type != "organisation" or art.refs[m.ref].type != "organisation":
        return None
    between = art.text[comma + 1 : m.start].strip().lower().replace("’", "'")
    if between and between not in L.DEFINITE_DETERMINERS and between not in ("l'", "l"):
        return None
    tail = art.text[m.end : m.end + 3].lstrip()
    return m.ref if not tail or tail[0] in ",.;()" else None


def complete_speakers(art: Article, quotes: list[Quote]) -> list[Quote]:
    """Each speaker by the most complete name the article gives: a description of a person named
    in the article becomes that person; a speaker that is no person and no organisation (a place,
    a thing) is dropped, unless it is a people's name for a person ("le Marseillais")."""
    offsets = {f: o for f, o, _ in art.fields}
    out: list[Quote] = []
    named: list[tuple[int, int]] = []
    described: list[tuple[int, str]] = []  # (doc end, description) of the unnamed people quoted before
    titles = art.title_text
    body_start = min((o for f, o, _ in art.fields if f != "title"), default=len(art.text))
    for q in quotes:
        start = offsets[q.field] + q.start
        if q.speaker_ref is not None and art.refs[q.speaker_ref].type not in ("person", "organisation"):
            word = art.token_at(max(0, art.text.rfind(art.refs[q.speaker_ref].name, 0, start) - 2))
            k = _described_person(art, f"{word.text.lower()} {art.refs[q.speaker_ref].name}", start, named)
            q = replace(q, speaker_ref=k, speaker_name=art.refs[k].name if k is not None else None)
        elif q.speaker_ref is None and q.speaker_name and _written_source(q.speaker_name):
            author = max(((end, k) for end, k in named if end <= start and art.gap(end, start) < _WINDOW), default=None)
            if author is not None and is_outlet(art.refs[author[1]].name):
                author = None  # "« … », souligne Le Figaro. « … », précise le rapport": not the newspaper's own
            if author is not None:  # "explique l'étude", "selon le rapport": its author, quoted just before
                q = replace(q, speaker_ref=author[1], speaker_name=art.refs[author[1]].name)
        elif q.speaker_ref is None and q.speaker_name:
            given = _without_adverbial(q.speaker_name)
            if given != q.speaker_name:  # "un peu plus tard le procureur": "le procureur"
                q = replace(q, speaker_name=given)
            at = art.text.find(given, max(0, start - 600))
            k = _described_person(art, given, at if 0 <= at < start + len(q.text) + 300 else start, named, start)
            if k is not None:
                q = replace(q, speaker_ref=k, speaker_name=art.refs[k].name)
            elif (body := _apposed_body(art, given, at if 0 <= at < start + len(q.text) + 300 else -1)) is not None:
                q = replace(q, speaker_ref=body, speaker_name=art.refs[body].name)  # "la régie des transports, la MTA,"
            elif (generic := _generic(given)) is not None:
                first = next((n for end, n in reversed(described) if end <= start and art.gap(end, start) < _WINDOW
                              and (not generic or _description_gender(n) in (None, generic))), None)
                if first is not None:  # "« … », a déclaré une cliente. … Pour la jeune femme, « … »": the cliente
                    q = replace(q, speaker_name=first)
        short = (art.refs[q.speaker_ref].name if q.speaker_ref is not None else q.speaker_name or "").split()
        if len(short) == 2 and short[0].lower() in L.DEFINITE_DETERMINERS:
            short = short[1:]
        if len(short) == 1 and short[0][:2].lower() in L.ELIDED_ARTICLES:
            short = [short[0][2:]]
        spelt = long_form(art.text, short[0]) if len(short) == 1 else None
        if spelt is not None:  # "le Pnat" -> "parquet national antiterroriste (Pnat)", as the article spells it out
            q = replace(q, speaker_name=spelt)
        if q.speaker_ref is None and q.speaker_name:
            headline = q.field == "title" or (q.speaker_name in titles and q.speaker_name not in art.text[body_start:])
            q = replace(q, speaker_name=speaking_name(q.speaker_name, headline=headline))
        if q.speaker_ref is None and q.speaker_name and _person_description(q.speaker_name):
            short_name = without_age(q.speaker_name)
            q = replace(q, speaker_name=short_name)
            described.append((start + len(q.text), short_name))
        if q.speaker_ref is not None:
            named.append((start + len(q.text), q.speaker_ref))
            q = replace(q, speaker_name=fullest_name(art, q.speaker_ref))  # "Trump" -> "Donald Trump"
        out.append(q)
    return out
