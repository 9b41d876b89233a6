"""Shared fixtures: the language model (loaded once), a fresh store on each backend (SQLite, and
PostgreSQL on a server the session starts: tests/pg.py), the ../shared material."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pg import PgServer, find_bindir

from recoupe.enrich.nlp import Enricher, load
from recoupe.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture
def enrich_body(nlp):
    """A body of our own, under a title, a byline and a date, parsed and enriched: (the enriched
    article, the spaCy doc, the fields' offsets)."""
    from recoupe.enrich.nlp import analyse, compose
    from recoupe.ingest.parse import parse_record
    from recoupe.models import RawRecord

    def run(body, title="Un titre"):
        text = f"{title}\n\nPar Test\n4 mars 2026\n\n{body}"
        a = parse_record(RawRecord("<t>", "text", text, text.encode(), "utf-8"))
        doc_text, fields = compose(a)
        doc = nlp(doc_text)
        return analyse(doc, a, fields), doc, fields
    return run


@pytest.fixture
def quotes_of(enrich_body):
    """A body of our own, enriched: (its quotations, the enriched article)."""
    def run(body, title="Un titre"):
        e = enrich_body(body, title)[0]
        return e.quotes, e
    return run


def one(quotes, contains):
    """The one quotation whose text contains ``contains`` (asserting there is exactly one)."""
    found = [q for q in quotes if contains in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def speaker_containing(qs, contains):
    """The speaker's name of the first quotation whose text contains ``contains`` (None when none does)."""
    return [q for q in qs if contains in q.text][0].speaker_name if any(contains in q.text for q in qs) else None


def rule_quotes_of(enrich_body, body):
    """What the speaker rules alone give a body of our own, enriched (``rule_quotes``'s answer)."""
    from recoupe.enrich.quotes import rule_quotes

    e, doc, fields = enrich_body(body)
    return rule_quotes(doc, fields, e.entities)


def rules_speaker(enrich_body, body, quoted):
    """The speaker the rules give the quotation holding ``quoted`` (before the learned ranker)."""
    return one(rule_quotes_of(enrich_body, body)[1], quoted).speaker_name


def unit_vector(v: list[float]) -> np.ndarray:
    """``v`` as a float32 vector of norm 1."""
    x = np.array(v, dtype=np.float32)
    return x / np.linalg.norm(x)


@pytest.fixture(scope="session")
def enricher(nlp):
    return Enricher(nlp=nlp, workers=1)


BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of this session's own (started on first use, stopped at its end)."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no pg_config, no /usr/lib/postgresql/*/bin): "
                    "`make test` installs Debian's postgresql package")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e .)")
    server = PgServer(bindir)
    try:
        server.start()
        server.migrate_template()
    except BaseException:
        server.stop()
        raise
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A new store's address, on each backend in turn: a SQLite file in the test's folder, or a
    PostgreSQL database of its own (a copy of the migrated template, dropped after the test)."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    server = request.getfixturevalue("pg_server")
    name = server.fresh()
    yield server.url(name)
    server.drop(name)


@pytest.fixture
def store(db_url):
    with Store(db_url) as s:
        yield s


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not here")
    return SHARED


@pytest.fixture
def ingest(store, enricher):
    """Ingest paths into the test store with the shared model, in this process."""
    from recoupe import pipeline

    def run(*paths, source=None, max_bytes=None, store_=None):
        kwargs = {"max_bytes": max_bytes} if max_bytes else {}
        return pipeline.ingest([str(p) for p in paths], store_ or store, source=source, enricher=enricher, workers=1, **kwargs)

    return run


EXAMPLE_INPUTS = ("text", "html", "json")


def _ingest_examples(db: str, enricher) -> None:
    from recoupe import pipeline

    with Store(db) as s:
        report = pipeline.ingest([str(EXAMPLES / d) for d in EXAMPLE_INPUTS], s, source="L'Écho des Plaines",
                                 enricher=enricher, workers=1)
    assert not report.rejected, [r.line() for r in report.rejected]


@pytest.fixture(scope="session")
def example_db(tmp_path_factory, enricher) -> str:
    """A SQLite store holding the example corpus, ingested once per test session (read only:
    copy it before writing)."""
    path = tmp_path_factory.mktemp("examples") / "examples.db"
    _ingest_examples(str(path), enricher)
    return str(path)


@pytest.fixture(scope="session")
def example_pg(pg_server, enricher) -> str:
    """The example corpus in a PostgreSQL database, ingested once per test session (read only)."""
    url = pg_server.url(pg_server.fresh("examples"))
    _ingest_examples(url, enricher)
    return url


@pytest.fixture(scope="session", params=BACKENDS)
def example_store(request) -> str:
    """The example corpus on each backend in turn: a SQLite file's path or a PostgreSQL URL (read only)."""
    return request.getfixturevalue("example_db" if request.param == "sqlite" else "example_pg")
