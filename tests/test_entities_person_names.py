"""Two full names are one person's when they differ in the spelling of one part, or in vowels only:
a typo ("Danial Amstutz", "Malcolm Baldridge"), a transliteration ("Moammar Gadhafi" / "Muammar
Gaddafi"), a pet name ("Sandy" / "Sandra"). Not when both parts differ and one of them by a
consonant ("Lanny Davis" is not "Larry David"), nor when a short surname differs by a consonant
("Michael McCaul" is not "Michael McFaul"), nor when a first name is the feminine form of the other
("Roberta" of "Robert"), nor two established first names a consonant apart ("Ivana" / "Ivanka")."""

from __future__ import annotations

import pytest
from helpers import laid_out_mentions

from graphbuild.entities import resolve_entities
from graphbuild.model import Mention


def _persons(*names: str) -> list[str]:
    """The names of the persons resolved from one document per name (a full person's mention each)."""
    mentions: list[Mention] = [
        m for k, name in enumerate(names) for m in laid_out_mentions(f"doc:{k}", (name, "PERSON"))
    ]
    return sorted(e.name for e in resolve_entities(mentions).entities)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Lanny Davis", "Larry David"),  # both parts, each by a consonant
        ("Michael Tanner", "Michelle F. Tanzer"),  # the first name by vowels, the surname by a consonant
        ("Patrick Murphy", "Patty Murray"),
        ("Robert Kessler", "Roberta Kessler"),  # a feminine form
        ("Mario Cuomo", "Maria Cuomo"),
        ("Ivan Petrov", "Ivana Petrov"),
        ("Carlos Ruiz", "Carla Ruiz"),
        ("Michael McCaul", "Michael McFaul"),  # a short surname and a consonant more or changed
        ("Dean Baker", "Dean Barker"),
        ("Patrick Murphy", "Patrick Murray"),
        ("Tom Hockin", "Tom Harkin"),
        ("Ivana Trump", "Ivanka Trump"),  # two established first names a consonant apart
        ("Donald Trump", "Ronald Trump"),
        ("Marco Rubio", "Mario Rubio"),
        ("Bernie Thompson", "Bennie Thompson"),
    ],
)
def test_names_that_differ_too_much_are_two_persons(a: str, b: str) -> None:
    assert _persons(a, b) == sorted([a, b])


@pytest.mark.parametrize(
    "a, b",
    [
        ("Moammar Gadhafi", "Muammar Gaddafi"),  # both parts, in vowels and kindred letters only
        ("Mikhail Gorbachev", "Mikhael Gorbachov"),
        ("Danial Amstutz", "Daniel Amstutz"),  # one part, a typo
        ("Sandy Paradis", "Sandra Paradis"),  # a pet name in "-y" of a name in "-a"
        ("Hanna Schmitz", "Hannah Schmitz"),
        ("Danny Ortega", "Daniel Ortega"),  # a pet name in "-y" of an established name
        ("Cindy Hyde", "Cynthia Hyde"),  # ... on a stem with a kindred letter
        ("Steve Slifer", "Stephen Slifer"),  # a short name in "-e"
        ("Stephen Colbert", "Steven Colbert"),  # established variants in kindred letters
        ("Mohammed Hassan", "Mohammad Hassan"),
        ("Kirsten Gillibrand", "Kristen Gillibrand"),  # letters swapped
        ("Christopher Steele", "Christoper Steele"),  # a typo is no established name
        ("Malcolm Baldrige", "Malcolm Baldridge"),  # a long surname takes a consonant as a typo
        ("Jorge Cardenas", "Jorge Cadenas"),
        ("Valery Zaluzhny", "Valery Zalyzhby"),
        ("Donald Trump", "Donald Trump‘s"),  # a possessive typed with an opening quotation mark
    ],
)
def test_spelling_variants_of_one_name_are_one_person(a: str, b: str) -> None:
    assert len(_persons(a, b, a)) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sarah Johnston", "Sarah Johnson"),  # two established surnames a consonant apart
        ("Karen Pearson", "Karen Pershing"),
    ],
)
def test_two_frequent_surnames_are_two_persons_however_long(a: str, b: str) -> None:
    assert _persons(a, b) == sorted([a, b])


def _names(label: str, *names: str) -> list[str]:
    """The entity names resolved from one document per name, each a mention labelled ``label``."""
    mentions: list[Mention] = [
        m for k, name in enumerate(names) for m in laid_out_mentions(f"doc:{k}", (name, label))
    ]
    return sorted(e.name for e in resolve_entities(mentions).entities)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Telegram", "Telegraph"), ("Politico", "Politics"), ("Wikimedia", "Wikipedia"), ("Liberia", "Siberia")],
)
def test_two_frequent_words_a_consonant_apart_are_two_names(a: str, b: str) -> None:
    assert _names("ORG", a, b, a) == sorted([a, b])


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("Genentech", "Genetech", "ORG"),  # a typo: one of the two is no established word
        ("Schlumberger", "Sclumberger", "ORG"),
        ("Labour Party", "Labor Party", "ORG"),  # two spellings, in vowels only
        ("Republican", "Republicans", "NORP"),  # a plural
        ("Australia", "Australian", "GPE"),  # a people's name of its place, one entity to MEANTIME
    ],
)
def test_a_typo_or_a_plural_of_a_name_is_the_name(a: str, b: str, label: str) -> None:
    assert len(_names(label, a, b, a)) == 1
