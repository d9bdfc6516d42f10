"""Recall rules of graphbuild.events: undated past happenings, shared dates, speech verbs with a
thing as object, measures of change. Each rule has a sentence it must take and one it must leave."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_attr, make_doc

from graphbuild.events import PAST_REF, extract_event_triggers, extract_events

PUBLISHED = date(2023, 12, 4)


timex = day_timex


def events_of(nlp, text: str, timexes=(), attributions=(), published: date | None = PUBLISHED):
    doc = make_doc(text, published=published)
    return extract_events(doc, nlp(doc.analysis_text), list(timexes), list(attributions))


def roles(event) -> dict[str, str]:
    return {p.role: p.text for p in event.participants}


@pytest.mark.parametrize(
    ("text", "predicate", "expected_roles"),
    [
        (
            "Report\nMicrosoft acquired GitHub for a large sum.",
            "acquire",
            {"agent": "Microsoft", "patient": "GitHub"},
        ),
        (
            "Report\nThe rebels have captured Kandahar.",
            "capture",
            {"agent": "The rebels", "patient": "Kandahar"},
        ),
        (
            "Report\nJohn Smith was arrested by the police.",
            "arrest",
            {"patient": "John Smith", "agent": "the police"},
        ),
    ],
)
def test_an_undated_past_happening_with_a_named_participant_is_dated_before_publication(
    nlp, text, predicate, expected_roles
):
    events = events_of(nlp, text)
    assert [e.predicate for e in events] == [predicate]
    when = events[0].when
    assert when.value == PAST_REF
    assert when.start is None and when.end == PUBLISHED and when.anchor == PUBLISHED
    assert roles(events[0]) == expected_roles


def test_headlines_tell_past_happenings_in_the_present(nlp):
    events = events_of(nlp, "Microsoft buys GitHub\nThe deal was large.")
    assert [(e.predicate, e.when.value) for e in events] == [("buy", PAST_REF)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Report\nA company acquired a rival.", PUBLISHED),  # nobody named or definite: generic or unclear
        ("Report\nMicrosoft acquires companies every year.", PUBLISHED),  # present tense: habitual
        ("Report\nMicrosoft enjoyed strong sales.", PUBLISHED),  # not a happening verb
        ("Report\nMicrosoft will acquire GitHub.", PUBLISHED),  # future
        ("Report\nMicrosoft did not acquire GitHub.", PUBLISHED),  # negated
        ("Report\nDid Microsoft acquire GitHub?", PUBLISHED),  # a question
        ("Report\nMicrosoft often acquired rivals like GitHub.", PUBLISHED),  # habitual
        ("Report\nAnalysts believe that Microsoft acquired GitHub.", PUBLISHED),  # subordinate clause
        ("Report\nMicrosoft acquired GitHub.", None),  # no publication day to anchor on
    ],
)
def test_undated_clauses_that_are_not_specific_past_happenings_are_not_events(nlp, text, published):
    assert events_of(nlp, text, published=published) == []


def test_undated_clauses_inside_reported_content_are_statements_not_events(nlp):
    text = 'Report\n"Microsoft acquired GitHub," the analyst said.'
    doc = make_doc(text)
    quote = make_attr(doc, "Microsoft acquired GitHub,", speaker="the analyst")
    assert extract_events(doc, nlp(doc.analysis_text), [], [quote]) == []


def test_a_coordinated_verb_shares_the_date_and_subject_of_its_head(nlp):
    text = "Report\nRebels seized the port of Aden on Monday and freed the crew."
    events = events_of(nlp, text, [timex(text, "on Monday", date(2023, 12, 4))])
    assert [(e.predicate, e.when.value) for e in events] == [("free", "2023-12-04"), ("seize", "2023-12-04")]
    freed = next(e for e in events if e.predicate == "free")
    assert roles(freed) == {"agent": "Rebels", "patient": "the crew"}


def test_a_participle_of_result_shares_the_date_of_its_head(nlp):
    text = "Report\nThe jet crashed into the Atlantic Ocean on Monday, killing all 228 people on board."
    events = events_of(nlp, text, [timex(text, "on Monday", date(2023, 12, 4))])
    assert {(e.predicate, e.when.value) for e in events} == {("crash", "2023-12-04"), ("kill", "2023-12-04")}


def test_a_coordinated_verb_with_its_own_subject_does_not_share_the_date(nlp):
    text = "Report\nRebels seized the port on Monday and the army freed the crew."
    events = events_of(nlp, text, [timex(text, "on Monday", date(2023, 12, 4))])
    assert [e.predicate for e in events if e.when.value == "2023-12-04"] == ["seize"]


def test_speech_verbs_with_a_thing_as_object_are_happenings(nlp):
    text = "Report\nApple announced a new phone on Monday."
    events = events_of(nlp, text, [timex(text, "on Monday", date(2023, 12, 4))])
    assert [(e.predicate, roles(e)) for e in events] == [
        ("announce", {"agent": "Apple", "patient": "a new phone"})
    ]


def test_speech_verbs_with_a_clause_as_object_stay_statements(nlp):
    text = "Report\nApple announced on Monday that it would cut jobs."
    assert events_of(nlp, text, [timex(text, "on Monday", date(2023, 12, 4))]) == []


def test_a_measure_as_object_is_a_happening_for_verbs_of_change(nlp):
    text = "Report\nGeneral Motors lost $30 billion on Monday."
    events = events_of(nlp, text, [timex(text, "on Monday", date(2023, 12, 4))])
    assert [e.predicate for e in events] == ["lose"]


def test_as_introduces_a_role_not_a_time_frame(nlp):
    text = "Report\nBiden announced Kamala Harris as 2020 running mate."
    events = events_of(nlp, text, [timex(text, "2020", date(2020, 1, 1))])
    assert all(e.when.value != "2020-01-01" for e in events)


def test_participants_drop_adverbials_misparsed_into_them():
    """A parse that hangs "On live television" on the subject must not put it in the agent."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graphbuild.events import _compact

    words = ["On", "live", "television", "Erdogan", "attacked", "the", "proclamation", "."]
    heads = [3, 2, 0, 4, 4, 6, 4, 4]
    deps = ["prep", "amod", "pobj", "nsubj", "ROOT", "det", "dobj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    start, end = _compact(doc[3])
    assert doc.text[start:end] == "Erdogan"
    start, end = _compact(doc[6])
    assert doc.text[start:end] == "the proclamation"


def test_triggers_point_at_the_event_word(nlp):
    text = "Report\nRebels seized the port of Aden on Monday and freed the crew."
    doc = make_doc(text)
    found = extract_event_triggers(doc, nlp(doc.analysis_text), [timex(text, "on Monday", date(2023, 12, 4))])
    assert sorted(text[s:e] for _, (s, e) in found) == ["freed", "seized"]
    assert [e for e, _ in found] == events_of(nlp, text, [timex(text, "on Monday", date(2023, 12, 4))])


def test_a_definite_description_is_a_specific_participant(nlp):
    events = events_of(nlp, "Report\nThe plane crashed near the runway.")
    assert [(e.predicate, e.when.value, roles(e)) for e in events] == [
        ("crash", PAST_REF, {"agent": "The plane"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Report\nThe researchers concluded that the star had a companion.",  # a conclusion: a statement
        "Report\nThe astronomers started observing the star.",  # aspect: the event is the clause's
    ],
)
def test_an_undated_verb_whose_object_is_a_clause_is_not_a_happening(nlp, text):
    assert [e.predicate for e in events_of(nlp, text)] == []


def test_a_purpose_clause_keeps_the_happening(nlp):
    events = events_of(nlp, "Report\nMugabe founded the party to oppose the regime.")
    assert [e.predicate for e in events] == ["found"]


@pytest.mark.parametrize(
    ("text", "phrase", "day", "predicate", "expected_roles"),
    [
        (
            "Report\nInvestigators studied Monday's crash of Flight 9.",
            "Monday",
            date(2023, 12, 4),
            "crash",
            {"patient": "Flight 9"},
        ),
        (
            "Report\nThe minister attended the 2019 election of the council.",
            "2019",
            date(2019, 1, 1),
            "election",
            {"patient": "the council"},
        ),
    ],
)
def test_an_event_noun_with_a_past_date_is_an_event(nlp, text, phrase, day, predicate, expected_roles):
    events = events_of(nlp, text, [timex(text, phrase, day)])
    nominal = [e for e in events if e.predicate == predicate]
    assert len(nominal) == 1
    assert nominal[0].when.value == day.isoformat()
    assert roles(nominal[0]) == expected_roles


@pytest.mark.parametrize(
    ("text", "phrase", "day", "noun"),
    [
        (
            "Report\nThe ministry welcomed Tuesday's signing of the treaty.",
            "Tuesday",
            date(2023, 12, 5),
            "signing",
        ),
        (
            "Report\nThe ministry welcomed Tuesday's report of the treaty.",
            "Tuesday",
            date(2023, 11, 28),
            "report",
        ),
        (
            "Report\nThe ministry studied the planned 2022 merger of Acme.",
            "2022",
            date(2022, 1, 1),
            "merger",
        ),
    ],
)
def test_event_nouns_dated_after_publication_planned_or_not_events_are_not_events(
    nlp, text, phrase, day, noun
):
    events = events_of(nlp, text, [timex(text, phrase, day)])
    assert [e for e in events if e.predicate == noun] == []


def test_the_same_event_nouns_past_and_unplanned_are_events(nlp):
    """Controls for the test above: only the date or the modifier made the difference."""
    text = "Report\nThe ministry welcomed Tuesday's signing of the treaty."
    assert "signing" in [
        e.predicate for e in events_of(nlp, text, [timex(text, "Tuesday", date(2023, 11, 28))])
    ]
    text = "Report\nThe ministry studied the 2022 merger of Acme."
    assert "merger" in [e.predicate for e in events_of(nlp, text, [timex(text, "2022", date(2022, 1, 1))])]


def test_a_coordinated_undated_verb_takes_the_subject_of_its_head(nlp):
    events = events_of(nlp, "Report\nThe helicopter struck power lines and crashed near Fairfield.")
    crash = [e for e in events if e.predicate == "crash"]
    assert len(crash) == 1 and crash[0].when.value == PAST_REF
    assert roles(crash[0]) == {"agent": "The helicopter", "location": "Fairfield"}


def test_a_clause_misparsed_as_subject_is_no_participant():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graphbuild.events import _participants

    words = ["Protesters", ",", "carrying", "placards", ",", "marched", "to", "the", "park", "."]
    heads = [2, 2, 5, 2, 5, 5, 5, 8, 6, 5]
    deps = ["npadvmod", "punct", "nsubj", "dobj", "punct", "ROOT", "prep", "det", "pobj", "punct"]
    pos = ["NOUN", "PUNCT", "VERB", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [p.role for p in _participants(doc[5], doc.text)] == []
    # a nominalised participle with a determiner is a participant ("visited the wounded")
    words = ["Putin", "visited", "the", "wounded", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"],
              pos=["PROPN", "VERB", "DET", "VERB", "PUNCT"])  # fmt: skip
    assert [(p.role, p.text) for p in _participants(doc[1], doc.text)] == [
        ("agent", "Putin"),
        ("patient", "the wounded"),
    ]


def test_a_support_verb_lends_its_tense_and_date_to_an_event_noun_object(nlp):
    text = "Report\nThe Boeing 787 made its first flight on Tuesday."
    doc = make_doc(text)
    found = extract_event_triggers(
        doc, nlp(doc.analysis_text), [timex(text, "on Tuesday", date(2023, 11, 28))]
    )
    assert [(e.predicate, e.when.value, text[s:t]) for e, (s, t) in found] == [
        ("flight", "2023-11-28", "flight")
    ]
    assert roles(found[0][0]) == {"agent": "The Boeing 787"}


def test_a_support_verb_with_an_ordinary_object_or_no_participant_is_no_event(nlp):
    assert events_of(nlp, "Report\nThe Boeing 787 made a loud noise.") == []
    assert events_of(nlp, "Report\nShe made her official announcement.") == []


def test_a_date_that_opens_the_sentence_dates_every_coordinated_clause(nlp):
    text = "Report\nOn Monday, rebels seized the port and the army fled to Aden."
    events = events_of(nlp, text, [timex(text, "On Monday", date(2023, 12, 4))])
    assert sorted((e.predicate, e.when.value) for e in events) == [
        ("flee", "2023-12-04"),
        ("seize", "2023-12-04"),
    ]
    flee = next(e for e in events if e.predicate == "flee")
    assert roles(flee) == {"agent": "the army", "location": "Aden"}


@pytest.mark.parametrize(
    ("text", "control"),
    [
        # an evaluation "as" an adjective or a quoted phrase is a statement
        (
            "Report\nThe Kremlin dismissed the claim from Berlin as groundless.",
            "Report\nThe Kremlin dismissed the minister.",
        ),
        ('Report\nTrump attacked the inquiry as "a witch hunt".', "Report\nRussian forces attacked Kharkiv."),
        # how something was received
        ("Report\nThe Brexit plan was met with fury.", "Report\nBiden met Putin in Geneva."),
        # a stretch of time: a habit or a career
        (
            "Report\nOver the course of her life, Vanderbilt earned millions.",
            "Report\nVanderbilt earned millions.",
        ),
    ],
)
def test_evaluations_receptions_and_habits_are_not_happenings(nlp, text, control):
    assert events_of(nlp, text) == []
    assert events_of(nlp, control) != []


def test_a_judgement_with_a_clause_as_object_is_not_a_happening_even_when_dated(nlp):
    text = "Report\nOn Monday, the jury decided that Smith won the prize."
    events = events_of(nlp, text, [timex(text, "On Monday", date(2023, 12, 4))])
    assert "decide" not in [e.predicate for e in events]


def test_a_time_or_measure_is_not_a_participant(nlp):
    text = "Report\nOn December 14 the state of emergency in Samoa was extended by two weeks."
    events = events_of(nlp, text, [timex(text, "On December 14", date(2023, 12, 1))])
    assert [(e.predicate, roles(e)) for e in events] == [("extend", {"patient": "the state"})]


def test_of_two_dates_of_the_same_width_the_nearer_one_dates_the_verb(nlp):
    text = "Report\nOn Sunday, the state of emergency begun on November 15 in Samoa ended."
    timexes = [timex(text, "On Sunday", date(2023, 12, 3)), timex(text, "on November 15", date(2023, 11, 15))]
    events = events_of(nlp, text, timexes)
    assert ("begin", "2023-11-15") in [(e.predicate, e.when.value) for e in events]


def test_a_clause_has_one_subject():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graphbuild.events import _participants

    words = ["Bishop", "Gutierrez", "of", "Marbel", ",", "Philippines", "dies"]
    heads = [1, 6, 1, 2, 6, 6, 6]
    deps = ["compound", "nsubj", "prep", "pobj", ",", "nsubj", "ROOT"]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [(p.role, p.text) for p in _participants(doc[6], doc.text)] == [("agent", "Bishop Gutierrez")]


@pytest.mark.parametrize(
    ("text", "predicate", "noun", "fills_gap"),
    [
        # the relative clause has a subject of its own: its noun is not the agent
        (
            "Report\nHe studied at Howard University, from which he graduated in 2000.",
            "graduate",
            "Howard",
            False,
        ),
        # "where": the noun is a place, not a participant
        (
            "Report\nThe repository where the notice was published was vandalised in 2000.",
            "publish",
            "repository",
            False,
        ),
        # the relative pronoun is the subject: the noun is the agent
        ("Report\nThe town, which fell to the army in 2000, is empty.", "fall", "town", True),
    ],
)
def test_a_relative_clause_noun_fills_only_the_gap_it_leaves(nlp, text, predicate, noun, fills_gap):
    from graphbuild.events import _participants

    doc = make_doc(text)
    verb = next(tok for tok in nlp(doc.analysis_text) if tok.lemma_ == predicate)
    texts = [p.text for p in _participants(verb, doc.text)]
    assert any(noun in x for x in texts) == fills_gap, texts


def test_a_headline_bare_participle_is_a_passive():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graphbuild.events import _participants

    words = ["Tributes", "paid", "to", "Chadwick", "Boseman"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2], deps=["nsubj", "ROOT", "prep", "compound", "pobj"],
              pos=["NOUN", "VERB", "ADP", "PROPN", "PROPN"], tags=["NNS", "VBN", "IN", "NNP", "NNP"])  # fmt: skip
    assert [(p.role, p.text) for p in _participants(doc[1], doc.text)] == [("patient", "Tributes")]


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("Report\nAfter Mugabe fired his deputy, the army moved.", "fire", True),  # told as fact
        (
            "Report\nFlight 9, which crashed near Lima, was carrying 50 people.",
            "crash",
            True,
        ),  # on an argument
        ("Report\nIf Mugabe fired his deputy, the army would move.", "fire", False),  # a condition
        ("Report\nBefore Mugabe fired his deputy, the army moved.", "fire", False),  # may not have happened
    ],
)
def test_undated_happenings_in_factual_subordinate_clauses(nlp, text, predicate, expected):
    assert (predicate in [e.predicate for e in events_of(nlp, text)]) == expected
