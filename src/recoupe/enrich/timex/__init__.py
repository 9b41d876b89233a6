"""French time expressions, found and normalised in TIMEX3 terms.

:func:`find_time_expressions` returns every time expression of a text with its TIMEX3 type
(DATE, TIME, DURATION, SET) and value, the relative ones resolved against the publication date
(the *anchor*). Rules are regular expressions compiled once and matched on a lower-cased copy of
the text (same offsets); the French words they use live in :mod:`recoupe.lang.fr_time`. No model
is loaded: a 3,000-character article takes two to three milliseconds.

Conventions, after French TimeBank (Bittar et al. 2011):

* Spans. The article is part of a date ("le 6 mai", "les 6 et 13 avril", "l'automne", "ce
  dimanche"); contracted articles are not ("jusqu'au [28 février]", "du [19] au 23 juillet"),
  nor are prepositions ("depuis [2021]", "vers [21 h 45]", "en [mars]"). Words of approximation
  belong to a duration ("près de 24 heures"). A weekday and the time after it are two expressions
  ("mardi" / "21 h 45"); a time and the day after it are one ("4 h mardi").
* Values. ISO 8601 cut at the precision the text gives: "2025-02-12", "2025-02", "2025",
  "2025-W07", "2025-W07-WE", "199" (the 1990s), "2025-SU" (summer), "2025-02-12TMO" (morning),
  "2025-02-12T21:45"; "PRESENT_REF", "PAST_REF", "FUTURE_REF" (typed TIME, as in TimeBank).
* Durations keep the unit of the text: "90 minutes" is "PT90M", "dix-huit mois" "P18M", "une
  heure et demie" "PT1H30M", "deux ans et demi" "P2Y6M"; vague ones keep an X ("quelques jours"
  "PXD"). Compare durations with :func:`duration_seconds` ("PT90M" and "PT1H30M" are equal).
* Sets: "tous les lundis" "XXXX-WXX-1", "chaque année" "P1Y", "chaque matin" "TMO".
* Relative expressions. "hier", "demain", "la semaine dernière", "il y a trois jours" count from
  the anchor day ("il y a une semaine" is a day, seven before). The tense of a clause comes from
  its verbs ("a annoncé", "annonçait" past; "annoncera", "doit annoncer" future) and from
  "depuis", "dernier", "prochain". A weekday alone is the nearest such day in the direction of
  that tense, the anchor day included; in a clause without tense, the nearest either way (a
  news clause without a past verb is mostly about what comes: "grève mardi"). "dernier" and
  "prochain" exclude the anchor day, and a weekday of a date named just before is that date. A
  day and month without a year take the year that puts them nearest the anchor, within the
  direction of the tense when there is one, and, given a weekday, the year where the day falls
  on that weekday. "la veille", "le lendemain" count from the last day named in the same or the
  previous sentence, else from the anchor. A clock time takes the day named nearest before it
  in its sentence, else after it, else in the previous sentence, else the anchor day.
* An anchor too coarse for the expression leaves X digits at the expression's own granularity
  rather than borrowing the anchor's, which may be wrong at month edges: with the anchor "2025-02"
  (month known) "hier" is "XXXX-XX-XX", "mercredi" "XXXX-WXX-3", "la semaine dernière"
  "XXXX-WXX", while "l'an dernier" is "2024" and "mercredi 12 février" "2025-02-12". Without an
  anchor "le 14 février" is "XXXX-02-14" and "en mars" "XXXX-03".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal

from recoupe.lang import fr_time as fr
from recoupe.models import Timestamp

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

__all__ = ["TimeExpression", "TimexType", "duration_seconds", "find_time_expressions"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One time expression of a text: its span and its TIMEX3 type and value."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str

    def to_json(self) -> dict[str, str | int]:
        return {"text": self.text, "start": self.start, "end": self.end, "type": self.type,
                "value": self.value}


# ---------------------------------------------------------------------------------------------
# Durations compared in seconds.

_N = r"(\d+(?:\.\d+)?)"
_DURATION = re.compile(
    rf"^P(?:{_N}CE)?(?:{_N}DE)?(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?"
    rf"(?:T(?=\d)(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?$"
)
_MONTH_SECONDS = 2_629_746  # a Gregorian year (365.2425 days) over 12, so that P12M == P1Y
_UNIT_SECONDS = (1200 * _MONTH_SECONDS, 120 * _MONTH_SECONDS, 12 * _MONTH_SECONDS,
                 _MONTH_SECONDS, 604_800, 86_400, 3_600, 60, 1)  # CE DE Y M W D H M S


def duration_seconds(value: str) -> float | None:
    """Length in seconds of a TIMEX3 duration ("PT1H30M" -> 5400.0), None when not one.

    Months and years are Gregorian averages, so "P12M" equals "P1Y" and "PT90M" "PT1H30M".
    Vague durations ("PXD") and anything that is not a duration give None.
    """
    m = _DURATION.match(value)
    if not m or value == "P":
        return None
    return float(sum(float(n) * k for n, k in zip(m.groups(), _UNIT_SECONDS, strict=True) if n))


# ---------------------------------------------------------------------------------------------
# Pattern pieces, built once from the language data. Patterns are lower case: they run on the
# lower-cased text, which lets the regex engine skip quickly to the first letters it can match.

def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, with flexible spaces and apostrophes."""
    items = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in items)


_AP = "['’]"
_B = r"(?<![\w-])"  # start of a word (a hyphen joins words: "Jean-Noël" is no holiday)
_E = r"(?![\w-])"  # end of a word
_WORD_CHAR = r"[\w-]"  # a character that, before a match, puts its start inside a word
_FULL_MONTH = _alternation(fr.FULL_MONTHS)
_ANY_MONTH = _alternation(fr.MONTHS)
_WEEKDAY = _alternation(fr.WEEKDAYS)
_DAY = r"(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])(?!\d)"
_YEAR4 = r"(?:1\d|20)\d\d(?!\d)"
# A two-digit year: "octobre 98", not "mai 12 personnes".
_YEAR2 = r"['’]?\d\d(?!\d|[,.]\d|\s*(?:h\b|heures?|[^\W\d_]))"
_NUMBER_WORD = _alternation(fr.NUMBER_WORDS)
_NUMBER = (rf"(?:\d+(?:[,.]\d+)?(?!\d)"
           rf"|(?:{_NUMBER_WORD})(?:(?:\s+et\s+|-|\s+)(?:{_NUMBER_WORD}))*{_E})")
_UNIT = _alternation(u for u in fr.DURATION_UNITS if len(u) > 1)
_PART = r"matin|après-midi|apres-midi|soir|midi|nuit"
_DIRECTION = _alternation(fr.DIRECTIONS)
_APPROX = _alternation(fr.DURATION_APPROXIMATIONS)
_VAGUE = _alternation(fr.VAGUE_QUANTITIES)
_ORDINAL = _alternation(fr.ORDINALS)
_SEASON = _alternation(fr.SEASONS)
_HOLIDAY = _alternation([*fr.FIXED_HOLIDAYS, *fr.EASTER_HOLIDAYS])

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"»”)]?\s+(?=[«\"“(]?[A-ZÀ-ÖØ-Þ0-9])|\n+")


# ---------------------------------------------------------------------------------------------
# What an expression means before it is resolved against the anchor and its context.

