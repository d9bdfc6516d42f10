"""The city of a wire dateline is never the source of the first sentence ("CLEVELAND, March 3 -
Acme Corp said ...": the parser makes the city the subject of "said"). Real spaCy pipeline."""

from __future__ import annotations

import pytest

from graphbuild.datelines import dateline_span, heading_end


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Plant sold\n\nCLEVELAND, March 3 - Harwick Broadcasting Co said it sold its plant to a rival.",
            "Harwick Broadcasting Co",
        ),
        (
            "Rating cut\n\nNEW YORK, March 6 - Standard and Poor's Corp said it cut the rating of the notes.",
            "Standard and Poor's Corp",
        ),
        (
            "Split declared\n\nKANSAS CITY, Mo., March 2 - Acme Foods Inc said its board declared a split.",
            "Acme Foods Inc",
        ),
    ],
)
def test_dateline_city_is_not_the_source(attribute, text: str, source: str) -> None:
    atts = attribute(text)
    assert atts, text
    first = min(atts, key=lambda a: a.content[0])
    assert first.source is not None
    assert text[first.source[0] : first.source[1]] == source


def test_a_subject_after_no_dateline_is_kept(attribute) -> None:
    text = "Bridge\n\nThe mayor said on Monday that the bridge would reopen in May."
    atts = attribute(text)
    assert [text[a.source[0] : a.source[1]] for a in atts if a.source] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("T\n\nCLEVELAND, March 3 - Acme said", "CLEVELAND, March 3 - "),
        ("T\n\nKANSAS CITY, Mo., March 2 - Acme said", "KANSAS CITY, Mo., March 2 - "),
        ("T\n\nTOKYO (Wire) - The bank said", "TOKYO (Wire) - "),
        ("T\n\nLyon, France (Wire) — Officials said", "Lyon, France (Wire) — "),
        ("T\n\nSmith said on Monday - in a statement - that it was over.", None),
        ("T\n\nThe President - who had left - said so.", None),
        ("Just one line - no body", None),
    ],
)
def test_dateline_span(text: str, dateline: str | None) -> None:
    span = dateline_span(text)
    assert (text[span[0] : span[1]] if span else None) == dateline
    if dateline is not None:
        assert heading_end(text) == text.index(dateline) + len(dateline)
