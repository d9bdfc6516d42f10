"""The knowledge graph: building the networkx MultiDiGraph and its JSON form.

The schema (node and edge kinds, attribute names) is the contract in
DESIGN.md; graph.json is networkx node-link JSON with nodes and edges sorted so
that the same input always gives byte-identical output.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx
from anyascii import anyascii

from . import _json
from ._io import atomic_write_bytes, gc_paused
from .errors import GraphFormatError
from .model import PIPELINE_VERSION, Conflict, Document, Entity, Event, Statement

SCHEMA_VERSION = 1
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

    outlet_of = {d.id: d.outlet for d in documents}
    text_of = {d.id: d.text for d in documents}
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
            **dict(sorted(document_notes.get(doc.id, {}).items())),
        )
    for name in sorted({d.outlet for d in documents if d.outlet}):
        g.add_node(outlet_id(name), kind="Outlet", name=name)
    for doc in sorted(documents, key=lambda d: d.id):
        if doc.outlet:
            g.add_edge(doc.id, outlet_id(doc.outlet), key="PUBLISHED_BY", kind="PUBLISHED_BY")

    for ent in sorted(entities, key=lambda e: e.id):
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
        spans: dict[str, list[list[int]]] = defaultdict(list)
        for m in ent.mentions:
            spans[m.doc_id].append([m.start, m.end])
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

    for st in sorted(statements, key=lambda s: s.id):
        g.add_node(
            st.id,
            kind="Statement",
            speaker=st.speaker,
            speaker_name=st.speaker_name,
            text=st.text,
            mode=st.mode,
            cue=st.cue,
            said=_ts(st.said),
            addressee=st.addressee,
            reports=len(st.reports),
        )
    for st in sorted(statements, key=lambda s: s.id):
        if st.speaker and st.speaker in g:
            g.add_edge(st.speaker, st.id, key="SAID", kind="SAID")
        for rep in sorted(st.reports, key=lambda r: (r.doc_id, r.content)):
            start, end = rep.content
            g.add_edge(
                rep.doc_id,
                st.id,
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
                cue_text=None if rep.cue is None else text_of.get(rep.doc_id, "")[rep.cue[0] : rep.cue[1]],
                sentence=list(rep.sentence) if rep.sentence else None,
                sentence_text=(
                    text_of.get(rep.doc_id, "")[rep.sentence[0] : rep.sentence[1]] if rep.sentence else None
                ),
                venue=rep.venue,
                addressee=rep.addressee,
            )
        for ent_id in st.about:
            if ent_id in g:
                g.add_edge(st.id, ent_id, key="ABOUT", kind="ABOUT")

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


def to_json_bytes(graph: nx.MultiDiGraph) -> bytes:
    """graph.json as UTF-8: node-link JSON with sorted nodes, edges and keys, two-space indent."""
    with gc_paused():
        return _to_json_bytes(graph)


def _to_json_bytes(graph: nx.MultiDiGraph) -> bytes:
    nodes = [{"id": n, **graph.nodes[n]} for n in sorted(graph.nodes)]
    edges = [
        {"source": u, "target": v, "key": k, **d}
        for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    ]
    data = {
        "directed": True,
        "multigraph": True,
        "graph": dict(sorted(graph.graph.items())),
        "nodes": nodes,
        "edges": edges,
    }
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
