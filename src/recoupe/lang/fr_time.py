"""French language data for time expressions (TIMEX3): names, numbers, units, cues.

Only data lives here; :mod:`recoupe.enrich.timex` holds the logic. Month and weekday names come from
:mod:`recoupe.lang.fr`, which the dateline parser shares. Tables are keyed by lower-case text
with straight apostrophes (the logic folds "’" into "'").
"""

from __future__ import annotations

from recoupe.lang.fr import (  # noqa: F401 - NUMBER_WORDS is read as fr_time.NUMBER_WORDS
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
)

__all__ = ["MONTHS", "WEEKDAYS"]  # re-exported: one list of names for the whole package

# ---------------------------------------------------------------------------------------------
# Names of the calendar.

# Month names that stand alone in running text. The short forms of MONTHS ("oct", "déc") are
# taken only after a day number and with their dot ("12 déc."): "sept" is also a number.
FULL_MONTHS: frozenset[str] = frozenset({
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre",
})

# Seasons: word -> TIMEX3 season code.
SEASONS: dict[str, str] = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}

# Seasons counted ("trois étés", "deux hivers"): plural -> TIMEX3 season code (DURATION P3SU).
SEASONS_COUNTED: dict[str, str] = {
    "printemps": "SP", "étés": "SU", "automnes": "FA", "hivers": "WI",
}

# Holidays on a fixed day: name -> (month, day), with the article they are written with. Only
# names that mean one day wherever they stand ("la fête nationale" is not always 14 July).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "noël": (12, 25), "la toussaint": (11, 1), "la saint-sylvestre": (12, 31),
    "le jour de l'an": (1, 1), "le nouvel an": (1, 1), "la saint-valentin": (2, 14),
    "l'assomption": (8, 15), "la fête du travail": (5, 1), "la chandeleur": (2, 2),
    "l'épiphanie": (1, 6), "la fête de la musique": (6, 21),
}
# Holidays that move with Easter: name -> days after Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "pâques": 0, "lundi de pâques": 1, "l'ascension": 39, "la pentecôte": 49, "pentecôte": 49,
    "lundi de pentecôte": 50, "mardi gras": -47, "le mercredi des cendres": -46,
}

# ---------------------------------------------------------------------------------------------
# Numbers and units.

# Cardinal number words: ``recoupe.lang.fr.NUMBER_WORDS`` (compounds such as "dix-huit" are summed).

# Vague quantities: the TIMEX3 value keeps an "X" for the number ("quelques jours" PXD).
VAGUE_QUANTITIES: frozenset[str] = frozenset({
    "quelques", "plusieurs", "des", "de longues", "de longs", "de nombreuses", "de nombreux",
})
# Units taken after the vague "des" ("depuis des années"), not "des heures de route".
PLURAL_VAGUE_UNITS: frozenset[str] = frozenset({
    "années", "mois", "semaines", "décennies", "siècles",
})

# The first of the month, the one day not written in digits: "le 1er mai", "le premier mars".
FIRST_OF_MONTH: tuple[str, ...] = ("1er", "1re", "premier")

# Ordinals, for "les deuxième et quatrième jeudis".
ORDINALS: frozenset[str] = frozenset({
    "premier", "première", "1er", "1re", "deuxième", "second", "seconde", "2e", "troisième",
    "3e", "quatrième", "4e", "cinquième", "5e", "dernier", "dernière",
})

# Duration units: word -> (TIMEX3 unit, True when the unit is below the day). Decades and
# centuries take the TIMEX3 units "DE" and "CE".
DURATION_UNITS: dict[str, tuple[str, bool]] = {
    "seconde": ("S", True), "secondes": ("S", True),
    "minute": ("M", True), "minutes": ("M", True), "min": ("M", True), "mn": ("M", True),
    "heure": ("H", True), "heures": ("H", True),
    "jour": ("D", False), "jours": ("D", False), "journée": ("D", False),
    "journées": ("D", False), "nuit": ("D", False), "nuits": ("D", False),
    "semaine": ("W", False), "semaines": ("W", False),
    "mois": ("M", False),
    "an": ("Y", False), "ans": ("Y", False), "année": ("Y", False), "années": ("Y", False),
    "décennie": ("DE", False), "décennies": ("DE", False),
    "siècle": ("CE", False), "siècles": ("CE", False),
}
# Abbreviations of units taken only after digits ("3,9 sec", "45 sec"): "sec" is also a word.
UNIT_ABBREVIATIONS_AFTER_DIGITS: dict[str, str] = {"sec": "S"}
# Units taken after "un"/"une" only behind a preposition of duration ("pendant un jour"): not
# "un jour" (some day), "une seconde fois", "à une heure".
ONE_NEEDS_PREPOSITION: frozenset[str] = frozenset({
    "jour", "nuit", "seconde", "heure", "journée", "minute",
})
# Those prepositions of duration (and verbs of lasting), just before "un"/"une": "pendant un
# jour", "au bout d'une heure", "a duré une journée", "d'une heure", "qu'une heure".
DURATION_PREPOSITIONS: tuple[str, ...] = (
    "pendant", "durant", "depuis", "pour", "en", "bout d'", "après", "sur", "qu'", "d'",
    "duré", "dure", "durait", "durera", "durer",
)

