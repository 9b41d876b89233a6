"""Durations: the rules that find them (and points at a distance from the anchor, "il y a
trois jours"), and :func:`duration_seconds` to compare their values."""

from __future__ import annotations

import re

from recoupe.enrich.timex.lexicon import (
    AP,
    APPROX,
    NUMBER,
    UNIT,
    VAGUE,
    WORD_CHAR,
    B,
    E,
    alternation,
    literal_parts,
    parse_number,
)
from recoupe.enrich.timex.meanings import Fixed, Later, Meaning, Shift
from recoupe.enrich.timex.rules import Doc, Found, RuleBook
from recoupe.lang import fr_time as fr

RULES = RuleBook()


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


_UNIT_HEADS = rf"\s(?:{UNIT})"


# -- durations, and points at a distance from the anchor --------------------------------------

@RULES.rule(
    rf"(?P<how>{alternation(fr.OFFSET_WORDS)})\s+(?:(?:{alternation(fr.OFFSET_ADVERBS)})\s+)?"
    rf"(?:(?:{APPROX})\s*)?"
    rf"(?P<n>{NUMBER}|{alternation(fr.VAGUE_OFFSETS)})\s+(?P<unit>{UNIT}){E}",
    not_after=WORD_CHAR,
)
def _ago_or_in(m: re.Match[str], doc: Doc) -> Found:
    """'il y a trois jours' (the anchor minus three days), 'voilà un an', 'dans deux semaines',
    'il y a encore un an';
    not 'dans cinq années d'études' (a duration: a complement follows)."""
    if _COMPLEMENT_AFTER.match(doc.low, m.end()) and fr.OFFSET_WORDS[re.sub(r"\s+", " ", m["how"])] > 0:
        return
    meaning = _offset(m["n"], m["unit"], fr.OFFSET_WORDS[re.sub(r"\s+", " ", m["how"])])
    if meaning:
        yield m.start(), m.end(), meaning


_COMPLEMENT_AFTER = re.compile(rf"\s+(?:d{AP}|(?:de|du|des)\s)")


@RULES.rule(
    rf"{B}(?:(?:{APPROX})\s*)?(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\s+(?P<how>{alternation(fr.LATER_WORDS)}){E}",
    heads=rf"(?:{alternation(fr.LATER_WORDS)}){E}",
)
def _later(m: re.Match[str], doc: Doc) -> Found:
    """'deux ans plus tard' (two years after the last date named), 'un mois plus tard', 'trois
    jours auparavant', 'un an après,', 'moins d'un mois plus tard'."""
    how = re.sub(r"\s+", " ", m["how"])
    if how in fr.CLAUSE_END_ONLY and not _CLAUSE_END.match(doc.low, m.end()):
        return
    n = parse_number(m["n"])
    unit, below_day = fr.DURATION_UNITS[m["unit"]]
    if n is None or n != int(n) or below_day or unit in ("DE", "CE"):
        return
    k = int(n) * fr.LATER_WORDS[how]
    fallback = Fixed("DURATION", _duration_value(n, m["unit"], False))
    if unit == "Y":
        yield m.start(), m.end(), Later("year", k, fallback)
    elif unit == "M":
        yield m.start(), m.end(), Later("month", k, fallback)
    else:
        yield m.start(), m.end(), Later("day", k * (7 if unit == "W" else 1), fallback)


_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?)]|$)")


def _offset(number: str, unit_word: str, sign: int) -> Meaning | None:
    """The point so many units from the anchor; weeks are shown as days, as TimeBank does."""
    if number in fr.VAGUE_OFFSETS:
        return Fixed("TIME", "PAST_REF" if sign < 0 else "FUTURE_REF")
    n = parse_number(number)
    if n is None or n != int(n):
        return None
    k = sign * int(n)
    unit, below_day = fr.DURATION_UNITS[unit_word]
    if below_day:
        return Shift("minute", minutes=k * 60 if unit == "H" else k) if unit != "S" else None
    if unit in ("D", "W"):
        return Shift("day", days=k * (7 if unit == "W" else 1))
    if unit == "M":
        return Shift("month", months=k)
    return Shift("year", months=12 * k * {"Y": 1, "DE": 10, "CE": 100}[unit])


