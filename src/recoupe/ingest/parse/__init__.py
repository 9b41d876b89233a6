"""Stage 2, parse: one raw record in, one parsed article (or the reason why not) out.

One module per format: ``text``, ``html``, ``jsonrec``. Each returns a
:class:`~recoupe.models.ParsedArticle` with the fields cleaned and the boilerplate taken out of
the body and kept, or a :class:`~recoupe.models.Rejection`. An outlet's tagline at the end of its
titles, learned from its earlier titles (``affixes``), is taken off the title and kept apart as
``tagline`` boilerplate.
"""

from __future__ import annotations

from dataclasses import replace

from recoupe.ingest.parse.affixes import SHARED, TitleAffixes
from recoupe.ingest.parse.html import parse_html
from recoupe.ingest.parse.jsonrec import parse_json
from recoupe.ingest.parse.text import parse_text
from recoupe.models import Boilerplate, ParsedArticle, RawRecord, Rejection

PARSERS = {"text": parse_text, "html": parse_html, "json": parse_json}


def parse_record(record: RawRecord, affixes: TitleAffixes | None = SHARED) -> ParsedArticle | Rejection:
    """The record parsed by the parser of its format; its title without the tagline its source
    is known to end titles with (``affixes``: the process's memory of them by default, None to
    keep every title as it is)."""
    result = PARSERS[record.format](record)
    if affixes is not None and isinstance(result, ParsedArticle) and result.title:
        title = affixes.strip(result.source, result.title)
        if title != result.title:
            # what was taken off, separator included, is kept apart: title + tagline is the
            # title as written, which the content hash reads
            tagline = Boilerplate("tagline", result.title[len(title):])
            result = replace(result, title=title, boilerplate=(tagline, *result.boilerplate))
    return result


__all__ = ["parse_record", "TitleAffixes", "parse_text", "parse_html", "parse_json"]