@dataclass(frozen=True, slots=True)
class _Calendar:
    """A point of the calendar given by its parts; the missing ones come from the anchor."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    part: str | None = None  # "MO", "AF", "EV", "NI"
    hour: int | None = None
    minute: int | None = None
    direction: int | None = None  # -1 "dernier", +1 "prochain", 0 "ce"; None: from the tense
    default: int = 0  # direction of a weekday in a clause without tense; 0: the nearest
    easter: int | None = None  # days after Easter Sunday, for the moving holidays
    season: str | None = None


@dataclass(frozen=True, slots=True)
class _Shift:
    """So many minutes, days or months from the anchor, shown at a granularity."""

    granularity: Literal["minute", "day", "week", "weekend", "month", "quarter", "year"]
    days: int = 0
    months: int = 0
    minutes: int = 0
    part: str | None = None
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True, slots=True)
class _Narrative:
    """So many days from the last day the text spoke of ("la veille", "le lendemain")."""

    days: int
    part: str | None = None
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True, slots=True)
class _Clock:
    """A time or a part of the day, on the day its sentence speaks of."""

    hour: int | None = None
    minute: int | None = None
    part: str | None = None
    needs_day: bool = False  # "la soirée" counts only beside a day named in its sentence


@dataclass(frozen=True, slots=True)
class _Fixed:
    """A value known from the words alone: durations, sets, references, decades."""

    type: TimexType
    value: str


_Meaning = _Calendar | _Shift | _Narrative | _Clock | _Fixed


@dataclass(frozen=True, slots=True)
class _Doc:
    """The text as given and lower-cased (same offsets): rules match the one, read the other."""

    text: str
    low: str

    @classmethod
    def of(cls, text: str) -> _Doc:
        # "İ" is the one letter whose lower case is longer: offsets would shift.
        return cls(text, text.replace("İ", "I").lower())

    def word_before(self, pos: int) -> str:
        """The word just before ``pos``, lower case, an elided article kept ("l'an")."""
        m = _WORD_BEFORE.search(self.low, max(0, pos - 30), pos)
        return m.group(1).replace("’", "'") if m else ""

    def word_after(self, pos: int) -> str:
        m = _WORD_AFTER.match(self.text, pos, pos + 30)
        return m.group(1) if m else ""

    def starts_sentence(self, pos: int) -> bool:
        before = self.text[max(0, pos - 4):pos].rstrip(" «\"“(")
        return not before or before[-1] in ".!?:\n…"


_WORD_BEFORE = re.compile(rf"([^\W\d_]+(?:{_AP}[^\W\d_]+)?|n°)[^\w]*$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


# ---------------------------------------------------------------------------------------------
# Rules: a pattern and a function that turns each match into candidate spans and meanings.

Found = Iterator[tuple[int, int, _Meaning]]
Builder = Callable[[re.Match[str], _Doc], Found]

_BEFORE_HEAD, _AFTER_HEAD = 60, 80  # how far a match may reach around its head word


@dataclass(frozen=True, slots=True)
class _Rule:
    """A pattern, its builder and, for speed, what every match must contain or follow.

    ``heads``: a pattern for the word that every match contains ("mai", "hier"); the full
    pattern then runs only in windows around those words, which most texts hold few of.
    ``not_after``: a character class that may not stand just before a match ("[\\w-]": the
    match starts a word). Checked after the match, it spares the look-behind that would keep
    the regex engine from jumping to the first characters a pattern can start with.
    """

    pattern: re.Pattern[str]
    build: Builder
    heads: re.Pattern[str] | None
    not_after: re.Pattern[str] | None

    def matches(self, low: str) -> Iterator[re.Match[str]]:
        if self.heads is None:
            for m in self.pattern.finditer(low):
                if not (self.not_after and m.start() and self.not_after.match(low, m.start() - 1)):
                    yield m
            return
        for lo, hi in self.windows(low):
            yield from self.pattern.finditer(low, lo, hi)

    def windows(self, low: str) -> Iterator[tuple[int, int]]:
        """Stretches of the text around the head words, overlapping ones merged."""
        assert self.heads is not None
        lo = hi = -1
        for h in self.heads.finditer(low):
            start, end = max(0, h.start() - _BEFORE_HEAD), min(len(low), h.end() + _AFTER_HEAD)
            if start > hi:
                if hi > lo:
                    yield lo, hi
                lo = start
            hi = max(hi, end)
        if hi > lo:
            yield lo, hi


_RULES: list[_Rule] = []


def _rule(
    pattern: str, *, heads: str | None = None, not_after: str | None = None
) -> Callable[[Builder], Builder]:
    """Register the decorated builder with its pattern, in order (see :class:`_Rule`)."""
    def register(build: Builder) -> Builder:
        _RULES.append(_Rule(re.compile(pattern), build, re.compile(heads) if heads else None,
                            re.compile(not_after) if not_after else None))
        return build
    return register


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _number(text: str) -> float | None:
    """A French number in digits or words ("30,4", "dix-huit", "quatre-vingt-dix")."""
    t = text.lower().strip()
    if re.fullmatch(r"\d+\.\d\d\d", t):
        return float(t.replace(".", ""))  # "3.000": a thousands separator
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    total = current = 0
    for word in re.split(r"[\s-]+", t):
        if word == "et":
            continue
        n = fr.NUMBER_WORDS.get(word)
        if n is None:
            return None
        if n == 1000:
            total, current = total + max(current, 1) * 1000, 0
        elif n == 100:
            current = max(current, 1) * 100
        elif n == 20 and current % 100 == 4:  # quatre-vingt(s)
            current += 76
        else:
            current += n
    return float(total + current)


def _day_number(text: str) -> int:
    return 1 if text in ("1er", "1re", "premier") else int(text)


def _year(text: str) -> int:
    """'2002'; '98' is 1998 and '05' 2005."""
    digits = text.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    return 1900 + int(digits) if int(digits) > 30 else 2000 + int(digits)


def _part(word: str | None) -> str | None:
    return fr.PARTS_OF_DAY.get(word) if word else None


def _direction(word: str | None) -> int | None:
    return fr.DIRECTIONS.get(re.sub(r"\s+", " ", word)) if word else None


def _weekday_index(word: str) -> int:
    return fr.WEEKDAYS.index(word)


_UNIT_HEADS = rf"\s(?:{_UNIT})"


# -- dates written in digits -------------------------------------------------------------------

@_rule(r"(?P<y>[12]\d\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:[t ](?P<H>\d\d):(?P<M>\d\d))?(?![\d-])",
       not_after=r"[\d/-]")
def _iso_date(m: re.Match[str], doc: _Doc) -> Found:
    """'2025-02-12', '2025-02-12T21:45'."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if _valid(y, mo, d):
        hour = int(m["H"]) if m["H"] else None
        minute = int(m["M"]) if m["M"] else None
        yield m.start(), m.end(), _Calendar(y, mo, d, hour=hour, minute=minute)


@_rule(r"(?P<d>[0-3]\d|\d)[/.](?P<m>[01]\d|\d)[/.](?P<y>\d{4}|\d\d)(?![\d/.]\d)",
       not_after=r"[\d/.]")
def _numeric_date(m: re.Match[str], doc: _Doc) -> Found:
    """'12/02/2025', '12.02.25' (day first, as in French)."""
    y, mo, d = _year(m["y"]), int(m["m"]), int(m["d"])
    if _valid(y, mo, d):
        yield m.start(), m.end(), _Calendar(y, mo, d)


# -- dates with a month name -------------------------------------------------------------------

@_rule(
    rf"{_B}(?:(?P<det>le|les|ce)\s+)?(?:(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_PART}))?\s+)?"
    rf"(?P<d>{_DAY})(?:er|re)?(?:\s+|\s*-\s*)(?P<mon>{_ANY_MONTH}){_E}(?P<dot>\.)?"
    rf"(?:\s+(?P<y>{_YEAR4}|{_YEAR2}))?(?:\s+(?P<rel>{_DIRECTION}))?{_E}",
    heads=_ANY_MONTH,
)
def _day_month(m: re.Match[str], doc: _Doc) -> Found:
    """'le 6 mai', 'ce samedi 8 février', 'mercredi soir 12 février 2025', 'le 1er-Mai',
    '12 déc.'."""
    mon = m["mon"]
    if mon not in fr.FULL_MONTHS and not m["dot"]:
        return  # "févr", "oct": only with their dot
    det = m["det"]
    if det == "ce" and not m["wd"]:
        return
    month, day = fr.MONTHS[mon], _day_number(m["d"])
    year = _year(m["y"]) if m["y"] else None
    if not _valid(year or 2000, month, day):
        return
    start = m.start() if det in ("le", "ce") else m.start("wd") if m["wd"] else m.start("d")
    # The dot of "12 déc." belongs to the date; the full stop after "8 juillet." does not.
    end = m.end() if m["y"] or m["rel"] or mon not in fr.FULL_MONTHS else m.end("mon")
    weekday = _weekday_index(m["wd"]) if m["wd"] else None
    hour = 12 if m["part"] == "midi" else None
    yield start, end, _Calendar(
        year, month, day, weekday=weekday, part=_part(m["part"]), hour=hour,
        minute=0 if hour is not None else None, direction=_direction(m["rel"]))


