"""Stage 5a: the statements of a story's articles, with what alignment compares.

A statement is a sentence of the title, lead or body, or a clause where a sentence joins several
facts (at a semicolon, ", tandis que", ", mais"…), never cut inside a quotation. Each keeps its
offsets, its content lemmas (folded, numbers out: a figure is a value, not a word), one word
vector per lemma, the values it gives (counts with their unit and qualifier, dates, times,
durations, from the article's normalised time expressions), the entities it names and the
speaker of a quotation in it.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from recoupe.crosscheck.features import Features, FieldTokens, analyse
from recoupe.crosscheck.types import Bound, Statement, Value
from recoupe.enrich.events import event_date
from recoupe.enrich.timex import duration_seconds
from recoupe.lang.fr import MODEL, MONTHS, WEEKDAYS
from recoupe.lang.fr_compare import (
    APPROX,
    APPROX_NUMBER_WORDS,
    AT_LEAST,
    AT_MOST,
    CHANGE_WINDOW,
    CHANGE_WORDS,
    CLAUSE_BREAKS,
    CLOCK_OPENERS,
    COORDINATORS,
    DELAY_ARTICLES,
    DELAY_OPENERS,
    FIGURE_ADJECTIVES,
    MULTIPLIERS,
    NOT_STATEMENTS,
    NUMBER_WORDS,
    SAYING,
    STREET_TYPES,
    SUBJECT_PRONOUNS,
    UNIT_FORMS,
)
from recoupe.lang.fr_quotes import (
    DE_UNELIDED,
    DE_WITHOUT_ARTICLE,
    ELIDED_ARTICLES,
    QUE_FORMS,
    SENTENCE_ENDS,
)
from recoupe.lang.fr_statements import (
    BULLETS,
    CAPITALS,
    CHANGE_SPAN_PREPOSITION,
    COLON_OPENERS,
    COUNTED_NOUN_LINKS,
    COUNTED_UNITS_JOINER,
    CROSSHEAD_NAME_WORDS,
    CROSSHEAD_NOT_LAST,
    CROSSHEAD_OPENERS,
    CROSSHEAD_WORDS,
    DE_ELIDED,
    FIGURE_UNIT_SIGNS,
    GLUED_AFTER_OPENER,
    GLUED_CREDIT,
    GLUED_INTERTITLE,
    GLUED_POINT,
    GLUED_QUOTE,
    GLUED_SENTENCE,
    GLUED_TOKEN_CHARS,
    HOOK_BREAKS,
    HOOK_CLAUSE_WORDS,
    HOOK_PASSING,
    HOOK_PATTERNS,
    HOOK_WORDS,
    HOUR_FORMS,
    IMPERATIVE_ENDINGS,
    INFINITIVE_FROM_FORM,
    INTERVIEW_QUESTIONS,
    LETTERS,
    NE_FORMS,
    NOT_CLAUSE_QUE,
    PAGE_CODE,
    PAGE_LINES,
    PLURAL_ENDINGS,
    POLL_NOTES,
    POLL_POPULATION,
    RELATIVE_PRONOUNS,
    REMARK_OPENERS,
    REMARK_WORDS,
    SENTENCE_OPENING_WORDS,
    SIGNATURE,
    SMALL_LETTERS,
    STREET_NAME_LINKS,
    STREET_NAME_OPENERS,
    TAIL_OPENERS,
    VERB_CLITICS,
    VERBS_AFTER_A_NAME,
    VERDICT_LEADINS,
)
from recoupe.lang.fr_time import NARRATIVE_DAYS, PARTS_OF_DAY, RELATIVE_DAYS
from recoupe.models import Article, Field, Timestamp
from recoupe.normalise import text_key

_CONTENT = ("NOUN", "PROPN", "VERB", "ADJ")


def _word(lemma: str, text: str, alpha: bool) -> str | None:
    """The form a token is compared by (``lemma``), or None when it is no word: a token of letters,
    one with the plus signs agencies write around words quoted inside a quotation left out
    (« " Alors j'ai dit +Ralentissez le dépistage+ " »: « dépistage »)."""
    if alpha:
        return lemma
    bare = text.strip("+")
    if bare != text and len(bare) >= 2 and bare.isalpha():
        return lemma.strip("+") or bare
    return None


MIN_WORDS = 4
_OPEN, _CLOSE = "«“", "»”"
_SENT_END = re.compile(r"(?<=[.!?…»])\s+(?=[«“\"" + CAPITALS + r"0-9])")
# a figure, not the number of a name ("Covid-19", "F-15", "A380" are names); thousands are set
# apart by a space or, in agency copy, by a dot ("360.000 personnes": French decimals take a comma)
_NUM = re.compile(
    r"(?<![\w.,])(?<![" + LETTERS + r"]-)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+)(?:,(\d+))?"
    r"(?![\w-]*[A-Z" + SMALL_LETTERS + r"](?<!m²))"
    r"(?:[ \u00a0\u202f]*(" + "|".join(sorted(MULTIPLIERS, key=len, reverse=True)) + r")\b)?"
    r"(?:[ \u00a0\u202f]*(" + FIGURE_UNIT_SIGNS + "))?"
)
_STREET = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(STREET_TYPES, key=len, reverse=True)) + r")\s+"
    r"((?:(?:" + STREET_NAME_OPENERS + r")\s*)?(?:\d+[ \u00a0]|[" + CAPITALS + r"][\w'’-]*)(?:[ \u00a0](?:[" + CAPITALS + r"][\w'’-]*|"
    + "|".join(STREET_NAME_LINKS) + r"|(?:" + "|".join(ELIDED_ARTICLES) + r")[" + CAPITALS + r"][\w'’-]*))*)",
)
# a time expression that names its day (a clock time alone is read on the article's day)
_NAMES_DAY = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted([*WEEKDAYS, *RELATIVE_DAYS, *NARRATIVE_DAYS, *MONTHS], key=len, reverse=True)))
                        + r")(?!\w)|\b\d{1,2}/\d{1,2}\b", re.I)

_WORD_NUM = re.compile(r"(?<![\w-])(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?![\w-])", re.I)

_nlp: Any = None
_loading = threading.Lock()


def load_model() -> Any:
    """The French pipeline for lemmas and vectors (no parser, no NER: the article's entities are
    stored), loaded once per process (a server may start loading it in the background)."""
    global _nlp
    with _loading:
        if _nlp is None:
            import spacy

            _nlp = spacy.load(MODEL, exclude=["parser", "ner", "senter"])
    return _nlp


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of a title or lead (the body's come from the language model at ingest)."""
    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


_CLOSING_STRAIGHT = re.compile(r'(?<=\S)"(?=[\s,.;:!?)]|$)')


def _quote_depth(text: str) -> list[int]:
    """How deep in quotation marks each character of a sentence stands. A sentence that closes
    more quotations than it opens began inside one (a quotation of several sentences: "…, et
    neuf sont en situation grave", a déclaré…)."""
    d = max(0, sum(text.count(c) for c in _CLOSE) - sum(text.count(c) for c in _OPEN))
    straight = text.count('"') % 2 == 1 and bool(_CLOSING_STRAIGHT.match(text, text.find('"')))
    depth = []
    for ch in text:
        if ch in _OPEN:
            d += 1
        elif ch in _CLOSE:
            d = max(0, d - 1)
        elif ch == '"':
            straight = not straight
        depth.append(d + straight)
    return depth


