"""Where a cue's speaker stands and how it is named: the subject before the reporting verb,
the inverted subject after it, the main clause's subject for a participle, "selon X" / "Pour
X, …", a name in apposition; and the channel ("dans un communiqué", "sur Truth Social").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from recoupe.enrich.quotes.context import Article, Mention, Sentence
from recoupe.enrich.quotes.grammar import (
    MONTHS,
    SKIP_BEFORE_VERB,
    adjunct_between_commas,
    channel_comma,
    has_auxiliary,
    infinitive,
    is_aux,
    is_cue,
    is_past_participle,
    is_present_participle,
    locution_ending_at,
    locution_starting_at,
    np_after,
    np_start,
    phrase_then_adjunct,
    skip_adjuncts,
)
from recoupe.enrich.quotes.speakers import (
    after_preposition,
    indefinite_description,
    is_outlet,
    last_named_pronoun,
    pronoun_speaker,
    speaker_of_np,
)
from recoupe.lang import fr
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_NOUNS

CHANNELS = tuple(re.compile(p) for p in L.CHANNEL_PATTERNS)


def subject_before(art: Article, sent: Sentence, verb_i: int, depth: int = 0) -> tuple[int | None, str | None]:
    """The speaker standing before a reporting verb in its sentence.

    Walks back from the verb over auxiliaries, adverbs, clitics, time words, prepositional
    phrases and parentheticals between commas, to the subject: a pronoun (resolved), a noun
    phrase (an entity in it, or a role resolved to a person), else the last person or
    organisation named before the verb. A present participle ("…, estimant que …") takes the
    subject of its main clause.
    """
    doc = art.doc
    lo = sent.start
    for i in range(verb_i - 1, sent.start - 1, -1):
        if doc[i].text == ";" or (doc[i].text in L.QUOTE_CLOSERS and i < verb_i - 1):
            lo = i + 1
            break
    if is_present_participle(doc[verb_i]):
        return _participle_subject(art, lo, verb_i)
    if infinitive(doc[verb_i]) and depth < 3:
        narrated = narrative_infinitive_subject(art, lo, verb_i + 1)
        if narrated is not None:  # "Et le ministre d'ajouter : « … »": the noun phrase between "Et" and "de"
            return narrated
        seen = _perceived(art, doc[verb_i], lo)
        if seen is not None:
            return seen
        # "a décidé de témoigner", "a tenu à rappeler": the subject of the verb it hangs on;
        # "Et d'ajouter : « … »": the speaker going on
        g = verb_i - 1
        while g >= lo and (doc[g].pos_ == "ADV" or doc[g].text.lower() in L.BEFORE_INFINITIVE):
            g -= 1
        if g >= lo and doc[g].pos_ in ("VERB", "AUX"):
            return subject_before(art, sent, g, depth + 1)
        if g >= lo and doc[g].text.lower() in L.ADVERBIAL_INFINITIVE_PREPS:
            # "X avait invoqué un cadeau fait par Y, avant de reconnaître « … »": the main clause's subject
            # (from the sentence's start: quoted words may stand between, "un cadeau d'« ami »")
            main = next((t for t in doc[sent.start : g] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not art.in_quote(t.idx)), None)
            if main is not None:
                while main.i + 1 < g and is_aux(main) and doc[main.i + 1].pos_ in ("VERB", "AUX"):
                    main = doc[main.i + 1]
                return subject_before(art, sent, main.i, depth + 1)
            last = art.last_speaker
            if all(t.is_punct or t.is_space for t in doc[lo:g]) and last is not None and art.gap(last[0], doc[verb_i].idx) < 600:
                return last[1], last[2]  # "Avant de préciser que … « … »" opening a sentence: the speaker going on
        if g < lo or doc[g].text.lower() in L.VERB_CONJUNCTIONS:
            last = art.last_speaker
            if last is not None and art.gap(last[0], doc[verb_i].idx) < 600:
                return last[1], last[2]
    voice = _by_the_voice_of(art, lo, verb_i)
    if voice is not None:  # "L'agence X, par la voix de sa directrice Y, a appelé à « … »": Y speaks for X
        return art.named(voice)
    j = verb_i - 1
    pps = 0
    relative = False
    while j >= lo:
        tok = doc[j]
        low = tok.text.lower()
        if low in L.VERB_CONJUNCTIONS_AND_MAIS and tok.pos_ == "CCONJ" and depth < 3:
            # "il avait qualifié … et avait assuré", "qui considère … et parle de": the subject of
            # the verb coordinated before
            prev = next((t for t in reversed(doc[lo:j]) if t.pos_ in ("VERB", "AUX") and ("Fin" in t.morph.get("VerbForm") or has_auxiliary(t))), None)
            if prev is None and j == lo and lo > sent.start and doc[lo - 1].text in L.QUOTE_CLOSERS:
                # "X a dénoncé « … » et demandé que", "X a jugé « … » mais relève": the subject of
                # the verb in a compound tense before the quotation
                # (not "avoir été « … »": a verb in the infinitive has the subject of the verb it hangs on)
                prev = next((t for t in reversed(doc[sent.start : lo - 1]) if not art.in_quote(t.idx) and t.pos_ in ("VERB", "AUX")
                             and is_past_participle(t) and any(is_aux(a) and "Fin" in a.morph.get("VerbForm")
                                                                 for a in doc[max(sent.start, t.i - 4) : t.i])), None)
            if prev is not None:
                return subject_before(art, sent, prev.i, depth + 1)
            last = art.last_speaker
            if j == lo and lo > sent.start and doc[lo - 1].text in L.QUOTE_CLOSERS and last is not None \
                    and (last[1] is not None or last[2]) and abs(last[0] - doc[lo - 1].idx) <= 2:
                return last[1], last[2]  # "qui « ignore la jalousie » et se déclare « … »": the verbs share the speaker of the words before
        if j >= verb_i - 2 and tok.text in ('"', "«", "»", "“", "”"):  # Il « espère » que …
            j -= 1
            continue
        locution = locution_ending_at(doc, j, lo)
        if locution is not None:  # "a d'ailleurs annoncé", "a de son côté justifié"
            j = locution - 1
            continue
        if (tok.pos_ in ("ADV", "SPACE") or is_aux(tok) or low in SKIP_BEFORE_VERB) and tok.pos_ != "DET":
            j -= 1
            continue
        if low == "qui" and j > lo:  # "le ministre, qui assure que": the antecedent
            j -= 2 if doc[j - 1].text == "," else 1
            relative = True
            continue
        if low in L.TIME_WORDS or (tok.pos_ == "NUM" and j > lo and doc[j - 1].text.lower() in MONTHS):
            j -= 1
            continue
        if tok.text in (",", ")"):  # "Donald Trump, mercredi 12 février, a annoncé"; "l'Agence (ARS) a dit"
            k = j - 1
            while k >= lo and doc[k].text != ("," if tok.text == "," else "("):
                k -= 1
            if k >= lo and j - k <= 20:
                named = art.mentions_in(doc[k].idx, doc[j].idx, types=("person",))
                if tok.text == "," and named and doc[k + 1].idx >= named[0].start - 4:
                    return art.named(named[0].ref)  # "le porte-parole du Kremlin, Dmitri Peskov, a dit"
                if tok.text == "," and named and not named[-1].complement and named[-1].end >= doc[j].idx - 1 \
                        and doc[k + 1].pos_ == "DET" and not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : j]):
                    return art.named(named[-1].ref)  # "l'ex-belle-fille de X, la célèbre Y, a confié": Y
                incise = next((t for t in doc[k + 1 : j] if not (is_aux(t) or t.pos_ in ("ADV", "SPACE") or t.text.lower() in SKIP_BEFORE_VERB)), None)
                if tok.text == "," and incise is not None and is_cue(incise) and not is_present_participle(incise):
                    ref, name = inverted_subject(art, incise, j)  # "Son client, a précisé Me X, a reconnu": the words are X's
                    if ref is not None or name is not None:
                        return ref, name
                j = k - 1
                continue
            j -= 1
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
            start = np_start(doc, j, lo)
            glued = _glued_name(art, doc[start].idx, tok.idx + len(tok.text))
            if glued is not None:  # "… lors du Grand Rendez-Vous Les EchosManuel Valls a annoncé": a sentence glued on
                return art.named(glued.ref)
            # a prepositional phrase ("depuis sa création en 2008", "dans ce dossier"): not the subject
            if start > lo and doc[start - 1].pos_ == "ADP" and pps < 3 and not (relative and j < verb_i - 1):
                # (but "selon le conseil qui exige …": the antecedent of the relative, whatever its preposition)
                pps += 1
                j = start - 2
                continue
            if doc[j].text.lower() in L.TIME_WORDS or doc[j].text.lower() in MONTHS:
                j = start - 1
                continue
            apposed_to = _named_before_bare_apposition(art, start, lo)
            if apposed_to is not None:  # "X, responsable CGT de la Seine-Maritime, estime": X
                return art.named(apposed_to.ref)
            ref, name = speaker_of_np(art, list(doc[start : j + 1]))
            if ref is not None or name is not None:
                return ref, name
            if start - 1 > lo and doc[start - 1].text == "," and doc[j + 1].text == ",":
                j = start - 1  # "X, 40 ans, présidente de Y, a indiqué": an apposition that names no one, X before it
                continue
        if tok.pos_ == "PRON" and low in L.SUBJECT_PRONOUNS:
            return pronoun_speaker(art, tok.idx, L.SUBJECT_PRONOUNS.get(low))
        split = f"{doc[j - 2].text}-{low}".lower() if j - 2 >= lo and doc[j - 1].text == "-" else ""
        if split in L.SUBJECT_PRONOUNS:  # "Celui-ci a indiqué", cut in three by the tokenizer
            return pronoun_speaker(art, doc[j - 2].idx, L.SUBJECT_PRONOUNS[split])
        break
    parsed = parsed_subject(art, doc[verb_i], lo)  # the walk back found no subject: the parse's
    if parsed is not None:
        return parsed
    # the last one named before the verb, not after a preposition ("à l'AFP", "dans Le Monde"): a channel
    # or a complement is no subject
    mentions = [m for m in art.mentions_in(doc[lo].idx, doc[verb_i].idx) if not m.complement]
    if mentions:
        m = mentions[-1]
        return m.ref, art.refs[m.ref].name
    return None, None


def narrative_infinitive_subject(art: Article, lo: int, hi: int) -> tuple[int | None, str | None] | None:
    """The subject of a narrative infinitive opening a clause at token ``lo`` ("Et le ministre
    d'ajouter : « … »", "Et la chanteuse de mettre en garde ses fans : « … »": French news tells so
    what someone went on to say): the noun phrase between "Et" and the "de" before an infinitive
    standing before token ``hi``, resolved to a speaker; None when the clause does not open so or
    that phrase stands for no one."""
    doc = art.doc
    k = lo
    while k < hi and (doc[k].is_space or doc[k].is_punct):
        k += 1
    if k + 3 >= hi or doc[k].text.lower() != "et" or doc[k + 1].pos_ not in ("DET", "PROPN"):
        return None
    for j in range(k + 2, min(hi - 1, k + _NARRATED_SUBJECT_WORDS)):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") or art.in_quote(t.idx) or t.text in (":", ";", "."):
            return None
        if t.text.lower() in ("de", "d'", "d’") and infinitive(doc[j + 1]):
            tokens = [u for u in doc[k + 1 : j] if not u.is_space]
            ref, name = speaker_of_np(art, tokens) if tokens else (None, None)
            if ref is None and name is None and any(_can_speak(u) for u in tokens if u.pos_ == "NOUN"):
                name = art.words_text(tokens)  # "le chanteur populaire": the description, resolved with the others
            return (ref, name) if ref is not None or name is not None else None
    return None


_NARRATED_SUBJECT_WORDS = 12  # words from "Et" to the "de" of a narrative infinitive


def _by_the_voice_of(art: Article, lo: int, verb_i: int) -> int | None:
    """The person named in "par la voix de …" between commas in the subject of the verb at
    ``verb_i`` ("Le syndicat, par la voix de son secrétaire général X, a dénoncé …"): the one who
    speaks for the subject; None when the clause has no such phrase, when the phrase's closing comma
    does not stand right before that verb (its auxiliary, a negation, a clitic or an adverb between:
    "X, par la voix de Y, a appelé à …, tandis que Z a dénoncé « … »" is Z's) or when it names no person."""
    doc = art.doc
    for i in range(lo + 1, verb_i - 3):
        if doc[i - 1].text == "," and doc[i].text.lower() == "par" and doc[i + 1].text.lower() == "la" \
                and doc[i + 2].text.lower() == "voix" and doc[i + 3].text.lower() in L.DE_FORMS:
            close = next((t.i for t in doc[i + 4 : verb_i] if t.text == ","), None)
            if close is None or not all(is_aux(t) or t.pos_ == "ADV" or t.text.lower() in L.INCISE_CLITICS for t in doc[close + 1 : verb_i]):
                return None
            m = next((m for m in art.mentions_in(doc[i + 4].idx, doc[close].idx, types=("person",)) if not art.in_quote(m.start)), None)
            return m.ref if m is not None else None
    return None


def _named_before_bare_apposition(art: Article, start: int, lo: int) -> Mention | None:
    """The person or body named right before a comma that opens a noun phrase with no determiner
    ("Gérald L., responsable syndical du département, estime", "X, porte-parole du groupe, a dit"):
    French writes a role without its article only in apposition to a name, never as a subject,
    so the name is the subject. None when the phrase has a determiner, opens with no common noun
    (a name, a date), or no name ends right before the comma."""
    doc = art.doc
    first = doc[start]
    if start - 2 < lo or doc[start - 1].text != "," or first.pos_ != "NOUN" or not first.text[:1].islower() \
            or first.text.lower() in L.TIME_WORDS or first.text.lower() in MONTHS:
        return None
    comma = doc[start - 1].idx
    m = next((m for m in reversed(art.mentions_in(doc[lo].idx, comma)) if comma - 1 <= m.end <= comma), None)
    return m if m is not None and not m.complement else None


# Dependents of a subject that are not part of its name: a relative or participial clause ("le
# ministre qui a reçu X"), a clause in parentheses.
_NOT_OF_SUBJECT = ("acl", "acl:relcl", "advcl", "parataxis", "dep")


def _perceived(art: Article, verb: Any, lo: int) -> tuple[int | None, str | None] | None:
    """"entend l'homme qualifier …", "a entendu l'un des agresseurs déclarer": the one a verb of
    perception has as its object before the infinitive, by the parse."""
    if not art.parsed:
        return None
    head = verb.head
    obj = None
    if verb.dep_ == "acl" and head.dep_ == "obj" and head.i < verb.i:  # the parse hangs the infinitive on the object
        obj, head = head, head.head
    if head.i == verb.i or head.i >= verb.i or head.i < lo or head.lemma_.lower() not in L.PERCEPTION_VERBS:
        return None
    obj = obj or next((c for c in (*head.children, *verb.children) if c.dep_ in ("obj", "nsubj") and head.i < c.i < verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    tokens = [t for t in obj.subtree if head.i < t.i < verb.i]
    ref, name = speaker_of_np(art, tokens) if tokens else (None, None)
    return (ref, name) if ref is not None or name is not None else None


def parsed_subject(art: Article, verb: Any, lo: int) -> tuple[int | None, str | None] | None:
    """The subject the dependency parse gives a reporting verb, standing before it in its
    sentence, resolved to a speaker (a pronoun, a role or a description of one of the article's
    people, an entity in it); None when there is no parse, no such subject, or one that stands
    for no one. A verb with no subject of its own takes the one of the verb it completes or is
    coordinated with ("a tenu à rappeler", "a dit … et ajouté"); a relative pronoun stands for
    its antecedent ("le ministre, qui a assuré")."""
    if not art.parsed:
        return None
    v = verb
    for _ in range(3):
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and lo <= c.i < verb.i), None)
        if subject is not None or v.dep_ not in ("xcomp", "conj") or not lo <= v.head.i < verb.i:
            break
        v = v.head
    if subject is None or art.in_quote(subject.idx):
        return None
    if subject.text.lower() in L.RELATIVE_SUBJECTS and v.dep_.startswith("acl") and lo <= v.head.i < subject.i:
        subject, cut = v.head, v  # "le ministre, qui a assuré": the antecedent, without its clause
    else:
        cut = None
    left_out = {t.i for c in subject.children if c.dep_ in _NOT_OF_SUBJECT or c is cut for t in c.subtree}
    tokens = [t for t in subject.subtree if lo <= t.i < verb.i and t.i not in left_out and not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return None
    ref, name = speaker_of_np(art, tokens)
    if ref is None and name is not None and not _can_speak(subject):
        return None  # "la décision", "cette évolution": no one
    return (ref, name) if ref is not None or name is not None else None


def _can_speak(head: Any) -> bool:
    """A subject's head word that may name someone who speaks: a pronoun, a name, a role, a
    description of a person, a body or a document (which stands for its author)."""
    if head.pos_ in ("PRON", "PROPN"):
        return True
    words = {head.text.lower(), head.lemma_.lower()}
    return bool(words & (ROLE_NOUNS | L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS | L.ORGANISATION_NOUNS | L.DOCUMENT_NOUNS))


def clause_subject(art: Article, first: Any, lo: int, *, speaking: bool = False) -> tuple[int | None, str | None] | None:
    """Quoted words embedded in a clause with no reporting verb ("le candidat a promis de
    reconstruire la ville avec « … »"): the subject of the nearest verb above them in the parse,
    standing before them in the sentence. With ``speaking``, a subject that is no person or body
    the article names is passed over for the subject of the clause above ("X a souhaité que la France puisse
    « … »": X, who wishes, not France); when no clause above has one, the nearest subject that
    describes someone who may speak ("Les avocats de la famille pointent « … »", "Une source
    proche du dossier a fait part d'« … »"), which the article does not name."""
    if not art.parsed:
        return None
    tok = first
    described = None
    for _ in range(8):
        head = tok.head
        if head.i == tok.i or head.i < lo:
            break
        if head.i < first.i and head.pos_ in ("VERB", "AUX") and not art.in_quote(head.idx):
            found = parsed_subject(art, head, lo)
            if found is not None and not (speaking and (found[0] is None or art.refs[found[0]].type not in ("person", "organisation"))):
                return found
            if speaking and described is None and found is not None and found[0] is None and _acting_people(head):
                described = found
        tok = head
    return described


def _acting_people(verb: Any) -> bool:
    """The parse gives ``verb`` a subject in the active voice whose head word names people or a body
    (a role, a person, a group: "les avocats", "une source"), not a document or a thing ("une
    enquête a été ouverte", "trois hommes ont été placés en garde à vue": what befell them)."""
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    words = {subject.text.lower(), subject.lemma_.lower()}
    return bool(words & (ROLE_NOUNS | L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS | L.ORGANISATION_NOUNS))


def _glued_name(art: Article, start: int, end: int) -> Mention | None:
    """A person's name that starts inside a word between ``start`` and ``end`` ("EchosManuel
    Valls"): scraped text that lost the full stop before a new sentence, whose subject it is."""
    for m in art.mentions_in(start, end, types=("person",)):
        tok = art.token_at(m.start)
        if tok.idx < m.start and art.text[m.start - 1].islower() and art.text[m.start].isupper():
            return m
    return None


def _participle_subject(art: Article, lo: int, verb_i: int) -> tuple[int | None, str | None]:
    """"…, a précisé la gendarmerie, ajoutant que …": a present participle takes the subject of
    its main clause: the speaker of a statement just reported in the sentence, else the subject
    of a reporting verb before it, else the subject opening the sentence."""
    doc = art.doc
    absolute = _absolute_subject(art, lo, verb_i)
    if absolute is not None:  # "…, X promettant des « … »": the participle's own subject
        return art.named(absolute)
    last = art.last_speaker
    if last is not None and art.sentence(doc[verb_i].idx).start_char <= last[0] <= doc[verb_i].idx:
        return last[1], last[2]
    if all(t.is_punct or t.is_space or t.pos_ in ("ADV", "CCONJ") for t in doc[lo:verb_i]) or doc[verb_i].text[:1].isupper():
        # (a capital: the participle opens a sentence the splitter glued to the one before, "….Soulignant")
        after = _main_subject_after(art, doc[verb_i])
        if after is None:
            after = _subject_after_participle_clause(art, doc[verb_i])
        if after is not None:  # "Insistant sur « … », le candidat a promis …": the main clause's subject, after
            return after
    main = next((t for t in reversed(doc[lo:verb_i]) if is_cue(t) and not is_present_participle(t)), None)
    if main is not None:
        ref, name = subject_before(art, Sentence(doc, lo, verb_i, art.tokens), main.i)
        if ref is None and name is None:
            ref, name = inverted_subject(art, main, verb_i)
        if ref is not None or name is not None:
            return ref, name
    start = art.sentence(doc[verb_i].idx).start
    label = start < lo and doc[lo - 1].text in L.QUOTE_CLOSERS and not art.in_quote(doc[lo - 1].idx - 1)
    ref, name = _first_subject(art, lo, verb_i, complements=not label)
    # (past a label in marks, no quotation, a complement opens no clause: "… l'un des « … » du Parti socialiste, ajoutant que")
    if ref is None and name is None and label:
        # "À l'instar de X, pour qui Y est l'un des « … » du parti, ajoutant que": the clause opens before the marks
        ref, name = _first_subject(art, start, verb_i)
    if ref is None and name is None:  # "Le ministre a justifié l'offensive, évoquant « … »": its main verb's subject
        finite = next((t for t in doc[lo:verb_i] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not art.in_quote(t.idx)), None)
        if finite is not None:
            ref, name = subject_before(art, Sentence(doc, lo, verb_i, art.tokens), finite.i)
    return ref, name


def _absolute_subject(art: Article, lo: int, verb_i: int) -> int | None:
    """A present participle of a reporting verb with a subject of its own, right before it, the
    participial clause opening after a comma, whose object is the quoted words or a clause ("…, comme
    le souligne Y, la chaîne M6 promettant des « … »", "…, X assurant que …"): the person or body
    named there, not a complement, else None (the participle takes the main clause's subject). Not
    quoted words that only qualify its object or its manner ("…, X proposant un budget « … »", "X
    contestant « avec aplomb » les faits"): those of the main clause's speaker or of the writer."""
    doc = art.doc
    j = verb_i - 1
    if j < lo or doc[j].is_punct or not is_cue(doc[verb_i]) or not _quoted_object_after(art, verb_i):
        return None
    m = art.mention_at(doc[j].idx, doc[j].idx + len(doc[j].text))
    if m is None or m.end != doc[j].idx + len(doc[j].text) or m.complement or art.in_quote(m.start):
        return None
    first = art.token_at(m.start).i
    if first - 1 < lo or doc[first - 1].text != ",":
        return None
    return m.ref


def _quoted_object_after(art: Article, verb_i: int) -> bool:
    """The verb at ``verb_i`` governs a clause ("que …") or quoted words right after it, past adverbs,
    a determiner or a colon ("promettant des « … »", "assurant : « … »"), words that open with no
    preposition (not "contestant « avec un aplomb … » les faits": its manner)."""
    doc = art.doc
    k = verb_i + 1
    while k < len(doc) and (doc[k].pos_ in ("ADV", "DET", "SPACE") or doc[k].text == ":"):
        k += 1
    if k < len(doc) and doc[k].text.lower() in L.QUE_FORMS:
        return True
    if k + 1 >= len(doc) or not doc[k].is_quote or not art.in_quote(doc[k + 1].idx):
        return False
    return doc[k + 1].pos_ != "ADP"


def _main_subject_after(art: Article, participle: Any) -> tuple[int | None, str | None] | None:
    """A participle opening its sentence ("Insistant sur …, le candidat a promis …", "Interrogé
    sur …, X a répondu"): the subject of the main verb it hangs on, standing after it in the
    sentence, by the parse; None when there is none, or one that stands for no one."""
    if not art.parsed:
        return None
    main = participle.head
    if participle.dep_ not in ("advcl", "acl", "xcomp", "dep", "advmod") or main.i <= participle.i:
        # ("advmod": the parser's reading of "Saluant également « … », le député a …")
        return None
    sent = art.sentence(participle.idx)
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass") and participle.i < c.i < main.i < sent.end), None)
    if subject is None or art.in_quote(subject.idx) or not _can_speak(subject):
        return None
    left_out = {t.i for c in subject.children if c.dep_ in _NOT_OF_SUBJECT for t in c.subtree}
    tokens = [t for t in subject.subtree if t.i not in left_out and not t.is_space and t.i < main.i]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    ref, name = speaker_of_np(art, tokens) if tokens else (None, None)
    return (ref, name) if ref is not None or name is not None else None


def _subject_after_participle_clause(art: Article, participle: Any) -> tuple[int | None, str | None] | None:
    """A participle opening its sentence whose clause the parse did not hang on the main verb
    ("Affirmant ne pas connaître « … » de l'incident, il a ajouté", "Soulignant que « … », la
    maire s'est inquiétée"): the clause ends at the first comma outside quotation marks, and
    the main clause's subject is that of the first finite verb after it, within a few words;
    None when no finite verb follows soon or it has no subject that speaks."""
    doc = art.doc
    sent = art.sentence(participle.idx)
    comma = next((t.i for t in doc[participle.i + 1 : min(sent.end, participle.i + 80)]
                  if t.text == "," and not art.in_quote(t.idx)), None)
    if comma is None:
        return None
    apposition = False
    for t in doc[comma + 1 : min(sent.end, comma + 16)]:
        if t.text == "," and not apposition and apposed_name(art, t.i) is not None:
            apposition = True  # "…, le député de la Marne, Jean X, a …": the subject's name in apposition
            continue
        if t.text == "," and apposition and apposed_name(art, t.i) is None and _names_person_before(art, t):
            continue  # the comma closing that apposition
        if art.in_quote(t.idx) or t.is_quote or t.text in (":", ";", ",", ".") or (t.i > comma + 10 and not apposition):
            return None  # no main verb right after the clause: "Soulignant que « … », « … »"
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            ref, name = subject_before(art, Sentence(doc, comma + 1, sent.end, art.tokens), t.i)
            return (ref, name) if ref is not None or name is not None else None
    return None


def _names_person_before(art: Article, comma: Any) -> bool:
    """A person's name ending right before a comma: the end of an apposition."""
    return any(comma.idx - 1 <= m.end <= comma.idx for m in art.mentions_in(max(0, comma.idx - 60), comma.idx, types=("person",)))


def _first_subject(art: Article, lo: int, hi: int, *, complements: bool = True) -> tuple[int | None, str | None]:
    """The subject opening a clause: the first pronoun, entity or noun phrase before ``hi``
    (``complements``: also an entity in a complement, "le chef de l'État"). A prepositional phrase
    opening the clause and closed by a comma is no subject, nor is anyone it names ("Au lendemain
    du rejet de l'amendement Martin, Paul Girard a répété …, assurant …": Girard, not Martin); the
    noun phrase after it stands for the one it describes ("Après le départ de X, la présidente du
    parti a envoyé …, expliquant …": the president, not the party)."""
    doc = art.doc
    past = _past_fronted_phrase(art, lo, hi)
    if past != lo and doc[past].pos_ == "DET":
        end = next((t.i for t in doc[past:hi] if t.pos_ in ("VERB", "AUX") or t.is_punct), hi)
        ref, name = speaker_of_np(art, list(doc[past:end]))
        if ref is not None or name is not None:
            return ref, name
    lo = past
    for i in range(lo, hi):
        tok = doc[i]
        if tok.pos_ == "PRON" and tok.text.lower() in L.SUBJECT_PRONOUNS:
            return pronoun_speaker(art, tok.idx, L.SUBJECT_PRONOUNS.get(tok.text.lower()))
        m = art.mention_at(tok.idx, tok.idx + len(tok.text))
        if m is not None and (complements or not m.complement):
            return m.ref, art.refs[m.ref].name
        if tok.pos_ == "VERB":
            break
    return None, None


def _past_fronted_phrase(art: Article, lo: int, hi: int) -> int:
    """The token after the comma closing a prepositional phrase that opens the clause at ``lo``
    ("Dans la foulée du vote, ", "Lors de sa visite à X, "), when a noun phrase follows that comma
    before ``hi``; ``lo`` itself when the clause opens otherwise, when no comma outside quotation
    marks closes the phrase within a few words, or when a verb or a subject pronoun stands in it
    (a clause of its own: "Pour ceux qui le connaissent, …", "Selon lui, …")."""
    doc = art.doc
    k = lo
    while k < hi and (doc[k].is_space or doc[k].pos_ == "CCONJ" or doc[k].text in ("-", "—", "–")):
        k += 1
    if k >= hi or doc[k].pos_ != "ADP" or doc[k].text.lower() in L.ATTRIBUTION_PREPS or doc[k].text.lower() == "pour":
        return lo  # ("Selon X, …", "Pour X, …": an attribution, whose X speaks)
    for j in range(k + 1, min(hi, k + _FRONTED_PHRASE_WORDS)):
        t = doc[j]
        if art.in_quote(t.idx) or t.pos_ in ("VERB", "AUX", "PRON") or t.text in (";", ":", "(", ")"):
            return lo
        if t.text == ",":
            nxt = next((u for u in doc[j + 1 : hi] if not u.is_space), None)
            return j + 1 if nxt is not None and nxt.pos_ in ("DET", "PROPN", "NOUN") else lo
    return lo


_FRONTED_PHRASE_WORDS = 15  # words of a prepositional phrase opening a clause, up to its comma


def inverted_subject(art: Article, verb: Any, limit: int) -> tuple[int | None, str | None]:
    """The subject after a reporting verb, up to token ``limit``: "a déploré sa collègue Mathilde
    Panot", "a précisé la gendarmerie à l'AFP", "a ajouté le président du club, Jean X"."""
    doc = art.doc
    source = unnamed_source_after(art, verb.i + 1, limit)
    if source is not None:  # "a-t-on indiqué de source policière"
        return source
    demonstrative = last_named_pronoun(doc, verb.i + 1, limit)
    if demonstrative is not None:  # "a déclaré ce dernier": not a time phrase ("ce dernier week-end"), the one named last
        return pronoun_speaker(art, doc[verb.i + 1].idx, L.SUBJECT_PRONOUNS[demonstrative])
    start = verb.i + 1
    closing = adjunct_between_commas(doc, start, limit) if start < limit else None
    if closing is not None:  # "a estimé, de son côté, X", "avait déclaré, lundi 18 juin, X": past the adjunct
        start = closing + 1
    locution = locution_starting_at(doc, start, limit) if start < limit else None
    if locution is not None:  # "explique d'emblée le président de la firme", "a indiqué de son côté l'Élysée"
        start = locution + 1
    k = skip_adjuncts(doc, start, limit)
    locution = locution_starting_at(doc, k, limit) if k < limit else None
    if locution is not None:  # "a dit mardi de son côté X": a locution after a time word
        k = skip_adjuncts(doc, locution + 1, limit)
    comma = subject_after_channel(art, k, limit)
    if comma is not None:  # "a expliqué à l'AFP, un responsable local": past the channel and its comma
        k = skip_adjuncts(doc, comma + 1, limit)
    else:
        comma = phrase_then_adjunct(doc, k, limit)
        if comma is not None:  # "a confié au téléphone, depuis Bangkok, X": past both adjuncts
            k = skip_adjuncts(doc, comma + 1, limit)
    if k >= limit:
        return None, None
    outlet_name = _name_after_outlet(art, k, limit)
    if outlet_name is not None:  # "a raconté à CNN Angelica Martinez, 14 ans": the name after the outlet
        return outlet_name
    gender = L.DEMONSTRATIVE_RELATIVE_SUBJECTS.get(doc[k].text.lower())
    if gender is not None and k + 1 < len(doc) and doc[k + 1].text.lower() == "qui":
        return pronoun_speaker(art, doc[k].idx, gender)  # "confie à RTL celui qui s'est caché": the one spoken of
    limit = next((t.i for t in doc[k + 1 : limit] if t.text.lower() in L.RELATIVE_SUBJECTS and t.pos_ == "PRON"), limit)
    # "a dit le président américain qui a ajouté que X …": a name in the relative clause is not the speaker
    limit = next((t.i for t in doc[k + 1 : limit] if t.pos_ == "SCONJ" or t.text.lower() in L.INCISE_CLAUSE_OPENERS), limit)
    # "a fait remarquer l'actrice alors que X se faisait taquiner": a name in the clause after is not the speaker
    limit = next((t.i for t in doc[k + 1 : limit] if is_past_participle(t) and t.pos_ == "VERB" and t.i + 1 < limit
                  and doc[t.i + 1].text.lower() == "par"), limit)
    # "précise la municipalité dirigée par X": X is the agent of the participle, the body speaks
    named = art.mentions_in(doc[k].idx, doc[limit - 1].idx + len(doc[limit - 1].text), types=("person",))
    free = [m for m in named if not m.complement]
    np = np_after(doc, k, limit) or list(doc[k:limit])
    if free and np and indefinite_description(np, next((t for t in np[1:] if t.pos_ == "NOUN"), None)) and after_preposition(art, free[0]):
        free = []  # "a confié une source proche de X": someone new, never X
    if free and np and np[0].i == k and np[-1].i + 1 < limit and doc[np[-1].i + 1].pos_ == "ADP" and _names_someone(art, np):
        # "écrit l'élu dans une lettre au président de l'Assemblée X": X, in a phrase after a
        # preposition, is whom the words are addressed to, not who speaks
        free = [m for m in free if not _after_preposition_past(art, np[-1].i + 1, m)]
    if free:  # "a déploré l'avocat de X, Me Y": Y
        return art.named(free[0].ref)
    head = next((t for t in np if t.pos_ == "NOUN"), None) if np else None
    if head is not None and head.text[:1].islower() and (head.text.lower() in ROLE_NOUNS or head.text.lower() in L.PERSON_NOUNS):
        missed = unrecognised_name(art, np[-1].i + 1, limit)
        if missed is not None:  # "a précisé le porte-parole de la police, Yusri Yunus", a name the entity step missed
            return None, missed
    quoted = _body_named_in_marks(art, np, limit)
    if quoted is not None:  # "a précisé le festival « Les Nuits du Port »": the festival, by its name
        return quoted
    # "a déploré l'avocat de X, Me Y": Y, not X, whose words the lawyer does not report
    return speaker_of_np(art, np)


def subject_after_channel(art: Article, k: int, limit: int) -> int | None:
    """The comma closing a channel between an incise's verb and its inverted subject, from token ``k``
    (``grammar.channel_comma``), when the channel ends on a common noun ("à la presse") or an outlet's
    name ("à l'AFP", "sur France Inter") and names no person: not "a déclaré à l'AFP X, un responsable
    de la police" nor "a expliqué à France Bleu Thomas, l'un des étudiants", where the name is the
    subject and the description after the comma its apposition."""
    doc = art.doc
    comma = channel_comma(doc, k, limit)
    if comma is None or art.mentions_in(doc[k].idx, doc[comma].idx, types=("person",)):
        return None
    last = doc[comma - 1]
    if last.pos_ == "NOUN" and last.text.islower():
        return comma
    m = next((m for m in art.mentions_in(doc[k].idx, doc[comma].idx) if m.end >= last.idx + len(last.text)), None)
    if m is not None and m.type == "organisation":
        return comma
    words = art.words_text(list(doc[k + 1 : comma]))
    return comma if is_outlet(words) or is_outlet(last.text) else None


def _body_named_in_marks(art: Article, np: list[Any], limit: int) -> tuple[int | None, str | None] | None:
    """A body the noun phrase ``np`` names by a common noun of ``fr_quotes.QUOTED_NAME_HOLDERS``
    and its name in quotation marks right after it, before token ``limit`` ("le festival « Les Nuits
    du Port »", "l'association « Nos Rues »"): the body the article names there, else the noun and
    the name ("festival Les Nuits du Port"); None when the phrase holds no such name."""
    doc = art.doc
    for t in np:
        if t.text.lower() not in L.QUOTED_NAME_HOLDERS or t.pos_ != "NOUN" or t.i + 2 >= limit or not doc[t.i + 1].is_quote:
            continue
        close = next((k for k in range(t.i + 2, min(limit, t.i + 12)) if doc[k].is_quote), None)
        if close is None or close == t.i + 2 or any(u.text in (".", ";", ":", "!", "?") for u in doc[t.i + 2 : close]):
            return None
        inner = list(doc[t.i + 2 : close])
        m = art.mention_at(inner[0].idx, inner[-1].idx + len(inner[-1].text))
        if m is not None and m.start >= inner[0].idx:
            return art.named(m.ref)
        return None, f"{t.text} {art.words_text(inner)}"
    return None


def _after_preposition_past(art: Article, i: int, m: Mention) -> bool:
    """A name standing after token ``i`` (the end of a noun phrase that names someone) in the
    phrase of the one addressed, opening right after it with no comma between ("l'élu | dans une
    lettre au président de l'Assemblée X"; not "sa collègue et candidate au perchoir X", "le
    procureur à Paris X", nor "l'adjoint | au maire de Lyon chargé des sports X"): a noun of a
    message stands after token ``i``, then the nearest preposition before the name (past "de") is
    "à" and a role noun follows it."""
    doc = art.doc
    first = art.token_at(m.start).i
    if first < i:
        return False
    between = doc[i:first]
    if any(t.text == "," for t in between):
        return False
    prep = next((t for t in reversed(between) if t.pos_ == "ADP" and t.text.lower() not in L.DE_FORMS), None)
    if prep is None or prep.text.lower() not in L.ADDRESSEE_PREPS:
        return False
    if not any(t.text.lower() in L.MESSAGE_NOUNS for t in doc[i : prep.i]):
        return False  # "l'adjoint au maire de Lyon X": "à" in an office's title, X holds it
    role = next((t for t in doc[prep.i + 1 : first] if t.pos_ != "DET"), None)
    return role is not None and role.pos_ == "NOUN" and role.text[:1].islower()


def _name_after_outlet(art: Article, k: int, limit: int) -> tuple[int | None, str | None] | None:
    """"à CNN Angelica Martinez", "à RTL Paul Roux": a preposition, a news outlet written as one
    name, then a person's name running to the end of the incise, which the tagger read as one
    proper noun: the person (a mention, else the capitalised words); None otherwise."""
    doc = art.doc
    if doc[k].pos_ != "ADP" or doc[k].text.lower() not in ("à", "au", "auprès") or k + 3 >= limit:
        return None
    j = k + 1
    if doc[k].text.lower() == "auprès" and doc[j].text.lower() in L.DE_FORMS:
        j += 1
    if not is_outlet(doc[j].text):
        return None
    m = art.mention_at(doc[j + 1].idx, doc[j + 1].idx + len(doc[j + 1].text), types=("person",))
    if m is not None and m.start == doc[j + 1].idx:
        return art.named(m.ref)
    words: list[Any] = []
    for t in doc[j + 1 : limit]:
        if not (t.text[:1].isupper() and t.text.replace("-", "").isalpha()) or len(words) >= 4:
            break
        words.append(t)
    rest = doc[j + 1 + len(words) : limit]
    if len(words) < 2 or (len(rest) and not (rest[0].is_punct or rest[0].is_space)):
        return None
    return None, art.words_text(words)


def unrecognised_name(art: Article, comma: int, limit: int) -> str | None:
    """A person's name in apposition after the comma at token ``comma``, ending the incise (up to
    token ``limit``, a comma or a preposition: "…, Yusri Yunus à des journalistes"): at least two
    capitalised words, after an optional honorific, that the entity step took for no organisation;
    None otherwise."""
    doc = art.doc
    if comma >= min(limit, len(doc)) or doc[comma].text != ",":
        return None
    k = comma + 1
    while k < limit and doc[k].text in fr.HONORIFICS:
        k += 1
    words: list[Any] = []
    while k < limit and k < len(doc) and doc[k].text[:1].isupper() and doc[k].text.replace("-", "").replace("'", "").isalpha() and len(words) < 4:
        words.append(doc[k])
        k += 1
    if len(words) < 2 or (k < limit and k < len(doc) and not (doc[k].is_punct or doc[k].pos_ == "ADP" or doc[k].is_space)):
        return None
    if art.mentions_in(words[0].idx, words[-1].idx + len(words[-1].text), types=("organisation",)):
        return None  # (a place is kept: in apposition to a role, the tagger's "place" is a foreign name it misread)
    return art.words_text(words)


def unnamed_source_after(art: Article, i: int, limit: int) -> tuple[int | None, str | None] | None:
    """"(a-t-on indiqué) de source policière", "de sources concordantes", "de même source": the
    agencies' way of giving an unnamed source after a reporting verb, from token ``i`` (past
    inverted pronouns and adverbs) up to ``limit``: (None, "une source policière"), (None, "des
    sources concordantes"), or the speaker just quoted for "de même source"; None when there is none."""
    doc = art.doc
    while i < limit and (doc[i].text.startswith("-") or doc[i].pos_ == "ADV" or doc[i].is_space):
        i += 1
    if i + 1 >= limit or doc[i].text.lower() not in L.DE_WITHOUT_ARTICLE:
        return None
    k = i + 1
    same = doc[k].text.lower() in L.SAME_SOURCE_WORDS
    if same:
        k += 1
    if k >= limit or doc[k].text.lower() not in L.SOURCE_WORDS:
        return None
    if same:
        last = art.last_speaker
        return (last[1], last[2]) if last is not None and (last[1] is not None or last[2]) else None
    words = [doc[k]]
    for t in doc[k + 1 : min(limit, k + 7)]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "PRON", "CCONJ") or art.in_quote(t.idx) or (
                t.pos_ == "DET" and words[-1].pos_ != "ADP" and words[-1].text.lower() not in L.DE_FORMS):
            break  # (not the subject after it: "de source proche du dossier un enquêteur")
        words.append(t)
    while words and (words[-1].pos_ in ("ADP", "DET") or words[-1].text.lower() in L.DE_FORMS):
        words.pop()
    det = L.SOURCE_DETERMINERS["Plur" if "Plur" in doc[k].morph.get("Number") or doc[k].text.lower().endswith("s") else "Sing"]
    return None, det + " " + art.words_text(words)


# Every channel pattern at once, to tell in one scan that a sentence names none.
_ANY_CHANNEL = re.compile("|".join(f"(?:{p})" for p in L.CHANNEL_PATTERNS))
_SPACE = re.compile(r"\s")

# A preposition opening a sentence or a quotation, capitalised, that may start a channel.
_CHANNEL_OPENING = re.compile(r"(?:^|(?<=[.!?…«“\"]))( *)(?:" + "|".join(L.CHANNEL_OPENERS) + r")\b")


def find_channel(art: Article, start: int, end: int, cue_char: int | None) -> str | None:
    text = art.text
    window = list(text[start:end])
    for s, e in art.quoted:  # quotation text is not where a channel is named
        lo, hi = max(s, start), min(e, end)
        if hi > lo:
            window[lo - start : hi - start] = " " * (hi - lo)
    haystack = _SPACE.sub(" ", "".join(window))  # no-break spaces too, offsets kept
    haystack = _CHANNEL_OPENING.sub(lambda m: m.group(0).lower(), haystack)  # "Dans un communiqué, X a …"
    if _ANY_CHANNEL.search(haystack) is None:
        return None  # no pattern matches anywhere: spares running them one by one
    for pattern in CHANNELS:  # in order of precedence: "sur X" before "dans un message"
        best: tuple[int, str] | None = None
        for m in pattern.finditer(haystack):
            distance = abs(start + m.start() - cue_char) if cue_char is not None else m.start()
            if best is None or distance < best[0]:
                best = (distance, " ".join(m.group(0).split()))
        if best:
            return best[1]
    return None


def find_attribution(art: Article, start: int, end: int) -> tuple[Any, int | None, str | None] | None:
    """"selon X" / "d'après X" / "Pour X, …" between doc offsets: (preposition token, speaker
    ref, name); the name is None for an unnamed source ("selon des sources concordantes")."""
    doc, tokens, starts, at = art.doc, art.tokens, art._tok_starts, art.attribution_at
    first = art.token_at(start)
    for n in range(bisect_left(at, first.i), len(at)):  # only the words that may open one
        i = at[n]
        if starts[i] >= end:
            break
        tok = tokens[i]
        low = tok.text.lower()
        if low == "pour" and tok.idx == start:
            found = _pour_x(art, tok)
            if found is not None:
                return found
            continue
        if not (low == "selon" or low in ("d'après", "d’après") or (low == "d'" and tok.i + 1 < len(doc) and doc[tok.i + 1].text.lower() == "après")):
            continue
        k = tok.i + (2 if low == "d'" else 1)
        if k >= len(doc):
            return None
        if doc[k].text.lower() in L.STRESSED_PRONOUNS_AFTER_SELON:  # "selon lui"
            return (tok, *pronoun_speaker(art, doc[k].idx, L.STRESSED_PRONOUNS_AFTER_SELON[doc[k].text.lower()]))
        if doc[k].text.lower() in L.RELATIVE_ATTRIBUTIONS:
            antecedent = antecedent_before(art, tok)
            if antecedent is not None:  # "… de l'ancien ministre X, selon qui « … »": X's words
                return (tok, *art.named(antecedent.ref))
        if doc[k].text.lower() in L.NOT_ATTRIBUTIONS:
            continue  # "un accord selon lequel": not an attribution
        np = np_after(doc, k, len(doc))
        after = np[-1].i + 1 if np else k
        words_of = next((n for n, t in enumerate(np) if t.pos_ == "NOUN"), None)
        if words_of is not None and np[words_of].text.lower() in L.WORDS_OF_NOUNS and words_of + 2 < len(np) \
                and np[words_of + 1].text.lower() in L.DE_FORMS:
            np = np[words_of + 2 :]  # "selon les termes du président X": the one whose words they are
        relayed = after < len(doc) and doc[after].lemma_.lower() in L.RELAY_VERBS
        if relayed and not _names_someone(art, np):
            continue  # "selon des propos rapportés par TASS": a channel, the speaker is named later
            # (not "selon un député cité par Le Parisien": the one cited speaks)
        author = [] if relayed else _author_after(doc, after)
        head = next((t for t in author or np if t.pos_ in ("NOUN", "PROPN")), None)
        extended = person_ending_description(art, list(doc[after : after + 8])) if head is not None and head.pos_ == "NOUN" and not author and not relayed else None
        if extended is not None and extended.start > doc[after].idx:  # "selon le journaliste et critique musical X": X
            # (not a name right after the phrase: "selon le maire X" is read as one phrase)
            return (tok, *art.named(extended.ref))
        apposed = apposed_name(art, _past_place(doc, (author or np)[-1].i + 1), or_end=True) if head is not None and head.pos_ == "NOUN" else None
        if apposed is not None:  # "selon le directeur de l'usine, Paul Roux": the person named, not the office
            return (tok, *art.named(apposed[0].ref))
        return (tok, *speaker_of_np(art, author or np, attributed=not author))
    return None


def person_ending_description(art: Article, toks: list[Any], *, complements: bool = False) -> Mention | None:
    """The person named at the end of the description that the words ``toks`` make or go on:
    nouns, adjectives and "et" ("selon le journaliste et critique musical X", "selon la
    co-fondatrice et présidente X"); with ``complements``, also articles, proper nouns and
    complements in "de" ("le député LR de la Loire X", "le directeur du journal Le Matin X"). None
    when something else (a verb, a preposition, punctuation, quoted words) comes before a name, and
    when the name is not the description's but a complement's: right after "de" ("la fille de Jean
    Dupont", "l'avocat de X"), or ending the description of one person that a complement in "de"
    gives ("l'épouse de l'ancien maire X", "le fils du voisin X"); the words are then neither X's nor
    anyone this rule can name."""
    joins = ("NOUN", "PROPN", "ADJ", "DET", "CCONJ") if complements else ("NOUN", "ADJ", "CCONJ")
    in_complement = owned = False
    for t in toks:
        m = art.mention_at(t.idx, t.idx + len(t.text), types=("person",))
        if m is not None and m.start == t.idx:
            return None if m.complement or owned or art.in_quote(m.start) else m
        if complements and t.text.lower() in L.DE_FORMS:
            in_complement = True
            continue
        if (t.is_punct and t.text != "-") or t.is_space or t.pos_ not in joins or art.in_quote(t.idx):
            return None  # (a hyphen the tagger leaves in a name: "des Alpes-Maritimes X")
        if in_complement and _one_person_noun(t):
            owned = True  # "de l'ancien maire X": X is the mayor, whose wife (the subject) is another
    return None


def _one_person_noun(t: Any) -> bool:
    """A singular common noun of one person ("maire", "voisin", "fille"), not of a group ("l'équipe",
    "des maires") nor a body."""
    low = t.text.lower()
    return (t.pos_ == "NOUN" and t.text[:1].islower() and "Plur" not in t.morph.get("Number")
            and (low in ROLE_NOUNS or low in L.PERSON_NOUNS or low in L.PRIVATE_PERSON_NOUNS)
            and low not in L.ORGANISATION_NOUNS and low not in L.COLLECTIVE_PERSON_NOUNS)


def _past_place(doc: Any, k: int) -> int:
    """The comma after a short prepositional phrase at token ``k`` that places a role ("selon son
    avocate en Corse, Me X", "selon le procureur à Paris, X"), so that the name in apposition after
    it is found; ``k`` itself when no such phrase stands there."""
    if k >= len(doc) or doc[k].pos_ != "ADP" or doc[k].text.lower() in L.DE_FORMS:
        return k
    for j in range(k + 1, min(len(doc), k + 6)):
        if doc[j].text == ",":
            return j
        if doc[j].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):  # (also "depuis 30 ans")
            break
    return k


