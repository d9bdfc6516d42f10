from __future__ import annotations

from graphbuild.nlp import is_hard_wrapped


def test_headline_is_its_own_sentence(nlp):
    doc = nlp(
        "Minister says talks will resume\nThe minister told reporters on Friday that talks would resume."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Minister says talks will resume"


def test_hard_wrapped_copy_keeps_sentences_across_lines(nlp):
    lines = [
        "The central bank said on Tuesday that it would keep its main",
        "interest rate unchanged for the third month in a row, citing",
        "stable prices and a slowdown in lending to small companies and",
        "households across the country, officials told a news briefing",
        "in the capital after the meeting of the monetary committee.",
    ]
    text = "\n".join(lines)
    assert is_hard_wrapped(text)
    doc = nlp(text)
    assert len(list(doc.sents)) == 1


def test_paragraph_text_is_not_hard_wrapped():
    text = "\n".join(
        ["A headline without a stop"]
        + ["A full paragraph of prose that runs on well past the width of wire copy, ending properly."] * 5
    )
    assert not is_hard_wrapped(text)


def test_pipeline_has_the_line_component_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("graphbuild_line_sentences") < names.index("parser")
