"""Named entities: from spaCy's mentions to the people, organisations and places of an article.

Within an article (:func:`article_entities`): titles and honorifics are stripped from names and
kept as roles ("le président ukrainien Volodymyr Zelenskyy" -> Volodymyr Zelenskyy, role
"président ukrainien"), short forms resolve to the full name ("M. Zelenskyy", "MM. Poutine"),
and misfires are dropped (a boilerplate phrase, "État" in "chef d'État", "Défense" in
"secrétaire à la Défense"), and people the model read as places, works or organisations, or
with a role's domain in front of the name ("Culture Catherine Tasca"), are put right
(:func:`_people_in`); a name the article once presents as a person by a role in apposition is
a person in all its mentions. A news outlet is an organisation named as the text writes it whole
("Journal du Dimanche", "L'Opinion", "20 Minutes": :func:`_outlet`), and a name with and without
its article ("Le Parisien", "du Parisien") is one entity.

Across articles, the entities of the whole store are the next stage's (``recoupe.resolve``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from recoupe.lang import fr, fr_quotes
from recoupe.models import EntityRef, EntityType, Field, Mention
from recoupe.normalise import name_key, strip_accents

LABELS: dict[str, EntityType] = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}
_HONORIFICS = frozenset(h.lower() for h in fr.HONORIFICS)
_NOT_ENTITIES: frozenset[str] = frozenset()  # filled below, folded
_ROLE_CONTEXT = fr.ROLE_NOUNS | {"chef", "chefs", "coup", "ministère", "ministre", "secrétaire", "secrétariat", "conseil"}
_STOP_LEFT = {"VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "SPACE", "SYM", "X", "INTJ"}


TEXT_KEY = "recoupe_text"  # where a doc keeps its text (``doc_text``)


def doc_text(doc: Any) -> str:
    """The doc's text, computed once (spaCy joins every token again at each ``doc.text``)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


_NOT_ENTITIES = frozenset(name_key(x) for x in fr.NOT_ENTITIES)
_ROLE_DOMAINS = frozenset(name_key(x) for x in fr.ROLE_DOMAINS)


@dataclass(slots=True)
class _Mention:
    field: Field
    start: int  # offsets in the field
    end: int
    name: str
    type: EntityType
    tokens: int
    role: str | None
    order: int  # position in the document
    outlet: bool = False  # read as a news outlet where the text points to one (``_outlet``)
    titled: bool = False  # right after a person's honorific ("M. Pepy")


def _is_honorific(token: Any) -> bool:
    return token.text.lower() in _HONORIFICS or token.text in ("M", "Mme", "MM")


def _role_text(doc: Any, first: Any, last: Any) -> str:
    text = doc_text(doc)[first.idx : last.idx + len(last.text)]
    text = " ".join(text.split())
    lower = text[:1].isupper() and first.text.lower() in fr.ROLE_NOUNS and not (len(first.text) > 1 and first.text.isupper())
    return text[:1].lower() + text[1:] if lower else text  # "Le porte-parole" -> "le porte-parole"; "PDG" stays


def _role_left(doc: Any, start: int, end_of_name: int) -> str | None:
    """A role standing just before a name: "le porte-parole du Kremlin, Dmitri Peskov"."""
    i = start - 1
    while i >= 0 and (doc[i].is_space or _is_honorific(doc[i])):
        i -= 1  # "son avocat Me Stéphane Daquo": the honorific is not part of the role
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i -= 1
    end = i
    role_start = None
    while i >= 0 and end - i < 8:
        tok = doc[i]
        if tok.pos_ in _STOP_LEFT and tok.text not in ("-",):
            break
        if (tok.text.lower() in fr.ROLE_NOUNS or tok.lemma_.lower() in fr.ROLE_NOUNS) and not _in_a_name(doc, i):
            role_start = i
        i -= 1
    if role_start is None or end < role_start:
        return None
    if not comma and (doc[end].text.lower() in fr.ROLE_COMPLEMENT_LINKS or doc[end].pos_ == "ADP"):
        return None  # "l'adjoint d'Anne Hidalgo": the role is the head's, not its complement's; "une députée LR
        # contre Alexis Corbière": a name after a preposition is its object, never the role's holder
    if _plural(doc[role_start]) and not _one_of(doc, role_start):
        return None  # "les avocats de X", "les ministres X et Y": a group's role names no one person
    while role_start > 0 and (doc[role_start - 1].text.lower().rstrip("-") in fr.ROLE_MODIFIERS
                              or doc[role_start - 1].lemma_.lower() in fr.ROLE_MODIFIERS):
        role_start -= 1
    if comma:
        # "Le porte-parole du Kremlin, Dmitri Peskov": the role opens the clause, or the name is
        # an apposition closed by a comma ("selon le porte-parole du Kremlin, Dmitri Peskov, ...").
        # "avec le dirigeant russe, Donald Trump a appelé": someone else.
        j = role_start - 1
        while j >= 0 and doc[j].pos_ == "DET":
            j -= 1
        closed = end_of_name < len(doc) and doc[end_of_name].text in (",", ")")
        if j >= 0 and doc[j].pos_ == "ADP" and not closed:
            return None
    return _role_text(doc, doc[role_start], doc[end])


def _in_a_name(doc: Any, i: int) -> bool:
    """The role noun at ``i`` is a word of someone's name: capitalised after a capitalised article after a
    capitalised word ("Selon Bruno Le Maire, X": Le Maire, no mayor; the model's person spans are no
    guide, they hold the titles before names too)."""
    tok = doc[i]
    return tok.text[:1].isupper() and i >= 2 and doc[i - 1].text in ("Le", "La") and doc[i - 2].text[:1].isupper() and doc[i - 2].is_alpha


