"""Statements (crosscheck/statements.py, lang/fr_statements.py): page material kept out of the statements:
intertitles glued without a stop or a space or between dashes (a thousands dot in one is no stop), credits
(also glued to a figure), video captions, bullets, embedding markers and player scripts, an interview's
labelled questions; and names, hashtags and quotations that are none of these. Sentences written for
recoupe."""

from __future__ import annotations

from test_statements import _statements

from recoupe.crosscheck.statements import crosshead
from recoupe.lang.fr_statements import GLUED_INTERTITLE


def test_an_intertitle_glued_without_a_space_is_left_out(nlp):
    first = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux."
    for head, fact in (("Des nageurs en colère", "Les habitués du bassin ont lancé une pétition dimanche matin."),
                       ("Un chantier très attendu", "Concernant le calendrier, la mairie prévoit six mois de travaux."),
                       ("Des travaux, enfin : un soulagement", "Selon le maire, le bassin rouvrira au début de l'été prochain."),
                       ("Le chantier ne fera pas l'unanimité", "Une partie de l'opposition a voté contre le projet mardi soir.")):
        assert _statements(nlp, f"{first}{head}{fact}") == [first, fact], head
        assert _statements(nlp, f"{first} {head}{fact}") == [first, fact], head


def test_a_capitalised_word_or_a_sigle_glued_to_a_sentence_opener_ends_an_intertitle(nlp):
    first = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux."
    for head, fact in (("- Travaux à Montval", "Le chantier doit durer six mois selon la mairie de la commune."),
                       ("Le calendrier de la SNCF", "Dans un communiqué, la compagnie annonce des trains de substitution.")):
        assert _statements(nlp, f"{first} {head}{fact}") == [first, fact], head


def test_names_written_with_a_capital_inside_are_no_glue(nlp):
    for whole in ("Le fonds américain BlackRock a racheté mardi une partie du capital de la société lyonnaise.",
                  "La compagnie easyJet a annoncé mardi l'ouverture de trois lignes au départ de Montval.",
                  "Le maire a publié sur son compte @VilleDeMontval une photo du chantier de la piscine.",
                  "Le nouvel iPhone sera vendu à partir de vendredi dans les boutiques de la ville."):
        assert _statements(nlp, whole) == [whole], whole


def test_a_long_run_glued_to_the_next_sentence_is_a_sentence_that_lost_its_stop(nlp):
    lost = ("Le conseil municipal a voté mardi soir à une large majorité la fermeture de la piscine municipale "
            "pour une durée de six mois de travaux")
    fact = "Les habitués du bassin ont lancé une pétition dimanche matin."
    assert _statements(nlp, f"{lost}{fact}") == [lost, fact]


def test_an_embedding_marker_and_a_player_script_are_no_statements(nlp):
    first = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux."
    fact = "Les habitués du bassin ont lancé une pétition dimanche matin."
    assert _statements(nlp, f'{first}[EMBED url=" "]{fact}') == [first, fact]
    script = "window.player_abc123 = new Player('x', {id: \"a1b2\", type: \"public\"}, {\"mute\": true, \"autoplay\": false"
    assert _statements(nlp, f"{first} {fact} {script}") == [first, fact]


def test_a_list_item_s_bullet_is_left_out(nlp):
    first = "Le conseil municipal a voté mardi soir trois mesures pour la piscine municipale."
    item = "La fermeture du bassin extérieur pendant six mois de travaux."
    assert _statements(nlp, f"{first} • {item}") == [first, item]


def test_a_video_credit_after_a_bracket_or_in_small_letters_goes_with_its_title(nlp):
    first = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux."
    fact = "Les habitués du bassin ont lancé une pétition dimanche matin."
    for caption in ("La piscine de Montval ferme ses portes (vidéo)par Télé Exemple",
                    "Faut-il fermer les piscines en été ?par radioexemple",
                    "Montval : la piscine fermée jusqu'en 2027par radioexemple (en français)",
                    "Un bassin trop vétuste pour le maire [Extrait]par Radio Exemple - Montval",
                    "La piscine fermée par la SNCFpar radioexemple (en français)",
                    "Le maire défend son budget (vidéo)par Montval.info"):
        assert _statements(nlp, f"{first} {caption}{fact}") == [first, fact], caption
    kept = "Le maire a été élu en 2020 par 54% des voix au second tour face au candidat sortant."
    assert _statements(nlp, kept) == [kept]


def test_an_intertitle_glued_before_a_source_or_a_linking_word_is_left_out(nlp):
    first = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux."
    for head, fact in (("Un budget serré", "Interrogé par notre rédaction, le maire assure que les impôts ne monteront pas."),
                       ('Un maire "serein"', "Sauf que l'opposition réclame un audit des comptes avant le vote du budget."),
                       ("Une rentrée compliquée", "Côté écoles, trois classes de natation seront transférées à Montval.")):
        assert _statements(nlp, f"{first} {head} {fact}") == [first, fact], head
    title = "Le réalisateur du film Comme un lion a présenté mardi son nouveau projet aux élus de la ville."
    assert _statements(nlp, title) == [title]


