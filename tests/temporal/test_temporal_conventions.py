"""TimeML conventions and general English-news rules added from the dev error analysis.

Each test names the error class it guards; all of them can fail (a rule removed brings back the
old value or span).
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import format_timexes, tag
from graphbuild.temporal.holidays import easter, nth_weekday
from graphbuild.temporal.tense import sentence_bounds, tense_cue

FRI = date(1998, 2, 13)  # a Friday
MON = date(2000, 4, 3)  # a Monday


def find(text: str, anchor: date | None, expr: str):
    found = [t for t in tag(text, anchor) if t.text == expr]
    assert len(found) == 1, format_timexes(tag(text, anchor))
    return found[0]


def texts(text: str, anchor: date | None = FRI) -> list[str]:
    return [t.text for t in tag(text, anchor)]


# --- tense cues: which way a bare weekday points -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "expr", "value"),
    [
        # "as soon as Tuesday" looks ahead
        ("The group might come to the U.S. as soon as Tuesday, reports said.", MON, "Tuesday", "2000-04-04"),
        # a be-infinitive is a future arrangement
        ("The stock is to resume trading in Paris Tuesday.", date(1989, 10, 27), "Tuesday", "1989-10-31"),
        # plans made in the past for a day still ahead
        ("The team planned to leave Nairobi on Thursday.", date(1998, 9, 30), "Thursday", "1998-10-01"),
        # "9 a.m. EST Tuesday": the period of "a.m." does not end the sentence, so "until" governs
        (
            "INS extended its deadline until 9 a.m. EST Tuesday.",
            MON,
            "9 a.m. EST Tuesday",
            "2000-04-04T09:00",
        ),
    ],
)
def test_future_cues(text, anchor, expr, value):
    assert find(text, anchor, expr).value == value


def test_present_passive_is_not_a_past_cue():
    # "is heard" is not a past tense: "in May" stays the coming May, not last year's
    t = "They may lose the fight when the case is heard in May in the appeals court."
    assert find(t, date(2000, 3, 29), "May").value == "2000-05"
    assert find("The case was heard in May.", date(2000, 3, 29), "May").value == "1999-05"


def test_present_perfect_does_not_move_a_close_date_a_year_back():
    t = "Dunkin' has set Nov. 10 as the deadline for competing bids."
    assert find(t, date(1989, 11, 2), "Nov. 10").value == "1989-11-10"


def test_due_to_is_a_cause_not_a_plan():
    t = "Output is down due to the strike on Friday."
    assert tense_cue(t, t.index("Friday"), t.index("Friday") + 6).tense is None
    t = "Talks are expected to resume on Friday."
    assert tense_cue(t, t.index("Friday"), t.index("Friday") + 6).tense == "future"


def test_sentence_bounds_skip_abbreviations():
    t = "He told Mr. Smith on Monday. It rained."
    s, e = sentence_bounds(t, t.index("Monday"), t.index("Monday") + 6)
    assert t[s:e] == "He told Mr. Smith on Monday."


# --- durations that are not durations --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A second group of directors backed the bid.",  # the ordinal
        "It will be a second betrayal, she said.",
        "Funds account for more than a quarter of the market.",  # a fraction
    ],
)
def test_ordinals_and_fractions_are_not_durations(text):
    assert [t.type for t in tag(text, FRI)] == []


def test_a_second_of_time_is_still_a_duration():
    assert find("A second later it exploded.", FRI, "A second later").type == "DATE"
    assert find("It lasted a second or two.", FRI, "a second").value == "PT1S"
    assert find("The stake fell to a quarter of 1990 levels.", FRI, "1990").value == "1990"


# --- ranges: TimeML marks each date of "Aug. 26 to Oct. 20" --------------------------------------


def test_range_with_two_month_names_is_two_expressions_in_timeml(tmp_path):
    from graphbuild.temporal.tagger import tag_timexes

    text = "Shares were bought from Aug. 26 to Oct. 20 for cash."
    parts = tag_timexes(text, date(1989, 10, 30), merge_ranges=False)
    assert [(t.text, t.value) for t in parts] == [("Aug. 26", "1989-08-26"), ("Oct. 20", "1989-10-20")]
    (joined,) = tag(text, date(1989, 10, 30))  # the public API still joins them into one range
    assert (joined.text, joined.interval) == ("Aug. 26 to Oct. 20", (date(1989, 8, 26), date(1989, 10, 20)))
    assert find("Ministers meet November 28-29.", date(2023, 11, 20), "November 28-29").value == "2023-11-28"


# --- holidays ---------------------------------------------------------------------------------------


def test_holiday_calendar():
    assert easter(2013) == date(2013, 3, 31)
    assert easter(2000) == date(2000, 4, 23)
    assert nth_weekday(1999, 11, 3, 4) == date(1999, 11, 25)  # Thanksgiving
    assert nth_weekday(2008, 5, 0, -1) == date(2008, 5, 26)  # Memorial Day


@pytest.mark.parametrize(
    ("text", "anchor", "expr", "value"),
    [
        (
            "He was plucked from the Atlantic on Thanksgiving Day.",
            date(2000, 1, 6),
            "Thanksgiving Day",
            "1999-11-25",
        ),
        ("Stores expect a strong Christmas.", date(2008, 11, 20), "Christmas", "2008-12-25"),
        ("Last Christmas he was in Rome.", date(2000, 1, 6), "Last Christmas", "1999-12-25"),
        ("The sales ended on New Year's Eve 2008.", date(2009, 3, 1), "New Year's Eve 2008", "2008-12-31"),
        ("Talks resume after Easter.", date(2013, 3, 22), "Easter", "2013-03-31"),
        ("It was signed on Good Friday.", date(2013, 4, 10), "Good Friday", "2013-03-29"),
    ],
)
def test_holidays(text, anchor, expr, value):
    t = find(text, anchor, expr)
    assert (t.type, t.value, t.interval[0] and t.interval[0].isoformat()) == ("DATE", value, value)


def test_holiday_without_anchor_is_underspecified():
    assert find("on Christmas Day", None, "Christmas Day").value == "XXXX-12-25"
    assert find("on Easter Sunday", None, "Easter Sunday").value == "XXXX-XX-XX"  # a moving feast


def test_may_day_needs_capitals():
    assert texts("It may day by day get worse.") == []


# --- comparison periods in earnings news ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        (
            "Profit rose in the third quarter from the same period last year.",
            "the same period last year",
            "1988-Q3",
        ),
        ("Profit rose 5%. For the quarter a year ago, it lost money.", "the quarter a year ago", "1988-Q3"),
        ("In the comparable year-ago quarter it lost.", "the comparable year-ago quarter", "1988-Q3"),
        (
            "Sales in March rose from the same month a year earlier.",
            "the same month a year earlier",
            "1988-03",
        ),
    ],
)
def test_same_period_a_year_back(text, expr, value):
    assert find(text, date(1989, 10, 30), expr).value == value


def test_same_period_is_not_an_antecedent():
    # "the quarter" after a comparison period still means the quarter being reported
    t = "Profit rose in the third quarter from the same period last year. In the quarter, sales rose."
    assert find(t, date(1989, 10, 30), "the quarter").value == "1989-Q3"


# --- words that are not time expressions here -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The group began to fall apart.",  # "fall" the verb after "to"
        "Prices could fall further.",
        "This is VOA Today.",  # a programme's name
        "He read it in USA Today.",
        "You get strong redemptions that day and the next.",  # generic "that day", no date before it
    ],
)
def test_not_time_here(text):
    assert [t.text for t in tag(text, FRI) if t.type == "DATE"] == []


def test_today_at_sentence_start_and_fall_the_season_still_tag():
    assert find("Markets rallied. Today, he said, is different.", FRI, "Today").value == "1998-02-13"
    assert find("The vote is due in the fall.", FRI, "the fall").type == "DATE"
    assert find("On Feb. 3 he left. That day it rained.", FRI, "That day").value == "1998-02-03"


# --- spans and values added ---------------------------------------------------------------------------


def test_attributive_year_after_an_adjective():
    assert find("in his unsuccessful 1996 campaign", FRI, "1996").value == "1996"
    assert texts("He sold 1995 cars.") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Note: 1986 net includes a tax credit.", "1986"),  # a sentence's first word
        ("The company forecast for 1986 of 23.71 billion dlrs.", "1986"),
        ("It sold notes due 1992 with a 7-5/8 pct coupon.", "1992"),
        ("A spokesman for Santorum’s 2016 campaign declined.", "2016"),
        ("He focused on Sanders’ 2007 vote against the bill.", "2007"),
        ("Sales rose from the same 1985 period.", "1985"),
        ("Iraq was punished after its 1990\ninvasion of Kuwait.", "1990"),  # a wrapped line
    ],
)
def test_a_year_before_a_lowercase_word_after_a_lead_word(text, year):
    assert [t.value for t in tag(text, FRI) if t.rule.startswith("year")] == [year]


@pytest.mark.parametrize(
    "text",
    ["He cut 1986 jobs.", "Funds for 2000 workers were set aside.", "the coronavirus 2019-nCoV spread"],
)
def test_a_count_or_a_name_is_no_year(text):
    assert [t.text for t in tag(text, FRI) if t.rule.startswith("year")] == []


def test_years_after_pre_and_post():
    assert find("the post-1959 politics", FRI, "1959").value == "1959"
    assert find("its pre-1914 borders", FRI, "1914").value == "1914"
    assert texts("an F-1959 jet, a compost-1959 heap") == []


def test_these_days_is_present_ref():
    assert find("They hurt market makers more these days.", FRI, "these days").value == "PRESENT_REF"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Over the years many more patients died.", "the years", "PXY"),
        ("Funds may sell junk in the weeks ahead.", "the weeks ahead", "PXW"),
    ],
)
def test_vague_stretches(text, expr, value):
    t = find(text, FRI, expr)
    assert (t.type, t.value) == ("DURATION", value)


# --- durations with more words in them ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Eight trading days after Oct. 12 it recovered.", "Eight trading days", "P8D"),
        ("The loan may be extended for an additional year.", "an additional year", "P1Y"),
        ("He will stay for two more weeks.", "two more weeks", "P2W"),
        (
            "Shipments resume within two to three weeks.",
            "two to three weeks",
            "P2W",
        ),  # valued at the first count
        ("as it has for almost a hundred years", "almost a hundred years", "P100Y"),
        ("He probably died within weeks or months of his capture.", "weeks or months", "PXW"),
    ],
)
def test_longer_durations(text, expr, value):
    t = find(text, FRI, expr)
    assert (t.type, t.value) == ("DURATION", value)


# --- parts of the day, "the year", holiday weeks ---------------------------------------------------


def test_fuzzy_part_of_day():
    t = find("By mid afternoon, officials said the operation was over.", date(1998, 3, 6), "mid afternoon")
    assert (t.type, t.value, t.mod) == ("TIME", "1998-03-06TAF", "MID")
    t = find(
        "In London at mid-afternoon yesterday, shares were up.", date(1989, 11, 2), "mid-afternoon yesterday"
    )
    assert t.value == "1989-11-01TAF"


def test_the_year_before_an_amount_and_in_titles():
    assert find("It rose to a high for the year of $42.875.", date(1989, 10, 30), "the year").value == "1989"
    assert texts("He was named Man of the Year.") == []


def test_easter_week_containing_the_anchor_is_this_years():
    t = find("Protesters prayed as Easter week began.", date(2000, 4, 17), "Easter week")
    assert (t.value, t.interval) == ("2000-W16", (date(2000, 4, 17), date(2000, 4, 23)))


def test_easter_week_is_a_week():
    t = find("Holy Week 2013 began quietly.", None, "Holy Week 2013")
    assert (t.value, t.interval) == ("2013-W13", (date(2013, 3, 25), date(2013, 3, 31)))


def test_the_day_before_an_event_in_apposition_is_that_day():
    t = "Eight trading days after Oct. 12, the day before the stock market plunge, prices fell."
    assert find(t, date(1989, 10, 30), "the day before").value == "1989-10-12"
    t = "On Oct. 12 prices rose; the day before, they fell."  # no apposition: the day before Oct. 12
    assert find(t, date(1989, 10, 30), "the day before").value == "1989-10-11"


def test_the_month_and_the_week_in_context():
    a = date(2013, 3, 22)
    t = find("A deal is due by the end of the month.", a, "the end of the month")
    assert (t.value, t.mod, t.interval) == ("2013-03", "END", (date(2013, 3, 21), date(2013, 3, 31)))
    assert find("In January sales rose; for the month, they were up 5%.", a, "the month").value == "2013-01"
    assert find("For the week, the index fell 2%.", a, "the week").value == "2013-W12"
    assert texts("The month was hard. He was named employee of the month.", a) == []
    t = "The index fell 5 points on Friday, Oct. 27. For the week, it dropped 3.8%."
    assert find(t, date(1989, 10, 30), "the week").value == "1989-W43"  # the week of that Friday


def test_sentence_start_expression_takes_no_cue_from_the_previous_sentence():
    # "would" ends the previous sentence: "Over the weekend" (written on a Monday) is the one just past
    t = "The offer would give McCaw control. Over the weekend, McCaw continued to call for an auction."
    assert find(t, date(1989, 10, 30), "the weekend").value == "1989-W43-WE"


@pytest.mark.parametrize(
    "module",
    ["calendar", "clockwords", "dates", "holidays", "lexicon", "patterns", "published", "tagger", "tense"],
)
def test_doctests(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"graphbuild.temporal.{module}"))
    assert result.failed == 0 and result.attempted > 0