@_rule(
    rf"{_B}(?:(?P<det>les|le)\s+)?(?:(?P<wd>{_WEEKDAY})\s+)?(?P<d>{_DAY})(?:er|re)?"
    rf"(?=\s*(?:au|et|ou|à|-|–)\s*(?:le\s+)?(?:{_WEEKDAY}\s+)?{_DAY}(?:er|re)?"
    rf"\s+(?P<mon>{_FULL_MONTH})(?:\s+(?P<y>{_YEAR4}))?(?:\s+(?P<rel>{_DIRECTION}))?)",
    heads=_FULL_MONTH,
)
def _day_range_start(m: re.Match[str], doc: _Doc) -> Found:
    """The first day of 'du 19 au 23 juillet', 'les 6 et 13 avril': its month is the second's."""
    year = int(m["y"]) if m["y"] else None
    month, day = fr.MONTHS[m["mon"]], _day_number(m["d"])
    if _valid(year or 2000, month, day):
        weekday = _weekday_index(m["wd"]) if m["wd"] else None
        yield m.start(), m.end(), _Calendar(year, month, day, weekday=weekday,
                                            direction=_direction(m["rel"]))


@_rule(
    rf"{_B}(?:(?:le|ce)\s+)?(?P<wd>{_WEEKDAY})\s+(?P<d>{_DAY})(?:er|re)?"
    rf"(?=\s*(?:[,;:.)!?]|$|(?:à|au|et|de|dans|pour|avec|prochain|dernier){_E}))",
    heads=_WEEKDAY,
)
def _weekday_day(m: re.Match[str], doc: _Doc) -> Found:
    """'le jeudi 12': in the month near the anchor where the 12th is a Thursday."""
    yield m.start(), m.end(), _Calendar(day=_day_number(m["d"]), weekday=_weekday_index(m["wd"]))


@_rule(
    rf"{_B}(?:(?P<mod>début|fin|mi|milieu|courant)\s*(?:-\s*)?(?:de\s+|d{_AP})?)?"
    rf"(?P<mois>mois\s+(?:de\s+|d{_AP}))?(?P<mon>{_FULL_MONTH}){_E}"
    rf"(?:\s+(?P<y>{_YEAR4}|{_YEAR2}))?(?:\s+(?P<rel>{_DIRECTION}))?{_E}",
    heads=_FULL_MONTH,
)
def _month(m: re.Match[str], doc: _Doc) -> Found:
    """'en mars', 'début octobre', 'fin septembre 2000', 'octobre 98', 'juin prochain'.

    A month name alone needs a word before it that makes it a date ("en", "depuis", "dès"...);
    capitalised in mid-sentence it is taken for a name ("Mars" the planet, "Mai" a first name).
    """
    if not (m["mod"] or m["y"] or m["rel"] or m["mois"]):
        if doc.word_before(m.start()) not in fr.MONTH_CUES:
            return
        if doc.text[m.start()].isupper() and not doc.starts_sentence(m.start()):
            return
    year = _year(m["y"]) if m["y"] else None
    yield m.start(), m.end(), _Calendar(year, fr.MONTHS[m["mon"]], direction=_direction(m["rel"]))


# -- years and decades -------------------------------------------------------------------------

@_rule(rf"(?P<y>{_YEAR4})(?![.,]\d)", not_after=r"[\w,.]")
def _bare_year(m: re.Match[str], doc: _Doc) -> Found:
    """'2002', 'depuis 1998', '2002/2003', 'l'an 2000', 'fin 2024'; not '2000 personnes'."""
    if _is_year(doc, m.start(), m.end(), int(m["y"])):
        before = _YEAR_PREFIX.search(doc.low, max(0, m.start() - 12), m.start())
        yield (before.start() if before else m.start()), m.end(), _Calendar(int(m["y"]))


_YEAR_PREFIX = re.compile(rf"{_B}(?:l{_AP}an(?:née)?\s+|(?:début|fin|mi|milieu|courant)\s*-?\s*)$")


def _is_year(doc: _Doc, start: int, end: int, year: int) -> bool:
    """Whether a four-digit number is a year, from the words around it.

    A year is named after a preposition of time ("en", "depuis", "l'an"), in a range
    ("2002/2003", "de 2007 à 2017") or before punctuation, a capital or a function word
    ("le bilan 2001 de"); a number before a noun counts something ("2000 personnes").
    """
    if _QUANTITY_AFTER.match(doc.low, end):
        return False
    after = doc.word_after(end)
    if after.lower() in fr.DURATION_UNITS:
        return False  # "depuis 2000 ans"
    if (_YEAR_RANGE_BEFORE.search(doc.low, max(0, start - 8), start)
            or _YEAR_RANGE_AFTER.match(doc.low, end)):
        return True
    followed_as_a_year = (not after or not doc.text[end:end + 1].isspace() or after[0].isupper()
                          or after.lower() in fr.YEAR_FOLLOWERS)
    if _YEAR_SPAN_BEFORE.search(doc.low, max(0, start - 30), start):
        return followed_as_a_year  # "de 2007 à 2017", not "de 1500 à 2000 personnes"
    before = doc.word_before(start)
    if before in fr.YEAR_CUES or before.endswith(("'an", "'année")):
        return True
    if (before in fr.QUANTITY_CUES or year < 1800
            or _QUANTITY_BEFORE.search(doc.low, max(0, start - 20), start)):
        return False
    return followed_as_a_year


_QUANTITY_BEFORE = re.compile(rf"(?:plus|moins|près|environ|quelque)\s+(?:de\s+|d{_AP})?$")
_QUANTITY_AFTER = re.compile(r"\s*(?:%|€|\$|£|km|m²|kg|t\b|m\b)")
_YEAR_RANGE_BEFORE = re.compile(rf"{_YEAR4}\s*[-/–]\s*$")
_YEAR_RANGE_AFTER = re.compile(rf"\s*[-/–]\s*{_YEAR4}")
_YEAR_SPAN_BEFORE = re.compile(
    rf"{_B}(?:de|entre|depuis)\s+(?:(?:fin|début|mi)\s*-?\s*)?{_YEAR4}\s+(?:à|et|au)\s+$")


@_rule(rf"{_B}(?:(?P<det>les)\s+|(?:des|aux)\s+)?(?P<w>années)\s+(?P<y>(?:1\d|20)?\d0)(?!\d)",
       heads="années")
def _decade(m: re.Match[str], doc: _Doc) -> Found:
    """'les années 1990' -> '199', 'les années 80' -> '198'."""
    y = m["y"]
    decade = y[:3] if len(y) == 4 else f"{_year(y) // 10}"
    yield (m.start() if m["det"] else m.start("w")), m.end(), _Fixed("DATE", decade)


# -- weekdays, days named from the anchor, parts of the day --------------------------------------

@_rule(
    rf"{_B}(?:(?P<ce>ce)\s+)?(?P<wd>{_WEEKDAY})(?!\s+(?:saint|gras){_E})"
    rf"(?:\s+(?P<part>{_PART}))?(?:\s+(?P<rel>{_DIRECTION}))?{_E}",
    heads=_WEEKDAY,
)
def _weekday(m: re.Match[str], doc: _Doc) -> Found:
    """'mardi', 'jeudi matin', 'mercredi dernier', 'ce dimanche'."""
    hour = 12 if m["part"] == "midi" else None
    yield m.start(), m.end(), _Calendar(
        weekday=_weekday_index(m["wd"]), part=_part(m["part"]), hour=hour,
        minute=0 if hour is not None else None, direction=_direction(m["rel"]),
        default=1 if m["ce"] else 0)


@_rule(
    rf"la\s+nuit\s+(?:de|du)\s+(?:(?P<wd>{_WEEKDAY})|(?P<d>{_DAY})(?:er)?)\s+(?:à|au)\s+"
    rf"(?:(?:{_WEEKDAY})(?:\s+{_DAY}(?:er)?)?|{_DAY}(?:er)?)"
    rf"(?:\s+(?P<mon>{_FULL_MONTH})(?:\s+(?P<y>{_YEAR4}))?)?{_E}",
    not_after=_WORD_CHAR,
)
def _night_between(m: re.Match[str], doc: _Doc) -> Found:
    """'la nuit de lundi à mardi', 'la nuit du 25 au 26 janvier': the night of the first day."""
    if m["wd"]:
        yield m.start(), m.end(), _Calendar(weekday=_weekday_index(m["wd"]), part="NI")
    elif m["mon"] and _valid(2000, fr.MONTHS[m["mon"]], _day_number(m["d"])):
        year = int(m["y"]) if m["y"] else None
        yield m.start(), m.end(), _Calendar(year, fr.MONTHS[m["mon"]], _day_number(m["d"]),
                                            part="NI")


