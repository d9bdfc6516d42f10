"""A local Neo4j 5.26 LTS server for users without one.

Neo4j's download site and Docker are out of reach on many machines, but Maven Central is not:
the embedded DBMS artifact ``org.neo4j:neo4j`` (plus ``org.neo4j:neo4j-bolt``) is the real Neo4j
kernel, Cypher runtime and Bolt server. A tiny Java main (``java/src/.../Launcher.java``, shipped
as package data) starts it with Bolt on 127.0.0.1. Maven builds it once into ``HOME/build``; later
starts skip Maven entirely while the sources are unchanged.

Layout of HOME::

    build/            the Maven project (pom.xml, src/), target/classes and target/lib (classpath)
    dbms/             the Neo4j home: dbms/data (databases) and dbms/logs (debug.log, ...)
    neo4j.pid         the server's process id while it runs
    neo4j.log         the launcher's stdout and stderr
    server.json       port, auth and version of the running server
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Neo4jError
from .launcher import (
    JVM_FLAGS,
    JVM_OPTS_ENV,
    LAUNCHER_CLASS,
    build,
    find_tool,
    java_major,
    launcher_classpath,
    log_tail,
    neo4j_version,
    parse_size,
)

log = logging.getLogger(__name__)

#: Environment variable naming the default server home.
HOME_ENV = "GRAPHBUILD_NEO4J_HOME"
#: The launcher reads the password from this variable, never from its command line.
PASSWORD_ENV = "GRAPHBUILD_NEO4J_PASSWORD"

#: The launcher prints this line once Bolt is up.
READY_MARKER = "GRAPHBUILD-NEO4J-READY"

_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class ServerInfo:
    """How to reach a running local server."""

    home: Path
    uri: str
    port: int
    pid: int
    user: str
    password: str | None
    auth: bool
    version: str
    seconds: float  # how long start() took (build included)

    @property
    def auth_tuple(self) -> tuple[str, str] | None:
        """``(user, password)`` for ``neo4j.GraphDatabase.driver(uri, auth=...)``, None without auth."""
        return (self.user, self.password) if self.auth and self.password else None


def default_home() -> Path:
    """``$GRAPHBUILD_NEO4J_HOME`` or ``.neo4j/`` in the current directory."""
    env = os.environ.get(HOME_ENV)
    return Path(env) if env else Path.cwd() / ".neo4j"


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _alive(pid: int) -> bool:
    child = _CHILDREN.get(pid)
    if child is not None:
        if child.poll() is None:
            return True
        _CHILDREN.pop(pid, None)
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[-1].split()[0] == "Z":
            return False
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_launcher(pid: int) -> bool:
    """True when ``pid`` runs our launcher (guards against a recycled pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return _alive(pid)  # no /proc (macOS): trust the pidfile
    return LAUNCHER_CLASS.encode() in cmdline


def _read_state(home: Path) -> dict[str, Any] | None:
    pidfile = home / "neo4j.pid"
    if not pidfile.is_file():
        return None
    try:
        pid = int(pidfile.read_text().strip())
    except ValueError:
        return None
    state: dict[str, Any] = {"pid": pid}
    with contextlib.suppress(OSError, ValueError):
        state.update(json.loads((home / "server.json").read_text()))
    return state


def _clear_state(home: Path) -> None:
    for name in ("neo4j.pid", "server.json"):
        with contextlib.suppress(FileNotFoundError):
            (home / name).unlink()


def _bolt_errors() -> tuple[type[BaseException], ...]:
    """What a failed ``RETURN 1`` over Bolt can raise."""
    from neo4j.exceptions import DriverError
    from neo4j.exceptions import Neo4jError as DriverNeo4jError

    return (DriverError, DriverNeo4jError, Neo4jError, OSError)


def _check_bolt(uri: str, auth: tuple[str, str] | None) -> None:
    """Run ``RETURN 1`` over Bolt; raises the driver's exception on failure."""
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=5) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS ok", database_="neo4j")
        if not records or records[0]["ok"] != 1:
            raise Neo4jError(f"{uri} answered RETURN 1 with {records!r}")


