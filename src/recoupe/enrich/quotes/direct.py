"""Direct quotations: quoted pieces merged into one statement, quoted words that are no one's
(names, titles, charges, labels, nicknames, crossheads), and the speaker of a quotation with
no cue (the speaker going on, the person the sentence opens with, whoever said the words first).
"""

from __future__ import annotations

import re
from typing import Any

from recoupe.enrich.quotes.attribution import (
    apposed_name,
    clause_subject,
    find_channel,
    inverted_subject,
    parsed_subject,
    person_ending_description,
    subject_before,
)
from recoupe.enrich.quotes.context import Article, Mention, QuoteMarks, locate_marks
from recoupe.enrich.quotes.grammar import (
    cue_form,
    cue_text,
    guessed_lemma,
    has_auxiliary,
    is_cue,
    is_past_participle,
    quoted_title_end,
)
from recoupe.enrich.quotes.incises import (
    cue_before,
    incise_after,
    inner_incise,
    is_clause,
    sentence_incise,
    verb_first,
)
from recoupe.enrich.quotes.marks import marks_between
from recoupe.enrich.quotes.speakers import is_outlet, stance_placed
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_NOUNS
from recoupe.lang.fr_time import FIRST_GROUP_PARTICIPLE_ENDINGS
from recoupe.models import Field, Quote
from recoupe.normalise import name_key

MIN_FLOATING_WORDS = 5  # a quotation with no cue and no speaker must be at least this long
# sentence punctuation then a capital: a new sentence, glued to the closing mark when scraped text
# lost a paragraph break ("« A ».La suite", "« A ». La suite")
_GLUED_SENTENCE = re.compile(r"[.!?…]+\s*[A-ZÀ-ÖØ-Þ]")
# between two quoted pieces, an attribution between commas then words of the journalist's:
# "», selon X, un «" (not "», selon X, «": one statement that the attribution splits)
_ATTRIBUTION_THEN_MORE = re.compile(r",\s*(?:selon|d'après|d’après)\b[^,]*,\s*\S", re.IGNORECASE)


