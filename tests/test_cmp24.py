"""Session 22 (cmp24): a sentence the sentencer cut before a name, with no stop there, is one
statement again; an intertitle left before its paragraph's first sentence is not joined to it.
The sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace

from test_statements import _article

from recoupe.crosscheck.statements import Reader


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


FACT = "Le conseil régional a voté jeudi un plan de 40 millions d'euros pour les lignes de car."


def test_a_lead_in_or_a_wrap_up_of_the_writer_is_no_statement(nlp):
    from test_statements import _statements

    for remark in ("En voici les principales mesures.", "Voici le détail des nouvelles lignes.",
                   "Voilà pour le volet budgétaire.", "Tour d'horizon des mesures adoptées.",
                   "Les images sont impressionnantes."):
        assert _statements(nlp, f"{FACT} {remark}") == [FACT], remark
    # a figure or a name keeps it: « voici » then says when, or names what it presents
    for kept in ("Voici deux semaines, la région avait suspendu trois lignes.",
                 "Voilà plus de 48 heures que les chauffeurs sont en grève."):
        assert _statements(nlp, f"{FACT} {kept}") == [FACT, kept], kept


def test_a_video_caption_credited_to_an_outlet_in_small_letters_before_the_next_sentence_is_left_out(nlp):
    from test_statements import _statements

    body = (f"{FACT} Transports : combien coûte vraiment un trajet en car ?par radioexemple "
            "Selon la région, le ticket restera à deux euros jusqu'en 2025.")
    assert _statements(nlp, body) == [FACT, "Selon la région, le ticket restera à deux euros jusqu'en 2025."]


def test_a_question_glued_after_a_figure_is_cut_off_its_answer(nlp):
    from test_statements import _statements

    body = f"{FACT} Que faire si le car de 7h30 est supprimé à cause du Covid-19?Les usagers seront remboursés sur demande."
    assert _statements(nlp, body) == [FACT, "Les usagers seront remboursés sur demande."]


def test_an_intertitle_in_capitals_opening_a_sentence_is_left_out(nlp):
    from test_statements import _statements

    for head, sentence in (("LE MAIRE SE DÉFEND ", "Face aux critiques, le maire a publié mardi une mise au point."),
                           ("UNE PÉTITION EN LIGNE", "Les riverains ont lancé une pétition contre la fermeture de la gare.")):
        assert _statements(nlp, f"{FACT} {head}{sentence}") == [FACT, sentence], head
    # a name in capitals opening a sentence is no intertitle
    kept = "L'ONG SOS Rivières a porté plainte mardi contre la papeterie."
    assert _statements(nlp, f"{FACT} {kept}") == [FACT, kept]


def test_a_speech_tag_after_a_quotation_closed_inside_a_quotation_goes_back_to_it(nlp):
    from test_statements import _article

    body = ("Le maire a défendu son projet devant le conseil. \"Les riverains m'ont demandé 'pourquoi pas ici ?"
            "', je leur ai répondu que la gare serait rénovée\", a-t-il raconté mardi.")
    cut = body.index("?'") + 1  # the sentencer cuts after the question mark, before the apostrophe closing it
    spans = ((0, 48), (49, cut), (cut, len(body)))
    from dataclasses import replace as _replace

    found = [s.text for s in Reader([_replace(_article("a", body), sentences=spans)], nlp).statements()]
    assert found[-1].endswith("a-t-il raconté mardi.") and found[-1].startswith('"Les riverains')
