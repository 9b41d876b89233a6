"""Shared fixtures: the language model (loaded once), a fresh store, the ../shared material."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.enrich.nlp import Enricher, load
from recoupe.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def enricher(nlp):
    return Enricher(nlp=nlp, workers=1)


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "test.db")) as s:
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


@pytest.fixture(scope="session")
def example_db(tmp_path_factory, enricher) -> str:
    """A SQLite store holding the example corpus, ingested once per test session (read only:
    copy it before writing)."""
    from recoupe import pipeline

    path = tmp_path_factory.mktemp("examples") / "examples.db"
    with Store(str(path)) as s:
        report = pipeline.ingest([str(EXAMPLES / d) for d in EXAMPLE_INPUTS], s, source="L'Écho des Plaines",
                                 enricher=enricher, workers=1)
    assert not report.rejected, [r.line() for r in report.rejected]
    return str(path)
