"""People of one first name and surname told apart by their middle names and generational suffixes
("George H.W. Bush" / "George W. Bush"; "Donald Trump" / "Donald Trump Jr."), and a compass word alone
("the South") read as short only for a country's name.

Resolution tests run on hand-made mentions; the end-to-end test parses real text with the real spaCy
pipeline and first checks what the model tagged, so a model that tags otherwise shows up as a failed
precondition, not as a test that cannot fail.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import entities_named, make_doc
from helpers import laid_out_mentions as doc

from graphbuild.entities import Resolution, resolve_entities
from graphbuild.entities_keys import parse_name
from graphbuild.entities_persons import middles_compatible, person_marks
from graphbuild.model import Entity


def _named(res: Resolution, part: str) -> list[Entity]:
    """The entities with an alias holding ``part``, by name."""
    return sorted((e for e in res.entities if any(part in a for a in e.aliases)), key=lambda e: e.name)


def _aliases(res: Resolution, part: str) -> list[tuple[str, ...]]:
    return [tuple(sorted(e.aliases)) for e in _named(res, part)]


# --- what a name says of its bearer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "marks"),
    [
        ("George H.W. Bush", ("hw", True, "")),
        ("George HW Bush", ("hw", True, "")),
        ("George W. Bush", ("w", True, "")),
        ("Martin Luther King Jr.", ("l", False, "jr")),
        ("Charles de Gaulle", ("", True, "")),  # a particle of the surname is no middle name
        ("Duncan Hunter Sr.", ("", True, "sr")),
        ("Charles Elliott III", ("", True, "iii")),
        ("John Smith", ("", True, "")),
    ],
)
def test_person_marks(name: str, marks: tuple[str, bool, str]) -> None:
    assert person_marks(name) == marks


def test_middle_names_compare_by_initials() -> None:
    assert not middles_compatible(("hw", True), ("w", True))  # two presidents
    assert not middles_compatible(("p", True), ("w", True))
    assert middles_compatible(("hw", True), ("wh", True))  # a slip of the pen
    assert middles_compatible(("r", False), ("", True))  # a name without a middle name fits any
    assert middles_compatible(("lr", False), ("l", True))  # "Jose Luis Rodriguez" / "Jose L."
    assert not middles_compatible(("lr", False), ("m", True))


def test_a_suffix_after_a_role_word_is_no_name_of_its_own() -> None:
    # "King" is a role word: the name once parsed as title "Martin Luther King", name "Jr."
    parsed = parse_name("Martin Luther King Jr.", "PERSON")
    assert (parsed.title, parsed.name) == ("", "Martin Luther King Jr.")


# --- middle names ---------------------------------------------------------------------------------


def test_different_middle_initials_are_two_people_across_documents() -> None:
    res = resolve_entities(
        doc("doc:a", ("George H.W. Bush", "PERSON"), ("Bush", "PERSON"))
        + doc("doc:b", ("George W. Bush", "PERSON"), ("Bush", "PERSON"))
        + doc("doc:c", ("George P. Bush", "PERSON"))
    )
    assert _aliases(res, "Bush") == [
        ("Bush", "George H.W. Bush"),
        ("George P. Bush",),
        ("Bush", "George W. Bush"),
    ]


def test_the_plain_name_joins_one_of_them_never_both() -> None:
    res = resolve_entities(
        doc("doc:a", ("George H.W. Bush", "PERSON"))
        + doc("doc:b", ("George W. Bush", "PERSON"))
        + doc("doc:c", ("George Bush", "PERSON"))
    )
    people = _named(res, "Bush")
    assert len(people) == 2
    assert not any({"George H.W. Bush", "George W. Bush"} <= set(e.aliases) for e in people)


def test_a_middle_name_spelt_out_is_the_same_person() -> None:
    res = resolve_entities(
        doc("doc:a", ("Hillary Rodham Clinton", "PERSON")) + doc("doc:b", ("Hillary R. Clinton", "PERSON"))
    )
    assert len(_named(res, "Clinton")) == 1


# --- generational suffixes ------------------------------------------------------------------------


def test_father_and_son_named_in_one_document_are_two_people() -> None:
    res = resolve_entities(
        doc("doc:a", ("Donald Trump", "PERSON"), ("Donald Trump Jr.", "PERSON"))
        + doc("doc:b", ("Donald Trump", "PERSON"))
        + doc("doc:c", ("Donald Trump Jr.", "PERSON"))
    )
    people = _named(res, "Trump")
    assert [(e.name, len(e.mentions)) for e in people] == [("Donald Trump", 2), ("Donald Trump Jr.", 2)]


def test_a_suffix_written_in_one_document_only_is_the_same_person() -> None:
    res = resolve_entities(
        doc("doc:a", ("Martin Luther King", "PERSON")) + doc("doc:b", ("Martin Luther King Jr.", "PERSON"))
    )
    people = _named(res, "King")
    assert len(people) == 1
    assert any("no document names both" in ev for ev in people[0].evidence)


def test_two_different_suffixes_are_two_people() -> None:
    res = resolve_entities(
        doc("doc:a", ("Duncan Hunter Sr.", "PERSON")) + doc("doc:b", ("Duncan Hunter Jr.", "PERSON"))
    )
    assert len(_named(res, "Hunter")) == 2


def test_the_full_name_given_after_the_short_one_is_one_person() -> None:
    # the suffixed name first, or the suffixed name adding a middle name: one man's name in full
    first = resolve_entities(doc("doc:a", ("Brent Bozell III", "PERSON"), ("Brent Bozell", "PERSON")))
    added = resolve_entities(doc("doc:a", ("John Conyers", "PERSON"), ("John James Conyers Jr.", "PERSON")))
    assert len(_named(first, "Bozell")) == 1
    assert len(_named(added, "Conyers")) == 1


def test_a_short_form_with_a_suffix_is_the_suffixed_person() -> None:
    res = resolve_entities(
        doc(
            "doc:a",
            ("Stewart Bainum Sr.", "PERSON"),
            ("Stewart Bainum Jr.", "PERSON"),
            ("Bainum Sr.", "PERSON"),
        )
    )
    assert _aliases(res, "Bainum") == [("Stewart Bainum Jr.",), ("Bainum Sr.", "Stewart Bainum Sr.")]


def test_a_bare_surname_is_the_person_written_without_a_suffix() -> None:
    res = resolve_entities(
        doc("doc:a", ("Duncan Hunter", "PERSON"), ("Duncan Hunter Sr.", "PERSON"), ("Hunter", "PERSON"))
    )
    assert _aliases(res, "Hunter") == [("Duncan Hunter", "Hunter"), ("Duncan Hunter Sr.",)]


# --- compass words --------------------------------------------------------------------------------


def test_a_compass_word_alone_is_short_for_a_country_not_a_state() -> None:
    state = resolve_entities(doc("doc:a", ("South Carolina", "GPE"), ("South", "LOC")))
    country = resolve_entities(doc("doc:a", ("North Korea", "GPE"), ("North", "GPE")))
    assert _aliases(state, "South") == [("South",), ("South Carolina",)]
    assert _aliases(country, "North") == [("North", "North Korea")]


def test_a_compass_word_before_the_country_is_not_its_short_form() -> None:
    res = resolve_entities(doc("doc:a", ("South", "LOC"), ("South Korea", "GPE")))
    assert _aliases(res, "South") == [("South",), ("South Korea",)]


def test_a_compass_word_tagged_an_organisation_is_a_firm_short_form() -> None:
    res = resolve_entities(doc("doc:a", ("Eastern Airlines Inc", "ORG"), ("Eastern", "ORG")))
    assert _aliases(res, "Eastern") == [("Eastern", "Eastern Airlines Inc")]


# --- end to end, real spaCy -----------------------------------------------------------------------

FATHER_AND_SON = (
    "Campaign adviser quits\n\n"
    "WASHINGTON (Wire) - Donald Trump said on Monday that his campaign would go on. "
    "Donald Trump Jr. told reporters in New York that the family stood behind his father. "
    "Trump Jr. said the adviser had left of his own accord."
)


def test_father_and_son_stay_two_entities_end_to_end(nlp: Any) -> None:
    tagged = {(e.text, e.label_) for e in nlp(FATHER_AND_SON).ents}
    assert {("Donald Trump", "PERSON"), ("Donald Trump Jr.", "PERSON")} <= tagged, "precondition"
    names = [d["name"] for d in entities_named(nlp, [make_doc(FATHER_AND_SON)], "Trump")]
    assert names == ["Donald Trump", "Donald Trump Jr."]
