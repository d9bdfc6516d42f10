"""Figures as outlets write them, read as one form before tokenising: a bound written as a denied
comparative ("no more than 3 percent"), digit groups split by spaces ("250 000"), fractions of a scale
("a quarter of a million") and shares in words ("a fifth", "half of"), and the value of a number token.

Part of the normalisation of :mod:`graphbuild.crossdoc_tokens` (hashed into the stored report features'
digest, :data:`graphbuild.crossdoc_features.FEATURES_VERSION`).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .crossdoc_lexicon import DURATIONS as _DURATIONS
from .crossdoc_lexicon import NUMBER_SCALES as _NUMBER_SCALES
from .temporal.lexicon import CARDINAL_WORDS

_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=65536)
def _number_value(token: str) -> float | None:
    if token in CARDINAL_WORDS:
        return float(CARDINAL_WORDS[token])
    if _NUMBER_TOKEN.fullmatch(token):
        text = (
            token.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token) else token.replace(",", ".")
        )
        try:
            value = float(text)
        except ValueError:
            return None
        return value if math.isfinite(value) else None  # 400 digits are no figure anyone reports
    return None


def _figure(value: float) -> str:
    """A figure as a token: plain digits, no exponent ("1500000000", "0.5"); beyond any float, "inf"."""
    if not math.isfinite(value):
        return "inf"
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


#: A denied comparative before "than" is a bound, not a denial ("no more than 3 percent" caps a figure,
#: "no less than $100bn" is a floor): read as the bound words "up to" (a ceiling, a figure of its own)
#: and "at least" (:data:`~graphbuild.crossdoc_guards._BOUNDS`), so the negator denies nothing.
_BOUND_NEGATION = re.compile(r"\b(?:no|not)\s+(?:(more)|less|fewer)\s+than\b", re.IGNORECASE)


def _bound(m: re.Match[str]) -> str:
    return "up to" if m.group(1) else "at least"


#: Digit groups split by a space, the thousands separator of much of Europe and of SI ("250 000").
_SPACED_THOUSANDS = re.compile(r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+\b(?![.,]\d)")
#: Fractions English writes in words, as shares of one.
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_FRACTION = "|".join(_FRACTIONS)
#: A fraction of a scale word is a figure ("a quarter of a million" = 250000, "half a billion").
_FRACTION_OF_SCALE = re.compile(
    rf"\b(?:(?:a|one)\s+)?({_FRACTION})\s+(?:of\s+)?(?:a|an|one)\s+({'|'.join(_NUMBER_SCALES)})\b",
    re.IGNORECASE,
)
#: A fraction with its article ("a quarter smaller", "a tenth of its revenue", "half of the cars") is a
#: share too, unless a duration or a scale follows it ("a quarter of an hour", "half-hour", "half a
#: million": figures read elsewhere) or a period word precedes it ("the first half", "the third quarter").
_SHARE = re.compile(
    rf"\b(?:(?:a|one)\s+({_FRACTION})|(half))\b(?![-\u2010\u2011])(?!\s+(?:of\s+)?(?:a|an|the)?\s*(?:"
    + "|".join(sorted({*_DURATIONS, *_NUMBER_SCALES, "century", "centuries"}, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)
#: Words before "half" that make it a period, not a share ("the second half of the season").
_PERIOD_BEFORE = frozenset(["first", "second", "last", "final", "opening", "latter", "former"])
#: A share whose percentage is not a whole number is an estimate of it ("a third": about 33 percent).
_ABOUT = "about "


def _share(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()
    last = before[-1].lower() if before else ""
    if last == "and" or (m.group(2) and last in _PERIOD_BEFORE):
        return m.group()  # "a year and a half", "two and a half" are read as quantities
    percent = 100 * _FRACTIONS[(m.group(1) or m.group(2)).lower()]
    if percent == int(percent):
        return f"{_figure(percent)} percent"
    return f"{_ABOUT}{round(percent)} percent"


def _share_words(text: str) -> str:
    """Fractions written in words as figures: "a quarter of a million" as 250000, "a fifth" and "half of"
    as percentages ("20 percent", "50 percent"; "a third" as "about 33 percent"), so that outlets writing
    a share differently compare equal.

    >>> _share_words("wheat output will fall by a quarter, to half a million tonnes")
    'wheat output will fall by 25 percent, to 500000 tonnes'
    >>> _share_words("in the second half of the year, half-hour slots, a year and a half")
    'in the second half of the year, half-hour slots, a year and a half'
    """
    text = _FRACTION_OF_SCALE.sub(
        lambda m: _figure(_FRACTIONS[m.group(1).lower()] * _NUMBER_SCALES[m.group(2).lower()]), text
    )
    return _SHARE.sub(_share, text)


def figure_readings(text: str, low: str) -> str:
    """``text`` with its bounds, spaced digit groups and shares in words read as figures (``low``: the
    text lower-cased, to skip the patterns a text has no cue word for).

    >>> figure_readings("no more than a quarter of 250 000 homes", "no more than a quarter of 250 000 homes")
    'up to 25 percent of 250000 homes'
    """
    if "than" in low:
        text = _BOUND_NEGATION.sub(_bound, text)
    if any(cue in low for cue in _FRACTIONS):
        text = _share_words(text)
    if any(c.isdigit() for c in text):
        text = _SPACED_THOUSANDS.sub(lambda m: "".join(m.group().split()), text)
    return text
