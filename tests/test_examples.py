"""The bundled example corpus ingests as its manifest describes it."""

import json
from collections import Counter

import pytest
from conftest import EXAMPLES

MANIFEST = json.loads((EXAMPLES / "manifest.json").read_text("utf-8"))
INPUTS = [EXAMPLES / "text", EXAMPLES / "html", EXAMPLES / "json"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, enricher):
    from recoupe import pipeline
    from recoupe.store import Store

    store = Store(str(tmp_path_factory.mktemp("examples") / "examples.db"))
    report = pipeline.ingest([str(p) for p in INPUTS], store, source="L'Écho des Plaines", enricher=enricher, workers=1)
    yield store, report
    store.close()


def _stored(store, entry):
    if entry.get("record_id"):
        return store.get(entry["record_id"])
    if entry.get("url"):
        (a,) = [a for a in store.query() if a.url == entry["url"]]
        return store.get(a.id)
    (a,) = [a for a in store.query() if a.origin.endswith(entry["file"])]
    return store.get(a.id)


def test_the_corpus_is_what_the_brief_asks_for():
    articles = MANIFEST["articles"]
    assert len(articles) >= 30
    assert len({a["source"] for a in articles}) >= 6
    assert len({a["story"] for a in articles}) >= 10
    days = sorted(a["published"][:10] for a in articles if len(a["published"]) >= 10)
    assert days[0] >= "2026-03-01" and days[-1] <= "2026-03-16"
    kinds = {d["kind"] for d in MANIFEST["divergences"]}
    assert {"quote_variant", "figure", "date", "equivalent", "single_source", "wire_copy", "revision", "feed_item", "month_precision"} <= kinds
    assert {b for a in articles for b in a["has_boilerplate"]} >= {"donation", "subscription", "related", "newsletter", "share", "paywall"}


@pytest.mark.parametrize("story", MANIFEST["stories"], ids=lambda s: s["key"])
def test_each_story_is_described_and_has_material_to_cross_check(story):
    members = [a for a in MANIFEST["articles"] if a["story"] == story["key"]]
    assert sorted(a["url"] or a["file"] for a in members) == sorted(story["articles"])
    assert sorted({a["source"] for a in members}) == story["sources"] and len(story["sources"]) >= 2
    kinds = Counter(d["kind"] for d in MANIFEST["divergences"] if d["story"] == story["key"])
    assert kinds["single_source"] >= 2 and kinds["figure"] + kinds["date"] + kinds["quote_variant"] >= 1
    assert story["same_fact_different_words"]
    for d in MANIFEST["divergences"]:
        if d["story"] == story["key"]:
            assert set(d["articles"]) <= set(story["articles"]) and len(d["texts"]) == len(d["articles"]) == len(d["files"])


def test_disagreements_disagree_and_equivalent_values_agree():
    for d in MANIFEST["divergences"]:
        if d["kind"] == "equivalent":
            # the same value written differently ("90 minutes", "une heure et demie"): not a contradiction
            assert len(d["texts"]) >= 2 and len(set(d["texts"])) == len(d["texts"])
            assert len({str(v)[:10] for v in d["values"]}) == 1, d["texts"]
        elif d["kind"] in ("figure", "date") and "values" in d:
            assert len(set(map(str, d["values"]))) >= 2, d["texts"]
        if d["kind"] == "quote_variant":
            assert len(set(d["texts"])) >= 2 and len(set(d["sources"])) >= 2


def _parsed(entry):
    """The article of a manifest entry as the parse stage reads it (no model needed)."""
    from recoupe.ingest import sources
    from recoupe.ingest.parse import parse_record

    records = [parse_record(r) for r in sources.read_input(str(EXAMPLES.parent / entry["file"]))]
    if len(records) == 1:
        return records[0]
    (a,) = [a for a in records if a.id == entry["record_id"] or a.url == entry["url"]]
    return a


def _fold(text):
    # the HTML extractor turns no-break spaces of the body into spaces; the manifest keeps the page's
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("d", [d for d in MANIFEST["divergences"] if d["kind"] != "month_precision"],
                         ids=lambda d: f'{d["story"]}-{d["kind"]}')
def test_every_planted_text_is_in_its_article(d):
    by_ref = {}
    for e in MANIFEST["articles"]:
        by_ref.setdefault(e["url"] or e["file"], []).append(e)
    for ref, file, text in zip(d["articles"], d["files"], d["texts"], strict=True):
        (entry,) = [e for e in by_ref[ref] if e["file"] == file]
        a = _parsed(entry)
        assert _fold(text) in _fold("\n".join(x or "" for x in (a.title, a.lead, a.body))), (file, text)


def test_everything_ingests_without_rejection(corpus):
    store, report = corpus
    assert report.rejected == []
    revisions = [d for d in MANIFEST["divergences"] if d["kind"] == "revision"]
    assert report.totals()["created"] == len(MANIFEST["articles"]) - len(revisions)
    assert report.totals()["revised"] == len(revisions)


