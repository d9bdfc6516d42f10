"""The Python twins of the Cypher queries in ``cypher/*.cypher``.

Each function ``NAME(graph, **params) -> list[dict]`` returns the same columns, in the same order
and with the same row order, as ``cypher/NAME.cypher`` does on the same graph exported by
:func:`graphbuild.exports.neo4j.export_graph`. Dates are ISO strings (``YYYY-MM-DD``); nulls sort
last in ascending order, as in Cypher. Entity parameters accept any name or alias, matched on its
normalised form (:func:`graphbuild.api.normalise_name`: case-, accent- and punctuation-insensitive).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx
from graphbuild.exports.neo4j import _entity_keys, _list_value, _to_date

from graphbuild.api import normalise_name
from graphbuild.errors import QueryError

#: The hop limit of shortest_path_between_entities (Cypher cannot take it as a parameter).
MAX_PATH_HOPS = 6


# -- helpers --------------------------------------------------------------------------------------


def _last(value: Any) -> tuple[bool, Any]:
    """Sort key putting None last, as Cypher does in ascending order."""
    return (value is None, value if value is not None else "")


def _day(attrs: dict[str, Any], span: str, field: str) -> str | None:
    value = attrs.get(span)
    if not isinstance(value, dict):
        return None
    d = _to_date(value.get(field))
    return d.isoformat() if d else None


def _iso(value: str | date | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise QueryError(f"{what} must be an ISO date (YYYY-MM-DD), not {value!r}") from exc


def _nodes(graph: nx.MultiDiGraph, kind: str) -> Iterable[tuple[str, dict[str, Any]]]:
    return ((n, a) for n, a in graph.nodes(data=True) if a.get("kind") == kind)


def _edges(graph: nx.MultiDiGraph, kind: str) -> Iterable[tuple[str, str, dict[str, Any]]]:
    return ((u, v, d) for u, v, d in graph.edges(data=True) if d.get("kind") == kind)


def matching_entities(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Ids of the entities whose name or any alias has the normalised form of ``name``."""
    key = normalise_name(name)
    if not key:
        return []
    return sorted(n for n, a in _nodes(graph, "Entity") if key in _entity_keys(a))


def _stored(value: Any) -> Any:
    """A list as the Neo4j export stores it (lists of scalars stay lists, others become JSON)."""
    return _list_value(value) if isinstance(value, (list, tuple)) else value


def _outlet(graph: nx.MultiDiGraph, doc: str) -> str | None:
    for _, o, d in graph.out_edges(doc, data=True):
        if d.get("kind") == "PUBLISHED_BY":
            return graph.nodes[o].get("name")
    return graph.nodes[doc].get("outlet")


# -- the queries ----------------------------------------------------------------------------------


def timeline_for_entity(
    graph: nx.MultiDiGraph, *, entity: str, start: str | date | None = None, end: str | date | None = None
) -> list[dict[str, Any]]:
    """Statements said by or about an entity, and events involving it, in time order.

    An item is kept when its interval overlaps [start, end] (either may be None).

    >>> timeline_for_entity(kg.graph, entity="stoltenberg", start="2023-11-01")  # doctest: +SKIP
    [{'kind': 'statement', 'id': 'stmt:...', 'start': '2023-11-29', 'end': '2023-11-29', ...}]
    """
    lo, hi = _iso(start, "start"), _iso(end, "end")
    ents = set(matching_entities(graph, entity))
    items: set[str] = set()
    for u, v, _ in _edges(graph, "SAID"):
        if u in ents:
            items.add(v)
    for u, v, _ in _edges(graph, "ABOUT"):
        if v in ents:
            items.add(u)
    for u, v, _ in _edges(graph, "INVOLVES"):
        if v in ents:
            items.add(u)
    rows = []
    for n in items:
        a = graph.nodes[n]
        kind = "statement" if a.get("kind") == "Statement" else "event"
        span = "said" if kind == "statement" else "when"
        first, last = _day(a, span, "start"), _day(a, span, "end")
        if lo is not None and (last is None or last < lo.isoformat()):
            continue
        if hi is not None and (first is None or first > hi.isoformat()):
            continue
        rows.append(
            {
                "kind": kind,
                "id": n,
                "start": first,
                "end": last,
                "text": a.get("text"),
                "speaker": a.get("speaker_name") if kind == "statement" else None,
            }
        )
    return sorted(rows, key=lambda r: (_last(r["start"]), _last(r["end"]), r["kind"], r["id"]))


