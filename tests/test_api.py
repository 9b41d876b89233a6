"""The REST API and the pages through FastAPI's test client, over real SQLite stores: the example
corpus (read) and fresh stores (ingest, token, limits, search index kept in step)."""

from __future__ import annotations

import gzip
import json
import sqlite3
from typing import get_args

import pytest
from conftest import EXAMPLES
from fastapi.testclient import TestClient

from recoupe.crosscheck.types import Status
from recoupe.reading import story_list, story_report
from recoupe.schema import article_json
from recoupe.store import SCHEMA_VERSION, Store
from recoupe.stories.outlets import Registry
from recoupe.web import create_app

TOKEN = "correct horse battery staple"
STATUSES = set(get_args(Status))


def article_text(url: str, title: str, body: str, source: str = "Le Phare", updated: str | None = None) -> bytes:
    head = f"---\nsource: {source}\nurl: {url}\n" + (f"updated: {updated}\n" if updated else "") + "---\n"
    return f"{head}{title}\n\nPar Ana Lima\n4 mars 2026 10:00\n\n{body}".encode()


@pytest.fixture(scope="module")
def client(example_store):
    with TestClient(create_app(example_store, outlets=str(EXAMPLES / "outlets.toml"), token=None)) as c:
        yield c


@pytest.fixture(scope="module")
def examples(example_store):
    with Store(example_store) as s:
        yield s


