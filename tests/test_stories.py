"""Stories: online grouping, copies counted once, recluster, reading commands."""

import json
from datetime import datetime

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from recoupe import pipeline, reading
from recoupe.cli import cli
from recoupe.enrich.terms import acronyms, number_term, stem, term_forms
from recoupe.models import Signal, StoryState
from recoupe.stories.outlets import Member, Registry
from recoupe.stories.placement import PlacementParams, signal_time, similarity, tfidf, word_ranks


def test_similarity_decays_with_time_and_rewards_shared_terms():
    signal = Signal("a", datetime(2026, 3, 4), {"incendie": 3, "usine": 3, "drôme": 2}, {"loc-drome": 1.0})
    weights = tfidf(signal.terms, 10, {"drôme": 2})
    story = StoryState("s", datetime(2026, 3, 3), datetime(2026, 3, 4), 2, dict(weights), 1.0, {"loc-drome": 1.0}, 1.0)
    near = similarity(signal, weights, story, PlacementParams())
    assert near > PlacementParams().threshold
    later = Signal("b", datetime(2026, 3, 20), signal.terms, signal.entities)
    assert similarity(later, weights, story, PlacementParams()) < near / 3
    other = StoryState("t", datetime(2026, 3, 3), datetime(2026, 3, 4), 2, {"grève": 1.0}, 1.0, {}, 1.0)
    assert similarity(signal, weights, other, PlacementParams()) == 0.0


def test_terms_are_folded_and_split_where_letters_meet_digits():
    assert term_forms("JO-2020") == ["jo", "2020"]
    assert term_forms("Tokyo2021") == ["tokyo", "2021"]
    assert term_forms("Aït") == term_forms("Ait") == ["ait"]
    assert term_forms("cœur") == ["coeur"]
    assert term_forms("porte-drapeau") == ["porte-drapeau"]  # no digit: a compound stays whole
    assert term_forms("x") == []


def test_numbers_with_thousand_separators_are_one_term():
    assert number_term(["2 ", "872 ", "jours"]) == ("2872", 1)
    assert number_term(["2.872 "]) == ("2872", 0)
    assert number_term(["1\u202f500 "]) == ("1500", 0)
    assert number_term(["12 ", "000 ", "000 ", "euros"]) == ("12000000", 2)
    assert number_term(["2020 ", "000"]) == (None, 0)  # four digits do not start a grouped number
    assert number_term(["3 ", "mois"]) == (None, 0)


def test_names_give_their_initials_and_long_words_their_stem():
    assert acronyms(["Jeux", "olympiques"]) == ("jo",)
    assert "oms" in acronyms("Organisation mondiale de la santé".split())
    assert "jo" in acronyms("Jeux olympiques de Tokyo".split())
    assert acronyms(["JO", "de", "Tokyo"]) == ()  # holds an acronym already
    assert acronyms(["Tokyo"]) == ()
    assert stem("ouverture") == stem("ouvert") == "~ouver"
    assert stem("bresil") == stem("bresilien")
    assert stem("tokyo") is None and stem("covid19") is None


def test_a_new_store_already_knows_common_words_from_rare_ones():
    if not word_ranks():
        pytest.skip("the language model is not installed")
    weights = tfidf({"donner": 3.0, "tourmente": 3.0}, 0, {})
    assert weights["tourmente"] > 1.5 * weights["donner"]
    # the store's own counts take over as it grows
    grown = tfidf({"donner": 3.0, "tourmente": 3.0}, 100_000, {"donner": 100, "tourmente": 20_000})
    assert grown["donner"] > grown["tourmente"]


def test_independent_sources_count_copies_outlets_and_groups_once():
    registry = Registry.load(EXAMPLES / "outlets.toml")
    members = [
        Member("1", "Agence Continentale de Presse", None, "1"),
        Member("2", "La Gazette du Val-de-Loire", None, "1"),  # a reprint of 1
        Member("3", "L'Écho des Plaines", None, "3"),
        Member("4", "L'Écho des Plaines", None, "4"),  # the same outlet again
        Member("5", "Le Vigilant", None, "5"),
    ]
    assert registry.independent(members) == 3
    # La Gazette and L'Écho des Plaines belong to one group: with --by-group they count once
    assert registry.independent(members, by_group=True) == 2


