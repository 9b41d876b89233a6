"""The token patterns the rules are made of: reporting verbs (cues) with their auxiliaries,
participles and infinitives; noun phrases; the adverbs, clitics and adjuncts that may stand
between a verb and its subject or what it governs.
"""

from __future__ import annotations

from typing import Any

from recoupe.lang import fr
from recoupe.lang import fr_quotes as L

MONTHS: frozenset[str] = frozenset(fr.MONTHS)


SKIP_BEFORE_VERB = L.PREVERBAL_CLITICS | L.PREVERBAL_ADVERBS  # between a subject and its verb


def verb_at(toks: Any, j: int) -> bool:
    """A verb at token ``j`` of ``toks`` (a doc or a list of its tokens), past spaces, adverbs and
    the clitics and adverbs that stand between a subject and its verb ("X l'a confirmé", "X lui a
    répondu", "X ne sera pas"): the words before it are its subject."""
    while j < len(toks) and (toks[j].is_space or toks[j].pos_ == "ADV" or toks[j].text.lower() in SKIP_BEFORE_VERB):
        j += 1
    return j < len(toks) and toks[j].pos_ in ("VERB", "AUX")


def is_cue(tok: Any) -> bool:
    """A reporting verb; a past participle only with its auxiliary ("a déclaré", "a-t-il jugé"),
    never alone, where it is an adjective ("son ennemie jurée", "le message publié")."""
    verb = tok.pos_ in ("VERB", "AUX")
    if not verb and tok.pos_ != "NOUN":
        return False
    word, lemma = tok.text.lower(), tok.lemma_.lower()
    if not (lemma in L.CUE_VERBS or word in L.CUE_VERBS or guessed_lemma(word) in L.CUE_VERBS):
        return False
    if not verb and not clause_head_noun(tok):
        return False  # a noun only where the parse makes it a clause's head ("La police annonce que …"), read last: it walks the children
    if reflexive(tok) and (lemma in L.REFLEXIVE_NOT_SPEECH or guessed_lemma(word) in L.REFLEXIVE_NOT_SPEECH):
        return False  # "cette baisse s'explique par …", "la tendance se confirme": no one speaks
    if word in L.CUES_AFTER_FAIRE:  # only in "ont fait savoir", "fait valoir", "fait-elle valoir"
        k = tok.i - 1
        if k > 0 and tok.doc[k].text.startswith("-") and tok.doc[k].text.lower() in L.INCISE_CLITICS:
            k -= 1
        return k >= 0 and tok.doc[k].lemma_ == "faire"
    if word in L.MEANING_INFINITIVES and "Inf" in tok.morph.get("VerbForm"):  # the word first: reading the morphology costs more
        k = tok.i - 1
        while k >= 0 and tok.doc[k].text.lower() in L.NEGATION_AND_Y_EN:
            k -= 1
        if k >= 0 and tok.doc[k].lemma_.lower() == "vouloir":
            return False  # "cela ne veut pas dire que …": it means, no one says
    return not is_past_participle(tok) or has_auxiliary(tok)


def clause_head_noun(tok: Any) -> bool:
    """A word the tagger took for a noun that the parse makes head of a subject and of a clause
    opened by "que" ("La police annonce que …", "Le syndicat dénonce que …"): a verb, by its place."""
    if tok.pos_ != "NOUN" or not tok.text.islower():
        return False
    kids = list(tok.children)
    return any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) and any(
        c.dep_ == "ccomp" and c.i > tok.i and any(g.dep_ == "mark" and g.text.lower() in L.QUE_FORMS for g in c.children) for c in kids)


def cue_form(tok: Any) -> bool:
    """A form of a reporting verb that the tagger took for something else (a noun, an adjective,
    an unknown word, a bare participle: "note", "tweeté", "écrit"): to be trusted only where a
    verb must stand, as the first word of an incise after a quotation."""
    word = tok.text.lower()
    if not tok.text.isalpha() or not tok.text.islower() or tok.pos_ in L.NOT_VERB_TAGS or word in L.CUES_AFTER_FAIRE:
        return False
    guessed = guessed_lemma(word)
    return word in L.CUE_VERBS or guessed in L.CUE_VERBS or tok.lemma_.lower() in L.CUE_VERBS \
        or any(v in L.CUE_VERBS for v in _grave_stem_infinitives(guessed))


