"""Name-mention detection on MEANTIME: what the tagger finds, and what recalling names adds.

Usage::

    .venv/bin/python bench/mentions.py [--meantime DIR]

``bench/entities.py`` scores resolution on gold mentions; this scores the mentions themselves. The
120 English MEANTIME articles (their tokens joined by spaces, one sentence a line, as
``bench/entities.py`` reads them) go through graphbuild's per-document stage with the real spaCy
pipeline, as one build. Gold: the named entity mentions (syntactic type NAM / PRE.NAM). System:

* ``tagged``: the mentions extraction keeps from the tagger (:func:`graphbuild.entities.extract_mentions`
  and the speaking firms), what a build resolved before names were recalled;
* ``+ recalled``: those plus the names recalled across the build for the entities they name
  (:func:`graphbuild.entities_recall.recalled_mentions`), what a build's entities hold now.

Scores: precision, recall and F1 of spans, exact (same characters) and relaxed (overlapping; each
gold and each system mention counted once). MEANTIME annotates persons, organisations, places,
products and financial entities only, so nationalities ("American") and works count as false
here; both rows pay that alike, and the difference between them is what recalling adds.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from entities import DEFAULT_MEANTIME, load_meantime

from graphbuild.entities import resolve_entities
from graphbuild.entities_recall import recalled_mentions
from graphbuild.model import Document, Mention
from graphbuild.nlp import load_pipeline
from graphbuild.pipeline import analyse_documents

Span = tuple[str, int, int]


def score(gold: Iterable[Span], system: Iterable[Span]) -> dict[str, float]:
    """Exact and relaxed (overlap) precision, recall and F1 of ``system`` spans against ``gold``."""
    gold_set, system_set = set(gold), set(system)
    exact = len(gold_set & system_set)
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for d, s, e in gold_set:
        by_doc[d].append((s, e))

    def overlaps(span: Span) -> list[tuple[int, int]]:
        d, s, e = span
        return [(gs, ge) for gs, ge in by_doc.get(d, ()) if gs < e and s < ge]

    hit_system = sum(1 for span in system_set if overlaps(span))
    hit_gold = len({(span[0], *g) for span in system_set for g in overlaps(span)})
    out = {}
    for name, tp_p, tp_r in (("exact", exact, exact), ("relaxed", hit_system, hit_gold)):
        p = tp_p / len(system_set) if system_set else 0.0
        r = tp_r / len(gold_set) if gold_set else 0.0
        out[f"{name}_P"], out[f"{name}_R"] = 100 * p, 100 * r
        out[f"{name}_F1"] = 200 * p * r / (p + r) if p + r else 0.0
    out["system"] = len(system_set)
    return out


def _spans(mentions: Iterable[Mention]) -> list[Span]:
    return [(m.doc_id, m.start, m.end) for m in mentions]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    texts: dict[str, str] = {}
    gold_mentions, _ = load_meantime(args.meantime, texts)
    documents = {}
    for doc_id in sorted(texts):
        text = texts[doc_id]
        documents[doc_id] = Document(
            id=doc_id, text=text, title=text.split("\n", 1)[0], path=doc_id, outlet=None, published=None
        )
    analyses = list(analyse_documents(list(documents.values()), load_pipeline(), n_process=1))
    tagged = [m for a in analyses for m in a.mentions]
    recalled = [
        m for ms in recalled_mentions(resolve_entities(tagged).entities, analyses).values() for m in ms
    ]
    gold = _spans(gold_mentions)
    print(f"MEANTIME: {len(gold)} gold name mentions in {len(documents)} documents")
    rows = (("tagged", tagged), ("+ recalled", tagged + recalled))
    for name, mentions in rows:
        r = score(gold, _spans(mentions))
        print(
            f"  {name:<11} exact P {r['exact_P']:5.1f} R {r['exact_R']:5.1f} F1 {r['exact_F1']:5.1f} | "
            f"relaxed P {r['relaxed_P']:5.1f} R {r['relaxed_R']:5.1f} F1 {r['relaxed_F1']:5.1f} "
            f"[{int(r['system'])} mentions]"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
