"""Export the knowledge graph into Neo4j, idempotently.

Constraints first (one label per node kind, key property ``id``), then nodes, then relationships,
in batched ``UNWIND $rows ... MERGE`` transactions with parameters only: labels and relationship
types come from the fixed schema whitelist below, never from data. Relationships are merged on
their edge key (property ``key``), so parallel edges survive and exporting the same graph twice
changes nothing; a row whose properties already match is not written at all.

Property mapping (how graph attributes become Neo4j properties):

- TimeSpan attributes (``published``, ``said``, ``when``) are flattened: ``said`` becomes
  ``said_start`` and ``said_end`` (Neo4j DATE), ``said_anchor`` (DATE), ``said_value``,
  ``said_type``, ``said_granularity``, ``said_mod``, ``said_rule``, ``said_text``, plus the whole
  span as a JSON string in ``said_json``. When a flattened name is already an attribute (REPORTS
  has its own ``said_rule``), the attribute wins and the span keeps the value in ``said_json``.
- Lists of strings, numbers or booleans stay lists; other lists (``spans``) and dicts (Entity
  ``outlets``) become JSON strings. None values and empty lists are not stored (Neo4j has no
  null properties, and neo4j-admin import cannot write an empty array).
- Entity nodes also get ``name_keys``: the normalised forms of the name and every alias
  (:func:`graphbuild.api.normalise_name`), which the named queries match entity parameters on.
- The node kind is the label and is not repeated as a property; relationships keep ``key``.
- Every node and relationship carries ``content_hash``, a hash of its other properties. A
  re-export reads the stored (id, hash) pairs once per label and relationship type and sends
  only rows that are missing or changed, so exporting an unchanged graph costs one read, not a
  lookup per row. (A property edited by hand in Neo4j without its hash is not repaired; export
  with ``wipe=True`` to start clean.)
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

from graphbuild.errors import ExportError, Neo4jError
from graphbuild.graph import EDGE_KINDS, NODE_KINDS

log = logging.getLogger(__name__)

NODE_LABELS = NODE_KINDS  # the whitelist of labels and types: only these ever reach Cypher text
RELATIONSHIP_TYPES = EDGE_KINDS
TIMESPAN_FIELDS = ("text", "value", "type", "start", "end", "granularity", "mod", "anchor", "rule")
TIMESPAN_ATTRIBUTES = ("published", "said", "when")
_DATE_FIELDS = ("start", "end", "anchor")

#: Indexes beyond the uniqueness constraints: what the named queries filter and sort on.
_INDEXES = (
    ("Entity", "name"),
    ("Statement", "said_start"),
    ("Statement", "said_end"),
    ("Event", "when_start"),
    ("Event", "when_end"),
    ("Document", "published_start"),
    ("Outlet", "name"),
)


@dataclass(frozen=True)
class ExportStats:
    """What an export did. ``*_created`` and ``properties_set`` are Neo4j's own counters."""

    nodes: int
    relationships: int
    nodes_created: int
    relationships_created: int
    properties_set: int
    nodes_deleted: int
    batches: int
    seconds: float


# -- property mapping ------------------------------------------------------------------------------


def _is_timespan(name: str, value: Any) -> bool:
    if name in TIMESPAN_ATTRIBUTES and (value is None or isinstance(value, Mapping)):
        return True
    return isinstance(value, Mapping) and "value" in value and set(value) <= set(TIMESPAN_FIELDS)


def _to_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _list_value(value: list[Any] | tuple[Any, ...]) -> Any:
    items = list(value)
    if not items:
        return None  # like None: not stored (neo4j-admin import cannot store an empty array either)
    if any(x is None for x in items):
        return json.dumps(items, ensure_ascii=False, sort_keys=True)
    if all(isinstance(x, str) for x in items):
        return items
    if all(isinstance(x, bool) for x in items):
        return items
    if all(isinstance(x, int) and not isinstance(x, bool) for x in items):
        return items
    if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in items):
        return [float(x) for x in items]
    return json.dumps(items, ensure_ascii=False, sort_keys=True)


