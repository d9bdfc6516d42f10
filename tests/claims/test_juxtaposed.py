"""Two sources set side by side in one sentence ("X said A, though Y said B"): two reports."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The police said 40 people were arrested, while organisers said the march was peaceful.",
            ["40 people were arrested", "the march was peaceful"],
        ),
        (  # parsed with the second cue under the first (no cut needed): the same two reports
            "Laura Kim said the mine would close, though Tom Reyes said it would stay open.",
            ["the mine would close", "it would stay open"],
        ),
        (
            "The ministry said 12 soldiers were killed, whereas the rebels claimed that 60 died.",
            ["12 soldiers were killed", "that 60 died"],
        ),
        (  # a figure given against the first one
            "Police said forty people were arrested on Monday, although organisers put the figure at 12.",
            ["forty people were arrested on Monday", "the figure at 12"],
        ),
        (  # "according to" before the claim, and after it
            "According to the ministry, 40 people died, while the opposition said 90 were killed.",
            ["40 people died", "90 were killed"],
        ),
        (
            "Forty people died, according to the ministry, while the opposition said 90 were killed.",
            ["Forty people died", "90 were killed"],
        ),
        (
            "Forty people died on Monday according to the ministry, although local media reported at "
            "least 70 dead.",
            ["Forty people died on Monday", "at least 70 dead"],
        ),
        (  # the quotation mark that closes the first content stays in it
            'President Andrzej Duda said the victims were in an "appalling tragedy" while Interior '
            "Minister Joachim Brudziński wrote he had ordered fire safety checks.",
            ['the victims were in an "appalling tragedy"', "he had ordered fire safety checks"],
        ),
    ],
)
def test_second_account_is_its_own_report(attribute, text, expected):
    assert sorted(a.content_text for a in attribute(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # told before the content's verb, the contrast is part of what the source said
        (
            "Laura Kim said that while critics said the plan was costly, it would pay for itself.",
            "that while critics said the plan was costly, it would pay for itself",
        ),
        # a contrast clause with no reporting verb stays in the content
        ("Laura Kim said she was beaten while police watched.", "she was beaten while police watched"),
        # nor does one with a verb of thought or expectation: no second source is set against the first
        (
            "Laura Kim said China is expecting a 6.5 percent growth rate, while the U.S. will likely see a "
            "2 percent rate.",
            "China is expecting a 6.5 percent growth rate, while the U.S. will likely see a 2 percent rate",
        ),
        (
            "According to the ministry, the plan would cost 40 million dollars while the opposition wants "
            "it scrapped.",
            "the plan would cost 40 million dollars while the opposition wants it scrapped.",
        ),
        # "as though" compares, it sets no second account against the first
        (
            "Laura Kim said it sounded much of the time as though he were screaming.",
            "it sounded much of the time as though he were screaming",
        ),
        # nor a stance or an infinitive: what others do, often the source's own condition or contrast
        (
            "The Commission told member states that it is not prepared to discuss sugar prices while "
            "traders threaten to make a huge sale into intervention stocks.",
            None,
        ),
        (
            "Diplomats said they were backed by Britain and France, while Italy, Greece and Denmark "
            "supported the Commission's view that Bonn should act.",
            "they were backed by Britain and France, while Italy, Greece and Denmark supported the "
            "Commission's view that Bonn should act",
        ),
        # nor a speech verb that reports nothing (withheld, or no word of content): the clause is not
        # cut off to no purpose
        (
            "A banker said the firm is starved of funds while the government is criticising it for not "
            "playing a larger role.",
            "the firm is starved of funds while the government is criticising it for not playing a "
            "larger role",
        ),
        (
            "Laura Kim said all staff sign the agreement, though she did not say what it covers.",
            "all staff sign the agreement, though she did not say what it covers",
        ),
    ],
)
def test_contrast_inside_the_content_stays(attribute, text, content):
    content = content or text[text.index(" that ") + 1 : -1]
    assert [a.content_text for a in attribute(text)] == [content]


def test_a_pronoun_after_the_second_account_is_its_source(attribute):
    text = (
        "Jens Stoltenberg met ministers in Brussels. Russian Defense Minister Sergei Shoigu said on "
        "Wednesday about 300,000 men could expect to be conscripted into active duty on Putin's orders, "
        "though Stoltenberg said he was reluctant to accept those numbers. “I think we have to be "
        "careful about the exact numbers,” he told a reporter."
    )
    by_content = {a.content_text: a.speaker for a in attribute(text)}
    shoigu = "about 300,000 men could expect to be conscripted into active duty on Putin's orders"
    assert by_content[shoigu] == "Sergei Shoigu"
    assert by_content["he was reluctant to accept those numbers"] == "Jens Stoltenberg"
    assert by_content["I think we have to be careful about the exact numbers"] == "Jens Stoltenberg"
