"""Issue #9: event merging compares only the pairs related_pairs lists; every other pair shares nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.crossdoc_blocking import related_pairs

_WORDS = st.frozensets(st.sampled_from("abcdef"), max_size=3)


def _all_sharing_pairs(members, families, unresolved, written):
    """The plain way: every pair of members, kept when one test of merge_events' loop can pass."""
    out = []
    for x, i in enumerate(members):
        for j in members[x + 1 :]:
            if any(family[i] & family[j] for family in families) or (
                unresolved[i] & written[j] or unresolved[j] & written[i]
            ):
                out.append((i, j))
    return out


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_related_pairs_are_the_pairs_sharing_something(data: st.DataObject) -> None:
    n = data.draw(st.integers(0, 12))
    families = [
        data.draw(st.lists(_WORDS, min_size=n, max_size=n)) for _ in range(data.draw(st.integers(0, 3)))
    ]
    unresolved = data.draw(st.lists(_WORDS, min_size=n, max_size=n))
    written = data.draw(st.lists(_WORDS, min_size=n, max_size=n))
    members = sorted(data.draw(st.sets(st.integers(0, n - 1))) if n else set())
    got = related_pairs(members, families, unresolved, written)
    assert got == _all_sharing_pairs(members, families, unresolved, written)


def test_a_name_unresolved_in_one_and_written_in_the_other_relates_them() -> None:
    assert related_pairs(
        [2, 5],
        [],
        [set(), set(), set(), set(), set(), {"tessin"}],
        [set(), set(), {"tessin"}, set(), set(), set()],
    ) == [(2, 5)]
