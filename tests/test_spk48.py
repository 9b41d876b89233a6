"""Session 24, spk48: the gender a role given as a speaker with an elided article tells by the
noun's form ("l'élu" a man, "l'élue" a woman) or by the adjective agreeing with the person
("l'ancienne député"), which a role named after, resolved to a later name, must agree with.
Sentences written for recoupe."""

import pytest
from conftest import one

from recoupe.enrich.quotes import rule_quotes
from recoupe.enrich.quotes.speakers import _role_words


@pytest.mark.parametrize(("role", "gender"), [
    ("l'élu de 37 ans", "m"),
    ("l'élue de Paris", "f"),
    ("l'adjoint au maire", "m"),
    ("l'avocat de la famille", "m"),
    ("l'ancienne député du Vaucluse", "f"),
    ("l'ancien ministre", "m"),
    ("l'ambassadeur de France", None),  # "-eur": written of women too
    ("le ministre", "m"),
    ("la ministre", "f"),
])
def test_the_gender_of_a_role_with_an_elided_article(role, gender):
    found = _role_words(role)
    assert found is not None and found[1] == gender


def rules_speaker(enrich_body, body, quoted):
    """The speaker the rules give the quotation holding ``quoted`` (before the learned ranker)."""
    e, doc, fields = enrich_body(body)
    _, found, _ = rule_quotes(doc, fields, e.entities)
    return one(found, quoted).speaker_name


def test_l_elu_is_not_the_woman_named_after(enrich_body):
    body = ("Pierre Lamy quitte son poste d'adjoint au maire. Interrogé sur ses ambitions, l'élu de 37 ans assure qu'il "
            "va « désormais réfléchir à un autre avenir professionnel ». « Je respecte son choix », a réagi "
            "Claire Dumas sur Twitter.")
    assert rules_speaker(enrich_body, body, "autre avenir") != "Claire Dumas"


def test_le_chef_de_l_etat_is_not_the_next_person_quoted_by_name(enrich_body):
    # a role naming one office of a country stands for someone the article named before, not for whoever
    # is quoted by name after it
    body = ("Emmanuel Macron a échangé quelques mots avec des vacanciers. Le chef de l'État a expliqué profiter de "
            "ses vacances pour « bouquiner et se promener ». Il a rencontré un jeune garçon, Lucas Martin, âgé de "
            "6 ans. « Tu voulais venir voir l'Élysée ? », lui a demandé Lucas Martin.")
    assert rules_speaker(enrich_body, body, "bouquiner") != "Lucas Martin"
