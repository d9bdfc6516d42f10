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


def small_inputs():
    """Two documents, two entities, two statements, an event and a conflict (build_graph's inputs)."""
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
    inputs = (
        [d1, d2],
        [ruiz, vale],
        [stmt, other],
        [ev],
        [Conflict("stmt:1", "stmt:2", "different toll figures", ("1", "2"))],
    )
    return inputs, d1, d2


def small_graph():
    inputs, d1, d2 = small_inputs()
    return build_graph(*inputs), d1, d2


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


# -- issue #9: the fast paths give exactly what the plain networkx code gives ----------------

_NODES = st.sampled_from(["a", "b", "c", "doc:1", "ent:2", "stmt:3", ""])
_KEYS = st.sampled_from(["MENTIONS", "REPORTS:1-2", "1", 1, 2, 10, "10", None])
_ATTRS = st.dictionaries(st.sampled_from(["kind", "text", "n"]), st.integers(0, 3), max_size=3)
_OPS = st.lists(
    st.one_of(
        st.tuples(st.just("node"), _NODES, _ATTRS),
        st.tuples(st.just("edge"), st.tuples(_NODES, _NODES, _KEYS), _ATTRS),
    ),
    max_size=40,
)


def _structure(g):
    """Everything about a graph that an insertion order or a shared dict could change."""
    return (
        list(g._node.items()),
        [(u, list(nbrs.items())) for u, nbrs in g._succ.items()],
        [(v, list(nbrs.items())) for v, nbrs in g._pred.items()],
        dict(g.graph),
    )


@given(_OPS)
@settings(max_examples=150, deadline=None)
def test_graph_assembly_adds_like_networkx(ops):
    import networkx as nx

    from graphbuild.graph import _adders

    plain, fast = nx.MultiDiGraph(), nx.MultiDiGraph()
    add_node, add_edge = _adders(fast)
    for op, where, attrs in ops:
        if op == "node":
            plain.add_node(where, **attrs)
            add_node(where, dict(attrs))
        else:
            u, v, key = where
            if key is None:  # the builder always names its keys
                continue
            plain.add_edge(u, v, key=key, **attrs)
            add_edge(u, v, key, dict(attrs))
    assert _structure(fast) == _structure(plain)
    # Every edge is one dict, seen from both ends.
    for u, v, k in fast.edges(keys=True):
        assert fast._succ[u][v][k] is fast._pred[v][u][k]


def _reference_sorted(g):
    nodes = sorted(g.nodes)
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    return nodes, edges


@given(_OPS)
@settings(max_examples=150, deadline=None)
def test_sorted_nodes_and_edges_is_the_plain_sort(ops):
    import networkx as nx

    from graphbuild.graph import sorted_nodes_and_edges

    g = nx.MultiDiGraph()
    for op, where, attrs in ops:
        if op == "node":
            g.add_node(where, **attrs)
        else:
            g.add_edge(*where[:2], key=where[2], **attrs)  # keys 1 and "1" print alike: insertion order
    nodes, edges = sorted_nodes_and_edges(g)
    ref_nodes, ref_edges = _reference_sorted(g)
    assert nodes == ref_nodes
    assert [(u, v, k) for u, v, k, _ in edges] == [(u, v, k) for u, v, k, _ in ref_edges]
    assert all(d is g._succ[u][v][k] for u, v, k, d in edges)


def test_sorted_nodes_and_edges_with_other_node_types():
    import networkx as nx

    from graphbuild.graph import sorted_nodes_and_edges

    g = nx.MultiDiGraph()
    g.add_edge(3, 1, key="b")
    g.add_edge(3, 1, key="a")
    g.add_edge(1, 2, key=0)
    nodes, edges = sorted_nodes_and_edges(g)
    assert nodes == [1, 2, 3]
    assert [(u, v, k) for u, v, k, _ in edges] == [(1, 2, 0), (3, 1, "a"), (3, 1, "b")]


