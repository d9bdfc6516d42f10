"""A personal pronoun in an event clause read as the one person its sentence has named before it.

"A U.S. judge on Thursday sentenced Marta Oyelaran ..., eight days after a jury convicted her": the
subordinate clause's "her" is the person the sentence named; another outlet names her ("a jury convicted
Marta Oyelaran"), and the two descriptions meet on that participant. Only for a pronoun in an adverbial
clause whose head clause has that person for subject or object, when the sentence names one
person before the pronoun (by the last word of the name: "Aurel Dancu" and "Dancu" are one) and no other
name stands as a subject or object before it; otherwise the pronoun stays no participant, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Pronouns of one person, as subject or object (the possessive "her" of "her home" is a determiner).
_PERSONAL = frozenset(("he", "him", "she", "her"))


def sentence_antecedent(tok: Token) -> Span | None:
    """The one person named in ``tok``'s sentence before it, when ``tok`` is a personal pronoun of one
    person and no other name is a subject or object before it; None otherwise."""
    if tok.lower_ not in _PERSONAL or tok.dep_ == "poss" or tok.head.dep_ != "advcl":
        return None  # only in a clause subordinate to the one that names the person
    people: dict[str, Span] = {}
    for ent in tok.sent.ents:
        if ent.label_ == "PERSON" and ent.end <= tok.i:
            people.setdefault(ent[-1].lower_, ent)
    # any other name that is a subject or object before the pronoun could be its antecedent too ("Dancu
    # left Kestrava ..., weeks after he was arrested", whatever type the tagger gave each name)
    named = {
        t.lower_
        for t in tok.sent
        if t.i < tok.i and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")
    }
    if len(people) != 1 or not named <= set(people):
        return None
    if any(t.i < tok.i and t.lower_ in _PERSONAL and t.dep_ != "poss" for t in tok.sent):
        return (
            None  # "She was married to X, whom she divorced": the sentence is about someone named before it
        )
    person = next(iter(people.values()))
    verb = tok.head
    if not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and person.start <= c.i < person.end
        for c in verb.head.children
    ):
        return None  # the person must be the subject or object of the clause the pronoun's clause hangs on
    if verb.dep_ == "relcl" and person.start <= verb.head.i < person.end:
        return None  # "X, whom she divorced": the relative clause's noun is another participant
    # "Sirhan shot him", "Day's son, Terry Melcher, predeceased her": a pronoun is never its co-argument
    for arg in verb.children:
        if (
            arg.i != tok.i
            and arg.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "dative")
            and any(person.start <= t.i < person.end for t in arg.subtree)
        ):
            return None
    return person


__all__ = ["sentence_antecedent"]
