"""A local Neo4j 5.26 LTS server (embedded DBMS + Bolt from Maven Central) for users without one.

>>> from graphbuild.neo4jserver import start, stop
>>> info = start(Path(".neo4j"), port=7687, password="secret")  # doctest: +SKIP
>>> stop(info.home)  # doctest: +SKIP
True
"""

from __future__ import annotations

from .server import (
    ServerInfo,
    build,
    default_home,
    import_csv,
    neo4j_version,
    parse_size,
    start,
    status,
    stop,
)

__all__ = [
    "ServerInfo",
    "build",
    "default_home",
    "import_csv",
    "neo4j_version",
    "parse_size",
    "start",
    "status",
    "stop",
]
