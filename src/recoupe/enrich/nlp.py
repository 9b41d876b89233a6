"""Stage 3, enrich: the French spaCy pipeline over parsed articles.

The model is loaded once and run with ``nlp.pipe`` over the stream of articles, in batches. On
one process everything happens here. On several, each worker of a :class:`~recoupe.enrich.workers.Pool`
(processes that die with this one) runs the model *and* the analysis (:func:`analyse`: sentences,
entities, quotations, time expressions, events, story terms) on a batch of articles and sends
back what it found; the parent only reads, parses and stores. Only the components this stage
uses run. The dependency parser gives the subjects of reporting verbs (the speakers of
quotations); the sentence recogniser (``senter``), run after it, gives the sentences.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from recoupe.enrich.components import fast_attribute_ruler, fast_lemmatizer
from recoupe.enrich.entities import TEXT_KEY, article_entities
from recoupe.enrich.events import dated_events
from recoupe.enrich.quotes import find_quotes
from recoupe.enrich.sentences import body_sentences
from recoupe.enrich.terms import story_features
from recoupe.enrich.timex import find_time_expressions
from recoupe.enrich.tokens import field_tables, model_key
from recoupe.enrich.workers import Pool, forks
from recoupe.lang.fr import MODEL
from recoupe.lang.fr_tokens import CAPITAL_ABBREVIATIONS, GLUED_STOP, NOT_SENTENCE_STARTS
from recoupe.models import Enriched, Field, ParsedArticle, RawRecord

LANGS = ("fr",)
FIELDS: tuple[Field, ...] = ("title", "lead", "body")
_SEP = "\n\n"
T = TypeVar("T")
Finish = Callable[[Enriched], tuple[Enriched, T]]  # see Enricher.finished


# Whether load() cuts a sentence's end glued to the next sentence (GluedStops). Off: measured in
# session 23 (nlp41), the cut is right on unannotated text (the speaker and statement audits) but
# the speakers of the blind quotations lost one, and the cross-check one single-source fact on the
# blind and on a fresh pairs set (the stages after it had been tuned on the uncut sentences).
CUT_GLUED_STOPS = False


def load(model: str = MODEL, *, glued_stops: bool = CUT_GLUED_STOPS) -> Any:
    """The model as this stage runs it: the sentence recogniser on after the parser, the
    matrix products on numpy's BLAS, and the attribute ruler and the lemmatizer on arrays
    (``nlp.pipe`` only; the same annotations: :mod:`recoupe.enrich.components`); with
    ``glued_stops``, the tokenizer cuts a sentence's end glued to the next one (:class:`GluedStops`)."""
    import spacy
    from thinc.api import use_ops

    # thinc's default CPU ops multiply matrices with blis, which on a CPU whose FMA units it
    # cannot count (this project's 2-core Xeon with AVX-512, for one) falls back to its AVX2
    # kernels; numpy's OpenBLAS picks the CPU's own: products 1.5-2x faster, rounded in another
    # order (differences of 1e-5 at most), which left every annotation of 2,000 OrangeSum
    # articles as it was (bench/ingest.py --digest). The model runs it on one thread
    # (one_blas_thread).
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(model)
    # the parser runs for the speakers of quotations (the subject of a reporting verb), but the
    # sentences stay the recogniser's: it runs after the parser and overwrites the boundaries
    # the parse implies, so the entity recogniser (which does not cross a sentence boundary) and
    # every stage reading sentences see what they saw without the parser
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if "senter" in nlp.pipe_names:
        senter: Any = nlp.get_pipe("senter")
        senter.cfg["overwrite"] = True
    if glued_stops:
        nlp.tokenizer = GluedStops(nlp.tokenizer)
    index_as_sets(nlp)
    fast_attribute_ruler(nlp)
    fast_lemmatizer(nlp)
    return nlp


