"""Which verb or event noun a time expression dates, for :mod:`graphbuild.events`.

A date dates the verb it reaches through time prepositions only ("in May", "on Monday", "before dawn on
Tuesday"), not one it relates to otherwise ("shifted to August", "after the attack in 2015"), nor a noun on
the way ("the 1973 building"), nor a clause of its own; and only a point in time does (not a range, an
anaphoric "two years later" or a bare clock time).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from .events_doc_text import _doc_text
from .events_lexicon import (
    _ADVERBIAL_DEPS,
    _ANAPHORIC_TIMEX,
    _CLOCK_ONLY,
    _DAYTIME_NOUNS,
    _FRAME_NOUNS,
    _RANGE_IN_TEXT,
    _RANGE_WORDS,
    _SUPPORT_LEMMAS,
    _TIME_NOUNS,
    _TIME_PREPS,
    EVENT_NOUNS,
)
from .events_roles import _dateline_end
from .model import TimeSpan
from .temporal.lexicon import number_value

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .model import Timex


def _time_prep(prep: Token) -> bool:
    """A preposition that frames a time: one of :data:`_TIME_PREPS`, unless it is the "as" of "as of",
    which dates a running total ("recorded 611 aftershocks as of Saturday"), not a happening."""
    if prep.lower_ == "as" and any(c.lower_ == "of" and c.dep_ == "prep" for c in prep.children):
        return False
    if prep.lower_ in ("before", "after"):  # "before dawn on Tuesday": a time of day on a day frames the verb
        return any(
            c.dep_ == "pobj"
            and c.lemma_.lower() in _DAYTIME_NOUNS
            and any(g.dep_ == "prep" and g.lower_ in ("on", "of") for g in c.children)
            for c in prep.children
        )  # not a bare "just after midnight", which may be any day's
    return prep.lower_ in _TIME_PREPS


def _attaches_to_verb(noun: Token, child: Token) -> bool:
    """A noun on the way up from a date (reached from ``child``) lets the date reach the verb only as an
    adverbial frame: the object of a time preposition on the verb ("in the 2016 election, X lost"), not of
    one that relates it to the verb otherwise ("via the December 20 signing", "after an attack in 2015"),
    nor a thing of some kind the date describes (:func:`_describes_a_thing`: "detained on a 2024 warrant")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
        and _time_prep(prep)
        and prep.lower_ != "as"  # "announced X as 2020 running mate": a role, not a time frame
        and not _describes_a_thing(noun, child)
    )


