"""Stored explorer layouts: an incremental build keeps old nodes in place and fits new ones in."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from graphbuild.exports.html import render_explorer, write_explorer
from graphbuild.exports.html_layout import extend_layout
from graphbuild.exports.html_positions import (
    POSITIONS_FILE,
    place_from_previous,
    read_positions,
    write_positions,
)

DATA_RE = re.compile(rb'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL)


def _payload(path: Path) -> dict:
    match = DATA_RE.search(path.read_bytes())
    assert match, "no graph-data block"
    return json.loads(match.group(1))


def _positions(payload: dict) -> dict[str, tuple[float, float]]:
    return {n["id"]: (n["x"], n["y"]) for n in payload["nodes"]}


def _without_positions(payload: dict) -> dict:
    return {
        **payload,
        "nodes": [{k: v for k, v in n.items() if k not in ("x", "y")} for n in payload["nodes"]],
    }


def _grown(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` plus a new document of an existing outlet mentioning an old and a new entity,
    and a new component joined to nothing."""
    g = graph.copy()
    g.add_node("doc:new", kind="Document", title="New story", outlet="Harbour Times", chars=10)
    g.add_node("ent:new", kind="Entity", name="Newcomer", type="PERSON", aliases=["Newcomer"], mentions=1)
    g.add_edge("doc:new", "ent:lopez", key="MENTIONS", kind="MENTIONS", spans=[[0, 5]], count=1)
    g.add_edge("doc:new", "ent:new", key="MENTIONS", kind="MENTIONS", spans=[[6, 9]], count=1)
    g.add_node("ent:far1", kind="Entity", name="Far One", type="ORG", aliases=["Far One"], mentions=1)
    g.add_node("ent:far2", kind="Entity", name="Far Two", type="ORG", aliases=["Far Two"], mentions=1)
    g.add_edge("ent:far1", "ent:far2", key="X", kind="X")
    return g


def test_extend_layout_keeps_known_nodes_and_places_new_ones_near_their_neighbours():
    # a path 0-1-2-3 laid out on a line; node 4 joins 3, nodes 5-6 join nothing placed
    known = np.array([True, True, True, True, False, False, False])
    start = np.array([[0.0, 0.0], [50.0, 0.0], [100.0, 0.0], [150.0, 0.0], [0, 0], [0, 0], [0, 0]])
    edges = [(0, 1), (1, 2), (2, 3), (3, 4), (5, 6)]
    pos = extend_layout(7, edges, known, start)
    assert (pos[:4] == start[:4]).all()  # exactly, not nearly
    assert np.isfinite(pos).all()
    assert np.linalg.norm(pos[4] - pos[3]) < np.linalg.norm(pos[4] - pos[0])  # near its neighbour
    assert pos[5:, 0].min() > 150.0  # a new component goes beside the old map, not over it
    assert (extend_layout(7, edges, known, start) == pos).all()  # deterministic


def test_extend_layout_fans_out_new_nodes_of_one_hub():
    known = np.array([True] + [False] * 12)
    start = np.zeros((13, 2))
    pos = extend_layout(13, [(0, i) for i in range(1, 13)], known, start)
    assert (pos[0] == 0).all()
    assert len({tuple(p) for p in pos.round(1).tolist()}) == 13  # no two on one spot


