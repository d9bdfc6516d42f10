"""Tense cues added after AQUAINT-B was opened (issue #3): plans look ahead, a date that modifies a noun is
not governed by the clause's verb, and "and" inside a name is no clause boundary.

Every sentence here is written by hand (none is corpus text).
"""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import format_timexes, tag
from graphbuild.temporal.tense import tense_hint

FRIDAY = date(2021, 6, 11)
MONDAY = date(2021, 6, 14)


def only(text: str, anchor: date) -> tuple[str, str]:
    found = tag(text, anchor)
    assert len(found) == 1, format_timexes(found)
    return found[0].text, found[0].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "planned" with an object: what was planned lies ahead of the planning
        ("Farmers planned a tractor parade in the capital on Saturday.", ("Saturday", "2021-06-12")),
        # "were planning to", "are preparing to", "was hoping to": a plan in the progressive looks ahead
        ("Teachers were planning to march past the ministry on Monday.", ("Monday", "2021-06-14")),
        ("The crew was preparing to launch the probe on Tuesday.", ("Tuesday", "2021-06-15")),
        ("The mayor was hoping to open the bridge on Wednesday.", ("Wednesday", "2021-06-16")),
        # "planned for", "set for": the arrangement's date
        ("The handover was planned for early July.", ("early July", "2021-07")),
        ("The ballot was set for Thursday.", ("Thursday", "2021-06-17")),
    ],
)
def test_plans_point_ahead(text: str, expected: tuple[str, str]) -> None:
    assert only(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a plan the past tense still points back
        ("Farmers held a tractor parade in the capital on Saturday.", ("Saturday", "2021-06-05")),
        ("The crew launched the probe on Tuesday.", ("Tuesday", "2021-06-08")),
        # "has scheduled" keeps "scheduled" a strong future cue
        ("The union has scheduled a strike vote Thursday.", ("Thursday", "2021-06-17")),
    ],
)
def test_past_events_still_point_back(text: str, expected: tuple[str, str]) -> None:
    assert only(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the modal belongs to "challenge", not to the ruling: the ruling is the latest Wednesday
        (
            "The tenants would try to challenge Wednesday's ruling in a higher court.",
            ("Wednesday", "2021-06-09"),
        ),
        ("Lawyers will study Tuesday's verdict before they appeal.", ("Tuesday", "2021-06-08")),
        # a cue after the possessive still counts: the game lies ahead
        ("Sunday's final will decide the title.", ("Sunday", "2021-06-13")),
    ],
)
def test_possessive_weekday_ignores_the_verb_before_it(text: str, expected: tuple[str, str]) -> None:
    assert only(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a past verb before "the <date> <noun>" may not move a date a week ahead a year back
        ("The minister gave no reason for the June 20 deadline.", FRIDAY, ("June 20", "2021-06-20")),
        ("Officials explained the July 2 closure.", FRIDAY, ("July 2", "2021-07-02")),
        # far from the anchor the past tense still decides
        ("Officials explained the March 2 closure.", FRIDAY, ("March 2", "2021-03-02")),
    ],
)
def test_attributive_date_is_not_moved_a_year_by_the_clause_verb(
    text: str, anchor: date, expected: tuple[str, str]
) -> None:
    assert only(text, anchor) == expected


def test_and_inside_a_name_is_no_clause_boundary() -> None:
    text = "On Tuesday, the Bureau of Alcohol and Firearms plans to brief reporters."
    assert only(text, MONDAY) == ("Tuesday", "2021-06-15")
    i = text.index("Tuesday")
    assert tense_hint(text, i, i + len("Tuesday")) == "future"


def test_and_between_clauses_is_still_a_boundary() -> None:
    # "and" between lower-case words may join clauses: the plan after it does not date the fronted day
    text = "On Tuesday, the agency met and its lawyers plan to appeal."
    assert only(text, MONDAY) == ("Tuesday", "2021-06-08")
