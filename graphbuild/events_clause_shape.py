"""Clause structure for :mod:`graphbuild.events`: the clause helpers the event rules lean on.

Whether a clause asserts that something happened (tense, mood, negation) and is a main clause,
what its object is (an event noun a support verb carries, a thing, a clause), which event noun a
verb of occurrence has as subject, and which verbs share a subject and a time with another
(coordination and participles of result). Who took part is :mod:`graphbuild.events_roles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events_clauses import _lemma_forms
from .events_doc_text import _doc_text
from .events_lexicon import (
    _ARGUMENT_DEPS,
    _ASPECTUAL,
    _FACTUAL_MARKS,
    _FRAME_NOUNS,
    _IRREALIS_MARKS,
    _NOMINAL_DEPS,
    _OCCURRENCE_LEMMAS,
    _PHASE_LEMMAS,
    _PRESENTING_LEMMAS,
    _SUPPORT_LEMMAS,
    _TIME_NOUNS,
    EVENT_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _finite(verb: Token) -> Token:
    """The token carrying tense: the first auxiliary, else the verb itself."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.i < verb.i and child.tag_ != "TO":
            return child
    return verb


#: Verbs whose participle complement is foreseen, not told as done ("sees GM earning 5.65 dlrs this year",
#: "expects sales rising in 1987").
_FORESEEING = frozenset(
    ("see", "expect", "forecast", "predict", "project", "foresee", "envisage", "anticipate")
)


def _foresees(verb: Token) -> bool:
    """A verb of :data:`_FORESEEING`; "see" only in the present ("sees GM earning"; "police saw him
    fleeing" is a sight)."""
    lemma = verb.lemma_.lower()
    return lemma in _FORESEEING and (lemma != "see" or verb.tag_ in ("VBZ", "VBP"))


def _is_realis_past(verb: Token, in_headline: bool) -> bool:
    """True when the clause asserts that the event took place.

    Rejects modals ("will sign", "could have"), infinitives ("plans to sign", "expected
    to end"), conditional and temporal-future clauses ("if they sign"), negated
    clauses, imperatives and present-tense (generic or scheduled) statements; headlines
    are let through in the historical present.
    """
    children = list(verb.children)
    if any(c.tag_ == "MD" or c.tag_ == "TO" for c in children if c.dep_ in ("aux", "auxpass")):
        return False
    if any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") for c in children):
        return False
    for c in children:  # "no one was hurt", "received no response": nothing happened to anyone
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            g.dep_ == "neg" or (g.dep_ == "det" and g.lower_ in ("no", "neither")) for g in c.children
        ):
            return False
    if any(c.dep_ == "mark" and c.lower_ in _IRREALIS_MARKS for c in children):
        return False
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        return False
    if verb.tag_ == "VBG":
        if verb.dep_ in _NOMINAL_DEPS:
            return False  # a gerund as an argument ("credited with helping draft ...")
        if verb.dep_ in ("ccomp", "xcomp", "oprd") and _foresees(verb.head):
            return False  # what is foreseen ("sees GM earning 5.65 dlrs this year")
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in children):
            return False  # progressive: an ongoing state at that time ("was being treated")
    if verb.tag_ == "VBN" and any(c.lower_ == "being" for c in children if c.dep_ == "auxpass"):
        return False  # passive progressive ("was being investigated")
    finite = _finite(verb)
    if finite.tag_ == "VB" and finite.lemma_ != "do":
        return False  # bare infinitive or imperative
    # present tense: generic, habitual or scheduled, except in headlines
    return in_headline or finite.tag_ not in ("VBZ", "VBP") or finite.lemma_ == "have"


def _factual_subordinator(tok: Token) -> bool:
    """A word opening a clause told as fact: a subordinator of :data:`_FACTUAL_MARKS`, or a "when"
    the parser took for an adverb ("When Jobs first introduced the phone, he ...") in a clause
    before its main clause (after it, "asked when Apple introduced it" is a question)."""
    if tok.dep_ == "mark":
        return tok.lower_ in _FACTUAL_MARKS
    clause = tok.head
    return tok.dep_ == "advmod" and tok.lower_ == "when" and tok.i < clause.i < clause.head.i


def _main_clause(verb: Token) -> bool:
    """A verb that heads its sentence, or is coordinated with one, and whose clause is not a
    question: subordinate clauses carry background, conditions and purposes."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "advcl" and any(_factual_subordinator(c) for c in tok.children):
        tok = tok.head  # "after Boeing lost the contract, ...": a background happening, told as fact
    elif tok.dep_ == "relcl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ in _ARGUMENT_DEPS:
        tok = tok.head.head  # "the plane, which crashed, ..." is part of the clause on the plane
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ROOT":
        return False
    sent = verb.sent  # its text sliced from the Doc's (Span.text joins its tokens at each access)
    return not _doc_text(verb.doc)[sent.start_char : sent.end_char].rstrip().endswith("?")


def _takes_place(verb: Token) -> bool:
    """True for "take place", a verb of occurrence like "happen": its subject is the happening."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" and not any(True for _ in c.children) for c in verb.children
    )


def _occurring(verb: Token) -> Token | None:
    """The event noun a verb of occurrence has as its subject ("the attack happened on Monday", "the
    summit took place in May"), which carries the happening; None otherwise."""
    if verb.lemma_.lower() not in _OCCURRENCE_LEMMAS and not _takes_place(verb):
        return None
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            child = verb.head  # "the attacks that took place this week": the noun is the subject
        if child.pos_ == "NOUN" and child.lemma_.lower() in EVENT_NOUNS:
            return child
    return None


