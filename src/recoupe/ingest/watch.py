"""When to fetch each source: its own pace, from how often it publishes.

A source polled ``every`` minutes at most often is polled at about half its usual interval
between new items (a source that publishes hourly is polled every half hour, not every
minute), never less often than ``MAX_FACTOR`` times ``every`` and six hours; a failing source
backs off exponentially. Pure functions over timestamps: the loop lives in the pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

MAX_FACTOR = 12
MAX_INTERVAL = timedelta(hours=6)
MAX_BACKOFF = timedelta(hours=6)


def usual_interval(first_seen: Sequence[str], now: datetime, *, days: int = 7) -> timedelta | None:
    """The mean time between new items over the last ``days`` days (None with fewer than two)."""
    since = now - timedelta(days=days)
    times = sorted(t for t in (_parse(s) for s in first_seen) if t is not None and t >= since)
    if len(times) < 2:
        return None
    span = max(now - times[0], timedelta(seconds=1))
    return span / len(times)


def poll_interval(every: timedelta, usual: timedelta | None, failures: int) -> timedelta:
    """How long to wait before fetching a source again."""
    if failures:
        return min(every * 2 ** min(failures, 10), max(every, MAX_BACKOFF))
    if usual is None:
        return every
    return max(every, min(usual / 2, every * MAX_FACTOR, max(every, MAX_INTERVAL)))


def next_fetch(now: datetime, every: timedelta, usual: timedelta | None, failures: int) -> datetime:
    return now + poll_interval(every, usual, failures)


def is_due(next_at: str | None, now: datetime) -> bool:
    when = _parse(next_at)
    return when is None or when <= now


def parse_every(text: str) -> timedelta:
    """``"10m"``, ``"30s"``, ``"2h"``, ``"1d"`` or a number of seconds."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        if text and text[-1] in units:
            seconds = float(text[:-1]) * units[text[-1]]
        else:
            seconds = float(text)
    except ValueError:
        raise ValueError(f"not a duration: {text!r} (use 30s, 10m, 2h or 1d)") from None
    if seconds <= 0:
        raise ValueError(f"not a positive duration: {text!r}")
    return timedelta(seconds=seconds)


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
