"""Guards and evidence for reports of one speaker that share words: when they make different
claims, and when differently written figures are one figure. All general English (no list of names,
topics or places):

- a vague quantity and an exact figure outside it ("thousands of people were killed" / "300 people
  were killed") are different claims: :func:`vague_apart`;
- a bound or an estimate and an exact figure inside it ("more than 500 flats" / "523 flats") are one
  figure, as are durations in months and in weeks of about one length, and a total and two parts that
  add up to it ("23 ships" / "14 ships ... and another nine"): :func:`figures_agree`, :func:`align_figures`;
- the same words said of another subject, marked by an additive particle ("Brandt will miss the final"
  and, in the same article, "Holm will *also* miss the final"): the "also" report is about what it
  names and its neighbour does not: :func:`additive_subjects`;
- the same words of another place ("a plant in Lyon" / "in Turin") or another relative time ("this
  year" / "next year"): :func:`other_place`, :func:`other_time`.

:func:`graphbuild.crossdoc.merge_statements` reads the guards as "cannot link" constraints, so no chain
of paraphrases joins such reports either.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from .crossdoc_lexicon import DURATIONS, STOP_WORDS
from .crossdoc_tokens import ContentFeatures, _normalised, _number_value
from .crossdoc_words import word_key

#: Scale words that, with no figure before them, make a vague quantity ("thousands of people",
#: "several hundred troops", "dozens of homes"), and the values they can stand for: from the scale
#: itself up to (not including) a thousand times it ("thousands" covers "tens of thousands").
VAGUE_RANGES: Mapping[str, tuple[float, float]] = {
    word_key("dozens"): (12.0, 144.0),
    word_key("hundreds"): (100.0, 1_000.0),
    word_key("thousands"): (1_000.0, 1_000_000.0),
    word_key("millions"): (1_000_000.0, 1_000_000_000.0),
    word_key("billions"): (1_000_000_000.0, 1_000_000_000_000.0),
}

_VAGUE_WORDS = frozenset(VAGUE_RANGES)


def _value(token: str) -> float | None:
    found = _number_value(token)
    if found is not None:
        return found
    try:
        return float(token)
    except ValueError:
        return None


def vague_apart(a: ContentFeatures, b: ContentFeatures) -> bool:
    """Whether one content gives a vague quantity ("thousands") and the other exact figures none of
    which it can stand for ("300"): different claims about how many, not one claim rounded. An exact
    figure inside the vague range ("hundreds" / "300") is compatible: an outlet may round what was
    said. Figures both give ("in 2022") are not the quantity in question.

    >>> from graphbuild.crossdoc_tokens import content_features as f
    >>> vague_apart(f("thousands of people were killed"), f("300 people were killed"))
    True
    >>> vague_apart(f("hundreds of people were killed"), f("300 people were killed"))
    False
    """
    return _one_way(a, b) or _one_way(b, a)


def _one_way(vague: ContentFeatures, exact: ContentFeatures) -> bool:
    if _VAGUE_WORDS.isdisjoint(vague.tokens):
        return False  # most contents: no vague quantity at all
    ranges = [VAGUE_RANGES[t] for t in vague.tokens - exact.tokens if t in VAGUE_RANGES]
    if not ranges:
        return False
    values = [v for v in (_value(t) for t in exact.numbers - vague.numbers) if v is not None]
    return bool(values) and not any(lo <= v < hi for v in values for lo, hi in ranges)


#: Words before a figure that make it a bound or an estimate, as the tokens of
#: :func:`~graphbuild.crossdoc_tokens._normalised` read (one or two words), and the range of values the
#: figure then covers, as factors of it: "more than 200" is 212, "nearly 300" is 280, "about 50" is 54.
_BOUNDS: tuple[tuple[tuple[str, ...], tuple[float, float]], ...] = tuple(
    (tuple(w if w in STOP_WORDS else word_key(w) for w in phrase.split()), factors)
    for phrase, factors in (
        # news rounds a count down to a round bound ("more than 200" for 212) or up to the next
        # ("nearly 300" for 280); an estimate is within a tenth. "up to 40" is a ceiling (a cap, a worst
        # case), not a rounded count: it stays a figure of its own
        ("more than", (1.0, 1.25)), ("over", (1.0, 1.25)), ("at least", (1.0, 1.25)), ("upwards of", (1.0, 1.25)),
        ("nearly", (0.9, 1.0)), ("almost", (0.9, 1.0)), ("fewer than", (0.9, 1.0)), ("less than", (0.9, 1.0)),
        ("under", (0.9, 1.0)), ("close to", (0.9, 1.0)),
        ("about", (0.9, 1.1)), ("around", (0.9, 1.1)), ("some", (0.9, 1.1)), ("roughly", (0.9, 1.1)),
        ("approximately", (0.9, 1.1)), ("an estimated", (0.9, 1.1)),
    )
)  # fmt: skip


class Figure(NamedTuple):
    """The values a figure of a content can stand for, and whether it is a duration (in hours)."""

    lo: float
    hi: float
    duration: bool = False


#: The base units of durations (hours, months) as the normalised tokens read.
_UNITS = frozenset(unit for unit, _ in DURATIONS.values())
#: The base unit of durations of a month or more (:data:`~graphbuild.crossdoc_lexicon.DURATIONS`), and
#: its length in the base unit of shorter ones (hours).
_MONTH = DURATIONS["month"][0]
HOURS_PER_MONTH = 365.25 * 24 / 12
#: How far a duration in months may be from one in days or weeks and still be the same length.
UNIT_TOLERANCE = 0.1


@lru_cache(maxsize=65536)
def figure_ranges(text: str) -> dict[str, Figure]:
    """The figures of a content (as :class:`~graphbuild.crossdoc_tokens.ContentFeatures` numbers) and
    the values each can stand for: a bare figure only itself, one after a bound or an estimate word a
    range (:data:`_BOUNDS`).

    A duration of months or years is read in hours, as days and weeks are, give or take
    :data:`UNIT_TOLERANCE` ("two months" meets "eight weeks").

    >>> figure_ranges("more than 200 cases")["200"]
    Figure(lo=200.0, hi=250.0, duration=False)
    >>> figure_ranges("212 cases")["212"]
    Figure(lo=212.0, hi=212.0, duration=False)
    """
    tokens = [t for t, _ in _normalised(text)]
    out: dict[str, Figure] = {}
    for k, token in enumerate(tokens):
        value = _value(token) if token[:1].isdigit() else None
        if value is None:
            continue
        lo = hi = value
        unit = tokens[k + 1] if k + 1 < len(tokens) else ""
        for words, (low, high) in _BOUNDS:
            if tuple(tokens[max(0, k - len(words)) : k]) == words:
                lo, hi = value * low, value * high
                break
        if unit == _MONTH:
            # months and years against days and weeks: a month is not a whole number of weeks
            lo, hi = lo * HOURS_PER_MONTH * (1 - UNIT_TOLERANCE), hi * HOURS_PER_MONTH * (1 + UNIT_TOLERANCE)
        duration = unit in _UNITS
        if token in out:  # a figure written twice, once bounded: the widest reading
            lo, hi = min(lo, out[token].lo), max(hi, out[token].hi)
            duration = duration or out[token].duration
        out[token] = Figure(lo, hi, duration)
    return out


def figures_agree(text_a: str, text_b: str) -> bool:
    """Whether the figures of two contents can be the same figures, bounds and estimates read as
    ranges ("more than 200 cases" / "212 cases"): each figure of the content that gives fewer meets
    one of the other's (the other may give more, "in children under five"), a bound meeting only an
    exact figure (:func:`_meet`). Two bare figures that differ never agree, nor two different bounds.

    >>> figures_agree("more than 500 flats were damaged", "523 flats were damaged")
    True
    >>> figures_agree("more than 500 flats were damaged", "430 flats were damaged")
    False

    An exact figure may also be the total of two the other gives (:func:`_total_of`):

    >>> figures_agree("12 buses in the north and another 8 in the south", "20 buses")
    True
    """
    return ranges_agree(figure_ranges(text_a), figure_ranges(text_b))


def ranges_agree(a: Mapping[str, Figure], b: Mapping[str, Figure]) -> bool:
    """:func:`figures_agree` on the contents' :func:`figure_ranges`, when those are known already.

    >>> ranges_agree(figure_ranges("more than 200 cases"), figure_ranges("212 cases"))
    True
    """
    if len(a) == len(b):  # neither gives more: either may be read against the other (symmetric)
        return bool(a) and (_fewer_meet(a, b) or _fewer_meet(b, a))
    fewer, more = (a, b) if len(a) < len(b) else (b, a)
    return bool(fewer) and _fewer_meet(fewer, more)


def _fewer_meet(fewer: Mapping[str, Figure], more: Mapping[str, Figure]) -> bool:
    """Whether each figure of ``fewer`` meets one of ``more``'s, or is the total of two of them."""
    # each figure of the text with fewer meets one of the other's ("under five" may be something else)
    # (:func:`_meet` pairs a bound with an exact figure only: each kind looks among the other kind)
    bounds = [m for m in more.values() if m.lo != m.hi]
    exact = [m for m in more.values() if m.lo == m.hi]
    addends: list[float] | None = None
    for r in fewer.values():
        if any(_meet(r, m) for m in (bounds if r.lo == r.hi else exact)):
            continue
        if r.lo != r.hi or r.duration:
            return False  # no total either: those are exact
        if addends is None:
            addends = _addends(more)
        if not _sum_of_two(r.lo, addends):
            return False
    return True


