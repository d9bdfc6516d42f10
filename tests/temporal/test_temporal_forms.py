"""Written forms added after AQUAINT-B was opened (issue #3): fractions written "5 1/2", coordinated days
("April 24 and 25"), "a 1996 law", "the March vote", and capitalised seasons in names.

Every sentence here is written by hand (none is corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import format_timexes, tag

ANCHOR = date(2021, 2, 10)  # a Wednesday


def found(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The climbers rested 3 1/2 hours at the camp.", [("3 1/2 hours", "PT3H30M")]),
        ("He served 2½ years in prison.", [("2½ years", "P2.5Y")]),
        ("A 1 1/2-day strike shut the port.", [("1 1/2-day", "P1.5D")]),
        # a fraction of something else is no duration, and the count after it is its own
        ("Shares rose 4 1/2 points in 2 days.", [("2 days", "P2D")]),
    ],
)
def test_mixed_number_durations(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit will be held on April 24 and 25.",
            [("April 24", "2021-04-24"), ("25", "2021-04-25")],
        ),
        (
            "Hearings run March 3, 4 and 5, the court said.",
            [("March 3", "2021-03-03"), ("4", "2021-03-04"), ("5", "2021-03-05")],
        ),
    ],
)
def test_coordinated_days_share_the_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On April 24 and 25 people were hurt.",  # a count after "and"
        "On April 24, 25 people were hurt.",
        "The fair opened on April 24 and 12 stalls sold out.",  # not a later day of the month
    ],
)
def test_counts_after_a_date_are_not_days(text: str) -> None:
    assert [t.text for t in tag(text, ANCHOR)] == ["April 24"], format_timexes(tag(text, ANCHOR))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 1996 law bans the practice.", [("1996", "1996")]),
        ("Investigators cited a 2004 study of the bridge.", [("2004", "2004")]),
    ],
)
def test_year_after_an_article(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["A 2000 pound bomb fell.", "They counted a 1500 page report."])
def test_counts_after_an_article_are_not_years(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March referendum will settle the question.", [("March", "2021-03")]),
        ("Voters rejected a May referendum.", [("May", "2020-05")]),
    ],
)
def test_march_and_may_modifying_a_noun_are_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined the March on Washington.",
        "The march toward the palace began.",
        "Shoppers filled the May Company stores.",
        "Veterans recalled the ``Summer of Freedom'' rallies.",
        "The Spring of Nations swept Europe.",
    ],
)
def test_names_are_not_months_or_seasons(text: str) -> None:
    assert found(text) == []


def test_season_of_a_year_stays_a_season() -> None:
    assert found("The Summer of 2019 was dry.") == [("The Summer of 2019", "2019-SU")]
