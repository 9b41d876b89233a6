"""Parsing of each format, on fixtures of our own and, when present, the real samples."""

import json

import pytest
from conftest import FIXTURES

from recoupe.ingest.parse import parse_record
from recoupe.ingest.sources import Options, read_input
from recoupe.models import ParsedArticle, RawRecord, Rejection, Timestamp


def parse_file(path, source=None):
    return [r if isinstance(r, Rejection) else parse_record(r) for r in read_input(str(path), Options(source=source))]


def parse_text(text, source=None):
    return parse_record(RawRecord("<test>", "text", text, text.encode(), "utf-8", source))


# -- plain text, layout A ----------------------------------------------------------------
def test_layout_a_fields():
    (a,) = parse_file(FIXTURES / "layout_a.txt")
    assert a.title == "La présidente moldave accepte une médiation pour le port de Giurgiulești, affirme Bruxelles"
    assert a.lead.startswith("La présidente moldave Irina Caraman a également évoqué")
    assert a.lead.endswith("le 21 mars")
    assert a.authors == ("Hélène Vautrin",)
    assert a.published == Timestamp("2025-03-18T09:45", "minute")
    assert a.updated == Timestamp("2025-03-18T16:20", "minute")
    assert a.body.startswith("Après s’être entretenue")
    assert a.body.endswith("« un geste de bonne volonté ».")
    assert a.lang == "fr"


def test_layout_a_appeal_is_removed_and_kept_and_names_the_outlet():
    (a,) = parse_file(FIXTURES / "layout_a.txt")
    assert "Soutenez" not in a.body and "indépendant" not in a.body
    assert [b.kind for b in a.boilerplate] == ["donation"]
    assert a.boilerplate[0].text.startswith("Soutenez Le Phare de l’Est")
    assert "comptons sur votre soutien" in a.boilerplate[0].text
    assert a.source == "Le Phare de l’Est"


def test_source_given_on_the_command_line_yields_to_the_input():
    (a,) = parse_file(FIXTURES / "layout_b.txt", source="Radio Test")
    assert a.source == "Radio Test"
    text = "---\nsource: La Gazette\nurl: https://www.gazette.example/a\n---\nTitre\n\nPar Jean Dupont\n4 mars 2026\n\nCorps du texte."
    assert parse_text(text, source="Radio Test").source == "La Gazette"
    assert parse_text("Titre seul\n\nCorps du texte.").source is None


def test_layout_b_month_precision_and_lead():
    (a,) = parse_file(FIXTURES / "layout_b.txt")
    assert a.published == Timestamp("2025-03", "month")
    assert a.title is None
    assert a.lead.startswith("Irina Caraman a annoncé avoir eu un échange")
    assert a.lead.endswith("reprendre les discussions.")
    # stray spaces before punctuation and after elisions are mended
    assert a.body.startswith("Irina Caraman, lundi 17 mars,")
    assert "de l’énergie" in a.body and "Vlase." in a.body
    assert a.authors == ()


@pytest.mark.parametrize("header, authors, published, updated", [
    ("Par Jeanne Roux et Karim Haddad\nPublié le 4 mars 2026 à 11h30", ("Jeanne Roux", "Karim Haddad"), "2026-03-04T11:30", None),
    ("Par Léa Morin, avec AFP\nPublié le mercredi 4 mars 2026 à 08h12, mis à jour à 10h47", ("Léa Morin", "AFP"), "2026-03-04T08:12", "2026-03-04T10:47"),
    ("Par Paul Roche - 04/03/2026 à 09:05", ("Paul Roche",), "2026-03-04T09:05", None),
    ("Propos recueillis par Ana Lima\n4 mars 2026", ("Ana Lima",), "2026-03-04", None),
])
def test_layout_a_variants(header, authors, published, updated):
    text = f"Un titre d’article\r\n\r\nUn chapeau court.\r\n\r\n{header}\r\n\r\nLe premier paragraphe.\r\n\r\nLe second paragraphe."
    a = parse_text(text.replace("\r\n", "\n") if "Paul" in header else text)
    assert a.title == "Un titre d’article"
    assert a.lead == "Un chapeau court."
    assert a.authors == authors
    assert a.published.value == published
    assert (a.updated.value if a.updated else None) == updated
    assert a.body == "Le premier paragraphe.\n\nLe second paragraphe."


def test_text_without_header_keeps_everything_in_the_body():
    a = parse_text("Un titre\n\nPremier paragraphe assez long pour être un corps.\n\nSecond.")
    assert a.title == "Un titre" and a.lead is None
    assert a.body == "Premier paragraphe assez long pour être un corps.\n\nSecond."


