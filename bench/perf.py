"""Throughput, stage times, memory, timex normalisation and query latency of a graphbuild build.

Usage::

    .venv/bin/python bench/perf.py [--stories 2000] [--processes N] [--no-wikinews]
                                   [--no-incremental] [--query-docs 20000]

For each corpus (the first ``--stories`` Reuters-21578 stories with a body, and the 295 Wikinews
articles) it times, on the same texts with the same model and process count:

* bare spaCy: ``nlp.pipe`` over the documents' texts, consuming the Docs and nothing else;
* the full build (``build_paths``: ingest, parse, extract, resolve + graph), then saving
  graph.json and generating explorer.html;

and prints the throughput ratio (bare time / build time; bar >= 0.75), time per stage, the
timex normalisation rate, peak memory, the cost of a rebuild from the analysis cache and of an
incremental build adding 10 stories (bar < 5 % of the full build), and the latency of
``KnowledgeGraph.timeline(entity=...)`` on a graph of >= ``--query-docs`` documents (bar < 50 ms).
That graph is the built Reuters graph replicated into disjoint copies (node ids suffixed) until it
holds that many documents: the same structure a real corpus of that size has per entity, but
without spending hours building 20,000 stories on a small machine. The corpora are read in place;
only temporary JSONL files and outputs are written (to a temporary directory, deleted afterwards).
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import statistics
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
    t = time.perf_counter()
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
    n_process = args.processes or default_processes(len(documents))
    texts = [d.analysis_text for d in documents]
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
    if not args.no_incremental and len(records) > NEW_STORIES:
        figures |= _bench_cache(name, records, nlp, n_process, args, tmp, t_build)
    return figures


def _bench_cache(
    name: str,
    records: list[dict[str, Any]],
    nlp: Any,
    n_process: int,
    args: argparse.Namespace,
    tmp: Path,
    t_full: float,
) -> dict[str, Any]:
    base, new = tmp / f"{name}-base.jsonl", tmp / f"{name}-new.jsonl"
    corpora.write_jsonl(records[:-NEW_STORIES], base)
    corpora.write_jsonl(records[-NEW_STORIES:], new)
    cache = tmp / f"{name}-cache"

    def build(paths: list[Path]) -> Any:
        return build_paths(paths, nlp=nlp, n_process=n_process, batch_size=args.batch_size, cache_dir=cache)

    log.info("%s: cold build into the cache", name)
    _, t_cold = _timed(lambda: build([base]))
    log.info("%s: incremental build (+%d stories)", name, NEW_STORIES)
    inc, t_inc = _timed(lambda: build([base, new]))
    _, t_warm = _timed(lambda: build([base, new]))
    return {
        "cold_cache_build_s": t_cold,
        "incremental_s": t_inc,
        "incremental_share": t_inc / t_full,
        "incremental_stages": dict(inc.timings),
        "warm_rebuild_s": t_warm,
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


def _mb(kb: int) -> float:
    return kb / 1024  # ru_maxrss is in KiB on Linux


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
    if all("incremental_s" in r for r in results):
        row("cold build into cache (s)", [f"{r['cold_cache_build_s']:.1f}" for r in results])
        row(f"incremental +{NEW_STORIES} (s)", [f"{r['incremental_s']:.2f}" for r in results])
        row("incremental / full (<5%)", [f"{100 * r['incremental_share']:.1f}%" for r in results])
        row("warm rebuild, all cached (s)", [f"{r['warm_rebuild_s']:.2f}" for r in results])
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
    parser.add_argument("--no-incremental", action="store_true", help="Skip the cache/incremental builds.")
    parser.add_argument("--query-docs", type=int, default=20000, help="Documents in the query-latency graph.")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    nlp = load_pipeline()
    results = []
    with tempfile.TemporaryDirectory(prefix="graphbuild-perf-") as tmp:
        results.append(bench_corpus("reuters", list(corpora.reuters(args.stories)), nlp, args, Path(tmp)))
        if not args.no_wikinews:
            results.append(bench_corpus("wikinews", list(corpora.wikinews()), nlp, args, Path(tmp)))
    queries = bench_queries(results[0]["graph"], args.query_docs)
    print(f"graphbuild perf: {os.cpu_count()} core(s)")
    print(report(results, queries))
    ok = all(r["ratio"] >= RATIO_BAR for r in results) and queries["max_ms"] < QUERY_BAR_MS
    ok = ok and all(r.get("incremental_share", 0.0) < INCREMENTAL_BAR for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
