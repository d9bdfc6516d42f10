"""Event nouns that re-mention a dated happening of their own article.

News names a happening with a verb and a date once ("Vantor agreed on Monday to buy Lindqvist", "an
earthquake struck the province on Tuesday") and then by an event noun ("the takeover", "the quake",
"Tuesday's earthquake", "after the verdict"). A singular event noun (:data:`~graphbuild.events_lexicon.EVENT_NOUNS`)
that is definite ("the", "this", a possessor), dated by a modifier of its own, or in the headline (which
drops articles) is a description of the one dated happening of its article that has the same key (the
verb's synonym group: takeover ~ buy, resignation ~ resign; or the event noun a verb of impact has as
agent: "the quake struck"), when that happening has exactly one date and nothing in the noun phrase
names another participant or another occurrence ("a second quake", "the previous takeover"). The noun
then becomes an event mention with that date (the rule :data:`~graphbuild.crossdoc_events.REMENTION_RULE`)
and its own participants (possessor, "of" and "by" phrases, places), which may be none: the merger joins
it to the dated description it re-mentions.

A verb of impact whose subject is an event noun (":data:`~graphbuild.crossdoc_lexicon.EVENT_IMPACT_VERBS`:
"the quake hit at 4:52 a.m.") tells that happening: it counts as a happening verb (:func:`tells_a_happening`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .crossdoc_events import REMENTION_RULE, event_key, mention_key
from .crossdoc_lexicon import EVENT_IMPACT_VERBS
from .events_clause_shape import _is_realis_past
from .events_describe import _noun_description
from .events_lexicon import (
    _ARGUMENT_DEPS,
    _ASPECTUAL,
    _IRREALIS_MODIFIERS,
    _PLACE_LABELS,
    _SPECIFIC_LABELS,
    _SUPPORT_LEMMAS,
    EVENT_NOUNS,
    OTHER_OCCURRENCE_MODIFIERS,
    PAST_REF,
)
from .events_phrasal import predicate_lemma
from .events_places import _place
from .events_rementions import _relation
from .events_roles import _compact, _conjuncts, _past_dateline
from .model import Document, EventMention, Participant, TimeSpan, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["happening_agent", "noun_re_mentions", "tells_a_happening", "tokens_tagged"]

#: Determiners (and possessive pronouns) of a definite description: the one known happening. Not "their",
#: which often distributes over several ("other states delayed their election").
_DEFINITE_DETERMINERS = frozenset(("the", "this", "that", "its", "his", "her"))
#: Verbs whose object is a happening planned, put off, sought or prevented, not one that took place
#: ("postponed its election", "sought the nomination", "blocked the takeover").
_PLAN_LEMMAS = frozenset(
    (
        "postpone", "delay", "defer", "reschedule", "schedule", "plan", "seek", "propose", "prepare", "await",
        "anticipate", "expect", "want", "hope", "cancel", "call_off", "scrap", "abandon", "block", "prevent",
        "avert", "veto", "reject", "oppose", "consider", "discuss", "demand", "urge",
    )
)  # fmt: skip


def _noun_participants(noun: Token, text: str) -> list[Participant]:
    """Who did or underwent a nominal event: a possessor ("Boeing's merger") or "by" phrase is the
    agent, an "of", "against", "on" or "over" phrase the patient, a place the location."""
    found: list[Participant] = []

    def add(role: str, tok: Token) -> None:
        if tok.pos_ == "PRON" or tok.ent_type_ in ("DATE", "TIME") or _past_dateline(tok) is not tok:
            return
        for other in _conjuncts(tok, role):
            add(role, other)
        span = _compact(tok)
        if span is not None:
            found.append(Participant(role=role, text=text[span[0] : span[1]], start=span[0], end=span[1]))

    for child in noun.children:
        if child.dep_ == "poss":
            add("agent", child)
        elif child.dep_ == "compound" and child.ent_type_ in _SPECIFIC_LABELS:
            add("location" if child.ent_type_ in _PLACE_LABELS else "agent", child)
        elif child.dep_ in ("prep", "agent"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if child.lower_ in ("by", "between"):  # "the 1991 agreement between A and B"
                    add("agent", pobj)
                elif child.lower_ in ("of", "against", "on", "over") and not _place(pobj):
                    add(
                        "patient", pobj
                    )  # "the attack on the embassy", "the win over Rovers"; "the summit on Crete" is a place
                elif _place(pobj) and child.lower_ not in ("for", "to", "from", "with", "like", "as"):
                    add(
                        "location", pobj
                    )  # "the quake in Haldia", "in Haldia province"; not "for the X phrase"
    found.sort(key=lambda p: (p.start, p.role))
    return found


def tells_a_happening(verb: Token) -> bool:
    """A verb of impact whose subject is an event noun ("the quake hit at dawn", "a storm lashed the
    coast"): the clause tells that happening, so it is reported as one even without a date of its own.

    >>> tells_a_happening(nlp("The quake hit at dawn.")[2])  # doctest: +SKIP
    True
    """
    if verb.lemma_.lower() not in EVENT_IMPACT_VERBS:
        return False
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in EVENT_NOUNS for c in verb.children
    )


def happening_agent(verb: Token, participants: Sequence[Participant], text: str) -> list[Participant]:
    """For a verb of impact whose subject is an event noun (:func:`tells_a_happening`), that noun phrase as
    the agent, replacing another subject the parser also found ("A magnitude 6.4 earthquake struck": the
    parser may take "magnitude" for a second subject); the participants unchanged otherwise."""
    if not tells_a_happening(verb):
        return list(participants)
    noun = next(
        c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in EVENT_NOUNS
    )
    span = _compact(noun)
    if span is None or any(p.role == "agent" and p.start <= noun.idx < p.end for p in participants):
        return list(participants)
    agent = Participant("agent", text[span[0] : span[1]], span[0], span[1])
    return sorted([p for p in participants if p.role != "agent"] + [agent], key=lambda p: (p.start, p.role))


def _definite(noun: Token, in_headline: bool) -> bool:
    """Definite ("the quake", "its takeover", "Vantor's takeover"), or in a headline, which drops articles."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    if any(c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS for c in noun.children):
        return True
    return in_headline and not any(c.dep_ == "det" for c in noun.children)


def _another_occurrence(noun: Token) -> bool:
    """Modified as another occurrence, a plan or a denial ("a second quake", "the planned takeover")."""
    for child in noun.children:
        word = child.lower_
        if word in OTHER_OCCURRENCE_MODIFIERS or word in _IRREALIS_MODIFIERS or child.dep_ in ("nummod",):
            return True
        if child.dep_ == "det" and word in ("no", "any", "a", "an", "another", "each", "every"):
            return True
    return noun.head.lower_ in _IRREALIS_MODIFIERS or (noun.dep_ == "pobj" and noun.head.lower_ == "for")


#: Prepositions that make their object an argument of the verb ("continued with the primary", "voted for the
#: merger", "agreed to the takeover"), unlike those of a frame ("after the vote", "during the rally").
_ARGUMENT_PREPS = frozenset(("with", "for", "to", "into", "towards", "toward", "about"))


def _clause_verb(noun: Token) -> Token | None:
    """The verb (or auxiliary) of the clause a noun is in, walking up its heads; None for a verbless phrase."""
    tok = noun
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _argument_of(noun: Token, verb: Token) -> bool:
    """The noun is an argument of the clause verb (subject, object, or what such an argument is "of": "did
    not change the date of its election"), not in a frame around the clause ("following the vote")."""
    tok = noun
    while tok.dep_ == "conj" or (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
    ):
        tok = tok.head if tok.dep_ == "conj" else tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ in _ARGUMENT_PREPS:
        return tok.head.head.i == verb.i  # "continue its season with the primary", "voted for the merger"
    return tok.head.i == verb.i and tok.dep_ in _ARGUMENT_DEPS


def _asserted(noun: Token, in_headline: bool) -> bool:
    """The clause of an undated event noun does not make it planned, sought, prevented or unreal: its verb
    is a realis past (or a headline's present), not negated, modal, an infinitive ("decided to postpone
    its election") or a present perfect ("has secured the nomination": a new happening), nor a verb of
    planning or prevention (:data:`_PLAN_LEMMAS`); and the sentence is no question."""
    if noun.sent.text.rstrip().endswith("?"):
        return False
    verb = _clause_verb(noun)
    if verb is None or not _argument_of(noun, verb):
        return True  # a frame presupposes the happening ("after the vote", "at the time of his death")
    if verb.lemma_.lower() in _PLAN_LEMMAS or predicate_lemma(verb) in _PLAN_LEMMAS:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in verb.children):
        return False
    return _is_realis_past(verb, in_headline)


