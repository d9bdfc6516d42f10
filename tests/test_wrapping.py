"""Hard-wrapped wire copy: the language pipeline reads its running text, every offset stays exact."""

from __future__ import annotations

import pytest

from graphbuild.model import Document
from graphbuild.pipeline import analyse_document
from graphbuild.wrapping import is_hard_wrapped, join_wrapped_lines

#: Agency copy wrapped at about 70 columns, paragraphs opened by an indent: names and a date run
#: across line breaks ("the Securities and / Exchange Commission", "Texas / Commerce Bank-Houston").
WIRE = (
    "WASHINGTON, March 3 - Shares of the company rose sharply on Tuesday\n"
    "after a Federal Reserve spokesman told reporters that the Securities and\n"
    "Exchange Commission had cleared the merger with Texas\n"
    "Commerce Bank-Houston, which was announced on February\n"
    "12, 1986, ahead of the annual meeting.\n"
    "    The bank said profits would rise sharply in the second half of\n"
    "the year, the chairman told reporters at a news conference in the\n"
    "city, adding that costs would fall as the two banks merged their\n"
    "branch networks over the next two years.\n"
)


def _document(text: str, boilerplate: tuple[tuple[int, int], ...] = ()) -> Document:
    return Document(Document.make_id(text), text, "", "wire.txt", boilerplate=boilerplate)


def test_line_breaks_inside_paragraphs_become_spaces_one_for_one():
    joined = join_wrapped_lines(WIRE)
    assert len(joined) == len(WIRE)
    assert "the Securities and Exchange Commission" in joined
    assert "Texas Commerce Bank-Houston" in joined
    # the indented paragraph start stays a line break, and so does the final one
    assert "meeting.\n    The bank" in joined
    assert joined.endswith("years.\n")
    assert [i for i, (a, b) in enumerate(zip(WIRE, joined, strict=True)) if a != b] == [
        i for i, c in enumerate(WIRE) if c == "\n" and joined[i] == " "
    ]


def test_a_line_ending_in_a_space_is_joined_and_blank_lines_stay():
    lines = [
        "The fare will rise to 379 dlrs in high season, beginning ",
        "June to September, and compares with 329 dlrs now, the airline said",
        "in a statement issued at its head office on Monday afternoon after",
        "the board met to review the schedule for the coming summer months",
        "",
        "Bookings opened on Tuesday for flights from the end of May onwards",
        "and the airline expects most of its summer seats to be sold by then",
    ]
    text = "\n".join(lines)
    assert is_hard_wrapped(text)
    joined = join_wrapped_lines(text)
    assert "beginning  June to September" in joined
    assert "months\n\nBookings" in joined


@pytest.mark.parametrize(
    "text",
    [
        "Minister says talks will resume\nThe minister told reporters on Friday that talks would resume.",
        "\n".join(
            ["A full paragraph of prose that runs on well past the width of wire copy, ending properly."] * 6
        ),
        "One line, no break at all.",
    ],
)
def test_text_that_is_not_hard_wrapped_is_read_as_it_is(text):
    assert join_wrapped_lines(text) == text
    assert _document(text).analysis_text == text


def test_the_analysis_text_blanks_boilerplate_and_joins_the_lines_of_wrapped_copy():
    start = WIRE.index("Exchange")
    end = start + len("Exchange Commission")
    analysis = _document(WIRE, ((start, end),)).analysis_text
    assert len(analysis) == len(WIRE)
    assert analysis[start:end].strip() == ""
    assert "Texas Commerce Bank-Houston" in analysis  # judged wrapped on the article as read


def test_names_and_dates_across_line_breaks_are_read_whole_with_their_exact_characters(nlp):
    document = _document(WIRE)
    analysis = analyse_document(document, nlp(document.analysis_text))
    names = {m.text for m in analysis.mentions}
    # without the joined text, spaCy tags "Texas" and "Commerce Bank-Houston" apart and misses the SEC
    assert "Texas\nCommerce Bank-Houston" in names
    assert "Securities and\nExchange Commission" in names
    assert "Texas" not in names
    for m in analysis.mentions:
        assert m.text == WIRE[m.start : m.end]
    dates = {t.text: t.value for t in analysis.timexes}
    assert dates["February\n12, 1986"] == "1986-02-12"
    for t in analysis.timexes:
        assert t.text == WIRE[t.start : t.end]
    sources = {a.source_text for a in analysis.attributions}
    assert {"a Federal Reserve spokesman", "the chairman"} <= sources
    for a in analysis.attributions:
        if "…" not in a.content_text:  # a report read without its frame has gaps
            assert a.content_text == WIRE[a.content[0] : a.content[1]]
        if a.source is not None:
            assert a.source_text == WIRE[a.source[0] : a.source[1]]
