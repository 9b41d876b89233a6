"""A plural pronoun (« ils », « -elles ») that opens or closes quoted words stands for a group or a body,
never for the news outlet that reports them: a paper is « il », « le journal », and « ils » after « selon
Le Parisien » or a column « publiée dans le Journal du dimanche » are the people the paper reports about."""

from __future__ import annotations


def _speaker(quotes_of, body, words):
    quotes, _ = quotes_of(body)
    return next(q for q in quotes if words in q.text).speaker_name


def test_ils_after_a_column_published_in_a_weekly_is_not_the_weekly(quotes_of):
    body = ("Une trentaine de maires ruraux signent une tribune publiée dimanche dans le Journal du dimanche. "
            "Ces élus de plusieurs partis réclament le maintien des petites lignes ferroviaires. "
            "« Sans le train, nos villages se vident chaque année un peu plus », regrettent-ils.")
    speaker = _speaker(quotes_of, body, "villages se vident")
    assert speaker is None or "Journal" not in speaker, speaker


def test_ils_after_an_outlet_quoted_as_source_is_not_the_outlet(quotes_of):
    body = ("Selon Le Parisien, les riverains de la future usine de méthanisation ont lancé une pétition. "
            "« Personne ne nous a demandé notre avis sur ce projet », déplorent-ils.")
    speaker = _speaker(quotes_of, body, "notre avis")
    assert speaker is None or "Parisien" not in speaker, speaker


def test_ils_after_a_body_quoted_last_is_still_that_body(quotes_of):
    body = ("Le syndicat Force ouvrière a appelé à la grève jeudi. « La direction refuse toute discussion », "
            "a indiqué le syndicat dans un communiqué. « Nous irons jusqu'au bout », préviennent-ils.")
    speaker = _speaker(quotes_of, body, "jusqu'au bout")
    assert speaker is not None and "Force ouvrière" in speaker, speaker
