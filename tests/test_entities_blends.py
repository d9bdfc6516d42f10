"""Persons blended into the tagger's organisation spans, and firm names that only look like such a
blend (:mod:`graphbuild.entities_blends`), with the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from graphbuild.entities import extract_mentions
from graphbuild.model import Document


def labelled(nlp: Any, text: str) -> list[tuple[str, str]]:
    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt")
    return [(m.text, m.label) for m in extract_mentions(document, nlp(document.analysis_text))]


@pytest.mark.parametrize(
    ("text", "blend"),
    [
        # a firm or a body named after a role word or a head noun: no person in it
        ("KUALA LUMPUR, March 16 - Gold reserves rose, Bank Negara Malaysia said.", "Bank Negara Malaysia"),
        (
            "CHICAGO, March 13 - The Chicago Board Options Exchange said it will list call and put "
            "options on March 16. The exchange said volume was high.",
            "Chicago Board Options Exchange",
        ),
        ("General Public Utilities said it would sell bonds.", "General Public Utilities"),
        ("First Union Real Estate Investments said its board left the dividend unchanged.", None),
    ],
)
def test_a_name_after_a_role_word_or_head_noun_is_no_person_without_evidence(
    nlp: Any, text: str, blend: str | None
) -> None:
    found = labelled(nlp, text)
    assert not [name for name, label in found if label == "PERSON"], found
    if blend is not None:
        assert (blend, "ORG") in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a title right before the name
        ("Spokeswoman Haley Morris says the candidate has always run a lean campaign.", "Haley Morris"),
        # a title with "of" a few words before it
        (
            "The director of the Stockholm Council on Foreign Affairs Lars Holmqvist spoke on Monday.",
            "Lars Holmqvist",
        ),
        # the surname used alone as a subject elsewhere in the text
        (
            "Fox News Sean Hannity asked the governor about the delegates. Hannity pressed him twice.",
            "Sean Hannity",
        ),
    ],
)
def test_a_blended_person_with_evidence_is_split_off(nlp: Any, text: str, person: str) -> None:
    assert any(e.label_ != "PERSON" and e.text.endswith(person) for e in nlp(text).ents)  # a blend
    found = labelled(nlp, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "blend", "person"),
    [
        (
            "The President accepted it according to a statement by the Presidential Spokesperson "
            "Harry Roque.",
            "the Presidential Spokesperson Harry Roque",
            "Harry Roque",
        ),
        (
            "In the current ruling, Federal Judge Cecil Miller affirmed his preliminary ruling.",
            "Federal Judge Cecil Miller",
            "Cecil Miller",
        ),
        (
            "In Ontario, provincial police Detective Constable Daniel Dubé stated to the CBC that "
            "prices rose.",
            "Detective Constable Daniel Dubé",
            "Daniel Dubé",
        ),
    ],
)
def test_the_whole_title_before_a_blended_person_is_no_organisation(
    nlp: Any, text: str, blend: str, person: str
) -> None:
    """An adjective opening the title ("Presidential", "Federal") is no organisation's name, and a
    police rank ("Constable") no first name."""
    assert (blend, "ORG") in [(e.text, e.label_) for e in nlp(text).ents]  # the tagger's blend
    found = labelled(nlp, text)
    assert (person, "PERSON") in found, found
    assert not [m for m, label in found if label == "ORG" and m in blend], found