def _names_someone(art: Article, np: list[Any]) -> bool:
    """A noun phrase whose head is a person's name or a noun for a person or a body ("un député",
    "une source proche du dossier", "le ministère"), not words or a document ("des propos")."""
    head = next((t for t in np if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return False
    if head.pos_ == "PROPN":
        return art.mention_at(head.idx, head.idx + len(head.text), types=("person", "organisation")) is not None
    words = {head.text.lower(), head.lemma_.lower()}
    return bool(words & (ROLE_NOUNS | L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS | L.ORGANISATION_NOUNS | set(L.SOURCE_WORDS)))


def antecedent_before(art: Article, prep: Any) -> Mention | None:
    """The person or body named right before "selon qui" / "pour qui" (past a comma): the
    antecedent of the relative, whose words follow; past a role in apposition, the person it
    describes ("X, directeur général de Y, pour qui « … »": X)."""
    doc = art.doc
    j = prep.i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0:
        return None
    end = doc[j].idx + len(doc[j].text)
    lo = art.sentence(doc[j].idx).start_char
    before = art.mentions_in(max(lo, end - 120), end, types=("person", "organisation"))
    if not before or before[-1].end < end - 1:
        return None
    for m in reversed(before):  # no verb between the name and the relative: an apposition at most
        if any(t.pos_ in ("VERB", "AUX") for t in doc[art.token_at(m.end - 1).i + 1 : j + 1]):
            break
        if m.type == "person" and not m.complement:
            return m
    return before[-1]


def _author_after(doc: Any, i: int) -> list[Any]:
    """"(un rapport) publié lundi par l'Académie de médecine": the author's noun phrase."""
    if i < len(doc) and is_past_participle(doc[i]):
        k = skip_adjuncts(doc, i + 1, min(len(doc), i + 6), prepositions=False)
        if k < len(doc) and doc[k].text.lower() == "par":
            return np_after(doc, k + 1, len(doc))
    return []


def _pour_x(art: Article, prep: Any) -> tuple[Any, int | None, str | None] | None:
    """"Pour le ministre, …", "Pour lui, …" opening a sentence: the opinion of a speaker."""
    doc = art.doc
    k = prep.i + 1
    if k < len(doc) and doc[k].text.lower() in L.STRESSED_PRONOUNS_AFTER_POUR and k + 1 < len(doc) and doc[k + 1].text == ",":
        gender = L.STRESSED_PRONOUNS_AFTER_POUR[doc[k].text.lower()]
        return (prep, *pronoun_speaker(art, doc[k].idx, gender))
    np = np_after(doc, k, len(doc))
    if not np or np[-1].i + 1 >= len(doc) or doc[np[-1].i + 1].text != ",":
        return None
    head = next((t for t in np if t.pos_ in ("NOUN", "PROPN")), None)
    apposed = apposed_name(art, np[-1].i + 1)
    if head is not None and head.pos_ == "NOUN" and apposed is not None:
        return (prep, *art.named(apposed[0].ref))  # "Pour son ancien camarade de parti, Olivier Faure, c'est …"
    titled = honorific_name(art, np[-1].i + 1) if head is not None and head.pos_ == "NOUN" else None
    if titled is not None:  # "Pour l'avocate de X, Me Y Z, « … »", a name the entity step missed
        return prep, None, titled
    named = art.mention_at(np[0].idx, np[-1].idx + len(np[-1].text)) is not None
    people = head is not None and any(w in L.PERSON_NOUNS or w in L.PRIVATE_PERSON_NOUNS for w in (head.text.lower(), head.lemma_.lower()))
    if head is None or not (named or people or head.text.lower() in ROLE_NOUNS or head.text.lower() in L.ORGANISATION_NOUNS):
        return None  # "Pour l'heure, …", "Pour la première fois, …"
    return (prep, *speaker_of_np(art, np, attributed=True))


def honorific_name(art: Article, comma: int) -> str | None:
    """A person's name after an honorific in apposition between the comma at token ``comma`` and
    the next one ("…, Me Christine X, …", "…, Mme Y, …"), the honorific left out, when the entity
    step did not take it for a person; None otherwise."""
    doc = art.doc
    k = comma + 1
    if k >= len(doc) or doc[comma].text != "," or doc[k].text not in fr.HONORIFICS:
        return None
    words: list[Any] = []
    for t in doc[k + 1 : k + 5]:
        if t.text == ",":
            break
        if not (t.text[:1].isupper() or t.text in ("-", "de", "d'", "le", "la")) or art.in_quote(t.idx):
            return None
        words.append(t)
    else:
        return None
    if not words or not words[-1].text[:1].isupper():
        return None
    return art.words_text(words)


def apposed_name(art: Article, comma: int, *, or_end: bool = False) -> tuple[Mention, int] | None:
    """A person's name in apposition between the comma at token ``comma`` and the next one
    ("…, Olivier Faure, …"): the mention and the index of the closing comma; with ``or_end``,
    also a name that ends the sentence ("…, selon le maire, Paul Roux.")."""
    doc = art.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    first = comma + 1
    m = art.mention_at(doc[first].idx, doc[first].idx + len(doc[first].text), types=("person",))
    while m is None and first + 1 < len(doc) and doc[first].text in fr.HONORIFICS:
        first += 1  # "…, Me Christine X, …": the name after its honorific
        m = art.mention_at(doc[first].idx, doc[first].idx + len(doc[first].text), types=("person",))
    if m is None or m.start > doc[first].idx:
        return None
    close = art.token_at(m.end - 1).i + 1
    if close < len(doc) and doc[close].text == ",":
        return m, close
    ends = close >= len(doc) or doc[close].text in (".", "!", "?", "…", ";") or "\n" in doc[close].text \
        or doc[close].text.lower() in L.RELATIVE_SUBJECTS  # "…, selon son avocate, Me X qui a qualifié …"
    return (m, close) if or_end and ends else None
