"""Ingest: input paths in, :class:`~graphbuild.model.Document` objects out.

Paths may be files or directories. Directories are walked recursively in
sorted order, hidden files and folders ignored, and only ``.txt``, ``.md``,
``.jsonl``, ``.html`` and ``.htm`` files read; a file named explicitly with
another extension is reported as skipped. A ``manifest.json`` beside plain
files supplies their metadata (see :mod:`graphbuild.ingest_manifest`) and wins
over what the files say themselves.

Each document gets its boilerplate spans (:func:`graphbuild.boilerplate.find_boilerplate`)
and a publication date: from metadata when there is one (``published_source
= "metadata"``), otherwise inferred (``"inferred"``): from a dateline with a full date
(``graphbuild.temporal.infer_published``), else from an ISO date in the name of a one-article
file (``2016-10-04_clinton-rally.txt``: rule ``"file-name"``; scrapers and archives name files so),
else from the text's other dates.

Hostile and broken input never stops the batch. Empty, binary, undecodable,
non-English (:mod:`graphbuild.language`) files and bad JSONL lines are skipped
with a reason, and so is an article on which reading itself failed (a defect to report: the
reason says so); problems that leave a usable document are warnings
(:class:`IngestWarning`): a document longer than
:data:`~graphbuild.ingest_formats.MAX_DOCUMENT_CHARS` is cut there, and an
unusable metadata date is ignored. A publication date more than a day after
``today`` is distrusted (clocks and CMS templates get dates wrong; news is not
published in the future): it is dropped with a warning and the date is
inferred from the text instead, under the same rule.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from .boilerplate import find_boilerplate
from .errors import InputError
from .ingest_formats import (
    MAX_DOCUMENT_CHARS,
    Article,
    UndecodableError,
    cap_text,
    decode_bytes,
    read_html,
    read_jsonl,
    read_plain,
)
from .ingest_manifest import MANIFEST_NAME, Manifest, ManifestEntry, read_manifest
from .language import non_english_reason
from .model import Document, Skipped, TimeSpan

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "IngestResult", "IngestWarning", "read_documents"]

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
_SINGLE_ARTICLE = (".txt", ".md", ".html", ".htm")
#: Files bigger than this are skipped unread (a JSONL feed of thousands of articles fits).
MAX_FILE_BYTES = 512 * 1024 * 1024
# A published date this far after today is distrusted.
_FUTURE_SLACK = timedelta(days=1)
#: An ISO date in a file name, not inside a longer run of digits ("2016-10-04_story.txt").
_FILE_NAME_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])")


@dataclass(frozen=True)
class IngestWarning:
    """A problem in an input that still gave a document (cut to length, date ignored...)."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class IngestResult:
    """What :func:`read_documents` made of its inputs.

    ``documents`` are sorted by id. ``skipped`` lists inputs that were not
    usable and why; ``duplicates`` lists exact duplicates (same id) of a
    document already read, each naming the file it duplicates. ``notes`` carries
    the manifest's explanations as ``(doc_id, key, text)`` triples, keys
    ``published_how``, ``outlet_how`` and ``note``, sorted. ``warnings`` are
    problems that did not stop a document being built; ``files`` the files read.
    """

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...] = ()
    duplicates: tuple[Skipped, ...] = ()
    notes: tuple[tuple[str, str, str], ...] = ()
    warnings: tuple[IngestWarning, ...] = ()
    files: tuple[str, ...] = ()


def _walk(top: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name == MANIFEST_NAME:
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root) / name)
            else:
                log.debug("ignoring %s: not an article file type", Path(root) / name)
    return found


def _expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    files: dict[Path, Path] = {}  # resolved -> as named, so one file is read once
    skipped: list[Skipped] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = _walk(path)
        elif path.is_file():
            if path.name == MANIFEST_NAME:
                skipped.append(Skipped(str(path), "metadata manifest, not an article"))
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                suffix = path.suffix or "(none)"
                skipped.append(
                    Skipped(
                        str(path),
                        f"unsupported file type {suffix} (supported: {', '.join(SUPPORTED_SUFFIXES)})",
                    )
                )
                continue
            candidates = [path]
        else:
            raise InputError(str(path), "no such file or directory")
        for candidate in candidates:
            files.setdefault(candidate.resolve(), candidate)
    return sorted(files.values(), key=lambda p: p.as_posix()), skipped


def _read_file(path: Path) -> tuple[list[Article], list[Skipped]]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            mb = 1024 * 1024
            return [], [Skipped(name, f"file too large ({size // mb} MB; limit {MAX_FILE_BYTES // mb} MB)")]
        data = path.read_bytes()
    except OSError as err:
        return [], [Skipped(name, f"cannot read: {err.strerror or err}")]
    try:
        text, _encoding = decode_bytes(data)
    except UndecodableError as err:
        return [], [Skipped(name, str(err))]
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return read_jsonl(text, name)
    if suffix in (".html", ".htm"):
        result = read_html(text, name)
        return ([], [result]) if isinstance(result, Skipped) else ([result], [])
    return [read_plain(text, name, markdown=suffix == ".md")], []


