"""One exception hierarchy for every error graphbuild raises on purpose.

User errors (bad input, bad options) derive from :class:`GraphbuildError`; the
CLI prints their message and exits non-zero without a traceback.
"""

from __future__ import annotations


class GraphbuildError(Exception):
    """Base class of every error graphbuild raises deliberately."""


class InputError(GraphbuildError):
    """An input file or value is unusable. The message names the file and the problem."""

    def __init__(self, path: str, problem: str, *, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class ModelNotFoundError(GraphbuildError):
    """No usable spaCy English pipeline is installed."""


class GraphFormatError(GraphbuildError):
    """A graph.json file is not a graphbuild graph."""


class QueryError(GraphbuildError):
    """A named query is unknown or its parameters are wrong."""


class ExportError(GraphbuildError):
    """An exporter could not write its output."""


class Neo4jError(GraphbuildError):
    """The Neo4j server or export failed (server down, wrong password, ...)."""