@pytest.fixture
def writer(db_url, enricher):
    """An app over a fresh store that accepts writes with TOKEN, and the store itself."""
    app = create_app(db_url, token=TOKEN, max_upload=64 * 1024, enricher=enricher)
    with TestClient(app) as c:
        yield c, app.state.store


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_error(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["error"]["code"] == code and body["error"]["message"]
    return body


# -- articles ---------------------------------------------------------------------------------
def test_articles_are_the_cli_json_paged(client, examples):
    r = client.get("/api/articles", params={"limit": 5})
    assert r.status_code == 200
    data = r.json()
    assert data["total"] == examples.count() >= 30 and data["offset"] == 0 and data["limit"] == 5
    assert len(data["items"]) == 5
    first = data["items"][0]
    assert first == json.loads(json.dumps(article_json(next(iter(examples.query())))))
    page2 = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()["items"]
    both = client.get("/api/articles", params={"limit": 10}).json()["items"]
    assert [a["id"] for a in data["items"] + page2] == [a["id"] for a in both]


def test_article_filters(client):
    by_source = client.get("/api/articles", params={"source": "le vigilant", "limit": 500}).json()
    assert by_source["total"] >= 5 and {a["source"] for a in by_source["items"]} == {"Le Vigilant"}
    march = client.get("/api/articles", params={"since": "2026-03-10", "until": "2026-03-12", "limit": 500}).json()
    everything = client.get("/api/articles").json()["total"]
    assert 0 < march["total"] < everything
    for a in march["items"]:  # a date known to the day falls in the range; a coarser one overlaps it
        value = a["published"]["value"]
        assert "2026-03-10" <= value[:10] <= "2026-03-12" if len(value) >= 10 else "2026-03".startswith(value)
    text = client.get("/api/articles", params={"text": "Chimialp"}).json()
    assert text["total"] >= 4 and all("chimialp" in (a["title"] + (a["lead"] or "") + a["body"]).lower() for a in text["items"])


def test_one_article_and_unknown_ids(client, examples):
    aid = next(iter(examples.query())).id
    r = client.get(f"/api/articles/{aid}")
    assert r.status_code == 200 and r.json() == json.loads(json.dumps(article_json(examples.get(aid))))
    body = assert_error(client.get("/api/articles/nope-404"), 404, "not_found")
    assert "nope-404" in body["error"]["message"]
    assert_error(client.get("/api/no-such-endpoint"), 404, "not_found")


@pytest.mark.parametrize("params, name", [
    ({"since": "hier"}, "since"), ({"until": "2026-13-45"}, "until"), ({"limit": 0}, "limit"),
    ({"limit": "beaucoup"}, "limit"), ({"offset": -1}, "offset"), ({"limit": 501}, "limit"),
])
def test_bad_article_parameters_are_422_naming_the_parameter(client, params, name):
    body = assert_error(client.get("/api/articles", params=params), 422, "invalid_parameter")
    assert name in body["error"]["message"]


def test_wrong_method_is_405_json(client):
    assert_error(client.delete("/api/articles"), 405, "method_not_allowed")


# -- stories ----------------------------------------------------------------------------------
def test_story_list_paged_with_independent_sources(client, examples):
    data = client.get("/api/stories").json()
    assert data["total"] == examples.story_count() == len(data["items"]) >= 7
    cli = story_list(examples, registry=Registry.load(EXAMPLES / "outlets.toml"))
    assert data["items"] == json.loads(json.dumps(cli))
    page = client.get("/api/stories", params={"limit": 2, "offset": 2}).json()["items"]
    assert [s["id"] for s in page] == [s["id"] for s in data["items"][2:4]]
    covered = client.get("/api/stories", params={"order": "coverage"}).json()["items"]
    assert sorted(s["id"] for s in covered) == sorted(s["id"] for s in data["items"])
    days = [s["last_seen"][:10] for s in covered]
    assert days == sorted(days, reverse=True)
    by_group = client.get("/api/stories", params={"by_group": "true"}).json()["items"]
    ind = {s["id"]: s["independent_sources"] for s in data["items"]}
    assert all(s["independent_sources"] <= ind[s["id"]] for s in by_group)
    assert any(s["independent_sources"] < ind[s["id"]] for s in by_group)  # the example has one group with two outlets
    assert_error(client.get("/api/stories", params={"order": "random"}), 422, "invalid_parameter")


def test_story_report(client, examples):
    stories = client.get("/api/stories").json()["items"]
    sid = max(stories, key=lambda s: (s["independent_sources"], len(s["articles"])))["id"]
    r = client.get(f"/api/stories/{sid}")
    assert r.status_code == 200
    rep = r.json()
    registry = Registry.load(EXAMPLES / "outlets.toml")
    assert rep == json.loads(json.dumps(story_report(examples, sid, registry=registry)))
    assert rep["id"] == sid and len(rep["members"]) == len(rep["articles"]) >= 4
    assert rep["facts"] and {f["status"] for f in rep["facts"]} <= STATUSES
    cov = rep["coverage"]
    assert len(cov["covered"]) == len(cov["facts"]) and all(len(row) == len(cov["outlets"]) for row in cov["covered"])
    assert all(f["fact"] in {x["id"] for x in rep["facts"]} for f in rep["summary"])
    assert rep["timeline"] and all("before_story" in e for e in rep["timeline"])
    assert_error(client.get("/api/stories/st-000000000000"), 404, "not_found")


# -- quotes and timeline ----------------------------------------------------------------------
def test_quotes_paged_and_by_speaker(client, examples):
    first = client.get("/api/quotes", params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["next"] == 3
    second = client.get("/api/quotes", params={"limit": 3, "offset": 3}).json()
    both = client.get("/api/quotes", params={"limit": 6}).json()["items"]
    assert first["items"] + second["items"] == both
    halmen = client.get("/api/quotes", params={"speaker": "Halmen", "limit": 1000}).json()
    assert len(halmen["items"]) >= 5 and halmen["next"] is None
    assert {q["speaker"]["entity"] for q in halmen["items"]} == {"per-viktor-halmen"}


def test_timeline_in_date_order_with_filters(client):
    items = client.get("/api/timeline", params={"limit": 1000}).json()["items"]
    dates = [e["date"]["value"] for e in items]
    assert items and dates == sorted(dates)
    since = client.get("/api/timeline", params={"since": "2026-03", "limit": 1000}).json()["items"]
    assert since and all(e["date"]["value"] >= "2026-03" for e in since)
    paged = client.get("/api/timeline", params={"limit": 4, "offset": 2}).json()
    assert paged["items"] == items[2:6] and paged["next"] == 6
    assert_error(client.get("/api/timeline", params={"until": "demain"}), 422, "invalid_parameter")


# -- search -----------------------------------------------------------------------------------
def test_search_ranks_and_snips(client):
    data = client.get("/api/search", params={"q": "incendie Chimialp"}).json()
    assert data["total"] >= 4 and data["query"] == "incendie Chimialp"
    for hit in data["items"]:
        text = hit["snippet"]["text"]
        assert hit["snippet"]["highlights"], hit
        words = {text[s:e].lower() for s, e in hit["snippet"]["highlights"]}
        assert words & {"incendie", "chimialp", "incendies"}
    scores = [h["score"] for h in data["items"]]
    assert scores == sorted(scores, reverse=True)
    phrase = client.get("/api/search", params={"q": '"mise en demeure"'}).json()
    loose = client.get("/api/search", params={"q": "mise demeure"}).json()
    assert 1 <= phrase["total"] <= loose["total"]
    assert client.get("/api/search", params={"q": "zzyzx"}).json() == {"query": "zzyzx", "total": 0, "offset": 0, "limit": 20, "items": []}


def test_search_errors(client):
    assert_error(client.get("/api/search"), 422, "invalid_parameter")
    assert_error(client.get("/api/search", params={"q": "« » !!"}), 422, "invalid_parameter")
    assert_error(client.get("/api/search", params={"q": "x" * 501}), 422, "invalid_parameter")


def test_search_stems_folds_and_follows_revisions(writer):
    c, store = writer
    url = "https://phare.example/greve"
    r = c.post("/api/articles", content=article_text(url, "Les cheminots en grève", "La grève des conducteurs continue à Tours."), headers=auth())
    assert r.status_code == 201
    for q in ("grèves", "GREVE", "conducteur", "cheminot"):
        assert c.get("/api/search", params={"q": q}).json()["total"] == 1, q
    assert c.get("/api/search", params={"q": "Orléans"}).json()["total"] == 0
    r = c.post("/api/articles", content=article_text(url, "Fin du mouvement", "Les conducteurs reprennent le travail à Orléans.",
                                                     updated="2026-03-05T09:00"), headers=auth())
    assert r.status_code == 201 and r.json()["inputs"][0]["revised"]
    assert c.get("/api/search", params={"q": "Orléans"}).json()["total"] == 1
    assert c.get("/api/search", params={"q": "grève"}).json()["total"] == 0  # the old text left the index


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # SQLite itself: its file, its FTS5 rows
def test_migration_indexes_articles_already_stored(tmp_path, ingest, store):
    ingest(EXAMPLES / "text" / "levigilant-incendie-chimialp.txt")
    db = store.url.removeprefix("sqlite:///")
    store.close()
    con = sqlite3.connect(db)  # the store as schema version 3 left it
    con.execute("DROP TABLE article_search")
    con.execute("DELETE FROM schema_migrations WHERE version >= 4")
    con.commit()
    con.close()
    with Store(db) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.search("incendie")["total"] == 1


# -- entities, stats, schema, OpenAPI ---------------------------------------------------------
def test_entity(client):
    e = client.get("/api/entities/per-viktor-halmen").json()
    assert e["name"] == "Viktor Halmen" and e["type"] == "person"
    assert e["quotes"] and all(q["speaker"]["entity"] == "per-viktor-halmen" and q["story_id"] for q in e["quotes"])
    assert e["stories"] and e["article_count"] == len(e["articles"]) >= 2
    assert {q["story_id"] for q in e["quotes"]} <= {s["id"] for s in e["stories"]}
    assert_error(client.get("/api/entities/per-personne"), 404, "not_found")


def test_stats_schema_and_openapi(client):
    assert client.get("/api/stats").json()["articles"] >= 30
    assert client.get("/api/schemas/article.json").json()["title"] == "recoupe article"
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/stories", "/api/stories/{story_id}", "/api/quotes",
            "/api/timeline", "/api/search", "/api/entities/{entity_id}"} <= paths
    assert "post" in spec["paths"]["/api/articles"] and "401" in spec["paths"]["/api/articles"]["post"]["responses"]
    assert not any(p.startswith("/stories") for p in paths)  # pages are not API
    assert client.get("/docs").status_code == 404  # no CDN-loaded Swagger UI


def test_security_headers(client):
    for path in ("/", "/api/stories", "/static/recoupe.css", "/nope"):
        h = client.get(path).headers
        assert "default-src 'self'" in h["content-security-policy"] and "script-src 'self'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


# -- ingest: token, formats, limits -----------------------------------------------------------
def test_read_only_server_refuses_writes(client):
    body = assert_error(client.post("/api/articles", content=b"x", headers=auth()), 403, "read_only")
    assert "RECOUPE_TOKEN" in body["error"]["message"]


def test_token_is_required_and_checked(writer):
    c, store = writer
    data = article_text("https://phare.example/a", "Un titre", "Un texte assez long pour être un article.")
    r = c.post("/api/articles", content=data)
    assert_error(r, 401, "unauthorized")
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert_error(c.post("/api/articles", content=data, headers=auth("wrong")), 401, "unauthorized")
    assert_error(c.post("/api/articles", content=data, headers={"Authorization": TOKEN}), 401, "unauthorized")
    assert store.count() == 0
    r = c.post("/api/articles", content=data, headers=auth(), params={"name": "phare.txt"})
    assert r.status_code == 201
    report = r.json()
    assert report["totals"]["created"] == 1 and report["inputs"][0]["input"] == "api:phare.txt"
    aid = report["inputs"][0]["created"][0]
    assert c.get(f"/api/articles/{aid}").json()["origin"] == "api:phare.txt"
    again = c.post("/api/articles", content=data, headers=auth())
    assert again.status_code == 200 and again.json()["totals"]["duplicates"] == 1


def test_ingest_formats_and_rejections_as_in_the_cli(writer):
    c, store = writer
    lines = [
        json.dumps({"id": "j1", "url": "https://phare.example/j1", "source": "Le Phare", "title": "Premier",
                    "published": "2026-03-04", "body": "Le conseil municipal a voté le budget mardi soir."}),
        "{pas du json",
        json.dumps({"id": "j2", "url": "https://phare.example/j2", "title": "Second", "published": "2026-03-05",
                    "body": "La piscine municipale rouvrira ses portes au printemps."}),
    ]
    payload = gzip.compress(("\n".join(lines) + "\n").encode())
    r = c.post("/api/articles", content=payload, headers=auth(), params={"name": "flux.jsonl.gz", "source": "Le Relais"})
    assert r.status_code == 201
    rep = r.json()
    assert rep["totals"] == {"inputs": 1, "created": 2, "revised": 0, "duplicates": 0, "rejected": 1}
    [rej] = rep["inputs"][0]["rejected"]
    assert rej["code"] == "E005" and rej["input"] == "api:flux.jsonl.gz:2"
    assert {store.get("j1").source, store.get("j2").source} == {"Le Phare", "Le Relais"}
    html = b"<html><head><title>Page</title></head><body><nav>menu</nav></body></html>"
    bad = c.post("/api/articles", content=html, headers=auth())
    body = assert_error(bad, 422, "rejected")
    assert body["totals"]["rejected"] == 1 and body["inputs"][0]["rejected"][0]["code"] == "E007"
    assert_error(c.post("/api/articles", content=b"", headers=auth()), 422, "rejected")
    assert_error(c.post("/api/articles", content=b"x", headers=auth(), params={"name": "../etc/passwd"}), 422, "invalid_parameter")


def test_body_size_limit(writer):
    c, store = writer
    big = b"a" * (64 * 1024 + 1)
    body = assert_error(c.post("/api/articles", content=big, headers=auth()), 413, "payload_too_large")
    assert "limit" in body["error"]["message"]

    def chunks():  # no Content-Length: the limit is enforced while reading
        for _ in range(70):
            yield b"b" * 1024

    assert_error(c.post("/api/articles", content=chunks(), headers=auth()), 413, "payload_too_large")
    assert store.count() == 0


# -- pages ------------------------------------------------------------------------------------
def test_pages_render_in_french(client, examples):
    home = client.get("/")
    assert home.status_code == 200 and '<html lang="fr">' in home.text and "sources indépendantes" in home.text
    sid = story_list(examples, limit=1)[0]["id"]
    page = client.get(f"/stories/{sid}").text
    for section in ("Résumé", "Faits", "Citations", "Chronologie", "Couverture", "Les articles côte à côte"):
        assert section in page
    aid = next(iter(examples.query())).id
    art = client.get(f"/articles/{aid}").text
    assert "Éléments retirés du texte" in art and 'class="m-entity' in art
    found = client.get("/search", params={"q": "Chimialp"}).text
    assert '<mark class="hit">' in found and "articles trouvés" in found
    assert "Viktor Halmen" in client.get("/entities/per-viktor-halmen").text


def test_page_errors_are_html(client):
    r = client.get("/stories/inconnu")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "Page introuvable" in r.text
    r = client.get("/", params={"page": 0})
    assert r.status_code == 422 and "Paramètre invalide" in r.text
    r = client.get("/<script>alert(1)</script>")
    assert r.status_code == 404 and "<script>alert" not in r.text and "&lt;script&gt;" in r.text


def test_article_text_is_escaped_never_injected(writer):
    c, store = writer
    raw = json.dumps({
        "id": "xss", "url": "javascript:alert(1)", "source": "<b>Le Piège</b>", "title": "<script>alert('titre')</script> Alerte",
        "published": "2026-03-04",
        "body": "Le maire a déclaré : « <img src=x onerror=alert(2)> nous verrons ». Rien d'autre à signaler ce jour-là.",
    }).encode()
    assert c.post("/api/articles", content=raw, headers=auth()).status_code == 201
    page = c.get("/articles/xss").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<b>Le Piège</b>" not in page and 'href="javascript:' not in page
    hits = c.get("/search", params={"q": "alerte"}).text
    assert "<script>alert" not in hits and "&lt;script&gt;" in hits


def test_docs_describe_every_endpoint(client):
    from conftest import ROOT

    doc = (ROOT / "docs" / "web.md").read_text("utf-8")
    spec = client.get("/api/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method in methods:
            assert f"`{method.upper()} {path.replace('article_id', 'id').replace('story_id', 'id').replace('entity_id', 'id')}`" in doc, (method, path)
