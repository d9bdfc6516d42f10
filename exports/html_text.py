"""What the explorer shows of one node's or one edge's attributes alone: a node's dates and size;
for a report, the sentence and which part of it to highlight.

Split from :mod:`html_data` (which re-exports :func:`report_view` and
:func:`highlight_ranges`): pure functions of strings and one node's or edge's attributes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

__all__ = ["highlight_ranges", "report_view"]

# Quoted passages: typographic double quotes, straight double quotes, guillemets, low-high
# quotes and typographic single quotes (an apostrophe inside a word never closes one).
_QUOTE_RE = re.compile(r"“[^”]+”|\"[^\"]+\"|«[^»]+»|„[^“”]+[“”]|(?<!\w)‘.+?’(?!\w)", re.DOTALL)


def _span_dates(span: Any) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of a TimeSpan dict, or (None, None)."""
    if span is None or not (type(span) is dict or isinstance(span, Mapping)):
        return None, None
    start, end = span.get("start"), span.get("end")
    start = str(start)[:10] if start else None
    end = str(end)[:10] if end else None
    if start is None:
        return None, None
    if end is None or end < start:
        end = start
    return start, end


def _as_int(value: Any, default: int = 0) -> int:
    if type(value) is int:
        return value
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


@cache
def _root_size(base: int, factor: int, count: int) -> float:
    # Cached: counts repeat a lot, and round(x, 2) is slow.
    return round(base + factor * math.sqrt(count), 2)


def _size(kind: str, attrs: Mapping[str, Any], degree: int) -> float:
    if kind == "Entity":
        return _root_size(8, 4, max(_as_int(attrs.get("mentions"), 1), 1))
    if kind == "Statement":
        return _root_size(8, 4, max(_as_int(attrs.get("reports"), 1), 1))
    if kind == "Outlet":
        return _root_size(12, 2, degree)
    if kind == "Document":
        return 12.0
    return 10.0


def _text_pattern(text: str) -> re.Pattern[str] | None:
    words = text.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def highlight_ranges(
    display: str, *, content: str | None = None, report: str | None = None
) -> list[list[int]]:
    """Character ranges of ``display`` to highlight as the reported content.

    Quoted passages win; otherwise the first occurrence of ``content`` (the statement's text),
    then of ``report`` (the outlet's text, when ``display`` is a longer sentence), matched
    case- and whitespace-insensitively. Returns sorted, non-overlapping [start, end) pairs.

    >>> highlight_ranges('He said: "We will stay." Then left.')
    [[9, 24]]
    >>> highlight_ranges("She said rates would rise.", content="rates would rise")
    [[9, 25]]
    """
    quoted = [[m.start(), m.end()] for m in _QUOTE_RE.finditer(display)]
    if quoted:
        return quoted
    for candidate in (content, report):
        if not candidate or candidate == display:
            continue
        pattern = _text_pattern(candidate)
        match = pattern.search(display) if pattern else None
        if match:
            return [[match.start(), match.end()]]
    return []


def _offset_pair(value: Any) -> tuple[int, int] | None:
    kind = type(value)
    if (kind is list or kind is tuple) and len(value) == 2:  # the usual case first (twice per report)
        first, second = value
        if type(first) is int and type(second) is int:
            return first, second
    if isinstance(value, (list, tuple)) and len(value) == 2:
        first, second = value
        if isinstance(first, int) and isinstance(second, int):
            return int(first), int(second)
    return None


def report_view(
    report: Mapping[str, Any],
    *,
    content: str | None = None,
    doc_text: str | None = None,
) -> tuple[str, list[list[int]]]:
    """What the explorer shows for one REPORTS edge: (text, ranges of it to highlight).

    The whole sentence when it is known, from the edge's ``sentence_text`` or from
    ``doc_text`` (the document's text) and the edge's ``sentence`` offsets, with the reported
    content (the edge's ``start``/``end``) highlighted; otherwise the edge's ``text``, with
    its quoted passages, or the statement's ``content``, highlighted (all of it if neither
    is found).

    >>> report_view({"text": "we will stay", "start": 10, "end": 22, "sentence": [0, 30]},
    ...             doc_text='He said: "we will stay" today. Next.')
    ('He said: "we will stay" today.', [[10, 22]])
    >>> report_view({"text": "we will stay"})
    ('we will stay', [[0, 12]])
    """
    raw_sentence = report.get("sentence")
    sentence = _offset_pair(raw_sentence)
    sentence_text = report.get("sentence_text")
    display: str | None = None
    # s and not s.isspace() is s.strip() != "" without building the stripped copy
    if isinstance(sentence_text, str) and sentence_text and not sentence_text.isspace():
        display = sentence_text
    elif isinstance(raw_sentence, str) and raw_sentence and not raw_sentence.isspace():
        display, sentence = raw_sentence, None
    elif doc_text is not None and sentence and 0 <= sentence[0] < sentence[1] <= len(doc_text):
        display = doc_text[sentence[0] : sentence[1]]
    if display is not None and sentence:
        first, last = report.get("start"), report.get("end")
        # the usual int offsets without the generic check (once per report of a large graph)
        span = (first, last) if type(first) is int and type(last) is int else _offset_pair((first, last))
        if span:
            start = max(span[0] - sentence[0], 0)
            end = min(span[1] - sentence[0], len(display))
            if start < end:
                return display, [[start, end]]
    text = str(report.get("text") or "")
    if display is None:
        return text, highlight_ranges(text, content=content) or ([[0, len(text)]] if text else [])
    return display, highlight_ranges(display, content=content, report=text)
