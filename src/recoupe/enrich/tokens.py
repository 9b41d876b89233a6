"""Each field's tokens as the language model read them, in a compact table: what the
cross-check reads of an article (offsets, part of speech, lemma, a few flags, the row of the
token's word vector). Taken from the doc the enrich stage already has, so the cross-check needs no
second pass of the model at ingest; ``recoupe.crosscheck.features`` keeps them in the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from recoupe.models import Field

UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X", "SPACE")
POS_ID = {p: n for n, p in enumerate(UPOS)}
STOP, ALPHA, SPACE, FINITE, INFINITIVE, PARTICIPLE = 1, 2, 4, 8, 16, 32


def model_key(nlp: Any) -> str:
    """The model a table was read with: its language, name and version."""
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def flags_of(t: Any) -> int:
    flags = (STOP * t.is_stop) | (ALPHA * t.is_alpha) | (SPACE * t.is_space)
    form = t.morph.get("VerbForm")
    if form == ["Fin"]:
        flags |= FINITE
    elif form == ["Inf"]:
        flags |= INFINITIVE
    elif form == ["Part"]:
        flags |= PARTICIPLE
    return int(flags)


def table(tokens: Sequence[Any], offset: int, rows: Any) -> dict[str, list]:
    """The columns of these tokens, their offsets made relative to ``offset``: starts, ends,
    part-of-speech ids, lemmas, flags and vector rows (-1 without a vector)."""
    return {"s": [t.idx - offset for t in tokens], "e": [t.idx - offset + len(t.text) for t in tokens],
            "p": [POS_ID.get(t.pos_, len(UPOS) - 2) for t in tokens], "l": [t.lemma_ for t in tokens],
            "f": [flags_of(t) for t in tokens], "r": [int(rows.get(t.orth, -1)) for t in tokens]}


def field_tables(doc: Any, fields: Sequence[tuple[Field, int, int]], model: str) -> dict[str, Any]:
    """The tables of the fields of a doc made of several (``fields``: name, start, length), with
    the key of the model that read it (``model_key``): ``{"model": ..., "fields": {field: table}}``.

    The same columns as :func:`table` gives for each field's tokens, read from the doc's arrays
    at once (``Doc.to_array``) rather than token by token: the part of speech and the flags of
    each distinct tag and morphology once, each distinct lemma's string once."""
    from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, IS_STOP, LEMMA, LENGTH, MORPH, ORTH, POS

    rows = doc.vocab.vectors.key2row
    strings = doc.vocab.strings
    cols = doc.to_array([IDX, LENGTH, POS, LEMMA, IS_STOP, IS_ALPHA, IS_SPACE, MORPH, ORTH]).reshape(-1, 9)
    idx = cols[:, 0].astype(np.int64)
    lexical = (STOP * cols[:, 4] + ALPHA * cols[:, 5] + SPACE * cols[:, 6]).astype(np.int64)
    out: dict[str, dict[str, list]] = {}
    for name, start, length in fields:
        end = start + length
        part = cols[(idx >= start) & (idx < end)]
        starts = part[:, 0].astype(np.int64) - start
        pos = [_pos_id(strings, p) for p in part[:, 2].tolist()]
        lemmas = [_string(strings, h) for h in part[:, 3].tolist()]
        flags = (lexical[(idx >= start) & (idx < end)]).tolist()
        forms = [_verb_form(doc.vocab, m) for m in part[:, 7].tolist()]
        out[name] = {"s": starts.tolist(), "e": (starts + part[:, 1].astype(np.int64)).tolist(), "p": pos, "l": lemmas,
                     "f": [f | v for f, v in zip(flags, forms, strict=True)],
                     "r": [int(rows.get(o, -1)) for o in part[:, 8].tolist()]}
    return {"model": model, "fields": out}


_POS_IDS: dict[int, int] = {}  # spaCy's part-of-speech symbol -> our id (the symbols are spaCy's, fixed)
_VERB_FORMS: dict[int, int] = {}  # morphology hash -> its verb-form flag (a hash names one analysis)
_STRINGS: dict[int, str] = {}  # lemma hash -> string
KEPT = 200_000  # entries each memory keeps before it is emptied


def _pos_id(strings: Any, symbol: int) -> int:
    got = _POS_IDS.get(symbol)
    if got is None:
        got = _POS_IDS[symbol] = POS_ID.get(strings[symbol] if symbol else "", len(UPOS) - 2)
    return got


def _string(strings: Any, key: int) -> str:
    got = _STRINGS.get(key)
    if got is None:
        if len(_STRINGS) >= KEPT:
            _STRINGS.clear()
        got = _STRINGS[key] = strings[key] if key else ""
    return got


def _verb_form(vocab: Any, key: int) -> int:
    got = _VERB_FORMS.get(key)
    if got is None:
        from spacy.tokens import MorphAnalysis

        form: list[str] = MorphAnalysis.from_id(vocab, key).get("VerbForm", []) if key else []
        got = FINITE if form == ["Fin"] else INFINITIVE if form == ["Inf"] else PARTICIPLE if form == ["Part"] else 0
        if len(_VERB_FORMS) >= KEPT:
            _VERB_FORMS.clear()
        _VERB_FORMS[key] = got
    return got
