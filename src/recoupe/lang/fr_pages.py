"""French news pages: what they add around an article, as data.

The cues of boilerplate by kind (``BOILERPLATE_CUES``): prompts to follow the outlet elsewhere
(alerts, notifications, messaging channels, its application), headings of lists of other items
(teasers, aggregator and sponsored links), newsletter, subscription and paywall notices, share
bars, and the wording of donation appeals (``APPEAL_WORDS``, ``APPEAL_OPENERS``). Used by
``recoupe.ingest.boilerplate``; the logic lives there. Also the zone of an outlet by the region of
its page's language or by its country's domain (``LOCAL_ZONES``, ``DOMAIN_ZONES``).
"""

from __future__ import annotations

# Platforms an outlet asks its readers to follow it on.
CHANNELS = (
    "whatsapp", "telegram", "signal", "google news", "google actualités", "facebook", "instagram",
    "x", "twitter", "tiktok", "youtube", "linkedin", "bluesky", "threads", "snapchat", "mastodon",
    "notre chaîne", "notre compte", "nos réseaux sociaux", "les réseaux sociaux",
)
_CHANNELS = "|".join(c.replace(" ", r"\s+") for c in CHANNELS)

# Headings that open a list of other items (their headlines follow, one a paragraph). A paragraph
# that is only one of these, give or take punctuation and a pictogram, is such a heading.
RELATED_HEADINGS: tuple[str, ...] = (
    r"(?:à\s+)?(?:lire|voir|écouter|regarder|découvrir)\s+(?:aussi|également|encore|ensuite)",
    r"sur le même (?:sujet|thème)", r"dans la même rubrique", r"autour du (?:même )?sujet",
    r"(?:ces|nos|d['’]autres) (?:articles|contenus|sujets) (?:peuvent|pourraient|devraient) (?:vous intéresser|vous plaire)",
    r"(?:ça|cela) (?:peut|pourrait) (?:aussi |également )?vous intéresser",
    r"vous (?:aimerez|pourriez aimer|aimerez aussi|pourriez aussi aimer)(?: aussi| également)?",
    r"(?:articles|contenus|liens|sujets) (?:liés|associés|recommandés|similaires|sponsorisés)",
    r"(?:contenus? )?sponsorisés?", r"ailleurs sur le web", r"(?:sur le web|chez nos partenaires)",
    r"(?:recommandés?|sélectionnés?) pour vous", r"notre sélection", r"nos recommandations",
    r"à la une", r"les plus (?:lus|partagés|commentés|populaires|vus)", r"(?:les )?articles les plus lus",
    r"(?:nos |les )?derniers articles", r"(?:les )?dernières (?:actus|actualités|infos|informations|vidéos|dépêches)",
    r"plus d['’](?:actus?|actualités|infos)", r"toute l['’]actu(?:alité)?(?: [\w’' -]{1,30})?",
    r"l['’]actu(?:alité)? (?:en continu|du jour|en direct)", r"les infos du jour", r"le fil (?:info|d['’]actu(?:alité)?s?)",
    r"en (?:continu|ce moment)", r"nos (?:vidéos|podcasts|dossiers)", r"dossier(?: spécial)?", r"pour (?:aller plus loin|approfondir)",
    r"(?:la )?sélection de la rédaction", r"(?:nos |les )?(?:articles|vidéos|sujets) (?:populaires|tendances?)",
    r"(?:plus d['’]articles|tous les articles|toute l['’]actualité|les dernières actualités) (?:de|du|sur) [\w’' .-]{1,40}",
    r"(?:voir|lire) (?:plus|davantage|tous les articles) (?:de|sur) [\w’' .-]{1,40}",
)

# Headings of a list of other items only when they stand alone on their line: followed by a colon
# they open a sentence of text as well ("À ne pas manquer : le concert de samedi").
ALONE_HEADINGS: tuple[str, ...] = (
    r"à ne (?:pas )?(?:manquer|rater)", r"(?:les )?incontournables", r"(?:les )?tendances? du moment",
)

