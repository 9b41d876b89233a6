"""French news writing that is no statement of a fact, as data (used by
``recoupe.crosscheck.statements``, next to ``fr_compare.NOT_STATEMENTS``), and the French forms
the cross-check reads in a sentence's words (at the end of this module).

Patterns are matched against a sentence's key (``normalise.text_key``: case-folded, accents
folded, straight apostrophes), so they are written without accents or capitals, unless said
otherwise.
"""

from __future__ import annotations

from recoupe.lang.fr_quotes import (
            ARTICLE_GENDERS,
            DE_UNELIDED,
            DE_WITHOUT_ARTICLE,
            GENDERLESS_ARTICLES,
)

# agencies and picture desks whose names sign a credit or a dispatch
AGENCIES = ("afp", "reuters", "ap", "ansa", "dpa", "belga", "ats", "efe", "getty images", "getty", "maxppp", "abaca",
            "sipa", "hans lucas", "shutterstock", "istock", "leemage", "bestimage", "epa", "xinhua")
_AGENCY = "(?:" + "|".join(sorted(AGENCIES, key=len, reverse=True)) + ")"

# what a page prints around an article and the parser may leave glued into its text: credits of
# pictures and signatures, bylines, captions and teasers of related videos, other items'
# publication lines
PAGE_LINES = (
    # a picture's credit or caption label ("Photo d'illustration", "Crédit photo : ...", "AFP / Jean DUPONT")
    r"^\(?(?:photo|image|illustration|archives?)s?(?: d'illustration| d'archives?)?\)?\.?$",
    r"^\(?(?:photos?|images?|illustrations?|credits? photos?)\s*(?::|-|/|\()",
    r"^(?:" + _AGENCY + r"|archives?)\s*/\s*[\w .'-]{2,40}$",
    # an article's own signature: the agency's, or "Par Jeanne Martin" / "La rédaction" alone
    r"^\(?(?:avec|par|source|sources|d'apres)\s*:?\s*(?:l'|la |les )?" + _AGENCY + r"(?:\s*(?:,|et|/)\s*" + _AGENCY + r")*\)?\.?$",
    r"^(?:par|propos recueillis par)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:avec|et|pour)\s+(?:l'|la )?" + _AGENCY + r"\.?$",
    r"^(?:la redaction|par la redaction)(?:\s+(?:avec|et)\s+" + _AGENCY + r")?\.?$",
    # a source line ending a text ("… donc. Source : Reuters")
    r"\bsources?\s*:\s*[\w .&'-]{1,30}$",
    # a related video's teaser or an embedded player's label
    r"^(?:vid[eé]o|replay|en images|podcast)\s*[.:\-–—|»]",
    r"^(?:regardez|ecoutez|revoir|(?:re)?voir la video|(?:re)?decouvrez en video)\b",
    r"\b(?:la|notre|cette) video\s*(?:ci-dessous|ci-contre|ci-dessus)\b",
    # another item's publication line ("12/06/2020 à 14h30", "il y a 2 heures")
    r"^(?:le |publie le |mis a jour le )?\d{1,2}/\d{1,2}/\d{2,4}(?:\s*(?:a|-)?\s*\d{1,2}\s*[h:]\s*\d{0,2})?\W*$",
    r"^(?:publie |mis a jour )?il y a \d+\s*(?:min(?:ute)?s?|h(?:eures?)?|jours?)\W*$",
    # donation and subscription prompts told in sentences of their own
    r"^(?:soutenez|aidez)[- ](?:nous|notre|la redaction)\b",
    r"^(?:cet article|ce contenu) est reserve aux abonnes\b",
    r"^(?:activez|autorisez) (?:les )?notifications\b",
)

# the method note printed under a poll ("* Enquête réalisée en ligne du 2 au 3 juin auprès de 1.000
# personnes…", "Échantillon de 1.000 personnes…", "Marge d'erreur de 1,4 à 3,1 points"): how the poll was
# made, not what it found
POLL_NOTES = (
    r"^\*?\s*(?:enquete|sondage|etude)s? (?:[\w-]+ )?realisee?s? (?:en ligne |par (?:internet|telephone) )?(?:du |le |les |entre |aupres |sur |via |pour )",
    r"^\*?\s*echantillon (?:de \d|representatif)",
    r"^\*?\s*marge d'erreur\b",
    r"\bmethode des quotas\b",
)

