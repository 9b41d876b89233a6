"""The story signal of an article, computed where its spaCy doc is: weighted terms of the
title, lead and opening of the body.

Story placement (``recoupe.stories.placement``) weighs these terms by TF-IDF and compares them;
this module only says which terms a text stands for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from recoupe.enrich.entities import doc_text
from recoupe.lang.fr import NAME_LINKS
from recoupe.models import Field
from recoupe.normalise import story_key

ACRONYM_WEIGHT = 0.5  # the initials of a name count half as much as a word of the same field
_PIECES = re.compile(r"[^\W\d_]+|\d+")
_GROUPED = re.compile(r"^\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+$")
_FUNCTION_WORDS = frozenset("de du des d la le les l et en à au aux a pour sur".split())


def term_forms(word: str) -> list[str]:
    """The terms a word stands for: folded, and split where letters meet digits, so that
    "JO-2020", "Tokyo2020" or "Covid-19" share their parts with "JO", "Tokyo", "Covid", "2020".
    Pieces of one character are dropped."""
    folded = story_key(word)
    if folded.isalpha() or not any(c.isdigit() for c in folded):  # (no letter is a digit)
        return [folded] if len(folded) >= 2 else []
    return [p for p in _PIECES.findall(folded) if len(p) >= 2]


STEM_CHARS = 5  # a word longer than this also counts by its first letters ...
STEM_WEIGHT = 0.5  # ... half as much as the word itself


def stem(term: str) -> str | None:
    """The first letters of a longer word, as a term of its own ("~ouver" for "ouverture" and
    "ouvert", "~bresi" for "Brésil" and "brésilien"): a light stemmer that needs no word list.
    None for a short word, a number or a name with digits."""
    return "~" + term[:STEM_CHARS] if len(term) > STEM_CHARS and term.isalpha() else None


def number_term(pieces: Sequence[str]) -> tuple[str | None, int]:
    """A number written with thousand separators, as one term ("2 872", "2.872" -> "2872"), from
    the texts (with trailing whitespace) of a token and those after it; and how many of those
    it used up. ``(None, 0)`` when the first piece does not start such a number."""
    first = pieces[0].strip()
    if _GROUPED.match(first):
        return re.sub(r"\D", "", first), 0
    if not (first.isdigit() and len(first) <= 3) or pieces[0] == first:
        return None, 0
    digits, used = first, 0
    for piece in pieces[1:]:
        text = piece.strip()
        if not (text.isdigit() and len(text) == 3):
            break
        digits += text
        used += 1
        if piece == text:  # no space after: the number ends here
            break
    return (digits, used) if used else (None, 0)


def acronyms(words: Sequence[str]) -> tuple[str, ...]:
    """The initials of a name of several words: of all its words but the function words
    ("Organisation mondiale de la santé" -> "oms"), and of the words before the first function
    word ("Jeux olympiques de Tokyo" -> "jot", "jo"). None for a name holding a number or an
    acronym already."""
    if any(len(w) > 1 and w.isupper() for w in words):
        return ()
    folded = [story_key(w) for w in words]
    if any(not w.isalpha() for w in folded):
        return ()
    content = [w for w in folded if w not in _FUNCTION_WORDS]
    out = []
    if 2 <= len(content) <= 6:
        out.append("".join(w[0] for w in content))
    head = folded[: next((i for i, w in enumerate(folded) if w in _FUNCTION_WORDS), len(folded))]
    if 2 <= len(head) < len(content):
        out.append("".join(w[0] for w in head))
    return tuple(out)


# What closes a headline after a spaced dash or bar: "… - France 24", "… | Le Journal du Val",
# "… - monjournal.fr".
_TAIL = re.compile(r"\s+[-|–—·]\s+")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.-]+")
_ELISION = re.compile(r"^[dl]['’]", re.IGNORECASE)
TAGLINE_WORDS = 4  # an outlet's name or a label: a few words
HEADLINE_WORDS = 4  # ... after a headline of its own


def _capitalised(word: str) -> bool:
    bare = _ELISION.sub("", word)
    return bare[:1].isupper() or bare[:1].isdigit()


def tagline_start(title: str) -> int | None:
    """Where the tagline closing a headline starts (its separator), None when it has none.

    Outlets, aggregators and their feeds close headlines with the outlet's name or a label after
    a spaced dash or bar ("… - France 24", "… | Le Journal du Val", "… - monjournal.fr", "… -
    VIDÉO"): words that say who publishes, or in which form, not what happened. Between two
    outlets' headlines of one event they are the words that differ, and between the headlines of
    one outlet the words they share whatever the event. A tagline is known by its form: the
    last segment of a title after a spaced dash or bar, of at most ``TAGLINE_WORDS`` words,
    each capitalised or a number (or a small word inside such a name, ``lang.fr.NAME_LINKS``),
    or one domain name, after a headline of at least ``HEADLINE_WORDS`` words. What the news
    says after such a dash is lower case ("Judo - la France en finale"; a headline's words are
    lower case but its names), and what opens a title before a dash is its subject, never
    taken off. Two names of as many words either side of the last dash are a pairing, a match
    or a duel ("… Lens - Lille", "… Real Madrid - Manchester City"), not a headline and its
    outlet."""
    seps = list(_TAIL.finditer(title))
    if not seps:
        return None
    last = seps[-1]
    head, words = title[: last.start()].split(), title[last.end():].split()
    if not words or len(words) > TAGLINE_WORDS or len(head) < HEADLINE_WORDS:
        return None
    if len(words) == 1 and _DOMAIN.fullmatch(words[0]):
        return last.start()
    for i, word in enumerate(words):
        if not _WORD.fullmatch(word):
            return None
        if not (_capitalised(word) or (0 < i < len(words) - 1 and word.casefold().rstrip("'’") in NAME_LINKS)):
            return None
    run = 0  # the capitalised words closing the headline
    while run < len(head) and _capitalised(head[-1 - run]):
        run += 1
    return None if run == len(words) else last.start()


FIELD_WEIGHTS = {"title": 3.0, "lead": 2.0, "body": 1.0}
BODY_CHARS = 1200  # the opening of the body says what the story is
_CONTENT_POS = ("NOUN", "PROPN", "ADJ", "VERB", "NUM", "X")
_NAME_POS = ("PROPN", "X")  # a name's term is its surface form, not its lemma


def story_features(doc: Any, fields: list[tuple[Field, int, int]]) -> tuple[tuple[str, float], ...]:
    """Weighted terms of the title, lead and opening of the body: what story assignment
    compares (with the article's entities).

    Terms are lemmas (the surface form of names), folded and split as ``term_forms``
    says; a number written with thousand separators is one number; a long word of the title or
    lead also counts by its first letters (``stem``), so "ouverture" meets "ouverts"
    (not in the body, where the words are many and the stems would only widen the candidate
    look-up); a name of several words
    also gives its initials (``acronyms``), so "JO" meets "Jeux olympiques". A title's closing
    tagline ("… - France 24": ``tagline_start``) gives no term: the title stays as written, only
    the story signal leaves it out, from the title alone (the same terms whatever came before)."""
    from spacy.attrs import IS_PUNCT, IS_STOP, LEMMA, LENGTH, LIKE_NUM, ORTH, POS, SPACY
    from spacy.parts_of_speech import IDS

    content, names = frozenset(IDS[p] for p in _CONTENT_POS), frozenset(IDS[p] for p in _NAME_POS)  # as the POS array holds them
    counts: dict[str, float] = {}

    def count(term: str, weight: float) -> None:
        counts[term] = counts.get(term, 0.0) + weight

    # each token's attributes read off the doc's arrays at once, not through a Token object each
    strings, text = doc.vocab.strings, doc_text(doc)
    cols = doc.to_array([LIKE_NUM, POS, IS_STOP, IS_PUNCT, LEMMA, ORTH, SPACY, LENGTH])
    for name, offset, length in fields:
        end = offset + (min(length, BODY_CHARS) if name == "body" else length)
        if name == "title" and (cut := tagline_start(text[offset:end])) is not None:
            end = offset + cut  # an outlet's name says nothing of the story (``tagline_start``)
        span = doc.char_span(offset, end, alignment_mode="contract")
        if span is None:
            continue
        weight = FIELD_WEIGHTS[name]
        rows = cols[span.start : span.end].tolist()
        skip = 0
        for k, (like_num, pos, is_stop, is_punct, lemma, orth, _space, n_chars) in enumerate(rows):
            if skip:
                skip -= 1
                continue
            if like_num and strings[orth][:1].isdigit():
                number, skip = number_term([strings[r[5]] + (" " if r[6] else "") for r in rows[k : k + 4]])
                if number:
                    count(number, weight)
                    continue
            if pos not in content or is_stop or is_punct or n_chars < 2:
                continue
            for term in term_forms(strings[orth] if pos in names else strings[lemma]):
                count(term, weight)
                if name != "body" and (prefix := stem(term)) is not None:  # short texts need them most
                    count(prefix, weight * STEM_WEIGHT)
        for ent in span.ents:
            if ent.label_ != "PER":
                for initials in acronyms([t.text for t in ent if not t.is_punct]):
                    count(initials, weight * ACRONYM_WEIGHT)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:60]
    return tuple(top)