# What "et demi(e)" adds to one unit, in the next smaller unit ("deux ans et demi" P2Y6M);
# units below the day carry a "T" ("une heure et demie" PT1H30M). Other halves are decimals.
HALF_UNIT: dict[str, str] = {
    "CE": "50Y", "DE": "5Y", "Y": "6M", "D": "T12H", "HT": "30M", "MT": "30S",
}
# "une demi-heure", "une demi-journée", "un demi-siècle".
HALF_DURATIONS: dict[str, str] = {
    "heure": "PT30M", "journée": "PT12H", "siècle": "P50Y", "saison": "P3M",
}
# Quarters of an hour: the number before "quart(s) d'heure" -> value ("trois quarts d'heure").
QUARTER_HOURS: dict[str, str] = {"un": "PT15M", "trois": "PT45M"}

# Words before a duration that belong to it in French TimeBank ("près de 24 heures").
DURATION_APPROXIMATIONS: tuple[str, ...] = (
    "près de", "près d'", "environ", "presque", "plus de", "plus d'", "moins de", "moins d'",
    "au moins", "pas moins de", "un peu plus de", "un peu plus d'", "un peu moins de",
    "quelque", "bien plus de",
)

# Words before a duration that make it a point before (-1) or after (+1) the anchor: "il y a
# trois jours", "voilà un an", "dans deux semaines".
OFFSET_WORDS: dict[str, int] = {"il y a": -1, "voilà": -1, "voici": -1, "dans": 1}
# Words after a duration that make it a point so many units after (+1) or before (-1) the last
# date the text named: "deux ans plus tard", "trois jours auparavant"; "après" only at the end
# of a clause ("un an après, ..."), not before what it counts from ("un an après sa mort").
LATER_WORDS: dict[str, int] = {"plus tard": 1, "après": 1, "plus tôt": -1, "auparavant": -1}
CLAUSE_END_ONLY: frozenset[str] = frozenset({"après"})
# After a plural unit, the time to come: "les semaines qui viennent", "les mois à venir".
COMING: tuple[str, ...] = ("qui viennent", "à venir", "qui suivent", "à suivre")
COMING_UNITS: tuple[str, ...] = ("jours", "semaines", "mois", "années", "heures", "minutes")
# Adverbs between those words and the number: "il y a encore un an", "il y a à peine deux mois".
OFFSET_ADVERBS: tuple[str, ...] = (
    "encore", "seulement", "à peine", "déjà", "tout juste", "pas", "juste", "quasiment",
)
# The vague numbers they take: "il y a quelques jours" is PAST_REF, "dans plusieurs mois"
# FUTURE_REF.
VAGUE_OFFSETS: tuple[str, ...] = ("quelques", "plusieurs")

# ---------------------------------------------------------------------------------------------
# Days, parts of days, units counted from the anchor.

# Days named from the anchor: word -> offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2,
}
# Days named from the last day the text spoke of ("la veille", "le lendemain").
NARRATIVE_DAYS: dict[str, int] = {
    "avant-veille": -2, "veille": -1, "lendemain": 1, "surlendemain": 2,
}

