"""Clause tests of :mod:`graphbuild.events` that read one verb's dependents: whether the clause states a
measure, spreads over a stretch of time or a trend, evaluates or receives rather than happens, and
which verbs are joined to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events_lexicon import _MEASURE_LABELS, _RECEPTION_LEMMAS, _SPAN_NOUNS, _TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _states_measure(verb: Token) -> bool:
    """True when the verb's object is a measure ("held a value of 681 million pounds", "occupied
    roughly 6 hectares"): the clause reports how much something was, a state, not a happening."""
    return any(
        child.dep_ == "dobj" and any(t.ent_type_ in _MEASURE_LABELS for t in child.subtree)
        for child in verb.children
    )


def _over_a_span(verb: Token) -> bool:
    """True for a clause spread over a stretch of time ("over the course of her life", "throughout
    his career", "in the last few years"), or a running total or trend up to a time ("has increased
    since 1987", "had reached 95% as of Sunday"): a habit, a career or a trend, not one happening."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "since" or (prep.lower_ == "as" and any(c.lower_ == "of" for c in prep.children)):
            return True
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if prep.lower_ in ("over", "throughout") and pobj.lemma_.lower() in _SPAN_NOUNS:
                return True
            recent = any(c.lower_ in ("last", "past", "recent") for c in pobj.children)
            spread = prep.lower_ in ("in", "over", "during") and pobj.tag_ == "NNS"
            if spread and recent and pobj.lemma_.lower() in _TIME_NOUNS:
                return True  # "in the last few years", "over the past weeks"
    return False


def _evaluates(verb: Token) -> bool:
    """True when the verb casts its object "as" an adjective or a quoted phrase ("dismissed the claim
    as groundless", "attacked the inquiry as 'a witch hunt'"): an evaluation, which is a statement. The
    apostrophe of a plural possessive ("founded as a farmers' credit union") is no quotation mark."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for obj in prep.children:
            if obj.pos_ == "ADJ" or any(t.is_quote and t.tag_ != "POS" for t in obj.subtree):
                return True
    return False


def _reception(verb: Token) -> bool:
    """True for "was met with criticism", "was greeted with anger": how something was received."""
    return (
        verb.lemma_.lower() in _RECEPTION_LEMMAS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


#: Spans of the calendar or of accounts, and the verbs that bound them: "the quarter ended Jan 31", "Qtr
#: ended Dec 31", "the four weeks ended February 27" tell a period, not a happening.
_PERIOD_LEMMAS = frozenset(("period", "quarter", "qtr", "year", "half", "month", "mth", "week", "season"))
_BOUNDING_LEMMAS = frozenset(("end", "begin", "start", "close"))


def _bounds_a_period(verb: Token) -> bool:
    """True for a period that ended or began ("Qtr ended Jan 31", "the year ended December 31"): a
    calendar fact, not a happening; "ministers ended the session" is one."""
    if verb.lemma_.lower() not in _BOUNDING_LEMMAS:
        return False
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _PERIOD_LEMMAS:
        return True  # "the quarter ended Jan 31", a participle on the period
    before = verb.nbor(-1) if verb.i > 0 else None
    if before is not None and before.lemma_.lower() in _PERIOD_LEMMAS and before.dep_ != "npadvmod":
        return True  # "orders in the quarter ended Jan 31", "Qtr ended Dec 31" (not "talks last week ended")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _PERIOD_LEMMAS for c in verb.children)


#: A verb and preposition that, with no object, relate one thing to another rather than report a
#: happening: "estimated the crop, based on March 1 conditions", "Share adjusted for a stock split", "the
#: index stood at 168.5" ("Knapp stood as the nominee" is a candidacy).
_RELATING = frozenset((("base", "on"), ("base", "upon"), ("adjust", "for"), ("stand", "at")))


def _relates(verb: Token) -> bool:
    """True for a verb relating a thing to another ("based on March 1 conditions", "Share adjusted for
    the split in December 1985"), or a participle paired with an adjective on a noun ("had proven and
    probable reserves"): a description, not a happening. "The bank adjusted its rates" is one."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    if not objects and any(c.dep_ == "prep" and (lemma, c.lower_) in _RELATING for c in verb.children):
        return True
    if verb.tag_ != "VBN":
        return False
    return any(  # the adjective right before the object's words ("proven and probable reserves")
        c.dep_ == "conj" and c.pos_ == "ADJ" and o.left_edge.i <= c.i + 1 <= o.i
        for c in verb.children
        for o in objects
    )


def _identifies(verb: Token) -> bool:
    """A free relative clause that is the subject of a copula ("What unified the candidates on Sunday was
    Obama's effort ..."): it names what the copula identifies, no happening of its own."""
    return verb.dep_ == "csubj" and any(c.dep_ in ("nsubj", "dobj") and c.tag_ == "WP" for c in verb.children)


def _no_happening(verb: Token) -> bool:
    """True when the clause evaluates (:func:`_evaluates`), tells a reception (:func:`_reception`),
    relates (:func:`_relates`), bounds a period (:func:`_bounds_a_period`) or identifies
    (:func:`_identifies`) rather than happens."""
    return (
        _evaluates(verb) or _reception(verb) or _relates(verb) or _bounds_a_period(verb) or _identifies(verb)
    )


def _chain(verb: Token) -> list[Token]:
    """A verb and the verbs coordinated with it ("observing the rescue and visiting the wounded")."""
    out = [verb]
    for tok in out:
        out.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return out


def _lemma_forms(verb: Token) -> frozenset[str]:
    """The verb's lemma, and for a past form in "-ed" the stem with its final "e" that the lemmatiser
    sometimes drops ("staged" -> "stag", not "stage"): for looking a verb up in a closed list."""
    lemma = verb.lemma_.lower()
    text = verb.lower_
    if verb.tag_ in ("VBD", "VBN") and text.endswith("ed") and lemma == text[:-2]:
        return frozenset((lemma, text[:-1]))
    return frozenset((lemma,))


def _bare_participle(verb: Token) -> bool:
    """A headline's bare past participle, a passive ("Tributes paid to the actor", "Avenatti convicted of
    extortion"): the root of a clause with no auxiliary, in a sentence with no closing full stop. In a
    sentence of the body the tag is the parser's mistake for a past tense ("Trump granted Kerik a
    pardon.", "The party formed from former members."), an active clause."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBN" or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    # the sentence up to the end of the verb's line: the parser may join a headline to the first sentence
    last = verb.sent[-1]
    for tok in verb.doc[verb.i : verb.sent.end]:
        if "\n" in tok.text_with_ws:
            last = tok
            break
    while last.i > verb.i and (last.is_space or last.text in ('"', "'", "\u201d", ")")):
        last = last.doc[last.i - 1]
    return last.text not in (".", "!", "?")
