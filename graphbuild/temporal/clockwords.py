"""Clock times told by the part of the day: "at 4 in the morning", "until nine o'clock at night".

TIMEX3 writes them as any clock time, on the 24-hour clock (``T04:00``, ``T21:00``), dated like the
clock times of :mod:`.relative` (the day the story is talking about). The rule source is
:data:`CLOCK_WORDS_RULE` (appended to the rules by :mod:`.rules_relative`); the handler registers into
:data:`graphbuild.temporal.resolve.HANDLERS` on import.
"""

from __future__ import annotations

import re

from .relative import clock_on_context_day
from .resolve import Context, Resolution, handler
from .vetoes import word_before

_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_HOUR = r"(?:1[0-2]|0?[1-9]|" + "|".join(sorted(_HOURS, key=len, reverse=True)) + r")"
#: (name, regex source, priority, veto): an hour, minutes perhaps, "o'clock" perhaps, then the part of day
CLOCK_WORDS_RULE = (
    "clock-words",
    r"(?P<ch>"
    + _HOUR
    + r")(?::(?P<cm>[0-5]\d))?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?P<cpart>morning|afternoon"
    r"|evening)|at\s+(?P<cnight>night))(?![a-zA-Z])",
    3,
    None,
)
#: The words a clock time is governed by: "at 4 in the morning", "until 2 in the morning" (not "ranked 5
#: in the morning ratings" or "the 6 in the evening news")
_CLOCK_PREPS = frozenset(["at", "by", "until", "till", "before", "after", "around", "about", "from", "to", "since",
                          "between", "and", "past"])  # fmt: skip


def hour_of_day(hour: int, part: str) -> int:
    """The 24-hour clock hour of ``hour`` said with a part of the day.

    >>> hour_of_day(4, "morning"), hour_of_day(12, "morning"), hour_of_day(3, "afternoon"), hour_of_day(9, "night")
    (4, 0, 15, 21)
    >>> hour_of_day(2, "night"), hour_of_day(12, "night")
    (2, 0)
    """
    if part == "morning" or (part == "night" and hour < 6):
        return hour % 12
    if part == "night" and hour == 12:
        return 0  # "12 at night": midnight, the start of the day
    return hour % 12 + 12


@handler("clock-words")
def _clock_words(m: re.Match[str], ctx: Context) -> Resolution | None:
    if word_before(ctx.text, m.start()) not in _CLOCK_PREPS:
        return None
    word = m["ch"].lower()
    hour = _HOURS[word] if word in _HOURS else int(word)
    part = (m["cpart"] or m["cnight"]).lower()
    return clock_on_context_day(m, ctx, hour_of_day(hour, part), int(m["cm"] or 0), "")
