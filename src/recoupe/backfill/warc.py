"""Web archives (WARC, gzipped or not) as HTML records: each ``response`` record of an HTML page
becomes a record of the existing HTML path (``ingest.parse``), its origin the page's address.
Other records (requests, metadata, images, redirects) are not articles and are passed over."""

from __future__ import annotations

from collections.abc import Iterator

from recoupe.errors import reason
from recoupe.ingest.sources import DEFAULT_MAX_BYTES, decode, human_size
from recoupe.models import RawRecord, Rejection

WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str) -> bool:
    """A WARC file, told by its name or by its first bytes (``WARC/1.``, gzipped or not)."""
    if path.lower().endswith(WARC_SUFFIXES):
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(2)
            if head == b"\x1f\x8b":
                import gzip

                f.seek(0)
                with gzip.GzipFile(fileobj=f) as g:
                    return g.read(6) == b"WARC/1"
            return head + f.read(4) == b"WARC/1"
    except (OSError, EOFError):
        return False


def read_warc(path: str, *, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawRecord | Rejection]:
    """The HTML pages of a WARC file as records (successful responses only), or rejections."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or path
                status = record.http_headers.get_statuscode()
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if status != "200" or "html" not in ctype:
                    continue
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield Rejection(uri, "E004", reason("E004", size=f"more than {human_size(max_bytes)}", limit=human_size(max_bytes)))
                    continue
                charset = ctype.partition("charset=")[2].split(";")[0].strip()
                text: str | None = None
                if charset:
                    try:
                        text, encoding = data.decode(charset), charset
                    except (LookupError, UnicodeDecodeError):
                        text = None
                if text is None:
                    decoded = decode(data)
                    if decoded[0] is None:
                        yield Rejection(uri, decoded[1], decoded[2])
                        continue
                    text, encoding = decoded[0], decoded[1]
                if not text.strip():
                    yield Rejection(uri, "E001", reason("E001"))
                    continue
                yield RawRecord(origin=uri, format="html", text=text, raw=data, encoding=encoding, source_hint=source)
    except (OSError, ArchiveLoadFailed, EOFError, ValueError) as e:
        yield Rejection(path, "E009", reason("E009", detail=f"not a readable WARC file ({' '.join(str(e).split())})"))
