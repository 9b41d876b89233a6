"""Copies: the same text published twice (a wire dispatch reprinted by several outlets, verbatim or
trimmed, maybe under another headline). MinHash signatures of word 5-shingles with
locality-sensitive hashing (datasketch), so that finding an article's copies is a look-up of a few
band keys, not a comparison with every article. Headline-only items are copies when their
normalised titles are equal.

A new article is a copy of a stored one when nearly all of its own text is in it: at least
``COPY_CONTAINMENT`` of its 5-shingles (estimated from the two signatures and the two shingle
counts). A reprint, verbatim or trimmed, adds nothing of its own; a newsroom that rewrites a
dispatch adds its own sentences, and is that newsroom's report, not a copy. On OrangeSum (May and
June 2020) the two are far apart: of the AFP dispatches filed twice, 1,074 have 99% or more of
their shingles in the earlier filing and 26 between 85% and 99%; of 1,234 articles of Orange's own
newsroom, none has 95% of its shingles in one AFP dispatch and 3 have 90%, while a Jaccard
threshold of 0.6 filed 3 of 16 AFP/Orange same-event pairs of the dev set as copies.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import re
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.6 Jaccard share a band with high probability
ROWS = NUM_PERM // BANDS
SHINGLE = 5
MIN_WORDS = 30
COPY_JACCARD = 0.6  # estimated Jaccard similarity from which two texts are copies, for a stored signature without its size
COPY_CONTAINMENT = 0.9  # share of a new text's shingles found in a stored one from which it is its copy
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text's word 5-shingles followed by their number (``NUM_PERM`` + 1
    values), or None for a text too short."""
    toks = words(text)
    if len(toks) < MIN_WORDS:
        return None
    shingles = {" ".join(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1)}
    permutations, scheme = _permutations()
    m = _minhash()(num_perm=NUM_PERM, seed=7, permutations=permutations, scheme=scheme)
    m.update_batch([s.encode("utf-8") for s in shingles])
    return np.append(m.hashvalues.astype(np.uint64), np.uint64(len(shingles)))


@functools.cache
def _permutations() -> tuple[np.ndarray, str]:
    """The permutations of ``MinHash(num_perm=NUM_PERM, seed=7)`` and its hashing scheme, drawn
    once: a MinHash draws them again from its seed each time it is made."""
    m = _minhash()(num_perm=NUM_PERM, seed=7)
    return m.permutations, m.scheme


@functools.cache
def _minhash() -> Any:
    """datasketch's ``MinHash`` class, imported without the rest of the library when the library
    is not imported yet. The package's ``__init__`` imports every sketch it has, and its LSH
    modules import ``scipy.integrate`` (with ``scipy.optimize`` and ``scipy.sparse``: about a
    second of CPU, more than hashing the signatures of 2,000 articles), none of which a MinHash
    needs: ``datasketch.minhash`` imports only numpy and ``datasketch.hashfunc``. So the
    package's module is made from its spec without running its ``__init__``, the two modules
    are imported through it, and the three are taken out of ``sys.modules`` again: an ``import
    datasketch`` elsewhere imports the whole package as if this had not happened."""
    with _IMPORTING:  # the package's stand-in must not be seen by another thread's first call
        if "datasketch" in sys.modules:
            from datasketch import MinHash

            return MinHash
        spec = importlib.util.find_spec("datasketch")
        if spec is None or spec.submodule_search_locations is None:
            raise ImportError("datasketch is not installed")
        before = set(sys.modules)
        sys.modules["datasketch"] = importlib.util.module_from_spec(spec)
        try:
            from datasketch.minhash import MinHash
        finally:
            for name in set(sys.modules) - before:
                if name == "datasketch" or name.startswith("datasketch."):
                    del sys.modules[name]
        return MinHash


_IMPORTING = threading.Lock()


def band_keys(sig: np.ndarray) -> list[str]:
    return [f"b{b}:{hashlib.blake2b(sig[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}" for b in range(BANDS)]


def title_key(title: str) -> str | None:
    toks = words(title)
    if len(toks) < 4:
        return None
    return "t:" + hashlib.blake2b(" ".join(toks).encode("utf-8"), digest_size=10).hexdigest()


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a[:NUM_PERM] == b[:NUM_PERM]))


def containment(new: np.ndarray, stored: np.ndarray) -> float | None:
    """The estimated share of the new text's shingles found in the stored text, or None when a
    signature carries no shingle count (stored before the count was kept)."""
    if len(new) <= NUM_PERM or len(stored) <= NUM_PERM:
        return None
    j = jaccard(new, stored)
    n_new, n_stored = float(new[NUM_PERM]), float(stored[NUM_PERM])
    return min(1.0, j * (n_new + n_stored) / ((1.0 + j) * n_new)) if n_new else 0.0


def is_copy(new: np.ndarray, stored: np.ndarray) -> bool:
    """Whether the new text is a copy of the stored one: nearly all of its shingles are in it."""
    c = containment(new, stored)
    return c >= COPY_CONTAINMENT if c is not None else jaccard(new, stored) >= COPY_JACCARD


def keys_for(title: str | None, body: str) -> tuple[list[str], np.ndarray | None]:
    """LSH band keys of the body (or the title key of a headline-only item), and the signature."""
    sig = signature(body) if body else None
    if sig is not None:
        return band_keys(sig), sig
    key = title_key(title or "") if not body or len(words(body)) < MIN_WORDS else None
    return ([key] if key else []), None


class CopyIndex(Protocol):
    """What copy detection needs from the store, inside the caller's transaction."""

    def copy_candidates(self, keys: Sequence[str], article_id: str) -> Sequence[StoredCopy]: ...
    def add_copy_keys(self, article_id: str, keys: Sequence[str]) -> None: ...


class StoredCopy(Protocol):
    """A stored article sharing a key with the new one."""

    @property
    def article_id(self) -> str: ...
    @property
    def signature(self) -> bytes | None: ...
    @property
    def copy_group(self) -> str: ...


@dataclass(frozen=True, slots=True)
class CopyMatch:
    """The copy group of a new article (its own id when it copies nothing stored) and its
    signature."""

    group: str
    signature: np.ndarray | None


def find_copy(index: CopyIndex, article_id: str, title: str | None, body: str,
              computed: tuple[list[str], np.ndarray | None] | None = None) -> CopyMatch:
    """The group of the first stored article (in arrival order) this one is a copy of; the
    article's keys are added to the index. ``computed``: ``keys_for(title, body)``, if already
    computed (by the model worker that read the article)."""
    keys, sig = computed if computed is not None else keys_for(title, body)
    group = article_id
    if keys:
        for r in index.copy_candidates(keys, article_id):
            if sig is None or r.signature is None or is_copy(sig, np.frombuffer(r.signature, dtype=np.uint64)):
                group = r.copy_group
                break
        index.add_copy_keys(article_id, keys)
    return CopyMatch(group, sig)
