"""Rules for sets: "chaque jour", "tous les lundis", "les deuxième et quatrième jeudis"."""

from __future__ import annotations

import re

from recoupe.enrich.timex.lexicon import (
    DAY,
    FULL_MONTH,
    NUMBER,
    ORDINAL,
    WEEKDAY,
    WORD_CHAR,
    B,
    E,
    alternation,
    is_valid_date,
    literal_parts,
    parse_day,
    parse_number,
    weekday_index,
)
from recoupe.enrich.timex.meanings import Fixed
from recoupe.enrich.timex.rules import Doc, Found, RuleBook
from recoupe.lang import fr_time as fr

RULES = RuleBook()


@RULES.rule(
    rf"(?:{alternation(fr.EVERY)})\s+(?:(?P<n>{NUMBER})\s+)?"
    rf"(?P<unit>(?:{WEEKDAY})s?|{alternation(fr.SET_UNITS)}){E}",
    not_after=WORD_CHAR, needs=literal_parts(fr.EVERY),
)
def _every(m: re.Match[str], doc: Doc) -> Found:
    """'chaque jour' P1D, 'tous les lundis' XXXX-WXX-1, 'tous les deux ans' P2Y."""
    unit = m["unit"]
    if unit.rstrip("s") in fr.WEEKDAYS:
        yield m.start(), m.end(), Fixed("SET", f"XXXX-WXX-{weekday_index(unit.rstrip('s')) + 1}")
        return
    value = fr.SET_UNITS[unit]
    if m["n"]:
        n = parse_number(m["n"])
        if n is None or not value.startswith("P"):
            return
        value = f"P{n:g}{value[-1]}"
    yield m.start(), m.end(), Fixed("SET", value)


@RULES.rule(
    rf"(?:{alternation(fr.EVERY_MASCULINE)})\s+(?P<d>{DAY})(?:er)?\s+(?P<mon>{FULL_MONTH}){E}",
    not_after=WORD_CHAR, needs=literal_parts(fr.EVERY_MASCULINE),
)
def _every_date(m: re.Match[str], doc: Doc) -> Found:
    """'tous les 30 avril': SET 'XXXX-04-30'."""
    month, day = fr.MONTHS[m["mon"]], parse_day(m["d"])
    if is_valid_date(2000, month, day):
        yield m.start(), m.end(), Fixed("SET", f"XXXX-{month:02d}-{day:02d}")


@RULES.rule(rf"{B}les\s+(?:(?:{ORDINAL})\s+(?:et\s+(?:{ORDINAL})\s+)?)?(?P<wd>{WEEKDAY})s{E}",
            heads=alternation(f"{w}s" for w in fr.WEEKDAYS))
def _weekly(m: re.Match[str], doc: Doc) -> Found:
    """'les lundis', 'les deuxième et quatrième jeudis': SET 'XXXX-WXX-4'."""
    yield m.start(), m.end(), Fixed("SET", f"XXXX-WXX-{weekday_index(m['wd']) + 1}")
