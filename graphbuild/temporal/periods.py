"""Handlers for the periods of business news: quarters, halves, "the year", "year-end".

Registered into :data:`graphbuild.temporal.resolve.HANDLERS` on import.
"""

from __future__ import annotations

import re
from datetime import timedelta

from . import calendar as cal
from .lexicon import MONTH, MONTHS
from .relative import _no_anchor
from .resolve import _ORD, _REL, NONE_IV, Context, Resolution, _fuzzy, _norm, _unit, handler


def _quarter_res(y: int, q: int, rule: str, anchored: bool, antecedent: bool = True) -> Resolution:
    return Resolution(
        "DATE", f"{y:04d}-Q{q}", cal.quarter_interval(y, q), "quarter", None, rule, anchored, antecedent
    )


def _last_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter a financial story means by "the quarter": the last one mentioned, else the last complete one."""
    if ctx.last is not None and ctx.last[1] == "quarter":
        return cal.quarter_of(ctx.last[0])
    if ctx.anchor is None:
        return None
    return cal.shift_quarter(*cal.quarter_of(ctx.anchor), -1)


def _ordinal_quarter(
    q: int, year: int | None, yrel: str, m: re.Match[str], ctx: Context, rule: str
) -> Resolution:
    a = ctx.anchor
    if year is not None:
        return _quarter_res(year, q, f"{rule}:explicit", False)
    if a is None:
        return Resolution("DATE", f"XXXX-Q{q}", NONE_IV, "quarter", None, f"{rule}:no-anchor-year-unknown")
    if yrel:
        return _quarter_res(a.year + _REL[yrel], q, f"{rule}:{yrel}-year", True)

    # Financial stories report quarters that have begun: "the first quarter" in October is this
    # year's, "the third quarter" in August the current one; a future tense looks ahead.
    years = (a.year - 1, a.year, a.year + 1)
    i, why = ctx.pick(
        [cal.quarter_interval(y, q) for y in years], m.start(), m.end(), default="past", local_ok=False
    )
    return _quarter_res(years[i], q, f"{rule}:{why}", True)


@handler("quarter")
def _quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    word, det = m["q"].lower(), _norm(m["qdet"])
    yrel = _norm(m["yrel"]) or (
        "this"
        if det.startswith("this ")
        else "last"
        if det.startswith("last ")
        else "next"
        if det.startswith("next ")
        else ""
    )
    if word in _ORD and not (word == "last" and det in ("the", "its", "their")):
        year = int(m["year"]) if m["year"] else (int(m["qyear"]) if m["qyear"] else None)
        res = _ordinal_quarter(_ORD[word], year, yrel, m, ctx, "quarter")
        if m["qago"] and res.interval[0] is not None:
            # "the year-ago third quarter": the same quarter a year before; a comparison, not an antecedent
            y = res.interval[0].year - 1
            return _quarter_res(y, _ORD[word], "quarter:year-ago-ordinal", True, False)
        return res
    if ctx.anchor is None:
        return Resolution("DATE", "XXXX-QX", NONE_IV, "quarter", None, "quarter:no-anchor")
    if word == "current" or (word == "last" and det == "this"):
        return _quarter_res(*cal.quarter_of(ctx.anchor), "quarter:current", True)
    base = _last_quarter(ctx)
    if base is None:
        return None
    if word in ("year-ago", "year-earlier"):
        # a comparison period: it must not become "the quarter" of later sentences
        return _quarter_res(*cal.shift_quarter(*base, -4), "quarter:year-ago", True, False)
    return _quarter_res(*base, "quarter:latest", True)


#: "the year ended June 30", "the year to March 31", "the year to date": a year-long stretch, not a calendar year
_YEAR_ENDED = re.compile(r"\s+(?:ended|ending|to\s+date)\b|\s+to\s+" + MONTH)


#: The granularities of an antecedent whose year "the year" names: "in the fourth quarter of 1985 and
#: in the year" is 1985 (a quarter's or a half's year only when the sentence does not look ahead).
_IN_A_YEAR = frozenset(("year", "half", "quarter"))


@handler("the-year")
def _the_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "for the year", "the full year", "year-end": the year the story is about (last mentioned, else the anchor's).

    "the year ended June 30" is a fiscal year whose end is still to be read: a one-year duration.
    """
    a = ctx.anchor
    if not m["yend"] and _YEAR_ENDED.match(ctx.text, m.end()) is not None:
        return Resolution("DURATION", "P1Y", NONE_IV, "year", None, "the-year:fiscal-duration")
    # "the current fiscal year" is the anchor's, whatever year the story named before
    if (
        ctx.last is not None
        and ctx.last[1] in _IN_A_YEAR
        and not m["yend"]
        and _norm(m["ykind"]) != "current"
        # "growth should continue during the year" after a quarter reported: the year ahead
        and (ctx.last[1] == "year" or ctx.cue(m.start(), m.end()).tense != "future")
    ):
        y, why = ctx.last[0].year, "antecedent"
    elif a is not None:
        y, why = a.year, "anchor"
    else:
        return Resolution("DATE", "XXXX", NONE_IV, "year", None, "the-year:no-anchor")
    res = Resolution(
        "DATE", f"{y:04d}", cal.year_interval(y), "year", None, f"the-year:{why}", why == "anchor"
    )
    if m["yend"]:
        s, e = cal.narrow(res.interval, "year", "END")  # type: ignore[arg-type]
        return Resolution("DATE", res.value, (s, e), "year", "END", "the-year:year-end", a is not None)
    return _fuzzy(m, res, ctx)


