"""The cue and the speaker of a direct quotation: the incise after it (« … », a-t-il dit), the
cue before it (X a déclaré : « … »), an incise that closes its sentence or that the source wrote
inside the marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from recoupe.enrich.quotes.attribution import (
    CHANNELS,
    antecedent_before,
    apposed_name,
    find_attribution,
    inverted_subject,
    narrative_infinitive_subject,
    parsed_subject,
    subject_after_channel,
    subject_before,
)
from recoupe.enrich.quotes.context import Article, QuoteMarks
from recoupe.enrich.quotes.grammar import (
    MONTHS,
    SKIP_BEFORE_VERB,
    adjunct_between_commas,
    cue_form,
    guessed_lemma,
    has_auxiliary,
    is_aux,
    is_causative,
    is_cue,
    is_present_participle,
    is_weak,
    locution_starting_at,
    np_after,
    np_start,
    phrase_then_adjunct,
    quoted_title_end,
    reflexive,
    semi_auxiliary_end,
    skip_adjuncts,
    verb_at,
)
from recoupe.enrich.quotes.marks import MAX_QUOTE_CHARS, marks_between
from recoupe.enrich.quotes.speakers import (
    complement_nouns,
    is_outlet,
    pronoun_speaker,
    quoted_person_in_view,
    speaker_of_np,
)
from recoupe.lang import fr
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_NOUNS
from recoupe.lang.fr_statements import RELATIVE_PRONOUNS

_Found = tuple[Any, int | None, str | None]  # cue token, speaker ref, speaker name

_DASHES = (",", "—", "–", "-")


def verb_first(toks: Sequence[Any], *, misread: bool = False) -> Any:
    """The reporting verb opening an incise ("a-t-il ajouté", "a ainsi déclaré", "poursuit le
    ministre"), past auxiliaries, adverbs and clitics; None when anything else comes first (a
    subject: "X a lancé Y" is a clause of its own, not an incise). The tagger often misreads
    the verb of an incise ("« … », note le Times", "« … », a tweeté X", "« … », écrit
    l'hebdomadaire"): with ``misread``, where the incise opens right at the closing mark, a known
    reporting verb's form there is the verb all the same."""
    skip_to = -1
    for n, t in enumerate(toks):
        if t.i <= skip_to:
            continue
        if is_cue(t) or (misread and cue_form(t)):
            return t
        locution = locution_starting_at(t.doc, t.i, toks[-1].i + 1) if n > 0 else None
        if locution is not None:  # "« … », a d'ailleurs déclaré X", "a quant à lui lancé X" (whose first word may be an adverb)
            skip_to = locution
            continue
        if is_aux(t) or is_causative(t) or t.pos_ in ("ADV", "SPACE") or (t.pos_ == "X" and t.text.lower() in L.AUXILIARY_FORMS) or t.text.lower() in L.INCISE_CLITICS or t.text in _DASHES:
            continue
        semi = semi_auxiliary_end(toks, n)
        if semi is not None:  # "« … », a tenu à préciser X", "a voulu rassurer le ministre"
            return toks[semi]
        return None
    return None


def incise_after(art: Article, marks: QuoteMarks) -> _Found | None:
    """« … », a déclaré X / « … », a-t-il ajouté / « … », selon X / « … », a-t-il dit, « … »."""
    doc = art.doc
    after_start, after_end = marks.close_char + 1, min(marks.sent_last.end_char, marks.field_end)
    for prev, part in zip(marks.parts, marks.parts[1:], strict=False):  # the incise between two pieces
        close, opening = marks_between(art.text, prev, part)
        between = list(doc.char_span(close + 1, opening, alignment_mode="expand") or [])
        if any(is_cue(t) for t in between) or (between and between[0].text == "," and _reflexive_incise(between[1:6])):
            # (also a reflexive verb opening the incise: « … », s'est moqué X « … »)
            after_start, after_end = close + 1, opening
            break
    tail = list(doc.char_span(after_start, after_end, alignment_mode="expand") or []) if after_end > after_start else []
    cut = _subject_cut_off(art, marks, tail) or _cut_mid_incise(art, marks, tail)
    if cut is not None:  # "…, relève | L'Express.": the sentence splitter cut the incise's subject off
        after_end = cut
        tail = list(doc.char_span(after_start, after_end, alignment_mode="expand") or [])
    at_mark = True  # the incise opens right after the closing mark
    if len(tail) > 2 and not tail[0].is_punct and tail[1].text == ",":  # « … » depuis, a-t-il dit
        tail, at_mark = tail[1:], False
    if tail and tail[0].text == "(":  # « … » (a translation or a gloss), a-t-il dit
        gloss_end = next((n for n, t in enumerate(tail[:40]) if t.text == ")"), None)
        if gloss_end is not None and gloss_end + 2 < len(tail) and tail[gloss_end + 1].text == ",":
            tail = tail[gloss_end + 1 :]
    if tail and tail[0].text.lower() in L.QUE_FORMS:
        return _relative_inversion(art, tail)
    if not tail or not (tail[0].text in _DASHES or is_cue(tail[0]) or (len(tail) > 1 and is_aux(tail[0])) or semi_auxiliary_end(tail, 0) is not None
                        or tail[0].text in L.ATTRIBUTION_PREPS or _bare_glued(art, marks, tail)):
        # ("« … » veut savoir la mère de l'élève": an incise with no comma, opened by its verb;
        # "« … » selon la police", in lower case: "« … »Selon Le Parisien" opens the next sentence)
        return _closing_attribution(art, tail) if len(art.text[marks.start : marks.end].split()) > 1 else None
        # (a single word in marks is one the writer borrows, « a "achevé" de convaincre », not a statement)
    window = _incise_window(art, tail[1:] if tail[0].text in _DASHES else tail)
    if not _cue_before_marks(art, marks):  # "« … », comme l'a dit X"
        window = window[_as_reported(window, 0, len(window)) :]
    read = _read_in(art, window)
    if read is not None:  # "« … », lit-on dans un communiqué du ministère": the document's author
        return read
    attr = find_attribution(art, after_start, after_end)
    verb = verb_first(window[:6], misread=at_mark)
    if attr is not None and window and attr[0].i <= window[0].i + 2 and (verb is None or attr[0].i < verb.i):
        return attr
    if verb is None:
        glued = at_mark and tail[0].text not in _DASHES and _bare_glued(art, marks, tail)
        # ("« C'est fini » tranche le maire": French news often drops the comma after the closing mark)
        return _bare_incise(art, marks, window) if tail[0].text == "," or glued else None
    impersonal = next((t for t in window[:6] if t.text.lower() in L.ON_PRONOUNS and t.i <= verb.i + 2), None)
    # ("fait-on savoir …", "relève-t-on à l'Élysée": the "on" before the infinitive or right after the verb)
    source = _impersonal_source(art, verb, window[-1].i + 1) if impersonal is not None else (None, None)
    if source != (None, None):  # "fait-on savoir dans l'entourage du ministre", "fait-on valoir à Matignon"
        return (verb, *source)
    clitic = next((t for t in window[:6] if t.text.startswith("-") and t.text.lower() in L.SUBJECT_PRONOUNS), None)
    if clitic is not None and _impersonal_passive(window, clitic):
        # "« … », est-il précisé": no agent; the words go on the source quoted just before (a
        # communiqué's author), not someone the "il" would stand for; none when no one was quoted near
        last = art.last_speaker
        return (verb, last[1], last[2]) if last is not None and art.gap(last[0], clitic.idx) < 600 else (verb, None, None)
    if clitic is not None:  # "a-t-il ajouté", "détaille-t-il"
        opener = find_attribution(art, marks.sent_first.start_char, marks.open_char)
        if opener is not None and opener[0].idx - marks.sent_first.start_char < 3 and (opener[1] is not None or opener[2]):
            return verb, opener[1], opener[2]  # "Pour le ministre, X part « … », a-t-il jugé": the minister
        return (verb, *pronoun_speaker(art, clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()]))
    main = _subject_before_marks(art, marks, verb)
    if main is not None:  # "X, tout en condamnant « … », a appelé Y à …": no incise, Y is the object
        return (verb, *main)
    ref, name = inverted_subject(art, verb, window[-1].i + 1)
    if ref is None and name is not None and (going_on := _carrying_on(art, verb, window, name)) is not None:
        return verb, *art.named(going_on)  # "« … », commente le Pr X. « … », poursuit la spécialiste": X
    if ref is None and name is None and not np_after(art.doc, skip_adjuncts(art.doc, verb.i + 1, window[-1].i + 1), window[-1].i + 1):
        ref, name = subject_before(art, marks.sent_first, marks.open_tok.i)  # no subject after: the one before
    return verb, ref, name


