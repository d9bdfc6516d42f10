"""Undated re-mentions of a dated happening (issue #6): within a document an undated description takes
the date of the dated description of the same happening; across documents a definite description
("the satellite") stands for the named participant of its own document, and one document's re-mention
joins the happening its dated description joins."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_doc

from graphbuild.crossdoc_events import REMENTION_RULE, merge_events
from graphbuild.events import PAST_REF, extract_events
from graphbuild.model import EventMention, Participant, TimeSpan

FRIDAY = date(2023, 12, 1)


def _events(nlp, text: str, dates: dict[str, date]):
    doc = make_doc(text)
    timexes = [day_timex(text, phrase, day) for phrase, day in dates.items()]
    return extract_events(doc, nlp(doc.analysis_text), timexes)


def _by_predicate(events, predicate: str) -> list[EventMention]:
    return [e for e in events if e.predicate == predicate]


def test_headline_takes_the_date_of_the_same_happening_in_the_body(nlp):
    text = (
        "Norland finance minister quits over audit\nNorland's finance minister Ana Berg resigned on Friday."
    )
    events = _events(nlp, text, {"on Friday": FRIDAY})
    (quit,) = _by_predicate(events, "quit")
    (resign,) = _by_predicate(events, "resign")
    assert resign.when.value == FRIDAY.isoformat()
    assert quit.when.value == FRIDAY.isoformat()
    assert (quit.when.start, quit.when.end) == (FRIDAY, FRIDAY)
    assert quit.when.rule == REMENTION_RULE


JUNE = date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        # another person: not the same happening
        ("Jon Moe resigned on Friday. Ana Berg resigned after an audit.", "audit"),
        # two dated resignations of the same person: the undated one could be either
        ("Berg resigned in June. Berg resigned on Friday. Berg resigned after an audit.", "audit"),
        # said to have happened again: another occurrence
        ("Berg resigned on Friday. Berg resigned again after an audit.", "audit"),
        # the same agent, another patient: another happening
        (
            "Norland troops seized the port of Vell on Friday. Norland troops seized the airport after a battle.",
            "airport",
        ),
        # an indefinite description introduces someone new
        (
            "Finance minister Ana Berg resigned on Friday. A Norlandic minister resigned after an audit.",
            "audit",
        ),
        # "a former adviser" may be Holm too: two dates fit the undated sentence
        (
            "A former adviser was sentenced on Friday. Lars Holm was sentenced by Judge Ann Lee to six years. "
            "Holm was sentenced in June after a trial.",
            "Judge",
        ),
    ],
)
def test_undated_description_keeps_its_own_time_when_the_date_is_not_clearly_its_own(nlp, text, undated):
    dates = {"on Friday": FRIDAY}
    if "in June" in text:
        dates["in June"] = JUNE
    events = [e for e in _events(nlp, text, dates) if undated in e.text]
    assert len(events) == 1
    assert events[0].when.value == PAST_REF


DAY = TimeSpan.day(date(2026, 6, 25), rule="test")
PAST = TimeSpan("", PAST_REF, "DATE", None, date(2026, 6, 29), anchor=date(2026, 6, 29), rule="test")


def _mention(
    doc: str, start: int, predicate: str, parts: list[tuple[str, str]], when: TimeSpan
) -> EventMention:
    participants = tuple(
        Participant(role, text, start + 10 * k, start + 10 * k + 5) for k, (role, text) in enumerate(parts)
    )
    return EventMention(doc, start, start + 50, "x", predicate, predicate, participants, when)


def _merged_sizes(events, entities: dict[tuple[str, int], str]) -> list[int]:
    def participant_of(doc: str, start: int, end: int) -> str | None:
        return entities.get((doc, start))

    return sorted(len(e.mentions) for e in merge_events(events, participant_of=participant_of))


def test_definite_description_stands_for_the_named_participant_of_its_document():
    later = TimeSpan.day(date(2026, 6, 27), rule="test")
    events = [
        _mention("b", 0, "launch", [("patient", "The Aurora-K3 weather satellite")], DAY),
        _mention("d", 0, "deploy", [("agent", "The Aurora-K3 weather satellite")], later),
        _mention("d", 100, "launch", [("patient", "The satellite")], DAY),
    ]
    entities = {("b", 0): "ent:aurora"}
    assert _merged_sizes(events, entities) == [1, 2]
    # with two named satellites in the document, "the satellite" could be either
    events.append(_mention("d", 200, "deploy", [("agent", "the Vega-X2 weather satellite")], later))
    assert _merged_sizes(events, entities) == [1, 1, 1, 1]


@pytest.mark.parametrize(
    ("description", "named"),
    [
        ("the bank", "Bank of Oslo governor Lea Dahl"),  # a word of the phrase, not what it names
        ("a satellite", "The Aurora-K3 weather satellite"),  # indefinite: something new
        ("its satellite", "The Aurora-K3 weather satellite"),  # possessed: handled as a head noun
        ("the radar satellite", "The Aurora-K3 weather satellite"),  # a word the named phrase lacks
    ],
)
def test_descriptions_that_do_not_stand_for_the_named_participant(description, named):
    later = TimeSpan.day(date(2026, 6, 27), rule="test")
    events = [
        _mention("b", 0, "launch", [("patient", named)], DAY),
        _mention("d", 0, "deploy", [("agent", named)], later),
        _mention("d", 100, "launch", [("patient", description)], DAY),
    ]
    assert _merged_sizes(events, {("b", 0): "ent:x", ("d", 0): "ent:x"}) == [1, 1, 1]


def test_a_re_mention_joins_the_happening_its_dated_description_joins():
    friday = TimeSpan.day(date(2026, 5, 8), rule="test")
    re_mention = TimeSpan.day(date(2026, 5, 8), rule=REMENTION_RULE)
    events = [
        # "Norland finance minister quits": the agent resolves to the country, not the minister
        _mention("a", 0, "quit", [("agent", "Norland finance minister")], re_mention),
        _mention("a", 100, "resign", [("agent", "finance minister Ana Berg")], friday),
        _mention("c", 0, "resign", [("agent", "Ana Bergh")], friday),
    ]
    entities = {("a", 0): "ent:norland", ("a", 100): "ent:berg", ("c", 0): "ent:berg"}
    assert _merged_sizes(events, entities) == [3]
    # without the extraction's finding, a different agent keeps the headline apart
    events[0] = _mention("a", 0, "quit", [("agent", "Norland finance minister")], friday)
    assert _merged_sizes(events, entities) == [1, 2]


def test_a_re_mention_of_one_of_two_same_day_happenings_links_neither():
    friday = TimeSpan.day(date(2026, 5, 8), rule="test")
    re_mention = TimeSpan.day(date(2026, 5, 8), rule=REMENTION_RULE)
    events = [
        _mention("a", 0, "quit", [("agent", "Norland finance minister")], re_mention),
        _mention("a", 100, "resign", [("agent", "finance minister Ana Berg")], friday),
        _mention("a", 200, "resign", [("agent", "Lars Holm")], friday),
    ]
    entities = {("a", 0): "ent:norland", ("a", 100): "ent:berg", ("a", 200): "ent:holm"}
    assert _merged_sizes(events, entities) == [1, 1, 1]
