"""Vetoes: the checks that keep a regex match from being taken for a time expression.

Each ``check_*`` function takes the match of one rule of :mod:`graphbuild.temporal.patterns` and the
whole text and says whether the match is a time expression there ("in 2014" yes, "2000 troops" no;
"a second term" no, "a second later" yes). Split from the patterns so each module stays readable.
"""

from __future__ import annotations

import re

from .holidays import HOLIDAY
from .lexicon import MONTH

#: Words that may precede a bare year or month name ("in 2014", "since May").
PREPS = frozenset(
    ["in", "since", "by", "until", "till", "from", "to", "through", "throughout", "during", "of", "before", "after", "early", "late", "mid", "and", "or", "between", "fiscal", "calendar", "year", "the", "this", "last", "next", "around", "circa", "c.", "as"]
)  # fmt: skip
_MONTH_PREPS = frozenset(
    [
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "to",
        "through",
        "during",
        "of",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "between",
    ]
)
#: Words before a four-digit number that make it a quantity, not a year.
QUANTIFIERS = frozenset(
    [
        "about",
        "some",
        "than",
        "nearly",
        "over",
        "almost",
        "around",
        "approximately",
        "roughly",
        "least",
        "only",
        "just",
        "total",
    ]
)


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.']*)\W*$")
_WORD_AFTER = re.compile(r"^\W*?([A-Za-z]+)")


def word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def word_after(text: str, pos: int) -> str:
    m = _WORD_AFTER.match(text[pos : pos + 30])
    return m.group(1).lower() if m else ""


#: Determiners and possessives before which a four-digit number followed by a noun is a year used
#: attributively ("its 1990 invasion", "the same 1985 period") -- unless it is a round number, more
#: likely a count ("its 2000 staff").
_YEAR_DETERMINERS = frozenset(
    ["its", "his", "her", "their", "our", "that", "this", "the", "same", "both", "any", "whose", "entire"]
)
#: Words after which such a number is a year even before a lowercase word: "the forecast for 1986 of
#: 23.71 billion", "notes due 1992 with a coupon" (a count after "for" is a round number or has its
#: comma: "for 2,000 workers").
_YEAR_LEADS = frozenset(["for", "due"])
#: A possessive ending just before a word, straight or curly ("Mixte's", "Santorum’s", "analysts'").
_POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s|s['’])[ \t]*$")


def _possessive_before(text: str, pos: int) -> bool:
    """Whether a possessive ends just before ``pos`` (:func:`word_before` reads no curly apostrophe,
    and no plural possessive as one: "Santorum’s" is "s" to it, "analysts'" is "analysts'")."""
    return _POSSESSIVE_BEFORE.search(text, max(0, pos - 30), pos) is not None


_ADJ_SUFFIXES = ("ful", "less", "ous", "ive", "able", "ible", "al", "ic", "ary", "ent", "ant")


def _adjective(word: str) -> bool:
    """A word shaped like an adjective ("unsuccessful", "presidential", "massive"), not a verb of counting."""
    return len(word) > 4 and word.isalpha() and word.islower() and word.endswith(_ADJ_SUFFIXES)


#: The space after a number up to the next word (a wrapped line's break too), none in "2019-nCoV".
_GAP = re.compile(r"\s{1,4}(?=\S)")


def _attributive_year(text: str, s: int, e: int) -> bool:
    """Whether the number at [s, e) could be a year and is followed, past a space or a line break, by
    a lowercase word (not a round number, more likely a count: "2000 troops")."""
    year = text[s:e]
    gap = _GAP.match(text, e)
    return (
        not year.endswith("00") and "1900" <= year <= "2099" and gap is not None and text[gap.end()].islower()
    )


def check_year(m: re.Match[str], text: str) -> bool:
    if m.group("fz") or m.group("fiscal"):
        return True
    s, e = m.start("year"), m.end("year")
    if s > 0:
        ch = text[s - 1]
        prefixed = ch == "-" and re.search(r"(?<![A-Za-z])(?:pre|post)\Z", text[max(0, s - 6) : s - 1], re.I)
        if prefixed:
            return not text[e : e + 1].isalnum()  # "post-1959 politics", "pre-1914 borders"
        if ch.isalnum() or ch in "$€£#/.:-+" or (ch == "," and s > 1 and text[s - 2].isdigit()):
            return False
    if text[e : e + 1].isalpha():
        return False
    prev = word_before(text, s)
    if prev in QUANTIFIERS:
        return False
    if prev in PREPS:
        return True
    nxt_char = text[e : e + 1]
    if nxt_char in ("", ".", ",", ";", ":", ")", "!", "?", "\n", "'", "’", '"', "”") or text[e : e + 2] in (
        " -",
        " —",
        " –",
    ):
        return True
    # "its 1990 invasion", "that 1978 resolution", "Mixte's 1989 results", "his unsuccessful 1996 campaign"
    # ... and "a 1996 law", "a 2004 study": an article before a year that modifies a noun; "for 1987 of",
    # "due 1992 with"; and a sentence's first word ("Note: 1986 net includes"), where a count is spelt out
    determined = (
        prev in _YEAR_DETERMINERS
        or prev in _YEAR_LEADS
        or prev == "a"
        or _possessive_before(text, s)
        or _adjective(prev)
        or _opens_sentence(text, s)
    )
    if determined and _attributive_year(text, s, e):
        return True
    # "2014 was a year", "the 2014 election" pass; "2000 troops" (a count) does not.
    nxt = word_after(text, e)
    return nxt in {
        "and",
        "or",
        "to",
        "was",
        "were",
        "is",
        "will",
        "had",
        "has",
        "when",
        "as",
        "saw",
        "the",
    } or (e + 1 < len(text) and text[e + 1].isupper())


def check_year_words(m: re.Match[str], text: str) -> bool:
    """ "nineteen ninety-six" always; "two thousand" only as "the year two thousand" or after a preposition
    and not counting something ("two thousand years", "two thousand troops")."""
    if not m.group("yearw").lower().startswith("two"):
        return True
    if not m.group("yr"):
        return False
    follow = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 20])
    return follow is None or follow.group(1) in {
        "and",
        "or",
        "to",
        "when",
        "the",
        "as",
        "has",
        "had",
        "was",
        "is",
    }


