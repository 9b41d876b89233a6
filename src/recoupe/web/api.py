"""The REST API under ``/api/``: the JSON of the CLI's ``--json``, paged, and ingestion.

Every object is built by the same functions as the command line (``recoupe.schema``,
``reading.story_list``, the cross-check report), so an article fetched here is byte for byte the
article ``recoupe article ID --json`` prints. Lists come in an envelope
``{"items", "offset", "limit", ...}``.
"""

from __future__ import annotations

import hmac
import os
import re
import shutil
import tempfile
from typing import Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from recoupe import pipeline, reading
from recoupe.schema import article_json, article_schema, event_json, quote_json
from recoupe.store import ArticleQuery, Store, parse_search
from recoupe.timestamps import parse_timestamp
from recoupe.web.base import TOKEN_ENV, ApiError

router = APIRouter(prefix="/api")

def _id() -> Any:
    """A path id (a new parameter object each time: FastAPI binds one to one name)."""
    return Path(min_length=1, max_length=200)


class ErrorBody(BaseModel):
    code: str
    message: str


class Error(BaseModel):
    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Error, "description": "Unknown id"},
    422: {"model": Error, "description": "Invalid parameter"},
}


def _store(request: Request) -> Store:
    return request.app.state.store


def _date(name: str, value: str | None) -> str | None:
    """A date filter, checked here so that a bad one is a 422 naming the parameter."""
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()) or parse_timestamp(value.strip()) is None:
        raise ApiError(422, "invalid_parameter", f"{name}: not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return value.strip()


def story_report(request: Request, story_id: str, by_group: bool = False) -> dict[str, Any]:
    """One story's cross-check report (``recoupe story ID --json``)."""
    return reading.story_report(_store(request), story_id, registry=request.app.state.registry, by_group=by_group)


# -- articles ---------------------------------------------------------------------------------
@router.get("/articles", responses=ERRORS, summary="List articles, newest first")
def list_articles(
    request: Request,
    source: str | None = Query(None, max_length=200, description="Only this outlet (case-insensitive)."),
    since: str | None = Query(None, description="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: str | None = Query(None, description="Published on or before."),
    text: str | None = Query(None, max_length=500, description="Title, lead or body contains these characters."),
    lang: str | None = Query(None, max_length=12, description="Only this language (ISO 639-1)."),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Articles matching the filters, newest first: `{"total", "offset", "limit", "items"}`, each
    item the object of `recoupe articles --json` (schema: `/api/schemas/article.json`)."""
    q = ArticleQuery(source=source, since=_date("since", since), until=_date("until", until), text=text, lang=lang,
                     limit=limit, offset=offset)
    store = _store(request)
    return {"total": store.count(q), "offset": offset, "limit": limit, "items": [article_json(a) for a in store.query(q)]}


@router.get("/articles/{article_id}", responses=ERRORS, summary="One article")
def get_article(request: Request, article_id: str = _id()) -> dict[str, Any]:
    """The object of `recoupe article ID --json`: fields, entities, quotations, dates, removed
    boilerplate and every revision."""
    return article_json(_store(request).get(article_id))


def _check_token(request: Request) -> None:
    token = request.app.state.settings.token
    if not token:
        raise ApiError(403, "read_only", f"this server is read-only: start it with {TOKEN_ENV} set to allow writing")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "unauthorized", "a bearer token is required: send 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": 'Bearer realm="recoupe"'})
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "the token is not valid",
                       headers={"WWW-Authenticate": 'Bearer realm="recoupe", error="invalid_token"'})


_UPLOAD_TYPES = {t: {"schema": {"type": "string", "format": "binary"}} for t in (
    "application/octet-stream", "text/plain", "text/html", "application/json", "application/x-ndjson", "application/gzip")}


@router.post(
    "/articles", status_code=201, summary="Ingest articles (token required)",
    responses={
        200: {"description": "Nothing new: every article was already stored"},
        201: {"description": "Articles created or revised; the ingest report"},
        401: {"model": Error, "description": "No token, or a wrong one"},
        403: {"model": Error, "description": f"The server is read-only ({TOKEN_ENV} is not set)"},
        413: {"model": Error, "description": "The body is larger than the limit"},
        422: {"description": "Every record was rejected: the report, with an `error`"},
    },
    openapi_extra={"requestBody": {"required": True, "content": _UPLOAD_TYPES}},
)
async def post_articles(
    request: Request,
    source: str | None = Query(None, max_length=200, description="The outlet, for inputs that do not name one (`--source`)."),
    name: str = Query("upload", max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
                      description="A name for the input, shown in the report and stored as its origin (`api:NAME`)."),
) -> JSONResponse:
    """The body is what `recoupe ingest` reads from a file: plain text, HTML, a JSON object or
    array, JSON Lines, optionally gzipped; the format is told from the content. The answer is
    the JSON of `recoupe ingest --json`: `{"inputs": [{"input", "created", "revised",
    "duplicates", "rejected": [{"input", "code", "reason"}]}], "totals"}`."""
    _check_token(request)
    settings = request.app.state.settings
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "bad_request", "Content-Length is not a number")
        if int(declared) > settings.max_upload:
            raise ApiError(413, "payload_too_large", f"the body is {int(declared)} bytes; the limit is {settings.max_upload}")
    tmpdir = tempfile.mkdtemp(prefix="recoupe-api-")
    try:
        path = os.path.join(tmpdir, name)
        size = 0
        with open(path, "wb") as f:
            async for chunk in request.stream():
                size += len(chunk)
                if size > settings.max_upload:
                    raise ApiError(413, "payload_too_large", f"the body is larger than the limit of {settings.max_upload} bytes")
                f.write(chunk)
        report = await run_in_threadpool(_ingest, request, path, tmpdir + os.sep, source)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    totals = report["totals"]
    if totals["created"] + totals["revised"]:
        return JSONResponse(report, status_code=201)
    if totals["rejected"] and not totals["duplicates"]:
        first = report["inputs"][0]["rejected"][0] if report["inputs"] and report["inputs"][0]["rejected"] else None
        message = f"{first['input']}: {first['reason']} [{first['code']}]" if first else "every record was rejected"
        return JSONResponse({"error": {"code": "rejected", "message": message}, **report}, status_code=422)
    return JSONResponse(report, status_code=200)


def _ingest(request: Request, path: str, prefix: str, source: str | None) -> dict[str, Any]:
    settings = request.app.state.settings
    store = _store(request)
    with settings.ingest_lock:  # one ingest at a time: one model, one writer
        if settings.enricher is None:
            from recoupe.enrich.nlp import Enricher

            settings.enricher = Enricher(workers=1)
        report = pipeline.ingest([path], store, source=source, enricher=settings.enricher, workers=1)
        store.relabel_origins(prefix, "api:")
    data = report.to_json()

    def label(text: str) -> str:
        return "api:" + text[len(prefix):] if text.startswith(prefix) else text

    for entry in data["inputs"]:
        entry["input"] = label(entry["input"])
        for r in entry["rejected"]:
            r["input"] = label(r["input"])
    return data


# -- stories ----------------------------------------------------------------------------------
@router.get("/stories", responses=ERRORS, summary="List stories")
def list_stories(
    request: Request,
    since: str | None = Query(None, description="Stories active on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
    order: Literal["active", "coverage"] = Query(
        "active", description="`active`: most recently active first (as the CLI); `coverage`: by day of last "
        "activity, and within a day the stories most outlets covered first (as the home page)."),
    by_group: bool = Query(False, description="Outlets of one owner group count as one independent source."),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """`{"total", "offset", "limit", "items"}`, each item the object of `recoupe stories --json`."""
    store = _store(request)
    since = _date("since", since)
    items = reading.story_list(store, since=since, limit=limit, offset=offset, order=order,
                             registry=request.app.state.registry, by_group=by_group)
    return {"total": store.story_count(since=since), "offset": offset, "limit": limit, "items": items}


@router.get("/stories/{story_id}", responses=ERRORS, summary="One story's cross-check report")
def get_story(request: Request, story_id: str = _id(), by_group: bool = Query(False)) -> dict[str, Any]:
    """The story (`recoupe story ID --json`) with its cross-check report: summary, facts with
    their status and outlets, quote variants with word-level differences, timeline and coverage
    matrix. An id of a story merged into another answers that one."""
    return story_report(request, story_id, by_group)


# -- quotes, timeline -------------------------------------------------------------------------
def _page(items: list[Any], offset: int, limit: int) -> dict[str, Any]:
    more = len(items) > limit
    return {"offset": offset, "limit": limit, "next": offset + limit if more else None, "items": items[:limit]}


@router.get("/quotes", responses=ERRORS, summary="Quotations across the store")
def list_quotes(
    request: Request,
    speaker: str | None = Query(None, max_length=200, description="A name, an alias, a last name or an entity id."),
    source: str | None = Query(None, max_length=200, description="Only this outlet."),
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """`{"offset", "limit", "next", "items"}`, each item the object of `recoupe quotes --json`;
    `next` is the offset of the next page, or null."""
    items = [quote_json(i) for i in _store(request).quotations(speaker=speaker, source=source, limit=limit + 1, offset=offset)]
    return _page(items, offset, limit)


@router.get("/timeline", responses=ERRORS, summary="Dated events in date order")
def list_timeline(
    request: Request,
    entity: str | None = Query(None, max_length=200, description="Only events naming this entity (a name, an alias or an id)."),
    since: str | None = Query(None, description="Events on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: str | None = Query(None, description="Events on or before."),
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """`{"offset", "limit", "next", "items"}`, each item the object of `recoupe timeline --json`."""
    items = [event_json(i) for i in _store(request).timeline(
        entity=entity, since=_date("since", since), until=_date("until", until), limit=limit + 1, offset=offset)]
    return _page(items, offset, limit)


# -- search, entities, misc -------------------------------------------------------------------
@router.get("/search", responses=ERRORS, summary="Full-text search (French stemming)")
def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, description='Words (all required), "a phrase" in quotes.'),
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    """Articles holding every word of `q` (stemmed: `grève` finds `grèves`; accents folded), best
    first: `{"query", "total", "offset", "limit", "items": [{"id", "source", "title", "lead",
    "published", "story_id", "score", "snippet": {"text", "highlights": [[start, end]]}}]}`."""
    if not parse_search(q):
        raise ApiError(422, "invalid_parameter", "q: no word to search for")
    found = _store(request).search(q, limit=limit, offset=offset)
    return {"query": q, "total": found["total"], "offset": offset, "limit": limit, "items": found["hits"]}


def entity_json(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    out["quotes"] = [{**quote_json(i), "story_id": i["story_id"]} for i in data["quotes"]]
    return out


@router.get("/entities/{entity_id}", responses=ERRORS, summary="One entity: names, roles, stories, quotations")
def get_entity(request: Request, entity_id: str = _id()) -> dict[str, Any]:
    """`{"id", "name", "type", "aliases", "roles", "article_count", "articles": [{"id", "source",
    "title", "published", "story_id"}], "stories": [story as in /api/stories], "quotes": [quotation
    as in /api/quotes, with its "story_id"]}`."""
    return entity_json(reading.entity(_store(request), entity_id, registry=request.app.state.registry))


@router.get("/stats", summary="What the store holds")
def stats(request: Request) -> dict[str, Any]:
    """The object of `recoupe stats --json`."""
    return _store(request).stats()


@router.get("/sources", summary="The followed sources and their health")
def list_sources(request: Request) -> dict[str, Any]:
    """The objects of `recoupe sources --json`: last fetch, last success, last new item, items per
    day over 7 and 30 days, consecutive failures, last error, flags (silent, failing, robots)."""
    items = reading.source_health(_store(request))
    return {"items": items, "total": len(items), "flagged": sum(1 for i in items if i["flags"])}


@router.get("/schemas/article.json", summary="The JSON Schema of an article")
def schema() -> dict[str, Any]:
    return article_schema()