# who a poll asked or who voted, as a percentage names them (« 57 % des personnes interrogées », « 52 %
# des Français », « 48 % des voix »): the population, not what the share measures, which the
# predicate tells (« … ont pris du poids », « … pour le maire sortant »); folded lemmas and forms
POLL_POPULATION = frozenset({
    "personne", "personnes", "francais", "francaise", "francaises", "sonde", "sondes", "repondant", "repondants",
    "interroge", "interroges", "participant", "participants", "internaute", "internautes", "habitant", "habitants",
    "citoyen", "citoyens", "gens", "voix", "suffrage", "suffrages", "votant", "votants", "electeur", "electeurs",
    "inscrit", "inscrits", "exprime", "exprimes",
})

# an interview's question, labelled so by the outlet ("Q: Vous souhaitez une candidature… ?",
# "QUESTION - Vous dites que…"): the interviewer's words, whatever their last mark, not a fact
INTERVIEW_QUESTIONS = (
    r"^[«\"“\s]*(?:q|question)\s*(?::|-|–|—)\s",
)

# remarks of the writer that refer to the event without stating a fact of it, when they name
# nobody and give no figure ("Un tel accident n'est pas inédit.", "Affaire à suivre.")
REMARK_OPENERS = (
    r"^(?:un tel|une telle|de tels|de telles|pareil|pareille|ce genre d|ce type d)\b",
    r"^(?:affaire a suivre|a suivre|reste a savoir|la suite au prochain|wait and see)\b",
    # time passing, the writer's way into what changed or did not: « Les mois passent, les sujets de
    # discorde restent. », « Les jours se suivent et se ressemblent. » (a name or a figure keeps it:
    # « Les années passent et le succès de Jane Fonda ne se dément pas. »)
    r"^(?:les|des) (?:jours|semaines|mois|annees|ans|saisons) (?:passent|se suivent|defilent|s'ecoulent)\b",
    # what the event may bring, in the writer's words: « De quoi attirer les curieux. », « Pas de
    # quoi rassurer les riverains. », « Rien d'étonnant à cela. » (a question « De quoi parle-t-on ? »
    # is left out as a question); « Rien d'étonnant à ce que le tribunal ait suivi … » states the
    # fact its clause tells, and is one
    r"^(?:de quoi|pas de quoi|il y a de quoi)\b",
    r"^rien d'etonnant\b(?!.*\b(?:a|de) ce qu)",
    # the writer's weighing of what was just told, a reaction with nobody named: « C'est un
    # véritable soulagement pour les riverains. », « C'est un coup dur pour la filière. »: the
    # whole sentence, a name or a figure keeps it (« C'est un coup dur pour Jean Dupont. »), and so
    # does a clause after it (« C'est un coup dur pour l'usine, qui perd son client. »)
    r"^c'est (?:un|une) (?:veritable |vrai |vraie |immense |grand |grande |gros |grosse |petit |petite |belle |bien triste |triste "
    r"|rude |nouveau |nouvel |nouvelle |sacre |sacree |vif |vive )?(?:soulagement|deception|coup dur|coup de massue|douche froide"
    r"|camouflet|desaveu|claque|bonne nouvelle|mauvaise nouvelle|triste nouvelle|creve-coeur|crevecoeur)"
    r"(?: pour (?:(?!qui\b|que\b|qu')[\w-]+(?:'| )){0,3}(?!qui\b|que\b)[\w-]+)?\W*$",
    # a claim said false without being told again: « Les faits ont prouvé le contraire. », « La
    # réalité montre l'inverse. »
    r"\b(?:prouv|montr|demontr|attest)\w*(?: \w+)? (?:tout )?(?:le contraire|l'inverse)\b",
    r"^la realite (?:est|semble|parait) (?:bien |tout )?autre\b",
    # a lead-in to what follows or a wrap-up of what was told, the writer's: « En voici les
    # principales mesures. », « Voici le détail des prévisions. », « Voilà pour le volet fiscal. »,
    # « Tour d'horizon des mesures. », « Retour sur leur parcours. » (« Voici deux semaines, … »,
    # « Voilà plus de 48 heures que … » give a figure, and a name or a figure keeps a sentence)
    r"^(?:et )?(?:en )?(?:voici|voila)\b",
    r"^(?:tour d'horizon|retour sur|explications|decryptage|le point sur)\b",
    # the writer's word on pictures shown with the article: « Les images sont impressionnantes. »
    r"^(?:les|ces) (?:images|photos|videos) (?:sont|etaient|restent|ont ete) (?:\w+ )?(?:impressionnantes|spectaculaires"
    r"|saisissantes|edifiantes|glacantes|terrifiantes|effrayantes|incroyables|hallucinantes|stupefiantes)\b",
)
REMARK_WORDS = 12  # a longer sentence opening so usually says more than a remark

