"""Event descriptions say what happened (issue #6): the object with the complement that makes it mean
something ("declared a state of emergency", not "declared a state"), the indirect object or "to" phrase of
a transfer, a role ("as ..."), a charge ("of ..."), each whole or not at all; a past participle the parser
tagged in a sentence of the body is an active verb, not a headline's passive; and a headline word the
parser misread names the happening its body dates with the same verb and name. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_doc

from graphbuild.events import extract_events
from graphbuild.events_phrases import MAX_DESCRIPTION_WORDS, balanced

PUBLISHED = date(2026, 6, 11)
WEDNESDAY = date(2026, 6, 10)


def events_of(nlp, text: str, phrase: str | None = "Wednesday", day: date = WEDNESDAY):
    doc = make_doc(text, published=PUBLISHED)
    timexes = [day_timex(text, phrase, day)] if phrase else []
    return extract_events(doc, nlp(doc.analysis_text), timexes)


def description(nlp, text: str, predicate: str) -> str:
    found = [e.description for e in events_of(nlp, text) if e.predicate == predicate]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # the "of" phrase of the object
        (
            "Report\nOn Wednesday, Governor Ana Reyes declared a state of emergency in the province.",
            "declare",
            "Governor Ana Reyes declared a state of emergency",
        ),
        (
            "Report\nOn Wednesday, the regulator ordered the closure of the Harlow plant.",
            "order",
            "the regulator ordered the closure of the Harlow plant",
        ),
        # ... and of the subject
        (
            "Report\nThe Court of Appeals on Wednesday overturned the verdict.",
            "overturn",
            "The Court of Appeals overturned the verdict",
        ),
        # the "to" phrase of a transfer, and a goal
        (
            "Report\nOn Wednesday, the company sold its paint business to Lindqvist Coatings.",
            "sell",
            "the company sold its paint business to Lindqvist Coatings",
        ),
        (
            "Report\nOn Wednesday, Judge Lea Hart sentenced Tom Reed to ten years in prison.",
            "sentence",
            "Judge Lea Hart sentenced Tom Reed to ten years",
        ),
        # a point in time is the event's time, not a complement of its description
        (
            "Report\nOn Wednesday, the council extended the curfew to May 1.",
            "extend",
            "the council extended the curfew",
        ),
        # a role and a charge
        (
            "Report\nOn Wednesday, the governor appointed Mira Dahl as secretary of state.",
            "appoint",
            "the governor appointed Mira Dahl as secretary of state",
        ),
        (
            "Report\nAnna Berg was convicted of fraud on Wednesday.",
            "convict",
            "Anna Berg was convicted of fraud",
        ),
        # the event noun a support verb carries keeps its words
        (
            "Report\nThe party held its first national convention on Wednesday.",
            "convention",
            "The party held its first national convention",
        ),
        # a closing quotation mark is taken in with the phrase it closes
        (
            'Report\nOn Wednesday, Mayor Lena Ost attacked the "macho culture" of the police.',
            "attack",
            'Mayor Lena Ost attacked the "macho culture"',
        ),
    ],
)
def test_a_description_keeps_the_complement_that_gives_it_its_meaning(nlp, text, predicate, expected):
    assert description(nlp, text, predicate) == expected


def test_a_long_complement_is_left_out_whole_not_cut(nlp):
    text = (
        "Report\nOn Wednesday, the agency sold the building to the old and long-established family-owned "
        "property development and management company of the northern river valley region of the country."
    )
    got = description(nlp, text, "sell")
    assert len(got.split()) <= MAX_DESCRIPTION_WORDS
    assert got == "the agency sold the building"


def test_a_bracket_a_cut_left_open_is_closed_or_dropped(nlp):
    doc = nlp("The United Kingdom's (UK) Conservative Party won.")
    # a phrase starting inside the brackets starts after them
    left, right = balanced(doc, 5, 8)  # "UK) Conservative Party"
    assert doc[left : right + 1].text == "Conservative Party"
    # a phrase ending before the closing bracket takes it in
    left, right = balanced(doc, 4, 5)  # "(UK"
    assert doc[left : right + 1].text == "(UK)"


@pytest.mark.parametrize(
    ("text", "predicate", "expected", "agent"),
    [
        # the parser tags "granted"/"nominated" as participles; in the body they are past tenses, active
        (
            "Report\nOn Wednesday, President Ana Reyes granted Tom Reed a full and unconditional pardon.",
            "grant",
            "President Ana Reyes granted Tom Reed a full and unconditional pardon",
            "President Ana Reyes",
        ),
    ],
)
def test_a_past_tense_of_the_body_is_not_read_as_a_passive(nlp, text, predicate, expected, agent):
    (event,) = [e for e in events_of(nlp, text) if e.predicate == predicate]
    assert event.description == expected
    assert [p.text for p in event.participants if p.role == "agent"] == [agent]


def test_a_headline_participle_is_still_a_passive(nlp):
    text = "Banker Tom Reed convicted of fraud\n\nA jury in Brell on Wednesday convicted Tom Reed of fraud."
    doc = make_doc(text, published=PUBLISHED)
    found = extract_events(doc, nlp(doc.analysis_text), [day_timex(text, "Wednesday", WEDNESDAY)])
    head = [e for e in found if e.start == 0 and e.predicate == "convict"]
    assert head, [(e.predicate, e.description) for e in found]
    assert all(p.role != "agent" or p.text != "Banker Tom Reed" for p in head[0].participants)


HEADLINE_BODY = "\n\nOn Wednesday, the Kestrel-K2 probe unfurled its solar sail, controllers said."


def test_a_misread_headline_verb_takes_the_date_its_body_gives_the_same_verb_and_name(nlp):
    text = "Kestrel-K2 unfurls solar sail ahead of schedule" + HEADLINE_BODY
    head = [e for e in events_of(nlp, text) if e.start == 0]
    assert [(e.predicate, e.when.value if e.when else None) for e in head] == [("unfurl", "2026-06-10")]
    assert head[0].description == "Kestrel-K2 unfurls solar sail ahead of schedule"
    assert [(p.role, p.text) for p in head[0].participants] == [("agent", "Kestrel-K2")]


@pytest.mark.parametrize(
    "headline",
    [
        "Kestrel-K3 unfurls solar sail ahead of schedule",  # another name: another happening
        "Kestrel-K2 to unfurl solar sail ahead of schedule",  # a plan
        "Does Kestrel-K2 unfurl solar sail ahead of schedule?",  # a question
        "Unfurled antenna seen on satellite",  # no name in the headline's clause
        "POLARIS-M1 UNFURLS RADAR ANTENNA",  # in capitals every word reads as a name
    ],
)
def test_a_headline_word_without_the_same_name_and_verb_in_the_body_is_no_event(nlp, headline):
    head = [e for e in events_of(nlp, headline + HEADLINE_BODY) if e.start == 0 and e.predicate == "unfurl"]
    assert head == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\nThe crash happened on Wednesday near the airport.", "The crash happened"),
        ("Report\nThe strike took place on Wednesday at the port.", "The strike took place"),
    ],
)
def test_a_happening_told_by_a_verb_of_occurrence_reads_as_a_clause(nlp, text, expected):
    assert [e.description for e in events_of(nlp, text)] == [expected]
