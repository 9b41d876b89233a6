"""The cross-check of a story: statements, values (a date in the same words no disagreement, a street named
with its town the same street), alignment, quote variants, reports."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from rapidfuzz import fuzz

from recoupe import reading
from recoupe.crosscheck.align import Similarity, conflicts, disagreements, related, same_value
from recoupe.crosscheck.statements import _quotes_closed, clauses
from recoupe.crosscheck.types import Statement, Value
from recoupe.crosscheck.variants import _channel, word_diff
from recoupe.models import Timestamp
from recoupe.normalise import text_key
from recoupe.normalise import text_key as fold
from recoupe.reading import story_report
from recoupe.store import Store
from recoupe.stories.outlets import Registry

MANIFEST = json.loads((EXAMPLES / "manifest.json").read_text("utf-8"))


def n(value, unit=None, bound="exact", text="x"):
    return Value("number", float(value), unit, text, 0, 1, bound)


# --- values ---

def test_figures_agree_within_their_qualifiers():
    assert same_value(n(1500, "personne", "approx"), n(1500, "personne"))
    assert same_value(n(1450, "personne", "approx"), n(1500, "personne"))  # "environ 1 450" ~ 1 500
    assert same_value(n(50000, "foyer", "min"), n(53000, "foyer"))  # "plus de 50 000" holds 53 000
    assert same_value(n(50000, "foyer", "max"), n(53000, "foyer")) is False
    assert same_value(n(1500, "personne"), n(1200, "personne")) is False
    assert same_value(n(1500, "personne"), n(1200, "habitant")) is False  # units news use for one another
    assert same_value(n(3000, "m2"), n(1200, "personne")) is None  # not the same thing at all


def test_durations_and_dates_compare_as_values():
    ninety = Value("duration", 5400.0, None, "90 minutes", 0, 1)
    hour_and_half = Value("duration", 5400.0, None, "une heure et demie", 0, 1)
    two_hours = Value("duration", 7200.0, None, "deux heures", 0, 1)
    assert same_value(ninety, hour_and_half)
    assert same_value(two_hours, hour_and_half) is False
    day = Value("date", "2026-03-11", "day", "mercredi", 0, 1)
    same_day = Value("date", "2026-03-11", "day", "le 11 mars", 0, 1)
    month = Value("date", "2026-03", "month", "en mars", 0, 1)
    other = Value("date", "2026-03-10", "day", "mardi 10 mars", 0, 1)
    assert same_value(day, same_day) and same_value(day, month)
    assert conflicts([day], [other]) == [(day, other)]
    assert conflicts([day], [month]) == []


def test_a_lone_figure_each_in_one_fact_is_one_figure_told_twice():
    def said(article, text, value):
        v = Value("number", value, "euro", text, 0, len(text), "exact")
        return Statement(article, "body", 0, len(text), text, 1, ("somme",), None, (v,), (), None, False)
    a = said("a", "le préjudice atteint 1,8 million d'euros", 1.8e6)
    b = said("b", "leur valeur dépasse de loin 3 millions d'euros", 3e6)
    assert disagreements(a, b) == []  # nothing says the two figures measure one thing...
    assert [(x.value, y.value) for x, y in disagreements(a, b, same_fact=True)] == [(1.8e6, 3e6)]  # ...but their fact
    two = Statement("b", "body", 0, 1, "x", 1, ("somme",), None, (b.values[0], Value("number", 5.0, "euro", "x", 0, 1)), (), None, False)
    assert disagreements(a, two, same_fact=True) == []  # two figures: which one is it?


def test_a_clause_after_a_verb_and_que_is_a_statement_of_its_own(nlp):
    from recoupe.crosscheck.statements import Reader
    from recoupe.models import Article

    body = ("Un rapport de l'inspection remis à la mairie en octobre 2024 signalait que l'alarme de la salle "
            "ne couvrait pas la porte de service forcée par les voleurs. "
            "Le procureur de la République a déclaré que l'enquête sur le vol des tabatières serait longue et difficile.")
    cut = body.index(" Le procureur")
    a = Article(id="a1", source="X", url=None, title=None, lead=None, authors=(), published=None, updated=None,
                lang="fr", body=body, boilerplate=(), entities=(), sentences=((0, cut), (cut + 1, len(body))), format="text",
                origin="-", revision=1, ingested_at="2026-03-01T00:00")
    texts = [s.text for s in Reader([a], nlp).statements()]
    assert texts[0].endswith("en octobre 2024 signalait") and texts[1].startswith("que l'alarme")
    assert texts[2].startswith("Le procureur") and texts[2].endswith("difficile.")  # what someone said is what he said


def test_a_short_sentence_that_closes_a_quotation_joins_the_one_that_opened_it():
    text = "Sur une pancarte, un message : « Merci, coach. Bureau, dehors ». Le club est dix-septième au classement."
    spans = [(0, 46), (47, 64), (65, len(text))]
    assert text[47:64] == "Bureau, dehors »."
    assert _quotes_closed(text, spans) == [(0, 64), (65, len(text))]
    quoted = "Il a dit : « Nous partons. Nous reviendrons demain avec nos avocats ». Fin."
    assert _quotes_closed(quoted, [(0, 26), (27, 70), (71, 75)]) == [(0, 26), (27, 70), (71, 75)]  # a statement of its own


def test_clock_times_only_conflict_when_both_are_precise():
    night = Value("time", "2026-03-04T24:00", None, "dans la nuit", 0, 1)
    three = Value("time", "2026-03-04T03:00", None, "3 heures", 0, 1)
    assert conflicts([night], [three]) == []


def test_values_are_read_with_units_and_qualifiers(nlp):
    from recoupe.crosscheck.statements import Reader

    body = "Quelque 1 200 habitants ont été évacués et plus de 50 000 foyers privés de courant, pour 1,2 million d'euros."
    a = _made("a1", "X", body)
    st = Reader([a], nlp).statements()
    values = [v for s in st for v in s.values]
    got = {(v.value, v.unit, v.bound) for v in values}
    assert (1200.0, "habitant", "approx") in got
    assert (50000.0, "foyer", "min") in got
    assert (1.2e6, "euro", "exact") in got


def test_a_count_takes_its_unit_from_the_noun_after_autres_or_premiers(nlp):
    from recoupe.crosscheck.statements import Reader

    body = "Le chauffeur a été arrêté et six autres personnes ont été interpellées. Les deux premiers blessés sont sortis."
    st = Reader([_made("a1", "X", body)], nlp).statements()
    got = {(v.value, v.unit) for s in st for v in s.values}
    assert (6.0, "personne") in got
    assert (2.0, "blesse") in got


def test_the_span_of_a_change_is_not_how_long_an_event_lasted(nlp):
    from recoupe.crosscheck.statements import Reader, _change_span

    body = ("Le nombre de réfugiés a doublé en dix ans. Les prix ont connu une hausse de 8 % en trois mois. "
            "Les voleurs ont agi en dix minutes. Le pays sort de neuf ans de guerre.")
    a = _made("a1", "X", body)
    tokens = Reader([a], nlp).docs[("a1", "body")]
    spans = {w: _change_span(body, body.index(w), tokens) for w in ("dix ans", "trois mois", "dix minutes", "neuf ans")}
    assert spans == {"dix ans": "change", "trois mois": "change", "dix minutes": None, "neuf ans": None}
    lasted = Value("duration", 9 * 365 * 86400.0, None, "neuf ans", 0, 1)
    doubled_in = Value("duration", 10 * 365 * 86400.0, "change", "dix ans", 0, 1)
    tripled_in = Value("duration", 5 * 365 * 86400.0, "change", "cinq ans", 0, 1)
    assert same_value(lasted, doubled_in) is None
    assert conflicts([lasted], [doubled_in]) == []
    assert same_value(doubled_in, tripled_in) is False  # two spans of one change still disagree


def test_a_delay_is_not_how_long_an_event_lasted(nlp):
    from recoupe.crosscheck.statements import Reader, _change_span

    body = ("Le jugement sera rendu dans les quinze jours. Une réponse est attendue d'ici deux semaines. "
            "L'audience a duré deux heures. Le verdict tombera dans trois jours.")
    a = _made("a1", "X", body)
    tokens = Reader([a], nlp).docs[("a1", "body")]
    kinds = {w: _change_span(body, body.index(w), tokens) for w in ("quinze jours", "deux semaines", "deux heures", "trois jours")}
    assert kinds == {"quinze jours": "delay", "deux semaines": "delay", "deux heures": None, "trois jours": "delay"}
    lasted = Value("duration", 2 * 3600.0, None, "deux heures", 0, 1)
    within = Value("duration", 15 * 86400.0, "delay", "quinze jours", 0, 1)
    assert same_value(lasted, within) is None
    assert same_value(within, Value("duration", 14 * 86400.0, "delay", "deux semaines", 0, 1)) is False


def test_hours_in_digits_after_apres_are_a_clock_time_not_a_duration():
    from recoupe.crosscheck.statements import _clock_hours

    body = "Le vote a eu lieu un peu après 8 heures. Après 8 heures de débat, le texte est passé. Le débat a duré 8 heures."
    first, second, third = (i for i in range(len(body)) if body.startswith("8 heures", i))
    assert _clock_hours(body, first, first + 8)
    assert not _clock_hours(body, second, second + 8)
    assert not _clock_hours(body, third, third + 8)
    clock = Value("duration", 8 * 3600.0, "clock", "8 heures", 0, 1)
    assert same_value(clock, Value("duration", 5400.0, None, "une heure et demie", 0, 1)) is None


def test_a_time_naming_no_day_is_compared_by_its_clock_only():
    guessed = Value("time", "2026-05-12T15:00", "clock", "à 15 heures", 0, 1)
    named = Value("time", "2026-05-11T15:00", None, "lundi à 15 heures", 0, 1)
    later = Value("time", "2026-05-11T17:00", None, "lundi à 17 heures", 0, 1)
    assert same_value(guessed, named) is True  # the day of « à 15 heures » was only the publication's
    assert same_value(guessed, later) is False
    assert same_value(named, Value("time", "2026-05-12T15:00", None, "mardi à 15 heures", 0, 1)) is False


# --- words ---

def test_related_words():
    assert related("evacuer", "evacuation") == 0.75
    assert related("appel", "conversation") == 0.85
    assert related("succomber", "mourir") == related("deces", "mortel") == 0.85  # one death, two wordings
    assert related("@poutine", "poutine") == 1.0
    assert related("part", "partir") == 0.0  # too short a stem to be one family
    assert related("maire", "marche") == 0.0


def test_statements_naming_days_apart_are_less_alike():
    def st(article, day):
        terms = ("president", "annoncer", "plan", "paix", "guerre")
        return Statement(article=article, field="body", start=0, end=1, text=" ".join(terms), order=0, terms=terms,
                         vectors=None, values=(), entities=(), speaker=None, quoted=False,
                         dates=(Timestamp(day, "day"),) if day else (), positions=tuple(range(len(terms))))

    same = Similarity([st("a", "2025-02-12"), st("b", "2025-02-12")]).matrix()[0, 1]
    night = Similarity([st("a", "2025-02-12"), st("b", "2025-02-13")]).matrix()[0, 1]
    apart = Similarity([st("a", "2025-02-08"), st("b", "2025-02-12")]).matrix()[0, 1]
    undated = Similarity([st("a", "2025-02-08"), st("b", None)]).matrix()[0, 1]
    assert same == night == undated  # the next day may be the same night; one undated says nothing
    assert apart < same - 0.05


def test_a_word_of_several_synonym_groups_matches_each():
    # "discussion" is a talk, a negotiation and a meeting: it matches "rencontre" as one concept
    def st(article, terms):
        return Statement(article=article, field="body", start=0, end=1, text=" ".join(terms), order=0, terms=tuple(terms),
                         vectors=None, values=(), entities=(), speaker=None, quoted=False, dates=(), positions=tuple(range(len(terms))))

    sim = Similarity([st("a", ["discussion", "direction"]), st("b", ["rencontre", "direction"]), st("c", ["coup", "direction"]),
                      st("d", ["negocier", "direction"])])
    assert sim.same_words(0, 1) == (1.0, 1.0)
    assert sim.same_words(0, 3) == (1.0, 1.0)
    assert sim.same_words(1, 2)[0] < 1.0  # a meeting is not a call: groups are not chained
    assert sim.matrix()[0, 1] > 0  # and the pair passes the prefilter


def test_clauses_split_outside_quotations_only():
    t = "Le feu a été maîtrisé vers 5 h 30 par les pompiers venus de loin ; les habitants évacués pourront rentrer chez eux ce soir."
    assert len(clauses(t, 0, len(t))) == 2
    q = "Elle a dit « nous irons ; oui nous irons jusqu'au bout de cette affaire » et puis plus rien du tout."
    assert clauses(q, 0, len(q)) == [(0, len(q))]
    short = "Il pleut ; il vente."
    assert len(clauses(short, 0, len(short))) == 1


def test_channels_name_the_place():
    assert _channel("sur la plateforme X") == _channel("sur X") == _channel("sur son compte X") == "x"
    assert _channel("sur Truth Social") == "truth social"
    assert _channel("dans un communiqué") == "communique"


def test_word_diff_marks_what_only_one_variant_says():
    a = "Je viens d'avoir un appel long et très productif avec le président"
    b = "Je viens d'avoir une conversation prolongée et très productive avec le président"
    runs = word_diff(a, [b])
    assert "".join(t for t, _ in runs) == a
    different = " ".join(t.strip() for t, same in runs if not same)
    assert "appel long" in different and "productif" in different
    assert all(same for t, same in runs if "président" in t)


# --- the example corpus: every designed divergence where it belongs ---

@pytest.fixture(scope="module")
def reports(example_store):
    registry = Registry.load(EXAMPLES / "outlets.toml")
    out = {}
    with Store(example_store) as store:
        by_url = {}
        for a in store.query():
            by_url[a.url] = a
            by_url[a.origin.split("examples/", 1)[-1] if "examples/" in a.origin else a.origin] = a
        for s in reading.story_list(store):
            out[s["id"]] = story_report(store, s["id"], registry=registry)
    return out, by_url


def _article(by_url, ref):
    if ref in by_url:
        return by_url[ref]
    return next(a for k, a in by_url.items() if k and (k.endswith(ref) or ref.endswith(k)))


def _story_of(reports, article):
    return next(r for r in reports.values() if article.id in r["articles"])


def _near(a: str, b: str) -> bool:
    return fuzz.partial_ratio(fold(a), fold(b)) >= 85


# Designed divergences the cross-check does not find yet, each with why. They are expected to
# fail (strict: the day one passes, this list must shrink); see CHANGELOG and the issue notes.
KNOWN_MISSES = {
    "greve-ferroviaire-8": "« deux heures de discussions » and « la rencontre a duré 90 minutes »: one concept (discussion, rencontre) of five words each, 0.13 alike, under the 0.3 at which a disputed duration joins two facts",
    "cyberattaque-mairie-46": "« l'attaque a été détectée dimanche » and « l'attaque a été découverte samedi » are 0.33 alike, and dates do not join two facts (two dates in two sentences are more often two events: allowing it costs contradiction precision 0.61 -> 0.53)",
    "cyberattaque-mairie-47": "« rétablir l'ensemble des services » and « le retour à la normale » share no word",
    "vol-musee-68": "« l'opération a duré » and « sont restés dans le bâtiment »: no word in common",
    "demission-maire-27": "the clause with the single-source figure is aligned with another outlet's sentence on the same avenants (« l'ensemble des avenants signés »), which gives no count",
    "etude-sante-43": "the hospital's own figure is aligned with the study's figure (same words, other population)",
}


def divergences(kind):
    out = []
    for i, d in enumerate(MANIFEST["divergences"]):
        if d["kind"] != kind:
            continue
        key = f"{d['story']}-{i}"
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[key])] if key in KNOWN_MISSES else []
        out.append(pytest.param(d, id=key, marks=marks))
    return out


@pytest.mark.parametrize("d", divergences("quote_variant"))
def test_a_quotation_rendered_differently_is_one_quote_with_variants(reports, d):
    reps, by_url = reports
    arts = [_article(by_url, u) for u in d["articles"]]
    report = _story_of(reps, arts[0])
    best = max(report["quotes"], key=lambda q: sum(
        any(v["article"] == a.id and _near(v["text"], t) for v in q["variants"]) for a, t in zip(arts, d["texts"], strict=True)))
    found = {v["article"] for v in best["variants"]}
    assert len(found & {a.id for a in arts}) >= max(2, len(arts) - 1), (d["note"], [v["text"] for v in best["variants"]])
    assert any(not run["same"] for v in best["variants"] for run in v["diff"])  # the differences show


@pytest.mark.parametrize("d", divergences("figure") + divergences("date"))
def test_a_disputed_value_is_a_contradicted_fact_with_both_versions(reports, d):
    reps, by_url = reports
    arts = [_article(by_url, u) for u in d["articles"]]
    report = _story_of(reps, arts[0])
    wanted = {str(v).split(" (")[0] for v in d["values"]}  # "2026-03-09 (matin)" is the day
    hits = [f for f in report["facts"] if f["status"] == "contradicted" and len(f["versions"]) >= 2]

    def shown(version, value):
        if value[:4].isdigit() and "-" in value:  # a date: the day is what is disputed
            return version["value"][:10] == value[:10]
        digits = "".join(c for c in version["value"] if c.isdigit() or c == "-")
        return value in version["value"] or digits.startswith(value.replace(" ", ""))

    assert any(all(any(shown(v, w) for v in f["versions"]) for w in wanted) for f in hits), (
        d["note"], [[v["value"] for v in f["versions"]] for f in hits])


@pytest.mark.parametrize("d", divergences("single_source"))
def test_what_one_outlet_alone_reports_is_single_source(reports, d):
    reps, by_url = reports
    art = _article(by_url, d["articles"][0])
    report = _story_of(reps, art)
    text = d["texts"][0]
    facts = [f for f in report["facts"] if any(s["article"] == art.id and _near(text, s["text"]) for s in f["support"])]
    assert facts, d["note"]
    assert all(f["independent_sources"] == 1 for f in facts), (d["note"], [(f["status"], f["sources"]) for f in facts])


@pytest.mark.parametrize("d", divergences("equivalent"))
def test_equivalent_values_agree(reports, d):
    """The same value said two ways ("une heure et demie", "90 minutes") is no contradiction:
    the fact that holds the two sentences is not contradicted, or not by a version that sets
    one of them against the other."""
    reps, by_url = reports
    arts = [_article(by_url, u) for u in d["articles"]]
    report = _story_of(reps, arts[0])
    pairs = list(zip(arts, d["texts"], strict=True))
    for f in report["facts"]:
        holding = [(a, t) for a, t in pairs if any(s["article"] == a.id and _near(t, s["text"]) for s in f["support"])]
        if len(holding) < 2 or f["status"] != "contradicted":
            continue
        sides = [{v_i for v_i, v in enumerate(f["versions"]) if a.id in v["articles"]} for a, _ in holding]
        assert not (sides[0] and sides[1] and sides[0].isdisjoint(sides[1])), (d["note"], f["versions"])


@pytest.mark.parametrize("d", divergences("wire_copy"))
def test_a_reprinted_dispatch_counts_once(reports, d):
    reps, by_url = reports
    arts = [_article(by_url, u) for u in d["articles"]]
    report = _story_of(reps, arts[0])
    ids = {a.id for a in arts}
    shared = [f for f in report["facts"] if ids <= {s["article"] for s in f["support"]}]
    assert len(shared) >= 5  # the dispatch's sentences are aligned across its copies
    for f in shared:
        assert f["independent_sources"] <= len(f["sources"]) - len(arts) + 1, f


@pytest.mark.parametrize("d", divergences("revision"))
def test_a_revised_article_is_read_in_its_last_version(reports, d):
    reps, by_url = reports
    art = _article(by_url, d["articles"][0])
    report = _story_of(reps, art)
    old, new = d["texts"]
    texts = [s["text"] for f in report["facts"] for s in f["support"] if s["article"] == art.id]
    assert any(_near(new, t) for t in texts)
    assert not any(_near(old, t) for t in texts)


def test_the_timeline_is_in_date_order_with_what_came_before(reports):
    reps, _ = reports
    for r in reps.values():
        dates = [e["date"]["value"] for e in r["timeline"]]
        assert dates == sorted(dates)
    fire = next(r for r in reps.values() if any("Chimialp" in (m["title"] or "") for m in r["members"]))
    before = [e for e in fire["timeline"] if e["before_story"]]
    assert any(e["date"]["value"].startswith("2026-03-03") for e in before)  # the fire broke out the evening before
    assert any(e["date"]["value"] < "2026" for e in before)  # and the site's history


def test_a_fact_stands_once_in_the_timeline_unless_its_date_is_disputed(reports):
    reps, _ = reports
    seen_disputed = False
    for r in reps.values():
        dated = {f["id"] for f in r["facts"] if any(v["value"][:4].isdigit() and "-" in v["value"] for v in f["versions"])}
        facts = [e["fact"] for e in r["timeline"] if e.get("fact")]
        for fact in {f for f in facts if facts.count(f) > 1}:
            assert fact in dated, (r["id"], fact)
            seen_disputed = True
    assert seen_disputed  # a disputed date keeps one entry per version (the cyber-attack's recovery, the strike's talks)


def test_coverage_matrix_shows_omissions(reports):
    reps, _ = reports
    for r in reps.values():
        cov = r["coverage"]
        assert len(cov["covered"]) == len(r["facts"]) == len(cov["facts"])
        for fact, row in zip(r["facts"], cov["covered"], strict=True):
            assert sum(row) == len(fact["sources"])
    big = max(reps.values(), key=lambda r: len(r["coverage"]["outlets"]))
    assert any(0 < sum(row) < len(row) for row in big["coverage"]["covered"])


def test_summary_is_made_of_corroborated_sentences(reports):
    reps, _ = reports
    for r in reps.values():
        if r["independent_sources"] < 2:
            continue
        assert r["summary"], r["title"]
        facts = {f["id"]: f for f in r["facts"]}
        for s in r["summary"]:
            f = facts[s["fact"]]
            assert f["status"] == "corroborated"
            assert any(x["text"] == s["text"] for x in f["support"])  # the articles' own words


def test_corroboration_counts_independent_outlets(reports):
    reps, _ = reports
    for r in reps.values():
        for f in r["facts"]:
            if f["status"] == "corroborated":
                assert f["independent_sources"] >= 2
            if f["status"] == "single-source":
                assert f["independent_sources"] == 1 and not f["versions"]
            if f["status"] == "contradicted":
                assert len(f["versions"]) >= 2


# --- the two real reports of one phone call ---

@pytest.fixture(scope="module")
def samples_report(tmp_path_factory, enricher):
    from conftest import SHARED

    from recoupe import pipeline

    if not (SHARED / "samples").is_dir():
        pytest.skip("../shared/samples is not here")
    db = str(tmp_path_factory.mktemp("samples") / "s.db")
    with Store(db) as store:
        pipeline.ingest([str(SHARED / "samples")], store, enricher=enricher, workers=1)
        stories = reading.story_list(store)
        assert len(stories) == 1
        return story_report(store, stories[0]["id"])


def test_samples_share_quotes_as_variants(samples_report):
    r = samples_report
    trump = [q for q in r["quotes"] if len(q["variants"]) == 2 and (q["speaker"]["name"] or "").endswith("Trump")]
    call = [q for q in trump if any("productif" in v["text"] for v in q["variants"]) and any("productive" in v["text"] for v in q["variants"])]
    assert call, [[v["text"] for v in q["variants"]] for q in trump]
    assert _channel(call[0]["channel"] or "") == "truth social"  # where he posted it, as one outlet says
    zelensky = [q for q in r["quotes"] if len(q["variants"]) == 2 and "Zelensk" in (q["speaker"]["name"] or "")]
    assert zelensky and any(not run["same"] for v in zelensky[0]["variants"] for run in v["diff"])


def test_samples_facts_both_report_are_corroborated_and_the_rest_single_source(samples_report):
    r = samples_report
    corroborated = [f for f in r["facts"] if f["status"] == "corroborated"]
    single = [f for f in r["facts"] if f["status"] == "single-source"]
    assert len(corroborated) >= 5 and len(single) >= 10
    assert any("heure et demie" in s["text"] for f in corroborated for s in f["support"])  # the call's length, in both
    outlets = {f["sources"][0] for f in single}
    assert len(outlets) == 2  # each outlet reports something the other does not
    assert not [f for f in r["facts"] if f["status"] == "contradicted"]


def _made(aid, source, body, published="2026-03-04T08:00"):
    from recoupe.models import Article, Timestamp

    return Article(id=aid, source=source, url=None, title=None, lead=None, authors=(),
                   published=Timestamp(published, "minute"), updated=None, lang="fr", body=body, boilerplate=(),
                   entities=(), sentences=((0, len(body)),), format="text", origin="-", revision=1, ingested_at="x")


def _story(*arts):
    return {"id": "st-test", "title": None, "articles": [a.id for a in arts], "sources": [], "independent_sources": 0,
            "first_seen": "2026-03-04T08:00", "last_seen": "2026-03-04T08:00", "merged": [],
            "members": [{"id": a.id, "copy_of": None} for a in arts]}


def test_two_outlets_giving_two_figures_contradict_each_other(nlp):
    from recoupe.crosscheck.report import cross_check

    a = _made("a", "Le Vigilant", "Dans la nuit, environ 1 500 habitants du quartier ont été évacués par les pompiers.")
    b = _made("b", "La Gazette", "Dans la nuit, 1 200 habitants du quartier ont été évacués par les pompiers.")
    r = cross_check(_story(a, b), [a, b], nlp=nlp)
    (fact,) = [f for f in r["facts"] if f["status"] == "contradicted"]
    assert {v["value"] for v in fact["versions"]} == {"1\u202f500 habitant", "1\u202f200 habitant"}
    assert {tuple(v["sources"]) for v in fact["versions"]} == {("Le Vigilant",), ("La Gazette",)}


def test_one_outlet_updating_its_figure_is_no_contradiction(nlp):
    from recoupe.crosscheck.report import cross_check

    a = _made("a", "Le Vigilant", "Dans la nuit, environ 1 500 habitants du quartier ont été évacués par les pompiers.")
    b = _made("b", "Le Vigilant", "Dans la nuit, 1 200 habitants du quartier ont été évacués par les pompiers.",
                 "2026-03-04T12:00")
    r = cross_check(_story(a, b), [a, b], nlp=nlp)
    assert not [f for f in r["facts"] if f["status"] == "contradicted"]
    assert all(f["independent_sources"] == 1 for f in r["facts"])
    # the outlet said it twice: one source, in two of its articles
    assert [f["status"] for f in r["facts"] if len(f["support"]) == 2] == ["repeated"]


def test_the_same_value_said_two_ways_corroborates(nlp):
    from recoupe.crosscheck.report import cross_check

    a = _made("a", "Le Vigilant", "La réunion entre les syndicats et la direction a duré une heure et demie.")
    b = _made("b", "La Gazette", "La réunion entre les syndicats et la direction a duré 90 minutes.")
    r = cross_check(_story(a, b), [a, b], nlp=nlp)
    (fact,) = r["facts"]
    assert fact["status"] == "corroborated" and fact["independent_sources"] == 2


def test_a_disputed_year_is_a_disputed_date():
    from recoupe.crosscheck.report import _ISO_DATE

    for value in ("2024", "2025-02", "2025-02-08", "2026-03-08T06:00"):
        assert _ISO_DATE.fullmatch(value), value
    for value in ("2\u202f024", "24 %", "PT2H", "1\u202f500 personne", "12"):
        assert not _ISO_DATE.fullmatch(value), value


# --- statement features kept at ingest ---

def test_statement_features_are_stored_at_ingest_and_give_the_same_report(example_db, tmp_path):
    import shutil

    from recoupe.crosscheck import features
    from recoupe.crosscheck.report import cross_check
    from recoupe.crosscheck.statements import load_model

    db = tmp_path / "copy.db"
    shutil.copy(example_db, db)
    with Store(str(db)) as store:
        story = max(reading.story_list(store), key=lambda s: len(s["articles"]))
        found = reading.story(store, story["id"])
        arts = [store.get(i, with_revisions=False) for i in found["articles"]]
        kept = store.statement_features([a.id for a in arts])
        assert set(kept) == {a.id for a in arts} and all(v == features.VERSION for v, _ in kept.values())
        nlp = load_model()
        usable = features.stored(kept, arts, nlp)
        assert set(usable) == {a.id for a in arts}
        with_stored = cross_check(found, arts, nlp=nlp, features=usable)
        computed = cross_check(found, arts, nlp=nlp)
        assert with_stored["facts"] == computed["facts"] and with_stored["quotes"] == computed["quotes"]


def test_features_of_another_text_or_version_are_not_read(example_db, nlp):
    from dataclasses import replace

    from recoupe.crosscheck import features
    from recoupe.crosscheck.statements import load_model

    with Store(example_db) as store:
        a = next(iter(store.query()))
        kept = store.statement_features([a.id])
    model = load_model()
    assert features.stored(kept, [a], model)
    changed = replace(a, body=a.body + " Une phrase de plus.")
    assert not features.stored(kept, [changed], model)  # another text: computed again
    assert not features.stored({a.id: (features.VERSION + 1, kept[a.id][1])}, [a], model)  # another encoding
    assert not features.stored({a.id: (features.VERSION, b"not zlib")}, [a], model)


def test_recluster_computes_the_features_an_old_store_lacks(example_db, tmp_path):
    import shutil

    import sqlalchemy as sa

    from recoupe import pipeline

    db = tmp_path / "old.db"
    shutil.copy(example_db, db)
    with Store(str(db)) as store:
        with store.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM statement_features"))
        ids = [a.id for a in store.query()]
        assert store.statement_features(ids) == {}
        pipeline.recluster(store)
        assert set(store.statement_features(ids)) == set(ids)
        assert pipeline.refresh_statement_features(store, ids) == 0  # up to date: nothing computed


# --- what a statement is ---

def _texts(nlp, body):
    from recoupe.crosscheck.statements import Reader

    return [s.text for s in Reader([_made("a", "X", body)], nlp).statements()]


def test_and_cuts_only_before_a_clause_with_its_own_verb(nlp):
    both = "Un homme de 45 ans a été tué dans la fusillade de mardi soir, et trois autres personnes ont été blessées par balle."
    assert _texts(nlp, both) == ["Un homme de 45 ans a été tué dans la fusillade de mardi soir",
                                 "et trois autres personnes ont été blessées par balle."]
    verbless = "Un homme de 45 ans a été tué dans la fusillade de mardi soir, et trois autres blessés dans le quartier nord."
    assert _texts(nlp, verbless) == [verbless]  # the wounded have no verb of their own: one statement
    names = ("La circulation des trains entre La Rochelle et Rochefort a été interrompue toute la journée de dimanche "
             "après la chute de plusieurs arbres.")
    assert _texts(nlp, names) == [names]  # "et" joins two names of one subject
    but = "L'incendie était maîtrisé mercredi vers 5 h 30 dans la zone industrielle, mais pas encore éteint selon les pompiers."
    assert _texts(nlp, but) == [but]
    quoted = ('Dix-huit personnes sont hospitalisées dans la région, et neuf sont dans un état grave", a déclaré '
              "le directeur général de la santé.")
    assert _texts(nlp, quoted) == [quoted]  # the end of a quotation opened in the sentence before


def test_prompts_questions_and_pieces_are_no_statements(nlp):
    for text in ("Recevez nos alertes sur WhatsApp en vous abonnant gratuitement à notre chaîne d'information.",
                 "Lire aussi : les dernières nouvelles de la tempête sur le littoral atlantique",
                 "Faut-il fermer toutes les écoles de la région dès la semaine prochaine ?",
                 "QUELLES SONT LES MESURES PRISES PAR LA MAIRIE",
                 "Effondrement des marchés boursiers",
                 "Publié le 12 mars 2026 à 10 h 32, mis à jour à 11 h 05"):
        assert _texts(nlp, text) == [], text
    assert _texts(nlp, "Quatre-vingt-dix-neuf nouvelles contaminations et vingt-huit nouveaux décès dans la région.")  # nominal, long: a fact


def test_two_street_addresses_for_one_fire_are_two_versions(nlp):
    from recoupe.crosscheck.report import cross_check

    a = _made("a", "Le Vigilant", "Un incendie a ravagé dans la nuit un immeuble de quatre étages de la rue Victor-Hugo, à Lyon.")
    b = _made("b", "La Gazette", "Un incendie a ravagé dans la nuit un immeuble de quatre étages de l'avenue Jean-Jaurès, à Lyon.")
    r = cross_check(_story(a, b), [a, b], nlp=nlp)
    (fact,) = [f for f in r["facts"] if f["status"] == "contradicted"]
    assert {(v["value"], tuple(v["sources"])) for v in fact["versions"]} == {
        ("rue Victor-Hugo", ("Le Vigilant",)), ("avenue Jean-Jaurès", ("La Gazette",))}


def test_each_source_of_a_corroborated_fact_says_its_claim_itself():
    """A fact's statements are checked pair by pair against the one shown, not through a chain
    of neighbours: a statement alike a neighbour of the shown one, not alike the shown one
    itself, makes a fact of its own."""
    import numpy as np

    from recoupe.crosscheck.align import AlignParams
    from recoupe.crosscheck.report import _checked

    def st(article):
        return Statement(article, "body", 0, 1, "x", 1, ("mot",), None, (), (), None, False)

    sts = [st("a"), st("b"), st("c")]
    sim = np.array([[0, 0.7, 0.3], [0.7, 0, 0.2], [0.3, 0.2, 0]], dtype=np.float32)  # c is only near a, weakly
    assert _checked(sts, sim, [0, 1, 2], [], AlignParams(), lambda core: False) == [([0, 1], [], 0), ([2], [], 2)]
    close = np.array([[0, 0.7, 0.5], [0.7, 0, 0.2], [0.5, 0.2, 0]], dtype=np.float32)
    assert _checked(sts, close, [0, 1, 2], [], AlignParams(), lambda core: False) == [([0, 1, 2], [], 0)]  # a says what b and c say


def test_one_speakers_words_of_two_days_are_two_statements(nlp):
    from dataclasses import replace

    from recoupe.crosscheck.report import cross_check
    from recoupe.models import Quote

    def said(aid, day, words):
        body = f"Le directeur général de la santé a déclaré : « {words} »."
        start = body.index("«") + 2
        q = Quote(field="body", start=start, end=start + len(words), text=words, kind="direct",
                  speaker_name="Jérôme Salomon", cue="déclaré", channel=None, speaker_entity="e-salomon")
        return replace(_made(aid, "Le Vigilant", body, f"2026-03-{day:02d}T19:00"), quotes=(q,))

    arts = [said("a", 10, "Nous comptons aujourd'hui 1 784 cas confirmés et 33 décès en France"),
            said("b", 11, "Nous comptons aujourd'hui 2 281 cas confirmés et 48 décès en France"),
            said("c", 20, "Nous comptons aujourd'hui 12 612 cas confirmés et 450 décès en France")]
    r = cross_check(_story(*arts), arts, nlp=nlp)
    for q in r["quotes"]:
        assert not {"a", "c"} <= {v["article"] for v in q["variants"]}, q  # ten days apart: two statements


def test_the_number_of_a_name_is_no_figure(nlp):
    from recoupe.crosscheck.statements import Reader

    body = "Un avion de chasse F-15 s'est écrasé lundi, le Covid-19 ayant retardé les 12 vols d'entraînement prévus."
    values = [v for s in Reader([_made("a1", "X", body)], nlp).statements() for v in s.values if v.kind == "number"]
    assert [(v.value, v.unit) for v in values] == [(12.0, "vol")]


def test_reparse_stores_the_features_of_the_text_it_parses(example_db, tmp_path, enricher):
    import shutil

    import sqlalchemy as sa

    from recoupe import pipeline
    from recoupe.crosscheck import features
    from recoupe.crosscheck.statements import load_model

    db = tmp_path / "reparse.db"
    shutil.copy(example_db, db)
    with Store(str(db)) as store:
        a = next(iter(store.query()))
        with store.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM statement_features"))
        report = pipeline.reparse(store, article_ids=[a.id], enricher=enricher, workers=1)
        assert report.reparsed == 1
        again = store.get(a.id, with_revisions=False)
        assert features.stored(store.statement_features([a.id]), [again], load_model())


def test_the_enrich_stage_gives_the_token_tables_a_second_pass_would(example_db, enricher):
    """Statement features come from the enrich stage's own doc at ingest (no second pass of the
    model): the same tokens at the same offsets as the cross-check's model reading each field
    alone, and the same parts of speech and lemmas but for a rare token the neighbouring field
    sways."""
    from recoupe.crosscheck import features
    from recoupe.crosscheck.statements import load_model
    from recoupe.ingest.parse import parse_record

    with Store(example_db) as store:
        arts = [parse_record(raw) for _, raw in store.raw_records()]
    items = list(enricher(arts))
    assert all(item.tokens for item in items)
    nlp = load_model()
    same = total = 0
    for item, alone in zip(items, features.analyse(arts, nlp), strict=True):
        ours = features.decode(features.pack(item.tokens, item.article), item.article, nlp)
        assert ours is not None and set(ours) == set(alone)
        for f in alone:
            assert [(t.idx, t.text) for t in ours[f].toks] == [(t.idx, t.text) for t in alone[f].toks]
            for a, b in zip(ours[f].toks, alone[f].toks, strict=True):
                total += 1
                same += (a.pos_, a.lemma_, a.flags, a.row) == (b.pos_, b.lemma_, b.flags, b.row)
    assert total > 1000 and same / total > 0.995


def test_a_clock_time_that_names_its_day_gives_the_day_too():
    """ "hier à 10 h" is a day and a time: the day aligns with a date given elsewhere and places
    the statement in the timeline; "à 10 h" alone is read on the article's day and names none."""
    from recoupe.crosscheck.features import FieldTokens
    from recoupe.crosscheck.statements import values_in
    from recoupe.models import TimeExpression

    text = "Le feu a pris hier à 10 h dans l'entrepôt, puis a repris à 16 h."
    fused = TimeExpression("body", 14, 25, "hier à 10 h", "TIME", "2026-03-03T10:00")
    alone = TimeExpression("body", 59, 63, "16 h", "TIME", "2026-03-04T16:00")
    got = [(v.kind, v.value, v.text) for v in values_in(text, 0, len(text), FieldTokens([]), [fused, alone])]
    assert ("date", "2026-03-03", "hier à 10 h") in got
    assert ("time", "2026-03-03T10:00", "hier à 10 h") in got
    assert ("time", "2026-03-04T16:00", "16 h") in got
    assert not any(k == "date" and t == "16 h" for k, _, t in got)


