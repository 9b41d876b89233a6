"""Resolution rules of session 19 (spk24): whom a pronoun or a description stands for. Sentences of
our own."""

from conftest import one


def test_a_masculine_pronoun_does_not_stand_for_his_wife(quotes_of):
    # "son épouse": the possessive tells no gender, the noun does; "il" is the lawyer named since
    qs, _ = quotes_of(
        "Selon son épouse, Paul Girard dort dans une cellule sans fenêtre. Ces conditions ont été démenties par "
        "l'avocat du détenu, Hervé Lacombe. « Mon client ne s'est jamais plaint de sa cellule », a-t-il déclaré."
    )
    assert one(qs, "Mon client ne s'est jamais").speaker_name == "Hervé Lacombe"


def test_a_feminine_pronoun_still_stands_for_his_wife(quotes_of):
    qs, _ = quotes_of(
        "Paul Girard est détenu depuis deux mois à Lyon. « Il dort dans une cellule sans fenêtre », a raconté son "
        "épouse au quotidien régional. « Je n'ai pas pu le voir depuis Noël », a-t-elle ajouté."
    )
    assert one(qs, "Je n'ai pas pu le voir").speaker_name == one(qs, "Il dort dans une cellule").speaker_name
