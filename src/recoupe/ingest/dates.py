"""Datelines: the "13 février 2025 11:30 Mis à jour: ..." line of a page, and how to tell one
from a line of the text. A dateline gives the published and the updated timestamps; it never
invents what it does not say (see ``recoupe.timestamps``)."""

from __future__ import annotations

import re

from recoupe.lang import fr
from recoupe.models import Timestamp
from recoupe.timestamps import (
    FR_DATE,
    ISO_IN_TEXT,
    NUM_DATE,
    TIME_ONLY,
    as_int,
    make_timestamp,
    parse_french,
)


def _split_updated(line: str) -> tuple[str, str | None]:
    low = line.lower()
    best = None
    for cue in fr.UPDATED_CUES:
        i = low.find(cue)
        if i >= 0 and (best is None or i < best):
            best = i
    if best is None:
        return line, None
    return line[:best], line[best:]


def parse_dateline(line: str) -> tuple[Timestamp | None, Timestamp | None]:
    """Published and updated timestamps from a dateline such as
    "13 février 2025 11:30 Mis à jour: 13 février 2025 11:30" or
    "Publié le mercredi 4 mars 2026 à 08h12, mis à jour à 10h47"."""
    first, rest = _split_updated(line)
    published = parse_french(first)
    updated = None
    if rest is not None:
        updated = parse_french(rest)
        if updated is None and published is not None and published.precision in ("day", "minute", "second"):
            t = TIME_ONLY.search(rest)
            if t:
                y, mo, d = (int(x) for x in published.value[:10].split("-"))
                updated = make_timestamp(y, mo, d, int(t["H"]), as_int(t["M"]) or 0)
        if published is None and updated is None:
            return None, None
    return published, updated


def is_dateline(line: str) -> bool:
    """True for a short line that is mostly a date ("Publié le ...", "13 février 2025 11:30")."""
    text = line.strip()
    if not text or len(text) > 160:
        return False
    published, updated = parse_dateline(text)
    if published is None and updated is None:
        return False
    low = text.lower()
    if any(low.startswith(c) for c in fr.PUBLISHED_CUES + fr.UPDATED_CUES):
        return True
    stripped = ISO_IN_TEXT.sub("", FR_DATE.sub("", NUM_DATE.sub("", text)))
    for cue in fr.UPDATED_CUES + fr.PUBLISHED_CUES:
        stripped = re.sub(re.escape(cue), "", stripped, flags=re.IGNORECASE)
    return len(re.findall(r"[a-zà-ÿ]{3,}", stripped, re.IGNORECASE)) <= 2
