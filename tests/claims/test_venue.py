"""Venue, addressee and the date a statement was made (never the publication date)."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.claims import attribute_claims
from graphbuild.model import TimeSpan, Timex


def timex(text: str, phrase: str, value: str, *, occurrence: int = 0) -> Timex:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    d = date.fromisoformat(value)
    return Timex(
        start, start + len(phrase), phrase, "DATE", value, interval=(d, d), granularity="day", rule="test"
    )


@pytest.fixture
def run(nlp, make_document):
    def go(text, timexes, **kw):
        document = make_document(text, **kw)
        return attribute_claims(document, nlp(document.analysis_text), timexes)

    return go


def test_venue_date_first(run):
    text = "In a Dec. 3 interview with the Daily Ledger, Maria Lopez said the strike would end on Friday."
    txs = [timex(text, "Dec. 3", "2023-12-03"), timex(text, "Friday", "2023-12-08")]
    (a,) = run(text, txs)
    assert a.venue == "a Dec. 3 interview with the Daily Ledger"
    assert a.addressee == "the Daily Ledger"
    assert a.said_rule == "venue-date"
    assert a.said == TimeSpan(
        text="Dec. 3",
        value="2023-12-03",
        start=date(2023, 12, 3),
        end=date(2023, 12, 3),
        granularity="day",
        rule="test",
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Maria Lopez said on Monday that the strike would end.", "Monday", "2023-12-04"),
        ("The strike will end soon, Maria Lopez said last week.", "last week", "2023-11-27"),
        ("On Dec. 1, Maria Lopez told reporters that the strike would end.", "Dec. 1", "2023-12-01"),
    ],
)
def test_sentence_date_governing_the_cue(run, text, phrase, value):
    (a,) = run(text, [timex(text, phrase, value)])
    assert a.said_rule == "sentence-date"
    assert a.said is not None and a.said.value == value


def test_date_inside_the_content_is_not_the_saying_date(run):
    text = "Maria Lopez said the strike would end on Friday."
    (a,) = run(text, [timex(text, "Friday", "2023-12-08")])
    assert a.said is None
    assert a.said_rule == "unknown: no date in sentence"


def test_date_in_another_sentence_is_not_used(run):
    text = "The strike began on Monday. Maria Lopez said it would end soon."
    (a,) = run(text, [timex(text, "Monday", "2023-12-04")])
    assert a.said is None
    assert a.said_rule.startswith("unknown")


def test_press_conference_venue(run):
    text = '"The plan is sound," Maria Lopez said at a Nov. 16 press conference.'
    (a,) = run(text, [timex(text, "Nov. 16", "2023-11-16")])
    assert a.venue == "a Nov. 16 press conference"
    assert a.said_rule == "venue-date"
    assert a.said.value == "2023-11-16"


def test_speaking_to_reporters_gives_addressee(run):
    text = "Speaking to reporters in Rome, Maria Lopez said the strike would end."
    (a,) = run(text, [])
    assert a.addressee == "reporters"


def test_boilerplate_is_never_attributed(run):
    text = "Maria Lopez said the strike would end.\nRead more: our app says you will love it."
    start = text.index("Read more")
    atts = run(text, [], boilerplate=((start, len(text)),))
    assert len(atts) == 1
    assert atts[0].content[1] <= start


def test_date_of_something_the_venue_mentions_is_not_the_venue_date(run):
    text = "At a briefing ahead of the May 2 vote, Maria Lopez said turnout would be high."
    (a,) = run(text, [timex(text, "May 2", "2024-05-02")])
    assert a.venue is not None and a.venue.startswith("a briefing")
    assert a.said_rule != "venue-date"


def test_present_reference_is_not_a_date(run):
    text = "Maria Lopez said now that the strike would end."
    tx = Timex(text.index("now"), text.index("now") + 3, "now", "DATE", "PRESENT_REF")
    (a,) = run(text, [tx])
    assert a.said is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the date of another clause's happening: when the offensive began, when a decision comes
        (
            "The ministry's latest estimates reveal over 5,000 casualties since the offensive began in early June.",
            "early June",
        ),
        ("Ana Ruiz said she plans to announce a decision early next week.", "early next week"),
        ("After a hearing was held on May 4, the committee said the network broke no law.", "May 4"),
    ],
)
def test_a_date_of_another_clause_is_not_when_it_was_said(run, text, phrase):
    (a,) = run(text, [timex(text, phrase, "2023-06-05")])
    assert a.said is None and a.said_rule == "unknown: no date in sentence"


def test_a_speaking_occasion_clause_dates_the_saying(run):
    text = "Presenting the budget to parliament on Saturday, Finance Minister Ana Ruiz said taxes would rise."
    (a,) = run(text, [timex(text, "Saturday", "2023-06-03")])
    assert a.said is not None and a.said.value == "2023-06-03" and a.said_rule == "sentence-date"
