"""Parsing and extraction in worker processes give the same analyses and graph as one process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graphbuild.graph import to_json
from graphbuild.ingest import read_documents
from graphbuild.pipeline import analyse_documents, build_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_worker_processes_give_the_same_analyses_in_input_order(nlp: Any) -> None:
    documents = read_documents([SEEDS]).documents
    serial_timings: dict[str, float] = {}
    parallel_timings: dict[str, float] = {}
    serial = list(analyse_documents(documents, nlp, n_process=1, timings=serial_timings))
    # batch_size=2: several chunks per worker, so chunks come back out of order internally
    parallel = list(analyse_documents(documents, nlp, n_process=2, batch_size=2, timings=parallel_timings))
    assert [a.document.id for a in parallel] == [d.id for d in documents]
    assert parallel == serial
    for timings in (serial_timings, parallel_timings):
        assert timings["nlp_cpu"] > 0 and timings["extract_cpu"] > 0 and timings["analyse"] > 0


def test_parallel_build_is_byte_identical_to_serial(nlp: Any) -> None:
    serial = build_paths([SEEDS], nlp=nlp, n_process=1)
    parallel = build_paths([SEEDS], nlp=nlp, n_process=2, batch_size=1)
    assert to_json(parallel.graph) == to_json(serial.graph)


def test_more_processes_than_chunks_is_fine(nlp: Any) -> None:
    documents = read_documents([SEEDS]).documents[:1]
    assert [a.document.id for a in analyse_documents(documents, nlp, n_process=4)] == [documents[0].id]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_document_that_breaks_a_stage_is_skipped_and_the_batch_goes_on(
    nlp: Any, n_process: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphbuild.pipeline as pipeline

    real = pipeline.analyse_document
    victim = read_documents([SEEDS]).documents[1]

    def fragile(document: Any, doc: Any) -> Any:
        if document.id == victim.id:
            raise ValueError("a stage tripped")
        return real(document, doc)

    monkeypatch.setattr(pipeline, "analyse_document", fragile)
    result = build_paths([SEEDS], nlp=nlp, n_process=n_process, batch_size=2, cache_dir=tmp_path / "cache")
    assert victim.id not in {d.id for d in result.documents}
    assert len(result.documents) == len(read_documents([SEEDS]).documents) - 1
    (failure,) = [s for s in result.skipped if s.path == victim.path]
    assert "extraction failed (ValueError: a stage tripped)" in failure.reason
    assert victim.id not in result.graph
    monkeypatch.setattr(
        pipeline, "analyse_document", real
    )  # fixed: the next build analyses it (never cached)
    again = build_paths([SEEDS], nlp=nlp, n_process=n_process, batch_size=2, cache_dir=tmp_path / "cache")
    assert victim.id in {d.id for d in again.documents}


def test_cli_reports_the_failed_document_and_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    import graphbuild.pipeline as pipeline
    from graphbuild.cli import cli

    real = pipeline.analyse_document
    victim = read_documents([SEEDS]).documents[0]

    def fragile(document: Any, doc: Any) -> Any:
        if document.id == victim.id:
            raise RuntimeError("boom")
        return real(document, doc)

    monkeypatch.setattr(pipeline, "analyse_document", fragile)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out), "--no-explorer", "-j", "1"])
    assert result.exit_code == 3, result.output
    assert "extraction failed (RuntimeError: boom)" in result.output and "Traceback" not in result.output
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert any(s["path"] == victim.path and "boom" in s["reason"] for s in report["skipped"])
    assert victim.id not in {d["id"] for d in report["documents"]}
