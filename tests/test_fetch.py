"""Following sources over real HTTP: servers on 127.0.0.1, the pipeline in this process."""

from __future__ import annotations

import time

import pytest
from feedserver import start, stop

from recoupe import pipeline, reading
from recoupe.errors import RecoupeError
from recoupe.ingest.polite import Policy

VOL = "levigilant-breval-musee-vauquelin-vol.html"
GREVE = "echo-des-plaines-greve-ter.html"
FAST = Policy(delay=0.0, timeout=2.0, retries=1, backoff=0.01)


@pytest.fixture
def server():
    s = start()
    yield s
    stop(s)


def _fetch(store, enricher, **kw):
    return pipeline.fetch(store, enricher=enricher, policy=kw.pop("policy", FAST), **kw)


def _follow(store, server, path="/rss.xml", **kw):
    return pipeline.add_source(store, server.url(path), allow_private=True, policy=FAST, **kw)


def test_first_fetch_stores_each_page_through_the_pipeline(store, enricher, server):
    server.feed("/rss.xml", [{"title": "Vol au musée", "path": "/vol?utm_source=rss&id=3"}, {"title": "Grève", "path": "/greve"}])
    server.page("/vol?id=3", VOL)  # the page is fetched at its canonical URL
    server.page("/greve", GREVE)
    row = _follow(store, server, outlet="Le Vigilant")
    assert row["kind"] == "feed" and row["name"] == "Le Vigilant"
    report = _fetch(store, enricher)
    assert report.totals()["created"] == 2 and not report.rejected
    urls = {a.url for a in store.query()}
    assert urls == {server.url("/vol?id=3"), server.url("/greve")}  # utm_* gone before storing
    assert all(a.body for a in store.query())  # pages, not headlines
    assert store.story_count() >= 1
    ua = server.hits("/greve")[0]["User-Agent"]
    assert ua.startswith("recoupe/") and "+http" in ua
    health = reading.source_health(store)[0]
    assert health["last_new"] and health["last_success"] and health["consecutive_failures"] == 0
    assert health["items_per_day_7"] == pytest.approx(2 / 7, abs=0.01)


def test_second_fetch_stores_nothing_twice_and_sends_conditional_headers(store, enricher, server):
    server.routes["/rss.xml"] = lambda h: (200, {"Content-Type": "application/rss+xml", "Last-Modified": "Thu, 03 Dec 2026 08:00:00 GMT"},
                                           _rss(server, [("Vol", "/vol?utm_medium=x")]))
    server.page("/vol", VOL)
    _follow(store, server)
    assert _fetch(store, enricher).totals()["created"] == 1
    second = _fetch(store, enricher)
    assert second.totals()["created"] == 0 and second.sources[0].items == 0
    assert server.hits("/rss.xml")[-1]["If-Modified-Since"] == "Thu, 03 Dec 2026 08:00:00 GMT"
    assert len(server.hits("/vol")) == 1  # the page is not fetched again
    assert store.count() == 1


def test_not_modified(store, enricher, server):
    server.feed("/rss.xml", [{"title": "Vol", "path": "/vol"}], etag='"v1"')
    server.page("/vol", VOL)
    _follow(store, server)
    _fetch(store, enricher)
    again = _fetch(store, enricher)
    assert again.sources[0].unchanged and not again.rejected
    assert server.hits("/rss.xml")[-1]["If-None-Match"] == '"v1"'
    assert reading.source_health(store)[0]["consecutive_failures"] == 0


def test_429_with_retry_after_is_obeyed(store, enricher, server):
    calls = []

    def busy(handler):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"slow down"
        return 200, {"Content-Type": "application/rss+xml"}, _rss(server, [("Vol", "/vol")])

    server.routes["/rss.xml"] = busy
    server.page("/vol", VOL)
    store.add_source(name="v", url=server.url("/rss.xml"), kind="feed", outlet=None, allow_private=True)
    report = _fetch(store, enricher)
    assert report.totals()["created"] == 1
    assert calls[1] - calls[0] >= 0.95


