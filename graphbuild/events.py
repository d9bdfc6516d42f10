"""Events: clauses that report a happening, with the time the text gives it.

Precision comes first: not every sentence is an event. A clause is an event when it asserts that
something happened (past tense, or a headline's historical present; not negated, modal, future,
conditional, habitual or a question), is not speech or cognition (those are statements, handled by
:mod:`graphbuild.claims`; clauses inside reported content are left to them, except indirect speech
with a neutral cue of fact, :data:`~graphbuild.events_lexicon.FACTUAL_CUES`: "the quake struck on
Tuesday, officials said") nor a state or a trend ("has risen since 1987"), and has a participant. A
past tense dated after publication tells a plan, not a happening. Its time comes from, most specific
first:

1. a resolved calendar date the verb governs ("Bakhmut fell to Russian forces in May"); a past
   participle on a noun ("the merger announced on Monday") only when the date is not after
   publication, the noun being what underwent it;
2. an event noun the date modifies, when the date is not after publication ("Monday's crash of
   Flight 9", "the 2019 agreement between A and B"), described by its own noun phrase; a support
   verb lends its tense and date to an event noun object ("made its first flight on Tuesday"), and
   a verb of occurrence to an event noun subject ("the attack happened on Monday", "the summit
   took place in May");
3. the verb it is coordinated with or whose result it states ("seized the port on Monday and
   freed the crew", "crashed in June, killing 228"), or a date that opens the sentence ("On
   Monday, rebels seized the port and the army fled");
4. the article itself: an undated past-tense happening verb (:data:`HAPPENING_LEMMAS`) in a
   main clause (or a factual subordinate one) naming a specific participant is dated "before
   publication" (TIMEX3 ``PAST_REF``, interval open at the start and ending on the publication
   day), which is all the text says; unless the article dates the same happening elsewhere
   (:mod:`graphbuild.events_rementions`: a headline's "minister quits" / "resigned on Friday").

The word lists live in :mod:`graphbuild.events_lexicon`, the participant and clause helpers in
:mod:`graphbuild.events_roles` and the short descriptions in :mod:`graphbuild.events_describe`; this
module holds the entry points and the dating rules, and re-exports the public word lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from .events_clauses import _chain, _evaluates, _over_a_span, _reception, _states_measure
from .events_describe import _description
from .events_lexicon import (
    _ADVERBIAL_DEPS,
    _AGREEMENT_LEMMAS,
    _ANAPHORIC_TIMEX,
    _CLOCK_ONLY,
    _COGNITION_LEMMAS,
    _HABITUAL,
    _IRREALIS_MODIFIERS,
    _MEASURE_OK,
    _RANGE_IN_TEXT,
    _RANGE_WORDS,
    _TIME_PREPS,
    EVENT_NOUNS,
    FACTUAL_CUES,
    HAPPENING_LEMMAS,
    LIGHT_LEMMAS,
    NOMINAL_REPORT_LEMMAS,
    PAST_REF,
    REPORTING_LEMMAS,
    STATIVE_LEMMAS,
)
from .events_rementions import date_re_mentions
from .events_roles import (
    _agrees_on_something,
    _compact,  # noqa: F401 (re-exported: tests import it from here)
    _coordinated,
    _happening_noun,
    _has_thing_object,
    _is_realis_past,
    _main_clause,
    _names_someone,
    _noun_participants,
    _participants,
    _presents_a_time,
    _reduced_passive,
    _sharer,
    _support_object,
    _takes_clause,
    _takes_place,
)
from .model import Attribution, Document, EventMention, TimeSpan, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "EVENT_NOUNS",
    "HAPPENING_LEMMAS",
    "LIGHT_LEMMAS",
    "NOMINAL_REPORT_LEMMAS",
    "PAST_REF",
    "REPORTING_LEMMAS",
    "STATIVE_LEMMAS",
    "extract_event_triggers",
    "extract_events",
]


def _tells_what_happened(attribution: Attribution) -> bool:
    """Reported content whose happenings are events too: indirect speech with a neutral cue of fact
    ("the quake struck on Tuesday, officials said", "according to the agency"); the clause must still
    pass every test of an event (past, not negated, not modal). Quotations, opinions and hedged cues
    ("claimed", "alleged", "denied", "warned") stay statements only."""
    return attribution.mode == "indirect" and (attribution.cue_lemma or "") in FACTUAL_CUES


def _time_prep(prep: Token) -> bool:
    """A preposition that frames a time: one of :data:`_TIME_PREPS`, unless it is the "as" of "as of",
    which dates a running total ("recorded 611 aftershocks as of Saturday"), not a happening."""
    if prep.lower_ == "as" and any(c.lower_ == "of" and c.dep_ == "prep" for c in prep.children):
        return False
    return prep.lower_ in _TIME_PREPS


def _attaches_to_verb(noun: Token) -> bool:
    """A noun on the way up from a date lets the date reach the verb only as an adverbial frame:
    the object of a time preposition on the verb ("in the 2016 election, X lost"), not of one
    that relates it to the verb otherwise ("via the December 20 signing", "after an attack in 2015")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
        and _time_prep(prep)
        and prep.lower_ != "as"  # "announced X as 2020 running mate": a role, not a time frame
    )


