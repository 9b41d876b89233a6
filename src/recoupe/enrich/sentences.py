"""Sentences of an article's body: spaCy's sentence recogniser, cut again at every paragraph
break and rejoined where it cut inside a sentence, a name or after an abbreviation."""

from __future__ import annotations

import re
from typing import Any

from recoupe.enrich.entities import doc_text
from recoupe.lang import fr
from recoupe.models import Field


def abbreviations() -> tuple[str, ...]:
    """``fr.ABBREVIATIONS`` and, for those in lower case of more than one letter, their form at
    a sentence's start (« Art. 2 »)."""
    caps = (a[0].upper() + a[1:] for a in fr.ABBREVIATIONS if a[0].islower() and len(a) > 2)
    return tuple(dict.fromkeys((*fr.ABBREVIATIONS, *caps)))


_ABBREVIATED = frozenset(abbreviations())


def body_sentences(doc: Any, fields: list[tuple[Field, int, int]]) -> list[tuple[int, int]]:
    """The body's sentences, as offsets into the body."""
    body = next(((o, n) for f, o, n in fields if f == "body"), None)
    sentences: list[tuple[int, int]] = []
    if body is not None and fields:
        b_off, b_len = body
        for sent in doc.sents:
            s = max(sent.start_char, b_off)
            e = min(sent.end_char, b_off + b_len)
            if e <= s:
                continue
            # a paragraph break always ends a sentence
            pos = s
            for piece in doc_text(doc)[s:e].split("\n\n"):
                lstrip = len(piece) - len(piece.lstrip())
                rstrip = len(piece) - len(piece.rstrip())
                if len(piece) - rstrip > lstrip:
                    sentences.append((pos + lstrip - b_off, pos + len(piece) - rstrip - b_off))
                pos += len(piece) + 2
        sentences = whole_sentences(doc_text(doc)[b_off : b_off + b_len], sentences)
    return sentences


_ENDS = frozenset(".!?…»\"”:;")
_APOSTROPHE = re.compile(r"['’]")


def _name_goes_on(nxt: str) -> bool:
    """Whether the words after a cut may finish a name begun before it: a capitalised word that
    does not open sentences, or one that does when a capital follows (« Bruno | Le Maire a »; not
    « Réactions à Paris | Le maire a parlé »)."""
    words = nxt.split()
    if not words or not words[0][:1].isupper():
        return False
    first = _APOSTROPHE.split(words[0])[0].lower()
    return first not in fr.CUT_OPENERS or (len(words) > 1 and words[1][:1].isupper())


def whole_sentences(body: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The recogniser's sentences, rejoined where it cut inside one: without a full stop, before
    a lower-case word or a dash (« les pires chiffres d'Europe | - 4 923 cas par jour »), or
    between two capitalised words of a name (« de Ligéria | Rail a débuté », « Bruno | Le
    Maire »), or after an abbreviation that never ends one (« le Pr. | Martin », « l'art. |
    49 »). A sentence that ends without punctuation before a capital is otherwise kept: in
    scraped copy it is often a subheading glued to the paragraph it heads."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out:
            ps, pe = out[-1]
            before, nxt = body[ps:pe].split(), body[s:e]
            if "\n" not in body[pe:s] and before and nxt and (
                    _abbreviated(before[-1]) or body[pe - 1] not in _ENDS and (
                        nxt[0].islower() or nxt[0] in "-–—(" or before[-1] in ("«", "“")
                        or (before[-1][0].isupper() and before[-1].istitle() and _name_goes_on(nxt)))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _abbreviated(word: str) -> bool:
    """Whether a sentence's last word is an abbreviation that never ends one (« (Pr. », « l'art. »)."""
    word = word.lstrip("«“\"(")
    return word in _ABBREVIATED or _APOSTROPHE.split(word)[-1] in _ABBREVIATED
