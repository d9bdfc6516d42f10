"""Remember what each input file gave, so an incremental build does not read unchanged files again.

An entry is keyed by the file's resolved path and its ``stat`` signature (size,
modification and change times in nanoseconds, inode) together with everything
else that shapes the result: the manifest entry describing the file, the date
bounding believable publication dates, the length cap, the English-only switch,
the pipeline version and this encoding's version. Like git's index, a file
rewritten with the same size within one timestamp tick could be missed; every
other change (content, ``touch``, rename, a new manifest entry) is a miss and
the file is read afresh.

Entries are gzipped JSON (never pickle), written atomically without fsync: a
lost or unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from ._io import atomic_write_bytes
from .errors import GraphbuildError
from .ingest import FileItem, IngestWarning, process_file
from .ingest_manifest import ManifestEntry
from .model import PIPELINE_VERSION, Document, Skipped, content_hash
from .serialize import FORMAT_VERSION, SerializationError, from_jsonable, to_jsonable

log = logging.getLogger(__name__)

#: Version of the entry layout below; part of the key.
INGEST_CACHE_VERSION = 1
SUBDIR = "ingest"


def file_key(
    path: Path, entry: ManifestEntry | None, today: date, max_chars: int, english_only: bool
) -> str | None:
    """The cache key of one input file as it is now, or None if it cannot be stat'ed."""
    try:
        resolved = path.resolve()
        st = resolved.stat()
    except OSError:
        return None
    signature = [
        str(path),  # as given: documents record it
        str(resolved),
        st.st_size,
        st.st_mtime_ns,
        st.st_ctime_ns,
        st.st_ino,
        repr(entry),
        today.isoformat(),
        max_chars,
        english_only,
    ]
    body = json.dumps(signature, ensure_ascii=False)
    return content_hash(body, PIPELINE_VERSION, str(FORMAT_VERSION), str(INGEST_CACHE_VERSION), length=40)


def _skip_json(skip: Skipped) -> list[Any]:
    return [skip.path, skip.reason, skip.line]


def _skip_from(data: Any) -> Skipped:
    path, reason, line = data
    if (
        not isinstance(path, str)
        or not isinstance(reason, str)
        or not (line is None or isinstance(line, int))
    ):
        raise SerializationError("bad skipped entry")
    return Skipped(path, reason, line)


def _encode(bad: list[Skipped], items: list[FileItem]) -> bytes:
    data = {
        "bad": [_skip_json(s) for s in bad],
        "items": [
            {
                "path": item.path,
                "line": item.line,
                "document": to_jsonable(item.document) if item.document is not None else None,
                "skipped": _skip_json(item.skipped) if item.skipped is not None else None,
                "warnings": [[w.path, w.message, w.line] for w in item.warnings],
            }
            for item in items
        ],
    }
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(body.encode("utf-8"), compresslevel=5, mtime=0)


def _decode(raw: bytes) -> tuple[list[Skipped], list[FileItem]]:
    data = json.loads(gzip.decompress(raw).decode("utf-8"))
    if not isinstance(data, dict):
        raise SerializationError("not an ingest cache entry")
    bad = [_skip_from(s) for s in data["bad"]]
    items = []
    for obj in data["items"]:
        document = obj["document"]
        skipped = obj["skipped"]
        items.append(
            FileItem(
                obj["path"],
                obj["line"],
                document=from_jsonable(Document, document) if document is not None else None,
                skipped=_skip_from(skipped) if skipped is not None else None,
                warnings=tuple(IngestWarning(p, m, line) for p, m, line in obj["warnings"]),
            )
        )
    return bad, items


def cached_file_items(
    cache_dir: Path, path: Path, entry: ManifestEntry | None, today: date, max_chars: int, english_only: bool
) -> tuple[list[Skipped], list[FileItem]]:
    """:func:`graphbuild.ingest.process_file`, answered from ``cache_dir`` when the file is unchanged."""
    key = file_key(path, entry, today, max_chars, english_only)
    if key is None:
        return process_file(path, entry, today, max_chars, english_only)
    where = cache_dir / SUBDIR / key[:2] / f"{key}.json.gz"
    try:
        return _decode(where.read_bytes())
    except FileNotFoundError:
        pass
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, SerializationError) as exc:
        log.warning("ignoring unreadable ingest cache entry %s: %s", where, exc)
    bad, items = process_file(path, entry, today, max_chars, english_only)
    if not any(s.reason.startswith("cannot read") for s in bad):  # a passing I/O error is not remembered
        try:
            atomic_write_bytes(where, _encode(bad, items), durable=False)
        except GraphbuildError as exc:
            log.warning("cannot store ingest cache entry: %s", exc)
    return bad, items