def _closing_attribution(art: Article, tail: list[Any]) -> _Found | None:
    """"« … » par les jihadistes, selon X.": the sentence goes on past the closing mark with words of
    no verb and no other quotation, then ends on a comma and « selon X » (« d'après X »), which gives
    the source of all the sentence says, the quoted words with it; None otherwise."""
    comma = next((n for n in range(len(tail) - 2, 0, -1) if tail[n].text == "," and _according_to(tail, n + 1)), None)
    if comma is None or any(not art.in_quote(t.idx) and not t.is_quote and (t.text in (",", ";", ":") or _finite(t)) for t in tail[:comma]):
        return None  # (other quoted words between may stand, and a verb of no tense: "sans être « … »")
    rest = tail[comma + 2 :]
    if not rest or any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_quote for t in rest):
        return None  # ("…, selon X qui a ajouté": not the end of the sentence)
    found = find_attribution(art, tail[comma + 1].idx, rest[-1].idx + len(rest[-1].text))
    return found if found is not None and (found[1] is not None or found[2]) else None


def _according_to(toks: list[Any], n: int) -> bool:
    """"selon", "d'après" (also cut in two, "d'" "après") at ``toks[n]``."""
    low = toks[n].text.lower()
    return low in L.ATTRIBUTION_PREPS or (low in ("d'", "d’") and n + 1 < len(toks) and toks[n + 1].text.lower() == "après")


def _finite(tok: Any) -> bool:
    """A verb or an auxiliary in a tense (not an infinitive nor a participle)."""
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


def _impersonal_passive(window: list[Any], clitic: Any) -> bool:
    """An inverted impersonal passive with no agent: "est-il précisé", "a-t-il été ajouté" (a form
    of ``L.IMPERSONAL_PASSIVE_AUXILIARIES`` or "avoir" then "été", then a participle of speech), not
    a reflexive ("s'est-il défendu") nor a personal passive with its agent ("est-il cité par X")."""
    if clitic.text.lower() != "-il":
        return False
    doc = clitic.doc
    k = clitic.i - 1
    while k > 0 and doc[k].text.lower() == "-t":
        k -= 1
    aux = doc[k].text.lower()
    if k == 0 or doc[k - 1].text.lower() in ("s'", "s’", "se"):
        return False
    j = clitic.i + 1
    while j < len(doc) and doc[j].pos_ == "ADV" and doc[j].text.isalpha():
        j += 1
    if aux in L.IMPERSONAL_PASSIVE_PERFECT and j < len(doc) and doc[j].text.lower() == "été":
        j += 1
    elif aux not in L.IMPERSONAL_PASSIVE_AUXILIARIES:
        return False
    if j >= len(doc):
        return False
    part = doc[j]
    if not (part.lemma_.lower() in L.CUE_VERBS or guessed_lemma(part.text.lower()) in L.CUE_VERBS) or not part.text.isalpha():
        return False
    return not any(t.text.lower() == "par" for t in doc[j + 1 : j + 3])  # "est-il cité par X": its agent