# the writer's lead-in to a verdict the next sentence gives: a clause that only says that the
# equation, the message, the finding … is simple or clear, with nothing after it (« Pour X,
# l'équation est simple. », « Le message est clair. », « Le constat est sans appel. »); what is
# simple or clear comes after it, and it tells nothing of its own even when it names the person
# whose view it announces. « Le message est clair : … » or « … est simple, puisque … » goes on
# and is left alone (the pattern runs to the clause's end).
_VERDICT_NOUNS = (r"(?:equation|message|constat|calcul|reponse|raison|explication|principe|strategie|mot d'ordre|consigne|regle"
                  r"|logique|raisonnement|diagnostic|verdict|conclusion|solution|lecon|morale|idee|demarche|methode|recette)s?")
_VERDICT_WORDS = (r"(?:simple|simplissime|clair|claire|limpide|evident|evidente|sans appel|vite fait|vite faite|vite trouvee?"
                  r"|toute? trouvee?|sans ambiguite|sans equivoque|implacable|connue?|la meme|toujours la meme)s?")
VERDICT_LEADINS = (
    r"^(?:(?:pour|selon|chez|comme) [^,]{1,60}, )?(?:(?:et|mais|or|donc|alors|pourtant|ici|la encore|au final|finalement),? )?"
    r"(?:l'|la |le |les )" + _VERDICT_NOUNS + r" (?:est|sont|etait|etaient|reste|restent|semble|semblent|parait|paraissent"
    r"|sera|seront|serait|seraient|se veut|se veulent|apparait)(?: (?:donc|pourtant|bien|tres|plutot|assez|alors|ici|desormais"
    r"|toujours|des lors))? " + _VERDICT_WORDS + r"\W*$",
)

