"""Numeric claims and the rules for the CONFLICTS_WITH pairs between statements that disagree on them
(applied by :mod:`graphbuild.crossdoc_conflicts_find`).

A claim is a number normalised to a value, with what it counts (a small generic class:
deaths, injuries, displaced, missing, rescued, trapped or infected people, homes destroyed or damaged, area,
distance, money; a sum paid per hour, year or ton is a rate, its own quantity), its qualifier ("over", "at
least", "nearly", "about", "up to"...) turned into the range of values the words allow,
and the time it holds for when the statement says so. A toll whose noun news copy leaves out is
read from its verb, its cue or the toll it gives ("injuring more than 200", "about 200 were hurt",
"raised the death toll to 19"). Counts under ten are claims only of people by what happened to
them ("three firefighters were injured"), and measures ("about 5 km"); "one" never is. Two statements conflict when their
ranges cannot both be true ("nearly 100" vs "150": a *contradiction*) and they are two
sources' figures for one quantity (two statements get one conflict for each quantity they
disagree on):

* no document reports both (a conflict is between sources: an article giving two figures of one
  class counts two things, a month and the year to date);
* they share an entity (subject, speaker or one their sources name), or, for tolls, their documents
  tell one story (:mod:`graphbuild.crossdoc_story`), and they count the same class of thing;
* for tolls and distances, neither report names an entity the other figure's articles never mention
  (a toll "in Tadzhikistan" and one "in Georgia" are two, whatever "Soviet" they share; a distance
  from Hyuga and one from Miyazaki; nationalities aside);
* for tolls, a group's toll no larger than a toll of people, whoever they are, is taken for a part
  of it ("at least 20 soldiers" injured, "about 40" wounded), not another count ("casualties" and
  "soldiers" stay one side's toll);
* for tolls, the reports do not name two peoples and no common one ("Iraqi troops suffered 3,000
  casualties" / "the Iranians had 15,000"), and neither figure's clause tells another occurrence of
  a happening ("22 people in a second bombing");
* at compatible times: the said times when both statements have one, else publication days at
  most :data:`~graphbuild.crossdoc_conflicts_time.MAX_DAYS_APART` apart (a toll reported a month later is a new count, not a
  disagreement);
* about the same thing: the words around the two figures share a content word for a toll
  (deaths, injuries, displaced...: "Iraqi", "flood"; dates, qualifiers and what the class itself
  counts do not count, nor, between two speakers, the class's cue word, "killed", which any two
  death tolls share; words of one meaning, "scorched" and "burned", are one word), or, for two
  tolls that share no word, when one figure's words say nothing the other's do not and nothing sets
  either apart (:mod:`graphbuild.crossdoc_conflicts_toll`). Money, areas and distances, whose unit
  says little of what is measured, share two words and are one source's figures or of one story,
  or are two positions of one thing (:mod:`graphbuild.crossdoc_conflicts_measures`).

A figure of two classes together ("1,000 people died or were missing", "3,000 men killed or
wounded") is a figure of neither. Ages ("a 60-year-old man"), speeds ("30 miles per hour") and
compound measures ("613 seat miles") are no claims. Ranges that are compatible but whose figures differ widely ("at least
103,000" vs "over 125,000") are flagged as a *divergence*: analysts see them side by side, and
nothing is resolved.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .crossdoc_conflicts_counted import counted as _counted
from .crossdoc_conflicts_counted import elided as _elided
from .crossdoc_conflicts_counted import figure_end as _figure_end
from .crossdoc_conflicts_counted import group_of_part as _group_of_part
from .crossdoc_conflicts_counted import not_a_count as _not_a_count
from .crossdoc_conflicts_counted import rate_of as _rate_of
from .crossdoc_conflicts_counted import without_cue_phrases as _without_cue_phrases
from .crossdoc_counted import BUILDING_CUES as _BUILDING_CUES
from .crossdoc_counted import CONTEXT_SAME_WORDS as _CONTEXT_SAME_WORDS
from .crossdoc_counted import CURRENCY_SIGNS as _CURRENCY_SIGNS
from .crossdoc_counted import CURRENCY_WORDS as _CURRENCY_WORDS
from .crossdoc_counted import GENERIC_COUNTED as _GENERIC_COUNTED
from .crossdoc_counted import JOB_CUES as _JOB_CUES
from .crossdoc_counted import PEOPLE as _PEOPLE
from .crossdoc_counted import PEOPLE_CUES as _PEOPLE_CUES
from .crossdoc_counted import SAME_PEOPLE as _SAME_PEOPLE
from .crossdoc_counted import TO_BASE as _TO_BASE
from .crossdoc_numbers import QUALIFIERS as _QUALIFIERS
from .crossdoc_numbers import figures as _figures
from .crossdoc_tokens import content_tokens
from .model import Statement

_SAME_WORD = {w: group[0] for group in _CONTEXT_SAME_WORDS for w in group[1:]}
_SAME_WORD_RE = re.compile(rf"\b(?:{'|'.join(sorted(_SAME_WORD, key=len, reverse=True))})\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z-]+")
#: Wire copy's currencies ("mln dlrs", "stg") and its scales: sums and quantities read only to keep
#: them from being counted as people (a wire's one source gives many a day: 774 false conflicts on 4,950
#: Reuters stories when read as money).
_WIRE_SUMS = frozenset(("dlr", "stg", "yen", "franc", "lire", "guilder"))  # as :func:`_singular` reads them
_WIRE_SCALES = frozenset(("mln", "bln"))
_VERSUS = frozenset(("vs", "v", "versu"))  # "53 cts vs 45 cts", as :func:`_singular` reads "versus"
#: What joins a figure to more of itself ("9/11", "24-7"): no figure alone.
_JOINED = frozenset("/-:")
#: Classes measured in a unit, not counted: a figure under ten is one of them too ("about 5 km").
_MEASURES = frozenset(("area", "distance"))
#: Classes whose counting noun says what is counted: one shared word around the figures suffices.
_TOLLS = frozenset({*_PEOPLE_CUES, *_BUILDING_CUES, *_JOB_CUES})
#: Shared words around two figures needed for a toll, and for any other class (one speaker's figures).
TOLL_SHARED_WORDS = 1
OTHER_SHARED_WORDS = 2
#: Characters either side of a figure whose words say what it counts.
CONTEXT_CHARS = 80
#: Words that never tell what a figure counts: the classes' nouns, qualifiers, units, times.
_NEUTRAL_WORDS = (
    "death dead fatality casualty victim loss life lives injury injured wounded refugee evacuee displaced missing "
    "unaccounted survivor case infection job layoff redundancy home house dwelling building "
    "soldier troop people person civilian resident child fighter man woman "
    "hectare acre square kilometer kilometre km mile metre meter foot feet yard dollar euro pound rouble ruble "
    f"{_QUALIFIERS.replace('|', ' ')} thousand million mln billion bln bn "
    "year month week day today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "early late mid between since until said say says told according total"
)

#: Plain figures are taken as rounded: within this share of each other they agree.
EXACT_TOLERANCE = 0.05
#: "about", "around": the share either side the figure may be off.
APPROX_TOLERANCE = 0.1
#: Compatible ranges whose stated figures differ by more than this share are a divergence.
DIVERGENCE_SHARE = 0.15
#: A floor ("at least 34") and a figure more than this many times it ("61") are a divergence too: the
#: other source counts half as many again (within it, "more than 200" and "240" agree).
FLOOR_FACTOR = 1.5


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
    #: Content words around the figure (stemmed, as :func:`~graphbuild.crossdoc_tokens.content_tokens`
    #: gives them), those of :data:`_NEUTRAL_WORDS` left out: what tells what the figure counts.
    context: frozenset[str] = frozenset()


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


#: One figure of a report's content, before it is tied to a statement: value, qualifier, counting
#: noun, quantity, text shown, low and high ends of its range, context words (see :class:`NumericClaim`).
ReportClaim = tuple[float, str | None, str, str, str, float, float, frozenset[str]]


def report_claims(text: str) -> list[ReportClaim]:
    """The figures of one report's content with what they count, in order (a pure function of
    ``text``: the per-document stage computes it; :func:`numeric_claims` keeps the first of each
    value and quantity)."""
    claims: list[ReportClaim] = []
    found = _figures(text)
    # each figure by where it ends: a part's, before its group ("5 of the 40 miners died")
    by_end = {_figure_end(f): (f, v) for f, v, _ in found}
    for m, value, scale in found:
        if value < 2 or (not scale and 1900 <= value <= 2100 and "," not in m.group(0)):
            continue  # one, or a year, whatever it counts (tested before reading what)
        words = [_singular(w) for w in (m.group("noun") or "").split()]
        if words[:1] and not words[0].strip("-"):
            words = []  # "20 - Chadian troops": a dash, then another phrase; nothing counted
        if _VERSUS & set(words):  # "loss 53 cts vs loss 45 cts": a noun past "vs" is the other figure's
            words = words[: min(i for i, w in enumerate(words) if w in _VERSUS)]
        lo = max(0, m.start() - 40)
        context = text[lo : m.end() + 40]
        # where each word after the figure ends ("ends[i]": words[i]'s end in ``text``)
        ends = [m.start("noun") + w.end() for w in _WORD.finditer(m.group("noun") or "")]
        if m.group("cur") or any(w in _CURRENCY_WORDS for w in words[:2]):
            unit = _CURRENCY_SIGNS.get(m.group("cur") or "") or next(
                _CURRENCY_WORDS[w] for w in words[:2] if w in _CURRENCY_WORDS
            )
            index = 0 if not m.group("cur") else -1
            # a rate is its own quantity: "$15 an hour" is no sum, "$2 billion a year" no total
            per = _rate_of(text, ends[0] if index == 0 and ends else _figure_end(m))
            hit: tuple[str, int] | None = (f"money:{unit}" + (f"/{per}" if per else ""), index)
        elif _WIRE_SUMS.intersection(words[:2]) or (scale and words[:1] == ["loss"]):
            continue  # "69.13 mln dlr loss", "38.1 mln loss": a sum (unread), never a toll
        else:
            hit = _counted(words, context, m.start() - lo, [e - lo for e in ends])
            if hit is None and text[m.end(3) : m.end(3) + 1] not in _JOINED:
                # no noun of its own: "injuring more than 200", "the death toll rose to 19" (not "9/11")
                cued = _elided(words, context, m.start() - lo)
                hit = (cued, 0 if words[:1] and words[0] in _PEOPLE else -1) if cued else None
        if hit is None:
            continue  # nothing counted
        # where the claim's figure starts, and the figure its value and qualifier are read from
        start, told = m.start(), m
        group = _group_of_part(text, m, words, ends, hit, by_end)
        if group is not None:
            # "at least 5 of the 40 miners died": 40 is the group the toll is a part of; the toll is 5
            if group < 0 or by_end[group][1] < 2:
                continue  # "most of the 300 passengers", "one of the 12 miners": no figure of the toll
            told, value = by_end[group]
            start = told.start()
        elif _not_a_count(text, m, words, ends, hit):
            continue
        quantity, noun_index = hit
        if scale in _WIRE_SCALES and quantity not in _TOLLS:
            continue  # "15 mln acres", "2.3 mln pounds" of peanuts: a wire's tonnages and acreages
        if value < 10 and quantity not in _MEASURES and (quantity not in _PEOPLE_CUES or value != int(value)):
            continue  # a small count is a claim only of people hurt, killed, missing... ("5 km" is a measure)
        if noun_index >= 0:
            unit = " ".join(words[max(0, noun_index - 1) : noun_index + 1])
            value *= _TO_BASE.get((quantity, unit), _TO_BASE.get((quantity, words[noun_index]), 1.0))
        qual = (told.group("qual") or "").strip().lower() or None
        lead = m.group(0)[: m.start("noun") - m.start()] if m.group("noun") else m.group(0)
        shown_words = words[: noun_index + 1] if noun_index >= 0 else []
        raw_words = (m.group("noun") or "").split()[: len(shown_words)]
        shown = " ".join([*lead.split(), *raw_words])
        if told is not m:  # the part and its group, as written: "at least 5 of the 40 miners"
            shown = " ".join(text[start : ends[noun_index]].split())
        low, high = qualified_range(value, qual)
        # a toll whose noun is left out counts people, whoever they are ("injuring more than 200")
        noun = (
            words[noun_index] if noun_index >= 0 and words else "people" if quantity in _TOLLS else quantity
        )
        words_near = _context_words(text, start, m.end())
        claims.append((value, qual, noun, quantity, shown, low, high, words_near))
    return claims


def _context_words(text: str, start: int, end: int) -> frozenset[str]:
    """The content words of the whole words at most :data:`CONTEXT_CHARS` characters either side of a
    figure (``text[start:end]``), words of :data:`_CONTEXT_SAME_WORDS` read as one, neutral ones and
    numbers left out.

    >>> sorted(_context_words("Floods in the valley: 18 people died, officials said", 22, 31))
    ['flood', 'kill', 'oficial', 'valei']
    """
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    if lo > 0 and text[lo - 1].isalnum():  # a word cut by the window is left out, not read as a fragment
        while lo < start and text[lo].isalnum():  # ("Eastern" as "tern")
            lo += 1
    if hi < len(text) and text[hi].isalnum():
        while hi > end and text[hi - 1].isalnum():
            hi -= 1
    return frozenset(t for t in content_tokens(_same_words(text[lo:hi])) if not _has_digit(t)) - _neutral()


def _same_words(text: str) -> str:
    """``text`` with each word of :data:`_CONTEXT_SAME_WORDS` written as the first of its group."""
    return _SAME_WORD_RE.sub(lambda w: _SAME_WORD[w.group().lower()], text)


def numeric_claims(
    statement: Statement, precomputed: Mapping[str, Sequence[ReportClaim]] | None = None
) -> list[NumericClaim]:
    """Numbers with what they count, from every report of a statement. ``precomputed``: the
    :func:`report_claims` of report texts, as the per-document stage stored them (texts missing
    there are read here)."""
    claims = []
    seen = set()
    said = statement.said
    as_of = (said.start, said.end) if said and said.start and said.end else None
    for report in statement.reports:
        text = report.content_text
        found = precomputed.get(text) if precomputed is not None else None
        for value, qual, noun, quantity, shown, low, high, words_near in (
            found if found is not None else report_claims(text)
        ):
            if (value, quantity) in seen:
                continue
            seen.add((value, quantity))
            claims.append(
                NumericClaim(statement.id, value, qual, noun, quantity, shown, low, high, as_of, words_near)
            )
    return claims


def _same_people(a: str, b: str) -> bool:
    """Whether two counting nouns may count the same people ("casualties" / "soldiers", "troops" /
    "soldiers"; not "rebels" / "soldiers")."""
    if a in _GENERIC_COUNTED or b in _GENERIC_COUNTED:
        return True
    return _SAME_PEOPLE.get(a, a) == _SAME_PEOPLE.get(b, b)


def _has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


@lru_cache(maxsize=1)
def _neutral() -> frozenset[str]:
    return content_tokens(_NEUTRAL_WORDS)


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The cue words of the classes as context words ("killed", "fled")."""
    classes = (*_PEOPLE_CUES.values(), *_BUILDING_CUES.values(), *_JOB_CUES.values())
    return content_tokens(_same_words(" ".join(w for words in classes for w in sorted(words)))) - _neutral()


