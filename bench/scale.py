"""Peak memory and time of a large build (issue bar: a 20,000-story build stays under 4 GB).

Usage::

    .venv/bin/python bench/scale.py [--stories 20000] [--processes N] [--keep DIR]

Takes the first ``--stories`` stories from Reuters-21578 (19,043 with a body), then PolNeAR
(924 political articles) and Wikinews (295), writes them to one temporary JSONL file and runs
``graphbuild build FILE --out OUT`` (the CLI, as a user would: graph.json, explorer.html, the
analysis cache) in a child process. While it runs, the memory of the whole process tree (the
build and its worker processes) is sampled every 0.2 s from /proc: the sum of PSS
(proportional set size: pages shared by forked workers are counted once, split between them)
and each process's RSS. Prints the peak total PSS (the figure held against the bar), the peak
RSS of the main process and of the largest worker, wall time, and the build's own stage
timings from build-report.json. The corpora are read in place and the outputs are deleted
afterwards unless ``--keep`` names a directory to keep them in.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import corpora  # noqa: E402

BAR_MB = 4096.0


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _tree(pid: int) -> list[int]:
    out = [pid]
    for child in _children(pid):
        out.extend(_tree(child))
    return out


def _kb(pid: int, name: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def sample(pid: int) -> tuple[int, int, int]:
    """(total PSS of the tree, RSS of ``pid``, largest RSS of a descendant), in KiB."""
    tree = _tree(pid)
    pss = sum(_kb(p, "smaps_rollup", "Pss:") for p in tree)
    main = _kb(pid, "status", "VmRSS:")
    worker = max((_kb(p, "status", "VmRSS:") for p in tree[1:]), default=0)
    return pss, main, worker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=20000)
    parser.add_argument("--processes", "-j", type=int, help="Worker processes (default: by input size).")
    parser.add_argument("--keep", type=Path, help="Keep the input and outputs in this directory.")
    args = parser.parse_args(argv)

    stories = itertools.chain(corpora.reuters(), corpora.polnear(), corpora.wikinews())
    records = list(itertools.islice(stories, args.stories))
    with tempfile.TemporaryDirectory(prefix="graphbuild-scale-") as tmp_name:
        root = args.keep or Path(tmp_name)
        root.mkdir(parents=True, exist_ok=True)
        src, out = root / "stories.jsonl", root / "out"
        n = corpora.write_jsonl(records, src)
        cmd = [str(REPO / ".venv" / "bin" / "graphbuild"), "build", str(src), "--out", str(out)]
        if args.processes:
            cmd += ["--processes", str(args.processes)]
        env = dict(os.environ, GRAPHBUILD_CACHE=str(root / "cache"))
        t0 = time.perf_counter()
        log = (root / "build.log").open("w")
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log)
        peak = (0, 0, 0)
        while proc.poll() is None:
            s = sample(proc.pid)
            peak = (max(peak[0], s[0]), max(peak[1], s[1]), max(peak[2], s[2]))
            time.sleep(0.2)
        wall = time.perf_counter() - t0
        log.close()
        if proc.returncode not in (0, 3):
            print((root / "build.log").read_text()[-2000:], file=sys.stderr)
            return 1
        report = json.loads((out / "build-report.json").read_text())
    total_mb = peak[0] / 1024
    print(f"stories written: {n:,}; documents built: {report['counts']['documents']:,}")
    print(f"nodes: {report['counts']['nodes']}")
    print(f"wall time: {wall:.0f} s ({n / wall:.1f} stories/s)")
    print(f"peak memory, whole process tree (sum of PSS): {total_mb:,.0f} MiB (bar < {BAR_MB:,.0f} MiB)")
    print(f"peak RSS: main process {peak[1] / 1024:,.0f} MiB, largest worker {peak[2] / 1024:,.0f} MiB")
    print("stages (s): " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(report["timings"].items())))
    return 0 if total_mb < BAR_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
