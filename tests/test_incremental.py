"""Incremental builds: `build NEW --into DIR` equals a full build of every input."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from graphbuild._fork import can_fork
from graphbuild.cache import INPUTS_FILE, extend_inputs, recorded_inputs
from graphbuild.cli import cli
from graphbuild.errors import GraphbuildError

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _run(*args: str) -> Any:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 3), result.output
    return result


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    files = sorted(SEEDS.glob("*.txt"))[:3]
    old, new = tmp_path_factory.mktemp("old"), tmp_path_factory.mktemp("new")
    for p in files[:2]:
        shutil.copy(p, old / p.name)
    shutil.copy(files[2], new / files[2].name)
    return old, new


def test_incremental_equals_full_rebuild(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GRAPHBUILD_CACHE", raising=False)
    old, new = inputs
    inc, full = tmp_path / "inc", tmp_path / "full"
    _run("build", str(old), "--out", str(inc), "--no-explorer")
    first = json.loads((inc / "graph.json").read_text())
    _run("build", str(new), "--into", str(inc), "--no-explorer")
    assert recorded_inputs(inc) == [old.resolve(), new.resolve()]
    assert len(list((inc / ".graphbuild-cache").glob("??/*.json.gz"))) == 3  # one analysis per document
    _run("build", str(old), str(new), "--out", str(full), "--no-explorer", "--no-cache")
    assert (inc / "graph.json").read_bytes() == (full / "graph.json").read_bytes()
    docs = [n for n in json.loads((inc / "graph.json").read_text())["nodes"] if n["kind"] == "Document"]
    assert len(docs) == sum(1 for n in first["nodes"] if n["kind"] == "Document") + 1
    recorded = json.loads((inc / INPUTS_FILE).read_text())["documents"]
    assert sorted(d["id"] for d in docs) == recorded


def test_incremental_with_relative_paths_keeps_them(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents record their path as given: ``--into`` run from the first build's directory reads the
    earlier inputs by the same relative paths, so the graph equals a full build with the same
    arguments and the ingest cache's entries for those files (keyed by the path as given) are hit."""
    monkeypatch.delenv("GRAPHBUILD_CACHE", raising=False)
    old, new = inputs
    shutil.copytree(old, tmp_path / "old")
    shutil.copytree(new, tmp_path / "new")
    monkeypatch.chdir(tmp_path)
    _run("build", "old", "--out", "inc", "--no-explorer")
    ingest_entries = sorted((tmp_path / "inc" / ".graphbuild-cache" / "ingest").rglob("*.json.gz"))
    _run("build", "new", "--into", "inc", "--no-explorer")
    assert recorded_inputs("inc") == [Path("old"), Path("new")]
    after = sorted((tmp_path / "inc" / ".graphbuild-cache" / "ingest").rglob("*.json.gz"))
    assert set(ingest_entries) <= set(after) and len(after) == len(ingest_entries) + 1  # only new/ was read
    _run("build", "old", "new", "--out", "full", "--no-explorer", "--no-cache")
    assert (tmp_path / "inc" / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()
    paths = [
        n["path"]
        for n in json.loads((tmp_path / "inc" / "graph.json").read_text())["nodes"]
        if n["kind"] == "Document"
    ]
    assert paths and all(p.startswith(("old/", "new/")) for p in paths), paths
    # from another directory the relative paths name nothing: the absolute ones are used
    monkeypatch.chdir(tmp_path / "old")
    assert recorded_inputs(tmp_path / "inc") == [(tmp_path / "old").resolve(), (tmp_path / "new").resolve()]


def test_into_requires_a_previous_build(tmp_path: Path, inputs: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(cli, ["build", str(inputs[1]), "--into", str(tmp_path / "nothing")])
    assert result.exit_code != 0
    assert INPUTS_FILE in result.output
    result = CliRunner().invoke(cli, ["build", str(inputs[1])])
    assert result.exit_code == 2 and "--out" in result.output


def test_recorded_inputs_errors_and_extend(tmp_path: Path) -> None:
    (tmp_path / INPUTS_FILE).write_text("{not json")
    with pytest.raises(GraphbuildError):
        recorded_inputs(tmp_path)
    a, b = tmp_path / "a", tmp_path / "b"
    assert extend_inputs([a, b], [a, tmp_path / "c"]) == [a, b, tmp_path / "c"]
    assert extend_inputs([Path("x")], [Path("./x"), Path(os.getcwd(), "x")]) == [Path("x")]  # one file


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and two cores")
def test_incremental_build_parses_in_a_worker_and_never_loads_spacy_here(
    inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    """With most documents cached, the new ones are parsed in a worker process while this one
    reads the cache: the main process never imports spaCy nor loads the model (about 1.5 s)."""
    import subprocess
    import sys

    old, new = inputs
    out = tmp_path / "inc"
    env = {k: v for k, v in os.environ.items() if k != "GRAPHBUILD_CACHE"}
    code = (
        "import sys\n"
        "from graphbuild.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit as done:\n"
        "    assert done.code in (0, 3), done.code\n"
        "print('spacy' in sys.modules, 'thinc' in sys.modules)\n"
    )
    for args in (["build", str(old), "--out", str(out)], ["build", str(new), "--into", str(out)]):
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300
        )
        assert done.returncode == 0, done.stderr[-2000:]
        loaded = done.stdout.strip().splitlines()[-1]
    assert loaded == "False False", done.stdout  # the --into build: parsed elsewhere
    report = json.loads((out / "build-report.json").read_text())
    assert report["counts"]["documents"] == 3
    assert report["timings"]["load_model"] > 0  # loaded, in the worker (its time is reported)


def test_a_cache_elsewhere_and_a_new_output_directory(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    """With the cache outside OUT nothing creates OUT before the outputs are written, and the
    explorer (rendered in parallel with graph.json) used to find no directory to write to."""
    import subprocess
    import sys

    out = tmp_path / "new" / "out"
    env = {**os.environ, "GRAPHBUILD_CACHE": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "graphbuild.cli", "build", str(inputs[0]), "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "graph.json").is_file() and (out / "explorer.html").is_file()
    assert not (out / ".graphbuild-cache").exists() and (tmp_path / "cache").is_dir()
