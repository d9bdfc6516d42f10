"""The explorer's data: a JSON-ready view of a graphbuild MultiDiGraph.

Everything the page shows is computed here, in Python, so it is testable without a
browser: labels, colours, sizes, outlets and dates per node, and for every REPORTS edge the
character ranges of the reported content to highlight. The page only renders it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import count
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphbuild.errors import ExportError
from graphbuild.graph import sorted_nodes_and_edges

from .html_json import LazyList, script_safe_json, script_safe_json_bytes, to_plain
from .html_text import _size, _span_dates, highlight_ranges, report_view

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "ExplorerData",
    "build_payload",
    "entity_color",
    "explorer_data",
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


def _parallel_counts(ends: np.ndarray) -> list[int]:
    """For each edge, given as a row of (from, to) node positions sorted by from, then to (the order
    of :func:`sorted_nodes_and_edges` with string ids), how many edges before it join the same two
    nodes, either way.

    The edges u -> v are consecutive, and those v -> u all come before them when v < u (and all
    after them otherwise): the count is the edge's place among the u -> v edges, plus, when v < u,
    the number of edges v -> u (found by binary search in the sorted pairs).
    """
    import numpy as np

    if len(ends) == 0:
        return []
    froms, tos = ends[:, 0], ends[:, 1]
    width = int(ends.max()) + 1
    pairs = froms * width + tos  # sorted
    place = np.arange(len(pairs))
    run_start = np.maximum.accumulate(np.where(np.diff(pairs, prepend=-1) != 0, place, 0))
    back = tos * width + froms
    backs = np.searchsorted(pairs, back, side="right") - np.searchsorted(pairs, back, side="left")
    counts: list[int] = (place - run_start + np.where(tos < froms, backs, 0)).tolist()
    return counts


def _parallel_counts_by_str(edges: list[tuple[Any, Any, Any, Any]]) -> list[int]:
    """:func:`_parallel_counts` for any node ids, in any order: pairs told apart by the ids' ``str``."""
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
    payload = explorer_data(graph, title=title, texts=texts, share_attributes=share_attributes).payload()
    payload["nodes"], payload["edges"] = list(payload["nodes"]), list(payload["edges"])
    return payload


#: The date fields (start, end, date source) of a node with no date of its own or reported.
_UNDATED = (None, None, None)


@dataclass(frozen=True, eq=False)
class ExplorerData:
    """The explorer's JSON document (see :func:`build_payload`) before its node and edge dicts are
    made: the top-level values, and the tables each node's and each edge's dict is made from."""

    header: dict[str, Any]
    #: Each node's id in the page (its ``str``), in page order.
    ids: list[str]
    graph: nx.MultiDiGraph
    node_ids: list[Any]
    kinds: list[str]
    #: Node -> (start, end, date source), for the nodes with a date of their own or reported.
    dates: dict[Any, tuple[str, str, str | None]]
    outlets: dict[Any, set[str]]
    edges: list[tuple[Any, Any, Any, dict[str, Any]]]
    #: Each edge's (from, to) as positions in the node list: an (edges x 2) integer array.
    ends: np.ndarray
    edge_kinds: list[str]
    parallels: list[int]
    statement_text: dict[Any, str]
    texts: Mapping[str, str] | None
    share_attributes: bool
    plain_ids: bool

    def payload(self, positions: Sequence[tuple[float, float]] | None = None) -> dict[str, Any]:
        """The JSON document, its ``nodes`` and ``edges`` as :class:`~.html_json.LazyList` (made a
        slice at a time as they are read); with ``positions``, each node's ``x`` and ``y``."""
        return {
            **self.header,
            "nodes": LazyList(len(self.ids), partial(self._node_dicts, positions)),
            "edges": LazyList(len(self.edges), self._edge_dicts),
        }

    def _node_dicts(
        self, positions: Sequence[tuple[float, float]] | None, start: int, stop: int
    ) -> list[dict[str, Any]]:
        graph, node_attrs, dates, outlets = self.graph, self.graph._node, self.dates, self.outlets
        share = self.share_attributes
        out = []
        rows = zip(self.node_ids[start:stop], self.ids[start:stop], self.kinds[start:stop], strict=True)
        for n, node_id, kind in rows:
            attrs = node_attrs[n]
            etype = str(attrs["type"]) if kind == "Entity" and attrs.get("type") else None
            first, last, date_source = dates.get(n, _UNDATED)
            found = outlets.get(n)
            out.append(
                {
                    "id": node_id,
                    "kind": kind,
                    "type": etype,
                    "label": _label(kind, attrs, node_id),
                    "color": entity_color(etype) if kind == "Entity" else KIND_COLORS.get(kind, "#999999"),
                    "shape": KIND_SHAPES.get(kind, "dot"),
                    "size": _size(kind, attrs, _degree(graph, n) if kind == "Outlet" else 0),
                    "outlets": sorted(found) if found else [],
                    "start": first,
                    "end": last,
                    "date_source": date_source,
                    "terms": _search_terms(kind, attrs) if kind == "Entity" else [],
                    "attrs": attrs if share else dict(attrs),
                }
            )
        if positions is not None:
            for node, (x, y) in zip(out, positions[start:stop], strict=True):
                node["x"], node["y"] = x, y
        return out

    def _edge_dicts(self, start: int, stop: int) -> list[dict[str, Any]]:
        texts, statement_text = self.texts, self.statement_text
        share, plain_ids = self.share_attributes, self.plain_ids
        out = []
        rows = zip(
            self.edges[start:stop], self.edge_kinds[start:stop], self.parallels[start:stop], strict=True
        )
        for index, ((u, v, k, data), kind, parallel) in enumerate(rows, start):
            su, sv = (u, v) if plain_ids else (str(u), str(v))
            edge: dict[str, Any] = {
                "id": f"e{index}",
                "from": su,
                "to": sv,
                "key": k if type(k) is str else str(k),
                "kind": kind,
                "parallel": parallel,
                "color": EDGE_COLORS.get(kind, DEFAULT_EDGE_COLOR),
                "attrs": data if share else dict(data),
            }
            if kind == "REPORTS":
                doc_text = texts.get(su) if texts else None
                edge["display"], edge["marks"] = report_view(
                    data, content=statement_text.get(v), doc_text=doc_text
                )
            out.append(edge)
        return out


