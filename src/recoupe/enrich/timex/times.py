"""Rules for times of day, and for the words that are time expressions by themselves
(references, frequencies)."""

from __future__ import annotations

import re

from recoupe.enrich.timex.lexicon import (
    WEEKDAY,
    WORD_CHAR,
    B,
    E,
    alternation,
    literal_parts,
    weekday_index,
)
from recoupe.enrich.timex.meanings import Calendar, Clock, Fixed, Meaning, Shift
from recoupe.enrich.timex.rules import Doc, Found, RuleBook
from recoupe.lang import fr_time as fr

RULES = RuleBook()


# -- times of day ------------------------------------------------------------------------------

# Days named from the anchor that a time takes after it ("4 h demain"): the anchor day and the
# days next to it.
_NEAR_DAY = alternation(w for w, offset in fr.RELATIVE_DAYS.items() if abs(offset) <= 1)


_HALF_DAY = rf"(?:\s+(?P<half>{alternation(fr.HALVES_OF_THE_DAY)}){E})?"


@RULES.rule(
    rf"(?P<H>\d{{1,3}})\s*h(?:\s*(?P<M>[0-5]\d))?(?![\w/])"
    rf"{_HALF_DAY}(?:\s+(?P<day>{WEEKDAY}|{_NEAR_DAY})(?!\s+\d){E})?",
    not_after=r"[\w,.:]",
)
def _clock_h(m: re.Match[str], doc: Doc) -> Found:
    """'21 h 45', '21h45', '20 h', '4 h mardi', '8 h du soir' (20:00); after 'pendant', '2 h'
    is a duration, as is any '48h' beyond a day's hours; not '24h/24'."""
    if _THOUSANDS_BEFORE.search(doc.low, max(0, m.start() - 3), m.start()):
        return  # "3 000 h": a number of hours written with a thousands space
    hour, minute = _hour(m), int(m["M"] or 0)
    if not m["M"] and doc.word_before(m.start()) in fr.NEWSCAST_ARTICLES:
        return  # a news programme: "le 13H de TF1", "au 20 h"
    if hour > 24 and m["half"]:
        return
    if hour > 24 or (not m["half"]
                     and _DURATION_BEFORE_H.search(doc.low, max(0, m.start() - 20), m.start())):
        end = m.end("M") if m["M"] else m.start() + m.group(0).index("h") + 1
        yield m.start(), end, Fixed("DURATION", f"PT{hour}H{minute}M" if minute else f"PT{hour}H")
    elif m["day"]:
        yield m.start(), m.end(), _clock_on(m["day"].replace("’", "'"), hour, minute)
    elif hour < 24:
        yield m.start(), m.end(), Clock(hour, minute)


_THOUSANDS_BEFORE = re.compile(r"\d[\s.\u202f\u00a0]$")


def _hour(m: re.Match[str]) -> int:
    """The hour of a match, on 24 hours: '8 h du soir' is 20."""
    hour = int(m["H"])
    half = re.sub(r"\s+", " ", m["half"]).replace("’", "'") if m["half"] else None
    return hour + 12 if half and fr.HALVES_OF_THE_DAY[half] and hour < 12 else hour


_DURATION_BEFORE_H = re.compile(rf"(?:{alternation(fr.HOURS_DURATION_CUES)})\s*$")


def _clock_on(day: str, hour: int, minute: int) -> Meaning:
    if day in fr.RELATIVE_DAYS:
        return Shift("day", days=fr.RELATIVE_DAYS[day], hour=hour, minute=minute)
    return Calendar(weekday=weekday_index(day), hour=hour, minute=minute)


@RULES.rule(r"(?P<H>[01]\d|2[0-3]|\d):(?P<M>[0-5]\d)(?![\d:])", not_after=r"[\d:]", needs=(":",))
def _clock_colon(m: re.Match[str], doc: Doc) -> Found:
    """'21:45'."""
    yield m.start(), m.end(), Clock(int(m["H"]), int(m["M"]))


