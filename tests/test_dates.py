import pytest

from recoupe.ingest.dates import is_dateline, parse_dateline
from recoupe.models import Timestamp
from recoupe.timestamps import bounds, parse_timestamp


@pytest.mark.parametrize("value, expected", [
    ("2025-02", ("2025-02", "month")),
    ("2025", ("2025", "year")),
    ("2025-02-13", ("2025-02-13", "day")),
    ("2025-02-13T11:30", ("2025-02-13T11:30", "minute")),
    ("2025-02-13T11:30:05+01:00", ("2025-02-13T11:30:05+01:00", "second")),
    ("2025-02-13T10:30:00Z", ("2025-02-13T10:30:00+00:00", "second")),
    ("2025-02-13 11:30:00.123+0100", ("2025-02-13T11:30:00+01:00", "second")),
    ("Thu, 13 Feb 2025 11:30:00 +0100", ("2025-02-13T11:30:00+01:00", "second")),
    ("13 février 2025", ("2025-02-13", "day")),
    ("jeudi 13 févr. 2025 à 11h30", ("2025-02-13T11:30", "minute")),
    ("février 2025", ("2025-02", "month")),
    (1739442600, ("2025-02-13T10:30:00+00:00", "second")),
])
def test_parse_timestamp_keeps_the_precision_given(value, expected):
    assert parse_timestamp(value) == Timestamp(*expected)


@pytest.mark.parametrize("value", ["", None, "pas une date", "2025-13-45", True, [2025]])
def test_parse_timestamp_refuses_what_is_not_a_date(value):
    assert parse_timestamp(value) is None


def test_dateline_with_update():
    published, updated = parse_dateline("13 février 2025 11:30 Mis à jour: 13 février 2025 15:05")
    assert published == Timestamp("2025-02-13T11:30", "minute")
    assert updated == Timestamp("2025-02-13T15:05", "minute")


def test_dateline_update_time_only_takes_the_day_of_publication():
    published, updated = parse_dateline("Publié le mercredi 4 mars 2026 à 08h12, mis à jour à 10h47")
    assert published.value == "2026-03-04T08:12"
    assert updated.value == "2026-03-04T10:47"


def test_a_sentence_with_a_date_is_not_a_dateline():
    assert is_dateline("Publié le 4 mars 2026 à 11h30")
    assert is_dateline("04/03/2026 11:30")
    assert not is_dateline("Le président a parlé le 12 février 2025 avec son homologue russe")


def test_bounds_of_a_month_cover_the_month():
    assert bounds(Timestamp("2025-02", "month")) == ("2025-02-01T00:00:00", "2025-02-28T23:59:59")
    assert bounds(Timestamp("2024-02", "month"))[1] == "2024-02-29T23:59:59"
    assert bounds(Timestamp("2025-02-13T11:30+01:00", "minute")) == ("2025-02-13T11:30:00", "2025-02-13T11:30:59")
