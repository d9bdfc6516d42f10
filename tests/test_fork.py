"""A build step in a forked child: its result, its errors, and the in-process fallback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graphbuild import _fork
from graphbuild.errors import ExportError, GraphbuildError

needs_fork = pytest.mark.skipif(not _fork.can_fork(), reason="needs os.fork and two cores")


@needs_fork
def test_the_task_runs_in_another_process_and_its_result_comes_back(tmp_path: Path) -> None:
    def task() -> list[object]:
        (tmp_path / "done").write_text("x")
        return [os.getpid(), "é", 1.5]

    job = _fork.start(task)
    assert job.forked
    pid, text, number = job.result()
    assert pid != os.getpid()
    assert (text, number) == ("é", 1.5)
    assert (tmp_path / "done").read_text() == "x"
    assert job.result() == [pid, "é", 1.5]  # asked again: the same answer, no second wait


@needs_fork
def test_a_library_error_in_the_child_is_raised_again_in_the_parent() -> None:
    def task() -> None:
        raise ExportError("/out/explorer.html: cannot write: No space left on device")

    with pytest.raises(GraphbuildError, match=r"explorer\.html: cannot write: No space left"):
        _fork.start(task).result()


@needs_fork
def test_a_crash_in_the_child_is_named_not_hidden() -> None:
    def task() -> None:
        raise ZeroDivisionError("division by zero")

    with pytest.raises(GraphbuildError, match=r"ZeroDivisionError: division by zero; please report it"):
        _fork.start(task).result()


@needs_fork
def test_a_child_that_dies_without_answering_is_reported() -> None:
    def task() -> None:
        os._exit(7)

    with pytest.raises(GraphbuildError, match=r"ended without a result \(exit status 7\)"):
        _fork.start(task).result()


@needs_fork
def test_cancel_stops_the_child(tmp_path: Path) -> None:
    def task() -> None:
        import time

        time.sleep(60)
        (tmp_path / "late").write_text("x")

    job = _fork.start(task)
    job.cancel()
    assert not (tmp_path / "late").exists()
    job.cancel()  # twice is harmless


def test_without_fork_the_task_runs_in_this_process_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_fork, "can_fork", lambda: False)
    ran: list[int] = []

    def task() -> int:
        ran.append(os.getpid())
        return 3

    job = _fork.start(task)
    assert not job.forked and ran == []
    assert job.result() == 3 and ran == [os.getpid()]
    with pytest.raises(ExportError):
        _fork.start(lambda: (_ for _ in ()).throw(ExportError("x"))).result()


def test_no_fork_without_room_for_a_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child may end up copying every page it touches: with less memory available than this
    process holds, the step runs in this process instead."""
    assert isinstance(_fork.room_for_a_copy(), bool)
    monkeypatch.setattr(_fork, "room_for_a_copy", lambda: False)
    assert not _fork.can_fork()
    job = _fork.start(lambda: os.getpid())
    assert not job.forked and job.result() == os.getpid()
