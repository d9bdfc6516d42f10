"""The explorer's data: a JSON-ready view of a graphbuild MultiDiGraph.

Everything the page shows is computed here, in Python, so it is testable without a
browser: labels, colours, sizes, outlets and dates per node, and for every REPORTS edge the
character ranges of the reported content to highlight. The page only renders it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from typing import Any

import networkx as nx

from graphbuild.errors import ExportError
from graphbuild.graph import sorted_nodes_and_edges

from .html_json import script_safe_json, script_safe_json_bytes, to_plain
from .html_text import highlight_ranges, report_view

__all__ = [
    "build_payload",
    "entity_color",
    "highlight_ranges",
    "report_view",
    "script_safe_json",
    "script_safe_json_bytes",
    "to_plain",
]

#: Display order of node kinds (legend, filters, timeline groups).
KINDS = ("Document", "Outlet", "Entity", "Statement", "Event")

#: Fill colour per node kind (entities are coloured by type instead).
KIND_COLORS = {
    "Document": "#9aa5b1",
    "Outlet": "#5b6770",
    "Entity": "#b07aa1",
    "Statement": "#f28e2b",
    "Event": "#17becf",
}
KIND_SHAPES = {
    "Document": "square",
    "Outlet": "diamond",
    "Entity": "dot",
    "Statement": "dot",
    "Event": "triangle",
}
#: Fill colour per entity type; types not listed get a colour from EXTRA_COLORS by name.
TYPE_COLORS = {
    "PERSON": "#e15759",
    "ORG": "#4e79a7",
    "GPE": "#59a14f",
    "LOC": "#76b7b2",
    "NORP": "#edc948",
    "FAC": "#8c6d31",
    "EVENT": "#ff9da7",
}
EXTRA_COLORS = ("#9c755f", "#b07aa1", "#637939", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354")
EDGE_COLORS = {
    "PUBLISHED_BY": "#c3c8cd",
    "MENTIONS": "#d5d9dd",
    "SAID": "#e15759",
    "REPORTS": "#f6b26b",
    "ABOUT": "#8cb4d9",
    "DESCRIBES": "#9edae5",
    "INVOLVES": "#17becf",
    "CONFLICTS_WITH": "#d62728",
}
DEFAULT_EDGE_COLOR = "#bbbbbb"
LABEL_CHARS = 40


def _shorten(text: str, limit: int = LABEL_CHARS) -> str:
    if len(text) > 2 * limit:
        # The normal form of a prefix is a prefix of the normal form: when that of the first
        # 2 * limit characters is already too long, the rest of a long text is never split.
        head = " ".join(text[: 2 * limit].split())
        if len(head) > limit:
            return head[: limit - 1].rstrip() + "…"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _stable_index(name: str, modulo: int) -> int:
    # Deterministic across runs (unlike hash(), which is salted per process).
    return sum(ord(c) * (i + 1) for i, c in enumerate(name)) % modulo


def entity_color(entity_type: str | None) -> str:
    """Fill colour of an entity of ``entity_type`` (known types fixed, others derived from the name).

    >>> entity_color("PERSON")
    '#e15759'
    """
    if not entity_type:
        return KIND_COLORS["Entity"]
    if entity_type in TYPE_COLORS:
        return TYPE_COLORS[entity_type]
    return EXTRA_COLORS[_stable_index(entity_type, len(EXTRA_COLORS))]


def _span_dates(span: Any) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of a TimeSpan dict, or (None, None)."""
    if span is None or not (type(span) is dict or isinstance(span, Mapping)):
        return None, None
    start, end = span.get("start"), span.get("end")
    start = str(start)[:10] if start else None
    end = str(end)[:10] if end else None
    if start is None:
        return None, None
    if end is None or end < start:
        end = start
    return start, end


def _label(kind: str, attrs: Mapping[str, Any], node_id: str) -> str:
    if kind == "Entity":
        return _shorten(str(attrs.get("name") or node_id))
    if kind == "Outlet":
        return _shorten(str(attrs.get("name") or node_id))
    if kind == "Document":
        return _shorten(str(attrs.get("title") or attrs.get("path") or node_id), 32)
    if kind == "Statement":
        text = _shorten(str(attrs.get("text") or ""), 32)
        speaker = attrs.get("speaker_name")
        return f"{_shorten(str(speaker), 20)}: {text}" if speaker else text or node_id
    if kind == "Event":
        return _shorten(str(attrs.get("text") or attrs.get("predicate") or node_id), 32)
    return _shorten(str(attrs.get("name") or attrs.get("text") or node_id))


def _as_int(value: Any, default: int = 0) -> int:
    if type(value) is int:
        return value
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


@cache
def _root_size(base: int, factor: int, count: int) -> float:
    # Cached: counts repeat a lot, and round(x, 2) is slow.
    return round(base + factor * math.sqrt(count), 2)


def _size(kind: str, attrs: Mapping[str, Any], degree: int) -> float:
    if kind == "Entity":
        return _root_size(8, 4, max(_as_int(attrs.get("mentions"), 1), 1))
    if kind == "Statement":
        return _root_size(8, 4, max(_as_int(attrs.get("reports"), 1), 1))
    if kind == "Outlet":
        return _root_size(12, 2, degree)
    if kind == "Document":
        return 12.0
    return 10.0


