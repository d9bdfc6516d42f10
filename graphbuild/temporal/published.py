"""Inferring when an undated article was published: its dateline, else the dates it mentions."""

from __future__ import annotations

import logging
import re
from datetime import date

from ..model import TimeSpan, Timex
from .tagger import tag_timexes
from .tense import tense_hint

log = logging.getLogger(__name__)

#: What may precede a dateline's date on its line: "BRUSSELS, ", "LONDON (Reuters) ", "Published: ".
_PREFIX = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}(?:,\s*[A-Z][A-Za-z.\-]+(?:\s+[A-Z][A-Za-z.\-]+){0,2})?"
    r"\s*(?:\([A-Za-z .&]+\))?\s*[,:—–-]?\s*)?(?:(?:Published|Posted|Updated|Dated?|Last\s+updated)\s*(?:on)?\s*:?\s*)?$"
)
#: What may follow it: ". /TASS/", " (Reuters) -", " —", a clock time, or the end of the line.
_SUFFIX = re.compile(
    r"^(?:\s*\.)?\s*(?:\(\s*[A-Za-z .&]+\)|/\s*[A-Za-z .&]+\s*/)?\s*(?:[-—–:.,/|]|\d{1,2}:\d\d|\(|$)"
)
_HEAD_CHARS = 800
_HEAD_LINES = 8
#: A dateline's date names its month and day ("Oct. 4", "December 4, 2023"): a clock time alone
#: ("7 p.m." heading a live blog's entry), a weekday ("Sunday, on CNN's...") or a relative time
#: ("Three days later") on a line of its own is no dateline.
_CALENDAR_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d")


def _dateline(text: str) -> Timex | None:
    pos = 0
    for n, line in enumerate(text[:_HEAD_CHARS].split("\n")):
        if n >= _HEAD_LINES:
            break
        for t in tag_timexes(line, None):
            if t.granularity != "day" or t.type not in ("DATE", "TIME") or not _CALENDAR_DAY.match(t.value):
                continue
            if _PREFIX.match(line[: t.start]) and _SUFFIX.match(line[t.end :]):
                return Timex(
                    t.start + pos,
                    t.end + pos,
                    t.text,
                    t.type,
                    t.value,
                    t.mod,
                    t.interval,
                    t.granularity,
                    t.rule,
                )
        pos += len(line) + 1
    return None


def _explicit_dates(text: str) -> list[tuple[Timex, str | None]]:
    """Full dates written with their year, each with the tense of its sentence."""
    out = []
    for t in tag_timexes(text, None, merge_ranges=False):
        if (
            t.granularity == "day"
            and t.interval[0] is not None
            and (":explicit" in t.rule or t.rule.startswith("iso"))
        ):
            out.append((t, tense_hint(text, t.start, t.end)))
    return out


def _explicit_years(text: str) -> list[tuple[int, str | None]]:
    return [
        (int(t.value[:4]), tense_hint(text, t.start, t.end))
        for t in tag_timexes(text, None, merge_ranges=False)
        if t.rule.startswith("year:explicit")
    ]


def infer_published(text: str) -> TimeSpan | None:
    """Best guess at the publication date of an article that has none in its metadata.

    A dateline first ("BRUSSELS, November 27. /TASS/", "Dec 3 (Reuters) -", "LONDON, Dec. 4,
    2023 —"); a yearless dateline takes its year from the full dates in the text (the article
    is on or after the latest of them in past tense), else stays ``XXXX-11-27`` with no
    interval: the current year is never invented. Without a dateline, the latest full date in
    past tense is a lower bound and the earliest later one in future tense an upper bound
    (``rule="latest-explicit-date"``, ``mod="ON_OR_AFTER"``). None when nothing is known.

    >>> infer_published("LONDON, Dec. 4, 2023 — Talks resumed.").value
    '2023-12-04'
    """
    line = _dateline(text)
    if line is not None and line.interval[0] is not None:
        return TimeSpan(
            line.text, line.value, "DATE", line.interval[0], line.interval[0], "day", None, None, "dateline"
        )
    explicit = _explicit_dates(text)
    if line is not None:
        month, day = int(line.value[5:7]), int(line.value[8:10])
        lower = max(
            (t.interval[0] for t, tense in explicit if tense != "future" and t.interval[0]), default=None
        )
        if lower is None:
            years = [y for y, tense in _explicit_years(text) if tense != "future"]
            lower = date(max(years), 1, 1) if years else None
        if lower is not None:
            for y in (lower.year, lower.year + 1):
                try:
                    d = date(y, month, day)
                except ValueError:
                    continue
                if d >= lower:
                    return TimeSpan(
                        line.text, d.isoformat(), "DATE", d, d, "day", None, lower, "dateline+year-from-text"
                    )
        return TimeSpan(line.text, line.value, "DATE", None, None, "day", None, None, "dateline:year-unknown")
    past = [(t.interval[0], t) for t, tense in explicit if tense != "future" and t.interval[0]]
    if past:
        lower, lt = max(past, key=lambda p: (p[0], p[1].start))
        future = [
            t.interval[0]
            for t, tense in explicit
            if tense == "future" and t.interval[0] and t.interval[0] > lower
        ]
        upper = min(future) if future else None
        return TimeSpan(
            lt.text,
            lower.isoformat(),
            "DATE",
            lower,
            upper,
            "day",
            "ON_OR_AFTER",
            None,
            "latest-explicit-date",
        )
    future_only = [(t.interval[0], t.start, t) for t, _ in explicit if t.interval[0] is not None]
    if future_only:
        first, _, ft = min(future_only, key=lambda c: (c[0], c[1]))
        return TimeSpan(
            ft.text,
            first.isoformat(),
            "DATE",
            None,
            first,
            "day",
            "ON_OR_BEFORE",
            None,
            "earliest-future-date",
        )
    return None
