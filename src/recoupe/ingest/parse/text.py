"""Plain-text articles.

Two layouts and their variants:

* A: title / standfirst / "Par AUTHOR" / "13 février 2025 11:30 Mis à jour: ..." / body / appeal,
  blocks separated by blank lines, optionally preceded by a front matter block
  (``---`` / ``source: ...`` / ``url: ...`` / ``---``);
* B: a record that opens with ``date 2025-02`` followed by its lead, then the body.
"""

from __future__ import annotations

import re

from recoupe.errors import reason
from recoupe.ingest.dates import is_dateline, parse_dateline
from recoupe.ingest.parse.common import (
    block_paragraphs,
    build,
    clean_field,
    make_body,
    normalise_newlines,
    run_in_headline,
    split_authors,
    split_blocks,
)
from recoupe.lang import fr
from recoupe.models import ParsedArticle, RawRecord, Rejection, Timestamp
from recoupe.timestamps import FR_DATE, NUM_DATE, parse_timestamp

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?P<body>(?:.*\n)*?)---[ \t]*\n", re.MULTILINE)
_LAYOUT_B = re.compile(
    r"\A\s*date\s*:?\s+(?P<date>\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?)\s+(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_BYLINE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(p) for p in sorted(fr.BYLINE_PREFIXES, key=len, reverse=True)) + r")\b[\s:]+(?P<who>.+)$",
    re.IGNORECASE,
)
FRONT_MATTER_KEYS: dict[str, str] = {
    "source": "source", "média": "source", "media": "source", "outlet": "source", "site": "source",
    "journal": "source", "url": "url", "lien": "url", "link": "url", "title": "title",
    "titre": "title", "lead": "lead", "chapeau": "lead", "chapo": "lead", "author": "authors",
    "authors": "authors", "auteur": "authors", "auteurs": "authors", "par": "authors",
    "date": "published", "published": "published", "publié": "published", "publication": "published",
    "updated": "updated", "mis à jour": "updated", "modifié": "updated", "lang": "lang",
    "langue": "lang", "language": "lang", "id": "id",
}
MAX_TITLE = 250
MAX_HEADER_BLOCK = 700  # a longer block before any byline/dateline is already the body


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m["body"].splitlines():
        key, sep, value = line.partition(":")
        field = FRONT_MATTER_KEYS.get(key.strip().lower())
        if sep and field and value.strip():
            meta[field] = value.strip().strip('"')
    return meta, text[m.end():]


def _byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """Authors of a byline, and the date that may follow them on the same line."""
    m = _BYLINE.match(line)
    if not m or len(line) > 200:
        return None
    who, date_part = m["who"], None
    d = FR_DATE.search(who) or NUM_DATE.search(who)
    if d:
        who, date_part = who[: d.start()], who[d.start():]
        who = re.sub(r"(?:\s*[-–—|,•·]\s*|\s+(?:le|publié le)\s*)+$", "", who, flags=re.IGNORECASE)
    if len(who.split()) > 12 or not re.search(r"[A-ZÀ-Ý]", who):
        return None
    return split_authors(who), date_part


def parse_text(record: RawRecord) -> ParsedArticle | Rejection:
    meta, text = _front_matter(normalise_newlines(record.text))
    published = parse_timestamp(meta.get("published"))
    updated = parse_timestamp(meta.get("updated"))
    authors = split_authors(meta["authors"]) if "authors" in meta else ()
    title = clean_field(meta.get("title"))
    lead = clean_field(meta.get("lead"))

    layout_b = _LAYOUT_B.match(text)
    if layout_b:
        published = published or parse_timestamp(layout_b["date"])
        first, _, rest = layout_b["rest"].partition("\n\n")
        if not title and not lead:
            title, first = run_in_headline(first, is_header=is_header_line)
        lead = lead or clean_field(first)
        body_blocks = split_blocks(rest)
    else:
        blocks = split_blocks(text)
        head, body_blocks = _split_header(blocks)
        found_title, found_lead, found_authors, dates = _read_header(head)
        title = title or found_title
        lead = lead or found_lead
        authors = authors or found_authors
        if dates[0] and not published:
            published = dates[0]
        if dates[1] and not updated:
            updated = dates[1]
        if not title and body_blocks:
            # "Un titre sans point\nLe texte commence..." : a headline run into the first block
            title, first_block = run_in_headline(body_blocks[0], is_header=is_header_line)
            body_blocks = [first_block, *body_blocks[1:]] if first_block.strip() else body_blocks[1:]

    paragraphs = [p for block in body_blocks for p in block_paragraphs(block)]
    body, boiler = make_body(paragraphs)
    if not (title or lead or body):
        return Rejection(record.origin, "E008", reason("E008", detail="only headers, no title or text"))
    return build(
        record, record_id=meta.get("id"), url=meta.get("url"), source=meta.get("source"),
        title=title, lead=lead, authors=authors, published=published, updated=updated,
        lang=meta.get("lang"), body=body, boiler=boiler,
    )


