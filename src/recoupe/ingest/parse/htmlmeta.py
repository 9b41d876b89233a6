"""What a news page says about its article besides the text: headline, dates, site name.

A page carries its headline several times: ``og:title`` (the one shared on social networks, and
the one most often equal to the printed headline), ``twitter:title``, the JSON-LD ``headline``
(sometimes cut at 110 characters), the ``<title>`` of the window (the headline followed by the
site's name, often by a section) and the visible ``<h1>``. It carries its day of publication in
the JSON-LD ``datePublished`` of the article, in ``article:published_time`` and its cousins, in
a ``<time>`` marked as the publication, in a dateline ("Publié le ..."), and in many dates that
are not it (the day's date in the header, teasers' dates in lists, the modification time).

The rules here: the first of the social/structured headlines, with the site's name taken off
its end, unless the visible headline shows that what remains still carries a suffix or was cut;
the visible headline when the page has no structured one. The publication time of the page's
own article (the earliest of its metadata and JSON-LD item, then its own microdata, then a
``<time>`` marked as the publication outside lists and asides); a bare ``<time>`` only as the
last resort; a year or a month never before a day. A time given in UTC is put in the outlet's
zone (named by the region of the page's language, the offset of its other times, its country
domain or its language), so that its day is the day of publication where the outlet is.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timezone, tzinfo
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recoupe.ingest.parse.common import clean_field, clean_inline, unescape_entities
from recoupe.lang import fr_pages
from recoupe.models import Timestamp
from recoupe.timestamps import parse_timestamp

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "publishdate", "publish-date", "publish_date", "pubdate", "dc.date.issued",
    "dcterms.issued", "dcterms.created", "dc.date.created", "date", "dc.date", "sailthru.date",
    "parsely-pub-date", "datepublished",
)
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")
SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:app:name:iphone")
TITLE_META = ("og:title", "twitter:title", "title", "dc.title", "parsely-title", "sailthru.title")
# Separators between a headline and the site's name or the section in a window title.
_SUFFIX = re.compile(r"^(?P<head>.+)(?:\s[|\-–—:·•/»]\s|\s?[|–—·•»]\s?)(?P<tail>(?:(?!\s[-/:]\s)[^|–—·•»]){1,80})$")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)$")
_TLD = re.compile(r"\.(?:fr|com|net|org|info|eu|be|ch|ca|re|tv|io|news|media|press)$", re.IGNORECASE)
_NOT_ARTICLE_SCOPE = ("aside", "nav", "footer", "li", "figcaption")
_PUB_MARK = re.compile(r"publi|pubdate|date-?pub|article[-_]?date|post[-_]?date|entry[-_]?date|created", re.IGNORECASE)
_MOD_MARK = re.compile(r"modif|update|mis[-_]?a[-_]?jour|maj\b|edited", re.IGNORECASE)
_DAY = ("day", "minute", "second")
EARLIEST_YEAR = 1990  # a publication date before the web's news sites is a CMS's zero


def fold(text: str | None) -> str:
    """Letters and digits only, lower case, accents off: "L’Express" == "l'express" == "LEXPRESS"."""
    text = unicodedata.normalize("NFKD", text or "")
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def meta_values(tree: Any, *names: str) -> list[str]:
    """The non-empty ``content`` of ``<meta>`` elements named so (property, name or itemprop,
    case-insensitively), in the order of ``names``; entities a CMS left escaped are read."""
    wanted = {n.lower(): i for i, n in enumerate(names)}
    found: list[tuple[int, int, str]] = []
    for pos, el in enumerate(tree.iter("meta")):
        content = (el.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (el.get(attr) or "").strip().lower()
            if key in wanted:
                found.append((wanted[key], pos, unescape_entities(content)))
                break
    return [c for _, _, c in sorted(found)]


def meta(tree: Any, *names: str) -> str | None:
    values = meta_values(tree, *names)
    return values[0] if values else None


def _types(item: dict) -> list[str]:
    t = item.get("@type")
    return [x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)]


def _unescaped(value: Any) -> Any:
    if isinstance(value, str):
        return unescape_entities(value)
    if isinstance(value, list):
        return [_unescaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _unescaped(v) for k, v in value.items()}
    return value


def json_ld_articles(tree: Any) -> list[dict]:
    """The JSON-LD items that describe an article (NewsArticle, Article, ReportageNewsArticle,
    BlogPosting, LiveBlogPosting...), top-level, in ``@graph`` or as a page's ``mainEntity``.
    Their strings are read with the HTML entities a CMS left in them ("L&#8217;Etat")."""
    items: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = _unescaped(json.loads(script, strict=False))
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            for key in ("@graph", "mainEntity"):
                inner = item.get(key)
                if isinstance(inner, list):
                    stack.extend(inner)
                elif isinstance(inner, dict):
                    stack.append(inner)
            if any("Article" in t or t in ("Report", "BlogPosting", "LiveBlogPosting") for t in _types(item)):
                items.append(item)
    return items


def main_json_ld(items: list[dict], url: str | None, title: str | None) -> dict:
    """The page's own article among its JSON-LD items: the one at the page's address, or with its
    headline, or the first."""
    def address(item: dict) -> str:
        page = item.get("mainEntityOfPage")
        page = page.get("@id") if isinstance(page, dict) else page
        return str(item.get("url") or page or item.get("@id") or "")

    def norm(u: str | None) -> str:
        return re.sub(r"^https?://(?:www\.)?|[?#].*$|/$", "", u or "").lower()

    if url:
        for item in items:
            if address(item) and norm(address(item)) == norm(url):
                return item
    if title:
        for item in items:
            if fold(str(item.get("headline") or "")) == fold(title):
                return item
    return items[0] if items else {}


def site_names(tree: Any, ld: dict, url: str | None) -> list[str]:
    """Every name the site gives itself: og:site_name, application name, the JSON-LD publisher,
    the Twitter account, the domain with and without its suffix."""
    names = meta_values(tree, *SITE_META)
    publisher = ld.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.append(publisher["name"])
    handle = meta(tree, "twitter:site")
    if handle:
        names.append(handle.lstrip("@"))
    host = urlsplit(url).hostname if url else None
    if host:
        host = re.sub(r"^(?:www|m|amp)\.", "", host)
        names += [host, _TLD.sub("", host)]
    return [n for n in dict.fromkeys(clean_inline(n) for n in names) if fold(n)]


def _is_site(tail: str, folded_sites: list[str]) -> bool:
    t = fold(_TLD.sub("", tail.strip()))
    if not t:
        return False
    if any(t == s or t == fold(_TLD.sub("", s)) for s in folded_sites):
        return True
    # "Le Monde.fr - Actualités et Infos": a short tail that holds the site's name
    return len(tail.split()) <= 6 and any(len(s) >= 5 and s in t for s in folded_sites)


def strip_site(title: str | None, sites: list[str]) -> str | None:
    """The headline without the site's name at its end ("... - Le Parisien", "... | ladepeche.fr")."""
    if not title:
        return title
    folded = [fold(s) for s in sites]
    for _ in range(2):
        m = _SUFFIX.match(title)
        if not m or not _is_site(m["tail"], folded) or len(m["head"]) < 10:
            break
        title = m["head"].strip()
    return title