def test_retry_after_longer_than_allowed_gives_up_with_one_line(store, enricher, server):
    server.routes["/rss.xml"] = (503, {"Retry-After": "3600"}, b"")
    store.add_source(name="v", url=server.url("/rss.xml"), kind="feed", outlet=None, allow_private=True)
    report = _fetch(store, enricher)
    assert [r.code for r in report.rejected] == ["E016"]
    assert "HTTP 503" in report.rejected[0].line() and report.rejected[0].line().startswith("v (")
    health = reading.source_health(store)[0]
    assert health["consecutive_failures"] == 1 and "503" in health["last_error"]


def test_robots_disallow_keeps_the_page_and_says_so(store, enricher, server):
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: recoupe\nDisallow: /prive/\n")
    server.feed("/rss.xml", [{"title": "Vol au musée de Bréval", "path": "/prive/vol", "summary": "Un tableau volé."},
                             {"title": "Grève", "path": "/greve"}])
    server.page("/prive/vol", VOL)
    server.page("/greve", GREVE)
    _follow(store, server)
    report = _fetch(store, enricher)
    assert not server.hits("/prive/vol")
    assert report.sources[0].blocked == 1 and [r.code for r in report.rejected] == ["E017"]
    headline = next(a for a in store.query() if a.url.endswith("/prive/vol"))
    assert headline.title == "Vol au musée de Bréval" and not headline.body
    health = reading.source_health(store)[0]
    assert health["robots_blocked"] == 1 and "robots" in health["flags"]


def test_robots_disallowing_the_feed(store, enricher, server):
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /\n")
    server.feed("/rss.xml", [{"title": "Vol", "path": "/vol"}])
    with pytest.raises(RecoupeError, match="robots.txt"):
        _follow(store, server)
    assert not server.hits("/rss.xml")


def test_redirect_to_a_private_address_is_refused(store, enricher, server):
    """The feed's host passes the check (a resolver that says 127.0.0.1 is public, as a DNS
    name of a public host would); it redirects to ``localhost``, which the real resolver gives
    as loopback: the redirect is checked and refused, nothing is fetched there or stored."""
    from recoupe.ingest.polite import resolve

    def resolver(host):
        return ["93.184.216.34"] if host == "127.0.0.1" else resolve(host)

    port = server.httpd.server_port
    server.routes["/rss.xml"] = (302, {"Location": f"http://localhost:{port}/elsewhere.xml"}, b"")
    server.feed("/elsewhere.xml", [{"title": "Vol", "path": "/vol"}])
    store.add_source(name="redirige", url=server.url("/rss.xml"), kind="feed", outlet=None, allow_private=False)
    report = _fetch(store, enricher, policy=Policy(delay=0, timeout=2, retries=0, resolver=resolver))
    assert [r.code for r in report.rejected] == ["E014"]
    assert "localhost resolves to" in report.rejected[0].reason and "loopback" in report.rejected[0].reason
    assert server.hits("/rss.xml") and not server.hits("/elsewhere.xml") and store.count() == 0


def test_address_kinds():
    from recoupe.ingest.polite import address_kind

    assert address_kind("127.0.0.1") == "loopback" and address_kind("::1") == "loopback"
    assert address_kind("10.1.2.3") == "private" and address_kind("192.168.0.1") == "private"
    assert address_kind("169.254.169.254") == "link-local" and address_kind("224.0.0.1") == "multicast"
    assert address_kind("::ffff:127.0.0.1") == "loopback" and address_kind("0.0.0.0") == "unspecified"
    assert address_kind("93.184.216.34") is None


def test_every_redirect_is_checked(server):
    from recoupe.ingest.polite import Client, FetchError

    server.routes["/a"] = (302, {"Location": "/b"}, b"")
    server.routes["/b"] = (302, {"Location": "/a"}, b"")
    with Client(Policy(delay=0, retries=0, max_redirects=3, allow_private=True)) as client:
        with pytest.raises(FetchError, match="more than 3 redirects"):
            client.get(server.url("/a"))
    server.routes["/c"] = (302, {"Location": "file:///etc/passwd"}, b"")
    with Client(Policy(delay=0, retries=0, allow_private=True)) as client:
        with pytest.raises(FetchError, match="only http and https"):
            client.get(server.url("/c"))


