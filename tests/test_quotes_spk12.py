"""Descriptions linked to named people (session 15, issue 12, precision audit on unannotated
articles): a plural body noun, a described noun of the other gender and a masculine noun behind an
elided article are not the one named last; sentences of our own."""

from conftest import one

from recoupe.enrich.quotes.names import _description
from recoupe.lang import fr_quotes as L


def test_a_plural_body_noun_is_not_the_organisation_named_last(quotes_of):
    # "les syndicats": many bodies, not the CGT, which the article named last
    qs, _ = quotes_of(
        "Les gardiens de prison manifestent depuis lundi devant les établissements du Nord. "
        "Force ouvrière et la CGT ont appelé à poursuivre le mouvement. "
        "« Nous ne pouvons plus travailler dans ces conditions », soulignent les syndicats."
    )
    assert one(qs, "dans ces conditions").speaker_name != "CGT"


def test_a_described_noun_must_agree_with_the_persons_gender(quotes_of):
    # "Sophie Marin, la chef du service, …" then "le chef de l'État": not Sophie Marin
    qs, _ = quotes_of(
        "Sophie Marin, la chef du service des urgences, a reçu le président mardi à l'hôpital. "
        "Les soignants attendaient des annonces sur les effectifs. "
        "« Nous allons recruter quatre mille infirmiers d'ici l'été », a déclaré le chef de l'État."
    )
    assert one(qs, "quatre mille infirmiers").speaker_name != "Sophie Marin"


def test_a_masculine_noun_behind_an_elided_article_is_not_the_woman_named_last(quotes_of):
    # "l'animateur": a man, never the historian Christine Leroy just quoted
    qs, _ = quotes_of(
        "Le jeu télévisé sur l'histoire de France fait débat. "
        "« On ne raconte pas le passé avec des images d'Épinal », regrette l'historienne Christine Leroy. "
        "« Il faut passionner les enfants avec des histoires », répond l'animateur dans Le Parisien."
    )
    assert one(qs, "passionner les enfants").speaker_name != "Christine Leroy"
    assert "animateur".endswith(L.MASCULINE_PERSON_ENDINGS)



def test_an_anonymous_source_is_no_description_of_a_named_person():
    # "cette source", "ce proche": the source the article keeps unnamed; the description never
    # stands for the person named last ("le porte-parole" still does)
    assert _description("cette source") is None
    assert _description("ce proche") is None
    assert _description("le porte-parole") is not None


def test_an_anonymous_source_is_not_the_person_named_last(quotes_of):
    qs, _ = quotes_of(
        "Paul Girard a présenté sa réforme des retraites lundi devant les sénateurs. "
        "« Les arbitrages ne sont pas encore rendus », précise cette source."
    )
    assert one(qs, "pas encore rendus").speaker_name != "Paul Girard"
