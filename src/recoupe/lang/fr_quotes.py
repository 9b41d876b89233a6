"""French data for quotations: reporting verbs, attribution cues, channels, titles of works.

Only data; the logic is in ``recoupe.enrich.quotes``.
"""

from __future__ import annotations

from recoupe.lang.fr import ROLE_NOUNS

# --- spk30 ---
# The words, past its head, of a role that holds the one office a role phrase of ROLE_SYNONYMS
# names ("le chef de l'État" is the one the article made "président de la République" or "président
# américain", not "président de LR"; "le chef de la diplomatie" the "ministre des Affaires
# étrangères", not the "ministre de l'Économie"): besides these, only determiners, a place the
# article names and adjectives ("américain") may follow the head.
ROLE_PHRASE_OFFICE_WORDS: dict[str, tuple[str, ...]] = {
    "chef de l'état": ("république",),
    "cheffe de l'état": ("république",),
    "chef du gouvernement": ("ministre", "ministres"),
    "cheffe du gouvernement": ("ministre",),
    "chef de la diplomatie": ("affaires", "étrangères", "extérieures"),
    "cheffe de la diplomatie": ("affaires", "étrangères", "extérieures"),
    "locataire de l'élysée": ("république",),
}

# --- spk31 ---
# Common nouns of a body by what it is rather than by a kind of organisation ("l'organisme
# météorologique", "l'organisme public"), which name again the public body, association or body of
# no known kind the article named before (Météo-France, the Cnil); part of ORGANISATION_KIND_NOUNS.
BODY_KIND_NOUNS: dict[str, tuple[str | None, frozenset[str]]] = {
    "organisme": (None, frozenset({"public", "association", "unknown"})),
}
# The names of one party (folded, as PARTY_NAMES), for telling whether two say the same party
# ("le FN" and "le Rassemblement national"; "LREM" and "En marche").
PARTY_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"ps", "parti socialiste"}),
    frozenset({"lr", "les republicains", "republicains", "ump"}),
    frozenset({"rn", "rassemblement national", "fn", "front national"}),
    frozenset({"lrem", "la republique en marche", "republique en marche", "en marche", "renaissance"}),
    frozenset({"lfi", "la france insoumise", "france insoumise"}),
    frozenset({"pcf", "parti communiste", "parti communiste francais"}),
    frozenset({"eelv", "europe ecologie les verts", "verts"}),
)
# Adjectives that say a person's party ("la candidate communiste", "l'élu insoumis"), with one name of
# it (PARTY_GROUPS gives the others); not "républicain" (also the American party's), "centriste"
# (several parties).
PARTY_ADJECTIVES: dict[str, str] = {
    "communiste": "pcf", "socialiste": "ps", "écologiste": "eelv", "insoumis": "lfi", "insoumise": "lfi",
    "frontiste": "fn", "lepéniste": "fn", "marcheur": "lrem", "marcheuse": "lrem", "macroniste": "lrem",
}
# Adjectives of nationality, masculine singular (other forms are read by their stem): "le président
# français" is not the one the article makes "ministre britannique". (Not "européen": "le dirigeant
# européen" may be the German chancellor.)
NATIONALITY_ADJECTIVES: frozenset[str] = frozenset({
    "français", "américain", "britannique", "anglais", "allemand", "italien", "espagnol", "portugais",
    "belge", "suisse", "néerlandais", "autrichien", "polonais", "hongrois", "grec", "turc", "russe",
    "ukrainien", "biélorusse", "suédois", "norvégien", "danois", "finlandais", "irlandais", "écossais",
    "roumain", "bulgare", "serbe", "croate", "tchèque", "slovaque", "chinois", "japonais", "coréen",
    "indien", "pakistanais", "afghan", "iranien", "irakien", "syrien", "libanais", "israélien",
    "palestinien", "jordanien", "égyptien", "libyen", "tunisien", "algérien", "marocain", "saoudien",
    "qatari", "émirati", "yéménite", "sénégalais", "malien", "nigérian", "ivoirien", "camerounais",
    "congolais", "sud-africain", "kényan", "éthiopien", "canadien", "mexicain", "brésilien",
    "argentin", "chilien", "colombien", "vénézuélien", "cubain", "péruvien", "australien",
    "néo-zélandais", "philippin", "indonésien", "vietnamien", "thaïlandais", "birman", "nord-coréen",
    "sud-coréen", "luxembourgeois", "monégasque", "gabonais", "burkinabé", "nigérien",
    "tchadien", "soudanais", "rwandais", "haïtien", "québécois",
})

# --- The gender and number descriptions of people tell ---
# Nouns of kinship and friendship, whose own gender is the person's, read when the determiner tells
# none ("son épouse", "l'amie", "leur fille"): "« … », a dit son épouse. … « … », a-t-il ajouté" is
# not her. Part of NOUN_GENDERS (below), the one table the rules read.
KINSHIP_NOUN_GENDERS: dict[str, str] = {
    "épouse": "f", "femme": "f", "ex-femme": "f", "ex-épouse": "f", "mère": "f", "belle-mère": "f", "grand-mère": "f",
    "fille": "f", "belle-fille": "f", "petite-fille": "f", "sœur": "f", "soeur": "f", "demi-sœur": "f", "tante": "f",
    "nièce": "f", "cousine": "f", "compagne": "f", "ex-compagne": "f", "veuve": "f", "amie": "f", "fiancée": "f",
    "maman": "f",
    "époux": "m", "ex-époux": "m", "mari": "m", "ex-mari": "m", "père": "m", "beau-père": "m",
    "grand-père": "m", "fils": "m", "beau-fils": "m", "petit-fils": "m", "frère": "m", "demi-frère": "m", "oncle": "m",
    "neveu": "m", "cousin": "m", "compagnon": "m", "ex-compagnon": "m", "veuf": "m", "ami": "m", "fiancé": "m",
    "papa": "m",
}

# "l'un d'eux" and its forms, as a speaker (its tokens joined, lower case): one of a group of people
# the article just spoke of, given as "l'un des <the group's noun>" ("« … », a écrit l'un d'eux"
# after "les internautes ont crié leur colère": "l'un des internautes").
ONE_OF_THEM: dict[str, str] = {
    "l'und'eux": "l'un", "l'und'entreeux": "l'un", "und'entreeux": "l'un", "l'uned'elles": "l'une",
    "l'uned'entreelles": "l'une", "uned'entreelles": "l'une",
}
# The gender each form of ONE_OF_THEM tells of the group it is one of ("l'une d'elles": women).
ONE_OF_THEM_GENDERS: dict[str, str] = {"l'un": "m", "l'une": "f"}
# The plural subject pronouns of each gender (« elles » is women; « ils » may be a mixed group).
GENDERED_PLURAL_PRONOUNS: dict[str, tuple[str, ...]] = {"m": ("ils",), "f": ("elles",)}
# How a speaker who is one of a group is written, ``one`` a form of ONE_OF_THEM and ``group`` the
# group's noun without its determiner ("l'une des infirmières du service").
ONE_OF_GROUP = "{one} des {group}"
# The parser's grammatical genders, as the rules write them.
MORPH_GENDERS: dict[str, str] = {"Masc": "m", "Fem": "f"}

# Lemmas of verbs that report speech or writing ("a déclaré", "estime", "a-t-il ajouté").
CUE_VERBS: frozenset[str] = frozenset({
    "déclarer", "dire", "affirmer", "ajouter", "estimer", "expliquer", "indiquer", "annoncer",
    "assurer", "souligner", "préciser", "rappeler", "reconnaître", "dénoncer", "juger", "confier",
    "écrire", "poursuivre", "lancer", "insister", "répondre", "prévenir", "avertir", "promettre",
    "admettre", "regretter", "plaider", "marteler", "considérer", "accuser", "réagir", "commenter",
    "tweeter", "twitter", "déplorer", "conclure", "résumer", "raconter", "témoigner", "confirmer",
    "démentir", "nier", "réclamer", "demander", "exiger", "proclamer", "revendiquer", "fustiger",
    "s'insurger", "insurger", "indigner", "féliciter", "réjouir", "inquiéter", "alerter", "prôner",
    "détailler", "noter", "observer", "relever", "constater", "signaler", "mentionner", "évoquer",
    "glisser", "lâcher", "tonner", "s'exclamer", "exclamer", "interroger", "questionner",
    "ironiser", "railler", "critiquer", "saluer", "se féliciter", "justifier", "défendre",
    "argumenter", "arguer", "argue", "soutenir", "prédire", "pronostiquer", "menacer",
    "rétorquer", "répliquer", "objecter", "nuancer", "tempérer", "trancher", "certifier",
    "jurer", "garantir", "souffler", "murmurer", "crier", "hurler", "s'emporter", "emporter",
    "martèle", "analyser", "diagnostiquer", "mettre en garde", "faire savoir", "faire valoir",
    "publier", "poster", "communiquer", "informer", "assener", "asséner", "clamer", "réitérer",
    "répéter", "continuer", "enchaîner", "compléter", "s'alarmer", "alarmer",
    "reprocher", "dénier", "contester", "opposer", "s'opposer", "espérer", "souhaiter",
    "appeler", "exhorter", "inviter", "implorer", "supplier", "encourager", "recommander",
    "conseiller", "préconiser", "proposer", "suggérer", "envisager", "rapporter", "révéler",
    "relater", "dévoiler", "citer", "apprendre", "qualifier",
    "renchérir", "enchérir", "relayer", "riposter", "protester", "étonner", "s'étonner", "agacer",
    "offusquer", "tacler", "cingler", "plaisanter", "avouer", "concéder", "confesser", "divulguer",
    "énumérer", "écrier", "s'écrier", "chuchoter", "tempêter", "réfuter", "récuser", "signifier",
    "savoir", "valoir", "condamner", "lister", "égrener",
})

# Parts of speech a reporting verb misread by the tagger is never given: the words they tag are
# not verbs ("« … », selon X", "« … », et …").
NOT_VERB_TAGS: frozenset[str] = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT"})

# Reporting verbs whose reflexive form is no speech but a passive or a change ("cette baisse
# s'explique par …", "la tendance se confirme", "le vote s'annonce serré").
REFLEXIVE_NOT_SPEECH: frozenset[str] = frozenset({
    "expliquer", "confirmer", "annoncer", "préciser", "répéter", "traduire", "poursuivre",
    "révéler", "dévoiler", "justifier", "observer", "constater", "noter", "relever", "résumer",
    "continuer", "enchaîner", "compléter", "publier", "citer", "rapporter", "présenter",
})
# Reflexive clitics ("s'explique", "se confirme").
REFLEXIVE_CLITICS: frozenset[str] = frozenset({"se", "s'", "s’"})

# Cue verbs that also have a frequent non-reporting sense: they introduce speech only with a
# complement clause ("que", an infinitive) or next to a quotation, never alone.
WEAK_CUES: frozenset[str] = frozenset({
    "appeler", "inviter", "continuer", "poursuivre", "soutenir", "défendre", "opposer",
    "publier", "poster", "compléter", "espérer", "souhaiter", "proposer", "envisager", "lancer",
    "encourager", "demander", "évoquer", "noter", "observer", "relever", "constater", "saluer",
    "critiquer", "menacer", "communiquer", "informer", "réclamer", "exiger", "reprocher",
    "conseiller", "recommander", "suggérer", "préconiser", "analyser", "juger",
    "accuser", "dénoncer", "qualifier", "présenter", "décrire", "relayer", "savoir", "valoir",
})

# Words after "selon" that make it no attribution ("un accord selon lequel", "selon qui").
NOT_ATTRIBUTIONS: frozenset[str] = frozenset({
    "lequel", "laquelle", "lesquels", "lesquelles", "qui", "que", "moi", "nous", "eux", "certains",
    "plusieurs",
})

# Relatives after "selon", "pour", "d'après" that stand for the name just before them, whose words
# follow ("l'ancien Premier ministre X, selon qui « … »").
RELATIVE_ATTRIBUTIONS: frozenset[str] = frozenset({"qui"})
RELATIVE_ATTRIBUTION_PREPS: frozenset[str] = frozenset({"selon", "pour", "après", "d'après", "d’après"})

# An unnamed source given after a reporting verb, as agencies write it ("a-t-on indiqué de source
# policière", "de sources concordantes", "a-t-on ajouté de même source"): its nouns, the word of
# "the same", and the determiner the source takes as a speaker ("une source policière").
SOURCE_WORDS: frozenset[str] = frozenset({"source", "sources"})
SAME_SOURCE_WORDS: frozenset[str] = frozenset({"même", "mêmes"})
SOURCE_DETERMINERS: dict[str, str] = {"Sing": "une", "Plur": "des"}

# The labels of a question-and-answer interview ("Question : … Réponse : « … »", "Q: … R: « … »"):
# the answers are the interviewee's words, and no label is anyone who speaks.
QUESTION_LABELS: frozenset[str] = frozenset({"q", "question", "questions"})
ANSWER_LABELS: frozenset[str] = frozenset({"r", "réponse", "réponses", "rép"})

# The singular indefinite determiners and their gender: "une enseignante", "un voisin" bring in
# someone new, whom a later "elle" / "il" stands for.
INDEFINITE_SINGULAR_GENDERS: dict[str, str] = {"un": "m", "une": "f"}
# The determiners of a singular noun phrase that tell its gender: definite, indefinite and
# demonstrative (the elided « l' » tells none, ``ELIDED_ARTICLES``).
SINGULAR_DETERMINER_GENDERS: dict[str, str] = {"le": "m", "un": "m", "ce": "m", "cet": "m", "la": "f", "une": "f", "cette": "f"}
# What opens a plural noun phrase ("les autorités", "des témoins", "plusieurs policiers").
PLURAL_OPENERS: frozenset[str] = frozenset({
    "les", "des", "ces", "ses", "leurs", "nos", "vos", "mes", "plusieurs", "quelques", "certains", "certaines",
})

# Participles that make the body after "par" the outlet that asked, not a sayer ("Contacté par
# l'AFP, le ministère a précisé …", "Interrogé par Le Parisien, X …").
CONTACT_PARTICIPLES: frozenset[str] = frozenset({
    "contacté", "contactée", "contactés", "contactées", "interrogé", "interrogée", "interrogés",
    "interrogées", "joint", "jointe", "joints", "jointes", "sollicité", "sollicitée", "sollicités",
    "sollicitées", "interviewé", "interviewée", "interviewés", "interviewées", "questionné", "questionnée",
})

