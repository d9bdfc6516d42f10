"""The first step of every build: reading the inputs, and what ingest noted of each document.

Shared by the single-machine build (:mod:`graphbuild.pipeline`) and the distributed one
(:mod:`graphbuild.distributed`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from . import entities_gazetteer
from .ingest import IngestResult, read_documents

__all__ = ["ingest_inputs", "notes_by_document"]


def ingest_inputs(
    paths: Iterable[str | Path],
    *,
    cache_dir: str | Path | None,
    timings: dict[str, float],
    on_ingest: Callable[[IngestResult], None] | None = None,
) -> IngestResult:
    """The first step of every build: read the inputs (through the ingest cache in ``cache_dir``,
    which also keeps the gazetteer index), time it, and hand the result to ``on_ingest``."""
    if cache_dir is not None:
        entities_gazetteer.use_index_cache(cache_dir)
    t0 = time.perf_counter()
    ingested = read_documents(list(paths), cache_dir=cache_dir)
    timings["ingest"] = time.perf_counter() - t0
    if on_ingest is not None:
        on_ingest(ingested)
    return ingested


_NOTE_KEYS = frozenset(("published_how", "outlet_how", "note"))


def notes_by_document(notes: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, str]]:
    """Per document, the notes ingest made on how its date and outlet were found (the keys a
    Document node carries), from :attr:`~graphbuild.ingest.IngestResult.notes`."""
    out: dict[str, dict[str, str]] = {}
    for doc_id, key, text in notes:
        if key in _NOTE_KEYS:
            out.setdefault(doc_id, {})[key] = text
    return out