def _clause_words(claim: NumericClaim, clause: str | None) -> frozenset[str]:
    """The context words of a figure's own clause (``clause``, :func:`figure_clause`; its context words
    when the clause is not found), the class's cue words left out."""
    if clause is None:
        return claim.context - _cue_words()
    bare = _without_cue_phrases(clause)  # "had left their homes" is a cue, as "fled" is
    return _context_words(bare, 0, len(bare)) - _cue_words()


def _toll_evidence(a: NumericClaim, b: NumericClaim, one_speaker: bool) -> int:
    """How many context words say that two tolls of one class count one thing. A class's cue word
    ("killed") is in any two death tolls, so it is evidence only for one speaker's figures that nothing
    else tells apart ("100 people were killed" and "150 people were killed"; not "died in the flood"
    and "died of the virus")."""
    shared = a.context & b.context
    evidence = shared - _cue_words()
    if not evidence and one_speaker and (a.context <= b.context or b.context <= a.context):
        return len(shared)
    return len(evidence)


def _number(v: float) -> str:
    return "inf" if math.isinf(v) else f"{v:g}" if v < 1e15 else str(int(v))


def compare_claims(a: NumericClaim, b: NumericClaim) -> str | None:
    """``"contradiction"`` when the two qualified ranges cannot both hold, ``"divergence"`` when
    they can but both are floors (or both ceilings) whose figures differ by more than
    :data:`DIVERGENCE_SHARE`, or one is a floor and the other figure more than
    :data:`FLOOR_FACTOR` times it ("at least 17" against "nearly 40"), else None (a figure
    inside the other's bound agrees with it: "more than 100" and "130").

    >>> c = lambda v, q: NumericClaim("s", v, q, "death", "deaths", "", *qualified_range(v, q))
    >>> compare_claims(c(100, "nearly"), c(150, None))
    'contradiction'
    >>> compare_claims(c(100, "at least"), c(120, "over"))
    'divergence'
    >>> compare_claims(c(100, "about"), c(104, None)) is None
    True
    >>> compare_claims(c(500, "less than"), c(400, None)) is None
    True
    >>> compare_claims(c(17, "at least"), c(40, "nearly")), compare_claims(c(100, "more than"), c(130, None))
    ('divergence', None)
    """
    if a.high < b.low or b.high < a.low:
        return "contradiction"
    same_direction = (math.isinf(a.high) and math.isinf(b.high)) or (a.low == 0 and b.low == 0)
    if same_direction and abs(a.value - b.value) > DIVERGENCE_SHARE * max(a.value, b.value):
        return "divergence"  # two floors (or two ceilings) far apart: worth seeing side by side
    for floor, other in ((a, b), (b, a)):
        if math.isinf(floor.high) and not math.isinf(other.high) and other.value > FLOOR_FACTOR * floor.value:
            return "divergence"  # a floor far below another source's figure
    return None
