"""A short form standing alone, whose mentions the tagger labelled another kind than the entity its
documents elsewhere shorten to it ("Sanders" alone, tagged an organisation as often as a person),
joins that entity when the tagger gave its kind to a good share of them and the links elsewhere are
overwhelming; not on a few links, nor when none of it was tagged that kind."""

from __future__ import annotations

from helpers import laid_out_mentions

from graphbuild.entities import resolve_entities
from graphbuild.entities_resolve import SHORT_FORM_KIND_LINKS
from graphbuild.model import Mention


def _resolved(docs: list[list[tuple[str, str]]]) -> list[tuple[str, str, int]]:
    mentions: list[Mention] = [
        m for k, names in enumerate(docs) for m in laid_out_mentions(f"doc:{k}", *names)
    ]
    return sorted((e.name, e.type, len(e.mentions)) for e in resolve_entities(mentions).entities)


def _linked(full: str, short: str, documents: int) -> list[list[tuple[str, str]]]:
    """Documents naming ``full`` once and shortening it twice to ``short``."""
    return [[(full, "PERSON"), (short, "PERSON"), (short, "PERSON")] for _ in range(documents)]


def test_a_surname_alone_tagged_an_organisation_as_often_as_a_person_is_the_person() -> None:
    # another Sanders is named too, so the surname alone is nobody's by its spelling only
    jane = [[("Jane Sanders", "PERSON"), ("Sanders", "PERSON")]]
    alone = [[("Sanders", "ORG"), ("Sanders", "PERSON")], [("Sanders", "ORG")]]
    n = SHORT_FORM_KIND_LINKS * 3 // 2
    found = _resolved(_linked("Bernie Sanders", "Sanders", n) + jane + alone)
    assert ("Bernie Sanders", "PERSON", 3 * n + 3) in found, found
    assert not any(name == "Sanders" for name, _, _ in found), found


def test_a_few_links_do_not_make_a_place_a_person() -> None:
    # "Jordan" the country, tagged a person once; one document shortens Jim Jordan to "Jordan"
    alone = [[("Jordan", "GPE")], [("Jordan", "GPE")], [("Jordan", "PERSON")]]
    found = _resolved(_linked("Jim Jordan", "Jordan", 1) + alone)
    assert ("Jordan", "GPE", 3) in found, found


def test_a_short_form_of_another_kind_never_tagged_so_stays_apart() -> None:
    # "Washington" the place does not join Ms. Washington, however many documents shorten her so
    alone = [[("Washington", "GPE")], [("Washington", "GPE")], [("Washington", "GPE")]]
    found = _resolved(_linked("Kerry Washington", "Washington", SHORT_FORM_KIND_LINKS * 2) + alone)
    assert ("Washington", "GPE", 3) in found, found
