"""Issue #9: the explorer's fast paths give exactly what the plain code gives.

Each test compares a shortcut with a reference implementation written out here in the plain
way (networkx views, one sort of everything, whole-matrix numpy, no caches).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import networkx as nx
import numpy as np
import pytest
from graphbuild.exports import html_layout
from graphbuild.exports.html import render_explorer
from graphbuild.exports.html_data import (
    DEFAULT_EDGE_COLOR,
    EDGE_COLORS,
    KIND_COLORS,
    KIND_SHAPES,
    KINDS,
    _shorten,
    _span_dates,
    build_payload,
    entity_color,
    report_view,
    to_plain,
)
from graphbuild.exports.html_layout import force_layout
from hypothesis import given, settings
from hypothesis import strategies as st

# -- the layout ------------------------------------------------------------------------------


def _reference_layout(n: int, edges: list[tuple[int, int]], *, iterations: int = 60) -> np.ndarray:
    """The force layout on whole (n x samples) matrices, as first written."""
    distance, samples = 50.0, 16
    if n == 0:
        return np.zeros((0, 2))
    order = html_layout._bfs_order(n, edges)
    rank = np.empty(n)
    rank[np.asarray(order)] = np.arange(n)
    radius = distance * 0.6 * np.sqrt(rank + 0.5)
    angle = np.pi * (3.0 - np.sqrt(5.0))
    pos = np.column_stack((radius * np.cos(rank * angle), radius * np.sin(rank * angle)))
    if n == 1 or iterations <= 0:
        return pos
    rng = np.random.default_rng(0)
    pairs = np.asarray([(i, j) for i, j in edges if i != j], dtype=np.int64).reshape(-1, 2)
    src, dst = pairs[:, 0], pairs[:, 1]
    samples = min(samples, n - 1)
    weight = (n - 1) / samples
    temperature = distance * np.sqrt(n) * 0.1
    cooling = temperature / iterations
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for _ in range(iterations):
        partners = rng.integers(0, n, size=(n, samples))
        dx = x[:, None] - x[partners]
        dy = y[:, None] - y[partners]
        force = distance * distance / np.maximum(dx * dx + dy * dy, 1e-2)
        disp_x = (dx * force).sum(axis=1) * weight
        disp_y = (dy * force).sum(axis=1) * weight
        if len(pairs):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            scale = np.maximum(np.sqrt(ex * ex + ey * ey), 1e-3) / distance
            disp_x += np.bincount(dst, weights=ex * scale, minlength=n) - np.bincount(
                src, weights=ex * scale, minlength=n
            )
            disp_y += np.bincount(dst, weights=ey * scale, minlength=n) - np.bincount(
                src, weights=ey * scale, minlength=n
            )
        pull = 0.02 * np.sqrt(n) / 10
        disp_x -= pull * x
        disp_y -= pull * y
        length = np.maximum(np.sqrt(disp_x * disp_x + disp_y * disp_y), 1e-9)
        step = np.minimum(length, temperature) / length
        x += disp_x * step
        y += disp_y * step
        temperature = max(temperature - cooling, distance * 0.05)
    pos = np.column_stack((x, y))
    return pos - pos.mean(axis=0)


def _index_edges(g: nx.MultiDiGraph) -> tuple[int, list[tuple[int, int]]]:
    index = {n: i for i, n in enumerate(sorted(g.nodes, key=str))}
    return len(index), [(index[u], index[v]) for u, v in g.edges()]


@pytest.mark.parametrize("block_rows", [1, 3, 64, html_layout._BLOCK_ROWS])
@pytest.mark.parametrize("n", [2, 7, 150])
def test_blocked_layout_is_bit_identical(monkeypatch: pytest.MonkeyPatch, block_rows: int, n: int) -> None:
    rng = np.random.default_rng(n)
    edges = [tuple(map(int, e)) for e in rng.integers(0, n, size=(2 * n, 2))]
    monkeypatch.setattr(html_layout, "_BLOCK_ROWS", block_rows)
    got = force_layout(n, edges)
    assert got.tobytes() == _reference_layout(n, edges).tobytes()
    assert force_layout(n, np.asarray(edges)).tobytes() == got.tobytes()  # an edge array works too


def test_blocked_layout_is_bit_identical_on_a_news_shaped_graph(large_graph: nx.MultiDiGraph) -> None:
    n, edges = _index_edges(large_graph)
    assert n > html_layout._BLOCK_ROWS
    assert (
        force_layout(n, edges, iterations=4).tobytes() == _reference_layout(n, edges, iterations=4).tobytes()
    )


# -- the payload -------------------------------------------------------------------------------


def _plain_shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@given(
    st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\u2003", "é", "\t"]), max_size=400),
    st.integers(1, 60),
)
@settings(max_examples=300, deadline=None)
def test_shorten_shortcut_is_plain(text: str, limit: int) -> None:
    assert _shorten(text, limit) == _plain_shorten(text, limit)


def _reference_label(kind: str, attrs: Mapping[str, Any], node_id: str) -> str:
    s = _plain_shorten
    if kind in ("Entity", "Outlet"):
        return s(str(attrs.get("name") or node_id))
    if kind == "Document":
        return s(str(attrs.get("title") or attrs.get("path") or node_id), 32)
    if kind == "Statement":
        text = s(str(attrs.get("text") or ""), 32)
        speaker = attrs.get("speaker_name")
        return f"{s(str(speaker), 20)}: {text}" if speaker else text or node_id
    if kind == "Event":
        return s(str(attrs.get("text") or attrs.get("predicate") or node_id), 32)
    return s(str(attrs.get("name") or attrs.get("text") or node_id))


def _reference_size(kind: str, attrs: Mapping[str, Any], degree: int) -> float:
    def as_int(value: Any) -> int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return 1

    if kind == "Entity":
        return round(8 + 4 * math.sqrt(max(as_int(attrs.get("mentions")), 1)), 2)
    if kind == "Statement":
        return round(8 + 4 * math.sqrt(max(as_int(attrs.get("reports")), 1)), 2)
    if kind == "Outlet":
        return round(12 + 2 * math.sqrt(degree), 2)
    return 12.0 if kind == "Document" else 10.0


def _reference_terms(kind: str, attrs: Mapping[str, Any]) -> list[str]:
    names: list[str] = []
    if kind == "Entity":
        for value in [attrs.get("name"), *(attrs.get("aliases") or [])]:
            if isinstance(value, str) and value.strip() and value not in names:
                names.append(value)
    return names


def _reference_payload(graph: nx.MultiDiGraph, title: str, texts: Mapping[str, str] | None) -> dict[str, Any]:
    """build_payload as first written: networkx views, one sorted edge list, several passes."""
    node_ids = sorted(graph.nodes, key=str)
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    node_attrs = dict(graph.nodes(data=True))
    kinds = {n: str(node_attrs[n].get("kind") or "Node") for n in node_ids}
    doc_outlet: dict[Any, str | None] = {}
    doc_dates: dict[Any, tuple[str | None, str | None]] = {}
    for n in node_ids:
        if kinds[n] == "Document":
            attrs = node_attrs[n]
            doc_outlet[n] = str(attrs["outlet"]) if attrs.get("outlet") else None
            doc_dates[n] = _span_dates(attrs.get("published"))
    for u, v, _, data in edges:
        if data.get("kind") == "PUBLISHED_BY" and doc_outlet.get(u) is None and u in doc_outlet:
            doc_outlet[u] = str(node_attrs[v].get("name") or v)
    node_outlets: dict[Any, set[str]] = {n: set() for n in node_ids}
    fallback: dict[Any, list[str]] = {n: [] for n in node_ids}
    for u, v, _, data in edges:
        if u in doc_outlet and data.get("kind") in ("REPORTS", "DESCRIBES", "MENTIONS"):
            if doc_outlet[u]:
                node_outlets[v].add(str(doc_outlet[u]))
            start, end = doc_dates[u]
            if start and end and data.get("kind") != "MENTIONS":
                fallback[v].extend((start, end))
    nodes_out = []
    entity_types: set[str] = set()
    for n in node_ids:
        attrs, kind = node_attrs[n], kinds[n]
        outlets = set(node_outlets[n])
        if kind == "Document" and doc_outlet.get(n):
            outlets.add(str(doc_outlet[n]))
        if kind == "Outlet":
            outlets.add(str(attrs.get("name") or n))
        if kind == "Entity" and isinstance(attrs.get("outlets"), Mapping):
            outlets.update(str(o) for o in attrs["outlets"])
        span = {"Document": "published", "Statement": "said", "Event": "when"}.get(kind)
        start, end = _span_dates(attrs.get(span)) if span else (None, None)
        date_source = span if start else None
        if start is None and fallback[n]:
            start, end, date_source = min(fallback[n]), max(fallback[n]), "reported"
        etype = str(attrs["type"]) if kind == "Entity" and attrs.get("type") else None
        if etype:
            entity_types.add(etype)
        nodes_out.append(
            {
                "id": str(n),
                "kind": kind,
                "type": etype,
                "label": _reference_label(kind, attrs, str(n)),
                "color": entity_color(etype) if kind == "Entity" else KIND_COLORS.get(kind, "#999999"),
                "shape": KIND_SHAPES.get(kind, "dot"),
                "size": _reference_size(kind, attrs, graph.degree(n)),
                "outlets": sorted(outlets),
                "start": start,
                "end": end,
                "date_source": date_source,
                "terms": _reference_terms(kind, attrs),
                "attrs": dict(attrs),
            }
        )
    statement_text = {n: str(node_attrs[n].get("text") or "") for n in node_ids if kinds[n] == "Statement"}
    edges_out = []
    pair_count: dict[tuple[str, str], int] = {}
    for index, (u, v, k, data) in enumerate(edges):
        pair = (str(u), str(v)) if str(u) <= str(v) else (str(v), str(u))
        parallel = pair_count.get(pair, 0)
        pair_count[pair] = parallel + 1
        kind = str(data.get("kind") or "")
        edge = {
            "id": f"e{index}",
            "from": str(u),
            "to": str(v),
            "key": str(k),
            "kind": kind,
            "parallel": parallel,
            "color": EDGE_COLORS.get(kind, DEFAULT_EDGE_COLOR),
            "attrs": dict(data),
        }
        if kind == "REPORTS":
            doc_text = texts.get(str(u)) if texts else None
            edge["display"], edge["marks"] = report_view(
                data, content=statement_text.get(v), doc_text=doc_text
            )
        edges_out.append(edge)
    present = {node["kind"] for node in nodes_out}
    kinds_order = [k for k in KINDS if k in present] + sorted(present - set(KINDS))
    legend = [
        {"label": k, "color": KIND_COLORS.get(k, "#999999"), "shape": KIND_SHAPES.get(k, "dot")}
        for k in kinds_order
        if k != "Entity"
    ]
    legend += [
        {"label": f"Entity: {t}", "color": entity_color(t), "shape": "dot"} for t in sorted(entity_types)
    ]
    dated = [node for node in nodes_out if node["start"]]
    return {
        "title": title,
        "edge_legend": [
            {"label": k, "color": EDGE_COLORS.get(k, DEFAULT_EDGE_COLOR), "shape": "line"}
            for k in sorted({e["kind"] for e in edges_out})
        ],
        "meta": to_plain(dict(graph.graph)),
        "kinds": kinds_order,
        "entity_types": sorted(entity_types),
        "outlets": sorted({o for node in nodes_out for o in node["outlets"]}),
        "date_min": min((n["start"] for n in dated), default=None),
        "date_max": max((n["end"] for n in dated), default=None),
        "legend": legend,
        "nodes": nodes_out,
        "edges": edges_out,
    }


def _odd_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Documents that name their outlet only by edge, or not at all; parallel edges; a self-loop."""
    g = graph.copy()
    g.add_node("doc:c", kind="Document", title="  Spaced \n  out  " * 20, published=None)
    g.add_node("doc:d", kind="Document", title="No outlet", outlet=None, published={"start": "2023-12-09"})
    g.add_node("outlet:odd", kind="Outlet", name="Odd & <Co>")
    g.add_node("x:1", note="no kind")
    g.add_node(
        "ent:many", kind="Entity", name="Many", type="WORK_OF_ART", aliases=["  ", "Many", "M"], mentions="3"
    )
    g.add_edge("doc:c", "outlet:odd", key="PUBLISHED_BY", kind="PUBLISHED_BY")
    g.add_edge("doc:c", "outlet:odd", key=0, kind="PUBLISHED_BY")
    g.add_edge("doc:d", "ent:many", key="MENTIONS", kind="MENTIONS")
    g.add_edge(
        "doc:d", "stmt:s2", key="REPORTS:1-2", kind="REPORTS", text="x", start=1, end=2, sentence=[0, 9]
    )
    g.add_edge("doc:c", "stmt:s2", key="REPORTS:1-2", kind="REPORTS", text="“y”", sentence_text=" \t ")
    g.add_edge("ent:many", "ent:many", key="SELF", kind="ODD")
    g.add_edge("x:1", "doc:c", key=1)
    g.add_edge("x:1", "doc:c", key="1")
    return g