# Pronouns that stand for the speaker in an incise ("a-t-il ajouté") or as a subject.
SUBJECT_PRONOUNS: dict[str, str | None] = {
    "il": "m", "elle": "f", "-il": "m", "-elle": "f", "-t-il": "m", "-t-elle": "f",
    "ils": None, "elles": None, "-ils": None, "-elles": None, "-t-ils": None, "-t-elles": None,
    "celui-ci": "m", "celle-ci": "f", "ce dernier": "m", "cette dernière": "f",
}

# Of those, the demonstratives: French uses them for the one named last, not for the subject
# of the sentence before ("X a reçu le maire, Y. Ce dernier a déclaré": Y).
LAST_NAMED_PRONOUNS: frozenset[str] = frozenset({"celui-ci", "celle-ci", "ce dernier", "cette dernière"})

# Channels of a statement, as regular expressions over the text of the clause around the cue.
# The text matched is kept as the channel ("sur Truth Social", "dans un communiqué").
CHANNEL_PATTERNS: tuple[str, ...] = (
    r"selon des propos (?:rapportés|recueillis|cités) par (?:l['’]agence (?:de presse )?(?:\w+ )?|le |la |les )?[A-ZÀ-Ý][\w&.\-]*(?:\s[A-ZÀ-Ý][\w&.\-]*)*",
    r"(?:sur|via) (?:son compte |sa page |son fil |la plateforme |le réseau social |les réseaux sociaux|son blog|sa chaîne )?(?:X|Twitter|Facebook|Instagram|TikTok|LinkedIn|Telegram|Truth Social|YouTube|Bluesky|Threads|Snapchat|Mastodon|BFMTV|LCI|CNews|franceinfo|France ?Info|France ?Inter|RTL|Europe ?1|RMC|France ?2|France ?3|TF1|M6|Arte|France ?24|Public Sénat|LCP|Sud Radio|RFI)\b",
    r"dans (?:un|une|son|sa|le|la|leur) (?:bref |court |long |nouveau |nouvel |autre |)(?:communiqué|message|post|tweet|publication|vidéo|interview|entretien|tribune|lettre|courrier|courriel|mail|e-mail|discours|allocution|déclaration|note|rapport|livre|ouvrage|podcast|émission)(?: (?:publié|publiée|diffusé|diffusée|transmis|transmise|adressé|adressée|accordé|accordée|posté|postée))?(?: (?:à|au|aux) (?:l['’])?[A-ZÀ-Ý][\w&.\-]*(?:\s[A-ZÀ-Ý][\w&.\-]*)*)?",
    r"(?:lors|au cours|à l['’]issue) d['’](?:un|une) (?:conférence de presse|point presse|point de presse|interview|entretien|débat|meeting|discours|audience|réunion|visite|déplacement)",
    r"(?:devant|face à|auprès de|à) (?:la presse|les journalistes|des journalistes|aux journalistes|les députés|les sénateurs|l['’]Assemblée(?: nationale)?|le Sénat)",
    r"(?:aux|à des) journalistes",
    r"(?:à|au|aux|à l['’]) ?(?:l['’])?(?:AFP|Reuters|AP|New York Post|Washington Post|New York Times|Wall Street Journal|Figaro|Monde|Parisien|JDD|Journal du dimanche|Libération|Express|Point|Obs|Ouest-France|Échos|Echos|Croix|Humanité|Dauphiné libéré|Voix du Nord|Progrès|Dépêche|Sud Ouest|BFMTV|LCI|CNews|franceinfo|France ?Inter|RTL|Europe ?1|RMC|France ?2|France ?3|TF1|M6|France ?24|RFI|agence [A-ZÀ-Ý][\w\-]*|[A-ZÀ-Ý][\w\-]* Presse)\b",
    r"(?:au micro|à l['’]antenne|sur le plateau|sur l['’]antenne) (?:de |d['’])[A-ZÀ-Ý][\w&.\-]*(?:\s[A-ZÀ-Ý0-9][\w&.\-]*)*",
)

# Words just before an opening quotation mark that make it a name or a title, not a quotation.
TITLE_CUES: frozenset[str] = frozenset({
    "film", "livre", "émission", "opération", "plan", "baptisé", "baptisée", "baptisés",
    "intitulé", "intitulée", "surnommé", "surnommée", "dit", "dite", "appelé", "appelée",
    "nommé", "nommée", "slogan", "hashtag", "mouvement", "collectif", "association", "programme",
    "projet", "loi", "rapport", "ouvrage", "série", "chanson", "album", "roman", "journal",
    "magazine", "spectacle", "pièce", "exposition", "festival", "documentaire", "podcast",
    "mot-dièse", "label", "dispositif", "réforme", "mission", "affaire", "quotidien",
    "hebdomadaire", "site", "compte", "groupe", "parti", "titre", "titré", "titrée", "rubrique",
    "sobriquet", "qualifié", "qualifiée", "tube", "tournée", "concept", "opus", "bande",
    "classé", "classée", "classés", "classées", "catégorie", "statut", "étiquette",
})

# Opening and closing quotation marks, by pairs.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("«", "»"), ("“", "”"), ("„", "“"), ("‹", "›"))
STRAIGHT_QUOTE = '"'
QUOTE_CLOSERS: frozenset[str] = frozenset({"»", "”", "›", STRAIGHT_QUOTE})

# Words of a time adverbial that may stand between a subject, its reporting verb and the
# complement ("Vladimir Poutine indique ce mercredi avoir dit...").
TIME_WORDS: frozenset[str] = frozenset({
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir",
    "midi", "après-midi", "nuit", "hier", "aujourd'hui", "aujourd’hui", "demain", "dernier",
    "dernière", "récemment", "encore", "déjà", "alors", "ensuite", "également", "aussi",
})

# Adverbial locutions that may stand between a subject and its verb ("a d'ailleurs annoncé",
# "a de son côté justifié"), as sequences of lower-case tokens.
ADVERBIAL_LOCUTIONS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "d' ailleurs", "d’ ailleurs", "par ailleurs", "de son côté", "de leur côté", "pour sa part",
    "pour leur part", "quant à lui", "quant à elle", "de nouveau", "à nouveau", "en outre",
    "à son tour", "à leur tour", "lui aussi", "elle aussi", "en effet", "pour autant",
    "d' emblée", "d’ emblée", "d' entrée", "d’ entrée",
))

# Heads of noun phrases that designate an organisation when they stand for a speaker
# ("le groupe industriel", "la préfecture", "le parquet").
ORGANISATION_NOUNS: frozenset[str] = frozenset({
    "groupe", "entreprise", "société", "parquet", "ministère", "syndicat", "parti", "association",
    "préfecture", "gendarmerie", "police", "mairie", "gouvernement", "constructeur", "compagnie",
    "club", "fédération", "institut", "agence", "journal", "quotidien", "hebdomadaire", "chaîne",
    "radio", "site", "cabinet", "collectif", "ong", "organisation", "fondation", "direction",
    "rectorat", "ville", "commune", "département", "région", "état-major", "armée", "tribunal",
    "cour", "conseil", "commission", "autorité", "banque", "opérateur", "enseigne", "marque",
    "laboratoire", "hôpital", "établissement", "centre", "service", "office", "équipe", "élysée",
    "matignon", "kremlin", "pentagone", "majorité", "opposition", "institution", "académie",
    "rapport", "communiqué", "texte", "étude", "enquête", "document", "note", "avis", "instance",
    "autorités", "ministères", "services", "enquêteurs", "juges", "syndicats", "consulat", "ambassade",
    "garde",
})

# Determiners of a definite description that stands for someone already named ("le ministre",
# "cette dernière", "l'institution").
DEFINITE_DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces",
})

# Heads of noun phrases that designate private people, who are not named when unnamed ("la
# mère", "un voisin", "la victime").
PRIVATE_PERSON_NOUNS: frozenset[str] = frozenset({
    "homme", "femme", "enfant", "fils", "fille", "mère", "père", "frère", "sœur", "soeur", "mari",
    "épouse", "compagnon", "compagne", "victime", "témoin", "voisin", "voisine", "habitant",
    "habitante", "proche", "ami", "amie", "client", "cliente", "salarié", "salariée", "employé",
    "employée", "passant", "passante", "automobiliste", "conducteur", "conductrice", "famille",
    "jeune", "adolescent", "adolescente", "garçon", "patient", "patiente", "internaute", "twitto", "twittos", "source",
    "sources", "personne", "individu", "quadragénaire", "quinquagénaire", "sexagénaire",
    "septuagénaire", "octogénaire", "trentenaire", "retraité", "retraitée", "riverain", "riveraine",
    "villageois", "villageoise", "partisan", "partisane", "fidèle", "sympathisant", "sympathisante",
    "manifestant", "manifestante", "citoyen", "citoyenne", "paroissien", "paroissienne",
    "compatriote", "étudiant", "étudiante", "lycéen", "lycéenne", "usager", "usagère",
})

# Nouns of documents that stand for their author, the speaker just quoted ("précise le
# communiqué", "indique le message").
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "communiqué", "message", "texte", "lettre", "courrier", "tweet", "post", "publication",
    "document", "note", "déclaration",
})

# "L'un des avocats", "l'une des victimes": one of a group, an unnamed source by the group's noun.
ONE_OF: frozenset[str] = frozenset({"l'un", "l'une", "l’un", "l’une"})
# Prepositions that, after an impersonal "dit-on" / "indique-t-on", bring in where the words come
# from, the speakers by their place ("confie-t-on dans l'entourage du ministre", "explique-t-on chez
# Renault"; not "à l'AFP", the outlet told).
ON_SOURCE_PREPS: frozenset[str] = frozenset({"dans", "chez"})
ON_PRONOUNS: frozenset[str] = frozenset({"-on", "-t-on"})
# The finite forms of "être" that, inverted with an impersonal "il" before a participle of speech,
# make an impersonal passive with no agent (« … », est-il précisé / était-il ajouté); "avoir"'s
# forms do so only with "été" (« … », a-t-il été indiqué). The "il" stands for no one.
IMPERSONAL_PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"est", "était", "sera", "serait", "fut"})
IMPERSONAL_PASSIVE_PERFECT: frozenset[str] = frozenset({"a", "avait", "aura", "aurait"})
# Nouns of a span of time that end a body's description ("l'association des familles début mars").
TIME_SPAN_NOUNS: frozenset[str] = frozenset({"début", "fin", "mi", "courant", "cours", "semaine", "mois", "année", "an"})
# The pronouns of "un de ses proches", "l'une des victimes" (after the elided article): one of a
# group, whose noun follows after "de".
ONE_OF_PRONOUNS: frozenset[str] = frozenset({"un", "une"})
# Possessive determiners ("un de ses proches", "l'une de leurs voisines").
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset({
    "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs",
})

# Seats of government that news writing makes speak for the institution they house ("le Quai
# d'Orsay a confirmé", "selon Matignon", "indique l'Élysée"): the entity step may type them as
# places, but as the subject of a reporting verb they are the institution, named so.
SEATS_OF_POWER: frozenset[str] = frozenset({
    "élysée", "palais de l'élysée", "matignon", "quai d'orsay", "bercy", "beauvau", "place beauvau",
    "hôtel de brienne", "chancellerie", "kremlin", "maison blanche", "pentagone", "downing street",
    "vatican", "saint-siège", "quirinal", "palais bourbon", "palais du luxembourg",
})

# Heads of descriptions that name an institution by themselves: "le parquet", "la préfecture"
# stand for an organisation whose name holds the word ("parquet de Bayonne"), not any other.
SELF_NAMING_ORGANISATIONS: frozenset[str] = frozenset({
    "parquet", "préfecture", "gendarmerie", "police", "mairie", "gouvernement", "ministère",
    "ministères", "tribunal", "cour", "armée", "rectorat", "élysée", "matignon", "kremlin",
    "pentagone", "commission", "conseil", "ville", "commune", "département", "région",
    "académie", "agence", "office", "institut", "fédération", "syndicat", "parti", "hôpital",
})

# Prepositions that make the name after them a complement ("la défense de Marcel Campion", "un
# conseiller de François Hollande"), seldom the one a later pronoun or description stands for
# (with any word tagged as a preposition).
COMPLEMENT_PREPS: frozenset[str] = frozenset({
    "de", "d'", "d’", "du", "des", "à", "au", "aux", "envers", "contre", "avec", "pour", "sur", "chez",
})

# Nouns of a statement or a piece of information that stand before its source: "selon les
# informations du Parisien", "d'après les chiffres de l'Insee", "selon ses dires".
SOURCE_NOUNS: frozenset[str] = frozenset({
    "information", "informations", "précision", "précisions", "révélation", "révélations",
    "propos", "dires", "déclaration", "déclarations", "chiffre", "chiffres", "données",
    "estimation", "estimations", "calculs", "décompte", "bilan", "témoignage", "témoignages",
    "confidences", "explications", "termes", "mots", "version", "récit",
})

# Words before "pour « … »" / "de « … »" that make the quoted words the name of a charge, an
# offence or a motive ("poursuivi pour « corruption passive »"), not someone's words.
CHARGE_CUES: frozenset[str] = frozenset({
    "poursuivre", "condamner", "inculper", "examen", "accuser", "soupçonner", "juger", "chef",
    "délit", "crime", "infraction", "motif", "qualification", "enquête", "plainte", "information",
    "interpeller", "arrêter", "interpellé", "écrouer", "incarcérer", "mis", "mise", "requalifier",
    "renvoyer", "relaxer", "acquitter", "verbaliser", "sanctionner", "licencier",
    "comparaître", "comparaitre", "comparution",
})