@RULES.rule(
    rf"{B}(?<!\d[.,])(?:(?:{APPROX})\s*)?(?P<n>{NUMBER}|{VAGUE})\s+(?P<unit>{UNIT})"
    rf"(?:(?P<half>\s+et\s+demie?)|\s+(?:et\s+)?(?P<n2>{NUMBER})(?:\s+(?P<unit2>{UNIT}))?)?"
    rf"{E}",
    heads=_UNIT_HEADS,
)
def _duration(m: re.Match[str], doc: Doc) -> Found:
    """'deux ans', 'près de 24 heures', 'quelques jours', '30,4 secondes', 'une heure et demie',
    'deux heures trente', 'un an et six mois'."""
    unit, raw = m["unit"], re.sub(r"\s+", " ", m["n"])
    vague = raw in fr.VAGUE_QUANTITIES
    if raw == "des" and unit not in fr.PLURAL_VAGUE_UNITS:
        return  # "des heures de route": too loose
    if unit == "années" and _DIGIT_AFTER.match(doc.low, m.end("unit")):
        return  # "des années 80": a decade
    n = None if vague else parse_number(raw)
    if not vague and n is None:
        return
    more = _second_part(m) if n is not None and m["n2"] else None
    if (n == 1 and unit in fr.ONE_NEEDS_PREPOSITION and not (m["half"] or more)
            and not _DURATION_PREPOSITION.search(doc.low, max(0, m.start() - 15), m.start())):
        return  # "un jour" (some day), "une seconde fois", "à une heure"
    if unit in fr.AGE_UNITS and _is_age(doc, m.start(), m.end()):
        return
    unit_text = doc.text[m.start("unit"):m.end("unit")]
    if unit_text[0].isupper() and not unit_text.isupper():
        return  # a name: "les 24 Heures du Mans"
    if _NEWSCAST_BEFORE.search(doc.low, max(0, m.start() - 25), m.start()):
        return  # "le journal de 20 heures": a programme
    value = _duration_value(n, unit, bool(m["half"]))
    if more:
        yield m.start(), m.end(), Fixed("DURATION", _add_durations(value, more))
    else:
        yield m.start(), m.end("half") if m["half"] else m.end("unit"), Fixed("DURATION", value)


def _second_part(m: re.Match[str]) -> str | None:
    """The value of the second part of 'deux heures trente', '1 minute 58 secondes', 'un an et
    six mois', when its unit is smaller than the first; None otherwise."""
    n2 = parse_number(m["n2"])
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


_NEWSCAST_BEFORE = re.compile(rf"(?:{alternation(fr.NEWSCAST_NOUNS)})\s+de\s+$")
_DIGIT_AFTER = re.compile(r"\s+\d")
_DURATION_PREPOSITION = re.compile(rf"(?:{alternation(fr.DURATION_PREPOSITIONS)})\s*$")


@RULES.rule(
    rf"{B}(?P<n>{NUMBER})\s+(?P<s>{alternation(fr.SEASONS_COUNTED)}){E}",
    heads=alternation(fr.SEASONS_COUNTED),
)
def _seasons_counted(m: re.Match[str], doc: Doc) -> Found:
    """'trois étés' P3SU, 'deux hivers' P2WI: seasons counted (not 'un printemps')."""
    n = parse_number(m["n"])
    if n is not None and n >= 2 and n == int(n):
        yield m.start(), m.end(), Fixed("DURATION", f"P{n:g}{fr.SEASONS_COUNTED[m['s']]}")


@RULES.rule(rf"(?P<n>\d+(?:,\d+)?)\s*(?P<unit>{alternation(fr.UNIT_ABBREVIATIONS_AFTER_DIGITS)})(?![\w-])",
            not_after=r"[\w,.]", needs=literal_parts(fr.UNIT_ABBREVIATIONS_AFTER_DIGITS))
def _abbreviated_duration(m: re.Match[str], doc: Doc) -> Found:
    """'3,9 sec' PT3.9S."""
    n = parse_number(m["n"])
    if n is not None:
        yield m.start(), m.end(), Fixed("DURATION", f"PT{n:g}{fr.UNIT_ABBREVIATIONS_AFTER_DIGITS[m['unit']]}")


