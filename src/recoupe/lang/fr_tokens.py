"""French language data for tokenization: where a sentence's end is glued to the next sentence.

Scraped copy (OrangeSum's bodies, pages whose paragraphs are joined) often loses the space after a
sentence's final stop: « … en 2018.Le Conseil a … », « … selon l'AFP.Les enquêteurs … »,
« … (OIEA).Le porte-parole … », « … à 77,92%.L'un des … », « … supplémentaire?S'il … ». spaCy's
French tokenizer already cuts a full stop between a lower-case letter and a capital (« dit.La »)
and after a straight quotation mark, but keeps « 2018.Le », « AFP.Les », « (OIEA).Le » and
« 77,92%.L'un » as one token (and « ».Photo » as « » » and « .Photo »): no sentence is cut there, the
next sentence's first word is read into a name (« AFP.Les ») and its subject is lost.

Only data lives here; ``recoupe.enrich.nlp`` holds the logic (``GluedStops``: the text is
tokenized as if a space followed each such stop, every offset unchanged).
"""

from __future__ import annotations

import re

from recoupe.lang.fr import ABBREVIATIONS

# The next sentence's first word: a capital, then a lower-case letter or an elision (« Le »,
# « L'un », « Écoutez »), « A » or « À » alone (« A Marseille », « À droite ») or « M. » (« M. Dupont »);
# never a word in capitals (« ID.R », « IQ.DRIVE », « .NET »), unless a closing mark, a sign, « ? » or
# « ! » ends the sentence before it (« (…).TF1 s'est », « 39%.LREM », « ?R: »).
_NEXT_WORD = r"(?:[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿœ]|['’])|[AÀ]\s|M\.\s)"
_NEXT_ANY = r"[A-ZÀ-ÖØ-Þ]"

# After the stop, a domain's or a file's suffix written with a capital (« BFMTV.Com »,
# « RAPPORT.Pdf ») is no sentence.
NOT_SENTENCE_STARTS: tuple[str, ...] = (
    "Com", "Fr", "Net", "Org", "Info", "Eu", "Tv", "Io", "Gouv", "Be", "Ch", "Uk",
    "Html", "Htm", "Php", "Pdf", "Jpg", "Jpeg", "Png", "Gif", "Mp3", "Mp4", "Doc", "Docx", "Xls", "Xlsx",
)

# A sentence's end glued to the next sentence, the stop being what spaCy's French tokenizer keeps
# inside a token; the match is the stop. Before it:
# - a figure after another character of the word (« en 2018.Le », « la MC20.Cette », « Covid-19.A »)
#   or after a word and a space (« sur France 2.Mais », « la Formule 1.Cette »); not a figure that
#   opens a paragraph or follows a stop (« 1.Le », « fin. 2.Le »: it may number an item of a list),
#   nor a decimal (« 1.5 », which no capital follows); a year or a number of two figures or more
#   before a word in capitals too (« en 2012.M6 », « en 2018.BMW Group », a crosshead « 2015.VERS LA
#   FUSION »; not a model's name, « C8.R », « A05.H31 »);
# - a capital after a letter or a figure: an acronym or a name in capitals (« l'AFP.Les », « GMT.Le »,
#   « 48V.Les », « l'ARS.A Marseille »), never an initial (« J.K.Rowling », « U.S.A.Le », « M.Dupont »,
#   « Cédric O.Le »: a lone capital is not cut, even where it ends a sentence); a temperature
#   (« 46°C.Vendredi »);
# - a closing bracket or mark, a percent, currency or « + » sign (« (OIEA).Le », « ».L'habitacle »,
#   « 77,92%.L'un », « 45 800 €.Depuis », « Canal+.Outre »);
# and « ? » or « ! » after a word, a figure or a closing mark (« supplémentaire?S'il », « tonnes!Dans »).
GLUED_STOP = re.compile(
    r"(?:(?<=[^\s(]\d)|(?<=[^\W_] \d)|(?<=[^\W_][A-ZÀ-ÖØ-Þ])|(?<=°[CFK]))\.(?=" + _NEXT_WORD + ")"
    r"|(?<=\d\d)\.(?=[A-ZÀ-ÖØ-Þ]{2})"
    r"|(?<=[)\]»”%€$£+])\.(?=" + _NEXT_ANY + ")"
    r"|(?:(?<=[^\W_])|(?<=[)\]»”\"?!]))[?!](?=" + _NEXT_ANY + ")"
)

# Words in capitals that never end a sentence, though a full stop follows them (« MM.Dupont »):
# the abbreviations of ``fr.ABBREVIATIONS`` written in capitals.
CAPITAL_ABBREVIATIONS: frozenset[str] = frozenset(a.rstrip(".") for a in ABBREVIATIONS if a.rstrip(".").isupper())
