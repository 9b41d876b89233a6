"""Quotation marks: the spans they enclose in a text, and the marks between two spans.

Straight double quotes do not say which way they face: their neighbours tell it, also where
scraped text glues them to the words around them.
"""

from __future__ import annotations

import re

from recoupe.lang import fr_quotes as L

OPEN = {o: c for o, c in L.QUOTE_PAIRS}  # opening mark -> its closing mark
MAX_QUOTE_CHARS = 3000  # longer text between marks is no quotation

# The characters the scan stops at (marks, and newlines for paragraph breaks): it jumps over the rest.
_STOPS = re.compile("[" + re.escape("".join(OPEN) + L.STRAIGHT_QUOTE) + "\n]")
# For each opening mark, what changes the depth of its quotation: itself (nested) and its closing mark.
_DEPTH = {o: re.compile("[" + re.escape(o + c) + "]") if o != c else re.compile(re.escape(c)) for o, c in OPEN.items()}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans of the quotation marks of ``text`` (without the marks), in order."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    straight_open: int | None = None
    dangling: int | None = None  # a mark that looked closing with nothing open: the opener of glued text
    while i < n:
        stop = _STOPS.search(text, i)
        if stop is None:
            break
        i = stop.start()
        ch = text[i]
        if ch in OPEN:
            close = OPEN[ch]
            depth, j = 1, i + 1
            moves = _DEPTH[ch]
            while depth:
                m = moves.search(text, j)
                if m is None:
                    j = n
                    break
                depth += 1 if text[m.start()] == ch and ch != close else -1
                j = m.start() + 1
            if depth == 0 and j - i - 2 <= MAX_QUOTE_CHARS:
                spans.append((i + 1, j - 1))
                i = j
                straight_open = None
                continue
        elif ch == L.STRAIGHT_QUOTE:
            # Straight quotes do not say which way they face: tell it from their neighbours
            # (scraped text glues them: '…association."La décision…' opens, 'dit".Le' closes).
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            opens = (before.isspace() or before in "([«:'’-—–/.!?…,;") and not after.isspace()
            closes = (after.isspace() or after in ".,;:!?)…»-—–'’\"") and not before.isspace()
            if straight_open is None:
                if opens or not closes:
                    straight_open, dangling = i, None
                elif dangling is not None and _glued_opener(text, dangling, i):
                    # '…mois" La première étape … concernées" a indiqué': a space put after a glued
                    # opening mark made it look closing; the next closing mark ends its quotation
                    spans.append((dangling + 1, i))
                    dangling = None
                else:
                    dangling = i
            elif closes or not opens:
                if i - straight_open - 1 <= MAX_QUOTE_CHARS and "\n\n" not in text[straight_open:i]:
                    spans.append((straight_open + 1, i))
                straight_open = None
            elif _ends_sentence(text, straight_open, i):
                # '"… de la vérité. "Aucune avancée': a space put before a glued closing mark made it
                # look opening; the quotation ends with its sentence
                spans.append((straight_open + 1, i))
                straight_open = None
            else:
                straight_open = i  # the one before was a stray mark
        elif ch == "\n" and text[i : i + 2] == "\n\n":
            straight_open = dangling = None  # straight quotes do not run across paragraphs
        i += 1
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _glued_opener(text: str, mark: int, close: int) -> bool:
    """A mark that looked closing ('…mois" La suite') opens the quotation that the mark at
    ``close`` ends: a sentence starts after it, and no paragraph or other mark stands between."""
    inner = text[mark + 1 : close]
    return (inner[:1] == " " and inner[1:2].isupper() and close - mark <= MAX_QUOTE_CHARS
            and "\n\n" not in inner and not any(c in inner for c in "«»“”"))


def _ends_sentence(text: str, opened: int, mark: int) -> bool:
    """A mark that looks opening ('…vérité. "Aucune') closes the quotation opened at ``opened``:
    a full sentence of several words, ended by its punctuation and a space, stands between."""
    inner = text[opened + 1 : mark].rstrip(" ")
    return len(inner) < len(text[opened + 1 : mark]) and inner[-1:] in ".!?…" and len(inner.split()) >= 4


def marks_between(text: str, prev: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The closing mark of ``prev`` and the opening mark of ``span`` (indices into ``text``)."""
    close = prev[1]
    while close < len(text) and text[close].isspace():
        close += 1
    opening = span[0] - 1
    while opening > 0 and text[opening].isspace():
        opening -= 1
    return close, opening
