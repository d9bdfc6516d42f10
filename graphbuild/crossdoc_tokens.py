"""Normalised content words for comparing reports: stems, numbers as values, no stop words."""

from __future__ import annotations

import re

from .temporal.lexicon import CARDINAL_WORDS

_STOP = frozenset(
    [
        "a",
        "about",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "down",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "his",
        "i",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "may",
        "might",
        "more",
        "most",
        "must",
        "no",
        "not",
        "of",
        "on",
        "only",
        "or",
        "our",
        "out",
        "over",
        "own",
        "s",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "t",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "too",
        "under",
        "up",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "will",
        "with",
        "would",
        "you",
    ]
)

_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = CARDINAL_WORDS
_NUMBER_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’][^\W_]+)?|%", re.UNICODE)


def stem(word: str) -> str:
    """A light suffix-stripping stem, so inflections of one word compare equal.

    >>> {stem(w) for w in ("capture", "captured", "captures", "capturing")}
    {'captur'}
    """
    w = word.lower()
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


def _number_value(token: str) -> float | None:
    if token in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[token])
    if _NUMBER_TOKEN.fullmatch(token):
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
            return float(token.replace(",", ""))
        try:
            return float(token.replace(",", "."))
        except ValueError:
            return None
    return None


def content_tokens(text: str, *, names: bool = True) -> frozenset[str]:
    """Normalised content words of a text, for overlap measures: lower-cased, stemmed,
    stop words dropped, numbers written as their value ("125,000", "125 thousand" -> "125000").
    ``names=False`` also drops capitalised words.

    >>> content_tokens("Forces captured 3 thousand prisoners") == content_tokens("force captures 3,000 prisoner")
    True
    """
    raw = [m.group() for m in _TOKEN.finditer(text)]
    if not names:  # only the common words: names say who is talked about, not what is said
        raw = [w for w in raw if not w[:1].isupper()]
    words = [w.lower().replace("’", "'") for w in raw]
    out: set[str] = set()
    i = 0
    while i < len(words):
        w = words[i]
        value = _number_value(w)
        if value is not None:
            while i + 1 < len(words) and words[i + 1] in _NUMBER_SCALES:
                value *= _NUMBER_SCALES[words[i + 1]]
                i += 1
            out.add(f"{value:g}" if value < 1e15 else str(int(value)))
        elif w == "%":
            out.add("percent")
        elif w not in _STOP:
            out.add(stem(w))
        i += 1
    return frozenset(out)
