"""The needles and gates of :mod:`graphbuild.temporal.patterns`: cheap tests that let a rule's regex run
only on texts that could hold one of its matches.

A rule with needles runs only when one of them occurs in the text (one scan finds them all); a rule with
a gate runs only when its gate regex matches somewhere. Neither changes what a rule finds, only whether
it is tried (a test runs every rule without them and compares).
"""

from __future__ import annotations

from .lexicon import MONTH, WEEKDAY

#: Fixed words (lower case) one of which any match of the rule contains.
NEEDS = {
    "century": ("century",),
    "year-words": ("eighteen", "nineteen", "twenty", "thousand"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "quarter": ("quarter", "qtr"),
    "the-quarter": ("quarter", "period"),
    "the-year": ("year",),
    "the-unit": ("month", "week", "decade"),
    "the-weekend": ("weekend",),
    "same-period": ("period", "quarter", "month", "week", "half"),
    "half": ("half",),
    "week-of-month": ("week of",),
    "ago": ("ago", "earlier", "later", "from now", "hence", "back", "before"),
    "year-ago": ("-ago", "-earlier"),
    "set": ("every", "each", "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "nightly", "hourly",
            "biweekly", "fortnightly", "once", "twice", "thrice", "times", "mondays", "tuesdays", "wednesdays",
            "thursdays", "fridays", "saturdays", "sundays", "nights", "mornings", "afternoons", "evenings"),
    "anaphora": ("same", "that", "previous", "preceding", "prior", "following", "next", "subsequent", "before",
                 "after", "earlier", "later"),
    "relative": ("last", "next", "this", "past", "coming", "previous", "current"),
    "decade": ("0s", "0's", "0’s", "ties"),
    "deictic": ("today", "tonight", "yesterday", "tomorrow"),
    "part-of-day": ("morning", "afternoon", "evening", "night"),
    "fuzzy-part": ("morning", "afternoon", "evening"),
    "clock": (":", "a.m", "p.m", "am", "pm", "noon", "midday", "midnight", "gmt", "utc"),
    "iso": ("-",),
    "numeric": ("/",),
    "unit-adjective": ("-long", "-old"),
    "in-the-day": ("the day",),
    "clock-words": ("in the morning", "in the afternoon", "in the evening", "at night"),
}  # fmt: skip
UNIT_GATE = r"(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)"
#: Cheap pre-tests for the rules whose words are not fixed strings (month and weekday names are cased).
GATES = {
    "month-day": MONTH, "day-month": MONTH, "month-year": MONTH, "month": MONTH, "weekday": WEEKDAY,
    "year": r"1[6-9]\d\d|2[01]\d\d", "vague-duration": UNIT_GATE,
    "reference": r"(?i:now|current|recent|past|future|term|these\s+days)",
    "duration": r"(?i:(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty"
                r"|hundred|dozen|couple|few|several|many|some|numerous|number\s+of))[\s-]+(?:of\s+|[a-z]+\s+)?"
                + UNIT_GATE + ")",
    "clock": r"(?i:\d\s*[ap]\.?m\b|\d:\d|noon|midday|midnight|\d{4}\s+(?:GMT|UTC)\b)",
    "anaphora": r"(?i:\b(?:same|that|very|previous|preceding|prior|following|next|subsequent)\s+(?:day|night|morning"
                r"|afternoon|evening|week|month|quarter|year)|\b(?:day|night|week|month|year)\s+(?:before|after|earlier|later))",
    "iso": r"\d{4}-\d\d-\d\d",
    "holiday": r"(?-i:Christmas|Year|Day|Eve|July|Halloween|Thanksgiving|Easter|Friday|Week|Thursday|Sunday"
               r"|Wednesday|Monday|Tuesday)",
    "numeric": r"\d/\d",
    "q-year": r"\b(?:Q[1-4]|[1-4]Q)",
    # a decimal counts only before a unit ("2.5 years"): news is full of decimals that are no durations
    "fraction": r"(?i:\bhalf\b|\d\.\d\d?(?:\s+|-)(?:second|minute|hour|day|night|week|fortnight|month|quarter"
    r"|year|decade|centur)|\d(?:\s+|-)1/2|½)",
}  # fmt: skip


#: Rules that cannot match a text without a digit in it.
NEEDS_DIGIT = frozenset(["iso", "numeric", "year", "q-year"])
