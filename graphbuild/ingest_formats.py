"""Reading one input file: bytes to text, and text to article records per format.

Each reader returns :class:`Article` records (text plus whatever metadata the
file itself carries) and :class:`~graphbuild.model.Skipped` records for what
could not be used. Nothing here touches the network: HTML is parsed from the
file's own bytes and htmldate is given a parsed tree, never a URL.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from .ingest_manifest import parse_metadata_date
from .model import Skipped, TimeSpan

__all__ = [
    "MAX_DOCUMENT_CHARS",
    "Article",
    "UndecodableError",
    "cap_text",
    "clean_text",
    "decode_bytes",
    "read_html",
    "read_jsonl",
    "read_plain",
]

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# More control characters than this share of the text means it is not prose.
_MAX_CONTROL_SHARE = 0.005
_MIN_HTML_WORDS = 8
# Non-UTF-8 text whose non-ASCII characters, read as Windows-1252, are all Western letters and
# typography, and at most this share of the text, is taken for Windows-1252.
_MAX_NON_ASCII_SHARE = 0.3
_WESTERN = frozenset(
    [chr(c) for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)]
    + list("\u00a0¡¢£¥§©«®°±²³´µ·¹»¼½¾¿×÷‘’‚“”„†‡•…‰‹›€™ŒœŠšŽžŸƒˆ˜–—")
)
_JSONL_FIELDS = ("title", "outlet", "url", "published")
#: A document longer than this many characters is cut (at a paragraph or word break) with a
#: warning: spaCy refuses texts over 1,000,000 characters by default, and every stage is at
#: least linear in the length, so an unbounded file would stall the batch.
MAX_DOCUMENT_CHARS = 1_000_000


class UndecodableError(ValueError):
    """The bytes are not usable text; the message says why (empty, binary, unknown encoding)."""


@dataclass(frozen=True)
class Article:
    """What one file (or one JSONL line) says about one article, before it becomes a Document."""

    text: str
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: TimeSpan | None = None
    line: int | None = None
    strip_title_markup: bool = False  # Markdown: "# Title" -> "Title"
    warnings: tuple[str, ...] = ()  # problems that did not stop the article being read


_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str) -> str:
    """Text safe for every later stage and output, same length: control characters other
    than tab and newline become spaces, and lone surrogates (JSON can carry ``"\\ud800"``;
    they cannot be written as UTF-8) become U+FFFD.

    >>> clean_text("a\\x00b\\ud800c")
    'a b\\ufffdc'
    """
    text = _CONTROL_RE.sub(" ", normalise_newlines(text))
    return _SURROGATE_RE.sub("\ufffd", text)


def _control_share(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for c in sample if c not in "\t\n\r\f\v" and unicodedata.category(c) == "Cc")
    return bad / max(1, len(sample))


def _detect(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: Windows-1252 for mostly-ASCII text, else charset-normalizer's guess.

    Statistical detection needs more than a few accented letters to go on (it reads
    "café" as UTF-16), while mostly-ASCII prose with Western accents and typography
    that is not UTF-8 is nearly always Windows-1252 or its subset Latin-1; so that
    case is settled first. Cyrillic, Greek, CJK... encodings fail the test and go to
    charset-normalizer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    non_ascii = [c for c in text if ord(c) > 127]
    if text and len(non_ascii) <= _MAX_NON_ASCII_SHARE * len(text) and all(c in _WESTERN for c in non_ascii):
        return text, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("binary or undecodable: not text in any encoding charset-normalizer knows")
    return str(best), best.encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding)`` with newlines normalised.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are decoded directly;
    anything else is detected with charset-normalizer. Raises
    :class:`UndecodableError` for empty, binary or undecodable data.

    >>> decode_bytes("café\\r\\n".encode("latin-1"))[0]
    'café\\n'
    """
    if not data.strip():
        raise UndecodableError("empty file")
    text: str | None = None
    encoding = ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError as err:
                raise UndecodableError(f"invalid {codec} despite its byte-order mark") from err
            break
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if b"\x00" in data[:8192]:
                raise UndecodableError("binary file (contains NUL bytes), not text") from None
            text, encoding = _detect(data)
            log.info("decoded as %s (not UTF-8)", encoding)
    text = normalise_newlines(text.lstrip("\ufeff"))
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise UndecodableError("binary file (control characters), not text")
    text = clean_text(text)
    if not text.strip():
        raise UndecodableError("empty file (only whitespace)")
    return text, encoding


