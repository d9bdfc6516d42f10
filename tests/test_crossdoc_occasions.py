"""Cross-document merging (issue #6): one occasion, polarity, a person shift and order independence
for statements; events across nominalisations; venues carried within a document, quoted passages
and names opening a report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import permutations

import pytest
from helpers import make_attr, make_doc
from helpers import merge_by_index as _merge
from helpers import ruiz_entities as _ruiz

from graphbuild.crossdoc import (
    MentionIndex,
    contradicts,
    merge_events,
    merge_statements,
)
from graphbuild.crossdoc_tokens import content_features, event_root
from graphbuild.model import EventMention, Participant, TimeSpan

# --- occasions, polarity, person shift, order independence (issue #6) ---------------------------


_DAY = TimeSpan.day(date(2024, 3, 12), rule="r")


def _reports(*rows):
    """(outlet, content, venue, said) rows -> one document and one report each, all by Ruiz."""
    docs, attrs = [], []
    for n, (outlet, content, venue, said) in enumerate(rows):
        d = make_doc(f"Ruiz said {content}. ({n})", outlet=outlet)
        docs.append(d)
        attrs.append(replace(make_attr(d, content, speaker="Ruiz", said=said), venue=venue))
    return docs, attrs


def _groups(stmts, attrs):
    where = {(r.doc_id, r.content): k for k, s in enumerate(stmts) for r in s.reports}
    labels = [where[(a.doc_id, a.content)] for a in attrs]
    return sorted(sorted(i for i, x in enumerate(labels) if x == k) for k in set(labels))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "the central bank will raise interest rates in June",
            "the central bank will not raise interest rates in June",
        ),
        ("the army is ready to defend the border", "the army is not ready to defend the border"),
        (
            "the central bank will raise interest rates in June",
            "the central bank will keep interest rates unchanged in June",
        ),
        ("the bridge will reopen to traffic next week", "the bridge will stay closed to traffic next week"),
        (
            "the opposition will boycott the elections in May",
            "the opposition will take part in the elections in May",
        ),
        (
            "container traffic rose 12 percent in the first quarter",
            "container traffic rose 3 percent in the first quarter",
        ),
    ],
)
def test_opposite_claims_never_merge_even_on_one_occasion(first, second):
    docs, attrs = _reports(
        ("A", first, "at a press conference", _DAY), ("B", second, "at a press conference", _DAY)
    )
    assert contradicts(content_features(first), content_features(second)) is not None
    assert len(_merge(attrs, _ruiz(*docs))) == 2


def test_a_chain_of_paraphrases_cannot_join_opposite_claims():
    docs, attrs = _reports(
        ("A", "the government will raise income taxes on top earners next year", None, None),
        ("B", "the government will raise income taxes on top earners", None, None),
        ("C", "the government will not raise income taxes on top earners next year", None, None),
    )
    groups = _groups(_merge(attrs, _ruiz(*docs)), attrs)
    assert not any({0, 2} <= set(g) for g in groups)
    assert [0, 1] in groups


def test_negations_that_agree_are_not_a_contradiction():
    a = content_features("The outbreak is not yet under control")
    b = content_features("that the outbreak was still not under control")
    assert contradicts(a, b) is None
    c = content_features("Kiev's forces had failed to move the front line")
    d = content_features("the Ukrainians have not been able to move the front line")
    assert contradicts(c, d) is None


def test_paraphrase_merges_on_one_occasion_but_not_when_the_occasion_is_unknown():
    first = "No one was injured in the clashes"
    second = "that nobody had been hurt in the clashes"
    venue = "in an interview with Harbour Radio"
    docs, attrs = _reports(("A", first, venue, _DAY), ("B", second, venue, _DAY))
    assert len(_merge(attrs, _ruiz(*docs))) == 1
    longer = "No one was injured in the clashes near the port"
    docs, attrs = _reports(("A", longer, venue, _DAY), ("B", second, venue, _DAY))
    assert len(_merge(attrs, _ruiz(*docs))) == 1
    docs, attrs = _reports(("A", longer, None, None), ("B", second, None, None))
    assert len(_merge(attrs, _ruiz(*docs))) == 2  # two shared words without a shared occasion: not enough
    docs, attrs = _reports(("A", first, None, None), ("B", second, None, None))
    assert len(_merge(attrs, _ruiz(*docs))) == 1  # ...unless they are all the key words of both
    docs, attrs = _reports(("A", longer, venue, None), ("B", second, "at a rally", None))
    assert len(_merge(attrs, _ruiz(*docs))) == 2  # two venues: two occasions


def test_other_things_said_on_the_same_occasion_stay_apart():
    venue = "at a press conference"
    docs, attrs = _reports(
        ("A", "The deficit will fall below 3 percent of GDP next year", venue, _DAY),
        ("B", "that the budget deficit would drop under 3% of economic output next year", venue, _DAY),
        ("A", "the deficit target for this year will be missed", venue, _DAY),
        ("C", "We are not going to raise income taxes", venue, _DAY),
        ("D", "that the government would not increase income tax", venue, _DAY),
    )
    assert _groups(_merge(attrs, _ruiz(*docs)), attrs) == [[0, 1], [2], [3, 4]]


def test_direct_and_indirect_quotes_merge_across_a_person_shift():
    docs, attrs = _reports(
        ("A", "We must be ready to defend every inch of allied territory", "at a news conference", _DAY),
        ("B", "that the alliance must be ready to defend every inch of its territory", None, None),
    )
    attrs[1] = replace(attrs[1], mode="indirect")
    stmts = _merge(attrs, _ruiz(*docs))
    assert len(stmts) == 1
    assert stmts[0].mode == "direct"  # the representative text is the direct quote
    assert {r.mode for r in stmts[0].reports} == {"direct", "indirect"}


def test_statements_do_not_depend_on_the_order_reports_arrive_in():
    venue = "at a press conference"
    docs, attrs = _reports(
        ("A", "The deficit will fall below 3 percent of GDP next year", venue, _DAY),
        ("B", "that the budget deficit would drop under 3% of economic output next year", venue, None),
        ("C", "the deficit would shrink to below three percent of GDP in 2025", None, None),
        ("D", "the deficit will not fall below 3 percent of GDP next year", None, None),
        ("E", "We are not going to raise income taxes", venue, _DAY),
    )
    entities = _ruiz(*docs)
    expected = _merge(attrs, entities)
    assert len(expected) < len(attrs)  # something merged, so the order could matter
    for order in list(permutations(range(len(attrs))))[::7]:
        assert _merge([attrs[i] for i in order], entities) == expected


def _event(doc, predicate, participants, when=None, start=0):
    parts = tuple(
        Participant(role, text, 10 * k, 10 * k + len(text)) for k, (role, text) in enumerate(participants)
    )
    return EventMention(doc, start, start + 50, "x", predicate, predicate, parts, when)


def _by_text(entities):
    def participant_of(doc, start, end):
        return entities.get((doc, start))

    return participant_of


def test_events_merge_across_nominalisations_and_undated_mentions_need_two_participants():
    assert event_root("delivery") == event_root("delivered")
    day = TimeSpan.day(date(2007, 10, 15), rule="r")
    e1 = _event("doc:1", "deliver", [("agent", "Airbus"), ("patient", "the A380")], day)
    e2 = _event("doc:2", "delivery", [("agent", "Airbus"), ("patient", "the A380")])
    e3 = _event("doc:3", "deliver", [("agent", "Airbus")])
    ents = {(d, 0): "ent:airbus" for d in ("doc:1", "doc:2", "doc:3")}
    ents.update({("doc:1", 10): "ent:a380", ("doc:2", 10): "ent:a380"})
    merged = merge_events([e1, e2, e3], participant_of=_by_text(ents))
    assert sorted(len(e.mentions) for e in merged) == [1, 2]
    assert merge_events([e3, e2, e1], participant_of=_by_text(ents)) == merged


def test_events_with_different_agents_or_figures_are_different_happenings():
    day = TimeSpan.day(date(2008, 3, 1), rule="r")
    buy1 = _event("doc:1", "purchase", [("agent", "Aer Lingus"), ("patient", "Airbus jets")], day)
    buy2 = _event("doc:2", "purchase", [("agent", "China Eastern"), ("patient", "Airbus jets")], day)
    ents = {
        ("doc:1", 0): "ent:aer",
        ("doc:2", 0): "ent:ce",
        ("doc:1", 10): "ent:airbus",
        ("doc:2", 10): "ent:airbus",
    }
    assert len(merge_events([buy1, buy2], participant_of=_by_text(ents))) == 2
    fall1 = _event("doc:1", "fall", [("agent", "The Dow"), ("patient", "2 percent")], day)
    fall2 = _event("doc:2", "fall", [("agent", "The Dow"), ("patient", "5 percent")], day)
    ents = {("doc:1", 0): "ent:dow", ("doc:2", 0): "ent:dow"}
    assert len(merge_events([fall1, fall2], participant_of=_by_text(ents))) == 2
    month = TimeSpan("March", "2008-03", "DATE", date(2008, 3, 1), date(2008, 3, 31), "month", rule="r")
    wide1 = _event("doc:1", "fall", [("agent", "The Dow")], month)
    wide2 = _event("doc:2", "fall", [("agent", "The Dow")], month)
    assert len(merge_events([wide1, wide2], participant_of=_by_text(ents))) == 2  # a month holds many falls


def test_ties_between_incompatible_merges_are_broken_the_same_way_in_any_order():
    docs, attrs = _reports(
        ("A", "the bank will raise rates in June", None, None),
        ("B", "the bank will change rates in June", None, None),
        ("C", "the bank will cut rates in June", None, None),
    )
    entities = _ruiz(*docs)
    results = {
        tuple(tuple(sorted(r.doc_id for r in s.reports)) for s in _merge(list(p), entities))
        for p in permutations(attrs)
    }
    assert len(results) == 1
    assert len(next(iter(results))) == 2  # "change" joins one side; "raise" and "cut" never meet


# --- venues carried within a document, quoted passages, the same key words (issue #6) ----------


def _two_in_one_document(bare_venue_elsewhere):
    named = "the port will hire 200 dockers this year"
    bare = "container traffic through the harbour climbed sharply in the spring as exports recovered"
    other = "harbour traffic rose in the spring, officials expect more ships next year"
    d1 = make_doc(f"Ruiz said {named}. Ruiz said {bare}.", outlet="A")
    d2 = make_doc(f"Ruiz said {other}.", outlet="B")
    attrs = [
        replace(make_attr(d1, named, speaker="Ruiz"), venue="in an interview with Harbour Radio"),
        make_attr(d1, bare, speaker="Ruiz"),
        replace(make_attr(d2, other, speaker="Ruiz"), venue=bare_venue_elsewhere),
    ]
    return _groups(_merge(attrs, _ruiz(d1, d2)), attrs)


def test_a_venue_named_once_in_a_document_carries_over_and_keeps_other_occasions_apart():
    assert _two_in_one_document(None) == [[0], [1, 2]]  # an open occasion: paraphrase merges
    # the article's other report names the radio interview; the other outlet reports a rally
    assert _two_in_one_document("at a party rally") == [[0], [1], [2]]
    # a carried venue word shared with the other outlet is no evidence by itself: still the open bar
    assert _two_in_one_document("told Harbour Radio") == [[0], [1, 2]]


def test_a_document_naming_two_occasions_for_a_speaker_lends_neither():
    from graphbuild.crossdoc import _document_venues

    venues = [frozenset({"radio"}), frozenset(), frozenset({"ralli"}), frozenset()]
    speakers = ["ent:x", "ent:x", "ent:x", "ent:y"]
    docs = ["doc:1", "doc:1", "doc:1", "doc:1"]
    out, carried = _document_venues(speakers, docs, [None] * 4, venues)
    assert out == venues and carried == [False] * 4
    out, carried = _document_venues(speakers[:2] + ["ent:y"] * 2, docs, [None] * 4, venues)
    assert out[1] == frozenset({"radio"}) and carried == [False, True, False, True]


def test_a_passage_quoted_by_both_reports_counts_as_several_phrases():
    quoted = "the plants lack steel and cannot ship parts on time, so it is difficult to reach the output goals we set"
    other = (
        "this makes it hard for the carmakers to reach the output goals we all set, the minister continued"
    )
    docs, attrs = _reports(("A", quoted, None, None), ("B", other, None, None))
    assert len(_merge(attrs, _ruiz(*docs))) == 1
    # one shared noun phrase is not a shared claim
    docs, attrs = _reports(
        ("A", "the output goals were modest and reached at a very high price", None, None),
        ("B", "the output goals will be discussed by ministers next week", None, None),
    )
    assert len(_merge(attrs, _ruiz(*docs))) == 2


def test_a_capitalised_run_opening_a_report_is_a_name_not_a_common_word():
    f = content_features("President Lee Park escalated the war")
    assert {"president", "lee", "park"} <= f.names
    assert "container" not in content_features("Container traffic rose").names


def test_the_lazy_embedder_loads_nothing_until_asked(monkeypatch):
    import graphbuild.crossdoc_paraphrase as paraphrase
    from graphbuild.errors import ModelNotFoundError

    loads = []
    monkeypatch.setattr(paraphrase, "load_embedder", lambda: loads.append(1))
    lazy = paraphrase.LazyEmbedder()
    assert lazy.encode([]) == []
    d = make_doc("Ruiz said the ceasefire is holding.")
    a = make_attr(d, "the ceasefire is holding", speaker="Ruiz")
    merge_statements([a], speaker_of=lambda a: "ent:ruiz", mentions=MentionIndex({}), embedder=lazy)
    assert loads == []  # nothing plausible to embed: no model load
    with pytest.raises(ModelNotFoundError):
        lazy.encode(["a text"])  # the package is "missing" here


def test_an_undated_past_event_joins_only_a_recent_happening_before_its_publication():
    # "Steve Jobs resigns" (undated, published Aug 25) and "Jobs resigned on August 24": one happening
    told = TimeSpan("resigns", "PAST_REF", "DATE", None, date(2011, 8, 25), None, rule="r")
    aug24 = TimeSpan.day(date(2011, 8, 24), rule="r")
    undated = _event("doc:1", "resign", [("agent", "Steve Jobs")], told)
    dated = _event("doc:2", "resign", [("agent", "Jobs")], aug24)
    ents = {("doc:1", 0): "ent:jobs", ("doc:2", 0): "ent:jobs", ("doc:3", 0): "ent:jobs"}
    merged = merge_events([undated, dated], participant_of=_by_text(ents))
    assert [len(e.mentions) for e in merged] == [2]
    assert merged[0].when == aug24  # the known day, not the open interval
    # the same verb and person years before, or after the article was published: other happenings
    earlier = _event("doc:2", "resign", [("agent", "Jobs")], TimeSpan.day(date(1985, 9, 17), rule="r"))
    later = _event("doc:2", "resign", [("agent", "Jobs")], TimeSpan.day(date(2011, 9, 1), rule="r"))
    assert len(merge_events([undated, earlier], participant_of=_by_text(ents))) == 2
    assert len(merge_events([undated, later], participant_of=_by_text(ents))) == 2
    # after the publication day, not even two shared participants make it one happening
    two = [("agent", "Jobs"), ("patient", "Apple")]
    ents.update({("doc:1", 10): "ent:apple", ("doc:2", 10): "ent:apple"})
    u2 = _event("doc:1", "resign", two, told)
    l2 = _event("doc:2", "resign", two, TimeSpan.day(date(2011, 9, 1), rule="r"))
    assert len(merge_events([u2, l2], participant_of=_by_text(ents))) == 2
    # two undated descriptions still need two shared participants
    other = _event("doc:3", "resign", [("agent", "Jobs")], told)
    assert len(merge_events([undated, other], participant_of=_by_text(ents))) == 2
