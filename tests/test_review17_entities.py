"""The review of session 17's entity rule (a name presented as a person by a role in apposition,
tests/test_spk18.py): a place or a company before a clause's subject, a role's complement that
the name is apposed to, a list, a participle glued to a name and names that open a district's or
a company's name are not people."""

import pytest

from tests.test_spk18 import entities_of


@pytest.mark.parametrize(("body", "name", "kind"), [
    # a fronted complement, then the clause's subject: no apposition
    ("Interrogé sur France Inter, le ministre, visiblement agacé, a démenti toute rupture.", "France Inter", "organisation"),
    ("Interrogée sur Radio France, la présidente de la région, prudente, n'a rien voulu dire.", "Radio France", "organisation"),
    ("Chez Air France, le directeur, inquiet, a alerté les salariés. Air France a perdu des clients.", "Air France", "organisation"),
    # the name is apposed to the role's complement, not to the role
    ("Le porte-parole de la compagnie, Air Austral, a confirmé l'annulation des vols. Air Austral reprendra ses vols lundi.",
     "Air Austral", "organisation"),
    # a list after the role
    ("Le ministre des Transports, Air France et Keolis ont signé un accord mardi.", "Air France", "organisation"),
])
def test_a_place_or_a_company_before_a_role_stays_what_it_is(nlp, body, name, kind):
    found = entities_of(nlp, body)
    assert name in found and found[name].type == kind, {k: v.type for k, v in found.items()}


def test_a_participle_glued_to_a_name_is_not_part_of_it(nlp):
    found = entities_of(nlp, "Rencontrant Marine Le Pen, le président, souriant, a plaisanté avec les journalistes.")
    assert "Marine Le Pen" in found and found["Marine Le Pen"].type == "person", {k: v.type for k, v in found.items()}
    assert not any(k.startswith("Rencontrant") for k in found)


def test_the_presented_person_still_holds(nlp):
    found = entities_of(nlp, "« La vague arrive », a averti le directeur général de l'OMS, Tedros Adhanom Ghebreyesus, "
                             "en conférence de presse à Genève.")
    assert found["Tedros Adhanom Ghebreyesus"].type == "person"


@pytest.mark.parametrize("body", [
    "Le quartier de Cheikh Zayed, à l'ouest du Caire, a été bouclé par la police.",
    "Wang Holdings a annoncé mardi la fermeture de deux usines en Europe.",
])
def test_titles_and_family_names_open_places_and_companies(nlp, body):
    found = entities_of(nlp, body)
    assert all(v.type != "person" for v in found.values()), {k: v.type for k, v in found.items()}
