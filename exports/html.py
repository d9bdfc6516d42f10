"""The HTML explorer: one self-contained, offline page for browsing a graphbuild graph.

The page inlines vis-network and vis-timeline (vendored in ``templates/`` with their
licences), the explorer's own script and style, and the graph as JSON in a
``<script type="application/json">`` block. A Content-Security-Policy allows only those
inline scripts (by hash) and no network access at all, so the file opens from disk and
article text can neither run code nor fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import os
import re
import secrets
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import networkx as nx

from graphbuild._io import gc_paused
from graphbuild.errors import ExportError

from .html_data import ExplorerData, explorer_data
from .html_json import NotChunkable, payload_json_pieces, script_safe_json_pieces

__all__ = ["PHYSICS_NODE_LIMIT", "render_explorer", "write_explorer"]

logger = logging.getLogger(__name__)

#: Above this many nodes the layout is computed in Python and the page starts with physics off.
#: Measured in headless Chromium on 2 shared cores: 1,000 synthetic nodes are interactive after
#: 4-8 s with vis physics, 1.6-1.9 s with the precomputed layout; 300 nodes with physics, ~2 s.
PHYSICS_NODE_LIMIT = 500

# Order matters: vis-timeline first, so vis-network's DataSet/DataView win on the shared
# ``vis`` global the explorer uses for the network.
_VENDORED_SCRIPTS = ("vis-timeline-graph2d.min.js", "vis-network.min.js")
_PLACEHOLDER_RE = re.compile(rb"\{\{(TITLE|CSP|STYLE|DATA|SCRIPTS)\}\}")
_SCRIPT_END_RE = re.compile(r"</script|<!--", re.IGNORECASE)
#: The page file's write buffer: a few dozen writes of a page of tens of MB, not thousands.
_WRITE_BUFFER = 1 << 20


@cache
def _template(name: str) -> str:
    try:
        return (
            resources.files("graphbuild.exports")
            .joinpath("templates")
            .joinpath(name)
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ExportError(f"explorer template {name!r} is missing from the installed package") from exc


def _script_hash(body: bytes) -> str:
    digest = hashlib.sha256(body).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _inline_scripts() -> list[bytes]:
    """The scripts the page inlines, as UTF-8 (encoded once: hashed for the CSP, then written)."""
    bodies = [_template(name) for name in (*_VENDORED_SCRIPTS, "explorer.js")]
    for name, body in zip((*_VENDORED_SCRIPTS, "explorer.js"), bodies, strict=True):
        if _SCRIPT_END_RE.search(body):
            raise ExportError(f"template {name} contains '</script' or '<!--' and cannot be inlined")
    return [body.encode("utf-8") for body in bodies]


def _layout(
    data: ExplorerData, previous: Mapping[str, tuple[float, float]] | None = None
) -> list[tuple[float, float]]:
    """Each node's (x, y): fitted in around the ``previous`` positions when they suit the graph
    (see :mod:`.html_positions`), else a fresh force layout."""
    from .html_layout import force_layout

    if previous is not None:
        from .html_positions import positions_from_previous

        placed = positions_from_previous(data.ids, data.ends, previous)
        if placed is not None:
            return placed
    positions = force_layout(len(data.ids), data.ends)
    xs = map(round, positions[:, 0].tolist(), repeat(1))
    ys = map(round, positions[:, 1].tolist(), repeat(1))
    return list(zip(xs, ys, strict=True))


def render_explorer(
    graph: nx.MultiDiGraph,
    *,
    title: str = "graphbuild",
    physics_node_limit: int | None = None,
    texts: Mapping[str, str] | None = None,
) -> str:
    """The explorer page for ``graph`` as one self-contained HTML string (no network needed).

    Graphs with more than ``physics_node_limit`` nodes (default :data:`PHYSICS_NODE_LIMIT`)
    get a precomputed layout and start with physics off. ``texts`` (document id -> document
    text) is optional: with it, each report is shown in its whole sentence (REPORTS edges
    carrying ``sentence_text`` need no texts). The graph is only read; the same inputs
    always give the same string.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("ent:1", kind="Entity", name="Ada", type="PERSON", aliases=["Ada"], mentions=1)
    >>> "<!DOCTYPE html>" in render_explorer(g, title="demo")
    True
    """
    return _render_bytes(graph, title, physics_node_limit, texts).decode("utf-8")


def _render_bytes(
    graph: nx.MultiDiGraph, title: str, physics_node_limit: int | None, texts: Mapping[str, str] | None
) -> bytes:
    """The page as UTF-8 (the writer needs bytes: no decode and re-encode of a page of tens of MB)."""
    with gc_paused():
        page, _ = _render(graph, title, physics_node_limit, texts, None)
        try:
            text = b"".join(page.pieces(chunked=True))
        except NotChunkable:
            text = b"".join(page.pieces(chunked=False))
        del page  # while the collector is off (see write_explorer)
    return text


class _Page(NamedTuple):
    """A rendered page before its data is encoded: the template's pieces with None where the
    data goes, and the data."""

    parts: list[bytes | None]
    payload: dict[str, Any]

    def pieces(self, *, chunked: bool) -> Iterator[bytes | memoryview]:
        """The page as UTF-8 pieces in order, the data encoded as they are asked for (``chunked``,
        which raises :class:`NotChunkable` for data it cannot encode a part at a time) or at once."""
        for part in self.parts:
            if part is not None:
                yield part
            elif chunked:
                yield from payload_json_pieces(self.payload)
            else:
                yield from script_safe_json_pieces(self.payload)


def _render(
    graph: nx.MultiDiGraph,
    title: str,
    physics_node_limit: int | None,
    texts: Mapping[str, str] | None,
    previous: Mapping[str, tuple[float, float]] | None,
) -> tuple[_Page, dict[str, tuple[float, float]] | None]:
    """The page (see :class:`_Page`) and its precomputed node positions (None when the browser
    lays the graph out)."""
    limit = PHYSICS_NODE_LIMIT if physics_node_limit is None else physics_node_limit
    data = explorer_data(graph, title=title, texts=texts, share_attributes=True)  # only serialised
    large = len(data.ids) > limit
    xys = _layout(data, previous) if large else None
    payload = data.payload(xys)
    payload["layout"] = "precomputed" if large else "physics"
    positions = None if xys is None else dict(zip(data.ids, xys, strict=True))
    scripts = _inline_scripts()
    csp = "; ".join(
        (
            "default-src 'none'",
            "script-src " + " ".join(_script_hash(body) for body in scripts),
            "style-src 'unsafe-inline'",
            "img-src data: blob:",
            "font-src data:",
            "connect-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
        )
    )
    values: dict[bytes, bytes | None] = {
        b"TITLE": html.escape(title, quote=True).encode("utf-8"),
        b"CSP": html.escape(csp, quote=True).encode("utf-8"),
        b"STYLE": _template("explorer.css").encode("utf-8"),
        b"DATA": None,  # encoded while the page is written (see _Page.pieces)
        b"SCRIPTS": b"\n".join(b"<script>" + body + b"</script>" for body in scripts),
    }
    # Placeholders are found in the template alone, so text inside the data can never be taken
    # for one; split with a capturing group puts each placeholder's name at an odd position.
    pieces = _PLACEHOLDER_RE.split(_template("explorer.html").encode("utf-8"))
    return _Page([values[piece] if i % 2 else piece for i, piece in enumerate(pieces)], payload), positions


def _write_page(handle: BinaryIO, page: _Page) -> int:
    """Write ``page`` to ``handle`` (at its start) and return its size in bytes. Data that cannot be
    encoded a part at a time is written again, encoded at once."""
    try:
        handle.writelines(page.pieces(chunked=True))
    except NotChunkable:
        handle.seek(0)
        handle.truncate()
        handle.writelines(page.pieces(chunked=False))
    return handle.tell()


def write_explorer(
    graph: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    title: str = "graphbuild",
    physics_node_limit: int | None = None,
    texts: Mapping[str, str] | None = None,
    positions_file: str | os.PathLike[str] | None = None,
    keep_positions: bool = False,
) -> Path:
    """Write the explorer for ``graph`` to ``path`` atomically and return the path.

    The page is rendered by :func:`render_explorer` (see it for the options), written to a temporary file next to
    ``path`` and moved over it with :func:`os.replace`, so readers never see half a file.
    The parent directory must exist. Raises :class:`~graphbuild.errors.ExportError` on failure.

    ``positions_file``: where the page's precomputed node positions are stored after it is
    written (removed when the browser lays the graph out). With ``keep_positions`` the layout
    starts from the positions stored there before (an incremental build): nodes found there
    keep their places and only new ones are fitted in; a missing, unreadable or unsuitable file
    means a fresh layout (logged, see :mod:`graphbuild.exports.html_positions`).

    >>> import networkx as nx, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "explorer.html"
    >>> write_explorer(nx.MultiDiGraph(), out).name
    'explorer.html'
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"{target}: directory {target.parent} does not exist")
    temp = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
    with gc_paused():
        previous = None
        if keep_positions and positions_file is not None:
            from .html_positions import read_positions

            previous = read_positions(positions_file)
        page, positions = _render(graph, title, physics_node_limit, texts, previous)
        try:
            # os.open with 0o666 lets the user's umask decide the final permissions.
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            with os.fdopen(fd, "wb", buffering=_WRITE_BUFFER) as handle:
                size = _write_page(handle, page)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException as exc:
            temp.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise ExportError(f"{target}: cannot write the explorer: {exc}") from exc
            raise
        # The payload's hundreds of thousands of objects go while the collector is off: alive after
        # it, they would be scanned by the next collections (write_positions' would take 0.1 s).
        del page
    if positions_file is not None:
        from .html_positions import write_positions

        write_positions(positions_file, positions)
    logger.info("wrote explorer %s (%d nodes, %d bytes)", target, graph.number_of_nodes(), size)
    return target
