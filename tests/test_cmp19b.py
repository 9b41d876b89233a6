"""Statements: rules added by helper cmp19b (session 19), on sentences written for them."""

from __future__ import annotations

from test_statements import _statements

FACT = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour six mois de travaux."


def test_an_editorial_hook_opening_the_body_is_no_statement(nlp):
    """A rewrite opens on a stock phrase that catches the reader (mourning, a twist, a shock told as
    a reaction, « C'est un(e) » and an evaluative noun, the end of an era) and tells the news in
    the sentences after it: the phrase states no fact."""
    for hook in ("Le monde du rugby amateur est en deuil.",
                 "Nouveau rebondissement dans le dossier du futur stade municipal.",
                 "Coup de tonnerre à la mairie de Quimper cette semaine.",
                 "Une page se tourne pour le festival des Vieilles Pierres.",
                 "Stupeur mercredi matin dans les rues du centre-ville.",
                 "Triste nouvelle pour les habitués du cinéma de quartier.",
                 "Le torchon brûle entre le maire et son ancien adjoint.",
                 "Rien ne va plus au sein de la majorité municipale.",
                 "C'est une petite phrase malheureuse."):
        assert _statements(nlp, f"{hook} {FACT}") == [FACT], hook


def test_a_hook_phrase_that_tells_the_fact_stays(nlp):
    """What comes after a colon, or is set before or apposed with a comma, is the fact; a count is
    a fact; a hook phrase further in the body is no opening; and a short news lede without such a
    phrase is the news itself."""
    for lede in ("Coup de théâtre : le maire de Quimper a démissionné lundi soir.",
                 "Après la mort de trois pompiers dans l'incendie, la caserne de Brest est en deuil.",
                 "Nouveau rebondissement dans l'affaire du stade, où le promoteur a été mis en examen jeudi.",
                 "Le gouvernement est tombé.",
                 "L'organisateur du festival a été relaxé.",
                 "C'est une première en Bretagne.",
                 "C'est la première fois que le festival est annulé."):
        assert _statements(nlp, f"{lede} {FACT}") == [lede, FACT], lede
    further = "Tout le quartier est en deuil."
    assert _statements(nlp, f"{FACT} {further}") == [FACT, further]


def test_a_hook_opening_a_standfirst_is_no_statement(nlp):
    from dataclasses import replace

    from test_statements import _article

    from recoupe.crosscheck.statements import Reader

    lead = "Le monde du rugby amateur est en deuil. Le président du club de Lannion est mort dimanche."
    art = replace(_article("a", FACT), lead=lead)
    texts = [(s.field, s.text) for s in Reader([art], nlp).statements()]
    assert texts == [("lead", "Le président du club de Lannion est mort dimanche."), ("body", FACT)]
