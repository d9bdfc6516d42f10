"""Readers for the benchmark corpora in ../shared/bench (or $GRAPHBUILD_SHARED/bench), as graphbuild JSONL records.

The corpora are read in place (never copied into the repository); :func:`write_jsonl` writes
selected records to a file the pipeline ingests (a temporary directory in the benchmarks).
"""

from __future__ import annotations

import csv
import gzip
import html
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any


def _shared() -> Path:
    """The shared data folder: ``$GRAPHBUILD_SHARED``, else ``../shared`` beside the repository."""
    env = os.environ.get("GRAPHBUILD_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


#: ``../shared`` (scorers in ``tools/``, corpora in ``bench/``); a clone elsewhere sets $GRAPHBUILD_SHARED.
SHARED = _shared()
BENCH = SHARED / "bench"
MEANTIME = BENCH / "meantime"
REUTERS = BENCH / "reuters21578" / "reuters21578.jsonl.gz"
WIKINEWS = BENCH / "wikinews" / "data"
POLNEAR = BENCH / "polnear" / "data"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SIGNOFF = re.compile(r"\s*\bReuter\s*$")


def require(path: Path, what: str) -> Path:
    """``path`` if it exists, else exit with a message saying where the data was looked for."""
    if not path.exists():
        raise SystemExit(
            f"{what} not found at {path}: the benchmark corpora live in ../shared/bench beside the "
            "repository; set GRAPHBUILD_SHARED to the shared folder (or pass the path option)"
        )
    return path


def _open(path: Path) -> Any:
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")


def _clean(text: str) -> str:
    text = _CONTROL.sub("", html.unescape(text))
    return _SIGNOFF.sub("", text).strip()


def _reuters_day(raw: str) -> str | None:
    try:
        return datetime.strptime(raw.strip().split()[0], "%d-%b-%Y").date().isoformat()
    except (ValueError, IndexError):
        return None


def reuters(n: int | None = None, *, skip: int = 0, corpus: Path = REUTERS) -> Iterator[dict[str, Any]]:
    """Stories with a body, in corpus order: ``skip`` of them, then the next ``n`` (all when None)."""
    seen = 0
    taken = 0
    with _open(corpus) as fh:
        for line in fh:
            if n is not None and taken >= n:
                return
            obj = json.loads(line)
            body = _clean(obj.get("body") or "")
            if not body:
                continue
            seen += 1
            if seen <= skip:
                continue
            dateline = _clean(obj.get("dateline") or "")
            yield {
                "text": f"{dateline} {body}" if dateline else body,
                "title": _clean(obj.get("title") or "") or None,
                "outlet": "Reuters",
                "published": _reuters_day(obj.get("date") or ""),
            }
            taken += 1


def wikinews(n: int | None = None, *, folder: Path = WIKINEWS) -> Iterator[dict[str, Any]]:
    """Wikinews articles (url, date, title, text) in file order."""
    csv.field_size_limit(sys.maxsize)
    taken = 0
    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if n is not None and taken >= n:
                    return
                text = (row.get("text") or "").strip()
                if not text:
                    continue
                yield {
                    "text": text,
                    "title": (row.get("title") or "").strip() or None,
                    "outlet": "Wikinews",
                    "url": row.get("url") or None,
                    "published": (row.get("date") or "")[:10] or None,
                }
                taken += 1


def polnear(n: int | None = None, *, folder: Path = POLNEAR) -> Iterator[dict[str, Any]]:
    """PolNeAR's political news articles (train then dev split, file order), with publisher and date."""
    meta: dict[str, dict[str, str]] = {}
    with open(folder / "metadata.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            meta[row["filename"]] = row
    taken = 0
    for split in ("train", "dev"):
        for path in sorted((folder / split / "text").glob("*.txt")):
            if n is not None and taken >= n:
                return
            text = path.read_text(encoding="utf-8").strip()
            if text:
                row = meta.get(path.stem, {})
                yield {
                    "text": text,
                    "title": row.get("title") or None,
                    "outlet": row.get("publisher") or None,
                    "published": row.get("publication_date") or None,
                }
                taken += 1


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write records as JSONL; returns how many were written."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
