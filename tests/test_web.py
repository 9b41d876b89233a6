"""End to end: a real ``recoupe serve`` on 127.0.0.1 over the example corpus, driven by headless
Chromium (Debian's package) through Playwright. Screenshots go to tests/screenshots/.

No page may log a JavaScript error or a Content-Security-Policy violation.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

from recoupe import pipeline
from recoupe.store import Store

CHROMIUM = os.environ.get("RECOUPE_CHROMIUM", "/usr/bin/chromium")
SHOTS = ROOT / "tests" / "screenshots"
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (make test installs Debian's chromium)"),
]

HOSTILE = """{"id": "piege", "url": "https://piege.example/a", "source": "Le Piège",
 "title": "<script>alert('titre')</script> Un titre piégé",
 "published": "2026-03-06",
 "body": "L'usine Chimialp a répondu : « <img src=x onerror=alert(2)> tout est sous contrôle ». Rien d'autre."}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(example_db, tmp_path_factory, enricher):
    """``recoupe serve`` (the .venv's) over a copy of the example store plus one hostile article."""
    db = tmp_path_factory.mktemp("web") / "web.db"
    shutil.copy(example_db, db)
    hostile = db.parent / "hostile.json"
    hostile.write_text(HOSTILE, "utf-8")
    with Store(str(db)) as s:
        assert pipeline.ingest([str(hostile)], s, enricher=enricher, workers=1).totals()["created"] == 1
    port = free_port()
    exe = Path(sys.executable).with_name("recoupe")
    env = {k: v for k, v in os.environ.items() if k != "RECOUPE_TOKEN"}
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
         "--outlets", str(EXAMPLES / "outlets.toml")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/api/stats", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"recoupe serve did not start: {proc.stdout.read().decode(errors='replace')}")
        time.sleep(0.2)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run"],
        )
        yield b
        b.close()


class Watched:
    """A page whose JavaScript errors, console errors (CSP violations among them) and failed
    requests are collected."""

    def __init__(self, browser, base: str, viewport: dict[str, int]) -> None:
        self.context = browser.new_context(viewport=viewport, locale="fr-FR")
        self.page = self.context.new_page()
        self.base = base
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def goto(self, path: str):
        response = self.page.goto(self.base + path)
        assert response is not None
        return response

    def shot(self, name: str, full: bool = True) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)

    def close(self) -> None:
        self.context.close()
        assert self.problems == [], self.problems
        assert self.dialogs == [], self.dialogs


@pytest.fixture(params=["desktop", "phone"])
def page(request, browser, server):
    """A page at desktop and at phone width."""
    w = Watched(browser, server, DESKTOP if request.param == "desktop" else PHONE)
    w.name = request.param
    yield w
    w.close()


@pytest.fixture
def desktop(browser, server):
    w = Watched(browser, server, DESKTOP)
    w.name = "desktop"
    yield w
    w.close()


def open_fire_story(p) -> None:
    """The example story that five outlets covered: the fire at the Chimialp plant."""
    # the plant's earlier formal notice can be a story of one outlet: the fire's is told by several
    item = p.locator(".story-item", has_text=re.compile("Chimialp|Seveso")).filter(has_text="sources indépendantes")
    item.first.locator("h2 a").click()
    p.wait_for_load_state()


def test_stories_list_then_one_story(page):
    p = page.page
    assert page.goto("/").status == 200
    items = p.locator(".story-item")
    assert items.count() >= 7
    assert "sources indépendantes" in items.first.inner_text()
    page.shot(f"stories-{page.name}")
    open_fire_story(p)
    p.wait_for_load_state()
    assert p.url.startswith(page.base + "/stories/st-")
    assert p.locator("h1").inner_text().strip()
    facts = p.locator(".fact")
    assert facts.count() >= 3
    statuses = set(p.locator(".fact .status").all_inner_texts())
    assert "corroboré".upper() in {s.upper() for s in statuses}
    assert p.locator(".fact.fact-corroborated .outlets li").count() >= 2
    assert p.locator("#citations .variant").count() >= 2
    assert p.locator("#citations mark.diff").count() >= 1  # word-level differences between outlets
    assert p.locator(".timeline .tl-item").count() >= 3
    assert p.locator("table.coverage td.no").count() >= 1  # omissions are shown
    assert p.locator(".side-by-side .column").count() >= 4
    page.shot(f"story-{page.name}")
    p.locator("#citations").screenshot(path=str(SHOTS / f"story-quotes-{page.name}.png"))
    p.locator("#chronologie").screenshot(path=str(SHOTS / f"story-timeline-{page.name}.png"))
    p.locator("#faits-contradicted, #faits-corroborated").first.screenshot(path=str(SHOTS / f"story-facts-{page.name}.png"))