def test_hard_wrapped_paragraphs_are_joined():
    body = ("Une longue phrase coupée à la main au milieu pour tenir sur soixante-dix\n"
            "colonnes comme dans un vieux courriel.")
    a = parse_text(f"Titre\n\n{body}")
    assert a.body == body.replace("\n", " ")


def test_id_is_stable_and_depends_on_url_or_content():
    a1, a2 = parse_text("Titre\n\nCorps."), parse_text("Titre\n\nCorps.")
    assert a1.id == a2.id and len(a1.id) == 16
    assert parse_text("Titre\n\nAutre corps.").id != a1.id
    u1 = parse_text("---\nurl: https://x.example/a?utm_source=rss\n---\nTitre\n\nCorps.")
    u2 = parse_text("---\nurl: https://X.example/a\n---\nTitre\n\nCorps modifié.")
    assert u1.id == u2.id and u1.url == "https://x.example/a"


# -- HTML --------------------------------------------------------------------------------
def test_html_page_fields_and_boilerplate():
    (a,) = parse_file(FIXTURES / "article.html")
    assert a.title == "Crue de la Vézère : 340 foyers évacués à Terrasson"
    assert a.source == "La Voix du Périgord"
    assert a.url == "https://www.voixduperigord.example/faits-divers/2026/03/04/crue-vezere-terrasson"
    assert a.authors == ("Jeanne Roux",)
    assert a.published == Timestamp("2026-03-04T07:15:00+01:00", "second")
    assert a.updated == Timestamp("2026-03-04T10:02:00+01:00", "second")
    assert a.lead == "La préfecture a déclenché le plan communal de sauvegarde dans la nuit de mardi à mercredi."
    assert a.body.startswith("La Vézère est sortie de son lit")
    assert "Météo-France prévoit" in a.body
    for junk in ("Lire aussi", "Partager", "newsletter", "Mentions légales", "Accueil"):
        assert junk not in a.body
    kinds = {b.kind for b in a.boilerplate}
    assert {"related", "share", "newsletter"} <= kinds


def test_html_page_without_article_is_rejected():
    (r,) = parse_file(FIXTURES / "no_article.html")
    assert isinstance(r, Rejection) and r.code == "E007"


# -- JSON --------------------------------------------------------------------------------
def test_json_lines_records():
    got = parse_file(FIXTURES / "feed.jsonl")
    a, feed_item, bad, html_body, not_object = got
    assert a.id == "fx-001" and a.id_given
    assert a.published == Timestamp("2025-03-17T18:30:00+01:00", "second")
    assert [b.kind for b in a.boilerplate] == ["related"] and "Lire aussi" not in a.body
    assert feed_item.title.startswith("Brève") and feed_item.body == "" and feed_item.lang == "fr"
    assert isinstance(bad, Rejection) and bad.code == "E005"
    assert html_body.title.startswith("Énergie") and html_body.body == "Le gouvernement moldave a signé mardi un accord gazier avec Bucarest.\n\nL’accord court sur dix ans."
    assert html_body.authors == ("Hélène Vautrin", "Paul Ciobanu")
    assert html_body.published.value == "2025-03-18T09:00:00+01:00"
    assert isinstance(not_object, Rejection) and not_object.code == "E006"


def _json(data):
    text = json.dumps(data, ensure_ascii=False)
    return parse_record(RawRecord("<test>", "json", text, text.encode(), "utf-8", None, data))


def test_json_record_field_aliases_and_types():
    a = _json({"headline": "Titre", "heading": "Chapo", "article": "Corps.", "provider": "orange", "date": "2020-07-02", "id": 2})
    assert (a.title, a.lead, a.body, a.source, a.id) == ("Titre", "Chapo", "Corps.", "orange", "2")
    assert a.published == Timestamp("2020-07-02", "day")
    assert _json({"title": "T", "authors": [{"name": "Ana Lima"}, "Paul Roche"]}).authors == ("Ana Lima", "Paul Roche")
    assert _json({"title": "T", "source": {"name": "Le Phare"}}).source == "Le Phare"
    assert _json({"title": "T", "url": "https://www.phare.example/x"}).source == "phare.example"


def test_json_record_without_title_or_body_is_rejected():
    r = _json({"id": "x", "url": "https://a.example/"})
    assert isinstance(r, Rejection) and r.code == "E008"
    r = _json({"title": ["a", 1]})
    assert isinstance(r, Rejection) and r.code == "E011" and "title" in r.reason


