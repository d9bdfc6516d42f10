"""A verb of agreement, vote or start and the action it controls, for :mod:`graphbuild.events`.

"Harbor agreed on Sunday to acquire Meridian", "parliament voted to ratify the treaty", "troops began to
withdraw on Monday": the agreement or the vote settles the action (the deal to acquire, the
ratification), the start is the action under way, and other outlets name that action ("Harbor buys
Meridian", "ratified the treaty"). Such a clause is described with the controlled verb: its objects, the
subject of the controlling verb as agent, and the controlling verb's tense, polarity and date (checked by
the caller); its predicate is the action's for a start (``withdraw``) and the agreement or vote to do it
for the others (``agree_to_acquire``: the acquisition itself may still be to come), which merging files
under the action's key. Verbs of wish, plan, attempt or decision ("wanted to", "planned to",
"tried to", "decided to") are not here: they do not say the action took place or was settled.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .events_describe import _described, _piece, _verb_phrase
from .events_lexicon import (
    _COGNITION_LEMMAS,
    EVENT_NOUNS,
    LIGHT_LEMMAS,
    REPORTING_LEMMAS,
    STATIVE_LEMMAS,
)
from .events_roles import _dateline_end
from .model import Participant

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose infinitive complement is the happening they report: an agreement ("agreed to buy"), a
#: vote ("voted to ratify") or the start of the action ("began to withdraw").
CONTROL_LEMMAS = frozenset(("agree", "vote", "begin", "start", "resume"))
#: Of those, the verbs that settle an action rather than start it: the happening is the agreement or the
#: vote, with the action for its content (predicate ``agree_to_buy``, ``vote_to_ratify``), which meets the
#: action's reports under the action's key (:func:`~graphbuild.crossdoc_events.event_key`).
SETTLING_LEMMAS = frozenset(("agree", "vote"))
#: How a settling verb and its action join in one predicate ("agree" + "buy" -> "agree_to_buy").
SETTLED_JOIN = "_to_"


def controlled_action(verb: Token) -> Token | None:
    """The action a verb of :data:`CONTROL_LEMMAS` reports through its infinitive complement ("agreed
    on Sunday to acquire X" -> "acquire"), or None: no such complement, a negated one ("agreed not to
    sue"), or one that is speech, thought, a state or a light verb ("agreed to say", "began to be"); and
    None when the verb has not exactly one subject of its own to lend the action."""
    if verb.lemma_.lower() not in CONTROL_LEMMAS:
        return None
    if sum(c.dep_ in ("nsubj", "nsubjpass") and c.idx >= _dateline_end(c) for c in verb.children) != 1:
        return None  # no subject of its own, or two ("Hundreds queued ..., after Harbor agreed"): a misparse
    for child in verb.children:
        if child.dep_ != "xcomp" or child.pos_ != "VERB" or child.tag_ != "VB":
            continue
        grand = list(child.children)
        if not any(g.dep_ == "aux" and g.tag_ == "TO" and g.i < child.i for g in grand):
            continue
        if any(g.dep_ == "neg" for g in grand):
            return None
        lemma = child.lemma_.lower()
        if lemma in REPORTING_LEMMAS or lemma in LIGHT_LEMMAS or lemma in STATIVE_LEMMAS:
            return None
        if lemma in _COGNITION_LEMMAS or lemma in CONTROL_LEMMAS:
            return None
        return child
    return None


def controlled_predicate(verb: Token, action: Token, action_predicate: str) -> str:
    """The predicate of a controlled action: the action's own for a start ("began to withdraw" ->
    ``withdraw``), the settling verb joined to it for an agreement or a vote ("agreed to buy" ->
    ``agree_to_buy``): the agreement happened, the purchase is what was agreed."""
    lemma = verb.lemma_.lower()
    return f"{lemma}{SETTLED_JOIN}{action_predicate}" if lemma in SETTLING_LEMMAS else action_predicate


def controlled_participants(
    verb_roles: Sequence[Participant], action_roles: Sequence[Participant]
) -> list[Participant]:
    """The participants of a controlled action: the agents of the controlling verb (the subject the
    infinitive shares) and the action's own other roles, in text order."""
    agents = [p for p in verb_roles if p.role == "agent"]
    own = [p for p in action_roles if p.role != "agent" or not agents]
    seen = set()
    out = []
    for p in sorted(agents + own, key=lambda p: (p.start, p.role)):
        if (p.role, p.start, p.end) not in seen:
            seen.add((p.role, p.start, p.end))
            out.append(p)
    return out


