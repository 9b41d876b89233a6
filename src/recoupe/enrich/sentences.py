"""Sentences of an article's body: spaCy's sentence recogniser, cut again at every paragraph
break and rejoined where it cut inside a sentence or a name."""

from __future__ import annotations

import re
from typing import Any

from recoupe.enrich.entities import doc_text
from recoupe.lang import fr
from recoupe.models import Field


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


def _name_goes_on(nxt: str) -> bool:
    """Whether the words after a cut may finish a name begun before it: a capitalised word that
    does not open sentences, or one that does when a capital follows (« Bruno | Le Maire a »; not
    « Réactions à Paris | Le maire a parlé »)."""
    words = nxt.split()
    if not words or not words[0][:1].isupper():
        return False
    first = re.split(r"['’]", words[0])[0].lower()
    return first not in fr.CUT_OPENERS or (len(words) > 1 and words[1][:1].isupper())


def whole_sentences(body: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The recogniser's sentences, rejoined where it cut inside one: without a full stop, before
    a lower-case word or a dash (« les pires chiffres d'Europe | - 4 923 cas par jour »), or
    between two capitalised words of a name (« de Ligéria | Rail a débuté », « Bruno | Le
    Maire »). A sentence that ends without punctuation before a capital is otherwise kept: in
    scraped copy it is often a subheading glued to the paragraph it heads."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out:
            ps, pe = out[-1]
            before, nxt = body[ps:pe].split(), body[s:e]
            if body[pe - 1] not in _ENDS and "\n" not in body[pe:s] and before and nxt and (
                    nxt[0].islower() or nxt[0] in "-–—(" or before[-1] in ("«", "“")
                    or (before[-1][0].isupper() and before[-1].istitle() and _name_goes_on(nxt))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out
