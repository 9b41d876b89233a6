"""The language model's worker processes die with the ingest that started them.

A real ``recoupe ingest --workers 2`` runs in its own session on enough articles to be busy for
a while; once its two workers are at work it is killed (SIGKILL, SIGTERM) or interrupted (SIGINT
to its process group, as Ctrl-C does), and no process it started may remain 10 s later. The
processes are found by walking /proc before the signal (children and their children), and
recognised afterwards by pid *and* start time, so that a reused pid is not taken for a survivor.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES

from recoupe.store import Store

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")

RECOUPE = Path(sys.executable).with_name("recoupe")


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, start time) of a live process, None if it is gone or a zombie."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[1]), int(fields[19])


def _descendants(root: int) -> dict[int, int]:
    """Every live process under ``root``: pid -> start time."""
    children: dict[int, list[int]] = {}
    starts: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (st := _stat(int(entry))):
            children.setdefault(st[0], []).append(int(entry))
            starts[int(entry)] = st[1]
    found: dict[int, int] = {}
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = starts[child]
            todo.append(child)
    return found


def _alive(procs: dict[int, int]) -> list[int]:
    return [pid for pid, start in procs.items() if (st := _stat(pid)) and st[1] == start]


def _articles(n: int) -> list[dict]:
    """``n`` distinct articles made from the example corpus's JSON (a numbered closing line each)."""
    base: list[dict] = []
    for path in sorted((EXAMPLES / "json").iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            base += [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            data = json.loads(text)
            base += data if isinstance(data, list) else [data]
    base = [a for a in base if a.get("body")]
    out = []
    for i in range(n):
        a = dict(base[i % len(base)])
        a["id"] = f"proc-{i:05d}"
        a.pop("url", None)
        a["body"] = f"{a['body']}\n\nCet article est le numéro {i} de la série."
        out.append(a)
    return out


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("procs") / "feed.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _articles(1500)), encoding="utf-8")
    return path


def _as_from_a_terminal() -> None:
    """Ctrl-C's default, as a shell gives a command in the foreground: a test run started in the
    background (``make test &``) ignores SIGINT, and its children would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_ingest(feed: Path, db: Path) -> tuple[subprocess.Popen, dict[int, int]]:
    """An ingest on two workers, once both are at work: the process and its descendants."""
    proc = subprocess.Popen([str(RECOUPE), "ingest", str(feed), "--workers", "2", "--batch-size", "16",
                             "--db", str(db), "--json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=_as_from_a_terminal)
    deadline = time.monotonic() + 120
    procs: dict[int, int] = {}
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else proc.returncode
        procs = _descendants(proc.pid)
        if len(procs) >= 2 and _stored(db) > 0:  # both workers there, and a batch already stored
            return proc, procs
        time.sleep(0.2)
    proc.kill()
    pytest.fail(f"the ingest did not get to work in 120 s ({len(procs)} processes under it)")


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with Store(str(db), migrate=False) as s:
            return int(s.stats()["articles"])
    except Exception:  # noqa: BLE001 - the store may be mid-creation
        return 0


def _gone_within(procs: dict[int, int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := _alive(procs)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "SIGINT"])
def test_no_worker_outlives_its_ingest(feed, tmp_path, how):
    proc, procs = _start_ingest(feed, tmp_path / "ingest.db")
    try:
        if how == "SIGINT":
            os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole foreground group
        else:
            os.kill(proc.pid, getattr(signal, how))
        proc.wait(timeout=30)
        left = _gone_within(procs, 10)
        assert not left, f"after {how} of the ingest, its processes {left} are still alive"
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in _alive(procs):
            os.kill(pid, signal.SIGKILL)
    assert proc.returncode != 0
    if how == "SIGINT":
        assert b"Traceback" not in (proc.stderr.read() if proc.stderr else b"")


def test_an_ingest_on_two_workers_stores_as_one_does(tmp_path, enricher):
    """The same articles through two workers and in this process: the same analysis, in order."""
    from recoupe import pipeline
    from recoupe.enrich.nlp import Enricher

    path = tmp_path / "few.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _articles(40)), encoding="utf-8")
    rows = []
    for name, workers in (("one", 1), ("two", 2)):
        with Store(str(tmp_path / f"{name}.db")) as store:
            report = pipeline.ingest([str(path)], store, enricher=Enricher(nlp=enricher.nlp, workers=workers))
            assert report.totals()["created"] == 40
            assert gc.get_freeze_count() == 0  # the model is out of the collector's reach for the run only
            rows.append([json.dumps(_article_json(store, i), sort_keys=True) for i in report.inputs[str(path)].created])
    assert rows[0] == rows[1]


def _article_json(store: Store, article_id: str) -> dict:
    from recoupe.schema import article_json

    data = article_json(store.get(article_id))
    data.pop("ingested_at", None)
    for r in data.get("revisions", []):
        r.pop("ingested_at", None)
    return data


def test_token_tables_read_from_the_arrays_are_those_read_token_by_token(enricher):
    """The token tables a worker packs (``field_tables``: read from the doc's arrays at once) hold,
    field by field, what ``table`` reads token by token: offsets, parts of speech, lemmas, flags
    (finite, infinitive, participle, stop word, space) and vector rows."""
    from recoupe.enrich.tokens import FINITE, INFINITIVE, PARTICIPLE, SPACE, field_tables, table

    title = "La ministre a signé 1 200 décrets"
    body = ("Elle voulait partir à Lyon mardi ; « Nous verrons », a-t-elle dit.\n\n"
            "Les élus, inquiets, ont annoncé qu'ils allaient protester xqzwv.")
    text = title + "\n\n" + body
    fields = [("title", 0, len(title)), ("body", len(title) + 2, len(body))]
    doc = enricher.nlp(text)
    got = field_tables(doc, fields, "key")
    assert got["model"] == "key" and list(got["fields"]) == ["title", "body"]
    rows = doc.vocab.vectors.key2row
    for name, start, length in fields:
        expected = table([t for t in doc if start <= t.idx < start + length], start, rows)
        assert got["fields"][name] == expected
    flags = [f for col in got["fields"].values() for f in col["f"]]
    assert all(any(f & bit for f in flags) for bit in (FINITE, INFINITIVE, PARTICIPLE, SPACE))
    assert -1 in got["fields"]["body"]["r"]  # a word without a vector
