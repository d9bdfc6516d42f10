"""Participant coreference within a document (:mod:`graphbuild.events_coref`): a definite description
becomes the name its document ties it to, and stays a description when the document does not say which."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import day_timex, make_doc

from graphbuild.crossdoc import MentionIndex
from graphbuild.crossdoc_events import merge_events
from graphbuild.events import extract_events
from graphbuild.events_coref import resolve_descriptions
from graphbuild.model import EventMention, Participant


def resolved(nlp, text: str, phrase: str, role: str = "agent") -> list[str]:
    """The participants a description written last in ``text`` resolves to."""
    start = text.rfind(phrase)
    event = EventMention(
        "d", 0, len(text), text, "x", "x", (Participant(role, phrase, start, start + len(phrase)),)
    )
    (out,) = resolve_descriptions([event], nlp(text))
    assert out.description == "x"  # the article's wording is kept
    return [p.text for p in out.participants]


@pytest.mark.parametrize(
    ("text", "phrase", "names"),
    [
        # apposition, elsewhere in the article and on the description's own noun
        (
            "Acme, the carmaker, is based in Detroit. On Monday the carmaker recalled 3,000 cars.",
            "the carmaker",
            ["Acme"],
        ),
        ("Brakel bought the Dutch paint firm Velvo in 2024.", "the Dutch paint firm", ["Velvo"]),
        ("The war began when the capital, Sanaa, fell in 2014.", "the capital", ["Sanaa"]),
        # a title before the name; every word of the description must be in the titled phrase
        (
            "Finance Minister Jane Roe met Prime Minister Tom Rusk. The finance minister resigned on Friday.",
            "The finance minister",
            ["Jane Roe"],
        ),
        # a copula
        (
            "Acme is the largest carmaker in Ohio. The carmaker closed a plant.",
            "The carmaker",
            ["Acme"],
        ),
        # the one organisation named before
        (
            "Globex Corp said profits rose. The company fired its chief on Monday.",
            "The company",
            ["Globex Corp"],
        ),
        # the two places the article presents as actors, not the venue
        (
            "France and Germany signed a treaty in Geneva on Monday. "
            "Officials said the two countries agreed.",
            "the two countries",
            ["France", "Germany"],
        ),
        # places that act through those who act for them, not as where the talks were held
        (
            "Officials from France and Germany held talks in Geneva on Tuesday, "
            "a week after the two countries signed a treaty.",
            "the two countries",
            ["France", "Germany"],
        ),
    ],
)
def test_description_takes_the_name_its_document_ties_it_to(nlp, text, phrase, names):
    assert resolved(nlp, text, phrase) == names


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # two ministers tied to the noun: which one is not said
        (
            "Finance Minister Jane Roe met Prime Minister Tom Rusk. The minister resigned on Friday.",
            "The minister",
        ),
        # two organisations named before
        ("Globex Corp and Initech said profits rose. The company fired its chief on Monday.", "The company"),
        # the phrase says whose founder it is, and it is not the titled one
        (
            "Skyfleet founder Mara Lind was convicted. "
            "A jury convicted the founder of drone maker Aerobotics.",
            "the founder",
        ),
        # a third country acting: "the two countries" are not known
        (
            "France, Spain and Germany met in Geneva. Germany's parliament voted. "
            "Later the two countries signed.",
            "the two countries",
        ),
        # a place "from" which no one who acts for it comes is no actor ("flights from Spain")
        (
            "Flights from Spain and Italy landed in Geneva. Later the two countries signed a treaty.",
            "the two countries",
        ),
        # a noun of no known kind is read only where it carries the name itself
        ("Suits, a legal series, ended. She left the series in 1988.", "the series"),
        # indefinite and possessed phrases are no descriptions of a named thing
        ("Globex Corp said profits rose. A company fired its chief on Monday.", "A company"),
        ("Globex Corp said profits rose. Its parent fired its chief on Monday.", "Its parent"),
    ],
)
def test_description_stays_when_the_document_does_not_say_which(nlp, text, phrase):
    assert resolved(nlp, text, phrase) == [phrase]


def test_outlets_naming_a_participant_differently_share_it(nlp):
    """One outlet names the carmaker, another calls it "the carmaker" after tying the noun to the name:
    the merger sees one shared participant and one happening."""
    published = date(2023, 12, 4)
    texts = {
        "a": "Acme, the Detroit carmaker, has struggled. The carmaker closed its largest plant on Friday.",
        "b": "Acme closed its largest plant on Friday after a slump in sales.",
    }
    events = []
    spans = []
    for key, text in sorted(texts.items()):
        doc = make_doc(text, published=published, path=f"{key}.txt")
        timex = day_timex(text, "Friday", date(2023, 12, 1))
        found = [e for e in extract_events(doc, nlp(doc.analysis_text), [timex]) if e.predicate == "close"]
        assert len(found) == 1, found
        events += found
        at = text.find("Acme")
        spans.append((doc.id, (at, at + 4, "ent:acme")))
    assert [p.text for p in events[0].participants if p.role == "agent"] == ["Acme"]
    index = MentionIndex({doc_id: [span] for doc_id, span in spans})
    merged = merge_events(events, participant_of=index.at)
    assert len(merged) == 1 and len(merged[0].mentions) == 2


def released(nlp, text: str) -> list[list[tuple[str, str]]]:
    """The participants of each "release" event of ``text``, dated by its "Friday"."""
    doc = make_doc(text)
    timex = day_timex(text, "Friday", date(2023, 12, 1))
    found = extract_events(doc, nlp(doc.analysis_text), [timex])
    return [[(p.role, p.text) for p in e.participants] for e in found if e.predicate == "release"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one person the previous sentence names
        (
            "Police arrested John Miller at the airport. He was released on bail on Friday.",
            [[("patient", "John Miller")]],
        ),
        # "the 42-year-old": the one person named before
        (
            "Police arrested John Miller at the airport. The 42-year-old was released on bail on Friday.",
            [[("patient", "John Miller")]],
        ),
        # someone else who may be meant (an officer, a second name, a possessor named before): no
        # participant, so no event, as before
        ("A police officer shot Tom Brown in Ohio. He was released on bail on Friday.", []),
        ("John Miller met Mary Smith at the airport. He was released on bail on Friday.", []),
        ("His lawyer, John Miller, spoke at the airport. He was released on bail on Friday.", []),
    ],
)
def test_pronoun_and_age_take_the_one_person_named_before(nlp, text, expected):
    assert released(nlp, text) == expected
