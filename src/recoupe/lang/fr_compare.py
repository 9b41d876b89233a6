"""French data for the cross-check of a story: number words, the words that qualify a figure,
verbs of saying (they tell who speaks, not what happened), and where a sentence splits."""

from __future__ import annotations

from recoupe.lang import fr

# words a figure may be written with ("neuf services", "onze établissements", "une dizaine de");
# "un"/"une" are left out (they are mostly articles), and so are the plural forms "vingts" and
# "cents" (only in compounds)
NUMBER_WORDS = {w: n for w, n in fr.NUMBER_WORDS.items() if w not in ("un", "une", "vingts", "cents")} | fr.APPROX_NUMBER_WORDS
APPROX_NUMBER_WORDS = frozenset(fr.APPROX_NUMBER_WORDS)
MULTIPLIERS = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9}

# what comes before a figure and says how exact it is
APPROX = ("environ", "vers", "aux alentours de", "peu avant", "peu après", "près de", "pres de", "quelque", "quelques", "autour de", "approximativement",
          "presque", "à peu près", "grosso modo", "de l'ordre de", "de l’ordre de")
AT_LEAST = ("plus de", "au moins", "au-delà de", "plus d'", "plus d’", "pas moins de", "supérieur à", "dépassant")
AT_MOST = ("moins de", "moins d'", "moins d’", "jusqu'à", "jusqu’à", "au plus", "au maximum", "pas plus de")

# a figure's unit when the word after it is one of these forms
UNIT_FORMS = {"%": "%", "pour cent": "%", "€": "euro", "euros": "euro", "$": "dollar", "km": "kilometre",
              "m": "metre", "m²": "m2", "m2": "m2", "km²": "km2", "m³": "m3", "ha": "hectare", "kg": "kilogramme", "t": "tonne"}

# adjectives that may stand between a figure and its noun: the unit is the noun after them
# ("six autres personnes", "les trois premiers blessés", "deux nouveaux foyers")
FIGURE_ADJECTIVES = ("autre", "autres", "premier", "premiers", "premiere", "premieres", "dernier", "derniers",
                     "derniere", "dernieres", "nouveau", "nouveaux", "nouvelle", "nouvelles", "prochain", "prochains",
                     "prochaine", "prochaines", "seul", "seuls", "seule", "seules", "ancien", "anciens", "ancienne",
                     "anciennes", "petit", "petits", "petite", "petites", "grand", "grands", "grande", "grandes")

# words of a change (folded lemmas): « en dix ans » after one of them is the span the change took
# (« le nombre a doublé en dix ans », « une hausse de 20 % en trois mois »), not how long an event
# lasted; it is compared only with another such span
CHANGE_WORDS = frozenset({
    "doubler", "tripler", "quadrupler", "decupler", "multiplier", "diviser", "augmenter", "diminuer", "baisser",
    "chuter", "croitre", "progresser", "reculer", "grimper", "bondir", "plonger", "envoler", "effondrer",
    "gonfler", "fondre", "passer", "gagner", "perdre", "hausse", "baisse", "augmentation", "diminution",
    "progression", "recul", "chute", "croissance", "bond", "envolee", "effondrement",
})
CHANGE_WINDOW = 60  # characters before « en » where the word of a change is looked for

# before hours in digits, these make a clock time, not a duration (« un peu après 9 heures », « dès
# 6 heures »), unless « de » follows (« après 9 heures de négociations »)
CLOCK_OPENERS = ("après", "apres", "avant", "dès", "des", "jusqu'à", "jusqu’à", "jusqu'a")

# what opens a delay: a duration after one of these is how long until something happens
# (« dans les quinze jours », « d'ici deux semaines », « sous huit jours »), not how long it lasts;
# it is compared only with another delay
DELAY_OPENERS = ("dans", "d'ici", "d’ici", "sous")
DELAY_ARTICLES = ("les", "la", "le", "l'", "l’", "un", "une", "prochains", "prochaines", "prochain", "prochaine")

# verbs of saying: they tell who speaks; two statements do not report the same fact because
# both "declare" something
SAYING = {
    "declarer", "affirmer", "indiquer", "dire", "ajouter", "annoncer", "expliquer", "preciser", "assurer",
    "estimer", "souligner", "rappeler", "confier", "ecrire", "raconter", "poursuivre", "conclure",
    "insister", "reconnaitre", "admettre", "repondre", "commenter", "marteler", "lancer", "noter",
    "temoigner", "confirmer", "selon", "publier", "relever", "observer", "juger", "considerer",
}

# words so common in news that they say nothing of a fact (and the multipliers of a figure: how
# big, not what; "3 millions d'euros" and "14 millions d'euros" are not one fact by "million")
GENERIC = {"an", "annee", "jour", "fois", "cas", "part", "chose", "faire", "pouvoir", "devoir", "aller",
           "venir", "mettre", "prendre", "donner", "rester", "tout", "autre", "meme", "premier", "dernier",
           "nouveau", "grand", "petit", "bon", "mois", "semaine", "heure", "minute", "matin", "soir",
           "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "veille", "lendemain",
           "million", "milliard"}

# a sentence may join two facts at one of these (the clause after it is a statement of its own);
# "et" and "mais" are cut only before a clause with its own verb (read from the tokens)
CLAUSE_BREAKS = (";", ", tandis que ", ", alors que ")
COORDINATORS = ("et", "mais")

# where a long sentence is cut into clauses for the learned pair scorer's second look (one
# newsroom's long sentence, another's shorter rewrite of one of its parts): commas, semicolons,
# colons, brackets and dashes set apart a clause, an apposition or an incise
CLAUSE_MARKS = (", ", ";", " : ", "(", ")", " - ", " – ", " — ")
CLAUSE_MIN_WORDS = 4  # a shorter piece belongs with the clause before it