def test_control_characters_are_dropped_from_every_field():
    a = _json({"title": "Crue\u0000 de la Vézère", "heading": "Le\u0007 chapô", "article": "Premier\u0000 paragraphe.\n\nSecond\u001f.",
               "author": "Jeanne\u0000 Roux", "source": "La\u0000 Voix"})
    assert (a.title, a.lead, a.body, a.authors, a.source) == (
        "Crue de la Vézère", "Le chapô", "Premier paragraphe.\n\nSecond.", ("Jeanne Roux",), "La Voix")
    text = "Titre du texte\n\nUn premier paragraphe\x00 du texte, assez long pour en être un vrai.\tFin."
    t = parse_record(RawRecord("<test>", "text", text, text.encode(), "utf-8"))
    assert "Un premier paragraphe du texte, assez long" in t.body and "\x00" not in t.body


def test_invisible_marks_inside_words_are_dropped():
    # soft hyphens a layout tool scattered through words, a word joiner, a byte-order mark in the
    # middle: a reader sees whole words
    a = _json({"title": "Le témoi\u00adgnage d'une expa\u00adtriée", "heading": "Mar\u2060seille",
               "article": "Gene\u00advieve Roux, une expa\u00adtriée, té\u2060moigne.\ufeff Fin du texte."})
    assert (a.title, a.lead) == ("Le témoignage d'une expatriée", "Marseille")
    assert a.body == "Genevieve Roux, une expatriée, témoigne. Fin du texte."


def test_windows_1252_read_as_latin_1_gets_its_characters_back():
    # a page labelled ISO-8859-1 and decoded so, or a record exported from one: C1 controls
    a = _json({"title": "Le litre \x80 2", "article": "L\x92essence co\xfbte 2 \x80 de plus, c\x92est l\x92\x9cuvre\x81 de la taxe."})
    assert a.title == "Le litre € 2"
    assert a.body == "L’essence coûte 2 € de plus, c’est l’œuvre de la taxe."


def test_a_headline_keeps_its_typographic_no_break_spaces_and_not_the_stray_ones():
    a = _json({"title": "Crue\u00a0: 340\u202ffoyers évacués\u00a0? «\u00a0Oui\u00a0» dit le\u00a0maire",
               "article": "«\u00a0Oui\u00a0», a dit le maire\u00a0: 1\u202f500 évacués."})
    # French typography's no-break spaces are part of the headline as written; one between two
    # words is a page's artefact
    assert a.title == "Crue\u00a0: 340\u202ffoyers évacués\u00a0? «\u00a0Oui\u00a0» dit le maire"
    assert a.body == "«\u00a0Oui\u00a0», a dit le maire\u00a0: 1\u202f500 évacués."
    page = _html("<meta property='og:title' content='Inondations\u00a0: la digue a\u00a0tenu'>", "<h1>Inondations\u00a0: la digue a tenu</h1>" + _TEXT)
    assert page.title == "Inondations\u00a0: la digue a tenu"


# -- the real samples (../shared) ------------------------------------------------------------
def test_sample_with_full_header(shared):
    (a,) = parse_file(shared / "samples" / "000_f8bc91935babd4bd.txt")
    assert isinstance(a, ParsedArticle)
    assert a.title.startswith("Vladimir Poutine accepte d’entamer des négociations")
    assert a.lead.startswith("Donald Trump a également abordé ce sujet")
    assert a.authors == ("Ryan Morgan",)
    assert a.published == Timestamp("2025-02-13T11:30", "minute")
    assert a.updated == Timestamp("2025-02-13T11:30", "minute")
    assert a.body.startswith("Après avoir parlé aux présidents russe et ukrainien")
    assert " ".join(a.body.split()).endswith("coopération économique et de ressources ».")
    assert "Soutenez" not in a.body and "Epoch Times est un média" not in a.body
    assert [b.kind for b in a.boilerplate] == ["donation"]
    assert a.source == "Epoch Times"


def test_sample_with_month_only(shared):
    (a,) = parse_file(shared / "samples" / "002_6f2fcc6fd9a0f545.txt", source="Sample outlet")
    assert a.published == Timestamp("2025-02", "month")
    assert a.title is None and a.authors == ()
    assert a.lead.startswith("Donald Trump a déclaré avoir eu une conversation « productive »")
    assert a.body.startswith("Donald Trump, mercredi 12 février, a annoncé sur Truth Social")
    assert a.source == "Sample outlet" and a.boilerplate == ()


