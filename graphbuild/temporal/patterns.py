"""Span finding: precompiled regular expressions for time expressions (their vetoes: :mod:`.vetoes`).

Each :class:`Rule` has a name (the handler in :mod:`graphbuild.temporal.resolve` that
normalises its matches), a regex and a priority used to break ties between spans of equal
length. :func:`find_spans` runs every rule over the text and keeps the longest
non-overlapping matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from .gates import GATES, NEEDS, NEEDS_DIGIT
from .holidays import HOLIDAY
from .lexicon import (
    CARDINAL_WORDS,
    DAY,
    MONTH,
    MONTH_FULL,
    NUMBER,
    WEEKDAY,
    WEEKDAY_ANY,
    WEEKDAY_PLURAL,
    YEAR,
    YEAR_WORDS,
)
from .vetoes import (
    check_deictic,
    check_duration,
    check_holiday,
    check_month,
    check_season,
    check_set,
    check_the_quarter,
    check_the_unit,
    check_the_year,
    check_unit_adjective,
    check_weekday,
    check_year,
    check_year_words,
)

_F = re.IGNORECASE

#: Fuzzy prefix: "early June", "mid-November", "late 2022", "the end of 1990", "earlier this month".
PRE = (
    r"(?:(?P<fz>early|mid|late|earlier|later|end(?=-)|the\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of"
    r"|(?:the\s+)?(?:first|second)\s+half\s+of)(?:\s*-\s*|\s+)(?:in\s+)?)?"
)
_UNIT_SG = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
_UNIT_PL = r"(?:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries)"
_AMOD = (
    r"(?:(?P<amod>about|around|nearly|almost|roughly|approximately|more\s+than|over|less\s+than|under|at\s+least"
    r"|at\s+most|up\s+to|just\s+over|just\s+under|some)\s+(?!(?:the|its|their|his|her)\s))?"
)
_PART = r"(?:morning|afternoon|evening|night)"
_CARD_RE = "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))
_ORD_CENT = r"(?:\d{1,2}(?:st|nd|rd|th)|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)"  # fmt: skip


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    priority: int  # lower wins ties between equally long spans
    check: Callable[[re.Match[str], str], bool] | None = None
    needs: tuple[str, ...] = ()  # lower-case substrings without which the rule cannot match
    gate: re.Pattern[str] | None = None  # a cheap search that must succeed for the rule to be tried
    digit: bool = False  # the rule cannot match without a digit in the text


_RULES_SRC: list[tuple[str, str, int, Callable[[re.Match[str], str], bool] | None]] = [
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
    ("century", PRE + r"(?:the\s+)?(?P<cent>" + _ORD_CENT + r")[\s-]+century(?![a-zA-Z])", 2, None),
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
        r"(?:\s+|-)(?:fiscal\s+)?quarter(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>"
        + YEAR
        + r")|(?P<yrel>this|last|next)\s+year))?(?![a-zA-Z])",
        2,
        None,
    ),
    (
        "the-quarter",
        r"\bthe\s+(?:quarter|(?P<qp>latest|most\s+recent|current)\s+period)(?![a-zA-Z\-])",
        4,
        check_the_quarter,
    ),
    (
        "the-year",
        PRE
        + r"(?P<ydet>the|its|their)\s+(?:(?P<ykind>full|fiscal|financial|current|calendar|entire|whole)\s+)?year"
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
        r"(?:the\s+)?(?P<h>first|second|last|latter)(?:\s+|-)half(?:\s+of\s+(?:(?P<year>"
        + YEAR
        + r")|(?P<yrel>this|last|next)\s+year|the\s+year))?(?![a-zA-Z])",
        3,
        None,
    ),
    (
        "relative",
        PRE + r"(?P<the>the\s+)?(?:this\s+)?(?P<rel>last|next|this|past|coming|previous|current)\s+"
        r"(?P<unit>week|weekend|month|year|decade|century)(?![a-zA-Z\-])",
        2,
        None,
    ),
    (
        "ago",
        _AMOD + r"\b(?P<num>" + NUMBER + r")[\s-]+(?P<unit>" + _UNIT_SG + r"|" + _UNIT_PL + r")\s+"
        r"(?P<dir>ago|earlier|later|from\s+now|hence|back)(?![a-zA-Z])",
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
        r"|today|tonight|yesterday|tomorrow)(?:\s+(?P<dpart>" + _PART + r"))?(?![a-zA-Z])",
        1,
        check_deictic,
    ),
    (
        "part-of-day",
        r"(?P<prel>this|last|tomorrow|yesterday)\s+(?P<dpart>" + _PART + r")(?![a-zA-Z])",
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
        + _PART
        + r"))?",
        2,
        check_weekday,
    ),
    (
        "duration",
        _AMOD
        + r"(?P<the>(?:the|its|their|his|her)\s+(?:(?P<drel>past|last|next|coming|previous|first|final|following|preceding)\s+)?)?"
        r"\b(?P<num>"
        + NUMBER
        # "two to three weeks": a range of counts, valued at its first
        + r")(?:\s+(?:to|or)\s+(?P<num2>\d{1,3}|"
        + _CARD_RE
        + r"))?(?P<sep>\s+|-)"
        # "eight trading days", "an additional year", "two more weeks": the count still counts the unit
        + r"(?:(?P<adj>more|additional|further|extra|full|straight|consecutive|successive|trading|business"
        r"|working)\s+)?(?P<unit>" + _UNIT_PL + r"|" + _UNIT_SG + r")(?P<long>-long)?(?![a-zA-Z\-])",
        3,
        check_duration,
    ),
    (
        # "two and a half years", "a minute and a half", "half an hour", "2.5 years", "a 1.5-hour talk"
        "fraction",
        _AMOD
        + r"(?:(?<![\d.,$€£])(?P<fdec>\d{1,3}\.\d{1,2})(?:\s+|-)(?P<fu1>"
        + _UNIT_PL
        + r"|"
        + _UNIT_SG
        + r")"
        r"|(?P<fn2>" + NUMBER + r")\s+and\s+a\s+half(?:\s+|-)(?P<fu2>" + _UNIT_PL + r"|" + _UNIT_SG + r")"
        r"|(?P<fn3>" + NUMBER + r")\s+(?P<fu3>" + _UNIT_SG + r"|" + _UNIT_PL + r")\s+and\s+a\s+half"
        r"|half\s+an?\s+(?P<fu4>" + _UNIT_SG + r")|half-(?P<fu5>" + _UNIT_SG + r")"
        # "5 1/2 hours", "2½ years": a whole number and a half written as a fraction
        r"|(?<![\d.,/$€£])(?P<fn7>\d{1,3})(?:[^\S\n]+1/2|[^\S\n]*½)(?:\s+|-)(?P<fu7>"
        + _UNIT_PL
        + r"|"
        + _UNIT_SG
        + r")"
        # "over the past year and a half": one unit and a half, counted back (or on) from the anchor
        r"|the\s+(?:past|last|next|coming|first|final|previous|following)\s+(?P<fu6>" + _UNIT_SG + r")"
        r"\s+and\s+a\s+half)(?![a-zA-Z\-])",
        2,
        None,
    ),
    (
        # "decades-long", "a day-long meeting", "a years-old slump": the unit word alone as the adjective
        "unit-adjective",
        r"(?P<lunit>" + _UNIT_PL + r"|" + _UNIT_SG + r")-(?P<ladj>long|old)(?![a-zA-Z\-])",
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
        + _UNIT_PL
        + r"|"
        + _UNIT_SG
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
        r"(?:(?P<hrel>last|next|this|this\s+past|coming)\s+)?(?P<hol>"
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
]

#: Every rule starts at a word start; saying so up front spares the engine most positions.
_WORD_START = r"(?<![A-Za-z0-9])(?=[A-Za-z0-9'’])"
_DIGIT = re.compile(r"\d")


def _gate(name: str) -> re.Pattern[str] | None:
    if name in GATES:
        return re.compile(GATES[name])  # re.compile caches: equal sources give the same pattern object
    needs = NEEDS.get(name, ())
    if not needs:
        return None
    bound = "" if name in ("decade", "year-ago") else r"\b"  # "1990s", "year-ago" need their needle mid-word
    return re.compile(bound + "(?:" + "|".join(re.escape(n) for n in needs) + ")", _F)


RULES: tuple[Rule, ...] = tuple(
    Rule(n, re.compile(_WORD_START + src, _F), p, c, NEEDS.get(n, ()), _gate(n), n in NEEDS_DIGIT)
    for n, src, p, c in _RULES_SRC
)
RULES_BY_NAME = {r.name: r for r in RULES}
#: The distinct gates, and each rule with the index of its gate in that list (-1: none).
_GATE_LIST: tuple[re.Pattern[str], ...] = tuple(dict.fromkeys(r.gate for r in RULES if r.gate is not None))
_PLAN: tuple[tuple[Rule, int], ...] = tuple(
    (r, -1 if r.gate is None else _GATE_LIST.index(r.gate)) for r in RULES
)


def _overlaps(x: str, n: str) -> bool:
    """Whether needle ``n`` can start inside a scan match ``x``: inside it, or running on past its end."""
    return n in x or any(x.endswith(n[:k]) for k in range(1, min(len(x), len(n))))


#: Rules gated by fixed needles (indices into RULES). One scan for all their needles replaces a gate search
#: per rule: a needle the rule's gate would find either is the scan's match, lies inside it or overlaps
#: its end, so every rule with a needle overlapping a match is kept (and its own gate then decides).
_BY_NEEDLE = frozenset(i for i, r in enumerate(RULES) if r.needs and r.name not in GATES)
_NEEDLES = sorted({n.lower() for i in _BY_NEEDLE for n in RULES[i].needs}, key=lambda n: (-len(n), n))
_TRIGGERS: dict[str, frozenset[int]] = {
    x: frozenset(i for i in _BY_NEEDLE if any(_overlaps(x, n.lower()) for n in RULES[i].needs))
    for x in _NEEDLES
}

#: Characters that Python's case-insensitive matching equates with an ASCII letter of a needle but
#: ``str.lower`` does not turn into it (dotted capital I, dotless i, long s; the Kelvin sign too), mapped
#: to that letter; ``tests/temporal/test_temporal_triggers.py`` checks the list over every code point.
CASE_SPECIAL = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_CASE_MAP = str.maketrans(CASE_SPECIAL)
_NEEDLE_RULES = tuple((n, _TRIGGERS[n]) for n in _NEEDLES)


def fold_case_specials(text: str) -> str:
    """``text`` with each :data:`CASE_SPECIAL` character replaced by the ASCII letter it matches (the
    same length, so offsets hold): the rules' words are then looked up as they are meant ("tonıght",
    with a dotless i, matched the rule for "tonight" and was then no key of its table).

    >>> fold_case_specials("tonıght")
    'tonight'
    """
    return text.translate(_CASE_MAP) if any(c in text for c in CASE_SPECIAL) else text


def triggered_rules(text: str) -> set[int]:
    """The needle-gated rules (indices into RULES) worth trying on ``text``: those with a needle in it.

    A needle is found by a substring test on the lower-cased text, a tenth of the cost of one
    case-insensitive regular-expression scan for all of them (which took a quarter of news text's
    tagging time). Every needle a rule's own case-insensitive gate could find is found, since the
    few characters that matching equates with a needle's letter and ``lower`` does not are mapped
    first (:data:`CASE_SPECIAL`); overlapping needles are all found, and a rule kept for nothing only
    costs its own gate.

    >>> "deictic" in {RULES[i].name for i in triggered_rules("tonıght")}  # a dotless i, read as "i"
    True
    """
    low = fold_case_specials(text).lower()
    found: set[int] = set()
    for needle, rules in _NEEDLE_RULES:
        if needle in low:
            found |= rules
    return found


@dataclass(frozen=True)
class Span:
    """A candidate time expression: where it is, which rule found it and the match itself."""

    start: int
    end: int
    rule: str
    match: re.Match[str]


def cuts_a_number(text: str, s: int) -> bool:
    """Whether a span starting at ``s`` starts inside a number: after its point or comma ("1.5 years
    ago" is not "5 years ago", "1,500 days" not "500 days").

    >>> cuts_a_number("1.5 years ago", 2), cuts_a_number("In 2.5 years", 3)
    (True, False)
    """
    return s >= 2 and text[s].isdigit() and text[s - 1] in ".," and text[s - 2].isdigit()


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def disjoint_first(spans: list[tuple[int, int]]) -> list[int]:
    """Indices of the spans kept when each, in order, is kept unless it overlaps one kept before.

    Kept spans are disjoint, so sorted by start their ends are sorted too: a span overlaps one of
    them exactly when it overlaps the last one starting before its end. That makes the choice
    O(n log n) plus list inserts, where a scan of all kept spans made hostile text with tens of
    thousands of expressions quadratic.

    >>> disjoint_first([(0, 10), (5, 12), (10, 12), (2, 3)])
    [0, 2]
    """
    starts: list[int] = []
    ends: list[int] = []
    keep: list[int] = []
    for k, (s, e) in enumerate(spans):
        i = bisect_left(starts, e)
        if i and ends[i - 1] > s:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        keep.append(k)
    return keep


def find_spans(text: str) -> list[Span]:
    """Longest non-overlapping candidate spans, in text order.

    >>> text = "On Dec. 3, 2023 and every week"
    >>> [(s.rule, text[s.start : s.end]) for s in find_spans(text)]
    [('month-day', 'Dec. 3, 2023'), ('set', 'every week')]
    """
    cands: list[tuple[int, int, int, int, Span]] = []
    has_digit = _DIGIT.search(text) is not None
    passed: list[bool | None] = [None] * len(_GATE_LIST)  # rules sharing a gate test it once
    triggered = triggered_rules(text)
    for i, (rule, gi) in enumerate(_PLAN):
        if (rule.digit and not has_digit) or (i in _BY_NEEDLE and i not in triggered):
            continue
        if gi >= 0:
            ok = passed[gi]
            if ok is None:
                ok = passed[gi] = _GATE_LIST[gi].search(text) is not None
            if not ok:
                continue
        for m in rule.regex.finditer(text):
            s, e = _trimmed(text, m.start(), m.end())
            if e <= s or cuts_a_number(text, s):
                continue
            if rule.check is not None and not rule.check(m, text):
                continue
            cands.append((-(e - s), rule.priority, s, len(cands), Span(s, e, rule.name, m)))
    cands.sort(key=lambda c: c[:4])
    keep = disjoint_first([(sp.start, sp.end) for *_, sp in cands])
    out = [cands[i][-1] for i in keep]
    out.sort(key=lambda sp: sp.start)
    return out
