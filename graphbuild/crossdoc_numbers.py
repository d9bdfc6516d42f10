"""Figures in report text, in digits ("125,000", "1.5 million", "$3 bn") or in words ("two million",
"half a million", "twenty-five"), each with the qualifier before it ("at least", "nearly"), its scale
word and the few words after it that may say what it counts. Read by
:mod:`graphbuild.crossdoc_conflicts`, which decides what a figure counts and whether two conflict.
"""

from __future__ import annotations

import re

from .crossdoc_tokens import figure_in_words
from .temporal.lexicon import CARDINAL_WORDS

QUALIFIERS = (
    r"more than|over|above|in excess of|exceeding|at least|no fewer than|no less than|a minimum of|"
    r"nearly|almost|close to|just under|about|around|roughly|approximately|some|an estimated|"
    r"estimated|up to|as many as|at most|no more than|a maximum of|fewer than|less than|under|below"
)
#: Where a word after a figure begins the next figure: its qualifier, then the figure ("more than 200").
_NOT_A_QUALIFIER = rf"(?!(?:{QUALIFIERS})\s+[$€£]?\d)"
NUMBER = re.compile(
    rf"(?P<qual>\b(?:{QUALIFIERS})\s+)?(?P<cur>[$€£])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million|mln|billion|bln|bn|m)?\b\s*"
    # the words after a figure, up to the next figure's qualifier ("34 people and injuring | more than 200")
    rf"(?P<noun>{_NOT_A_QUALIFIER}[A-Za-z-]+(?:\s+{_NOT_A_QUALIFIER}[A-Za-z-]+){{0,3}})?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
#: Where a figure of :data:`NUMBER` can begin, its qualifier aside: a currency sign or a digit.
_ANCHOR = re.compile(r"[$€£\d]")
#: The longest qualifier, in characters (each is plain words; a case-insensitive match keeps lengths).
_QUALIFIER_CHARS = max(len(q) for q in QUALIFIERS.split("|"))
_TENS_WORDS = "|".join(w for w, v in CARDINAL_WORDS.items() if v >= 20)
_UNIT_WORDS = "|".join(sorted((w for w, v in CARDINAL_WORDS.items() if 0 < v < 20), key=len, reverse=True))
#: A figure written in words: "twenty-five", "two million", "one and a half million", "half a million",
#: "three hundred thousand", "a dozen" (vague plurals, "thousands of", are left alone).
_WORD_NUMBER = re.compile(
    rf"(?P<qual>\b(?:{QUALIFIERS})\s+)?(?P<cur>[$€£])?"
    rf"(?P<words>\b(?:half\s+an?|(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS}|an?)"
    r"(?:\s+and\s+a\s+half)?)"
    r"(?:\s+(?P<scale>hundred(?:\s+(?:thousand|million))?|thousand|million|billion|dozen))?\b\s*"
    # the words after a figure, up to the next figure's qualifier ("34 people and injuring | more than 200")
    rf"(?P<noun>{_NOT_A_QUALIFIER}[A-Za-z-]+(?:\s+{_NOT_A_QUALIFIER}[A-Za-z-]+){{0,3}})?",
    re.IGNORECASE,
)
#: Words one of which a figure in words of two or more holds ("one" is never a claim; "ten" is
#: searched as a whole word, as "often" and "tent" hold it).
_WORD_FIGURE_HINTS = (
    *(w for w, v in CARDINAL_WORDS.items() if v > 1 and w != "ten"),
    "hundred", "thousand", "million", "billion", "dozen",
)  # fmt: skip
_TEN = re.compile(r"\bten\b", re.IGNORECASE)


def _may_hold_word_figure(text: str) -> bool:
    """A cheap test before :data:`_WORD_NUMBER` runs: most reports hold no figure in words."""
    low = text.lower()
    return any(w in low for w in _WORD_FIGURE_HINTS) or ("ten" in low and _TEN.search(text) is not None)


def _word_value(words: str, scale: str) -> float | None:
    """The value of a figure written in words, None when it names no figure ("a" alone) or, with no
    scale word, a fraction ("one and a half").

    >>> _word_value("twenty-five", ""), _word_value("half a", "million"), _word_value("one and a half", "million")
    (25.0, 500000.0, 1500000.0)
    """
    value = figure_in_words(f"{words} {scale}".replace("-", " ").split())
    if value is None or (not scale and value != int(value)):
        return None
    return value


_SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9}


def number_matches(text: str) -> list[re.Match[str]]:
    """What ``NUMBER.finditer(text)`` finds, trying the pattern only where a match can begin.

    A match begins at a currency sign or a digit, or at a qualifier that ends where the run of
    spaces before one begins: :data:`_QUALIFIER_CHARS` positions or fewer before it. Trying those
    positions in order, each from the end of the last match, is what the scan does at every
    position (the others cannot match); the pattern is costly to try at every one of them.
    """
    starts: set[int] = set()
    for anchor in _ANCHOR.finditer(text):
        c = anchor.start()
        starts.add(c)
        k = c
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k < c:  # a qualifier may end at k
            starts.update(range(max(0, k - _QUALIFIER_CHARS), k))
    out: list[re.Match[str]] = []
    pos = 0
    for p in sorted(starts):
        if p >= pos:
            m = NUMBER.match(text, p)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def figures(text: str) -> list[tuple[re.Match[str], float, str]]:
    """Figures in a text, in digits ("125,000", "1.5 million") or in words ("two million", "half a
    million", "twenty-five"): each match (with ``qual``, ``noun`` and maybe ``cur`` groups), its value
    and its scale word."""
    out: list[tuple[re.Match[str], float, str]] = []
    if _DIGIT.search(text) is not None:  # every figure _NUMBER reads has digits; most reports have none
        for m in number_matches(text):
            scale = (m.group("scale") or "").lower()
            out.append((m, float(m.group("num").replace(",", "")) * _SCALES.get(scale, 1.0), scale))
    if _may_hold_word_figure(text):
        taken = [(m.start(), m.end()) for m, _, _ in out]
        for m in _WORD_NUMBER.finditer(text):
            value = _word_value(m.group("words"), m.group("scale") or "")
            if value is None or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            out.append((m, value, (m.group("scale") or "").lower()))
    return out
