"""Statements (crosscheck/statements.py): where the sentences and clauses of a text are cut and joined again:
a cut before a name or after a list's ellipsis, a closing mark left at the next sentence's start, a sentence
after an intertitle, « et » or « que » that leave no cut, ligatures and clause cuts. Sentences written for
recoupe."""

from __future__ import annotations

from dataclasses import replace

from test_statements import _article, _statements

from recoupe.crosscheck.statements import Reader, _quotes_closed, clauses, question


def test_et_joining_two_subjects_of_a_completive_is_no_cut(nlp):
    both = ("Le président du conseil départemental a estimé que son groupe et les élus écologistes pouvaient "
            "s'entendre aux prochaines élections régionales.")
    assert _statements(nlp, both) == [both]
    relative = "Les mesures que la préfète et le maire ont présentées lundi entreront en vigueur dès samedi matin."
    assert _statements(nlp, relative) == [relative]


def test_a_que_that_compares_or_restricts_leaves_the_cut_after_it(nlp):
    compared = ("L'épisode de chaleur devrait être moins intense que la semaine dernière mais pourrait durer "
                "plusieurs jours dans le sud du pays.")
    assert len(_statements(nlp, compared)) == 2
    restricted = ("Le maire ne dispose que de trois agents pour la surveillance des plages et la préfecture "
                  "a promis des renforts pour le mois d'août.")
    assert len(_statements(nlp, restricted)) == 2


def test_a_sentence_cut_after_what_announces_a_quotation_is_joined_to_it(nlp):
    for tag, said in (("Et d'ajouter : \"", "Nous allons demander des renforts pour surveiller les plages tout l'été.\""),
                      ("La maire a précisé dans un communiqué :", "Les plages resteront fermées jusqu'à nouvel ordre.")):
        body = f"{tag} {said}" if tag.endswith(":") else tag + said
        art = _article("a", body)
        cut = len(tag)
        art = replace(art, sentences=((0, cut), (body.index(said), len(body))))
        assert [s.text for s in Reader([art], nlp).statements()] == [body], tag


def test_a_quotation_that_asks_before_a_stop_is_a_question():
    assert question('"Qui va payer la facture de ces travaux ?".')
    assert question("« Et ensuite, que fait-on ? ».")
    assert question('Et après, que faut-il faire ?".')  # the end of a quotation begun before
    assert not question('Le rapport est intitulé "Faut-il fermer la piscine ?".')
    assert not question("Le rapport est intitulé « Faut-il fermer la piscine ? ».")
    assert not question('Un habitant demande : "Pourquoi fermer la piscine ?".')


def test_a_list_of_instructions_joined_by_et_is_no_cut(nlp):
    advice = ("Pendant la canicule, les autorités rappellent les consignes : buvez régulièrement, fermez les volets "
              "le jour et prenez des nouvelles de vos voisins âgés.")
    assert _statements(nlp, advice) == [advice]


def test_review_a_comparison_standing_further_back_leaves_the_cut(nlp):
    text = ("Il y a eu plus de victimes sur les routes du département cette année qu'en 2019 et le préfet a "
            "annoncé de nouveaux contrôles pour l'été.")
    assert len(_statements(nlp, text)) == 2


def test_a_sentence_cut_after_a_lists_ellipsis_is_joined_again(nlp):
    """The sentencer cuts after the stop of an ellipsis closing a list (« Grues, chiens, drones... :
    les secours ont tout tenté. »): no sentence opens on a colon or a semicolon, so the rest is
    joined to the list it sums up, one statement."""
    from test_statements import _statements

    body = ("Les recherches ont repris lundi dans la forêt. Chiens renifleurs, plongeurs, drones, hélicoptère... : "
            "les secours avaient mobilisé tous leurs moyens.")
    assert _statements(nlp, body) == ["Les recherches ont repris lundi dans la forêt.",
                                      "Chiens renifleurs, plongeurs, drones, hélicoptère... : les secours avaient mobilisé tous leurs moyens."]