def start(
    home: Path | None = None,
    *,
    port: int = 7687,
    password: str | None,
    heap: str = "512m",
    pagecache: str = "256m",
    timeout: float = 180,
) -> ServerInfo:
    """Start a local Neo4j server in ``home`` and wait until it answers ``RETURN 1`` over Bolt.

    ``password`` is the password of user ``neo4j`` (set on every start); None disables
    authentication. The server runs detached from this process (it outlives the CLI) until
    :func:`stop`. When a server already runs in ``home`` on the same port, it is reused.
    ``timeout`` counts from the launch of the JVM (a first Maven build comes before it).

    >>> info = start(Path(".neo4j"), port=7687, password="secret")  # doctest: +SKIP
    >>> info.uri  # doctest: +SKIP
    'bolt://127.0.0.1:7687'
    """
    started = time.monotonic()
    if importlib.util.find_spec("neo4j") is None:
        raise Neo4jError("the `neo4j` Python driver is not installed (pip install neo4j)")
    home = (Path(home) if home is not None else default_home()).absolute()
    home.mkdir(parents=True, exist_ok=True)
    if not 0 < port < 65536:
        raise Neo4jError(f"not a TCP port: {port}")
    if password == "":
        raise Neo4jError("the password is empty; pass password=None to disable authentication")
    heap_bytes, pagecache_bytes = parse_size(heap), parse_size(pagecache)
    uri = f"bolt://127.0.0.1:{port}"
    version = neo4j_version()
    auth = ("neo4j", password) if password is not None else None

    state = _read_state(home)
    if state is not None and _alive(state["pid"]) and _is_launcher(state["pid"]):
        if state.get("port") != port:
            raise Neo4jError(
                f"a Neo4j server already runs from {home} on port {state.get('port')} (pid {state['pid']}); "
                "stop it first or use another --home"
            )
        try:
            _check_bolt(uri, auth)
        except _bolt_errors() as exc:
            raise Neo4jError(
                f"a Neo4j server already runs from {home} on {uri} but rejects us: {exc}"
            ) from exc
        log.info("Neo4j already running from %s on %s (pid %d)", home, uri, state["pid"])
        return ServerInfo(home, uri, port, state["pid"], "neo4j", password, auth is not None, version, 0.0)
    _clear_state(home)

    java = find_tool("java")
    major = java_major(java)
    if major < 17:
        raise Neo4jError(f"Neo4j {version} needs Java 17 or newer; {java} is Java {major}")
    if not _port_free(port):
        raise Neo4jError(f"port {port} on 127.0.0.1 is busy; choose another with --port")

    build_dir = build(home)
    classpath = launcher_classpath(build_dir)
    dbms_home = home / "dbms"
    dbms_home.mkdir(exist_ok=True)
    cmd = [
        java,
        f"-Xmx{heap_bytes}",
        f"-Xms{heap_bytes}",
        *JVM_FLAGS,
        *os.environ.get(JVM_OPTS_ENV, "").split(),
        "-cp",
        str(classpath),
        LAUNCHER_CLASS,
        str(dbms_home),
        str(port),
        str(pagecache_bytes),
    ]
    env = dict(os.environ)
    env.pop(PASSWORD_ENV, None)
    if password is not None:
        env[PASSWORD_ENV] = password
    log_path = home / "neo4j.log"
    with open(log_path, "wb") as out:
        proc = subprocess.Popen(
            cmd,
            cwd=home,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    _CHILDREN[proc.pid] = proc
    (home / "neo4j.pid").write_text(f"{proc.pid}\n")
    (home / "server.json").write_text(
        json.dumps(
            {
                "port": port,
                "uri": uri,
                "auth": auth is not None,
                "version": version,
                "heap": heap,
                "pagecache": pagecache,
            }
        )
        + "\n"
    )
    log.info("starting Neo4j %s from %s on %s (pid %d)", version, home, uri, proc.pid)

    deadline = time.monotonic() + timeout  # from the launch: a cold Maven build is not counted
    last_error: BaseException | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            _CHILDREN.pop(proc.pid, None)
            _clear_state(home)
            raise Neo4jError(
                f"Neo4j exited with code {proc.returncode} while starting; last lines of {log_path}:\n"
                + log_tail(log_path)
                + f"\n--- {dbms_home / 'logs' / 'debug.log'}:\n"
                + log_tail(dbms_home / "logs" / "debug.log", 15)
            )
        if READY_MARKER in log_path.read_text(errors="replace") and _port_open(port):
            try:
                _check_bolt(uri, auth)
                break
            except _bolt_errors() as exc:  # retried until the deadline; reported if it never works
                last_error = exc
        time.sleep(0.25)
    else:
        _terminate(proc.pid, 30)
        _clear_state(home)
        raise Neo4jError(
            f"Neo4j did not answer on {uri} within {timeout:.0f} s (last error: {last_error}); "
            f"last lines of {log_path}:\n" + log_tail(log_path)
        )
    seconds = time.monotonic() - started
    log.info("Neo4j ready on %s after %.1f s", uri, seconds)
    return ServerInfo(home, uri, port, proc.pid, "neo4j", password, auth is not None, version, seconds)


def _terminate(pid: int, timeout: float) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.1)
    log.warning("Neo4j (pid %d) did not stop within %.0f s; killing it", pid, timeout)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    while _alive(pid):
        time.sleep(0.1)


