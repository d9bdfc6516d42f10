"""Events across outlets, scored on hand-written multi-outlet stories with gold happening labels.

Usage::

    .venv/bin/python bench/events_stories.py [--show 20] [--stories s1 s2] [--set 2]

MEANTIME's gold cross-document event links leave only a handful of pairs that a dated-event
extractor can reach (``bench/crossdoc_events.py``: 3 on its held-out topics). This bench scores the
same thing on ``bench/events_stories_heldout.py``: invented stories, each told by three to five
outlets in their own words, written blind (without reading the extraction or merging code), with
every mention of a dated happening labelled by the real-world happening it names.

Each article goes through graphbuild as a user's build does: written as a JSONL record (title,
outlet, publication day, text), read by :func:`graphbuild.ingest.read_documents`, analysed by
:func:`graphbuild.pipeline.analyse_documents` with the real spaCy pipeline, its entities resolved
and its events merged by :func:`graphbuild.crossdoc.merge_events` (one story is one build, as in
``bench/crossdoc_events.py``). Extracted event descriptions are aligned to the gold mention in
their sentence that carries their predicate (:func:`crossdoc_events.align`); the scores are
pairwise over aligned descriptions in different documents of one story (``crossdoc_events.score``),
plus how many gold mentions were extracted at all (extraction recall) and how many extracted events
align to no gold mention (a judged-by-eye list with ``--show``, dev and opened stories only). Stories s1-s6 are
open for tuning (:data:`DEV_STORIES`); s7-s11 were held out until the second set was written and
scored, then OPENED (:data:`OPENED_STORIES`, the lead's decision, disclosed: held out at P 1.00 and R
0.11 to 0.18 through three rounds that did not move them, so they say what the rules miss on unseen
text); they print as "opened". The first run, on the code of 2026-11-22 before any tuning, scored all
eleven blind: aligned cross-document pairs P 1.00 R 0.14 (5 of 37), 5 of 681 gold pairs end to end,
95 of 335 gold mentions extracted.

``--set 2`` scores the second blind set instead (``bench/events_stories_heldout2.py``, stories
s12-s16, written on 2026-11-22 in other kinds of happening): all of it is held out, so only its
score lines are printed.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
import crossdoc_events as ce
import events_stories_heldout

from graphbuild import crossdoc
from graphbuild.ingest import read_documents
from graphbuild.model import Event
from graphbuild.nlp import load_pipeline
from graphbuild.pipeline import analyse_documents
from graphbuild.pipeline_stored import resolve_analyses

log = logging.getLogger("bench.events_stories")

#: Stories open for tuning; the others are held out: their scores are printed, their pairs never.
#: Chosen by number before the first score was seen.
DEV_STORIES = ("s1", "s2", "s3", "s4", "s5", "s6")
#: Held out until 2026-11-22, then opened for tuning (see the module docstring): printed apart.
OPENED_STORIES = ("s7", "s8", "s9", "s10", "s11")


def story_of(doc_id: str) -> str:
    """The story a document id belongs to ("s3-b" -> "s3")."""
    return doc_id.rsplit("-", 1)[0]


def gold_mentions(text: str, doc_id: str, rows: Sequence[tuple[str, str, str, str]]) -> list[ce.GoldMention]:
    """Character spans of the gold triggers of one document (each context occurs once in its text)."""
    out = []
    for _, context, trigger, label in rows:
        at = text.find(context)
        if at < 0 or text.find(context, at + 1) >= 0:
            raise SystemExit(f"{doc_id}: gold context {context!r} must occur exactly once in the text")
        inner = context.find(trigger)
        if inner < 0:
            raise SystemExit(f"{doc_id}: trigger {trigger!r} not in its context {context!r}")
        start = at + inner
        out.append(ce.GoldMention(start, start + len(trigger), label, trigger.lower()))
    return sorted(out, key=lambda m: (m.start, m.end))


def load(stories: Sequence[str] | None, tmp: Path, data: Any = events_stories_heldout) -> list[ce.Article]:
    """The articles of the chosen stories (of the set ``data``: a module with ``DOCS`` and ``GOLD``), read
    through graphbuild's own ingest, with gold mentions."""
    rows = [d for d in data.DOCS if stories is None or story_of(d[0]) in stories]
    path = tmp / "stories.jsonl"
    corpora.write_jsonl(
        ({"title": text.split("\n", 1)[0], "outlet": outlet, "published": day, "text": text, "url": f"bench:{doc_id}"}
         for doc_id, outlet, day, text in rows),
        path,
    )  # fmt: skip
    result = read_documents([path], english_only=False)
    if result.skipped:
        raise SystemExit(f"articles skipped on reading: {result.skipped}")
    by_url = {d.url: d for d in result.documents}
    gold: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for row in data.GOLD:
        gold[row[0]].append(row)
    articles = []
    for doc_id, _, _, _ in rows:
        document = by_url[f"bench:{doc_id}"]
        mentions = gold_mentions(document.text, doc_id, gold[doc_id])
        articles.append(ce.Article(story_of(doc_id), doc_id, document, tuple(mentions)))
    return articles


