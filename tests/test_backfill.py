"""``recoupe backfill``: archives into PostgreSQL on a Ray cluster (a local one of 2 workers here).

The inputs are written at test time from OrangeSum lines (../shared, never committed): JSON Lines
and a small WARC of HTML pages. ``recoupe ingest`` of the same articles (the WARC's pages as HTML
files) is the reference: the backfill must store exactly its articles, copy groups, stories and
cross-check statuses. A second run adds nothing; a run killed with SIGKILL midway and started
again ends with every article once, and no process of its cluster left behind.
"""

from __future__ import annotations

import gzip
import html
import io
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import EXAMPLES, ROOT
from pg import free_port

from recoupe import pipeline, reading
from recoupe.store import Store
from recoupe.store.tables import article_features, articles, backfill_staged, story_reports, term_df

pytest.importorskip("ray")
pytest.importorskip("warcio")

N_JSONL = 170  # OrangeSum lines to JSON Lines (one of them spoilt), then
N_WARC = 40  # to the WARC's HTML pages
SHARD_DAYS = 7  # small shards: ../shared's few hundred articles span months


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RAY_USAGE_STATS_ENABLED": "0"}


def _recoupe(*args: str) -> list[str]:
    return [sys.executable, "-m", "recoupe.cli", *args]


def _page(row: dict) -> str:
    """An HTML page of an OrangeSum article: its address, date and outlet in the page's metadata."""
    paragraphs = re.split(r"(?<=[.!?»])(?=[A-ZÀ-Ý«])", row["article"])
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip())
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{html.escape(row["title"])}</title>'
            f'<link rel="canonical" href="{html.escape(row["url"])}">'
            f'<meta property="article:published_time" content="{row["date"]}">'
            f'<meta property="og:site_name" content="{html.escape(row.get("provider") or "Orange Actu")}"></head>'
            f'<body><article><h1>{html.escape(row["title"])}</h1><p><strong>{html.escape(row["heading"])}</strong></p>'
            f"{body}</article></body></html>")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """JSON Lines (with one malformed line), a WARC of HTML pages (with a request record and an
    image, which are not articles) and the same pages as HTML files for ``ingest``; the articles
    in publication order across them, as the backfill places them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    corpus = ROOT.parent / "shared" / "corpora" / "orangesum" / "articles.jsonl.gz"
    if corpus.is_file():
        with gzip.open(corpus, "rt", encoding="utf-8") as f:
            rows = [json.loads(line) for line in itertools.islice(f, 3000)]
        rows = [r for r in rows if r.get("date") and r.get("url") and r.get("article")]
        day = sorted({r["date"] for r in rows})[len({r["date"] for r in rows}) // 3]  # a few busy days from here
        rows = sorted((r for r in rows if r["date"] >= day), key=lambda r: r["date"])[: N_JSONL + N_WARC]
        n_jsonl = N_JSONL
    else:  # a clean clone: the bundled example corpus, in the same shape
        rows = sorted(_example_rows(), key=lambda r: datetime.fromisoformat(r["date"]).astimezone(timezone.utc))
        n_jsonl = len(rows) * 3 // 4
    folder = tmp_path_factory.mktemp("backfill-inputs")
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in rows[:n_jsonl]]
    lines.insert(7, '{"title": "coupé en plein vol",\n')
    jsonl = folder / "archive.jsonl"
    jsonl.write_text("".join(lines), "utf-8")
    warc = folder / "crawl.warc.gz"
    pages = folder / "pages"
    pages.mkdir()
    with open(warc, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for n, r in enumerate(rows[n_jsonl:]):
            page = _page(r).encode("utf-8")
            (pages / f"{n:03d}.html").write_bytes(page)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(r["url"], "response", payload=io.BytesIO(page), http_headers=headers))
            if n == 3:
                writer.write_record(writer.create_warc_record(r["url"], "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(r["url"] + ".png", "response", payload=io.BytesIO(b"\x89PNG"),
                                                              http_headers=image))
    return {"jsonl": jsonl, "warc": warc, "pages": pages, "n": len(rows)}


def _example_rows() -> list[dict]:
    """The articles of ``examples/`` (our own text) as rows of OrangeSum's shape: those with a
    date and a body, each with an address (its own, else one made from its file)."""
    from recoupe.ingest.parse import parse_record
    from recoupe.ingest.sources import read_records
    from recoupe.models import Rejection

    rows = []
    for path, record in read_records([str(EXAMPLES / d) for d in ("json", "text", "html")]):
        art = record if isinstance(record, Rejection) else parse_record(record)
        if isinstance(art, Rejection) or art.published is None or not art.body:
            continue
        if art.published.precision not in ("minute", "second") or "+" not in art.published.value[10:]:
            continue  # placed by the instant: a day or month alone, or no offset, would order them otherwise
        rows.append({"title": art.title or "", "heading": art.lead or "", "article": art.body,
                     "date": art.published.value, "provider": art.source or "Exemple",
                     "url": art.url or f"https://exemples.test/{Path(path).stem}-{len(rows)}"})
    return rows


@pytest.fixture(scope="module")
def reference(pg_server, inputs, enricher):
    """``recoupe ingest`` of the same articles (the pages as HTML files), in the same order."""
    name = pg_server.fresh("ingested")
    url = pg_server.url(name)
    with Store(url) as store:
        report = pipeline.ingest([str(inputs["jsonl"]), str(inputs["pages"])], store, enricher=enricher, workers=1)
    yield url, report
    pg_server.drop(name)


def _state(url: str) -> dict:
    """What the comparison reads of a store: articles, copy groups, stories, cross-check statuses."""
    with Store(url) as store, store.engine.connect() as conn:
        arts = {r.id: (r.url, r.title, r.lead, r.body, r.published_value, r.source, r.content_hash, r.revision)
                for r in conn.execute(sa.select(articles))}
        feats = conn.execute(sa.select(article_features.c.article_id, article_features.c.story_id,
                                       article_features.c.copy_group, article_features.c.seq)).all()
        stories = {}
        for r in feats:
            stories.setdefault(r.story_id, set()).add(r.article_id)
        statuses = {}
        for sid in store.story_ids():
            report = reading.story_report(store, sid)
            statuses[sid] = [(f["text"], f["status"]) for f in report["facts"]]
        return {
            "articles": arts, "story_of": {r.article_id: r.story_id for r in feats},
            "copy_of": {r.article_id: r.copy_group for r in feats},
            "order": [r.article_id for r in sorted(feats, key=lambda r: r.seq)],
            "stories": stories, "statuses": statuses,
        }


def _backfill(url: str, paths: list[Path], *extra: str) -> subprocess.Popen:
    return subprocess.Popen(_recoupe("backfill", *map(str, paths), "--db", url, "--workers", "2", "--json", *extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT,
                            start_new_session=True)


def _finish(proc: subprocess.Popen, timeout: float = 900) -> tuple[int, dict, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, (json.loads(out) if out.strip() else {}), err


def _left_behind(pid: int, wait: float = 20.0) -> list[int]:
    """The processes of the Ray cluster of the backfill ``pid`` still there after ``wait`` seconds."""
    from recoupe.backfill.cluster import marked

    deadline = time.monotonic() + wait
    while (found := marked(f"{pid}-")) and time.monotonic() < deadline:
        time.sleep(0.5)
    return [p for p in found if Path(f"/proc/{p}").exists() and "zombie" not in _status(p)]


def _status(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return "zombie"


@pytest.mark.slow
def test_a_backfill_stores_what_ingest_stores_and_a_second_run_adds_nothing(pg_server, inputs, reference):
    ref_url, ref_report = reference
    name = pg_server.fresh("backfilled")
    url = pg_server.url(name)
    try:
        proc = _backfill(url, [inputs["jsonl"], inputs["warc"]], "--shard-days", str(SHARD_DAYS))
        code, report, err = _finish(proc)
        assert code == 1, err  # the malformed line is rejected, the rest goes on
        assert not _left_behind(proc.pid)
        # rejected inputs: one line each, as ingest says them
        assert [f"{r['input']}: {r['reason']} [{r['code']}]" for r in report["rejected"]] == [r.line() for r in ref_report.rejected]
        flat = " ".join(err.split())  # the terminal's width may wrap a long line
        assert flat.count("rejected: ") == len(ref_report.rejected) == 1
        assert all(" ".join(f"rejected: {r.line()}".split()) in flat for r in ref_report.rejected)
        assert re.search(r"read \d+ \(.*/s\) · enriched \d+ \(.*/s\) · stored \d+ \(.*/s\)", err)  # progress
        totals = ref_report.totals()
        assert report["read"] == inputs["n"] + 1 and report["enriched"] >= totals["created"]
        assert report["created"] == totals["created"] == inputs["n"] - totals["duplicates"] - totals["revised"]
        assert report["placed"] == report["created"]  # placed in time shards on the workers
        if inputs["n"] >= 100:  # ../shared's articles span months: many shards, some met their edge's replay
            assert report["shards"]["shards"] > 5 and report["shards"]["met"] > 1, report["shards"]

        got, want = _state(url), _state(ref_url)
        assert got["articles"] == want["articles"]
        assert got["order"] == want["order"]  # stored (and placed) in publication order, as ingest did
        assert got["copy_of"] == want["copy_of"]
        assert got["story_of"] == want["story_of"] and got["stories"] == want["stories"]
        assert len(got["stories"]) < len(got["articles"])  # some stories have several articles
        assert got["statuses"] == want["statuses"]
        assert report["stories"] == report["reports"] == len(got["stories"])
        with Store(url) as store, store.engine.connect() as conn:  # every report was stored, and is read back
            assert conn.execute(sa.select(sa.func.count()).select_from(story_reports)).scalar() == len(got["stories"])
            assert conn.execute(sa.select(sa.func.count()).select_from(backfill_staged)).scalar() == 0
            sid = store.story_ids()[0]
            stored = dict(conn.execute(sa.select(story_reports.c.story_id, story_reports.c.report)).all())[sid]
        with Store(url) as store:
            assert "thread" not in stored  # read each time, never stored
            assert reading.story_report(store, sid) == {**stored, "thread": reading.story_thread(store, sid)}

        again = _backfill(url, [inputs["jsonl"], inputs["warc"]])
        code, report, err = _finish(again)
        assert code == 1, err
        assert report["enriched"] == report["created"] == report["reports"] == 0
        assert report["known"] == inputs["n"]
        assert _state(url) == got
        assert not _left_behind(again.pid)
    finally:
        pg_server.drop(name)


@pytest.mark.slow
def test_a_backfill_killed_midway_completes_when_run_again(pg_server, inputs, reference):
    if inputs["n"] < 100:
        pytest.skip("the bundled examples are stored in about a second: too few to kill a run midway (../shared has enough)")
    ref_url, _ = reference
    name = pg_server.fresh("killed")
    url = pg_server.url(name)
    try:
        proc = _backfill(url, [inputs["jsonl"], inputs["warc"]], "--no-reports")
        with Store(url) as store, store.engine.connect() as conn:
            stored = 0
            while proc.poll() is None and stored < inputs["n"] // 5:  # midway through storing
                time.sleep(0.2)
                stored = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar() or 0
        assert proc.poll() is None, "the backfill ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
        assert not _left_behind(proc.pid), "a process of the killed run's cluster is still there"
        with Store(url) as store:
            assert 0 < store.count() < inputs["n"]

        again = _backfill(url, [inputs["jsonl"], inputs["warc"]])
        code, report, err = _finish(again)
        assert code == 1, err
        assert not _left_behind(again.pid)
        got, want = _state(url), _state(ref_url)
        assert got["articles"] == want["articles"]  # every article once
        assert got["order"] == want["order"]
        assert got["story_of"] == want["story_of"] and got["copy_of"] == want["copy_of"]
        assert got["statuses"] == want["statuses"]
    finally:
        pg_server.drop(name)


@pytest.mark.slow
def test_sharded_placement_is_the_sequential_placement(reference, inputs):
    """Shards of any length, placed apart then joined, give every article the story ``ingest``
    gave it one after the other (through the store's index): the in-memory index answers as the
    store's, and the join is exact whether a shard meets its replay at its edge, further on, or
    never (then replayed to its end)."""
    from recoupe.models import Signal
    from recoupe.stories import shards

    ref_url, _ = reference
    with Store(ref_url) as store, store.engine.connect() as conn:
        rows = conn.execute(sa.select(article_features).order_by(article_features.c.seq)).all()
    signals = [Signal(r.article_id, datetime.fromisoformat(r.time), {t: w for t, w in r.terms}, dict(r.entities)) for r in rows]
    want = {r.article_id: r.story_id for r in rows}
    assert len(set(want.values())) < len(want)  # some stories have several articles

    def story_of(placed: shards.Placed) -> dict[str, str]:
        return {s.article_id: shards.final_story(placed.stories, step.story_id) for s, step in zip(signals, placed.steps, strict=True)}

    assert story_of(shards.place_sequential(signals, lambda terms: {}, 0)) == want
    seen = shards.ShardReport()
    for days in (1, 3, 7, 30):
        report = shards.ShardReport()
        assert story_of(shards.place_sharded(signals, days, lambda terms: {}, 0, report=report)) == want, (days, report)
        seen.shards += report.shards
        seen.met += report.met
        seen.replayed += report.replayed
        seen.rejoined += report.rejoined
    if inputs["n"] >= 100:  # months of articles: shards met at their edge, after a replay, and not at all
        assert seen.met > 4 and seen.replayed > 0 and seen.rejoined > 0, seen


def _story_tables(url: str) -> dict:
    """The story tables of a store: each story's row, its members in order, its terms' and
    entities' weights, the merges."""
    from recoupe.store.tables import (
        stories,
        story_entities,
        story_members,
        story_merges,
        story_terms,
    )

    with Store(url) as store, store.engine.connect() as conn:
        return {
            "stories": [(r.id, r.size, r.first_seen, r.last_seen, r.merged_into, round(r.term_norm2, 6), round(r.entity_norm2, 6))
                        for r in conn.execute(sa.select(stories).order_by(stories.c.seq))],
            "members": [(r.article_id, r.story_id, r.weights) for r in conn.execute(sa.select(story_members).order_by(story_members.c.seq))],
            "terms": {(r.story_id, r.term): round(r.weight, 9) for r in conn.execute(sa.select(story_terms))},
            "entities": {(r.story_id, r.entity_id): round(r.weight, 9) for r in conn.execute(sa.select(story_entities))},
            "merges": sorted((r.source, r.target, r.article_id) for r in conn.execute(sa.select(story_merges))),
        }


def test_placing_stored_articles_gives_ingests_stories_in_groups_of_shards(tmp_path, enricher):
    """Step 3 on its own (no cluster: the shards mapped in this process), on the bundled examples
    in time order: stored without a story then placed in shards of a day, in one group or in
    groups of one shard (each written before the next is read), after no story or after stored
    stories still active (continuing a store), stopped after a group and run again, or one by one
    through the store's index: every time the stories of ``ingest``, to their tables' rows."""
    from recoupe.backfill.placing import groups, place_group, place_stored
    from recoupe.ingest.parse import parse_record
    from recoupe.ingest.sources import read_records
    from recoupe.stories.placement import PlacementParams
    from recoupe.stories.shards import ShardReport

    rows = sorted(_example_rows(), key=lambda r: datetime.fromisoformat(r["date"]).astimezone(timezone.utc))
    path = tmp_path / "examples.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    with Store(str(tmp_path / "ref.db")) as store:
        pipeline.ingest([str(path)], store, enricher=enricher, workers=1)
    want = _state(str(tmp_path / "ref.db"))
    want_tables = _story_tables(str(tmp_path / "ref.db"))
    items = list(enricher([parse_record(record) for _, record in read_records([str(path)])]))
    half = len(items) // 2
    cases = (("one group", 0, 100, 1.0, False), ("groups of one shard", 0, 1, 1.0, False),
             ("after stored stories", half, 100, 1.0, False), ("after, in groups", half, 1, 1.0, False),
             ("stopped after a group", half, 1, 1.0, True), ("one by one", 0, 1, None, False))
    for name, placed_first, per_group, days, stop in cases:
        url = str(tmp_path / f"{name}.db")
        report = ShardReport()
        with Store(url) as store:
            pipeline.store_batch(store, items[:placed_first])
            created = [r for r in pipeline.store_batch(store, items[placed_first:], place=False) if r.action == "created"]
            if stop:  # a run killed after its first group: written, then the rest placed when run again
                with store.writing() as writer:
                    bounds = groups(writer.unplaced_times(), 1.0, 1)
                assert bounds is not None and len(bounds) > 2
                with store.writing() as writer:
                    first = place_group(writer, writer.unplaced(*bounds[0]), 1.0, list_map, PlacementParams(), ShardReport())
                assert 0 < first < len(created)
                assert place_stored(store, shard_days=days, group_shards=per_group, report=report) == len(created) - first
            else:
                assert place_stored(store, shard_days=days, group_shards=per_group, report=report) == len(created) > 0
            assert place_stored(store, shard_days=days) == 0  # nothing left to place
        got = _state(url)
        if days is None:
            assert "sequential" in report.seconds and report.shards == 0, (name, report)
        else:
            assert report.shards > 1 and "sequential" not in report.seconds, (name, report)
            assert report.groups == (1 if per_group == 100 else report.shards), (name, report)
            assert (report.seeded > 0) == (placed_first > 0 or per_group == 1), (name, report)  # stories still active
        assert got["story_of"] == want["story_of"] and got["order"] == want["order"], name
        assert _story_tables(url) == want_tables, name
        with Store(url) as store, store.engine.connect() as conn:
            documents = conn.execute(sa.select(term_df.c.df).where(term_df.c.term == "\x00documents")).scalar()
        assert documents == len(want["story_of"]), name  # every placed article counted once


def list_map(fn, items):
    return list(map(fn, items))


def test_the_warc_reader_gives_the_html_pages_only(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from recoupe.backfill.stage import read_file

    path = tmp_path / "small.warc"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=False)
        ok = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://a.example/x", "response", payload=io.BytesIO("<p>Été</p>".encode()), http_headers=ok))
        w.write_record(w.create_warc_record("https://a.example/gone", "response", payload=io.BytesIO(b"<p>no</p>"), http_headers=missing))
        w.write_record(w.create_warc_record("https://a.example/x", "request", payload=io.BytesIO(b"GET /x HTTP/1.1\r\n\r\n")))
    records = list(read_file(str(path), "Le Site"))
    assert [(r.origin, r.format, r.text, r.source_hint) for r in records] == [("https://a.example/x", "html", "<p>Été</p>", "Le Site")]
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b not really")
    [rejection] = list(read_file(str(broken)))
    assert rejection.origin == str(broken) and rejection.code == "E009"


def test_the_embedded_path_never_imports_ray(tmp_path):
    code = (
        "import sys\n"
        "import recoupe.cli\n"
        "from click.testing import CliRunner\n"
        f"r = CliRunner().invoke(recoupe.cli.cli, ['ingest', {str(EXAMPLES / 'json')!r}, '--db', {str(tmp_path / 'e.db')!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "assert 'ray' not in sys.modules and 'recoupe.backfill' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]


def test_an_engine_that_cannot_be_reached_is_one_line(pg_server, inputs):
    name = pg_server.fresh("noengine")
    try:
        port = free_port()
        done = subprocess.run(_recoupe("backfill", str(inputs["jsonl"]), "--db", pg_server.url(name), "--address", f"127.0.0.1:{port}"),
                              env=_env(), capture_output=True, text=True, timeout=120)
        assert done.returncode == 2
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: cannot reach the Ray cluster at 127.0.0.1:{port}: "), done.stderr
    finally:
        pg_server.drop(name)


def test_a_store_that_cannot_be_reached_is_one_line_before_any_cluster(inputs, tmp_path):
    url = f"postgresql://u:secret@127.0.0.1:{free_port()}/none?connect_timeout=3"
    done = subprocess.run(_recoupe("backfill", str(inputs["jsonl"]), "--db", url), env=_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot use the store postgresql+psycopg://u:***@"), done.stderr
    done = subprocess.run(_recoupe("backfill", str(inputs["jsonl"]), "--db", str(tmp_path / "x.db")), env=_env(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "backfill writes to PostgreSQL" in done.stderr


def test_a_report_stored_ahead_is_read_while_its_story_is_unchanged(example_db, tmp_path):
    import shutil

    from recoupe.stories.outlets import Registry

    path = tmp_path / "copy.db"
    shutil.copy(example_db, path)
    with Store(str(path)) as store:
        sid = store.story_ids()[0]
        ahead = reading.report_ahead(store, sid)  # what backfill stores: the report without its thread
        assert ahead is not None and ahead["story_id"] == sid and "thread" not in ahead["report"]
        computed = reading.story_report(store, sid, stored=False)
        assert computed == {**ahead["report"], "thread": reading.story_thread(store, sid)}
        found = reading.story(store, sid)
        arts = [store.get(i, with_revisions=False) for i in found["articles"]]
        marked = {**computed, "stored": True}
        store.save_story_reports([{"story_id": found["id"], "key": reading.report_key(found["id"], arts, Registry(), False),
                                   "report": marked}])
        reading._cache.clear()
        assert reading.story_report(store, sid) == marked
        assert reading.report_ahead(store, sid) is None  # the store holds one for these members
        store.save_story_reports([{"story_id": found["id"], "key": "another story's members", "report": marked}])
        reading._cache.clear()
        assert reading.story_report(store, sid) == computed  # a stale report is not read


def test_a_report_stored_by_other_cross_check_code_is_not_read(example_db, tmp_path, monkeypatch):
    import shutil

    from recoupe.stories.outlets import Registry

    code = reading.report_code()
    assert len(code) == 64 and code == reading.report_code()
    path = tmp_path / "copy.db"
    shutil.copy(example_db, path)
    with Store(str(path)) as store:
        sid = store.story_ids()[0]
        found = reading.story(store, sid)
        arts = [store.get(i, with_revisions=False) for i in found["articles"]]
        computed = reading.story_report(store, sid, stored=False)
        old_key = reading.report_key(found["id"], arts, Registry(), False)
        store.save_story_reports([{"story_id": found["id"], "key": old_key, "report": {**computed, "stored": True}}])
        # the cross-check's code or data change (here: the digest covers one file less)
        monkeypatch.setattr(reading, "_REPORT_CODE", reading._REPORT_CODE[:-1])
        reading.report_code.cache_clear()
        try:
            assert reading.report_code() != code
            assert reading.report_key(found["id"], arts, Registry(), False) != old_key
            reading._cache.clear()
            assert reading.story_report(store, sid) == computed  # computed again, not read
        finally:
            monkeypatch.undo()
            reading.report_code.cache_clear()
