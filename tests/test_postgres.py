"""PostgreSQL as a store: addresses, errors, the schema it gets, and several writers at once.

The tests of the store's behaviour run on both backends through the ``store`` fixture (see
conftest.py); these are about PostgreSQL itself, and about concurrency (on both backends).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import ROOT
from pg import free_port

from recoupe.cli import cli
from recoupe.errors import StoreError
from recoupe.store import SCHEMA_VERSION, Store, database_url


def test_urls_map_to_psycopg_and_paths_to_sqlite():
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("postgres://u@h:5433/db") == "postgresql+psycopg://u@h:5433/db"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("data/recoupe.db") == "sqlite:///data/recoupe.db"


def test_a_database_that_cannot_be_reached_is_one_line_without_the_password():
    url = f"postgresql://reader:s3cret@127.0.0.1:{free_port()}/nothing?connect_timeout=3"
    with pytest.raises(StoreError) as e:
        Store(url)
    message = str(e.value)
    assert message.startswith("cannot use the store postgresql+psycopg://reader:***@127.0.0.1:")
    assert "\n" not in message and "s3cret" not in message and "refused" in message.lower()


def test_the_command_line_says_it_in_one_line():
    url = f"postgresql://reader:s3cret@127.0.0.1:{free_port()}/nothing"
    result = CliRunner().invoke(cli, ["stats", "--db", url])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot use the store postgresql+psycopg://reader:***@")
    assert "Traceback" not in result.output and "s3cret" not in result.output


def test_another_kind_of_database_is_refused():
    with pytest.raises(StoreError, match="SQLite .* or PostgreSQL"):
        Store("mysql://u@localhost/db")


def test_an_empty_database_gets_every_migration_and_the_right_types(pg_server):
    name = pg_server.empty()
    try:
        with Store(pg_server.url(name)) as s:
            assert s.schema_version() == SCHEMA_VERSION
            assert s.migrate() == []
            with s.engine.connect() as conn:
                types = {(t, c): d for t, c, d in conn.exec_driver_sql(
                    "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'")}
                gin = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_articles_search'").scalar()
                config = conn.exec_driver_sql("SELECT count(*) FROM pg_ts_config WHERE cfgname = 'recoupe_fr'").scalar()
        assert "character varying" not in set(types.values())  # no length PostgreSQL would enforce and SQLite never did
        assert types["articles", "id"] == types["entity_keys", "key"] == types["story_terms", "term"] == "text"
        assert types["raw_inputs", "data"] == types["article_features", "signature"] == types["statement_features", "data"] == "bytea"
        assert types["articles", "sentences"] == "json" and types["articles", "search"] == "tsvector"
        assert types["stories", "term_norm2"] == "double precision" and types["sources", "allow_private"] == "boolean"
        assert "USING gin (search)" in gin and config == 1
    finally:
        pg_server.drop(name)


def test_a_long_id_and_a_long_name_are_stored_as_on_sqlite(ingest, store, tmp_path):
    """String lengths are documentation: SQLite never enforced them, PostgreSQL must not either;
    and a URL longer than a B-tree entry may be (2.7 kB) is looked up through a hash index."""
    long_id = "dépêche-" + "x" * 300
    feed = tmp_path / "long.jsonl"
    feed.write_text(json.dumps({"id": long_id, "url": "https://long.example/?q=" + "y" * 4000, "source": "Le Phare " + "z" * 250,
                                "title": "Un titre", "body": "Le conseil municipal a voté le budget mardi soir."}) + "\n", "utf-8")
    assert ingest(feed).totals()["created"] == 1
    a = store.get(long_id)
    assert a.source.endswith("z" * 250) and len(a.url) > 4000


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_migration_8_indexes_articles_already_stored(ingest, store, tmp_path):
    feed = tmp_path / "a.jsonl"
    feed.write_text(json.dumps({"id": "m1", "title": "Les élèves de l’école Jules-Ferry en classe de mer",
                                "body": "Vingt-six élèves sont partis lundi pour une semaine au bord de l’océan."}) + "\n", "utf-8")
    ingest(feed)
    with store.engine.begin() as conn:  # the store as migration 7 left it
        conn.exec_driver_sql("ALTER TABLE articles DROP COLUMN search")
        conn.exec_driver_sql("DROP TEXT SEARCH CONFIGURATION recoupe_fr")
        conn.exec_driver_sql("DROP TEXT SEARCH DICTIONARY recoupe_fr_stem")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version >= 8")
    store.close()
    with Store(store.url) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert [h["id"] for h in s.search("eleve ecole")["hits"]] == ["m1"]


# -- several writers, and readers beside them --------------------------------------------------

def _in_thread(fn):
    out: dict[str, object] = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed back to the test
            out["error"] = e

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def test_writers_wait_for_each_other_and_readers_wait_for_none(store):
    """While one write transaction is open: a reader of another connection gets an answer at
    once (what was committed before), a second writer waits, and once the first commits the
    second sees what it wrote (so its check-then-insert cannot double a row)."""
    other = Store(store.url)
    entered = threading.Event()
    try:
        with store.writing() as w:
            w.entities.add("per-ines-caradec", "Inès Caradec", "person")
            w.entities.add_keys("per-ines-caradec", ["name:ines caradec"])

            def read(s):
                return s.count(), s.stats()["entities"], s.search("Caradec")["total"]

            def read_afresh():  # as a new process does: connect, see the schema is current, read
                with Store(store.url) as s:
                    return read(s)

            for how in (lambda: read(other), read_afresh):
                reader, got = _in_thread(how)
                reader.join(10)
                assert not reader.is_alive(), "a reader waited on a writer"
                assert got.get("value") == (0, 0, 0), got

            def second_writer():
                with other.writing() as w2:
                    entered.set()
                    return w2.entities.find("name:ines caradec")

            writer, seen = _in_thread(second_writer)
            time.sleep(1.0)
            assert not entered.is_set(), "two write transactions were open at once"
        writer.join(30)
        assert entered.is_set() and seen.get("value") == [("per-ines-caradec", "Inès Caradec", "person")], seen
    finally:
        other.close()


ARTICLES = [
    # (event, outlet, title, body): four events, three outlets each, in our own words
    ("crue", "Le Phare", "Crue de l’Orbieu : deux cents habitants évacués à Villerouge",
     "La crue de l’Orbieu a contraint la mairie de Villerouge à évacuer deux cents habitants dans la nuit de lundi à mardi. "
     "La maire, Jeanne Castagné, a ouvert le gymnase municipal pour accueillir les sinistrés. Le préfet de l’Aude a "
     "déclenché le plan d’urgence et les pompiers ont procédé à une vingtaine de sauvetages en bateau."),
    ("crue", "La Vigie", "À Villerouge, l’Orbieu sort de son lit et les pompiers évacuent",
     "Les pompiers de l’Aude ont évacué en bateau des familles bloquées par la crue de l’Orbieu à Villerouge. "
     "Jeanne Castagné, maire de la commune, parle d’une nuit très longue : deux cents habitants ont dormi au gymnase. "
     "La préfecture a activé le plan d’urgence et prévoit une décrue lente jusqu’à jeudi."),
    ("crue", "Le Courrier", "Inondations dans l’Aude : Villerouge sous les eaux",
     "Villerouge a vécu une nuit d’angoisse : la crue de l’Orbieu a inondé le centre du village. La maire Jeanne Castagné "
     "a fait évacuer deux cents habitants vers le gymnase, avec l’aide des pompiers et de leurs bateaux. Le préfet de "
     "l’Aude a déclenché le plan d’urgence."),
    ("greve", "Le Phare", "Montclaret : les éboueurs en grève depuis douze jours",
     "La grève des éboueurs de Montclaret entre dans son douzième jour et les poubelles s’entassent sur les trottoirs. "
     "Le syndicat réclame une prime de pénibilité ; le maire, Paul Ferrand, propose une négociation vendredi. La collecte "
     "des déchets est suspendue dans tous les quartiers."),
    ("greve", "La Vigie", "Les poubelles débordent à Montclaret, la grève des éboueurs continue",
     "Douze jours de grève et pas de collecte : les éboueurs de Montclaret demandent une prime de pénibilité. Paul Ferrand, "
     "maire de Montclaret, a invité le syndicat à une négociation vendredi. Les habitants entassent leurs déchets au pied "
     "des immeubles."),
    ("greve", "Le Courrier", "Grève des éboueurs : Paul Ferrand propose de négocier",
     "Le maire de Montclaret, Paul Ferrand, propose au syndicat des éboueurs une négociation vendredi, après douze jours "
     "de grève. La collecte des déchets est à l’arrêt et les poubelles débordent. Les grévistes veulent une prime de "
     "pénibilité."),
    ("mosaique", "Le Phare", "Une mosaïque romaine découverte à Saint-Lizier-du-Bois",
     "Les archéologues de l’Inrap ont mis au jour une mosaïque romaine de quarante mètres carrés à Saint-Lizier-du-Bois, "
     "sous le chantier d’un lotissement. Marc Delbos, qui dirige la fouille, la date du troisième siècle : elle ornait une "
     "villa gallo-romaine. Les fouilles dureront jusqu’en juin."),
    ("mosaique", "La Vigie", "Saint-Lizier-du-Bois : une villa gallo-romaine sous le lotissement",
     "Sous le futur lotissement de Saint-Lizier-du-Bois, l’Inrap a découvert une villa gallo-romaine et sa mosaïque du "
     "troisième siècle. Pour l’archéologue Marc Delbos, responsable de la fouille, c’est une découverte rare dans la "
     "région. Le chantier est suspendu jusqu’en juin."),
    ("mosaique", "Le Courrier", "Archéologie : la mosaïque de Saint-Lizier-du-Bois dévoilée",
     "Quarante mètres carrés de mosaïque romaine : c’est ce qu’ont trouvé les archéologues de l’Inrap à Saint-Lizier-du-Bois. "
     "Marc Delbos, qui conduit la fouille, décrit une villa gallo-romaine du troisième siècle. Le lotissement attendra la "
     "fin des fouilles, en juin."),
    ("maternite", "Le Phare", "Pontarlin : l’ARS confirme la fermeture de la maternité",
     "L’agence régionale de santé a confirmé la fermeture de la maternité de Pontarlin à la fin de l’année, faute "
     "d’obstétriciens. La députée Sophie Renaud dénonce une décision qui éloigne huit cents accouchements par an. Une "
     "manifestation est prévue samedi devant l’hôpital."),
    ("maternite", "La Vigie", "Maternité de Pontarlin : la députée Sophie Renaud appelle à manifester",
     "Sophie Renaud, députée, appelle à manifester samedi devant l’hôpital de Pontarlin contre la fermeture de la "
     "maternité annoncée par l’ARS. Huit cents femmes y accouchent chaque année ; l’agence invoque le manque "
     "d’obstétriciens."),
    ("maternite", "Le Courrier", "Fermeture de la maternité de Pontarlin : colère avant la manifestation",
     "La maternité de Pontarlin fermera à la fin de l’année, a confirmé l’agence régionale de santé, qui ne trouve plus "
     "d’obstétriciens. Huit cents accouchements par an devront se faire ailleurs. La députée Sophie Renaud sera samedi à "
     "la manifestation devant l’hôpital."),
]
DAYS = {"crue": "2026-04-06", "greve": "2026-04-07", "mosaique": "2026-04-08", "maternite": "2026-04-09"}


def _record(i: int) -> dict[str, str]:
    event, outlet, title, body = ARTICLES[i]
    slug = outlet.lower().replace(" ", "-")
    return {"id": f"{event}-{slug}", "url": f"https://{slug}.example/{event}", "source": outlet, "title": title,
            "published": f"{DAYS[event]}T{8 + i % 3:02d}:00:00+02:00", "lang": "fr", "body": body}


@pytest.mark.slow
def test_two_ingests_at_once_store_every_article_once_and_each_story_once(db_url, tmp_path):
    """Two `recoupe ingest` processes over overlapping inputs, one article per transaction:
    every article is stored once (one revision), and each event is one story, although both
    processes placed its first articles at about the same time."""
    outlets = {"Le Phare": 0, "La Vigie": 1, "Le Courrier": 2}
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    # each process has two outlets of every event; the middle one is in both inputs
    first.write_text("".join(json.dumps(_record(i)) + "\n" for i, a in enumerate(ARTICLES) if outlets[a[1]] < 2), "utf-8")
    second.write_text("".join(json.dumps(_record(i)) + "\n" for i, a in enumerate(ARTICLES) if outlets[a[1]] > 0), "utf-8")
    Store(db_url).close()  # migrated before, as a store in use is
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, "-m", "recoupe.cli", "ingest", str(path), "--db", db_url, "--batch-size", "1",
                               "--workers", "1", "--json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for path in (first, second)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-2000:]
    totals = [json.loads(out)["totals"] for out, _ in outs]
    assert sum(t["created"] for t in totals) == len(ARTICLES)
    assert sum(t["duplicates"] for t in totals) == 4 and sum(t["revised"] for t in totals) == 0
    with Store(db_url) as s:
        stored = list(s.query(full=False))
        assert sorted(a.id for a in stored) == sorted(_record(i)["id"] for i in range(len(ARTICLES)))
        assert s.stats()["revisions"] == len(ARTICLES)
        stories = {e: {a.story_id for a in stored if a.id.startswith(e + "-")} for e in DAYS}
        assert all(len(ids) == 1 for ids in stories.values()), stories
        assert len({next(iter(ids)) for ids in stories.values()}) == len(DAYS)
        assert s.story_count() == len(DAYS)
        with s.writing() as w:
            documents, _ = w.stories.document_frequency([])
        assert documents == len(ARTICLES)  # no count lost to a concurrent update
        with s.engine.connect() as conn:
            names = conn.execute(sa.text("SELECT name, type FROM entities")).all()
        assert len(names) == len(set(names)), sorted(names)


def test_a_nul_character_in_an_input_is_stored_on_both_backends(ingest, store, tmp_path):
    """U+0000 is no text (PostgreSQL's text cannot hold it): the parser drops it, so that both
    backends store the same text and the offsets of sentences and mentions are taken on it."""
    feed = tmp_path / "nul.jsonl"
    body = "Le maire de Saint-Aubin, Marc\u0000 Leroy, a inauguré la médiathèque samedi. Elle ouvrira lundi."
    feed.write_text(json.dumps({"id": "nul-1", "title": "Une médiathèque\u0000 à Saint-Aubin", "body": body}) + "\n", "utf-8")
    assert ingest(feed).totals()["created"] == 1
    a = store.get("nul-1")
    assert a.body == "Le maire de Saint-Aubin, Marc Leroy, a inauguré la médiathèque samedi. Elle ouvrira lundi."
    assert a.title == "Une médiathèque à Saint-Aubin"
    assert [h["id"] for h in store.search("médiathèque")["hits"]] == ["nul-1"]


def test_the_sources_check_then_insert_holds_under_concurrency(store):
    """Two processes adding the same source, or recording the same items of a feed, at the same
    moment: one source (the other told it is followed already), one row per item."""
    stores = [Store(store.url) for _ in range(4)]
    try:
        start = threading.Barrier(len(stores))

        def add(s):
            start.wait()
            try:
                return s.add_source(name="Le Phare", url="https://phare.example/rss.xml", kind="feed", outlet=None,
                                    allow_private=False)["name"]
            except StoreError as e:
                return str(e)

        runs = [_in_thread(lambda s=s: add(s)) for s in stores]
        for t, _ in runs:
            t.join(60)
        results = sorted(str(out.get("value", out.get("error"))) for _, out in runs)
        assert results.count("Le Phare") == 1 and sum("already followed" in r for r in results) == 3, results
        (source,) = store.sources()
        items = [{"source_id": source["id"], "url": f"https://phare.example/{i}", "guid": f"g{i}", "title": f"Titre {i}",
                  "status": "page", "attempts": 1, "article_id": None} for i in range(20)]
        start.reset()

        def save(s):
            start.wait()
            s.save_source_items(items)

        runs = [_in_thread(lambda s=s: save(s)) for s in stores]
        for t, _ in runs:
            t.join(60)
        assert not [out["error"] for _, out in runs if "error" in out]
        assert store.source_item_counts(source["id"]) == {"page": 20}
    finally:
        for s in stores:
            s.close()


def test_recluster_gives_back_the_stories_of_the_designed_events(ingest, store, tmp_path):
    """Clearing the stories and placing every stored signal again (one transaction) works on
    each backend and finds the same four events."""
    from recoupe import pipeline

    feed = tmp_path / "events.jsonl"
    feed.write_text("".join(json.dumps(_record(i)) + "\n" for i in range(len(ARTICLES))), "utf-8")
    ingest(feed)

    def partition():
        return sorted(sorted(a.id for a in store.query(full=False) if a.story_id == sid)
                      for sid in {a.story_id for a in store.query(full=False)})

    before = partition()
    assert len(before) == len(DAYS)
    assert pipeline.recluster(store) == len(ARTICLES)
    assert partition() == before and store.story_count() == len(DAYS)