def _addends(parts: Mapping[str, Figure]) -> list[float]:
    """The exact figures of a content that are not durations, in order: what :func:`_total_of` adds."""
    return sorted(f.lo for f in parts.values() if f.lo == f.hi and not f.duration)


def _sum_of_two(total: float, addends: Sequence[float]) -> bool:
    """Whether two of ``addends`` (sorted) below ``total`` add up to it."""
    exact = [x for x in addends if x < total]
    return any(x + y == total for k, x in enumerate(exact) for y in exact[k + 1 :])


def _total_of(total: Figure, parts: Mapping[str, Figure]) -> bool:
    """Whether an exact figure is the sum of two exact figures of the other content, neither of them a
    duration ("14 ships at the southern end and another nine at the northern end" / "23 ships"): an
    outlet adds up what was said part by part. Bounds and estimates are not added."""
    if total.lo != total.hi or total.duration:
        return False
    return _sum_of_two(total.lo, _addends(parts))


def _meet(a: Figure, b: Figure) -> bool:
    """Whether a bound and an exact figure can be one figure: exactly one of them a range, the exact
    one inside it, and both durations or neither. Two different bounds ("over 125,000" / "at least
    103,000") are two claims."""
    if (a.lo == a.hi) == (b.lo == b.hi) or a.duration != b.duration:
        return False
    return a.lo <= b.hi and b.lo <= a.hi


