"""General rules of the issue #3 round on spurious and anaphoric expressions: "that same day" / "that very
week" as anaphora, bare "recent" is no time, the generic "today's youth" / "the people of tomorrow" is
no day, "high noon" is no clock time.

Every sentence here is written by hand (none is corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import tag

ANCHOR = date(2021, 6, 9)  # a Wednesday


def found(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam broke on May 3. The village was evacuated that same day.",
            [("May 3", "2021-05-03"), ("that same day", "2021-05-03")],
        ),
        (
            "The strike began on May 3. That same week, the port closed.",
            [("May 3", "2021-05-03"), ("That same week", "2021-W18")],
        ),
        (
            "The law passed in 2015. That same year, the court struck it down.",
            [("2015", "2015"), ("That same year", "2015")],
        ),
        (
            "Talks collapsed on March 2, 2020. That very day, the army moved in.",
            [("March 2, 2020", "2020-03-02"), ("That very day", "2020-03-02")],
        ),
        (
            "The fire started on May 3. Crews contained it that very night.",
            [("May 3", "2021-05-03"), ("that very night", "2021-05-03TNI")],
        ),
    ],
)
def test_that_same_and_that_very_refer_to_the_date_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_that_same_day_with_no_date_before_it_is_not_placed() -> None:
    # like "that day": with no day named before, it points at an event, not at a date we can place
    assert found("His name was crossed out that same day.") == []
    # a month before it is too coarse to name the day
    assert found("He was killed last October. His name was crossed out that same day.") == [
        ("last October", "2020-10")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The recent floods hit farms.",
        "Analysts cited a recent poll by the university.",
        "If you had access to more recent data, what would you find?",
    ],
)
def test_bare_recent_is_no_time_expression(text: str) -> None:
    assert found(text) == []


def test_recently_and_recent_units_stay_tagged() -> None:
    assert found("The plant recently closed.") == [("recently", "PAST_REF")]
    assert found("Prices fell in recent weeks.") == [("recent weeks", "PXW")]


@pytest.mark.parametrize(
    "text",
    [
        "The case is for today's youth what the war was for their parents.",
        "The chips run many of today's personal computers.",
        "If I were choosing the people of tomorrow, I would choose them.",
        "Women of today work in every field.",
    ],
)
def test_generic_today_and_tomorrow_are_no_day(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As of today, 200 people are infected.", [("today", "2021-06-09")]),
        ("Today's vote was close.", [("Today", "2021-06-09")]),
        ("He questioned the impact of today's resolution.", [("today", "2021-06-09")]),
        ("The offer is open until the end of today.", [("today", "2021-06-09")]),
        ("Tomorrow's meeting was called off.", [("Tomorrow", "2021-06-10")]),
    ],
)
def test_today_and_tomorrow_naming_the_day_stay_tagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_high_noon_is_no_clock_time() -> None:
    assert found("For the people of Poland, high noon comes today.") == [("today", "2021-06-09")]
    assert found("He showed a still from the film High Noon.") == []
    # "at high noon" and a plain "noon" are twelve o'clock
    assert found("The ceremony began at high noon.") == [("noon", "2021-06-09T12:00")]
    assert found("They met at noon.") == [("noon", "2021-06-09T12:00")]
