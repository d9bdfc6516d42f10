"""The `graphbuild export neo4j|csv` and `graphbuild query --neo4j` commands, on the real session server."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from neo4j_sample import free_port, sample_graph

from graphbuild.cli import cli
from graphbuild.graph import save_graph
from graphbuild.neo4jserver import ServerInfo

EXPORTED = re.compile(
    r"exported (\d+) nodes and (\d+) relationships in [\d.]+ s "
    r"\(created (\d+) nodes, (\d+) relationships; (\d+) properties set\)"
)


@pytest.fixture()
def graph_file(tmp_path: Path) -> Path:
    return save_graph(sample_graph(), tmp_path / "graph.json")


def invoke(*args: str) -> Result:
    # No NEO4J_* variables leak in from the environment: every connection option is explicit.
    env = {"NEO4J_URI": None, "NEO4J_USER": None, "NEO4J_PASSWORD": None}
    return CliRunner().invoke(cli, list(args), env=env)


def connection(server: ServerInfo, password: str | None = None) -> list[str]:
    return ["--uri", server.uri, "--user", "neo4j", "--password", password or server.password or ""]


def assert_clean_failure(result: Result, pattern: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ") and re.search(pattern, lines[0]), lines[0]


def test_export_neo4j_prints_counts_and_is_idempotent(
    neo4j_server: ServerInfo, neo4j_driver: Any, graph_file: Path
) -> None:
    g = sample_graph()
    first = invoke("export", "neo4j", "--graph", str(graph_file), *connection(neo4j_server), "--wipe")
    assert first.exit_code == 0, first.output
    m = EXPORTED.search(first.output)
    assert m, first.output
    nodes, rels, nodes_created, rels_created, props = map(int, m.groups())
    assert (nodes, rels) == (g.number_of_nodes(), g.number_of_edges())
    assert (nodes_created, rels_created) == (nodes, rels) and props > 0

    again = invoke(
        "export", "neo4j", "--graph", str(graph_file), *connection(neo4j_server), "--batch-size", "2"
    )
    assert again.exit_code == 0, again.output
    m = EXPORTED.search(again.output)
    assert m and tuple(map(int, m.groups())) == (nodes, rels, 0, 0, 0), again.output
    records, _, _ = neo4j_driver.execute_query("MATCH (n) RETURN count(n) AS n")
    assert records[0]["n"] == nodes


@pytest.mark.parametrize("entity", ["Stoltenberg", "NATO", "Kiev"])
def test_query_neo4j_returns_the_same_rows_as_the_graph_file(
    neo4j_server: ServerInfo, graph_file: Path, entity: str
) -> None:
    exported = invoke("export", "neo4j", "--graph", str(graph_file), *connection(neo4j_server), "--wipe")
    assert exported.exit_code == 0, exported.output
    args = ["query", "timeline_for_entity", "-p", f"entity={entity}", "--graph", str(graph_file)]
    local = invoke(*args)
    remote = invoke(*args, "--neo4j", *connection(neo4j_server))
    assert local.exit_code == 0 and remote.exit_code == 0, local.output + remote.output
    rows = [json.loads(line) for line in local.output.splitlines()]
    assert rows, f"no timeline rows for {entity}"
    assert [json.loads(line) for line in remote.output.splitlines()] == rows
    assert remote.output == local.output  # byte for byte: same keys, order and formatting


def test_wrong_password_exits_1_with_one_line_and_no_traceback(
    neo4j_server: ServerInfo, graph_file: Path
) -> None:
    wrong = connection(neo4j_server, password="wrong-password")
    result = invoke("export", "neo4j", "--graph", str(graph_file), *wrong)
    assert_clean_failure(result, r"rejected user 'neo4j': wrong password")
    result = invoke("query", "timeline_for_entity", "-p", "entity=NATO", "--neo4j", *wrong)
    assert_clean_failure(result, r"rejected user 'neo4j': wrong password")


def test_server_down_exits_1_with_one_line(graph_file: Path) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = invoke("export", "neo4j", "--graph", str(graph_file), "--uri", uri, "--password", "pw")
    assert_clean_failure(result, r"cannot reach Neo4j at bolt://127\.0\.0\.1:\d+: is the server running")


def test_password_from_the_environment(neo4j_server: ServerInfo, graph_file: Path) -> None:
    env = {"NEO4J_URI": neo4j_server.uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": neo4j_server.password}
    result = CliRunner().invoke(cli, ["export", "neo4j", "--graph", str(graph_file)], env=env)
    assert result.exit_code == 0 and EXPORTED.search(result.output), result.output


def test_export_csv_writes_the_import_files(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = invoke("export", "csv", "--graph", str(graph_file), "--out", str(out))
    assert result.exit_code == 0, result.output
    written = [
        Path(line[len("wrote ") :]) for line in result.output.splitlines() if line.startswith("wrote ")
    ]
    assert written and all(p.is_file() and p.parent == out for p in written)
    assert {p.name for p in written} == {p.name for p in out.iterdir()}
    assert {"nodes_Entity.csv", "nodes_Document.csv", "relationships_REPORTS.csv"} <= {
        p.name for p in written
    }
    assert "import with: neo4j-admin database import full" in result.output
    rows = sum(len(p.read_text(encoding="utf-8").strip().splitlines()) - 1 for p in written)
    g = sample_graph()
    assert rows >= g.number_of_nodes() + g.number_of_edges()  # quoted multi-line values only add lines