def _between_subject_and_verb(subject: Token, prep: Token) -> bool:
    """True when an "on" phrase the parser hung on a verb's subject stands between the subject and the
    verb ("A federal jury on Wednesday convicted ...", "The Commission on Monday opened ..."): in that
    place it dates the verb. Not when the subject is an event noun, which the phrase dates itself ("the
    attack on Monday was condemned"), nor for "in" ("an eruption in Alaska in 2008 was found ...")."""
    verb = subject.head
    if (
        subject.dep_ not in ("nsubj", "nsubjpass")
        or verb.pos_ != "VERB"
        or prep.dep_ != "prep"
        or prep.head.i != subject.i
        or prep.lower_ != "on"
        or subject.lemma_.lower() in EVENT_NOUNS
        or not subject.i < prep.i < verb.i
    ):
        return False
    between = subject.doc[prep.right_edge.i + 1 : verb.i]
    return all(t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in between)


def _governing_verb(span: Span) -> Token | None:
    """The verb the time expression modifies, or None when the date belongs to something else.

    Walking up the dependency tree from the date, a noun on the way ("the 1973 building",
    "the attacks of 2001", "the trial in 1998") means the date dates that thing, not a
    happening the verb reports; an adverbial frame ("in Sunday's election") is let through.
    The date must reach the verb through time prepositions only ("in May", not "shifted to
    August" or "much of August"), and a clause head on the way (a copula: "Friday night was the
    fourth night ...; the protest started ...") keeps the date in its own clause.
    """
    tok = span.root
    sent = span.sent
    inside = range(span.start, span.end)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return None  # the "date" is an argument ("1720 had been discharged", "Monday saw ...")
    while tok.head.i != tok.i:
        child, tok = tok, tok.head
        if tok.i < sent.start or tok.i >= sent.end:
            return None
        if tok.i in inside:
            continue
        if tok.pos_ == "ADP":
            if tok.dep_ != "prep" or not _time_prep(tok):
                return None  # a goal, purpose or relation, not a time ("to August", "for May 5")
            continue
        if tok.pos_ == "VERB":
            if child.dep_ not in _ADVERBIAL_DEPS and child.i not in inside:
                return None
            return tok
        if tok.pos_ == "AUX" and child.dep_ not in ("aux", "auxpass"):
            return None  # a copular clause head: the date belongs to that clause
        if _between_subject_and_verb(tok, child):
            return tok.head  # "A jury on Wednesday convicted ...": parsed onto the subject
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ") and not _attaches_to_verb(tok):
            return None  # the date modifies a noun ("the 2020 caucus", "much of August")
    return None