@pytest.fixture(scope="module")
def corpus(example_store):
    """The examples (text, html, json, as from L'Écho des Plaines) on each backend, read only."""
    from recoupe.store import Store

    store = Store(example_store)
    yield store
    store.close()


MANIFEST = json.loads((EXAMPLES / "manifest.json").read_text("utf-8"))


def test_each_designed_story_is_mostly_one_story(corpus):
    by_url = {a.url: a for a in corpus.query() if a.url}
    for key in {a["story"] for a in MANIFEST["articles"]}:
        urls = {a["url"] for a in MANIFEST["articles"] if a["story"] == key and a["url"]}
        stories = [by_url[u].story_id for u in urls if u in by_url]
        main = max(set(stories), key=stories.count)
        assert stories.count(main) >= len(stories) - 1, (key, stories)  # at most one article astray
    assert len(reading.story_list(corpus)) <= len({a["story"] for a in MANIFEST["articles"]}) + 3


def test_the_reprinted_wire_dispatch_counts_once(corpus):
    (wire,) = [d for d in MANIFEST["divergences"] if d["kind"] == "wire_copy"]
    arts = [a for a in corpus.query() if a.url in wire["articles"]]
    story = reading.story(corpus, arts[0].story_id)
    copies = [m for m in story["members"] if m["id"] in {a.id for a in arts} and m["copy_of"]]
    assert len(copies) == len(arts) - 1
    assert story["independent_sources"] <= len(story["sources"]) - (len(arts) - 1)


def test_recluster_gives_the_online_result_on_the_same_order(tmp_path, enricher):
    """Ingesting in publication order online, then reclustering, gives the same partition."""
    from recoupe.store import Store

    ordered = sorted((EXAMPLES / "text").glob("*.txt"))
    with Store(str(tmp_path / "order.db")) as store:
        dated = []
        for path in ordered:
            report = pipeline.ingest([str(path)], store, enricher=enricher, workers=1)
            dated.extend(report.inputs[str(path)].created)
        arts = sorted((store.get(i) for i in dated), key=lambda a: (signal_time(a.published, a.ingested_at), a.id))
    with Store(str(tmp_path / "chrono.db")) as store:
        for a in arts:  # online, in publication order
            pipeline.ingest([a.origin], store, enricher=enricher, workers=1)
        online = {frozenset(s["articles"]) for s in reading.story_list(store)}
        pipeline.recluster(store)
        again = {frozenset(s["articles"]) for s in reading.story_list(store)}
    assert online == again


def test_samples_form_one_story_and_an_unrelated_article_does_not_join(shared, tmp_path, enricher):
    from recoupe.store import Store

    unrelated = tmp_path / "other.txt"
    unrelated.write_text(
        "---\nsource: Le Phare\nurl: https://phare.example/vendanges\n---\nVendanges : la Champagne attend une récolte précoce\n\n"
        "Par Ana Lima\n12 février 2025 09:00\n\nLes vignerons de la Marne prévoient de commencer les vendanges fin août, "
        "une semaine plus tôt que l'an dernier, après un hiver doux et un printemps sec.", "utf-8")
    with Store(str(tmp_path / "s.db")) as store:
        pipeline.ingest([str(shared / "samples"), str(unrelated)], store, source="Échantillon", enricher=enricher, workers=1)
        arts = list(store.query())
        by_title = {a.url or a.id: a.story_id for a in arts}
        other = by_title.pop("https://phare.example/vendanges")
        assert len(set(by_title.values())) == 1 and other not in by_title.values()