def check_the_year(m: re.Match[str], text: str) -> bool:
    if m.group("yend"):
        return True
    # "the year's" figures, "for the year": yes; "the year of the dragon", "Man of the Year": no.
    after = text[m.end() : m.end() + 6].lower()
    # "a high for the year of $42.875": "of" introduces an amount, not what the year is of
    of_thing = after.startswith(" of") and not re.match(r" of [$€£\d]", after)
    return not of_thing and "Year" not in m.group()  # "Man of the Year", "The Year Ahead": a title


def check_the_unit(m: re.Match[str], text: str) -> bool:
    """ "the end of the month", "for the week" name a period; bare "the month" ("the month was hard",
    "a month-long strike") is left alone."""
    if m.group("tunit").lower() == "decade":
        return bool(m.group("fz"))  # "by the end of the decade"; bare "the decade" is often a duration
    return bool(m.group("fz")) or word_before(text, m.start()) in ("for", "during", "throughout")


_ATTRIBUTIVE_BEFORE = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "average", "initial", "first", "regular",
     "latest", "this", "that", "these", "those", "usual", "normal", "record", "total", "per"]
)  # fmt: skip


def _in_title(m: re.Match[str], text: str) -> bool:
    """Whether a capitalised "Daily" or "Weekly" is part of a newspaper's title ("Hurriyet Daily News", "the
    Daily Telegraph", "Kyiv Weekly Post") rather than a set opening a sentence ("Daily flights resume")."""
    word, s, e = m.group("adv"), m.start("adv"), m.end("adv")
    if word.islower():
        # "the Communist Party daily Granma", "the Moscow daily Kommersant": a name, the noun "daily" (a
        # newspaper), then the paper's own name: no set (TIMEX3 marks no proper names; TIDES 2005, 3.2)
        before = _NAME_BEFORE.search(text, max(0, s - 40), s)
        return (
            before is not None
            and _NAME_AFTER.match(text, e) is not None
            and word_after(text, e) not in _TIME_WORDS
            and word_before(text, s) not in _TIME_WORDS
            and not _opens_sentence(text, before.start())
        )
    if word.isupper():
        return False
    if _NAME_AFTER.match(text, e) is not None and word_after(text, e) not in _TIME_WORDS:
        return True
    before = _NAME_BEFORE.search(text, max(0, s - 40), s)
    return before is not None and not _opens_sentence(text, before.start())