def test_single_source_facts_fold_and_unfold(desktop):
    page = desktop
    p = page.page
    page.goto("/")
    open_fire_story(p)
    single = p.locator("details#faits-single-source")
    if single.count() == 0:
        pytest.skip("this story has no single-source fact")
    first = single.locator(".fact").first
    assert not first.is_visible()
    single.locator(":scope > summary").click()
    assert first.is_visible()


def test_search_then_article_then_entity(page):
    p = page.page
    page.goto("/")
    box = p.locator("#site-q")
    box.fill("grève TER")
    box.press("Enter")
    p.wait_for_load_state()
    assert "/search?q=" in p.url
    hits = p.locator(".hit-item")
    assert hits.count() >= 2
    assert p.locator(".hit-item mark.hit").count() >= 2
    page.shot(f"search-{page.name}")
    hits.first.locator("h2 a").click()
    p.wait_for_load_state()
    assert "/articles/" in p.url
    body = p.locator("#article-body")
    assert body.locator(".m-entity").count() >= 1 and body.locator(".m-date").count() >= 1
    assert p.locator(".meta").inner_text()
    page.shot(f"article-{page.name}")
    # the mark switches exist only with JavaScript, and work
    switch = p.get_by_role("checkbox", name="Entités")
    switch.uncheck()
    assert "marks-off-entity" in (body.get_attribute("class") or "")
    switch.check()
    body.locator("a.m-person, a.m-organisation, a.m-place").first.click()
    p.wait_for_load_state()
    assert "/entities/" in p.url and p.locator("h1").inner_text().strip()
    page.shot(f"entity-{page.name}")


def test_quoted_person_page(desktop):
    page = desktop
    p = page.page
    assert page.goto("/entities/per-viktor-halmen").status == 200
    assert p.locator("h1").inner_text() == "Viktor Halmen"
    assert p.locator(".quote-group").count() >= 1 and p.locator(".quote-group blockquote").count() >= 3


def test_hostile_article_shows_as_text(desktop):
    page = desktop
    p = page.page
    page.goto("/articles/piege")
    title = p.locator("h1").inner_text()
    assert "<script>alert('titre')</script>" in title
    assert "<img src=x onerror=alert(2)>" in p.locator("#article-body").inner_text()
    assert p.locator("#article-body img").count() == 0
    page.goto("/search?q=pi%C3%A9g%C3%A9")
    assert "<script>" in p.locator(".hit-item h2").first.inner_text()
    page.shot(f"hostile-{page.name}")
    # page.close() asserts that no alert() ran and no error was logged


def test_errors_are_pages_without_script_errors(desktop):
    page = desktop
    p = page.page
    assert page.goto("/stories/st-inconnu").status == 404
    assert "Page introuvable" in p.locator("h1").inner_text()
    assert p.locator("link[rel=stylesheet]").count() == 1
    # the browser reports the 404 of the page itself; nothing else may fail
    page.problems = [x for x in page.problems if "status of 404" not in x]
    assert len(page.problems) == 0


def test_an_idle_keep_alive_connection_is_still_served(server):
    """Clients keep an idle connection open about 5 s (httpx) or longer (browsers) and send their
    next request on it: a server that closes it first drops the request sent as it closes (the
    dropped connections of issue 14's load test). After 6 s idle the connection still answers."""
    import http.client
    from urllib.parse import urlsplit

    where = urlsplit(server)
    conn = http.client.HTTPConnection(where.hostname, where.port, timeout=10)
    try:
        conn.request("GET", "/api/stats")
        first = conn.getresponse()
        first.read()
        assert first.status == 200 and not first.will_close
        time.sleep(6)
        conn.request("GET", "/api/stats")  # on the same socket: http.client does not reconnect by itself
        again = conn.getresponse()
        again.read()
        assert again.status == 200
    finally:
        conn.close()
