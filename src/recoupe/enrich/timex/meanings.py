"""What a candidate expression means before it is resolved against the anchor and its context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from recoupe.models import TimexType


@dataclass(frozen=True, slots=True)
class Calendar:
    """A point of the calendar given by its parts; the missing ones come from the anchor."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    part: str | None = None  # "MO", "AF", "EV", "NI"
    hour: int | None = None
    minute: int | None = None
    direction: int | None = None  # -1 "dernier", +1 "prochain", 0 "ce"; None: from the tense
    anaphoric: bool = False  # "suivant", "précédent": counted from the last day named
    easter: int | None = None  # days after Easter Sunday, for the moving holidays
    season: str | None = None


@dataclass(frozen=True, slots=True)
class Shift:
    """So many minutes, days or months from the anchor, shown at a granularity."""

    granularity: Literal["minute", "day", "week", "weekend", "month", "quarter", "year"]
    days: int = 0
    months: int = 0
    minutes: int = 0
    part: str | None = None
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True, slots=True)
class Narrative:
    """So many days from the last day the text spoke of ("la veille", "le lendemain")."""

    days: int
    part: str | None = None
    hour: int | None = None
    minute: int | None = None


@dataclass(frozen=True, slots=True)
class Clock:
    """A time or a part of the day, on the day its sentence speaks of."""

    hour: int | None = None
    minute: int | None = None
    part: str | None = None
    needs_day: bool = False  # "la soirée" counts only beside a day named in its sentence


@dataclass(frozen=True, slots=True)
class Fixed:
    """A value known from the words alone: durations, sets, references, decades."""

    type: TimexType
    value: str


@dataclass(frozen=True, slots=True)
class Later:
    """So many days, months or years from the last date the text named ("deux ans plus tard",
    "le mois suivant"), shown at that granularity; ``fallback`` when no such date is named."""

    granularity: Literal["day", "month", "year"]
    amount: int
    fallback: Fixed | None = None


Meaning = Calendar | Shift | Narrative | Later | Clock | Fixed
