"""Rules for dates: in digits, with a month name, years and decades, weekdays, days named
from the anchor, parts of the day, weeks, months, seasons and holidays."""

from __future__ import annotations

import re

from recoupe.enrich.timex.lexicon import (
    ANY_MONTH,
    AP,
    DAY,
    DEMONSTRATIVE,
    DIRECTION,
    FULL_MONTH,
    HOLIDAY,
    PART,
    PERIOD_POSITION,
    SEASON,
    WEEKDAY,
    WORD_CHAR,
    YEAR2,
    YEAR4,
    YEAR_NOUNS,
    B,
    E,
    alternation,
    is_valid_date,
    literal_parts,
    parse_day,
    parse_direction,
    parse_part,
    parse_year,
    weekday_index,
)
from recoupe.enrich.timex.meanings import Calendar, Clock, Fixed, Later, Narrative, Shift
from recoupe.enrich.timex.rules import Doc, Found, RuleBook
from recoupe.lang import fr_time as fr

RULES = RuleBook()


# -- dates written in digits -------------------------------------------------------------------

@RULES.rule(r"(?P<y>[12]\d\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:[t ](?P<H>\d\d):(?P<M>\d\d))?(?![\d-])",
            not_after=r"[\d/-]")
def _iso_date(m: re.Match[str], doc: Doc) -> Found:
    """'2025-02-12', '2025-02-12T21:45'."""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if is_valid_date(y, mo, d):
        hour = int(m["H"]) if m["H"] else None
        minute = int(m["M"]) if m["M"] else None
        yield m.start(), m.end(), Calendar(y, mo, d, hour=hour, minute=minute)


@RULES.rule(r"(?P<d>[0-3]\d|\d)[/.](?P<m>[01]\d|\d)[/.](?P<y>\d{4}|\d\d)(?![\d/.]\d)",
            not_after=r"[\d/.]")
def _numeric_date(m: re.Match[str], doc: Doc) -> Found:
    """'12/02/2025', '12.02.25' (day first, as in French)."""
    y, mo, d = parse_year(m["y"]), int(m["m"]), int(m["d"])
    if is_valid_date(y, mo, d):
        yield m.start(), m.end(), Calendar(y, mo, d)


# -- dates with a month name -------------------------------------------------------------------

@RULES.rule(
    rf"{B}(?:(?P<det>le|les|ce)\s+)?(?:(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?\s+)?"
    rf"(?P<d>{DAY})(?:er|re)?(?:\s+|\s*-\s*)(?P<mon>{ANY_MONTH}){E}(?P<dot>\.)?"
    rf"(?:\s+(?P<y>{YEAR4}|{YEAR2}))?(?:\s+(?P<rel>{DIRECTION}))?{E}",
    heads=ANY_MONTH,
)
def _day_month(m: re.Match[str], doc: Doc) -> Found:
    """'le 6 mai', 'ce samedi 8 février', 'mercredi soir 12 février 2025', 'le 1er-Mai',
    '12 déc.'."""
    mon = m["mon"]
    if mon not in fr.FULL_MONTHS and not m["dot"]:
        return  # "févr", "oct": only with their dot
    det = m["det"]
    if det == "ce" and not m["wd"]:
        return
    month, day = fr.MONTHS[mon], parse_day(m["d"])
    year = parse_year(m["y"]) if m["y"] else None
    if not is_valid_date(year or 2000, month, day):
        return
    start = m.start() if det in ("le", "ce") else m.start("wd") if m["wd"] else m.start("d")
    # The dot of "12 déc." belongs to the date; the full stop after "8 juillet." does not.
    end = m.end() if m["y"] or m["rel"] or mon not in fr.FULL_MONTHS else m.end("mon")
    weekday = weekday_index(m["wd"]) if m["wd"] else None
    hour = fr.NAMED_HOURS.get(m["part"] or "")
    yield start, end, Calendar(
        year, month, day, weekday=weekday, part=parse_part(m["part"]), hour=hour,
        minute=0 if hour is not None else None, direction=parse_direction(m["rel"]))