def _role_right(doc: Any, end: int) -> str | None:
    """A role in apposition after a name: "Pete Hegseth, le secrétaire américain à la Défense,"."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if doc[i].pos_ == "DET":
        i += 1
    if i >= len(doc) or doc[i].text.lower() not in fr.ROLE_NOUNS or _plural(doc[i]):
        return None
    first = i
    i = _role_last(doc, first)
    # An apposition is closed by punctuation; "X, le président des États-Unis a échangé" is not one.
    if i + 1 < len(doc) and doc[i + 1].text not in (",", ".", ";", ")", "!", "?"):
        return None
    # "le corps de Sophie L., la procureure de Strasbourg, Yolande R., a dit": the role opens the
    # apposition of the name that follows it, not of the one before
    if i + 2 < len(doc) and doc[i + 1].text == "," and (doc[i + 2].ent_type_ == "PER" or _is_honorific(doc[i + 2])):
        return None
    return _role_text(doc, doc[first], doc[i])


_ACRONYM_WORD = re.compile(r"[A-ZÀ-Ý][\wÀ-ÿ&\-]{1,20}")  # one capitalised word (``_acronym_in_brackets``)


def _acronym_in_brackets(doc: Any, i: int) -> bool:
    """The tokens ending at ``i`` are one capitalised word in brackets, a body's acronym or a place's
    department ("(LFI)", "(Siec)", "(Var)"), with "(" before it and ")" at ``i``: an aside the role it
    stands in holds whole."""
    return i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and bool(_ACRONYM_WORD.fullmatch(doc[i - 1].text))


def _role_last(doc: Any, i: int, first: int | None = None) -> int:
    """The last token of a role whose head word is at ``i`` (counted from ``first``, where the role
    opens, if it opens before its head): its words up to a punctuation mark or a word no role holds,
    ten at most."""
    first = i if first is None else first
    while i + 1 < len(doc) and i - first < 9:
        nxt = doc[i + 1]
        if i + 3 < len(doc) and nxt.text == "(" and _acronym_in_brackets(doc, i + 3):
            i += 3  # "directrice générale (DG) du Fonds monétaire international (FMI)": the body's acronym is the role's
            continue
        if nxt.pos_ in _STOP_LEFT or nxt.text in (",", ".", ";", ":"):
            break
        i += 1
    return i


def _plural(token: Any) -> bool:
    """A plural noun ("les avocats"): the role of a group, which names no one person."""
    return "Plur" in token.morph.get("Number") and token.text.lower() not in fr.ROLE_NOUNS


def _one_of(doc: Any, i: int) -> bool:
    """The plural at ``i`` is one of a group: "l'un des avocats de X, Y", "une des porte-parole"."""
    j = i - 1
    while j >= 0 and doc[j].text.lower() in fr.ROLE_MODIFIERS:
        j -= 1
    return j >= 1 and doc[j].text.lower() in fr.ONE_OF_LINKS and doc[j - 1].text.lower() in fr.ONE_OF_HEADS


def _role_copula(doc: Any, end: int) -> str | None:
    """A role given by a copula after a name: "Y est un député LR", "Y, qui est députée,"."""
    i = end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text.lower() == "qui":
        i += 2
    if i >= len(doc) or doc[i].text.lower() not in fr.ROLE_COPULAS:
        return None
    i += 1
    if i < len(doc) and doc[i].text.lower() in fr.ROLE_COPULA_ARTICLES:
        i += 1
    first = i
    while i < len(doc) and doc[i].text.lower().rstrip("-") in fr.ROLE_MODIFIERS:
        i += 1  # "est un ancien maire": the modifier belongs to the role
    if i >= len(doc) or doc[i].text.lower() not in fr.ROLE_NOUNS or _plural(doc[i]):
        return None
    i = _role_last(doc, i, first)
    while i > first and (doc[i].pos_ in ("DET", "ADP") or doc[i].text.lower() in fr.ROLE_COMPLEMENT_LINKS):
        i -= 1
    return _role_text(doc, doc[first], doc[i])


def _in_role_context(doc: Any, start: int) -> bool:
    for tok in doc[max(0, start - 5) : start]:
        if tok.text.lower() in _ROLE_CONTEXT or tok.lemma_.lower() in _ROLE_CONTEXT:
            return True
    return False


def _clean_span(doc: Any, ent: Any, etype: EntityType) -> tuple[int, int, str | None] | None:
    """Token range of the name proper, and the role found inside the span, or None (misfire)."""
    start, end = ent.start, ent.end
    role_first = role_last = None
    while start < end:
        tok = doc[start]
        low = tok.text.lower()
        if tok.is_space or tok.is_punct and tok.text not in ("«",):
            start += 1
        elif tok.pos_ in ("DET", "ADP") and tok.text[:1].islower():
            start += 1
        elif low in ("l’", "l'", "d’", "d'"):
            start += 1
        elif _is_honorific(tok):
            start += 1
        elif etype == "person" and role_first is None and end - start > 2 and name_key(tok.text) in _ROLE_DOMAINS and _in_role_context(doc, start):
            start += 1  # "le secrétaire au Trésor Steven Mnuchin": "Trésor" is the role's, read by _role_left
        elif etype == "person" and role_first is None and start + 1 < end and _plain(tok.text) in _CASE_NOUNS and doc[start + 1].text[:1].isupper():
            start += 1  # "l'affaire Benalla", "Affaire Benalla :": the case's noun, no role and no part of the name
        elif (tok.pos_ == "NOUN" and tok.is_alpha and tok.is_lower and start + 1 < end and doc[start + 1].text[:1].isupper()
              and role_first is None and etype == "organisation" and _plain(tok.text) not in _NAMED_AFTER):
            start += 1  # "le syndicat Force ouvrière": a common noun before the name describes it ("rue Nationale" is one name)
        elif etype == "person" and (low in fr.ROLE_NOUNS or (role_first is not None and tok.text[:1].islower())
                                    or (tok.pos_ == "NOUN" and tok.is_alpha and tok.is_lower and start + 1 < end
                                        and doc[start + 1].text[:1].isupper())):  # "la chanteuse Lorie": a role
            role_first = role_first if role_first is not None else tok
            role_last = tok
            start += 1
        else:
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while end - start > 1 and doc[end - 1].text.lower() in _DATE_WORDS:
        # "ministère de la Santé mercredi", "Gala ce 17 juillet": a date read into the name
        end -= 1
        while end - start > 1 and (doc[end - 1].like_num or doc[end - 1].text.lower() in _DATE_LEADS):
            end -= 1
    if start >= end:
        return None
    role = _role_text(doc, role_first, role_last) if role_first is not None else None
    return start, end, role


_ROLE_OPENERS = fr.ROLE_NOUNS | fr.ROLE_MODIFIERS
# patterns of _misfire, _acronym and article_entities, compiled once (not looked up in re's cache at each call)
_INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
_CAPITAL_OR_DIGIT = re.compile(r"[A-ZÀ-ÖØ-Ý0-9]")
_WORD_CHAR = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
_ACRONYM_CUTS = re.compile(r"[\s\-’']+")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&.\-]{1,14})\)")
_DATE_WORDS = frozenset(fr.WEEKDAYS) | frozenset(fr.MONTHS)
_DATE_LEADS = frozenset({"ce", "cette", "le", "du", "au"})  # before a date read into a name


def _misfire(doc: Any, start: int, end: int, name: str, etype: EntityType, sentence_starts: frozenset[int] = frozenset()) -> bool:
    first = doc[start].text.lower()
    if (first in _DATE_WORDS and not (end - start == 1 and doc[start].text[:1].isupper() and _after_body_noun(doc, start))) \
            or _INITIAL.fullmatch(name):
        return True  # "Vendredi 6 décembre", "A."; not "le groupe Avril"
    if _origin_word(doc, start, name):
        return True  # "un Africo-américain de 46 ans", "trois Français": someone's origin
    if etype != "person" and first in _ROLE_OPENERS:
        return True  # "Premier ministre", "Maire de Paris": a role, not a name
    tok = doc[start]
    opens = tok.i in sentence_starts or tok.i == 0 or doc[tok.i - 1].is_space
    if etype != "person" and end - start == 1 and opens and tok.is_alpha and not tok.is_upper and (
        tok.pos_ == "NOUN" or (etype == "other" and doc.vocab.has_vector(first))
    ):
        return True  # "Urgences : ...", "Réforme des retraites": a common noun opening a sentence
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[start:end] if t.pos_ not in ("DET", "ADP")):
        return True  # "La guerre": a capitalised determiner at the start of a sentence
    if not _CAPITAL_OR_DIGIT.search(name) or len(name) > 80 or not _WORD_CHAR.search(name):
        return True
    key = name_key(name)
    if not key or key in _NOT_ENTITIES:
        return True
    if doc[start].text.lower() in fr.BOILERPLATE_ENTITY_STARTS:
        return True
    if key in _ROLE_DOMAINS and _in_role_context(doc, start):
        return True
    if etype == "person" and (_DIGIT.search(name) or end - start > 6):
        return True
    if etype == "person" and end - start == 1 and _plain(doc[start].text) in _CASE_NOUNS:
        return True  # "Attentat à la préfecture : …": a case's noun opening a headline
    return False


_INDEFINITE = frozenset(fr_quotes.INDEFINITE_SINGULAR_GENDERS)  # not "des": also "de les" ("le groupe des Républicains")


def _origin_word(doc: Any, start: int, name: str) -> bool:
    """The mention is one word ending as a demonym does (``fr.DEMONYM_ENDINGS``: "Américain",
    "Franco-Syrienne", "Parisiens") after an indefinite article or a number word ("un Africo-américain",
    "deux Français"): a person's origin, not a name."""
    if " " in name or start < 1:
        return False
    before = doc[start - 1]
    if not (before.text.lower() in _INDEFINITE or (before.like_num and before.is_alpha)):
        return False
    return name.lower().rsplit("-", 1)[-1].endswith(fr.DEMONYM_ENDINGS)


