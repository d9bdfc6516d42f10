"""The pipeline: paths -> documents -> per-document analysis -> global resolution -> graph.

Per-document work (parse, timexes, mentions, attributions, events) is
independent across documents; resolution and merging are global. Each stage is
a plain function of its inputs; the spaCy pipeline is passed in.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from . import _fork, crossdoc, entities, entities_gazetteer, entities_words, kept_answers, temporal
from ._io import gc_paused, keep_until_exit
from .cache import AnalysisCache, write_pack_timed
from .crossdoc_memo import StatementMemo
from .crossdoc_mentions import speaker_entity
from .crossdoc_paraphrase import EMBEDDING_MODEL, LazyEmbedder
from .entities_firms import with_speaker_firms
from .errors import GraphbuildError
from .graph import build_graph
from .ingest import IngestResult
from .model import PIPELINE_VERSION, Document, DocumentAnalysis, Skipped
from .nlp import (
    DEFAULT_BATCH_SIZE,
    default_processes,
    installed_model_version,
    load_default_pipeline,
    model_version,
)
from .pipeline_inputs import ingest_inputs as ingest_inputs  # re-exported: where it was
from .pipeline_inputs import notes_by_document
from .pipeline_result import BuildResult as BuildResult  # re-exported: where it was
from .pipeline_stored import ENTITY_ITEMS as ENTITY_ITEMS  # re-exported: where these were
from .pipeline_stored import REPORT_CLAIMS as REPORT_CLAIMS
from .pipeline_stored import REPORT_FEATURES as REPORT_FEATURES
from .pipeline_stored import (
    Decoded,
    precomputed_report_claims,
    precomputed_report_features,
    resolve_analyses,
    stored_for_global_step,
)
from .pipeline_warm import WarmWorker, take_early

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)


def document_anchor(document: Document) -> date | None:
    """The date relative expressions in a document are resolved against: its publication day."""
    return document.publication_day


def analyse_document(document: Document, doc: Any) -> DocumentAnalysis:
    """Run every per-document stage on one parsed document."""
    # imported here: they import spaCy, which a build of cached (or worker-parsed) documents never needs
    from . import claims, events

    # each with its exact characters: wrapped copy's analysis text has spaces for line breaks
    timexes = tuple(
        replace(t, text=document.text[t.start : t.end])
        for t in temporal.tag(document.analysis_text, document_anchor(document))
        if not document.is_boilerplate(t.start, t.end)
    )
    attributions = tuple(claims.attribute_claims(document, doc, timexes))
    # and the firms that speak there but were tagged nowhere (a dateline's date run on into the name)
    mentions = with_speaker_firms(document, entities.extract_mentions(document, doc), attributions)
    found_events = tuple(events.extract_events(document, doc, timexes, attributions))
    # what the global step reads of this document alone, computed here (in parallel, cached) once
    extra = stored_for_global_step(mentions, attributions, document, doc)
    return DocumentAnalysis(document, mentions, timexes, attributions, found_events, extra)


#: The spaCy pipeline of a worker process (set once by :func:`_init_worker`, or loaded there on
#: first use when the main process passed none).
_WORKER_NLP: Any = None


def _init_worker(nlp: Language | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp
    # Ctrl-C reaches the whole process group: the main process stops the pool (and says so);
    # workers ignore it instead of each printing a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pipeline(nlp: Language | None, timings: dict[str, float]) -> Language:
    """``nlp``, or the default pipeline, loaded now (the time goes to ``timings["load_model"]``)."""
    if nlp is not None:
        return nlp
    t = time.perf_counter()
    loaded = load_default_pipeline()
    timings["load_model"] = timings.get("load_model", 0.0) + time.perf_counter() - t
    return loaded


def extraction_failure(exc: BaseException) -> str:
    """Why a document was skipped when a per-document stage raised ``exc`` on it."""
    return f"extraction failed ({type(exc).__name__}: {exc}); please report it"


def _analyse_one(
    nlp_doc: Any, document: Document, cache: AnalysisCache | None, timings: dict[str, float]
) -> DocumentAnalysis | Skipped:
    t0 = time.perf_counter()
    try:
        analysis = analyse_document(document, nlp_doc)
    except Exception as exc:  # isolation boundary: one document that breaks a stage must not stop the batch
        log.debug("extraction failed on %s", document.path, exc_info=True)
        return Skipped(document.path, extraction_failure(exc))
    t1 = time.perf_counter()
    timings["extract_cpu"] = timings.get("extract_cpu", 0.0) + (t1 - t0)
    if cache is not None:
        cache.put(analysis)
        timings["cache_write"] = timings.get("cache_write", 0.0) + time.perf_counter() - t1
    return analysis


def _analysed(
    nlp: Language | None,
    documents: Sequence[Document],
    batch_size: int,
    cache: AnalysisCache | None,
    timings: dict[str, float],
) -> Iterator[DocumentAnalysis | Skipped]:
    """Parse and analyse documents in this process (storing each analysis in ``cache``); ``nlp``
    None loads the default pipeline when the first document is parsed."""
    if not documents:
        return
    nlp = _pipeline(nlp, timings)
    parsed = iter(nlp.pipe((d.analysis_text for d in documents), batch_size=batch_size))
    for document in documents:
        t0 = time.perf_counter()
        doc = next(parsed)
        timings["nlp_cpu"] = timings.get("nlp_cpu", 0.0) + (time.perf_counter() - t0)
        yield _analyse_one(doc, document, cache, timings)


def _worker_chunk(
    task: tuple[list[Document], int, AnalysisCache | None],
) -> tuple[list[DocumentAnalysis | Skipped], dict[str, float]]:
    global _WORKER_NLP
    documents, batch_size, cache = task
    timings: dict[str, float] = {}
    if _WORKER_NLP is None:  # loaded here, not in the pool's initializer: a failure reaches the caller
        _WORKER_NLP = _pipeline(None, timings)
    return list(_analysed(_WORKER_NLP, documents, batch_size, cache, timings)), timings


class _ParallelRun:
    """Parse *and extract* in ``n_process`` worker processes, each with its own copy of ``nlp``
    (or, when ``nlp`` is None, the default pipeline loaded in each worker).

    Unlike ``nlp.pipe(n_process=N)``, which parses in workers and ships every Doc back to
    this process for the extraction, the workers here run the whole per-document stage
    (and write the cache entries) and return only the small, picklable analyses, so
    extraction runs in parallel too and no Doc crosses a process boundary. The work starts
    when the run is made, so this process can read the cache meanwhile; results come back
    in input order, one chunk of ``batch_size`` documents at a time. :meth:`close` stops the
    workers (iterating to the end closes them too).
    """

    def __init__(
        self,
        documents: Sequence[Document],
        nlp: Language | None,
        n_process: int,
        batch_size: int,
        cache: AnalysisCache | None,
        timings: dict[str, float],
        warm: WarmWorker | None = None,
    ) -> None:
        chunks = [
            (list(documents[i : i + batch_size]), batch_size, cache)
            for i in range(0, len(documents), batch_size)
        ]
        self.timings = timings
        self._warm_up: Any = None
        if warm is not None:  # one process, already loading the default pipeline
            self._pool, self._warm_up = warm.take(timings)
        else:
            context = mp.get_context()  # the platform default, as spaCy's own nlp.pipe(n_process=...) uses
            self._pool = context.Pool(n_process, initializer=_init_worker, initargs=(nlp,))
        try:
            self._results = self._pool.imap(_worker_chunk, chunks)
        except BaseException:
            self.close()
            raise

    def __iter__(self) -> Iterator[DocumentAnalysis | Skipped]:
        try:
            if self._warm_up is not None:  # done before the first chunk, which queued behind it
                for key, seconds in self._warm_up.get().items():
                    self.timings[key] = self.timings.get(key, 0.0) + seconds
            for analyses, worker_timings in self._results:
                for key, seconds in worker_timings.items():
                    self.timings[key] = self.timings.get(key, 0.0) + seconds
                yield from analyses
        finally:
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.terminate()
            pool.join()


def analyse_documents(
    documents: Sequence[Document],
    nlp: Language | None,
    *,
    n_process: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    timings: dict[str, float] | None = None,
    cache: AnalysisCache | None = None,
    failures: list[Skipped] | None = None,
    warm: WarmWorker | None = None,
    on_cached: Callable[[DocumentAnalysis], None] | None = None,
    cached_timexes: bool = True,
) -> Iterator[DocumentAnalysis]:
    """Parse and analyse documents, batched, in several processes for big inputs.

    With more than one process, each worker parses and extracts whole chunks (see
    :class:`_ParallelRun`); with one, ``nlp.pipe`` runs here. ``nlp`` None means the
    installed English pipeline, loaded only where documents are parsed (in each worker, or
    here). ``timings`` gets ``analyse`` (wall seconds) and ``nlp_cpu``/``extract_cpu``/
    ``cache_write``/``load_model`` (seconds summed over the processes). With a ``cache``,
    documents analysed before are read from it and never parsed (``nlp`` is not called at all
    when every document is cached); new analyses are stored in it. When some documents are
    cached and others are not, the new ones are parsed in a worker process (on a machine with
    two cores or more) while this one reads the cache. Analyses are yielded in the order of
    ``documents`` either way.

    A document on which a stage raises is not yielded: it is logged, appended to ``failures``
    (a :class:`~graphbuild.model.Skipped` naming it and the error) and the batch goes on.

    ``warm``: a :class:`~graphbuild.pipeline_warm.WarmWorker` started earlier (its pipeline
    loading meanwhile); the new documents are parsed in it when they need one worker process and
    ``nlp`` is None, else it is stopped (as it is when the caller's ``finally`` closes it).

    ``on_cached`` is called with each analysis read from the cache as soon as all are read, before
    this waits for any new one (e.g. to decode what the global step reads of them while workers still
    parse); every analysis is yielded all the same. ``cached_timexes`` False: analyses read from
    the cache come without their time expressions (for the global step, which never reads them;
    see :meth:`~graphbuild.cache.AnalysisCache.get`).
    """
    timings = timings if timings is not None else {}
    keys: list[str] = []
    stored = [False] * len(documents)
    if cache is not None:
        keys = cache.keys(documents)
        stored = cache.stored(keys)
    todo = [d for d, hit in zip(documents, stored, strict=True) if not hit]
    fresh: Iterable[DocumentAnalysis | Skipped] = ()
    run: _ParallelRun | None = None
    if todo:
        if n_process is None:
            n_process = default_processes(len(todo), sum(len(d.analysis_text) for d in todo))
        n_process = max(1, min(n_process, -(-len(todo) // batch_size)))
        # one worker may already be loading the pipeline, started before the inputs were read
        ready_worker = warm if warm is not None and n_process == 1 and nlp is None else None
        if ready_worker is not None or n_process > 1 or (any(stored) and _fork.can_fork()):
            # parse in workers; with cached documents, this process reads them meanwhile
            run = _ParallelRun(todo, nlp, n_process, batch_size, cache, timings, ready_worker)
            fresh = run
        else:
            fresh = _analysed(nlp, todo, batch_size, cache, timings)
    if warm is not None:
        warm.close()  # not needed (nothing new to parse, or more than it can do), or taken
    try:
        ready: dict[int, DocumentAnalysis | Skipped] = {}
        if cache is not None and any(stored):
            t = time.perf_counter()
            ready.update(cache.get_many(documents, keys=keys, only=stored, timexes=cached_timexes))
            timings["cache_read"] = timings.get("cache_read", 0.0) + time.perf_counter() - t
        # entries that were there but could not be read are analysed again (here: it is rare)
        unreadable = [i for i, hit in enumerate(stored) if hit and i not in ready]
        if unreadable:
            again = _analysed(nlp, [documents[i] for i in unreadable], batch_size, cache, timings)
            ready.update(zip(unreadable, again, strict=True))
        if run is not None:  # the workers parse: load what the global step needs meanwhile
            t = time.perf_counter()
            entities_gazetteer.preload()
            entities_words.preload()
            timings["preload"] = timings.get("preload", 0.0) + time.perf_counter() - t
        if on_cached is not None:
            for i in sorted(ready):
                analysis = ready[i]
                if not isinstance(analysis, Skipped):
                    on_cached(analysis)
        pending = iter(fresh)
        for i, _document in enumerate(documents):
            if stored[i]:
                analysis = ready[i]
            else:
                t0 = time.perf_counter()
                analysis = next(pending)
                timings["analyse"] = timings.get("analyse", 0.0) + (time.perf_counter() - t0)
            if isinstance(analysis, Skipped):
                log.error("skipped %s", analysis)
                if failures is not None:
                    failures.append(analysis)
                continue
            yield analysis
    finally:
        if run is not None:  # a failure, or a caller that stops early, must not leave workers running
            run.close()


def assemble_graph(
    analyses: Sequence[DocumentAnalysis],
    *,
    overrides: Any = None,
    metadata: dict[str, Any] | None = None,
    document_notes: dict[str, dict[str, str]] | None = None,
    embeddings: bool = False,
    decoded: Decoded | None = None,
    memo: StatementMemo | None = None,
) -> nx.MultiDiGraph:
    """Global stages: resolve entities, merge statements and events, find conflicts, build the graph.

    ``embeddings``: also merge paraphrased reports the lexical pass left apart, with the optional
    sentence-embedding model (see :mod:`graphbuild.crossdoc_paraphrase`; it is loaded only if a
    plausible pair needs it). The graph's metadata then says so. ``decoded``: what was decoded
    of the analyses' stored data already (see :class:`~graphbuild.pipeline_stored.Decoded`).
    ``memo``: statement merging's clusters of the previous build, by block (see
    :class:`~graphbuild.crossdoc_memo.StatementMemo`; not read with ``embeddings``).
    """
    with gc_paused():
        return _assemble_graph(
            analyses, overrides, metadata, document_notes, embeddings, decoded or Decoded(), memo
        )


def _assemble_graph(
    analyses: Sequence[DocumentAnalysis],
    overrides: Any,
    metadata: dict[str, Any] | None,
    document_notes: dict[str, dict[str, str]] | None,
    embeddings: bool,
    decoded: Decoded,
    memo: StatementMemo | None = None,
) -> nx.MultiDiGraph:
    documents = [a.document for a in analyses]
    resolution = resolve_analyses(analyses, overrides=overrides, decoded=decoded)
    # the resolution's own span lists: what MentionIndex.from_entities(resolution.entities) builds again
    index = crossdoc.MentionIndex(resolution.spans)
    names = {e.id: e.name for e in resolution.entities}
    types = {e.id: e.type for e in resolution.entities}

    def speaker_of(att: Any) -> str | None:
        return speaker_entity(att, index, types, resolution.find)

    published = {
        d.id: (d.published.start.isoformat() if d.published and d.published.start else "9999")
        for d in documents
    }
    statements = crossdoc.merge_statements(
        [att for a in analyses for att in a.attributions],
        speaker_of=speaker_of,
        mentions=index,
        published=published,
        speaker_names=names,
        embedder=LazyEmbedder() if embeddings else None,
        precomputed=precomputed_report_features(analyses, decoded),
        memo=memo,  # not read with an embedder
    )
    mentioned = index.entities_by_document()  # also what tells which documents share a story
    found = [e for a in analyses for e in a.events]
    merged_events = crossdoc.merge_events(found, participant_of=index.at, document_entities=mentioned)
    conflicts = crossdoc.find_conflicts(
        statements,
        published=published,
        document_entities=mentioned,
        precomputed=precomputed_report_claims(analyses, decoded),
        source_entities={
            st.id: frozenset(e for r in st.reports if r.source for e in index.within(r.doc_id, *r.source))
            for st in statements
        },
        entity_types=types,
    )
    if embeddings:
        metadata = {**(metadata or {}), "paraphrase_embeddings": EMBEDDING_MODEL}
    return build_graph(
        documents,
        resolution.entities,
        statements,
        merged_events,
        conflicts,
        metadata=metadata,
        document_notes=document_notes,
    )


def build_paths(
    paths: Iterable[str | Path],
    *,
    nlp: Language | None = None,
    overrides: Any = None,
    n_process: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[Iterable[DocumentAnalysis], int], Iterable[DocumentAnalysis]] | None = None,
    on_ingest: Callable[[IngestResult], None] | None = None,
    cache_dir: str | Path | None = None,
    embeddings: bool = False,
    warm_start: bool = False,
    write_pack: bool = False,
    defer_keeping: bool = False,
) -> BuildResult:
    """Read inputs and build the knowledge graph. ``progress`` wraps the per-document loop (e.g. tqdm).

    ``on_ingest`` is called with the :class:`~graphbuild.ingest.IngestResult` (skipped
    files, duplicates, warnings) as soon as the inputs are read, e.g. for a build report.
    With ``cache_dir``, per-document analyses are cached there (see :mod:`graphbuild.cache`)
    and documents already in it are not parsed again; so is what each input file gave
    (:mod:`graphbuild.ingest_cache`: unchanged files are not read again) and the built
    place gazetteer (:func:`graphbuild.entities_gazetteer.use_index_cache`).

    ``warm_start``: when most documents are expected in the cache and a few new (``build
    --into``), start one worker process loading the default pipeline before the inputs are
    read (see :class:`WarmWorker`; only with a cache, no ``nlp`` and where :func:`_fork.can_fork`).

    ``write_pack``: with ``cache_dir``, also write the cache's pack of this build's analyses
    (:meth:`~graphbuild.cache.AnalysisCache.write_pack`: what the next build reads in one go), in a
    forked child while the global step runs where :func:`_fork.can_fork`, else after it; the
    result's ``pack_written`` then says so. A pack that cannot be written is logged (it only saves time).

    ``defer_keeping``: with ``cache_dir``, do not store what the next build takes from this one (the
    statement memo, the word and name answers) but leave it to the caller: the result's
    ``keep_for_next_build`` does it (the command line calls it in the child writing graph.json).
    """
    timings: dict[str, float] = {}
    early = take_early()  # started by the console script, if it was
    warm = None
    if warm_start and cache_dir is not None and nlp is None and n_process in (None, 1) and _fork.can_fork():
        warm = early or WarmWorker()
    elif early is not None:
        early.close()
    try:  # the worker is handed over when the analysis starts, or stopped; stopped here on an error
        with gc_paused():  # thousands of documents from the input cache: long-lived, acyclic
            ingested = ingest_inputs(paths, cache_dir=cache_dir, timings=timings, on_ingest=on_ingest)
        # without ``nlp``, the default pipeline is loaded only where documents are parsed
        model = model_version(nlp) if nlp is not None else installed_model_version()
        documents = ingested.documents
        cache = AnalysisCache(cache_dir, model) if cache_dir is not None else None
        if cache is not None:  # the words the previous build's global step asked about: no list to read
            entities_words.read_answers(cache.root)
            kept_answers.read(cache.root)  # and the names' folded forms, keys and places
        log.info("analysing %d document(s)", len(documents))
        failures: list[Skipped] = []
        decoded = Decoded()

        def decode(analysis: DocumentAnalysis) -> None:
            with gc_paused():  # a bulk of long-lived objects, as the global step's own decoding
                decoded.add(analysis)

        stream: Iterable[DocumentAnalysis] = analyse_documents(
            documents,
            nlp,
            n_process=n_process,
            batch_size=batch_size,
            timings=timings,
            cache=cache,
            failures=failures,
            warm=warm,
            on_cached=decode,  # cached ones decoded at once, while workers parse new ones
            cached_timexes=False,  # the global step reads none
        )
        if progress is not None:
            stream = progress(stream, len(documents))
        analyses = []
        for analysis in stream:
            analyses.append(analysis)
            decode(analysis)  # the new ones (a cached one was decoded already, and is not again)
    finally:
        if warm is not None:
            warm.close()
    # the pack needs only the analyses: written on the other core while this one runs the global step
    documents_built = [a.document for a in analyses]
    pack = _fork.start(partial(write_pack_timed, cache, documents_built)) if write_pack and cache else None
    try:
        t = time.perf_counter()
        # what statement merging decided for each block in the previous build with this cache
        memo = StatementMemo.read(cache.root, cache.document_keys()) if cache and not embeddings else None
        graph = assemble_graph(
            analyses,
            overrides=overrides,
            metadata={"model": model, "pipeline_version": PIPELINE_VERSION},
            document_notes=notes_by_document(ingested.notes),
            embeddings=embeddings,
            decoded=decoded,
            memo=memo,
        )
        if memo is not None:
            log.info("statement memo: %d of %d block(s) reused", memo.hits, len(memo.current))
        keep = partial(_keep_for_next_build, cache.root, memo) if cache is not None else None
        if keep is not None and not defer_keeping:
            keep()
        timings["resolve_and_graph"] = time.perf_counter() - t
    finally:  # the child is waited for even when the global step fails: it leaves no half-written pack
        pack_written = _pack_written(pack, timings)
    if cache is not None:
        log.info("analysis cache: %d hit(s), %d miss(es)", cache.hits, cache.misses)
    skipped = sorted([*ingested.skipped, *failures], key=lambda s: (s.path, s.line or 0, s.reason))
    built = tuple(a.document for a in analyses)
    keep_until_exit(analyses, decoded)  # not freed now, object by object, if the process ends soon
    return BuildResult(
        graph,
        built,
        tuple(skipped),
        tuple(ingested.duplicates),
        timings,
        cache,
        pack_written,
        keep if defer_keeping else None,
    )


def _keep_for_next_build(directory: Path, memo: StatementMemo | None) -> None:
    """Store in the cache ``directory`` what the next build takes from this one instead of computing
    it: statement merging's blocks, the word-frequency answers and the names' kept answers (each
    written atomically; a failure is logged, as each only saves time)."""
    if memo is not None:
        memo.write(directory)
    entities_words.write_answers(directory)
    kept_answers.write(directory)


def _pack_written(pack: _fork.Forked | None, timings: dict[str, float]) -> bool:
    """Wait for the pack's child (see :func:`~graphbuild.cache.write_pack_timed`): whether it wrote
    the pack; its time goes to ``timings["write_pack"]``. A crash is logged (the pack only saves time)."""
    if pack is None:
        return False
    try:
        written, timings["write_pack"] = pack.result()
    except GraphbuildError as exc:
        log.warning("could not write the analysis pack: %s", exc)
        return False
    return written is not None