def statements_by_speaker(graph: nx.MultiDiGraph, *, speaker: str) -> list[dict[str, Any]]:
    """Everything an entity said, in time order.

    >>> statements_by_speaker(kg.graph, speaker="Zelensky")  # doctest: +SKIP
    """
    ents = set(matching_entities(graph, speaker))
    rows = []
    for u, v, _ in _edges(graph, "SAID"):
        if u not in ents:
            continue
        s = graph.nodes[v]
        rows.append(
            {
                "id": v,
                "speaker": graph.nodes[u].get("name"),
                "text": s.get("text"),
                "mode": s.get("mode"),
                "cue": s.get("cue"),
                "said_start": _day(s, "said", "start"),
                "said_end": _day(s, "said", "end"),
                "reports": s.get("reports"),
            }
        )
    unique = {tuple(r.items()): r for r in rows}.values()
    return sorted(unique, key=lambda r: (_last(r["said_start"]), r["id"]))


def who_said_about(graph: nx.MultiDiGraph, *, entity: str) -> list[dict[str, Any]]:
    """Who said what about an entity; speaker falls back to the statement's speaker_name.

    >>> who_said_about(kg.graph, entity="NATO")  # doctest: +SKIP
    """
    ents = set(matching_entities(graph, entity))
    stmts = sorted({u for u, v, _ in _edges(graph, "ABOUT") if v in ents})
    rows = []
    for n in stmts:
        s = graph.nodes[n]
        speakers = sorted({u for u, _, d in graph.in_edges(n, data=True) if d.get("kind") == "SAID"})
        for sp in speakers or [None]:
            name = graph.nodes[sp].get("name") if sp else None
            rows.append(
                {
                    "speaker": name if name is not None else s.get("speaker_name"),
                    "speaker_id": sp,
                    "statement_id": n,
                    "text": s.get("text"),
                    "said_start": _day(s, "said", "start"),
                }
            )
    return sorted(rows, key=lambda r: (_last(r["speaker"]), r["statement_id"], _last(r["speaker_id"])))


def outlets_reporting_statement(graph: nx.MultiDiGraph, *, statement: str) -> list[dict[str, Any]]:
    """Every report of one statement: outlet, document, and the words as that outlet wrote them.

    >>> outlets_reporting_statement(kg.graph, statement="stmt:0123456789abcdef")  # doctest: +SKIP
    """
    if statement not in graph or graph.nodes[statement].get("kind") != "Statement":
        return []
    rows = []
    for u, _, d in graph.in_edges(statement, data=True):
        if d.get("kind") != "REPORTS":
            continue
        doc = graph.nodes[u]
        rows.append(
            {
                "outlet": _outlet(graph, u),
                "document_id": u,
                "title": doc.get("title"),
                "published": _day(doc, "published", "start"),
                "quote": d.get("text"),
                "start": d.get("start"),
                "end": d.get("end"),
            }
        )
    return sorted(
        rows, key=lambda r: (_last(r["outlet"]), r["document_id"], _last(r["start"]), _last(r["end"]))
    )


