"""Fixtures for the Neo4j tests: a REAL local Neo4j server started by graphbuild.neo4jserver.

Set GRAPHBUILD_SKIP_NEO4J=1 to skip every test that needs the server. The server's home is
.cache/neo4j-tests in the repository (override with GRAPHBUILD_TEST_NEO4J_HOME) so the Maven
build is reused between runs; its databases are deleted at every session start.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j_sample import free_port

from graphbuild.neo4jserver import ServerInfo, start, stop
from graphbuild.neo4jserver.server import JVM_OPTS_ENV

REPO = Path(__file__).resolve().parents[2]


def _skip_reason() -> str | None:
    if os.environ.get("GRAPHBUILD_SKIP_NEO4J") == "1":
        return "GRAPHBUILD_SKIP_NEO4J=1: not starting a real Neo4j server"
    return None


@pytest.fixture(scope="session")
def neo4j_home() -> Path:
    return Path(os.environ.get("GRAPHBUILD_TEST_NEO4J_HOME") or REPO / ".cache" / "neo4j-tests")


@pytest.fixture(scope="session")
def neo4j_server(neo4j_home: Path) -> Iterator[ServerInfo]:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    # C1-only JIT halves the start time of these short-lived servers on a busy 2-core machine.
    os.environ.setdefault(JVM_OPTS_ENV, "-XX:TieredStopAtLevel=1")
    stop(neo4j_home)  # a server left over from an interrupted run
    shutil.rmtree(neo4j_home / "dbms", ignore_errors=True)
    info = start(neo4j_home, port=free_port(), password=secrets.token_urlsafe(12), timeout=300)
    try:
        yield info
    finally:
        stop(neo4j_home)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server: ServerInfo) -> Iterator[Any]:
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth_tuple) as driver:
        yield driver