@RULES.rule(
    rf"{B}(?:(?P<det>les|le)\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAY})(?:er|re)?"
    rf"(?=\s*(?:au|et|ou|à|-|–)\s*(?:le\s+)?(?:(?:{WEEKDAY})\s+)?{DAY}(?:er|re)?"
    rf"\s+(?P<mon>{FULL_MONTH})(?:\s+(?P<y>{YEAR4}))?(?:\s+(?P<rel>{DIRECTION}))?)",
    heads=FULL_MONTH,
)
def _day_range_start(m: re.Match[str], doc: Doc) -> Found:
    """The first day of 'du 19 au 23 juillet', 'les 6 et 13 avril': its month is the second's."""
    year = int(m["y"]) if m["y"] else None
    month, day = fr.MONTHS[m["mon"]], parse_day(m["d"])
    if is_valid_date(year or 2000, month, day):
        weekday = weekday_index(m["wd"]) if m["wd"] else None
        yield m.start(), m.end(), Calendar(year, month, day, weekday=weekday,
                                            direction=parse_direction(m["rel"]))


@RULES.rule(
    rf"{B}(?:(?:le|ce)\s+)?(?P<wd>{WEEKDAY})\s+(?P<d>{DAY})(?:er|re)?(?![.,]\d)"
    rf"(?=\s*(?:[,;:.)!?]|$|(?:{alternation(fr.WEEKDAY_DAY_FOLLOWERS)}){E}))",
    heads=WEEKDAY,
)
def _weekday_day(m: re.Match[str], doc: Doc) -> Found:
    """'le jeudi 12': in the month near the anchor where the 12th is a Thursday."""
    yield m.start(), m.end(), Calendar(day=parse_day(m["d"]), weekday=weekday_index(m["wd"]))


@RULES.rule(
    rf"{B}(?:(?:(?:la|le)\s+)?(?P<mod>{PERIOD_POSITION})\s*(?:-\s*)?(?:(?:de|du)\s+|d{AP})?)?"
    rf"(?P<mois>(?:le\s+)?mois\s+(?:de\s+|d{AP}))?(?P<mon>{FULL_MONTH}){E}"
    rf"(?:\s+(?P<y>{YEAR4}|{YEAR2}))?(?:\s+(?P<rel>{DIRECTION}))?{E}",
    heads=FULL_MONTH,
)
def _month(m: re.Match[str], doc: Doc) -> Found:
    """'en mars', 'début octobre', 'fin septembre 2000', 'octobre 98', 'juin prochain', 'la
    mi-octobre 2017', 'la fin du mois d'août dernier'.

    A month name alone needs a word before it that makes it a date ("en", "depuis", "dès"...);
    capitalised in mid-sentence it is taken for a name ("Mars" the planet, "Mai" a first name).
    """
    if not (m["mod"] or m["y"] or m["rel"] or m["mois"]):
        if doc.word_before(m.start()) not in fr.MONTH_CUES:
            return
        if doc.text[m.start()].isupper() and not doc.starts_sentence(m.start()):
            return
    year = parse_year(m["y"]) if m["y"] else None
    yield m.start(), m.end(), Calendar(year, fr.MONTHS[m["mon"]],
                                       direction=parse_direction(m["rel"]))


# -- years and decades -------------------------------------------------------------------------

@RULES.rule(rf"(?P<y>{YEAR4})(?![.,]\d)", not_after=r"[\w,.]")
def _bare_year(m: re.Match[str], doc: Doc) -> Found:
    """'2002', 'depuis 1998', '2002/2003', 'l'an 2000', 'fin 2024'; not '2000 personnes', nor
    the year of a name ('Vision 2030', 'l'Euro 2016', 'la Clio 2019')."""
    if _is_year(doc, m.start(), m.end(), int(m["y"])) and not _ends_a_name(doc, m.start()):
        before = _YEAR_PREFIX.search(doc.low, max(0, m.start() - 12), m.start())
        yield (before.start() if before else m.start()), m.end(), Calendar(int(m["y"]))