# Parts of the day: word -> TIMEX3 suffix.
PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "apres-midi": "AF", "soir": "EV",
    "soirée": "EV", "nuit": "NI", "mi-journée": "MI",
}
# Hours with a name: word -> hour ("à midi" T12:00, "vers minuit" T24:00, "jeudi midi").
NAMED_HOURS: dict[str, int] = {"midi": 12, "minuit": 24}
# The parts of the day (and "midi") that each construction takes:
# after a day, "hier soir", "mardi matin", "jeudi midi";
PARTS_AFTER_A_DAY: tuple[str, ...] = ("matin", "après-midi", "apres-midi", "soir", "midi", "nuit")
# after "ce", "cet", "cette": "ce soir", "cet après-midi", "cette nuit", "ce midi";
PARTS_AFTER_THIS: tuple[str, ...] = ("matin", "midi", "après-midi", "soir", "nuit")
# as a stretch of time, after "la", "l'", "dans la", "en": "dans la nuit", "en soirée"; after
# "en" alone, only PARTS_AFTER_EN;
PARTS_AS_PERIODS: tuple[str, ...] = ("matinée", "après-midi", "soirée", "nuit")
PARTS_AFTER_EN: frozenset[str] = frozenset({"matinée", "soirée"})
# after "début de", "milieu de", "fin de": "en fin d'après-midi", "en début de journée";
PARTS_WITH_POSITIONS: tuple[str, ...] = ("matinée", "après-midi", "soirée", "nuit", "journée")
# before "même": "le jour même", "le matin même".
SAME_DAY_PARTS: tuple[str, ...] = ("jour", "matin", "soir")
# Parts of the day named by a noun of their own, with the hour or the suffix they stand for
# ("à l'aube", "à la mi-journée"), and those that follow "au" after a day ("jeudi 4 juin au
# matin", "au petit matin").
NAMED_PARTS_OF_DAY: dict[str, tuple[int | None, str | None]] = {
    "l'aube": (None, "MO"), "la mi-journée": (12, None),
}
PARTS_AFTER_AU: dict[str, str] = {"matin": "MO", "petit matin": "MO", "soir": "EV"}
# Parts of the day after "toute la": "toute la matinée" TMO (a part of the day, not a duration).
PARTS_AFTER_ALL: tuple[str, ...] = ("matinée", "soirée", "nuit", "après-midi")
# Where in the day, for a part that gives none ("en début de journée"): word -> suffix.
DAY_POSITIONS: dict[str, str] = {"début": "MO", "milieu": "MI", "fin": "EV"}

# Words that join a day and its time of day into one expression ("hier à 10 h", "samedi vers
# 22 heures", "jeudi 4 juin au matin"); nothing else may stand between them but spaces.
DAY_TIME_JOINERS: tuple[str, ...] = ("à", "vers", "au")

# The whole of a day, before it: "la journée de dimanche", "la journée du 3 mars" (the day).
WHOLE_DAY: tuple[str, ...] = ("journée",)

# Words after a date or a unit: -1 the one before, +1 the one after, 0 the current one.
DIRECTIONS: dict[str, int] = {
    "dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1,
    "passé": -1, "passée": -1, "passés": -1, "passées": -1,
    "précédent": -1, "précédente": -1,
    "prochain": 1, "prochaine": 1, "prochains": 1, "prochaines": 1,
    "suivant": 1, "suivante": 1,
    "en cours": 0,
}
# Directions counted from the time the text speaks of, not from the anchor ("la semaine
# suivante"): a calendar unit with them is not taken.
ANAPHORIC_DIRECTIONS: frozenset[str] = frozenset({
    "suivant", "suivante", "précédent", "précédente",
})
# Parts of a unit of the calendar, and those units: "en début de semaine", "en fin d'année",
# "milieu de mois prochain".
UNIT_POSITIONS: tuple[str, ...] = ("début", "fin", "milieu")
POSITIONED_UNITS: dict[str, str] = {"semaine": "week", "mois": "month", "année": "year"}
# The article of each unit after "de" ("la fin de l'année", "le début du mois", "la fin de la
# semaine").
UNIT_ARTICLES: tuple[str, ...] = ("de la", "de l'", "du")
# After "la rentrée": "la rentrée scolaire", "la rentrée des classes" (all September).
RENTREE_KINDS: tuple[str, ...] = (
    "scolaire", "universitaire", "des classes", "politique", "sociale", "littéraire",
)
# After a century: before Christ ("le IVe siècle avant J.-C."), not taken.
BEFORE_CHRIST: tuple[str, ...] = ("avant j", "av. j", "av j", "avant notre ère")

# Demonstratives: "ce week-end", "cet après-midi", "cette semaine" (the current one).
DEMONSTRATIVES: tuple[str, ...] = ("ce", "cet", "cette")

# Calendar units of "la semaine dernière", "ce week-end", "le mois prochain", "cette année".
CALENDAR_UNITS: dict[str, str] = {
    "semaine": "week", "week-end": "weekend", "week end": "weekend", "mois": "month",
    "an": "year", "année": "year", "trimestre": "quarter",
}

# ---------------------------------------------------------------------------------------------
# Words that are time expressions by themselves.

