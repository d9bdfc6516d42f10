from __future__ import annotations

import json
from datetime import date

import pytest
from helpers import make_attr, make_doc, make_entity
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.api import KnowledgeGraph
from graphbuild.errors import GraphbuildError, GraphFormatError
from graphbuild.graph import EDGE_KINDS, NODE_KINDS, build_graph, from_json, load_graph, save_graph, to_json
from graphbuild.model import Conflict, Event, EventMention, Participant, Statement, TimeSpan


def small_graph():
    d1 = make_doc(
        'Ana Ruiz said: "The bridge will open." Port Vale flooded on Monday.', outlet="Daily A", path="a.txt"
    )
    d2 = make_doc(
        '"The bridge will open," Ruiz told reporters.',
        outlet="Daily B",
        published=date(2023, 12, 5),
        path="b.txt",
    )
    ruiz = make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ana Ruiz")
    ruiz = ruiz.__class__(
        **{
            **ruiz.__dict__,
            "mentions": ruiz.mentions + make_entity("x", "Ruiz", "PERSON", d2, "Ruiz").mentions,
            "aliases": ("Ana Ruiz", "Ruiz"),
        }
    )
    vale = make_entity("ent:vale", "Port Vale", "GPE", d1)
    said = TimeSpan.day(date(2023, 12, 1), text="Friday", rule="weekday")
    a1 = make_attr(d1, "The bridge will open.", speaker="Ana Ruiz", said=said)
    a2 = make_attr(d2, "The bridge will open,", speaker="Ruiz", cue="tell")
    stmt = Statement(
        "stmt:1", "ent:ruiz", "Ana Ruiz", "The bridge will open.", "direct", "say", said, None, (a1, a2), ()
    )
    other = Statement(
        "stmt:2", None, None, "Something else.", "indirect", "say", None, None, (a2,), ("ent:vale",)
    )
    start = d1.text.index("Port Vale flooded")
    when = TimeSpan.day(date(2023, 12, 4), text="on Monday", rule="weekday")
    em = EventMention(
        d1.id,
        start,
        len(d1.text),
        d1.text[start:],
        "flood",
        "Port Vale flooded",
        (Participant("agent", "Port Vale", start, start + 9),),
        when,
    )
    ev = Event("evt:1", "Port Vale flooded", "flood", when, (em,), (("agent", "ent:vale"),))
    g = build_graph(
        [d1, d2],
        [ruiz, vale],
        [stmt, other],
        [ev],
        [Conflict("stmt:1", "stmt:2", "different toll figures", ("1", "2"))],
    )
    return g, d1, d2


def test_every_schema_kind_and_attribute_is_present():
    g, d1, _ = small_graph()
    assert {k for _, k in g.nodes(data="kind")} == set(NODE_KINDS)
    assert {k for *_, k in g.edges(data="kind")} == set(EDGE_KINDS)
    doc = g.nodes[d1.id]
    assert set(doc) >= {"kind", "title", "outlet", "url", "path", "published", "published_source", "chars"}
    assert set(doc["published"]) == {
        "text",
        "value",
        "type",
        "start",
        "end",
        "granularity",
        "mod",
        "anchor",
        "rule",
    }
    ent = g.nodes["ent:ruiz"]
    assert set(ent) >= {"name", "type", "aliases", "mentions", "documents"}
    assert ent["mentions"] == 2 and len(ent["documents"]) == 2
    stmt = g.nodes["stmt:1"]
    assert set(stmt) >= {"speaker", "text", "mode", "cue", "said", "addressee", "reports"}
    assert stmt["reports"] == 2
    reports = [d for _, _, d in g.in_edges("stmt:1", data=True) if d["kind"] == "REPORTS"]
    assert len(reports) == 2
    for r in reports:
        assert set(r) >= {"start", "end", "text", "cue", "mode", "said"}
    assert set(g.nodes["evt:1"]) >= {"text", "predicate", "when"}


def test_report_offsets_point_at_the_exact_characters():
    g, d1, d2 = small_graph()
    texts = {d1.id: d1.text, d2.id: d2.text}
    for u, _, d in g.edges(data=True):
        if d["kind"] in ("REPORTS", "DESCRIBES"):
            assert texts[u][d["start"] : d["end"]] == d["text"]


def test_json_round_trip_and_byte_identical_resave(tmp_path):
    g, *_ = small_graph()
    p1 = save_graph(g, tmp_path / "g1.json")
    g2 = load_graph(p1)
    p2 = save_graph(g2, tmp_path / "g2.json")
    assert p1.read_bytes() == p2.read_bytes()
    data = json.loads(p1.read_text())
    assert data["directed"] is True and data["multigraph"] is True
    assert [n["id"] for n in data["nodes"]] == sorted(n["id"] for n in data["nodes"])
    assert all("kind" in n for n in data["nodes"]) and all("kind" in e for e in data["edges"])


def test_load_rejects_non_graphs_with_the_file_name(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(GraphFormatError, match=r"bad\.json"):
        load_graph(bad)
    bad.write_text('{"a": 1}')
    with pytest.raises(GraphFormatError, match=r"bad\.json"):
        load_graph(bad)
    with pytest.raises(GraphFormatError, match=r"missing\.json"):
        load_graph(tmp_path / "missing.json")


def test_api_entity_statements_reports_timeline_conflicts():
    g, _d1, _d2 = small_graph()
    kg = KnowledgeGraph(g)
    assert kg.entity("ruiz").id == "ent:ruiz"
    assert kg.entity("ANA  RUIZ").id == "ent:ruiz"
    assert kg.entity("Nobody Here") is None
    assert [s.id for s in kg.statements(speaker="Ruiz")] == ["stmt:1"]
    assert [s.id for s in kg.statements(about="Port Vale")] == ["stmt:2"]
    reports = kg.reports("stmt:1")
    assert {r.outlet for r in reports} == {"Daily A", "Daily B"}
    items = kg.timeline()
    assert [i.id for i in items] == ["stmt:1", "evt:1", "stmt:2"]  # Dec 1 said, Dec 4 event, Dec 5 reported
    assert items[-1].basis == "reported"
    assert [i.id for i in kg.timeline(entity="Ana Ruiz")] == ["stmt:1"]
    assert [i.id for i in kg.timeline(start="2023-12-02", end="2023-12-04")] == ["evt:1"]
    assert kg.conflicts()[0]["reason"] == "different toll figures"
    with pytest.raises(GraphbuildError):
        kg.timeline(start="2023-12-05", end="2023-12-01")
    with pytest.raises(GraphbuildError):
        kg.timeline(entity="Nobody Here")


def test_graphml_export_writes_and_does_not_mutate(tmp_path):
    import copy

    import networkx as nx
    from graphbuild.exports.graphml import write_graphml

    g, *_ = small_graph()
    before = copy.deepcopy(g)
    path = write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    assert nx.utils.graphs_equal(g, before)


@given(st.text(max_size=60), st.text(max_size=20))
@settings(max_examples=60, deadline=None)
def test_json_round_trip_any_text(title, alias):
    g, *_ = small_graph()
    g.nodes["ent:ruiz"]["aliases"] = [alias, "Ruiz"]
    for _n, d in g.nodes(data=True):
        if d["kind"] == "Document":
            d["title"] = title
    text = to_json(g)
    assert to_json(from_json(json.loads(text))) == text
