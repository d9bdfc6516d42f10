"""Known-time constraints and the clustering that respects them, shared by the merging of
statements (:mod:`graphbuild.crossdoc`) and of event descriptions (:mod:`graphbuild.crossdoc_events`).

Candidate pairs are joined best first, and two clusters join only when the intersection of their
members' known times is not empty, so a chain of merges cannot join things said or done at
disjoint times."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from .model import TimeSpan

#: A known time as (first day, last day); None when unknown.
Interval = tuple[date, date] | None


def interval_of(span: TimeSpan | None) -> Interval:
    """The days a span covers; None when it is unknown or open-ended."""
    if span is None or span.start is None or span.end is None:
        return None
    return span.start, span.end


def meet(a: Interval, b: Interval) -> Interval | bool:
    """The intersection of two known-time constraints; False when they are disjoint."""
    if a is None:
        return b
    if b is None:
        return a
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else False


#: Dated event descriptions sharing one participant merge only when their common time is this tight (days).
EVENT_TIGHT_DAYS = 7


def open_start(span: TimeSpan | None) -> date | None:
    """The latest day of a span with no earliest day (PAST_REF: up to the publication day), else None."""
    if span is not None and span.start is None and span.end is not None:
        return span.end
    return None


def event_interval(span: TimeSpan | None) -> Interval:
    """The days a description's time allows; an open start (PAST_REF) is every day up to its end."""
    latest = open_start(span)
    return (date.min, latest) if latest is not None else interval_of(span)


def recent(told_before: date | None, other: Interval) -> bool:
    """Whether a happening at ``other`` can be what an undated past-tense description published
    on ``told_before`` tells: within :data:`EVENT_TIGHT_DAYS` before it (always, when neither applies)."""
    if told_before is None or other is None or other[0] == date.min:
        return True
    return 0 <= (told_before - other[1]).days <= EVENT_TIGHT_DAYS


def loose(both: Interval) -> bool:
    """True when the common time of two descriptions spans more than a week: a month or a year
    holds many happenings with the same verb and participant."""
    return both is None or (both[1] - both[0]).days > EVENT_TIGHT_DAYS


class UnionFind:
    """Disjoint sets over ``0..n-1``; a set's root is its smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def link_clusters(
    candidates: list[tuple[float, int, int]],
    n: int,
    times: Sequence[Interval],
    cannot: Callable[[int, int], bool],
    *,
    weak: Sequence[tuple[float, int, int]] = (),
    weak_holds: Callable[[int, int], bool] | None = None,
) -> list[list[int]]:
    """Join candidate pairs, best score first (ties by index, so the result depends only on the
    canonical order). Two clusters join only when their known times meet and no member of one
    contradicts a member of the other, so a chain of paraphrases cannot link opposite claims.

    ``weak`` pairs join afterwards, best first, under the same tests and one more: what makes a
    weak pair (``weak_holds``) must hold between every member of one cluster and every member of
    the other, so weak evidence never chains two happenings together through a third."""
    uf = UnionFind(n)
    window: dict[int, Interval] = dict(enumerate(times))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for strong in (True, False):
        for _, i, j in sorted(candidates if strong else weak):
            ri, rj = uf.find(i), uf.find(j)
            if ri == rj:
                continue
            both = meet(window[ri], window[rj])
            if both is False:
                continue
            if any(cannot(x, y) for x in members[ri] for y in members[rj]):
                continue
            if (
                not strong
                and weak_holds is not None
                and not all(weak_holds(x, y) for x in members[ri] for y in members[rj])
            ):
                continue
            uf.union(ri, rj)
            root, other = (ri, rj) if uf.find(ri) == ri else (rj, ri)
            window[root] = both  # type: ignore[assignment]
            members[root] = sorted(members[root] + members.pop(other))
    return [members[r] for r in sorted(members)]


def narrowest(spans: Iterable[TimeSpan | None]) -> TimeSpan | None:
    """The shortest known span (ties by value); None when no span is known."""
    best: TimeSpan | None = None
    best_key: tuple[int, str] | None = None
    for span in spans:
        if span is None or span.start is None or span.end is None:
            continue
        key = ((span.end - span.start).days, span.value)
        if best_key is None or key < best_key:
            best, best_key = span, key
    return best


__all__ = ["Interval", "UnionFind", "interval_of", "link_clusters", "meet", "narrowest"]
