"""One day's happening told by two outlets with no participant named alike (issue #6):
:mod:`graphbuild.crossdoc_events_day` and its use in :func:`~graphbuild.crossdoc_events.merge_events`.

Unit tests build descriptions by hand (``participant_of`` maps a document and participant start to an
entity); the end-to-end test builds a graph from two articles with the real spaCy pipeline.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations

import pytest
from helpers import event_mention, make_doc

from graphbuild.crossdoc_events import merge_events
from graphbuild.crossdoc_events_day import STORY_ENTITIES, bare, core_heads, phrase_head, same_day_pairs
from graphbuild.crossdoc_time import link_clusters
from graphbuild.model import Document, EventMention, TimeSpan
from graphbuild.pipeline import analyse_documents, assemble_graph

DAY = TimeSpan.day(date(2026, 8, 14), rule="test")
NEXT_DAY = TimeSpan.day(date(2026, 8, 15), rule="test")
WEEK = TimeSpan("that week", "2026-W33", "DATE", date(2026, 8, 10), date(2026, 8, 16), "week", rule="test")
#: Two documents of one story: they share enough entities.
STORY = {
    "doc:1": frozenset({"ent:port", "ent:union", "ent:a"}),
    "doc:2": frozenset({"ent:port", "ent:union"}),
}


_event = event_mention


def _sizes(events, entities=None, story=STORY) -> list[int]:
    entities = entities or {}
    merged = merge_events(
        events, participant_of=lambda d, s, e: entities.get((d, s)), document_entities=story
    )
    return sorted(len(e.mentions) for e in merged)


def _two_outlets(first: tuple[str, str, date], second: tuple[str, str, date]) -> tuple[Document, Document]:
    """Two articles, each (text, outlet, publication day)."""
    a, b = (make_doc(text, outlet=outlet, published=day) for text, outlet, day in (first, second))
    return a, b


def _described(documents, nlp, predicates: tuple[str, ...] | None = None) -> list[list[str]]:
    """Build a graph of ``documents`` with the real pipeline; per event (of ``predicates``, if given),
    the sorted ids of the documents describing it."""
    graph = assemble_graph(list(analyse_documents(documents, nlp, n_process=1)))
    described: dict[str, set[str]] = {}
    for source, target, data in graph.edges(data=True):
        if data["kind"] == "DESCRIBES" and (
            predicates is None or graph.nodes[target]["predicate"] in predicates
        ):
            described.setdefault(target, set()).add(source)
    return sorted(map(sorted, described.values()))


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Talks", "talk"),
        ("the striking dockworkers", "dockworker"),
        ("A special meeting between importing and exporting countries", "meet"),
        ("Kestravan's deputy", "deputy"),
        ("the firm that makes it", "firm"),
        ("he", None),
        ("They", None),
        ("43 people", None),  # a count: figures compare it
        ("billion dlrs", None),
        ("", None),
    ],
)
def test_the_head_of_a_participant_phrase(text: str, head: str | None) -> None:
    assert phrase_head(text) == head


def test_a_name_heading_its_phrase_is_a_head_and_a_name_modifying_a_noun_is_not() -> None:
    ev = _event("doc:1", "buy", [("agent", "Jamaica"), ("patient", "U.S. corn")], DAY)
    heads, named = core_heads(ev, ["ent:jamaica", "ent:us"])
    assert heads == {"jamaica", "ent:jamaica", "corn"}
    assert named == {"ent:jamaica", "ent:us"}


def test_same_day_pairs_need_one_story_one_single_day_and_two_documents() -> None:
    one = (date(2026, 8, 14), date(2026, 8, 14))
    days = [one, one, one, (date(2026, 8, 10), date(2026, 8, 16)), (date.min, date(2026, 8, 14)), one]
    docs = ["doc:1", "doc:2", "doc:1", "doc:2", "doc:2", "doc:3"]
    story = {**STORY, "doc:3": frozenset({"ent:port"})}  # one shared entity: another story
    assert same_day_pairs(range(6), days, docs, story) == {(0, 1), (1, 2)}
    assert STORY_ENTITIES == 2


def test_talks_that_collapsed_and_broke_down_on_one_day_are_one_happening() -> None:
    events = [
        _event("doc:1", "collapse", [("agent", "Talks")], DAY),
        _event("doc:2", "break_down", [("agent", "the talks")], DAY),
    ]
    assert _sizes(events) == [2]
    for order in permutations(events):  # the result does not depend on the input order
        assert _sizes(list(order)) == [2]


@pytest.mark.parametrize(
    ("second", "story"),
    [
        (_event("doc:2", "break_down", [("agent", "the talks")], NEXT_DAY), STORY),  # another day
        (_event("doc:2", "break_down", [("agent", "the talks")], WEEK), STORY),  # not one day
        (_event("doc:2", "break_down", [("agent", "the talks")], None), STORY),  # undated
        (_event("doc:2", "break_down", [("agent", "the talks")], DAY), None),  # stories not given
        (
            _event("doc:2", "break_down", [("agent", "the talks")], DAY),
            {**STORY, "doc:2": frozenset({"ent:port"})},
        ),
        (_event("doc:2", "break_down", [("agent", "the ceasefire")], DAY), STORY),  # another thing broke down
        (_event("doc:2", "break_down", [], DAY), STORY),  # nothing to compare
        (_event("doc:1", "break_down", [("agent", "the talks")], DAY), STORY),  # one document
    ],
)
def test_what_keeps_same_day_descriptions_apart(second: EventMention, story) -> None:
    first = _event("doc:1", "collapse", [("agent", "Talks")], DAY)
    assert _sizes([first, second], story=story) == [1, 1]


def test_prices_rise_and_fall_many_times_a_day() -> None:
    events = [
        _event("doc:1", "rise", [("agent", "shares")], DAY),
        _event("doc:2", "climb", [("agent", "the shares")], DAY),
    ]
    assert _sizes(events) == [1, 1]


def test_different_entities_in_the_phrases_keep_them_apart() -> None:
    events = [
        _event("doc:1", "close", [("agent", "Ford shares")], DAY),
        _event("doc:2", "close", [("agent", "GM shares")], DAY),
    ]
    ents = {("doc:1", 0): "ent:ford", ("doc:2", 0): "ent:gm"}
    assert _sizes(events, ents) == [1, 1]


def test_a_story_s_earthquake_of_one_day_is_one_though_no_participant_is_named_alike() -> None:
    """A happening that strikes a place (ONE_A_DAY): a story tells one a day, so two outlets'
    descriptions of it join with no phrase to compare ("the April 14 earthquake, which killed 88
    people" / "Tuesday's earthquake in Haldia province"); not an arrest, which befalls many."""
    quake = [
        _event("doc:1", "earthquake", [("patient", "88 people")], DAY),
        _event("doc:2", "earthquake", [("location", "Haldia province")], DAY),
    ]
    assert _sizes(quake) == [2]
    arrests = [
        _event("doc:1", "arrest", [("patient", "43 people")], DAY),
        _event("doc:2", "detain", [("location", "the capital")], DAY),
    ]
    assert _sizes(arrests) == [1, 1]


@pytest.mark.parametrize(
    "second",
    [
        _event("doc:2", "earthquake", [("location", "Sarvan province")], DAY),  # another place
        _event("doc:2", "earthquake", [("location", "Haldia province")], NEXT_DAY),  # another day
        _event("doc:2", "explosion", [("location", "Haldia province")], DAY),  # another happening
    ],
)
def test_what_keeps_a_story_s_earthquakes_apart(second: EventMention) -> None:
    first = _event("doc:1", "quake", [("location", "Haldia")], DAY)
    ents = (
        {("doc:1", 0): "ent:haldia", ("doc:2", 0): "ent:sarvan"}
        if "Sarvan" in second.participants[0].text
        else {}
    )
    assert _sizes([first, second], ents) == [1, 1]


def test_an_earthquake_told_by_two_outlets_days_apart_is_one_event_end_to_end(nlp) -> None:
    """Real spaCy: the day's report ("A powerful earthquake struck ... on Tuesday") and a report a week
    later ("after the April 14 earthquake, which killed 88 people") share no participant."""
    a, b = _two_outlets(
        (
            "A powerful earthquake struck the mountain province of Haldia on Tuesday, flattening homes in the "
            "town of Dorna, officials in Veresk said.",
            "Atlas Wire",
            date(2026, 4, 14),
        ),
        (
            "The Regional Development Bank approved a $300 million loan to help Haldia rebuild after the "
            "April 14 earthquake, which killed 88 people, the government in Veresk said.",
            "Metro Bulletin",
            date(2026, 4, 22),
        ),
    )
    assert _described([a, b], nlp) == [sorted([a.id, b.id])]


def test_a_same_day_link_does_not_chain_two_happenings_through_a_third() -> None:
    """doc:3's walkout names no participant; it meets each of the others. Tied to one, the other's
    heads differ from it ("dockworkers" / "pilots"), so it stays out."""
    story = {d: frozenset({"ent:port", "ent:union"}) for d in ("doc:1", "doc:2", "doc:3")}
    events = [
        _event("doc:1", "strike", [("agent", "the dockworkers")], DAY),
        _event("doc:2", "strike", [("agent", "the pilots")], DAY),
        _event("doc:3", "walkout", [("agent", "the dockworkers"), ("patient", "the pilots")], DAY),
    ]
    assert _sizes(events, story=story) == [1, 2]


def test_a_happening_named_by_its_noun_alone_is_the_story_s_happening_of_that_day() -> None:
    """ "Port strike" / "The walkout began": no agent or patient to compare, the story's strike that day."""
    assert bare(_event("doc:2", "walkout", [], DAY))
    assert not bare(_event("doc:2", "break_down", [], DAY))  # a verb whose subject extraction missed
    assert not bare(_event("doc:2", "walkout", [("agent", "pilots")], DAY))
    began = _event(
        "doc:1", "strike", [("agent", "About 2,400 dockworkers"), ("patient", "container traffic")], DAY
    )
    for nominal in ("walkout", "strike"):
        assert _sizes([began, _event("doc:2", nominal, [], DAY)]) == [2]
    assert _sizes([began, _event("doc:2", "walkout", [], NEXT_DAY)]) == [1, 1]  # another day
    assert _sizes([began, _event("doc:2", "walkout", [], DAY)], story={**STORY, "doc:2": frozenset()}) == [
        1,
        1,
    ]
    # in another place, another strike
    assert _sizes(
        [
            _event("doc:1", "strike", [("location", "Carrow")], DAY),
            _event("doc:2", "strike", [("location", "Saltmere")], DAY),
        ],
        {("doc:1", 0): "ent:carrow", ("doc:2", 0): "ent:saltmere"},
    ) == [1, 1]
    # prices move many times a day: a bare "fall" is no one happening
    assert _sizes(
        [_event("doc:1", "fall", [("agent", "shares")], DAY), _event("doc:2", "fall", [], DAY)]
    ) == [1, 1]


def test_a_bare_noun_does_not_join_two_happenings_whose_phrases_differ() -> None:
    story = {d: frozenset({"ent:port", "ent:union"}) for d in ("doc:1", "doc:2", "doc:3")}
    events = [
        _event("doc:1", "strike", [("agent", "the dockworkers")], DAY),
        _event("doc:2", "strike", [("agent", "the pilots")], DAY),
        _event("doc:3", "walkout", [], DAY),
    ]
    assert _sizes(events, story=story) == [1, 2]


def test_weak_pairs_join_last_and_must_hold_between_every_member() -> None:
    times = [None] * 4
    # 0-1 strong; 1-2 and 2-3 weak; 0 and 2 do not hold, so 2 joins 3 only
    clusters = link_clusters(
        [(-1.0, 0, 1)],
        4,
        times,
        lambda x, y: False,
        weak=[(-1.0, 1, 2), (-1.0, 2, 3)],
        weak_holds=lambda x, y: {x, y} != {0, 2},
    )
    assert clusters == [[0, 1], [2, 3]]
    # without the weak pairs' condition, the chain joins all
    assert link_clusters([(-1.0, 0, 1)], 4, times, lambda x, y: False, weak=[(-1.0, 1, 2), (-1.0, 2, 3)]) == [
        [0, 1, 2, 3]
    ]


def test_two_outlets_telling_collapsed_talks_make_one_event_end_to_end(nlp) -> None:
    """Real spaCy: two outlets, the same day, no participant named alike ("Talks between ..." /
    "The talks"), documents sharing the story's entities."""
    a, b = _two_outlets(
        (
            "Talks between the Maritime Workers Union and port operators in Rotterdam collapsed on Friday, "
            "the union said, leaving the Netherlands facing a strike.",
            "Daily Ledger",
            date(2026, 8, 15),
        ),
        (
            "Port operators in Rotterdam rejected the pay offer of the Maritime Workers Union. "
            "The talks broke down on Friday, raising fears of a strike across the Netherlands.",
            "Coast Herald",
            date(2026, 8, 15),
        ),
    )
    assert _described([a, b], nlp, ("collapse", "break_down")) == [sorted([a.id, b.id])]


def test_a_strike_and_the_walkout_of_another_outlet_are_one_event_end_to_end(nlp) -> None:
    """Real spaCy: one outlet tells who began the strike, the other names only "the walkout"; the
    documents share the story's two entities only once the firm the tagger missed in the first is
    recalled from the second (:mod:`graphbuild.entities_recall`)."""
    a, b = _two_outlets(
        (
            "About 2,400 dockworkers at the port of Wendlow began a strike on Monday, halting container traffic. "
            "The Maritime Workers Union blamed Wendlow Terminals for the dispute.",
            "Daily Ledger",
            date(2026, 8, 17),
        ),
        (
            "The walkout began on Monday. Ships waited off Wendlow on Tuesday, and Wendlow Terminals said "
            "talks with the Maritime Workers Union would resume.",
            "Coast Herald",
            date(2026, 8, 18),
        ),
    )
    assert _described([a, b], nlp, ("strike", "walkout")) == [sorted([a.id, b.id])]