# an editorial hook: the stock phrase a rewrite opens its body (or its standfirst) on to catch the
# reader before it tells the news, with no checkable fact of its own (« Le club est en deuil. »,
# « Nouveau rebondissement dans l'affaire X. », « Stupeur mardi dans le quartier. », « C'est une
# légende du rock qui disparaît. », « Une page se tourne. »): mourning, a twist, a shock told as a
# reaction (« Triste nouvelle pour … », « Grosse frayeur … », « Le torchon brûle entre … », « Rien ne va
# plus … »), a presentational « C'est un(e) … » of an evaluative noun (« C'est un drame qui a ému la
# ville. », « C'est une petite phrase qui passe mal. »; not « C'est une première en France. », which
# says that it never happened before, nor « C'est la première fois que … »), the end of an era. Read on
# the first sentence of a standfirst or a body only, when it is one short clause: no count, no
# quotation, no colon (after a colon comes the fact: « Coup de théâtre : le maire démissionne. »)
# and no comma (what is apposed or set before tells the fact: « Nouveau rebondissement dans
# l'affaire X, retrouvée morte … », « À la suite du décès de …, la ville est en deuil. »). On 22,283
# OrangeSum articles of 2017-2019 (no gold set's), 69 standfirsts or ledes match the phrases within
# 20 words; the four that tell a fact all hold a comma. With the reactions and the clefts, 142 within
# 20 words and with no comma: hooks, but for a few that say a little (« Grosse frayeur mardi matin
# pour les passagers de cet avion à l'aéroport de Goa »).
HOOK_PATTERNS = (
    r"\ben deuil\b(?! national)",
    r"^(?:(?:un |le )?(?:nouveau|nouvel|enieme|premier|dernier|ultime) |un |le )rebondissement\b",
    r"^(?:stupeur|consternation|emoi|sideration|tolle|branle-bas|coup de tonnerre|coup de theatre|douche froide|coup de massue"
    r"|triste nouvelle|(?:grosse|grande|belle|sacree) frayeur|le torchon brule|rien ne va plus)\b",
    r"^c'est (?:un|une) (?:veritable |vrai |vraie |immense |grand |grande |gros |grosse |nouveau |nouvel |nouvelle |rude |petite |belle |triste )?"
    r"(?:monument|legende|figure|geant|icone|monstre sacre|pilier|coup de tonnerre|coup de theatre|coup dur|seisme|rebondissement"
    r"|page|drame|surprise|revelation|scandale|petite phrase|phrase|onde de choc|miracle|histoire|frayeur)\b",
    r"\bune page (?:se tourne|qui se tourne|s'est tournee)\b",
    r"\b(?:la )?fin d'une (?:epoque|ere)\b",
    r"^(?:c'est )?un grand jour\b",
    # a twist told as a turn of the story (« L'affaire prend une nouvelle tournure. »), or its end
    # told as the end of a wait (« L'attente aura été longue. », « Le feuilleton connaît son
    # épilogue. »): what turned or ended comes in the sentences after it
    r"\b(?:prend|prennent|prenait|a pris|ont pris|vient de prendre|viennent de prendre) une (?:nouvelle|autre|tout autre) tournure\b",
    r"^l'attente (?:aura|a|avait)? ?(?:semble|paru|ete) (?:bien |tres |si )?(?:longue|interminable)\b",
    r"\b(?:arrive|arrivent|arriver|arrivee|arrives|arrivees) a (?:son|leur) epilogue\b|\b(?:connait|trouve|a connu|a trouve) (?:son|un) epilogue\b",
)
HOOK_WORDS = 20  # a hook is short: a longer opening sentence goes on to tell something
# ...but for a relative that only says, in the hook's own euphemism, that its person died or left
# (« C'est un monument du cinéma qui s'en est allé. », « C'est une légende qui nous quitte. »):
# who it is comes after it, and the sentence names no day (« C'est une légende du jazz qui s'est
# éteinte mardi à Paris. » tells when, and is a statement). Folded.
HOOK_PASSING = (r"\bqui (?:s'en va|s'en vont|s'en est allee?|s'en sont allee?s|nous quitte|nous quittent|nous a quittee?s?"
                r"|tire sa reverence|a tire sa reverence|disparait|s'eteint)\b")
# what a hook phrase never holds: a comma, a colon or quotation marks (what is apposed, announced or
# quoted is the fact: « Coup de théâtre : le maire démissionne. »)...
HOOK_BREAKS = ",:«»\"“”"
# ...nor a word that brings in a clause or an event of its own (folded): a relative (« C'est une figure
# du rock qui est morte mardi. », « Stupeur à Lyon où un enseignant a été poignardé. »), a time or
# cause conjunction, a coordination, or a preposition that names what happened (« La France est en
# deuil après la mort de … », « Une page se tourne avec le départ de … », « Tollé après la
# nomination … »): the hook then carries the news, and the sentence is a statement.
HOOK_CLAUSE_WORDS = frozenset({
    "qui", "que", "qu", "ou", "dont", "quand", "lorsque", "lorsqu", "puisque", "puisqu", "car", "parce",
    "tandis", "alors", "mais", "apres", "avec", "depuis", "suite", "avant", "pendant", "lors",
})

