"""Stored explorer layouts, so an incremental build keeps the map its user has learned.

A large graph's explorer opens on a precomputed layout (:mod:`.html_layout`). A full build lays
it out from scratch: one new node can move every other. An incremental build (``graphbuild
build NEW --into DIR``) instead starts from the positions of the previous build's explorer,
stored next to its outputs: every node that was on the previous map keeps its place and only
the new ones are fitted in (mental-map preservation in dynamic graph drawing). A stored file
that is missing, unreadable, of another format or of a different graph (fewer than half of the
nodes placed) is logged and the full layout runs: never an error.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from graphbuild._io import atomic_write_bytes
from graphbuild.errors import GraphbuildError

from .html_layout import extend_layout

__all__ = ["POSITIONS_FILE", "place_from_previous", "read_positions", "write_positions"]

logger = logging.getLogger(__name__)

#: The file in a build's output directory holding its explorer's node positions.
POSITIONS_FILE = ".graphbuild-layout.json"
#: Version of the file's layout; a file of another version is not used.
POSITIONS_FORMAT = 1
#: Below this share of the new graph's nodes found in the stored layout, the graph is laid out
#: afresh: fitting most of a map in around a few fixed nodes would keep little worth keeping.
MIN_KNOWN_SHARE = 0.5

Positions = dict[str, tuple[float, float]]


def read_positions(path: str | os.PathLike[str]) -> Positions | None:
    """The node positions stored in ``path`` (node id -> (x, y)), or None (logged) when the file
    is missing, unreadable or not a positions file of this format."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        logger.info("no stored explorer layout in %s: laying the graph out afresh", path)
        return None
    except OSError as exc:
        logger.warning(
            "cannot read the stored explorer layout %s (%s): laying the graph out afresh", path, exc
        )
        return None
    try:
        data = orjson.loads(raw)
        return _validated(data)
    except (orjson.JSONDecodeError, ValueError, TypeError) as exc:
        logger.warning("ignoring the stored explorer layout %s (%s): laying the graph out afresh", path, exc)
        return None


def _validated(data: Any) -> Positions:
    if not isinstance(data, dict) or data.get("format") != POSITIONS_FORMAT:
        raise ValueError(f"not a layout file of format {POSITIONS_FORMAT}")
    nodes = data.get("nodes")
    if not isinstance(nodes, dict):
        raise ValueError("no node positions")
    out: Positions = {}
    for node_id, xy in nodes.items():
        if (
            type(xy) is not list
            or len(xy) != 2
            or not all(type(c) in (int, float) and math.isfinite(c) for c in xy)
        ):
            raise ValueError(f"bad position for {node_id!r}")
        out[node_id] = (xy[0], xy[1])
    return out


def write_positions(
    path: str | os.PathLike[str], positions: Mapping[str, tuple[float, float]] | None
) -> None:
    """Store ``positions`` in ``path`` atomically (None: remove a stored file, as a page laid out
    by the browser has none). A failure is logged, never raised: the next incremental build then
    lays its graph out afresh."""
    target = Path(path)
    try:
        if positions is None:
            target.unlink(missing_ok=True)
            return
        data = {"format": POSITIONS_FORMAT, "nodes": {n: list(xy) for n, xy in positions.items()}}
        atomic_write_bytes(target, orjson.dumps(data, option=orjson.OPT_SORT_KEYS), durable=False)
    except (OSError, GraphbuildError) as exc:
        logger.warning("could not store the explorer layout in %s: %s", target, exc)


def place_from_previous(
    nodes: list[dict[str, Any]], pairs: np.ndarray, previous: Mapping[str, tuple[float, float]]
) -> bool:
    """Give every payload node ``x`` and ``y``: those in ``previous`` keep theirs, the others are
    fitted in around them (:func:`~.html_layout.extend_layout`). False (nothing set, logged)
    when too few nodes are in ``previous`` for its layout to be worth keeping.

    ``pairs`` holds each edge's (from, to) node indices into ``nodes``.
    """
    n = len(nodes)
    known = np.zeros(n, dtype=bool)
    start = np.zeros((n, 2))
    for i, node in enumerate(nodes):
        xy = previous.get(node["id"])
        if xy is not None:
            known[i] = True
            start[i] = xy
    found = int(known.sum())
    if n == 0 or found < MIN_KNOWN_SHARE * n:
        logger.info("the stored explorer layout places %d of %d nodes: laying the graph out afresh", found, n)
        return False
    positions = extend_layout(n, pairs, known, start)
    xs = positions[:, 0].tolist()
    ys = positions[:, 1].tolist()
    for i, node in enumerate(nodes):
        if known[i]:
            node["x"], node["y"] = previous[node["id"]]
        else:
            node["x"], node["y"] = round(xs[i], 1), round(ys[i], 1)
    logger.info("explorer layout: %d node(s) kept their places, %d new", found, n - found)
    return True
