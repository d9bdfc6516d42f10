"""Events: clauses that report a happening, with the time the text gives it.

Precision comes first: not every sentence is an event. A clause is an event when it asserts that
something happened (past tense, or a headline's historical present; not negated, modal, future,
conditional, habitual or a question), is not speech or cognition (those are statements, handled by
:mod:`graphbuild.claims`; clauses inside reported content are left to them, except indirect speech
with a neutral cue of fact, :data:`~graphbuild.events_lexicon.FACTUAL_CUES`: "the quake struck on
Tuesday, officials said") nor a state or a trend ("has risen since 1987"), and has a participant. A
past tense dated after publication tells a plan, not a happening. Its time, most specific first:

1. a resolved calendar date the verb governs ("Bakhmut fell to Russian forces in May"); a past
   participle on a noun ("the merger announced on Monday") only when the date is not after
   publication, the noun being what underwent it;
2. an event noun the date modifies, when the date is not after publication ("Monday's crash of
   Flight 9", "the 2019 agreement between A and B"), described by its own noun phrase; a support
   verb lends its tense and date to an event noun object ("made its first flight on Tuesday"), and
   a verb of occurrence to an event noun subject ("the attack happened on Monday", "the summit
   took place in May");
3. the verb it is coordinated with or whose result it states ("seized the port on Monday and
   freed the crew", "crashed in June, killing 228"; not a verb of continuing, nor one with a time word
   of its own: :mod:`graphbuild.events_when`), a date that opens the sentence ("On Monday, rebels
   seized the port and the army fled"), or a "when" clause on a date or on a dated clause ("in
   February, when Castleford won", "no one was killed on Sunday when a jet slid off the runway");
4. the article itself: an undated past-tense happening verb (:data:`HAPPENING_LEMMAS`) in a
   main clause (or a factual subordinate one) naming a specific participant is dated "before
   publication" (TIMEX3 ``PAST_REF``, interval open at the start and ending on the publication
   day), which is all the text says; unless the article dates the same happening elsewhere
   (:mod:`graphbuild.events_rementions`: a headline's "minister quits" / "resigned on Friday").

An event noun that re-mentions the one dated happening of its article with the same key ("the takeover"
after "agreed on Monday to buy", "Tuesday's quake", a headline's "quake") is an event mention with that
date even with no participant of its own (:mod:`graphbuild.events_nouns`); the merger joins it to the
description it re-mentions. A particle verb or idiom is one predicate ("stepped down": ``step_down``,
:mod:`graphbuild.events_phrasal`).

An agent or patient that is a definite description or a pronoun becomes the named participant its
article ties it to ("Acme, the carmaker, ..." / "the carmaker recalled", "the two countries", "he"), so
outlets that name it differently share it when their descriptions are merged
(:mod:`graphbuild.events_coref`, :func:`~graphbuild.events_pronouns.antecedent`).

The word lists live in :mod:`graphbuild.events_lexicon`, the participant helpers in
:mod:`graphbuild.events_roles`, the clause helpers in :mod:`graphbuild.events_clause_shape` and the
short descriptions in :mod:`graphbuild.events_describe`; this module holds the entry points and the
dating rules, and re-exports the public word lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .datelines import shouted_headline_end
from .events_clause_shape import (
    _coordinated,
    _happening_noun,
    _has_thing_object,
    _is_realis_past,
    _main_clause,
    _occurring,
    _reduced_passive,
    _sharer,
    _support_object,
    _takes_clause,
    _takes_place,
    _tells_a_time_or_a_phase,
)
from .events_clauses import _chain, _no_happening, _over_a_span, _states_measure
from .events_control import (
    _agrees_on_something,
    controlled_action,
    controlled_description,
    controlled_participants,
    controlled_predicate,
    withholds_comment,
)
from .events_coref import resolve_descriptions
from .events_dating import (
    _governing_verb,
    _opens_sentence,
    _time_prep,
    _timex_is_point,
    _width,
    filed_verbs,
    offset_date,
)
from .events_describe import _description, _occurrence_description
from .events_doc_text import share_doc_text
from .events_headlines import headline_mentions
from .events_lexicon import (
    _AGREEMENT_LEMMAS,
    _COGNITION_LEMMAS,
    _HABITUAL,
    _IRREALIS_MODIFIERS,
    _MEASURE_OK,
    EVENT_NOUNS,
    FACTUAL_CUES,
    HAPPENING_LEMMAS,
    LIGHT_LEMMAS,
    NOMINAL_REPORT_LEMMAS,
    PAST_REF,
    REPORTING_LEMMAS,
    STATIVE_LEMMAS,
)
from .events_nounclause import clause_participants, settled_predicate
from .events_nouns import (
    _definite,
    _noun_participants,
    happening_agent,
    noun_re_mentions,
    tells_a_happening,
    tokens_tagged,
)
from .events_phrasal import is_phrasal_happening, predicate_lemma, small_clause_roles
from .events_published import (
    _after_publication,
    _before_publication,
    _in_headline,
    _not_after_publication,
)
from .events_rementions import date_re_mentions
from .events_roles import _compact as _compact  # re-exported: tests import it from here
from .events_roles import _names_someone, _participants
from .events_when import add_framed, add_when_dated, takes_shared_date, when_relative
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


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


#: Fewer letters than this in capitals are no shouted headline ("UN", "EU").
SHOUTED_MIN_LETTERS = 6


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
    share_doc_text(doc, document.analysis_text)  # doc is its parse (same offsets)
    quoted = [a.content for a in attributions if not _tells_what_happened(a)]
    best: dict[int, tuple[TimeSpan, Token]] = {}
    widths: dict[int, tuple[int, int]] = {}
    frames: set[int] = set()  # verbs dated by a frame that opens the sentence ("On Monday, ...")
    dated_nouns: dict[int, TimeSpan | None] = {}  # event nouns a date modifies, with that date if past
    dated_widths: dict[int, int] = {}
    # dated clauses that are no events, to count offsets from
    measured: dict[int, tuple[TimeSpan, Token]] = {}
    relatives: dict[int, tuple[TimeSpan, Token]] = {}  # "in February, when X won": clauses on a date
    anchored: dict[int, tuple[TimeSpan, Token]] = {}  # any verb a past date governs, for its "when" clauses
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.interval[0] is None or not timex.value[:1].isdigit():
            continue  # only calendar values date an event ("now", "the present" do not)
        if document.is_boilerplate(timex.start, timex.end):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        verb = _governing_verb(span)
        if verb is not None and verb.dep_ == "xcomp":
            action = controlled_action(verb.head)
            if action is not None and action.i == verb.i:
                # "began to withdraw on Monday": the date of the controlled action is the clause's
                verb = verb.head
        if not _timex_is_point(timex, doc, span):
            continue
        relative = when_relative(span)
        if relative is not None and not _after_publication(document, timex):
            relatives.setdefault(relative.i, (timex.to_timespan(), relative))
        noun = _event_noun(span)  # an event noun the date modifies may re-mention a happening (events_nouns)
        if noun is not None and noun.lemma_.lower() in EVENT_NOUNS:
            if not _is_event_noun(document, noun, timex, quoted):
                dated_nouns.setdefault(noun.i, None)  # "the vote on May 5" still to come: no re-mention
            elif noun.i not in dated_nouns or _width(timex) < dated_widths.get(noun.i, 1 << 31):
                dated_nouns[noun.i] = timex.to_timespan()
                dated_widths[noun.i] = _width(timex)
        if verb is not None and not _after_publication(document, timex):  # for its "when" clauses
            anchored.setdefault(verb.i, (timex.to_timespan(), verb))
        if verb is None:
            verb = _event_noun(span)  # "Monday's crash", "the merger in May"
            if verb is None or noun is None or dated_nouns.get(verb.i) is None:
                continue
        elif not _is_event_verb(document, verb, quoted):
            past = _is_realis_past(verb, _in_headline(document, verb.idx))
            if past and not _after_publication(document, timex):  # "told a rally on Sunday, a day after ..."
                measured.setdefault(verb.i, (timex.to_timespan(), verb))
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
    add_framed(best, frames, lambda v: _is_event_verb(document, v, quoted))
    _add_offsets(document, best, measured, shares, quoted)
    add_when_dated(
        best, {**anchored, **measured, **best}, relatives, lambda v: _is_event_verb(document, v, quoted)
    )
    _add_coordinated(document, best, shares, quoted)
    anchor = document.publication_day
    # "TAIPEI, March 2 - The bank issued ...": the story's news, happened by the day it was filed
    filed = filed_verbs(doc, timexes)
    if anchor is not None:
        for i in tokens_tagged(doc, "VERB"):
            verb = doc[i]
            if verb.i in best or not (_main_clause(verb) or i in filed):
                continue
            if (
                (_is_happening(verb) or _support_object(verb) is not None or tells_a_happening(verb))
                and not _takes_clause(verb)
                and _is_event_verb(document, verb, quoted)
            ):
                best[verb.i] = (_before_publication(anchor), verb)
        _add_coordinated(document, best, shares, quoted)

    events = []
    for i in sorted(best):
        when, verb = best[i]
        if verb.pos_ != "VERB":  # "Monday's crash of Flight 9", "an October explosion destroyed X"
            participants = _noun_participants(verb, document.text) or clause_participants(verb, document.text)
        else:
            participants = _participants(verb, document.text)
            participants = happening_agent(verb, participants, document.text)  # "an earthquake struck"
            participants = small_clause_roles(verb, participants, document.text)  # "found her guilty"
        sharer = shares.get(verb.i) or _sharer(verb)
        if sharer is not None and not any(p.role == "agent" for p in participants):
            inherited = happening_agent(sharer, _participants(sharer, document.text), document.text)
            participants = sorted(
                participants + [p for p in inherited if p.role == "agent"], key=lambda p: (p.start, p.role)
            )
        support = _support_object(verb) if verb.pos_ == "VERB" else None
        # "agreed on Sunday to acquire X", "voted to ratify": the happening is the action agreed or begun
        action = controlled_action(verb) if verb.pos_ == "VERB" and support is None else None
        if action is not None:
            participants = controlled_participants(participants, _participants(action, document.text))
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
        if support is None and verb.pos_ == "VERB" and _tells_a_time_or_a_phase(verb):
            continue  # "the year saw a record", "entered the year", "began by thanking the crowd": no happening
        # "the walkout began ...": a definite happening noun, no one named
        definite = support is not None and whole and _definite(support, False)
        if not participants and not (definite and when.value != PAST_REF):
            continue  # undated, "the rally started around 18:00" is left to the noun's re-mention (events_nouns)
        if (
            when.value == PAST_REF
            and not definite
            and verb.i not in filed
            and not _names_someone(verb, participants)
        ):
            continue
        sent = verb.sent
        start, end = sent.start_char, sent.end_char
        while end > start and document.text[end - 1].isspace():
            end -= 1
        # "made its maiden flight", "held talks": the happening is the object noun
        trigger = support if support is not None else action if action is not None else verb
        event = (
            EventMention(
                doc_id=document.id,
                start=start,
                end=end,
                text=document.text[start:end],
                predicate=controlled_predicate(verb, action, predicate_lemma(action))
                if action is not None
                else settled_predicate(trigger) or predicate_lemma(trigger),
                description=controlled_description(verb, action, participants)
                if action is not None
                else _occurrence_description(verb, support)
                if support is not None and whole and _occurring(verb) is not None
                else _description(support if support is not None and whole else verb, participants, support),
                participants=tuple(participants),
                when=when,
            ),
            (trigger.idx, trigger.idx + len(trigger.text)),
        )
        events.append(event)
    events.sort(key=lambda e: (e[0].start, e[0].predicate, e[0].description, e[1]))
    events = date_re_mentions(events, doc)  # a headline's "minister quits" takes "resigned on Friday"'s date
    events += headline_mentions(document, doc, events)  # "Okafor retires", misparsed: "retired on Tuesday"
    # "the takeover", "Tuesday's quake": event nouns naming a dated happening of the article
    events += noun_re_mentions(
        document,
        doc,
        events,
        dated_nouns,
        timexes=timexes,
        reported=lambda t: _inside(quoted, t.idx, t.idx + len(t.text)),
        in_headline=lambda offset: _in_headline(document, offset),
    )
    events.sort(key=lambda e: (e[0].start, e[0].predicate, e[0].description, e[1]))
    events = date_re_mentions(events, doc)  # "the quake hit" takes the date of "Tuesday's quake in X"
    shouted = shouted_headline_end(document.text, SHOUTED_MIN_LETTERS)
    if shouted:  # a headline in capitals is parsed too poorly to tell a happening ("SEEN SLUGGISH")
        events = [(event, trigger) for event, trigger in events if trigger[0] >= shouted]
    # "the carmaker", "the two countries": the names the article ties them to (events_coref)
    resolved = resolve_descriptions([event for event, _ in events], doc)
    return [(event, trigger) for event, (_, trigger) in zip(resolved, events, strict=True)]


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
            if not takes_shared_date(other, verb):
                continue  # "joined in 1982 and continued to work there", "and later released him"
            if when.value == PAST_REF and not _is_happening(other):
                continue  # without a date, only a happening verb is evidence of a happening
            if other.dep_ == "advcl" and not any(_is_happening(v) for v in _chain(other)):
                # nor does a participle after the clause, unless it or a verb joined to it is one: "crashed,
                # killing 228", "flew to X, observing the rescue and visiting the wounded"; not "bought a
                # stake, fuelling speculation" or "returned an image, showing sea ice"
                continue
            if other.i not in best and _is_event_verb(document, other, quoted):
                best[other.i] = (when, other)
                shares[other.i] = shares.get(verb.i, verb)
                todo.append(other.i)


def _add_offsets(
    document: Document,
    best: dict[int, tuple[TimeSpan, Token]],
    measured: dict[int, tuple[TimeSpan, Token]],
    shares: dict[int, Token],
    quoted: Sequence[tuple[int, int]],
) -> None:
    """Date a clause measured from a dated one ("released him on Saturday, two days after he was
    detained", :func:`~graphbuild.events_dating.offset_date`), when that day is not after publication,
    and the verbs that share its subject and time. The dated clause may be an event or any other clause
    asserted in the past (``measured``: "told a rally on Sunday, a day after a court released him")."""
    anchor = document.publication_day
    for i in sorted(set(best) | set(measured)):
        when, verb = best[i] if i in best else measured[i]
        if verb.pos_ != "VERB":
            continue
        action = controlled_action(verb)  # "agreed on Sunday to acquire X, two days after ...": on "acquire"
        clauses = list(verb.children) + (list(action.children) if action is not None else [])
        for clause in clauses:
            if clause.i in best or clause.pos_ != "VERB":
                continue
            day = offset_date(when, clause)
            if day is None or day.start is None or (anchor is not None and day.start > anchor):
                continue
            if _is_event_verb(document, clause, quoted):
                best[clause.i] = (day, clause)
    _add_coordinated(document, best, shares, quoted)


def _bare_lemma(verb: Token) -> str:
    return verb.lemma_.lower()


def _is_happening(verb: Token) -> bool:
    """A verb that reports a happening by itself: one of :data:`HAPPENING_LEMMAS`, or a particle verb or
    idiom that does (:func:`~graphbuild.events_phrasal.is_phrasal_happening`: "stepped down")."""
    return _bare_lemma(verb) in HAPPENING_LEMMAS or is_phrasal_happening(verb)


def _is_event_verb(document: Document, verb: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    """The filters every event verb passes: not speech (unless its object is a thing), light or
    stative; not a measurement; asserted as having happened; not inside reported content. A particle
    verb or idiom that reports a happening ("called off", "found her guilty") is none of the first."""
    lemma = _bare_lemma(verb)
    phrasal = is_phrasal_happening(verb)
    if (
        lemma in REPORTING_LEMMAS
        and not phrasal
        and not (lemma in NOMINAL_REPORT_LEMMAS and _has_thing_object(verb))
    ):
        return False
    if (lemma in LIGHT_LEMMAS or lemma in STATIVE_LEMMAS) and _support_object(verb) is None and not phrasal:
        return False
    if _takes_place(verb) and _support_object(verb) is None:
        return False  # "a couple of bombings took place": what took place is not an event noun we know
    if lemma not in _MEASURE_OK and _states_measure(verb):
        return False
    if not _is_realis_past(verb, _in_headline(document, verb.idx)):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children) or _over_a_span(verb):
        return False
    if _no_happening(verb) or withholds_comment(verb):
        return False  # "Baker declined comment", "Qtr ended Jan 31": nothing happened
    if lemma in _COGNITION_LEMMAS and not phrasal and any(c.dep_ == "ccomp" for c in verb.children):
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
