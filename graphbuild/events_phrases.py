"""Whole phrases for the short descriptions of :mod:`graphbuild.events_describe`.

A participant is a short noun phrase (:func:`~graphbuild.events_roles._compact`), made to be
resolved to an entity: "a state", "Block", "the construction". A description must say what
happened, so it reads the clause's complements that make the phrase mean something, all from the
dependency parse and never from lists of words:

- the "of" phrase of a noun ("a state of emergency", "Block of flats", "a series of seven pardons");
- the indirect object of a verb ("granted Angela Stanton a full pardon");
- a verb's own "to", "as" and "of" phrases, which name a recipient, goal, role or charge ("awarded
  to Oleg Titov", "appointed Pierluisi as secretary of state", "convicted of attempted extortion");
  other prepositional phrases of a verb are adjuncts (place, time, manner) and stay out.

Each phrase is taken whole or not at all, within :data:`MAX_DESCRIPTION_WORDS` words, so a
description is never cut mid-phrase; a phrase whose brackets or quotation marks the cut left open is
closed when its closing mark follows and trimmed to the balanced part otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .events_roles import _compact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .model import Participant

#: At most this many words in a description; a complement that would exceed it is left out whole.
MAX_DESCRIPTION_WORDS = 20
#: Prepositions whose phrase on a verb completes its meaning: recipient or goal, role, charge.
COMPLEMENT_PREPS = ("to", "as", "of")
#: Dependents that end a noun phrase: what follows them is another phrase or a clause.
_PHRASE_ENDS = frozenset(
    ("relcl", "appos", "acl", "punct", "cc", "conj", "prep", "advcl", "advmod", "npadvmod", "case")
)
#: Parts of speech a complement's object may have: a thing or someone, not a clause or an adjective.
_NOMINAL = frozenset(("NOUN", "PROPN", "PRON", "NUM"))
_TIMES = frozenset(("DATE", "TIME"))
_OPENING = {"(": ")", "[": "]", "{": "}"}
_QUOTES = frozenset(('"', "\u201c", "\u201d"))

Piece = tuple[int, int]  # first and last token index of a phrase


def phrase_end(tok: Token) -> int:
    """Index of the last token of ``tok``'s noun phrase: its modifiers and its "of" phrase (itself
    read so), without the relative clauses, appositions, coordination or other prepositional phrases
    that follow. Only contiguous dependents count, so the phrase never skips a word."""
    right = tok.i
    paired = any(c.dep_ == "preconj" for c in tok.children)  # "both fraud and conspiracy": the pair is one
    for child in tok.rights:
        if child.left_edge.i != right + 1 or child.is_space:
            break
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in _NOMINAL:
                right = phrase_end(pobj)
            if not paired:
                break
        elif paired and child.dep_ in ("cc", "conj"):
            right = phrase_end(child) if child.dep_ == "conj" else child.i
        elif child.dep_ == "appos" and child.left_edge.pos_ == "PROPN" and tok.doc[right].whitespace_:
            right = phrase_end(
                child
            )  # a title and the name it gives, no comma between ("Senator Hillary Clinton")
        elif child.dep_ in _PHRASE_ENDS:
            break
        else:
            right = child.right_edge.i
    return right


def _clean_end(doc: Doc, right: int) -> bool:
    """Whether a phrase may end at token ``right``: not inside a hyphenated word ("party co-founder")."""
    if right + 1 >= len(doc) or doc[right].whitespace_:
        return True
    nxt = doc[right + 1]
    return not (nxt.text == "-" or nxt.is_alpha or nxt.is_digit)


def _piece_of(doc: Doc, start: int, end: int) -> Piece | None:
    """The tokens of a character span of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end - 1


def participant_piece(doc: Doc, participant: Participant, head: Token | None) -> Piece | None:
    """A participant's phrase in ``doc``, continued through the "of" phrase of ``head`` (its
    syntactic head in the clause) when the participant ends where that phrase starts."""
    piece = _piece_of(doc, participant.start, participant.end)
    if piece is None:
        return None
    left, right = piece
    if head is not None and left <= head.i <= right:
        end = phrase_end(head)
        if end > right and _clean_end(doc, end):
            right = end
    return balanced(doc, left, right)


def noun_piece(tok: Token) -> Piece | None:
    """The phrase of a noun the clause does not list as a participant (an indirect object, a noun
    a support verb carries, the object of a complement's preposition), as a participant is trimmed
    and continued through its "of" phrase."""
    span = _compact(tok)
    if span is None:
        return None
    piece = _piece_of(tok.doc, *span)
    if piece is None:
        return None
    left, right = piece
    end = phrase_end(tok)
    if end > right and _clean_end(tok.doc, end):
        right = end
    return balanced(tok.doc, left, right)


