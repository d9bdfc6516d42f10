"""resolve(): one date string (metadata) to a Timex, with dateparser's known failures guarded."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import resolve, tag
from graphbuild.temporal.dates import dateparser_interval

MON = date(2023, 12, 4)
WED = date(2023, 12, 6)


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("2023-12-04", "2023-12-04", "iso"),
        ("2023-12-04T10:00:00Z", "2023-12-04", "iso-datetime"),
        ("Mon, 4 Dec 2023 10:00:00 GMT", "2023-12-04", "rfc2822"),
        ("December 4, 2023", "2023-12-04", "month-day:explicit"),
        ("  Dec. 4, 2023 ", "2023-12-04", "month-day:explicit"),
    ],
)
def test_metadata_dates(text, value, rule):
    t = resolve(text, None)
    assert t is not None
    assert (t.value, t.interval) == (value, (date(2023, 12, 4),) * 2)
    assert t.rule.startswith(rule)
    assert text[t.start : t.end] == t.text


@pytest.mark.parametrize("text", ["", "   ", "no date here", "banana"])
def test_not_a_date(text):
    assert resolve(text, MON) is None


def test_dateparser_fallback_reads_other_formats():
    t = resolve("4th of Dec, 2023 at 10am", None)
    assert t is not None and t.interval[0] == date(2023, 12, 4)


# dateparser's known failures, each guarded.


def test_guard_day_range_is_not_read_as_1929():
    got = dateparser_interval("November 28-29", MON)
    assert got is not None
    assert got[1:3] == (date(2023, 11, 28), date(2023, 11, 29))
    t = resolve("November 28-29", MON)
    assert t is not None and t.value == "2023-11-28"


def test_guard_same_day_weekday_is_not_moved_back_a_week():
    assert dateparser_interval("Wednesday", WED) is None  # bare weekdays never reach dateparser
    t = resolve("Wednesday", WED)
    assert t is not None and t.value == WED.isoformat()
    assert [x.value for x in tag("He spoke on Wednesday.", WED)] == ["2023-12-06"]


def test_guard_month_does_not_copy_the_base_day():
    got = dateparser_interval("in February", WED)
    assert got is not None
    assert got == ("2023-02", date(2023, 2, 1), date(2023, 2, 28), "month")


def test_guard_interval_not_point_for_relative_month():
    got = dateparser_interval("last month", WED)
    assert got is not None
    assert got[1:] == (date(2023, 11, 1), date(2023, 11, 30), "month")
    t = resolve("last month", WED)
    assert t is not None and t.interval == (date(2023, 11, 1), date(2023, 11, 30))


def test_guard_year_is_a_year():
    got = dateparser_interval("2023", WED)
    assert got is not None and got[1:] == (date(2023, 1, 1), date(2023, 12, 31), "year")
