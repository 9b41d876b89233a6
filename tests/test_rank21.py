"""Session 21 features of the speaker ranker (enrich/quotes/ranker.py), on sentences of our own."""

from recoupe.enrich.quotes import rule_quotes
from recoupe.enrich.quotes.ranker import FEATURES, candidates


def _cands(enrich_body, body, words):
    e, doc, fields = enrich_body(body)
    art, found, before = rule_quotes(doc, fields, e.entities)
    n = next(n for n, q in enumerate(found) if words in q.text)
    cands = candidates(art, found, before)[n]
    assert cands is not None
    return {c.name: c.x for c in cands}


def _f(x, name):
    return x[FEATURES.index(name)]


def test_the_subject_of_the_sentence_before_is_marked(enrich_body):
    c = _cands(enrich_body, "Le préfet Jean Duvallier a visité lundi le chantier du pont avec Marie Colbert. "
                            "« Les travaux finiront avant l'hiver. »", "travaux")
    duv = next(x for n, x in c.items() if n and "Duvallier" in n)
    assert _f(duv, "subject_before") == 1.0
    col = next((x for n, x in c.items() if n and "Colbert" in n), None)
    assert col is None or _f(col, "subject_before") == 0.0


def test_the_subject_of_a_sentence_ending_in_a_colon_is_marked(enrich_body):
    c = _cands(enrich_body, "La semaine a été longue pour les syndicats. Le secrétaire général Paul Bernardin ne décolère pas : "
                            "« Nous irons jusqu'au bout de ce combat. »", "combat")
    x = next(x for n, x in c.items() if n and "Bernardin" in n)
    assert _f(x, "colon_subject") == 1.0


def test_a_speaker_quoted_earlier_is_marked_with_the_count(enrich_body):
    c = _cands(enrich_body, "« Le budget est tenu », a déclaré Hélène Forestier, la maire de Brive. "
                            "« Nous ne lèverons aucun impôt nouveau », a-t-elle ajouté. "
                            "Son adversaire, Marc Lagrange, conteste ces chiffres. "
                            "« La dette de la ville a doublé en six ans. »", "dette")
    x = next(x for n, x in c.items() if n and "Forestier" in n)
    assert _f(x, "quoted_before") == 1.0
    assert _f(x, "quoted_times") > 0.0


def test_the_gender_of_the_cue_agrees_with_a_woman_named_madame(enrich_body):
    c = _cands(enrich_body, "Mme Claire Dufresne dirige l'hôpital depuis trois ans. "
                            "« Nous manquons de lits chaque hiver », a-t-elle expliqué.", "lits")
    x = next(x for n, x in c.items() if n and "Dufresne" in n)
    assert _f(x, "gender_agrees") == 1.0


def test_a_paragraph_break_after_the_last_mention_is_marked(enrich_body):
    c = _cands(enrich_body, "Le ministre Louis Garnier a présenté son plan mardi.\n\nLa réforme entrera en vigueur en mars. "
                            "« Ce texte protège les plus fragiles. »", "fragiles")
    x = next(x for n, x in c.items() if n and "Garnier" in n)
    assert _f(x, "paragraph_break") == 1.0
