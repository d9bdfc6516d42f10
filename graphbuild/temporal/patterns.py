"""Span finding: the engine that runs the rules for time expressions over a text.

The rules' sources live in :mod:`.rules_dates` (explicit dates, months, years, periods) and
:mod:`.rules_relative` (relative expressions, durations, sets, anaphora, clock times); their vetoes in
:mod:`.vetoes` and :mod:`.vetoes_durations`, their needles and gates in :mod:`.gates`.
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
from .rules_dates import DATE_RULES, PRE, RuleSource
from .rules_relative import RELATIVE_RULES

__all__ = ["PRE", "RULES", "RULES_BY_NAME", "Rule", "Span", "disjoint_first", "find_spans", "triggered_rules"]

_F = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    priority: int  # lower wins ties between equally long spans
    check: Callable[[re.Match[str], str], bool] | None = None
    needs: tuple[str, ...] = ()  # lower-case substrings without which the rule cannot match
    gate: re.Pattern[str] | None = None  # a cheap search that must succeed for the rule to be tried
    digit: bool = False  # the rule cannot match without a digit in the text


#: Every rule source, dates first (their order breaks ties between equal spans).
_RULES_SRC: list[RuleSource] = DATE_RULES + RELATIVE_RULES

#: Every rule starts at a word start; saying so up front spares the engine most positions.
_WORD_START = r"(?<![A-Za-z0-9])(?=[A-Za-z0-9'’])"
_DIGIT = re.compile(r"\d")


def _word_bound(name: str) -> bool:
    """Whether the gate built from a rule's needles wants them at a word boundary ("1990s", "year-ago"
    have theirs mid-word)."""
    return name not in ("decade", "year-ago")


def _gate(name: str) -> re.Pattern[str] | None:
    if name in GATES:
        return re.compile(GATES[name])  # re.compile caches: equal sources give the same pattern object
    needs = NEEDS.get(name, ())
    if not needs:
        return None
    bound = r"\b" if _word_bound(name) else ""
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
#: For each gate built from a rule's needles (None for the gates of :data:`GATES`): the needles and whether
#: they must start at a word boundary, so that :func:`_needle_gate` answers it by substring search.
_GATE_NEEDLES: tuple[tuple[tuple[str, ...], bool] | None, ...] = tuple(
    next(
        (None if r.name in GATES else (tuple(n.lower() for n in r.needs), _word_bound(r.name)))
        for r in RULES
        if r.gate is g
    )
    for g in _GATE_LIST
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
    return _triggered(fold_case_specials(text).lower())


def _triggered(low: str) -> set[int]:
    """:func:`triggered_rules` of a text given as ``fold_case_specials(text).lower()``."""
    found: set[int] = set()
    for needle, rules in _NEEDLE_RULES:
        if needle in low:
            found |= rules
    return found


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\\b`` of a str pattern takes for a word character


def _needle_gate(text: str, low: str, needles: tuple[str, ...], bounded: bool) -> bool:
    """Whether the gate :func:`_gate` builds from ``needles`` (``bounded``: at a word boundary) matches
    ``text``, found by substring search on ``low``, the text as :func:`_triggered` reads it (same length).

    A case-insensitive scan, anchored nowhere, tried every position of the text; the substring search
    finds the same occurrences (see :func:`triggered_rules` on the characters matching equates) and tests
    the boundary only where a needle is.

    >>> text = "Reach each"
    >>> _needle_gate(text, text.lower(), ("each",), True), _needle_gate("Reach", "reach", ("each",), True)
    (True, False)
    """
    for needle in needles:
        q = low.find(needle)
        while q >= 0:
            if not bounded or (q > 0 and _is_word_char(text[q - 1])) != _is_word_char(text[q]):
                return True
            q = low.find(needle, q + 1)
    return False


@dataclass(frozen=True)
class Span:
    """A candidate time expression: where it is, which rule found it and the match itself."""

    start: int
    end: int
    rule: str
    match: re.Match[str]


def cuts_a_number(text: str, s: int) -> bool:
    """Whether a span starting at ``s`` starts inside a number: after its point, comma or fraction bar
    ("1.5 years ago" is not "5 years ago", "1,500 days" not "500 days", "a 12-1/2 year term" not "2 year").

    >>> cuts_a_number("1.5 years ago", 2), cuts_a_number("In 2.5 years", 3), cuts_a_number("3-1/2 year", 4)
    (True, False, True)
    """
    return s >= 2 and text[s].isdigit() and text[s - 1] in ".,/" and text[s - 2].isdigit()


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
    low = fold_case_specials(text).lower()
    triggered = _triggered(low)
    by_needles = len(low) == len(text)  # always, as only the folded dotted capital I lower-cases longer
    for i, (rule, gi) in enumerate(_PLAN):
        if (rule.digit and not has_digit) or (i in _BY_NEEDLE and i not in triggered):
            continue
        if gi >= 0:
            ok = passed[gi]
            if ok is None:
                needles = _GATE_NEEDLES[gi]
                if needles is not None and by_needles:
                    ok = _needle_gate(text, low, *needles)
                else:
                    ok = _GATE_LIST[gi].search(text) is not None
                passed[gi] = ok
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
