"""One module for text keys, each named for its use; ligatures are spelt out in all of them."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from recoupe.normalise import entity_keys, name_key, search_key, slug, story_key, text_key
from recoupe.store import SCHEMA_VERSION, Store
from recoupe.store.tables import entities
from recoupe.store.tables import entity_keys as entity_keys_table

NAME = "Œuvre d’Aït-Saïd"


def test_each_key_keeps_what_its_use_needs_and_none_loses_the_oe():
    assert story_key(NAME) == "oeuvre d’ait-said"  # a term keeps its punctuation: the splitter cuts it
    assert text_key(NAME) == "oeuvre d'ait-said"  # sentences compare with straight apostrophes
    assert name_key(NAME) == "oeuvre d ait said"  # names meet across spellings
    assert search_key("œuvr") == "oeuvr"  # a Snowball stem, already lower case
    assert slug(NAME) == "oeuvre-d-ait-said"


def test_name_keys_join_spelling_variants():
    assert name_key("Zelenskyy") == name_key("Zélenski") == name_key("ZELENSKY") == "zelenski"
    assert name_key("Cœur") == name_key("Coeur")
    assert text_key("Straße") == text_key("strasse")


def test_entity_keys():
    # doubled letters are folded ("Anne" is "ane"), so "Ane" and "Anne" meet
    assert entity_keys("Anne-Sœur Martin", "person", ["Mme Martin"]) == [
        "name:ane soeur martin", "alias:me martin", "last:martin", "last4:mart"]
    assert entity_keys("Œuvre", "organisation", []) == ["name:oeuvre"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # SQLite itself: its file, its FTS5 rows
def test_migration_5_rekeys_entities_and_reindexes_search(tmp_path, ingest, store):
    """A store written before the fix had « uvre » for « Œuvre » in its entity keys and an
    unfolded « œ » in its search rows; migrating it finds both by « oe »."""
    feed = tmp_path / "a.json"
    feed.write_text('{"id": "a1", "title": "Le chantier de l’association Œuvre Solidaire à Nantes", '
                    '"body": "L’association Œuvre Solidaire a ouvert un chantier à Nantes, a annoncé sa présidente, '
                    'Chloé Martin, devant les bénévoles réunis lundi.", "published": "2026-03-01", "lang": "fr"}', "utf-8")
    ingest(feed)
    db = store.url.removeprefix("sqlite:///")
    with store.engine.begin() as conn:
        ids = conn.execute(sa.select(entities.c.id).where(entities.c.name.contains("Œ"))).scalars().all()
        assert ids, "the example has an entity spelt with « Œ »"
        conn.execute(entity_keys_table.update().where(entity_keys_table.c.entity_id.in_(ids))
                     .values(key=sa.func.replace(entity_keys_table.c.key, "oe", "")))  # the old, lossy key
    store.close()
    con = sqlite3.connect(db)
    con.execute("UPDATE article_search SET body = replace(body, 'oe', 'œ')")  # the old, unfolded search key
    con.execute("DELETE FROM schema_migrations WHERE version >= 5")
    con.commit()
    con.close()
    with Store(db) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.search("oeuvre")["total"] == 1
        with s.engine.connect() as conn:
            keys = set(conn.execute(sa.select(entity_keys_table.c.key).where(entity_keys_table.c.entity_id.in_(ids))).scalars())
        assert "name:oeuvre solidaire" in keys or "alias:oeuvre solidaire" in keys
        assert not any(k.endswith(":uvre solidaire") for k in keys)
        assert set(s.entity_ids("Oeuvre Solidaire")) == set(ids)
