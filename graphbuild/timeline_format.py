"""Text for the CLI's timeline: which items are ordered and which only overlap in time."""

from __future__ import annotations

from collections.abc import Sequence

from .api import TimelineItem


def order_marker(item: TimelineItem) -> str:
    """A one-character gutter: ``~`` when the item's time overlaps the previous item's
    (their order is unknown), ``?`` when the item has no date, else a blank.

    >>> from datetime import date
    >>> item = TimelineItem("event", "e", date(2023, 1, 1), date(2023, 1, 31), "happened", "month",
    ...                     None, None, "", (), group=0, overlaps_previous=True)
    >>> order_marker(item)
    '~'
    """
    if item.start is None:
        return "?"
    return "~" if item.overlaps_previous else " "


def annotate_lines(items: Sequence[TimelineItem], lines: Sequence[str], *, per_item: int = 2) -> str:
    """Prefix each item's block of ``per_item`` lines (as ``cli_time.format_timeline`` writes them)
    with its :func:`order_marker`, and explain the marker once at the end when it is used."""
    out = []
    for n, line in enumerate(lines):
        item = items[n // per_item] if n // per_item < len(items) else None
        mark = order_marker(item) if item is not None and n % per_item == 0 else " "
        out.append(f"{mark} {line}")
    if any(i.overlaps_previous for i in items):
        out.append("~ = time overlaps the previous item's; their order is not known")
    return "\n".join(out)
