"""Speakers given by layout: 'Name: words' labels, transcripts, dash signatures."""

from __future__ import annotations

import pytest


def test_headline_label_resolves_to_full_name(attribute):
    text = "Okafor: ‘We Will Not Raise Taxes Again’\nFinance Minister Grace Okafor spoke in Lagos."
    atts = attribute(text)
    a = atts[0]
    assert a.source_text == "Okafor"
    assert a.speaker == "Grace Okafor"
    assert a.content_text == "We Will Not Raise Taxes Again"
    assert a.cue_lemma == "say" and text[a.cue[0] : a.cue[1]] == ":"


def test_transcript_labels(attribute):
    text = (
        "HOST: Let me ask about the budget before we run out of time.\n"
        "MINISTER: We have balanced it for the third year in a row.\n"
    )
    atts = attribute(text)
    assert [a.source_text for a in atts] == ["HOST", "MINISTER"]
    assert atts[1].content_text.startswith("We have balanced it")


def test_label_with_title_keeps_the_name(attribute):
    text = "Veteran pollster Daniel Price: “Turnout will decide this race, not the debates.”"
    (a,) = attribute(text)
    assert a.speaker == "Daniel Price"
    assert a.mode == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "Update: The story has been corrected to fix a date.",
        "Note: All times are local and subject to change.",
        "Two questions: Why would anyone do that and when?",
    ],
)
def test_non_speaker_labels(attribute, text):
    assert attribute(text) == []


def test_em_dash_signature_with_straight_quotes(attribute):
    text = '"We waited four hours and nobody came to help us." -- Maria Santos'
    (a,) = attribute(text)
    assert a.source_text == "Maria Santos"
    assert a.content_text == "We waited four hours and nobody came to help us."
