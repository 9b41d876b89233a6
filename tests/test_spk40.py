"""Session 23, spk40: speakers of direct quotations (a comma between the channel and the subject of an
incise, ...). Sentences written for recoupe."""

import pytest
from conftest import one


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a comma between the channel and the inverted subject: the subject after it speaks, not the one named before
    ("Le ministre Paul Girard a visité la base lundi. « Les milices reprennent position autour de la ville et "
     "je crains une offensive », a expliqué à l'AFP, un responsable local souhaitant garder l'anonymat.",
     "milices reprennent", "un responsable local"),
    ("Le ministre Paul Girard a visité la base lundi. « Personne ne nous a prévenus de la fermeture », a confié "
     "dimanche à la presse, un habitant du quartier.", "Personne ne nous", "un habitant du quartier"),
])
def test_the_subject_after_a_channel_and_a_comma_speaks(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a name after the channel is the subject; the description after the comma is its apposition
    ("Le ministre Paul Girard a visité la base lundi. « Ils ont tous été libérés ce matin », a déclaré à l'AFP "
     "Marc Dubois, un responsable de la police régionale.", "tous été libérés", "Marc Dubois"),
    # a clause of its own after the channel's comma: its subject does not speak
    ("Le ministre Paul Girard a visité la base lundi. « Nous tiendrons la ligne », a dit le ministre à l'AFP, "
     "la police a bouclé le quartier.", "tiendrons la ligne", "Paul Girard"),
])
def test_no_subject_after_a_channel_when_a_name_or_a_clause_stands_there(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a definite description told as the subject of a sentence after an unnamed source's words: the pronoun
    # of the next incise stands for the person it describes, not for the unnamed source
    ("Le footballeur Marc Dubois a publié une vidéo de la fête. « Bravo Marc, on voit bien ton inquiétude », ironise "
     "un internaute. Face à l'indignation, le joueur a fini par clarifier les choses. « Information parvenue après "
     "la soirée caritative », a-t-il publié.", "Information parvenue", "Marc Dubois"),
])
def test_a_described_subject_after_an_unnamed_source_takes_the_pronoun(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_the_unnamed_source_keeps_the_pronoun_when_no_person_is_described_since(quotes_of):
    qs, _ = quotes_of("Le footballeur Marc Dubois a publié une vidéo de la fête. « Bravo Marc, on voit bien ton "
                      "inquiétude », ironise un internaute. Le message a été partagé des milliers de fois. « Ce joueur "
                      "ne respecte rien », a-t-il ajouté.")
    assert one(qs, "ne respecte rien").speaker_name == "un internaute"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # after a named speaker, a sentence whose subject is a description of the one the article gave that office
    ("Le ministre des Sports Paul Girard a visité le stade lundi. « Nous sommes prêts pour la saison », a déclaré "
     "Marc Dubois, président du club. Interrogé sur le budget, le ministre a fini par répondre aux critiques. « Les "
     "crédits seront maintenus l'an prochain », a-t-il ajouté.", "crédits seront maintenus", "Paul Girard"),
    # a description that names the one just quoted again: the pronoun stays theirs
    ("Le député Paul Girard a quitté le gouvernement en 2014. « J'ai eu quatre mois de doutes profonds », s'est "
     "confié Marc Dubois. L'ancien ministre ne le cache pas, il prépare son retour. « Je veux reconstruire une "
     "équipe », a-t-il ajouté.", "reconstruire une équipe", "Marc Dubois"),
])
def test_a_described_subject_after_a_named_speaker(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker
