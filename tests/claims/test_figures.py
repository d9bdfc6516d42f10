"""Attributions of figures (issue #6): counting and estimating cues, "according to" in the middle of a
sentence, a source in apposition before "told a news conference". Real spaCy pipeline, invented text."""

from __future__ import annotations

import pytest


def _covering(atts, fragment: str, text: str):
    """The attributions whose content holds ``fragment`` of ``text``."""
    at = text.index(fragment)
    return [a for a in atts if a.content[0] <= at and at + len(fragment) <= a.content[1]]


@pytest.mark.parametrize(
    ("text", "cue", "source", "figure"),
    [
        (
            "Surveyors from the county council counted 27 barns destroyed in the storm.",
            "count",
            "Surveyors from the county council",
            "27 barns",
        ),
        ("The hospital reported 14 deaths on Monday.", "report", "The hospital", "14 deaths"),
        (
            "The provincial governor gave a much higher toll of 45 dead, saying bodies had been found in the hills.",
            "give",
            "The provincial governor",
            "45 dead",
        ),
        (
            "The army says it lost 12 soldiers; the rebels put the figure at more than 80.",
            "put",
            "the rebels",
            "more than 80",
        ),
        ("Port officials put the death toll at 212.", "put", "Port officials", "212"),
        (
            "Independent analysts estimated the damage at 3 billion dollars.",
            "estimate",
            "Independent analysts",
            "3 billion dollars",
        ),
    ],
)
def test_figure_cues(attribute, text, cue, source, figure):
    atts = _covering(attribute(text), figure, text)
    assert [(a.cue_lemma, a.source_text) for a in atts] == [(cue, source)]
    assert atts[0].mode == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The votes were counted on Monday.",
        "He counted the days until his release.",
        "She gave a speech at the town hall.",
        "They put the books on the table.",
        "The club gave 300 dollars to a local charity.",
        "The toll was put at 212.",
        "The council put the plan on hold.",
    ],
)
def test_figure_cues_need_a_speaker_and_a_figure(attribute, text):
    assert attribute(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Some 3,500 villagers had left the valley by Friday, according to a regional charity, "
            "many of them walking to the coast.",
            "Some 3,500 villagers had left the valley by Friday, according to a regional charity, "
            "many of them walking to the coast.",
        ),
        (
            "The new bridge, according to two engineers, would cost about 5 billion dollars.",
            "The new bridge, according to two engineers, would cost about 5 billion dollars.",
        ),
        # a clause coordinated after the source is a claim of its own
        (
            "Bread prices rose sharply last month, according to the bureau, but wages barely moved.",
            "Bread prices rose sharply last month",
        ),
        ("Bread prices rose sharply, according to the bureau.", "Bread prices rose sharply"),
        # the parse hangs the rest of the clause on "according": after the source's comma it is the claim's
        (
            "One child was, according to the fire service, among the dead.",
            "One child was, according to the fire service, among the dead.",
        ),
        (
            "According to Dallorso, for days Zamperoni's phone was off.",
            "for days Zamperoni's phone was off.",
        ),
        # without the comma, what follows the source tells of the source
        (
            "Robert Mugabe has died, according to the president on Friday.",
            "Robert Mugabe has died",
        ),
    ],
)
def test_according_to_in_mid_sentence(attribute, text, content):
    atts = [a for a in attribute(text) if a.cue_lemma == "according to"]
    assert [a.content_text for a in atts] == [content]


@pytest.mark.parametrize(
    ("text", "source", "speaker", "content"),
    [
        (
            "Nearly 2,000 families had been moved to shelters and were living in tents, "
            "the agency's deputy head, Tomas Orlek-Varga, told a news conference.",
            "the agency's deputy head, Tomas Orlek-Varga",
            "Tomas Orlek-Varga",
            "Nearly 2,000 families had been moved to shelters and were living in tents",
        ),
        (
            "Floodwater had cut off 12 villages, the mayor, Jane Doe, told reporters.",
            "the mayor, Jane Doe",
            "Jane Doe",
            "Floodwater had cut off 12 villages",
        ),
        (
            "The river burst its banks, Jane Doe, a local farmer, told reporters on Tuesday.",
            "Jane Doe, a local farmer",
            "Jane Doe",
            "The river burst its banks",
        ),
    ],
)
def test_apposed_source_before_cue(attribute, text, source, speaker, content):
    atts = attribute(text)
    assert [(a.cue_lemma, a.speaker, a.content_text) for a in atts] == [("tell", speaker, content)]
    assert atts[0].source_text and atts[0].source_text in source  # the title, the name or both


def test_object_of_a_verb_is_no_apposed_source(attribute):
    atts = attribute("He visited the port city, told reporters it was calm and left.")
    assert all(a.source_text == "He" for a in atts)


def test_counted_figure_becomes_a_statement_with_a_numeric_claim(nlp, make_document):
    """End to end through the per-document stage and the conflict finder's claim reader."""
    from graphbuild.claims import attribute_claims
    from graphbuild.crossdoc_conflicts import report_claims

    text = "Insurance assessors counted 31 houses destroyed by the blaze, fewer than first feared."
    atts = attribute_claims(make_document(text), nlp(text))
    assert [a.cue_lemma for a in atts] == ["count"]
    claims = report_claims(atts[0].content_text)
    assert [(c[0], c[3]) for c in claims] == [(31, "buildings destroyed")]
