"""The pages: server-rendered French HTML (Jinja2, autoescape on), readable without JavaScript."""

from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from recoupe import reading
from recoupe.errors import NotFound
from recoupe.store import Store, parse_search, search_words
from recoupe.web import view
from recoupe.web.api import entity_json, story_report

router = APIRouter(include_in_schema=False)

STORIES_PER_PAGE = 20
HITS_PER_PAGE = 20

_env = view.environment()


def render(request: Request, template: str, status: int = 200, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
    html = _env.get_template(template).render(request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=headers)


def error_page(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    titles = {404: "Page introuvable", 405: "Méthode non permise", 422: "Paramètre invalide"}
    title = titles.get(status, "Erreur du serveur" if status >= 500 else "Requête refusée")
    return render(request, "error.html", status=status, headers=headers, title=title, status_code=status, message=message, q="")


def _store(request: Request) -> Store:
    return request.app.state.store


def _pages(total: int, per_page: int, page: int) -> dict[str, int]:
    return {"page": page, "pages": max(1, math.ceil(total / per_page)), "total": total}


@router.get("/", response_class=HTMLResponse)
def stories_page(request: Request, page: int = Query(1, ge=1, le=100000)) -> HTMLResponse:
    store = _store(request)
    total = store.story_count()
    items = reading.story_list(store, limit=STORIES_PER_PAGE, offset=(page - 1) * STORIES_PER_PAGE, order="coverage",
                             registry=request.app.state.registry)
    return render(request, "stories.html", title="Récits", stories=items, pager=_pages(total, STORIES_PER_PAGE, page), q="")


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str = Path(min_length=1, max_length=200),
               by_group: bool = Query(False)) -> HTMLResponse:
    report = story_report(request, story_id, by_group)
    store = _store(request)
    articles = []
    for m in report.get("members", []):
        try:
            a = store.get(m["id"], with_revisions=False)
        except NotFound:
            continue
        articles.append({"member": m, "lead": a.lead, "paragraphs": view.plain_paragraphs(a.body)})
    fact_index = {f["id"]: n for n, f in enumerate(report.get("facts", []), 1)}
    return render(request, "story.html", title=report.get("title") or "Récit sans titre", story=report,
                  articles=articles, fact_index=fact_index, by_group=by_group, q="")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str = Path(min_length=1, max_length=200)) -> HTMLResponse:
    a = _store(request).get(article_id)
    return render(request, "article.html", title=a.title or "Article sans titre", a=a, marks=view.article_marks(a), q="")


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str = Path(min_length=1, max_length=200)) -> HTMLResponse:
    data = entity_json(reading.entity(_store(request), entity_id, registry=request.app.state.registry))
    titles = {s["id"]: s["title"] for s in data["stories"]}
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for q in data["quotes"]:
        groups.setdefault(q["story_id"], []).append(q)
    quoted = [{"story": sid, "title": titles.get(sid) if sid else None, "quotes": qs} for sid, qs in groups.items()]
    return render(request, "entity.html", title=data["name"], e=data, quoted=quoted, q="")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=500), page: int = Query(1, ge=1, le=100000)) -> HTMLResponse:
    q = q.strip()
    hits: list[dict[str, Any]] = []
    pager = _pages(0, HITS_PER_PAGE, page)
    if q and parse_search(q):
        found = _store(request).search(q, limit=HITS_PER_PAGE, offset=(page - 1) * HITS_PER_PAGE)
        keys = {k for p in parse_search(q) for k in p}
        for h in found["hits"]:
            title = h["title"] or ""
            hits.append({
                **h,
                "title_marks": view.highlighted(title, [(s, e) for s, e, k in search_words(title) if k in keys]),
                "snippet_marks": view.highlighted(h["snippet"]["text"], h["snippet"]["highlights"]),
            })
        pager = _pages(found["total"], HITS_PER_PAGE, page)
    title = f"Recherche : {q}" if q else "Recherche"
    return render(request, "search.html", title=title, q=q, hits=hits, pager=pager, searched=bool(q))


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request) -> HTMLResponse:
    items = reading.source_health(_store(request))
    return render(request, "sources.html", title="Sources suivies", sources=items, q="")
