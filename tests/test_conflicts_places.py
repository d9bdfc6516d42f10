"""Two tolls are one quantity only when nothing says they are another place's or another figure's.

Found on Reuters once wire copy was parsed as running text: "Seventeen people were killed ... in Soviet
Tadzhikistan" against "floods have killed almost 100 people ... in the Soviet Transcaucasian republic
of Georgia" (two disasters, related only by "Soviet"), and "the ferry was carrying 543 people and that
345 had been rescued" read as 543 rescued.
"""

from __future__ import annotations

from helpers import make_attr, make_doc, make_entity, two_outlet_conflicts

from graphbuild.crossdoc import MentionIndex, find_conflicts, merge_statements
from graphbuild.crossdoc_conflicts import report_claims
from graphbuild.model import Conflict, Document, Entity, Mention


def _classes(text: str) -> list[tuple[float, str]]:
    return [(c[0], c[3]) for c in report_claims(text)]


def test_a_cue_of_another_figure_s_clause_does_not_class_a_figure() -> None:
    # 543 is no figure of the rescued; 345, the subject of "had been rescued", is
    assert _classes("the ferry was carrying 543 people and that 345 had been rescued") == [(345.0, "rescued")]
    assert _classes(
        "About 200 people were rescued, some badly hurt, from a sinking ferry carrying approximately 540 people"
    ) == [(200.0, "rescued")]


def test_cues_of_the_figure_s_own_clause_still_class_it() -> None:
    assert _classes("34 people, most of them children, were killed") == [(34.0, "deaths")]
    assert _classes("300 people were feared dead and 15,000 people left homeless") == [
        (300.0, "deaths"),
        (15000.0, "displaced"),
    ]
    assert _classes("killing at least 34 people and injuring 200 people") == [
        (34.0, "deaths"),
        (200.0, "injuries"),
    ]


def _entity(eid: str, name: str, etype: str, *found: tuple[Document, str]) -> Entity:
    """An entity mentioned in several documents: (document, the text its mention starts with)."""
    mentions = []
    for doc, surface in found:
        start = doc.text.index(surface)
        mentions.append(Mention(doc.id, start, start + len(name), name, etype))
    return Entity(id=eid, name=name, type=etype, aliases=(name,), mentions=tuple(mentions))


def _two_tolls(second_place: str, *, second_knows_first: bool = False, norp: bool = False) -> list[Conflict]:
    """Tass's toll "in Soviet Tadzhikistan" and Pravda's "in Soviet <second_place>", both about the
    Soviet entity, a day apart; ``second_knows_first``: Pravda's article also mentions Tadzhikistan;
    ``norp``: the second "place" is a nationality ("Tadzhik"), typed NORP, which Tass's article never
    names."""
    d1 = make_doc("Tass said 17 people were killed after a dam collapsed in Soviet Tadzhikistan.", outlet="A")
    extra = " Tadzhikistan sent help." if second_knows_first else ""
    d2 = make_doc(f"Pravda said floods killed almost 100 people in Soviet {second_place}.{extra}", outlet="B")
    places = [(d1, "Tadzhikistan")] + ([(d2, "Tadzhikistan sent")] if second_knows_first else [])
    entities = [
        make_entity("ent:tass", "Tass", "ORG", d1),
        make_entity("ent:pravda", "Pravda", "ORG", d2),
        _entity("ent:soviet", "Soviet", "NORP", (d1, "Soviet"), (d2, "Soviet")),
        _entity("ent:tadzhikistan", "Tadzhikistan", "GPE", *places),
        make_entity(f"ent:{second_place.lower()}", second_place, "NORP" if norp else "GPE", d2),
    ]
    index = MentionIndex.from_entities(entities)
    attrs = [
        make_attr(
            d1,
            "17 people were killed after a dam collapsed in Soviet Tadzhikistan",
            speaker="Tass",
            mode="indirect",
        ),
        make_attr(
            d2, f"floods killed almost 100 people in Soviet {second_place}", speaker="Pravda", mode="indirect"
        ),
    ]
    statements = merge_statements(
        attrs, speaker_of=lambda a: index.at(a.doc_id, *a.speaker_span), mentions=index
    )
    assert len(statements) == 2 and all("ent:soviet" in s.about for s in statements)
    mentioned = index.entities_by_document()
    types = {e.id: e.type for e in entities}
    return find_conflicts(statements, document_entities=mentioned, entity_types=types)


def test_tolls_naming_places_the_other_article_never_mentions_are_two_quantities() -> None:
    assert _two_tolls("Georgia") == []


def test_tolls_whose_places_both_articles_know_are_still_compared() -> None:
    (conflict,) = _two_tolls("Tadzhikistan")
    assert dict(conflict.details)["quantity"] == "deaths"


def test_a_nationality_only_one_article_names_does_not_set_a_toll_apart() -> None:
    # "Dorvanian" in one outlet where another names Dorvania: an adjective, not another place
    (conflict,) = _two_tolls("Tadzhik", second_knows_first=True, norp=True)
    assert dict(conflict.details)["severity"] == "contradiction"


def _conflicts(
    first: str, second: str, names: dict[str, str], story: frozenset[str] = frozenset()
) -> list[Conflict]:
    return two_outlet_conflicts(first, second, names, story=story)


def test_two_peoples_tolls_are_two_quantities() -> None:
    names = {"Iraqi": "NORP", "Iranian": "NORP", "Fao": "GPE"}
    first = "3,000 Iraqi troops were killed in the Fao offensive"
    assert _conflicts(first, "15,000 Iranian troops were killed in the Fao offensive", names) == []
    (conflict,) = _conflicts(first, "15,000 Iraqi troops were killed in the Fao offensive", names)
    assert dict(conflict.details)["quantity"] == "deaths"


def test_a_toll_of_a_second_raid_is_another_toll() -> None:
    names = {"Pakistani": "NORP"}
    first = "almost 150 people were killed in air raids on Pakistani villages"
    assert _conflicts(first, "22 people were killed in a second raid on Pakistani villages", names) == []
    assert len(_conflicts(first, "22 people were killed in air raids on Pakistani villages", names)) == 1


def test_distances_from_places_the_other_article_never_mentions_are_two_quantities() -> None:
    names = {"Hyuga": "GPE", "Miyazaki": "GPE", "Kyushu": "GPE"}
    story = frozenset({"ent:quake-a", "ent:quake-b", "ent:quake-c"})
    first = "the quake's epicentre was 40 km offshore east of Hyuga on Kyushu"
    second = "the quake's epicentre was about 60 km offshore east of Miyazaki on Kyushu"
    assert _conflicts(first, second, names, story) == []
    same_place = second.replace("Miyazaki", "Hyuga")
    assert len(_conflicts(first, same_place, names, story)) == 1
