"""General news rules (issue #3, second pass): wire-service clock times and period prefixes, "the end of
the decade", "the week to ...", vague stretches of hours, clock times after a coarse date, and tense cues
("next to", reporting verbs after a fronted adverbial, schedule verbs in the present, "should").

Every sentence here is written by hand (none is corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import format_timexes, tag
from graphbuild.temporal.tense import tense_hint

ANCHOR = date(2008, 10, 15)  # a Wednesday: the Friday before is Oct. 10, the one after Oct. 17


def pairs(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, anchor)]


def only(text: str, anchor: date | None = ANCHOR) -> tuple[str, str]:
    found = tag(text, anchor)
    assert len(found) == 1, format_timexes(found)
    return found[0].text, found[0].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The statement came at 10 a.m. (1400 GMT).",
            [("10 a.m.", "2008-10-15T10:00"), ("1400 GMT", "2008-10-15T14:00Z")],
        ),
        ("Trading resumed at 0930 UTC.", [("0930 UTC", "2008-10-15T09:30Z")]),
    ],
)
def test_wire_service_24_hour_times_with_a_zone(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company employs 1400 people.",  # a count, no zone after it
        "Shares rose in 1400 trades.",
        "It cost $1400 GMT-branded.",
    ],
)
def test_four_digit_numbers_without_a_zone_are_not_times(text: str) -> None:
    assert not [t for t in tag(text, ANCHOR) if t.type == "TIME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Debt will peak at end-2009.", ("end-2009", "2009")),
        ("Sales will recover by end-March.", ("end-March", "2009-03")),
    ],
)
def test_end_hyphen_prefix_is_the_end_of_the_period(text: str, expected: tuple[str, str]) -> None:
    (t,) = tag(text, ANCHOR)
    assert ((t.text, t.value), t.mod) == (expected, "END")


def test_the_end_of_the_decade_is_the_anchors_decade() -> None:
    (t,) = tag("By the end of the decade sales may double.", ANCHOR)
    assert (t.text, t.value, t.mod) == ("the end of the decade", "200", "END")


def test_bare_the_decade_is_left_alone() -> None:
    # "over the decade" may be a stretch of ten years or the current decade: no rule guesses
    assert pairs("Prices doubled over the decade.") == []


def test_the_week_to_a_day_is_that_days_week() -> None:
    assert only("In the week to Oct. 10, stocks lost 18 percent.") == ("the week to Oct. 10", "2008-W41")


def test_next_to_is_a_place_not_a_future_cue() -> None:
    text = "The bomb ripped through a building next to the embassy Friday morning."
    assert only(text) == ("Friday morning", "2008-10-10TMO")
    assert only("The board will meet next Friday.") == ("next Friday", "2008-10-17")


def test_reporting_verb_of_the_main_clause_after_a_fronted_adverbial_dates_it() -> None:
    # the future "would" belongs to what was said, not to the interview
    assert only("In an interview Friday, he said the plan would work.") == ("Friday", "2008-10-10")
    assert only("On Friday, the board will vote, officials said.") == ("Friday", "2008-10-17")


@pytest.mark.parametrize(
    "text",
    [
        "The offer expires Friday.",
        "The ceremony takes place on Friday.",
        "The summit opens Friday in Geneva.",
        "The new rule takes effect Friday.",
    ],
)
def test_present_schedule_verbs_point_ahead(text: str) -> None:
    i = text.index("Friday")
    assert tense_hint(text, i, i + len("Friday")) == "future"
    assert ("Friday", "2008-10-17") in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The offer expired Friday.",
        "The ceremony took place on Friday.",
        "The summit opened Friday in Geneva.",
    ],
)
def test_past_schedule_verbs_still_point_back(text: str) -> None:
    assert ("Friday", "2008-10-10") in pairs(text)


def test_bare_clock_time_in_a_later_sentence_than_a_coarse_date_is_on_the_anchor_day() -> None:
    text = "The plane was unveiled in January. The take-off, at 08:30 UTC, was normal."
    assert pairs(text)[1] == ("08:30 UTC", "2008-10-15T08:30Z")


def test_bare_clock_time_in_the_sentence_of_a_coarse_date_stays_underspecified() -> None:
    assert pairs("The vote closed in 2021 at 10:30.")[1] == ("10:30", "XXXX-XX-XXT10:30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales should recover by end-March.", ("end-March", "2009-03")),
        ("The work should be completed by Friday.", ("Friday", "2008-10-17")),
        ("The plant should reopen in March.", ("March", "2009-03")),
    ],
)
def test_should_looks_ahead(text: str, expected: tuple[str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The work should have been completed by Friday.", "The deal would have closed on Friday."],
)
def test_would_or_should_have_is_a_past_counterfactual(text: str) -> None:
    assert only(text) == ("Friday", "2008-10-10")


def test_will_have_is_still_ahead() -> None:
    assert only("The fire will have burned 2,000 acres by Friday.") == ("Friday", "2008-10-17")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers expect to reach them within hours.", ("hours", "PTXH")),
        ("The talks went on for hours.", ("hours", "PTXH")),
        ("The fire was out within minutes of the blast.", ("minutes", "PTXM")),
        ("In recent hours the storm weakened.", ("recent hours", "PTXH")),
    ],
)
def test_vague_stretches_of_hours_and_minutes(text: str, expected: tuple[str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize("text", ["The hours were long.", "Minutes of the meeting were published."])
def test_hours_and_minutes_as_nouns_are_left_alone(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Summer Olympics were held in August.",
        "Winter Park residents protested.",
        "The band Fall Out Boy played.",
        "He appeared on the Tonight Show with the host.",
        "Viewers of the Today Show called in.",
    ],
)
def test_capitalised_time_words_heading_a_name_are_not_times(text: str) -> None:
    assert [t for t in tag(text, ANCHOR) if t.rule.startswith(("season", "deictic"))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today Apple said it would cut prices.", ("Today", "2008-10-15")),  # opens the sentence: a date
        ("Yesterday President Bush spoke.", ("Yesterday", "2008-10-14")),
        ("Prices rise in summer.", ("summer", "2008-SU")),
        ("Summer sales rose.", ("Summer", "2008-SU")),
    ],
)
def test_capitalised_time_words_before_other_words_stay_times(text: str, expected: tuple[str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices fell over the past year and a half.", ("the past year and a half", "P1.5Y")),
        ("Sales doubled in the past decade and a half.", ("the past decade and a half", "P15Y")),
        ("The next hour and a half will decide.", ("The next hour and a half", "PT1H30M")),
    ],
)
def test_the_past_unit_and_a_half(text: str, expected: tuple[str, str]) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The weekend of Oct. 4 was busy.", ("The weekend of Oct. 4", "2008-W40-WE")),
        ("Over the weekend of Sept. 27, talks failed.", ("the weekend of Sept. 27", "2008-W39-WE")),
    ],
)
def test_the_weekend_of_a_day_is_that_weeks_weekend(text: str, expected: tuple[str, str]) -> None:
    (t,) = tag(text, ANCHOR)
    assert (t.text, t.value) == expected
    assert (
        t.interval[0] is not None
        and t.interval[0].weekday() == 5
        and (t.interval[1] - t.interval[0]).days == 1
    )


def test_the_weekend_then_a_day_in_another_clause_stay_apart() -> None:
    assert pairs("Over the weekend, Oct. 4 was chosen.") == [
        ("the weekend", "2008-W41-WE"),
        ("Oct. 4", "2008-10-04"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year right after the period word names which quarter or half, as "of 1986" does
        ("The company reported a fourth-quarter 1985 loss.", ("fourth-quarter 1985", "1985-Q4")),
        ("The first quarter 1986 results were weak.", ("The first quarter 1986", "1986-Q1")),
        ("Net loss for 4th qtr 1986 includes a charge.", ("4th qtr 1986", "1986-Q4")),
        ("It posted first-half 2006 profit of 3 mln dlrs.", ("first-half 2006", "2006-H1")),
        ("The second half 2005 was weaker.", ("The second half 2005", "2005-H2")),
        ("Sales fell in the fourth quarter of 2005.", ("the fourth quarter of 2005", "2005-Q4")),
    ],
)
def test_a_year_after_a_quarter_or_half_without_of(text: str, expected: tuple[str, str]) -> None:
    assert only(text) == expected


def test_a_round_number_after_a_quarter_counts_something() -> None:
    assert pairs("In the third quarter 2000 jobs went.") == [("the third quarter", "2008-Q3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ending its clause, "before" is "earlier": counted from the date in context
        (
            "In 2005 the firm lost money. Two years before, it had earned 3 mln dlrs.",
            [("2005", "2005"), ("Two years before", "2003")],
        ),
        (
            "In the third quarter, profit rose 12 pct from a year before.",
            [("the third quarter", "2008-Q3"), ("a year before", "2007-Q3")],
        ),
        # before a noun phrase "before" is a preposition: the duration alone is the expression
        ("He left two days before the vote.", [("two days", "P2D")]),
    ],
)
def test_a_stretch_before_at_a_clause_end_counts_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year" after a quarter or a half is the year that holds it
        (
            "Net fell to 2.1 mln dlrs in the fourth quarter of 2007 and to 9.3 mln dlrs in the year.",
            [("the fourth quarter of 2007", "2007-Q4"), ("the year", "2007")],
        ),
        (
            "It lost 3 mln dlrs in fourth-quarter 2007 and earned 8 mln dlrs for the year.",
            [("fourth-quarter 2007", "2007-Q4"), ("the year", "2007")],
        ),
        # unless the sentence looks ahead: the year to come is the anchor's
        (
            "Sales rose in the first half of 2008. Growth will continue during the year.",
            [("the first half of 2008", "2008-H1"), ("the year", "2008")],
        ),
        (
            "Sales rose in the first half of 2007. Growth will continue during the year.",
            [("the first half of 2007", "2007-H1"), ("the year", "2008")],
        ),
    ],
)
def test_the_year_after_a_quarter_or_a_half(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_comparisons_baseline_is_no_antecedent() -> None:
    # "a year earlier" after "from <figure>" is what the figure is compared with; "the prior year" and
    # the next "a year earlier" count from the story's own time, not from that baseline
    text = "In 2007 sales rose to 240.8 mln dlrs from 223.8 mln dlrs a year earlier. Sales for the prior year rose."
    assert pairs(text) == [("2007", "2007"), ("a year earlier", "2006"), ("the prior year", "2006")]
    text = "In 2007 sales rose to $240.8 million from $223.8 million a year before. Exports rose to 150,000 from 120,000 a year earlier."
    assert pairs(text) == [("2007", "2007"), ("a year before", "2006"), ("a year earlier", "2006")]


def test_a_year_earlier_in_narration_stays_an_antecedent() -> None:
    text = (
        "In 2007 the firm lost money. A year earlier it had earned 3 mln dlrs. The prior year it broke even."
    )
    assert pairs(text) == [("2007", "2007"), ("A year earlier", "2006"), ("The prior year", "2005")]
