"""Normalised content words for comparing reports: stems, numbers as values, no stop words.

Words are read as the keys of :mod:`graphbuild.crossdoc_words` (:func:`~graphbuild.crossdoc_words.word_key`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .crossdoc_figures import _figure, _number_value, figure_readings
from .crossdoc_lexicon import AREAS as _AREAS
from .crossdoc_lexicon import ARTICLES as _ARTICLES
from .crossdoc_lexicon import CERTAINTY_NEGATORS as _CERTAINTY_NEGATORS
from .crossdoc_lexicon import CERTAINTY_NOUNS as _CERTAINTY_NOUNS
from .crossdoc_lexicon import CERTAINTY_QUESTION_BEFORE as _CERTAINTY_QUESTION_BEFORE
from .crossdoc_lexicon import CONTRAST, NEGATORS, PHRASAL_VERBS
from .crossdoc_lexicon import CONTRASTIVE as _CONTRASTIVE
from .crossdoc_lexicon import CURRENCY_SCALES as _CURRENCY_SCALES
from .crossdoc_lexicon import CURRENCY_SIGNS as _CURRENCY_SIGNS
from .crossdoc_lexicon import DURATION_LEAD as _DURATION_LEAD
from .crossdoc_lexicon import DURATIONS as _DURATIONS
from .crossdoc_lexicon import FROM_TIME_VERBS as _FROM_TIME_VERBS
from .crossdoc_lexicon import FROM_TIME_WORDS as _FROM_TIME_WORDS
from .crossdoc_lexicon import NUMBER_SCALES as _NUMBER_SCALES
from .crossdoc_lexicon import PRONOUN_ONE as _PRONOUN_ONE
from .crossdoc_lexicon import QUANTITY_WORDS as _QUANTITY_WORDS
from .crossdoc_lexicon import SCOPE_END as _SCOPE_END
from .crossdoc_lexicon import SEASON_FALL_BEFORE as _SEASON_FALL_BEFORE
from .crossdoc_lexicon import STOP_WORDS as _STOP
from .crossdoc_synonyms import COMPLEMENTARY_PAIRS as _COMPLEMENTARY_PAIRS
from .crossdoc_synonyms import LITOTES as _LITOTES_WORDS
from .crossdoc_words import (
    _CANONICAL,
    GENERIC,
    OPPOSITES,
    _fold,
    canonical,
    event_root,  # noqa: F401 (re-exported: tests import it from here)
    stem,  # noqa: F401 (re-exported: bench/crossdoc_events.py imports it from here)
    word_key,
)
from .temporal.lexicon import CARDINAL_WORDS

_NUMBER_WORDS = CARDINAL_WORDS
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’][^\W_]+)?|%|[,;:.!?()]", re.UNICODE)
_PUNCT = frozenset(",;:.!?()")
_COMPOUND_NUMBER = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE,
)
#: :data:`~graphbuild.crossdoc_lexicon.PHRASAL_VERBS` as patterns and the word each stands for.
_PHRASES = tuple(
    (re.compile(rf"\b(?:{verbs})(?:\s+|-){particle}\b", re.IGNORECASE), word)
    for verbs, particle, word in PHRASAL_VERBS
)


#: A currency sign before a figure and its scale ("$1.5bn", "£ 80 million", "£80m"), moved after it as a word.
_CURRENCY = re.compile(
    r"(["
    + re.escape("".join(_CURRENCY_SIGNS))
    + r"])\s?(\d+(?:[.,]\d+)*)(?:\s?("
    + "|".join(sorted([*_NUMBER_SCALES, *_CURRENCY_SCALES], key=len, reverse=True))
    + r")\b)?",
    re.IGNORECASE,
)


def _currency(m: re.Match[str]) -> str:
    scale = (m.group(3) or "").lower()
    return f"{m.group(2)} {_CURRENCY_SCALES.get(scale, scale)} {_CURRENCY_SIGNS[m.group(1)]}"


def _alternation(phrases: Sequence[str]) -> str:
    """Phrases as one regular-expression alternation, longest first, spaces as any whitespace."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


