"""Participants an event noun dated by its own date takes from its clause, for :mod:`graphbuild.events`.

An event noun with a date of its own ("last Tuesday's earthquake", "an October explosion", "yesterday's
agreement") often names no participant inside its noun phrase; its clause does: the object of the
happening verb it is the subject of ("last Tuesday's earthquake levelled much of the town", "an October
explosion destroyed its first vehicle"), of a relative clause on it ("the April 14 earthquake, which killed
88 people") or of the action it is an agreement or decision to take ("yesterday's agreement to take over
Lindquist Coatings"). Those become its patients and places; its agent stays unnamed (the noun itself is
what acted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .crossdoc_lexicon import EVENT_IMPACT_VERBS
from .events_clause_shape import _is_realis_past
from .events_control import SETTLED_JOIN
from .events_lexicon import (
    _COGNITION_LEMMAS,
    HAPPENING_LEMMAS,
    LIGHT_LEMMAS,
    REPORTING_LEMMAS,
    STATIVE_LEMMAS,
)
from .events_phrasal import predicate_lemma
from .events_roles import _participants
from .model import Participant

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["clause_participants", "settled_predicate"]

#: Event nouns of settling an action, with the verb that settles it: "yesterday's agreement to take over X"
#: is what "agreed on Monday to take over X" reports (predicate ``agree_to_take_over``).
_SETTLING_NOUNS = {"agreement": "agree", "deal": "agree", "vote": "vote"}

#: Roles a noun takes from its clause: what underwent it and where; never the clause's agent.
_BORROWED_ROLES = ("patient", "location")


def _acting(verb: Token) -> bool:
    """A verb of happening or impact asserted in the past ("levelled", "killed", "destroyed")."""
    lemma = verb.lemma_.lower()
    return (
        verb.pos_ == "VERB"
        and (lemma in HAPPENING_LEMMAS or lemma in EVENT_IMPACT_VERBS)
        and _is_realis_past(verb, False)
    )


def _infinitive(noun: Token) -> Token | None:
    """The action an event noun governs as an infinitive ("agreement to take over X"), if any."""
    for child in noun.children:
        if (
            child.dep_ == "acl"
            and child.pos_ == "VERB"
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return child
    return None


def settled_predicate(noun: Token) -> str | None:
    """The predicate of an agreement or vote noun that names the action it settles, as the verb's would be
    ("yesterday's agreement to take over X" -> ``agree_to_take_over``, filed under the action's key); None
    for any other noun, or an action negated or that is speech, thought, a state or a light verb."""
    verb = _SETTLING_NOUNS.get(noun.lemma_.lower())
    action = _infinitive(noun) if verb is not None else None
    if action is None or any(c.dep_ == "neg" for c in action.children):
        return None
    lemma = action.lemma_.lower()
    if (
        lemma in REPORTING_LEMMAS
        or lemma in LIGHT_LEMMAS
        or lemma in STATIVE_LEMMAS
        or lemma in _COGNITION_LEMMAS
    ):
        return None
    return f"{verb}{SETTLED_JOIN}{predicate_lemma(action)}"


def _undergone_in(noun: Token) -> bool:
    """The noun is the cause or occasion of a passive happening verb: "destroyed in an explosion", "killed in
    Tuesday's attack", "blocked by Tuesday's landslide"; what underwent that verb underwent the noun's
    happening."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "by") or prep.dep_ not in ("prep", "agent"):
        return False
    verb = prep.head
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    return passive and verb.tag_ == "VBN" and verb.pos_ == "VERB" and verb.lemma_.lower() in HAPPENING_LEMMAS


def clause_participants(noun: Token, text: str) -> list[Participant]:
    """The patients and places of the clause an event noun is the subject of, of a passive verb it is the
    cause of ("was destroyed in an explosion"), of a "which" clause on it, or of the infinitive it governs
    ("agreement to take over X"); none when the noun is in no such clause.

    >>> clause_participants(nlp("An October explosion destroyed its first vehicle.")[2], text)  # doctest: +SKIP
    [Participant(role='patient', text='its first vehicle', ...)]
    """
    clauses = []
    if noun.dep_ == "nsubj" and _acting(noun.head):
        clauses.append(noun.head)
    if _undergone_in(noun):
        clauses.append(
            noun.head.head
        )  # "was destroyed in an explosion last October", "blocked by Tuesday's landslide"
    for child in noun.children:
        if (
            child.dep_ == "relcl"
            and _acting(child)
            and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in child.children)
        ):
            clauses.append(child)  # "the April 14 earthquake, which killed 88 people"
    action = _infinitive(noun)
    if action is not None:
        clauses.append(action)  # "yesterday's agreement to take over Lindquist Coatings"
    found: list[Participant] = []
    for verb in clauses:
        found += [
            p
            for p in _participants(verb, text)
            if p.role in _BORROWED_ROLES and not p.start <= noun.idx < p.end
        ]
    return sorted(set(found), key=lambda p: (p.start, p.role))
