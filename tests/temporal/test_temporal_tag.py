"""Tagging and resolution of time expressions in running text (graphbuild.temporal.tag)."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.temporal import format_timexes, tag
from graphbuild.temporal.patterns import disjoint_first, find_spans

WED = date(2023, 11, 29)  # a Wednesday


def one(text: str, anchor: date | None = WED, expr: str | None = None):
    found = tag(text, anchor)
    if expr is not None:
        found = [t for t in found if t.text == expr]
    assert len(found) == 1, format_timexes(found)
    return found[0]


@pytest.mark.parametrize(
    ("text", "expr", "value", "interval"),
    [
        ("Talks on Dec. 3 failed.", "Dec. 3", "2022-12-03", (date(2022, 12, 3), date(2022, 12, 3))),
        ("He will travel on Dec. 3.", "Dec. 3", "2023-12-03", (date(2023, 12, 3), date(2023, 12, 3))),
        ("It was signed September 14, 2022.", "September 14, 2022", "2022-09-14", (date(2022, 9, 14),) * 2),
        ("Ministers met November 27 in Brussels.", "November 27", "2023-11-27", (date(2023, 11, 27),) * 2),
        ("The law passed in 2014.", "2014", "2014", (date(2014, 1, 1), date(2014, 12, 31))),
        ("The offensive began in May.", "May", "2023-05", (date(2023, 5, 1), date(2023, 5, 31))),
        ("The summit will be held in May.", "May", "2024-05", (date(2024, 5, 1), date(2024, 5, 31))),
        (
            "Foreign ministers met on 4 December 2023.",
            "4 December 2023",
            "2023-12-04",
            (date(2023, 12, 4),) * 2,
        ),
        ("Posted 2023-12-04 by staff.", "2023-12-04", "2023-12-04", (date(2023, 12, 4),) * 2),
    ],
)
def test_explicit_dates(text, expr, value, interval):
    t = one(text, expr=expr)
    assert (t.value, t.interval, t.type) == (value, interval, "DATE")


def test_day_range_is_one_timex_valued_at_its_start():
    t = one("Ministers meet November 28-29 in Brussels.", date(2023, 11, 20))
    assert t.text == "November 28-29"
    assert t.value == "2023-11-28"
    assert t.interval == (date(2023, 11, 28), date(2023, 11, 29))


def test_month_range_from_to():
    t = one("Production rose from January to December.", date(2023, 12, 20))
    assert t.text == "January to December"
    assert t.value == "2023-01"
    assert t.interval == (date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Stoltenberg spoke on Monday.", WED, "2023-11-27"),  # this week's Monday
        ("Stoltenberg spoke on Wednesday.", WED, "2023-11-29"),  # same day, not a week back
        ("Ministers will meet on Friday.", WED, "2023-12-01"),
        ("Ministers will meet on Monday.", WED, "2023-12-04"),
        ("They met last Friday.", WED, "2023-11-24"),
        ("They meet next Monday.", WED, "2023-12-04"),
    ],
)
def test_weekdays_under_news_conventions(text, anchor, value):
    t = next(t for t in tag(text, anchor) if t.granularity == "day")
    assert t.value == value
    assert t.interval == (date.fromisoformat(value),) * 2


def test_weekday_tense_is_local_to_its_clause():
    text = "NATO said on Monday that ministers will meet on Friday."
    got = {t.text: t.value for t in tag(text, WED)}
    assert got == {"Monday": "2023-11-27", "Friday": "2023-12-01"}


@pytest.mark.parametrize(
    ("expr", "type_", "value", "interval"),
    [
        ("last week", "DATE", "2023-W47", (date(2023, 11, 20), date(2023, 11, 26))),
        ("last month", "DATE", "2023-10", (date(2023, 10, 1), date(2023, 10, 31))),
        ("this year", "DATE", "2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("next year", "DATE", "2024", (date(2024, 1, 1), date(2024, 12, 31))),
        ("earlier this month", "DATE", "2023-11", (date(2023, 11, 1), WED)),
        ("yesterday", "DATE", "2023-11-28", (date(2023, 11, 28),) * 2),
        ("today", "DATE", "2023-11-29", (WED, WED)),
        ("tonight", "TIME", "2023-11-29TNI", (WED, WED)),
        ("the past year", "DURATION", "P1Y", (date(2022, 11, 30), WED)),
        ("recent weeks", "DURATION", "PXW", (None, None)),
        ("two weeks ago", "DATE", "2023-W46", (date(2023, 11, 13), date(2023, 11, 19))),
    ],
)
def test_relative_units(expr, type_, value, interval):
    t = one(f"It happened {expr}.", expr=expr)
    assert (t.type, t.value, t.interval) == (type_, value, interval)
    assert t.anchor == (WED if interval[0] else None)


@pytest.mark.parametrize(
    ("expr", "value", "mod", "interval"),
    [
        ("early June", "2023-06", "START", (date(2023, 6, 1), date(2023, 6, 10))),
        ("mid-November", "2023-11", "MID", (date(2023, 11, 11), date(2023, 11, 20))),
        ("late 2022", "2022", "END", (date(2022, 9, 1), date(2022, 12, 31))),
        ("the end of 1990", "1990", "END", (date(1990, 9, 1), date(1990, 12, 31))),
    ],
)
def test_fuzzy_parts(expr, value, mod, interval):
    t = one(f"Prices fell in {expr}.", expr=expr)
    assert (t.value, t.mod, t.interval) == (value, mod, interval)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Fighting slowed in the spring.", date(2023, 11, 1), "2023-SP"),
        ("A hard winter lies ahead.", date(2023, 11, 1), "2023-WI"),
        ("Prices rose last summer.", date(2013, 3, 1), "2012-SU"),
        ("Sales rose in the third quarter.", date(2023, 11, 1), "2023-Q3"),
        ("Sales will rise in the fourth quarter.", date(2023, 11, 1), "2023-Q4"),
        ("Growth was strong in Q2 2022.", date(2023, 11, 1), "2022-Q2"),
        ("It was built in the 1990s.", date(2023, 11, 1), "199"),
        ("Music of the '80s returned.", date(2023, 11, 1), "198"),
    ],
)
def test_seasons_quarters_decades(text, anchor, value):
    assert [t.value for t in tag(text, anchor)] == [value]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The war has lasted nine months.", "nine months", "P9M"),
        ("It took several days.", "several days", "PXD"),
        ("He gave a seven-minute address.", "seven-minute", "PT7M"),
        ("Talks lasted 24 hours.", "24 hours", "PT24H"),
        ("The two-year deal expires.", "two-year", "P2Y"),
    ],
)
def test_durations_have_no_interval(text, expr, value):
    t = one(text, expr=expr)
    assert (t.type, t.value, t.interval) == ("DURATION", value, (None, None))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They meet every week.", "P1W"),
        ("Sirens sound daily.", "P1D"),
        ("He calls every Monday.", "XXXX-WXX-1"),
    ],
)
def test_sets(text, value):
    t = one(text)
    assert (t.type, t.value) == ("SET", value)


def test_anaphora_resolves_against_the_text_not_the_anchor():
    text = "Talks opened on March 3, 2022. The same day, troops moved. The previous day, envoys met. That week was tense."
    got = {t.text: (t.value, t.rule) for t in tag(text, WED)}
    assert got["The same day"][0] == "2022-03-03"
    assert got["The previous day"][0] == "2022-03-02"
    assert got["That week"][0] == "2022-W09"
    assert all("antecedent" in rule for v, rule in list(got.values())[1:])


def test_anaphora_without_antecedent_falls_back_to_anchor():
    t = one("The previous day, envoys met.")
    assert t.value == "2023-11-28"
    assert "anchor" in t.rule


@pytest.mark.parametrize(
    "text",
    [
        "Russia is in the 22nd month of the war.",
        "The alliance has 31 members.",
        "The Seventy-seventh session of the Assembly opened.",
        "Ukraine wants F-16 jets.",
        "The fund holds 10 billion euros.",
        "Call 202-555-2014 for details.",
        "The city has 2,209,130 residents.",
        "About 2000 troops were sent.",
        "He may resign, and March on.",
    ],
)
def test_not_dates(text):
    assert tag(text, WED) == [], format_timexes(tag(text, WED))


def test_year_inference_past_tense_is_on_or_before_anchor():
    t = one("The deal was signed on December 20.", date(2023, 12, 4))
    assert t.value == "2022-12-20"
    t = one("The deal will be signed on December 20.", date(2023, 12, 4))
    assert t.value == "2023-12-20"


@pytest.mark.parametrize(
    ("text", "value", "rule_part"),
    [
        ("Ministers met November 27.", "XXXX-11-27", "no-anchor"),
        ("They met on Monday.", "XXXX-WXX-1", "no-anchor"),
        ("Prices fell last month.", "XXXX-XX", "no-anchor"),
        ("The offensive began in May.", "XXXX-05", "no-anchor"),
    ],
)
def test_without_anchor_values_stay_underspecified(text, value, rule_part):
    t = one(text, anchor=None)
    assert (t.value, t.interval) == (value, (None, None))
    assert rule_part in t.rule
    assert t.anchor is None


def test_explicit_dates_resolve_without_anchor():
    t = one("Signed September 14, 2022.", anchor=None)
    assert t.interval == (date(2022, 9, 14), date(2022, 9, 14))


def test_format_timexes_one_line_each():
    out = format_timexes(tag("On Dec. 3 and last week.", WED))
    lines = out.splitlines()
    assert len(lines) == 2
    assert "2023-12-03" in lines[0] and "rule=" in lines[0]
    assert "2023-W47" in lines[1]


def test_long_article_tags_every_repeat_of_its_expressions():
    """Speed is measured by bench/temporal.py, not here; this checks a long text is tagged whole."""
    para = (
        "NATO Secretary-General Jens Stoltenberg said on Monday that the alliance must be prepared for bad news, "
        "after a meeting of foreign ministers in Brussels on November 28-29. Ukraine's counteroffensive, launched "
        "in early June, failed over the past several months, and 31 members will meet again next year. "
    )
    once = [(t.text, t.value) for t in tag(para, WED)]
    repeats = 5000 // len(para) + 1
    assert [(t.text, t.value) for t in tag(para * repeats, WED)] == once * repeats


def test_hostile_text_with_tens_of_thousands_of_expressions_does_not_hang():
    """Choosing among overlapping candidates must not be quadratic in their number.

    40,000 expressions take about a second of CPU; the quadratic choice this guards against took
    over 30 s. The bound is a hang guard with a wide margin, not a speed measurement.
    """
    t0 = time.process_time()
    spans = find_spans("Dec. 3, " * 40_000)
    assert len(spans) == 40_000
    assert time.process_time() - t0 < 15


def _naive_disjoint_first(spans: list[tuple[int, int]]) -> list[int]:
    kept: list[int] = []
    for k, (s, e) in enumerate(spans):
        if not any(s < spans[j][1] and spans[j][0] < e for j in kept):
            kept.append(k)
    return kept


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=40
    )
)
def test_disjoint_choice_matches_the_plain_scan(spans: list[tuple[int, int]]) -> None:
    assert disjoint_first(spans) == _naive_disjoint_first(spans)


def test_cue_in_a_following_clause_does_not_govern():
    text = "He said in the early hours of Wednesday morning that reservists will be called up."
    t = one(text, date(2023, 12, 6))
    assert (t.type, t.value) == ("TIME", "2023-12-06TMO")


def test_later_counts_from_the_antecedent():
    t = one("The city fell on March 3, 2022. About a week later, talks began.", expr="About a week later")
    assert (t.value, t.mod) == ("2022-W10", "APPROX")
    assert "antecedent" in t.rule


def test_months_long_is_a_vague_duration_without_the_article():
    t = one("After a months-long siege the city fell.")
    assert (t.text, t.value) == ("months-long", "PXM")


def test_quarter_comparison_a_year_earlier():
    text = "Profit rose in the third quarter from a year earlier."
    got = [(t.text, t.value) for t in tag(text, date(1989, 10, 26))]
    assert got == [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Talks collapsed over the weekend.", "2023-W47-WE"), ("They will meet at the weekend.", "2023-W48-WE")],
)
def test_the_weekend(text, value):
    t = one(text)
    assert t.text == "the weekend"
    assert t.value == value
