"""The learned second look at near-miss statement pairs (crosscheck.align.PairScorer)."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import (
    PAIR_FEATURES,
    THRESHOLD,
    PairScorer,
    Similarity,
    pair_features,
    pair_scorer,
    rescued,
)
from recoupe.crosscheck.types import Statement


def st(article: str, terms: tuple[str, ...], field: str = "body") -> Statement:
    return Statement(article=article, field=field, start=0, end=1, text=" ".join(terms), order=0, terms=terms,  # type: ignore[arg-type]
                     vectors=None, values=(), entities=(), speaker=None, quoted=False, positions=tuple(range(len(terms))))


STATEMENTS = [
    st("a", ("usine", "fermer", "salarie", "licencier"), "title"),
    st("b", ("usine", "fermer", "ouvrier", "direction", "annoncer", "mardi")),
    st("b", ("match", "gagner", "equipe", "stade")),
    st("a", ("usine", "fermer", "region")),
]


def test_pair_features_are_symmetric_and_named():
    sim = Similarity(STATEMENTS)
    one, other = pair_features(sim, 0, 1), pair_features(sim, 1, 0)
    assert len(one) == len(PAIR_FEATURES)
    assert np.allclose(one, other)
    named = dict(zip(PAIR_FEATURES, one, strict=True))
    assert named["titles"] == 1.0 and named["both_body"] == 0.0
    assert named["words_max"] > pair_features(sim, 0, 2)[PAIR_FEATURES.index("words_max")]


def test_a_near_miss_the_scorer_finds_alike_is_raised_to_the_threshold_alone():
    sim = Similarity(STATEMENTS)
    k = len(PAIR_FEATURES)
    coef = np.zeros(k)
    coef[PAIR_FEATURES.index("cover_max")] = 20.0  # alike when one is mostly covered by the other
    scorer = PairScorer(PAIR_FEATURES, np.full(k, 0.1), np.ones(k), coef, 0.0, floor=0.2, cut=0.9)
    matrix = np.zeros((4, 4), dtype=np.float32)
    for i, j, v in ((0, 1, 0.3), (0, 2, 0.3), (1, 3, 0.1), (0, 3, 0.3)):
        matrix[i, j] = matrix[j, i] = v
    out = rescued(sim, matrix, scorer, THRESHOLD)
    assert out[0, 1] == out[1, 0]  # shared words: raised, both ways...
    # ...to the threshold itself, in float64, so that every later comparison (numpy's and
    # Python's alike) passes: float32(0.42) would be below 0.42
    assert out.dtype == np.float64 and out[0, 1] == THRESHOLD
    assert out[0, 2] == np.float32(0.3)  # nothing in common: left as it was
    assert out[1, 3] == np.float32(0.1)  # below the floor: not looked at
    assert out[0, 3] == np.float32(0.3)  # one article: never compared
    assert matrix[0, 1] == np.float32(0.3)  # the matrix given is not changed


def test_a_pair_the_scorer_raises_stays_one_fact_when_checked_against_the_shown_statement():
    from recoupe.crosscheck.align import AlignParams
    from recoupe.crosscheck.report import _checked

    sim = Similarity(STATEMENTS[:2])
    k = len(PAIR_FEATURES)
    scorer = PairScorer(PAIR_FEATURES, np.zeros(k), np.ones(k), np.zeros(k), 10.0, floor=0.2, cut=0.5)  # finds every near miss alike
    matrix = np.array([[0.0, 0.3], [0.3, 0.0]], dtype=np.float32)
    out = rescued(sim, matrix, scorer, THRESHOLD)
    assert _checked(sim.st, out, [0, 1], [], AlignParams(), lambda core: False) == [([0, 1], [], 1)]


def test_the_shipped_scorer_reads_known_features_only():
    scorer = pair_scorer()
    assert scorer is not None
    assert set(scorer.features) <= set(PAIR_FEATURES)
    assert len(scorer.coef) == len(scorer.features) == len(scorer.mean) == len(scorer.scale)
    assert 0.0 < scorer.floor < THRESHOLD and 0.5 <= scorer.cut < 1.0


def test_the_similarity_matrix_is_compared_in_one_precision_everywhere():
    # clustering compares the matrix in numpy, the check against the shown statement and the
    # partly-reported test in Python floats: a float32 matrix makes a pair at the threshold
    # pass one and fail the other
    assert Similarity(STATEMENTS).matrix().dtype == np.float64


def test_a_long_sentence_is_cut_into_its_clauses_and_a_short_piece_joins_the_one_before():
    from recoupe.crosscheck.align import clause_texts

    text = "Le conseil municipal a élu dimanche le nouveau maire, un ancien ministre de la Culture, par 40 voix sur 45."
    assert clause_texts(text) == ["Le conseil municipal a élu dimanche le nouveau maire", "un ancien ministre de la Culture",
                                  "par 40 voix sur 45."]
    assert clause_texts("Les secours sont arrivés sur place vers minuit, a-t-il dit.") == [
        "Les secours sont arrivés sur place vers minuit, a-t-il dit."]
    assert clause_texts("Le pont est fermé") == ["Le pont est fermé"]


def _bag(texts):
    """Unit vectors of the words of each text (a stand-in sentence encoder of known behaviour)."""
    vocab: dict[str, int] = {}
    rows = []
    for t in texts:
        v = np.zeros(256, dtype=np.float32)
        for w in t.lower().replace(",", " ").split():
            v[vocab.setdefault(w, len(vocab))] += 1.0
        rows.append(v / max(float(np.linalg.norm(v)), 1e-9))
    return np.stack(rows)


def test_a_short_rewrite_of_one_clause_of_a_long_sentence_is_found_in_that_clause():
    long = Statement(article="a", field="body", start=0, end=1, order=0, vectors=None, values=(), entities=(), speaker=None,
                     quoted=False, terms=("pont", "fermer", "crue", "maire", "annoncer"),
                     text="Le pont de la ville restera fermé jusqu'à lundi, a annoncé le maire, après la crue de la rivière")
    short = Statement(article="b", field="body", start=0, end=1, order=0, vectors=None, values=(), entities=(), speaker=None,
                      quoted=False, terms=("pont", "fermer"), text="Le pont de la ville restera fermé jusqu'à lundi")
    sim = Similarity([long, short], semantic=_bag([long.text, short.text]))
    whole = float(sim.semantic[0] @ sim.semantic[1])
    assert sim.clause_semantic(0, 1) == whole  # no clause encoded yet: the whole sentences
    sim.encode_clauses([0, 1], _bag)
    assert sim.clause_semantic(0, 1) == sim.clause_semantic(1, 0) > whole + 0.15  # its first clause is the rewrite
    assert abs(sim.clause_semantic(0, 1) - 1.0) < 1e-5
    assert 1 not in sim._clauses  # a statement of one clause is compared whole
    assert Similarity([long, short]).clause_semantic(0, 1) == 0.0  # no sentence vectors: nothing to say


def test_the_veto_lowers_only_pairs_of_its_band_below_the_threshold_that_it_finds_unlike():
    from recoupe.crosscheck.align import VETO_DROP, vetoed

    sim = Similarity(STATEMENTS)
    k = len(PAIR_FEATURES)
    veto = PairScorer(PAIR_FEATURES, np.zeros(k), np.ones(k), np.zeros(k), -10.0, floor=THRESHOLD, cut=0.1,
                      top=THRESHOLD + 0.15)  # finds every pair of its band unlike
    raw = np.zeros((4, 4))
    for i, j, v in ((0, 1, 0.45), (0, 2, 0.7), (1, 3, 0.3), (0, 3, 0.5)):
        raw[i, j] = raw[j, i] = v
    matrix = raw.copy()
    matrix[1, 3] = matrix[3, 1] = THRESHOLD  # raised by the rescue: the veto reads the hand score, not the raise
    out = vetoed(sim, raw, matrix, veto, THRESHOLD)
    assert out[0, 1] == out[1, 0] == THRESHOLD - VETO_DROP  # in the band: lowered, both ways
    assert out[0, 2] == 0.7  # above the band: beyond doubt
    assert out[1, 3] == THRESHOLD  # a rescued near miss is left as the rescue made it
    assert out[0, 3] == 0.5  # one article: never compared
    assert matrix[0, 1] == 0.45  # the matrix given is not changed
    keep = PairScorer(PAIR_FEATURES, np.zeros(k), np.ones(k), np.zeros(k), 10.0, floor=THRESHOLD, cut=0.1, top=THRESHOLD + 0.15)
    assert vetoed(sim, raw, matrix, keep, THRESHOLD)[0, 1] == 0.45  # finds them alike: kept


def test_the_shipped_veto_reads_known_features_just_above_the_threshold():
    from recoupe.crosscheck.align import pair_veto

    veto = pair_veto()
    assert veto is not None and veto.top is not None
    assert set(veto.features) <= set(PAIR_FEATURES)
    assert len(veto.coef) == len(veto.features) == len(veto.mean) == len(veto.scale)
    assert veto.floor == THRESHOLD < veto.top and 0.0 < veto.cut < 0.5
