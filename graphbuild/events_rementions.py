"""Undated re-mentions of a dated happening within one article.

News tells a happening once with its date and then again without it: the headline ("Finance
minister quits"), the lead ("Berg resigned on Friday ... Berg resigned over the scandal"),
a later paragraph. A past-tense description dated only "before publication" (TIMEX3 ``PAST_REF``)
takes the date of a dated description of the same happening in the same document: the same
predicate or a synonym (:func:`~graphbuild.crossdoc_events.event_key`: "quits" / "resigned on
Friday") sharing a participant, either by name ("Bergh" / "Tomas Bergh") or by a definite
description of the named one ("the finance minister" / "finance minister Ana Berg"). The date
is taken only when it is the one date those descriptions allow (two dated resignations of the same
person in one article leave the undated one undated) and nothing in the clause says it happened
again. The new time keeps the dated description's value and interval, with the rule
:data:`REMENTION_RULE` saying how it was resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .crossdoc_events import REMENTION_RULE, happening_noun, mention_key
from .events_lexicon import EVENT_NOUNS, OTHER_OCCURRENCE_MODIFIERS, PAST_REF
from .model import EventMention, Participant, TimeSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["REMENTION_RULE", "date_re_mentions"]

#: Adverbs that make a description another occurrence of the happening, not a re-mention of it.
_REPEATED = frozenset(
    ("again", "previously", "earlier", "once", "before", "also", "first", "formerly", "twice")
)
#: Determiners of a description that introduces something new rather than naming a known one.
_INDEFINITE = frozenset(
    ("a", "an", "another", "some", "any", "no", "one", "several", "many", "other", "each")
)
#: Roles that can identify the same happening (a place is shared by many).
_IDENTIFYING_ROLES = frozenset(("agent", "patient"))


def _span(doc: Doc, p: Participant) -> Span | None:
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _names(span: Span) -> frozenset[str]:
    """Proper-name words of a participant ("Ana", "Berg"), and words with a digit ("Aurora-K3", "A380")."""
    return frozenset(
        t.lower_
        for t in span
        if len(t) > 1
        and any(c.isalpha() for c in t.text)
        and (t.pos_ == "PROPN" or any(c.isdigit() for c in t.text))
    )


def _describes(description: Span, named: Span) -> bool:
    """True when a definite common-noun phrase ("the finance minister", "Norland finance minister",
    "the satellite") can stand for a named phrase of the same document ("finance minister Tomas
    Berg", "the Aurora-K3 weather satellite"): its head is a common noun, it is not indefinite,
    every lowercase word it has appears in the named phrase, and the named phrase has a name."""
    head = description.root
    if head.pos_ != "NOUN" or not _names(named):
        return False
    if any(t.dep_ == "det" and t.lower_ in _INDEFINITE for t in description):
        return False
    if any(t.like_num or t.dep_ in ("nummod", "poss") for t in description):
        return False  # "two ministers", "his deputy": counted or possessed, not one named thing
    words = {t.lower_ for t in description if t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ")}
    named_words = {t.lower_ for t in named if t.is_alpha}
    # the head names what the named phrase is: its own head, or a title before the name ("finance
    # minister Ana Berg"), not any word in it (the "bank" of "Bank of Oslo governor Lea Dahl")
    heads = {named.root.lower_} | {
        t.lower_ for t in named if t.i + 1 < named.end and t.nbor().pos_ == "PROPN"
    }
    return head.lower_ in words and head.lower_ in heads and words <= named_words


def _content(span: Span) -> frozenset[str]:
    return frozenset(t.lower_ for t in span if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ"))


def _same_one(a: Span, b: Span) -> bool:
    """Two participant phrases of one document name the same thing: a shared name, one a description
    of the other, the same head word ("the highway" / "the main highway") or one's words all in the
    other ("gold" / "the gold medal")."""
    if _names(a) & _names(b) or _describes(a, b) or _describes(b, a) or a.root.lower_ == b.root.lower_:
        return True
    ca, cb = _content(a), _content(b)
    return bool(ca and cb) and (ca <= cb or cb <= ca)


def _indefinite(span: Span) -> bool:
    return any(t.dep_ == "det" and t.lower_ in _INDEFINITE for t in span)


def _is_name(span: Span) -> bool:
    """The phrase ends in a name ("Lars Holm", "predecessor Lars Holm", "Aurora-K3"), so it names one
    thing; not a description a name modifies ("US presidential bid", "the Aurora-K3 satellite")."""
    words = [t for t in span if not t.is_punct]
    last = words[-1] if words else span.root
    return last.pos_ == "PROPN" or (
        any(c.isdigit() for c in last.text) and any(c.isalpha() for c in last.text)
    )


def _different(a: Span, b: Span) -> bool:
    """Two phrases that cannot name the same thing (not :func:`_same_one`): two names; a name and a
    definite description that does not describe it ("the finance minister" / "predecessor Lars Holm");
    two descriptions with the definite article ("the airport" / "the port"). A name and an indefinite
    phrase ("a former adviser") may be one, and so may two other descriptions ("her campaign" / "US
    presidential bid")."""
    if _same_one(a, b):
        return False
    if _is_name(a) and _is_name(b):
        return True
    if _is_name(a) or _is_name(b):
        return not _indefinite(b if _is_name(a) else a)
    return all(any(t.dep_ == "det" and t.lower_ == "the" for t in s) for s in (a, b))


def _relation(doc: Doc, undated: EventMention, dated: EventMention) -> str | None:
    """``"same"`` when the two descriptions share an agent or patient (by name or by description) and
    neither names a different one in the same role; ``"other"`` when they name different ones in one
    role (another happening: "seized the airport" / "seized the port on Friday"); else None."""
    # the happening itself as the agent of a verb of impact ("the quake hit" / "an earthquake struck X"):
    # a definite one is the known happening, and it is not a participant to compare
    both = happening_noun(undated) is not None and (
        happening_noun(dated) is not None or dated.predicate in EVENT_NOUNS
    )
    spans = {
        id(p): s
        for p in undated.participants + dated.participants
        if p.role in _IDENTIFYING_ROLES
        and (s := _span(doc, p)) is not None
        and not (both and p.role == "agent")
    }
    if both and any(
        p.role == "agent" and (s := _span(doc, p)) is not None and _definite_happening(s)
        for p in undated.participants
    ):
        for role in _IDENTIFYING_ROLES:
            mine = [spans[id(p)] for p in undated.participants if p.role == role and id(p) in spans]
            theirs = [spans[id(q)] for q in dated.participants if q.role == role and id(q) in spans]
            if mine and theirs and all(_different(a, b) for a in mine for b in theirs):
                return "other"
        return "same"
    for role in _IDENTIFYING_ROLES:
        mine = [spans[id(p)] for p in undated.participants if p.role == role and id(p) in spans]
        theirs = [spans[id(q)] for q in dated.participants if q.role == role and id(q) in spans]
        if mine and theirs and all(_different(a, b) for a in mine for b in theirs):
            return "other"
    mine = [spans[id(p)] for p in undated.participants if id(p) in spans]
    theirs = [spans[id(q)] for q in dated.participants if id(q) in spans]
    if any(_names(a) & _names(b) or _describes(a, b) for a in mine for b in theirs):
        return "same"
    return None


def _definite_happening(span: Span) -> bool:
    """A definite description of a happening with nothing that makes it another one ("the quake")."""
    head = span.root
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) and not any(
        c.dep_ == "nummod" or c.lower_ in OTHER_OCCURRENCE_MODIFIERS for c in head.children
    )


def _repeated(doc: Doc, trigger: tuple[int, int]) -> bool:
    """True when the trigger's clause says the happening recurred ("resigned again", "had earlier
    resigned")."""
    span = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    verb = span.root
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in _REPEATED for c in verb.children)


