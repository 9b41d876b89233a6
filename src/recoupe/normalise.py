"""Text normalisation: the one place where text becomes a key.

Each use compares text under its own key, and each key is named for its use:

- :func:`story_key`: a word as a term of story placement (case and accents folded);
- :func:`text_key`: a sentence compared across articles by the cross-check (also folds the
  typographic apostrophe, so « l’État » meets « l'Etat »);
- :func:`name_key`: a name under which spelling variants meet (« Zelenskyy », « Zélenski »), used
  by entity resolution and by the quotation finder;
- :func:`search_key`: a stemmed word of full-text search;
- :func:`entity_keys`: the look-up keys the store keeps for an entity;
- :func:`slug`: the readable part of a new entity's id.

Every key spells ligatures out (« Œuvre » is « oeuvre »): one of them used to drop the « Œ ».
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

LIGATURE_CHARS = "œŒæÆß"
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_NOT_NAME = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")


def strip_accents(text: str, *, form: str = "NFKD") -> str:
    """``text`` without combining marks (after Unicode decomposition ``form``)."""
    if text.isascii():  # no decomposition, no combining mark
        return text
    return "".join(c for c in unicodedata.normalize(form, text) if not unicodedata.combining(c))  # type: ignore[arg-type]


# The keys of words and names are asked for again and again (each word of each article): cached
# (search keys are cached by word where they are made: store/search.py).
_WORDS_CACHED = 1 << 16


@lru_cache(maxsize=_WORDS_CACHED)
def story_key(word: str) -> str:
    """Lower case without diacritics: "Aït Saïd" and "Ait Said" are one name to a reader."""
    return strip_accents(word.lower().translate(_LIGATURES), form="NFD")


def text_key(text: str) -> str:
    """Case-folded, accents and ligatures folded, apostrophes made straight; same length in
    most text (the cross-check compares offsets of words found in it)."""
    return strip_accents(text.casefold().translate(_LIGATURES)).replace("’", "'")


@lru_cache(maxsize=_WORDS_CACHED)
def name_key(text: str) -> str:
    """A key under which spelling variants of a name meet: no accents, no case, no doubled
    letters, y as i ("Zelenskyy", "Zelensky" and "Zélenski" all give "zelenski")."""
    t = strip_accents(text.translate(_LIGATURES)).lower()
    t = _NOT_NAME.sub(" ", t).replace("y", "i")
    t = _DOUBLED.sub(r"\1", t)
    return " ".join(t.split())


def search_key(stem: str) -> str:
    """A stemmed word of full-text search, accents and ligatures folded (case is folded before
    stemming)."""
    return strip_accents(stem.translate(_LIGATURES))


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, at most 60 characters."""
    t = strip_accents(text.translate(_LIGATURES)).lower()
    return _NOT_NAME.sub("-", t).strip("-")[:60] or "x"


def entity_keys(name: str, type: str, aliases: Iterable[str]) -> list[str]:
    """The keys under which the store finds an entity: its name, each alias, and for a person of
    several words the last name and its first four letters."""
    keys = [f"name:{name_key(name)}"] + [f"alias:{name_key(a)}" for a in aliases]
    if type == "person":
        toks = name_key(name).split()
        if len(toks) >= 2:
            keys.append(f"last:{toks[-1]}")
            keys.append(f"last4:{toks[-1][:4]}")
    return list(dict.fromkeys(k for k in keys if not k.endswith(":")))
