"""The tagger: find spans, resolve them left to right, join ranges."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta

from ..model import Timex
from . import calendar as cal
from . import clockwords as _clockwords  # noqa: F401  (registers its handler)
from . import fractional as _fractional  # noqa: F401  (registers its handlers)
from . import holidays as _holidays  # noqa: F401  (registers its handler)
from . import periods as _periods  # noqa: F401  (registers its handlers)
from . import relative as _relative  # noqa: F401  (registers its handlers)
from .patterns import find_spans, fold_case_specials
from .resolve import HANDLERS, Context

_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|until|till|and)\s*\Z", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s*\Z", re.IGNORECASE)
_RANGE_GRANS = ("day", "week", "month", "season", "quarter", "year")


def tag_timexes(text: str, anchor: date | None, *, merge_ranges: bool = True) -> list[Timex]:
    """All time expressions in ``text``, resolved against ``anchor``; see :func:`graphbuild.temporal.tag`.

    The few letters that case-insensitive matching takes for ASCII ones ("tonıght") are read as those
    (:func:`~graphbuild.temporal.patterns.fold_case_specials`); each expression keeps its text as written.
    """
    folded = fold_case_specials(text)
    out = _tag_timexes(folded, anchor, merge_ranges)
    if folded is not text:
        out = [replace(t, text=text[t.start : t.end]) for t in out]
    return out


def _tag_timexes(text: str, anchor: date | None, merge_ranges: bool) -> list[Timex]:
    ctx = Context(text=text, anchor=anchor)
    out: list[Timex] = []
    for sp in find_spans(text):
        try:
            res = HANDLERS[sp.rule](sp.match, ctx)
        except (OverflowError, ValueError):
            # a date outside the calendar ("10,000,000 weeks ago", "year 99999"): not a date we can place
            continue
        if res is None:
            continue
        s, e = res.interval
        if s is not None and e is not None and e < s:
            continue
        start = res.span_start if res.span_start is not None else sp.start
        out.append(
            Timex(
                start=start,
                end=sp.end,
                text=text[start : sp.end],
                type=res.type,
                value=res.value,
                mod=res.mod,
                interval=res.interval,
                granularity=res.granularity,
                rule=res.rule,
                anchor=anchor if res.anchored else None,
            )
        )
        if res.antecedent and s is not None and res.granularity:
            ctx.last = (s, res.granularity)
        if res.granularity == "quarter" and s is not None:
            ctx.last_quarter = s
        ctx.prev_end = sp.end
        ctx.prev_day = s if (res.granularity == "day" and s is not None) else None
    # expressions that join with a neighbour or with the words before them, in this order
    for merge in (
        _coordinated_days,
        _merge_clock_days,
        _date_clocks_by_later_day,
        _merge_week_of,
        _merge_weekend_of,
        _merge_day_before,
    ):
        out = merge(text, out)
    return _merge_ranges(text, out) if merge_ranges else out


_DAY_BEFORE = re.compile(r"the\s+day\s+(before|after)\Z", re.IGNORECASE)


def _merge_adjacent(timexes: list[Timex], join: Callable[[Timex, Timex], Timex | None]) -> list[Timex]:
    """Replace each pair of neighbours that ``join`` makes one expression by that expression."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        merged = join(a, timexes[i + 1]) if i + 1 < len(timexes) else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


#: A bare day number coordinated with a "Month day" before it: "April 24 and 25", "May 3, 4 or 5"; it must end
#: the phrase ("on April 24 and 25 people..." is a count).
_AND_DAY = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|(?:and|or|&)[^\S\n]+)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?=[^\S\n]*(?:[.;:)!?]|,(?![^\S\n]*\d)|\n|\Z)|[^\S\n]+(?:and|or)[^\S\n]+[0-3]?\d)"
)


