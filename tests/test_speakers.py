"""Every speaker can speak: over the whole example corpus and 200 random OrangeSum articles
(seeded), no quotation is given to a place, a date, a thing, an animal or a piece of the title.

The OrangeSum part needs ../shared and skips cleanly without it. Figures of speaker accuracy are
the bench's (bench/eval_quotes.py); this test only checks what kind of thing each speaker is.
"""

from __future__ import annotations

import gzip
import json
import random

import pytest
from conftest import EXAMPLES, SHARED

from recoupe.ingest import sources
from recoupe.ingest.parse import parse_record
from recoupe.lang import fr
from recoupe.lang import fr_quotes as L
from recoupe.models import Enriched, Quote, RawRecord, Rejection
from recoupe.normalise import name_key

CORPUS = SHARED / "corpora" / "orangesum" / "articles.jsonl.gz"
_DATES = {*fr.WEEKDAYS, *fr.MONTHS}
_NOT_SPEAKING = L.ANIMAL_NOUNS | (L.WRITTEN_SOURCE_NOUNS - L.AUTHORED_DOCUMENT_NOUNS)
_DETERMINERS = {name_key(w) for w in (*L.DEFINITE_DETERMINERS, *L.INDEFINITE_OPENERS, "son", "sa", "ses", "leur", "leurs")}


def why_not_a_speaker(e: Enriched, q: Quote) -> str | None:
    """Why the speaker of ``q`` cannot speak, or None when it may."""
    if q.speaker_ref is not None and e.entities[q.speaker_ref].type not in ("person", "organisation"):
        return f"an entity of type {e.entities[q.speaker_ref].type}"
    if not q.speaker_name:
        return None
    words = q.speaker_name.split()
    if any(w in _DATES for w in words):  # date words are written in lower case ("mardi", "juillet")
        return "a date in the name"
    if any(c in q.speaker_name for c in '"«»“”'):
        return "a quotation mark in the name"
    head = next((w for w in words if name_key(w) not in _DETERMINERS), "")
    noun = head.split("'")[-1].split("’")[-1]
    if noun[:1].islower() and noun in _NOT_SPEAKING:  # a description: "le chien", "le code"
        return "a thing or an animal"
    key = name_key(q.speaker_name)
    speaking = {name_key(a) for r in e.entities if r.type in ("person", "organisation") for a in (r.name, *r.aliases)}
    body = name_key(f"{e.article.lead or ''} {e.article.body}")
    if head[:1].isupper() and key not in speaking and key in name_key(e.article.title or "") and key not in body:
        return "a piece of the title"
    return None


def problems(enriched: list[Enriched]) -> list[str]:
    return [f"{e.article.title[:50]!r}: {q.speaker_name!r} is {why} ({q.text[:40]!r})"
            for e in enriched for q in e.quotes if (why := why_not_a_speaker(e, q)) is not None]


def example_articles() -> list:
    out = []
    for path in sorted(p for d in ("text", "html", "json") for p in (EXAMPLES / d).rglob("*") if p.is_file()):
        for record in sources.read_input(str(path)):
            if isinstance(record, Rejection):
                continue
            article = parse_record(record)
            if not isinstance(article, Rejection):
                out.append(article)
    return out


def orangesum_sample(n: int = 200, seed: int = 12) -> list:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    out = []
    for i in sorted(random.Random(seed).sample(range(len(lines)), n)):
        rec = json.loads(lines[i])
        out.append(parse_record(RawRecord(f"line {i}", "json", lines[i], lines[i].encode(), "utf-8", None, rec)))
    return out


def test_the_checks_catch_what_cannot_speak(enricher):
    (e,) = list(enricher(example_articles()[:1]))
    q = e.quotes[0] if e.quotes else Quote("body", 0, 1, "x", "direct", None, None, None)
    place = next((k for k, r in enumerate(e.entities) if r.type == "place"), None)
    assert place is not None
    assert why_not_a_speaker(e, Quote(q.field, q.start, q.end, q.text, "direct", e.entities[place].name, None, None, speaker_ref=place))
    assert why_not_a_speaker(e, Quote(q.field, q.start, q.end, q.text, "direct", "le chien", None, None)) == "a thing or an animal"
    assert why_not_a_speaker(e, Quote(q.field, q.start, q.end, q.text, "direct", "la police samedi", None, None)) == "a date in the name"
    assert why_not_a_speaker(e, Quote(q.field, q.start, q.end, q.text, "direct", "une voisine", None, None)) is None


@pytest.mark.slow
def test_no_example_quotation_is_given_to_what_cannot_speak(enricher):
    enriched = list(enricher(example_articles()))
    assert sum(len(e.quotes) for e in enriched) > 50
    assert problems(enriched) == []


@pytest.mark.slow
@pytest.mark.shared
def test_no_orangesum_quotation_is_given_to_what_cannot_speak(enricher):
    if not CORPUS.is_file():
        pytest.skip("../shared/corpora/orangesum is not here")
    enriched = list(enricher(orangesum_sample()))
    assert sum(len(e.quotes) for e in enriched) > 500
    assert problems(enriched) == []




def test_news_outlets_are_told_from_other_speakers():
    from recoupe.enrich.quotes.ranker import is_outlet

    for name in ("Le Figaro", "Mediapart", "l'hebdomadaire", "le quotidien britannique", "Journal du Dimanche", "BFMTV"):
        assert is_outlet(name), name
    for name in ("le ministre", "Emmanuel Macron", "la préfecture", "un porte-parole", None, "l'agence régionale de santé"):
        assert not is_outlet(name), name
