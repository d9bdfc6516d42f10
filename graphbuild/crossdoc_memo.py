"""What statement merging decided for each speaker's block of reports, kept for the next build.

:func:`graphbuild.crossdoc.merge_statements` compares reports only within a block (one resolved
speaker; reports without one by their words), and everything a block's clusters depend on is in
the block: its reports, their documents' publication days, and the code. An incremental build
(``build NEW --into DIR``) adds a few stories to thousands, so almost every block is the same as in
the build before; this memo holds each block's clusters under a digest of exactly those inputs, and
merging takes them from it instead of comparing the block's pairs again. A block whose digest is
not found (a new report, another speaker id, other code) is compared as before, so the statements
are the same with the memo and without it.

A report is named by its document's analysis key (:func:`graphbuild.cache.document_key`: the
document, the pipeline version and the model, hence everything extracted from it) and its content
span. The code is the digest of the package's source files: any change in them is another key.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from . import _json
from ._io import package_digest as code_digest
from ._io import write_quietly
from .model import Attribution

log = logging.getLogger(__name__)

#: The memo's file in a cache directory.
MEMO_FILE = "statement-blocks.json"
#: Format tag of the file.
MEMO_FORMAT = 1


class StatementMemo:
    """Block digest -> the block's clusters (lists of positions in the block's canonical order).

    ``document_keys`` maps document ids to their analysis keys; a block with a report of a document
    not in it is never memoised. :meth:`found` reads the previous build's entries, :meth:`keep`
    records this build's, and :meth:`write` stores only those (blocks of documents no longer built
    are dropped)."""

    def __init__(
        self, document_keys: Mapping[str, str], previous: Mapping[str, list[list[int]]] | None = None
    ) -> None:
        self.document_keys = document_keys
        self.previous: Mapping[str, list[list[int]]] = previous or {}
        self.current: dict[str, list[list[int]]] = {}
        self.hits = 0

    def digest(
        self, block: object, reports: Sequence[Attribution], published: Mapping[str, str]
    ) -> str | None:
        """The key of ``block`` (its speaker id, or the words of reports without one) holding
        ``reports`` in canonical order; None when a report's document has no known analysis key."""
        parts = [code_digest(), repr(block)]
        keys = self.document_keys
        for r in reports:
            key = keys.get(r.doc_id)
            if key is None:
                return None
            parts.append(f"{key}:{r.content[0]}:{r.content[1]}:{published.get(r.doc_id, '')}")
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]

    def found(self, digest: str, size: int) -> list[list[int]] | None:
        """The clusters stored under ``digest`` for a block of ``size`` reports, if any (and well formed)."""
        clusters = self.previous.get(digest)
        if not isinstance(clusters, list):
            return None
        seen = sorted(p for c in clusters if isinstance(c, list) for p in c if type(p) is int)
        if seen != list(range(size)) or any(not isinstance(c, list) or not c for c in clusters):
            return None  # not a partition of the block: ignored, the block is compared again
        self.current[digest] = clusters
        self.hits += 1
        return clusters

    def keep(self, digest: str, clusters: list[list[int]]) -> None:
        self.current[digest] = clusters

    @classmethod
    def read(cls, directory: str | Path, document_keys: Mapping[str, str]) -> StatementMemo:
        """The memo stored in ``directory`` (empty when absent or unreadable; logged unless absent)."""
        path = Path(directory) / MEMO_FILE
        previous: dict[str, list[list[int]]] = {}
        try:
            data: Any = _json.loads(path.read_bytes())
        except FileNotFoundError:
            data = None
        except (OSError, ValueError) as exc:
            log.warning("ignoring the statement memo %s: %s", path, exc)
            data = None
        if (
            isinstance(data, dict)
            and data.get("format") == MEMO_FORMAT
            and isinstance(data.get("blocks"), dict)
        ):
            previous = data["blocks"]
        return cls(document_keys, previous)

    def write(self, directory: str | Path) -> Path | None:
        """Store this build's blocks in ``directory`` atomically; None (logged) when that fails."""
        return write_quietly(
            Path(directory) / MEMO_FILE,
            _json.dumps({"format": MEMO_FORMAT, "blocks": self.current}),
            "could not write the statement memo",
        )


__all__ = ["MEMO_FILE", "StatementMemo", "code_digest"]
