"""The exported reports of a story (``recoupe story ID --format md|html``) over the example
corpus: every fact with its status, the versions of contradicted facts, the words quote variants
differ by, article text escaped, one HTML file with nothing to fetch and no script, the same
sections and words as the story page."""

from __future__ import annotations

import copy
import json
import re
import shutil
from typing import get_args

import lxml.html
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES
from fastapi.testclient import TestClient

from recoupe import pipeline, reading
from recoupe.cli import cli
from recoupe.crosscheck.types import Status
from recoupe.lang import fr_labels
from recoupe.store import Store
from recoupe.stories.outlets import Registry
from recoupe.web import create_app, export, view

OUTLETS = EXAMPLES / "outlets.toml"
SCRIPT = "<script>alert('x')</script>"
HOSTILE = f"{SCRIPT} | *gras* _souligné_ [lien](javascript:alert(1)) <img src=x onerror=alert(2)> # `code`\nfin"


@pytest.fixture(scope="module")
def reports(example_db):
    registry = Registry.load(OUTLETS)
    with Store(example_db) as store:
        return {s["id"]: reading.story_report(store, s["id"], registry=registry) for s in reading.story_list(store)}


@pytest.fixture(scope="module")
def fire(reports):
    """The story five outlets covered, with a contradicted figure and quote variants."""
    # the plant's earlier formal notice, told the next day, can be a story of its own: the
    # fire's story is the one of the most articles
    return max((r for r in reports.values() if re.search("Chimialp|Seveso", r["title"] or "")),
               key=lambda r: len(r["articles"]))


def doc(report):
    return lxml.html.fromstring(export.html(report))


def css(root, selector: str) -> list:
    """The elements under ``root`` that a simple CSS selector matches (tags, .classes, #ids,
    descendant and child combinators): lxml's own cssselect needs a package not installed."""
    path, axis = ".", "//"
    for token in selector.replace(">", " > ").split():
        if token == ">":
            axis = "/"
            continue
        tag, rest = re.fullmatch(r"([a-z0-9]*)((?:[.#][\w-]+)*)", token).groups()
        tests = [f"@id='{name}'" if kind == "#" else f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
                 for kind, name in re.findall(r"([.#])([\w-]+)", rest)]
        path += axis + (tag or "*") + "".join(f"[{t}]" for t in tests)
        axis = "//"
    return root.xpath(path)


def flat(s: str) -> str:
    return " ".join(s.split())


def text(el) -> str:
    return flat(el.text_content())


def shared_quotes(report):
    return [q for q in report["quotes"] if len(q["variants"]) > 1]


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def md_fact_rows(md: str) -> dict[str, list[str]]:
    """The facts table of a Markdown report: fact id -> its cells."""
    section = md.split("\n## Faits\n", 1)[1].split("\n## ", 1)[0]
    rows = [ln for ln in section.splitlines() if ln.startswith("| ") and not ln.startswith(("| fait ", "| ---"))]
    return {cells[0]: cells for cells in ([c.strip() for c in re.split(r"(?<!\\)\|", ln)[1:-1]] for ln in rows)}


def md_quote_groups(md: str) -> list[list[str]]:
    """The variant lines of each quote group of a Markdown report, in order."""
    heading = f"\n## {fr_labels.SECTIONS['quotes']}\n"
    if heading not in md:
        return []
    section = md.split(heading, 1)[1].split("\n## ", 1)[0]
    return [[ln for ln in block.splitlines() if ln.startswith("- ")] for block in section.split("\n### ")[1:]]


# --- facts and their status ---

def test_every_fact_with_its_status_in_both_exports(reports):
    for r in reports.values():
        md, page = export.markdown(r), doc(r)
        rows = md_fact_rows(md)
        assert list(rows) == [f["id"] for f in r["facts"]]
        for f in r["facts"]:
            label = fr_labels.STATUS[f["status"]]
            assert rows[f["id"]][1] == label and rows[f["id"]][2] == str(f["independent_sources"])
            (li,) = page.xpath(f'//li[@id="fait-{f["id"]}"]')
            assert li.get("data-status") == f["status"]
            assert text(css(li, ".status")[0]) == label
            assert text(css(li, ".fact-text")[0]) == flat(f["text"])
        assert "recoupé" not in md  # the word the Markdown report used to say "corroboré" with