def _impersonal_source(art: Article, verb: Any, limit: int) -> tuple[int | None, str | None]:
    """Who speaks in an impersonal incise whose "on" stands before the verb ("fait-on savoir dans
    l'entourage du ministre", "fait-on valoir à Matignon"): the people of the place or group the
    phrase after the verb names (not a news outlet: "à l'AFP" is where it was said); no one else."""
    doc = art.doc
    k = verb.i + 1
    while k < limit and (doc[k].pos_ == "ADV" or doc[k].text.lower() in L.INCISE_CLITICS):
        k += 1  # (past the clitics of "relève-t-on à l'Élysée", which the tokenizer may cut from the verb)
    if k + 1 >= limit or doc[k].text.lower() not in _ON_PREPS:
        return None, None
    if doc[k].text.lower() in L.ON_PLACE_PREPS and _verb_words(verb) & L.ADDRESSEE_VERBS:
        return None, None  # "a-t-on répondu à la mairie", "a-t-on promis aux élus": whom the words are for
    np = np_after(doc, k + 1, limit)
    head = next((t for t in np if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.text.lower() in L.DOCUMENT_NOUNS or head.text.lower() in L.AUTHORED_DOCUMENT_NOUNS:
        return None, None
    if doc[k].text.lower() in L.ON_PLACE_PREPS and _people(art, doc[k], head):
        return None, None  # "a-t-on expliqué aux journalistes", "confie-t-on à la famille": people addressed
    ref, name = speaker_of_np(art, np)
    return (None, None) if is_outlet(name) else (ref, name)


_ON_PREPS = L.ON_SOURCE_PREPS | L.ON_PLACE_PREPS


def _verb_words(verb: Any) -> set[str]:
    """The forms a verb may be looked up by: as written, its lemma and its guessed infinitive."""
    low = verb.text.lower()
    return {low, verb.lemma_.lower(), guessed_lemma(low)}


_NOT_AGENT_ENDINGS = ("é", "ée", "és", "ées")  # "la soirée", "les années": things, not the people of -é participles


def _people(art: Article, prep: Any, head: Any) -> bool:
    """The noun phrase after "à" / "au" / "aux" names people, never the place words come from: a
    person's name, a noun of a person or of people ("la famille", "l'entourage" aside, which
    ``ON_SOURCE_PREPS`` reach with "dans"), a noun of agents ("aux salariés"), or "aux" and a
    plural common noun ("aux élus", "aux syndicats": a place has no plural)."""
    if art.mention_at(head.idx, head.idx + len(head.text), types=("person",)) is not None:
        return True
    low = head.text.lower()
    if head.pos_ == "PROPN" or not head.text.islower():
        return False  # "à Matignon", "au Quai d'Orsay", "aux Affaires étrangères"
    if prep.text.lower() == "aux":
        return True
    return bool(_noun_forms(head) & _PEOPLE_NOUNS) \
        or (low.endswith(L.AGENT_NOUN_ENDINGS) and not low.endswith(_NOT_AGENT_ENDINGS) and low not in L.BODY_HEAD_NOUNS)


def _noun_forms(tok: Any) -> set[str]:
    """A noun as written (lower case), its lemma and its singular by the plural's -s or -x."""
    low = tok.text.lower()
    return {low, tok.lemma_.lower(), low[:-1] if low[-1:] in ("s", "x") else low}


_PERSON_WORDS = ROLE_NOUNS | L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS | L.MORE_PERSON_NOUNS
_PEOPLE_NOUNS = _PERSON_WORDS | L.GROUP_OF_PEOPLE_NOUNS
_SPEAKING_NOUNS = _PERSON_WORDS | L.COLLECTIVE_PERSON_NOUNS | L.BODY_HEAD_NOUNS | L.SPEAKING_BODIES


def _cue_before_marks(art: Article, marks: QuoteMarks) -> bool:
    """A reporting verb before the opening mark in its sentence ("X a promis « … »"): an incise
    opened by "comme le" / "comme l'" after the quotation ("…, comme l'a rappelé Y", "…, comme
    l'indique son nom") then says who recalled or shows what the cue's subject said, not who said it."""
    return any(is_cue(t) for t in art.doc[marks.sent_first.start : marks.open_tok.i] if not art.in_quote(t.idx))


def _as_reported(toks: Any, i: int, end: int) -> int:
    """How many tokens from ``i`` (before ``end``) make the "comme le" / "comme l'" that opens an
    incise of French news ("…, comme l'a expliqué X", "…, comme le demandait X"): 2 ("comme" and
    the neuter clitic), else 0. Its callers pass over it only when no cue stands before the
    quotation (``_cue_before_marks``)."""
    if i + 2 < end and toks[i].text.lower() == "comme" and toks[i + 1].text.lower() in L.NEUTER_CLITICS:
        return 2
    return 0


def _relative_inversion(art: Article, tail: list[Any]) -> _Found | None:
    """« … » qu'a promis X / « … » qu'avait employés le ministre: quoted words that a relative
    clause right after the closing mark gives to the inverted subject of its reporting verb; None
    when no reporting verb with a subject after it follows the relative pronoun."""
    k = 1
    while k < len(tail) and k < 4 and (is_aux(tail[k]) or tail[k].pos_ == "ADV"):
        k += 1
    if k == 1 or k >= len(tail) or not (is_cue(tail[k]) or cue_form(tail[k])):
        return None  # (an inverted subject comes only after an auxiliary: "qu'a promis X"; not "que X a …")
    limit = next((t.i for t in tail[k + 1 :] if t.text in (",", ".", ";", ":", "«", "“", '"') or t.pos_ in ("VERB", "SCONJ")), tail[-1].i + 1)
    ref, name = inverted_subject(art, tail[k], limit)
    return (tail[k], ref, name) if ref is not None or name else None


def _read_in(art: Article, window: list[Any]) -> _Found | None:
    """« … », lit-on dans un communiqué du ministère / peut-on lire dans leur lettre: written words
    whose speaker is the author of the document they are read in (a communiqué, a letter, a
    report: ``AUTHORED_DOCUMENT_NOUNS``); None for any other incise or a document no one signs."""
    toks = [t for t in window if not t.is_space]
    low = [t.text.lower() for t in toks]
    if len(low) > 3 and low[0] in L.READING_FORMS and low[1] == "-on":
        k = 2
    elif len(low) > 4 and low[0] in L.READING_MODALS and low[1] == "-on" and low[2] == L.READING_INFINITIVE:
        k = 3
    else:
        return None
    if low[k] not in L.READING_PREPS:
        return None
    np = np_after(art.doc, toks[k + 1].i, toks[-1].i + 1)
    head = next((t for t in np if t.pos_ == "NOUN"), None)
    if head is None or head.text.lower() not in L.AUTHORED_DOCUMENT_NOUNS:
        return None
    ref, name = speaker_of_np(art, np)
    return (toks[0], ref, name) if ref is not None or name else None


def _subject_before_marks(art: Article, marks: QuoteMarks, verb: Any) -> tuple[int | None, str | None] | None:
    """The speaker when the verb after the closing mark is the main verb of a sentence whose
    subject stands before the opening mark ("X, tout en condamnant « … », a appelé Y"): by the
    parse, the verb's subject, or the subject of a non-finite clause hanging on it that the parser
    gave the subject instead; None when the verb has no subject before the marks (an incise)."""
    if not art.parsed:
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i and c.pos_ in ("PROPN", "NOUN") for c in verb.children):
        return None  # "X n'est pas du goût de tous : « … », a déclaré Y au magazine": the verb's subject follows it, an incise's
    lo = marks.sent_first.start
    for v in (verb, *(c for c in verb.children if c.dep_ == "advcl" and c.i < marks.open_tok.i and "Fin" not in c.morph.get("VerbForm")
                      and not _finite_auxiliary(c))):
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and lo <= c.i < marks.open_tok.i and not art.in_quote(c.idx)), None)
        if subject is not None and not _predicate_quoted(art, subject, marks):
            found = parsed_subject(art, v, lo)
            if found is not None:
                return found
    return None


def _finite_auxiliary(verb: Any) -> bool:
    """A participle with a finite auxiliary ("X a invité Y"): a clause of its own, with its own
    subject, not a non-finite one hanging on the verb after the marks ("X, tout en condamnant …",
    "après avoir dénoncé …"); the verb after the marks is then an incise's ("X a invité Y « … »,
    a précisé la présidence": the presidency)."""
    return any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children)


def _predicate_quoted(art: Article, subject: Any, marks: QuoteMarks) -> bool:
    """Quoted words right after a noun phrase that open with a conjugated verb ("X « est en train de
    … », estime Y"): they are the predicate of that noun phrase, and the verb after the marks an
    incise's, whatever subject the parse gives it."""
    doc = art.doc
    before = next((t for t in reversed(doc[subject.i : marks.open_tok.i]) if not t.is_space and t.text != ","), None)
    # (also past the comma closing an apposition: "X, 55 ans, « est … », estime Y")
    if before is None or before.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    first = next((t for t in doc[marks.open_tok.i + 1 : marks.open_tok.i + 4] if not t.is_punct and not t.is_space), None)
    return first is not None and first.pos_ in ("VERB", "AUX") and "Fin" in first.morph.get("VerbForm")


def _subject_cut_off(art: Article, marks: QuoteMarks, tail: list[Any]) -> int | None:
    """Where the incise really ends when its sentence ends on its verb and the next "sentence" is
    only a noun phrase ("« … », relève | L'Express."): names that open with a capitalised article
    ("Le Parisien", "L'Express") make the sentence splitter start a new sentence there. The end of
    that noun phrase, or None."""
    words = [t for t in tail if not t.is_space]
    if not words or not (is_cue(words[-1]) or words[-1].text.startswith("-")) or marks.sent_last.end >= len(art.doc):
        return None
    nxt = art.doc[marks.sent_last.end]
    sent = art.sentence(nxt.idx if not nxt.is_space else nxt.idx + len(nxt.text))
    toks = [t for t in sent if not t.is_space]
    if not toks or len(toks) > 8 or not toks[0].text[:1].isupper() or toks[-1].text not in (".", "!", "?") \
            or any(t.pos_ in ("VERB", "AUX") or t.text in L.QUOTE_CLOSERS or t.text in ("«", "“") for t in toks):
        return None
    return min(sent.end_char, marks.field_end)