@_rule(
    rf"(?P<w>avant-hier|après-demain|hier|aujourd{_AP}hui|demain)(?:\s+(?P<part>{_PART}))?{_E}",
    not_after=_WORD_CHAR,
)
def _relative_day(m: re.Match[str], doc: _Doc) -> Found:
    """'hier', 'hier soir', 'demain matin', 'aujourd'hui' (or PRESENT_REF: 'nowadays')."""
    word = m["w"].replace("’", "'")
    if word == "aujourd'hui" and not m["part"] and _means_nowadays(doc, m.start()):
        yield m.start(), m.end(), _Fixed("TIME", "PRESENT_REF")
        return
    hour = 12 if m["part"] == "midi" else None
    yield m.start(), m.end(), _Shift("day", days=fr.RELATIVE_DAYS[word], part=_part(m["part"]),
                                     hour=hour, minute=0 if hour is not None else None)


_NEGATION_BEFORE = re.compile(rf"{_B}(?:ne|n{_AP})\s*[^\W\d_]+\s*$")
_NOWADAYS_OPENING = re.compile(rf"aujourd{_AP}hui\s*,")


def _means_nowadays(doc: _Doc, start: int) -> bool:
    """'Aujourd'hui, la ville a changé', 'rien ne justifie aujourd'hui': the present, not a day.

    A sentence opening on "Aujourd'hui," contrasts with the past, and in a negated clause the
    word states a situation; otherwise "aujourd'hui" in news is the day of publication.
    """
    if doc.starts_sentence(start) and _NOWADAYS_OPENING.match(doc.low, start):
        return True
    clause = re.split(r"[,;:.!?«»\n]", doc.low[max(0, start - 40):start])[-1]
    return _NEGATION_BEFORE.search(clause) is not None


@_rule(rf"{_B}(?:ce|cet|cette)\s+(?P<part>matin|midi|après-midi|soir|nuit){_E}",
       heads="matin|midi|soir|nuit")
def _this_part_of_day(m: re.Match[str], doc: _Doc) -> Found:
    """'ce soir', 'cet après-midi', 'cette nuit': a part of the anchor day."""
    if m["part"] == "midi":
        yield m.start(), m.end(), _Shift("day", hour=12, minute=0)
    else:
        yield m.start(), m.end(), _Shift("day", part=_part(m["part"]))


@_rule(
    rf"{_B}(?:(?:la|le|l{_AP})\s*)?(?P<w>avant-veille|veille|surlendemain|lendemain)"
    rf"(?:\s+(?:au\s+)?(?P<part>{_PART}))?{_E}",
    heads="veille|lendemain",
)
def _narrative_day(m: re.Match[str], doc: _Doc) -> Found:
    """'la veille', 'le lendemain matin', 'au lendemain de'."""
    yield m.start(), m.end(), _Narrative(fr.NARRATIVE_DAYS[m["w"]], _part(m["part"]))


@_rule(rf"{_B}le\s+(?P<part>jour|matin|soir)\s+même{_E}", heads="même")
def _same_day(m: re.Match[str], doc: _Doc) -> Found:
    """'le jour même', 'le matin même': the day the text speaks of."""
    yield m.start(), m.end(), _Narrative(0, _part(m["part"]))


@_rule(
    rf"{_B}(?:en\s+)?(?P<pos>fin|début|milieu)\s+(?:de\s+|d{_AP})"
    rf"(?P<part>matinée|après-midi|soirée|nuit|journée){_E}",
    heads="matinée|après-midi|soirée|nuit|journée",
)
def _part_of_day_edge(m: re.Match[str], doc: _Doc) -> Found:
    """'(en) fin d'après-midi', 'en début de soirée'."""
    part = _part(m["part"]) or {"début": "MO", "milieu": "MI", "fin": "EV"}[m["pos"]]
    yield m.start("pos"), m.end(), _Clock(part=part)


@_rule(
    rf"{_B}(?:(?P<dans>dans)\s+)?(?P<det>la|l{_AP}|en)\s*"
    rf"(?P<part>matinée|après-midi|soirée|nuit){_E}",
    heads="matinée|après-midi|soirée|nuit",
)
def _part_of_day(m: re.Match[str], doc: _Doc) -> Found:
    """'dans la nuit', 'en soirée'; 'la soirée' only beside a day named in its sentence."""
    det, part = m["det"], m["part"]
    if det == "en" and part not in ("matinée", "soirée"):
        return
    start = m.start("part") if det == "en" else m.start("det")
    yield start, m.end(), _Clock(part=_part(part), needs_day=not m["dans"] and det != "en")


# -- units named from the anchor: weeks, months, years, seasons, holidays -----------------------

@_rule(
    rf"{_B}(?P<det>la|le|l{_AP}|cette|ce|cet)\s*"
    rf"(?P<unit>semaine|week-end|week\s+end|mois|an|année|trimestre)"
    rf"(?:-ci|\s+(?P<rel>{_DIRECTION}))?{_E}",
    heads=rf"semaine|week|mois|l{_AP}an|année|trimestre",
)
def _calendar_unit(m: re.Match[str], doc: _Doc) -> Found:
    """'la semaine dernière', 'cette semaine', 'ce week-end', 'le mois prochain', 'l'an passé'."""
    rel = re.sub(r"\s+", " ", m["rel"]) if m["rel"] else None
    if rel in ("suivant", "suivante", "précédent", "précédente"):
        return  # anaphoric ("la semaine suivante"): not counted from the anchor
    if not rel and m["det"] not in ("ce", "cet", "cette"):
        return  # "la semaine", "l'année": no point in time
    unit = fr.CALENDAR_UNITS[re.sub(r"\s+", " ", m["unit"]).replace("week end", "week-end")]
    yield m.start(), m.end(), _unit_shift(unit, _direction(rel) or 0)


def _unit_shift(unit: str, offset: int) -> _Shift:
    if unit == "week":
        return _Shift("week", days=7 * offset)
    if unit == "weekend":
        return _Shift("weekend", days=7 * offset)
    if unit == "month":
        return _Shift("month", months=offset)
    if unit == "quarter":
        return _Shift("quarter", months=3 * offset)
    return _Shift("year", months=12 * offset)


@_rule(
    rf"{_B}(?P<det>l{_AP}|le|cet|ce|en|au)\s*(?P<s>{_SEASON})"
    rf"(?:\s+(?P<y>{_YEAR4})|\s+(?P<rel>{_DIRECTION}))?{_E}",
    heads=_SEASON,
)
def _season(m: re.Match[str], doc: _Doc) -> Found:
    """'l'automne', 'cet été', 'au printemps 2024', 'l'hiver dernier'.

    Not a named event: "le Printemps de Bourges", "au printemps de l'environnement".
    """
    if not m["y"] and (_OF_AFTER.match(doc.low, m.end()) or doc.text[m.start("s")].isupper()):
        return
    det = m["det"]
    start = m.start("s") if det in ("en", "au") else m.start()
    direction = _direction(m["rel"]) if m["rel"] else (0 if det in ("ce", "cet") else None)
    yield start, m.end(), _Calendar(int(m["y"]) if m["y"] else None, season=fr.SEASONS[m["s"]],
                                    direction=direction)


_OF_AFTER = re.compile(rf"\s+(?:de|du|des|d{_AP})(?!\s*\d)")


@_rule(
    rf"{_B}(?:(?:la|cette)\s+fête\s+(?:de\s+)?)?(?P<name>{_HOLIDAY})(?:\s+(?P<y>{_YEAR4}))?{_E}",
    heads=_HOLIDAY,
)
def _holiday(m: re.Match[str], doc: _Doc) -> Found:
    """'Noël', 'la Toussaint', 'cette fête de Pentecôte', 'Pâques 2024'; not 'Noël Mamère'."""
    if _CAPITALISED_AFTER.match(doc.text, m.end()):
        return
    name = re.sub(r"\s+", " ", m["name"]).replace("’", "'")
    year = int(m["y"]) if m["y"] else None
    if name in fr.FIXED_HOLIDAYS:
        month, day = fr.FIXED_HOLIDAYS[name]
        yield m.start(), m.end(), _Calendar(year, month, day)
    else:
        yield m.start(), m.end(), _Calendar(year, easter=fr.EASTER_HOLIDAYS[name])


_CAPITALISED_AFTER = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")


# -- times of day ------------------------------------------------------------------------------

