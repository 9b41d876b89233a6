"""Who a phrase stands for: a subject pronoun, a role ("le ministre"), a definite description
("l'octogénaire") or any noun phrase, resolved to a person or an organisation of the article,
to an unnamed office or body by its words, or to no one; and, once all quotations are found,
the holder of a role the article names only later.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

from recoupe.enrich.quotes.context import Article, Mention, Sentence
from recoupe.enrich.quotes.grammar import is_cue, np_after
from recoupe.lang import fr
from recoupe.lang import fr_quotes as L
from recoupe.lang.fr import ROLE_NOUNS
from recoupe.models import Quote
from recoupe.normalise import name_key

_ROLE_SYNONYMS: dict[str, frozenset[str]] = {name_key(k): frozenset(name_key(w) for w in v) for k, v in L.ROLE_SYNONYMS.items()}
_OFFICES: tuple[tuple[str, str], ...] = tuple((name_key(a), name_key(b)) for pair in L.OFFICE_EQUIVALENTS for a, b in (pair, pair[::-1]))


def office_words(key: str) -> set[str]:
    """The words of a folded role ("ministre de la justice"), with those of the other name of the
    same office ("garde des sceaux": ``fr_quotes.OFFICE_EQUIVALENTS``) when it holds one."""
    words = set(key.split())
    padded = f" {key} "
    for a, b in _OFFICES:
        if f" {a} " in padded:
            words.update(b.split())
    return words


_ARTICLES = ("le ", "la ", "les ", "l ")
OUTLET_HEADS = frozenset(name_key(w) for w in L.OUTLET_NOUNS)
_OUTLETS = frozenset(name_key(w) for w in L.NEWS_OUTLETS)  # folded as names are ("express" -> "expres")


@cache
def is_outlet(name: str | None) -> bool:
    """A news outlet or press agency: one the lists name ("Le Figaro", "Mediapart") or a
    description whose head is a word for one ("l'hebdomadaire", "le quotidien britannique")."""
    if not name:
        return False
    k = name_key(name)
    if k in _OUTLETS:
        return True
    for a in _ARTICLES:
        if k.startswith(a):
            k = k[len(a):]
            break
    return k in _OUTLETS or k.split(" ", 1)[0] in OUTLET_HEADS


_OPENERS = frozenset(o for o, _ in L.QUOTE_PAIRS) | {L.STRAIGHT_QUOTE}


def in_words(art: Article, char: int) -> bool:
    """``char`` is inside quoted words (a direct quotation's marks), not in reported speech
    without marks: "Selon BFM TV, Donald Trump a adressé …" names Trump in the narrator's words,
    whom a later "le président américain" may stand for."""
    for s, e in art.quoted:
        if s <= char < e:
            i = s - 1
            while i >= 0 and art.text[i] in " \n\u00a0":
                i -= 1
            if i >= 0 and art.text[i] in _OPENERS:
                return True
    return False


def pronoun_speaker(art: Article, char: int, gender: str | None, *, persons_only: bool = False) -> tuple[int | None, str | None]:
    """The speaker a pronoun stands for, by name: also an unnamed office holder or body just
    quoted ("le ministre turc des Affaires étrangères …, a-t-il ajouté")."""
    if last_named_pronoun(art.doc, art.token_at(char).i) is not None:
        named_last = _person_named_last(art, char, gender)
        if named_last is not None:  # "X a reçu le maire de Lyon, Y. « … », a déclaré ce dernier": Y
            return art.named(named_last)
    last = art.last_speaker
    if _plural_pronoun(art, char):
        # "ils", "-elles": a group or a body, never one person named alone, nor a news outlet (a paper
        # is "il", "le journal"; "ils" after "selon Le Parisien" are those the paper reports about)
        if last and art.gap(last[0], char) < 600 and (
                last[1] is None and last[2] and not is_outlet(last[2])
                or last[1] is not None and art.refs[last[1]].type != "person" and not _outlet_ref(art, last[1])):
            return last[1], last[2]
        k = _resolve_pronoun(art, char, gender, persons_only=persons_only)
        if isinstance(k, str):
            return (None, None) if is_outlet(k) else (None, k)
        return art.named(k) if k is not None and art.refs[k].type != "person" and not _outlet_ref(art, k) else (None, None)
    if last and art.gap(last[0], char) < 300:
        someone = _new_described_subject(art, last[0], char, gender)
        if someone is not None:  # "« … », assure X. Une enseignante abonde dans son sens. « … », explique-t-elle"
            return None, someone
    if last and last[1] is None and last[2] is not None and art.gap(last[0], char) < 300 and _description_agrees(last[2], gender):
        newer = _subject_since(art, last[0], char, gender)
        if newer is None and gender is not None:
            newer = _told_gender_since(art, last[0], char, gender, body=_body_description(last[2]))
        if newer is None and gender is not None:
            newer = _described_subject_since(art, last[0], char, gender)
        if newer is None:
            return None, last[2]
        return art.named(newer)  # "« … », explique un porte-parole. X, président du groupe, a … « … », ajoute-t-il": X
    k = _resolve_pronoun(art, char, gender, persons_only=persons_only)
    return (None, k) if isinstance(k, str) else art.named(k)


def _sentences_between(art: Article, start: int, char: int) -> Iterator[Sentence]:
    """The sentences after the one holding ``start`` that open before ``char``, in order."""
    sent = art.sentence(start)
    while sent.end < len(art.doc):
        nxt = art.doc[sent.end]
        sent = art.sentence(nxt.idx if not nxt.is_space else nxt.idx + len(nxt.text))
        if sent.start_char >= char or sent.start_char <= start:
            return
        yield sent


def _described_subject_since(art: Article, start: int, char: int, gender: str, *, held: int | None = None) -> int | None:
    """The person a definite description stands for when it is the subject of a sentence told between
    the quotation ending at ``start`` and a pronoun at ``char`` (« … », ironise un
    internaute. Face aux critiques, le joueur a fini par répondre. « … », a-t-il publié": the player,
    whom the article named; ``_described_subject``); the last such, or None. ``held``: the person quoted
    just before, whom a description most often names again ("le chanteur", "l'ancien ministre"): then
    only one the article gives the office the description names, or any when the article gives ``held``
    only roles of another kind ("« … », a dit X, président du club. Interrogé, le ministre a répondu.
    « … », a-t-il ajouté": the one it made "ministre des Sports")."""
    found = None
    for sent in _sentences_between(art, start, char):
        if _quoted_sentence(art, sent, char):
            continue
        described = _described_subject(art, sent, char, gender)
        if described is None:
            continue
        det = art.token_at(described[0])
        head = next((t for t in art.doc[det.i : sent.end] if t.dep_ in ("nsubj", "nsubj:pass")), None)
        verb = next((t for t in art.doc[det.i : sent.end] if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and art.mentions_in(det.idx, verb.idx, types=("person",)):
            continue  # "le président du groupe FN au conseil régional X a déploré": X, named there
        if held is None:
            found = described[1]
            continue
        if head is None:
            continue
        of = any(t.text.lower() in L.DE_FORMS for t in art.doc[head.i + 1 : verb.i if verb is not None else sent.end])
        if office_held(art, described[1], head.text.lower()) or (
                not of and not role_fits(art, held, head.text.lower()) and _told_gender(art, described[1]) == gender):
            found = described[1]  # (not "le chef de la diplomatie", "le maire de Pau": an office the head alone does not tell;
            # nor one of whom nothing tells the gender, whom only the description's role picked)
    return found


def _body_description(words: str) -> bool:
    """A description of a body ("le principal syndicat de journalistes", "la société"): its first
    noun, past determiners and adjectives, is one of ``fr_quotes.BODY_HEAD_NOUNS``."""
    for w in words.lower().replace("’", "'").split():
        w = w.split("'")[-1]
        if w in L.BODY_HEAD_NOUNS:
            return True
        if w in ROLE_NOUNS or w in L.PERSON_NOUNS or w in L.PRIVATE_PERSON_NOUNS:
            return False
    return False


def _description_agrees(name: str, gender: str | None) -> bool:
    """A description of the speaker just quoted that a singular "il" or "elle" of ``gender`` may
    stand for: not a plural one ("les autorités judiciaires", "des témoins", "deux policiers"),
    nor one whose determiner tells the other gender ("un porte-parole" for "elle"); a description
    whose determiner tells nothing agrees."""
    first = name.split()[0].lower() if name.split() else ""
    if first in L.PLURAL_OPENERS or first.isdigit() or (first in fr.NUMBER_WORDS and fr.NUMBER_WORDS[first] > 1):
        return False
    told = L.SINGULAR_DETERMINER_GENDERS.get(first) or L.ONE_OF_THEM_GENDERS.get(first.replace("’", "'"))
    # ("l'un des étudiants" is a man, "l'une des habitantes" a woman, whatever the group)
    if told is None:
        told = _head_gender(name.split())  # "son épouse", "l'amie": the noun tells what the determiner does not
    return gender is None or told is None or told == gender


def _head_gender(words: list[str]) -> str | None:
    """The gender the head noun of a description of a person tells when its determiner tells none
    ("son épouse", "l'avocate", "leur fils", "l'ancien animateur"): by ``fr_quotes.NOUN_GENDERS``
    (kinship, heads only men are given, feminine roles), else a feminine ending of a noun of a
    person ("l'enseignante"); None when it tells none ("son avocat", "le porte-parole")."""
    if not words:
        return None
    low = [w.lower() for w in words]
    elided = next((a for a in L.ELIDED_ARTICLES if low[0].startswith(a) and len(low[0]) > len(a)), None)
    if elided is not None:
        low = [low[0][len(elided):], *low[1:]]  # "l'avocate": the noun glued to the article
    elif low[0] in L.POSSESSIVE_DETERMINERS or low[0] in L.GENDERLESS_DETERMINERS:
        low = low[1:]
    while len(low) > 1 and (low[0] in fr.ROLE_MODIFIERS or low[0].rstrip("-") in fr.ROLE_MODIFIERS):
        low = low[1:]  # "l'ancien", "l'ex-" (written with its hyphen)
    if not low:
        return None
    head = low[0]
    if head in L.NOUN_GENDERS:
        return L.NOUN_GENDERS[head]
    if (head in ROLE_NOUNS or head in L.PERSON_NOUNS or head in L.PRIVATE_PERSON_NOUNS) and head.endswith(L.FEMININE_ROLE_ENDINGS):
        return "f"
    return None


def _new_described_subject(art: Article, start: int, char: int, gender: str | None) -> str | None:
    """Someone new the article brings in, between the last quotation (ending at ``start``) and a
    pronoun at ``char``, as the description opening a sentence of their own: an indefinite
    description of a person agreeing with the pronoun ("Une enseignante du lycée abonde dans son
    sens. … elle"), by the article's words; None when there is none, or when a sentence after it
    opens with a name."""
    if gender is None:
        return None
    found: str | None = None
    for sent in _sentences_between(art, start, char):
        toks = [t for t in sent if not t.is_space]
        if not toks or art.in_quote(toks[0].idx):
            continue
        if art.mention_at(toks[0].idx, toks[0].idx + len(toks[0].text), types=("person",)) is not None:
            found = None  # a sentence opening with a name: theirs
            continue
        words = _indefinite_person(toks, gender)
        if words and any(art.in_quote(t.idx) for t in toks):
            continue  # "Une équipe de 250 garants veillera à « … », a précisé l'ancienne élue.": the sentence's words have their speaker
        if words:
            text = art.words_text(words)
            found = text[:1].lower() + text[1:]  # the determiner in lower case, as a description is written
    return found


def _indefinite_person(toks: list[Any], gender: str) -> list[Any]:
    """The words of an indefinite description of a person opening ``toks`` ("Une enseignante du
    lycée Suger", "Une autre mère", "Un voisin"), its determiner of ``gender``; [] when there is none."""
    if len(toks) < 2 or L.INDEFINITE_SINGULAR_GENDERS.get(toks[0].text.lower()) != gender:
        return []
    k = 1
    while k < len(toks) and toks[k].pos_ == "ADJ" and k < 3:
        k += 1  # "une autre mère", "un jeune homme"
    if k >= len(toks) or toks[k].pos_ != "NOUN":
        return []
    low = toks[k].text.lower()
    if not (low in ROLE_NOUNS or low in L.PERSON_NOUNS or low in L.PRIVATE_PERSON_NOUNS or toks[k].lemma_.lower() in L.PRIVATE_PERSON_NOUNS):
        return []
    end = k
    n = k + 1
    while n < len(toks) and toks[n].pos_ == "ADJ" and toks[n].dep_ == "amod" and toks[n].head.i == toks[k].i:
        end = n  # "un policier municipal"
        n += 1
    if n + 1 < len(toks) and toks[n].text.lower() in L.DE_FORMS:  # "du lycée Suger", "de la mairie"
        m = n + 1
        while m < len(toks) and toks[m].pos_ == "DET":
            m += 1
        if m < len(toks) and toks[m].pos_ == "NOUN":
            end = m
            while end + 1 < len(toks) and toks[end + 1].pos_ == "PROPN":
                end += 1
    return toks[: end + 1]


def _outlet_ref(art: Article, k: int) -> bool:
    """An entity that is a news outlet: the one that reports, never what "il" or "elle" before a
    reporting verb stands for ("…, selon Le Figaro. « … », a-t-il dit": the one the paper quotes)."""
    return art.refs[k].type != "person" and is_outlet(art.refs[k].name)


def last_named_pronoun(doc: Any, i: int, limit: int | None = None) -> str | None:
    """The demonstrative standing for the one named last at token ``i`` ("ce dernier", "celle-ci",
    one token or cut in pieces by the tokenizer), up to token ``limit``: its form, or None."""
    words = [t.text.lower() for t in doc[i : min(i + 3, len(doc) if limit is None else limit)]]
    if not words:
        return None
    return next((p for p in (words[0], " ".join(words[:2]), "".join(words[:3])) if p in L.LAST_NAMED_PRONOUNS), None)


def _person_named_last(art: Article, char: int, gender: str | None) -> int | None:
    """The person named last before ``char`` outside quotation marks, less than 300 characters
    before it outside quotations, who may be of ``gender``; None when there is none."""
    for m in reversed(art.mentions):
        if m.end > char or m.type != "person" or art.in_quote(m.start):
            continue
        if art.gap(m.end, char) > 300:
            return None
        if art.agrees(m.ref, gender):
            return m.ref
    return None


def _plural_pronoun(art: Article, char: int) -> bool:
    tok = art.token_at(char)
    return tok.text.lower() in L.PLURAL_SUBJECT_PRONOUNS


def _resolve_pronoun(art: Article, char: int, gender: str | None, *, persons_only: bool = False) -> int | str | None:
    """The person or organisation a subject pronoun stands for: the current speaker if a
    quotation just ended, else, sentence by sentence going back, the first of the sentence
    that agrees with the pronoun: a person named, a role opening it ("le président de la
    FFF", resolved to the person who holds it) or an organisation that is no noun's
    complement ("la DGCCRF …, a-t-elle indiqué"); a role opening the sentence that no one named
    holds yet stands for itself, by its words ("le président de la FFF")."""
    last = art.last_speaker
    if last and last[1] is not None and art.gap(last[0], char) < 300 and art.agrees(last[1], gender) and not _outlet_ref(art, last[1]) and (
            persons_only is False or art.refs[last[1]].type == "person"):
        newer: int | str | None = _subject_since(art, last[0], char, gender)
        if newer is None and gender is not None and last[1] not in art.gender:
            newer = _told_gender_since(art, last[0], char, gender, body=art.refs[last[1]].type != "person")
        if newer is None and gender is not None:
            newer = _person_subject_since(art, last[0], char, gender, named_only=art.refs[last[1]].type == "person")  # "« … », ironise SOS Racisme. La députée … elle"
        if newer is None and gender is not None:
            newer = _described_subject_since(art, last[0], char, gender, held=last[1])  # "« … », a dit X. Interrogé, le ministre a répondu. « … », a-t-il ajouté"
        if newer is None:
            newer = _subject_quoting(art, last[0], last[1], char, gender)
        if newer is None and art.refs[last[1]].type == "person":
            newer = _stance_holder(art, last[0], last[1], char, gender)
        return newer if newer is not None and newer != last[1] else last[1]
    return _antecedent(art, char, gender, persons_only)


def _stance_holder(art: Article, end: int, quoted: int, char: int, gender: str | None) -> int | None:
    """The one person the journalist's sentence just before the quotation of the pronoun at ``char``
    names, past the last quotation (ending at ``end``, of ``quoted``), after a word placing a stance
    with them (``fr_quotes.STANCE_HOLDER_WORDS``: "« … », dit X. Même sentiment chez Y, un voisin.
    « … », a-t-il ajouté", "L'heure n'est pas aux louanges du côté de Y. « … », a-t-il dit": Y);
    None when that sentence names no one new so, names several people, or goes on about someone
    with a subject pronoun ("Il a dîné chez Y. « … », a-t-il dit": the speaker goes on)."""
    prev = _narrated_before(art, art.sentence(char), char, end)
    if prev is None or prev.start_char < end or prev.end_char > char:
        return None
    toks = [t for t in art.doc[prev.start : prev.end] if not t.is_space and not art.in_quote(t.idx)]
    if any(t.pos_ == "PRON" and t.text.lower() in L.SUBJECT_PRONOUNS for t in toks):
        return None
    found = [m for m in art.mentions_in(prev.start_char, prev.end_char, types=("person",)) if not art.in_quote(m.start)]
    if len({m.ref for m in found}) != 1 or found[0].ref == quoted or not art.agrees(found[0].ref, gender):
        return None
    return found[0].ref if stance_placed(art, prev, found[0]) else None


def stance_placed(art: Article, sent: Sentence, m: Mention) -> bool:
    """The name ``m`` comes in ``sent`` after a word placing a stance with that person
    (``fr_quotes.STANCE_HOLDER_WORDS``), past a description: "chez le député X", "du côté de la ministre X"."""
    i = art.token_at(m.start).i - 1
    while i >= sent.start and (art.doc[i].pos_ in ("NOUN", "ADJ", "DET") or art.doc[i].text.lower() in L.DE_FORMS) \
            and art.doc[i].text.lower() not in L.STANCE_HOLDER_WORDS:
        i -= 1  # back over a description ("chez le député", "du côté de la ministre")
    return i >= sent.start and art.doc[i].text.lower() in L.STANCE_HOLDER_WORDS


def _subject_quoting(art: Article, end: int, quoted: int, char: int, gender: str | None) -> int | None:
    """The main subject of the sentence holding the last quotation (ending at ``end``) when the one
    quoted there is named in a complement of it, and the pronoun at ``char`` opens the next sentence:
    "Le député a rebondi sur les propos de X, qui avait dénoncé la « patte » du FN. « … », explique-t-il":
    the deputy, whose sentence it was, not X, whose words it cites."""
    sent = art.sentence(max(0, end - 1))
    prev = _narrated_before(art, art.sentence(char), char, sent.start_char)  # past the quotation's own sentences
    if prev is None or prev.start_char != sent.start_char:
        return None
    subject = _sentence_subject(art, sent)
    if subject is None or subject[1] == quoted or art.refs[subject[1]].type != "person" or not art.agrees(subject[1], gender):
        return None
    named = [m for m in art.mentions if m.ref == quoted and sent.start_char <= m.start < sent.end_char and not art.in_quote(m.start)]
    if not named or any(m.start <= subject[0] or not _dependent_name(art, m) for m in named):
        return None  # named before the subject, or a subject there too ("X a parlé de …, Y, son avocat, évoque …")
    return subject[1]


def _narrated_before(art: Article, sent: Sentence, char: int, after: int = -1) -> Sentence | None:
    """The sentence before ``sent``, past the sentences of a quotation read at ``char`` (not going
    back beyond one starting at ``after``)."""
    prev = _previous_sentence(art, sent)
    while prev is not None and prev.start_char > after and _quoted_sentence(art, prev, char):
        prev = _previous_sentence(art, prev)
    return prev


def _sentence_subject(art: Article, sent: Sentence) -> tuple[int, int] | None:
    """Where the subject of ``sent`` is named and whom it stands for: a person by a role
    (``_role_subject``), else a person named as the subject; None when neither."""
    role = _role_subject(art, sent)
    if role is not None:
        return role[0], role[1]
    m = _subject_mention(art, sent)
    return (m.start, m.ref) if m is not None and _person_subject(art, m) else None


def _dependent_name(art: Article, m: Mention) -> bool:
    """A name that the parse makes the object of a preposition, itself or the noun it names ("les
    propos du patron des socialistes X", "a répondu à X"), never a subject of its own."""
    if not art.parsed:
        return False
    tok = art.head_of(m)
    while tok.dep_ in ("appos", "flat", "flat:name", "nmod") and tok.head.i < tok.i and (
            tok.head.pos_ == "PROPN" or tok.head.pos_ == "NOUN" and _person_noun(tok.head)) and not any(c.dep_ == "case" for c in tok.children):
        tok = tok.head  # "du patron des socialistes X": the noun X names
    return bool(m.complement or tok.dep_ in ("nmod", "obl", "obl:arg", "iobj") and any(c.dep_ == "case" for c in tok.children))


def _told_gender_since(art: Article, start: int, char: int, gender: str, *, body: bool = False) -> int | None:
    """The last person named between ``start`` and ``char`` (outside complements and quotations)
    whose gender the article's words tell and agree: « … », dit X. … cette femme, Y, âgée de 70
    ans … elle dit": Y, before one whose gender the article never tells or an unnamed speaker."""
    known = [m.ref for m in art.mentions if start < m.start < char and m.type == "person" and not m.complement
             and not art.in_quote(m.start) and art.gender.get(m.ref) == gender and not (body and _dependent_name(art, m))
             and not _of_a_person_noun(art, m)]  # "…, a écrit X, ancien conseiller du sénateur Y. « … », a-t-il ajouté": not Y
    # (after a body quoted, not one named as a complement: "…, a dénoncé le syndicat des journalistes, dont les reporters
    # suivaient un meeting du président X. « … », a-t-il ajouté": the union goes on, X is only named in its words)
    return known[-1] if known else None


def _antecedent(art: Article, char: int, gender: str | None, persons_only: bool, depth: int = 0) -> int | str | None:
    """Sentence by sentence going back from ``char``, the first one named that agrees (see
    ``_resolve_pronoun``); a sentence whose main subject is itself "il" or "elle" of the same
    gender carries the chain on: that pronoun stands for the same one ("X s'est moqué de Y. Sur
    Twitter, il a publié une photo où apparaît Z. Il a ajouté : « … »": X, not Z). It goes back
    4 narrated sentences at most (a sentence of quoted words names no one the narrator speaks of
    and does not count), and 12 sentences in all."""
    sent = art.sentence(max(0, char - 1))
    narrated = 0
    for n in range(12):
        if not _quoted_sentence(art, sent, char):
            narrated += 1  # a sentence of quoted words names no one the narrator speaks of: not counted
        if narrated > 4:
            break
        chain = _pronoun_subject(art, sent, char, gender) if gender is not None and depth < 6 else None
        if chain is not None:
            return _antecedent(art, chain, gender, persons_only, depth + 1)
        named = _demonstrative_subject(art, sent, char, gender) if gender is not None and n > 0 else None
        if named is not None:
            return named  # "Ce dernier avait lancé un appel depuis la ville de X. « … », disait-il": the one it names
        candidates: list[tuple[Any, ...]] = []
        if n == 0 and depth > 0 and sent.start_char < char < sent.end_char:
            # the chain's pronoun is its sentence's subject: what is named before it there is in a phrase
            # opening the sentence ("Via une page Facebook, elle encourageait …"), never what it stands for
            earlier = _previous_sentence(art, sent)
            if earlier is None:
                break
            sent = earlier
            continue
        role = _role_subject(art, sent)
        if role is not None and role[0] < char:
            candidates.append((0, role[0], role[1]))
        unheld = _unheld_role(art, sent) if role is None else None
        if unheld is not None and unheld[0] < char and unheld[2] in (None, gender):
            candidates.append((0, unheld[0], unheld[1]))
        body = _body_subject(art, sent, gender) if role is None and unheld is None and not persons_only else None
        if body is not None and sent.start_char < char:
            candidates.append((0, sent.start_char, body))  # "Le parquet a demandé … Il avait relevé « … »"
        subject = _subject_mention(art, sent)
        if subject is not None and subject.start < char:
            candidates.append((-1, subject.start, subject.ref))
        described = _described_subject(art, sent, char, gender) if role is None and unheld is None else None
        if described is not None:
            candidates.append((0, *described))  # "…, auxquelles l'ancien animateur avait répondu. « … », a-t-il ajouté"
        opening = _opening_before_description(art, sent)
        met = {m.ref for m in art.mentions if opening is not None and sent.start_char <= m.start < opening}
        for m in art.mentions:
            if m.type == "person" and m.complement and _of_a_person_noun(art, m):
                continue  # "ce dont s'amuse l'ancien Premier ministre de X": the one that noun tells of, not X
            if sent.start_char <= m.start < min(sent.end_char, char) and not art.in_quote(m.start) and (
                    m.type == "person" or not (m.complement or persons_only) and _stands_as_subject(art, m)):
                # the one who speaks in the sentence first ("…, a expliqué l'avocat X. « … », a-t-il dit")
                candidates.append((-2 if m.type == "person" and speaks(art, m) else 0 if m.type == "person" else 1, m.start, m.ref))
        lead = _leading_clause_end(art, sent)
        if lead is not None:  # "Si X avait pris position, Y s'est gardé de le faire. « … », conclut-il": Y
            candidates = [(c[0] + 4 if c[1] < lead else c[0], *c[1:]) for c in candidates]
        ordered = sorted(candidates, key=lambda c: c[:2])
        for i, (rank, start, k) in enumerate(ordered):  # people first: "il" is seldom the organisation named with them
            if k in met:
                continue  # "Invité par X, le chanteur s'est confié": not X
            if isinstance(k, str) or art.agrees(k, gender) and not _outlet_ref(art, k):
                if not isinstance(k, str) and gender is not None and art.refs[k].type == "person" and _told_gender(art, k) is None:
                    # of two as salient (named in coordination, or both named in passing), the one whose gender is
                    # known: "Camille X et Julia Y sont arrivées. « … », confie-t-elle"; never over a subject or a
                    # speaker ("Xi Jinping a reçu Emmanuel Macron. « … », a-t-il dit": Xi)
                    tied = _coordinated_told(art, start, k, gender)
                    if tied is None and gender == "f" and not _epicene(art, k):
                        # "elle" is marked, « il » the default: a person whose given name tells no gender
                        # (mostly a foreign name; news names men far more often) gives way to a woman
                        # named after them in the sentence ("Kad X a rencontré Julia Y. « … », confie-t-elle"),
                        # not one whose given name is given to both ("Claude X a accompagné Bernadette X")
                        tied = next((c[2] for c in ordered[i + 1 :] if c[0] >= 0 and not isinstance(c[2], str) and c[2] not in met
                                     and art.refs[c[2]].type == "person" and _told_gender(art, c[2]) == "f"
                                     and not _outlet_ref(art, c[2])), None)
                    if tied is None and rank == 0 and not any(c[2] == k and (c[0] < 0 or c[1] != start) for c in candidates):
                        tied = next((c[2] for c in ordered[i + 1 :] if c[0] == 0 and not isinstance(c[2], str) and c[2] not in met
                                     and art.refs[c[2]].type == "person" and _told_gender(art, c[2]) == gender
                                     and not _outlet_ref(art, c[2]) and not any(d[2] == c[2] and d[1] != c[1] for d in candidates)), None)
                    return tied if tied is not None else k
                return k
        previous = _previous_sentence(art, sent)
        if previous is None:
            break
        sent = previous
    return None


def _leading_clause_end(art: Article, sent: Sentence) -> int | None:
    """Where a subordinate clause opening the sentence ends, at its comma ("Si X avait pris position
    en faveur de Y, Z s'est gardé …", "Tandis que X a annoncé …, Y a laissé entendre …",
    ``fr_quotes.LEADING_CLAUSE_OPENERS``), when a main clause with a finite verb follows; None else."""
    toks = [t for t in sent if not t.is_space and not t.is_punct or t.text == ","]
    if not toks or toks[0].text.lower() not in L.LEADING_CLAUSE_OPENERS or art.in_quote(toks[0].idx):
        return None
    finite = [n for n, t in enumerate(toks) if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not art.in_quote(t.idx)]
    if not finite:
        return None
    comma = next((n for n in range(finite[0] + 1, len(toks)) if toks[n].text == ","), None)
    if comma is None or not any(n > comma for n in finite):
        return None
    return int(toks[comma].idx)


def _of_a_person_noun(art: Article, m: Mention) -> bool:
    """The name ``m`` is the complement « de » of a noun for a person ("l'ancien Premier ministre de
    X", "l'épouse de X", "un conseiller de X", past a title the name bears: "un conseiller du
    sénateur X"): named to tell who someone else is, never what a later « il » or « elle » stands for."""
    doc = art.doc
    j = art.token_at(m.start).i - 1
    if j >= 2 and doc[j].pos_ == "NOUN" and doc[j].text[:1].islower() and _person_noun(doc[j]):
        j -= 1  # "un conseiller du sénateur X", "le mari de la ministre X": past the title the name bears
        if doc[j].pos_ == "DET" and doc[j].text.lower() in L.DEFINITE_ARTICLES:
            j -= 1
        if j < 1 or doc[j].text.lower() not in L.DE_FORMS:
            return False
    elif j < 1 or doc[j].text.lower() not in ("de", "d'", "d’"):
        return False
    j -= 1
    while j >= 0 and doc[j].pos_ == "ADJ":
        j -= 1  # "le conseiller spécial de X"
    return j >= 0 and doc[j].pos_ == "NOUN" and _person_noun(doc[j])


def _epicene(art: Article, k: int) -> bool:
    """The person's given name is one French gives to both sexes ("Claude", "Dominique", "Camille":
    ``fr_quotes.EPICENE_GIVEN_NAMES``): nothing in the name makes a man of them."""
    words = art.refs[k].name.split()
    return len(words) > 1 and name_key(words[0].split("-")[0]) in _EPICENE


_EPICENE = frozenset(name_key(w) for w in L.EPICENE_GIVEN_NAMES)


def _coordinated_told(art: Article, start: int, k: int, gender: str) -> int | None:
    """The person named in coordination with person ``k`` (its mention at or after ``start``: "X et
    Y", "X, Y"), as salient as ``k``, whose gender the article or the given name tells is ``gender``
    when nothing tells ``k``'s: gender breaks that tie only. None when there is no such one."""
    m = next((m for m in art.mentions if m.ref == k and m.start >= start), None)
    if m is None:
        return None
    for n in art.mentions:
        if n.ref == k or n.type != "person" or art.in_quote(n.start) or _told_gender(art, n.ref) != gender:
            continue
        between = art.text[m.end : n.start] if n.start >= m.end else art.text[n.end : m.start] if n.end <= m.start else "?"
        if between.strip().lower() in L.COORDINATION_BETWEEN_NAMES and not _outlet_ref(art, n.ref):
            return n.ref
    return None


def _described_subject(art: Article, sent: Sentence, char: int, gender: str | None) -> tuple[int, int] | None:
    """A definite description of a person ("l'ancien animateur de télévision", "la ministre") that
    the parse makes the subject of a verb of the sentence before ``char``, a relative clause's too,
    with no name in apposition: (its position, the person named last it stands for), or None."""
    if not art.parsed:
        return None
    for tok in sent:
        if tok.idx >= char:
            break
        if tok.dep_ in ("nsubj", "nsubj:pass") and tok.text.lower() in L.CONCERNED_PERSON_WORDS and not art.in_quote(tok.idx):
            det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
            whose = L.CONCERNED_PERSON_WORDS[tok.text.lower()]
            k = _concerned_person(art, tok.idx, whose) if det is not None and det.text.lower() in _SINGULAR_DEFINITE and gender in (None, whose) else None
            if k is not None and det is not None:  # "le principal intéressé expliquait …": the one just reported about
                return int(det.idx), k
            continue
        if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.pos_ != "NOUN" or not tok.text[:1].islower() or art.in_quote(tok.idx) \
                or "Plur" in tok.morph.get("Number") or not _person_noun(tok):
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
        if det is None or det.text.lower() not in _SINGULAR_DEFINITE:
            continue
        if any(c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children)
               and (_person_noun(c) or art.mention_at(c.idx, c.idx + len(c.text), types=("person",))) for c in tok.children):
            continue  # "le père de la victime", "l'avocat de X": someone else than the one named last
        if any(art.mention_at(c.idx, c.idx + len(c.text), types=("person",)) for c in tok.children if c.dep_ in ("appos", "flat:name", "nmod")):
            continue  # "le député X": named there, the name is the candidate
        told = _np_gender([det], tok)
        if gender is not None and told not in (None, gender):
            continue
        k = _salient(art, det.idx, "person", told or gender, role_head=tok.text.lower())
        if k is not None:
            return int(det.idx), k
    return None


def _concerned_person(art: Article, char: int, gender: str) -> int | None:
    """Whom "l'intéressé", "la principale intéressée" stands for: the person affected by what was
    just reported, the one of that gender named last before ``char`` in its sentence or the two
    narrated ones before (outside quotations and complements: "Interrogé par l'AFP, X a confirmé sa décision"),
    not one quoted there (those who spoke of them: "Y a ironisé : « … ». L'intéressé regrette …");
    with no such one there, the person the article is about, named most often before ``char`` (the
    title too), the first named of those named as often."""
    sent = art.sentence(char)
    narrated = 0
    while narrated < 2 and (prev := _previous_sentence(art, sent)) is not None:
        sent = prev
        narrated += not _quoted_sentence(art, prev, char)  # the sentences of a quotation are not counted
    quoted = {k for s, _, k in art.speakers if sent.start_char <= s < char}
    recent = [m for m in art.mentions if sent.start_char <= m.start < char and m.type == "person" and not m.complement
              and not art.in_quote(m.start) and m.ref not in quoted and art.agrees(m.ref, gender)]
    if recent:
        return recent[-1].ref
    counts: dict[int, tuple[int, int]] = {}
    for m in art.mentions:
        if m.start < char and m.type == "person" and not art.in_quote(m.start) and art.agrees(m.ref, gender):
            n, first = counts.get(m.ref, (0, -m.start))
            counts[m.ref] = (n + 1, first)
    return max(counts, key=lambda k: counts[k]) if counts else None


def _stands_as_subject(art: Article, m: Mention) -> bool:
    """A body (or a place, a thing) named so that a later "il" or "elle" may stand for it: the
    subject of a verb ("L'OMS réactualise ses recommandations. Elle …"), or the name heading the
    subject with a noun of a body before it ("La société X laisse penser … Celle-ci …", "Le groupe
    X", "L'association Y"); a relative clause's subject aside. Never one in brackets ("le député X
    (PS)"), the complement of a person's title ("le Premier secrétaire du Parti socialiste, X"), an
    agent ("déposée par l'association Y") or an object: there the pronoun is the person named near
    it."""
    if not art.parsed:
        return True
    first = art.token_at(m.start)
    tok = art.head_of(m)
    if first.i > 1 and art.doc[first.i - 1].text == "(":
        before = art.doc[first.i - 2]  # "X (PS)", "le député (LR)": a label; "la répression des fraudes (DGCCRF)": its name
        if before.pos_ not in ("NOUN", "PROPN") or _person_noun(before) or art.mention_at(before.idx, before.idx + len(before.text), types=("person",)):
            return False
        tok = before
        while tok.dep_ in ("nmod", "amod", "flat", "flat:name") and tok.head.i < tok.i and tok.i - tok.head.i <= 4 and tok.head.pos_ == "NOUN" \
                and not _person_noun(tok.head):
            tok = tok.head
        if _person_noun(tok):
            return False
    elif tok.dep_ in ("nmod", "appos", "flat", "flat:name", "compound", "amod") and tok.head.i < tok.i and tok.head.pos_ == "NOUN":
        noun = tok.head  # "La société X": the noun the name is apposed to heads the phrase
        while noun.dep_ in ("nmod", "amod") and noun.head.i < noun.i and noun.head.pos_ == "NOUN" and not _person_noun(noun.head):
            noun = noun.head
        if _person_noun(noun) or name_key(noun.text) in OUTLET_HEADS:
            return False
        tok = noun
    after = end = art.token_at(m.end - 1).i + 1
    while after < len(art.doc) and art.doc[after].text in (")", ","):
        after += 1
    if end < after < len(art.doc) and art.doc[after - 1].text == "," and art.doc[after].text.lower() in L.RELATIVE_SUBJECTS:
        return True  # "… par la répression des fraudes (DGCCRF), qui a infligé une amende": an appositive relative takes it up as its subject
    if tok.dep_ == "obl:agent" and tok.head.dep_ == "ROOT":
        return True
    if tok.dep_ == "obj" and tok.head.dep_ == "ROOT" and tok.head.i < tok.i and not any(c.dep_.startswith("nsubj") for c in tok.head.children):
        return True  # inverted subject: "Mardi, a réagi la CGT"
    if tok.dep_ == "ROOT" and any(c.dep_ == "cop" for c in tok.children) and any(c.dep_ == "acl:relcl" for c in tok.children):
        return True  # cleft "C'est la SNCF qui …"
    return tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.dep_ != "acl:relcl"


def _previous_sentence(art: Article, sent: Sentence) -> Sentence | None:
    if sent.start == 0:
        return None
    prev = art.doc[sent.start - 1]
    while prev.i > 0 and (prev.is_space or prev.is_punct):
        prev = art.doc[prev.i - 1]
    return art.sentence(prev.idx)


def _opening_before_description(art: Article, sent: Sentence) -> int | None:
    """Where a phrase opening the sentence ends (its comma) when a definite description of
    someone is the subject after it ("Invité par X mardi, l'ex-animateur s'est confié",
    "Dans un entretien relayé par Y, la chanteuse raconte"): the people named in that phrase are
    the ones the subject meets, never what a later "il" or "elle" stands for (the description
    is someone named before). None when the sentence does not open so."""
    toks = [t for t in list(sent)[:40] if not t.is_space]
    verb = next((n for n, t in enumerate(toks) if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
    if verb is None or not toks or not (toks[0].pos_ == "ADP" or "Part" in toks[0].morph.get("VerbForm")):
        return None
    comma = max((n for n, t in enumerate(toks[:verb]) if t.text == ","), default=None)
    if comma is None or comma + 2 >= verb:
        return None
    det, head = toks[comma + 1], toks[comma + 2]
    if det.text.lower() not in _SINGULAR_DEFINITE or head.pos_ != "NOUN" or not head.text[:1].islower() or "Plur" in head.morph.get("Number"):
        return None
    words = {w.removeprefix("ex-") for w in (head.text.lower(), head.lemma_.lower())}  # "l'ex-animateur"
    if not words & (ROLE_NOUNS | L.PERSON_NOUNS | L.PRIVATE_PERSON_NOUNS):
        return None
    if any(art.mention_at(t.idx, t.idx + len(t.text), types=("person",)) for t in toks[comma + 1 : verb]):
        return None  # "…, le ministre X a …": the name is the subject
    return toks[comma].idx


_SINGULAR_DEFINITE = frozenset({"le", "la", "l'", "l’"})


def _quoted_sentence(art: Article, sent: Sentence, char: int) -> bool:
    """A sentence before ``char`` made of quoted words only: its words stand between quotation
    marks, a quotation's sentences one by one ("« Je me demande … Vous savez … », a-t-il dit")."""
    words = [t for t in sent if not (t.is_punct or t.is_space) and t.idx < char]
    return bool(words) and all(in_words(art, t.idx) for t in words)


def _first_verb_subject(art: Article, sent: Sentence, char: int) -> tuple[Any, Any]:
    """The first finite verb of ``sent`` before ``char`` outside quotation marks and relative clauses
    (its head when it is an auxiliary or a copula) and the subject standing before it; (None, None)
    when the article is not parsed, (verb, None) when the verb has no subject before it."""
    if not art.parsed:
        return None, None
    verb = next((t for t in sent if t.idx < char and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not art.in_quote(t.idx)
                 and not _relative_verb(t)), None)
    if verb is None:
        return None, None
    if verb.dep_.startswith(("aux", "cop")) and verb.head.i != verb.i:
        verb = verb.head
    return verb, next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i), None)


def _pronoun_subject(art: Article, sent: Sentence, char: int, gender: str) -> int | None:
    """Where "il" or "elle" of ``gender`` is the subject of the sentence's first verb, before
    ``char`` and with no one named before it in the sentence, or None."""
    _, pron = _first_verb_subject(art, sent, char)
    if pron is None or pron.text.lower() not in L.PLAIN_SINGULAR_SUBJECT_PRONOUNS or L.SUBJECT_PRONOUNS[pron.text.lower()] != gender:
        return None
    if any(sent.start_char <= m.start < pron.idx and m.type == "person" for m in art.mentions):
        return None
    if any(pron.idx < m.start < min(sent.end_char, char) and m.type == "person" and not art.in_quote(m.start) and art.agrees(m.ref, gender)
           and _person_subject(art, m) for m in art.mentions):
        return None  # "Face au peu de temps dont il disposait, X a opté …": the pronoun announces the subject X
    return int(pron.idx)


def _demonstrative_subject(art: Article, sent: Sentence, char: int, gender: str) -> int | None:
    """Whom a demonstrative of ``gender`` standing for the one named last ("ce dernier", "celle-ci")
    stands for when it is the subject of the sentence's first verb in the active voice (not "a été la
    cible de X", "a été interpellé par X"), before ``char``: the person named
    last before it. A later "il" or "elle" goes on about that person, not about one the sentence
    names after ("Ce dernier avait lancé un appel juste après son départ de la ville de X. « … »,
    disait-il"). None when the sentence does not open so."""
    verb, subject = _first_verb_subject(art, sent, char)
    if subject is None or subject.dep_ == "nsubj:pass" or any(c.dep_ in ("cop", "aux:pass") for c in verb.children):
        return None  # "Ce dernier a été la cible de X : « … », a-t-il lancé": what befalls them, X may speak
    first = min(subject.left_edge.i, subject.i)
    form = last_named_pronoun(art.doc, first, verb.i)
    if form is None or L.SUBJECT_PRONOUNS.get(form) != gender:
        return None
    return _person_named_last(art, art.doc[first].idx, gender)


def _relative_verb(verb: Any) -> bool:
    """A finite verb of a relative clause whose subject is "qui", or a verb under one ("Via une page
    qui compte un million d'abonnés, elle encourageait …": "compte"): the main verb comes after (but
    "Un mal dont elle souffre": "elle" is a subject all the same)."""
    if verb.dep_.startswith(("aux", "cop")) and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.text.lower() in L.RELATIVE_SUBJECTS for t in (verb, *verb.ancestors) for c in t.children)


def speaks(art: Article, m: Mention) -> bool:
    """The parse makes the mention the subject of a reporting verb: before it ("X a déclaré"), or
    after it, inverted in an incise ("…, a déclaré X", which the parser labels an object)."""
    if not art.parsed:
        return False
    tok = art.head_of(m)
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "l'avocat X": the noun it names
    verb = tok.head
    if verb.i == tok.i or not is_cue(verb):
        return False
    return tok.dep_ in ("nsubj", "nsubj:pass") or (tok.dep_ == "obj" and verb.i < tok.i and _incise_verb(art, verb))


def _incise_verb(art: Article, verb: Any) -> bool:
    """A verb opening an incise: after a comma, past its auxiliaries and adverbs."""
    i = verb.i - 1
    while i > 0 and (art.doc[i].pos_ in ("AUX", "ADV") or art.doc[i].text.lower() in L.INCISE_CLITICS):
        i -= 1
    return i >= 0 and art.doc[i].text in (",", "—", "–")


def _person_subject_since(art: Article, start: int, char: int, gender: str, *, named_only: bool = False) -> int | str | None:
    """A person, by name or by a role, as the subject of a sentence between ``start`` and ``char``
    (the last one): after an organisation just quoted, "il" or "elle" is that person."""
    found: int | str | None = None
    for sent in _sentences_between(art, start, char):
        role = _role_subject(art, sent) if not named_only else None
        if role is not None and role[0] < char and art.refs[role[1]].type == "person" and art.agrees(role[1], gender):
            found = role[1]
            continue
        unheld = _unheld_role(art, sent) if not named_only else None
        if unheld is not None and unheld[0] < char and unheld[2] in (None, gender):
            found = unheld[1]
            continue
        named = [m for m in art.mentions if sent.start_char <= m.start < min(sent.end_char, char) and m.type == "person"
                 and not m.complement and not art.in_quote(m.start) and art.agrees(m.ref, gender) and _person_subject(art, m)
                 and not _within_marks(art, sent.start_char, m.start)]
        if named:  # "« … », selon X. Interrogé par Y, Z, un riverain, reste perplexe. « … », affirme-t-il": Z
            found = named[-1].ref
    return found


def _within_marks(art: Article, start: int, char: int) -> bool:
    """``char`` stands inside quotation marks opened since ``start`` (a sentence's start) and not
    closed: quoted words the quotation step did not keep (« … comme je l'ai dit, X n'a pas … »),
    where a name is the speaker's words, not the narrator's subject."""
    text = art.text[start:char]
    if text.count("«") > text.count("»") or text.count("“") > text.count("”"):
        return True
    depth = 0
    for n, c in enumerate(text):
        if c == '"':  # a straight mark opens after a space (or at the start), glued to the word before it closes,
            at = start + n  # as does one right after quoted words already read
            before = art.text[at - 1] if at > 0 else " "
            closes = not (before.isspace() or before in "(:") or any(e <= at <= e + 2 for _, e in art.quoted)
            depth = max(0, depth - 1) if closes else depth + 1
    return depth > 0


def _person_subject(art: Article, m: Mention) -> bool:
    """The parse makes a person's name the subject of a verb, itself or in apposition to the noun
    that is ("La directrice de l'école, X, déplore …"), outside a relative clause."""
    if not art.parsed:
        return False
    tok = art.head_of(m)
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        tok = tok.head
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return tok.dep_ in ("nsubj", "nsubj:pass") and verb.dep_ == "ROOT" and tok.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN")


def _subject_mention(art: Article, sent: Sentence) -> Mention | None:
    """The person named as the subject of the sentence's first verb: the last person named
    before it outside a complement, past appositions ("…, la procureure de Strasbourg, Yolande
    R., a effectué un point")."""
    verb = next((t for t in sent if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not art.in_quote(t.idx)), None)
    if verb is None:
        return None
    found = None
    for m in art.mentions:
        if sent.start_char <= m.start < verb.idx and m.type == "person" and not art.in_quote(m.start):
            found = m if not m.complement else found
    return found


def _subject_since(art: Article, start: int, char: int, gender: str | None, ref: int | None = None) -> int | None:
    """A person named as the subject opening a sentence between ``start`` and ``char`` (the
    speaker changes: "« … », a dit X. Y, président de Z, voit … « … », a-t-il souligné")."""
    found = None
    for m in art.mentions:
        if m.start <= start or m.start >= char or m.type != "person" or m.complement or art.in_quote(m.start) or ref not in (None, m.ref):
            continue
        sent = art.sentence(m.start)
        toks = list(art.doc[sent.start : art.token_at(m.start).i])
        comma = max((n for n, t in enumerate(toks) if t.text == ","), default=None)
        if comma is not None and _adjunct(art, toks[:comma]):
            toks = toks[comma + 1 :]  # "Sur Twitter, X a …", "Mardi soir, X a …"
        lead = [t for t in toks if not t.is_punct and not t.is_space]
        if (len(lead) <= 1 or _role_lead(art, sent, m)) and art.agrees(m.ref, gender):
            found = m.ref
    return found


def _role_lead(art: Article, sent: Sentence, m: Mention) -> bool:
    """The name ``m`` is the subject of its sentence's main verb, introduced by the title that
    opens the sentence (past a short adjunct): "Quelques minutes plus tôt, le porte-parole du
    ministère, X, avait assuré …", "De son côté, le président de l'Assemblée X a exprimé …": a
    new subject as much as a name opening the sentence."""
    if not art.parsed or _dependent_name(art, m) or not _person_subject(art, m):
        return False
    toks = [t for t in art.doc[sent.start : art.token_at(m.start).i] if not t.is_space]
    for n, t in enumerate(toks):
        if t.text == "," and n + 1 < len(toks) and toks[n + 1].pos_ == "DET" and _adjunct(art, toks[:n]):
            toks = toks[n + 1 :]  # "Quelques minutes plus tôt, le porte-parole …"
            break
    words = [t for t in toks if not t.is_punct]
    if len(words) < 2 or words[0].pos_ != "DET" or words[0].text.lower() not in L.TITLE_DETERMINERS:
        return False
    k = 1
    while k < len(words) - 1 and words[k].pos_ == "ADJ":
        k += 1  # "le nouveau ministre", "l'ancien président"
    if not (words[k].pos_ == "NOUN" and _person_noun(words[k])):
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.text in ("«", '"', "»") for t in words) and not any(
        art.mention_at(t.idx, t.idx + len(t.text), types=("person",)) for t in words)


def _named_as_main_subject(art: Article, start: int, char: int, k: int) -> bool:
    """Person ``k`` is named between ``start`` and ``char`` as the subject of a sentence's main
    verb, whatever opens the sentence ("En déplacement à X pour …, Y a profité de son discours"):
    the one the sentence is about, whom a description of an office right after names again."""
    if not art.parsed:
        return False
    for m in art.mentions:
        if m.ref != k or m.start <= start or m.start >= char or m.complement or art.in_quote(m.start):
            continue
        tok = art.head_of(m)
        if tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.dep_ == "ROOT":
            return True
    return False


def _adjunct(art: Article, toks: list[Any]) -> bool:
    """A short phrase opening a sentence before its subject ("Sur Twitter", "De son côté"):
    no verb, no one named, a few words."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if verbs and not (words[0].pos_ == "ADP" and all("Part" in t.morph.get("VerbForm") for t in verbs)):
        return False  # a participle in a prepositional phrase is no clause: "Dans un message publié lundi"
    return 0 < len(words) <= 6 and not any(
        art.mention_at(t.idx, t.idx + len(t.text), types=("person",)) for t in words)


def _role_subject(art: Article, sent: Sentence) -> tuple[int, int] | None:
    """A role phrase as the subject of a sentence ("Le ministre a rappelé", "À l'inverse, le
    président de la FFF trouve"), resolved to the person who holds it, else a definite role
    to the person named last."""
    found = _role_phrase(sent)
    if found is None:
        return None
    toks, j, i = found
    head = toks[j + 1]
    words = [t.text for t in toks[j + 1 : i + 1] if t.pos_ in ("NOUN", "ADJ", "PROPN")][:4]
    for n in range(len(words), 0, -1):
        k = resolve_role(art, words[:n], head.idx)
        if k is not None:
            return head.idx, k
    bare = all(t.pos_ in ("NOUN", "ADJ") for t in toks[j + 1 : i + 1])  # "le nouveau secrétaire général", not "le président de la FFF"
    if bare and toks[j].text.lower() in L.DEFINITE_DETERMINERS and toks[j].text.lower() != "les":
        k = _salient(art, head.idx, "person", _np_gender(toks[j : i + 1], head), role_head=head.text.lower())
        if k is not None:
            return head.idx, k
    return None


def _role_phrase(sent: Sentence, nouns: frozenset[str] = ROLE_NOUNS) -> tuple[list[Any], int, int] | None:
    """The role phrase that is the subject of a sentence's first verb ("Le ministre a rappelé",
    "À l'inverse, le président de la FFF trouve"): (tokens, index of its determiner, of its
    last word)."""
    toks = [t for t in list(sent)[:16] if not t.is_space]
    verb = next((n for n, t in enumerate(toks) if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
    if verb is None:
        return None
    i = verb - 1
    while i > 0 and (toks[i].pos_ in ("ADV", "PRON") or toks[i].text in ("-", ",")) and toks[i].text.lower() not in L.PLAIN_SINGULAR_SUBJECT_PRONOUNS:
        i -= 1
    j = i
    while j > 0 and (toks[j - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN", "NUM") or toks[j - 1].text.lower() in L.DE_FORMS):
        j -= 1
    if j > i or j >= len(toks) or toks[j].pos_ != "DET" or j + 1 > i:
        return None
    head = toks[j + 1]
    if head.pos_ != "NOUN" or not head.text[:1].islower() or head.text.lower() not in nouns:
        return None
    return toks, j, i


def _body_subject(art: Article, sent: Sentence, gender: str | None) -> int | str | None:
    """A body by a definite description as the subject of the sentence's first verb ("Le parquet a
    demandé …", "La préfecture a indiqué …"), of the pronoun's gender: what it stands for (see
    ``speaker_of_np``), for "il" or "elle" in the next sentence to stand for."""
    found = _role_phrase(sent, L.SELF_NAMING_ORGANISATIONS)
    if found is None:
        return None
    toks, j, i = found
    if toks[j].text.lower() not in L.DEFINITE_DETERMINERS or toks[j].text.lower() in ("les", "ces") or "Plur" in toks[j + 1].morph.get("Number") \
            or art.in_quote(toks[j].idx):
        return None  # (not quoted words: « Le tribunal a voulu … », a-t-il dit)
    if gender is not None and _np_gender(toks[j : i + 1], toks[j + 1]) not in (None, gender):
        return None
    ref, name = speaker_of_np(art, toks[j : i + 1])
    return ref if ref is not None else name


def _unheld_role(art: Article, sent: Sentence) -> tuple[int, str, str | None] | None:
    """A definite role opening the sentence that no person of the article holds yet ("À
    l'inverse, le président de la FFF trouve …"): (position, its words, its gender), for the
    pronouns after it to stand for; the name may come later (see ``resolve_roles``)."""
    found = _role_phrase(sent)
    if found is None:
        return None
    toks, j, i = found
    if toks[j].text.lower() not in L.DEFINITE_DETERMINERS or toks[j].text.lower() == "les" or "Plur" in toks[j + 1].morph.get("Number"):
        return None
    if any(art.mention_at(t.idx, t.idx + len(t.text), types=("person",)) for t in toks[j : i + 1]):
        return None
    text = " ".join(art.text[toks[j].idx : toks[i].idx + len(toks[i].text)].split())
    return toks[j + 1].idx, text, _np_gender(toks[j : i + 1], toks[j + 1])


def _role_holder(art: Article, at: int, quote_start: int, head: str, gender: str | None, speakers: set[int],
                 qualified: frozenset[str], *, former: bool = False, phrase: str | None = None) -> int | None:
    """The person who holds a role given at ``at`` with no name, named after it (see
    ``resolve_roles``): the first person named in the next 600 characters outside quotations
    and complements, who may hold the role (gender, known roles), who is quoted by name in the
    article or, of known gender, named there for the first time (not the topic named all
    along), with no one else quoted by name in between (a list of
    reactions: « … », a dit X. Le délégué de Y a appelé à « … ». « … », a écrit Z). A ``former``
    office ("l'ancienne maire du secteur") is not the one the article gives it now ("la maire X"),
    nor, for a role ``phrase`` ("l'ancien chef de l'État"), the one who holds that office now."""
    quoted_between = {k for s, _, k in art.speakers if at < s}
    first = art.sentence(at)
    other = _subject_after_source(art, at, first.end_char)
    past_title = next((o + n for f, o, n in art.fields if f == "title"), 0)  # a title names whom the story is about
    for m in art.mentions:
        if m.start <= max(at, first.end_char) or m.type != "person" or m.complement or art.in_quote(m.start):
            continue  # not in its own sentence ("Pour le ministre, X a tort": X is not the minister)
        if art.gap(at, m.start) > 600:
            return None
        if m.ref == other:
            continue  # "Pour le premier secrétaire du PS, X quitte la France …": X is whom he speaks of, here and after
        known = art.gender.get(m.ref)
        fits = role_fits(art, m.ref, head) and art.agrees(m.ref, gender) and not any(  # the given name too
            h == name_key(head) and q != qualified for h, q in art.qualified.get(m.ref, ()))  # not the one "le Premier ministre" is
        if former and (phrase_office_held(art, m.ref, phrase) if phrase is not None else _holds_now(art, m.ref, head)):
            fits = False
        others = {k for s, _, k in art.speakers if at < s < m.start and k is not None and k != m.ref}
        new = not any(past_title <= x.start < at for x in art.mentions if x.ref == m.ref)
        if fits and not others and (m.ref in speakers or (known is not None and new)):
            return m.ref  # quoted by name, or introduced only now: not the topic named all along
        if m.ref in quoted_between or known is not None:
            return None  # someone else is named first
    return None


def _subject_after_source(art: Article, at: int, end: int) -> int | None:
    """The person named as the subject of the clause that follows a role given as a source ("Pour le
    premier secrétaire du PS, X quitte la France", "Selon le ministre, Y a menti"): someone else than
    the role's holder, whom the role speaks of; not a name in apposition between commas ("Selon le
    ministre, Y, …": the minister). ``at``: where the role stands; ``end``: its sentence's end."""
    if not after_source_preposition(art, at):
        return None
    comma = art.text.find(",", at, end)
    if comma < 0:
        return None
    m = next((m for m in art.mentions if comma < m.start < end), None)
    if m is None or m.type != "person" or art.text[comma + 1 : m.start].strip() or art.text[m.end : m.end + 2].strip().startswith(","):
        return None
    return m.ref


def after_source_preposition(art: Article, at: int) -> bool:
    """The words at ``at`` follow « selon », « pour », « d'après » (``fr_quotes.RELATIVE_ATTRIBUTION_PREPS``):
    a source that opens a clause whose subject comes after the comma."""
    before = art.text[max(0, at - 12) : at].replace("’", "'").lower().split()
    return bool(before) and before[-1] in L.RELATIVE_ATTRIBUTION_PREPS


def _holds_now(art: Article, k: int, head: str) -> bool:
    """One of the roles the article gives person ``k`` is the office ``head`` now ("maire de gauche"),
    not one held before ("ancienne maire")."""
    heads = _office_heads(head)
    return any(_opens_with(r, heads) for r in art.refs[k].roles)


def _office_heads(role_head: str) -> frozenset[str]:
    """The folded head nouns of the offices of the kind ``role_head`` (itself and its synonyms)."""
    key = name_key(role_head)
    return _ROLE_SYNONYMS.get(key, frozenset()) | {key}


def _opens_with(role: str, heads: frozenset[str] | set[str]) -> bool:
    """The role the article gives someone opens with one of ``heads`` ("président de la région", not
    "ancien président")."""
    words = name_key(role).split()
    return bool(words) and words[0] in heads


def role_fits(art: Article, k: int, role_head: str | None, rest: frozenset[str] = frozenset()) -> bool:
    """A person whose known roles are all of another kind is not "le suspect" or "le maire"; nor,
    when the description says which office (``rest``: its other words, "américain" of "le
    président américain"), one the article gives only another office of that kind ("président
    philippin", "ministre de l'Intérieur" for "le ministre de la Justice")."""
    if role_head is None or art.refs[k].type != "person" or not art.refs[k].roles:
        return True
    heads = _office_heads(role_head)
    same_kind = [words for r in art.refs[k].roles if (words := _office_words_of(r)) & heads]
    if not same_kind:
        return _cumulated(art, k, heads)
    return any(_same_office(words, heads, rest) for words in same_kind)


def cumulates(art: Article, k: int, role_head: str) -> bool:
    """Person ``k`` fits the office ``role_head`` only as one more elected mandate (``_cumulated``): the
    article gives them roles, none of its kind."""
    heads = _office_heads(role_head)
    return art.refs[k].type == "person" and bool(art.refs[k].roles) \
        and not any(_office_words_of(r) & heads for r in art.refs[k].roles) and _cumulated(art, k, heads)


def held_roles(art: Article, k: int) -> tuple[str, ...]:
    """The roles the article gives person ``k`` less those that end on "de" ("adjoint d'", "avocats de"):
    the words of someone else's role the entity step gave the one it names ("l'adjoint d'Anne Hidalgo"
    makes Anne Hidalgo no deputy mayor; still, one with an adviser is no political scientist, so the
    role check of another kind keeps them)."""
    return tuple(r for r in art.refs[k].roles if not _dangling(r))


def _dangling(role: str) -> bool:
    low = role.lower().replace("’", "'").rstrip()
    return low.endswith("'") or (bool(low.split()) and low.split()[-1] in L.DE_FORMS)


def _office_words_of(role: str) -> set[str]:
    """The folded words of a role the article gives one person, with the singular of a plural past its
    head ("chef de file des députés MoDem": one of them, "depute"); not of a head in the plural ("avocats
    de", "députés": the entity step gave one person a group's words, which are no office of theirs)."""
    key = name_key(role)
    words = office_words(key)
    return words | _singular(set(key.split()[1:]))


def _singular(words: set[str]) -> set[str]:
    """Folded role words with the singular of each plural ("deputes" of "ses collègues députés": "depute"; a
    plural the entity step gives one person tells their kind, not an office they hold: "avocats de" is
    no lawyer's office)."""
    return words | {w[:-1] for w in words if len(w) > 3 and w.endswith(("s", "x"))}


_MANDATES = frozenset(name_key(w) for w in L.ELECTED_MANDATE_NOUNS)


def _cumulated(art: Article, k: int, heads: frozenset[str]) -> bool:
    """An elected mandate (``heads``: "élu", "député", "adjoint") is one more of a politician the
    article gives only other mandates or candidacies ("rapporteur", "candidat aux européennes"): a
    mayor sits in Parliament, a deputy mayor heads a list; unless someone else in the article holds
    one of its kind, whom the description then names."""
    if not heads & _MANDATES:
        return False
    if not all((words := name_key(r).split()) and _singular({words[0]}) & _MANDATES for r in held_roles(art, k)):
        return False
    return not any(j != k and ref.type == "person" and any(_singular(office_words(name_key(r))) & heads for r in held_roles(art, j))
                   for j, ref in enumerate(art.refs))


def _body_name_words(art: Article, words: set[str]) -> set[str]:
    """The words of every name the article gives an organisation that a role names by one of them
    ("directeur general de l oms": "organisation", "mondiale", "sante" of "Organisation mondiale de
    la santé (OMS)"), for a description naming it otherwise ("le directeur de l'Organisation")."""
    out: set[str] = set()
    for j, ref in enumerate(art.refs):
        if ref.type != "organisation":
            continue
        names = {name_key(ref.name)} | {name_key(art.text[m.start : m.end]) for m in art.mentions if m.ref == j}
        if any(n and set(n.split()) <= words for n in names):
            out.update(w for n in names for w in n.split())
    return out


def office_differs(art: Article, k: int, role_head: str, rest: frozenset[str]) -> bool:
    """The article gives person ``k`` offices of the kind ``role_head`` and only other ones than
    the one a description names with the words ``rest`` ("président philippin" for "le
    président américain")."""
    heads = _office_heads(role_head)
    same_kind = [words for r in art.refs[k].roles if (words := office_words(name_key(r))) & heads]
    return bool(same_kind) and not any(_same_office(words, heads, rest) for words in same_kind)


def office_held(art: Article, k: int, role_head: str) -> bool:
    """The article gives person ``k`` an office of the kind ``role_head``."""
    heads = _office_heads(role_head)
    return any(office_words(name_key(r)) & heads for r in art.refs[k].roles)


def role_phrase(words: list[str]) -> str | None:
    """The folded role phrase of several words that opens ``words`` (the words of a description past
    its determiner) and names one office by ``fr_quotes.ROLE_SYNONYMS`` ("chef de l'État", "chef du
    gouvernement", "chef de la diplomatie britannique"): "chef de l etat"; None when none does."""
    for n in range(min(len(words), 5), 2, -1):
        key = name_key(" ".join(words[:n]))
        if key in _ROLE_SYNONYMS:
            return key
    return None


_PHRASE_OFFICE_WORDS = {name_key(k): frozenset(name_key(w) for w in v) for k, v in L.ROLE_PHRASE_OFFICE_WORDS.items()}
_NOT_NATIONALITY = L.BODY_SIDE_PREPOSITIONS | L.PREPOSITIONAL_ADVERBS | frozenset(("après", "avant", "depuis", "en", "sur", "sous", "contre", "par"))
_DETERMINER_KEYS = frozenset(name_key(w) for w in (*L.DE_FORMS, *L.DEFINITE_DETERMINERS, "l", "d"))


def phrase_office_held(art: Article, k: int, phrase: str) -> bool | None:
    """Whether person ``k`` holds the one office the role phrase ``phrase`` (folded, ``role_phrase``)
    names, by the roles the article gives them: True when one of them opens with a word of its kind
    ("président" for "chef de l etat") and says no more past determiners than two words, each the
    office's own (``fr_quotes.ROLE_PHRASE_OFFICE_WORDS``: "président de la République"), a place
    the article names ("président du Venezuela") or an adjective ("président américain"), not a
    body's noun or a preposition; False when all of its kind say another office ("président de LR",
    "président du conseil régional", "ministre de l'Économie" for "chef de la diplomatie"); None
    when none is of its kind (nor "ancien président": no longer)."""
    heads = {name_key(w) for w in _ROLE_SYNONYMS.get(phrase, ())}
    allowed = _PHRASE_OFFICE_WORDS.get(phrase, frozenset())
    places = {name_key(w) for ref in art.refs if ref.type == "place" for w in ref.name.split()}
    found = None
    for role in art.refs[k].roles:
        words = role.replace("’", "'").split()
        keys = [name_key(w) for w in words]
        if not keys or keys[0] not in heads:
            continue  # not "l'ancien président", who no longer holds it
        rest = [w for w in map(past_elision, words[1:]) if w and name_key(w) not in _DETERMINER_KEYS]
        if len(rest) <= 2 and all(name_key(w) in allowed or (w[:1].isupper() and name_key(w) in places)
                                  or (w[:1].islower() and w.lower() not in L.ORGANISATION_NOUNS and w.lower() not in _NOT_NATIONALITY) for w in rest):
            return True
        found = False
    return found


def office_rest(words: list[str], head: str) -> frozenset[str]:
    """The words of a description that say which office of the kind ``head`` it names: the
    adjectives right after the head and its complement in "de" ("le président américain", "la
    ministre de la Justice"); not a name apposed to it ("le député La République en marche": the
    party, which a member of Parliament given a constituency may be of)."""
    low = [w.lower() for w in words]
    keys = [name_key(w) for w in words]
    if name_key(head) not in keys:
        return frozenset()
    i = keys.index(name_key(head)) + 1
    kept: list[str] = []
    while i < len(words) and words[i][:1].islower() and low[i] not in L.DE_FORMS and low[i][:2] not in L.ELIDED_ARTICLES:
        kept.append(words[i])
        i += 1
    de = next((n for n in range(i, len(low)) if low[n] in L.DE_FORMS or low[n][:2] in ("d'", "d’")), None)
    if de == i:
        kept += words[de:]
    before = keys[: keys.index(name_key(head))]
    return frozenset(_office_rest({part for w in kept for part in name_key(w).split()})) | office_qualifiers(before)


def office_qualifiers(words: list[str] | set[str] | frozenset[str]) -> frozenset[str]:
    """The words among ``words`` (folded or not) that make a role another office ("premier" of "le
    Premier ministre", "vice" of "la vice-présidente": ``fr_quotes.OFFICE_QUALIFIERS``), folded,
    the feminine as the masculine."""
    return frozenset(_QUALIFIERS[part] for w in words for part in name_key(w).split() if part in _QUALIFIERS)


def _same_office(words: set[str], heads: frozenset[str] | set[str], rest: frozenset[str]) -> bool:
    """A role of the kind ``heads`` (its words) may be the office a description names with the
    words ``rest`` ("americain"): unless both say which office and share no word of it."""
    qualified = office_qualifiers(rest)
    if qualified and not qualified <= office_qualifiers(words):
        return False  # "le Premier ministre": not one the article makes only "ministre"
    mine, wanted = _office_rest(words) - heads, rest - heads - QUALIFIER_FORMS
    return not mine or not wanted or bool(mine & wanted)


_QUALIFIERS: dict[str, str] = {name_key(w): name_key(w.replace("première", "premier")) for w in L.OFFICE_QUALIFIERS}
QUALIFIER_FORMS = frozenset(_QUALIFIERS.values())
_NOT_OFFICE_WORDS = frozenset(name_key(w) for w in (*L.DE_FORMS, *L.DEFINITE_ARTICLES, *fr.ROLE_MODIFIERS, "et", "charge"))


def _office_rest(words: set[str]) -> set[str]:
    """The words of a role that say which office of its kind it is ("americain", "justice")."""
    return {w for w in words if len(w) > 2 and w not in _NOT_OFFICE_WORDS}


def _salient(art: Article, char: int, etype: str, gender: str | None, head: str | None = None, window: int = 1200,
            role_head: str | None = None, role_rest: frozenset[str] = frozenset(), since: int = 0) -> int | None:
    """The person (or organisation) a definite description stands for: the one named last
    before ``char``, outside quotations and not as a noun's complement ("conseiller de
    François Hollande"), or the current speaker when no one was named since; agreeing in
    gender; of two named in coordination, one the article or the given name tells agrees before
    one whose gender nothing tells ("X et Y vivent ensemble. La présentatrice …": the woman), never
    one named before ("X a reçu Claude Y. « … », a estimé l'eurodéputé": Claude Y).
    ``head``, when given, must be in the organisation's name ("le parquet"); ``since``: no one named
    before it."""
    found = None
    for m in reversed(art.mentions):
        if m.end > char or m.type != etype or art.in_quote(m.start) or m.complement:
            continue
        if char - m.end > window or m.start < since:
            break
        if art.agrees(m.ref, gender if etype == "person" else None) and (head is None or head in name_key(art.refs[m.ref].name).split()) \
                and role_fits(art, m.ref, role_head, role_rest):
            found = m
            break
    if found is not None and etype == "person" and gender is not None and _told_gender(art, found.ref) is None:
        tied = _coordinated_told(art, found.start, found.ref, gender)  # "X et Y vivent ensemble. La présentatrice …": the woman
        if tied is not None and role_fits(art, tied, role_head, role_rest):
            found = next((m for m in art.mentions if m.ref == tied and m.start < char), found)
    last = art.last_speaker
    if last and last[1] is not None and char - last[0] < 400 and art.refs[last[1]].type == etype and (
            found is None or found.start < last[0]) and art.agrees(last[1], gender if etype == "person" else None) and (
            head is None or head in name_key(art.refs[last[1]].name).split()) and role_fits(art, last[1], role_head, role_rest):
        return last[1]
    return found.ref if found is not None else None


def _former_office(tokens: list[Any], head: Any) -> bool:
    """A description of a former office ("l'ancien ministre", "l'ex-présidente"): a word of
    ``fr_quotes.FORMER_OFFICE_WORDS`` before its head, or glued to it."""
    low = head.text.lower()
    return any(low.startswith(w + "-") for w in L.FORMER_OFFICE_WORDS) or any(
        t.i < head.i and t.text.lower() in L.FORMER_OFFICE_WORDS for t in tokens[1:])


def _told_gender(art: Article, k: int) -> str | None:
    """The gender the article's words or the given name tell of person ``k``, or None."""
    return art.gender.get(k, art.given_gender.get(k))


def resolve_role(art: Article, words: list[str], before: int | None = None, phrase: str | None = None) -> int | None:
    """The one person whose roles hold all the words of "le dirigeant ukrainien", or whose role
    is one that the head word may stand for ("le magistrat": a prosecutor or a judge; "le
    haut-gradé": a general), among those named before ``before`` when it is given."""
    wanted = {part for w in words if len(w) > 2 for part in name_key(w).split()}
    if not wanted:
        return None
    named = _named_before(art, before if len(wanted) < 2 else None)  # a full role may name someone introduced later
    found = [k for k, ref in enumerate(art.refs)
             if k in named and ref.type == "person" and any(wanted <= office_words(name_key(role)) for role in ref.roles)]
    if not found and len(wanted) > 1:  # "le directeur de l'Organisation" for "le directeur général de l'OMS"
        found = [k for k, ref in enumerate(art.refs) if k in named and ref.type == "person" and any(
            wanted <= (held := office_words(name_key(role))) | _body_name_words(art, held) for role in ref.roles)]
    if len(found) == 1:
        return found[0]
    key = next((key for key in (phrase, name_key(" ".join(words)), *(name_key(w) for w in words)) if key in _ROLE_SYNONYMS), None)
    heads = _ROLE_SYNONYMS[key] if key is not None else None
    if not found and heads and len(words) <= 3 and key is not None and len(key.split()) > 1:
        # a synonym of a whole phrase, "le chef de l'État": the one given that office, not "président de LR",
        # and named in the body (a name only in the title is none the body gives)
        body = art.body_start
        found = [k for k, ref in enumerate(art.refs) if k in named and ref.type == "person" and phrase_office_held(art, k, key)
                 and any(m.ref == k and m.start >= body for m in art.mentions)]
        if len(found) == 1:
            return found[0]
    elif not found and heads and len(words) <= 3:
        # "le président américain": not the one given "président philippin"
        rest = office_rest(phrase.split() if phrase else words, key) if key is not None else frozenset()
        found = [k for k, ref in enumerate(art.refs)
                 if k in named and ref.type == "person" and any(
                     _opens_with(role, heads) and _same_office(office_words(name_key(role)), heads, rest)
                     for role in ref.roles)]
        if len(found) == 1:
            return found[0]
    return None


def _named_before(art: Article, char: int | None) -> set[int]:
    if char is None:
        return set(range(len(art.refs)))
    return {m.ref for m in art.mentions if m.start < char}


def speaker_of_np(art: Article, tokens: list[Any], *, attributed: bool = False) -> tuple[int | None, str | None]:
    """Speaker from a noun phrase: a pronoun, an entity in it, a role of a known person, a
    definite description ("le magistrat", "l'hebdomadaire") of the person or organisation
    named last; an unnamed office holder or body by its description; else no one (unnamed
    people: "ses enfants", "une salariée", "des témoins"). ``attributed``: the phrase follows
    "selon" or "pour", where an office often names again the one just quoted."""
    if not tokens:
        return None, None
    low = tokens[0].text.lower()
    if len(tokens) == 2 and f"{low} {tokens[1].text.lower()}" in L.SUBJECT_PRONOUNS:
        low = f"{low} {tokens[1].text.lower()}"  # "ce dernier", "cette dernière": the one named last
    if low in L.SUBJECT_PRONOUNS or low.lstrip("-") in L.PLAIN_SUBJECT_PRONOUNS:
        return pronoun_speaker(art, tokens[0].idx, L.SUBJECT_PRONOUNS.get(low, L.SUBJECT_PRONOUNS.get("-" + low.lstrip("-"))))
    if len(tokens) > 1 and tokens[0].pos_ in ("NOUN", "ADJ") and tokens[1].pos_ == "DET" and tokens[0].text[:1].islower():
        return None, None  # "juge le problème": a verb the tagger took for a noun, then its object; no one
    if low in L.ON_PRONOUNS:  # "confie-t-on dans l'entourage du ministre": his people, by the article's words
        source = _on_source(art, tokens[-1])
        return speaker_of_np(art, source) if source else (None, None)
    one = _one_of_them_form(tokens)
    if one is not None:  # "« … », a écrit l'un d'eux": one of the people just spoken of, by the article's words
        group = _plural_people_before(art, tokens[0].idx, L.ONE_OF_THEM_GENDERS[one])
        return (None, L.ONE_OF_GROUP.format(one=one, group=group)) if group is not None else (None, None)
    k, name = _speaker_of_np(art, tokens, attributed=attributed)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if k is not None and art.refs[k].type == "person":
        _note_office(art, k, tokens)
    if k is not None and _one_of(tokens) and not any(m.ref == k and not m.complement and start <= m.start < end for m in art.mentions):
        # "l'un de ses conseillers", "un des proches de X": one of a group, never the one they belong
        # to (but "l'un de ses avocats, Me Y" is Y)
        return None, " ".join(art.text[start:end].split())
    return k, name


# The parser's relations of a verb's subject and direct object: who acts and who is acted upon.
_CORE_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj"})


def _one_of_them_form(tokens: list[Any]) -> str | None:
    """The form "l'un" or "l'une" when the noun phrase opens with "l'un d'eux", "l'une d'entre
    elles" (its first three to five tokens, as ``fr_quotes.ONE_OF_THEM`` spells them, and what
    follows is no noun of its own: "l'un d'eux sous la photo", "l'un d'eux, cité par …"); None
    otherwise."""
    for n in (3, 4, 5):
        one = L.ONE_OF_THEM.get("".join(t.text.lower() for t in tokens[:n]).replace("’", "'"))
        if one is not None and (n == len(tokens) or tokens[n].pos_ in ("ADP", "PUNCT", "ADV") or tokens[n].text.lower() in L.RELATIVE_SUBJECTS):
            return one
    return None


def _plural_people_before(art: Article, char: int, gender: str) -> str | None:
    """The group "l'un d'eux" / "l'une d'elles" at ``char`` stands for: the plural nouns of people
    of ``gender`` (as the parser tags it; "l'une" is never one of "policiers") named outside
    quotations in the nearest sentence that names any, looking back from the sentence holding
    ``char`` (before it) through at most three narrated sentences (six in all, quoted ones
    included). Given without its determiner ("internautes", "proches de l'ancien candidat"). None
    when that sentence names no such group or two that the pronoun does not tell apart ("Les
    policiers ont interpellé trois jeunes hommes. « … », a crié l'un d'eux": either); a plural
    subject or direct object counts as a group of people even when the lists do not know its noun
    ("Les pompiers ont secouru deux randonneurs"); a group after "selon" (the source the sentence
    cites) yields to one the sentence is about ("Selon les journalistes, les Insoumis …"). A sentence
    whose subject is "ils" ("elles") of that gender is passed over, and from there on only subjects
    count ("Les enseignants … Ils évoquent le danger de laisser les enfants … l'un d'eux": one of the
    teachers, not of the children)."""
    sent = art.sentence(max(0, char - 1))
    narrated = 0
    subjects_only = False  # past "ils évoquent …": the group is the subject "ils" stands for
    for _ in range(6):
        if not _quoted_sentence(art, sent, char):
            narrated += 1
        if narrated > 3:
            return None
        if any(t.idx < char and t.dep_ == "nsubj" and t.text.lower() in L.GENDERED_PLURAL_PRONOUNS.get(gender, ()) and not art.in_quote(t.idx) for t in sent):
            subjects_only = True
            previous = _previous_sentence(art, sent)
            if previous is None:
                return None
            sent = previous
            continue
        groups: dict[str, str] = {}
        sources: dict[str, str] = {}
        named = False
        covered: set[int] = set()
        for t in sent:
            if t.idx >= char or t.i in covered or art.in_quote(t.idx) or t.pos_ != "NOUN" or "Plur" not in t.morph.get("Number"):
                continue
            if subjects_only and t.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            if not (_person_noun(t) or t.lemma_.lower() in L.PRIVATE_PERSON_NOUNS or t.dep_ in _CORE_ARGUMENTS):
                continue  # a plural subject or object the lists do not know ("deux randonneurs") may be the group too
            named = True
            words = [t]
            for u in art.doc[t.i + 1 : t.i + 7]:
                if u.is_punct or u.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ", "ADV", "PART") or art.in_quote(u.idx) or "\n" in u.text:
                    break
                if u.pos_ == "ADP" and u.text.lower() not in L.DE_FORMS:
                    break  # "les femmes à la sortie du magasin": where, not who
                words.append(u)  # "proches de l'ancien candidat", "habitants du quartier"
            while words[-1].pos_ in ("ADP", "DET"):
                words.pop()
            covered.update(w.i for w in words)  # "les proches des victimes": one group
            told = t.morph.get("Gender")
            if told and L.MORPH_GENDERS.get(told[0]) != gender:
                continue
            source = any(c.dep_ == "case" and c.text.lower() in L.ATTRIBUTION_PREPS for c in t.children)
            (sources if source else groups).setdefault(t.lemma_.lower(), art.words_text(words))
        if named:
            groups = groups or sources  # "Selon les journalistes présents, les Insoumis n'ont pas …": those it is about
            return next(iter(groups.values())) if len(groups) == 1 else None
        previous = _previous_sentence(art, sent)
        if previous is None:
            return None
        sent = previous
    return None


def _note_office(art: Article, k: int, tokens: list[Any]) -> None:
    """Remember that a description of an office that its words make another ("le Premier ministre")
    stands for person ``k``: the holder of the office without them ("le ministre de l'Action et des
    Comptes publics", named later) is someone else (``_role_holder``)."""
    words = [t.text for t in tokens[:4]]
    head = next((n for n, w in enumerate(words) if w.lower() in ROLE_NOUNS and n > 0), None)
    if head is None:
        return
    qualified = office_qualifiers(words[: head + 1])
    if qualified:
        art.qualified.setdefault(k, set()).add((name_key(words[head]), qualified))


def _on_source(art: Article, on: Any) -> list[Any]:
    """The noun phrase after an impersonal "dit-on" that says where the words come from: "dans
    l'entourage du ministre", "chez Renault" (L.ON_SOURCE_PREPS); none for a document ("dans un
    communiqué": a channel) or anything else."""
    doc = art.doc
    if on.i + 2 >= len(doc) or doc[on.i + 1].text.lower() not in L.ON_SOURCE_PREPS:
        return []
    end = next((t.i for t in doc[on.i + 2 : on.i + 14] if t.is_punct or t.is_sent_end), min(len(doc), on.i + 14))
    np = np_after(doc, on.i + 2, end)
    head = next((t for t in np if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.text.lower() in L.DOCUMENT_NOUNS or head.text.lower() in L.WRITTEN_SOURCE_NOUNS \
            or head.text.lower() in L.AUTHORED_DOCUMENT_NOUNS:
        return []
    return np


def _one_of(tokens: list[Any]) -> bool:
    """A noun phrase of one of a group of people: "un de ses proches", "l'une des victimes"."""
    opener = tokens[1] if len(tokens) > 2 and tokens[0].text.lower() in L.ELIDED_ARTICLES else tokens[0]
    return opener.text.lower() in L.ONE_OF_PRONOUNS and opener.i < tokens[-1].i and opener.nbor().text.lower() in L.DE_FORMS \
        and any(_person_noun(t) for t in tokens[opener.i - tokens[0].i + 2 :])


def _speaker_of_np(art: Article, tokens: list[Any], *, attributed: bool = False) -> tuple[int | None, str | None]:
    tokens, possessive = _strip_source_noun(tokens)
    if possessive is not None:  # "selon ses déclarations": the person it stands for
        if possessive.text.lower() in L.FIRST_PERSON_POSSESSIVES:
            return None, None  # "selon nos informations": the outlet's own reporting, no one quoted
        return pronoun_speaker(art, possessive.idx, None, persons_only=True)
    if not tokens or tokens[0].pos_ == "ADP":  # "dans son rapport": a channel
        return None, None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = " ".join(art.text[start:end].split())
    if _seat_of_power(tokens):
        return None, text  # "le Quai d'Orsay", "l'Élysée": the institution, whatever type the entity step gave the place
    head = next((t for t in tokens if (t.pos_ in ("NOUN", "PROPN") or t.text.lower() in ROLE_NOUNS) and t.text[:1].isalpha()), None) \
        or _nominal_adjective(tokens)
    is_role = head is not None and head.text.lower() in ROLE_NOUNS
    inside = [m for m in art.mentions if m.start < end and start < m.end and m.type in ("person", "organisation")]
    person = next((m for m in inside if m.type == "person" and not m.complement), None)
    indefinite = indefinite_description(tokens, head)
    if person is None and head is not None and head.idx < start + 12 and (any(w in ROLE_NOUNS or w in L.PERSON_NOUNS for w in (
            head.text.lower().removeprefix("ex-"), head.lemma_.lower()))  # "l'ex-patron de X": X's former head, not X
                                                                         or (head.text[:1].islower() and _member_of(art, head, inside[0]) if inside else False)):
        person = None  # "l'avocat de X", "la mère de X", "les amis de X": someone of X's, not X
    elif indefinite:  # "une source proche de X", "un policier cité par X": someone new, never X
        person = person if person is not None and not after_preposition(art, person) else None
    else:
        person = person or next((m for m in inside if m.type == "person"), None)
    if person is not None and person is next((m for m in inside if m.type == "person"), None) and _right_hand(tokens):
        return None, text  # "le bras droit de X": someone else than X, by the article's words
    if person is not None:  # "le porte-parole du Kremlin Dmitri Peskov": the person
        return art.named(person.ref)
    named = _apposed_proper_name(art, tokens, head) if is_role and not inside else None
    if named is not None:  # "le secrétaire général de l'ONU Ban Ki-moon", a name the entity step missed
        return None, named
    det = tokens[0].text.lower() if tokens[0].pos_ == "DET" else ""
    bare = [t.text.lower() for t in tokens[1:] if t.text.lower() not in L.CONCERNED_PERSON_ADJECTIVES]
    concerned = bare[0] if len(bare) == 1 and bare[0] in L.CONCERNED_PERSON_WORDS else None  # not "le client intéressé"
    if concerned is not None and det in _SINGULAR_DEFINITE and not inside:
        k = _concerned_person(art, start, L.CONCERNED_PERSON_WORDS[concerned])
        if k is not None:  # "« … », réagit l'intéressé": the one the news just reported is about
            return art.named(k)
    if head is not None and head.text.lower() == "présidence" and det in L.DEFINITE_DETERMINERS and det != "les" and not inside \
            and len(after := [t for t in tokens if t.i > head.i]) <= 1 and all(t.pos_ == "ADJ" for t in after) \
            and (seat := _presidency_seat(art, start, after[0].text.lower() if after else None)) is not None:
        return None, seat  # "l'Élysée … « … », a plaidé la présidence (française)": the palace, by the article's name
    if head is not None and _noun(head) and head.text[:1].islower() and det in L.DEFINITE_DETERMINERS:
        if head.text.lower() in L.DOCUMENT_NOUNS:
            return _document_author(art, start, tokens, head)
        k = _described(art, start, tokens, head)
        outlet_head = name_key(head.text) in OUTLET_HEADS  # folded as the list is: "la chaîne", "le média"
        if k is None and det != "les" and head.text.lower() in L.ORGANISATION_NOUNS and not outlet_head:
            k = _body_named_with(art, start, head.text)  # "du syndicat Force ouvrière" … "explique le syndicat"
        adjectives = _kind_noun_adjectives(tokens, head, det)
        if k is not None and adjectives and art.refs[k].type == "organisation" and not _fits_adjectives(art, k, head.text.lower(), adjectives):
            k = None  # "le groupe Total … a revendiqué le groupe jihadiste": another group
        if k is None and adjectives is not None:
            k = _body_of_kind(art, start, head.text.lower(), adjectives)
        if k is None and outlet_head and det != "les":
            k = _outlet_named_before(art, start)  # "précise le journal": the outlet the text named last
            if k is None and (written := _outlet_written_before(art, start)) is not None:
                return None, written  # "dans les colonnes du Journal du Dimanche … précise l'hebdomadaire", no entity found
        if k is not None and det != "les" and tokens[-1] is head and art.refs[k].type == "organisation" and head.text.lower() in L.ORGANISATION_NOUNS \
                and (unnamed := _unnamed_body_since(art, start, head.text.lower(), k)) is not None:
            return None, unnamed  # "Le CSA … L'association des familles a relevé … « … », estime l'association": that association
        if k is not None:  # "l'octogénaire", "l'agence": the one described so before
            return art.named(k)
        if det != "les" and "Plur" not in head.morph.get("Number") and _person_noun(head):
            introduced = _introduced_unnamed(art, start, head, tokens)
            if isinstance(introduced, int):  # "X, 26 ans, un père de famille, … déplore le père": X
                return art.named(introduced)
            if introduced is not None:  # "Un haut fonctionnaire … a écrit … Selon le haut fonctionnaire": that unnamed source
                return None, introduced
            if det in L.PERSON_DEMONSTRATIVES:
                k = _subject_before_quote(art, start, tokens, head)
                if k is None:
                    k = _demonstrative_of_last_speaker(art, start, tokens, head)
                if k is not None:  # "Le député a rendu hommage à X. « … », a lancé ce proche de Y": the deputy
                    return art.named(k)
    words = [t.text for t in tokens if t.pos_ in ("NOUN", "ADJ", "PROPN")]
    phrase = name_key(" ".join(t.text for t in (tokens[1:] if tokens[0].pos_ == "DET" else tokens)))  # "haut - gradé" -> "haut grade"
    # someone close to another person, who is not that person: "l'entourage du président", "l'ami de l'élu"
    near_another = head is not None and not is_role and (_of_someone(tokens, head) or (  # "l'entourage du président": not the president
        (head.text.lower() in L.ORGANISATION_NOUNS or head.lemma_.lower() in L.ORGANISATION_NOUNS) and _staff_of_someone(tokens, head))
        or (head.text.lower() in L.PRIVATE_PERSON_NOUNS and _person_complement(tokens, head, one=False)))  # "l'ami de l'élu": not the élu
    role_like = not indefinite and not near_another and head is not None and _noun(head) and (is_role or phrase in _ROLE_SYNONYMS or any(name_key(w) in _ROLE_SYNONYMS for w in words)
                                                                  or len(office_words(phrase)) > len(phrase.split()))  # "la garde des Sceaux"
    k = resolve_role(art, words or ([head.text] if head is not None else []), end + 3, phrase) if role_like else None  # named before, or in apposition
    if k is not None:  # "le président de la FFF"
        return art.named(k)
    if head is not None and head.text in L.DOCUMENT_NOUNS:
        return _document_author(art, start, tokens, head)  # "selon un communiqué": its author, when just quoted (not "Le Courrier picard")
    if inside:  # "le président du Samu social", "la benjamine de l'Assemblée", unnamed: the person, not the organisation
        person_head = head is not None and _noun(head) and inside[0].start > head.idx and (any(
            w in L.PERSON_NOUNS or w in ROLE_NOUNS for w in (head.text.lower().removeprefix("ex-"), head.lemma_.lower()))  # "les avocats de X"
            or _member_of(art, head, inside[0]))  # "les cadres du PS", "les salariés de Renault": unnamed members
        someone_new = indefinite and any(w in L.PRIVATE_PERSON_NOUNS for w in (head.text.lower(), head.lemma_.lower()))  # "une source proche de X"
        return (None, text) if is_role or person_head or someone_new else art.named(inside[-1].ref)
    if head is None or head.pos_ == "PROPN" or not head.text[:1].islower():
        return None, text if head is not None else None
    is_org = head.lemma_.lower() in L.ORGANISATION_NOUNS or head.text.lower() in L.ORGANISATION_NOUNS
    noun = head.text.lower()
    if noun in L.ORGANISER_NOUNS and det in L.DEFINITE_DETERMINERS:
        return None, _organisers(art, tokens, head)
    private = noun in L.PRIVATE_PERSON_NOUNS or head.lemma_.lower() in L.PRIVATE_PERSON_NOUNS
    if noun in L.GROUP_SPEAKER_NOUNS and det in L.DEFINITE_DETERMINERS and not is_role:
        return None, text  # "a précisé l'entourage du GODF": a group of people, never the person named last
    last = art.last_speaker
    if last is not None and last[1] is None and last[2] and start - last[0] < 800 and det in L.DEFINITE_DETERMINERS \
            and _heads(name_key(noun), last[2]) and office_qualifiers([t.text for t in tokens]) <= office_qualifiers(last[2].split()):
        return None, last[2]  # "les deux ministères": the ministries just quoted, by the name given then
    office = is_role and any(t.text.lower() in L.DE_FORMS for t in tokens[1:])
    if not is_role and not is_org and _of_someone(tokens, head):
        return None, text  # "l'entourage du ministre", "la mère de la victime": someone of another's, by the article's words
    if is_org and not is_role and _staff_of_someone(tokens, head):
        return None, text  # "le cabinet de la ministre": her staff, not the body named last
    plural = det in L.PLURAL_OPENERS or "Plur" in head.morph.get("Number")
    if det in L.DEFINITE_DETERMINERS and noun not in L.TIME_WORDS and not private and (is_org or not plural) \
            and not (is_org and plural and noun not in L.SELF_NAMING_ORGANISATIONS):
        # not "les autorités", "les juges", "les syndicats": many bodies are not the one named last
        # "le magistrat", "l'ex-collaborateur de l'Élysée", "le groupe industriel", "le parquet"; not
        # "les pompiers", "les deux dirigeants": many people are never one person named
        named_by_head = name_key(noun) if noun in L.SELF_NAMING_ORGANISATIONS else None
        rest = office_rest([t.text for t in tokens], noun) if is_role else frozenset()
        k = _salient(art, start, "organisation" if is_org else "person", _np_gender(tokens, head), named_by_head,
                         role_head=noun if not is_org else None, role_rest=rest)  # "le président américain": not the Philippine one
        if k is not None and art.refs[k].type == "organisation" and noun in L.ORGANISATION_NOUN_KINDS and det != "les" \
                and not _kind_may_name(art, k, noun):
            k = None  # "le groupe" is no newspaper, "l'entreprise" no party
        if k is not None and name_key(noun) in OUTLET_HEADS and not is_outlet(art.refs[k].name):
            k = None  # "l'hebdomadaire", "le quotidien belge": an outlet, never a body or a person that is none
        if is_org and det != "les" and tokens[-1] is head and (unnamed := _unnamed_body_since(art, start, noun, k)) is not None:
            return None, unnamed  # "Le CSA … L'association des familles a relevé … « … », estime l'association": that association
        if k is not None and art.refs[k].type == "organisation" \
                and not _fits_adjectives(art, k, noun, [t.text for t in tokens if t.i > head.i and t.pos_ == "ADJ"]):
            k = None  # "le groupe jihadiste", "le syndicat patronal": not a body the article never calls so
        if k is not None and noun in L.AUTHORED_DOCUMENT_NOUNS and is_outlet(art.refs[k].name):
            k = None  # "explique l'étude", "note le rapport": a document is not the newspaper that reports it
        if k is not None and rest - QUALIFIER_FORMS and art.refs[k].type == "person" and not office_held(art, k, noun) and not (
                attributed and k == art.last_speaker_before(start)):
            k = None  # an office the description names precisely ("l'avocat général", "le chef de la police
            # locale") is not someone the article gives no office of its kind: the description stays, and a
            # name may yet come (resolve_roles); a bare role ("le ministre") still goes to the one named last,
            # and "pour le premier secrétaire du parti" right after a quotation of X names X again
        if k is None and not (is_org or attributed) and is_role and _former_office(tokens, head) and (told := _np_gender(tokens, head)) is not None:
            # "l'ancien ministre de l'Education": a past office, which the article often tells only in the
            # description naming someone again; with no one given an office of its kind, the one of its
            # gender named last in the same field, whatever they are now (a candidate, a presenter), when no
            # one of that gender is named after them even in a complement ("Il s'est rendu chez X, un
            # agriculteur. « … », a lancé l'ancien ministre": nothing tells which); not one the headlines name
            # ("pour l'ancien maire de X" stays: its holder is often named next)
            since = max((o for _, o, _ in art.fields if o <= start), default=0)
            alike = [m.ref for m in art.mentions if since <= m.start < start and m.type == "person" and not art.in_quote(m.start)
                     and art.agrees(m.ref, told)]
            k = _salient(art, start, "person", told, since=since)
            k = k if alike and alike[-1] == k else None  # not when one of its gender is named after, in a complement
        if k is not None and office and ((k == art.last_speaker_before(start) and not attributed) or (
                k not in {r for _, _, r in art.speakers} and k not in art.gender
                and _subject_since(art, max(0, start - 400), start, None, k) is None and not _named_as_main_subject(art, max(0, start - 400), start, k))):
            k = None  # an office ("la ministre des Armées") is not anyone named last: one quoted, of the right
            # gender or a sentence's subject, but not the one quoted just before (« … », a dit X. Le délégué
            # de Y a déclaré : « … »: a reaction of someone else; "selon le premier secrétaire du PS" after
            # a quotation of him names him again); else the role stands for itself, and its holder may
            # be named later (resolve_roles)
        if k is not None:
            return art.named(k)
    if is_role and not is_org and not office and tokens[0].pos_ == "DET" and "Poss=Yes" in str(tokens[0].morph):
        return None, text  # "son chef", "sa supérieure": someone's unnamed superior, by the article's words
    if is_org and det in L.DEFINITE_DETERMINERS and det != "les" and tokens[-1] is head \
            and (untyped := _untyped_body_before(art, start, noun)) is not None:
        return None, untyped  # "Transavia annulait ses vols. La compagnie assure …": the body the entity step left untyped
    if is_org or is_role or (det in L.DEFINITE_DETERMINERS and det != "les" and not private):
        return None, text  # "la garde civile", "le ministre turc des Affaires étrangères"
    if private or noun in L.PERSON_NOUNS or head.lemma_.lower() in L.PERSON_NOUNS:
        return None, text  # unnamed people by the article's own description: "une voisine", "un pasteur", "des témoins"
    if plural and (head.lemma_.lower() in ROLE_NOUNS or noun.removesuffix("s").removesuffix("x") in ROLE_NOUNS):
        return None, text  # "précisent les députés", "des sénateurs": holders of an office, unnamed, by the plural of its noun
    return None, None


def _untyped_body_before(art: Article, char: int, noun: str, window: int = 600) -> str | None:
    """The name of a company or an association that a bare definite description ("la compagnie",
    "l'entreprise", "l'association") names again when the article names no organisation before it:
    the last capitalised name the entity step gave no type ("other"), named shortly before, outside
    quoted words and not as a complement, written with no article (a company's name takes none: "Transavia
    annulait ses vols"; an event or a thing does: "le Brexit menace …") and made the subject of a verb;
    None otherwise (and for the public bodies: "le gouvernement")."""
    if not L.ORGANISATION_NOUN_KINDS.get(noun, frozenset()) & L.UNTYPED_BODY_KINDS:
        return None
    for m in reversed(art.mentions):
        if m.end > char:
            continue
        if char - m.end > window or m.type in ("person", "organisation"):
            return None
        if m.type != "other" or m.complement or art.in_quote(m.start):
            continue
        toks = [t for t in art.doc if m.start <= t.idx < m.end]
        if not toks or (toks[0].i > 0 and art.doc[toks[0].i - 1].pos_ == "DET") or toks[0].pos_ == "DET":
            return None  # "le Brexit", "la Coupe du monde": an event or a thing takes an article, a company's name none
        acting = any(t.dep_ == "nsubj" and not m.start <= t.head.idx < m.end and t.head.pos_ in ("VERB", "AUX") for t in toks)
        name = art.refs[m.ref].name
        return name if acting and name[:1].isupper() else None
    return None


def _described(art: Article, char: int, tokens: list[Any], head: Any) -> int | None:
    """The entity last described with the noun ``head`` before ``char`` (``Article.described``),
    outside quoted words ("« Le ministre X restera avec vous », a déclaré le Premier ministre":
    not X, whom the speaker names); for a description whose words make it another office ("le
    Premier ministre"), not a person the article gives offices of its kind, none of them that one."""
    key = name_key(head.text)
    found = [k for pos, k, n in art.descriptors if n == key and pos < char and not in_words(art, pos)]
    if not found:
        return None
    k = found[-1]
    return k if qualified_office_fits(art, k, office_qualifiers([t.text for t in tokens if t.i < head.i] + [head.text])) else None


def qualified_office_fits(art: Article, k: int, qualified: frozenset[str]) -> bool:
    """Entity ``k`` may be the one a description whose words ``qualified`` make it another office
    ("le Premier ministre": {"premier"}) stands for: no such words, or not a person, or a person the
    article gives no office, or one of whose offices has them all."""
    return not qualified or art.refs[k].type != "person" or not art.refs[k].roles or any(
        qualified <= office_qualifiers(office_words(name_key(r))) for r in art.refs[k].roles)


def _heads(key: str, name: str) -> bool:
    """The folded noun ``key`` is a word of the description ``name`` before any "de": its head, not
    its complement ("ministere" heads "les ministères de l'Intérieur et des Armées"; "ministre" does
    not head "le cabinet du ministre")."""
    words = name_key(name).split()
    return key in words and not any(w in _DE_KEYS for w in words[: words.index(key)])


_DE_KEYS = frozenset(name_key(w).strip("'’") for w in L.DE_FORMS) | {"d"}
_SEATS = frozenset(name_key(w) for w in L.SEATS_OF_POWER)


def _member_of(art: Article, head: Any, body: Mention) -> bool:
    """A noun of a member of a body or of someone's people (L.MEMBER_NOUNS, PRIVATE_PERSON_NOUNS:
    "les cadres du Parti socialiste", "les salariés de Renault", "la fille de X") with the name
    right after it through "de": the unnamed members, whom the article's description names, not
    the body or the person of whom they are."""
    words = {head.text.lower(), head.lemma_.lower()}
    words |= {w[:-1] for w in words if w.endswith(("s", "x"))}
    if not words & (L.MEMBER_NOUNS | L.PRIVATE_PERSON_NOUNS):
        return False
    between = [t for t in art.doc[head.i + 1 : head.i + 8] if t.idx < body.start]
    return bool(between) and between[0].text.lower() in L.DE_FORMS and all(
        t.pos_ in ("DET", "ADJ") or t.text.lower() in L.DE_FORMS for t in between)


def _body_named_with(art: Article, char: int, noun: str, window: int = 1500) -> int | None:
    """The organisation last named right after ``noun`` before ``char``, as the complement of
    another noun too ("le secrétaire local du syndicat Force ouvrière", "les salariés de la
    société Vinci"): what a later "le syndicat", "la société" stands for. None when the
    article names none so."""
    key = name_key(noun)
    for m in reversed(art.mentions):
        if m.start >= char or m.type != "organisation" or art.in_quote(m.start):
            continue
        if char - m.start > window:
            return None
        first = art.token_at(m.start)
        if first.idx == m.start and first.i > 0 and name_key(art.doc[first.i - 1].text) == key:
            return m.ref
    return None


_UNIONS = frozenset(name_key(w) for w in L.UNION_NAMES)
_TIME_AFTER = frozenset(fr.WEEKDAYS) | frozenset(fr.MONTHS) | L.TIME_WORDS
_PARTIES = frozenset(name_key(w) for w in L.PARTY_NAMES)
_KIND_NOUNS = {name_key(w): kind for w, (kind, _) in L.ORGANISATION_KIND_NOUNS.items() if kind is not None}


def _kind_noun_adjectives(tokens: list[Any], head: Any, det: str) -> list[str] | None:
    """A singular definite description of an organisation by a common noun of its kind, with
    adjectives at most ("le groupe", "la compagnie aérienne", "le syndicat majoritaire"): the body
    the article named before; not one that says which with a complement ("le syndicat des cadres").
    Its adjectives (which say which body is meant: "le syndicat patronal"), or None."""
    if det not in L.DEFINITE_DETERMINERS or det == "les" or head.text.lower() not in L.ORGANISATION_NOUN_KINDS:
        return None
    if "Plur" in head.morph.get("Number"):
        return None
    adjectives = []
    for t in tokens:
        if t.i <= head.i or (t.text.lower() in _TIME_AFTER and t.text[:1].islower()):  # "le groupe lundi"
            continue
        if t.pos_ != "ADJ" or not t.text[:1].islower():
            return None
        adjectives.append(t.text)
    return adjectives


def _same_adjective(a: str, b: str) -> bool:
    """Two forms of one adjective, gender and number aside ("aérien", "aérienne"; "japonais",
    "japonaises"), compared folded."""
    a, b = name_key(a), name_key(b)
    if a == b:
        return True
    n = min(len(a), len(b)) - 1
    return n >= 4 and abs(len(a) - len(b)) <= 3 and a[:n] == b[:n]


def _described_with(art: Article, k: int, adjectives: list[str]) -> bool:
    """Every adjective is one the article gives organisation ``k``: in its name, in the noun phrase
    in front of it ("la compagnie aérienne X"), or in a phrase in apposition after it ("La CFDT,
    majoritaire sur le site, …"); "le syndicat patronal" is not the CGT named before, "le groupe
    jihadiste" not the oil group."""
    if not adjectives:
        return True
    words = art.refs[k].name.split()
    for m in art.mentions:
        if m.ref != k:
            continue
        i = art.token_at(m.start).i
        j = i - 1
        while j >= 0 and i - j <= 6 and art.tokens[j].pos_ in ("ADJ", "NOUN", "PROPN"):
            words.append(art.tokens[j].text)
            j -= 1
        j = art.token_at(max(m.start, m.end - 1)).i + 1
        if j < len(art.tokens) and art.tokens[j].text == ",":
            j += 1
        end = j + 8
        while j < min(end, len(art.tokens)) and art.tokens[j].pos_ not in ("VERB", "AUX", "PUNCT"):
            words.append(art.tokens[j].text)
            j += 1
    return all(any(_same_adjective(a, w) for w in words) for a in adjectives)


def _fits_adjectives(art: Article, k: int, noun: str, adjectives: list[str]) -> bool:
    """The adjectives after a noun of an organisation's kind may describe organisation ``k``. A
    union's or a party's say which one is meant ("le syndicat patronal", "le syndicat policier", "le
    parti présidentiel": not the CGT, LR named before): only those the article gives ``k``
    (``_described_with``). A company's or an association's mostly vary the name ("la SNCF … la
    société ferroviaire", "EDF … le groupe français"), but not those of an armed or parliamentary
    group (``fr_quotes.OTHER_BODY_ADJECTIVES``) for a body of a known kind."""
    if not adjectives or noun not in L.ORGANISATION_KIND_NOUNS:
        return True
    kind, again = L.ORGANISATION_KIND_NOUNS[noun]
    if kind in ("union", "party") or again & {"union", "party"}:
        return _described_with(art, k, adjectives)
    if kind == "public":
        return True
    return not any(a.lower() in L.OTHER_BODY_ADJECTIVES for a in adjectives) or organisation_kind(art, k) == "unknown" \
        or _described_with(art, k, adjectives)  # (the Islamic State, of no known kind, may be "le groupe djihadiste")


_LISTED = re.compile(r"\s*(?:(?:,|et|ou)\s*(?:du|des|de la|de l['’]|de|d['’])|(?:et|ou)(?:\s*(?:le|la|les|l['’]))?)\s*")


def organisation_kind(art: Article, k: int) -> str:
    """The kind of organisation ``k`` (``_own_kind``), or, when nothing tells it, a news outlet
    when it is listed with one ("les lecteurs du Sun, du Times et du Daily Telegraph")."""
    kind = _own_kind(art, k)
    if kind != "unknown":
        return kind
    orgs = [m for m in art.mentions if m.type == "organisation"]
    for a, b in zip(orgs, orgs[1:], strict=False):
        if k in (a.ref, b.ref) and a.ref != b.ref and 0 <= b.start - a.end <= 14 and _LISTED.fullmatch(art.text[a.end : b.start]):
            if _own_kind(art, b.ref if a.ref == k else a.ref) == "outlet":
                return "outlet"  # (only outlets: "la SNCF et la Confédération des buralistes" are two kinds)
    return kind


def _side_preposition(art: Article, m: Mention) -> str | None:
    """The preposition before a name that puts what is said on its side ("à la RATP", "chez
    Renault", "pour la CGT": ``fr_quotes.BODY_SIDE_PREPOSITIONS``), or None: not one of another noun
    ("le PDG de X") nor of a partner or an opponent ("avec Renault", "contre l'État")."""
    j = art.token_at(m.start).i - 1
    while j > 0 and art.tokens[j].text.lower() in L.DEFINITE_ARTICLES and art.tokens[j].text.lower() not in L.DE_FORMS:
        j -= 1
    word = art.tokens[j].text.lower() if j >= 0 else ""
    return word if word in L.BODY_SIDE_PREPOSITIONS else None


def _own_kind(art: Article, k: int) -> str:
    """The kind of organisation ``k`` ("company", "union", "party", "association", "public",
    "outlet", or "unknown"): a news outlet or a union or party of the lists by its name, else the
    noun its name opens with ("Syndicat national …", "Parti socialiste") or the article puts in
    front of it ("la compagnie aérienne X")."""
    ref = art.refs[k]
    forms = {ref.name} | {art.text[m.start : m.end] for m in art.mentions if m.ref == k}
    keys = {name_key(f) for f in forms}
    if any(is_outlet(f) for f in forms):
        return "outlet"
    acronyms = {name_key(f) for f in forms if f.split() and sum(c.isupper() for c in f.split()[0]) >= 2}
    heads = keys | {" ".join(key.split()[:n]) for key in acronyms for n in range(1, len(key.split())) if len(" ".join(key.split()[:n])) > 2}
    # ("SNUipp-FSU Paris", "CGT Cheminots": a union's local or trade branch, named after it by its
    # acronym; not "Sud Ouest", "Alliance Renault-Nissan")
    if heads & _UNIONS:
        return "union"
    if keys & _PARTIES:
        return "party"
    for key in keys:
        kind = _KIND_NOUNS.get(key.split(" ", 1)[0]) if key else None
        if kind is not None:
            return kind
    if len(ref.name.split()) == 1 and any(
            j != k and other.type == "organisation" and other.name.split()[0] == ref.name and is_outlet(other.name)
            for j, other in enumerate(art.refs)):
        return "outlet"  # "le Canard" for "le Canard enchaîné": the short name of an outlet
    for m in art.mentions:
        if m.ref != k:
            continue
        j = art.token_at(m.start).i - 1
        while j > 0 and art.tokens[j].pos_ == "ADJ":
            j -= 1  # "la compagnie aérienne X"
        if j > 0 and art.tokens[j].pos_ == "NOUN" and art.tokens[j - 1].pos_ == "DET":
            kind = _KIND_NOUNS.get(name_key(art.tokens[j].text))
            if kind is not None:
                return kind
    return "unknown"


def _unnamed_body_since(art: Article, char: int, noun: str, k: int | None, window: int = 1000) -> str | None:
    """A body the article brought in by a description with ``noun`` as its head and a complement
    that says which ("l'association des familles de victimes", "une fédération de chasseurs"),
    with no name, after organisation ``k`` was last named and within ``window`` characters before
    ``char``: the one "l'association" then names again, by that description (not ``k``, named before,
    whatever its kind)."""
    if name_key(noun) in OUTLET_HEADS or noun in L.DOCUMENT_NOUNS or noun in L.AUTHORED_DOCUMENT_NOUNS:
        return None  # "BFMTV … rendu public par la chaîne d'information … selon la chaîne": the outlet named; a report is no body
    since = max((m.end for m in art.mentions if m.ref == k and m.end <= char), default=0) if k is not None else 0
    lo = max(since, char - window)
    head = art.token_at(char)
    for t in reversed(art.tokens[: head.i]):
        if t.idx < lo:
            return None
        if t.text.lower() != noun or art.in_quote(t.idx) or t.i == 0 or art.mention_at(t.idx, t.idx + len(t.text)) is not None:
            continue
        det, nxt = art.tokens[t.i - 1], art.tokens[t.i + 1] if t.i + 1 < len(art.tokens) else None
        if det.pos_ != "DET" or nxt is None or nxt.text.lower() not in L.DE_FORMS:
            return None  # "l'association" again, or "l'association X": a name, which the rules read elsewhere
        if t.i > 1 and art.tokens[t.i - 2].pos_ in ("VERB", "AUX"):
            return None  # "« … », dénonce l'association de défense de l'environnement": an incise's subject, often a body named before, described
        end, inside = t.i + 1, {w.i for w in t.subtree}
        while end < len(art.tokens) and end < t.i + 8 and end in inside and _in_body_description(art.tokens[end]):
            end += 1
        while end > t.i + 1 and art.tokens[end - 1].pos_ in ("DET", "ADP"):
            end -= 1  # not "le rapport de l'" of "le rapport de l'année 2016"
        words = art.tokens[t.i : end]
        if any(art.mention_at(w.idx, w.idx + len(w.text)) is not None for w in words):
            return None  # "l'association des amis de Renault": of a body the article names, which may be it
        if len(words) < 3 or (k is not None and any(r == k and qs > t.idx for qs, _, r in art.speakers)):
            return None  # ("« … », dénonce l'association de défense de l'environnement" read as X: it describes X)
        return " ".join(art.text[t.idx : words[-1].idx + len(words[-1].text)].split())
    return None


def _in_body_description(tok: Any) -> bool:
    """A word that may go on a body's description after its head ("des familles de victimes"): not
    punctuation, a verb, a pronoun, a preposition other than "de", nor a word of time ("en mars",
    "début décembre")."""
    low = tok.text.lower()
    return not tok.is_punct and not tok.is_space and tok.pos_ not in ("VERB", "AUX", "PRON", "SCONJ", "NUM") \
        and (tok.pos_ != "ADP" or low in L.DE_FORMS) and low not in L.TIME_WORDS and low not in fr.MONTHS \
        and low not in L.TIME_SPAN_NOUNS


def _kind_may_name(art: Article, k: int, noun: str) -> bool:
    """Whether the common noun ``noun`` ("le groupe", "le syndicat") may name organisation ``k``
    again, by its kind (``fr_quotes.ORGANISATION_NOUN_KINDS``)."""
    return organisation_kind(art, k) in L.ORGANISATION_NOUN_KINDS[noun]


def _body_of_kind(art: Article, char: int, noun: str, adjectives: list[str], window: int = 1500, near: int = 600,
                  right_before: int = 150) -> int | None:
    """The organisation a description by a common noun of its kind stands for (``_kind_noun_adjectives``):
    the last one named before ``char`` outside quotations that the noun may name
    (``fr_quotes.ORGANISATION_NOUN_KINDS``) and the article gives the description's adjectives
    (``_described_with``), as a subject or, nearer, as a complement too ("à la RATP. « … », a
    prévenu le groupe"; "Pour la CGT, … ajoute le syndicat"); or the one just quoted. A complement
    after « à », « chez » (a buyer, a recipient: "X a cédé son usine à Y") never beats one of the
    kind named as a subject in its sentence."""

    def fits(k: int) -> bool:
        return _kind_may_name(art, k, noun) and _fits_adjectives(art, k, noun, adjectives)

    found = None
    for complements in (False, True):  # one named as a subject first: "à la Bourse de Paris. … le groupe" is not the market
        for m in reversed(art.mentions):
            if m.end > char or m.type != "organisation" or art.in_quote(m.start):
                continue
            if art.gap(m.end, char) > (near if complements else window):
                break
            close = art.gap(m.end, char) < right_before
            side = _side_preposition(art, m) if m.complement else None
            if (m.complement and side is None) or (m.complement != complements and not (m.complement and close)):
                continue  # "les billets de TER", "le PDG de Pernod SA", "avec Renault": another's, or a partner;
                # "Même discours à la RATP. « … », a prévenu le groupe": one right before counts as a subject
            if side in L.RECIPIENT_PREPOSITIONS and _fitting_subject(art, m, fits):
                continue  # "Stellantis a cédé son usine à Renault": the buyer is not "le groupe" who speaks
            if fits(m.ref):
                found = m
                break
        if found is not None:
            break
    last = art.last_speaker
    if last and last[1] is not None and art.gap(last[0], char) < 400 and art.refs[last[1]].type == "organisation" and (
            found is None or found.start < last[0]) and fits(last[1]):
        return last[1]
    return found.ref if found is not None else None


def _fitting_subject(art: Article, m: Mention, fits: Any) -> bool:
    """A person or an organisation that ``fits`` is named before ``m`` in its sentence outside a
    complement and a quotation: the subject that acts ("La CGT a remis une pétition à FO"), whom
    the parse may take for a person ("Stellantis a cédé son usine à Renault")."""
    sent = art.sentence(m.start)
    return any(sent.start_char <= o.start < m.start and not o.complement and o.ref != m.ref and not art.in_quote(o.start)
               and (o.type == "person" or (o.type == "organisation" and fits(o.ref))) for o in art.mentions)


_PRESIDENCY_SEATS = re.compile(r"(?<![\w'’-])(?:l['’]\s*|la\s+|le\s+)(" + "|".join(
    re.escape(w).replace("é", "[ée]").replace("É", "[ÉE]") for w in sorted(L.PRESIDENCY_SEATS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE)
_SEAT_COUNTRY = {name_key(w): country for w, country in L.PRESIDENCY_SEATS.items()}


def _presidency_seat(art: Article, char: int, adjective: str | None, window: int = 2000) -> str | None:
    """The presidential palace the article named last before ``char``, outside quotations, as it
    writes it ("Elysée", "Maison Blanche"), or None; with an adjective, only a palace of that
    country ("la présidence française": the Élysée; "la présidence ukrainienne": none of them)."""
    lo = max(0, char - window)
    found = [m for m in _PRESIDENCY_SEATS.finditer(art.text, lo, char) if not art.in_quote(m.start())
             and (adjective is None or _same_adjective(adjective, _SEAT_COUNTRY.get(name_key(m.group(1)), "")))]
    return " ".join(found[-1].group(1).split()) if found else None


def _seat_of_power(tokens: list[Any]) -> bool:
    """A noun phrase that is a seat of government standing for its institution ("le Quai d'Orsay",
    "l'Élysée", "Matignon"), its determiner aside."""
    words = tokens[1:] if tokens and tokens[0].pos_ == "DET" else tokens
    return bool(words) and name_key(" ".join(t.text for t in words)) in _SEATS


def _person_noun(tok: Any) -> bool:
    """A common noun for a person: a role, a profession, a relative or a source."""
    return any(w in ROLE_NOUNS or w in L.PERSON_NOUNS or w in L.PRIVATE_PERSON_NOUNS for w in (tok.text.lower(), tok.lemma_.lower()))


def _subject_before_quote(art: Article, char: int, tokens: list[Any], head: Any) -> int | None:
    """What a demonstrative description of a person in an incise ("« … », a lancé ce proche de Y")
    stands for: the person, by name or by a role, subject of the narrated sentence right before the
    quotation, who may be so described (gender, known roles, not the Y it names); None when that
    sentence has no such subject ("… 52 000 adhérents ont voté. « … », assure cette militante": someone new)."""
    sent = art.sentence(char)
    if not art.in_quote(sent.start_char) and not any(sent.start_char <= s < char for s, _ in art.quoted):
        return None  # not an incise after a quotation
    prev = _narrated_before(art, sent, char)
    if prev is None:
        return None
    subject = _sentence_subject(art, prev)
    k = subject[1] if subject is not None else None
    told = _np_gender(tokens, head)
    if k is None and told is not None and (pron := _pronoun_subject(art, prev, char, told)) is not None:
        found = _antecedent(art, pron, told, True)  # "Il a pourtant salué …": whom that "il" stands for
        k = found if isinstance(found, int) else None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if k is None or art.refs[k].type != "person" or any(m.ref == k and start <= m.start < end for m in art.mentions):
        return None
    return k if art.agrees(k, told) and role_fits(art, k, head.text.lower() if head.text.lower() in ROLE_NOUNS else None) else None


def quoted_person_in_view(art: Article, char: int, gap: int, named_from: int, end: int) -> int | None:
    """The person quoted by name just before (``Article.last_speaker``), when at most ``gap``
    characters of narration lie between their quotation and ``char`` and no one else is named
    (outside quotations) from their quotation to ``end``, nor they themselves from ``named_from``
    on (a description naming them: "ce proche de X"): the one a description right after may name
    again (``_demonstrative_of_last_speaker``, ``incises._carrying_on``)."""
    last = art.last_speaker
    if last is None or last[1] is None or art.refs[last[1]].type != "person" or art.gap(last[0], char) > gap:
        return None
    k = last[1]
    if any(m.type == "person" and (m.ref != k or m.start >= named_from) and last[0] <= m.start < end and not art.in_quote(m.start)
           for m in art.mentions):
        return None
    return k


def _demonstrative_of_last_speaker(art: Article, char: int, tokens: list[Any], head: Any) -> int | None:
    """The person just quoted by name, whom a demonstrative description right after names again
    ("« … », poursuit X. « … », a ajouté cet élu divers droite": X): a demonstrative points back to
    someone the reader knows, and none is nearer than the speaker of the words just before, when
    no other person is named since, the gender agrees and the quotations follow each other."""
    k = quoted_person_in_view(art, char, _DEMONSTRATIVE_GAP, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    if k is None:
        return None
    if complement_nouns(tokens, head):
        return None  # "« … », a dit le président. … selon ce proche du président": whose, which may be the one quoted
    return k if art.agrees(k, _np_gender(tokens, head)) else None


_DEMONSTRATIVE_GAP = 200  # characters of narration at most between the quotation of the one named and the description


def _apposed_to_person(art: Article, j: int) -> int | None:
    """The person named right before token ``j`` (an indefinite description's determiner), the
    description in apposition to the name ("X, un père de famille", "X, 26 ans, une infirmière"):
    that person, or None: not when the name is inside a phrase of its own ("Lors du procès de X,
    un témoin …"), nor when the description is a subject or of another gender."""
    doc = art.doc
    i = j - 1
    if i <= 0 or doc[i].text != ",":
        return None
    i -= 1
    while i > 0 and (doc[i].pos_ == "NUM" or doc[i].text.lower() in L.AGE_WORDS_AFTER_NAME or doc[i].text == ","):
        i -= 1  # "X, 26 ans, …"
    m = art.mention_at(doc[i].idx, doc[i].idx + len(doc[i].text), types=("person",))
    if m is None or art.in_quote(m.start) or not art.parsed:
        return None
    noun = doc[j].head
    after = max(t.i for t in noun.subtree if t.pos_ != "PUNCT") + 1
    if after < len(doc) and doc[after].pos_ != "PUNCT" or not art.agrees(m.ref, _np_gender([doc[j]], noun)):
        return None  # "X, un militant a lancé": the subject of its own verb, not closed as an apposition; or of another gender
    tok = art.head_of(m)
    first = art.token_at(m.start)
    before = doc[first.i - 1] if first.i > 0 else None
    if any(c.dep_ == "case" for c in tok.children) or before is not None and (
            before.pos_ == "ADP" or before.text.lower() in L.DE_FORMS):
        return None  # "Un an après la mort de X, un policier …": a name inside a phrase, not what the description is apposed to
    return m.ref


def complement_nouns(tokens: list[Any], head: Any) -> set[str]:
    """The folded nouns of the complement in "de" that follows the head of a description when it
    names people ("des trois plaignants" of "l'avocat des trois plaignants", "de la victime"):
    whose lawyer or relative it is; none for a body's ("de Ramsay")."""
    rest = [t for t in tokens if t.i > head.i]
    if not rest or rest[0].text.lower() not in L.DE_FORMS:
        return set()
    nouns = [t for t in rest[1:4] if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or not _person_noun(nouns[0]):
        return set()  # "la porte-parole de Ramsay", "le membre de l'exécutif": of a body, the one brought in
    return {name_key(t.text) for t in nouns}


def _introduced_unnamed(art: Article, char: int, head: Any, tokens: list[Any]) -> str | int | None:
    """The indefinite description that last brought in, before ``char``, the person a definite one
    with the same head noun stands for ("un haut fonctionnaire de la Maison Blanche" … "le haut
    fonctionnaire", "un enquêteur" … "l'enquêteur"): French introduces someone new with "un" and
    names them again with "le"; by the article's words, the determiner in lower case; the person
    when the indefinite one was in apposition to their name ("X, 26 ans, un père de famille"). None when
    the article brings in no one so, or names the one it brings in ("un avocat, Me X"), or when the
    definite one (its ``tokens``) says whose it is and the indefinite one did not say so ("un
    avocat" … "l'avocat des plaignants")."""
    doc, noun = art.doc, head.text.lower()
    own = complement_nouns(tokens, head)
    last = art.token_at(char).i
    for i in range(last - 1, 0, -1):
        tok = doc[i]
        if tok.text.lower() != noun or tok.pos_ != "NOUN" or art.in_quote(tok.idx):
            continue
        j = i - 1
        while j > 0 and doc[j].pos_ == "ADJ" and i - j <= 2:
            j -= 1  # "un haut fonctionnaire", "une autre mère"
        if doc[j].text.lower() not in L.INDEFINITE_SINGULAR_GENDERS:
            return None  # the last time the noun was used, it was not to bring someone in
        words = list(doc[j : i + 1])
        n = i + 1
        while n < len(doc) and doc[n].pos_ == "ADJ" and doc[n].head.i == i:
            words.append(doc[n])  # "un policier municipal"
            n += 1
        if n + 1 < len(doc) and doc[n].text.lower() in L.DE_FORMS:  # "de la Maison Blanche", "du ministère"
            m = n + 1
            while m < len(doc) and doc[m].pos_ == "DET":
                m += 1
            if m < len(doc) and doc[m].pos_ in ("NOUN", "PROPN"):
                while m + 1 < len(doc) and doc[m + 1].pos_ == "PROPN":
                    m += 1
                words = list(doc[j : m + 1])
                n = m + 1
        end = words[-1].idx + len(words[-1].text)
        k = n + 1 if n < len(doc) and doc[n].text == "," else n
        while k < len(doc) and doc[k].text in L.HONORIFICS_M_MME_ME_DR:
            k += 1
        named_next = k < len(doc) and art.mention_at(doc[k].idx, doc[k].idx + len(doc[k].text), types=("person",)) is not None
        if named_next or art.mention_at(words[0].idx, end, types=("person",)) is not None:
            return None  # "un avocat, Me X", "un ancien ministre X": named at once
        named_before = _apposed_to_person(art, j)
        if named_before is not None:
            return named_before  # "X, 26 ans, un père de famille": named, the indefinite in apposition to the name
        if own and not any(w.text.lower() in L.DE_FORMS for w in words):
            return None  # "un avocat" … "l'avocat des plaignants": whose, which the bare one never told: someone else
        since = _named_later_with_noun(art, end, char, noun, L.INDEFINITE_SINGULAR_GENDERS.get(doc[j].text.lower()))
        if since is not None:
            return since  # "Un élu de X … « … », raconte Y, élu municipal. « … », ajoute l'élu": Y
        text = art.words_text(words)
        return text[:1].lower() + text[1:]
    return None


def _named_later_with_noun(art: Article, start: int, char: int, noun: str, gender: str | None) -> int | None:
    """The person quoted by name just before ``char`` (``Article.last_speaker_before``), named only
    after ``start`` (where an indefinite description of ``gender`` brought someone in) and given
    there a role whose own noun is ``noun`` ("un élu" … "Y, élu municipal" … "l'élu"): the one
    brought in, whom the article named once quoting them. None when the role is only of the noun's
    kind ("un élu" … "Y, maire de la commune": another élu, who may speak of the first), when the
    person's gender is not the description's ("un député" … "Anne Cordier, députée"), or when the
    verb bringing their words in tells a reaction to what befell another ("a réagi Y":
    ``fr_quotes.REACTING_CUE_VERBS``)."""
    k = art.last_speaker_before(char)
    if k is None or art.refs[k].type != "person" or not art.refs[k].roles or not art.agrees(k, gender):
        return None
    if any(m.ref == k and m.start < start for m in art.mentions):
        return None  # named before the indefinite description: someone else than the one it brings in
    if not any(m.ref == k and start <= m.start < char and not art.in_quote(m.start) for m in art.mentions):
        return None  # named only inside words quoted since, or by the description itself ("la porte-parole de X")
    key = _role_head_key(noun)
    if key is None or not any(_role_head_key(r) == key for r in art.refs[k].roles):
        return None
    if _reacting_cue(art, k, start, char):
        return None
    return k


def _role_head_key(role: str) -> str | None:
    """The key of a role's head noun, its first word past any modifier, in the masculine
    ("députée" → "depute", "élue" → "elu", "directrice" → "directeur": ``FEMININE_ROLE_MASCULINES``)."""
    words = [w for w in role.lower().split() if w not in fr.ROLE_MODIFIERS]
    if not words:
        return None
    head = words[0]
    if head in L.FEMININE_ROLE_MASCULINES:
        head = L.FEMININE_ROLE_MASCULINES[head]
    elif head in L.FEMININE_ROLE_NOUNS and head.endswith("e"):
        head = head[:-1]
    return name_key(head)


def _reacting_cue(art: Article, k: int, start: int, char: int) -> bool:
    """Whether a verb of reacting (``fr_quotes.REACTING_CUE_VERBS``) stands, outside quotations, in
    the sentence where person ``k`` is named between ``start`` and ``char`` ("« … », a réagi Y")."""
    for m in art.mentions:
        if m.ref != k or not start <= m.start < char:
            continue
        for t in art.sentence(m.start):
            if t.pos_ in ("VERB", "AUX") and not art.in_quote(t.idx) and t.lemma_.lower() in L.REACTING_CUE_VERBS:
                return True
    return False


def _outlet_named_before(art: Article, char: int, window: int = 1500) -> int | None:
    """The news outlet named last before ``char`` in the same field (as a complement too: "dans les
    colonnes du Journal du Dimanche", "selon le quotidien X"): one the lists know, or named right
    after a word for an outlet; what "le journal", "l'hebdomadaire", "la radio" stands for. When the
    field names none before it, the outlet the headlines before it name (the lead, then the title:
    « Selon le Journal du dimanche, … » in the lead, « …, écrit l'hebdomadaire » in the body). None
    when none is named so."""
    field_start = max((o for _, o, _ in art.fields if o <= char), default=0)
    k = _outlet_mention_in(art, max(field_start, char - window), char)
    for _, o, n in sorted((f for f in art.fields if f[0] != "body" and f[1] + f[2] <= field_start), key=lambda f: -f[1]):
        if k is not None:
            break
        k = _outlet_mention_in(art, o, o + n)
    return k


def _outlet_mention_in(art: Article, lo: int, hi: int) -> int | None:
    """The last outlet named between ``lo`` and ``hi``, outside quotations (_outlet_named_before)."""
    for m in reversed(art.mentions):
        if m.start >= hi or m.type not in ("person", "organisation"):
            continue
        if m.start < lo:
            break
        first = art.token_at(m.start)
        before = art.doc[first.i - 1] if first.i > 0 and first.idx == m.start else None
        name = art.refs[m.ref].name
        if before is not None and before.pos_ == "DET" and before.text[:1].isupper():
            glue = "" if before.text.lower().endswith(L.ELIDED_ARTICLES) else " "
            name = f"{before.text}{glue}{name}"  # "L'Express", "Le Point"
        if not art.in_quote(m.start) and (is_outlet(name) or (before is not None and name_key(before.text) in OUTLET_HEADS)):
            return m.ref
    return None


_OUTLET_NAMES = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in sorted(L.NEWS_OUTLETS, key=len, reverse=True)) + r")(?![\w'’-])",
                           re.IGNORECASE)


def _outlet_written_before(art: Article, char: int, window: int = 1500) -> str | None:
    """The news outlet the lists know that the text names last before ``char`` in the same field,
    outside quotations, as written and capitalised ("Journal du Dimanche"), for "le journal",
    "l'hebdomadaire" when the entity step found no name there; None when it names none."""
    field_start = max((o for _, o, _ in art.fields if o <= char), default=0)
    spans = [(max(field_start, char - window), char)] + [  # then the headlines before it, as _outlet_named_before
        (o, o + n) for _, o, n in sorted((f for f in art.fields if f[0] != "body" and f[1] + f[2] <= field_start), key=lambda f: -f[1])]
    for lo, hi in spans:
        # the lists write names folded ("canard enchaine", "l express"): the text is read folded so, letter for letter
        found = [m for m in _OUTLET_NAMES.finditer(_folded_letters(art.text), lo, hi) if _capitalised(m.group(0)) and not art.in_quote(m.start())]
        if found:
            return art.text[found[-1].start() : found[-1].end()]
    return None


def _capitalised(name: str) -> bool:
    """An outlet's name as written, capitalised past the article the lists keep in some names ("le Canard enchaîné",
    "Le Figaro"): not the common words "le point", "la croix"."""
    for a in _ARTICLES:
        if name[: len(a)].lower() == a and name[:1].islower():
            return name[len(a) : len(a) + 1].isupper()
    return name[:1].isupper()


@lru_cache(maxsize=16)  # one article's text at a time (a bounded cache: a backfill reads millions of them)
def _folded_letters(text: str) -> str:
    """``text`` with each letter's accent dropped and each apostrophe a space, one character for one
    ("Le Canard enchaîné", "L'Équipe" -> "Le Canard enchaine", "L Equipe"), so that offsets stay."""
    return "".join(" " if c in "'’" else (unicodedata.normalize("NFD", c)[:1] or c) for c in text)


def _of_someone(tokens: list[Any], head: Any) -> bool:
    """A noun of people followed by "de" and a person by a role or a noun ("l'entourage du
    ministre", "la sœur de la victime"): one close to that person, not that person."""
    if head.text.lower() not in L.PERSON_NOUNS and head.lemma_.lower() not in L.PERSON_NOUNS:
        return False
    return _person_complement(tokens, head, one=False)


def _person_complement(tokens: list[Any], head: Any, *, one: bool) -> bool:
    """``head`` followed by "de" and a person by a role or a noun ("… du ministre", "… de la
    victime"); ``one``: a single person ("des", "d'" and a plural noun are not)."""
    rest = tokens[tokens.index(head) + 1 :]
    if len(rest) < 2 or rest[0].text.lower() not in L.DE_FORMS or (one and rest[0].text.lower() in ("des", "d'", "d’")):
        return False
    noun = next((t for t in rest[1:3] if t.pos_ == "NOUN" or (t.text[:1].islower() and t.text.lower() in ROLE_NOUNS)), None)
    return noun is not None and not (one and "Plur" in noun.morph.get("Number")) and _person_noun(noun)


_RIGHT_HAND = tuple(tuple(w.split()) for w in L.RIGHT_HAND_WORDS)


def _right_hand(tokens: list[Any]) -> bool:
    """A noun phrase opening with words for someone close to a person, then "de" ("le bras droit de
    X", "l'ancien homme de confiance du ministre": ``fr_quotes.RIGHT_HAND_WORDS``)."""
    words = [t.text.lower() for t in tokens[:8]]
    for n in range(min(3, len(words))):
        for phrase in _RIGHT_HAND:
            after = n + len(phrase)
            if tuple(words[n:after]) == phrase and after < len(words) and words[after] in L.DE_FORMS:
                return True
    return False


def _staff_of_someone(tokens: list[Any], head: Any) -> bool:
    """A staff's noun (``fr_quotes.STAFF_NOUNS``) then "de" and one person by a role or a noun,
    singular ("le cabinet de la ministre", "les services du préfet"): that person's staff, whom the
    article's words describe (not "le parti de la candidate", a body that speaks for itself)."""
    if head.text.lower() not in L.STAFF_NOUNS and head.lemma_.lower() not in L.STAFF_NOUNS:
        return False  # "le parti de la candidate", "la compagnie du pilote": the body itself
    return _person_complement(tokens, head, one=True)


def indefinite_description(tokens: list[Any], head: Any) -> bool:
    """A noun phrase that opens with an indefinite determiner or a numeral and hangs on a common
    noun ("un enquêteur", "une source proche du dossier", "deux policiers"): French introduces
    someone new so, never one the article has named (a definite one, "l'enquêteur", may be)."""
    return bool(head is not None and head.pos_ != "PROPN" and head.text[:1].islower() and tokens[0].i < head.i
                and tokens[0].text.lower() in L.INDEFINITE_OPENERS)


def after_preposition(art: Article, m: Mention) -> bool:
    """A name that is a preposition's object ("proche de X", "cité par X"), not a name in apposition."""
    tok = art.token_at(m.start)
    if tok.i == 0:
        return False
    prev = art.doc[tok.i - 1]
    return bool(prev.pos_ == "ADP" or prev.text.lower() in L.DE_FORMS)


def _apposed_proper_name(art: Article, tokens: list[Any], head: Any) -> str | None:
    """The name the parse sets in apposition to a role noun, at the end of its noun phrase, of at
    least two capitalised words ("le secrétaire général de l'ONU Ban Ki-moon"): the person."""
    if not art.parsed:
        return None
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ == "appos" and t.head.i == head.i and t.pos_ == "PROPN" and t.text[:1].isupper():
            words = [u for u in t.subtree if u.i in ids]
            if words and words[-1].i == tokens[-1].i and sum(1 for u in words if u.text[:1].isupper()) >= 2:
                return art.words_text(words)
    return None


# What the parse makes of a noun the tagger took for an adjective ("explique la scientifique").
_NOMINAL_DEPS = ("nsubj", "nsubj:pass", "obj", "appos")


def _nominal_adjective(tokens: list[Any]) -> Any:
    """The head of a noun phrase that the tagger read as an adjective after its determiner ("la
    scientifique", "le socialiste"), when the parse makes it a subject, an object or an apposition."""
    if len(tokens) < 2 or tokens[0].pos_ != "DET":
        return None
    return next((t for t in tokens[1:3] if t.pos_ == "ADJ" and t.text[:1].isalpha() and (
        t.dep_ in _NOMINAL_DEPS or (t.i == tokens[0].i + 1 and t.text.lower() in L.PRIVATE_PERSON_NOUNS))), None)
    # "lance un manifestant", whatever relation the parse gives the word it took for an adjective


def _noun(tok: Any) -> bool:
    return bool(tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and tok.dep_ in _NOMINAL_DEPS))


def _organisers(art: Article, tokens: list[Any], head: Any) -> str | None:
    """"les organisateurs de l'événement", "les organisateurs": the body that runs the event the
    article names ("organisateurs du festival Garorock"); None when it names none."""
    rest = tokens[tokens.index(head) + 1 :]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if rest and art.mention_at(rest[0].idx, end, types=("organisation", "other")) is not None:
        return " ".join(art.text[head.idx : end].split())  # "les organisateurs du Hellfest"
    nouns = [t for t in rest if t.pos_ == "NOUN"]
    if nouns and name_key(nouns[0].text) not in {name_key(w) for w in L.EVENT_NOUNS}:
        return None  # "les organisateurs de la grève": no event named
    for m in sorted(art.mentions, key=lambda m: m.start, reverse=True):  # the event named last, title included
        if m.start >= start or m.type not in ("organisation", "other", "place"):
            continue
        word = art.token_at(m.start)  # "le marathon de Lyon", named with its noun
        name = art.text[m.start : m.end]
        if word.idx != m.start or word.text.lower() not in L.EVENT_NOUNS:
            word = art.token_at(m.start - 1)  # "le festival Garorock", "le salon Eurosatory"
            if not (word.idx + len(word.text) <= m.start and word.pos_ == "NOUN" and word.text.lower() in L.EVENT_NOUNS):
                continue
            name = f"{word.text} {art.refs[m.ref].name}"
        gender = word.morph.get("Gender")
        de = "de l'" if word.text[:1].lower() in "aeiouéèêh" else ("de la " if gender and gender[0] == "Fem" else "du ")
        return f"{head.text} {de}{name}"
    return None


def _document_author(art: Article, char: int, tokens: list[Any], head: Any) -> tuple[int | None, str | None]:
    """"un communiqué de la préfecture", "le communiqué du ministère de l'Intérieur": the body or
    person it is of, by name or by the article's words; "précise le communiqué", "selon un
    communiqué": the author just quoted, else no one."""
    rest = tokens[tokens.index(head) + 1 :]
    if len(rest) > 1 and rest[0].text.lower() in L.DE_FORMS:
        end = tokens[-1].idx + len(tokens[-1].text)
        named = art.mention_at(rest[1].idx, end, types=("person", "organisation"))
        if named is not None and named.start <= rest[1].idx + len(rest[1].text) + 1:
            return art.named(named.ref)  # "un communiqué de la CGT"
        if _seat_of_power(rest[1:]):
            return None, art.words_text(rest[1:])  # "le communiqué de Bercy": the ministry by its seat
        noun = next((t for t in rest[1:3] if t.pos_ == "NOUN"), None)
        if noun is not None and noun.text[:1].islower() and (noun.text.lower() in L.ORGANISATION_NOUNS or noun.text.lower() in ROLE_NOUNS):
            last = art.last_speaker
            if last is not None and last[2] and art.gap(last[0], char) < 800 and any(
                    w.startswith(name_key(noun.lemma_)[:6]) for w in name_key(last[2]).split()):
                return last[1], last[2]  # "le texte des deux ministères": the ministries just quoted, by the name given then
            de = rest[0].text.lower()
            det = {"du": "le ", "des": "les "}.get(de, "")
            return None, det + " ".join(art.text[rest[1].idx : end].split())  # "la préfecture", "le ministère de l'Intérieur"
    last = art.last_speaker
    if last is not None and art.gap(last[0], char) < 800 and not is_outlet(last[2]):
        return last[1], last[2]  # (not a newspaper just quoted: "précise le rapport" is not its words)
    return None, None


def _np_gender(tokens: list[Any], head: Any) -> str | None:
    """The grammatical gender of a noun phrase, from its determiner, an adjective before its head
    ("l'ancien ministre", "l'ex-première dame": the elided article tells none) or its head."""
    before = [t for t in tokens[1:] if t.i < head.i and t.pos_ == "ADJ"] if head is not None and head.i > tokens[0].i else []
    for tok in (tokens[0], *before, head):
        gender = tok.morph.get("Gender")
        if gender and tok.text.lower() not in L.GENDERLESS_ARTICLES:
            return "f" if gender[0] == "Fem" else "m"
    return None


def _strip_source_noun(tokens: list[Any]) -> tuple[list[Any], Any]:
    """"les informations du Parisien" -> "Parisien"; "ses déclarations" -> ([], the possessive)."""
    i = 1 if tokens[0].pos_ == "DET" else 0
    if i < len(tokens) and tokens[i].text.lower() in L.SOURCE_NOUNS:
        if i and "Poss=Yes" in str(tokens[0].morph):
            return [], tokens[0]
        if i + 1 < len(tokens) and tokens[i + 1].text.lower() in L.DE_FORMS:
            return tokens[i + 2 :] if tokens[i + 1].text.lower() in L.DE_WITHOUT_ARTICLE else tokens[i + 1 :], None
    return tokens, None


def without_determiner(name: str) -> str:
    """An unnamed body or office holder by its noun phrase, without the determiner ("la
    préfecture du Var" -> "préfecture du Var", "le Times" -> "Times"); a name that holds it,
    capitalised, stays whole ("Le Parisien")."""
    low = name.lower()
    for det in L.NAME_DETERMINERS:
        rest = name[len(det):].lstrip()
        if rest.split(" ", 1)[0] in ("un", "une"):
            return name  # "l'une des victimes": the article is part of "l'une"
        if low.startswith(det) and (rest[:1].islower() or (name[:1].islower() and rest[:1].isupper())):
            return rest  # "la préfecture du Var", "le Times" written lower-case: the article is no part of the name
    return name


def past_elision(word: str) -> str:
    """A word past the elided article or preposition glued to it ("l'assemblée": "assemblée",
    "d'Anne": "Anne"), the typographic apostrophe read as the straight one."""
    w = word.replace("’", "'")
    return w.split("'", 1)[1] if "'" in w[:3] else w


def former_word(word: str) -> bool:
    """A word that makes an office a former one (``fr_quotes.FORMER_OFFICE_WORDS``, past an elided
    article: "l'ancienne"), or one glued to it ("l'ex-ministre")."""
    low = word.lower().replace("’", "'").split("'")[-1]
    return low in L.FORMER_OFFICE_WORDS or low.startswith("ex-")


def former_office_words(name: str, head: str) -> bool:
    """A description of an office held before ("l'ancienne maire du secteur", "l'ex-ministre", "l'ancien
    Premier ministre"): a ``former_word`` before its ``head`` noun, or glued to it."""
    for w in name.split():
        if former_word(w):
            return True
        low = w.lower().replace("’", "'").split("'")[-1]
        if name_key(low).endswith(name_key(head)):
            return False
    return False


def _role_words(name: str) -> tuple[str, str | None] | None:
    """The head noun and gender of a definite singular role given as a speaker ("le président de
    la FFF", "la ministre des Armées", "l'ancien Premier ministre"), or None."""
    words = name.split()
    det = words[0].lower() if words else ""
    if det in L.ARTICLE_GENDERS or det in ("son", "sa", "leur"):  # "son avocat", named in the next sentence
        rest = words[1:]
    elif det[:2] in L.ELIDED_ARTICLES and len(det) > 2:
        rest = [det[2:], *words[1:]]
    else:
        return None
    head = next((w.lower() for w in rest[:3] if w.lower() in ROLE_NOUNS or name_key(w) in _ROLE_SYNONYMS), None)  # "le magistrat"
    if head is None:
        return None
    feminine = head.endswith(L.FEMININE_ROLE_ENDINGS_WIDE) or (head.endswith("e") and head[:-1] in ROLE_NOUNS)  # "l'élue", "la candidate"
    # "l'élu", "l'adjoint", "l'avocat": a man, the noun whose feminine is it and an "e" telling what the
    # elided article hides (not one in "-eur": "l'auteur" is written of women too)
    masculine = not feminine and f"{head}e" in ROLE_NOUNS and not head.endswith("eur")
    # ("l'ancienne député": the adjective agrees with the person where the noun keeps its masculine)
    told = next((L.FORMER_OFFICE_GENDERS[w.lower()] for w in rest[:2] if w.lower() in L.FORMER_OFFICE_GENDERS), None)
    gender = L.ARTICLE_GENDERS.get(det) or told or ("f" if feminine else "m" if masculine else None)
    return head, gender


def _person_named_before(art: Article, at: int, gender: str | None) -> bool:
    """A person of ``gender`` is named in the body before ``at``, outside quotations."""
    body = art.body_start
    return any(body <= m.start < at and m.type == "person" and not art.in_quote(m.start) and art.agrees(m.ref, gender) for m in art.mentions)


def resolve_roles(art: Article, quotes: list[Quote]) -> list[Quote]:
    """A role the article never attaches to a name ("le président de la FFF", "la ministre des
    Armées") stands for the person the article names around it who may hold it: before or after
    it (the name often comes later: "La ministre a indiqué … « … », a précisé Florence Parly"),
    preferring one quoted by name elsewhere, then one whose gender is known to agree, then the
    nearest. The quotations given to that role go to that person."""
    offsets = {f: o for f, o, _ in art.fields}
    holders: dict[str, int | None] = {}
    for q in quotes:
        if q.speaker_ref is not None or not q.speaker_name or q.speaker_name in holders:
            continue
        role = _role_words(q.speaker_name)
        if role is None:
            continue
        start = offsets[q.field] + q.start
        at = art.text.find(q.speaker_name, offsets[q.field])
        at = at if 0 <= at < start + len(q.text) + 300 else start
        speakers = {p.speaker_ref for p in quotes if p.speaker_ref is not None and p.field in (q.field, "body")}  # not the title's summary
        said = q.speaker_name.split()
        qualified = office_qualifiers(said[: next((n for n, w in enumerate(said) if role[0] in w.lower()), 0) + 1])
        former = former_office_words(q.speaker_name, role[0])
        phrase = role_phrase(said[1:])
        if not former and phrase is not None and _person_named_before(art, at, role[1]):
            holders[q.speaker_name] = None  # "le chef de l'État": one the article named before, not the next quoted by name
            continue
        holders[q.speaker_name] = _role_holder(art, at, start, *role, speakers, qualified, former=former, phrase=phrase if former else None)
    if not any(k is not None for k in holders.values()):
        return quotes
    return [replace(q, speaker_ref=k, speaker_name=art.refs[k].name) if q.speaker_ref is None and (k := holders.get(q.speaker_name or "")) is not None else q
            for q in quotes]
