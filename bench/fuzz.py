"""Long fuzz run over the parts that read untrusted text: the temporal tagger and the JSONL and HTML readers.

Inputs are random strings and mutations of the seed articles (slices, deletions,
duplications, splices, date-like and markup tokens, odd Unicode). Each target must
keep its contract:

* ``timex``: ``graphbuild.temporal.tag(text, anchor)`` never raises; results are sorted,
  non-overlapping, ``text[t.start:t.end] == t.text``, intervals have start <= end.
* ``jsonl``: ``read_jsonl`` never raises; every record's line number is a real line, one
  record per line at most.
* ``html``: ``read_html`` never raises; it returns an ``Article`` with text or a ``Skipped``.

A call running longer than ``--hang`` seconds is interrupted and counted as a failure
(catastrophic regex backtracking shows up here); calls over ``--slow`` are listed.

    python bench/fuzz.py                      # 100,000 inputs (60% timex, 25% jsonl, 15% html)
    python bench/fuzz.py --count 5000 --seconds 60 --save out/fuzz-failures

Exit status 1 when a failure was found. Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphbuild import temporal  # noqa: E402
from graphbuild.ingest_formats import Article, read_html, read_jsonl  # noqa: E402
from graphbuild.model import Skipped  # noqa: E402

log = logging.getLogger("fuzz")

TARGETS = ("timex", "jsonl", "html")
DEFAULT_SHARES = {"timex": 0.60, "jsonl": 0.25, "html": 0.15}

_TOKENS = [
    "2023", "1999", "12", "31", "0", "-", "/", ".", ",", ":", "T", "Z", "+01:00", "BC", "AD",
    "Dec.", "December", "Nov", "Monday", "last week", "next year", "the same day", "yesterday",
    "two weeks ago", "from", "to", "between", "and", "until", "since", "early", "mid-", "late",
    "Q3", "FY2024", "the 1990s", "24th", "1st", "noon", "10:30 p.m.", "(Reuters) -", "BRUSSELS,",
    "—", "–", "\u00a0", "\u200b", "\ufeff", "\r\n", "\n", "\t", "é", "ß", "Ω", "中", "😀", "\ud7ff",
    '"', "'", "“", "”", "<", ">", "&amp;", "<p>", "</p>", "<script>", "<!--", "-->", "<![CDATA[",
    '{"', '"}', "\\", "\\u0000", "\\ud800", "\\udc00x", "&#xD800;", "&#0;", "&#x1F600;", "\x00", "\x1b",
    "null", "[", "]", "9" * 30,
]  # fmt: skip
_ALPHABET = "0123456789 -/.,:;'\"()[]{}<>&\n\tabcdefghijklmnopqrstuvwxyzADJFMNOSTé€中\u00a0\u200b"


def _seeds() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return texts or ["On December 4, 2023, the minister said talks would resume next week."]


def _random_text(rng: random.Random, size: int) -> str:
    if rng.random() < 0.5:
        return "".join(rng.choice(_ALPHABET) for _ in range(size))
    return " ".join(rng.choice(_TOKENS) for _ in range(max(1, size // 6)))


def _mutate(rng: random.Random, text: str, seeds: list[str]) -> str:
    for _ in range(rng.randint(1, 8)):
        n = len(text)
        i, j = sorted((rng.randint(0, n), rng.randint(0, n)))
        op = rng.randrange(7)
        if op == 0:
            text = text[:i] + text[j:]  # delete
        elif op == 1:
            text = text[:j] + text[i:j] + text[j:]  # duplicate
        elif op == 2:
            text = text[:i] + rng.choice(_TOKENS) + text[i:]  # insert a token
        elif op == 3:
            other = rng.choice(seeds)
            k = rng.randint(0, len(other))
            text = text[:i] + other[k : k + rng.randint(0, 400)] + text[j:]  # splice
        elif op == 4:
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == 5:
            text = text[:i] + _random_text(rng, rng.randint(1, 20)) + text[j:]
        else:
            text = text[:i] + rng.choice(_TOKENS) * rng.randint(2, 60) + text[j:]  # repetition
    return text


def _text_input(rng: random.Random, seeds: list[str]) -> str:
    if rng.random() < 0.3:
        return _random_text(rng, rng.randint(0, 400))
    seed = rng.choice(seeds)
    start = rng.randint(0, len(seed))
    return _mutate(rng, seed[start : start + rng.randint(0, 1500)], seeds)


def _jsonl_input(rng: random.Random, seeds: list[str]) -> str:
    lines = []
    for _ in range(rng.randint(1, 5)):
        record: dict[str, Any] = {"text": _text_input(rng, seeds)}
        for key in ("title", "outlet", "url", "published", "extra"):
            if rng.random() < 0.4:
                record[key] = rng.choice(
                    [_text_input(rng, seeds)[:80], None, 42, ["x"], {"a": 1}, "2023-02-30", "2023-12-04"]
                )
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.3:
            line = _mutate(rng, line, seeds)
        lines.append(line)
    return rng.choice(["\n", "\r\n"]).join(lines)


def _html_input(rng: random.Random, seeds: list[str]) -> str:
    parts = ["<html><head>"]
    if rng.random() < 0.6:
        parts.append(f"<title>{_text_input(rng, seeds)[:80]}</title>")
    if rng.random() < 0.4:
        parts.append(f'<meta property="article:published_time" content="{rng.choice(_TOKENS)}">')
    parts.append("</head><body><article>")
    for _ in range(rng.randint(0, 8)):
        tag = rng.choice(["p", "div", "h1", "h2", "li", "blockquote", "script", "nav", "time", "table"])
        parts.append(f"<{tag}>{_text_input(rng, seeds)[:600]}</{tag}>")
    parts.append("</article></body></html>")
    page = "".join(parts)
    return _mutate(rng, page, seeds) if rng.random() < 0.4 else page


class _Hang(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Hang


def _check_timex(text: str, rng: random.Random) -> None:
    anchor = None if rng.random() < 0.3 else date(2000, 1, 1) + timedelta(days=rng.randint(0, 12000))
    found = temporal.tag(text, anchor)
    last_end = -1
    for t in found:
        if not 0 <= t.start < t.end <= len(text) or text[t.start : t.end] != t.text:
            raise AssertionError(f"bad offsets {t.start}-{t.end} for {t.text!r}")
        if t.start < last_end:
            raise AssertionError(f"overlapping or unsorted timex at {t.start}")
        last_end = t.end
        lo, hi = t.interval
        if lo is not None and hi is not None and lo > hi:
            raise AssertionError(f"interval start after end: {t.value} {lo} > {hi}")


def _check_jsonl(text: str, rng: random.Random) -> None:
    articles, skipped = read_jsonl(text.replace("\r\n", "\n"), "fuzz.jsonl")
    n_lines = len(text.replace("\r\n", "\n").split("\n"))
    lines = [a.line for a in articles] + [s.line for s in skipped]
    if any(not isinstance(n, int) or not 1 <= n <= n_lines for n in lines) or len(lines) != len(set(lines)):
        raise AssertionError(f"bad line numbers {lines} for {n_lines} lines")
    for article in articles:
        _check_article_text(article)


def _check_article_text(article: Article) -> None:
    if not article.text.strip():
        raise AssertionError("article without text")
    article.text.encode("utf-8")  # a lone surrogate would only fail when graph.json is written
    for value in (article.title, article.outlet, article.url):
        if value is not None:
            value.encode("utf-8")
    if "\x00" in article.text:
        raise AssertionError("NUL character in article text")


def _check_html(text: str, rng: random.Random) -> None:
    result = read_html(text, "fuzz.html")
    if not isinstance(result, (Article, Skipped)):
        raise AssertionError(f"returned {type(result).__name__}")
    if isinstance(result, Article):
        _check_article_text(result)


_MAKERS: dict[str, Callable[[random.Random, list[str]], str]] = {
    "timex": _text_input,
    "jsonl": _jsonl_input,
    "html": _html_input,
}
_CHECKS: dict[str, Callable[[str, random.Random], None]] = {
    "timex": _check_timex,
    "jsonl": _check_jsonl,
    "html": _check_html,
}


@dataclass
class Finding:
    """One kind of failure (target, error type, message) with its shortest example."""

    target: str
    error: str
    count: int = 0
    example: str = ""
    trace: str = ""


@dataclass
class FuzzStats:
    """What a run did: inputs per target, failures, slow inputs, time."""

    counts: Counter[str] = field(default_factory=Counter)
    findings: dict[tuple[str, str], Finding] = field(default_factory=dict)
    slow: list[tuple[float, str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The run as JSON-ready data."""
        return {
            "inputs": dict(self.counts),
            "total": sum(self.counts.values()),
            "seconds": round(self.seconds, 1),
            "failures": [
                {
                    "target": f.target,
                    "error": f.error,
                    "count": f.count,
                    "example": f.example,
                    "trace": f.trace,
                }
                for f in sorted(self.findings.values(), key=lambda f: (f.target, f.error))
            ],
            "slow": [
                {"seconds": round(s, 2), "target": t, "input": x[:2000]}
                for s, t, x in sorted(self.slow)[-10:]
            ],
        }