#: Readings of a few words that depend on their neighbours, applied before tokenising: "fall" the season
#: as "autumn" (:data:`~graphbuild.crossdoc_lexicon.SEASON_FALL_BEFORE`), "starting Thursday" as "from
#: Thursday" (:data:`~graphbuild.crossdoc_lexicon.FROM_TIME_VERBS`), "no doubt" as "certainly"
#: (:data:`~graphbuild.crossdoc_lexicon.CERTAINTY_NEGATORS`), and an area as hectares
#: (:data:`~graphbuild.crossdoc_lexicon.AREAS`: "124 square kilometres" = "12400 hectares").
_CONTEXT_READINGS: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("fall",),
     re.compile(rf"\b({_alternation(_SEASON_FALL_BEFORE)})\s+fall\b(?!\s+(?:of|in)\b)", re.IGNORECASE),
     r"\1 autumn"),
    (tuple(_FROM_TIME_VERBS),
     re.compile(rf"\b(?:{_alternation(_FROM_TIME_VERBS)})\s+(?=(?:{_alternation(_FROM_TIME_WORDS)})\b|\d)",
                re.IGNORECASE), "from "),
    (("doubt", "question"),
     re.compile(rf"\b(?:{_alternation(_CERTAINTY_NEGATORS)})\s+(?:(?:{_alternation(_CERTAINTY_NOUNS)})\b"
                r"(?!\s+(?:of|about|over|as|whether)\b)"
                rf"|question(?=\s+(?:{_alternation(_CERTAINTY_QUESTION_BEFORE)})\b))", re.IGNORECASE), "certainly"),
)  # fmt: skip
#: Words without which no area unit of :data:`~graphbuild.crossdoc_lexicon.AREAS` is in a text.
_AREA_CUES = ("hectare", "km", "kilomet")
_AREA = re.compile(rf"(\d+(?:[.,]\d+)*)\s*({_alternation(list(_AREAS))})(?![\w²])", re.IGNORECASE)


def _area(m: re.Match[str]) -> str:
    value = _number_value(m.group(1))
    unit = _AREAS[" ".join(m.group(2).lower().split())]
    return m.group() if value is None else f"{_figure(value * unit)} hectares"


def _first_letters() -> str:
    """The letters the phrases' first words start with ("" when a first word is no plain word)."""
    words = [w for verbs, _, _ in PHRASAL_VERBS for w in verbs.split("|")]
    return "".join(sorted({w[0].lower() for w in words})) if all(w.isalpha() for w in words) else ""


#: All of :data:`_PHRASES` in one pattern (one pass over the text instead of one per phrase). The
#: lookahead on the first letters changes no match (every alternative starts with one of them, matched
#: with the same case folding); it lets the engine skip most positions without trying each alternative.
_PHRASE_LETTERS = _first_letters()
_ANY_PHRASE = re.compile(
    (f"(?=[{_PHRASE_LETTERS}])" if _PHRASE_LETTERS else "")
    + "(?:"
    + "|".join(f"({p.pattern})" for p, _ in _PHRASES)
    + ")",
    re.IGNORECASE,
)
_PHRASE_WORDS = tuple(word for _, word in _PHRASES)