# Nouns that stand for a person already named by the role they hold: "le magistrat" for the
# prosecutor or the judge, "le haut-gradé" for the general, "le conseil" for the lawyer.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "magistrat": ("procureur", "procureure", "juge", "substitut", "avocat général", "président", "présidente"),
    "magistrate": ("procureure", "procureur", "juge", "substitut", "présidente"),
    "haut-gradé": ("général", "générale", "colonel", "amiral", "commandant", "capitaine", "chef"),
    "gradé": ("général", "colonel", "commandant", "capitaine", "lieutenant", "adjudant", "chef"),
    "officier": ("général", "colonel", "commandant", "capitaine", "lieutenant", "amiral"),
    "militaire": ("général", "colonel", "commandant", "capitaine", "lieutenant", "amiral", "chef"),
    "conseil": ("avocat", "avocate"),
    "pénaliste": ("avocat", "avocate"),
    "élu": ("député", "sénateur", "maire", "conseiller", "adjoint", "eurodéputé", "élu", "président"),
    "élue": ("députée", "sénatrice", "maire", "conseillère", "adjointe", "eurodéputée", "élue", "présidente"),
    "parlementaire": ("député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée"),
    "édile": ("maire",),
    "patron": ("président", "pdg", "directeur", "dirigeant", "patron", "secrétaire", "chef"),
    "patronne": ("présidente", "pdg", "directrice", "dirigeante", "patronne", "secrétaire", "cheffe"),
    "dirigeant": ("président", "pdg", "directeur", "secrétaire", "chef", "leader", "dirigeant", "patron"),
    "dirigeante": ("présidente", "pdg", "directrice", "secrétaire", "cheffe", "leader", "dirigeante", "patronne"),
    "responsable": ("président", "directeur", "secrétaire", "chef", "responsable", "délégué"),
    "technicien": ("entraîneur", "sélectionneur", "coach"),
    "coach": ("entraîneur", "sélectionneur", "coach"),
    "entraîneur": ("entraîneur", "sélectionneur", "coach"),
    "sélectionneur": ("sélectionneur", "entraîneur"),
    "syndicaliste": ("secrétaire", "président", "délégué", "syndicaliste", "leader"),
    "diplomate": ("ministre", "ambassadeur", "ambassadrice", "diplomate", "émissaire"),
    "chef de la diplomatie": ("ministre",),
    "locataire": ("président", "maire", "ministre"),
    "ministre": ("ministre",),
    "président": ("président", "pdg"),
    "présidente": ("présidente", "pdg"),
    "chef de l'état": ("président", "présidente", "roi", "reine"),
    "chef de l'etat": ("président", "présidente", "roi", "reine"),
    "locataire de l'élysée": ("président", "présidente"),
    "chef du gouvernement": ("premier", "première"),
    # the feminine: "la cheffe du gouvernement" for "la Première ministre X"
    "cheffe du gouvernement": ("premier", "première"),
    "cheffe de l'état": ("présidente", "reine"),
    "cheffe de l'etat": ("présidente", "reine"),
}

# Elected mandates and the roles of the politicians who hold them, which one person holds together (a
# mayor who sits in Parliament, a deputy mayor who heads a list, the MP who reports on a bill): "l'élu
# de Charente" may be the one the article made "rapporteur", "l'adjoint au maire" its "candidat".
ELECTED_MANDATE_NOUNS: frozenset[str] = frozenset({
    "élu", "élue", "député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "parlementaire",
    "maire", "édile", "adjoint", "adjointe", "conseiller", "conseillère", "candidat", "candidate",
    "rapporteur", "rapporteure", "co-rapporteur", "co-rapporteure",
})

# Two names of one office, the one French news writing uses to avoid repeating the other: "la
# garde des Sceaux" is the minister of Justice the article named ("la ministre de la Justice, X"),
# "le locataire de Matignon" the Prime Minister. Each pair is matched both ways, on its words.
OFFICE_EQUIVALENTS: tuple[tuple[str, str], ...] = (
    ("garde des Sceaux", "ministre de la Justice"),
    ("locataire de Matignon", "Premier ministre"),
    ("hôte de Matignon", "Premier ministre"),
    ("locataire de Bercy", "ministre de l'Économie"),
    ("patron de Bercy", "ministre de l'Économie"),
    ("locataire de Beauvau", "ministre de l'Intérieur"),
    ("locataire de la place Beauvau", "ministre de l'Intérieur"),
    ("premier flic de France", "ministre de l'Intérieur"),
    ("locataire de l'Élysée", "président de la République"),
    ("hôte de l'Élysée", "président de la République"),
)

# Plural nouns of the people who run an event, who speak for it as a body: "les organisateurs du
# festival" (the speaker is "organisateurs du festival X", with the event's name).
ORGANISER_NOUNS: frozenset[str] = frozenset({"organisateurs", "organisatrices", "organisateur", "organisatrice"})

# Common nouns of events that stand before their name ("le festival Garorock") or for it ("les
# organisateurs de l'événement").
EVENT_NOUNS: frozenset[str] = frozenset({
    "événement", "évènement", "festival", "salon", "course", "marathon", "trail", "manifestation",
    "rassemblement", "concert", "tournoi", "compétition", "foire", "fête", "spectacle", "congrès",
    "sommet", "forum", "rencontre", "rencontres", "exposition", "biennale", "carnaval", "gala",
    "championnat", "rallye", "raid", "marche", "défilé", "cérémonie",
})

# nouns that name words as words: « la formule « … » » quotes words said before
MENTION_NOUNS = frozenset({"formule", "formules", "expression", "expressions", "terme", "termes", "mot", "mots", "phrase"})

# ---------------------------------------------------------------------------------------------
# Small closed classes the rules walk over: honorifics, determiners, pronouns, clitics,
# conjunctions. Several lists hold some of the same words: each is the set one rule needs, named
# by how it differs from the others.

# Honorifics before a name, lower-cased, that tell a woman ("Mme X") or a man ("M. X").
FEMININE_HONORIFICS: frozenset[str] = frozenset({"mme", "madame", "mlle", "mademoiselle", "mmes"})
MASCULINE_HONORIFICS: frozenset[str] = frozenset({"m.", "monsieur", "mm."})

# Abbreviated honorifics as tokens (case kept). "M." and "Mme": they end a role phrase walked
# back from a name and belong to a noun phrase walked back to its start.
HONORIFICS_M_MME: tuple[str, ...] = ("M.", "Mme")
# With the plural "MM.": a noun phrase walked forward to its end ("MM. Dupont et Durand").
HONORIFICS_M_MME_MM: tuple[str, ...] = (*HONORIFICS_M_MME, "MM.")
# With "Me" (maître): a name just after an apposition ("X, l'avocat de Y, Me Z").
HONORIFICS_M_MME_ME: tuple[str, ...] = (*HONORIFICS_M_MME, "Me")
# With "Me" and "Dr": between a describing noun and the name ("l'avocat Me X", "le médecin Dr Y").
HONORIFICS_M_MME_ME_DR: tuple[str, ...] = (*HONORIFICS_M_MME_ME, "Dr")

# Endings of a feminine role noun ("directrice", "conseillère", "présidente"), at the head of a
# role the article gives a person ("présidente de la région").
FEMININE_ROLE_ENDINGS: tuple[str, ...] = ("rice", "esse", "ière", "ienne", "ante", "ente")
# Feminine role nouns, endings aside ("députée", "préfète", "cheffe").
FEMININE_ROLE_NOUNS: tuple[str, ...] = (
    "présidente", "députée", "préfète", "cheffe", "élue", "avocate", "adjointe", "directrice",
)
# Those whose masculine is not the feminine less its final "e".
FEMININE_ROLE_MASCULINES: dict[str, str] = {"préfète": "préfet", "cheffe": "chef", "directrice": "directeur"}
# The endings above and looser ones, for the head of a role given as a speaker after "l'"
# ("l'ancienne élue", "l'ex-cheffe"), where no determiner tells the gender.
FEMININE_ROLE_ENDINGS_WIDE: tuple[str, ...] = (
    *FEMININE_ROLE_ENDINGS, "ée", "ète", "eure", "euse", "cheffe", "elle",
)

# The gender a singular definite article tells ("la maire de Paris Anne Hidalgo").
ARTICLE_GENDERS: dict[str, str] = {"le": "m", "la": "f"}
# The elided definite article, which tells no gender ("l'ancienne ministre").
ELIDED_ARTICLES: tuple[str, ...] = ("l'", "l’")
# Articles that tell no gender: the elided one and the plural.
GENDERLESS_ARTICLES: tuple[str, ...] = (*ELIDED_ARTICLES, "les")
# Definite articles, also contracted with "de" and "à", before a nickname in marks ("le « roi des
# forains »", "au « boucher de Lyon »"); no demonstratives, unlike DEFINITE_DETERMINERS.
DEFINITE_ARTICLES: tuple[str, ...] = ("le", "la", "les", "l'", "l’", "du", "des", "au", "aux")
# DEFINITE_DETERMINERS as prefixes of a name ("la préfecture du Var"): a space after a full
# word. (No prefix is the start of another, so their order does not matter.)
NAME_DETERMINERS: tuple[str, ...] = tuple(sorted(
    d if d.endswith(("'", "’")) else d + " " for d in DEFINITE_DETERMINERS
))
# First-person possessives: "selon nos informations" is the outlet's own reporting, no one
# quoted.
FIRST_PERSON_POSSESSIVES: tuple[str, ...] = ("notre", "nos", "mon", "ma", "mes")

# The preposition "de", contracted with an article or elided: the complements of a noun ("le
# président du Samu social", "les informations de l'AFP").
DE_FORMS: tuple[str, ...] = ("de", "du", "des", "d'", "d’")
# Its forms that are not elided, which open no adjunct between a verb and its inverted subject
# (other prepositions and "d'" may: "à l'AFP", "d'après X").
DE_UNELIDED: tuple[str, ...] = ("de", "du", "des")
# Its forms with no article in them: dropped before a source ("les informations de l'AFP"),
# where "du" and "des" stay as the source's article.
DE_WITHOUT_ARTICLE: tuple[str, ...] = ("de", "d'", "d’")
# Prepositions that make the quoted words after them the name of a charge ("poursuivi pour
# « corruption passive »", "soupçonné d'« abus de biens sociaux »").
CHARGE_PREPS: tuple[str, ...] = ("pour", *DE_WITHOUT_ARTICLE)
# What may stand between two names or charges in marks, a list of names: nothing, a conjunction,
# a preposition ("pour « corruption passive », « recel » et pour « complicité »").
NAME_LIST_CONNECTORS: tuple[str, ...] = (
    "", "et", "ou", "et pour", "ou pour", "pour", "et de", "de",
)

# The conjunction "que", also elided: what a reporting verb governs ("a déclaré qu'il …").
QUE_FORMS: tuple[str, ...] = ("que", "qu'", "qu’")
# Auxiliaries, by lemma or infinitive ("a déclaré", "a assuré l'avoir fait").
AUXILIARY_VERBS: tuple[str, ...] = ("avoir", "être")
# Finite forms of the auxiliaries, known even when the tagger leaves them unknown ("a tweeté").
AUXILIARY_FORMS: frozenset[str] = frozenset({
    "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient",
})
# Verbs that report speech only after "faire": "a fait savoir", "fait valoir".
CUES_AFTER_FAIRE: tuple[str, ...] = ("savoir", "valoir")
# Endings of the forms of a first-group verb, tried in order (the first that fits is cut), to
# guess the infinitive the tagger missed ("estime" -> "estimer").
ER_VERB_ENDINGS: tuple[str, ...] = (
    "aient", "èrent", "ait", "ent", "ons", "ez", "ées", "és", "ée", "é", "es", "e", "a",
)

# Conjunctions that join a second verb to the subject of the first ("a rappelé que … et indiqué
# que …", "Et d'ajouter : « … »").
VERB_CONJUNCTIONS: tuple[str, ...] = ("et", "puis")
# The same and "mais", walking back from a verb to the one coordinated before ("X a jugé « … »
# mais relève …").
VERB_CONJUNCTIONS_AND_MAIS: tuple[str, ...] = (*VERB_CONJUNCTIONS, "mais")

# Plural subject pronouns, plain or inverted: they stand for a group or a body, not one person.
PLURAL_SUBJECT_PRONOUNS: frozenset[str] = frozenset({"ils", "elles", "-ils", "-elles", "-t-ils", "-t-elles"})
# Subject pronouns with no hyphen (not inverted): "il" stands for the speaker.
PLAIN_SUBJECT_PRONOUNS: tuple[str, ...] = ("il", "elle", "ils", "elles")
# The singular ones, which stop a walk back from a verb to the role phrase that is its subject:
# the pronoun is the subject.
PLAIN_SINGULAR_SUBJECT_PRONOUNS: tuple[str, ...] = ("il", "elle")
# Stressed pronouns after "selon" ("selon lui") and their gender.
STRESSED_PRONOUNS_AFTER_SELON: dict[str, str] = {"lui": "m", "elle": "f"}
# Stressed pronouns after "Pour" and a comma ("Pour eux, …"), and their gender, if one.
STRESSED_PRONOUNS_AFTER_POUR: dict[str, str | None] = {
    **STRESSED_PRONOUNS_AFTER_SELON, "eux": None,
}

# Clitics that may stand between a subject and its verb ("il l'a dit", "ne s'est", "a-t-il").
PREVERBAL_CLITICS: frozenset[str] = frozenset({
    "ne", "n'", "n’", "se", "s'", "s’", "lui", "leur", "y", "en", "l'", "l’", "le", "la", "les",
    "nous", "vous", "me", "m'", "m’", "-t", "-il", "-elle",
})
# Adverbs that may stand between a subject and its verb ("a ainsi déclaré", "a déjà dit").
PREVERBAL_ADVERBS: frozenset[str] = frozenset({"ainsi", "aussi", "également", "encore", "déjà"})
# Words between a verb and the infinitive that hangs on it: its preposition, a negation and
# clitics ("a décidé de ne pas le dire", "a tenu à rappeler").
BEFORE_INFINITIVE: tuple[str, ...] = (
    "de", "d'", "d’", "à", "pas", "ne", "n'", "n’", "se", "s'", "s’", "l'", "l’", "le", "la", "les",
    "lui", "leur",
)
# Prepositions of an adverbial infinitive, whose subject is the main clause's ("X a invoqué …
# avant de reconnaître « … »").
ADVERBIAL_INFINITIVE_PREPS: frozenset[str] = frozenset({"avant", "après", "sans", "afin", "pour"})
# Object and reflexive clitics before an infinitive, which belong to it ("a assuré l'avoir fait",
# "a dit se sentir").
OBJECT_CLITICS: tuple[str, ...] = (
    "l'", "l’", "le", "la", "les", "lui", "leur", "me", "m'", "m’", "nous", "vous", "se", "s'",
    "s’",
)
# A negation and adverbial clitics between a reporting verb and the infinitive it governs ("a
# assuré ne pas avoir", "a dit en avoir").
NEGATION_AND_Y_EN: tuple[str, ...] = ("ne", "n'", "n’", "pas", "y", "en")
# Inverted subject pronouns glued to a verb, kept in the cue after it ("a-t-il ajouté",
# "explique-t-on").
INVERTED_SUBJECT_CLITICS: tuple[str, ...] = (
    "-t", "-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "-on", "-t-on",
)
# Kept in the cue before the verb: the inverted pronouns of an auxiliary (not "-on") and a
# negation ("n'a-t-il pas dit").
CLITICS_BEFORE_CUE: tuple[str, ...] = (
    "-t", "-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "ne", "n'", "n’",
)
# Clitics that may stand before the reporting verb of an incise: inverted pronouns, object
# and reflexive clitics, a negation ("« … », lui a-t-elle répondu", "« … », s'est-il ému").
INCISE_CLITICS: frozenset[str] = frozenset({
    "-t", "-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "-on", "-t-on", "l'", "l’", "lui",
    "leur", "ne", "n'", "n’", "se", "s'", "s’", "y", "en",
    "t",  # "a t-il lancé": the euphonic t written without its first hyphen
})
# Clitics between the comma of an incise closing a sentence and its verb ("…, lui a dit X").
INCISE_LEAD_CLITICS: tuple[str, ...] = ("-t", "l'", "l’", "lui", "leur")
# The same and inverted pronouns, walking back from the verb of a final incise ("…, a-t-il
# dit").
INCISE_LEAD_CLITICS_AND_PRONOUNS: tuple[str, ...] = (*INCISE_LEAD_CLITICS, "-il", "-elle")
# Clitics before the verb of an incise that is no verb of speech ("« … », s'agace le maire").
BARE_INCISE_CLITICS: tuple[str, ...] = ("s'", "s’", "se", "lui", "leur", "en", "y")
# Lower-case words right after the comma that follows a quotation that are not the verb of an
# incise ("« … », selon X", "« … », mais …").
NOT_INCISE_VERBS: frozenset[str] = frozenset({
    "selon", "dont", "où", "comme", "mais", "et", "ou", "puis", "car", "donc", "alors", "ainsi",
    "notamment", "explique-t-on",
})

