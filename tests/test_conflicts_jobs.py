"""Jobs are counted by what happens to them, as homes are: cut (eliminated, shed, lost; "layoffs") or
created (added, hired). A cut and a creation are two quantities; jobs merely at risk or a workforce are
no claim. Counting nouns of one group are one people's toll (miners are workers, pupils students);
two sides never are."""

from __future__ import annotations

import pytest
from helpers import two_outlet_conflicts

from graphbuild.crossdoc_conflicts import report_claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Halvard will cut 400 jobs", [(400.0, "jobs cut")]),
        ("the merger would eliminate about 600 jobs", [(600.0, "jobs cut")]),
        ("1,200 jobs will be cut", [(1200.0, "jobs cut")]),
        ("1,200 layoffs were announced", [(1200.0, "jobs cut")]),
        ("the plant will create 300 jobs", [(300.0, "jobs created")]),
        ("the takeover puts 800 jobs at risk", []),
        ("it employs 5,000 people", []),
    ],
)
def test_jobs_are_read_by_what_happens_to_them(text: str, claims: list[tuple[float, str]]) -> None:
    assert [(c[0], c[3]) for c in report_claims(text)] == claims


def test_two_outlets_job_cuts_conflict_but_a_cut_and_a_creation_do_not() -> None:
    names = {"Halvard": "ORG", "Brightwater": "GPE"}
    first = "Halvard would cut 400 jobs at its Brightwater mill"
    (conflict,) = two_outlet_conflicts(first, "Halvard would cut 900 jobs at its Brightwater mill", names)
    assert dict(conflict.details)["quantity"] == "jobs cut"
    assert two_outlet_conflicts(first, "Halvard would create 900 jobs at its Brightwater mill", names) == []


def test_one_year_s_share_is_another_quantity() -> None:
    # "350 redundancies this year" is a part of "800 planned redundancies", not a second figure for them
    names = {"Halvard": "ORG", "Brightwater": "GPE"}
    first = "Halvard plans 800 redundancies at its Brightwater mill"
    assert (
        two_outlet_conflicts(first, "Halvard plans 350 redundancies this year at its Brightwater mill", names)
        == []
    )
    assert (
        len(two_outlet_conflicts(first, "Halvard plans 350 redundancies at its Brightwater mill", names)) == 1
    )


def test_miners_are_workers_and_pupils_students() -> None:
    names = {"Penhallow": "GPE"}
    first = "12 miners were killed in the Penhallow blast"
    assert len(two_outlet_conflicts(first, "30 workers were killed in the Penhallow blast", names)) == 1
    second = "40 pupils were injured when the Penhallow school roof fell"
    assert (
        len(
            two_outlet_conflicts(
                second, "90 students were injured when the Penhallow school roof fell", names
            )
        )
        == 1
    )
    # two sides stay two: soldiers and rebels are never one toll
    assert (
        two_outlet_conflicts(
            "12 soldiers were killed near Penhallow", "30 rebels were killed near Penhallow", names
        )
        == []
    )
