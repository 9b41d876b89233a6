"""Statements (crosscheck/statements.py): the writer's own words that state no fact: editorial hooks opening a
body or a standfirst, remarks weighing what was told or on time passing, lead-ins and wrap-ups, « de quoi … »;
and hook phrases that bring in the news, which stay. Sentences written for recoupe."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_statements import _article, _statements

from recoupe.crosscheck.statements import Reader, asserts


def test_what_the_event_may_bring_in_the_writers_words_is_no_statement(nlp):
    """« De quoi … », « Pas de quoi … », « Rien d'étonnant … »: the writer's comment on what was
    just told, not a fact of the story; a question opening so is left out as a question, and a
    sentence that gives a figure says more than a comment."""
    from test_statements import _statements

    fact = "Le supermarché a mis en vente samedi matin des téléviseurs à moitié prix dans la galerie."
    for remark in ("De quoi faire venir une foule de chasseurs de bonnes affaires.",
                   "Pas de quoi rassurer les riverains, inquiets depuis des semaines.",
                   "Rien d'étonnant à cela, selon les habitués du magasin."):
        assert _statements(nlp, f"{fact} {remark}") == [fact], remark
    figure = "De quoi attirer plus de 300 clients avant même l'ouverture des portes."
    assert _statements(nlp, f"{fact} {figure}") == [fact, figure]


def test_nothing_surprising_that_a_clause_tells_is_a_statement(nlp) -> None:
    from test_statements import _statements

    fact = "Le tribunal administratif a annulé jeudi l'arrêté municipal interdisant les terrasses."
    for said in ("Rien d'étonnant à ce que le tribunal ait suivi le rapporteur public.",
                 "Rien d'étonnant à ce qu'il ait été annulé si vite."):
        assert _statements(nlp, f"{fact} {said}") == [fact, said], said
    assert _statements(nlp, f"{fact} Rien d'étonnant à cela.") == [fact]


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


FACT_FUNERAL = "Les obsèques auront lieu vendredi à 14 heures en l'église Saint-Martin."

NEWS = (
    "La France est en deuil après la mort de l'acteur Jean Valmont.",
    "Le pays est en deuil national pour trois jours.",
    "Tout Hollywood est en deuil depuis la mort de l'acteur Chadwick Boseman.",
    "C'est une figure du rock qui est morte mardi à Paris.",
    "C'est une icône de la mode qui a été retrouvée morte dans son appartement parisien.",
    "C'est un drame qui s'est joué dimanche sur l'autoroute A7.",
    "C'est une surprise de taille que le président a réservée mardi aux députés en annonçant sa démission.",
    "Stupeur à Lyon où un enseignant a été poignardé ce matin devant son lycée.",
    "Tollé après la nomination de l'ancien préfet à la tête de l'agence.",
    "Grosse frayeur pour Rafael Nadal qui s'est blessé au genou à Roland-Garros.",
    "Le torchon brûle entre Emmanuel Macron et Donald Trump qui menace de taxer le vin.",
    "Une page se tourne avec le départ à la retraite du chef Paul Bocuse.",
    "C'est un coup dur pour Airbus qui perd le contrat australien.",
    "Le dernier rebondissement de l'affaire remonte à mardi quand le juge a ordonné une expertise.",
)

HOOKS = (
    "Le monde du handball est en deuil.",
    "Toute une ville est en deuil.",
    "Nouveau rebondissement dans l'affaire des marchés publics de la métropole.",
    "Stupeur dans le petit village de Saint-Aubin.",
    "Une page se tourne à la mairie de Rodez.",
    "Coup de tonnerre dans le monde du cyclisme.",
    "Douche froide pour les salariés du site.",
)


@pytest.mark.parametrize("opening", NEWS)
def test_a_hook_phrase_bringing_in_the_news_stays(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT_FUNERAL}") == [opening, FACT_FUNERAL]


@pytest.mark.parametrize("opening", HOOKS)
def test_a_bare_hook_phrase_is_no_statement(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT_FUNERAL}") == [FACT_FUNERAL]


def test_a_hook_after_another_dropped_opening_is_not_the_opening(nlp):
    """Only the first sentence of a field is read as a hook, whether or not it gave a statement."""
    body = f"Ah. Le monde du handball est en deuil. {FACT_FUNERAL}"
    assert "Le monde du handball est en deuil." in _statements(nlp, body)


def test_a_hook_clause_cut_before_et_is_no_hook(nlp):
    texts = _statements(nlp, f"Le club de Lannion est en deuil et son président a démissionné dimanche soir. {FACT_FUNERAL}")
    assert any("en deuil" in t for t in texts)


def test_a_standfirst_of_one_hook_and_its_news(nlp):
    lead = "C'est une légende du jazz qui s'est éteinte mardi à Paris. Il avait 88 ans."
    art = replace(_article("a", FACT_FUNERAL), lead=lead)
    texts = [s.text for s in Reader([art], nlp).statements() if s.field == "lead"]
    assert texts[0] == "C'est une légende du jazz qui s'est éteinte mardi à Paris."


FACT_MEETING = "Le conseil municipal se réunira jeudi à 18 heures à la salle des fêtes."

REMARKS = (
    "C'est un véritable soulagement pour les habitants du quartier.",
    "C'est un coup dur pour la filière laitière.",
    "C'est une immense déception pour les supporters.",
    "Les chiffres viennent pourtant prouver le contraire.",
    "Les faits ont montré l'inverse.",
    "La réalité est tout autre.",
)

STATEMENTS = (
    "C'est un coup dur pour la coopérative, qui perd son principal acheteur.",
    "C'est une déception pour les riverains qui réclamaient un mur antibruit depuis dix ans.",
    "C'est un soulagement, a réagi la maire en apprenant la réouverture de l'usine.",
    "Le rapport prouve le contraire de ce qu'affirmait le directeur, avec 45 plaintes déposées en 2019.",
    "Les enquêteurs ont montré que le feu avait pris dans la cuisine.",
)


@pytest.mark.parametrize("remark", REMARKS)
def test_a_remark_weighing_what_was_told_is_no_statement(nlp, remark):
    assert _statements(nlp, f"{FACT_MEETING} {remark}") == [FACT_MEETING]


@pytest.mark.parametrize("sentence", STATEMENTS)
def test_a_reaction_that_tells_something_stays(nlp, sentence):
    assert sentence in _statements(nlp, f"{FACT_MEETING} {sentence}")


OPENING_HOOKS = (
    "Le dossier de la déviation prend une nouvelle tournure.",
    "L'attente aura été longue.",
    "L'attente aura semblé interminable aux parents d'élèves.",
    "Le feuilleton du stade connaît son épilogue.",
    # a first sentence cut before « mais » whose clauses are both hooks
    "L'attente aura semblé bien longue aux commerçants mais le feuilleton arrive à son épilogue.",
)

OPENING_NEWS = (
    "Le dossier prend une nouvelle tournure avec la mise en examen du directeur de l'office.",
    "L'attente aura été longue pour les 300 salariés, licenciés lundi.",
    # one clause a hook, the other the news: both stay
    "L'attente aura semblé interminable aux familles mais le tribunal a rendu son jugement mardi.",
)


@pytest.mark.parametrize("opening", OPENING_HOOKS)
def test_an_opening_hook_is_no_statement(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT_MEETING}") == [FACT_MEETING]


@pytest.mark.parametrize("opening", OPENING_NEWS)
def test_an_opening_that_tells_the_news_stays(nlp, opening):
    texts = _statements(nlp, f"{opening} {FACT_MEETING}")
    assert FACT_MEETING in texts and len(texts) >= 2


def test_a_hook_phrase_after_the_opening_stays(nlp):
    """Only the first sentence of a field is read as a hook."""
    later = "L'affaire prend une nouvelle tournure."
    assert later in _statements(nlp, f"{FACT_MEETING} {later}")


PASSING_HOOKS = (
    "C'est un monument de la chanson qui s'en est allé en cette fin d'année.",
    "C'est une légende du cyclisme qui nous quitte.",
    "C'est une figure du village qui tire sa révérence.",
)

PASSING_NEWS = (
    "C'est une légende du cyclisme qui s'en est allée dimanche à Pau.",  # the day: when it happened
    "C'est une figure du village qui est morte hier à l'hôpital.",  # no euphemism: the event told
)


@pytest.mark.parametrize("opening", PASSING_HOOKS)
def test_an_opening_hook_whose_relative_only_says_someone_went_is_no_statement(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT_MEETING}") == [FACT_MEETING]


@pytest.mark.parametrize("opening", PASSING_NEWS)
def test_an_opening_hook_whose_relative_tells_when_stays(nlp, opening):
    assert _statements(nlp, f"{opening} {FACT_MEETING}") == [opening, FACT_MEETING]


FACT_BUS_PLAN = "Le conseil régional a voté jeudi un plan de 40 millions d'euros pour les lignes de car."


def test_a_lead_in_or_a_wrap_up_of_the_writer_is_no_statement(nlp):
    from test_statements import _statements

    for remark in ("En voici les principales mesures.", "Voici le détail des nouvelles lignes.",
                   "Voilà pour le volet budgétaire.", "Tour d'horizon des mesures adoptées.",
                   "Les images sont impressionnantes."):
        assert _statements(nlp, f"{FACT_BUS_PLAN} {remark}") == [FACT_BUS_PLAN], remark
    # a figure or a name keeps it: « voici » then says when, or names what it presents
    for kept in ("Voici deux semaines, la région avait suspendu trois lignes.",
                 "Voilà plus de 48 heures que les chauffeurs sont en grève."):
        assert _statements(nlp, f"{FACT_BUS_PLAN} {kept}") == [FACT_BUS_PLAN, kept], kept


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


FACT_COLLEGE = "Le conseil départemental a voté lundi la rénovation du collège pour douze millions d'euros."


def test_time_passing_with_nobody_named_is_a_remark(nlp):
    for remark in ("Les mois passent, les griefs des riverains demeurent.", "Les semaines se suivent et se ressemblent."):
        assert _statements(nlp, f"{FACT_COLLEGE} {remark}") == [FACT_COLLEGE], remark
    kept = "Les années passent et le club compte toujours 300 adhérents."  # a figure keeps it
    assert _statements(nlp, f"{FACT_COLLEGE} {kept}") == [FACT_COLLEGE, kept]