# an agency's intertitle glued into the text between two sentences: "… a-t-il dit.- Un bilan
# lourd -Le préfet a …" (the wire sets a subheading between dashes; a page that drops the line
# breaks glues it to the sentences around it). Matched on the text as it is (capitals kept): a
# sentence's end, a dash, a short label without a stop, a dash after a space, and the next
# sentence's capital. "Covid-19", "Saint-Denis" hold no dash after a space. Some copies glue
# both dashes ("… sont saturés.-deuil national-Le Premier ministre…"): a dash glued to a stop and
# followed by a small letter opens no word of prose, so a label after it without a stop or another
# dash, up to a dash glued to the next sentence's capital, is one too.
GLUED_INTERTITLE = (r"(?<=[.!?…»\"”])(?:\s*-\s*[^.!?\n]{2,80}?\s+-\s*(?=[«\"“A-ZÀ-ÖØ-Ý0-9])"
                    r"|-(?=[a-zà-ÿ])[^.!?\n-]{2,80}-(?=[«\"“A-ZÀ-ÖØ-Ý]))")
# the credit of an embedded video's caption glued to its title and to the next sentence ("Comment
# choisir son vélo ?par Radio Exemple Les élus ont…", "… ? (2) - 24/06par TV ExempleLe maire…",
# "… à l'âge de 88 anspar Télé ExempleNé en…"): "par" after a title's question mark, after the
# video's rank and day ("(2) - 24/06", "- 26/05/2020"), after a closing bracket or mark ("(vidéo)par"), or glued to the title's last word (no
# French word of small letters ends in "par"; "Gaspar" is a name), then the outlet's name: a word,
# or up to three when the next ones are figures or capitalised, the last one possibly glued to
# the next sentence's first word ("BFMTVLe", "Sport AutoComme")
_OUTLET_WORD = r"[A-Z0-9][\w'’+.-]*?(?:(?<=[a-z0-9+])(?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’])|(?=[\s\"«“]))"
GLUED_CREDIT = (r"(?:(?<=[?!)\]»\"”0-9])|(?<=[A-ZÀ-ÖØ-Ý]{2})|(?<![A-ZÀ-ÖØ-Ý][a-zà-ÿ]{2})(?<=[a-zà-ÿ]{2})|(?:\(\d{1,2}\)\s*-\s*)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)par "
                r"(?:[A-Z0-9]{2,}(?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’])|" + _OUTLET_WORD + r"(?: (?:- )?" + _OUTLET_WORD + r"){0,3}"
                # an outlet named in small letters, glued to the next sentence, before its language or
                # before the next sentence ("par franceinfoLe …", "par euronews (en français)Le …",
                # "… en France ?par franceinfo Comme l'explique …")
                r"|[a-z][a-z0-9.]+(?:(?<=[a-z])(?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’]|[«\"“])|\s*\(en [a-zà-ÿ]+\)|(?=\s+[«\"“A-ZÀ-ÖØ-Ý]|\s*$))"
                # an outlet's sigle of three capitals or more glued to a figure opening the next line, an
                # intertitle ("par BFMTV5.000 communes en attente Selon …"; "TF1", "M6" end on their figure)
                r"|[A-Z]{3,}(?=\d))"
                r"(?:\s*(?=[«\"“A-ZÀ-ÖØ-Ý]|$)|(?<=[A-Z]{3})(?=\d))")
# an intertitle glued to the sentence after it with neither stop nor space, the page's line break
# lost ("… toujours incertainDémarches multiples…", "- Chute du PIB en AllemagneDu jamais vu…"): a
# word's small letter or capital straight before a capital and a small letter. It is a glue when the
# word (its last part after a hyphen or an apostrophe) is in small letters, three at least (no French
# word has a capital inside it; "iPhone", "eDrive" are names), or capitalised or a sigle before a word
# a sentence opens on (``CROSSHEAD_OPENERS``: "AllemagneDu jamais", "BFMTVDe son côté"; "BlackRock",
# "HuffPost" are names); never inside a handle, a hashtag, an address or code ("@LeMonde", "#MeToo",
# "videoInfo" after a dot). The words between the sentence before and the glue are the intertitle
# when they are no more than an intertitle's (``CROSSHEAD_WORDS``) and outside quotation marks (a
# longer run is a sentence that lost its stop: cut there, kept). After a capitalised word, only an opening word and then a
# determiner or a subject pronoun make the glue ("AllemagneDu jamais" aside, "OuiCar a annoncé",
# "MonCar a été" are names); a capital with no opening word needs a word in small letters with no
# capital inside it and a next word ("incertainDémarches administratives", not "balanceTonPorc").
GLUED_POINT = r"(?<=[a-zà-ÿA-ZÀ-ÖØ-Ý])(?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’])"
GLUED_TOKEN_CHARS = 40  # a run of letters with no space longer than this is code or data, never glued words
# the words after a glued opening word that make it a sentence's start after a capitalised word
GLUED_AFTER_OPENER = ("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "il", "elle", "ils", "elles",
                      "on", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "nous", "jamais", "plus")