def _remention_time(when: TimeSpan) -> TimeSpan:
    return replace(when, rule=REMENTION_RULE)


def date_re_mentions(
    events: Sequence[tuple[EventMention, tuple[int, int]]], doc: Doc
) -> list[tuple[EventMention, tuple[int, int]]]:
    """Give each undated (``PAST_REF``) description the date of the dated description of the same
    happening in the same document, when exactly one date fits; the others are returned unchanged.
    The same happening: the same predicate or a synonym, sharing an agent or patient and naming no
    other one in the same role; one date fits when every such description not naming another
    participant has that date.

    ``events`` are one document's descriptions with their trigger character spans
    (:func:`~graphbuild.events.extract_event_triggers`); ``doc`` is the parse they come from.

    >>> date_re_mentions(extract_event_triggers(document, doc, timexes), doc)  # doctest: +SKIP
    """
    dated: dict[str, list[EventMention]] = {}  # by key, computed once (not per undated description)
    for ev, _ in events:
        if ev.when is not None and ev.when.value != PAST_REF and ev.when.start:
            dated.setdefault(mention_key(ev), []).append(ev)
    out = []
    for ev, trigger in events:
        if ev.when is None or ev.when.value != PAST_REF or _repeated(doc, trigger):
            out.append((ev, trigger))
            continue
        key = mention_key(ev)
        # every dated description of the happening this one may re-mention: one that shares a participant
        # with it, and those that name none it contradicts ("a former adviser was sentenced on Wednesday"
        # may be the "Lars Holm sentenced" of the headline as well as "Holm was sentenced last week")
        related = [(d, _relation(doc, ev, d)) for d in dated.get(key, ())]
        found = {d.when.value: d.when for d, rel in related if rel != "other" and d.when is not None}
        if len(found) == 1 and any(rel == "same" for _, rel in related):
            ((_, when),) = found.items()
            if ev.when.end is None or (when.start is not None and when.start <= ev.when.end):
                ev = replace(ev, when=_remention_time(when))
        out.append((ev, trigger))
    return out
