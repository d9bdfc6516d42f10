"""What the command modules of the ``graphbuild`` command line share: exit codes, the default
graph path, and :func:`_clean_errors`, which turns library errors into a one-line message and a
non-zero exit (never a traceback for a user mistake)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .errors import GraphbuildError

EXIT_FAILURE = 1
EXIT_WARNINGS = 3
DEFAULT_GRAPH = "out/graph.json"

F = TypeVar("F", bound=Callable[..., Any])


def _clean_errors(func: F) -> F:
    """Turn library errors into click errors (message, exit 1, no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GraphbuildError as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:
            # file-system problems the library did not anticipate still get a clean message
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from exc

    return wrapper  # type: ignore[return-value]
