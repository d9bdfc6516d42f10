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


def _bfs_order(n: int, edges: Sequence[tuple[int, int]]) -> list[int]:
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for i, j in edges:
        if i != j:
            adjacency[i].append(j)
            adjacency[j].append(i)
    degree = [len(a) for a in adjacency]
    by_degree = sorted(range(n), key=lambda i: (-degree[i], i))
    rank = [0] * n  # position in by_degree: sorting by it is sorting by (-degree, index)
    for position, i in enumerate(by_degree):
        rank[i] = position
    seen = [False] * n
    order: list[int] = []
    # Each component from its best-connected node; components in order of that node's degree.
    for root in by_degree:
        if seen[root]:
            continue
        seen[root] = True
        queue = deque([root])
        while queue:
            node = queue.popleft()
            order.append(node)
            for other in sorted(adjacency[node], key=rank.__getitem__):
                if not seen[other]:
                    seen[other] = True
                    queue.append(other)
    return order


def force_layout(
    n: int,
    edges: Sequence[tuple[int, int]],
    *,
    iterations: int = 60,
    samples: int = 16,
    distance: float = 50.0,
    seed: int = 0,
) -> np.ndarray:
    """Positions (an ``n`` x 2 array) for nodes ``0..n-1`` joined by ``edges`` (index pairs).

    ``distance`` is the ideal edge length in pixels; ``samples`` partners per node stand in
    for the all-pairs repulsion. Deterministic for a given input and ``seed``.

    >>> force_layout(3, [(0, 1), (1, 2)]).shape
    (3, 2)
    """
    if n == 0:
        return np.zeros((0, 2))
    order = _bfs_order(n, edges)
    rank = np.empty(n)
    rank[np.asarray(order)] = np.arange(n)
    radius = distance * 0.6 * np.sqrt(rank + 0.5)
    pos = np.column_stack((radius * np.cos(rank * GOLDEN_ANGLE), radius * np.sin(rank * GOLDEN_ANGLE)))
    if n == 1 or iterations <= 0:
        return pos
    rng = np.random.default_rng(seed)
    pairs = np.asarray([(i, j) for i, j in edges if i != j], dtype=np.int64).reshape(-1, 2)
    src, dst = pairs[:, 0], pairs[:, 1]
    k2 = distance * distance
    samples = min(samples, n - 1)
    weight = (n - 1) / samples
    temperature = distance * np.sqrt(n) * 0.1
    cooling = temperature / iterations
    gravity = 0.02
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for _ in range(iterations):
        partners = rng.integers(0, n, size=(n, samples))
        # x and y kept apart: sums over a trailing axis of length 2 are slow in numpy
        dx = x[:, None] - x[partners]
        dy = y[:, None] - y[partners]
        # Repulsion k^2/d along the unit vector: delta * k^2 / d^2, scaled up for unsampled pairs.
        force = k2 / np.maximum(dx * dx + dy * dy, 1e-2)
        disp_x = (dx * force).sum(axis=1) * weight
        disp_y = (dy * force).sum(axis=1) * weight
        if len(pairs):
            ex, ey = x[src] - x[dst], y[src] - y[dst]
            scale = np.maximum(np.sqrt(ex * ex + ey * ey), 1e-3) / distance  # attraction d^2/k
            disp_x += np.bincount(dst, weights=ex * scale, minlength=n) - np.bincount(
                src, weights=ex * scale, minlength=n
            )
            disp_y += np.bincount(dst, weights=ey * scale, minlength=n) - np.bincount(
                src, weights=ey * scale, minlength=n
            )
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