def test_reading_commands(corpus, tmp_path):
    db = corpus.url.removeprefix("sqlite:///")
    listed = json.loads(CliRunner().invoke(cli, ["stories", "--json", "--db", db]).stdout)
    assert listed and {"id", "title", "articles", "sources", "independent_sources", "first_seen", "last_seen"} <= set(listed[0])
    one = json.loads(CliRunner().invoke(cli, ["story", listed[0]["id"], "--json", "--db", db]).stdout)
    assert one["articles"] == listed[0]["articles"] and len(one["members"]) == len(one["articles"])
    article = json.loads(CliRunner().invoke(cli, ["article", one["articles"][0], "--json", "--db", db]).stdout)
    assert article["story_id"] == one["id"]
    grouped = json.loads(CliRunner().invoke(cli, ["stories", "--json", "--by-group", "--outlets", str(EXAMPLES / "outlets.toml"), "--db", db]).stdout)
    assert sum(s["independent_sources"] for s in grouped) <= sum(s["independent_sources"] for s in listed)
    missing = CliRunner().invoke(cli, ["story", "st-nope", "--db", db])
    assert missing.exit_code == 2 and "no story" in missing.stderr
    table = CliRunner().invoke(cli, ["stories", "--db", db])
    assert table.exit_code == 0 and "independent" in table.stdout


def test_the_story_view_counts_articles_of_unknown_source_apart():
    from rich.console import Console

    from recoupe.cli.render import story_view

    member = {"published": None, "title": "Un titre", "copy_of": None}
    story = {"id": "st-1", "title": "Un titre", "first_seen": "2026-03-04T10:00:00", "last_seen": "2026-03-05T10:00:00",
             "sources": ["Le Vigilant"], "independent_sources": 2, "merged": [],
             "members": [dict(member, id="a", source="Le Vigilant"), dict(member, id="b", source=None)]}
    console = Console(record=True, width=120)
    console.print(story_view(story))
    assert "1 outlet and 1 article of unknown source, 2 independent" in console.export_text()


def _daily(store, days: int, terms: dict[str, float], start: datetime, prefix: str) -> list[str]:
    """One article a day on one subject (the same words each day, and the day's own), placed
    through the store's story index; the story of each."""
    from datetime import timedelta

    from recoupe.stories.placement import assign

    with store.writing() as writer:
        return [assign(Signal(f"{prefix}{d}", start + timedelta(days=d), {**terms, f"{prefix}jour{d}": 1.0}, {}),
                       writer.stories).story_id for d in range(days)]


def test_a_subject_of_many_days_is_a_thread_of_stories_each_within_the_span(db_url):
    """Daily figures of an epidemic over twelve days are not one story: each story's articles lie
    within the span, and the stories of the subject are one thread, which an unrelated story
    of the same days is not part of."""
    from recoupe.store import Store
    from recoupe.stories.threads import thread

    params = PlacementParams()
    with Store(db_url) as store:
        daily = _daily(store, 12, {"coronavirus": 2.0, "bilan": 1.0, "mort": 1.0, "hôpital": 1.0}, datetime(2020, 3, 1, 9), "c")
        (other,) = set(_daily(store, 1, {"vendange": 2.0, "champagne": 1.0, "récolte": 1.0}, datetime(2020, 3, 5, 9), "v"))
        assert len(set(daily)) >= 3
        for sid in set(daily):
            days = [d for d, s in enumerate(daily) if s == sid]
            assert max(days) - min(days) <= params.span.days
        threaded = thread(store, daily[-1])
        assert {s.id for s in threaded} == set(daily)
        assert [s.first_seen for s in threaded] == sorted(s.first_seen for s in threaded)
        assert [s.id for s in thread(store, other)] == [other]
        assert thread(store, "st-nope") == []
        story = reading.story(store, daily[0])
        assert [t["id"] for t in story["thread"]] == sorted(set(daily) - {daily[0]}, key=daily.index)
        assert all(t["articles"] == daily.count(t["id"]) for t in story["thread"])
        assert reading.story(store, other)["thread"] == []


