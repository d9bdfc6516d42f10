"""The rule sources for expressions relative to the anchor or to a date in context: "last week", "two
years ago", "yesterday", weekdays, durations, sets, anaphora, holidays and clock times (the engine:
:mod:`.patterns`; the date rules: :mod:`.rules_dates`).
"""

from __future__ import annotations

from .clockwords import CLOCK_WORDS_RULE
from .holidays import HOLIDAY
from .lexicon import NUMBER, WEEKDAY, WEEKDAY_PLURAL, YEAR
from .rules_dates import AMOD, CARD_RE, PART, PRE, UNIT_PL, UNIT_SG, RuleSource
from .vetoes import check_deictic, check_holiday, check_set, check_weekday
from .vetoes_durations import check_duration, check_unit_adjective

#: The relative, duration, set, anaphora and clock rules, in tie-breaking order (after the date rules).
RELATIVE_RULES: list[RuleSource] = [
    (
        "relative",
        PRE + r"(?P<the>the\s+)?(?:this\s+)?(?P<rel>last|next|this|past|coming|previous|current)\s+"
        r"(?P<unit>week|weekend|month|year|decade|century)(?![a-zA-Z\-])",
        2,
        None,
    ),
    (
        "ago",
        AMOD + r"\b(?P<num>" + NUMBER + r")[\s-]+(?P<unit>" + UNIT_SG + r"|" + UNIT_PL + r")\s+"
        # "a year before" ending its clause is "a year earlier"; before a noun phrase ("two days before
        # the vote") "before" is a preposition and only the duration is an expression
        r"(?P<dir>ago|earlier|later|from\s+now|hence|back|before(?=\s*(?:[.,;:!?)\"”]|$)))(?![a-zA-Z])",
        1,
        None,
    ),
    (
        "year-ago",
        r"(?:the\s+)?(?P<ya>year|month)-(?:ago|earlier)(?:\s+(?P<yq>quarter|period|month|year))?(?![a-zA-Z])",
        2,
        None,
    ),
    (
        "deictic",
        r"(?:(?P<dfz>late|early|earlier|later)\s+)?(?P<dword>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
        r"|today|tonight|yesterday|tomorrow)(?:\s+(?P<dpart>" + PART + r"))?(?![a-zA-Z])",
        1,
        check_deictic,
    ),
    (
        "part-of-day",
        r"(?P<prel>this|last|tomorrow|yesterday)\s+(?P<dpart>" + PART + r")(?![a-zA-Z])",
        1,
        None,
    ),
    (
        # "by mid-afternoon", "mid-afternoon yesterday", "late morning": a part of the day in context
        "fuzzy-part",
        r"(?P<fp>early|mid|late)(?:\s*-\s*|\s+)(?P<dpart>morning|afternoon|evening)"
        r"(?:\s+(?P<fday>yesterday|today|tomorrow))?(?![a-zA-Z])",
        1,
        None,
    ),
    (
        "reference",
        # bare "current" ("the current system", "current market conditions") and bare "recent" ("the recent
        # sale", "a recent offering") are left out: adjectives for the one in use or the latest one, not times
        # of their own, and TimeML annotators leave most of them untagged (on the dev parts 2 of 7 bare
        # "recent" and 2 of 9 "current" carry a TIMEX3)
        r"\b(?P<ref>now|currently|recently|nowadays|these\s+days|the\s+past|the\s+future|in\s+future"
        r"|the\s+near\s+future|the\s+(?:near|short)\s+term)(?![a-zA-Z\-])",
        7,
        None,
    ),
    (
        "weekday",
        PRE
        # "the following Monday", "the previous Tuesday": counted from the day named before (anaphora)
        + r"(?:(?P<wana>the\s+(?:following|next|previous|preceding|prior))\s+"
        r"|(?P<wrel>last|next|this|coming|past|this\s+past)\s+)?(?P<wd>"
        + WEEKDAY
        + r")(?:\s+(?P<wpart>"
        + PART
        + r"))?",
        2,
        check_weekday,
    ),
    (
        "duration",
        AMOD
        + r"(?P<the>(?:the|its|their|his|her)\s+(?:(?P<drel>past|last|next|coming|previous|first|final|following|preceding)\s+)?)?"
        r"\b(?P<num>"
        + NUMBER
        # "two to three weeks": a range of counts, valued at its first
        + r")(?:\s+(?:to|or)\s+(?P<num2>\d{1,3}|"
        + CARD_RE
        + r"))?(?P<sep>\s+|-)"
        # "eight trading days", "an additional year", "two more weeks": the count still counts the unit
        + r"(?:(?P<adj>more|additional|further|extra|full|straight|consecutive|successive|trading|business"
        r"|working)\s+)?(?P<unit>" + UNIT_PL + r"|" + UNIT_SG + r")(?P<long>-long)?(?![a-zA-Z\-])",
        3,
        check_duration,
    ),
    (
        # "two and a half years", "a minute and a half", "half an hour", "2.5 years", "a 1.5-hour talk"
        "fraction",
        AMOD
        + r"(?:(?<![\d.,$€£])(?P<fdec>\d{1,3}\.\d{1,2})(?:\s+|-)(?P<fu1>"
        + UNIT_PL
        + r"|"
        + UNIT_SG
        + r")"
        r"|(?P<fn2>" + NUMBER + r")\s+and\s+a\s+half(?:\s+|-)(?P<fu2>" + UNIT_PL + r"|" + UNIT_SG + r")"
        r"|(?P<fn3>" + NUMBER + r")\s+(?P<fu3>" + UNIT_SG + r"|" + UNIT_PL + r")\s+and\s+a\s+half"
        r"|half\s+an?\s+(?P<fu4>" + UNIT_SG + r")|half-(?P<fu5>" + UNIT_SG + r")"
        # "5 1/2 hours", "2½ years": a whole number and a half written as a fraction
        r"|(?<![\d.,/$€£])(?P<fn7>\d{1,3})(?:[^\S\n]+1/2|-1/2|[^\S\n]*½)(?:\s+|-)(?P<fu7>"
        + UNIT_PL
        + r"|"
        + UNIT_SG
        + r")"
        # "over the past year and a half": one unit and a half, counted back (or on) from the anchor
        r"|the\s+(?:past|last|next|coming|first|final|previous|following)\s+(?P<fu6>" + UNIT_SG + r")"
        r"\s+and\s+a\s+half)(?![a-zA-Z\-])",
        2,
        None,
    ),
    (
        # "decades-long", "a day-long meeting", "a years-old slump": the unit word alone as the adjective
        "unit-adjective",
        r"(?P<lunit>" + UNIT_PL + r"|" + UNIT_SG + r")-(?P<ladj>long|old)(?![a-zA-Z\-])",
        3,
        check_unit_adjective,
    ),
    (
        # "later in the day": the day the story is about ("late in the day" is also the idiom for "belatedly")
        "in-the-day",
        r"(?:earlier|later)\s+in\s+(?P<iday>the\s+day)(?![a-zA-Z\-])",
        1,
        None,
    ),
    (
        "vague-duration",
        r"(?:(?P<recent>recent|coming|past|the\s+(?:past|last|coming))\s+|(?<=\bfor\s)|(?<=\bfor\s\s)|(?<=\bwithin\s)"
        # "over the years", "the weeks ahead": a stretch of unsaid length
        r"|(?<=\bover\s)the\s+|(?<=\bthrough\s)the\s+|the\s+(?=(?:days|weeks|months|years)\s+ahead\b))"
        # "for hours", "within minutes": a stretch of unsaid length at the scale of a clock too
        r"(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)"
        r"(?:\s+ahead\b|\s+(?:or|and|to)\s+(?:hours|days|weeks|months|years|decades)\b)?(?![a-zA-Z])",
        4,
        None,
    ),
    (
        "set",
        r"(?:(?P<every>every|each)\s+(?:(?P<other>other)\s+|(?P<snum>" + NUMBER + r")\s+)?"
        r"(?P<sunit>"
        + UNIT_PL
        + r"|"
        + UNIT_SG
        + r"|weekend|morning|afternoon|evening|"
        + WEEKDAY
        + r"|spring|summer|autumn|fall|winter)"
        r"|(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|biweekly|fortnightly)"
        # "on Mondays", "on Tuesday nights": every such day (or part of it)
        + r"|(?P<pwd>"
        + WEEKDAY_PLURAL
        + r")|(?P<pwd2>"
        + WEEKDAY
        + r")\s+(?P<ppart>morning|afternoon|evening|night)s"
        r"|(?P<freq>once|twice|thrice|"
        + NUMBER
        + r"\s+times)\s+(?:a|an|per|each|every)\s+(?P<funit>day|week|month|year|hour|minute|quarter))(?![a-zA-Z])",
        2,
        check_set,
    ),
    (
        "anaphora",
        r"(?:(?P<asame>the\s+same|that\s+(?:very\s+)?same|that\s+very|that|the\s+very\s+same)\s+(?P<au1>day|night|morning|afternoon|evening|week|weekend|month|year)"
        r"|the\s+(?P<adir>previous|preceding|prior|following|next|subsequent)\s+(?P<au2>day|night|morning|afternoon|evening|week|weekend|month|year)"
        r"|the\s+(?P<au3>day|night|week|month|year)\s+(?P<adir2>before|after|earlier|later)"
        # "results for that quarter": the quarter (or the quarter of the day) named before
        r"|(?P<athat>that)\s+(?P<au4>quarter))(?![a-zA-Z])",
        0,
        None,
    ),
    (
        "holiday",
        # "the 1988 Super Tuesday": a year written before the holiday, after "the"
        r"(?:(?P<hrel>last|next|this|this\s+past|coming)\s+|(?<=\bthe\s)(?P<year0>"
        + YEAR
        + r")\s+)?(?P<hol>"
        + HOLIDAY
        + r")(?:,?\s+(?P<year>"
        + YEAR
        + r"))?",
        1,
        check_holiday,
    ),
    (
        "clock",
        r"(?<![\d:.])(?:(?P<hh>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
        r"|(?P<hh2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?::[0-5]\d)?(?![\d:])|(?P<noon>noon|midday|midnight)"
        # "10 a.m. (1400 GMT)": a wire-service 24-hour time, written without a colon but with its zone
        r"|(?<![\d,.$])(?P<hh3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s+(?:GMT|UTC)\b))"
        # "3 p.m. ET": the US zones are often written without their standard/daylight letter
        r"(?:\s+(?P<tz>GMT|UTC|BST|CET|CEST|MSK|[ECMP][SD]?T)\b)?",
        3,
        None,
    ),
    # "at 4 in the morning": a clock time told by the part of the day (:mod:`.clockwords`)
    CLOCK_WORDS_RULE,
]
