"""Throughput, stage times, memory, timex normalisation and query latency of a graphbuild build.

Usage::

    .venv/bin/python bench/perf.py [--stories 2000] [--processes N] [--no-wikinews]
                                   [--no-incremental | --only-incremental] [--incremental-stories 5000]
                                   [--repeat 3] [--query-docs 20000]

For each corpus (the first ``--stories`` Reuters-21578 stories with a body, and the 295 Wikinews
articles) it times, on the same texts with the same model and process count:

* bare spaCy: ``nlp.pipe`` over the documents' texts with the model as shipped (graphbuild's own
  pipeline components left out), consuming the Docs and nothing else;
* the full build (``build_paths``: ingest, parse, extract, resolve + graph), then saving
  graph.json and generating explorer.html;

and prints the throughput ratio (bare time / build time; bar >= 0.75), time per stage, the
timex normalisation rate and peak memory. Then, with the CLI in fresh processes as a user runs
it, the cost of ``build NEW --into OUT`` adding 10 stories to a ``--incremental-stories`` build
(bar < 5 % of a full build of all of them, which must give the same graph.json), and the latency of
``KnowledgeGraph.timeline(entity=...)`` on a graph of >= ``--query-docs`` documents (bar < 50 ms).
That graph is the built Reuters graph replicated into disjoint copies (node ids suffixed) until it
holds that many documents: the same structure a real corpus of that size has per entity, but
without spending hours building 20,000 stories on a small machine. The corpora are read in place;
only temporary JSONL files and outputs are written (to a temporary directory, deleted afterwards).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import corpora  # noqa: E402

from graphbuild import temporal  # noqa: E402
from graphbuild.api import KnowledgeGraph  # noqa: E402
from graphbuild.graph import save_graph  # noqa: E402
from graphbuild.ingest import read_documents  # noqa: E402
from graphbuild.nlp import DEFAULT_BATCH_SIZE, default_processes, load_pipeline  # noqa: E402
from graphbuild.pipeline import build_paths, document_anchor  # noqa: E402

log = logging.getLogger("bench.perf")

RATIO_BAR = 0.75
QUERY_BAR_MS = 50.0
INCREMENTAL_BAR = 0.05
NEW_STORIES = 10


def _timed(func: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    out = func()
    return out, time.perf_counter() - t


def _bare_spacy(nlp: Any, texts: list[str], n_process: int, batch_size: int) -> float:
    """The model as shipped: graphbuild's own components (sentence starts at line breaks, the wire
    lead's names tagged again, firms' labels) are the build's work, so left out here."""
    ours = [name for name in nlp.pipe_names if name.startswith("graphbuild_")]
    t = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass
    return time.perf_counter() - t


def _timex_rate(documents: Any) -> dict[str, float]:
    found = resolved = 0
    t = time.perf_counter()
    for d in documents:
        for tx in temporal.tag(d.analysis_text, document_anchor(d)):
            found += 1
            if tx.interval[0] is not None or (tx.type in ("DURATION", "SET") and "X" not in tx.value):
                resolved += 1
    seconds = time.perf_counter() - t
    return {
        "timexes": found,
        "normalised": resolved / found if found else 0.0,
        "timex_per_s": found / seconds,
    }


def bench_corpus(
    name: str, records: list[dict[str, Any]], nlp: Any, args: argparse.Namespace, tmp: Path
) -> dict[str, Any]:
    """Measure one corpus; returns the figures (and the built graph under ``graph``)."""
    src = tmp / f"{name}.jsonl"
    corpora.write_jsonl(records, src)
    ingested, t_ingest = _timed(lambda: read_documents([src]))
    documents = ingested.documents
    texts = [d.analysis_text for d in documents]
    n_process = args.processes or default_processes(len(documents), sum(map(len, texts)))
    log.info("%s: %d documents, %d process(es): bare spaCy", name, len(documents), n_process)
    t_bare = _bare_spacy(nlp, texts, n_process, args.batch_size)
    log.info("%s: full build", name)
    result, t_build = _timed(
        lambda: build_paths([src], nlp=nlp, n_process=n_process, batch_size=args.batch_size)
    )
    out = tmp / f"{name}-out"
    _, t_save = _timed(lambda: save_graph(result.graph, out / "graph.json"))
    from graphbuild.exports.html import write_explorer

    _, t_explorer = _timed(lambda: write_explorer(result.graph, out / "explorer.html"))
    figures: dict[str, Any] = {
        "corpus": name,
        "documents": len(documents),
        "chars": sum(len(t) for t in texts),
        "processes": n_process,
        "bare_spacy_s": t_bare,
        "build_s": t_build,
        "ratio": t_bare / t_build,
        "stages": dict(result.timings) | {"save": t_save, "explorer": t_explorer},
        "ingest_alone_s": t_ingest,
        "nodes": result.graph.number_of_nodes(),
        "edges": result.graph.number_of_edges(),
        "graph": result.graph,
    }
    figures |= _timex_rate(documents)
    return figures