def merge_incises(art: Article, text: str, offset: int, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Quoted pieces that make one quotation: « A », a-t-il ajouté, « B » (an incise between);
    « A »« B » or « A ». « B » (only punctuation between); a dénoncé des « A » qui ne seront
    « B » (pieces of one sentence under one cue, no other cue between)."""
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and _one_statement(art, text, offset, groups[-1][-1], span):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _one_statement(art: Article, text: str, offset: int, prev: tuple[int, int], span: tuple[int, int]) -> bool:
    close, opening = marks_between(text, prev, span)
    between = text[close + 1 : opening]
    if not between.strip(" .,;:!?…"):  # « A »« B », « A ».« B »; not « A ». « B »
        if any(c.isspace() for c in between) and any(c in between for c in ".!?…"):
            return False
        if any(c.isspace() for c in between):  # « A », « B »: one list, unless « B » has its own incise
            return not _incise_follows(art, offset + span[1])
        # not when a cue introduced the first piece: X a déploré qu'« A ».« B », a dénoncé Y
        sent = art.sentence(offset + prev[0])
        if any(is_cue(t) for t in art.doc[sent.start : art.token_at(offset + prev[0]).i]):
            return False
        # nor when « B »'s incise brings in someone else ("« A ».« B », a de son côté commenté Y")
        return not (any(c in between for c in ".!?…") and _other_speaker_incise(art, offset + span[1]))
    if len(between) > 80 or "\n" in between or between.strip()[:1].isupper() or _GLUED_SENTENCE.match(between.strip()):
        return False  # « A »La suite, « A ».La suite: a new sentence glued to the mark
    if _ATTRIBUTION_THEN_MORE.match(between.strip()):
        return False  # « A », selon les termes de X, un « B », a dénoncé Y: each piece has its own speaker
    toks = list(art.doc.char_span(offset + close + 1, offset + opening, alignment_mode="expand") or [])
    if any(t.text in ".!?;:" for t in toks):
        return False
    if ")" in between and "(" in between and art.mentions_in(offset + close + 1, offset + opening, types=("person",)):
        return False  # "X (« A »), Y (« B »)": the words of each one named before their parentheses
    if between.strip().startswith(",") and _fronted_participle(art, offset + prev[0]) is not None \
            and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in toks):
        return False  # "Saluant « A », le député X a adressé « B »": the clause of the first piece ends, the main clause has its own subject
    cues = sum(is_cue(t) for t in toks)
    if cues:  # an incise: « A », a-t-il ajouté, « B »; not « A », X a lancé Y, « B »
        return (cues == 1 and between.strip().startswith(",") and between.strip().endswith(",")
                and verb_first([t for t in toks if t.text != ","]) is not None)
    return True


def _other_speaker_incise(art: Article, end: int) -> bool:
    """The rest of the sentence after a closing mark at ``end`` holds, outside quotation marks, a
    reporting verb and a locution saying its speaker is another than the one quoted before (« … »,
    a de son côté commenté X; « … », « … », estime pour sa part Y: ``fr_quotes.OTHER_SPEAKER_LOCUTIONS``).
    (``art.quoted`` holds no quotation of that sentence yet: its marks are counted here.)"""
    doc = art.doc
    k = art.token_at(end).i
    while k < len(doc) and (doc[k].is_space or doc[k].is_quote):
        k += 1  # past the closing mark
    toks: list[Any] = []
    inside = False
    for t in doc[k : k + _REST_OF_SENTENCE]:
        if t.is_quote:
            inside = not inside  # the marks of quoted words further on
        elif not inside and t.text in (".", "!", "?", "\n"):
            break
        elif not inside and not t.is_space:
            toks.append(t)
    if not any(is_cue(t) or cue_form(t) for t in toks):  # (the tagger often misreads an incise's verb)
        return False
    words = " ".join(t.text.lower().replace("’", "'") for t in toks)
    return any(f" {w} " in f" {words} " for w in L.OTHER_SPEAKER_LOCUTIONS)


_REST_OF_SENTENCE = 60  # tokens read after a closing mark for the incise of the quoted words


def _fronted_participle(art: Article, char: int, *, in_clause: bool = True) -> Any:
    """The participle opening the sentence of ``char`` when ``char`` stands in that participle's
    clause, before the comma that ends it ("Saluant « … », le député a …", "Interrogé sur
    « … », le ministre a …", "Qualifiant l'affaire de « … », l'avocat a …"); None otherwise."""
    sent = art.sentence(char)
    toks = [t for t in art.doc[sent.start : art.token_at(char).i] if not t.is_space and not t.is_punct]
    while len(toks) > 1 and len(toks[0].text) > 1 and toks[0].text.isupper():
        toks.pop(0)  # a crosshead in capitals the sentence splitter glued on ("LES POLICIERS SALIS Saluant …")
    if not toks or not toks[0].text[:1].isupper():
        return None
    first = toks[0]
    if first.pos_ not in ("VERB", "AUX") or "Part" not in first.morph.get("VerbForm"):
        return None
    if in_clause and any(t.text in (",", ";", ":") and not art.in_quote(t.idx) for t in art.doc[first.i : art.token_at(char).i]):
        return None  # past the comma that closes the clause (``in_clause``: only within it)
    return first


def _incise_follows(art: Article, end: int) -> bool:
    """A closing mark at ``end`` followed by its own incise: « … », a-t-il dit."""
    text = art.text
    k = end
    while k < len(text) and (text[k] in L.QUOTE_CLOSERS or text[k].isspace()):
        k += 1
    if k >= len(text) or text[k] != ",":
        return False
    toks = list(art.doc.char_span(k + 1, min(len(text), k + 60), alignment_mode="expand") or [])[:6]
    return verb_first(toks) is not None


def direct_quote(art: Article, field: Field, offset: int, parts: list[tuple[int, int]]) -> Quote | None:
    """A quotation between marks, its cue and speaker; None for a title, a name, a charge or a
    scare quote."""
    marks = locate_marks(art, field, [(offset + s, offset + e) for s, e in parts])
    inner = art.text[marks.start : marks.end]
    words = len(inner.split())
    if _is_name_or_charge(art, marks) or _is_label(inner, words) or _channel_title(art, marks):
        art.names_end = marks.close_char
        return None
    if words == 1 and _quoted_cue(art, marks):
        return None  # il « espère » que …: the reporting verb of reported speech, not a quotation
    art.quoted.append((marks.start, marks.end))  # its words are no one's subject
    found = incise_after(art, marks)
    if found is not None and found[0] is not None and is_outlet(found[2]):
        # "X a indiqué que « … », rapporte Le Monde", "Selon la SNCF, « … », précise le quotidien": the outlet
        # relays words whose speaker the sentence names before them, whatever its verb, when they are what
        # that speaker's verb governs (not "X a confirmé …, mais « … », dénonce Libération": the outlet's words)
        before = cue_before(art, marks)
        if before is not None and before[0] is not None and (before[1] is not None or before[2]) and not is_outlet(before[2]) \
                and (_relayed_by_outlet(found) or _governed_by(art, before[0], marks)):
            found = before
    gender = _according_to_pronoun(art, found)
    if gender is not None:
        # "X a déploré que le gouvernement ait « … », selon lui": the pronoun is the subject of the sentence's
        # reporting verb when that subject is a person it agrees with, not the speaker quoted before
        before = cue_before(art, marks)
        if before is not None and before[0] is not None and before[0].i < marks.open_tok.i and before[1] is not None \
                and art.refs[before[1]].type == "person" and art.agrees(before[1], gender):
            found = before
    if found is None:
        named = _named_before_parenthesis(art, marks)
        if named is not None:  # "à l'instar de X (« … »)": X's words, whatever the cue before X
            found = (None, *art.named(named))
    found = found or cue_before(art, marks)
    if found is None and is_clause(art, marks):  # words of a name or a label are no one's
        found = sentence_incise(art, marks) or inner_incise(art, marks)
    elif found is None and words >= 3 and inner[:1].islower():
        # "X a adressé un « message de soutien » à Y, a indiqué l'Elysée": the incise closing the
        # sentence gives who reported the whole of it, quoted words too (not a title: « Le Roman de Renard »;
        # not an outlet relaying them, "…, rapporte Le Parisien": the sentence's subject said them)
        found = sentence_incise(art, marks)
        if _relayed_by_outlet(found):
            found = None
    cue_tok, ref, name = found if found is not None else (None, None, None)
    alone = not any(not t.is_punct and not t.is_space for t in art.doc[marks.sent_first.start : marks.open_tok.i])
    if found is None and alone:
        if _is_crosshead(art, marks, inner):
            art.quoted.pop()
            return None
        ref, name = _named_after_words(art, marks)
        if ref is None and name is None:
            ref, name = _speaker_going_on(art, marks)
    elif found is None and _is_nickname(art, marks, words):
        art.quoted.pop()
        return None
    elif found is None and (words >= 4 or is_clause(art, marks)):
        # words of someone embedded in the journalist's sentence, with no cue: the named person the
        # sentence opens with, else the speaker going on (« … » in the next sentence of a report)
        ref, name = _embedded_speaker(art, marks)
    art.quoted.pop()
    owner = _words_owner(art, marks) if cue_tok is None and words >= 3 else None
    if owner is not None:  # "le « … » de X n'a pas suffi": X's words, not those of the sentence's subject
        ref, name = art.named(owner)
    earlier = _words_mentioned(art, marks, inner)
    if earlier is not None:  # "la formule « … »": the words of whoever said them before, not of the sentence's subject
        ref, name = earlier
    asker = _question_asker(art, marks) if cue_tok is None else None
    if asker is not None:  # "À la question « … », le candidat a répondu": the one who asked, not who answers
        ref, name = asker
    if cue_tok is None and ref is None and name is None and (words < MIN_FLOATING_WORDS or not alone):
        return None  # a scare quote, a name, an expression
    if cue_tok is not None and words <= 4 and _is_nickname(art, marks, words) and marks.open_tok.i - cue_tok.i > 4 and cue_tok.i < marks.open_tok.i:
        return None  # "la réunion organisée par le « roi des forains »", far from any cue
    if cue_tok is None and words <= 3 and inner[:1].isupper() and not alone and ref is None:
        return None
    if ref is None and name is None and not alone:
        # quoted words kept with no one found: the subject of the clause they stand in, by the parse
        # ("Le ministre a refusé de trancher : « … »", "… le maire, qui promet « … »")
        first = next((t for t in art.doc[marks.open_tok.i + 1 : marks.open_tok.i + 4] if not t.is_punct), None)
        found_subject = clause_subject(art, first, marks.sent_first.start) if first is not None else None
        if found_subject is not None:
            ref, name = found_subject
    return art.add(Quote(
        field=field, start=marks.start - offset, end=marks.end - offset, text=inner, kind="direct",
        speaker_name=name, speaker_ref=ref, cue=_cue_word(art.doc, cue_tok), channel=_direct_channel(art, marks, cue_tok),
        parts=tuple((s - offset, e - offset) for s, e in marks.parts) if len(parts) > 1 else (),
    ), offset)


def _relayed_by_outlet(found: tuple[Any, int | None, str | None] | None) -> bool:
    """A cue of an outlet relaying words ("…, rapporte Le Monde", "selon Le Parisien"): a
    relaying verb whose speaker is a news outlet."""
    return found is not None and found[0] is not None and found[0].lemma_.lower() in L.RELAY_VERBS and is_outlet(found[2])


def _governed_by(art: Article, cue: Any, marks: QuoteMarks) -> bool:
    """The quoted words are the object or complement of the reporting verb ``cue`` before them ("X
    aurait confié à ses proches sa « … »", "X a dit que « … »"), or the clause an attribution opens
    ("Selon X, « … »", "Selon X, le conducteur « … »"): no comma outside quotations between them but
    the one closing the attribution and pairs around an incidental ("glisser quelques mots, à peine
    voilés, sur sa politique « … »"); not words after a comma, in an apposition or a relative clause
    ("X a annoncé sa démission, un départ qui « … »", "X a refusé de répondre, « … »")."""
    commas = sum(1 for t in art.doc[cue.i + 1 : marks.open_tok.i] if t.text == "," and not art.in_quote(t.idx))
    return commas % 2 == (1 if cue.text.lower() in L.ATTRIBUTION_PREPS else 0)


def _words_mentioned(art: Article, marks: QuoteMarks, inner: str) -> tuple[int | None, str | None] | None:
    """"Selon elle, la formule « pas par les menaces » vise …": words named by a definite noun of
    words are a mention of a quotation given before in the article; its speaker is theirs."""
    before = [t for t in art.doc[max(0, marks.open_tok.i - 3) : marks.open_tok.i] if t.idx + len(t.text) <= marks.open_char
              and not t.is_punct and not t.is_space]
    if not any(t.text.lower() in L.MENTION_NOUNS and t.i > 0 and art.doc[t.i - 1].text.lower() in L.DEFINITE_DETERMINERS
               for t in before[-2:]):
        return None  # "la formule « … »" names words said before; "une expression « maladroite »" qualifies one
    key = name_key(inner)
    if len(key) < 8:
        return None
    return next(((ref, name) for words, ref, name in reversed(art.said) if key in words), None)


def _according_to_pronoun(art: Article, found: tuple[Any, int | None, str | None] | None) -> str | None:
    """The gender ("m", "f") of the singular pronoun after an incise's "selon" / "d'après" (« …,
    selon lui »), None when the incise is not that (a plural pronoun stands for no one person)."""
    if found is None or found[0] is None or found[0].text.lower() not in L.ATTRIBUTION_PREPS:
        return None
    nxt = art.doc[found[0].i + 1] if found[0].i + 1 < len(art.doc) else None
    return L.STRESSED_PRONOUNS_AFTER_SELON.get(nxt.text.lower()) if nxt is not None else None


def _words_owner(art: Article, marks: QuoteMarks) -> int | None:
    """Quoted words used as a noun, after an article or a demonstrative and before "de" and a
    person's name ("le « je vous aime » de X", "ce « On y va ! » d'Y"): the words that person said,
    when they are speech (a word of the first or second person, also English, or a finite verb); the person, else
    None (not "le « cynisme absolu » de X": the writer's or the sentence's subject's label for X)."""
    doc = art.doc
    before = next((t for t in reversed(doc[max(0, marks.open_tok.i - 2) : marks.open_tok.i]) if not t.is_space), None)
    if before is None or before.text.lower() not in L.QUOTED_NOUN_DETERMINERS:
        return None
    inner = doc.char_span(marks.start, marks.end, alignment_mode="expand") or []
    if not any(t.text.lower() in L.FIRST_PERSON_WORDS or t.text.lower() in L.SECOND_PERSON_WORDS
               or t.text.lower() in L.ENGLISH_PERSON_WORDS or _finite(t) for t in inner):
        return None
    k = art.token_at(marks.close_char).i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 1 >= len(doc) or doc[k].text.lower() not in L.DE_WITHOUT_ARTICLE:
        return None
    m = art.mention_at(doc[k + 1].idx, doc[k + 1].idx + len(doc[k + 1].text), types=("person",))
    return m.ref if m is not None and m.start == doc[k + 1].idx and not art.in_quote(m.start) else None


def _finite(tok: Any) -> bool:
    """A finite verb, not a first-group past participle the tagger took for one (« cynisme absolu et
    assumé »: no finite form ends like « assumé »)."""
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm") and not tok.text.lower().endswith(FIRST_GROUP_PARTICIPLE_ENDINGS)


def _question_asker(art: Article, marks: QuoteMarks) -> tuple[int | None, str | None] | None:
    """Quoted words put "à la question" right before them, in their sentence ("À la question « … »,
    le candidat a répondu", "Interrogé à cette question : « … »") are a question put to the one who
    answers; they are the asker's: the body or person a "question de X" / "questions du X" names in
    the sentence or the one before. None when no asker is named so (the ordinary attribution runs)
    and for any other quoted words ("X a posé cette question : « … »" are X's own)."""
    doc = art.doc
    before: list[Any] = []
    for t in reversed(doc[max(0, marks.open_tok.i - 6) : marks.open_tok.i]):
        if t.idx + len(t.text) > marks.open_char or t.is_space or t.text in (":", ","):
            continue
        if t.is_punct:
            break  # a sentence-final mark: the noun of question is in another sentence
        before.insert(0, t)
        if len(before) == 3:
            break
    if len(before) < 3 or before[-1].text.lower() not in L.QUESTION_NOUNS or before[0].text.lower() not in L.ADDRESSEE_PREPS \
            or before[1].pos_ != "DET":
        return None
    sent = marks.sent_first
    start = art.sentence(doc[sent.start - 1].idx).start if sent.start > 0 else sent.start
    for t in reversed(doc[start : before[0].i]):
        if t.text.lower() in L.QUESTION_NOUNS and t.i + 2 < len(doc) and doc[t.i + 1].text.lower() in L.DE_FORMS:
            m = art.mention_at(doc[t.i + 2].idx, doc[t.i + 2].idx + len(doc[t.i + 2].text), types=("person", "organisation"))
            if m is None and t.i + 3 < len(doc) and doc[t.i + 2].pos_ == "DET":
                m = art.mention_at(doc[t.i + 3].idx, doc[t.i + 3].idx + len(doc[t.i + 3].text), types=("person", "organisation"))
            if m is not None and not art.in_quote(m.start):
                return art.named(m.ref)
    return None


def _quoted_cue(art: Article, marks: QuoteMarks) -> bool:
    """A reporting verb alone in marks and followed by "que": Il « espère » que …."""
    span = [t for t in art.doc.char_span(marks.start, marks.end, alignment_mode="expand") or [] if not t.is_punct]
    if len(span) != 1 or not (span[0].lemma_.lower() in L.CUE_VERBS or guessed_lemma(span[0].text.lower()) in L.CUE_VERBS):
        return False
    after = art.text[marks.close_char + 1 : marks.close_char + 6].split()
    return bool(after) and after[0].lower().startswith(L.QUE_FORMS)


def _is_name_or_charge(art: Article, marks: QuoteMarks) -> bool:
    """« Ségur de la santé » after "le plan", the film « … »; "poursuivi pour « corruption
    passive »": a title, a name or the name of a charge, not someone's words."""
    doc = art.doc
    window = doc[max(0, marks.open_tok.i - 3) : marks.open_tok.i + 1]
    stop = max((t.i + 1 for t in window if t.text in L.SENTENCE_ENDS and t.idx + len(t.text) <= marks.open_char), default=0)
    # (a title word ending the sentence before names nothing in this one: "…, a-t-il présenté son plan. « … »")
    before = [t for t in window if t.i >= stop and t.idx + len(t.text) <= marks.open_char and not t.is_punct]
    words = [(t.text.lower(), t.lemma_.lower(), t.pos_) for t in before]
    glued = art.text[marks.open_tok.idx : marks.open_char]  # d'"agression: scraped text glues the mark
    if glued and marks.open_tok.idx < marks.open_char:
        words.append((glued.lower(), glued.lower(), "ADP"))
    if not words:
        return False
    word, lemma, pos = words[-1]
    if len(words) > 1 and words[-2][2] == "PRON" and pos in ("VERB", "AUX"):
        return False  # "il se dit « reconnaissant »": a verb of speech, not "dit" naming something
    title_word = next((t for t in reversed(before) if t.text.lower() == word), None)
    if title_word is not None and pos in ("VERB", "AUX") and has_auxiliary(title_word) and title_word.lemma_.lower() in L.CUE_VERBS:
        return False  # "il avait qualifié « d'inacceptables »": the verb of speech, not a label
    comma = art.text[: marks.open_char].rstrip().endswith(",") and is_clause(art, marks)  # "le site, le plus ancien du groupe, « … est … »"
    if not comma and (word in L.TITLE_CUES or lemma in L.TITLE_CUES or (pos == "DET" and len(words) > 1 and words[-2][0] in L.TITLE_CUES)):
        return True
    between = art.text[art.names_end + 1 : marks.open_char].strip().lower() if art.names_end >= 0 else None
    if between is not None and marks.open_char - art.names_end < 30 and between.strip(" ,") in L.NAME_LIST_CONNECTORS:
        return True  # "pour « corruption passive », « recel … » et pour « complicité … »": a list of names
    first_words = len(art.text[marks.parts[0][0] : marks.parts[0][1]].split())
    return word in L.CHARGE_PREPS and first_words <= 8 and any(
        t.lemma_.lower() in L.CHARGE_CUES or t.text.lower() in L.CHARGE_CUES
        for t in doc[max(marks.sent_first.start, marks.open_tok.i - 30) : marks.open_tok.i]
    )


_TITLE_CUE_REACH = 8  # tokens from a reporting verb to the preposition of the channel it names


def _channel_title(art: Article, marks: QuoteMarks) -> bool:
    """A programme's or a paper's title in marks as the channel of a reporting verb just before
    ("a confié dans « Quotidien » la chanteuse", "a dit X sur « France Info »"): the channel's
    name (``grammar.quoted_title_end``), not quoted words."""
    doc = art.doc
    i = marks.open_tok.i
    if len(marks.parts) > 1 or quoted_title_end(doc, i, len(doc)) is None:
        return False
    return any(is_cue(t) or cue_form(t) for t in doc[max(marks.sent_first.start, i - _TITLE_CUE_REACH) : i - 1]
               if not art.in_quote(t.idx))


def _is_label(inner: str, words: int) -> bool:
    """Quoted words that name a group or a category, not anyone's words: « sources
    concordantes », « proches », a heading in capitals (« UN RAMASSIS D'OPPORTUNISTES »)."""
    letters = [c for c in inner if c.isalpha()]
    if words >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters):
        return True
    return words <= 3 and any(w.strip(".,;:!?…'’").lower() in L.PRIVATE_PERSON_NOUNS for w in inner.split())


def _is_crosshead(art: Article, marks: QuoteMarks, inner: str) -> bool:
    """A quotation used as a crosshead and glued to the next paragraph (« … » La suite): it
    stands alone, has no cue, ends with no punctuation and a sentence starts right after it."""
    text = art.text
    if inner.rstrip()[-1:] in ".!?…" or len(inner.split()) > 12:
        return False
    k = marks.close_char + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return k >= len(text) or text[k] == "\n" or (text[k].isupper() and k > marks.close_char + 1)


def _is_nickname(art: Article, marks: QuoteMarks, words: int) -> bool:
    """« roi des forains » after "le": a short noun phrase in marks right after a determiner,
    with no verb, is a nickname or a label when no cue stands close before it."""
    if words > 4:
        return False
    doc = art.doc
    prev = [t for t in doc[max(0, marks.open_tok.i - 2) : marks.open_tok.i + 1] if t.idx + len(t.text) <= marks.open_char and not t.is_punct]
    if not prev or prev[-1].pos_ != "DET" or prev[-1].text.lower() not in L.DEFINITE_ARTICLES:
        return False
    if is_clause(art, marks):
        return False
    close = [t for t in doc[max(0, prev[-1].i - 4) : prev[-1].i] if is_cue(t)]
    return not close


def _embedded_speaker(art: Article, marks: QuoteMarks) -> tuple[int | None, str | None]:
    """Quoted words inside a sentence with no reporting verb: the person the sentence opens with
    ("X voit un moyen de « … »"), else the speaker of a quotation just before."""
    doc = art.doc
    first = next((t for t in doc[marks.sent_first.start : marks.open_tok.i] if not t.is_punct and not t.is_space), None)
    if first is not None:
        m = art.mention_at(first.idx, first.idx + len(first.text), types=("person",))
        if m is not None and not art.in_quote(m.start):
            return art.named(m.ref)
        if first.pos_ == "DET":  # "Le député de la circonscription X a … « … »": the person the description ends with
            described = person_ending_description(art, list(doc[first.i : min(marks.open_tok.i, first.i + 10)]), complements=True)
            if described is not None:
                return art.named(described.ref)
    opening = _subject_past_adjunct(art, marks)
    if opening is not None:  # "De son côté, le groupe X lui aussi « conteste … »": X
        return art.named(opening)
    last = art.last_speaker
    if last is not None and art.gap(last[0], marks.start) < 500:
        inner = next((t for t in doc[marks.open_tok.i + 1 : marks.open_tok.i + 4] if not t.is_punct), None)
        found = clause_subject(art, inner, marks.sent_first.start, speaking=True) if inner is not None else None
        if found is not None and found[0] is not None and art.refs[found[0]].type in ("person", "organisation"):
            return found  # "le candidat a promis de … avec « … »", "la SNCF va chercher à « … »": the clause's subject
        named = _named_subject_above(art, marks)
        if named is not None:  # "L'une des directrices de l'association, X, a rendu hommage à « … »": X, not the last speaker
            return art.named(named)
        if found is not None and found[1] and _brings_in_someone_new(art, found[1], last):
            return found  # "Une source proche du dossier a fait part d'« … »": someone new, not the last speaker
        return last[1], last[2]
    return None, None


def _brings_in_someone_new(art: Article, description: str, last: tuple[int, int | None, str | None]) -> bool:
    """A description of people the article does not name, as the subject of the clause quoted words
    stand in, that cannot be the last speaker named again: an indefinite one ("une source
    européenne", "des pénalistes", "un haut diplomate"), which brings in someone new; a plural one
    ("les avocats de la famille") after a person who spoke alone. A definite singular description
    ("le ministre", "l'entreprise") most often names again who has spoken: the speaker goes on."""
    first = description.split()[0].lower().replace("’", "'")
    if first in L.INDEFINITE_OPENERS:
        return True
    person_last = last[1] is not None and art.refs[last[1]].type == "person"
    return (first in L.PLURAL_OPENERS or _speaking_body(description)) and person_last


def _speaking_body(description: str) -> bool:
    """A definite description of a body that speaks as one ("le gouvernement libanais", "l'accusation",
    "la préfecture"): never a person named again, so not the person who spoke last. A document ("le
    communiqué") stands for its author and a noun that also names a person ("le producteur") may be
    the one who spoke: neither is such a body."""
    words = description.lower().replace("’", "'").split()
    if len(words) > 1 and words[0] in L.ARTICLE_GENDERS:
        head = words[1]
    elif words and words[0].startswith(L.ELIDED_ARTICLES[0]) and len(words[0]) > 2:
        head = words[0][2:]
    else:
        return False
    return head in L.ORGANISATION_NOUNS | L.SPEAKING_BODIES and head not in L.DOCUMENT_NOUNS | L.WRITTEN_SOURCE_NOUNS \
        and head not in L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS | ROLE_NOUNS


def _subject_past_adjunct(art: Article, marks: QuoteMarks) -> int | None:
    """The person or body a sentence opens with after a prepositional phrase and a comma ("De son
    côté,", "Mais au collège de la ville,") and an optional determiner and common noun ("le groupe X"):
    the subject of the sentence the quoted words stand in; None when something else comes first."""
    doc = art.doc
    toks = [t for t in doc[marks.sent_first.start : marks.open_tok.i] if not t.is_space]
    participle = _fronted_participle(art, marks.open_char, in_clause=False) if toks else None
    # (the clause of a participle may hold quoted words: "Saluant « … », le député X a adressé « … »")
    comma = next((n for n, t in enumerate(toks) if t.text == "," and not (participle is not None and art.in_quote(t.idx))), None)
    if comma is None or (comma > 7 and participle is None) or comma > 20 or any(
            (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") or art.in_quote(t.idx)) and not (participle is not None and art.in_quote(t.idx))
            for t in toks[:comma]):
        # (a participle may stand in the phrase: "Dans un billet publié samedi,")
        return None
    lead = toks[1] if toks[0].pos_ == "CCONJ" and comma > 1 else toks[0]
    if participle is not None:
        lead = participle
    fronted = lead.pos_ == "VERB" and "Part" in lead.morph.get("VerbForm") and lead.text[:1].isupper()
    # ("Contacté par X, le ministre « … »", "Interrogée sur …, la maire « … »": a participle's clause, then the subject)
    if lead.pos_ != "ADP" and not fronted:
        return None  # not a prepositional phrase: the subject itself ("La ministre, X, a présenté")
    n = comma + 1
    if n < len(toks) and toks[n].pos_ == "DET":
        n += 1
        while n < len(toks) and n < comma + 4 and toks[n].pos_ in ("NOUN", "ADJ") and toks[n].text[:1].islower():
            n += 1
    if n >= len(toks):
        return None
    m = art.mention_at(toks[n].idx, toks[n].idx + len(toks[n].text))
    if (m is None or m.type != "person") and n > comma + 1:
        # "Dans un billet, le directeur du quotidien Le Monde X « proteste … »": the person the
        # description ends with, its complements in "de" and the bodies they name passed over
        described = person_ending_description(art, toks[n : n + 10], complements=True)
        if described is not None:
            return described.ref
        apposed = _apposed_to_description(art, toks[n:])
        if apposed is not None:  # "Contacté par X, le président du groupe, Jean Y, « appelle … »": Y
            return apposed
    if m is None or m.start != toks[n].idx or art.in_quote(m.start):
        return None
    return m.ref


def _apposed_to_description(art: Article, toks: list[Any]) -> int | None:
    """The person named between commas right after a description and before the quoted words
    ("le président du groupe au Sénat, Jean Y, « … »"): the description's words only (nouns,
    adjectives, articles, proper nouns, prepositions) up to the first comma, then a person's
    name, a comma and nothing else. None otherwise."""
    comma = next((n for n, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma > 10 or any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "NUM") for t in toks[:comma]):
        return None
    found = apposed_name(art, toks[comma].i)
    if found is None or art.in_quote(found[0].start) or found[0].complement:
        return None
    m, close = found
    return m.ref if all(t.i <= close for t in toks) else None


def _speaker_going_on(art: Article, marks: QuoteMarks) -> tuple[int | None, str | None]:
    """A quotation standing alone: the previous speaker goes on, or the sentence before
    introduces it ("X a réagi : « … »", "X a réagi. « … »")."""
    doc = art.doc
    last = art.last_speaker
    if last is not None and _relaying_outlet(art, last):
        last = None  # "…, rapporte Le Parisien. « … »": the outlet relays, it does not go on speaking
    if last and marks.start - last[0] < 400:
        opener = _paragraph_speaker_after(art, marks, last)
        if opener is not None:
            return art.named(opener)
        introduced = _introducer(art, marks, last)
        if introduced is not None:
            return introduced
        before = _sentence_before(art, marks, last)
        if before is not None:
            newcomer = _newcomer(art, before, last)
            if newcomer is not None:
                return art.named(newcomer)
            described = _described_subject_taking_a_stand(art, before, last)
            if described is not None:
                return described
        return last[1], last[2]
    start = marks.sent_first.start
    if last is None and not art.text[_field_start(art, marks.open_char) : marks.open_char].strip():
        opener = _subject_after(art, marks)
        if opener is not None:  # "« … ». La présidente de X, Y, n'a pas pris de détours …": Y
            return art.named(opener)
    if start == 0 or doc[start - 1].is_space:
        return None, None
    prev_sent = art.sentence(doc[start - 1].idx)
    if prev_sent.text.rstrip().endswith(":") or any(is_cue(t) for t in prev_sent):
        verb = next((t for t in reversed(list(prev_sent)) if is_cue(t)), doc[prev_sent.end - 1])
        return subject_before(art, prev_sent, verb.i)
    return None, None


def _relaying_outlet(art: Article, last: tuple[int, int | None, str | None]) -> bool:
    """The last speaker is a news outlet whose last statement was reported speech, not words in
    quotation marks ("…, rapporte Le Parisien", "Le quotidien indique que …"): an outlet relays
    what others said or did, and the quotation standing alone after it is not its own."""
    name = art.refs[last[1]].name if last[1] is not None else last[2]
    if not is_outlet(name):
        return False
    k = last[0]
    while k < len(art.text) and art.text[k].isspace():
        k += 1
    return k >= len(art.text) or art.text[k] not in L.QUOTE_CLOSERS


def _named_after_words(art: Article, marks: QuoteMarks) -> tuple[int | None, str | None]:
    """A quotation standing alone that the next sentence points back to as words someone said
    (« "…". C'est par ces mots que X a réagi », « "…" Voilà ce qu'a répondu X », « C'est ce que
    le ministère a annoncé », « Ainsi s'est exprimé X »): the subject of that sentence's verb of
    saying, before it or inverted after it; (None, None) when the sentence does not open so."""
    doc = art.doc
    k = art.token_at(marks.close_char).i + 1
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct):
        k += 1
    if k >= len(doc) or art.in_quote(doc[k].idx):
        return None, None
    sent = art.sentence(doc[k].idx)
    words = [t.text.lower().replace("’", "'") for t in doc[k : min(sent.end, k + 6)]]
    if not words:
        return None, None
    opener = words[0] in L.BACKWARD_OPENERS and (words[1:2] in (["ce"], ["ces"], ["c'"], ["s'"], ["qu'"], ["que"]) or (
        k + 1 < sent.end and doc[k + 1].pos_ in ("VERB", "AUX")))  # "Ainsi s'est exprimé X", not "Ainsi, le préfet …"
    backward = opener or (words[0] == "c'" and words[1:2] == ["est"] and (
        (words[2:3] == ["ce"] and words[3:4] in (["que"], ["qu'"])) or words[2:3] == ["ainsi"]))  # not "C'est ce credo qu'…"
    by_noun = not backward and (any(w in L.BACKWARD_WORDS_NOUNS for w in words[2:6])
                                and any(w in ("ces", "ce", "cette", "les") for w in words[1:5])
                                and words[0] in ("c'", "tels", "telles", "tel", "telle", "ce", "ces"))
    backward = backward or by_noun
    if not backward:
        return None, None
    verb = next((t for t in doc[k : sent.end] if is_cue(t) or (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in L.CUE_VERBS)), None)
    cleft = next((t for t in doc[k : min(sent.end, k + 6)] if t.text.lower() in ("que", "qu'", "qu’")), None)
    main = next((t for t in doc[cleft.i + 1 : sent.end] if t.pos_ == "VERB" and not art.in_quote(t.idx)), None) if cleft is not None else None
    if main is not None and (verb is None or main.i < verb.i):
        verb = main  # "C'est ainsi que X a rendu hommage à Y, dont …": the verb the words are the manner of, not a later cue
    if verb is None or (by_noun and verb.lemma_.lower() in L.REACTION_VERBS):
        return None, None  # "C'est ce message que X a dénoncé": X answers the words, did not say them
    que = next((t for t in doc[k : verb.i] if t.text.lower() in ("que", "qu'", "qu’")), None)
    lo = que.i + 1 if que is not None else k
    named = art.mentions_in(doc[lo].idx, verb.idx) if lo < verb.i else []
    if named:
        return subject_before(art, sent, verb.i)
    if verb.i + 1 < sent.end:
        return inverted_subject(art, verb, sent.end)
    return None, None


def _named_before_parenthesis(art: Article, marks: QuoteMarks) -> int | None:
    """Quoted words in parentheses right after a person's name ("X (« … »)"): the way French news
    gives, in a list, what each one said; the person, else None."""
    text = art.text
    k = marks.open_char - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 1 or text[k] != "(":
        return None
    k -= 1
    while k >= 0 and text[k] == " ":
        k -= 1
    m = next((m for m in art.mentions_in(max(0, k - 80), k + 1, types=("person",)) if m.end == k + 1), None)
    return m.ref if m is not None and not art.in_quote(m.start) else None


def _field_start(art: Article, char: int) -> int:
    return next((o for _, o, n in art.fields if o <= char < o + n), 0)


def _subject_after(art: Article, marks: QuoteMarks) -> int | None:
    """A quotation opening a field with no cue: French news gives the speaker in the sentence
    after it, as its subject ("« … ». La présidente de la Commission, Y, a présenté ses excuses"):
    the first person (else body) that sentence names before its first finite verb, outside
    complements and quotations; None when there is none."""
    doc = art.doc
    k = marks.sent_last.end
    while k < len(doc) and (doc[k].is_space or doc[k].is_punct):
        k += 1
    if k >= len(doc) or art.in_quote(doc[k].idx):
        return None
    sent = art.sentence(doc[k].idx)
    verb = next((t for t in doc[k : sent.end] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
    if verb is None:
        return None
    found = [m for m in art.mentions_in(doc[k].idx, verb.idx) if not m.complement and not art.in_quote(m.start)]
    person = next((m for m in found if m.type == "person"), None)
    chosen = person or (found[0] if found else None)
    if chosen is None and doc[k].text.lower() in L.CLAUSE_OPENERS:
        # "S'il en rit aujourd'hui, X a dû …": past a subordinate clause, the name its main verb follows
        after = [m for m in art.mentions_in(verb.idx, sent.end_char, types=("person",)) if not m.complement and not art.in_quote(m.start)]
        first = after[0] if after else None
        nxt = doc[art.token_at(first.end - 1).i + 1] if first is not None and art.token_at(first.end - 1).i + 1 < len(doc) else None
        if first is not None and nxt is not None and (nxt.pos_ in ("VERB", "AUX") or nxt.text == ",") \
                and doc[art.token_at(first.start).i - 1].text == ",":
            chosen = first
    return chosen.ref if chosen is not None else None


def _paragraph_speaker_after(art: Article, marks: QuoteMarks, last: tuple[int, int | None, str | None]) -> int | None:
    """A quotation with no cue opening a paragraph: French news names its speaker in the sentence
    right after it, as that sentence's subject (« "…". Interrogé mardi, le ministre X a assuré … »,
    « "…". X était mardi au micro de RTL pour évoquer … »): that person, when it is not the last
    speaker, the sentence holds a verb of saying and does not open on a subordinate clause (« Alors
    que X a été … »: a fact) nor answer words said before (« X a dénoncé ces propos »: someone reacting)."""
    text = art.text
    k = marks.open_char - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k >= 0 and text[k] != "\n":
        return None
    if art.text[marks.close_char + 1 : marks.sent_last.end_char].strip(" .!?…\n"):
        return None  # the sentence goes on after the quotation: « "…" veut savoir la mère »
    opener = _subject_after(art, marks)
    if opener is None or opener == last[1] or art.refs[opener].type != "person":
        return None
    doc = art.doc
    j = marks.sent_last.end
    while j < len(doc) and (doc[j].is_space or doc[j].is_punct):
        j += 1
    if j >= len(doc):
        return None
    sent = art.sentence(doc[j].idx)
    if doc[j].pos_ == "SCONJ" or doc[j].text.lower() in L.CLAUSE_OPENERS or not any(is_cue(t) and not _in_incise(doc, t, j) for t in sent):
        return None  # "Alors que X a été placé en garde à vue", "X est mort, a affirmé Y": a fact, not who speaks
    if any(t.text.lower() in L.BACKWARD_WORDS_NOUNS for t in sent):
        return None
    return opener


def _in_incise(doc: Any, verb: Any, lo: int) -> bool:
    """A verb opening an incise after a comma ("…, a affirmé la police"), its auxiliary and
    adverbs passed over: its subject follows it."""
    g = verb.i - 1
    while g > lo and (doc[g].pos_ in ("AUX", "ADV") or doc[g].text in ("-t-", "-")):
        g -= 1
    return g >= lo and doc[g].text == ","


def _introducer(art: Article, marks: QuoteMarks, last: tuple[int, int | None, str | None]) -> tuple[int | None, str | None] | None:
    """The sentence of the journalist's just before a quotation standing alone, after the last
    quotation, that brings someone in to speak: the subject of a verb of saying or of attitude
    (« Son avocat, Me X, s'est indigné. », « Le maire a répondu lundi. ») or of a sentence ending with
    a colon (« Le ministre est formel : »); that someone speaks the quotation, when it is not the last
    speaker. None when the sentence has no such verb, opens on a subject pronoun (« Il a ajouté : »:
    the speaker going on) or names the last speaker as its subject."""
    start = marks.sent_first.start
    if start == 0:
        return None
    doc = art.doc
    prev = art.sentence(doc[start - 1].idx)
    if prev.start_char < last[0] or any(art.in_quote(t.idx) or t.is_quote for t in prev):
        return None
    inverted = _relative_inversion_subject(art, prev)
    if inverted is not None:
        return art.named(inverted) if inverted != last[1] else None
    verb = next((t for t in prev if is_cue(t)), None)
    if verb is None:
        if not prev.text.rstrip().endswith(":"):
            return None
        verb = doc[prev.end - 1]
    if any(t.pos_ == "PRON" and t.text.lower() in L.SUBJECT_PRONOUNS for t in doc[prev.start : verb.i]):
        return None
    ref, name = subject_before(art, prev, verb.i)
    if ref is None and name and name != last[2] and _looks_like_a_name(name):
        return None, name  # a name the entity step missed ("Au micro de la radio, Léa se souvient.")
    if ref is None or ref == last[1] or art.refs[ref].type != "person":
        return None
    # named there as the subject, not described ("l'actuel maire de la ville", who may be the last speaker)
    if not any(m.ref == ref and not m.complement for m in art.mentions_in(prev.start_char, verb.idx, types=("person",))):
        return None
    finite = next((t for t in doc[max(prev.start, verb.i - 3) : verb.i + 1] if t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm")), None)
    if finite is not None and "Plur" in finite.morph.get("Number"):
        return None  # "X, Y ou encore Z avaient dénoncé": which of them speaks is not said
    return ref, name


def _relative_inversion_subject(art: Article, sent: Any) -> int | None:
    """A sentence ending on a relative clause whose subject, a named person, follows its verb (« Un
    constat que partage X. », « Des menaces que déplore la syndicaliste X. », « Un avis que ne
    partage pas X. »): French news brings in so the one who speaks next; that person, else None."""
    doc = art.doc
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    if len(toks) < 4:
        return None
    m = art.mention_at(toks[-1].idx, toks[-1].idx + len(toks[-1].text), types=("person",))
    if m is None or art.token_at(m.end - 1).i != toks[-1].i or art.in_quote(m.start):
        return None
    k = art.token_at(m.start).i - 1
    stop = max(sent.start, k - 5)
    while k > stop and (doc[k].pos_ in ("DET", "ADJ") or (doc[k].pos_ == "NOUN" and doc[k].text.islower())):
        k -= 1  # "que déplore la syndicaliste X": past the description before the name
    while k > stop and (doc[k].pos_ in ("ADV", "AUX") or doc[k].text.lower() in ("pas", "plus", "guère", "jamais")):
        k -= 1
    if k <= sent.start or doc[k].pos_ not in ("VERB", "AUX"):
        return None
    verb = doc[k] if doc[k].pos_ == "VERB" else doc[k].head
    if not (is_cue(verb) or verb.lemma_.lower() in L.CUE_VERBS or verb.lemma_.lower() in L.ATTITUDE_VERBS):
        return None  # "la commission que préside X": no words of X's
    k -= 1
    while k > sent.start and doc[k].pos_ == "AUX":
        k -= 1
    if doc[k].text.lower() in ("ne", "n'", "n’"):
        k -= 1
    return m.ref if doc[k].text.lower() in ("que", "qu'", "qu’") else None


def _looks_like_a_name(words: str) -> bool:
    """Capitalised words and the particles of names ("Léa", "Jean de La Tour"), opened by no
    determiner: a person's name, not a description ("le maire", "La ministre") nor an acronym."""
    parts = words.split()
    return bool(parts) and parts[0].lower() not in L.NAME_OPENING_DETERMINERS and parts[0].lower() not in L.INDEFINITE_PRONOUNS \
        and parts[0][:1].isupper() and all(
        (p[:1].isupper() and not p.isupper()) or p.lower() in L.PERSON_NAME_PARTICLES for p in parts)  # (not an acronym: a body)


def _newcomer(art: Article, before: tuple[Any, list[Any]], last: tuple[int, int | None, str | None]) -> int | None:
    """Someone a sentence of the journalist's brings in between the last quotation and one standing
    alone ("« … », a dit X. Une décision saluée par Y. « … »": Y): the only person that sentence
    names, outside quotations, when it neither names the last speaker nor goes on about them
    with a pronoun, and names that person as its subject or as the agent after « par » (not as an
    object: "La décision vise Y. « … »" is still the last speaker's); None otherwise (the speaker
    goes on). A sentence that holds quoted words or names several people hands over to
    ``_subject_taking_a_stand``. ``before``: that sentence and its tokens (``_sentence_before``)."""
    prev, toks = before
    if not toks or any(art.in_quote(t.idx) or t.is_quote for t in toks):
        return _subject_taking_a_stand(art, prev, toks, last)
    agent = _apposed_agent(art, toks)
    if agent is not None and agent != last[1]:  # "Elle a annoncé son départ, une décision saluée par Y. « … »": Y
        return agent
    if any(t.pos_ == "PRON" and t.text.lower() in L.SUBJECT_PRONOUNS for t in prev):
        return None  # "Il a ensuite …": the speaker goes on
    found = art.mentions_in(prev.start_char, prev.end_char, types=("person",))
    if all(t.is_punct or t.is_space or any(m.start <= t.idx < m.end for m in found) for t in prev):
        return None  # a name alone ("… suivra avec intérêt »... Emmanuel Macron."): the end of the sentence before, cut off
        # (not a verbless sentence that brings someone in: "Réplique immédiate de la députée X.")
    people = {m.ref for m in found}
    if len(people) != 1 or last[1] in people:
        return _subject_taking_a_stand(art, prev, toks, last)
    return found[0].ref if any(_subject_or_agent(art, prev, m) or _sender(art, prev, m) or stance_placed(art, prev, m) for m in found) else None


def _sender(art: Article, sent: Any, m: Mention) -> bool:
    """A person a sentence names as whom its subject received words or support from (« X a reçu le
    soutien du sénateur Y », « X a obtenu l'appui de Y »: a verb of ``fr_quotes.RECEIVING_VERBS``, its
    object and « de » before the name): the one who speaks next, not an object the sentence is about."""
    doc = art.doc
    i = art.token_at(m.start).i - 1
    while i >= sent.start and doc[i].pos_ in ("NOUN", "ADJ", "PROPN", "DET") and doc[i].text.lower() not in L.DE_FORMS:
        i -= 1  # back over a description before the name: "du sénateur Les Républicains Y"
    if i < sent.start or doc[i].text.lower() not in L.DE_FORMS:
        return False
    i -= 1
    while i >= sent.start and doc[i].pos_ in ("NOUN", "ADJ", "DET"):
        i -= 1  # the object: "le soutien", "un message"
    while i >= sent.start and (doc[i].pos_ == "ADV" or doc[i].text.lower() in L.TIME_WORDS):
        i -= 1  # "a reçu mercredi le soutien"
    return i >= sent.start and doc[i].pos_ in ("VERB", "AUX") and (
        doc[i].lemma_.lower() in L.RECEIVING_VERBS or guessed_lemma(doc[i].text.lower()) in L.RECEIVING_VERBS)


def _apposed_agent(art: Article, toks: list[Any]) -> int | None:
    """The person a sentence ends on as the agent of a noun phrase in apposition after its last
    comma ("…, une décision saluée par Y.", "…, un choix critiqué par la députée Y."): French news
    brings in so the one who reacts, and speaks next; None when the sentence does not end so."""
    words = [t for t in toks if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    comma = next((n for n in range(len(words) - 1, -1, -1) if words[n].text == ","), None)
    if comma is None or comma + 4 >= len(words) or words[comma + 1].pos_ != "DET":
        return None
    by = next((n for n in range(comma + 2, len(words)) if words[n].text.lower() == "par"), None)
    if by is None or not is_past_participle(words[by - 1]) or any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                                                    for t in words[comma + 1 : by]):
        return None
    found = art.mentions_in(words[by + 1].idx, words[-1].idx + len(words[-1].text), types=("person",))
    if len(found) != 1 or found[0].end < words[-1].idx + len(words[-1].text) - 1 or art.in_quote(found[0].start):
        return None  # the name must end the sentence: "saluée par Y", "critiqué par la députée Y"
    return found[0].ref


def _sentence_before(art: Article, marks: QuoteMarks, last: tuple[int, int | None, str | None]) -> tuple[Any, list[Any]] | None:
    """The journalist's sentence just before a quotation standing alone and its tokens, spaces left
    out and past the closing mark of the last quotation when it is glued to that sentence ("… ? »La
    conseillère X a protesté …"); None when the quotation opens the text or that sentence is not
    past the last speaker's quotation."""
    start = marks.sent_first.start
    if start == 0:
        return None
    prev = art.sentence(art.doc[start - 1].idx)
    if prev.start_char < last[0]:
        return None
    toks = [t for t in prev if not t.is_space]
    while toks and (toks[0].is_quote or (toks[0].is_punct and art.in_quote(toks[0].idx - 1))):
        toks.pop(0)
    return prev, toks


def _bringing_in_verb(art: Article, toks: list[Any]) -> Any | None:
    """The first finite verb, outside quotations, of the journalist's sentence ``toks`` before a
    quotation standing alone, when that sentence may bring in the one who speaks next: it opens on
    no subordinate clause ("Alors que X est le favori, …": a clause's subject, not who the sentence
    is about), holds no subject pronoun outside quotations ("Il a ensuite …": the speaker goes on)
    and its verb is singular ("X et Y ont dénoncé …": which of them speaks is not said); None
    otherwise."""
    if not toks or toks[0].pos_ == "SCONJ" or toks[0].text.lower() in L.CLAUSE_OPENERS:
        return None
    if any(t.pos_ == "PRON" and t.text.lower() in L.SUBJECT_PRONOUNS and not art.in_quote(t.idx) for t in toks):
        return None
    verb = next((t for t in toks if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not art.in_quote(t.idx)), None)
    return None if verb is None or "Plur" in verb.morph.get("Number") else verb


def _takes_a_stand(verb: Any) -> bool:
    """A verb (its auxiliary's, ``_main_verb``) saying, in the active voice, that its subject speaks
    or takes a stand: a reporting verb, ``fr_quotes.STANCE_VERBS`` or ``STANCE_PHRASES``, or one
    governing the infinitive of such a verb ("a tenu à saluer"); or that its subject was asked to
    speak (``fr_quotes.ASKED_TO_SPEAK``: "a été interrogé", "était l'invité de"). Not a verb telling
    an action, a state or a plan ("Le gardien X a repoussé un penalty. « Il nous a sauvés »", "Le
    ministre recevra les syndicats.", "Le suspect a été mis en examen."): after such a sentence the
    last speaker goes on, often speaking of that person."""
    head = _main_verb(verb)
    if _stance_phrase(head) or head.text.lower() in L.ASKED_TO_SPEAK:
        return True  # (before the voice: "est monté au créneau", which the parse takes for a passive; "a été interrogé")
    if head.lemma_ in L.LINKING_VERBS or any(c.dep_ == "aux:pass" for c in head.children):
        return False  # "X est …", "X reste …", "X a été suspendu": a state, a passive
    return any(_says_or_takes_a_stand(t) for t in (head, *(c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB")))


def _main_verb(verb: Any) -> Any:
    """The verb a finite auxiliary goes with ("a attaqué": "attaqué"), also when the tagger took the
    auxiliary for the verb ("avait tout de suite rappelé": the participle a few words after it); the
    predicate of a linking verb ("était l'invité de RTL": "invité"), as the parse heads its clause;
    ``verb`` itself otherwise."""
    if verb.pos_ == "AUX" and (verb.dep_.startswith("aux") or verb.dep_ == "cop"):
        return verb.head
    if verb.lemma_ in L.AUXILIARY_VERBS:
        following = verb.doc[verb.i + 1 : verb.i + 1 + _AUXILIARY_REACH]
        return next((t for t in following if t.pos_ in ("VERB", "AUX") and is_past_participle(t)), verb)
    return verb


_AUXILIARY_REACH = 5  # words from an auxiliary to its participle: adverbs between them ("avait tout de suite rappelé")


def _says_or_takes_a_stand(verb: Any) -> bool:
    """A reporting verb or one of taking a stand (``fr_quotes.STANCE_VERBS``, ``STANCE_PHRASES``); a
    participle of a reporting verb also when adverbs keep it from its auxiliary ("avait tout de suite
    rappelé", which ``is_cue`` does not look past)."""
    lemma = verb.lemma_.lower()
    if is_cue(verb) or (is_past_participle(verb) and lemma in L.CUE_VERBS and lemma not in L.CUES_AFTER_FAIRE):
        return True
    return lemma in L.STANCE_VERBS or guessed_lemma(verb.text.lower()) in L.STANCE_VERBS or _stance_phrase(verb)


_STANCE_PHRASE_WORDS: dict[str, list[frozenset[str]]] = {}  # a stance phrase's verb lemma -> the other words of each of its phrases
for _phrase in L.STANCE_PHRASES:
    _STANCE_PHRASE_WORDS.setdefault(_phrase[0], []).append(frozenset(_phrase[1:]))


def _stance_phrase(verb: Any) -> bool:
    """A phrase of taking a stand whose verb alone says nothing of it (``fr_quotes.STANCE_PHRASES``:
    "va plus loin", "a pris la parole", "s'en est pris à"): the verb's lemma and the phrase's other
    words among its dependents or theirs."""
    phrases = _STANCE_PHRASE_WORDS.get(verb.lemma_.lower())
    if not phrases:
        return False
    near = {t.text.lower().replace("’", "'") for c in verb.children for t in (c, *c.children)}
    return any(words <= near for words in phrases)


def _subject_taking_a_stand(art: Article, prev: Any, toks: list[Any], last: tuple[int, int | None, str | None]) -> int | None:
    """The person the sentence ``prev`` (its tokens ``toks``) just before a quotation standing alone
    names as the subject of a verb of speaking or of taking a stand (``_takes_a_stand``), before the
    sentence's first finite verb, not as a complement ("Lors de la réunion, X avait interpellé Y,
    évoquant une « … ». « … »"), when that person is not the last speaker and the sentence names the
    last speaker nowhere: French news brings in so the one who speaks next; None otherwise."""
    verb = _bringing_in_verb(art, toks)
    if verb is None:
        return None
    found = [m for m in art.mentions_in(toks[0].idx, prev.end_char, types=("person", "organisation")) if not art.in_quote(m.start)]
    if last[1] is not None and any(m.ref == last[1] for m in found):
        return None
    subjects = {m.ref for m in found if not m.complement and m.start < verb.idx and m.type == "person" and _parsed_subject_name(art, m)
                and _takes_a_stand(_verb_of_subject(art, m, verb))}
    return subjects.pop() if len(subjects) == 1 else None


def _verb_of_subject(art: Article, m: Mention, verb: Any) -> Any:
    """The verb the parse makes the name ``m`` the subject of (``_subject_of``); ``verb`` when there is
    no parse or no such verb."""
    i = _subject_of(art, m) if art.parsed else None
    return verb if i is None else art.doc[i]


def _described_subject_taking_a_stand(art: Article, before: tuple[Any, list[Any]],
                                      last: tuple[int, int | None, str | None]) -> tuple[int | None, str | None] | None:
    """The person a description names as the subject of the sentence just before a quotation
    standing alone, when its verb is one of speaking or of taking a stand (``_takes_a_stand``: "Le
    chef de file des écologistes a attaqué le maire. « … »"): who the sentence brings in speaks
    next, when the description stands for someone other than the last speaker; None when the
    sentence names the last speaker or its subject is no description of a person. The description
    is written as elsewhere, its determiner in lower case ("un membre du parti"). ``before``: that
    sentence and its tokens (``_sentence_before``)."""
    prev, toks = before
    verb = _bringing_in_verb(art, toks)
    if verb is None or not _takes_a_stand(verb):
        return None
    if last[1] is not None and any(m.ref == last[1] for m in art.mentions_in(toks[0].idx, prev.end_char)):
        return None
    verb = _main_verb(verb)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i >= toks[0].i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.text.lower() not in _DESCRIBED_PERSON_HEADS:
        return None
    found = parsed_subject(art, verb, toks[0].i)
    if found is None or (found[0] is not None and found[0] == last[1]) or (found[0] is None and found[1] == last[2]):
        return None
    ref, name = found
    if ref is None and name and name.split()[0].lower() in L.NAME_OPENING_DETERMINERS:
        name = name[:1].lower() + name[1:]  # "Un membre du parti", opening the sentence: "un membre du parti"
    return ref, name


_DESCRIBED_PERSON_HEADS = ROLE_NOUNS | L.PERSON_NOUNS  # the head nouns of a description of a person


def _named_subject_above(art: Article, marks: QuoteMarks) -> int | None:
    """The one person the parse names as the subject (or in apposition to it) of a verb that governs
    quoted words with no cue, before them in their sentence ("L'une des responsables du collectif,
    X, a salué « … »", "Au micro de la radio, la députée X a raillé des « … »"); None otherwise."""
    doc = art.doc
    if not art.parsed:
        return None
    first = next((t for t in doc[marks.open_tok.i + 1 : marks.open_tok.i + 4] if not t.is_punct), None)
    if first is None:
        return None
    above: set[int] = set()
    tok = first
    for _ in range(8):
        if tok.head.i == tok.i or tok.head.i < marks.sent_first.start:
            break
        tok = tok.head
        if tok.i < marks.open_tok.i and tok.pos_ in ("VERB", "AUX"):
            above.add(tok.i)
    if not above:
        return None
    found = {m.ref for m in art.mentions_in(marks.sent_first.start_char, marks.open_char, types=("person",))
             if not m.complement and _parsed_subject_name(art, m) and _subject_of(art, m) in above}
    return found.pop() if len(found) == 1 else None


def _subject_of(art: Article, m: Mention) -> int | None:
    """The verb a name is the subject of, directly or through the noun it is in apposition to
    ("Le sénateur X a …", "X, membre de …, avait …"); None when the parse makes it no subject
    ("Dans le camp X, la position …": a noun's complement)."""
    for t in art.doc.char_span(m.start, m.end, alignment_mode="expand") or []:
        if t.dep_.startswith("nsubj"):
            return int(t.head.i)
        if t.dep_ in ("appos", "flat:name", "flat") and t.head.dep_.startswith("nsubj"):
            return int(t.head.head.i)
    return None


def _parsed_subject_name(art: Article, m: Mention) -> bool:
    """A name the parse makes a subject, or the name in apposition to one (``_subject_of``); any
    name when there is no parse."""
    return not art.parsed or _subject_of(art, m) is not None


def _subject_or_agent(art: Article, sent: Any, m: Mention) -> bool:
    """A person a sentence names as its subject (before its first finite verb, else its first
    verb, outside complements) or as the agent of a passive ("saluée par la ministre Y")."""
    doc = art.doc
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    verb = next((t for t in verbs if "Fin" in t.morph.get("VerbForm")), verbs[0] if verbs else None)
    if not m.complement and (verb is None or m.start < verb.idx):
        return True
    i = art.token_at(m.start).i - 1
    while i >= sent.start and doc[i].pos_ not in ("VERB", "AUX") and (
            doc[i].pos_ != "ADP" or doc[i].text.lower() in ("de", "d'", "d’", "du", "des")):
        i -= 1  # back over the agent's noun phrase: "par le maire de Lyon, Y"
    return i >= sent.start and doc[i].text.lower() == "par"


def _cue_word(doc: Any, cue_tok: Any) -> str | None:
    if cue_tok is None:
        return None
    return cue_text(doc, cue_tok) if cue_tok.pos_ in ("VERB", "AUX") else cue_tok.text


def _direct_channel(art: Article, marks: QuoteMarks, cue_tok: Any) -> str | None:
    """The channel is named around the cue: before the quotation, or in the incise after it."""
    if cue_tok is None:
        return None
    if cue_tok.idx > marks.end:
        return find_channel(art, marks.close_char, max(marks.sent_last.end_char, cue_tok.idx + 1), cue_tok.idx)
    return find_channel(art, marks.sent_first.start_char, marks.open_char, cue_tok.idx)
