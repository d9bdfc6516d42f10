from __future__ import annotations

import os
import stat
import time

from graphbuild._io import STALE_TEMP_SECONDS, atomic_write_text


def test_atomic_write_replaces_and_uses_normal_permissions(tmp_path):
    target = tmp_path / "sub" / "graph.json"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert stat.S_IMODE(target.stat().st_mode) & 0o044, "readable by others like any output file"
    assert list(target.parent.iterdir()) == [target]


def test_leftovers_of_a_killed_write_are_cleaned_once_stale(tmp_path):
    target = tmp_path / "graph.json"
    old = tmp_path / ".graph.json.abc123.tmp"
    fresh = tmp_path / ".graph.json.def456.tmp"
    old.write_text("partial")
    fresh.write_text("in progress elsewhere")
    past = time.time() - STALE_TEMP_SECONDS - 5
    os.utime(old, (past, past))
    atomic_write_text(target, "done")
    assert not old.exists()
    assert fresh.exists()
