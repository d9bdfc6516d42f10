"""Numeric claims and the CONFLICTS_WITH pairs between statements that disagree on them.

A claim is a number normalised to a value, with what it counts (a small generic class:
deaths, injuries, displaced people, area, distance, money), its qualifier ("over", "at
least", "nearly", "about", "up to"...) turned into the range of values the words allow,
and the time it holds for when the statement says so. Two statements conflict when they
share an entity (subject or speaker), count the same class of thing at compatible times,
and their ranges cannot both be true ("nearly 100" vs "150": a *contradiction*). Ranges
that are compatible but whose figures differ widely ("at least 103,000" vs "over 125,000")
are flagged as a *divergence*: analysts see them side by side, and nothing is resolved.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .crossdoc_tokens import figure_in_words
from .model import Conflict, Statement
from .temporal.lexicon import CARDINAL_WORDS

_QUALIFIERS = (
    r"more than|over|above|in excess of|exceeding|at least|no fewer than|no less than|a minimum of|"
    r"nearly|almost|close to|just under|about|around|roughly|approximately|some|an estimated|"
    r"estimated|up to|as many as|at most|no more than|a maximum of|fewer than|less than|under|below"
)
_NUMBER = re.compile(
    rf"(?P<qual>\b(?:{_QUALIFIERS})\s+)?(?P<cur>[$€£])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|bn|m)?\b\s*"
    r"(?P<noun>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,3})?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
#: Where a figure of :data:`_NUMBER` can begin, its qualifier aside: a currency sign or a digit.
_ANCHOR = re.compile(r"[$€£\d]")
#: The longest qualifier, in characters (each is plain words; a case-insensitive match keeps lengths).
_QUALIFIER_CHARS = max(len(q) for q in _QUALIFIERS.split("|"))
_TENS_WORDS = "|".join(w for w, v in CARDINAL_WORDS.items() if v >= 20)
_UNIT_WORDS = "|".join(sorted((w for w, v in CARDINAL_WORDS.items() if 0 < v < 20), key=len, reverse=True))
#: A figure written in words: "twenty-five", "two million", "one and a half million", "half a million",
#: "three hundred thousand", "a dozen" (vague plurals, "thousands of", are left alone).
_WORD_NUMBER = re.compile(
    rf"(?P<qual>\b(?:{_QUALIFIERS})\s+)?(?P<cur>[$€£])?"
    rf"(?P<words>\b(?:half\s+an?|(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS}|an?)"
    r"(?:\s+and\s+a\s+half)?)"
    r"(?:\s+(?P<scale>hundred(?:\s+(?:thousand|million))?|thousand|million|billion|dozen))?\b\s*"
    r"(?P<noun>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,3})?",
    re.IGNORECASE,
)
#: Words one of which a figure in words of 10 or more holds (smaller counts are never claims).
_WORD_FIGURE_HINTS = (
    *(w for w, v in CARDINAL_WORDS.items() if v > 10), "hundred", "thousand", "million", "billion", "dozen",
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


_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
_CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB", "ruble": "RUB"}

#: Nouns that name what is counted, by class (generic, not story-specific).
_COUNTED = {
    "deaths": {"death", "dead", "fatality", "casualty", "victim", "loss", "life", "lives"},
    "injuries": {"injury", "injured", "wounded"},
    "displaced": {"refugee", "evacuee", "displaced"},
    "area": {"hectare", "acre"},
    "distance": {"kilometer", "kilometre", "km", "mile"},
}
#: Nouns for people, whose class depends on what happened to them ("soldiers were killed").
_PEOPLE = {"soldier", "troop", "people", "person", "civilian", "resident", "child", "fighter", "man", "woman"}
_PEOPLE_CUES = {
    "deaths": {"killed", "killing", "died", "dead", "deaths", "lost", "lives", "perished", "fatalities"},
    "injuries": {"wounded", "injured", "injuring", "hurt"},
    "displaced": {"displaced", "fled", "evacuated", "displacing"},
}

#: Plain figures are taken as rounded: within this share of each other they agree.
EXACT_TOLERANCE = 0.05
#: "about", "around": the share either side the figure may be off.
APPROX_TOLERANCE = 0.1
#: Compatible ranges whose stated figures differ by more than this share are a divergence.
DIVERGENCE_SHARE = 0.15


@dataclass(frozen=True)
class NumericClaim:
    """A normalised figure from a statement: value, range allowed by the qualifier, what it counts."""

    statement: str
    value: float
    qualifier: str | None
    noun: str
    quantity: str
    text: str
    low: float = 0.0
    high: float = math.inf
    as_of: tuple[date, date] | None = None


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def qualified_range(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a qualified figure allows.

    >>> qualified_range(100, "at least")
    (100, inf)
    >>> qualified_range(100, "nearly")
    (90.0, 100)
    """
    q = (qualifier or "").lower()
    if q in ("more than", "over", "above", "in excess of", "exceeding"):
        return value, math.inf
    if q in ("at least", "no fewer than", "no less than", "a minimum of"):
        return value, math.inf
    if q in ("nearly", "almost", "close to", "just under"):
        return value * (1 - APPROX_TOLERANCE), value
    if q in ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated"):
        return value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
    if q in ("up to", "as many as", "at most", "no more than", "a maximum of", "fewer than", "less than"):
        return 0.0, value
    if q in ("under", "below"):
        return 0.0, value
    return value * (1 - EXACT_TOLERANCE), value * (1 + EXACT_TOLERANCE)


