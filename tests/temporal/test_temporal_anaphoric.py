"""Anaphoric "N units earlier/later" and bare clock times count from the last date in the text, never
from the publication date; the gate prefilter of :func:`find_spans` never changes what is found."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import patterns as pat
from graphbuild.temporal import tag

ANCHOR = date(2023, 12, 4)


def got(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str, tuple[date | None, date | None]]]:
    return [(t.text, t.value, t.interval) for t in tag(text, anchor)]


def test_years_earlier_counts_from_the_antecedent_year() -> None:
    text = "The war began in 1990. Eight years earlier, he had left."
    assert got(text)[1] == ("Eight years earlier", "1982", (date(1982, 1, 1), date(1982, 12, 31)))


def test_days_later_counts_from_the_antecedent_day() -> None:
    text = "The city fell on March 3, 2022. Two days later, talks began."
    assert got(text)[1] == ("Two days later", "2022-03-05", (date(2022, 3, 5), date(2022, 3, 5)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eight years earlier, he had left.", "XXXX"),
        ("A week later, talks began.", "XXXX-WXX"),
        ("The talks collapsed two days later.", "XXXX-XX-XX"),
        ("He was found three hours later.", "XXXX-XX-XX"),
    ],
)
def test_earlier_later_without_antecedent_stay_underspecified(text: str, value: str) -> None:
    (t,) = tag(text, ANCHOR)
    assert (t.value, t.interval, t.anchor) == (value, (None, None), None)
    assert t.rule.endswith(":no-antecedent")


def test_antecedent_too_coarse_stays_underspecified() -> None:
    (_, t) = tag("The war began in 1990. A week later, talks began.", ANCHOR)
    assert (t.value, t.interval) == ("XXXX-WXX", (None, None))


def test_hours_later_is_on_the_antecedent_day() -> None:
    (_, t) = tag("Police arrived on Friday, Dec. 1. Three hours later, the suspect surrendered.", ANCHOR)
    assert (t.text, t.value) == ("Three hours later", "2023-12-01")


def test_ago_still_counts_from_the_anchor() -> None:
    (_, t) = tag("The war began in 1990. He left eight years ago.", ANCHOR)
    assert t.value == "2015"


def test_bare_clock_time_takes_the_last_day_in_the_text() -> None:
    text = "On March 3, 2022 the city fell. At 3 p.m. troops entered."
    assert got(text)[1] == ("3 p.m.", "2022-03-03T15:00", (date(2022, 3, 3), date(2022, 3, 3)))


def test_bare_clock_time_without_any_date_before_it_is_on_the_anchor_day() -> None:
    # TIMEX3 practice for news: "at 3 p.m." with no day named is on the day the story was written
    (t,) = tag("The meeting starts at 3 p.m.", ANCHOR)
    assert (t.value, t.interval, t.rule) == ("2023-12-04T15:00", (ANCHOR, ANCHOR), "clock:anchor")
    (t,) = tag("Trading this week was calm. Shares fell at 10:30 a.m.", ANCHOR)[1:]
    assert t.value == "2023-12-04T10:30"


def test_bare_clock_time_after_another_period_is_underspecified() -> None:
    (t,) = tag("The vote closed in 2021 at 10:30.", ANCHOR)[1:]
    assert (t.value, t.interval) == ("XXXX-XX-XXT10:30", (None, None))
    (t,) = tag("The meeting starts at 3 p.m.", None)
    assert (t.value, t.rule) == ("XXXX-XX-XXT15:00", "clock:no-anchor")


def test_clock_time_in_utc_is_marked_z() -> None:
    (t,) = tag("The rocket lifted off at 08:30 UTC.", ANCHOR)
    assert t.value == "2023-12-04T08:30Z"
    (t,) = tag("The rocket lifted off at 08:30 EST.", ANCHOR)
    assert t.value == "2023-12-04T08:30"


def test_clock_right_after_a_day_still_joins_it() -> None:
    (t,) = tag("The vote ended Wednesday at 10 p.m.", ANCHOR)[1:]
    assert t.value == "2023-11-29T22:00"


PARAGRAPHS = [
    "NATO ministers met on Monday and will meet again next week, officials said on Dec. 3, 2023.",
    "Profit rose 5% in the third quarter from a year earlier; sales fell in fiscal 1989.",
    "Every Tuesday since early June, about two dozen protesters gathered at 10:30 a.m.",
    "The 1990s were quiet. In the spring of 2001, three years after the vote, the firm paid $2,000 a year.",
    "Between 1995 and 1998 output doubled; the twentieth century ended; sales grew 3% annually.",
    "The ceasefire began yesterday morning and lasted 48 hours, until midnight the same day.",
    "Q3 2022 results, due on 2022-11-04, cover the nine months ended Sept. 30.",
    "He said the past few weeks had been hard and the coming months would be harder still.",
    "may the best team win, in May 2024 or in the near future; the current account fell.",
    "Rates rose 1.25 pct to 7.5 pct in a 2.5-year deal; talks took 3 1/2 hours, two and a half days, 2½ weeks"
    " and half an hour; 0.75 weeks ago it was 4.10 days.",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_gates_never_change_the_spans(text: str) -> None:
    """The rule gates and the needle scan are only a speed-up: running every rule gives the same spans."""
    fast = [(s.start, s.end, s.rule) for s in pat.find_spans(text)]
    cands = []
    for rule in pat.RULES:
        for m in rule.regex.finditer(text):
            s, e = pat._trimmed(text, m.start(), m.end())
            if e > s and not pat.cuts_a_number(text, s) and (rule.check is None or rule.check(m, text)):
                cands.append((-(e - s), rule.priority, s, len(cands), (s, e, rule.name)))
    cands.sort(key=lambda c: c[:4])
    taken: list[tuple[int, int, str]] = []
    for *_, sp in cands:
        if not any(sp[0] < te and ts < sp[1] for ts, te, _ in taken):
            taken.append(sp)
    assert fast == sorted(taken)
    assert fast, "every paragraph has a time expression"


def test_needle_scan_overlaps() -> None:
    assert pat._overlaps("from now", "now")
    assert pat._overlaps("every", "ever") and not pat._overlaps("every", "same")
    assert pat._overlaps("back", "ck later")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It took almost two decades.", "P20Y"),
        ("for three centuries", "P300Y"),
        ("for several decades", "PXDE"),
    ],
)
def test_decade_and_century_durations_are_written_in_years(text: str, value: str) -> None:
    assert [t.value for t in tag(text, ANCHOR)] == [value]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Iraq was punished after its 1990 invasion of Kuwait.", ["1990"]),
        ("That 1978 resolution calls for a withdrawal.", ["1978"]),
        ("The firm's 1989 unconsolidated profit fell.", ["1989"]),
        ("The plant has its 2000 employees on leave.", []),
        ("The plant cut its 1500 jobs.", []),
    ],
)
def test_attributive_year_after_a_determiner(text: str, years: list[str]) -> None:
    assert [t.value for t in tag(text, ANCHOR) if t.rule.startswith("year")] == years


@pytest.mark.parametrize(
    "text", ["It happened 10,000,000 weeks ago.", "In 9999999 years from now.", "some 500000 centuries ago"]
)
def test_dates_beyond_the_calendar_are_dropped_not_raised(text):
    from datetime import date

    from graphbuild.temporal import tag

    for t in tag(text, date(2023, 12, 4)):
        assert t.interval[0] is None or t.interval[0].year < 10000
