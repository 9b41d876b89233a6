"""Entities within an article (roles, honorifics, short forms, misfires) and across articles."""

import pytest

from recoupe.enrich.entities import article_entities
from recoupe.enrich.nlp import compose
from recoupe.ingest.parse import parse_record
from recoupe.models import RawRecord
from recoupe.normalise import name_key as fold


def entities_of(nlp, body, title=None):
    text = (f"{title}\n\n" if title else "") + "Par Test\n4 mars 2026\n\n" + body
    a = parse_record(RawRecord("<t>", "text", text, text.encode(), "utf-8"))
    doc_text, fields = compose(a)
    doc = nlp(doc_text)
    refs = article_entities(doc, fields, {f: a.field_text(f) for f in ("title", "lead", "body")})
    return {r.name: r for r in refs}, a


def test_roles_and_honorifics_are_stripped_and_kept(nlp):
    ents, _ = entities_of(nlp, (
        "Le président ukrainien Volodymyr Zelenskyy a reçu lundi à Kiev le secrétaire américain au Trésor, "
        "Scott Bessent. M. Zelenskyy a ensuite parlé au téléphone avec Donald Trump. "
        "Selon le porte-parole du Kremlin, Dmitri Peskov, l’entretien a duré une heure. "
        "Pete Hegseth, le secrétaire américain à la Défense, a rencontré les chefs d’État européens."
    ), title="Volodymyr Zelenskyy reçoit Scott Bessent à Kiev")
    z = ents["Volodymyr Zelenskyy"]
    assert z.type == "person"
    assert "président ukrainien" in z.roles
    assert "Zelenskyy" in z.aliases and "M. Zelenskyy" not in z.aliases
    assert {m.field for m in z.mentions} == {"title", "body"}
    assert "secrétaire américain au Trésor" in ents["Scott Bessent"].roles
    assert ents["Dmitri Peskov"].roles == ("porte-parole du Kremlin",)
    assert ents["Pete Hegseth"].roles == ("secrétaire américain à la Défense",)
    for misfire in ("État", "Trésor", "Défense", "la Défense"):
        assert misfire not in ents


def test_mentions_point_into_their_field(nlp):
    ents, a = entities_of(nlp, "La maire de Nantes, Johanna Rolland, a inauguré la ligne. Mme Rolland a salué les ouvriers.")
    r = ents["Johanna Rolland"]
    for m in r.mentions:
        assert a.field_text(m.field)[m.start:m.end] == m.text
    assert {m.text for m in r.mentions} == {"Johanna Rolland", "Rolland"}


def test_short_forms_resolve_to_the_nearest_full_name(nlp):
    ents, _ = entities_of(nlp, (
        "Vladimir Poutine a parlé avec Donald Trump pendant une heure et demie. "
        "La conversation entre MM. Poutine et Trump survient après la libération d’un détenu."
    ))
    assert set(ents["Vladimir Poutine"].aliases) == {"Vladimir Poutine", "Poutine"}
    assert "Trump" in ents["Donald Trump"].aliases
    assert "Poutine" not in ents and "Trump" not in ents and "MM. Poutine" not in ents


def test_boilerplate_phrase_is_not_an_organisation(nlp):
    doc = nlp("Soutenez Epoch Times à partir de 1€. Le gouvernement de l’État du Texas a réagi.")
    refs = article_entities(doc, [("body", 0, len(doc.text))], {"body": doc.text})
    names = {r.name for r in refs}
    assert not any(n.startswith("Soutenez") for n in names)
    assert "État" not in names


def test_fold_meets_spelling_variants():
    assert fold("Zelenskyy") == fold("Zelensky") == fold("Zélenski") == fold("ZELENSKIY")
    assert fold("Maison-Blanche") == fold("Maison Blanche")
    assert fold("Poutine") != fold("Putin")


@pytest.fixture
def two_spellings(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\nsource: Le Phare\nurl: https://phare.example/1\n---\nKiev et Washington\n\nPar A\n4 mars 2026\n\n"
        "Le président ukrainien Volodymyr Zelenskyy a appelé Donald Trump. M. Zelenskyy a salué un échange utile.", "utf-8")
    (tmp_path / "b.txt").write_text(
        "---\nsource: La Gazette\nurl: https://gazette.example/2\n---\nAppel entre Kiev et Washington\n\nPar B\n5 mars 2026\n\n"
        "Volodymyr Zelensky a parlé mercredi avec Donald Trump. Zelensky a évoqué les minerais.", "utf-8")
    (tmp_path / "c.txt").write_text(
        "---\nsource: Info Test\nurl: https://info.example/3\n---\nKiev\n\nPar C\n6 mars 2026\n\n"
        "Zelensky a promis une réponse rapide. Olena Zelenska était à Paris.", "utf-8")
    return tmp_path