@_rule(
    rf"(?P<H>[01]\d|2[0-4]|\d)\s*h(?:\s*(?P<M>[0-5]\d))?(?!\w)"
    rf"(?:\s+(?P<day>{_WEEKDAY}|hier|demain|aujourd{_AP}hui)(?!\s+\d){_E})?",
    not_after=r"[\w,.:]",
)
def _clock_h(m: re.Match[str], doc: _Doc) -> Found:
    """'21 h 45', '21h45', '20 h', '4 h mardi'; after 'pendant', '2 h' is a duration."""
    hour, minute = int(m["H"]), int(m["M"] or 0)
    if not m["M"] and doc.word_before(m.start()) in ("le", "du", "au"):
        return  # a news programme: "le 13H de TF1", "au 20 h"
    if _DURATION_BEFORE_H.search(doc.low, max(0, m.start() - 20), m.start()):
        end = m.end("M") if m["M"] else m.start() + m.group(0).index("h") + 1
        yield m.start(), end, _Fixed("DURATION", f"PT{hour}H{minute}M" if minute else f"PT{hour}H")
    elif m["day"]:
        yield m.start(), m.end(), _clock_on(m["day"].replace("’", "'"), hour, minute)
    elif hour < 24:
        yield m.start(), m.end(), _Clock(hour, minute)


_DURATION_BEFORE_H = re.compile(
    r"(?:pendant|durant|depuis|en|bout\s+de|plus\s+de|moins\s+de|près\s+de|environ"
    r"|les|des|ces|aux)\s*$")


def _clock_on(day: str, hour: int, minute: int) -> _Meaning:
    if day in fr.RELATIVE_DAYS:
        return _Shift("day", days=fr.RELATIVE_DAYS[day], hour=hour, minute=minute)
    return _Calendar(weekday=_weekday_index(day), hour=hour, minute=minute)


@_rule(r"(?P<H>[01]\d|2[0-3]|\d):(?P<M>[0-5]\d)(?![\d:])", not_after=r"[\d:]")
def _clock_colon(m: re.Match[str], doc: _Doc) -> Found:
    """'21:45'."""
    yield m.start(), m.end(), _Clock(int(m["H"]), int(m["M"]))


@_rule(rf"(?P<H>[01]\d|2[0-4]|\d)\s+heures?(?:\s+(?P<M>[0-5]\d)(?!\s*(?:minutes|min){_E}))?{_E}",
       not_after=r"[\w,.]")
def _clock_heures(m: re.Match[str], doc: _Doc) -> Found:
    """'à 15 heures', '15 heures 30'; other 'N heures' are durations (another rule)."""
    if m["M"] or doc.word_before(m.start()) in fr.CLOCK_CUES:
        yield m.start(), m.end(), _Clock(int(m["H"]), int(m["M"] or 0))


@_rule(rf"(?P<w>midi|minuit){_E}", not_after=_WORD_CHAR)
def _noon(m: re.Match[str], doc: _Doc) -> Found:
    """'à midi' T12:00, 'vers minuit' T24:00."""
    if doc.word_before(m.start()) in fr.CLOCK_CUES:
        yield m.start(), m.end(), _Clock(12 if m["w"] == "midi" else 24, 0)


# -- words that are time expressions by themselves: references, frequencies ---------------------

_LEXICON = {**fr.REFERENCES, **fr.FREQUENCY_ADJECTIVES, **fr.TIME_ADJECTIVES}


@_rule(rf"{_B}(?P<w>{_alternation(_LEXICON)}){_E}", heads=_alternation(fr.LEXICON_HEADS))
def _lexicon(m: re.Match[str], doc: _Doc) -> Found:
    """'maintenant' PRESENT_REF, 'récemment' PAST_REF, 'une virée nocturne' TNI, 'le dîner
    annuel' SET P1Y; not 'le quotidien Le Monde' (a noun after a determiner) nor 'Quotidien'."""
    word = re.sub(r"\s+", " ", m["w"]).replace("’", "'")
    if word in fr.FREQUENCY_ADJECTIVES:
        if doc.word_before(m.start()) not in fr.DETERMINERS and not doc.text[m.start()].isupper():
            yield m.start(), m.end(), _Fixed("SET", fr.FREQUENCY_ADJECTIVES[word])
    else:
        yield m.start(), m.end(), _Fixed("TIME", _LEXICON[word])


# -- sets --------------------------------------------------------------------------------------

@_rule(
    rf"(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>{_NUMBER})\s+)?"
    rf"(?P<unit>(?:{_WEEKDAY})s?|jours?|semaines?|mois|ans|années?|week-ends?|matins?|soirs?"
    rf"|nuits?|{_SEASON}){_E}",
    not_after=_WORD_CHAR,
)
def _every(m: re.Match[str], doc: _Doc) -> Found:
    """'chaque jour' P1D, 'tous les lundis' XXXX-WXX-1, 'tous les deux ans' P2Y."""
    unit = m["unit"]
    if unit.rstrip("s") in fr.WEEKDAYS:
        yield m.start(), m.end(), _Fixed("SET", f"XXXX-WXX-{_weekday_index(unit.rstrip('s')) + 1}")
        return
    value = fr.SET_UNITS[unit]
    if m["n"]:
        n = _number(m["n"])
        if n is None or not value.startswith("P"):
            return
        value = f"P{n:g}{value[-1]}"
    yield m.start(), m.end(), _Fixed("SET", value)


@_rule(rf"(?:chaque|tous\s+les)\s+(?P<d>{_DAY})(?:er)?\s+(?P<mon>{_FULL_MONTH}){_E}",
       not_after=_WORD_CHAR)
def _every_date(m: re.Match[str], doc: _Doc) -> Found:
    """'tous les 30 avril': SET 'XXXX-04-30'."""
    month, day = fr.MONTHS[m["mon"]], _day_number(m["d"])
    if _valid(2000, month, day):
        yield m.start(), m.end(), _Fixed("SET", f"XXXX-{month:02d}-{day:02d}")


@_rule(rf"{_B}les\s+(?:(?:{_ORDINAL})\s+(?:et\s+(?:{_ORDINAL})\s+)?)?(?P<wd>{_WEEKDAY})s{_E}",
       heads=_alternation(f"{w}s" for w in fr.WEEKDAYS))
def _weekly(m: re.Match[str], doc: _Doc) -> Found:
    """'les lundis', 'les deuxième et quatrième jeudis': SET 'XXXX-WXX-4'."""
    yield m.start(), m.end(), _Fixed("SET", f"XXXX-WXX-{_weekday_index(m['wd']) + 1}")


# -- durations, and points at a distance from the anchor --------------------------------------

@_rule(
    rf"(?P<how>il\s+y\s+a|voilà|voici|dans)\s+(?:(?:{_APPROX})\s*)?"
    rf"(?P<n>{_NUMBER}|quelques|plusieurs)\s+(?P<unit>{_UNIT}){_E}",
    not_after=_WORD_CHAR,
)
def _ago_or_in(m: re.Match[str], doc: _Doc) -> Found:
    """'il y a trois jours' (the anchor minus three days), 'voilà un an', 'dans deux semaines'."""
    meaning = _offset(m["n"], m["unit"], 1 if m["how"] == "dans" else -1)
    if meaning:
        yield m.start(), m.end(), meaning


def _offset(number: str, unit_word: str, sign: int) -> _Meaning | None:
    """The point so many units from the anchor; weeks are shown as days, as TimeBank does."""
    if number in ("quelques", "plusieurs"):
        return _Fixed("TIME", "PAST_REF" if sign < 0 else "FUTURE_REF")
    n = _number(number)
    if n is None or n != int(n):
        return None
    k = sign * int(n)
    unit, below_day = fr.DURATION_UNITS[unit_word]
    if below_day:
        return _Shift("minute", minutes=k * 60 if unit == "H" else k) if unit != "S" else None
    if unit in ("D", "W"):
        return _Shift("day", days=k * (7 if unit == "W" else 1))
    if unit == "M":
        return _Shift("month", months=k)
    return _Shift("year", months=12 * k * {"Y": 1, "DE": 10, "CE": 100}[unit])