# Boilerplate cues. Each entry: (kind, pattern). Patterns are matched, case-insensitively, at the
# start of a paragraph ("^") or anywhere in it, in this order (the first that matches gives the
# kind); a paragraph is boilerplate only when it is short (see recoupe.ingest.boilerplate) or is
# one of the appeal paragraphs that follow a cue. Kinds: ``prompt`` (follow the outlet: alerts,
# notifications, its application, its accounts and channels), ``related`` (other items),
# ``newsletter``, ``subscription``, ``paywall``, ``donation``, ``share`` (share this article).
BOILERPLATE_CUES: tuple[tuple[str, str], ...] = (
    # prompts to follow the outlet: alerts, notifications, its application, messaging channels
    ("prompt", r"\b(?:recevez|recevoir|activez|activer)\s+(?:nos|les|toutes nos|vos)\s+(?:alertes|notifications)\b"),
    ("prompt", r"\bactivez\s+(?:les\s+)?notifications\b"),
    ("prompt", r"^\W{0,4}(?:téléchargez|installez|découvrez)\s+(?:gratuitement\s+)?(?:notre|l['’])\s?app(?:li(?:cation)?)?\b"),
    ("prompt", r"^\W{0,4}recevez\s+(?:gratuitement\s+)?(?:toute\s+|l['’]essentiel\s+de\s+)?l['’]actu(?:alité)?\b"),
    ("prompt", r"^\W{0,4}(?:restez informée?s?|ne (?:manquez|ratez) (?:rien|aucune)|pour ne (?:rien|plus rien) (?:manquer|rater) (?:de|des) (?:l['’]\s?actu|l['’]\s?info|nos |notre |vos |la rédaction|[\w’' -]{1,30}\b(?:actus?|actualités|infos|informations)\b))"),
    ("prompt", r"^\W{0,4}alertes?\s+info\W{0,4}$"),
    ("prompt", rf"^\W{{0,4}}(?:suivez|suivre|retrouvez|rejoignez|recevez|recevoir)(?:-nous|-les)?\b.{{0,60}}?\b(?:sur|via|dans)\s+(?:{_CHANNELS})\b"),
    ("prompt", rf"^\W{{0,4}}(?:abonnez-vous|s['’]abonner|je m['’]abonne)\s+(?:à|au)\s+(?:notre\s+|la\s+|nos\s+)?(?:page|compte|fil|chaîne|groupe)s?\s+(?:{_CHANNELS})\b"),
    ("prompt", rf"^\W{{0,4}}(?:abonnez-vous|s['’]abonner|je m['’]abonne)\s+(?:à|au)\s+(?:notre\s+|la\s+)?(?:page|compte|fil|chaîne|groupe)\b.{{0,40}}\b(?:{_CHANNELS})\b"),
    ("prompt", rf"^\W{{0,4}}rejoignez\s+(?:notre|la)\s+(?:chaîne|communauté|groupe)\b.{{0,40}}\b(?:{_CHANNELS})\b"),
    ("prompt", r"^\W{0,4}(?:abonnez-vous|inscrivez-vous)\s+à\s+(?:notre|la)\s+chaîne\b"),
    # a heading of other items' teasers, with the first of them after a colon
    ("related", r"^\W{0,4}(?:" + "|".join(RELATED_HEADINGS) + r")\s*(?::|›|»|>>?|\|)\s*\S"),
    ("related", r"^\W{0,4}(?:" + "|".join(RELATED_HEADINGS + ALONE_HEADINGS) + r")\W{0,4}$"),
    # donation appeals
    ("donation", r"\b(?:grâce|aux|par les|des|de)\s+dons\s+de\s+(?:ses|nos|leurs)\s+lect(?:eur|rice)s?\b"),
    ("donation", r"\bfinancée?s?\s+(?:uniquement\s+|exclusivement\s+|entièrement\s+)?par\s+(?:ses|nos)\s+lect(?:eur|rice)s\b"),
    ("donation", r"^\W{0,4}(?:je\s+fais\s+un\s+don|je\s+soutiens|soutenez-nous|aidez-nous|faites\s+un\s+don)\b"),
    ("donation", r"\b(?:don|dons)\s+(?:est|sont)?\s*déductibles?\b|\bdéductibles?\s+(?:à\s+66\s?%|de\s+(?:vos|l['’])\s?impôts?)"),
    ("donation", r"\bnous avons besoin de (?:vous|votre soutien|votre aide)\b"),
    # the general cues: other items, paywall, newsletter, subscription, donation, share bars
    ("related", r"^\W{0,3}(?:à\s+)?(?:lire|voir|écouter|regarder)\s+(?:aussi|également|encore|notre|nos|le|la|l['’])\b"),
    ("related", r"^\W{0,3}(?:sur le même sujet|dans la même rubrique|nos articles sur|en savoir plus|pour aller plus loin|à découvrir|retrouvez (?:notre|nos|tous|toute))\b"),
    ("related", r"^\W{0,3}(?:lire la suite|la suite après (?:cette|la) publicité)\b"),
    ("paywall", r"\bil vous reste \d+\s?%\s+(?:de (?:cet|l['’])\s?article|à lire)"),
    ("paywall", r"\b(?:cet article|la suite de cet article|cette page|ce contenu|la suite)\s+(?:est|sont)\s+réservée?s?\s+aux\s+abonnés"),
    ("paywall", r"^\W{0,3}(?:article\s+)?réservée?\s+aux\s+abonnés\b"),
    ("paywall", r"^\W{0,3}déjà abonnée?\s?\?"),
    ("newsletter", r"\b(?:inscrivez-vous|abonnez-vous|inscription)\s+à\s+(?:notre|nos|la)\s+(?:lettre|newsletter)"),
    ("newsletter", r"^\W{0,3}(?:recevez|chaque (?:matin|soir|jour|semaine)),?\s.{0,80}\b(?:newsletter|lettre d['’]information|dans votre boîte)"),
    ("newsletter", r"^\W{0,3}(?:newsletter|la lettre)\b.{0,120}$"),
    ("subscription", r"^\W{0,3}(?:abonnez-vous|je m['’]abonne|s['’]abonner|offre d['’]abonnement|profitez de (?:notre|l['’])offre)\b"),
    ("subscription", r"\babonnez-vous\s+(?:dès|pour|à partir|maintenant|à)\b"),
    ("donation", r"^\W{0,3}soutenez\s+\S+"),
    ("donation", r"\b(?:faire|faites)\s+un\s+don\b"),
    ("donation", r"\bnous comptons sur (?:votre|ton) soutien\b"),
    ("donation", r"^\W{0,3}comment pouvez-vous nous aider\b"),
    ("donation", r"\bsoutenir (?:notre|le|un) journalisme\b"),
    ("share", r"^\W{0,3}(?:partager|partagez)(?:\s+(?:sur|cet article|l['’]article|par)\b|\s*$|\s*:)"),
    ("share", r"^\W{0,3}(?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|imprimer|copier le lien)(?:\s*[|·•,/]?\s*(?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|imprimer|copier le lien)){1,}\W*$"),
    ("share", r"^\W{0,3}cliquez (?:ici )?pour partager\b"),
)

