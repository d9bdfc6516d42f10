"""Entity resolution on hand-made mentions (no spaCy needed): cleaning names, short forms, and the
guards that keep names apart."""

from __future__ import annotations

import random

import pytest
from helpers import laid_out_mentions
from helpers import resolved_entity as by_name

from graphbuild.entities import resolve_entities
from graphbuild.entities_keys import clean_name, parse_name
from graphbuild.model import Mention

doc = laid_out_mentions


# --- cleaning, short forms, guards ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the U.S. automaker GM", "GM"),
        ("Irish low cost airline , Ryanair", "Ryanair"),
        ("General Motors ( GM", "General Motors"),
        ("Bank of America", "Bank of America"),
        ("Los Angeles based Northrop Grumman", "Northrop Grumman"),
        ("iPod nano", "iPod nano"),
        ("the recently announced iPhone 4", "iPhone 4"),
        ("Moscone Center in San Francisco", "Moscone Center in San Francisco"),
    ],
)
def test_clean_name(text: str, name: str) -> None:
    assert clean_name(text) == name


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Apple CEO Steve Jobs", "Steve Jobs", "Apple CEO"),
        ("President of the United States Barack Obama", "Barack Obama", "President of the United States"),
        ("Ford Motor Company CEO Alan Mulally", "Alan Mulally", "Ford Motor Company CEO"),
    ],
)
def test_role_inside_person_span_becomes_title(text: str, name: str, title: str) -> None:
    parsed = parse_name(text, "PERSON")
    assert (parsed.name, parsed.title) == (name, title)


def test_organisation_short_forms_link_within_and_across_documents() -> None:
    ms = doc(
        "doc:1", ("Ford Motor Company", "ORG"), ("Ford", "ORG"), ("GM and Chrysler", "ORG"), ("GM", "ORG")
    )
    ms += doc("doc:2", ("Ford", "ORG"), ("Apple Corps", "ORG"), ("Apple Inc.", "ORG"))
    ms += doc("doc:3", ("Apple", "ORG"), ("Ford Motor Co.", "ORG"))
    res = resolve_entities(ms)
    ford = by_name(res, "Ford Motor Company")
    assert len(ford.mentions) == 4, ford.evidence  # the legal form does not matter either
    assert res.find("GM") != res.find("GM and Chrysler"), "a coordination is not a longer name"
    assert res.find("Apple Inc.") != res.find("Apple Corps"), "a name with a legal form is complete"
    assert res.find("Apple") == res.find("Apple Inc.")


def test_a_place_qualified_institution_does_not_absorb_the_bare_name_of_many_articles() -> None:
    # one article about the Philippines shortens its Congress to "Congress"; six others about
    # another country say "Congress" alone: they are not the Philippine one
    ms = doc("doc:ph", ("Congress of the Philippines", "ORG"), ("Congress", "ORG"))
    for n in range(6):
        ms += doc(f"doc:{n}", ("Congress", "ORG"))
    res = resolve_entities(ms)
    ph = by_name(res, "Congress of the Philippines")
    assert len(ph.mentions) == 2, ph.evidence
    bare = res.entity_for("doc:0", ms[2].start, ms[2].end)
    assert bare is not None and bare != ph.id
    # as many articles linking it as articles with the bare name: it joins (the "Ford" rule)
    ms = doc("doc:ph", ("Congress of the Philippines", "ORG"), ("Congress", "ORG"))
    ms += doc("doc:ph2", ("Congress of the Philippines", "ORG"), ("Congress", "ORG"))
    ms += doc("doc:0", ("Congress", "ORG"))
    assert len(resolve_entities(ms).entities) == 1


