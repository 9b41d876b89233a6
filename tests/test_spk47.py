"""A group's noun in an incise (« l'entourage du GODF », « la famille ») is that group, never the person
quoted by name just before carrying on (enrich/quotes/incises.py, ``_carrying_on``). Sentences written
for recoupe, none from a corpus."""

from conftest import one


def test_the_entourage_of_a_body_in_an_incise_is_not_the_one_just_quoted(quotes_of):
    qs, _ = quotes_of(
        "Le sénateur Paul Garnier risque d'être exclu du Cercle Voltaire. « Je ne regrette rien de ce que "
        "j'ai dit aux juges », a déclaré Paul Garnier mardi. « Le vote a donné douze voix pour et deux voix "
        "contre », a précisé l'entourage du Cercle Voltaire à la presse."
    )
    assert one(qs, "douze voix pour").speaker_name != "Paul Garnier"
    assert one(qs, "Je ne regrette rien").speaker_name == "Paul Garnier"


def test_a_person_noun_in_an_incise_still_names_again_the_one_just_quoted(quotes_of):
    # not every description is a group: « poursuit l'élu » carries the deputy's words on
    qs, _ = quotes_of(
        "Le député Paul Garnier a présenté mardi son projet de loi. « Ce texte protège les locataires », a "
        "déclaré Paul Garnier. « Il ne coûtera rien à l'État », poursuit l'élu."
    )
    assert one(qs, "ne coûtera rien").speaker_name == "Paul Garnier"
