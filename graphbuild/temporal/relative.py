"""Handlers for expressions relative to the anchor or to an earlier date in the text.

"last week", "two years ago", "yesterday", "on Monday", "the same day", durations and sets.
Registered into :data:`graphbuild.temporal.resolve.HANDLERS` on import.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from .lexicon import PARTS_OF_DAY, UNITS, VAGUE, WEEKDAYS, number_value, unit_of
from .resolve import _AMODS, _REL, NONE_IV, Context, Resolution, _day, _fuzzy, _norm, _unit, handler
from .tense import sentence_bounds

_UNDERSPECIFIED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                   "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}  # fmt: skip


def _no_anchor(unit: str, rule: str, type_: str = "DATE") -> Resolution:
    gran = "week" if unit == "weekend" else unit
    return Resolution(
        type_, _UNDERSPECIFIED.get(unit, "XXXX-XX-XX"), NONE_IV, gran, None, f"{rule}:no-anchor"
    )


def _no_antecedent(unit: str, rule: str, mod: str | None = None) -> Resolution:
    """An anaphoric expression ("two days later", "at 3 p.m.") with no date before it to count from."""
    gran = "week" if unit == "weekend" else unit
    return Resolution(
        "DATE", _UNDERSPECIFIED.get(unit, "XXXX-XX-XX"), NONE_IV, gran, mod, f"{rule}:no-antecedent"
    )


_YEARS_IN = {"decade": 10, "century": 100}


def _duration_value(n: int | None, unit: str) -> str:
    code, is_time, _ = UNITS[unit]
    if unit == "fortnight":
        n = None if n is None else 2 * n
    if unit in _YEARS_IN and n is not None:
        return f"P{n * _YEARS_IN[unit]}Y"  # TIMEX3 corpora write "two decades" as P20Y, not P2DE
    q = "X" if n is None else str(n)
    return f"PT{q}{code}" if is_time else f"P{q}{code}"


@handler("relative")
def _relative(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel, unit, a = m["rel"].lower(), m["unit"].lower(), ctx.anchor
    if m["the"] and rel in ("past", "last", "next", "coming") and unit != "weekend":
        # "the past year": a year-long stretch ending at the anchor.
        value = _duration_value(1, unit)
        if a is None:
            return Resolution("DURATION", value, NONE_IV, unit, None, "anchored-duration:no-anchor")
        if rel in ("past", "last"):
            iv = (cal.shift(a, unit, -1) + timedelta(days=1), a)
        else:
            iv = (a, cal.shift(a, unit, 1) - timedelta(days=1))
        return Resolution("DURATION", value, iv, unit, None, f"anchored-duration:{rel}", True, False)
    if a is None:
        return _fuzzy(m, _no_anchor(unit, "relative"), ctx)
    offset = _REL[rel]
    if "past" in _norm(m.group(0)) and unit == "weekend":
        offset = -1
    shift_unit = "week" if unit == "weekend" else unit
    if unit == "weekend" and offset == -1 and a.weekday() >= 5:
        offset = 0 if "this" in _norm(m.group(0)) else -1
    d = cal.shift(a, shift_unit, offset)
    res = _unit(d, unit, f"relative:{rel}-{unit}")
    return _fuzzy(m, res, ctx)


@handler("the-weekend")
def _the_weekend(m: re.Match[str], ctx: Context) -> Resolution | None:
    a = ctx.anchor
    if a is None:
        return _no_anchor("weekend", "the-weekend")
    direction = ctx.tense(m.start(), m.end())
    if a.weekday() >= 5:
        d, why = a, "current"
    elif direction == "future":
        d, why = a, "coming"
    else:
        d, why = a - timedelta(days=7), "past"
    res = _unit(d, "weekend", f"the-weekend:{why}")
    return Resolution(res.type, res.value, res.interval, res.granularity, None, res.rule, True, True,
                      span_start=m.start() + m.group(0).lower().index("the"))  # fmt: skip


@handler("ago")
def _ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = unit_of(m["unit"])
    n = number_value(m["num"])
    way = m["dir"].lower()
    direction = -1 if way in ("ago", "earlier", "back", "before") else 1
    mod = _AMODS.get(_norm(m["amod"]))
    a = ctx.anchor
    if n is None:
        ref = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return Resolution("DATE", ref, NONE_IV, None, mod, f"ago:vague-{unit}")
    _, is_time, shift_unit = UNITS[unit]
    # "two days later", "eight years earlier", "a year before" count from the date the story was just talking about,
    # not from the day it was written; "ago", "back", "from now" and "hence" count from the anchor.
    anaphoric = way in ("earlier", "later", "before")
    if is_time and anaphoric:
        # "hours later": the day of the antecedent, if the story gave one.
        if ctx.last is not None and ctx.last[1] == "day":
            d = ctx.last[0]
            return Resolution(
                "DATE", d.isoformat(), (d, d), "day", mod, f"ago:{unit}:antecedent", True, False
            )
        return _no_antecedent("day", f"ago:{unit}", mod)
    if is_time or shift_unit is None:
        if unit == "quarter" and a is not None:
            y, q = cal.shift_quarter(*cal.quarter_of(a), direction * n)
            return Resolution(
                "DATE", f"{y:04d}-Q{q}", cal.quarter_interval(y, q), "quarter", mod, "ago:quarter", True, True
            )
        if a is None:
            return _no_anchor("day", "ago", "TIME")
        return Resolution("DATE", a.isoformat(), (a, a), "day", mod, f"ago:{unit}", True, False)
    if a is None:
        return _no_anchor(shift_unit, "ago")
    if (
        ctx.last is not None
        and ctx.last[1] == "quarter"
        and unit == "year"
        and way in ("ago", "earlier", "before")
    ):
        # "profit rose in the third quarter from a year earlier": the same quarter a year back.
        y, q = cal.shift_quarter(*cal.quarter_of(ctx.last[0]), -4 * n)
        return Resolution(
            "DATE",
            f"{y:04d}-Q{q}",
            cal.quarter_interval(y, q),
            "quarter",
            mod,
            "ago:quarter-year-earlier",
            True,
            False,
        )
    base, why = a, "anchor"
    if anaphoric:
        if ctx.last is None or _GRAN_RANK.get(ctx.last[1], 9) > _GRAN_RANK.get(shift_unit, 0):
            # No antecedent, or one too coarse to count from ("in 1990 ... a week later"): say so, invent nothing.
            return _no_antecedent(shift_unit, f"ago:{n}-{unit}", mod)
        # "a week later": later than the date the story was just talking about.
        base, why = ctx.last[0], "antecedent"
    d = cal.shift(base, shift_unit, direction * n)
    res = _unit(d, shift_unit, f"ago:{n}-{unit}:{why}")
    # "sales rose to 240 mln dlrs from 223 mln dlrs a year before": a comparison's baseline, not the
    # time the story goes on about ("Sales for the prior year exclude ...")
    baseline = direction < 0 and _COMPARED.search(ctx.text, max(0, m.start() - 60), m.start()) is not None
    return Resolution(res.type, res.value, res.interval, res.granularity, mod, res.rule, True, not baseline)


#: What ends right before the baseline of a comparison: "from", "than", "with", "vs" and a figure.
_COMPARED = re.compile(
    r"\b(?:from|than|with|vs\.?|versus|against)\s+(?:[a-z]+\s+){0,3}[$£€]?\d[\d.,]*(?:\s+[a-z$%]+\.?){0,4}\s+\Z",
    re.IGNORECASE,
)


_DEICTIC = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _part_of_day(d: date, part: str, rule: str, mod: str | None = None) -> Resolution:
    return Resolution("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", (d, d), "day", mod, rule, True, True)


@handler("deictic")
def _deictic(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = _norm(m["dword"])
    part = (m["dpart"] or "").lower() or ("tonight" if word == "tonight" else "")
    mod = {"late": "END", "later": "END", "early": "START", "earlier": "START"}.get((m["dfz"] or "").lower())
    if ctx.anchor is None:
        return _no_anchor("day", f"deictic-{word.replace(' ', '-')}", "TIME" if part else "DATE")
    d = ctx.anchor + timedelta(days=_DEICTIC[word])
    if part:
        rule = "deictic:tonight" if word == "tonight" else f"deictic:{word}-{part}"
        return _part_of_day(d, part, rule, mod)
    r = _day(d, f"deictic:{word}", anchored=True)
    return Resolution(r.type, r.value, r.interval, r.granularity, mod, r.rule, True, True)


@handler("part-of-day")
def _part(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel, part = m["prel"].lower(), m["dpart"].lower()
    if ctx.anchor is None:
        return _no_anchor("day", "part-of-day", "TIME")
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and part != "night":
        offset = -1
    return _part_of_day(ctx.anchor + timedelta(days=offset), part, f"part-of-day:{rel}")


@handler("fuzzy-part")
def _fuzzy_part(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "mid-afternoon yesterday"; bare "by mid-afternoon" is on the day in context (the anchor's by default)."""
    part = m["dpart"].lower()
    mod = {"early": "START", "mid": "MID", "late": "END"}[m["fp"].lower()]
    if m["fday"]:
        if ctx.anchor is None:
            return _no_anchor("day", "fuzzy-part", "TIME")
        d, why = ctx.anchor + timedelta(days=_DEICTIC[m["fday"].lower()]), m["fday"].lower()
    elif ctx.prev_day is not None and 0 <= m.start() - ctx.prev_end <= 12:
        d, why = ctx.prev_day, "date-before"
    elif ctx.last is not None and ctx.last[1] == "day":
        d, why = ctx.last[0], "antecedent-day"
    elif ctx.anchor is not None:
        d, why = ctx.anchor, "anchor"
    else:
        return _no_anchor("day", "fuzzy-part", "TIME")
    return _part_of_day(d, part, f"fuzzy-part:{why}", mod)


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "recently": "PAST_REF",
         "previously": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF", "in future": "FUTURE_REF",
         "soon": "FUTURE_REF", "recent": "PAST_REF", "current": "PRESENT_REF", "the near future": "FUTURE_REF",
         "the near term": "FUTURE_REF", "the short term": "FUTURE_REF"}  # fmt: skip


