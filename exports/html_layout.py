"""A cheap, deterministic force layout for large explorer graphs.

vis-network's own physics needs minutes to settle thousands of nodes and networkx's
spring and Kamada-Kawai layouts are too slow at 5k nodes, so big graphs are laid out here:
nodes start on a spiral in breadth-first order (neighbours start close together), then a
Fruchterman-Reingold style simulation runs for a few dozen steps, with the all-pairs
repulsion estimated from a fixed number of sampled partners per node (O(n) per step). A
seeded generator makes the result identical on every run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

import numpy as np

GOLDEN_ANGLE = np.pi * (3.0 - np.sqrt(5.0))

#: Rows of the sampled-repulsion matrices handled at a time: a block's few (rows x samples)
#: float arrays stay in the CPU cache instead of streaming through memory once per operation.
#: Any value gives the same positions (every row is computed on its own).
_BLOCK_ROWS = 4096


def _edge_array(edges: Sequence[tuple[int, int]] | np.ndarray) -> np.ndarray:
    """The edges as an (m, 2) int64 array, self-loops dropped."""
    pairs = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    return pairs[pairs[:, 0] != pairs[:, 1]]


def _bfs_order(n: int, edges: Sequence[tuple[int, int]] | np.ndarray) -> list[int]:
    """Nodes ``0..n-1`` in breadth-first order: each component from its best-connected node,
    components in order of that node's degree, neighbours best-connected first (ties by index)."""
    pairs = _edge_array(edges)
    # Both directions of every edge, parallel edges kept (they only repeat a neighbour).
    heads = np.concatenate((pairs[:, 0], pairs[:, 1]))
    tails = np.concatenate((pairs[:, 1], pairs[:, 0]))
    degree = np.bincount(heads, minlength=n)
    by_degree = np.argsort(-degree, kind="stable")  # (-degree, index) order
    rank = np.empty(n, dtype=np.int64)  # position in by_degree: sorting by it is sorting by (-degree, index)
    rank[by_degree] = np.arange(n)
    # Every node's neighbours, best-connected first, from one sort of (node, neighbour rank) keys.
    neighbours = by_degree[np.sort(heads * n + rank[tails]) % n]
    stops = np.cumsum(degree)
    starts = stops - degree
    seen = np.zeros(n, dtype=bool)
    # The best-connected node's component (most of a news graph) a level at a time in numpy: the
    # next level is the unseen neighbours of this one's nodes, in their order, each where it first
    # occurs, as a queue would take them.
    levels: list[np.ndarray] = []
    level = by_degree[:1]
    seen[level] = True
    while len(level):
        levels.append(level)
        counts = degree[level]
        # the level's neighbour lists one after the other: offsets into neighbours
        offsets = np.repeat(starts[level] - (np.cumsum(counts) - counts), counts) + np.arange(counts.sum())
        found = neighbours[offsets]
        level = _first_occurrences(found[~seen[found]])
        seen[level] = True
    order: list[int] = np.concatenate(levels).tolist() if levels else []
    if seen.all():
        return order
    # The other components (few and small in a news graph) with a queue.
    seen_list: list[bool] = seen.tolist()
    neighbour_list: list[int] = neighbours.tolist()
    start_list: list[int] = starts.tolist()
    stop_list: list[int] = stops.tolist()
    for root in by_degree.tolist():
        if seen_list[root]:
            continue
        seen_list[root] = True
        queue = deque([root])
        while queue:
            node = queue.popleft()
            order.append(node)
            for other in neighbour_list[start_list[node] : stop_list[node]]:
                if not seen_list[other]:
                    seen_list[other] = True
                    queue.append(other)
    return order