def cap_text(text: str, limit: int = MAX_DOCUMENT_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, at a paragraph, line or word break when
    one falls in the last tenth (or last 20 characters); ``text`` itself when short enough.

    >>> cap_text("one two three", 9)
    'one two'
    """
    if len(text) <= limit:
        return text
    floor = max(0, limit - max(limit // 10, 20))
    for sep in ("\n\n", "\n", " "):
        cut = text.rfind(sep, floor, limit)
        if cut > 0:
            return text[:cut].rstrip()
    return text[:limit]


def read_plain(text: str, path: str, *, markdown: bool = False) -> Article:
    """A .txt or .md article: the text as-is; the title is its first non-empty line."""
    return Article(text=text, path=path, strip_title_markup=markdown)


def _prepend_title(title: str | None, body: str) -> str:
    """The headline carries claims, so it belongs in the text; add it when the body lacks it."""
    if not title:
        return body
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if " ".join(first.split()) == " ".join(title.split()):
        return body
    return f"{title}\n\n{body}"


def _jsonl_record(obj: Any, path: str, n: int) -> Article | Skipped:
    if not isinstance(obj, dict):
        return Skipped(path, "JSONL line is not an object", line=n)
    text = obj.get("text")
    if not isinstance(text, str) or not clean_text(text).strip():
        return Skipped(path, "JSONL line has no non-empty string 'text'", line=n)
    fields: dict[str, str | None] = {}
    for key in _JSONL_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return Skipped(path, f"JSONL field {key!r} must be a string or null", line=n)
        value = clean_text(value).strip() if isinstance(value, str) else None
        fields[key] = value or None
    published = None
    warnings: tuple[str, ...] = ()
    if fields["published"] is not None:
        published = parse_metadata_date(fields["published"], rule="metadata:jsonl")
        if published is None:
            warnings = (f"ignoring unusable published date {fields['published']!r}",)
            log.warning("%s:%d: %s", path, n, warnings[0])
    title = fields["title"]
    return Article(
        text=_prepend_title(title, clean_text(text)),
        path=path,
        title=title,
        outlet=fields["outlet"],
        url=fields["url"],
        published=published,
        line=n,
        warnings=warnings,
    )


def read_jsonl(text: str, path: str) -> tuple[list[Article], list[Skipped]]:
    """One article per line: ``text`` required; ``title``, ``outlet``, ``url``, ``published`` optional.

    A malformed line becomes a :class:`Skipped` with its line number; the other
    lines are still read. Blank lines are ignored. Other keys are ignored.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            skipped.append(Skipped(path, f"invalid JSON: {err.msg} (column {err.colno})", line=n))
            continue
        record = _jsonl_record(obj, path, n)
        if isinstance(record, Skipped):
            skipped.append(record)
        else:
            articles.append(record)
    return articles, skipped


def read_html(html: str, path: str) -> Article | Skipped:
    """An HTML page: main text with trafilatura, publication date with htmldate, offline.

    Title, site name (the outlet) and canonical URL come from the page's
    metadata. The date comes from markup only (meta tags, JSON-LD, time
    elements, the URL), not from a free-text search of the page: a date read
    from the prose is inference, which the temporal stage does with its rules.
    """
    import htmldate
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)  # parses the string; never fetches
    if tree is None:
        return Skipped(path, "not parseable as HTML")
    extracted = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None or isinstance(extracted, dict):
        return Skipped(path, "no main text found in the HTML page")
    body = clean_text(extracted.text or "")
    title = clean_text(extracted.title or "").strip() or None
    # On a page without an article the extractor falls back to scraps ("Home", a menu): not a text.
    if len(body.split()) - len((title or "").split()) < _MIN_HTML_WORDS:
        return Skipped(path, "no main text found in the HTML page")
    url = clean_text(extracted.url or "").strip() or None
    outlet = clean_text(extracted.sitename or "").strip() or None
    raw_date = htmldate.find_date(tree, extensive_search=False, original_date=True, url=url)
    published = None
    warnings: tuple[str, ...] = ()
    if raw_date:
        published = parse_metadata_date(raw_date, rule="metadata:htmldate")
        if published is None:
            warnings = (f"ignoring unusable published date {raw_date!r} from htmldate",)
            log.warning("%s: %s", path, warnings[0])
    return Article(
        text=_prepend_title(title, body),
        path=path,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        warnings=warnings,
    )
