"""The Java launcher of the local server: its sources (package data), Maven build and JVM flags.

``java/pom.xml`` pins Neo4j 5.26 LTS (``org.neo4j:neo4j`` + ``org.neo4j:neo4j-bolt`` from Maven
Central); ``java/src/.../Launcher.java`` starts the embedded DBMS with Bolt on 127.0.0.1. Maven
builds it once into ``HOME/build`` (classes in target/classes, the classpath in target/lib); a
stamp of the sources skips Maven entirely while they are unchanged.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import time
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import Neo4jError

log = logging.getLogger(__name__)

#: Set to 1 to run Maven offline (every artifact must already be in ~/.m2).
OFFLINE_ENV = "GRAPHBUILD_MAVEN_OFFLINE"

#: Extra JVM options, split on whitespace (e.g. "-XX:TieredStopAtLevel=1" for faster test starts).
JVM_OPTS_ENV = "GRAPHBUILD_NEO4J_JVM_OPTS"

LAUNCHER_CLASS = "org.graphbuild.neo4j.Launcher"

#: Java 17 needs these for Neo4j's page cache and native file access; without them Neo4j logs
#: "Reflection access to java.nio.DirectByteBuffer is not available, using fallback mode" and
#: "Incorrect file descriptor" warnings for every transaction log.
JVM_FLAGS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dlog4j2.disable.jmx=true",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+ExitOnOutOfMemoryError",
)

_SIZE = re.compile(r"^\s*(\d+)\s*([kmgKMG]?)[bB]?\s*$")


def neo4j_version() -> str:
    """The Neo4j version the launcher's pom.xml pins (the latest 5.26.x LTS on Maven Central)."""
    pom = _java_sources().joinpath("pom.xml").read_text(encoding="utf-8")
    m = re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", pom)
    if not m:
        raise Neo4jError("the launcher's pom.xml has no <neo4j.version>")
    return m.group(1)


def parse_size(size: str) -> int:
    """Bytes in a JVM-style size such as ``512m``, ``1g`` or ``65536``.

    >>> parse_size("256m")
    268435456
    """
    m = _SIZE.match(str(size))
    if not m:
        raise Neo4jError(f"not a memory size: {size!r} (use e.g. 512m or 1g)")
    factor = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    return int(m.group(1)) * factor


def _java_sources() -> Any:
    return resources.files("graphbuild.neo4jserver").joinpath("java")


def _source_files() -> list[tuple[str, bytes]]:
    """(relative path, content) of pom.xml and every launcher source, sorted."""
    out: list[tuple[str, bytes]] = []

    def walk(node: Any, rel: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            path = f"{rel}/{child.name}" if rel else child.name
            if child.is_dir():
                walk(child, path)
            elif child.name == "pom.xml" or child.name.endswith(".java"):
                out.append((path, child.read_bytes()))

    walk(_java_sources(), "")
    return out


def find_tool(name: str) -> str:
    if name == "java" and os.environ.get("JAVA_HOME"):
        candidate = Path(os.environ["JAVA_HOME"]) / "bin" / "java"
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        hint = "install a Java 17+ JDK (e.g. apt-get install openjdk-17-jdk-headless)"
        if name == "mvn":
            hint = "install Apache Maven 3.8+ (e.g. apt-get install maven)"
        raise Neo4jError(f"`{name}` was not found on PATH; the local Neo4j server needs it: {hint}")
    return found


def java_major(java: str) -> int:
    try:
        proc = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60, check=False)
    except OSError as exc:
        raise Neo4jError(f"cannot run {java}: {exc}") from exc
    m = re.search(r'version "(\d+)(?:\.(\d+))?', proc.stderr + proc.stdout)
    if not m:
        raise Neo4jError(f"cannot tell the Java version from `{java} -version`: {proc.stderr.strip()[:200]}")
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def log_tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"(no {path.name})"
    return "\n".join(text.splitlines()[-lines:])


def build(home: Path, *, offline: bool | None = None) -> Path:
    """Build the launcher into ``HOME/build`` with Maven unless an identical build exists.

    Returns the build directory. The first build downloads Neo4j's jars (~125 MB) from Maven
    Central into ~/.m2; later builds of changed sources reuse them.
    """
    home = Path(home)
    build_dir = home / "build"
    files = _source_files()
    digest = hashlib.sha256()
    for rel, data in files:
        digest.update(rel.encode() + b"\0" + data + b"\0")
    stamp = digest.hexdigest()
    stamp_file = build_dir / ".graphbuild-stamp"
    if stamp_file.is_file() and stamp_file.read_text().strip() == stamp and launcher_classpath(build_dir):
        return build_dir

    mvn = find_tool("mvn")
    if build_dir.exists():
        shutil.rmtree(build_dir)
    for rel, data in files:
        target = build_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if offline is None:
        offline = os.environ.get(OFFLINE_ENV, "") not in ("", "0")
    cmd = [mvn, "-q", "-B", *(["-o"] if offline else []), "compile", "dependency:copy-dependencies"]
    log_path = home / "build.log"
    log.info("building the Neo4j launcher with Maven in %s (first time: downloads ~125 MB)", build_dir)
    started = time.monotonic()
    with open(log_path, "wb") as out:
        try:
            proc = subprocess.run(cmd, cwd=build_dir, stdout=out, stderr=subprocess.STDOUT, check=False)
        except OSError as exc:
            raise Neo4jError(f"cannot run Maven ({mvn}): {exc}") from exc
    if proc.returncode != 0 or not launcher_classpath(build_dir):
        raise Neo4jError(
            f"Maven could not build the Neo4j launcher (exit {proc.returncode}); see {log_path}:\n"
            + log_tail(log_path)
        )
    stamp_file.write_text(stamp + "\n")
    log.info("built the Neo4j launcher in %.1f s", time.monotonic() - started)
    return build_dir


def launcher_classpath(build_dir: Path) -> str | None:
    classes = build_dir / "target" / "classes"
    lib = build_dir / "target" / "lib"
    if not (classes / Path(*LAUNCHER_CLASS.split("."))).with_suffix(".class").is_file():
        return None
    if not lib.is_dir() or not any(lib.glob("neo4j-kernel-*.jar")):
        return None
    return f"{classes}{os.pathsep}{lib / '*'}"