@_rule(
    rf"{_B}(?<!\d[.,])(?:(?:{_APPROX})\s*)?(?P<n>{_NUMBER}|{_VAGUE})\s+(?P<unit>{_UNIT})"
    rf"(?:(?P<half>\s+et\s+demie?)|\s+(?:et\s+)?(?P<n2>{_NUMBER})(?:\s+(?P<unit2>{_UNIT}))?)?"
    rf"{_E}",
    heads=_UNIT_HEADS,
)
def _duration(m: re.Match[str], doc: _Doc) -> Found:
    """'deux ans', 'près de 24 heures', 'quelques jours', '30,4 secondes', 'une heure et demie',
    'deux heures trente', 'un an et six mois'."""
    unit, raw = m["unit"], re.sub(r"\s+", " ", m["n"])
    vague = raw in fr.VAGUE_QUANTITIES
    if raw == "des" and unit not in fr.PLURAL_VAGUE_UNITS:
        return  # "des heures de route": too loose
    if unit == "années" and _DIGIT_AFTER.match(doc.low, m.end("unit")):
        return  # "des années 80": a decade
    n = None if vague else _number(raw)
    if not vague and n is None:
        return
    more = _second_part(m) if n is not None and m["n2"] else None
    if (n == 1 and unit in fr.ONE_NEEDS_PREPOSITION and not (m["half"] or more)
            and not _DURATION_PREPOSITION.search(doc.low, max(0, m.start() - 15), m.start())):
        return  # "un jour" (some day), "une seconde fois", "à une heure"
    if unit in ("an", "ans") and _is_age(doc, m.start(), m.end()):
        return
    unit_text = doc.text[m.start("unit"):m.end("unit")]
    if unit_text[0].isupper() and not unit_text.isupper():
        return  # a name: "les 24 Heures du Mans"
    value = _duration_value(n, unit, bool(m["half"]))
    if more:
        yield m.start(), m.end(), _Fixed("DURATION", _add_durations(value, more))
    else:
        yield m.start(), m.end("half") if m["half"] else m.end("unit"), _Fixed("DURATION", value)


def _second_part(m: re.Match[str]) -> str | None:
    """The value of the second part of 'deux heures trente', '1 minute 58 secondes', 'un an et
    six mois', when its unit is smaller than the first; None otherwise."""
    n2 = _number(m["n2"])
    first, below_day = fr.DURATION_UNITS[m["unit"]]
    if m["unit2"]:
        second, second_below = fr.DURATION_UNITS[m["unit2"]]
        if n2 is None or _UNIT_ORDER.index((second, second_below)) <= _UNIT_ORDER.index(
                (first, below_day)):
            return None
        return _duration_value(n2, m["unit2"], False)
    if n2 is None or n2 >= 60 or not (below_day and first in "HM") or " et " in m.group(0):
        return None
    return f"PT{n2:g}{'M' if first == 'H' else 'S'}"  # "deux heures trente": minutes


_UNIT_ORDER = [("CE", False), ("DE", False), ("Y", False), ("M", False), ("W", False), ("D", False),
               ("H", True), ("M", True), ("S", True)]


def _add_durations(a: str, b: str) -> str:
    """'PT2H' + 'PT30M' -> 'PT2H30M', 'P1Y' + 'P6M' -> 'P1Y6M' (units in order, none twice)."""
    date_a, _, time_a = a[1:].partition("T")
    date_b, _, time_b = b[1:].partition("T")
    time_part = time_a + time_b
    return "P" + date_a + date_b + (f"T{time_part}" if time_part else "")


_DIGIT_AFTER = re.compile(r"\s+\d")
_DURATION_PREPOSITION = re.compile(
    rf"(?:pendant|durant|depuis|pour|en|bout\s+d{_AP}|après|sur|qu{_AP}|dur(?:é|e|ait|era|er)|d{_AP})\s*$")


@_rule(rf"une?\s+demi-(?P<unit>heure|journée|siècle|saison){_E}", not_after=_WORD_CHAR)
def _half_duration(m: re.Match[str], doc: _Doc) -> Found:
    """'une demi-heure' PT30M."""
    yield m.start(), m.end(), _Fixed("DURATION", fr.HALF_DURATIONS[m["unit"]])


@_rule(rf"{_B}(?P<n>un|trois)\s+quarts?\s+d{_AP}heure{_E}", heads="quart")
def _quarter_hour(m: re.Match[str], doc: _Doc) -> Found:
    """'un quart d'heure' PT15M, 'trois quarts d'heure' PT45M."""
    yield m.start(), m.end(), _Fixed("DURATION", "PT15M" if m["n"] == "un" else "PT45M")


@_rule(
    rf"{_B}(?:ces|les)\s+(?:(?P<n1>{_NUMBER})\s+)?derni(?:er|ère)s\s+(?:(?P<n2>{_NUMBER})\s+)?"
    rf"(?P<unit>{_UNIT}){_E}",
    heads="derni",
)
def _last_units(m: re.Match[str], doc: _Doc) -> Found:
    """'ces dernières 24 heures' PT24H, 'les trois derniers mois' P3M, 'ces derniers jours' PXD."""
    raw = m["n1"] or m["n2"]
    n = _number(raw) if raw else None
    if raw is None or n is not None:
        yield m.start(), m.end(), _Fixed("DURATION", _duration_value(n, m["unit"], False))


@_rule(
    rf"{_B}(?:de|entre)\s+(?P<n>{_NUMBER})"
    rf"(?=\s*(?:à|et|-)\s*(?:{_NUMBER})\s+(?P<unit>{_UNIT}){_E})",
    heads=_UNIT_HEADS,
)
def _duration_range_start(m: re.Match[str], doc: _Doc) -> Found:
    """The first number of 'de 8 à 24 mois' (P8M); not 'des enfants de 2 à 8 ans' (ages)."""
    n = _number(m["n"])
    age = m["unit"] in ("an", "ans") and _is_age(doc, m.start("n"), m.end("n"))
    if n is not None and not age:
        yield m.start("n"), m.end("n"), _Fixed("DURATION", _duration_value(n, m["unit"], False))


def _duration_value(n: float | None, unit_word: str, half: bool) -> str:
    """'P3Y', 'PT90M', 'P2Y6M' (with a half), 'PXD' (n None)."""
    unit, below_day = fr.DURATION_UNITS[unit_word]
    prefix = "PT" if below_day else "P"
    if n is None:
        return f"{prefix}X{unit}"
    if not half:
        return f"{prefix}{n:g}{unit}"
    extra = fr.HALF_UNIT.get(unit + ("T" if below_day else ""))
    if extra is None or n != int(n):
        return f"{prefix}{n + 0.5:g}{unit}"
    return f"{prefix}{n:g}{unit}{extra}"


# The first ages of a list: "âgés de 2, 3 et [5 ans]", "de 6 mois à [4 ans]".
_AGE_LIST = rf"(?:(?:\d+|{_NUMBER})(?:\s+(?:mois|ans))?\s*(?:,|à|et)\s*)*"
_AGE_BEFORE = re.compile(rf"(?:âgée?s?|agée?s?|l{_AP}âge|âge)\s+(?:de\s+|d{_AP})?{_AGE_LIST}$")
_POSSESSIVE_BEFORE = re.compile(r"(?:ses|leurs|des|les|aux|mes|nos)\s+(?:\d+\s*-\s*)?$")
_AT_OR_HAS_BEFORE = re.compile(  # "mort à 92 ans", "il a 87 ans"; not "d'ici à dix ans"
    rf"{_B}(?<!ici )(?:à|a|ai|as|avais|avait|avaient|avons|avez|ont|aura|auront|avoir|ayant)"
    rf"\s+{_AGE_LIST}$")
_OF_BEFORE = re.compile(rf"([^\W\d_]+)\s+(?:de|d{_AP})\s*{_AGE_LIST}$")
_OF_AFTER_UNIT = re.compile(rf"\s+(?:de|d{_AP})")


def _is_age(doc: _Doc, start: int, end: int) -> bool:
    """Whether "N ans" from ``start`` to ``end`` is an age, which TimeBank does not annotate.

    Ages: "âgée de 17 ans", "un homme de 38 ans", "Elvis, 20 ans,", "les 6-16 ans", "mort à
    92 ans", "il a 87 ans". But "de N ans" is a duration when a noun of duration or a verb
    governs it ("une peine de 2 ans", "le délai est de 3 ans"), and "de" or "à N ans" is one
    when a complement follows ("condamné à 10 ans de prison").
    """
    lo = max(0, start - 40)
    if _AGE_BEFORE.search(doc.low, lo, start) or _POSSESSIVE_BEFORE.search(doc.low, lo, start):
        return True
    complement = _OF_AFTER_UNIT.match(doc.low, end) is not None
    if _AT_OR_HAS_BEFORE.search(doc.low, lo, start):
        return not complement
    of = _OF_BEFORE.search(doc.low, lo, start)
    if of:
        governor = of.group(1)
        if governor in fr.AGE_NOUNS:
            return True
        return not (complement or governor in fr.DURATION_NOUNS or governor in fr.LINKING_VERBS)
    before, after = doc.low[lo:start].rstrip(), doc.low[end:end + 3].lstrip()
    return before.endswith((",", "(")) and after[:1] in (",", ")", ".", ";")


# ---------------------------------------------------------------------------------------------
# Overlapping candidates: the longest span wins, then the rule written first.

@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    meaning: _Meaning
    rank: int


