"""Names in lines written in title case, and common words the tagger took for names.

A headline, a quoted headline or a link to another article inside a body is often written in
title case: "Billy Bush Joins a Parade of Political Scions on TV", "Exit Polls In West Virginia
Spell Bad News For Hillary Clinton". There every word is capitalised, so the tagger cannot see
where a name ends: it reads "Billy Bush Joins", "Exit Polls" or "Hillary Photo" as persons.
:func:`fit_title_case_names` cuts such a mention to what the rest of the document supports: a
name it writes in plain prose, or the words it never writes in lower case.

At the start of a sentence a capitalised common noun looks like a name as well ("Hacker who
exposed ...", "Remarks on ..."): :func:`fit_title_case_names` drops a one-word person or
organisation there when the document writes the word in lower case and never as a name.

Works on the document's own words only; there are no lists of names or of headline verbs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .entities_keys import ARTICLES, PLACE_LABELS, SUFFIXES, text_key
from .model import Mention

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

#: A title-case line has at least this many long words, every one capitalised.
TITLE_CASE_MIN_WORDS = 3
#: Letters in a word that counts towards a title-case line: short words ("of", "on", "a", "in",
#: "To", "Is") are written either way.
LONG_WORD_LETTERS = 4
#: Commas and semicolons from which a line of capitalised words is a list of names ("Iowa: Tim
#: Albrecht, Brad Anderson, Rob Barron, ..."), not a headline.
LIST_MIN_SEPARATORS = 3
#: ENT_IOB's value for a word outside any entity (0 is unset, 1 inside, 3 beginning).
IOB_OUTSIDE = 2
#: Labels of the one-word mentions dropped at a sentence start when the document writes the word in
#: lower case: places keep theirs ("Turkey" and "turkey").
SENTENCE_START_LABELS = frozenset({"PERSON", "ORG"})

_WORD_SPAN = re.compile(r"\S+")
#: Punctuation around a word of a title-case line.
_EDGE = "\"“”'‘’,.:;!?()[]<>—–-"
POSSESSIVE_ENDINGS = ("’s", "'s")
#: A word of four letters or more in lower case, after its edge punctuation.
_LOWER_WORD = re.compile(r"(?:^|\s)[" + re.escape(_EDGE) + r"]*[a-z]{4}")
NEGATIONS = ("n’t", "n't")


_SUFFIXES = ("ing", "ed", "es", "s")
#: Generational suffixes after a name ("Jr", "Sr.", "III"), as :func:`_core` leaves them, folded.
_SUFFIX_WORDS = frozenset(w.rstrip(".") for w in SUFFIXES)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A word folded for :func:`common_words`: case, edge punctuation and an inflection dropped
    ("PROFITS," -> "profit", "forecasting" -> "forecast")."""
    w = word.strip("\"“”'‘’,.:;!?()[]<>").casefold()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def common_words(
    doc: Doc, start: int, skip: list[tuple[int, int]] | None = None, *, strict: bool = False
) -> frozenset[str]:
    """Stems (:func:`stem`) of the words that ``doc`` writes from character ``start`` on as common
    words: in lower case (the word and its lemma: "said" gives "say"), and never in a name the
    tagger found nor capitalised inside a sentence ("First" of "agreed with First Union").
    Words in the sorted, disjoint character spans ``skip`` do not count either way. If ``strict``,
    neither does a name the tagger found in the first word of a sentence ("Hacker who ..."), nor a
    proper noun in lower case ("manuel azpurua" of a text in lower case)."""
    from spacy.attrs import ENT_IOB, IDX, IS_ALPHA, LEMMA, ORTH, POS, SENT_START
    from spacy.symbols import PROPN

    lower: set[str] = set()
    names: set[str] = set()
    skipped = in_spans(skip) if skip else None
    strings = doc.vocab.strings
    # read as arrays: a Token object per word costs more than the reading itself
    rows = doc.to_array([IDX, IS_ALPHA, ORTH, LEMMA, SENT_START, ENT_IOB, POS]).tolist() if len(doc) else []
    for idx, alpha, orth, lemma, sent_start, iob, pos in rows:
        if idx < start or not alpha:
            continue
        text = strings[orth]
        if skipped is not None and skipped(idx, idx + len(text)):
            continue
        if text.islower():
            if strict and pos == PROPN:
                continue
            lower.add(stem(text))
            lower.add(stem(strings[lemma]))
        elif sent_start != 1:
            if text[:1].isupper() or iob != IOB_OUTSIDE:
                names.add(stem(text))
        elif not strict and iob != IOB_OUTSIDE:
            names.add(stem(text))
    return frozenset(lower - names)


