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


def _break_analysis_of(monkeypatch: pytest.MonkeyPatch, victim_id: str, error: Exception) -> Any:
    """Make the per-document stage raise ``error`` on one document; returns the real stage."""
    import graphbuild.pipeline as pipeline

    real = pipeline.analyse_document

    def fragile(document: Any, doc: Any) -> Any:
        if document.id == victim_id:
            raise error
        return real(document, doc)

    monkeypatch.setattr(pipeline, "analyse_document", fragile)
    return real


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_document_that_breaks_a_stage_is_skipped_and_the_batch_goes_on(
    nlp: Any, n_process: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphbuild.pipeline as pipeline

    victim = read_documents([SEEDS]).documents[1]
    real = _break_analysis_of(monkeypatch, victim.id, ValueError("a stage tripped"))
    result = build_paths([SEEDS], nlp=nlp, n_process=n_process, batch_size=2, cache_dir=tmp_path / "cache")
    assert victim.id not in {d.id for d in result.documents}
    assert len(result.documents) == len(read_documents([SEEDS]).documents) - 1
    (failure,) = [s for s in result.skipped if s.path == victim.path]
    assert "extraction failed (ValueError: a stage tripped)" in failure.reason
    assert victim.id not in result.graph
    # fixed: the next build analyses it (a failure is never cached)
    monkeypatch.setattr(pipeline, "analyse_document", real)
    again = build_paths([SEEDS], nlp=nlp, n_process=n_process, batch_size=2, cache_dir=tmp_path / "cache")
    assert victim.id in {d.id for d in again.documents}


def test_cli_reports_the_failed_document_and_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from click.testing import CliRunner

    from graphbuild.cli import cli

    victim = read_documents([SEEDS]).documents[0]
    _break_analysis_of(monkeypatch, victim.id, RuntimeError("boom"))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out), "--no-explorer", "-j", "1"])
    assert result.exit_code == 3, result.output
    assert "extraction failed (RuntimeError: boom)" in result.output and "Traceback" not in result.output
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert any(s["path"] == victim.path and "boom" in s["reason"] for s in report["skipped"])
    assert victim.id not in {d["id"] for d in report["documents"]}