@pytest.mark.parametrize("share", [False, True])
@pytest.mark.parametrize(
    ("graph_name", "texts_name"),
    [
        ("graph", None),
        ("graph", "texts"),
        ("xss_graph", "xss_texts"),
        ("odd_graph", "texts"),
        ("large_graph", None),
        ("view_graph", "texts"),
    ],
)
def test_payload_is_the_plain_payload(
    request: pytest.FixtureRequest, graph_name: str, texts_name: str | None, share: bool
) -> None:
    graph = request.getfixturevalue(graph_name)
    texts = request.getfixturevalue(texts_name) if texts_name else None
    got = build_payload(graph, title="t", texts=texts, share_attributes=share)
    assert got == _reference_payload(graph, "t", texts)
    for node in got["nodes"]:
        assert (node["attrs"] is graph.nodes[node["id"]]) is share


@pytest.fixture
def odd_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return _odd_graph(graph)


@pytest.fixture
def view_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A read-only subgraph view (not a plain MultiDiGraph's dicts underneath)."""
    return _odd_graph(graph).subgraph([n for n in _odd_graph(graph) if n != "doc:b"])


def test_payload_with_non_string_node_ids_is_the_plain_payload() -> None:
    g = nx.MultiDiGraph()
    g.add_node(10, kind="Entity", name="Ten", type="ORG", mentions=2)
    g.add_node(9, kind="Document", title="Nine", outlet="X", published={"start": "2023-01-02"})
    g.add_node("9", kind="Statement", text="nine", said=None, reports=1)
    g.add_edge(9, 10, key="MENTIONS", kind="MENTIONS")
    g.add_edge(9, "9", key=2, kind="REPORTS", text="nine")
    g.add_edge(9, "9", key=10, kind="REPORTS", text="nine")
    assert build_payload(g, title="t") == _reference_payload(g, "t", None)


def test_page_carries_the_plain_payload(odd_graph: nx.MultiDiGraph) -> None:
    import json
    import re

    g = odd_graph
    page = render_explorer(g, physics_node_limit=3)
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', page, re.DOTALL).group(1))
    reference = json.loads(json.dumps(_reference_payload(g, "graphbuild", None)))
    for node in data["nodes"]:
        del node["x"], node["y"]
    assert data == reference | {"layout": "precomputed"}


@pytest.mark.parametrize(
    "text",
    ["“quoted” – café’s", "line\u2028break", "para\u2029graph", "“a”\u2029\u2028é<&>", "\u2028" * 3, "plain"],
)
def test_line_separators_are_escaped_among_typographic_quotes(text: str) -> None:
    # One search decides whether the separator escapes run; quotes share the separators'
    # first two UTF-8 bytes and must neither trigger them wrongly nor hide a separator.
    import json
    import re

    from graphbuild.exports.html_data import script_safe_json_bytes

    escapes = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
    plain = json.dumps({"t": text}, ensure_ascii=False, separators=(",", ":"))
    expected = re.sub("[<>&\u2028\u2029]", lambda m: escapes[m.group(0)], plain)
    assert script_safe_json_bytes({"t": text}) == expected.encode("utf-8")


def test_parallel_counts_both_ways_are_the_plain_payload() -> None:
    """Edges joining two nodes either way, several keys, self-loops: each edge's "parallel" (how many
    edges before it join the same two nodes) read from the graph is the count kept per pair, and an
    outlet's size comes from its degree."""
    g = nx.MultiDiGraph()
    g.add_node("doc:a", kind="Document", outlet="A")
    g.add_node("outlet:a", kind="Outlet", name="A")
    g.add_node("ent:b", kind="Entity", name="B", type="ORG", mentions=2)
    for key in ("k2", "k1", "k3"):
        g.add_edge("ent:b", "doc:a", key=key, kind="ODD")
    g.add_edge("doc:a", "ent:b", key="MENTIONS", kind="MENTIONS")
    g.add_edge("doc:a", "ent:b", key="other", kind="MENTIONS")
    g.add_edge("doc:a", "outlet:a", key="PUBLISHED_BY", kind="PUBLISHED_BY")
    g.add_edge("outlet:a", "doc:a", key="back", kind="ODD")
    g.add_edge("outlet:a", "outlet:a", key="s1", kind="ODD")
    g.add_edge("outlet:a", "outlet:a", key="s2", kind="ODD")
    got = build_payload(g, title="t")
    assert got == _reference_payload(g, "t", None)
    assert sorted(e["parallel"] for e in got["edges"] if {e["from"], e["to"]} == {"doc:a", "ent:b"}) == [
        0,
        1,
        2,
        3,
        4,
    ]


# -- the page data, encoded a slice at a time ------------------------------------------------------

_awkward_text = st.text(
    alphabet=st.sampled_from(["a", " ", "<", ">", "&", "\u2028", "\u2029", "“", "é", "\\", '"', "\n", "/"]),
    max_size=12,
)
_items = st.lists(
    st.fixed_dictionaries(
        {
            "id": _awkward_text,
            "attrs": st.dictionaries(
                _awkward_text, _awkward_text | st.integers(-(2**63), 2**63 - 1), max_size=3
            ),
        }
    ),
    max_size=9,
)


@given(
    nodes=_items,
    edges=_items,
    title=_awkward_text,
    extra=st.dictionaries(_awkward_text, _awkward_text, max_size=3),
    chunk=st.integers(1, 4),
)
@settings(max_examples=200, deadline=None)
def test_chunked_payload_json_is_the_whole_json(
    nodes: list, edges: list, title: str, extra: dict, chunk: int
) -> None:
    from graphbuild.exports.html_json import payload_json_pieces, script_safe_json_bytes

    payload = extra | {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "meta": {"z": title, "a": [1, 2.5]},
        "date_min": None,
    }
    assert b"".join(payload_json_pieces(payload, chunk=chunk)) == script_safe_json_bytes(payload)


def test_chunked_payload_json_declines_what_needs_the_fallback_encoder() -> None:
    from graphbuild.exports.html_json import NotChunkable, payload_json_pieces

    with pytest.raises(NotChunkable):
        b"".join(payload_json_pieces({"nodes": [{"big": 2**70}]}))
    with pytest.raises(NotChunkable):
        b"".join(payload_json_pieces({1: "non-string top-level key"}))


@pytest.mark.parametrize("big", [False, True])
def test_written_page_is_the_rendered_page(large_graph: nx.MultiDiGraph, tmp_path: Any, big: bool) -> None:
    """write_explorer encodes the data a slice at a time (and again at once, over what it wrote,
    when a value needs the fallback encoder): the file is render_explorer's page either way."""
    from graphbuild.exports.html import write_explorer
    from graphbuild.exports.html_json import CHUNK_ITEMS

    assert large_graph.number_of_nodes() > 2 * CHUNK_ITEMS  # several slices of nodes and of edges
    g = large_graph.copy()
    if big:  # an integer beyond 64 bits: orjson cannot encode it, the standard library can
        g.nodes["ent:7"]["huge"] = 2**70
        g.nodes["ent:8"]["score"] = 1e-05  # formatted as the fallback formats it, like the rest
    out = write_explorer(g, tmp_path / "explorer.html")
    page = out.read_bytes()
    assert page == render_explorer(g).encode("utf-8")
    assert (b"1180591620717411303424" in page) is big
    assert not list(tmp_path.glob(".*.tmp"))