def test_real_pages_of_the_orangesum_sample(shared):
    """A quality floor on 80 real pages whose fields are known (bench/eval_html.py measures all)."""
    import gzip
    import tarfile
    from collections import Counter
    from pathlib import Path

    from recoupe.ingest.parse.common import clean_inline
    from recoupe.ingest.sources import decode

    pages = {}
    with tarfile.open(shared / "corpora" / "orangesum" / "html-sample.tar.gz") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".html"):
                pages[Path(member.name).stem] = tar.extractfile(member).read()
            if len(pages) == 80:
                break
    gold = {}
    with gzip.open(shared / "corpora" / "orangesum" / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if str(rec["id"]) in pages:
                gold[str(rec["id"])] = rec
    titles = recall = precision = 0.0
    for pid, data in pages.items():
        text, enc = decode(data)
        a = parse_record(RawRecord(pid, "html", text, data, enc))
        assert isinstance(a, ParsedArticle), a
        g = gold[pid]
        titles += clean_inline(a.title or "") == clean_inline(g["title"])
        gw, bw = Counter(clean_inline(g["article"]).lower().split()), Counter(a.body.lower().split())
        common = sum((gw & bw).values())
        recall += common / max(1, sum(gw.values()))
        precision += common / max(1, sum(bw.values()))
        assert a.published is not None and a.published.value[:10] == g["date"][:10]
    n = len(pages)
    assert titles / n >= 0.85
    assert recall / n >= 0.90 and precision / n >= 0.90


# -- pages in the styles of other outlets (tests/pages: our own words, fictional outlets) ----
# tests/pages, not tests/fixtures: the CLI tests ingest tests/fixtures as a whole and count it.
PAGES = FIXTURES.parent / "pages"


@pytest.mark.parametrize("name, title, published, authors, kinds, junk", [
    ("national_ld.html", "Les pharmaciens de Bretagne ferment leurs officines contre la réforme des gardes",
     "2026-03-04T06:00:00+01:00", ("Maëlle Kerbrat",), {"prompt", "paywall", "related"},
     ("Recevez nos alertes", "Il vous reste", "Lire aussi", "déserts pharmaceutiques")),
    ("regional_time.html", "Saint-Brieuc. Un incendie détruit un entrepôt de la zone des Châtelets",
     "2026-03-03T21:40", ("Yann Le Goff",), {"related", "prompt"},
     ("À lire aussi", "WhatsApp", "Ailleurs sur le web", "astuce")),
    ("continuous_graph.html",
     "Réforme de l’assurance chômage : les syndicats claquent la porte de la négociation avec le patronat et dénoncent un « passage en force »",
     "2026-02-19T22:47:00+01:00", ("Sofiane Benali",), {"related", "prompt"},
     ("Sur le même sujet", "nouveaux inscrits", "grands perdants", "application", "Ces articles", "Smic")),
    ("independent_appeal.html", "Dans la vallée de la Drôme, l’eau des rivières se partage désormais au litre près",
     "2026-01-22T10:15:00+01:00", ("Clémence Roussel",), {"donation"},
     ("Faites un don", "gratuit, sans publicité", "66 %", "néonicotinoïdes")),
])
def test_pages_of_other_outlets(name, title, published, authors, kinds, junk):
    (a,) = parse_file(PAGES / name)
    assert a.title == title
    assert a.published.value == published
    assert a.authors == authors
    assert {b.kind for b in a.boilerplate} == kinds
    for text in junk:
        assert text not in a.body, text
    # nothing of the page's boilerplate is kept twice
    texts = [b.text for b in a.boilerplate]
    assert not any(t in u for t in texts for u in texts if t is not u)
    assert len(a.body.split("\n\n")) >= 4


def test_teasers_listed_under_a_heading_are_kept_together():
    (a,) = parse_file(PAGES / "continuous_graph.html")
    related = [b.text.split("\n\n") for b in a.boilerplate if b.kind == "related"]
    assert related[0] == ["Sur le même sujet", "Chômage : ce qui change pour les nouveaux inscrits au 1er avril",
                          "Les demandeurs d’emploi seniors, grands perdants de la réforme ?"]
    assert a.body.split("\n\n")[2].startswith("Sans accord d’ici au 15 mars")


def test_an_appeal_keeps_the_paragraph_that_opens_it():
    (a,) = parse_file(PAGES / "independent_appeal.html")
    (appeal,) = a.boilerplate
    assert appeal.text.startswith("Ce journal est gratuit") and appeal.text.endswith("de vos impôts.")
    assert a.body.endswith("avant la prochaine saison.")


def _html(head, body):
    text = f"<html lang='fr'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return parse_record(RawRecord("<test>", "html", text, text.encode(), "utf-8"))


_TEXT = "".join(f"<p>Paragraphe numéro {i} du texte, qui raconte ce qui s’est passé jeudi dans la commune et ce que disent ses habitants.</p>" for i in range(4))


@pytest.mark.parametrize("head, h1, expected", [
    # the site's name after the headline, spelt as its domain or as its name
    ("<meta property='og:title' content='Le pont de Tours rouvre aux voitures - lanouvelle-touraine.fr'>"
     "<meta property='og:url' content='https://www.lanouvelle-touraine.fr/a/1'>", "", "Le pont de Tours rouvre aux voitures"),
    ("<meta property='og:title' content='Le pont de Tours rouvre aux voitures | L’Écho de Loire'>"
     "<meta property='og:site_name' content=\"L'Echo de Loire\">", "", "Le pont de Tours rouvre aux voitures"),
    # a section after the headline: the visible headline shows where it ends
    ("<meta property='og:title' content='Le pont de Tours rouvre aux voitures - Faits divers'>",
     "Le pont de Tours rouvre aux voitures", "Le pont de Tours rouvre aux voitures"),
    ("<meta property='og:title' content='Le pont de Tours rouvre aux voitures | Faits divers | Indre-et-Loire'>",
     "Le pont de Tours rouvre aux voitures", "Le pont de Tours rouvre aux voitures"),
    # a headline cut short in the structured data: the visible one is whole
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Le pont de Tours rouvre aux voitures après…\"}</script>",
     "Le pont de Tours rouvre aux voitures après deux ans de travaux", "Le pont de Tours rouvre aux voitures après deux ans de travaux"),
    # no structured headline: the one visible headline, the site's logo set aside
    ("<title>Le pont de Tours rouvre - Actualités - Touraine Matin</title><meta property='og:site_name' content='Touraine Matin'>",
     "Le pont de Tours rouvre aux voitures", "Le pont de Tours rouvre aux voitures"),
    # a different visible headline does not replace the shared one
    ("<meta property='og:title' content='Tours : le pont rouvre enfin'>", "Le pont de Tours rouvre aux voitures",
     "Tours : le pont rouvre enfin"),
    # a colon inside a headline is no site suffix
    ("<meta property='og:title' content='Tours : le pont rouvre aux voitures'><meta property='og:site_name' content='Tours Infos'>",
     "", "Tours : le pont rouvre aux voitures"),
])
def test_title_from_what_the_page_carries(head, h1, expected):
    logo = "<header><h1>Touraine Matin</h1></header>"
    a = _html(head, f"{logo}<article>{f'<h1>{h1}</h1>' if h1 else ''}{_TEXT}</article>")
    assert a.title == expected