def test_page_over_the_size_cap_is_stored_headline_only(store, enricher, server):
    server.feed("/rss.xml", [{"title": "Une page énorme", "path": "/big"}, {"title": "Grève", "path": "/greve"}])
    server.routes["/big"] = (200, {"Content-Type": "text/html"}, b"<html><body>" + b"<p>bla bla</p>" * 20000 + b"</body></html>")
    server.page("/greve", GREVE)
    _follow(store, server)
    report = _fetch(store, enricher, policy=Policy(delay=0, timeout=2, retries=0, max_bytes=100_000))
    assert [r.code for r in report.rejected] == ["E018"]
    assert report.totals()["created"] == 2 and report.sources[0].headline_only == 1
    assert len(server.hits("/big")) == 1


def test_wrong_content_type_is_not_read(server):
    from recoupe.ingest.polite import Client, FetchError

    server.routes["/img"] = (200, {"Content-Type": "image/png"}, b"\x89PNG....")
    with Client(Policy(delay=0, retries=0, allow_private=True)) as client, pytest.raises(FetchError) as e:
        client.get(server.url("/img"))
    assert e.value.code == "E019"
    server.routes["/svg"] = (200, {"Content-Type": "image/svg+xml"}, b"<svg/>")  # XML, but no feed nor page
    with Client(Policy(delay=0, retries=0, allow_private=True)) as client, pytest.raises(FetchError) as e:
        client.get(server.url("/svg"))
    assert e.value.code == "E019"


def test_a_redirect_with_nowhere_to_go_is_an_error(server):
    from recoupe.ingest.polite import Client, FetchError

    server.routes["/choice"] = (300, {"Content-Type": "text/html"}, b"<p>choose</p>")
    server.routes["/moved"] = (302, {"Content-Type": "text/html"}, b"")  # no Location
    with Client(Policy(delay=0, retries=0, allow_private=True)) as client:
        for path in ("/choice", "/moved"):
            with pytest.raises(FetchError) as e:
                client.get(server.url(path))
            assert e.value.code == "E016" and e.value.status in (300, 302)


def test_malformed_feed_gets_one_line_and_the_rest_goes_on(store, enricher, server):
    server.routes["/bad.xml"] = (200, {"Content-Type": "application/xml"}, b"<rss><channel><item><title>oops</ti")
    server.feed("/rss.xml", [{"title": "Grève", "path": "/greve"}])
    server.page("/greve", GREVE)
    store.add_source(name="cassé", url=server.url("/bad.xml"), kind="feed", outlet=None, allow_private=True)
    _follow(store, server)
    report = _fetch(store, enricher)
    assert [r.code for r in report.rejected] == ["E020"]
    assert report.rejected[0].line().startswith("cassé (")
    assert report.totals()["created"] == 1


def test_feed_in_iso_8859_1(store, enricher, server):
    server.feed("/rss.xml", [{"title": "Grève à l'Écho, déjà", "path": "/greve", "summary": "Émoi"}], encoding="iso-8859-1")
    server.routes["/greve"] = (404, {}, b"")
    _follow(store, server)
    _fetch(store, enricher)
    (a,) = store.query()
    assert a.title == "Grève à l'Écho, déjà" and a.lead == "Émoi"


def test_a_page_that_never_answers_times_out(store, enricher, server):
    server.feed("/rss.xml", [{"title": "Lent", "path": "/slow"}, {"title": "Grève", "path": "/greve"}])
    server.routes["/slow"] = (-3, {}, b"")  # sleeps 3 s without answering
    server.page("/greve", GREVE)
    _follow(store, server)
    t = time.monotonic()
    report = _fetch(store, enricher, policy=Policy(delay=0, timeout=0.3, retries=0))
    assert time.monotonic() - t < 3
    assert [r.code for r in report.rejected] == ["E015"] and "timed out" in report.rejected[0].reason
    assert report.totals()["created"] == 2 and report.sources[0].headline_only == 1