def _is_title_case(line: str) -> bool:
    if _LOWER_WORD.search(line):
        return False  # a long word in lower case, as nearly every line of prose has
    words = [w.strip(_EDGE) for w in line.split()]
    long = [w for w in words if w[:1].isalpha() and sum(c.isalpha() for c in w) >= LONG_WORD_LETTERS]
    return (
        len(long) >= TITLE_CASE_MIN_WORDS
        and line.count(",") + line.count(";") < LIST_MIN_SEPARATORS
        and all(w[:1].isupper() for w in long)
        and not all(w.isupper() for w in long)
    )


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` written in title case: at least
    :data:`TITLE_CASE_MIN_WORDS` words of :data:`LONG_WORD_LETTERS` letters or more, every one
    capitalised, not all in capitals (a line in capitals is a wire headline, read elsewhere), and
    fewer than :data:`LIST_MIN_SEPARATORS` commas (a list of names).

    >>> text = "Billy Bush Joins a Parade of Scions\nBilly Bush said he would join."
    >>> [text[s:e] for s, e in title_case_lines(text)]
    ['Billy Bush Joins a Parade of Scions']
    """
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if _is_title_case(line):
            s = start + len(line) - len(line.lstrip())
            lines.append((s, start + len(line.rstrip())))
        start += len(line) + 1
    return lines


def in_spans(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a character range lies inside one of the sorted, disjoint ``spans``."""
    starts = [s for s, _ in spans]

    def inside(start: int, end: int) -> bool:
        k = bisect_right(starts, start) - 1
        return k >= 0 and end <= spans[k][1]

    return inside


def _named_part(
    text: str, words: list[re.Match[str]], named: dict[str, dict[str, int]]
) -> tuple[int, int] | None:
    """Word range of the longest part of two words or more of ``text`` that the document names in
    prose ("Donald Trump" of "Rip Donald Trump"), the first of the longest."""
    n = len(words)
    for length in range(n - 1, 1, -1):
        for i in range(n - length + 1):
            if text_key(text[words[i].start() : words[i + length - 1].end()]) in named:
                return i, i + length
    return None


def _core(word: str) -> tuple[str, bool]:
    """A word without its edge punctuation and possessive ending, and whether it had one."""
    core = word.strip(_EDGE)
    if core.endswith(POSSESSIVE_ENDINGS):
        return core[:-2], True
    return core, False


def _runs(cores: list[tuple[str, bool]], common: frozenset[str]) -> list[tuple[int, int]]:
    """Word ranges of the runs of words that are no common words: a capitalised word whose
    :func:`stem` the document writes in lower case, or a negated auxiliary ("Didn’t") is common; a
    word in lower case ("de", "al") neither breaks a run nor ends one, and a possessive ends it."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for k, (core, possessive) in enumerate(cores):
        low = core.casefold()
        if low.endswith(NEGATIONS) or (core[:1].isupper() and stem(core) in common):
            if start is not None:
                runs.append((start, k))
            start = None
            continue
        if start is None:
            start = k
        if possessive:
            runs.append((start, k + 1))
            start = None
    if start is not None:
        runs.append((start, len(cores)))
    # a run opens and closes with a capitalised word: not "on Urgent", "The"
    out = []
    for i, j in runs:
        while i < j and not (cores[i][0][:1].isupper() and cores[i][0].casefold() not in ARTICLES):
            i += 1
        while j > i and not cores[j - 1][0][:1].isupper():
            j -= 1
        if i < j:
            out.append((i, j))
    return out


def _fit(
    m: Mention, named: dict[str, dict[str, int]], persons: set[str], common: frozenset[str]
) -> Mention | None:
    """``m`` (in a title-case line) cut to the part the document supports, or None for no name.
    ``named`` counts the labels of each name in prose; ``persons`` holds the words of the persons
    named in prose."""
    if text_key(m.text) in named:
        return m
    words = list(_WORD_SPAN.finditer(m.text))
    n = len(words)
    cores = [_core(w.group()) for w in words]
    runs = _runs(cores, common)
    span = _named_part(m.text, words, named)
    # a name in prose cut out of a mention only where a word outside the runs (a common word, an
    # article or a word in lower case at a run's edge) goes with the rest ("South China Sea" of
    # "South China Sea Row", not "al Ashry" of "Ahmed al Ashry")
    # a person running over two people named in prose ("Hillary Clinton Slams Donald Trump") is no one's
    # name: it is cut to the part, whatever goes with it
    # a person's full name in prose that the mention opens or ends with, words beside it ("Ben Carson
    # Defends" of "Ben Carson Defends Himself Against Claims", "Rip Donald Trump"): the headline's verb,
    # however rare the word; not a generational suffix ("Donald Trump Jr"), nor a first name before a
    # name written with its particle ("Ahmed" of "Ahmed al Ashry")
    person_in_prose = (
        span is not None
        and m.label == "PERSON"
        and "PERSON" in named.get(text_key(m.text[words[span[0]].start() : words[span[1] - 1].end()]), {})
        and (
            (
                span[0] == 0
                and not any(cores[k][0].casefold().rstrip(".") in _SUFFIX_WORDS for k in range(span[1], n))
            )
            or (span[1] == n and cores[span[0]][0][:1].isupper())
        )
    )
    if span is None or (
        not person_in_prose
        and not (m.label == "PERSON" and _another_person(cores, span, persons))
        and all(span[0] <= k < span[1] for k in _outside_runs(runs, n))
    ):
        if m.label in PLACE_LABELS:
            return m  # "Long Beach": a place's name is often made of common words
        if not runs:
            return None  # "Exit Polls", "Better Time": common words only
        if m.label != "PERSON" or runs == [(0, n)]:
            return m  # an organisation's name is often made of common words too ("Judicial Watch")
        # "Maher" of "Maher Tells Guest Muslim Violence": the run with a word of a person in prose
        known = [r for r in runs if any(cores[k][0].casefold() in persons for k in range(*r))]
        if not known:
            # the tagger's person is wrong and nothing in the document supports a part ("Exit" of
            # "Exit Polls"), unless a title written with it says it is a person
            return m if getattr(m, "title", "") else None
        span = max(known, key=lambda r: r[1] - r[0])
    cs, ce = words[span[0]].start(), words[span[1] - 1].end()
    text = m.text[cs:ce].rstrip(_EDGE)
    lead = len(text) - len(text.lstrip(_EDGE))  # "Make" of "‘Make Mexico"
    cs, text = cs + lead, text[lead:]
    if cores[span[1] - 1][1]:
        text = text[:-2]  # "Hillary" of "Revoking Hillary’s"
    if not text:
        return None
    if span == (0, n) and len(text) == len(m.text):
        return m
    labels = named.get(text_key(text), {})
    label = m.label if m.label in labels or not labels else max(sorted(labels), key=labels.__getitem__)
    return replace(m, start=m.start + cs, end=m.start + cs + len(text), text=text, label=label)


def _another_person(cores: list[tuple[str, bool]], span: tuple[int, int], persons: set[str]) -> bool:
    """Whether a word apart from ``span`` (a part the document names in prose), with a word between, is a
    word of a person named in prose, capitalised as a name is: the mention then runs over two people's
    names ("Hillary Clinton Slams Donald Trump", "Ben Carson Slams Hillary"). A word next to the part
    is the same name's ("Ahmed" of "Ahmed al Ashry")."""
    return any(
        cores[k][0][:1].isupper() and cores[k][0].casefold() in persons
        for k in range(len(cores))
        if k > span[1] or k < span[0] - 1
    )


def _outside_runs(runs: list[tuple[int, int]], n: int) -> set[int]:
    """Indexes of the words outside ``runs`` of ``n`` words: common words, and words in lower case or
    articles at a run's edges."""
    inside = {k for i, j in runs for k in range(i, j)}
    return set(range(n)) - inside


def fit_title_case_names(mentions: list[Mention], doc: Doc, text: str, skip_before: int = 0) -> list[Mention]:
    """``mentions`` of the parse ``doc`` of ``text`` with the names of title-case lines cut where the document
    supports them, and common words opening a sentence dropped (see the module's doc).

    A mention in a title-case line (:func:`title_case_lines`) that the document names in prose
    stays. Else it is cut to the longest part of two words or more that the document names in
    prose, else to the run of its words that the document never writes in lower case (the run with
    a word of a name, if several: "Maher" of "Maher Tells Guest Muslim Violence"); a mention of
    common words only goes. A cut mention takes the label of the same name in prose, if any.
    Lines before ``skip_before`` (a headline in capitals, cut by its own rule) are left alone, and
    no word of theirs counts."""
    lines = [line for line in title_case_lines(text) if line[0] >= skip_before]
    in_line = in_spans(lines)
    titled = {i for i, m in enumerate(mentions) if m.start >= skip_before and in_line(m.start, m.end)}
    # one-word persons and organisations opening a sentence, that the text may write in lower case
    starts = set()
    for i, m in enumerate(mentions):
        if (
            m.label in SENTENCE_START_LABELS
            and " " not in m.text
            and i not in titled
            and stem(m.text) in text
        ):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and span[0].is_sent_start:
                starts.add(i)
    if not starts and not titled:
        return mentions
    common = common_words(doc, skip_before, skip=lines, strict=True)
    named: dict[str, dict[str, int]] = {}
    persons: set[str] = set()
    for i, m in enumerate(mentions):
        if m.start >= skip_before and i not in titled:
            labels = named.setdefault(text_key(m.text), {})
            labels[m.label] = labels.get(m.label, 0) + 1
            if m.label == "PERSON":
                persons.update(m.text.casefold().split())
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if i in titled:
            fitted = _fit(m, named, persons, common)
            if fitted is not None:
                out.append(fitted)
        elif i not in starts or stem(m.text) not in common:
            out.append(m)
        # else "Hacker who exposed ...": a common noun capitalised by its place
    return out