@pytest.mark.parametrize("head, body, expected", [
    # the article's own JSON-LD item, inside a page's graph
    ("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\", \"mainEntity\": "
     "{\"@type\": \"NewsArticle\", \"datePublished\": \"2026-02-19T22:47:00+01:00\"}}]}</script>", "", "2026-02-19T22:47:00+01:00"),
    # a <time> marked as the publication, not the teasers' dates nor today's date in the header
    ("", "<aside><time datetime='2026-01-02T10:00'>2 janvier</time></aside><header><time datetime='2026-03-10'>10 mars</time></header>"
     "<article><h1>Le pont rouvre aux voitures</h1><time class='date-modif' datetime='2026-03-05T08:00'>m</time>"
     "<time itemprop='datePublished' datetime='2026-03-04T07:00'>4 mars</time>" + _TEXT + "</article>", "2026-03-04T07:00"),
    # a CMS's zero is no date
    ("<meta property='article:published_time' content='1970-01-01T00:00:00Z'>"
     "<meta name='pubdate' content='2026-03-04'>", "", "2026-03-04"),
    # a time given in UTC by a French outlet falls on the day it was in France
    ("<meta property='article:published_time' content='2026-03-03T23:30:00Z'>", "", "2026-03-04T00:30:00+01:00"),
    ("<meta property='article:published_time' content='2026-07-03T22:30:00.000Z'>", "", "2026-07-04T00:30:00+02:00"),
    # ... or on the day where the page's other times say it is
    ("<meta property='article:published_time' content='2026-03-03T23:30:00Z'>"
     "<meta property='article:modified_time' content='2026-03-04T09:00:00-05:00'>", "", "2026-03-03T18:30:00-05:00"),
    # the page published again re-stamps one of its publication times: the earliest
    ("<meta property='article:published_time' content='2026-03-09T10:00:00+01:00'>"
     "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2026-03-04T07:00:00+01:00\"}</script>",
     "", "2026-03-04T07:00:00+01:00"),
    # the years of the works an article cites are not its day
    ("<meta name='dc.date' content='2026-03-04'>",
     "<article itemscope itemtype='https://schema.org/NewsArticle'><h1>Le pont rouvre aux voitures</h1>" + _TEXT
     + "<ol><li itemscope itemtype='https://schema.org/Book'><meta itemprop='datePublished' content='1998'>Un livre</li></ol></article>",
     "2026-03-04"),
    # a dateline printed above the text
    ("", "<article><h1>Le pont rouvre aux voitures</h1><p>Publié le mercredi 4 mars 2026 à 08h12</p>" + _TEXT + "</article>",
     "2026-03-04T08:12"),
])
def test_publication_time_from_what_the_page_carries(head, body, expected):
    a = _html(head, body or f"<article><h1>Le pont rouvre aux voitures</h1>{_TEXT}</article>")
    assert a.published.value == expected