def _dated_otherwise(noun: Token, when: TimeSpan, timexes: Sequence[Timex]) -> bool:
    """The noun is the object or subject of a verb of aspect or support whose sentence gives a date the
    happening's time excludes ("began her protest on August 20, 2018" beside a January 2019 protest):
    that date is the noun's own."""
    verb = _clause_verb(noun)
    sent = noun.sent
    if (
        when.start is None
        or when.end is None
        or verb is None
        or not _argument_of(noun, verb)
        or verb.lemma_.lower() not in _ASPECTUAL | _SUPPORT_LEMMAS
    ):
        return False
    for timex in timexes:
        start, end = timex.interval
        if start is None or end is None or not timex.value[:1].isdigit():
            continue
        if sent.start_char <= timex.start < sent.end_char and (end < when.start or start > when.end):
            return True
    return False


def tokens_tagged(doc: Doc, pos: str, tag: str | None = None) -> list[int]:
    """Indices of the tokens with part of speech ``pos`` (and fine-grained ``tag``), found on the token
    arrays: a loop over every token of a Doc builds a Token object for each.

    >>> tokens_tagged(doc, "NOUN", "NN")  # doctest: +SKIP
    """
    from spacy.parts_of_speech import IDS
    from spacy.strings import get_string_id

    wanted = doc.to_array("POS") == IDS[pos]
    if tag is not None:
        wanted &= doc.to_array("TAG") == get_string_id(tag)
    return [int(i) for i in wanted.nonzero()[0]]


