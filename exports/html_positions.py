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
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from graphbuild._io import atomic_write_bytes
from graphbuild.errors import GraphbuildError

from .html_layout import extend_layout

__all__ = [
    "POSITIONS_FILE",
    "place_from_previous",
    "positions_from_previous",
    "read_positions",
    "write_positions",
]

logger = logging.getLogger(__name__)

#: The file in a build's output directory holding its explorer's node positions.
POSITIONS_FILE = ".graphbuild-layout.json"
#: Version of the file's layout; a file of another version is not used.
POSITIONS_FORMAT = 1
#: Below this share of the new graph's nodes found in the stored layout, the graph is laid out
#: afresh: fitting most of a map in around a few fixed nodes would keep little worth keeping.
MIN_KNOWN_SHARE = 0.5

Positions = dict[str, tuple[float, float]]

_ORIGIN = (0.0, 0.0)


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
    values = list(nodes.values())
    # The usual file, checked with C-level loops (one per check, not one Python step per node);
    # anything else goes through the check per node below, which names what is wrong.
    if set(map(type, values)) <= {list} and set(map(len, values)) <= {2}:
        coordinates = list(chain.from_iterable(values))
        if set(map(type, coordinates)) <= {int, float}:
            try:
                finite = bool(np.isfinite(np.array(coordinates, dtype=float)).all())
            except OverflowError:  # an int too large for a float
                finite = False
            if finite:
                return dict(zip(nodes, map(tuple, values), strict=True))
    out: Positions = {}
    for node_id, xy in nodes.items():
        if (
            type(xy) is not list
            or len(xy) != 2
            or not all(type(c) in (int, float) and _finite(c) for c in xy)
        ):
            raise ValueError(f"bad position for {node_id!r}")
        out[node_id] = (xy[0], xy[1])
    return out


def _finite(value: float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


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
        # (x, y) pairs are JSON arrays as they are: no copy of the dict as lists
        nodes = positions if type(positions) is dict else dict(positions)
        data = {"format": POSITIONS_FORMAT, "nodes": nodes}
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
    placed = positions_from_previous(list(map(itemgetter("id"), nodes)), pairs, previous)
    if placed is None:
        return False
    for node, (x, y) in zip(nodes, placed, strict=True):
        node["x"], node["y"] = x, y
    return True


def positions_from_previous(
    ids: list[str], pairs: np.ndarray, previous: Mapping[str, tuple[float, float]]
) -> list[tuple[float, float]] | None:
    """Each node's (x, y): the nodes of ``ids`` found in ``previous`` keep theirs, the others are
    fitted in around them (:func:`~.html_layout.extend_layout`). None (logged) when too few nodes
    are in ``previous`` for its layout to be worth keeping.

    ``pairs`` holds each edge's (from, to) as indices into ``ids``.
    """
    n = len(ids)
    found_xy: list[tuple[float, float] | None] = list(map(previous.get, ids))
    new = [i for i, xy in enumerate(found_xy) if xy is None]
    found = n - len(new)
    if n == 0 or found < MIN_KNOWN_SHARE * n:
        logger.info("the stored explorer layout places %d of %d nodes: laying the graph out afresh", found, n)
        return None
    known = np.ones(n, dtype=bool)
    known[new] = False
    # one flat list of floats converts several times faster than a list of pairs
    flat = chain.from_iterable(_ORIGIN if xy is None else xy for xy in found_xy)
    start = np.array(list(flat), dtype=float).reshape(n, 2)
    positions = extend_layout(n, pairs, known, start)
    for i in new:  # the new nodes' places, rounded as a fresh layout's are
        found_xy[i] = (round(float(positions[i, 0]), 1), round(float(positions[i, 1]), 1))
    logger.info("explorer layout: %d node(s) kept their places, %d new", found, n - found)
    return found_xy  # type: ignore[return-value]  # every None was replaced above