def test_a_reprint_is_a_copy_and_a_rewrite_with_its_own_sentences_is_not():
    """A copy is the same text republished, verbatim or trimmed: nearly all of its shingles are in
    the stored text. A newsroom that takes a dispatch's paragraphs and writes its own opening
    is that newsroom's report (its facts can corroborate the dispatch's)."""
    from recoupe.stories.copies import containment, is_copy, signature

    sentences = [f"Le conseil municipal numéro {k} a voté mardi soir la motion présentée par le groupe {k} de l'opposition locale."
                 for k in range(12)]
    dispatch = " ".join(sentences)
    trimmed = " ".join(sentences[:7])
    own = ("Les élus de la ville ont tranché dans la soirée après un long débat sur l'avenir du quartier de la gare. "
           "La maire a salué un vote historique devant la presse locale réunie à l'hôtel de ville. "
           "Les opposants dénoncent un passage en force et promettent un recours devant le tribunal administratif. ")
    rewrite = own * 2 + " ".join(sentences[:6])
    d, t, r = signature(dispatch), signature(trimmed), signature(rewrite)
    assert d is not None and t is not None and r is not None
    assert is_copy(signature(dispatch), d)  # republished verbatim
    assert is_copy(t, d) and not is_copy(d, t)  # trimmed: the reprint adds nothing; the longer text is not its copy
    assert not is_copy(r, d)  # its own sentences make it a report of its own
    assert containment(r, d) is not None and containment(r, d) < 0.9
    assert is_copy(t, d[:64]) == (float((t[:64] == d[:64]).mean()) >= 0.6)  # a signature stored without its count: Jaccard


