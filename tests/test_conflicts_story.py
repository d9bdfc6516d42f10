"""The story gate of the conflict finder (:mod:`graphbuild.crossdoc_story`): documents of one story
relate statements that share no entity; documents that only share names do too, if the words around
the two figures say they count one thing.

A short article names few of the entities a long one does (and the tagger misses some), so two
outlets' reports of one ferry sinking may share only the ship and the island. What two unrelated
wire stories share is a dateline city, a country ("U.S.") or a nationality: those are no names here.
"""

from __future__ import annotations

from datetime import date

from helpers import make_attr, make_doc

from graphbuild.crossdoc import MentionIndex, find_conflicts, merge_statements
from graphbuild.crossdoc_story import (
    NO_STORY,
    ONE_STORY,
    SHARED_NAMES,
    Stories,
    dateline_entities,
    dateline_only_entities,
    shared_names,
)
from graphbuild.pipeline import analyse_documents, assemble_graph

_TEXT = "Ferry sinks\n\nPORT ELLIS (Coast Wire) - The ferry sank off Marrow Island; Port Ellis sent boats."


def _at(text: str, surface: str, entity: str, nth: int = 0) -> tuple[int, int, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface), entity


def test_an_entity_named_only_in_the_dateline_is_found() -> None:
    wire = _at(_TEXT, "Coast Wire", "ent:wire")
    island = _at(_TEXT, "Marrow Island", "ent:island")
    assert dateline_entities(_TEXT, [wire, island]) == {"ent:wire"}
    port_dateline = _at(_TEXT.upper(), "PORT ELLIS", "ent:port")
    assert dateline_entities(_TEXT, [port_dateline]) == {"ent:port"}
    port_body = _at(_TEXT, "Port Ellis", "ent:port")
    assert dateline_entities(_TEXT, [port_dateline, port_body]) == frozenset()  # named in the body too
    assert (
        dateline_entities("Ferry sinks\n\nThe ferry sank off Port Ellis.", [(26, 36, "ent:port")])
        == frozenset()
    )
    assert dateline_only_entities({"d1": _TEXT}, {"d1": [wire], "d2": [wire]}) == {"d1": {"ent:wire"}}


def test_two_names_in_common_are_shared_names_three_and_a_share_one_story() -> None:
    ship, island, town = "ent:ship", "ent:island", "ent:town"
    long = frozenset({ship, island, town, "ent:a", "ent:b", "ent:c", "ent:d"})
    stories = Stories({"long": long, "short": frozenset({ship, island}), "other": frozenset({ship, "ent:e"})})
    assert stories.relation(["long"], ["short"]) == SHARED_NAMES  # 2 shared: no story of 3 entities
    assert stories.relation(["long"], ["other"]) == NO_STORY
    assert stories.relation(["short"], ["other"]) == NO_STORY
    stories = Stories({"long": long, "three": frozenset({ship, island, town})})
    assert stories.relation(["long"], ["three"]) == ONE_STORY
    assert stories.relation(["x", "long"], ["three"]) == ONE_STORY  # any document of each statement


def test_names_both_documents_give_only_in_their_datelines_are_no_shared_names() -> None:
    a, b = frozenset({"ent:ny", "ent:sec", "ent:x"}), frozenset({"ent:ny", "ent:sec", "ent:y"})
    ny = frozenset({"ent:ny"})
    assert shared_names(a, b)
    assert not shared_names(a, b, ny, ny)  # two stories filed from New York
    assert shared_names(a, b, ny, frozenset())  # one is filed from where the other's story happens
    stories = Stories({"a": a, "b": b}, dateline_only={"a": ny, "b": ny})
    assert stories.relation(["a"], ["b"]) == NO_STORY


def test_nationalities_and_entities_common_in_the_build_are_no_names() -> None:
    a, b = frozenset({"ent:us", "ent:japanese", "ent:x"}), frozenset({"ent:us", "ent:japanese", "ent:y"})
    assert Stories({"a": a, "b": b}).relation(["a"], ["b"]) == SHARED_NAMES
    assert Stories({"a": a, "b": b}, generic=frozenset({"ent:japanese"})).relation(["a"], ["b"]) == NO_STORY
    # in 12 of 40 documents: common; a build of a few documents cannot tell, and counts it
    others = {f"o{i}": frozenset({"ent:us", f"ent:o{i}"}) for i in range(10)}
    others |= {f"p{i}": frozenset({f"ent:p{i}"}) for i in range(28)}
    assert Stories({"a": a, "b": b, **others}).relation(["a"], ["b"]) == NO_STORY
    few = {k: others[k] for k in ("o0", "o1", "p0")}
    assert Stories({"a": a, "b": b, **few}).relation(["a"], ["b"]) == SHARED_NAMES


