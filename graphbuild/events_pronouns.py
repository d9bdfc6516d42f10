"""A personal pronoun in an event clause read as the one person its sentence has named before it.

"A U.S. judge on Thursday sentenced Marta Oyelaran ..., eight days after a jury convicted her": the
subordinate clause's "her" is the person the sentence named; another outlet names her ("a jury convicted
Marta Oyelaran"), and the two descriptions meet on that participant. Only for a pronoun in an adverbial
clause whose head clause has that person for subject or object, when the sentence names one
person before the pronoun (by the last word of the name: "Aurel Dancu" and "Dancu" are one) and no other
name stands as a subject or object before it; otherwise the pronoun stays no participant, as before.

:func:`window_antecedent` reads a subject or object pronoun of any clause the same way when the sentence
before it and its own sentence up to it name exactly one person and no one else who could be meant: no
other named person, no other proper noun as subject or object that the tagger did not label a place (it
may be a person labelled wrong: "Chief executive Keller said ... he expected"), no person described by a
common noun as subject or object ("the officer", "a man") and no pronoun before the name ("His death was
announced by his son X"): "Police arrested Jan Novak on Thursday. He was released on bail on Saturday".
"Her" as a possessive, "it" and "they" are never read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events_coref import age_antecedent, trim_possessive

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


#: Common nouns of people that may be what a pronoun stands for ("A police officer shot X. He was
#: suspended"): one of them as a subject or object near the pronoun leaves it unresolved.
_PERSON_NOUNS = frozenset(
    (
        "man", "woman", "boy", "girl", "officer", "policeman", "soldier", "suspect", "victim", "driver",
        "pilot", "passenger", "worker", "lawyer", "judge", "doctor", "teacher", "student", "father",
        "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "leader", "chief",
        "minister", "president", "official", "spokesman", "spokeswoman", "spokesperson", "player",
        "coach", "manager", "captain", "founder", "executive", "director", "chairman", "chairwoman",
        "prosecutor", "defendant", "witness", "gunman", "attacker", "resident", "tourist", "child",
        "person", "deputy", "aide", "partner", "colleague", "rival", "opponent", "candidate",
    )
)  # fmt: skip
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "dative", "pobj")
#: Possessive pronouns: one before the name means the text was already about someone.
_POSSESSIVE = frozenset(("his", "her", "hers"))


def window_antecedent(tok: Token) -> Span | None:
    """The one person named in the sentence before ``tok``'s and in its own sentence before it, when
    ``tok`` is a subject or object pronoun of one person ("he", "her") and nobody else there could be
    meant (see the module docstring); None otherwise."""
    if tok.lower_ not in _PERSONAL or tok.dep_ == "poss" or tok.tag_ == "PRP$":
        return None
    doc = tok.doc
    sent = tok.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    window = doc[first : tok.i]
    people: dict[str, Span] = {}  # one person per last word ("Jan Novak", "Novak"), as sentence_antecedent
    for ent in window.ents:
        if ent.label_ == "PERSON":
            people.setdefault(ent[-1].lower_, ent)
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    if not any(t.is_alpha and t.text.istitle() for t in person):
        return None  # "BST", "NASA": capitals that name no person, whatever the tagger said
    first_named = min(e.start for e in window.ents if e.label_ == "PERSON")
    if any(t.lower_ in _PERSONAL | _POSSESSIVE and t.i < first_named for t in window):
        return None  # "His death was announced by his son X. He died ...": the text is about someone else
    for t in window:
        if person.start <= t.i < person.end:
            continue
        if (
            t.pos_ == "PROPN"
            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss")
            and t.ent_type_ in ("", "ORG", "NORP")
        ):
            return None  # another name, which the tagger may have labelled wrong, may be a person too
        if (
            t.pos_ == "NOUN"
            and t.dep_ in _ARGUMENTS
            and t.lemma_.lower() in _PERSON_NOUNS
            and not _names_the_person(t, person)
        ):
            return None  # "a police officer shot Brown. He ...": the officer may be meant
    # "Sirhan shot him": a pronoun is never the co-argument of the person in its own clause
    verb = tok.head
    if any(person.start <= c.i < person.end for arg in verb.children if arg.i != tok.i for c in arg.subtree):
        return None
    return trim_possessive(person)


def _names_the_person(noun: Token, person: Span) -> bool:
    """A common noun that is the person's title or apposition ("opposition leader Jan Novak",
    "Novak, the opposition leader")."""
    if noun.head.i in range(person.start, person.end) and noun.dep_ in ("compound", "appos"):
        return True
    return person.root.head.i == noun.i and person.root.dep_ == "appos"


def antecedent(tok: Token) -> Span | None:
    """The named person a participant word stands for: a pronoun's (:func:`sentence_antecedent`, else
    :func:`window_antecedent`), or that of "the 42-year-old"
    (:func:`~graphbuild.events_coref.age_antecedent`)."""
    if tok.pos_ == "PRON":
        return sentence_antecedent(tok) or window_antecedent(tok)
    return age_antecedent(tok)


__all__ = ["antecedent", "sentence_antecedent", "window_antecedent"]
