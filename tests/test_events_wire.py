"""Events in wire copy (issue #6): a date between a subject and its verb dates the verb; a wire
dateline ("LONDON (Sports Desk) - ") is never a participant; a participle after a clause is an event
only when it (or a verb joined to it) is a happening verb; and a passive with no agent is described in
the text's order ("The deal was signed"), not as "signed The deal". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_attr, make_doc

from graphbuild.events import extract_events

PUBLISHED = date(2026, 6, 11)
WEDNESDAY = date(2026, 6, 10)


def events_of(nlp, text: str, phrase: str | None = None, day: date = WEDNESDAY):
    doc = make_doc(text, published=PUBLISHED)
    timexes = [day_timex(text, phrase, day)] if phrase else []
    return extract_events(doc, nlp(doc.analysis_text), timexes)


def by_predicate(events, predicate: str):
    return [e for e in events if e.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Report\nA federal jury on Wednesday convicted Anna Berg of fraud.", "convict"),
        ("Report\nThe regional council on Wednesday approved a new budget for the hospital.", "approve"),
        ("Report\nThe board of the company on Wednesday rejected the offer from its rival.", "reject"),
    ],
)
def test_a_date_between_the_subject_and_its_verb_dates_the_verb(nlp, text, predicate):
    events = by_predicate(events_of(nlp, text, "Wednesday"), predicate)
    assert len(events) == 1
    assert events[0].when is not None and events[0].when.start == WEDNESDAY


def test_a_date_on_an_event_noun_subject_dates_the_noun_not_the_verb(nlp):
    text = "Report\nThe attack on Wednesday was condemned by the United Nations."
    events = events_of(nlp, text, "Wednesday")
    assert all(e.predicate != "condemn" or e.when is None or e.when.start != WEDNESDAY for e in events)


@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        (
            "Cup final\nLONDON (Sports Desk) - Northgate Rovers beat Castleford Athletic on Wednesday.",
            "beat",
            "Northgate Rovers",
        ),
        (
            "Deal\nFRANKFURT (Atlas Wire) - Vantor Chemicals agreed on Wednesday to buy the paint maker.",
            "agree_to_buy",
            "Vantor Chemicals",
        ),
        (
            "Deal\n(Harbour Wire) - Orvik Shipping agreed on Wednesday to acquire the ferry operator.",
            "agree_to_acquire",
            "Orvik Shipping",
        ),
        (
            "Retirement\nNORTHGATE (Sports Desk) - Rovers captain Danny Okafor announced his retirement on Wednesday.",
            "announce",
            "Rovers captain Danny Okafor",
        ),
        (
            "Campaign\nNew Harbour (Atlas Wire) – Senator Mara Quill on Wednesday hit the campaign trail in Dorna.",
            "hit",
            "Senator Mara Quill",
        ),
    ],
)
def test_a_wire_dateline_is_never_a_participant(nlp, text, predicate, agent):
    events = by_predicate(events_of(nlp, text, "Wednesday"), predicate)
    assert len(events) == 1
    agents = [p.text for p in events[0].participants if p.role == "agent"]
    assert agents == [agent]
    assert not any(
        p.text.isupper() or "Desk" in p.text or "Wire" in p.text or "Harbour" in p.text
        for p in events[0].participants
    )


def test_a_participle_after_the_clause_that_is_no_happening_is_no_event(nlp):
    text = "Report\nKessler bought a stake in Lindqvist on Wednesday, fuelling speculation of a bid."
    predicates = {e.predicate for e in events_of(nlp, text, "Wednesday")}
    assert "buy" in predicates and "fuel" not in predicates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\nThe bomber crashed at the airport on Wednesday, killing seven people.", {"crash", "kill"}),
        (
            "Report\nThe president flew to Dorna on Wednesday, observing the rescue and visiting the wounded.",
            {"fly", "observe", "visit"},
        ),
    ],
)
def test_a_participle_of_a_happening_shares_the_clause_date(nlp, text, expected):
    events = events_of(nlp, text, "Wednesday")
    assert expected <= {e.predicate for e in events}
    assert all(e.when is not None and e.when.start == WEDNESDAY for e in events if e.predicate in expected)


@pytest.mark.parametrize(
    ("text", "predicate", "description"),
    [
        ("Report\nThe deal was signed in Vienna on Wednesday.", "sign", "The deal was signed"),
        (
            "Report\nEconomist Lea Sorvik was sworn in on Wednesday.",
            "swear_in",  # a particle verb is one predicate
            "Economist Lea Sorvik was sworn in",
        ),
        (
            "Report\nThe two ministers were arrested on Wednesday.",
            "arrest",
            "The two ministers were arrested",
        ),
        ("Report\nThe rebels seized the port on Wednesday.", "seize", "The rebels seized the port"),
        # coordinated subjects of a passive are all named, so the plural verb agrees with what is shown
        (
            "Report\nRay Kelly and Anna Moss were convicted on Wednesday.",
            "convict",
            "Ray Kelly and Anna Moss were convicted",
        ),
        (
            "Report\nRay Kelly, Anna Moss and Tom Reed were arrested on Wednesday.",
            "arrest",
            "Ray Kelly, Anna Moss and Tom Reed were arrested",
        ),
        # an active verb whose subject is a pronoun keeps the verb first: not "Barry Comden was divorced"
        (
            "Report\nShe was married to Barry Comden, whom she divorced on Wednesday.",
            "divorce",
            "divorced Barry Comden",
        ),
    ],
)
def test_a_passive_with_no_agent_is_described_in_the_text_order(nlp, text, predicate, description):
    events = by_predicate(events_of(nlp, text, "Wednesday"), predicate)
    assert [e.description for e in events] == [description]


@pytest.mark.parametrize(
    ("text", "predicate", "description"),
    [
        (
            "Report\nThe treaty, signed in Vienna on Wednesday, ends the dispute.",
            "sign",
            "The treaty was signed",
        ),
        (
            "Report\nThe rules approved on Wednesday give the regulator new powers.",
            "approve",
            "The rules were approved",
        ),
    ],
)
def test_a_reduced_passive_reads_as_a_passive(nlp, text, predicate, description):
    events = by_predicate(events_of(nlp, text, "Wednesday"), predicate)
    assert [e.description for e in events] == [description]


def _attributed(
    nlp, text: str, content: str, *, mode: str, cue: str, phrase: str = "Wednesday", day=WEDNESDAY
):
    doc = make_doc(text, published=PUBLISHED)
    attribution = make_attr(doc, content, speaker="officials", mode=mode, cue=cue)
    timexes = [day_timex(text, phrase, day)]
    return extract_events(doc, nlp(doc.analysis_text), timexes, [attribution])


def test_a_happening_reported_as_fact_in_indirect_speech_is_an_event(nlp):
    text = "Report\nThe earthquake struck the province on Wednesday, officials said."
    events = _attributed(
        nlp, text, "The earthquake struck the province on Wednesday", mode="indirect", cue="say"
    )
    strike = by_predicate(events, "strike")
    assert len(strike) == 1 and strike[0].when is not None and strike[0].when.start == WEDNESDAY


@pytest.mark.parametrize(
    ("text", "content", "mode", "cue"),
    [
        # a claim or a denial is not told as fact
        (
            "Report\nOfficials claimed the rebels seized the port on Wednesday.",
            "the rebels seized the port on Wednesday",
            "indirect",
            "claim",
        ),
        # a quotation is the speaker's words, a statement only
        (
            'Report\n"The rebels seized the port on Wednesday," officials said.',
            "The rebels seized the port on Wednesday,",
            "direct",
            "say",
        ),
    ],
)
def test_claimed_or_quoted_happenings_stay_statements(nlp, text, content, mode, cue):
    events = _attributed(nlp, text, content, mode=mode, cue=cue)
    assert by_predicate(events, "seize") == []


def test_a_past_tense_verb_with_a_date_after_publication_tells_a_plan(nlp):
    text = "Report\nThe company planned six launches next year, officials said."
    later = date(2027, 1, 1)
    doc = make_doc(text, published=PUBLISHED)
    timexes = [day_timex(text, "next year", later, date(2027, 12, 31), gran="year")]
    attribution = make_attr(doc, "The company planned six launches next year", mode="indirect", cue="say")
    assert extract_events(doc, nlp(doc.analysis_text), timexes, [attribution]) == []


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "Report\nIran has increased cooperation in the last few years with the navies of China.",
            "increase",
        ),
        (
            "Report\nThe male-to-female ratio of the Punta Tombo colony has greatly increased since 1987.",
            "increase",
        ),
        ("Report\nAs of Sunday, the vaccination rate in Samoa had reached 95%.", "reach"),
        # a running total; the protests beginning is a happening of its own
        ("Report\nMore than 1000 people have been arrested since the protests began.", "arrest"),
    ],
)
def test_a_trend_or_running_total_is_no_happening(nlp, text, predicate):
    assert predicate not in [e.predicate for e in events_of(nlp, text)]


def test_a_single_change_is_still_a_happening(nlp):
    text = "Report\nIran seized the tanker in the Gulf."
    assert [e.predicate for e in events_of(nlp, text)] == ["seize"]


def test_a_headline_in_capitals_tells_no_event(nlp):
    """The tagger reads a headline in capitals word by word: its verbs are guesses ("QUARRY FIRM
    IMPOSES HIRING FREEZE" gave a "hire" event). The body's sentence tells the happening; the same
    headline in mixed case still counts."""
    body = "The government on Wednesday raised the tax on grain exports."
    headline = "ARGENTINA RAISES EXPORT TAX"
    shouted = events_of(nlp, f"{headline}\n{body}", "Wednesday")
    assert [e.predicate for e in shouted] == ["raise"]
    assert shouted[0].start > len(headline), "the body's event stays, the headline's goes"
    cased = events_of(nlp, f"Argentina raises export tax\n{body}", "Wednesday")
    assert any(e.start == 0 for e in cased)
