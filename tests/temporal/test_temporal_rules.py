"""Year inference near the anchor, spoken years, clock+day joins and other general rules."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.temporal import format_timexes, tag
from graphbuild.temporal.calendar import choose, value_interval
from graphbuild.temporal.tense import tense_cue
from graphbuild.temporal.timeml import meantime_to_timeml, read_meantime, read_timeml


def find(text: str, anchor: date | None, expr: str):
    found = [t for t in tag(text, anchor) if t.text == expr]
    assert len(found) == 1, format_timexes(tag(text, anchor))
    return found[0]


STOLTENBERG = (
    "Jens Stoltenberg said at a press conference ahead of the November 28-29 meeting of the "
    "alliance's foreign ministers."
)


@pytest.mark.parametrize(
    ("text", "anchor", "expr", "value"),
    [
        # the integration bug: a distant reporting verb must not push an upcoming date a year back
        (STOLTENBERG, date(2023, 11, 27), "November 28-29", "2023-11-28"),
        (
            "NATO said the Dec. 5 summit would go ahead, officials added later.",
            date(2023, 11, 27),
            "Dec. 5",
            "2023-12-05",
        ),
        (
            "The bid, which was extended, is due to expire Nov. 16.",
            date(2023, 10, 30),
            "Nov. 16",
            "2023-11-16",
        ),
        # a strong past cue right next to the date still means last year's
        ("Talks on Dec. 3 failed.", date(2023, 11, 29), "Dec. 3", "2022-12-03"),
        ("The summit was held on December 5.", date(2023, 11, 27), "December 5", "2022-12-05"),
        # far from the anchor the tense decides as before
        ("He resigned on August 21, officials said.", date(2023, 11, 27), "August 21", "2023-08-21"),
        ("The plant will reopen on August 21.", date(2023, 11, 27), "August 21", "2024-08-21"),
        # a bare month without a cue leans to the past, but a month just ahead stays ahead
        ("In January, the company hired a new chief.", date(2023, 10, 27), "January", "2023-01"),
        ("Prices rose in December.", date(2024, 1, 8), "December", "2023-12"),
        ("The vote was scheduled for November, officials said.", date(2023, 10, 30), "November", "2023-11"),
        # quarters reported in financial news are ones that have begun
        ("Profit rose in the first quarter.", date(1989, 10, 26), "the first quarter", "1989-Q1"),
        ("It expects to report third-quarter results.", date(1989, 11, 2), "third-quarter", "1989-Q3"),
        ("In the 1988 third quarter it lost money.", date(1989, 11, 2), "the 1988 third quarter", "1988-Q3"),
    ],
)
def test_year_inference(text, anchor, expr, value):
    assert find(text, anchor, expr).value == value


def test_choose_keeps_close_periods_unless_the_cue_is_local():
    nov = [(date(y, 11, 28), date(y, 11, 29)) for y in (2022, 2023, 2024)]
    assert choose(nov, date(2023, 11, 27), "past") == (1, "close")
    assert choose(nov, date(2023, 11, 27), "past", local=True) == (0, "past")
    assert choose(nov, date(2023, 11, 27), None) == (1, "nearest")


def test_tense_cue_locality():
    text = "Ministers met on Friday."
    cue = tense_cue(text, text.index("Friday"), text.index("Friday") + 6)
    assert (cue.tense, cue.local) == ("past", True)
    cue = tense_cue(STOLTENBERG, STOLTENBERG.index("November"), STOLTENBERG.index("November") + 14)
    assert cue.tense == "future"  # "ahead of"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Atlanta, nineteen ninety-six. A bomb.", "nineteen ninety-six", "1996"),
        ("In nineteen seventy-nine the Soviets came.", "nineteen seventy-nine", "1979"),
        ("Unemployment by the year two thousand.", "the year two thousand", "2000"),
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
        ("In July last year the party split.", "July last year", "1997-07"),
        ("In January this year police came.", "January this year", "1998-01"),
        ("He was kidnapped at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday", "1998-02-11T22:00"),
        ("The offer runs until 5 p.m. EST, Feb. 20.", "5 p.m. EST, Feb. 20", "1998-02-20T17:00"),
        ("The delegates voted Friday.", "Friday", "1998-02-13"),  # the anchor's own weekday
        ("Sales for the full year rose.", "the full year", "1998"),
        ("Net income for the year ended June 30 fell.", "the year", "P1Y"),
        ("The deal should close by year-end.", "year-end", "1998"),
        ("Rates may fall in coming months.", "coming months", "FUTURE_REF"),
        ("for the last half of 1989", "the last half of 1989", "1989-H2"),
    ],
)
def test_general_rules(text, expr, value):
    assert find(text, date(1998, 2, 13), expr).value == value  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "He sold two thousand cars.",
        "The company raised its quarterly dividend.",
        "He read Obama’s daily briefing.",  # a curly apostrophe's possessive
        "He joined the analysts' daily call.",  # a plural possessive
        "It will save $2 million a year in costs.",
        "Qantas adds four flights a week.",
    ],
)
def test_not_time_expressions(text):
    assert [t.text for t in tag(text, date(1998, 2, 13)) if t.type in ("DATE", "DURATION", "SET")] == []


def test_value_interval():
    assert value_interval("1998-02-11T22:00") == (date(1998, 2, 11),) * 2
    assert value_interval("1994-WI") == (date(1994, 12, 1), date(1995, 2, 28))
    assert value_interval("199") == (date(1990, 1, 1), date(1999, 12, 31))
    assert value_interval("PRESENT_REF") is None
    assert value_interval("XXXX-11") is None


MEANTIME_DOC = """<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en">
<token number="0" sentence="0" t_id="1">Ford</token>
<token number="1" sentence="0" t_id="2">profits</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">14</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2009</token>
<token number="6" sentence="2" t_id="7">Ford</token>
<token number="7" sentence="2" t_id="8">said</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Tuesday</token>
<token number="10" sentence="2" t_id="11">.</token>
<token number="11" sentence="3" t_id="12">Unannotated</token>
<token number="12" sentence="3" t_id="13">tail</token>
<Markables>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2009-05-12"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2009-05-14">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
</Markables>
<Relations/>
</Document>
"""


def test_meantime_reader_and_timeml_round_trip(tmp_path):
    src = tmp_path / "doc.xml"
    src.write_text(MEANTIME_DOC, encoding="utf-8")
    text, dct, gold = read_meantime(src)
    assert text == "Ford profits\nFord said on Tuesday."  # no dateline, no unannotated tail
    assert dct == date(2009, 5, 14)
    assert [(g.text, g.value) for g in gold] == [("Tuesday", "2009-05-12")]
    tml = tmp_path / "doc.tml"
    tml.write_text(meantime_to_timeml(src), encoding="utf-8")
    text2, dct2, gold2 = read_timeml(tml)
    assert (text2, dct2, [(g.start, g.end, g.value) for g in gold2]) == (
        text,
        dct,
        [(g.start, g.end, g.value) for g in gold],
    )
