"""Small tolls: a count under ten ("three firefighters were injured", "7 people died") is a claim when it
counts people by what happened to them, and only then; small counts of anything else (years, firms,
ships, per cent) stay no claim, as does "one".

Unit tests read hand-written sentences with :func:`~graphbuild.crossdoc_conflicts.report_claims`; the
end-to-end tests build a graph of two outlets with the real spaCy pipeline.
"""

from __future__ import annotations

import pytest
from helpers import BLAST_LEAD, built_conflicts

from graphbuild.crossdoc_conflicts import report_claims


def _claims(text: str) -> list[tuple[float, str]]:
    return [(value, quantity) for value, _, _, quantity, *_ in report_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three firefighters were injured fighting the blaze", [(3.0, "injuries")]),
        ("seven people died when the bus overturned", [(7.0, "deaths")]),
        ("at least 4 miners were killed in the collapse", [(4.0, "deaths")]),
        ("two climbers are still missing on the mountain", [(2.0, "missing")]),
        ("five fishermen were rescued by the coastguard", [(5.0, "rescued")]),
    ],
)
def test_a_small_count_of_people_by_what_happened_to_them_is_a_claim(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "one man was killed in the blast",  # "one" is no figure to compare
        "two companies merged their paint units",
        "profit rose 5 pct in the first quarter",
        "three ships sank in the storm",
        "the strike lasted seven days",
        "six carriages left the tracks",
    ],
)
def test_a_small_count_of_anything_else_is_no_claim(text: str) -> None:
    assert _claims(text) == []


def _conflicts(nlp, first: str, second: str) -> list[dict]:
    return built_conflicts(nlp, first, second)


def test_two_outlets_small_tolls_of_one_blast_conflict_end_to_end(nlp) -> None:
    first = f"Blast at Dunhallow plant\n\n{BLAST_LEAD} Three workers were killed, plant manager Ilse Marwick said."
    second = (
        f"Deadly blast in Marrow\n\n{BLAST_LEAD} Seven workers were killed, "
        "regional fire chief Tomas Verel said on Monday."
    )
    (conflict,) = _conflicts(nlp, first, second)
    assert conflict["quantity"] == "deaths"
    assert sorted(conflict["values"]) == ["Seven workers", "Three workers"]


def test_small_counts_of_two_things_are_no_conflict_end_to_end(nlp) -> None:
    first = f"Blast at Dunhallow plant\n\n{BLAST_LEAD} Three workers were killed, plant manager Ilse Marwick said."
    second = (
        f"Deadly blast in Marrow\n\n{BLAST_LEAD} Seven workers were injured, "
        "regional fire chief Tomas Verel said on Monday."
    )
    assert _conflicts(nlp, first, second) == []