def test_items_without_a_page_and_pages_that_come_later(store, enricher, server):
    server.feed("/rss.xml", [{"title": "Brève sans lien", "guid": "x1"}, {"title": "Vol au musée", "path": "/vol", "summary": "Un vol."}])
    server.routes["/vol"] = (404, {"Content-Type": "text/plain"}, b"")
    _follow(store, server)
    first = _fetch(store, enricher)
    assert first.sources[0].headline_only == 1 and [r.code for r in first.rejected] == ["E016"]
    (a,) = store.query()
    assert a.title == "Vol au musée" and not a.body
    assert reading.source_health(store)[0]["headline_only"] == 1
    server.page("/vol", VOL)  # the page appears: the next fetch replaces the headline
    second = _fetch(store, enricher)
    assert second.sources[0].revised == [a.id] and not second.rejected
    (b,) = store.query()
    assert b.id == a.id and b.body and b.revision == 2


def test_without_allow_private_a_local_feed_is_refused_and_nothing_stored(store, enricher, server):
    server.feed("/rss.xml", [{"title": "Vol", "path": "/vol"}])
    server.page("/vol", VOL)
    with pytest.raises(RecoupeError) as e:
        pipeline.add_source(store, server.url("/rss.xml"), policy=FAST)
    assert "127.0.0.1" in str(e.value) and "loopback" in str(e.value) and "[E014]" in str(e.value)
    store.add_source(name="local", url=server.url("/rss.xml"), kind="feed", outlet=None, allow_private=False)
    report = _fetch(store, enricher)
    assert [r.code for r in report.rejected] == ["E014"]
    assert store.count() == 0 and not server.requests


def test_home_page_feeds_are_discovered(store, server):
    server.routes["/"] = (200, {"Content-Type": "text/html"},
                          '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>x</body></html>'.encode())
    server.feed("/rss.xml", [{"title": "Vol", "path": "/vol"}], title="L'Écho des Plaines")
    row = _follow(store, server, path="/")
    assert row["url"] == server.url("/rss.xml") and row["name"] == "L'Écho des Plaines"


def test_news_sitemap_index(store, enricher, server):
    server.routes["/sitemap.xml"] = (200, {"Content-Type": "application/xml"}, (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{server.url('/news.xml')}</loc><lastmod>2026-12-03</lastmod></sitemap></sitemapindex>").encode())
    server.routes["/news.xml"] = (200, {"Content-Type": "application/xml"}, (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{server.url('/greve')}</loc><news:news><news:title>Grève des TER</news:title>"
        "<news:publication_date>2026-12-03T08:00:00+01:00</news:publication_date></news:news></url></urlset>").encode())
    server.page("/greve", GREVE)
    row = _follow(store, server, path="/sitemap.xml", name="echo")
    assert row["kind"] == "sitemap"
    assert _fetch(store, enricher).totals()["created"] == 1
    (a,) = store.query()
    assert a.url == server.url("/greve") and a.body
    store.add_source(name="from opml", url=server.url("/news.xml"), kind="feed", outlet=None, allow_private=True)
    _fetch(store, enricher, source="from opml")
    assert store.source("from opml")["kind"] == "sitemap"  # told from the content at the first fetch


def test_hostile_feed_stores_nothing_harmful(store, enricher, server):
    bomb = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True))
            + ']><rss version="2.0"><channel><title>&i;</title>'
            '<item><title>&lt;script&gt;alert(1)&lt;/script&gt;Titre &lt;b&gt;gras&lt;/b&gt;</title>'
            f"<link>{server.url('/x')}</link><description>{'très long ' * 50000}</description></item>"
            "</channel></rss>")
    server.routes["/rss.xml"] = (200, {"Content-Type": "application/rss+xml"}, bomb.encode())
    server.routes["/x"] = (404, {}, b"")
    store.add_source(name="hostile", url=server.url("/rss.xml"), kind="feed", outlet=None, allow_private=True)
    report = _fetch(store, enricher)  # nothing crashes
    assert [a.title for a in store.query()] == ["Titre gras"]
    for a in store.query():
        assert "<" not in (a.title or "") and "<script" not in (a.lead or "") and "alert" not in (a.title or "")
        assert len(a.lead or "") <= 2000
    assert len(report.sources) == 1


