"""JSON article records (a JSON object, an item of a JSON array, a JSON Lines line).

Field names vary between feeds, scrapers and datasets; each field is looked up under the names
of ``FIELDS`` in order, case-insensitively.
"""

from __future__ import annotations

import re

from recoupe.errors import reason
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
from recoupe.ingest.parse.text import is_header_line
from recoupe.models import ParsedArticle, RawRecord, Rejection
from recoupe.timestamps import parse_timestamp

FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid", "uid", "article_id", "uri"),
    "url": ("url", "link", "href", "canonical_url", "permalink"),
    "source": ("source", "outlet", "site", "site_name", "sitename", "publisher", "provider", "media", "journal"),
    "title": ("title", "headline", "titre"),
    "lead": ("lead", "heading", "standfirst", "chapo", "chapeau", "description", "summary", "subtitle", "dek"),
    "body": ("body", "text", "content", "article", "article_body", "articlebody", "corps", "texte"),
    "authors": ("authors", "author", "byline", "auteurs", "auteur", "creator"),
    "published": ("published", "published_at", "date", "pubdate", "pub_date", "datepublished", "date_published", "datetime", "created", "created_at", "time"),
    "updated": ("updated", "updated_at", "modified", "datemodified", "date_modified", "last_modified"),
    "lang": ("lang", "language", "langue", "locale"),
}
_HTML_TAG = re.compile(r"</?(?:p|br|div|span|a|em|strong|i|b|h[1-6]|ul|li|blockquote)\b[^>]*>", re.IGNORECASE)


def _get(data: dict, field: str) -> object:
    lower = {k.lower(): v for k, v in data.items() if isinstance(k, str)}
    for name in FIELDS[field]:
        if name in lower and lower[name] not in (None, "", []):
            return lower[name]
    return None


def _text(value: object, field: str) -> str | None | Rejection:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("value") or value.get("text")
        if value is None:
            return Rejection("", "E011", reason("E011", field=field, detail="expected text, got an object"))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)
    if isinstance(value, (list, dict, bool)):
        kind = "array" if isinstance(value, list) else type(value).__name__
        return Rejection("", "E011", reason("E011", field=field, detail=f"expected text, got {kind}"))
    return str(value)


def _html_to_text(text: str) -> str:
    from lxml import html as lxml_html

    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"</(?:p|div|h[1-6]|li|blockquote)>", "\n\n", text, flags=re.IGNORECASE)
    try:
        return lxml_html.fromstring(f"<div>{text}</div>").text_content()
    except Exception:  # noqa: BLE001 - unparseable markup: keep the text with tags removed
        return _HTML_TAG.sub(" ", text)


def _plain(body: str) -> str:
    if _HTML_TAG.search(body):
        body = _html_to_text(body)
    return normalise_newlines(body)


def _body_paragraphs(body: str) -> list[str]:
    body = _plain(body)
    if "\n\n" in body:
        return [p for block in split_blocks(body) for p in block_paragraphs(block)]
    return [ln for ln in body.split("\n") if ln.strip()]


def parse_json(record: RawRecord) -> ParsedArticle | Rejection:
    data = record.data or {}
    values: dict[str, str | None] = {}
    for field in ("title", "lead", "body", "url", "lang"):
        value = _text(_get(data, field), field)
        if isinstance(value, Rejection):
            return Rejection(record.origin, value.code, value.reason)
        values[field] = value
    source = _get(data, "source")
    if isinstance(source, dict):
        source = source.get("name") or source.get("title")
    if not values["title"]:
        # No title of its own: a headline run into the start of the lead or of the body
        field = "lead" if values["lead"] else "body"
        if values[field]:
            headline, rest = run_in_headline(_plain(values[field] or ""), is_header=is_header_line)
            if headline:
                values["title"], values[field] = headline, rest
    title = clean_field(values["title"])
    lead = clean_field(values["lead"])
    body, boiler = make_body(_body_paragraphs(values["body"])) if values["body"] else ("", ())
    if not title and not body:
        return Rejection(record.origin, "E008", reason("E008", detail="the record has neither a title nor a body"))
    lang = values["lang"]
    if lang:
        lang = lang.strip().lower().replace("_", "-").split("-")[0] or None
    return build(
        record, record_id=_get(data, "id"), url=values["url"],
        source=clean_field(source) if isinstance(source, str) else None, title=title, lead=lead,
        authors=split_authors(_get(data, "authors")), published=parse_timestamp(_get(data, "published")),
        updated=parse_timestamp(_get(data, "updated")), lang=lang, body=body, boiler=boiler,
    )