def _ends_a_name(doc: Doc, start: int) -> bool:
    """Whether the year at ``start`` is glued to a capitalised name in mid-sentence: the name of
    a programme, an event, a product or a prize ("Horizon 2020", "Miss France 2020", "la Golf
    GTI 2020"), not a date. A month, a season, a holiday or a word that introduces years ("En
    2019" in a glued heading, "L'année 2019") keeps it a date; so does the start of a
    sentence ("Municipales 2020 : ..."), where every word is capitalised."""
    m = _NAME_BEFORE.search(doc.text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    # "FillonEntre 1998", "CADENCESEn 2022": a heading glued to the word before it.
    tail = _GLUED_HEADING.search(word)
    glued = tail is not None and tail.start() > 0
    if tail is not None and glued:
        word = tail.group(0)
    low = word.lower().replace("’", "'")
    if (low in fr.YEAR_CUES or low in fr.MONTHS or low in fr.SEASONS or low in _DATE_WORDS
            or low.endswith(_ELIDED_YEAR_NOUNS) or low.split("'")[-1] in _DATE_WORDS):
        return False
    if glued:
        return True
    return not doc.starts_sentence(m.start(1))


_NAME_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’]*)[\s-]+$")
_GLUED_HEADING = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+$")
_DATE_WORDS = frozenset({*fr.PERIOD_POSITIONS, *YEAR_NOUNS, *fr.WORDS_BEFORE_A_YEAR})


_YEAR_PREFIX = re.compile(
    rf"{B}(?:l{AP}(?:{alternation(YEAR_NOUNS)})\s+|(?:{PERIOD_POSITION})\s*-?\s*)$")
_ELIDED_YEAR_NOUNS = tuple(f"'{w}" for w in YEAR_NOUNS)  # "l'an", "jusqu'à l'année"


def _is_year(doc: Doc, start: int, end: int, year: int) -> bool:
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
    if (before in fr.YEAR_CUES or before.endswith(_ELIDED_YEAR_NOUNS)
            or _DEADLINE_BEFORE.search(doc.low, max(0, start - 12), start)):
        return True
    if (before in fr.QUANTITY_CUES or year < 1800
            or _QUANTITY_BEFORE.search(doc.low, max(0, start - 20), start)):
        return False
    return followed_as_a_year


_DEADLINE_BEFORE = re.compile(rf"{B}d{AP}ici\s+(?:à\s+)?$")  # "d'ici 2030", "d'ici à 2100"
_QUANTITY_BEFORE = re.compile(rf"(?:{alternation(fr.QUANTITY_ADVERBS)})\s+(?:de\s+|d{AP})?$")
_QUANTITY_AFTER = re.compile(r"\s*(?:%|€|\$|£|km|m²|kg|t\b|m\b)")
_YEAR_RANGE_BEFORE = re.compile(rf"{YEAR4}\s*[-/–]\s*$")
_YEAR_RANGE_AFTER = re.compile(rf"\s*[-/–]\s*{YEAR4}")
_YEAR_SPAN_BEFORE = re.compile(
    rf"{B}(?:de|entre|depuis)\s+(?:(?:{alternation(fr.SPAN_START_POSITIONS)})\s*-?\s*)?"
    rf"{YEAR4}\s+(?:à|et|au)\s+$")


@RULES.rule(
    rf"{B}(?:(?P<pos>(?:(?:la|le)\s+)?(?:{PERIOD_POSITION}))\s*(?:-\s*)?des\s+|(?P<det>les)\s+"
    rf"|(?:des|aux)\s+)?(?P<w>années)\s+(?P<y>(?:1\d|20)?\d0)(?!\d)",
    heads="années",
)
def _decade(m: re.Match[str], doc: Doc) -> Found:
    """'les années 1990' -> '199', 'les années 80' -> '198', 'la fin des années 90' -> '199'."""
    y = m["y"]
    decade = y[:3] if len(y) == 4 else f"{parse_year(y) // 10}"
    start = m.start("pos") if m["pos"] else m.start() if m["det"] else m.start("w")
    yield start, m.end(), Fixed("DATE", decade)


@RULES.rule(
    rf"{B}(?:(?P<pos>(?:(?:la|le)\s+)?(?:{PERIOD_POSITION}))\s*(?:-\s*)?(?:du\s+)|(?P<det>le|ce)\s+"
    rf"|(?:du|au)\s+)?(?P<n>[ivxl]+|\d{{1,2}})(?:e|ème|eme|er|è)\s+(?P<w>siècle){E}"
    rf"(?!\s+(?:{alternation(fr.BEFORE_CHRIST)}))",
    heads="siècle",
)
def _century(m: re.Match[str], doc: Doc) -> Found:
    """'le XXe siècle' -> '19', 'au 18e siècle' -> '17', 'la fin du XIXe siècle' -> '18'; not
    before Christ."""
    n = _roman(m["n"]) if m["n"][0] in "ivxl" else int(m["n"])
    if not n or n > 21 or (m["n"][0] in "ivxl" and not doc.text[m.start("n")].isupper()):
        return
    start = m.start("pos") if m["pos"] else m.start() if m["det"] else m.start("n")
    yield start, m.end(), Fixed("DATE", f"{n - 1:02d}")