# Vocabulary of appeals: a paragraph that follows an appeal cue and uses these words belongs to
# the appeal ("Epoch Times est un média libre et indépendant, ne recevant aucune aide publique").
APPEAL_WORDS: tuple[str, ...] = (
    "soutien", "soutenir", "soutenez", "indépendant", "indépendante", "indépendance",
    "journalisme", "abonnement", "abonné", "abonnés", "abonnez", "don ", "dons", "aide publique",
    "lecteurs", "lectrices", "publicité", "gratuit", "gratuitement", "contribution", "€",
    "euros par mois", "sans engagement", "résiliable", "newsletter", "faire taire",
    "informés", "informer", "financement", "financé",
)

# The paragraph that opens a donation or subscription appeal speaks of the outlet itself and of
# what it lives on: "Ce journal est gratuit et sans publicité", "Nous ne dépendons que de vous".
APPEAL_OPENERS: tuple[str, ...] = (
    r"\b(?:ce|notre|un)\s+(?:journal|média|site|quotidien|magazine|titre)\b.{0,120}\b(?:indépendante?|gratuite?|sans\s+publicité|lect(?:eur|rice)s|dons?|abonnée?s|financée?)\b",
    r"\bnous\s+(?:ne\s+)?(?:vivons|dépendons|existons|comptons|avons\s+besoin)\b",
    r"\b(?:financée?|payée?)\s+(?:uniquement\s+|exclusivement\s+)?par\s+(?:ses|nos|leurs)\s+lect",
    r"\bgrâce\s+(?:à\s+vous|aux\s+(?:dons|abonnements|lect(?:eur|rice)s))\b",
)

