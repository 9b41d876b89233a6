"""HTML pages, through trafilatura for the article text, plus the page's own metadata.

trafilatura finds the main text and the title, author, site name and day of publication. The
page's metadata (``article:published_time``, JSON-LD ``datePublished``...) often says more (the
time and the zone): it is read here and preferred. Boilerplate that trafilatura drops silently
("Lire aussi" asides, share bars, newsletter boxes) is looked for in the page and kept.
"""

from __future__ import annotations

import json
import re
from typing import Any

from recoupe.errors import reason
from recoupe.ingest import boilerplate
from recoupe.ingest.parse.common import (
    build,
    clean_field,
    clean_inline,
    make_body,
    normalise_url,
    split_authors,
)
from recoupe.ingest.parse.text import read_header_line
from recoupe.models import Boilerplate, ParsedArticle, RawRecord, Rejection
from recoupe.timestamps import parse_timestamp

MIN_BODY = 80  # characters: less is a navigation page, a login form, a cookie wall
MIN_PARAGRAPH = 50
_LEAD_CLASSES = re.compile(r"\b(?:chapo|chapeau|standfirst|lead|intro|article-?lead|article__lead|description|summary|subtitle|dek)\b", re.IGNORECASE)


def _meta(tree: Any, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{name}"]/@content')
            for value in found:
                if value and value.strip():
                    return value.strip()
    return None


def _json_ld(tree: Any) -> list[dict]:
    items: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if "@graph" in item and isinstance(item["@graph"], list):
                    stack.extend(item["@graph"])
                types = item.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and ("Article" in t or t in ("Report", "BlogPosting")) for t in types):
                    items.append(item)
    return items


def _lead_in_page(tree: Any) -> str | None:
    scope = (tree.xpath("//article") or tree.xpath("//main") or [tree])[0]
    for el in scope.iter("p", "div", "h2", "span"):
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _LEAD_CLASSES.search(cls):
            text = clean_inline(el.text_content())
            if 30 <= len(text) <= 1200:
                return text
    return None


def _page_boilerplate(tree: Any, body: str) -> list[Boilerplate]:
    scope = (tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body") or [tree])[0]
    found: list[Boilerplate] = []
    seen: set[str] = set()
    for el in scope.iter("aside", "p", "div", "section", "form", "ul", "nav"):
        if el.xpath(".//p|.//div|.//section|.//aside") and el.tag not in ("aside", "form", "ul", "nav"):
            continue  # look at the innermost blocks
        text = clean_inline(" ".join(el.itertext()))
        if not text or text in seen or len(text) > boilerplate.MAX_CUE_PARAGRAPH:
            continue
        kind = boilerplate.classify(text)
        if kind and text not in body:
            seen.add(text)
            found.append(Boilerplate(kind, text))
    return found


def parse_html(record: RawRecord) -> ParsedArticle | Rejection:
    import trafilatura
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(record.text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001 - lxml raises several types on broken pages
        return Rejection(record.origin, "E007", reason("E007") + f" ({e})")
    extracted = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False, favor_precision=True,
    )
    meta: dict[str, Any] = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else (extracted or {})
    text = meta.get("text") or ""
    if not text.strip():
        return Rejection(record.origin, "E007", reason("E007"))
    ld = _json_ld(tree)
    ld0 = ld[0] if ld else {}

    published = parse_timestamp(
        _meta(tree, "article:published_time", "datePublished", "date", "pubdate", "dc.date", "DC.date.issued")
        or ld0.get("datePublished")
        or next(iter(tree.xpath("//article//time/@datetime") or tree.xpath("//time/@datetime")), None)
    ) or parse_timestamp(meta.get("date"))
    updated = parse_timestamp(
        _meta(tree, "article:modified_time", "og:updated_time", "dateModified", "last-modified")
        or ld0.get("dateModified")
    )
    url = _first_url(tree, meta)
    publisher = ld0.get("publisher")
    source = (
        _meta(tree, "og:site_name", "application-name")
        or (publisher.get("name") if isinstance(publisher, dict) else None)
        or meta.get("sitename")
    )
    title = clean_field(_meta(tree, "og:title", "twitter:title") or ld0.get("headline") or meta.get("title"))
    if title and source:
        title = re.sub(rf"\s*[|\-–—:]\s*{re.escape(source)}\s*$", "", title) or title
    lead = _lead_in_page(tree) or clean_field(_meta(tree, "description", "og:description") or ld0.get("description") or meta.get("description"))
    author_value = _meta(tree, "author", "article:author") or ld0.get("author") or meta.get("author")
    authors = split_authors(author_value) if not (isinstance(author_value, str) and author_value.startswith("http")) else ()

    paragraphs = [ln for ln in text.split("\n") if ln.strip()]
    if paragraphs and title and clean_inline(paragraphs[0]) == title:
        paragraphs = paragraphs[1:]
    # A byline or dateline left at the top of the text ("AFP, publié le jeudi 18 juin 2020 à 15h14")
    while paragraphs and (header := read_header_line(paragraphs[0])) is not None:
        credited, p_date, u_date = header
        authors = authors or credited
        published, updated = published or p_date, updated or u_date
        paragraphs = paragraphs[1:]
    if paragraphs and lead and _same_text(paragraphs[0], lead):
        paragraphs = paragraphs[1:]
    body, boiler = make_body(paragraphs)
    extra = [b for b in _page_boilerplate(tree, body) if b.text not in {x.text for x in boiler}]
    too_short = len(body) < MIN_BODY or max((len(p) for p in body.split("\n\n")), default=0) < MIN_PARAGRAPH
    if too_short and not (title and lead and len(lead) >= MIN_PARAGRAPH):
        # A page with a headline and a standfirst but no text (a video page) is still an article;
        # one with neither is a login form, a section front, a cookie wall.
        return Rejection(record.origin, "E007", reason("E007"))
    if too_short and len(re.sub(r"\W", "", body)) < 20:
        body = ""
    lang = (tree.get("lang") or _meta(tree, "og:locale") or meta.get("language") or "").split("-")[0].split("_")[0].lower() or None
    return build(
        record, url=url, source=clean_field(source), title=title, lead=lead, authors=authors,
        published=published, updated=updated, lang=lang, body=body, boiler=boiler + tuple(extra),
    )


def _first_url(tree: Any, meta: dict[str, Any]) -> str | None:
    for candidate in (
        next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None),
        _meta(tree, "og:url"),
        meta.get("url"),
    ):
        url = normalise_url(candidate)
        if url and url.startswith(("http://", "https://")):
            return url
    return None


def _same_text(a: str, b: str) -> bool:
    a, b = clean_inline(a), clean_inline(b)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) > 40 and longer.startswith(shorter.rstrip(".… "))
