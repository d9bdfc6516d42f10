"""Cross-document event merging scored against MEANTIME's gold cross-document event coreference.

Usage::

    .venv/bin/python bench/crossdoc_events.py [--meantime DIR] [--topics airbus apple] [--show 20]

MEANTIME (English, CC BY 4.0) holds 120 Wikinews articles in four topics (airbus, apple, gm,
stock) whose event mentions are linked, within and across documents, to event instances
(``intra_cross-doc_annotation/``). The files are read in place, never copied. Each article is
rebuilt as plain text from its tokens (offsets kept per token), dated by its creation time, run
through graphbuild's own per-document stages (spaCy via :func:`graphbuild.nlp.load_pipeline`,
:func:`graphbuild.pipeline.analyse_documents`), its entities resolved, and its events merged by
:func:`graphbuild.crossdoc.merge_events`, exactly as :func:`graphbuild.pipeline.assemble_graph`
does.

An extracted event is aligned to the gold event mention inside its sentence whose tokens carry
its predicate (lemma or word match). Scores are over pairs of aligned extracted mentions in
different documents of one topic: a pair is gold-positive when both mentions refer to the same
gold instance, predicted-positive when both are in one merged Event. Predicted cross-document
pairs with an unaligned mention cannot be judged and are counted apart. Tune on two topics and
report the other two as held-out (the default split: tune airbus + apple, held-out gm + stock).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import corpora

from graphbuild import crossdoc
from graphbuild.crossdoc_lexicon import IRREGULAR
from graphbuild.crossdoc_tokens import stem
from graphbuild.model import Document, Event, EventMention, TimeSpan, Timex
from graphbuild.nlp import load_pipeline
from graphbuild.pipeline import analyse_document
from graphbuild.pipeline_stored import resolve_analyses

log = logging.getLogger("bench.crossdoc_events")
DEFAULT_MEANTIME = corpora.MEANTIME
TOPICS = ("airbus", "apple", "gm", "stock")
TUNE = ("airbus", "apple")
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "'s", "n't", "%", "'"}
_NO_SPACE_AFTER = {"(", "$", "US$", "#"}


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    instance: str | None  # cross-document instance id, None when not linked
    pred: str


@dataclass(frozen=True)
class Article:
    topic: str
    name: str
    document: Document
    mentions: tuple[GoldMention, ...]


def _rebuild(tokens: Sequence[tuple[str, int, str]]) -> tuple[str, dict[str, tuple[int, int]], str]:
    """Plain text from (t_id, sentence, word) tokens; the title (sentence 0) and the dateline
    (sentence 1) on lines of their own. Returns text, token offsets and the title."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sentence, prev_word = None, ""
    for t_id, sentence, word in tokens:
        if prev_sentence is not None:
            if sentence != prev_sentence and prev_sentence <= 1:
                sep = "\n"
            elif word in _NO_SPACE_BEFORE or prev_word in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        offsets[t_id] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sentence, prev_word = sentence, word
    text = "".join(parts)
    title = text.split("\n", 1)[0]
    return text, offsets, title