def test_sentence_vectors_are_computed_on_the_first_report_and_kept(tmp_path, enricher, nlp):
    """A story's statement vectors are encoded when its report is first computed, kept in the
    store (migration 11), and read back afterwards: no statement is encoded twice, and the report
    computed again is the same."""
    from recoupe import pipeline
    from recoupe.crosscheck import features, vectors
    from recoupe.crosscheck.statements import Reader
    from recoupe.enrich.semantic import encoder

    with Store(str(tmp_path / "v.db")) as store:
        pipeline.ingest([str(EXAMPLES / "text")], store, enricher=enricher, workers=1)
        story = max(reading.story_list(store), key=lambda s: len(s["articles"]))
        ids = story["articles"]
        enc = encoder()
        assert store.sentence_vectors(ids, enc.name) == {}  # nothing at ingest
        first = story_report(store, story["id"])
        kept = store.sentence_vectors(ids, enc.name)
        assert set(kept) == set(ids)
        articles = [store.get(i, with_revisions=False) for i in ids]
        st = Reader(articles, nlp, features.stored(store.statement_features(ids), articles, nlp)).statements()
        rows, save = vectors.statement_vectors(st, enc, kept)
        assert save == {} and rows.shape == (len(st), enc.dim)
        assert abs(float(rows[0] @ enc.encode([st[0].text])[0]) - 1.0) < 1e-2
        reading._cache.clear()
        assert story_report(store, story["id"])["facts"] == first["facts"]


