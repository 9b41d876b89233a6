"""Every message recoupe shows a user about an input or a command, in one catalogue.

A rejected input is not an exception that vanishes: it becomes a :class:`recoupe.models.Rejection`
carrying one of these codes and a one-line reason, reported next to the input's name.
"""

from __future__ import annotations


class Reasons:
    """Stable codes for rejected inputs. The text is formatted with keyword arguments."""

    E001 = "empty input"
    E002 = "binary content, not text ({detail})"
    E003 = "undecodable bytes: not UTF-8, UTF-16, Windows-1252 or Latin-1 text"
    E004 = "too large for one article: {size} (limit {limit}); split it or use JSON Lines"
    E005 = "malformed JSON: {detail}"
    E006 = "JSON value is not an article object (got {kind})"
    E007 = "no article text found in the HTML page"
    E008 = "no article text: {detail}"
    E009 = "cannot read: {detail}"
    E010 = "corrupt gzip data: {detail}"
    E011 = "invalid field {field!r}: {detail}"
    E012 = "the {format} parser failed: {detail}"
    E013 = "id {id!r} is already used by an article with another URL ({url}); not stored"
    # following outlets (sources, fetch, watch)
    E014 = "refused address: {host} resolves to {address} ({kind}); use --allow-private to fetch it"
    E015 = "cannot fetch: {detail}"
    E016 = "HTTP {status} from {url}"
    E017 = "disallowed by robots.txt: {url}"
    E018 = "larger than the limit of {limit}: {url}"
    E019 = "not HTML, XML or a feed ({content_type}): {url}"
    E020 = "unreadable feed or sitemap: {detail}"
    E021 = "no feed or sitemap found at {url}"
    E022 = "the fetch of this source failed ({detail}); the other sources go on"


def reason(code: str, **kwargs: object) -> str:
    return getattr(Reasons, code).format(**kwargs)


class RecoupeError(Exception):
    """An error that stops a command (bad option, unusable database); shown as ``error: ...``."""


class StoreError(RecoupeError):
    """The store cannot be opened or is of a schema this version cannot read."""


class NotFound(RecoupeError):
    """A requested object (article, entity) does not exist."""
