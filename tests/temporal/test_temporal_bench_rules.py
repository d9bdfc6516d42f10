"""bench/temporal.py's dev-only diagnostics (``--by-rule``, ``--errors``) on a hand-written TimeML file."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2008-10-15" functionInDocument="CREATION_TIME">20081015</TIMEX3></DCT>
<TEXT>Shares fell <TIMEX3 tid="t1" type="DATE" value="2008-10-14">Tuesday</TIMEX3> and rose \
<TIMEX3 tid="t2" type="DATE" value="2006">last year</TIMEX3>. The plan runs <TIMEX3 tid="t3" type="DATE" \
value="PRESENT_REF">now</TIMEX3>. Talks begin in 2009.</TEXT>
</TimeML>
"""


@pytest.fixture(scope="module")
def bench_temporal() -> ModuleType:
    sys.path.insert(0, str(BENCH_DIR))
    try:
        return importlib.import_module("temporal")
    finally:
        sys.path.remove(str(BENCH_DIR))


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "t1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_rule_counts_split_ok_wrong_value_and_spurious(bench_temporal: ModuleType, gold_dir: Path) -> None:
    counts = bench_temporal.rule_counts(gold_dir)
    assert counts["weekday"] == {"ok": 1, "value": 0, "spurious": 0}
    assert counts["relative"] == {
        "ok": 0,
        "value": 1,
        "spurious": 0,
    }  # "last year" is 2007; this gold says 2006
    assert counts["year"] == {"ok": 0, "value": 0, "spurious": 1}  # "2009" has no gold partner


def test_error_rows_list_the_same_mistakes(bench_temporal: ModuleType, gold_dir: Path) -> None:
    rows = bench_temporal.error_rows(gold_dir)
    assert sorted((r["kind"], r.get("sys", "")) for r in rows) == [
        ("spurious", "2009"),
        ("value", "last year"),
    ]