def _cut_mid_incise(art: Article, marks: QuoteMarks, tail: list[Any]) -> int | None:
    """Where the incise really ends when the sentence splitter cut it with no punctuation, inside a
    name ("…, a souligné l'économiste Brian | De Pratto de la banque TD."): the incise has its
    verb, the cut is on the same line and after no mark of the end of a sentence. The end of the
    next sentence, or None."""
    words = [t for t in tail if not t.is_space]
    if len(words) < 2 or words[0].text != "," or not any(is_cue(t) for t in words[:4]) or marks.sent_last.end >= len(art.doc):
        return None
    last = words[-1]
    if last.is_punct or last.is_space or art.text[last.idx + len(last.text) : art.doc[marks.sent_last.end].idx].count("\n"):
        return None
    nxt = art.doc[marks.sent_last.end]
    if not nxt.text[:1].isupper() or nxt.pos_ not in ("PROPN", "ADP", "DET"):
        return None  # a name going on ("De Pratto"), not a new clause
    return min(art.sentence(nxt.idx).end_char, marks.field_end)


def _carrying_on(art: Article, verb: Any, window: list[Any], name: str) -> int | None:
    """The person quoted by name just before, whom a definite description in an incise whose verb
    carries the words on names again ("« … », commente le Pr Nachman. « … », poursuit la
    spécialiste des infections", "témoigne encore l'élu"): no other person named since, at most
    300 characters of narration since, the gender the article tells agreeing, the description not
    naming them."""
    if name.split()[0].lower() in L.INDEFINITE_SINGULAR_GENDERS:
        return None  # "Un élu de X a été agressé … « … », a raconté l'élu": the one the article brought in (mend19b)
    after = [t for t in window if t.i > verb.i and t.pos_ != "ADV" and not t.text.startswith("-")]
    det = after[0].text.lower() if after else ""  # as written, whatever the rules resolved it to ("l'élu": "un élu de X")
    gender = {"le": "m", "la": "f"}.get(det)
    if gender is None and det not in ("l'", "l’"):
        return None
    head = next((t for t in after[1:4] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or not head.text[:1].islower() or {head.text.lower(), head.lemma_.lower()} & _NOT_PEOPLE:
        return None  # "précise le tribunal", "assure l'association", "a estimé l'Assistance publique": a body
    if head.text.lower() in L.GROUP_SPEAKER_NOUNS:
        return None  # "a précisé l'entourage du GODF", "poursuit la famille": a group, never one person named again
    if complement_nouns(after[: head.i - after[0].i + 6], head):
        return None  # "l'entourage du chef du gouvernement", "l'ami de l'élu": someone of another's
    sent = art.sentence(verb.idx)
    if any(t.text == "," and apposed_name(art, t.i, or_end=True) is not None for t in art.tokens[head.i + 1 : min(sent.end, head.i + 25)]):
        return None  # "a suggéré le président du groupe MoDem, deuxième pilier de la majorité, X": named after it
    told = head.morph.get("Gender")
    gender = gender or (L.MORPH_GENDERS.get(told[0]) if told else None)  # "l'ex-président": masculine
    adverbs = {t.text.lower() for t in window if verb.i < t.i <= verb.i + 2 and t.pos_ == "ADV"}
    carrying = bool(_verb_words(verb) & L.CARRYING_ON_VERBS or adverbs & L.CARRYING_ON_ADVERBS)
    last = art.last_speaker
    if not carrying and (_verb_words(verb) & L.REPLYING_VERBS or last is None or art.gap(last[0], verb.idx) > _NEXT_QUOTATION_GAP):
        return None  # any verb but a reply's when the quotations follow each other: « … », a dit X. « … », a commenté le président
    k = quoted_person_in_view(art, verb.idx, 300, verb.idx + 1, window[-1].idx + len(window[-1].text))
    if k is None or last is None or is_outlet(art.refs[k].name):
        return None
    field = next(((o, o + n) for _, o, n in art.fields if o <= verb.idx < o + n), None)
    if field is None or not field[0] <= last[0] <= field[1]:
        return None  # words of the headlines, which sum the story up, are not carried on by the body
    named = [m.ref for m in art.mentions if m.type == "person" and m.start < verb.idx and not art.in_quote(m.start)]
    if not named or named[-1] != k:
        return None  # "… pointée par le député X. « … », a-t-il déclaré. « … », a poursuivi le député": not one named before X
    return k if art.agrees(k, gender) else None


_NOT_PEOPLE = L.ORGANISATION_NOUNS | L.DOCUMENT_NOUNS | L.AUTHORED_DOCUMENT_NOUNS | L.WRITTEN_SOURCE_NOUNS
_NEXT_QUOTATION_GAP = 120  # characters of narration at most between two quotations that follow each other


def _bare_incise(art: Article, marks: QuoteMarks, window: list[Any]) -> _Found | None:
    """« … », calcule X / « … », sourit-elle / « … », s'agace le maire, X: an incise whose verb
    is no verb of speech (the tagger often takes it for a noun or an adjective). Its form tells
    it: one lower-case word right after the comma, then an inverted subject pronoun glued to it
    or a person's name (after at most a short description) that ends the incise."""
    toks = [t for t in window if not t.is_space]
    k = 0
    while k < len(toks) and toks[k].text.lower() in L.BARE_INCISE_CLITICS:
        k += 1
    compound = k + 1 < len(toks) and toks[k].text.lower() in L.AUXILIARY_FORMS and not toks[k + 1].text.startswith("-")
    if compound:  # "« … », a cependant modéré la maire": past the auxiliary and its adverbs
        k += 1
        while k < len(toks) - 1 and toks[k].pos_ == "ADV" and toks[k].text.isalpha() and toks[k].text.islower():
            k += 1
    if k >= len(toks):
        return None
    verb = toks[k]
    low = verb.text.lower()
    if not (verb.text.isalpha() and verb.text.islower()) or low in L.NOT_INCISE_VERBS or low in L.TIME_WORDS \
            or verb.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "NUM") or (verb.pos_ == "ADV" and low.endswith("ment")):
        return None
    rest = toks[k + 1 :]
    while len(rest) > 2 and rest[0].pos_ == "ADV" and rest[0].text.isalpha() and rest[0].text.islower() \
            and rest[0].text.lower() in L.INCISE_ADVERBS and rest[1].pos_ == "DET":
        rest = rest[1:]  # "s'étrangle encore une mère", "tempête alors le maire": an adverb before the subject
    if rest and rest[0].text.lower() in L.SUBJECT_PRONOUNS and rest[0].text.startswith("-"):
        if len(rest) > 1 and not rest[1].is_punct:
            return None
        return (verb, *pronoun_speaker(art, rest[0].idx, L.SUBJECT_PRONOUNS[rest[0].text.lower()]))
    n = 0
    while n < len(rest) and n < 4 and (rest[n].pos_ in ("DET", "NOUN", "ADJ") and rest[n].text[:1].islower() or rest[n].text in fr.HONORIFICS
                                       or (n and _title_word(rest[n]))):
        n += 1
    if n and n < len(rest) - 2 and rest[n].text.lower() in L.DE_FORMS:  # "se désolait le préfet de la Drôme X"
        k = n + 1
        while k < len(rest) and k < n + 4 and not art.mention_at(rest[k].idx, rest[k].idx + len(rest[k].text), types=("person",)) \
                and (rest[k].pos_ in ("DET", "PROPN") or rest[k].text[:1].isupper() or rest[k].text.lower() in L.DE_FORMS):
            # (a body's name the tagger read as common nouns: "le représentant d'Hirondelles Nature, X")
            k += 1
        n = k
    if n < len(rest) and rest[n].text == "," and n:  # "s'agace le maire, Paul Roux"
        n += 1
    described = _described_subject(art, marks, verb, rest)
    if described is not None:
        return described
    if n >= len(rest):
        return None
    m = art.mention_at(rest[n].idx, rest[n].idx + len(rest[n].text), types=("person",))
    if m is None or m.start != rest[n].idx:
        return None
    after = [t for t in rest if t.idx >= m.end]
    if after and not after[0].is_punct and not _channel_to_the_end(after):
        return None  # "…, calcule Paul Roux avec ses voisins": more than an incise
    return (verb, *art.named(m.ref))


def _bare_glued(art: Article, marks: QuoteMarks, tail: list[Any]) -> bool:
    """An incise with no comma after the closing mark whose verb is no known cue ("« C'est fini »
    tranche le maire", "« Jamais ! » peste le préfet, Jean X"): quoted words that make a sentence of
    their own (a verb, or a closing ! ? …), then one lower-case word and a determiner; the
    checks of an incise with a comma (``_bare_incise``) then apply."""
    if len(tail) < 3 or not tail[0].text.isalpha() or not tail[0].text.islower() or tail[1].pos_ != "DET":
        return False
    if art.text[marks.sent_first.start_char : marks.open_char].strip(" -–—\n"):
        return False  # "La banderole « Non ! » accueille …", "Ils chantaient « On est là ! » toute la soirée": a title, a slogan
    if not _speech_or_attitude(tail[0]) or not _person_or_body(art, tail[1:6]):
        return False  # "« Je suis Charlie » rassemble les foules", "« Tout va bien » affiche le panneau"
    inner = art.text[marks.start : marks.end].rstrip()
    return inner[-1:] in ("!", "?", "…", ".") or is_clause(art, marks)


def _reflexive_incise(toks: list[Any]) -> bool:
    """An incise opened by a reflexive verb ("s'est moqué X", "s'indigne Y"): its clitic, an
    optional auxiliary, then the verb."""
    verb = next((t for t in toks if t.pos_ == "VERB"), None)
    return verb is not None and bool(toks) and toks[0].text.lower() in L.REFLEXIVE_CLITICS and reflexive(verb) \
        and all(t.i == toks[0].i or is_aux(t) for t in toks[: verb.i - toks[0].i])


def _speech_or_attitude(tok: Any) -> bool:
    """A form of a verb of speech, whatever the tagger made of it, or of a verb of attitude or
    reaction that opens incises ("pester", "soupirer"): the only verbs an incise with no known cue has."""
    return cue_form(tok) or bool(_verb_words(tok) & L.INCISE_ATTITUDE_VERBS)


def _person_or_body(art: Article, toks: list[Any]) -> bool:
    """A noun phrase that may speak: determiners and adjectives, then a person's name, a noun of a
    person, of people or of a body ("le maire", "la mère de …", "les manifestants", "la CGT")."""
    k = 0
    while k < len(toks) - 1 and toks[k].pos_ in ("DET", "ADJ") and toks[k].text.islower():
        k += 1
    head = toks[k]
    if art.mention_at(head.idx, head.idx + len(head.text), types=("person", "organisation")) is not None or _title_word(head):
        return True
    low = head.text.lower()
    return bool(_noun_forms(head) & _SPEAKING_NOUNS) \
        or (head.text.isupper() and len(head.text) > 1) \
        or (low.endswith(L.AGENT_NOUN_ENDINGS) and not low.endswith(_NOT_AGENT_ENDINGS))


def _described_subject(art: Article, marks: QuoteMarks, verb: Any, rest: list[Any]) -> _Found | None:
    """« … », rassure le médecin / « … », ont minimisé les services de l'Élysée: a verb right
    after the comma that follows the closing mark, then a noun phrase opened by a determiner
    that ends the incise (the sentence, a channel "à l'AFP" or the subject's relative clause
    "qui …" follows). French puts a subject after its verb there only in an incise, so the verb
    reports the words whatever it is, and the noun phrase is its speaker; None for any other form
    (a present participle: "« … », suscitant l'indignation", its object)."""
    if not rest or rest[0].pos_ != "DET" or is_present_participle(verb) or verb.text.lower().endswith("ant"):
        return None  # (not "« … », suscitant l'indignation": a participle and its object)
    if verb.lemma_.lower() in L.LINKING_VERBS or verb.text.lower() in L.LINKING_VERBS:
        return None  # "« Ensemble », a été le mot d'ordre", "« … », soit le double": the words are the subject
    if _subject_waiting(art, marks):
        return None  # "La maire X, qui a dénoncé une « trahison », a rencontré le préfet": not an incise
    n = 1
    while n < len(rest) and n < 5 and (rest[n].pos_ in ("NOUN", "ADJ") and rest[n].text[:1].islower() or _title_word(rest[n])):
        n += 1
    if not any(t.pos_ == "NOUN" or t.text.lower() in ROLE_NOUNS for t in rest[1:n]):
        return None
    while n + 1 < len(rest) and rest[n].text.lower() in L.DE_FORMS:
        # its complements: "les services de la mairie", "le président du conseil départemental"
        k = n + 1
        if rest[k].pos_ == "DET" and k + 1 < len(rest):
            k += 1
        if rest[k].pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        while k < len(rest) and rest[k].pos_ in ("NOUN", "PROPN", "ADJ"):
            k += 1
        n = k
    after = rest[n:]
    if after and not after[0].is_punct and not _channel_to_the_end(after) and after[0].text.lower() not in L.RELATIVE_SUBJECTS:
        return None
    limit = rest[n - 1].i + 1
    nxt = next((t for t in after[1:3] if t.text not in fr.HONORIFICS), None) if after and after[0].text == "," else None
    named = art.mention_at(nxt.idx, nxt.idx + len(nxt.text), types=("person",)) if nxt is not None else None
    if named is not None and nxt is not None and named.start == nxt.idx:  # "…, avance le porte-parole de X, Me Jean Y": the name in apposition
        limit = art.token_at(named.end - 1).i + 1
    ref, name = inverted_subject(art, verb, limit)
    return (verb, ref, name) if ref is not None or name is not None else None


def _title_word(tok: Any) -> bool:
    """A word of an office written with a capital, as French news often writes a title ("le Premier
    secrétaire du PS", "la Première ministre", "le Défenseur des droits"): a role noun or a word that
    goes with one ("premier", "ancien", "haut"), whatever the tagger made of it."""
    low = tok.text.lower()
    return tok.text[:1].isupper() and tok.text.isalpha() and (low in ROLE_NOUNS or low in fr.ROLE_MODIFIERS) \
        and tok.pos_ in ("NOUN", "ADJ", "PROPN")


_CLAUSE_BREAKS = frozenset({".", "!", "?", "…", ":", ";", "»", "”", '"'})


def _subject_waiting(art: Article, marks: QuoteMarks) -> bool:
    """The sentence opens with a noun phrase closed by a comma, with no finite verb, before the
    quotation's marks ("La maire X, qui a dénoncé une « trahison », a rencontré le préfet", "La
    réforme, jugée « injuste », divise la majorité"): that subject waits for its verb, and the verb
    after the marks is its main verb, not an incise's."""
    words = [t for t in art.doc[marks.sent_first.start : marks.open_tok.i] if not t.is_space]
    cut = max((n + 1 for n, t in enumerate(words) if t.text in _CLAUSE_BREAKS), default=0)
    words = words[cut:]  # after a colon or a sentence the splitter glued on ('!"La raison invoquée : "…"')
    comma = next((n for n, t in enumerate(words) if t.text == ","), None)
    return bool(comma) and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in words[:comma])