def _time_subject(verb: Token) -> bool:
    """Whether a verb's subject is a time ("The year 2020 brought ..."); a time before a verb with no
    subject counts too, as the parser often takes it for an adverbial ("Yesterday morning saw ...")."""
    children = list(verb.children)
    has_subject = any(c.dep_ == "nsubj" for c in children)
    return any(
        (c.dep_ == "nsubj" or (c.dep_ == "npadvmod" and c.i < verb.i and not has_subject))
        and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in _TIME_NOUNS)
        for c in children
    )


def _presents_a_time(verb: Token) -> bool:
    """A presenting verb with a time as subject ("Yesterday morning saw ...", "2020 brought ...")."""
    return verb.lemma_.lower() in _PRESENTING_LEMMAS and _time_subject(verb)


#: Times a verb of a phase can take as object (:func:`_passes_a_time`).
_PASSING_TIMES = (_TIME_NOUNS | _FRAME_NOUNS) - {"term"}


def _passes_a_time(verb: Token) -> bool:
    """A verb of a phase with a time as object ("the Fed entered the year predicting ...", "began March
    with $8 million in cash", "ended the day higher"): a time passing, no happening. A term of office is
    no such time ("the court ended its term", "the senator began his second term"), nor is a time that
    measures something ("ended weeks of speculation")."""
    return verb.lemma_.lower() in _PHASE_LEMMAS and any(
        c.dep_ == "dobj"
        and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in _PASSING_TIMES)
        and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        for c in verb.children
    )


def _phase_by_doing(verb: Token) -> bool:
    """A verb of a phase with no object, told by what was done in it ("began by thanking the crowd",
    "concluded by implying that ..."): how a speech or a meeting went, no happening of its own."""
    if verb.lemma_.lower() not in _PHASE_LEMMAS | {"conclude"}:
        return False
    children = list(verb.children)
    return not any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in children
    )


def _tells_a_time_or_a_phase(verb: Token) -> bool:
    """A clause that tells a time rather than a happening: a time presenting something
    (:func:`_presents_a_time`), a time passing (:func:`_passes_a_time`) or a phase told by what was
    done in it (:func:`_phase_by_doing`)."""
    return _presents_a_time(verb) or _passes_a_time(verb) or _phase_by_doing(verb)


def _presented(verb: Token) -> Token | None:
    """The event noun a presenting verb with a time as subject has as object ("Yesterday morning saw
    an earthquake", "last week saw the collapse of the coalition"): the happening, dated by the
    subject; None otherwise."""
    if not _presents_a_time(verb):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.lemma_.lower() in EVENT_NOUNS:
            return child
    return None


def _happening_noun(verb: Token) -> Token | None:
    """The event noun that is a clause's whole happening, with participants of its own: the subject of
    a verb of occurrence ("the attack on the embassy happened") or what a time presents ("Monday saw
    the collapse of the coalition"); None otherwise."""
    occurring = _occurring(verb)
    return occurring if occurring is not None else _presented(verb)


def _support_object(verb: Token) -> Token | None:
    """The event noun a support verb takes as its object ("made its maiden flight", "held talks",
    "underwent surgery"), a verb of occurrence as its subject ("the attack happened") or a presenting
    verb with a time subject as its object ("Monday saw protests"), which carries the happening; None
    for any other verb."""
    happening = _happening_noun(verb)
    if happening is not None:
        return happening
    if not _lemma_forms(verb) & _SUPPORT_LEMMAS:
        return None
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "nsubjpass")
            and child.pos_ == "NOUN"
            and child.lemma_.lower() in EVENT_NOUNS
        ):
            return child
    return None


def _reduced_passive(verb: Token) -> bool:
    """A past participle modifying a noun, with no subject of its own ("the merger announced on
    Monday", "an agreement reached in 1991"): the noun is what underwent the happening."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _has_thing_object(verb: Token) -> bool:
    """True when a speech verb takes a noun object and no clause: "announced a merger", not
    "announced that ..." or "announced it would ..."; the noun a passive participle or relative
    clause hangs on is its object ("the merger announced on Monday", "a deal which was announced")."""
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children):
        return False
    if _reduced_passive(verb):
        return verb.head.pos_ == "NOUN"
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in children):
        return verb.head.pos_ == "NOUN"
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in children)


def _takes_clause(verb: Token) -> bool:
    """True when the verb's object is a clause: a conclusion or decision reported ("concluded there
    was a third star", "agreed that ...") or an aspect of another event ("started observing ...",
    "began to sell"), whose happening, if any, is the clause's. A purpose or a decision to act
    ("co-founded the party to oppose ...", "agreed to buy ...") keeps its own happening."""
    for c in verb.children:
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and (c.tag_ == "VBG" or verb.lemma_ in _ASPECTUAL)):
            return True
    return False


def _coordinated(verb: Token) -> list[Token]:
    """Verbs that share ``verb``'s subject and time and have none of their own: coordinated
    ("Rebels seized the port on Monday and freed the crew") or a participle of result after it
    ("the jet crashed in June, killing all 228 people on board")."""
    out = []
    for child in verb.children:
        if child.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in child.children
        ):
            continue
        if (child.dep_ == "conj" and child.tag_ == verb.tag_) or (
            child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i
        ):
            out.append(child)
    return out


def _sharer(verb: Token) -> Token | None:
    """The first verb of the chain whose subject ``verb`` shares (:func:`_coordinated`), if any."""
    top = None
    while verb.head.i != verb.i and verb in _coordinated(verb.head):
        top = verb = verb.head
    return top
