"""A real HTTP server on 127.0.0.1 for the fetching tests: routes of status, headers and body,
every request recorded."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
Route = tuple[int, dict[str, str], bytes] | Callable[[Any], tuple[int, dict[str, str], bytes]]


@dataclass
class Server:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    httpd: Any = None
    host: str = "127.0.0.1"

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.httpd.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.requests if p == path]

    def feed(self, path: str, items: list[dict[str, str]], *, etag: str | None = None, encoding: str = "utf-8",
             title: str = "Le Vigilant") -> None:
        self.routes[path] = rss(self, items, etag=etag, encoding=encoding, title=title)

    def page(self, path: str, name: str) -> None:
        self.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"}, (EXAMPLES / "html" / name).read_bytes())


def rss(server: Server, items: list[dict[str, str]], *, etag: str | None = None, encoding: str = "utf-8",
        title: str = "Le Vigilant") -> Route:
    entries = "".join(
        f"<item><title>{i['title']}</title>" + (f"<link>{server.url(i['path'])}</link>" if i.get("path") else "")
        + f"<guid isPermaLink=\"false\">{i.get('guid', i.get('path', i['title']))}</guid>"
        + f"<description>{i.get('summary', '')}</description>"
        + "<pubDate>Thu, 03 Dec 2026 08:00:00 +0100</pubDate></item>"
        for i in items
    )
    body = (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{server.base}/</link>{entries}</channel></rss>").encode(encoding, "xmlcharrefreplace")

    def serve(handler: Any) -> tuple[int, dict[str, str], bytes]:
        if etag and handler.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        headers = {"Content-Type": f"application/rss+xml; charset={encoding}"}
        if etag:
            headers["ETag"] = etag
        return 200, headers, body

    return serve


def start(host: str = "127.0.0.1") -> Server:
    server = Server(host=host)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            server.requests.append((self.path, {k: v for k, v in self.headers.items()}))
            route = server.routes.get(self.path)
            if route is None:
                status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
            elif callable(route):
                status, headers, body = route(self)
            else:
                status, headers, body = route
            if status < 0:  # never answer (until the client gives up)
                time.sleep(-status)
                return
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server.httpd = ThreadingHTTPServer((host, 0), Handler)
    server.httpd.daemon_threads = True
    threading.Thread(target=server.httpd.serve_forever, daemon=True).start()
    return server


def stop(server: Server) -> None:
    server.httpd.shutdown()
    server.httpd.server_close()