def _channel_to_the_end(toks: list[Any]) -> bool:
    """Words after the name that end an incise with where it was said and when ("sur Franceinfo
    ce mardi", "à l'AFP"): a preposition of a channel first, then no verb."""
    return toks[0].text.capitalize() in L.CHANNEL_OPENERS and not any(t.pos_ in ("VERB", "AUX") for t in toks)


def _incise_window(art: Article, toks: list[Any]) -> list[Any]:
    """The incise: up to the end of the sentence, the next quotation, or the comma that closes
    it once it has its verb (not the comma of an apposition: "…, Alexis Derache, auprès de")."""
    window: list[Any] = []
    adjunct_end = -1
    named_until = -1  # the closing mark of a name in quotation marks that the subject holds
    for t in toks:
        if t.i <= named_until:
            window.append(t)
            continue
        if t.text in ("«", '"', "“") and window and any(is_cue(w) for w in window):
            named_until = _quoted_name_end(art, window[-1], t)
            if named_until >= 0:  # "a rapporté le festival « Les Nuits d'été »": the body's name
                window.append(t)
                continue
        if t.text in (".", ";", "!", "?", "«", '"', "“"):
            break
        if t.text == "," and window and (is_cue(window[-1]) or cue_form(window[-1])) and adjunct_end < 0:
            # "…, a estimé, de son côté, X", "…, avait déclaré, lundi 18 juin, X": an adjunct between commas, then the subject
            adjunct_end = adjunct_between_commas(art.doc, t.i, min(len(art.doc), t.i + 12)) or -1
        if t.text == "," and window and adjunct_end < 0 and _channel_then_subject(art, window, t):
            adjunct_end = t.i  # "…, a expliqué à l'AFP, un responsable local": the channel's comma, then the subject
        if t.text == "," and window and adjunct_end < 0:
            adjunct_end = _phrase_and_adjunct_end(window, t)  # "…, a confié au téléphone, depuis Bangkok, X"
        if t.text == "," and window and any(is_cue(w) for w in window) and t.i > adjunct_end:
            nxt = next((u for u in t.doc[t.i + 1 : t.i + 3] if not u.is_space and u.text not in fr.HONORIFICS), None)
            m = art.mention_at(nxt.idx, nxt.idx + 2, types=("person",)) if nxt is not None else None
            if nxt is None or (m is None and not _two_capitalised(nxt)) or (m is not None and verb_at(art.doc, art.token_at(m.end - 1).i + 1)):
                break  # "…, a déclaré l'avocat de X, Mes Y et Z": the names go on (also one the entity step missed)
                # (not "…, rappelle la chaîne, Guy Joao sera …": that name is the subject of a new clause)
        window.append(t)
        if len(window) > 24:
            break
    return window