# marks that open a list's item or a heading ("• Hausse des retraites…", "► Ce qui change…")
BULLETS = "•►▶♦■●▪◆-–—"

# what a page's code or an embedding leaves in the text: an embedded player's script
# ("window.pvp_… = new Pvp(…)", to the end of the text) and an embedding's marker ("[EMBED url=…]")
PAGE_CODE = r"\bwindow\.[\w$]+\s*=\s*new\s+\w+\s*\([\s\S]*|\[EMBED\b[^\]]*\]"

# two sentences glued without a space ("… sur un mois.Le sondage …", "… à l'AFP.Non loin, …", "… la
# police".S'ils …", "… au ministère.A cette occasion…"): a word's end (two small letters, a sigle, a
# unit or a closing mark; not "M." of "M.Dupont") then a stop, and a capital with a small letter or
# an apostrophe, "A" or "À" alone before a word, or a figure, straight after. A mark after a stop
# that follows a closing mark opens the next sentence. (After a figure, "… en 1995.Très ému", the cut
# was measured and left out: on the pairs it moved facts apart, dev recall 0.630 -> 0.621, blind
# single-source precision 0.602 -> 0.588.)
_NEXT = r"(?=[«\"“]?(?:[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’]|[AÀ] [a-zà-ÿ]|\d))"
GLUED_SENTENCE = (r"(?:(?<=[a-zà-ÿ]{2})|(?<=[A-Z]{2}))[.!?…][»\"”]?" + _NEXT
                  + r"|(?<=[%)»\"”])[.!?…]" + _NEXT
                  # a question or an exclamation after a figure or an ellipsis ("Que faire si un élève a
                  # le Covid-19?Si un enfant …", "… un restaurant...?Ils …"): no figure is written so
                  + r"|(?<=[0-9.…])[?!]" + _NEXT)

# a quotation closed and a sentence glued straight after it, with neither stop nor space: the page's
# line break lost after a quoted intertitle or a quotation ("… des propos "fantaisistes"Le ministère a
# dénoncé…", "Objectif : "tenir bon"Vendredi, le ministre…"). French puts a space after a closing
# mark unless a stop or a comma follows, so a capital with a small letter straight after one opens
# the next sentence; the words before it, when no more than an intertitle's (``CROSSHEAD_WORDS``), are one
# and are left out. A straight mark is a closing one when the marks before it in the field are odd
# in number (an opening one glued to the word before, "… maintenues"Nous…", is the intertitle rule
# below).
GLUED_QUOTE = r"(?:(?<=[^\s«“\".!?…])\"|(?<=[^«“\".!?…])[»”])(?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’]|[AÀ] [a-zà-ÿ])"

