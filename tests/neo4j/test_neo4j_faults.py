"""graphbuild.exports.neo4j when things go wrong: a server killed mid-export, down, or refusing us.

The kill test runs its own server (a second home that reuses the session's Maven build) so the
shared session server is never disturbed.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from graphbuild.exports.neo4j import ExportStats, export_graph
from neo4j_sample import free_port, sample_graph, snapshot, span

from graphbuild.errors import Neo4jError
from graphbuild.neo4jserver import ServerInfo, start, status, stop


def synthetic_graph(documents: int) -> nx.MultiDiGraph:
    """A schema-conformant graph of about ``10 * documents`` nodes and ``22 * documents`` edges.

    Deterministic: every document has 3 entities of its own and mentions 2 shared ones, reports 3
    statements (one also reported by the next document) and describes 2 events.
    """
    g = nx.MultiDiGraph()
    g.graph.update({"name": "graphbuild", "schema_version": 1, "pipeline_version": "test"})
    outlets = [f"outlet:o{i}" for i in range(10)]
    for i, o in enumerate(outlets):
        g.add_node(o, kind="Outlet", name=f"Outlet {i}")
    shared = [f"ent:s{i}" for i in range(50)]
    for i, e in enumerate(shared):
        g.add_node(e, kind="Entity", name=f"Shared {i}", type="ORG", aliases=[f"Shared {i}", f"S{i}"],
                   mentions=0, documents=[], outlets={}, titles=[])  # fmt: skip
    for d in range(documents):
        doc = f"doc:{d:06d}"
        day = f"2023-{1 + d % 12:02d}-{1 + d % 28:02d}"
        g.add_node(doc, kind="Document", title=f"Story {d}", outlet=f"Outlet {d % 10}",
                   url=f"https://example.org/{d}", path=f"/data/{d}.txt",
                   published=span(day, day, day, "day", day), published_source="metadata", chars=2000 + d)  # fmt: skip
        g.add_edge(doc, outlets[d % 10], key="PUBLISHED_BY", kind="PUBLISHED_BY")
        own = []
        for k in range(3):
            ent = f"ent:{d:06d}-{k}"
            own.append(ent)
            g.add_node(ent, kind="Entity", name=f"Person {d} {k}", type="PERSON", aliases=[f"P{d}.{k}"],
                       mentions=1, documents=[doc], outlets={f"Outlet {d % 10}": 1}, titles=[])  # fmt: skip
        for ent in [*own, shared[d % 50], shared[(d * 7) % 50]]:
            g.add_edge(doc, ent, key="MENTIONS", kind="MENTIONS", spans=[[d % 100, d % 100 + 5]], count=1)
        for k in range(3):
            stmt = f"stmt:{d:06d}-{k}"
            g.add_node(stmt, kind="Statement", speaker=own[k], speaker_name=f"Person {d} {k}",
                       text=f"Statement {k} of story {d}.", mode="direct", cue="say",
                       said=span(day, day, day, "day", "on the day"), addressee=None, reports=1)  # fmt: skip
            g.add_edge(own[k], stmt, key="SAID", kind="SAID")
            g.add_edge(doc, stmt, key=f"REPORTS:{10 * k}-{10 * k + 9}", kind="REPORTS",
                       start=10 * k, end=10 * k + 9, text=f"Statement {k}", cue="say", mode="direct")  # fmt: skip
            g.add_edge(stmt, shared[(d + k) % 50], key="ABOUT", kind="ABOUT")
        if d:
            g.add_edge(doc, f"stmt:{d - 1:06d}-0", key="REPORTS:900-909", kind="REPORTS", start=900, end=909,
                       text="Statement 0", cue="say", mode="indirect")  # fmt: skip
        for k in range(2):
            evt = f"evt:{d:06d}-{k}"
            g.add_node(evt, kind="Event", text=f"Event {k} of story {d}", predicate="meet",
                       when=span(day, day, day, "day", day) if k == 0 else None)  # fmt: skip
            g.add_edge(
                doc, evt, key=f"DESCRIBES:{50 + k}-{60 + k}", kind="DESCRIBES", start=50 + k, end=60 + k
            )
            g.add_edge(evt, own[k], key="INVOLVES:agent", kind="INVOLVES", role="agent")
    return g


def test_synthetic_graph_shape() -> None:
    g = synthetic_graph(10)
    assert g.number_of_nodes() == 10 + 50 + 10 * (1 + 3 + 3 + 2)
    kinds = {k for *_, k in g.edges(data="kind")}
    assert kinds == {"PUBLISHED_BY", "MENTIONS", "SAID", "REPORTS", "ABOUT", "DESCRIBES", "INVOLVES"}


@pytest.fixture()
def own_server(neo4j_server: ServerInfo, tmp_path: Path) -> Iterator[ServerInfo]:
    """A second server in a fresh home (the session's Maven build, symlinked); stopped afterwards."""
    home = tmp_path / "fault-home"
    home.mkdir()
    os.symlink(neo4j_server.home / "build", home / "build")
    info = start(home, port=free_port(), password=secrets.token_urlsafe(12), timeout=300)
    try:
        yield info
    finally:
        stop(home)


def _count_nodes(uri: str, auth: Any) -> int | None:
    import neo4j

    try:
        with neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=2) as driver:
            records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n")
            return int(records[0]["n"])
    except (neo4j.exceptions.DriverError, neo4j.exceptions.Neo4jError, OSError):
        return None


