"""Short descriptions of events for :mod:`graphbuild.events`.

An event noun is described by its own noun phrase ("March 3 attack on the embassy in Kabul"); an
event verb by its agent, the verb (with its particle: "stepped down", "sworn in") and its patient,
in the text's order when the patient comes first and no agent is named: a passive reads as one
("The deal was signed", "Economist Lea Sorvik was sworn in"), not as "signed The deal".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .events_clauses import _bare_participle
from .events_phrasal import predicate_lemma
from .events_phrases import Piece, complements, noun_piece, participant_piece, render, within_budget, words
from .model import Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
    return (verb.tag_ == "VBN" and no_aux and verb.dep_ == "acl") or _bare_participle(verb)


def _passive_auxiliaries(verb: Token, subject: Token | None) -> str:
    """The auxiliaries of a passive as written ("was", "has been"); for a participle with none (a
    reduced passive or a headline's "Tributes paid") the past of "be" agreeing with the subject."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxes:
        return " ".join(a.text for a in sorted(auxes, key=lambda a: a.i))
    plural = subject is not None and subject.tag_ in ("NNS", "NNPS")
    return "were" if plural else "was"


def _start(participant: Participant) -> int:
    return participant.start


def _head(doc: Doc, participant: Participant) -> Token | None:
    """The word heading a participant's phrase in the parse."""
    span = doc.char_span(participant.start, participant.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _piece(doc: Doc, participant: Participant) -> Piece | None:
    return participant_piece(doc, participant, _head(doc, participant))


def _described(
    doc: Doc, subjects: Sequence[Piece], verb_words: str, verb: Token, objects: Sequence[Piece]
) -> str:
    """Subjects, the verb's words, then its objects and as many of its complements as fit."""
    extra = complements(verb, [*subjects, *objects, (verb.i, verb.i)])
    spent = len(verb_words.split()) + sum(words(doc, p) for p in subjects)
    after = within_budget(doc, objects, extra, spent=spent)
    parts = [render(doc, sorted(subjects)), verb_words, render(doc, after)]
    return " ".join(p for p in parts if p).strip()


def _passive_description(verb: Token, named: str, subject: Token | None) -> str:
    """A passive in the text's order: its subjects as ``named``, the auxiliaries, the participle and
    as many of its complements as fit ("The other two places were awarded to Oleg Titov")."""
    verb_words = f"{_passive_auxiliaries(verb, subject)} {_verb_phrase(verb)}"
    extra = complements(verb, [(verb.i, verb.i)])
    pieces = within_budget(verb.doc, [], extra, spent=len(named.split()) + len(verb_words.split()))
    return " ".join(p for p in (named, verb_words, render(verb.doc, pieces)) if p)


def _description(verb: Token, participants: Sequence[Participant], support: Token | None = None) -> str:
    """A short description of an event: the noun phrase of an event noun; agent, verb and patient
    (or the event noun a support verb carries: "Boeing made its first flight"), with the complements
    that make them mean something (:mod:`graphbuild.events_phrases`: "declared a state of emergency",
    "granted Angela Stanton a full pardon", "were awarded to Oleg Titov"); with no agent and the
    patient before the verb, a passive in the text's order."""
    if verb.pos_ != "VERB":
        return _noun_description(verb)
    doc = verb.doc
    agent = next((p for p in participants if p.role == "agent"), None)
    patient = next((p for p in participants if p.role == "patient"), None)
    if support is not None and support.i < verb.i and agent is None and _passive(verb):
        # "The trial was held in Manhattan", "Most speeches were given": the happening is the subject
        piece = noun_piece(support)
        named = render(doc, [piece]) if piece is not None else support.text
        return _passive_description(verb, named, support)
    if (
        support is None
        and agent is None
        and patient is not None
        and patient.start < verb.idx
        and _passive(verb)
    ):
        # "The deal was signed", "the merger announced on Monday" -> "the merger was announced";
        # coordinated subjects are all named ("Kelly and Moss were convicted", not "Kelly were")
        before = sorted((p for p in participants if p.role == "patient" and p.start < verb.idx), key=_start)
        if len(before) == 1:
            piece = _piece(doc, before[0])
            named = render(doc, [piece]) if piece is not None else before[0].text
        else:
            names = [" ".join(p.text.split()) for p in before]
            named = ", ".join(names[:-1]) + " and " + names[-1]
        return _passive_description(verb, named, _head(doc, patient))
    subject = _piece(doc, agent) if agent is not None else None
    if subject is not None and subject[0] < verb.i <= subject[1]:
        subject = (subject[0], verb.i - 1) if subject[0] < verb.i else None  # a misparse spanning the verb
    subjects = [subject] if subject is not None else []
    objects: list[Piece] = []
    if support is not None:
        piece = noun_piece(support)
        if piece is not None:
            objects.append(piece)
    elif patient is not None:
        piece = _piece(doc, patient)
        if piece is not None:
            objects.append(piece)
    # "problems for which he had surgery": an object's phrase never reaches back over its verb
    objects = [(verb.i + 1, b) if a <= verb.i <= b else (a, b) for a, b in objects]
    objects = [(a, b) for a, b in objects if a <= b]
    if objects and subjects and objects[0][0] <= subjects[0][1] and subjects[0][0] <= objects[0][1]:
        objects = []  # one phrase read as both (a misparse): said once
    return _described(doc, subjects, _verb_phrase(verb), verb, objects)


def _occurrence_description(verb: Token, noun: Token) -> str:
    """A happening told by a verb of occurrence with the event noun as its subject, as a clause: "The
    crash happened", "the protests began", "The strike took place"; a bare "crash" reads as a fragment.
    The noun phrase alone when the noun is not the verb's own subject (a relative clause's "the
    attacks that took place")."""
    phrase = _noun_description(noun)
    if noun.head.i != verb.i or noun.dep_ != "nsubj" or noun.right_edge.i >= verb.i:
        return phrase
    det = [c.text for c in noun.lefts if c.dep_ == "det" and c.i == noun.left_edge.i]
    place = [c.text for c in verb.children if c.dep_ == "dobj" and c.lower_ == "place" and c.i == verb.i + 1]
    return " ".join([*det, phrase, _verb_phrase(verb), *place])
