"""Roles the entity step gives people (spk42): a role noun that is a word of a name, a name after a
preposition, a body's acronym in brackets inside a role."""

from recoupe.enrich.entities import article_entities
from recoupe.enrich.nlp import compose
from recoupe.ingest.parse import parse_record
from recoupe.models import RawRecord


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


def test_a_description_by_sex_is_no_office_holder(enrich_body):
    # "l'homme" is the private person the article is about, not the prosecutor just quoted
    item, _, _ = enrich_body(
        "Le corps d'un détenu a été découvert lundi dans sa cellule de la prison de Toulon. « La mort remonte à "
        "dimanche soir », a indiqué le procureur de Toulon, Bernard Marchal. La veille, l'homme avait appelé sa "
        "famille en disant « ne plus en pouvoir ».")
    said = {q.text: q.speaker_name for q in item.quotes}
    assert said["La mort remonte à dimanche soir"] == "Bernard Marchal"
    assert said["ne plus en pouvoir"] != "Bernard Marchal"


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


def test_an_account_on_a_network_is_no_person(nlp):
    ents = people(nlp, "Le jeune homme diffuse de la musique chaque soir, comme en atteste son compte Instagram Discobalcons. "
                       "Il a été dépassé par les événements.")
    assert not any("Instagram" in name or "Discobalcons" in name for name in ents)


def test_a_given_name_and_a_particle_name_are_one_person(nlp):
    ents = people(nlp, "La députée PS Christine Pirès-Beaune a réagi. Bruno Le Maire a surtout insisté sur les chiffres "
                       "de l'impôt. Le ministre a ensuite quitté la salle.")
    assert "Bruno Le Maire" in ents and "Bruno" not in ents
