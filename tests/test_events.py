from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_attr, make_doc

from graphbuild.events import extract_events
from graphbuild.model import Timex

timex = day_timex


@pytest.mark.parametrize(
    ("text", "phrase", "predicate", "role_texts"),
    [
        (
            "Rebels seized the airport in Karta on Tuesday.",
            "on Tuesday",
            "seize",
            {"agent": "Rebels", "patient": "the airport"},
        ),
        ("The town, which fell to the army in May, is now empty.", "in May", "fall", {"agent": "The town"}),
        (
            "Northland annexed the peninsula in 2014.",
            "2014",
            "annex",
            {"agent": "Northland", "patient": "the peninsula"},
        ),
    ],
)
def test_dated_clauses_become_events_with_participants(nlp, text, phrase, predicate, role_texts):
    doc = make_doc(text)
    t = timex(text, phrase, date(2023, 5, 1))
    events = extract_events(doc, nlp(doc.analysis_text), [t])
    assert len(events) == 1
    ev = events[0]
    assert ev.predicate == predicate
    assert ev.when.value == t.value
    roles = {p.role: p.text for p in ev.participants}
    for role, expected in role_texts.items():
        assert roles[role] == expected
    assert doc.text[ev.start : ev.end] == ev.text


def test_reporting_verbs_negation_undated_and_quoted_clauses_are_not_events(nlp):
    text = (
        "The minister said on Monday that talks would resume. "
        "The army did not attack on Friday. "
        "Prices rose sharply. "
        '"We captured the bridge on Sunday," the commander said.'
    )
    doc = make_doc(text)
    timexes = [
        timex(text, "on Monday", date(2023, 12, 4)),
        timex(text, "on Friday", date(2023, 12, 1)),
        timex(text, "on Sunday", date(2023, 12, 3)),
    ]
    quote = make_attr(doc, "We captured the bridge on Sunday,", speaker="the commander")
    assert extract_events(doc, nlp(doc.analysis_text), timexes, [quote]) == []


def test_durations_and_unresolved_dates_do_not_date_events(nlp):
    text = "The siege lasted nine months. The city fell in spring."
    doc = make_doc(text)
    s = text.index("nine months")
    dur = Timex(s, s + 11, "nine months", "DURATION", "P9M", rule="test")
    s2 = text.index("spring")
    unresolved = Timex(s2, s2 + 6, "spring", "DATE", "XXXX-SP", rule="test")
    events = extract_events(doc, nlp(doc.analysis_text), [dur, unresolved])
    assert all(e.when.value not in ("P9M", "XXXX-SP") for e in events)
    assert all(e.when.start is None for e in events)  # at most "before publication"


def test_light_verbs_and_pronoun_only_participants_are_not_events(nlp):
    text = "His order comes a week later. It went on Monday."
    doc = make_doc(text)
    timexes = [timex(text, "a week later", date(2023, 12, 1)), timex(text, "on Monday", date(2023, 12, 4))]
    assert extract_events(doc, nlp(doc.analysis_text), timexes) == []