def _grave_stem_infinitives(guessed: str) -> tuple[str, ...]:
    """The infinitives a first-group form with "è" in its last stem syllable may come from, the
    accent dropped or made acute ("relève" -> "relèver": "relever"; "révèle" -> "révèler": "révéler"):
    ``guessed_lemma`` keeps the "è" of the conjugated form."""
    k = guessed.rfind("è", 0, len(guessed) - 2)
    if k < 0 or not guessed.endswith("er"):
        return ()
    return guessed[:k] + "e" + guessed[k + 1 :], guessed[:k] + "é" + guessed[k + 1 :]


def reflexive(tok: Any) -> bool:
    """A reflexive clitic right before the verb or its auxiliary ("s'explique", "s'est confirmé")."""
    k = tok.i - 1
    while k >= 0 and (is_aux(tok.doc[k]) or tok.doc[k].text.lower() in L.NEGATION_AND_Y_EN):
        k -= 1
    return k >= 0 and tok.doc[k].text.lower() in L.REFLEXIVE_CLITICS


def guessed_lemma(word: str) -> str:
    """The infinitive of a first-group verb form the tagger lemmatised wrong ("estime" -> "estimer")."""
    for end in L.ER_VERB_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + "er"
    return word


def is_past_participle(tok: Any) -> bool:
    return "Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense")


def is_aux(tok: Any) -> bool:
    """An auxiliary, also when tagged as a verb ("a d'ailleurs annoncé")."""
    return tok.pos_ == "AUX" or (tok.pos_ == "VERB" and tok.lemma_ in L.AUXILIARY_VERBS and "Fin" in tok.morph.get("VerbForm"))


def is_present_participle(tok: Any) -> bool:
    return "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")


def has_auxiliary(tok: Any) -> bool:
    """An auxiliary before the participle, past adverbs and inverted pronouns ("a-t-il ainsi dit",
    "a d'ailleurs annoncé")."""
    doc = tok.doc
    if tok.i > 1 and doc[tok.i - 1].text.lower() in L.VERB_CONJUNCTIONS and (doc[tok.i - 2].pos_ != "PUNCT" or doc[tok.i - 2].text in L.QUOTE_CLOSERS):
        # "a rappelé que … et indiqué que …", "a dénoncé « … » et demandé que": a participle
        # coordinated with one that has its auxiliary
        for t in reversed(doc[max(0, tok.i - 40) : tok.i - 1]):
            if t.text in (".", "!", "?", ";"):
                break
            if t.pos_ == "VERB" and is_past_participle(t) and any(is_aux(doc[j]) for j in range(max(0, t.i - 3), t.i)):
                return True
    for i in range(tok.i - 1, max(-1, tok.i - 5), -1):
        if is_aux(doc[i]):
            return True
        if doc[i].pos_ in ("NOUN", "PROPN", "VERB", "PUNCT", "DET", "ADJ") and not doc[i].text.startswith("-"):
            return False
    return False