@pytest.mark.parametrize("entry", MANIFEST["articles"], ids=lambda e: e.get("record_id") or e["file"].rsplit("/", 1)[-1])
def test_each_article_is_parsed_as_written(corpus, entry):
    store, _ = corpus
    a = _stored(store, entry)
    if not a.origin.split(":")[0].split("[")[0].endswith(entry["file"]):
        # an earlier version of an updated article: kept as a revision, no longer current
        assert a.revision > 1 and a.revisions[0].title == entry["title"]
        return
    assert a.source == entry["source"]
    assert a.title == entry["title"]
    assert a.published is not None and a.published.value.startswith(entry["published"])
    assert list(a.authors) == entry["authors"]
    if entry.get("lead"):
        assert a.lead == entry["lead"]
    assert sorted({b.kind for b in a.boilerplate}) == sorted(set(entry["has_boilerplate"]))
    for b in a.boilerplate:
        assert b.text not in a.body
    assert a.lang == "fr"


def test_the_updated_article_keeps_both_versions(corpus):
    store, _ = corpus
    (rev,) = [d for d in MANIFEST["divergences"] if d["kind"] == "revision"]
    url = rev["articles"][0]
    (a,) = [a for a in store.query() if a.url == url]
    a = store.get(a.id)
    assert a.revision == 2 and [r.revision for r in a.revisions] == [1, 2]
    assert a.updated is not None


def test_the_feed_item_and_the_month_precision(corpus):
    store, _ = corpus
    (feed,) = [d for d in MANIFEST["divergences"] if d["kind"] == "feed_item"]
    (item,) = [a for a in store.query() if a.url == feed["articles"][0]]
    assert item.title and item.body == ""
    months = [a for a in store.query() if a.published and a.published.precision == "month"]
    assert len(months) == sum(1 for e in MANIFEST["articles"] if len(e["published"]) == 7)


def test_wire_copies_are_separate_articles_of_separate_outlets(corpus):
    store, _ = corpus
    (wire,) = [d for d in MANIFEST["divergences"] if d["kind"] == "wire_copy"]
    stored = [a for a in store.query() if a.url in wire["articles"]]
    assert len(stored) == len(wire["articles"]) and len({a.source for a in stored}) == len(stored)


def test_people_are_found_with_their_roles(corpus):
    store, _ = corpus
    people = Counter()
    with_roles = 0
    for a in store.query():
        for e in a.entities:
            if e.type == "person":
                people[e.id] += 1
                with_roles += bool(e.roles)
    # the stories' protagonists appear in several articles under one id
    assert sum(1 for n in people.values() if n >= 3) >= 5
    assert with_roles >= 20


GOLD = json.loads((EXAMPLES.parent / "bench" / "data" / "compare-dev.json").read_text("utf-8"))


def test_the_alignment_gold_quotes_the_articles_of_its_stories():
    """bench/data/compare-dev.json names articles of the right story, and each sentence it aligns is
    in the article exactly once, so that editing an example cannot silently break the gold."""
    by_ref = {}
    for e in MANIFEST["articles"]:
        for ref in {e["url"] or e["file"], e["file"]}:
            by_ref.setdefault(ref, []).append(e)
    pairs = [p for p in GOLD["pairs"] if p["story"] != "samples"]
    assert len(pairs) >= 20 and {p["story"] for p in pairs} == {s["key"] for s in MANIFEST["stories"]}
    for pair in pairs:
        for side in ("a", "b"):
            entries = by_ref[pair[side]]
            assert {e["story"] for e in entries} == {pair["story"]}
            a = _parsed(max(entries, key=lambda e: e["updated"] or e["published"]))
            fields = (a.title or "", a.lead or "", a.body)
            for al in pair["aligned"]:
                assert sum(f.count(al[side]) for f in fields) == 1, (pair[side], al[side])
        assert {al["relation"] for al in pair["aligned"]} <= {"same", "contradiction"}


def test_the_alignment_gold_spans_of_the_real_samples(shared):
    import hashlib

    from recoupe.ingest import sources
    from recoupe.ingest.parse import parse_record

    (pair,) = [p for p in GOLD["pairs"] if p["story"] == "samples"]
    arts = {}
    for side in ("a", "b"):
        (record,) = sources.read_input(str(shared / "samples" / pair[side]["file"]))
        arts[side] = parse_record(record)
    assert pair["aligned"]
    for al in pair["aligned"]:
        for side in ("a", "b"):
            sp = al[side]
            text = getattr(arts[side], sp["field"]) or ""
            assert 0 <= sp["start"] < sp["end"] <= len(text)
            assert hashlib.sha256(text[sp["start"]:sp["end"]].encode()).hexdigest()[:12] == sp["sha"]
