"""Event constructions (issue #6): an agreement or vote is told with the action it settles ("agreed on Sunday
to acquire X": ``agree_to_acquire``, filed under the acquisition's key), a start reports the action itself
("began to withdraw": ``withdraw``); a verb of starting lends its date to an event noun ("began an
indefinite strike on Monday", "the walkout began on August 17"); a clause measured in days from a dated
one takes that day ("released him on Saturday, two days after he was detained"); a date on a noun that
is no time or happening does not date the verb ("detained on a 2024 warrant"). Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_doc

from graphbuild.crossdoc_events import event_key
from graphbuild.events import extract_events
from graphbuild.events_clauses import _bounds_a_period
from graphbuild.events_control import withholds_comment

PUBLISHED = date(2026, 9, 7)
SUNDAY = date(2026, 9, 6)


def events_of(nlp, text: str, dates: dict[str, date]):
    doc = make_doc(text, published=PUBLISHED)
    timexes = [day_timex(text, phrase, day) for phrase, day in dates.items()]
    return extract_events(doc, nlp(doc.analysis_text), timexes)


def by_predicate(events, predicate: str):
    return [e for e in events if e.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "predicate", "agent", "patient"),
    [
        (
            "Deal\nOrvik Bank agreed on Sunday to acquire the deposits of Lund Savings.",
            "agree_to_acquire",
            "Orvik Bank",
            "the deposits",
        ),
        (
            "Vote\nThe Norland parliament voted on Sunday to ratify the border treaty.",
            "vote_to_ratify",
            "The Norland parliament",
            "the border treaty",
        ),
        (
            "Pullout\nThe troops began on Sunday to withdraw from the border town.",
            "withdraw",
            "The troops",
            None,
        ),
    ],
)
def test_an_agreement_vote_or_start_reports_the_action_it_controls(nlp, text, predicate, agent, patient):
    events = events_of(nlp, text, {"Sunday": SUNDAY})
    found = by_predicate(events, predicate)
    assert len(found) == 1, [e.predicate for e in events]
    ev = found[0]
    assert ev.when is not None and ev.when.start == SUNDAY
    roles = {p.role: p.text for p in ev.participants}
    assert roles.get("agent") == agent
    assert roles.get("patient") == patient
    assert not by_predicate(events, "agree") and not by_predicate(events, "vote")
    assert event_key(predicate) == event_key(predicate.rsplit("_to_", 1)[-1])


@pytest.mark.parametrize(
    "text",
    [
        "Deal\nOrvik Bank agreed on Sunday not to acquire Lund Savings.",
        "Deal\nOrvik Bank wanted on Sunday to acquire Lund Savings.",
        "Deal\nOrvik Bank decided on Sunday to acquire Lund Savings.",
        "Deal\nOrvik Bank did not agree on Sunday to acquire Lund Savings.",
    ],
)
def test_a_negated_wished_or_decided_action_is_not_reported(nlp, text):
    assert not [e for e in events_of(nlp, text, {"Sunday": SUNDAY}) if e.predicate.endswith("acquire")]


def test_a_verb_of_starting_lends_its_date_to_an_event_noun(nlp):
    text = (
        "Port news\nAbout 2,400 dockworkers at the port of Vell began an indefinite strike on Sunday. "
        "The same workers staged a 24-hour strike in March."
    )
    events = events_of(nlp, text, {"on Sunday": SUNDAY, "March": date(2026, 3, 1)})
    strikes = sorted(e.when.start for e in by_predicate(events, "strike") if e.when is not None)
    assert strikes == [date(2026, 3, 1), SUNDAY]
    assert not by_predicate(events, "begin") and not by_predicate(events, "stag")


def test_a_definite_event_noun_that_began_on_a_day_is_an_event(nlp):
    text = "Port news\nThe walkout began on Sunday after talks collapsed. A strike began on Sunday."
    events = events_of(nlp, text, {"on Sunday": SUNDAY})
    walkouts = by_predicate(events, "walkout")
    assert len(walkouts) == 1 and walkouts[0].when.start == SUNDAY
    assert not by_predicate(events, "begin")


@pytest.mark.parametrize(
    ("text", "predicate", "day"),
    [
        (
            "Bail\nA court in Dovra on Sunday released opposition leader Ana Lind, two days after she was "
            "detained at the airport.",
            "detain",
            date(2026, 9, 4),
        ),
        (
            "Treaty\nThe Norland parliament on Sunday ratified the treaty, a week after the two countries "
            "signed it in Geneva.",
            "sign",
            date(2026, 8, 30),
        ),
    ],
)
def test_a_clause_measured_in_days_from_a_dated_one_takes_that_day(nlp, text, predicate, day):
    found = by_predicate(events_of(nlp, text, {"on Sunday": SUNDAY}), predicate)
    assert len(found) == 1 and found[0].when is not None
    assert (found[0].when.start, found[0].when.end) == (day, day)
    assert found[0].when.rule == "events:offset-from-dated-clause"


def test_a_pronoun_in_a_measured_clause_is_the_one_person_the_sentence_named(nlp):
    text = (
        "Bail\nA court in Dovra on Sunday released opposition leader Ana Lind, two days after she was "
        "detained at the airport."
    )
    (ev,) = by_predicate(events_of(nlp, text, {"on Sunday": SUNDAY}), "detain")
    assert [(p.role, p.text) for p in ev.participants if p.role == "patient"] == [("patient", "Ana Lind")]


def test_hours_or_an_undated_clause_give_no_offset(nlp):
    text = "Bail\nA court on Sunday released Ana Lind, hours after police detained her."
    assert all(
        e.when is None or e.when.rule != "events:offset-from-dated-clause"
        for e in events_of(nlp, text, {"on Sunday": SUNDAY})
    )


def test_a_date_on_a_thing_does_not_date_the_verb_but_a_frame_does(nlp):
    for text in (
        "Arrest\nAna Lind was detained on a 2024 warrant for inciting unrest.",
        "Fire\nThe fire started in a recalled 2024 delivery van.",
    ):
        events = events_of(nlp, text, {"2024": date(2024, 1, 1)})
        assert all(e.when is None or e.when.value != "2024-01-01" for e in events)
    text = "Race\nHer record was set at the 2024 London Marathon."
    events = events_of(nlp, text, {"2024": date(2024, 1, 1)})
    assert [e.when.value for e in by_predicate(events, "set")] == ["2024-01-01"]
    text = "Trial\nIn a separate case last month, a jury in Vell convicted the founder of Aerolith."
    events = events_of(nlp, text, {"last month": date(2026, 8, 1)})
    assert [e.when.start for e in by_predicate(events, "convict")] == [date(2026, 8, 1)]


def test_a_pronoun_is_never_its_own_co_argument(nlp):
    text = "Report\nAna Lind shot him in the head on Sunday."
    (ev,) = by_predicate(events_of(nlp, text, {"on Sunday": SUNDAY}), "shoot")
    assert [p.text for p in ev.participants] == ["Ana Lind"]


def test_a_plural_possessive_is_no_quotation(nlp):
    text = "Bank\nMeridian Bank was founded in 1952 as a farmers' credit union."
    events = events_of(nlp, text, {"1952": date(1952, 1, 1)})
    assert len(by_predicate(events, "found")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Treasury Secretary James Baker declined comment on Sunday on the accord.",
        "A spokesman for the company refused on Sunday to elaborate on the plan.",
    ],
)
def test_a_source_declining_to_comment_is_no_happening(nlp, text: str) -> None:
    assert by_predicate(events_of(nlp, text, {"Sunday": SUNDAY}), "decline") == []
    assert by_predicate(events_of(nlp, text, {"Sunday": SUNDAY}), "refuse") == []


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        ("Baker declined comment on the accord.", True),
        ("The company declined to disclose the price.", True),
        ("The official said stability will continue, but declined to be more specific.", True),
        ("The minister refused to be drawn on the timing.", True),
        ("The board declined to be part of the deal.", False),  # a refusal to take part, not to say
        ("The president refused to sign the bill.", False),  # a refusal to act, not to say
        ("Shares declined 2 pct on Monday.", False),
    ],
)
def test_what_counts_as_declining_to_comment(nlp, text: str, withheld: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ in ("decline", "refuse"))
    assert withholds_comment(verb) is withheld


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Qtr ended Jan 31 Shr loss nine cts vs profit 13 cts.", True),  # an earnings table's heading
        ("Orders in the quarter ended Jan 31 rose about 15 pct.", True),
        ("The year ended December 31.", True),
        ("The strike ended on Friday.", False),
        ("Talks last week ended without agreement.", False),  # "last week" dates the talks' end
        ("EC farm ministers, who earlier this week ended another marathon session, achieved more.", False),
    ],
)
def test_a_period_that_ended_is_no_happening(nlp, text: str, bounds: bool) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == "end")
    assert _bounds_a_period(verb) is bounds


@pytest.mark.parametrize(
    "text",
    [
        "Report\nThe Fed entered the year predicting four rate rises.",
        "Report\nCruz began his day in an unheated barn in Osceola.",
        "Report\nThe note market on Monday started the week extremely quietly.",
    ],
)
def test_a_verb_of_a_phase_with_a_time_as_object_is_no_happening(nlp, text):
    monday = {"Monday": date(2023, 12, 4)} if "Monday" in text else {}
    assert {"enter", "begin", "start"}.isdisjoint(e.predicate for e in events_of(nlp, text, monday))


def test_a_term_of_office_is_no_mere_time(nlp):
    found = events_of(nlp, "Report\nThe court ended its term on Monday.", {"Monday": date(2023, 12, 4)})
    assert "end" in {e.predicate for e in found}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Report\nSenator Carson concluded by admonishing journalists on Monday.", False),
        ("Report\nLimbaugh began by crediting Trump for his instincts on Monday.", False),
        ("Report\nSenator Carson concluded talks with Iran on Monday.", True),
    ],
)
def test_a_verb_of_a_phase_told_by_what_was_done_in_it_is_no_happening(nlp, text, kept):
    found = events_of(nlp, text, {"Monday": date(2023, 12, 4)})
    assert bool({"conclude", "begin"} & {e.predicate for e in found}) is kept


def test_a_free_relative_subject_of_a_copula_is_no_happening(nlp):
    text = "Report\nWhat unified the Republican candidates Sunday was the president's effort to curb guns."
    found = events_of(nlp, text, {"Sunday": date(2023, 12, 3)})
    assert "unify" not in {e.predicate for e in found}


def test_a_time_measuring_something_is_no_mere_time(nlp):
    text = "Report\nGovernor Dukakis ended weeks of speculation on Monday with the announcement of his bid."
    assert "end" in {e.predicate for e in events_of(nlp, text, {"Monday": date(2023, 12, 4)})}
