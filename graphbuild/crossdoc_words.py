"""The keys words are compared by when reports are compared: a light stem, irregular forms as
their verb, "-tion" nouns as their verb, spelling variants folded (:func:`word_key`); the synonym
groups and their opposites by key (:data:`SYNONYMS`, :data:`OPPOSITES`, :func:`canonical`); generic
words (:data:`GENERIC`); and the root a verb shares with its nominalisation (:func:`event_root`).

:mod:`graphbuild.crossdoc_tokens` reads texts into these keys; the word lists are
:mod:`graphbuild.crossdoc_lexicon`'s and :mod:`graphbuild.crossdoc_synonyms`'."""

from __future__ import annotations

import re
from functools import lru_cache

from .crossdoc_lexicon import DERIVED as _DERIVED
from .crossdoc_lexicon import GENERIC_WORDS
from .crossdoc_lexicon import IRREGULAR as _IRREGULAR
from .crossdoc_lexicon import NOMINAL_SUFFIXES as _NOMINAL_SUFFIXES
from .crossdoc_lexicon import STEM_COLLISIONS as _STEM_COLLISIONS
from .crossdoc_synonyms import ANTONYM_PAIRS, SYNONYM_GROUPS

#: A model or type designation in the plural: letters, digits and a final "s" ("B737s", "MiG29s").
_MODEL_PLURAL = re.compile(r"[a-z]+\d+s")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """A light suffix-stripping stem, so inflections of one word compare equal.

    >>> {stem(w) for w in ("capture", "captured", "captures", "capturing")}
    {'captur'}
    >>> stem("B737s")
    'b737'
    """
    w = word.lower()
    if _MODEL_PLURAL.fullmatch(w):
        return w[:-1]  # "B737s" / "B737", "F16s"
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("eed", "ee"), ("ing", ""), ("ed", ""),
                         ("ly", ""), ("es", "e"), ("s", "")):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # stopped -> stop
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1+")


def _fold(w: str) -> str:
    """Spellings one outlet writes differently from another, folded to one key: a country and its
    people ("Russia" / "Russians", "Ukraine" / "Ukrainian": "-ia", "-ian" dropped; "Asian" / "Asia": a
    final "-an" as "-a"), transliterations
    ("Kiev" / "Kyiv", "Zelensky" / "Zelenskyy", "Kharkov" / "Kharkiv", "Odessa" / "Odesa": "y" inside a
    word as "i", "ie" as "i", a final "ov" as "iv", doubled consonants once). Applied to every word and to
    every word list alike, so two words fold together only when they differ in just these ways."""
    if len(w) < 4 or not w.isalpha():
        return w
    if w.endswith("ian") and len(w) >= 6:
        w = w[:-3]
    elif w.endswith("ia") and len(w) >= 5:
        w = w[:-2]
    elif w.endswith("an") and len(w) >= 5:
        w = w[:-1]  # "Asian" / "Asia", "African" / "Africa", "Korean" / "Korea"
    w = w[0] + w[1:].replace("y", "i").replace("ie", "i").replace("ii", "i")
    if w.endswith("ov") and len(w) >= 4:
        w = w[:-2] + "iv"
    folded = _DOUBLE.sub(r"\1", w)
    return folded if len(folded) >= 4 else w  # "ally" stays apart from "Ali"


#: Nouns in "-tion" at least this long compare as their verb ("investigation" = "investigated"); shorter
#: ones ("station", "question", "position") are words of their own.
NOMINAL_TION_MIN = 9
#: Verb forms in "-ate" whose "-at" is dropped with their "-ation" noun's, when a root this long is left.
_ATE_FORMS = ("ate", "ated", "ates", "ating")
_ATE_MIN_ROOT = 4


@lru_cache(maxsize=131072)
def word_key(word: str) -> str:
    """The key a word is compared by: irregular past forms as their verb, :func:`stem`, then spelling
    variants folded (:func:`_fold`).

    >>> word_key("Kiev") == word_key("Kyiv"), word_key("Russians") == word_key("Russia")
    (True, True)
    >>> word_key("brought") == word_key("bringing"), word_key("Ukrainians") == word_key("Ukraine")
    (True, True)
    >>> word_key("compensation") == word_key("compensated"), word_key("station") == word_key("stated")
    (True, False)
    >>> word_key("invitation") == word_key("invites"), word_key("escalation") == word_key("escalating")
    (True, True)
    >>> word_key("planes") == word_key("planned"), word_key("demonstrations") == word_key("demonstrated")
    (False, False)
    """
    w = word.lower()
    w = _IRREGULAR.get(w, w)
    w = _STEM_COLLISIONS.get(w, w)
    if w.endswith("tions") and len(w) > NOMINAL_TION_MIN:
        w = w[:-1]  # "negotiations" as "negotiation"
    nominal = w.endswith("tion") and len(w) >= NOMINAL_TION_MIN
    if nominal:
        w = w[:-3]  # "compensation" / "compensated", "evacuation" / "evacuated"
    key = stem(w)
    if (nominal or w.endswith(_ATE_FORMS)) and key.endswith("at") and len(key) - 2 >= _ATE_MIN_ROOT:
        # "-ation" nouns meet their verb whether it ends in "-ate" or not: "invitation" / "invited",
        # "escalation" / "escalating", "organisation" / "organised"
        key = key[:-2]
    return _fold(key)


def _group(*words: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in words)


#: Words reports of one utterance use interchangeably (generic news vocabulary): each maps to
#: its group's first word, so "climbed" / "rose" / "grew" compare equal.
SYNONYMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (word_key(words[0]), _group(*words)) for words in SYNONYM_GROUPS
)
_CANONICAL: dict[str, str] = {w: head for head, group in reversed(SYNONYMS) for w in group}

#: Pairs of synonym groups that say opposite things ("raise" / "cut", "open" / "stay closed").
ANTONYMS: frozenset[frozenset[str]] = frozenset(
    frozenset((word_key(a), word_key(b))) for a, b in ANTONYM_PAIRS
)
#: The same pairs by word: each pole's opposite poles.
OPPOSITES: dict[str, frozenset[str]] = {
    w: frozenset(x for pair in ANTONYMS if w in pair for x in pair if x != w)
    for pair in ANTONYMS
    for w in pair
}
#: Words that carry little of what a statement is about (time words, vague quantities, hedges).
GENERIC = frozenset(word_key(w) for w in GENERIC_WORDS)


def canonical(token: str) -> str:
    """The synonym-group head of a normalised token (itself when it has none)."""
    return _CANONICAL.get(token, token)


def event_root(lemma: str) -> str:
    """A root shared by a verb and its nominalisation ("delivery" / "deliver", "development" /
    "develop"), for matching event predicates across outlets.

    >>> event_root("delivery") == event_root("delivered"), event_root("sale") == event_root("sell")
    (True, True)
    """
    w = _DERIVED.get(lemma.lower(), lemma.lower())
    w = stem(w)
    for suffix in _NOMINAL_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return stem(w[: -len(suffix)])
    return w
