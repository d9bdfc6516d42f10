"""A small hand-made graph that follows the schema in DESIGN.md, with a few of each kind.

It has a statement reported by two outlets (and twice by one document: parallel REPORTS edges),
a CONFLICTS_WITH pair, dated and undated items, an outlet-less document, and names full of
quotes, backticks, braces and Cypher keywords.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import networkx as nx

TRICKY_NAME = 'O\'Brien "The {Boss}" `MATCH` DETACH DELETE n //'
TRICKY_OUTLET = "Gamma `Wire` {MATCH (n) DETACH DELETE n} O'Neil's \"RETURN\""


def span(
    value: str, start: str | None, end: str | None, granularity: str | None, text: str
) -> dict[str, Any]:
    return {
        "text": text,
        "value": value,
        "type": "DATE",
        "start": start,
        "end": end,
        "granularity": granularity,
        "mod": None,
        "anchor": "2023-11-30",
        "rule": "test",
    }


def sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.graph.update({"name": "graphbuild", "schema_version": 1, "pipeline_version": "test"})
    outlets = {"outlet:alpha": "Alpha News", "outlet:beta": 'Beta "Times"', "outlet:gamma": TRICKY_OUTLET}
    for n, name in outlets.items():
        g.add_node(n, kind="Outlet", name=name)
    docs = {
        "doc:a": ("Alpha News", span("2023-11-29", "2023-11-29", "2023-11-29", "day", "29 November 2023")),
        "doc:b": ('Beta "Times"', span("2023-11-30", "2023-11-30", "2023-11-30", "day", "Nov 30, 2023")),
        "doc:c": (TRICKY_OUTLET, None),
        "doc:d": (None, span("2023-12-01", "2023-12-01", "2023-12-01", "day", "1 Dec")),
    }
    slug = {v: k for k, v in outlets.items()}
    for n, (outlet, published) in docs.items():
        g.add_node(
            n,
            kind="Document",
            title=f"Title of {n} with 'quotes' and {{braces}}",
            outlet=outlet,
            url=f"https://example.org/{n[4:]}",
            path=f"/data/{n[4:]}.txt",
            published=published,
            published_source="metadata" if published else None,
            chars=1000,
        )
        if outlet:
            g.add_edge(n, slug[outlet], key="PUBLISHED_BY", kind="PUBLISHED_BY")
    entities = {
        "ent:stolt": (
            "Jens Stoltenberg",
            "PERSON",
            ["Jens Stoltenberg", "NATO chief", "Stoltenberg"],
            ["doc:a", "doc:b"],
        ),
        "ent:nato": ("NATO", "ORG", ["NATO", "the alliance"], ["doc:a", "doc:b", "doc:c"]),
        "ent:zel": ("Volodymyr Zelensky", "PERSON", ["Zelensky", "Zelenskyy"], ["doc:c"]),
        "ent:tricky": (TRICKY_NAME, "PERSON", [TRICKY_NAME, "MERGE (x) RETURN x", "}{"], ["doc:b"]),
        "ent:kyiv": ("Kyiv", "GPE", ["Kiev", "Kyiv"], ["doc:c", "doc:d"]),
    }
    for n, (name, typ, aliases, in_docs) in entities.items():
        g.add_node(
            n,
            kind="Entity",
            name=name,
            type=typ,
            aliases=aliases,
            mentions=2 * len(in_docs),
            documents=in_docs,
            outlets={docs[d][0] or "unknown": 2 for d in in_docs},
            titles=["Secretary General"] if n == "ent:stolt" else [],
            evidence=[],
        )
        for d in in_docs:
            g.add_edge(d, n, key="MENTIONS", kind="MENTIONS", spans=[[0, 4], [10, 14]], count=2)
    statements = {
        "stmt:1": (
            "ent:stolt",
            "Jens Stoltenberg",
            "We will send 300 tanks.",
            span("2023-11-29", "2023-11-29", "2023-11-29", "day", "on Wednesday"),
        ),
        "stmt:2": (
            "ent:zel",
            "Zelensky",
            "Stoltenberg is a friend.",
            span("2023-11", "2023-11-01", "2023-11-30", "month", "in November"),
        ),
        "stmt:3": (None, "an official", "Nothing is decided; {yet}.", None),
        "stmt:4": (
            "ent:tricky",
            TRICKY_NAME,
            "They will send 500 tanks to Kiev.",
            span("2023-W48", "2023-11-27", "2023-12-03", "week", "this week"),
        ),
    }
    reports = {
        "stmt:1": [("doc:a", 10, 40), ("doc:a", 300, 330), ("doc:b", 50, 80)],
        "stmt:2": [("doc:c", 5, 30)],
        "stmt:3": [("doc:d", 0, 25)],
        "stmt:4": [("doc:b", 100, 140)],
    }
    for n, (speaker, speaker_name, text, said) in statements.items():
        g.add_node(
            n,
            kind="Statement",
            speaker=speaker,
            speaker_name=speaker_name,
            text=text,
            mode="direct",
            cue="say",
            said=said,
            addressee=None,
            reports=len(reports[n]),
        )
        if speaker:
            g.add_edge(speaker, n, key="SAID", kind="SAID")
        for d, s, e in reports[n]:
            g.add_edge(
                d, n, key=f"REPORTS:{s}-{e}", kind="REPORTS", start=s, end=e, text=text, cue="say", mode="direct",
                said=said, said_rule="sentence-date", source_text=speaker_name, cue_text="said",
                sentence=[s, e + 1], venue=None, addressee=None,
            )  # fmt: skip
    for s, e in [
        ("stmt:1", "ent:nato"),
        ("stmt:2", "ent:stolt"),
        ("stmt:4", "ent:kyiv"),
        ("stmt:3", "ent:nato"),
    ]:
        g.add_edge(s, e, key="ABOUT", kind="ABOUT")
    g.add_edge(
        "stmt:1",
        "stmt:4",
        key="CONFLICTS_WITH",
        kind="CONFLICTS_WITH",
        reason="number",
        values=["300", "500"],
    )
    g.add_node("evt:1", kind="Event", text="Ministers met in Brussels", predicate="meet",
               when=span("2023-11-28", "2023-11-28", "2023-11-28", "day", "Tuesday"))  # fmt: skip
    g.add_node("evt:2", kind="Event", text="Drones struck Kyiv", predicate="strike", when=None)
    g.add_edge(
        "doc:a", "evt:1", key="DESCRIBES:0-20", kind="DESCRIBES", start=0, end=20, text="Ministers met"
    )
    g.add_edge(
        "doc:c", "evt:2", key="DESCRIBES:40-60", kind="DESCRIBES", start=40, end=60, text="Drones struck"
    )
    g.add_edge("evt:1", "ent:stolt", key="INVOLVES:agent", kind="INVOLVES", role="agent")
    g.add_edge("evt:1", "ent:nato", key="INVOLVES:location", kind="INVOLVES", role="location")
    g.add_edge("evt:2", "ent:kyiv", key="INVOLVES:patient", kind="INVOLVES", role="patient")
    return g


def grow(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with one more statement, one more report of it and one more ABOUT edge."""
    g = graph.copy()
    g.add_node("stmt:5", kind="Statement", speaker="ent:zel", speaker_name="Zelensky", text="Thank you.",
               mode="direct", cue="say", said=None, addressee="NATO", reports=1)  # fmt: skip
    g.add_edge("ent:zel", "stmt:5", key="SAID", kind="SAID")
    g.add_edge(
        "doc:c", "stmt:5", key="REPORTS:500-510", kind="REPORTS", start=500, end=510, text="Thank you."
    )
    g.add_edge("stmt:5", "ent:nato", key="ABOUT", kind="ABOUT")
    return g


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dump(driver: Any) -> list[dict[str, Any]]:
    """Every node (labels, properties) and relationship (ends, type, properties), sorted, as plain data."""

    def plain(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        return v.iso_format() if hasattr(v, "iso_format") else v

    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props "
        "ORDER BY a, type, b, r.key"
    )
    return [{k: plain(v) for k, v in rec.items()} for rec in [*nodes, *rels]]


def snapshot(driver: Any) -> tuple[int, int, str]:
    """Node count, relationship count and a checksum over every label, type and property."""
    rows = dump(driver)
    nodes = sum(1 for r in rows if "labels" in r)
    digest = hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()
    return nodes, len(rows) - nodes, digest