def balanced(doc: Doc, left: int, right: int) -> Piece | None:
    """``left``..``right`` with no bracket or quotation mark left open: a closing mark before its
    opening one drops the words up to it; an opening mark whose closing one follows the phrase takes
    it in, otherwise the phrase stops before the mark."""
    depth_at: list[int] = []
    i = left
    while i <= right:
        text = doc[i].text
        if text in _OPENING:
            depth_at.append(i)
        elif text in _OPENING.values():
            if depth_at:
                depth_at.pop()
            else:
                left = i + 1  # "(UK) Conservative Party" cut after "(": start after the ")"
        i += 1
    if depth_at:
        first = depth_at[0]
        if len(depth_at) == 1 and right + 1 < len(doc) and doc[right + 1].text == _OPENING[doc[first].text]:
            right += 1
        else:
            right = first - 1
    quotes = [i for i in range(left, right + 1) if doc[i].text in _QUOTES]
    if len(quotes) % 2:
        if right + 1 < len(doc) and doc[right + 1].text in _QUOTES and doc[right + 1].i > quotes[-1]:
            right += 1  # the "macho culture": the closing mark follows the phrase
        elif quotes[-1] == left:
            left += 1
        else:
            right = quotes[-1] - 1
    closing = set(_OPENING.values()) | _QUOTES
    while right >= left and ((doc[right].is_punct and doc[right].text not in closing) or doc[right].is_space):
        right -= 1
    while left <= right and (doc[left].is_space or doc[left].text in (",", ";", ":", "-")):
        left += 1
    return (left, right) if left <= right else None


def _day_of(tok: Token) -> bool:
    """A point in time ("to Wednesday February 25", "to 2021", "to 17 of last year"): the event's time says
    when, not its description; a length of time stays ("sentenced to 40 years")."""
    return tok.ent_type_ in _TIMES and tok.pos_ != "NOUN"


def complements(verb: Token, taken: Sequence[Piece]) -> list[Piece]:
    """The indirect object and the "to", "as" and "of" phrases of ``verb`` that follow it and are
    not already among ``taken``, each whole, in the text's order."""
    out: list[Piece] = []
    seen_preps: set[str] = set()
    for child in verb.rights:
        piece: Piece | None = None
        if child.dep_ == "dative" and child.pos_ in _NOMINAL:
            piece = noun_piece(child)
            # "granted Angela Stanton a full pardon", the object misread as the name's apposition
            thing = next((g for g in child.rights if g.dep_ == "appos" and g.pos_ == "NOUN"), None)
            if piece is not None and thing is not None and thing.left_edge.i == piece[1] + 1:
                second = noun_piece(thing)
                if second is not None:
                    out.append(piece)
                    piece = second
        elif (
            child.dep_ in ("prep", "dative")  # "sold it to X": the parser may call the "to" a dative
            and child.lower_ in COMPLEMENT_PREPS
            and child.lower_ not in seen_preps
        ):
            seen_preps.add(child.lower_)
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in _NOMINAL and not _day_of(pobj):
                inner = noun_piece(pobj)
                if inner is not None and inner[0] >= child.i:
                    piece = balanced(verb.doc, child.i, inner[1])
        if piece is None or any(t[0] <= piece[1] and piece[0] <= t[1] for t in taken):
            continue
        out.append(piece)
    return out


def render(doc: Doc, pieces: Sequence[Piece]) -> str:
    """The pieces' words in order, with single spaces."""
    return " ".join(" ".join(doc[a : b + 1].text.split()) for a, b in pieces)


def words(doc: Doc, piece: Piece) -> int:
    """How many words a piece has."""
    return sum(1 for t in doc[piece[0] : piece[1] + 1] if not t.is_space)


def within_budget(doc: Doc, fixed: Sequence[Piece], optional: Sequence[Piece], spent: int = 0) -> list[Piece]:
    """``fixed`` and as many of ``optional`` (in their order of importance) as fit in
    :data:`MAX_DESCRIPTION_WORDS` with ``spent`` words already used, sorted by position."""
    out = list(fixed)
    used = spent + sum(words(doc, p) for p in fixed)
    for piece in optional:
        n = words(doc, piece)
        if used + n <= MAX_DESCRIPTION_WORDS:
            out.append(piece)
            used += n
    return sorted(out)


__all__ = [
    "COMPLEMENT_PREPS",
    "MAX_DESCRIPTION_WORDS",
    "balanced",
    "complements",
    "noun_piece",
    "participant_piece",
    "phrase_end",
    "render",
    "within_budget",
    "words",
]
