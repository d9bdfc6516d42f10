"""A name the tagger calls a place is an organisation's where its head noun is an organisation's
("Soviet Ministry", "Port of Singapore Authority", "West German Federation of Banks") or it ends in a
legal form ("Nippon Lace Co Ltd"); not where a place's name may end in that noun ("Russian
Federation", "Rockville Centre"), nor where the tagger's organisation heads a facility ("Wall
Street"). A "person" naming the two parties of a court case is the case ("Trump v. Trump"), and one headed
by an acronym an organisation ("Indiana GOP"). The real
spaCy pipeline parses each text; the tagger's span is set on the parse, as the
tagger gives it in the corpus articles these cases come from."""

from __future__ import annotations

from typing import Any

import pytest

from graphbuild.entities import extract_mentions
from graphbuild.entities_shape import PLACE_NAME_HEADS
from graphbuild.model import Document


def _mentions_with_span(nlp: Any, text: str, span: str, label: str) -> list[tuple[str, str]]:
    """The mentions extracted when the tagger's only name in ``text`` is ``span`` labelled ``label``."""
    from spacy.tokens import Span

    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt")
    doc = nlp(document.analysis_text)
    start = text.index(span)
    found = doc.char_span(start, start + len(span))
    assert found is not None, span
    doc.ents = [Span(doc, found.start, found.end, label=label)]
    return [(m.text, m.label) for m in extract_mentions(document, doc)]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Soviet Ministry", "GPE"),
        ("Port of Singapore Authority", "LOC"),
        ("West German Federation of Banks", "GPE"),
        ("New York State Republican Party", "GPE"),
        ("Nippon Lace Co Ltd", "GPE"),
    ],
)
def test_a_place_headed_by_an_organisations_noun_is_an_organisation(nlp: Any, name: str, label: str) -> None:
    text = f"Officials of the {name} met bankers in the city on Tuesday."
    assert _mentions_with_span(nlp, text, name, label) == [(name, "ORG")]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Russian Federation", "GPE"),  # a head that ends places' names too
        ("Rockville Centre", "GPE"),
        ("West Bank", "GPE"),  # a head left out for persons already ("Bank")
        ("Wall Street", "GPE"),  # a facility's head: the tagger's place stays
        ("Soviet Union", "GPE"),
    ],
)
def test_a_place_whose_name_ends_in_such_a_noun_stays_a_place(nlp: Any, name: str, label: str) -> None:
    assert "Federation" in PLACE_NAME_HEADS
    text = f"Officials of the {name} met bankers in the city on Tuesday."
    assert _mentions_with_span(nlp, text, name, label) == [(name, label)]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Trump v. Trump", "LAW"),
        ("Roe v Wade", "LAW"),
        ("Louis V. Gerstner", "PERSON"),
        ("Trump vs. Clinton", "PERSON"),
    ],
)
def test_a_person_naming_the_two_parties_of_a_court_case_is_the_case(nlp: Any, name: str, label: str) -> None:
    """ "v." between two names, as courts write it, makes a case; "vs." may be a contest, and a capital
    "V." an initial."""
    text = f"Lawyers said {name} would be heard in New York on Tuesday."
    assert _mentions_with_span(nlp, text, name, "PERSON") == [(name, label)]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Indiana GOP", "ORG"),
        ("Principles PAC", "ORG"),
        ("Henry VIII", "PERSON"),
        ("Louis XIV", "PERSON"),
        ("John XXIII", "PERSON"),
        ("Benedict XVI", "PERSON"),
        ("Michael Jones QC", "PERSON"),
        ("Junge SVP", "ORG"),
    ],
)
def test_a_person_headed_by_an_acronym_is_an_organisation(nlp: Any, name: str, label: str) -> None:
    """An acronym ends an organisation's name ("Indiana GOP"); a roman numeral or letters after a name
    are a person's."""
    text = f"Officials said {name} would meet donors in New York on Tuesday."
    assert _mentions_with_span(nlp, text, name, "PERSON") == [(name, label)]