def one_blas_thread() -> Any:
    """Numpy's BLAS held to one thread, until the returned object's ``restore_original_limits()``
    (or the end of its ``with``): the model runs on as many processes as there are cores, each
    on one."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


_WORD_BEFORE = re.compile(r"[^\W_]+$")
_WORD_AFTER = re.compile(r"[^\W_]+")


def glued_stops(text: str) -> list[int]:
    """Where a sentence's end is glued to the next sentence in ``text`` and spaCy's tokenizer
    would not cut it (``fr_tokens.GLUED_STOP``: « en 2018.Le », « l'AFP.Les », « (OIEA).Le »):
    the offsets just past each such stop. Not inside a web address (« https://x.org/).Parmi »
    is cut after its bracket, never inside it), not after an abbreviation in capitals (« MM.Dupont »),
    not before a domain's or a file's suffix (« BFMTV.Com »)."""
    cuts: list[int] = []
    for m in GLUED_STOP.finditer(text):
        after = _WORD_AFTER.match(text, m.end())
        if after is not None and after.group() in NOT_SENTENCE_STARTS:
            continue
        if m.group() == ".":
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is not None and before.group() in CAPITAL_ABBREVIATIONS:
                continue
        start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        chunk = text[start:m.start()]
        if "://" in chunk or "www." in chunk.lower() or "@" in chunk:
            if m.group() != "." or text[m.start() - 1] not in ")]»”":
                continue
        cuts.append(m.end())
    return cuts


class GluedStops:
    """spaCy's tokenizer, cutting after a sentence's end glued to the next sentence
    (:func:`glued_stops`) as it cuts where a space follows it: the text between two such cuts
    is tokenized alone and the docs are joined again, so the doc's text, and every offset into
    it, is the text given. Elsewhere the tokenizer's own doc. The sentence recogniser then sees
    two sentences where it saw one token (« 2018.Le »)."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Any:
        cuts = glued_stops(text)
        if not cuts:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        bounds = [0, *cuts, len(text)]
        parts = [self.tokenizer(text[s:e]) for s, e in zip(bounds, bounds[1:], strict=False)]
        return Doc.from_docs(parts, ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:  # the tokenizer's own (its rules, explain...)
        if name == "tokenizer":  # not set yet (unpickling)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def index_as_sets(nlp: Any) -> None:
    """The French lemmatizer keeps its words of each part of speech (``lemma_index``: up to
    66,000 for verbs) as lists and asks whether a word, and each form its rules make of it, is
    among them: a scan of the list for every word it has not met yet. As sets, the same answers
    (``in`` is all it asks of them), at once."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


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

    def __init__(self, *, model: str = MODEL, workers: int = 1, batch_size: int = 32, nlp: Any = None) -> None:
        self.model = model
        self.nlp = nlp if nlp is not None else load(model)
        self.workers = max(1, workers)
        self.batch_size = batch_size

    def __call__(self, articles: Iterable[ParsedArticle]) -> Iterator[Enriched]:
        return (item for item, _ in self.finished(articles, _unfinished))

    def finished(self, articles: Iterable[ParsedArticle], finish: Finish[T]) -> Iterator[tuple[Enriched, T]]:
        """Each article enriched, with what ``finish`` makes of its enrichment, computed where
        the model ran (in the worker that read it): ``finish`` is how a later stage has work that
        needs nothing but the article done beside the model, not in this process. It returns the
        enrichment to send back (lighter, say) and its own result, both picklable; ``finish``
        itself must be picklable where processes are spawned."""
        if self.workers > 1:
            return self._on_workers(articles, finish)
        return (finish(item) for item in self._here(articles))

    def _here(self, articles: Iterable[ParsedArticle]) -> Iterator[Enriched]:
        pending: dict[int, tuple[ParsedArticle, str, list[tuple[Field, int, int]]]] = {}

        def texts() -> Iterator[tuple[str, int]]:
            for i, article in enumerate(articles):
                text, fields = _model_input(article)
                pending[i] = (article, text, fields)
                yield text, i

        docs = self.nlp.pipe(texts(), as_tuples=True, batch_size=self.batch_size)
        key = model_key(self.nlp)
        with one_blas_thread():
            for doc, i in docs:
                article, text, fields = pending.pop(i)
                yield analyse(_with_text(doc, text), article, fields, key)

    def _on_workers(self, articles: Iterable[ParsedArticle], finish: Finish[T]) -> Iterator[tuple[Enriched, T]]:
        """Batches of articles to the workers, stripped of their raw input (the worker reads
        only the fields and the dates); each result gets its own article back, in order."""
        setup = functools.partial(_worker_setup, self.nlp if forks() else None, self.model, self.batch_size, finish)
        originals: dict[int, list[ParsedArticle]] = {}

        def batches() -> Iterator[list[ParsedArticle]]:
            for n, chunk in enumerate(_chunks(articles, self.batch_size)):
                originals[n] = chunk
                yield [_stripped(a) for a in chunk]

        # The half a million objects of the loaded model live as long as the process: out of the
        # garbage collector's reach for the run, its full passes (here, and in the forked workers,
        # where they would also copy every page those objects share with this process) skip them.
        gc.freeze()
        try:
            with contextlib.closing(Pool(self.workers, setup).map(batches())) as done:  # stopped when this is closed
                for n, results in enumerate(done):
                    for article, (result, extra) in zip(originals.pop(n), results, strict=True):
                        yield dataclasses.replace(result, article=article), extra
        finally:
            gc.unfreeze()


_NO_RECORD = RawRecord(origin="", format="text", text="", raw=b"", encoding="utf-8")


def _stripped(article: ParsedArticle) -> ParsedArticle:
    """What a worker needs of an article: not its raw input nor its boilerplate."""
    return dataclasses.replace(article, record=_NO_RECORD, boilerplate=())


def _chunks(items: Iterable[ParsedArticle], size: int) -> Iterator[list[ParsedArticle]]:
    chunk: list[ParsedArticle] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _model_input(article: ParsedArticle) -> tuple[str, list[tuple[Field, int, int]]]:
    if article.lang in LANGS:
        return compose(article)
    return "", []  # other languages: no model yet, no entities


def _unfinished(item: Enriched) -> tuple[Enriched, None]:
    return item, None


def _worker_setup(nlp: Any, model: str, batch_size: int,
                  finish: Finish[T]) -> Callable[[list[ParsedArticle]], list[tuple[Enriched, T]]]:
    """In a worker: the model (inherited when forked, else loaded once) on one BLAS thread, and
    what to do with a batch."""
    one_blas_thread()
    return functools.partial(_enrich_batch, nlp if nlp is not None else load(model), batch_size, finish)


def _enrich_batch(nlp: Any, batch_size: int, finish: Finish[T], batch: list[ParsedArticle]) -> list[tuple[Enriched, T]]:
    inputs = [_model_input(a) for a in batch]
    docs = nlp.pipe((text for text, _ in inputs), batch_size=batch_size)
    key = model_key(nlp)
    return [finish(analyse(_with_text(doc, text), a, fields, key)) for doc, a, (text, fields) in zip(docs, batch, inputs, strict=True)]


def _with_text(doc: Any, text: str) -> Any:
    """The doc, knowing its text: the text it was made of (spaCy's tokens keep every character,
    so ``doc.text`` is that text, joined again from the tokens at each call: ``doc_text`` reads
    this copy instead)."""
    doc.user_data[TEXT_KEY] = text
    return doc


def analyse(doc: Any, article: ParsedArticle, fields: list[tuple[Field, int, int]], model: str = "") -> Enriched:
    """What the stage finds in one article from the model's doc (``model``: its key, for the
    token tables the cross-check reads)."""
    sentences = body_sentences(doc, fields)
    text_of: dict[Field, str] = {f: article.field_text(f) for f in FIELDS}
    entities = article_entities(doc, fields, text_of) if fields else ()
    quotes = find_quotes(doc, fields, entities) if fields else ()
    dates = tuple(
        t for f in FIELDS if text_of[f]
        for t in find_time_expressions(text_of[f], article.published, field=f)
    ) if article.lang in LANGS else ()
    events = dated_events(article.body, sentences, dates, entities)
    terms = story_features(doc, fields)
    return Enriched(
        article=article, sentences=tuple(sentences), entities=entities, quotes=quotes, dates=dates,
        events=events, terms=terms, tokens=field_tables(doc, fields, model) if fields else {},
    )


