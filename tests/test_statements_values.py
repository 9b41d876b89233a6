"""Statements (crosscheck/statements.py, crosscheck/features.py): the values and words a statement carries: a
figure inside a name is no value, a count after a place name is, a percentage carries what it is a share of, a
count of coordinated nouns counts both, the words of quoted words. Sentences written for recoupe."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from test_statements import _article

from recoupe.crosscheck.align import same_figure, same_value
from recoupe.crosscheck.features import FieldTokens, analyse
from recoupe.crosscheck.statements import Reader, _in_name, _word, load_model, values_in
from recoupe.crosscheck.types import Value


@pytest.fixture(scope="module")
def values():
    nlp = load_model()

    def run(text: str) -> list[Value]:
        tokens: FieldTokens = analyse([SimpleNamespace(title="", lead="", body=text)], nlp)[0]["body"]
        return [v for v in values_in(text, 0, len(text), tokens, []) if v.kind == "number"]
    return run


def test_a_figure_inside_a_name_is_no_value(values):
    assert values("Le magasin Les 7 Collines a fermé ses portes mardi soir.") == []
    assert [v.value for v in values("La radio Europe 1 a interrogé 12 maires du département.")] == [12.0]
    assert [v.value for v in values("Le CAC 40 a cédé 2 % à la clôture.")] == [2.0]
    assert values("Le club, promu en Ligue 2 cette saison, a licencié son entraîneur.") == []


def test_a_capital_that_opens_the_sentence_is_no_name(values):
    got = values("Environ 300 salariés ont manifesté devant le siège.")
    assert [(v.value, v.unit) for v in got] == [(300.0, "salarie")]
    text = "Fin de partie. Quelque 40 exposants ont quitté le salon."
    assert not _in_name(text, text.index("40"))


def test_a_capitalised_number_word_inside_a_sentence_is_a_name(values):
    assert values("Le festival des Quatre Vents ouvre ses portes samedi.") == []
    assert [v.value for v in values("Quatre blessés ont été transportés à l'hôpital.")] == [4.0]


def test_a_percentage_carries_what_it_is_a_share_of(values):
    women = values("D'après l'enquête, 61 % des retraités ont changé de fournisseur d'énergie.")
    asked = values("Au total, 61 % des personnes interrogées disent avoir changé leurs habitudes.")
    bare = values("Le taux de participation a atteint 61 % dimanche.")
    assert women[0].unit == "% retraite"
    assert asked[0].unit == "%" and bare[0].unit == "%"
    # one share of pensioners and one of everyone asked are two figures, neither one nor two versions
    assert same_value(women[0], asked[0]) is None
    assert not same_figure(women, asked)
    assert same_figure(asked, bare)


def test_a_share_of_a_vote_or_a_change_is_left_to_the_predicate(values):
    assert values("Le maire sortant a obtenu 54 % des voix au second tour.")[0].unit == "%"
    assert values("Les loyers ont connu 4 % de hausse en un an.")[0].unit == "%"


def test_a_count_of_coordinated_nouns_counts_both(values):
    herd = values("Une vingtaine de chèvres et de moutons ont été retrouvés morts dans le pré.")
    part = values("Les gendarmes ont compté 20 chèvres mortes dans le pré.")
    assert herd[0].unit == "(chevre et mouton)"
    assert same_value(herd[0], part[0]) is None  # the total of both against a count of one: no version


def test_a_new_noun_phrase_after_et_is_not_under_the_count(values):
    assert values("Trois enfants et leur grand-mère ont été évacués.")[0].unit == "enfant"
    assert values("Six blessés et des dégâts importants ont été signalés.")[0].unit == "blesse"


def test_a_singular_word_after_et_is_no_second_noun_counted(values):
    got = values("Le pirate dit détenir les fichiers de 15 000 abonnés et menace de les diffuser.")
    assert got[0].unit == "abonne"


def _values(nlp, text):
    return [(v.value, v.unit) for s in Reader([_article("a", text)], nlp).statements() for v in s.values if v.kind == "number"]


def test_a_count_after_a_place_name_is_still_a_count(nlp):
    # no comma after « à Lorient »: the capital before the figure is a place, the figure counts people
    assert _values(nlp, "Samedi à Lorient 2500 personnes ont défilé contre la fermeture du port.") == [(2500.0, "personne")]


def test_a_figure_in_a_name_is_still_no_value(nlp):
    assert _values(nlp, "La chaîne Canal 9 a diffusé le reportage mardi soir.") == []


def test_a_share_written_with_an_elided_de_says_what_it_measures(nlp):
    assert _values(nlp, "Le réseau a perdu 14 % d'abonnés cette année.") == [(14.0, "% abonne")]
    assert _values(nlp, "Le réseau a perdu 14 % des abonnés cette année.") == [(14.0, "% abonne")]


def test_the_plus_signs_around_words_quoted_inside_a_quotation_leave_a_word():
    # agencies write a quotation inside a quotation between plus signs: « " On m'a dit +Attendez la fin du mois+ " »
    assert _word("mois+", "mois+", False) == "mois"
    assert _word("attendre", "+Attendez", False) == "attendre"
    assert _word("mois", "mois", True) == "mois"
    # a sign alone, a figure or a name with a number are no word
    assert _word("plus", "+", False) is None
    assert _word("12", "12", False) is None
    assert _word("covid-19", "Covid-19", False) is None
