"""Handlers for durations with a half or a decimal, bare unit adjectives and "later in the day".

"two and a half years" (P2.5Y), "a minute and a half" (PT1M30S), "half an hour" (PT30M), "5 1/2 hours" (PT5H30M),
"2.5 years", "decades-long" (PXY), "a day-long meeting" (P1D), "later in the day".
Registered into :data:`graphbuild.temporal.resolve.HANDLERS` on import.
"""

from __future__ import annotations

import re
from datetime import date

from .lexicon import UNITS, number_value, unit_of
from .relative import _duration_value, _no_anchor
from .resolve import _AMODS, NONE_IV, Context, Resolution, _day, _norm, handler

#: A time unit's half written exactly in the next smaller unit ("PT1H30M", not "PT1.5H").
_HALF_OF_TIME_UNIT = {"hour": ("H", "30M"), "minute": ("M", "30S")}
_YEARS_IN = {"decade": 10, "century": 100}


def half_duration_value(whole: int, unit: str) -> str:
    """TIMEX3 value of ``whole`` and a half ``unit``s.

    >>> half_duration_value(2, "year"), half_duration_value(1, "minute"), half_duration_value(0, "hour")
    ('P2.5Y', 'PT1M30S', 'PT30M')
    """
    if unit in _HALF_OF_TIME_UNIT:
        code, half = _HALF_OF_TIME_UNIT[unit]
        return f"PT{whole}{code}{half}" if whole else f"PT{half}"
    if unit in _YEARS_IN:
        # corpora write decades in years ("two decades" = P20Y), so half a decade is P5Y
        return f"P{whole * _YEARS_IN[unit] + _YEARS_IN[unit] // 2}Y"
    if unit == "year" and whole == 0:
        return "P6M"
    code, is_time, _ = UNITS[unit]
    return f"{'PT' if is_time else 'P'}{whole}.5{code}"


def decimal_duration_value(amount: str, unit: str) -> str:
    """TIMEX3 value of a decimal count of ``unit``s as written ("2.5" years -> "P2.5Y").

    >>> decimal_duration_value("1.5", "hour"), decimal_duration_value("2.25", "year")
    ('PT1H30M', 'P2.25Y')
    """
    whole, _, frac = amount.partition(".")
    if frac.rstrip("0") == "5":
        return half_duration_value(int(whole), unit)
    frac = frac.rstrip("0")
    if not frac:
        return _duration_value(int(whole), unit)
    if unit in _YEARS_IN:
        years = float(amount) * _YEARS_IN[unit]
        return f"P{years:g}Y"
    code, is_time, _ = UNITS[unit]
    return f"{'PT' if is_time else 'P'}{int(whole)}.{frac}{code}"


@handler("fraction")
def _fraction(m: re.Match[str], ctx: Context) -> Resolution | None:
    mod = _AMODS.get(_norm(m["amod"]))
    if m["fdec"]:
        unit = unit_of(m["fu1"])
        value = decimal_duration_value(m["fdec"], unit)
    elif m["fn7"]:
        unit = unit_of(m["fu7"])
        value = half_duration_value(int(m["fn7"]), unit)
    else:
        word = m["fu2"] or m["fu3"] or m["fu4"] or m["fu5"] or m["fu6"]
        unit = unit_of(word)
        num = m["fn2"] or m["fn3"]
        whole = (1 if m["fu6"] else 0) if num is None else number_value(_norm(num))
        if whole is None:
            return None  # "several and a half years": no number to add a half to
        value = half_duration_value(whole, unit)
    return Resolution("DURATION", value, NONE_IV, UNITS[unit][2], mod, "duration:fraction")


@handler("unit-adjective")
def _unit_adjective(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m["lunit"].lower()
    unit = unit_of(word)
    plural = word != unit
    # "decades-long", "years-old": some unsaid number of them; "day-long", "hour-long": one.
    # TimeBank-style corpora write the adjective "decades-long" in years (PXY), like "two decades" (P20Y).
    value = "PXY" if plural and unit in _YEARS_IN else _duration_value(None if plural else 1, unit)
    return Resolution("DURATION", value, NONE_IV, UNITS[unit][2], None, "duration:unit-adjective")


@handler("in-the-day")
def _in_the_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    start = m.start("iday")
    if ctx.last is not None and ctx.last[1] == "day":
        return _day_resolution(ctx.last[0], "in-the-day:antecedent", start)
    if ctx.anchor is None:
        res = _no_anchor("day", "in-the-day")
        return Resolution(
            res.type, res.value, res.interval, res.granularity, None, res.rule, span_start=start
        )
    return _day_resolution(ctx.anchor, "in-the-day:anchor", start)


def _day_resolution(d: date, rule: str, start: int) -> Resolution:
    res = _day(d, rule, anchored=True)
    return Resolution(res.type, res.value, res.interval, res.granularity, None, rule, True, False, start)