_HEADING_WORDS = fr_quotes.HEADING_FUNCTION_WORDS
_NAME_WORDS = frozenset({"et", "le", "la", "les", "de", "du", "des"})  # function words names hold too
_GLUE_MARKS = ".!?…;:\"“”«»"
_UPPER_WORD = r"[A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9’'.\-]*"
_UPPER_BEFORE = re.compile(r"(?<![\w’'])(?:" + _UPPER_WORD + r",? +)+$")  # the upper-case words just before a mention
_UPPER_AFTER = re.compile(r"(?:,? +" + _UPPER_WORD + r"(?![\w’']))+")  # ... and just after it


def _heading(name: str) -> bool:
    """A run of upper-case words that is a heading, never a name: a crosshead glued into the body
    ("…du débat".MÊME EN DÉSACCORD, BAROIN DÉFEND SARKOZY"Les uns…"). Two upper-case words or more,
    of which one is a word of five letters or more ("BAROIN DÉFEND", "LA FRANCE") or a French
    function word ("TAUBIRA À", "LE PATRON"); not acronyms standing together ("BFM TV", "RER A",
    "CFE-CGC", "A7 A75": a hyphen or a digit makes an acronym, not a word)."""
    words = [w.strip(",;:") for w in name.split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or not all(w.isupper() for w in words):
        return False
    return any(len(w.strip(".")) >= 5 and w.strip(".").isalpha() for w in words) or any(
        w.lower().strip(".") in _HEADING_WORDS for w in words)


_GLUED_AFTER = re.compile(r"[\"“”«»]?[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]")  # 'SARKOZY"Les', 'SARKOZYLes': the next sentence glued on


_AFTER_SENTENCE_END = re.compile(r"(?:^|[.!?…\"“”»])[\s\-–—•♦►*]*$")  # a heading's line once stood here
_NEW_SENTENCE = re.compile(r"[\s?!:\-–—]*(?:[\"“«]|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")


def _glued(text: str, start: int, end: int) -> bool:
    """The run ``text[start:end]`` is glued into the text as a heading whose line break the source lost:
    right after a sentence's end with no space ('débat".MÊME EN DÉSACCORD', 'Instagram.PREMIÈRE VISITE'),
    with the next sentence right after it ('DÉFEND SARKOZY"Les uns', 'UN SCANDALE ABSOLU"Dans'), or
    alone between two sentences ('… depuis mai. NICOLAS X DÉGRINGOLE La cote de …'); never a name in
    capitals inside a sentence ('a réagi l'OLYMPIQUE LYONNAIS dans un communiqué')."""
    before = start > 1 and text[start - 1] in _GLUE_MARKS and not text[start - 2].isspace()
    return before or bool(_GLUED_AFTER.match(text, end)) or (
        bool(_AFTER_SENTENCE_END.search(text, max(0, start - 6), start)) and bool(_NEW_SENTENCE.match(text, end)))


def _in_heading(text: str, s: int, e: int) -> bool:
    """The upper-case mention ``text[s:e]`` is a word or more of a heading: the run of upper-case
    words it stands in, commas too ("BERTRAND" in "MÊME CRITIQUÉ, VERDIER DÉFEND BERTRAND", "ABSURDE" in
    "ABSURDE, COÛTEUX ET INJUSTE"), glued into the text where the source lost its line breaks. Upper-case
    names written in a sentence stay names: a list of acronyms ("(CFDT, CGT, UNSA, SOLIDAIRES)", "Le
    MEDEF, FNSEA et CPME"), a name in capitals ("l'OLYMPIQUE LYONNAIS", "M. MACRON", "LE PEN")."""
    if not text[s:e].isupper():
        return False
    before = _UPPER_BEFORE.search(text, max(0, s - 200), s)
    after = _UPPER_AFTER.match(text, e)
    start, end = before.start() if before else s, after.end() if after else e
    words = text[start:end].split()
    while len(words) > 1 and len(words[0]) == 1:
        words.pop(0)  # "À BFM TV, il a dit": a capital preposition opening the sentence, not a heading's
    if not _heading(" ".join(words)):
        return False
    # glued on, or a phrase of three words or more with a function word no name holds (« PAR », « À »,
    # « POUR »: « DES SANCTIONS PROMISES PAR X », « TAUBIRA À LA CULTURE ? »); « ET », « LE », « DE »
    # are in names too (« SNCF ET RATP », « LE PEN », « DE GAULLE »)
    return _glued(text, start, end) or (len(words) >= 3 and any(
        w.lower().strip(".,;:") in _HEADING_WORDS and w.lower().strip(".,;:") not in _NAME_WORDS for w in words))


def _field_of(char: int, fields: Sequence[tuple[Field, int, int]]) -> tuple[Field, int] | None:
    for name, offset, length in fields:
        if offset <= char <= offset + length:
            return name, offset
    return None


_PARTICLES = frozenset({"Le", "La", "De", "Du", "Des", "Da", "Di", "Van", "Von", "Ben", "El", "Al", "Mac", "Ould", "Abou"})
_GLUED_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?=[A-ZÀ-Ý][a-zà-ÿ])")  # "EchosManuel Valls": a crosshead glued to a name


