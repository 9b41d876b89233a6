"""Entities (enrich/entities.py): a name the article presents as a person by a role in apposition is a person
whatever type the model gave it (a given name alone apposed to a person's noun too), places and bodies named
the same way stay what they are, and the roles the entity step gives people (the head's role, no one person's
role from a plural, a role given by a copula, no role from a noun inside a name nor to a name after a
preposition, an acronym in brackets kept inside a role). Sentences written for recoupe, none from a corpus."""

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


@pytest.mark.parametrize(("body", "name", "kind"), [
    # a fronted complement, then the clause's subject: no apposition
    ("Interrogé sur France Inter, le ministre, visiblement agacé, a démenti toute rupture.", "France Inter", "organisation"),
    ("Interrogée sur Radio France, la présidente de la région, prudente, n'a rien voulu dire.", "Radio France", "organisation"),
    ("Chez Air France, le directeur, inquiet, a alerté les salariés. Air France a perdu des clients.", "Air France", "organisation"),
    # the name is apposed to the role's complement, not to the role
    ("Le porte-parole de la compagnie, Air Austral, a confirmé l'annulation des vols. Air Austral reprendra ses vols lundi.",
     "Air Austral", "organisation"),
    # a list after the role
    ("Le ministre des Transports, Air France et Keolis ont signé un accord mardi.", "Air France", "organisation"),
])
def test_a_place_or_a_company_before_a_role_stays_what_it_is(nlp, body, name, kind):
    found = entities_of(nlp, body)
    assert name in found and found[name].type == kind, {k: v.type for k, v in found.items()}


def test_a_participle_glued_to_a_name_is_not_part_of_it(nlp):
    found = entities_of(nlp, "Rencontrant Marine Le Pen, le président, souriant, a plaisanté avec les journalistes.")
    assert "Marine Le Pen" in found and found["Marine Le Pen"].type == "person", {k: v.type for k, v in found.items()}
    assert not any(k.startswith("Rencontrant") for k in found)


def test_the_presented_person_still_holds(nlp):
    found = entities_of(nlp, "« La vague arrive », a averti le directeur général de l'OMS, Tedros Adhanom Ghebreyesus, "
                             "en conférence de presse à Genève.")
    assert found["Tedros Adhanom Ghebreyesus"].type == "person"


@pytest.mark.parametrize("body", [
    "Le quartier de Cheikh Zayed, à l'ouest du Caire, a été bouclé par la police.",
    "Wang Holdings a annoncé mardi la fermeture de deux usines en Europe.",
])
def test_titles_and_family_names_open_places_and_companies(nlp, body):
    found = entities_of(nlp, body)
    assert all(v.type != "person" for v in found.values()), {k: v.type for k, v in found.items()}


def roles_of(nlp, body):
    doc = nlp(body)
    refs = article_entities(doc, [("body", 0, len(doc.text))], {"body": doc.text})
    return {r.name: r.roles for r in refs}


def test_a_name_in_the_complement_of_a_role_does_not_take_the_role(nlp):
    roles = roles_of(nlp, "Le texte a été rédigé par le conseiller de Bertrand Malaurie. Bertrand Malaurie a approuvé.")
    assert not any("conseiller" in r for r in roles.get("Bertrand Malaurie", ()))


def test_a_plural_role_names_no_single_person(nlp):
    roles = roles_of(nlp, "Les avocats de Martine Lebrac ont fait appel. Martine Lebrac conteste les faits.")
    assert not any("avocat" in r for r in roles.get("Martine Lebrac", ()))


def test_a_copula_gives_its_subject_the_role(nlp):
    roles = roles_of(nlp, "Gaspard Villemin est un député du Calvados. Il a voté contre le texte hier.")
    assert any(r.startswith("député") for r in roles.get("Gaspard Villemin", ()))


def test_a_role_in_apposition_is_still_kept(nlp):
    roles = roles_of(nlp, "La maire de Nantes, Johanna Rolland, a inauguré la ligne.")
    assert any(r.startswith("maire") for r in roles.get("Johanna Rolland", ()))


def test_one_of_a_group_takes_the_plural_role(nlp):
    roles = roles_of(nlp, "Le procès s'est achevé, a plaidé l'un des avocats de la société, Hugo Delmarre, devant le tribunal.")
    assert any("avocats" in r for r in roles.get("Hugo Delmarre", ()))


def people(nlp, body):
    text = "Titre\n\nPar Test\n4 mars 2026\n\n" + body
    a = parse_record(RawRecord("<t>", "text", text, text.encode(), "utf-8"))
    doc_text, fields = compose(a)
    refs = article_entities(nlp(doc_text), fields, {f: a.field_text(f) for f in ("title", "lead", "body")})
    return {r.name: r for r in refs if r.type == "person"}


def test_a_role_noun_inside_a_name_is_no_role(nlp):
    # "Le Maire" is Bruno Le Maire's name: Gérald Darmanin, after the comma, is no mayor
    ents = people(nlp, "Selon Bruno Le Maire, Gérald Darmanin a menti sur les comptes de la nation.")
    assert ents["Gérald Darmanin"].roles == ()
    # a role noun written with a capital opening its phrase is still a role
    ents = people(nlp, "Le Maire de Lyon, Grégory Doucet, a présenté son budget lundi.")
    assert ents["Grégory Doucet"].roles == ("maire de Lyon",)


def test_a_name_after_a_preposition_is_not_the_role_holder(nlp):
    ents = people(nlp, "Une députée LR contre Alexis Corbière : le ton est monté jeudi soir sur le plateau.")
    assert ents["Alexis Corbière"].roles == ()
    ents = people(nlp, "La députée LR Laure Dupuis a répondu jeudi soir sur le plateau.")
    assert ents["Laure Dupuis"].roles == ("députée LR",)


def test_an_acronym_in_brackets_inside_a_role_is_the_role_s(nlp):
    ents = people(nlp, "Christine Lagarde, directrice générale (DG) du Fonds monétaire international (FMI), "
                       "s'est dite très honorée par cette nomination.")
    assert ents["Christine Lagarde"].roles == ("directrice générale (DG) du Fonds monétaire international (FMI)",)
    ents = people(nlp, "« Ils ont une liberté », expliquait Frédéric Muller, directeur de la Maison des examens (Siec). "
                       "Les correcteurs se réunissent chaque année.")
    assert ents["Frédéric Muller"].roles == ("directeur de la Maison des examens (Siec)",)


def test_a_given_name_alone_presented_as_a_person_s(nlp):
    # between commas after a noun of a person, a given name that is also a word is that person's
    ents = people(nlp, "Sa mère, Rose, mariée et mère de trois enfants, avait expliqué son geste aux enquêteurs.")
    assert "Rose" in ents
    # after a people's name: "le Français Pierre"
    ents = people(nlp, "Invité chez des amis, le Français Pierre logeait dans une maison proche. Il raconte le choc.")
    assert "Pierre" in ents
    # not one named in passing, the object's apposition
    ents = people(nlp, "Un avis partagé par Gérard Dubois, qui a lui aussi perdu son fils, Fabrice, dans l'attaque.")
    assert "Fabrice" not in ents
    # not in a list of places
    ents = people(nlp, "La ville de Saint-Pierre, Rose, et Paris ont voté pour le projet.")
    assert "Rose" not in ents
