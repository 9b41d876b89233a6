"""Entities (enrich/entities.py): what a name is: crossheads and headings in capitals are no names, a name
after a body's noun is an organisation's, a case's noun is no person, news outlets are organisations named
whole, a name with or without its article is one entity, a given name and a name with a particle are one
person, words glued before a known name are cut off, an account on a social network is no person. Sentences
written for recoupe, none from a corpus."""

from conftest import one
from test_entities import entities_of
from test_entities_persons import people

from recoupe.enrich.entities import _after_body_noun, _heading, article_entities


def test_a_run_of_upper_case_words_is_a_heading_not_a_name():
    for heading in ("MÊME DIVISÉS, LES ÉLUS SOUTIENNENT MARTIN", "DUPONT RÉPOND À LEBLANC", "LA RÉGION",
                    "LE MAIRE", "DURAND À", "MOREAU CONTESTE"):
        assert _heading(heading), heading
    for name in ("BFM TV", "RER B", "CGT-FO", "SNCF", "Jean Martin", "CGT et FO", "L 121-4"):
        assert not _heading(name), name


def test_a_crosshead_glued_into_the_body_is_no_entity_and_no_speaker(nlp, quotes_of):
    body = (
        "La sénatrice Hélène Garnier a défendu mardi le projet de loi sur l'eau, qu'elle juge \"équilibré et "
        "nécessaire\".GARNIER DÉFEND LE TEXTE FACE À LA DROITE\"Nous avons écouté tout le monde, les agriculteurs "
        "comme les associations\", a-t-elle assuré devant la presse."
    )
    ents, _ = entities_of(nlp, body)
    assert not any(n.isupper() and len(n.split()) > 1 for n in ents), list(ents)
    qs, _ = quotes_of(body)
    assert one(qs, "Nous avons écouté").speaker_name == "Hélène Garnier"


def test_every_word_of_a_crosshead_cut_in_pieces_is_no_entity(nlp):
    # the model reads a glued crosshead as several one-word names: none is a name
    ents, _ = entities_of(nlp, (
        "Le maire de Lyon, Paul Verdier, a présenté jeudi son plan pour les transports, un texte \"ambitieux "
        "mais réaliste\".MÊME CRITIQUÉ, VERDIER DÉFEND BERTRAND\"Les uns et les autres exagèrent. Moi je ne suis "
        "pas inquiet\", a-t-il lancé devant le conseil municipal. À BFM TV, il a ensuite parlé du RER B."
    ))
    assert not any(n in ents for n in ("VERDIER", "BERTRAND", "CRITIQUÉ")), list(ents)
    assert "Paul Verdier" in ents and "BFM TV" in ents


def test_names_in_capitals_inside_a_sentence_stay_names(nlp):
    # review of session 16: only a run glued on or standing alone between two sentences is a heading
    for body, names in (
        ("L'intersyndicale (CFDT, CGT, FO, UNSA, SOLIDAIRES, FSU) appelle à une nouvelle grève jeudi.",
         ("SOLIDAIRES", "UNSA", "CFDT")),
        ("Le MEDEF, FNSEA et CPME ont signé l'accord mardi soir.", ("MEDEF", "CPME")),
        ("Le club de l'AS MONACO a battu l'OLYMPIQUE LYONNAIS samedi soir au stade.", ("OLYMPIQUE LYONNAIS",)),
        ("Le groupe TOTAL ENERGIES a annoncé mardi des bénéfices records.", ("TOTAL ENERGIES",)),
    ):
        ents, _ = entities_of(nlp, body)
        for name in names:
            assert any(name in n for n in ents), (name, list(ents))


def test_a_crosshead_standing_alone_between_two_sentences_is_no_entity(nlp):
    ents, _ = entities_of(nlp, (
        "La cote de popularité du gouvernement a encore baissé en juin. MARTIN DURAND DÉGRINGOLE La cote "
        "d'influence de Martin Durand a perdu six points en un mois, selon un sondage publié dimanche."
    ))
    assert "MARTIN DURAND DÉGRINGOLE" not in ents and "Martin Durand" in ents, list(ents)