# an intertitle glued to the sentence after it with no stop and no dash, the page's line break lost
# ("Un bilan encore incertain Le préfet a…", "Des témoins entendus "Nous avons…"): the sentence
# opens on a word a sentence opens on, written with its capital inside the text, followed by a word
# in small letters (a name's article is followed by a capital: "selon Le Parisien", "Les
# Républicains"). Compared on the word as written.
CROSSHEAD_OPENERS = ("Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Du", "Au", "Aux", "Il", "Elle", "Ils",
                     "Elles", "En", "Ce", "Cet", "Cette", "Ces", "C'", "C’", "Son", "Sa", "Ses", "Leur", "Leurs", "Dans",
                     "Selon", "Pour", "Depuis", "Lors", "Après", "Avant", "Alors", "Mais", "Si", "Pourtant",
                     "Cependant", "Toutefois", "Enfin", "Ainsi", "Outre", "Parmi", "Quant", "D'après", "D’après",
                     # adverbial openers of a sentence ("Par ailleurs, …", "De son côté, …", "Face à …")
                     "Par", "De", "Sur", "Face", "Malgré", "Grâce", "Lorsque", "Quand", "Dès",
                     "Côté", "Concernant", "Parallèlement", "Désormais", "Aujourd'hui", "Aujourd’hui", "Déjà",
                     "Sauf", "Or", "Car", "Puis", "Jusqu'", "Jusqu’",
                     # a source's participle ("Interrogé par…, le maire…"); not "Comme", "Plusieurs", which
                     # open many titles of works ("le film Comme un lion")
                     "Interrogé", "Interrogée", "Interrogés", "Contacté", "Contactée", "Contactés",
                     # a day's name takes no capital inside a sentence ("… discipline Mardi soir, …")
                     "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")
# more words a sentence opens on, written with their capital, that open no name: after a
# sentence that lost its stop or an intertitle left on its line, the next sentence opens on one
# (« … en fumée | Afin de…», « Guerres fratricides | Même cas de figure… »); read where the
# sentencer cut before a capital with no stop (``crosscheck.statements._cut_before_name``)
SENTENCE_OPENING_WORDS = ("À", "Afin", "Faute", "Même", "Avec", "Sans", "Entre", "Chez", "Vers", "Contre", "Pendant", "Comme",
                          "Plusieurs", "Certains", "Certaines", "Tous", "Toutes", "Tout", "Toute", "Chaque", "Aucun",
                          "Aucune", "On", "Nous", "Vous", "Je", "J'", "J’", "Ici", "Là", "Ensuite", "Autre", "Autres",
                          "Plus", "Moins", "Pas", "Rien", "Personne", "Encore", "Aussi", "Seul", "Seule", "Près",
                          "Selon", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Quelque",
                          "Quelques", "Ni", "Si", "Qui", "Que", "Qu'", "Qu’", "Où", "Dont", "Cela", "Ceci", "Ça", "Ce")
# words after such an opener that still make a name ("La République En marche")
CROSSHEAD_NAME_WORDS = ("marche",)
CROSSHEAD_WORDS = (2, 14)  # an intertitle's length in words
# words an intertitle does not end on (a sentence goes on after them: "Interrogé par Le…")
CROSSHEAD_NOT_LAST = ("de", "du", "des", "d'", "la", "le", "les", "l'", "un", "une", "a", "au", "aux", "par", "pour",
                      "en", "et", "ou", "sur", "dans", "avec", "que", "qu'", "qui", "selon", "chez", "entre")

# an agency's desk signature glued to the last sentence of a dispatch ("… pas avoir peur".mam-gd/mas/ach",
# "… a-t-il dit.bur-pa/sp"): the writers' initials joined by dashes, a slash, the editors' initials. No
# sentence ends so: small letters only, at least one slash, after a sentence's last mark
SIGNATURE = r"(?<=[.!?…»\"”])\s*[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*)+\s*$"

# words before a "que" that restricts or compares and opens no clause ("plus de morts que l'an
# dernier", "le maire ainsi que son adjoint"): "et" after it may still close a clause with its verb
NOT_CLAUSE_QUE = ("plus", "moins", "ainsi", "autant", "aussi", "tant", "même", "autre", "autres", "davantage",
                  "mieux", "pire", "tel", "telle", "tels", "telles")

# pronouns that open a relative clause: a verb after one is not the verb of the clause before it
RELATIVE_PRONOUNS = ("qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles",
                     "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles")

