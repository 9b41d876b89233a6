"""The model as the enrich stage loads it annotates as spaCy's own pipeline does: the attribute
ruler and the lemmatizer run on arrays in ``nlp.pipe`` (``enrich.components``), the matrix
products on numpy's BLAS."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_SPACE,
    LEMMA,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    TAG,
)

from recoupe.enrich.components import fast_attribute_ruler, fast_lemmatizer
from recoupe.enrich.nlp import load, one_blas_thread
from recoupe.lang.fr import MODEL

ATTRS = [ORTH, POS, TAG, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]

TEXTS = [
    "Grève à la SNCF : trafic perturbé mardi\n\nLa direction prévoit un train sur deux.\n\n"
    "« Nous ne céderons pas », a déclaré lundi soir le secrétaire général du syndicat, Paul Martin, "
    "devant les grilles de la gare de Lyon.  Les négociations reprendront jeudi à 10 h.",
    "Le conseil municipal de Rennes a voté   le budget.\nLes élus d'opposition se sont abstenus ; "
    "la maire, Nathalie Durand, s'en est félicitée dans un communiqué.",
    "Elle a couru, il est parti, nous étions fatigués... Qu'en pensez-vous ? 12,5 % des votants !",
    "   ",
    "",
]


def arrays(docs):
    return [d.to_array(ATTRS) for d in docs]


def test_the_stage_pipe_annotates_as_spacy_does(nlp):
    """Our components in nlp.pipe, spaCy's own in nlp(text), on numpy's BLAS; and spaCy's whole
    stock pipeline (blis) with the recogniser after the parser: every annotation the same."""
    ours = arrays(nlp.pipe(TEXTS))
    theirs = arrays(nlp(t) for t in TEXTS)
    stock = spacy.load(MODEL)
    stock.enable_pipe("senter")
    stock.get_pipe("senter").cfg["overwrite"] = True
    plain = arrays(stock.pipe(TEXTS))
    for a, b, c in zip(ours, theirs, plain, strict=True):
        assert np.array_equal(a, b)
        assert np.array_equal(a, c)
    docs = list(nlp.pipe(TEXTS[:1]))
    assert [t.tag_ for t in docs[0]][:3] == [t.pos_ for t in docs[0]][:3]  # the ruler ran: tags are parts of speech


def test_the_stage_model_runs_both_array_components():
    fresh = load()
    ruler, lemmatizer = fresh.get_pipe("attribute_ruler"), fresh.get_pipe("lemmatizer")
    assert "pipe" in vars(ruler) and "pipe" in vars(lemmatizer)


def _ruler_nlp(patterns):
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    for pattern, attrs in patterns:
        ruler.add([pattern], attrs)
    return nlp


def test_array_ruler_follows_spacy_rule_order_and_conditions():
    """Later rules win; values, flags, IN and NOT_IN read as the Matcher reads them."""
    rules = [
        ([{"IS_SPACE": False}], {"TAG": "MOT"}),
        ([{"LOWER": {"IN": ["le", "la"]}}], {"TAG": "ART", "POS": "DET"}),
        ([{"ORTH": "La"}], {"POS": "PROPN", "MORPH": "Number=Sing"}),
        ([{"LOWER": {"NOT_IN": ["chat", "le", "la"]}, "IS_PUNCT": False}], {"LEMMA": "x"}),
        ([{"IS_SPACE": True}], {"TAG": "ESP", "POS": "SPACE", "MORPH": "_"}),
    ]
    texts = ["La chatte et le chat.  La fin !", "la", "  "]
    reference = _ruler_nlp(rules)
    expected = [reference(t).to_array([TAG, POS, MORPH, LEMMA, IS_SPACE]) for t in texts]
    fast = _ruler_nlp(rules)
    assert fast_attribute_ruler(fast)
    got = [d.to_array([TAG, POS, MORPH, LEMMA, IS_SPACE]) for d in fast.pipe(texts)]
    for a, b in zip(expected, got, strict=True):
        assert np.array_equal(a, b)
    doc = next(fast.pipe(texts[:1]))
    assert [t.tag_ for t in doc][:4] == ["ART", "MOT", "MOT", "ART"]
    assert doc[0].pos_ == "PROPN" and str(doc[0].morph) == "Number=Sing"


def test_a_rule_added_after_is_applied():
    nlp = _ruler_nlp([([{"LOWER": "le"}], {"TAG": "ART"})])
    assert fast_attribute_ruler(nlp)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "chat"}, {"LOWER": "dort"}]], {"TAG": "NOM"})
    doc = next(nlp.pipe(["le chat dort"]))
    assert [t.tag_ for t in doc] == ["ART", "NOM", ""]


@pytest.mark.parametrize("pattern, attrs", [
    ([{"LOWER": "le"}, {"LOWER": "chat"}], {"TAG": "X"}),  # two tokens
    ([{"LOWER": "le", "OP": "?"}], {"TAG": "X"}),  # an operator
    ([{"LOWER": {"REGEX": "^l"}}], {"TAG": "X"}),  # a predicate arrays do not hold
    ([{"LOWER": "le"}], {"NORM": "x"}),  # sets a lexical attribute
])
def test_rules_arrays_cannot_match_keep_spacy_ruler(pattern, attrs):
    nlp = _ruler_nlp([(pattern, attrs)])
    assert not fast_attribute_ruler(nlp)
    assert "pipe" not in vars(nlp.get_pipe("attribute_ruler"))


def test_lemmatizer_outside_spacy_classes_is_left_alone():
    nlp = spacy.blank("fr")
    assert not fast_lemmatizer(nlp)  # none in the pipeline
    assert not fast_attribute_ruler(nlp)


def test_one_blas_thread_holds_numpy_blas_to_one():
    from threadpoolctl import threadpool_info

    with one_blas_thread():
        assert all(p["num_threads"] == 1 for p in threadpool_info() if p["user_api"] == "blas")