def _coordinated_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """Add the days coordinated with a month-day: "April 24 and 25" holds two dates, April 24 and April 25."""
    out: list[Timex] = []
    for i, t in enumerate(timexes):
        out.append(t)
        d = _one_day(t)
        if d is None or not t.rule.startswith("month-day"):
            continue
        limit = timexes[i + 1].start if i + 1 < len(timexes) else len(text)
        end = t.end
        while (m := _AND_DAY.match(text, end)) is not None and m.end() <= limit:
            try:
                day = d.replace(day=int(m["day"]))
            except ValueError:
                break
            if day <= d:
                break
            out.append(
                Timex(
                    m.start("day"), m.end(), text[m.start("day") : m.end()], "DATE", day.isoformat(), None,
                    (day, day), "day", f"and-day+{t.rule}", t.anchor,
                )
            )  # fmt: skip
            d, end = day, m.end()
    return out


def _merge_day_before(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join "the day before Tuesday" or "the day after Jan. 3" into that day's neighbour."""

    def join(a: Timex, b: Timex) -> Timex | None:
        m = _DAY_BEFORE.match(a.text)
        d = _one_day(b)
        if m is None or d is None or not text[a.end : b.start].isspace() or b.start - a.end > 2:
            return None
        day = d + timedelta(days=-1 if m.group(1).lower() == "before" else 1)
        return Timex(
            a.start, b.end, text[a.start : b.end], "DATE", day.isoformat(), None, (day, day), "day",
            f"day-{m.group(1).lower()}+{b.rule}", b.anchor,
        )  # fmt: skip

    return _merge_adjacent(timexes, join)


def _one_day(t: Timex | None) -> date | None:
    """The day a DATE expression names when it names exactly one day ("Nov. 9", "Friday"), else None."""
    if t is None or t.type != "DATE" or t.granularity != "day":
        return None
    d = t.interval[0]
    return d if d is not None and d == t.interval[1] else None


#: Clock times resolved without a day named before them; a day named right after may still date them.
_UNDATED_CLOCK = ("clock:anchor", "clock:no-antecedent", "clock:no-anchor")
#: What may stand between a clock time and its day: "2:46 p.m. local time on Friday", "noon (GMT +8) Tuesday".
_CLOCK_TO_DAY = re.compile(
    r"\s*(?:(?:local|[A-Z][a-z]+)\s+time|\(?\s*[A-Z]{2,4}(?:\s*[+-]\s*\d{1,2})?\s*\))?\s*,?\s*(?:on\s+)?"
)


def _date_clocks_by_later_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """Date "at 2:46 p.m. local time on Friday" by the day named after the clock time, in the same clause."""
    out = list(timexes)
    for i, a in enumerate(out[:-1]):
        b = out[i + 1]
        d = _one_day(b)
        if (
            a.type == "TIME"
            and a.rule in _UNDATED_CLOCK
            and d is not None
            and _CLOCK_TO_DAY.fullmatch(text, a.end, b.start) is not None
        ):
            out[i] = _clock_on_day(a, a.end, text, d, f"clock:day-after+{b.rule}", b.anchor)
    return out


def _clock_on_day(clock: Timex, end: int, text: str, day: date, rule: str, anchor: date | None) -> Timex:
    """The clock time ``clock`` dated on ``day``, its span running to ``end``."""
    time_of_day = clock.value.partition("T")[2]
    return Timex(
        clock.start, end, text[clock.start : end], "TIME", f"{day.isoformat()}T{time_of_day}", None,
        (day, day), "day", rule, anchor,
    )  # fmt: skip


#: "the week of March 6", "the week ended Oct. 10", "the week to Oct. 10" (wire-service style)
_WEEK_OF = re.compile(
    r"\bthe\s+week\s+(?:of|ending|ended|that\s+ended|beginning|starting|to|through)\s+\Z", re.IGNORECASE
)


_WEEKEND_OF = re.compile(r"\s+of\s+\Z")


def _merge_weekend_of(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join "the weekend of Oct. 4" into the weekend of that day's week."""

    def join(a: Timex, b: Timex) -> Timex | None:
        d = _one_day(b)
        if (
            d is None
            or not a.rule.startswith("the-weekend")
            or _WEEKEND_OF.match(text[a.end : b.start]) is None
        ):
            return None
        return Timex(
            a.start, b.end, text[a.start : b.end], "DATE", cal.week_value(d) + "-WE", None,
            cal.weekend_interval(d), "week", f"weekend-of+{b.rule}", b.anchor,
        )  # fmt: skip

    return _merge_adjacent(timexes, join)


def _merge_week_of(text: str, timexes: list[Timex]) -> list[Timex]:
    """Turn "the week of March 6" or "the week ended Oct. 10" into the (ISO) week holding that day."""
    out: list[Timex] = []
    for t in timexes:
        d = _one_day(t)
        m = None
        if d is not None:
            m = _WEEK_OF.search(text, max(0, t.start - 24), t.start)
        if m is None or d is None:
            out.append(t)
            continue
        s = m.start()
        out.append(
            Timex(
                s, t.end, text[s : t.end], "DATE", cal.week_value(d), None, cal.week_interval(d), "week",
                f"week-of+{t.rule}", t.anchor,
            )
        )  # fmt: skip
    return out


_CLOCK_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?\Z", re.IGNORECASE)


def _merge_clock_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join "10 p.m. Wednesday" or "5 p.m. EST, Nov. 9" into one TIME on that day."""

    def join(a: Timex, b: Timex) -> Timex | None:
        d = _one_day(b)
        if (
            d is None
            or not a.rule.startswith("clock")
            or _CLOCK_DAY_GAP.match(text, a.end, b.start) is None
            or b.start - a.end > 6
        ):
            return None
        return _clock_on_day(a, b.end, text, d, f"clock+{b.rule}", b.anchor)

    return _merge_adjacent(timexes, join)


def _explicit(t: Timex) -> bool:
    return ":explicit" in t.rule or t.rule.startswith(("iso", "numeric"))


def _merge_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join "January to December" or "Nov. 28 - Dec. 2" into one DATE whose value is the range start."""

    def join(a: Timex, b: Timex) -> Timex | None:
        if not (a.type == b.type == "DATE" and a.granularity == b.granularity in _RANGE_GRANS):
            return None
        gap = text[a.end : b.start]
        joined = _RANGE_JOIN.match(gap) is not None and len(gap) <= 12
        if joined and gap.strip().lower() == "and":
            joined = _BETWEEN.search(text, max(0, a.start - 12), a.start) is not None
        return _join(a, b, text) if joined else None

    return _merge_adjacent(timexes, join)


def _join(a: Timex, b: Timex, text: str) -> Timex | None:
    (a0, _), (_, b1) = a.interval, b.interval
    value, rule = a.value, f"range({a.rule} .. {b.rule})"
    if a0 is not None and b1 is not None and not _explicit(a) and _explicit(b) and a0.year != b1.year:
        # "from January to December 2023": the explicit year of the end applies to the start.
        try:
            a0 = a0.replace(year=b1.year)
        except ValueError:
            return None
        value = f"{a0.year:04d}" + a.value[4:]
    if (
        a0 is not None
        and b1 is not None
        and b1 < a0
        and not _explicit(b)
        and b.granularity in ("day", "month")
    ):
        # "from November to February": the end is the first such day or month after the start.
        for y in (a0.year, a0.year + 1):
            moved = b1.replace(year=y, day=min(b1.day, cal.month_end(y, b1.month).day))
            if moved >= a0:
                b1 = moved
                break
    if a0 is not None and b1 is not None and b1 < a0:
        return None
    iv = (a0, b1) if a0 is not None and b1 is not None else (None, None)
    return Timex(
        a.start,
        b.end,
        text[a.start : b.end],
        "DATE",
        value,
        None,
        iv,
        a.granularity,
        rule,
        a.anchor or b.anchor,
    )


def format_timexes(timexes: Iterable[Timex]) -> str:
    """One readable line per time expression: span, text, type, value, interval, mod, rule.

    >>> print(format_timexes(tag_timexes("on Dec. 3", date(2023, 12, 4))))
    [3:9]  'Dec. 3'  DATE  2023-12-03  2023-12-03..2023-12-03  mod=-  rule=month-day:year-inferred-nearest
    """
    lines = []
    for t in timexes:
        s, e = t.interval
        iv = f"{s.isoformat() if s else '?'}..{e.isoformat() if e else '?'}" if (s or e) else "-"
        lines.append(
            f"[{t.start}:{t.end}]  {t.text!r}  {t.type}  {t.value}  {iv}  mod={t.mod or '-'}  rule={t.rule}"
        )
    return "\n".join(lines)