def read_article(path: Path, topic: str) -> Article:
    """One MEANTIME file: its text, creation date and gold event mentions with instance ids."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in root.iter("token")]
    text, offsets, title = _rebuild(tokens)
    markables = root.find("Markables")
    instances: dict[str, str] = {}
    created: date | None = None
    anchors: dict[str, list[str]] = {}
    preds: dict[str, str] = {}
    if markables is not None:
        for el in markables:
            m_id = el.get("m_id", "")
            if el.tag == "EVENT" and el.get("instance_id"):
                instances[m_id] = el.get("instance_id", "")
            elif el.tag == "EVENT_MENTION":
                anchors[m_id] = [a.get("t_id", "") for a in el.iter("token_anchor")]
                preds[m_id] = (el.get("pred") or "").lower()
            elif el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
                try:
                    created = date.fromisoformat((el.get("value") or "")[:10])
                except ValueError:
                    created = None
    refers: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None or target.get("m_id") not in instances:
                continue
            for src in rel.iter("source"):
                refers[src.get("m_id", "")] = instances[target.get("m_id", "")]
    mentions = []
    for m_id, t_ids in anchors.items():
        spans = [offsets[t] for t in t_ids if t in offsets]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        mentions.append(GoldMention(start, end, refers.get(m_id), preds[m_id] or text[start:end].lower()))
    published = TimeSpan.day(created, rule="meantime-creation-time") if created else None
    document = Document(
        id=Document.make_id(text), text=text, title=title, path=str(path), outlet="Wikinews",
        published=published, published_source="metadata" if published else None,
    )  # fmt: skip
    return Article(topic, path.stem, document, tuple(sorted(mentions, key=lambda m: (m.start, m.end))))


def read_corpus(folder: Path, topics: Iterable[str]) -> list[Article]:
    """Every article of the given topics, sorted by topic and file name."""
    out = []
    for topic in topics:
        topic_dir = corpora.require(folder / "intra_cross-doc_annotation" / f"corpus_{topic}", "MEANTIME")
        paths = sorted(topic_dir.glob("*.xml"))
        if not paths:
            raise SystemExit(f"no MEANTIME articles in {topic_dir}")
        out.extend(read_article(path, topic) for path in paths)
    return out


def align(event: EventMention, gold: Sequence[GoldMention], text: str) -> GoldMention | None:
    """The gold mention in the event's sentence that carries its predicate, if any."""
    inside = [g for g in gold if event.start <= g.start and g.end <= event.end]
    parts = event.predicate.split("_")
    keys = {stem(parts[0]), stem(parts[-1])}  # "step_down" carries "stepped", "find_guilty" "guilty"
    for g in inside:
        if (
            g.pred in (event.predicate, event.predicate.replace("_", " "))
            or stem(IRREGULAR.get(g.pred, g.pred)) in keys
        ):
            return g
    for g in inside:
        words = text[g.start : g.end].lower().split()
        if any(stem(IRREGULAR.get(w, w)) in keys for w in words):  # "bought" carries "buy"
            return g
    return None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    unjudged: int = 0
    extracted: int = 0
    aligned: int = 0
    linked: int = 0
    gold_pairs: int = 0

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")
        f = 2 * p * r / (p + r) if p + r else float("nan")
        return (
            f"{name:10} cross-doc pairs P={p:.2f} R={r:.2f} F1={f:.2f} (tp={self.tp} fp={self.fp} fn={self.fn}; "
            f"unjudged merged pairs={self.unjudged}) | events extracted={self.extracted} aligned={self.aligned} "
            f"linked to a gold instance={self.linked} | gold cross-doc pairs in corpus={self.gold_pairs}"
        )


