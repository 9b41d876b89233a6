"""A name the article presents as a person (a role in apposition before or after it) is a person,
whatever type the model gave it; organisations, places and things named the same way stay what
they are (session 17, spk18)."""

import pytest

from recoupe.enrich.entities import _people_in, _presented_as_person, _Span, article_entities
from recoupe.enrich.nlp import compose
from recoupe.ingest.parse import parse_record
from recoupe.models import RawRecord


def entities_of(nlp, body):
    text = "Un titre\n\nPar Test\n4 mars 2026\n\n" + body
    a = parse_record(RawRecord("<t>", "text", text, text.encode(), "utf-8"))
    doc_text, fields = compose(a)
    doc = nlp(doc_text)
    refs = article_entities(doc, fields, {f: a.field_text(f) for f in ("title", "lead", "body")})
    return {r.name: r for r in refs}


def presented(nlp, sentence, name):
    """Whether ``name`` in ``sentence`` is presented as a person (the signal alone, whatever the model's type)."""
    doc = nlp(sentence)
    start = sentence.index(name)
    toks = [t for t in doc if start <= t.idx < start + len(name)]
    return _presented_as_person(doc, toks[0].i, toks[-1].i + 1)


@pytest.mark.parametrize(("sentence", "name"), [
    ("« La vague arrive », a averti le directeur général de l'Agence, Kwame Asante Boateng, devant les journalistes.",
     "Kwame Asante Boateng"),
    ("« Rien n'est joué », a estimé la députée écologiste du Finistère, Irina Volkova, avant le vote.", "Irina Volkova"),
    ("Oluwaseun Adebayo, le ministre nigérian de la Santé, a promis des vaccins.", "Oluwaseun Adebayo"),
    ("Nguyen Thi Lan, la porte-parole du mouvement, a démenti.", "Nguyen Thi Lan"),
])
def test_a_role_in_apposition_presents_a_person(nlp, sentence, name):
    assert presented(nlp, sentence, name)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Le maire de Buenos Aires a démissionné mardi.", "Buenos Aires"),  # the name is the role's complement
    ("« Nous gagnerons », a promis le président du club Racing Strasbourg.", "Racing Strasbourg"),  # a thing's name
    ("La présidente de l'ONG Amnesty International a réagi.", "Amnesty International"),
    ("Dans le collège privé Sainte Marie, un professeur de sport a été blessé.", "Sainte Marie"),
    ("« Nous resterons », a dit la députée du Morbihan Anne Kerbrat.", "Anne Kerbrat"),  # no comma: left to the model
    ("Air France, le leader du transport aérien, a annoncé des pertes.", "Air France"),  # said of a company too
    ("Los Angeles, candidate aux Jeux, a présenté son dossier.", "Los Angeles"),
    ("Le président de la Fédération Française de Rugby a été réélu.", "Fédération Française de Rugby"),
    ("Les dirigeants du groupe, Air France et KLM, ont signé.", "Air France"),  # a plural: a list
])
def test_no_person_where_the_article_names_a_body_a_place_or_a_thing(nlp, sentence, name):
    assert not presented(nlp, sentence, name)


def test_the_speaker_of_a_quotation_is_the_person_in_apposition(nlp):
    ents = entities_of(nlp, (
        "« Nous avons estimé que la crise est durable », a déclaré le directeur général de l'Agence, "
        "Tedros Adhanom Ghebreyesus, en conférence de presse à Genève."
    ))
    ref = ents["Tedros Adhanom Ghebreyesus"]
    assert ref.type == "person"
    assert ref.roles == ("directeur général de l'Agence",)


def test_bodies_and_places_stay_what_they_are(nlp):
    ents = entities_of(nlp, (
        "« La décision est prise », a déclaré la Fédération française de football dans un communiqué. "
        "Paris, la capitale, accueillera la finale."
    ))
    assert ents["Fédération française de football"].type == "organisation"
    assert ents["Paris"].type == "place"


def test_given_names_from_abroad_make_a_person(nlp):
    ents = entities_of(nlp, "Les Kurdes redoutent le régime de Bachar al-Assad. Le président Alassane Ouattara a démenti.")
    assert ents["Bachar al-Assad"].type == "person"
    assert ents["Alassane Ouattara"].type == "person"


def test_a_name_after_a_preposition_inside_a_things_name_is_not_cut_out(nlp):
    doc = nlp("La Marche pour Oumar Diallo a réuni des milliers de personnes samedi.")
    span = _Span(1, 5, "MISC")  # "Marche pour Oumar Diallo", whatever the model read
    assert [(s.start, s.end, s.label) for s in _people_in(doc, span)] == [(1, 5, "MISC")]
    doc = nlp("Le Comité Oumar Diallo a réuni des milliers de personnes samedi.")
    assert [s.label for s in _people_in(doc, _Span(1, 4, "ORG"))][-1] == "PER"  # no preposition: the name is cut out


def test_one_mention_presented_as_a_person_makes_every_mention_a_persons(nlp):
    text = ("Le directeur général de l'Agence, Tedros Adhanom Ghebreyesus, a pris la parole. "
            "Tedros Adhanom Ghebreyesus a ensuite quitté la salle. Plus tard, Tedros Adhanom Ghebreyesus est revenu.")
    doc = nlp(text)
    spans, i = [], 0
    while (at := text.find("Tedros Adhanom Ghebreyesus", i)) >= 0:
        spans.append(doc.char_span(at, at + len("Tedros Adhanom Ghebreyesus"), label="ORG"))  # the model's misreading
        i = at + 1
    doc.ents = spans
    refs = article_entities(doc, [("body", 0, len(text))], {"body": text})
    (ref,) = [r for r in refs if r.name == "Tedros Adhanom Ghebreyesus"]
    assert ref.type == "person" and len(ref.mentions) == 3
    assert ref.roles == ("directeur général de l'Agence",)