# A sentence glued to the one before it where the source lost a line break ("février 2018.Le
# Conseil", "la FIVA.Pour la FIVA"): a full stop, then a capital, with no space. Ingest re-spaces
# such glue only after two lower-case letters (``ingest.parse.common._GLUED``).
_GLUED_SENTENCE_END = re.compile(r"(?<=[\w)»%])[.!?…](?=[A-ZÀ-Ý])")
_GLUED_OPENER = re.compile(r"(?:" + "|".join(re.escape(w) for w in fr.SENTENCE_OPENERS) + r")(?=\s|$)|(?:L|D)[’']")


def _glued_sentences(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The mention ``text[s:e]`` cut where it runs over a glued sentence end: the part after the
    full stop when it is a name ("2018.Le Conseil" -> "Le Conseil", "M.Reiser" -> "Reiser"), the
    part before when a sentence's first words follow ("la FIVA.Pour" -> "la FIVA", "EUR.Un bonus");
    None when nothing of a name is left ("contre X.Du côté"). Initials are no sentence end
    ("J.K. Rowling")."""
    while True:
        m = _GLUED_SENTENCE_END.search(text, s, e)
        if m is None:
            return s, e
        p = m.start()
        word = len(text[s:p].split()[-1]) if text[s:p].split() else 0
        opener = _GLUED_OPENER.match(text, p + 1, e)
        if word < 2 and not opener:
            if text[s:p].strip() + "." not in fr.PERSON_HONORIFICS:
                return s, e  # "J.K. Rowling", "Formula E.Hugo Boss": an initial or a letter, not a sentence's end
            s = p + 1  # "M.Reiser": the honorific's
            continue
        rest = text[opener.end() : e].split() if opener else []
        if opener and (not rest or not rest[0][:1].isupper()):
            # "la FIVA.Pour", "EUR.Un bonus": a sentence's first words follow the name
            if len(text[s:p].strip(" .")) < 2:
                return None  # "X.Du"
            e = p
        else:
            s = p + 1  # "2018.Le Conseil": the name is the next sentence's


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    label: str


def _repaired_spans(doc: Any) -> list[_Span]:
    """spaCy's entity spans, with the misreadings of French names put right:

    * a name after an honorific inside a span is a person ("l'AFP Me Arielle Moreau");
    * a particle name cut in two ("Noël" + "Le Graët", "M. Le Graët" read as the organisation
      "Graët") is one person;
    * a person whose name ends with a company form or holds an institution's word ("Ricard SA",
      "Santé publique France") is an organisation.
    """
    spans = [_Span(e.start, e.end, e.label_) for e in doc.ents]
    out: list[_Span] = []
    for sp in spans:
        for i in range(sp.start + 1, sp.end - 1):
            if _is_honorific(doc[i]) and doc[i + 1].text[:1].isupper():
                sp = _Span(i + 1, sp.end, "PER")
                break
        particle = sp.start - 1 if sp.start >= 1 and doc[sp.start - 1].text in _PARTICLES else (
            sp.start if doc[sp.start].text in _PARTICLES and sp.end - sp.start >= 2 else None)
        if particle is not None and particle >= 1 and doc[particle + 1].text[:1].isupper():
            before = doc[particle - 1]
            if _is_honorific(before):
                sp = _Span(particle, sp.end, "PER")
            elif before.pos_ == "PROPN" and before.text[:1].isupper() and before.is_alpha and not before.is_upper and (
                    (out and out[-1].end == before.i + 1 and out[-1].start == before.i and out[-1].label in ("PER", "MISC"))
                    or not before.ent_type_):
                first = out.pop().start if out and out[-1].end == before.i + 1 else before.i
                sp = _Span(first, sp.end, "PER")
        if sp.label in ("LOC", "MISC") and out and out[-1].end == sp.start and out[-1].label == "ORG" and doc[sp.start - 1].whitespace_ \
                and _after_body_noun(doc, out[-1].start):
            out.append(_Span(out.pop().start, sp.end, "ORG"))  # "le groupe Socri Reim" read as two names: one body's
            continue
        if sp.label != "ORG" and _after_body_noun(doc, sp.start) and not (sp.label == "PER" and _given_name(doc[sp.start])):
            # "l'université américaine Johns Hopkins"; "le collectif X dimanche 9 juin dans un
            # communiqué" read as one name: the body's ends before the date
            end = next((i for i in range(sp.start + 1, sp.end) if doc[i].text.lower() in _DATE_WORDS), sp.end)
            out.append(_Span(sp.start, end, "ORG"))
            continue
        if sp.label == "PER" and _account_name(doc, sp.start) and sp.end - sp.start > 1:
            out.append(_Span(sp.start + 1, sp.end, "MISC"))  # "son compte Instagram Balconsonores": an account, no person
            continue
        if sp.label == "PER":
            words = [name_key(t.text) for t in doc[sp.start : sp.end]]
            if (doc[sp.end - 1].text in fr.COMPANY_FORMS and sp.end - sp.start > 1) or any(w in _INSTITUTION_WORDS for w in words):
                sp = _Span(sp.start, sp.end, "ORG")
        out.extend(_people_in(doc, sp))
    # "Bruno" + "Le Maire a insisté": a given name the model read alone, the particle name after it
    # read as an article and a noun; one person ("Bruno Le Maire", "Gilles Le Gendre")
    for n, sp in enumerate(out):
        j = sp.end
        if sp.label == "PER" and sp.end - sp.start == 1 and _given_name(doc[sp.start]) and j + 1 < len(doc) \
                and doc[j].text in ("Le", "La") and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha and not doc[j + 1].is_upper \
                and doc[sp.start].whitespace_ and doc[j].whitespace_ and not any(o.start <= j + 1 < o.end for o in out):
            out[n] = _Span(sp.start, j + 2, "PER")
    # a given name the model missed or read as a thing or a place ("Rose, mariée et mère de trois
    # enfants" read as one work) where the text presents it as a person's: that person, the name alone
    out = [_Span(sp.start, sp.start + 1, "PER") if sp.label in ("MISC", "LOC") and 2 <= sp.start < len(doc) - 1
           and _lone_given_name(doc, sp.start) else sp for sp in out]
    taken = {i for sp in out for i in range(sp.start, sp.end)}
    lone = [_Span(i, i + 1, "PER") for i in range(2, len(doc) - 1) if i not in taken and _lone_given_name(doc, i)]
    return sorted(out + lone, key=lambda sp: sp.start) if lone else out


def _account_name(doc: Any, start: int) -> bool:
    """The span at ``start`` opens on a social network's name after a noun of an account ("son compte
    Instagram Balconsonores", ``fr.SOCIAL_NETWORKS``, ``fr.ACCOUNT_NOUNS``): what follows is the account's name."""
    return start >= 1 and name_key(doc[start].text) in fr.SOCIAL_NETWORKS and doc[start - 1].text.lower() in fr.ACCOUNT_NOUNS