def _conflicts(first: str, second: str, names: dict[str, frozenset[str]] | None = None) -> list[str]:
    """Conflicts between two unnamed sources' ``first`` and ``second`` in two outlets, whose
    documents share the ship and the island (``names``: else these entities per document)."""
    d1 = make_doc(f"Officials said {first}.", outlet="A", published=date(2025, 3, 2))
    d2 = make_doc(f"Rescuers said {second}.", outlet="B", published=date(2025, 3, 3))
    attrs = [
        make_attr(d1, first, speaker="Officials", mode="indirect"),
        make_attr(d2, second, speaker="Rescuers", mode="indirect"),
    ]
    statements = merge_statements(attrs, speaker_of=lambda a: None, mentions=MentionIndex.from_entities([]))
    assert len(statements) == 2 and not any(s.about or s.speaker for s in statements)
    shared = frozenset({"ent:ship", "ent:island"})
    entities = names or {"1": shared | {"ent:a", "ent:b", "ent:c"}, "2": shared | {"ent:d"}}
    found = find_conflicts(statements, document_entities={d1.id: entities["1"], d2.id: entities["2"]})
    return [dict(c.details)["severity"] for c in found]


def test_figures_of_documents_sharing_names_are_compared_on_two_words() -> None:
    # the ferry, the island: two words around the figures besides what the class counts
    assert _conflicts(
        "40 people died when the ferry sank off the island",
        "25 people died when the ferry sank off the island",
    ) == ["contradiction"]
    # one word ("ferry") relates figures of one story, not of documents that only share names
    assert _conflicts("40 people died on the ferry", "25 people died aboard the ferry in the storm") == []
    one_story = frozenset({"ent:ship", "ent:island", "ent:a"})
    assert _conflicts(
        "40 people died on the ferry",
        "25 people died aboard the ferry in the storm",
        {"1": one_story, "2": one_story},
    ) == ["contradiction"]
    # a distance: its unit says little, two words (off, island) are needed in any case
    assert _conflicts("the ferry sank 12 km off the island", "the ferry sank 40 km off the island") == [
        "contradiction"
    ]
    apart = {"1": frozenset({"ent:ship", "ent:a"}), "2": frozenset({"ent:ship", "ent:b"})}
    assert (
        _conflicts("the ferry sank 12 km off the island", "the ferry sank 40 km off the island", apart) == []
    )


_SINKING = (
    "Ferry sinks in rough seas off Norland\n\n"
    "PORT ELLIS, Norland (Coast Wire) - The ferry Bright Morning sank about 12 nautical miles off Marrow Island "
    "on Sunday, coastguard official Tom Hadley said in Port Ellis. Rescuers pulled 40 people from the water, "
    "and the Norland navy sent two ships."
)


def _flags(nlp, second: str) -> list[dict]:
    docs = [
        make_doc(_SINKING, outlet="Coast Wire", published=date(2025, 6, 2)),
        make_doc(second, outlet="Harbour Times", published=date(2025, 6, 3)),
    ]
    graph = assemble_graph(list(analyse_documents(docs, nlp, n_process=1)))
    return [d for _, _, d in graph.edges(data=True) if d.get("kind") == "CONFLICTS_WITH"]


def test_a_short_report_naming_the_ship_and_the_island_is_compared_end_to_end(nlp) -> None:
    second = (
        "Divers search sunken ferry\n\n"
        "MARROW ISLAND (Harbour Times) - Navy divers searched the wreck of the ferry Bright Morning on Tuesday. "
        "The ferry went down about 40 km off Marrow Island, farther out than first reported, the coastguard said."
    )
    (conflict,) = _flags(nlp, second)  # 2 entities in common of 6: no story of 3, but shared names
    assert conflict["quantity"] == "distance"
    assert sorted(conflict["values"]) == ["about 12 nautical miles", "about 40 km"]
    # another ship off the same island: one name in common is no story
    assert _flags(nlp, second.replace("Bright Morning", "Silver Dawn")) == []


def test_docstring_examples() -> None:
    import doctest

    import graphbuild.crossdoc_story

    result = doctest.testmod(graphbuild.crossdoc_story)
    assert result.failed == 0 and result.attempted > 0
