"""Direct quotations: speaker before, after, between; continuations; scare quotes; recovery."""

from __future__ import annotations

import pytest


def only(atts):
    assert len(atts) == 1, atts
    return atts[0]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ('"The bridge will reopen in June," he said.', "The bridge will reopen in June", "he"),
        ("“The bridge will reopen in June,” he said.", "The bridge will reopen in June", "he"),
        (
            'Carla Mendes said: "The bridge will reopen in June."',
            "The bridge will reopen in June.",
            "Carla Mendes",
        ),
        (
            '"The bridge will reopen in June," said Carla Mendes.',
            "The bridge will reopen in June",
            "Carla Mendes",
        ),
    ],
)
def test_speaker_before_or_after(attribute, text, content, source):
    a = only(attribute(text))
    assert a.mode == "direct"
    assert a.content_text == content
    assert a.source_text == source
    assert a.cue_lemma == "say"


def test_speaker_between_two_parts(attribute):
    text = '"We are ready," Carla Mendes told reporters, "and we will win the vote."'
    a = only(attribute(text))
    assert a.mode == "direct"
    assert a.content_text.startswith("We are ready")
    assert a.content_text.endswith("win the vote.")
    assert a.speaker == "Carla Mendes"
    assert a.addressee == "reporters"
    assert a.cue_lemma == "tell"


def test_second_sentence_of_same_quote_joins_it(attribute):
    text = "Mayor Carla Mendes spoke.\n“We are not going to stop,” she said. “The plan stays.”"
    a = only(attribute(text))
    assert a.content_text.endswith("The plan stays.")
    assert a.speaker == "Carla Mendes"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Mayor Carla Mendes spoke.\n“We are not going to stop,” she told the broadcaster. “The plan stays.”",
            "We are not going to stop, … The plan stays.",
        ),
        (
            '"We are ready," Carla Mendes told reporters, "and we will win the vote."',
            "We are ready, … and we will win the vote.",
        ),
    ],
)
def test_quotation_broken_by_its_attribution_leaves_the_frame_out(attribute, text, words):
    """The words between the parts ("she told the broadcaster") are the report's source and cue,
    not what was said: the text elides them, the span still covers the whole quotation."""
    a = only(attribute(text))
    assert a.mode == "direct"
    assert a.content_text == words
    assert text[a.content[0] : a.content[1]].startswith(words.split(",")[0])


def test_report_text_leaves_out_only_the_frame():
    from graphbuild.claims.pipeline import report_text

    t = '"We will win," he told reporters. "Soon." "Really."'
    frame = [(14, 16), (17, 21)]  # "he", "told"
    assert report_text(t, (1, 40), [(1, 13), (35, 40)], frame) == "We will win, … Soon."
    assert report_text(t, (1, 40), [(1, 13), (3, 8), (35, 40)], frame) == "We will win, … Soon."  # nested
    # parts with no frame between them (a quotation split by line breaks or marks) stay as written
    assert report_text(t, (35, 50), [(35, 40), (43, 50)], frame) == 'Soon." "Really.'
    assert report_text(t, (1, 40), [(1, 13), (35, 40)]) == t[1:40]
    # a source the parse found inside the quotation is no frame to leave out
    inside = '"All of this fits\nthe plan as we asked it and\nit should be considered," he said.'
    we = inside.index("we")
    parts = [(1, inside.index("\nthe")), (inside.index("\nit") + 1, inside.index(',"'))]
    assert (
        report_text(inside, (1, inside.index(',"')), parts, [(we, we + 2)]) == inside[1 : inside.index(',"')]
    )
    assert report_text(t, (1, 13)) == "We will win,"


def test_multi_sentence_quote_after_colon(attribute):
    text = 'Peter Novak said: "We met the target. Costs fell. Nobody expected that."'
    a = only(attribute(text))
    assert a.content_text == "We met the target. Costs fell. Nobody expected that."
    assert a.mode == "direct"


def test_quote_running_over_paragraphs(attribute):
    text = (
        'Peter Novak said: "We met the target this year.\n'
        '"Next year we will do even better, and the workers know it."\n'
        "The company did not comment."
    )
    a = only(attribute(text))
    assert "We met the target" in a.content_text
    assert "the workers know it" in a.content_text
    assert a.speaker == "Peter Novak"


def test_cueless_quote_paragraph_continues_previous_speaker(attribute):
    text = (
        "“The reforms are working,” Peter Novak said on the radio.\n"
        "“Unemployment has fallen for six months in a row and wages are rising.”\n"
    )
    atts = attribute(text)
    assert len(atts) == 2
    assert atts[1].cue is None
    assert atts[1].speaker == "Peter Novak"
    assert atts[1].content_text.startswith("Unemployment")


def test_dash_signature(attribute):
    text = "“He does not understand how hard it is to run a small business.” ― Laura Kim"
    a = only(attribute(text))
    assert a.source_text == "Laura Kim"
    assert a.mode == "direct"


@pytest.mark.parametrize(
    "text",
    [
        'Talks have reached a "stalemate" and prices keep rising.',
        "The ‘special operation’ entered its second year.",
        'The film "Dark Waters" opened on Friday.',
    ],
)
def test_scare_quotes_and_titles_are_not_statements(attribute, text):
    assert attribute(text) == []


def test_short_quote_governed_by_a_cue_is_mixed(attribute):
    a = only(attribute('Peter Novak called for "ramping up production" across the region.'))
    assert a.mode == "mixed"
    assert a.cue_lemma == "call for"
    assert "ramping up production" in a.content_text


def test_partial_quote_in_reported_clause_is_mixed(attribute):
    a = only(attribute('Novak said the plan was "a disaster waiting to happen" for farmers.'))
    assert a.mode == "mixed"
    assert a.content_text == 'the plan was "a disaster waiting to happen" for farmers'


def test_unbalanced_marks_do_not_stop_the_document(attribute):
    text = (
        'Anna Berg said "the ceasefire is holding.\n'
        "The talks will resume next week, Berg added.\n"
        "“We expect progress,” she told reporters."
    )
    atts = attribute(text)
    assert len(atts) == 3
    assert [a.cue_lemma for a in atts] == ["say", "add", "tell"]
    assert all(a.speaker == "Anna Berg" for a in atts)


def test_garbled_copy_with_misplaced_marks(attribute):
    # Machine-translated style: the closing mark lands after the attribution.
    text = 'Anna Berg stated, "The wars are hard to plan, we must be prepared for bad news, she said."'
    atts = attribute(text)
    assert atts
    assert atts[0].speaker == "Anna Berg"
    assert "prepared for bad news" in atts[0].content_text