def test_a_heading_with_commas_is_one_and_a_list_of_acronyms_is_none(nlp):
    ents, _ = entities_of(nlp, (
        "Le syndicat a dénoncé la réforme des aides au logement.ABSURDE, COÛTEUX ET INJUSTE\"Ce texte ne "
        "règle rien\", a déclaré son président. La CGT, FO, SUD et la CFDT appellent à la grève jeudi."
    ))
    assert "ABSURDE" not in ents and "COÛTEUX" not in ents, list(ents)
    assert {"CGT", "FO", "CFDT"} <= set(ents), list(ents)


def _index(doc, word):
    return next(t.i for t in doc if t.text == word)


def test_after_a_body_noun_with_adjectives(nlp):
    doc = nlp("Les chercheurs de l'université canadienne Marcus Bellamy ont publié l'étude.")
    assert _after_body_noun(doc, _index(doc, "Marcus"))
    doc = nlp("Les usines des laboratoires Pellorin ferment.")
    assert _after_body_noun(doc, _index(doc, "Pellorin"))


def test_not_after_a_comma_a_preposition_or_a_person_noun(nlp):
    doc = nlp("Le directeur du groupe, Marcus Bellamy, a démissionné.")
    assert not _after_body_noun(doc, _index(doc, "Marcus"))
    doc = nlp("Le groupe de Marcus Bellamy a démissionné.")
    assert not _after_body_noun(doc, _index(doc, "Marcus"))
    doc = nlp("Le gouvernement Bellamy a démissionné.")  # a person's name after what he leads
    assert not _after_body_noun(doc, _index(doc, "Bellamy"))


def test_a_name_after_a_body_noun_is_an_organisation(nlp):
    ents, _ = entities_of(nlp, (
        "Une épidémiologiste de l'université américaine Johns Hopkins a présenté ses travaux mardi. "
        "Selon elle, les enfants sont moins touchés."
    ))
    assert "Johns Hopkins" in ents and ents["Johns Hopkins"].type == "organisation"


def test_a_month_after_a_body_noun_is_a_name(nlp):
    ents, _ = entities_of(nlp, (
        "Le groupe Avril, propriétaire de plusieurs usines d'aliments, conteste les accusations. "
        "La direction du site a refusé de commenter."
    ))
    assert "Avril" in ents and ents["Avril"].type == "organisation"


def test_an_origin_after_an_indefinite_article_is_no_entity(nlp):
    ents, _ = entities_of(nlp, (
        "Le suspect, un Franco-Canadien de 32 ans, a été interpellé à Lyon. "
        "Deux Allemands ont aussi été entendus par les enquêteurs."
    ))
    assert "Franco-Canadien" not in ents and "Allemands" not in ents
    assert "Lyon" in ents


def test_origin_word_needs_an_indefinite_article_or_a_number_word(nlp):
    from recoupe.enrich.entities import _origin_word

    doc = nlp("Selon un Lyonnais interrogé, le quotidien Le Parisien a menti au groupe des Républicains.")
    assert _origin_word(doc, _index(doc, "Lyonnais"), "Lyonnais")
    assert not _origin_word(doc, _index(doc, "Parisien"), "Parisien")  # "Le Parisien", a newspaper
    assert not _origin_word(doc, _index(doc, "Républicains"), "Républicains")  # "des": "de les"


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


def test_an_account_on_a_network_is_no_person(nlp):
    ents = people(nlp, "Le jeune homme diffuse de la musique chaque soir, comme en atteste son compte Instagram Balconsonores. "
                       "Il a été dépassé par les événements.")
    assert not any("Instagram" in name or "Balconsonores" in name for name in ents)


def test_a_given_name_and_a_particle_name_are_one_person(nlp):
    ents = people(nlp, "La députée PS Christine Pirès-Beaune a réagi. Bruno Le Maire a surtout insisté sur les chiffres "
                       "de l'impôt. Le ministre a ensuite quitté la salle.")
    assert "Bruno Le Maire" in ents and "Bruno" not in ents
