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


def test_gc_is_paused_inside_and_restored_after_even_on_error():
    import gc

    import pytest

    from graphbuild._io import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled(), "a caller that had switched it off keeps it off"
    finally:
        gc.enable()


def test_json_is_sorted_utf8_and_accepts_what_orjson_cannot():
    import json

    import pytest

    from graphbuild import _json

    value = {"b": ("é", 2), "a": {"z": None, 3: [1.5]}}
    assert _json.dumps(value) == '{"a":{"3":[1.5],"z":null},"b":["é",2]}'.encode()
    indented = _json.dumps(value, indent=True)
    assert json.loads(indented) == json.loads(_json.dumps(value))
    assert indented.startswith(b'{\n  "a": {\n    "3": [')
    huge = {"n": 2**70, "m": [1]}
    assert json.loads(_json.dumps(huge)) == huge  # beyond 64 bits: the standard library writes it
    assert json.loads(_json.dumps(huge, indent=True)) == huge
    with pytest.raises(TypeError):
        _json.dumps({"x": object()})
    assert _json.loads(b'{"a": [1, "\\u00e9"]}') == {"a": [1, "é"]}
    with pytest.raises(json.JSONDecodeError):
        _json.loads(b"{not json")


def test_objects_are_kept_until_exit_only_in_a_process_that_ends_without_teardown(monkeypatch):
    from graphbuild import _io

    monkeypatch.setattr(_io, "_KEPT_UNTIL_EXIT", [])
    monkeypatch.setattr(_io, "_ENDS_WITHOUT_TEARDOWN", False)
    bulk = [object()]
    kept = _io._KEPT_UNTIL_EXIT
    _io.keep_until_exit(bulk)
    assert kept == [], "a library call keeps nothing: its references go as usual"
    _io.ends_without_teardown()
    _io.keep_until_exit(bulk, "more")
    assert kept == [bulk, "more"]


def test_only_the_console_script_declares_that_it_ends_without_teardown(monkeypatch):
    import sys

    import pytest

    from graphbuild import _io, cli

    monkeypatch.setattr(_io, "_ENDS_WITHOUT_TEARDOWN", False)
    with pytest.raises(SystemExit):
        cli.main(["--help"])  # called from Python: the caller goes on, so nothing may be kept
    assert not _io._ENDS_WITHOUT_TEARDOWN
    monkeypatch.setattr(sys, "argv", ["graphbuild", "--help"])
    with pytest.raises(SystemExit):
        cli.main()
    # as the console script (unless a tracer such as coverage watches: it needs the normal exit)
    assert _io._ENDS_WITHOUT_TEARDOWN is (sys.gettrace() is None and sys.getprofile() is None)
