"""What statement merging reads of each report's text, computed once, in the per-document stage.

Normalising a report's content (:func:`~graphbuild.crossdoc_tokens.content_tokens`,
:func:`~graphbuild.crossdoc_tokens.content_features`) depends on that text alone, so it runs
where the document is analysed: in the worker processes, in parallel, and stored with the
analysis in the cache. The global merge (:func:`graphbuild.crossdoc.merge_statements`) then only
compares; an incremental build does not normalise the texts of cached documents again.

The stored form carries :data:`FEATURES_VERSION`, a digest of the code that computes it: an
analysis cached by other code is decoded as "not available" and its texts are normalised again,
so stored features can never disagree with the code that reads them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import (
    crossdoc_figures,
    crossdoc_guards,
    crossdoc_lexicon,
    crossdoc_synonyms,
    crossdoc_tokens,
    crossdoc_words,
)
from ._io import source_digest
from .crossdoc_guards import Figure, figure_ranges
from .crossdoc_tokens import ContentFeatures, content_features, content_tokens
from .temporal import lexicon as temporal_lexicon

#: Digest of the source of every module that computes report features: the normalisation
#: (crossdoc_tokens, its word keys, crossdoc_words, and its reading of figures, crossdoc_figures), its word
#: lists (crossdoc_lexicon, crossdoc_synonyms, and the number words of the temporal lexicon), the figure
#: ranges (crossdoc_guards) and this module.
FEATURES_VERSION = source_digest(
    (
        crossdoc_tokens,
        crossdoc_words,
        crossdoc_figures,
        crossdoc_lexicon,
        crossdoc_synonyms,
        crossdoc_guards,
        temporal_lexicon,
        sys.modules[__name__],
    )
)


@dataclass(frozen=True)
class ReportText:
    """A report content's normalised words: all of them, the common (non-name) ones, features, and
    the values its figures can stand for (:func:`~graphbuild.crossdoc_guards.figure_ranges`; read
    only when the content has figures, so empty when ``features.numbers`` is)."""

    tokens: frozenset[str]
    common: frozenset[str]
    features: ContentFeatures
    figures: Mapping[str, Figure]


def report_text(text: str) -> ReportText:
    """The features of one report content (what merge_statements would compute from ``text``)."""
    features = content_features(text)
    return ReportText(
        content_tokens(text),
        content_tokens(text, names=False),
        features,
        figure_ranges(text) if features.numbers else {},
    )


def _sets(values: Iterable[frozenset[str]]) -> list[list[str]]:
    return [sorted(v) for v in values]


def encode(texts: Sequence[str]) -> dict[str, Any]:
    """JSON-ready features of ``texts`` (one entry per text, in order), tagged with the code version."""
    reports = []
    for text in texts:
        r = report_text(text)
        f = r.features
        reports.append(
            [
                *_sets((r.tokens, r.common, f.tokens, f.names, f.numbers, f.plain, f.negated, f.poles)),
                _sets(f.bigrams),
                [[token, g.lo, g.hi, g.duration] for token, g in r.figures.items()],
            ]
        )
    return {"version": FEATURES_VERSION, "reports": reports}


def decode(data: Any, texts: Sequence[str]) -> dict[str, ReportText]:
    """Features by text from :func:`encode` output for ``texts``; empty when stored by other code
    or malformed (the caller then computes what it needs)."""
    if not isinstance(data, Mapping) or data.get("version") != FEATURES_VERSION:
        return {}
    reports = data.get("reports")
    if not isinstance(reports, list) or len(reports) != len(texts):
        return {}
    out: dict[str, ReportText] = {}
    try:
        for text, (tokens, common, ftok, names, numbers, plain, negated, poles, bigrams, figures) in zip(
            texts, reports, strict=True
        ):
            features = ContentFeatures(
                frozenset(ftok),
                frozenset(names),
                frozenset(numbers),
                frozenset(plain),
                frozenset(negated),
                frozenset(poles),
                frozenset(map(frozenset, bigrams)),
            )
            # a figure too big for a float was stored as null: float(None) raises, and all is recomputed
            ranges = {t: Figure(float(lo), float(hi), bool(d)) for t, lo, hi, d in figures} if figures else {}
            out[text] = ReportText(frozenset(tokens), frozenset(common), features, ranges)
    except (TypeError, ValueError):
        return {}
    return out
