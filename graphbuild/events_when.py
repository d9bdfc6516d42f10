"""Which clauses take a date from a neighbouring clause or date, for :mod:`graphbuild.events`.

A "when" clause tells a happening at the time it is hung on: a relative clause on a date ("in February,
when Castleford won 3-0", "since 2011, when a tremor killed 200 people") or a clause of time on a dated
verb ("No one was killed yesterday when a jet slid off the runway"), or one opened by "as" in the simple
past ("said on Monday as he crisscrossed Nevada"), not one citing a source ("As the Post documented").
A verb coordinated with a dated verb shares its date ("seized the port on Monday and freed the crew"), but
not a verb of continuing or of state ("joined the firm in 1982 and continued to work there"), nor one with a
time word of its own ("was arrested in May and later released"), which tells another time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .claims.cues import CUE_VERBS, lexicon
from .events_lexicon import _TIME_NOUNS
from .model import TimeSpan

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "CONTINUING_LEMMAS",
    "OWN_TIME_WORDS",
    "add_framed",
    "add_when_dated",
    "has_own_time",
    "takes_shared_date",
    "when_clauses",
    "when_relative",
]

#: Verbs of continuing or of state: coordinated with a dated verb, they tell how things went on after it,
#: not a happening on its date ("joined in 1982 and continued to work there", "and remained in office").
CONTINUING_LEMMAS = frozenset(
    ("continue", "remain", "keep", "stay", "persist", "last", "linger", "go_on", "carry_on", "live", "spend")
)
#: Adverbs that place a clause at a time of its own, other than its neighbour's ("and later released him").
OWN_TIME_WORDS = frozenset(
    (
        "later", "then", "afterwards", "afterward", "subsequently", "eventually", "since", "now", "still",
        "today", "recently", "previously", "earlier", "soon", "ago", "currently", "once", "formerly",
        "thereafter", "meanwhile", "already", "yet", "tomorrow", "yesterday", "tonight",
    )
)  # fmt: skip


def has_own_time(verb: Token) -> bool:
    """The clause has a time word of its own: an adverb of time (:data:`OWN_TIME_WORDS`), a date or time
    among its dependents, or a time preposition phrase on a time noun ("in the following years").

    >>> has_own_time(nlp("He was arrested in May and later released.")[6])  # doctest: +SKIP
    True
    """
    for child in verb.children:
        if child.dep_ in ("conj", "cc", "punct", "advcl", "ccomp", "xcomp", "relcl", "parataxis"):
            continue
        if child.lower_ in OWN_TIME_WORDS or child.ent_type_ in ("DATE", "TIME"):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in _TIME_NOUNS)
            for g in child.children
        ):
            return True
    return False


#: Words that relate what follows them to another time ("grounded its jets on Tuesday, two days after one
#: skidded off the runway": a clause the parser joined to the dated verb after one of them is not its conjunct).
_RELATING_WORDS = frozenset(("after", "before", "since", "until", "till"))


def takes_shared_date(verb: Token, dated: Token) -> bool:
    """Whether ``verb``, coordinated with the dated verb ``dated``, may share its date: not a verb of
    continuing or state (:data:`CONTINUING_LEMMAS`), no time word of its own (:func:`has_own_time`), and no
    "after", "before", "since" or "until" between the two that is not the dated verb's own, which relates it to
    another time."""
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if lemma in CONTINUING_LEMMAS or (prt is not None and f"{lemma}_{prt}" in CONTINUING_LEMMAS):
        return False
    low, high = sorted((verb.i, dated.i))
    if any(
        t.lower_ in _RELATING_WORDS and t.dep_ in ("prep", "mark") and t.head.i != dated.i
        for t in verb.doc[low + 1 : high]
    ):
        return False  # not the dated verb's own frame ("struck before dawn on Tuesday, killing 40")
    return not has_own_time(verb)


def _when_marked(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i for c in verb.children)


def when_relative(span: Span) -> Token | None:
    """The verb of a "when" relative clause on a date ("in February, when Castleford won 3-0"), which tells
    a happening at that date; None otherwise."""
    for tok in span:
        for child in tok.children:
            if child.dep_ == "relcl" and child.pos_ == "VERB" and child.i >= span.end and _when_marked(child):
                return child
    return None


def _as_marked(verb: Token) -> bool:
    """A clause of time opened by "as", told in the simple past with a subject of its own ("as the
    polls closed", "even as gunmen attacked the compound"): what happened while the clause it hangs
    on did. Not "as expected" (no subject), "as he had promised" (an earlier time), nor a clause
    with a time word of its own."""
    if verb.tag_ != "VBD" and not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
    return marked and not has_own_time(verb) and not _evidential(verb)


#: Verbs of recording a fact, besides those of saying and thinking, whose "as" clause cites a source.
_RECORDING_VERBS = lexicon("document detail chronicle record")


def _evidential(verb: Token) -> bool:
    """An "as" clause citing a source, its object left out: "As The Post documented, ...", "as
    analysts had predicted": no happening at the time of the clause it hangs on."""
    lemma = verb.lemma_.lower()
    if lemma not in CUE_VERBS and lemma not in _RECORDING_VERBS:
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative") for c in verb.children)


def when_clauses(verb: Token) -> list[Token]:
    """The "when" clauses of time on a verb ("No one was killed yesterday when a jet slid off the
    runway"), which happened at the verb's time; not a conditional or habitual "whenever". A clause
    opened by "as" in the simple past is one too (:func:`_as_marked`)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.pos_ == "VERB" and (_when_marked(c) or _as_marked(c))
    ]


def add_when_dated(
    best: dict[int, tuple[TimeSpan, Token]],
    dated: Mapping[int, tuple[TimeSpan, Token]],
    relatives: Mapping[int, tuple[TimeSpan, Token]],
    is_event: Callable[[Token], bool],
) -> None:
    """Date the "when" clauses that tell a happening at a known time: relative clauses on a date
    (``relatives``: verb index -> the date and the verb, :func:`when_relative`) and clauses of time
    (:func:`when_clauses`) on a verb with a calendar date (``dated``: events, or other clauses asserted
    in the past: "No one was killed yesterday when ..."). ``is_event`` is the test every event verb passes."""
    for i in sorted(relatives):
        when, verb = relatives[i]
        if i not in best and is_event(verb):
            best[i] = (when, verb)
    for i in sorted(dated):
        when, verb = dated[i]
        if verb.pos_ != "VERB" or when.start is None or not when.value[:1].isdigit():
            continue
        for clause in when_clauses(verb):
            if clause.i not in best and is_event(clause):
                best[clause.i] = (when, clause)


def add_framed(
    best: dict[int, tuple[TimeSpan, Token]], frames: set[int], is_event: Callable[[Token], bool]
) -> None:
    """Give clauses coordinated with a verb dated by a sentence-opening frame (``frames``, indices into
    ``best``) that date too, even with subjects of their own ("On Monday, rebels seized the port and the
    army fled"), when ``is_event`` says they are events."""
    for i in sorted(frames):
        when, verb = best[i]
        for child in verb.children:
            if (
                child.dep_ == "conj"
                and child.pos_ == "VERB"
                and child.i not in best
                and takes_shared_date(child, verb)
                and is_event(child)
            ):
                best[child.i] = (when, child)
