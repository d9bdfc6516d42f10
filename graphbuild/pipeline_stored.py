"""What the per-document stage stores for the global step, and how the global step reads it.

Work that depends on one document only runs where the document is analysed (in the worker
processes, in parallel) and is cached with its analysis in :attr:`DocumentAnalysis.extra`:
statement merging's normalised reports (:mod:`graphbuild.crossdoc_features`), the figures conflict
finding compares (:mod:`graphbuild.crossdoc_claims_stored`) and entity resolution's name items and
within-document links (:mod:`graphbuild.entities_documents`). Each is tagged with a digest of the
code that computes it; what is absent or was stored by other code is computed again by the global
step, with the same result. The exception is where a document writes names the tagger left
untagged (:func:`graphbuild.entities_recall.name_runs`), which needs the parse: an analysis stored
without them recalls no names (the analysis cache is keyed by the pipeline's version, so a build
never mixes the two).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from operator import attrgetter
from typing import Any, TypeVar

from . import (
    crossdoc_claims_stored,
    crossdoc_features,
    entities,
    entities_documents,
    entities_recall,
    entities_resolve,
)
from .crossdoc_conflicts import ReportClaim
from .crossdoc_features import ReportText
from .entities_documents import PreparedDocument
from .model import Attribution, DocumentAnalysis, Mention

T = TypeVar("T")

__all__ = [
    "ENTITY_ITEMS",
    "REPORT_CLAIMS",
    "REPORT_FEATURES",
    "Decoded",
    "precomputed_report_claims",
    "precomputed_report_features",
    "resolve_analyses",
    "stored_for_global_step",
]


def stored_for_global_step(
    mentions: Sequence[Mention], attributions: Sequence[Attribution], document: Any, doc: Any
) -> dict[str, Any]:
    """The :attr:`DocumentAnalysis.extra` of one document, from its mentions, attributions, the
    document and its parse (``doc``): what the global step reads of it alone (JSON-ready, as the
    analysis cache stores it), with where it writes names no entity covers
    (:func:`graphbuild.entities_recall.name_runs`)."""
    contents = [a.content_text for a in attributions]
    return {
        REPORT_FEATURES: crossdoc_features.encode(contents),
        REPORT_CLAIMS: crossdoc_claims_stored.encode(contents),
        ENTITY_ITEMS: entities_documents.encode(mentions, entities_documents.prepare_document(mentions)),
        entities_recall.NAME_RUNS: entities_recall.name_runs(document, doc, mentions),
    }


#: Key of :mod:`graphbuild.crossdoc_features` data in :attr:`DocumentAnalysis.extra`.
REPORT_FEATURES = "report_features"
#: Key of :mod:`graphbuild.crossdoc_claims_stored` data in :attr:`DocumentAnalysis.extra`.
REPORT_CLAIMS = "report_claims"
#: Key of :mod:`graphbuild.entities_documents` data in :attr:`DocumentAnalysis.extra`.
ENTITY_ITEMS = "entity_items"


class Decoded:
    """What the global step reads of the analyses' :attr:`~DocumentAnalysis.extra`, decoded once per
    analysis: entity resolution's prepared document, statement merging's report features and the
    figures conflict finding compares. A build adds each analysis as it comes in
    (:func:`graphbuild.pipeline.build_paths`), so those read from the cache are decoded while worker
    processes still parse the new documents; of an analysis not added, each part is decoded when it
    is first read."""

    def __init__(self) -> None:
        self._by_analysis: dict[int, _Stored] = {}

    def add(self, analysis: DocumentAnalysis) -> None:
        """Decode all that ``analysis`` stored for the global step."""
        stored = self.of(analysis)
        _ = stored.items, stored.features, stored.claims

    def of(self, analysis: DocumentAnalysis) -> _Stored:
        """What ``analysis`` stored (each part decoded on first read)."""
        hit = self._by_analysis.get(id(analysis))
        if hit is None or hit.analysis is not analysis:
            # the entry keeps its analysis alive, so the id stays that analysis's own
            hit = self._by_analysis[id(analysis)] = _Stored(analysis)
        return hit


class _Stored:
    """One analysis's stored data (see :class:`Decoded`), each part decoded on first read; ``items``
    None when absent or stored by other code, the mappings then empty."""

    def __init__(self, analysis: DocumentAnalysis) -> None:
        self.analysis = analysis

    @cached_property
    def items(self) -> PreparedDocument | None:
        return entities_documents.decode(self.analysis.extra.get(ENTITY_ITEMS), self.analysis.mentions)

    @cached_property
    def features(self) -> Mapping[str, ReportText]:
        return self._reports(REPORT_FEATURES, crossdoc_features.decode)

    @cached_property
    def claims(self) -> Mapping[str, list[ReportClaim]]:
        return self._reports(REPORT_CLAIMS, crossdoc_claims_stored.decode)

    def _reports(self, key: str, decode: Callable[[Any, Sequence[str]], Mapping[str, T]]) -> Mapping[str, T]:
        """Report texts -> what the per-document stage stored under ``key`` for them, read by ``decode``."""
        texts = [att.content_text for att in self.analysis.attributions]
        return decode(self.analysis.extra.get(key), texts) if texts else {}


def _by_text(
    analyses: Iterable[DocumentAnalysis], decoded: Decoded | None, part: Callable[[_Stored], Mapping[str, T]]
) -> dict[str, T]:
    """Report texts -> what ``part`` reads of each analysis's stored data (analyses stored by other
    code contribute nothing: the global step computes those)."""
    decoded = decoded or Decoded()
    out: dict[str, T] = {}
    for a in analyses:
        if a.attributions:
            out.update(part(decoded.of(a)))
    return out


def precomputed_report_features(
    analyses: Iterable[DocumentAnalysis], decoded: Decoded | None = None
) -> dict[str, ReportText]:
    """Report texts -> their :class:`~graphbuild.crossdoc_features.ReportText`, as the per-document
    stage stored them (analyses cached by other code contribute nothing: merging computes those).
    ``decoded``: what was decoded of the analyses already."""
    return _by_text(analyses, decoded, attrgetter("features"))


def precomputed_report_claims(
    analyses: Iterable[DocumentAnalysis], decoded: Decoded | None = None
) -> dict[str, list[ReportClaim]]:
    """Report texts -> their :func:`~graphbuild.crossdoc_conflicts.report_claims`, as the
    per-document stage stored them (analyses cached by other code contribute nothing: conflict
    finding reads those texts). ``decoded``: what was decoded of the analyses already."""
    return _by_text(analyses, decoded, attrgetter("claims"))


def resolve_analyses(
    analyses: Sequence[DocumentAnalysis], *, overrides: Any = None, decoded: Decoded | None = None
) -> entities.Resolution:
    """:func:`graphbuild.entities.resolve_entities` of the analyses' mentions, from each document's
    items and links as the per-document stage stored them (prepared again when absent or stored by
    other code; ``decoded``: what was decoded of the analyses already). The same entities as
    resolving all the mentions at once; when two analyses share a document id, or a mention names
    another document, that is what is done.

    The entities then take the mentions recalled from the names documents write that the tagger
    tagged elsewhere (:func:`graphbuild.entities_recall.with_recalled`)."""
    ids = [a.document.id for a in analyses]
    if len(set(ids)) != len(ids) or any(m.doc_id != a.document.id for a in analyses for m in a.mentions):
        found = entities_resolve.resolve_mentions([m for a in analyses for m in a.mentions], overrides)
    else:
        decoded = decoded or Decoded()
        prepared = []
        for a in sorted(analyses, key=lambda a: a.document.id):
            p = decoded.of(a).items
            prepared.append(p if p is not None else entities_documents.prepare_document(a.mentions))
        found = entities_resolve.resolve_prepared(prepared, overrides)
    return entities.Resolution(entities_recall.with_recalled(found, analyses))