def align_figures(
    fa: ContentFeatures,
    fb: ContentFeatures,
    text_a: str,
    text_b: str,
    *,
    ranges: tuple[Mapping[str, Figure], Mapping[str, Figure]] | None = None,
) -> ContentFeatures:
    """``fa`` with each figure that ``fb`` does not give, but whose range meets one ``fb`` gives
    (:func:`figure_ranges`: "more than 200" / "212"), written as that figure, so that a bounded and an
    exact report of one figure share it as two exact reports would; a total of two of ``fb``'s figures
    (:func:`_total_of`) is written as one of them, so that the two reports share a figure.

    >>> from graphbuild.crossdoc_tokens import content_features as f
    >>> a, b = "more than 200 cases", "212 cases"
    >>> sorted(align_figures(f(a), f(b), a, b).numbers)
    ['212']

    ``ranges``: the two texts' :func:`figure_ranges`, when known already (the same result).
    """
    ra, rb = ranges if ranges is not None else (figure_ranges(text_a), figure_ranges(text_b))
    rename: dict[str, str] = {}
    for token in fa.numbers - fb.numbers:
        if token not in ra:
            continue
        match = sorted(t for t in fb.numbers if t in rb and _meet(ra[token], rb[t]))
        parts = {t: rb[t] for t in fb.numbers - fa.numbers if t in rb}
        if not match and _total_of(ra[token], parts):
            match = sorted(parts)  # a total of the other's parts ("23" / "14 ... and another nine")
        if match:
            rename[token] = match[0]
    if not rename:
        return fa

    def swap(words: frozenset[str]) -> frozenset[str]:
        return frozenset(rename.get(w, w) for w in words)

    return replace(
        fa,
        tokens=swap(fa.tokens),
        numbers=swap(fa.numbers),
        plain=swap(fa.plain),
        negated=swap(fa.negated),
        bigrams=frozenset(swap(b) for b in fa.bigrams),
    )