@handler("reference")
def _reference(m: re.Match[str], ctx: Context) -> Resolution | None:
    value = _REFS[_norm(m["ref"])]
    a = ctx.anchor
    iv = (a, a) if value == "PRESENT_REF" and a is not None else NONE_IV
    return Resolution(
        "DATE", value, iv, "day" if iv[0] else None, None, f"reference:{value.lower()}", a is not None, False
    )


def weekday_date(anchor: date, wd: int, rel: str, direction: str | None) -> tuple[date, str]:
    """Day meant by a weekday name under news conventions.

    "last"/"this past" = the latest such day strictly before the anchor; "next"/"coming" = the
    first strictly after; "this" = the one in the anchor's week; a bare weekday points back
    (on or before the anchor, the same day included) unless the tense is future, then forward.
    """
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if rel in ("last", "past", "this past"):
        return anchor - timedelta(days=back or 7), "last"
    if rel in ("next", "coming"):
        return anchor + timedelta(days=fwd or 7), "next"
    if rel == "this":
        return anchor + timedelta(days=wd - anchor.weekday()), "this-week"
    if back == 0:
        return anchor, "same-day"  # "met Friday" and "will meet Friday" written on a Friday mean that day
    if direction == "future":
        return anchor + timedelta(days=fwd), "future-tense"
    return anchor - timedelta(days=back), "past-or-same-day"