def score(articles: Sequence[Article], merged: Sequence[Event]) -> tuple[dict[str, Score], list[str]]:
    """Pairwise cross-document scores per topic, plus printable examples of errors."""
    by_doc = {a.document.id: a for a in articles}
    cluster: dict[tuple[str, int, str], int] = {}
    for k, ev in enumerate(merged):
        for m in ev.mentions:
            cluster[(m.doc_id, m.start, m.predicate)] = k
    scores: dict[str, Score] = defaultdict(Score)
    examples: list[str] = []
    rows: dict[str, list[tuple[EventMention, GoldMention | None]]] = defaultdict(list)
    for ev in merged:
        for m in ev.mentions:
            art = by_doc[m.doc_id]
            g = align(m, art.mentions, art.document.text)
            rows[art.topic].append((m, g))
    for topic, items in rows.items():
        s = scores[topic]
        items.sort(key=lambda x: (x[0].doc_id, x[0].start, x[0].predicate))
        s.extracted = len(items)
        s.aligned = sum(g is not None for _, g in items)
        s.linked = sum(g is not None and g.instance is not None for _, g in items)
        for (ma, ga), (mb, gb) in combinations(items, 2):
            if ma.doc_id == mb.doc_id:
                continue
            predicted = (
                cluster[(ma.doc_id, ma.start, ma.predicate)] == cluster[(mb.doc_id, mb.start, mb.predicate)]
            )
            if ga is None or gb is None or ga.instance is None or gb.instance is None:
                s.unjudged += predicted
                if predicted:  # shown so a merge the gold cannot judge can be judged by eye
                    examples.append(
                        f"UJ [{topic}] {ma.predicate} {ma.when.value if ma.when else None} "
                        f"{ma.description!r} || {mb.predicate} {mb.when.value if mb.when else None} "
                        f"{mb.description!r}"
                    )
                continue
            gold = ga.instance == gb.instance
            s.tp += predicted and gold
            s.fp += predicted and not gold
            s.fn += gold and not predicted
            if predicted or gold:
                tag = ("TP" if gold else "FP") if predicted else "FN"
                examples.append(
                    f"{tag} [{topic}] {ma.predicate} {ma.when.value if ma.when else None} "
                    f"{ma.description!r} || {mb.predicate} {mb.when.value if mb.when else None} {mb.description!r}"
                )
    for topic in {a.topic for a in articles}:
        docs: dict[str, set[str]] = defaultdict(set)
        for a in articles:
            if a.topic != topic:
                continue
            for g in a.mentions:
                if g.instance is not None:
                    docs[g.instance].add(a.document.id)
        count: dict[str, int] = defaultdict(int)
        for a in articles:
            if a.topic == topic:
                for g in a.mentions:
                    if g.instance is not None:
                        count[g.instance] += 1
        total = 0
        for inst, n in count.items():
            per_doc: dict[str, int] = defaultdict(int)
            for a in articles:
                if a.topic == topic:
                    for g in a.mentions:
                        if g.instance == inst:
                            per_doc[a.document.id] += 1
            same_doc = sum(k * (k - 1) // 2 for k in per_doc.values())
            total += n * (n - 1) // 2 - same_doc
        scores[topic].gold_pairs = total
    return dict(scores), examples


def _sum(scores: Iterable[Score]) -> Score:
    out = Score()
    for s in scores:
        for f in ("tp", "fp", "fn", "unjudged", "extracted", "aligned", "linked", "gold_pairs"):
            setattr(out, f, getattr(out, f) + getattr(s, f))
    return out


def gold_trigger_events(article: Article, doc: Any, timexes: Sequence[Timex]) -> list[EventMention]:
    """EventMentions at the gold triggers that are linked to a cross-document instance, built with
    graphbuild's own parse: predicate lemma, participants (as :mod:`graphbuild.events` finds them) and
    the date the trigger governs (None when it governs none). Isolates merging from extraction."""
    from graphbuild import events as ev_mod

    governed: dict[int, Timex] = {}
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.interval[0] is None:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        verb = ev_mod._governing_verb(span)
        if verb is not None and (
            verb.i not in governed or ev_mod._width(timex) < ev_mod._width(governed[verb.i])
        ):
            governed[verb.i] = timex
    text = article.document.text
    out = []
    for g in article.mentions:
        if g.instance is None:
            continue
        span = doc.char_span(g.start, g.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tok = span.root
        sent = tok.sent
        when = governed.get(tok.i)
        participants = tuple(ev_mod._participants(tok, text))
        out.append(
            EventMention(
                doc_id=article.document.id, start=sent.start_char, end=sent.end_char,
                text=text[sent.start_char : sent.end_char], predicate=tok.lemma_.lower(),
                description=ev_mod._description(tok, participants), participants=participants,
                when=when.to_timespan() if when else None,
            )
        )  # fmt: skip
    return out


def run(
    folder: Path, topics: Sequence[str], *, gold_triggers: bool = False
) -> tuple[list[Article], list[Event]]:
    """Analyse the articles with graphbuild's stages and merge their events (per topic: one topic
    is one story, resolved and merged as one graphbuild run would be)."""
    articles = read_corpus(folder, topics)
    nlp = load_pipeline()
    t0 = time.perf_counter()
    docs = list(nlp.pipe((a.document.analysis_text for a in articles), batch_size=16))
    analyses = [analyse_document(a.document, d) for a, d in zip(articles, docs, strict=True)]
    log.info("analysed %d articles in %.1f s", len(articles), time.perf_counter() - t0)
    merged: list[Event] = []
    for topic in topics:
        part = [(an, ar, d) for an, ar, d in zip(analyses, articles, docs, strict=True) if ar.topic == topic]
        resolution = resolve_analyses([an for an, _, _ in part])  # as a build resolves them
        index = crossdoc.MentionIndex.from_entities(resolution.entities)
        if gold_triggers:
            found = [e for an, ar, d in part for e in gold_trigger_events(ar, d, an.timexes)]
        else:
            found = [e for an, _, _ in part for e in an.events]
        merged += crossdoc.merge_events(
            found, participant_of=index.at, document_entities=index.entities_by_document()
        )
    return articles, merged


def main(argv: list[str] | None = None) -> int:
    """Entry point; see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    ap.add_argument("--topics", nargs="*", default=list(TOPICS))
    ap.add_argument(
        "--gold-triggers",
        action="store_true",
        help="merge events built at the gold triggers (isolates merging)",
    )
    ap.add_argument("--show", type=int, default=0, help="print this many error examples (tuning topics only)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    articles, merged = run(args.meantime, args.topics, gold_triggers=args.gold_triggers)
    scores, examples = score(articles, merged)
    for topic in args.topics:
        print(scores.get(topic, Score()).line(topic))
    tune = [t for t in args.topics if t in TUNE]
    held = [t for t in args.topics if t not in TUNE]
    if tune:
        print(_sum(scores.get(t, Score()) for t in tune).line("tune"))
    if held:
        print(_sum(scores.get(t, Score()) for t in held).line("held-out"))
    multi = sum(len({m.doc_id for m in e.mentions}) > 1 for e in merged)
    print(f"merged events: {len(merged)}, spanning more than one document: {multi}")
    shown = [e for e in examples if any(f"[{t}]" in e for t in TUNE)][: args.show]
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
