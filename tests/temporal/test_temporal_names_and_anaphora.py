"""Issue #3, third pass: time words inside names ("the Arab Spring", "Easter Island", "Hurriyet Daily News"),
bare "current", feast and shopping days, weekdays counted from the day named before ("the following
Monday") and US time zones written without their standard/daylight letter ("3 p.m. ET").

Every sentence here is written by hand (none is corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import format_timexes, tag

ANCHOR = date(2013, 3, 20)  # a Wednesday; Easter 2013 is March 31, Thanksgiving 2012 November 22


def pairs(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, anchor)]


@pytest.mark.parametrize(
    "text",
    [
        "It cited current market conditions.",
        "The private group that runs the current system objects.",
        "Mr. Blair's current visit to Washington went well.",
    ],
)
def test_bare_current_is_not_a_time(text: str) -> None:
    assert pairs(text) == []


def test_currently_and_the_current_period_stay_times() -> None:
    assert pairs("The group currently holds 45% of the shares.") == [("currently", "PRESENT_REF")]
    assert pairs("Sales fell in the current quarter.") == [("the current quarter", "2013-Q1")]


@pytest.mark.parametrize(
    "text",
    [
        "Protests recalled the Arab Spring uprisings.",
        "Tanks ended the Prague Spring.",
        "Ankara named it Operation Peace Spring after talks.",
        "Arab Spring protests spread quickly.",
    ],
)
def test_a_season_ending_a_name_is_no_season(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Spring, prices rise.", [("Spring", "2013-SP")]),
        ("They met in Spring 2004.", [("Spring 2004", "2004-SP")]),
        ("See You Next Spring", [("Next Spring", "2014-SP")]),
    ],
)
def test_capitalised_seasons_after_time_words_stay_seasons(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials flew to Easter Island.",
        "Asylum seekers were held on Christmas Island.",
        "The Good Friday Agreement ended the conflict.",
        "The Great Orchestra of Christmas Charity raised money.",
        "Historians studied the Easter Rising.",
    ],
)
def test_a_holiday_inside_a_name_is_no_date(text: str) -> None:
    found = tag(text, ANCHOR)
    assert found == [], format_timexes(found)


def test_holidays_before_lower_case_words_and_days_stay_dates() -> None:
    assert pairs("Talks resume after Easter.") == [("Easter", "2013-03-31")]
    assert pairs("They met on Christmas Eve.") == [("Christmas Eve", "2012-12-24")]
    assert pairs("Shops will open on Good Friday.") == [("Good Friday", "2013-03-29")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds queued for Black Friday deals.", ("Black Friday", "2012-11-23")),
        ("Online sales peaked on Cyber Monday.", ("Cyber Monday", "2012-11-26")),
        ("The fast began on Ash Wednesday.", ("Ash Wednesday", "2013-02-13")),
        ("The pope will speak on Palm Sunday.", ("Palm Sunday", "2013-03-24")),
        ("The rite will be held on Maundy Thursday.", ("Maundy Thursday", "2013-03-28")),
        # the day of most US presidential primaries: held in election years only, so the last one
        ("Both candidates quit before Super Tuesday.", ("Super Tuesday", "2012-03-06")),
        ("Both candidates will campaign until Super Tuesday.", ("Super Tuesday", "2016-03-01")),
        # a year written before it, after "the"; before 2012 the day moved
        ("Unlike the 1988 Super Tuesday, it was close.", ("1988 Super Tuesday", "1988-03-08")),
        ("The 2008 Super Tuesday was on Feb. 5.", ("2008 Super Tuesday", "2008-02-05")),
        ("It is the 2014 Christmas party.", ("2014 Christmas", "2014-12-25")),
    ],
)
def test_feast_and_shopping_days_are_holidays(text: str, expected: tuple[str, str]) -> None:
    assert pairs(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # "this" one is of the election year the anchor's cycle ends in; "last" and "next" a cycle apart
        ("He will win this Super Tuesday.", date(2015, 5, 1), [("this Super Tuesday", "2016-03-01")]),
        ("He won last Super Tuesday.", date(2015, 5, 1), [("last Super Tuesday", "2012-03-06")]),
        ("He won last Super Tuesday.", date(2016, 5, 1), [("last Super Tuesday", "2016-03-01")]),
        ("He will win next Super Tuesday.", date(2016, 5, 1), [("next Super Tuesday", "2020-03-03")]),
        # none was held before 1984: no day, and no error
        ("He won last Super Tuesday.", date(1981, 5, 1), []),
        ("He will win this Super Tuesday.", date(1900, 5, 1), []),
        ("He will win next Super Tuesday.", date(1900, 5, 1), []),
    ],
)
def test_super_tuesday_relative_to_the_anchor(text: str, anchor: date, expected: list) -> None:
    assert pairs(text, anchor) == expected


def test_a_year_without_the_holiday_is_no_holiday_of_that_year() -> None:
    # 1990 held no presidential primaries; a year before a holiday without "the" is the year's own
    assert [t for t, _ in pairs("The 1990 Super Tuesday never was.")] != ["1990 Super Tuesday"]
    assert pairs("In 2016 Christmas sales rose.")[0] == ("2016", "2016")
    assert pairs("They bathe 2014 Christmas trees.")[0] == ("2014", "2014")


def test_daily_in_a_newspaper_title_is_no_set() -> None:
    assert pairs("The report appeared in Hurriyet Daily News on Monday.") == [("Monday", "2013-03-18")]
    assert pairs("Sirens sound daily.") == [("daily", "P1D")]
    assert pairs("Daily flights resume.") == [("Daily", "P1D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote was on March 1. The following Monday, they met.",
            [("March 1", "2013-03-01"), ("The following Monday", "2013-03-04")],
        ),
        (
            "The strike began on Friday, March 8, and ended the following Tuesday.",
            [("Friday, March 8", "2013-03-08"), ("the following Tuesday", "2013-03-12")],
        ),
        (
            "The vote was on March 1. On the previous Tuesday, they met.",
            [("March 1", "2013-03-01"), ("the previous Tuesday", "2013-02-26")],
        ),
        # with no day named before, the anchor is the day counted from
        ("He will return the next Monday.", [("the next Monday", "2013-03-25")]),
        ("They had met the preceding Wednesday.", [("the preceding Wednesday", "2013-03-13")]),
    ],
)
def test_weekdays_counted_from_the_day_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_following_weekday_without_anchor_is_unresolved() -> None:
    assert pairs("They met the following Monday.", None) == [("the following Monday", "XXXX-WXX-1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The polls close at 8 p.m. ET Tuesday.", [("8 p.m. ET Tuesday", "2013-03-19T20:00")]),
        ("The deadline is 5 p.m. PT on Monday.", [("5 p.m. PT on Monday", "2013-03-18T17:00")]),
    ],
)
def test_us_zones_without_standard_or_daylight_letter(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stores close on Mondays.", [("Mondays", "XXXX-WXX-1")]),
        ("Two flights leave on Tuesday nights.", [("Tuesday nights", "XXXX-WXX-2TNI")]),
        (
            "He works Saturday mornings and Sundays.",
            [("Saturday mornings", "XXXX-WXX-6TMO"), ("Sundays", "XXXX-WXX-7")],
        ),
    ],
)
def test_plural_weekdays_are_sets(text: str, expected: list[tuple[str, str]]) -> None:
    found = tag(text, ANCHOR)
    assert [(t.text, t.value) for t in found] == expected
    assert {t.type for t in found} == {"SET"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # March 2013: the 1st is a Friday; the week holding most of March 1-7 is the one holding the 4th
        ("Talks began in the first week of March.", ("the first week of March", "2013-W10")),
        ("The vote came in the last week of February.", ("the last week of February", "2013-W09")),
        ("It ended in the final week of December 2006.", ("the final week of December 2006", "2006-W52")),
    ],
)
def test_a_week_of_a_month_is_one_week(text: str, expected: tuple[str, str]) -> None:
    found = tag(text, ANCHOR)
    assert [(t.text, t.value) for t in found] == [expected], format_timexes(found)
    lo, hi = found[0].interval
    assert lo is not None and hi is not None and (hi - lo).days == 6 and lo.weekday() == 0


def test_a_counted_weekday_with_its_date_is_dated_by_the_date() -> None:
    text = "They last saw him on the preceding Saturday, March 16, after his shift."
    assert pairs(text) == [("Saturday, March 16", "2013-03-16")]


def test_plural_weekday_after_the_names_a_movement() -> None:
    assert pairs("Students joined the Fridays for Future strikes.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2017 he left. That September, he returned.", [("2017", "2017"), ("That September", "2017-09")]),
        (
            "The protests began in 2009. That summer, she moved.",
            [("2009", "2009"), ("That summer", "2009-SU")],
        ),
        (
            "Talks began in March 2005. That fall, they failed.",
            [("March 2005", "2005-03"), ("That fall", "2005-FA")],
        ),
    ],
)
def test_that_month_or_season_is_in_the_year_of_the_story(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stocks that fall sharply are sold first.",
        "Weeds that spring up are pulled.",
        "She said that May would resign.",
    ],
)
def test_that_before_a_verb_or_a_name_is_no_season_or_month(text: str) -> None:
    assert pairs(text) == []
