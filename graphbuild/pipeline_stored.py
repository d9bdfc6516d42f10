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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

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
    processes still parse the new documents; what was not added is decoded when it is read."""

    def __init__(self) -> None:
        self._by_analysis: dict[int, tuple[DocumentAnalysis, _Stored]] = {}

    def add(self, analysis: DocumentAnalysis) -> None:
        """Decode what ``analysis`` stored for the global step."""
        extra = analysis.extra
        texts = [att.content_text for att in analysis.attributions]
        stored = _Stored(
            entities_documents.decode(extra.get(ENTITY_ITEMS), analysis.mentions),
            crossdoc_features.decode(extra.get(REPORT_FEATURES), texts) if texts else {},
            crossdoc_claims_stored.decode(extra.get(REPORT_CLAIMS), texts) if texts else {},
        )
        self._by_analysis[id(analysis)] = (analysis, stored)  # kept alive here: its id stays its own

    def of(self, analysis: DocumentAnalysis) -> _Stored:
        """What ``analysis`` stored, decoded (now, if it was not added)."""
        hit = self._by_analysis.get(id(analysis))
        if hit is None or hit[0] is not analysis:
            self.add(analysis)
            hit = self._by_analysis[id(analysis)]
        return hit[1]


@dataclass(frozen=True)
class _Stored:
    """One analysis's stored data, decoded (see :class:`Decoded`); ``items`` None when absent or
    stored by other code, the mappings then empty."""

    items: PreparedDocument | None
    features: Mapping[str, ReportText]
    claims: Mapping[str, list[ReportClaim]]


def precomputed_report_features(
    analyses: Iterable[DocumentAnalysis], decoded: Decoded | None = None
) -> dict[str, ReportText]:
    """Report texts -> their :class:`~graphbuild.crossdoc_features.ReportText`, as the per-document
    stage stored them (analyses cached by other code contribute nothing: merging computes those).
    ``decoded``: what was decoded of the analyses already."""
    decoded = decoded or Decoded()
    out: dict[str, ReportText] = {}
    for a in analyses:
        if a.attributions:
            out.update(decoded.of(a).features)
    return out


def precomputed_report_claims(
    analyses: Iterable[DocumentAnalysis], decoded: Decoded | None = None
) -> dict[str, list[ReportClaim]]:
    """Report texts -> their :func:`~graphbuild.crossdoc_conflicts.report_claims`, as the
    per-document stage stored them (analyses cached by other code contribute nothing: conflict
    finding reads those texts). ``decoded``: what was decoded of the analyses already."""
    decoded = decoded or Decoded()
    out: dict[str, list[ReportClaim]] = {}
    for a in analyses:
        if a.attributions:
            out.update(decoded.of(a).claims)
    return out


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
