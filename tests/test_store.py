"""The store: migrations, no-op re-ingest, revisions, atomic batches, re-parsing."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa
from conftest import EXAMPLES, FIXTURES, ROOT

from recoupe import pipeline
from recoupe.errors import NotFound, StoreError
from recoupe.store import SCHEMA_VERSION, ArticleQuery, Store
from recoupe.store.tables import MIGRATIONS


def write_article(path, url, body, updated=None, title="Un titre"):
    header = f"---\nsource: Le Phare\nurl: {url}\n" + (f"updated: {updated}\n" if updated else "") + "---\n"
    path.write_text(f"{header}{title}\n\nPar Ana Lima\n4 mars 2026 10:00\n\n{body}", "utf-8")
    return path


def test_new_store_has_the_current_schema_and_reopens(tmp_path):
    db = str(tmp_path / "s.db")
    with Store(db) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.migrate() == []
    con = sqlite3.connect(db)
    versions = [r[0] for r in con.execute("select version from schema_migrations")]
    assert versions == [v for v, _, _ in MIGRATIONS]  # every migration once, in order (numbers may skip one another branch holds)
    assert versions[-1] == SCHEMA_VERSION
    con.execute("insert into schema_migrations values (999, 'from the future', 'x')")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="999"):
        Store(db)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("ceci n'est pas une base", "utf-8")
    with pytest.raises(StoreError, match="cannot use the store"):
        Store(str(path))


def test_reingest_is_a_no_op(ingest, store):
    first = ingest(FIXTURES)
    assert first.totals()["created"] == 6
    before = store.stats()
    second = ingest(FIXTURES)
    assert second.totals()["created"] == 0 and second.totals()["duplicates"] == 6
    assert store.stats() == before


def test_same_url_with_changed_text_is_a_revision(ingest, store, tmp_path):
    v1 = write_article(tmp_path / "v1.txt", "https://phare.example/a", "Le bilan est de 3 morts.")
    v2 = write_article(tmp_path / "v2.txt", "https://phare.example/a", "Le bilan est de 4 morts.\n\nUn nouveau paragraphe.", "2026-03-04T15:00")
    r1 = ingest(v1)
    (article_id,) = r1.inputs[str(v1)].created
    r2 = ingest(v2)
    assert r2.inputs[str(v2)].revised == [article_id]
    a = store.get(article_id)
    assert a.revision == 2 and "4 morts" in a.body
    assert [r.revision for r in a.revisions] == [1, 2] and a.revisions[1].current
    assert store.count() == 1
    # the first version again: already known, nothing changes
    assert ingest(v1).totals()["duplicates"] == 1
    assert store.get(article_id).revision == 2


def test_an_older_revision_arriving_late_does_not_replace_the_current_text(ingest, store, tmp_path):
    new = write_article(tmp_path / "new.txt", "https://phare.example/b", "Texte corrigé.", "2026-03-05T09:00")
    old = write_article(tmp_path / "old.txt", "https://phare.example/b", "Texte initial.", "2026-03-04T09:00")
    (article_id,) = ingest(new).inputs[str(new)].created
    assert ingest(old).inputs[str(old)].revised == [article_id]
    a = store.get(article_id)
    assert a.body == "Texte corrigé." and len(a.revisions) == 2 and a.revision == 1


def test_record_id_reused_for_another_url_is_rejected(ingest, store, tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text(
        json.dumps({"id": "42", "url": "https://a.example/1", "title": "Premier"}) + "\n"
        + json.dumps({"id": "42", "url": "https://b.example/2", "title": "Autre"}) + "\n", "utf-8")
    report = ingest(path)
    assert report.totals()["created"] == 1
    (rej,) = report.rejected
    assert rej.code == "E013" and "42" in rej.reason and rej.origin.endswith(":2")
    assert store.get("42").title == "Premier"


def test_queries_filter_by_source_dates_and_text(ingest, store):
    ingest(FIXTURES)
    assert store.count(ArticleQuery(source="le phare de l’est")) == 4
    assert {a.id for a in store.query(ArticleQuery(since="2025-03-18"))} >= {"fx-002", "fx-004"}
    month = [a for a in store.query(ArticleQuery(since="2025-03-10", until="2025-03-12"))]
    assert len(month) == 1 and month[0].published.precision == "month"  # a month overlaps any day of it
    assert {a.id for a in store.query(ArticleQuery(text="GAZIER"))} == {"fx-004"}
    assert [a.id for a in store.query(ArticleQuery(limit=2))] == [a.id for a in store.query()][:2]
    with pytest.raises(NotFound):
        store.get("nope")
    with pytest.raises(StoreError, match="not a date"):
        store.count(ArticleQuery(since="hier"))


def test_reparse_keeps_ids_and_refreshes_fields(ingest, store, enricher):
    ingest(FIXTURES)
    before = {a.id: a for a in store.query()}
    with store.engine.begin() as conn:  # simulate an article parsed by an older, worse parser
        conn.execute(sa.text("update articles set title = 'ancien', sentences = '[]' where id = 'fx-001'"))
        conn.execute(sa.text("delete from article_entities where article_id = 'fx-001'"))
    report = pipeline.reparse(store, enricher=enricher, workers=1)
    assert report.reparsed == 6 and report.failed == []
    after = {a.id: a for a in store.query()}
    assert after.keys() == before.keys()
    assert after["fx-001"].title == before["fx-001"].title
    assert after["fx-001"].sentences == before["fx-001"].sentences
    assert [e.id for e in after["fx-001"].entities] == [e.id for e in before["fx-001"].entities]


def test_a_killed_ingest_keeps_whole_batches_and_can_resume(tmp_path):
    feed = tmp_path / "feed.jsonl"
    para = ("Le conseil municipal de Saint-Aubin a voté mardi le budget de la commune, "
            "après un débat de trois heures avec l’opposition conduite par Marie Delorme. ")
    with feed.open("w", encoding="utf-8") as f:
        for i in range(400):
            f.write(json.dumps({"id": f"r{i}", "title": f"Budget voté, séance {i}", "body": para * 6}) + "\n")
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "recoupe.cli", "ingest", str(feed), "--db", str(db), "--batch-size", "16", "--workers", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    count = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            con = sqlite3.connect(db, timeout=1)
            count = con.execute("select count(*) from articles").fetchone()[0]
            con.close()
        except sqlite3.Error:
            continue
        if count >= 32:
            break
    assert proc.poll() is None, "the ingest finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    n = con.execute("select count(*) from articles").fetchone()[0]
    assert 32 <= n < 400 and n % 16 == 0  # whole batches only
    orphans = con.execute(
        "select count(*) from articles a left join revisions r on r.article_id = a.id where r.article_id is null"
    ).fetchone()[0]
    assert orphans == 0
    con.close()
    done = subprocess.run(cmd + ["--json"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    totals = json.loads(done.stdout)["totals"]
    assert totals["created"] == 400 - n and totals["duplicates"] == n


def test_entities_added_by_another_writer_are_seen(store):
    """Two processes on one store (watch beside ingest): what one resolves, the other finds,
    although it had looked the key up before (and cached that it was not there)."""
    with store as first, Store(store.url) as second:
        with first.writing() as w:
            assert w.entities.find("name:lea martin") == []
        with second.writing() as w:
            w.entities.add("per-lea-martin", "Léa Martin", "person")
            w.entities.add_keys("per-lea-martin", ["name:lea martin"])
        with first.writing() as w:
            assert w.entities.find("name:lea martin") == [("per-lea-martin", "Léa Martin", "person")]


def test_a_key_another_writer_gave_an_old_entity_is_seen(store):
    """Another writer may add no entity but a new key (an alias) to one already stored: the
    look-ups this process cached are dropped all the same."""
    with store as first, Store(store.url) as second:
        with first.writing() as w:
            w.entities.add("per-lea-martin", "Léa Martin", "person")
            w.entities.add_keys("per-lea-martin", ["name:lea martin"])
        with first.writing() as w:
            assert w.entities.find("alias:la maire") == []
        with second.writing() as w:
            w.entities.add_keys("per-lea-martin", ["alias:la maire"])
        with first.writing() as w:
            assert w.entities.find("alias:la maire") == [("per-lea-martin", "Léa Martin", "person")]
        with first.writing() as w:  # and the cache still serves when no one else wrote
            w.conn.execute(sa.text("DELETE FROM entity_keys WHERE key = 'alias:la maire'"))
        with first.writing() as w:
            assert w.entities.find("alias:la maire") == [("per-lea-martin", "Léa Martin", "person")]


def test_statement_features_are_kept_and_replaced_by_article(ingest, store):
    ingest(FIXTURES)
    ids = [a.id for a in store.query(full=False)][:2]
    with store.writing() as w:
        w.save_statement_features(ids[0], 1, b"first")
        w.save_statement_features(ids[0], 2, b"second")
        w.save_statement_features(ids[1], 1, bytes(range(256)))
    got = store.statement_features([*ids, "no-such-article"])
    assert got == {ids[0]: (2, b"second"), ids[1]: (1, bytes(range(256)))}


def test_two_texts_of_one_article_in_one_batch_keep_the_second_analysis(ingest, store, tmp_path):
    """The writer keeps an article's analysis and search row until the transaction ends: an
    article created and revised in one batch keeps what its second text gives, as row by row."""
    v1 = write_article(tmp_path / "a1.txt", "https://phare.example/c",
                       "« Nous reconstruirons le pont », a déclaré Marie Dupont, maire de Lyon, lundi 2 mars.")
    v2 = write_article(tmp_path / "a2.txt", "https://phare.example/c",
                       "« Le chantier commencera en avril », a annoncé Paul Girard, préfet du Rhône, mardi 3 mars.",
                       "2026-03-04T15:00")
    report = ingest(tmp_path)  # one input, one batch, one transaction
    (article_id,) = [i for r in report.inputs.values() for i in r.created]
    assert [i for r in report.inputs.values() for i in r.revised] == [article_id]
    a = store.get(article_id)
    assert a.revision == 2 and "Girard" in a.body
    names = {e.name for e in a.entities}
    assert "Paul Girard" in names and "Marie Dupont" not in names
    assert [q.text for q in a.quotes] == ["Le chantier commencera en avril"]
    assert store.search("chantier")["total"] == 1 and store.search("reconstruirons")["total"] == 0
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM statement_features")).scalar() == 1
        if conn.dialect.name == "sqlite":
            assert conn.execute(sa.text("SELECT count(*) FROM article_search")).scalar() == 1
    v1.unlink()
    v2.unlink()


def test_model_workers_store_what_one_process_stores(nlp, tmp_path):
    """What the model workers compute for the store (statement features, search texts, copy
    keys: ``pipeline.prepare``) is what this process computes: two stores built from the same
    articles, one on two workers, the other here, hold the same rows."""
    from recoupe.enrich.nlp import Enricher

    inputs = [str(EXAMPLES / "text"), str(EXAMPLES / "json")]
    dumps = []
    for workers in (1, 2):
        with Store(str(tmp_path / f"w{workers}.db")) as s:
            report = pipeline.ingest(inputs, s, enricher=Enricher(nlp=nlp, workers=workers), workers=workers)
            assert report.totals()["created"] > 5
            with s.engine.connect() as conn:
                dumps.append({t: sorted(map(repr, conn.exec_driver_sql(f"SELECT * FROM {t}").all()))  # noqa: S608
                              for t in ("entities", "entity_keys", "article_entities", "quotes", "article_search",
                                        "statement_features", "copy_keys", "article_features", "stories")})
    assert dumps[0] == dumps[1]
