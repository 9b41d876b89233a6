"""The speaker as the article names it most completely, once every quotation is found: a
definite description of a person ("la benjamine du Palais Bourbon", "le Palestinien", "cette
cheffe d'entreprise") stands for the person the article names who fits it; a speaker that
cannot speak (a place, a date, a thing) is no one's name.
"""

from __future__ import annotations

from dataclasses import replace

from recoupe.enrich.quotes.context import Article
from recoupe.enrich.quotes.speakers import resolve_role, role_fits
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_MODIFIERS, ROLE_NOUNS
from recoupe.models import Quote
from recoupe.normalise import name_key

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
    if head[:1].isupper():
        if not (det in ("le", "la") and head.isalpha() and low.endswith(L.DEMONYM_ENDINGS) and len(rest) == 1):
            return None  # "Le Parisien" is a name; "le Palestinien" alone describes a person
    elif not (low in ROLE_NOUNS or low in L.PERSON_NOUNS or low in L.PRIVATE_PERSON_NOUNS):
        return None
    if gender is None and low.endswith(L.FEMININE_ROLE_ENDINGS_WIDE):
        gender = "f"
    return low, rest[k:], gender


def _described_person(art: Article, name: str, char: int, before: list[tuple[int, int]]) -> int | None:
    """The person a definite description given as a speaker stands for: the one the article
    describes with its head noun ("X, la benjamine du …"), or whose known role holds all its
    words; else the person quoted by name or named last before it (not as a noun's complement),
    within a few paragraphs, of its gender, whose known roles, if it is a role, do not exclude it.
    ``before``: (doc end, entity) of the quotations with a named speaker found before."""
    found = _description(name)
    if found is None:
        return None
    head, words, gender = found
    key = name_key(head)
    described = [k for pos, k, n in art.descriptors if n == key and art.refs[k].type == "person" and art.agrees(k, gender)]
    if len(set(described)) == 1:
        return described[0]
    content = [w for w in words if w[:1].isalpha() and w.lower() not in L.DE_FORMS and len(w) > 2]
    if head in ROLE_NOUNS and len(content) > 1:
        k = resolve_role(art, content)
        if k is not None and art.agrees(k, gender):
            return k

    office = head in ROLE_NOUNS and any(w.lower() in L.DE_FORMS for w in words)  # "le délégué régional du syndicat"

    last = max((c for c in before if c[0] <= char), default=None)
    # an office is not someone named once and just quoted, with no role given (« … », a dit X. Le
    # délégué de Y a déclaré : « … »: a list of reactions); the article's protagonist, named again
    # and again, is what its descriptions stand for
    other = last[1] if office and last is not None and not art.refs[last[1]].roles and len(art.refs[last[1]].mentions) < 2 else None

    def fits(k: int) -> bool:
        return art.refs[k].type == "person" and art.agrees(k, gender) and (head not in ROLE_NOUNS or role_fits(art, k, head)) and k != other

    seen: list[tuple[int, int]] = [(end, k) for end, k in before if end <= char and char - end < _WINDOW and fits(k)]
    seen += [(m.end, m.ref) for m in art.mentions if m.end <= char and char - m.end < _WINDOW and m.type == "person"
             and not m.complement and not art.in_quote(m.start) and fits(m.ref)]
    return max(seen)[1] if seen else None


def complete_speakers(art: Article, quotes: list[Quote]) -> list[Quote]:
    """Each speaker by the most complete name the article gives: a description of a person named
    in the article becomes that person; a speaker that is no person and no organisation (a place,
    a thing) is dropped, unless it is a people's name for a person ("le Marseillais")."""
    offsets = {f: o for f, o, _ in art.fields}
    out: list[Quote] = []
    named: list[tuple[int, int]] = []
    for q in quotes:
        start = offsets[q.field] + q.start
        if q.speaker_ref is not None and art.refs[q.speaker_ref].type not in ("person", "organisation"):
            word = art.token_at(max(0, art.text.rfind(art.refs[q.speaker_ref].name, 0, start) - 2))
            k = _described_person(art, f"{word.text.lower()} {art.refs[q.speaker_ref].name}", start, named)
            q = replace(q, speaker_ref=k, speaker_name=art.refs[k].name if k is not None else None)
        elif q.speaker_ref is None and q.speaker_name:
            at = art.text.find(q.speaker_name, max(0, start - 600))
            k = _described_person(art, q.speaker_name, at if 0 <= at < start + len(q.text) + 300 else start, named)
            if k is not None:
                q = replace(q, speaker_ref=k, speaker_name=art.refs[k].name)
        if q.speaker_ref is not None:
            named.append((start + len(q.text), q.speaker_ref))
        out.append(q)
    return out
