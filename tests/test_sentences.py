"""Sentence boundaries: abbreviations that never end a sentence, glued sentences cut at parse."""

from __future__ import annotations

import pytest

from recoupe.enrich.sentences import abbreviations, body_sentences, whole_sentences
from recoupe.ingest.parse.common import clean_inline


def sentences_of(nlp, body: str) -> list[str]:
    doc = nlp(body)
    return [body[s:e] for s, e in body_sentences(doc, [("body", 0, len(body))])]


@pytest.mark.parametrize("body, first", [
    ("Le Pr. Martin a rendu son avis mardi. Il reste prudent.", "Le Pr. Martin a rendu son avis mardi."),
    ("Mgr. Delorme a célébré la messe dimanche. Les fidèles étaient nombreux.",
     "Mgr. Delorme a célébré la messe dimanche."),
    ("Selon l'art. 49 de la Constitution, le texte est adopté. La gauche proteste.",
     "Selon l'art. 49 de la Constitution, le texte est adopté."),
])
def test_no_sentence_ends_after_an_abbreviation(nlp, body, first):
    got = sentences_of(nlp, body)
    assert got[0] == first and len(got) == 2


def test_an_abbreviation_has_its_form_at_a_sentence_start():
    assert "Art." in abbreviations() and "Cf." in abbreviations() and "P." not in abbreviations()


def test_a_cut_after_an_abbreviation_is_rejoined():
    body = "Il a consulté le Dr. Roux hier. Elle confirme."
    cut = [(0, body.index(" Roux")), (body.index("Roux"), body.index(" Elle")), (body.index("Elle"), len(body))]
    assert [body[s:e] for s, e in whole_sentences(body, cut)] == ["Il a consulté le Dr. Roux hier.", "Elle confirme."]
    # « etc. » does end a sentence
    body = "Des pommes, des poires, etc. Le marché ferme."
    cut = [(0, body.index(" Le")), (body.index("Le"), len(body))]
    assert whole_sentences(body, cut) == cut


@pytest.mark.parametrize("glued, spaced", [
    ("la réunion.Le ministre", "la réunion. Le ministre"),
    ("des élus).Le vote", "des élus). Le vote"),
    ("la foule».Elle", "la foule». Elle"),
])
def test_glued_sentences_get_their_space(glued, spaced):
    assert clean_inline(glued) == spaced


@pytest.mark.parametrize("text", [
    "les U.S.Army et J.K.Rowling", "sur franceinfo.fr", "la ligne B.Trafic", "selon l'AP-HP.Un patient",
    "un taux de 3.5 points", "le groupe E.Leclerc", "atteint en 2016.Selon l'institut",
])
def test_initials_acronyms_addresses_and_figures_are_left_alone(text):
    assert clean_inline(text) == text
