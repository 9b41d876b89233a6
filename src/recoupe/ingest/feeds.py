"""What a source publishes: RSS and Atom feeds (feedparser), news sitemaps and sitemap indexes,
and the feeds a home page announces in its ``<link rel="alternate">``.

Nothing here fetches. XML is parsed without entities, network or huge trees; every title and
summary becomes plain text (markup and scripts dropped); URLs are canonicalised
(``normalise_url``: tracking parameters removed) before anything compares or stores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from recoupe.errors import reason
from recoupe.ingest.parse.common import clean_field, normalise_url
from recoupe.ingest.polite import FetchError

MAX_ITEMS = 500  # items read from one feed or sitemap
MAX_FIELD = 2000  # characters kept of a title or a summary
FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
_TAG = re.compile(r"<[^>]*>")
_SCRIPT = re.compile(r"<(script|style|iframe|object|template)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a feed or a sitemap: a page to fetch."""

    url: str  # canonical
    guid: str | None = None
    title: str | None = None
    summary: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()


@dataclass(slots=True)
class Listing:
    kind: str  # "feed", "sitemap", "sitemapindex"
    title: str | None = None
    items: list[Item] = field(default_factory=list)
    children: list[str] = field(default_factory=list)  # sitemaps of an index, newest first


def kind_of(body: bytes, content_type: str = "") -> str:
    """"sitemap", "feed" or "html", from the content."""
    head = body[:2048].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<html" in head or b"<!doctype html" in head or "html" in content_type:
        return "html"
    return "feed" if "xml" in content_type else "html"


def parse_listing(body: bytes, url: str, content_type: str = "", charset: str | None = None) -> Listing:
    kind = kind_of(body, content_type)
    if kind == "sitemap":
        return parse_sitemap(body, url)
    return parse_feed(body, url, content_type, charset)


def parse_feed(body: bytes, url: str, content_type: str = "", charset: str | None = None) -> Listing:
    import feedparser

    headers = {"content-type": content_type + (f"; charset={charset}" if charset else "")} if content_type else {}
    try:
        parsed: Any = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    except Exception as e:  # noqa: BLE001 - a hostile feed must not stop the run
        raise FetchError("E020", reason("E020", detail=f"{type(e).__name__}: {e}")) from e
    if not any(e.get("link") for e in parsed.entries) and (parsed.bozo or not parsed.get("version")):
        # a broken feed is read as far as it goes (as readers do); one with no usable item is an error
        detail = str(parsed.get("bozo_exception") or "neither RSS nor Atom")
        raise FetchError("E020", reason("E020", detail=detail[:200]))
    listing = Listing("feed", _plain(parsed.feed.get("title")))
    for entry in parsed.entries[:MAX_ITEMS]:
        link = _link(entry.get("link"), url)
        if link is None:
            continue  # an item with no page: nothing to follow
        authors = tuple(a for a in (_plain(x.get("name")) for x in entry.get("authors", []) if isinstance(x, dict)) if a)
        listing.items.append(Item(
            url=link, guid=(str(entry.get("id"))[:500] if entry.get("id") else None),
            title=_plain(entry.get("title")), summary=_plain(entry.get("summary")),
            published=entry.get("published") or entry.get("updated"), authors=authors,
        ))
    return listing


def parse_sitemap(body: bytes, url: str) -> Listing:
    """A sitemap (``urlset``, with Google News tags when present) or a sitemap index."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, recover=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as e:
        raise FetchError("E020", reason("E020", detail=str(e)[:200])) from e
    name = etree.QName(root).localname
    if name == "sitemapindex":
        entries = [(_child(s, "loc"), _child(s, "lastmod") or "") for s in root if _local(s) == "sitemap"]
        entries.sort(key=lambda e: e[1], reverse=True)
        return Listing("sitemapindex", children=[u for u, _ in (( _link(loc, url), m) for loc, m in entries) if u])
    if name != "urlset":
        raise FetchError("E020", reason("E020", detail=f"<{name}> is not a sitemap"))
    listing = Listing("sitemap")
    for node in root:
        if _local(node) != "url":
            continue
        link = _link(_child(node, "loc"), url)
        if link is None:
            continue
        news = next((c for c in node if _local(c) == "news"), None)
        title = _plain(_child(news, "title")) if news is not None else None
        published = (_child(news, "publication_date") if news is not None else None) or _child(node, "lastmod")
        listing.items.append(Item(url=link, title=title, published=published))
        if len(listing.items) >= MAX_ITEMS:
            break
    return listing


def discover(body: bytes, url: str) -> list[str]:
    """The feeds a home page announces (``<link rel="alternate" type="application/rss+xml">``)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(body)
    except Exception:  # noqa: BLE001 - not a page: no feed
        return []
    found: list[str] = []
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        if "alternate" in rel and (link.get("type") or "").lower().strip() in FEED_LINK_TYPES:
            href = _link(link.get("href"), url)
            if href and href not in found:
                found.append(href)
    return found


def _link(value: object, base: str) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    url = normalise_url(urljoin(base, value.strip()))
    return url if url and url.startswith(("http://", "https://")) and len(url) <= 2000 else None


def _plain(value: object) -> str | None:
    """Text without markup, bounded: what a title or summary may store."""
    if not isinstance(value, str):
        return None
    text = value[: MAX_FIELD * 4]
    if "<" in text:
        text = _SCRIPT.sub(" ", text)
        from lxml import html as lxml_html

        try:
            text = lxml_html.fromstring(f"<div>{text}</div>").text_content()
        except Exception:  # noqa: BLE001 - unparseable markup: strip tags
            text = _TAG.sub(" ", text)
        text = _TAG.sub(" ", text)
    return clean_field(text[:MAX_FIELD])


def _local(node: Any) -> str:
    tag = node.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(node: Any, name: str) -> str | None:
    if node is None:
        return None
    for c in node:
        if _local(c) == name and c.text:
            return str(c.text).strip()
    return None
