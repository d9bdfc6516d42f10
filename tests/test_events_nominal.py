"""Nominal events with a clear time anchor, reduced passives, and clause-initial "when": each rule
has a sentence it must take and one it must leave (a future date, a plan, a question)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_doc

from graphbuild.events import extract_events

PUBLISHED = date(2023, 12, 4)


def events_of(nlp, text: str, timexes=()):
    doc = make_doc(text, published=PUBLISHED)
    return extract_events(doc, nlp(doc.analysis_text), list(timexes))


def roles(event) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in event.participants:
        out.setdefault(p.role, []).append(p.text)
    return out


@pytest.mark.parametrize(
    ("text", "phrase", "day", "noun", "expected_roles", "description"),
    [
        (
            "Report\nInvestigators studied the March 3 attack on the embassy.",
            "March 3",
            date(2023, 3, 3),
            "attack",
            {"patient": ["the embassy"]},
            "March 3 attack on the embassy",
        ),
        (
            "Report\nThe 1991 agreement between Apple and EMI barred the sale.",
            "1991",
            date(1991, 1, 1),
            "agreement",
            {"agent": ["Apple", "EMI"]},
            "1991 agreement between Apple and EMI",
        ),
        (
            "Report\nPrices rose after Tuesday's crash of Flight 9.",
            "Tuesday",
            date(2023, 11, 28),
            "crash",
            {"patient": ["Flight 9"]},
            "Tuesday's crash of Flight 9",
        ),
    ],
)
def test_an_event_noun_with_a_past_date_is_described_by_its_noun_phrase(
    nlp, text, phrase, day, noun, expected_roles, description
):
    events = [e for e in events_of(nlp, text, [day_timex(text, phrase, day)]) if e.predicate == noun]
    assert len(events) == 1
    assert events[0].when.value == day.isoformat()
    assert roles(events[0]) == expected_roles
    assert events[0].description == description


def test_an_event_noun_dated_after_publication_is_not_an_event(nlp):
    text = "Report\nInvestigators studied the March 3 attack on the embassy."
    future = day_timex(text, "March 3", date(2024, 3, 3))
    assert [e for e in events_of(nlp, text, [future]) if e.predicate == "attack"] == []


def test_a_noun_outside_the_event_lexicon_is_not_an_event(nlp):
    text = "Report\nInvestigators studied the March 3 memo on the embassy."
    events = events_of(nlp, text, [day_timex(text, "March 3", date(2023, 3, 3))])
    assert [e for e in events if e.predicate == "memo"] == []


@pytest.mark.parametrize(
    ("text", "predicate", "patient"),
    [
        ("Report\nThe merger announced on Monday was approved.", "announce", "The merger"),
        ("Report\nThe summit held in May ended early.", "hold", "The summit"),
    ],
)
def test_a_dated_reduced_passive_is_an_event_on_its_noun(nlp, text, predicate, patient):
    phrase = "on Monday" if "Monday" in text else "in May"
    day = date(2023, 12, 4) if "Monday" in text else date(2023, 5, 1)
    events = [e for e in events_of(nlp, text, [day_timex(text, phrase, day)]) if e.predicate == predicate]
    assert len(events) == 1
    assert roles(events[0])["patient"] == [patient]
    assert events[0].when.value == day.isoformat()


def test_a_reduced_passive_dated_after_publication_is_not_an_event(nlp):
    text = "Report\nThe summit held in May ended early."
    later = day_timex(text, "in May", date(2024, 5, 1))
    assert [e for e in events_of(nlp, text, [later]) if e.predicate == "hold"] == []


def test_a_clause_opened_by_when_is_told_as_fact(nlp):
    text = "Report\nWhen Apple CEO Steve Jobs first introduced iPhone 4, he praised the antenna design."
    events = [e for e in events_of(nlp, text) if e.predicate == "introduce"]
    assert len(events) == 1
    assert roles(events[0]) == {"agent": ["Apple CEO Steve Jobs"], "patient": ["iPhone 4"]}


def test_an_embedded_question_with_when_is_not_an_event(nlp):
    assert [e for e in events_of(nlp, "Report\nHe asked when Apple introduced the phone.")] == []


def test_an_apposition_is_the_same_participant_not_another_one(nlp):
    """Counted as a second participant, "the index, the FTSE 100" would share two participants with
    any other description of the index and merge across days."""
    (event,) = [e for e in events_of(nlp, "Report\nThe company, Acme Corp, fired 200 workers.")]
    # one agent: the description, read as the name its own apposition gives (graphbuild.events_coref)
    assert roles(event)["agent"] == ["Acme Corp"]
    (event,) = [e for e in events_of(nlp, "Report\nTim Cook, Apple's chief executive, resigned.")]
    assert roles(event) == {"agent": ["Tim Cook"]}


def test_a_participant_ends_before_the_line_break_and_needs_a_word():
    """A headline's last word carries the line break as a dependent: the participant stops before it;
    a dash misparsed as an object is no participant."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graphbuild.events_roles import _compact

    words = ["Apple", "launches", "3G", "iPhone", "\n", "-"]
    spaces = [True, True, True, False, False, False]
    heads = [1, 1, 3, 1, 3, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "dep", "dobj"]
    doc = Doc(English().vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    start, end = _compact(doc[3])
    assert doc.text[start:end] == "3G iPhone"
    assert _compact(doc[5]) is None


@pytest.mark.parametrize(
    ("text", "is_event"),
    [
        ("Report\nThe two sides agreed a ceasefire on Monday.", True),
        ("Report\nThe firms agreed on a merger on Monday.", True),
        ("Report\nAcme agreed to the terms on Monday.", True),
        ("Report\nCarroll agreed with Smith on Monday.", False),
        ("Report\nThe candidates agreed on many issues on Monday.", False),
    ],
)
def test_agreeing_is_a_happening_only_with_what_was_agreed(nlp, text, is_event):
    events = events_of(nlp, text, [day_timex(text, "on Monday", date(2023, 12, 4))])
    assert bool([e for e in events if e.predicate == "agree"]) is is_event


def test_a_date_spread_over_by_throughout_does_not_date_a_happening(nlp):
    text = "Report\nThe company lost money throughout 2019."
    events = events_of(nlp, text, [day_timex(text, "2019", date(2019, 1, 1), date(2019, 12, 31), "year")])
    assert all(e.when.value != "2019-01-01" for e in events)
    assert all(e.when.start is None for e in events)


@pytest.mark.parametrize(
    ("text", "phrase", "noun", "expected_roles"),
    [
        (
            "Report\nThe attack on the embassy happened on Monday.",
            "on Monday",
            "attack",
            {"patient": ["the embassy"]},
        ),
        ("Report\nThe summit took place in Paris on Monday.", "on Monday", "summit", {"location": ["Paris"]}),
        (
            "Report\nInvestigators studied the Kabul attack that took place on Monday.",
            "on Monday",
            "attack",
            {"location": ["Kabul"]},
        ),
    ],
)
def test_the_subject_of_a_verb_of_occurrence_is_the_happening(nlp, text, phrase, noun, expected_roles):
    events = [e for e in events_of(nlp, text, [day_timex(text, phrase, date(2023, 12, 4))]) if e.when.start]
    assert [e.predicate for e in events] == [noun]
    assert roles(events[0]) == expected_roles
    assert events[0].when.value == "2023-12-04"


def test_taking_place_needs_an_event_noun_as_subject(nlp):
    text = "Report\nA couple of things took place in Tunis on Monday."
    assert events_of(nlp, text, [day_timex(text, "on Monday", date(2023, 12, 4))]) == []


@pytest.mark.parametrize(
    ("text", "phrase", "day", "control"),
    [
        (
            "Report\nThe agency recorded 611 aftershocks as of Saturday.",
            "Saturday",
            date(2023, 12, 2),
            "Report\nThe agency recorded 611 aftershocks on Saturday.",
        ),
        (
            "Report\nOn January 10, the firm received no response.",
            "January 10",
            date(2023, 1, 10),
            "Report\nOn January 10, the firm received a response.",
        ),
        (
            "Report\nTancredo ran for the 2008 nomination of the party.",
            "2008",
            date(2008, 1, 1),
            "Report\nTancredo watched the 2008 nomination of the party.",
        ),
    ],
)
def test_running_totals_non_events_and_goals_are_not_events(nlp, text, phrase, day, control):
    """Each sentence beside a control that differs only in the word that makes it no happening."""
    assert events_of(nlp, text, [day_timex(text, phrase, day)]) == []
    assert events_of(nlp, control, [day_timex(control, phrase, day)]) != []


def test_an_experience_with_ever_is_not_a_happening(nlp):
    assert events_of(nlp, "Report\nThe inventor has only ever met one Canadian minister.") == []
    assert events_of(nlp, "Report\nThe inventor met one Canadian minister.") != []


@pytest.mark.parametrize(
    ("text", "phrase", "day", "noun", "expected_roles"),
    [
        (
            "Report\nYesterday morning saw an earthquake in Chile.",
            "Yesterday morning",
            date(2023, 12, 3),
            "earthquake",
            {"location": ["Chile"]},
        ),
        (
            "Report\nLast week saw the collapse of the coalition.",
            "Last week",
            date(2023, 11, 28),
            "collapse",
            {"patient": ["the coalition"]},
        ),
    ],
)
def test_a_time_that_saw_a_happening_dates_the_happening(nlp, text, phrase, day, noun, expected_roles):
    """ "Yesterday morning saw an earthquake": the event is the earthquake, dated by the subject,
    not a seeing."""
    events = events_of(nlp, text, [day_timex(text, phrase, day)])
    assert [e.predicate for e in events] == [noun]
    assert roles(events[0]) == expected_roles


def test_a_time_that_saw_no_happening_is_no_event(nlp):
    text = "Report\nThe weekend saw record crowds at the stadium."
    assert events_of(nlp, text, [day_timex(text, "The weekend", date(2023, 12, 2))]) == []
    text = "Report\nWitnesses saw the plane crash on Monday."  # a seeing with a seer stays one
    assert [e.predicate for e in events_of(nlp, text, [day_timex(text, "on Monday", date(2023, 12, 4))])] == [
        "see"
    ]
