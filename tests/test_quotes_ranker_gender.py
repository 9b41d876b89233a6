"""The ranker's candidates and the gender a cue's subject pronoun tells (enrich/quotes/ranker.py),
on sentences of our own."""

from recoupe.enrich.quotes import rule_quotes
from recoupe.enrich.quotes.ranker import _cue_gender, candidates


def test_a_cue_tells_the_gender_of_its_singular_pronoun():
    assert _cue_gender("a-t-il déploré") == "m"
    assert _cue_gender("précise-t-elle") == "f"
    assert _cue_gender("elle a dit") == "f"
    assert _cue_gender("soulignent-ils") is None
    assert _cue_gender("a déclaré") is None
    assert _cue_gender(None) is None


def test_a_masculine_pronoun_cue_offers_no_woman_named_around_the_quotation(enrich_body):
    e, doc, fields = enrich_body(
        "Le gouvernement présente cette semaine son plan contre les violences faites aux femmes.\n\n"
        "Le chroniqueur Paul Renaud a reçu mardi la ministre Claire Vasseur dans son émission matinale. "
        "« Je me demande pourquoi vous acceptez mon invitation », a-t-il déploré en direct."
    )
    art, found, before = rule_quotes(doc, fields, e.entities)
    q = next(n for n, x in enumerate(found) if "acceptez mon invitation" in x.text)
    names = [c.name for c in candidates(art, found, before)[q] or []]
    assert "Paul Renaud" in names
    assert "Claire Vasseur" not in names
