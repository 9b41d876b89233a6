"""The French words the pages and the exported reports show: one word for each thing, wherever it
is shown (the story page, the Markdown and the HTML report).

Only data lives here; ``recoupe.web.view`` hands it to the templates of ``recoupe.web``, which
the pages and ``recoupe.web.export`` render.
"""

from __future__ import annotations

# a fact's status: alone (a badge, a table cell), and after "faits" ("3 faits corroborés")
# ("repeated": one source's fact that several articles say, a copy or the same outlet again)
STATUS: dict[str, str] = {"corroborated": "corroboré", "single-source": "source unique", "repeated": "repris d’une source",
                          "partly-reported": "repris en partie", "contradicted": "contredit"}
STATUS_PLURAL: dict[str, str] = {"corroborated": "corroborés", "single-source": "à source unique", "repeated": "repris d’une source",
                                 "partly-reported": "repris en partie", "contradicted": "contredits"}

# the sections of a story's cross-check, in the order the page and the reports show them
SECTIONS: dict[str, str] = {
    "summary": "Résumé", "facts": "Faits", "quotes": "Citations", "timeline": "Chronologie",
    "coverage": "Couverture", "articles": "Articles",
}

# words shown in place of what an article or the cross-check does not say, and the other words
# that more than one view of a story shows
LABELS: dict[str, str] = {
    "story": "Récit",
    "untitled_story": "Récit sans titre",
    "untitled_article": "Article sans titre",
    "unknown_outlet": "Média inconnu",
    "unknown_speaker": "Locuteur inconnu",
    "unknown_date": "date inconnue",
    "before_story": "antécédent",  # a timeline entry dated before the story's first article
    "copy_tag": "copie",  # an article that is a copy of another (a reprinted dispatch)
    "reported": "rapporté",  # coverage: the outlet reports the fact
    "absent": "absent",  # coverage: the outlet does not
}

ENTITY_TYPES: dict[str, str] = {"person": "personne", "organisation": "organisation", "place": "lieu", "other": "autre"}
BOILERPLATE: dict[str, str] = {
    "donation": "appel aux dons", "subscription": "abonnement", "newsletter": "lettre d’information",
    "related": "« lire aussi »", "share": "partage", "paywall": "accès payant",
}
KINDS: dict[str, str] = {"direct": "citation directe", "indirect": "discours rapporté"}

# how a figure is written: a narrow no-break space between thousands (« 12 500 »), a decimal comma (« 2,5 »)
THOUSANDS_SEPARATOR = "\u202f"
DECIMAL_SEPARATOR = ","
