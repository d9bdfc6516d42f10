"""Normalising one date string (metadata dates, feed dates), with dateparser as a guarded fallback.

dateparser is right for the long tail of formats ("4 Dec. 2023 10:00 CET", "Monday 4th of
December"), wrong in ways that matter for a timeline. The guards here, each with a test:

- "November 28-29" is read as 28 November 1929: day ranges are split off before parsing;
- ``PREFER_DATES_FROM="past"`` moves a weekday equal to the base's weekday back a week: bare
  weekdays never reach dateparser (:func:`graphbuild.temporal.relative.weekday_date` decides);
- "in February" comes back as February with the base's day: dateparser's ``period`` is used
  to widen the point into the month (or week, or year) it stands for;
- more generally a point is never returned where an interval is meant.
"""

from __future__ import annotations

import email.utils
import logging
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from ..model import Timex
from . import calendar as cal
from .lexicon import MONTH, WEEKDAY_ANY
from .tagger import tag_timexes

log = logging.getLogger(__name__)

_DAY_RANGE = re.compile(
    r"(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*[-–]\s*(?P<second>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
)
_BARE_WEEKDAY = re.compile(r"^(?:on\s+)?" + WEEKDAY_ANY + r"$", re.IGNORECASE)
_HAS_DAY = re.compile(
    r"(?<![\d:])\d{1,2}(?:st|nd|rd|th)?(?![\d:])|\d{4}-\d\d-\d\d|\byesterday\b|\btoday\b|\btomorrow\b|\bago\b",
    re.I,
)
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_MONTH_RE = re.compile(MONTH, re.IGNORECASE)


@lru_cache(maxsize=64)
def _parser(base: date | None) -> Any:
    """One DateDataParser per base date (dateparser's RELATIVE_BASE lives in its settings)."""
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def dateparser_interval(text: str, anchor: date | None) -> tuple[str, date, date, str] | None:
    """(value, first day, last day, granularity) for ``text`` via dateparser, guarded; None if unparsable."""
    s = " ".join(text.split())
    if not s or _BARE_WEEKDAY.match(s):
        return None
    range_end: int | None = None
    rm = _DAY_RANGE.search(s)
    if rm and _MONTH_RE.search(s):
        range_end = int(rm["second"])
        s = s[: rm.start()] + rm["first"] + s[rm.end() :]
    try:
        data = _parser(anchor).get_date_data(s)
    except (ValueError, OverflowError, TypeError) as exc:  # dateparser raises these on odd input
        log.debug("dateparser failed on %r: %s", s, exc)
        return None
    if data is None or data.date_obj is None:
        return None
    d: date = data.date_obj.date()
    period = data.period or "day"
    if not _HAS_YEAR.search(s) and anchor is not None and abs(d.year - anchor.year) > 1:
        return None  # a year dateparser made up from a day number ("28-29" -> 1929)
    if period in ("day", "time") and not _HAS_DAY.search(s):
        period = "month" if _MONTH_RE.search(s) else period
    if period == "month":
        first, last = cal.month_interval(d.year, d.month)
        return f"{d.year:04d}-{d.month:02d}", first, last, "month"
    if period == "year":
        return f"{d.year:04d}", *cal.year_interval(d.year), "year"
    if period == "week":
        first, last = cal.week_interval(d)
        return cal.week_value(d), first, last, "week"
    last_day = d
    if range_end is not None:
        end = cal.safe_date(d.year, d.month, range_end)
        if end is not None and end > d:
            last_day = end
    return d.isoformat(), d, last_day, "day"


def _iso_or_rfc(s: str) -> tuple[datetime | date, str] | None:
    try:
        return date.fromisoformat(s), "iso"
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")), "iso-datetime"
    except ValueError:
        pass
    try:
        dt = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None
    return (dt, "rfc2822") if dt is not None else None


def resolve(text: str, anchor: date | None = None) -> Timex | None:
    """Normalise one date expression, e.g. a metadata date; None when it is not one.

    Offsets of the result are into ``text``. Tried in order: ISO 8601, RFC 2822 (feeds, mail
    headers), the tagger (when one expression covers the string), dateparser with guards.

    >>> resolve("Mon, 4 Dec 2023 10:00:00 GMT", None).value
    '2023-12-04'
    >>> resolve("November 28-29", date(2023, 12, 4)).interval
    (datetime.date(2023, 11, 28), datetime.date(2023, 11, 29))
    """
    lead = len(text) - len(text.lstrip())
    s = text.strip()
    if not s:
        return None
    end = lead + len(s)
    parsed = _iso_or_rfc(s)
    if parsed is not None:
        dt, rule = parsed
        d = dt.date() if isinstance(dt, datetime) else dt
        if isinstance(dt, datetime) and dt.tzinfo is not None:
            d = dt.astimezone(dt.tzinfo).date()  # the date as written, in its own zone
        return Timex(lead, end, s, "DATE", d.isoformat(), None, (d, d), "day", rule, None)
    found = tag_timexes(text, anchor)
    covered = sum(t.end - t.start for t in found)
    letters = len(re.sub(r"[\W_]", "", s))
    if found and covered >= 0.6 * len(s) and letters:
        best = max(found, key=lambda t: t.end - t.start)
        if len(found) == 1 or best.granularity == "day":
            return best
    got = dateparser_interval(s, anchor)
    if got is None:
        return found[0] if found else None
    value, first, last, gran = got
    return Timex(lead, end, s, "DATE", value, None, (first, last), gran, "dateparser", anchor)
