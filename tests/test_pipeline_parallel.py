"""Parsing and extraction in worker processes give the same analyses and graph as one process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
