"""A non-editable install puts queries/ and exports/ under graphbuild, never at the top level."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.install


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # build from a clean copy so stale build/ leftovers can never hide a packaging mistake
    src = tmp_path_factory.mktemp("src")
    for name in ("graphbuild", "queries", "exports"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    res = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(src)],
        capture_output=True,
        text=True,
        cwd=src,
    )
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    (whl,) = out.glob("graphbuild-*.whl")
    return whl


def test_wheel_maps_queries_and_exports_under_graphbuild(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith((".dist-info", ".data"))}
    assert top == {"graphbuild"}
    assert "graphbuild/queries/__init__.py" in names
    assert "graphbuild/exports/__init__.py" in names
    # every package in the source tree is in the wheel
    for init in sorted((ROOT / "graphbuild").rglob("__init__.py")):
        rel = init.relative_to(ROOT).as_posix()
        assert rel in names, f"{rel} missing from the wheel: add its package to pyproject.toml"


def test_fresh_venv_non_editable_install_imports(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], check=True
    )
    # Dependencies come from the project's venv, appended *after* the fresh install's own
    # site-packages would be wrong (PYTHONPATH goes first), so the editable graphbuild of the
    # project venv is invisible there (editable installs live in .pth files, not on PYTHONPATH).
    deps = sysconfig.get_paths()["purelib"]
    code = (
        "import importlib.util, graphbuild, graphbuild.queries, graphbuild.exports, graphbuild.exports.graphml;"
        "print(graphbuild.__file__);"
        "print(importlib.util.find_spec('queries'), importlib.util.find_spec('exports'))"
    )
    res = subprocess.run(
        [str(py), "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": deps, "PATH": "/usr/bin:/bin"},
    )
    path_line, specs = res.stdout.strip().splitlines()
    assert Path(path_line).is_relative_to(env_dir), path_line
    assert specs == "None None"
