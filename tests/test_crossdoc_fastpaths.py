"""The fast paths of the global merge stages give what the plain computations they replace give.

Each test states the plain computation (a scan of every span, every position, every pair) and checks
the faster one against it on generated inputs, so a shortcut that skips a case fails here.
"""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild import crossdoc_features
from graphbuild.crossdoc import MentionIndex, _pairs, contradicts
from graphbuild.crossdoc_guards import Figure, _meet, figure_ranges, figures_agree, ranges_agree
from graphbuild.crossdoc_numbers import NUMBER as _NUMBER
from graphbuild.crossdoc_numbers import number_matches as _number_matches
from graphbuild.crossdoc_tokens import GENERIC, ContentFeatures, content_features
from graphbuild.crossdoc_utterance import _weight, _weighted_size

# --- pairs of a block -------------------------------------------------------------------------


def _pairs_plain(members: list[int], tokens: list[frozenset[str]]) -> list[tuple[int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for i, toks in zip(members, tokens, strict=True):
        for t in toks:
            postings[t].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        for x, i in enumerate(ids):
            pairs.update((i, j) for j in ids[x + 1 :])
    return sorted(pairs)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.frozensets(st.sampled_from("abcdefgh"), max_size=4)),
        max_size=25,
        unique_by=lambda m: m[0],
    )
)
def test_pairs_are_the_pairs_sharing_a_word(block: list[tuple[int, frozenset[str]]]) -> None:
    block.sort()
    members, tokens = [i for i, _ in block], [t for _, t in block]
    assert _pairs(members, tokens) == _pairs_plain(members, tokens)


# --- mention index ----------------------------------------------------------------------------


def _at_plain(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    best, best_overlap = None, 0
    for s, e, eid in spans:
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = eid, overlap
    return best


_SPAN = st.tuples(st.integers(0, 80), st.integers(0, 15), st.sampled_from(["ent:a", "ent:b", "ent:c"])).map(
    lambda t: (t[0], t[0] + t[1], t[2])
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_SPAN, max_size=12),
    st.booleans(),
    st.lists(st.tuples(st.integers(-5, 90), st.integers(-3, 25)), min_size=1, max_size=8),
)
def test_mention_lookups_equal_a_scan_of_every_span(
    spans: list[tuple[int, int, str]], ordered: bool, queries: list[tuple[int, int]]
) -> None:
    if ordered:
        spans = sorted(spans)  # as from_entities makes them; unordered ones are scanned
    index = MentionIndex({"doc:1": spans})
    for start, length in queries:
        end = start + length
        assert index.at("doc:1", start, end) == _at_plain(spans, start, end)
        assert index.within("doc:1", start, end) == [e for s, t, e in spans if start <= s and t <= end]
        assert index.at("doc:2", start, end) is None and index.within("doc:2", start, end) == []


def test_mention_index_ties_go_to_the_first_span() -> None:
    index = MentionIndex({"d": [(0, 4, "ent:a"), (2, 6, "ent:b"), (10, 12, "ent:c")]})
    assert index.at("d", 2, 4) == "ent:a"  # both overlap by two characters
    assert index.at("d", 3, 6) == "ent:b"
    assert index.at("d", 6, 10) is None
    assert index.within("d", 0, 12) == ["ent:a", "ent:b", "ent:c"]


# --- figures ----------------------------------------------------------------------------------


def _ranges_agree_plain(a: dict[str, Figure], b: dict[str, Figure]) -> bool:
    def total_of(total: Figure, parts: dict[str, Figure]) -> bool:
        if total.lo != total.hi or total.duration:
            return False
        exact = sorted(f.lo for f in parts.values() if f.lo == f.hi and not f.duration and f.lo < total.lo)
        return any(x + y == total.lo for k, x in enumerate(exact) for y in exact[k + 1 :])

    def fewer_meet(fewer: dict[str, Figure], more: dict[str, Figure]) -> bool:
        return bool(fewer) and all(
            any(_meet(r, m) for m in more.values()) or total_of(r, more) for r in fewer.values()
        )

    if len(a) == len(b):  # as many figures on each side: either may be read against the other
        return fewer_meet(a, b) or fewer_meet(b, a)
    return fewer_meet(a, b) if len(a) < len(b) else fewer_meet(b, a)