def _sentences(art):
    """An article of ``_made`` with its body cut at each full stop."""
    from dataclasses import replace

    spans, pos = [], 0
    for k, ch in enumerate(art.body):
        if ch == "." and (k + 1 == len(art.body) or art.body[k + 1] == " "):
            spans.append((pos, k + 1))
            pos = k + 2
    return replace(art, sentences=tuple(spans))


def test_an_article_giving_both_figures_takes_no_side(nlp):
    """Two figures of two things in one article (an aid and losses) are no contradiction when
    another outlet gives only one of them."""
    from recoupe.crosscheck.report import cross_check

    a = _sentences(_made("a", "Le Vigilant", "Le gouvernement a annoncé une aide de 1,75 milliard d'euros aux communes. "
                                            "Les pertes des communes sont estimées à 7,5 milliards d'euros selon le gouvernement."))
    b = _made("b", "La Gazette", "Le gouvernement a annoncé une aide de 1,75 milliard d'euros aux communes.")
    r = cross_check(_story(a, b), [a, b], nlp=nlp)
    assert not [f for f in r["facts"] if f["status"] == "contradicted"], r["facts"]
    (fact,) = [f for f in r["facts"] if f["status"] == "corroborated"]
    assert {s["article"] for s in fact["support"]} == {"a", "b"}