def _channel_then_subject(art: Article, window: list[Any], comma: Any) -> bool:
    """The comma ``comma`` closes a channel right after the incise's verb and its time words, and
    the inverted subject follows it (``attribution.subject_after_channel``)."""
    verb = next((w for w in reversed(window) if is_cue(w) or cue_form(w)), None)
    if verb is None:
        return False
    doc = comma.doc
    k = skip_adjuncts(doc, verb.i + 1, comma.i)
    return subject_after_channel(art, k, min(len(doc), comma.i + 12)) == comma.i


def _phrase_and_adjunct_end(window: list[Any], comma: Any) -> int:
    """The comma closing the second of two adjuncts after the incise's verb, the comma ``comma``
    closing the first ("a confié au téléphone, depuis Bangkok, X": ``grammar.phrase_then_adjunct``);
    -1 otherwise."""
    verb = next((w for w in reversed(window) if is_cue(w) or cue_form(w)), None)
    if verb is None:
        return -1
    doc = comma.doc
    k = skip_adjuncts(doc, verb.i + 1, comma.i)
    closing = phrase_then_adjunct(doc, k, min(len(doc), comma.i + 12))
    return closing if closing is not None else -1


def _quoted_name_end(art: Article, before: Any, mark: Any) -> int:
    """The token index of the mark closing a name in quotation marks that follows a body noun or an
    author's in an incise's subject ("a rapporté le festival « Les Nuits d'été »", "révèle l'interprète
    d'« Une chanson »": a festival's, a work's name, as French news writes them, not the next
    quotation): a common noun of ``fr_quotes.QUOTED_NAME_HOLDERS`` or "de" right before the opening
    mark, a capital opening the quoted words and at most ``_QUOTED_NAME_WORDS`` words with no
    sentence punctuation before the closing mark; -1 otherwise."""
    doc = art.doc
    low = before.text.lower().replace("’", "'")
    if low in L.TITLE_CHANNEL_PREPS:  # "a confié dans « Quotidien » la chanteuse": the channel's title
        title = quoted_title_end(doc, mark.i, len(doc))
        return -1 if title is None else next(n for n in range(title - 1, mark.i, -1) if doc[n].is_quote)
    if not (low in L.QUOTED_NAME_HOLDERS or (low in L.DE_FORMS and before.i > 0 and doc[before.i - 1].pos_ == "NOUN")):
        return -1
    first = mark.i + 1
    if first >= len(doc) or not doc[first].text[:1].isupper():
        return -1
    for t in doc[first : first + _QUOTED_NAME_WORDS + 1]:
        if t.text in ("»", '"', "”"):
            return int(t.i)
        if t.text in (".", ";", "!", "?", ":", "«", "“") or t.is_space and "\n" in t.text:
            return -1
    return -1


_QUOTED_NAME_WORDS = 8  # words of a name in quotation marks in an incise's subject


