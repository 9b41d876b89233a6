"""Resolution rules of session 16 (issue 12, spk14), each kept for its precision on unannotated
OrangeSum articles, not for a dev example; sentences of our own."""

from conftest import one
from test_entities import entities_of

from recoupe.enrich.entities import _heading


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


def test_a_noun_after_a_preposition_that_names_no_person_tells_no_gender(quotes_of):
    # "à la présidentielle": the candidate's complement, not a feminine title of Marc Lebrun; the
    # party in brackets is not what "il" stands for
    qs, _ = quotes_of(
        "Retrouvez les phrases de la semaine. L'ex-candidat à la présidentielle Marc Lebrun (NPA) a estimé "
        "mardi que la réforme était \"injuste\", selon lui, pour les salariés. \"Le gouvernement ne nous écoute "
        "pas, il faut descendre dans la rue\", a-t-il ajouté."
    )
    assert one(qs, "ne nous écoute pas").speaker_name == "Marc Lebrun"


def test_genders_after_a_preposition_and_of_a_family(enrich_body):
    from test_quotes_coref import genders

    e, doc, fields = enrich_body(
        "Comme cette semaine Bernard Lucas, plusieurs élus ont quitté le parti. Les relations dans la famille "
        "Morin restent tendues depuis que Paul Morin a vendu la maison. Le conflit entre sa veuve Lucie et "
        "les enfants de Jean Fabre dure. Les propos de la jeune militante Inès Garcia ont choqué."
    )
    told = genders(e, doc, fields)
    assert told.get("Bernard Lucas") != "f"  # "cette semaine": a time, not a woman
    assert told.get("Paul Morin") != "f"  # "la famille Morin": the family's name
    assert told.get("Inès Garcia") == "f"  # "la jeune militante": a person's noun, after "de"