def check_set(m: re.Match[str], text: str) -> bool:
    """ "rose 5% annually" is a set; "its quarterly dividend", "average daily volume" are adjectives, and
    "Hurriyet Daily News" is a newspaper."""
    if m.group("pwd"):
        return word_before(text, m.start()) != "the"  # "the Fridays for Future movement": a name
    if not m.group("adv"):
        return True
    if _in_title(m, text):
        return False
    return not (word_before(text, m.start()) in _ATTRIBUTIVE_BEFORE or _possessive_before(text, m.start()))


#: A lower-case noun after a month name: "the March vote" (not "the March of Dimes", "the May Company").
_NOUN_NEXT = re.compile(
    r"[^\S\n]+(?!(?:of|and|or|to|in|on|at|for|by|with|from|that|which|who|is|was|were|are|will|would|has|had)\b)"
    r"[a-z]{3,}"
)


def _month_modifier(m: re.Match[str], text: str, prev: str) -> bool:
    """Whether a capitalised "March" or "May" after a determiner modifies a lower-case noun ("the March
    accession", "a May referendum"): the month, not the verb or the noun "march"."""
    return (
        m.group("mon")[:1].isupper()
        and not m.group("mon").isupper()
        and prev in ("the", "a", "its", "their", "his", "her")
        and _NOUN_NEXT.match(text, m.end()) is not None
    )


def check_month(m: re.Match[str], text: str) -> bool:
    word = m.group("mon").lower().rstrip(".")
    if (m.group("mrel") or "").lower() == "that":
        return word not in ("may", "march")  # "said that May would resign": the name, not the month
    if m.group("fz") or m.group("mrel"):
        return True
    prev = word_before(text, m.start())
    if word in ("may", "march"):
        return prev in _MONTH_PREPS or _month_modifier(m, text, prev)
    # Sentence-initial month names are usually still months; names like "June Carter" are rare in news.
    return not word_after(text, m.end()).istitle() or prev in PREPS


_PREPS_NOT_TO = PREPS - {"to", "and", "or", "as", "the"}


