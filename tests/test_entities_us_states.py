"""US state abbreviations ("Calif.", "N.Y.") join the state's written-out name, and names shouted
in capitals by datelines and headlines ("PHILADELPHIA") read as the text writes them."""

from __future__ import annotations

import pytest
from helpers import laid_out_mentions

from graphbuild.entities import resolve_entities
from graphbuild.entities_gazetteer import STATE_ABBREVIATIONS, lookup, state_abbreviation
from graphbuild.entities_keys import fold

doc = laid_out_mentions


@pytest.mark.parametrize(
    ("abbr", "state"),
    [("Calif.", "California"), ("Pa.", "Pennsylvania"), ("N.Y.", "New York"), ("W. Va.", "West Virginia")],
)
def test_abbreviation_names_the_state(abbr: str, state: str) -> None:
    found = state_abbreviation(fold(abbr))
    assert found is not None
    place, name = found
    assert (name, place.kind) == (state, "state")
    written_out = lookup(state)
    assert written_out is not None and written_out.geonameid == place.geonameid


def test_every_listed_abbreviation_has_a_state() -> None:
    for abbr in STATE_ABBREVIATIONS:
        assert state_abbreviation(fold(abbr)) is not None, abbr
    assert state_abbreviation(fold("California")) is None
    assert state_abbreviation(fold("Paris")) is None


def test_abbreviation_joins_the_written_out_state_with_evidence() -> None:
    ms = doc("doc:1", ("Sacramento", "GPE"), ("Calif.", "GPE"), ("Calif.", "GPE"))
    ms += doc("doc:2", ("California", "GPE"), ("Scranton", "GPE"), ("Pa.", "GPE"))
    ms += doc("doc:3", ("Pennsylvania", "GPE"))
    res = resolve_entities(ms)
    california = res.entity(res.find("Calif."))
    assert california is not None and res.find("California") == california.id
    # the written-out name, although the abbreviation is more frequent
    assert california.name == "California"
    assert any("abbreviates" in why for why in california.evidence)
    assert res.find("Pa.") == res.find("Pennsylvania")
    assert res.find("Pa.") != res.find("Calif.")


def test_state_abbreviation_is_not_read_as_initials() -> None:
    # without the state list, "R.I." would be the acronym of the only place with those initials
    ms = doc("doc:1", ("Providence", "GPE"), ("R.I.", "GPE")) + doc("doc:2", ("Republic of Ireland", "GPE"))
    res = resolve_entities(ms)
    assert res.find("R.I.") != res.find("Republic of Ireland")


def test_abbreviation_of_another_state_of_the_same_name_stays_apart() -> None:
    # "Wash." is the state; "Washington" alone is the capital
    ms = doc("doc:1", ("Seattle", "GPE"), ("Wash.", "GPE")) + doc("doc:2", ("Washington", "GPE"))
    res = resolve_entities(ms)
    assert res.find("Wash.") != res.find("Washington")


def test_shouted_place_and_person_names_read_as_written_in_the_text() -> None:
    ms = doc("doc:1", ("PORTLAND", "GPE"), ("Portland", "GPE"))
    ms += doc("doc:2", ("PORTLAND", "GPE"), ("Anna Kowalczyk", "PERSON"))
    ms += doc("doc:3", ("PORTLAND", "GPE"), ("ANNA KOWALCZYK", "PERSON"), ("ANNA KOWALCZYK", "PERSON"))
    ms += doc("doc:4", ("NATO", "ORG"), ("Nato", "ORG"), ("NATO", "ORG"))
    ms += doc("doc:5", ("U.S.", "GPE"), ("U.S.", "GPE"), ("U.S. Company", "GPE"))
    res = resolve_entities(ms)
    assert res.entity(res.find("Portland")).name == "Portland"
    assert res.entity(res.find("Anna Kowalczyk")).name == "Anna Kowalczyk"
    # organisations keep their capitals; short capitals ("U.S.") are no shouting
    assert res.entity(res.find("NATO")).name == "NATO"
    assert res.entity(res.find("U.S.")).name == "U.S."
    # capitals only: kept
    only = resolve_entities(doc("doc:9", ("TIMBUKTU", "GPE"), ("TIMBUKTU", "GPE")))
    assert only.entities[0].name == "TIMBUKTU"


