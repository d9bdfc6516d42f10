"""Score and time graphbuild.temporal on TimeBank and AQUAINT (dev and held-out halves) and MEANTIME.

    .venv/bin/python bench/temporal.py [--bench ../shared/bench] [--scorer ../shared/tools/timex_score.py] [--json]
    .venv/bin/python bench/temporal.py --errors dev|aquaint-b [--limit 15]
    .venv/bin/python bench/temporal.py --by-rule dev

Each corpus is annotated into a temporary directory (nothing is written into the repository)
and scored with the shared ``timex_score.py``: relaxed and strict span F1 and value F1, the
TempEval-3 Task A measures. MEANTIME's NAF/CAT XML is first turned into TimeML
(:func:`graphbuild.temporal.timeml.meantime_to_timeml`) so the same scorer applies.
TimeBank and AQUAINT are each split into two fixed halves by a hash of the file name
(:func:`half_of`); MEANTIME is split by topic the way ``bench/crossdoc_events.py`` splits it
(dev: airbus and apple, held-out: gm and stock). Rules are developed on the dev parts only
(TimeBank-A, AQUAINT-A, MEANTIME-dev); only the aggregate scores of the held-out parts are
looked at. AQUAINT-B was held out until 2026-11-22, when the lead opened it as a further dev set
(its role reads "opened 2026-11-22"); TimeBank-B and MEANTIME-B stay held out. ``--errors dev``
lists, for the dev parts only, the missed, spurious and wrongly valued expressions grouped by
category; ``--errors aquaint-b`` does the same for AQUAINT-B.

Speed, after a warm-up pass: expressions normalised per second (each gold expression of the
corpora resolved alone against its document's creation date), in wall-clock and CPU time, and
tagging throughput in characters of running text per second.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import corpora

from graphbuild.model import Timex
from graphbuild.temporal import annotate_dir, read_timeml
from graphbuild.temporal.tagger import tag_timexes
from graphbuild.temporal.timeml import dateline_date, meantime_to_timeml

HERE = Path(__file__).resolve().parent
DEFAULT_BENCH = corpora.BENCH
DEFAULT_SCORER = corpora.SHARED / "tools" / "timex_score.py"
#: (name, role, folder under the bench root, format)
CORPORA = (
    ("TimeBank", "all", "tempeval3-train/TimeBank", "timeml"),  # both halves: see HALVES
    ("AQUAINT", "all", "tempeval3-train/AQUAINT", "timeml"),
    ("MEANTIME", "all", "meantime/intra-doc_annotation", "meantime"),  # both parts: see HALVES
)
#: (name, role, corpus split, half) rows scored on a fixed part of a corpus
HALVES = (
    ("TimeBank-A", "dev", "TimeBank", "A"),
    ("TimeBank-B", "held-out", "TimeBank", "B"),
    ("AQUAINT-A", "dev", "AQUAINT", "A"),
    ("AQUAINT-B", "opened 2026-11-22", "AQUAINT", "B"),
    ("MEANTIME-dev", "dev", "MEANTIME", "dev"),
    ("MEANTIME-B", "held-out", "MEANTIME", "held-out"),
)
#: MEANTIME's topic folders (``corpus_<topic>``) in each part, as in bench/crossdoc_events.py
MEANTIME_TOPICS = {"dev": ("airbus", "apple"), "held-out": ("gm", "stock")}
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


def meantime_part_dir(root: Path, folder: str, part: str, tmp: Path, name: str) -> Path:
    """MEANTIME's topics of one part (``dev`` or ``held-out``) converted to TimeML in ``tmp``."""
    dst = tmp / f"{name}-gold"
    dst.mkdir()
    for topic in MEANTIME_TOPICS[part]:
        for p in sorted((root / folder / f"corpus_{topic}").rglob("*.xml")):
            (dst / f"{p.stem}.tml").write_text(meantime_to_timeml(p), encoding="utf-8")
    return dst


def part_dir(root: Path, corpus: str, half: str, tmp: Path, name: str) -> Path:
    """The gold TimeML directory of one row of :data:`HALVES`."""
    folder, fmt = next((f, fmt) for n, _, f, fmt in CORPORA if n == corpus)
    if fmt == "meantime":
        return meantime_part_dir(root, folder, half, tmp, name)
    return half_dir(root / folder, half, tmp, name)


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