def explorer_data(
    graph: nx.MultiDiGraph,
    *,
    title: str,
    texts: Mapping[str, str] | None = None,
    share_attributes: bool = False,
) -> ExplorerData:
    """:func:`build_payload`'s document before its node and edge dicts are made (see
    :class:`ExplorerData`): for a page writer that encodes them a slice at a time.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("doc:1", "ent:1", key="MENTIONS", kind="MENTIONS")
    'MENTIONS'
    >>> data = explorer_data(g, title="demo")
    >>> data.ids, [(e["id"], e["from"], e["to"]) for e in data.payload()["edges"]]
    (['doc:1', 'ent:1'], [('e0', 'doc:1', 'ent:1')])
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

    # What depends on other nodes (outlets and dates that documents pass on along edges) is
    # gathered first; the node and edge dicts are made afterwards, when the page is written.
    kinds: list[str] = []
    dates: dict[Any, tuple[str, str, str | None]] = {}
    doc_outlet: dict[Any, str | None] = {}
    doc_dates: dict[Any, tuple[str | None, str | None]] = {}
    statement_text: dict[Any, str] = {}
    own_outlets: dict[Any, set[str]] = {}
    entity_types: set[str] = set()
    for n in node_ids:
        attrs = node_attrs[n]
        kind = str(attrs.get("kind") or "Node")
        kinds.append(kind)
        span = _DATE_ATTRIBUTE.get(kind)
        start, end = _span_dates(attrs.get(span)) if span else (None, None)
        if start is not None and end is not None:  # the end is never missing when the start is not
            dates[n] = start, end, span if start else None
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

    edge_kinds, outlets, reported = _carried_by_documents(node_attrs, edges, doc_outlet, doc_dates)
    for n, (first, last) in reported.items():
        if n not in dates:
            dates[n] = first, last, "reported"
    for n, own in own_outlets.items():  # every set here is this call's own: updated in place
        found = outlets.setdefault(n, own)
        if found is not own:
            found |= own
    for n, outlet in doc_outlet.items():
        if outlet:
            outlets.setdefault(n, set()).add(outlet)

    dated = [(first, last) for first, last, _ in dates.values() if first]
    present_kinds = set(kinds)
    kinds_order = [k for k in KINDS if k in present_kinds] + sorted(present_kinds - set(KINDS))
    legend = [
        {"label": k, "color": KIND_COLORS.get(k, "#999999"), "shape": KIND_SHAPES.get(k, "dot")}
        for k in kinds_order
        if k != "Entity"
    ]
    legend += [
        {"label": f"Entity: {t}", "color": entity_color(t), "shape": "dot"} for t in sorted(entity_types)
    ]
    edge_legend = [
        {"label": k, "color": EDGE_COLORS.get(k, DEFAULT_EDGE_COLOR), "shape": "line"}
        for k in sorted(set(edge_kinds))
    ]
    ids = node_ids if plain_ids else list(map(str, node_ids))
    ends = _edge_ends(ids, edges, plain_ids=plain_ids)
    header = {
        "title": title,
        "edge_legend": edge_legend,
        "meta": to_plain(dict(graph.graph)),
        "kinds": kinds_order,
        "entity_types": sorted(entity_types),
        "outlets": sorted(set().union(*outlets.values())),
        "date_min": min((first for first, _ in dated), default=None),
        "date_max": max((last for _, last in dated), default=None),
        "legend": legend,
    }
    return ExplorerData(
        header=header,
        ids=ids,
        graph=graph,
        node_ids=node_ids,
        kinds=kinds,
        dates=dates,
        outlets=outlets,
        edges=edges,
        edge_kinds=edge_kinds,
        ends=ends,
        parallels=_parallel_counts(ends) if plain_ids else _parallel_counts_by_str(edges),
        statement_text=statement_text,
        texts=texts,
        share_attributes=share_attributes,
        plain_ids=plain_ids,
    )


def _edge_ends(ids: list[str], edges: list[tuple[Any, Any, Any, Any]], *, plain_ids: bool) -> np.ndarray:
    """Each edge's (from, to) as positions in ``ids`` (the nodes' ``str``), an (edges x 2) array."""
    import numpy as np

    index = dict(zip(ids, count()))
    ends = np.empty((len(edges), 2), dtype=np.int64)
    for column in (0, 1):
        ends_ids = map(itemgetter(column), edges)
        # map() over C-level callables: this runs once per edge of a large graph
        ends[:, column] = np.fromiter(
            map(index.__getitem__, ends_ids if plain_ids else map(str, ends_ids)),
            dtype=np.int64,
            count=len(edges),
        )
    return ends


def _carried_by_documents(
    node_attrs: Mapping[Any, Mapping[str, Any]],
    edges: list[tuple[Any, Any, Any, dict[str, Any]]],
    doc_outlet: dict[Any, str | None],
    doc_dates: Mapping[Any, tuple[str | None, str | None]],
) -> tuple[list[str], dict[Any, set[str]], dict[Any, tuple[str, str]]]:
    """Each edge's kind, and what documents pass on along their REPORTS, DESCRIBES and MENTIONS
    edges: node -> the outlets, and node -> the (earliest, latest) date (not along MENTIONS).

    A document without an outlet of its own takes that of its first PUBLISHED_BY edge (filled
    in ``doc_outlet``); what it carried before that edge is passed on once it is known.
    """
    edge_kinds: list[str] = []
    add_kind = edge_kinds.append
    outlets: dict[Any, set[str]] = {}
    reported: dict[Any, tuple[str, str]] = {}
    unknown_outlet: list[tuple[Any, Any]] = []
    for u, v, _, data in edges:
        raw_kind = data.get("kind")
        add_kind(raw_kind if type(raw_kind) is str else str(raw_kind or ""))
        if u not in doc_outlet:
            continue
        if raw_kind in _CARRYING_KINDS:
            outlet = doc_outlet[u]
            if outlet:
                found = outlets.get(v)
                if found is None:
                    outlets[v] = {outlet}
                else:
                    found.add(outlet)
            elif outlet is None:
                unknown_outlet.append((u, v))
            if raw_kind != "MENTIONS":
                start, end = doc_dates[u]
                if start and end:
                    # min and max of every start and end: a span's end is never before its start
                    span = reported.get(v)
                    if span is None:
                        reported[v] = start, end
                    elif start < span[0] or end > span[1]:
                        reported[v] = min(start, span[0]), max(end, span[1])
        elif raw_kind == "PUBLISHED_BY" and doc_outlet[u] is None:
            doc_outlet[u] = str(node_attrs[v].get("name") or v)
    for u, v in unknown_outlet:
        outlet = doc_outlet[u]
        if outlet:
            outlets.setdefault(v, set()).add(outlet)
    return edge_kinds, outlets, reported