@lru_cache(maxsize=65536)
def _raw_tokens(text: str) -> tuple[str, ...]:
    """The words, numbers and punctuation marks of a text, phrases and compound numbers folded
    (the regular-expression part of :func:`_normalised`, shared by its two variants)."""
    low = text.lower()  # most texts have none of the cue words: skip the patterns
    for cues, pattern, reading in _CONTEXT_READINGS:
        if any(cue in low for cue in cues):
            text = pattern.sub(reading, text)
    text = figure_readings(text, low)
    if any(cue in low for cue in _AREA_CUES):
        text = _AREA.sub(_area, text)
    text = _ANY_PHRASE.sub(lambda m: _PHRASE_WORDS[m.lastindex - 1], text)  # type: ignore[operator]
    if any(sign in text for sign in _CURRENCY_SIGNS):
        text = _CURRENCY.sub(_currency, text)
    text = _COMPOUND_NUMBER.sub(
        lambda m: str(CARDINAL_WORDS[m.group(1).lower()] + CARDINAL_WORDS[m.group(2).lower()]), text
    )
    return tuple(m.group() for m in _TOKEN.finditer(text))


def _and_a_half(raw: Sequence[str], j: int) -> bool:
    return [w.lower() for w in raw[j : j + 3]] == ["and", "a", "half"]


def _quantity(raw: Sequence[str], i: int) -> tuple[float, int] | None:
    """The value of a figure starting at ``raw[i]`` and the index after it, scale words included
    ("3 thousand", "1.5 billion", "half a million", "a dozen", "for a week"); None when none starts there."""
    w = raw[i].lower()
    value = _number_value(w)
    j = i + 1
    nxt = raw[j].lower() if j < len(raw) else ""
    if value is None:
        after = raw[j + 1].lower() if j + 1 < len(raw) else ""
        if w == "half" and nxt in _ARTICLES and (after in _NUMBER_SCALES or after in _DURATIONS):
            value, j = 0.5, j + 1  # "half a million", "half an hour"
        elif w in _ARTICLES and (
            nxt in _NUMBER_SCALES or (nxt in _DURATIONS and i > 0 and raw[i - 1].lower() in _DURATION_LEAD)
        ):
            value = 1.0  # "a million"; "for a week", not "a week later"
        else:
            return None
    if _and_a_half(raw, j):
        value, j = value + 0.5, j + 3
    while j < len(raw) and raw[j].lower() in _NUMBER_SCALES:
        value *= _NUMBER_SCALES[raw[j].lower()]
        j += 1
    return value, j


def figure_in_words(words: Sequence[str]) -> float | None:
    """The value of a figure written out in words, given as its words, by the reading
    :func:`_normalised` gives figures; None unless the words make exactly one figure.

    >>> figure_in_words(["one", "and", "a", "half", "million"]), figure_in_words(["twenty", "five"])
    (1500000.0, 25.0)
    >>> figure_in_words(["half", "a"]), figure_in_words(["a"])
    (None, None)
    """
    raw = list(words)
    if (
        len(raw) >= 2
        and CARDINAL_WORDS.get(raw[0].lower(), 0) >= 20
        and 0 < CARDINAL_WORDS.get(raw[1].lower(), 0) < 10
    ):
        raw[:2] = [str(CARDINAL_WORDS[raw[0].lower()] + CARDINAL_WORDS[raw[1].lower()])]  # "twenty five"
    found = _quantity(raw, 0) if raw else None
    return found[0] if found is not None and found[1] == len(raw) else None


