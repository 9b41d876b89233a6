"""Rules: a pattern and a function that turns each match into candidate spans and meanings,
and the text they run on."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from recoupe.enrich.timex.lexicon import AP
from recoupe.enrich.timex.meanings import Meaning


@dataclass(frozen=True, slots=True)
class Doc:
    """The text as given and lower-cased (same offsets): rules match the one, read the other."""

    text: str
    low: str

    @classmethod
    def of(cls, text: str) -> Doc:
        # "İ" is the one letter whose lower case is longer: offsets would shift.
        return cls(text, text.replace("İ", "I").lower())

    def word_before(self, pos: int) -> str:
        """The word just before ``pos``, lower case, an elided article kept ("l'an")."""
        m = _WORD_BEFORE.search(self.low, max(0, pos - 30), pos)
        return m.group(1).replace("’", "'") if m else ""

    def word_after(self, pos: int) -> str:
        m = _WORD_AFTER.match(self.text, pos, pos + 30)
        return m.group(1) if m else ""

    def starts_sentence(self, pos: int) -> bool:
        before = self.text[max(0, pos - 4):pos].rstrip(" «\"“(")
        return not before or before[-1] in ".!?:\n…"


_WORD_BEFORE = re.compile(rf"([^\W\d_]+(?:{AP}[^\W\d_]+)?|n°)[^\w]*$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


Found = Iterator[tuple[int, int, Meaning]]
Builder = Callable[[re.Match[str], Doc], Found]

_BEFORE_HEAD, _AFTER_HEAD = 60, 80  # how far a match may reach around its head word


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, its builder and, for speed, what every match must contain or follow.

    ``heads``: a pattern for the word that every match contains ("mai", "hier"); the full
    pattern then runs only in windows around those words, which most texts hold few of.
    ``not_after``: a character class that may not stand just before a match ("[\\w-]": the
    match starts a word). Checked after the match, it spares the look-behind that would keep
    the regex engine from jumping to the first characters a pattern can start with.
    ``needs``: strings of which every match contains one (":" in "21:45", "heure"): a text
    holding none of them has no match, and the pattern is not run on it (``in`` finds a string
    far faster than the regex engine tries every position).
    """

    pattern: re.Pattern[str]
    build: Builder
    heads: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    head_words: tuple[str, ...] | None = None  # the heads as plain words, when they are only that (``literal_words``)
    needs: tuple[str, ...] | None = None

    def matches(self, low: str, seen: dict[str, list[tuple[int, int]]] | None = None) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``low``; ``seen``: the windows of the head patterns already
        run on this text, by pattern (several rules share their heads), filled as they are run."""
        if self.needs is not None and not any(w in low for w in self.needs):
            return
        if self.heads is None:
            for m in self.pattern.finditer(low):
                if not (self.not_after and m.start() and self.not_after.match(low, m.start() - 1)):
                    yield m
            return
        if seen is None:
            windows: Iterable[tuple[int, int]] = self.windows(low)
        elif self.heads.pattern in seen:
            windows = seen[self.heads.pattern]
        else:
            windows = seen[self.heads.pattern] = list(self.windows(low))
        for lo, hi in windows:
            yield from self.pattern.finditer(low, lo, hi)

    def windows(self, low: str) -> Iterator[tuple[int, int]]:
        """Stretches of the text around the head words, overlapping ones merged."""
        assert self.heads is not None
        lo = hi = -1
        heads = (literal_spans(low, self.head_words) if self.head_words is not None
                 else ((h.start(), h.end()) for h in self.heads.finditer(low)))
        for h_start, h_end in heads:
            start, end = max(0, h_start - _BEFORE_HEAD), min(len(low), h_end + _AFTER_HEAD)
            if start > hi:
                if hi > lo:
                    yield lo, hi
                lo = start
            hi = max(hi, end)
        if hi > lo:
            yield lo, hi


_PLAIN = re.compile(r"(?:[^\\.^$*+?{}\[\]()|]|\\-)+")  # a word with no regex syntax but an escaped hyphen


def literal_words(pattern: str) -> tuple[str, ...] | None:
    """The words of a pattern that is an alternation of plain words ("mai|juin|après\\-midi"),
    in order; None for any other pattern."""
    words = pattern.split("|")
    if not all(_PLAIN.fullmatch(w) for w in words):
        return None
    return tuple(w.replace("\\-", "-") for w in words)


def literal_spans(low: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans that ``re.finditer("|".join(words), low)`` finds, found with ``str.find``
    (faster on long alternations): every occurrence of every word, then from left to right the
    first word written that starts at a position, none overlapping the one before."""
    found: list[tuple[int, int, int]] = []
    for order, word in enumerate(words):
        i = low.find(word)
        while i >= 0:
            found.append((i, order, i + len(word)))
            i = low.find(word, i + 1)
    found.sort()
    spans: list[tuple[int, int]] = []
    end = 0
    for start, _, stop in found:
        if start >= end:
            spans.append((start, stop))
            end = stop
    return spans


class RuleBook:
    """The rules of one module, in the order they are written."""

    def __init__(self) -> None:
        self.rules: list[Rule] = []

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def rule(
        self, pattern: str, *, heads: str | None = None, not_after: str | None = None,
        needs: Iterable[str] | None = None,
    ) -> Callable[[Builder], Builder]:
        """Register the decorated builder with its pattern, in order (see :class:`Rule`)."""
        def register(build: Builder) -> Builder:
            self.rules.append(Rule(re.compile(pattern), build, re.compile(heads) if heads else None,
                                   re.compile(not_after) if not_after else None, literal_words(heads) if heads else None,
                                   tuple(needs) if needs is not None else None))
            return build
        return register