def test_opml_round_trip(store, tmp_path):
    from recoupe.ingest.opml import read_opml

    data = (tmp_path.parent / "x.opml")
    data.write_text('<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="Le Vigilant">'
                    '<outline text="Une" xmlUrl="https://levigilant.example/rss.xml?utm_source=opml"/></outline>'
                    '<outline text="mauvais" xmlUrl="ftp://x/y"/></body></opml>', "utf-8")
    added, rejected = pipeline.import_sources(store, data.read_bytes(), origin="x.opml")
    assert added == ["Une"] and len(rejected) == 1 and "only http" in rejected[0].line()
    assert store.source("Une")["outlet"] == "Le Vigilant" and store.source("Une")["url"] == "https://levigilant.example/rss.xml"
    assert [o.url for o in read_opml(pipeline.export_sources(store).encode())] == ["https://levigilant.example/rss.xml"]
    store.remove_source("Une")
    assert store.sources() == []


def test_the_example_opml_lists_the_example_outlets(store):
    from conftest import EXAMPLES

    from recoupe.ingest.opml import read_opml

    outlines = read_opml((EXAMPLES / "outlets.opml").read_bytes())
    assert len(outlines) >= 5 and all(".example/" in o.url for o in outlines)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # the app opens the SQLite file by its path
def test_sources_on_the_web(store, tmp_path, enricher, server):
    from fastapi.testclient import TestClient

    from recoupe.web.app import create_app

    server.routes["/rss.xml"] = (500, {}, b"")
    store.add_source(name="<b>panne</b>", url=server.url("/rss.xml"), kind="feed", outlet=None, allow_private=True)
    for _ in range(3):
        _fetch(store, enricher, policy=Policy(delay=0, retries=0))
    client = TestClient(create_app(str(tmp_path / "test.db")))
    api = client.get("/api/sources").json()
    assert api["total"] == 1 and api["flagged"] == 1 and api["items"][0]["flags"] == ["failing"]
    page = client.get("/sources")
    assert page.status_code == 200 and "en échec" in page.text and "&lt;b&gt;panne" in page.text


def _rss(server, items):
    entries = "".join(f"<item><title>{t}</title><link>{server.url(p)}</link><guid>{p}</guid></item>" for t, p in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{entries}</channel></rss>'.encode()


def test_a_fetch_stopped_between_pages_keeps_the_old_validators(store, enricher, server):
    """Items not reached before a stop are new next time: the feed is asked for again in full,
    not with the validators of the listing that held them."""
    import threading

    server.feed("/rss.xml", [{"title": "Vol au musée", "path": "/vol"}, {"title": "Grève", "path": "/greve"}], etag='"v1"')
    server.page("/vol", VOL)
    server.page("/greve", GREVE)
    _follow(store, server)
    stop_after_one = threading.Event()
    _fetch(store, enricher, stop=stop_after_one, progress=lambda n: stop_after_one.set())
    assert store.count() == 1
    report = _fetch(store, enricher)
    assert "If-None-Match" not in server.hits("/rss.xml")[-1]
    assert report.totals()["created"] == 1 and store.count() == 2


def test_a_headline_that_gets_its_page_shares_a_copy_group_with_a_reprint(store, enricher, server):
    """Copies are found from the text: once a headline-only item gets its page, a reprint of that
    page under another address is its copy (counted once), not an independent source."""
    server.feed("/rss.xml", [{"title": "Vol au musée", "path": "/vol"}])
    server.routes["/vol"] = (404, {"Content-Type": "text/plain"}, b"")
    _follow(store, server)
    _fetch(store, enricher)
    (original,) = store.query()
    assert not original.body
    server.page("/vol", VOL)
    server.page("/reprise", VOL)  # the same text, reprinted at another address
    server.feed("/rss.xml", [{"title": "Vol au musée", "path": "/vol"}, {"title": "Vol au musée (reprise)", "path": "/reprise"}])
    _fetch(store, enricher)
    reprint = next(a for a in store.query() if a.id != original.id)
    copy_of = {m["id"]: m["copy_of"] for a in (original, reprint)
               for m in reading.story(store, store.get(a.id).story_id)["members"]}
    # one copy group: the reprint came first in this fetch (new items before retried pages)
    assert copy_of[original.id] == reprint.id or copy_of[reprint.id] == original.id
