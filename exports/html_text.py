"""What the explorer shows for a report: the sentence, and which part of it to highlight.

Split from :mod:`html_data` (which re-exports :func:`report_view` and
:func:`highlight_ranges`): pure functions of strings and one edge's attributes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["highlight_ranges", "report_view"]

# Quoted passages: typographic double quotes, straight double quotes, guillemets, low-high
# quotes and typographic single quotes (an apostrophe inside a word never closes one).
_QUOTE_RE = re.compile(r"“[^”]+”|\"[^\"]+\"|«[^»]+»|„[^“”]+[“”]|(?<!\w)‘.+?’(?!\w)", re.DOTALL)


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
    text = str(report.get("text") or "")
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
    if display is None:
        return text, highlight_ranges(text, content=content) or ([[0, len(text)]] if text else [])
    span = _offset_pair((report.get("start"), report.get("end")))
    if sentence and span:
        start, end = (
            max(span[0] - sentence[0], 0),
            min(span[1] - sentence[0], len(display)),
        )
        if start < end:
            return display, [[start, end]]
    return display, highlight_ranges(display, content=content, report=text)