# The present, the past or the future as a whole (TIMEX3 REF values, typed TIME).
REFERENCES: dict[str, str] = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "désormais": "PRESENT_REF",
    "à présent": "PRESENT_REF", "en ce moment": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF", "à l'heure qu'il est": "PRESENT_REF",
    "pour le moment": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
    "récemment": "PAST_REF", "dernièrement": "PAST_REF", "naguère": "PAST_REF", "jadis": "PAST_REF",
    "autrefois": "PAST_REF", "dans le passé": "PAST_REF",
    "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "dans l'avenir": "FUTURE_REF",
    "dans le futur": "FUTURE_REF", "une date ultérieure": "FUTURE_REF",
}
# Those that mean "nearly" before a number ("depuis bientôt dix ans"): then no reference.
ADVERBS_OF_QUANTITY_TOO: frozenset[str] = frozenset({"bientôt"})
# Those whose preposition is not part of the expression: "dans [le futur]", "à [l'avenir]".
REFERENCES_AFTER_A_PREPOSITION: frozenset[str] = frozenset({
    "dans le passé", "à l'avenir", "dans l'avenir", "dans le futur", "pour le moment",
    "pour l'instant",
})
# Adjectives of frequency: TIMEX3 SET values ("le lot quotidien", "le dîner annuel").
FREQUENCY_ADJECTIVES: dict[str, str] = {
    "quotidien": "P1D", "quotidienne": "P1D", "quotidiens": "P1D", "quotidiennes": "P1D",
    "hebdomadaire": "P1W", "hebdomadaires": "P1W",
    "mensuel": "P1M", "mensuelle": "P1M", "mensuels": "P1M", "mensuelles": "P1M",
    "trimestriel": "P3M", "trimestrielle": "P3M", "trimestriels": "P3M", "trimestrielles": "P3M",
    "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
    "journalier": "P1D", "journalière": "P1D", "journaliers": "P1D", "journalières": "P1D",
}
# Adjectives that are times of day ("une virée nocturne").
TIME_ADJECTIVES: dict[str, str] = {"nocturne": "TNI", "nocturnes": "TNI"}
# One word of each entry of the three tables above, the rarest: entries are looked for only
# around these.
LEXICON_HEADS: tuple[str, ...] = (
    "maintenant", "actuel", "désormais", "présent", "moment", "instant", "nos jours", "heure",
    "récemment",
    "dernièrement", "naguère", "jadis", "autrefois", "passé", "prochainement", "bientôt",
    "avenir", "futur", "ultérieure", "quotidien", "hebdomadaire", "mensuel", "trimestriel",
    "annuel", "journali", "nocturne",
)

# "Every": "chaque jour", "tous les lundis", "toutes les semaines"; before a date only the
# masculine ones ("tous les 30 avril").
EVERY: tuple[str, ...] = ("chaque", "tous les", "toutes les")
EVERY_MASCULINE: tuple[str, ...] = ("chaque", "tous les")
# Units of "chaque jour", "tous les mois", "tous les soirs": SET values ("an" is not taken:
# "tous les ans", not "chaque an").
SET_UNITS: dict[str, str] = {
    "jour": "P1D", "jours": "P1D", "semaine": "P1W", "semaines": "P1W", "mois": "P1M",
    "ans": "P1Y", "année": "P1Y", "années": "P1Y", "week-end": "XXXX-WXX-WE",
    "week-ends": "XXXX-WXX-WE", "matin": "TMO", "matins": "TMO", "soir": "TEV", "soirs": "TEV",
    "nuit": "TNI", "nuits": "TNI", "été": "XXXX-SU", "hiver": "XXXX-WI",
    "printemps": "XXXX-SP", "automne": "XXXX-FA",
}

# Rates: "2.000 euros par mois" SET P1M, "une fois par an" P1Y, "50 euros par nuit".
RATES: dict[str, str] = {
    "par seconde": "PT1S", "par minute": "PT1M", "par heure": "PT1H", "par jour": "P1D",
    "par nuit": "XXXX-XX-XXTNI", "par semaine": "P1W", "par mois": "P1M",
    "par trimestre": "P3M", "par an": "P1Y", "par année": "P1Y", "par décennie": "P10Y",
    "par siècle": "P100Y", "par millénaire": "P1000Y",
}

# ---------------------------------------------------------------------------------------------
# The words around an expression that tell what it is.

# Where in a period: "début octobre", "fin 2024", "mi-mars", "milieu janvier", "courant 2025".
PERIOD_POSITIONS: tuple[str, ...] = ("début", "fin", "mi", "milieu", "courant")
# Those taken before the first year of a span: "de fin 2007 à 2017".
SPAN_START_POSITIONS: tuple[str, ...] = ("début", "fin", "mi")