def _reference_json(g) -> bytes:
    """graph.json as the plain code writes it (networkx views, one sort, the shared encoder)."""
    from graphbuild import _json

    nodes = [{"id": n, **g.nodes[n]} for n in sorted(g.nodes)]
    edges = [
        {"source": u, "target": v, "key": k, **d}
        for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    ]
    data = {"directed": True, "multigraph": True, "graph": dict(sorted(g.graph.items()))}
    return _json.dumps({**data, "nodes": nodes, "edges": edges}, indent=True) + b"\n"


def test_to_json_bytes_is_the_plain_dump():
    from graphbuild.graph import to_json_bytes

    g, *_ = small_graph()
    g.add_edge("stmt:1", "stmt:2", key=7, kind="CONFLICTS_WITH", reason="x", values=[])
    assert to_json_bytes(g) == _reference_json(g)
    reloaded = from_json(json.loads(to_json_bytes(g)))  # a different insertion order, same bytes
    assert to_json_bytes(reloaded) == _reference_json(g)
    view = g.subgraph([n for n in g if n != "stmt:2"])  # graph views read the same way
    assert to_json_bytes(view) == _reference_json(view)
    assert to_json_bytes(g.reverse(copy=False)) == _reference_json(g.reverse(copy=False))
    g.nodes["stmt:1"]["big"] = 2**70  # beyond orjson: the shared encoder's fallback, same layout
    assert to_json_bytes(g) == _reference_json(g) and b"1180591620717411303424" in to_json_bytes(g)


def _reference_build(documents, entities, statements, events, conflicts):
    """build_graph's graph made with networkx's add_node and add_edge (the plain code)."""
    import networkx as nx

    from graphbuild.graph import SCHEMA_VERSION, _ts, outlet_id
    from graphbuild.model import PIPELINE_VERSION

    g = nx.MultiDiGraph()
    g.graph.update(
        {"name": "graphbuild", "schema_version": SCHEMA_VERSION, "pipeline_version": PIPELINE_VERSION}
    )
    text_of = {d.id: d.text for d in documents}
    outlet_of = {d.id: d.outlet for d in documents}
    for doc in sorted(documents, key=lambda d: d.id):
        g.add_node(
            doc.id,
            kind="Document",
            title=doc.title,
            outlet=doc.outlet,
            url=doc.url,
            path=doc.path,
            published=_ts(doc.published),
            published_source=doc.published_source,
            chars=len(doc.text),
        )
    for name in sorted({d.outlet for d in documents if d.outlet}):
        g.add_node(outlet_id(name), kind="Outlet", name=name)
    for doc in sorted(documents, key=lambda d: d.id):
        if doc.outlet:
            g.add_edge(doc.id, outlet_id(doc.outlet), key="PUBLISHED_BY", kind="PUBLISHED_BY")
    for ent in sorted(entities, key=lambda e: e.id):
        from collections import Counter

        per_outlet = Counter(outlet_of.get(m.doc_id) or "unknown" for m in ent.mentions)
        g.add_node(
            ent.id,
            kind="Entity",
            name=ent.name,
            type=ent.type,
            aliases=sorted(set(ent.aliases)),
            mentions=len(ent.mentions),
            documents=list(ent.documents),
            outlets=dict(sorted(per_outlet.items())),
            titles=sorted(set(ent.titles)),
            evidence=list(ent.evidence),
        )
        spans = {}
        for m in ent.mentions:
            spans.setdefault(m.doc_id, []).append([m.start, m.end])
        for doc_id in sorted(spans):
            if doc_id in g:
                g.add_edge(
                    doc_id,
                    ent.id,
                    key="MENTIONS",
                    kind="MENTIONS",
                    spans=sorted(spans[doc_id]),
                    count=len(spans[doc_id]),
                )
    for st_ in sorted(statements, key=lambda s: s.id):
        g.add_node(
            st_.id,
            kind="Statement",
            speaker=st_.speaker,
            speaker_name=st_.speaker_name,
            text=st_.text,
            mode=st_.mode,
            cue=st_.cue,
            said=_ts(st_.said),
            addressee=st_.addressee,
            reports=len(st_.reports),
        )
    for st_ in sorted(statements, key=lambda s: s.id):
        if st_.speaker and st_.speaker in g:
            g.add_edge(st_.speaker, st_.id, key="SAID", kind="SAID")
        for rep in sorted(st_.reports, key=lambda r: (r.doc_id, r.content)):
            start, end = rep.content
            text = text_of.get(rep.doc_id, "")
            g.add_edge(
                rep.doc_id,
                st_.id,
                key=f"REPORTS:{start}-{end}",
                kind="REPORTS",
                start=start,
                end=end,
                text=rep.content_text,
                cue=rep.cue_lemma,
                mode=rep.mode,
                said=_ts(rep.said),
                said_rule=rep.said_rule,
                source_text=rep.source_text,
                cue_text=None if rep.cue is None else text[rep.cue[0] : rep.cue[1]],
                sentence=list(rep.sentence) if rep.sentence else None,
                sentence_text=text[rep.sentence[0] : rep.sentence[1]] if rep.sentence else None,
                venue=rep.venue,
                addressee=rep.addressee,
            )
        for ent_id in st_.about:
            if ent_id in g:
                g.add_edge(st_.id, ent_id, key="ABOUT", kind="ABOUT")
    for ev in sorted(events, key=lambda e: e.id):
        g.add_node(ev.id, kind="Event", text=ev.text, predicate=ev.predicate, when=_ts(ev.when))
    for ev in sorted(events, key=lambda e: e.id):
        for em in ev.mentions:
            g.add_edge(
                em.doc_id,
                ev.id,
                key=f"DESCRIBES:{em.start}-{em.end}",
                kind="DESCRIBES",
                start=em.start,
                end=em.end,
                text=em.text,
            )
        for role, ent_id in ev.participants:
            if ent_id in g:
                g.add_edge(ev.id, ent_id, key=f"INVOLVES:{role}", kind="INVOLVES", role=role)
    for c in sorted(conflicts, key=lambda c: (c.a, c.b)):
        g.add_edge(
            c.a,
            c.b,
            key="CONFLICTS_WITH",
            kind="CONFLICTS_WITH",
            reason=c.reason,
            values=list(c.values),
            **{k: list(v) if isinstance(v, tuple) else v for k, v in c.details},
        )
    return g


