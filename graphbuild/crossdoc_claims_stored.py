"""The numeric claims of each report, computed once, in the per-document stage.

What a report's figures count (:func:`~graphbuild.crossdoc_conflicts.report_claims`) depends on
its text alone, so it is read where the document is analysed (in the worker processes, in
parallel) and stored with the analysis in the cache; :func:`~graphbuild.crossdoc_conflicts_find.find_conflicts`
then only ties them to statements and compares. An incremental build does not read the figures of
cached documents again.

The stored form carries :data:`CLAIMS_VERSION`, a digest of the code that computes it: an
analysis stored by other code decodes as "not available" and its texts are read again, so stored
claims can never disagree with the code that reads them.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from . import (
    crossdoc_conflicts,
    crossdoc_conflicts_counted,
    crossdoc_counted,
    crossdoc_figures,
    crossdoc_lexicon,
    crossdoc_numbers,
    crossdoc_occasion,
    crossdoc_synonyms,
    crossdoc_tokens,
    crossdoc_words,
)
from ._io import source_digest
from .crossdoc_conflicts import ReportClaim, report_claims
from .temporal import lexicon as temporal_lexicon

#: Digest of the source of every module that reads a report's claims (figures, counted classes, the
#: normalised context words and their word lists) and of this module.
CLAIMS_VERSION = source_digest(
    (
        crossdoc_conflicts,
        crossdoc_conflicts_counted,
        crossdoc_counted,
        crossdoc_figures,
        crossdoc_lexicon,
        crossdoc_numbers,
        crossdoc_occasion,
        crossdoc_synonyms,
        crossdoc_tokens,
        crossdoc_words,
        temporal_lexicon,
        sys.modules[__name__],
    )
)


def _number(x: float) -> Any:
    # JSON has no infinity (the cache writes it as null): those are kept as text, read by float()
    return x if math.isfinite(x) else repr(x)


def _value(x: Any) -> float:
    if isinstance(x, bool) or not isinstance(x, (int, float, str)):
        raise TypeError(f"not a number: {x!r}")
    return float(x) if isinstance(x, str) else x


def encode(texts: Sequence[str]) -> dict[str, Any]:
    """JSON-ready claims of ``texts`` (one list per text, in order), tagged with the code version.

    >>> data = encode(["At least 20 people were killed.", "Nothing counted."])
    >>> [len(c) for c in data["reports"]]
    [1, 0]
    """
    reports = []
    for text in texts:
        reports.append(
            [
                [_number(value), qual, noun, quantity, shown, _number(low), _number(high), sorted(near)]
                for value, qual, noun, quantity, shown, low, high, near in report_claims(text)
            ]
        )
    return {"version": CLAIMS_VERSION, "reports": reports}


def decode(data: Any, texts: Sequence[str]) -> dict[str, list[ReportClaim]]:
    """Claims by text from :func:`encode` output for ``texts``; empty when stored by other code or
    malformed (the caller then reads the texts again)."""
    if not isinstance(data, Mapping) or data.get("version") != CLAIMS_VERSION:
        return {}
    reports = data.get("reports")
    if not isinstance(reports, list) or len(reports) != len(texts):
        return {}
    out: dict[str, list[ReportClaim]] = {}
    try:
        for text, claims in zip(texts, reports, strict=True):
            out[text] = [
                (_value(value), qual, noun, quantity, shown, _value(low), _value(high), frozenset(near))
                for value, qual, noun, quantity, shown, low, high, near in claims
            ]
    except (TypeError, ValueError):
        return {}
    return out