def run(articles: Sequence[ce.Article]) -> list[Event]:
    """Analyse every article with the real pipeline; resolve and merge each story as one build."""
    nlp = load_pipeline()
    analyses = {a.document.id: a for a in analyse_documents([x.document for x in articles], nlp, n_process=1)}
    merged: list[Event] = []
    for story in sorted({a.topic for a in articles}):
        part = [analyses[a.document.id] for a in articles if a.topic == story]
        resolution = resolve_analyses(part)  # as a build resolves them (names recalled across documents)
        index = crossdoc.MentionIndex.from_entities(resolution.entities)
        merged += crossdoc.merge_events(
            [e for an in part for e in an.events],
            participant_of=index.at,
            document_entities=index.entities_by_document(),
        )
    return merged


def extraction_recall(articles: Sequence[ce.Article], merged: Sequence[Event]) -> tuple[int, int, list[str]]:
    """(gold mentions an extracted event aligns to, gold mentions, extracted events aligned to none)."""
    by_doc = {a.document.id: a for a in articles}
    hit: set[tuple[str, int]] = set()
    stray = []
    for ev in merged:
        for m in ev.mentions:
            art = by_doc.get(m.doc_id)
            if art is None:
                continue  # another part's story
            g = ce.align(m, art.mentions, art.document.text)
            if g is None:
                when = m.when.value if m.when else None
                stray.append(f"NOT IN GOLD [{art.name}] {m.predicate} {when} {m.description!r}")
            else:
                hit.add((m.doc_id, g.start))
    total = sum(len(a.mentions) for a in articles)
    return len(hit), total, stray


def main(argv: list[str] | None = None) -> int:
    """Entry point; see the module docstring."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--stories", nargs="*", help="only these stories (default: all)")
    ap.add_argument("--show", type=int, default=0, help="print this many pair and extraction examples")
    ap.add_argument(
        "--set", choices=("1", "2"), default="1", help="1: s1-s11 (default); 2: s12-s16, held out"
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    if args.set == "2":
        import events_stories_heldout2 as data
    else:
        data = events_stories_heldout
    with tempfile.TemporaryDirectory(prefix="graphbuild-stories-") as tmp:
        articles = load(args.stories, Path(tmp), data)
    merged = run(articles)
    scores, examples = ce.score(articles, merged)
    stories = sorted({a.topic for a in articles})
    for story in stories:
        print(scores.get(story, ce.Score()).line(story))
    dev_lines: list[str] = []
    for part, names in (
        ("dev", [s for s in stories if s in DEV_STORIES]),
        ("opened", [s for s in stories if s in OPENED_STORIES]),
        ("held-out", [s for s in stories if s not in DEV_STORIES + OPENED_STORIES]),
    ):
        if not names:
            continue
        total_score = ce._sum(scores.get(s, ce.Score()) for s in names)
        print(total_score.line(part))
        chosen = [a for a in articles if a.topic in names]
        found, total, stray = extraction_recall(chosen, merged)
        print(
            f"{part:10} end to end: {total_score.tp} of {total_score.gold_pairs} gold cross-document pairs found "
            f"({total_score.tp / max(total_score.gold_pairs, 1):.2f}), {total_score.fp} false | gold mentions "
            f"extracted: {found}/{total} ({found / max(total, 1):.2f}) | extracted events aligned to no gold "
            f"mention: {len(stray)}"
        )
        if part != "held-out":
            dev_lines += [e for e in examples if any(f"[{s}]" in e for s in names)] + stray
    multi = sum(len({m.doc_id for m in e.mentions}) > 1 for e in merged)
    print(f"merged events: {len(merged)}, spanning more than one document: {multi}")
    for line in dev_lines[: args.show] if args.show else []:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
