"""Benchmark the Neo4j export on a graph built from Reuters-21578 stories.

Usage::

    .venv/bin/python bench/neo4j_export.py [--stories 2000] [--corpus FILE] [--batch-size 5000]

Builds (or loads from ``.cache/bench/``, keyed by the number of stories and the pipeline version)
a graph from the first ``--stories`` stories that have a body, starts a local Neo4j server
(graphbuild.neo4jserver) on a free port in ``.cache/bench/neo4j`` (the Maven build of
``.cache/neo4j-tests`` is reused through hard links when it exists), then times:

1. the first export into a wiped database,
2. a re-export of the unchanged graph (must create nothing and set no property),

and prints nodes + relationships per second and the re-export / first-export time ratio (the bar:
re-export <= 20 % of the first export). The corpus is read in place; only a temporary JSONL of
the selected stories is written (to a temporary directory, deleted afterwards).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import secrets
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from corpora import REUTERS, reuters  # noqa: E402
from graphbuild.exports.neo4j import ExportStats, export_graph  # noqa: E402

from graphbuild.errors import GraphbuildError  # noqa: E402
from graphbuild.graph import load_graph, save_graph  # noqa: E402
from graphbuild.model import PIPELINE_VERSION  # noqa: E402
from graphbuild.neo4jserver import start, stop  # noqa: E402
from graphbuild.neo4jserver.server import JVM_OPTS_ENV  # noqa: E402

log = logging.getLogger("bench.neo4j_export")

DEFAULT_CORPUS = REUTERS
CACHE = REPO / ".cache" / "bench"
TEST_BUILD = REPO / ".cache" / "neo4j-tests" / "build"
REEXPORT_BAR = 0.20


def build_or_load(corpus: Path, n: int, *, rebuild: bool = False) -> tuple[nx.MultiDiGraph, float | None]:
    """The graph of the first ``n`` stories, cached in .cache/bench; returns (graph, build seconds or None)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"reuters-{n}-p{PIPELINE_VERSION}.graph.json"
    if cached.is_file() and not rebuild:
        log.info("loading the cached graph %s", cached)
        return load_graph(cached), None
    from graphbuild.pipeline import build_paths

    with tempfile.TemporaryDirectory(prefix="graphbuild-bench-") as tmp:
        path = Path(tmp) / f"reuters-{n}.jsonl"
        with open(path, "w", encoding="utf-8") as out:
            count = 0
            for record in reuters(n, corpus=corpus):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        if count < n:
            log.warning("the corpus has only %d stories with a body", count)
        log.info("building the graph of %d stories (this takes a while)", count)
        started = time.perf_counter()
        result = build_paths([path])
        seconds = time.perf_counter() - started
    save_graph(result.graph, cached)
    return result.graph, seconds


def _link_build(home: Path) -> None:
    """Reuse the tests' Maven build (hard links, a copy across file systems) instead of rebuilding."""
    if (home / "build").exists() or not TEST_BUILD.is_dir():
        return

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(TEST_BUILD, home / "build", copy_function=link, symlinks=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rate(graph_size: int, stats: ExportStats) -> float:
    return graph_size / stats.seconds if stats.seconds > 0 else float("inf")


def run(args: argparse.Namespace) -> int:
    graph, build_seconds = build_or_load(args.corpus, args.stories, rebuild=args.rebuild)
    size = graph.number_of_nodes() + graph.number_of_edges()
    kinds: dict[str, int] = {}
    for _, kind in graph.nodes(data="kind"):
        kinds[kind] = kinds.get(kind, 0) + 1

    home = args.home.absolute()
    home.mkdir(parents=True, exist_ok=True)
    _link_build(home)
    stop(home)  # a server left over from an interrupted run
    shutil.rmtree(home / "dbms", ignore_errors=True)
    os.environ.setdefault(JVM_OPTS_ENV, "-XX:TieredStopAtLevel=1")
    import neo4j

    info = start(home, port=_free_port(), password=secrets.token_urlsafe(12), heap=args.heap, timeout=300)
    try:
        with neo4j.GraphDatabase.driver(info.uri, auth=info.auth_tuple) as driver:
            rounds = []
            for _ in range(args.rounds):  # round 1 runs on a cold JVM, later rounds on a warm one
                first = export_graph(graph, driver=driver, wipe=True, batch_size=args.batch_size)
                again = export_graph(graph, driver=driver, batch_size=args.batch_size)
                rounds.append((first, again))
            records, _, _ = driver.execute_query(
                "MATCH (n) WITH count(n) AS n CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r"
            )
    finally:
        stop(home)

    in_db = (records[0]["n"], records[0]["r"])
    ratios = [a.seconds / f.seconds if f.seconds > 0 else float("inf") for f, a in rounds]
    ratio = ratios[0]
    print(
        f"stories: {args.stories}   graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    )
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if build_seconds is not None:
        print(f"graph build: {build_seconds:.1f} s")
    print(f"Neo4j {info.version} on {info.uri} (start {info.seconds:.1f} s), batch size {args.batch_size}")
    print()
    print(f"{'round':<6}{'run':<22}{'seconds':>9}{'items/s':>10}{'nodes+':>9}{'rels+':>9}{'props set':>11}")
    for i, (first, again) in enumerate(rounds, start=1):
        for name, stats in (("first export (wipe)", first), ("re-export (unchanged)", again)):
            print(
                f"{i:<6}{name:<22}{stats.seconds:>9.2f}{_rate(size, stats):>10.0f}{stats.nodes_created:>9}"
                f"{stats.relationships_created:>9}{stats.properties_set:>11}"
            )
    print()
    first, again = rounds[0]
    idempotent = all(
        (a.nodes_created, a.relationships_created, a.properties_set) == (0, 0, 0) for _, a in rounds
    )
    ok_counts = in_db == (graph.number_of_nodes(), graph.number_of_edges())
    print(f"database holds {in_db[0]} nodes, {in_db[1]} relationships: {'OK' if ok_counts else 'MISMATCH'}")
    print(f"re-export wrote nothing: {'OK' if idempotent else 'NO'}")
    verdict = "OK" if ratio <= REEXPORT_BAR else "ABOVE THE BAR"
    print(f"re-export / first export = {ratio:.1%} (bar <= {REEXPORT_BAR:.0%}): {verdict}")
    if len(ratios) > 1:
        print("  by round: " + ", ".join(f"{r:.1%}" for r in ratios) + " (round 1 on a cold server)")
    return 0 if ok_counts and idempotent and ratio <= REEXPORT_BAR else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--stories", type=int, default=2000, help="how many stories with a body (default 2000)"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="Reuters-21578 JSONL(.gz)")
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3, help="wipe + export + re-export rounds (default 3)")
    parser.add_argument("--heap", default="1g", help="Neo4j heap (default 1g)")
    parser.add_argument(
        "--home", type=Path, default=CACHE / "neo4j", help="server home (default .cache/bench/neo4j)"
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild the graph even when cached")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    logging.getLogger("neo4j").setLevel(logging.WARNING)  # one INFO notice per existing constraint
    if args.stories < 1 or args.rounds < 1:
        parser.error("--stories and --rounds must be positive")
    if not args.corpus.is_file():
        parser.error(f"no corpus at {args.corpus}")
    try:
        return run(args)
    except GraphbuildError as exc:
        log.error("%s", exc)
        return 1
    except KeyboardInterrupt:
        with contextlib.suppress(GraphbuildError):
            stop(args.home.absolute())
        return 130


if __name__ == "__main__":
    sys.exit(main())