# Demonstratives before a time word, which belong to it ("indique ce mercredi que").
TIME_DEMONSTRATIVES: tuple[str, ...] = ("ce", "cette")
# The same and "le", before a time word in an adjunct ("a précisé ce matin le préfet", "a
# indiqué le lundi X").
TIME_DETERMINERS: tuple[str, ...] = (*TIME_DEMONSTRATIVES, "le")

# Prepositions, capitalised, that may open a sentence or a quotation with its channel ("Dans un
# communiqué, X a …"); they are matched in this order.
CHANNEL_OPENERS: tuple[str, ...] = (
    "Dans", "Sur", "Via", "Lors", "Au", "Aux", "À", "Devant", "Face", "Auprès",
)
# Of those, the prepositions that may stand right before a programme's or a paper's title in
# quotation marks in an incise ("a confié dans « Quotidien » la chanteuse", "a dit sur « France
# Info » le ministre"): the title is the channel, not quoted words.
TITLE_CHANNEL_PREPS: frozenset[str] = frozenset({"dans", "sur", "à", "au"})
# Lemmas of the verbs after "selon des propos …" that make the name after them a channel
# ("selon des propos rapportés par TASS"): the speaker is named elsewhere.
RELAY_VERBS: tuple[str, ...] = ("rapporter", "recueillir", "citer", "relayer")

# ---------------------------------------------------------------------------------------------
# Who can speak: the heads of descriptions of people, beyond roles (lang.fr.ROLE_NOUNS) and private
# people (PRIVATE_PERSON_NOUNS): "la scientifique", "le milliardaire", "la benjamine du Palais
# Bourbon". A definite one stands for the person the article names who fits it.
PERSON_NOUNS: frozenset[str] = frozenset({
    "scientifique", "milliardaire", "millionnaire", "benjamin", "benjamine", "doyen", "doyenne",
    "eurodéputé", "eurodéputée", "parlementaire", "élu", "élue", "ex-ministre", "ex-président",
    "ex-présidente", "magnat", "homme d'affaires", "femme d'affaires", "star", "vedette", "icône",
    "acteur", "actrice", "comédien", "comédienne", "chanteur", "chanteuse", "musicien", "musicienne",
    "artiste", "auteur", "autrice", "réalisateur", "réalisatrice", "producteur", "productrice",
    "animateur", "animatrice", "humoriste", "cinéaste", "romancier", "romancière", "philosophe",
    "sociologue", "historien", "historienne", "politologue", "politiste", "chercheur", "chercheuse",
    "expert", "experte", "spécialiste", "astronome", "astrophysicien", "astrophysicienne",
    "virologue", "infectiologue", "épidémiologiste", "urgentiste", "chirurgien", "chirurgienne",
    "infirmier", "infirmière", "sportif", "sportive", "athlète", "footballeur", "footballeuse",
    "tennisman", "tenniswoman", "cycliste", "nageur", "nageuse", "boxeur", "boxeuse", "skieur",
    "skieuse", "rugbyman", "basketteur", "basketteuse", "handballeur", "handballeuse", "coureur",
    "coureuse", "navigateur", "navigatrice", "alpiniste", "aventurier", "aventurière", "explorateur",
    "exploratrice", "entrepreneur", "entrepreneuse", "agriculteur", "agricultrice", "éleveur",
    "éleveuse", "viticulteur", "viticultrice", "commerçant", "commerçante", "artisan", "artisane",
    "policier", "policière", "gendarme", "enquêteur", "enquêtrice", "pompier", "soldat", "militaire",
    "diplomate", "fonctionnaire", "commercial", "commerciale", "politicien", "politicienne", "républicain", "républicaine", "démocrate",
    "conservateur", "conservatrice", "socialiste", "écologiste", "centriste", "insoumis",
    "insoumise", "souverainiste", "communiste", "patriarche", "septuagénaire", "quinquagénaire",
    "cinquantenaire", "trentenaire", "quadragénaire", "sexagénaire", "octogénaire",
    "nonagénaire", "centenaire", "vingtenaire", "héritier", "héritière", "prétendant",
    "prétendante", "successeur", "prédécesseur", "rival", "rivale", "adversaire", "allié", "alliée",
    "interlocuteur", "interlocutrice", "détenu", "détenue", "accusé", "accusée", "prévenu",
    "prévenue", "suspect", "suspecte", "plaignant", "plaignante", "requérant", "requérante",
    "magistrat", "magistrate", "pénaliste", "haut-gradé", "gradé", "officier",
    "édile", "locataire", "technicien", "coach", "syndicaliste", "écrivain", "écrivaine",
    "journaliste", "éditorialiste", "chroniqueur", "chroniqueuse", "blogueur", "blogueuse",
    "youtubeur", "youtubeuse", "influenceur", "influenceuse", "lanceur d'alerte", "lanceuse d'alerte",
    "religieux", "religieuse", "prêtre", "moine", "imam", "rabbin", "pasteur", "abbé", "curé",
    "dessinateur", "dessinatrice", "photographe", "mannequin", "styliste", "créateur", "créatrice",
    "cuisinier", "cuisinière", "chef", "cheffe", "pilote", "astronaute", "spationaute", "ingénieur",
    "ingénieure", "économiste", "avocat", "avocate", "juriste", "notaire", "médecin", "docteur",
    "professeur", "professeure", "enseignant", "enseignante", "instituteur", "institutrice",
    "directeur", "directrice", "patron", "patronne", "dirigeant", "dirigeante", "fondateur",
    "fondatrice", "cofondateur", "cofondatrice", "gérant", "gérante", "associé", "associée",
    "supérieur", "supérieure", "collègue", "exécutif", "municipalité", "entourage", "professionnel",
    "professionnelle", "membre", "représentant", "représentante", "élève", "élèves", "parents",
    "gens", "public", "foule", "camarade", "camarades", "proche", "proches", "équipe", "équipage",
    "intéressé", "intéressée", "maman", "papa", "grand-mère", "grand-père", "oncle", "tante",
    "cousin", "cousine", "neveu", "nièce", "beau-père", "belle-mère", "beau-frère", "belle-sœur",
    "bébé", "fillette", "otage", "otages", "malade", "marin", "paysan", "paysanne", "berger",
    "bergère", "boulanger", "boulangère", "vigneron", "vigneronne", "maçon", "skipper", "rappeur",
    "rappeuse", "recrue", "nonne", "anonyme", "aîné", "aînée", "cadet",
    "cadette", "gamin", "gamine", "ado",
}) | frozenset(f"ex-{role}" for role in ROLE_NOUNS)
# (a role with the prefix of a former office, written as one word: "l'ex-patron de Matignon",
# "l'ex-directrice de l'agence" describe a person as the role does, never the body named after them)

# Endings of nouns of a people or a place's inhabitants, written with a capital ("le Palestinien",
# "le Béarnais", "la Marseillaise"): after a definite article they describe a person.
DEMONYM_ENDINGS: tuple[str, ...] = (
    "ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "in", "ine", "an", "ane", "ard", "arde",
    "ote", "ot", "éen", "éenne", "ite", "iste",
)

# Nouns of bodies and groups that speak as one, beyond ORGANISATION_NOUNS ("a plaidé la défense",
# "selon le magazine", "la coalition a démenti"): they may head a speaker.
SPEAKING_BODIES: frozenset[str] = frozenset({
    "défense", "accusation", "partie", "magazine", "revue", "média", "télévision", "plateforme",
    "réseau", "mouvement", "coalition", "camp", "alliance", "union", "ligue", "comité", "bureau",
    "cellule", "brigade", "unité", "commandement", "administration", "assemblée", "sénat",
    "chambre", "parlement", "présidence", "diplomatie", "justice", "secours", "marine", "aviation",
    "communauté", "population", "opinion", "presse", "rédaction", "blog", "compte", "page",
    "station", "antenne", "staff", "vestiaire", "clan", "entourage", "famille", "fratrie", "couple",
    "délégation", "mission", "troupe", "formation", "écurie", "sélection", "tribu", "junte",
    "régime", "pouvoir", "monarchie", "palais", "maison", "firme", "filiale", "start-up", "géant",
    "leader", "numéro", "fabricant", "distributeur", "assureur", "transporteur", "organisme",
    "structure", "instance", "juridiction", "ordre", "barreau", "corps", "corporation", "profession",
    "filière", "secteur", "industrie", "patronat", "intersyndicale", "collectivité", "métropole",
    "agglomération", "canton", "province", "état", "pays", "nation", "capitale", "république",
    "parc", "zoo", "musée", "école", "université", "lycée", "collège", "stade", "théâtre",
    "aéroport", "usine", "restaurant", "hôtel", "magasin", "festival", "salon", "cinéma", "clinique",
    "prison", "refuge", "église", "diocèse", "paroisse", "mosquée", "compagnie", "label", "studio",
    "maison de disques", "éditeur", "diffuseur", "producteur", "chaîne", "site", "application",
})

# Endings of nouns of agents and of people described by what they do or went through ("secouriste",
# "assaillant", "propriétaire", "policier", "rescapé", "habitante"): such a noun may head a speaker.
AGENT_NOUN_ENDINGS: tuple[str, ...] = (
    "eur", "euse", "rice", "iste", "ien", "ienne", "ant", "ante", "ent", "ente", "aire", "ier",
    "ière", "é", "ée", "ais", "aise", "ois", "oise", "ain", "aine", "logue", "ète", "cien", "cienne",
)

# Words in -ais, -ois that name no one, though those endings make nouns of people ("villageois",
# "bourgeois"): nouns in -ai, -oi, whose plural takes an s ("les essais", "les emplois"), things
# whose singular ends so ("le relais", "le bois"), and words that are no noun ("mais", "trois").
AIS_OIS_THINGS: frozenset[str] = frozenset({
    "essai", "délai", "balai", "quai", "minerai", "chai", "étai", "emploi", "loi", "convoi",
    "tournoi", "envoi", "renvoi", "désarroi", "émoi", "effroi", "beffroi", "octroi", "paroi", "foi",
    "aloi", "relais", "marais", "biais", "rabais", "engrais", "harnais", "frais", "dais", "bois",
    "mois", "pois", "fois", "patois", "minois", "carquois", "anchois", "chamois", "putois",
    "mais", "jamais", "désormais", "parfois", "autrefois", "toutefois", "quelquefois", "trois",
    "mauvais", "épais",
})

# Nouns of a member of a body that name a person only with the body after them ("un cadre du
# parti", "une figure de l'opposition", "les ténors LR"; not "le cadre légal", "la figure 2").
MEMBER_NOUNS: frozenset[str] = frozenset({
    "cadre", "figure", "ténor", "baron", "baronne", "pilier", "cacique", "caïd", "pointure",
})

# Heads of descriptions that cannot speak: animals. Their words are never quoted as someone's.
ANIMAL_NOUNS: frozenset[str] = frozenset({
    "chien", "chienne", "chiot", "chat", "chatte", "chaton", "cheval", "jument", "poney", "âne",
    "vache", "taureau", "veau", "mouton", "brebis", "chèvre", "cochon", "porc", "sanglier", "loup",
    "louve", "ours", "ourse", "renard", "lion", "lionne", "tigre", "tigresse", "éléphant", "girafe",
    "singe", "gorille", "chimpanzé", "dauphin", "baleine", "requin", "phoque", "oiseau", "aigle",
    "pigeon", "poule", "coq", "canard", "cygne", "serpent", "crocodile", "tortue", "lapin", "souris",
    "rat", "hamster", "perroquet", "panda", "koala", "kangourou", "cerf", "biche", "chevreuil",
    "animal", "bête", "félin", "fauve", "mammifère", "rapace", "cétacé", "primate", "abeille",
})

# Indefinite determiners and numerals that open the description of an unnamed source ("une
# source judiciaire", "un pasteur", "deux porte-parole"): the speaker is that description.
INDEFINITE_OPENERS: frozenset[str] = frozenset({
    "un", "une", "des", "deux", "trois", "quatre", "plusieurs", "certains", "certaines", "d'autres",
    "l'un", "l’un", "l'une", "l’une",
})

