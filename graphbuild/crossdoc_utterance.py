"""Whether two compatible reports of one speaker read as one utterance at a given occasion level:
the content bars of :func:`graphbuild.crossdoc.merge_statements` once the lexical test has failed.

Shared words are weighted (figures up, generic time and hedge words and the speaker's recurring topic
words down); the bar depends on the occasion (:mod:`graphbuild.crossdoc_occasion`): a stated one, the
same news days, or an unknown one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain

from .crossdoc_occasion import (
    NEAR_CONTAINMENT,
    NEAR_MIN_COMMON,
    NEAR_MIN_SHARED,
    NEAR_MIN_UNITS,
    NEAR_OCCASION,
    OTHER_OCCASION,
    SAME_OCCASION,
)
from .crossdoc_tokens import ContentFeatures
from .crossdoc_words import GENERIC, OPPOSITES

#: On one occasion (same day, or the same venue), reports whose shorter content's weighted words are
#: this much shared are one utterance...
OCCASION_CONTAINMENT = 0.4
#: ...provided they share at least this many key words (not generic time or hedge words).
OCCASION_MIN_SHARED = 2
#: When the occasion is unknown (no date or venue on one side), a middle bar.
OPEN_CONTAINMENT = 0.4
OPEN_MIN_SHARED = 3
#: ...of which this many are common words, not names (shared names alone say who, not what).
OPEN_MIN_COMMON = 2
#: ...forming at least this many separate phrases (one shared noun phrase is not a shared claim).
OPEN_MIN_UNITS = 2
#: Weights of shared words: figures say most, generic words (time words, hedges) little.
NUMBER_WEIGHT = 1.5
GENERIC_WEIGHT = 0.25

#: Shared word pairs (adjacent in both texts) from which the shared words are a quoted passage
#: ("achieve the territorial gains we hope for"): as good as several separate phrases.
QUOTE_MIN_BIGRAMS = 3
#: Contents whose key words are the same set, with at least this many, say the same thing.
SAME_KEYS_MIN = 2


#: A word in at least this share of a speaker's reports (when there are at least TOPIC_MIN_REPORTS of
#: them) is the speaker's topic ("Ukraine", "NATO", "support"), not what one utterance says...
TOPIC_SHARE = 0.2
TOPIC_MIN_REPORTS = 10
#: ...and in at least this many of them: one utterance reported by three or four outlets puts its words
#: in three or four reports, and a speaker who says the same thing again days later ("the plant will stay
#: open"), reported by two more, in five or six; only a word that recurs in more than that is a topic word.
TOPIC_MIN_COUNT = 6
#: ...and weighs this much.
TOPIC_WEIGHT = 0.5


def _weight(token: str, f: ContentFeatures, topic: frozenset[str] = frozenset()) -> float:
    if token in f.numbers:
        return NUMBER_WEIGHT
    if token in GENERIC:
        return GENERIC_WEIGHT
    return TOPIC_WEIGHT if token in topic else 1.0


def _weighted_size(tokens: frozenset[str], f: ContentFeatures, topic: frozenset[str]) -> float:
    """The sum of :func:`_weight` over ``tokens``, by counting each weight's words (set operations
    instead of a call per word). The weights are multiples of a quarter, so the sum is exact in
    any order: the same number as adding word by word."""
    numbers = tokens & f.numbers
    rest = tokens - numbers if numbers else tokens
    generic = rest & GENERIC
    if generic:
        rest = rest - generic
    in_topic = len(rest & topic) if topic else 0
    return (
        NUMBER_WEIGHT * len(numbers)
        + GENERIC_WEIGHT * len(generic)
        + TOPIC_WEIGHT * in_topic
        + float(len(rest) - in_topic)
    )


def _weighted_containment(
    a: ContentFeatures, b: ContentFeatures, topic: frozenset[str] = frozenset()
) -> float:
    shared = _weighted_size(a.tokens & b.tokens, a, topic)
    smaller = min(_weighted_size(a.tokens, a, topic), _weighted_size(b.tokens, b, topic))
    return shared / smaller if smaller else 0.0


def _topic_words(feats: Sequence[ContentFeatures]) -> frozenset[str]:
    """Words in many of one speaker's reports (:data:`TOPIC_SHARE` of them and at least
    :data:`TOPIC_MIN_COUNT`): the subject they keep talking about, not one utterance's outlets."""
    if len(feats) < TOPIC_MIN_REPORTS:
        return frozenset()
    df = Counter(chain.from_iterable(f.key for f in feats))  # counted in C: blocks hold thousands
    bar = max(TOPIC_SHARE * len(feats), TOPIC_MIN_COUNT)
    return frozenset(t for t, n in df.items() if n >= bar)