def _lone_given_name(doc: Any, i: int) -> bool:
    """A given name alone the model read as no name, where the text presents it as a person's: between
    commas after a noun of a person ("sa mère, Rose, mariée"; ``fr_quotes.PRIVATE_PERSON_NOUNS``, roles
    and other nouns of people), or after a people's name after a determiner ("le Français Pierre
    logeait"). Given names that are also words ("Rose", "Pierre") count here, the context telling."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and name_key(tok.text) in _ANY_GIVEN_NAME):
        return False
    before, after = doc[i - 1], doc[i + 1]
    # the noun phrase opens its clause ("a perdu son fils, Fabrice, dans l'attaque": one named in passing)
    if before.text == "," and after.text in (",", ".", ";", ")"):
        noun = doc[i - 2].text.lower()
        return doc[i - 2].is_lower and (noun in fr_quotes.PRIVATE_PERSON_NOUNS or noun in fr.ROLE_NOUNS or noun in fr_quotes.PERSON_NOUNS) \
            and not _plural(doc[i - 2]) and doc[i - 3].pos_ == "DET" and _opens_clause(doc, i - 3)
    return (before.text[:1].isupper() and before.is_alpha and before.text.lower().endswith(fr.DEMONYM_ENDINGS)
            and doc[i - 2].text.lower() in ("le", "la", "l'", "l’") and not after.text[:1].isupper() and _opens_clause(doc, i - 2))


def _opens_clause(doc: Any, i: int) -> bool:
    """The token at ``i`` opens its sentence or follows a punctuation mark: the noun phrase it opens is
    the subject of what follows, the person the sentence is about."""
    return i == 0 or (i > 0 and (doc[i].is_sent_start or doc[i - 1].is_punct or doc[i - 1].is_space))


_BODY_NOUNS = fr.BODY_KIND_NOUNS


def _after_body_noun(doc: Any, start: int) -> bool:
    """The name at ``start`` follows a common noun of a body's kind, with adjectives at most, after
    a determiner ("la compagnie aérienne Transavia", "l'université américaine Johns Hopkins", "les
    laboratoires Servier", ``fr.BODY_KIND_NOUNS``): an organisation's name. Not after a comma or a
    preposition ("le groupe, Danone", "le groupe de Vincent Bolloré"), nor a noun in a name
    ("Groupe Renault")."""
    i = start - 1
    k = 0
    while i >= 0 and k < 2 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i, k = i - 1, k + 1
    if i < 1 or doc[i].text not in _BODY_NOUNS:
        return False
    det = doc[i - 1]
    return det.pos_ == "DET" or det.text.lower() in ("du", "des", "au", "aux")


def _plain(word: str) -> str:
    return strip_accents(word.lower())


_GIVEN_NAMES = frozenset(_plain(n) for n in fr.GIVEN_NAMES | fr.GIVEN_NAMES_ABROAD)
# given names, also those that are words or places ("Rose", "Pierre"), folded: for a name alone where
# the text presents it as a person's (``_lone_given_name``)
_ANY_GIVEN_NAME = frozenset(name_key(n) for n in fr.GIVEN_NAMES | fr.GIVEN_NAMES_ABROAD) | fr_quotes.FEMININE_FIRST_NAMES \
    | fr_quotes.MASCULINE_FIRST_NAMES
_NAMED_AFTER = frozenset(_plain(n) for n in fr.NAMED_AFTER_NOUNS)
_CASE_NOUNS = frozenset(_plain(n) for n in fr.CASE_NOUNS)


def _given_name(tok: Any) -> bool:
    word = _plain(tok.text)
    return tok.text[:1].isupper() and not tok.is_upper and (word in _GIVEN_NAMES or word.split("-")[0] in _GIVEN_NAMES)


_NAME_WORD = re.compile(r"(?:(?:" + "|".join(fr.NAME_PREFIXES) + r")-)?[A-ZÀ-Ý][\w’'.]*(?:-[\w’'.]+)*")  # "Ki-moon", "al-Sarraj"


def _name_like(doc: Any, start: int, end: int) -> bool:
    """Capitalised words (and a name's particles: "de", "von", "al-"), two to four, as a person's name is written."""
    words = doc_text(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)].split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or doc[start].pos_ in ("DET", "ADP"):
        return False  # "La France insoumise"
    return all((_NAME_WORD.fullmatch(w) and not w.isupper() and not any(c.isdigit() for c in w)) or w.lower() in fr.NAME_PARTICLES
               for w in words)


def _title_before(doc: Any, start: int) -> bool:
    """A person's title or honorific just before a name: "M. Sarraj", "le Premier ministre libyen
    Fayez al-Sarraj", "l'avocate, Léa Martin" (a role noun, then only adjectives)."""
    i = start - 1
    if i >= 0 and doc[i].text in fr.PERSON_HONORIFICS:
        return True
    if i >= 0 and doc[i].text == ",":
        i -= 1
    k = 0
    while i >= 0 and k < 3 and doc[i].pos_ == "ADJ" and doc[i].text[:1].islower() and doc[i].text.lower() not in fr.ROLE_NOUNS:
        i, k = i - 1, k + 1
    return i >= 0 and (doc[i].text.lower() in fr.ROLE_NOUNS or doc[i].lemma_.lower() in fr.ROLE_NOUNS) and doc[i].text[:1].islower()


_OFFICE_HEADS = frozenset(fr.ROLE_NOUNS) - fr.ROLE_NOUNS_NOT_ONLY_PEOPLE


def _presented_as_person(doc: Any, start: int, end: int) -> bool:
    """The article presents the name ``doc[start:end]`` (capitalised words, as a person's name is
    written) as a person by a role in apposition, whatever type the model gave it:

    * a role with its complement before it, then a comma ("le directeur général de l'OMS, Tedros
      Adhanom Ghebreyesus,"); without the comma, the name may be the complement or a thing's
      name ("le maire de Rio de Janeiro", "le président du club Olympique Lyonnais"), and one
      of those read as a person's cost a speaker where "la députée du Morbihan Anne Kerbrat"
      gained two: left to the model;
    * a role in apposition after it ("Aminata Kone, la ministre de la Santé,"), not one opened
      by an indefinite article ("le collège Sainte Marie, un professeur de sport,": someone else).

    The role noun is a singular one that only a person holds: a plural announces a list ("les
    dirigeants de l'entreprise, Air France et KLM"), and "leader", "candidate", "gardien" are
    said of companies, cities and courts ("Air France, leader du secteur,"). A name holding an
    institution's word ("Fédération française de football") is never a person's."""
    if any(name_key(t.text) in _INSTITUTION_WORDS for t in doc[start:end]):
        return False
    if doc[start].pos_ in ("VERB", "AUX"):
        return False  # "Rencontrant Marine Le Pen, le président, …": a participle glued to a name
    if start > 1 and doc[start - 1].text == "," and (end >= len(doc) or doc[end].text in _APPOSITION_ENDS):
        # "le directeur général de l'OMS, X,": the name closes the apposition of a role whose
        # complement ends on a name or an adjective; after a common noun it is that noun's
        # ("le porte-parole de la compagnie, Air Austral,", "le directeur de la filiale, X"), and
        # a name followed by « et » opens a list ("Le ministre des Transports, Air France et …")
        last = doc[start - 2]
        role = _role_left(doc, start, end)
        if role and _office(role) and (last.text[:1].isupper() or last.pos_ == "ADJ" or last.text.lower() in fr.ROLE_NOUNS):
            return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "DET" and doc[end + 1].text.lower() not in _DEFINITE:
        return False  # "le collège Sainte Marie, un professeur de sport, ...": one of a list, someone else
    k = start - 1
    while k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    source = k >= 0 and (doc[k].text.lower() == "selon" or (doc[k].text.lower() == "après" and k > 0 and doc[k - 1].text.lower() in ("d'", "d’")))
    if k >= 0 and doc[k].pos_ == "ADP" and not source:
        return False  # "Interrogé sur France Inter, le ministre de …,", "Chez Air France, le directeur de …,": a clause opens after the place
    role = _role_right(doc, end)
    # a bare role ("X, le ministre, visiblement agacé,") is the next clause's subject as often as an apposition
    return role is not None and len(role.split()) > 1 and _office(role)


_APPOSITION_ENDS = frozenset({",", ".", ")", ";", ":"})


_DEFINITE = frozenset({"le", "la", "l'", "l’"})


def _office(role: str) -> bool:
    """The role's first noun is an office only a person holds ("directeur général de l'OMS")."""
    for w in role.lower().split():
        if w in fr.ROLE_NOUNS:
            return w in _OFFICE_HEADS
    return False


def _speaks(doc: Any, start: int, end: int) -> bool:
    """The span is the subject of a reporting verb ("Fayez al-Sarraj a déclaré")."""
    for t in doc[start:end]:
        if (t.head.i < start or t.head.i >= end) and t.dep_.startswith("nsubj") and t.head.lemma_.lower() in fr_quotes.CUE_VERBS:
            return True
    return False


def _people_in(doc: Any, sp: _Span) -> list[_Span]:
    """A span that is not a person's, read again as French news writes people:

    * a place or a work named like a person (capitalised words) that begins with a given name
      ("Christine Fauconnet"), or that carries a person's title ("le Premier ministre libyen Fayez
      al-Sarraj") or speaks ("Fayez al-Sarraj a déclaré"), with no article before it ("la Maison
      Blanche a indiqué" is a seat of power), is a person; an organisation so only with a title,
      or when it begins with a given name and speaks;
    * a place or a work whose first word is an institution's ("Agence régionale de santé") is an
      organisation;
    * a name the article presents as a person by a role in apposition, before it and a comma
      or after it (:func:`_presented_as_person`: "le directeur général de l'OMS, Tedros Adhanom
      Ghebreyesus,"), is a person; an organisation too;
    * a role's domain or an institution read into the name that follows ("le ministre de la
      Culture Catherine Tasca", "le secrétaire général de l'ONU Ban Ki-moon"): the name after it
      is a person's, when a given name or the role's context says so.

    Not after a noun that names a place or a thing after someone ("rue Victor Hugo")."""
    if sp.label == "PER":
        return [sp]
    before = doc[sp.start - 1] if sp.start > 0 else None
    named_after = before is not None and _plain(before.text) in _NAMED_AFTER
    if named_after:
        return [sp]
    if _name_like(doc, sp.start, sp.end) and (before is None or before.pos_ != "DET"):
        titled = _title_before(doc, sp.start)
        seat = doc_text(doc)[doc[sp.start].idx : doc[sp.end - 1].idx + len(doc[sp.end - 1].text)].lower() in fr_quotes.SEATS_OF_POWER
        speaks = not seat and _speaks(doc, sp.start, sp.end)
        given = _given_name(doc[sp.start])
        if titled or (sp.label != "ORG" and not seat and (given or speaks)) or (given and speaks):
            return [_Span(sp.start, sp.end, "PER")]
        if not seat and _presented_as_person(doc, sp.start, sp.end):
            return [_Span(sp.start, sp.end, "PER")]
    first = next((t for t in doc[sp.start : sp.end] if t.pos_ not in ("DET", "ADP", "PUNCT", "SPACE")), doc[sp.start])
    if (sp.label in ("LOC", "MISC") and name_key(first.text) in _INSTITUTION_WORDS and first.text[:1].isupper()
            and (first.whitespace_ or first.i + 1 >= sp.end)):  # not "Centre-Val de Loire"
        return [_Span(sp.start, sp.end, "ORG")]  # "Agence régionale de santé", "Parquet national financier"
    if sp.label in ("LOC", "MISC") and sp.end - sp.start == 1 and before is not None and before.text in fr.PERSON_HONORIFICS:
        return [_Span(sp.start, sp.end, "PER")]  # "M. Sarraj"
    for k in range(sp.start + 1, sp.end - 1):
        head = doc[k - 1]
        if head.text.lower() in fr.NAME_PARTICLES or head.text in ("-", "Saint", "Sainte") or _plain(head.text) in _NAMED_AFTER:
            continue
        if head.pos_ == "ADP" and head.text.islower():
            continue  # "Comité pour Oumar Diallo", "Prix contre l'oubli X": a thing's name holding a person's
        opener = name_key(doc[sp.start].text) in _ROLE_DOMAINS or (doc[sp.start].is_upper and len(doc[sp.start].text) > 1)
        if _name_like(doc, k, sp.end) and (_given_name(doc[k]) or (k == sp.start + 1 and opener and _in_role_context(doc, sp.start))):
            person = _Span(k, sp.end, "PER")
            if any(t.text.lower() in fr.ROLE_NOUNS for t in doc[sp.start : k]) or (k == sp.start + 1 and name_key(doc[sp.start].text) in _ROLE_DOMAINS):
                return [person]  # "Le Premier ministre libyen Fayez al-Sarraj", "la Santé": the role's, read by _role_left
            return [_Span(sp.start, k, sp.label), person]
    return [sp]


_INSTITUTION_WORDS = frozenset(name_key(w) for w in fr.INSTITUTION_WORDS)
_FOLDED_PARTICLES = frozenset(name_key(p) for p in _PARTICLES)  # "Le Graët" is the short form of "Noël Le Graët"


def _mentions(doc: Any, fields: Sequence[tuple[Field, int, int]]) -> list[_Mention]:
    found: list[_Mention] = []
    sentence_starts = frozenset(s.start for s in doc.sents)  # once: Token.is_sent_start rescans the doc
    for order, ent in enumerate(_repaired_spans(doc)):
        etype = LABELS.get(ent.label)
        if etype is None:
            continue
        cleaned = _clean_span(doc, ent, etype)
        if cleaned is None:
            continue
        start, end, role = cleaned
        person_role = etype == "person" and role is not None and any(w in fr.ROLE_NOUNS for w in role.lower().split())
        outlet = None if person_role else _outlet(doc, start, end, etype)  # not "l'hebdomadaire Marianne"
        if outlet is not None:
            start, end = outlet  # "le Journal du Dimanche" read as "Journal", "20 Minutes" as "Minutes"
            etype, role = "organisation", None
        titled = start > 0 and doc[start - 1].text in fr.PERSON_HONORIFICS and outlet is None and (
            end - start == 1 and doc[start].is_alpha and doc[start].text[:1].isupper() and not doc[start].is_upper or _name_like(doc, start, end))
        if titled:
            etype = "person"  # "a regretté M. Pepy", "selon le Dr Vella" read as places: an honorific names a person
        first, last = doc[start], doc[end - 1]
        s, e = first.idx, last.idx + len(last.text)
        where = _field_of(s, fields)
        if where is None or e > where[1] + next(n for f, o, n in fields if f == where[0]):
            continue
        glued = _GLUED_WORD.match(doc_text(doc), s) if etype == "person" else None
        if glued and glued.end() < e:
            s = glued.end()
        cut = _glued_sentences(doc_text(doc), s, e)
        if cut is None:
            continue
        s, e = cut
        if not titled and outlet is None and _HONORIFIC_GLUED.search(doc_text(doc), max(0, s - 4), s) and " " not in doc_text(doc)[s:e].strip():
            titled, etype = True, "person"  # "a regretté M.Pepy": the honorific glued to the name
        name = " ".join(doc_text(doc)[s:e].split()).strip("\"“”«»'’ ")
        if _misfire(doc, start, end, name, etype, sentence_starts) or (where[0] == "body" and _in_heading(doc_text(doc), s, e)):
            continue
        if etype == "person":
            role = role or _role_left(doc, start, end) or _role_right(doc, end) or _role_copula(doc, end)
        found.append(_Mention(where[0], s - where[1], e - where[1], name, etype, end - start, role, order, outlet is not None, titled))
    return found


_OUTLET_KEYS = frozenset(name_key(w) for w in fr_quotes.NEWS_OUTLETS)
_HONORIFIC_GLUED = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(h) for h in sorted(fr.PERSON_HONORIFICS, key=len, reverse=True) if h.endswith(".")) + r")$")
_LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l) ")
_ARTICLE_WRITTEN = re.compile(r"(?:le|la|les) |l['’]", re.IGNORECASE)  # "Le Parisien", "L'Opinion"; not "L.Jean-Marc X"
_OUTLET_INNER = frozenset({"-", "'", "’", "."})
_OUTLETS_ALSO_WORDS = frozenset(name_key(w) for w in fr.OUTLETS_ALSO_WORDS)