def _search_terms(kind: str, attrs: Mapping[str, Any]) -> list[str]:
    if kind != "Entity":
        return []
    names: list[str] = []
    seen: set[str] = set()
    for value in [attrs.get("name"), *(attrs.get("aliases") or [])]:
        # value and not value.isspace(): value.strip() is not empty, without building it
        if isinstance(value, str) and value and not value.isspace() and value not in seen:
            seen.add(value)
            names.append(value)
    return names


#: Edge kinds along which a document's outlet (and, but for MENTIONS, its date) reaches a node.
_CARRYING_KINDS = ("REPORTS", "DESCRIBES", "MENTIONS")
#: The TimeSpan attribute that dates a node of each kind.
_DATE_ATTRIBUTE = {"Document": "published", "Statement": "said", "Event": "when"}


def _edge_sort_key(edge: tuple[Any, Any, Any, Mapping[str, Any]]) -> tuple[str, str, str]:
    u, v, k, _ = edge
    return str(u), str(v), str(k)


def _degree(graph: nx.MultiDiGraph, n: Any) -> int:
    """``graph.degree(n)`` as networkx counts it (parallel edges each, a self-loop twice), from the
    adjacency dicts (read only)."""
    return sum(map(len, graph._succ[n].values())) + sum(map(len, graph._pred[n].values()))


def _parallel_counts(graph: nx.MultiDiGraph, edges: list[tuple[Any, Any, Any, Any]]) -> list[int]:
    """For each edge of ``edges`` (string node ids, as :func:`sorted_nodes_and_edges` orders them:
    by source, then target), how many edges before it join the same two nodes, either way.

    The edges u -> v are consecutive, and those v -> u all come before them when v < u (and all
    after them otherwise): the count is the edge's place among the u -> v edges, plus, when v < u,
    the number of edges v -> u (read from the graph, not counted in a dict of pairs).
    """
    succ = graph._succ
    out: list[int] = []
    append = out.append
    last_u: Any = None
    last_v: Any = None
    count = 0
    for u, v, _, _ in edges:
        if v == last_v and u == last_u:
            count += 1
        else:
            last_u, last_v = u, v
            back = succ[v].get(u) if v < u else None
            count = len(back) if back else 0
        append(count)
    return out


def _parallel_counts_by_str(edges: list[tuple[Any, Any, Any, Any]]) -> list[int]:
    """:func:`_parallel_counts` for any node ids: pairs told apart by the ids' ``str``."""
    pair_count: dict[tuple[str, str], int] = {}
    out = []
    for u, v, _, _ in edges:
        su, sv = str(u), str(v)
        pair = (su, sv) if su <= sv else (sv, su)
        parallel = pair_count.get(pair, 0)
        pair_count[pair] = parallel + 1
        out.append(parallel)
    return out


