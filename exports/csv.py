"""CSV files for ``neo4j-admin database import full``, the offline bulk path into an empty database.

One node file per label (``nodes_Entity.csv``: ``id:ID``, typed property columns, ``:LABEL``) and
one relationship file per type (``relationships_REPORTS.csv``: ``:START_ID``, ``:END_ID``,
``:TYPE``, ``key``, properties). Properties are mapped exactly as the transactional exporter maps
them (:func:`graphbuild.exports.neo4j.neo4j_properties`), so the named queries work on either.
Array elements are separated by U+001F (never found in text), so the import needs
``--array-delimiter=U+001F``; :func:`import_command` gives the whole command line.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from graphbuild.errors import ExportError

from .neo4j import node_rows, relationship_rows

log = logging.getLogger(__name__)

ARRAY_DELIMITER = "\x1f"


def _scalar_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, date):
        return "date"
    return "string"


def _column_type(values: Iterable[Any]) -> str:
    """The neo4j-admin header type shared by every value of a column."""
    types = set()
    for v in values:
        if isinstance(v, list):
            types.add((_scalar_type(v[0]) if v else "string") + "[]")
        else:
            types.add(_scalar_type(v))
    if types == {"long", "double"}:
        return "double"
    if types == {"long[]", "double[]"}:
        return "double[]"
    if len(types) == 1:
        return types.pop()
    if all(t.endswith("[]") for t in types):
        return "string[]"
    return "string"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _header(props: list[Mapping[str, Any]], skip: set[str]) -> list[tuple[str, str]]:
    names = sorted({k for p in props for k in p} - skip)
    return [(k, _column_type(p[k] for p in props if p.get(k) is not None)) for k in names]


def _write(path: Path, head: list[str], rows: Iterable[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(head)
        writer.writerows(rows)


def write_csv(graph: nx.MultiDiGraph, out_dir: str | Path) -> list[Path]:
    """Write neo4j-admin import CSV files for ``graph`` into ``out_dir``; returns their paths, sorted.

    >>> paths = write_csv(kg.graph, "out/csv")  # doctest: +SKIP
    >>> " ".join(import_command(paths))  # doctest: +SKIP
    'neo4j-admin database import full neo4j --array-delimiter=U+001F ...'
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot create the CSV directory: {exc}") from exc
    written: list[Path] = []
    try:
        for label, rows in sorted(node_rows(graph).items()):
            props = [r["props"] for r in rows]
            columns = _header(props, {"id"})
            head = ["id:ID"] + [f"{k}:{t}" if t != "string" else k for k, t in columns] + [":LABEL"]
            body = ([r["id"]] + [_cell(r["props"].get(k)) for k, _ in columns] + [label] for r in rows)
            path = out / f"nodes_{label}.csv"
            _write(path, head, body)
            written.append(path)
        by_type: dict[str, list[dict[str, Any]]] = {}
        for (rel, _, _), rows in sorted(relationship_rows(graph).items()):
            by_type.setdefault(rel, []).extend(rows)
        for rel, rows in sorted(by_type.items()):
            props = [r["props"] for r in rows]
            columns = _header(props, set())
            head = [":START_ID", ":END_ID", ":TYPE"] + [
                f"{k}:{t}" if t != "string" else k for k, t in columns
            ]
            body = ([r["src"], r["dst"], rel] + [_cell(r["props"].get(k)) for k, _ in columns] for r in rows)
            path = out / f"relationships_{rel}.csv"
            _write(path, head, body)
            written.append(path)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the CSV files: {exc}") from exc
    log.info("wrote %d neo4j-admin import files to %s", len(written), out)
    return sorted(written)


def import_command(paths: Iterable[str | Path], *, database: str = "neo4j") -> list[str]:
    """The ``neo4j-admin database import full`` argument vector for files from :func:`write_csv`."""
    args = [
        "neo4j-admin",
        "database",
        "import",
        "full",
        database,  # before the file options, which would take it for one more file
        "--array-delimiter=U+001F",
        "--multiline-fields=true",
        "--overwrite-destination=true",
    ]
    for p in sorted(Path(p) for p in paths):
        kind = "--nodes" if p.name.startswith("nodes_") else "--relationships"
        args.append(f"{kind}={p}")
    return args
