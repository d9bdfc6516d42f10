"""Score and time graphbuild.temporal on TimeBank (dev), AQUAINT and MEANTIME (held out).

    .venv/bin/python bench/temporal.py [--bench ../shared/bench] [--scorer ../shared/tools/timex_score.py] [--json]

Each corpus is annotated into a temporary directory (nothing is written into the repository)
and scored with the shared ``timex_score.py``: relaxed and strict span F1 and value F1, the
TempEval-3 Task A measures. MEANTIME's NAF/CAT XML is first turned into TimeML
(:func:`graphbuild.temporal.timeml.meantime_to_timeml`) so the same scorer applies.
TimeBank is split into two fixed halves by a hash of the file name (:func:`half_of`): rules are
developed on half A only; half B, AQUAINT and MEANTIME are held out.

Speed, after a warm-up pass: expressions normalised per second (each gold expression of the
corpora resolved alone against its document's creation date) and tagging throughput in
characters of running text per second.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from graphbuild.temporal import annotate_dir, read_timeml
from graphbuild.temporal.tagger import tag_timexes
from graphbuild.temporal.timeml import meantime_to_timeml

HERE = Path(__file__).resolve().parent
DEFAULT_BENCH = HERE.parent.parent / "shared" / "bench"
DEFAULT_SCORER = HERE.parent.parent / "shared" / "tools" / "timex_score.py"
#: (name, role, folder under the bench root, format)
CORPORA = (
    ("TimeBank", "dev", "tempeval3-train/TimeBank", "timeml"),
    ("AQUAINT", "held-out", "tempeval3-train/AQUAINT", "timeml"),
    ("MEANTIME", "held-out", "meantime/intra-doc_annotation", "meantime"),
)
#: (name, role, corpus split, half) rows scored on a fixed half of a corpus
HALVES = (("TimeBank-A", "dev", "TimeBank", "A"), ("TimeBank-B", "held-out", "TimeBank", "B"))
log = logging.getLogger("bench.temporal")


def half_of(name: str) -> str:
    """The fixed half ("A" or "B") a corpus file belongs to, from a hash of its file name."""
    return "A" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def half_dir(gold: Path, half: str, tmp: Path, name: str) -> Path:
    """A directory of links to the gold files of one half."""
    dst = tmp / f"{name}-gold"
    dst.mkdir()
    for p in sorted(gold.glob("*.tml")):
        if half_of(p.name) == half:
            (dst / p.name).symlink_to(p.resolve())
    return dst


def score(gold: Path, system: Path, scorer: Path) -> dict[str, float]:
    """Run the shared scorer on two directories of TimeML files with the same names."""
    out = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(system)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def gold_dir(root: Path, folder: str, fmt: str, tmp: Path, name: str) -> Path:
    """The corpus as a directory of TimeML files (MEANTIME converted into ``tmp``)."""
    src = root / folder
    if fmt == "timeml":
        return src
    dst = tmp / f"{name}-gold"
    dst.mkdir()
    for p in sorted(src.rglob("*.xml")):
        (dst / f"{p.stem}.tml").write_text(meantime_to_timeml(p), encoding="utf-8")
    return dst


def load_docs(gold: Path) -> list[tuple[str, date | None, list[tuple[str, str]]]]:
    """(text, creation date, [(gold expression text, gold value)]) for every TimeML file."""
    docs = []
    for p in sorted(gold.glob("*.tml")):
        text, dct, timexes = read_timeml(p)
        docs.append((text, dct, [(t.text, t.value) for t in timexes]))
    return docs


def speed(docs: list[tuple[str, date | None, list[tuple[str, str]]]], *, repeat: int = 3) -> dict[str, float]:
    """Expressions normalised per second and tagging characters per second, best of ``repeat`` after a warm-up."""
    exprs = [(e, dct) for _, dct, gold in docs for e, _ in gold]
    texts = [(text, dct) for text, dct, _ in docs]
    for e, dct in exprs:  # warm-up: regex caches, lazy imports
        tag_timexes(e, dct)
    best_expr = best_text = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for e, dct in exprs:
            tag_timexes(e, dct)
        best_expr = min(best_expr, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for text, dct in texts:
            tag_timexes(text, dct)
        best_text = min(best_text, time.perf_counter() - t0)
    chars = sum(len(t) for t, _ in texts)
    return {
        "expressions": len(exprs),
        "expr_per_s": round(len(exprs) / best_expr),
        "chars": chars,
        "chars_per_s": round(chars / best_text),
    }


def run_corpus(gold: Path, out: Path, scorer: Path, name: str, role: str) -> dict[str, float | str | int]:
    """Annotate the gold directory's texts into ``out`` and score them."""
    t0 = time.perf_counter()
    n = annotate_dir(gold, out)
    secs = time.perf_counter() - t0
    result: dict[str, float | str | int] = dict(score(gold, out, scorer))
    result.update(corpus=name, role=role, files=n, seconds=round(secs, 2))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--json", action="store_true", help="one JSON line per corpus instead of a table")
    ap.add_argument("--no-speed", action="store_true", help="skip the timing runs")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    rows = []
    all_docs = []
    golds: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="graphbuild-temporal-") as tmp_s:
        tmp = Path(tmp_s)
        for name, role, folder, fmt in CORPORA:
            if not (args.bench / folder).is_dir():
                log.warning("missing corpus %s", args.bench / folder)
                continue
            gold = golds[name] = gold_dir(args.bench, folder, fmt, tmp, name)
            rows.append(run_corpus(gold, tmp / name, args.scorer, name, role))
            all_docs += load_docs(gold)
        for name, role, corpus, half in HALVES:
            if corpus in golds:
                gold = half_dir(golds[corpus], half, tmp, name)
                rows.append(run_corpus(gold, tmp / name, args.scorer, name, role))
    speed_row = None if args.no_speed else speed(all_docs)
    if args.json:
        for r in rows:
            sys.stdout.write(json.dumps(r) + "\n")
        if speed_row:
            sys.stdout.write(json.dumps({"speed": speed_row}) + "\n")
        return 0
    head = f"{'corpus':<11} {'role':<9} {'files':>5} {'gold':>5} {'sys':>5} {'relaxed':>8} {'strict':>7} {'value':>7} {'type':>7}"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['corpus']:<11} {r['role']:<9} {r['files']:>5} {r['gold']:>5} {r['system']:>5} "
            f"{r['relaxed_f1']:>8.2f} {r['strict_f1']:>7.2f} {r['value_f1']:>7.2f} {r['type_f1']:>7.2f}"
        )
    if speed_row:
        lines.append("")
        lines.append(
            f"normalisation: {speed_row['expr_per_s']:,} expressions/s ({speed_row['expressions']} expressions); "
            f"tagging: {speed_row['chars_per_s']:,} chars/s ({speed_row['chars']:,} chars)"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