@pytest.mark.parametrize("lang, url, published, expected", [
    # French without a region from a Canadian address: the day in Quebec, not in France
    ("fr", "https://www.journal-de-levis.ca/a/1", "2026-03-04T03:30:00Z", "2026-03-03T22:30:00-05:00"),
    ("fr", "https://www.le-soir-de-namur.be/a/1", "2026-03-03T23:30:00Z", "2026-03-04T00:30:00+01:00"),
    # a region in the language names the zone before the address does
    ("fr-CA", "https://www.nouvelles-du-quai.fr/a/1", "2026-03-04T03:30:00Z", "2026-03-03T22:30:00-05:00"),
    # a page in another language is given no zone by its address nor by its language: its time stays as given
    ("en-US", "https://www.harbour-news.ca/a/1", "2026-03-04T03:30:00Z", "2026-03-04T03:30:00+00:00"),
    ("de", "https://www.hafenblatt.ch/a/1", "2026-03-03T23:30:00Z", "2026-03-03T23:30:00+00:00"),
])
def test_a_time_in_utc_falls_on_the_day_where_the_outlet_is(lang, url, published, expected):
    text = (f"<html lang='{lang}'><head><meta charset='utf-8'><link rel='canonical' href='{url}'>"
            f"<meta property='article:published_time' content='{published}'></head>"
            f"<body><article><h1>Le pont rouvre aux voitures</h1>{_TEXT}</article></body></html>")
    a = parse_record(RawRecord("<test>", "html", text, text.encode(), "utf-8"))
    assert a.published.value == expected


# -- boilerplate -----------------------------------------------------------------------------
@pytest.mark.parametrize("paragraph, kind", [
    ("Recevez nos alertes et ne manquez rien de l’actualité locale", "prompt"),
    ("🔔 Activez les notifications pour suivre l’actualité en direct", "prompt"),
    ("Téléchargez notre application gratuite", "prompt"),
    ("Suivez-nous sur WhatsApp", "prompt"),
    ("Suivez Le Courrier sur Google Actualités", "prompt"),
    ("Rejoignez notre chaîne Telegram", "prompt"),
    ("Abonnez-vous à notre chaîne YouTube", "prompt"),
    ("S’abonner à la page Facebook de La Gazette des Coteaux", "prompt"),
    ("Suivre La Gazette des Coteaux sur Bluesky", "prompt"),
    ("📲 Recevez nos informations sur WhatsApp", "prompt"),
    ("Pour ne rien manquer de l’actualité de votre commune, activez les alertes", "prompt"),
    ("À ne pas manquer", "related"),
    ("Les incontournables", "related"),
    ("Plus d’articles de La Gazette des Coteaux", "related"),
    ("Voir plus sur Le Courrier du Plateau", "related"),
    ("Inscrivez-vous à notre newsletter du matin", "newsletter"),
    ("Partager sur Facebook", "share"),
    ("Facebook Twitter E-mail Imprimer", "share"),
    ("Sur le même sujet :", "related"),
    ("Les plus lus", "related"),
    ("► À lire aussi : Les salaires augmentent dans l’industrie", "related"),
    ("Contenus sponsorisés", "related"),
    ("Je fais un don", "donation"),
    ("Votre don est déductible à 66 % de vos impôts.", "donation"),
    ("Il ne vit que grâce aux dons de ses lecteurs.", "donation"),
])
def test_page_prompts_and_headings_are_boilerplate(paragraph, kind):
    from recoupe.ingest import boilerplate

    assert boilerplate.classify(paragraph) == kind