def _timex_is_point(timex: Timex, doc: Doc, span: Span) -> bool:
    """False for dates that cannot place an event on the timeline: ranges, anaphoric
    relatives ("two years later") and bare clock times resolved against the publication day."""
    text = timex.text.strip()
    if _ANAPHORIC_TIMEX.search(text) or _RANGE_IN_TEXT.search(text):
        return False
    if timex.type == "TIME" and _CLOCK_ONLY.match(text):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end : span.end + 2]
    if before in _RANGE_WORDS - {"to", "and"}:
        return False
    if before in ("-", "–", "—", "to", "and") and span.start > 1 and doc[span.start - 2].like_num:
        return False
    return not (len(after) == 2 and after[0].lower_ in _RANGE_WORDS and after[1].like_num)


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def extract_events(
    document: Document,
    doc: Doc,
    timexes: Sequence[Timex],
    attributions: Sequence[Attribution] = (),
) -> list[EventMention]:
    """Dated events described in one document, one per event verb, sorted by offset.

    ``doc`` is spaCy's parse of ``document.analysis_text``; ``timexes`` are the
    document's resolved time expressions; clauses inside ``attributions``'
    content are skipped (they are statements).

    >>> extract_events(document, nlp(document.analysis_text), timexes)  # doctest: +SKIP
    [EventMention(predicate='annex', when=TimeSpan(value='2014', ...), ...)]
    """
    return [event for event, _ in extract_event_triggers(document, doc, timexes, attributions)]


def extract_event_triggers(
    document: Document,
    doc: Doc,
    timexes: Sequence[Timex],
    attributions: Sequence[Attribution] = (),
) -> list[tuple[EventMention, tuple[int, int]]]:
    """:func:`extract_events` with the character span of each event's trigger word (the verb or
    event noun), for scoring against corpora that mark triggers.

    Four rules, most specific first: a verb that governs a resolved calendar date is dated by
    it; so is an event noun the date modifies ("Monday's crash of Flight 9", "the merger of A and B
    in May") when the date is not after publication; a verb coordinated with such a verb ("seized the port on Monday and freed the crew")
    shares its date; a past-tense happening verb (:data:`HAPPENING_LEMMAS`) in a main clause
    with a named participant and no date of its own is dated "before publication" (TIMEX3
    ``PAST_REF`` ending on the publication day), which is all the text says.
    """
    quoted = [a.content for a in attributions if not _tells_what_happened(a)]
    best: dict[int, tuple[TimeSpan, Token]] = {}
    widths: dict[int, tuple[int, int]] = {}
    frames: set[int] = set()  # verbs dated by a frame that opens the sentence ("On Monday, ...")
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.interval[0] is None or not timex.value[:1].isdigit():
            continue  # only calendar values date an event ("now", "the present" do not)
        if document.is_boilerplate(timex.start, timex.end):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        verb = _governing_verb(span)
        if not _timex_is_point(timex, doc, span):
            continue
        if verb is None:
            verb = _event_noun(span)  # "Monday's crash", "the merger in May"
            if verb is None or not _is_event_noun(document, verb, timex, quoted):
                continue
        elif not _is_event_verb(document, verb, quoted):
            continue
        elif _reduced_passive(verb) and not _not_after_publication(document, timex):
            continue  # a participle has no tense: "the summit held in May" may still be to come
        elif _after_publication(document, timex):
            continue  # a past tense with a later date tells a plan ("said it planned six launches next year")
        # keep the most specific date for a verb: the narrowest interval, then the nearest one
        key = (_width(timex), abs(span.root.i - verb.i))
        if verb.i not in best or key < widths[verb.i]:
            best[verb.i] = (timex.to_timespan(), verb)
            widths[verb.i] = key
            if _opens_sentence(span, verb):
                frames.add(verb.i)
            else:
                frames.discard(verb.i)
    shares: dict[int, Token] = {}  # verb index -> the verb whose subject and time it shares
    _add_coordinated(document, best, shares, quoted)
    _add_framed(document, best, frames, quoted)
    anchor = _publication_day(document)
    if anchor is not None:
        for verb in doc:
            if verb.i in best or verb.pos_ != "VERB" or not _main_clause(verb):
                continue
            if (
                (_bare_lemma(verb) in HAPPENING_LEMMAS or _support_object(verb) is not None)
                and not _takes_clause(verb)
                and _is_event_verb(document, verb, quoted)
            ):
                best[verb.i] = (_before_publication(anchor), verb)
        _add_coordinated(document, best, shares, quoted)

    events = []
    for i in sorted(best):
        when, verb = best[i]
        if verb.pos_ != "VERB":
            participants = _noun_participants(verb, document.text)
        else:
            participants = _participants(verb, document.text)
        sharer = shares.get(verb.i) or _sharer(verb)
        if sharer is not None and not any(p.role == "agent" for p in participants):
            inherited = _participants(sharer, document.text)
            participants = sorted(
                participants + [p for p in inherited if p.role == "agent"], key=lambda p: (p.start, p.role)
            )
        support = _support_object(verb) if verb.pos_ == "VERB" else None
        # "the attack on the embassy happened", "Monday saw the collapse of the coalition": the noun
        # is the whole happening, with its own participants and its own description
        whole = support is not None and _happening_noun(verb) is not None
        if support is not None:  # the object is the happening itself, not a participant in it
            participants = [p for p in participants if not p.start <= support.idx < p.end]
            if whole:
                place = [c.idx for c in verb.children if c.dep_ == "dobj"] if _takes_place(verb) else []
                participants = sorted(
                    [p for p in participants if p.start not in place]
                    + _noun_participants(support, document.text),
                    key=lambda p: (p.start, p.role),
                )
        if support is None and verb.pos_ == "VERB" and _presents_a_time(verb):
            continue  # "the year saw a record": a time presenting no happening is no event
        if not participants:
            continue
        if when.value == PAST_REF and not _names_someone(verb, participants):
            continue
        sent = verb.sent
        start, end = sent.start_char, sent.end_char
        while end > start and document.text[end - 1].isspace():
            end -= 1
        # "made its maiden flight", "held talks": the happening is the object noun
        trigger = support if support is not None else verb
        event = (
            EventMention(
                doc_id=document.id,
                start=start,
                end=end,
                text=document.text[start:end],
                predicate=trigger.lemma_.lower(),
                description=_description(
                    support if support is not None and whole else verb, participants, support
                ),
                participants=tuple(participants),
                when=when,
            ),
            (trigger.idx, trigger.idx + len(trigger.text)),
        )
        events.append(event)
    events.sort(key=lambda e: (e[0].start, e[0].predicate, e[0].description, e[1]))
    return date_re_mentions(events, doc)  # a headline's "minister quits" takes "resigned on Friday"'s date


