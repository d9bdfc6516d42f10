"""Words of time: month and weekday names, number words, units, tense cues."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

_UNITS_1 = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Every single-word cardinal with its value ("zero" .. "nineteen", "twenty" .. "ninety").
CARDINAL_WORDS = {**_UNITS_1, **_TENS}
#: Quantities that are vague on purpose: TIMEX3 writes them as X ("several days" = PXD).
VAGUE = {"several", "few", "a few", "many", "some", "numerous", "a number of"}


def number_value(word: str) -> int | None:
    """Integer value of a cardinal written in digits or words, None for vague or unknown ones.

    >>> number_value("twenty-five"), number_value("a"), number_value("12"), number_value("several")
    (25, 1, 12, None)
    """
    w = word.lower().replace(",", "").strip()
    if w.isdigit():
        return int(w)
    if w in ("a", "an", "one", "a single", "single"):
        return 1
    if w == "a dozen":
        return 12
    if w in ("a hundred", "a thousand"):
        return 100 if w == "a hundred" else 1000
    if w in ("a couple of", "couple of", "a couple"):
        return 2
    if w in _UNITS_1:
        return _UNITS_1[w]
    if w in _TENS:
        return _TENS[w]
    parts = re.split(r"[-\s]+", w)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS_1:
        return _TENS[parts[0]] + _UNITS_1[parts[1]]
    if len(parts) == 2 and parts[1] == "hundred" and parts[0] in _UNITS_1:
        return _UNITS_1[parts[0]] * 100
    return None


def _alt(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_CARD_WORDS = list(_UNITS_1) + list(_TENS)
#: A cardinal: digits, words ("twenty-five"), "a"/"an", or a vague quantity.
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})*|(?:" + _alt(list(_TENS)) + r")[-\s](?:" + _alt(list(_UNITS_1)) + r")"
    r"|(?:"
    + _alt(_CARD_WORDS)
    + r")(?:\s+hundred)?|a\s+dozen|a\s+hundred|a\s+thousand|an?|a\s+few|a\s+couple\s+of|a\s+couple|couple\s+of"
    r"|several|few|many|some|numerous|a\s+number\s+of)"
)

#: Unit words -> (TIMEX3 designator, is a time unit, unit name used by calendar.shift).
UNITS = {
    "second": ("S", True, None), "minute": ("M", True, None), "hour": ("H", True, None),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"), "quarter": ("Q", False, None),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
}  # fmt: skip


def unit_of(word: str) -> str:
    """Singular unit name of a unit word ("years" -> "year", "centuries" -> "century")."""
    w = word.lower()
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") else w


def _cased(words: list[str]) -> str:
    forms = []
    for w in words:
        forms += [w.capitalize(), w.upper()]
    return "(?-i:" + _alt(forms) + ")"


_MONTH_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]  # fmt: skip
_MONTH_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
#: A month name, capitalised or upper case ("may" the verb is never a month); abbreviations may take a dot.
MONTH = r"(?:" + _cased(_MONTH_FULL) + r"|" + _cased(_MONTH_ABBR) + r"\.?)(?![a-zA-Z])"
MONTH_FULL = _cased(_MONTH_FULL) + r"(?![a-zA-Z])"
_WD_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: The weekdays' names in full, lower case.
WEEKDAY_NAMES = frozenset(_WD_FULL)
WEEKDAY = _cased(_WD_FULL) + r"(?![a-zA-Z])"
#: A weekday in the plural ("Mondays"), which names every such day.
WEEKDAY_PLURAL = _cased(_WD_FULL) + r"s(?![a-zA-Z])"
WEEKDAY_ANY = r"(?:" + _cased(_WD_FULL) + r"|" + _cased(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]) + r"\.?)(?![a-zA-Z])"  # fmt: skip
#: A four-digit year (1600-2199) not part of a longer number.
YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d])(?!,\d|\.\d|-\d|/\d|%)"
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_W = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TWO_DIGITS = (
    r"(?:(?:"
    + "|".join(_TENS_W)
    + r")(?:[\s-](?:"
    + "|".join(_ONES)
    + r"))?|"
    + "|".join(_TEENS)
    + r"|(?:oh|o)[\s-](?:"
    + "|".join(_ONES)
    + r"))"
)
#: A year said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand and three".
YEAR_WORDS = (
    r"(?:(?:eighteen|nineteen|twenty)\s+"
    + _TWO_DIGITS
    + r"|two\s+thousand(?:\s+(?:and\s+)?(?:"
    + _TWO_DIGITS
    + "|"
    + "|".join(_ONES)
    + r"))?)(?![a-zA-Z-])"
)


def year_value(words: str) -> int | None:
    """The year a spoken year stands for.

    >>> year_value("nineteen ninety-six"), year_value("two thousand and three"), year_value("nineteen oh five")
    (1996, 2003, 1905)
    """
    parts = re.split(r"[\s-]+", words.lower().strip())
    if parts[:2] == ["two", "thousand"]:
        rest = [w for w in parts[2:] if w != "and"]
        n = number_value(" ".join(rest)) if rest else 0
        return None if n is None else 2000 + n
    century = number_value(parts[0])
    rest = [w for w in parts[1:] if w not in ("oh", "o")]
    n = number_value(" ".join(rest)) if rest else None
    if century is None or n is None:
        return None
    return century * 100 + n


#: Day of month.
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

#: Tense cues: the nearest one to a time expression decides which way a yearless date points.
#: Reporting verbs ("said", "told") are left out: they date the report, not what it reports.
#: Tense cues: the nearest one to a time expression decides which way a yearless date points.
FUTURE_CUES = frozenset(
    ["will", "'ll", "shall", "should", "won't", "wo", "going", "upcoming", "coming", "next", "scheduled", "plans", "plan", "expected", "expects", "due", "would", "intends", "intend", "aims", "tomorrow", "until"]
)  # fmt: skip
PAST_CUES = frozenset(
    ["was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "met", "went", "came", "made", "took", "gave", "held", "spoke", "began", "left", "won", "lost", "sent", "led", "saw", "got", "became", "brought", "fell", "rose", "hit", "put", "cut", "wrote", "knew", "thought", "found", "ran", "paid", "sold", "bought", "struck", "kept", "felt", "heard", "meant", "stood", "fought", "flew", "drove", "broke", "chose", "spent", "since", "has", "have", "previously", "recently"]
)  # fmt: skip
#: Present-tense verbs of schedules: with a date they announce what is arranged ahead ("the offer expires
#: Friday", "the summit opens on Monday"), a weak future cue.
SCHEDULE_CUES = frozenset(
    ["begins", "starts", "opens", "closes", "ends", "expires", "resumes", "reopens", "convenes", "reconvenes",
     "kicks", "departs", "arrives", "lands", "launches", "premieres", "debuts"]
)  # fmt: skip
#: Present-tense cues: nearest one wins means "no direction" ("the dividend is payable Jan. 2").
PRESENT_CUES = frozenset(["is", "are", "am", "can", "may", "must", "does", "do"])
#: Reporting verbs date the report, not what it reports: they count only right next to the expression
#: ("said Friday", "said on Tuesday").
REPORTING_CUES = frozenset(["said", "told", "announced", "added", "stated", "declared"])
#: Words ending in -ed that are not past-tense cues.
NOT_PAST_ED = frozenset(
    [
        "need",
        "speed",
        "seed",
        "feed",
        "bed",
        "red",
        "shed",
        "hundred",
        "united",
        "limited",
        "proceed",
        "exceed",
        "succeed",
        "indeed",
    ]
)
