"""Vetoes for durations: what looks like a count of a time unit but is a rate ("$2 million a year"), an
ordinal ("a second group"), a fraction ("a quarter of the market"), an age ("a 10-year-old") or a title
("60 Minutes"). Split from :mod:`.vetoes` (the other rules' vetoes and the shared word helpers).
"""

from __future__ import annotations

import re

from .vetoes import word_after

_RATE_VERBS = frozenset(["takes", "lasts", "spends", "needs", "gets", "has", "was", "is", "does", "gives", "requires",
                         "its", "this", "plus", "less", "as", "was", "is", "costs"])  # fmt: skip
_AMOUNT = re.compile(r"(?:\d[\d,.]*%?|million|billion|thousand|hundred|dozen|cents?|dollars|percent)\Z", re.I)


#: Words after "a second" that keep it a stretch of time ("a second later", "for a second or two").
_AFTER_SECOND = frozenset(["later", "earlier", "ago", "or", "and", "of", "to", "in", "before", "after", "for",
                           "longer", "more", "too", "at", "the", "when", "until"])  # fmt: skip


#: Opening quotes before a quoted title: "60 Minutes", ``24 Hours'', ‘48 Hours’.
_OPEN_QUOTE = re.compile(r"(?:\"|“|‘|''|``|')\s*\Z")


def check_duration(m: re.Match[str], text: str) -> bool:
    if "\n" in m.group("sep") and (m.group("unit")[:1].isupper() or "," in m.group("num")):
        return False  # "Revs 3,740,970\n    Year ...": a figure at a line's end, then a table's heading
    after = text[m.end() : m.end() + 6].lower()
    if after.startswith("-old") or after.startswith(" old"):
        return False
    if m.group("unit")[:1].isupper() and _OPEN_QUOTE.search(text, max(0, m.start() - 3), m.start()):
        return False  # a quoted title with a capitalised unit ("60 Minutes"), not a stretch of time
    num, unit = m.group("num").lower(), m.group("unit").lower()
    if num in ("a", "an", "one") and not m.group("the"):
        nxt = word_after(text, m.end())
        if (
            unit == "second"
            and re.match(r"\s+[A-Za-z0-9]", text[m.end() : m.end() + 2])
            and nxt not in _AFTER_SECOND
        ):
            return False  # "a second group", "a second A380": the ordinal, not a second of time
        if (
            unit == "quarter"
            and nxt == "of"
            and not re.match(
                r"\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year|1[6-9]\d\d|20\d\d)",
                text[m.end() : m.end() + 30],
                re.I,
            )
        ):
            return False  # "more than a quarter of the market": a fraction
    if m.group("num").lower() in ("a", "an") and not m.group("amod") and not m.group("the"):
        # "$2 million a year", "four flights a week": a rate, not a stretch of time
        before = text[max(0, m.start() - 30) : m.start()].rstrip()
        prev = before.rsplit(None, 1)[-1] if before.split() else ""
        if _AMOUNT.search(prev) or (
            len(prev) > 3
            and prev.isalpha()
            and prev.islower()
            and prev.endswith("s")
            and prev not in _RATE_VERBS
            and not prev.endswith("ss")
        ):
            return False
    return True


def check_unit_adjective(m: re.Match[str], text: str) -> bool:
    """ "decades-long", "day-long", "years-old" pass; the tail of "10-year-old" or "two-day-long" does not,
    nor "year-old" alone (an age needs its number)."""
    s = m.start()
    if s > 0 and (text[s - 1] in "-\u2010\u2011" or text[s - 1].isdigit()):
        return False
    singular = not m.group("lunit").lower().endswith(("s", "ies"))
    return not (m.group("ladj").lower() == "old" and singular)
