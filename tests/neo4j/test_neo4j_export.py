"""graphbuild.exports.neo4j against a real Neo4j: idempotent, growing, wiping, failing clearly."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from graphbuild.exports.neo4j import ExportStats, export_graph, neo4j_properties
from neo4j_sample import TRICKY_NAME, TRICKY_OUTLET, free_port, grow, sample_graph, snapshot

from graphbuild.errors import ExportError, Neo4jError
from graphbuild.neo4jserver import ServerInfo


def test_properties_flatten_timespans_and_encode_nested_values() -> None:
    g = sample_graph()
    stmt = neo4j_properties(g.nodes["stmt:2"])
    assert stmt["said_start"] == date(2023, 11, 1) and stmt["said_end"] == date(2023, 11, 30)
    assert stmt["said_value"] == "2023-11" and stmt["said_granularity"] == "month"
    assert stmt["said_rule"] == "test" and stmt["said_text"] == "in November"
    assert json.loads(stmt["said_json"])["value"] == "2023-11"
    assert "said" not in stmt and "kind" not in stmt and "addressee" not in stmt  # None is not stored
    ent = neo4j_properties(g.nodes["ent:stolt"])
    assert ent["aliases"] == ["Jens Stoltenberg", "NATO chief", "Stoltenberg"]
    assert json.loads(ent["outlets"]) == {"Alpha News": 2, 'Beta "Times"': 2}
    mentions = neo4j_properties(g.edges["doc:a", "ent:stolt", "MENTIONS"])
    assert json.loads(mentions["spans"]) == [[0, 4], [10, 14]]
    report = neo4j_properties(g.edges["doc:a", "stmt:1", "REPORTS:10-40"])
    assert report["said_rule"] == "sentence-date"  # the edge's own attribute wins over said.rule
    assert json.loads(report["said_json"])["rule"] == "test"


def test_unknown_kind_is_refused(neo4j_driver: Any) -> None:
    g = sample_graph()
    g.add_node("x:1", kind="Person) DETACH DELETE (n")
    with pytest.raises(ExportError, match=r"unknown|knows only"):
        export_graph(g, driver=neo4j_driver)


def test_export_reexport_grow_wipe(neo4j_driver: Any) -> None:
    g = sample_graph()
    first = export_graph(g, driver=neo4j_driver, wipe=True, batch_size=3)
    assert isinstance(first, ExportStats)
    assert first.nodes == g.number_of_nodes() and first.relationships == g.number_of_edges()
    assert first.nodes_created == g.number_of_nodes()
    assert first.relationships_created == g.number_of_edges()  # parallel REPORTS edges survive
    before = snapshot(neo4j_driver)
    assert before[:2] == (g.number_of_nodes(), g.number_of_edges())

    again = export_graph(g, driver=neo4j_driver, batch_size=3)
    assert (again.nodes_created, again.relationships_created, again.properties_set) == (0, 0, 0)
    assert again.batches == 0, "an unchanged graph sends no rows: stored content hashes match"
    assert snapshot(neo4j_driver) == before
    print(f"first export {first.seconds:.2f} s, idempotent re-export {again.seconds:.2f} s")

    grown = grow(g)
    more = export_graph(grown, driver=neo4j_driver, batch_size=1)
    assert more.nodes_created == 1 and more.relationships_created == 3
    assert more.batches == 1 + 3, "only the new node and the new relationships are sent"
    after = snapshot(neo4j_driver)
    assert after[:2] == (before[0] + 1, before[1] + 3) and after[2] != before[2]

    changed = sample_graph()
    changed.nodes["stmt:1"]["text"] = "We will send 301 tanks."
    del changed.nodes["stmt:1"]["cue"]
    export_graph(changed, driver=neo4j_driver)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (s:Statement {id: 'stmt:1'}) RETURN s.text AS t, s.cue AS c"
    )
    assert records[0]["t"] == "We will send 301 tanks." and records[0]["c"] is None  # stale property removed

    wiped = export_graph(g, driver=neo4j_driver, wipe=True)
    assert wiped.nodes_deleted == before[0] + 1
    assert snapshot(neo4j_driver) == before


def test_dates_are_neo4j_dates(neo4j_driver: Any) -> None:
    export_graph(sample_graph(), driver=neo4j_driver, wipe=True)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (s:Statement) WHERE s.said_start <= date('2023-11-29') <= s.said_end "
        "RETURN s.id AS id, s.said_start AS start ORDER BY id"
    )
    assert [r["id"] for r in records] == ["stmt:1", "stmt:2", "stmt:4"]
    assert type(records[0]["start"]).__name__ == "Date"


def test_names_with_quotes_backticks_braces_and_keywords_survive(neo4j_driver: Any) -> None:
    g = sample_graph()
    export_graph(g, driver=neo4j_driver, wipe=True)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (e:Entity {id: 'ent:tricky'}) RETURN e.name AS name, e.aliases AS aliases"
    )
    assert records[0]["name"] == TRICKY_NAME
    assert records[0]["aliases"] == g.nodes["ent:tricky"]["aliases"]
    records, _, _ = neo4j_driver.execute_query("MATCH (o:Outlet {id: 'outlet:gamma'}) RETURN o.name AS name")
    assert records[0]["name"] == TRICKY_OUTLET
    count, _, _ = neo4j_driver.execute_query("MATCH (n) RETURN count(n) AS n")
    assert count[0]["n"] == g.number_of_nodes()  # nothing was deleted by the "DETACH DELETE" names


def test_wrong_password_is_a_clear_error(neo4j_server: ServerInfo) -> None:
    with pytest.raises(Neo4jError, match="wrong password"):
        export_graph(sample_graph(), uri=neo4j_server.uri, user="neo4j", password="wrong-password")


def test_server_down_is_a_clear_error() -> None:
    with pytest.raises(Neo4jError, match="cannot reach Neo4j"):
        export_graph(sample_graph(), uri=f"bolt://127.0.0.1:{free_port()}", password="pw")


def test_connection_options_from_the_environment(
    neo4j_server: ServerInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USER", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password or "")
    stats = export_graph(sample_graph(), wipe=True)
    assert stats.nodes_created == sample_graph().number_of_nodes()


def test_export_does_not_mutate_the_graph(neo4j_driver: Any) -> None:
    from graphbuild.graph import to_json

    g = sample_graph()
    before = to_json(g)
    export_graph(g, driver=neo4j_driver, wipe=True)
    assert to_json(g) == before
