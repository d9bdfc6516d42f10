"""Quote pairing and local recovery (pure text, no model)."""

from __future__ import annotations

import pytest

from graphbuild.claims.quotes import find_quotes


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will win” today.", ["we will win"]),
        ('He said "we will win" today.', ["we will win"]),
        ('"One," she said, "two."', ["One,", "two."]),
        ("«Bonjour», dit-il.", ["Bonjour"]),
        ("Mayor says city 'will not back down' on plan", ["will not back down"]),
        ("Mayor says city ‘will not back down’ on plan", ["will not back down"]),
    ],
)
def test_pairs(text, expected):
    assert inner(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They don't know what the workers' union wants.",
        "It's the '90s all over again, isn't it?",
        "Rock 'n' roll.",
    ],
)
def test_apostrophes_are_not_quotes(text):
    assert inner(text) == []


def test_paragraph_continuation_convention():
    text = '"The first paragraph of a long quote.\n"The second paragraph ends it," she said.\nNext.'
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.paragraphs == 2
    assert text[q.start : q.end].startswith("The first paragraph")
    assert text[q.start : q.end].endswith("ends it,")
    assert not q.recovered


def test_unclosed_quote_recovers_within_its_paragraph():
    text = 'He said "this never closes.\nLater she said "we will win" and left.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["this never closes.", "we will win"]
    assert quotes[0].recovered and not quotes[1].recovered


def test_stray_closing_mark_recovers_locally():
    text = "First sentence. The talks failed,” an aide said. Then “a real quote” here."
    got = inner(text)
    assert got[0] == "The talks failed,"
    assert got[-1] == "a real quote"


def test_two_openers_in_a_row():
    text = "He said “we are ready. Then she said “no way” loudly."
    got = inner(text)
    assert got == ["we are ready.", "no way"]


def test_single_quotes_inside_double_are_not_separate():
    text = "“He called it ‘a disaster’ yesterday,” she said."
    assert inner(text) == ["He called it ‘a disaster’ yesterday,"]


def test_doubled_single_quotes_of_old_newswire_copy():
    text = "''It is not reform,'' said an analyst. ``Never,'' she said."
    assert inner(text) == ["It is not reform,", "Never,"]


def test_quote_marks_inside_markup_are_ignored():
    text = '<blockquote author="jdoe" id="12">Praying for the victims</blockquote> He said "enough".'
    assert inner(text) == ["enough"]
