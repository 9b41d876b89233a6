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
# Units taken after "un"/"une" only behind a preposition of duration ("pendant un jour"): not
# "un jour" (some day), "une seconde fois", "à une heure".
ONE_NEEDS_PREPOSITION: frozenset[str] = frozenset({
    "jour", "nuit", "seconde", "heure", "journée", "minute",
})

# What "et demi(e)" adds to one unit, in the next smaller unit ("deux ans et demi" P2Y6M);
# units below the day carry a "T" ("une heure et demie" PT1H30M). Other halves are decimals.
HALF_UNIT: dict[str, str] = {
    "CE": "50Y", "DE": "5Y", "Y": "6M", "D": "T12H", "HT": "30M", "MT": "30S",
}
# "une demi-heure", "une demi-journée", "un demi-siècle".
HALF_DURATIONS: dict[str, str] = {
    "heure": "PT30M", "journée": "PT12H", "siècle": "P50Y", "saison": "P3M",
}

# Words before a duration that belong to it in French TimeBank ("près de 24 heures").
DURATION_APPROXIMATIONS: tuple[str, ...] = (
    "près de", "près d'", "environ", "presque", "plus de", "plus d'", "moins de", "moins d'",
    "au moins", "pas moins de", "un peu plus de", "un peu plus d'", "un peu moins de",
    "quelque", "bien plus de",
)

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

# Words after a date or a unit: -1 the one before, +1 the one after, 0 the current one.
DIRECTIONS: dict[str, int] = {
    "dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1,
    "passé": -1, "passée": -1, "passés": -1, "passées": -1,
    "précédent": -1, "précédente": -1,
    "prochain": 1, "prochaine": 1, "prochains": 1, "prochaines": 1,
    "suivant": 1, "suivante": 1,
    "en cours": 0,
}

# Calendar units of "la semaine dernière", "ce week-end", "le mois prochain", "cette année".
CALENDAR_UNITS: dict[str, str] = {
    "semaine": "week", "week-end": "weekend", "mois": "month", "an": "year", "année": "year",
    "trimestre": "quarter",
}

# ---------------------------------------------------------------------------------------------
# Words that are time expressions by themselves.

# The present, the past or the future as a whole (TIMEX3 REF values, typed TIME).
REFERENCES: dict[str, str] = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "désormais": "PRESENT_REF",
    "à présent": "PRESENT_REF", "en ce moment": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF", "à l'heure qu'il est": "PRESENT_REF",
    "récemment": "PAST_REF", "naguère": "PAST_REF", "jadis": "PAST_REF",
    "autrefois": "PAST_REF", "dans le passé": "PAST_REF",
    "prochainement": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "dans l'avenir": "FUTURE_REF",
    "dans le futur": "FUTURE_REF", "une date ultérieure": "FUTURE_REF",
}
# Adjectives of frequency: TIMEX3 SET values ("le lot quotidien", "le dîner annuel").
FREQUENCY_ADJECTIVES: dict[str, str] = {
    "quotidien": "P1D", "quotidienne": "P1D", "quotidiens": "P1D", "quotidiennes": "P1D",
    "hebdomadaire": "P1W", "hebdomadaires": "P1W",
    "mensuel": "P1M", "mensuelle": "P1M", "mensuels": "P1M", "mensuelles": "P1M",
    "trimestriel": "P3M", "trimestrielle": "P3M", "trimestriels": "P3M", "trimestrielles": "P3M",
    "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y",
}
# Adjectives that are times of day ("une virée nocturne").
TIME_ADJECTIVES: dict[str, str] = {"nocturne": "TNI", "nocturnes": "TNI"}
# One word of each entry of the three tables above, the rarest: entries are looked for only
# around these.
LEXICON_HEADS: tuple[str, ...] = (
    "maintenant", "actuel", "désormais", "présent", "moment", "nos jours", "heure", "récemment",
    "naguère", "jadis", "autrefois", "passé", "prochainement", "avenir", "futur", "ultérieure",
    "quotidien", "hebdomadaire", "mensuel", "trimestriel", "annuel", "nocturne",
)

# Units of "chaque jour", "tous les mois", "tous les soirs": SET values.
SET_UNITS: dict[str, str] = {
    "jour": "P1D", "jours": "P1D", "semaine": "P1W", "semaines": "P1W", "mois": "P1M",
    "an": "P1Y", "ans": "P1Y", "année": "P1Y", "années": "P1Y", "week-end": "XXXX-WXX-WE",
    "week-ends": "XXXX-WXX-WE", "matin": "TMO", "matins": "TMO", "soir": "TEV", "soirs": "TEV",
    "nuit": "TNI", "nuits": "TNI", "été": "XXXX-SU", "hiver": "XXXX-WI",
    "printemps": "XXXX-SP", "automne": "XXXX-FA",
}

# ---------------------------------------------------------------------------------------------
# The words around an expression that tell what it is.

# Before a four-digit number: a year even without other context ("en 2000", "l'an 2000").
YEAR_CUES: frozenset[str] = frozenset({
    "en", "depuis", "dès", "jusqu'en", "l'an", "an", "l'année", "année", "fin", "début", "mi",
    "courant", "printemps", "été", "automne", "hiver", "vers", "avant", "après", "saison",
    "exercice", "cuvée", "millésime", "promotion", "entre",
})
# Before a four-digit number: a quantity ("plus de 2000", "les 2000 manifestants").
QUANTITY_CUES: frozenset[str] = frozenset({
    "plus", "moins", "environ", "près", "quelque", "les", "des", "ces", "ses", "leurs", "aux",
    "nos", "vos", "mes", "tes", "à", "sur", "soit", "n°", "no", "numéro", "par", "et", "ou",
    "dont", "total", "chiffre", "somme", "km", "kilomètres", "mètres", "altitude",
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
# Before "15 heures", "midi": a time of day ("à 15 heures", "vers midi").
CLOCK_CUES: frozenset[str] = frozenset({
    "à", "a", "vers", "dès", "jusqu'à", "avant", "entre", "et", "partir", "alentours", "de",
})
# Before an adjective of frequency: a noun ("le quotidien Libération").
DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
    "quel", "quelle", "de", "d", "grand", "petit", "premier", "nouveau", "nouvel",
})

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
# Adverbs that may stand between an auxiliary and its participle ("a d'ailleurs déclaré").
AUXILIARY_ADVERBS: frozenset[str] = frozenset({
    "déjà", "aussi", "également", "ainsi", "toutefois", "pourtant", "pas", "plus", "jamais",
    "bien", "encore", "enfin", "finalement", "notamment", "cependant", "donc", "alors", "d",
    "ailleurs", "en", "effet", "ensuite", "longtemps", "souvent", "vite", "même", "tout",
})
# Past participles too short for the test of endings ("ont eu lieu", "a mis").
SHORT_PARTICIPLES: frozenset[str] = frozenset({
    "eu", "pu", "su", "vu", "lu", "dû", "bu", "né", "mis", "pris", "dit", "été", "fait", "élu",
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
# Conjunctions that open a clause with its own tense ("... a été blessé, alors que X est
# incertain pour samedi"): the tense of an expression is looked for within its clause.
CLAUSE_OPENERS: tuple[str, ...] = (
    "alors que", "tandis que", "mais", "car", "puisque", "parce que", "lorsque", "quand",
    "bien que", "même si", "pendant que", "après que", "avant que", "dès que", "tant que",
    "afin que", "pour que", "si bien que", "de sorte que",
)