# Nouns of written or recorded sources, which speak only through their author ("selon une étude",
# "le rapport"): without an author named, no one is the speaker.
WRITTEN_SOURCE_NOUNS: frozenset[str] = frozenset({
    "étude", "études", "rapport", "rapports", "enquête", "enquêtes", "sondage", "sondages",
    "baromètre", "document", "documents", "note", "notes", "texte", "textes", "communiqué",
    "communiqués", "avis", "bilan", "bilans", "chiffres", "données", "statistiques", "lettre",
    "courrier", "message", "messages", "tweet", "post", "publication", "déclaration", "plainte",
    "projet", "loi", "décret", "arrêté", "reportage", "article", "vidéo", "film", "livre", "ouvrage",
    "code", "vague", "version", "analyse", "analyses", "recherche", "recherches", "travaux",
})
# The written sources above that an author signs and speaks through ("selon l'étude", "précise le
# communiqué"): with no author named, the article's words for them stand for the source; the others
# (a law, a film, a figure) never speak.
AUTHORED_DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "étude", "études", "rapport", "rapports", "enquête", "enquêtes", "sondage", "sondages",
    "baromètre", "document", "documents", "note", "notes", "texte", "textes", "communiqué",
    "communiqués", "avis", "lettre", "courrier", "message", "messages", "tweet", "post",
    "publication", "déclaration",
})
# Small words that may stand inside a proper name of several words ("Cour de cassation", "Fondation
# pour la Nature et l'Homme"); any other lower-case word makes the words no name ("X ferme Y").
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour", "à", "au", "aux", "en",
    "sur", "sous", "von", "van", "der", "den", "di", "da", "del", "y", "of", "the", "and", "for",
})

# Infinitives that mean "to mean" after "vouloir" ("cela ne veut pas dire que …"): no speech.
MEANING_INFINITIVES: tuple[str, ...] = ("dire",)

# Words right after a name and its comma that tell a person's gender ("X, âgée de 70 ans").
GENDERED_AFTER_NAME: dict[str, str] = {
    "âgée": "f", "âgé": "m", "née": "f", "né": "m", "mariée": "f", "marié": "m", "mère": "f",
    "père": "m", "veuve": "f", "veuf": "m", "elle-même": "f", "lui-même": "m",
}

# A relative pronoun subject: it stands for its antecedent ("le ministre, qui a assuré que").
RELATIVE_SUBJECTS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
# A demonstrative and the relative clause after it as the inverted subject of an incise ("« … »,
# confie celui qui s'est caché sous le toit", "explique celle qui a fondé l'association"): French
# news names again the person the passage is about, as a pronoun of that gender would.
DEMONSTRATIVE_RELATIVE_SUBJECTS: dict[str, str] = {"celui": "m", "celle": "f"}

# --- Gender of the people an article names (enrich/quotes/coref.py) ---
# Nouns whose grammatical gender is the word's, whoever they describe ("la victime X" may be a
# man, "le mannequin X" a woman): a noun before a name tells its gender, but not these.
EPICENE_NOUNS: frozenset[str] = frozenset({
    "victime", "personne", "star", "vedette", "recrue", "personnalité", "figure", "icône", "idole",
    "sentinelle", "mannequin", "témoin", "membre", "otage", "cible", "célébrité", "légende",
    "tête", "voix", "plume", "ex", "top-modèle", "médium", "génie", "capitaine", "juge",
})
# Determiners that show no gender ("leur fille X", "chaque candidat"), beside GENDERLESS_ARTICLES.
GENDERLESS_DETERMINERS: frozenset[str] = frozenset({"leur", "leurs", "chaque", "notre", "votre", "nos", "vos", "ses", "mes", "tes", "des", "les", "aux"})
# Possessives that stand before a feminine noun opening with a vowel ("son amie X"): their
# masculine form tells nothing there.
POSSESSIVES_BEFORE_VOWEL: frozenset[str] = frozenset({"mon", "ton", "son"})
VOWELS_AND_H: str = "aeiouyhéèêàâîïôûœ"

# Verbs of perception whose object is the subject of the infinitive after it ("on entend l'homme
# qualifier …", "elle a entendu l'un des agresseurs déclarer : « … »"): that object is the speaker.
PERCEPTION_VERBS: frozenset[str] = frozenset({"entendre", "écouter", "voir", "regarder"})

# News outlets and press agencies, as name keys (``normalise.name_key``, without a leading
# article): the outlet that reports a quotation is seldom the one who speaks ("selon Le Figaro",
# "a-t-il confié au Parisien"); the speaker ranker weighs a candidate that is one.
NEWS_OUTLETS: frozenset[str] = frozenset({
    "afp", "agence france presse", "agence france-presse", "reuters", "ap", "associated press", "bloomberg",
    "ansa", "dpa", "efe", "belga", "tass", "ria novosti", "xinhua", "kiodo", "kyodo",
    "figaro", "le figaro", "monde", "le monde", "parisien", "le parisien", "aujourd hui en france",
    "liberation", "express", "l express", "point", "le point", "obs", "nouvel obs", "nouvel observateur",
    "jdd", "journal du dimanche", "echos", "les echos", "croix", "la croix", "humanite", "l humanite",
    "mediapart", "canard enchaine", "le canard enchaine", "marianne", "valeurs actuelles", "paris match",
    "ouest france", "sud ouest", "la depeche", "depeche du midi", "la voix du nord", "voix du nord",
    "le progres", "progres", "dauphine libere", "le dauphine libere", "le telegramme", "telegramme",
    "nice matin", "var matin", "la provence", "midi libre", "l est republicain", "est republicain",
    "le republicain lorrain", "dernieres nouvelles d alsace", "dna", "la montagne", "centre presse",
    "20 minutes", "huffpost", "huffington post", "slate", "konbini", "brut", "closer", "voici", "gala",
    "public", "l equipe", "equipe", "le journal du dimanche", "challenges", "capital", "l opinion", "opinion",
    "bfmtv", "bfm tv", "bfm", "lci", "cnews", "franceinfo", "france info", "france inter", "france culture",
    "france bleu", "rtl", "europe 1", "rmc", "france 2", "france 3", "france 5", "tf1", "m6", "arte",
    "france 24", "rfi", "public senat", "lcp", "sud radio", "tmc", "c8", "canal", "canal plus",
    "new york times", "washington post", "wall street journal", "new york post", "guardian", "the guardian",
    "times", "the times", "financial times", "daily mail", "the sun", "sun", "bbc", "cnn", "fox news",
    "nbc", "cbs", "abc", "politico", "axios", "der spiegel", "spiegel", "bild", "el pais", "el mundo",
    "la repubblica", "corriere della sera", "le soir", "la libre belgique", "le temps", "tribune de geneve",
    "yediot aharonot", "haaretz", "al jazira", "al jazeera", "tmz", "people", "variety", "hollywood reporter",
})

# Head nouns of a description that designates a news outlet ("l'hebdomadaire", "le quotidien
# britannique", "la chaîne").
OUTLET_NOUNS: frozenset[str] = frozenset({
    "journal", "quotidien", "hebdomadaire", "mensuel", "magazine", "périodique", "tabloïd", "tabloid",
    "chaîne", "radio", "média", "médias", "journaux", "quotidiens", "hebdomadaires", "magazines",
})

# Words that make a role a former one ("l'ancien ministre de l'Education", "l'ex-président"): a
# person's past office, which an article often tells only in the description that names them again,
# so the roles the article gives them now (a candidate, a presenter) do not rule it out.
# The adjectives among them tell the gender an elided article hides ("l'ancienne élue": a woman).
FORMER_OFFICE_GENDERS: dict[str, str] = {"ancien": "m", "ancienne": "f"}
FORMER_OFFICE_WORDS: frozenset[str] = frozenset({*FORMER_OFFICE_GENDERS, "ex", "ex-"})

# The words of an age given in apposition after a name ("X, 26 ans, un père de famille"), which an
# apposed description may follow.
AGE_WORDS_AFTER_NAME: frozenset[str] = frozenset({"an", "ans", "mois"})

# Demonstrative determiners of a singular description of a person ("ce proche de X", "cette élue"):
# someone the text has just spoken of, in an incise the subject of the sentence before the quotation.
PERSON_DEMONSTRATIVES: frozenset[str] = frozenset({"ce", "cet", "cette"})

# "L'intéressé", "la principale intéressée" (the noun, head of its phrase): the person affected by
# what was just reported, by its gender; the adjectives it may take.
CONCERNED_PERSON_WORDS: dict[str, str] = {"intéressé": "m", "intéressée": "f"}
CONCERNED_PERSON_ADJECTIVES: frozenset[str] = frozenset({"principal", "principale", "premier", "première"})

# Common nouns of organisations: the kind each tells in front of a name ("le syndicat Force
# ouvrière", "la compagnie aérienne X"; None for "industriel", "géant": they tell none), and the kinds of
# organisation it may name again alone ("la CGT … ajoute le syndicat", "à la RATP … a prévenu le
# groupe"; empty: it names none again). A company is no "syndicat", a party no "entreprise", a
# newspaper no "groupe"; "unknown": an organisation whose kind nothing in the article or the lists
# below tells ("le groupe" for EDF, General Electric: a company most often; OTHER_BODY_ADJECTIVES
# tell the armed or parliamentary group).
# Not again: "l'intersyndicale" (a coalition of the unions named, none of them), "la centrale" (also
# a power plant), "la banque" (also a central bank), public bodies.
_COMPANY_AGAIN = frozenset({"company", "unknown"})
_ASSOCIATION_AGAIN = frozenset({"association", "unknown"})
_NONE_AGAIN: frozenset[str] = frozenset()
ORGANISATION_KIND_NOUNS: dict[str, tuple[str | None, frozenset[str]]] = {
    "groupe": ("company", frozenset({"company", "association", "unknown"})),
    **dict.fromkeys(("entreprise", "société", "compagnie", "constructeur", "opérateur", "enseigne", "firme",
                     "transporteur", "distributeur", "fabricant", "assureur", "laboratoire", "multinationale",
                     "filiale"), ("company", _COMPANY_AGAIN)),
    **dict.fromkeys(("industriel", "géant"), (None, _COMPANY_AGAIN)),
    **dict.fromkeys(("banque", "start-up", "marque"), ("company", _NONE_AGAIN)),
    "syndicat": ("union", frozenset({"union"})),
    **dict.fromkeys(("centrale", "intersyndicale", "confédération"), ("union", _NONE_AGAIN)),
    **dict.fromkeys(("parti", "formation"), ("party", frozenset({"party"}))),
    "mouvement": ("party", _NONE_AGAIN),
    **dict.fromkeys(("association", "collectif", "ong", "fondation"), ("association", _ASSOCIATION_AGAIN)),
    **dict.fromkeys(("fédération", "ligue"), ("association", _NONE_AGAIN)),
    **dict.fromkeys(("ministère", "préfecture", "mairie", "parquet", "tribunal", "cour", "police",
                     "gendarmerie", "gouvernement", "conseil", "commission", "assemblée", "sénat", "armée",
                     "rectorat", "ville", "commune", "département", "région", "ambassade", "consulat",
                     "agence", "office", "autorité", "haute", "direction", "service", "services",
                     "hôpital", "université", "académie", "institut", "caisse", "centre", "inspection",
                     "parlement", "bourse", "crs"), ("public", _NONE_AGAIN)),
    **BODY_KIND_NOUNS,
}
# The kinds of organisation a bare « la compagnie », « l'association » names again when the entity step
# gave the body's name no type: companies and associations, whose names are often words of their own
# ("Transavia", "Sud-Rail"), not public bodies (which the article names by their office).
UNTYPED_BODY_KINDS: frozenset[str] = frozenset({"company", "association"})
# The nouns of ORGANISATION_KIND_NOUNS that name again an organisation, with the kinds each may name.
ORGANISATION_NOUN_KINDS: dict[str, frozenset[str]] = {w: again for w, (_, again) in ORGANISATION_KIND_NOUNS.items() if again}
# Adjectives by which "le groupe", "l'entreprise" name a body of another sort than a company or an
# association the article named ("le groupe jihadiste", "le groupe armé", "le groupe parlementaire").
OTHER_BODY_ADJECTIVES: frozenset[str] = frozenset({
    "armé", "armée", "jihadiste", "djihadiste", "terroriste", "islamiste", "rebelle", "paramilitaire",
    "séparatiste", "indépendantiste", "criminel", "criminelle", "mafieux", "mafieuse", "parlementaire",
    "extrémiste", "insurgé", "musical", "politique",
})

# Prepositions before an organisation's name that put what is said around it on its side ("Même
# discours à la RATP", "chez Renault", "Pour la CGT, …"): a later "le groupe", "le syndicat" may
# name it again; not "de" (another noun's: "le PDG de X") nor "avec", "contre" (a partner, a foe).
BODY_SIDE_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux", "chez", "pour", "selon", "côté"})
# Of those, the ones that also introduce a buyer, a recipient, a target ("X a cédé son usine à Y",
# "X a racheté une participation chez Y"): a body named after them never wins over one of the kind
# named as a subject in the same sentence.
RECIPIENT_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux", "chez"})

# Nouns by which news writing names a member of the public it does not name ("l'internaute", "le
# passant") and never someone holding an office (PUBLIC_OFFICE_NOUNS): "l'internaute" who posted a
# video is not the Prime Minister named in the first sentence. (Not "le témoin", "l'auteur", "le
# patient", "la riveraine", "le manifestant", "l'automobiliste": a minister may be any of them.)
PUBLIC_MEMBER_NOUNS: frozenset[str] = frozenset({"internaute", "passant", "passante"})
# The nation's own bodies, which French news writes in lower case and which are one in a country
# ("le porte-parole du gouvernement", "le président de l'assemblée", "le chef de l'état"): an office
# of theirs is a public one whose holder the article may name without giving the office, not a
# function in a body readers cannot tell ("le directeur de l'école").
NATIONAL_BODY_NOUNS: frozenset[str] = frozenset({
    "gouvernement", "exécutif", "état", "république", "nation", "assemblée", "sénat", "parlement",
})
PUBLIC_OFFICE_NOUNS: frozenset[str] = frozenset({
    "ministre", "président", "présidente", "député", "députée", "sénateur",
    "sénatrice", "eurodéputé", "eurodéputée", "maire", "préfet", "préfète", "secrétaire",
    "porte-parole", "procureur", "procureure", "juge", "ambassadeur", "ambassadrice", "roi", "reine",
    "prince", "princesse", "chancelier", "chancelière", "gouverneur", "gouverneure", "commissaire",
    "garde", "chef", "cheffe", "dirigeant", "dirigeante", "candidat", "candidate", "patron", "patronne",
})

# A presidency is the palace the article names it by ("l'Élysée … a plaidé la présidence", "la
# Maison Blanche … selon la présidence américaine"): the seats of power (as SEATS_OF_POWER) that
# "la présidence" names again, alone or with the adjective of the palace's own country (not "la
# présidence ukrainienne" after the Élysée).
PRESIDENCY_SEATS: dict[str, str] = {
    "élysée": "française", "palais de l'élysée": "française", "maison blanche": "américaine",
    "kremlin": "russe", "quirinal": "italienne",
}

