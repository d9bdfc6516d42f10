"""Print the events graphbuild extracts from a sample of Wikinews articles, for hand-checking.

Usage::

    .venv/bin/python bench/events_sample.py [--wikinews DIR] [--articles 30] [--jsonl OUT.jsonl]
        [--offset K] [--exclude EARLIER.jsonl ...]

The sample is deterministic: every k-th article of the 2019-2021 Wikinews CSVs (url, date,
title, text), so that ``--articles`` of them are spread over the whole period. Each event is
printed with its date (TIMEX3 value, interval, the words that dated it), predicate,
participants with roles and the sentence that carries it. ``--jsonl`` also writes one event a
line with an empty ``ok`` field to fill in; ``--score LABELLED.jsonl`` then prints precision
(``ok`` true/false; lines without a verdict are ignored).
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import corpora

from graphbuild.ingest import read_documents
from graphbuild.nlp import load_pipeline
from graphbuild.pipeline import analyse_documents

log = logging.getLogger("bench.events_sample")
DEFAULT_WIKINEWS = corpora.BENCH / "wikinews"


def sample_articles(
    folder: Path, n: int, offset: int = 0, exclude: frozenset[str] = frozenset()
) -> list[dict[str, str]]:
    """Every k-th article (sorted by file, then row) so that ``n`` are picked, starting at
    ``offset`` (a different offset gives a disjoint, held-out sample). Articles whose title is in
    ``exclude`` (those of earlier samples) are left out before picking."""
    csv.field_size_limit(1 << 26)
    rows: list[dict[str, str]] = []
    for path in sorted((folder / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend(
                r
                for r in csv.DictReader(fh)
                if (r.get("text") or "").strip() and r.get("title") not in exclude
            )
    if not rows:
        raise SystemExit(f"no articles under {folder / 'data'}")
    step = max(1, len(rows) // n)
    return rows[offset % step :: step][:n]


def event_rows(articles: list[dict[str, str]]) -> list[dict[str, object]]:
    """Extract events from the articles with the real pipeline; one row per event mention."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in articles:
                record = {"text": a["text"], "title": a["title"], "url": a["url"], "published": a["date"]}
                fh.write(json.dumps({**record, "outlet": "Wikinews"}) + "\n")
        documents = read_documents([path]).documents
        nlp = load_pipeline()
        rows = []
        for analysis in analyse_documents(documents, nlp, n_process=1):
            for ev in analysis.events:
                w = ev.when
                rows.append(
                    {
                        "doc": analysis.document.title,
                        "value": w.value if w else None,
                        "interval": [str(w.start), str(w.end)] if w else None,
                        "timex": w.text if w else None,
                        "predicate": ev.predicate,
                        "description": ev.description,
                        "participants": [[p.role, p.text] for p in ev.participants],
                        "sentence": " ".join(ev.text.split()),
                        "ok": None,
                    }
                )
    return rows


def score(path: Path) -> None:
    """Precision over hand-labelled rows (``ok`` true or false)."""
    labelled = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [r for r in labelled if r.get("ok") is not None]
    good = sum(1 for r in judged if r["ok"])
    if judged:
        print(f"precision {good}/{len(judged)} = {good / len(judged):.2f} ({len(labelled)} events listed)")
    else:
        print("no labelled rows")


def main(argv: list[str] | None = None) -> int:
    """Entry point; see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wikinews", type=Path, default=DEFAULT_WIKINEWS)
    ap.add_argument("--articles", type=int, default=30)
    ap.add_argument(
        "--offset", type=int, default=0, help="start of the sample (another offset: a held-out sample)"
    )
    ap.add_argument("--jsonl", type=Path, help="also write the events here, one a line, for labelling")
    ap.add_argument(
        "--exclude",
        type=Path,
        nargs="*",
        default=[],
        help="JSONL files of earlier samples: their articles are left out (a disjoint sample)",
    )
    ap.add_argument("--score", type=Path, help="print precision of a labelled JSONL file and exit")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.score:
        score(args.score)
        return 0
    exclude = frozenset(
        json.loads(line).get("doc")
        for path in args.exclude
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    rows = event_rows(sample_articles(args.wikinews, args.articles, args.offset, exclude))
    for i, r in enumerate(rows):
        parts = "; ".join(f"{role}={text}" for role, text in r["participants"])  # type: ignore[union-attr]
        print(f"[{i}] {r['value']} ({r['timex']})  {r['predicate']}  | {parts}")
        print(f"     {r['sentence']}")
    print(f"{len(rows)} events from {args.articles} articles")
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