def test_surnames_differing_in_two_consonants_are_two_people() -> None:
    # close by string similarity and with one first name, but spellings of one name differ in
    # vowels and kindred sounds ("Zalozhny" / "Zalyzhby" still merge, above)
    ms = doc("doc:1", ("John McAfee", "PERSON")) + doc("doc:2", ("John McCain", "PERSON"))
    assert len(resolve_entities(ms).entities) == 2
    ms = doc("doc:1", ("Muammar Gaddafi", "PERSON")) + doc("doc:2", ("Muammar Kadhafi", "PERSON"))
    assert len(resolve_entities(ms).entities) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Eastern Europe", "Western Europe"),
        ("Northwest Passage", "Northeast Passage"),
        ("Eastern Airlines", "Western Airlines"),
        ("Omsk in Siberia", "Tomsk in Siberia"),  # two cities the gazetteer knows apart
    ],
)
def test_names_differing_in_a_compass_point_or_a_known_place_stay_apart(a: str, b: str) -> None:
    ms = doc("doc:1", (a, "LOC")) + doc("doc:2", (b, "LOC"))
    assert len(resolve_entities(ms).entities) == 2


def test_a_name_two_consonants_from_a_known_place_is_another_place_but_a_typo_of_it_merges() -> None:
    ms = doc("doc:1", ("El Salvador", "GPE")) + doc("doc:2", ("El Salado", "GPE"))
    assert len(resolve_entities(ms).entities) == 2
    ms = doc("doc:1", ("New Jersey", "GPE")) + doc("doc:2", ("New Jersery", "GPE"))
    assert len(resolve_entities(ms).entities) == 1


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        # a differing word of a longer name is held to what a one-word name may differ by
        ("Valero Energy Corp", "Walker Energy", False),
        ("Harris County", "Harrison County", False),
        ("American Ventures Inc", "American Adventure Inc", False),
        # a typo still merges, two letters swapped included
        ("South African Airways", "South Afrcian Airways", True),
        ("RLR Financial Services Inc", "RLR Financial Serivces Inc", True),
    ],
)
def test_each_differing_word_of_a_name_is_a_typo_at_most(first: str, second: str, one: bool) -> None:
    ms = doc("doc:1", (first, "ORG")) + doc("doc:2", (second, "ORG"))
    assert (len(resolve_entities(ms).entities) == 1) == one


def test_a_misspelt_word_of_a_long_name_still_merges() -> None:
    ms = doc("doc:1", ("Export Enhancement Program", "ORG")) + doc(
        "doc:2", ("Export Enhancment Program", "ORG")
    )
    assert len(resolve_entities(ms).entities) == 1


def test_multiword_names_differing_in_one_word_stay_apart() -> None:
    ms = doc("doc:1", ("China Eastern Airlines", "ORG")) + doc("doc:2", ("China Southern Airlines", "ORG"))
    assert len(resolve_entities(ms).entities) == 2


def test_bare_surname_that_is_also_a_town_joins_the_person() -> None:
    ms = doc("doc:1", ("Barack Obama", "PERSON")) + doc("doc:2", ("Obama", "PERSON"), ("Obama", "PERSON"))
    res = resolve_entities(ms)
    assert [(e.name, e.type, len(e.mentions)) for e in res.entities] == [("Barack Obama", "PERSON", 3)]


def test_a_surname_tagged_a_place_joins_the_person_its_document_names_when_also_tagged_a_person() -> None:
    # "Rubio" is a town to the gazetteer; this document tags the word a person as often as a place
    ms = doc("doc:1", ("Marco Rubio", "PERSON"), ("Rubio", "FAC"), ("Rubio", "PERSON"))
    res = resolve_entities(ms)
    assert [(e.name, e.type, len(e.mentions)) for e in res.entities] == [("Marco Rubio", "PERSON", 3)]


def test_a_surname_tagged_a_place_the_text_calls_a_place_beside_the_person_stays_the_place() -> None:
    # "Barack Obama visited Japan. In Obama, a city in Japan, ...": the town, not him (the text says
    # so; without such a cue a town's name beside its namesake is his: tests/test_entities_short_persons.py)
    from graphbuild.entities_extract import CuedMention

    ms = doc("doc:1", ("Barack Obama", "PERSON"), ("Japan", "GPE"))
    ms.append(CuedMention("doc:1", 100, 105, "Obama", "GPE", kind="GPE", cue="city"))
    res = resolve_entities(ms)
    assert by_name(res, "Obama").type == "GPE"
    assert len(by_name(res, "Barack Obama").mentions) == 1


