"""The knowledge graph: building the networkx MultiDiGraph and its JSON form.

The schema (node and edge kinds, attribute names) is the contract in
DESIGN.md; graph.json is networkx node-link JSON with nodes and edges sorted so
that the same input always gives byte-identical output.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any

import networkx as nx
import orjson
from anyascii import anyascii

from . import _json
from ._io import atomic_write_bytes, gc_paused
from .errors import GraphFormatError
from .model import PIPELINE_VERSION, Conflict, Document, Entity, Event, Statement

SCHEMA_VERSION = 1
#: graph.json's encoding: what ``_json.dumps(data, indent=True)`` writes, then a newline.
_GRAPH_JSON_OPTIONS = (
    orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
)
NODE_KINDS = ("Document", "Outlet", "Entity", "Statement", "Event")
EDGE_KINDS = (
    "PUBLISHED_BY",
    "MENTIONS",
    "SAID",
    "REPORTS",
    "ABOUT",
    "DESCRIBES",
    "INVOLVES",
    "CONFLICTS_WITH",
)


def outlet_id(name: str) -> str:
    """``outlet:<slug>`` for an outlet name ("The Epoch Times" -> outlet:the-epoch-times)."""
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")
    return f"outlet:{slug or 'unknown'}"


def _ts(span: Any) -> dict[str, Any] | None:
    return span.to_json() if span is not None else None


def build_graph(
    documents: Sequence[Document],
    entities: Sequence[Entity],
    statements: Sequence[Statement],
    events: Sequence[Event],
    conflicts: Sequence[Conflict],
    *,
    metadata: Mapping[str, Any] | None = None,
    document_notes: Mapping[str, Mapping[str, str]] | None = None,
) -> nx.MultiDiGraph:
    """Assemble the knowledge graph from the outputs of the pipeline stages.

    Nodes and edges are added in sorted order; attribute values are JSON-ready
    (TimeSpans as dicts), so :func:`to_json` is a plain dump. ``document_notes``
    adds per-document provenance notes (e.g. a manifest's ``published_how``) as
    Document attributes.
    """
    document_notes = document_notes or {}
    g = nx.MultiDiGraph()
    g.graph.update(
        {"name": "graphbuild", "schema_version": SCHEMA_VERSION, "pipeline_version": PIPELINE_VERSION}
    )
    g.graph.update(metadata or {})
    add_node, add_edge = _adders(g)

    outlet_of = {d.id: d.outlet for d in documents}
    text_of = {d.id: d.text for d in documents}
    documents = sorted(documents, key=_by_id)
    for doc in documents:
        attrs = {
            "kind": "Document",
            "title": doc.title,
            "outlet": doc.outlet,
            "url": doc.url,
            "path": doc.path,
            "published": _ts(doc.published),
            "published_source": doc.published_source,
            "chars": len(doc.text),
        }
        attrs.update(sorted(document_notes.get(doc.id, {}).items()))
        add_node(doc.id, attrs)
    outlets = {name: outlet_id(name) for name in sorted({d.outlet for d in documents if d.outlet})}
    for name, node in outlets.items():
        add_node(node, {"kind": "Outlet", "name": name})
    for doc in documents:
        if doc.outlet:
            add_edge(doc.id, outlets[doc.outlet], "PUBLISHED_BY", {"kind": "PUBLISHED_BY"})

    nodes = g._node  # membership tests on the node dict itself
    for ent in sorted(entities, key=_by_id):
        # each document's spans in order, the documents in order (what ent.documents gives)
        spans: defaultdict[str, list[list[int]]] = defaultdict(list)
        for m in sorted(ent.mentions, key=_mention_position):
            spans[m.doc_id].append([m.start, m.end])
        per_outlet: dict[str, int] = {}  # mentions per outlet, counted per document
        for doc_id, found in spans.items():
            outlet = outlet_of.get(doc_id) or "unknown"
            per_outlet[outlet] = per_outlet.get(outlet, 0) + len(found)
        add_node(
            ent.id,
            {
                "kind": "Entity",
                "name": ent.name,
                "type": ent.type,
                "aliases": sorted(set(ent.aliases)),
                "mentions": len(ent.mentions),
                "documents": list(spans),
                "outlets": dict(sorted(per_outlet.items())),
                "titles": sorted(set(ent.titles)),
                "evidence": list(ent.evidence),
            },
        )
        for doc_id, found in spans.items():
            if doc_id in nodes:
                add_edge(
                    doc_id, ent.id, "MENTIONS", {"kind": "MENTIONS", "spans": found, "count": len(found)}
                )

    statements = sorted(statements, key=_by_id)
    for st in statements:
        add_node(
            st.id,
            {
                "kind": "Statement",
                "speaker": st.speaker,
                "speaker_name": st.speaker_name,
                "text": st.text,
                "mode": st.mode,
                "cue": st.cue,
                "said": _ts(st.said),
                "addressee": st.addressee,
                "reports": len(st.reports),
            },
        )
    for st in statements:
        if st.speaker and st.speaker in nodes:
            add_edge(st.speaker, st.id, "SAID", {"kind": "SAID"})
        for rep in sorted(st.reports, key=_report_position):
            start, end = rep.content
            doc_text = text_of.get(rep.doc_id, "")
            exact = doc_text[start:end] if doc_text else rep.content_text
            sentence = rep.sentence
            report: dict[str, Any] = {
                "kind": "REPORTS",
                "start": start,
                "end": end,
                "text": exact,
                "cue": rep.cue_lemma,
                "mode": rep.mode,
                "said": _ts(rep.said),
                "said_rule": rep.said_rule,
                "source_text": rep.source_text,
                "cue_text": None if rep.cue is None else doc_text[rep.cue[0] : rep.cue[1]],
                "sentence": list(sentence) if sentence else None,
                "sentence_text": doc_text[sentence[0] : sentence[1]] if sentence else None,
                "venue": rep.venue,
                "addressee": rep.addressee,
            }
            if rep.content_text != exact:  # the quotation's words, its attribution between two parts left out
                report["quoted"] = rep.content_text
            add_edge(rep.doc_id, st.id, f"REPORTS:{start}-{end}", report)
        for ent_id in st.about:
            if ent_id in nodes:
                add_edge(st.id, ent_id, "ABOUT", {"kind": "ABOUT"})

    events = sorted(events, key=_by_id)
    for ev in events:
        add_node(ev.id, {"kind": "Event", "text": ev.text, "predicate": ev.predicate, "when": _ts(ev.when)})
    for ev in events:
        for em in ev.mentions:
            add_edge(
                em.doc_id,
                ev.id,
                f"DESCRIBES:{em.start}-{em.end}",
                {"kind": "DESCRIBES", "start": em.start, "end": em.end, "text": em.text},
            )
        for role, ent_id in ev.participants:
            if ent_id in nodes:
                add_edge(ev.id, ent_id, f"INVOLVES:{role}", {"kind": "INVOLVES", "role": role})

    for c in sorted(conflicts, key=lambda c: (c.a, c.b, c.quantity)):
        add_edge(
            c.a,
            c.b,
            f"CONFLICTS_WITH:{c.quantity}" if c.quantity else "CONFLICTS_WITH",
            {
                "kind": "CONFLICTS_WITH",
                "reason": c.reason,
                "values": list(c.values),
                **{k: list(v) if isinstance(v, tuple) else v for k, v in c.details},
            },
        )
    return g


_by_id = attrgetter("id")
#: The order of a statement's REPORTS edges: by document, then position.
_report_position = attrgetter("doc_id", "content")
_mention_position = attrgetter("doc_id", "start", "end")


def _adders(
    g: nx.MultiDiGraph,
) -> tuple[Callable[[Any, dict[str, Any]], None], Callable[[Any, Any, Any, dict[str, Any]], None]]:
    """``add_node(n, attrs)`` and ``add_edge(u, v, key, attrs)`` for a MultiDiGraph being built.

    They do what ``g.add_node(n, **attrs)`` and ``g.add_edge(u, v, key=key, **attrs)`` do (an
    existing node or edge gets its attributes updated; an edge adds missing end nodes; the
    same insertion orders everywhere), on networkx's own adjacency dicts, keeping the given
    attribute dict instead of copying it: tens of thousands of ``add_edge`` calls spend most
    of their time on keyword arguments and bookkeeping this one-off assembly needs not.
    """
    node_attrs, succ, pred = g._node, g._succ, g._pred

    def add_node(n: Any, attrs: dict[str, Any]) -> None:
        if n is None:
            raise ValueError("None cannot be a node")
        found = node_attrs.get(n)
        if found is None:
            succ[n] = {}
            pred[n] = {}
            node_attrs[n] = attrs
        else:
            found.update(attrs)

    def add_edge(u: Any, v: Any, key: Any, attrs: dict[str, Any]) -> None:
        out = succ.get(u)
        if out is None:
            add_node(u, {})
            out = succ[u]
        into = pred.get(v)
        if into is None:
            add_node(v, {})
            into = pred[v]
        keyed = out.get(v)
        if keyed is None:
            out[v] = into[u] = {key: attrs}
            return
        found = keyed.get(key)
        if found is None:
            keyed[key] = attrs
        else:
            found.update(attrs)

    return add_node, add_edge


def sorted_nodes_and_edges(
    graph: nx.MultiDiGraph,
) -> tuple[list[Any], list[tuple[Any, Any, Any, dict[str, Any]]]]:
    """The graph's nodes sorted, and its edges as (u, v, key, data) sorted by (u, v, str(key)).

    The order graph.json lists them in. ``data`` is the edge's own attribute dict (read it,
    do not change it). With string node ids (every graphbuild graph) the edges come straight
    from the sorted adjacency dicts: an edge view costs a generator step per edge and one big
    sort a key tuple per edge. Both ways give the same list (keys that print alike keep their
    insertion order, as in a stable sort).

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("b", "a", key=2), g.add_edge("a", "b", key=10), g.add_edge("a", "b", key=9)
    >>> [(u, v, k) for u, v, k, _ in sorted_nodes_and_edges(g)[1]]
    [('a', 'b', 10), ('a', 'b', 9), ('b', 'a', 2)]
    """
    nodes, edges = _in_order(graph)
    return nodes, edges if isinstance(edges, list) else list(edges)


def _in_order(
    graph: nx.MultiDiGraph,
) -> tuple[list[Any], Iterable[tuple[Any, Any, Any, dict[str, Any]]]]:
    """:func:`sorted_nodes_and_edges`, the edges as an iterable (one pass): a reader that turns
    each edge into something else then holds no list of tuples as well."""
    adjacency = graph._adj  # the successor dicts themselves, only read
    if not all(type(n) is str for n in adjacency):
        return sorted(graph.nodes), sorted(graph.edges(keys=True, data=True), key=_edge_order)
    nodes = sorted(adjacency)
    return nodes, _edges_in_order(adjacency, nodes)


def _edges_in_order(
    adjacency: Mapping[Any, Mapping[Any, Mapping[Any, dict[str, Any]]]], nodes: Sequence[Any]
) -> Iterator[tuple[Any, Any, Any, dict[str, Any]]]:
    for u in nodes:
        neighbours = adjacency[u]
        if not neighbours:
            continue
        for v in sorted(neighbours) if len(neighbours) > 1 else neighbours:
            keyed = neighbours[v]
            for k, data in sorted(keyed.items(), key=_key_as_str) if len(keyed) > 1 else keyed.items():
                yield u, v, k, data


def _edge_order(edge: tuple[Any, Any, Any, Any]) -> tuple[Any, Any, str]:
    return edge[0], edge[1], str(edge[2])


def _key_as_str(item: tuple[Any, Any]) -> str:
    return str(item[0])


def to_json_bytes(graph: nx.MultiDiGraph) -> bytes:
    """graph.json as UTF-8: node-link JSON with sorted nodes, edges and keys, two-space indent."""
    with gc_paused():
        return _to_json_bytes(graph)


def _to_json_bytes(graph: nx.MultiDiGraph) -> bytes:
    node_ids, sorted_edges = _in_order(graph)
    node_attrs = graph._node
    # the objects {"id": n, **attrs} and {"source": u, "target": v, "key": k, **data}, an attribute of
    # the same name winning; made as a copy of the attribute dict that then takes its ends, which is
    # faster (the keys' order is immaterial: graph.json writes them sorted)
    nodes = []
    for n in node_ids:
        attrs = node_attrs[n]
        node = dict(attrs, id=n)
        if len(node) == len(attrs):  # the node has an "id" attribute
            node["id"] = attrs["id"]
        nodes.append(node)
    edges = []
    for u, v, k, d in sorted_edges:
        edge = dict(d, source=u, target=v, key=k)
        if len(edge) < len(d) + 3:  # the edge has a "source", "target" or "key" attribute
            edge.update(d)
        edges.append(edge)
    data = {
        "directed": True,
        "multigraph": True,
        "graph": dict(sorted(graph.graph.items())),
        "nodes": nodes,
        "edges": edges,
    }
    try:
        # orjson appends the final newline itself: no copy of a file of tens of MB to add one byte
        return orjson.dumps(data, option=_GRAPH_JSON_OPTIONS)
    except orjson.JSONEncodeError:  # what orjson cannot encode: the shared encoder's fallback
        return _json.dumps(data, indent=True) + b"\n"


def to_json(graph: nx.MultiDiGraph) -> str:
    """graph.json text (see :func:`to_json_bytes`)."""
    return to_json_bytes(graph).decode("utf-8")


def save_graph(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write graph.json atomically."""
    return atomic_write_bytes(path, to_json_bytes(graph))


