"""Stage 3, enrich: the French spaCy pipeline over parsed articles.

The model is loaded once and run with ``nlp.pipe`` over the stream of articles, in batches, on
as many processes as asked. Only the components this stage uses run: the dependency parser is
left out and the cheaper sentence recogniser (``senter``) gives the sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from recoupe.enrich.entities import article_entities
from recoupe.enrich.events import dated_events
from recoupe.enrich.quotes import find_quotes
from recoupe.enrich.sentences import body_sentences
from recoupe.enrich.terms import story_features
from recoupe.enrich.timex import find_time_expressions
from recoupe.lang.fr import MODEL
from recoupe.models import Enriched, Field, ParsedArticle

LANGS = ("fr",)
FIELDS: tuple[Field, ...] = ("title", "lead", "body")
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
    for name in FIELDS:
        text = article.field_text(name)
        if not text:
            continue
        if parts:
            parts.append(_SEP)
            offset += len(_SEP)
        fields.append((name, offset, len(text)))
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


def analyse(doc: Any, article: ParsedArticle, fields: list[tuple[Field, int, int]]) -> Enriched:
    sentences = body_sentences(doc, fields)
    text_of: dict[Field, str] = {f: article.field_text(f) for f in FIELDS}
    entities = article_entities(doc, fields, text_of) if fields else ()
    quotes = find_quotes(doc, fields, entities) if fields else ()
    dates = tuple(
        t for f in FIELDS if text_of[f]
        for t in find_time_expressions(text_of[f], article.published, field=f)
    ) if article.lang in LANGS else ()
    events = dated_events(article.body, sentences, dates, entities)
    terms, vector = story_features(doc, fields)
    return Enriched(
        article=article, sentences=tuple(sentences), entities=entities, quotes=quotes, dates=dates,
        events=events, terms=terms, vector=vector,
    )


