"""Stage 1, read: turn paths, directories and standard input into article-sized raw records.

Everything about bytes lives here: gzip, text encodings, size limits, and the format of each
input, which is told from its content (the extension is only a hint). One input may hold many
records (a JSON array, a JSON Lines file); each record, or the reason it was refused, is yielded
in order, so one bad record never stops the rest.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from recoupe.errors import reason
from recoupe.models import RawRecord, Rejection

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 10 * MB  # one article (text, HTML, a JSON object or one JSON Lines record)
MAX_JSON_FILE_BYTES = 256 * MB  # a whole JSON array is parsed in memory
_SNIFF_BYTES = 64 * 1024

_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive or office document",
    b"\x7fELF": "executable",
    b"SQLite format 3": "SQLite database",
    b"RIFF": "RIFF media file",
    b"ID3": "MP3 audio",
    b"\x00\x00\x00": "binary data",
}


@dataclass(frozen=True, slots=True)
class Options:
    source: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def _too_large(origin: str, size: int, limit: int) -> Rejection:
    return Rejection(origin, "E004", reason("E004", size=human_size(size), limit=human_size(limit)))


def human_size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n / 1024:.1f} kB" if n >= 1024 else f"{n} bytes"


def iter_input_files(paths: Iterable[str]) -> Iterator[str | Rejection]:
    """Expand the paths given on the command line: directories recursively, hidden files skipped."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        found = True
                        yield str(Path(root) / name)
            if not found:
                yield Rejection(p, "E009", reason("E009", detail="directory holds no files"))
        elif path.exists():
            yield p
        else:
            yield Rejection(p, "E009", reason("E009", detail="no such file or directory"))


def read_records(paths: Iterable[str], options: Options = Options()) -> Iterator[tuple[str, RawRecord | Rejection]]:
    """Yield ``(input, record or rejection)`` for every record of every input, in order."""
    for item in iter_input_files(paths):
        if isinstance(item, Rejection):
            yield item.origin, item
            continue
        for rec in read_input(item, options):
            yield item, rec


def read_input(path: str, options: Options = Options()) -> Iterator[RawRecord | Rejection]:
    """All the records of one file (or ``-`` for standard input)."""
    name = "<stdin>" if path == "-" else path
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as e:
        yield Rejection(name, "E009", reason("E009", detail=e.strerror or str(e)))
        return
    try:
        yield from _read_stream(name, stream, options)
    except OSError as e:
        yield Rejection(name, "E009", reason("E009", detail=e.strerror or str(e)))
    finally:
        if path != "-":
            stream.close()


def _read_stream(name: str, stream: BinaryIO, options: Options) -> Iterator[RawRecord | Rejection]:
    try:
        head = stream.read(_SNIFF_BYTES)
        if head[:2] == b"\x1f\x8b":
            stream = gzip.GzipFile(fileobj=_prefixed(head, stream), mode="rb")  # type: ignore[assignment]
            head = stream.read(_SNIFF_BYTES)
    except (OSError, EOFError, zlib.error) as e:
        yield Rejection(name, "E010", reason("E010", detail=str(e)))
        return
    if not head.strip():
        yield Rejection(name, "E001", reason("E001"))
        return
    stream = _prefixed(head, stream)
    kind = _sniff_bytes(head)
    try:
        if kind == "jsonl":
            yield from _read_json_lines(name, stream, options)
            return
        limit = MAX_JSON_FILE_BYTES if kind == "json" else options.max_bytes
        data = stream.read(limit + 1)
        if len(data) > limit:
            size = len(data) + _drain(stream)
            yield _too_large(name, size, limit)
            return
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        yield Rejection(name, "E010", reason("E010", detail=str(e)))
        return
    decoded = decode(data)
    if decoded[0] is None:
        yield Rejection(name, decoded[1], decoded[2])
        return
    text, encoding = decoded
    if not text.strip():
        yield Rejection(name, "E001", reason("E001"))
        return
    fmt = sniff_text(text)
    if fmt == "json":
        yield from _read_json_document(name, text, data, encoding, options)
    elif fmt == "jsonl":
        yield from _read_json_lines(name, io.BytesIO(data), options)
    else:
        yield RawRecord(name, fmt, text, data, encoding, options.source)  # type: ignore[arg-type]


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff it), put back in front."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _prefixed(head: bytes, stream: BinaryIO) -> BinaryIO:
    return io.BufferedReader(_Prefixed(head, stream), buffer_size=MB)


def _drain(stream: BinaryIO) -> int:
    n = 0
    while chunk := stream.read(MB):
        n += len(chunk)
    return n


def _sniff_bytes(head: bytes) -> str:
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if s.startswith(b"{"):
        lines = [ln.strip() for ln in s.split(b"\n") if ln.strip()]
        if len(lines) > 1 and lines[0].endswith(b"}") and lines[1].startswith(b"{"):
            try:
                json.loads(lines[0])
                return "jsonl"
            except ValueError:
                pass
    if s.startswith((b"{", b"[")):
        return "json"
    return "other"


