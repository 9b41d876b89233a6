"""Timestamps with their precision: parsing a value given in a field or by a user
(:func:`parse_timestamp`: ISO 8601 of any precision, RFC 2822, Unix time, French text), and the
range of time a timestamp may stand for (:func:`bounds`). Nothing here invents what the input
does not say: "2025-02" stays a month, a time without a zone stays without a zone.

The datelines of pages ("13 février 2025 11:30 Mis à jour: ...") are the ingest stage's
(``recoupe.ingest.dates``).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_tz

from recoupe.lang import fr
from recoupe.models import Precision, Timestamp

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in fr.MONTHS), key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(fr.WEEKDAYS)
# "mercredi 12 février 2025 à 11h30", "13 févr. 2025 11:30", "1er mars 2026, 08:05"
FR_DATE = re.compile(
    rf"(?:(?:{_WEEKDAY_NAMES})\s+)?(?P<d>\d{{1,2}})(?:er)?\s+(?P<mon>{_MONTH_NAMES})\.?\s+(?P<y>\d{{4}})"
    rf"(?:\s*(?:,|à|-|–)?\s*(?P<H>\d{{1,2}})\s*(?:h|:)\s*(?P<M>\d{{2}})?(?:\s*(?::|min)\s*(?P<S>\d{{2}}))?)?",
    re.IGNORECASE,
)
# "13/02/2025 à 11h30", "13.02.2025 11:30"
NUM_DATE = re.compile(
    r"(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})"
    r"(?:\s*(?:,|à|-)?\s*(?P<H>\d{1,2})\s*(?:h|:)\s*(?P<M>\d{2})?(?::(?P<S>\d{2}))?)?",
    re.IGNORECASE,
)
ISO_IN_TEXT = re.compile(
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
)
# "mis à jour à 10h47" (the day of the publication)
TIME_ONLY = re.compile(r"\b(?:à\s+)?(?P<H>\d{1,2})\s*(?:h|:)\s*(?P<M>\d{2})?\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)


def _tz_suffix(tz: str | None) -> str:
    if not tz:
        return ""
    tz = tz.upper()
    if tz in ("Z", "UTC", "GMT"):
        return "+00:00"
    sign, digits = tz[0], tz[1:].replace(":", "")
    digits = digits.ljust(4, "0")
    return f"{sign}{digits[:2]}:{digits[2:4]}"


def make_timestamp(
    y: int, m: int | None = None, d: int | None = None, hh: int | None = None,
    mm: int | None = None, ss: int | None = None, tz: str | None = None,
) -> Timestamp | None:
    """Build a timestamp from the parts the input gave; None when they are not a real date."""
    try:
        datetime(y, m or 1, d or 1, hh or 0, mm or 0, ss or 0)
    except ValueError:
        return None
    if not 1000 <= y <= 2999:
        return None
    precision: Precision
    if m is None:
        return Timestamp(f"{y:04d}", "year")
    if d is None:
        return Timestamp(f"{y:04d}-{m:02d}", "month")
    if hh is None:
        return Timestamp(f"{y:04d}-{m:02d}-{d:02d}", "day")
    value = f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm or 0:02d}"
    precision = "minute"
    if ss is not None:
        value += f":{ss:02d}"
        precision = "second"
    return Timestamp(value + _tz_suffix(tz), precision)


def as_int(s: str | None) -> int | None:
    return int(s) if s is not None and s != "" else None


def parse_iso(text: str) -> Timestamp | None:
    m = _ISO.match(text)
    if not m:
        return None
    return make_timestamp(
        int(m["y"]), as_int(m["m"]), as_int(m["d"]), as_int(m["H"]), as_int(m["M"]), as_int(m["S"]), m["tz"]
    )


def parse_french(text: str) -> Timestamp | None:
    """The first French date in ``text`` ("jeudi 13 février 2025 à 11h30"), or None."""
    m = FR_DATE.search(text)
    if m:
        return make_timestamp(
            int(m["y"]), fr.MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]),
            as_int(m["H"]), as_int(m["M"]) if m["H"] else None, as_int(m["S"]),
        )
    m = NUM_DATE.search(text)
    if m:
        return make_timestamp(
            int(m["y"]), int(m["m"]), int(m["d"]), as_int(m["H"]),
            as_int(m["M"]) if m["H"] else None, as_int(m["S"]),
        )
    m = ISO_IN_TEXT.search(text)
    if m:
        return parse_iso(m.group(0))
    m = _MONTH_YEAR.search(text)
    if m:
        return make_timestamp(int(m["y"]), fr.MONTHS[m["mon"].lower().rstrip(".")])
    return None


def parse_timestamp(value: object) -> Timestamp | None:
    """A timestamp from a structured field: ISO 8601, RFC 2822, Unix seconds or French text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds
        try:
            dt = datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return make_timestamp(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, "Z")
    if not isinstance(value, str):
        return None
    text = value.strip()
    if re.fullmatch(r"\d{9,13}", text):
        return parse_timestamp(int(text))
    found = parse_iso(text)
    if found:
        return found
    rfc = parsedate_tz(text) if re.search(r"[A-Za-z]{3},?\s+\d", text) else None
    if rfc:
        y, mo, d, hh, mi, ss = rfc[:6]
        offset = rfc[9]
        tz = None
        if offset is not None:
            sign = "+" if offset >= 0 else "-"
            tz = f"{sign}{abs(offset) // 3600:02d}:{abs(offset) % 3600 // 60:02d}"
        return make_timestamp(y, mo, d, hh, mi, ss, tz)
    found = parse_french(text)
    if found:
        return found
    return _parse_with_dateparser(text)


def _parse_with_dateparser(text: str) -> Timestamp | None:
    """Last resort for unusual spellings; keeps dateparser's own idea of the precision."""
    import dateparser  # slow to import: only when needed

    data = dateparser.date.DateDataParser(
        languages=["fr", "en"], settings={
            "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["custom-formats", "absolute-time"],  # "hier" means nothing in a field
        }
    ).get_date_data(text)
    dt, period = data.date_obj, data.period
    if dt is None:
        return None
    if period == "year":
        return make_timestamp(dt.year)
    if period == "month":
        return make_timestamp(dt.year, dt.month)
    if period == "day" or (dt.hour, dt.minute, dt.second) == (0, 0, 0):
        return make_timestamp(dt.year, dt.month, dt.day)
    return make_timestamp(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second or None)


def bounds(ts: Timestamp | None) -> tuple[str | None, str | None]:
    """Earliest and latest local time the timestamp may stand for, as sortable text.

    Used to filter by date: a month-precision article matches any range overlapping its month.
    """
    if ts is None:
        return None, None
    v = ts.value[:19] if ts.precision in ("minute", "second") else ts.value
    if ts.precision == "year":
        return f"{v}-01-01T00:00:00", f"{v}-12-31T23:59:59"
    if ts.precision == "month":
        y, m = int(v[:4]), int(v[5:7])
        nxt = datetime(y + (m == 12), m % 12 + 1, 1)
        last = (nxt - datetime(y, m, 1)).days
        return f"{v}-01T00:00:00", f"{v}-{last:02d}T23:59:59"
    if ts.precision == "day":
        return f"{v}T00:00:00", f"{v}T23:59:59"
    base = v[:16]
    if ts.precision == "minute":
        return f"{base}:00", f"{base}:59"
    return v[:19], v[:19]