def _text(el: Any) -> str:
    return clean_inline(" ".join(el.itertext()))


def _in(el: Any, tags: tuple[str, ...]) -> bool:
    return any(a.tag in tags for a in el.iterancestors())


def headlines(tree: Any, sites: list[str]) -> list[Any]:
    """The ``<h1>`` elements that may be the article's headline (not the site's logo)."""
    folded = {fold(s) for s in sites}
    found = []
    for h in tree.iter("h1"):
        text = _text(h)
        if len(text) < 8 or fold(text) in folded or _in(h, ("nav", "footer", "aside")):
            continue
        found.append(h)
    return found


def article_scope(tree: Any, h1: Any | None) -> Any:
    """The element holding the page's own article: the ``<article>`` (or an item typed Article)
    around its headline, else the ``<article>`` with the most text in paragraphs (the others
    are teasers), else ``<main>``, else the body."""
    if h1 is not None:
        for a in h1.iterancestors():
            if a.tag == "article" or "Article" in (a.get("itemtype") or ""):
                return a
    best, size = None, 0
    for a in tree.iter("article"):
        n = sum(len(p.text_content()) for p in a.iter("p"))
        if n > size:
            best, size = a, n
    if best is not None and size >= 200:
        return best
    for xp in ("//main", "//body"):
        found = tree.xpath(xp)
        if found:
            return found[0]
    return tree


