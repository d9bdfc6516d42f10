"""Particle verbs, idioms and event-noun re-mentions (issue #6): "stepped down" reads as one predicate in the
resignation group; "the takeover" after "bought X on Monday" is a mention of that happening with its date; a
verb of impact with an event-noun subject ("the quake hit") tells that happening."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_doc

from graphbuild.crossdoc_events import REMENTION_RULE, event_key, mention_key, merge_events
from graphbuild.events import PAST_REF, extract_events
from graphbuild.model import EventMention, Participant, TimeSpan

FRIDAY = date(2023, 12, 1)
MONDAY = date(2023, 11, 27)


def _events(nlp, text: str, dates: dict[str, date]) -> list[EventMention]:
    doc = make_doc(text)
    timexes = [day_timex(text, phrase, day) for phrase, day in dates.items()]
    return extract_events(doc, nlp(doc.analysis_text), timexes)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Finance minister Ana Berg stepped down on Friday.", "step_down"),
        ("The veteran goalkeeper Tom Rask hung up his boots on Friday.", "hang_up_boots"),
        ("The party leader Mia Holt threw in the towel on Friday.", "throw_in_the_towel"),
        ("The union called off the strike on Friday.", "call_off"),
    ],
)
def test_particle_verbs_and_idioms_read_as_one_predicate(nlp, sentence, predicate):
    events = _events(nlp, sentence, {"on Friday": FRIDAY})
    assert [e.predicate for e in events] == [predicate]
    assert events[0].when.value == FRIDAY.isoformat()


def test_synonym_groups_fold_particle_verbs_and_idioms():
    assert (
        event_key("step_down") == event_key("resign") == event_key("throw_in_the_towel") == event_key("quit")
    )
    assert event_key("blow_up") == event_key("explosion")
    assert event_key("call_off") == event_key("cancel")
    assert event_key("step_down") != event_key("step") and event_key("call_off") != event_key("call")


def test_undated_particle_verb_is_a_happening_only_when_its_particle_makes_one(nlp):
    (event,) = _events(nlp, "Finance minister Ana Berg stepped down.", {})
    assert (event.predicate, event.when.value) == ("step_down", PAST_REF)
    assert _events(nlp, "Finance minister Ana Berg stepped out.", {}) == []


def test_found_guilty_names_who_was_convicted(nlp):
    (event,) = _events(nlp, "On Friday, a jury found Marta Oyelaran guilty.", {"On Friday": FRIDAY})
    assert event.predicate == "find_guilty"
    assert event_key(event.predicate) == event_key("convict")
    assert [p.text for p in event.participants if p.role == "patient"] == ["Marta Oyelaran"]


def test_definite_event_noun_re_mentions_the_dated_happening(nlp):
    text = "Vantor Chemicals bought Lindqvist Coatings on Monday. Lindqvist shares rose after the takeover."
    events = _events(nlp, text, {"on Monday": MONDAY})
    (takeover,) = [e for e in events if e.predicate == "takeover"]
    assert takeover.when.value == MONDAY.isoformat()
    assert takeover.when.rule == REMENTION_RULE
    # merged with the description it re-mentions, though it names no participant of its own
    (buy,) = [e for e in events if e.predicate == "buy"]
    merged = merge_events([buy, takeover], participant_of=lambda d, s, e: None)
    assert [len(m.mentions) for m in merged] == [2]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # another occurrence, not the one told
        (
            "Vantor Chemicals bought Lindqvist Coatings on Monday. It was the second takeover for Vantor.",
            {"on Monday": MONDAY},
        ),
        # two dated takeovers: "the takeover" could be either
        (
            "Vantor bought Lindqvist on Monday. Vantor bought Ostara on Friday. Shares rose after the takeover.",
            {"on Monday": MONDAY, "on Friday": FRIDAY},
        ),
        # an indefinite noun introduces a happening, it does not re-mention one
        (
            "Vantor Chemicals bought Lindqvist Coatings on Monday. Analysts expect a takeover.",
            {"on Monday": MONDAY},
        ),
    ],
)
def test_event_noun_that_is_not_a_re_mention_stays_out(nlp, text, dates):
    events = _events(nlp, text, dates)
    assert not [e for e in events if e.predicate == "takeover"]


def test_verb_of_impact_with_an_event_noun_subject_tells_that_happening(nlp):
    text = "An earthquake struck Haldia province before dawn on Friday. The quake hit at 4:52 a.m."
    events = _events(nlp, text, {"on Friday": FRIDAY})
    by_predicate = {e.predicate: e for e in events}
    assert by_predicate["strike"].when.value == FRIDAY.isoformat()  # "before dawn on Friday" frames the verb
    hit = by_predicate["hit"]
    assert (hit.when.value, hit.when.rule) == (FRIDAY.isoformat(), REMENTION_RULE)
    assert mention_key(hit) == mention_key(by_predicate["strike"]) == event_key("quake")


def test_mention_key_reads_the_happening_only_for_verbs_of_impact():
    day = TimeSpan.day(FRIDAY, rule="test")
    quake = EventMention("d", 0, 9, "x", "strike", "x", (Participant("agent", "The quake", 0, 9),), day)
    union = EventMention("d", 0, 9, "x", "strike", "x", (Participant("agent", "The union", 0, 9),), day)
    deal = EventMention("d", 0, 9, "x", "sign", "x", (Participant("agent", "The quake", 0, 9),), day)
    assert mention_key(quake) == event_key("earthquake")
    assert mention_key(union) == event_key("strike")
    assert mention_key(deal) == event_key("sign")


def test_event_noun_dated_with_a_verb_is_an_event_of_its_own(nlp):
    text = (
        "Report\nThe number of people killed in Friday's earthquake in Haldia province rose to 71 on Monday."
    )
    events = _events(nlp, text, {"Friday": FRIDAY, "on Monday": MONDAY})
    (quake,) = [e for e in events if e.predicate == "earthquake"]
    assert quake.when.value == FRIDAY.isoformat()
    assert [(p.role, p.text) for p in quake.participants] == [("location", "Haldia province")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the mountainous province of Haldia", "the mountainous province of Haldia"),  # the name is the place
        ("the president of France", "the president"),  # not a place noun: the head is the participant
    ],
)
def test_a_place_noun_keeps_the_name_an_of_phrase_gives_it(nlp, phrase, expected):
    text = f"Report\nOn Friday, rebels attacked {phrase}."
    (event,) = _events(nlp, text, {"On Friday": FRIDAY})
    assert [p.text for p in event.participants if p.role == "patient"] == [expected]


def test_headline_event_noun_re_mentions_the_dated_happening(nlp):
    text = "Strong quake kills 40 in Haldia\nAn earthquake struck the province of Haldia on Friday."
    events = _events(nlp, text, {"on Friday": FRIDAY})
    (quake,) = [e for e in events if e.predicate == "quake"]
    assert (quake.when.value, quake.when.rule) == (FRIDAY.isoformat(), REMENTION_RULE)


def test_re_mention_keys_are_computed_once_per_description_not_per_pair(nlp, monkeypatch):
    """Re-mention dating compares each undated description or event noun only with the dated
    descriptions of its own key: keys are computed per description, so a long article costs linear
    work (a 112,000-character one took 46 s of CPU when every noun recomputed every key)."""
    from graphbuild import events_nouns, events_rementions, temporal

    calls = []
    real = mention_key
    for module in (events_nouns, events_rementions):
        monkeypatch.setattr(module, "mention_key", lambda ev: calls.append(ev) or real(ev))
    counts = {}
    for n in (20, 40):
        text = (
            "Deal done\n" + "The takeover was approved on Monday after the quake, and the strike ended. " * n
        )
        doc = make_doc(text)
        calls.clear()
        found = extract_events(doc, nlp(doc.analysis_text), temporal.tag(text, date(2023, 12, 4)))
        counts[n] = (len(found), len(calls))
    (events_20, calls_20), (events_40, calls_40) = counts[20], counts[40]
    assert events_40 == 2 * events_20 > 0
    assert calls_40 <= 2 * calls_20 + 8  # linear in the article, not quadratic (was 4x)
    assert calls_40 <= 8 * events_40
