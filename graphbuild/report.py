"""The build report: what a build read, built, skipped and warned about, as JSON beside its outputs.

``graphbuild build`` writes ``OUT/build-report.json`` (atomically) on every run that gets
as far as reading its inputs, failed runs included, so a batch job can tell which files
were bad and why without parsing the console summary::

    {
      "report_version": 1,
      "status": "warnings",            # "ok" | "warnings" | "failed"
      "exit_code": 3,
      "inputs": ["articles/"],         # the paths given
      "files": ["articles/a.txt", ...],  # the files read
      "counts": {"files": 12, "documents": 10, "skipped": 1, "duplicates": 1, "warnings": 1,
                 "nodes": {"Document": 10, "Entity": 80, ...}},
      "documents": [{"id", "path", "title", "chars", "published", "published_source"}, ...],
      "skipped": [{"path", "line", "reason"}, ...],
      "duplicates": [{"path", "line", "reason"}, ...],
      "warnings": [{"path", "line", "message"}, ...],
      "outputs": ["out/graph.json", "out/explorer.html"],
      "timings": {"ingest": 0.12, "load_model": 1.9, ...},   # seconds
      "error": null                    # the failure message when status is "failed"
    }

Everything except ``timings`` is deterministic for the same inputs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._io import atomic_write_text

if TYPE_CHECKING:
    from .ingest import IngestResult
    from .pipeline import BuildResult

__all__ = ["REPORT_NAME", "REPORT_VERSION", "build_report", "write_report"]

REPORT_NAME = "build-report.json"
REPORT_VERSION = 1


def _record(item: Any, text_key: str) -> dict[str, Any]:
    text = getattr(item, "reason", None)
    if text is None:
        text = getattr(item, "message", "")
    return {"path": item.path, "line": item.line, text_key: text}


def _node_counts(result: BuildResult | None) -> dict[str, int]:
    if result is None:
        return {}
    return dict(sorted(result.counts().items()))


def build_report(
    *,
    inputs: Sequence[str | Path],
    ingest: IngestResult | None,
    result: BuildResult | None = None,
    outputs: Iterable[str | Path] = (),
    exit_code: int = 0,
    error: str | None = None,
    timings: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """The report as a JSON-ready dict (see the module docstring for its shape).

    ``ingest`` is what ingest made of the inputs (None when the build failed before that);
    ``result`` the finished build, None when nothing was built. ``status`` is derived
    from ``exit_code``: 0 ok, 3 warnings, anything else failed.

    >>> build_report(inputs=["x"], ingest=None, exit_code=1, error="x: no such file")["status"]
    'failed'
    """
    status = {0: "ok", 3: "warnings"}.get(exit_code, "failed")
    documents = result.documents if result is not None else (ingest.documents if ingest else ())
    # a build's skipped list also holds documents whose extraction failed
    skipped = result.skipped if result is not None else (ingest.skipped if ingest else ())
    duplicates = ingest.duplicates if ingest else ()
    warnings = ingest.warnings if ingest else ()
    files = ingest.files if ingest else ()
    all_timings = dict(result.timings) if result is not None else {}
    all_timings.update(timings or {})
    return {
        "report_version": REPORT_VERSION,
        "status": status,
        "exit_code": exit_code,
        "inputs": [str(p) for p in inputs],
        "files": list(files),
        "counts": {
            "files": len(files),
            "documents": len(documents),
            "skipped": len(skipped),
            "duplicates": len(duplicates),
            "warnings": len(warnings),
            "nodes": _node_counts(result),
        },
        "documents": [
            {
                "id": d.id,
                "path": d.path,
                "title": d.title,
                "chars": len(d.text),
                "published": d.published.value if d.published is not None else None,
                "published_source": d.published_source,
            }
            for d in documents
        ],
        "skipped": [_record(s, "reason") for s in skipped],
        "duplicates": [_record(s, "reason") for s in duplicates],
        "warnings": [_record(w, "message") for w in warnings],
        "outputs": [str(p) for p in outputs],
        "timings": {k: round(v, 3) for k, v in sorted(all_timings.items())},
        "error": error,
    }


def write_report(report: Mapping[str, Any], path: str | Path) -> Path:
    """Write ``report`` as indented JSON atomically; return the file written.

    ``path`` is the file when it ends in ``.json``, else the output directory to write
    :data:`REPORT_NAME` in (created if needed).
    """
    target = Path(path)
    if target.suffix.lower() != ".json":
        target = target / REPORT_NAME
    return atomic_write_text(target, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
