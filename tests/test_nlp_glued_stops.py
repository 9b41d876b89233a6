"""The tokenizer the enrich stage may load (enrich/nlp.py: glued_stops, GluedStops): a sentence's end
glued to the next sentence is cut after the stop as if a space followed it, every offset still into
the text given; what is no sentence end (initials, abbreviations) is not cut. Sentences of our own."""

from __future__ import annotations

import pickle

import pytest
from conftest import one

from recoupe.enrich.nlp import GluedStops, analyse, compose, glued_stops, load
from recoupe.ingest.parse import parse_record
from recoupe.models import RawRecord


@pytest.fixture(scope="module")
def nlp():
    """The model with the tokenizer that cuts glued sentence ends (off in load() by default)."""
    model = load(glued_stops=True)
    assert isinstance(model.tokenizer, GluedStops)
    return model


@pytest.fixture
def enrich_body(nlp):
    def run(body, title="Un titre"):
        text = f"{title}\n\nPar Test\n4 mars 2026\n\n{body}"
        a = parse_record(RawRecord("<t>", "text", text, text.encode(), "utf-8"))
        doc_text, fields = compose(a)
        return analyse(nlp(doc_text), a, fields)
    return run


def cut_words(text: str) -> list[str]:
    """The word just after each cut."""
    return [text[c:].split()[0] for c in glued_stops(text)]


@pytest.mark.parametrize("text, after", [
    ("La loi a été votée en 2019.Le Sénat l'a amendée depuis.", "Le"),
    ("Il l'a confirmé à l'AFP.Les enquêteurs sont sur place.", "Les"),
    ("Un rapport de l'agence (AIEA).La France l'a lu.", "La"),
    ("Le « oui » l'emporte à 61,5%.L'abstention recule.", "L'abstention"),
    ("Elle est vendue 45 000 €.Depuis mars, les ventes montent.", "Depuis"),
    ("Le film passe sur Canal+.Outre la France, la Suisse le diffuse.", "Outre"),
    ("Il a parlé d'un « choix difficile ».Personne ne l'a contredit.", "Personne"),
    ("Faut-il rouvrir les écoles?Selon le ministre, oui.", "Selon"),
    ("Il a été admis à l'hôpital de Lyon en 2020.À Paris, rien.", "À"),
    ("Le trafic est coupé, a indiqué la SNCF.A Lille, il reprend.", "A"),
    ("Le débat était retransmis sur France 2.Mais personne n'a regardé.", "Mais"),
    ("Le scrutin a été reporté à 2021.LR demande un vote.", "LR"),
])
def test_a_glued_sentence_end_is_cut(text, after):
    assert cut_words(text) == [after]


@pytest.mark.parametrize("text", [
    "Le livre de J.K.Rowling est sorti.",          # initials
    "Les U.S.A.Le jour venu, rien.",                 # initials, even before a sentence
    "Il a vu M.Dupont hier.",                        # an initial (Monsieur) before the name
    "Elle a reçu MM.Durand et Leroy.",               # an abbreviation in capitals
    "La croissance est de 1.5 point.",               # a decimal
    "Lisez le site franceinfo.fr ou Orange.fr.",     # domains
    "Rendez-vous sur BFMTV.Com pour le direct.",     # a domain's suffix with a capital
    "Le document RAPPORT.Pdf a fuité.",              # a file name
    "La Corvette C8.R court au Mans.",               # a model's name
    "1.Le premier point est réglé.",                 # a list's item
    "Voir https://exemple.org/Dossier.Html ici.",    # a web address
])
def test_what_is_no_sentence_end_is_not_cut(text):
    assert glued_stops(text) == []


def test_the_doc_keeps_the_text_and_its_offsets(nlp):
    text = "Le Conseil a tranché en 2018.Le ministre a réagi selon l'AFP.Les enquêteurs (PJ).Ils partent."
    doc = nlp(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx:t.idx + len(t.text)] == t.text
    assert [t.text for t in doc][:8] == ["Le", "Conseil", "a", "tranché", "en", "2018", ".", "Le"]
    assert not doc[5].whitespace_ and not doc[6].whitespace_  # « 2018 », « . »: no space invented
    assert [s.text for s in doc.sents] == [
        "Le Conseil a tranché en 2018.", "Le ministre a réagi selon l'AFP.", "Les enquêteurs (PJ).", "Ils partent."]


def test_a_text_without_a_glued_stop_is_tokenized_as_before(nlp):
    text = "Le maire, M. Dupont, a dit.La séance est levée à 20h30."
    assert [t.text for t in nlp(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


def test_the_pipeline_pickles_with_its_tokenizer(nlp):
    tokenizer = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert [t.text for t in tokenizer("en 2018.Le jour")] == ["en", "2018", ".", "Le", "jour"]


def test_the_name_before_a_glued_stop_is_no_longer_glued_to_the_next_word(enrich_body):
    e = enrich_body("Le parquet de Lyon a ouvert une enquête, a appris l'AFP.Les gendarmes de l'Isère "
                          "recherchent un témoin depuis lundi.")
    names = [m.text for ent in e.entities for m in ent.mentions if m.field == "body"]
    assert not any("." in n for n in names), names
    body = e.article.body
    assert [body[s:en] for s, en in e.sentences] == [
        "Le parquet de Lyon a ouvert une enquête, a appris l'AFP.",
        "Les gendarmes de l'Isère recherchent un témoin depuis lundi."]


def test_a_quotation_after_a_glued_stop_keeps_its_offsets(enrich_body):
    e = enrich_body("La réforme a été adoptée en 2019.La ministre Claire Vidal a défendu le texte. "
                      "« Nous tiendrons nos engagements », a-t-elle assuré devant les députés.")
    q = one(e.quotes, "Nous tiendrons")
    assert e.article.body[q.start:q.end] == q.text
    assert q.speaker_name == "Claire Vidal"
    for ent in e.entities:
        for m in ent.mentions:
            assert e.article.field_text(m.field)[m.start:m.end] == m.text


def test_spacys_own_tokenizer_keeps_these_stops_inside_a_token(nlp):
    # why the cut is needed: « 2018.Le », « AFP.Les », « (PJ).Ils » are one token each for spaCy's French rules
    tokens = [t.text for t in nlp.tokenizer.tokenizer("en 2018.Le jour, l'AFP.Les gens (PJ).Ils")]
    assert "2018.Le" in tokens and "AFP.Les" in tokens and "PJ).Ils" in tokens
