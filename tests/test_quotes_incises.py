"""The incise rules of a direct quotation, on sentences of our own, where the parse may vary:
the rule is tested on the words, whatever subject the parser gives the verb."""

from recoupe.enrich.quotes.context import locate_marks, read_article
from recoupe.enrich.quotes.incises import _predicate_quoted


def _marks(enrich_body, body, inner):
    e, doc, fields = enrich_body(body)
    art = read_article(doc, fields, e.entities)
    start = art.text.index(inner)
    return art, locate_marks(art, "body", [(start, start + len(inner))])


def test_quoted_words_opening_with_a_verb_after_a_name_are_its_predicate(enrich_body):
    # "X « est en train de … », estime Y": whatever the parse takes for the subject of "estime"
    # ("déclarations", far before), the quoted words are X's predicate and "estime Y" an incise
    art, marks = _marks(
        enrich_body,
        "Après des déclarations retentissantes, Paul Roux « est en train de perdre ses électeurs », estime Marc Lenoir.",
        "est en train de perdre ses électeurs",
    )
    subject = next(t for t in art.doc if t.text == "déclarations")
    assert _predicate_quoted(art, subject, marks)


def test_quoted_words_inside_a_participle_clause_are_no_predicate(enrich_body):
    # "X, tout en condamnant « … », a appelé Y": the verb after the marks is X's own
    art, marks = _marks(
        enrich_body,
        "Paul Roux, tout en condamnant cette attaque « de la façon la plus ferme », a appelé ses voisins au calme.",
        "de la façon la plus ferme",
    )
    subject = next(t for t in art.doc if t.text == "Paul")
    assert not _predicate_quoted(art, subject, marks)