# subject pronouns: "et il a", "mais elles restent" open a clause of their own
SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "j’", "tu", "ce", "c'", "c’", "cela", "ça",
                    "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "chacun", "aucun", "personne", "rien", "tout")

# what is never a statement of a fact: prompts to follow an outlet, subscribe or download, link
# lists and their labels, credits and agency signatures, an item's publication line
NOT_STATEMENTS = (
    r"^(?:re)?(?:cevez|trouvez|joignez|suivez|abonnez|inscrivez|t[ée]l[ée]chargez|partagez|cliquez|d[ée]couvrez)[- ]",
    r"\b(?:whatsapp|telegram|messenger|snapchat|newsletter|notifications?)\b.{0,60}"
    r"\b(?:recevez|abonnez|inscrivez|suivez|activez|t[ée]l[ée]chargez)\b",
    r"\b(?:recevez|abonnez|inscrivez|suivez|activez|t[ée]l[ée]chargez)\b.{0,60}"
    r"\b(?:whatsapp|telegram|messenger|snapchat|newsletter|notifications?|application)\b",
    r"^(?:[àa] )?(?:lire|voir|regarder|[ée]couter) (?:aussi|[ée]galement|notre|la vid[ée]o)\b",
    r"^(?:vid[ée]o|photos?|diaporama|infographie|podcast|en images|direct|live)\s*[:\-–—|]",
    r"^(?:publi[ée]|mis à jour|modifi[ée]|actualis[ée]) le\b",
    r"^\(?(?:avec )?(?:afp|reuters|ap|ansa|dpa|belga|ats)\)?\.?$",
    r"^(?:©|cr[ée]dits?\b|source\s*:)",
    r"par (?:euronews|cnews|bfmtv|france ?24|lci)(?: \(en fran[çc]ais\))?\s*$",  # an embedded video's caption
)

# words news reports use for one another (folded lemmas); the word vectors of the model do not
# bring them close enough. Nouns and verbs of one family are found by their common stem.
SYNONYMS = [
    {"appel", "conversation", "entretien", "echange", "discussion", "telephonique", "coup"},
    {"long", "prolonger", "longuement", "prolonge"},
    {"negociation", "pourparler", "discussion", "negocier"},
    {"incendie", "feu", "sinistre", "flamme", "brasier"},
    {"pompier", "sapeur", "secours"},
    {"habitant", "personne", "riverain", "resident", "evacue"},
    {"mort", "deces", "deceder", "mourir", "tuer", "perir", "victime", "succomber", "mortel", "mortellement", "defunt"},
    {"limoger", "limogeage", "licencier", "renvoyer", "congedier", "separer", "eviction"},
    {"demission", "demissionner", "quitter", "partir", "depart"},
    {"accord", "entente", "convenir", "consentir", "accepter"},
    {"rencontrer", "rencontre", "reunion", "reunir", "retrouver", "discussion"},
    {"grever", "greve", "debrayage", "greviste"},
    {"electricite", "courant"},
    {"foyer", "menage", "abonne"},
    {"dommage", "degat"},
    {"supprimer", "suppression", "annuler", "annulation"},
    {"rouvrir", "reouverture"},
    {"commencer", "entamer", "debuter", "engager"},
    {"etude", "enquete", "recherche"},
    {"entraineur", "coach", "technicien"},
    {"maire", "edile"},
    {"salarie", "employe", "ouvrier"},
]

# the kinds of way a street address starts with ("rue Victor-Hugo", "avenue de la Gare"): two
# addresses given for one event are two versions of where it happened
STREET_TYPES = ("rue", "avenue", "boulevard", "place", "quai", "chemin", "impasse", "allée", "allee", "route", "cours",
                "passage", "square", "rond-point", "esplanade", "parvis", "faubourg")

# Nouns of someone who speaks for a body (« un porte-parole d'Orange », « la direction de l'usine »,
# « un communiqué de la préfecture »): that body's words, when one outlet names the body and the
# other its spokesman (crosscheck.align.same_speaker).
SPOKESPERSON_NOUNS: tuple[str, ...] = (
    "porte-parole", "porte-paroles", "représentant", "représentante", "représentants", "communiqué", "direction",
    "service de presse",
)

# Opposite states of one place, person or activity (folded lemmas): one side and the other. Two
# statements of which one gives a side and the other the opposite one (« la gare a été évacuée » /
# « la gare a rouvert »; « il a été interpellé » / « il a été relâché »; « condamné » /
# « relaxé »; « le trafic a été suspendu » / « le trafic a repris ») report two moments of a story,
# not one fact, however alike their other words (crosscheck.align.opposite_states); a statement
# giving both sides (« évacuée vers 11 heures, la gare a rouvert à 13 heures ») tells both moments.
# Not words of other senses as common: « garde » (« mettre en garde », « garde des Sceaux »),
# « liberté » (« la liberté de la presse »).
OPPOSITE_STATES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"fermer", "fermeture", "fermee", "evacuer", "evacuation", "boucler", "bouclage", "boucle", "bouclee", "confiner", "confinement",
                "suspendre", "suspension", "interrompre", "interruption"}),
     frozenset({"rouvrir", "reouverture", "reouvrir", "deconfiner", "deconfinement", "reprendre", "reprise",
                "retablir", "retablissement", "lever", "levee"})),
    (frozenset({"interpeller", "interpellation", "arreter", "arrestation", "ecrouer", "incarcerer", "incarceration"}),
     frozenset({"liberer", "liberation", "relacher", "relachement"})),
    (frozenset({"condamner", "condamnation"}),
     frozenset({"relaxer", "relaxe", "acquitter", "acquittement"})),
)