# Trade unions and parties French news names by their name alone, as name keys: "la CGT" is the
# union a later "le syndicat" names again, "LR" the party of "le parti"; a union's local or trade
# branch is named after it ("SNUipp-FSU Paris", "CGT Cheminots").
UNION_NAMES: frozenset[str] = frozenset({
    "cgt", "cfdt", "fo", "force ouvriere", "unsa", "sud", "solidaires", "cfe cgc", "cftc", "fsu",
    "snes", "snes fsu", "snuipp", "snuipp fsu", "unef", "fage", "alliance police nationale",
    "unite sgp police", "sgp police", "sud rail", "cgt cheminots", "unsa ferroviaire", "snpl", "fnsea",
    "confederation paysanne", "coordination rurale", "jeunes agriculteurs", "cgt spectacle", "sud sante",
    "synergie officiers", "unsa police", "france police", "snjmg", "snj", "snj cgt", "cfdt journalistes",
})
PARTY_NAMES: frozenset[str] = frozenset({
    "ps", "parti socialiste", "lr", "les republicains", "republicains", "rn", "rassemblement national",
    "fn", "front national", "lrem", "la republique en marche", "republique en marche", "en marche",
    "modem", "udi", "lfi", "la france insoumise", "france insoumise", "pcf", "parti communiste",
    "parti communiste francais", "eelv", "europe ecologie les verts", "verts", "npa", "lutte ouvriere",
    "debout la france", "generation s", "generations", "agir", "ump", "reconquete", "horizons",
    "renaissance", "place publique", "union populaire", "nupes", "les patriotes", "cdu", "spd", "afd",
    "podemos", "vox", "parti conservateur", "parti travailliste", "parti democrate",
    "parti republicain", "ukip", "brexit party",
})

# What stands between two names coordinated, and so equally salient ("X et Y", "X, Y", "X ou Y"):
# only there may the gender a given name tells choose between them.
COORDINATION_BETWEEN_NAMES: frozenset[str] = frozenset({"et", ",", "ou", "ainsi que"})

# Given names French gives to men and women alike (in neither FEMININE_FIRST_NAMES nor
# MASCULINE_FIRST_NAMES): a person so named may be the woman « elle » stands for.
EPICENE_GIVEN_NAMES: frozenset[str] = frozenset({
    "Claude", "Dominique", "Camille", "Sacha", "Alix", "Charlie", "Lou", "Eden", "Andrea", "Andréa",
    "Ange", "Morgan", "Noa", "Gaby", "Kim", "Sam", "Alex", "Ariel",
})

# Words before a role's noun that make it another office ("le Premier ministre" is not "le
# ministre", "la vice-présidente" not "la présidente", "le sous-préfet" not "le préfet"): a
# description with one names only someone given an office with it (matched folded, by
# ``normalise.name_key``; a hyphen splits "vice-président").
OFFICE_QUALIFIERS: frozenset[str] = frozenset({"premier", "première", "vice", "sous"})

# Words for someone close to a person that hang on that person by "de" ("le bras droit de X", "l'homme
# de confiance du ministre"): someone else than X, whom the phrase describes.
RIGHT_HAND_WORDS: tuple[str, ...] = ("bras droit", "homme de confiance", "femme de confiance", "bras armé")

# A body's nouns that name a person's staff when they hang on that person by "de" ("le cabinet de la
# ministre", "les services du préfet", "l'équipe du candidat"): described by the article's words,
# neither that person nor a body named before. A party, a company, a club the person belongs to
# ("le parti de la candidate", "la compagnie du pilote") speaks for itself: not in this list.
STAFF_NOUNS: frozenset[str] = frozenset({
    "cabinet", "services", "service", "entourage", "équipe", "secrétariat", "état-major", "staff",
    "conseillers", "collaborateurs", "proches",
})

# Given names that tell a person's gender (matched folded, by ``normalise.name_key``; the first part
# of a compound decides: "Jean-Marie" is a man's, "Marie-France" a woman's). Names given to both
# (Camille, Dominique, Claude, Sacha, Alix, Charlie, Morgan...) are in neither list. For agreement
# only; which capitalised words begin a person's name is fr.GIVEN_NAMES (stricter: no place names).
FEMININE_FIRST_NAMES: frozenset[str] = frozenset({
    "adele", "adeline", "agathe", "agnes", "aicha", "alexandra", "alexia", "alice", "aline", "amandine", "amelie",
    "ana", "anais", "angela", "angelique", "anna", "anne", "annick", "annie", "anouk", "arielle", "audrey", "aude",
    "aurelie", "aurore", "barbara", "beatrice", "benedicte", "bernadette", "brigitte", "capucine", "carla", "carole",
    "caroline", "catherine", "cecile", "celine", "chantal", "charlotte", "chloe", "christelle", "christiane",
    "christine", "claire", "clara", "clarisse", "claudine", "clemence", "clementine", "coline", "corinne", "cynthia",
    "delphine", "denise", "diane", "elisabeth", "elise", "elizabeth", "elodie", "eloise", "elsa", "emilie", "emma",
    "emmanuelle", "estelle", "eva", "eve", "fabienne", "fanny", "fatima", "florence", "francoise", "frederique",
    "gabrielle", "genevieve", "geraldine", "ghislaine", "gisele", "helene", "hillary", "ines", "ingrid", "irene",
    "isabelle", "jacqueline", "jeanne", "jennifer", "jessica", "johanna", "josiane", "judith", "julia", "julie",
    "juliette", "justine", "karine", "kate", "katia", "laetitia", "laura", "laure", "laurence", "lea", "leila",
    "lena", "lila", "lina", "linda", "lisa", "louise", "lucie", "lucienne", "lydia", "madeleine", "maelle", "magali",
    "manon", "marguerite", "maria", "marianne", "marie", "marina", "marine", "marion", "marisol", "marlene", "marta",
    "martha", "marthe", "martine", "maryse", "mathilde", "melanie", "melissa", "mia", "michele", "micheline",
    "mireille", "monique", "muriel", "myriam", "nadia", "nadine", "natacha", "nathalie", "nicole", "noemie", "oceane",
    "odile", "olga", "olivia", "ophelie", "pascale", "patricia", "paule", "pauline", "penelope", "rachel", "rachida",
    "rebecca", "regine", "rose", "roselyne", "sabine", "sabrina", "salome", "samia", "sandra", "sandrine", "sarah",
    "segolene", "severine", "simone", "sonia", "sophie", "stephanie", "susan", "suzanne", "sylvie", "valerie",
    "vanessa", "veronique", "victoria", "virginie", "yasmina", "yolande", "yvette", "yvonne", "zoe",
})
MASCULINE_FIRST_NAMES: frozenset[str] = frozenset({
    "adrien", "alain", "alban", "albert", "alexandre", "alexis", "alfred", "ali", "amine", "andre", "antoine",
    "anthony", "armand", "arnaud", "arthur", "aurelien", "baptiste", "barack", "bastien", "benjamin", "benoit",
    "bernard", "bertrand", "boris", "bruno", "cedric", "charles", "christian", "christophe", "clement", "cyril",
    "damien", "daniel", "david", "denis", "didier", "dimitri", "donald", "edouard", "emmanuel", "eric", "etienne",
    "fabien", "fabrice", "felix", "fernand", "florent", "florian", "francis", "francois", "franck", "frederic",
    "gabriel", "gael", "gaston", "gerald", "gerard", "gilbert", "gilles", "gregoire", "gregory",
    "guillaume", "gustave", "guy", "henri", "herve", "hubert", "hugo", "hugues", "jacques", "jean", "jeremy",
    "jerome", "joachim", "joe", "joel", "jordan", "joseph", "julien", "justin", "karim", "kevin", "laurent", "leon",
    "leonard", "lionel", "loic", "louis", "luc", "lucas", "ludovic", "manuel", "marc", "marcel", "mathieu",
    "matthieu", "maurice", "max", "maxime", "michel", "mickael", "mohamed", "nicolas", "noel", "olivier", "pascal",
    "patrick", "paul", "philippe", "pierre", "quentin", "raphael", "raymond", "regis", "remi", "remy", "renaud",
    "rene", "richard", "robert", "rodrigo", "roger", "romain", "samuel", "sebastien", "serge", "simon", "stephane",
    "steffen", "sylvain", "theo", "thibault", "thibaut", "thierry", "thomas", "tristan", "valentin", "valery",
    "victor", "vincent", "vladimir", "william", "xavier", "yann", "yves", "yvon",
})

# "« … », lit-on dans un communiqué du ministère", "peut-on lire dans leur lettre": the incise of
# written words, whose speaker is the author of the document read.
READING_FORMS: frozenset[str] = frozenset({"lit", "lisait", "lira"})
READING_MODALS: frozenset[str] = frozenset({"peut", "pouvait", "pourra"})
READING_INFINITIVE = "lire"
READING_PREPS: frozenset[str] = frozenset({"dans", "sur"})

# Nouns that describe a person by sex or age alone ("l'homme", "la jeune femme", "le
# quadragénaire"): a second description of someone the article has described otherwise ("la
# mère … confie la femme, âgée de 33 ans"); as a speaker, the description the article gave first.
GENERIC_PERSON_NOUNS: frozenset[str] = frozenset({
    "homme", "femme", "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire",
    "octogénaire", "nonagénaire", "quadra", "quinqua", "individu",
})

# Words opening a subordinate clause at the start of a sentence ("S'il en rit aujourd'hui, X …",
# "Alors qu'il …, X …"): the sentence's subject comes after the clause and its comma.
CLAUSE_OPENERS: frozenset[str] = frozenset({
    "si", "s'", "s’", "alors", "quand", "lorsqu'", "lorsqu’", "lorsque", "bien", "même", "puisque", "puisqu'", "puisqu’",
})

# The same with "tandis (que)": a sentence opening on such a clause before its comma ("Si X avait pris
# position, Y s'est gardé de le faire", "Tandis que X a annoncé …, Y a laissé entendre …") is about the
# main clause's subject; a later "il" or "elle" is that subject, not one named inside the clause.
LEADING_CLAUSE_OPENERS: frozenset[str] = CLAUSE_OPENERS | frozenset({"tandis"})

# More news outlets, folded as name_key folds names: the people and television press and other
# titles French news quotes as a source ("relayé par Pure People", "dans Télé-Loisirs"): an outlet
# reports, it is never what "il" or "elle" before a reporting verb stands for.
NEWS_OUTLETS = NEWS_OUTLETS | frozenset({
    "pure people", "purepeople", "charlie hebdo", "tele loisirs", "tele star", "tele 7 jours", "telerama",
    "france dimanche", "ici paris", "femme actuelle", "les inrockuptibles", "inrockuptibles", "les inrocks",
    "le courrier picard", "courrier picard", "la nouvelle republique", "nouvelle republique", "le bien public",
    "l independant", "la republique des pyrenees", "corse matin", "paris normandie", "le maine libre",
    "ouest france", "actu fr", "francetvinfo", "france televisions", "tv5monde", "euronews", "lequipe",
})

# « … », se souvient X: recalling one's past is a reporting verb of French news writing's incises
# (as « se rappelle », already a cue through « rappeler »).
CUE_VERBS = CUE_VERBS | frozenset({"souvenir", "se souvenir"})