def single_source_statements(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Statements only one outlet reports (a document without an outlet is its own source).

    >>> single_source_statements(kg.graph)  # doctest: +SKIP
    """
    sources: dict[str, set[str]] = {}
    for u, v, _ in _edges(graph, "REPORTS"):
        outlet = _outlet(graph, u)
        sources.setdefault(v, set()).add(outlet if outlet is not None else u)
    rows = []
    for n in sorted(sources):
        if len(sources[n]) != 1:
            continue
        s = graph.nodes[n]
        rows.append(
            {
                "id": n,
                "speaker": s.get("speaker_name"),
                "text": s.get("text"),
                "outlet": next(iter(sources[n])),
                "reports": s.get("reports"),
            }
        )
    return rows


def conflicting_claims(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Pairs of statements that contradict each other, with the reason and the conflicting values.

    >>> conflicting_claims(kg.graph)  # doctest: +SKIP
    """
    rows = []
    for u, v, d in _edges(graph, "CONFLICTS_WITH"):
        a, b = graph.nodes[u], graph.nodes[v]
        values = d.get("values")
        rows.append(
            {
                "a_id": u,
                "a_speaker": a.get("speaker_name"),
                "a_text": a.get("text"),
                "b_id": v,
                "b_speaker": b.get("speaker_name"),
                "b_text": b.get("text"),
                "reason": d.get("reason"),
                "conflict_values": _stored(values) if values is not None else None,
            }
        )
    return sorted(rows, key=lambda r: (r["a_id"], r["b_id"], _last(r["reason"])))


def co_mentioned_entities(graph: nx.MultiDiGraph, *, entity: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entities mentioned in the same documents as an entity, most shared documents first.

    >>> co_mentioned_entities(kg.graph, entity="Ukraine", limit=5)  # doctest: +SKIP
    """
    ents = set(matching_entities(graph, entity))
    docs = {u for u, v, _ in _edges(graph, "MENTIONS") if v in ents}
    shared: dict[str, set[str]] = {}
    for u, v, _ in _edges(graph, "MENTIONS"):
        if u in docs and v not in ents:
            shared.setdefault(v, set()).add(u)
    rows = [
        {
            "id": n,
            "name": graph.nodes[n].get("name"),
            "type": graph.nodes[n].get("type"),
            "documents": len(d),
        }
        for n, d in shared.items()
    ]
    rows.sort(key=lambda r: (-r["documents"], _last(r["name"]), r["id"]))
    return rows[: max(limit, 0)]


def _display(attrs: dict[str, Any], n: str) -> Any:
    for name in ("name", "title", "text"):
        if attrs.get(name) is not None:
            return attrs[name]
    return n


def shortest_path_between_entities(
    graph: nx.MultiDiGraph, *, source: str, target: str
) -> list[dict[str, Any]]:
    """All shortest paths (at most 6 hops, edges in either direction) between two entities.

    >>> shortest_path_between_entities(kg.graph, source="Zelensky", target="Stoltenberg")  # doctest: +SKIP
    [{'hops': 2, 'nodes': ['ent:...', 'stmt:...', 'ent:...'], 'names': [...]}]
    """
    starts, ends = matching_entities(graph, source), matching_entities(graph, target)
    undirected = graph.to_undirected(as_view=True)
    paths: set[tuple[str, ...]] = set()
    for a in starts:
        for b in ends:
            if a == b:
                continue
            try:
                found = [tuple(p) for p in nx.all_shortest_paths(undirected, a, b)]
            except nx.NetworkXNoPath:
                continue
            paths.update(p for p in found if len(p) - 1 <= MAX_PATH_HOPS)
    if not paths:
        return []
    best = min(len(p) for p in paths) - 1
    rows = [
        {"hops": best, "nodes": list(p), "names": [_display(graph.nodes[n], n) for n in p]}
        for p in sorted(paths)
        if len(p) - 1 == best
    ]
    return rows


def statements_in_period(
    graph: nx.MultiDiGraph, *, start: str | date, end: str | date
) -> list[dict[str, Any]]:
    """Statements whose "said" interval overlaps [start, end] (inclusive ISO dates).

    >>> statements_in_period(kg.graph, start="2023-11-01", end="2023-11-30")  # doctest: +SKIP
    """
    lo, hi = _iso(start, "start"), _iso(end, "end")
    if lo is None or hi is None:
        raise QueryError("statements_in_period needs both start and end")
    rows = []
    for n, s in _nodes(graph, "Statement"):
        first, last = _day(s, "said", "start"), _day(s, "said", "end")
        if first is None or last is None or last < lo.isoformat() or first > hi.isoformat():
            continue
        said = s.get("said") or {}
        rows.append(
            {
                "id": n,
                "speaker": s.get("speaker_name"),
                "text": s.get("text"),
                "said_text": said.get("text"),
                "said_start": first,
                "said_end": last,
            }
        )
    return sorted(rows, key=lambda r: (r["said_start"], r["said_end"], r["id"]))


def entity_aliases(graph: nx.MultiDiGraph, *, entity: str) -> list[dict[str, Any]]:
    """The entities a name or alias resolves to, with all their aliases.

    >>> entity_aliases(kg.graph, entity="the secretary general")  # doctest: +SKIP
    """
    rows = []
    for n in matching_entities(graph, entity):
        a = graph.nodes[n]
        aliases = a.get("aliases")
        rows.append(
            {
                "id": n,
                "name": a.get("name"),
                "type": a.get("type"),
                "aliases": _stored(aliases) if aliases is not None else None,
                "mentions": a.get("mentions"),
            }
        )
    return sorted(rows, key=lambda r: (-(r["mentions"] or 0), r["id"]))
