"""Session 19, spk25: a name after a common noun of a body's kind is an organisation's
(``recoupe.enrich.entities._after_body_noun``, ``fr.BODY_KIND_NOUNS``)."""

from test_entities import entities_of

from recoupe.enrich.entities import _after_body_noun


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