def _outlet_key(text: str) -> bool:
    key = name_key(text)
    return key in _OUTLET_KEYS or _LEADING_ARTICLE.sub("", key) in _OUTLET_KEYS


def _outlet(doc: Any, start: int, end: int, etype: EntityType) -> tuple[int, int] | None:
    """The news outlet (``fr_quotes.NEWS_OUTLETS``) that the mention ``doc[start:end]`` names, as
    the text writes it whole: the mention with at most the capitalised word or number before it
    ("20 Minutes") and three words after it ("Journal du Dimanche", "Voix du Nord"); None when the
    mention names no outlet. An outlet is an organisation, whatever type the model gave it
    ("Franceinfo", "Le Parisien" read as places, "Midi Libre" as a person). A single word that is
    also a given name ("Marianne") is the outlet's only after "selon", an outlet's noun or a
    reporting verb ("révèle Marianne", "l'hebdomadaire Marianne"), and so is a name that is also a place's
    or a word (``fr.OUTLETS_ALSO_WORDS``: "dans le Sud-Ouest"); a person's role makes it a person."""
    text = doc_text(doc)
    best: tuple[int, int] | None = None
    before = doc[start - 1] if start > 0 else None
    firsts = [start] + ([start - 1] if before is not None and (before.text[:1].isupper() or before.like_num)
                        and (before.whitespace_ or before.text[-1:] in ("'", "’")) else [])  # "20 Minutes", "L'Opinion"
    for a in firsts:
        for b in range(end, min(len(doc), end + 3) + 1):
            if any(t.is_punct and t.text not in _OUTLET_INNER or t.is_space for t in doc[a:b]) or not doc[b - 1].text[:1].isalnum():
                continue
            if _outlet_key(text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1].text)]) and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
    if best is None:
        return None
    key = name_key(text[doc[best[0]].idx : doc[best[1] - 1].idx + len(doc[best[1] - 1].text)])  # "L'Opinion" whole, "Opinion" alone
    if (key in _OUTLETS_ALSO_WORDS or (etype == "person" and best[1] - best[0] == 1 and _given_name(doc[best[0]]))) \
            and not _outlet_cue(doc, best[0]):
        return None
    return best