def _roman(text: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total if total > 0 else None


# -- weekdays, days named from the anchor, parts of the day --------------------------------------

@RULES.rule(
    rf"{B}(?:(?P<ce>ce)\s+)?(?P<wd>{WEEKDAY})(?!\s+(?:{alternation(fr.WEEKDAY_NAME_WORDS)}){E})"
    rf"(?:\s+(?P<part>{PART}))?(?:\s+(?P<rel>{DIRECTION}))?{E}",
    heads=WEEKDAY,
)
def _weekday(m: re.Match[str], doc: Doc) -> Found:
    """'mardi', 'jeudi matin', 'mercredi dernier', 'ce dimanche', 'le dimanche suivant' (after
    the last day named); not the name of a paper
    ('France Dimanche', 'Le Journal du Dimanche')."""
    start = m.start("wd")
    if (doc.text[start].isupper() and doc.text[start + 1].islower()  # not a heading in capitals
            and not doc.starts_sentence(start)
            and _CAPITALISED_BEFORE.search(doc.text, max(0, start - 30), start)):
        return
    hour = fr.NAMED_HOURS.get(m["part"] or "")
    rel = re.sub(r"\s+", " ", m["rel"]) if m["rel"] else None
    yield m.start(), m.end(), Calendar(
        weekday=weekday_index(m["wd"]), part=parse_part(m["part"]), hour=hour,
        minute=0 if hour is not None else None, direction=parse_direction(rel),
        anaphoric=rel in fr.ANAPHORIC_DIRECTIONS)


@RULES.rule(
    rf"la\s+nuit\s+(?:de|du)\s+(?:(?P<wd>{WEEKDAY})|(?P<d>{DAY})(?:er)?)\s+(?:à|au)\s+"
    rf"(?:(?:{WEEKDAY})(?:\s+{DAY}(?:er)?)?|{DAY}(?:er)?)"
    rf"(?:\s+(?P<mon>{FULL_MONTH})(?:\s+(?P<y>{YEAR4}))?)?{E}",
    not_after=WORD_CHAR, needs=("nuit",),
)
def _night_between(m: re.Match[str], doc: Doc) -> Found:
    """'la nuit de lundi à mardi', 'la nuit du 25 au 26 janvier': the night of the first day."""
    if m["wd"]:
        yield m.start(), m.end(), Calendar(weekday=weekday_index(m["wd"]), part="NI")
    elif m["mon"] and is_valid_date(2000, fr.MONTHS[m["mon"]], parse_day(m["d"])):
        year = int(m["y"]) if m["y"] else None
        yield m.start(), m.end(), Calendar(year, fr.MONTHS[m["mon"]], parse_day(m["d"]),
                                            part="NI")


@RULES.rule(
    rf"(?P<w>{alternation(fr.RELATIVE_DAYS)})(?:\s+(?P<part>{PART}))?{E}",
    not_after=WORD_CHAR, needs=literal_parts(fr.RELATIVE_DAYS),
)
def _relative_day(m: re.Match[str], doc: Doc) -> Found:
    """'hier', 'hier soir', 'demain matin', 'aujourd'hui' (or PRESENT_REF: 'nowadays')."""
    word = m["w"].replace("’", "'")
    if word == "aujourd'hui" and not m["part"] and _means_nowadays(doc, m.start()):
        yield m.start(), m.end(), Fixed("TIME", "PRESENT_REF")
        return
    hour = fr.NAMED_HOURS.get(m["part"] or "")
    yield m.start(), m.end(), Shift("day", days=fr.RELATIVE_DAYS[word], part=parse_part(m["part"]),
                                     hour=hour, minute=0 if hour is not None else None)


_CAPITALISED_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:du|de|la|le))?\s+$")
_NEGATION_BEFORE = re.compile(rf"{B}(?:ne|n{AP})\s*[^\W\d_]+\s*$")
_NOWADAYS_OPENING = re.compile(rf"aujourd{AP}hui\s*,")


