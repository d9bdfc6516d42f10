"""A company named after a person is not that person: a name written with its legal form, a
partnership's too ("Beck and Co Inc", "Halbert and Associates Inc"), never joins a full person name
(however its key, the name without the legal form, matches the surname), makes its entity an
organisation even where a place has the name ("Santos Ltd"), and the entity is not named after the
surname it is shortened to. A headline's phrase in capitals does not name an organisation whose
name the text also writes otherwise."""

from __future__ import annotations

from helpers import laid_out_mentions

from graphbuild.entities import resolve_entities
from graphbuild.model import Mention


def _resolved(docs: list[list[tuple[str, str]]]) -> list[tuple[str, str, int]]:
    mentions: list[Mention] = [
        m for k, names in enumerate(docs) for m in laid_out_mentions(f"doc:{k}", *names)
    ]
    return sorted((e.name, e.type, len(e.mentions)) for e in resolve_entities(mentions).entities)


def test_a_firm_named_after_a_person_in_the_same_document_is_no_short_form_of_the_name() -> None:
    found = _resolved([[("Halbert and Associates Inc", "ORG"), ("David D. Halbert", "PERSON")]])
    assert ("Halbert and Associates Inc", "ORG", 1) in found, found
    assert ("David D. Halbert", "PERSON", 1) in found, found


def test_a_firm_is_not_the_only_person_with_its_surname() -> None:
    found = _resolved(
        [
            [("Darwin Beck", "PERSON"), ("Beck", "PERSON")],
            [("Beck and Co Inc", "ORG"), ("Beck", "PERSON")],  # the firm, which the tagger calls a person
            [("Beck and Co Inc", "ORG"), ("Beck and Co", "ORG")],
        ]
    )
    assert found == [("Beck and Co Inc", "ORG", 4), ("Darwin Beck", "PERSON", 2)], found


def test_a_partnership_written_with_its_legal_form_is_an_organisation() -> None:
    # the tagger calls "J.P. Morgan" a person; the same name with "and Co Inc" is the bank's
    found = _resolved(
        [
            [("J.P. Morgan", "PERSON"), ("J.P. Morgan and Co Inc", "ORG")],
            [("J.P. Morgan", "PERSON")],
            [("J.P. Morgan", "PERSON")],
        ]
    )
    assert found == [("J.P. Morgan", "ORG", 4)], found


def test_a_place_name_written_with_a_legal_form_is_a_company() -> None:
    # "Santos" is a known place, and the tagger calls the company a person
    found = _resolved(
        [[("Santos Ltd", "ORG"), ("Santos", "PERSON"), ("Santos", "PERSON")], [("Santos", "PERSON")]]
    )
    assert found == [("Santos", "ORG", 4)], found


def test_a_company_named_after_its_founder_is_not_named_by_the_surname() -> None:
    # a headline calls the firm a person; "Hall", written most often, shortens its name
    found = _resolved(
        [
            [("FRANK B. HALL", "PERSON"), ("Frank B. Hall and Co Inc", "ORG")] + [("Hall", "PERSON")] * 3,
            [("Frank B. Hall and Co", "ORG"), ("Hall", "ORG")],
        ]
    )
    assert found == [("Frank B. Hall and Co Inc", "ORG", 7)], found


def test_an_organisation_shouted_in_a_headline_is_named_as_the_text_writes_it() -> None:
    found = _resolved(
        [
            [("BRITISH AEROSPACE", "ORG"), ("British Aerospace", "ORG")],
            [("BRITISH AEROSPACE", "ORG")],
            [("NATO", "ORG"), ("Nato", "ORG")],
            [("NATO", "ORG")],
            [("CORNING", "ORG"), ("Corning", "ORG")],
            [("CORNING", "ORG")],
        ]
    )
    assert ("British Aerospace", "ORG", 3) in found, found
    assert ("Corning", "ORG", 3) in found, found  # a word, not an acronym
    assert ("NATO", "ORG", 3) in found, found  # an acronym keeps its capitals


def test_a_place_name_a_company_takes_as_often_as_a_place_is_the_company() -> None:
    # "Ogden" is a town too; "Ogden Corp" and one "OGDEN" headline the tagger calls a place
    found = _resolved([[("OGDEN", "GPE"), ("Ogden Corp", "ORG")], [("Ogden Corp", "ORG"), ("Ogden", "GPE")]])
    assert [t for _, t, _ in found] == ["ORG"], found
    # a region a firm's name includes ("BMD of New England Inc") stays a place
    found = _resolved([[("New England", "LOC"), ("New England", "LOC")], [("New England Inc", "ORG")]])
    assert "LOC" in [t for _, t, _ in found], found
