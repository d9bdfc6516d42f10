"""General rules added for issue #3: halves and decimals, unit adjectives, "later in the day",
ordinal "a second", passive infinitives, "that quarter", datelines as anchors, UTC clock times.

Every sentence here is written by hand (none is corpus text).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graphbuild.temporal import format_timexes, tag
from graphbuild.temporal.fractional import decimal_duration_value, half_duration_value
from graphbuild.temporal.timeml import annotate_timeml, dateline_date, read_timeml

ANCHOR = date(2021, 6, 9)  # a Wednesday


def only(text: str, anchor: date | None = ANCHOR) -> tuple[str, str, str | None]:
    found = tag(text, anchor)
    assert len(found) == 1, format_timexes(found)
    return found[0].text, found[0].value, found[0].mod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The launch is nearly two and a half years late.",
            ("nearly two and a half years", "P2.5Y", "APPROX"),
        ),
        ("The strike lasted a year and a half.", ("a year and a half", "P1.5Y", None)),
        ("She spoke for an hour and a half.", ("an hour and a half", "PT1H30M", None)),
        ("A minute and a half passed.", ("A minute and a half", "PT1M30S", None)),
        ("The vote took half an hour.", ("half an hour", "PT30M", None)),
        ("It aired a half-hour special.", ("half-hour", "PT30M", None)),
        ("The dam has stood for half a century.", ("half a century", "P50Y", None)),
        ("It took one and a half days.", ("one and a half days", "P1.5D", None)),
    ],
)
def test_durations_with_a_half(text: str, expected: tuple[str, str, str | None]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before this rule the match was cut to "5 years" (P5Y)
        ("The mission will last 2.5 years.", ("2.5 years", "P2.5Y", None)),
        ("Their 1.5-hour meeting ended.", ("1.5-hour", "PT1H30M", None)),
        ("The loan runs 3.25 years.", ("3.25 years", "P3.25Y", None)),
    ],
)
def test_decimal_durations_keep_their_fraction(text: str, expected: tuple[str, str, str | None]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    "text", ["Shares rose 2.5 percent.", "It costs $1.5 million.", "Version 3.5 shipped."]
)
def test_decimals_without_a_unit_are_no_duration(text: str) -> None:
    assert tag(text, ANCHOR) == []


def test_half_and_decimal_values() -> None:
    assert half_duration_value(0, "year") == "P6M"
    assert half_duration_value(2, "decade") == "P25Y"
    assert decimal_duration_value("2.50", "week") == "P2.5W"
    assert decimal_duration_value("1.0", "day") == "P1D"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two firms ended their decades-long feud.", ("decades-long", "PXY", None)),
        ("Workers staged a day-long strike.", ("day-long", "P1D", None)),
        ("It marked the end of a years-old dispute.", ("years-old", "PXY", None)),
        ("Police ended an hour-long standoff.", ("hour-long", "PT1H", None)),
        ("A months-long siege ended.", ("months-long", "PXM", None)),
    ],
)
def test_unit_adjectives_without_a_number(text: str, expected: tuple[str, str, str | None]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    "text", ["A 12-year-old girl won.", "The year-old startup grew.", "She is 40 years old."]
)
def test_ages_are_not_unit_adjectives(text: str) -> None:
    assert tag(text, ANCHOR) == []


def test_two_day_long_keeps_its_number() -> None:
    assert only("They held a two-day-long summit.") == ("two-day-long", "P2D", None)


def test_later_in_the_day_is_the_day_in_context() -> None:
    assert only("The minister arrived later in the day.") == ("the day", "2021-06-09", None)
    found = tag("On Monday the talks stalled. Earlier in the day, envoys had met.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("Monday", "2021-06-07"), ("the day", "2021-06-07")]
    (t,) = tag("Later in the day the ferry sailed.", None)
    assert t.value == "XXXX-XX-XX"
    # "late in the day" is also the idiom for "belatedly": left alone
    assert tag("It is late in the day to change the rules.", ANCHOR) == []


@pytest.mark.parametrize(
    "text", ["A second Boeing jet landed.", "A second A320 was grounded.", "They ordered a second 747."]
)
def test_a_second_before_a_name_or_number_is_an_ordinal(text: str) -> None:
    assert tag(text, ANCHOR) == []


def test_a_second_of_time_stays() -> None:
    assert only("The lights went out for a second.") == ("a second", "PT1S", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a passive infinitive looks ahead even after a past reporting verb
        ("The firm announced a concert to be held on June 20.", "2021-06-20"),
        ("The firm announced on Monday a model to be released in July.", "2021-07"),
        # a plain past stays in the past, and so does a reported state ("believed to be killed")
        ("The firm held a concert on June 2.", "2021-06-02"),
        ("The hostage was believed to be killed in May.", "2021-05"),
    ],
)
def test_passive_infinitive_points_forward(text: str, value: str) -> None:
    assert tag(text, ANCHOR)[-1].value == value


def test_that_quarter_is_the_quarter_named_before() -> None:
    found = tag("Sales fell in the second quarter of 2019. Costs for that quarter rose.", ANCHOR)
    assert [(t.text, t.value) for t in found][-1] == ("that quarter", "2019-Q2")
    # without a quarter before it "that quarter" is no date we can place (a day's quarter may be fiscal)
    assert tag("Costs for that quarter rose.", ANCHOR) == []
    assert [t.text for t in tag("It closed on May 2, 2019. Costs for that quarter rose.", ANCHOR)] == [
        "May 2, 2019"
    ]


def test_dateline_date() -> None:
    assert dateline_date("Ferry service resumes\nMarch 4, 2020\nBoats sailed today.") == date(2020, 3, 4)
    assert dateline_date("Boats sailed on March 4, 2020, officials said.") is None
    assert dateline_date("Ferry service resumes\nMarch 4\nBoats sailed today.") is None


def test_a_timeml_file_without_dct_is_anchored_at_its_dateline(tmp_path: Path) -> None:
    src = tmp_path / "in.tml"
    src.write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d</DOCID>\n'
        "<TEXT>Ferry service resumes\nMarch 4, 2020\nBoats sailed today.</TEXT>\n</TimeML>\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.tml"
    annotate_timeml(src, out)
    _, dct, timexes = read_timeml(out)
    assert dct is None  # the file itself is not changed beyond <TEXT>
    assert [(t.text, t.value) for t in timexes] == [("March 4, 2020", "2020-03-04"), ("today", "2020-03-04")]


def test_most_recent_ranks_and_is_no_past_reference() -> None:
    assert tag("Their most recent phone sold well.", ANCHOR) == []
    # bare "recent" is no time expression at all (see test_temporal_generic_uses.py)
    assert tag("The recent floods hit farms.", ANCHOR) == []
    assert only("More recently, it began to sell books.")[1] == "PAST_REF"


FRIDAY = date(1999, 5, 7)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the main clause after a fronted time adverbial decides, not the preposition before the date
        ("Until Thursday, the police had not named a suspect.", "1999-05-06"),
        ("On Thursday, the board will vote on the merger.", "1999-05-13"),
        ("By Tuesday, the union will have decided.", "1999-05-11"),
        ("In March, the firm will open a plant.", "2000-03"),
        # a weak cue (a plan told in the past) does not move the date ahead
        ("On Thursday, the city planned to reopen the bridge.", "1999-05-06"),
        ("On Thursday, the board voted on the merger.", "1999-05-06"),
    ],
)
def test_fronted_time_adverbial_takes_the_tense_of_the_main_clause(text: str, value: str) -> None:
    (t,) = tag(text, FRIDAY)
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A hearing will be held the week of June 7.", ("the week of June 7", "1999-W23")),
        ("Shares lost 18% in the week ended May 7.", ("the week ended May 7", "1999-W18")),
        ("The show runs the week beginning May 10.", ("the week beginning May 10", "1999-W19")),
    ],
)
def test_the_week_of_a_day_is_that_week(text: str, expected: tuple[str, str]) -> None:
    (t,) = tag(text, FRIDAY)
    assert (t.text, t.value, t.granularity) == (*expected, "week")
    assert t.interval[0].weekday() == 0 and (t.interval[1] - t.interval[0]).days == 6


def test_the_week_of_an_event_is_left_alone() -> None:
    assert tag("Shares fell in the week of the crash.", FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The day before last Tuesday's vote, he resigned.", ("The day before last Tuesday", "1999-05-03")),
        ("The ship sailed the day after May 2.", ("the day after May 2", "1999-05-03")),
    ],
)
def test_the_day_before_a_day_is_its_neighbour(text: str, expected: tuple[str, str]) -> None:
    (t,) = tag(text, FRIDAY)
    assert (t.text, t.value) == expected


def test_past_plural_units_without_article_are_a_past_reference() -> None:
    # symmetric to "in coming months" (FUTURE_REF)
    assert only("Such sales were rare in past years.") == ("past years", "PAST_REF", None)
    assert only("Such sales will grow in coming years.") == ("coming years", "FUTURE_REF", None)
    assert only("Sales rose over the past years.") == ("the past years", "PXY", None)


JUNE_2 = date(2009, 6, 2)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "until" looks ahead, unless a past verb right before it governs the clause
        ("The store will stay open until June 1.", "2010-06-01"),
        ("The automaker had until June 1 to file a plan.", "2009-06-01"),
        ("The bridge was closed until June 1.", "2009-06-01"),
    ],
)
def test_until_after_a_past_verb_points_back(text: str, value: str) -> None:
    (t,) = tag(text, JUNE_2)
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a present tense points neither way: the nearest such month
        ("The deadline is in September.", "2009-09"),
        ("The review ended in September.", "2008-09"),
        ("The review will end in February.", "2010-02"),
    ],
)
def test_present_tense_takes_the_nearest_month(text: str, value: str) -> None:
    (t,) = [t for t in tag(text, JUNE_2) if t.granularity == "month"]
    assert t.value == value


@pytest.mark.parametrize(
    "text",
    ['She said on the show "48 Hours" that she was innocent.', "He told ``60 Minutes'' he would run."],
)
def test_a_quoted_title_with_a_capitalised_unit_is_no_duration(text: str) -> None:
    assert tag(text, ANCHOR) == []


def test_a_quoted_lower_case_duration_stays() -> None:
    assert only('He waited "60 minutes" for a reply.') == ("60 minutes", "PT60M", None)


JAN_18 = date(2007, 1, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "financial year" is the British "fiscal year"
        ("Sales rose at the start of the financial year.", ("the start of the financial year", "2007")),
        ("Profit fell in financial year 2005.", ("financial year 2005", "2005")),
        ("Profit fell in the fiscal year.", ("the fiscal year", "2007")),
    ],
)
def test_financial_year_is_a_fiscal_year(text: str, expected: tuple[str, str]) -> None:
    (t,) = tag(text, JAN_18)
    assert (t.text, t.value) == expected


def test_the_same_period_of_the_last_year_is_one_expression() -> None:
    found = tag("Profit rose from the same period of the last year.", JAN_18)
    assert [t.text for t in found] == ["the same period of the last year"]
    assert found[0].value == tag("Profit rose from the same period of last year.", JAN_18)[0].value


MARCH_16 = date(2011, 3, 16)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day named right after the clock time dates it ...
        ("The quake struck at 2:46 p.m. local time on Friday.", "2011-03-11T14:46"),
        ("The jet landed at 6:40 p.m. (GMT +8) on Friday.", "2011-03-11T18:40"),
        # ... but not a day in another clause
        ("It began at 9 a.m. and lasted until Friday.", "2011-03-16T09:00"),
    ],
)
def test_clock_time_takes_the_day_named_right_after_it(text: str, value: str) -> None:
    assert tag(text, MARCH_16)[0].value == value
