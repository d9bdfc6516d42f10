"""The ``manifest.json`` sidecar and metadata dates.

A directory of plain article files may carry a ``manifest.json`` giving what
the files themselves cannot say reliably: outlet, title, URL and publication
date, with a sentence on how each was established::

    {
      "description": "optional free text about the collection",
      "documents": {
        "article-1.txt": {
          "title": "NATO chief says ...",
          "outlet": "Example News",
          "outlet_how": "the article names itself: 'Example News could not verify ...'",
          "url": null,
          "published": "2023-12-04",
          "published_how": "the dateline reads 'BRUSSELS, December 4'; the year from the events reported",
          "note": "optional free text"
        }
      }
    }

Every key is optional inside an entry except that unknown keys are errors (a
typo must not silently drop metadata). ``published`` is ``YYYY-MM-DD``,
``YYYY-MM`` or ``YYYY``. Entry names are plain file names in the manifest's own
directory. Everything is validated here, once, and problems raise
:class:`~graphbuild.errors.InputError` naming the manifest and the key.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import TimeSpan, Timex

__all__ = ["MANIFEST_NAME", "Manifest", "ManifestEntry", "parse_metadata_date", "read_manifest"]

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"

_TOP_KEYS = frozenset({"documents", "description"})
_ENTRY_KEYS = frozenset({"title", "outlet", "outlet_how", "url", "published", "published_how", "note"})
_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_DATETIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}")


@dataclass(frozen=True)
class ManifestEntry:
    """Metadata for one file, as the manifest gives it (None: not given)."""

    name: str
    title: str | None = None
    outlet: str | None = None
    outlet_how: str | None = None
    url: str | None = None
    published: TimeSpan | None = None
    published_how: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Manifest:
    """A validated ``manifest.json``: its path and its entries by file name."""

    path: str
    entries: tuple[ManifestEntry, ...]
    description: str | None = None

    def get(self, name: str) -> ManifestEntry | None:
        """The entry for file ``name`` in the manifest's directory, or None."""
        for entry in self.entries:
            if entry.name == name:
                return entry
        return None


def _last_day(year: int, month: int) -> date:
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def _iso_span(value: str, rule: str) -> TimeSpan | None:
    m = _ISO_RE.match(value) or _ISO_DATETIME_RE.match(value)
    if m is None:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    if year is None or not 1 <= year <= 9999:
        return None
    try:
        if day is not None and month is not None:
            return TimeSpan.day(date(year, month, day), text=value, rule=rule)
        if month is not None:
            first, last = date(year, month, 1), _last_day(year, month)
            return TimeSpan(value, f"{year:04d}-{month:02d}", "DATE", first, last, "month", rule=rule)
    except ValueError:
        return None  # month 13, February 30...
    return TimeSpan(value, f"{year:04d}", "DATE", date(year, 1, 1), date(year, 12, 31), "year", rule=rule)


def parse_metadata_date(value: str, *, rule: str) -> TimeSpan | None:
    """Parse a publication date given as metadata into a :class:`TimeSpan`, or None if unusable.

    Accepts ISO dates (``2023-12-04``, ``2023-12``, ``2023``), ISO datetimes
    (``2023-12-04T10:00:00Z``: the calendar date as written) and RFC 2822
    dates (``Mon, 04 Dec 2023 10:00:00 GMT``, as in RSS feeds). ``rule`` names
    where the value came from, e.g. ``"metadata:manifest"``.

    >>> parse_metadata_date("2023-12-04", rule="metadata:jsonl").value
    '2023-12-04'
    >>> parse_metadata_date("2023-02-30", rule="metadata:jsonl") is None
    True

    Delegates to ``graphbuild.temporal.resolve`` (which also reads written-out
    dates such as "December 4, 2023"); only day-or-coarser dates with a known
    interval are accepted.
    """
    value = value.strip()
    if re.match(r"^\d{4}-\d", value):
        # ISO-shaped: read strictly, so "2023-13-01" is an error, not a reinterpretation.
        return _iso_span(value, rule)
    resolver = _temporal_resolve()
    if resolver is not None:
        timex = resolver(value, None)
        if timex is None or timex.interval[0] is None:
            return None
        return replace(timex.to_timespan(), rule=f"{rule}:{timex.rule}" if timex.rule else rule)
    # Fallback while graphbuild.temporal cannot be imported: ISO 8601 and RFC 2822 only.
    span = _iso_span(value, rule)
    if span is not None:
        return span
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return TimeSpan.day(parsed.date(), text=value, rule=rule)


