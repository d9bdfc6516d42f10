"""graphbuild.neo4jserver: a real local Neo4j built from Maven Central, started and stopped."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from graphbuild.exports.csv import write_csv
from graphbuild.exports.neo4j import export_graph
from graphbuild.queries import QUERIES, run_cypher, run_query
from neo4j_sample import dump, free_port, sample_graph
from test_neo4j_queries import param_cases

from graphbuild.errors import GraphbuildError, Neo4jError
from graphbuild.neo4jserver import (
    ServerInfo,
    build,
    import_csv,
    neo4j_version,
    parse_size,
    start,
    status,
    stop,
)
from graphbuild.neo4jserver.cli import neo4j_cli


def test_parse_size() -> None:
    assert parse_size("512m") == 512 * 1024 * 1024
    assert parse_size("1G") == 1 << 30
    assert parse_size("4096") == 4096
    with pytest.raises(Neo4jError, match="not a memory size"):
        parse_size("lots")


def test_pinned_version_is_526_lts() -> None:
    assert re.fullmatch(r"5\.26\.\d+", neo4j_version())


def test_missing_java_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(Neo4jError, match="`java` was not found"):
        start(tmp_path / "home", port=free_port(), password="pw")


def test_missing_maven_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(Neo4jError, match="`mvn` was not found"):
        build(tmp_path / "home")


def test_status_of_an_empty_home(tmp_path: Path) -> None:
    st = status(tmp_path)
    assert st["running"] is False and st["pid"] is None and st["built"] is False
    assert stop(tmp_path) is False


def test_status_of_the_running_server(neo4j_server: ServerInfo) -> None:
    st = status(neo4j_server.home)
    assert st["running"] is True
    assert st["pid"] == neo4j_server.pid and st["port"] == neo4j_server.port and st["auth"] is True
    assert neo4j_server.version == neo4j_version()


def test_start_again_reuses_the_running_server(neo4j_server: ServerInfo) -> None:
    again = start(neo4j_server.home, port=neo4j_server.port, password=neo4j_server.password)
    assert again.pid == neo4j_server.pid


def test_start_again_with_wrong_password_is_refused(neo4j_server: ServerInfo) -> None:
    with pytest.raises(Neo4jError, match="rejects us"):
        start(neo4j_server.home, port=neo4j_server.port, password="not-the-password")


def test_busy_port_is_a_clear_error(neo4j_server: ServerInfo, tmp_path: Path) -> None:
    with pytest.raises(Neo4jError, match=f"port {neo4j_server.port} .* busy"):
        start(tmp_path / "other", port=neo4j_server.port, password="pw")


def test_failed_startup_reports_the_log_tail(neo4j_server: ServerInfo, tmp_path: Path) -> None:
    home = tmp_path / "bad"
    home.mkdir()
    os.symlink(neo4j_server.home / "build", home / "build")
    with pytest.raises(Neo4jError, match=r"exited with code \d+ while starting(.|\n)*heap"):
        start(home, port=free_port(), password="pw", heap="1m")
    assert status(home)["running"] is False and not (home / "neo4j.pid").exists()


@pytest.mark.slow
def test_csv_bulk_import_then_cli_start_status_stop_without_auth(
    neo4j_server: ServerInfo, neo4j_driver: Any, tmp_path: Path
) -> None:
    """A second server (reusing the session's Maven build) loaded by neo4j-admin import from
    write_csv's files, started and stopped through the CLI with auth disabled. Its database must
    equal what the transactional exporter writes, so every named query works on either."""
    import neo4j

    graph = sample_graph()
    export_graph(graph, driver=neo4j_driver, wipe=True)
    exported = dump(neo4j_driver)

    home = tmp_path / "cli-home"
    home.mkdir()
    os.symlink(neo4j_server.home / "build", home / "build")
    write_csv(graph, tmp_path / "csv")
    runner = CliRunner()
    result = runner.invoke(neo4j_cli, ["import", str(tmp_path / "csv"), "--home", str(home)])
    assert result.exit_code == 0 and "imported 13 files" in result.output, result.output
    port = free_port()
    result = runner.invoke(neo4j_cli, ["start", "--home", str(home), "--port", str(port), "--no-auth"])
    try:
        assert result.exit_code == 0, result.output
        assert f"bolt://127.0.0.1:{port}" in result.output and "no auth" in result.output
        result = runner.invoke(neo4j_cli, ["status", "--home", str(home)])
        assert result.exit_code == 0 and "running" in result.output and str(port) in result.output
        with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{port}", auth=None) as driver:
            imported = dump(driver)
            for name in QUERIES:
                for params in param_cases(graph, name):
                    assert run_cypher(driver, name, **params) == run_query(graph, name, **params), name
        pid = status(home)["pid"]
    finally:
        stopped = time.monotonic()
        result = runner.invoke(neo4j_cli, ["stop", "--home", str(home)])
    assert result.exit_code == 0 and "stopped" in result.output
    assert time.monotonic() - stopped < 30
    assert not Path(f"/proc/{pid}").exists() or b"Launcher" not in Path(f"/proc/{pid}/cmdline").read_bytes()
    result = runner.invoke(neo4j_cli, ["status", "--home", str(home)])
    assert "not running" in result.output
    assert (home / "dbms" / "data" / "databases" / "neo4j").is_dir()  # the data lives under home
    assert imported == exported


def test_cli_start_needs_a_password_or_no_auth(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    result = CliRunner().invoke(neo4j_cli, ["start", "--home", str(tmp_path)])
    assert result.exit_code != 0 and "--no-auth" in result.output


def test_import_refuses_a_running_server(neo4j_server: ServerInfo, tmp_path: Path) -> None:
    with pytest.raises(Neo4jError, match="stop it before"):
        import_csv(neo4j_server.home, write_csv(sample_graph(), tmp_path))


def test_cli_errors_are_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    result = CliRunner().invoke(neo4j_cli, ["start", "--home", str(tmp_path), "--password", "pw"])
    assert result.exit_code == 1 and "java" in result.output
    assert not isinstance(result.exception, GraphbuildError)  # became a ClickException, no traceback
