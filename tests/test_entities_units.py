"""A company and its unit (both named with a legal form) stay two entities, however short forms link them."""

from __future__ import annotations

from helpers import laid_out_mentions as doc

from graphbuild.entities import resolve_entities
from graphbuild.entities_clusters import _unit_of


def test_a_firm_and_its_unit_stay_apart_across_short_forms() -> None:
    ms = doc("doc:1", ("Boeing Co", "ORG"), ("Boeing", "ORG"))
    ms += doc("doc:2", ("Boeing Commercial Airplane Co", "ORG"), ("Boeing", "ORG"))
    ms += doc("doc:3", ("Boeing Co", "ORG"), ("Boeing Co", "ORG"))
    ms += doc("doc:4", ("Hoechst AG", "ORG"), ("Hoechst Celanese Corp", "ORG"), ("Hoechst", "ORG"))
    res = resolve_entities(ms)
    assert res.find("Boeing Co") != res.find("Boeing Commercial Airplane Co")
    assert res.find("Hoechst AG") != res.find("Hoechst Celanese Corp")
    parent = res.entity(res.find("Boeing Co"))
    assert {m.doc_id for m in parent.mentions} >= {"doc:1", "doc:3"}
    unit = res.entity(res.find("Boeing Commercial Airplane Co"))
    assert "firms" not in " ".join(unit.evidence)


def test_group_words_and_partnership_cuts_are_no_unit() -> None:
    # "Reuters Holdings PLC" is the group "Reuters Inc" belongs to; "Goldman and Co" is a cut of
    # "Goldman, Sachs and Co": neither blocks a merge the short forms make
    assert not _unit_of("reuters", "reuters holdings")
    assert not _unit_of("bhp petroleum", "bhp petroleum pty")
    ms = doc("doc:1", ("Goldman Sachs and Co", "ORG"), ("Goldman", "ORG"))
    ms += doc("doc:2", ("Goldman and Co", "ORG"), ("Goldman", "ORG"))
    ms += doc("doc:3", ("Goldman", "ORG"))
    res = resolve_entities(ms)
    assert res.find("Goldman") == res.find("Goldman Sachs and Co")
    # a name that only continues the firm's ("Fordham" / "Ford") is no unit of it
    assert not _unit_of("ford", "fordham university")


def test_a_name_written_with_a_legal_form_is_no_person() -> None:
    # the tagger calls "ChemLawn" a person in most mentions; "Chemlawn Corp" says it is a company
    ms = doc("doc:1", ("ChemLawn", "PERSON"), ("ChemLawn", "PERSON"), ("Chemlawn Corp", "ORG"))
    ms += doc("doc:2", ("ChemLawn", "PERSON"), ("ChemLawn", "PERSON"))
    res = resolve_entities(ms)
    firm = res.entity(res.find("ChemLawn"))
    assert firm.type == "ORG" and any("legal form" in e for e in firm.evidence), firm
    # a full person name keeps the person: "Baker" beside "James Baker" and a "Baker Corp"
    ms = doc("doc:3", ("James Baker", "PERSON"), ("Baker", "PERSON"), ("Baker", "PERSON"))
    res = resolve_entities(ms + doc("doc:4", ("Baker International Corp", "ORG")))
    assert res.entity(res.find("James Baker")).type == "PERSON"


def test_a_name_written_after_an_honorific_is_a_person() -> None:
    # the tagger calls "Naomi Martisius" an organisation; "Dr Naomi Martisius" says she is a person
    ms = doc("doc:1", ("Naomi Martisius", "ORG"), ("Naomi Martisius", "ORG"))
    ms += doc("doc:2", ("Dr Naomi Martisius", "ORG"), ("Naomi Martisius", "ORG"))
    res = resolve_entities(ms)
    person = res.entity(res.find("Naomi Martisius"))
    assert person.type == "PERSON" and any("honorific" in e for e in person.evidence), person
    # a place stays a place, and a firm with its legal form stays a firm
    res = resolve_entities(doc("doc:2", ("Acme Corp", "ORG"), ("Acme", "ORG"), ("Mr Acme", "ORG")))
    assert res.entity(res.find("Acme Corp")).type == "ORG"


def test_a_model_number_or_a_second_name_after_a_slash_is_no_fuller_name() -> None:
    # "Red Hat" in an article that also names "Red Hat 7" and "Red Hat/IBM" is the company
    ms = doc("doc:1", ("Red Hat", "ORG"), ("Red Hat 7", "ORG"), ("Red Hat", "ORG"))
    ms += doc("doc:2", ("Red Hat/IBM", "ORG"), ("Red Hat", "ORG"))
    ms += doc("doc:3", ("Red Hat", "ORG"))
    res = resolve_entities(ms)
    assert res.find("Red Hat") != res.find("Red Hat 7")
    assert res.find("Red Hat") != res.find("Red Hat/IBM")
    company = res.entity(res.find("Red Hat"))
    assert {m.doc_id for m in company.mentions} == {"doc:1", "doc:2", "doc:3"}
    # a legal form written with a slash is part of the name ("Salling Group A/S")
    res = resolve_entities(doc("doc:4", ("Salling Group A/S", "ORG"), ("Salling Group", "ORG")))
    assert res.find("Salling Group") == res.find("Salling Group A/S")
