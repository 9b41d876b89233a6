"""Quality gates on the dev sets of ../shared: they skip only when the data is absent, and fail
when a score drops below its floor.

The floors sit a little under today's dev figures (quotations F1 0.935 and speakers 0.863 over
both old dev files; direct quotations F1 0.915 and speakers 0.881 on quotes-dev2, F1 0.937 and
speakers 0.813 on quotes-dev3, F1 0.912 and speakers 0.830 on quotes-dev4, all under issue 12's
conventions; OG2021 stories BCubed F1 0.803). The fresh sets (annotated
before anything ran on them, scored and not studied) have floors against a loss too: a floor reads
a figure, never an error; floors sit a little under each figure
so that noise passes and a real loss does not.
Each gate scores with the bench script's own functions, so the gate and the printed figure are
one computation. The blind sets are never gated here: they are scored by the bench scripts,
not studied.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from benchmods import bench

from recoupe import pipeline, reading
from recoupe.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "orangesum" / "articles.jsonl.gz"
OG2021 = SHARED / "dev" / "og2021-fr-dev.tsv"

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_quotations_on_the_dev_sets(enricher):
    if not CORPUS.is_file():
        pytest.skip("../shared/corpora/orangesum is not here")
    quotes = bench("eval_quotes")
    articles: list[dict] = []
    predictions: dict[int, list[dict]] = {}
    for name in ("quotes-dev.json", "quotes-dev-ext.json"):
        gold = json.loads((ROOT / "bench" / "data" / name).read_text("utf-8"))
        found, _ = quotes.predict(gold["articles"], CORPUS, enricher, gold.get("field", "article"))
        predictions.update(found)
        articles += gold["articles"]
    scores = quotes.score(articles, predictions)
    assert scores["f1"] >= 0.91, scores
    # 0.863 today (all kinds): since session 9 these files follow issue 12's conventions too
    # (the article's description for an unnamed source; bench/data/QUOTES-GUIDELINES.md)
    assert scores["speaker_accuracy"] >= 0.85, scores


@pytest.mark.parametrize(("name", "f1_floor", "speaker_floor"), [
    # F1 0.915 and speakers 0.881 today (0.595 before issue 12's work, 0.740 before the dependency
    # parse, 0.843 before the coreference rules of session 8)
    ("quotes-dev2.json", 0.89, 0.86),
    # drawn in session 10 like dev2 and the blind set; 0.619 before any change made on it, 0.806
    # today (one quotation is 0.006)
    ("quotes-dev3.json", 0.92, 0.78),
    # drawn in session 11 and scored unstudied (0.770 first, 0.788 at its end); a dev set from
    # session 12: 0.830 today
    ("quotes-dev4.json", 0.89, 0.80),
    # drawn in session 12 like dev4 and scored unstudied (0.715 first, 0.726 at its end); a dev set
    # from session 13
    ("quotes-dev5.json", 0.93, 0.70),
    # drawn in session 13 like dev5 and scored unstudied (F1 0.944, speakers 0.780 first, 0.786 at
    # its end); a dev set from session 14
    ("quotes-dev6.json", 0.92, 0.75),
    # drawn in session 14 like dev6 and scored unstudied (F1 0.923, speakers 0.701 first, 0.743 at its
    # end); a dev set from session 15
    ("quotes-dev7.json", 0.90, 0.71),
    # drawn in session 15 like dev7 and scored unstudied: F1 0.957, speakers 0.606 first (39 articles: line
    # 17811, also in speakers-dev, left out); a dev set from session 16
    ("quotes-dev8.json", 0.93, 0.57),
    # drawn in session 16 like dev8 and scored unstudied: F1 0.939, speakers 0.751 first (38 articles: lines
    # 27513 and 3650, in speakers-dev's drawn lines, left out); a dev set from session 17
    ("quotes-dev9.json", 0.91, 0.71),
    # drawn in session 17 like dev9 and scored unstudied: F1 0.959, speakers 0.692 first (39 articles: line
    # 19025, in speakers-dev's drawn lines, left out); a dev set from session 18
    ("quotes-dev10.json", 0.93, 0.65),
    # drawn in session 18 like dev10 and scored unstudied: F1 0.934, speakers 0.804 first (39 articles: line
    # 3984, in speakers-dev's drawn lines, left out); a dev set from session 19
    ("quotes-dev11.json", 0.90, 0.75),
    # drawn at the end of session 18 like dev11, for session 19, scored unstudied: F1 0.932, speakers 0.729
    # first and at the end of session 19 (35 articles: four lines in speakers-dev's drawn lines and one in
    # stories-2020-06 left out); a dev set from session 20
    ("quotes-dev12.json", 0.89, 0.66),
    # drawn at the start of session 19 like dev12 and scored unstudied: F1 0.914, speakers 0.701 first, 0.706 at
    # the end of session 20 (37 articles: line 7262, in speakers-dev's drawn lines, and 5770, 3368, in
    # stories-2020-06, left out); a dev set from session 21
    ("quotes-dev13.json", 0.88, 0.63),
    # drawn at the start of session 20 like dev13 and scored unstudied: F1 0.930, speakers 0.594 first, 0.611 at
    # the end of session 21 (38 articles: line 16592, in speakers-dev's drawn lines, and 649, in stories-2020-06,
    # left out); a dev set from session 22
    ("quotes-dev14.json", 0.90, 0.52),
    # drawn at the start of session 21 like dev14 and scored unstudied: F1 0.958, speakers 0.733 first, 0.733 at
    # the end of session 22 (38 articles: lines 4235 and 13227, in speakers-dev's drawn lines, left out); a dev
    # set from session 23
    ("quotes-dev15.json", 0.93, 0.66),
    # drawn at the start of session 22 like dev15 and scored unstudied: F1 0.905, speakers 0.797 first, F1
    # 0.905, speakers 0.804 at the end of session 23 (38 articles: line 17489, in speakers-dev's drawn lines,
    # and 7885, in pairs-dev3's negatives, left out); a dev set from session 24
    ("quotes-dev16.json", 0.87, 0.72),
    # drawn at the start of session 23 like dev16, scored but not yet studied (fresh): F1 0.920, speakers
    # 0.742 first (37 articles: lines 6127 and 12564, in speakers-dev's drawn lines, and 481, in pairs-dev5,
    # left out)
    ("quotes-dev17.json", 0.88, 0.66),
    # drawn at the start of session 24 like dev17, scored but not yet studied (fresh): F1 0.934, speakers
    # 0.758 first (36 articles: lines 18960 and 34134, in speakers-dev, 674 and 2658, in stories-2020-06 (2658
    # also in pairs-dev's negatives), left out)
    ("quotes-dev18.json", 0.89, 0.68),
])
def test_direct_quotations_on_the_drawn_sets(enricher, name, f1_floor, speaker_floor):
    """The direct quotations of a dev set drawn like the blind one (issue 12's conventions)."""
    if not CORPUS.is_file():
        pytest.skip("../shared/corpora/orangesum is not here")
    quotes = bench("eval_quotes")
    gold = json.loads((ROOT / "bench" / "data" / name).read_text("utf-8"))
    found, texts = quotes.predict(gold["articles"], CORPUS, enricher, gold.get("field", "article"))
    articles, predictions, _ = quotes.direct_only(gold["articles"], found, blind_conventions=True, texts=texts)
    scores = quotes.score(articles, predictions)
    assert scores["f1"] >= f1_floor, scores
    assert scores["speaker_accuracy"] >= speaker_floor, scores


def test_stories_on_og2021_dev(tmp_path, enricher):
    if not OG2021.is_file():
        pytest.skip("../shared/dev/og2021-fr-dev.tsv is not here")
    stories = bench("eval_stories")
    with OG2021.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    feed = tmp_path / "headlines.jsonl"
    feed.write_text("".join(json.dumps({"id": r["uri"], "title": r["title"], "published": r["datetime"].replace(" ", "T"),
                                        "source": "og2021", "lang": "fr"}, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    with Store(str(tmp_path / "og.db")) as store:
        pipeline.ingest([str(feed)], store, enricher=enricher, workers=1)
        listed = reading.story_list(store)
    gold = {r["uri"]: r["cluster_id"] for r in rows}
    pred = {a: s["id"] for s in listed for a in s["articles"]}
    pred |= {u: "missing:" + u for u in gold if u not in pred}  # a duplicate headline is stored once
    _, _, f1 = stories.bcubed(gold, pred)
    assert f1 >= 0.80, f1  # 0.803 today (0.798 before session 11's tagline rule, 0.783 before session 10)


def test_cross_check_on_compare_dev(enricher):
    """compare-dev.json over the example corpus and the two real samples: the precision of the
    aligned sentence pairs, 0.850 today (175/206; 0.787 while the bench still cut the lead into
    sentences against its guidelines), must stay well above the issue's floor of 0.78."""
    if not (SHARED / "samples").is_dir():
        pytest.skip("../shared/samples is not here")
    import argparse

    from recoupe.crosscheck.statements import load_model

    compare = bench("eval_compare")
    args = argparse.Namespace(gold=compare.GOLD, threshold=None, errors=False)
    totals = compare.compare_dev(args, load_model(), enricher)
    assert totals is not None
    right, found, _ = totals["all"]
    assert found and right / found >= 0.83, totals


@pytest.mark.parametrize(("name", "role", "ungrouped", "corroborated", "recall", "single", "not_facts"), [
    # same-event AFP/Orange pairs of May-June 2020: corroborated precision 0.995, recall 0.635,
    # single-source precision 0.851 and no gold not-fact among the facts today
    ("pairs-dev.json", "dev", 0, 0.97, 0.60, 0.80, 0),
    # ten pairs of July 2020 annotated in session 11 and scored unstudied (0.935 (43/46), 0.348,
    # 0.619, one gold not-fact at its end); a dev set from session 12. Floors against a loss,
    # not the targets
    ("pairs-dev2.json", "dev", 0, 0.91, 0.33, 0.58, 1),
    # ten pairs of May-June 2020 annotated in session 12 and scored unstudied (one pair split in two
    # stories, 0.966 (57/59), 0.502, 0.745, no gold not-fact); a dev set from session 13
    ("pairs-dev3.json", "dev", 1, 0.94, 0.47, 0.70, 1),
    # ten pairs of May-June 2020 annotated in session 13 and scored unstudied until session 17: first
    # figures 10/10 grouped, 0.973 (73/75), 0.606, 0.887, three facts on gold not-facts; a dev set from
    # session 18
    ("pairs-dev4.json", "dev", 0, 0.95, 0.58, 0.86, 3),
    # ten pairs of May-June 2020 annotated in session 18 and scored unstudied: first figures 10/10
    # grouped, corroborated precision 0.915 (65/71), recall 0.448, single-source 0.638, six facts on
    # gold not-facts; a dev set from session 19
    ("pairs-dev5.json", "dev", 0, 0.88, 0.42, 0.60, 6),
    # ten pairs of May-July 2020 annotated in session 19 and scored unstudied: first figures 10/10
    # grouped (3 of 4 hard negatives apart), corroborated precision 0.945 (69/73), recall 0.553,
    # single-source 0.718, one fact on a gold not-fact; a dev set from session 20
    ("pairs-dev6.json", "dev", 0, 0.91, 0.51, 0.68, 1),
    # ten pairs of May-June 2020 annotated in session 20 and scored unstudied: first figures 10/10
    # grouped (2 of 4 hard negatives apart), corroborated precision 0.902 (46/51), recall 0.511,
    # single-source 0.785, no fact on a gold not-fact; a dev set from session 22
    ("pairs-dev7.json", "dev", 0, 0.87, 0.47, 0.74, 0),
    # ten pairs of May-July 2020 annotated in session 21 (politics, justice, health) and scored unstudied: first
    # figures 9/10 grouped (none of 4 hard negatives of consecutive days apart), corroborated precision
    # 0.946 (53/56), recall 0.467, single-source 0.840, three facts on gold not-facts (the same at the end of
    # session 22); a dev set from session 23
    ("pairs-dev8.json", "dev", 1, 0.90, 0.42, 0.78, 3),
    # ten pairs of May and August-September 2020 annotated in session 22 and scored unstudied: first figures
    # 10/10 grouped (2 of 4 hard negatives apart), corroborated precision 0.966 (57/59), recall 0.552,
    # single-source 0.792, one fact on a gold not-fact (the same at the end of session 23); a dev set from
    # session 24
    ("pairs-dev9.json", "dev", 0, 0.92, 0.50, 0.74, 1),
    # ten pairs of August-September 2020 annotated in session 23, not yet studied (fresh): first figures 10/10
    # grouped (3 of 4 hard negatives apart), corroborated precision 0.986 (70/71), recall 0.572, single-source
    # 0.784, two facts on gold not-facts
    ("pairs-dev10.json", "fresh", 0, 0.93, 0.52, 0.73, 2),
    # ten pairs of August-September 2020 annotated in session 24 (eight independent rewrites, one monde pair),
    # not yet studied (fresh): first figures 10/10 grouped (2 of 4 hard negatives apart), corroborated
    # precision 0.966 (57/59), recall 0.384, single-source 0.667, one fact on a gold not-fact
    ("pairs-dev11.json", "fresh", 0, 0.92, 0.33, 0.61, 1),
])
def test_cross_check_on_the_dev_pairs(enricher, tmp_path, name, role, ungrouped, corroborated, recall, single, not_facts):
    """Same-event AFP/Orange pairs: every pair in one story, and the cross-check's figures above
    their floors."""
    if not CORPUS.is_file():
        pytest.skip("../shared/corpora/orangesum is not here")
    compare = bench("eval_compare")
    _, found_role, n = compare.score_pairs(ROOT / "bench" / "data" / name, CORPUS, enricher, str(tmp_path), show_errors=False)
    assert found_role == role
    assert n["grouped"] >= n["pairs"] - ungrouped, n
    assert n["corroborated right"] / n["corroborated"] >= corroborated, n
    assert n["found shared"] / n["gold shared"] >= recall, n
    assert n["single right"] / n["single"] >= single, n
    assert n["not_facts"] <= not_facts, n
