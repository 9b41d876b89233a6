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


def test_a_description_named_by_a_titled_apposition_after_it(quotes_of):
    # "le porte-parole de …, le commandant X": the title before the name in apposition does not hide it,
    # nor does a word the tokenizer cuts at its hyphen ("état-major")
    qs, _ = quotes_of(
        "Un camion a pris feu lundi près de la caserne de Valence. « Personne n'a été blessé », a expliqué le "
        "porte-parole de l'état-major régional, le commandant Julien Fabre, précisant que l'enquête débutait."
    )
    assert one(qs, "Personne n'a été blessé").speaker_name == "Julien Fabre"


def test_the_definite_description_of_one_brought_in_then_named_is_that_person(quotes_of):
    # "un élu" brings someone in, "X, élu municipal" names him quoting him, "l'élu" is X again (a role
    # only of the noun's kind, "conseiller municipal", is not enough: tests/test_mend19b.py)
    qs, _ = quotes_of(
        "Un élu de Montbrison et son compagnon ont été insultés samedi. « On nous a crié dessus pendant dix "
        "minutes », raconte Bruno Terrier, élu municipal. « Personne n'est venu nous aider », témoigne "
        "encore l'élu."
    )
    assert one(qs, "Personne n'est venu").speaker_name == "Bruno Terrier"


def test_a_friend_of_the_elected_official_is_not_him(quotes_of):
    qs, _ = quotes_of(
        "« On nous a crié dessus pendant dix minutes », raconte Bruno Terrier, conseiller municipal de Montbrison. "
        "« J'ai eu très peur pour lui », explique l'ami de l'élu sur les réseaux sociaux."
    )
    assert one(qs, "J'ai eu très peur").speaker_name != "Bruno Terrier"


def test_one_of_them_is_one_of_the_group_just_spoken_of(quotes_of):
    qs, _ = quotes_of(
        "Sur les réseaux sociaux, les internautes ont dit leur colère contre la mairie de Tulle. « Vous devez "
        "rendre des comptes aux habitants », a écrit l'un d'eux sous la photo du maire."
    )
    assert one(qs, "Vous devez rendre des comptes").speaker_name == "l'un des internautes"


def test_one_of_them_keeps_the_complement_of_the_group(quotes_of):
    qs, _ = quotes_of(
        "Des proches de la ministre ont confié au journal leur lassitude. « Elle ne peut plus tout porter seule », "
        "regrette l'une d'entre elles."
    )
    assert one(qs, "Elle ne peut plus").speaker_name == "l'une des proches de la ministre"