#: A capitalised word right after a time word, on the same line: "Summer Olympics", "Tonight Show".
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_OPENS_AFTER = frozenset(".!?\"“'`(:")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only a sentence end, a line break, an opening quote or nothing precedes ``start``."""
    seg = text[max(0, start - 40) : start]
    head = seg.rstrip()
    return not head or "\n" in seg[len(head) :] or head[-1] in _OPENS_AFTER


def _capitalised_name(word: str, text: str, start: int, end: int, *, mid_sentence_only: bool) -> bool:
    """Whether the capitalised time word ``word`` at [start, end) heads a name ("the Summer Olympics",
    "the Tonight Show"): a capitalised word follows it and, if asked, it does not open a sentence
    ("Today Apple said ..." is a date)."""
    if not word[:1].isupper() or word.isupper() or _NAME_AFTER.match(text, end) is None:
        return False
    if word_after(text, end) in _TIME_WORDS:
        return False  # "Summer Sunday", "Tonight Friday": still times
    return not (mid_sentence_only and _opens_sentence(text, start))


_TIME_WORDS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "gmt", "utc", "est", "edt", "pst", "pdt"])  # fmt: skip


#: " of " and a capitalised word that is no month: after a capitalised season it makes a name.
_OF_NAME = re.compile(
    r"[ \t]+of[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|the[ \t]+[Yy]ear)[A-Z][a-z]"
)


#: A capitalised word right before a time word, on the same line: "Arab Spring", "Easter" after "Great".
_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+\Z")
#: Capitalised words before a season or holiday that leave it a time ("In Spring", "Last Christmas").
_TIME_LEADS = PREPS | _MONTH_PREPS | _TIME_WORDS | frozenset(
    ["early", "late", "every", "each", "next", "coming", "past", "that", "on", "at", "for", "over", "around", "until",
     "since", "before"]
)  # fmt: skip


def _named_by_word_before(word: str, text: str, start: int) -> bool:
    """Whether a capitalised season at ``start`` ends a name begun by the capitalised word before it ("the Arab
    Spring", "the Prague Spring"); "In Spring" or "Last Spring" in a title-cased headline stay seasons."""
    if not word[:1].isupper() or word.isupper():
        return False
    before = _CAP_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() not in _TIME_LEADS


#: Crop nouns after a season name: the season names the kind of crop ("winter wheat").
_CROP_AFTER = re.compile(
    r"[ \t]+(?:wheat|barley|grains?|crops?|rye|oats|rapeseed|canola|cereals?|plantings?|sowings?)\b",
    re.IGNORECASE,
)
#: What follows "fall" the noun of decline: "the fall in oil prices" (not "the fall in 1988"), "the fall was".
_DECLINE_AFTER = re.compile(
    r"[ \t]+(?:in[ \t]+(?!\d{4}\b)|(?:was|is|has|had|came|reflected|reflects|followed|but|would|will)\b)",
    re.IGNORECASE,
)


def check_season(m: re.Match[str], text: str) -> bool:
    if m.group("year") or m.group("yearw"):
        return True
    if _capitalised_name(m.group("season"), text, m.start("season"), m.end(), mid_sentence_only=False):
        return False  # "the Summer Olympics", "Winter Park", "Fall Out Boy"
    if m.group("season")[:1].isupper() and _OF_NAME.match(text, m.end()) is not None:
        return False  # "the Spring of Life marches", "a Winter of Discontent": a name, not a season
    named = _named_by_word_before(m.group("season"), text, m.start("season"))
    if named and not (m.group("srel") or m.group("fz")):
        return False  # "the Arab Spring", "the Prague Spring", "Operation Peace Spring": a name
    season = m.group("season").lower()
    if season == "fall" and text[m.end() : m.end() + 4].lower() == " of ":
        return False  # "the fall of Kabul"
    if _CROP_AFTER.match(text, m.end()) is not None:
        return False  # "winter wheat", "spring barley", "the winter crops": a kind of crop, not a season
    srel = (m.group("srel") or "").lower()
    if season == "fall" and srel == "the" and not m.group("fz") and _DECLINE_AFTER.match(text, m.end()):
        return False  # "the fall in oil prices", "the fall was largely due to ...": a decline ("last fall in" is one)
    if (m.group("srel") or "").lower() == "that" and season in ("fall", "spring"):
        # "That fall, talks failed", "in that spring": a season; "stocks that fall sharply": a verb
        s = m.start()
        return (
            _opens_sentence(text, s)
            or text[max(0, s - 8) : s].rstrip().endswith(",")
            or word_before(text, s) in PREPS
        )
    if m.group("srel") or m.group("fz"):
        return True
    # Bare "summer" or "winter" is a season; bare "fall" is usually the verb, always after "to"
    # ("began to fall apart") or a modal ("could fall").
    return season != "fall" or word_before(text, m.start()) in _PREPS_NOT_TO


#: Nouns that make a holiday before them part of a name: places and named pacts or risings.
_NAME_NOUNS_AFTER = frozenset(
    ["island", "islands", "isle", "agreement", "accord", "accords", "rising", "uprising", "offensive"]
)
_OF_AFTER_NAME = re.compile(r"\b[A-Z][a-z]+[ \t]+of[ \t]+\Z")


def check_holiday(m: re.Match[str], text: str) -> bool:
    """ "Easter Island" is a place, "the Good Friday Agreement" and "the Great Orchestra of Christmas Charity"
    are names: a holiday followed by a capitalised word is no date when that word makes it a place or a name,
    or when a name runs through it."""
    e = m.end()
    if _NAME_AFTER.match(text, e) is None or word_after(text, e) in _TIME_WORDS:
        return True
    if word_after(text, e) in _NAME_NOUNS_AFTER:
        return False
    s = m.start("hol")
    return not (
        _named_by_word_before(m.group("hol"), text, s) or _OF_AFTER_NAME.search(text, max(0, s - 30), s)
    )


_HOLIDAY_ENDING = re.compile("(?:" + HOLIDAY + r")\Z")


#: A date right after a weekday: "Saturday, August 17", "Monday Oct. 3".
_DATE_AFTER = re.compile(r",?[^\S\n]+(?:" + MONTH + r"[^\S\n]+\d|\d{1,2}[^\S\n]+" + MONTH + ")")


def check_weekday(m: re.Match[str], text: str) -> bool:
    """A weekday that ends a holiday's name ("Good Friday", "Easter Monday") is left to the holiday rule, so a
    holiday vetoed as part of a name ("the Good Friday Agreement") leaves no weekday behind; "the preceding
    Saturday, August 17" is dated by its date, not counted from the day before."""
    if m.group("wana"):
        return _DATE_AFTER.match(text, m.end("wd")) is None
    if m.group("wrel"):
        return True
    s = m.start("wd")
    return _HOLIDAY_ENDING.search(text, max(0, s - 12), m.end("wd")) is None


def check_the_quarter(m: re.Match[str], text: str) -> bool:
    return word_after(text, m.end()) not in ("of", "century")


_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z&]*[ \t]+\Z")