def _first_line_title(text: str, boilerplate: tuple[tuple[int, int], ...], *, markdown: bool) -> str | None:
    pos = 0
    for line in text.split("\n"):
        first_char = pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
        stripped = line.strip().lstrip("#").strip() if markdown else line.strip()
        if stripped and not any(s <= first_char < e for s, e in boilerplate):
            return stripped
    return None


@lru_cache(maxsize=1)
def _published_inferrer() -> Callable[[str], TimeSpan | None] | None:
    """``graphbuild.temporal.infer_published`` when the temporal stage provides it, else None."""
    # TODO(lead): import at module level once graphbuild.temporal.infer_published has landed.
    try:
        from . import temporal
    except ImportError as err:  # the temporal stage is still being written
        log.warning("graphbuild.temporal cannot be imported (%s): publication dates not inferred", err)
        return None
    infer = getattr(temporal, "infer_published", None)
    if infer is None:
        log.warning("graphbuild.temporal.infer_published is missing: publication dates not inferred")
    return infer


def _infer_published(text: str) -> TimeSpan | None:
    infer = _published_inferrer()
    return infer(text) if infer is not None else None


def _file_name_date(article: Article) -> TimeSpan | None:
    """The ISO date in the name of a one-article file ("2016-10-04_clinton-rally.txt"), if exactly one
    valid date is there; None for many-article files (a JSONL file's date says nothing of each line).

    >>> _file_name_date(Article("text", "/news/2016-10-04_rally.txt")).value
    '2016-10-04'
    >>> _file_name_date(Article("text", "/news/2016-13-04_rally.txt")) is None
    True
    """
    path = Path(article.path)
    if article.line is not None or path.suffix.lower() not in _SINGLE_ARTICLE:
        return None
    days = []
    for m in _FILE_NAME_DATE.finditer(path.name):
        try:
            days.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    if len(set(days)) != 1:
        return None
    day = days[0]
    return TimeSpan(path.name, day.isoformat(), "DATE", day, day, "day", None, None, "file-name")


def _too_late(span: TimeSpan | None, today: date) -> bool:
    return span is not None and span.start is not None and span.start > today + _FUTURE_SLACK


def _document(article: Article, entry: ManifestEntry | None, today: date) -> tuple[Document, list[str]]:
    text = article.text
    boilerplate = find_boilerplate(text)
    title = (entry.title if entry else None) or article.title
    if not title:
        title = (
            _first_line_title(text, boilerplate, markdown=article.strip_title_markup)
            or Path(article.path).stem
        )
    doc = Document(
        id=Document.make_id(text),
        text=text,
        title=title,
        path=f"{article.path}:{article.line}" if article.line is not None else article.path,
        outlet=(entry.outlet if entry else None) or article.outlet,
        url=(entry.url if entry else None) or article.url,
        boilerplate=boilerplate,
    )
    warnings: list[str] = []
    published = (entry.published if entry else None) or article.published
    if published is not None and _too_late(published, today):
        warnings.append(
            f"published date {published.value} is in the future; ignored, inferring from the text"
        )
        published = None
    if published is not None:
        return replace(doc, published=published, published_source="metadata"), warnings
    inferred = _infer_published(doc.analysis_text)
    if inferred is None or inferred.rule != "dateline":  # a full date on the dateline beats the file name
        inferred = _file_name_date(article) or inferred
    if inferred is not None and _too_late(inferred, today):
        warnings.append(f"inferred published date {inferred.value} is in the future; ignored")
        inferred = None
    if inferred is not None:
        return replace(doc, published=inferred, published_source="inferred"), warnings
    return doc, warnings


def _manifest_for(path: Path, cache: dict[Path, Manifest | None], skipped: list[Skipped]) -> Manifest | None:
    """The folder's manifest; an invalid one is reported as skipped (naming the key at fault)
    and the folder's files are read without its metadata, so the batch still finishes."""
    folder = path.parent
    if folder not in cache:
        candidate = folder / MANIFEST_NAME
        manifest = None
        if candidate.is_file():
            try:
                manifest = read_manifest(candidate)
            except InputError as exc:
                skipped.append(
                    Skipped(
                        exc.path, f"invalid manifest, its metadata is ignored: {exc.problem}", line=exc.line
                    )
                )
        cache[folder] = manifest
    return cache[folder]


def _notes(doc_id: str, entry: ManifestEntry | None) -> list[tuple[str, str, str]]:
    if entry is None:
        return []
    pairs = (("published_how", entry.published_how), ("outlet_how", entry.outlet_how), ("note", entry.note))
    return [(doc_id, key, value) for key, value in pairs if value]


def _prepare(article: Article, max_chars: int) -> tuple[Article, list[str]]:
    warnings = list(article.warnings)
    if len(article.text) > max_chars:
        text = cap_text(article.text, max_chars)
        warnings.append(
            f"document cut from {len(article.text):,} to {len(text):,} characters (limit {max_chars:,})"
        )
        article = replace(article, text=text)
    return article, warnings