def _outlet_cue(doc: Any, start: int) -> bool:
    """The words before ``start`` point to a news outlet: "selon (le)", an outlet's noun
    ("l'hebdomadaire"), a reporting verb ("révèle", "a confié au"), or the part of an outlet that
    reports and "de" ("les informations du", "dans les colonnes de")."""
    k = start - 1
    while k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 0:
        return False
    word = doc[k].text.lower()
    if word == "selon" or word in fr_quotes.OUTLET_NOUNS or doc[k].lemma_.lower() in fr_quotes.CUE_VERBS:
        return True
    if word in ("de", "du", "d'", "d’", "au", "à") and k >= 1:
        prev = doc[k - 1]
        return prev.text.lower() in fr.OUTLET_PART_NOUNS or prev.lemma_.lower() in fr_quotes.CUE_VERBS
    return False


def _known_name_tail(m: _Mention, full_keys: set[str], text: str) -> bool:
    """Cut a person's mention to the full name it ends with when the article names that person
    elsewhere and the words before it are no part of a name: a description the model read into the
    name ("maréchal libyen Khalifa Haftar"), or a capitalised word glued on where the source lost a
    line break or a punctuation mark, before a name that opens on a given name ("le député Constructif
    Thierry Solère", "de Continental Xavier Mathieu"). Not a given name before it ("Jean Pierre
    Raffarin" is not "Pierre Raffarin"), nor a particle ("Marine Le Pen" is not "Le Pen"), nor a
    capitalised word before a name that may not open on a given name ("Latifa Ibn Ziaten")."""
    words = m.name.split(" ")
    for j in range(1, len(words) - 1):
        tail = " ".join(words[j:])
        key = name_key(tail)
        if key not in full_keys or key == name_key(m.name):
            continue
        lead, first = words[j - 1], words[j]
        if _plain(lead) in _GIVEN_NAMES or _plain(lead.split("-")[-1]) in _GIVEN_NAMES or lead.lower() in fr.NAME_PARTICLES \
                or name_key(lead) in _FOLDED_PARTICLES:
            return False
        if not (lead[:1].islower() or _plain(first) in _GIVEN_NAMES or _plain(first.split("-")[0]) in _GIVEN_NAMES):
            return False  # "Latifa Ibn Ziaten" is not "Ibn Ziaten": a capitalised word before a name not known to begin with a given name
        at = text.find(tail, m.start, m.end)
        if at < 0:
            return False
        m.start, m.name = at, tail
        return True
    return False


