"""Boilerplate: what a page adds to an article (appeals, related links, prompts to follow the
outlet, share bars, newsletter and paywall notices). It is taken out of the body and kept,
labelled by kind.

Works on paragraphs: a paragraph is boilerplate when it carries one of the cues of
``recoupe.lang.fr_pages.BOILERPLATE_CUES`` and is short, or when
it follows a donation or subscription cue and speaks the vocabulary of appeals (an appeal usually
runs over a few paragraphs at the end of the page; the one that opens it, before the cue, too),
or when it is one of the headlines listed under a heading of other items ("Sur le même sujet",
then one headline a paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from recoupe.lang import fr_pages
from recoupe.models import Boilerplate, BoilerplateKind

_CUES: tuple[tuple[BoilerplateKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))  # type: ignore[misc]
    for kind, pattern in fr_pages.BOILERPLATE_CUES
)
_HEADING = re.compile(r"^\W{0,4}(?:" + "|".join(fr_pages.RELATED_HEADINGS + fr_pages.ALONE_HEADINGS) + r")\W{0,4}$", re.IGNORECASE)
_APPEAL_OPENERS = tuple(re.compile(p, re.IGNORECASE) for p in fr_pages.APPEAL_OPENERS)
MAX_TEASER = 200  # characters: a listed headline is a line, not a paragraph
MAX_CUE_PARAGRAPH = 400  # characters: a longer paragraph with a cue is article text quoting it
_APPEAL_KINDS = ("donation", "subscription", "paywall", "newsletter", "prompt")


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
    hits = sum(1 for w in fr_pages.APPEAL_WORDS if w in low)
    return hits >= 2 or (hits >= 1 and len(paragraph) < 200)


def is_teaser(paragraph: str) -> bool:
    """A line that reads as another item's headline: short, opening with a capital, a digit or a
    quotation mark, without the full stop that ends a sentence of text."""
    text = paragraph.strip()
    return (
        0 < len(text) <= MAX_TEASER and re.match(r"[\W_]{0,4}[A-ZÀ-ÖØ-Ý0-9«\"“]", text) is not None
        and re.search(r"[.:;,…]\W{0,2}$", text) is None
    )


def split(paragraphs: Sequence[str]) -> tuple[list[str], list[Boilerplate]]:
    """Separate article paragraphs from boilerplate ones, keeping both in order.

    Consecutive paragraphs of one appeal become one boilerplate item, as do a heading of other
    items and the headlines listed under it.
    """
    labels: list[BoilerplateKind | None] = []
    joined: list[bool] = []  # the paragraph continues the boilerplate item before it
    appeal: BoilerplateKind | None = None  # the appeal the previous paragraph belonged to
    listing = False  # the previous paragraph is a heading of other items, or one of its headlines
    for paragraph in paragraphs:
        kind = classify(paragraph)
        cont = False
        if kind is None and listing and is_teaser(paragraph):
            kind, cont = "related", True
        elif kind is None and appeal is not None and _appeal_like(paragraph):
            kind, cont = appeal, True
        elif kind is not None and appeal is not None and kind == appeal:
            cont = True
        labels.append(kind)
        joined.append(cont)
        appeal = kind if kind in _APPEAL_KINDS else None
        listing = kind == "related" and (cont or _HEADING.match(paragraph.strip()) is not None)
    # The paragraph that opens an appeal at the end of the text ("Ce journal ne vit que de ses
    # lecteurs.") comes before its cue ("Faites un don").
    end = len(labels)
    while end > 0 and labels[end - 1] is not None:
        end -= 1
    if 0 < end < len(labels) and labels[end] in ("donation", "subscription") and _opens_appeal(paragraphs[end - 1]):
        labels[end - 1] = labels[end]
        joined[end] = True
    kept: list[str] = []
    removed: list[Boilerplate] = []
    for paragraph, kind, cont in zip(paragraphs, labels, joined, strict=True):
        text = paragraph.strip()
        if kind is None:
            kept.append(paragraph)
        elif cont and removed:
            removed[-1] = Boilerplate(removed[-1].kind, removed[-1].text + "\n\n" + text)
        else:
            removed.append(Boilerplate(kind, text))
    return kept, removed


def _opens_appeal(paragraph: str) -> bool:
    return len(paragraph) <= MAX_CUE_PARAGRAPH and any(p.search(paragraph) for p in _APPEAL_OPENERS)