def _candidates(doc: _Doc) -> list[_Candidate]:
    found: dict[tuple[int, int, int], _Candidate] = {}  # windows may overlap: one per span
    for rank, rule in enumerate(_RULES):
        for m in rule.matches(doc.low):
            for start, end, meaning in rule.build(m, doc):
                found.setdefault((rank, start, end), _Candidate(start, end, meaning, rank))
    return list(found.values())


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Candidates that do not overlap, the longest first, then those of earlier rules."""
    starts: list[int] = []  # of the chosen spans, sorted; chosen spans never overlap
    chosen: dict[int, _Candidate] = {}
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        i = bisect_right(starts, c.start)
        if i and chosen[starts[i - 1]].end > c.start:
            continue  # overlaps the chosen span that starts before it
        if i < len(starts) and starts[i] < c.end:
            continue  # overlaps the chosen span that starts after it
        starts.insert(i, c.start)
        chosen[c.start] = c
    return [chosen[s] for s in starts]


# ---------------------------------------------------------------------------------------------
# Tense of a clause, from the words near the expression: -1 past, +1 future, 0 unknown.

_PARTICIPLE = re.compile(
    r"[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites"
    r"|int|inte|ert|erte|ort|orte)")
_BARE_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:é|ée|és|ées)")
_FUTURE_ENDING = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]{2,}[eidtvurf](?:ra|ront)")
_PAST_ENDING = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ait|aient|èrent)")
_CONDITIONAL = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+(?:rait|raient)")
_DEADLINE_BEFORE = re.compile(
    rf"(?:jusqu{_AP}(?:au|à|en)|d{_AP}ici(?:\s+(?:au|à|le|la|l{_AP}))?"
    rf"|avant\s+(?:le|la|l{_AP})?)\s*$")
_SINCE_BEFORE = re.compile(r"depuis\s*(?:le\s+|la\s+)?$")
_LAST_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_CLAUSE_BREAK = re.compile(rf"[;«»“”]|{_B}(?:{_alternation(fr.CLAUSE_OPENERS)}){_E}")


def _tense_cues(doc: _Doc, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, sign) of the tense cues between ``lo`` and ``hi``: +1 future, -1 past.

    A compound past spans its auxiliary and participle ("a ... déclaré").
    """
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(doc.text, lo, hi)]
    cues: list[tuple[int, int, int]] = []
    for i, (start, end, word) in enumerate(words):
        low = word.lower()
        if doc.text[end:end + 1] in ("'", "’"):
            continue  # an elided word: "s'", "l'", "qu'"
        if low in fr.FUTURE_WORDS:
            cues.append((start, end, 1))
        elif low in fr.PAST_WORDS:
            cues.append((start, end, -1))
        elif low in fr.PAST_AUXILIARIES and (participle := _participle_after(words, i)):
            p_end, p_word = participle
            cues.append((start, p_end, 1 if p_word in fr.FUTURE_WORDS else -1))
        elif low in fr.BE_AUXILIARIES and (participle := _participle_after(words, i)):
            p_end, p_word = participle
            reflexive = i > 0 and words[i - 1][2].lower() in fr.REFLEXIVE_PRONOUNS
            if reflexive or _masculine_singular(p_word) in fr.BE_VERB_PARTICIPLES:
                cues.append((start, p_end, -1))
        elif word[0].islower() and low not in fr.NOT_VERBS:
            if _FUTURE_ENDING.fullmatch(low):
                cues.append((start, end, 1))
            elif _PAST_ENDING.fullmatch(low) and not _CONDITIONAL.fullmatch(low):
                cues.append((start, end, -1))
    return cues


def _masculine_singular(participle: str) -> str:
    """'décédées' -> 'décédé', 'partis' -> 'parti'."""
    for ending in ("es", "e", "s"):
        if participle.endswith(ending) and participle[:-len(ending)] in fr.BE_VERB_PARTICIPLES:
            return participle[:-len(ending)]
    return participle


def _participle_after(words: list[tuple[int, int, str]], i: int) -> tuple[int, str] | None:
    """(end, word) of the past participle after the auxiliary ``words[i]``, adverbs skipped."""
    for _, end, word in words[i + 1:i + 4]:
        low = word.lower()
        if low in fr.SHORT_PARTICIPLES or (
                _PARTICIPLE.fullmatch(low) and low not in fr.NOT_PARTICIPLES):
            return end, low
        if low not in fr.AUXILIARY_ADVERBS:
            return None
    return None


# ---------------------------------------------------------------------------------------------
# Resolution against the anchor and the context.

@dataclass(frozen=True, slots=True)
class _Anchor:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @classmethod
    def of(cls, ts: Timestamp | None) -> _Anchor:
        m = _ANCHOR.match(ts.value) if ts is not None else None
        return cls(*(int(g) if g else None for g in m.groups())) if m else cls()

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


_ANCHOR = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?")
_DAY_VALUE = re.compile(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX|(?:\d{4}|XXXX)-W(?:\d\d|XX)-\d)(?=T|$)")
_KNOWN_DAY = re.compile(r"\d{4}-\d\d-\d\d$")

Resolution = tuple[TimexType, str]


