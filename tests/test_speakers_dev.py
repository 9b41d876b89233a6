"""bench/data/speakers-dev.json, the dev set of the direct quotations the rules leave without a speaker
(SPEAKERS-DEV-NOTES.md): well formed, and drawn outside the other dev sets (a blind file is not opened)."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"


def _lines(node: object, out: set[int]) -> set[int]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "line" and isinstance(value, int):
                out.add(value)
            else:
                _lines(value, out)
    elif isinstance(node, list):
        for value in node:
            _lines(value, out)
    return out


def test_speakers_dev_is_well_formed() -> None:
    gold = json.loads((DATA / "speakers-dev.json").read_text("utf-8"))
    assert gold["role"].startswith("dev") and "scope" in gold
    lines = [a["line"] for a in gold["articles"]]
    assert len(lines) == len(set(lines)) and set(lines) <= set(gold["drawn"])
    for art in gold["articles"]:
        assert art["quotes"], art["line"]
        previous_end = -1
        for q in art["quotes"]:
            assert q["kind"] == "direct" and q["case"] in gold["cases"]
            assert previous_end <= q["start"] < q["end"], (art["line"], q)
            assert q["speaker"] is None or (q["speaker"].strip() == q["speaker"] and q["speaker"]), (art["line"], q)
            assert (q["speaker"] is None) == (q["case"] == "null"), (art["line"], q)
            previous_end = q["end"]


def test_speakers_dev_is_outside_the_other_dev_sets() -> None:
    gold = json.loads((DATA / "speakers-dev.json").read_text("utf-8"))
    ours = {a["line"] for a in gold["articles"]}
    assert not ours & set(range(20000, 25000))
    for path in sorted(DATA.glob("*.json")):
        if "blind" in path.name or path.name == "speakers-dev.json":
            continue
        assert not ours & _lines(json.loads(path.read_text("utf-8")), set()), path.name


def test_a_fresh_set_holds_no_article_recoupe_already_ran_on() -> None:
    """speakers-dev's ``drawn`` lines are the 400 articles whose speakerless quotations were read after
    recoupe ran on them (session 12): none of them can be in a set scored as unseen (role ``dev, fresh``)."""
    drawn = set(json.loads((DATA / "speakers-dev.json").read_text("utf-8"))["drawn"])
    fresh = 0
    for path in sorted(DATA.glob("quotes-*.json")):
        if "blind" in path.name:
            continue
        gold = json.loads(path.read_text("utf-8"))
        if gold.get("role", "").startswith("dev, fresh"):
            fresh += 1
            assert not drawn & _lines(gold, set()), path.name
    assert fresh, "no fresh quotation set: the check would pass vacuously"