def _same_utterance(
    fa: ContentFeatures, fb: ContentFeatures, occasion: int, topic: frozenset[str] = frozenset()
) -> float:
    """A score > 0 when two compatible contents read as one utterance at this occasion level.

    The bars' counts are asked first, the weighted containment (the score) last: most pairs of a
    speaker's reports share too few key words for any bar."""
    if occasion == OTHER_OCCASION:
        return 0.0
    shared = fa.key & fb.key
    if len(shared) < SHARED_KEYS_MIN:
        return 0.0
    if fa.key == fb.key and len(shared) >= SAME_KEYS_MIN:
        return _weighted_containment(fa, fb, topic)  # the same key words, nothing more on either side
    shared_common = len(shared - fa.names - fb.names - topic)
    if occasion == SAME_OCCASION:
        if len(shared) < OCCASION_MIN_SHARED or shared_common < 1:
            return 0.0
        bar = OCCASION_CONTAINMENT
    elif occasion == NEAR_OCCASION:
        return _near_score(fa, fb, shared, shared_common, topic)
    else:
        if (
            len(shared) < OPEN_MIN_SHARED
            or shared_common < OPEN_MIN_COMMON
            or _phrases(fa, fb, shared) < OPEN_MIN_UNITS
        ):
            return 0.0
        bar = OPEN_CONTAINMENT
    score = _weighted_containment(fa, fb, topic)
    return score if score >= bar else 0.0


def _phrases(fa: ContentFeatures, fb: ContentFeatures, shared: frozenset[str]) -> int:
    """How many separate phrases the shared words form (:meth:`ContentFeatures.units`); a passage quoted
    by both (:data:`QUOTE_MIN_BIGRAMS` shared word pairs) counts as :data:`OPEN_MIN_UNITS`."""
    units = fa.units(shared, fb)
    return max(units, OPEN_MIN_UNITS) if fa.quoted(shared, fb) >= QUOTE_MIN_BIGRAMS else units


def _near_score(
    fa: ContentFeatures,
    fb: ContentFeatures,
    shared: frozenset[str],
    shared_common: int,
    topic: frozenset[str],
) -> float:
    """:func:`_same_utterance` on the same news days (:data:`~graphbuild.crossdoc_occasion.NEAR_OCCASION`)."""
    if len(shared) < NEAR_MIN_SHARED or _other_names(fa, fb, shared):
        return 0.0
    # every key word of the shorter content in the longer one ("no hurry to raise fares" / "in no
    # rush to increase fares"): the whole claim, however few phrases it makes
    whole = len(shared) >= WHOLE_MIN_KEYS and shared in (fa.key, fb.key)
    # a figure attached to the same word in both ("523 damaged flats"), or the whole of the shorter
    # claim, says what this utterance adds to the speaker's topic: one common word will do
    anchored = whole or _figure_anchor(fa, fb, shared)
    if shared_common < (1 if anchored else NEAR_MIN_COMMON):
        return 0.0
    # a shared figure with its word, the whole claim or a one-line summary count as the phrases
    if _phrases(fa, fb, shared) < NEAR_MIN_UNITS and not anchored and not _summary_of(fa, fb, shared, topic):
        return 0.0
    quoted = fa.quoted(shared, fb) >= QUOTE_MIN_BIGRAMS  # the same passage, whatever else each adds
    score = _weighted_containment(fa, fb, topic)
    return score if score >= NEAR_CONTAINMENT or quoted else 0.0


