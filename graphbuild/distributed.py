"""Per-document extraction on a Dask cluster, then global resolution on the client.

Extraction (parse, timexes, mentions, attributions, events) is independent across
documents, so it is shipped to Dask workers in chunks; entity resolution, merging
and the graph are global and run on the client, over the analyses in input order.
The graph is byte-identical to :func:`graphbuild.pipeline.build_paths` on the same
inputs. Inputs are read on the client and sent to the workers, so the workers need
no shared filesystem; the analysis cache, too, lives on the client only.

Every worker needs the same graphbuild and spaCy model as the client: both are
checked before any document is sent (:mod:`graphbuild.distributed_cluster`, which also
connects to the cluster), and every chunk's result is checked again.
The scheduler needs neither: tasks reach it as opaque bytes (see :class:`_Call`).
See docs/distributed.md for running it against a real cluster.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import AnalysisCache
from .distributed_cluster import (
    DEFAULT_TIMEOUT,
    SOURCE_FINGERPRINT,
    DistributedError,
    _dask,
    _describe,
    _probe,
    check_workers,  # noqa: F401 (re-exported: tests import it from here)
    connect,
    dask_setup,  # noqa: F401 (the preload hook: `dask worker --preload graphbuild.distributed`)
    worker_info,
    worker_pipeline,
)
from .ingest import IngestResult
from .model import PIPELINE_VERSION, Document, DocumentAnalysis, Skipped
from .nlp import DEFAULT_BATCH_SIZE
from .pipeline import (
    BuildResult,
    analyse_document,
    assemble_graph,
    extraction_failure,
)
from .pipeline_inputs import ingest_inputs, notes_by_document

if TYPE_CHECKING:
    from distributed import Client, Future

log = logging.getLogger(__name__)

#: Documents per task: big enough to amortise scheduling, small enough to balance the load.
DEFAULT_CHUNK_SIZE = 32


# -- worker side ---------------------------------------------------------------------------
# The chunk task runs in the worker processes (the pipeline it parses with is loaded once per
# process, see :func:`~graphbuild.distributed_cluster.worker_pipeline`). Tasks name it
# graphbuild.distributed.extract_chunk, and it calls this module's analyse_document.


_STATS_LOCK = threading.Lock()
_WORKER_STATS = {"chunks": 0, "documents": 0}


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
        document_notes=notes_by_document(ingested.notes),
        embeddings=embeddings,
    )
    timings["resolve_and_graph"] = time.perf_counter() - t
    if cache is not None:
        log.info("analysis cache: %d hit(s), %d miss(es)", cache.hits, cache.misses)
    skipped = sorted([*ingested.skipped, *failures.values()], key=lambda s: (s.path, s.line or 0, s.reason))
    built = tuple(a.document for a in analyses if a is not None)
    return BuildResult(graph, built, tuple(skipped), tuple(ingested.duplicates), timings)
