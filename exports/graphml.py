"""GraphML writer: the graph for tools such as Gephi, yEd or Cytoscape."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from graphbuild._io import atomic_write_bytes


def _flat(value: Any) -> Any:
    # GraphML has scalar attributes only; nested values travel as JSON text, null as absent
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def to_graphml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` with attributes flattened for GraphML; ``graph`` is not changed."""
    out = nx.MultiDiGraph()
    out.graph.update({k: _flat(v) for k, v in graph.graph.items() if v is not None})
    for n in sorted(graph.nodes):
        out.add_node(n, **{k: _flat(v) for k, v in graph.nodes[n].items() if v is not None})
    for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        out.add_edge(u, v, key=k, **{a: _flat(b) for a, b in d.items() if b is not None})
    return out


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GraphML atomically and return the path."""
    buf = io.BytesIO()
    nx.write_graphml(to_graphml_graph(graph), buf, encoding="utf-8")
    return atomic_write_bytes(path, buf.getvalue())
