"""Reported speech, sentence by sentence: a reporting verb and its "que"-clause or infinitive
("a déclaré que …", "a affirmé avoir …"), "selon X, …" / "…, selon X", "Comme l'a annoncé X, …"
and a final incise ("…, a indiqué X."); content a quotation already gives is left out.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from recoupe.enrich.quotes.attribution import (
    apposed_name,
    find_attribution,
    find_channel,
    inverted_subject,
    subject_before,
)
from recoupe.enrich.quotes.context import Article, Sentence
from recoupe.enrich.quotes.grammar import (
    cue_text,
    guessed_lemma,
    infinitive,
    is_aux,
    is_causative,
    is_cue,
    is_present_participle,
    is_weak,
    np_after,
    skip_adjuncts,
)
from recoupe.enrich.quotes.marks import OPEN
from recoupe.enrich.quotes.speakers import pronoun_speaker, speaker_of_np
from recoupe.lang import fr_quotes as L
from recoupe.models import Field, Quote


def indirect_quotes(art: Article, field: Field, offset: int, length: int, sent: Sentence, direct: list[Quote]) -> list[Quote]:
    """Reported speech in a sentence: "X a déclaré que …", "X a affirmé avoir …", "selon X, …"."""
    s_start, s_end = max(sent.start_char, offset), min(sent.end_char, offset + length)
    out: list[Quote] = []
    tokens, verbal = art.tokens, art.verbal
    for i in range(sent.start, sent.end):
        if not verbal[i]:  # not a verb: no cue (``is_cue``), spared making its token
            continue
        tok = tokens[i]
        if not is_cue(tok) or art.in_quote(tok.idx):
            continue
        k = _complement(art.doc, tok, sent.end)
        if k is None:
            q = _final_incise(art, field, offset, sent, tok)
        else:
            q = _reported(art, field, offset, sent, tok, k, s_end)
        if q is not None:
            out.append(q)
    q = _according(art, field, offset, sent, s_start, s_end, direct + out) or _as_reported(art, field, offset, sent, s_end)
    if q is not None:
        out.append(q)
    return out


def _add_indirect(art: Article, field: Field, offset: int, start: int, end: int, trailing: str,
                  name: str | None, ref: int | None, cue: str, channel: str | None) -> Quote | None:
    """Reported speech from start to end, trailing punctuation trimmed, unless too short or
    already within a quotation."""
    while end > start and art.text[end - 1] in trailing:
        end -= 1
    if end - start < 12 or _covered(art, start, end):
        return None
    return art.add(Quote(
        field=field, start=start - offset, end=end - offset, text=art.text[start:end], kind="indirect",
        speaker_name=name, speaker_ref=ref, cue=cue, channel=channel,
    ), offset)


def _as_reported(art: Article, field: Field, offset: int, sent: Sentence, s_end: int) -> Quote | None:
    """"Comme le révèle X, …", "Comme l'a annoncé X, …": the rest of the sentence is X's."""
    doc = art.doc
    toks = list(islice((t for t in sent if not t.is_space), 12))
    if len(toks) < 4 or toks[0].text.lower() != "comme":
        return None
    verb = next((t for t in toks[1:5] if is_cue(t) or (t.pos_ == "VERB" and guessed_lemma(t.text.lower()) in L.CUE_VERBS)), None)
    if verb is None:
        return None
    comma = next((t for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma.i - verb.i > 10:
        return None
    ref, name = speaker_of_np(art, np_after(doc, skip_adjuncts(doc, verb.i + 1, comma.i), comma.i))
    c_start, c_end = comma.idx + 1, s_end
    while c_start < c_end and art.text[c_start] == " ":
        c_start += 1
    return _add_indirect(art, field, offset, c_start, c_end, " .!?;…\n", name, ref, cue_text(doc, verb),
                         find_channel(art, sent.start_char, s_end, verb.idx))


def _reported(art: Article, field: Field, offset: int, sent: Sentence, verb: Any, k: int, s_end: int) -> Quote | None:
    """"X a déclaré que …", "X a affirmé avoir …": the clause from the "que" or the infinitive at
    token ``k`` to the end of the sentence."""
    doc = art.doc
    is_que = doc[k].text.lower() in L.QUE_FORMS
    if not is_que and (not infinitive(doc[k]) or is_weak(verb)):
        return None
    c_start = doc[k + 1].idx if is_que and k + 1 < sent.end else doc[k].idx
    c_end = _clause_end(doc, k, sent.end, s_end)
    while c_end > c_start and art.text[c_end - 1] in " .!?;…\n":
        c_end -= 1
    if c_end - c_start < 8 or _covered(art, c_start, c_end):
        return None
    ref, name = subject_before(art, sent, verb.i)
    if ref is None and name is None:
        attr = find_attribution(art, max(sent.start_char, offset), verb.idx)
        if attr is not None:
            _, ref, name = attr
    return art.add(Quote(
        field=field, start=c_start - offset, end=c_end - offset, text=art.text[c_start:c_end], kind="indirect",
        speaker_name=name, speaker_ref=ref, cue=cue_text(doc, verb),
        channel=find_channel(art, max(sent.start_char, offset), s_end, verb.idx),
    ), offset)


def _clause_end(doc: Any, k: int, limit: int, s_end: int) -> int:
    """Where reported content that starts at token ``k`` ends: at the end of the sentence, or
    before a participle that reports another statement ("…, expliquant avoir …", "…, en
    ajoutant que …")."""
    for i in range(k + 1, limit - 1):
        if doc[i].text == ",":
            nxt = doc[i + 2] if doc[i + 1].text.lower() == "en" and i + 2 < limit else doc[i + 1]
            if is_cue(nxt) and is_present_participle(nxt):
                return doc[i].idx
    return s_end


_GLOSS = re.compile(r"\s*\([^()\n]{1,40}\)")  # a short gloss in parentheses after a name ("(JDD)", "(LR)")


def _according(art: Article, field: Field, offset: int, sent: Sentence, s_start: int, s_end: int, found: list[Quote]) -> Quote | None:
    """"Selon X, …" / "…, selon X." / "…, selon X, …": the rest of the sentence."""
    doc = art.doc
    attr = find_attribution(art, s_start, s_end)
    if attr is None or any(q.start <= attr[0].idx - offset <= q.end + 30 and q.end > s_start - offset for q in found if q.field == field):
        return None
    prep, ref, name = attr
    np_end = np_after(doc, prep.i + 1, sent.end)
    after_np = (np_end[-1].idx + len(np_end[-1].text)) if np_end else prep.idx + len(prep.text)
    apposed = apposed_name(art, np_end[-1].i + 1) if np_end else None
    if apposed is not None:  # "Pour son ancien camarade, Olivier Faure, …": the content after the name
        after_np = doc[apposed[1]].idx
    if prep.idx - s_start < 3:  # "Selon X, …"
        c_start = after_np
        gloss = _GLOSS.match(art.text, c_start, s_end)
        if gloss is not None:  # "Selon le Journal du dimanche (JDD), …": the gloss is the source's, not the content
            c_start = gloss.end()
        while c_start < s_end and art.text[c_start] in " ,":
            c_start += 1
        c_end = s_end
    else:  # "…, selon X." or "…, selon X, …"
        c_start, c_end = s_start, prep.idx
    return _add_indirect(art, field, offset, c_start, c_end, " ,.!?;…\n", name, ref,
                         prep.text if prep.text.lower() != "d'" else "d'après", find_channel(art, s_start, s_end, prep.idx))


def _final_incise(art: Article, field: Field, offset: int, sent: Sentence, verb: Any) -> Quote | None:
    """"Le corps a été retrouvé dimanche, a annoncé la préfecture du Var." The statement comes
    first; an incise with the reporting verb and its inverted subject closes the sentence."""
    doc = art.doc
    if is_present_participle(verb):  # "…, confirmant une information de X": no inverted subject
        return None
    i = verb.i - 1
    while i >= sent.start and (is_aux(doc[i]) or is_causative(doc[i]) or doc[i].pos_ == "ADV" or doc[i].text.lower() in L.INCISE_LEAD_CLITICS_AND_PRONOUNS):
        i -= 1
    if i < sent.start or doc[i].text != ",":
        return None
    comma = doc[i]
    if is_weak(verb):
        return None  # "…, a réclamé la démission de X": an object, not an inverted subject
    clitic = next((t for t in doc[verb.i - 2 : verb.i + 2] if t.text.startswith("-") and t.text.lower() in L.SUBJECT_PRONOUNS), None)
    if clitic is not None:  # "Trois policiers étaient à l'avant, a-t-il précisé."
        rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space and t.i > clitic.i]
        if len(rest) > 6 or any(t.pos_ == "VERB" for t in rest):
            return None
        c_start, c_end = max(sent.start_char, offset), comma.idx
        if any(c_start <= q < c_end for q, _ in art.quoted) or _covered(art, c_start, c_end) or c_end - c_start < 12:
            return None
        ref, name = pronoun_speaker(art, clitic.idx, L.SUBJECT_PRONOUNS[clitic.text.lower()])
        return art.add(Quote(
            field=field, start=c_start - offset, end=c_end - offset, text=art.text[c_start:c_end], kind="indirect",
            speaker_name=name, speaker_ref=ref, cue=cue_text(doc, verb),
            channel=find_channel(art, comma.idx, sent.end_char, verb.idx),
        ), offset)
    # after the verb: the subject, then at most prepositional or time phrases to the end
    k = skip_adjuncts(doc, verb.i + 1, sent.end)
    np = np_after(doc, k, sent.end)
    if not np or np[0].pos_ == "ADP":
        return None
    end = _clause_end(doc, np[-1].i, sent.end, sent.end_char)  # "…, ajoutant que …" may follow
    rest = [t for t in doc[np[-1].i + 1 : sent.end] if t.idx < end and not t.is_space]
    if any(t.text == ":" or t.text in OPEN for t in rest):
        return None  # "X, le maire, a dit sa colère : « … »": the verb introduces what follows, it closes nothing
    rest = [t for t in rest if not t.is_punct]
    if len(rest) > 8 or any(t.pos_ in ("VERB",) for t in rest):
        return None
    ref, name = inverted_subject(art, verb, sent.end)  # "a expliqué son avocat, Me X": X
    c_start, c_end = max(sent.start_char, offset), comma.idx
    for q_start, _ in art.quoted:  # the statement starts after any quotation in the sentence
        if c_start <= q_start < c_end:
            return None
    if _covered(art, c_start, c_end):
        return None
    while c_end > c_start and art.text[c_end - 1] in " ,":
        c_end -= 1
    if c_end - c_start < 12:
        return None
    return art.add(Quote(
        field=field, start=c_start - offset, end=c_end - offset, text=art.text[c_start:c_end], kind="indirect",
        speaker_name=name, speaker_ref=ref, cue=cue_text(doc, verb),
        channel=find_channel(art, comma.idx, sent.end_char, verb.idx),
    ), offset)


def _complement(doc: Any, verb: Any, limit: int) -> int | None:
    """Index of the "que" or the infinitive that a reporting verb governs, or None.

    Between them may stand adverbs, clitics and one short prepositional phrase ("a annoncé sur
    Truth Social avoir eu", "a indiqué à l'AFP que"), never a noun phrase of its own
    ("a plaidé pour des pourparlers en vue de mettre" is not reported speech).
    """
    k = verb.i + 1
    pp = 0
    while k < limit:
        tok = doc[k]
        low = tok.text.lower()
        if low in L.QUE_FORMS:
            return k
        if infinitive(tok):
            before = doc[k - 1]
            if before.pos_ == "ADP" and before.i != verb.i + 1:
                return None  # "en vue de mettre": the infinitive hangs on a noun
            return k
        if tok.pos_ in ("ADV", "SPACE") or tok.text.startswith("-") or low in L.NEGATION_AND_Y_EN or low in L.TIME_WORDS \
                or (tok.text in L.QUOTE_CLOSERS and k == verb.i + 1):
            k += 1  # also the closing mark of a quoted verb: il « espère » que …
            continue
        if low in L.OBJECT_CLITICS and k + 1 < limit \
                and (infinitive(doc[k + 1]) or (is_aux(doc[k + 1]) and "Inf" in doc[k + 1].morph.get("VerbForm"))):
            return k + 1 if infinitive(doc[k + 1]) else k + 1  # "a assuré l'avoir fait savoir": the clitic belongs to the infinitive
        if low in L.OBJECT_CLITICS and k + 1 < limit and doc[k + 1].text.lower() in L.AUXILIARY_VERBS:
            return k + 1
        if low in L.TIME_DEMONSTRATIVES and k + 1 < limit and doc[k + 1].text.lower() in L.TIME_WORDS:
            k += 2
            continue
        if tok.pos_ == "ADP" and pp == 0:
            j = k + 1
            while j < limit and j - k <= 5 and doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "SPACE"):
                j += 1
            if j == k + 1:
                return None
            pp += 1
            k = j
            if k < limit and doc[k].text == ",":
                k += 1
            continue
        if tok.text == "," and pp == 0:
            k += 1
            continue
        return None
    return None


def _covered(art: Article, start: int, end: int) -> bool:
    """Reported content already given by a quotation: mostly inside one, or holding one (only the
    speaker's own words are kept: "a estimé que la réforme était « injuste »")."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in art.quoted)
    return inside > 0.6 * (end - start) or any(start <= s < end for s, _ in art.quoted)