def infinitive(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Inf" in tok.morph.get("VerbForm")


def is_weak(verb: Any) -> bool:
    """A cue that does not always report speech ("a évoqué", "a demandé"); "savoir" and "valoir"
    are cues only after "faire" ("a fait savoir", "fait valoir"), and then always report it."""
    return verb.lemma_.lower() in L.WEAK_CUES and verb.text.lower() not in L.CUES_AFTER_FAIRE


def is_causative(tok: Any) -> bool:
    """"fait" of "a fait savoir", "a fait valoir": part of the reporting verb, like an auxiliary."""
    doc = tok.doc
    k = tok.i + 1
    if k + 1 < len(doc) and doc[k].text.startswith("-") and doc[k].text.lower() in L.INCISE_CLITICS:
        k += 1  # "fait-elle valoir", "fait-on savoir"
    return tok.lemma_ == "faire" and k < len(doc) and doc[k].text.lower() in L.CUES_AFTER_FAIRE


def cue_text(doc: Any, verb: Any) -> str:
    """The reporting verb with its auxiliaries and clitics: "a-t-il ajouté", "a déclaré", "a tenu
    à préciser"."""
    first = last = verb
    i = verb.i - 1
    if i > 0 and doc[i].text.lower() in L.INCISE_SEMI_AUXILIARY_PREPS and doc[i - 1].lemma_.lower() in L.INCISE_SEMI_AUXILIARIES:
        i -= 1  # "a tenu à préciser": the verb that takes the infinitive goes with it
    if i >= 0 and doc[i].lemma_.lower() in L.INCISE_SEMI_AUXILIARIES and doc[i].pos_ in ("VERB", "AUX") and "Inf" in verb.morph.get("VerbForm"):
        first = doc[i]
        verb = doc[i]
        i -= 1
    skipped = 0
    while i >= 0:
        locution = locution_ending_at(doc, i, max(0, i - 3)) if not skipped else None
        if locution is not None and locution > 0 and is_aux(doc[locution - 1]):
            skipped = i - locution + 1
            i = locution - 1  # "s'est d'abord félicité": the locution between the auxiliary and the verb
            continue
        if (is_aux(doc[i]) or (doc[i].pos_ == "X" and doc[i].text.lower() in L.AUXILIARY_FORMS) or doc[i].text.lower() in L.CLITICS_BEFORE_CUE
                or doc[i].dep_ == "expl:subj" or (i == verb.i - 1 and doc[i].lemma_ == "faire")
                or (i == verb.i - 2 and doc[i].lemma_ == "faire" and doc[i + 1].text.startswith("-"))
                or (i == verb.i - 1 and i > 0 and doc[i].text.lower() in L.INCISE_CLITICS and doc[i].text.startswith("-") and doc[i - 1].lemma_ == "faire")) \
                and verb.i - i - skipped <= 4:
            # ("fait-elle valoir": the causative before its inverted clitic)
            first = doc[i]
            i -= 1
            continue
        break
    j = last.i + 1
    while j < len(doc) and doc[j].text.lower() in L.INVERTED_SUBJECT_CLITICS:
        j += 1
    return " ".join(doc[first.i : j].text.split())


def counts_people(doc: Any, k: int, limit: int) -> bool:
    """A number that is the determiner of a noun of people ("deux porte-parole", "trois
    policiers"), not part of a date ("le 3 mars") or a time phrase."""
    if k + 1 >= limit:
        return False
    nxt = doc[k + 1].text.lower()
    return nxt in fr.ROLE_NOUNS or nxt in L.PERSON_NOUNS


def np_after(doc: Any, start: int, limit: int) -> list[Any]:
    """The noun phrase starting at token ``start``: determiner, nouns, adjectives, names."""
    toks: list[Any] = []
    i = start
    while i < limit and (doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "PRON", "SPACE") or doc[i].text in L.HONORIFICS_M_MME_MM
                         or (doc[i].text == "et" and toks and i + 1 < limit and doc[i + 1].text.lower() in L.DE_FORMS
                             and any(t.text.lower() in L.DE_FORMS for t in toks))) and doc[i].text not in (",", ".", ":", ";"):
        one_of = not toks and doc[i].pos_ == "PRON" and doc[i].text.lower() in L.ONE_OF_PRONOUNS and i + 1 < limit \
            and doc[i + 1].text.lower() in L.DE_FORMS  # "un de ses proches": one of a group, the group's noun after it
        if doc[i].pos_ == "PRON" and toks and doc[i].text.lower() not in fr.ROLE_NOUNS:  # "deux porte-parole": a noun the tagger missed
            break
        if doc[i].pos_ == "ADP" and doc[i].text.lower() not in L.DE_FORMS and toks:
            break  # "les deux ministères dans un communiqué": the channel, not the speaker
        if doc[i].pos_ != "SPACE":
            toks.append(doc[i])
        if doc[i].pos_ == "PRON" and doc[i].text.lower() not in fr.ROLE_NOUNS and not one_of:
            break
        i += 1
    while toks and toks[-1].pos_ in ("ADP", "DET"):
        toks.pop()
    return toks


