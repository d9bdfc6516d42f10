"""What a build returns: the graph, and what happened on the way (see :func:`graphbuild.pipeline.build_paths`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import networkx as nx

from .cache import AnalysisCache
from .model import Document, Skipped


@dataclass(frozen=True)
class BuildResult:
    """A built graph plus what happened on the way (for summaries and reports)."""

    graph: nx.MultiDiGraph
    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    duplicates: tuple[Skipped, ...]
    timings: dict[str, float] = field(default_factory=dict, compare=False)
    #: The analysis cache the build used, if any (e.g. for :meth:`~graphbuild.cache.AnalysisCache.write_pack`).
    analysis_cache: AnalysisCache | None = field(default=None, compare=False, repr=False)
    #: Whether the build wrote the cache's pack already (:func:`build_paths`' ``write_pack``).
    pack_written: bool = field(default=False, compare=False)
    #: What the build keeps in its cache for the next one, when :func:`build_paths` was asked to leave
    #: that to the caller (``defer_keeping``): call it once, e.g. in a child while the parent goes on.
    keep_for_next_build: Callable[[], None] | None = field(default=None, compare=False, repr=False)

    def counts(self) -> dict[str, int]:
        kinds: dict[str, int] = {}
        for _, kind in self.graph.nodes(data="kind"):
            kinds[kind] = kinds.get(kind, 0) + 1
        return kinds

    def conflicts(self) -> int:
        """The number of CONFLICTS_WITH edges. They join statements, so only statements' edges are
        read: a pass over every edge of a big graph costs a noticeable part of a small ``--into``."""
        nodes, succ = self.graph._node, self.graph._succ
        return sum(
            1
            for n, attrs in nodes.items()
            if attrs.get("kind") == "Statement"
            for keyed in succ[n].values()
            for data in keyed.values()
            if data.get("kind") == "CONFLICTS_WITH"
        )


__all__ = ["BuildResult"]
