"""Atomic file writes (a reader sees the old file or the new one, never half of either), a GC pause for
bulk phases, digests of source files, and the files a build leaves for the next one."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from . import _json
from .errors import ExportError, GraphbuildError

log = logging.getLogger(__name__)


def atomic_write_text(path: str | Path, text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (temp file in the same directory, fsync, rename)."""
    return atomic_write_bytes(path, text.encode(encoding))


def _default_mode() -> int:
    # mkstemp creates 0600 files; outputs are ordinary files, so honour the umask like open() does
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


#: Temp files of a write killed outright (SIGKILL) are removed by a later write once this old;
#: younger ones may belong to a write still in progress in another process.
STALE_TEMP_SECONDS = 600


def _remove_stale_temps(target: Path) -> None:
    now = time.time()
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
                leftover.unlink()


def atomic_write_bytes(path: str | Path, data: bytes, *, durable: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; the parent directory is created if needed.

    Readers never see half a file either way. ``durable=False`` skips the fsync, for
    files a crash may lose without harm (cache entries: a lost or empty entry is a miss).
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), _default_mode())
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def flush_standard_streams() -> None:
    """Flush stdout and stderr, ignoring streams that are closed, gone or cannot be written (before a
    fork, so buffered output is not written twice, and before ``os._exit``, which skips the flush)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()


#: Whether this process ends with ``os._exit`` (see :func:`ends_without_teardown`).
_ENDS_WITHOUT_TEARDOWN = False
#: What :func:`keep_until_exit` keeps alive.
_KEPT_UNTIL_EXIT: list[object] = []


def ends_without_teardown() -> None:
    """Declare that this process ends with ``os._exit``, its heap never freed object by object (the
    console script's build, see ``graphbuild.cli._exit_now``): :func:`keep_until_exit` then keeps."""
    global _ENDS_WITHOUT_TEARDOWN
    _ENDS_WITHOUT_TEARDOWN = True


def keep_until_exit(*objects: object) -> None:
    """Keep ``objects`` alive until the process ends, in a process that ends without tearing down its
    heap (:func:`ends_without_teardown`); elsewhere (library calls, tests) do nothing.

    A build's per-document analyses are millions of small objects that nothing reads once the graph
    is assembled. Freeing them one by one costs a tenth of a second on 5,000 stories, in the middle
    of an incremental build of a few seconds, for memory that the process gives back when it ends
    a moment later anyway.
    """
    if _ENDS_WITHOUT_TEARDOWN:
        _KEPT_UNTIL_EXIT.extend(objects)


#: Whether :func:`gc_paused` moves what survives a bulk phase out of the collector's reach.
_FREEZE_SURVIVORS = False


@contextmanager
def survivors_frozen() -> Iterator[None]:
    """Within this block, :func:`gc_paused` freezes (:func:`gc.freeze`) what is alive when a bulk phase ends.

    Re-enabling the collector after a bulk phase leaves the millions of objects the phase
    made in the youngest generation: the next collections scan them all again (about a
    second per phase on a 5,000-story build, and every per-document stage that follows pays
    again through full collections). Frozen objects are never scanned; reference counting
    still frees them, but cyclic garbage among them is reclaimed only after
    :func:`gc.unfreeze`. That suits a process that ends with the build, such as the CLI;
    library calls outside this block keep the plain pause. When the block ends, what it
    froze is unfrozen again (unless something had frozen objects before it began: that
    freeze is not ours to undo), so a process that goes on collects as usual.
    """
    global _FREEZE_SURVIVORS
    previous = _FREEZE_SURVIVORS
    ours = gc.get_freeze_count() == 0
    _FREEZE_SURVIVORS = True
    try:
        yield
    finally:
        _FREEZE_SURVIVORS = previous
        if ours and not previous:
            gc.unfreeze()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Switch Python's cyclic garbage collector off for a bulk phase, then back on.

    The global build steps (decoding cached analyses, resolution, graph assembly, writing
    graph.json and the explorer) create millions of long-lived objects and almost no cyclic
    garbage. With the collector on, every few hundred allocations trigger a scan, and the
    oldest generation scans the whole heap again and again: a third of those steps' time on a
    5,000-story build. Reference counting still frees everything acyclic meanwhile.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if _FREEZE_SURVIVORS:
                gc.freeze()
            gc.enable()


def source_digest(modules: Iterable[object]) -> str:
    """A short digest of the source files of ``modules`` (module objects, in the order given): the
    version tag of data stored by the code in them, so data stored by other code is told apart.
    Paths come from the imported modules, so a moved file is still hashed."""
    digest = hashlib.sha256()
    for module in modules:
        digest.update(Path(str(getattr(module, "__file__", ""))).read_bytes())
    return digest.hexdigest()[:16]


@cache
def package_digest() -> str:
    """Digest of every Python source file of the package, by path: the version of what a build keeps
    for the next one and many modules compute (any change to any of them is another version)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def installed_stamp(module: str) -> str:
    """An installed package's stamp without importing it: its file's path, size and time (an
    upgrade rewrites it), or "missing"."""
    spec = find_spec(module)
    origin = spec.origin if spec is not None and spec.origin else ""
    try:
        st = os.stat(origin)
    except OSError:
        return f"{module}:missing"
    return f"{module}:{origin}:{st.st_size}:{st.st_mtime_ns}"


def read_versioned(path: str | os.PathLike[str], version: str) -> dict[str, Any] | None:
    """The JSON object a build left at ``path`` for the next one, if its ``version`` field is
    ``version``; None when there is none, it is unreadable (logged) or of another version."""
    try:
        with open(path, "rb") as fh:
            data = _json.loads(fh.read())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return None
    return data if isinstance(data, dict) and data.get("version") == version else None


def write_quietly(path: str | os.PathLike[str], data: bytes, failure: str) -> Path | None:
    """Write a file that only saves the next build time: atomically, without fsync; a failure is
    logged as ``failure`` and None returned."""
    try:
        return atomic_write_bytes(Path(path), data, durable=False)
    except GraphbuildError as exc:
        log.warning("%s: %s", failure, exc)
        return None