def _means_nowadays(doc: Doc, start: int) -> bool:
    """'Aujourd'hui, la ville a changé', 'rien ne justifie aujourd'hui': the present, not a day.

    A sentence opening on "Aujourd'hui," contrasts with the past, and in a negated clause the
    word states a situation; otherwise "aujourd'hui" in news is the day of publication.
    """
    if doc.starts_sentence(start) and _NOWADAYS_OPENING.match(doc.low, start):
        return True
    clause = re.split(r"[,;:.!?«»\n]", doc.low[max(0, start - 40):start])[-1]
    return _NEGATION_BEFORE.search(clause) is not None


@RULES.rule(rf"{B}(?:{DEMONSTRATIVE})\s+(?P<part>{alternation(fr.PARTS_AFTER_THIS)}){E}",
            heads=alternation(fr.PARTS_AFTER_THIS))
def _this_part_of_day(m: re.Match[str], doc: Doc) -> Found:
    """'ce soir', 'cet après-midi', 'cette nuit', 'ce midi': a part of the anchor day."""
    hour = fr.NAMED_HOURS.get(m["part"])
    if hour is not None:
        yield m.start(), m.end(), Shift("day", hour=hour, minute=0)
    else:
        yield m.start(), m.end(), Shift("day", part=parse_part(m["part"]))


@RULES.rule(
    rf"{B}(?:(?:la|le|l{AP})\s*)?(?P<w>{alternation(fr.NARRATIVE_DAYS)})"
    rf"(?:\s+(?:au\s+)?(?P<part>{PART}))?{E}",
    heads=alternation(fr.NARRATIVE_DAYS),
)
def _narrative_day(m: re.Match[str], doc: Doc) -> Found:
    """'la veille', 'le lendemain matin', 'au lendemain de'."""
    yield m.start(), m.end(), Narrative(fr.NARRATIVE_DAYS[m["w"]], parse_part(m["part"]))


@RULES.rule(rf"{B}le\s+(?P<part>{alternation(fr.SAME_DAY_PARTS)})\s+même{E}", heads="même")
def _same_day(m: re.Match[str], doc: Doc) -> Found:
    """'le jour même', 'le matin même': the day the text speaks of."""
    yield m.start(), m.end(), Narrative(0, parse_part(m["part"]))


@RULES.rule(
    rf"{B}(?:en\s+)?(?P<pos>{alternation(fr.DAY_POSITIONS)})\s+(?:de\s+|d{AP})"
    rf"(?P<part>{alternation(fr.PARTS_WITH_POSITIONS)}){E}",
    heads=alternation(fr.PARTS_WITH_POSITIONS),
)
def _part_of_day_edge(m: re.Match[str], doc: Doc) -> Found:
    """'(en) fin d'après-midi', 'en début de soirée', 'en début de journée' (the morning)."""
    part = parse_part(m["part"]) or fr.DAY_POSITIONS[m["pos"]]
    yield m.start("pos"), m.end(), Clock(part=part)


@RULES.rule(
    rf"{B}(?:(?P<dans>dans)\s+)?(?P<det>la|l{AP}|en)\s*"
    rf"(?P<part>{alternation(fr.PARTS_AS_PERIODS)}){E}",
    heads=alternation(fr.PARTS_AS_PERIODS),
)
def _part_of_day(m: re.Match[str], doc: Doc) -> Found:
    """'dans la nuit', 'en soirée'; 'la soirée' only beside a day named in its sentence."""
    det, part = m["det"], m["part"]
    if det == "en" and part not in fr.PARTS_AFTER_EN:
        return
    start = m.start("part") if det == "en" else m.start("det")
    yield start, m.end(), Clock(part=parse_part(part), needs_day=not m["dans"] and det != "en")


@RULES.rule(rf"{B}toute\s+la\s+(?P<part>{alternation(fr.PARTS_AFTER_ALL)}){E}",
            heads=alternation(fr.PARTS_AFTER_ALL))
def _all_the_part(m: re.Match[str], doc: Doc) -> Found:
    """'toute la matinée' TMO, 'toute la nuit' TNI: the part of the day its sentence speaks of."""
    yield m.start(), m.end(), Clock(part=parse_part(m["part"]))


