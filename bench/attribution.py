"""Score graphbuild.claims on the PolNeAR attribution corpus (content F1, source and cue accuracy).

Usage::

    .venv/bin/python bench/attribution.py --split dev [--limit N] [--out runs/attribution-dev.jsonl] [--wrap 70]

Reads ../shared/bench/polnear/data/<split>/text/*.txt, parses with spaCy (timed),
runs attribution (timed separately), writes system output JSONL (one
``{"doc","content","source","cue"}`` a line) and scores it with
../shared/tools/attrib_score.py (content matched by any overlap, one-to-one). The
corpus is read in place, never copied. Develop on ``dev``; never tune on ``test``.

``--wrap N`` scores the same articles hard-wrapped at N columns, as agency copy is: where a line
would run past N, the space before the word becomes a line break (one character for one, so the
gold offsets hold). Each article then goes through :func:`graphbuild.claims.attribute_claims` as a
build reads it (spaCy parses :attr:`graphbuild.model.Document.analysis_text`). It measures what line
breaks inside sentences cost the claims stage (:mod:`graphbuild.wrapping`).
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpora  # bench/, beside this script

from graphbuild.claims import attribute_claims, attributions
from graphbuild.model import Document
from graphbuild.nlp import DEFAULT_BATCH_SIZE, load_pipeline

log = logging.getLogger("bench.attribution")

SHARED = corpora.SHARED
CORPUS = SHARED / "bench" / "polnear" / "data"
SCORER = SHARED / "tools" / "attrib_score.py"


def hard_wrap(text: str, width: int) -> str:
    r"""``text`` with its lines broken at ``width`` columns (a space before the overflowing word becomes
    a line break; a word longer than the line stays whole): the same length, offsets unchanged.

    >>> hard_wrap("one two three four", 9)
    'one two\nthree\nfour'
    """
    chars = list(text)
    line_start, last_space = 0, -1
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start, last_space = i + 1, -1
            continue
        if ch == " ":
            if i - line_start >= width:  # the line so far fills the width: break here
                chars[i] = "\n"
                line_start, last_space = i + 1, -1
                continue
            last_space = i
        elif i - line_start >= width and last_space >= 0:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(chars)


def run(split: str, limit: int | None, out: Path, wrap: int | None = None) -> dict[str, object]:
    """Parse, attribute and score one split; returns the scorer's figures plus timings. ``wrap``:
    hard-wrap the articles at that many columns and read them as a build does (see the module doc)."""
    if split not in ("dev", "train"):
        raise SystemExit("only the dev and train splits may be used for development")
    gold_dir = CORPUS / split
    annotated = {p.name.rsplit("_", 1)[0] for p in (gold_dir / "attributions").glob("*.ann")}
    paths = sorted(p for p in (gold_dir / "text").glob("*.txt") if p.stem in annotated)
    if limit:
        paths = paths[:limit]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    nlp = load_pipeline()
    if wrap:
        documents = [
            Document(Document.make_id(t), hard_wrap(t, wrap), "", str(p))
            for p, t in zip(paths, texts, strict=True)
        ]
        texts = [d.analysis_text for d in documents]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE))
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    if wrap:
        results = [attribute_claims(d, doc) for d, doc in zip(documents, docs, strict=True)]
    else:
        results = [attributions(doc) for doc in docs]
    t_attr = time.perf_counter() - t0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for path, atts in zip(paths, results, strict=True):
            for a in atts:
                row = {
                    "doc": path.name,
                    "content": list(a.content),
                    "source": list(a.source) if a.source else None,
                    "cue": list(a.cue) if a.cue else None,
                }
                fh.write(json.dumps(row) + "\n")
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(gold_dir), str(out)], capture_output=True, text=True, check=True
    )
    figures: dict[str, object] = json.loads(scored.stdout.strip().splitlines()[-1])
    if limit:
        # The scorer counts gold for every annotated article; rescore on the subset only.
        figures = _subset_score(gold_dir, out, {p.name for p in paths})
    figures.update(
        docs=len(paths),
        spacy_s=round(t_spacy, 2),
        attribution_s=round(t_attr, 2),
        overhead_pct=round(100 * t_attr / t_spacy, 1) if t_spacy else None,
    )
    return figures


def _subset_score(gold_dir: Path, out: Path, names: set[str]) -> dict[str, object]:
    sys.path.insert(0, str(SCORER.parent))
    import attrib_score  # the shared scorer's own definitions

    gold = {k: v for k, v in attrib_score.load_gold(gold_dir).items() if k in names}
    system: dict[str, list[dict[str, object]]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            system.setdefault(row["doc"], []).append(row)
    result: dict[str, object] = attrib_score.score(gold, system)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N annotated articles")
    parser.add_argument("--out", type=Path, default=None, help="system JSONL (default: a temporary file)")
    parser.add_argument("--wrap", type=int, default=None, help="hard-wrap the articles at N columns first")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = args.out or Path(tempfile.mkdtemp(prefix="attrib-")) / f"{args.split}.jsonl"
    figures = run(args.split, args.limit, out, args.wrap)
    log.info("system output: %s", out)
    log.info(
        "content P %.1f R %.1f F1 %.1f | source acc %.1f%% | cue acc %.1f%% | gold %s system %s matched %s",
        figures["content_p"],
        figures["content_r"],
        figures["content_f1"],
        figures["source_acc"],
        figures["cue_acc"],
        figures["gold"],
        figures["system"],
        figures["matched"],
    )
    log.info(
        "%s docs: spaCy %.2f s, attribution %.2f s (+%s%% on top of spaCy; bar: 15%%)",
        figures["docs"],
        figures["spacy_s"],
        figures["attribution_s"],
        figures["overhead_pct"],
    )
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