def _candidate(noun: Token, dated: bool, in_headline: bool) -> bool:
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and noun.dep_ != "compound"  # "impeachment investigation": the happening is the investigation
        and noun.lemma_.lower() in EVENT_NOUNS
        and noun.ent_type_ not in ("ORG", "WORK_OF_ART", "LAW", "EVENT")
        and (dated or _definite(noun, in_headline))
        and not _another_occurrence(noun)
    )


def noun_re_mentions(
    document: Document,
    doc: Doc,
    events: Sequence[tuple[EventMention, tuple[int, int]]],
    dated_nouns: dict[int, TimeSpan | None],
    *,
    timexes: Sequence[Timex] = (),
    reported: Callable[[Token], bool],
    in_headline: Callable[[int], bool],
) -> list[tuple[EventMention, tuple[int, int]]]:
    """The event nouns of one document that re-mention one of its dated ``events`` (with their trigger
    spans), as new event mentions with their trigger spans, sorted by offset.

    ``dated_nouns`` are event nouns with an accepted date of their own (token index -> time) that made no
    event (no participant, or the date also dates a verb); such a noun re-mentions only a happening of that
    date. A noun mapped to None has a date that does not tell a past happening (after publication) and is
    left out. An undated noun must be asserted by its clause (:func:`_asserted`) and its sentence must give no
    other date (``timexes``, the document's resolved time expressions). ``reported(noun)`` is true for nouns inside reported content (left to statements);
    ``in_headline(offset)`` tells whether a character offset is in the headline.

    >>> noun_re_mentions(document, doc, events, {}, reported=lambda t: False, in_headline=lambda o: False)  # doctest: +SKIP
    """
    triggers = {start for _, (start, _end) in events}
    dated: dict[str, list[EventMention]] = {}  # the dated happenings, by key (computed once, not per noun)
    for ev, _ in events:
        if ev.when is not None and ev.when.value != PAST_REF and ev.when.start is not None:
            dated.setdefault(mention_key(ev), []).append(ev)
    # event nouns dated by their own date, by key: descriptions of their happening too ("the April 14 quake")
    noun_dates: dict[str, list[tuple[int, str]]] = {}
    for i, when in dated_nouns.items():
        if when is not None and not _another_occurrence(doc[i]):
            noun_dates.setdefault(event_key(doc[i].lemma_.lower()), []).append((i, when.value))
    # keys of happenings the article tells without a date, left so by :func:`date_re_mentions` as not the
    # dated one ("the House voted" beside "the committee voted on June 12"): "the vote" may be either
    undated = {mention_key(ev) for ev, _ in events if ev.when is not None and ev.when.value == PAST_REF}
    keys_by_sentence: dict[int, set[str]] = {}
    for ev, _ in events:
        keys_by_sentence.setdefault(ev.start, set()).add(mention_key(ev))
    out = []
    for i in tokens_tagged(doc, "NOUN", "NN"):  # what _candidate asks first, read off the token arrays
        noun = doc[i]
        own = dated_nouns.get(noun.i)
        if noun.i in dated_nouns and own is None:
            continue  # dated, but not as a past happening ("the primary on February 29" to come)
        if noun.idx in triggers or not _candidate(noun, own is not None, in_headline(noun.idx)):
            continue
        if reported(noun) or document.is_boilerplate(noun.idx, noun.idx + len(noun.text)):
            continue
        key = event_key(noun.lemma_.lower())
        sent = noun.sent
        start, end = sent.start_char, sent.end_char
        while end > start and document.text[end - 1].isspace():
            end -= 1
        if key in keys_by_sentence.get(start, ()):
            continue  # the clause already tells it ("the quake struck"): one mention per clause
        participants = tuple(_noun_participants(noun, document.text))
        mention = EventMention(
            doc_id=document.id,
            start=start,
            end=end,
            text=document.text[start:end],
            predicate=noun.lemma_.lower(),
            description=_noun_description(noun),
            participants=participants,
            when=own,
        )
        # a noun naming who took part must share one with the happening ("Rosselló's resignation" / "Rosselló
        # resigned"): "the death of her husband" is not the "died on Monday" of the article's subject
        named = any(p.role in ("agent", "patient") for p in participants)
        wanted = ("same",) if named else ("same", None)
        related = [d for d in dated.get(key, ()) if _relation(doc, mention, d) in wanted]
        found = {d.when.value: d.when for d in related if d.when is not None}
        # a date of the other dated event nouns of this key that the related events lack makes it ambiguous
        others = {value for i, value in noun_dates.get(key, ()) if i != noun.i}
        if own is None and (others - set(found) or (key in undated and not named)):
            continue
        if own is None and found and not _asserted(noun, in_headline(noun.idx)):
            continue
        if own is None and len(found) == 1 and _dated_otherwise(noun, next(iter(found.values())), timexes):
            continue
        trigger = (noun.idx, noun.idx + len(noun.text))
        if len(found) == 1 and (own is None or own.value in found):
            ((_, when),) = found.items()
            out.append((replace(mention, when=replace(when, rule=REMENTION_RULE)), trigger))
        elif own is not None and participants:
            out.append((mention, trigger))  # "killed in Tuesday's quake in Haldia": dated by its own date
        else:
            continue
        keys_by_sentence.setdefault(start, set()).add(key)
    return out
