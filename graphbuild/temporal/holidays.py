"""Handlers for named holidays: "Christmas", "Thanksgiving Day", "New Year's Eve", "Easter".

Only holidays whose name fixes the day are listed: "Independence Day", "Labour Day" or "Mother's
Day" fall on different days in different countries, so they are left to the reader.

A holiday names a day of some year: the year is read (``Christmas 2008``), given by "last" /
"next", or inferred like a yearless date (the tense decides, a day close to the anchor stays close).
Registered into :data:`graphbuild.temporal.resolve.HANDLERS` on import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import calendar as cal
from .resolve import NONE_IV, Context, Resolution, _day, _norm, _unit, handler


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus).

    >>> easter(2013), easter(2000)
    (datetime.date(2013, 3, 31), datetime.date(2000, 4, 23))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


#: Super Tuesday before the primaries settled on the first Tuesday of March (2012 on); the name is
#: from 1984's.
_SUPER_TUESDAYS = {
    1984: date(1984, 3, 13),
    1988: date(1988, 3, 8),
    1992: date(1992, 3, 10),
    1996: date(1996, 3, 12),
    2000: date(2000, 3, 7),
    2004: date(2004, 3, 2),
    2008: date(2008, 2, 5),
}


def super_tuesday(year: int) -> date | None:
    """The day most US states hold presidential primaries: only in a presidential election year.

    >>> super_tuesday(1988), super_tuesday(2016), super_tuesday(2015)
    (datetime.date(1988, 3, 8), datetime.date(2016, 3, 1), None)
    """
    if year < 1984 or year % 4:
        return None
    return _SUPER_TUESDAYS.get(year) or nth_weekday(year, 3, 1, 1)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda y: date(y, month, day)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], date]:
    return lambda y: nth_weekday(y, month, weekday, n)


#: Holiday name (lower case, apostrophes and extra spaces removed) -> the day it falls on in a year
#: (None: not held that year).
HOLIDAYS: dict[str, Callable[[int], date | None]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "new years day": _fixed(1, 1),
    "new years": _fixed(1, 1),
    "new year": _fixed(1, 1),
    "new years eve": _fixed(12, 31),
    "valentines day": _fixed(2, 14),
    "fourth of july": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "may day": _fixed(5, 1),
    "thanksgiving": _nth(11, 3, 4),
    "thanksgiving day": _nth(11, 3, 4),
    "memorial day": _nth(5, 0, -1),
    "labor day": _nth(9, 0, 1),
    "martin luther king day": _nth(1, 0, 3),
    "martin luther king jr day": _nth(1, 0, 3),
    "presidents day": _nth(2, 0, 3),
    "columbus day": _nth(10, 0, 2),
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "maundy thursday": lambda y: easter(y) - timedelta(days=3),
    "palm sunday": lambda y: easter(y) - timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - timedelta(days=46),
    # the shopping days after Thanksgiving (the fourth Thursday of November)
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "super tuesday": super_tuesday,
}
#: Holidays held only some years: a yearless mention is the one of the nearest such year.
_EVERY_FOURTH_YEAR = frozenset(("super tuesday",))
#: Holidays that name a week: the week ending on Easter Sunday.
WEEK_HOLIDAYS: dict[str, Callable[[int], date]] = {"easter week": easter, "holy week": easter}

#: The regex source of a holiday name (cased: "may day" the phrase is not a holiday).
HOLIDAY = (
    r"(?-i:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]?s(?:\s+(?:Day|Eve))?"
    r"|Valentine['’]?s\s+Day|Fourth\s+of\s+July|Halloween|Veterans['’]?\s+Day"
    r"|Armistice\s+Day|Remembrance\s+Day|May\s+Day|Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day"
    r"|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Columbus\s+Day"
    r"|Easter(?:\s+(?:Sunday|Monday|[Ww]eek))?|Holy\s+Week|Good\s+Friday|Maundy\s+Thursday|Palm\s+Sunday"
    r"|Ash\s+Wednesday|Black\s+Friday|Cyber\s+Monday|Super\s+Tuesday)(?![a-zA-Z])"
)


def _key(name: str) -> str:
    return " ".join(re.sub(r"['’.]", "", name.lower()).split())


@handler("holiday")
def _holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    key = _key(m["hol"])
    day_of = HOLIDAYS.get(key) or WEEK_HOLIDAYS.get(key)
    if day_of is None:
        return None
    rel = _norm(m["hrel"])
    a = ctx.anchor
    year = m["year"] or m["year0"]
    if year:
        d = day_of(int(year))
        if d is None:
            return None
        if key in WEEK_HOLIDAYS:
            return _unit(d, "week", "holiday-week:explicit", anchored=False)
        return _day(d, "holiday:explicit", anchored=False)
    if a is None:
        if key in WEEK_HOLIDAYS:
            return Resolution("DATE", "XXXX-WXX", NONE_IV, "week", None, "holiday-week:no-anchor")
        d0, d1 = day_of(2000), day_of(2001)
        # a fixed day keeps its month and day ("XXXX-12-25"); a moving feast ("Easter") has neither
        value = (
            f"XXXX-{d0.month:02d}-{d0.day:02d}"
            if d0 is not None and d1 is not None and (d0.month, d0.day) == (d1.month, d1.day)
            else "XXXX-XX-XX"
        )
        return Resolution("DATE", value, NONE_IV, "day", None, "holiday:no-anchor")
    # "this" one is of the anchor's year, or of the next year it is held; the others a cycle apart
    span = 4 if key in _EVERY_FOURTH_YEAR else 1
    this = a.year + (-a.year) % span
    held = {y: d for y in (this - span, this, this + span) if (d := day_of(y)) is not None}
    cands = list(held.values())
    if rel in ("last", "this past", "past", "next", "coming"):
        forward = rel in ("next", "coming")
        side = [c for c in cands if (c > a if forward else c < a)]
        if not side:  # none held on that side of the anchor (a Super Tuesday before 1984)
            return None
        d, why = (min(side), "next") if forward else (max(side), "last")
    elif rel == "this":
        if this not in held:
            return None
        d, why = held[this], "this"
    elif not cands:
        return None
    else:
        ivs = [cal.week_interval(c) if key in WEEK_HOLIDAYS else (c, c) for c in cands]
        i, why = ctx.pick(ivs, m.start("hol"), m.end())
        d = cands[i]
    if key in WEEK_HOLIDAYS:
        return _unit(d, "week", f"holiday-week:{why}")
    return _day(d, f"holiday:{why}", anchored=True)