def speed(docs: list[tuple[str, date | None, list[tuple[str, str]]]], *, repeat: int = 5) -> dict[str, float]:
    """Expressions normalised per second and tagging characters per second, best of ``repeat`` after a warm-up.

    Both wall-clock and CPU-time rates are reported: on a shared machine the wall clock also
    counts the time other processes hold the CPU.
    """
    exprs = [(e, dct) for _, dct, gold in docs for e, _ in gold]
    texts = [(text, dct) for text, dct, _ in docs]
    for e, dct in exprs:  # warm-up: regex caches, lazy imports
        tag_timexes(e, dct)
    best_expr = best_text = best_expr_cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for e, dct in exprs:
            tag_timexes(e, dct)
        best_expr = min(best_expr, time.perf_counter() - t0)
        best_expr_cpu = min(best_expr_cpu, time.process_time() - c0)
        t0 = time.perf_counter()
        for text, dct in texts:
            tag_timexes(text, dct)
        best_text = min(best_text, time.perf_counter() - t0)
    chars = sum(len(t) for t, _ in texts)
    return {
        "expressions": len(exprs),
        "expr_per_s": round(len(exprs) / best_expr),
        "expr_per_cpu_s": round(len(exprs) / max(best_expr_cpu, 1e-9)),
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


def _value_shape(value: str) -> str:
    """A coarse shape of a TIMEX3 value: digits to 9 ("2023-W47" -> "9999-W99")."""
    return re.sub(r"\d", "9", value or "")


def _context(text: str, s: int, e: int, width: int = 50) -> str:
    left = text[max(0, s - width) : s].replace("\n", " ")
    right = text[e : e + width].replace("\n", " ")
    return f"...{left}[[{text[s:e]}]]{right}..."


def _first_overlaps(gold_tx: list[Timex], sys_tx: list[Timex]) -> list[int | None]:
    """For each gold expression, the index of the system one the scorer pairs it with (the first unused
    overlapping one), or None."""
    used: set[int] = set()
    hits: list[int | None] = []
    for g in gold_tx:
        hit = next(
            (i for i, t in enumerate(sys_tx) if i not in used and t.start < g.end and g.start < t.end), None
        )
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits


def rule_counts(gold: Path) -> dict[str, dict[str, int]]:
    """Per rule family (the rule name before its first ":"), how many system expressions of the TimeML
    files in ``gold`` have the gold value ("ok"), another value ("value") or no gold partner ("spurious")."""
    counts: dict[str, dict[str, int]] = {}
    for p in sorted(gold.glob("*.tml")):
        text, dct, gold_tx = read_timeml(p)
        sys_tx = tag_timexes(text, dct or dateline_date(text), merge_ranges=False)
        partner = {
            i: g for g, i in zip(gold_tx, _first_overlaps(gold_tx, sys_tx), strict=True) if i is not None
        }
        for i, t in enumerate(sys_tx):
            g = partner.get(i)
            kind = "spurious" if g is None else ("ok" if g.value == t.value else "value")
            row = counts.setdefault(t.rule.split(":")[0], {"ok": 0, "value": 0, "spurious": 0})
            row[kind] += 1
    return counts


def error_rows(gold: Path) -> list[dict[str, str]]:
    """Missed, spurious and wrongly valued expressions of every TimeML file in ``gold``.

    Matching follows the scorer: each gold expression takes the first unused overlapping system one.
    """
    rows: list[dict[str, str]] = []
    for p in sorted(gold.glob("*.tml")):
        text, dct, gold_tx = read_timeml(p)
        dct = dct or dateline_date(text)  # as annotate_timeml does
        sys_tx = tag_timexes(text, dct, merge_ranges=False)
        hits = _first_overlaps(gold_tx, sys_tx)
        used = {i for i in hits if i is not None}
        for g, hit in zip(gold_tx, hits, strict=True):
            base = {
                "doc": p.name,
                "dct": str(dct),
                "gold": g.text,
                "gold_value": g.value,
                "gold_type": g.type,
            }
            if hit is None:
                cat = f"missed {g.type} {_value_shape(g.value)}"
                rows.append({**base, "kind": "missed", "cat": cat, "ctx": _context(text, g.start, g.end)})
                continue
            t = sys_tx[hit]
            if t.value != g.value:
                cat = f"value {t.rule.split(':')[0]} gold={_value_shape(g.value)} sys={_value_shape(t.value)}"
                rows.append(
                    {**base, "kind": "value", "cat": cat, "sys": t.text, "sys_value": t.value, "rule": t.rule,
                     "ctx": _context(text, g.start, g.end)}
                )  # fmt: skip
        for i, t in enumerate(sys_tx):
            if i not in used:
                rows.append(
                    {"doc": p.name, "dct": str(dct), "kind": "spurious", "cat": f"spurious {t.rule.split(':')[0]}",
                     "sys": t.text, "sys_value": t.value, "rule": t.rule, "ctx": _context(text, t.start, t.end)}
                )  # fmt: skip
    return rows


def print_errors(rows: list[dict[str, str]], limit: int) -> None:
    """Categories by size, each with up to ``limit`` examples."""
    by_cat: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_cat.setdefault(r["cat"], []).append(r)
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    out = [f"errors: {kinds}"]
    for cat, rs in sorted(by_cat.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        out.append(f"\n## {cat}  ({len(rs)})")
        for r in rs[:limit]:
            if r["kind"] == "missed":
                out.append(f"  {r['dct']}  gold {r['gold']!r}={r['gold_value']}  {r['ctx']}")
            elif r["kind"] == "spurious":
                out.append(f"  {r['dct']}  sys {r['sys']!r}={r['sys_value']} ({r['rule']})  {r['ctx']}")
            else:
                out.append(
                    f"  {r['dct']}  gold {r['gold']!r}={r['gold_value']}  sys {r['sys']!r}={r['sys_value']}"
                    f" ({r['rule']})  {r['ctx']}"
                )
    sys.stdout.write("\n".join(out) + "\n")


def print_rule_counts(bench: Path) -> None:
    """A table of :func:`rule_counts` for each dev part (never the held-out ones): ok/value/spurious."""
    dev = [(name, corpus, half) for name, role, corpus, half in HALVES if role == "dev"]
    per_part: dict[str, dict[str, dict[str, int]]] = {}
    for name, corpus, half in dev:
        with tempfile.TemporaryDirectory(prefix="graphbuild-temporal-") as tmp_s:
            per_part[name] = rule_counts(part_dir(bench, corpus, half, Path(tmp_s), name))
    rules = sorted({r for counts in per_part.values() for r in counts})
    zero = {"ok": 0, "value": 0, "spurious": 0}
    lines = [f"{'rule':<22}" + "".join(f"{name + ' ok/value/spur':>30}" for name, _, _ in dev)]
    for r in rules:
        cells = []
        for name, _, _ in dev:
            c = per_part[name].get(r, zero)
            cells.append(f"{c['ok']}/{c['value']}/{c['spurious']}".rjust(30))
        lines.append(f"{r:<22}" + "".join(cells))
    sys.stdout.write("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--json", action="store_true", help="one JSON line per corpus instead of a table")
    ap.add_argument("--no-speed", action="store_true", help="skip the timing runs")
    ap.add_argument(
        "--dev-only",
        action="store_true",
        help="score only the dev parts and the opened AQUAINT-B (no whole-corpus rows, no held-out parts)",
    )
    ap.add_argument(
        "--errors",
        choices=["dev", "aquaint-b"],
        help="list the errors on the dev halves, or on AQUAINT-B (opened as a dev set on 2026-11-22), and stop; "
        "never on the held-out ones",
    )
    ap.add_argument("--limit", type=int, default=15, help="examples shown per error category")
    ap.add_argument(
        "--by-rule",
        choices=["dev"],
        help="per rule family, system expressions with the right value, a wrong one or none in gold, on the "
        "dev parts only, and stop",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.by_rule:
        print_rule_counts(args.bench)
        return 0
    if args.errors:
        rows = []
        for name, role, corpus, half in HALVES:
            if (args.errors == "dev" and role != "dev") or (
                args.errors == "aquaint-b" and name != "AQUAINT-B"
            ):
                continue
            with tempfile.TemporaryDirectory(prefix="graphbuild-temporal-") as tmp_s:
                rows += [
                    {**r, "dct": f"{name} {r['dct']}"}
                    for r in error_rows(part_dir(args.bench, corpus, half, Path(tmp_s), name))
                ]
        print_errors(rows, args.limit)
        return 0
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
            if not args.dev_only:
                rows.append(run_corpus(gold, tmp / name, args.scorer, name, role))
            all_docs += load_docs(gold)
        for name, role, corpus, half in HALVES:
            if args.dev_only and role == "held-out":
                continue
            if corpus in golds:
                gold = part_dir(args.bench, corpus, half, tmp, name)
                rows.append(run_corpus(gold, tmp / name, args.scorer, name, role))
    speed_row = None if args.no_speed else speed(all_docs)
    if args.json:
        for r in rows:
            sys.stdout.write(json.dumps(r) + "\n")
        if speed_row:
            sys.stdout.write(json.dumps({"speed": speed_row}) + "\n")
        return 0
    head = f"{'corpus':<12} {'role':<17} {'files':>5} {'gold':>5} {'sys':>5} {'relaxed':>8} {'strict':>7} {'value':>7} {'type':>7}"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['corpus']:<12} {r['role']:<17} {r['files']:>5} {r['gold']:>5} {r['system']:>5} "
            f"{r['relaxed_f1']:>8.2f} {r['strict_f1']:>7.2f} {r['value_f1']:>7.2f} {r['type_f1']:>7.2f}"
        )
    if speed_row:
        lines.append("")
        lines.append(
            f"normalisation: {speed_row['expr_per_s']:,} expressions/s wall, {speed_row['expr_per_cpu_s']:,}/s CPU "
            f"({speed_row['expressions']} expressions); "
            f"tagging: {speed_row['chars_per_s']:,} chars/s ({speed_row['chars']:,} chars)"
        )
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
