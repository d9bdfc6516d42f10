"""A surname written alone the tagger called a place is the person its document names in full with
it when the place is a town ("Garland", a Texan city, beside Merrick Garland), never when it is a
country, a state or a big city ("Washington" beside Kerry Washington: metonymy). A first name
written with "Jr." or "Sr." is the son or the father, never the person the bare first name is; a
regnal number is the monarch's own name."""

from __future__ import annotations

from helpers import laid_out_mentions

from graphbuild.entities import resolve_entities
from graphbuild.entities_gazetteer import lookup
from graphbuild.model import Mention


def _groups(mentions: list[Mention]) -> list[list[str]]:
    """The mention texts of each resolved entity, sorted."""
    return sorted(sorted(m.text for m in e.mentions) for e in resolve_entities(mentions).entities)


def test_a_town_s_name_tagged_a_place_beside_its_namesake_is_the_person() -> None:
    garland = lookup("garland")
    assert garland is not None and not garland.strong  # a city of the gazetteer, not a big one
    mentions = laid_out_mentions(
        "doc:a", ("Merrick Garland", "PERSON"), ("Garland", "GPE"), ("Garland", "GPE")
    )
    assert _groups(mentions) == [["Garland", "Garland", "Merrick Garland"]]


def test_a_capital_tagged_a_place_beside_its_namesake_stays_the_place() -> None:
    mentions = laid_out_mentions("doc:a", ("Kerry Washington", "PERSON"), ("Washington", "GPE"))
    assert _groups(mentions) == [["Kerry Washington"], ["Washington"]]


def test_a_known_place_tagged_a_place_is_no_first_name() -> None:
    mentions = laid_out_mentions("doc:a", ("Orlando Sentinel", "PERSON"), ("Orlando", "GPE"))
    assert _groups(mentions) == [["Orlando"], ["Orlando Sentinel"]]


def test_a_first_name_with_jr_is_the_son_not_the_father() -> None:
    mentions = [
        *laid_out_mentions("doc:a", ("Donald Trump", "PERSON"), ("Donald", "PERSON")),
        *laid_out_mentions("doc:b", ("Donald Jr.", "PERSON"), ("Donald", "PERSON")),
    ]
    assert ["Donald Jr."] in _groups(mentions)


def test_a_first_name_with_a_regnal_number_is_the_monarch_s() -> None:
    mentions = laid_out_mentions("doc:a", ("Elizabeth II", "PERSON"), ("Elizabeth", "PERSON"))
    assert _groups(mentions) == [["Elizabeth", "Elizabeth II"]]


def test_a_town_the_text_calls_a_place_stays_the_place_in_a_build(nlp) -> None:
    """The real pipeline reads the apposition ("Obama, a city in Japan,") as a place cue, which keeps
    the town apart from the man the same document names in full."""
    from helpers import make_doc

    from graphbuild.pipeline import analyse_documents, assemble_graph

    text = (
        "Barack Obama visited Japan on Monday. In Obama, a city in Japan, crowds greeted him with "
        "banners. Merrick Garland was nominated in March, and senators refused to meet Garland."
    )
    (analysis,) = analyse_documents([make_doc(text)], nlp, n_process=1)
    graph = assemble_graph([analysis])
    entities = {
        d["name"]: (d["type"], d["mentions"]) for _, d in graph.nodes(data=True) if d.get("kind") == "Entity"
    }
    assert entities["Obama"] == ("GPE", 1)
    assert entities["Barack Obama"] == ("PERSON", 1)
    assert "Garland" not in entities  # the tagger's place: Merrick Garland's surname


def test_a_town_set_off_by_its_state_stays_the_place_in_a_build(nlp) -> None:
    """ "of Allen, Texas, near Dallas": the state after the name is a place cue, beside a Greg Allen."""
    from helpers import make_doc

    from graphbuild.pipeline import analyse_documents, assemble_graph

    text = (
        "Fox News reporter Greg Allen said the suspect was Patrick Crusius of Allen, Texas, near the "
        "city of Dallas."
    )
    (analysis,) = analyse_documents([make_doc(text)], nlp, n_process=1)
    assert [m.label for m in analysis.mentions if m.text == "Allen"] == ["GPE"]  # the tagger's
    graph = assemble_graph([analysis])
    entities = {d["name"]: d["type"] for _, d in graph.nodes(data=True) if d.get("kind") == "Entity"}
    assert entities.get("Allen") == "GPE"


def test_an_organisation_before_its_city_stays_an_organisation_in_a_build(nlp) -> None:
    """ "the Mayo Clinic, Rochester,": an address, no place cue for the organisation."""
    from helpers import make_doc

    from graphbuild.pipeline import analyse_documents, assemble_graph

    text = "Scientists at the Mayo Clinic, Rochester, said on Monday that the drug worked."
    (analysis,) = analyse_documents([make_doc(text)], nlp, n_process=1)
    graph = assemble_graph([analysis])
    entities = {d["name"]: d["type"] for _, d in graph.nodes(data=True) if d.get("kind") == "Entity"}
    assert entities["Mayo Clinic"] == "ORG"
