"""French news pages: what they add around an article, as data.

Prompts to follow the outlet (alerts, notifications, messaging channels, its application),
headings of lists of other items (teasers, aggregator and sponsored links), and the wording of
donation appeals. Used by ``recoupe.ingest.boilerplate`` beside ``recoupe.lang.fr.BOILERPLATE_CUES``;
the logic lives there.
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
)

# (kind, pattern): matched case-insensitively anywhere in a short paragraph, like
# ``recoupe.lang.fr.BOILERPLATE_CUES`` (checked first).
PAGE_CUES: tuple[tuple[str, str], ...] = (
    # prompts to follow the outlet: alerts, notifications, its application, messaging channels
    ("newsletter", r"\b(?:recevez|recevoir|activez|activer)\s+(?:nos|les|toutes nos|vos)\s+(?:alertes|notifications)\b"),
    ("newsletter", r"\bactivez\s+(?:les\s+)?notifications\b"),
    ("newsletter", r"^\W{0,4}(?:téléchargez|installez|découvrez)\s+(?:gratuitement\s+)?(?:notre|l['’])\s?app(?:li(?:cation)?)?\b"),
    ("newsletter", r"^\W{0,4}recevez\s+(?:gratuitement\s+)?(?:toute\s+|l['’]essentiel\s+de\s+)?l['’]actu(?:alité)?\b"),
    ("newsletter", r"^\W{0,4}(?:restez informée?s?|ne (?:manquez|ratez) (?:rien|aucune))\b"),
    ("newsletter", r"^\W{0,4}alertes?\s+info\W{0,4}$"),
    ("share", rf"^\W{{0,4}}(?:suivez|retrouvez|rejoignez)(?:-nous|-les)?\b.{{0,60}}?\b(?:sur|via|dans)\s+(?:{_CHANNELS})\b"),
    ("share", rf"^\W{{0,4}}rejoignez\s+(?:notre|la)\s+(?:chaîne|communauté|groupe)\b.{{0,40}}\b(?:{_CHANNELS})\b"),
    ("share", r"^\W{0,4}(?:abonnez-vous|inscrivez-vous)\s+à\s+(?:notre|la)\s+chaîne\b"),
    # a heading of other items' teasers, with the first of them after a colon
    ("related", r"^\W{0,4}(?:" + "|".join(RELATED_HEADINGS) + r")\s*(?::|›|»|>>?|\|)\s*\S"),
    ("related", r"^\W{0,4}(?:" + "|".join(RELATED_HEADINGS) + r")\W{0,4}$"),
    # donation appeals
    ("donation", r"\b(?:grâce|aux|par les|des|de)\s+dons\s+de\s+(?:ses|nos|leurs)\s+lect(?:eur|rice)s?\b"),
    ("donation", r"\bfinancée?s?\s+(?:uniquement\s+|exclusivement\s+|entièrement\s+)?par\s+(?:ses|nos)\s+lect(?:eur|rice)s\b"),
    ("donation", r"^\W{0,4}(?:je\s+fais\s+un\s+don|je\s+soutiens|soutenez-nous|aidez-nous|faites\s+un\s+don)\b"),
    ("donation", r"\b(?:don|dons)\s+(?:est|sont)?\s*déductibles?\b|\bdéductibles?\s+(?:à\s+66\s?%|de\s+(?:vos|l['’])\s?impôts?)"),
    ("donation", r"\bnous avons besoin de (?:vous|votre soutien|votre aide)\b"),
)

# The paragraph that opens a donation or subscription appeal speaks of the outlet itself and of
# what it lives on: "Ce journal est gratuit et sans publicité", "Nous ne dépendons que de vous".
APPEAL_OPENERS: tuple[str, ...] = (
    r"\b(?:ce|notre|un)\s+(?:journal|média|site|quotidien|magazine|titre)\b.{0,120}\b(?:indépendante?|gratuite?|sans\s+publicité|lect(?:eur|rice)s|dons?|abonnée?s|financée?)\b",
    r"\bnous\s+(?:ne\s+)?(?:vivons|dépendons|existons|comptons|avons\s+besoin)\b",
    r"\b(?:financée?|payée?)\s+(?:uniquement\s+|exclusivement\s+)?par\s+(?:ses|nos|leurs)\s+lect",
    r"\bgrâce\s+(?:à\s+vous|aux\s+(?:dons|abonnements|lect(?:eur|rice)s))\b",
)

# Where French-language outlets are, by the region of the page's language ("fr-CA", "fr_BE"): the
# zone whose day a time given in UTC falls on. French without a region: France.
LOCAL_ZONES: dict[str, str] = {
    "fr": "Europe/Paris", "fr-fr": "Europe/Paris", "fr-be": "Europe/Brussels", "fr-ch": "Europe/Zurich",
    "fr-lu": "Europe/Luxembourg", "fr-mc": "Europe/Monaco", "fr-ca": "America/Toronto",
    "fr-re": "Indian/Reunion", "fr-gp": "America/Guadeloupe", "fr-mq": "America/Martinique",
    "fr-gf": "America/Cayenne", "fr-yt": "Indian/Mayotte", "fr-nc": "Pacific/Noumea",
    "fr-pf": "Pacific/Tahiti", "fr-pm": "America/Miquelon", "fr-sn": "Africa/Dakar",
    "fr-ci": "Africa/Abidjan", "fr-ma": "Africa/Casablanca", "fr-tn": "Africa/Tunis", "fr-dz": "Africa/Algiers",
}