def test_a_figure_with_a_dot_between_thousands_is_one_number(nlp):
    from recoupe.crosscheck.report import cross_check

    a = _made("a", "Le Vigilant", "Quelque 360.000 habitants du canton vont être confinés à nouveau dès mardi.")
    b = _made("b", "La Gazette", "Quelque 280.000 habitants du canton vont être confinés à nouveau dès mardi.")
    r = cross_check(_story(a, b), [a, b], nlp=nlp)
    (fact,) = [f for f in r["facts"] if f["status"] == "contradicted"]
    assert {v["value"] for v in fact["versions"]} == {"360\u202f000 habitant", "280\u202f000 habitant"}


def test_a_statement_of_the_shown_ones_article_must_say_the_claim_too():
    """Another statement of the shown statement's own article (never compared with it) stays in
    the fact only when it is alike a statement of another article that says the claim."""
    import numpy as np

    from recoupe.crosscheck.align import AlignParams
    from recoupe.crosscheck.report import _checked

    def st(article):
        return Statement(article, "body", 0, 1, "x", 1, ("mot",), None, (), (), None, False)

    sts = [st("a"), st("a"), st("b")]
    far = np.array([[0, 0, 0.7], [0, 0, 0.2], [0.7, 0.2, 0]], dtype=np.float32)  # the second of a is not alike b
    assert _checked(sts, far, [0, 1, 2], [], AlignParams(), lambda core: False) == [([0, 2], [], 0), ([1], [], 1)]
    near = np.array([[0, 0, 0.7], [0, 0, 0.5], [0.7, 0.5, 0]], dtype=np.float32)
    assert _checked(sts, near, [0, 1, 2], [], AlignParams(), lambda core: False) == [([0, 1, 2], [], 2)]


