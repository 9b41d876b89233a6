"""The FastAPI application: one app for the REST API (``/api/``) and the pages.

A thin layer: it opens the store and the outlet registry once, and every route calls the store,
the pipeline or the cross-check report and renders what they return. Errors are JSON
``{"error": {"code", "message"}}`` under ``/api/`` and a French HTML page elsewhere; every
response carries a strict Content-Security-Policy.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from recoupe import __version__
from recoupe.errors import NotFound, RecoupeError
from recoupe.ingest.sources import MB
from recoupe.store import Store
from recoupe.stories.outlets import Registry
from recoupe.web.api import router as api_router
from recoupe.web.base import DEFAULT_MAX_UPLOAD, MAX_UPLOAD_ENV, TOKEN_ENV, ApiError, Settings
from recoupe.web.pages import error_page
from recoupe.web.pages import router as pages_router

log = logging.getLogger("recoupe.web")
# Request threads (the routes are plain functions run on a thread pool): fewer than the store's
# connection pool holds (SQLAlchemy's 5 + 10 overflow), so that a burst of requests waits in
# the event loop for a thread rather than in a thread for a connection, where it times out.
REQUEST_THREADS = 12
# Seconds an idle keep-alive connection stays open. Clients keep theirs about 5 s (httpx, and
# uvicorn's default is also 5): a server that closes first, just as the client sends its next
# request on it, drops that request. Longer than any client's keeps the closing on their side.
KEEP_ALIVE = 75
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def _status_code(status: int) -> str:
    return {
        400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
        406: "not_acceptable", 413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_parameter",
    }.get(status, "error" if status < 500 else "internal")


def create_app(db: str, *, outlets: str | None = None, token: str | None = None, max_upload: int | None = None,
               enricher: Any = None) -> FastAPI:
    """The application over the store ``db``. ``token`` defaults to ``$RECOUPE_TOKEN``;
    ``max_upload`` (bytes) to ``$RECOUPE_MAX_UPLOAD_MB`` or 16 MB."""
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    if max_upload is None:
        env = os.environ.get(MAX_UPLOAD_ENV)
        try:
            max_upload = int(float(env) * MB) if env else DEFAULT_MAX_UPLOAD
        except ValueError as e:
            raise RecoupeError(f"{MAX_UPLOAD_ENV}={env!r} is not a number of megabytes") from e
    settings = Settings(db=db, outlets=outlets, token=token, max_upload=max_upload, enricher=enricher)
    registry = Registry.load(outlets)
    store = Store(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # the cross-check's language model loads while the server starts answering, so the
        # first story page does not wait for it
        from recoupe.crosscheck.statements import load_model

        anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
        threading.Thread(target=load_model, name="recoupe-model", daemon=True).start()
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="recoupe",
        version=__version__,
        description=(
            "Cross-check the news: articles, stories and their cross-check reports, quotations, "
            "timelines and full-text search. Reading is open; writing needs the bearer token "
            f"set in ${TOKEN_ENV}. Errors are `{{\"error\": {{\"code\", \"message\"}}}}`."
        ),
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: not under our CSP
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.registry = registry

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def error_response(request: Request, status: int, code: str, message: str,
                       headers: dict[str, str] | None = None, extra: dict[str, Any] | None = None) -> Response:
        if wants_json(request):
            return JSONResponse({"error": {"code": code, "message": message}, **(extra or {})}, status_code=status, headers=headers)
        return error_page(request, status, message, headers=headers)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message, exc.headers, exc.extra)

    @app.exception_handler(NotFound)
    async def on_not_found(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, "not_found", str(exc))

    @app.exception_handler(RecoupeError)
    async def on_recoupe_error(request: Request, exc: RecoupeError) -> Response:
        return error_response(request, 500, "store_error", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return error_response(request, exc.status_code, _status_code(exc.status_code), message,
                              dict(exc.headers) if exc.headers else None)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
        return error_response(request, 422, "invalid_parameter", "; ".join(parts) or "invalid request")

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return error_response(request, 500, "internal", "internal error; see the server log")


    app.include_router(api_router)
    app.include_router(pages_router)
    static = resources.files("recoupe.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, outlets: str | None = None) -> None:
    """Run the application with uvicorn until interrupted (``recoupe serve``)."""
    import uvicorn

    app = create_app(db, outlets=outlets)
    mode = "read-write (token required)" if app.state.settings.token else f"read-only (set {TOKEN_ENV} to allow writing)"
    print(f"recoupe {__version__}: http://{host}:{port}/ over {db}, {mode}", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False, server_header=False,
                timeout_keep_alive=KEEP_ALIVE, timeout_graceful_shutdown=5)