@RULES.rule(rf"{B}la\s+nuit\s+(?:dernière|passée){E}", heads="nuit")
def _last_night(m: re.Match[str], doc: Doc) -> Found:
    """'la nuit dernière': the night before the anchor day."""
    yield m.start(), m.end(), Shift("day", days=-1, part="NI")


@RULES.rule(
    rf"{B}(?:au\s+(?P<au>{alternation(fr.PARTS_AFTER_AU)})|(?P<named>{alternation(fr.NAMED_PARTS_OF_DAY)}))"
    rf"{E}(?!\s*(?:(?:de|du|des)(?![\w-])|d{AP}))",
    heads=alternation(w.split()[-1] for w in [*fr.PARTS_AFTER_AU, *fr.NAMED_PARTS_OF_DAY]),
)
def _named_part_of_day(m: re.Match[str], doc: Doc) -> Found:
    """'à l'aube' TMO, 'à la mi-journée' T12:00, '(jeudi 4 juin) au matin' TMO; not 'à l'aube
    d'une ère nouvelle'. 'au matin' needs a day named in its sentence."""
    noun = re.split(rf"\s|{AP}", m.group(0))[-1]  # "aube", "mi-journée", "matin"
    if doc.text[m.end() - len(noun)].isupper() and not doc.starts_sentence(m.start()):
        return  # "l'Aube" (a département), "Les Promesses de l'Aube" (a title)
    if m["au"]:
        yield m.start("au"), m.end(), Clock(part=fr.PARTS_AFTER_AU[re.sub(r"\s+", " ", m["au"])],
                                            needs_day=True)
        return
    hour, part = fr.NAMED_PARTS_OF_DAY[re.sub(r"\s+", " ", m["named"]).replace("’", "'")]
    yield m.start(), m.end(), Clock(hour, 0 if hour is not None else None, part)


@RULES.rule(
    rf"{B}(?:(?P<det>la|le)\s+)?(?P<pos>{alternation(fr.UNIT_POSITIONS)})\s+"
    rf"(?:{alternation(fr.UNIT_ARTICLES)}|de|d{AP})\s*(?P<unit>{alternation(fr.POSITIONED_UNITS)})"
    rf"(?:\s+(?P<rel>{DIRECTION}))?{E}(?!\s*(?:(?:de|du|des)(?![\w-])|d{AP}|\d|{FULL_MONTH}))",
    heads=alternation(fr.POSITIONED_UNITS),
)
def _unit_edge(m: re.Match[str], doc: Doc) -> Found:
    """'(en) début de semaine', 'en fin d'année', 'en milieu de mois prochain', 'la fin de
    l'année', '(au) début du mois': a part of the current unit (or of the one the direction
    gives), at the unit's granularity; not 'la fin de l'année 1998' (the year rule)."""
    rel = re.sub(r"\s+", " ", m["rel"]) if m["rel"] else None
    if rel in fr.ANAPHORIC_DIRECTIONS:
        return
    yield m.start(), m.end(), _unit_shift(fr.POSITIONED_UNITS[m["unit"]], parse_direction(rel) or 0)


@RULES.rule(
    rf"{B}la\s+(?P<w>rentrée)(?:\s+(?:{alternation(fr.RENTREE_KINDS)}))?(?:\s+(?P<y>{YEAR4}))?{E}"
    rf"(?!\s*(?:(?:de|du|des)(?![\w-])|d{AP}))",
    heads="rentrée",
)
def _rentree(m: re.Match[str], doc: Doc) -> Found:
    """'la rentrée', 'la rentrée scolaire 2020': September (the return to school and work after
    the summer); not 'la rentrée d'argent', nor a name ('la Rentrée')."""
    if doc.text[m.start("w")].isupper():
        return
    yield m.start(), m.end(), Calendar(int(m["y"]) if m["y"] else None, 9)


# -- units named from the anchor: weeks, months, years, seasons, holidays -----------------------

# Heads: each unit up to its hyphen or space ("week" for "week-end" and "week end"); a unit of
# two letters ("an") with its article, as alone it is inside too many words.
_CALENDAR_HEADS = alternation(
    [re.split(r"[-\s]", u)[0] for u in fr.CALENDAR_UNITS if len(u) > 2]
    + [f"l'{u}" for u in fr.CALENDAR_UNITS if len(u) <= 2])


