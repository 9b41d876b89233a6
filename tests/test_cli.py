"""The command line: each command run for real, then the store reopened and checked."""

import csv
import io
import json
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import FIXTURES

from recoupe.cli import cli
from recoupe.schema import article_schema
from recoupe.store import Store


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request, tmp_path_factory):
    """A store filled once through the CLI with the fixtures (one process, model loaded once), on each backend."""
    pg = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    path = pg.url(pg.fresh("cli")) if pg else tmp_path_factory.mktemp("cli") / "cli.db"
    result = CliRunner().invoke(cli, ["ingest", str(FIXTURES), "--db", str(path), "--json", "--workers", "1"])
    assert result.exit_code == 1, result.output  # the fixtures hold rejected inputs on purpose
    return path, result


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def test_ingest_reports_per_input_and_exits_1_on_rejections(db):
    path, result = db
    report = json.loads(result.stdout)
    by_input = {i["input"]: i for i in report["inputs"]}
    feed = by_input[str(FIXTURES / "feed.jsonl")]
    assert feed["created"] == ["fx-001", "fx-002", "fx-004"]
    assert [r["code"] for r in feed["rejected"]] == ["E005", "E006"]
    assert by_input[str(FIXTURES / "no_article.html")]["rejected"][0]["code"] == "E007"
    assert report["totals"] == {"inputs": 5, "created": 6, "revised": 0, "duplicates": 0, "rejected": 3}
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("rejected:")]
    assert len(lines) == 3 and any("feed.jsonl:3: malformed JSON" in ln for ln in lines)
    with Store(str(path)) as store:
        assert store.count() == 6


def test_article_json_follows_the_schema(db):
    path, _ = db
    schema = article_schema()
    listed = json.loads(run("articles", "--json", "--db", path).stdout)
    assert len(listed) == 6
    for item in listed:
        one = json.loads(run("article", item["id"], "--json", "--db", path).stdout)
        jsonschema.validate(one, schema)
        assert one["id"] == item["id"]
    fx = json.loads(run("article", "fx-001", "--json", "--db", path).stdout)
    assert fx["published"] == {"value": "2025-03-17T18:30:00+01:00", "precision": "second"}
    assert fx["boilerplate"] == [{"kind": "related", "text": "Lire aussi : Le port de Giurgiulești, un enjeu régional"}]
    names = {e["name"]: e for e in fx["entities"]}
    assert names["Irina Caraman"]["type"] == "person"
    for e in fx["entities"]:
        for m in e["mentions"]:
            assert fx[m["field"]][m["start"]:m["end"]] == m["text"]


def test_articles_table_and_filters(db):
    path, _ = db
    table = run("articles", "--db", path, "--source", "La Voix du Périgord")
    assert table.exit_code == 0 and "Crue de la" in table.stdout and "1 of 1 articles" in table.stdout
    limited = json.loads(run("articles", "--json", "--limit", "2", "--db", path).stdout)
    assert len(limited) == 2
    bad = run("articles", "--since", "demain matin", "--db", path)
    assert bad.exit_code == 2 and "error: not a date" in bad.stderr


def test_article_view_and_unknown_id(db):
    path, _ = db
    view = run("article", "fx-001", "--db", path)
    assert view.exit_code == 0 and "Irina Caraman" in view.stdout and "boilerplate removed" in view.stdout
    missing = run("article", "nope", "--db", path)
    assert missing.exit_code == 2 and missing.stderr.strip() == "error: no article with id 'nope'"


def test_export_jsonl_and_csv(db, tmp_path):
    path, _ = db
    out = tmp_path / "all.jsonl"
    assert run("export", "--db", path, "-o", out).exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 6 and all(r["body"] is not None for r in rows)
    ids = {r["id"] for r in rows}
    csv_out = run("export", "--format", "csv", "--db", path).stdout
    table = list(csv.DictReader(io.StringIO(csv_out)))
    assert {r["id"] for r in table} == ids
    html_row = next(r for r in table if r["source"] == "La Voix du Périgord")
    assert html_row["published"] == "2026-03-04T07:15:00+01:00" and html_row["published_precision"] == "second"
    assert "Terrasson" in html_row["body"]


def test_stats(db):
    path, _ = db
    data = json.loads(run("stats", "--json", "--db", path).stdout)
    assert data["articles"] == 6 and data["schema_version"] >= 1
    assert data["boilerplate"]["donation"] == 1
    assert any(e["name"] == "Irina Caraman" for e in data["top_entities"])


def test_db_from_environment(db, monkeypatch):
    path, _ = db
    monkeypatch.setenv("RECOUPE_DB", str(path))
    assert len(json.loads(run("articles", "--json").stdout)) == 6


def test_console_script_reads_stdin_and_sets_the_source(tmp_path):
    db = tmp_path / "stdin.db"
    record = {"title": "Brève : la Vézère en décrue", "published": "2026-03-05"}
    done = subprocess.run(
        [sys.executable, "-m", "recoupe.cli", "ingest", "-", "--source", "Radio Périgord", "--db", str(db), "--json"],
        input=json.dumps(record), capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (created,) = json.loads(done.stdout)["inputs"][0]["created"]
    with Store(str(db)) as store:
        a = store.get(created)
    assert a.source == "Radio Périgord" and a.title == record["title"] and a.body == ""
    assert a.published.precision == "day"


def test_usage_errors_exit_2(tmp_path):
    assert run("ingest").exit_code == 2
    assert run("export", "--format", "xml").exit_code == 2


def test_quotes_command_lists_quotations_with_speakers(db):
    path, _ = db
    items = json.loads(run("quotes", "--json", "--db", path).stdout)
    (q,) = [q for q in items if q["text"].startswith("Je sors d’un échange long")]
    assert q["speaker"]["name"] == "Irina Caraman" and q["kind"] == "direct"
    assert q["cue"] == "a déclaré" and q["channel"] == "sur X"
    assert q["speaker"]["entity"] == "per-irina-caraman" and q["source"] == "Le Phare de l’Est"
    only = json.loads(run("quotes", "--json", "--speaker", "Caraman", "--db", path).stdout)
    assert only and all(x["speaker"]["entity"] == "per-irina-caraman" or "Caraman" in (x["speaker"]["name"] or "") for x in only)
    table = run("quotes", "--db", path)
    assert table.exit_code == 0 and "Irina Caraman" in table.stdout


def test_timeline_command_orders_dated_events(db):
    path, _ = db
    items = json.loads(run("timeline", "--json", "--db", path).stdout)
    dates = [i["date"]["value"] for i in items]
    assert dates == sorted(dates) and "2025-03-17" in dates
    caraman = json.loads(run("timeline", "--json", "--entity", "Irina Caraman", "--db", path).stdout)
    assert caraman and all("per-irina-caraman" in i["entities"] for i in caraman)
    assert any(i["date"]["value"] == "2025-03-17" for i in caraman)
    assert json.loads(run("timeline", "--json", "--entity", "Personne Inconnue", "--db", path).stdout) == []