def choose_title(tree: Any, ld: dict, sites: list[str], h1s: list[Any], fallback: str | None) -> str | None:
    structured = [clean_field(v) for v in meta_values(tree, *TITLE_META)[:1]]
    if ld.get("headline") and isinstance(ld["headline"], str):
        structured.append(clean_field(ld["headline"]))
    title = next((t for t in structured if t), None)
    title = strip_site(title, sites)
    visible = [_text(h) for h in h1s]
    if title is None:
        if len(visible) == 1:
            return visible[0]
        window = tree.xpath("//head/title")
        in_window = strip_site(clean_field(unescape_entities(window[0].text_content())) if window else None, sites)
        return in_window or (visible[0] if visible else fallback)
    for h in visible:
        if fold(h) == fold(title):
            return title
        # "Headline - Section" or "Headline | Section | Site": the visible headline is the start
        head = title
        for _ in range(3):
            m = _SUFFIX.match(head)
            if not m:
                break
            head = m["head"].strip()
            if fold(head) == fold(h):
                return h
        # "A headline cut at 110 charact…": the visible one is whole
        cut = _ELLIPSIS.sub("", title)
        if cut != title and len(cut) >= 20 and fold(h).startswith(fold(cut)):
            return h
    return title


def _plausible(ts: Timestamp | None) -> Timestamp | None:
    if ts is None:
        return None
    year = int(ts.value[:4])
    if year < EARLIEST_YEAR or year > datetime.now(timezone.utc).year + 1:
        return None
    return ts


def _times(values: list[Any]) -> list[Timestamp]:
    return [ts for v in values if (ts := _plausible(parse_timestamp(v))) is not None]


def _first_time(values: list[Any]) -> Timestamp | None:
    """The first time that gives a day, else the first at all: a year or a month is no day of
    publication when the page gives one further on."""
    found = _times(values)
    return next((t for t in found if t.precision in _DAY), found[0] if found else None)


def _instant(ts: Timestamp) -> datetime | None:
    try:
        dt = datetime.fromisoformat(ts.value)
    except ValueError:
        return None
    return dt if dt.tzinfo is not None else None


def _own_item(el: Any) -> bool:
    """A microdata property of the article itself, not of an item it cites or lists."""
    for a in el.iterancestors():
        if a.get("itemscope") is not None:
            return re.search(r"Article|Posting|Report|WebPage", a.get("itemtype") or "") is not None
    return True


def marked_times(scope: Any) -> tuple[list[str], list[str]]:
    """``<time datetime>`` values of the article, marked as its publication or not marked,
    leaving out those of lists, asides and footers (other items' dates) and of updates."""
    marked: list[str] = []
    plain: list[str] = []
    for t in scope.iter("time"):
        value = t.get("datetime") or t.get("content")
        if not value or _in(t, _NOT_ARTICLE_SCOPE):
            continue
        marks = " ".join(filter(None, (t.get("itemprop"), t.get("class"), t.get("id"),
                                        (t.getparent().get("class") if t.getparent() is not None else None))))
        if _MOD_MARK.search(marks) and not _PUB_MARK.search(marks.replace("modified", "")):
            continue
        if t.get("pubdate") is not None or _PUB_MARK.search(marks):
            marked.append(value)
        else:
            plain.append(value)
    return marked, plain