def test_the_story_view_shows_the_other_stories_of_its_thread():
    from rich.console import Console

    from recoupe.cli.render import story_view

    story = {"id": "st-1", "title": "Un titre", "first_seen": "2020-03-05T10:00:00", "last_seen": "2020-03-06T10:00:00",
             "sources": ["Le Vigilant"], "independent_sources": 1, "merged": [],
             "members": [{"id": "a", "source": "Le Vigilant", "published": None, "title": "Un titre", "copy_of": None}],
             "thread": [{"id": "st-0", "title": "La veille", "articles": 3, "first_seen": "2020-03-01T09:00:00",
                         "last_seen": "2020-03-04T09:00:00"}]}
    console = Console(record=True, width=160)
    console.print(story_view(story))
    text = console.export_text()
    assert "thread" in text and "La veille" in text and "st-0" in text
    console = Console(record=True, width=160)
    console.print(story_view({**story, "thread": []}))
    assert "thread" not in console.export_text()


def test_the_story_page_links_the_other_stories_of_its_thread():
    from recoupe.web.view import environment

    page = environment().from_string('{% import "story_parts.html" as parts %}{{ parts.thread(story) }}')
    thread = [{"id": "st-0a", "title": "La veille <b>", "articles": 3, "first_seen": "2020-03-01T09:00:00",
               "last_seen": "2020-03-04T09:00:00"}]
    html = page.render(story={"thread": thread})
    assert 'href="/stories/st-0a"' in html and "La veille &lt;b&gt;" in html and "3 articles" in html
    assert "2020-03-01 → 2020-03-04" in html
    assert "href" not in page.render(story={"thread": []}) and "href" not in page.render(story={})


def test_migration_12_drops_the_word_vector_columns_and_placement_goes_on(tmp_path, enricher):
    """A store written before migration 12 kept a word vector per article, per story and per
    member: reopened, the columns are gone, its stories stay, and a new article still joins them."""
    import sqlite3

    import sqlalchemy as sa

    from recoupe.store import Store

    first, second = sorted((EXAMPLES / "text").glob("*.txt"))[:2]
    db = str(tmp_path / "old.db")
    with Store(db) as store:
        pipeline.ingest([str(first)], store, enricher=enricher, workers=1)
        before = {frozenset(s["articles"]) for s in reading.story_list(store)}
    con = sqlite3.connect(db)  # as migration 11 left a store: the columns, with vectors in them
    for table, column in (("article_features", "vector"), ("stories", "vector_sum"), ("story_members", "vector")):
        con.execute(f"ALTER TABLE {table} ADD COLUMN {column} BLOB")
        con.execute(f"UPDATE {table} SET {column} = ?", (bytes(1200),))
    con.execute("DELETE FROM schema_migrations WHERE version = 12")
    con.commit()
    con.close()
    with Store(db) as store:
        inspector = sa.inspect(store.engine)
        assert "vector" not in {c["name"] for c in inspector.get_columns("article_features")}
        assert "vector_sum" not in {c["name"] for c in inspector.get_columns("stories")}
        assert "vector" not in {c["name"] for c in inspector.get_columns("story_members")}
        assert {frozenset(s["articles"]) for s in reading.story_list(store)} == before
        report = pipeline.ingest([str(second)], store, enricher=enricher, workers=1)
        assert report.inputs[str(second)].created
        assert sum(len(s["articles"]) for s in reading.story_list(store)) == sum(len(s) for s in before) + len(report.inputs[str(second)].created)


def _headlines(words: int) -> list[Signal]:
    """Four short texts of one hour written for this test: two of one event in much the same
    words, a third that shares half its words with the first and a third with the second
    (another outlet's wording of the event), among them the event's name "d", weighed more than
    the other words, a fourth that shares one word only. Each word stands for ``words`` made-up
    terms (1: a headline; 6: a text as long as a full article's signal), so the cosines are the same."""
    def terms(*letters: str) -> dict[str, float]:
        return {f"zq{letter}{k}": 4.0 if letter == "d" else 3.0 for letter in letters for k in range(words)}

    t = datetime(2021, 7, 23, 10)
    from datetime import timedelta

    return [Signal(f"h{i}", t + timedelta(minutes=10 * i), terms(*ws), {}) for i, ws in enumerate(
        ("abcdef", "abcdgh", "cdeikl", "cmnopq"))]


