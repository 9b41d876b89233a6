"""Fragments and non-statements found auditing unannotated multi-outlet stories: "et" joining two
subjects of a completive's verb still to come, intertitles glued with both dashes, a sentence cut
off after what announces a quotation, an interview's labelled questions, a quotation that asks set
before a stop (own sentences)."""

from __future__ import annotations

from dataclasses import replace

from test_statements import _article, _statements

from recoupe.crosscheck.statements import Reader, question
from recoupe.lang.fr_statements import GLUED_INTERTITLE


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


def test_an_intertitle_glued_with_both_dashes_is_left_out():
    import re

    text = "Les urgences de la ville sont débordées.-premier bilan-Le préfet a annoncé lundi trois morts."
    assert [m.group() for m in re.finditer(GLUED_INTERTITLE, text)] == ["-premier bilan-"]
    assert not re.search(GLUED_INTERTITLE, "Le ministre a reçu Jean-Pierre Martin et Marie-Claire Dubois lundi.")


def test_an_intertitle_glued_with_both_dashes_is_no_statement(nlp):
    first = "Les urgences de la ville sont débordées depuis mardi soir."
    fact = "Le préfet a annoncé lundi trois morts et une dizaine de blessés."
    assert _statements(nlp, f"{first}-premier bilan-{fact}") == [first, fact]


def test_a_sentence_cut_after_what_announces_a_quotation_is_joined_to_it(nlp):
    for tag, said in (("Et d'ajouter : \"", "Nous allons demander des renforts pour surveiller les plages tout l'été.\""),
                      ("La maire a précisé dans un communiqué :", "Les plages resteront fermées jusqu'à nouvel ordre.")):
        body = f"{tag} {said}" if tag.endswith(":") else tag + said
        art = _article("a", body)
        cut = len(tag)
        art = replace(art, sentences=((0, cut), (body.index(said), len(body))))
        assert [s.text for s in Reader([art], nlp).statements()] == [body], tag


def test_an_interviews_labelled_question_is_no_statement(nlp):
    asked = "QUESTION - Vous souhaitez que le candidat soit désigné avant la fin de l'année."
    answer = "REPONSE - Je me prépare depuis plusieurs mois à cette élection avec mon équipe."
    assert _statements(nlp, f"{asked} {answer}") == [answer]
    assert _statements(nlp, "Q: Vous avez quitté le parti au printemps dernier. " + answer) == [answer]


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


def test_review_a_statement_quoting_a_question_at_its_end_is_kept(nlp):
    text = "« La France est prête », a assuré le ministre, interrogé sur la question « faut-il reconfiner ? »."
    assert _statements(nlp, text) == [text]