# More given names that tell a person's gender, French and foreign ones French news often names
# (folded as name_key folds them). Names given to both sexes, or to a man in one country and a
# woman in another, in the news French readers meet (Andrea, Camille, Dominique, Claude, Jean in
# English, Sasha, Kim, Ashley, Nicola, Robin, Chris, Sam, Lou, Alix, Nour, Yaël, Vivien, Céleste...),
# stay in neither list, and so do names whose fold is also the fold of the other sex's form
# (Aimé / Aimée, José / Josée, Danielle / Daniele).
FEMININE_FIRST_NAMES = FEMININE_FIRST_NAMES | frozenset({
    "agnes", "albane", "alessandra", "alexandrine", "alicia", "alizee", "amanda", "amel", "amy", "anastasia",
    "angele", "angelina", "anita", "annabelle", "annette", "antoinette", "apolline", "ariane", "arlette",
    "armelle", "assa", "assia", "aurelia", "axelle", "aya", "beatriz", "bettina", "blanche", "brenda", "bridget",
    "camelia", "carine", "carmen", "carolina", "cassandra", "catalina", "cathy", "chiara", "christina",
    "claudia", "colette", "constance", "cristina", "dalila", "daniela", "daphne", "deborah",
    "dolores", "dominika", "dora", "edith", "eleonore", "elena", "eliane", "elina", "ella", "elvire", "emeline",
    "emily", "emilia", "erika", "esther", "eugenie", "evelyne", "fabiola", "farida", "faustine", "flavie", "flora",
    "francesca", "francine", "gaelle", "georgette", "germaine", "giulia", "gloria", "gwenaelle", "hanna", "hannah",
    "heloise", "henriette", "hortense", "huguette", "ilona", "ilaria", "iris", "isabel", "isabella", "jade",
    "janine", "jeannine", "jocelyne", "joelle", "josephine", "joy", "joyce", "julienne", "karen", "katarina",
    "katherine", "kathleen", "katrin", "kelly", "khadija", "lara", "latifa", "laurie", "leonie", "liliane", "lilou",
    "lola", "louisa", "luce", "lucia", "lucile", "lucy", "ludivine", "luisa", "lynda", "maelys", "magalie",
    "maite", "malika", "margaux", "margot", "mariam", "marielle", "marina", "marisa",
    "marjorie", "marlene", "martina", "maud", "maude", "maya", "megan", "melania", "melina", "meryl", "michelle",
    "mila", "mina", "mireia", "monica", "morgane", "nabila", "nancy", "naomi", "nathalia", "nelly", "nina",
    "ninon", "nora", "norah", "oksana", "orane", "paola", "paula", "perrine", "pia", "priscilla", "raphaelle",
    "raquel", "rebekka", "rita", "romane", "rosa", "rosalie", "roxane", "ruth", "sabrina", "samira",
    "sara", "serena", "sharon", "sihem", "silvia", "solange", "solene", "soraya", "stella", "svetlana",
    "sylviane", "tatiana", "teresa", "therese", "tiphaine", "valentina", "veronica", "violaine", "violette",
    "viviane", "wendy", "yasmine", "yolanda", "yulia", "zahra", "zineb",
})
MASCULINE_FIRST_NAMES = MASCULINE_FIRST_NAMES | frozenset({
    "abdel", "abdelkader", "abdallah", "achille", "adam", "adolphe", "ahmed", "alberto", "aldo", "alessandro",
    "alexander", "alfonso", "alonso", "ambroise", "anatole", "andreas", "andrei", "andrew", "angelo", "antonio",
    "aristide", "arnold", "arturo", "augustin", "axel", "bart", "benedict", "benito", "bill", "bob", "boubacar",
    "brian", "bruce", "carlos", "cesar", "christopher", "claudio", "conor", "corentin",
    "cristiano", "damian", "dan", "dany", "dario", "dennis", "diego", "dmitri", "dmitry", "dominik", "edgar",
    "edmond", "eduardo", "elias", "elliot", "emile", "emilien", "emiliano", "enrico", "enzo", "erik", "ernest",
    "esteban", "eugene", "evan", "fabio", "federico", "ferdinand", "fernando", "filippo", "francesco", "frank",
    "franz", "fred", "gabin", "gaetan", "gareth", "gaspard", "george", "georges", "geoffrey", "geoffroy", "gianni",
    "gilberto", "giorgio", "giovanni", "giuseppe", "gonzalo", "gordon", "guido", "gunther", "hakim", "hamid",
    "hans", "harold", "harry", "hassan", "hector", "heinz", "hicham", "horace", "hossein", "ibrahim", "igor",
    "ismael", "ivan", "jack", "jacob", "jaime", "james", "jamel", "jason", "javier", "jeff", "jeffrey", "jim", "jimmy", "johann", "johannes",
    "john", "johnny", "jonathan", "jorge", "josef", "joseph", "juan", "jules", "julio", "jurgen", "kamel",
    "karl", "keith", "ken", "kenneth", "khaled", "kilian", "klaus", "kylian", "lamine", "lars", "lenny", "leo",
    "leonardo", "leopold", "lorenzo", "lothar", "luca", "lucien", "luigi", "luis", "luiz", "lukas", "malik",
    "mamadou", "manu", "marcello", "marco", "marcos", "mario", "marius", "mark", "martin", "massimo", "matteo",
    "matthias", "matthew", "maximilien", "mehdi", "michael", "miguel", "mikhail", "moussa",
    "mustapha", "nabil", "nathan", "neil", "nelson", "nikola", "nikolai", "noah", "norbert", "omar",
    "oscar", "othmane", "otto", "pablo", "paolo", "patrice", "pedro", "peter", "philip", "pietro", "pierrick",
    "rachid", "rafael", "ralph", "ramon", "raoul", "reda", "riccardo", "ricardo", "rick", "rodolphe",
    "roland", "ronald", "ruben", "rudy", "rupert", "ryan", "said", "salvatore", "samir", "sandro", "scott",
    "sean", "sergei", "sergey", "sergio", "silvio", "stefan", "stefano", "steve", "steven", "sven", "sylvestre",
    "tariq", "ted", "teddy", "thiago", "tim", "timothee", "timothy", "toby", "tom", "tony", "ugo", "umberto",
    "vasco", "vittorio", "walter", "wilfried", "willy", "wolfgang", "yanis", "yannick", "yassine",
    "yohan", "youssef", "yuri", "zinedine",
})
# A man's name whose woman's form differs only by "-ée" (René / Renée, André / Andrée): folded, the
# two are one key, which tells neither gender.
MASCULINE_FIRST_NAMES = MASCULINE_FIRST_NAMES - frozenset({"rene", "andre"})

# Words of a time adverbial that may stand between an incise's verb and its inverted subject
# ("a déclaré un peu plus tard le procureur", "a ajouté peu après la ministre"): no part of the
# speaker's description, which begins at its determiner.
INCISE_TIME_ADVERBIAL_WORDS: frozenset[str] = TIME_WORDS | frozenset({
    "un", "peu", "plus", "tard", "après", "avant", "tôt", "ensuite", "puis", "enfin", "quant", "lui", "elle", "même",
    "de", "son", "côté", "à", "tour", "quelques", "minutes", "heures", "jours",
})
# --- spk9 (session 15): attribution ---

# "…, écrit l'élu dans une lettre au président de l'Assemblée X": the prepositions before the
# one whom words are addressed to; a name there is not the speaker's.
ADDRESSEE_PREPS: frozenset[str] = frozenset({"à", "au", "aux"})
# Nouns of a written or spoken message, which is addressed "à" someone ("dans une lettre au
# président X", "dans un courrier adressé à la ministre X"): only after one of them does "à" open
# the phrase of the one addressed ("l'adjoint au maire de Lyon X" is X, the deputy mayor).
MESSAGE_NOUNS: frozenset[str] = frozenset({
    "lettre", "lettres", "courrier", "courriers", "message", "messages", "missive", "missives", "courriel", "courriels",
    "mail", "mails", "e-mail", "e-mails", "email", "emails", "tweet", "tweets", "texto", "textos", "sms", "note", "notes",
    "communiqué", "discours", "allocution", "adresse", "appel", "réponse", "télégramme", "vœux", "voeux", "post",
    "publication", "tribune", "supplique", "requête", "pétition", "question",
})

# Nouns of people that name a group, not one person ("l'équipe", "l'entourage", "le public"): in a
# complement in "de" before a name ("le sélectionneur de l'équipe de France X"), they leave the
# name to the description's head.
COLLECTIVE_PERSON_NOUNS: frozenset[str] = frozenset({
    "équipe", "équipage", "municipalité", "exécutif", "entourage", "public", "foule", "gens", "parents", "proches",
    "membre", "milieu",
})

# "« … » a fait remarquer l'actrice", "« … », remarque le ministre": pointing something out is
# reporting speech; the infinitive only after "faire" ("il a cru remarquer" is seeing).
CUE_VERBS = CUE_VERBS | frozenset({"remarquer"})
CUES_AFTER_FAIRE = (*CUES_AFTER_FAIRE, "remarquer")

# Words that open a clause of their own after the inverted subject of an incise ("…, a fait
# remarquer l'actrice alors que X se faisait taquiner", "…, a dit le maire tandis que X …"): a
# name after them is not the speaker. (Subordinating conjunctions the tagger tags so count too.)
INCISE_CLAUSE_OPENERS: frozenset[str] = frozenset({
    "alors", "tandis", "lorsque", "lorsqu'", "lorsqu’", "quand", "puisque", "puisqu'", "puisqu’", "car", "pendant",
})

# "selon les termes du président X", "selon les mots de la ministre", "d'après la formule de X":
# nouns of someone's words whose complement in "de" is the one who spoke them.
WORDS_OF_NOUNS: frozenset[str] = frozenset({
    "termes", "mots", "propos", "paroles", "dires", "expression", "formule", "déclarations",
})

# The neuter clitic after "comme" in an incise ("…, comme l'a dit X", "comme le demandait X").
NEUTER_CLITICS: frozenset[str] = frozenset({"le", "l'", "l’"})

# Nouns of a question put in an interview ("À la question « … »", "une question du Point").
QUESTION_NOUNS: frozenset[str] = frozenset({"question", "questions"})

# A news outlet named as the one words were told to, the channel they went through, not their
# speaker: "a-t-elle déclaré au quotidien X", "a-t-il confié à la BBC", "souligne-t-elle à l'AFP",
# "interrogé par X", "dans un entretien au Parisien", "au micro de France Inter", "sur l'antenne de
# BFMTV". The prepositions right before the outlet (past its determiner and its noun: "au journal
# britannique X"), and the nouns of a channel whose complement in "de" is the outlet.
CHANNEL_PREPOSITIONS: frozenset[str] = frozenset({
    "à", "au", "aux", "auprès", "sur", "par",
})
CHANNEL_NOUNS: frozenset[str] = frozenset({
    "micro", "antenne", "plateau", "entretien", "interview",
})  # not « site », « colonnes », « pages »: « peut-on lire sur le site du Monde » names the writer

# Quoted words that address someone: the titles of a vocative ("Vous êtes députée, Mme X", "Monsieur
# X, …") and the pronouns and determiners of the second person. The one addressed is not the speaker.
VOCATIVE_TITLES: frozenset[str] = frozenset({
    "mme", "madame", "monsieur", "m.", "mr", "mademoiselle", "cher", "chère", "chers", "chères",
})
SECOND_PERSON_WORDS: frozenset[str] = frozenset({
    "vous", "votre", "vos", "tu", "te", "t'", "t’", "toi", "ton", "ta", "tes",
})

# Heads of a noun of a person that tell a man when an elided article hides the gender: nouns whose
# feminine French news always writes otherwise (« l'animateur » / « l'animatrice », « l'acteur » /
# « l'actrice »), and « homme » in a compound (« l'homme d'affaires »). Not an ending: « l'auteur »,
# « l'ambassadeur », « l'ingénieur », « le sénateur » are written for women too (review of session 15).
MASCULINE_PERSON_HEADS: frozenset[str] = frozenset({
    "homme", "animateur", "présentateur", "acteur", "chanteur", "danseur", "directeur", "éditeur", "producteur",
    "réalisateur", "instituteur", "agriculteur",
})

# The gender a person's head noun tells by itself (« son épouse », « l'animateur », « l'élue »): the
# one table of it, made of the kinship nouns, the heads that tell a man and the feminine role
# nouns; beyond it only FEMININE_ROLE_ENDINGS tell a gender (« l'enseignante »).
NOUN_GENDERS: dict[str, str] = {
    **{h: "m" for h in MASCULINE_PERSON_HEADS}, **{n: "f" for n in FEMININE_ROLE_NOUNS}, **KINSHIP_NOUN_GENDERS,
}

# Nouns French news gives a source it does not name (« une source proche du dossier … selon cette
# source », « un proche … ce proche », « son interlocuteur »): a definite description with one of
# them as its head stands for that unnamed source, never for the person the article named last.
ANONYMOUS_SOURCE_NOUNS: frozenset[str] = frozenset({
    "source", "proche", "interlocuteur", "interlocutrice", "informateur", "informatrice",
})

# Function words of French that a run of upper-case words holding one of them makes a heading, never
# a name (« MÊME EN DÉSACCORD, X DÉFEND Y », « LES MENACES DE Z », « TAUBIRA À … »): crossheads the
# source glued into the body when it lost its line breaks. Not the single letter « A » (« RER A »).
HEADING_FUNCTION_WORDS: frozenset[str] = frozenset({
    "à", "au", "aux", "de", "des", "du", "en", "et", "la", "le", "les", "un", "une", "ces", "ce", "cet",
    "cette", "il", "elle", "ils", "ne", "ni", "on", "ou", "où", "par", "pas", "pour", "sur", "sous", "avec",
    "sans", "mais", "qui", "que", "se", "sa", "son", "ses", "leur", "leurs", "dans", "est", "ont", "plus",
})

# Nouns of people the lists above miss, that give their gender to the name after them even behind a
# preposition (« le conflit entre sa veuve X », « les propos de la jeune activiste Y »).
MORE_PERSON_NOUNS: frozenset[str] = frozenset({
    "veuve", "veuf", "activiste", "militant", "militante", "rapporteur", "rapporteure", "co-rapporteur",
    "co-rapporteure",
})
# Nouns of a group of people named by one family name (« la famille X », « le clan Y »): the name after
# them is the group's, and the noun's gender is no person's.
GROUP_OF_PEOPLE_NOUNS: frozenset[str] = frozenset({
    "famille", "familles", "clan", "tribu", "dynastie", "couple", "fratrie",
})
# Singular nouns of a group of people that speaks as one (« l'entourage du GODF », « la famille »,
# « la foule », « l'exécutif », « la municipalité »): a definite description with one as its head stands
# for that group, never for one person the article named (not "membre", "proches" of
# COLLECTIVE_PERSON_NOUNS: one member, several people).
GROUP_SPEAKER_NOUNS: frozenset[str] = frozenset({
    "entourage", "foule", "public", "exécutif", "municipalité", "équipage", "camp", "staff", "délégation",
}) | (GROUP_OF_PEOPLE_NOUNS - {"familles", "tribu", "dynastie"})
# Punctuation that ends a sentence: a word before it belongs to the sentence it ends, never to a
# quotation opening the next one.
SENTENCE_ENDS: frozenset[str] = frozenset({".", "!", "?", "…", "...", "?!", "!?"})

# Linking verbs: after « "…", » they take the quoted words as their subject or complement (« "Ensemble", a
# été le mot d'ordre », « "…", devient le slogan », « "…", soit le double »), so the noun phrase after
# them is no speaker.
LINKING_VERBS: frozenset[str] = frozenset({
    "être", "devenir", "rester", "demeurer", "sembler", "paraître", "soit", "été", "est", "sont", "reste",
    "restent", "devient", "deviennent", "semble", "semblent", "paraît", "demeure",
})

# Nouns of a body that a name in apposition after them heads as the subject of a sentence (« La société
# X a … », « L'ONG Y dénonce … », « L'organisme public Z avait indiqué … »): the body is the subject, and a
# later « elle » or « il » may stand for it (ORGANISATION_NOUNS, with these the lists miss).
BODY_HEAD_NOUNS: frozenset[str] = ORGANISATION_NOUNS | frozenset({
    "ong", "organisme", "observatoire", "mouvement", "organisation", "régie", "mutuelle", "instance",
    "autorité", "commission", "conseil", "cabinet", "marque", "firme", "géant", "start-up",
})

# Nouns of words that a demonstrative in the sentence right after a quotation points back to (« "…".
# C'est par ces mots que X a réagi », « C'est en ces termes que … », « Tels sont les propos de … »):
# the quotation is the words of whoever that sentence says spoke them.
BACKWARD_WORDS_NOUNS: frozenset[str] = frozenset({
    "mots", "mot", "termes", "propos", "paroles", "phrase", "phrases", "message", "messages", "déclaration",
    "formule", "réponse", "aveu", "confidence", "confidences", "tweet", "cri",
})
# Openers of the sentence after a quotation that point back to it as what was said (« C'est ce qu'a
# déclaré X », « Voilà ce que X a répondu », « Ainsi s'est exprimé X »), lower case, before « ce »,
# a noun of words or a verb of saying.
BACKWARD_OPENERS: frozenset[str] = frozenset({"voilà", "voici", "ainsi"})
# Determiners that open a description, never a name (« Le maire », « Sa sœur »), lower case; and the
# particles a person's name holds in lower case (« Jean de La Tour », « Ursula von der Leyen »).
NAME_OPENING_DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "les", "l'", "l’", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette",
    "ces", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "plusieurs", "certains", "certaines", "aucun",
})
PERSON_NAME_PARTICLES: frozenset[str] = frozenset({"de", "d'", "d’", "du", "des", "von", "van", "der", "den", "da", "di", "del", "ben", "ibn"})