@lru_cache(maxsize=1)
def _temporal_resolve() -> Callable[[str, date | None], Timex | None] | None:
    """``graphbuild.temporal.resolve`` (one date expression -> Timex) when it can be imported."""
    try:
        from .temporal import resolve
    except ImportError as err:
        log.warning(
            "graphbuild.temporal.resolve unavailable (%s): metadata dates read as ISO/RFC 2822 only", err
        )
        return None
    return resolve


def _string_field(manifest: Path, where: str, key: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError(str(manifest), f"{where}: {key!r} must be a non-empty string or null")
    return value.strip()


def _check_name(manifest: Path, name: str) -> None:
    if (
        not name
        or name in (".", "..")
        or "/" in name
        or "\\" in name
        or "\0" in name
        or Path(name).is_absolute()
    ):
        raise InputError(
            str(manifest), f"entry {name!r}: must be a plain file name in {manifest.parent} (no paths)"
        )
    if name == MANIFEST_NAME:
        raise InputError(str(manifest), f"entry {name!r}: the manifest cannot describe itself")
    if not (manifest.parent / name).is_file():
        raise InputError(str(manifest), f"entry {name!r}: no such file in {manifest.parent}")


def _entry(manifest: Path, name: str, raw: Any) -> ManifestEntry:
    where = f"documents[{name!r}]"
    if not isinstance(raw, dict):
        raise InputError(str(manifest), f"{where}: must be an object")
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    if unknown:
        raise InputError(
            str(manifest), f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_ENTRY_KEYS))})"
        )
    fields = {key: _string_field(manifest, where, key, raw.get(key)) for key in _ENTRY_KEYS}
    url = fields["url"]
    if url is not None and not url.startswith(("http://", "https://")):
        raise InputError(str(manifest), f"{where}: 'url' must start with http:// or https://, got {url!r}")
    published = None
    if fields["published"] is not None:
        text = fields["published"]
        published = _iso_span(text, "metadata:manifest") if _ISO_RE.match(text) else None
        if published is None:
            raise InputError(
                str(manifest),
                f"{where}: 'published' must be a real date as YYYY-MM-DD, YYYY-MM or YYYY, got {text!r}",
            )
    return ManifestEntry(
        name=name,
        title=fields["title"],
        outlet=fields["outlet"],
        outlet_how=fields["outlet_how"],
        url=url,
        published=published,
        published_how=fields["published_how"],
        note=fields["note"],
    )


def read_manifest(path: str | Path) -> Manifest:
    """Read and validate a ``manifest.json``; raise :class:`InputError` on any problem.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("Title\\nBody.")
    >>> _ = (d / "manifest.json").write_text('{"documents": {"a.txt": {"published": "2023-12-04"}}}')
    >>> read_manifest(d / "manifest.json").get("a.txt").published.value
    '2023-12-04'
    """
    manifest = Path(path)
    try:
        raw = json.loads(manifest.read_text(encoding="utf-8-sig"))
    except OSError as err:
        raise InputError(str(manifest), f"cannot read manifest: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise InputError(str(manifest), "manifest is not UTF-8 text") from err
    except json.JSONDecodeError as err:
        raise InputError(str(manifest), f"invalid JSON: {err.msg}", line=err.lineno) from err
    if not isinstance(raw, dict):
        raise InputError(str(manifest), "the manifest must be a JSON object with a 'documents' object")
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise InputError(
            str(manifest), f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_TOP_KEYS))})"
        )
    documents = raw.get("documents")
    if not isinstance(documents, dict):
        raise InputError(str(manifest), "'documents' must be an object mapping file names to metadata")
    description = _string_field(manifest, "top level", "description", raw.get("description"))
    entries = []
    for name in sorted(documents):
        _check_name(manifest, name)
        entries.append(_entry(manifest, name, documents[name]))
    log.debug("read manifest %s with %d entries", manifest, len(entries))
    return Manifest(path=str(manifest), entries=tuple(entries), description=description)
