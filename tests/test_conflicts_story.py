"""Which figures of two outlets are compared: tolls of documents of one story that share few entities,
distances from a place about a shared subject, and tolls whose clauses differ only in how they say
what happened.

Short articles of one story name few entities alike (the country and the port a ferry sailed from) and
many of their own (outlet, speakers, towns), so two of them shared, one named by few documents of the
build, make one story for a toll. A distance from a place two speakers give about one ship is a
position, compared as one speaker's two figures are; a length ("a 25 km pipeline") and money are not.
"Had left their homes" and "had been moved out of their homes" say what happened to the people
counted, as "fled" does: no circumstance that sets two tolls apart.

The end-to-end test builds a two-outlet story with the real spaCy pipeline.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from helpers import make_doc, two_outlet_conflicts

from graphbuild.crossdoc_conflicts import report_claims
from graphbuild.crossdoc_conflicts_counted import without_cue_phrases
from graphbuild.crossdoc_story import one_story, share_a_specific, specific_entities
from graphbuild.model import Conflict
from graphbuild.pipeline import analyse_documents, assemble_graph

# --- one story --------------------------------------------------------------------------------------


def test_an_entity_few_documents_name_is_specific() -> None:
    wire = {f"d{i}": frozenset({"ent:us", "ent:fed"}) for i in range(600)}
    story = {"a": frozenset({"ent:us", "ent:town"}), "b": frozenset({"ent:us", "ent:town", "ent:fed"})}
    assert specific_entities({**wire, **story}) == frozenset({"ent:town"})
    # in a small build every entity is specific: few documents are all there are
    assert specific_entities(story) == frozenset({"ent:us", "ent:town", "ent:fed"})


def test_two_shared_entities_one_of_them_specific_make_one_story() -> None:
    a = frozenset({"ent:pt", "ent:town", "ent:agency", "ent:spokesman", "ent:service"})
    b = frozenset({"ent:pt", "ent:town", "ent:commander", "ent:outlet"})
    assert not one_story(a, b)  # 2 shared of 7: not by the share
    assert share_a_specific(a, b, frozenset({"ent:town"}))
    assert not share_a_specific(a, b, frozenset({"ent:agency"}))  # specific, but not shared
    assert not share_a_specific(
        frozenset({"ent:pt", "ent:x"}), frozenset({"ent:pt", "ent:y"}), frozenset({"ent:pt"})
    )


# --- what is compared ------------------------------------------------------------------------------


def _conflicts(
    first: str, second: str, names: dict[str, str], wire: int = 0, after: str = ""
) -> list[Conflict]:
    """See :func:`helpers.two_outlet_conflicts`: ``wire`` other documents name every entity of ``names``, so
    the two articles are one story only by what their reports share."""
    return two_outlet_conflicts(first, second, names, wire=wire, after=after)


def test_distances_two_speakers_give_about_one_ship_are_compared() -> None:
    names = {"Marisol": "PRODUCT", "Kerava": "GPE"}
    first = "the Marisol sank about 12 nautical miles off Kerava island"
    second = "the Marisol went down about 40 km off Kerava island"
    (conflict,) = _conflicts(first, second, names, wire=1000)
    assert dict(conflict.details)["quantity"] == "distance"


def test_lengths_two_speakers_give_about_one_place_are_not_compared() -> None:
    # "a 25 km pipeline" and "40 km of pipeline": what was built and what was damaged, no position
    names = {"Kerava": "GPE"}
    first = "crews would lay an emergency 25 km pipeline to the Kerava oil terminal"
    second = "the quake damaged 40 km of pipeline near the Kerava oil terminal"
    assert _conflicts(first, second, names, wire=1000) == []


def test_a_sum_in_millions_is_no_toll() -> None:
    claims = [
        (c[0], c[3]) for c in report_claims("a net loss of 66.8 mln dlrs against a 38.1 mln loss in 1985")
    ]
    assert claims == []  # "38.1 mln loss" was read as 38.1 deaths
    assert [(c[0], c[3]) for c in report_claims("1.5 mln people fled their homes")] == [(1.5e6, "displaced")]


def test_money_two_speakers_give_about_one_firm_is_not_compared() -> None:
    names = {"Halvard": "ORG"}
    first = "Halvard paid 200 mln dlrs for the mill in cash"
    second = "Halvard paid 350 mln dlrs for the mill in cash"
    assert _conflicts(first, second, names, wire=1000) == []


def test_a_cue_phrase_is_no_circumstance_of_a_toll() -> None:
    assert without_cue_phrases("4,000 people had left their homes near Kerava").split() == [
        "4,000",
        "people",
        "had",
        "near",
        "Kerava",
    ]
    assert without_cue_phrases("9,000 people were left homeless").split() == ["9,000", "people", "were"]
    # the two reports share no entity and no word but the class's: only their bare clauses relate them
    names = {"Kerava": "GPE", "Ostrava Valley": "LOC"}
    first = "more than 4,000 people had left their homes, officials in the Ostrava Valley near Kerava said"
    second = "2,300 people had been moved out of their homes"
    after = "Rain is forecast across the Ostrava Valley and Kerava."
    (conflict,) = _conflicts(first, second, names, wire=1000, after=after)
    assert dict(conflict.details)["quantity"] == "displaced"


# --- end to end, real spaCy ---------------------------------------------------------------------------

FIRST = (
    "Ferry capsizes in storm off Kerava\n\n"
    "KERAVA, Philippines (Island Wire) - The passenger ferry Marisol capsized in heavy seas on Sunday. "
    "At least 17 people had died when the ferry overturned, coast guard spokesman Ramon Ilagan told "
    "reporters in Cebu. Boats from Bohol and Leyte joined the search, and Manila sent two aircraft."
)
SECOND = (
    "Anger grows over Marisol sinking\n\n"
    "MANILA (Capital Herald) - Relatives of passengers of the Marisol gathered at the port of Kerava on "
    "Monday. Nearly 40 people had died in the ferry disaster, provincial governor Celia Dumas said. "
    "Senator Arturo Lim called for an inquiry into the owner, Visayan Sealink."
)


def test_two_outlets_tolls_of_one_story_conflict_end_to_end(nlp: Any) -> None:
    docs = [
        make_doc(FIRST, outlet="Island Wire", published=date(2025, 7, 7), path="a.txt"),
        make_doc(SECOND, outlet="Capital Herald", published=date(2025, 7, 7), path="b.txt"),
    ]
    graph = assemble_graph(list(analyse_documents(docs, nlp, n_process=1)))
    ents = {d["name"] for _, d in graph.nodes(data=True) if d["kind"] == "Entity"}
    assert {"Kerava", "Marisol"} <= ents, f"precondition: the model tags the port and the ship ({ents})"
    flagged = [d for _, _, d in graph.edges(data=True) if d["kind"] == "CONFLICTS_WITH"]
    assert sorted((sorted(d["values"]), d["quantity"], d["severity"]) for d in flagged) == [
        (["At least 17 people", "Nearly 40 people"], "deaths", "divergence")
    ]
