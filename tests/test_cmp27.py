"""Session 23 (cmp27): a closing quotation mark the sentencer left at the start of the next
sentence ends the sentence before; clauses are cut at the right place in a sentence with a
ligature; a writer's lead-in to a verdict (« l'équation est simple ») is no statement. The
sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace

from test_statements import _article

from recoupe.crosscheck.statements import Reader, _quotes_closed, asserts, clauses


def _statements(nlp, body: str, spans: list[tuple[int, int]]) -> list[str]:
    art = replace(_article("a", body), sentences=tuple(spans))
    return [s.text for s in Reader([art], nlp).statements()]


def _cut_after(body: str, *ends: str) -> list[tuple[int, int]]:
    """Sentences of ``body`` ending right after each of ``ends`` (the last one runs to the end)."""
    out, pos = [], 0
    for end in ends:
        k = body.index(end, pos) + len(end)
        out.append((pos, k))
        pos = k
        while body[pos] == " ":
            pos += 1
    out.append((pos, len(body)))
    return out


def test_a_straight_closing_mark_cut_off_goes_back_to_its_sentence():
    body = ('"Nous avons reçu deux cents lettres. Toutes disent la même chose." Alors que la pétition circule, '
            "la directrice de l'école a demandé un rendez-vous au rectorat.")
    spans = _cut_after(body, "lettres.", "chose.")
    got = _quotes_closed(body, spans)
    assert body[got[1][0]:got[1][1]] == 'Toutes disent la même chose."'
    assert body[got[2][0]:got[2][1]].lstrip().startswith("Alors que")


def test_two_straight_marks_glued_close_one_quotation_and_open_the_next(nlp):
    body = ('"Le chantier reprendra en septembre." "Pour les riverains, nous prévoyons des horaires réduits, mais nous '
            'ne pouvons pas promettre le silence", a précisé la direction des travaux.')
    spans = _cut_after(body.replace('." "', '."" ', 1), "septembre.")
    glued = body.replace('." "', '."" ', 1)
    found = _statements(nlp, glued, spans)
    # the second quotation is one statement: no cut at « , mais » inside its marks
    assert any(s.startswith('" Pour les riverains') and s.endswith("direction des travaux.") for s in found), found
    assert not any(s.startswith("mais nous") for s in found)


def test_an_opening_mark_after_a_closed_quotation_stays_with_its_sentence():
    body = ('Le maire a parlé d\'un "geste fort". "Nous rouvrirons la piscine dès lundi", a-t-il ajouté devant les élus.')
    spans = _cut_after(body, "fort\".")
    got = _quotes_closed(body, spans)
    assert [body[s:e] for s, e in got] == ['Le maire a parlé d\'un "geste fort".',
                                          '"Nous rouvrirons la piscine dès lundi", a-t-il ajouté devant les élus.']


def test_a_french_closing_mark_cut_off_goes_back_to_its_sentence():
    body = ("« Le stade sera prêt à temps. Les tribunes aussi. » Le club a confirmé la date du premier match au 12 août.")
    spans = _cut_after(body, "temps.", "aussi.")
    got = _quotes_closed(body, spans)
    assert body[got[1][0]:got[1][1]] == "Les tribunes aussi. »"
    assert body[got[2][0]:got[2][1]].strip().startswith("Le club")


def test_a_ligature_does_not_move_a_clause_cut():
    text = ("Les sœurs de la victime ont porté plainte auprès du procureur de la République, "
            "tandis que l'enquête ouverte en mars n'a toujours pas désigné de suspect sérieux.")
    got = [text[s:e] for s, e in clauses(text, 0, len(text))]
    assert got == ["Les sœurs de la victime ont porté plainte auprès du procureur de la République",
                   "tandis que l'enquête ouverte en mars n'a toujours pas désigné de suspect sérieux."]


def test_a_clause_break_after_many_ligatures_does_not_fail():
    text = "Les cœurs " * 12 + "; fin"
    assert clauses(text, 0, len(text))  # offsets stay in the text: no IndexError


def test_a_lead_in_to_a_verdict_is_no_statement(nlp):
    for lead_in in ("Pour la présidente du syndicat, l'équation est simple.", "Le message est clair.",
                    "Le constat est sans appel.", "Les consignes sont claires."):
        doc = nlp(lead_in)
        assert not asserts(lead_in, list(doc), "body"), lead_in


def test_a_verdict_that_goes_on_is_a_statement(nlp):
    for sentence in ("Le message est clair : la préfecture interdit tout rassemblement jusqu'à dimanche.",
                     "La réponse est simple, puisque la loi interdit la vente de ces produits depuis 2019.",
                     "Le bilan est lourd : quatre morts et douze blessés."):
        doc = nlp(sentence)
        assert asserts(sentence, list(doc), "body"), sentence


def test_a_straight_mark_opening_the_next_quotation_stays_with_it():
    # a stray mark before (one alone, as page text leaves) makes the field's count of marks odd
    body = ('La pancarte portait un " de trop. Le bilan est passé à 120 cas lundi soir." Les chiffres sont '
            "encourageants\", a estimé la directrice de l'agence régionale.")
    spans = _cut_after(body, "trop.", "soir.")
    got = _quotes_closed(body, spans)
    assert body[got[1][0]:got[1][1]] == "Le bilan est passé à 120 cas lundi soir."
