"""French time expressions, found and normalised in TIMEX3 terms.

:func:`find_time_expressions` returns every time expression of a text with its TIMEX3 type
(DATE, TIME, DURATION, SET) and value, the relative ones resolved against the publication date
(the *anchor*). Rules are regular expressions compiled once and matched on a lower-cased copy of
the text (same offsets); the French words they use live in :mod:`recoupe.lang.fr_time`. No model
is loaded: a 3,000-character article takes two to three milliseconds.

Conventions, after French TimeBank (Bittar et al. 2011) and bench/data/TIMEX-GUIDELINES.md:

* Spans. The article is part of a date ("le 6 mai", "les 6 et 13 avril", "l'automne", "ce
  dimanche"); contracted articles are not ("jusqu'au [28 février]", "du [19] au 23 juillet"),
  nor are prepositions ("depuis [2021]", "vers [21 h 45]", "en [mars]"). Words of approximation
  belong to a duration ("près de 24 heures"). A weekday and the time after it are two expressions
  ("mardi" / "21 h 45"), unless they are joined (see below); a time and the day after it are
  one ("4 h mardi").
* A day and the time of day joined to it by nothing, "à", "vers" or "au" are one expression
  with the combined value: "hier à 10 h" (TIME, the day before the anchor at 10:00), "mardi
  soir vers 21 h", "ce matin vers 8 heures", "jeudi 4 juin au matin". French TimeBank splits
  them ("mardi" / "21 h 45"); ``fuse_times=False`` follows it (the benchmark does, to score
  French TimeBank by its own convention). A part of the day before its day is one expression
  too ("la soirée de mardi", "la nuit du 3 mars"); with a comma between, they stay apart.
* Names are not dates: a year glued to a capitalised name in mid-sentence ("Vision 2030",
  "l'Euro 2016", "Miss France 2020") is part of the name; a year after a common noun is a
  date ("le bilan 2001", "la saison 2020", "l'horizon 2050").
* Values. ISO 8601 cut at the precision the text gives: "2025-02-12", "2025-02", "2025",
  "2025-W07", "2025-W07-WE", "199" (the 1990s), "19" (the 20th century), "2025-SU" (summer;
  winter in the year of its December), "2025-09" ("la rentrée"), "2025-02-12TMO" (morning),
  "2025-02-12T21:45"; "PRESENT_REF", "PAST_REF", "FUTURE_REF" (typed TIME, as in TimeBank).
* Durations keep the unit of the text: "90 minutes" is "PT90M", "dix-huit mois" "P18M", "une
  heure et demie" "PT1H30M", "deux ans et demi" "P2Y6M"; vague ones keep an X ("quelques jours"
  "PXD"). Compare durations with :func:`duration_seconds` ("PT90M" and "PT1H30M" are equal).
  The time to come is vague: "les prochains jours" "PXD", "les mois à venir" "PXM".
* Sets: "tous les lundis" "XXXX-WXX-1", "chaque année" "P1Y", "chaque matin" "TMO"; rates
  "par mois" "P1M", "par nuit" "XXXX-XX-XXTNI".
* Relative expressions. "hier", "demain", "la semaine dernière", "il y a trois jours" count from
  the anchor day ("il y a une semaine" is a day, seven before). The tense of a clause comes from
  its verbs ("a annoncé", "annonçait" past; "annoncera", "doit annoncer" future) and from
  "depuis", "dernier", "prochain". A weekday alone is the nearest such day in the direction of
  that tense, the anchor day included; in a clause without tense, the nearest either way (a
  news clause without a past verb is mostly about what comes: "grève mardi"). "dernier" and
  "prochain" exclude the anchor day ("suivant", "précédent" count from the last day named),
  a weekday after a deadline ("jusqu'à mardi", "d'ici vendredi") is the next one, and a
  weekday of a date named just before is that date. A
  day and month without a year take the year that puts them nearest the anchor, within the
  direction of the tense when there is one, and, given a weekday, the year where the day falls
  on that weekday. A season alone is the one under way, else the next in a future clause. "la veille",
  "le lendemain" count from the last day named in the same or the previous sentence, else from
  the anchor; "deux ans plus tard", "le mois suivant" from the last date named, at their own
  granularity. A clock time takes the day named nearest before it in its sentence (not one in
  a participial aside: ", élu mardi,"), else after it, else in the previous sentence, else the
  anchor day. Quotations keep their tense to themselves.
* An anchor too coarse for the expression leaves X digits at the expression's own granularity
  rather than borrowing the anchor's, which may be wrong at month edges: with the anchor "2025-02"
  (month known) "hier" is "XXXX-XX-XX", "mercredi" "XXXX-WXX-3", "la semaine dernière"
  "XXXX-WXX", while "l'an dernier" is "2024" and "mercredi 12 février" "2025-02-12". Without an
  anchor "le 14 février" is "XXXX-02-14" and "en mars" "XXXX-03".

The stages, one module each: :mod:`.lexicon` (pattern pieces from the word lists),
:mod:`.meanings` (what a match means before resolution), :mod:`.rules` (the text and the rule
machinery), the rules themselves in :mod:`.dates`, :mod:`.times`, :mod:`.sets` and
:mod:`.durations` (with :func:`duration_seconds`), :mod:`.candidates` (every rule run on the
text, overlaps settled), :mod:`.tense` (sentences and the tense of a clause) and
:mod:`.resolve` (values against the anchor).
"""

from __future__ import annotations

from recoupe.enrich.timex.candidates import find_candidates, fuse_days_and_times, select
from recoupe.enrich.timex.durations import duration_seconds
from recoupe.enrich.timex.resolve import resolve_candidates
from recoupe.enrich.timex.rules import Doc
from recoupe.models import Field, TimeExpression, Timestamp

__all__ = ["TimeExpression", "duration_seconds", "find_time_expressions"]


def find_time_expressions(
    text: str, anchor: Timestamp | None, *, field: Field = "body", fuse_times: bool = True
) -> list[TimeExpression]:
    """Every time expression of ``text``, in order, normalised against ``anchor``.

    ``anchor`` is the publication date of the text, at any precision, or None; ``field`` is the
    field of the article the text comes from, given to every expression; ``fuse_times=False``
    keeps a day and the clock time joined to it apart, as French TimeBank does. The module
    docstring gives the conventions of spans and values.
    """
    doc = Doc.of(text)
    chosen = select(find_candidates(doc))
    if fuse_times:
        chosen = fuse_days_and_times(doc, chosen)
    return [TimeExpression(field, c.start, c.end, text[c.start:c.end], t, v)
            for c, (t, v) in resolve_candidates(doc, chosen, anchor)]
