"""Session 24, spk41: whom a subject pronoun in an incise stands for (a demonstrative subject carrying the
chain, a subordinate clause opening the sentence). Sentences written for recoupe."""

import pytest
from conftest import one


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # "ce dernier" as the subject of the sentence before: the pronoun goes on about the one it names,
    # not about a person the sentence names after it
    ("Les secours ont longtemps cherché le randonneur Marc Dubois. Ce dernier avait appelé à l'aide juste après "
     "son départ de la maison de Paul Girard. « Je suis tombé, je ne peux plus marcher », disait-il alors.",
     "Je suis tombé", "Marc Dubois"),
    ("La députée Claire Martin a reçu la sénatrice Julie Morel. Cette dernière a rappelé son désaccord avec la "
     "ministre Sophie Laurent. « Nous ne voterons pas ce texte », a-t-elle déclaré.",
     "ne voterons pas", "Julie Morel"),
])
def test_a_demonstrative_subject_carries_the_pronoun_chain(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_a_demonstrative_in_the_quotations_own_sentence_does_not_take_the_pronoun(quotes_of):
    # "Ce dernier a été la cible du milliardaire : « … », a-t-il lancé": the one who targets him speaks
    qs, _ = quotes_of("Le milliardaire Paul Girard affronte le sénateur Marc Dubois. Ce dernier a encore été la cible "
                      "de Paul Girard : « Nous allons gagner cette élection », a-t-il lancé.")
    assert one(qs, "allons gagner").speaker_name == "Paul Girard"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a sentence opening on a subordinate clause: the main clause's subject is the one a pronoun stands for
    ("Si le maire de Lyon, Paul Girard, avait soutenu le projet, Marc Dubois s'est bien gardé de prendre position. "
     "« Les électeurs jugeront sur pièces », conclut-il.", "électeurs jugeront", "Marc Dubois"),
    ("Tandis que la présidente Claire Martin a annoncé de nouvelles mesures, Julie Morel a laissé entendre que rien "
     "ne changerait. « Nous travaillons ensemble sur ce dossier », a-t-elle déclaré.",
     "travaillons ensemble", "Julie Morel"),
])
def test_a_leading_subordinate_clause_does_not_give_the_pronoun(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_a_name_after_the_title_of_a_person_noun_complement_is_no_antecedent(quotes_of):
    # "X, ancien conseiller du sénateur Y": Y is named to tell who X is; the next pronoun stays X's
    qs, _ = quotes_of("Le parti va choisir son candidat cette semaine. « Le parti va investir un homme qui ne lit rien », "
                      "a écrit Marc Dubet, ancien conseiller du sénateur Paul Girard, dans un message très repris. "
                      "« Je voterai pour sa rivale », a-t-il ajouté.")
    assert one(qs, "voterai pour").speaker_name == "Marc Dubet"
