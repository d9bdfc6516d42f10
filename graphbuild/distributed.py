"""Per-document extraction on a Dask cluster, then global resolution on the client.

Extraction (parse, timexes, mentions, attributions, events) is independent across
documents, so it is shipped to Dask workers in chunks; entity resolution, merging
and the graph are global and run on the client, over the analyses in input order.
The graph is byte-identical to :func:`graphbuild.pipeline.build_paths` on the same
inputs. Inputs are read on the client and sent to the workers, so the workers need
no shared filesystem; the analysis cache, too, lives on the client only.

Every worker needs the same graphbuild and spaCy model as the client: both are
checked before any document is sent, and every chunk's result is checked again.
The scheduler needs neither: tasks reach it as opaque bytes (see :class:`_Call`).
See docs/distributed.md for running it against a real cluster.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import pickle
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .cache import AnalysisCache
from .errors import GraphbuildError
from .ingest import IngestResult
from .model import PIPELINE_VERSION, Document, DocumentAnalysis, Skipped
from .nlp import DEFAULT_BATCH_SIZE, load_pipeline, model_version
from .pipeline import (
    BuildResult,
    _notes_by_document,
    analyse_document,
    assemble_graph,
    extraction_failure,
    ingest_inputs,
)

if TYPE_CHECKING:
    from distributed import Client, Future
    from spacy.language import Language

log = logging.getLogger(__name__)

#: ``scheduler`` value (and ``--dask`` value) that starts a cluster on this machine for the build.
LOCAL = "local"
#: Documents per task: big enough to amortise scheduling, small enough to balance the load.
DEFAULT_CHUNK_SIZE = 32
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
_STATS_LOCK = threading.Lock()
_WORKER_STATS = {"chunks": 0, "documents": 0}


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


def worker_stats() -> dict[str, int]:
    """How many chunks and documents this worker process has analysed (for tests and monitoring)."""
    with _STATS_LOCK:
        return dict(_WORKER_STATS)


#: Key of a per-document result that says why the document was skipped.
SKIPPED = "skipped"


def extract_chunk(
    documents: Sequence[Document], batch_size: int = DEFAULT_BATCH_SIZE
) -> tuple[dict[str, str], list[dict[str, Any]], dict[str, float]]:
    """Analyse a chunk of documents on a worker: ``nlp.pipe`` then :func:`analyse_document` per document.

    Returns the worker's :func:`worker_info`, one dict per document with every
    :class:`DocumentAnalysis` field but the document itself (the client has it, so
    it is not sent back), and the seconds spent parsing and extracting (wall) and
    the process's CPU seconds over the chunk. A document on which a stage raises gets
    ``{SKIPPED: reason}`` instead, and the chunk goes on (as in the process pool).
    """
    info = worker_info()
    nlp = worker_pipeline()
    cpu = time.process_time()
    timings = {"nlp": 0.0, "extract": 0.0}
    parsed = nlp.pipe((d.analysis_text for d in documents), batch_size=batch_size)
    parts: list[dict[str, Any]] = []
    for document in documents:
        t0 = time.perf_counter()
        doc = next(parsed)
        t1 = time.perf_counter()
        timings["nlp"] += t1 - t0
        try:
            analysis = analyse_document(document, doc)
        except Exception as exc:  # isolation boundary, as in the process pool: skip the document, go on
            log.debug("extraction failed on %s", document.path, exc_info=True)
            parts.append({SKIPPED: extraction_failure(exc)})
            continue
        finally:
            timings["extract"] += time.perf_counter() - t1
        parts.append(
            {f.name: getattr(analysis, f.name) for f in dataclasses.fields(analysis) if f.name != "document"}
        )
    timings["cpu"] = time.process_time() - cpu
    with _STATS_LOCK:
        _WORKER_STATS["chunks"] += 1
        _WORKER_STATS["documents"] += len(documents)
    return info, parts, timings


class _Call:
    """``func(*args)`` as a pickle: unpickling it (on a worker) runs the call.

    A task is the builtin unpickler applied to a payload holding the chunk's call, and
    payload, and they return pickled bytes: the scheduler handles only a builtin and
    bytes, so it needs neither graphbuild nor spaCy, and never stalls importing them.
    """

    def __init__(self, func: Callable[..., Any], *args: Any) -> None:
        self.func = func
        self.args = args

    def __reduce__(self) -> tuple[Any, ...]:
        return (_pickled_result, (self.func, *self.args))


def _pickled_result(func: Callable[..., Any], *args: Any) -> bytes:
    return pickle.dumps(func(*args), protocol=pickle.HIGHEST_PROTOCOL)


def _task_payload(func: Callable[..., Any], *args: Any) -> bytes:
    return pickle.dumps(_Call(func, *args), protocol=pickle.HIGHEST_PROTOCOL)


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


def _chunks(indices: Sequence[int], size: int) -> list[list[int]]:
    return [list(indices[i : i + size]) for i in range(0, len(indices), size)]


def _chunk_error(exc: BaseException, documents: Sequence[Document]) -> DistributedError:
    distributed = _dask()
    where = f"{len(documents)} document(s) from {documents[0].path}" if documents else "an empty chunk"
    if isinstance(exc, distributed.KilledWorker):
        problem = "the worker died (out of memory?) and the task failed on every retry"
    elif isinstance(exc, (OSError, distributed.CancelledError)):
        problem = f"lost the cluster ({_describe(exc)})"
    else:
        problem = _describe(exc)
    return DistributedError(f"extraction failed on a Dask worker for {where}: {problem}")


def _extract(
    client: Client,
    documents: Sequence[Document],
    todo: Sequence[int],
    *,
    model: str,
    chunk_size: int,
    batch_size: int,
    max_in_flight: int,
    timings: dict[str, float],
) -> Iterator[tuple[int, DocumentAnalysis | Skipped]]:
    """Analyses of ``documents[i]`` for ``i`` in ``todo``, as chunks complete (not in order);
    a :class:`~graphbuild.model.Skipped` for a document a stage failed on.

    At most ``max_in_flight`` chunks are submitted at a time, so neither the scheduler
    nor the workers hold more than that many chunks' documents and results.
    """
    distributed = _dask()
    pending = iter(_chunks(todo, chunk_size))
    chunk_of: dict[Future[Any], list[int]] = {}
    running = distributed.as_completed()

    def submit_next() -> bool:
        chunk = next(pending, None)
        if chunk is None:
            return False
        payload = _task_payload(extract_chunk, [documents[i] for i in chunk], batch_size)
        future = client.submit(pickle.loads, payload, pure=False)  # trusted: this build's own task
        chunk_of[future] = chunk
        running.add(future)
        return True

    for _ in range(max_in_flight):
        if not submit_next():
            break
    try:
        for future in running:
            chunk = chunk_of.pop(future)
            try:
                info, parts, worker_timings = pickle.loads(future.result())  # trusted: our worker's reply
            except Exception as exc:  # the remote error, re-raised here: name the chunk, not a traceback
                log.debug("remote traceback:\n%s", _remote_traceback(future))
                raise _chunk_error(exc, [documents[i] for i in chunk]) from exc
            future.release()
            expected = (model, PIPELINE_VERSION, SOURCE_FINGERPRINT)
            got = (info.get("model"), info.get("pipeline_version"), info.get("source"))
            if got != expected:  # a worker that joined after the check
                raise DistributedError(
                    f"a Dask worker analysed with model / pipeline / sources {' / '.join(map(str, got))}, "
                    f"expected {' / '.join(expected)}: install the same graphbuild and model on every worker"
                )
            for key, seconds in worker_timings.items():
                timings[f"worker_{key}"] = timings.get(f"worker_{key}", 0.0) + seconds
            submit_next()
            for i, fields in zip(chunk, parts, strict=True):
                if SKIPPED in fields:
                    yield i, Skipped(documents[i].path, str(fields[SKIPPED]))
                else:
                    yield i, DocumentAnalysis(document=documents[i], **fields)
    finally:
        if chunk_of:  # stopped early (an error, an interrupt): do not leave work queued on the cluster
            try:
                client.cancel(list(chunk_of))
            except (OSError, TimeoutError) as exc:
                log.debug("could not cancel %d chunk(s): %s", len(chunk_of), exc)


def _remote_traceback(future: Future[Any]) -> str:
    import traceback

    try:
        tb = future.traceback()
    except (OSError, TimeoutError):
        return "(unavailable)"
    return "".join(traceback.format_tb(tb)) if tb is not None else "(none)"


def build_distributed(
    paths: Iterable[str | Path],
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    threads_per_worker: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_in_flight: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    overrides: Any = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[Iterable[DocumentAnalysis], int], Iterable[DocumentAnalysis]] | None = None,
    on_ingest: Callable[[IngestResult], None] | None = None,
    embeddings: bool = False,
) -> BuildResult:
    """Like :func:`~graphbuild.pipeline.build_paths`, with extraction on a Dask cluster.

    ``scheduler`` None (or ``"local"``) starts a local cluster of ``n_workers``
    processes for this build; ``"tcp://host:8786"`` uses a running cluster. Inputs
    are read here and sent in chunks of ``chunk_size`` documents, at most
    ``max_in_flight`` chunks at a time (default: twice the cluster's threads);
    resolution and the graph are computed here. With ``cache_dir``, documents in
    the analysis cache are not sent at all and new analyses are added to it.
    ``progress`` wraps the stream of analyses (in completion order, cached ones
    first); ``on_ingest`` is called with the ingest result. The graph is the one
    :func:`~graphbuild.pipeline.build_paths` builds from the same inputs.

    Raises :class:`DistributedError` when the cluster is unreachable, a worker lacks
    the model or runs another graphbuild, or extraction fails on a worker.
    """
    if chunk_size < 1:
        raise DistributedError(f"chunk_size must be at least 1, not {chunk_size}")
    timings: dict[str, float] = {}
    ingested = ingest_inputs(paths, cache_dir=cache_dir, timings=timings, on_ingest=on_ingest)
    documents = ingested.documents
    analyses: list[DocumentAnalysis | None] = [None] * len(documents)
    t = time.perf_counter()
    with connect(
        scheduler, n_workers=n_workers, threads_per_worker=threads_per_worker, timeout=timeout
    ) as client:
        timings["cluster"] = time.perf_counter() - t
        t = time.perf_counter()
        model = _probe(client, timeout)
        timings["load_model"] = time.perf_counter() - t
        cache = AnalysisCache(cache_dir, model) if cache_dir is not None else None
        cached: dict[int, DocumentAnalysis] = {}
        if cache is not None:
            t = time.perf_counter()
            cached = cache.get_many(documents)
            timings["cache_read"] = time.perf_counter() - t
        todo = [i for i in range(len(documents)) if i not in cached]
        threads = sum(client.nthreads().values()) or 1
        in_flight = max_in_flight if max_in_flight is not None else 2 * threads
        log.info(
            "analysing %d document(s) on %d Dask thread(s) in chunks of %d (%d cached)",
            len(todo),
            threads,
            chunk_size,
            len(cached),
        )
        index = {d.id: i for i, d in enumerate(documents)}
        failures: dict[int, Skipped] = {}

        def stream() -> Iterator[DocumentAnalysis]:
            yield from cached.values()
            for i, analysis in _extract(
                client,
                documents,
                todo,
                model=model,
                chunk_size=chunk_size,
                batch_size=batch_size,
                max_in_flight=max(1, in_flight),
                timings=timings,
            ):
                if isinstance(analysis, Skipped):  # never cached: a fixed stage will analyse it next time
                    log.error("skipped %s", analysis)
                    failures[i] = analysis
                    continue
                if cache is not None:
                    t_put = time.perf_counter()
                    cache.put(analysis)
                    timings["cache_write"] = timings.get("cache_write", 0.0) + time.perf_counter() - t_put
                yield analysis

        t = time.perf_counter()
        analysed: Iterable[DocumentAnalysis] = stream()
        if progress is not None:
            analysed = progress(analysed, len(documents))
        for analysis in analysed:
            analyses[index[analysis.document.id]] = analysis
        timings["extract"] = time.perf_counter() - t
    missing = [documents[i].path for i, a in enumerate(analyses) if a is None and i not in failures]
    if missing:
        raise DistributedError(f"no analysis came back for {len(missing)} document(s), e.g. {missing[0]}")
    t = time.perf_counter()
    graph = assemble_graph(
        [a for a in analyses if a is not None],
        overrides=overrides,
        metadata={"model": model, "pipeline_version": PIPELINE_VERSION},
        document_notes=_notes_by_document(ingested.notes),
        embeddings=embeddings,
    )
    timings["resolve_and_graph"] = time.perf_counter() - t
    if cache is not None:
        log.info("analysis cache: %d hit(s), %d miss(es)", cache.hits, cache.misses)
    skipped = sorted([*ingested.skipped, *failures.values()], key=lambda s: (s.path, s.line or 0, s.reason))
    built = tuple(a.document for a in analyses if a is not None)
    return BuildResult(graph, built, tuple(skipped), tuple(ingested.duplicates), timings)