#: Nouns for people, things and ways of life taken as a class: "today's youth", "today's personal computers",
#: "the people of tomorrow" speak of the present (or coming) era, not of a day.
_GENERIC_NOUNS = frozenset(["youth", "young", "generation", "generations", "world", "society", "societies",
                            "children", "kids", "teenagers", "students", "parents", "families", "women", "men",
                            "people", "consumers", "workers", "computers", "technology", "technologies", "standards",
                            "culture", "politics", "cars", "jobs", "leaders", "voters"])  # fmt: skip
#: Nouns after which "of today" / "of tomorrow" is a day: "as of today", "the end of today", "the events of today".
_DAY_OF = frozenset(["as", "end", "rest", "start", "beginning", "middle", "part", "close", "events", "morning",
                     "afternoon", "evening", "night", "course", "date", "day", "schedule", "session"])  # fmt: skip
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+of[ \t]+\Z")
_POSSESSIVE = re.compile(r"['’]s[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?")


def _generic_deictic(m: re.Match[str], text: str) -> bool:
    """ "today's youth", "many of today's personal computers", "the people of tomorrow": the present or coming
    era, not the day (a generic use TimeML annotators leave untagged)."""
    word = m.group("dword").lower()
    if word not in ("today", "tomorrow") or m.group("dpart") or m.group("dfz"):
        return False
    end = m.end("dword")
    if (poss := _POSSESSIVE.match(text, end)) is not None:
        return poss.group(1).lower() in _GENERIC_NOUNS or (poss.group(2) or "").lower() in _GENERIC_NOUNS
    s = m.start("dword")
    before = _OF_BEFORE.search(text, max(0, s - 40), s)
    return before is not None and before.group(1).lower() not in _DAY_OF


def check_deictic(m: re.Match[str], text: str) -> bool:
    """ "USA Today", "VOA Today", "Good Morning America Today": a capitalised "Today" right after a
    capitalised word (not at a sentence start) is part of a name. A generic "today" / "tomorrow" (the era,
    :func:`_generic_deictic`) is no date either."""
    if _generic_deictic(m, text):
        return False
    word = m.group("dword")
    if m.group("dfz") or not word[:1].isupper() or word.isupper():
        return True
    s = m.start("dword")
    if not m.group("dpart") and _capitalised_name(word, text, s, m.end(), mid_sentence_only=True):
        return False  # "the Today Show", "the Tonight Show"
    before = _NAME_BEFORE.search(text, max(0, s - 40), s)
    return before is None