def test_a_fact_another_source_says_in_part_is_partly_reported():
    """A one-source fact is shown single-source only when no statement of an independent source
    says part of it (uses enough of its words); one that does makes it partly reported, and is
    named. Another article of its own outlet does not count."""
    import numpy as np

    from recoupe.crosscheck.report import PARTLY, _partly, _Story
    from recoupe.stories.outlets import Registry

    a = _made("a", "Le Vigilant", "Une phrase.")
    b = _made("b", "La Gazette", "Une phrase.")
    c = _made("c", "Le Vigilant", "Une phrase.", "2026-03-04T12:00")
    ctx = _Story(_story(a, b, c), [a, b, c], Registry(), False)

    def st(article):
        return Statement(article, "body", 0, 1, "x", 1, ("mot",), None, (), (), None, False)

    sts = [st("a"), st("b"), st("b"), st("c")]
    share = np.zeros((4, 4))  # share[i, k]: of i's weight, what k says
    share[0, 1] = PARTLY - 0.05  # b's first statement: too little of it
    share[0, 2] = PARTLY + 0.05  # b's second: part of it
    share[0, 3] = PARTLY + 0.1  # c: the same outlet as a
    assert _partly(ctx, sts, lambda i, k: float(share[i, k]), [0]) == [2]
    share[0, 2] = PARTLY - 0.05
    assert _partly(ctx, sts, lambda i, k: float(share[i, k]), [0]) == []



