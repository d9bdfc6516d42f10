"""The pairs of a block of event mentions worth comparing, found through postings, not all pairs.

:func:`graphbuild.crossdoc_events.merge_events` compares the mentions sharing a predicate key; a pair
sharing nothing (no participant, name, head, name-like mark, document, or name unresolved in one and
written in the other) is refused whatever else holds. A common predicate ("say", "rise") holds
hundreds of mentions and tens of thousands of pairs, nearly all sharing nothing: the postings of
each feature list the few that do.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from itertools import combinations


def related_pairs(
    members: Sequence[int],
    families: Sequence[Sequence[Collection[Hashable]]],
    unresolved: Sequence[Collection[str]],
    written: Sequence[Collection[str]],
) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of ``members`` (ascending indexes) that share a feature of one family
    (``family[i]``: the features of member ``i``), or a word of ``unresolved[i]`` that is in
    ``written[j]`` (or the reverse); sorted, as a loop over all pairs meets them.

    >>> related_pairs([0, 1, 2], [[{"a"}, {"b"}, {"a"}]], [set(), {"x"}, set()], [{"x"}, set(), set()])
    [(0, 1), (0, 2)]
    """
    pairs: set[tuple[int, int]] = set()
    for family in families:
        postings: dict[Hashable, list[int]] = {}
        for i in members:
            for feature in family[i]:
                found = postings.get(feature)
                if found is None:
                    postings[feature] = [i]
                else:
                    found.append(i)
        for found in postings.values():
            if len(found) > 1:
                pairs.update(combinations(found, 2))  # members ascend: each pair comes as (i, j), i < j
    in_unresolved: dict[str, list[int]] = {}
    in_written: dict[str, list[int]] = {}
    for i in members:
        for word in unresolved[i]:
            in_unresolved.setdefault(word, []).append(i)
        for word in written[i]:
            in_written.setdefault(word, []).append(i)
    for word, first in in_unresolved.items():
        for j in in_written.get(word, ()):
            pairs.update((i, j) if i < j else (j, i) for i in first if i != j)
    return sorted(pairs)


__all__ = ["related_pairs"]