@handler("the-quarter")
def _the_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["qyr"]:
        return _year_quarter(int(m["qyr"]), m["qyk"].lower(), ctx)
    if m["qmon"]:
        q = (MONTHS[m["qmon"].lower().rstrip(".")] - 1) // 3 + 1
        return _ordinal_quarter(q, None, "", m, ctx, "quarter-month")
    base = _last_quarter(ctx)
    if base is None:
        return Resolution("DATE", "XXXX-QX", NONE_IV, "quarter", None, "the-quarter:no-anchor")
    return _quarter_res(*base, "the-quarter:latest", True)


def _year_quarter(y: int, kind: str, ctx: Context) -> Resolution:
    """ "compared with $5 million in the 1988 quarter": the quarter the story reports, in year ``y``.

    The quarter is the last one named before it ("its third-quarter net ... up from last year ... in the
    1988 quarter"), else, as for "the quarter", the last complete one before the anchor. With neither,
    "the 1988 quarter" is a quarter of 1988 not said which (TIMEX3 writes the unknown digit as X: "1988-QX")
    and "the 1988 period" the year itself. A comparison period, it never becomes the antecedent of what
    follows.
    """
    if ctx.last_quarter is not None:
        return _quarter_res(y, cal.quarter_of(ctx.last_quarter)[1], "the-quarter:year-of-named", False, False)
    if ctx.anchor is not None and kind == "quarter":
        q = cal.shift_quarter(*cal.quarter_of(ctx.anchor), -1)[1]
        return _quarter_res(y, q, "the-quarter:year-of-latest", True, False)
    value = f"{y:04d}-QX" if kind == "quarter" else f"{y:04d}"
    return Resolution("DATE", value, cal.year_interval(y), "year", None, f"the-quarter:year-{kind}")


@handler("q-year")
def _q_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    return _ordinal_quarter(
        int(m["qn"] or m["qn2"]), int(m["year"]) if m["year"] else None, "", m, ctx, "q-year"
    )


@handler("half")
def _half(m: re.Match[str], ctx: Context) -> Resolution | None:
    h = 1 if m["h"].lower() == "first" else 2  # "second", "last", "latter"
    a = ctx.anchor
    if m["year"]:
        y, why = int(m["year"]), "explicit"
    elif a is None:
        return Resolution("DATE", f"XXXX-H{h}", NONE_IV, "half", None, "half:no-anchor-year-unknown")
    elif m["yrel"]:
        y, why = a.year + _REL[m["yrel"].lower()], m["yrel"].lower()
    else:
        years = (a.year - 1, a.year, a.year + 1)
        i, why = ctx.pick([cal.half_interval(y, h) for y in years], m.start(), m.end(), default="past")
        y = years[i]
    return Resolution(
        "DATE", f"{y:04d}-H{h}", cal.half_interval(y, h), "half", None, f"half:{why}", why != "explicit", True
    )


