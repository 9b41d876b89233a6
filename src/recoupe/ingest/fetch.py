"""Fetching what a source lists and the pages it points to, as raw records for the parsers.

A source's listing is fetched with a conditional GET (ETag, Last-Modified); a sitemap index is
followed to its newest sitemaps. Each item's page becomes an HTML :class:`RawRecord`; an item
whose page cannot be had becomes a headline-only JSON record (title, summary, URL, date), so it
is stored at once and its page replaces it as a revision when a later fetch gets it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from recoupe.errors import reason
from recoupe.ingest.feeds import Item, Listing, discover, kind_of, parse_listing
from recoupe.ingest.parse.common import normalise_url
from recoupe.ingest.polite import Client, FetchError, Response
from recoupe.ingest.sources import decode
from recoupe.models import RawRecord

MAX_CHILD_SITEMAPS = 3  # newest sitemaps read from a sitemap index


@dataclass(slots=True)
class Fetched:
    """A source's listing after one fetch: unchanged (304), or its items."""

    unchanged: bool
    items: list[Item] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    kind: str | None = None  # "feed" or "sitemap", when fetched


def locate(client: Client, url: str, *, allow_private: bool) -> tuple[str, str, str | None]:
    """What ``url`` is: (URL to follow, "feed" or "sitemap", its title). A home page is read for
    the feeds it announces, and the first that parses is taken."""
    canonical = normalise_url(url) or url
    r = client.get(canonical, allow_private=allow_private)
    kind = kind_of(r.body, r.content_type)
    if kind == "html":
        for feed_url in discover(r.body, r.url):
            try:
                found = client.get(feed_url, allow_private=allow_private)
                listing = parse_listing(found.body, found.url, found.content_type, found.charset)
            except FetchError:
                continue
            return feed_url, _kind(listing), listing.title
        raise FetchError("E021", reason("E021", url=canonical))
    listing = parse_listing(r.body, r.url, r.content_type, r.charset)
    return canonical, _kind(listing), listing.title


def fetch_listing(client: Client, url: str, *, etag: str | None, last_modified: str | None, allow_private: bool) -> Fetched:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    r = client.get(url, headers=headers, allow_private=allow_private)
    if r.status == 304:
        return Fetched(True, etag=etag, last_modified=last_modified)
    listing = _listing(r)
    items = list(listing.items)
    for child in listing.children[:MAX_CHILD_SITEMAPS]:
        items.extend(_listing(client.get(child, allow_private=allow_private)).items)
    seen: set[str] = set()
    unique = [i for i in items if not (i.url in seen or seen.add(i.url))]  # type: ignore[func-returns-value]
    return Fetched(False, unique, r.headers.get("etag"), r.headers.get("last-modified"), _kind(listing))


def _listing(r: Response) -> Listing:
    return parse_listing(r.body, r.url, r.content_type, r.charset)


def _kind(listing: Listing) -> str:
    return "feed" if listing.kind == "feed" else "sitemap"


def page_record(client: Client, item: Item, *, source_hint: str | None, allow_private: bool) -> RawRecord:
    """The item's page as an HTML record (raises :class:`FetchError` when it cannot be had)."""
    r = client.get(item.url, allow_private=allow_private)
    text: str | None = None
    encoding = r.charset or ""
    if encoding:
        try:
            text = r.body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        decoded = decode(r.body)
        if decoded[0] is None:
            raise FetchError(decoded[1], f"{item.url}: {decoded[2]}")
        text, encoding = decoded[0], decoded[1]
    return RawRecord(origin=item.url, format="html", text=text, raw=r.body, encoding=encoding or "utf-8", source_hint=source_hint)


def headline_record(item: Item, *, source_hint: str | None) -> RawRecord:
    """The item as the feed gives it, for a page that could not be had."""
    data = {"url": item.url, "title": item.title, "lead": item.summary, "published": item.published,
            "authors": list(item.authors), "source": source_hint}
    data = {k: v for k, v in data.items() if v}
    text = json.dumps(data, ensure_ascii=False)
    return RawRecord(origin=item.url, format="json", text=text, raw=text.encode("utf-8"), encoding="utf-8",
                     source_hint=source_hint, data=data)