def _final(into: dict[str, str | None], sid: str) -> str:
    while (target := into[sid]) is not None:
        sid = target
    return sid


@pytest.mark.parametrize("words", [1, 6])
def test_stories_of_headlines_are_joined_by_average_linkage(db_url, words):
    """A headline whose words reach no story alone founds one, which is merged at once into a
    story whose headlines it is close to on average; the headline sharing one word stays apart.
    Texts of a full article's length are not linked so (their own score weighs every word). The
    store's index and the in-memory one of sharded placement agree."""
    import hashlib
    from datetime import timedelta

    import sqlalchemy as sa

    from recoupe.store import Store
    from recoupe.store.tables import stories as story_rows
    from recoupe.stories import shards
    from recoupe.stories.placement import assign

    signals = _headlines(words)
    for params in (PlacementParams(probe=40), PlacementParams(probe=40, link_threshold=0.0)):  # every term finds candidates
        with Store(db_url) as store:
            with store.writing() as writer:
                writer.clear_stories()
                placed = [assign(s, writer.stories, params) for s in signals]
            with store.engine.connect() as conn:
                into = {r.id: r.merged_into for r in conn.execute(sa.select(story_rows.c.id, story_rows.c.merged_into))}

        stories = {s.article_id: _final(into, p.story_id) for s, p in zip(signals, placed, strict=True)}
        linked = words == 1 and params.link_threshold > 0
        assert placed[2].founded == "st-" + hashlib.sha1(b"h2").hexdigest()[:12]
        assert placed[2].created is not linked and placed[2].merged == ((placed[2].founded,) if linked else ())
        assert [stories[f"h{i}"] == stories["h0"] for i in range(4)] == [True, True, linked, False]
        memory = shards.place_sequential(signals, lambda terms: {}, 0, params=params)
        assert {s.article_id: shards.final_story(memory.stories, step.story_id)
                for s, step in zip(signals, memory.steps, strict=True)} == stories
    # the same wording half a day later is not linked: the outlets' headlines of one event come within hours
    late = [*signals[:2], Signal("h2", signals[2].time + timedelta(hours=13), signals[2].terms, {})]
    memory = shards.place_sequential(late, lambda terms: {}, 0, params=PlacementParams(probe=40))
    assert len({shards.final_story(memory.stories, step.story_id) for step in memory.steps}) == 2


def test_headlines_sharing_only_their_lighter_words_are_not_linked():
    """Two headlines of one hour, each led by words of its own, that share only lighter words (a
    subject's common words, an outlet's tagline) stay apart although the mean cosine of their
    stories reaches the linkage bar: neither has one of its 2 heaviest words in the other. Asked
    for their 3 heaviest words, the pass links them, so it is this condition that keeps them apart."""
    from datetime import timedelta

    from recoupe.stories import shards

    def terms(own: str) -> dict[str, float]:
        return {**{f"zq{own}{k}": 3.0 for k in range(2)}, **{f"zqs{k}": 2.0 for k in range(3)}}

    t = datetime(2021, 7, 23, 10)
    signals = [Signal("h0", t, terms("a"), {}), Signal("h1", t + timedelta(minutes=20), terms("b"), {})]
    for top, stories in ((2, 2), (3, 1)):
        memory = shards.place_sequential(signals, lambda terms: {}, 0, params=PlacementParams(probe=40, link_top=top))
        assert len({shards.final_story(memory.stories, step.story_id) for step in memory.steps}) == stories