def _describes_a_thing(noun: Token, child: Token) -> bool:
    """A date modifying an indefinite noun that is no time or happening ("a 2024 warrant", "a recalled 2005
    Opel Zafira"): it tells what kind of thing that is, not when the verb happened. A definite or possessed
    noun keeps its date ("at the 2003 London Marathon", "during his 2018 run"), as does a misparse with no
    determiner ("on Sunday Presidents ... signed")."""
    if (
        noun.pos_ not in ("NOUN", "PROPN")
        or child.dep_ not in ("nummod", "compound", "amod")
        or _frames_a_time(noun)
    ):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _frames_a_time(noun: Token) -> bool:
    """A noun through which a date it carries can date a verb: a happening ("on a 2019 visit"), a time or
    part of one ("on the Monday evening") or a named event ("at the 2012 Olympics")."""
    lemma = noun.lemma_.lower()
    return (
        lemma in EVENT_NOUNS
        or lemma in _TIME_NOUNS
        or lemma in _FRAME_NOUNS
        or lemma in _DAYTIME_NOUNS
        or noun.ent_type_ in ("DATE", "TIME", "EVENT")
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


#: Prepositions of place or path whose object a date after it is often hung on by the parser though it
#: dates the verb ("skidded off the runway on Sunday", "moved into the building in May").
_PLACE_PREPS = frozenset(
    ("off", "from", "into", "onto", "to", "near", "outside", "inside", "across", "through", "toward", "towards")
)  # fmt: skip


def _low_attached(noun: Token, prep: Token) -> Token | None:
    """The verb a date phrase the parser hung on one of its arguments dates: a time preposition or a bare
    date after the verb's object ("seized the port on Monday", "began a strike on Wednesday", "dropped
    $3 million worth of ads this week") or after the object of a
    preposition of place on the verb ("slid off the runway on Sunday"). None when that noun is a happening
    the date may date by itself ("condemned the attack on Monday", "after the attack in 2015"), unless the
    verb only supports it ("began a strike on Wednesday"), or a time, or a pronoun."""
    if prep.dep_ in ("npadvmod", "tmod"):
        # a bare date after the object of a finite verb ("dropped $3 million worth of ads this week"); after a
        # participle's object it tells the object's time ("referring to Mr. Trump's vow last week")
        if prep.i < noun.i or noun.head.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
    elif prep.dep_ != "prep" or prep.i < noun.i or prep.lower_ in ("as", "of") or not _time_prep(prep):
        return None
    lemma = noun.lemma_.lower()
    if (
        noun.pos_ not in ("NOUN", "PROPN")
        or lemma in _TIME_NOUNS
        or lemma in _FRAME_NOUNS
        or lemma in _DAYTIME_NOUNS
    ):
        return None
    if noun.ent_type_ in ("DATE", "TIME", "EVENT"):
        return None
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        supported = head.lemma_.lower() in _SUPPORT_LEMMAS
        return head if lemma not in EVENT_NOUNS or supported else None
    if (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in _PLACE_PREPS
        and head.head.pos_ == "VERB"
        and lemma not in EVENT_NOUNS
    ):
        return head.head
    if (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in ("to", "by")
        and head.head.pos_ == "VERB"
        and not any(c.dep_ == "dobj" for c in head.head.children)
        and lemma not in EVENT_NOUNS
        and any(c.like_num and c.dep_ in ("nummod", "compound", "quantmod") for c in noun.children)
    ):
        return head.head  # "the surplus rose to 3.6 billion crowns in February": the figure reached then
    return None


#: A figure compared with, right before a time expression ("increased 1.1 pct after 2.0 pct in 1985",
#: "rose to 81 from 79-1/4 at the close last night", "against 4.5 pct in December"): the time is that
#: figure's, not the happening's, also right after the figure's unit ("from 870 mln dlrs last year"). A
#: day "on" it is the happening's ("raised to eight pct from 7-1/4 on January 2"), and so is the time of a
#: figure reached "to" after it ("slipped from 30 dlrs in late 1985 to 10 dlrs in 1986").
_COMPARED_FIGURE = re.compile(
    r"\b(?:after|against|from|versus|vs\.?|compared\s+(?:with|to))\s+(?:\w+ing\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|approximately|over|under)\s+)?"
    r"(?:revised\s+|adjusted\s+)?[-+]?\d[\d.,/-]*(?P<figure_end>)\s*(?:pct|percent|per\s+cent|%)?"
    r"(?:\s+(?:(?!to\b)[\w.,/-]+\s+){0,6}?(?:in|during|for|at|the|close|end|of)\b)*"
    r"(?:\s+(?!to\b|on\b)[a-z]+){0,2}\s*\Z",
    re.IGNORECASE,
)


def _compared_figure_time(span: Span) -> bool:
    """Whether the time expression ``span`` follows a figure compared with (:data:`_COMPARED_FIGURE`),
    with no verb between them ("the 166,000 dlrs paid for a seat in 1981" is a happening's time)."""
    sent = span.sent
    m = _COMPARED_FIGURE.search(
        _doc_text(span.doc), max(sent.start_char, span.start_char - 120), span.start_char
    )
    if m is None:
        return False
    between = span.doc.char_span(m.end("figure_end"), span.start_char, alignment_mode="expand")
    return between is None or not any(t.pos_ in ("VERB", "AUX") for t in between)


def _governing_verb(span: Span) -> Token | None:
    """The verb the time expression modifies, or None when the date belongs to something else.

    Walking up the dependency tree from the date, a noun on the way ("the 1973 building",
    "the attacks of 2001", "the trial in 1998") means the date dates that thing, not a
    happening the verb reports; an adverbial frame ("in Sunday's election") is let through.
    The date must reach the verb through time prepositions only ("in May", not "shifted to
    August" or "much of August"), and a clause head on the way (a copula: "Friday night was the
    fourth night ...; the protest started ...") keeps the date in its own clause. A wire dateline's
    date ("LONDON, March 4 - ") is the day the story was filed and dates no verb of its sentence.
    """
    if span.start_char < _dateline_end(span[0]):
        return None  # "LONDON, March 4 - X has suffered ...": the day the story was filed
    return _verb_of(span)


def filed_verbs(doc: Doc, timexes: Sequence[Timex]) -> set[int]:
    """The verbs a wire dateline's date governs ("TAIPEI, March 2 - The Central Bank issued ..."): what
    they tell happened by the day the story was filed, which is all the dateline says of their time."""
    verbs = set()
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and len(span) and span.start_char < _dateline_end(span[0]):
            verb = _verb_of(span)
            if verb is not None:
                verbs.add(verb.i)
    return verbs


def _verb_of(span: Span) -> Token | None:
    """:func:`_governing_verb`, a dateline's date included."""
    tok = span.root
    sent = span.sent
    inside = range(span.start, span.end)
    if _compared_figure_time(span):
        return None  # "rose 1.1 pct after 2.0 pct in 1985": the time of the figure compared with
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return None  # the "date" is an argument ("1720 had been discharged", "Monday saw ...")
    if any(
        t.dep_ == "pobj"
        and t.i != tok.i
        and t.ent_type_ not in ("DATE", "TIME")  # "By 9 a.m. Sunday", "for the quarter last year": a time
        and t.head.i not in inside
        and t.head.dep_ == "prep"
        and not _time_prep(t.head)
        for t in span
    ):
        return None  # a name split by the parser: "prior to Super Tuesday" (Super under "to", Tuesday on the verb)
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
            if tok.dep_ in ("aux", "auxpass") and tok.head.pos_ == "VERB" and child.dep_ in _ADVERBIAL_DEPS:
                return tok.head  # "Police had last month charged him": hung on the auxiliary of the verb
            return None  # a copular clause head: the date belongs to that clause
        if _between_subject_and_verb(tok, child):
            return tok.head  # "A jury on Wednesday convicted ...": parsed onto the subject
        low = _low_attached(tok, child)
        if low is not None:
            return low  # "seized the port on Monday", "slid off the runway on Sunday": hung on the noun
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ") and not _attaches_to_verb(tok, child):
            return None  # the date modifies a noun ("the 2020 caucus", "much of August")
    return None


#: Range words that open a range, never continue one after its first end.
_OPENING_WORDS = frozenset(("from", "between", "since"))


def _timex_is_point(timex: Timex, doc: Doc, span: Span) -> bool:
    """False for dates that cannot place an event on the timeline: ranges, anaphoric
    relatives ("two years later"), bare clock times resolved against the publication day and the
    span of a running total ("bringing issues so far this year to 134.5 billion")."""
    text = timex.text.strip()
    if _ANAPHORIC_TIMEX.search(text) or _RANGE_IN_TEXT.search(text):
        return False
    if timex.type == "TIME" and _CLOCK_ONLY.match(text):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end : span.end + 2]
    so_far = before == "far" and span.start > 1 and doc[span.start - 2].lower_ == "so"
    if before in _RANGE_WORDS - {"to", "and"} or so_far:
        return False
    if before in ("-", "–", "—", "to", "and") and span.start > 1 and doc[span.start - 2].like_num:
        return False
    # "May 5 to 7", not "rose in February from 1.5 billion" or "widened in February to 957 mln" (figures)
    return not (
        len(after) == 2 and after[0].lower_ in _RANGE_WORDS - _OPENING_WORDS and _day_or_year(after[1])
    )


