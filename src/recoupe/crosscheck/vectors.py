"""Sentence vectors of a story's statements (``enrich.semantic``), computed once and kept.

A story's statements are encoded when its cross-check is first computed; each article's vectors
are then stored (``Store.sentence_vectors``, migration 11) and read back on every later report,
so that no statement is encoded twice and ingest pays nothing. An article's stored bytes are this
module's own encoding: the number of statements, an 8-byte hash of each statement's text, then
the vectors in float16 (``semantic.pack``). A statement whose text is not among its article's
stored ones (a re-parsed article, another cut into clauses) is encoded again, and its article's
row rewritten.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Mapping, Sequence

import numpy as np

from recoupe.crosscheck.types import Statement
from recoupe.enrich.semantic import Encoder, pack, unpack

_HASH = 8


def text_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=_HASH).digest()


def encode_rows(hashes: Sequence[bytes], rows: np.ndarray) -> bytes:
    """One article's vectors as bytes to store."""
    return struct.pack("<I", len(hashes)) + b"".join(hashes) + pack(rows)


def decode_rows(blob: bytes, dim: int) -> dict[bytes, np.ndarray]:
    """Stored bytes back to text hash -> vector; empty when they do not fit ``dim``."""
    if len(blob) < 4:
        return {}
    (n,) = struct.unpack_from("<I", blob)
    body = blob[4 + n * _HASH:]
    if len(body) != n * dim * 2:
        return {}
    rows = unpack(body, dim)
    return {blob[4 + k * _HASH:4 + (k + 1) * _HASH]: rows[k] for k in range(n)}


def statement_vectors(statements: Sequence[Statement], encoder: Encoder,
                      stored: Mapping[str, bytes]) -> tuple[np.ndarray, dict[str, bytes]]:
    """Unit vectors of the statements, in order, read from ``stored`` (article id -> bytes)
    where they are there and encoded otherwise; and the bytes to store for each article that
    had some encoded (all its statements' vectors)."""
    known = {a: decode_rows(b, encoder.dim) for a, b in stored.items()}
    hashes = [text_hash(s.text) for s in statements]
    missing = [k for k, s in enumerate(statements) if hashes[k] not in known.get(s.article, {})]
    out = np.zeros((len(statements), encoder.dim), dtype=np.float32)
    if missing:
        texts = list(dict.fromkeys(statements[k].text for k in missing))
        # rounded as they will be stored: a report computed again reads the same figures
        fresh = dict(zip(texts, unpack(pack(encoder.encode(texts)), encoder.dim), strict=True))
        for k in missing:
            known.setdefault(statements[k].article, {})[hashes[k]] = fresh[statements[k].text]
    for k, s in enumerate(statements):
        out[k] = known[s.article][hashes[k]]
    changed = {statements[k].article for k in missing}
    save = {}
    for a in changed:
        mine = [k for k, s in enumerate(statements) if s.article == a]
        keys = list(dict.fromkeys(hashes[k] for k in mine))
        save[a] = encode_rows(keys, np.stack([known[a][h] for h in keys]))
    return out, save
