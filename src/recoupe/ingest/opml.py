"""OPML, the list of feeds every reader exchanges: read (``sources import``) and written
(``sources export``). Parsed without entities or network."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

from recoupe.errors import reason
from recoupe.ingest.polite import FetchError


@dataclass(frozen=True, slots=True)
class Outline:
    url: str
    name: str | None = None
    outlet: str | None = None


def read_opml(data: bytes) -> list[Outline]:
    """Every outline with an ``xmlUrl`` (nested outlines included: a folder names the outlet)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as e:
        raise FetchError("E020", reason("E020", detail=f"OPML: {e}")) from e
    found: list[Outline] = []

    def walk(node: Any, folder: str | None) -> None:
        for child in node:
            if not isinstance(child.tag, str) or child.tag.rsplit("}", 1)[-1] != "outline":
                continue
            url = (child.get("xmlUrl") or child.get("xmlurl") or "").strip()
            label = (child.get("title") or child.get("text") or "").strip() or None
            if url:
                found.append(Outline(url, label, child.get("outlet") or folder))
            else:
                walk(child, label or folder)

    body = next((c for c in root if c.tag == "body"), None)
    if root.tag != "opml" or body is None:
        raise FetchError("E020", reason("E020", detail="OPML: no <opml><body>"))
    walk(body, None)
    return found


def write_opml(rows: Sequence[dict[str, Any]], title: str = "recoupe sources") -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"  <head><title>{title}</title></head>", "  <body>"]
    for r in rows:
        attrs = f'type="rss" text={quoteattr(r["name"])} title={quoteattr(r["name"])} xmlUrl={quoteattr(r["url"])}'
        if r.get("outlet"):
            attrs += f' outlet={quoteattr(r["outlet"])}'
        lines.append(f"    <outline {attrs}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)
