"""spk39: the entity step on unseen text — a case's noun is no person and no role ("l'affaire X",
"Affaire X :"), the editors' "NDLR" is no entity."""

from recoupe.enrich.entities import article_entities


def refs_of(nlp, body):
    doc = nlp(body)
    return article_entities(doc, [("body", 0, len(doc.text))], {"body": doc.text})


def by_name(refs):
    return {r.name: r for r in refs}


def test_a_case_noun_is_no_role(nlp):
    refs = refs_of(nlp, "Les juges ont rouvert l'affaire Lemarchand mardi. Jacques Lemarchand a toujours nié les faits.")
    for r in refs:
        assert not any(role.split()[0].lower() == "affaire" for role in r.roles), r


def test_a_headline_case_is_not_a_person_and_its_name_joins_the_person(nlp):
    refs = refs_of(nlp, "Affaire Lemarchand : le parquet fait appel. Jacques Lemarchand, ancien maire de la ville, "
                        "a été relaxé en juin. M. Lemarchand conteste toujours les faits.")
    assert not any(r.name.lower().startswith("affaire") for r in refs)
    people = [r for r in refs if r.type == "person" and "Lemarchand" in r.name]
    assert len(people) == 1 and people[0].name == "Jacques Lemarchand"


def test_a_case_noun_alone_opening_a_headline_is_no_person(nlp):
    refs = refs_of(nlp, "Attentat à la gare de Lille : un suspect interpellé. Le suspect a été arrêté lundi.")
    assert not any(r.type == "person" and r.name == "Attentat" for r in refs)


def test_the_editors_note_is_no_entity(nlp):
    refs = refs_of(nlp, "« Ils (les policiers, NDLR) sont arrivés trop tard », a déclaré Paul Renaudin, le maire du village.")
    assert not any(r.name.upper() == "NDLR" for r in refs)