def _paren_depth(text: str) -> list[int]:
    depth, d = [], 0
    for ch in text:
        if ch == "(":
            d += 1
        elif ch == ")":
            d = max(0, d - 1)
        depth.append(d)
    return depth


def question(text: str) -> bool:
    """Whether a sentence asks (its last mark, closing quotation marks and brackets aside, is "?").
    So does a quotation that asks and is the whole sentence, the stop French sets after its
    closing mark aside (« "Qui paiera ?". », or the end of one begun before: « Et après ?". »);
    not a sentence that quotes a question inside what it states (« Le texte est intitulé "Faut-il
    partir ?". »)."""
    t = text.strip()
    opens_the_last = (t[0] in "«“" and not any(c in t[1:-2] for c in "«“»”")) or (t[0] == '"' and t.count('"') == 2)
    if t.endswith(".") and t[-2:-1] in ("»", '"', "”") and (opens_the_last or not any(c in t[:-2] for c in "«“")
                                                            and t.count('"') == 1):
        t = t[:-1]
    return t.rstrip(" »\"”)").endswith("?")


def _key_in_place(text: str) -> str:
    """``text_key`` of a text with one character for each of its characters, so that an offset in
    the key is one in the text: a ligature folded to two letters (« cœur », « Œuvre ») or a
    character the folding drops (a combining accent) would move every offset after it."""
    key = text_key(text)
    if len(key) == len(text):
        return key
    return "".join((text_key(c) or c)[0] for c in text)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a sentence where it joins two facts, outside quotation marks and brackets, when both
    sides are long enough to state something; a question is not cut (none of its clauses states
    anything: "Faut-il rouvrir les écoles en mai, alors que le virus circule encore ?")."""
    piece = text[start:end]
    if question(piece):
        return [(start, end)]
    depth = [q + p for q, p in zip(_quote_depth(piece), _paren_depth(piece), strict=True)]
    cuts = []
    low = _key_in_place(piece)
    for mark in CLAUSE_BREAKS:
        i = low.find(mark)
        while i >= 0:
            if depth[i] == 0:
                cuts.append((i, i + (2 if mark.startswith(", ") else 1)))
            i = low.find(mark, i + 1)
    spans, pos = [], 0
    for cut, resume in sorted(cuts):
        if cut < pos:
            continue
        if len(piece[pos:cut].split()) >= 6 and len(piece[resume:].split()) >= 6:
            spans.append((pos, cut))
            pos = resume
    spans.append((pos, len(piece)))
    out = []
    for s, e in spans:
        seg = piece[s:e]
        ls = len(seg) - len(seg.lstrip(" ,;"))
        rs = len(seg) - len(seg.rstrip(" ,;"))
        if e - rs > s + ls:
            out.append((start + s + ls, start + e - rs))
    return out


_NOT_STATEMENT = re.compile("|".join((*NOT_STATEMENTS, *PAGE_LINES, *POLL_NOTES, *INTERVIEW_QUESTIONS, *VERDICT_LEADINS)))
_TAIL = re.compile("|".join(TAIL_OPENERS))
_COLON = re.compile("|".join(COLON_OPENERS))
_REMARK = re.compile("|".join(REMARK_OPENERS))
CAPTION_WORDS = 25  # a video's title before its credit is no longer than this
FRAGMENT_WORDS = 6  # a body sentence without a verb shorter than this is a label, a caption or a piece


def asserts(text: str, toks: Sequence[Any], field: Field) -> bool:
    """Whether a span states something: not a question, a prompt to follow or subscribe, a
    link list, a credit, a byline, a caption or a publication line, a quotation's speech tag cut
    off from it, a writer's lead-in to a verdict (« Pour X, l'équation est simple. »,
    ``VERDICT_LEADINS``), nor (but for a title, often
    nominal) a piece without a verb, or an intertitle in capitals."""
    if question(text) or _NOT_STATEMENT.search(text_key(text.strip().strip("()[]").strip())) or _TAIL.match(text.strip()) \
            or _COLON.match(text.strip()):
        return False
    if field == "title":
        return True
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return False
    verbs = any(t.pos_ in ("VERB", "AUX") for t in toks)
    return verbs or len(text.split()) >= FRAGMENT_WORDS


_INTERTITLE = re.compile(GLUED_INTERTITLE)
_CREDIT = re.compile(GLUED_CREDIT)
_PAGE_CODE = re.compile(PAGE_CODE)
_GLUE = re.compile(GLUED_POINT)
_STOP = re.compile(r"[.!?…][»\"”)\]]*")
_GLUED = re.compile(GLUED_SENTENCE)
_GLUED_QUOTE = re.compile(GLUED_QUOTE)
# where a sentence may start inside a span: after a small letter, a figure or a closing mark, a
# space and a word with its capital; or an opening quotation mark glued to a word or to a closing one
_RESTART = re.compile(r"(?=((?<=[" + SMALL_LETTERS + r"0-9%»\"”)]) (?=[" + CAPITALS + r"])|(?<=[»\"”]) ?[«\"“] ?(?=[" + CAPITALS
                      + r"])|(?<=[" + SMALL_LETTERS + r"])[«\"“] ?(?=[" + CAPITALS + r"])))")
_OPENER = re.compile(r"(?:" + "|".join(sorted(map(re.escape, CROSSHEAD_OPENERS), key=len, reverse=True))
                     + r")(?:(?<=['’])[" + SMALL_LETTERS + r"]| (?!(?:" + "|".join(CROSSHEAD_NAME_WORDS) + r")\b)[" + SMALL_LETTERS + r"0-9])")
# a quotation between French, curly or straight marks; its one group that matched is the words inside
QUOTATION = re.compile(r'«([^»]*)»|"([^"]*)"|“([^”]*)”')
_SIGNATURE = re.compile(SIGNATURE)


_THOUSANDS_DOT = re.compile(r"(?<=\d)\.(?=\d{3}\b)")  # « 5.000 communes »: a figure's, no stop


def crosshead(text: str, start: int, end: int) -> int:
    """Where the sentence of a span starts when an intertitle was glued before it with neither stop
    nor dash (the page's line break lost: "Des témoins entendus Le juge a…"): the intertitle is a
    few words opening the span, with no punctuation outside quotation marks (a figure's thousands
    dot is none: « 5.000 communes en attente Selon … »), not ending on a word a
    sentence goes on after, followed by a word a sentence opens on written with its capital (and a
    small letter after it: "selon Le Parisien" goes on), or by a quotation opened straight after a
    word or after another quotation ("… maintenues"Nous…", "…"" Une…"). ``start`` when there is
    none."""
    piece = text[start:min(end, start + 160)]
    for m in _RESTART.finditer(piece):
        gap = m.group(1)
        if '"' in gap and piece.count('"', 0, m.start() + gap.index('"')) % 2:
            continue  # that straight quotation mark closes a quotation
        if piece[m.start() - 1] == '"' and not piece.count('"', 0, m.start() - 1) % 2:
            continue  # the mark before the space opens one ("sont " Un éléphant…")
        head = piece[:m.start()].strip()
        words = head.split()
        if len(words) > CROSSHEAD_WORDS[1]:
            break
        if len(words) < CROSSHEAD_WORDS[0] or re.search(r"[,;:.!?(]", _THOUSANDS_DOT.sub("", QUOTATION.sub("", head))):
            continue
        if text_key(words[-1].strip("«»\"“”")) in CROSSHEAD_NOT_LAST:
            continue
        if gap == " " and not _OPENER.match(piece, m.start() + 1):
            continue  # a capital after a plain space: a name unless a sentence's opening word
        if len(text[start + m.start() + len(gap):end].split()) < MIN_WORDS:
            break
        mark = next((k for k, c in enumerate(gap) if c in "«\"“"), len(gap))
        return start + m.start() + mark  # an opening quotation mark goes with its sentence
    return start


def _glued_at(text: str, at: int) -> bool:
    """Whether a capital at ``at`` glued to the word before it opens a sentence whose line break
    was lost (``GLUED_POINT``): that word, its last part after a hyphen or an apostrophe, in small
    letters before a word a sentence opens on, or of five small letters at least before a
    capitalised word in small letters followed by another word ("easyJet" is a name, "balanceTonPorc"
    a hashtag), or capitalised or a sigle before a sentence's opening word and a determiner or a
    pronoun ("OuiCar a annoncé" is a name); never inside a handle, a hashtag, an address, code
    or a run of more than ``GLUED_TOKEN_CHARS`` characters with no space."""
    k = at
    while k > 0 and not text[k - 1].isspace():
        k -= 1
        if at - k > GLUED_TOKEN_CHARS:
            return False
    token = text[k:at].lstrip("«\"“([" + BULLETS)
    if not token or token[0] in "@#" or re.search(r"[./\\_=:\d]", token):
        return False
    last = re.split(r"['’-]", token)[-1]
    opener = _OPENER.match(text, at)
    if _SMALL_WORD.fullmatch(last):
        if opener:
            return len(last) >= 3
        return len(last) >= 5 and bool(_CAPITALISED_WORD.match(text, at))
    if opener is None or not _CAPITALISED_OR_SIGLE.fullmatch(last):
        return False
    if last.isupper():
        return True  # a sigle glued to a sentence ("BFMTVDe son côté")
    word = re.match(r"[^\s'’]+['’]?", text[at:])
    if word is None or word.group().endswith(("'", "’")):
        return True  # an elided opening word (« L'équipe », « C'est »): no name ends so
    nxt = text[opener.end() - 1:].split(maxsplit=1)
    return (any(text_key(w) in _AFTER_OPENER for w in (word.group(), *nxt[:1]))
            or bool(nxt) and nxt[0].startswith(ELIDED_ARTICLES)
            or bool(_ADVERBIAL_OPENING.match(text, at)))  # « En revanche, », « Depuis lundi, »


_CAPITALISED_WORD = re.compile(r"[" + CAPITALS + r"][" + SMALL_LETTERS + r"'’]+ [" + SMALL_LETTERS + r"]")
_SMALL_WORD = re.compile(r"[" + SMALL_LETTERS + r"]+")
_CAPITALISED_OR_SIGLE = re.compile(r"[" + CAPITALS + r"][" + SMALL_LETTERS + r"]+|[" + CAPITALS + r"]{2,}")
# an adverbial phrase closed by a comma (« En revanche, », « Depuis lundi, »), never a name and its verb
_ADVERBIAL_OPENING = re.compile(r"[" + CAPITALS + r"][" + SMALL_LETTERS + r"]+(?! (?:" + "|".join(VERBS_AFTER_A_NAME)
                                + r")\b)(?: [\w" + SMALL_LETTERS + r"'’-]+){0,2},")
_AFTER_OPENER = frozenset(text_key(w) for w in GLUED_AFTER_OPENER)


@lru_cache(maxsize=16)
def _quotation_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of the text's quotations (``QUOTATION``), once per text."""
    spans = [m.span() for m in QUOTATION.finditer(text)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def _inside_quotation(text: str, at: int) -> bool:
    starts, ends = _quotation_spans(text)
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < ends[k]


def _unglued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A piece cut where a sentence was glued to the words before it with neither stop nor space
    (``_glued_at``): a line break was lost there, and a paragraph of news ends with a stop while a
    heading does not, so the words since the last stop before the glue are an intertitle, left out,
    when they are no more than an intertitle's words (``CROSSHEAD_WORDS``) and stand outside a
    quotation; a longer run, or words inside quotation marks, are a sentence that lost its stop:
    cut there, kept."""
    out, pos = [], start
    for m in _GLUE.finditer(text, start, end):
        at = m.start()
        if at <= pos or not _glued_at(text, at):
            continue
        head = pos
        for stop in _STOP.finditer(text, pos, at):
            head = stop.end()
        if len(text[head:at].split()) > CROSSHEAD_WORDS[1] or _inside_quotation(text, at):
            head = at
        if text[pos:head].strip():
            out.append((pos, head))
        pos = at
    out.append((pos, end))
    return out


def pieces(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences as they stand in the text: an agency's intertitle glued between two sentences
    left out (it is a label, and belongs to neither), so is the credit of a video's caption glued
    after its title (the title, a question, is no statement either), and an intertitle glued before
    a sentence with neither stop nor dash, and an agency's desk signature glued after the last
    one, and an embedded player's script or an embedding's marker (``PAGE_CODE``); a sentence glued
    to an intertitle with neither stop nor space ("… toujours incertainDémarches multiples…") cut
    off it, the intertitle left out (``_unglued``), a list item's bullet too; two sentences glued
    without a space ("… sur un mois.Le
    sondage …", "… des propos "fantaisistes"Le ministère …") cut apart, the words before a closing
    mark glued so left out when they are few (a quoted intertitle: they end on no stop)."""
    # (start, end, whether it is a video's credit: the words before it in the sentence are the video's title)
    titles = sorted([(m.start(), m.end(), False) for m in (*_INTERTITLE.finditer(text), *_PAGE_CODE.finditer(text))]
                    + [(m.start(), m.end(), True) for m in _CREDIT.finditer(text)])
    out: list[tuple[int, int]] = []
    for s, e in spans:
        parts, pos = [], s
        for a, b, credit in titles:
            if a < e and s < b:
                if not (credit and len(text[pos:a].split()) <= CAPTION_WORDS):
                    parts.append((pos, max(pos, a)))
                pos = max(pos, b)
        parts.append((pos, e))
        for a, b in parts:
            quoted = {m.end() for m in _GLUED_QUOTE.finditer(text, a, b) if m.group(0) != '"' or text.count('"', 0, m.start()) % 2}
            cuts = sorted({m.end() for m in _GLUED.finditer(text, a, b)} | quoted)
            for x, y in zip([a, *cuts], [*cuts, b], strict=True):
                if y in quoted and len(text[x:y].split()) <= CROSSHEAD_WORDS[1]:
                    continue  # no stop before the sentence glued after it: a quoted intertitle, a label
                if sig := _SIGNATURE.search(text, x, y):  # an agency's desk signature glued after the last sentence
                    y = sig.start()
                for u, v in _unglued(text, x, y):
                    while u < v and (text[u].isspace() or text[u] in BULLETS):
                        u += 1
                    while v > u and (text[v - 1].isspace() or text[v - 1] in BULLETS):
                        v -= 1
                    if v > u:
                        out.append((crosshead(text, _capitals_head(text, u, v), v), v))
    return out


CAPITALS_HEAD_WORDS = 3  # words of two capitals or more an intertitle in capitals holds at least (« L'ONG SOS Méditerranée » is a name)
# an intertitle in capitals opening a span: words in capitals, ``CAPITALS_HEAD_WORDS`` of two letters at least (an apostrophe, a hyphen,
# a comma, a colon and figures within), up to the sentence's first word, capitalised, glued to it
# or after a space (« CALMELS SE JUSTIFIE Face à … », « L'OPPOSITION CIBLE MACRONCertains ont … »)
_CAPITALS_HEAD = re.compile(r"[«\"“ ]*(?:[" + CAPITALS + r"0-9'’-]+[,:]? +)+[" + CAPITALS + r"0-9'’-]*?(?=[" + CAPITALS + r"][" + SMALL_LETTERS + r"])")


def _capitals_head(text: str, start: int, end: int) -> int:
    """Where the sentence of a span starts when an intertitle written in capitals opens it, the
    page's line break lost (« LA QUESTION HULOT Nicolas Hulot s'était opposé … », « LES ERREURS DE
    WAUQUIEZLaurent Wauquiez s'est … »): the intertitle is left out, a label. ``start`` when there
    is none, or when what follows it is too short to be a statement."""
    m = _CAPITALS_HEAD.match(text, start, end)
    if m is None or len(text[m.end():end].split()) < MIN_WORDS \
            or sum(len(re.sub(r"[^" + CAPITALS + r"]", "", w)) >= 2 for w in m.group().split()) < CAPITALS_HEAD_WORDS:
        return start
    return m.end()


def spans_of(article: Article) -> list[tuple[Field, int, int]]:
    """Where the statements of an article stand: (field, start, end)."""
    out: list[tuple[Field, int, int]] = []
    if article.title:
        out.append(("title", 0, len(article.title)))
    if article.lead:
        for s, e in pieces(article.lead, _quotes_closed(article.lead, sentence_spans(article.lead))):
            out.extend(("lead", a, b) for a, b in clauses(article.lead, s, e))
    for s, e in pieces(article.body, _quotes_closed(article.body, list(article.sentences))):
        out.extend(("body", a, b) for a, b in clauses(article.body, s, e))
    return out


def _quotes_closed(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, a closing quotation mark the sentencer left at the start of the next sentence
    given back to the one it ends (``_closing_mark_after``), a speech tag cut off from its
    quotation (« ", dit-elle. ») joined back to it,
    a sentence that ends inside a quotation joined to the next when that one is too short to be
    a statement and closes the quotation (« Aubertin, merci. Direction, démission » is one banner,
    one statement), and a sentence cut where no sentence ends joined to the next: inside a bracket
    the next one closes ("… opinion de lui (54% | ; +8 points).") or inside a quotation, without a
    stop, when the next one closes it ("… deux documentaires, "Algérie | : Mon amour" et…")."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and (closed := _closing_mark_after(text, out[-1], s, e)):
            out[-1] = (out[-1][0], closed)  # « …millions. | " Alors qu'il… »: the mark ends the quotation before
            s = closed
        t = text[s:e].lstrip()
        # « …, a-t-il dit » cut off from its quotation: joined back; a sentence the sentencer cut
        # before a colon or a semicolon too, within its paragraph (a paragraph opening on one is
        # no rest of the one before)
        if out and (_TAIL.match(t) or (_COLON.match(t) and "\n" not in text[out[-1][1]:s])):
            out[-1] = (out[-1][0], e)
            continue
        if out:
            ps, pe = out[-1]
            if (text.count("«", ps, pe) > text.count("»", ps, pe) and len(text[s:e].split()) < MIN_WORDS
                    and text.count("«", ps, e) <= text.count("»", ps, e)):
                out[-1] = (ps, e)
                continue
            if _cut_inside(text, ps, pe, s, e) or (_announces(text[ps:pe]) and "\n" not in text[pe:s]) \
                    or _cut_before_name(text, pe, s):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _closing_mark_after(text: str, before: tuple[int, int], s: int, e: int) -> int | None:
    """Where a sentence really starts when the sentencer cut the one before it between its stop and
    the quotation mark closing it (« "… 740 millions quand je suis parti. | " Alors qu'il… »,
    « "… nos règles. | "" Pour ce qui est… »): the sentence opens on a closing mark (« », », or a
    straight one while the field's straight marks before it are odd in number, a quotation left
    open, glued to that stop and not to the word after it) straight after a sentence ending on a
    stop, and words follow it (marks and a stop alone, « ». », are left to be joined as they are).
    That mark belongs to the sentence before, which it ends; left on the next one, it would set
    that sentence's words inside a quotation and its quoted words outside (and a clause be cut at
    « , mais » inside the quotation). The offset after the mark, or None."""
    at = s + len(text[s:e]) - len(text[s:e].lstrip())
    if at >= e or text[before[1]:at].strip() or not text[before[0]:before[1]].rstrip().endswith(tuple(".!?…")):
        return None
    mark = text[at]
    if not any(c.isalpha() for c in text[at + 1:e]):
        return None  # « … ? | ». »: only the marks ending the sentence before, joined to it as they are
    if mark in _CLOSE:
        return at + 1
    # a straight mark closes when glued to the stop before it and not to a word after it (an opening
    # one is glued to its first word: « … socialiste. | "J'ai … »), a quotation being open, and the
    # rest of its sentence closes no quotation it would open (or another mark opens one straight
    # after it): the field's count of straight marks alone goes wrong after one stray mark
    if mark == '"' and at == before[1] and not text[at + 1:at + 2].isalpha() and text.count('"', 0, at) % 2 == 1 \
            and (text[at + 1:e].lstrip().startswith('"')  # « … règles. | "" Pour … »: one closes, the next opens
                 or text.count('"', at + 1, e) % 2 == 0):  # (« 1.609." | " Les indicateurs …", a relevé X »: it opens)
        return at + 1
    return None


# words a sentence opens on (``CROSSHEAD_OPENERS``, « Et », « Mais »…): after a sentence that lost its
# stop, or after an intertitle, the next sentence opens on one of them, a name seldom does
_NOT_A_NAME = frozenset((*CROSSHEAD_OPENERS, *(w.capitalize() for w in COORDINATORS), *SENTENCE_OPENING_WORDS))


def _cut_before_name(text: str, pe: int, s: int) -> bool:
    """Whether the sentencer cut a sentence before a capitalised word with no stop before it
    (« … né dans le village de Marktl am | Inn, tout proche… », « …, s'est lamentée | Maria
    Duran », « … du magazine | Les Inrocks, a participé… »): the sentence before ends on a word,
    no line break stands between them, and the next one opens on a capital that is no sentence's
    opening word (``_NOT_A_NAME``), so a name, which goes on with the sentence; or the sentence before
    ends on a word no sentence ends on (``CROSSHEAD_NOT_LAST``: « … selon | Le Parisien »). An
    intertitle glued before its paragraph's first sentence (« Deux rassemblements interdits à Paris
    | La préfecture a… », « Un camion en feu | En Gironde, le vent… ») stays apart: that sentence
    opens on an opening word."""
    before = text[:pe].rstrip()
    gap = text[pe:s]
    if not (before and before[-1].isalnum() and not gap.strip() and "\n" not in gap and s < len(text) and text[s].isupper()):
        return False
    last = before.split()[-2:]
    if len(last) == 2 and all(any(c.isalpha() for c in w) and w.upper() == w for w in last):
        return False  # an intertitle in capitals (« LE SUSPECT PLACÉ EN GARDE | À VUE Dans… »): no sentence goes on
    if text_key(last[-1]) in CROSSHEAD_NOT_LAST:
        return True  # « … toujours selon | La 1ère », « … de | Les Républicains »: no sentence ends there
    word = re.match(r"[^\s'’]+['’]?", text[s:])
    return word is not None and word.group() not in _NOT_A_NAME


_ANNOUNCING = re.compile(r'(?::|:?\s*[«“]|:\s*")\s*$')


def _announces(sentence: str) -> bool:
    """Whether a sentence ends on what opens the words it announces, a colon or an opening
    quotation mark ("Et d'ajouter : « | Nous allons…"): no sentence ends there, the sentencer cut
    it off from them and the next one is what it announces."""
    tail = sentence.rstrip()[-4:]
    return tail[-1:] in (":", "«", "“", '"') and bool(_ANNOUNCING.search(tail))


def _cut_inside(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """Whether a sentence (ps, pe) was cut inside a bracket or a quotation that the next one (s, e)
    closes."""
    if text.count("(", ps, pe) > text.count(")", ps, pe):
        marks = re.search(r"[()]", text[s:e])
        return bool(marks and marks.group(0) == ")")  # the next one closes the bracket before opening any
    if re.search(r"[.!?…]\W{0,3}$", text[ps:pe]):
        return False  # a quotation of several sentences: each is a statement
    if text.count("«", ps, pe) > text.count("»", ps, pe):
        return text.count("»", s, e) > text.count("«", s, e)
    if text.count('"', ps, pe) % 2:
        first = text.find('"', s, e)
        return first >= 0 and bool(_CLOSING_STRAIGHT.match(text, first))
    return False


_CHOICES: tuple[tuple[tuple[str, ...], Bound], ...] = ((AT_LEAST, "min"), (AT_MOST, "max"), (APPROX, "approx"))
_BOUNDS: tuple[tuple[tuple[str, ...], Bound], ...] = tuple(
    (tuple(dict.fromkeys(k for w in words for k in (text_key(w).rstrip("'"), text_key(w)))), bound) for words, bound in _CHOICES)


def _bound(before: str) -> Bound:
    tail = text_key(before[-30:]).rstrip()
    for words, bound in _BOUNDS:
        if tail.endswith(words):
            return bound
    return "exact"


def _number(match: re.Match[str]) -> float:
    whole = re.sub(r"[ \u00a0\u202f.]", "", match.group(1))
    value = float(whole + ("." + match.group(2) if match.group(2) else ""))
    if match.group(3):
        value *= MULTIPLIERS[match.group(3).lower()]
    return value


def unit_of(tokens: FieldTokens, text: str, end: int, given: str | None) -> str | None:
    """What a figure counts: its unit as written (« % », « € »), else the noun after it (« 300
    manifestants »). A percentage is a share of something: « 57 % des femmes » measures women
    (``_measured``); a count of two coordinated nouns counts both (``_coordinated_unit``)."""
    if given:
        unit = UNIT_FORMS.get(text_key(given).replace("\u00a0", " "), text_key(given))
        if unit == "%" and (noun := _measured(tokens, text, end)):
            return f"% {noun}"
        return unit
    tok = tokens.after(end)
    for _ in range(2):  # "six autres personnes", "les trois premiers blessés": the noun after them
        if tok is None or text_key(tok.text) not in FIGURE_ADJECTIVES:
            break
        tok = tokens.after(tok.idx + len(tok.text))
    if tok is None:
        return None
    form = text_key(tok.text)
    if form in UNIT_FORMS:
        return UNIT_FORMS[form]
    if tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha:
        return _coordinated_unit(tokens, tok) or text_key(tok.lemma_)
    return None


def _coordinated_unit(tokens: FieldTokens, tok: Any) -> str | None:
    """The unit of a count of two coordinated nouns, « (bovin et ovin) » for « une dizaine de
    bovins et d'ovins », « 200 hommes et femmes »: the count is of both, so no count of one of them
    (« deux bovins ») is a version of it. Only a bare noun or one after « de » is under the count:
    « trois enfants et leur mère », « cinq blessés et des dégâts » coordinate a new noun phrase,
    and only a plural one (« 300 habitants et menace de… » goes on with a verb the tagger took for a
    noun)."""
    nxt = tokens.after(tok.idx + len(tok.text))
    if nxt is None or nxt.lower_ not in COUNTED_NOUN_LINKS:
        return None
    other = tokens.after(nxt.idx + len(nxt.text))  # « de », « d' » are skipped
    if other is None or other.pos_ != "NOUN" or not other.is_alpha or not _plural(other):
        return None  # « 24 000 habitants et menace de… »: a singular word after « et » is no second noun counted
    return "(" + COUNTED_UNITS_JOINER.join(sorted({text_key(tok.lemma_), text_key(other.lemma_)})) + ")"


def _plural(tok: Any) -> bool:
    """Whether a noun is written in the plural (a count of several counts plural nouns)."""
    form = tok.lower_
    return form.endswith(PLURAL_ENDINGS) or text_key(form) != text_key(tok.lemma_)


_DE_BEFORE_NOUN = re.compile(r"[ \u00a0\u202f]*(?:(?:" + "|".join(DE_UNELIDED) + r")(?![\w])|(?:" + "|".join(DE_ELIDED) + "))",
                             re.IGNORECASE)


def _measured(tokens: FieldTokens, text: str, end: int) -> str | None:
    """What a percentage is a share of, when a noun after « de » says it (« 57 % des femmes »,
    « 8 % de la production », « 12 % d'enfants »): the noun's lemma, folded. Not a poll's or a vote's population
    (« des personnes interrogées », « des Français », « des voix »: ``POLL_POPULATION``), which
    leaves the predicate to say what is measured, nor a change (« 3 % de hausse »)."""
    if not _DE_BEFORE_NOUN.match(text[end:end + 8]):
        return None
    tok = tokens.after(end)
    for _ in range(2):  # « des », « de la », « de l' »; « de nombreux »
        if tok is None or not (tok.pos_ in ("DET", "ADP") or text_key(tok.text) in FIGURE_ADJECTIVES):
            break
        tok = tokens.after(tok.idx + len(tok.text))
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_alpha:
        return None
    key = text_key(tok.lemma_)
    if key in POLL_POPULATION or text_key(tok.text) in POLL_POPULATION or key in CHANGE_WORDS:
        return None
    return key


_DELAY = re.compile(r"(?:^|[\s«\"(])(?:" + "|".join(re.escape(w) for w in DELAY_OPENERS) + r")\s*(?:(?:"
                    + "|".join(re.escape(w) for w in DELAY_ARTICLES) + r")\s*){0,2}$", re.IGNORECASE)


_CLOCK = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in CLOCK_OPENERS) + r")\s+$", re.IGNORECASE)
_HOURS = re.compile(r"\d{1,2}\s*(?:" + HOUR_FORMS + ")")
_DE_AFTER = re.compile(r"\s*(?:" + "|".join(DE_WITHOUT_ARTICLE) + r")\b", re.IGNORECASE)
_CHANGE_SPAN = re.compile(r"\b" + CHANGE_SPAN_PREPOSITION + r"\s+$")


def _clock_hours(text: str, start: int, end: int) -> bool:
    """Whether a duration « 9 heures » is a clock time written after « après / avant / dès »
    (« un peu après 9 heures »): hours in digits, and no « de » after them (« après 9 heures de
    négociations » is a duration)."""
    return (bool(_HOURS.fullmatch(text[start:end].strip()))
            and bool(_CLOCK.search(text[max(0, start - 12):start]))
            and not _DE_AFTER.match(text[end:end + 4]))


def _change_span(text: str, start: int, tokens: FieldTokens, end: int | None = None) -> str | None:
    """What the duration starting at ``start`` measures when it is not how long something lasted:
    "change" for the span a change took (« a doublé en dix ans », « une baisse de 5 % en trois
    mois »: « en » before it, a word of a change (``CHANGE_WORDS``) shortly before that, in the
    same clause), "delay" for how long until something happens (« dans les quinze jours »,
    « d'ici deux semaines »), "clock" for a time of day the time expressions took for a duration
    (« un peu après 9 heures »: ``_clock_hours``)."""
    if end is not None and _clock_hours(text, start, end):
        return "clock"
    if _DELAY.search(text[max(0, start - 30):start]):
        return "delay"
    if not _CHANGE_SPAN.search(text[max(0, start - 4):start]):
        return None
    lo = max(0, start - CHANGE_WINDOW)
    cut = max(text.rfind(c, lo, start) for c in ".;:!?")
    for tok in tokens.within(max(lo, cut + 1), start):
        if text_key(tok.lemma_) in CHANGE_WORDS or text_key(tok.text) in CHANGE_WORDS:
            return "change"
    return None


_NAME_BEFORE = re.compile(r"(?<![\w'’-])([" + CAPITALS + r"][\w'’-]*)[ \u00a0]$")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens its sentence (its capital is no sign of a name)."""
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;«\"“(\n—–-|"


def _in_name(text: str, start: int) -> bool:
    """Whether a figure in digits is part of a proper name: straight after a capitalised word
    inside a sentence (« France 2 », « le CAC 40 », « la Ligue 1 », « le centre Les 4 Temps »,
    « le Boeing 737 »), when it has no unit of its own (« le PIB 3 % », « à Paris 3000 personnes »
    count something: the caller keeps a figure with a unit). A name counts
    nothing, so it gives no value to compare. A capital opening the sentence says nothing (« Les
    12 … », « Environ 300 … »; a headline « Ligue 1 : … » keeps its figure)."""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and not _opens_sentence(text, m.start(1))


def values_in(text: str, start: int, end: int, tokens: FieldTokens, timex: Sequence[Any]) -> list[Value]:
    """The values a span of a field gives: its time expressions first, then the figures that are
    not part of one."""
    out: list[Value] = []
    taken: list[tuple[int, int]] = []
    for t in timex:
        if not (start <= t.start and t.end <= end):
            continue
        taken.append((t.start, t.end))
        if t.type == "DATE" and (ts := event_date(t.value)) is not None:
            out.append(Value("date", ts.value, ts.precision, t.text, t.start, t.end))
        elif t.type == "DURATION" and (sec := duration_seconds(t.value)) is not None:
            out.append(Value("duration", sec, _change_span(text, t.start, tokens, t.end), t.text, t.start, t.end,
                             _bound(text[max(0, t.start - 30):t.start]), t.value))
        elif t.type == "TIME" and re.match(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", t.value):
            named = bool(_NAMES_DAY.search(t.text))
            if named:  # "hier à 10 h", "mardi 3 mars vers 22 h 50": the day too
                out.append(Value("date", t.value[:10], "day", t.text, t.start, t.end))
            # "à 10 heures" alone: the day is a guess from the publication date, the clock only is read
            out.append(Value("time", t.value[:16], None if named else "clock", t.text, t.start, t.end,
                             _bound(text[max(0, t.start - 30):t.start])))
        elif t.type == "TIME" and (ts := event_date(t.value)) is not None:
            # "lundi matin", "la nuit de mardi à mercredi": a day (a night straddles two)
            out.append(Value("date", ts.value, ts.precision, t.text, t.start, t.end, "approx" if t.value.endswith("NI") else "exact"))
    seg = text[start:end]

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in taken)

    for m in _NUM.finditer(seg):
        s, e = start + m.start(), start + m.end()
        if not free(s, e):
            continue
        value = _number(m)
        # a year is written in four digits together: « 2 000 personnes » is a count
        if 1800 <= value <= 2100 and not m.group(3) and not m.group(4) and m.group(1).isdigit() and "," not in m.group(0):
            out.append(Value("date", str(int(value)), "year", m.group(0), s, e))
            continue
        unit = unit_of(tokens, text, e, m.group(4))
        if not m.group(3) and (unit is None or text[e:].lstrip()[:1].isupper()) and _in_name(text, s):
            continue  # « France 2 », « Les 7 Collines »; not « à Lorient 2500 personnes »
        out.append(Value("number", value, unit, m.group(0), s, e, _bound(text[max(0, s - 30):s])))
    for m in _STREET.finditer(seg):  # a street address: where it happened
        name = m.group(2).rstrip()
        while name.split()[-1] in STREET_NAME_LINKS and len(name.split()) > 1:
            name = name.rsplit(" ", 1)[0]
        s, e = start + m.start(), start + m.start(2) + len(name)
        if name[:1].isupper() or name[:1].isdigit() or any(w[:1].isupper() for w in name.split()):
            out.append(Value("place", text_key(name).replace("-", " "), text_key(m.group(1)), text[s:e], s, e))
    for m in _WORD_NUM.finditer(seg):
        s, e = start + m.start(), start + m.end()
        word = m.group(1).lower()
        if not free(s, e) or any(v.start <= s < v.end for v in out):
            continue
        if m.group(1)[0].isupper() and not _opens_sentence(text, s):
            continue  # « la tournée des Trois Rivières »: a capital inside a sentence, a name
        unit = unit_of(tokens, text, e, None)
        if unit is None and word not in APPROX_NUMBER_WORDS:
            continue  # "deux" alone is rarely a figure worth comparing
        bound = _bound(text[max(0, s - 30):s])
        if word in APPROX_NUMBER_WORDS and bound == "exact":
            bound = "approx"  # "un millier", "une centaine"
        out.append(Value("number", float(NUMBER_WORDS[word]), unit, m.group(0), s, e, bound))
    return sorted(out, key=lambda v: v.start)


def _clause_follows(toks: Sequence[Any], k: int) -> bool:
    """Whether the words from ``k`` make a clause: a finite verb, straight away ("et relèvent
    que…") or after its own subject ("et les maires s'en réjouissent", "mais il reste"), before
    any punctuation. "et trois autres blessés", "mais pas encore éteint" are not."""
    for t in toks[k:k + 10]:
        if t.pos_ in ("VERB", "AUX"):
            return t.finite
        if t.pos_ == "PRON" and t.lower_ not in SUBJECT_PRONOUNS and t.lower_ not in VERB_CLITICS:
            return False  # "et leur…", "et celui dont…"
        if t.pos_ not in ("NOUN", "PROPN", "NUM", "DET", "ADJ", "ADV", "ADP", "PRON"):
            return False  # punctuation, a conjunction: no clause of its own here
    return False


def _imperative(tok: Any) -> bool:
    """Whether a verb straight after "et" or "mais" gives an instruction: a form of the first or
    second person plural with no subject before it ("et prenez", "mais restons") is an imperative."""
    return tok.pos_ in ("VERB", "AUX") and tok.lower_.endswith(IMPERATIVE_ENDINGS)


def _saying(tok: Any) -> bool:
    """Whether a verb is one of saying or judging, by its lemma or, where the lemmatiser left the
    form as it was ("estime"), by the infinitive of its form."""
    form = text_key(tok.text)
    return any(w in SAYING for w in (text_key(tok.lemma_), *(form[:len(form) - cut] + ending for cut, ending in INFINITIVE_FROM_FORM)))


def _bare_words(toks: Sequence[Any], k: int) -> bool:
    """Whether the words from ``k`` open on a noun or an adjective without an article (a new
    clause's subject opens on a determiner, a pronoun or a name, or the verb comes first): they
    go on with the noun before "et" ("les écoles et universités devraient…", "les parcs et
    jardins de la ville restent…")."""
    first = next((t for t in toks[k:k + 10] if t.pos_ != "ADV"), None)
    return first is not None and first.pos_ in ("NOUN", "ADJ")


def _clause_before(toks: Sequence[Any], k: int, start: int) -> bool:
    """Whether the words before ``k`` (back to the punctuation before them, a comma just before
    ``k`` aside) hold a finite verb: the clause "et" closes has its verb. Not when they open on a
    relative pronoun: their verb is the relative clause's, and "et" joins two subjects of a verb
    still to come. A relative pronoun inside them takes one finite verb after it for its own
    clause ("une manifestation qui avait rassemblé entre 200 et 300 personnes demandait…": "et"
    is inside the relative clause, the main verb still to come)."""
    i = k - 1
    if i >= 0 and toks[i].text == ",":
        i -= 1
    finite = 0
    while i >= 0 and toks[i].idx >= start:
        t = toks[i]
        if t.pos_ == "PUNCT" and t.text in (",", ":", ";", "(", ")", "—", "–", "«", "»", '"'):
            break
        if t.lower_ in RELATIVE_PRONOUNS:
            if i == 0 or toks[i - 1].pos_ == "PUNCT":
                return False  # ", dont France 5 est une des chaînes et le réalisateur…": the verb is a relative clause's
            if not finite and not _restricting(toks, i):
                return False  # "a estimé que son parti | et les Verts pouvaient…": two subjects of the verb still to come
            finite = max(0, finite - 1)
        finite += bool(t.finite)
        i -= 1
    return finite > 0


def _restricting(toks: Sequence[Any], i: int) -> bool:
    """Whether the "que" at ``i`` restricts or compares ("ne … que", "moins intense que", "ainsi
    que") rather than opening a clause that takes a verb of its own."""
    if toks[i].lower_ not in QUE_FORMS:
        return False
    before = [t.lower_ for t in toks[max(0, i - 5):i]]
    if any(w in NE_FORMS for w in before) or any(w in NOT_CLAUSE_QUE for w in before[-3:]):
        return True
    # a comparison whose « plus », « moins » stands further back, with no finite verb in between
    # (« plus de victimes de la route cette année qu'en 2019 »)
    for t in reversed(toks[max(0, i - 12):i]):
        if t.finite:
            return False
        if t.lower_ in NOT_CLAUSE_QUE:
            return True
    return False


def _tells(st: Statement, toks: Sequence[Any]) -> bool:
    """Whether a sentence of the lead or body that names nobody and gives no figure (in digits or
    words) or date still tells something: it has a verb ("Du stress, des silences, quelques
    sourires.", "Encore un peu de répit pour les locataires." are a writer's colour, not facts),
    and is no remark of the writer on the event ("Un tel accident n'est pas inédit.")."""
    if st.entities or st.values or any(w in NUMBER_WORDS for w in re.split(r"\W+", st.text.lower())):
        return True  # a figure written in words counts too ("vingt-huit nouveaux décès")
    if not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    return not (len(st.text.split()) <= REMARK_WORDS and _REMARK.search(text_key(st.text.strip(" «»\"“”-–—"))))


_HOOK = re.compile("|".join(HOOK_PATTERNS))


def hook(st: Statement) -> bool:
    """Whether the first sentence of a standfirst or a body is an editorial hook
    (``HOOK_PATTERNS``): a stock phrase of mourning, a twist, a shock, a presentational « C'est
    un(e) … » of an evaluative noun or the end of an era, alone in one short clause
    (``HOOK_WORDS``) with no count, nothing apposed, announced or quoted (``HOOK_BREAKS``) and no
    clause or event of its own (``HOOK_CLAUSE_WORDS``). It catches the reader and states no fact
    the article checks: the news comes in the sentences after it."""
    text = st.text.strip()
    if len(text.split()) > HOOK_WORDS or any(v.kind == "number" for v in st.values) or any(c in text for c in HOOK_BREAKS):
        return False
    key = words = text_key(text)
    passing = _HOOK_PASSING.search(key)
    if passing and not _DAY_NAMED.search(key):
        words = key[:passing.start()] + key[passing.end():]  # « … qui s'en est allé »: the hook's euphemism
    return not HOOK_CLAUSE_WORDS.intersection(re.findall(r"[a-z]+", words)) and bool(_HOOK.search(key))


_HOOK_PASSING = re.compile(HOOK_PASSING)
# « et », « mais » opening a clause a sentence was cut before
_OPENING_COORDINATOR = re.compile(r"\s*(?:" + "|".join(COORDINATORS) + r")\s+", re.I)
# a day named (folded): « mardi », « hier », « la veille », « ce matin »
_DAY_NAMED = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted({text_key(w) for w in (*WEEKDAYS, *RELATIVE_DAYS, *NARRATIVE_DAYS,
                                                                                       *PARTS_OF_DAY)}, key=len, reverse=True)))
                        + r")\b")


_SENTENCE_ENDS = tuple(SENTENCE_ENDS)


def _whole_sentence(text: str, end: int) -> bool:
    """Whether a span ending at ``end`` ends its sentence (not a clause cut before « et », « mais »:
    « Le club est en deuil et son président a démissionné. » is no hook)."""
    return text[:end].rstrip().endswith(_SENTENCE_ENDS) or not text[end:].strip()


class Reader:
    """Reads the tokens of each field of each article (stored at ingest, or from the model now),
    then cuts statements out of them."""

    def __init__(self, articles: Iterable[Article], nlp: Any = None, features: dict[str, Features] | None = None) -> None:
        nlp = nlp or load_model()
        self.articles = list(articles)
        have = dict(features or {})
        missing = [a for a in self.articles if a.id not in have]
        if missing:
            have.update((a.id, f) for a, f in zip(missing, analyse(missing, nlp), strict=True))
        self.table = nlp.vocab.vectors.data if nlp.vocab.vectors.shape[0] else None
        self.docs: dict[tuple[str, str], FieldTokens] = {
            (a.id, f): ft for a in self.articles for f, ft in have.get(a.id, {}).items()}

    def statements(self) -> list[Statement]:
        """The statements of the articles, in article order then text order."""
        out: list[Statement] = []
        for a in self.articles:
            spans = [p for f, s, e in spans_of(a) for p in self._coordinated(a, f, s, e)]
            hooked = self._opening_hooks(a, spans)
            for order, (f, s, e) in enumerate(spans):
                if order in hooked or len(getattr(a, f)[s:e].split()) < (2 if f == "title" else MIN_WORDS):
                    continue
                tokens = self.docs.get((a.id, f))
                if tokens is None or not asserts(getattr(a, f)[s:e], tokens.within(s, e), f):
                    continue
                st = self.span(a, f, s, e, order)
                if st is not None and (f == "title" or _tells(st, tokens.within(s, e))):
                    out.append(st)
        return out

    def _opening_hooks(self, a: Article, spans: Sequence[tuple[Field, int, int]]) -> set[int]:
        """The spans (by order) of the first sentence of the standfirst and of the body when that
        sentence is an editorial hook (``hook``): the first span when it is the whole sentence, or
        every clause of a sentence cut before « et », « mais » when each one, its conjunction
        aside, is a hook (« L'attente aura été longue, mais elle touche à son épilogue. »); a
        hook clause joined to news (« Le club est en deuil et son président a démissionné. »)
        is no hook. Read whether or not the first span gives a statement."""
        out: set[int] = set()
        for field in ("lead", "body"):
            first = [k for k, (f, _, _) in enumerate(spans) if f == field]
            text = getattr(a, field) or ""
            sentence: list[int] = []
            for k in first:
                sentence.append(k)
                if _whole_sentence(text, spans[k][2]):
                    break
            else:
                continue  # (no first sentence ends in the field)
            hooks = []
            for k in sentence:
                _, s, e = spans[k]
                if len(sentence) > 1:
                    bare = _OPENING_COORDINATOR.match(text, s, e)
                    s = bare.end() if bare else s
                st = self.span(a, field, s, e, k)
                hooks.append(st is not None and hook(st))
            if all(hooks):
                out.update(sentence)
        return out

    def _coordinated(self, a: Article, f: Field, s: int, e: int) -> list[tuple[Field, int, int]]:
        """Cut a clause where "et" or "mais" joins a second verb with its own object ("pointent
        un pilotage défaillant et relèvent que onze avenants…"), outside quotation marks, when
        both sides are long enough to state something; and before the "que" of a verb that is
        not one of saying ("un rapport remis à la mairie en octobre 2024 signalait | que
        l'alarme ne couvrait pas la porte…": what the report is and what it found). A question
        is not cut."""
        tokens = self.docs.get((a.id, f))
        if tokens is None or f == "title" or question(getattr(a, f)[s:e]):
            return [(f, s, e)]
        text = getattr(a, f)
        depth = _quote_depth(text[s:e])
        toks = list(tokens.within(s, e))
        out, pos = [], s
        for k, t in enumerate(toks[:-1]):
            if depth[t.idx - s]:
                continue
            # not after "ne" ("ne surviennent que dans 1% des cas": a restriction, not what was found)
            if t.lower_ in QUE_FORMS and k and toks[k - 1].pos_ == "VERB" and toks[k - 1].finite \
                    and not _saying(toks[k - 1]) and not any(x.lower_ in NE_FORMS for x in toks[max(0, k - 4):k - 1]):
                if k >= 2 and toks[k - 2].lower_ in RELATIVE_PRONOUNS:
                    continue  # "la règle qui veut | qu'un ministre…": what the relative clause says, not a finding after it
                left, right = text[pos:t.idx], text[t.idx:e]
                if len(left.split()) >= 8 and len(right.split()) >= 8:
                    out.append((f, pos, t.idx - 1 if text[t.idx - 1] == " " else t.idx))
                    pos = t.idx
                continue
            if t.lower_ not in COORDINATORS or not _clause_follows(toks, k + 1):
                continue
            if _imperative(toks[k + 1]):
                continue  # "buvez de l'eau, fermez les volets | et prenez des nouvelles…": one list of instructions
            if k and toks[k - 1].pos_ in ("NOUN", "ADJ") and _bare_words(toks, k + 1):
                continue  # "ces dommages et intérêts ont été…", "des pluies modérées et peu mobiles étaient…": one subject
            if not _clause_before(toks, k, pos):
                continue  # "et" joins two parts of one clause ("entre La Rochelle et Rochefort a été…")
            left, right = text[pos:t.idx], text[t.idx:e]
            if len(left.split()) >= 6 and len(right.split()) >= 6:
                cut = t.idx
                while cut > pos and text[cut - 1] in " ,":
                    cut -= 1
                out.append((f, pos, cut))
                pos = t.idx
        out.append((f, pos, e))
        return [(ff, x, y) for ff, x, y in out if y > x]

    def span(self, a: Article, f: Field, s: int, e: int, order: int = 0) -> Statement | None:
        tokens = self.docs.get((a.id, f))
        if tokens is None:
            return None
        text = getattr(a, f)
        terms, rows, positions = [], [], []
        names = [(m.start, m.end) for ref in a.entities for m in ref.mentions if m.field == f and m.start < e and s < m.end]
        for t in tokens.within(s, e):
            if t.pos_ not in _CONTENT or t.is_stop or len(t.text) < 2:
                continue
            word = _word(t.lemma_ if t.pos_ != "PROPN" else t.text, t.text, t.is_alpha)
            if word is None:
                continue
            named = any(x <= t.idx < y for x, y in names)
            # a name says who or where, not what happened: marked, and weighed less
            terms.append(("@" if named else "") + text_key(word))
            positions.append(t.idx)
            rows.append(t.row)
        matrix = None
        if self.table is not None and any(r >= 0 for r in rows):
            idx = np.array(rows, dtype=np.int64)
            matrix = np.asarray(self.table[np.maximum(idx, 0)], dtype=np.float32)
            norms = np.linalg.norm(matrix, axis=1)
            norms[(idx < 0) | (norms == 0)] = np.inf
            matrix = matrix / norms[:, None]
        inside = [q for q in a.quotes if q.field == f and q.start < e and s < q.end]
        speaker = next(((q.speaker_entity, q.speaker_name) for q in inside if q.speaker_entity or q.speaker_name), None)
        ents = tuple(dict.fromkeys(
            ref.id or text_key(ref.name) for ref in a.entities if any(m.field == f and s <= m.start < e for m in ref.mentions)
        ))
        values = values_in(text, s, e, tokens, [d for d in a.dates if d.field == f])
        dates = tuple(Timestamp(str(v.value), v.unit) for v in values if v.kind == "date")  # type: ignore[arg-type]
        return Statement(
            article=a.id, field=f, start=s, end=e, text=text[s:e], order=order, terms=tuple(terms), vectors=matrix,
            values=tuple(values), entities=ents, speaker=speaker,
            quoted=any(q.kind == "direct" for q in inside), dates=dates, positions=tuple(positions),
        )