@lru_cache(maxsize=65536)  # content_tokens and content_features read the same texts
def _normalised(text: str, *, names: bool = True) -> tuple[tuple[str, bool], ...]:
    """The text as (token, is_name) pairs: stems, number values, "percent", punctuation marks
    and stop words (kept here so negation scopes can be found; callers drop them), and
    :data:`CONTRAST` for a contrastive negation. Quantities are values: scale words multiplied in,
    durations in hours or months followed by their base unit ("two days" -> "48", "hour")."""
    raw: Sequence[str] = _raw_tokens(text)
    if not names:  # only the common words: names say who is talked about, not what is said
        raw = [w for w in raw if not w[:1].isupper()]
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(raw):
        w = raw[i].lower().replace("’", "'")
        if w.endswith("'s") and len(w) > 2:
            w = w[:-2]
        # a capital mid-sentence, or one opening a run of capitals ("President Lee Park said")
        is_name = raw[i][:1].isupper() and (
            (i > 0 and raw[i - 1] not in _PUNCT) or (i + 1 < len(raw) and raw[i + 1][:1].isupper())
        )
        nxt = raw[i + 1].lower() if i + 1 < len(raw) else ""
        if w == "one" and i > 0 and raw[i - 1].lower() in _PRONOUN_ONE:
            out.append(("one", False))  # "no one": a pronoun, not a figure
            i += 1
            continue
        quantity = _quantity(raw, i) if w[:1].isdigit() or w in _QUANTITY_WORDS else None
        if quantity is not None:
            value, i = quantity
            unit = _DURATIONS.get(raw[i].lower()) if i < len(raw) else None
            if unit is not None:
                i += 1
                if _and_a_half(raw, i):  # "a year and a half"
                    value, i = value + 0.5, i + 3
                value *= unit[1]
            out.append((_figure(value), False))
            if unit is not None:
                out.append((unit[0], False))
            continue
        if (w, nxt) in _CONTRASTIVE or (w == "not" and i > 0 and raw[i - 1] == ","):
            out.append((CONTRAST, False))
            i += 1 + (w != "not")
            continue
        if w == "no" and nxt == "longer":
            out.append(("no", False))  # "no longer allowed": one negator, "longer" no content word
            i += 2
            continue
        if w == "per" and nxt == "cent":
            out.append(("percent", False))
            i += 2
            continue
        if w == "%":
            out.append(("percent", False))
        elif w in _PUNCT or w in _STOP:
            out.append((w, False))
        else:
            key = word_key(w)
            # "tens of thousands", "dozens": a plural number word is a vague quantity, not the figure
            out.append((w if key != w and key in _NUMBER_WORDS else key, is_name))
        i += 1
    return tuple(out)


def _is_content(token: str) -> bool:
    return token not in _PUNCT and token not in _STOP and token != "one" and token != CONTRAST


@lru_cache(maxsize=65536)  # the same report text is compared many times while merging
def content_tokens(text: str, *, names: bool = True) -> frozenset[str]:
    """Normalised content words of a text, for overlap measures: lower-cased, stemmed,
    stop words dropped, numbers written as their value ("125,000", "125 thousand" -> "125000").
    ``names=False`` also drops capitalised words.

    >>> content_tokens("Forces captured 3 thousand prisoners") == content_tokens("force captures 3,000 prisoner")
    True
    """
    return frozenset(
        t for t, _ in (_normalised(text) if names else _normalised(text, names=False)) if _is_content(t)
    )


#: The same words as tokens arrive (stop words as written, other words with spellings folded).
_NEGATOR_KEYS = NEGATORS | {_fold(w) for w in NEGATORS}
_SCOPE_END_KEYS = (
    _SCOPE_END | {_fold(w) for w in _SCOPE_END} | {word_key(w) for w in _SCOPE_END if w not in _STOP}
)
#: How many content words after a negator it covers.
NEGATION_WINDOW = 5
#: ...and after a contrastive negation ("rather than X"), which covers only the phrase X.
CONTRAST_WINDOW = 3


#: :data:`~graphbuild.crossdoc_synonyms.LITOTES` by word key: the pole a denial of the word asserts.
_LITOTES: dict[str, str] = {
    word_key(w): _CANONICAL.get(word_key(head), word_key(head)) for w, head in _LITOTES_WORDS.items()
}


#: :data:`~graphbuild.crossdoc_synonyms.COMPLEMENTARY_PAIRS` by synonym-group head: the pole a denial of
#: the other asserts ("not closed": "open").
_COMPLEMENT: dict[str, str] = {
    _CANONICAL.get(word_key(x), word_key(x)): _CANONICAL.get(word_key(y), word_key(y))
    for a, b in _COMPLEMENTARY_PAIRS
    for x, y in ((a, b), (b, a))
}


def _negator(token: str) -> bool:
    return token in _NEGATOR_KEYS or token.endswith("n't")