_VALUE = st.sampled_from([2.0, 3.0, 8.0, 9.0, 12.0, 20.0, 21.0, 200.0, 212.0, 250.0])
_FIGURE = st.tuples(_VALUE, st.sampled_from([1.0, 1.0, 0.9, 1.1, 1.25]), st.booleans()).map(
    lambda t: Figure(t[0], t[0] * t[1], t[2])
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_FIGURE, max_size=4), st.lists(_FIGURE, max_size=4))
def test_ranges_agree_equals_the_plain_reading(a: list[Figure], b: list[Figure]) -> None:
    fa = {f"a{k}": f for k, f in enumerate(a)}
    fb = {f"b{k}": f for k, f in enumerate(b)}
    assert ranges_agree(fa, fb) == _ranges_agree_plain(fa, fb)
    assert ranges_agree(fa, fb) == ranges_agree(fb, fa)  # which report comes first never matters


FIGURE_TEXTS = [
    ("more than 200 cases", "212 cases"),
    ("more than 500 flats were damaged", "430 flats were damaged"),
    ("12 buses in the north and another 8 in the south", "20 buses"),
    ("out for eight weeks with a knee injury", "out for two months with a knee injury"),
    ("troops will stay", "troops would be withdrawn"),
    ("the plant in Lyon will close", "that the plant in Turin would close"),
]


def test_known_figure_ranges_give_the_same_verdicts() -> None:
    for a, b in FIGURE_TEXTS:
        ranges = (figure_ranges(a), figure_ranges(b))
        assert ranges_agree(*ranges) == figures_agree(a, b)
        fa, fb = content_features(a), content_features(b)
        assert contradicts(fa, fb, texts=(a, b), figures=ranges) == contradicts(fa, fb, texts=(a, b))


# --- numeric claims ---------------------------------------------------------------------------

_PIECES = [
    "more than", "over", "About", "ſome", "nearly", "no  less than", "up to", "an estimated", "In excess of",
    " ", "  ", "\n", "\u00a0", "$", "€", "£", "1", "12", "1,000", "3.5", "٣", "thousand", "million", "bn",
    "m", "people", "dead", "x", "-", ",", ".", "a", "killed", "MORE THAN",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.booleans(), min_size=14, max_size=14))
def test_number_matches_equal_a_scan_of_every_position(pieces: list[str], spaced: list[bool]) -> None:
    text = "".join(p + (" " if s else "") for p, s in zip(pieces, spaced, strict=False))
    expected = [(m.span(), m.groupdict()) for m in _NUMBER.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _number_matches(text)] == expected


def test_number_matches_keep_the_qualifier() -> None:
    text = "Officials said no less than  $1.5 million was lost. Over 120 people were killed in 2023."
    found = [m.group(0).strip() for m in _number_matches(text)]
    assert found == [m.group(0).strip() for m in _NUMBER.finditer(text)]
    assert found[0].startswith("no less than") and found[1].startswith("Over 120")


# --- weighted sizes ---------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["troop", "ris", "2022", "500", "year", "month", "port", "strik", *sorted(GENERIC)[:2]]
)


@settings(max_examples=300, deadline=None)
@given(st.frozensets(_WORDS), st.frozensets(_WORDS), st.frozensets(_WORDS))
def test_weighted_size_is_the_word_by_word_sum(
    tokens: frozenset[str], numbers: frozenset[str], topic: frozenset[str]
) -> None:
    f = ContentFeatures(tokens | numbers, frozenset(), numbers, tokens | numbers, frozenset(), frozenset())
    for words in (f.tokens, tokens):
        assert _weighted_size(words, f, topic) == sum(_weight(t, f, topic) for t in words)


# --- stored figures ---------------------------------------------------------------------------


def test_stored_features_carry_the_figure_ranges() -> None:
    texts = ["more than 200 cases", "no figure here", "for two months, 1,500 fans"]
    decoded = crossdoc_features.decode(crossdoc_features.encode(texts), texts)
    assert decoded["more than 200 cases"].figures == figure_ranges("more than 200 cases")
    assert decoded["no figure here"].figures == {}
    assert decoded["for two months, 1,500 fans"].figures["2"].duration


def test_a_figure_stored_as_null_means_recompute() -> None:
    texts = ["more than 200 cases"]
    data = crossdoc_features.encode(texts)
    data["reports"][0][-1][0][1] = None  # what JSON makes of a value too big for a float
    assert crossdoc_features.decode(data, texts) == {}
