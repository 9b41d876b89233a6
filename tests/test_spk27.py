"""Session 20 (spk27): the choice between a name and a description for the speaker. Sentences of our own."""

import pytest
from conftest import one

from recoupe.enrich.quotes import rule_quotes


def test_an_unnamed_demonstrator_in_an_incise_is_the_speaker_not_the_one_named_before(quotes_of):
    # the tagger may read « manifestant » after « un » as an adjective: the person noun still heads
    # the description, and the one named before (the victim) does not speak
    qs, _ = quotes_of(
        "Paul Garnier s'est effondré au sol. Il aurait été blessé au visage. « Ils lui ont crevé un œil », lance un "
        "manifestant qui tente de lui porter secours."
    )
    assert one(qs, "crevé un œil").speaker_name == "un manifestant"


def test_a_demonstrative_description_names_again_the_one_just_quoted(enrich_body):
    # « cet élu » points back to someone the reader knows: the mayor quoted just before, though the
    # article never calls him « élu divers droite » (the rules' own pick, before the ranker)
    e, doc, fields = enrich_body(
        "Une grande banderole a été accrochée sur la façade de la mairie, explique Marc Delorme, le maire de ce "
        "village de 900 habitants. « Les gens sont en colère contre les taxes », poursuit le maire. « Je partage leur "
        "colère et je le dis », a ajouté cet élu divers droite, précisant qu'il ira manifester samedi."
    )
    _, found, _ = rule_quotes(doc, fields, e.entities)
    assert one(found, "Je partage leur").speaker_name == "Marc Delorme"


def test_a_demonstrative_description_of_someone_close_to_another_is_not_the_one_quoted(quotes_of):
    # « ce proche du président » says whose: not the president quoted just before
    qs, _ = quotes_of(
        "« Nous ferons la réforme », a déclaré le président Paul Garnier lundi. La réforme devrait, selon ce proche "
        "du président, « passer avant l'été »."
    )
    assert one(qs, "passer avant").speaker_name != "Paul Garnier"


def test_a_description_carrying_on_the_words_just_quoted_is_the_one_quoted(quotes_of):
    # « poursuit » carries on the words of the one just quoted: the employer is the president named
    qs, _ = quotes_of(
        "Le conseil municipal s'est réuni lundi soir. « Nous avons voté le budget sans difficulté », explique Paul "
        "Garnier, le président de la chambre de commerce. « Le chantier commencera au printemps », a poursuivi "
        "l'employeur."
    )
    assert one(qs, "Le chantier commencera").speaker_name == "Paul Garnier"


def test_a_description_carrying_on_of_the_other_gender_is_someone_else(quotes_of):
    qs, _ = quotes_of(
        "Le conseil municipal s'est réuni lundi. « Nous avons voté le budget », a déclaré Marie Leroy, adjointe aux "
        "finances. « Le chantier commencera au printemps », a ensuite poursuivi le président de la région."
    )
    assert one(qs, "Le chantier commencera").speaker_name != "Marie Leroy"


def test_a_description_adding_to_the_words_just_quoted_is_the_one_quoted(quotes_of):
    qs, _ = quotes_of(
        "Le conseil municipal s'est réuni lundi soir. « Nous avons voté le budget sans difficulté », explique Paul "
        "Garnier, le président de la chambre de commerce. « Le chantier commencera au printemps », a ajouté "
        "l'employeur."
    )
    assert one(qs, "Le chantier commencera").speaker_name == "Paul Garnier"


def _rules(enrich_body, body):
    e, doc, fields = enrich_body(body)
    return rule_quotes(doc, fields, e.entities)[1]


def test_a_description_in_the_incise_of_the_next_quotation_is_the_one_just_quoted(enrich_body):
    # the quotations follow each other, nothing narrated between: « le président du Conseil » is the
    # head of government just quoted, though the article gave him another title
    found = _rules(enrich_body,
                   "Paolo Conti, le chef du gouvernement italien, s'est exprimé lundi à Rome. « Nous avons décrété l'état "
                   "d'urgence », a-t-il ajouté. « C'est une première mesure face à cette tragédie », a commenté le "
                   "président du Conseil.")
    assert one(found, "première mesure").speaker_name == "Paolo Conti"


def test_a_reply_in_the_next_quotation_is_someone_else(enrich_body):
    found = _rules(enrich_body,
                   "Paolo Conti, le chef du gouvernement italien, s'est exprimé lundi à Rome. « Nous avons décrété l'état "
                   "d'urgence », a-t-il ajouté. « C'est une mesure trop tardive », a rétorqué le président du Sénat.")
    assert one(found, "trop tardive").speaker_name != "Paolo Conti"


def test_a_description_named_in_apposition_is_not_the_one_just_quoted(enrich_body):
    found = _rules(enrich_body,
                   "Les députés ont débattu lundi. « C'est frustrant », a déploré le communiste Paul Garnier. « Sortons du "
                   "règlement de temps en temps », a suggéré le président du groupe centriste, pilier de la majorité, "
                   "Marc Delorme.")
    assert one(found, "Sortons du").speaker_name != "Paul Garnier"


def test_someone_of_another_in_the_next_incise_is_not_the_one_just_quoted(enrich_body):
    found = _rules(enrich_body,
                   "Le maire Paul Garnier a été insulté samedi. « Ils nous ont menacés », a-t-il raconté. « J'ai reçu des "
                   "menaces de mort », a expliqué l'ami du maire.")
    assert one(found, "menaces de mort").speaker_name != "Paul Garnier"


_NEW_PERSON_XFAIL = pytest.mark.xfail(strict=True, reason=(
    "a description of another office in the next incise is read as naming the one just quoted again: on real "
    "articles people are often re-described by another office they hold (« le maire de Lyon, X … a ajouté l'ancien "
    "ministre de l'Intérieur »; « le président de séance X … a expliqué le député de la Vienne »), and a check "
    "of the office against those the article gives them turned three such right readings wrong in the 900-article "
    "audit (session 20)"))


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    pytest.param("« Nous avons reçu des menaces », a expliqué Michel Faure, directeur de l'école. « Une enquête est "
                 "ouverte », a précisé le procureur de la République.", "enquête est ouverte", "procureur de la République",
                 marks=_NEW_PERSON_XFAIL),
    pytest.param("« Je ne me représenterai pas », a confié Luc Bernard à la radio locale. « C'est une grande perte pour "
                 "la ville », a commenté le député de la circonscription.", "grande perte", "député de la circonscription",
                 marks=_NEW_PERSON_XFAIL),
    pytest.param("« Ce sont des années de travail perdues », déplore Alain Petit, agriculteur. « Il faudra des mois pour "
                 "tout reconstruire », estime le président de la chambre d'agriculture.", "des mois pour",
                 "président de la chambre d'agriculture", marks=_NEW_PERSON_XFAIL),
])
def test_an_office_the_one_quoted_does_not_hold_brings_in_someone_new(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker
