"""The watch loop and the commands that follow sources: scheduling, the CLI, and `recoupe watch`
beside `recoupe serve` (real processes on one store)."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, ROOT
from feedserver import start, stop

from recoupe.cli import cli
from recoupe.ingest import watch

NOW = datetime(2026, 12, 5, 12, tzinfo=timezone.utc)


def test_each_source_at_its_own_pace():
    every = timedelta(minutes=10)
    hourly = [(NOW - timedelta(hours=h)).isoformat() for h in range(1, 25)]
    usual = watch.usual_interval(hourly, NOW)
    assert timedelta(minutes=55) <= usual <= timedelta(minutes=65)
    assert watch.poll_interval(every, usual, 0) >= timedelta(minutes=27)  # not every 10 minutes
    busy = [(NOW - timedelta(minutes=m)).isoformat() for m in range(1, 200)]
    assert watch.poll_interval(every, watch.usual_interval(busy, NOW), 0) == every  # never more often
    assert watch.poll_interval(every, None, 0) == every
    daily = [(NOW - timedelta(days=d)).isoformat() for d in range(1, 7)]
    assert watch.poll_interval(every, watch.usual_interval(daily, NOW), 0) == 12 * every  # bounded
    assert watch.poll_interval(every, None, 3) == 8 * every  # failing: backs off
    assert watch.is_due(None, NOW) and watch.is_due((NOW - timedelta(seconds=1)).isoformat(), NOW)
    assert not watch.is_due((NOW + timedelta(seconds=1)).isoformat(), NOW)


def test_durations():
    assert watch.parse_every("10m") == timedelta(minutes=10)
    assert watch.parse_every("2h") == timedelta(hours=2)
    assert watch.parse_every("45") == timedelta(seconds=45)
    for bad in ("", "0s", "dix", "-1m"):
        with pytest.raises(ValueError):
            watch.parse_every(bad)


def test_cli_sources_and_fetch_refusing_a_local_feed(tmp_path):
    server = start()
    try:
        server.feed("/rss.xml", [{"title": "Vol", "path": "/vol"}])
        db = str(tmp_path / "cli.db")
        run = CliRunner().invoke
        refused = run(cli, ["sources", "add", server.url("/rss.xml"), "--db", db])
        assert refused.exit_code == 2
        lines = [ln for ln in refused.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and "loopback" in lines[0] and server.url("/rss.xml") in lines[0]
        assert not server.requests
        ok = run(cli, ["sources", "add", server.url("/rss.xml"), "--name", "vigilant", "--outlet", "Le Vigilant",
                       "--allow-private", "--db", db])
        assert ok.exit_code == 0, ok.output
        listed = run(cli, ["sources", "--json", "--db", db])
        (s,) = json.loads(listed.output)
        assert s["name"] == "vigilant" and s["outlet"] == "Le Vigilant" and s["last_fetch"] is None
        assert "vigilant" in run(cli, ["sources", "--db", db]).output
        exported = run(cli, ["sources", "export", "--db", db]).output
        assert "xmlUrl" in exported and "vigilant" in exported
        assert run(cli, ["sources", "remove", "vigilant", "--db", db]).exit_code == 0
        assert run(cli, ["sources", "remove", "vigilant", "--db", db]).exit_code == 2
        imported = run(cli, ["sources", "import", str(EXAMPLES / "outlets.opml"), "--db", db, "--json"])
        assert imported.exit_code == 0 and len(json.loads(imported.output)["added"]) == 9
        assert run(cli, ["watch", "--every", "dix", "--db", db]).exit_code == 2
    finally:
        stop(server)


def test_cli_fetch_refused_source_one_line_and_exit_1(tmp_path):
    from recoupe.store import Store

    server = start()
    try:
        server.feed("/rss.xml", [{"title": "Vol", "path": "/vol"}])
        db = str(tmp_path / "cli.db")
        with Store(db) as s:
            s.add_source(name="local", url=server.url("/rss.xml"), kind="feed", outlet=None, allow_private=False)
        result = CliRunner().invoke(cli, ["fetch", "--db", db, "--json"])
        assert result.exit_code == 1
        report = json.loads(result.output[result.output.index("{"):])
        assert report["sources"][0]["error"]["code"] == "E014" and report["totals"]["created"] == 0
        assert not server.requests
    finally:
        stop(server)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode("utf-8")


def _wait(what, predicate, timeout: float, procs):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return time.monotonic()
        except OSError:
            pass
        for p in procs:
            if p.poll() is not None:
                pytest.fail(f"{what}: a process ended: {p.args[1]} {p.stdout.read().decode(errors='replace')}")
        time.sleep(0.2)
    pytest.fail(f"{what}: not within {timeout} s")


@pytest.mark.slow
def test_watch_beside_serve(tmp_path):
    feed = start()
    exe = str(Path(sys.executable).with_name("recoupe"))
    db = str(tmp_path / "live.db")
    items = [{"title": "Vol au musée Vauquelin", "path": "/vol"}]
    feed.feed("/rss.xml", items)
    feed.page("/vol", "levigilant-breval-musee-vauquelin-vol.html")
    feed.page("/greve", "echo-des-plaines-greve-ter.html")
    env = {k: v for k, v in os.environ.items() if k != "RECOUPE_TOKEN"}
    procs: list[subprocess.Popen] = []
    try:
        subprocess.run([exe, "sources", "add", feed.url("/rss.xml"), "--allow-private", "--db", db], check=True, env=env, cwd=ROOT)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        every = 2.0
        procs.append(subprocess.Popen([exe, "serve", "--db", db, "--port", str(port)], env=env, cwd=ROOT,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
        procs.append(subprocess.Popen([exe, "watch", "--every", f"{every:g}s", "--allow-private", "--delay", "0", "--db", db],
                                      env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT))
        _wait("the first article", lambda: "Vauquelin" in _get(base + "/api/stories"), 60, procs)
        feed.feed("/rss.xml", [{"title": "Grève des TER", "path": "/greve"}, *items])
        added = time.monotonic()
        seen = _wait("the new article", lambda: "TER" in _get(base + "/api/stories") and "TER" in _get(base + "/"), 30, procs)
        assert seen - added <= 2 * every + 3  # two polling intervals, and the time to analyse one page
        watcher = procs.pop()
        watcher.send_signal(signal.SIGTERM)
        assert watcher.wait(timeout=20) == 0, watcher.stdout.read().decode(errors="replace")
        log = watcher.stdout.read().decode(errors="replace")
        assert "stopping after the page in hand (SIGTERM)" in log and "stopped after" in log
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
            assert conn.execute("SELECT count(*) FROM source_items").fetchone()[0] == 2
        health = json.loads(_get(base + "/api/sources"))["items"][0]
        assert health["last_new"] and health["consecutive_failures"] == 0
    finally:
        for p in procs:
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        stop(feed)
