"""People trapped (a mine, a collapsed building) and people infected (an outbreak's cases) are tolls, read
and compared as deaths are; "cases" count infections only where an illness is named near them (a
court's or a crate's cases are no toll), and "new cases" are a change, not the count."""

from __future__ import annotations

import pytest
from helpers import make_attr, make_doc

from graphbuild.crossdoc import MentionIndex, find_conflicts, merge_statements
from graphbuild.crossdoc_conflicts import report_claims


def _classes(text: str) -> list[tuple[float, str]]:
    return [(c[0], c[3]) for c in report_claims(text)]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("12 miners were trapped underground", [(12.0, "trapped")]),
        ("three workers remain trapped", [(3.0, "trapped")]),  # a small count of people: a claim
        ("officials confirmed 1,240 cases of cholera", [(1240.0, "infected")]),
        ("the virus has infected 3,400 people", [(3400.0, "infected")]),
        ("a total of 5,200 suspected cases", [(5200.0, "infected")]),
        ("the court heard 300 cases", []),
        ("the warehouse held 300 cases of wine", []),
        ("it reported 5,000 new cases of measles", []),
    ],
)
def test_trapped_and_infected_are_read(text: str, claims: list[tuple[float, str]]) -> None:
    assert _classes(text) == claims


def test_two_outlets_case_counts_conflict() -> None:
    d1 = make_doc(
        "Tass said health officials had recorded 1,240 cases of cholera in the province.", outlet="A"
    )
    d2 = make_doc(
        "Pravda said health officials had recorded nearly 3,000 cases of cholera in the province.", outlet="B"
    )
    attrs = [
        make_attr(d1, "health officials had recorded 1,240 cases of cholera in the province", speaker="Tass"),
        make_attr(
            d2,
            "health officials had recorded nearly 3,000 cases of cholera in the province",
            speaker="Pravda",
        ),
    ]
    index = MentionIndex.from_entities([])
    statements = merge_statements(attrs, speaker_of=lambda a: None, mentions=index)
    by_doc = {
        d1.id: frozenset({"ent:province", "ent:ministry"}),
        d2.id: frozenset({"ent:province", "ent:ministry"}),
    }
    (conflict,) = find_conflicts(statements, document_entities=by_doc)
    assert dict(conflict.details)["quantity"] == "infected"
    assert sorted(conflict.values) == ["1,240 cases", "nearly 3,000 cases"]


def test_the_world_s_toll_is_never_one_country_s() -> None:
    d1 = make_doc("Tass said there were at least 126,000 cases of the virus worldwide.", outlet="A")
    d2 = make_doc(
        "Pravda said there were at least 1,279 cases of the virus in the United States.", outlet="B"
    )
    attrs = [
        make_attr(d1, "there were at least 126,000 cases of the virus worldwide", speaker="Tass"),
        make_attr(d2, "there were at least 1,279 cases of the virus in the United States", speaker="Pravda"),
    ]
    statements = merge_statements(attrs, speaker_of=lambda a: None, mentions=MentionIndex.from_entities([]))
    by_doc = {d1.id: frozenset({"ent:who", "ent:virus"}), d2.id: frozenset({"ent:who", "ent:virus"})}
    assert find_conflicts(statements, document_entities=by_doc) == []
