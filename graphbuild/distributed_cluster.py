"""The Dask cluster a distributed build (:mod:`graphbuild.distributed`) runs on: what each worker
analyses with, and the client's connection to the cluster and check of its workers.

Every worker needs the same graphbuild and spaCy model as the client: :func:`worker_info` is
what a worker reports (graphbuild version, a fingerprint of its sources, pipeline and model
versions), :func:`check_workers` refuses a cluster whose workers disagree with the client or
with each other, and :func:`dask_setup` (the preload hook, re-exported by
:mod:`graphbuild.distributed`) loads the model when a worker starts.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import GraphbuildError
from .model import PIPELINE_VERSION
from .nlp import load_pipeline, model_version

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

#: The distributed build's logger (:mod:`graphbuild.distributed`'s): one name to configure for both modules.
log = logging.getLogger("graphbuild.distributed")

#: ``scheduler`` value (and ``--dask`` value) that starts a cluster on this machine for the build.
LOCAL = "local"
#: Seconds to wait for the scheduler to answer and for a first worker to join.
DEFAULT_TIMEOUT = 30.0

_INSTALL_HINT = "install it with `pip install 'graphbuild[distributed]'`"


class DistributedError(GraphbuildError):
    """The Dask cluster is unreachable or unusable, or extraction failed on a worker."""


# -- worker side ---------------------------------------------------------------------------
# These functions run in the worker processes. The spaCy pipeline is loaded once per
# process (load_pipeline is cached) and kept for every chunk that process receives.


_NOT_EXTRACTION = frozenset(("queries", "exports"))


def _source_fingerprint() -> str:
    """A hash of graphbuild's Python sources, taken when this module is imported.

    Two installs with the same version number can still differ (a development
    checkout, a patched copy); the graph must not depend on which one analysed a
    document, so client and workers compare this too. The query library and the
    exporters take no part in extraction and live outside the package directory in a
    development checkout, so they are left out.
    """
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] in _NOT_EXTRACTION:
            continue
        h.update(path.relative_to(root).as_posix().encode("utf-8"))
        h.update(b"\0")
        try:
            h.update(path.read_bytes())
        except OSError as exc:  # unreadable: still a fingerprint, just one no other install matches
            h.update(str(exc).encode("utf-8"))
    return h.hexdigest()[:16]


#: Fingerprint of the graphbuild sources this process imported (see :func:`_source_fingerprint`).
SOURCE_FINGERPRINT = _source_fingerprint()

_LOAD_LOCK = threading.Lock()


def worker_pipeline() -> Language:
    """The spaCy pipeline of this worker process, loaded on first use and then reused."""
    with _LOAD_LOCK:  # two threads of one worker must not load the model twice
        return load_pipeline()


def worker_info() -> dict[str, str]:
    """What this process would analyse with: graphbuild version and sources, pipeline and model versions.

    Loads the model, so calling it on every worker (``client.run``) also warms them up.
    """
    return {
        "graphbuild": __version__,
        "source": SOURCE_FINGERPRINT,
        "pipeline_version": PIPELINE_VERSION,
        "model": model_version(worker_pipeline()),
    }


def dask_setup(worker: Any) -> None:
    """Dask preload hook: ``dask worker --preload graphbuild.distributed`` loads the model at start.

    The worker then joins ready to analyse, instead of importing spaCy and loading the
    model when the first build reaches it. A worker that cannot load the model still
    starts (the error is logged there), and builds report it from :func:`check_workers`.
    """
    try:
        nlp = worker_pipeline()
    except GraphbuildError as exc:
        log.error("graphbuild cannot analyse on this Dask worker: %s", exc)
        return
    log.info("graphbuild: %s loaded on Dask worker %s", model_version(nlp), getattr(worker, "address", "?"))


async def _worker_info_off_loop() -> dict[str, str]:
    # client.run calls this in the worker's event loop: load the model in a thread, so the
    # worker keeps answering heartbeats while it loads
    return await asyncio.to_thread(worker_info)


# -- client side ---------------------------------------------------------------------------


def _dask() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DistributedError(f"Dask distributed is not installed; {_INSTALL_HINT}") from exc
    return distributed


@contextmanager
def connect(
    scheduler: str | None = None,
    *,
    n_workers: int = 2,
    threads_per_worker: int = 1,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Client]:
    """A Dask client: on a new local cluster (``scheduler`` None or ``"local"``), else on ``scheduler``.

    A local cluster has ``n_workers`` worker processes and is shut down on exit; a
    remote cluster (``"tcp://host:8786"``) is left running. Raises
    :class:`DistributedError` when the scheduler does not answer within ``timeout``
    seconds.
    """
    distributed = _dask()
    if scheduler is None or scheduler == LOCAL:
        if n_workers < 1 or threads_per_worker < 1:
            raise DistributedError("a local cluster needs at least one worker with one thread")
        log.info("starting a local Dask cluster: %d worker process(es)", n_workers)
        try:
            cluster = distributed.LocalCluster(
                n_workers=n_workers,
                threads_per_worker=threads_per_worker,
                processes=True,
                dashboard_address=None,
            )
        except (OSError, RuntimeError, TimeoutError) as exc:
            raise DistributedError(f"could not start a local Dask cluster: {exc}") from exc
        try:
            with distributed.Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    log.info("connecting to the Dask scheduler at %s", scheduler)
    try:
        client = distributed.Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise DistributedError(
            f"cannot reach the Dask scheduler at {scheduler} (waited {timeout:g} s): {exc}"
        ) from exc
    try:
        yield client
    finally:
        client.close()


def check_workers(
    infos: Mapping[str, Any],
    *,
    pipeline_version: str = PIPELINE_VERSION,
    source: str = SOURCE_FINGERPRINT,
) -> str:
    """The model version every worker reported; :class:`DistributedError` if any worker is unusable.

    ``infos`` maps worker addresses to :func:`worker_info` results or to the exception
    it raised there (no model installed, say). All workers must run this client's
    graphbuild (pipeline version and sources) and one and the same model, or the
    graph would depend on which worker analysed which document.
    """
    if not infos:
        raise DistributedError("the Dask cluster has no workers")
    failed = {w: v for w, v in infos.items() if isinstance(v, BaseException) or not isinstance(v, Mapping)}
    if failed:
        details = "; ".join(f"{w}: {_describe(v)}" for w, v in sorted(failed.items()))
        raise DistributedError(f"{len(failed)} of {len(infos)} Dask worker(s) cannot analyse: {details}")
    stale = sorted(w for w, v in infos.items() if v.get("pipeline_version") != pipeline_version)
    if stale:
        raise DistributedError(
            f"Dask worker(s) {', '.join(stale)} run another graphbuild pipeline version than this "
            f"client ({pipeline_version}); install the same graphbuild on every worker"
        )
    other = sorted(w for w, v in infos.items() if v.get("source") != source)
    if other:
        raise DistributedError(
            f"Dask worker(s) {', '.join(other)} run other graphbuild sources than this client "
            f"(fingerprint {source}); install the same graphbuild on every worker"
        )
    models = sorted({str(v.get("model")) for v in infos.values()})
    if len(models) != 1:
        raise DistributedError(
            f"Dask workers run different spaCy models ({', '.join(models)}); install the same one everywhere"
        )
    return models[0]


def _describe(exc: Any) -> str:
    if isinstance(exc, BaseException):
        return f"{type(exc).__name__}: {exc}" if not isinstance(exc, GraphbuildError) else str(exc)
    return f"unexpected reply {exc!r}"


def _probe(client: Client, timeout: float) -> str:
    """Wait for a worker, load the model on every worker, and check they agree: the model version."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError as exc:
        raise DistributedError(f"no Dask worker joined the scheduler within {timeout:g} s") from exc
    try:
        infos = client.run(_worker_info_off_loop, on_error="return")
    except OSError as exc:
        raise DistributedError(f"lost the Dask scheduler while checking the workers: {exc}") from exc
    return check_workers(infos)