@dataclass(frozen=True)
class ContentFeatures:
    """What a report's content says, for deciding whether two reports are one utterance.

    ``tokens``: canonical content words (synonyms folded); ``names``: those written capitalised
    mid-sentence; ``numbers``: figures; ``plain`` / ``negated``: content words outside / inside
    the scope of a negation; ``poles``: synonym groups used positively (for antonym checks).
    """

    tokens: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    plain: frozenset[str]
    negated: frozenset[str]
    poles: frozenset[str]
    bigrams: frozenset[frozenset[str]] = frozenset()

    def units(self, shared: frozenset[str], other: ContentFeatures) -> int:
        """How many separate phrases ``shared`` words form in both texts: words adjacent in both
        ("armed forces", "front line") are one phrase, so one shared noun phrase counts once."""
        joined = {b for b in self.bigrams & other.bigrams if b <= shared}
        return max(len(shared) - len(joined), 1 if shared else 0)

    def quoted(self, shared: frozenset[str], other: ContentFeatures) -> int:
        """How many word pairs of ``shared`` are adjacent in both texts (a passage quoted by both)."""
        return sum(1 for b in self.bigrams & other.bigrams if b <= shared)

    @cached_property
    def key(self) -> frozenset[str]:
        """Content words that say what the statement is about: not generic, not only a time word."""
        return frozenset(t for t in self.tokens if t not in GENERIC)


@lru_cache(maxsize=65536)
def content_features(text: str) -> ContentFeatures:
    """:class:`ContentFeatures` of a text.

    >>> f = content_features("The bank will not raise rates, but prices will climb")
    >>> sorted(f.negated), sorted(f.plain)
    (['rat', 'ris'], ['bank', 'pric', 'ris'])
    """
    plain: set[str] = set()
    negated: set[str] = set()
    denied: set[str] = set()  # words of a complementary pair read as their opposite: negated, no token
    names: set[str] = set()
    numbers: set[str] = set()
    bigrams: set[frozenset[str]] = set()
    previous: str | None = None
    scope = 0
    contrast = False  # the scope is a contrastive negation's: one phrase
    fresh = False  # no content word read since the negator
    for token, is_name in _normalised(text):
        if token in _PUNCT or token in _SCOPE_END_KEYS:
            scope = 0
            previous = None
            continue
        if token == CONTRAST or _negator(token):
            scope = CONTRAST_WINDOW if token == CONTRAST else NEGATION_WINDOW
            contrast = token == CONTRAST
            fresh = True
            continue
        if contrast and scope < CONTRAST_WINDOW and token in _STOP:
            scope = 0  # "gas rather than coal from 2027": the phrase ends at the next function word
        if not _is_content(token):
            continue
        c = canonical(token)
        if fresh and scope > 0 and not contrast and token in _LITOTES:
            c, scope = _LITOTES[token], 0  # "not abandon": "support", and the negation is spent
        elif fresh and scope > 0 and not contrast and c in _COMPLEMENT:
            # "not closed": "open" (a complementary pair), the negation spent; the denied word stays
            # denied, so that "will not reopen" still contradicts "would open again"
            denied.add(c)
            c, scope = _COMPLEMENT[c], 0
        fresh = False
        if c not in GENERIC:
            if previous is not None and previous != c:
                bigrams.add(frozenset((previous, c)))
            previous = c
        (negated if scope > 0 else plain).add(c)
        if scope > 0:
            scope -= 1
        if is_name:
            names.add(c)
        if _number_value(token) is not None or token.replace(".", "", 1).isdigit():
            numbers.add(c)
    tokens = frozenset(plain | negated)
    negated |= denied
    poles = frozenset(t for t in plain - negated if t in OPPOSITES)
    return ContentFeatures(
        tokens,
        frozenset(names),
        frozenset(numbers),
        frozenset(plain),
        frozenset(negated),
        poles,
        frozenset(bigrams),
    )
