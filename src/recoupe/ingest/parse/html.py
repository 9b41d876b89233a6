"""HTML pages, through trafilatura for the article text, plus the page's own metadata.

trafilatura finds the main text and the title, author, site name and day of publication. The
page's metadata (``article:published_time``, JSON-LD ``datePublished``...) often says more (the
time and the zone): it is read here and preferred. Boilerplate that trafilatura drops silently
("Lire aussi" asides, share bars, newsletter boxes) is looked for in the page and kept.
"""

from __future__ import annotations

import re
from typing import Any

from recoupe.errors import reason
from recoupe.ingest import boilerplate
from recoupe.ingest.parse import htmlmeta
from recoupe.ingest.parse.common import (
    build,
    clean_field,
    clean_inline,
    fold_stray_nbsp,
    make_body,
    normalise_url,
    split_authors,
)
from recoupe.ingest.parse.text import read_header_line
from recoupe.models import Boilerplate, ParsedArticle, RawRecord, Rejection

MIN_BODY = 80  # characters: less is a navigation page, a login form, a cookie wall
MIN_PARAGRAPH = 50
_LEAD_CLASSES = re.compile(r"\b(?:chapo|chapeau|standfirst|lead|intro|article-?lead|article__lead|description|summary|subtitle|dek)\b", re.IGNORECASE)


def _lead_in_page(scope: Any) -> str | None:
    for el in scope.iter("p", "div", "h2", "span"):
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _LEAD_CLASSES.search(cls):
            text = clean_inline(el.text_content())
            if 30 <= len(text) <= 1200:
                return text
    return None


_BYLINE_MARK = re.compile(r"author|auteur|byline|signature|writer|journalist", re.IGNORECASE)


def _byline_in_page(scope: Any) -> tuple[str, ...]:
    """Authors of the byline printed in the article ("Par Jeanne Roux"), when the metadata has none."""
    for el in scope.iter("p", "div", "span", "address", "a"):
        marks = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"), el.get("rel"))))
        if not _BYLINE_MARK.search(marks):
            continue
        text = clean_inline(el.text_content())
        header = read_header_line(text) if 0 < len(text) <= 120 else None
        if header and header[0]:
            return header[0]
    return ()


def _page_boilerplate(scope: Any, body: str) -> list[Boilerplate]:
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
    meta = _extract(trafilatura, tree, precision=True)
    text = fold_stray_nbsp(meta.get("text") or "")
    if not _enough(text):
        # The strict extraction found no article where the default one may (a page whose text
        # sits in unusual markup): the default one, on trafilatura's own reading of the page, is
        # tried before the page is given up.
        fallback = _extract(trafilatura, record.text, precision=False)
        if len(fallback.get("text") or "") > len(text):
            meta, text = fallback, fold_stray_nbsp(fallback.get("text") or "")
    if not text.strip():
        return Rejection(record.origin, "E007", reason("E007"))
    url = _first_url(tree, meta)
    ld = htmlmeta.main_json_ld(htmlmeta.json_ld_articles(tree), url, htmlmeta.meta(tree, "og:title"))
    sites = htmlmeta.site_names(tree, ld, url)
    h1s = htmlmeta.headlines(tree, sites)
    scope = htmlmeta.article_scope(tree, h1s[0] if h1s else None)
    published, unmarked_times = htmlmeta.published_time(tree, ld, scope)
    updated = htmlmeta.modified_time(tree, ld)
    publisher = ld.get("publisher")
    source = (
        htmlmeta.meta(tree, "og:site_name", "application-name")
        or (publisher.get("name") if isinstance(publisher, dict) else None)
        or meta.get("sitename")
    )
    title = htmlmeta.choose_title(tree, ld, sites, h1s, clean_field(meta.get("title")))
    lead = _lead_in_page(scope) or clean_field(htmlmeta.meta(tree, "description", "og:description") or ld.get("description") or meta.get("description"))
    lead = fold_stray_nbsp(lead) if lead else lead
    author_value = htmlmeta.meta(tree, "author", "article:author") or ld.get("author") or meta.get("author")
    authors = split_authors(author_value) if not (isinstance(author_value, str) and author_value.startswith("http")) else ()
    authors = authors or _byline_in_page(scope)

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
    # htmldate's guess (trafilatura), then a <time> of the article that says nothing of what it is
    published = published or htmlmeta.plausible_time([meta.get("date"), *unmarked_times])
    zone = htmlmeta.local_zone(tree, htmlmeta.page_times(tree, ld), url)
    published, updated = htmlmeta.localise(published, zone), htmlmeta.localise(updated, zone)
    body, boiler = make_body(paragraphs)
    extra = [b for b in _page_boilerplate(scope, body) if not any(b.text in x.text for x in boiler)]
    too_short = len(body) < MIN_BODY or max((len(p) for p in body.split("\n\n")), default=0) < MIN_PARAGRAPH
    if too_short and not (title and lead and len(lead) >= MIN_PARAGRAPH):
        # A page with a headline and a standfirst but no text (a video page) is still an article;
        # one with neither is a login form, a section front, a cookie wall.
        return Rejection(record.origin, "E007", reason("E007"))
    if too_short and len(re.sub(r"\W", "", body)) < 20:
        body = ""
    lang = (tree.get("lang") or htmlmeta.meta(tree, "og:locale") or meta.get("language") or "").split("-")[0].split("_")[0].lower() or None
    return build(
        record, url=url, source=clean_field(source), title=title, lead=lead, authors=authors,
        published=published, updated=updated, lang=lang, body=body, boiler=boiler + tuple(extra),
    )


def _extract(trafilatura: Any, page: Any, *, precision: bool) -> dict[str, Any]:
    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False, favor_precision=precision,
    )
    if extracted is None:
        return {}
    return dict(extracted.as_dict()) if hasattr(extracted, "as_dict") else dict(extracted)


def _enough(text: str) -> bool:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return sum(map(len, paragraphs)) >= MIN_BODY and max(map(len, paragraphs), default=0) >= MIN_PARAGRAPH


def _first_url(tree: Any, meta: dict[str, Any]) -> str | None:
    for candidate in (
        next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None),
        htmlmeta.meta(tree, "og:url"),
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