@RULES.rule(
    rf"{B}(?P<det>la|le|l{AP}|{DEMONSTRATIVE})\s*"
    rf"(?P<unit>{alternation(fr.CALENDAR_UNITS)})"
    rf"(?:-ci|\s+(?P<rel>{DIRECTION}))?{E}",
    heads=_CALENDAR_HEADS,
)
def _calendar_unit(m: re.Match[str], doc: Doc) -> Found:
    """'la semaine dernière', 'cette semaine', 'ce week-end', 'le mois prochain', 'l'an passé'."""
    rel = re.sub(r"\s+", " ", m["rel"]) if m["rel"] else None
    unit = fr.CALENDAR_UNITS[re.sub(r"\s+", " ", m["unit"])]
    if rel in fr.ANAPHORIC_DIRECTIONS:
        # Counted from the last date named ("le mois suivant"), not from the anchor.
        if m["det"] not in fr.DEMONSTRATIVES:
            if unit == "month":
                yield m.start(), m.end(), Later("month", fr.DIRECTIONS[rel])
            elif unit == "year":
                yield m.start(), m.end(), Later("year", fr.DIRECTIONS[rel])
        return
    if not rel and m["det"] not in fr.DEMONSTRATIVES:
        return  # "la semaine", "l'année": no point in time
    yield m.start(), m.end(), _unit_shift(unit, parse_direction(rel) or 0)


def _unit_shift(unit: str, offset: int) -> Shift:
    if unit == "week":
        return Shift("week", days=7 * offset)
    if unit == "weekend":
        return Shift("weekend", days=7 * offset)
    if unit == "month":
        return Shift("month", months=offset)
    if unit == "quarter":
        return Shift("quarter", months=3 * offset)
    return Shift("year", months=12 * offset)


@RULES.rule(
    rf"{B}(?:(?P<det>l{AP}|le|cet|ce|en|au|du)\s*)?(?P<s>{SEASON})"
    rf"(?:\s+(?P<y>{YEAR4})(?=\s*[-/]\s*{YEAR4})|(?:\s+(?P<y1>{YEAR4})|\s+(?P<rel>{DIRECTION}))?{E})",
    heads=SEASON,
)
def _season(m: re.Match[str], doc: Doc) -> Found:
    """'l'automne', 'cet été', 'au printemps 2024', '(à partir du) printemps 2019', 'l'hiver
    dernier'; without an article only with a year.

    Not a named event: "le Printemps de Bourges", "au printemps de l'environnement".
    """
    det, year = m["det"], m["y"] or m["y1"]
    if not year and (not det or _OF_AFTER.match(doc.low, m.end())
                     or doc.text[m.start("s")].isupper()):
        return
    if det == "du" and not year:
        return  # "la fin du printemps": the season under way or a named one, left alone
    start = m.start("s") if det in ("en", "au", "du", None) else m.start()
    direction = parse_direction(m["rel"]) if m["rel"] else (0 if det in ("ce", "cet") else None)
    yield start, m.end(), Calendar(int(year) if year else None, season=fr.SEASONS[m["s"]],
                                    direction=direction)


_OF_AFTER = re.compile(rf"\s+(?:de|du|des|d{AP})(?!\s*\d)")


@RULES.rule(
    rf"{B}(?<!père\s)(?<!papa\s)(?:(?:la|cette)\s+fête\s+(?:de\s+)?)?(?P<name>{HOLIDAY})(?:\s+(?P<y>{YEAR4}))?{E}",
    heads=HOLIDAY,
)
def _holiday(m: re.Match[str], doc: Doc) -> Found:
    """'Noël', 'la Toussaint', 'cette fête de Pentecôte', 'Pâques 2024'; not 'Noël Mamère'."""
    if _CAPITALISED_AFTER.match(doc.text, m.end()):
        return
    name = re.sub(r"\s+", " ", m["name"]).replace("’", "'")
    year = int(m["y"]) if m["y"] else None
    if name in fr.FIXED_HOLIDAYS:
        month, day = fr.FIXED_HOLIDAYS[name]
        yield m.start(), m.end(), Calendar(year, month, day)
    else:
        yield m.start(), m.end(), Calendar(year, easter=fr.EASTER_HOLIDAYS[name])


_CAPITALISED_AFTER = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