@handler("same-period")
def _same_period(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the same period last year", "the quarter a year ago": the period in context, a year back.

    The period is the unit named ("quarter", "month") or, for "period", the granularity of the last
    date in context (a quarter in earnings news); without one, the anchor's last quarter.
    """
    unit = m["punit"].lower()
    last = ctx.last
    if unit == "period":
        unit = last[1] if last is not None and last[1] in ("quarter", "month", "week", "half") else "quarter"
    if unit == "quarter":
        base = _last_quarter(ctx)
        if base is None:
            return Resolution("DATE", "XXXX-QX", NONE_IV, "quarter", None, "same-period:no-anchor")
        return _quarter_res(*cal.shift_quarter(*base, -4), "same-period:quarter", True, False)
    ref = last[0] if last is not None and last[1] == unit else ctx.anchor
    if ref is None:
        return Resolution("DATE", "XXXX", NONE_IV, unit, None, "same-period:no-anchor")
    d = cal.shift(ref, "year", -1)
    if unit == "half":
        h = 1 if d.month <= 6 else 2
        return Resolution("DATE", f"{d.year:04d}-H{h}", cal.half_interval(d.year, h), "half", None,
                          "same-period:half", True, False)  # fmt: skip
    value, iv, gran = cal.unit_value(d, unit)
    return Resolution("DATE", value, iv, gran, None, f"same-period:{unit}", True, False)


@handler("the-unit")
def _the_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the end of the month", "for the week": the month (week) of the last date mentioned, if that
    date is as fine or finer, else the anchor's."""
    unit = m["tunit"].lower()
    finer = ("day", "week") if unit == "month" else ("day",)
    if ctx.last is not None and (ctx.last[1] == unit or ctx.last[1] in finer):
        # "Stocks fell on Friday. For the week, ...": the week of the day just named
        d, why = ctx.last[0], "antecedent"
    elif ctx.anchor is not None:
        d, why = ctx.anchor, "anchor"
    else:
        value = "XXXX-XX" if unit == "month" else "XXXX-WXX"
        return Resolution("DATE", value, NONE_IV, unit, None, "the-unit:no-anchor")
    value, iv, gran = cal.unit_value(d, unit)
    return _fuzzy(
        m, Resolution("DATE", value, iv, gran, None, f"the-unit:{unit}-{why}", why == "anchor", True), ctx
    )


#: The middle day of the n-th seven days of a month: "the second week of June" is the week holding June 11.
_WEEK_MIDDAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


@handler("week-of-month")
def _week_of_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    mo = MONTHS[m["wmon"].lower().rstrip(".")]
    a = ctx.anchor
    if m["year"]:
        y, why = int(m["year"]), "explicit"
    elif a is None:
        return Resolution("DATE", "XXXX-WXX", NONE_IV, "week", None, "week-of-month:no-anchor")
    else:
        years = (a.year - 1, a.year, a.year + 1)
        i, why = ctx.pick([cal.month_interval(y, mo) for y in years], m.start(), m.end(), default="past")
        y = years[i]
    nth = m["wko"].lower()
    d = (
        cal.month_interval(y, mo)[0] + timedelta(days=_WEEK_MIDDAY[nth] - 1)
        if nth in _WEEK_MIDDAY
        else (cal.month_end(y, mo) - timedelta(days=3))
    )
    return Resolution(
        "DATE", cal.week_value(d), cal.week_interval(d), "week", None, f"week-of-month:{nth}:{why}",
        m["year"] is None, True,
    )  # fmt: skip


@handler("year-ago")
def _year_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    a = ctx.anchor
    if a is None:
        return _no_anchor("year", "year-ago")
    if (m["yq"] or "").lower() == "quarter" or (ctx.last is not None and ctx.last[1] == "quarter"):
        base = _last_quarter(ctx)
        if base is not None:
            y, q = cal.shift_quarter(*base, -4)
            return Resolution(
                "DATE",
                f"{y:04d}-Q{q}",
                cal.quarter_interval(y, q),
                "quarter",
                None,
                "year-ago:quarter",
                True,
                False,
            )
    unit = m["ya"].lower()
    if (
        unit == "year"
        and (m["yq"] or "").lower() == "month"
        and ctx.last is not None
        and ctx.last[1] == "month"
    ):
        # "sales in February rose from the year-ago month": that month a year before, a comparison period
        # (no antecedent)
        d = cal.shift(ctx.last[0], "year", -1)
        iv = cal.month_interval(d.year, d.month)
        return Resolution(
            "DATE", f"{d.year:04d}-{d.month:02d}", iv, "month", None, "year-ago:month", True, False
        )
    return _unit(cal.shift(a, unit, -1), unit, f"year-ago:{unit}")
