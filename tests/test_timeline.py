"""KnowledgeGraph.timeline on hand-made graphs: order, overlap groups, precision, single sources."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest

from graphbuild.api import KnowledgeGraph
from graphbuild.model import TimeSpan
from graphbuild.timeline_format import annotate_lines, order_marker

DAY = TimeSpan.day(date(2023, 11, 16), rule="test").to_json()
MONTH = TimeSpan(
    "November", "2023-11", "DATE", date(2023, 11, 1), date(2023, 11, 30), "month", rule="t"
).to_json()
LATER = TimeSpan.day(date(2023, 12, 3), rule="test").to_json()
YEAR = TimeSpan("2022", "2022", "DATE", date(2022, 1, 1), date(2022, 12, 31), "year", rule="t").to_json()


def _graph(items: list[tuple[str, str, dict | None]], *, outlets: dict[str, list[str]] | None = None):
    """items: (id, kind, when); statements are said by ent:a and reported by outlets[id] (default one)."""
    g = nx.MultiDiGraph()
    g.add_node("ent:a", kind="Entity", name="Ana Ruiz", aliases=["Ruiz"], mentions=3, documents=[])
    outlets = outlets or {}
    for name in ("A", "B"):
        doc = f"doc:{name}"
        g.add_node(doc, kind="Document", outlet=f"Outlet {name}", title=name, published=LATER)
    for n, kind, when in items:
        if kind == "Statement":
            g.add_node(n, kind=kind, speaker="ent:a", speaker_name="Ana Ruiz", text=n, said=when, reports=1)
            g.add_edge("ent:a", n, key="SAID", kind="SAID")
            for o in outlets.get(n, ["A"]):
                g.add_edge(f"doc:{o}", n, key="REPORTS:0-5", kind="REPORTS", start=0, end=5, text=n)
        else:
            g.add_node(n, kind=kind, text=n, predicate="seize", when=when)
            g.add_edge(n, "ent:a", key="INVOLVES:agent", kind="INVOLVES", role="agent")
            g.add_edge("doc:A", n, key="DESCRIBES:0-5", kind="DESCRIBES", start=0, end=5, text=n)
    return KnowledgeGraph(g)


def test_month_and_a_day_inside_it_are_not_ordered_but_a_later_day_is():
    kg = _graph(
        [("stmt:day", "Statement", DAY), ("evt:month", "Event", MONTH), ("stmt:later", "Statement", LATER)]
    )
    items = kg.timeline("Ruiz")
    assert [i.id for i in items] == ["evt:month", "stmt:day", "stmt:later"]
    assert [(i.group, i.overlaps_previous) for i in items] == [(0, False), (0, True), (1, False)]
    assert [i.precision for i in items] == ["month", "day", "day"]


def test_disjoint_items_each_get_their_own_group_and_undated_come_last():
    kg = _graph([("evt:y", "Event", YEAR), ("stmt:d", "Statement", DAY), ("evt:none", "Event", None)])
    items = kg.timeline()
    assert [i.id for i in items] == ["evt:y", "stmt:d", "evt:none"]
    assert [i.group for i in items] == [0, 1, -1]
    assert not any(i.overlaps_previous for i in items)


def test_a_chain_of_overlaps_stays_one_group():
    wide = TimeSpan("Q4", "2023-Q4", "DATE", date(2023, 10, 1), date(2023, 12, 31), "quarter", rule="t")
    kg = _graph(
        [("evt:q", "Event", wide.to_json()), ("stmt:d", "Statement", DAY), ("stmt:l", "Statement", LATER)]
    )
    assert {i.group for i in kg.timeline()} == {0}


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [("2023-11-20", None, {"evt:month", "stmt:later"}), (None, "2023-01-01", {"evt:y"})],
)
def test_period_filter_keeps_overlapping_items(lo, hi, expected):
    kg = _graph([("evt:month", "Event", MONTH), ("stmt:later", "Statement", LATER), ("evt:y", "Event", YEAR)])
    assert {i.id for i in kg.timeline(start=lo, end=hi)} == expected


def test_single_source_statements_are_queryable_with_their_outlets():
    kg = _graph(
        [("stmt:one", "Statement", DAY), ("stmt:two", "Statement", LATER)], outlets={"stmt:two": ["A", "B"]}
    )
    single = kg.statements(single_source=True)
    assert [s.id for s in single] == ["stmt:one"] and single[0].outlets == ("Outlet A",)
    assert [s.id for s in kg.statements(single_source=False)] == ["stmt:two"]
    assert len(kg.statements()) == 2
    by_id = {i.id: i for i in kg.timeline()}
    assert by_id["stmt:one"].single_source and not by_id["stmt:two"].single_source


def test_order_markers_for_the_cli():
    kg = _graph([("evt:month", "Event", MONTH), ("stmt:day", "Statement", DAY), ("evt:none", "Event", None)])
    items = kg.timeline()
    assert [order_marker(i) for i in items] == [" ", "~", "?"]
    text = annotate_lines(items, [f"line {n}" for n in range(2 * len(items))])
    assert text.splitlines()[2].startswith("~ line 2") and "order is not known" in text


def test_an_undated_past_event_is_before_publication_and_never_ordered():
    # "Rebels seized the airport", no date: it happened at some time up to the article's day
    past = TimeSpan(
        "seized", "PAST_REF", "DATE", None, date(2023, 12, 3), None, anchor=date(2023, 12, 3), rule="t"
    ).to_json()
    kg = _graph([("stmt:d", "Statement", DAY), ("evt:past", "Event", past)])
    items = kg.timeline()
    assert [i.id for i in items] == ["stmt:d", "evt:past"]
    before = items[1]
    assert (before.basis, before.start, before.end, before.group) == ("before", None, date(2023, 12, 3), -1)
    from graphbuild.cli import format_timeline

    assert "<=2023-12-03 (before publication)" in format_timeline([before])
    # not claimed to fall in a period
    assert [i.id for i in kg.timeline(start="2023-11-01", end="2023-11-30")] == ["stmt:d"]


def test_a_statement_carries_its_reporting_verb_and_the_terminal_line_shows_it_unless_say():
    from graphbuild.cli import format_timeline

    kg = _graph([("stmt:e", "Statement", DAY), ("stmt:s", "Statement", LATER)])
    kg.graph.nodes["stmt:e"]["cue"] = "endorse"
    kg.graph.nodes["stmt:s"]["cue"] = "say"
    items = kg.timeline()
    assert [(i.id, i.cue) for i in items] == [("stmt:e", "endorse"), ("stmt:s", "say")]
    assert items[0].to_json()["cue"] == "endorse"
    lines = format_timeline(items).splitlines()
    assert 'Ana Ruiz (endorse): "stmt:e"' in lines[0]
    assert 'Ana Ruiz: "stmt:s"' in lines[2]  # "say" is what a statement is; it adds nothing