def stop(home: Path | None = None, *, timeout: float = 60) -> bool:
    """Stop the server running from ``home`` (SIGTERM: Neo4j shuts down cleanly).

    Returns True when a server was stopped, False when none was running.
    """
    home = (Path(home) if home is not None else default_home()).absolute()
    state = _read_state(home)
    if state is None:
        return False
    pid = state["pid"]
    running = _alive(pid) and _is_launcher(pid)
    if running:
        log.info("stopping Neo4j from %s (pid %d)", home, pid)
        _terminate(pid, timeout)
    _CHILDREN.pop(pid, None)
    _clear_state(home)
    return running


def status(home: Path | None = None) -> dict[str, Any]:
    """What runs from ``home``: ``running``, ``pid``, ``port``, ``uri``, ``auth``, ``version``, paths."""
    home = (Path(home) if home is not None else default_home()).absolute()
    state = _read_state(home)
    running = state is not None and _alive(state["pid"]) and _is_launcher(state["pid"])
    out: dict[str, Any] = {
        "home": str(home),
        "running": running,
        "pid": state["pid"] if running and state else None,
        "port": state.get("port") if running and state else None,
        "uri": state.get("uri") if running and state else None,
        "auth": state.get("auth") if running and state else None,
        "version": neo4j_version(),
        "built": launcher_classpath(home / "build") is not None,
        "log": str(home / "neo4j.log"),
        "debug_log": str(home / "dbms" / "logs" / "debug.log"),
    }
    return out


def import_csv(home: Path | None, paths: list[Path], *, database: str = "neo4j", heap: str = "1g") -> Path:
    """Bulk-load CSV files from :func:`graphbuild.exports.csv.write_csv` into ``database`` of ``home``.

    Runs Neo4j's own ``neo4j-admin database import full`` (from the launcher's classpath) into an
    empty (overwritten) database; the server must be stopped. Returns the import log path.
    """
    from graphbuild.exports.csv import import_command

    home = (Path(home) if home is not None else default_home()).absolute()
    if status(home)["running"]:
        raise Neo4jError(f"the Neo4j server of {home} is running; stop it before a bulk import")
    if not paths:
        raise Neo4jError("no CSV files to import")
    java = find_tool("java")
    classpath = launcher_classpath(build(home))
    dbms_home = home / "dbms"
    (dbms_home / "conf").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, NEO4J_HOME=str(dbms_home), NEO4J_CONF=str(dbms_home / "conf"))
    cmd = [
        java,
        f"-Xmx{parse_size(heap)}",
        *JVM_FLAGS,
        *os.environ.get(JVM_OPTS_ENV, "").split(),
        "-cp",
        str(classpath),
        "org.neo4j.cli.AdminTool",
    ]
    cmd += import_command([Path(p).absolute() for p in paths], database=database)[1:]
    log_path = home / "import.log"
    with open(log_path, "wb") as out:
        proc = subprocess.run(cmd, cwd=home, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    if proc.returncode != 0:
        raise Neo4jError(
            f"neo4j-admin import failed (exit {proc.returncode}); last lines of {log_path}:\n"
            + log_tail(log_path)
        )
    log.info("imported %d CSV files into %s/%s", len(paths), home, database)
    return log_path