def test_spelling_variants_across_articles_are_one_entity(ingest, store, two_spellings):
    report = ingest(two_spellings / "a.txt", two_spellings / "b.txt", two_spellings / "c.txt")
    assert report.totals()["created"] == 3
    ids = {}
    for art in store.query():
        for e in art.entities:
            if fold(e.name).endswith("zelenski") or "Zelensk" in e.name:
                ids.setdefault(art.url, set()).add((e.id, e.name))
    a_ids = {i for i, n in ids["https://phare.example/1"] if "Volodymyr" in n}
    b_ids = {i for i, n in ids["https://gazette.example/2"] if "Volodymyr" in n}
    c_ids = {i for i, n in ids["https://info.example/3"] if n.startswith("Volodymyr")}
    assert a_ids == b_ids == c_ids and len(a_ids) == 1
    (eid,) = a_ids
    assert eid == "per-volodymyr-zelenskyy"
    olena = {i for i, n in ids["https://info.example/3"] if "Olena" in n}
    assert olena and olena != a_ids


def test_a_topic_word_opening_a_headline_is_not_an_entity(nlp):
    ents, _ = entities_of(nlp, "Le Sénat a voté mardi. La préfète de la Drôme a parlé.", title="Urgences : la Drôme manque de lits")
    assert "Urgences" not in ents
    assert ents["Drôme"].type == "place" and "Sénat" in ents


def test_particle_names_are_one_person(nlp):
    ents, _ = entities_of(nlp, (
        "Noël Le Guérec a estimé lundi que la saison pouvait reprendre. "
        "M. Le Guérec va ainsi demander aux arbitres de siffler la reprise."
    ))
    people = [r for r in ents.values() if r.type == "person"]
    assert [p.name for p in people] == ["Noël Le Guérec"]
    assert not any(r.type == "organisation" and "Guérec" in r.name for r in ents.values())


def test_a_name_after_an_honorific_inside_a_span_is_a_person(nlp):
    ents, _ = entities_of(nlp, "Le trafic prospère, a souligné auprès de l'AFP Me Arielle Moreau, qui plaidait pour l'association.")
    assert ents["Arielle Moreau"].type == "person"
    assert not any("AFP Me" in name for name in ents)


def test_company_forms_and_institution_words_make_organisations(nlp):
    ents, _ = entities_of(nlp, (
        "« Non », a déclaré dans un communiqué le PDG de Ricard SA et de Pernod SA, Philippe Coutin. "
        "Elle a saisi l'agence Santé Publique France qui a décidé de lancer une enquête."
    ))
    assert ents["Ricard SA"].type == "organisation"
    assert ents["Santé Publique France"].type == "organisation"
    assert ents["Philippe Coutin"].type == "person"


def test_ministry_domains_belong_to_the_role_and_appositions_to_the_next_name(nlp):
    ents, _ = entities_of(nlp, (
        "Le ministre doit s'entretenir avec le secrétaire au Trésor Steven Mnuchin, afin d'avancer. "
        "Le corps est bien celui de Sophie Le Tan, la procureure de la République de Strasbourg, Yolande Renzi, a fait un point."
    ))
    assert ents["Steven Mnuchin"].roles == ("secrétaire au Trésor",)
    assert ents["Sophie Le Tan"].roles == ()
    assert ents["Yolande Renzi"].roles == ("procureure de la République de Strasbourg",)


def test_a_crosshead_glued_to_a_name_is_cut_off(nlp):
    ents, _ = entities_of(nlp, "Pendant le Grand Rendez-Vous Europe 1-Les EchosManuel Valls a annoncé mardi sa candidature.")
    assert "Manuel Valls" in ents and not any(name.startswith("Echos") for name in ents)


def test_sentences_cut_inside_a_name_or_before_a_dash_are_rejoined():
    from recoupe.enrich.sentences import whole_sentences

    body = ("La grève des agents de Vallonia Transports a commencé lundi. La députée de Vichy "
            "Anne-Laure Brossard a réagi - comme le maire - dans la soirée.\nLes chiffres du jour\n"
            "Trois lignes sur quatre roulent. Le préfet attend\nUn bilan mardi.")

    def at(text, start=0):
        s = body.index(text, start)
        return s, s + len(text)

    cut = [at("La grève des agents de Vallonia"), at("Transports a commencé lundi."),
           at("La députée de Vichy"), at("Anne-Laure Brossard a réagi"), at("- comme le maire"),
           at("- dans la soirée."), at("Les chiffres du jour"), at("Trois lignes sur quatre roulent."),
           at("Le préfet attend"), at("Un bilan mardi.")]
    got = [body[s:e] for s, e in whole_sentences(body, cut)]
    assert got == [
        "La grève des agents de Vallonia Transports a commencé lundi.",
        "La députée de Vichy Anne-Laure Brossard a réagi - comme le maire - dans la soirée.",
        "Les chiffres du jour",  # a heading on its own line stays apart
        "Trois lignes sur quatre roulent.",
        "Le préfet attend",  # a line break ends it
        "Un bilan mardi.",
    ]
    sub = "Réactions à Vichy Le maire a parlé."
    assert whole_sentences(sub, [(0, 17), (18, len(sub))]) == [(0, 17), (18, len(sub))]  # a subheading ending in a name
    glued = "Un bilan sans surprise Les écoles rouvrent jeudi."
    heading = [(0, 22), (23, len(glued))]
    assert whole_sentences(glued, heading) == heading  # a lower-case end before a capital: a glued subheading


