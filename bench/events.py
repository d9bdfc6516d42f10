"""Event extraction scored against MEANTIME's gold event mentions.

Usage::

    .venv/bin/python bench/events.py [--meantime DIR] [--topics airbus apple gm stock] [--show 20]

MEANTIME (English, CC BY 4.0) holds 120 Wikinews articles in four topics whose event mentions
are marked on their tokens. The files are read in place with the reader of
``bench/crossdoc_events.py`` (text rebuilt from the tokens, dated by the creation time), each
article is run through graphbuild's per-document stages (:func:`graphbuild.pipeline.analyse_document`)
and its events are taken with their trigger words (:func:`graphbuild.events.extract_event_triggers`).

Alignment: an extracted event is aligned to the gold EVENT_MENTION inside its sentence whose
token span contains the extracted trigger (the predicate token).

Scores per split (dev = airbus + apple, the only topics used for tuning; held-out = gm + stock):

- ``P``: aligned / judged, where judged are the extracted events in the annotated part of the
  text (MEANTIME marks every event only in the title and first sentences). MEANTIME marks every event a reader could see, including states,
  speech and plans, so this is a lower bound on how often an event is wrong; it says when the
  trigger is not an event at all. The hand-check of ``bench/events_sample.py`` is the precision truth.
- ``R``: recall of the gold mentions a news timeline wants ("happenings"): mentions whose event
  (the EVENT they REFER_TO) has class OTHER or MIX. GRAMMATICAL events (light verbs, aspectual
  and copular "be", "have", "start" in "started to ...") and SPEECH_COGNITIVE ones (say, report,
  believe: the claims stage's statements) are not counted.
- ``Rf``: recall of the factual happenings only: also polarity POS, certainty CERTAIN and time
  NON_FUTURE (no negated, possible or future events), as gold annotates them on the mention;
  the upper bound a dated, realis-only extractor can reach. Mentions with no such attributes
  (added at the cross-document stage) are left out of both recall denominators.
- ``per art``: events per article; ``when``: share of extracted events with a resolved date (an
  interval with a start); ``before-publication``: share dated only "before publication"
  (TIMEX3 ``PAST_REF`` ending on the publication day: undated past-tense happenings).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from crossdoc_events import DEFAULT_MEANTIME, TOPICS, TUNE, Article, _rebuild, read_corpus

from graphbuild.errors import InputError
from graphbuild.events import extract_event_triggers
from graphbuild.model import EventMention
from graphbuild.nlp import load_pipeline
from graphbuild.pipeline import analyse_document

log = logging.getLogger("bench.events")

#: Gold event classes that are happenings a news timeline wants.
HAPPENING_CLASSES = frozenset(("OTHER", "MIX"))


@dataclass(frozen=True)
class GoldEvent:
    """One gold EVENT_MENTION: its character span (first to last anchor token) and attributes."""

    start: int
    end: int
    pred: str
    cls: str  # class of the EVENT it refers to ("" when not linked)
    pos: str
    factual: bool | None  # POS, CERTAIN, NON_FUTURE; None when the mention has no attributes

    @property
    def happening(self) -> bool:
        return self.cls in HAPPENING_CLASSES


def gold_events(article: Article) -> tuple[list[GoldEvent], int]:
    """The gold event mentions of a MEANTIME article, with the class of the event each refers to,
    and the end offset of the annotated part of the text.

    MEANTIME annotates every event only in the title and the first sentences of the body; later
    sentences carry only the mentions added by cross-document coreference. Extracted events after
    the annotated part are not judged. Reads the same file as :func:`crossdoc_events.read_article`
    and rebuilds the same text, so the offsets are into ``article.document.text``.
    """
    root = ET.parse(article.document.path).getroot()
    tokens = [(t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    text, offsets, _ = _rebuild(tokens)
    if text != article.document.text:
        raise InputError(article.document.path, "rebuilt text differs from the reader's")
    sentence_of = {t_id: sentence for t_id, sentence, _ in tokens}
    markables = root.find("Markables")
    relations = root.find("Relations")
    classes: dict[str, str] = {}
    mentions: dict[str, ET.Element] = {}
    for el in markables if markables is not None else ():
        if el.tag == "EVENT":
            classes[el.get("m_id", "")] = el.get("class") or ""
        elif el.tag == "EVENT_MENTION":
            mentions[el.get("m_id", "")] = el
    mention_class: dict[str, str] = {}
    for rel in relations.iter("REFERS_TO") if relations is not None else ():
        target = rel.find("target")
        if target is None or target.get("m_id") not in classes:
            continue
        for src in rel.iter("source"):
            mention_class[src.get("m_id", "")] = classes[target.get("m_id", "")]
    out = []
    last_sentence = 0
    for m_id, el in mentions.items():
        t_ids = [a.get("t_id", "") for a in el.iter("token_anchor") if a.get("t_id", "") in offsets]
        if not t_ids:
            continue
        spans = [offsets[t] for t in t_ids]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        factual = None
        if el.get("polarity") is not None:
            factual = (
                el.get("polarity") == "POS"
                and el.get("certainty") == "CERTAIN"
                and el.get("time") == "NON_FUTURE"
            )
            last_sentence = max([last_sentence] + [sentence_of[t] for t in t_ids])
        out.append(
            GoldEvent(
                start, end, (el.get("pred") or text[start:end]).lower(), mention_class.get(m_id, ""),
                el.get("pos") or "", factual,
            )
        )  # fmt: skip
    out.sort(key=lambda g: (g.start, g.end, g.pred))
    annotated_end = max((e for t, (_, e) in offsets.items() if sentence_of[t] <= last_sentence), default=0)
    return out, annotated_end


def align(event: EventMention, trigger: tuple[int, int], gold: Sequence[GoldEvent]) -> GoldEvent | None:
    """The gold mention inside the event's sentence whose span contains the trigger, if any
    (the narrowest one when several do)."""
    found = [
        g
        for g in gold
        if event.start <= g.start and g.end <= event.end and g.start <= trigger[0] and trigger[1] <= g.end
    ]
    return min(found, key=lambda g: (g.end - g.start, g.start)) if found else None


@dataclass
class Score:
    articles: int = 0
    extracted: int = 0
    dated: int = 0
    before_publication: int = 0
    judged: int = 0
    aligned: int = 0
    aligned_happening: int = 0
    happenings: int = 0
    found: int = 0
    factual: int = 0
    factual_found: int = 0
    by_pos: dict[str, list[int]] = field(default_factory=dict)  # pos -> [gold happenings, found]

    def add(self, other: Score) -> None:
        for name in (
            "articles", "extracted", "dated", "before_publication", "judged", "aligned", "aligned_happening", "happenings",
            "found", "factual", "factual_found",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for pos, (n, k) in other.by_pos.items():
            cur = self.by_pos.setdefault(pos, [0, 0])
            cur[0] += n
            cur[1] += k

    def line(self, name: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "nan"

        pos = " ".join(f"{p}={k}/{n}" for p, (n, k) in sorted(self.by_pos.items()))
        return (
            f"{name:9} extracted={self.extracted:4} per art={ratio(self.extracted, self.articles)} "
            f"when={ratio(self.dated, self.extracted)} "
            f"before-publication={ratio(self.before_publication, self.extracted)} | judged={self.judged:3} "
            f"P={ratio(self.aligned, self.judged)} ({self.aligned} aligned, {self.aligned_happening} to "
            f"happenings) | R={ratio(self.found, self.happenings)} ({self.found}/{self.happenings}) "
            f"Rf={ratio(self.factual_found, self.factual)} ({self.factual_found}/{self.factual}) | "
            f"R by gold pos: {pos}"
        )


def score_article(
    events: Sequence[tuple[EventMention, tuple[int, int]]], gold: Sequence[GoldEvent], annotated_end: int
) -> tuple[Score, list[str]]:
    """Score one article; also return printable judged events that align to no gold mention."""
    s = Score(articles=1, extracted=len(events))
    hit: set[GoldEvent] = set()
    misses = []
    for ev, trigger in events:
        s.dated += ev.when is not None and ev.when.start is not None
        s.before_publication += ev.when is not None and ev.when.value == "PAST_REF"
        if trigger[1] > annotated_end:
            continue
        s.judged += 1
        g = align(ev, trigger, gold)
        if g is None:
            when = ev.when.value if ev.when else None
            misses.append(f"{ev.predicate:12} {when!s:12} {ev.description!r}")
            continue
        s.aligned += 1
        s.aligned_happening += g.happening
        hit.add(g)
    for g in gold:
        if not g.happening or g.factual is None:
            continue
        s.happenings += 1
        s.found += g in hit
        cur = s.by_pos.setdefault(g.pos or "?", [0, 0])
        cur[0] += 1
        cur[1] += g in hit
        if g.factual:
            s.factual += 1
            s.factual_found += g in hit
    return s, misses


def run(folder: Path, topics: Sequence[str]) -> tuple[dict[str, Score], list[str]]:
    """Extract events from every article of ``topics`` and score them per topic."""
    articles = read_corpus(folder, topics)
    nlp = load_pipeline()
    t0 = time.perf_counter()
    docs = nlp.pipe((a.document.analysis_text for a in articles), batch_size=16)
    scores: dict[str, Score] = {t: Score() for t in topics}
    misses: list[str] = []
    for article, doc in zip(articles, docs, strict=True):
        analysis = analyse_document(article.document, doc)
        found = extract_event_triggers(article.document, doc, analysis.timexes, analysis.attributions)
        gold, annotated_end = gold_events(article)
        s, m = score_article(found, gold, annotated_end)
        scores[article.topic].add(s)
        if article.topic in TUNE:
            misses += [f"[{article.name[:40]}] {line}" for line in m]
    log.info("analysed %d articles in %.1f s", len(articles), time.perf_counter() - t0)
    return scores, misses


def _total(scores: Iterable[Score]) -> Score:
    out = Score()
    for s in scores:
        out.add(s)
    return out


def main(argv: list[str] | None = None) -> int:
    """Entry point; see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    ap.add_argument("--topics", nargs="*", default=list(TOPICS))
    ap.add_argument("--show", type=int, default=0, help="print this many unaligned events (dev topics only)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    scores, misses = run(args.meantime, args.topics)
    for topic in args.topics:
        print(scores[topic].line(topic))
    dev = [t for t in args.topics if t in TUNE]
    held = [t for t in args.topics if t not in TUNE]
    if dev:
        print(_total(scores[t] for t in dev).line("dev"))
    if held:
        print(_total(scores[t] for t in held).line("held-out"))
    for line in misses[: args.show]:
        print("unaligned", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
