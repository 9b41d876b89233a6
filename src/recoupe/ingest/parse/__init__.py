"""Stage 2, parse: one raw record in, one parsed article (or the reason why not) out.

One module per format: ``text``, ``html``, ``jsonrec``. Each returns a
:class:`~recoupe.models.ParsedArticle` with the fields cleaned and the boilerplate taken out of
the body and kept, or a :class:`~recoupe.models.Rejection`.
"""

from __future__ import annotations

from recoupe.ingest.parse.html import parse_html
from recoupe.ingest.parse.jsonrec import parse_json
from recoupe.ingest.parse.text import parse_text
from recoupe.models import ParsedArticle, RawRecord, Rejection

PARSERS = {"text": parse_text, "html": parse_html, "json": parse_json}


def parse_record(record: RawRecord) -> ParsedArticle | Rejection:
    return PARSERS[record.format](record)


__all__ = ["parse_record", "parse_text", "parse_html", "parse_json"]
