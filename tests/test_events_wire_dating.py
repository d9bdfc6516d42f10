"""How wire copy dates its happenings (graphbuild.events, graphbuild.events_dating): a dateline's date
is the day the story was filed, not the time of what its lead tells; a figure reached "in February"
dates the change that reached it; a range of dates ends in a day or a year, not in a figure; relations
and measures ("Share adjusted for ...", "totalled", "stood at") and forecasts are no happenings. Real
spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_doc

from graphbuild.events_lexicon import PAST_REF
from graphbuild.pipeline import analyse_document

PUBLISHED = date(1987, 3, 14)


def _events(nlp, text: str) -> list[tuple[str, str | None, date | None]]:
    document = make_doc(text, published=PUBLISHED)
    analysis = analyse_document(document, nlp(document.analysis_text))
    return [
        (e.predicate, e.when.value if e.when else None, e.when.end if e.when else None)
        for e in analysis.events
    ]


def test_a_datelines_date_dates_no_verb_of_the_lead(nlp) -> None:
    events = _events(
        nlp,
        "U.K. OIL INDUSTRY HIT\nLONDON, March 4 - The U.K. offshore oil industry has suffered from last "
        "year's collapse in oil prices, Minister of State for Energy Alick Buchanan-Smith said.",
    )
    assert not any(value == "1987-03-04" for _, value, _ in events)


def test_a_dateline_in_title_case_is_one_too(nlp) -> None:
    events = _events(
        nlp,
        "CANADA DEFICIT\n\nOttawa, March 13 - Canada's federal budget deficit fell to 2.01 billion dlrs in "
        "December from 2.27 billion dlrs a year earlier, the finance department said.",
    )
    assert ("fall", "1986-12") in [(p, v) for p, v, _ in events]


def test_a_happening_the_lead_files_is_dated_by_the_filing_day_at_the_latest(nlp) -> None:
    events = _events(
        nlp,
        "WORLD BANK LOAN\nPEKING, March 7 - The World Bank approved a 100 mln dlr loan to help modernise "
        "the machine tool industry in Shanghai, the New China News Agency said.",
    )
    assert ("approve", PAST_REF, PUBLISHED) in events  # the story's news, on or before the day it was filed


@pytest.mark.parametrize(
    ("text", "predicate", "value"),
    [
        # the month the figure was reached, not the month of the figure compared with
        (
            "Sweden's trade surplus rose to 3.6 billion crowns in February from 1.5 billion in January "
            "and 3.48 billion in February 1986, the Central Bureau of Statistics said.",
            "rise",
            "1987-02",
        ),
        # "February to 957 mln" is no range of dates
        (
            "Norway's trade deficit widened in February to 957 mln crowns from 80 mln crowns in January "
            "and 492 mln crowns in February last year, the Central Bureau of Statistics said.",
            "widen",
            "1987-02",
        ),
        # the time of the figure reached "to" after a figure compared with is the happening's
        ("Oil prices slipped from 30 dlrs in late 1985 to around 10 dlrs in 1986.", "slip", "1986"),
        # a time right after the compared figure's unit is that figure's
        ("Ford's other income rose to 251 mln dlrs from 220 mln dlrs last year.", "rise", PAST_REF),
    ],
)
def test_wire_figures_date_their_change(nlp, text: str, predicate: str, value: str) -> None:
    assert [v for p, v, _ in _events(nlp, text) if p == predicate] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Share adjusted for three-for-one stock split and recapitalization in December 1985.",
        "The U.S. Agriculture Department estimated 1987 winter potato production, based on March 1 "
        "conditions, at 2,788,000 cwts.",
        "Its Sigma Mine had proven and probable reserves at the end of 1986 of 4,902,940 tons.",
        "Net income totalled 10.2 mln dlrs or 1.10 dlrs a share in 1986.",
        "The wholesale price index stood at 168.5 in February.",
        "The CPB forecast 2.5 pct export growth in volume terms in 1987.",
        "For all of 1986, productivity increased 0.7 pct, reflecting rises of 4.3 pct in the first quarter.",
        # the time of a figure compared with, after an approximator ("from about 18 dlrs last year")
        "The EIU said it saw oil prices dropping to around 16.50 dlrs a barrel by end-1987 and 15.50 dlrs in "
        "1988 from about 18 dlrs last year, as adherence to OPEC output policy becomes increasingly ragged.",
        # a sequence, not a happening; the happening is the noun's
        "This followed the imposition of penal lending rates of 11 pct on the discount houses yesterday.",
        # what is foreseen, not done
        "Kirnan raised his estimates and sees GM earning 5.65 dlrs this year and 9.75 dlrs in 1988.",
        # a running total's span is no happening's time
        "The Bank of England provided 456 mln stg, bringing its total help so far today to 493 mln stg.",
    ],
)
def test_relations_measures_and_forecasts_are_no_dated_happenings(nlp, text: str) -> None:
    assert [(p, v) for p, v, _ in _events(nlp, text) if v != PAST_REF] == []


@pytest.mark.parametrize(
    ("text", "predicate", "value"),
    [
        ("The bank adjusted its rates for inflation in December 1985.", "adjust", "1985-12"),
        ("The firm sold developed and undeveloped acreage in December 1985.", "sell", "1985-12"),
        ("In 1984, Knapp stood as the first vice presidential nominee of the party.", "stand", "1984"),
        ("Yesterday, Buttigieg followed suit and dropped out of the race.", "follow_suit", "1987-03-13"),
        # a sight, not a forecast
        ("Police saw the suspect fleeing the scene on Monday.", "flee", "1987-03-09"),
        # a happening noun under a preposition of a verb keeps the date it takes
        (
            "Tarrant was charged with one count of murder pertaining to a mass shooting in Christchurch "
            "on Friday, which caused the death of at least 50 people.",
            "shooting",
            "1987-03-13",
        ),
    ],
)
def test_happenings_like_them_still_are(nlp, text: str, predicate: str, value: str) -> None:
    assert (predicate, value) in [(p, v) for p, v, _ in _events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "BNL president Nerio Nesi said on Monday the bank declined to name the German institution.",
        "It features a swap agreement but a Mitsubishi Bank spokesman declined to give further details.",
    ],
)
def test_declining_to_name_or_give_details_is_no_happening(nlp, text: str) -> None:
    assert "decline" not in [p for p, _, _ in _events(nlp, text)]