#: A shorter content whose key words, at least this many, are all in the longer one is its whole claim.
WHOLE_MIN_KEYS = 3
#: The fewest shared key words with which two reports read as one utterance at any occasion level
#: (:func:`_same_utterance`), or as a round-up and the report it retells (:func:`_restates`).
SHARED_KEYS_MIN = min(SAME_KEYS_MIN, OCCASION_MIN_SHARED, NEAR_MIN_SHARED, OPEN_MIN_SHARED, WHOLE_MIN_KEYS)
#: Shared common words besides the figure from which a change verb ("rose", "arrested") may anchor it.
FIGURE_MIN_WORDS = 2
#: A one-line summary ("42 people had been arrested") of a longer report: at most this many key words...
SUMMARY_MAX_KEYS = 5
#: ...of which at least this share are in the longer report.
SUMMARY_CONTAINMENT = 0.8


def _other_names(fa: ContentFeatures, fb: ContentFeatures, shared: frozenset[str]) -> bool:
    """Whether both texts name something the other does not and share no name ("talks in Geneva" /
    "talks in Vienna"): on loose evidence (the same news days), the same words about other places or
    people are another statement."""
    return bool(fa.names - fb.tokens) and bool(fb.names - fa.tokens) and not (fa.names | fb.names) & shared


def _figure_anchor(fa: ContentFeatures, fb: ContentFeatures, shared: frozenset[str]) -> bool:
    """Whether both texts attach a shared figure to the same shared common word ("50,000 bottles",
    "42 arrested"): a figure with its unit says more than one shared phrase; a change verb anchors it
    only with another shared word (:data:`FIGURE_MIN_WORDS`). Different figures never
    get here (:func:`~graphbuild.crossdoc.contradicts`)."""
    figures = shared & fa.numbers & fb.numbers
    if not figures:
        return False
    words = shared - figures - fa.names - fb.names
    if len(words) < FIGURE_MIN_WORDS:
        # a change verb alone says how much, not of what ("rose 10 percent": prices or passengers)
        words = words - OPPOSITES.keys()
    return any(len(b) == 2 and b & figures and b & words for b in fa.bigrams & fb.bigrams)


def _summary_of(
    fa: ContentFeatures, fb: ContentFeatures, shared: frozenset[str], topic: frozenset[str]
) -> bool:
    """Whether the shorter content is a one-line summary of the longer: few key words
    (:data:`SUMMARY_MAX_KEYS`), nearly all of them (:data:`SUMMARY_CONTAINMENT`) in the longer one,
    and two of the shared ones common words that are not the speaker's topic."""
    short = fa.key if len(fa.key) <= len(fb.key) else fb.key
    if not short or len(short) > SUMMARY_MAX_KEYS:
        return False
    common = shared - fa.names - fb.names - topic
    return len(shared & short) >= SUMMARY_CONTAINMENT * len(short) and len(common) >= 2


def _restates(late: ContentFeatures, early: ContentFeatures, topic: frozenset[str] = frozenset()) -> float:
    """A score > 0 when a round-up report days later (``late``, see
    :func:`~graphbuild.crossdoc_occasion._rereport`) restates an earlier report: every key word of it
    but the speaker's ``topic`` words, at least :data:`WHOLE_MIN_KEYS` shared, is in the earlier one, a
    figure among them ("more than 1,400 homes had been flooded" after "More than 1,400 homes were
    flooded, and some families ..."). A retold figure with its words is what a round-up carries over
    (naming the story it belongs to, the topic, besides); words of its own would be news of its own."""
    shared = late.key & early.key
    if len(shared) < WHOLE_MIN_KEYS or not late.key - topic <= shared or not shared & late.numbers:
        return 0.0
    return _weighted_containment(late, early, topic)
