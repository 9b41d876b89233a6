"""Each field's tokens as the language model read them, in a compact table: what the
cross-check reads of an article (offsets, part of speech, lemma, a few flags, the row of the
token's word vector). Taken from the doc the enrich stage already has, so the cross-check needs no
second pass of the model at ingest; ``recoupe.crosscheck.features`` keeps them in the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
    the key of the model that read it (``model_key``): ``{"model": ..., "fields": {field: table}}``."""
    rows = doc.vocab.vectors.key2row
    out: dict[str, dict[str, list]] = {}
    for name, start, length in fields:
        end = start + length
        out[name] = table([t for t in doc if start <= t.idx < end], start, rows)
    return {"model": model, "fields": out}