def np_start(doc: Any, j: int, lo: int) -> int:
    """The first token of the noun phrase ending at token ``j``, with its complements in "de"
    ("l'Agence régionale de santé", "le président du Samu social")."""
    start = j
    while start > lo:
        before = doc[start - 1]
        if before.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "SPACE", "X") or before.text in L.HONORIFICS_M_MME or before.text == "-":
            start -= 1
        elif before.text.lower() in L.DE_FORMS and start - 2 >= lo and doc[start - 2].pos_ in ("NOUN", "PROPN", "ADJ"):
            start -= 1
        else:
            break
    return start


# The first and the last words of the adverbial locutions: a token that is neither starts or ends none.
_LOCUTIONS = L.ADVERBIAL_LOCUTIONS + L.MORE_ADVERBIAL_LOCUTIONS
LOCUTION_FIRST_WORDS = frozenset(words[0] for words in _LOCUTIONS)
LOCUTION_LAST_WORDS = frozenset(words[-1] for words in _LOCUTIONS)


def locution_ending_at(doc: Any, j: int, lo: int) -> int | None:
    """The first token of an adverbial locution ("d'ailleurs", "de son côté") ending at ``j``."""
    if lo <= j < len(doc) and doc[j].text.lower() not in LOCUTION_LAST_WORDS:
        return None
    for words in _LOCUTIONS:
        n = len(words)
        if j - n + 1 >= lo and all(doc[j - n + 1 + i].text.lower() == w for i, w in enumerate(words)):
            return j - n + 1
    return None


def locution_starting_at(doc: Any, i: int, hi: int) -> int | None:
    """The last token of an adverbial locution ("d'emblée", "de son côté") starting at ``i`` and
    ending before ``hi``."""
    if not (0 <= i < hi <= len(doc)) or doc[i].text.lower() not in LOCUTION_FIRST_WORDS:
        return None
    for words in _LOCUTIONS:
        n = len(words)
        if i + n <= hi and all(doc[i + k].text.lower() == w for k, w in enumerate(words)):
            return i + n - 1
    return None


def skip_adjuncts(doc: Any, k: int, limit: int, *, prepositions: bool = True) -> int:
    """Past adverbs, clitics, time phrases ("mardi 2 juillet", "ce week-end") and prepositional
    phrases ("à l'AFP", "sur Franceinfo") that may stand between a verb and its inverted subject."""
    while k < limit:
        tok = doc[k]
        low = tok.text.lower()
        compound = low in L.PREPOSITIONAL_ADVERBS and k + 1 < limit and doc[k + 1].text.lower() in L.DE_FORMS
        # ("auprès de l'AFP" when the tagger reads "auprès" as an adverb: a preposition all the same)
        if (tok.pos_ in ("ADV", "SPACE") and not (prepositions and compound)) or low in ("-", "-t") or low in L.TIME_WORDS or low in MONTHS \
                or (tok.pos_ == "NUM" and not counts_people(doc, k, limit)) or (low in L.TIME_DETERMINERS and k + 1 < limit and doc[k + 1].text.lower() in L.TIME_WORDS):
            k += 1
            continue
        if prepositions and ((tok.pos_ == "ADP" and low not in L.DE_UNELIDED) or compound):
            j = k + 1
            if j < limit and doc[j].text.lower() in L.DE_FORMS:
                j += 1  # "auprès de", "lors d'"
            title = quoted_title_end(doc, j, limit)
            if title is not None:  # "dans « Quotidien » la chanteuse": the programme's title
                j = title
            while j < limit and j - k <= 7 and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "SPACE") or (
                    doc[j].text.lower() in ("de", "d'", "d’") and doc[j - 1].pos_ == "NOUN" and j + 1 < limit and doc[j + 1].pos_ == "NOUN")
                    or _participle_after_noun(doc, j, limit)):
                # (a noun of nouns: "lors d'une conférence de presse"; a participle qualifying the noun: "une allocution télévisée")
                if doc[j].pos_ == "DET" and j > k + 1 and (doc[j - 1].pos_ in ("PROPN", "NOUN", "NUM") or (
                        doc[j - 1].pos_ in ("ADJ", "VERB") and doc[j - 2].pos_ in ("NOUN", "PROPN"))):
                    break  # "à la BBC un pasteur", "en 2016 son père", "dans une allocution télévisée le
                    # chef du gouvernement": a new noun phrase starts (not "à tous les journalistes")
                j += 1
            if j < limit and j > k + 1 and (doc[j].pos_ in ("DET", "PROPN", "NOUN") or _demonstrative_subject(doc, j, limit)):
                k = j  # another phrase follows: this one was an adjunct ("à RTL celui qui …" too)
                continue
        break
    return k


