"""bench/events.py: aligning extracted events to gold triggers and scoring them (hand-made inputs)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from graphbuild.model import EventMention

# bench/ is not a package: load bench/events.py under a name that cannot shadow another module
_SPEC = importlib.util.spec_from_file_location(
    "graphbuild_bench_events", Path(__file__).resolve().parents[1] / "bench" / "events.py"
)
bench_events = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = bench_events  # dataclasses look their module up while being defined
_SPEC.loader.exec_module(bench_events)
GoldEvent, align, score_article = bench_events.GoldEvent, bench_events.align, bench_events.score_article

TEXT = "Acme bought Widget. Acme said it grew. Later text is not annotated: Acme sold Gadget."


def _event(trigger: str, predicate: str) -> tuple[EventMention, tuple[int, int]]:
    s = TEXT.index(trigger)
    sent_start = TEXT.rfind(".", 0, s) + 1
    sent_end = TEXT.index(".", s) + 1
    ev = EventMention("doc:1", sent_start, sent_end, TEXT[sent_start:sent_end], predicate, predicate)
    return ev, (s, s + len(trigger))


def _gold(word: str, cls: str, factual: bool | None = True) -> GoldEvent:
    s = TEXT.index(word)
    return GoldEvent(s, s + len(word), word, cls, "VERB", factual)


def test_an_event_aligns_to_the_gold_mention_that_contains_its_trigger():
    gold = [_gold("bought", "OTHER"), _gold("said", "SPEECH_COGNITIVE")]
    ev, trigger = _event("bought", "buy")
    assert align(ev, trigger, gold) == gold[0]
    ev, trigger = _event("grew", "grow")
    assert align(ev, trigger, gold) is None


def test_score_counts_judged_events_and_recall_of_happenings_only():
    gold = [_gold("bought", "OTHER"), _gold("said", "SPEECH_COGNITIVE"), _gold("grew", "OTHER", False)]
    annotated_end = TEXT.index("Later")
    found = [_event("bought", "buy"), _event("sold", "sell")]
    s, misses = score_article(found, gold, annotated_end)
    assert (s.extracted, s.judged, s.aligned) == (2, 1, 1)  # "sold" is after the annotated part
    assert (s.happenings, s.found) == (2, 1)  # "said" is speech, not a happening
    assert (s.factual, s.factual_found) == (1, 1)
    assert misses == []