def test_the_single_source_facts_are_unfolded_in_the_html_report(fire):
    assert any(f["status"] == "single-source" for f in fire["facts"])
    page = doc(fire)
    assert not css(page, "details.fact-group")
    assert css(page, "div.fact-group#faits-single-source li.fact")


def test_a_fact_the_copies_of_a_dispatch_repeat_is_shown_apart_as_repeated(reports):
    # the example corpus holds an agency dispatch that two outlets reprint: what they all say rests on one source
    repeated = [(r, f) for r in reports.values() for f in r["facts"] if f["status"] == "repeated"]
    assert repeated
    for r, f in repeated:
        assert f["independent_sources"] == 1 and len(f["sources"]) >= 2
        assert css(doc(r), f"div.fact-group#faits-repeated li#fait-{f['id']}")


def test_a_contradicted_fact_shows_each_version_with_its_sources(reports):
    contradicted = [(r, f) for r in reports.values() for f in r["facts"] if f["status"] == "contradicted"]
    assert len(contradicted) >= 5
    for r, f in contradicted:
        cell = md_fact_rows(export.markdown(r))[f["id"]][3]
        shown = cell.split("<br>")[1:]
        assert shown == [f"→ **{export.escape_md(v['value'])}** : {export.escape_md(', '.join(v['sources']))}"
                         for v in f["versions"]]
        rows = doc(r).xpath(f'//li[@id="fait-{f["id"]}"]//table[@class="versions"]/tbody/tr')
        assert [(text(tr[0]), text(tr[1]), text(tr[2])) for tr in rows] == [
            (flat(view.fr_value(v["value"])), flat(v["text"]), flat(", ".join(v["sources"]))) for v in f["versions"]]


# --- quote variants ---