@RULES.rule(rf"une?\s+demi-(?P<unit>{alternation(fr.HALF_DURATIONS)}){E}", not_after=WORD_CHAR, needs=("demi-",))
def _half_duration(m: re.Match[str], doc: Doc) -> Found:
    """'une demi-heure' PT30M."""
    yield m.start(), m.end(), Fixed("DURATION", fr.HALF_DURATIONS[m["unit"]])


@RULES.rule(rf"{B}(?P<n>{alternation(fr.QUARTER_HOURS)})\s+quarts?\s+d{AP}heure{E}",
            heads="quart")
def _quarter_hour(m: re.Match[str], doc: Doc) -> Found:
    """'un quart d'heure' PT15M, 'trois quarts d'heure' PT45M."""
    yield m.start(), m.end(), Fixed("DURATION", fr.QUARTER_HOURS[m["n"]])


@RULES.rule(
    rf"{B}(?:(?P<det>ces|les)\s+|des\s+)(?:(?P<n1>{NUMBER})\s+)?(?P<adj>derni|prochain)(?:er|ère|e)?s\s+"
    rf"(?:(?P<n2>{NUMBER})\s+)?(?P<unit>{UNIT}){E}",
    heads=r"derni|prochain",
)
def _last_units(m: re.Match[str], doc: Doc) -> Found:
    """'ces dernières 24 heures' PT24H, 'les trois derniers mois' P3M, 'ces derniers jours' PXD,
    'les prochains jours' PXD, '(au cours) des prochaines semaines' PXW."""
    raw = m["n1"] or m["n2"]
    n = parse_number(raw) if raw else None
    if raw is None or n is not None:
        start = m.start() if m["det"] else m.start("n1") if m["n1"] else m.start("adj")
        yield start, m.end(), Fixed("DURATION", _duration_value(n, m["unit"], False))


@RULES.rule(
    rf"{B}(?:(?P<det>les)\s+|des\s+)(?P<unit>{alternation(fr.COMING_UNITS)})\s+"
    rf"(?:{alternation(fr.COMING)}){E}",
    heads=rf"(?:{alternation(fr.COMING)}){E}",
)
def _coming_units(m: re.Match[str], doc: Doc) -> Found:
    """'les semaines qui viennent' PXW, '(dans) les mois à venir' PXM, '(au cours) des jours à
    venir' PXD."""
    start = m.start() if m["det"] else m.start("unit")
    yield start, m.end(), Fixed("DURATION", _duration_value(None, m["unit"], False))


@RULES.rule(
    rf"{B}(?:de|entre)\s+(?P<n>{NUMBER})"
    rf"(?=\s*(?:à|et|-)\s*(?:{NUMBER})\s+(?P<unit>{UNIT}){E})",
    heads=_UNIT_HEADS,
)
def _duration_range_start(m: re.Match[str], doc: Doc) -> Found:
    """The first number of 'de 8 à 24 mois' (P8M); not 'des enfants de 2 à 8 ans' (ages)."""
    n = parse_number(m["n"])
    age = m["unit"] in fr.AGE_UNITS and _is_age(doc, m.start("n"), m.end("n"))
    if n is not None and not age:
        yield m.start("n"), m.end("n"), Fixed("DURATION", _duration_value(n, m["unit"], False))


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
_AGE_LIST = rf"(?:(?:\d+|{NUMBER})(?:\s+(?:{alternation(fr.AGE_LIST_UNITS)}))?\s*(?:,|à|et)\s*)*"
_AGE_BEFORE = re.compile(rf"(?:{alternation(fr.AGE_WORDS)})\s+(?:de\s+|d{AP})?"
                         rf"(?:(?:{alternation(fr.AGE_ADVERBS)})\s*)?{_AGE_LIST}$")
_POSSESSIVE_BEFORE = re.compile(rf"(?:{alternation(fr.AGE_DETERMINERS)})\s+(?:\d+\s*-\s*)?$")
_AT_OR_HAS_BEFORE = re.compile(  # "mort à 92 ans", "il a 87 ans"; not "d'ici à dix ans"
    rf"{B}(?<!ici )(?:{alternation(fr.AGE_VERBS)})\s+{_AGE_LIST}$")
_OF_BEFORE = re.compile(rf"([^\W\d_]+)\s+(?:de|d{AP})\s*{_AGE_LIST}$")
_OF_AFTER_UNIT = re.compile(rf"\s+(?:de|d{AP})")


def _is_age(doc: Doc, start: int, end: int) -> bool:
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
