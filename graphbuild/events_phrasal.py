"""Predicates of more than one word: particle verbs ("stepped down", "called off") and a few idioms.

A particle changes what a verb reports: "stepped down" is a resignation, "blew up" an explosion,
"called off" a cancellation, while "step", "blow" and "call" alone are no happening (or another one).
The predicate of such a clause is one lemma joined by underscores (``step_down``, ``call_off``), so
that outlets saying "resigned" and "stepped down" can meet under one synonym group
(:data:`~graphbuild.crossdoc_lexicon.EVENT_SYNONYM_GROUPS`). A short list of common English idioms
of the news (:data:`IDIOMS`: "hung up his boots", "found X guilty") reads the same way. General
English; nothing here is keyed to a topic or a corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .events_roles import _compact
from .model import Participant

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["IDIOMS", "PHRASAL_HAPPENINGS", "is_phrasal_happening", "predicate_lemma", "small_clause_roles"]

#: Particle verbs that report a happening by themselves (dated "before publication" when undated, like
#: :data:`~graphbuild.events_lexicon.HAPPENING_LEMMAS`): change of office, cancellation, transfer,
#: destruction and breakdown, outbreak, departure and launch, founding and closing, withdrawal.
_PHRASAL_WORDS = """
    step_down step_aside bow_out stand_down
    call_off hand_over sign_over
    blow_up break_out break_down break_up burn_down shut_down close_down wipe_out tear_down knock_down
    set_up take_over buy_out sell_off lay_off bail_out
    lift_off blast_off take_off touch_down
    pull_out walk_out drop_out back_out pull_back
    crack_down
    pass_away
    swear_in
"""
PHRASAL_HAPPENINGS = frozenset(_PHRASAL_WORDS.split())

#: Idioms of the news read as one predicate: (verb lemma, a word of its object or of a phrase on it)
#: -> predicate. "threw in the towel" (gave up, quit), "hung up his boots" (retired), "found her guilty"
#: (convicted), "tied the knot" (married), "took control of" (seized), "followed suit" (did the same).
IDIOMS: dict[tuple[str, str], str] = {
    ("throw", "towel"): "throw_in_the_towel",
    ("hang", "boots"): "hang_up_boots",
    ("find", "guilty"): "find_guilty",
    ("tie", "knot"): "tie_the_knot",
    ("take", "control"): "take_control",
    ("seize", "control"): "take_control",
    ("follow", "suit"): "follow_suit",
}

#: Idioms whose object is a fixed noun and whose patient is that noun's "of" phrase ("took control of the
#: bank": the bank).
_OF_OBJECT_IDIOMS = {"take_control": "control"}

#: Dependencies under which an idiom's fixed word hangs on its verb (directly or through a preposition
#: or particle): "hung up his boots" (prt + dobj), "found her guilty" (oprd/acomp/ccomp).
_IDIOM_DEPS = frozenset(("dobj", "pobj", "oprd", "acomp", "xcomp", "ccomp", "attr", "advmod"))


def _idiom(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    for child in verb.children:
        words = [child]
        if child.dep_ in ("prep", "prt"):
            words = [g for g in child.children if g.dep_ == "pobj"]
        for word in words:
            if word.dep_ in _IDIOM_DEPS or child.dep_ in ("prep", "prt"):
                found = IDIOMS.get((lemma, word.lower_))
                if found is not None:
                    return found
    return None


def predicate_lemma(tok: Token) -> str:
    """The predicate a verb reports, as one lemma: an idiom of :data:`IDIOMS` ("hung up his boots" ->
    ``hang_up_boots``), a verb with its particle ("stepped down" -> ``step_down``, "was sworn in"
    -> ``swear_in``), else the verb's lemma; a noun's lemma for a noun.

    >>> predicate_lemma(nlp("Berg stepped down on Friday.")[1])  # doctest: +SKIP
    'step_down'
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return lemma
    idiom = _idiom(tok)
    if idiom is not None:
        return idiom
    particles = [c for c in tok.children if c.dep_ == "prt" and c.i > tok.i and c.is_alpha]
    if particles:
        return f"{lemma}_{particles[0].lower_}"
    # the parser often takes the particle right after the verb for an adverb ("stepped down"): read it as
    # one only when the pair is a known happening, so "went back" or "paid early" keep their verb
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.head.i == tok.i and after.dep_ == "advmod" and after.is_alpha:
        phrasal = f"{lemma}_{after.lower_}"
        if phrasal in PHRASAL_HAPPENINGS:
            return phrasal
    return lemma


def is_phrasal_happening(tok: Token) -> bool:
    """True when the verb, read with its particle or as an idiom, reports a happening by itself
    (:data:`PHRASAL_HAPPENINGS` or :data:`IDIOMS`)."""
    predicate = predicate_lemma(tok)
    return predicate in PHRASAL_HAPPENINGS or predicate in IDIOMS.values()


#: Idioms whose verb takes a small clause ("found her guilty"): its subject underwent the happening.
_SMALL_CLAUSE_IDIOMS = frozenset(("find_guilty",))


def small_clause_roles(verb: Token, participants: Sequence[Participant], text: str) -> list[Participant]:
    """The participants of an idiom with a small clause: "found [Oyelaran guilty]" makes the clause's
    subject the patient; a headline's "Oyelaran found guilty" (no object) is a passive, its subject the
    patient; an idiom with a fixed object takes that object's "of" phrase as patient ("took control of
    the bank"). Other predicates keep their participants.

    >>> small_clause_roles(nlp("Jurors found her guilty.")[1], [], text)  # doctest: +SKIP
    """
    predicate = predicate_lemma(verb)
    fixed = _OF_OBJECT_IDIOMS.get(predicate)
    if fixed is not None:  # "took control of the bank": the bank underwent it, not "control"
        found = [p for p in participants if not (p.role == "patient" and p.text.lower() == fixed)]
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.lower_ != fixed:
                continue
            for prep in obj.children:
                for pobj in prep.children if prep.dep_ == "prep" and prep.lower_ == "of" else ():
                    if pobj.dep_ == "pobj" and (span := _compact(pobj)) is not None:
                        found.append(Participant("patient", text[span[0] : span[1]], span[0], span[1]))
        return sorted(found, key=lambda p: (p.start, p.role))
    if predicate not in _SMALL_CLAUSE_IDIOMS:
        return list(participants)
    found = list(participants)
    if any(p.role == "patient" for p in found):
        return found
    for child in verb.children:
        for sub in child.children if child.dep_ in ("ccomp", "oprd", "xcomp", "acomp") else ():
            if (
                sub.dep_ in ("nsubj", "nsubjpass")
                and sub.pos_ != "PRON"
                and (span := _compact(sub)) is not None
            ):
                found.append(Participant("patient", text[span[0] : span[1]], span[0], span[1]))
    if not any(p.role == "patient" for p in found) and not any(
        c.dep_ in ("dobj", "aux") for c in verb.children
    ):
        found = [Participant("patient", p.text, p.start, p.end) if p.role == "agent" else p for p in found]
    return sorted(found, key=lambda p: (p.start, p.role))