def _two_capitalised(tok: Any) -> bool:
    """Two capitalised words from ``tok`` on: what may be a person's name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return bool(tok.text[:1].isupper() and tok.text.isalpha() and nxt is not None and nxt.text[:1].isupper()
                and nxt.text.replace("-", "").isalpha())


def cue_before(art: Article, marks: QuoteMarks) -> _Found | None:
    """Before the opening mark, in the same sentence: X a déclaré : « … » / X a jugé « … » / selon
    X, « … »; or X, after a colon: "X a refusé de trancher : « … »" (no cue)."""
    open_tok, sent = marks.open_tok, marks.sent_first
    lead = [t for t in art.tokens[sent.start : open_tok.i] if not art.in_quote(t.idx)]
    verbal = art.verbal  # what is no verb is no cue: ``is_cue`` spared
    for n, t in enumerate(lead[:-1]):
        # "Son client, a-t-il précisé, a reconnu « … »": words reported by the one in the incise
        if t.text == "," and n + 1 < len(lead):
            v = verb_first(lead[n + 1 : n + 5])
            clitic = next((c for c in lead[n + 1 : n + 6] if c.text.startswith("-") and c.text.lower() in L.SUBJECT_PRONOUNS), None)
            if v is not None and clitic is not None and clitic.i > v.i - 3:
                return (v, *pronoun_speaker(art, clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()]))
    if len(lead) > 1 and lead[-1].text.lower() in L.RELATIVE_ATTRIBUTIONS and lead[-2].text.lower() in L.RELATIVE_ATTRIBUTION_PREPS:
        antecedent = antecedent_before(art, lead[-2])
        if antecedent is not None:  # "… de l'ancien ministre X, selon qui « … »": X's words, not the main clause's
            return (lead[-2], *art.named(antecedent.ref))
    # a verb that does not always report speech must stand close ("a appelé …, …, « … »")
    clause = any(verbal[t.i] and is_cue(t) and is_weak(t) for t in lead) and is_clause(art, marks)  # once, if a weak cue needs it
    verb = next((t for t in reversed(lead) if verbal[t.i] and is_cue(t) and (
        not is_weak(t) or _words_between(art, t.idx + len(t.text), marks.open_char, clause=clause) <= 3)), None)
    if verb is not None and is_weak(verb):
        # "Le gouvernement souhaite tirer « … » de la vente, a indiqué la PDG": the incise
        # closing the sentence says who said it
        found = sentence_incise(art, marks)
        if found is not None:
            return found
    if verb is not None:
        other = _contrasted_subject(art, lead, verb)
        if other is not None:  # "…, répond X, alors que Y tente de se justifier : « … »": Y
            return other
        ref, name = subject_before(art, sent, verb.i)
        if ref is None and name is None and not _subject_stands_before(art.doc, verb, sent.start):
            ref, name = inverted_subject(art, verb, open_tok.i)  # inverted: "a déclaré le ministre : « … »"
        return verb, ref, name
    attr = find_attribution(art, sent.start_char, marks.open_char)
    if attr is not None and is_outlet(attr[2]) and lead and lead[-1].text == ":" and _first_person(art, marks) \
            and not _receives_words(lead, attr[0]):
        # "Selon le JDD, il aurait donné sa pensée au bureau : « Je … »": the outlet relays, the words (in
        # the first person: not the outlet's own prose) are those of the clause the colon closes, unless
        # its subject receives words (not "Selon L'Équipe, X a reçu un message de son entraîneur : « Je … »")
        ref, name = _colon_subject(art, sent, lead)
        if (ref is not None or name is not None) and not is_outlet(name):
            return None, ref, name
    if attr is not None:
        return attr
    if lead and lead[-1].text == ":":
        if len(lead) == 2 and lead[0].pos_ == "NOUN" and art.mention_at(lead[0].idx, lead[0].idx + len(lead[0].text)) is None \
                and lead[0].text.lower() not in L.ANSWER_LABELS:
            return None  # "Objectif : « … »": a label opening the sentence, no one who speaks
        if len(lead) > 1 and lead[-2].text.lower() in L.ANSWER_LABELS and (len(lead) == 2 or lead[-3].is_punct):
            return (None, *_interviewee(art))  # "Réponse : « … »", "R: « … »": the one interviewed
        return (None, *_colon_subject(art, sent, lead))
    return None


def _contrasted_subject(art: Article, lead: list[Any], verb: Any) -> _Found | None:
    """A clause of contrast between the cue ``verb`` and the quoted words (``fr_quotes.CONTRAST_OPENERS``
    then "que": "…, répond X, alors que Y tente de se justifier : « … »"), whose finite verb has a
    person named as its subject and which holds a verb of speech or of taking a stand: the words
    are that person's, not those of the cue's subject; None when no such clause stands between them,
    its verbs tell no speech (what befell its subject: "alors que Y se faisait taquiner") or its
    subject names no person."""
    after = [t for t in lead if t.i > verb.i]
    for n, t in enumerate(after[:-1]):
        if t.text.lower() not in L.CONTRAST_OPENERS or after[n + 1].text.lower() not in L.QUE_FORMS:
            continue
        finite = next((u for u in after[n + 2 :] if u.pos_ in ("VERB", "AUX") and "Fin" in u.morph.get("VerbForm")), None)
        if finite is None or not any(is_cue(u) or cue_form(u) or u.lemma_.lower() in _SPEAKING_LEMMAS
                                     for u in after[n + 2 :] if u.i >= finite.i and u.pos_ in ("VERB", "AUX")):
            return None  # ("alors que X se faisait taquiner par des « … »": the clause tells what befell X)
        ref, name = subject_before(art, art.sentence(finite.idx), finite.i)
        if ref is None or art.refs[ref].type != "person" or not any(
                m.ref == ref for m in art.mentions_in(after[n + 1].idx, finite.idx, types=("person",))):
            return None
        return finite, ref, name
    return None


_SPEAKING_LEMMAS = L.STANCE_VERBS | L.ATTITUDE_VERBS | L.REACTION_VERBS  # verbs of a clause whose subject speaks


def _receives_words(lead: list[Any], attr: Any) -> bool:
    """A verb of receiving after the attribution ``attr`` in the clause before a colon ("X a reçu un
    message de Y", "en recevant une lettre"): the words after the colon are not its subject's."""
    return any(t.pos_ in ("VERB", "AUX") and t.i > attr.i and (t.lemma_.lower() in L.RECEIVING_VERBS
                                                             or guessed_lemma(t.text.lower()) in L.RECEIVING_VERBS) for t in lead)


def _first_person(art: Article, marks: QuoteMarks) -> bool:
    """The quoted words hold a word of the first person ("je", "nous", "mon"...)."""
    return any(t.text.lower() in L.FIRST_PERSON_WORDS for t in art.doc.char_span(marks.start, marks.end, alignment_mode="expand") or [])


def _colon_subject(art: Article, sent: Any, lead: list[Any]) -> tuple[int | None, str | None]:
    """The speaker of words after a colon that no reporting verb introduces ("X a tenté
    d'apaiser la situation dans un communiqué : « … »", "Elle se rend en Espagne pour une série
    de tests : « … »"): the subject of the last conjugated verb of the main clause before the
    colon, which is whose words the sentence announces (walking back from the colon itself stops at that verb's object:
    "la situation"); from the colon when no such verb stands before it ("Darmanin : « … »")."""
    finite = [t for t in reversed(lead) if t.pos_ in ("VERB", "AUX") and not art.in_quote(t.idx)
              and ("Fin" in t.morph.get("VerbForm") or has_auxiliary(t)) and not t.dep_.startswith("acl")]
    verb = next((t for t in finite if not _subordinate(t)), finite[0] if finite else None)
    if verb is None:
        narrated = narrative_infinitive_subject(art, sent.start, lead[-1].i)
        if narrated is not None:  # "Et le chanteur de mettre en garde le président : « … »": the singer
            return narrated
    # (not a relative clause's: "Un bonus auquel la commune ne s'attendait pas : « … »", "X a vu les
    # pompiers, qui sont intervenus : « … »"; nor a subordinate one's: "X était chez elle quand les
    # gendarmes sont arrivés : « … »": the main clause's subject announces the words; a subordinate
    # clause's when the sentence has no other: "Et s'il essayait d'en boire moins : « … »")
    if verb is not None:
        ref, name = subject_before(art, sent, verb.i)
        if ref is not None or name:
            return ref, name
    return subject_before(art, sent, lead[-1].i)


_SUBORDINATORS = (L.CLAUSE_OPENERS - {"alors", "bien", "même"}) | frozenset(RELATIVE_PRONOUNS)
# ("alors", "bien", "même" open a clause only with "que": "Elle a alors déclaré : « … »")


def _subordinate(verb: Any) -> bool:
    """A verb whose clause a subordinating conjunction or a relative pronoun opens: walking back
    from it over words that are no verb (its own auxiliaries aside), a ``mark`` or one of those
    words comes before another verb or the sentence's start."""
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        if t.dep_ == "mark" or t.text.lower() in _SUBORDINATORS:
            return True
        if t.pos_ in ("VERB", "AUX") and not (t.head.i == verb.i and t.dep_.startswith("aux")):
            return False
    return False


def _interviewee(art: Article) -> tuple[int | None, str | None]:
    """The one a question-and-answer interview gives the answers of: the first person the
    article names outside quotations and not as a noun's complement (its lead introduces them:
    "explique à l'AFP X, chercheur à …"; the questions name others later); no one when it names
    no person."""
    m = next((m for m in art.mentions if m.type == "person" and not art.in_quote(m.start) and not m.complement), None)
    return art.named(m.ref) if m is not None else (None, None)


def _subject_stands_before(doc: Any, verb: Any, lo: int) -> bool:
    """A noun phrase or a pronoun right before a verb (past auxiliaries, adverbs and clitics) is
    its subject, even when it names no one ("La jeune femme y accusait le gouvernement d'être
    « … »"): the noun phrase after the verb is then its object, not an inverted subject."""
    i = verb.i - 1
    while i >= lo and (is_aux(doc[i]) or doc[i].pos_ in ("ADV", "SPACE") or doc[i].text.lower() in SKIP_BEFORE_VERB):
        i -= 1
    if i < lo or doc[i].pos_ not in ("NOUN", "PROPN", "PRON") or doc[i].text.lower() in L.QUE_FORMS:
        return False
    start = np_start(doc, i, lo) if doc[i].pos_ != "PRON" else i
    return start == lo or doc[start - 1].pos_ != "ADP"  # not "d'une nouvelle catégorie annonce l'entreprise": inverted


def _words_between(art: Article, start: int, end: int, *, clause: bool = True) -> int:
    """Words between a verb and the quotation it may introduce, leaving out what may stand
    between them without changing what the verb governs: the channel ("devant la presse", "dans
    un communiqué"), time words and dates ("samedi après-midi", "le 3 mars"); an apostrophe is no
    word of its own ("le vol d’« … »"). Quoted words that are no ``clause``, after a comma that
    follows an object, are a name in apposition to it, not the verb's."""
    text = re.sub(r"\s", " ", art.text[start:end])
    for pattern in CHANNELS:
        text = pattern.sub(" ", text)

    def count(part: str) -> int:
        words = [w.strip(".,;:!?…()«»“”\"'’-") for w in part.split()]
        return sum(1 for w in words if w and not (w.lower() in L.TIME_WORDS or w.lower() in MONTHS or w.isdigit()))

    head, comma, tail = text.rpartition(",")
    if comma and count(head) and not clause:
        return MAX_QUOTE_CHARS  # "a lancé un nouveau parti, « … »": a name in apposition to the object
    return count(tail)


def is_clause(art: Article, marks: QuoteMarks) -> bool:
    """Quoted words that make a clause: they hold a conjugated verb."""
    span = art.doc.char_span(marks.start, marks.end, alignment_mode="expand") or []
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)


