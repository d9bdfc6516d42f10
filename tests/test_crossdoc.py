from __future__ import annotations

from datetime import date

from helpers import make_attr, make_doc, make_entity

from graphbuild.crossdoc import MentionIndex, content_tokens, find_conflicts, merge_statements, numeric_claims
from graphbuild.model import TimeSpan


def _merge(attrs, entities):
    index = MentionIndex.from_entities(entities)
    return merge_statements(
        attrs,
        speaker_of=lambda a: index.at(a.doc_id, *a.speaker_span) if a.speaker_span else None,
        mentions=index,
        speaker_names={e.id: e.name for e in entities},
    )


def test_same_quote_in_two_outlets_is_one_statement_with_two_reports():
    d1 = make_doc('Ana Ruiz said: "We will rebuild the bridge before winter comes."', outlet="Daily A")
    d2 = make_doc(
        '"We will rebuild the bridge before the winter comes," Ruiz told reporters.', outlet="Daily B"
    )
    e = [
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ana Ruiz"),
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d2, "Ruiz"),
    ]
    a1 = make_attr(d1, "We will rebuild the bridge before winter comes.", speaker="Ana Ruiz")
    a2 = make_attr(d2, "We will rebuild the bridge before the winter comes,", speaker="Ruiz", cue="tell")
    stmts = _merge([a1, a2], e)
    assert len(stmts) == 1
    assert {r.doc_id for r in stmts[0].reports} == {d1.id, d2.id}
    assert stmts[0].speaker == "ent:ruiz"


def test_different_speakers_never_merge_even_with_identical_words():
    d1 = make_doc('Ana Ruiz said: "The talks failed."\nLee Park said: "The talks failed."')
    e = [make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1), make_entity("ent:park", "Lee Park", "PERSON", d1)]
    a1 = make_attr(d1, "The talks failed.", speaker="Ana Ruiz")
    second = d1.text.rindex("The talks failed.")
    a2 = make_attr(d1, "The talks failed.", speaker="Lee Park")
    a2 = a2.__class__(**{**a2.__dict__, "content": (second, second + len("The talks failed."))})
    assert len(_merge([a1, a2], e)) == 2


def test_unrelated_contents_of_one_speaker_stay_apart():
    d1 = make_doc(
        'Ana Ruiz said: "Prices of grain will fall sharply this year." Ruiz said: "Our army is ready to defend the border."'
    )
    e = [make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ana Ruiz", "Ruiz")]
    a1 = make_attr(d1, "Prices of grain will fall sharply this year.", speaker="Ana Ruiz")
    a2 = make_attr(d1, "Our army is ready to defend the border.", speaker="Ruiz")
    assert len(_merge([a1, a2], e)) == 2


def test_statement_said_is_narrowest_report_time_and_ids_are_order_independent():
    d1 = make_doc('Ana Ruiz said: "We will rebuild the bridge before winter comes."', outlet="Daily A")
    d2 = make_doc('"We will rebuild the bridge before winter comes," Ruiz said.', outlet="Daily B")
    e = [
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d1, "Ana Ruiz"),
        make_entity("ent:ruiz", "Ana Ruiz", "PERSON", d2, "Ruiz"),
    ]
    month = TimeSpan(
        "last month", "2023-11", "DATE", date(2023, 11, 1), date(2023, 11, 30), "month", rule="r"
    )
    day = TimeSpan.day(date(2023, 11, 16), rule="r")
    a1 = make_attr(d1, "We will rebuild the bridge before winter comes.", speaker="Ana Ruiz", said=month)
    a2 = make_attr(d2, "We will rebuild the bridge before winter comes,", speaker="Ruiz", said=day)
    s1 = _merge([a1, a2], e)
    s2 = _merge([a2, a1], e)
    assert s1 == s2
    assert s1[0].said == day


def test_content_tokens_ignore_case_punctuation_and_stopwords():
    assert content_tokens("The WAR, it is over!") == content_tokens("war over")


def test_numeric_conflict_between_statements_about_the_same_entity():
    d1 = make_doc("The ministry said over 125,000 soldiers were killed in Ruritania.", outlet="A")
    d2 = make_doc("The ministry said at least 103,000 soldiers died in Ruritania.", outlet="B")
    e = [
        make_entity("ent:min", "ministry", "ORG", d1),
        make_entity("ent:min", "ministry", "ORG", d2),
        make_entity("ent:rur", "Ruritania", "GPE", d1),
        make_entity("ent:rur", "Ruritania", "GPE", d2),
    ]
    a1 = make_attr(d1, "over 125,000 soldiers were killed in Ruritania", speaker="ministry", mode="indirect")
    a2 = make_attr(d2, "at least 103,000 soldiers died in Ruritania", speaker="ministry", mode="indirect")
    stmts = _merge([a1, a2], e)
    assert len(stmts) == 2
    claims = {c.value for s in stmts for c in numeric_claims(s)}
    assert claims == {125000.0, 103000.0}
    conflicts = find_conflicts(stmts)
    assert len(conflicts) == 1
    assert sorted(conflicts[0].values) == sorted(["over 125,000 soldiers", "at least 103,000 soldiers"])


def test_equal_figures_and_unrelated_quantities_do_not_conflict():
    d1 = make_doc("Ruritania lost 5,000 soldiers.", outlet="A")
    d2 = make_doc("Ruritania lost 5,100 soldiers and 300 square kilometers.", outlet="B")
    e = [make_entity("ent:rur", "Ruritania", "GPE", d1), make_entity("ent:rur", "Ruritania", "GPE", d2)]
    a1 = make_attr(d1, "Ruritania lost 5,000 soldiers.", mode="indirect")
    a2 = make_attr(d2, "Ruritania lost 5,100 soldiers and 300 square kilometers.", mode="indirect")
    assert find_conflicts(_merge([a1, a2], e)) == []
