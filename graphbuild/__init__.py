"""graphbuild: news articles in, an event timeline and a knowledge graph out.

>>> import graphbuild
>>> kg = graphbuild.build(["seeds"])            # doctest: +SKIP
>>> kg.timeline(entity="Stoltenberg")[0].text   # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GraphbuildError, InputError

if TYPE_CHECKING:
    from spacy.language import Language

    from .api import KnowledgeGraph

__all__ = ["GraphbuildError", "InputError", "KnowledgeGraph", "__version__", "build", "load"]
__version__ = "0.1.0"


def build(
    paths: Iterable[str | Path] | str | Path,
    *,
    nlp: Language | None = None,
    overrides: Any = None,
    n_process: int | None = None,
) -> KnowledgeGraph:
    """Read articles (files or directories) and build their knowledge graph.

    Bad inputs are skipped with a logged reason (see :func:`graphbuild.pipeline.build_paths`
    for the skipped list); ``nlp`` defaults to the installed English pipeline.
    """
    from .api import KnowledgeGraph
    from .pipeline import build_paths

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return KnowledgeGraph(build_paths(paths, nlp=nlp, overrides=overrides, n_process=n_process).graph)


def load(path: str | Path) -> KnowledgeGraph:
    """Load a graph.json written by :meth:`KnowledgeGraph.save` or ``graphbuild build``."""
    from .api import KnowledgeGraph

    return KnowledgeGraph.load(path)


def __getattr__(name: str) -> Any:
    # the API (and networkx under it) is imported on first use: the console script starts an
    # incremental build's worker before that import (see graphbuild._launch)
    if name == "KnowledgeGraph":
        from .api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
