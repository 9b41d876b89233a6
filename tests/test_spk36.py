"""spk36: the roles the entity step gives people — the head's role, not its complement's;
no one person's role from a plural; a role given by a copula."""

from recoupe.enrich.entities import article_entities


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