# Before a four-digit number: a year even without other context ("en 2000", "l'an 2000").
YEAR_CUES: frozenset[str] = frozenset({
    "en", "depuis", "dès", "jusqu'en", "l'an", "an", "l'année", "année", "fin", "début", "mi",
    "courant", "printemps", "été", "automne", "hiver", "vers", "avant", "après", "saison",
    "exercice", "cuvée", "millésime", "promotion", "entre",
})
# Capitalised words before a year that leave it a date (besides YEAR_CUES, months, seasons,
# "fin", "début", "an", "année"): "Pour 2020", "D'ici 2030", "La Saison 2020". After any other
# capitalised word in mid-sentence a year belongs to a name ("Vision 2030", "l'Euro 2016").
WORDS_BEFORE_A_YEAR: frozenset[str] = frozenset({
    "saison", "édition", "millésime", "cuvée", "promotion", "exercice", "entre", "de", "du",
    "pour", "d'ici", "ici", "jusqu'en", "dès", "avant", "après", "vers", "depuis", "en", "à",
    "au", "noël", "pâques", "toussaint", "pentecôte", "rentrée", "bilan", "budget",
})

# Words of quantity before a number, with or without "de": "plus de 2000", "environ 1500".
QUANTITY_ADVERBS: frozenset[str] = frozenset({"plus", "moins", "environ", "près", "quelque"})
# Before a four-digit number: a quantity ("plus de 2000", "les 2000 manifestants").
QUANTITY_CUES: frozenset[str] = QUANTITY_ADVERBS | frozenset({
    "les", "des", "ces", "ses", "leurs", "aux", "nos", "vos", "mes", "tes", "à", "sur", "soit",
    "n°", "no", "numéro", "par", "et", "ou", "dont", "total", "chiffre", "somme", "km",
    "kilomètres", "mètres", "altitude",
})
# After a four-digit number: still a year ("en 2002, le ...", "2001 a été"). After any other
# lower-case word the number counts something ("2000 personnes").
YEAR_FOLLOWERS: frozenset[str] = frozenset({
    "à", "a", "au", "aux", "de", "du", "des", "d", "et", "ou", "le", "la", "les", "l", "un",
    "une", "en", "par", "pour", "sur", "dans", "avec", "contre", "sans", "sous", "entre", "vers",
    "chez", "après", "avant", "depuis", "jusqu", "puis", "mais", "donc", "car", "ni", "alors",
    "quand", "lorsque", "où", "que", "qu", "qui", "dont", "il", "elle", "ils", "elles", "on",
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre",
    "vos", "mon", "ma", "mes", "se", "s", "y", "ne", "n", "plusieurs", "quelques", "certains",
    "certaines", "tous", "toutes", "tout", "toute", "aucun", "aucune", "chaque", "ont", "est",
    "sont", "était", "étaient", "fut", "sera", "seront", "avait", "avaient", "aura", "auront",
    "marque", "reste", "restera", "voit", "verra", "demeure", "fera", "comme", "selon", "déjà",
    "encore", "aussi", "également", "même", "lors", "prochain", "prochaine", "dernier",
    "dernière", "inclus", "compris", "environ", "notamment", "pendant", "durant",
})

# Before a month name alone: a month ("en mars", "depuis janvier", "jusqu'en mai").
MONTH_CUES: frozenset[str] = frozenset({
    "en", "depuis", "dès", "jusqu'en", "de", "d", "à", "avant", "après", "courant", "pour",
    "entre", "et", "ou", "partir", "vers", "durant", "pendant",
})
# After a weekday and a day ("le jeudi 12"): a date when the day is followed by punctuation or
# one of these ("le jeudi 12 à 20 h", "jeudi 12 prochain"); not "jeudi 12 personnes".
WEEKDAY_DAY_FOLLOWERS: tuple[str, ...] = (
    "à", "au", "et", "de", "dans", "pour", "avec", "prochain", "dernier",
)
# After a weekday: a name, not a date ("vendredi saint", "mardi gras").
WEEKDAY_NAME_WORDS: tuple[str, ...] = ("saint", "gras")