def test_a_statement_alike_pair_by_pair_but_placed_apart_says_the_fact_in_part():
    """A statement of another source alike a one-source fact's statement at the threshold or
    above (the pair was not placed in one fact) says it, in part at least: the fact is then partly
    reported, not single-source; below the threshold only the words they share count."""
    import numpy as np

    from recoupe.crosscheck.align import THRESHOLD, Similarity
    from recoupe.crosscheck.report import PARTLY, _share

    def st(article, terms):
        return Statement(article, "body", 0, 1, " ".join(terms), 1, terms, None, (), (), None, False)

    sim = Similarity([st("a", ("grue", "effondrer", "chantier")), st("b", ("engin", "tomber", "travaux"))])
    alike = np.array([[0, THRESHOLD + 0.01], [THRESHOLD + 0.01, 0]], dtype=np.float32)
    assert _share(sim, alike, THRESHOLD)(0, 1) == 1.0
    apart = np.array([[0, THRESHOLD - 0.05], [THRESHOLD - 0.05, 0]], dtype=np.float32)
    assert _share(sim, apart, THRESHOLD)(0, 1) == 0.0 < PARTLY  # no word in common


def test_another_figure_joins_a_fact_only_near_its_shown_statement():
    """A statement giving another figure than a neighbour of the fact's shown statement is kept as
    the fact's other version only when it is near the shown statement too: a figure of another
    thing that only a neighbour comes close to (a town's population beside a count of the
    evacuated) makes a fact of its own."""
    import numpy as np

    from recoupe.crosscheck.align import AlignParams
    from recoupe.crosscheck.report import _checked

    def st(article, count):
        return Statement(article, "body", 0, 1, "x", 1, ("mot",), None, (n(count, "habitant"),), (), None, False)

    sts = [st("a", 1500), st("b", 1500), st("c", 5800), st("d", 1500)]
    sim = np.array([[0, 0.7, 0.0, 0.9], [0.7, 0, 0.35, 0.45], [0.0, 0.35, 0, 0.0], [0.9, 0.45, 0.0, 0]], dtype=np.float32)
    disputed = lambda core: 2 in core  # noqa: E731
    assert _checked(sts, sim, [0, 1, 2, 3], [], AlignParams(), disputed) == [([0, 1, 3], [], 0), ([2], [], 2)]
    near = sim.copy()
    near[0, 2] = near[2, 0] = 0.32  # near the shown statement too: the fact's other version
    assert _checked(sts, near, [0, 1, 2, 3], [], AlignParams(), disputed) == [([0, 1, 3, 2], [], 0)]


def test_a_partial_quotation_given_word_for_word_by_both_is_one_persons_words():
    """A quoted phrase opening lower-case (a partial quotation inside the writer's sentence) that
    the other statement gives word for word, quoted or not, makes the two alike at the threshold
    however few other words they share; a quoted title of a work (capitalised) or a quotation of
    one word does not."""
    from recoupe.crosscheck.align import THRESHOLD, shared_quotation

    assert shared_quotation('Le préfet a jugé la situation "particulièrement préoccupante" lundi soir.',
                            "Pour le représentant de l'Etat, elle est « particulièrement préoccupante ».")
    assert shared_quotation("Selon l'élue, le maire s'est conduit comme « un petit chef de village ».",
                            "« C'est un petit chef de village », a-t-elle lancé jeudi.")
    assert not shared_quotation('Il a joué dans " Le Roi des montagnes " en 1962.',
                                "Le Roi des montagnes reste son plus grand succès.")  # a title
    assert not shared_quotation('Le quartier est « calme » depuis mardi.', "Un quartier calme, selon la police.")  # one word
    assert not shared_quotation('Le préfet évoque une situation "particulièrement préoccupante".',
                                "La situation est préoccupante, particulièrement dans le nord.")  # not in that order

    def st(article, text, terms):
        return Statement(article, "body", 0, len(text), text, 1, terms, None, (), (), None, '"' in text)

    sts = [st("a", 'Le maire a dénoncé des "dégradations inadmissibles" dans le parc.', ("maire", "denoncer", "degradation", "inadmissible", "parc")),
           st("b", "Des dégradations inadmissibles, selon lui, qui visent aussi les écoles.", ("degradation", "inadmissible", "viser", "ecole")),
           st("a", "Le conseil municipal se réunira lundi pour voter le budget.", ("conseil", "municipal", "reunir", "voter", "budget")),
           st("b", "Les écoles de la ville resteront fermées toute la semaine.", ("ecole", "ville", "rester", "fermer", "semaine"))]
    m = Similarity(sts).matrix()
    assert m[0, 1] >= THRESHOLD
    assert m[2, 3] < THRESHOLD


