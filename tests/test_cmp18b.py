"""Statements and facts: rules added by helper cmp18b (session 18), on sentences written for them."""

from __future__ import annotations

import numpy as np

from recoupe.crosscheck.align import THRESHOLD, AlignParams, Similarity
from recoupe.crosscheck.report import ALSO_MARGIN, _facts
from recoupe.crosscheck.types import Statement


def _said(article: str, start: int, text: str, field: str = "body") -> Statement:
    terms = tuple(w for w in text.lower().strip(".").split() if len(w) > 3)
    return Statement(article, field, start, start + len(text), text, start, terms, None, (), (), None, False)  # type: ignore[arg-type]


def _members_with(first: int, st: list[Statement], pairs: dict[tuple[int, int], float],
                  groups: list[list[int]], ids: tuple[str, ...] = ("a", "b")) -> list[int]:
    from test_fact_support import _ctx  # the tests' story context

    matrix = np.zeros((len(st), len(st)))
    for (i, j), v in pairs.items():
        matrix[i, j] = matrix[j, i] = v
    params = AlignParams(learned=False)
    facts, _, members = _facts(_ctx(*ids), st, matrix, groups, [[] for _ in groups], params, Similarity(st, params))
    return next(sorted(members[f.id]) for f in facts if first in members[f.id])


def test_a_title_supports_each_corroborated_fact_whose_claim_it_says() -> None:
    """A title sums up several facts of its story: « Incendie d'un entrepôt à Vierzon : 40 salariés
    au chômage technique » says both the fire and the layoffs that two outlets report in their
    bodies. Placed in the fire's fact, it supports the layoffs' fact too when it is alike that
    fact's shown statement at the threshold, even short of the margin a body sentence needs."""
    st = [
        _said("a", 0, "Incendie d'un entrepôt à Vierzon : 40 salariés au chômage technique", "title"),
        _said("a", 0, "Un incendie a ravagé dans la nuit de lundi un entrepôt de la zone industrielle de Vierzon."),
        _said("a", 100, "Les quarante salariés du site seront placés en chômage technique dès mercredi."),
        _said("b", 0, "Le feu s'est déclaré lundi vers 23 heures dans un entrepôt logistique de Vierzon."),
        _said("b", 90, "La direction a annoncé que les 40 employés seraient mis au chômage technique."),
    ]
    pairs = {(0, 3): 0.6, (1, 3): 0.7, (2, 4): 0.7, (0, 4): THRESHOLD + ALSO_MARGIN / 2}
    assert _members_with(4, st, pairs, [[0, 1, 3], [2, 4]]) == [0, 2, 4]


def test_a_body_sentence_needs_the_margin_and_a_fact_of_one_source_takes_no_title() -> None:
    """The same closeness is not enough for a body sentence of another fact (it may tell another
    thing near it); and a title never makes a one-source fact corroborated on its own: the fact of
    one outlet stays that outlet's."""
    st = [
        _said("a", 0, "Incendie d'un entrepôt à Vierzon : 40 salariés au chômage technique", "title"),
        _said("a", 0, "Un incendie a ravagé dans la nuit de lundi un entrepôt de la zone industrielle de Vierzon."),
        _said("a", 100, "La préfecture a ouvert une cellule d'appui aux entreprises voisines touchées par les fumées."),
        _said("b", 0, "Le feu s'est déclaré lundi vers 23 heures dans un entrepôt logistique de Vierzon."),
        _said("b", 90, "La direction a annoncé que les 40 employés seraient mis au chômage technique."),
        _said("b", 200, "Une enquête a été ouverte pour déterminer l'origine du sinistre, selon le parquet."),
    ]
    near = THRESHOLD + ALSO_MARGIN / 2
    # the body sentence 1 of A, placed in the fire's fact, is not added to B's investigation fact
    pairs = {(0, 3): 0.6, (1, 3): 0.7, (1, 5): near, (2, 4): 0.2}
    assert _members_with(5, st, pairs, [[0, 1, 3], [4], [5], [2]]) == [5]
    # the title, alike B's one-source layoffs statement, leaves it one source's
    pairs = {(0, 3): 0.6, (1, 3): 0.7, (0, 4): near}
    assert _members_with(4, st, pairs, [[0, 1, 3], [4], [5], [2]]) == [4]


def test_an_articles_lede_supports_each_corroborated_fact_it_says() -> None:
    """The first sentence of a body sums up the story as a title does (« Quarante salariés sont au
    chômage technique après l'incendie qui a ravagé lundi leur entrepôt de Vierzon. »)."""
    st = [
        _said("a", 0, "Quarante salariés sont au chômage technique après l'incendie qui a ravagé lundi leur entrepôt."),
        _said("a", 100, "Les flammes ont été maîtrisées au petit matin par une soixantaine de pompiers."),
        _said("a", 200, "La direction a confirmé que les salariés seraient payés pendant l'arrêt du site."),
        _said("b", 0, "Le feu s'est déclaré lundi vers 23 heures dans un entrepôt logistique de Vierzon."),
        _said("b", 90, "La direction a annoncé que les 40 employés seraient mis au chômage technique."),
    ]
    pairs = {(0, 3): 0.6, (2, 4): 0.7, (0, 4): THRESHOLD + ALSO_MARGIN / 2}
    assert _members_with(4, st, pairs, [[0, 3], [2, 4], [1]]) == [0, 2, 4]
    # the same closeness from a sentence further down the body is not enough
    pairs = {(0, 3): 0.6, (2, 4): 0.7, (1, 4): THRESHOLD + ALSO_MARGIN / 2, (1, 3): 0.6}
    assert _members_with(4, st, pairs, [[0, 1, 3], [2, 4]]) == [2, 4]



def test_what_the_event_may_bring_in_the_writers_words_is_no_statement(nlp):
    """« De quoi … », « Pas de quoi … », « Rien d'étonnant … »: the writer's comment on what was
    just told, not a fact of the story; a question opening so is left out as a question, and a
    sentence that gives a figure says more than a comment."""
    from test_statements import _statements

    fact = "Le supermarché a mis en vente samedi matin des téléviseurs à moitié prix dans la galerie."
    for remark in ("De quoi faire venir une foule de chasseurs de bonnes affaires.",
                   "Pas de quoi rassurer les riverains, inquiets depuis des semaines.",
                   "Rien d'étonnant à cela, selon les habitués du magasin."):
        assert _statements(nlp, f"{fact} {remark}") == [fact], remark
    figure = "De quoi attirer plus de 300 clients avant même l'ouverture des portes."
    assert _statements(nlp, f"{fact} {figure}") == [fact, figure]


def test_a_sentence_cut_after_a_lists_ellipsis_is_joined_again(nlp):
    """The sentencer cuts after the stop of an ellipsis closing a list (« Grues, chiens, drones... :
    les secours ont tout tenté. »): no sentence opens on a colon or a semicolon, so the rest is
    joined to the list it sums up, one statement."""
    from test_statements import _statements

    body = ("Les recherches ont repris lundi dans la forêt. Chiens renifleurs, plongeurs, drones, hélicoptère... : "
            "les secours avaient mobilisé tous leurs moyens.")
    assert _statements(nlp, body) == ["Les recherches ont repris lundi dans la forêt.",
                                      "Chiens renifleurs, plongeurs, drones, hélicoptère... : les secours avaient mobilisé tous leurs moyens."]