def test_state_abbreviations_end_to_end(nlp, tmp_path) -> None:
    """Real spaCy pipeline, whole build: wire datelines with state abbreviations."""
    from graphbuild.pipeline import build_paths

    (tmp_path / "a.txt").write_text(
        "Title: Storms close roads\n\nHARRISBURG, Pa. (Wire) - Heavy storms closed roads across "
        "Pennsylvania on Monday, officials said. Governor Mary Okafor told reporters in Harrisburg that "
        "the damage in Scranton, Pa., was severe.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Title: Pennsylvania counts the cost\n\nPennsylvania officials said on Tuesday that repairs "
        "would take weeks. Residents of Erie, Pa., were told to stay home. In Fresno, Calif., "
        "forecasters warned California would be next.\n",
        encoding="utf-8",
    )
    graph = build_paths([tmp_path], nlp=nlp).graph
    entities = {d["name"]: d for _, d in graph.nodes(data=True) if d.get("kind") == "Entity"}
    assert "Pennsylvania" in entities and "Pa." in entities["Pennsylvania"]["aliases"]
    assert "California" in entities and "Calif." in entities["California"]["aliases"]
    assert "Pa." not in entities and "Calif." not in entities
    assert "Harrisburg" in entities and "HARRISBURG" not in entities


def test_a_place_is_not_short_for_another_place_named_after_it() -> None:
    # "Mexico" and "Mexico City", "Kansas" and "Kansas City": the gazetteer knows both, apart
    ms = doc("doc:1", ("Mexico City", "GPE"), ("Mexico", "GPE"), ("Kansas City", "GPE"), ("Kansas", "GPE"))
    ms += doc("doc:2", ("Mexico", "GPE"), ("Kansas", "GPE"))
    res = resolve_entities(ms)
    assert res.find("Mexico") != res.find("Mexico City")
    assert res.find("Kansas") != res.find("Kansas City")
    # a short form the gazetteer knows as the same place still links ("Kyiv" / "Kyiv City" is not
    # needed: the gazetteer pass joins those); a place is never short for an organisation
    ms = doc("doc:3", ("Washington Post", "ORG"), ("Washington", "GPE"))
    res = resolve_entities(ms)
    assert res.find("Washington") != res.find("Washington Post")


def test_an_organisation_is_named_by_its_full_name_not_its_first_word() -> None:
    ms = doc("doc:1", ("Bank of England", "ORG"), ("Bank", "ORG"), ("Bank", "ORG"), ("Bank", "ORG"))
    ms += doc("doc:2", ("Bank of England", "ORG"), ("Bank", "ORG"), ("Bank", "ORG"))
    res = resolve_entities(ms)
    assert res.entity(res.find("Bank")).name == "Bank of England"
    # a longer form written rarely does not rename the organisation
    ms = doc("doc:3", *[("Reuters", "ORG")] * 12, ("Reuters Holdings", "ORG"))
    ms += doc("doc:4", *[("Reuters", "ORG")] * 12)
    res = resolve_entities(ms)
    assert res.entity(res.find("Reuters")).name == "Reuters"


def test_a_name_the_tagger_reads_as_an_organisation_shortens_the_firm_despite_a_place() -> None:
    # "Norfolk" is a city in the gazetteer; labelled ORG beside "Norfolk Southern Corp" it is the firm
    assert lookup("Norfolk") is not None
    ms = doc("doc:1", ("Norfolk Southern Corp", "ORG"), ("Norfolk", "ORG"))
    ms += doc("doc:2", ("Virginia", "GPE"), ("Norfolk", "GPE"))
    res = resolve_entities(ms)
    firm = res.find("Norfolk Southern Corp")
    short = next(e for e in res.entities if e.id == firm)
    assert any(m.text == "Norfolk" for m in short.mentions)
    region = [e for e in res.entities if any(m.doc_id == "doc:2" and m.text == "Norfolk" for m in e.mentions)]
    assert region and region[0].id != firm