@pytest.mark.slow
def test_server_killed_mid_export_then_restarted_ends_in_the_clean_state(own_server: ServerInfo) -> None:
    import neo4j

    graph = synthetic_graph(1200)  # ~12k nodes, ~26k relationships
    total = graph.number_of_nodes()
    outcome: dict[str, Any] = {}
    # A short retry budget: the driver would otherwise retry the failed transaction for 30 s.
    driver = neo4j.GraphDatabase.driver(
        own_server.uri, auth=own_server.auth_tuple, max_transaction_retry_time=2.0, connection_timeout=2
    )

    def export() -> None:
        try:
            outcome["stats"] = export_graph(graph, driver=driver, wipe=True, batch_size=500)
        except Exception as exc:  # the thread hands every failure to the test
            outcome["error"] = exc

    worker = threading.Thread(target=export, daemon=True)
    worker.start()
    seen = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and worker.is_alive():
        seen = _count_nodes(own_server.uri, own_server.auth_tuple) or 0
        if 0 < seen < total // 2:
            break
        time.sleep(0.1)
    assert worker.is_alive() and 0 < seen < total, f"could not catch the export mid-way ({seen} of {total})"
    os.kill(own_server.pid, signal.SIGKILL)
    worker.join(120)
    driver.close()
    assert not worker.is_alive(), "export_graph hung after the server died"
    assert "stats" not in outcome, "the export claims success although the server was killed"
    error = outcome["error"]
    assert isinstance(error, Neo4jError), f"{type(error).__name__}: {error}"
    assert re.match(r"lost the connection to Neo4j during the export after \d+ batches", str(error)), error
    assert "\n" not in str(error)
    assert status(own_server.home)["running"] is False

    # Down: a clear error, not a driver traceback.
    with pytest.raises(Neo4jError, match=r"cannot reach Neo4j.*is the server running"):
        export_graph(graph, uri=own_server.uri, password=own_server.password)

    # Restart on the same home (Neo4j recovers its transaction log) and export again.
    info = start(own_server.home, port=own_server.port, password=own_server.password, timeout=300)
    with neo4j.GraphDatabase.driver(info.uri, auth=info.auth_tuple) as driver:
        survived = _count_nodes(info.uri, info.auth_tuple) or 0
        assert 0 < survived < total  # committed batches survived the kill, the rest did not
        resumed = export_graph(graph, driver=driver, batch_size=5000)
        assert resumed.nodes_created == total - survived
        recovered = snapshot(driver)
        clean = export_graph(graph, driver=driver, wipe=True, batch_size=5000)
        assert isinstance(clean, ExportStats) and clean.nodes_created == total
        assert snapshot(driver) == recovered
    assert recovered[:2] == (total, graph.number_of_edges())


def test_server_down_at_start_is_a_clear_error_with_a_driver_too() -> None:
    import neo4j

    uri = f"bolt://127.0.0.1:{free_port()}"
    driver = neo4j.GraphDatabase.driver(
        uri, auth=("neo4j", "pw"), connection_timeout=2, max_transaction_retry_time=1.0
    )
    with driver, pytest.raises(Neo4jError, match="cannot reach Neo4j: is the server running") as info:
        export_graph(sample_graph(), driver=driver)
    assert "\n" not in str(info.value)


def test_bad_uri_is_a_clear_error() -> None:
    for uri in ("http://127.0.0.1:7474", "127.0.0.1:7687", "bolt://127.0.0.1:notaport"):
        with pytest.raises(Neo4jError, match="bad Neo4j URI"):
            export_graph(sample_graph(), uri=uri, password="pw")


def test_wrong_user_and_missing_password_are_clear_errors(
    neo4j_server: ServerInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    with pytest.raises(Neo4jError, match="rejected user 'nobody': wrong password"):
        export_graph(sample_graph(), uri=neo4j_server.uri, user="nobody", password=neo4j_server.password)
    with pytest.raises(Neo4jError, match="rejected a connection without credentials"):
        export_graph(sample_graph(), uri=neo4j_server.uri)


def test_wrong_password_with_a_driver_is_a_clear_error(neo4j_server: ServerInfo) -> None:
    import neo4j

    driver = neo4j.GraphDatabase.driver(neo4j_server.uri, auth=("neo4j", "wrong-password"))
    with driver, pytest.raises(Neo4jError, match="rejected the credentials"):
        export_graph(sample_graph(), driver=driver)
