"""infer_published(): publication dates of undated articles, from datelines and the dates they mention."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import infer_published


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LONDON, Dec. 4, 2023 — Ministers met today in London.", "2023-12-04"),
        ("Dec 3, 2023 (Reuters) - Oil prices rose.", "2023-12-03"),
        ("Headline here\nPARIS, 5 March 2021 /AFP/ - Talks began.", "2021-03-05"),
    ],
)
def test_dateline_with_year(text, value):
    ts = infer_published(text)
    assert ts is not None
    assert (ts.value, ts.rule) == (value, "dateline")
    assert ts.start == ts.end == date.fromisoformat(value)


def test_dateline_without_year_takes_year_from_text():
    text = "BRUSSELS, November 27. /TASS/. The alliance said on September 14, 2022 that it would respond."
    ts = infer_published(text)
    assert ts is not None
    assert (ts.value, ts.rule) == ("2022-11-27", "dateline+year-from-text")


def test_agency_dateline_with_date_first():
    text = "Dec 3 (Reuters) - The talks, which began on November 30, 2023, ended."
    ts = infer_published(text)
    assert ts is not None and ts.value == "2023-12-03"


def test_dateline_year_unknown_never_invents_the_current_year():
    ts = infer_published("BRUSSELS, November 27. /TASS/. Ministers met on Monday.")
    assert ts is not None
    assert ts.value == "XXXX-11-27"
    assert (ts.start, ts.end) == (None, None)
    assert ts.rule == "dateline:year-unknown"


def test_dateline_without_date_falls_back_to_latest_explicit_date():
    text = (
        "WASHINGTON (Reuters) - The bill, introduced on March 3, 2021, passed on June 9, 2021. "
        "A vote will follow on January 5, 2022."
    )
    ts = infer_published(text)
    assert ts is not None
    assert ts.rule == "latest-explicit-date"
    assert ts.value == "2021-06-09"
    assert ts.start == date(2021, 6, 9)
    assert ts.end == date(2022, 1, 5)
    assert ts.mod == "ON_OR_AFTER"


def test_body_sentence_starting_with_a_date_is_not_a_dateline():
    text = "The minister spoke.\nOn Dec. 3 the talks began, he said."
    assert infer_published(text) is None


def test_nothing_known():
    assert infer_published("Ministers met on Monday and will meet again next week.") is None
