"""Run one independent step of a build in a forked child process, on the second core.

The last steps of a CLI build write graph.json and explorer.html from the same finished graph;
neither reads what the other writes. On a machine with more than one core graph.json is written
in a child made by ``fork`` (it shares the graph copy-on-write: nothing is pickled or copied up
front) while the parent renders the explorer, the longer task; a build also writes its analysis
pack in a child while the global step runs (:func:`graphbuild.pipeline.build_paths`). A child
reports back through a pipe as one line of JSON: the task's (JSON-able) result, or the message of the
:class:`~graphbuild.errors.GraphbuildError` it raised, which the parent raises again, so a
failure reads exactly as it would have without the fork. Anything else the child raises is
reported as a crash with its type and message (the child's traceback is logged at debug level).

Where ``fork`` is missing (Windows) or only one core is usable, the task runs in the calling
process when its result is asked for: same result, same errors, no second process.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
from collections.abc import Callable
from typing import Any

from ._io import flush_standard_streams
from .errors import GraphbuildError

log = logging.getLogger(__name__)


def can_fork() -> bool:
    """Whether a step can run in a forked child here: ``os.fork`` exists, two cores are usable and
    the memory available could hold a full copy of this process (a child shares its pages
    copy-on-write, but everything it touches may be copied; see :func:`room_for_a_copy`)."""
    if not hasattr(os, "fork"):
        return False
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores > 1 and room_for_a_copy()


def room_for_a_copy() -> bool:
    """Whether the memory the kernel reports available (``MemAvailable``) exceeds this process's
    resident size; True where /proc does not say (the fork is then left to the kernel)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            resident_pages = int(fh.read().split()[1])
        with open("/proc/meminfo", encoding="ascii") as fh:
            available_kb = next(int(line.split()[1]) for line in fh if line.startswith("MemAvailable:"))
    except (OSError, ValueError, IndexError, StopIteration):
        return True
    return available_kb * 1024 > resident_pages * os.sysconf("SC_PAGE_SIZE")


class Forked:
    """A task started by :func:`start`; :meth:`result` waits for it and returns what it returned."""

    def __init__(self, task: Callable[[], Any], pid: int | None, read_fd: int | None) -> None:
        self._task = task
        self._pid = pid
        self._read_fd = read_fd
        self._done = False
        self._value: Any = None

    @property
    def forked(self) -> bool:
        """Whether the task runs in a child process (False: it runs in :meth:`result`)."""
        return self._pid is not None

    def result(self) -> Any:
        """The task's return value; the :class:`GraphbuildError` it raised is raised here."""
        if self._done:
            return self._value
        self._done = True
        if self._pid is None or self._read_fd is None:
            self._value = self._task()
            return self._value
        with os.fdopen(self._read_fd, "rb") as pipe:
            raw = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        try:
            message = json.loads(raw.decode("utf-8")) if raw else None
        except ValueError:
            message = None
        if not isinstance(message, dict):
            code = os.waitstatus_to_exitcode(status)
            raise GraphbuildError(f"the worker process ended without a result (exit status {code})")
        if "error" in message:
            raise GraphbuildError(str(message["error"]))
        self._value = message.get("value")
        return self._value

    def cancel(self) -> None:
        """Stop the child (if any) and reap it; its result is lost."""
        if self._pid is None or self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGTERM)
        with contextlib.suppress(OSError):
            os.waitpid(self._pid, 0)
        if self._read_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._read_fd)


def start(task: Callable[[], Any]) -> Forked:
    """Start ``task`` in a forked child when :func:`can_fork`, else defer it to :meth:`Forked.result`.

    ``task`` must return something JSON can encode. It must not need anything the caller does
    after this call (the child sees the process as it was at the fork).
    """
    if not can_fork():
        return Forked(task, None, None)
    flush_standard_streams()  # what is buffered now must not be written twice
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child (its outcome is checked through the parent)
        os.close(read_fd)
        _run_child(task, write_fd)
    os.close(write_fd)
    return Forked(task, pid, read_fd)


def _run_child(task: Callable[[], Any], write_fd: int) -> None:  # pragma: no cover - child side
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to report
    code = 0
    try:
        message: dict[str, Any] = {"value": task()}
    except GraphbuildError as exc:
        message, code = {"error": str(exc)}, 1
    except BaseException as exc:  # isolation boundary: whatever happens here is reported, not raised
        log.debug("forked task failed", exc_info=True)
        message, code = {"error": f"{type(exc).__name__}: {exc}; please report it"}, 1
    try:
        data = json.dumps(message, default=str).encode("utf-8")
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
    finally:
        # never return into the parent's code, never run its exit handlers or flush its buffers
        os._exit(code)