def controlled_description(verb: Token, action: Token, participants: Sequence[Participant]) -> str:
    """A short description of a controlled action, as written: "Harbor National Bank agreed to acquire
    all deposits"."""
    doc = verb.doc
    agent = next((p for p in participants if p.role == "agent"), None)
    patient = next((p for p in participants if p.role == "patient" and p.start > action.idx), None)
    subject = _piece(doc, agent) if agent is not None else None
    thing = _piece(doc, patient) if patient is not None else None
    return _described(
        doc,
        [subject] if subject is not None else [],
        f"{verb.text} to {_verb_phrase(action)}",
        action,
        [thing] if thing is not None else [],
    )


def _agrees_on_something(verb: Token) -> bool:
    """True when an agreement verb says what was agreed: an object ("agreed a ceasefire"), an action
    ("agreed to buy"), a thing accepted ("agreed to the terms") or an event noun settled ("agreed on a
    merger"); "agreed on many issues" or "agreed with Smith" shares an opinion."""
    for child in verb.children:
        if child.dep_ in ("dobj", "xcomp"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "on", "upon"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (child.lower_ == "to" or pobj.lemma_.lower() in EVENT_NOUNS):
                    return True
    return False


__all__ = [
    "CONTROL_LEMMAS",
    "SETTLED_JOIN",
    "SETTLING_LEMMAS",
    "controlled_action",
    "controlled_description",
    "controlled_participants",
    "controlled_predicate",
]


#: Verbs of refusing, and what a source refuses when it says nothing: "declined comment", "refused to
#: elaborate", "declined to confirm or deny". Such a clause tells that nothing was said (the claims stage
#: reads it so too), no happening.
_REFUSING_LEMMAS = frozenset(("decline", "refuse"))
_WITHHELD_LEMMAS = frozenset(
    ("comment", "elaborate", "discuss", "confirm", "deny", "disclose", "say", "specify", "answer", "reply",
     "speculate", "name", "identify", "reveal")
)  # fmt: skip


#: What a source declines to be about what it says: "declined to be more specific".
_SAID_PRECISELY = frozenset(("specific", "precise", "explicit"))
#: Giving what a source withholds: "declined to give further details", "refused to provide figures".
_GIVING_LEMMAS = frozenset(("give", "provide", "offer", "release"))
_WITHHELD_OBJECTS = frozenset(
    ("detail", "information", "figure", "name", "comment", "reason", "breakdown", "specific", "particular")
)


def withholds_comment(verb: Token) -> bool:
    """Whether ``verb`` is a source declining to say something ("declined comment", "refused to elaborate").

    >>> from graphbuild.nlp import load_pipeline
    >>> [withholds_comment(t) for t in load_pipeline()("Baker declined comment on the accord.") if t.pos_ == "VERB"]
    [True]
    """
    if verb.lemma_.lower() not in _REFUSING_LEMMAS:
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "xcomp") and c.lemma_.lower() in _WITHHELD_LEMMAS:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in _GIVING_LEMMAS:  # "declined to give further details"
            return any(g.dep_ == "dobj" and g.lemma_.lower() in _WITHHELD_OBJECTS for g in c.children)
        if c.dep_ == "xcomp" and c.lemma_ == "be":  # "declined to be more specific"
            return any(g.dep_ == "acomp" and g.lemma_.lower() in _SAID_PRECISELY for g in c.children)
        if c.dep_ == "xcomp" and c.lemma_ == "draw":  # "refused to be drawn on the timing"
            return any(g.dep_ == "auxpass" for g in c.children)
    return False