def _record(stats: FuzzStats, target: str, text: str, err: BaseException) -> None:
    first = (str(err).splitlines() or [""])[0][:160]
    error = f"{type(err).__name__}: {first}" if not isinstance(err, _Hang) else "hang"
    finding = stats.findings.setdefault((target, error), Finding(target, error))
    finding.count += 1
    if not finding.example or len(text) < len(finding.example):
        finding.example = text
        finding.trace = "".join(traceback.format_exception(err)[-4:])


def run_fuzz(
    *,
    count: int = 100_000,
    seconds: float | None = None,
    seed: int = 0,
    targets: tuple[str, ...] = TARGETS,
    hang: float = 10.0,
    slow: float = 1.0,
) -> FuzzStats:
    """Fuzz ``targets`` with ``count`` inputs in all (shared as in ``DEFAULT_SHARES``), stopping early
    after ``seconds``; return counts, failures and slow inputs."""
    rng = random.Random(seed)
    seeds = _seeds()
    shares = {t: DEFAULT_SHARES[t] for t in targets}
    total_share = sum(shares.values())
    quota = {t: round(count * s / total_share) for t, s in shares.items()}
    schedule = [t for t in targets for _ in range(quota[t])]
    rng.shuffle(schedule)
    stats = FuzzStats()
    started = time.perf_counter()
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        for i, target in enumerate(schedule):
            if seconds is not None and time.perf_counter() - started > seconds:
                log.info("time bound reached after %d inputs", i)
                break
            text = _MAKERS[target](rng, seeds)
            t0 = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, hang)
            try:
                _CHECKS[target](text, rng)
            except (Exception, _Hang) as err:  # a fuzzer records every failure and goes on
                _record(stats, target, text, err)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.perf_counter() - t0
            if took > slow:
                stats.slow.append((took, target, text))
            stats.counts[target] += 1
            if (i + 1) % 10000 == 0:
                log.info(
                    "%d inputs, %d failure kinds, %.0f s",
                    i + 1,
                    len(stats.findings),
                    time.perf_counter() - started,
                )
    finally:
        signal.signal(signal.SIGALRM, previous)
    stats.seconds = time.perf_counter() - started
    return stats