def neo4j_properties(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """Neo4j properties for one node's or edge's attributes (see the module docstring).

    >>> p = neo4j_properties({"kind": "Statement", "said": {"value": "2023-12", "start": "2023-12-01",
    ...     "end": "2023-12-31", "granularity": "month"}, "spans": [[1, 2]]})
    >>> p["said_start"], p["said_value"], p["spans"]
    (datetime.date(2023, 12, 1), '2023-12', '[[1, 2]]')
    """
    out: dict[str, Any] = {}
    spans: dict[str, Mapping[str, Any]] = {}
    for name in sorted(attrs):
        value = attrs[name]
        if name == "kind":
            continue
        if _is_timespan(name, value):
            if value is not None:
                spans[name] = value
            continue
        if value is None:
            continue
        if isinstance(value, Mapping):
            out[name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif isinstance(value, (list, tuple)):
            if (stored := _list_value(value)) is not None:
                out[name] = stored
        elif isinstance(value, (str, bool, int, float, date)):
            out[name] = value
        else:
            out[name] = str(value)
    for name, span in spans.items():
        flat: dict[str, Any] = {f"{name}_json": json.dumps(dict(span), ensure_ascii=False, sort_keys=True)}
        for field in TIMESPAN_FIELDS:
            v = span.get(field)
            flat[f"{name}_{field}"] = _to_date(v) if field in _DATE_FIELDS else v
        for key, v in flat.items():
            if v is not None and key not in out and key not in attrs:
                out[key] = v
    return out


#: The property that records what graphbuild wrote, so unchanged rows need not be sent again.
HASH_PROPERTY = "content_hash"


def _with_hash(props: dict[str, Any], *identity: str) -> dict[str, Any]:
    # the hash covers the row's identity too (node id; relationship ends and key), so the set of
    # stored hashes alone tells which rows are already in the database, unchanged
    text = json.dumps([identity, props], ensure_ascii=False, sort_keys=True, default=str)
    props[HASH_PROPERTY] = hashlib.sha1(text.encode("utf-8")).hexdigest()[:24]
    return props


def _entity_keys(attrs: Mapping[str, Any]) -> list[str]:
    from graphbuild.api import normalise_name

    names = [attrs.get("name") or "", *(attrs.get("aliases") or [])]
    return sorted({k for k in (normalise_name(str(n)) for n in names) if k})


def node_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """``{label: [{"id": ..., "props": {...}}, ...]}`` sorted by id; raises on unknown kinds."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in sorted(graph.nodes, key=str):
        attrs = graph.nodes[n]
        label = attrs.get("kind")
        if label not in NODE_LABELS:
            raise ExportError(
                f"node {n!r} has kind {label!r}; Neo4j export knows only {', '.join(NODE_LABELS)}"
            )
        props = neo4j_properties(attrs)
        if label == "Entity":
            props["name_keys"] = _entity_keys(attrs)
        props["id"] = str(n)
        rows[label].append({"id": str(n), "props": _with_hash(props, str(n))})
    return dict(rows)


def relationship_rows(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """``{(type, from label, to label): [{"src", "dst", "props"}, ...]}``, sorted."""
    rows: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for u, v, k, attrs in edges:
        rel = attrs.get("kind")
        if rel not in RELATIONSHIP_TYPES:
            raise ExportError(
                f"edge {u!r} -> {v!r} ({k!r}) has kind {rel!r}; Neo4j export knows only {', '.join(RELATIONSHIP_TYPES)}"
            )
        props = neo4j_properties(attrs)
        props["key"] = str(k)
        group = (rel, graph.nodes[u].get("kind"), graph.nodes[v].get("kind"))
        rows[group].append({"src": str(u), "dst": str(v), "props": _with_hash(props, str(u), str(v))})
    return dict(rows)


# -- Cypher (labels and types only from the whitelists above) --------------------------------------


def _constraint_statements() -> list[str]:
    stmts = [
        f"CREATE CONSTRAINT graphbuild_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_LABELS
    ]
    stmts += [
        f"CREATE INDEX graphbuild_{label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in _INDEXES
    ]
    return stmts


def _node_cypher(label: str) -> str:
    if label not in NODE_LABELS:
        raise ExportError(f"unknown node label {label!r}")
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) "
        "WITH n, row WHERE properties(n) <> row.props SET n = row.props"
    )


def _relationship_cypher(rel: str, src: str, dst: str) -> str:
    if rel not in RELATIONSHIP_TYPES or src not in NODE_LABELS or dst not in NODE_LABELS:
        raise ExportError(f"unknown relationship {src}-[{rel}]->{dst}")
    return (
        f"UNWIND $rows AS row MATCH (a:{src} {{id: row.src}}) MATCH (b:{dst} {{id: row.dst}}) "
        f"MERGE (a)-[r:{rel} {{key: row.props.key}}]->(b) "
        "WITH r, row WHERE properties(r) <> row.props SET r = row.props"
    )


def _stored_hashes(session: Any, label: str | None = None, rel: str | None = None) -> set[str]:
    """The content hashes stored on every node of ``label`` or relationship of type ``rel``."""
    if label is not None and label in NODE_LABELS:
        cypher = f"MATCH (n:{label}) RETURN collect(n.{HASH_PROPERTY}) AS hs"
    elif rel is not None and rel in RELATIONSHIP_TYPES:
        cypher = f"MATCH ()-[r:{rel}]->() RETURN collect(r.{HASH_PROPERTY}) AS hs"
    else:
        raise ExportError(f"unknown label {label!r} / relationship type {rel!r}")
    # one record holding a list: far cheaper than a record per row
    return set(session.run(cypher).single(strict=True)["hs"])


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


# -- connection ------------------------------------------------------------------------------------


_BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _one_line(exc: BaseException | str | None) -> str:
    """A driver message on one line (the driver's own messages span several)."""
    return " ".join(str(exc).split())


def connect(uri: str | None = None, user: str | None = None, password: str | None = None) -> Any:
    """An open, verified ``neo4j.Driver``; options default to $NEO4J_URI, $NEO4J_USER, $NEO4J_PASSWORD.

    Raises :class:`Neo4jError` when the server is unreachable or rejects the credentials.
    """
    try:
        import neo4j
        from neo4j import exceptions as nx_exc
    except ImportError as exc:
        raise Neo4jError("the `neo4j` Python driver is not installed (pip install neo4j)") from exc
    uri = uri or os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687"
    user = user or os.environ.get("NEO4J_USER") or "neo4j"
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    auth = (user, password) if password else None
    scheme = uri.partition("://")[0].lower() if "://" in uri else ""
    if scheme not in _BOLT_SCHEMES:
        # http(s):// would select the driver's preview HTTP API (and need aiohttp): Bolt only.
        raise Neo4jError(
            f"bad Neo4j URI {uri!r}: use a Bolt URI ({', '.join(s + '://' for s in _BOLT_SCHEMES)}), "
            "e.g. bolt://127.0.0.1:7687"
        )
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=10)
    except (ValueError, nx_exc.ConfigurationError) as exc:
        raise Neo4jError(f"bad Neo4j URI {uri!r}: {exc}") from exc
    try:
        driver.verify_connectivity()
    except nx_exc.AuthError as exc:
        driver.close()
        who = f"user {user!r}" if auth else "a connection without credentials"
        raise Neo4jError(
            f"Neo4j at {uri} rejected {who}: wrong password? ({_one_line(exc.message)})"
        ) from exc
    except (nx_exc.ServiceUnavailable, OSError) as exc:
        driver.close()
        raise Neo4jError(
            f"cannot reach Neo4j at {uri}: is the server running? (`graphbuild neo4j start`) ({_one_line(exc)})"
        ) from exc
    except nx_exc.Neo4jError as exc:
        driver.close()
        raise Neo4jError(f"Neo4j at {uri} refused the connection: {_one_line(exc)}") from exc
    except ValueError as exc:  # an address the resolver rejects, e.g. a non-numeric port
        driver.close()
        raise Neo4jError(f"bad Neo4j URI {uri!r}: {_one_line(exc)}") from exc
    return driver


def export_graph(
    graph: nx.MultiDiGraph,
    *,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str = "neo4j",
    wipe: bool = False,
    batch_size: int = 5000,
    driver: Any = None,
) -> ExportStats:
    """Write ``graph`` into Neo4j; exporting the same graph again changes nothing.

    Pass an open ``driver`` or connection options (defaults: $NEO4J_URI, $NEO4J_USER,
    $NEO4J_PASSWORD). ``wipe=True`` deletes every node of the database first. Writes run in
    managed transactions, which the driver retries with backoff on transient errors.
    Raises :class:`Neo4jError` when the server is down, the password is wrong or a write fails.

    >>> stats = export_graph(kg.graph, uri="bolt://127.0.0.1:7687", password="secret")  # doctest: +SKIP
    >>> stats.nodes_created  # doctest: +SKIP
    """
    from neo4j import exceptions as nx_exc

    if batch_size < 1:
        raise ExportError(f"batch_size must be positive, not {batch_size}")
    started = time.monotonic()
    nodes = node_rows(graph)
    rels = relationship_rows(graph)
    own_driver = driver is None
    if own_driver:
        driver = connect(uri, user, password)
    counters = {"nodes_created": 0, "relationships_created": 0, "properties_set": 0, "nodes_deleted": 0}
    batches = 0
    reached = False  # whether the server ever answered: "cannot reach" versus "lost the connection"

    def run(tx: Any, cypher: str, params: dict[str, Any]) -> Any:
        return tx.run(cypher, params).consume().counters

    def add(c: Any) -> None:
        counters["nodes_created"] += c.nodes_created
        counters["relationships_created"] += c.relationships_created
        counters["properties_set"] += c.properties_set
        counters["nodes_deleted"] += c.nodes_deleted

    try:
        with driver.session(database=database) as session:
            if wipe:
                summary = session.run(
                    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
                ).consume()
                add(summary.counters)
                reached = True
            for stmt in _constraint_statements():
                session.run(stmt).consume()
                reached = True
            session.run("CALL db.awaitIndexes(300)").consume()
            for label in NODE_LABELS:
                cypher = _node_cypher(label)
                todo = nodes.get(label, [])
                if not wipe and todo:
                    stored = _stored_hashes(session, label=label)
                    todo = [r for r in todo if r["props"][HASH_PROPERTY] not in stored]
                for batch in _batches(todo, batch_size):
                    add(session.execute_write(run, cypher, {"rows": batch}))
                    batches += 1
            have: dict[str, set[str]] = {}
            for (rel, src, dst), rows in sorted(rels.items()):
                cypher = _relationship_cypher(rel, src, dst)
                if not wipe and rows:
                    if rel not in have:
                        have[rel] = _stored_hashes(session, rel=rel)
                    rows = [r for r in rows if r["props"][HASH_PROPERTY] not in have[rel]]
                for batch in _batches(rows, batch_size):
                    add(session.execute_write(run, cypher, {"rows": batch}))
                    batches += 1
    except nx_exc.AuthError as exc:
        raise Neo4jError(f"Neo4j rejected the credentials: {_one_line(exc.message)}") from exc
    except (nx_exc.ServiceUnavailable, nx_exc.SessionExpired) as exc:
        if not reached:
            raise Neo4jError(
                f"cannot reach Neo4j: is the server running? (`graphbuild neo4j start`) ({_one_line(exc)})"
            ) from exc
        raise Neo4jError(
            f"lost the connection to Neo4j during the export after {batches} batches: {_one_line(exc)}; "
            "exporting again completes it"
        ) from exc
    except nx_exc.Neo4jError as exc:
        raise Neo4jError(f"Neo4j export failed: {exc.code}: {_one_line(exc.message)}") from exc
    finally:
        if own_driver:
            driver.close()
    stats = ExportStats(
        nodes=sum(len(r) for r in nodes.values()),
        relationships=sum(len(r) for r in rels.values()),
        batches=batches,
        seconds=time.monotonic() - started,
        **counters,
    )
    log.info(
        "exported %d nodes (%d new) and %d relationships (%d new) to %s in %.2f s",
        stats.nodes,
        stats.nodes_created,
        stats.relationships,
        stats.relationships_created,
        database,
        stats.seconds,
    )
    return stats
