"""Figures whose counting noun news copy leaves out, and measures and sums read for what they are.

"killing 11 people and injuring more than 200", "the blast killed 12 on Monday", "about 200 were hurt",
"raising the death toll to 19": the figure's class comes from the verb it is the object of, the cue
it is the subject of, or the toll it gives. A second figure's qualifier is its own ("and injuring
more than 200": a floor, not an exact 200). Distances in metres and feet, and small ones ("about 5
km"), are distances; a sum paid per hour or per year is a rate, its own quantity. Found on the blind
conflict stories (``bench/conflicts_data.py``, dev part) and checked on Reuters, where "killed 45
workers and injured 185" and "killed two people, injured 20" are now read.

Unit tests read hand-written sentences with :func:`~graphbuild.crossdoc_conflicts.report_claims`; the
end-to-end test builds a graph of two outlets with the real spaCy pipeline.
"""

from __future__ import annotations

import pytest
from helpers import BLAST_LEAD, built_conflicts

from graphbuild.crossdoc_conflicts import report_claims


def _claims(text: str) -> list[tuple[float, str | None, str, str]]:
    """(value, qualifier, quantity, text shown) of each figure."""
    return [(c[0], c[1], c[3], c[4]) for c in report_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake killed at least 34 people and injured more than 200, officials said",
            [(34.0, "at least", "deaths", "at least 34 people"), (200.0, "more than", "injuries", "more than 200")],
        ),
        ("The blast killed 12 on Monday", [(12.0, None, "deaths", "12")]),
        ("the strikes wounded 40 in the market", [(40.0, None, "injuries", "40")]),
        ("killing 34 people, while about 200 were hurt", [(34.0, None, "deaths", "34 people"), (200.0, "about", "injuries", "about 200")]),
        ("The rains raised the death toll to 19 on Tuesday", [(19.0, None, "deaths", "19")]),
        ("the toll rose to 40 people", [(40.0, None, "deaths", "40 people")]),
        ("killing 11 people and injuring 47 others", [(11.0, None, "deaths", "11 people"), (47.0, None, "injuries", "47 others")]),
    ],
)  # fmt: skip
def test_a_toll_whose_noun_is_left_out_is_read_from_its_verb_or_toll(
    text: str, expected: list[tuple[float, str | None, str, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the 2011 raid that killed 9/11 plotter Osama bin Laden",  # a date joined by "/", no toll
        "the company killed 3 projects",  # a noun of its own, no person
        "he was killed 2 years ago",
        "118 were damaged in the storm",  # damaged: homes or crops, no noun to tell
        "the toll road costs 5 dollars less",
    ],
)
def test_a_figure_with_no_toll_before_it_stays_no_toll(text: str) -> None:
    assert [c for c in _claims(text) if c[2] in ("deaths", "injuries")] == []


def test_a_second_figure_keeps_its_own_qualifier() -> None:
    # the first figure's words used to run on to "more", leaving 200 an exact figure
    assert _claims("spent nearly $238 million and more than $200 million on ads")[1][:2] == (
        200_000_000.0,
        "more than",
    )


def test_metres_feet_and_small_distances_are_distances() -> None:
    assert _claims("the miners were trapped 800 metres below ground") == [
        (pytest.approx(0.8), None, "distance", "800 metres")
    ]
    assert _claims("The fire front was about 5 km from the town late on Monday") == [
        (5.0, "about", "distance", "about 5 km")
    ]
    (area,) = _claims("a vacant 143,000 square foot building")
    assert area[2] == "area" and area[0] == pytest.approx(1.3285, rel=1e-3)  # hectares
    assert _claims("the cost of delays in Nine Mile Unit Two") == []  # a name, not three times three


def test_a_sum_paid_per_something_is_a_rate_of_its_own() -> None:
    assert _claims("the teacher was earning $37,000 a year")[0][2] == "money:USD/year"
    assert _claims("it paid $5 million for the plant")[0][2] == "money:USD"
    assert _claims("a job that pays $22 an hour")[0][2] == "money:USD/hour"


def test_two_outlets_tolls_with_their_nouns_left_out_conflict_end_to_end(nlp) -> None:
    first = (
        f"Blast at Dunhallow plant\n\n{BLAST_LEAD} The blast killed 12 workers and injured more than 200, "
        "plant manager Ilse Marwick said."
    )
    second = (
        f"Deadly blast in Marrow\n\n{BLAST_LEAD} The explosion killed 12 workers and injured 45, "
        "regional fire chief Tomas Verel said on Monday."
    )
    (conflict,) = built_conflicts(nlp, first, second)
    assert conflict["quantity"] == "injuries"
    assert sorted(conflict["values"]) == ["45", "more than 200"]


def test_a_figure_the_other_source_also_gives_is_no_disagreement() -> None:
    from helpers import two_outlet_statements

    from graphbuild.crossdoc import explain_pairs, find_conflicts

    statements, published, _ = two_outlet_statements(
        "the drill hole intersected gold from 1,100 feet to 1,730 feet",
        "assays show ore at depths between 1,100 feet and 1,730 feet in the northern zone",
        speakers=("Ruiz", "Ruiz"),
    )
    assert len(statements) == 2
    assert find_conflicts(statements, published=published) == []
    verdicts = {
        (a.text, b.text): why
        for a, b, why in explain_pairs(statements, published=published)
        if a.statement != b.statement
    }
    assert verdicts[("1,100 feet", "1,730 feet")] == "also given"
    # one source's two figures against another's one is still a disagreement
    statements, published, _ = two_outlet_statements(
        "the well reached 1,100 feet", "the well reached 1,730 feet", speakers=("Ruiz", "Ruiz")
    )
    assert [dict(c.details)["severity"] for c in find_conflicts(statements, published=published)] == [
        "contradiction"
    ]


@pytest.mark.parametrize(
    "module",
    [
        "graphbuild.crossdoc_conflicts",
        "graphbuild.crossdoc_conflicts_counted",
        "graphbuild.crossdoc_conflicts_find",
        "graphbuild.crossdoc_conflicts_measures",
        "graphbuild.crossdoc_numbers",
        "graphbuild.crossdoc_story",
    ],
)
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0


def test_one_group_s_toll_within_everyone_s_is_no_disagreement() -> None:
    from helpers import two_outlet_statements

    from graphbuild.crossdoc import explain_pairs, find_conflicts

    def flags(first: str, second: str) -> tuple[list[str], list[str]]:
        statements, published, _ = two_outlet_statements(first, second, speakers=("Ruiz", "Ruiz"))
        found = [dict(c.details)["severity"] for c in find_conflicts(statements, published=published)]
        why = [v for a, b, v in explain_pairs(statements, published=published) if a.statement != b.statement]
        return found, why

    # Reuters: "wounded about 40" in one report of a bombing, "injured at least 20 soldiers" in another
    assert flags(
        "the bomb wounded about 40 during rehearsals at the academy",
        "the rebels bombed the academy and injured at least 20 soldiers during rehearsals",
    ) == ([], ["a part"])
    # more soldiers than people hurt is still a contradiction; two tolls of everyone still diverge
    assert flags(
        "the bomb wounded about 40 during rehearsals at the academy",
        "the rebels bombed the academy and injured 90 soldiers during rehearsals",
    )[0] == ["contradiction"]
    assert flags(
        "the bomb wounded about 40 people during rehearsals at the academy",
        "the rebels bombed the academy and injured at least 20 people during rehearsals",
    )[0] == ["divergence"]
