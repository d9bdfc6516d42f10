"""Withheld speech ("declined to comment", "did not respond to a request for comment") is no statement;
real statements next to it are kept."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The ministry refused to comment on the report.",
        "A spokesman for the company declined to comment.",
        "Laura Kim declined to comment further on the lawsuit.",
        "The White House did not respond to a request for comment.",
        "The embassy did not immediately respond to a request for comment on the allegations.",
        "The bank has yet to respond to requests for comment.",
        "The firm has not responded to the allegations.",
        "Laura Kim failed to respond to the allegations.",
        "The company declined to say how many jobs would be cut.",
        "The minister did not say whether taxes would rise.",
        "Laura Kim declined to give details of the deal.",
        "Laura Kim responded to a request for comment from the newspaper.",
        "Laura Kim was asked about the deal on Monday.",
        "Laura Kim was asked to comment on the failure of the talks.",
    ],
)
def test_withheld_speech_is_no_statement(attribute, text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Laura Kim declined to comment on the talks, saying only that the process was ongoing.",
            "say",
            "only that the process was ongoing",
        ),
        ("Laura Kim, who declined to be named, said the deal was close.", "say", "the deal was close"),
        ("Asked about the deal, Laura Kim said it was close.", "say", "it was close"),
        ("Laura Kim said she would not comment on the report.", "say", "she would not comment on the report"),
        ("Laura Kim refused to rule out a tax rise.", "refuse", "to rule out a tax rise"),
        ("Laura Kim commented on the bill.", "comment on", "the bill"),
        ("Laura Kim has asked that the vote be delayed.", "ask", "that the vote be delayed"),
    ],
)
def test_real_statements_next_to_withheld_speech_are_kept(attribute, text, cue, content):
    atts = attribute(text)
    assert [(a.cue_lemma, a.content_text) for a in atts] == [(cue, content)]


def test_a_quoted_refusal_is_still_an_utterance(attribute):
    text = 'Laura Kim declined to comment. "We will not discuss the lawsuit," a company spokesman said.'
    atts = attribute(text)
    assert [(a.content_text, a.mode) for a in atts] == [("We will not discuss the lawsuit", "direct")]
