"""Temporal tagging and normalisation: find time expressions and resolve them to TIMEX3 values and intervals.

>>> from datetime import date
>>> [(t.text, t.value) for t in tag("NATO ministers met on Monday.", date(2023, 12, 6))]
[('Monday', '2023-12-04')]
"""

from __future__ import annotations

from datetime import date

from ..model import Timex
from .tagger import format_timexes, tag_timexes


def tag(text: str, anchor: date | None) -> list[Timex]:
    """Find and resolve every time expression in ``text``.

    ``anchor`` is the date the text was written (the document creation time); relative and
    yearless expressions are resolved against it, anaphora ("the same day") against the last
    date resolved earlier in the text. Without an anchor those keep an underspecified value
    (``XXXX-11-27``) with interval ``(None, None)`` and a rule saying why. The result is
    sorted by offset and non-overlapping; ``text[t.start:t.end] == t.text``.

    >>> [(t.text, t.value, t.mod) for t in tag("in early June", date(2023, 12, 4))]
    [('early June', '2023-06', 'START')]
    """
    return tag_timexes(text, anchor)


from .dates import resolve  # noqa: E402
from .published import infer_published  # noqa: E402
from .timeml import annotate_dir, annotate_timeml, read_timeml  # noqa: E402

__all__ = [
    "annotate_dir",
    "annotate_timeml",
    "format_timexes",
    "infer_published",
    "read_timeml",
    "resolve",
    "tag",
]