def test_a_headline_joins_no_story_on_one_shared_word():
    """Two headlines of one hour that share one heavy word only (a subject, a person) stay apart
    however close their vectors; two that share two words are one story. Full articles (60
    terms) are left to their score."""
    from datetime import timedelta

    from recoupe.stories import shards

    t = datetime(2020, 6, 2, 10)

    def stories(first: dict[str, float], second: dict[str, float], params: PlacementParams) -> int:
        signals = [Signal("h0", t, first, {}), Signal("h1", t + timedelta(minutes=20), second, {})]
        memory = shards.place_sequential(signals, lambda terms: {}, 0, params=params)
        return len({shards.final_story(memory.stories, step.story_id) for step in memory.steps})

    one = ({"zqname": 9.0, "~zqnam": 4.5, "zqa": 1.0}, {"zqname": 9.0, "~zqnam": 4.5, "zqb": 1.0})
    two = ({"zqname": 9.0, "zqwhat": 2.0, "zqa": 1.0}, {"zqname": 9.0, "zqwhat": 2.0, "zqb": 1.0})
    params = PlacementParams(probe=40)
    assert stories(*one, params) == 2
    assert stories(*one, PlacementParams(probe=40, shared_words=1)) == 1  # the condition keeps them apart
    assert stories(*two, params) == 1
    # texts of ``short_terms`` terms or more (full articles) are left to their score
    assert stories(*one, PlacementParams(probe=40, short_terms=3)) == 1


def test_an_entity_many_active_stories_name_weighs_less_for_a_full_article():
    """Two full articles of one morning share a quarter of their words and two of their three
    entities' weight: the subject's person. Alone, the second joins the first's story. When three
    other stories of that morning (other events of the subject, with words of their own) name the
    person too, that entity tells the subject, not the event: it weighs less in the second
    article's entities, and the second founds its own story. Headlines keep their weights."""
    from datetime import timedelta

    from recoupe.stories import shards
    from recoupe.stories.placement import assign

    t = datetime(2020, 6, 2, 8)
    subject = {"per-zq-subject": 3.0}

    def second(words: int, shared: int, others: int):  # the placement of the second article
        def terms(prefix: str, n: int) -> dict[str, float]:
            return {f"zq{prefix}{k}": 2.0 for k in range(n)}

        signals = [Signal(f"b{i}", t + timedelta(minutes=i), terms(f"b{i}x", words), {**subject, f"loc-zq-b{i}": 1.0})
                   for i in range(others)]
        signals.append(Signal("a0", t + timedelta(hours=1), terms("a", words), {**subject, "loc-zq-there": 1.0}))
        signals.append(Signal("x", t + timedelta(hours=2), {**terms("a", shared), **terms("x", words - shared)},
                              {**subject, "loc-zq-here": 1.0}))
        index = shards.MemoryStoryIndex({}, 0)
        return [assign(s, index, PlacementParams()) for s in signals][-1]

    alone, among = second(40, 10, 0), second(40, 10, 3)
    assert not alone.created and among.created
    assert among.score < alone.score - 0.05
    assert second(6, 2, 3).score == pytest.approx(second(6, 2, 0).score, rel=1e-3)  # a headline (6 terms)


# -- an outlet's tagline closing its headlines ------------------------------------------------
def test_a_tagline_closing_a_headline_is_known_by_its_form():
    from recoupe.enrich.terms import tagline_start

    def head(title: str) -> str:
        cut = tagline_start(title)
        return title if cut is None else title[:cut]

    news = "Le pont de la Bresle rouvre après six mois de travaux"
    for tagline in ("France 24", "Le Courrier du Lac", "Outre-mer la 1ère", "monjournal.fr", "Radio 365", "VIDÉO"):
        for sep in (" - ", " | ", " – "):
            assert head(news + sep + tagline) == news, (sep, tagline)
    # news after a dash is written in lower case: it stays
    assert head(news + " - les riverains soulagés") == news + " - les riverains soulagés"
    # a pairing of names of as many words either side of the dash is a match, not an outlet
    assert head("Ligue 2 : le résumé du derby Laval - Caen") == "Ligue 2 : le résumé du derby Laval - Caen"
    assert head("Coupe de France : la finale Stade Lavallois - Stade Malherbe") == "Coupe de France : la finale Stade Lavallois - Stade Malherbe"
    # ... while a name closing the headline before an outlet's name of other length is the news's
    assert head("Le maire reçu à Matignon - Le Courrier du Lac") == "Le maire reçu à Matignon"
    # what opens a title is its subject; a short title keeps its words; a long ending is no name
    assert tagline_start("Basket - Le Mans Sarthe Basket") is None
    assert tagline_start(news + " - Le Grand Journal Quotidien Du Lac") is None
    assert tagline_start(news) is None