@RULES.rule(
    rf"(?P<H>[01]\d|2[0-4]|\d)\s+heures?"
    rf"(?:\s+(?P<M>[0-5]\d)(?!\s*(?:{alternation(fr.MINUTE_WORDS)}){E}))?{E}{_HALF_DAY}",
    not_after=r"[\w,.]", needs=("heure",),
)
def _clock_heures(m: re.Match[str], doc: Doc) -> Found:
    """'à 15 heures', '15 heures 30', 'à partir de 17 heures'; other 'N heures' are durations
    (another rule), as are '24 heures' and 'de N heures' ('une visite de 2 heures') but in a
    span of time ('de 8 heures à 12 heures') or after 'à partir', 'aux alentours'."""
    before = doc.word_before(m.start())
    if m["H"] == "24" or (before == "de" and not m["M"] and not m["half"]
                          and not _SPAN_END_AFTER.match(doc.low, m.end())
                          and not _CLOCK_BEFORE_DE.search(doc.low, max(0, m.start() - 30), m.start())):
        return
    if (m["M"] or m["half"] or before in fr.CLOCK_CUES or before in fr.WEEKDAYS
            or before.replace("’", "'") in fr.RELATIVE_DAYS):  # "jusqu'à lundi 16 heures"
        yield m.start(), m.end(), Clock(_hour(m), int(m["M"] or 0))


_SPAN_END_AFTER = re.compile(r"\s+(?:à|a)\s+\d")
_CLOCK_BEFORE_DE = re.compile(rf"(?:{alternation(fr.CLOCK_CUES_BEFORE_DE)})\s+de\s+$")


@RULES.rule(rf"(?P<w>{alternation(fr.NAMED_HOURS)}){E}", not_after=WORD_CHAR, needs=literal_parts(fr.NAMED_HOURS))
def _noon(m: re.Match[str], doc: Doc) -> Found:
    """'à midi' T12:00, 'vers minuit' T24:00."""
    if doc.word_before(m.start()) in fr.CLOCK_CUES:
        yield m.start(), m.end(), Clock(fr.NAMED_HOURS[m["w"]], 0)


# -- words that are time expressions by themselves: references, frequencies ---------------------

_LEXICON = {**fr.REFERENCES, **fr.FREQUENCY_ADJECTIVES, **fr.TIME_ADJECTIVES}


@RULES.rule(rf"{B}(?P<w>{alternation(fr.RATES)}){E}", heads=r"\bpar\s")
def _rate(m: re.Match[str], doc: Doc) -> Found:
    """'2.000 euros par mois' SET P1M, 'une fois par an' P1Y, 'par nuit' XXXX-XX-XXTNI."""
    yield m.start(), m.end(), Fixed("SET", fr.RATES[re.sub(r"\s+", " ", m["w"])])


@RULES.rule(rf"{B}(?P<w>{alternation(_LEXICON)}){E}", heads=alternation(fr.LEXICON_HEADS))
def _lexicon(m: re.Match[str], doc: Doc) -> Found:
    """'maintenant' PRESENT_REF, 'récemment' PAST_REF, 'une virée nocturne' TNI, 'le dîner
    annuel' SET P1Y; not 'le quotidien Le Monde' (a noun after a determiner) nor 'Quotidien'."""
    word = re.sub(r"\s+", " ", m["w"]).replace("’", "'")
    if word in fr.ADVERBS_OF_QUANTITY_TOO and _NUMBER_AFTER.match(doc.low, m.end()):
        return  # "depuis bientôt dix ans": nearly, not soon
    if word in fr.FREQUENCY_ADJECTIVES:
        if doc.word_before(m.start()) not in fr.DETERMINERS and not doc.text[m.start()].isupper():
            yield m.start(), m.end(), Fixed("SET", fr.FREQUENCY_ADJECTIVES[word])
    else:
        # "dans le futur", "pour le moment": the preposition is not part of the expression.
        lead = _LEADING_PREPOSITION.match(doc.low, m.start(), m.end())
        start = lead.end() if lead and word in fr.REFERENCES_AFTER_A_PREPOSITION else m.start()
        yield start, m.end(), Fixed("TIME", _LEXICON[word])


_NUMBER_AFTER = re.compile(rf"\s+(?:\d|(?:{alternation(fr.NUMBER_WORDS)}){E})")
_LEADING_PREPOSITION = re.compile(r"(?:dans|à|pour)\s+")
