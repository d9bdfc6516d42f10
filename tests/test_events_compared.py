"""The time of a figure compared with is not the happening's (graphbuild.events_dating): wire copy
reports a change against an earlier level ("fell to 51.2 pct from 54.5 pct in February 1986", "rose
1.1 pct after 2.0 pct in 1985"), and that earlier time dated the change. Real spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_doc

from graphbuild.pipeline import analyse_document

PUBLISHED = date(1987, 3, 12)


def _dates(nlp, text: str) -> dict[str, str | None]:
    document = make_doc(text, published=PUBLISHED)
    analysis = analyse_document(document, nlp(document.analysis_text))
    return {e.predicate: (e.when.value if e.when else None) for e in analysis.events}


@pytest.mark.parametrize(
    ("text", "predicate", "wrong"),
    [
        ("U.S. production increased 1.1 pct after 2.0 pct in 1985, the report said.", "increase", "1985"),
        (
            "Southwest Airlines Co said its February load factor fell to 51.2 pct from 54.5 pct in February 1986.",
            "fall",
            "1986-02",
        ),
        ("Net profit rose to 145 mln dlrs from 125 mln in 1985.", "rise", "1985"),
        (
            "A typical mortgage bond had risen to 81 by noon from 79-1/4 at the close last night.",
            "rise",
            "1987-03-11TNI",
        ),
    ],
)
def test_the_time_of_a_figure_compared_with_does_not_date_the_change(
    nlp, text: str, predicate: str, wrong: str
) -> None:
    assert _dates(nlp, text).get(predicate) != wrong


@pytest.mark.parametrize(
    ("text", "predicate", "right"),
    [
        # a day "on" which it happened is the happening's
        (
            "The intervention rate was last raised to eight pct from 7-1/4 on January 2.",
            "raise",
            "1987-01-02",
        ),
        # a verb between the figure and the time: the time is that verb's ("paid ... in 1981")
        (
            "The price is a high from the 166,000 dlrs paid for a seat in 1981, but the record remains "
            "200,000 dlrs paid in 1929.",
            "pay",
            "1981",
        ),
    ],
)
def test_a_time_of_its_own_still_dates_the_happening(nlp, text: str, predicate: str, right: str) -> None:
    document = make_doc(text, published=PUBLISHED)
    analysis = analyse_document(document, nlp(document.analysis_text))
    assert right in {e.when.value for e in analysis.events if e.predicate == predicate and e.when}