_TITLE_WORDS = 8  # words at most of a title in quotation marks that names a channel


def quoted_title_end(doc: Any, j: int, limit: int) -> int | None:
    """A title in quotation marks at token ``j`` right after a preposition of a channel
    (``fr_quotes.TITLE_CHANNEL_PREPS``: "dans « Quotidien »", "dans « L'Œil du 20 heures » de France
    2"): a capital opening it, at most ``_TITLE_WORDS`` words and no sentence punctuation before
    the closing mark; the token after it and after the outlet named in "de" that may follow;
    None otherwise."""
    if not (0 < j < limit - 2) or not doc[j].is_quote or doc[j - 1].text.lower() not in L.TITLE_CHANNEL_PREPS or not doc[j + 1].text[:1].isupper():
        return None
    close = next((n for n in range(j + 2, min(limit, j + _TITLE_WORDS + 2)) if doc[n].is_quote or doc[n].text in (".", ";", "!", "?", ":", ",")), None)
    if close is None or not doc[close].is_quote:
        return None
    n = close + 1
    if n + 1 < limit and doc[n].text.lower() in L.DE_FORMS and doc[n + 1].pos_ == "PROPN":
        n += 1
        while n < limit and (doc[n].pos_ in ("PROPN", "NUM") or (doc[n].text[:1].isupper() and doc[n].pos_ != "DET")):
            n += 1  # "de France 2": the outlet the programme is on
    return n


def _demonstrative_subject(doc: Any, j: int, limit: int) -> bool:
    """"celui qui", "celle qui" at token ``j``: a subject (``fr_quotes.DEMONSTRATIVE_RELATIVE_SUBJECTS``)."""
    return doc[j].text.lower() in L.DEMONSTRATIVE_RELATIVE_SUBJECTS and j + 1 < limit and doc[j + 1].text.lower() == "qui"


def _participle_after_noun(doc: Any, j: int, limit: int) -> bool:
    """The past participle at token ``j`` qualifies the noun right before it and a determiner follows
    ("dans une allocution télévisée le chef du gouvernement"): part of the prepositional phrase."""
    return (doc[j].pos_ == "VERB" and is_past_participle(doc[j]) and doc[j - 1].pos_ == "NOUN"
            and j + 1 < limit and doc[j + 1].pos_ == "DET")


