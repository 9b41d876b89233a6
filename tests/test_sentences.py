"""Sentence boundaries: abbreviations that never end a sentence, glued sentences cut at parse."""

from __future__ import annotations

import pytest

from recoupe.enrich.nlp import compose
from recoupe.enrich.sentences import abbreviations, body_sentences, whole_sentences
from recoupe.ingest.parse.common import clean_inline
from recoupe.ingest.parse.text import parse_text
from recoupe.models import ParsedArticle, RawRecord


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
    ("les réformes.À Paris", "les réformes. À Paris"),
    ("selon l'AP-HP.Un patient", "selon l'AP-HP. Un patient"),
    ("trop tard\".Le ministre", "trop tard\". Le ministre"),
    ("un incident.L'armée", "un incident. L'armée"),
    ("lundi.SNCF annonce", "lundi. SNCF annonce"),
    ("la hausse de 2%.Cette année", "la hausse de 2%. Cette année"),
    ("le retard...Patrick Roux", "le retard... Patrick Roux"),
])
def test_glued_sentences_get_their_space(glued, spaced):
    assert clean_inline(glued) == spaced


@pytest.mark.parametrize("text", [
    "les U.S.Army et J.K.Rowling", "sur franceinfo.fr et www.Exemple.fr", "la ligne B.Trafic",
    "un taux de 3.5 points", "le groupe E.Leclerc", "atteint en 2016.Selon l'institut",
])
def test_initials_acronyms_addresses_and_figures_are_left_alone(text):
    assert clean_inline(text) == text


def test_a_glued_sentence_is_no_part_of_a_name(nlp):
    text = ("Titre de l'article\n\nLe directeur parle au nom de l'AP-HP.Un patient est mort mardi. "
            "Les médecins de la CGT.La grève continue.")
    article = parse_text(RawRecord("t", "text", text, text.encode(), "utf-8"))
    assert isinstance(article, ParsedArticle)
    ents = [e.text for e in nlp(compose(article)[0]).ents]
    assert "AP-HP" in ents and not any(". " in e or e.endswith(("Un", "La")) for e in ents)
    assert any(s.startswith("Un patient") for s in sentences_of(nlp, article.body))