def test_a_paragraph_opening_on_a_colon_is_not_joined_to_the_one_before() -> None:
    text = "Chiens, plongeurs, drones...\n\n: le dispositif restera en place."
    cut = text.index(":")
    assert _quotes_closed(text, [(0, 28), (cut, len(text))]) == [(0, 28), (cut, len(text))]
    text = "Chiens, plongeurs, drones... : le dispositif restera en place."
    cut = text.index(":")
    assert _quotes_closed(text, [(0, 28), (cut, len(text))]) == [(0, len(text))]


def _cut(nlp, body: str, *cuts: str) -> list[str]:
    """The statements of a body whose sentences are cut where each of ``cuts`` starts and after
    each stop followed by a space."""
    at = sorted({body.index(c) for c in cuts} | {k + 2 for k, ch in enumerate(body[:-1]) if ch in ".!?" and body[k + 1] == " "})
    spans, pos = [], 0
    for k in at:
        spans.append((pos, k - 1 if body[k - 1] == " " else k))
        pos = k
    spans.append((pos, len(body)))
    art = replace(_article("a", body), sentences=tuple(spans))
    return [s.text for s in Reader([art], nlp).statements()]


def test_a_sentence_cut_before_a_name_is_one_statement(nlp):
    body = ("Le ministre a rencontré mardi les bénévoles de l'association Amis du Rail dans leur local de la gare. "
            "La réunion a duré deux heures.")
    assert _cut(nlp, body, "Amis du Rail") == [
        "Le ministre a rencontré mardi les bénévoles de l'association Amis du Rail dans leur local de la gare.",
        "La réunion a duré deux heures."]


def test_a_sentence_cut_after_a_word_no_sentence_ends_on_is_one_statement(nlp):
    body = "Le maire a démissionné lundi soir pour raisons de santé, selon Le Courrier du Val, qui cite son entourage."
    assert _cut(nlp, body, "Le Courrier") == [body]


def test_a_sentence_after_an_intertitle_is_not_joined_to_it(nlp):
    body = ("Le trafic a repris mardi matin sur la ligne entre Lyon et Grenoble. Deux trains supprimés en soirée "
            "La compagnie a annoncé la suppression de deux trains du soir pour des travaux sur les voies.")
    found = _cut(nlp, body, "La compagnie")
    assert "La compagnie a annoncé la suppression de deux trains du soir pour des travaux sur les voies." in found
    assert not any("supprimés en soirée La compagnie" in s for s in found)


def test_a_sentence_after_an_intertitle_in_capitals_is_not_joined_to_it(nlp):
    body = ("Le trafic a repris mardi matin sur la ligne entre Lyon et Grenoble. LES CHEMINOTS EN GRÈVE "
            "Trois syndicats ont appelé mardi à une grève reconductible dans les dépôts de la région.")
    found = _cut(nlp, body, "Trois syndicats")
    assert "Trois syndicats ont appelé mardi à une grève reconductible dans les dépôts de la région." in found


def test_a_speech_tag_after_a_quotation_closed_inside_a_quotation_goes_back_to_it(nlp):
    from test_statements import _article

    body = ("Le maire a défendu son projet devant le conseil. \"Les riverains m'ont demandé 'pourquoi pas ici ?"
            "', je leur ai répondu que la gare serait rénovée\", a-t-il raconté mardi.")
    cut = body.index("?'") + 1  # the sentencer cuts after the question mark, before the apostrophe closing it
    spans = ((0, 48), (49, cut), (cut, len(body)))
    from dataclasses import replace as _replace

    found = [s.text for s in Reader([_replace(_article("a", body), sentences=spans)], nlp).statements()]
    assert found[-1].endswith("a-t-il raconté mardi.") and found[-1].startswith('"Les riverains')


def _statements_of_sentences(nlp, body: str, spans: list[tuple[int, int]]) -> list[str]:
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
    found = _statements_of_sentences(nlp, glued, spans)
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


def test_a_straight_mark_opening_the_next_quotation_stays_with_it():
    # a stray mark before (one alone, as page text leaves) makes the field's count of marks odd
    body = ('La pancarte portait un " de trop. Le bilan est passé à 120 cas lundi soir." Les chiffres sont '
            "encourageants\", a estimé la directrice de l'agence régionale.")
    spans = _cut_after(body, "trop.", "soir.")
    got = _quotes_closed(body, spans)
    assert body[got[1][0]:got[1][1]] == "Le bilan est passé à 120 cas lundi soir."