@handler("weekday")
def _weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    wd = WEEKDAYS[m["wd"].lower()]
    part = (m["wpart"] or "").lower()
    rel = _norm(m["wrel"])
    base = ctx.last[0] if m["wana"] and ctx.last is not None and ctx.last[1] == "day" else ctx.anchor
    if base is None:
        v = f"XXXX-WXX-{wd + 1}" + (f"T{PARTS_OF_DAY[part]}" if part else "")
        return Resolution("TIME" if part else "DATE", v, NONE_IV, "day", None, "weekday:no-anchor")
    if m["wana"]:
        # "the following Monday": the first Monday after the day named before (or the anchor, with none)
        forward = m["wana"].split()[-1].lower() in ("following", "next")
        step = ((wd - base.weekday()) % 7 or 7) if forward else -((base.weekday() - wd) % 7 or 7)
        d = base + timedelta(days=step)
        why = f"{'following' if forward else 'previous'}:{'anchor' if base is ctx.anchor else 'antecedent'}"
    else:
        direction = None if rel else ctx.tense(m.start(), m.end())
        d, why = weekday_date(base, wd, rel, direction)
    if part:
        return _fuzzy(m, _part_of_day(d, part, f"weekday:{why}"), ctx)
    return _fuzzy(m, _day(d, f"weekday:{why}", anchored=True), ctx)