def test_relative_pronoun_patient_resolves_to_its_noun(nlp):
    text = "They lost the peninsula, which Northland annexed in 2014."
    doc = make_doc(text)
    events = extract_events(doc, nlp(doc.analysis_text), [timex(text, "2014", date(2014, 1, 1))])
    roles = {p.role: p.text for p in events[0].participants}
    assert roles == {"agent": "Northland", "patient": "the peninsula"}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The army will attack the bridge on Friday.", "on Friday"),  # modal / future
        ("The state of emergency was expected to end on Friday.", "on Friday"),  # infinitive
        ("Rebels could have seized the airport on Friday.", "on Friday"),  # modal perfect
        ("If the rebels seized the airport on Friday, the talks failed.", "on Friday"),  # conditional
        ("The Hall dates to 1873.", "1873"),  # stative
        ("Every society respects its members in the 21st century.", "the 21st century"),  # generic present
        ("The minister indicated on Friday that talks failed.", "on Friday"),  # reporting verb
        ("No soldier crossed the river on Friday.", "on Friday"),  # negated subject
        ("The campaign shifted to August.", "August"),  # a goal, not a time
        ("The crash was being investigated by police on Saturday.", "on Saturday"),  # progressive: a state
        ("She was credited with helping write the charter in 2011.", "2011"),  # a gerund argument
        ("The shares held a value of 681 million pounds at year-end.", "year-end"),  # a measurement
        ("Friday night was the fourth night of protests; the crowd marched against the law.", "Friday night"),
    ],
)
def test_irrealis_generic_and_noun_dates_are_not_events(nlp, text, phrase):
    text = "Report\n" + text  # a title line, so the sentence is body text, not a headline
    doc = make_doc(text)
    assert extract_events(doc, nlp(doc.analysis_text), [timex(text, phrase, date(2023, 12, 1))]) == []


@pytest.mark.parametrize(
    ("text", "phrase", "predicate"),
    [
        ("The 1973 building collapsed.", "1973", "collapse"),  # the date belongs to a noun
        ("Rebels attacked the convoy of 2001.", "2001", "attack"),  # ... also through a preposition
        ("The ministry expressed its support via the May 20 signing of the treaty.", "May 20", "express"),
        ("The mayor spent much of August touring farms.", "August", "spend"),  # an argument's part
    ],
)
def test_a_date_that_belongs_to_a_noun_does_not_date_the_verb(nlp, text, phrase, predicate):
    text = "Report\n" + text
    doc = make_doc(text)
    t = timex(text, phrase, date(2023, 12, 1))
    events = extract_events(doc, nlp(doc.analysis_text), [t])
    assert not [e for e in events if e.predicate == predicate and e.when.value == t.value]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Smith served as mayor from 2009 to 2017.", "2009 to 2017"),  # a range, not a point
        ("Rebels seized the airport two years later.", "two years later"),  # anchored on another event
        ("The plane crashed at 9:54 a.m.", "9:54 a.m."),  # clock time: its day is a guess
    ],
)
def test_ranges_anaphoric_and_clock_only_dates_do_not_date_events(nlp, text, phrase):
    doc = make_doc(text)
    t = timex(text, phrase, date(2023, 12, 1))
    if ":" in phrase:
        t = Timex(t.start, t.end, t.text, "TIME", "2023-12-01T09:54", interval=t.interval, rule="test")
    # the clause may still be an undated past happening, dated only "before publication"
    assert all(e.when.value != t.value for e in extract_events(doc, nlp(doc.analysis_text), [t]))


def test_frames_through_a_prepositional_noun_and_headline_present_are_kept(nlp):
    text = "Rebels seize airport on Monday\nIn the 2016 election, Smith lost the county."
    doc = make_doc(text)
    timexes = [timex(text, "on Monday", date(2023, 12, 4)), timex(text, "2016", date(2016, 1, 1))]
    events = extract_events(doc, nlp(doc.analysis_text), timexes)
    assert [e.predicate for e in events] == ["seize", "lose"]


def test_restating_a_position_is_a_statement_not_an_event(nlp):
    text = "On Tuesday, the premier reaffirmed the openness of the project."
    doc = make_doc(text)
    assert extract_events(doc, nlp(doc.analysis_text), [timex(text, "On Tuesday", date(2023, 12, 5))]) == []


def test_a_date_in_a_relational_frame_belongs_to_that_frame_not_the_main_clause(nlp):
    text = "Report\nAfter a flood in the valley in 2015, a dam was built in 2016."
    doc = make_doc(text)
    timexes = [timex(text, "2015", date(2015, 1, 1)), timex(text, "2016", date(2016, 1, 1))]
    events = extract_events(doc, nlp(doc.analysis_text), timexes)
    assert [(e.predicate, e.when.value) for e in events] == [("build", "2016-01-01")]
