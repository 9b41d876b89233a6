"""Session 20 (cmp20a): the words of statements. Own sentences. (The session's fact formation, place
and quoted-day rules were taken back after a review found false corroborations on pairs of its own:
CHANGELOG.)"""

from __future__ import annotations

from recoupe.crosscheck.statements import _word


def test_the_plus_signs_around_words_quoted_inside_a_quotation_leave_a_word():
    # agencies write a quotation inside a quotation between plus signs: « " On m'a dit +Attendez la fin du mois+ " »
    assert _word("mois+", "mois+", False) == "mois"
    assert _word("attendre", "+Attendez", False) == "attendre"
    assert _word("mois", "mois", True) == "mois"
    # a sign alone, a figure or a name with a number are no word
    assert _word("plus", "+", False) is None
    assert _word("12", "12", False) is None
    assert _word("covid-19", "Covid-19", False) is None