@handler("duration")
def _duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = unit_of(m["unit"])
    num = _norm(m["num"])
    n = None if num in VAGUE else number_value(num)
    if n is None and num not in VAGUE:
        return None
    if num in ("a", "an") and m["unit"].lower().endswith("s") and unit != "century":
        # "a months-long siege": the article belongs to the noun; "months-long" is a vague duration.
        return Resolution("DURATION", _duration_value(None, unit), NONE_IV, UNITS[unit][2], None, "duration:vague",
                          span_start=m.start("unit"))  # fmt: skip
    if m["sep"] == "-" and m["unit"].lower().endswith("s") and unit != "century":
        return None  # "two-weeks" is not how English writes the adjective
    mod = _AMODS.get(_norm(m["amod"]))
    value = _duration_value(n, unit)
    gran = UNITS[unit][2]
    drel = (m["drel"] or "").lower()
    a = ctx.anchor
    if a is not None and n is not None and gran and drel in ("past", "last", "previous", "preceding"):
        iv = (cal.shift(a, gran, -n) + timedelta(days=1), a)
        return Resolution("DURATION", value, iv, gran, mod, "anchored-duration:past", True, False)
    if a is not None and n is not None and gran and drel in ("next", "coming"):
        iv = (a, cal.shift(a, gran, n) - timedelta(days=1))
        return Resolution("DURATION", value, iv, gran, mod, "anchored-duration:next", True, False)
    # "the two-year deal", "a day-long strike": the article belongs to the noun, the adjective alone is
    # the duration.
    if m["sep"] == "-" and m["the"]:
        start: int | None = m.start("num")
    elif num in ("a", "an") and m["long"]:
        start = m.start("unit")
    else:
        start = None
    return Resolution(
        "DURATION", value, NONE_IV, gran, mod if start is None else None, "duration", span_start=start
    )


@handler("vague-duration")
def _vague_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = unit_of(m["unit"])
    rel = _norm(m["recent"])
    if rel in ("coming", "the coming", "past"):
        # "in coming months", "in past years": TIMEX3 writes the vague stretch ahead (or gone by) as a
        # reference to the future (or the past)
        ref = "PAST_REF" if rel == "past" else "FUTURE_REF"
        return Resolution("DATE", ref, NONE_IV, None, None, f"vague-duration:{ref.lower()}")
    return Resolution(
        "DURATION", _duration_value(None, unit), NONE_IV, UNITS[unit][2], None, "duration:vague"
    )


_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y",
                "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H", "biweekly": "P2W", "fortnightly": "P2W"}  # fmt: skip


@handler("set")
def _set(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["adv"]:
        return Resolution("SET", _ADVERB_SETS[m["adv"].lower()], NONE_IV, None, None, "set:adverb")
    if m["pwd"] or m["pwd2"]:
        wd = WEEKDAYS[(m["pwd"] or m["pwd2"]).lower().removesuffix("s")]
        part = f"T{PARTS_OF_DAY[m['ppart'].lower()]}" if m["ppart"] else ""
        return Resolution("SET", f"XXXX-WXX-{wd + 1}{part}", NONE_IV, "day", None, "set:weekday-plural")
    if m["freq"]:
        unit = m["funit"].lower()
        return Resolution("SET", _duration_value(1, unit), NONE_IV, UNITS[unit][2], None, "set:frequency")
    word = m["sunit"].lower()
    if word in WEEKDAYS:
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}", NONE_IV, "day", None, "set:weekday")
    if word in PARTS_OF_DAY:
        return Resolution("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", NONE_IV, "day", None, "set:part-of-day")
    if word in cal.SEASON_WORDS:
        return Resolution("SET", f"XXXX-{cal.SEASON_WORDS[word]}", NONE_IV, "season", None, "set:season")
    if word == "weekend":
        return Resolution("SET", "XXXX-WXX-WE", NONE_IV, "week", None, "set:weekend")
    unit = unit_of(word)
    n = 2 if m["other"] else (number_value(m["snum"]) if m["snum"] else 1)
    return Resolution("SET", _duration_value(n, unit), NONE_IV, UNITS[unit][2], None, "set:every")


_BACK = {"previous", "preceding", "prior", "before", "earlier"}
_GRAN_RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "quarter": 3,
    "season": 3,
    "half": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}


_APPOSITION = re.compile(r"\s*,\s*")
#: "the day before" + a noun phrase or clause: "before" is a preposition with its own object.
_NP_AFTER = re.compile(r"\s+(?!yesterday|today|tomorrow|and\b|or\b|that\b)[A-Za-z]")