@pytest.mark.parametrize("paragraph", [
    "Les abonnés à la plateforme pourront suivre le match sur Telegram, a indiqué le club.",
    "Le maire a demandé aux habitants de suivre les consignes de la préfecture sur ses réseaux.",
    "« Nous avons besoin de renforts », a lancé la directrice de l’hôpital lors d’une conférence de presse jeudi, en réclamant dix postes de plus pour les urgences de nuit, qui débordent chaque week-end depuis le début de l’hiver et où les soignants enchaînent les heures supplémentaires sans être payés.",
    "À la une du journal régional, la fermeture de l’usine occupe toute la page.",
    "À ne pas manquer : la fête des vendanges, samedi sur la place du marché.",
    "Le club a demandé à ses supporters de suivre les matchs sur YouTube cette saison.",
    "Pour ne rien manquer du spectacle, les habitants s’étaient installés dès 20 heures sur les quais.",
])
def test_article_text_about_the_same_things_is_not_boilerplate(paragraph):
    from recoupe.ingest import boilerplate

    assert boilerplate.classify(paragraph) is None


def test_a_stray_no_break_space_of_a_page_is_a_space():
    from recoupe.ingest.parse.common import fold_stray_nbsp

    assert fold_stray_nbsp("dans la nuit de\u00a0lundi, les\u00a0\"contraintes\"") == "dans la nuit de lundi, les \"contraintes\""
    # the typographic ones stay: before high punctuation, inside « », in numbers, before a name
    for text in ("Drôme\u00a0: 1\u202f500 évacués", "«\u00a0Oui\u00a0»", "M.\u00a0Dupont", "Mme\u00a0Roux", "Louis\u00a0XIV", "la plateforme\u00a0X, lundi"):
        assert fold_stray_nbsp(text) == text
    # a no-break space beside a plain one is one space, a no-break one where typography wants it
    assert fold_stray_nbsp("avait été nommée \u00a0aux César") == "avait été nommée aux César"
    assert fold_stray_nbsp("Crue \u00a0: la digue a tenu, « \u00a0Oui\u00a0 »") == "Crue\u00a0: la digue a tenu, «\u00a0Oui\u00a0»"
    a = _html("<meta name='description' content='Le maire a parlé dans la nuit de\u00a0lundi à mardi.'>",
              f"<article><h1>Le pont rouvre aux voitures</h1>{_TEXT}</article>")
    assert a.lead == "Le maire a parlé dans la nuit de lundi à mardi."


def test_text_after_a_heading_of_other_items_stays_in_the_body():
    from recoupe.ingest import boilerplate

    kept, removed = boilerplate.split([
        "Le premier paragraphe du texte.", "Sur le même sujet", "Un autre article sur la grève",
        "Le maire a répondu jeudi aux questions des habitants sur le calendrier des travaux.",
        "Il veut finir avant l’été",
    ])
    assert kept == ["Le premier paragraphe du texte.",
                    "Le maire a répondu jeudi aux questions des habitants sur le calendrier des travaux.",
                    "Il veut finir avant l’été"]
    assert [b.text for b in removed] == ["Sur le même sujet\n\nUn autre article sur la grève"]


# -- run-in headlines (issue 16) ---------------------------------------------------------------
_LEAD = "Le trafic sera très perturbé jeudi sur l’ensemble du réseau, a annoncé la direction mercredi soir."


@pytest.mark.parametrize("text, title, body_start", [
    # a line break after a short capitalised line without final full stop
    (f"Grève à la SNCF : le trafic perturbé jeudi\n{_LEAD}\n\nDeuxième paragraphe.", "Grève à la SNCF : le trafic perturbé jeudi", "Le trafic sera"),
    (f"Faut-il craindre une pénurie de carburant ?\n{_LEAD}", "Faut-il craindre une pénurie de carburant ?", "Le trafic sera"),
    # a headline glued before the text
    (f"Grève à la SNCF : le trafic perturbé jeudi{_LEAD}\n\nDeuxième paragraphe.", "Grève à la SNCF : le trafic perturbé jeudi", "Le trafic sera"),
    # the layout shows nothing: a sentence, a line ending with a full stop, a hard-wrapped paragraph
    (f"{_LEAD} Deuxième phrase.\n\nDeuxième paragraphe.", None, "Le trafic sera"),
    (f"La grève a commencé mercredi.\n{_LEAD}\n\nSuite.", None, "La grève a commencé"),
    ("Une longue phrase coupée à la main au milieu pour tenir sur soixante-dix\n"
     "Colonnes comme dans un vieux courriel qui raconte la suite.\n\nSuite.", None, "Une longue phrase"),
    ("Le chiffre d’affaires du groupe McDonald a augmenté de 4 % en 2025, selon ses comptes publiés lundi.\n\nSuite.", None, "Le chiffre"),
])
def test_run_in_headline_of_a_text_without_title(text, title, body_start):
    a = parse_text(text)
    assert a.title == title
    assert a.body.startswith(body_start)
    if title:
        assert title not in a.body


