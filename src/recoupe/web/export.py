"""The cross-check report of a story as a standalone document: Markdown or HTML (one file, no
script, no outside resource; every text from an article is escaped). Labels are in French, as
the reports are for readers of the French press.

Both are rendered from the templates of the pages, in the pages' Jinja2 environment
(:func:`recoupe.web.view.environment`): the HTML report shows the parts of the story page
(``story_parts.html``) with its stylesheet inlined, and both take their words from
``recoupe.lang.fr_labels``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from recoupe.web import view


def when(value: str | None) -> str:
    """A timestamp to the minute, as the Markdown report shows it: "2026-03-04 06:45"."""
    return (value or "—").replace("T", " ")[:16]


def escape_md(text: str | None) -> str:
    """Text safe in a Markdown table cell or paragraph: what Markdown would read as markup is
    backslash-escaped, and a line break (which would end a table row) is a space."""
    t = (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
    for ch in "*_`[]<>#":
        t = t.replace(ch, "\\" + ch)
    return t


@cache
def _environment() -> Environment:
    env = view.environment()
    env.filters["md"] = escape_md
    env.filters["when"] = when
    return env


@cache
def _stylesheet() -> Markup:
    """The pages' stylesheet, for a ``<style>`` element: it is recoupe's own file, not an
    article's text, and it must not close the element."""
    css = resources.files("recoupe.web").joinpath("static", "recoupe.css").read_text("utf-8")
    if "</" in css:
        raise ValueError("recoupe.css cannot be inlined: it contains '</'")
    return Markup(css)


def _context(r: dict[str, Any]) -> dict[str, Any]:
    # a story read with --articles-only has no cross-check: the report shows its articles only
    return {"story": r, "checked": "facts" in r, "fact_index": {f["id"]: n for n, f in enumerate(r.get("facts", []), 1)}}


def markdown(r: dict[str, Any]) -> str:
    """The report ``r`` (``recoupe.reading.story_report``) as a Markdown document."""
    return _environment().get_template("export.md").render(_context(r))


def html(r: dict[str, Any]) -> str:
    """The report ``r`` as one HTML file that reads offline: the story page's sections, its
    stylesheet inlined, no script, and a Content-Security-Policy that fetches nothing."""
    return _environment().get_template("export.html").render(_context(r), css=_stylesheet())