def _save(stats: FuzzStats, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, f in enumerate(sorted(stats.findings.values(), key=lambda f: (f.target, f.error))):
        (folder / f"{n:03d}-{f.target}.txt").write_text(f.example, encoding="utf-8", errors="surrogatepass")
    (folder / "summary.json").write_text(
        json.dumps(stats.to_json(), indent=2, ensure_ascii=False), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    """Command line: run the fuzzer and print a summary; 1 when failures were found."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="inputs in all (default 100000)")
    parser.add_argument("--seconds", type=float, help="stop after this many seconds")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated: timex,jsonl,html")
    parser.add_argument("--hang", type=float, default=10.0, help="a call over this many seconds is a failure")
    parser.add_argument("--slow", type=float, default=1.0, help="list calls over this many seconds")
    parser.add_argument("--save", type=Path, help="write failing inputs and summary.json here")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="fuzz: %(message)s")
    logging.getLogger("graphbuild").setLevel(logging.ERROR)  # readers warn on every bad date
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    targets = tuple(t for t in args.targets.split(",") if t)
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target {unknown[0]!r} (known: {', '.join(TARGETS)})")
    stats = run_fuzz(
        count=args.count,
        seconds=args.seconds,
        seed=args.seed,
        targets=targets,
        hang=args.hang,
        slow=args.slow,
    )
    if args.save:
        _save(stats, args.save)
    summary = stats.to_json()
    if args.json:
        sys.stdout.write(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    else:
        lines = [f"inputs: {summary['total']} {summary['inputs']} in {summary['seconds']} s"]
        lines.append(
            f"failures: {sum(f['count'] for f in summary['failures'])} ({len(summary['failures'])} kinds)"
        )
        for f in summary["failures"]:
            lines.append(
                f"  [{f['target']}] {f['error']} x{f['count']}; shortest input: {f['example'][:200]!r}"
            )
        for s in summary["slow"]:
            lines.append(f"  slow: [{s['target']}] {s['seconds']} s, {len(s['input'])} chars")
        sys.stdout.write("\n".join(lines) + "\n")
    return 1 if stats.findings else 0


if __name__ == "__main__":
    sys.exit(main())
