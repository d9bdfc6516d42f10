"""graphbuild.exports.csv: neo4j-admin import files (the real import runs in test_neo4j_server)."""

from __future__ import annotations

import csv
from pathlib import Path

from graphbuild.exports.csv import ARRAY_DELIMITER, import_command, write_csv
from neo4j_sample import TRICKY_NAME, TRICKY_OUTLET, sample_graph


def read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_one_file_per_label_and_type_with_import_headers(tmp_path: Path) -> None:
    g = sample_graph()
    paths = write_csv(g, tmp_path / "csv")
    names = [p.name for p in paths]
    assert names == sorted(names)
    assert {"nodes_Entity.csv", "nodes_Statement.csv", "relationships_REPORTS.csv"} <= set(names)
    head, *rows = read(tmp_path / "csv" / "nodes_Statement.csv")
    assert head[0] == "id:ID" and head[-1] == ":LABEL"
    assert "said_start:date" in head and "reports:long" in head and "text" in head
    assert len(rows) == 4 and {r[-1] for r in rows} == {"Statement"}
    head, *rows = read(tmp_path / "csv" / "relationships_REPORTS.csv")
    assert head[:5] == [":START_ID", ":END_ID", ":TYPE", "content_hash", "cue"] and "key" in head
    assert len(rows) == sum(1 for *_, d in g.edges(data=True) if d["kind"] == "REPORTS")
    total = sum(len(read(p)) - 1 for p in paths)
    assert total == g.number_of_nodes() + g.number_of_edges()


def test_quotes_and_arrays_round_trip_through_csv(tmp_path: Path) -> None:
    write_csv(sample_graph(), tmp_path)
    head, *rows = read(tmp_path / "nodes_Entity.csv")
    row = dict(zip(head, next(r for r in rows if r[0] == "ent:tricky"), strict=True))
    assert row["name"] == TRICKY_NAME
    assert row["aliases:string[]"].split(ARRAY_DELIMITER) == sample_graph().nodes["ent:tricky"]["aliases"]
    head, *rows = read(tmp_path / "nodes_Outlet.csv")
    assert TRICKY_OUTLET in [r[head.index("name")] for r in rows]


def test_writing_twice_gives_identical_files(tmp_path: Path) -> None:
    a = [p.read_bytes() for p in write_csv(sample_graph(), tmp_path / "a")]
    b = [p.read_bytes() for p in write_csv(sample_graph(), tmp_path / "b")]
    assert a == b


def test_import_command_names_the_database_before_the_files(tmp_path: Path) -> None:
    paths = write_csv(sample_graph(), tmp_path)
    cmd = import_command(paths, database="news")
    assert cmd[:5] == ["neo4j-admin", "database", "import", "full", "news"]
    assert "--array-delimiter=U+001F" in cmd
    assert sum(a.startswith("--nodes=") for a in cmd) == 5