def entities_read_as(nlp, body, label, *names):
    """The entities of ``body`` when the model reads each of ``names`` (texts of the body) as
    ``label``: the repairs of the entity step, whatever the model's own reading of the sentence."""
    from spacy.tokens import Span

    text = "Par Test\n4 mars 2026\n\n" + body
    a = parse_record(RawRecord("<t>", "text", text, text.encode(), "utf-8"))
    doc_text, fields = compose(a)
    doc = nlp(doc_text)
    spans = []
    for name in names:
        start = doc_text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = [Span(doc, s.start, s.end, label=label) for s in spans]
    refs = article_entities(doc, fields, {f: a.field_text(f) for f in ("title", "lead", "body")})
    return {r.name: r for r in refs}


def test_a_name_that_begins_with_a_given_name_is_a_person_not_a_place(nlp):
    ents = entities_read_as(nlp, "Hier, Hélène Marchal a ouvert un atelier de couture rue Victor Hugo.", "LOC", "Hélène Marchal", "Victor Hugo")
    assert ents["Hélène Marchal"].type == "person"
    assert ents["Victor Hugo"].type == "place"  # a street named after someone stays a place


def test_a_place_with_a_persons_title_or_speaking_is_a_person(nlp):
    ents = entities_read_as(nlp, (
        "Le Premier ministre malien Moctar Ouane est arrivé à Dakar. Plus tard, Tiébilé Dramé a déclaré que "
        "la réunion avait été utile. La Maison Blanche a indiqué qu'elle suivait la situation."
    ), "LOC", "Moctar Ouane", "Tiébilé Dramé", "Maison Blanche")
    assert ents["Moctar Ouane"].type == "person"
    assert "Premier ministre malien" in ents["Moctar Ouane"].roles
    assert ents["Tiébilé Dramé"].type == "person"
    assert ents["Maison Blanche"].type == "place"  # a seat of power that speaks is no person


def test_a_party_after_a_title_is_not_taken_for_the_person(nlp):
    ents = entities_read_as(nlp, "La députée La France insoumise Claire Dumas a réagi.", "LOC", "La France")
    assert all(r.type != "person" for r in ents.values() if "France" in r.name)


def test_a_domain_or_an_institution_read_into_a_name_is_cut_off(nlp):
    ents = entities_read_as(nlp, (
        "La ministre de la Culture Hélène Marchal a visité le musée avec le secrétaire général de l'ONU Kofi Nkemba."
    ), "ORG", "Culture Hélène Marchal", "ONU Kofi Nkemba")
    assert ents["Hélène Marchal"].type == "person"
    assert ents["Hélène Marchal"].roles == ("ministre de la Culture",)
    assert ents["Kofi Nkemba"].type == "person"
    assert ents["ONU"].type == "organisation"
    assert not [n for n in ents if "Culture" in n]


def test_a_sentence_end_glued_to_a_name_is_cut_off(nlp):
    ents = entities_read_as(nlp, (
        "Le contrat a pris fin en mars 2019.La Cour d'appel de Lyon a confirmé la décision. "
        "Il a porté plainte contre X.Pour la police, rien. Selon J.K. Rowling, le livre sortira en juin."
        " Le club a rejoint la Fédération Savoie FFSA.Pour la fédération, c'est une bonne nouvelle."
    ), "ORG", "2019.La Cour d'appel de Lyon", "X.Pour", "J.K. Rowling", "Fédération Savoie FFSA.Pour")
    assert "La Cour d'appel de Lyon" in ents
    assert "Fédération Savoie FFSA" in ents  # the next sentence's first word is cut off
    assert not [n for n in ents if "2019" in n or "Pour" in n]
    assert "J.K. Rowling" in ents  # initials are no sentence end


def test_a_place_named_by_an_institution_word_is_an_organisation(nlp):
    ents = entities_read_as(nlp, "Selon l'Agence nationale des forêts, les incendies reculent dans le Var.", "LOC", "Agence nationale des forêts", "Var")
    assert ents["Agence nationale des forêts"].type == "organisation"
    assert ents["Var"].type == "place"


def test_a_common_noun_before_a_name_describes_it(nlp):
    body = "Le syndicat Union Ouvrière a appelé à la grève. La chanteuse Maëlle Tanguy a annulé son concert."
    ents = entities_read_as(nlp, body, "ORG", "syndicat Union Ouvrière")
    assert "Union Ouvrière" in ents and not [n for n in ents if n.startswith("syndicat")]
    ents = entities_read_as(nlp, body, "PER", "chanteuse Maëlle Tanguy")
    assert ents["Maëlle Tanguy"].roles == ("chanteuse",)


def test_an_organisation_that_begins_with_a_given_name_and_speaks_is_a_person(nlp):
    ents = entities_read_as(nlp, "Nikos Karamanlis a déclaré qu'il quittait la chaîne. Hugo Boss a vendu moins de costumes.", "ORG", "Nikos Karamanlis", "Hugo Boss")
    assert ents["Nikos Karamanlis"].type == "person"
    assert ents["Hugo Boss"].type == "organisation"  # a given name alone does not make a company a person
