"""The console script (issue #9): ``graphbuild build NEW --into DIR`` starts the build's worker before
the command line and the build's modules are imported; the build takes it, or stops it."""

from __future__ import annotations

import multiprocessing
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from graphbuild import _launch, pipeline_warm
from graphbuild._fork import can_fork

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["build", "new.jsonl", "--into", "out"], True),
        (["-v", "build", "new", "--into=out"], True),
        (["build", "a", "b", "--out", "out"], False),
        (["build", "--into", "out", "--help"], False),
        (["timeline", "--into"], False),
        ([], False),
    ],
)
def test_only_an_incremental_build_starts_a_worker_early(args: list[str], wanted: bool) -> None:
    assert _launch.incremental_build(args) is wanted


def test_the_console_script_starts_the_worker_before_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import graphbuild.cli

    calls: list[str] = []
    monkeypatch.setattr(pipeline_warm, "start_early", lambda: calls.append("worker"))
    monkeypatch.setattr(graphbuild.cli, "main", lambda: calls.append("cli"))
    monkeypatch.setattr(sys, "argv", ["graphbuild", "build", "new.jsonl", "--into", "out"])
    _launch.main()
    monkeypatch.setattr(sys, "argv", ["graphbuild", "build", "new.jsonl", "--out", "out"])
    _launch.main()
    assert calls == ["worker", "cli", "cli"]


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    files = sorted(SEEDS.glob("*.txt"))[:2]
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copy(files[0], old / files[0].name)
    shutil.copy(files[1], new / files[1].name)
    return old, new


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and two cores")
def test_a_build_takes_the_early_worker_or_stops_it(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphbuild.pipeline import build_paths

    old, new = inputs
    cache = tmp_path / "cache"
    build_paths([old], nlp=nlp, cache_dir=cache)
    taken: list[int] = []
    take = pipeline_warm.WarmWorker.take
    monkeypatch.setattr(pipeline_warm.WarmWorker, "take", lambda self, t: taken.append(1) or take(self, t))
    started: list[pipeline_warm.WarmWorker] = []
    real = pipeline_warm.WarmWorker.__init__
    monkeypatch.setattr(pipeline_warm.WarmWorker, "__init__", lambda self: started.append(self) or real(self))
    pipeline_warm.start_early()
    early = started[0]
    result = build_paths([old, new], cache_dir=cache, warm_start=True)
    assert len(started) == 1 and taken == [1]  # the early worker parsed the new document: no second one
    assert early.pool is None and result.timings["load_model"] > 0
    assert pipeline_warm.take_early() is None and not multiprocessing.active_children()
    pipeline_warm.start_early()
    build_paths([old, new], nlp=nlp, cache_dir=tmp_path / "other")  # no warm start: the worker is stopped
    assert len(started) == 2 and taken == [1] and started[1].pool is None
    assert pipeline_warm.take_early() is None and not multiprocessing.active_children()


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and two cores")
def test_a_dask_build_stops_the_early_worker(
    inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``build --into DIR --dask ...`` parses in Dask's workers: the console script's worker is stopped
    before the distributed build starts."""
    pytest.importorskip("dask")
    from click.testing import CliRunner

    from graphbuild import distributed
    from graphbuild.cache import record_inputs
    from graphbuild.cli import cli

    seen: list[object] = []

    def stub(*args: Any, **kwargs: Any) -> Any:
        seen.append(pipeline_warm._EARLY)
        raise RuntimeError("stopped here")

    monkeypatch.setattr(distributed, "build_distributed", stub)
    old, new = inputs
    out = tmp_path / "out"
    out.mkdir()
    record_inputs(out, [old], [])  # what a first build into OUT leaves
    pipeline_warm.start_early()
    early = pipeline_warm._EARLY
    result = CliRunner().invoke(cli, ["build", str(new), "--into", str(out), "--dask", "local"])
    assert result.exit_code != 0 and seen == [None]  # stopped before the distributed build began
    assert early is not None and early.pool is None and not multiprocessing.active_children()