def _day_or_year(tok: Token) -> bool:
    """Whether ``tok`` can end a range of dates: a number of a day of the month or of a year."""
    if not tok.like_num:
        return False
    if not tok.text.isdigit():
        return not any(c.isdigit() for c in tok.text)  # "seven", not "1.5"
    return int(tok.text) <= 31 or 1000 <= int(tok.text) <= 2199


#: The rule of a date counted from the dated clause a subordinate clause is measured against.
OFFSET_RULE = "events:offset-from-dated-clause"
#: Units of an offset between two clauses, in days ("two days after", "a week after"); minutes and moments
#: keep the day ("minutes after he landed"), hours may not ("hours before regulators moved in").
_OFFSET_DAYS = {"day": 1, "week": 7, "minute": 0, "moment": 0}


def offset_date(when: TimeSpan, clause: Token) -> TimeSpan | None:
    """The day of a clause measured in days or weeks from a clause dated to one day: "released him on
    Saturday, two days after he was detained" -> Thursday; "ratified on Monday, a week after the two
    countries signed it" -> the Monday before; "arrested him on Thursday minutes after he landed" -> Thursday. None unless ``clause`` is an adverbial clause opened by
    "after" or "before" with such a measure, and ``when`` is one resolved day."""
    if clause.dep_ != "advcl" or when.start is None or when.start != when.end or not when.value[:1].isdigit():
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if mark is None:
        return None
    for measure in clause.children:
        if measure.dep_ != "npadvmod" or measure.i > mark.i or measure.lemma_.lower() not in _OFFSET_DAYS:
            continue
        counts = [c for c in measure.children if c.dep_ in ("nummod", "det", "quantmod")]
        unit = _OFFSET_DAYS[measure.lemma_.lower()]
        if unit == 0:  # "minutes after", "moments before": the same day, however many
            days, first = 0, (counts[0] if counts else measure)
        else:
            if len(counts) != 1:
                return None
            n = number_value(counts[0].text)
            if n is None or n <= 0:
                return None
            days, first = n * unit, counts[0]
        day = (
            when.start - timedelta(days=days) if mark.lower_ == "after" else when.start + timedelta(days=days)
        )
        text = clause.doc[first.i : mark.i + 1].text
        return TimeSpan(
            text=text,
            value=day.isoformat(),
            type="DATE",
            start=day,
            end=day,
            granularity="day",
            anchor=when.start,
            rule=OFFSET_RULE,
        )
    return None


def _opens_sentence(span: Span, verb: Token) -> bool:
    """True when the date opens the sentence before the verb's clause ("On Monday, rebels seized
    ..."): a frame over the whole sentence, not a modifier of one clause."""
    sent = span.sent
    if verb.i <= span.end:
        return False
    before = [t for t in span.doc[sent.start : span.start] if not t.is_space]
    return all(t.pos_ in ("ADP", "PUNCT", "DET") for t in before)


def _width(timex: Timex) -> int:
    start, end = timex.interval
    if start is None or end is None:
        return 1 << 30
    return (end - start).days