def build_payload(
    graph: nx.MultiDiGraph,
    *,
    title: str,
    texts: Mapping[str, str] | None = None,
    share_attributes: bool = False,
) -> dict[str, Any]:
    """The explorer's JSON document for ``graph`` (deterministic; the graph is only read).

    Nodes and edges are sorted by id; every original attribute is kept under ``attrs``.
    ``texts`` (document id -> document text), when given, lets reports show whole sentences.
    ``share_attributes``: each ``attrs`` is the graph's own attribute dict rather than a copy,
    for a caller that only serialises the payload (changing such a payload changes the graph).
    """
    if not isinstance(graph, nx.MultiDiGraph):
        raise ExportError(f"write_explorer needs a networkx.MultiDiGraph, got {type(graph).__name__}")
    node_attrs = graph._node  # plain lookups (read only): a NodeView lookup per use is slow
    plain_ids = all(type(n) is str for n in node_attrs)
    if plain_ids:  # sorting by str is sorting
        node_ids, edges = sorted_nodes_and_edges(graph)
    else:
        node_ids = sorted(graph.nodes, key=str)
        edges = sorted(graph.edges(keys=True, data=True), key=_edge_sort_key)

    # The graph is big and scattered in memory: each node's and each edge's attributes are read
    # in one pass, and what depends on other nodes (outlets and dates that documents pass on
    # along edges, an outlet's degree) is filled in afterwards on the new, compact node dicts.
    doc_outlet: dict[Any, str | None] = {}
    doc_dates: dict[Any, tuple[str | None, str | None]] = {}
    statement_text: dict[Any, str] = {}
    own_outlets: dict[Any, set[str]] = {}
    nodes_out: list[dict[str, Any]] = []
    entity_types: set[str] = set()
    for n in node_ids:
        attrs = node_attrs[n]
        kind = str(attrs.get("kind") or "Node")
        span = _DATE_ATTRIBUTE.get(kind)
        start, end = _span_dates(attrs.get(span)) if span else (None, None)
        etype = None
        if kind == "Document":
            doc_outlet[n] = str(attrs["outlet"]) if attrs.get("outlet") else None
            doc_dates[n] = start, end
        elif kind == "Statement":
            statement_text[n] = str(attrs.get("text") or "")
        elif kind == "Entity":
            etype = str(attrs["type"]) if attrs.get("type") else None
            if etype:
                entity_types.add(etype)
            if isinstance(attrs.get("outlets"), Mapping):
                own_outlets[n] = {str(o) for o in attrs["outlets"]}
        elif kind == "Outlet":
            own_outlets[n] = {str(attrs.get("name") or n)}
        node_id = str(n)
        nodes_out.append(
            {
                "id": node_id,
                "kind": kind,
                "type": etype,
                "label": _label(kind, attrs, node_id),
                "color": entity_color(etype) if kind == "Entity" else KIND_COLORS.get(kind, "#999999"),
                "shape": KIND_SHAPES.get(kind, "dot"),
                "size": _size(kind, attrs, 0),  # an outlet's, from its degree, below
                "outlets": [],
                "start": start,
                "end": end,
                "date_source": span if start else None,
                "terms": _search_terms(kind, attrs),
                "attrs": attrs if share_attributes else dict(attrs),
            }
        )

    published_by: list[tuple[Any, Any]] = []
    carried: list[tuple[Any, Any, bool]] = []  # (document, node, whether the date goes too)
    edges_out: list[dict[str, Any]] = []
    parallels = _parallel_counts(graph, edges) if plain_ids else _parallel_counts_by_str(edges)
    for index, (u, v, k, data) in enumerate(edges):
        raw_kind = data.get("kind")
        if u in doc_outlet:
            if raw_kind in _CARRYING_KINDS:
                carried.append((u, v, raw_kind != "MENTIONS"))
            elif raw_kind == "PUBLISHED_BY":
                published_by.append((u, v))
        su, sv = (u, v) if plain_ids else (str(u), str(v))
        kind = str(raw_kind or "")
        edge: dict[str, Any] = {
            "id": f"e{index}",
            "from": su,
            "to": sv,
            "key": k if type(k) is str else str(k),
            "kind": kind,
            "parallel": parallels[index],
            "color": EDGE_COLORS.get(kind, DEFAULT_EDGE_COLOR),
            "attrs": data if share_attributes else dict(data),
        }
        if kind == "REPORTS":
            doc_text = texts.get(su) if texts else None
            edge["display"], edge["marks"] = report_view(
                data, content=statement_text.get(v), doc_text=doc_text
            )
        edges_out.append(edge)

    # Outlets and dates of documents propagate to what they report, describe and mention.
    for u, v in published_by:
        if doc_outlet[u] is None:
            doc_outlet[u] = str(node_attrs[v].get("name") or v)
    node_outlets: dict[Any, set[str]] = {}
    fallback_dates: dict[Any, list[str]] = {}
    for u, v, dated_edge in carried:
        outlet = doc_outlet[u]
        if outlet:
            found = node_outlets.get(v)
            if found is None:
                node_outlets[v] = {outlet}
            else:
                found.add(outlet)
        if dated_edge:
            start, end = doc_dates[u]
            if start and end:
                fallback_dates.setdefault(v, []).extend((start, end))
    for n, node in zip(node_ids, nodes_out, strict=True):
        outlets = node_outlets.get(n)
        own = own_outlets.get(n)
        if own:
            outlets = own if outlets is None else outlets | own
        kind = node["kind"]
        if kind == "Document" and doc_outlet[n]:
            outlets = {str(doc_outlet[n])} if outlets is None else outlets | {str(doc_outlet[n])}
        elif kind == "Outlet":
            node["size"] = _size(kind, {}, _degree(graph, n))
        if outlets:
            node["outlets"] = sorted(outlets)
        if node["start"] is None and n in fallback_dates:
            dates = fallback_dates[n]
            node["start"], node["end"], node["date_source"] = min(dates), max(dates), "reported"

    outlets_all = sorted({o for node in nodes_out for o in node["outlets"]})
    dated = [node for node in nodes_out if node["start"]]
    present_kinds = {node["kind"] for node in nodes_out}
    kinds_order = [k for k in KINDS if k in present_kinds] + sorted(present_kinds - set(KINDS))
    legend = [
        {"label": k, "color": KIND_COLORS.get(k, "#999999"), "shape": KIND_SHAPES.get(k, "dot")}
        for k in kinds_order
        if k != "Entity"
    ]
    legend += [
        {"label": f"Entity: {t}", "color": entity_color(t), "shape": "dot"} for t in sorted(entity_types)
    ]
    edge_kinds = sorted({e["kind"] for e in edges_out})
    edge_legend = [
        {"label": k, "color": EDGE_COLORS.get(k, DEFAULT_EDGE_COLOR), "shape": "line"} for k in edge_kinds
    ]
    return {
        "title": title,
        "edge_legend": edge_legend,
        "meta": to_plain(dict(graph.graph)),
        "kinds": kinds_order,
        "entity_types": sorted(entity_types),
        "outlets": outlets_all,
        "date_min": min((n["start"] for n in dated), default=None),
        "date_max": max((n["end"] for n in dated), default=None),
        "legend": legend,
        "nodes": nodes_out,
        "edges": edges_out,
    }