@dataclass(slots=True)
class _Resolver:
    doc: _Doc
    anchor: _Anchor
    sentence_starts: list[int]
    days: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, day value)
    _cues: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        starts = self.sentence_starts
        return starts[i], starts[i + 1] if i + 1 < len(starts) else len(self.doc.text)

    def resolve(self, c: _Candidate) -> Resolution | None:
        meaning = c.meaning
        if isinstance(meaning, _Calendar):
            return self.calendar(meaning, c.start, c.end)
        if isinstance(meaning, _Shift):
            return self.shift(meaning)
        if isinstance(meaning, _Narrative):
            return self.narrative(meaning, c.start)
        if isinstance(meaning, _Clock):
            return self.clock(meaning, c.start, c.end)
        return meaning.type, meaning.value

    # -- tense ----------------------------------------------------------------------------------

    def tense(self, start: int, end: int) -> int:
        """The direction of the clause of a span: given by a preposition before it ("depuis"
        -1, "jusqu'au" 0), a participle just before it ("annoncées mercredi"), else the tense
        cue of its clause nearest to it; 0 when there is none."""
        lo = max(0, start - 25)
        if _DEADLINE_BEFORE.search(self.doc.low, lo, start):
            return 0
        if _SINCE_BEFORE.search(self.doc.low, lo, start):
            return -1
        last = _LAST_WORD_BEFORE.search(self.doc.low, lo, start)
        word = last.group(1) if last else ""
        if _BARE_PARTICIPLE.fullmatch(word) and word not in fr.NOT_PARTICIPLES:
            return 1 if word in fr.FUTURE_WORDS else -1
        lo, hi = self.clause(start, end)
        best: tuple[int, int] | None = None
        for cs, ce, sign in self.cues(self.sentence(start)):
            if ce <= lo or cs >= hi or (cs < end and ce > start):
                continue
            distance = start - ce if ce <= start else cs - end + 1
            if best is None or distance < best[0]:
                best = (distance, sign)
        return best[1] if best else 0

    def cues(self, sentence: int) -> list[tuple[int, int, int]]:
        if sentence not in self._cues:
            self._cues[sentence] = _tense_cues(self.doc, *self.sentence_bounds(sentence))
        return self._cues[sentence]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a span: its sentence, cut at the conjunctions that open another
        clause ("alors que", "mais", "tandis que") and at semicolons and quotes."""
        lo, hi = self.sentence_bounds(self.sentence(start))
        for m in _CLAUSE_BREAK.finditer(self.doc.low, lo, hi):
            if m.end() <= start:
                lo = m.end()
            elif m.start() >= end:
                hi = m.start()
                break
        return lo, hi

    # -- the calendar ---------------------------------------------------------------------------

    def calendar(self, c: _Calendar, start: int, end: int) -> Resolution:
        if c.season:
            return "DATE", f"{self.season_year(c)}-{c.season}"
        if c.easter is not None:
            year = c.year if c.year is not None else self.choose_year(c, start, end)
            if year is None:
                return "DATE", "XXXX-XX-XX"
            return self.with_time((_easter(year) + timedelta(days=c.easter)).isoformat(), c)
        if c.month is None and c.day is None and c.weekday is not None:
            return self.weekday(c, start, end)
        if c.month is None and c.day is not None:
            return self.weekday_and_day(c)
        if c.month is None:
            return "DATE", f"{c.year:04d}"
        year = c.year if c.year is not None else self.choose_year(c, start, end)
        ytext = "XXXX" if year is None else f"{year:04d}"
        if c.day is None:
            return "DATE", f"{ytext}-{c.month:02d}"
        return self.with_time(f"{ytext}-{c.month:02d}-{c.day:02d}", c)

    @staticmethod
    def with_time(day: str, c: _Calendar | _Shift | _Narrative) -> Resolution:
        if c.hour is not None:
            return "TIME", f"{day}T{c.hour:02d}:{c.minute or 0:02d}"
        if c.part:
            return "TIME", f"{day}T{c.part}"
        return "DATE", day

    def choose_year(self, c: _Calendar, start: int, end: int) -> int | None:
        """The year the text does not give of a day and month, a month or a moving holiday."""
        a = self.anchor
        if a.year is None:
            return None
        if c.weekday is not None and c.month is not None and c.day is not None:
            years = [y for y in range(a.year - 6, a.year + 7) if _valid(y, c.month, c.day)
                     and date(y, c.month, c.day).weekday() == c.weekday]
            if years:
                return min(years, key=lambda y: (abs(y - a.year), y))
        if a.month is None:
            return a.year
        direction = c.direction if c.direction is not None else self.tense(start, end)

        def distance(y: int) -> int:  # from the anchor, in days (months of 30 days)
            day = _day_in(c, y)
            if day is not None and a.date is not None:
                return (day - a.date).days
            month = day.month if day else c.month or 1
            return ((y * 12 + month) - (a.year * 12 + a.month)) * 30  # type: ignore[operator]

        years = [a.year - 1, a.year, a.year + 1]
        if direction == -1:
            years = [y for y in years if distance(y) <= 0]
        elif direction == 1:
            years = [y for y in years if distance(y) >= 0]
        return min(years, key=lambda y: (abs(distance(y)), y != a.year))

    def season_year(self, c: _Calendar) -> str:
        if c.year is not None:
            return f"{c.year:04d}"
        if self.anchor.year is None:
            return "XXXX"
        return f"{self.anchor.year + (c.direction or 0):04d}"

    def weekday(self, c: _Calendar, start: int, end: int) -> Resolution:
        assert c.weekday is not None
        a = self.anchor.date
        if a is None:
            return self.with_time(f"XXXX-WXX-{c.weekday + 1}", c)
        if c.direction in (-1, 1):  # "mercredi dernier", "lundi prochain": never the anchor day
            step = timedelta(days=c.direction)
            d = a + step
            while d.weekday() != c.weekday:
                d += step
            return self.with_time(d.isoformat(), c)
        named = self.named_day(c.weekday, a, start)
        if named:
            return self.with_time(named, c)
        back = (a.weekday() - c.weekday) % 7
        forward = (c.weekday - a.weekday()) % 7
        direction = self.tense(start, end) or c.default or (1 if forward < back else -1)
        d = a - timedelta(days=back) if direction < 0 else a + timedelta(days=forward)
        return self.with_time(d.isoformat(), c)

    def named_day(self, weekday: int, a: date, start: int) -> str | None:
        """A day of this weekday named before ``start``, within a week of the anchor."""
        for s, _, value in reversed(self.days):
            if s < start and _KNOWN_DAY.match(value):
                d = date.fromisoformat(value)
                if d.weekday() == weekday and abs((d - a).days) <= 6:
                    return value
        return None

    def weekday_and_day(self, c: _Calendar) -> Resolution:
        """'le jeudi 12': the nearest month to the anchor's where the 12th is a Thursday."""
        a = self.anchor
        assert c.day is not None
        if a.year is None or a.month is None:
            return self.with_time(f"XXXX-XX-{c.day:02d}", c)
        options = []
        for k in (0, -1, 1):
            y, m = divmod(a.year * 12 + a.month - 1 + k, 12)
            if _valid(y, m + 1, c.day) and date(y, m + 1, c.day).weekday() == c.weekday:
                options.append(date(y, m + 1, c.day))
        if not options:
            return self.with_time(f"{a.year:04d}-{a.month:02d}-{c.day:02d}", c)
        return self.with_time(options[0].isoformat(), c)

    # -- shifts from the anchor -------------------------------------------------------------------

    def shift(self, s: _Shift) -> Resolution:
        a = self.anchor
        if s.granularity == "minute":
            if a.date is None or a.hour is None:
                return "TIME", "XXXX-XX-XXTXX:XX"
            t = datetime(a.date.year, a.date.month, a.date.day, a.hour, a.minute or 0)
            return "TIME", (t + timedelta(minutes=s.minutes)).strftime("%Y-%m-%dT%H:%M")
        if s.granularity in ("day", "week", "weekend"):
            if a.date is None:
                if s.granularity == "day":
                    return self.with_time("XXXX-XX-XX", s)
                return "DATE", "XXXX-WXX" + ("-WE" if s.granularity == "weekend" else "")
            d = a.date + timedelta(days=s.days)
            if s.granularity == "day":
                return self.with_time(d.isoformat(), s)
            y, w, _ = d.isocalendar()
            return "DATE", f"{y:04d}-W{w:02d}" + ("-WE" if s.granularity == "weekend" else "")
        if s.granularity == "year":
            return "DATE", f"{a.year + s.months // 12:04d}" if a.year is not None else "XXXX"
        if a.year is None or a.month is None:
            return "DATE", "XXXX-XX" if s.granularity == "month" else "XXXX-QX"
        y, m = divmod(a.year * 12 + a.month - 1 + s.months, 12)
        if s.granularity == "quarter":
            return "DATE", f"{y:04d}-Q{m // 3 + 1}"
        return "DATE", f"{y:04d}-{m + 1:02d}"

    # -- the day a sentence speaks of -------------------------------------------------------------

    def narrative(self, n: _Narrative, start: int) -> Resolution:
        """'la veille', 'le lendemain': from the last day of this or the previous sentence."""
        sentence = self.sentence(start)
        base = next((v for s, _, v in reversed(self.days)
                     if s < start and self.sentence(s) >= sentence - 1), None)
        if base is None and self.anchor.date is not None:
            base = self.anchor.date.isoformat()
        if base is None or not _KNOWN_DAY.match(base):
            return self.with_time("XXXX-XX-XX", n)
        return self.with_time((date.fromisoformat(base) + timedelta(days=n.days)).isoformat(), n)

    def clock(self, c: _Clock, start: int, end: int) -> Resolution | None:
        """A time on the day named nearest before it in its sentence, else after, else in the
        previous sentence, else the anchor day."""
        sentence = self.sentence(start)
        same = [(s, v) for s, _, v in self.days if self.sentence(s) == sentence]
        before = [v for s, v in same if s < start]
        after = [v for s, v in same if s >= end]
        day = before[-1] if before else after[0] if after else None
        if day is None:
            if c.needs_day:
                return None
            previous = [v for s, _, v in self.days if self.sentence(s) == sentence - 1]
            anchor_day = self.anchor.date.isoformat() if self.anchor.date else "XXXX-XX-XX"
            day = previous[-1] if previous else anchor_day
        if c.hour is not None:
            return "TIME", f"{day}T{c.hour:02d}:{c.minute or 0:02d}"
        return "TIME", f"{day}T{c.part}"


def _day_in(c: _Calendar, year: int) -> date | None:
    """The day ``c`` names in ``year``, if it names a day."""
    if c.easter is not None:
        return _easter(year) + timedelta(days=c.easter)
    if c.month is not None and c.day is not None and _valid(year, c.month, c.day):
        return date(year, c.month, c.day)
    return None


def _easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def find_time_expressions(text: str, anchor: Timestamp | None) -> list[TimeExpression]:
    """Every time expression of ``text``, in order, normalised against ``anchor``.

    ``anchor`` is the publication date of the text, at any precision, or None. The module
    docstring gives the conventions of spans and values.
    """
    doc = _Doc.of(text)
    chosen = _select(_candidates(doc))
    starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    resolver = _Resolver(doc, _Anchor.of(anchor), starts)
    found: list[tuple[_Candidate, Resolution]] = []
    # Days first, in order, each seeing the days named before it; then the times of day, which
    # take their day from their sentence.
    for c in sorted(chosen, key=lambda c: isinstance(c.meaning, _Clock)):
        out = resolver.resolve(c)
        if out is None:
            continue
        found.append((c, out))
        if not isinstance(c.meaning, _Clock) and _DAY_VALUE.match(out[1]):
            resolver.days.append((c.start, c.end, out[1].split("T")[0]))
    found.sort(key=lambda pair: pair[0].start)
    return [TimeExpression(text[c.start:c.end], c.start, c.end, t, v) for c, (t, v) in found]