def published_time(tree: Any, ld: dict, scope: Any) -> tuple[Timestamp | None, list[str]]:
    """The publication time from structured data, and the unmarked ``<time>`` values left as a
    last resort.

    Of the times the page calls its publication (``article:published_time`` and its cousins, the
    article's JSON-LD ``datePublished``), the earliest: a page published again re-stamps one of
    them and leaves the other."""
    strong = [t for t in _times([*meta_values(tree, *PUBLISHED_META[:4]), ld.get("datePublished")]) if t.precision in _DAY]
    instants = [(i, t) for t in strong if (i := _instant(t)) is not None]
    ts: Timestamp | None = min(instants, key=lambda it: it[0])[1] if instants and len(instants) == len(strong) else (strong[0] if strong else None)
    if ts is None:
        own = [m.get("content") for m in tree.iter("meta")
               if (m.get("itemprop") or "").lower() == "datepublished" and _own_item(m)]
        ts = _first_time([*own, *meta_values(tree, *(n for n in PUBLISHED_META[4:] if n != "datepublished")), ld.get("dateCreated")])
    marked, plain = marked_times(scope)
    return ts or _first_time(marked), plain


def local_zone(tree: Any, times: list[Timestamp], url: str | None = None) -> tzinfo | None:
    """The zone of the outlet: the region of the page's language when it names one, else the
    offset one of the page's times carries, else the country domain of a French page's address
    (or of one that does not say its language), else the zone of its language alone."""
    tags = [t.lower().replace("_", "-") for t in (tree.get("lang"), meta(tree, "og:locale"), meta(tree, "content-language")) if t]
    named = next((fr_pages.LOCAL_ZONES[t] for t in tags if "-" in t and t in fr_pages.LOCAL_ZONES), None)
    if named is None:
        for t in times:
            i = _instant(t)
            if i is not None and i.utcoffset():
                return i.tzinfo
        host = urlsplit(url).hostname if url else None
        french = not tags or any(t.split("-")[0] == "fr" for t in tags)
        named = fr_pages.DOMAIN_ZONES.get(host.rsplit(".", 1)[-1]) if host and "." in host and french else None
    if named is None:
        named = next((fr_pages.LOCAL_ZONES[t.split("-")[0]] for t in tags if t.split("-")[0] in fr_pages.LOCAL_ZONES), None)
    if named is None:
        return None
    try:
        return ZoneInfo(named)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def localise(ts: Timestamp | None, zone: tzinfo | None) -> Timestamp | None:
    """A time given in UTC, in the outlet's zone: its day is the day the page was published there
    ("2026-03-03T23:30:00Z" from a French outlet was published on 4 March)."""
    if ts is None or zone is None or not ts.value.endswith("+00:00"):
        return ts
    i = _instant(ts)
    if i is None:
        return ts
    local = i.astimezone(zone)
    value = local.isoformat(timespec="seconds" if ts.precision == "second" else "minutes")
    return Timestamp(value, ts.precision)


def page_times(tree: Any, ld: dict) -> list[Timestamp]:
    """Every time the page states in its metadata and its <time> elements (for their offsets)."""
    values = [ld.get("datePublished"), ld.get("dateModified"), *meta_values(tree, *PUBLISHED_META, *MODIFIED_META),
              *(t.get("datetime") for t in tree.iter("time"))]
    return _times([v for v in values if v])


def modified_time(tree: Any, ld: dict) -> Timestamp | None:
    return _first_time([ld.get("dateModified"), *meta_values(tree, *MODIFIED_META)])


def plausible_time(values: list[Any]) -> Timestamp | None:
    return _first_time(values)