_CREDIT_DATELINE = re.compile(
    r"^\s*(?P<credit>[^,.;:]{2,60}?),\s*(?P<date>(?:" + "|".join(fr.PUBLISHED_CUES + fr.UPDATED_CUES) + r")\b.*)$",
    re.IGNORECASE,
)


def read_header_line(line: str) -> tuple[tuple[str, ...], Timestamp | None, Timestamp | None] | None:
    """Authors and dates of a byline or dateline ("Par X", "AFP, publié le ... à 15h14"), or None."""
    if len(line) > 200:
        return None
    by = _byline(line)
    if by is not None:
        p, u = parse_dateline(by[1]) if by[1] else (None, None)
        return by[0], p, u
    m = _CREDIT_DATELINE.match(line)
    if m:
        p, u = parse_dateline(m["date"])
        if p or u:
            return split_authors(m["credit"]), p, u
    if is_dateline(line):
        p, u = parse_dateline(line)
        return (), p, u
    if len(line) < 80 and re.match(r"\s*(?:" + "|".join(fr.PUBLISHED_CUES + fr.UPDATED_CUES) + r")\s+(?:le|à|il y a)\b", line, re.IGNORECASE):
        return (), None, None  # "publié le 25 juillet": a dateline without its year
    return None


def is_header_line(line: str) -> bool:
    """True for a byline or a dateline."""
    return read_header_line(line) is not None


def _split_header(blocks: list[str]) -> tuple[list[str], list[str]]:
    """The blocks up to the last byline/dateline near the top, and the body after them."""
    last_header = -1
    for i, block in enumerate(blocks[:8]):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if any(is_header_line(ln) for ln in lines):
            last_header = i
        elif len(block) > MAX_HEADER_BLOCK:
            break
    if last_header >= 0:
        return blocks[: last_header + 1], blocks[last_header + 1:]
    # No byline or dateline: a short first line standing alone is the title, unless it reads as
    # a sentence of text (a full stop at its end or inside).
    first = blocks[0].strip() if blocks else ""
    if (
        len(blocks) > 1 and "\n" not in first and len(first) <= MAX_TITLE
        and not re.search(r"[.;:,…]\W{0,2}$|[.!?…]\s+[A-ZÀ-Ý«\"]", first)
    ):
        return blocks[:1], blocks[1:]
    return [], blocks


def _read_header(blocks: list[str]) -> tuple[str | None, str | None, tuple[str, ...], tuple[Timestamp | None, Timestamp | None]]:
    """Title, lead, authors and dates from the blocks above the body."""
    title: str | None = None
    lead_parts: list[str] = []
    authors: tuple[str, ...] = ()
    published: Timestamp | None = None
    updated: Timestamp | None = None
    for block in blocks:
        for line in (ln for ln in block.split("\n") if ln.strip()):
            header = read_header_line(line)
            if header is not None:
                credited, p, u = header
                authors = authors + tuple(a for a in credited if a not in authors)
                published, updated = published or p, updated or u
            elif title is None and not lead_parts and len(line) <= MAX_TITLE:
                title = clean_field(line)
            else:
                lead_parts.append(line)
    lead = clean_field(" ".join(lead_parts)) if lead_parts else None
    return title, lead, authors, (published, updated)
