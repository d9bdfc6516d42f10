"""A worker process started early, loading the spaCy pipeline while the inputs are read.

An incremental build (``graphbuild build NEW --into DIR``) reads thousands of cached analyses and
parses a few new documents in one worker process; loading the model there takes seconds. Started
before the inputs are read, the worker loads it while this process reads and hashes the inputs
and looks them up in the cache, instead of after all that.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from typing import Any

log = logging.getLogger(__name__)


def _init_in_worker() -> None:
    """The pool's initializer: the build's own (:func:`graphbuild.pipeline._init_worker`), imported
    in the worker, so a worker started before the build's modules are imported
    (:func:`start_early`) does not import them first."""
    from .pipeline import _init_worker

    _init_worker(None)


def _warm_up() -> dict[str, float]:
    """Load the worker's pipeline ahead of its first chunk (runs in the worker); a failure is left
    for that chunk to report (it loads again and raises to the caller)."""
    from . import pipeline

    timings: dict[str, float] = {}
    if pipeline._WORKER_NLP is None:
        try:
            pipeline._WORKER_NLP = pipeline._pipeline(None, timings)
            from . import claims, events  # noqa: F401  (what analyse_document imports on first use)
        except Exception:  # isolation boundary: the first chunk loads again and reports the error
            log.debug("loading the pipeline ahead of the parse failed", exc_info=True)
    return timings


class WarmWorker:
    """A pool of one worker process that starts loading the default pipeline at once.

    :func:`graphbuild.pipeline.analyse_documents` parses the new documents in it when one process
    is what they need (and no pipeline was passed in), and stops it otherwise (nothing new to
    parse, or more than one process can do); :meth:`close` stops it too. Only where
    :func:`graphbuild._fork.can_fork` (the load must overlap work on another core to gain).
    """

    def __init__(self) -> None:
        context = mp.get_context()  # the platform default, as the build's own worker pools use
        self.pool: Any = context.Pool(1, initializer=_init_in_worker)
        self._loaded: Any = self.pool.apply_async(_warm_up)

    def take(self, timings: dict[str, float]) -> tuple[Any, Any]:
        """Hand the pool over with the pending load (whose result is its timings), once."""
        pool, self.pool = self.pool, None
        return pool, self._loaded

    def close(self) -> None:
        """Stop the worker, unless it was taken (then its new owner stops it)."""
        if self.pool is not None:
            pool, self.pool = self.pool, None
            pool.terminate()
            pool.join()


#: The worker the console script started before the build's modules were imported (see
#: :func:`start_early`), until a build takes it.
_EARLY: WarmWorker | None = None


def start_early() -> None:
    """Start a :class:`WarmWorker` now, for the build that follows in this process to take
    (:func:`take_early`): the console script does so for ``build ... --into`` before importing the
    command line and the build's modules, so the worker loads the model a quarter of a second
    sooner. Only where :func:`graphbuild._fork.can_fork` (as the build itself asks)."""
    global _EARLY
    from ._fork import can_fork

    if _EARLY is None and can_fork():
        _EARLY = WarmWorker()


def take_early() -> WarmWorker | None:
    """The worker :func:`start_early` started, handed over once (None if there is none)."""
    global _EARLY
    warm, _EARLY = _EARLY, None
    return warm