@handler("anaphora")
def _anaphora(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = (m["au1"] or m["au2"] or m["au3"] or m["au4"]).lower()
    word = _norm(m["asame"] or m["adir"] or m["adir2"] or m["athat"])
    offset = 0 if (m["asame"] or m["athat"]) else (-1 if word in _BACK else 1)
    base_unit = "day" if unit in PARTS_OF_DAY else unit
    rank = _GRAN_RANK["week" if base_unit == "weekend" else base_unit]
    if m["au4"] and (ctx.last is None or ctx.last[1] != "quarter"):
        # "that quarter" names a quarter said before; the quarter of an earlier day may be a fiscal one
        return None
    if (
        m["au3"]
        and unit == "day"
        and ctx.prev_day is not None
        and _APPOSITION.fullmatch(ctx.text, ctx.prev_end, m.start())
        and _NP_AFTER.match(ctx.text, m.end())
    ):
        # "Oct. 12, the day before the stock market plunge": the day named just before, described by
        # an event ("before the plunge"), not a day before it
        d = ctx.prev_day
        return Resolution("DATE", d.isoformat(), (d, d), "day", None, "anaphora:apposition", True, False)
    if ctx.last is not None and _GRAN_RANK.get(ctx.last[1], 9) <= rank:
        base, why = ctx.last[0], "antecedent"
    elif word.startswith("that"):
        # "redemptions that day", "trades made that day", "crossed out that same day": with no date
        # before it, "that day" is generic (or points at an event, not a date): not one we can place
        return None
    elif ctx.anchor is not None:
        base, why = ctx.anchor, "no-antecedent-anchor"
    else:
        return _no_anchor(base_unit, "anaphora", "TIME" if unit in PARTS_OF_DAY and unit != "day" else "DATE")
    shift_unit = "week" if base_unit == "weekend" else base_unit
    d = cal.shift(base, shift_unit, offset)
    rule = f"anaphora:{word.replace(' ', '-')}-{unit}:{why}"
    if unit in PARTS_OF_DAY and unit != "day":
        return _part_of_day(d, unit, rule)
    return _unit(d, base_unit, rule)


def _contains(last: tuple[date, str], day: date) -> bool:
    """Whether the period of the antecedent ``last`` (a day and its granularity) holds ``day``."""
    try:
        lo, hi = cal.unit_value(last[0], last[1])[1]
    except ValueError:
        return False  # a granularity with no calendar period of its own ("season", "half")
    return lo is not None and hi is not None and lo <= day <= hi


#: "high" right before "noon", not after "at" ("at high noon" is the time)
_HIGH_NOON = re.compile(r"(?<!\bat )\bhigh\s+\Z", re.IGNORECASE)


@handler("clock")
def _clock(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["noon"]:
        if m["noon"].lower() == "noon" and _HIGH_NOON.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "high noon comes today", the film "High Noon": a showdown, not twelve o'clock
        hh, mi = (12, 0) if m["noon"].lower() != "midnight" else (24, 0)
    elif m["hh"] is not None:
        hh, mi = int(m["hh"]), int(m["mi"] or 0)
        pm = m["ampm"].lower().startswith("p")
        if hh > 12 or hh == 0:
            return None
        hh = (hh % 12) + (12 if pm else 0)
    elif m["hh2"] is not None:
        hh, mi = int(m["hh2"]), int(m["mi2"])
    else:
        hh, mi = int(m["hh3"]), int(m["mi3"])
    # ISO 8601 marks a time given in UTC (or GMT, the same clock) with "Z"; other zones stay local
    zone = "Z" if (m["tz"] or "").upper() in ("UTC", "GMT") else ""
    return clock_on_context_day(m, ctx, hh, mi, zone)


def clock_on_context_day(m: re.Match[str], ctx: Context, hh: int, mi: int, zone: str) -> Resolution:
    """The clock time hh:mi (``zone`` "Z" or "") on the day the story is talking about, as TIME."""
    # A bare clock time is on the day the story was last talking about ("On March 3 ... at 3 p.m."):
    # the date right before it, else the last day-precise date earlier in the text, else unknown.
    if ctx.prev_day is not None and 0 <= m.start() - ctx.prev_end <= 12:
        d, why = ctx.prev_day, "date-before"
    elif ctx.last is not None and ctx.last[1] == "day":
        d, why = ctx.last[0], "antecedent-day"
    elif ctx.anchor is not None and (
        ctx.last is None
        or _contains(ctx.last, ctx.anchor)
        or ctx.prev_end <= sentence_bounds(ctx.text, m.start(), m.end())[0]
    ):
        # no date named before it (or only a period holding the anchor, "this week"), or none in its
        # sentence ("The plane was unveiled in January. The take-off, at 08:30 UTC, ..."): a clock time
        # in a news story is on the day it was written
        d, why = ctx.anchor, "anchor"
    else:
        rule = "clock:no-anchor" if ctx.anchor is None else "clock:no-antecedent"
        return Resolution("TIME", f"XXXX-XX-XXT{hh:02d}:{mi:02d}{zone}", NONE_IV, "day", None, rule)
    return Resolution(
        "TIME", f"{d.isoformat()}T{hh:02d}:{mi:02d}{zone}", (d, d), "day", None, f"clock:{why}", True, False
    )