def test_small_town_labelled_person_becomes_a_place_but_surname_like_alias_does_not() -> None:
    ms = doc("doc:1", ("Avdiivka", "PERSON"), ("Avdiivka", "PERSON")) + doc("doc:2", ("Putin", "PERSON"))
    res = resolve_entities(ms)
    assert by_name(res, "Avdiivka").type == "GPE"
    assert by_name(res, "Putin").type == "PERSON"


def test_blocking_avoids_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    import graphbuild.entities_match as match

    calls = 0
    real = match._person_match

    def counting(a, b):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(match, "_person_match", counting)
    rng = random.Random(3)
    letters = "bcdfghklmnprstvz"
    names = {
        " ".join(
            "".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(3)).capitalize()
            for _ in range(2)
        )
        for _ in range(1500)
    }
    ms = [m for i, n in enumerate(sorted(names)) for m in doc(f"doc:{i}", (n, "PERSON"))]
    resolve_entities(ms)
    n = len(ms)
    assert calls < n * (n - 1) / 2 / 20, f"{calls} comparisons for {n} names"


@pytest.mark.parametrize(
    "module", ["graphbuild.entities", "graphbuild.entities_keys", "graphbuild.entities_gazetteer"]
)
def test_docstring_examples(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0


def test_two_known_places_with_close_spellings_stay_apart() -> None:
    ms = doc("doc:1", ("Austria", "GPE"), ("Louisiana", "GPE")) + doc(
        "doc:2", ("Australia", "GPE"), ("Lousiana", "GPE")
    )
    ms += doc("doc:3", ("Austrian", "NORP")) + doc("doc:4", ("Australian", "NORP"))
    res = resolve_entities(ms)
    assert res.find("Austria") != res.find("Australia")
    assert res.find("Austrian") != res.find("Australian"), "one word may differ by one edit only"
    assert res.find("Louisiana") == res.find("Lousiana"), "a typo still merges"


def test_a_word_used_mostly_as_a_first_name_is_not_attached_as_a_surname() -> None:
    ms = doc("doc:1", ("Seth John", "PERSON")) + doc(
        "doc:2", ("John Bolton", "PERSON"), ("John Kerry", "PERSON")
    )
    ms += doc("doc:3", ("John", "PERSON"))
    res = resolve_entities(ms)
    assert len(by_name(res, "Seth John").mentions) == 1


def test_a_sub_unit_is_not_the_longer_form_of_its_parent() -> None:
    ms = doc("doc:1", ("Boston University School of Public Health", "ORG"), ("Boston University", "ORG"))
    ms += doc("doc:2", ("House Intelligence Committee", "ORG"), ("House", "ORG"))
    res = resolve_entities(ms)
    assert len(res.entities) == 4


def test_equal_short_forms_linked_to_different_names_stay_apart() -> None:
    ms = doc("doc:1", ("Amazon Web Services", "ORG"), ("Amazon", "ORG"))
    ms += doc("doc:2", ("Amazon Conservation Team", "ORG"), ("Amazon", "ORG"))
    res = resolve_entities(ms)
    assert res.find("Amazon Web Services") != res.find("Amazon Conservation Team")


def test_surface_form_of_a_key_no_item_carries_is_the_key() -> None:
    # a group re-rooted by an earlier union in the same pass can hold no item with the key
    from graphbuild.entities_vote import surface_form

    assert surface_form([], "mac os x lion") == "mac os x lion"


def test_resolution_spans_are_the_mention_index_of_its_entities() -> None:
    """The pipeline builds its MentionIndex on Resolution.spans instead of from the entities again:
    they must be the same spans, in the same order."""
    from graphbuild.crossdoc import MentionIndex

    ms = [
        Mention("doc:b", 40, 55, "Mr. Stoltenberg", "PERSON"),
        Mention("doc:a", 0, 15, "Jens Stoltenberg", "PERSON"),
        Mention("doc:a", 20, 24, "NATO", "ORG"),
        Mention("doc:b", 0, 4, "NATO", "ORG"),
        Mention("doc:a", 20, 30, "NATO summit", "EVENT"),
        Mention("doc:b", 10, 16, "Brussels", "GPE"),
    ]
    r = resolve_entities(ms)
    built = MentionIndex.from_entities(r.entities).spans
    assert r.spans == built
    assert list(r.spans) == list(built)
    assert all(spans == sorted(spans) for spans in r.spans.values())