def test_positions_file_round_trip_and_removal(tmp_path):
    path = tmp_path / POSITIONS_FILE
    write_positions(path, {"b": (1.5, -2.0), "a": (0.0, 3.25)})
    assert read_positions(path) == {"a": (0.0, 3.25), "b": (1.5, -2.0)}
    write_positions(path, None)  # a page laid out by the browser stores nothing
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[1, 2]",
        b'{"format": 999, "nodes": {}}',
        b'{"format": 1, "nodes": {"a": [1.0]}}',
        b'{"format": 1, "nodes": {"a": ["x", 2]}}',
        b'{"format": 1, "nodes": {"a": [true, 2]}}',
        b'{"format": 1, "nodes": {"a": [1e400, 2]}}',
        b'{"format": 1, "nodes": {"a": [1' + b"0" * 400 + b", 2]}}",
        b'{"format": 1, "nodes": {"a": [1, 2], "b": [[1], 2]}}',
        b'{"format": 1, "nodes": {"a": [1, 2], "b": null}}',
        b'{"format": 1, "nodes": {"a": [1, 2], "b": [1, 2, 3]}}',
        b'{"format": 1}',
    ],
)
def test_unreadable_positions_are_ignored_with_a_warning(tmp_path, caplog, content):
    path = tmp_path / POSITIONS_FILE
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert read_positions(path) is None
    assert "laying the graph out afresh" in caplog.text


def test_missing_positions_are_not_an_error(tmp_path):
    assert read_positions(tmp_path / POSITIONS_FILE) is None


def test_too_few_known_nodes_fall_back():
    nodes = [{"id": f"n{i}"} for i in range(4)]
    pairs = np.array([[0, 1], [1, 2], [2, 3]])
    assert not place_from_previous(nodes, pairs, {"n0": (1.0, 2.0)})
    assert all("x" not in n for n in nodes)
    assert place_from_previous(nodes, pairs, {"n0": (1.0, 2.0), "n1": (3.0, 4.0)})
    assert (nodes[0]["x"], nodes[0]["y"]) == (1.0, 2.0) and all("x" in n for n in nodes)


def test_a_full_render_ignores_stored_positions_and_stores_its_own(graph, tmp_path):
    reference = tmp_path / "reference.html"
    write_explorer(graph, reference, physics_node_limit=0)
    store = tmp_path / POSITIONS_FILE
    write_positions(store, {n: (1.0, 1.0) for n in graph.nodes})  # another layout: not used
    page = tmp_path / "explorer.html"
    write_explorer(graph, page, physics_node_limit=0, positions_file=store)
    assert page.read_bytes() == reference.read_bytes()  # a full build's page is unchanged
    assert read_positions(store) == _positions(_payload(page))
    write_explorer(graph, page, positions_file=store)  # small graph, the browser lays it out
    assert not store.exists()


def test_an_incremental_render_differs_only_in_new_positions(graph, tmp_path):
    store = tmp_path / POSITIONS_FILE
    first = tmp_path / "first.html"
    write_explorer(graph, first, physics_node_limit=0, positions_file=store)
    old = _positions(_payload(first))
    grown = _grown(graph)
    full = tmp_path / "full.html"
    write_explorer(grown, full, physics_node_limit=0)
    pages = []
    for name in ("inc1.html", "inc2.html"):
        write_positions(store, old)
        page = tmp_path / name
        write_explorer(grown, page, physics_node_limit=0, positions_file=store, keep_positions=True)
        pages.append(page.read_bytes())
    assert pages[0] == pages[1]  # the same previous layout and graph give the same page
    inc = _payload(tmp_path / "inc1.html")
    assert _without_positions(inc) == _without_positions(_payload(full))
    now = _positions(inc)
    assert {n: now[n] for n in old} == old  # every old node where it was
    assert set(now) - set(old) == {"doc:new", "ent:new", "ent:far1", "ent:far2"}
    assert read_positions(store) == now  # the next increment starts from this page


def test_an_unsuitable_store_falls_back_to_the_full_layout(graph, tmp_path, caplog):
    full = render_explorer(graph, physics_node_limit=0).encode("utf-8")
    store = tmp_path / POSITIONS_FILE
    for content in (b"garbage", json.dumps({"format": 1, "nodes": {"other:1": [0.0, 0.0]}}).encode()):
        store.write_bytes(content)
        page = tmp_path / "explorer.html"
        with caplog.at_level(logging.INFO):
            write_explorer(graph, page, physics_node_limit=0, positions_file=store, keep_positions=True)
        assert page.read_bytes() == full
    assert "laying the graph out afresh" in caplog.text