def test_a_tagline_leaves_the_story_signal_whatever_was_ingested_before(tmp_path, enricher):
    """An outlet's name closing its headlines is left out of their story terms, by the title's
    form alone: the stored title keeps it (the same content hash), and an article's terms, and
    so its story, do not depend on which articles the process or the store saw before it. The
    same headlines ingested in one run, or after other headlines of the outlet in another run,
    give the same stored articles, terms and stories; and replayed in publication order (what a
    backfill's placement does) the same stories."""
    import sqlalchemy as sa

    from recoupe.store import Store
    from recoupe.store.tables import article_features

    def feed(name: str, items: list[tuple[str, str, str]]) -> str:
        path = tmp_path / name
        path.write_text("".join(json.dumps({"id": i, "title": t, "source": s, "published": f"2025-05-12T{8 + n:02d}:00",
                                            "lang": "fr"}, ensure_ascii=False) + "\n"
                                for n, (i, t, s) in enumerate(items)), "utf-8")
        return str(path)

    tag = " - Le Courrier du Lac"
    mine = [("c1", "Grêle sur le vignoble de Saint-Amour : la récolte perdue aux deux tiers" + tag, "Courrier"),
            ("c2", "La piscine municipale de Montrevel fermée jusqu'à la rentrée" + tag, "Courrier"),
            ("o1", "Saint-Amour : la grêle détruit les deux tiers de la récolte du vignoble", "Gazette"),
            ("c3", "Un nouveau directeur pour le lycée agricole de Cibeins" + tag, "Courrier")]
    before = [("c0", f"Le marché de {place} déplacé place de la Gare pendant les travaux" + tag, "Courrier")
              for place in ("Bâgé", "Pont-de-Vaux", "Replonges")]
    before = [(f"c0{k}", t, s) for k, (_, t, s) in enumerate(before)]

    def state(db: str) -> tuple[dict, dict, set]:
        with Store(db) as store:
            arts = {a.url or a.id: a for a in store.query()}
            titles = {a.title: a.id for a in arts.values()}
            with store.engine.connect() as conn:
                terms = dict(conn.execute(sa.select(article_features.c.article_id, article_features.c.terms)).all())
            stories = {frozenset(s["articles"]) for s in reading.story_list(store)}
        return titles, {aid: dict(t) for aid, t in terms.items()}, stories

    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    with Store(one) as store:
        pipeline.ingest([feed("mine.jsonl", mine)], store, enricher=enricher, workers=1)
    with Store(two) as store:  # other headlines of the outlet first, in a run of their own
        pipeline.ingest([feed("before.jsonl", before)], store, enricher=enricher, workers=1)
        pipeline.ingest([feed("mine.jsonl", mine)], store, enricher=enricher, workers=1)
    titles1, terms1, stories1 = state(one)
    titles2, terms2, stories2 = state(two)
    for _, title, _ in mine:
        assert title in titles1 and titles1[title] == titles2[title]  # stored as written, one content hash
        aid = titles1[title]
        assert terms1[aid] == terms2[aid]
        assert not {"courrier", "lac", "~courr"} & set(terms1[aid])
    assert {"grele", "recolte", "saint-amour"} <= set(terms1[titles1[mine[0][1]]])  # the news stays
    hail = frozenset({titles1[mine[0][1]], titles1[mine[2][1]]})
    assert hail in stories1  # two outlets' headlines of one hailstorm: one story, the tagline set aside
    assert {s & set(terms1) for s in stories2} - {frozenset()} == stories1
    with Store(two) as store:
        pipeline.recluster(store)  # the sequential placement in publication order
        assert {frozenset(s["articles"]) for s in reading.story_list(store)} == stories2