def sentence_incise(art: Article, marks: QuoteMarks) -> _Found | None:
    """« … » pour les fauves sauvages, a souligné Me X: an incise closing the sentence of the
    quotation (a comma, a reporting verb, its inverted subject and adjuncts to the end)."""
    doc, sent = art.doc, marks.sent_last
    first = art.token_at(marks.close_char).i + 1
    as_reported = not _cue_before_marks(art, marks)
    for i in range(sent.end - 2, first - 1, -1):
        if doc[i].text != ",":
            continue
        k = i + 1 + (_as_reported(doc, i + 1, sent.end) if as_reported else 0)  # "…, comme le demandait X"
        while k < sent.end and (is_aux(doc[k]) or is_causative(doc[k]) or doc[k].pos_ == "ADV" or doc[k].text.lower() in L.INCISE_LEAD_CLITICS):
            k += 1
        if k >= sent.end or not is_cue(doc[k]) or is_present_participle(doc[k]):
            continue
        clitic = next((t for t in doc[k + 1 : k + 3] if t.text.startswith("-") and t.text.lower() in L.SUBJECT_PRONOUNS), None)
        if clitic is not None:
            return (doc[k], *pronoun_speaker(art, clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()]))
        ref, name = inverted_subject(art, doc[k], sent.end)
        if ref is not None or name is not None:
            return doc[k], ref, name
    return None


def inner_incise(art: Article, marks: QuoteMarks) -> _Found | None:
    """« …, a expliqué X devant les caméras. … »: an incise written inside the marks (a slip of
    the source) names the speaker: a comma, a reporting verb and a person's name."""
    doc = art.doc
    span = list(doc.char_span(marks.start, marks.end, alignment_mode="expand") or [])
    for n, t in enumerate(span[:-2]):
        if t.text != ",":
            continue
        v = verb_first(span[n + 1 : n + 5])
        bare = v is None
        v = v or _compound_bare_verb(span[n + 1 : n + 5])
        if v is None or is_present_participle(v):
            continue
        after = [x for x in span if v.i < x.i <= v.i + _INNER_INCISE_REACH]
        if after:
            m = art.mention_at(after[0].idx, after[-1].idx + len(after[-1].text), types=("person",))
            if m is not None and bare and any(x.pos_ not in ("DET", "NOUN", "ADJ", "PROPN") or x.text.lower() in L.DE_FORMS
                                              for x in after if x.idx < m.start):
                continue  # a verb that is no cue and its object: "…, a adressé une question au ministre X, …"
            if m is not None and any(x.text.lower() in L.DE_FORMS and m.start - 1 <= x.idx + len(x.text) <= m.start for x in after):
                continue  # a noun's complement: "…, indique un membre du cabinet de X. …" (not X's own words)
            if m is not None:
                return v, *art.named(m.ref)
    return None


_INNER_INCISE_REACH = 6  # tokens after the verb of an incise inside the marks where its subject stands: past a
# time word and a channel ("…, explique mardi sur franceinfo M. X. …")


def _compound_bare_verb(toks: list[Any]) -> Any:
    """The past participle of an incise in a compound tense whose verb is no known cue ("a ainsi
    pesté", "a tempêté"): an auxiliary, adverbs, then one lower-case word that is a form of a verb
    of speech or of attitude; None otherwise (« il a menti, a trompé Jean X »: the quoted subject's
    second verb, and its object)."""
    if not toks or toks[0].text.lower() not in L.AUXILIARY_FORMS:
        return None
    k = 1
    while k < len(toks) and toks[k].pos_ == "ADV" and toks[k].text.isalpha():
        k += 1
    if k >= len(toks):
        return None
    t = toks[k]
    low = t.text.lower()
    if not (t.text.isalpha() and t.text.islower()) or low in L.NOT_INCISE_VERBS or t.pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PRON", "NUM"):
        return None
    if not _speech_or_attitude(t):
        return None  # "il a menti, a trompé Jean X, son ami": a second verb of the same subject, and its object
    return t
