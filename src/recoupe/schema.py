"""The JSON contract: one function per object, used by the CLI's ``--json``, the exports and,
later, the REST API, so that no interface computes its JSON differently.

The schema itself is ``recoupe/schemas/article.json`` (JSON Schema 2020-12) and is documented
in ``docs/schema.md``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from recoupe.models import Article


def article_json(a: Article) -> dict[str, Any]:
    """The JSON of one article (``recoupe article ID --json``, one line of ``export``)."""
    return {
        "id": a.id,
        "source": a.source,
        "url": a.url,
        "title": a.title,
        "lead": a.lead,
        "authors": list(a.authors),
        "published": a.published.to_json() if a.published else None,
        "updated": a.updated.to_json() if a.updated else None,
        "lang": a.lang,
        "body": a.body,
        "boilerplate": [b.to_json() for b in a.boilerplate],
        "entities": [e.to_json() for e in a.entities],
        "sentences": [list(s) for s in a.sentences],
        "quotes": [q.to_json() for q in a.quotes],
        "dates": [d.to_json() for d in a.dates],
        "revision": a.revision,
        "revisions": [r.to_json() for r in a.revisions],
        "story_id": a.story_id,
        "format": a.format,
        "origin": a.origin,
        "ingested_at": a.ingested_at,
    }


def quote_json(item: dict[str, Any]) -> dict[str, Any]:
    """A quotation listed across the store (``recoupe quotes``): the quote and its article."""
    return {
        "article": item["article"], "source": item["source"], "title": item["title"],
        "published": item["published"].to_json() if item["published"] else None,
        **item["quote"].to_json(),
    }


def event_json(item: dict[str, Any]) -> dict[str, Any]:
    """A dated event (``recoupe timeline``)."""
    return {
        "date": item["date"].to_json(), "text": item["text"], "article": item["article"],
        "source": item["source"], "title": item["title"], "entities": item["entities"],
    }


def article_schema() -> dict[str, Any]:
    return json.loads(resources.files("recoupe").joinpath("schemas/article.json").read_text("utf-8"))


def dumps(value: Any, *, pretty: bool = True) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2 if pretty else None)