# After a clock time, the half of the day it is in: True when it is after noon ("8 h du soir"
# 20:00, "3 heures du matin" 03:00).
HALVES_OF_THE_DAY: dict[str, bool] = {
    "du matin": False, "du soir": True, "de l'après-midi": True, "de l'apres-midi": True,
}
# Before "15 heures", "midi": a time of day ("à 15 heures", "vers midi").
CLOCK_CUES: frozenset[str] = frozenset({
    "à", "a", "vers", "dès", "jusqu'à", "avant", "entre", "et", "partir", "alentours", "de",
})
# Before "de" and a clock time, which "de N heures" alone is not ("une visite de 2 heures"):
# "à partir de 17 heures", "aux alentours de 18 heures", "autour de 20 heures".
CLOCK_CUES_BEFORE_DE: tuple[str, ...] = (
    "partir", "alentours", "environs", "autour", "au-delà", "coups", "coup",
)
# Before "de 20 heures": a news programme, neither a time nor a duration ("le journal de 20
# heures", "l'édition de 13 heures").
NEWSCAST_NOUNS: tuple[str, ...] = ("journal", "journal télévisé", "jt", "édition", "flash")
# Before "20 h" without minutes: a news programme ("le 13H de TF1", "au 20 h").
NEWSCAST_ARTICLES: frozenset[str] = frozenset({"le", "du", "au"})
# Before "2 h": a duration ("pendant 2 h", "plus de 3 h", "les 24 h").
HOURS_DURATION_CUES: tuple[str, ...] = (
    "pendant", "durant", "depuis", "en", "bout de", "plus de", "moins de", "près de", "environ",
    "les", "des", "ces", "aux",
)
# After "15 heures 30": a duration ("2 heures 30 minutes"), the 30 is not the minute of a time.
MINUTE_WORDS: tuple[str, ...] = ("minutes", "min")
# Before an adjective of frequency: a noun ("le quotidien Libération").
DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
    "quel", "quelle", "de", "d", "grand", "petit", "premier", "nouveau", "nouvel",
})

# Units of an age: "N ans" is tested for an age before it is taken for a duration.
AGE_UNITS: frozenset[str] = frozenset({"an", "ans"})
# Units in a list of ages, before the last one: "âgés de 6 mois à 4 ans", "de 2 ans, 3 ans et".
AGE_LIST_UNITS: tuple[str, ...] = ("mois", "ans")
# Before "(de) N ans": an age ("âgée de 17 ans", "à l'âge de 5 ans"), "agé" without its accent too.
AGE_WORDS: tuple[str, ...] = (
    "âgé", "âgée", "âgés", "âgées", "agé", "agée", "agés", "agées", "âge", "l'âge",
)
# Adverbs between those words and the age: "à l'âge de seulement 35 ans", "âgé d'à peine 20 ans".
AGE_ADVERBS: tuple[str, ...] = ("seulement", "à peine", "tout juste", "déjà", "bientôt", "près de",
                                "environ", "presque", "plus de", "moins de")
# Determiners before "N ans": an age ("ses 20 ans", "les 6-16 ans", "aux 18-25 ans").
AGE_DETERMINERS: tuple[str, ...] = ("ses", "leurs", "des", "les", "aux", "mes", "nos")
# "à" and forms of "avoir" before "N ans": an age ("mort à 92 ans", "il a 87 ans"), not after
# "d'ici" ("d'ici à dix ans").
AGE_VERBS: tuple[str, ...] = (
    "à", "a", "ai", "as", "avais", "avait", "avaient", "avons", "avez", "ont", "aura", "auront",
    "avoir", "ayant",
)
# Person nouns before "de N ans": an age, not a duration ("un homme de 38 ans").
AGE_NOUNS: frozenset[str] = frozenset({
    "homme", "hommes", "femme", "femmes", "garçon", "garçons", "fille", "filles", "fillette",
    "fillettes", "enfant", "enfants", "bébé", "bébés", "adolescent", "adolescente",
    "adolescents", "adolescentes", "jeune", "jeunes", "mineur", "mineure", "mineurs", "victime",
    "victimes", "conducteur", "conductrice", "automobiliste", "motard", "cycliste", "piéton",
    "piétonne", "retraité", "retraitée", "quinquagénaire", "personne", "personnes", "patient",
    "patiente", "suspect", "suspecte", "individu", "individus", "joueur", "joueuse", "fils",
    "frère", "sœur", "soeur", "père", "mère", "collégien", "collégienne", "lycéen", "lycéenne",
    "étudiant", "étudiante", "ouvrier", "ouvrière", "agriculteur", "habitant", "habitante",
})
# Nouns before "de N ans": a duration ("une peine de 2 ans", "au bout de trois ans").
DURATION_NOUNS: frozenset[str] = frozenset({
    "peine", "peines", "période", "durée", "mandat", "mandats", "contrat", "absence", "délai",
    "plan", "programme", "bail", "moratoire", "séjour", "intervalle", "conflit", "guerre",
    "règne", "carrière", "exil", "sursis", "réclusion", "prison", "emprisonnement", "détention",
    "interdiction", "suspension", "trêve", "garantie", "espace", "bout", "terme", "cours",
    "moyenne", "retard", "avance", "travail", "attente", "engagement", "concession", "validité",
    "service", "issue", "lieu", "plus", "moins", "près", "fin", "début", "cycle", "horizon",
    "occupation", "silence", "captivité", "présence", "vie", "histoire", "existence",
})
# Verbs before "de N ans": a duration ("le délai est de trois ans", "il s'agit de deux ans").
LINKING_VERBS: frozenset[str] = frozenset({
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "reste",
    "restent", "passe", "passent", "passé", "passera", "atteint", "dépasse", "excède", "privé",
    "privée", "agit",
})