def _first_occurrences(values: np.ndarray) -> np.ndarray:
    """``values`` without repeats, each where it first occurs."""
    by_value = np.argsort(values, kind="stable")
    ordered = values[by_value]
    first = np.ones(len(values), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    return values[np.sort(by_value[first])]


def _repulsion(
    x: np.ndarray, y: np.ndarray, partners: np.ndarray, k2: float, out_x: np.ndarray, out_y: np.ndarray
) -> None:
    """Sum over each node's sampled partners of delta * k^2 / d^2, into ``out_x`` and ``out_y``.

    Block by block, in preallocated buffers; the arithmetic (and so every rounding) is that of
    ``((x[:, None] - x[partners]) * force).sum(axis=1)`` on the whole matrix.
    """
    n, samples = partners.shape
    rows = min(_BLOCK_ROWS, n)
    dx = np.empty((rows, samples))
    dy = np.empty((rows, samples))
    d2 = np.empty((rows, samples))
    tmp = np.empty((rows, samples))
    for a in range(0, n, rows):
        b = min(a + rows, n)
        m = b - a
        bx, by, bd, bt = dx[:m], dy[:m], d2[:m], tmp[:m]
        block = partners[a:b]
        np.take(x, block, out=bx, mode="clip")  # indices are in range: clip only skips buffering
        np.subtract(x[a:b, None], bx, out=bx)
        np.take(y, block, out=by, mode="clip")
        np.subtract(y[a:b, None], by, out=by)
        np.multiply(bx, bx, out=bd)
        np.multiply(by, by, out=bt)
        np.add(bd, bt, out=bd)
        np.maximum(bd, 1e-2, out=bd)
        np.divide(k2, bd, out=bd)  # repulsion k^2/d along the unit vector: delta * k^2 / d^2
        np.multiply(bx, bd, out=bx)
        np.multiply(by, bd, out=by)
        bx.sum(axis=1, out=out_x[a:b])
        by.sum(axis=1, out=out_y[a:b])


def force_layout(
    n: int,
    edges: Sequence[tuple[int, int]] | np.ndarray,
    *,
    iterations: int = 60,
    samples: int = 16,
    distance: float = 50.0,
    seed: int = 0,
) -> np.ndarray:
    """Positions (an ``n`` x 2 array) for nodes ``0..n-1`` joined by ``edges`` (index pairs).

    ``edges`` is a sequence of (i, j) pairs or an (m, 2) integer array. ``distance`` is the
    ideal edge length in pixels; ``samples`` partners per node stand in for the all-pairs
    repulsion. Deterministic for a given input and ``seed``.

    >>> force_layout(3, [(0, 1), (1, 2)]).shape
    (3, 2)
    """
    if n == 0:
        return np.zeros((0, 2))
    pairs = _edge_array(edges)
    order = _bfs_order(n, pairs)
    rank = np.empty(n)
    rank[np.asarray(order)] = np.arange(n)
    radius = distance * 0.6 * np.sqrt(rank + 0.5)
    pos = np.column_stack((radius * np.cos(rank * GOLDEN_ANGLE), radius * np.sin(rank * GOLDEN_ANGLE)))
    if n == 1 or iterations <= 0:
        return pos
    rng = np.random.default_rng(seed)
    src, dst = pairs[:, 0], pairs[:, 1]
    k2 = distance * distance
    samples = min(samples, n - 1)
    weight = (n - 1) / samples
    temperature = distance * np.sqrt(n) * 0.1
    cooling = temperature / iterations
    gravity = 0.02
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    disp_x, disp_y = np.empty(n), np.empty(n)
    for _ in range(iterations):
        partners = rng.integers(0, n, size=(n, samples))
        # x and y kept apart: sums over a trailing axis of length 2 are slow in numpy
        _repulsion(x, y, partners, k2, disp_x, disp_y)
        disp_x *= weight  # scaled up for the unsampled pairs
        disp_y *= weight
        if len(pairs):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            scale = np.maximum(np.sqrt(ex * ex + ey * ey), 1e-3) / distance  # attraction d^2/k
            pull_x, pull_y = ex * scale, ey * scale
            disp_x += np.bincount(dst, pull_x, n) - np.bincount(src, pull_x, n)
            disp_y += np.bincount(dst, pull_y, n) - np.bincount(src, pull_y, n)
        pull = gravity * np.sqrt(n) / 10
        disp_x -= pull * x
        disp_y -= pull * y
        length = np.maximum(np.sqrt(disp_x * disp_x + disp_y * disp_y), 1e-9)
        step = np.minimum(length, temperature) / length
        x += disp_x * step
        y += disp_y * step
        temperature = max(temperature - cooling, distance * 0.05)
    pos = np.column_stack((x, y))
    return pos - pos.mean(axis=0)


def _neighbour_lists(n: int, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(neighbours, starts, stops): node ``v``'s neighbours, either direction, are
    ``neighbours[starts[v]:stops[v]]``, in edge order."""
    heads = np.concatenate((pairs[:, 0], pairs[:, 1]))
    tails = np.concatenate((pairs[:, 1], pairs[:, 0]))
    by_head = np.argsort(heads, kind="stable")
    degree = np.bincount(heads, minlength=n)
    stops = np.cumsum(degree)
    return tails[by_head], stops - degree, stops


def _place_new(
    n: int, pairs: np.ndarray, known: np.ndarray, pos: np.ndarray, distance: float
) -> tuple[np.ndarray, np.ndarray]:
    """Start positions for the nodes not ``known``: in waves outward from the positioned nodes,
    each at the mean of its already positioned neighbours plus a small offset on a sunflower
    spiral around that point (nodes sharing a point fan out); what no path reaches gets a layout
    of its own beside the others. Returns the positions and the nodes placed."""
    # Only the nodes placed here need their neighbours: the edges that touch one (in edge order,
    # so each such node's list is the one all edges give).
    neighbours, starts, stops = _neighbour_lists(n, pairs[~(known[pairs[:, 0]] & known[pairs[:, 1]])])
    placed = known.copy()
    waiting = np.flatnonzero(~known).tolist()
    around: dict[tuple[float, float], int] = {}  # how many nodes fanned out from a point so far
    while waiting:
        wave: list[tuple[int, float, float]] = []
        later: list[int] = []
        for v in waiting:
            near = neighbours[starts[v] : stops[v]]
            near = near[placed[near]]
            if len(near) == 0:
                later.append(v)
                continue
            cx, cy = (float(c) for c in pos[near].mean(axis=0))
            wave.append((v, cx, cy))
        if not wave:
            break
        for v, cx, cy in wave:  # placed after the whole wave: no node's place depends on the loop order
            point = (round(cx, 1), round(cy, 1))
            k = around.get(point, 0)
            around[point] = k + 1
            radius = distance * 0.6 * np.sqrt(k + 1.0)
            pos[v] = (cx + radius * np.cos(k * GOLDEN_ANGLE), cy + radius * np.sin(k * GOLDEN_ANGLE))
        placed[[v for v, _, _ in wave]] = True
        waiting = later
    if waiting:  # components with nothing positioned: laid out on their own, right of the others
        alone = np.asarray(waiting)
        local = np.full(n, -1, dtype=np.int64)
        local[alone] = np.arange(len(alone))
        inner = pairs[(local[pairs[:, 0]] >= 0) & (local[pairs[:, 1]] >= 0)]
        sub = force_layout(len(alone), local[inner], distance=distance)
        right = pos[placed, 0].max() if placed.any() else 0.0
        middle = pos[placed, 1].mean() if placed.any() else 0.0
        sub[:, 0] += right + 2 * distance - sub[:, 0].min()
        sub[:, 1] += middle - sub[:, 1].mean()
        pos[alone] = sub
    return pos, ~known


#: Grid cell keys: column * _ROW + row (rows offset to stay non-negative), so the 3 x 3 cells around
#: a key are that key plus one of :data:`_AROUND`.
_ROW = 1 << 32
_AROUND = (np.arange(-1, 2)[:, None] * _ROW + np.arange(-1, 2)).ravel()


def _cell_keys(x: np.ndarray, y: np.ndarray, cell: float) -> np.ndarray:
    return np.floor(x / cell).astype(np.int64) * _ROW + (np.floor(y / cell).astype(np.int64) + (_ROW >> 1))


def _grid(keys: np.ndarray, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``members`` sorted by their cell keys: (the sorted keys, the members in that order)."""
    order = np.argsort(keys[members], kind="stable")
    return keys[members][order], members[order]


def _near(
    keys: np.ndarray, movers: np.ndarray, grid: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j), i in ``movers``, j a member of ``grid`` in one of the 3 x 3 cells around i's
    (every member closer than a cell's side is among them), i != j."""
    sorted_keys, members = grid
    wanted = (keys[movers][:, None] + _AROUND).ravel()
    lo = np.searchsorted(sorted_keys, wanted, side="left")
    counts = np.searchsorted(sorted_keys, wanted, side="right") - lo
    owner = np.repeat(np.repeat(movers, len(_AROUND)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)  # 0..count-1 each
    other = members[np.repeat(lo, counts) + offsets]
    keep = other != owner
    return owner[keep], other[keep]


def extend_layout(
    n: int,
    edges: Sequence[tuple[int, int]] | np.ndarray,
    known: np.ndarray,
    positions: np.ndarray,
    *,
    iterations: int = 30,
    distance: float = 50.0,
) -> np.ndarray:
    """Positions for nodes ``0..n-1`` where the nodes marked in ``known`` keep theirs (rows of
    ``positions``) and the others are fitted in around them (mental-map preservation: a
    user who learned the previous map finds every old node where it was).

    New nodes start near their positioned neighbours (see :func:`_place_new`), then a short
    Fruchterman-Reingold relaxation moves only them: pulled along their edges, pushed off every
    node closer than ``2 * distance`` (found on a grid). Deterministic, no random numbers.

    >>> extend_layout(3, [(0, 1), (1, 2)], np.array([True, True, False]),
    ...               np.array([[0.0, 0.0], [50.0, 0.0], [0.0, 0.0]]))[:2].tolist()
    [[0.0, 0.0], [50.0, 0.0]]
    """
    known = np.asarray(known, dtype=bool)
    pos = np.array(positions, dtype=float).reshape(n, 2)
    if n == 0 or known.all():
        return pos
    pairs = _edge_array(edges)
    pos, moving = _place_new(n, pairs, known, pos, distance)
    movers = np.flatnonzero(moving)
    touching = pairs[moving[pairs[:, 0]] | moving[pairs[:, 1]]]
    src, dst = touching[:, 0], touching[:, 1]
    k2 = distance * distance
    cutoff = 2 * distance
    temperature = distance * 0.5
    cooling = (temperature - distance * 0.05) / max(iterations, 1)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    keys = _cell_keys(x, y, cutoff)
    fixed = _grid(keys, np.flatnonzero(~moving))  # the fixed nodes' cells, found once
    for _ in range(iterations):
        keys[movers] = _cell_keys(x[movers], y[movers], cutoff)
        i, j = (
            np.concatenate(p)
            for p in zip(_near(keys, movers, fixed), _near(keys, movers, _grid(keys, movers)), strict=True)
        )
        dx, dy = x[i] - x[j], y[i] - y[j]
        d2 = np.maximum(dx * dx + dy * dy, 1e-2)
        force = np.where(d2 < cutoff * cutoff, k2 / d2, 0.0)
        disp_x = np.bincount(i, dx * force, n)
        disp_y = np.bincount(i, dy * force, n)
        if len(touching):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            scale = np.maximum(np.sqrt(ex * ex + ey * ey), 1e-3) / distance
            pull_x, pull_y = ex * scale, ey * scale
            disp_x += np.bincount(dst, pull_x, n) - np.bincount(src, pull_x, n)
            disp_y += np.bincount(dst, pull_y, n) - np.bincount(src, pull_y, n)
        mx, my = disp_x[movers], disp_y[movers]
        length = np.maximum(np.sqrt(mx * mx + my * my), 1e-9)
        step = np.minimum(length, temperature) / length
        x[movers] += mx * step
        y[movers] += my * step
        temperature -= cooling
    return np.column_stack((x, y))
