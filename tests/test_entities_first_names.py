"""A person's first name written alone is that person where the document names one person in full
with it ("Bernie" of "Bernie Sanders", "Xi" of "Xi Jinping", "Melania" even tagged a place), and
elsewhere where the documents that link it mostly link it there. Not where two persons share it, not
a word the build uses as a surname more than as a first name ("Obama" beside the tagger's "Obama White
House"), not a place the gazetteer knows, and not the first word of a "person" that is written like
no name ("U.S. Dlrs")."""

from __future__ import annotations

from helpers import laid_out_mentions

from graphbuild.entities import resolve_entities
from graphbuild.model import Mention


def _entity_of(mentions: list[Mention], doc_id: str, text: str, label: str | None = None) -> str:
    """The name of the entity the mention ``text`` of ``doc_id`` (with ``label``) resolves to."""
    resolution = resolve_entities(mentions)
    for e in resolution.entities:
        for m in e.mentions:
            if m.doc_id == doc_id and m.text == text and (label is None or m.label == label):
                return e.name
    raise AssertionError(f"no entity has {text!r} of {doc_id}")


def test_a_first_name_alone_is_the_one_person_the_document_names_in_full_with_it() -> None:
    mentions = laid_out_mentions("doc:a", ("Bernie Sanders", "PERSON"), ("Bernie", "PERSON"))
    assert _entity_of(mentions, "doc:a", "Bernie") == "Bernie Sanders"


def test_a_family_name_written_first_is_linked_the_same_way() -> None:
    mentions = laid_out_mentions("doc:a", ("Xi Jinping", "PERSON"), ("Xi", "PERSON"))
    assert _entity_of(mentions, "doc:a", "Xi") == "Xi Jinping"


def test_a_first_name_the_tagger_called_a_place_is_still_the_person_when_no_place_has_it() -> None:
    mentions = laid_out_mentions(
        "doc:a", ("Melania Trump", "PERSON"), ("Melania", "GPE"), ("Melania Trump", "PERSON")
    )
    assert _entity_of(mentions, "doc:a", "Melania") == "Melania Trump"


def test_a_first_name_two_persons_share_is_linked_to_neither() -> None:
    mentions = laid_out_mentions(
        "doc:a", ("Bill Clinton", "PERSON"), ("Bill Maher", "PERSON"), ("Bill", "PERSON")
    )
    assert _entity_of(mentions, "doc:a", "Bill") == "Bill"


def test_a_word_the_build_uses_as_a_surname_is_not_a_first_name() -> None:
    mentions = [
        *laid_out_mentions("doc:a", ("Barack Obama", "PERSON"), ("Obama", "PERSON")),
        *laid_out_mentions("doc:b", ("Barack Obama", "PERSON"), ("Obama", "PERSON")),
        *laid_out_mentions("doc:c", ("Obama White House", "PERSON"), ("Obama", "PERSON")),
    ]
    assert _entity_of(mentions, "doc:c", "Obama") != "Obama White House"


def test_the_gazetteer_keeps_a_known_place_tagged_a_place() -> None:
    mentions = laid_out_mentions("doc:a", ("Georgia Smith", "PERSON"), ("Georgia", "GPE"))
    assert _entity_of(mentions, "doc:a", "Georgia") == "Georgia"


def test_no_first_name_of_a_person_written_like_no_name() -> None:
    mentions = laid_out_mentions("doc:a", ("U.S. Dlrs", "PERSON"), ("U.S.", "GPE"), ("U.S.", "GPE"))
    entities = resolve_entities(mentions).entities
    assert sorted(sorted(m.text for m in e.mentions) for e in entities) == [["U.S.", "U.S."], ["U.S. Dlrs"]]


def test_an_organisation_tag_is_a_first_name_only_where_the_tagger_also_called_it_a_person() -> None:
    both = laid_out_mentions(
        "doc:a", ("Bernie Sanders", "PERSON"), ("Bernie", "ORG"), ("Bernie", "PERSON"), ("Sanders", "PERSON")
    )
    assert _entity_of(both, "doc:a", "Bernie", "ORG") == "Bernie Sanders"
    alone = laid_out_mentions("doc:a", ("Ford Smith", "PERSON"), ("Ford", "ORG"), ("Ford", "ORG"))
    assert _entity_of(alone, "doc:a", "Ford", "ORG") != "Ford Smith"


def test_a_first_name_alone_elsewhere_joins_the_person_its_documents_link_it_to() -> None:
    mentions = [
        *laid_out_mentions("doc:a", ("Bernie Sanders", "PERSON"), ("Bernie", "PERSON")),
        *laid_out_mentions("doc:b", ("Bernie Sanders", "PERSON"), ("Bernie", "PERSON")),
        *laid_out_mentions("doc:c", ("Bernie", "PERSON"), ("Bernie", "PERSON")),
    ]
    assert _entity_of(mentions, "doc:c", "Bernie") == "Bernie Sanders"


def test_a_word_the_build_tags_alone_an_organisation_is_no_first_name() -> None:
    """ "Twitter" tagged a person once beside the tagger's "person" "Twitter West" stays Twitter."""
    mentions = [
        *laid_out_mentions("doc:a", ("Twitter West", "PERSON"), ("Twitter", "PERSON")),
        *laid_out_mentions("doc:b", ("Twitter", "ORG"), ("Twitter", "ORG")),
        *laid_out_mentions("doc:c", ("Twitter", "ORG")),
    ]
    assert _entity_of(mentions, "doc:a", "Twitter") != "Twitter West"