# Verbs of reacting to words: whoever « dénonce » or « salue » a message named by a noun did not say it (« C'est ce message
# que X a dénoncé »); lemmas.
REACTION_VERBS: frozenset[str] = frozenset({
    "dénoncer", "critiquer", "fustiger", "condamner", "contester", "démentir", "réfuter", "saluer", "moquer",
    "railler", "commenter", "relayer", "retweeter", "partager",
})
# Verbs bringing in the words of someone who reacts to what befell another (« Un élu a été agressé.
# « … », a réagi Y, maire de la commune »): Y is not the one it befell; lemmas.
REACTING_CUE_VERBS: frozenset[str] = frozenset({"réagir", "indigner", "s'indigner", "condamner", "saluer"})
# Verbs of attitude that bring a speaker in, inverted after « que » (« Un avis que partage X », « Des
# menaces que déplore X »); lemmas.
ATTITUDE_VERBS: frozenset[str] = frozenset({
    "partager", "déplorer", "dénoncer", "regretter", "saluer", "contester", "approuver", "résumer", "nuancer",
    "redouter", "craindre", "espérer", "souhaiter", "reconnaître", "admettre", "rappeler",
})
# Indefinite pronouns written with a capital at a sentence's start, never a person's name (« Personne n'a
# réagi. », « Chacun le sait. »).
INDEFINITE_PRONOUNS: frozenset[str] = frozenset({
    "personne", "rien", "chacun", "chacune", "aucun", "aucune", "nul", "nulle", "tous", "toutes", "certains",
    "certaines", "beaucoup", "plusieurs", "tout", "quelqu'un", "quelqu’un", "on", "d'autres", "d’autres",
})

# Adverbs that make a preposition with « de » (« auprès de l'AFP », « lors d'un point presse », « près de
# la scène »): the phrase they open is an adjunct between an incise's verb and its inverted subject
# (« s'est justifié auprès de Marianne le cabinet du ministre »); lower case.
PREPOSITIONAL_ADVERBS: frozenset[str] = frozenset({"auprès", "lors", "près", "autour", "loin", "hors"})
# Verbs (lemmas) that take a reporting verb in the infinitive in an incise, as an auxiliary does
# (« a tenu à préciser X », « a voulu rassurer le ministre », « a souhaité rappeler Y », « a préféré
# nuancer Z »), and the prepositions that may stand between them and the infinitive.
INCISE_SEMI_AUXILIARIES: frozenset[str] = frozenset({
    "tenir", "vouloir", "souhaiter", "préférer", "choisir", "décider", "devoir", "pouvoir", "oser",
    "sembler", "paraître", "venir", "aller", "croire",
})
INCISE_SEMI_AUXILIARY_PREPS: frozenset[str] = frozenset({"à", "de", "d'", "d’"})
# More adverbial locutions an incise may hold between its auxiliary and its verb or after its verb
# (« s'est d'abord félicité X », « a une nouvelle fois dénoncé Y », « a par exemple écrit X », « a quant
# à eux estimé »), split as the tokenizer splits them; read with ``ADVERBIAL_LOCUTIONS``.
MORE_ADVERBIAL_LOCUTIONS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "d' abord", "d’ abord", "une nouvelle fois", "encore une fois", "une fois de plus", "une fois encore",
    "par exemple", "quant à eux", "quant à elles", "eux aussi", "elles aussi", "au passage", "en revanche",
    "à plusieurs reprises", "à cette occasion", "en substance", "sans détour", "sans ambages",
))
# Infinitives that report speech only after one of those verbs (lemma -> infinitives): « croit savoir X »
# (X claims to know), « veut savoir X » (X asks).
INFINITIVES_AFTER_SEMI_AUXILIARY: dict[str, frozenset[str]] = {
    "croire": frozenset({"savoir"}),
    "vouloir": frozenset({"savoir"}),
}
# Prepositions after an impersonal incise whose « on » stands before its verb (« fait-on savoir à
# Matignon », « fait-on valoir au siège du parti »): the place whose people speak, with ``ON_SOURCE_PREPS``.
ON_PLACE_PREPS: frozenset[str] = frozenset({"à", "au", "aux"})
# Adverbs that may stand between the verb of an incise and its inverted subject (« s'étrangle encore
# une mère », « tempête alors le maire », « ironise ainsi le ministre »), lower case.
INCISE_ADVERBS: frozenset[str] = frozenset({
    "encore", "alors", "ainsi", "aussi", "également", "enfin", "ensuite", "pourtant", "toutefois",
    "cependant", "néanmoins", "même", "simplement", "déjà", "donc",
})

# Verbs of attitude, of a manner of speaking or of a reaction that open an incise in French news though
# they are no verb of ``CUE_VERBS`` (« "…", a pesté le maire », « "Enfin !" soupire la mère »), as
# infinitives, none of which takes a person as its direct object (not « rassurer », « énerver »): an
# incise with no reflexive clitic whose verb is no form of ``CUE_VERBS`` must have one of these, else
# the verb and the noun phrase after it make a clause of their own (« il a menti, a trompé Jean X »,
# « "Je suis Charlie" rassemble les foules »).
INCISE_ATTITUDE_VERBS: frozenset[str] = frozenset({
    "pester", "fulminer", "rager", "râler", "maugréer", "grogner", "grommeler", "ronchonner", "bougonner",
    "soupirer", "sourire", "rire", "jubiler", "exulter", "vitupérer", "grincer", "persifler", "badiner",
    "philosopher", "relativiser", "minimiser", "positiver", "temporiser", "rectifier", "abonder",
    "acquiescer", "embrayer", "scander", "bredouiller", "balbutier", "bafouiller", "hasarder", "avancer",
    "décrypter", "expliciter",
})
# Verbs whose « à » complement is the person or body addressed, not where the words come from (« "…",
# a-t-on répondu à la mairie », « a-t-on promis à la région »): after them an impersonal incise names
# no source with « à ». Not verbs whose « à » after « -on » is in news the place (« fait-on savoir au QG
# du parti », « indique-t-on à Matignon », « explique-t-on à Bercy »), where people after « à » are
# still the addressee.
ADDRESSEE_VERBS: frozenset[str] = frozenset({
    "répondre", "répliquer", "rétorquer", "promettre", "écrire", "demander", "garantir", "jurer",
    "certifier", "signifier", "notifier", "adresser", "transmettre", "conseiller", "recommander",
})
# Prepositions of an attribution (« selon X », « d'après lui »), in lower case only: they may follow the
# closing mark with no comma (« "…" selon la présidente du CNB, X »; a capital opens the next sentence the
# splitter missed).
ATTRIBUTION_PREPS: frozenset[str] = frozenset({"selon", "d'après", "d’après"})

# Determiners before quoted words used as a noun that a person's name after « de » owns (« le « … »
# de X », « ce « … » d'Y »: X's words).
QUOTED_NOUN_DETERMINERS: frozenset[str] = DEFINITE_DETERMINERS | {"un", "une"}
# Words of the first person: quoted words holding one are someone's own speech, not an outlet's prose
# (« Selon le JDD, il aurait confié : « Je … » » vs « Selon L'Express, X aurait demandé : « … il sonde … » »).
FIRST_PERSON_WORDS: frozenset[str] = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "nous", *FIRST_PERSON_POSSESSIVES})
# Verbs of receiving or taking in words: their subject does not say the words a colon after their clause
# announces (« Selon L'Équipe, X a reçu un message de son entraîneur : « Je … » »: the coach's), lemmas.
RECEIVING_VERBS: frozenset[str] = frozenset({
    "recevoir", "obtenir", "lire", "entendre", "découvrir", "consulter", "intercepter",
})
# English words of the first and second person: French news quotes English speech as it was said
# (« le « I love you » de X »), lower case.
ENGLISH_PERSON_WORDS: frozenset[str] = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})

# --- Titles opening a sentence before a name ---

# Determiners of a title that opens a sentence before the name of its subject ("le porte-parole
# du ministère, X, a assuré", "son avocat X a dénoncé"): one person, by a definite or possessive
# singular determiner.
TITLE_DETERMINERS: frozenset[str] = frozenset({"le", "la", "l'", "l’", "son", "sa", "leur"})

# Verbs of taking a public stand that are no reporting verbs (not in CUE_VERBS), lemmas: a sentence of
# the journalist's whose subject does so may bring in the speaker of the quotation standing alone after
# it (« Le chef de file de l'opposition a attaqué le projet. « … » »: his words); a sentence telling an
# action, a state or a plan about someone (« a repoussé un penalty », « est mort », « recevra les
# syndicats ») does not: the last speaker goes on, often speaking of that person.
STANCE_VERBS: frozenset[str] = frozenset({
    "attaquer", "interpeller", "apostropher", "pointer", "exprimer", "épingler", "étriller", "brocarder",
    "égratigner", "recadrer", "tancer", "remercier", "adresser", "s'exprimer", "s'adresser", "excuser",
    "s'excuser", "prononcer", "vanter", "assumer", "rassurer", "croire", "penser",
})
# Phrases of taking a stand whose verb alone says nothing of it: the verb's lemma, then words that must
# all be among its dependents (« va plus loin », « a pris la parole », « s'en est pris au maire », « est
# monté au créneau », « a haussé le ton », « a enfoncé le clou », « a rendu hommage », « a présenté ses
# excuses », « a fait part de son inquiétude », « a pris position », « a accordé un entretien au
# Parisien », « a tenu une conférence de presse », « n'a pas caché sa colère », « n'a pas mâché ses mots »,
# « s'est montré confiant », « a pris la défense de », « a dressé un bilan », « a mis en cause », « a tiré
# la sonnette d'alarme », « a laissé entendre », « a signé une tribune »).
STANCE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("aller", "loin"), ("prendre", "parole"), ("prendre", "s'", "en"), ("monter", "créneau"),
    ("hausser", "ton"), ("enfoncer", "clou"), ("rendre", "hommage"), ("présenter", "excuses"),
    ("faire", "part"), ("prendre", "position"), ("accorder", "entretien"), ("accorder", "interview"),
    ("tenir", "conférence"), ("donner", "conférence"), ("tenir", "propos"), ("cacher", "pas"),
    ("mâcher", "mots"), ("montrer", "s'"), ("montrer", "se"), ("prendre", "défense"), ("dresser", "bilan"),
    ("dresser", "constat"), ("mettre", "cause"), ("tirer", "sonnette"), ("laisser", "entendre"),
    ("signer", "tribune"),
)
# Participles and nouns saying that someone was asked to speak (« a été interrogé sur France Inter »,
# « était l'invité de RTL »): a passive or a linking verb that still brings in the one who speaks next.
ASKED_TO_SPEAK: frozenset[str] = CONTACT_PARTICIPLES | frozenset({"invité", "invitée"})

# Reporting verbs that carry on the words just quoted, by infinitive ("a ajouté le ministre",
# "poursuit la spécialiste"), and the adverb that says the same of any verb ("témoigne encore
# l'élu"): the one they give is the one quoted just before (``incises._carrying_on``).
CARRYING_ON_VERBS: frozenset[str] = frozenset({"poursuivre", "continuer", "enchaîner", "renchérir", "conclure", "ajouter", "compléter"})
CARRYING_ON_ADVERBS: frozenset[str] = frozenset({"encore"})
# Reporting verbs of a reply or a reaction, which bring in someone else than the one just quoted
# ("« … », a dit X. « … », a rétorqué le ministre"): no description in their incise carries X on.
REPLYING_VERBS: frozenset[str] = frozenset({
    "répondre", "répliquer", "rétorquer", "réagir", "riposter", "objecter", "contester", "démentir", "nuancer",
    "contredire", "corriger", "tempérer", "regretter", "dénoncer", "critiquer", "s'indigner", "fustiger", "railler",
    "défendre",  # "« … », s'est défendu le maire"
})

# --- spk29 ---

# Common nouns that French news follows with a name in quotation marks, in an incise's subject (« "…",
# a rapporté le festival « Les Nuits d'été » », « a indiqué l'association « Nos Rues » », « précise le
# collectif « Vigilance » »): the quoted words are the body's or the work's name, part of the subject,
# not the next quotation; lower case.
QUOTED_NAME_HOLDERS: frozenset[str] = frozenset({
    "festival", "association", "collectif", "mouvement", "groupe", "émission", "magazine", "site",
    "compte", "page", "journal", "revue", "chaîne", "programme", "organisation", "réseau", "label",
    "syndicat", "parti", "blog", "podcast", "événement",
})

# Locutions of an incise that say its speaker is another than the one quoted before (« "…".« … », a de
# son côté commenté Y », « estime pour sa part Z », « a quant à lui jugé X »), as the tokenizer splits
# them, lower case: the two pieces of quoted words glued by a full stop are two quotations.
OTHER_SPEAKER_LOCUTIONS: tuple[str, ...] = (
    "de son côté", "de leur côté", "pour sa part", "pour leur part", "quant à lui", "quant à elle",
    "quant à eux", "quant à elles", "à son tour", "à leur tour",
)
# More verbs of taking a public stand (``STANCE_VERBS``): calling someone names (« X a taxé Y de
# « … » »), praising or blaming them in public; lemmas.
STANCE_VERBS = STANCE_VERBS | frozenset({"taxer", "traiter", "qualifier", "accuser", "féliciter", "fustiger", "étriller"})
# Conjunctions that, before « que », open a clause of contrast with a subject of its own (« X a écrit :
# « … », tandis qu'un autre élu, Y, s'amusait de « … » »): words quoted in that clause are its subject's,
# not those of a reporting verb before it; lower case.
CONTRAST_OPENERS: frozenset[str] = frozenset({"tandis", "alors", "pendant"})

# --- spk32 ---
# Words before a person's name (past a description: « chez le député X », « du côté de la ministre
# Y ») that place a stance or a feeling with that person in a sentence of the journalist's (« Même
# sentiment chez X. », « L'heure n'est pas aux louanges du côté de Y. »): the one the next quotation's
# « il » or « elle » stands for; lower case, « côté » covering « du côté de », « côté » and « de son côté ».
STANCE_HOLDER_WORDS: frozenset[str] = frozenset({"chez", "côté"})
