"""The tense of a clause, from the words near an expression: -1 past, +1 future, 0 unknown;
and the sentences of the text, which bound clauses and the days that times and "la veille" take.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from recoupe.enrich.timex.lexicon import B, E, alternation
from recoupe.enrich.timex.rules import Doc
from recoupe.lang import fr_time as fr

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A sentence ends at a full stop and spaces before a capital, or at a full stop glued to the
# next sentence ("...au site local.Lundi 27 février, ..."), as pages flattened to text often are.
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…])[\"»”)]?(?:\s+(?=[«\"“(]?[A-ZÀ-ÖØ-Þ0-9])|(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]))|\n+")
_LOWER = "[a-zàâçéèêëîïôûùüÿœ]"  # a lower-case letter of French
_PARTICIPLE = re.compile(rf"[^\W\d_]{{2,}}(?:{alternation(fr.PARTICIPLE_ENDINGS)})")
_BARE_PARTICIPLE = re.compile(rf"[^\W\d_]{{3,}}(?:{alternation(fr.FIRST_GROUP_PARTICIPLE_ENDINGS)})")
_FUTURE_ENDING = re.compile(
    rf"{_LOWER}{{2,}}[{fr.FUTURE_STEM_LETTERS}](?:{alternation(fr.FUTURE_ENDINGS)})")
_PAST_ENDING = re.compile(rf"{_LOWER}{{2,}}(?:{alternation(fr.PAST_ENDINGS)})")
_CONDITIONAL = re.compile(rf"{_LOWER}+(?:{alternation(fr.CONDITIONAL_ENDINGS)})")
_DEADLINE_BEFORE = re.compile(rf"(?:{alternation(fr.DEADLINES)})\s*$")
_SINCE_BEFORE = re.compile(r"depuis\s*(?:le\s+|la\s+)?$")
_LAST_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_ELIDED_OPENERS = [o[:-1] + "'" for o in fr.CLAUSE_OPENERS if o.endswith("que")]  # "avant qu'"
_CLAUSE_BREAK = re.compile(rf"[;«»“”\"]|{B}(?:{alternation(fr.CLAUSE_OPENERS)}){E}"
                           rf"|{B}(?:{alternation(_ELIDED_OPENERS)})")


@dataclass(slots=True)
class Sentences:
    """The sentences of a text, and the tense of the clauses of an expression."""

    doc: Doc
    starts: list[int]
    _cues: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc) -> Sentences:
        return cls(doc, [0] + [m.end() for m in _SENTENCE_BREAK.finditer(doc.text)])

    def sentence(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def bounds(self, i: int) -> tuple[int, int]:
        starts = self.starts
        return starts[i], starts[i + 1] if i + 1 < len(starts) else len(self.doc.text)

    def after_deadline(self, start: int) -> bool:
        """Whether a preposition of a deadline stands just before ``start`` ("jusqu'à")."""
        return _DEADLINE_BEFORE.search(self.doc.low, max(0, start - 25), start) is not None

    def tense(self, start: int, end: int) -> int:
        """The direction of the clause of a span: given by a preposition before it ("depuis"
        -1, "jusqu'au" 0), a participle just before it ("annoncées mercredi"), else the tense
        cue of its clause nearest to it; 0 when there is none."""
        lo = max(0, start - 25)
        if _DEADLINE_BEFORE.search(self.doc.low, lo, start):
            return 0
        if _SINCE_BEFORE.search(self.doc.low, lo, start):
            return -1
        last = _LAST_WORD_BEFORE.search(self.doc.low, lo, start)
        word = last.group(1) if last else ""
        if _BARE_PARTICIPLE.fullmatch(word) and word not in fr.NOT_PARTICIPLES:
            return 1 if word in fr.FUTURE_WORDS else -1
        lo, hi = self.clause(start, end)
        best: tuple[int, int] | None = None
        for cs, ce, sign in self.cues(self.sentence(start)):
            if ce <= lo or cs >= hi or (cs < end and ce > start):
                continue
            distance = start - ce if ce <= start else cs - end + 1
            if best is None or distance < best[0]:
                best = (distance, sign)
        return best[1] if best else 0

    def cues(self, sentence: int) -> list[tuple[int, int, int]]:
        if sentence not in self._cues:
            self._cues[sentence] = _tense_cues(self.doc, *self.bounds(sentence))
        return self._cues[sentence]

    def in_aside(self, start: int, end: int, before: int) -> bool:
        """Whether the span lies in a participial aside that closes before ``before``: ", élu
        mardi 8 novembre à la surprise générale," in "L'homme, élu mardi 8 novembre à la
        surprise générale, est arrivé vers 11 h" tells of another time than the clause."""
        lo, _ = self.bounds(self.sentence(start))
        opening = self.doc.text.rfind(",", lo, start)
        closing = self.doc.text.find(",", end, before)
        if opening < 0 or closing < 0:
            return False
        if '"' in self.doc.text[opening:closing] or closing - opening > 120:
            return False
        first = _WORD.search(self.doc.low, opening, start)
        if first is None:
            return False
        word = first.group(0)
        return (is_participle(word) and word not in fr.PAST_AUXILIARIES
                and not _PAST_ENDING.fullmatch(word))

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a span: its sentence, cut at the conjunctions that open another
        clause ("alors que", "mais", "tandis que") and at semicolons and quotes."""
        lo, hi = self.bounds(self.sentence(start))
        for m in _CLAUSE_BREAK.finditer(self.doc.low, lo, hi):
            if m.end() <= start:
                lo = m.end()
            elif m.start() >= end:
                hi = m.start()
                break
        return lo, hi


def is_participle(word: str) -> bool:
    """Whether a lower-case word looks like a past participle ("élu", "arrêtée", "mis")."""
    return word in fr.SHORT_PARTICIPLES or (
        _PARTICIPLE.fullmatch(word) is not None and word not in fr.NOT_PARTICIPLES)


def _tense_cues(doc: Doc, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, sign) of the tense cues between ``lo`` and ``hi``: +1 future, -1 past.

    A compound past spans its auxiliary and participle ("a ... déclaré").
    """
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(doc.text, lo, hi)]
    cues: list[tuple[int, int, int]] = []
    for i, (start, end, word) in enumerate(words):
        low = word.lower()
        if doc.text[end:end + 1] in ("'", "’"):
            continue  # an elided word: "s'", "l'", "qu'"
        if low in fr.FUTURE_WORDS:
            cues.append((start, end, 1))
        elif low in fr.PAST_WORDS:
            cues.append((start, end, -1))
        elif low in fr.PAST_AUXILIARIES and (participle := _participle_after(words, i)):
            p_end, p_word = participle
            cues.append((start, p_end, 1 if p_word in fr.FUTURE_WORDS else -1))
        elif low in fr.BE_AUXILIARIES and (participle := _participle_after(words, i)):
            p_end, p_word = participle
            reflexive = i > 0 and words[i - 1][2].lower() in fr.REFLEXIVE_PRONOUNS
            if reflexive or _masculine_singular(p_word) in fr.BE_VERB_PARTICIPLES:
                cues.append((start, p_end, -1))
        elif word[0].islower() and low not in fr.NOT_VERBS:
            if _FUTURE_ENDING.fullmatch(low):
                cues.append((start, end, 1))
            elif _PAST_ENDING.fullmatch(low) and not _CONDITIONAL.fullmatch(low):
                cues.append((start, end, -1))
    return cues


def _masculine_singular(participle: str) -> str:
    """'décédées' -> 'décédé', 'partis' -> 'parti'."""
    for ending in fr.AGREEMENT_ENDINGS:
        if participle.endswith(ending) and participle[:-len(ending)] in fr.BE_VERB_PARTICIPLES:
            return participle[:-len(ending)]
    return participle


def _participle_after(words: list[tuple[int, int, str]], i: int) -> tuple[int, str] | None:
    """(end, word) of the past participle after the auxiliary ``words[i]``, adverbs skipped."""
    for _, end, word in words[i + 1:i + 4]:
        low = word.lower()
        if low in fr.SHORT_PARTICIPLES or (
                _PARTICIPLE.fullmatch(low) and low not in fr.NOT_PARTICIPLES):
            return end, low
        if low not in fr.AUXILIARY_ADVERBS:
            return None
    return None
