"""Normalisation: from a matched span to a TIMEX3 value and a calendar interval.

One handler per rule of :mod:`graphbuild.temporal.patterns`. Handlers read the match, the
anchor (the document's creation date), the tense hint and the last resolved date earlier in
the text (for anaphora such as "the same day"), and return a :class:`Resolution`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from . import calendar as cal
from .lexicon import MONTHS, WEEKDAYS, year_value
from .tense import NO_CUE, TenseCue, tense_cue

Iv = tuple[date | None, date | None]
Iv2 = tuple[date, date]
NONE_IV: Iv = (None, None)


@dataclass(frozen=True)
class Resolution:
    type: str
    value: str
    interval: Iv = NONE_IV
    granularity: str | None = None
    mod: str | None = None
    rule: str = ""
    anchored: bool = False  # resolved against the anchor (so Timex.anchor is set)
    antecedent: bool = False  # may serve as the antecedent of "the same day" etc.
    span_start: int | None = None  # when the handler knows the expression starts later than the match


@dataclass
class Context:
    """What a handler may know besides its match: the text, the anchor, the last resolved date."""

    text: str
    anchor: date | None
    last: tuple[date, str] | None = None
    prev_end: int = -1
    prev_day: date | None = None
    last_quarter: date | None = None  # a day of the last quarter named, antecedent or not
    _cues: dict[tuple[int, int], TenseCue] = field(default_factory=dict)

    def cue(self, start: int, end: int) -> TenseCue:
        """The tense cue governing the expression at [start, end) (cached: handlers may ask twice)."""
        key = (start, end)
        if key not in self._cues:
            self._cues[key] = tense_cue(self.text, start, end) if self.text else NO_CUE
        return self._cues[key]

    def tense(self, start: int, end: int) -> str | None:
        return self.cue(start, end).tense

    def pick(
        self,
        candidates: list[Iv2],
        start: int,
        end: int,
        *,
        default: str | None = None,
        local_ok: bool = True,
    ) -> tuple[int, str]:
        """Index of the candidate period meant by the expression at [start, end) and why (see cal.choose).

        ``default`` is the direction without a tense cue; ``local_ok=False`` never lets a cue move
        a period close to the anchor (a quarter just ended is "reported" in the future tense).
        """
        if self.anchor is None:
            raise ValueError("pick needs an anchor")
        cue = self.cue(start, end)
        # a present tense ("the offer ends in September") points neither way: the nearest period
        direction = cue.tense or (None if cue.present else default)
        i, why = cal.choose(candidates, self.anchor, direction, local=cue.local and local_ok)
        return i, f"year-inferred-{why}"


Handler = Callable[[re.Match[str], Context], "Resolution | None"]
HANDLERS: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return register


_FUZZ = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
         "late": "END", "end": "END", "close": "END"}  # fmt: skip
_AMODS = {"about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX", "roughly": "APPROX",
          "approximately": "APPROX", "some": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
          "just over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
          "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS"}  # fmt: skip
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
_REL = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}


def _norm(s: str | None) -> str:
    return " ".join(s.lower().split()) if s else ""


def _fuzzy(m: re.Match[str], res: Resolution, ctx: Context) -> Resolution:
    """Apply an "early / mid / late / earlier / the end of / first half of" prefix to a resolution."""
    fz = _norm(m.groupdict().get("fz"))
    if not fz:
        return res
    s, e = res.interval
    if fz in ("earlier", "later"):
        mod = "START" if fz == "earlier" else "END"
        a = ctx.anchor
        if s is not None and e is not None and a is not None and s <= a <= e:
            s, e = (s, a) if fz == "earlier" else (a, e)
        return Resolution(
            res.type,
            res.value,
            (s, e),
            res.granularity,
            mod,
            res.rule + "+" + fz,
            res.anchored,
            res.antecedent,
        )
    if "half" in fz:
        part = "START" if "first" in fz else "END"
        if res.granularity == "year" and s is not None:
            h = 1 if part == "START" else 2
            return Resolution(res.type, f"{s.year:04d}-H{h}", cal.half_interval(s.year, h), "half", None,
                              res.rule + "+half", res.anchored, res.antecedent)  # fmt: skip
    else:
        part = _FUZZ[fz.split()[-2] if fz.startswith("the") else fz]
    if s is not None and e is not None and res.granularity:
        s, e = cal.narrow((s, e), res.granularity, part)
    return Resolution(
        res.type,
        res.value,
        (s, e),
        res.granularity,
        part,
        res.rule + "+" + part.lower(),
        res.anchored,
        res.antecedent,
    )


def _day(d: date, rule: str, *, anchored: bool) -> Resolution:
    return Resolution("DATE", d.isoformat(), (d, d), "day", None, rule, anchored, True)


def _unit(d: date, unit: str, rule: str, *, anchored: bool = True, type_: str = "DATE") -> Resolution:
    value, iv, gran = cal.unit_value(d, unit)
    return Resolution(type_, value, iv, gran, None, rule, anchored, True)


def _infer_year(
    month: int, day: int, ctx: Context, start: int, end: int, weekday: int | None = None
) -> tuple[date | None, str]:
    """Year of a yearless date: the tense decides, but a date close to the anchor stays close."""
    a = ctx.anchor
    if a is None:
        return None, "no-anchor"
    cands = [d for y in (a.year - 1, a.year, a.year + 1) if (d := cal.safe_date(y, month, day)) is not None]
    why = ""
    if weekday is not None:
        matching = [d for d in cands if d.weekday() == weekday]
        if matching:
            cands, why = matching, "+weekday"
    if not cands:
        return None, "no-such-day"
    i, how = ctx.pick([(d, d) for d in cands], start, end)
    return cands[i], how + why


def _explicit_day(m: re.Match[str], ctx: Context, rule: str) -> Resolution | None:
    g = m.groupdict()
    month = MONTHS[g["mon"].lower().rstrip(".")]
    day = int(re.sub(r"\D", "", g["day"]))
    wd = WEEKDAYS.get(g["wd"].lower().rstrip(".")) if g.get("wd") else None
    if g.get("year"):
        d = cal.safe_date(int(g["year"]), month, day)
        why, anchored = "explicit", False
    else:
        if not 1 <= day <= 31 or cal.safe_date(2000, month, day) is None:
            return None
        d, why = _infer_year(month, day, ctx, m.start(), m.end(), wd)
        anchored = True
        if d is None:
            return Resolution(
                "DATE", f"XXXX-{month:02d}-{day:02d}", NONE_IV, "day", None, f"{rule}:no-anchor-year-unknown"
            )
    if d is None:
        return None
    res = _day(d, f"{rule}:{why}", anchored=anchored)
    if g.get("day2"):
        month2 = MONTHS[g["mon2"].lower().rstrip(".")] if g.get("mon2") else month
        d2 = cal.safe_date(d.year, month2, int(re.sub(r"\D", "", g["day2"])))
        if d2 is not None and d2 < d and g.get("mon2"):
            d2 = cal.safe_date(d.year + 1, month2, d2.day)
        if d2 is not None and d2 > d:
            res = Resolution("DATE", res.value, (d, d2), "day", None, res.rule + "+range", anchored, True)
    return res


@handler("month-day")
def _month_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    return _explicit_day(m, ctx, "month-day")


@handler("day-month")
def _day_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    return _explicit_day(m, ctx, "day-month")


@handler("iso")
def _iso(m: re.Match[str], ctx: Context) -> Resolution | None:
    d = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return Resolution(
            "TIME", f"{d.isoformat()}T{m['hh']}:{m['mi']}", (d, d), "day", None, "iso-datetime", False, True
        )
    return _day(d, "iso", anchored=False)


@handler("numeric")
def _numeric(m: re.Match[str], ctx: Context) -> Resolution | None:
    y = int(m["y"])
    if len(m["y"]) == 2:
        base = ctx.anchor.year if ctx.anchor else 2000
        y = min((c * 100 + y for c in (base // 100 - 1, base // 100)), key=lambda v: abs(v - base))
    d = cal.safe_date(y, int(m["m"]), int(m["d"]))
    return _day(d, "numeric-m/d/y", anchored=False) if d else None


def _year_of(m: re.Match[str]) -> int | None:
    """The year written in a match, in digits (group ``year``) or words (group ``yearw``)."""
    g = m.groupdict()
    if g.get("year"):
        return int(g["year"])
    if g.get("yearw"):
        return year_value(g["yearw"])
    return None


@handler("month-year")
def _month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    mo = MONTHS[m["mon"].lower().rstrip(".")]
    y = _year_of(m)
    why, anchored = "explicit", False
    if y is None:
        if ctx.anchor is None or not m["yrel"]:
            res = Resolution("DATE", f"XXXX-{mo:02d}", NONE_IV, "month", None, "month-year:no-anchor")
            return _fuzzy(m, res, ctx)
        y, why, anchored = ctx.anchor.year + _REL[m["yrel"].lower()], f"{m['yrel'].lower()}-year", True
    res = Resolution(
        "DATE",
        f"{y:04d}-{mo:02d}",
        cal.month_interval(y, mo),
        "month",
        None,
        f"month-year:{why}",
        anchored,
        True,
    )
    return _fuzzy(m, res, ctx)


@handler("month")
def _month(m: re.Match[str], ctx: Context) -> Resolution | None:
    mo = MONTHS[m["mon"].lower().rstrip(".")]
    a = ctx.anchor
    rel = _norm(m["mrel"])
    if a is None:
        return _fuzzy(
            m,
            Resolution("DATE", f"XXXX-{mo:02d}", NONE_IV, "month", None, "month:no-anchor-year-unknown"),
            ctx,
        )
    if rel in ("last", "past"):
        y, why = (a.year if mo < a.month else a.year - 1), "last"
    elif rel in ("next", "coming"):
        y, why = (a.year if mo > a.month else a.year + 1), "next"
    elif rel == "this":
        y, why = a.year, "this"
    elif rel == "that" and ctx.last is not None:
        y, why = ctx.last[0].year, "that-antecedent"  # "In 2017 he left. That September, ..."
    else:
        years = (a.year - 1, a.year, a.year + 1)
        i, why = ctx.pick([cal.month_interval(y, mo) for y in years], m.start(), m.end(), default="past")
        y = years[i]
    res = Resolution(
        "DATE", f"{y:04d}-{mo:02d}", cal.month_interval(y, mo), "month", None, f"month:{why}", True, True
    )
    return _fuzzy(m, res, ctx)


@handler("year-words")
@handler("year")
def _year(m: re.Match[str], ctx: Context) -> Resolution | None:
    y = _year_of(m)
    if y is None:
        return None
    if m.groupdict().get("yr") and not m["yr"].lower().startswith("the"):
        # "in nineteen ninety-six": the preposition only licensed the match
        return Resolution("DATE", f"{y:04d}", cal.year_interval(y), "year", None, "year:words", False, True,
                          span_start=m.start("yearw"))  # fmt: skip
    return _fuzzy(
        m,
        Resolution("DATE", f"{y:04d}", cal.year_interval(y), "year", None, "year:explicit", False, True),
        ctx,
    )


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


@handler("decade")
def _decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["dec"]:
        dec, why = int(m["dec"]) // 10, "explicit"
    else:
        digit = int(m["dec2"][0]) if m["dec2"] else _DECADE_WORDS[m["decw"].lower()]
        if ctx.anchor is None:
            return _fuzzy(
                m,
                Resolution("DATE", f"XX{digit}", NONE_IV, "decade", None, "decade:no-anchor-century-unknown"),
                ctx,
            )
        century = ctx.anchor.year // 100
        dec = century * 10 + digit
        if dec * 10 > ctx.anchor.year:
            dec -= 10
        why = "century-from-anchor"
    res = Resolution(
        "DATE",
        f"{dec:03d}",
        cal.decade_interval(dec),
        "decade",
        None,
        f"decade:{why}",
        why != "explicit",
        True,
    )
    return _fuzzy(m, res, ctx)


_CENT_WORDS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
               "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
               "twenty-second": 22}  # fmt: skip


@handler("century")
def _century(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = m["cent"].lower()
    n = int(re.sub(r"\D", "", w)) if w[0].isdigit() else _CENT_WORDS[w]
    if not 1 <= n <= 30:
        return None
    res = Resolution(
        "DATE", f"{n - 1:02d}", cal.century_interval(n - 1), "century", None, "century:explicit", False, True
    )
    return _fuzzy(m, res, ctx)


@handler("season")
def _season(m: re.Match[str], ctx: Context) -> Resolution | None:
    code = cal.SEASON_WORDS[m["season"].lower()]
    rel = _norm(m["srel"])
    a = ctx.anchor
    if _year_of(m) is not None:
        y, why, anchored = _year_of(m) or 0, "explicit", False
    elif a is None:
        return _fuzzy(
            m,
            Resolution("DATE", f"XXXX-{code}", NONE_IV, "season", None, "season:no-anchor-year-unknown"),
            ctx,
        )
    else:
        anchored = True
        cur_y, cur_code = cal.season_of(a)
        this_y = cur_y if (code == "WI" and cur_code == "WI") else a.year
        if rel in ("last", "past", "this past"):
            y, why = this_y - 1, "last"
        elif rel in ("next", "coming"):
            y, why = this_y + 1, "next"
        elif rel == "this":
            y, why = this_y, "this"
        elif rel == "that" and ctx.last is not None:
            y, why = ctx.last[0].year, "that-antecedent"  # "In 2018 the protests began. That summer, ..."
        else:
            years = (this_y - 1, this_y, this_y + 1)
            i, why = ctx.pick([cal.season_interval(y, code) for y in years], m.start(), m.end())
            y = years[i]
    res = Resolution(
        "DATE",
        f"{y:04d}-{code}",
        cal.season_interval(y, code),
        "season",
        None,
        f"season:{why}",
        anchored,
        True,
    )
    return _fuzzy(m, res, ctx)