def test_build_graph_is_what_networkx_add_node_and_add_edge_build():
    d1 = make_doc('Ana Ruiz said: "The bridge will open."', outlet="Daily A", path="a.txt")
    d2 = make_doc('"The bridge will open," Ruiz told reporters.', outlet="Daily B", path="b.txt")
    ruiz = make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ana Ruiz")
    twin = make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d2, "Ruiz")  # the same id twice: merged
    a1 = make_attr(d1, "The bridge will open.", speaker="Ana Ruiz")
    a2 = make_attr(d2, "The bridge will open,", speaker="Ruiz", cue="tell")
    stmt = Statement(
        "stmt:1",
        "ent:ruiz",
        "Ana Ruiz",
        "The bridge will open.",
        "direct",
        "say",
        None,
        None,
        (a1, a2, a1),
        ("ent:ruiz", "ent:none"),
    )
    ghost = Statement("stmt:0", "ent:none", None, "x", "indirect", "say", None, None, (a2,), ())
    conflicts = [
        Conflict("stmt:1", "stmt:0", "r", ("1", "2"), (("ranges", ("1-2",)),)),
        Conflict("stmt:1", "stmt:0", "s", (), (("severity", "high"),)),  # one edge: attributes merged
        Conflict("stmt:0", "stmt:9", "new node", ()),  # an end not in the graph is added bare
    ]
    inputs = ([d2, d1], [twin, ruiz], [stmt, ghost], [], conflicts)
    fast, plain = build_graph(*inputs), _reference_build(*inputs)
    assert _structure(fast) == _structure(plain)
    inputs, *_ = small_inputs()  # events, participants, TimeSpans, a conflict
    assert _structure(build_graph(*inputs)) == _structure(_reference_build(*inputs))
