"""TIMEX3 value forms kept by the guidelines, and the business-news periods added in the third pass.

The conventions pinned here follow the TIMEX3 guidelines (TimeML 1.2.1, value attribute after the TIDES
2005 standard, as TempEval-3 scores them) where some gold files differ: parts of the day carry their
TMO/TAF/TEV/TNI token, a decade is its three digits ("196", no trailing X), ISO week numbers have two
digits, a year is written without X padding. The rules: "the 1988 quarter", "the September quarter",
"the current fiscal year", "the year to June 30", and "daily" as a newspaper's noun ("the Communist
Party daily Granma"). Every sentence is written by hand (none is corpus text); each test fails if its
rule or convention is removed.
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import format_timexes, tag

ANCHOR = date(1989, 11, 2)  # a Thursday, in the fourth quarter: the last complete quarter is 1989-Q3


def find(text: str, expr: str, anchor: date | None = ANCHOR):
    found = [t for t in tag(text, anchor) if t.text == expr]
    assert len(found) == 1, format_timexes(tag(text, anchor))
    return found[0]


# --- conventions kept: the guidelines' forms ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The vote was held this morning.", "this morning", "1989-11-02TMO"),
        ("Police arrived Friday night.", "Friday night", "1989-10-27TNI"),
        ("The board met Tuesday evening.", "Tuesday evening", "1989-10-31TEV"),
        ("They met again the next morning, after talks on Oct. 3.", "the next morning", "1989-11-03TMO"),
    ],
)
def test_parts_of_day_keep_their_token_and_the_day_as_interval(text, expr, value):
    t = find(text, expr)
    assert (t.type, t.value) == ("TIME", value)
    day = date.fromisoformat(value[:10])
    assert t.interval == (day, day)  # the interval stays the whole day, whatever the token


def test_decades_are_three_digits_without_a_trailing_x():
    t = find("He was jailed in the 1960s.", "the 1960s")
    assert t.value == "196"
    assert t.interval == (date(1960, 1, 1), date(1969, 12, 31))


def test_week_numbers_have_two_digits():
    # ISO 8601 writes week 7 as W07 (some gold files write "2000-W7": not followed)
    assert find("Officials met last week.", "last week", date(2000, 2, 24)).value == "2000-W07"


def test_a_bare_year_has_no_x_padding():
    # the year as written: "1968", not "1968-XX" (a minority of gold files pad it)
    assert find("He fled in 1968 to Vienna.", "1968").value == "1968"


# --- "the 1988 quarter": that year's quarter of the one the story reports ----------------------------


def test_year_quarter_takes_the_quarter_named_before():
    text = "Its second-quarter net rose to $5 million from $4 million last year. It earned $2 million in the 1988 quarter."
    t = find(text, "the 1988 quarter")
    assert (t.value, t.interval) == ("1988-Q2", (date(1988, 4, 1), date(1988, 6, 30)))


def test_year_quarter_without_a_quarter_named_is_the_latest_complete_one():
    assert find("It earned $2 million in the 1988 quarter.", "the 1988 quarter").value == "1988-Q3"


def test_year_quarter_without_anchor_or_quarter_is_underspecified():
    t = find("It earned $2 million in the 1988 quarter.", "the 1988 quarter", None)
    assert (t.value, t.interval) == ("1988-QX", (date(1988, 1, 1), date(1988, 12, 31)))


def test_year_period_follows_a_named_quarter_else_is_the_year():
    text = "In the second quarter, profit rose. In the 1988 period, it earned $5 million."
    assert find(text, "the 1988 period").value == "1988-Q2"
    assert find("In the 1988 period, it earned $5 million.", "the 1988 period").value == "1988"


def test_year_quarter_is_no_antecedent():
    # the comparison period must not become "the quarter" of the next sentence
    text = "In the third quarter, net fell from $3 million in the 1988 quarter. Revenue in the quarter rose."
    assert find(text, "the quarter").value == "1989-Q3"


# --- "the September quarter": the quarter holding the month ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Net fell in the September quarter.", "the September quarter", "1989-Q3"),
        ("Net will rise in the March quarter.", "the March quarter", "1990-Q1"),
        # the year as for "the fourth quarter": a quarter begun by the anchor is this year's
        ("Sales slipped in the Dec. quarter.", "the Dec. quarter", "1989-Q4"),
    ],
)
def test_month_quarter(text, expr, value):
    assert find(text, expr).value == value


def test_month_quarter_without_anchor():
    assert find("Net fell in the June quarter.", "the June quarter", None).value == "XXXX-Q2"


# --- the year: "the current fiscal year", "the year to June 30" ---------------------------------------


def test_current_fiscal_year_is_the_anchors_year():
    t = find(
        "In 1987 it lost money; it expects a profit in the current fiscal year.", "the current fiscal year"
    )
    assert t.value == "1989"


def test_full_calendar_year():
    assert find("Sales for the full calendar year rose.", "the full calendar year").value == "1989"


def test_year_to_a_date_is_a_year_long_stretch():
    t = find("Sales in the year to June 30 rose 5%.", "the year")
    assert (t.type, t.value) == ("DURATION", "P1Y")
    assert find("Sales for the year rose.", "the year").value == "1989"  # the calendar year still


# --- "daily" as a newspaper ------------------------------------------------------------------------


def test_newspaper_daily_before_its_name_is_no_set():
    text = "The Communist Party daily Granma said the boy should return."
    assert [t.text for t in tag(text, ANCHOR)] == []


@pytest.mark.parametrize(
    "text",
    ["Prices were checked daily.", "Inspectors visited the site daily Monday through Friday."],
)
def test_daily_as_an_adverb_stays_a_set(text):
    t = find(text, "daily")
    assert (t.type, t.value) == ("SET", "P1D")


# --- clock times told by the part of the day ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        (
            "The father will leave at 4 in the morning, officials said.",
            "4 in the morning",
            "1989-11-02T04:00",
        ),
        ("The talks ran until nine o'clock at night.", "nine o'clock at night", "1989-11-02T21:00"),
        ("The shop opens at 8:30 in the morning.", "8:30 in the morning", "1989-11-02T08:30"),
        ("The meeting ended at 3 in the afternoon.", "3 in the afternoon", "1989-11-02T15:00"),
        ("On Oct. 3 the vote closed at 7 in the evening.", "7 in the evening", "1989-10-03T19:00"),
    ],
)
def test_clock_time_told_by_the_part_of_the_day(text, expr, value):
    t = find(text, expr)
    assert (t.type, t.value) == ("TIME", value)


def test_a_number_before_a_part_of_the_day_without_a_preposition_is_no_clock_time():
    assert [t.text for t in tag("He ranked 5 in the morning ratings.", ANCHOR)] == []


# --- "the year-ago month": the month in context, a year before --------------------------------------


def test_year_ago_month_is_the_month_named_a_year_before_and_no_antecedent():
    text = "Sales in February rose 5% from the year-ago month. Sales for the month were weak."
    t = find(text, "the year-ago month")
    assert (t.value, t.interval) == ("1988-02", (date(1988, 2, 1), date(1988, 2, 29)))
    assert find(text, "the month").value == "1989-02"  # "the month" is still February 1989


def test_year_ago_month_without_a_month_named_stays_the_year_before():
    assert find("Sales rose 5% from the year-ago month.", "the year-ago month").value == "1988"


# --- tense cues: arrangements ahead, and hard-wrapped lines ------------------------------------------

MON = date(1987, 3, 16)  # a Monday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # "is due to" + a verb is an arrangement ahead; "due to the strike" stays a cause
        ("Mexico is due to sign the loan on Friday.", "Friday", "1987-03-20"),
        ("Talks are due to begin in Moscow on Wednesday.", "Wednesday", "1987-03-18"),
        ("The delay was due to the strike on Friday.", "Friday", "1987-03-13"),
        # "had been due to expire Friday": arranged before; the day may be past
        ("The offer had been due to expire Friday.", "Friday", "1987-03-13"),
        # "likely to", "unlikely to" look ahead
        ("The bank is unlikely to change its policy on Thursday.", "Thursday", "1987-03-19"),
        ("Prices are likely to rise on Tuesday.", "Tuesday", "1987-03-17"),
    ],
)
def test_arrangement_cues(text, expr, value):
    assert find(text, expr, MON).value == value


@pytest.mark.parametrize(
    "text",
    [
        # a line break inside a sentence (wire copy wrapped at 70 characters) does not end it
        "House Democrats have been meeting and will continue talks\non Tuesday to develop a plan.",
        "Loan data are scheduled to be released on\nTuesday.",
    ],
)
def test_a_wrapped_line_does_not_end_the_sentence(text):
    assert find(text, "Tuesday", MON).value == "1987-03-17"


def test_a_headline_line_still_ends_its_sentence():
    # the headline's future does not reach the story's first sentence
    text = "Boeing will build new plant\nOfficials said on Tuesday that the site was chosen."
    assert find(text, "Tuesday", MON).value == "1987-03-10"


# --- seasons that are no seasons: "the fall in prices", "winter wheat" ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Earnings were hit by the fall in the value of the dollar.",
        "The office said the fall was largely due to lower prices.",
        "Western winter wheat areas have had light snow.",
        "Farmers sowed more spring barley than planned.",
    ],
)
def test_no_season(text):
    assert [t.text for t in tag(text, ANCHOR)] == []


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The bill will be completed by the fall.", "the fall", "1989-FA"),
        ("Production will rise in the fall to an annual rate of 2 mln.", "the fall", "1989-FA"),
        ("The harsh winter hurt the orchards.", "winter", "1989-WI"),
    ],
)
def test_seasons_still_found(text, expr, value):
    assert find(text, expr).value == value


def test_last_fall_in_a_place_is_a_season():
    assert find("He shot the doctor last fall in his home.", "last fall").value == "1988-FA"


# --- wire-copy figures: "3-1/2 year", and a figure before a table heading ------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("A 3-1/2 year labor contract at the plant expired.", "3-1/2 year", "P3.5Y"),
        ("The loan carries a 12-1/2 year repayment schedule.", "12-1/2 year", "P12.5Y"),
    ],
)
def test_hyphenated_half(text, expr, value):
    assert [(t.text, t.value) for t in tag(text, ANCHOR)] == [(expr, value)]


def test_a_figure_before_a_table_heading_is_no_duration():
    assert [t.text for t in tag("Revs 404,345 vs 1,558,951\n    Year\n    Shr loss 56 cts", ANCHOR)] == []


def test_a_duration_wrapped_over_a_line_is_still_one():
    assert find("The news conference lasted 32\nminutes in all.", "32\nminutes").value == "PT32M"
