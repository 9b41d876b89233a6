"""Boilerplate: what a page adds to an article (appeals, related links, share and newsletter
prompts, paywall notices). It is taken out of the body and kept, labelled by kind.

Works on paragraphs: a paragraph is boilerplate when it carries one of the cues of
``recoupe.lang.fr.BOILERPLATE_CUES`` and is short, or when it follows a donation or
subscription cue and speaks the vocabulary of appeals (an appeal usually runs over a few
paragraphs at the end of the page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.lang import fr
from recoupe.models import Boilerplate, BoilerplateKind

_CUES: tuple[tuple[BoilerplateKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in fr.BOILERPLATE_CUES  # type: ignore[misc]
)
MAX_CUE_PARAGRAPH = 400  # characters: a longer paragraph with a cue is article text quoting it
_APPEAL_KINDS = ("donation", "subscription", "paywall", "newsletter")


def classify(paragraph: str) -> BoilerplateKind | None:
    """The kind of boilerplate a paragraph is, or None when it is article text."""
    text = paragraph.strip()
    if not text or len(text) > MAX_CUE_PARAGRAPH:
        return None
    for kind, pattern in _CUES:
        if pattern.search(text):
            return kind
    return None


def _appeal_like(paragraph: str) -> bool:
    low = paragraph.lower()
    hits = sum(1 for w in fr.APPEAL_WORDS if w in low)
    return hits >= 2 or (hits >= 1 and len(paragraph) < 200)


def split(paragraphs: Sequence[str]) -> tuple[list[str], list[Boilerplate]]:
    """Separate article paragraphs from boilerplate ones, keeping both in order.

    Consecutive paragraphs of one appeal become one boilerplate item.
    """
    kept: list[str] = []
    removed: list[Boilerplate] = []
    appeal: BoilerplateKind | None = None  # the appeal the previous paragraph belonged to
    for paragraph in paragraphs:
        kind = classify(paragraph)
        continues = kind is None and appeal is not None and _appeal_like(paragraph)
        if continues:
            kind = appeal
        if kind is None:
            appeal = None
            kept.append(paragraph)
            continue
        text = paragraph.strip()
        if appeal is not None and (continues or kind == appeal):
            removed[-1] = Boilerplate(removed[-1].kind, removed[-1].text + "\n\n" + text)
        else:
            removed.append(Boilerplate(kind, text))
        appeal = removed[-1].kind if removed[-1].kind in _APPEAL_KINDS else None
    return kept, removed