def _add_coordinated(
    document: Document,
    best: dict[int, tuple[TimeSpan, Token]],
    shares: dict[int, Token],
    quoted: Sequence[tuple[int, int]],
) -> None:
    """Give verbs that share an event verb's subject and time (:func:`_coordinated`) its date."""
    todo = sorted(best)
    while todo:
        when, verb = best[todo.pop(0)]
        for other in _coordinated(verb):
            if when.value == PAST_REF and _bare_lemma(other) not in HAPPENING_LEMMAS:
                continue  # without a date, only a happening verb is evidence of a happening
            if other.dep_ == "advcl" and not any(_bare_lemma(v) in HAPPENING_LEMMAS for v in _chain(other)):
                # nor does a participle after the clause, unless it or a verb joined to it is one: "crashed,
                # killing 228", "flew to X, observing the rescue and visiting the wounded"; not "bought a
                # stake, fuelling speculation" or "returned an image, showing sea ice"
                continue
            if other.i not in best and _is_event_verb(document, other, quoted):
                best[other.i] = (when, other)
                shares[other.i] = shares.get(verb.i, verb)
                todo.append(other.i)


def _opens_sentence(span: Span, verb: Token) -> bool:
    """True when the date opens the sentence before the verb's clause ("On Monday, rebels seized
    ..."): a frame over the whole sentence, not a modifier of one clause."""
    sent = span.sent
    before = [t for t in sent if t.i < span.start and not t.is_space]
    return verb.i > span.end and all(t.pos_ in ("ADP", "PUNCT", "DET") for t in before)


def _add_framed(
    document: Document,
    best: dict[int, tuple[TimeSpan, Token]],
    frames: set[int],
    quoted: Sequence[tuple[int, int]],
) -> None:
    """Give clauses coordinated with a verb dated by a sentence-opening frame that date too, even
    with subjects of their own ("On Monday, rebels seized the port and the army fled")."""
    for i in sorted(frames):
        when, verb = best[i]
        for child in verb.children:
            if (
                child.dep_ == "conj"
                and child.pos_ == "VERB"
                and child.i not in best
                and _is_event_verb(document, child, quoted)
            ):
                best[child.i] = (when, child)


