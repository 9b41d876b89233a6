"""Speakers of a different person or body (session 21, helper spk29). Sentences of our own.

A present participle takes the subject of its main clause; a prepositional phrase opening that
clause, up to its comma, is no subject and names no one who speaks ("Dans la foulée du vote de
l'amendement X, Y a redit …, assurant « … »": Y); the noun phrase after that comma stands for
the one it describes, not for the body named in its complement.
"""

from conftest import one


def test_a_name_in_a_fronted_phrase_is_not_the_participle_subject(quotes_of):
    qs, _ = quotes_of(
        "Dans la foulée du vote de l'amendement Dupuis, Marc Lefranc a redit sa volonté de quitter le "
        "gouvernement, assurant ne pas vouloir « rester une minute de plus » dans ces conditions."
    )
    assert one(qs, "rester une minute").speaker_name == "Marc Lefranc"


def test_a_name_in_a_fronted_phrase_is_not_the_subject_of_a_description(quotes_of):
    qs, _ = quotes_of(
        "Après le départ de Paul Girard, la présidente du syndicat a envoyé une lettre aux adhérents, "
        "expliquant que son ancien adjoint était parti « sans même prévenir personne au bureau »."
    )
    assert one(qs, "sans même prévenir").speaker_name != "Paul Girard"


def test_an_attribution_opening_the_sentence_still_names_the_speaker(quotes_of):
    qs, _ = quotes_of(
        "Selon Jeanne Morel, le projet avance bien, ajoutant qu'il sera « livré avant l'été prochain »."
    )
    assert one(qs, "livré avant").speaker_name == "Jeanne Morel"