def _cli(*args: str, env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Run ``graphbuild ARGS`` in a fresh process; (wall seconds, its build-report timings, with
    ``cpu_total``: user and system CPU seconds of the command and every process it started)."""
    out = Path(args[args.index("--out" if "--out" in args else "--into") + 1])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(
        [str(REPO / ".venv" / "bin" / "graphbuild"), *args], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command, and the workers it waited for
    if done.returncode not in (0, 3):
        raise SystemExit(f"graphbuild {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, report["timings"] | {"cpu_total": cpu}


def bench_incremental(n_stories: int, processes: int | None, tmp: Path, repeat: int = 3) -> dict[str, Any]:
    """``graphbuild build NEW --into OUT`` adding 10 stories to an ``n_stories``-story build, as a user runs it.

    CLI runs in fresh processes (model loading, imports and all): the build of the first
    ``n_stories - 10`` stories into OUT (which fills OUT's caches), the incremental build adding
    the last 10 (``repeat`` times, each from a copy of that OUT, so each parses the 10 stories:
    one run of a few seconds is at the mercy of a noisy machine; the median counts), and a full
    build of all ``n_stories`` without any cache (the denominator). The incremental graph.json
    must equal the full build's byte for byte.
    """
    records = list(corpora.reuters(n_stories))
    base, new = tmp / "inc-base.jsonl", tmp / "inc-new.jsonl"
    corpora.write_jsonl(records[:-NEW_STORIES], base)
    corpora.write_jsonl(records[-NEW_STORIES:], new)
    out, full = tmp / "inc-out", tmp / "inc-full"
    env = {k: v for k, v in os.environ.items() if k != "GRAPHBUILD_CACHE"}
    jobs = ["-j", str(processes)] if processes else []
    log.info("incremental: build of %d stories into %s", len(records) - NEW_STORIES, out)
    t_cold, _ = _cli("build", str(base), "--out", str(out), *jobs, env=env)
    pristine = tmp / "inc-pristine"
    shutil.copytree(out, pristine, symlinks=True)
    runs = []
    for n in range(repeat):
        log.info("incremental: + %d stories with --into (run %d of %d)", NEW_STORIES, n + 1, repeat)
        if n:
            shutil.rmtree(out)
            shutil.copytree(pristine, out, symlinks=True)
        runs.append(_cli("build", str(new), "--into", str(out), *jobs, env=env))
    t_inc, inc_stages = sorted(runs, key=lambda r: r[0])[len(runs) // 2]  # the median run
    log.info("incremental: full build of %d stories without a cache", len(records))
    t_full, full_stages = _cli("build", str(base), str(new), "--out", str(full), "--no-cache", *jobs, env=env)
    same = (out / "graph.json").read_bytes() == (full / "graph.json").read_bytes()
    same_explorer = _same_but_positions(out / "explorer.html", full / "explorer.html")
    return {
        "stories": len(records),
        "cold_s": t_cold,
        "incremental_s": t_inc,
        "incremental_runs_s": [r[0] for r in runs],
        "full_s": t_full,
        "share": t_inc / t_full,
        "same_graph": same,
        "same_explorer": same_explorer,
        "incremental_stages": inc_stages,
        "full_stages": full_stages,
    }


def replicate(graph: nx.MultiDiGraph, min_docs: int) -> nx.MultiDiGraph:
    """Disjoint copies of ``graph`` (node ids suffixed ``#i``) until it holds ``min_docs`` documents."""
    n_docs = sum(1 for _, k in graph.nodes(data="kind") if k == "Document") or 1
    copies = max(1, -(-min_docs // n_docs))
    big = nx.MultiDiGraph()
    big.graph.update(graph.graph)
    for i in range(copies):
        suffix = f"#{i}" if i else ""
        rename = {n: f"{n}{suffix}" for n in graph.nodes}
        for n, attrs in graph.nodes(data=True):
            a = dict(attrs)
            if a.get("speaker"):
                a["speaker"] = rename.get(a["speaker"], a["speaker"])
            big.add_node(rename[n], **a)
        for u, v, k, attrs in graph.edges(keys=True, data=True):
            big.add_edge(rename[u], rename[v], key=k, **attrs)
    return big


def bench_queries(graph: nx.MultiDiGraph, min_docs: int, n_entities: int = 30) -> dict[str, Any]:
    """Latency of timeline(entity=...) for the most-mentioned entities, on a graph of >= min_docs documents."""
    big = replicate(graph, min_docs)
    kg = KnowledgeGraph(big)
    entities = sorted(
        (n for n, k in graph.nodes(data="kind") if k == "Entity"),
        key=lambda n: (-graph.nodes[n].get("mentions", 0), n),
    )[:n_entities]
    _, first = _timed(lambda: kg.timeline(entity=entities[0]))
    times = []
    for e in entities:
        _, s = _timed(lambda e=e: kg.timeline(entity=e))
        times.append(s * 1000)
    by_name, s_name = _timed(lambda: kg.timeline(entity=graph.nodes[entities[0]]["name"]))
    _, s_all = _timed(kg.timeline)
    return {
        "query_docs": sum(1 for _, k in big.nodes(data="kind") if k == "Document"),
        "query_nodes": big.number_of_nodes(),
        "first_ms": first * 1000,
        "median_ms": statistics.median(times),
        "max_ms": max(times),
        "by_name_ms": s_name * 1000,
        "all_items_ms": s_all * 1000,
        "top_items": len(by_name),
    }


def _explorer_payload(page: Path) -> dict[str, Any]:
    text = page.read_text(encoding="utf-8")
    start = text.index('id="graph-data">') + len('id="graph-data">')
    return json.loads(text[start : text.index("</script>", start)])


def _same_but_positions(incremental: Path, full: Path) -> bool:
    """Whether two explorer pages hold the same data but for node coordinates: an incremental
    build keeps the previous build's node positions (see graphbuild.exports.html_positions)."""

    def without_positions(page: Path) -> dict[str, Any]:
        payload = _explorer_payload(page)
        nodes = [{k: v for k, v in n.items() if k not in ("x", "y")} for n in payload["nodes"]]
        return {**payload, "nodes": nodes}

    return without_positions(incremental) == without_positions(full)


def _mb(kb: int) -> float:
    return kb / 1024  # ru_maxrss is in KiB on Linux


def report_incremental(inc: dict[str, Any]) -> str:
    """The incremental figures as text."""

    def stages(timings: dict[str, float]) -> str:
        return ", ".join(f"{k} {v:.1f}" for k, v in sorted(timings.items()) if v >= 0.05 and k != "cpu_total")

    return "\n".join(
        [
            f"incremental build (CLI, fresh process each): {inc['stories']:,} Reuters stories",
            f"  build of the first {inc['stories'] - NEW_STORIES:,} into OUT: {inc['cold_s']:.1f} s",
            f"  + {NEW_STORIES} stories with --into: {inc['incremental_s']:.1f} s (median of "
            f"{', '.join(f'{t:.1f}' for t in inc['incremental_runs_s'])}) "
            f"= {100 * inc['share']:.1f}% of the full build (bar < 5%)",
            f"  full build of all {inc['stories']:,}, no cache: {inc['full_s']:.1f} s",
            # the bar is on wall time; CPU time says what the incremental build costs the machine
            f"  CPU time (all processes): + {NEW_STORIES} stories {inc['incremental_stages'].get('cpu_total', 0):.1f} s "
            f"= {100 * inc['incremental_stages'].get('cpu_total', 0) / max(inc['full_stages'].get('cpu_total', 0), 1e-9):.1f}% "
            f"of the full build's {inc['full_stages'].get('cpu_total', 0):.1f} s",
            f"  same graph.json as the full build: {'yes' if inc['same_graph'] else 'NO'}; "
            f"same explorer.html but for node positions: {'yes' if inc['same_explorer'] else 'NO'}",
            f"  incremental stages (s): {stages(inc['incremental_stages'])} "
            "(explorer overlaps save on two cores; load_model and parse run in a worker during cache_read)",
            f"  full-build stages (s): {stages(inc['full_stages'])}",
        ]
    )


def report(results: list[dict[str, Any]], queries: dict[str, Any] | None) -> str:
    """The figures as a plain-text table."""
    lines = []
    cols = [r["corpus"] for r in results]
    w = 28

    def row(label: str, values: list[str]) -> None:
        lines.append(label.ljust(w) + "".join(v.rjust(16) for v in values))

    row("", cols)
    row("documents", [str(r["documents"]) for r in results])
    row("characters", [f"{r['chars']:,}" for r in results])
    row("spaCy processes", [str(r["processes"]) for r in results])
    row("bare nlp.pipe (s)", [f"{r['bare_spacy_s']:.1f}" for r in results])
    row("full build (s)", [f"{r['build_s']:.1f}" for r in results])
    row("throughput ratio (>=0.75)", [f"{r['ratio']:.2f}" for r in results])
    row("docs/s (full build)", [f"{r['documents'] / r['build_s']:.1f}" for r in results])
    stages = sorted({k for r in results for k in r["stages"]})
    for k in stages:
        row(f"  stage {k} (s)", [f"{r['stages'].get(k, 0.0):.2f}" for r in results])
    row("graph nodes / edges", [f"{r['nodes']}/{r['edges']}" for r in results])
    row("timexes found", [str(r["timexes"]) for r in results])
    row("timexes normalised (%)", [f"{100 * r['normalised']:.1f}" for r in results])
    row("timex tagging (timex/s)", [f"{r['timex_per_s']:.0f}" for r in results])
    lines.append(
        f"peak RSS: this process {_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss):.0f} MiB, "
        f"largest spaCy worker {_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss):.0f} MiB"
    )
    if queries:
        lines.append(
            f"timeline(entity=...) on {queries['query_docs']:,} documents / {queries['query_nodes']:,} nodes: "
            f"first call {queries['first_ms']:.1f} ms (builds the index), median {queries['median_ms']:.2f} ms, "
            f"max {queries['max_ms']:.2f} ms over the 30 most-mentioned entities (bar < {QUERY_BAR_MS:.0f} ms); "
            f"by name {queries['by_name_ms']:.2f} ms ({queries['top_items']} items); "
            f"whole timeline {queries['all_items_ms']:.0f} ms"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table; exit 1 when a bar is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--stories", type=int, default=2000, help="Reuters stories with a body (default 2000)."
    )
    parser.add_argument("--processes", "-j", type=int, help="spaCy processes (default: by input size).")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--no-wikinews", action="store_true")
    parser.add_argument("--no-incremental", action="store_true", help="Skip the incremental builds.")
    parser.add_argument(
        "--only-incremental",
        action="store_true",
        help="Run only the incremental builds (no corpus throughput, no query latency).",
    )
    parser.add_argument(
        "--incremental-stories",
        type=int,
        default=5000,
        help="Stories in the incremental test (default 5000).",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="Incremental runs; the median is reported (default 3)."
    )
    parser.add_argument("--query-docs", type=int, default=20000, help="Documents in the query-latency graph.")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    if args.only_incremental:
        with tempfile.TemporaryDirectory(prefix="graphbuild-perf-") as tmp:
            inc = bench_incremental(args.incremental_stories, args.processes, Path(tmp), args.repeat)
        print(f"graphbuild perf: {os.cpu_count()} core(s)")
        print(report_incremental(inc))
        return 0 if inc["share"] < INCREMENTAL_BAR and inc["same_graph"] else 1
    nlp = load_pipeline()
    results = []
    with tempfile.TemporaryDirectory(prefix="graphbuild-perf-") as tmp:
        results.append(bench_corpus("reuters", list(corpora.reuters(args.stories)), nlp, args, Path(tmp)))
        if not args.no_wikinews:
            results.append(bench_corpus("wikinews", list(corpora.wikinews()), nlp, args, Path(tmp)))
        inc = (
            None
            if args.no_incremental
            else bench_incremental(args.incremental_stories, args.processes, Path(tmp), args.repeat)
        )
    queries = bench_queries(results[0]["graph"], args.query_docs)
    print(f"graphbuild perf: {os.cpu_count()} core(s)")
    print(report(results, queries))
    if inc is not None:
        print(report_incremental(inc))
    ok = all(r["ratio"] >= RATIO_BAR for r in results) and queries["max_ms"] < QUERY_BAR_MS
    ok = ok and (inc is None or (inc["share"] < INCREMENTAL_BAR and inc["same_graph"]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