# the tail of a sentence cut off from its quotation: a closing mark and a comma, then the speech
# tag (« », dit cette électrice. », « ", a-t-il ajouté. »), said by nothing on its own; so is one
# after the apostrophe that closes a quotation inside the quotation (« '", a-t-il conclu. », « ', je
# mènerais le combat", a-t-elle dit. »)
TAIL_OPENERS = (r"^['’]?\s*[»\"”]?\s*,",)
# the rest of a sentence the sentencer cut after a list's ellipsis or a closing mark: no sentence
# opens on a colon or a semicolon (« Pelleteuses, plongeurs, drones… | : un important dispositif
# avait été mobilisé. »)
COLON_OPENERS = (r"^[»\"”]?\s*[:;]",)

# -- forms the cross-check reads in a sentence's words as written (``crosscheck.statements``,
# ``features``, ``variants``, ``align``): accents and capitals kept unless said otherwise

# the capital letters of French words, accented ones with them, as the range of a regular
# expression's character class (« [" + CAPITALS + "] »)
CAPITALS = "A-ZÀ-ÖØ-Ý"
# the small letters of French words, accented ones with them, as the range of a character class
SMALL_LETTERS = "a-zà-ÿ"
# letters of either case, accented ones with them, as the range of a character class
LETTERS = "A-Za-zÀ-ÿ"

# the units written straight after a figure (« 12 % », « 12 pour cent », « 30 € »), a regular expression
FIGURE_UNIT_SIGNS = r"%|pour[ \u00a0]cent|€|\$"

# what may open a street's name after the kind of way (« rue de la Gare », « avenue d'Italie »), a
# regular expression
STREET_NAME_OPENERS = r"de la|de l['’]|du|des|de|d['’]"
# the small words a street's name may hold between its capitalised words (« rue du Général de
# Gaulle »), none of which ends it
STREET_NAME_LINKS = (*DE_UNELIDED, "la", "le")

# verb forms that follow a capitalised word when it is a name and its verb (« Dupont a dit »), not a
# sentence's adverbial opening (« En revanche, »)
VERBS_AFTER_A_NAME = ("a", "est", "ont", "sont", "avait", "était", "va", "fait", "annonce")

# hours in digits, as a regular expression (« 9 heures », « 9 h »)
HOUR_FORMS = r"heures?|h"
# the preposition before the span a change took (« a doublé en dix ans »)
CHANGE_SPAN_PREPOSITION = "en"
# the preposition « de » elided (« 12 % d'enfants »)
DE_ELIDED = ("d'", "d’")
# the preposition « de » as the tokeniser gives it, also elided or cut from its apostrophe:
# skipped between a figure and the noun it counts
DE_TOKENS = (*DE_WITHOUT_ARTICLE, "d")

# conjunctions that join two nouns one figure counts (« 200 hommes et femmes »)
COUNTED_NOUN_LINKS = ("et", "ou")
# the word that joins the two nouns in the unit of such a count (« (bovin et ovin) »)
COUNTED_UNITS_JOINER = " et "
# endings of a noun written in the plural
PLURAL_ENDINGS = ("s", "x")

# the negation « ne », also elided
NE_FORMS = ("ne", "n'", "n’")
# pronouns that stand before a verb without being its subject: reflexive, adverbial and negation
# (« et s'en réjouissent », « mais n'a pas »)
VERB_CLITICS = ("se", "s'", "s’", "en", "y", *NE_FORMS)
# endings of the first and second person plural: a verb so ending with no subject before it is an
# imperative (« et prenez », « mais restons »)
IMPERATIVE_ENDINGS = ("ez", "ons")
# how a folded verb form the lemmatiser left as it was is turned back into an infinitive to be
# looked up among the verbs of saying: (letters cut off its end, ending added)
INFINITIVE_FROM_FORM = ((0, "r"), (2, "r"), (3, "er"))

# definite articles that open a description of someone (« la maire », « l'élue »), never a name
DESCRIPTION_ARTICLES = (*ARTICLE_GENDERS, *GENDERLESS_ARTICLES)
# determiners before a spokesman's noun (« un porte-parole de … »), folded
SPOKESMAN_DETERMINERS = ("un", "une", "le", "la", "l'", "les", "des")
# the preposition « de » between a spokesman's noun and the body he speaks for, folded, with the
# space after it but when elided
SPOKESMAN_OF = ("de ", "du ", "des ", "d'")
