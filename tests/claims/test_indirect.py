"""Reported speech with a wide set of cues, nested sources and headlines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Laura Kim said that the factory would close.", "say", "that the factory would close"),
        ("Laura Kim warned that the factory would close.", "warn", "that the factory would close"),
        ("Laura Kim acknowledged that mistakes were made.", "acknowledge", "that mistakes were made"),
        ("Laura Kim conceded that the plan had failed.", "concede", "that the plan had failed"),
        ("Laura Kim claimed the vote was rigged.", "claim", "the vote was rigged"),
        ("Laura Kim denied any wrongdoing.", "deny", "any wrongdoing"),
        ("Laura Kim urged voters to stay calm.", "urge", "voters to stay calm"),
        ("Laura Kim told reporters the deal was close.", "tell", "the deal was close"),
        ("Laura Kim added that talks would continue.", "add", "that talks would continue"),
        ("Laura Kim insisted that she had done nothing wrong.", "insist", "that she had done nothing wrong"),
        ("Laura Kim noted that exports had doubled.", "note", "that exports had doubled"),
        ("Laura Kim believes the market will recover.", "believe", "the market will recover"),
        ("The market will recover, Laura Kim said.", "say", "The market will recover"),
        ("The market, Laura Kim said, will recover soon.", "say", None),
        (
            "The mine will close next year, according to Laura Kim.",
            "according to",
            "The mine will close next year",
        ),
        ("Laura Kim's view is that the mine should stay open.", "view", "that the mine should stay open"),
    ],
)
def test_reporting_cues(attribute, text, cue, content):
    atts = attribute(text)
    assert len(atts) == 1, atts
    a = atts[0]
    assert a.cue_lemma == cue
    assert a.mode == "indirect"
    if content is not None:
        assert a.content_text == content
    assert a.speaker == "Laura Kim"
    assert a.cue is not None
    assert text[a.cue[0] : a.cue[1]].lower()[:1] == cue[:1]


def test_told_records_addressee(attribute):
    a = attribute("Laura Kim told the parliament that the budget was balanced.")[0]
    assert a.addressee == "the parliament"


def test_headline_counts_and_stops_at_the_line_end(attribute):
    text = "Minister says prices will fall\nFinance Minister Laura Kim spoke in Oslo on Monday."
    a = attribute(text)[0]
    assert a.content_text == "prices will fall"
    assert a.speaker == "Laura Kim"


def test_nested_outlet_citing_sources(attribute):
    text = "The Daily Ledger reported, citing two unnamed officials, that the deal had collapsed."
    atts = attribute(text)
    assert len(atts) == 1
    a = atts[0]
    assert a.source_text == "The Daily Ledger"
    assert a.content_text == "that the deal had collapsed"
    assert a.venue is not None and "citing two unnamed officials" in a.venue


def test_nested_report_keeps_outer_speaker(attribute):
    text = "The Daily Ledger reported that officials said the deal had collapsed."
    atts = attribute(text)
    assert len(atts) == 1
    assert atts[0].source_text == "The Daily Ledger"
    assert "citing officials" in (atts[0].venue or "")


def test_cue_inside_quote_is_not_a_separate_attribution(attribute):
    atts = attribute('"I think they said we would lose," Laura Kim said.')
    assert len(atts) == 1
    assert atts[0].source_text == "Laura Kim"


def test_no_cue_no_attribution(attribute):
    assert attribute("The factory closed in 2019 and the town lost 400 jobs.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Laura Kim described the plan as a failure.", "describe", "the plan as a failure"),
        ("Laura Kim cited rising costs.", "cite", "rising costs"),
        ("Laura Kim called the charges baseless.", "call", "the charges baseless"),
        ("Laura Kim spoke about the crisis in the region.", "speak about", "the crisis in the region"),
        ("Laura Kim wants to cut the budget.", "want", "to cut the budget"),
        ("Laura Kim said after the meeting she would resign.", "say", None),
        ("Laura Kim likened the tax to a toll on work.", "liken", "the tax to a toll on work"),
        ("Laura Kim stressed the need for new roads.", "stress", "the need for new roads"),
        ("Laura Kim suggested raising the limit.", "suggest", "raising the limit"),
        ("Laura Kim responded to the allegations on Twitter.", "respond to", None),
        ("Seventy percent of voters said yes, Laura Kim said.", "say", None),
    ],
)
def test_more_frames(attribute, text, cue, content):
    (a,) = attribute(text)
    assert a.cue_lemma == cue
    if content is not None:
        assert a.content_text == content
    assert a.speaker == "Laura Kim"


def test_speaking_on_a_date_is_not_content(attribute):
    assert attribute("Laura Kim spoke on Monday in Berlin.") == []


def test_stance_needs_an_animate_subject(attribute):
    (a,) = attribute("Laura Kim supports the new housing bill.")
    assert a.cue_lemma == "support" and a.content_text == "the new housing bill"
    assert attribute("Steel beams support the roof of the station.") == []


def test_perception_verbs_need_a_tensed_clause(attribute):
    (a,) = attribute("A new poll shows that turnout will be high.")
    assert a.cue_lemma == "show" and a.source_text == "A new poll"
    assert attribute("Families would see their incomes go up next year.") == []


def test_according_to_pointing_back(attribute):
    (a,) = attribute("Sales fell by a third in March. That is according to the trade association.")
    assert a.content_text == "Sales fell by a third in March."
    assert a.source_text == "the trade association"


WRAPPED = (
    "OSLO, March 3 - The Northfield Port Authority said it filed an\n"
    "application with the national regulator in an effort to create the\n"
    "largest container terminal in the region by the end of next year.\n"
    "    The authority said the terminal would link 31 shipping lines\n"
    "handling 13.5 mln tonnes of cargo and employing 2,000 people in\n"
    "the city and its suburbs, according to its filing.\n"
    "    Officials said construction could begin in the spring if the\n"
    "regulator approves the plan without changes to its scope.\n"
)


def test_hard_wrapped_copy_keeps_content_across_line_wraps(attribute):
    # wire copy wrapped at a fixed width: a lone newline is not a paragraph end, an indent is
    contents = [a.content_text.replace("\n", " ") for a in attribute(WRAPPED)]
    assert any(
        c.startswith("it filed an application") and c.endswith("by the end of next year") for c in contents
    )
    assert any(c.startswith("the terminal would link 31 shipping lines") for c in contents)
    assert not any("Officials" in c for c in contents[:2])  # the indented paragraph still ends content


@pytest.mark.parametrize(
    "text",
    [
        "Writing on a blog, Mr. Hersh cited anonymous intelligence sources to support his assertions.",
        "The newspaper cited officials familiar with the talks.",
        "Laura Kim vowed to back the plan.",
    ],
)
def test_sources_cited_and_purpose_infinitives_are_not_stances(attribute, text):
    """Citing a source names where a claim came from; a stance verb inside another report's
    infinitive ("cited X to support his assertions", "vowed to back") is not a second statement."""
    atts = attribute(text)
    assert not any(a.cue_lemma in ("support", "back") for a in atts), atts
    assert not any(a.cue_lemma == "cite" for a in atts), atts if "cited" in text else []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator cited security concerns.", "cite", "security concerns"),
        ("Laura Kim cited a study showing that prices rose.", "cite", "a study showing that prices rose"),
        ("Laura Kim supports the bill.", "support", "the bill"),
        ("Laura Kim continued to back the plan.", "back", "the plan"),
    ],
)
def test_cited_reasons_and_held_stances_stay(attribute, text, cue, content):
    atts = attribute(text)
    assert [(a.cue_lemma, a.content_text) for a in atts] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister denied it on Monday.",  # "it": what was denied is said elsewhere
        "It runs on Linux, which Red Hat supports.",  # the relative pronoun is no message
        "The union, which Mr Diaz criticised, said nothing.",
        "The council discussed this.",
        "He said that.",
        "The minister refused to do so.",  # "do" stands for a verb said elsewhere
        "She promised to do it.",
    ],
)
def test_a_content_of_pronouns_and_function_words_says_nothing(attribute, text):
    assert attribute(text) == []


def test_a_short_content_with_a_word_of_content_stays(attribute):
    assert [(a.cue_lemma, a.content_text) for a in attribute("She rejected the negativity.")] == [
        ("reject", "the negativity")
    ]


def test_do_with_an_object_of_content_stays(attribute):
    assert [(a.cue_lemma, a.content_text) for a in attribute("She promised to do business.")] == [
        ("promise", "to do business")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # interview questions (Wikinews): the interviewer's words, no one's statement
        "How do you plan to fix it?",
        "Do you think a socialist can win a general election?",
        "Can we expect the new release before the old one reaches end of life?",
        "And will their editors want to publish them?",
        "Could you briefly explain how the technology works?",
        "Can you clarify what you mean by an orderly withdrawal?",
    ],
)
def test_a_question_asserts_nothing(attribute, text):
    assert [a for a in attribute(text) if a.mode == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("She asked me if she gave me a job would I do it?", "ask"),  # a question reported, not asked
        ("The minister said: would the talks fail?", "say"),
        ("Laura Kim said that the factory would close.", "say"),
    ],
)
def test_a_reported_question_is_still_reported(attribute, text, cue):
    assert [a.cue_lemma for a in attribute(text) if a.mode == "indirect"] == [cue]


def test_a_day_the_parser_took_for_the_subject_is_no_source(attribute):
    (a,) = [
        a
        for a in attribute(
            "Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never "
            "suggested the U.S. should use a database to track Muslims."
        )
        if a.cue_lemma == "say"
    ]
    assert "Friday" not in (a.source_text or "")
    (b,) = attribute(
        "Saturday at the Massachusetts Democratic state's party convention Sen. Elizabeth Warren (D-MA) said "
        "the nominee was a threat."
    )
    assert "Elizabeth Warren" in b.source_text and not b.source_text.startswith("Saturday")