def test_review_names_hashtags_and_quotations_are_no_glued_intertitle(nlp):
    """Review of session 15: a name ending in a sentence's opening word, a hashtag written without
    its sign and words inside quotation marks are never cut off as an intertitle."""
    for whole in ("La plateforme de location OuiCar a annoncé mardi une levée de fonds de dix millions d'euros.",
                  "La marque MonCar a été rachetée mardi par un groupe allemand de location de voitures.",
                  "Le mouvement balanceTonPorc a été lancé en 2017 par une journaliste française."):
        assert _statements(nlp, whole) == [whole], whole
    said = "« La situation est grave. Nous avons alerté la préfectureLes habitants doivent rester chez eux. »"
    assert any("alerté la préfecture" in s for s in _statements(nlp, f"Le maire a réagi mardi soir. {said}"))


def test_review_a_long_run_with_no_space_is_never_cut():
    from recoupe.crosscheck.statements import pieces
    blob = "aB" * 5000
    assert pieces(blob, [(0, len(blob))]) == [(0, len(blob))]


def test_review_elided_and_adverbial_openers_and_straight_quotes(nlp):
    """Review of session 15 (second): « L'équipe », « En revanche, » open a glued sentence after a
    capitalised word; words inside straight quotation marks are never an intertitle."""
    first = "Un accord a été trouvé mardi soir entre les deux clubs de la ville."
    for fact in ("L'équipe a gagné le match de justesse devant son public.",
                 "En revanche, les supporters ont défilé jusqu'à la mairie."):
        assert _statements(nlp, f"{first} Côté Paris{fact}") == [first, fact], fact
    said = 'Il a dit mardi "la France est forte mais reste fragileLe pays doit se réformer vite" devant la presse.'
    assert any("reste fragile" in s for s in _statements(nlp, said))


def test_an_intertitle_glued_with_both_dashes_is_left_out():
    import re

    text = "Les urgences de la ville sont débordées.-premier bilan-Le préfet a annoncé lundi trois morts."
    assert [m.group() for m in re.finditer(GLUED_INTERTITLE, text)] == ["-premier bilan-"]
    assert not re.search(GLUED_INTERTITLE, "Le ministre a reçu Jean-Pierre Martin et Marie-Claire Dubois lundi.")


def test_an_intertitle_glued_with_both_dashes_is_no_statement(nlp):
    first = "Les urgences de la ville sont débordées depuis mardi soir."
    fact = "Le préfet a annoncé lundi trois morts et une dizaine de blessés."
    assert _statements(nlp, f"{first}-premier bilan-{fact}") == [first, fact]


def test_an_interviews_labelled_question_is_no_statement(nlp):
    asked = "QUESTION - Vous souhaitez que le candidat soit désigné avant la fin de l'année."
    answer = "REPONSE - Je me prépare depuis plusieurs mois à cette élection avec mon équipe."
    assert _statements(nlp, f"{asked} {answer}") == [answer]
    assert _statements(nlp, "Q: Vous avez quitté le parti au printemps dernier. " + answer) == [answer]


def test_review_a_statement_quoting_a_question_at_its_end_is_kept(nlp):
    text = "« La France est prête », a assuré le ministre, interrogé sur la question « faut-il reconfiner ? »."
    assert _statements(nlp, text) == [text]


FACT = "Le conseil régional a voté jeudi un plan de 40 millions d'euros pour les lignes de car."


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


FACT_COLLEGE = "Le conseil départemental a voté lundi la rénovation du collège pour douze millions d'euros."


def test_a_video_credit_glued_to_an_intertitle_opening_on_a_figure_is_left_out(nlp):
    sentence = "Selon la préfecture, les travaux de la rocade commenceront en septembre."
    body = f"{FACT_COLLEGE} Rocade : les travaux vont-ils enfin commencer ?par TVEXEMPLE2.000 riverains concernés {sentence}"
    assert _statements(nlp, body) == [FACT_COLLEGE, sentence]
    # an outlet whose name ends on a figure keeps its figure, and the credit is left out all the same
    body = f"{FACT_COLLEGE} Rocade : les travaux vont-ils enfin commencer ?par TF1 {sentence}"
    assert _statements(nlp, body) == [FACT_COLLEGE, sentence]


def test_a_thousands_dot_is_no_stop_in_an_intertitle():
    text = "Plus de 12.000 emplois menacés Selon le syndicat, trois usines pourraient fermer d'ici l'été."
    assert crosshead(text, 0, len(text)) == text.index("Selon")
    # a stop between the words is still one: no intertitle before « Selon »
    text = "Le site emploie 450 personnes. Rien Selon le syndicat, trois usines pourraient fermer d'ici l'été."
    assert crosshead(text, 0, len(text)) == 0