def from_json(data: Mapping[str, Any], *, source: str = "<graph>") -> nx.MultiDiGraph:
    """Rebuild the MultiDiGraph from node-link data, validating its shape."""
    if not isinstance(data, Mapping) or "nodes" not in data or "edges" not in data:
        raise GraphFormatError(
            f"{source}: not a graphbuild graph (node-link JSON with 'nodes' and 'edges' expected)"
        )
    try:
        graph = nx.node_link_graph(dict(data), directed=True, multigraph=True, edges="edges")
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise GraphFormatError(f"{source}: malformed node-link JSON: {exc}") from exc
    for n, attrs in graph.nodes(data=True):
        if attrs.get("kind") not in NODE_KINDS:
            raise GraphFormatError(f"{source}: node {n!r} has unknown kind {attrs.get('kind')!r}")
    return graph


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph.json file written by :func:`save_graph`."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError as exc:
        raise GraphFormatError(f"{p}: no such file (build a graph first with `graphbuild build`)") from exc
    except OSError as exc:
        raise GraphFormatError(f"{p}: cannot read: {exc}") from exc
    with gc_paused():
        try:
            data = _json.loads(raw)
        except _json.JSONDecodeError as exc:
            raise GraphFormatError(f"{p}: not valid JSON: {exc.msg} at line {exc.lineno}") from exc
        return from_json(data, source=str(p))
