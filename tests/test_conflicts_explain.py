"""explain_pairs says of every two figures of one quantity why find_conflicts flagged them or not: the
severity, or the first rule that kept them apart."""

from __future__ import annotations

from helpers import two_outlet_reports

from graphbuild.crossdoc import explain_pairs, find_conflicts
from graphbuild.crossdoc_conflicts_find import REASONS


def _verdicts(
    first: str, second: str, names: dict[str, str], **options: object
) -> list[tuple[str, str, str]]:
    statements, kwargs = two_outlet_reports(first, second, names, **options)  # type: ignore[arg-type]
    return sorted((a.text, b.text, why) for a, b, why in explain_pairs(statements, **kwargs))


def test_a_flagged_pair_gives_its_severity_as_find_conflicts_does() -> None:
    names = {"Fao": "GPE", "Iraqi": "NORP"}
    first = "3,000 Iraqi troops were killed in the Fao offensive"
    second = "15,000 Iraqi troops were killed in the Fao offensive"
    statements, kwargs = two_outlet_reports(first, second, names)
    (conflict,) = find_conflicts(statements, **kwargs)
    assert [why for _, _, why in explain_pairs(statements, **kwargs)] == [dict(conflict.details)["severity"]]


def test_a_pair_kept_apart_names_the_rule() -> None:
    names = {"Fao": "GPE", "Iraqi": "NORP", "Iranian": "NORP"}
    two_sides = _verdicts(
        "3,000 Iraqi troops were killed in the Fao offensive",
        "15,000 Iranian troops were killed in the Fao offensive",
        names,
    )
    assert [why for _, _, why in two_sides] == ["two peoples"]
    agree = _verdicts(
        "about 3,000 Iraqi troops were killed in the Fao offensive",
        "3,100 Iraqi troops were killed in the Fao offensive",
        names,
    )
    assert [why for _, _, why in agree] == ["agree"]
    length = _verdicts(
        "crews would lay an emergency 25 km pipeline to the Kerava oil terminal",
        "the quake damaged 40 km of pipeline near the Kerava oil terminal",
        {"Kerava": "GPE"},
        wire=1000,
    )
    assert length == [("25 km", "40 km", "measured apart")]
    assert {"two peoples", "agree", "measured apart"} <= set(REASONS)