def test_quote_variants_mark_the_words_that_differ(reports):
    checked = 0
    for r in reports.values():
        groups = shared_quotes(r)
        md_groups = md_quote_groups(export.markdown(r))
        html_groups = css(doc(r), "#citations > .quote-group")
        assert len(md_groups) == len(groups) and len(html_groups) >= len(groups)
        for g, md_lines, el in zip(groups, md_groups, html_groups, strict=False):
            items = css(el, ".variant")
            assert len(md_lines) == len(items) == len(g["variants"])
            for v, line, item in zip(g["variants"], md_lines, items, strict=True):
                differ = [run["text"].strip() for run in v["diff"] if not run["same"] and run["text"].strip()]
                assert [text(m) for m in css(item, "mark.diff")] == [flat(d) for d in differ]
                bold = re.findall(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", line)
                assert bold == [export.escape_md(d) for d in differ]
                assert all(b == b.strip() for b in bold)  # "** mot**" is no emphasis in Markdown
                assert line.startswith(f"- {export.escape_md(v['source'] or '?')}")
                assert text(css(item, "blockquote")[0]) == flat(f"« {v['text']} »")
                checked += bool(differ)
    assert checked >= 10


# --- escaping ---

def hostile_report(report):
    """``report`` with hostile text wherever an article or an outlet's name goes."""
    r = copy.deepcopy(report)
    r["title"] = HOSTILE
    r["sources"] = [HOSTILE, *r["sources"]]
    for s in r["summary"]:
        s["text"] = HOSTILE
    for f in r["facts"]:
        f["text"] = HOSTILE
        if f["attribution"]:
            f["attribution"]["name"] = HOSTILE
        f["sources"] = [HOSTILE]
        for v in f["versions"]:
            v["value"], v["text"], v["sources"] = HOSTILE, HOSTILE, [HOSTILE]
        for s in f["support"]:
            s["text"] = HOSTILE
    for q in r["quotes"]:
        q["speaker"]["name"] = HOSTILE
        for v in q["variants"]:
            v["source"] = v["channel"] = HOSTILE
            v["diff"] = [{"text": HOSTILE, "same": True}, {"text": " " + HOSTILE, "same": False}]
    for e in r["timeline"]:
        e["text"], e["sources"] = HOSTILE, [HOSTILE]
    r["coverage"]["outlets"] = [HOSTILE] * len(r["coverage"]["outlets"])
    for m in r["members"]:
        m["title"], m["source"] = HOSTILE, HOSTILE
    return r


def test_article_text_is_escaped_in_the_html_report(fire):
    r = hostile_report(fire)
    out = export.html(r)
    assert "<script" not in out.lower() and "<img" not in out.lower()
    assert "&lt;script&gt;" in out
    page = lxml.html.fromstring(out)
    assert not page.xpath("//script | //img | //a[starts-with(@href, 'javascript')]")
    assert text(css(page, "h1")[0]) == flat(HOSTILE)
    assert all(text(el) == flat(HOSTILE) for el in css(page, ".fact-text"))
    assert {text(m) for m in css(page, ".variant mark.diff")} == {flat(HOSTILE)}


def test_article_text_is_escaped_in_the_markdown_report(fire):
    r = hostile_report(fire)
    md = export.markdown(r)
    safe = export.escape_md(HOSTILE)
    assert not re.search(r"(?<!\\)[<>]", md.replace("<br>", "")) and "\\<script\\>" in md and "\\*gras\\*" in md and "\\_souligné\\_" in md
    assert md.splitlines()[0] == f"# {safe}"
    assert "\nfin" not in md  # a line break in a text would end a table row
    # every row of every table keeps its number of cells
    for table in md.split("\n\n"):
        rows = [ln for ln in table.splitlines() if ln.startswith("|")]
        assert all(unescaped_pipes(ln) == unescaped_pipes(rows[0]) for ln in rows), table
    for f in r["facts"]:
        cells = md_fact_rows(md)[f["id"]]
        assert cells[3].startswith(f"*{safe}* : {safe}" if f["attribution"] else safe) and cells[4] == safe
    for lines in md_quote_groups(md):
        for line in lines:
            assert f"« {safe} **{safe}** »" in line


def test_escape_md():
    assert export.escape_md("a | b *c* _d_ `e` [f] <g> #h \\ i\nj") == \
        "a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\<g\\> \\#h \\\\ i j"
    assert export.escape_md(None) == ""


# --- one file, nothing fetched ---

def test_the_html_report_is_one_file_without_script_or_outside_resource(reports):
    for r in reports.values():
        out = export.html(r)
        assert "<script" not in out.lower() and "javascript:" not in out.lower()
        assert not re.search(r"https?://|@import|url\(|<link|<iframe|<img|<object|<embed", out, re.I)
        page = lxml.html.fromstring(out)
        csp = page.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
        assert csp == ["default-src 'none'; style-src 'unsafe-inline'"]
        assert "mark.diff" in page.xpath("//style")[0].text  # the page's stylesheet, inlined
        # the report links nowhere but inside itself (the site's article and entity pages are
        # not there; the story page does not link the articles' own addresses either)
        ids = set(page.xpath("//@id"))
        for href in page.xpath("//@href"):
            assert href.startswith("#") and href[1:] in ids, href


def test_a_story_read_without_its_cross_check_exports_its_articles(example_db, fire):
    with Store(example_db) as store:
        story = reading.story(store, fire["id"], registry=Registry.load(OUTLETS))
    md, page = export.markdown(story), doc(story)
    assert "## Faits" not in md and md.count("\n- ") == len(story["members"])
    assert not css(page, "#faits") and len(css(page, "#articles li")) == len(story["members"])


# --- the page and the reports: the same parts, the same words ---

def test_labels_are_one_catalogue():
    assert view.STATUS is fr_labels.STATUS and view.STATUS_PLURAL is fr_labels.STATUS_PLURAL
    assert set(fr_labels.STATUS) == set(fr_labels.STATUS_PLURAL) == set(get_args(Status))
    assert not hasattr(export, "STATUS_FR")
    # the templates read them as LABELS.name: a name a dict has (copy, items…) would be shadowed
    for table in (fr_labels.SECTIONS, fr_labels.LABELS):
        assert not set(table) & set(dir(dict))


def test_the_sections_have_the_catalogue_headings(fire):
    headings = list(fr_labels.SECTIONS.values())
    assert [text(h) for h in css(doc(fire), "main h2")] == headings
    assert [ln[3:] for ln in export.markdown(fire).splitlines() if ln.startswith("## ")] == headings


def test_both_reports_say_the_same_words_for_what_is_missing(reports):
    """A speaker no article names, a date before the story: the catalogue's words, in both."""
    unnamed = before = 0
    for r in reports.values():
        md, page = export.markdown(r), doc(r)
        heads = [text(css(g, "h3")[0]) for g in css(page, "#citations .quote-group")]
        shared = shared_quotes(r)
        md_heads = [ln[4:] for ln in md.splitlines() if ln.startswith("### ")]
        for n, g in enumerate(shared + [q for q in r["quotes"] if len(q["variants"]) == 1]):
            if not g["speaker"]["name"]:
                assert heads[n].startswith(fr_labels.LABELS["unknown_speaker"])
                unnamed += 1
                if n < len(shared):
                    assert md_heads[n] == fr_labels.LABELS["unknown_speaker"]
        notes = [text(el) for el in css(page, ".tl-note")]
        assert notes == [fr_labels.LABELS["before_story"]] * sum(e["before_story"] for e in r["timeline"])
        before += len(notes)
        assert md.count(f" | {fr_labels.LABELS['before_story']} | ") == len(notes)
    assert unnamed and before


def test_the_html_report_shows_what_the_story_page_shows(example_db, fire):
    with TestClient(create_app(example_db, outlets=str(OUTLETS), token=None)) as client:
        response = client.get(f"/stories/{fire['id']}")
    assert response.status_code == 200
    page, report = lxml.html.fromstring(response.text), doc(fire)
    for section in ("resume", "chronologie", "couverture"):
        assert text(report.get_element_by_id(section)) == text(page.get_element_by_id(section))

    def facts(root):
        return [(li.get("id"), text(css(li, ".fact-head")[0]), text(css(li, ".fact-text")[0]),
                 [text(t) for t in css(li, "table.versions")]) for li in css(root, "#faits li.fact")]

    def quotes(root):
        return [(text(css(g, "h3")[0]), [text(b) for b in css(g, "blockquote")],
                 [text(m) for m in css(g, "mark.diff")]) for g in css(root, "#citations .quote-group")]

    assert facts(report) == facts(page) and len(facts(page)) == len(fire["facts"])
    assert quotes(report) == quotes(page)
    assert text(css(report, "h1")[0]) == text(css(page, "h1")[0])
    assert text(css(report, ".counts")[0]) == text(css(page, ".counts")[0])


# --- the command line ---

def test_story_command_writes_both_reports(example_db, enricher, tmp_path):
    """``recoupe story ID --format md|html -o FILE`` over the examples and one hostile article."""
    db = tmp_path / "export.db"
    shutil.copy(example_db, db)
    hostile = tmp_path / "piege.json"
    hostile.write_text(json.dumps({
        "id": "piege", "url": "https://piege.example/a", "source": "Le Piège", "published": "2026-03-06",
        "title": f"{SCRIPT} Un titre | piégé *gras*",
        "body": "L'usine Chimialp a répondu : « <img src=x onerror=alert(2)> tout est sous contrôle ». Rien d'autre.",
    }), "utf-8")
    with Store(str(db)) as store:
        assert pipeline.ingest([str(hostile)], store, enricher=enricher, workers=1).totals()["created"] == 1
        (story_id,) = [s["id"] for s in reading.story_list(store) if "piege" in s["articles"]]
    base = ["story", story_id, "--db", str(db), "--outlets", str(OUTLETS)]
    report = json.loads(CliRunner().invoke(cli, [*base, "--json"]).stdout)

    md_file, html_file = tmp_path / "r.md", tmp_path / "r.html"
    for fmt, out in (("md", md_file), ("html", html_file)):
        result = CliRunner().invoke(cli, [*base, "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
    md, out = md_file.read_text("utf-8"), html_file.read_text("utf-8")
    assert md == export.markdown(report) and out == export.html(report)

    assert f"`{story_id}`" in md and md.startswith("# ")
    assert "\\<script\\>alert('x')\\</script\\> Un titre \\| piégé \\*gras\\*" in md
    assert not re.search(r"(?<!\\)[<>]", md.replace("<br>", ""))
    assert all(f"| {f['id']} | {fr_labels.STATUS[f['status']]} |" in md for f in report["facts"])
    assert "<script" not in out.lower() and "&lt;script&gt;alert(" in out
    page = lxml.html.fromstring(out)
    assert not page.xpath("//script | //img")
    assert any(text(li).startswith(f"{SCRIPT} Un titre | piégé *gras*") for li in css(page, "#articles li"))
    assert {li.get("id") for li in css(page, "li.fact")} == {f"fait-{f['id']}" for f in report["facts"]}
