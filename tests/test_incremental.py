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


def _explorer_payload(out: Path) -> dict[str, Any]:
    page = (out / "explorer.html").read_text(encoding="utf-8")
    start = page.index('id="graph-data">') + len('id="graph-data">')
    return json.loads(page[start : page.index("</script>", start)])


def test_incremental_explorer_keeps_the_previous_map(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--into`` keeps every old node of the explorer where the previous build put it (the
    stored layout, OUT/.graphbuild-layout.json) and fits the new ones in; the page differs from a
    full build's only in node coordinates, and the same increment gives the same page."""
    from graphbuild.exports import html
    from graphbuild.exports.html_positions import POSITIONS_FILE, read_positions

    monkeypatch.delenv("GRAPHBUILD_CACHE", raising=False)
    monkeypatch.setattr(html, "PHYSICS_NODE_LIMIT", 0)  # the seeds are small: lay them out in Python
    old, new = inputs
    first = tmp_path / "first"
    _run("build", str(old), "--out", str(first))
    before = {n["id"]: (n["x"], n["y"]) for n in _explorer_payload(first)["nodes"]}
    assert read_positions(first / POSITIONS_FILE) == before
    pages = []
    for name in ("inc1", "inc2"):
        shutil.copytree(first, tmp_path / name)
        _run("build", str(new), "--into", str(tmp_path / name))
        pages.append((tmp_path / name / "explorer.html").read_bytes())
    assert pages[0] == pages[1]
    full = tmp_path / "full"
    _run("build", str(old), str(new), "--out", str(full), "--no-cache")
    assert (tmp_path / "inc1" / "graph.json").read_bytes() == (full / "graph.json").read_bytes()

    def without_positions(payload: dict[str, Any]) -> dict[str, Any]:
        nodes = [{k: v for k, v in n.items() if k not in ("x", "y")} for n in payload["nodes"]]
        return {**payload, "nodes": nodes}

    inc, rebuilt = _explorer_payload(tmp_path / "inc1"), _explorer_payload(full)
    assert inc["layout"] == rebuilt["layout"] == "precomputed"
    assert without_positions(inc) == without_positions(rebuilt)
    after = {n["id"]: (n["x"], n["y"]) for n in inc["nodes"]}
    kept = [n for n in before if n in after]
    assert len(kept) > len(before) // 2 and len(after) > len(before)
    assert {n: after[n] for n in kept} == {n: before[n] for n in kept}
    rebuilt_positions = {n["id"]: (n["x"], n["y"]) for n in rebuilt["nodes"]}
    assert any(rebuilt_positions[n] != before[n] for n in kept)  # a full layout would have moved them
    assert read_positions(tmp_path / "inc1" / POSITIONS_FILE) == after


@pytest.mark.skipif(not can_fork(), reason="needs os.fork and two cores")
def test_warm_worker_parses_the_new_documents_or_stops(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``warm_start`` starts the worker (loading the model) before the inputs are read: it parses
    the new documents, giving the same graph, and is stopped when nothing is left to parse."""
    import multiprocessing

    from graphbuild import pipeline_warm
    from graphbuild.graph import to_json_bytes
    from graphbuild.pipeline import build_paths

    taken: list[int] = []
    take = pipeline_warm.WarmWorker.take
    monkeypatch.setattr(pipeline_warm.WarmWorker, "take", lambda self, t: taken.append(1) or take(self, t))
    old, new = inputs
    cache = tmp_path / "cache"
    build_paths([old], nlp=nlp, cache_dir=cache)
    warm = build_paths([old, new], cache_dir=cache, warm_start=True)
    assert taken == [1] and warm.timings["load_model"] > 0  # parsed in the warm worker, load reported
    assert not multiprocessing.active_children()
    cold = build_paths([old, new], nlp=nlp, cache_dir=tmp_path / "other")
    assert to_json_bytes(warm.graph) == to_json_bytes(cold.graph)
    again = build_paths([old, new], cache_dir=cache, warm_start=True)  # all cached: nothing parsed
    assert taken == [1] and "load_model" not in again.timings and "analyse" not in again.timings
    assert not multiprocessing.active_children()
    assert to_json_bytes(again.graph) == to_json_bytes(cold.graph)


def test_incremental_build_reads_the_previous_builds_pack(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each CLI build packs the analyses it used into one file of the cache; ``--into`` reads the
    earlier documents from it (here the only copy left) and still equals a full build."""
    from graphbuild.cache import PACK_FILE

    monkeypatch.delenv("GRAPHBUILD_CACHE", raising=False)
    old, new = inputs
    inc, full = tmp_path / "inc", tmp_path / "full"
    _run("build", str(old), "--out", str(inc), "--no-explorer")
    cache = inc / ".graphbuild-cache"
    assert (cache / PACK_FILE).is_file()
    for entry in cache.glob("??/*.json.gz"):
        entry.unlink()
    result = _run("-v", "build", str(new), "--into", str(inc), "--no-explorer")
    assert "analysis cache: 2 hit(s), 1 miss(es)" in result.output  # the two old ones, from the pack
    _run("build", str(old), str(new), "--out", str(full), "--no-explorer", "--no-cache")
    assert (inc / "graph.json").read_bytes() == (full / "graph.json").read_bytes()
    packed = (cache / PACK_FILE).read_bytes()
    assert packed.count(b'"document":{') == 3  # the next build's pack has all three


def test_a_build_that_ends_the_process_keeps_its_analyses_until_the_end(
    nlp: Any, inputs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the console script (which ends with os._exit), the analyses the graph was assembled from
    are not freed object by object in the middle of the build; a library call keeps nothing."""
    from graphbuild import _io
    from graphbuild.pipeline import build_paths

    old, _ = inputs
    monkeypatch.setattr(_io, "_KEPT_UNTIL_EXIT", [])
    monkeypatch.setattr(_io, "_ENDS_WITHOUT_TEARDOWN", False)
    build_paths([old], nlp=nlp)
    assert _io._KEPT_UNTIL_EXIT == []
    monkeypatch.setattr(_io, "_ENDS_WITHOUT_TEARDOWN", True)
    result = build_paths([old], nlp=nlp)
    analyses = _io._KEPT_UNTIL_EXIT[0]
    assert [a.document for a in analyses] == list(result.documents) and len(analyses) == 2


@pytest.mark.parametrize("forked", [True, False])
def test_a_build_writes_its_pack_beside_the_global_step(
    nlp: Any,
    inputs: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    forked: bool,
) -> None:
    """``build_paths(write_pack=True)`` writes the cache's pack itself: in a forked child while the
    global step runs where it can fork, else after it; the next build reads the pack alone."""
    from graphbuild import _fork
    from graphbuild.cache import PACK_FILE
    from graphbuild.graph import to_json_bytes
    from graphbuild.pipeline import build_paths

    if forked and not can_fork():
        pytest.skip("no second core to fork onto")
    monkeypatch.setattr(_fork, "can_fork", lambda: forked)
    old, new = inputs
    cache = tmp_path / "cache"
    first = build_paths([old, new], nlp=nlp, cache_dir=cache, write_pack=True)
    assert first.pack_written and "write_pack" in first.timings
    assert (cache / PACK_FILE).read_bytes().count(b'"document":{') == 3
    for entry in cache.glob("??/*.json.gz"):
        entry.unlink()  # only the pack is left
    again = build_paths([old, new], nlp=nlp, cache_dir=cache)
    assert again.analysis_cache is not None and again.analysis_cache.hits == 3
    assert not again.pack_written  # not asked to
    assert to_json_bytes(again.graph) == to_json_bytes(first.graph)


def test_a_pack_the_child_cannot_write_is_only_logged(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from graphbuild.cache import PACK_FILE
    from graphbuild.pipeline import build_paths

    old, _ = inputs
    cache = tmp_path / "cache"
    (cache / PACK_FILE).mkdir(parents=True)  # a directory where the file should go
    with caplog.at_level("WARNING"):
        result = build_paths([old], nlp=nlp, cache_dir=cache, write_pack=True)
    assert not result.pack_written and len(result.documents) == 2
    if not can_fork():  # a forked child logs in its own process; the parent only sees no pack
        assert "could not write the analysis pack" in caplog.text


def test_cached_analyses_are_handed_over_before_new_ones_are_awaited(nlp: Any, tmp_path: Path) -> None:
    """``analyse_documents(on_cached=...)`` gets every analysis read from the cache before the first
    new document's analysis is waited for (a build decodes them while the workers parse); all are
    still yielded, in the documents' order."""
    from graphbuild.cache import AnalysisCache
    from graphbuild.model import Document
    from graphbuild.nlp import model_version
    from graphbuild.pipeline import analyse_documents

    docs = [
        Document(
            id=f"doc:{i}",
            text=f"Ada Lovelace said on Monday that rates rise {i}.",
            title="T",
            path=f"{i}.txt",
        )
        for i in range(3)
    ]
    cache = AnalysisCache(tmp_path, model_version(nlp))
    list(analyse_documents([docs[0], docs[2]], nlp, n_process=1, cache=cache))  # doc:1 is new
    seen: list[tuple[str, str]] = []
    fresh = AnalysisCache(tmp_path, model_version(nlp))
    stream = analyse_documents(
        docs, nlp, n_process=1, cache=fresh, on_cached=lambda a: seen.append(("cached", a.document.id))
    )
    for analysis in stream:
        seen.append(("yielded", analysis.document.id))
    assert seen == [
        ("cached", "doc:0"),
        ("cached", "doc:2"),
        ("yielded", "doc:0"),
        ("yielded", "doc:1"),
        ("yielded", "doc:2"),
    ]


def test_a_rebuild_with_the_cache_reuses_statement_blocks(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Each build with a cache leaves statement merging's clusters by block (the statement memo); the
    next build takes the blocks whose inputs are unchanged and still equals a build without it."""
    import re

    from graphbuild.crossdoc_memo import MEMO_FILE
    from graphbuild.entities_words import ANSWERS_FILE
    from graphbuild.graph import to_json_bytes
    from graphbuild.pipeline import build_paths

    old, new = inputs
    cache = tmp_path / "cache"
    build_paths([old], nlp=nlp, cache_dir=cache)
    assert (cache / MEMO_FILE).is_file() and (cache / ANSWERS_FILE).is_file()
    with caplog.at_level("INFO", logger="graphbuild.pipeline"):
        warm = build_paths([old, new], nlp=nlp, cache_dir=cache)
    reused, blocks = map(int, re.search(r"statement memo: (\d+) of (\d+) block", caplog.text).groups())
    assert 0 < reused < blocks  # the old documents' blocks; the new document's speakers' are compared
    cold = build_paths([old, new], nlp=nlp)
    assert to_json_bytes(warm.graph) == to_json_bytes(cold.graph)


def test_a_failed_global_step_still_waits_for_the_pack(
    nlp: Any, inputs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pack's child is waited for (reaped, its pack complete) even when the global step raises."""
    from graphbuild import _fork, pipeline
    from graphbuild.cache import PACK_FILE

    started: list[_fork.Forked] = []
    start = _fork.start
    monkeypatch.setattr(_fork, "start", lambda task: started.append(start(task)) or started[-1])

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in the global step")

    monkeypatch.setattr(pipeline, "assemble_graph", broken)
    old, _ = inputs
    cache = tmp_path / "cache"
    with pytest.raises(RuntimeError, match="a bug"):
        pipeline.build_paths([old], nlp=nlp, cache_dir=cache, write_pack=True)
    assert len(started) == 1 and started[0]._done  # its result was asked for: the child is reaped
    assert (cache / PACK_FILE).read_bytes().count(b'"document":{') == 2
    assert not list(cache.glob(".*.tmp"))
