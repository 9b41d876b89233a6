"""Pattern pieces, built once from the word lists of :mod:`recoupe.lang.fr_time`, and the
readers of the words they match.

Patterns are lower case: they run on the lower-cased text, which lets the regex engine skip
quickly to the first letters it can match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from recoupe.lang import fr_time as fr


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first (then in alphabetical order, so that the
    pattern is the same in every run), with flexible spaces and apostrophes."""
    items = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in items)


def literal_parts(words: Iterable[str]) -> tuple[str, ...]:
    """What a match of ``alternation(words)`` holds as written, for each word: the word lower
    case up to its first space or apostrophe (which the alternation makes flexible). Every
    match contains one of them (a rule's ``needs``)."""
    return tuple(sorted({re.split(r"[\s'’]", w.lower())[0] for w in words}))


AP = "['’]"
B = r"(?<![\w-])"  # start of a word (a hyphen joins words: "Jean-Noël" is no holiday)
E = r"(?![\w-])"  # end of a word
WORD_CHAR = r"[\w-]"  # a character that, before a match, puts its start inside a word
FULL_MONTH = alternation(fr.FULL_MONTHS)
ANY_MONTH = alternation(fr.MONTHS)
WEEKDAY = alternation(fr.WEEKDAYS)
DAY = rf"(?:{alternation(fr.FIRST_OF_MONTH)}|[12]\d|3[01]|0?[1-9])(?!\d)"
YEAR4 = r"(?:1\d\d\d|2[01]\d\d)(?!\d)"
# A two-digit year: "octobre 98", not "mai 12 personnes", "mai 12 h" (a letter after it).
YEAR2 = r"['’]?\d\d(?!\d|[,.]\d|\s*[^\W\d_])"
_NUMBER_WORD = alternation(fr.NUMBER_WORDS)
NUMBER = (rf"(?:\d+(?:[,.]\d+)?(?!\d)"
          rf"|(?:{_NUMBER_WORD})(?:(?:\s+et\s+|-|\s+)(?:{_NUMBER_WORD}))*{E})")
UNIT = alternation(u for u in fr.DURATION_UNITS if len(u) > 1)
PART = alternation(fr.PARTS_AFTER_A_DAY)
DIRECTION = alternation(fr.DIRECTIONS)
APPROX = alternation(fr.DURATION_APPROXIMATIONS)
VAGUE = alternation(fr.VAGUE_QUANTITIES)
ORDINAL = alternation(fr.ORDINALS)
SEASON = alternation(fr.SEASONS)
HOLIDAY = alternation([*fr.FIXED_HOLIDAYS, *fr.EASTER_HOLIDAYS])
DEMONSTRATIVE = alternation(fr.DEMONSTRATIVES)
PERIOD_POSITION = alternation(fr.PERIOD_POSITIONS)  # "début octobre", "fin 2024", "mi-mars"
# The nouns of the year, "an" and "année", from the calendar units.
YEAR_NOUNS = tuple(w for w, unit in fr.CALENDAR_UNITS.items() if unit == "year")


# ---------------------------------------------------------------------------------------------
# Readers of what the patterns match.

def is_valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def parse_number(text: str) -> float | None:
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


def parse_day(text: str) -> int:
    return 1 if text in fr.FIRST_OF_MONTH else int(text)


def parse_year(text: str) -> int:
    """'2002'; '98' is 1998 and '05' 2005."""
    digits = text.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    return 1900 + int(digits) if int(digits) > 30 else 2000 + int(digits)


def parse_part(word: str | None) -> str | None:
    """The TIMEX3 suffix of a part of the day ("soir" -> "EV"); None for other words ("midi")."""
    return fr.PARTS_OF_DAY.get(word) if word else None


def parse_direction(word: str | None) -> int | None:
    return fr.DIRECTIONS.get(re.sub(r"\s+", " ", word)) if word else None


def weekday_index(word: str) -> int:
    return fr.WEEKDAYS.index(word)
