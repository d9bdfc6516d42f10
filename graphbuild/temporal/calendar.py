"""Calendar arithmetic: the intervals and TIMEX3 values of days, weeks, months, seasons, quarters...

Every function is pure and works on :class:`datetime.date`. Intervals are inclusive
``(first_day, last_day)`` tuples, as in :attr:`graphbuild.model.Timex.interval`.
"""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

Interval = tuple[date, date]

#: TIMEX3 season codes and the months each covers (winter runs into the next year).
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_WORDS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def month_end(year: int, month: int) -> date:
    """Last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return date(year, month, _cal.monthrange(year, month)[1])


def month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), month_end(year, month)


def year_interval(year: int) -> Interval:
    return date(year, 1, 1), date(year, 12, 31)


def decade_interval(decade: int) -> Interval:
    """``decade`` is the first three digits: 199 -> 1990-01-01..1999-12-31."""
    return date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)


def century_interval(century: int) -> Interval:
    """``century`` is the first two digits: 19 -> 1900-01-01..1999-12-31."""
    return date(max(1, century * 100), 1, 1), date(century * 100 + 99, 12, 31)


def week_value(d: date) -> str:
    """ISO week of a day as a TIMEX3 value.

    >>> week_value(date(2023, 11, 22))
    '2023-W47'
    """
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_interval(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def weekend_interval(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return monday + timedelta(days=5), monday + timedelta(days=6)


def season_interval(year: int, code: str) -> Interval:
    first, last = SEASONS[code]
    if code == "WI":
        return date(year, 12, 1), month_end(year + 1, 2)
    return date(year, first, 1), month_end(year, last)


def season_of(d: date) -> tuple[int, str]:
    """The season a day falls in, with the year that names it (January is in last year's winter)."""
    if d.month in (12, 1, 2):
        return (d.year if d.month == 12 else d.year - 1), "WI"
    for code, (first, last) in SEASONS.items():
        if code != "WI" and first <= d.month <= last:
            return d.year, code
    raise ValueError(d)  # unreachable: every month belongs to a season


def quarter_interval(year: int, q: int) -> Interval:
    return date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift_quarter(year: int, q: int, n: int) -> tuple[int, int]:
    k = year * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def half_interval(year: int, h: int) -> Interval:
    return (date(year, 1, 1), date(year, 6, 30)) if h == 1 else (date(year, 7, 1), date(year, 12, 31))


def add_months(d: date, n: int) -> date:
    """Same day ``n`` months later (clamped to the month's end)."""
    k = d.year * 12 + d.month - 1 + n
    y, m = k // 12, k % 12 + 1
    return date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """Move a day by ``n`` units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    raise ValueError(f"unknown unit {unit!r}")


def unit_value(d: date, unit: str) -> tuple[str, Interval, str]:
    """TIMEX3 value, interval and granularity of the ``unit`` containing day ``d``."""
    if unit == "day":
        return d.isoformat(), (d, d), "day"
    if unit == "week":
        return week_value(d), week_interval(d), "week"
    if unit == "weekend":
        return week_value(d) + "-WE", weekend_interval(d), "week"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}", month_interval(d.year, d.month), "month"
    if unit == "quarter":
        y, q = quarter_of(d)
        return f"{y:04d}-Q{q}", quarter_interval(y, q), "quarter"
    if unit == "year":
        return f"{d.year:04d}", year_interval(d.year), "year"
    if unit == "decade":
        return f"{d.year // 10:03d}", decade_interval(d.year // 10), "decade"
    if unit == "century":
        return f"{d.year // 100:02d}", century_interval(d.year // 100), "century"
    raise ValueError(f"unknown unit {unit!r}")


def nearest(candidates: list[date], anchor: date, direction: str | None) -> date | None:
    """Pick the candidate a news reader would mean.

    ``direction`` ``"past"``: the latest on or before the anchor; ``"future"``: the
    earliest on or after it; None: the closest to it. Falls back to the closest.
    """
    if not candidates:
        return None
    if direction == "past":
        before = [c for c in candidates if c <= anchor]
        if before:
            return max(before)
    elif direction == "future":
        after = [c for c in candidates if c >= anchor]
        if after:
            return min(after)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def narrow(interval: Interval, granularity: str, part: str) -> Interval:
    """The START / MID / END part of an interval ("early June" = June 1-10).

    Months split into days 1-10, 11-20, 21-end; years into Jan-Apr, May-Aug, Sep-Dec;
    decades into years 0-3, 4-6, 7-9; anything else into thirds.
    """
    s, e = interval
    if granularity == "month":
        if part == "START":
            return s, s.replace(day=10)
        if part == "MID":
            return s.replace(day=11), s.replace(day=20)
        return s.replace(day=21), e
    if granularity == "year":
        if part == "START":
            return s, date(s.year, 4, 30)
        if part == "MID":
            return date(s.year, 5, 1), date(s.year, 8, 31)
        return date(s.year, 9, 1), e
    if granularity == "decade":
        if part == "START":
            return s, date(s.year + 3, 12, 31)
        if part == "MID":
            return date(s.year + 4, 1, 1), date(s.year + 6, 12, 31)
        return date(s.year + 7, 1, 1), e
    days = (e - s).days + 1
    third = max(1, days // 3)
    if part == "START":
        return s, min(e, s + timedelta(days=third - 1))
    if part == "MID":
        return min(e, s + timedelta(days=third)), min(e, s + timedelta(days=2 * third - 1))
    return min(e, s + timedelta(days=2 * third)), e


#: How far (in days) from the anchor a period counts as "close": a close period is taken as
#: written unless a strong cue right next to it says otherwise ("ahead of the November 28-29
#: meeting", written on November 27, is this year's even when the sentence has "said").
CLOSE_DAYS = 60


def gap_days(interval: Interval, anchor: date) -> int:
    """Signed days from the anchor to an interval: 0 if it contains the anchor, > 0 if after."""
    s, e = interval
    if s > anchor:
        return (s - anchor).days
    if e < anchor:
        return -(anchor - e).days
    return 0


def choose(
    candidates: list[Interval], anchor: date, direction: str | None, *, local: bool = False
) -> tuple[int, str]:
    """Index of the candidate period a news reader means, and why.

    ``direction`` ``"past"`` prefers the latest period that has begun by the anchor,
    ``"future"`` the earliest that has not ended; None the one nearest the anchor. A tense that
    disagrees with a period within :data:`CLOSE_DAYS` of the anchor moves it a year away only
    when the cue is ``local`` (strong and right next to the expression).

    >>> nov = [(date(y, 11, 28), date(y, 11, 29)) for y in (2022, 2023, 2024)]
    >>> choose(nov, date(2023, 11, 27), "past"), choose(nov, date(2023, 11, 27), "past", local=True)
    ((1, 'close'), (0, 'past'))
    """
    gaps = [gap_days(c, anchor) for c in candidates]
    nearest = min(range(len(candidates)), key=lambda i: (abs(gaps[i]), candidates[i][0]))
    if direction == "past":
        ok = [i for i, c in enumerate(candidates) if c[0] <= anchor]
        preferred = max(ok, key=lambda i: candidates[i][0]) if ok else None
    elif direction == "future":
        ok = [i for i, c in enumerate(candidates) if c[1] >= anchor]
        preferred = min(ok, key=lambda i: candidates[i][0]) if ok else None
    else:
        return nearest, "nearest"
    if preferred is None or preferred == nearest:
        return nearest, direction
    if abs(gaps[nearest]) <= CLOSE_DAYS and not local:
        return nearest, "close"
    return preferred, direction


_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?(?:T.*)?\Z|(?P<dec>\d{3})\Z|(?P<cent>\d{2})\Z"
)


def value_interval(value: str) -> Interval | None:
    """The days a fully specified TIMEX3 DATE/TIME value covers; None for anything else.

    >>> value_interval("2023-W48"), value_interval("2023-02")
    ((datetime.date(2023, 11, 27), datetime.date(2023, 12, 3)), (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28)))
    """
    m = _VALUE.match(value)
    if m is None:
        return None
    try:
        if m["dec"]:
            return decade_interval(int(m["dec"]))
        if m["cent"]:
            return century_interval(int(m["cent"]))
        y = int(m["y"])
        if y < 1:
            return None
        if m["d"]:
            d = date(y, int(m["m"]), int(m["d"]))
            return d, d
        if m["m"]:
            return month_interval(y, int(m["m"]))
        if m["w"]:
            monday = date.fromisocalendar(y, int(m["w"]), 1)
            return weekend_interval(monday) if m["we"] else week_interval(monday)
        if m["q"]:
            return quarter_interval(y, int(m["q"]))
        if m["h"]:
            return half_interval(y, int(m["h"]))
        if m["s"]:
            return season_interval(y, m["s"])
        return year_interval(y)
    except ValueError:
        return None