def test_two_statements_giving_one_figure_are_compared_whatever_words_they_share():
    """Statements that share no word, only near ones, and give one figure with its unit are scored
    (not left out by the prefilter, which reads shared words): the figure and the near words are
    what they share. The same near words with another figure are not."""
    import numpy as np

    def st(article, terms, value, direction):
        return Statement(article, "body", 0, 1, " ".join(terms), 1, terms, np.tile(direction, (len(terms), 1)),
                         (value,), (), None, False)

    u = np.array([1.0, 0.0], dtype=np.float32)
    v = np.array([0.75, np.sqrt(1 - 0.75 ** 2)], dtype=np.float32)  # near, not the same
    sts = [st("a", ("ravager", "pinede", "massif"), n(165, "hectare"), u),
           st("b", ("detruire", "foret", "landes"), n(165, "hectare"), v),
           st("c", ("bruler", "bois", "colline"), n(40, "hectare"), v)]
    m = Similarity(sts).matrix()
    assert m[0, 1] > 0.0
    assert m[0, 2] == 0.0


def test_one_distinctive_figure_given_exactly_by_both_makes_them_alike():
    """Two statements that give one figure exactly, in one unit, from ten up (« 165 hectares »,
    « 4,5 milliards d'euros ») say one thing whatever other words they use; a small count, a
    qualified figure, an age or a span of time, or another figure beside one that conflicts, does
    not make them so."""
    from recoupe.crosscheck.align import THRESHOLD, same_figure, tells_one_thing

    assert same_figure((n(165, "hectare"),), (n(165, "hectare"), n(3, "commune")))
    assert same_figure((n(4.5e9, "euro"),), (n(4.5e9, "euro"),))
    assert same_figure((n(2.5, "%"),), (n(2.5, "%"),))  # decimals: no small count
    assert not same_figure((n(3, "blesse"),), (n(3, "blesse"),))  # a small count
    assert not same_figure((n(165, "hectare", "approx"),), (n(165, "hectare"),))  # « environ 165 hectares »
    assert same_figure((n(4000, "fromage", "min"),), (n(4000, "fromage", "min"),))  # « plus de 4 000 » both
    assert not same_figure((n(37, "an"),), (n(37, "an"),))  # an age
    assert not same_figure((n(165, "hectare"),), (n(165, None),))  # no unit

    def st(article, text, terms, values):
        return Statement(article, "body", 0, len(text), text, 1, terms, None, values, (), None, False)

    a = st("a", "Le sinistre a ravagé 165 hectares de pinède.", ("sinistre", "ravager", "pinede"), (n(165, "hectare"),))
    b = st("b", "Au total, 165 hectares sont partis en fumée selon la préfecture.", ("total", "partir", "fumee", "prefecture"),
           (n(165, "hectare"),))
    c = st("b", "Au total, 165 hectares et 12 maisons sont partis en fumée.", ("total", "partir", "fumee", "maison"),
           (n(165, "hectare"), n(12, "maison")))
    d = st("a", "Le sinistre a ravagé 165 hectares et 20 maisons.", ("sinistre", "ravager", "maison"), (n(165, "hectare"), n(20, "maison")))
    assert tells_one_thing(a, b) and tells_one_thing(a, c)
    assert not tells_one_thing(d, c)  # 20 houses against 12: left to the contradiction check
    assert Similarity([a, b]).matrix()[0, 1] >= THRESHOLD


def test_one_day_each_article_names_once_makes_two_statements_alike():
    """A day named (« le 26 juin », or « vendredi » in an article of that week) by one statement of
    each article, and by no other statement of either, anchors one event when the two share some
    words: they are alike at the threshold. A day one article names twice, or three articles name,
    is the story's, not one statement's; and a day alone does not join two things done that day."""
    from recoupe.crosscheck.align import THRESHOLD

    def day(text):
        return Value("date", "2020-06-26", "day", text, 0, len(text))

    def st(article, text, terms, values=()):
        return Statement(article, "body", 0, len(text), text, 1, terms, None, values, (), None, False)

    sts = [st("a", "Le directeur avait protesté dès le 26 juin contre ces déclarations.", ("directeur", "protester", "declaration"),
              (day("le 26 juin"),)),
           st("b", "L'opposition entre le directeur et le chercheur remonte à vendredi.", ("opposition", "directeur", "chercheur", "remonter"),
              (day("vendredi"),)),
           st("a", "Le chercheur conteste ces chiffres.", ("chercheur", "contester", "chiffre"))]
    assert Similarity(sts).matrix()[0, 1] >= THRESHOLD
    twice = [*sts, st("a", "Le 26 juin, une audition s'est tenue à l'Assemblée.", ("audition", "tenir", "assemblee"),
                      (day("Le 26 juin"),))]
    assert Similarity(twice).matrix()[0, 1] < THRESHOLD
    third = [*sts, st("c", "Le directeur s'était exprimé le 26 juin devant la presse.", ("directeur", "exprimer", "presse"),
                      (day("le 26 juin"),))]
    assert Similarity(third).matrix()[0, 1] < THRESHOLD  # the story's day
    apart = [st("a", "Vendredi, le préfet a inauguré un pont sur la Loire.", ("prefet", "inaugurer", "pont", "loire"),
                (day("Vendredi"),)),
             st("b", "Trois blessés ont été évacués vendredi par les pompiers.", ("blesse", "evacuer", "pompier"),
                (day("vendredi"),))]
    assert Similarity(apart).matrix()[0, 1] < THRESHOLD


def _st(article: str, field: str, order: int, text: str, values: tuple[Value, ...] = ()) -> Statement:
    return Statement(article=article, field=field, start=order * 200, end=order * 200 + len(text), text=text,  # type: ignore[arg-type]
                     order=order, terms=tuple(w for w in text.split() if len(w) > 3), vectors=None, values=values,
                     entities=(), speaker=None, quoted=False)


def _evening(day: str, text: str, start: int) -> Value:
    return Value(kind="date", value=day, unit="day", text=text, start=start, end=start + len(text))


def test_a_date_in_the_same_words_is_no_disagreement():
    # one sentence in two outlets published a day apart: « ce soir » read against each publication date
    a = _st("a", "body", 1, "Les agents ont été pris en charge : leur état est rassurant ce soir.",
            (_evening("2020-08-01", "ce soir", 59),))
    b = _st("b", "body", 1, "Les agents ont été pris en charge: leur état est rassurant ce soir.",
            (_evening("2020-08-02", "Ce  soir", 58),))
    assert disagreements(a, b, aligned=True, same_fact=True) == []


def test_a_date_in_other_words_still_disagrees():
    a = _st("a", "body", 1, "Les agents ont été pris en charge : leur état est rassurant ce soir.",
            (_evening("2020-08-01", "ce soir", 59),))
    b = _st("b", "body", 1, "Les agents ont été pris en charge: leur état était rassurant lundi soir.",
            (_evening("2020-08-03", "lundi soir", 58),))
    found = disagreements(a, b, aligned=True, same_fact=True)
    assert [(x.text, y.text) for x, y in found] == [("ce soir", "lundi soir")]


def _street(text: str) -> Value:
    kind, name = text.split(" ", 1)  # as statements reads an address: the kind of way, then the name
    return Value(kind="place", value=text_key(name).replace("-", " "), unit=kind, text=text, start=0, end=len(text))


def test_a_street_named_with_its_town_is_the_same_street():
    assert same_value(_street("parvis de Notre-Dame"), _street("parvis de Notre-Dame de Paris")) is True
    assert same_value(_street("parvis de Notre-Dame de Paris"), _street("parvis de Notre-Dame")) is True
    # a longer name, another street
    assert same_value(_street("rue Notre-Dame"), _street("rue Notre-Dame-des-Champs")) is False
    assert same_value(_street("rue de la Gare"), _street("rue de la Paix")) is False
