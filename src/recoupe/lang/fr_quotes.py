"""French data for quotations: reporting verbs, attribution cues, channels, titles of works.

Only data; the logic is in ``recoupe.enrich.quotes``.
"""

from __future__ import annotations

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
    "savoir", "valoir",
})

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

# Prepositions that attribute a statement: "selon X", "d'après X", "pour X" (only before a comma).
ATTRIBUTION_PREPS: tuple[str, ...] = ("selon", "d'après", "d’après", "aux yeux de", "pour")

# Words after "selon" that make it no attribution ("un accord selon lequel", "selon qui").
NOT_ATTRIBUTIONS: frozenset[str] = frozenset({
    "lequel", "laquelle", "lesquels", "lesquelles", "qui", "que", "moi", "nous", "eux", "certains",
    "plusieurs",
})

# Pronouns that stand for the speaker in an incise ("a-t-il ajouté") or as a subject.
SUBJECT_PRONOUNS: dict[str, str | None] = {
    "il": "m", "elle": "f", "-il": "m", "-elle": "f", "-t-il": "m", "-t-elle": "f",
    "ils": None, "elles": None, "-ils": None, "-elles": None, "-t-ils": None, "-t-elles": None,
    "celui-ci": "m", "celle-ci": "f", "ce dernier": "m", "cette dernière": "f",
}

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
    "autorités", "ministères", "services", "enquêteurs", "juges", "syndicats",
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
    "jeune", "adolescent", "adolescente", "garçon", "patient", "patiente", "internaute", "source",
    "sources", "personne", "individu", "quadragénaire", "quinquagénaire", "sexagénaire",
    "septuagénaire", "octogénaire", "trentenaire", "retraité", "retraitée", "riverain", "riveraine",
})

# Nouns of documents that stand for their author, the speaker just quoted ("précise le
# communiqué", "indique le message").
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "communiqué", "message", "texte", "lettre", "courrier", "tweet", "post", "publication",
    "document", "note", "déclaration",
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
}
ROLE_SYNONYMS.update({
    "chef de l'état": ("président", "présidente", "roi", "reine"),
    "chef de l'etat": ("président", "présidente", "roi", "reine"),
    "locataire de l'élysée": ("président", "présidente"),
    "chef du gouvernement": ("premier", "première"),
})

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
