"""A one-source fact that another outlet has a similar statement of, which the cross-check does not
confirm, is shown as such ("similar-unconfirmed"), never as single-source: in the report's JSON, the
terminal, the story page and the exported reports."""

from __future__ import annotations

import copy
import io

import lxml.html
import numpy as np
import pytest
from conftest import EXAMPLES
from rich.console import Console

from recoupe import reading
from recoupe.cli import render
from recoupe.crosscheck.align import THRESHOLD
from recoupe.crosscheck.report import SIMILAR, _alike, _partly, _Story
from recoupe.crosscheck.types import Fact, Statement, Support
from recoupe.lang import fr_labels
from recoupe.models import Article, Timestamp
from recoupe.store import Store
from recoupe.stories.outlets import Registry
from recoupe.web import export


def _article(aid: str, source: str, body: str) -> Article:
    return Article(id=aid, source=source, url=None, title=None, lead=None, authors=(),
                   published=Timestamp("2026-03-04T08:00", "minute"), updated=None, lang="fr", body=body, boilerplate=(),
                   entities=(), sentences=((0, len(body)),), format="text", origin="-", revision=1, ingested_at="x")


def _statement(article: str, text: str) -> Statement:
    return Statement(article=article, field="body", start=0, end=len(text), text=text, order=1, terms=(), vectors=None,
                     values=(), entities=(), speaker=None, quoted=False)


def test_a_similar_statement_of_another_source_is_found_and_one_of_a_copy_is_not():
    texts = {"a": "La mairie a fermé le gymnase du quartier après l'orage de mardi.",
             "b": "Après les intempéries, la salle de sport municipale restera close.",
             "c": "La mairie a fermé le gymnase du quartier après l'orage de mardi, selon nos informations."}
    arts = [_article(k, s, texts[k]) for k, s in (("a", "Le Vigilant"), ("b", "La Gazette"), ("c", "Le Relais"))]
    story = {"members": [{"id": "a", "copy_of": None}, {"id": "b", "copy_of": None}, {"id": "c", "copy_of": "a"}]}
    ctx = _Story(story, arts, Registry(), False)
    st = [_statement(k, texts[k]) for k in ("a", "b", "c")]
    # similar by the pairwise judge, below the bar of saying it (the threshold is 0.42)
    matrix = np.array([[0.0, SIMILAR + 0.02, 0.9], [SIMILAR + 0.02, 0.0, 0.1], [0.9, 0.1, 0.0]])
    assert _partly(ctx, st, _alike(matrix), [0], SIMILAR) == [1]  # the copy of a is no other source
    matrix[0, 1] = matrix[1, 0] = SIMILAR - 0.02
    assert _partly(ctx, st, _alike(matrix), [0], SIMILAR) == []
    assert SIMILAR < THRESHOLD  # below the bar of saying one claim: similar, never confirmed


def test_the_status_is_in_the_json_with_the_similar_statements():
    sup = Support("b", "La Gazette", "body", 0, 10, "Une phrase proche.")
    fact = Fact("f1", "Le fait.", "similar-unconfirmed", 1, ("Le Vigilant",), (Support("a", "Le Vigilant", "body", 0, 8, "Le fait."),),
                similar=(sup,))
    out = fact.to_json()
    assert out["status"] == "similar-unconfirmed" and out["similar"] == [sup.to_json()] and out["partly"] == []
    assert fr_labels.STATUS["similar-unconfirmed"] == "proche, non confirmé"


@pytest.fixture(scope="module")
def shown(example_db):
    """A story report with one single-source fact turned similar-unconfirmed, as the cross-check
    would give it."""
    with Store(example_db) as store:
        reports = [reading.story_report(store, s["id"], registry=Registry.load(EXAMPLES / "outlets.toml"))
                   for s in reading.story_list(store)]
    r = copy.deepcopy(next(r for r in reports if any(f["status"] == "single-source" for f in r["facts"])))
    f = next(f for f in r["facts"] if f["status"] == "single-source")
    f["status"] = "similar-unconfirmed"
    f["similar"] = [{"article": "x", "source": "La Gazette témoin", "text": "Une phrase proche écrite ailleurs.",
                     "field": "body", "start": 0, "end": 10}]
    return r, f


def test_the_pages_and_reports_show_the_status_and_the_similar_statements(shown):
    r, f = shown
    root = lxml.html.fromstring(export.html(r))
    group = root.xpath("//*[@id='faits-similar-unconfirmed']")
    assert group and "proche, non confirmé" in group[0].text_content()
    item = root.xpath(f"//*[@id='fait-{f['id']}']")[0]
    assert item.get("data-status") == "similar-unconfirmed"
    assert "non confirmées" in item.text_content() and "Une phrase proche écrite ailleurs." in item.text_content()
    md = export.markdown(r)
    assert "proche, non confirmé" in md and "Une phrase proche écrite ailleurs." in md
    console = Console(file=io.StringIO(), width=200)
    console.print(render.story_report(r, all_facts=True))
    text = console.file.getvalue()
    assert "similar-unconfirmed" in text and "similar, not confirmed" in text
