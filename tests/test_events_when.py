"""Dates that pass between clauses (graphbuild.events_when) and dates the parser hung on a verb's object
(graphbuild.events_dating): each rule has a sentence it must date and one it must leave."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_doc

from graphbuild.events import PAST_REF, extract_events

PUBLISHED = date(2023, 12, 4)


def events_of(nlp, text: str, timexes=()):
    doc = make_doc(text, published=PUBLISHED)
    return extract_events(doc, nlp(doc.analysis_text), list(timexes))


def dated(events) -> dict[str, str | None]:
    return {e.predicate: (e.when.value if e.when else None) for e in events}


def test_a_when_clause_on_a_date_happened_at_that_date(nlp):
    text = "Report\nThe two sides met in the league in February, when Castleford won 3-0 at home."
    feb = day_timex(text, "February", date(2023, 2, 1), date(2023, 2, 28), gran="month")
    assert dated(events_of(nlp, text, [feb])).get("win") == "2023-02-01"


def test_a_relative_clause_on_a_date_without_when_is_not_dated_by_it(nlp):
    text = "Report\nThe two sides met in the league in February, which Castleford won 3-0 at home."
    feb = day_timex(text, "February", date(2023, 2, 1), date(2023, 2, 28), gran="month")
    assert "win" not in dated(events_of(nlp, text, [feb]))


def test_a_when_clause_takes_the_date_of_its_main_clause_even_a_negated_one(nlp):
    text = "Report\nNo one was killed on Sunday when a jet slid off the runway and ploughed into a field."
    sunday = day_timex(text, "Sunday", date(2023, 12, 3))
    found = dated(events_of(nlp, text, [sunday]))
    assert found.get("plough") == "2023-12-03"
    assert any(p.startswith("slide") for p in found) and all(
        v == "2023-12-03" for p, v in found.items() if p.startswith("slide")
    )


def test_a_when_clause_in_the_present_is_no_happening(nlp):
    text = "Report\nNo one was killed on Sunday when jets land on the runway."
    sunday = day_timex(text, "Sunday", date(2023, 12, 3))
    assert events_of(nlp, text, [sunday]) == []


def test_a_verb_of_continuing_does_not_share_the_date_of_its_conjunct(nlp):
    text = "Report\nSmith joined the firm in 1982 and continued to work there."
    year = day_timex(text, "1982", date(1982, 1, 1), date(1982, 12, 31), gran="year")
    found = dated(events_of(nlp, text, [year]))
    assert found.get("join") == "1982-01-01"
    assert "continue" not in found and "work" not in found


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("Report\nPolice arrested Smith on Monday and released him.", True),
        ("Report\nPolice arrested Smith on Monday and later released him.", False),
    ],
)
def test_a_conjunct_with_a_time_word_of_its_own_keeps_its_own_time(nlp, text, shared):
    monday = day_timex(text, "Monday", date(2023, 12, 4))
    found = dated(events_of(nlp, text, [monday]))
    assert found.get("arrest") == "2023-12-04"
    assert (found.get("release") == "2023-12-04") is shared


def test_a_clause_after_before_or_after_is_not_a_conjunct_sharing_the_date(nlp):
    # the parser joins "skidded" to "grounded" as a conjunct; "two days after" tells its own time
    text = (
        "Report\nBaltavia on Tuesday grounded its 14 Airbus A321s for brake inspections, two days after "
        "one of the jets skidded off a wet runway at Rennick."
    )
    tuesday = day_timex(text, "Tuesday", date(2023, 11, 28))
    found = events_of(nlp, text, [tuesday])
    assert all(e.when.value != "2023-11-28" for e in found if e.predicate.startswith("skid"))
    assert dated(found).get("ground") == "2023-11-28"


def test_a_date_the_parser_hung_on_the_object_of_a_support_verb_dates_the_verb(nlp):
    text = "Report\nDockworkers began a strike on Wednesday in solidarity."
    wednesday = day_timex(text, "Wednesday", date(2023, 11, 29))
    events = events_of(nlp, text, [wednesday])
    assert [(e.predicate, e.when.value) for e in events] == [("strike", "2023-11-29")]
    assert {p.text for p in events[0].participants} == {"Dockworkers"}


def test_an_event_noun_dated_by_its_own_date_takes_the_object_of_its_clause(nlp):
    text = "Report\nAn October explosion destroyed its first vehicle."
    october = day_timex(text, "October", date(2023, 10, 1), date(2023, 10, 31), gran="month")
    nouns = [e for e in events_of(nlp, text, [october]) if e.predicate == "explosion"]
    assert len(nouns) == 1 and nouns[0].when.value == "2023-10-01"
    assert [(p.role, p.text) for p in nouns[0].participants] == [("patient", "its first vehicle")]


def test_an_undated_event_noun_takes_no_participants_from_its_clause(nlp):
    text = "Report\nAn explosion destroyed its first vehicle."
    assert all(e.predicate != "explosion" for e in events_of(nlp, text))
    assert all(e.when.value == PAST_REF for e in events_of(nlp, text))


@pytest.mark.parametrize(("measure", "same_day"), [("minutes", True), ("hours", False)])
def test_minutes_after_a_dated_clause_keep_its_day_hours_may_not(nlp, measure, same_day):
    text = f"Report\nPolice arrested Smith on Monday, {measure} after he landed in Vienna."
    monday = day_timex(text, "Monday", date(2023, 12, 4))
    found = dated(events_of(nlp, text, [monday]))
    assert (found.get("land") == "2023-12-04") is same_day


def test_an_event_noun_that_caused_a_passive_happening_takes_what_underwent_it(nlp):
    text = "Report\nThe road was blocked by Monday's landslide."
    monday = day_timex(text, "Monday", date(2023, 12, 4))
    nouns = [e for e in events_of(nlp, text, [monday]) if e.predicate == "landslide"]
    assert [(p.role, p.text) for p in nouns[0].participants] == [("patient", "The road")]


def test_a_win_over_a_team_names_the_team_as_patient(nlp):
    text = "Report\nThousands celebrated after Saturday's win over Castleford Athletic."
    saturday = day_timex(text, "Saturday", date(2023, 12, 2))
    wins = [e for e in events_of(nlp, text, [saturday]) if e.predicate == "win"]
    assert [(p.role, p.text) for p in wins[0].participants] == [("patient", "Castleford Athletic")]


@pytest.mark.parametrize(
    ("action", "predicate"), [("to take over", "agree_to_take_over"), ("not to sue", "agreement")]
)
def test_an_agreement_noun_is_keyed_on_the_action_it_settles(nlp, action, predicate):
    text = f"Report\nShares rose after yesterday's agreement {action} Lindquist Coatings."
    yesterday = day_timex(text, "yesterday", date(2023, 12, 3))
    nouns = [e for e in events_of(nlp, text, [yesterday]) if e.predicate not in ("rise",)]
    assert [e.predicate for e in nouns] == [predicate]
    assert [(p.role, p.text) for p in nouns[0].participants] == [("patient", "Lindquist Coatings")]


@pytest.mark.parametrize(
    "text",
    [
        "Report\nPolice had last month charged Corey Lewandowski with battery.",
        "Report\nPolice have last month charged Corey Lewandowski with battery.",
    ],
)
def test_a_date_the_parser_hung_on_an_auxiliary_dates_its_verb(nlp, text):
    month = day_timex(text, "last month", date(2023, 11, 1), date(2023, 11, 30), gran="month")
    assert dated(events_of(nlp, text, [month])).get("charge") == "2023-11-01"


def test_a_date_on_a_copular_clause_still_dates_no_verb(nlp):
    text = "Report\nThe vote was on Monday, and Smith was elected."
    monday = day_timex(text, "Monday", date(2023, 12, 4))
    assert dated(events_of(nlp, text, [monday])).get("elect") != "2023-12-04"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Report\nRubio spoke to reporters on Monday as he crisscrossed Nevada.", "crisscross"),
        (
            "Report\nEven as gunmen attacked a compound in Benghazi, Libya, on Monday, officials were told to wait.",
            "attack",
        ),
    ],
)
def test_an_as_clause_in_the_simple_past_happened_at_the_time_of_its_clause(nlp, text, verb):
    monday = day_timex(text, "Monday", date(2023, 12, 4))
    assert dated(events_of(nlp, text, [monday])).get(verb) == "2023-12-04"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # an earlier time: the past perfect
        ("Report\nRebels seized the town on Monday as the army had withdrawn from it.", "withdraw"),
        # a source cited, not a happening at that time
        ("Report\nAs the Post documented, governors joined Jindal on Monday.", "document"),
        ("Report\nAs analysts predicted, the company cut jobs on Monday.", "predict"),
        # a time word of its own
        ("Report\nRebels seized the town on Monday as the army withdrew a week earlier.", "withdraw"),
    ],
)
def test_an_as_clause_of_another_time_or_citing_a_source_takes_no_date(nlp, text, verb):
    monday = day_timex(text, "Monday", date(2023, 12, 4))
    assert dated(events_of(nlp, text, [monday])).get(verb) != "2023-12-04"


def test_a_bare_date_the_parser_hung_on_the_object_of_a_finite_verb_dates_the_verb(nlp):
    text = "Report\nConservative Solutions dropped nearly $3 million worth of new ads this week, largely in Ohio."
    week = day_timex(text, "this week", date(2023, 12, 4), date(2023, 12, 10), gran="week")
    assert dated(events_of(nlp, text, [week])).get("drop") == "2023-12-04"


def test_a_bare_date_after_a_participles_object_tells_the_objects_time(nlp):
    text = "Report\nSmith spoke on Friday, referring to the senator's pungent vow last week."
    week = day_timex(text, "last week", date(2023, 11, 27), date(2023, 12, 3), gran="week")
    assert dated(events_of(nlp, text, [week])).get("refer") != "2023-11-27"


@pytest.mark.parametrize(
    ("text", "verb", "dates_it"),
    [
        # the parser splits the named day: "Super" under "to", "Tuesday" on the verb
        (
            "Results\n\n* Both Buttigieg and Klobuchar dropped out prior to Super Tuesday\n\nMore text.",
            "drop_out",
            False,
        ),
        (
            "Report\nIn the aftermath of Super Tuesday, two candidates, Senator Elizabeth Warren of Massachusetts "
            "and Michael Bloomberg, ended their campaigns.",
            "end",
            False,
        ),
        ("Report\nOn Super Tuesday, Sanders won four states.", "win", True),
    ],
)
def test_a_named_day_the_parser_split_dates_only_through_its_own_preposition(nlp, text, verb, dates_it):
    day = day_timex(text, "Super Tuesday", date(2023, 3, 7))
    assert (dated(events_of(nlp, text, [day])).get(verb) == "2023-03-07") is dates_it