def sniff_text(text: str) -> str:
    """The format of a decoded input: "json", "jsonl", "html" or "text"."""
    s = text.lstrip("\ufeff \t\r\n")
    if s.startswith("{"):
        first, _, rest = s.partition("\n")
        if rest.strip().startswith("{") and first.rstrip().endswith("}"):
            try:
                json.loads(first)
                return "jsonl"
            except ValueError:
                pass
        return "json"
    if s.startswith("["):
        return "json"
    if s.startswith("<") and re.search(
        r"<\s*(?:!doctype\s+html|html|head|body|article|main|div|p|section|h1|meta|title)\b",
        s[:20000], re.IGNORECASE,
    ):
        return "html"
    return "text"


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    sample = data[:8192]
    if b"\x00" in sample:
        return "contains NUL bytes"
    return None


def decode(data: bytes) -> tuple[str, str] | tuple[None, str, str]:
    """Text and the encoding it was read with, or ``(None, code, reason)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM first, then Windows-1252 (which Latin-1,
    the other usual encoding of older French pages, is read as: :func:`windows_1252`), accepted
    only when the result reads as text.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None, "E003", reason("E003")
    kind = _binary_kind(data)
    if kind:
        return None, "E002", reason("E002", detail=kind)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = windows_1252(data)
    if _reads_as_text(text):
        return text, "cp1252"
    if _control_ratio(text) > 0.05:
        return None, "E002", reason("E002", detail="mostly control characters")
    return None, "E003", reason("E003")


_UNDEFINED = re.compile("[\udc80-\udcff]")


def windows_1252(data: bytes) -> str:
    """Bytes read as Windows-1252, as browsers read pages labelled ISO-8859-1: 0x80 is « € »,
    0x92 « ’ », 0x9C « œ ». The five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    become the control characters of the same number, as Latin-1 reads them (the parser drops
    them): one of them is no reason to read the other 27 as controls too."""
    text = data.decode("cp1252", "surrogateescape")
    return _UNDEFINED.sub(lambda m: chr(ord(m.group()) - 0xDC00), text)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(text)


def _reads_as_text(text: str) -> bool:
    return _control_ratio(text) < 0.001


def _read_json_document(name: str, text: str, data: bytes, encoding: str, options: Options) -> Iterator[RawRecord | Rejection]:
    try:
        value = json.loads(text)
    except ValueError as e:
        yield Rejection(name, "E005", reason("E005", detail=_json_error(e)))
        return
    if isinstance(value, dict):
        if len(data) > options.max_bytes:
            yield _too_large(name, len(data), options.max_bytes)
            return
        yield RawRecord(name, "json", text, data, encoding, options.source, value)
        return
    if not isinstance(value, list):
        yield Rejection(name, "E006", reason("E006", kind=type(value).__name__))
        return
    for i, item in enumerate(value):
        origin = f"{name}[{i}]"
        if not isinstance(item, dict):
            yield Rejection(origin, "E006", reason("E006", kind=_json_kind(item)))
            continue
        item_text = json.dumps(item, ensure_ascii=False)
        raw = item_text.encode("utf-8")
        if len(raw) > options.max_bytes:
            yield _too_large(origin, len(raw), options.max_bytes)
            continue
        yield RawRecord(origin, "json", item_text, raw, "utf-8", options.source, item)


def _read_json_lines(name: str, stream: BinaryIO, options: Options) -> Iterator[RawRecord | Rejection]:
    for lineno, line in enumerate(_lines(stream, options.max_bytes), start=1):
        origin = f"{name}:{lineno}"
        if isinstance(line, int):
            yield _too_large(origin, line, options.max_bytes)
            continue
        if not line.strip():
            continue
        decoded = decode(line)
        if decoded[0] is None:
            yield Rejection(origin, decoded[1], decoded[2])
            continue
        text, encoding = decoded
        try:
            value = json.loads(text)
        except ValueError as e:
            yield Rejection(origin, "E005", reason("E005", detail=_json_error(e)))
            continue
        if not isinstance(value, dict):
            yield Rejection(origin, "E006", reason("E006", kind=_json_kind(value)))
            continue
        yield RawRecord(origin, "json", text, line.rstrip(b"\r\n"), encoding, options.source, value)


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | int]:
    """Lines of a stream; a line longer than ``max_bytes`` is given as its length, unread."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the over-long line
                more = stream.readline(MB)
                size += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield size
            continue
        yield line


def _json_error(e: ValueError) -> str:
    if isinstance(e, json.JSONDecodeError):
        return f"{e.msg} (line {e.lineno}, column {e.colno})"
    return str(e)


def _json_kind(value: object) -> str:
    return {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}.get(type(value), type(value).__name__)
