"""Full-text search: French stems, accents folded.

SQLite: FTS5 has no French stemmer, so the text is stemmed here (Snowball) and FTS5 indexes the
stems; a query is stemmed the same way. PostgreSQL stems in the database: the ``articles.search``
tsvector and the query both go through the ``recoupe_fr`` text search configuration (migration 8),
and a query reaches it as its phrases (``query_phrases``). Either way a query is read the same:
words apart are all required, "quoted words" are a phrase; and the snippet of a hit is chosen
here, with the stems of ``search_words``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from recoupe.normalise import search_key

_WORD = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"|([^"\s]+)')
_local = threading.local()  # Snowball's stemmer keeps state between calls: one per thread


_keys: dict[str, str] = {}  # word -> search key: a stem depends on the word alone
KEYS_KEPT = 500_000


def search_words(text: str) -> list[tuple[int, int, str]]:
    """Each word of ``text`` with its offsets and its search key (French stem, accents folded).
    Keys are remembered by word (shared by threads: a dict's get and set are atomic), so the
    stemmer, the costly part, runs once per word a process meets."""
    spans = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    keys = _keys_of([w for _, _, w in spans])
    return [(s, e, k) for (s, e, _), k in zip(spans, keys, strict=True)]


def _keys_of(words: list[str]) -> list[str]:
    """The search key of each word (lower case), the stemmer run on those not met yet."""
    new = list({w for w in words if w not in _keys})
    if new:
        if len(_keys) + len(new) > KEYS_KEPT:
            _keys.clear()
        for w, k in zip(new, _stemmer().stemWords(new), strict=True):
            _keys[w] = search_key(k)
    return [_keys.get(w) or _key_of(w) for w in words]


def _key_of(word: str) -> str:
    """The key of one word, when another thread emptied the memory between the two steps."""
    return search_key(_stemmer().stemWord(word))


def _stemmer() -> Any:
    """This thread's Snowball stemmer (it keeps state between calls: one per thread)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        import snowballstemmer

        stemmer = _local.stemmer = snowballstemmer.stemmer("french")  # PyStemmer (C) when installed
    return stemmer


_LOWER_BY_WORD = re.compile("[İΣ]")  # the letters lower-cased otherwise in a word than in its text


def stemmed(text: str | None) -> str:
    """A text as the FTS row holds it: its search keys, space-separated (``search_words``'s keys:
    the words of the lower-cased text are the lower-cased words of the text, but where an "İ"
    lower-cases into two characters or a "Σ" into "ς" or "σ" depending on the letters after it)."""
    text = text or ""
    if _LOWER_BY_WORD.search(text):
        return " ".join(k for _, _, k in search_words(text))
    return " ".join(_keys_of(_WORD.findall(text.lower())))


def search_texts(title: str | None, lead: str | None, body: str | None) -> tuple[str, str, str]:
    """What an article's FTS row holds: its title, lead and body as search keys (pure: it can be
    computed anywhere, the model workers included)."""
    return stemmed(title), stemmed(lead), stemmed(body)


def parse_search(query: str) -> list[list[str]]:
    """A query as phrases of search keys: words apart are all required, "quoted words" in order."""
    phrases = []
    for m in _PHRASE.finditer(query):
        keys = [k for _, _, k in search_words(m.group(1) if m.group(1) is not None else m.group(2))]
        if keys:
            phrases.append(keys)
    return phrases


def query_phrases(query: str) -> list[str]:
    """A query's phrases as written (a quoted phrase, or a word), those that hold a word: what
    PostgreSQL's ``phraseto_tsquery`` reads, one by one, all required."""
    out = []
    for m in _PHRASE.finditer(query):
        text = m.group(1) if m.group(1) is not None else m.group(2)
        if _WORD.search(text):
            out.append(text)
    return out


def index_article_text(conn: Connection, article_id: str, title: str | None, lead: str | None, body: str | None) -> None:
    """Keep the FTS row of an article in step with its current text (SQLite only: PostgreSQL's
    ``articles.search`` is a generated column, kept by the database)."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql("DELETE FROM article_search WHERE article_id = ?", (article_id,))
    conn.exec_driver_sql(
        "INSERT INTO article_search (article_id, title, lead, body) VALUES (?, ?, ?, ?)",
        (article_id, *search_texts(title, lead, body)),
    )


def index_texts(conn: Connection, rows: Sequence[tuple[str, str, str, str]], *, replace: Sequence[str] = ()) -> None:
    """The FTS rows of many articles at once, ``(article_id, title, lead, body)`` as
    ``search_texts`` gives them; the rows of the articles in ``replace`` are removed first (an
    article stored in this transaction has none: the table cannot find a row by article id
    without reading them all). SQLite only, as ``index_article_text``."""
    if conn.dialect.name != "sqlite":
        return
    for article_id in replace:
        conn.exec_driver_sql("DELETE FROM article_search WHERE article_id = ?", (article_id,))
    if rows:
        conn.exec_driver_sql("INSERT INTO article_search (article_id, title, lead, body) VALUES (?, ?, ?, ?)", list(rows))


def snippet(body: str, sentences: Sequence[Sequence[int]], keys: set[str]) -> dict[str, Any]:
    """The body sentence that holds most of the query's words, and where they stand in it."""
    best: tuple[int, int, int] | None = None
    for start, end in sentences or [(0, min(len(body), 300))]:
        hits = {k for _, _, k in search_words(body[start:end]) if k in keys}
        if best is None or len(hits) > best[0]:
            best = (len(hits), start, end)
    _, start, end = best or (0, 0, 0)
    text = body[start:end]
    if len(text) > 400:
        text = text[:400].rsplit(" ", 1)[0] + "…"
    return {"text": text, "highlights": [[s, e] for s, e, k in search_words(text) if k in keys]}

