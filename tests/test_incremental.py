"""Incremental builds: `build NEW --into DIR` equals a full build of every input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

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
    assert extend_inputs([a, b], [a, tmp_path / "c"]) == [
        a.resolve(),
        b.resolve(),
        (tmp_path / "c").resolve(),
    ]
