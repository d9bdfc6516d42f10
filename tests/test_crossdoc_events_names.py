"""Merging one happening whose participant one outlet names where entity resolution missed it (issue #6):
a capitalised word inside a sentence is a name even when it opens its phrase ("sign Tessin water treaty"),
but not when the phrase opens the sentence ("Police arrested ..."); an entity found in a phrase headed by a
common noun ("the former Corvane chief") is a modifier and sets nothing against another in its role. Plus
the general synonym groups. Descriptions are built by hand from sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from graphbuild.crossdoc_events import event_key, merge_events
from graphbuild.model import EventMention, Participant, TimeSpan

DAY = TimeSpan.day(date(2026, 7, 13), rule="test")
OTHER_DAY = TimeSpan.day(date(2026, 7, 1), rule="test")


def _mention(
    doc: str, sentence: str, predicate: str, roles: list[tuple[str, str]], when: TimeSpan
) -> EventMention:
    parts = tuple(
        Participant(role, phrase, sentence.index(phrase), sentence.index(phrase) + len(phrase))
        for role, phrase in roles
    )
    return EventMention(doc, 0, len(sentence), sentence, predicate, sentence, parts, when)


def _resolver(entities: dict[tuple[str, str], str], events: list[EventMention]):
    spans = {(e.doc_id, p.start): p.text for e in events for p in e.participants}

    def participant_of(doc: str, start: int, end: int) -> str | None:
        return entities.get((doc, spans.get((doc, start), "")))

    return participant_of


def _merged(events, entities) -> list[int]:
    return sorted(len(e.mentions) for e in merge_events(events, participant_of=_resolver(entities, events)))


def test_a_name_opening_an_unresolved_phrase_inside_its_sentence_meets_the_same_name_elsewhere():
    a = _mention(
        "a",
        "Norland and Vessa sign Orsk water treaty",
        "sign",
        [("agent", "Norland"), ("agent", "Vessa"), ("patient", "Orsk water treaty")],
        DAY,
    )
    b = _mention(
        "b",
        "The Orsk water treaty was signed yesterday in Geneva.",
        "sign",
        [("patient", "The Orsk water treaty")],
        DAY,
    )
    entities = {("a", "Norland"): "ent:n", ("a", "Vessa"): "ent:v", ("b", "The Orsk water treaty"): "ent:t"}
    assert _merged([a, b], entities) == [2]
    # another day: two signings
    b_late = _mention("b", b.text, "sign", list((p.role, p.text) for p in b.participants), OTHER_DAY)
    assert _merged([a, b_late], entities) == [1, 1]


def test_a_capital_that_opens_the_sentence_is_no_name():
    a = _mention(
        "a",
        "Harbour police arrested a man on Monday.",
        "arrest",
        [("agent", "Harbour police"), ("patient", "a man")],
        DAY,
    )
    b = _mention(
        "b",
        "Officers detained a teenager at the Harbour hotel.",
        "detain",
        [("agent", "Officers"), ("patient", "a teenager")],
        DAY,
    )
    c = _mention(
        "c",
        "Police said officers arrested Harbour residents.",
        "arrest",
        [("agent", "officers"), ("patient", "Harbour residents")],
        DAY,
    )
    assert _merged([a, b, c], {}) == [1, 1, 1]


def test_an_entity_inside_a_phrase_headed_by_a_common_noun_is_no_clash():
    a = _mention(
        "a",
        "A jury convicted Marta Olsen, founder of Corvane, on Wednesday.",
        "convict",
        [("agent", "A jury"), ("patient", "Marta Olsen")],
        DAY,
    )
    b = _mention(
        "b",
        "Jurors found Corvane founder Marta Olsen guilty.",
        "convict",
        [("agent", "Jurors"), ("patient", "Corvane founder Marta Olsen")],
        DAY,
    )
    c = _mention(
        "c",
        "The former Corvane chief was convicted on four counts.",
        "convict",
        [("patient", "The former Corvane chief")],
        DAY,
    )
    entities = {
        ("a", "Marta Olsen"): "ent:olsen",
        ("b", "Corvane founder Marta Olsen"): "ent:olsen",
        ("c", "The former Corvane chief"): "ent:corvane",
    }
    assert _merged([a, b, c], entities) == [3]
    # the same phrase ending in a name is that entity: a clash
    d = _mention(
        "c",
        "Corvane chief Jon Berg was convicted on four counts.",
        "convict",
        [("patient", "Corvane chief Jon Berg")],
        DAY,
    )
    assert _merged([a, b, d], {**entities, ("c", "Corvane chief Jon Berg"): "ent:berg"}) == [1, 2]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("collapse", "break_down"),
        ("release", "free"),
        ("shut_down", "close"),
        ("jump", "climb"),
        ("plunge", "drop"),
        ("meet", "talks"),
        ("injure", "wound"),
    ],
)
def test_general_synonyms_share_a_key(a, b):
    assert event_key(a) == event_key(b)


def test_opposite_moves_keep_apart():
    assert event_key("rise") != event_key("fall")
    assert event_key("release") != event_key("arrest")