# ---------------------------------------------------------------------------------------------
# Tense cues: whole lower-case words, as the tokeniser sees them (an elided "s'" apart).

FUTURE_WORDS: frozenset[str] = frozenset({
    "sera", "seront", "serai", "serons", "serez", "aura", "auront", "fera", "feront", "ira",
    "iront", "va", "vont", "vais", "allons", "allez", "doit", "doivent", "devra", "devront",
    "pourra", "pourront", "faudra", "devrait", "devraient", "pourrait", "pourraient",
    "prévoit", "prévoient", "prévu", "prévue", "prévus", "prévues", "envisage", "envisagent",
    "apprête", "apprêtent", "prochain", "prochaine", "prochains", "prochaines", "bientôt",
    "demain", "programmé", "programmée", "programmés", "programmées", "attendu", "attendue",
    "attendus", "attendues",
})
PAST_WORDS: frozenset[str] = frozenset({
    "hier", "avant-hier", "veille", "dernier", "dernière", "derniers", "dernières", "depuis",
    "fut", "furent", "eut", "eurent", "naguère", "jadis", "autrefois", "récemment",
})
# Auxiliaries of the compound past and the pluperfect ("a déclaré", "avait été").
PAST_AUXILIARIES: frozenset[str] = frozenset({
    "a", "ont", "ai", "as", "avons", "avez", "avait", "avaient", "avions", "aviez", "eut",
    "eurent", "était", "étaient", "fut", "furent", "été",
})
# "est", "sont" + participle is a past only for reflexive verbs ("s'est déclaré") and verbs of
# movement or state ("est arrivé", "est décédée"); otherwise a passive present ("est fixé").
BE_AUXILIARIES: frozenset[str] = frozenset({"est", "sont", "suis", "es", "sommes", "êtes"})
REFLEXIVE_PRONOUNS: frozenset[str] = frozenset({"se", "s", "me", "m", "te", "t", "nous", "vous"})
BE_VERB_PARTICIPLES: frozenset[str] = frozenset({
    "allé", "arrivé", "parti", "venu", "revenu", "devenu", "intervenu", "parvenu", "survenu",
    "entré", "rentré", "sorti", "resté", "retourné", "tombé", "né", "mort", "décédé", "monté",
    "descendu", "passé", "apparu", "disparu", "reparti", "ressorti", "redevenu",
})
# Endings of past participles, after two letters or more ("déclaré", "partie", "mis", "écrit",
# "craint", "ouvert", "mort"); those of the first group ("annoncées") also after three letters
# when a participle stands alone just before an expression ("annoncées mercredi").
FIRST_GROUP_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées")
PARTICIPLE_ENDINGS: tuple[str, ...] = (
    *FIRST_GROUP_PARTICIPLE_ENDINGS, "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite",
    "its", "ites", "int", "inte", "ert", "erte", "ort", "orte",
)
# Endings of agreement, tried in this order to find a participle's masculine singular
# ("décédées" -> "décédé", "partis" -> "parti").
AGREEMENT_ENDINGS: tuple[str, ...] = ("es", "e", "s")
# Endings of words not listed above: the future ("annoncera", "prendront"), after a stem of
# two letters or more and one of FUTURE_STEM_LETTERS; the imperfect and the simple past
# ("annonçait", "annoncèrent"); the conditional, which is no past ("annoncerait").
FUTURE_ENDINGS: tuple[str, ...] = ("ra", "ront")
FUTURE_STEM_LETTERS: str = "eidtvurf"
PAST_ENDINGS: tuple[str, ...] = ("ait", "aient", "èrent")
CONDITIONAL_ENDINGS: tuple[str, ...] = ("rait", "raient")
# Adverbs that may stand between an auxiliary and its participle ("a d'ailleurs déclaré").
AUXILIARY_ADVERBS: frozenset[str] = frozenset({
    "déjà", "aussi", "également", "ainsi", "toutefois", "pourtant", "pas", "plus", "jamais",
    "bien", "encore", "enfin", "finalement", "notamment", "cependant", "donc", "alors", "d",
    "ailleurs", "en", "effet", "ensuite", "longtemps", "souvent", "vite", "même", "tout",
})
# Past participles too short for the test of endings ("ont eu lieu", "a mis").
SHORT_PARTICIPLES: frozenset[str] = frozenset({
    "eu", "pu", "su", "vu", "lu", "dû", "bu", "né", "née", "nés", "nées", "mis", "pris", "dit",
    "été", "fait", "élu", "mort", "morte", "morts", "mortes",
})
# Words that end like past participles but are not ("une", "plus", "mardi", "société").
NOT_PARTICIPLES: frozenset[str] = frozenset({
    "une", "plus", "tous", "nous", "vous", "sous", "tout", "dont", "mais", "depuis", "lui",
    "qui", "aussi", "ici", "ceci", "celui", "parmi", "puis", "fois", "ceux", "autrui", "jamais",
    "avis", "pays", "prix", "fils", "ainsi", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "midi", "minuit", "appui", "ennui", "état", "été", "année", "journée", "soirée",
    "matinée", "société", "santé", "sécurité", "liberté", "majorité", "communauté",
    "université", "cité", "comité", "entrée", "armée", "idée", "musée", "lycée", "durée",
    "arrivée", "député", "marché", "côté", "degré", "clergé", "congé", "café", "thé", "bébé",
    "pré", "gré", "trophée", "épopée", "mosquée", "fusée", "vallée", "allée", "rangée",
    "chaussée", "pensée", "assemblée", "fée", "poupée", "purée", "tournée", "rentrée",
    "randonnée", "odyssée", "qualité", "activité", "autorité", "priorité", "réalité",
    "capacité", "publicité", "électricité",
})
# Words that end like an imperfect ("-ait") or a future ("-era", "-ront") but are no verbs.
NOT_VERBS: frozenset[str] = frozenset({
    "fait", "lait", "souhait", "trait", "attrait", "portrait", "extrait", "parfait", "bienfait",
    "méfait", "forfait", "abstrait", "retrait", "distrait", "satisfait", "imparfait",
    "contrefait", "refait", "défait", "stupéfait", "surfait", "opéra", "caméra", "choléra",
    "ultra", "extra", "mantra", "era", "mira", "lira", "sierra", "vera", "front", "affront",
})
# Prepositions of a deadline, before an expression: the tense of the clause does not count
# ("il a jusqu'au 28 février", "d'ici à 2030", "avant le 1er mars").
DEADLINES: tuple[str, ...] = (
    "jusqu'au", "jusqu'à", "jusqu'en", "d'ici", "d'ici au", "d'ici à", "d'ici le", "d'ici la",
    "d'ici l'", "avant", "avant le", "avant la", "avant l'",
)
# Conjunctions that open a clause with its own tense ("... a été blessé, alors que X est
# incertain pour samedi"): the tense of an expression is looked for within its clause.
CLAUSE_OPENERS: tuple[str, ...] = (
    "alors que", "tandis que", "mais", "car", "puisque", "parce que", "lorsque", "quand",
    "bien que", "même si", "pendant que", "après que", "avant que", "dès que", "tant que",
    "afin que", "pour que", "si bien que", "de sorte que",
)

# ---------------------------------------------------------------------------------------------
# Items of other news inserted in a page: their dates are not the article's events.

# News agencies, as a dateline names them: "PARIS, 3 mars (AFP) -", "Lyon (Reuters) -".
NEWS_AGENCIES: tuple[str, ...] = (
    "AFP", "Reuters", "AP", "Belga", "ATS", "ANSA", "DPA", "EFE", "Xinhua", "Relaxnews",
    "ETX Studio", "Bloomberg", "APS", "MAP", "AFP Relaxnews",
)
# Words that open a teaser for another article: "À lire aussi :", "Voir aussi", "Lire
# également", "Sur le même sujet", "VIDÉO -".
RELATED_OPENERS: tuple[str, ...] = (
    "à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également",
    "voir aussi", "à voir aussi", "a voir aussi", "à voir également", "voir également",
    "lire la suite", "sur le même sujet", "dans la même rubrique", "à découvrir", "à écouter",
    "à regarder", "vidéo -", "video -", "vidéo :", "video :", "en images -", "en images :",
    "les plus lus", "les plus partagés", "dernières infos", "dernière minute -",
)