def test_run_in_headline_of_a_json_record_without_title():
    a = _json({"body": f"Grève à la SNCF : le trafic perturbé jeudi\n{_LEAD}", "date": "2026-03-04"})
    assert a.title == "Grève à la SNCF : le trafic perturbé jeudi" and a.body == _LEAD
    b = _json({"lead": f"Grève à la SNCF : le trafic perturbé jeudi{_LEAD}", "body": "Le texte."})
    assert b.title == "Grève à la SNCF : le trafic perturbé jeudi" and b.lead == _LEAD
    # a record with its own title keeps its body as it is
    c = _json({"title": "Grève", "body": f"Grève à la SNCF : le trafic perturbé jeudi\n{_LEAD}"})
    assert c.title == "Grève" and c.body.startswith("Grève à la SNCF")
    # a text that opens on a sentence keeps it
    d = _json({"body": _LEAD})
    assert d.title is None and d.body == _LEAD


def test_layout_b_with_a_run_in_headline():
    a = parse_text(f"date 2026-03 Grève à la SNCF : le trafic perturbé jeudi\n{_LEAD}\n\nLe texte suit.")
    assert a.title == "Grève à la SNCF : le trafic perturbé jeudi" and a.lead == _LEAD
    assert a.published == Timestamp("2026-03", "month")


def test_entities_a_cms_left_escaped_in_the_metadata_are_read():
    from recoupe.ingest.parse.common import unescape_entities

    assert unescape_entities("L&#039;Etat et &quot;les communes&quot; &amp; co") == "L'Etat et \"les communes\" & co"
    assert unescape_entities("Marks & Spencer, R&D; AT&T") == "Marks & Spencer, R&D; AT&T"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Le pont de l&#8217;Isle rouvre",'
          ' "description": "Les travaux ont dur&eacute; trois mois, de mars à juin, sur le pont de la commune."}</script>')
    a = _html("<meta property='og:title' content='Le pont de l&amp;#039;Isle rouvre lundi'>" + ld, "<h1>Le pont de l'Isle rouvre lundi</h1>" + _TEXT)
    assert a.title == "Le pont de l'Isle rouvre lundi"
    b = _html(ld, _TEXT)
    assert b.title == "Le pont de l’Isle rouvre"


def test_a_list_of_other_items_under_a_heading_alone_on_its_line_is_taken_out():
    from recoupe.ingest import boilerplate

    text = [
        "Le conseil municipal a voté jeudi soir la rénovation de la halle, pour un coût de 2 millions d’euros.",
        "Les travaux commenceront à l’automne et dureront un an, selon l’adjoint aux finances.",
        "À ne pas manquer",
        "Un nouveau marché de producteurs ouvre le dimanche matin",
        "Les élèves du lycée Victor-Hugo primés au concours de robotique",
        "« On attendait ce moment depuis dix ans » : la piscine rouvre enfin",
    ]
    kept, removed = boilerplate.split(text)
    assert kept == text[:2]
    assert [b.kind for b in removed] == ["related"] and removed[0].text.startswith("À ne pas manquer\n\nUn nouveau marché")


def test_utf8_read_as_windows_1252_gets_its_letters_back():
    a = _json({"title": "La rentrÃ©e dÃ©calÃ©e Ã  Saint-Ã‰tienne", "article": "Les Å“uvres des Ã©lÃ¨ves, Â« enfin Â», sont exposÃ©es."})
    assert a.title == "La rentrée décalée à Saint-Étienne"
    assert a.body == "Les œuvres des élèves, « enfin », sont exposées."
    # a capital with a tilde before a capital letter is Portuguese, not a misread byte
    assert _json({"title": "Arrivée à SÃO TOMÉ du ministre"}).title == "Arrivée à SÃO TOMÉ du ministre"
