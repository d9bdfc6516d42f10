"""How cross-document event merging (:mod:`graphbuild.crossdoc_events`) reads the participant phrases
of its descriptions: the roles that identify a happening, name-like words of phrases entity resolution
left unresolved, the common nouns heading particular patients, definite descriptions resolved within
their document, and which entities a phrase only modifies or possesses."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from .model import EventMention

#: Roles that identify a happening: different entities in one of them are different happenings.
EVENT_CORE_ROLES = ("agent", "patient")

#: A participant phrase headed by a common noun a name possesses ("Kerevan's deputy"): the entity it
#: resolves to is the possessor, so it says nothing against another entity in the same role.
_POSSESSED = re.compile(r"['’]s\s+[a-z][\w-]*$")

#: Participant words that identify a thing across outlets even when entity resolution missed it:
#: written with a capital or a digit ("A380", "Dreamliner").
_NAME_LIKE = re.compile(r"^(?:[A-Z][\w-]*|\w*\d\w*)$")


def _participant_names(ev: EventMention, ids: Sequence[str | None]) -> frozenset[str]:
    """Name-like words of the participants entity resolution did not resolve (``ids``: the entity of
    each participant, None where there is none)."""
    out: set[str] = set()
    for p, eid in zip(ev.participants, ids, strict=True):
        if eid is not None:
            continue
        words = p.text.split()
        for k, w in enumerate(words):
            w = w.strip(".,;:'\"()“”’")
            if k == 0 and not any(c.isdigit() for c in w):
                continue  # a capital at the start of a phrase says nothing ("The plane")
            if _NAME_LIKE.match(w):
                out.add(w.lower())
    return frozenset(out)


def _patient_heads(ev: EventMention) -> frozenset[str]:
    """The common nouns heading an event's patients when they name one particular person or thing: a
    noun with a possessor ("his deputy", "Kerevan's deputy") or a title before a name ("former deputy
    Oskar Lind"); not an indefinite or bare noun ("a man", "the suspect"), which many stories share on
    one day, nor a measure ("$120 million"), whose figures are compared instead."""
    out = set()
    for p in ev.participants:
        if p.role != "patient" or any(c.isdigit() for c in p.text):
            continue
        words = [w.strip(".,;:'\"()“”") for w in p.text.split()]
        for k, w in enumerate(words):
            if not (w.isalpha() and w.islower()) or w in _POSSESSIVES:
                continue
            before = words[:k]
            after = words[k + 1 :]
            possessed = any(b.lower() in _POSSESSIVES or b.endswith(("'s", "’s")) for b in before)
            titled = bool(after) and all(a[:1].isupper() for a in after)
            if (possessed and not after) or titled:
                out.add(w)
    return frozenset(out)


#: Possessive determiners: "his deputy" is one particular deputy.
_POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my", "your"))

#: First words of a phrase that introduces something new or counts it, rather than naming a known one.
_INDEFINITE = frozenset(
    ("a", "an", "another", "some", "any", "no", "one", "several", "many", "other", "each")
)
#: Definite determiners, which a description may start with ("the satellite").
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))


def _description_words(text: str) -> frozenset[str] | None:
    """The lowercase words of a definite common-noun description ("the satellite", "Norland finance
    minister" -> {satellite}, {finance, minister}), or None when the phrase is not one: indefinite or
    counted ("a minister", "two ministers"), possessed ("his deputy", "Berg's deputy", which
    :func:`_patient_heads` handles), or ending in a name ("the Aurora-K3")."""
    words = [w.strip(".,;:'\"()“”’") for w in text.split()]
    words = [w for w in words if w]
    if not words or words[0].lower() in _INDEFINITE or words[0].lower() in _POSSESSIVES:
        return None
    if (
        any(any(c.isdigit() for c in w) or w.endswith(("'s", "’s")) for w in words)
        or "'" in text
        or "’" in text
    ):
        return None
    head = words[-1]
    if not (head.isalpha() and head.islower()):
        return None
    out = frozenset(w for w in words if w.isalpha() and w.islower() and w not in _DEFINITE)
    return out or None


def _resolve_descriptions(
    events: Sequence[EventMention], ids: Sequence[Sequence[str | None]]
) -> tuple[list[list[str | None]], list[frozenset[str]]]:
    """Definite descriptions resolved within their document, and the name-like words each event's
    agents and patients carry (its own, and those of the phrases its descriptions stand for).

    An agent or patient that entity resolution left unresolved because it is a description ("the
    satellite", "the finance minister") stands for the one named agent or patient of another
    description in the same document whose phrase holds all its words ("the Aurora-K3 weather
    satellite", "finance minister Ana Berg"): it takes that phrase's entity, or its name-like
    words when the phrase has no entity. When phrases naming two different things hold them, it
    stays unresolved."""
    named: dict[str, list[tuple[int, frozenset[str], frozenset[str], str | frozenset[str]]]] = defaultdict(
        list
    )
    own: list[frozenset[str]] = []
    for i, (ev, pid) in enumerate(zip(events, ids, strict=True)):
        words_of_event: set[str] = set()
        for p, eid in zip(ev.participants, pid, strict=True):
            if p.role not in EVENT_CORE_ROLES:
                continue
            marks = _name_words(p.text)
            words_of_event |= marks
            if eid is not None or marks:
                words, heads = _held_words(p.text)
                named[ev.doc_id].append((i, words, heads, eid if eid is not None else marks))
        own.append(frozenset(words_of_event))
    out_ids = []
    out_names = []
    for i, (ev, pid, marks) in enumerate(zip(events, ids, own, strict=True)):
        row = list(pid)
        extra = set(marks)
        for k, (p, eid) in enumerate(zip(ev.participants, pid, strict=True)):
            if eid is not None or p.role not in EVENT_CORE_ROLES:
                continue
            described = _description_words(p.text)
            if described is None:
                continue
            head = p.text.split()[-1].lower()
            found = {
                who
                for j, held, heads, who in named.get(ev.doc_id, ())
                if j != i and described <= held and head in heads
            }
            if len(found) != 1:
                continue
            (who,) = found
            if isinstance(who, str):
                row[k] = who
            else:
                extra |= who
        out_ids.append(row)
        out_names.append(frozenset(extra))
    return out_ids, out_names


def _held_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lowercase words of a named phrase, and those of them a description's head may match: its last
    word and a title before a name ("the Aurora-K3 weather satellite": satellite; "finance minister
    Ana Berg": minister, not the "bank" of "Bank of Oslo governor Lea Dahl")."""
    words = [w.strip(".,;:'\"()“”’") for w in text.split()]
    words = [w for w in words if w]
    heads = {w.lower() for w, nxt in pairwise(words) if nxt[:1].isupper()}
    if words:
        heads.add(words[-1].lower())
    return frozenset(w.lower() for w in words), frozenset(heads)


def _written_names(ev: EventMention, ids: Sequence[str | None]) -> tuple[frozenset[str], frozenset[str]]:
    """Name-like words of a description's agents and patients: all of them, and those of the phrases entity
    resolution left unresolved (or found only inside a phrase headed by a common noun). A phrase's first
    word counts when the phrase does not open its sentence ("Tessin" of a headline's "Veloria and Kastany
    sign Tessin water treaty", "Corvane" of "found Corvane founder Oyelaran guilty"): :func:`_name_words`
    leaves a phrase's first word out because a capital that opens a sentence says nothing ("The plane",
    "Police"), but inside the sentence it marks a name."""
    every: set[str] = set()
    unresolved: set[str] = set()
    for p, eid in zip(ev.participants, ids, strict=True):
        if p.role not in EVENT_CORE_ROLES:
            continue
        names = set(_name_words(p.text))
        words = p.text.split()
        first = words[0].strip(".,;:'\"()“”’") if words else ""
        low = first.lower()
        if (
            _NAME_LIKE.match(first)
            and low not in _DEFINITE | _INDEFINITE | _POSSESSIVES
            and not _opens_sentence(ev, p.start)
        ):
            names.add(low)
        every |= names
        if eid is None or _common_head(p.text):
            unresolved |= names
    return frozenset(every), frozenset(unresolved)


def _common_head(text: str) -> bool:
    """Whether a phrase ends in a lowercase word, a common noun heading it ("the former Corvane chief",
    "Baltavia shares"): an entity resolution finds in it is a name modifying the head, not the participant,
    so it sets nothing against another entity in the same role and the phrase's names still identify it."""
    words = text.split()
    last = words[-1].strip(".,;:'\"()“”’") if words else ""
    return last.isalpha() and last.islower()


def _opens_sentence(ev: EventMention, start: int) -> bool:
    """Whether the words at ``start`` open the description's sentence, or follow a dateline, a colon, a
    dash or an opening quote or bracket, where any word takes a capital."""
    before = ev.text[: max(0, start - ev.start)].rstrip()
    return not before or before[-1] in "-—–:\"“‘'(["


def _name_words(text: str) -> frozenset[str]:
    """Name-like words of a phrase (:data:`_NAME_LIKE`), leaving out a capital that only opens it."""
    out = set()
    for k, w in enumerate(text.split()):
        w = w.strip(".,;:'\"()“”’")
        if k == 0 and not any(c.isdigit() for c in w):
            continue
        if _NAME_LIKE.match(w):
            out.add(w.lower())
    return frozenset(out)