def _acronym(name: str) -> str:
    words = [w for w in _ACRONYM_CUTS.split(name) if w and (w[0].isupper() or len(w) > 3)]
    return "".join(w[0].upper() for w in words if w.lower() not in ("de", "du", "des", "la", "le", "les", "et", "pour"))


def article_entities(doc: Any, fields: Sequence[tuple[Field, int, int]], text_of: dict[Field, str]) -> tuple[EntityRef, ...]:
    """The entities of one article from its spaCy doc.

    ``fields`` gives each field's offset and length in the doc's text, ``text_of`` the fields.
    """
    mentions = _mentions(doc, fields)
    groups: dict[str, list[_Mention]] = defaultdict(list)

    full_people: list[tuple[int, str, list[str]]] = []  # (order, key, folded tokens)
    for m in mentions:
        if m.type == "person" and m.tokens >= 2:
            full_people.append((m.order, name_key(m.name), name_key(m.name).split()))

    full_keys = {k for _, k, toks in full_people if toks[0] not in _FOLDED_PARTICLES}
    cut = [m for m in mentions if m.type == "person" and m.tokens >= 3 and _known_name_tail(m, full_keys, text_of[m.field])]
    if cut:  # "Vive Sibeth Ndiaye" is Sibeth Ndiaye: the short forms go to the name as cut
        full_people = [(m.order, name_key(m.name), name_key(m.name).split()) for m in mentions if m.type == "person" and m.tokens >= 2]

    last_names = {toks[-1] for _, _, toks in full_people}
    for m in mentions:
        key = name_key(m.name)
        parts = key.split()
        if m.type in ("organisation", "other") and len(parts) == 1 and key in last_names and m.name[:1].isupper() and not m.name.isupper():
            m.type = "person"  # "Graët" read as an organisation where "Noël Le Graët" is named
        if m.type == "person" and (not any(k == key for _, k, _ in full_people) or parts[0] in _FOLDED_PARTICLES):
            candidates = [(o, k) for o, k, toks in full_people if len(toks) > len(parts) and toks[-len(parts):] == parts]
            if candidates:
                before = [c for c in candidates if c[0] < m.order]
                key = (max(before) if before else min(candidates))[1]
        elif m.type != "person" and _ARTICLE_WRITTEN.match(m.name):
            key = _LEADING_ARTICLE.sub("", key) or key  # "Le Parisien" and "du Parisien", "Les Républicains" and "des Républicains": one name
        groups[key].append(m)

    # "20 Minutes" and "Minutes" (the number glued to the word before it, "et pour cause.20 Minutes"): an
    # outlet named by a number and a word is the one its word names, in an article that names it whole
    outlets = [k for k in groups if groups[k][0].type != "person" and k in _OUTLET_KEYS and " " in k and k.split(" ", 1)[0].isdigit()]
    for key in list(groups):
        whole = [k for k in outlets if k.split(" ", 1)[1] == key]
        if len(whole) == 1 and all(m.type != "place" for m in groups[key]):
            groups[whole[0]].extend(groups.pop(key))

    # "Organisation du traité de l'Atlantique nord (OTAN)": the acronym joins the long name.
    for key in list(groups):
        ms = groups.get(key)
        if not ms or ms[0].type == "person":
            continue
        for m in ms:
            text = text_of[m.field]
            after = _ACRONYM_AFTER.match(text[m.end : m.end + 20])
            if after:
                acr = name_key(after.group(1))
                if acr in groups and acr != key:
                    groups[key].extend(groups.pop(acr))
        acr = name_key(_acronym(ms[0].name)) if len(ms[0].name.split()) >= 3 else ""
        if acr and acr in groups and acr != key and groups[acr][0].type != "person":
            groups[key].extend(groups.pop(acr))

    refs: list[EntityRef] = []
    for ms in groups.values():
        ms.sort(key=lambda m: m.order)
        etype = Counter(m.type for m in ms).most_common(1)[0][0]
        if etype != "person" and any(m.type == "person" and m.role and m.tokens >= 2 for m in ms):
            etype = "person"  # the article presents the name as a person's once ("le directeur de l'OMS, X,"): so it is
        if etype != "person" and any(m.titled for m in ms) and not any(m.outlet for m in ms):
            etype = "person"  # "M. Pepy" once: "Pepy" read as a place elsewhere is the same person
        if etype != "organisation" and any(m.outlet for m in ms):
            etype = "organisation"  # "l'hebdomadaire Marianne" once: "Marianne" is the outlet in all its mentions
        forms = Counter(m.name for m in ms)
        name = max(forms, key=lambda f: (len(f.split()) if etype == "person" else 0, forms[f], len(f)))
        if etype != "person":
            # an outlet is named with its article ("Le Parisien", "L'Opinion"), written so once at least
            titled = [f for f in forms if f[:1].isupper() and name_key(f) in _OUTLET_KEYS and _LEADING_ARTICLE.match(name_key(f))
                      and _LEADING_ARTICLE.sub("", name_key(f)) == _LEADING_ARTICLE.sub("", name_key(name))]
            name = max(titled, key=lambda f: forms[f]) if titled else name
        roles = tuple(dict.fromkeys(m.role for m in ms if m.role))
        refs.append(EntityRef(
            name=name, type=etype, aliases=tuple(sorted(forms)), roles=roles,
            mentions=tuple(Mention(m.field, m.start, m.end, m.name) for m in ms),
        ))
    refs.sort(key=lambda r: (-len(r.mentions), r.name))
    return tuple(refs)

