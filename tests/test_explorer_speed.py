"""The explorer's faster paths give exactly what the plain code gives.

Each shortcut is compared with a reference written out here the plain way: a queue for the
breadth-first order, a dict of pairs for the parallel-edge counts, plain lists for the lazily
built node and edge lists, whole neighbour lists for the nodes an incremental layout places.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
import numpy as np
import pytest
from graphbuild.exports import html_layout
from graphbuild.exports.html import render_explorer, write_explorer
from graphbuild.exports.html_data import (
    _parallel_counts,
    _parallel_counts_by_str,
    build_payload,
    explorer_data,
)
from graphbuild.exports.html_json import LazyList, payload_json_pieces, script_safe_json_bytes
from graphbuild.exports.html_positions import (
    place_from_previous,
    positions_from_previous,
    read_positions,
    write_positions,
)
from graphbuild.exports.html_text import report_view
from helpers import reference_bfs_order
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.graph import sorted_nodes_and_edges

# -- the breadth-first order of the force layout's start ---------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 40).flatmap(
        lambda n: st.tuples(
            st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3 * n)
        )
    )
)
def test_bfs_order_is_the_queue_order(graph: tuple[int, list[tuple[int, int]]]) -> None:
    n, edges = graph
    assert html_layout._bfs_order(n, edges) == reference_bfs_order(n, edges)


@pytest.mark.parametrize(("n", "m", "seed"), [(2000, 3000, 1), (2000, 1200, 2), (500, 5000, 3)])
def test_bfs_order_is_the_queue_order_on_larger_graphs(n: int, m: int, seed: int) -> None:
    # sparse graphs: a big component, many small ones and isolated nodes
    edges = [tuple(map(int, e)) for e in np.random.default_rng(seed).integers(0, n, size=(m, 2))]
    assert html_layout._bfs_order(n, edges) == reference_bfs_order(n, edges)


# -- the node and edge lists, built a slice at a time ------------------------------------------


def test_lazy_list_is_the_list() -> None:
    plain = [{"i": i, "t": "<&>\u2028"} for i in range(7)]
    lazy = LazyList(len(plain), lambda start, stop: plain[start:stop])
    assert list(lazy) == plain and len(lazy) == 7
    for index in (0, 3, -1, -7):
        assert lazy[index] == plain[index]
    for cut in (slice(2, 5), slice(None, None, 2), slice(5, 2), slice(-3, None), slice(0, 100)):
        assert lazy[cut] == plain[cut]
    with pytest.raises(IndexError):
        lazy[7]
    payload = {"nodes": lazy, "edges": LazyList(0, lambda start, stop: []), "title": "t"}
    expected = script_safe_json_bytes({"nodes": plain, "edges": [], "title": "t"})
    assert script_safe_json_bytes(payload) == expected
    assert b"".join(payload_json_pieces(payload, chunk=3)) == expected


def _string_graph(seed: int) -> nx.MultiDiGraph:
    """Documents, entities and statements joined every way, with parallel edges and self-loops."""
    rng = np.random.default_rng(seed)
    g = nx.MultiDiGraph()
    ids = [f"doc:{i}" for i in range(4)] + [f"ent:{i}" for i in range(5)] + [f"stmt:{i}" for i in range(5)]
    for node in ids:
        g.add_node(node, kind={"doc": "Document", "ent": "Entity", "stmt": "Statement"}[node.split(":")[0]])
    for k, (i, j) in enumerate(rng.integers(0, len(ids), size=(60, 2))):
        g.add_edge(ids[i], ids[j], key=f"k{k % 7}", kind="ODD")
    return g


@pytest.mark.parametrize("seed", range(5))
def test_parallel_counts_from_positions_are_the_counts_per_pair(seed: int) -> None:
    g = _string_graph(seed)
    data = explorer_data(g, title="t")
    _, edges = sorted_nodes_and_edges(g)
    assert _parallel_counts(data.ends) == _parallel_counts_by_str(edges)
    assert _parallel_counts(np.zeros((0, 2), dtype=np.int64)) == []


def test_payload_is_the_lazy_payload_materialised() -> None:
    g = _string_graph(7)
    data = explorer_data(g, title="t", share_attributes=True)
    lazy = data.payload([(float(i), -float(i)) for i in range(len(data.ids))])
    plain = build_payload(g, title="t", share_attributes=True)
    assert list(lazy["edges"]) == plain["edges"]
    assert [{k: v for k, v in node.items() if k not in ("x", "y")} for node in lazy["nodes"]] == plain[
        "nodes"
    ]
    assert [(node["x"], node["y"]) for node in lazy["nodes"]][:2] == [(0.0, -0.0), (1.0, -1.0)]


# -- a report's text and highlight -------------------------------------------------------------


def _plain_report_view(report: dict[str, Any], content: str | None, doc_text: str | None) -> Any:
    """report_view as first written: every field read up front, offsets checked one way."""
    from graphbuild.exports.html_text import _offset_pair, highlight_ranges

    text = str(report.get("text") or "")
    raw_sentence = report.get("sentence")
    sentence = _offset_pair(raw_sentence)
    sentence_text = report.get("sentence_text")
    display = None
    if isinstance(sentence_text, str) and sentence_text.strip():
        display = sentence_text
    elif isinstance(raw_sentence, str) and raw_sentence.strip():
        display, sentence = raw_sentence, None
    elif doc_text is not None and sentence and 0 <= sentence[0] < sentence[1] <= len(doc_text):
        display = doc_text[sentence[0] : sentence[1]]
    if display is None:
        return text, highlight_ranges(text, content=content) or ([[0, len(text)]] if text else [])
    span = _offset_pair((report.get("start"), report.get("end")))
    if sentence and span:
        start, end = max(span[0] - sentence[0], 0), min(span[1] - sentence[0], len(display))
        if start < end:
            return display, [[start, end]]
    return display, highlight_ranges(display, content=content, report=text)


_offsets = st.one_of(st.none(), st.integers(-3, 40), st.booleans(), st.floats(0, 5), st.text(max_size=2))


@settings(max_examples=300, deadline=None)
@given(
    report=st.fixed_dictionaries(
        {},
        optional={
            "text": st.one_of(st.none(), st.text(max_size=12), st.integers()),
            "start": _offsets,
            "end": _offsets,
            "sentence": st.one_of(_offsets, st.lists(_offsets, max_size=3), st.text(max_size=8)),
            "sentence_text": st.one_of(st.none(), st.text(max_size=20), st.integers()),
        },
    ),
    content=st.one_of(st.none(), st.text(max_size=6)),
    doc_text=st.one_of(st.none(), st.text(max_size=40)),
)
def test_report_view_is_the_plain_view(
    report: dict[str, Any], content: str | None, doc_text: str | None
) -> None:
    assert report_view(report, content=content, doc_text=doc_text) == _plain_report_view(
        report, content, doc_text
    )


# -- the incremental layout ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_new_nodes_have_the_neighbours_all_edges_give(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 60
    pairs = rng.integers(0, n, size=(150, 2))
    known = rng.random(n) < 0.8
    touching = pairs[~(known[pairs[:, 0]] & known[pairs[:, 1]])]
    every = html_layout._neighbour_lists(n, pairs)
    some = html_layout._neighbour_lists(n, touching)
    for v in np.flatnonzero(~known):
        assert every[0][every[1][v] : every[2][v]].tolist() == some[0][some[1][v] : some[2][v]].tolist()


def test_positions_from_previous_is_place_from_previous() -> None:
    ids = [f"n{i}" for i in range(6)]
    pairs = np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0]])
    previous = {"n0": (1.0, 2.0), "n1": (3, 4.5), "n2": (-1.0, 0.0), "n4": (7.0, 7.0)}
    nodes: list[dict[str, Any]] = [{"id": i} for i in ids]
    placed = positions_from_previous(ids, pairs, previous)
    assert place_from_previous(nodes, pairs, previous) and placed is not None
    assert [(node["x"], node["y"]) for node in nodes] == placed
    assert placed[1] == (3, 4.5) and isinstance(placed[3][0], float)
    assert positions_from_previous(ids, pairs, {"n0": (1.0, 2.0)}) is None


def test_stored_positions_are_json_pairs(tmp_path: Any) -> None:
    path = tmp_path / "layout.json"
    write_positions(path, {"b": (1.5, -2.0), "a": (3, 4)})
    assert json.loads(path.read_bytes()) == {"format": 1, "nodes": {"a": [3, 4], "b": [1.5, -2.0]}}
    assert path.read_bytes() == b'{"format":1,"nodes":{"a":[3,4],"b":[1.5,-2.0]}}'
    assert read_positions(path) == {"a": (3, 4), "b": (1.5, -2.0)}


def test_a_large_string_graph_page_is_written_as_rendered(tmp_path: Any) -> None:
    g = _string_graph(11)
    page = render_explorer(g, physics_node_limit=3)
    out = write_explorer(g, tmp_path / "explorer.html", physics_node_limit=3)
    assert out.read_bytes() == page.encode("utf-8") and '"layout":"precomputed"' in page
