"""Which entity each mention span belongs to, per document: the index statement and event merging
read speakers, subjects and participants from (:class:`MentionIndex`, re-exported by
:mod:`graphbuild.crossdoc`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .model import Entity


@dataclass(frozen=True)
class MentionIndex:
    """Which entity each mention span belongs to, per document.

    Lookups read only the spans that can overlap the range asked about, found by bisection when a
    document's spans are in order of start (as :meth:`from_entities` makes them); the result is
    what a scan of all of them gives.
    """

    spans: Mapping[str, Sequence[tuple[int, int, str]]]
    #: Per document whose spans are in order of start (none ending before it starts): their starts,
    #: and the longest span's length.
    _starts: Mapping[str, tuple[list[int], int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts: dict[str, tuple[list[int], int]] = {}
        for doc, spans in self.spans.items():
            firsts = [s for s, _, _ in spans]
            if all(a <= b for a, b in pairwise(firsts)) and all(s <= e for s, e, _ in spans):
                starts[doc] = (firsts, max((e - s for s, e, _ in spans), default=0))
        object.__setattr__(self, "_starts", starts)

    @classmethod
    def from_entities(cls, entities: Iterable[Entity]) -> MentionIndex:
        """The index of every mention of ``entities``, each document's spans in order."""
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for entity in entities:
            for m in entity.mentions:
                spans[m.doc_id].append((m.start, m.end, entity.id))
        return cls({doc: sorted(v) for doc, v in spans.items()})

    def within(self, doc_id: str, start: int, end: int) -> list[str]:
        """Entity ids mentioned inside [start, end) of a document."""
        spans = self.spans.get(doc_id, ())
        ordered = self._starts.get(doc_id)
        if ordered is not None:  # only spans starting in [start, end] can lie inside
            firsts = ordered[0]
            spans = spans[bisect_left(firsts, start) : bisect_right(firsts, end)]
        return [eid for s, e, eid in spans if start <= s and e <= end]

    def at(self, doc_id: str, start: int, end: int) -> str | None:
        """The entity id whose mention overlaps [start, end) the most (the first such span on a tie)."""
        spans = self.spans.get(doc_id, ())
        ordered = self._starts.get(doc_id)
        if ordered is not None:  # a span overlaps only when it starts in (start - longest, end)
            firsts, longest = ordered
            spans = spans[bisect_right(firsts, start - longest) : bisect_left(firsts, end)]
        best, best_overlap = None, 0
        for s, e, eid in spans:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = eid, overlap
        return best


__all__ = ["MentionIndex"]
