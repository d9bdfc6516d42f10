"""Invariants of the tagger on arbitrary text (Hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.temporal import resolve, tag
from graphbuild.temporal.calendar import value_interval

WORDS = st.sampled_from(
    [
        "on",
        "in",
        "the",
        "last",
        "next",
        "this",
        "early",
        "mid-",
        "late",
        "Monday",
        "Friday",
        "May",
        "March",
        "Dec.",
        "3",
        ",",
        "2014",
        "1990s",
        "28-29",
        "November",
        "to",
        "from",
        "every",
        "week",
        "weeks",
        "ago",
        "two",
        "several",
        "years",
        "yesterday",
        "same",
        "day",
        "previous",
        "quarter",
        "third",
        "spring",
        "winter",
        "-",
        ":",
        "10:30",
        "p.m.",
        "202-555-2014",
        "2,209,130",
        "F-16",
        "31",
        "members",
        "said",
        "will",
        ".",
        "\n",
        "year-end",
        "year",
        "nineteen",
        "ninety-six",
        "ahead",
        "of",
        "a",
        "Wednesday",
        "noon",
        "1988",
        "half",
        "Christmas",
        "Easter",
        "Thanksgiving",
        "Day",
        "period",
        "same",
        "Today",
        "these",
        "days",
        "fall",
        "as soon as",
        "is to",
        "a.m.",
        "Mr.",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join))
ANCHORS = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(TEXTS, ANCHORS)
def test_tag_invariants(text, anchor):
    found = tag(text, anchor)
    prev_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= prev_end  # sorted, non-overlapping
        prev_end = t.end
        s, e = t.interval
        assert (s is None) == (e is None)
        if s is not None:
            assert s <= e
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=100, deadline=None)
@given(TEXTS, ANCHORS)
def test_resolve_never_raises(text, anchor):
    t = resolve(text, anchor)
    if t is not None:
        assert text[t.start : t.end] == t.text
        if t.interval[0] is not None:
            assert t.interval[0] <= t.interval[1]


@settings(max_examples=200, deadline=None)
@given(TEXTS, ANCHORS)
def test_value_and_interval_agree(text, anchor):
    """A day value's interval is that day, a month value's covers that month, and so on.

    With a mod ("early June") or a range ("November 28-29") the interval lies inside the value's
    period or starts in it; a fully specified value never comes with an unrelated interval.
    """
    for t in tag(text, anchor):
        s, e = t.interval
        if s is None or t.type not in ("DATE", "TIME"):
            continue
        period = value_interval(t.value)
        if period is None:
            continue
        if "range" in t.rule:
            assert period[0] <= s <= period[1], (t.value, t.interval, t.rule)
        elif t.mod is None:
            assert (s, e) == period, (t.text, t.value, t.interval, t.rule)
        else:
            assert period[0] <= s <= e <= period[1], (t.text, t.value, t.interval, t.rule)