def _before_publication(anchor: date) -> TimeSpan:
    """The time of an undated past happening: on or before the publication day."""
    return TimeSpan(
        text="",
        value=PAST_REF,
        type="DATE",
        start=None,
        end=anchor,
        granularity=None,
        anchor=anchor,
        rule="events:past-tense-before-publication",
    )


def _publication_day(document: Document) -> date | None:
    p = document.published
    if p is None or p.start is None or p.start != p.end:
        return None
    return p.start


def _bare_lemma(verb: Token) -> str:
    return verb.lemma_.lower()


def _is_event_verb(document: Document, verb: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    """The filters every event verb passes: not speech (unless its object is a thing), light or
    stative; not a measurement; asserted as having happened; not inside reported content."""
    lemma = _bare_lemma(verb)
    if lemma in REPORTING_LEMMAS and not (lemma in NOMINAL_REPORT_LEMMAS and _has_thing_object(verb)):
        return False
    if (lemma in LIGHT_LEMMAS or lemma in STATIVE_LEMMAS) and _support_object(verb) is None:
        return False
    if _takes_place(verb) and _support_object(verb) is None:
        return False  # "a couple of bombings took place": what took place is not an event noun we know
    if lemma not in _MEASURE_OK and _states_measure(verb):
        return False
    if not _is_realis_past(verb, _in_headline(document, verb.idx)):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children) or _over_a_span(verb):
        return False
    if _evaluates(verb) or _reception(verb):
        return False
    if lemma in _COGNITION_LEMMAS and any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "the jury decided (that) two participants performed ...": a judgement
    if lemma in _AGREEMENT_LEMMAS and not _agrees_on_something(verb):
        return False  # "La Riva agreed", "Carroll agreed with Smith": an opinion shared
    return not _inside(quoted, verb.idx, verb.idx + len(verb.text))


def _event_noun(span: Span) -> Token | None:
    """The noun a date modifies directly: as a possessive ("Monday's crash"), a modifier ("the
    May 5 launch") or through a time preposition ("the crash on Monday", "the attacks of 2001")."""
    tok = span.root
    head = tok.head
    if tok.dep_ in ("poss", "compound", "nummod", "nmod", "npadvmod", "amod") and head.pos_ == "NOUN":
        return head if head.i not in range(span.start, span.end) else None
    if tok.dep_ == "pobj" and head.dep_ == "prep" and (_time_prep(head) or head.lower_ == "of"):
        noun = head.head
        return noun if noun.pos_ == "NOUN" else None
    return None


def _is_event_noun(document: Document, noun: Token, timex: Timex, quoted: Sequence[tuple[int, int]]) -> bool:
    """An event noun (:data:`EVENT_NOUNS`) that reports a happening: its date is not after the
    publication day, nothing marks it as planned or denied, and it is not in reported content."""
    if noun.lemma_.lower() not in EVENT_NOUNS or noun.ent_type_ in ("ORG", "WORK_OF_ART", "LAW", "EVENT"):
        return False
    if not _not_after_publication(document, timex):
        return False  # a noun has no tense: only a past date says it happened
    for child in noun.children:
        if child.lower_ in _IRREALIS_MODIFIERS or (child.dep_ == "det" and child.lower_ in ("no", "any")):
            return False
    if noun.head.lower_ in _IRREALIS_MODIFIERS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return False  # a goal or purpose ("ran for the 2008 nomination"), not a happening reported
    return not _inside(quoted, noun.idx, noun.idx + len(noun.text))


def _not_after_publication(document: Document, timex: Timex) -> bool:
    """True when the date starts on or before the publication day (which must be known)."""
    anchor = _publication_day(document)
    return anchor is not None and timex.interval[0] is not None and timex.interval[0] <= anchor


def _after_publication(document: Document, timex: Timex) -> bool:
    """True when the date starts after the publication day (which must be known)."""
    anchor = _publication_day(document)
    return anchor is not None and timex.interval[0] is not None and timex.interval[0] > anchor


def _in_headline(document: Document, offset: int) -> bool:
    """Headlines tell past events in the present tense ("Rebels seize airport")."""
    title = document.title.strip()
    return bool(title) and document.text.lstrip().startswith(title) and offset < len(title)


def _width(timex: Timex) -> int:
    start, end = timex.interval
    if start is None or end is None:
        return 1 << 30
    return (end - start).days