@dataclass(frozen=True)
class FileItem:
    """One article of an input file, made into a document (with warnings) or skipped."""

    path: str
    line: int | None
    document: Document | None = None
    skipped: Skipped | None = None
    warnings: tuple[IngestWarning, ...] = ()


def process_file(
    path: Path, entry: ManifestEntry | None, today: date, max_chars: int, english_only: bool
) -> tuple[list[Skipped], list[FileItem]]:
    """Read one file into its articles' documents: (file-level problems, one item per article)."""
    articles, bad = _read_file(path)
    items: list[FileItem] = []
    for raw in articles:
        try:
            items.append(_item(raw, entry, today, max_chars, english_only))
        except Exception as exc:  # a defect of ours on one article must not stop the batch
            reason = f"reading failed ({type(exc).__name__}: {exc}); please report it"
            log.debug("reading %s failed", raw.path, exc_info=True)
            items.append(FileItem(raw.path, raw.line, skipped=Skipped(raw.path, reason, line=raw.line)))
    return bad, items


def _item(
    raw: Article, entry: ManifestEntry | None, today: date, max_chars: int, english_only: bool
) -> FileItem:
    article, problems = _prepare(raw, max_chars)
    reason = non_english_reason(article.text) if english_only else None
    if reason is not None:
        return FileItem(article.path, article.line, skipped=Skipped(article.path, reason, line=article.line))
    doc, date_problems = _document(article, entry, today)
    found = tuple(IngestWarning(article.path, p, article.line) for p in problems + date_problems)
    return FileItem(article.path, article.line, document=doc, warnings=found)


def _file_items(
    path: Path,
    entry: ManifestEntry | None,
    today: date,
    max_chars: int,
    english_only: bool,
    cache_dir: str | Path | None,
) -> tuple[list[Skipped], list[FileItem]]:
    if cache_dir is None:
        return process_file(path, entry, today, max_chars, english_only)
    from .ingest_cache import cached_file_items  # a cycle at import time otherwise

    return cached_file_items(Path(cache_dir), path, entry, today, max_chars, english_only)


def read_documents(
    paths: Sequence[str | Path] | str | Path,
    *,
    today: date | None = None,
    max_chars: int = MAX_DOCUMENT_CHARS,
    english_only: bool = True,
    cache_dir: str | Path | None = None,
) -> IngestResult:
    """Read article files and directories into documents.

    Raises :class:`~graphbuild.errors.InputError` for a path that does not exist;
    an invalid ``manifest.json`` (its metadata then ignored), unusable files and
    JSONL lines are reported in :attr:`IngestResult.skipped` instead, and documents built despite
    a problem in :attr:`IngestResult.warnings`. Output does not depend on
    the order of ``paths``: files are read in sorted path order, and of exact
    duplicates the first in that order is kept.

    ``today`` (default: the system date) bounds believable publication dates;
    ``max_chars`` caps each document's length; ``english_only`` skips texts
    that :func:`graphbuild.language.non_english_reason` calls non-English.
    With ``cache_dir``, what each file gave is remembered there, keyed by the
    file's path, size, modification and change times and every option above, so
    an unchanged file is not read again (see :mod:`graphbuild.ingest_cache`).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("A headline\\nThe body says something.\\n")
    >>> result = read_documents([d])
    >>> [doc.title for doc in result.documents]
    ['A headline']
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path, not a sequence of characters
    today = today or date.today()
    files, skipped = _expand(paths)
    manifests: dict[Path, Manifest | None] = {}
    documents: dict[str, Document] = {}
    duplicates: list[Skipped] = []
    notes: list[tuple[str, str, str]] = []
    warnings: list[IngestWarning] = []
    for path in files:
        manifest = _manifest_for(path, manifests, skipped)
        entry = manifest.get(path.name) if manifest is not None else None
        if manifest is not None and entry is not None and path.suffix.lower() not in _SINGLE_ARTICLE:
            warnings.append(
                IngestWarning(
                    manifest.path,
                    f"entry {path.name!r} ignored: a manifest entry describes one article; "
                    f"a {path.suffix} file holds many",
                )
            )
            entry = None
        bad, items = _file_items(path, entry, today, max_chars, english_only, cache_dir)
        skipped.extend(bad)
        for item in items:
            if item.skipped is not None:
                skipped.append(item.skipped)
                continue
            doc = item.document
            if doc is None:
                continue
            warnings.extend(item.warnings)
            kept = documents.get(doc.id)
            if kept is not None:
                duplicates.append(Skipped(item.path, f"exact duplicate of {kept.path}", line=item.line))
                continue
            documents[doc.id] = doc
            notes.extend(_notes(doc.id, entry))
    skipped.sort(key=lambda s: (s.path, s.line or 0, s.reason))
    warnings.sort(key=lambda w: (w.path, w.line or 0, w.message))
    for skip in skipped:
        log.warning("skipped %s", skip)
    for warning in warnings:
        log.warning("%s", warning)
    return IngestResult(
        documents=tuple(documents[k] for k in sorted(documents)),
        skipped=tuple(skipped),
        duplicates=tuple(duplicates),
        notes=tuple(sorted(notes)),
        warnings=tuple(warnings),
        files=tuple(str(p) for p in files),
    )