def _counted(words: list[str], context: str) -> tuple[str, int] | None:
    """The class of what a figure counts and the index of the counting noun."""
    for i, w in enumerate(words):
        if i > 0 and w in ("kilometer", "kilometre", "km", "mile") and words[i - 1] == "square":
            return "area", i
        for quantity, nouns in _COUNTED.items():
            if w in nouns:
                return quantity, i
        if w in _PEOPLE:
            near = set(re.findall(r"[a-z]+", context.lower()))
            for quantity, cues in _PEOPLE_CUES.items():
                if near & cues:
                    return quantity, i
            return None
    return None


def _number_matches(text: str) -> list[re.Match[str]]:
    """What ``_NUMBER.finditer(text)`` finds, trying the pattern only where a match can begin.

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
            m = _NUMBER.match(text, p)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def _figures(text: str) -> list[tuple[re.Match[str], float, str]]:
    """Figures in a text, in digits ("125,000", "1.5 million") or in words ("two million", "half a
    million", "twenty-five"): each match (with ``qual``, ``noun`` and maybe ``cur`` groups), its value
    and its scale word."""
    out: list[tuple[re.Match[str], float, str]] = []
    if _DIGIT.search(text) is not None:  # every figure _NUMBER reads has digits; most reports have none
        for m in _number_matches(text):
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


def numeric_claims(statement: Statement) -> list[NumericClaim]:
    """Numbers with what they count, from every report of a statement."""
    claims = []
    seen = set()
    said = statement.said
    as_of = (said.start, said.end) if said and said.start and said.end else None
    for report in statement.reports:
        text = report.content_text
        for m, value, scale in _figures(text):
            words = [_singular(w) for w in (m.group("noun") or "").split()]
            context = text[max(0, m.start() - 40) : m.end() + 40]
            if m.group("cur") or any(w in _CURRENCY_WORDS for w in words[:2]):
                unit = _CURRENCY_SIGNS.get(m.group("cur") or "") or next(
                    _CURRENCY_WORDS[w] for w in words[:2] if w in _CURRENCY_WORDS
                )
                hit: tuple[str, int] | None = (f"money:{unit}", 0 if not m.group("cur") else -1)
            else:
                hit = _counted(words, context)
            if hit is None or value < 10 or (not scale and 1900 <= value <= 2100 and "," not in m.group(0)):
                continue  # nothing counted, a small count, or a year
            quantity, noun_index = hit
            if (value, quantity) in seen:
                continue
            seen.add((value, quantity))
            qual = (m.group("qual") or "").strip().lower() or None
            lead = m.group(0)[: m.start("noun") - m.start()] if m.group("noun") else m.group(0)
            shown_words = words[: noun_index + 1] if noun_index >= 0 else []
            raw_words = (m.group("noun") or "").split()[: len(shown_words)]
            shown = " ".join([*lead.split(), *raw_words])
            low, high = qualified_range(value, qual)
            noun = words[noun_index] if noun_index >= 0 and words else quantity
            claims.append(NumericClaim(statement.id, value, qual, noun, quantity, shown, low, high, as_of))
    return claims


def _times_compatible(a: NumericClaim, b: NumericClaim) -> bool:
    if a.as_of is None or b.as_of is None:
        return True
    return a.as_of[0] <= b.as_of[1] and b.as_of[0] <= a.as_of[1]


def _number(v: float) -> str:
    return "inf" if math.isinf(v) else f"{v:g}" if v < 1e15 else str(int(v))


def compare_claims(a: NumericClaim, b: NumericClaim) -> str | None:
    """``"contradiction"`` when the two qualified ranges cannot both hold, ``"divergence"`` when
    they can but both are floors (or both ceilings) whose figures differ by more than
    :data:`DIVERGENCE_SHARE`, else None (a figure inside the other's bound agrees with it).

    >>> c = lambda v, q: NumericClaim("s", v, q, "death", "deaths", "", *qualified_range(v, q))
    >>> compare_claims(c(100, "nearly"), c(150, None))
    'contradiction'
    >>> compare_claims(c(100, "at least"), c(120, "over"))
    'divergence'
    >>> compare_claims(c(100, "about"), c(104, None)) is None
    True
    >>> compare_claims(c(500, "less than"), c(400, None)) is None
    True
    """
    if a.high < b.low or b.high < a.low:
        return "contradiction"
    same_direction = (math.isinf(a.high) and math.isinf(b.high)) or (a.low == 0 and b.low == 0)
    if same_direction and abs(a.value - b.value) > DIVERGENCE_SHARE * max(a.value, b.value):
        return "divergence"  # two floors (or two ceilings) far apart: worth seeing side by side
    return None


def find_conflicts(
    statements: Sequence[Statement], *, include_divergent: bool = True, tolerance: float | None = None
) -> list[Conflict]:
    """CONFLICTS_WITH pairs: statements about a shared entity (or by one speaker) giving
    incompatible (or, with ``include_divergent``, widely different) figures for the same
    class of quantity at compatible times. ``tolerance`` is kept for compatibility and unused."""
    claims = {s.id: numeric_claims(s) for s in statements}
    subjects = {s.id: set(s.about) | ({s.speaker} if s.speaker else set()) for s in statements}
    by_quantity: dict[str, list[NumericClaim]] = defaultdict(list)
    for sid in sorted(claims):
        for c in claims[sid]:
            by_quantity[c.quantity].append(c)
    found: dict[tuple[str, str], Conflict] = {}
    rank = {"contradiction": 0, "divergence": 1}
    for quantity in sorted(by_quantity):
        items = by_quantity[quantity]
        for x, a in enumerate(items):
            for b in items[x + 1 :]:
                if a.statement == b.statement or not (subjects[a.statement] & subjects[b.statement]):
                    continue
                if not _times_compatible(a, b):
                    continue  # counts at different times may both be right
                severity = compare_claims(a, b)
                if severity is None or (severity == "divergence" and not include_divergent):
                    continue
                pair = (min(a.statement, b.statement), max(a.statement, b.statement))
                previous = found.get(pair)
                if previous is not None and rank[dict(previous.details)["severity"]] <= rank[severity]:
                    continue
                first, second = (a, b) if a.statement == pair[0] else (b, a)
                found[pair] = Conflict(
                    a=pair[0],
                    b=pair[1],
                    reason=f"different figures for {quantity}"
                    + (" (incompatible)" if severity == "contradiction" else " (compatible bounds)"),
                    values=(first.text, second.text),
                    details=(
                        ("severity", severity),
                        ("quantity", quantity),
                        ("qualifiers", (first.qualifier or "", second.qualifier or "")),
                        ("ranges", tuple(f"[{_number(c.low)}, {_number(c.high)}]" for c in (first, second))),
                    ),
                )
    return [found[k] for k in sorted(found)]
