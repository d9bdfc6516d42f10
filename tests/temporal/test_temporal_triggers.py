"""The needle pre-test of the tagger: a cheaper test must keep every rule the case-insensitive scan kept."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.temporal import patterns as P


def _scanned(text: str) -> set[int]:
    """The reference: the rules of every needle a case-insensitive search finds in ``text``."""
    found: set[int] = set()
    for needle, rules in P._TRIGGERS.items():
        if re.search(re.escape(needle), text, P._F):
            found |= rules
    return found


def test_case_special_lists_every_character_the_scan_equates_but_lower_does_not() -> None:
    letters = {c for n in P._NEEDLES for c in n if c.isascii() and c.isalpha()}
    one = re.compile("[" + "".join(sorted(letters)) + "]", P._F)
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    equated = set(one.findall(every))  # non-ASCII characters the scan takes for a needle's letter
    special = {c for c in equated if c.lower() not in letters}  # lower() alone would miss them
    assert special <= P.CASE_SPECIAL.keys()
    assert all(re.fullmatch(letter, c, P._F) for c, letter in P.CASE_SPECIAL.items())  # mapped rightly
    assert {"\u0130", "\u0131", "\u017f"} <= special  # dotted I, dotless i, long s


_NEWS_WORDS = st.sampled_from(
    [
        *P._NEEDLES,
        "Evenings",
        "YESTERDAY",
        "tonıght",
        "ſummer",
        "\u212aey",
        "İn",
        "the",
        "Quarterly",
        " ",
        "\n",
        "-",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NEWS_WORDS, max_size=12).map(" ".join) | st.text(max_size=80))
def test_the_substring_test_finds_the_rules_of_every_needle_a_search_finds(text: str) -> None:
    assert P.triggered_rules(text) == _scanned(text)


def test_text_with_characters_matching_equates_with_ascii_letters() -> None:
    # "ı" matches "i" case-insensitively (the rules' own patterns read "tonıght" as "tonight"), and
    # the scan that found the needles before raised KeyError on it: the word it found was no needle
    text = "The talks ended tonıght; the ſummer plan and last week"
    assert P.triggered_rules(text) == _scanned(text)
    assert [(s.rule, text[s.start : s.end]) for s in P.find_spans(text)][-1] == ("relative", "last week")


def test_tag_reads_such_letters_as_ascii_and_keeps_the_text_as_written() -> None:
    from datetime import date

    from graphbuild import temporal

    written = "The talks ended tonıght, the ſummer plan"  # raised KeyError before
    plain = "The talks ended tonight, the summer plan"
    found = temporal.tag(written, date(2024, 1, 3))
    assert [t.text for t in found] == ["tonıght", "the ſummer"]
    assert [(t.start, t.end, t.value) for t in found] == [
        (t.start, t.end, t.value) for t in temporal.tag(plain, date(2024, 1, 3))
    ]


def test_no_expression_starts_inside_a_number() -> None:
    from datetime import date

    from graphbuild import temporal

    anchor = date(2024, 1, 3)
    # read "5 years ago" (2019) and "5 days ago" before
    assert [(t.text, t.value) for t in temporal.tag("It happened 1.5 years ago.", anchor)] == [
        ("1.5 years", "P1.5Y")
    ]
    assert [t.text for t in temporal.tag("Prices fell 2.5 days ago; 1,500 days on.", anchor)] == [
        "2.5 days",
        "1,500 days",
    ]
    assert [t.value for t in temporal.tag("It happened 5 years ago.", anchor)] == ["2019"]


def _gate_texts() -> st.SearchStrategy[str]:
    needles = [n for g in P._GATE_NEEDLES if g is not None for n in g[0]]
    words = st.sampled_from(
        [*needles, *(n.upper() for n in needles), "Re", "_", "9", "x", "İ", "ı", "ſ", "\u212a"]
    )
    glue = st.sampled_from(["", " ", "-", "_", "\n", "'"])
    return st.lists(st.tuples(words, glue), max_size=10).map(
        lambda ps: "".join(w + g for w, g in ps)
    ) | st.text(max_size=60)


@settings(max_examples=400, deadline=None)
@given(_gate_texts())
def test_needle_gates_answer_as_their_regular_expressions(text: str) -> None:
    low = P.fold_case_specials(text).lower()
    assert len(low) == len(text)
    for gate, needles in zip(P._GATE_LIST, P._GATE_NEEDLES, strict=True):
        if needles is not None:
            assert P._needle_gate(text, low, *needles) == (gate.search(text) is not None), (
                gate.pattern,
                text,
            )


def test_needle_gates_are_the_gates_built_from_needles() -> None:
    built = [g for g in P._GATE_NEEDLES if g is not None]
    assert len(built) >= 20 and any(not bounded for _, bounded in built)
    assert P._GATE_NEEDLES[P._GATE_LIST.index(P.RULES_BY_NAME["set"].gate)] is not None
    assert P._GATE_NEEDLES[P._GATE_LIST.index(P.RULES_BY_NAME["clock"].gate)] is None  # written as a regex
