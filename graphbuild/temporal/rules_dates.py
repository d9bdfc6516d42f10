"""The rule sources for calendar dates and periods: explicit dates, months, years, decades, seasons,
quarters, halves and "the year" / "the month" in context (the engine: :mod:`.patterns`).

Each entry is (rule name, regex source, priority, veto); :mod:`.patterns` compiles them in the order of
:data:`DATE_RULES` then :data:`~.rules_relative.RELATIVE_RULES` (the order breaks ties, so it is kept).
The shared fragments (the fuzzy prefix :data:`PRE`, the unit words) live here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import CARDINAL_WORDS, DAY, MONTH, MONTH_FULL, WEEKDAY_ANY, YEAR, YEAR_WORDS
from .vetoes import (
    check_month,
    check_season,
    check_the_quarter,
    check_the_unit,
    check_the_year,
    check_year,
    check_year_words,
)

RuleSource = tuple[str, str, int, Callable[[re.Match[str], str], bool] | None]
#: Fuzzy prefix: "early June", "mid-November", "late 2022", "the end of 1990", "earlier this month".
PRE = (
    r"(?:(?P<fz>early|mid|late|earlier|later|end(?=-)|the\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of"
    r"|(?:the\s+)?(?:first|second)\s+half\s+of)(?:\s*-\s*|\s+)(?:in\s+)?)?"
)
UNIT_SG = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
UNIT_PL = r"(?:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries)"
AMOD = (
    r"(?:(?P<amod>about|around|nearly|almost|roughly|approximately|more\s+than|over|less\s+than|under|at\s+least"
    r"|at\s+most|up\s+to|just\s+over|just\s+under|some)\s+(?!(?:the|its|their|his|her)\s))?"
)
PART = r"(?:morning|afternoon|evening|night)"
#: Before a year that follows a period word without "of" ("the third quarter 1986 results"): not a round
#: number before a lowercase word, which counts it ("in the third quarter 2000 jobs went").
_NO_COUNT = r"(?!\d\d00\s+[a-z])"
CARD_RE = "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))
ORD_CENT = r"(?:\d{1,2}(?:st|nd|rd|th)|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)"  # fmt: skip

#: The date and period rules, in tie-breaking order.
DATE_RULES: list[RuleSource] = [
    (
        "iso",
        r"(?<![\d\-/.])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d\-])",
        0,
        None,
    ),
    ("numeric", r"(?<![\d/.\-])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])", 0, None),
    (
        "month-day",
        PRE + r"(?:(?P<wd>" + WEEKDAY_ANY + r"),?\s+)?(?P<mon>" + MONTH + r")\s*(?P<day>" + DAY + r")"
        # "November 28-29" is one expression; "Aug. 26 to Oct. 20" is two (TimeML marks each date),
        # joined into one range by the tagger's range merge.
        r"(?:\s*(?:-|–|—|through|to|until)\s*(?P<day2>" + DAY + r")(?!\s*" + MONTH + r"))?"
        r"(?:,?\s+(?P<year>" + YEAR + r"))?",
        1,
        None,
    ),
    (
        "day-month",
        PRE + r"(?:(?P<wd>" + WEEKDAY_ANY + r"),?\s+)?(?:the\s+)?(?<![\d,.$])(?P<day>" + DAY + r")"
        r"(?:\s*(?:-|–)\s*(?P<day2>"
        + DAY
        + r"))?\s+(?:of\s+)?(?P<mon>"
        + MONTH
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r"))?",
        1,
        None,
    ),
    (
        "month-year",
        PRE
        + r"(?:(?P<mrel>last|next|this)\s+)?(?P<mon>"
        + MONTH
        + r")(?:,?\s+(?:of\s+)?(?:(?P<year>"
        + YEAR
        + r")|(?P<yearw>"
        + YEAR_WORDS
        + r"))|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year(?![a-zA-Z\-]))",
        2,
        None,
    ),
    (
        "month",
        PRE
        # "that September": the September of the year the story is in (anaphora)
        + r"(?:(?P<mrel>last|next|this|past|coming|that)\s+)?(?P<mon>"
        + MONTH_FULL
        + r"|(?-i:Sept?\.))(?!\s*\d)",
        5,
        check_month,
    ),
    (
        "year",
        PRE
        + r"(?:(?P<fiscal>fiscal|calendar|FY|financial(?=\s+year))\s*(?:year\s+)?)?(?P<year>"
        + YEAR
        + r")",
        6,
        check_year,
    ),
    (
        "year-words",
        r"(?:(?P<yr>the\s+year|in|since|by|until|of|from|to)\s+)?(?P<yearw>" + YEAR_WORDS + r")",
        6,
        check_year_words,
    ),
    (
        "decade",
        PRE + r"(?:(?:the\s+)?(?:(?P<dec>1[0-9]\d0|20\d0)['’]?s|['’](?P<dec2>\d0)s)"
        r"|the\s+(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![a-zA-Z])",
        2,
        None,
    ),
    ("century", PRE + r"(?:the\s+)?(?P<cent>" + ORD_CENT + r")[\s-]+century(?![a-zA-Z])", 2, None),
    (
        "season",
        PRE
        + r"(?:(?P<srel>last|next|this|past|coming|the|that|this\s+past)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
        r"(?:\s+(?:of\s+)?(?:(?P<year>" + YEAR + r")|(?P<yearw>" + YEAR_WORDS + r")))?(?![a-zA-Z])",
        3,
        check_season,
    ),
    (
        "quarter",
        r"(?:(?P<qdet>the|this|last|next|its|their|(?:this|last|next)\s+year['’]s)\s+)?"
        r"(?:(?:comparable|corresponding)\s+(?=year-|prior-))?(?:(?:fiscal|calendar)\s+)?"
        r"(?:(?P<qyear>" + YEAR + r")\s+|(?P<qago>year-ago|year-earlier|prior-year)\s+)?"
        r"(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th|latest|current|previous|last|year-ago|year-earlier|same)"
        # "the fourth quarter of 1985", and in business copy without "of": "fourth-quarter 1986 loss",
        # "4th qtr 1985" (the year names which fourth quarter; a round number before a word counts it)
        r"(?:\s+|-)(?:fiscal\s+)?(?:quarter|qtr\b\.?)(?:\s+(?:of\s+(?:fiscal\s+)?|"
        + _NO_COUNT
        + r")(?P<year>"
        + YEAR
        + r")|\s+of\s+(?P<yrel>this|last|next)\s+year)?(?![a-zA-Z])",
        2,
        None,
    ),
    (
        "the-quarter",
        # "in the 1988 quarter": that year's quarter of the one the story reports (business-news style)
        r"\bthe\s+(?:quarter|(?P<qp>latest|most\s+recent|current)\s+period|(?P<qyr>"
        + YEAR
        + r")\s+(?P<qyk>quarter"
        # "the September quarter": the (calendar) quarter that ends with or holds that month
        r"|period)|(?P<qmon>" + MONTH + r")\s+quarter)(?![a-zA-Z\-])",
        4,
        check_the_quarter,
    ),
    (
        "the-year",
        PRE
        + r"(?P<ydet>the|its|their)\s+(?:(?P<ykind>full|fiscal|financial|current|calendar|entire|whole)\s+"
        # "the current fiscal year", "the full calendar year": a kind of year, then which one
        r"(?:(?:fiscal|financial|calendar)\s+)?)?year"
        r"(?![a-zA-Z\-'’]|\s+(?:ago|before|after|earlier|later|\d)|\s+(?:twenty|nineteen|two\s+thousand))"
        r"|(?P<yend>year[-\s]end|year['’]s\s+end)(?![a-zA-Z\-])",
        5,
        check_the_year,
    ),
    (
        # "the end of the month", "for the week": the month or week the story is about
        "the-unit",
        PRE
        + r"the\s+(?P<tunit>month|week|decade)(?![a-zA-Z\-'’]|\s+(?:of|before|after|earlier|later|ago|ended|ending)\b)",
        5,
        check_the_unit,
    ),
    (
        # "the same period last year", "the quarter a year ago": one period, a year before the one in context
        "same-period",
        r"the\s+(?:(?:same|comparable|corresponding)\s+)?(?P<punit>period|quarter|month|week|half)\s+"
        r"(?:(?:of|in)\s+)?(?:(?:the\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+year"
        r"|the\s+year\s+(?:before|earlier))(?![a-zA-Z\-])",
        1,
        None,
    ),
    ("the-weekend", r"\b(?:the|over\s+the)\s+weekend(?![a-zA-Z\-])", 4, None),
    (
        "q-year",
        r"\b(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q)(?:\s+|-)?(?P<year>" + YEAR + r")?(?![a-zA-Z\d])",
        2,
        None,
    ),
    (
        # "the first week of June", "the last week of May 2007": one (ISO) week of that month
        "week-of-month",
        r"the\s+(?P<wko>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<wmon>"
        + MONTH
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r"))?",
        1,
        None,
    ),
    (
        "half",
        r"(?:the\s+)?(?P<h>first|second|last|latter)(?:\s+|-)half(?:\s+(?:of\s+|"
        + _NO_COUNT
        + r")(?P<year>"
        + YEAR
        + r")|\s+of\s+(?:(?P<yrel>this|last|next)\s+year|the\s+year))?(?![a-zA-Z])",
        3,
        None,
    ),
]
