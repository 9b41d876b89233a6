"""Full-text search: its keys are safe to compute from several threads (the web server's), and
a query finds the same articles, ranked alike and in the same shape, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sys
import threading

import pytest

from recoupe.store.search import search_words


def test_search_keys_from_many_threads_at_once():
    """Snowball's stemmer keeps state between calls; one shared by the server's threads raised
    IndexError or gave wrong stems under load. Each thread now has its own."""
    text = "Les manifestations nationales se sont déroulées dans plusieurs villes françaises. " * 20
    want = search_words(text)
    errors: list[str] = []

    def run() -> None:
        try:
            for _ in range(80):
                if search_words(text) != want:
                    errors.append("different stems")
        except Exception as e:  # noqa: BLE001 - what the old shared stemmer raised is the point
            errors.append(repr(e))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=run) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not errors, errors[:3]


def test_search_keys_come_from_snowball_in_c_with_the_pure_python_stems():
    """PyStemmer (Snowball compiled) is what the stemmer of search keys is, for speed; its French
    stems must be those of snowballstemmer's own Python translation of the same algorithm, or
    stores written before and after would not find the same words."""
    import snowballstemmer
    import Stemmer
    from snowballstemmer.french_stemmer import FrenchStemmer

    assert isinstance(snowballstemmer.stemmer("french"), Stemmer.Stemmer)
    words = ("manifestations nationales déroulées villes françaises élections municipales "
             "inondations gouvernement annoncé ministre présidentielle hôpitaux soignants "
             "continuaient réformes retraites grève cheminots incendie forêt évacués "
             "économiquement négociations été œuvre Noël aïeux naïveté").split()
    assert Stemmer.Stemmer("french").stemWords(words) == FrenchStemmer().stemWords(words)


# -- search on each backend: SQLite's FTS5, PostgreSQL's tsvector ----------------------------

SEARCH_ARTICLES = [
    {"id": "s-ecole", "url": "https://phare.example/ecole", "source": "Le Phare",
     "title": "Les élèves de l’école Jules-Ferry partent en classe de mer",
     "body": "Vingt-six élèves sont partis lundi pour une semaine au bord de l’océan. Le conseil municipal a payé le car.\n\n"
             "Les parents ont salué l’initiative de l’institutrice."},
    {"id": "s-budget", "url": "https://phare.example/budget", "source": "Le Phare",
     "title": "Le budget de la commune adopté mardi",
     "body": "Le conseil a voté mardi un budget municipal en hausse. La rénovation de l’école maternelle est repoussée."},
    {"id": "s-oeuvre", "url": "https://vigie.example/oeuvre", "source": "La Vigie",
     "title": "L’association Œuvre Solidaire ouvre un chantier",
     "body": "L’association Œuvre Solidaire a ouvert un chantier d’insertion à Nantes, a annoncé sa présidente."},
    {"id": "s-meteo", "url": "https://vigie.example/meteo", "source": "La Vigie",
     "title": "Orages attendus sur la côte",
     "body": "Météo-France place trois départements en vigilance orange pour des orages violents jeudi soir."},
    {"id": "s-port", "url": "https://vigie.example/port", "source": "La Vigie",
     "title": "Le port de pêche agrandi",
     "body": "Les travaux d’agrandissement du port de pêche commenceront en septembre pour deux ans."},
]


@pytest.fixture
def searched(ingest, store, tmp_path):
    feed = tmp_path / "search.jsonl"
    feed.write_text("".join(json.dumps({**a, "published": "2026-05-04", "lang": "fr"}) + "\n" for a in SEARCH_ARTICLES), "utf-8")
    assert ingest(feed).totals()["created"] == len(SEARCH_ARTICLES)
    return store


def _ids(result):
    return [h["id"] for h in result["hits"]]


def test_search_folds_accents_and_stems_alike_on_both_backends(searched):
    assert _ids(searched.search("eleve")) == ["s-ecole"]  # « élèves »
    assert _ids(searched.search("ÉLÈVES partis")) == ["s-ecole"]
    assert _ids(searched.search("oeuvre")) == _ids(searched.search("œuvre")) == ["s-oeuvre"]  # the ligature spelt out
    assert searched.search("eleve nantes")["total"] == 0  # every word is required
    assert searched.search("« ... »") == {"total": 0, "hits": []}


def test_search_ranks_the_title_first_and_reads_quoted_phrases(searched):
    found = searched.search("école")
    assert _ids(found) == ["s-ecole", "s-budget"]  # in the title before in the body
    assert found["hits"][0]["score"] > found["hits"][1]["score"] > 0
    assert set(_ids(searched.search("conseil municipal"))) == {"s-ecole", "s-budget"}
    assert _ids(searched.search('"conseil municipal"')) == ["s-ecole"]  # the words side by side
    assert _ids(searched.search('"municipal conseil"')) == []
    assert _ids(searched.search("école", limit=1, offset=1)) == ["s-budget"]


def test_search_hits_have_one_shape_and_a_snippet(searched):
    found = searched.search("élèves océan")
    assert found["total"] == 1
    (hit,) = found["hits"]
    assert set(hit) == {"id", "source", "title", "lead", "published", "story_id", "score", "snippet"}
    assert hit["published"] == {"value": "2026-05-04", "precision": "day"} and hit["story_id"]
    text = hit["snippet"]["text"]
    assert text.startswith("Vingt-six élèves")
    assert [text[s:e] for s, e in hit["snippet"]["highlights"]] == ["élèves", "océan"]


def test_a_revised_article_is_found_by_its_new_text_only(searched, ingest, tmp_path):
    revised = tmp_path / "revised.jsonl"
    revised.write_text(json.dumps({**SEARCH_ARTICLES[2], "body": "Le chantier d’insertion ouvrira à Rezé.",
                                   "published": "2026-05-04", "updated": "2026-05-05", "lang": "fr"}) + "\n", "utf-8")
    assert ingest(revised).totals()["revised"] == 1
    assert _ids(searched.search("Rezé")) == ["s-oeuvre"]
    assert searched.search("Nantes")["total"] == 0


def test_stemmed_texts_are_the_keys_of_their_words() -> None:
    """The FTS row's text (lower-cased whole) holds the keys ``search_words`` gives word by
    word, the letters that lower-case otherwise in a word than in a text included."""
    from recoupe.store.search import search_words, stemmed

    for text in ("Les négociations reprendront à Genève, a annoncé l'ÉLYSÉE ; Straße, œuvres.",
                 "İstanbul accueille la finale", "ΟΔΟΣ.Α et ΣΟΦΙΑ", "x_y 3e2 K", ""):
        assert stemmed(text) == " ".join(k for _, _, k in search_words(text))
    assert stemmed("Les négociations reprendront") == stemmed("les NÉGOCIATIONS reprendront")
