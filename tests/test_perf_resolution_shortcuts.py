"""The fixed costs of entity resolution (issue #9): each shortcut gives exactly what the plain code
gives.

No spaCy model is loaded here: the shortcuts are checked on small hand-built inputs against
reference implementations written out in the tests.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.model import Mention

# -- entity resolution -----------------------------------------------------------------------


def _reference_shortened_target(cl: Any, i: int, longer: list[int]) -> int | None:
    """The step-1 short-form finder as written before its prefix/suffix test moved first (with the
    gazetteer's veto as it now stands)."""
    from graphbuild.entities_documents import SHORTENED_LABELS, _nearest
    from graphbuild.entities_gazetteer import lookup
    from graphbuild.entities_keys import SUBUNIT_WORDS, fold
    from graphbuild.entities_match import group_of

    it = cl.items[i]
    if it.label not in SHORTENED_LABELS or not longer:
        return None
    if len(fold(it.parsed.name).split()) != len(it.parsed.tokens):
        return None
    toks, n = it.parsed.tokens, len(it.parsed.tokens)
    place = lookup(it.key)
    cands = []
    for j in longer:
        other = cl.items[j]
        if group_of(other.label) != group_of(it.label) or len(other.parsed.tokens) <= n:
            continue
        if place is not None:  # the gazetteer's veto (entities_documents._placed)
            if it.label == "ORG":
                if other.label != "ORG":
                    continue  # an organisation the tagger saw: only organisations
            else:
                known = lookup(other.key)
                if known is None or known.geonameid != place.geonameid:
                    continue  # a place is short for that place only ("Mexico" is not "Mexico City")
        otoks = other.parsed.tokens
        rest = otoks[n:] if otoks[:n] == toks else otoks[: len(otoks) - n]
        if any(t in SUBUNIT_WORDS for t in rest) or (
            "/" not in it.parsed.name and re.search(r"[^\W\d_]{2,}\s*/\s*[^\W\d_]{2,}", other.parsed.name)
        ):
            continue
        if (
            otoks[:n] == toks
            and otoks[n] not in ("and", "s")
            and not otoks[n][:1].isdigit()
            and "'" not in other.parsed.name.replace("’", "'")
        ) or (n >= 2 and otoks[-n:] == toks and otoks[-n - 1] not in ("and", "s")):
            cands.append(j)
    return _nearest(cl, i, cands) if cands else None


_WORDS = [
    "Ford",
    "Motor",
    "Boston",
    "University",
    "School",
    "and",
    "Paris",
    "Acme",
    "Bank",
    "Post",
    "747",
    "Acme/Ford",
]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4),
            st.sampled_from(["ORG", "GPE", "LOC", "FAC", "PERSON"]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_shortened_target_matches_the_reference(names: list[tuple[list[str], str]]) -> None:
    from graphbuild.entities_clusters import Clusters
    from graphbuild.entities_documents import SHORTENED_LABELS, LongerNames, _make_items, _shortened_target

    mentions, at = [], 0
    for words, label in names:
        text = " ".join(words)
        mentions.append(Mention("doc:1", at, at + len(text), text, label))
        at += len(text) + 1
    cl = Clusters(_make_items(mentions), frozenset())
    longer = [
        i for i, it in enumerate(cl.items) if it.label in SHORTENED_LABELS and len(it.parsed.tokens) >= 2
    ]
    index = LongerNames(cl.items, longer)  # what step 1 builds once per document
    for i in range(len(cl.items)):
        expected = _reference_shortened_target(cl, i, longer)
        assert _shortened_target(cl, i, longer) == expected
        assert _shortened_target(cl, i, index) == expected


_PLACE_LIKE = ["Austria", "Australia", "Kiev", "Kyiv", "Rosneft", "Rossneft", "Rosneftt", "China", "Chyna"]
_ORG_LIKE = ["Eastern", "Southern", "Airlines", "Airline", "A380", "Gazprom", "Gazprum", "Bank", "Banks"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_PLACE_LIKE + _ORG_LIKE), min_size=1, max_size=3),
    st.lists(st.sampled_from(_PLACE_LIKE + _ORG_LIKE), min_size=1, max_size=3),
)
def test_the_cheap_refusal_never_refuses_a_whole_name_match(a: list[str], b: list[str]) -> None:
    from graphbuild.entities_documents import _make_items
    from graphbuild.entities_match import _never_whole_match, _whole_key, _whole_match

    x, y = _make_items(
        [Mention("doc:1", 0, 9, " ".join(a), "ORG"), Mention("doc:1", 10, 19, " ".join(b), "ORG")]
    )
    if _never_whole_match(_whole_key(x.key), _whole_key(y.key), len(x.parsed.tokens) == 1):
        assert _whole_match(x, y) is None and _whole_match(y, x) is None


def test_the_cheap_refusal_lets_spelling_variants_through() -> None:
    from graphbuild.entities_documents import _make_items
    from graphbuild.entities_match import _never_whole_match, _whole_key, _whole_match

    def pair(a: str, b: str) -> tuple[bool, Any]:
        x, y = _make_items([Mention("doc:1", 0, 9, a, "ORG"), Mention("doc:1", 10, 19, b, "ORG")])
        return _never_whole_match(_whole_key(x.key), _whole_key(y.key), " " not in a), _whole_match(x, y)

    assert pair("Gazprom", "Gazprum") == (False, pair("Gazprom", "Gazprum")[1])
    assert pair("Gazprom", "Gazprum")[1] is not None  # a one-letter variant of a long name matches
    assert pair("Austria", "Australia")[0] is True  # two edits in a short word: refused cheaply


def test_entity_types_are_what_the_cluster_vote_gives() -> None:
    from graphbuild.entities import resolve_entities
    from graphbuild.entities_documents import _make_items
    from graphbuild.entities_vote import cluster_type

    words = [
        ("Paris", "GPE"),
        ("Paris", "PERSON"),
        ("Ada Smith", "PERSON"),
        ("Smith", "ORG"),
        ("Smith", "GPE"),
    ]
    words += [("Acme Corp", "ORG"), ("Acme", "PRODUCT"), ("Acme", "WIDGET"), ("Acme", "GADGET")]
    mentions = [
        Mention(f"doc:{k % 3}", 10 * k, 10 * k + len(text), text, label)
        for k, (text, label) in enumerate(words * 2)
    ]
    for entity in resolve_entities(mentions).entities:
        assert entity.type == cluster_type(_make_items(entity.mentions))[0], entity
