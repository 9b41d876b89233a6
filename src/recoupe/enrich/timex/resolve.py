"""Resolution of candidates to TIMEX3 values against the anchor (the publication date) and the
context: the tense of their clause and the days named before them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from recoupe.enrich.timex.candidates import Candidate
from recoupe.enrich.timex.lexicon import is_valid_date
from recoupe.enrich.timex.meanings import Calendar, Clock, Later, Narrative, Shift
from recoupe.enrich.timex.rules import Doc
from recoupe.enrich.timex.tense import Sentences
from recoupe.models import Timestamp, TimexType


@dataclass(frozen=True, slots=True)
class _Anchor:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    @classmethod
    def of(cls, ts: Timestamp | None) -> _Anchor:
        m = _ANCHOR.match(ts.value) if ts is not None else None
        return cls(*(int(g) if g else None for g in m.groups())) if m else cls()

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None


_ANCHOR = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?")
_DAY_VALUE = re.compile(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX|(?:\d{4}|XXXX)-W(?:\d\d|XX)-\d)(?=T|$)")
_KNOWN_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_POINT = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?(?=T|$)")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season begins

_Resolution = tuple[TimexType, str]


@dataclass(slots=True)
class _Resolver:
    anchor: _Anchor
    sentences: Sentences
    days: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, day value)
    # Every date resolved so far, in text order: (start, value cut to the date).
    points: list[tuple[int, str]] = field(default_factory=list)

    def resolve(self, c: Candidate) -> _Resolution | None:
        meaning = c.meaning
        if isinstance(meaning, Calendar):
            return self.calendar(meaning, c.start, c.end)
        if isinstance(meaning, Shift):
            return self.shift(meaning)
        if isinstance(meaning, Narrative):
            return self.narrative(meaning, c.start)
        if isinstance(meaning, Later):
            return self.later(meaning, c.start)
        if isinstance(meaning, Clock):
            return self.clock(meaning, c.start, c.end)
        return meaning.type, meaning.value

    # -- the calendar ---------------------------------------------------------------------------

    def calendar(self, c: Calendar, start: int, end: int) -> _Resolution:
        if c.season:
            return "DATE", f"{self.season_year(c, start, end)}-{c.season}"
        if c.easter is not None:
            year = c.year if c.year is not None else self.choose_year(c, start, end)
            if year is None:
                return "DATE", "XXXX-XX-XX"
            return self.with_time((_easter(year) + timedelta(days=c.easter)).isoformat(), c)
        if c.month is None and c.day is None and c.weekday is not None:
            return self.weekday(c, start, end)
        if c.month is None and c.day is not None:
            return self.weekday_and_day(c)
        if c.month is None:
            return "DATE", f"{c.year:04d}"
        year = c.year if c.year is not None else self.choose_year(c, start, end)
        ytext = "XXXX" if year is None else f"{year:04d}"
        if c.day is None:
            return "DATE", f"{ytext}-{c.month:02d}"
        return self.with_time(f"{ytext}-{c.month:02d}-{c.day:02d}", c)

    @staticmethod
    def with_time(day: str, c: Calendar | Shift | Narrative) -> _Resolution:
        if c.hour is not None:
            return "TIME", f"{day}T{c.hour:02d}:{c.minute or 0:02d}"
        if c.part:
            return "TIME", f"{day}T{c.part}"
        return "DATE", day

    def choose_year(self, c: Calendar, start: int, end: int) -> int | None:
        """The year the text does not give of a day and month, a month or a moving holiday."""
        a = self.anchor
        if a.year is None:
            return None
        if c.weekday is not None and c.month is not None and c.day is not None:
            year = a.year
            years = [y for y in range(year - 6, year + 7) if is_valid_date(y, c.month, c.day)
                     and date(y, c.month, c.day).weekday() == c.weekday]
            if years:
                return min(years, key=lambda y: (abs(y - year), y))
        if a.month is None:
            return a.year
        direction = c.direction if c.direction is not None else self.sentences.tense(start, end)

        def distance(y: int) -> int:  # from the anchor, in days (months of 30 days)
            day = _day_in(c, y)
            if day is not None and a.date is not None:
                return (day - a.date).days
            month = day.month if day else c.month or 1
            return ((y * 12 + month) - (a.year * 12 + a.month)) * 30  # type: ignore[operator]

        years = [a.year - 1, a.year, a.year + 1]
        if direction == -1:
            years = [y for y in years if distance(y) <= 0]
        elif direction == 1:
            years = [y for y in years if distance(y) >= 0]
        return min(years, key=lambda y: (abs(distance(y)), y != a.year))

    def season_year(self, c: Calendar, start: int, end: int) -> str:
        """The year of a season the text does not give, winter counted in the year of its
        December: "l'été dernier" the last one over before the anchor's month, "l'été prochain"
        the next one to begin after it, "cet été" the one under way, else the next one in a
        future clause, else the nearest (a past tense is no cue: "on a loué cet été"). A
        season alone is the one under way, else the next one in a future clause ("on le verra
        au printemps"), else the one of the anchor's year (the last winter in a past clause).
        """
        a = self.anchor
        if c.year is not None:
            return f"{c.year:04d}"
        if a.year is None:
            return "XXXX"
        if a.month is None or c.season not in _SEASON_START:
            return f"{a.year + (c.direction or 0):04d}"
        now = a.year * 12 + a.month - 1
        first = _SEASON_START[c.season] - 1  # months from January to its start, 0-based

        def bounds(y: int) -> tuple[int, int]:  # first and last month of the season of year y
            return y * 12 + first, y * 12 + first + 2

        years = range(a.year - 2, a.year + 2)
        current = next((y for y in years if bounds(y)[0] <= now <= bounds(y)[1]), None)
        last = max(y for y in years if bounds(y)[1] < now)
        following = min(y for y in years if bounds(y)[0] > now)
        if c.direction == -1:
            year = last
        elif c.direction == 1:
            year = following
        elif current is not None:
            year = current
        else:
            tense = self.sentences.tense(start, end)
            if tense == 1:
                year = following
            elif c.direction == 0:  # "cet hiver" not under way: the nearest
                year = min((last, following),
                           key=lambda y: min(abs(bounds(y)[0] - now), abs(bounds(y)[1] - now)))
            elif tense == -1 and c.season == "WI":
                year = last
            else:
                year = a.year
        return f"{year:04d}"

    def weekday(self, c: Calendar, start: int, end: int) -> _Resolution:
        assert c.weekday is not None
        a = self.anchor.date
        if a is None:
            return self.with_time(f"XXXX-WXX-{c.weekday + 1}", c)
        if c.direction in (-1, 1):  # "mercredi dernier", "lundi prochain": never the anchor day
            step = timedelta(days=c.direction)
            base = self.last_day(start) if c.anaphoric else None  # "le dimanche suivant"
            d = (base or a) + step
            while d.weekday() != c.weekday:
                d += step
            return self.with_time(d.isoformat(), c)
        named = self.named_day(c.weekday, a, start)
        if named:
            return self.with_time(named, c)
        back = (a.weekday() - c.weekday) % 7
        forward = (c.weekday - a.weekday()) % 7
        if self.sentences.after_deadline(start):
            direction = 1  # "jusqu'à mardi", "d'ici vendredi": a deadline is to come
        else:
            # In a clause without tense, the nearest ("ce lundi" too: yesterday in a Tuesday's
            # paper, tomorrow in a Sunday's).
            direction = self.sentences.tense(start, end) or (1 if forward < back else -1)
        d = a - timedelta(days=back) if direction < 0 else a + timedelta(days=forward)
        return self.with_time(d.isoformat(), c)

    def last_day(self, start: int) -> date | None:
        """The last known day named before ``start``."""
        for s, _, value in reversed(self.days):
            if s < start and _KNOWN_DAY.match(value):
                return date.fromisoformat(value)
        return None

    def named_day(self, weekday: int, a: date, start: int) -> str | None:
        """A day of this weekday named before ``start``, within a week of the anchor."""
        for s, _, value in reversed(self.days):
            if s < start and _KNOWN_DAY.match(value):
                d = date.fromisoformat(value)
                if d.weekday() == weekday and abs((d - a).days) <= 6:
                    return value
        return None

    def weekday_and_day(self, c: Calendar) -> _Resolution:
        """'le jeudi 12': the nearest month to the anchor's where the 12th is a Thursday."""
        a = self.anchor
        assert c.day is not None
        if a.year is None or a.month is None:
            return self.with_time(f"XXXX-XX-{c.day:02d}", c)
        options = []
        for k in (0, -1, 1):
            y, m = divmod(a.year * 12 + a.month - 1 + k, 12)
            if is_valid_date(y, m + 1, c.day) and date(y, m + 1, c.day).weekday() == c.weekday:
                options.append(date(y, m + 1, c.day))
        if not options:
            return self.with_time(f"{a.year:04d}-{a.month:02d}-{c.day:02d}", c)
        return self.with_time(options[0].isoformat(), c)

    # -- shifts from the anchor -------------------------------------------------------------------

    def shift(self, s: Shift) -> _Resolution:
        a = self.anchor
        if s.granularity == "minute":
            if a.date is None or a.hour is None:
                return "TIME", "XXXX-XX-XXTXX:XX"
            t = datetime(a.date.year, a.date.month, a.date.day, a.hour, a.minute or 0)
            return "TIME", (t + timedelta(minutes=s.minutes)).strftime("%Y-%m-%dT%H:%M")
        if s.granularity in ("day", "week", "weekend"):
            if a.date is None:
                if s.granularity == "day":
                    return self.with_time("XXXX-XX-XX", s)
                return "DATE", "XXXX-WXX" + ("-WE" if s.granularity == "weekend" else "")
            d = a.date + timedelta(days=s.days)
            if s.granularity == "day":
                return self.with_time(d.isoformat(), s)
            y, w, _ = d.isocalendar()
            return "DATE", f"{y:04d}-W{w:02d}" + ("-WE" if s.granularity == "weekend" else "")
        if s.granularity == "year":
            return "DATE", f"{a.year + s.months // 12:04d}" if a.year is not None else "XXXX"
        if a.year is None or a.month is None:
            return "DATE", "XXXX-XX" if s.granularity == "month" else "XXXX-QX"
        y, m = divmod(a.year * 12 + a.month - 1 + s.months, 12)
        if s.granularity == "quarter":
            return "DATE", f"{y:04d}-Q{m // 3 + 1}"
        return "DATE", f"{y:04d}-{m + 1:02d}"

    # -- the day a sentence speaks of -------------------------------------------------------------

    def narrative(self, n: Narrative, start: int) -> _Resolution:
        """'la veille', 'le lendemain': from the last day of this or the previous sentence."""
        sentence = self.sentences.sentence(start)
        base = next((v for s, _, v in reversed(self.days)
                     if s < start and self.sentences.sentence(s) >= sentence - 1), None)
        if base is None and self.anchor.date is not None:
            base = self.anchor.date.isoformat()
        if base is None or not _KNOWN_DAY.match(base):
            return self.with_time("XXXX-XX-XX", n)
        return self.with_time((date.fromisoformat(base) + timedelta(days=n.days)).isoformat(), n)

    def later(self, n: Later, start: int) -> _Resolution | None:
        """'deux ans plus tard', 'le mois suivant': from the last date named before, which must
        be at least as precise as the expression."""
        base = next((v for s, v in reversed(self.points) if s < start), None)
        m = _POINT.match(base) if base else None
        if m is None or (n.granularity != "year" and not m["m"]) or (
                n.granularity == "day" and not m["d"]):
            return (n.fallback.type, n.fallback.value) if n.fallback else None
        year = int(m["y"])
        if n.granularity == "year":
            return "DATE", f"{year + n.amount:04d}"
        if n.granularity == "month":
            y, mo = divmod(year * 12 + int(m["m"]) - 1 + n.amount, 12)
            return "DATE", f"{y:04d}-{mo + 1:02d}"
        d = date(year, int(m["m"]), int(m["d"])) + timedelta(days=n.amount)
        return "DATE", d.isoformat()

    def clock(self, c: Clock, start: int, end: int) -> _Resolution | None:
        """A time on the day named nearest before it in its sentence (not in a participial aside
        that closes before it), else after, else in the previous sentence, else the anchor
        day."""
        sentence = self.sentences.sentence(start)
        same = [(s, v) for s, e, v in self.days if self.sentences.sentence(s) == sentence
                and not (s < start and self.sentences.in_aside(s, e, start))]
        before = [v for s, v in same if s < start]
        after = [v for s, v in same if s >= end]
        day = before[-1] if before else after[0] if after else None
        if day is None:
            if c.needs_day:
                return None
            previous = [v for s, _, v in self.days if self.sentences.sentence(s) == sentence - 1]
            anchor_day = self.anchor.date.isoformat() if self.anchor.date else "XXXX-XX-XX"
            day = previous[-1] if previous else anchor_day
        if c.hour is not None:
            return "TIME", f"{day}T{c.hour:02d}:{c.minute or 0:02d}"
        return "TIME", f"{day}T{c.part}"


def _day_in(c: Calendar, year: int) -> date | None:
    """The day ``c`` names in ``year``, if it names a day."""
    if c.easter is not None:
        return _easter(year) + timedelta(days=c.easter)
    if c.month is not None and c.day is not None and is_valid_date(year, c.month, c.day):
        return date(year, c.month, c.day)
    return None


def _easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def resolve_candidates(
    doc: Doc, chosen: list[Candidate], anchor: Timestamp | None
) -> list[tuple[Candidate, tuple[TimexType, str]]]:
    """The TIMEX3 type and value of each chosen candidate that has one, in text order."""
    resolver = _Resolver(_Anchor.of(anchor), Sentences.of(doc))
    found: list[tuple[Candidate, _Resolution]] = []
    # Days first, in order, each seeing the days named before it; then the times of day, which
    # take their day from their sentence.
    for c in sorted(chosen, key=lambda c: isinstance(c.meaning, Clock)):
        out = resolver.resolve(c)
        if out is None:
            continue
        found.append((c, out))
        if not isinstance(c.meaning, Clock) and _POINT.match(out[1]):
            resolver.points.append((c.start, out[1].split("T")[0]))
        if not isinstance(c.meaning, Clock) and _DAY_VALUE.match(out[1]):
            resolver.days.append((c.start, c.end, out[1].split("T")[0]))
    found.sort(key=lambda pair: pair[0].start)
    return found
