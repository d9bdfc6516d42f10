"""Short descriptions of events for :mod:`graphbuild.events`.

An event noun is described by its own noun phrase ("March 3 attack on the embassy in Kabul"); an
event verb by its agent, the verb (with its particle: "stepped down", "sworn in") and its patient,
in the text's order when the patient comes first and no agent is named: a passive reads as one
("The deal was signed", "Economist Lea Sorvik was sworn in"), not as "signed The deal".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .events_phrasal import predicate_lemma
from .model import Participant

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions whose phrase belongs in a nominal event's description ("the attack on the embassy").
_NOUN_DESCRIPTION_PREPS = frozenset(("of", "on", "against", "by", "between", "in", "at"))
_MAX_DESCRIPTION_TOKENS = 12


def _noun_description(noun: Token) -> str:
    """A nominal event described by its own noun phrase, without determiner, relative clauses or
    appositions ("March 3 attack on the embassy in Kabul"), at most :data:`_MAX_DESCRIPTION_TOKENS`."""
    doc = noun.doc
    left = noun.left_edge.i
    while left < noun.i and (doc[left].dep_ in ("det", "punct") or doc[left].is_space):
        left += 1
    for child in noun.lefts:
        if child.dep_ in ("prep", "advmod", "cc", "mark"):
            left = max(left, child.right_edge.i + 1)
    right = noun.i
    for child in noun.rights:
        if child.dep_ != "prep" or child.lower_ not in _NOUN_DESCRIPTION_PREPS:
            break
        right = child.right_edge.i
    right = min(right, left + _MAX_DESCRIPTION_TOKENS - 1)
    while right > noun.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return " ".join(doc[left : right + 1].text.split())


def _verb_phrase(verb: Token) -> str:
    """The verb with its particle, as written ("stepped down", "sworn in", "launched")."""
    particles = [c.text for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    if not particles and "_" in predicate_lemma(verb) and verb.i + 1 < len(verb.doc):
        nxt = verb.doc[verb.i + 1]
        if nxt.head.i == verb.i and nxt.dep_ == "advmod":
            particles = [nxt.text]  # "stepped down", the particle parsed as an adverb
    return " ".join([verb.text, *particles])


def _passive(verb: Token) -> bool:
    """A passive ("was signed"), a participle on a noun ("the treaty signed in May") or a headline's bare
    participle ("Tributes paid"); not an active verb whose subject is a pronoun ("whom she divorced")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    no_aux = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ == "VBN" and no_aux and verb.dep_ in ("acl", "ROOT")


def _passive_auxiliaries(verb: Token, patient: Participant) -> str:
    """The auxiliaries of a passive as written ("was", "has been"); for a participle with none (a
    reduced passive or a headline's "Tributes paid") the past of "be" agreeing with the patient."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxes:
        return " ".join(a.text for a in sorted(auxes, key=lambda a: a.i))
    span = verb.doc.char_span(patient.start, patient.end, alignment_mode="expand")
    plural = span is not None and span.root.tag_ in ("NNS", "NNPS")
    return "were" if plural else "was"


def _start(participant: Participant) -> int:
    return participant.start


def _description(verb: Token, participants: Sequence[Participant], support: Token | None = None) -> str:
    """A short description of an event: the noun phrase of an event noun; agent, verb and patient
    (or the event noun a support verb carries: "Boeing made its first flight" -> "Boeing made
    flight"); with no agent and the patient before the verb, a passive in the text's order."""
    if verb.pos_ != "VERB":
        return _noun_description(verb)
    agent = next((p.text for p in participants if p.role == "agent"), "")
    patient = next((p for p in participants if p.role == "patient"), None)
    if support is None and not agent and patient is not None and patient.start < verb.idx and _passive(verb):
        # "The deal was signed", "the merger announced on Monday" -> "the merger was announced";
        # coordinated subjects are all named ("Kelly and Moss were convicted", not "Kelly were")
        before = sorted((p for p in participants if p.role == "patient" and p.start < verb.idx), key=_start)
        subjects = [p.text for p in before]
        named = subjects[0] if len(subjects) < 2 else ", ".join(subjects[:-1]) + " and " + subjects[-1]
        return f"{named} {_passive_auxiliaries(verb, patient)} {_verb_phrase(verb)}"
    obj = support.text if support is not None else (patient.text if patient is not None else "")
    parts = [agent, _verb_phrase(verb), obj]
    return " ".join(p for p in parts if p).strip()