# Where a French-language outlet is, by the region of its page's language ("fr-CA", "fr_BE"): the
# zone whose day a time given in UTC falls on. French without a region: France. (Other languages
# name no zone: "en-US" is published from the Philippines as well as from New York.)
LOCAL_ZONES: dict[str, str] = {
    "fr": "Europe/Paris", "fr-fr": "Europe/Paris", "fr-be": "Europe/Brussels", "fr-ch": "Europe/Zurich",
    "fr-lu": "Europe/Luxembourg", "fr-mc": "Europe/Monaco", "fr-ca": "America/Toronto",
    "fr-re": "Indian/Reunion", "fr-gp": "America/Guadeloupe", "fr-mq": "America/Martinique",
    "fr-gf": "America/Cayenne", "fr-yt": "Indian/Mayotte", "fr-nc": "Pacific/Noumea",
    "fr-pf": "Pacific/Tahiti", "fr-pm": "America/Miquelon", "fr-sn": "Africa/Dakar",
    "fr-ci": "Africa/Abidjan", "fr-ma": "Africa/Casablanca", "fr-tn": "Africa/Tunis", "fr-dz": "Africa/Algiers",
}

# Where a French-language outlet is, by the country domain of its address ("ledevoir.ca",
# "lesoir.be", "lematin.ma") when its page's language gives no region and its times no offset:
# French is published in these countries and territories, each with one zone or one where nearly
# all of its news is published. A page whose language is not French is given no zone by domain.
DOMAIN_ZONES: dict[str, str] = {
    "fr": "Europe/Paris", "be": "Europe/Brussels", "ch": "Europe/Zurich", "lu": "Europe/Luxembourg",
    "mc": "Europe/Monaco", "ca": "America/Toronto", "re": "Indian/Reunion", "gp": "America/Guadeloupe",
    "mq": "America/Martinique", "gf": "America/Cayenne", "yt": "Indian/Mayotte", "nc": "Pacific/Noumea",
    "pf": "Pacific/Tahiti", "pm": "America/Miquelon", "sn": "Africa/Dakar", "ci": "Africa/Abidjan",
    "ma": "Africa/Casablanca", "tn": "Africa/Tunis", "dz": "Africa/Algiers", "cm": "Africa/Douala",
    "bf": "Africa/Ouagadougou", "ml": "Africa/Bamako", "ne": "Africa/Niamey", "tg": "Africa/Lome",
    "bj": "Africa/Porto-Novo", "ga": "Africa/Libreville", "cg": "Africa/Brazzaville", "cd": "Africa/Kinshasa",
    "gn": "Africa/Conakry", "mg": "Indian/Antananarivo", "mu": "Indian/Mauritius", "ht": "America/Port-au-Prince",
    "lb": "Asia/Beirut",
}
