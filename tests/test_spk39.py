"""spk39: the entity step on unseen text — a case's noun is no person and no role ("l'affaire X",
"Affaire X :"), the editors' "NDLR" is no entity, news outlets are organisations named whole
("Journal du Dimanche", "20 Minutes"), and a name with or without its article is one entity."""

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


def test_an_outlet_read_as_a_place_is_an_organisation(nlp):
    refs = by_name(refs_of(nlp, "Le maire a démissionné, selon les informations du Parisien. Il s'en est expliqué sur Franceinfo mardi."))
    outlets = [r for r in refs.values() if r.name in ("Parisien", "Le Parisien", "Franceinfo")]
    assert outlets and all(r.type == "organisation" for r in outlets)


def test_an_outlet_cut_by_the_model_is_named_whole(nlp):
    refs = refs_of(nlp, "Dans un entretien au Journal du Dimanche, la ministre défend sa réforme. Elle l'a répété devant les députés.")
    names = {r.name for r in refs}
    assert "Journal" not in names
    assert any(n.endswith("Journal du Dimanche") and r.type == "organisation" for r in refs for n in [r.name])


def test_a_region_that_is_also_an_outlet_stays_a_place(nlp):
    refs = refs_of(nlp, "Dans le Sud-Ouest, les orages ont privé d'électricité des milliers de foyers samedi.")
    assert not any(r.type == "organisation" and "Sud" in r.name for r in refs)


def test_a_name_with_or_without_its_article_is_one_organisation(nlp):
    refs = refs_of(nlp, "Le Parisien a révélé l'affaire lundi. Selon les informations du Parisien, le maire a menti. "
                        "La ministre a répondu au Parisien mardi.")
    outlets = [r for r in refs if "Parisien" in r.name]
    assert len(outlets) == 1 and outlets[0].type == "organisation"


def test_an_outlet_keeps_its_written_article(nlp):
    refs = refs_of(nlp, "L'Opinion révèle mercredi que le ministre a dîné aux frais de l'Assemblée. "
                        "Selon les informations de l'Opinion, la facture dépasse dix mille euros.")
    outlets = [r for r in refs if "Opinion" in r.name]
    assert len(outlets) == 1 and outlets[0].type == "organisation" and outlets[0].name == "L'Opinion"


def _mention(text, name):
    from recoupe.enrich.entities import _Mention

    start = text.index(name)
    return _Mention("body", start, start + len(name), name, "person", len(name.split()), None, 0)


def test_a_word_glued_before_a_known_full_name_is_cut_off():
    from recoupe.enrich.entities import _known_name_tail

    text = "le député Constructif Thierry Vallon a rejoint le parti. Thierry Vallon l'a confirmé."
    m = _mention(text, "Constructif Thierry Vallon")
    assert _known_name_tail(m, {"thieri valon"}, text)
    assert m.name == "Thierry Vallon" and text[m.start : m.end] == "Thierry Vallon"


def test_a_description_read_into_a_name_is_cut_off():
    from recoupe.enrich.entities import _known_name_tail

    text = "un QG du maréchal libyen Khalifa Dorra près de la ville. Khalifa Dorra dément."
    m = _mention(text, "maréchal libyen Khalifa Dorra")
    assert _known_name_tail(m, {"khalifa dora"}, text) and m.name == "Khalifa Dorra"


def test_a_given_name_or_a_capitalised_word_before_an_unknown_first_name_stays():
    from recoupe.enrich.entities import _known_name_tail

    text = "Jean Pierre Lanvin a parlé. Pierre Lanvin aussi. Latifa Ibn Zara a témoigné, Ibn Zara aussi."
    assert not _known_name_tail(_mention(text, "Jean Pierre Lanvin"), {"piere lanvin"}, text)
    assert not _known_name_tail(_mention(text, "Latifa Ibn Zara"), {"ibn zara"}, text)


def test_a_name_after_an_honorific_is_the_person_named_in_full(nlp):
    refs = refs_of(nlp, "Philippe Vella dirige l'agence. « Le déploiement a commencé », selon le Dr Vella.De leur côté, "
                        "les médecins s'inquiètent.")
    people = [r for r in refs if "Vella" in r.name]
    assert len(people) == 1 and people[0].type == "person" and people[0].name == "Philippe Vella"