def channel_comma(doc: Any, k: int, limit: int) -> int | None:
    """The comma closing a channel that stands between an incise's verb and its inverted subject
    ("a expliqué à l'AFP, un responsable local", "a confié sur RTL, la ministre"): a preposition of a
    channel (``fr_quotes.CHANNEL_OPENERS``) at token ``k``, a short noun phrase, a comma, then a noun
    phrase opened by a determiner or a name, with no finite verb before the next punctuation or
    ``limit`` (not "a dit à l'AFP, la police a menti": a clause of its own); None otherwise."""
    if k >= limit or doc[k].pos_ != "ADP" or doc[k].text.capitalize() not in L.CHANNEL_OPENERS:
        return None
    j = k + 1
    if j < limit and doc[j].text.lower() in L.DE_FORMS:
        j += 1  # "auprès de", "lors de"
    first = j
    title = quoted_title_end(doc, j, limit)
    if title is not None:  # "a alerté dans « L'Œil du 20 heures » de France 2, X"
        j = title
    while j < limit and j - first < 6 and doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
        j += 1
    if j == first or j + 1 >= limit or doc[j].text != ",":
        return None
    nxt = doc[j + 1]
    if nxt.pos_ not in ("DET", "PROPN") and nxt.text not in fr.HONORIFICS:
        return None
    for t in doc[j + 1 : limit]:
        if t.is_punct:
            break
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
            return None
    return j


def phrase_then_adjunct(doc: Any, k: int, limit: int) -> int | None:
    """The comma closing a second adjunct after a short prepositional phrase at token ``k``, the
    inverted subject after it ("a confié au téléphone, depuis Bangkok, X"): two phrases of a
    preposition and a few words each, each closed by a comma (the second one, else an adjunct
    between commas: ``adjunct_between_commas``), then a determiner or a name; None otherwise."""
    first = _short_phrase_end(doc, k, limit)
    if first is None or first >= limit or doc[first].text != ",":
        return None
    closing = _short_phrase_end(doc, first + 1, limit)
    if closing is None or closing >= limit or doc[closing].text != ",":
        closing = adjunct_between_commas(doc, first, limit)
    if closing is None or closing + 1 >= limit or (doc[closing + 1].pos_ not in ("DET", "PROPN") and doc[closing + 1].text not in fr.HONORIFICS):
        return None
    return closing


def _short_phrase_end(doc: Any, k: int, limit: int) -> int | None:
    """The token after a preposition at ``k`` and the few words of its noun phrase; None when ``k``
    holds no preposition."""
    if k >= limit or doc[k].pos_ != "ADP":
        return None
    j = k + 1
    while j < limit and j - k <= 6 and doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
        j += 1
    return j if j > k + 1 else None


def adjunct_between_commas(doc: Any, comma: int, limit: int) -> int | None:
    """The comma closing an adjunct that opens at the comma at token ``comma`` and stands between an
    incise's verb and its inverted subject ("a estimé, de son côté, X", "avait déclaré, lundi 18 juin,
    X", "a affirmé, sur place, X"): an adverbial locution, or adverbs, time words and prepositional
    phrases only, then a comma before ``limit``; None otherwise."""
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    j = comma + 1
    locution = locution_starting_at(doc, j, limit)
    if locution is not None:
        j = locution + 1
    j = skip_adjuncts(doc, j, limit)
    if j > comma + 1 and j < limit and doc[j].text == "," and j - comma <= 8:
        return j
    return None


def semi_auxiliary_end(toks: Any, n: int) -> int | None:
    """The index in ``toks`` of the reporting verb in the infinitive after a verb that takes it as an
    auxiliary would (``L.INCISE_SEMI_AUXILIARIES``: "a tenu à préciser", "a voulu rassurer", "a
    souhaité rappeler"), at most a preposition and an adverb between; None otherwise."""
    t = toks[n]
    if t.lemma_.lower() not in L.INCISE_SEMI_AUXILIARIES or t.pos_ not in ("VERB", "AUX"):
        return None
    k = n + 1
    if k < len(toks) and toks[k].text.lower() in L.INCISE_SEMI_AUXILIARY_PREPS:
        k += 1
    if k < len(toks) and toks[k].pos_ == "ADV":
        k += 1
    if k < len(toks) and is_cue(toks[k]) and "Inf" in toks[k].morph.get("VerbForm"):
        return k
    if k < len(toks) and toks[k].text.lower() in L.INFINITIVES_AFTER_SEMI_AUXILIARY.get(t.lemma_.lower(), ()):
        return k  # "croit savoir X", "veut savoir X"
    return None