#: Additive particles: the content says of its subject what was said of another ("X will also miss",
#: "X was up 30 percent as well", "X, too, ...").
_ADDITIVE = re.compile(r"\balso\b|\bas well\b|,\s*too\b|\btoo\s*[.!]?\s*$", re.IGNORECASE)
#: Key words a report with an additive particle must share with its neighbour to be "the same words".
ADDITIVE_MIN_SHARED = 2


@lru_cache(maxsize=65536)
def is_additive(text: str) -> bool:
    """Whether a content carries an additive particle ("also", "as well", ", too").

    >>> is_additive("that defender Ali would also miss six weeks"), is_additive("too early to say")
    (True, False)
    """
    return _ADDITIVE.search(text) is not None


def additive_subjects(
    texts: Sequence[str],
    speakers: Sequence[str | None],
    docs: Sequence[str],
    feats: Sequence[ContentFeatures],
) -> dict[int, frozenset[str]]:
    """For each report whose content has an additive particle and that shares at least
    :data:`ADDITIVE_MIN_SHARED` key words with another report of the same speaker in the same
    document, the names it has and that neighbour lacks (else its other key words the neighbour
    lacks): what the "also" is about ("winger Ada Holm", "the new Orto laptop"). A report of the same
    words lacking all of them reports the neighbour's claim (or says too little to tell), not this one:
    see :func:`additive_apart`."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (speaker, doc) in enumerate(zip(speakers, docs, strict=True)):
        if speaker is not None:
            groups[(speaker, doc)].append(i)
    out: dict[int, frozenset[str]] = {}
    for members in groups.values():
        for x in members:
            if len(members) < 2 or not is_additive(texts[x]):
                continue
            own: set[str] = set()
            for y in members:
                if y != x and len(feats[x].key & feats[y].key) >= ADDITIVE_MIN_SHARED:
                    # the subject is best told by the names it adds ("Ada Holm", "the Orto laptop");
                    # other words it adds may be the same predicate in other words ("screen brightness")
                    own |= (feats[x].names & feats[x].key) - feats[y].tokens or feats[x].key - feats[y].tokens
            if own:
                out[x] = frozenset(own)
    return out


def additive_apart(
    subjects: Mapping[int, frozenset[str]], feats: Sequence[ContentFeatures], i: int, j: int
) -> bool:
    """Whether reports ``i`` and ``j`` cannot be one utterance because one has an additive subject
    (:func:`additive_subjects`) that the other does not mention at all."""
    for x, y in ((i, j), (j, i)):
        own = subjects.get(x)
        if own and not own & feats[y].tokens:
            return True
    return False


#: A place named after a preposition of place ("in Lyon", "at the Leeds plant", "near Lake Ohrid"):
#: the preposition and the run of capitalised words after it.
_PLACE = re.compile(r"\b(in|at|near|outside|inside|across|throughout)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s*)+)")


#: A region named by a compass point after a preposition of place ("in the north", "in the southern
#: regions", "across the south-east"): the preposition and the points, as the nouns ("southern" -> "south").
_REGION = re.compile(
    r"\b(in|at|near|across|throughout)\s+(?:the\s+)?(north|south|east|west)(?:ern)?"
    r"(?:[\s-]?(east|west)(?:ern)?)?\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _places(text: str) -> frozenset[tuple[str, str]]:
    """(preposition, name) pairs of a content, the name lower-cased ("in Lyon" -> ("in", "lyon"); a
    compass region as its points, "in the southern regions" -> ("in", "south")).

    >>> sorted(_places("rivers in the southern regions"))
    [('in', 'south')]
    """
    named = {(m.group(1).lower(), " ".join(m.group(2).split()).lower()) for m in _PLACE.finditer(text)}
    for m in _REGION.finditer(text):
        named.add((m.group(1).lower(), m.group(2).lower() + (m.group(3) or "").lower()))
    return frozenset(named)


@lru_cache(maxsize=65536)
def _word(name: str) -> re.Pattern[str]:
    """``name`` as a whole word (compiled once: more place names than the ``re`` module caches)."""
    return re.compile(rf"\b{re.escape(name)}\b")


def other_place(text_a: str, text_b: str) -> bool:
    """Whether two contents say their words of different places: each names a place after the same
    preposition ("in Lyon" / "in Turin") and neither mentions the other's place at all. Names in other
    slots are not read so: "Moscow says" / "Russia says" may be one claim, "a plant in Lyon" / "a plant
    in Turin" are two. A compass region is a place too ("in the north" / "in the southern regions").

    >>> other_place("the plant in Lyon will close", "that the plant in Turin would close")
    True
    >>> other_place("the plant in Lyon will close", "that the Lyon plant in France would close")
    False
    >>> other_place("wells in the north will be closed", "that wells in the southern regions would close")
    True
    """
    pa, pb = _places(text_a), _places(text_b)
    if not pa or not pb:
        return False
    la, lb = text_a.lower(), text_b.lower()
    only_a = {(p, n) for p, n in pa - pb if not _word(n).search(lb)}
    only_b = {(p, n) for p, n in pb - pa if not _word(n).search(la)}
    return any(p == q for p, _ in only_a for q, _ in only_b)


#: Relative time words before one unit ("this year" / "next year", "last week" / "this week").
_RELATIVE = re.compile(
    r"\b(this|next|last|coming|previous)\s+(year|month|week|quarter|season|decade|spring|summer|autumn|"
    r"winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b",
    re.IGNORECASE,
)
#: Words that name the same relative time ("coming" week is the "next" one, the "previous" the "last").
_SAME_RELATIVE = {"coming": "next", "previous": "last"}


@lru_cache(maxsize=65536)
def _relative_times(text: str) -> frozenset[tuple[str, str]]:
    return frozenset(
        (m.group(2).lower(), _SAME_RELATIVE.get(m.group(1).lower(), m.group(1).lower()))
        for m in _RELATIVE.finditer(text)
    )


def other_time(text_a: str, text_b: str) -> bool:
    """Whether two contents put their words at different relative times of one unit ("rise 4 percent
    this year" / "next year"): time words weigh little when comparing contents, but "this" and "next"
    year are two claims.

    >>> other_time("wages will rise this year", "that wages would rise next year")
    True
    >>> other_time("wages will rise this year", "that wages would rise later this year")
    False
    """
    ta, tb = _relative_times(text_a), _relative_times(text_b)
    if not ta or not tb:
        return False
    units_a = {u: {w for v, w in ta if v == u} for u, _ in ta}
    units_b = {u: {w for v, w in tb if v == u} for u, _ in tb}
    return any(not units_a[u] & units_b[u] for u in units_a.keys() & units_b.keys())


def counted_figures(numbers: frozenset[str]) -> frozenset[str]:
    """The figures of a content that count something: not its years, nor a season's second year
    ("1986/87" reads 1986 and 87).

    >>> sorted(counted_figures(frozenset({"1986", "87", "2500000", "40"})))
    ['2500000', '40']
    """
    years = {int(n) for n in numbers if len(n) == 4 and n.isdigit() and 1800 <= int(n) <= 2100}
    if not years:
        return numbers
    seconds = {f"{(y + 1) % 100:02d}" for y in years}
    return frozenset(
        n for n in numbers if not (n.isdigit() and (int(n) in years or (len(n) == 2 and n in seconds)))
    )


def other_figures(
    a: ContentFeatures, b: ContentFeatures, ranges: tuple[Mapping[str, Figure], Mapping[str, Figure]]
) -> bool:
    """Whether two contents each give a figure the other does not, and those do not agree. Within
    one document that makes two claims of one release ("revenues for the five weeks were up 27 pct
    ..., same-store revenues off one pct" / "revenues for the quarter were up 24 pct ..., same-store
    revenues off one pct"); a content whose figures are all in the other (its summary) is not apart.
    Across outlets figures differ in what each reports of one utterance, and :func:`~graphbuild.crossdoc.contradicts`
    reads only figures that share nothing."""
    if not (a.numbers - b.numbers and b.numbers - a.numbers):
        return False
    shared = a.numbers & b.numbers
    rest = [{k: f for k, f in r.items() if k not in shared} for r in ranges]
    return bool(rest[0]) and bool(rest[1]) and not ranges_agree(rest[0], rest[1])


__all__ = [
    "VAGUE_RANGES",
    "Figure",
    "additive_apart",
    "additive_subjects",
    "align_figures",
    "counted_figures",
    "figure_ranges",
    "figures_agree",
    "is_additive",
    "other_figures",
    "other_place",
    "other_time",
    "ranges_agree",
    "vague_apart",
]
