"""Events: clauses that report a dated happening.

A first, precision-minded version: an event is a verb that governs a resolved
calendar date in its own sentence ("Bakhmut fell to Russian forces in May",
"Russia annexed Crimea in 2014"), has at least one participant, is not
negated, and is not itself a reporting verb (those are statements, handled by
:mod:`graphbuild.claims`). Clauses inside reported content are left to the
statements that carry them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Attribution, Document, EventMention, Participant, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Verbs that introduce speech or cognition; their clauses are statements, not events.
REPORTING_LEMMAS = frozenset(
    [
        # speech acts that restate a position are statements, not happenings
        "reaffirm",
        "reassert",
        "affirm",
        "pledge",
        "vow",
        "promise",
        "say",
        "tell",
        "add",
        "state",
        "claim",
        "report",
        "warn",
        "note",
        "acknowledge",
        "admit",
        "concede",
        "deny",
        "insist",
        "urge",
        "argue",
        "believe",
        "think",
        "suggest",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "announce",
        "declare",
        "assert",
        "explain",
        "comment",
        "write",
        "describe",
        "call",
        "ask",
        "answer",
        "reply",
        "respond",
        "confirm",
        "estimate",
        "predict",
        "hope",
        "expect",
        "reveal",
        "cite",
        "quote",
        "indicate",
        "remark",
        "mention",
        "allege",
        "recall",
        "ascribe",
        "attribute",
        "testify",
        "assure",
    ]
)

#: Light verbs whose event is carried by their complement; not events on their own.
LIGHT_LEMMAS = frozenset(
    ["be", "have", "do", "seem", "appear", "become", "remain", "get", "come", "go", "put", "make"]
)

#: States and relations rather than happenings ("the hall dates to 1873", "every society needs ...").
STATIVE_LEMMAS = frozenset(
    [
        "need",
        "want",
        "know",
        "mean",
        "represent",
        "include",
        "contain",
        "consist",
        "belong",
        "exist",
        "date",
        "own",
        "like",
        "love",
        "cost",
        "deserve",
        "require",
    ]
)

#: Heads whose clauses say an event is planned, wished or possible, not that it happened.
_IRREALIS_MARKS = frozenset(("if", "unless", "whether", "once", "until", "lest"))
#: Dates written relative to another event ("eight years earlier", "hours later") cannot be
#: resolved against the publication date; so neither can bare clock times ("at 9:54 a.m.").
_ANAPHORIC_TIMEX = re.compile(r"\b(?:earlier|later|before|after|previously|afterwards?)\W*$", re.IGNORECASE)
_CLOCK_ONLY = re.compile(
    r"^(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s+(?:local time|[A-Z]{2,4}))?\W*$",
    re.IGNORECASE,
)
#: A date that opens or closes a range ("from 2009 to 2017", "1980-1987") is a period, not a point.
_RANGE_WORDS = frozenset(("from", "between", "since", "until", "till", "through", "to", "and", "-", "–", "—"))
_RANGE_IN_TEXT = re.compile(r"\d\s*(?:[-–—]|\bto\b|\band\b|\bthrough\b|\buntil\b)\s*\w*\s*\d", re.IGNORECASE)

#: Dependencies under which a gerund is a noun-like argument of another predicate.
_NOMINAL_DEPS = frozenset(("pcomp", "pobj", "dobj", "nsubj", "nsubjpass", "csubj", "attr"))
#: Entity types of measures: a clause whose object is one states a measurement ("held a value of
#: 681 million pounds", "occupied 6 hectares"), not a happening.
_MEASURE_LABELS = frozenset(("QUANTITY", "MONEY", "PERCENT"))

_AGENT_DEPS = frozenset(("nsubj", "csubj", "agent"))
_PATIENT_DEPS = frozenset(("dobj", "nsubjpass", "attr", "oprd"))
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
_MAX_PARTICIPANT_TOKENS = 8


#: Prepositions that place a happening at a time or in a time frame ("in May", "on Monday", "at
#: year-end", "during the war"). Others relate the date to something else: a goal ("shifted to
#: August"), a purpose ("scheduled for May 5"), another event ("after the attack in 2015").
_TIME_PREPS = frozenset(("in", "on", "at", "during", "around", "about", "circa", "throughout", "amid", "as"))
#: Dependencies by which a date (or a frame noun) hangs directly on the verb as an adverbial.
_ADVERBIAL_DEPS = frozenset(("npadvmod", "advmod", "tmod", "obl", "nmod", "dep", "pobj", "prep", "pcomp"))
#: Other dependencies of a verb on its head: tokens on the way up that head their own clause.
_CLAUSE_DEPS = frozenset(("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "ROOT"))


def _time_prep(prep: Token) -> bool:
    """A preposition that frames a time: one of :data:`_TIME_PREPS`, or "of" in "as of"."""
    if prep.lower_ == "of":
        return prep.head.lower_ == "as" and prep.head.dep_ == "prep"
    return prep.lower_ in _TIME_PREPS


def _attaches_to_verb(noun: Token) -> bool:
    """A noun on the way up from a date lets the date reach the verb only as an adverbial frame:
    the object of a time preposition on the verb ("in the 2016 election, X lost"), not of one
    that relates it to the verb otherwise ("via the December 20 signing", "after an attack in 2015")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and _time_prep(prep)
    )


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


def _states_measure(verb: Token) -> bool:
    """True when the verb's object is a measure ("held a value of 681 million pounds", "occupied
    roughly 6 hectares"): the clause reports how much something was, a state, not a happening."""
    return any(
        child.dep_ == "dobj" and any(t.ent_type_ in _MEASURE_LABELS for t in child.subtree)
        for child in verb.children
    )


def _finite(verb: Token) -> Token:
    """The token carrying tense: the first auxiliary, else the verb itself."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.i < verb.i and child.tag_ != "TO":
            return child
    return verb


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
    for c in children:
        if c.dep_ in ("nsubj", "nsubjpass") and any(
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
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in children):
            return False  # progressive: an ongoing state at that time ("was being treated")
    if verb.tag_ == "VBN" and any(c.lower_ == "being" for c in children if c.dep_ == "auxpass"):
        return False  # passive progressive ("was being investigated")
    finite = _finite(verb)
    if finite.tag_ == "VB" and finite.lemma_ != "do":
        return False  # bare infinitive or imperative
    # present tense: generic, habitual or scheduled, except in headlines
    return in_headline or finite.tag_ not in ("VBZ", "VBP") or finite.lemma_ == "have"


def _compact(tok: Token) -> tuple[int, int] | None:
    """Character span of a participant phrase: its subtree, trimmed to a short noun phrase."""
    left = tok.left_edge.i
    right = tok.right_edge.i
    # drop relative clauses and appositions hanging off the noun
    for child in tok.rights:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "prep") and child.i > tok.i:
            right = min(right, child.left_edge.i - 1)
            break
    right = max(right, tok.i)
    if right - left + 1 > _MAX_PARTICIPANT_TOKENS:
        left = max(left, tok.i - _MAX_PARTICIPANT_TOKENS + 1)
    doc = tok.doc
    while left < tok.i and doc[left].is_punct:
        left += 1
    while right > tok.i and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _participants(verb: Token, text: str) -> list[Participant]:
    found: list[Participant] = []

    def add(role: str, tok: Token) -> None:
        if tok.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            tok = verb.head  # "Bakhmut, which fell ..." / "the peninsula, which Russia annexed" -> the noun
        if tok.pos_ == "PRON":
            return  # a bare pronoun names no participant
        span = _compact(tok)
        if span is None:
            return
        s, e = span
        found.append(Participant(role=role, text=text[s:e], start=s, end=e))

    for child in verb.children:
        if child.dep_ in _AGENT_DEPS:
            if child.dep_ == "agent":  # "by X"
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        add("agent", grandchild)
            else:
                add("agent", child)
        elif child.dep_ in _PATIENT_DEPS:
            add("patient", child)
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in _PLACE_LABELS:
                    add("location", pobj)
    if verb.dep_ == "relcl" and not any(p.role == "agent" for p in found):
        add("agent" if not any(c.dep_ == "nsubjpass" for c in verb.children) else "patient", verb.head)
    found.sort(key=lambda p: (p.start, p.role))
    return found


def _description(verb: Token, participants: Sequence[Participant]) -> str:
    agent = next((p.text for p in participants if p.role == "agent"), "")
    patient = next((p.text for p in participants if p.role == "patient"), "")
    parts = [agent, verb.text, patient]
    return " ".join(p for p in parts if p).strip()


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
    """
    quoted = [a.content for a in attributions]
    best: dict[int, tuple[Timex, Token]] = {}
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.interval[0] is None or not timex.value[:1].isdigit():
            continue  # only calendar values date an event ("now", "the present" do not)
        if document.is_boilerplate(timex.start, timex.end):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        verb = _governing_verb(span)
        if verb is None or not _timex_is_point(timex, doc, span):
            continue
        lemma = verb.lemma_.lower()
        if lemma in REPORTING_LEMMAS or lemma in LIGHT_LEMMAS or lemma in STATIVE_LEMMAS:
            continue
        if _states_measure(verb) or not _is_realis_past(verb, _in_headline(document, verb.idx)):
            continue
        if _inside(quoted, verb.idx, verb.idx + len(verb.text)):
            continue
        previous = best.get(verb.i)
        # keep the most specific date for a verb: the narrowest interval
        if previous is None or _width(timex) < _width(previous[0]):
            best[verb.i] = (timex, verb)

    events = []
    for timex, verb in best.values():
        participants = _participants(verb, document.text)
        if not participants:
            continue
        sent = verb.sent
        start, end = sent.start_char, sent.end_char
        while end > start and document.text[end - 1].isspace():
            end -= 1
        events.append(
            EventMention(
                doc_id=document.id,
                start=start,
                end=end,
                text=document.text[start:end],
                predicate=verb.lemma_.lower(),
                description=_description(verb, participants),
                participants=tuple(participants),
                when=timex.to_timespan(),
            )
        )
    events.sort(key=lambda e: (e.start, e.predicate, e.description))
    return events


def _in_headline(document: Document, offset: int) -> bool:
    """Headlines tell past events in the present tense ("Rebels seize airport")."""
    title = document.title.strip()
    return bool(title) and document.text.lstrip().startswith(title) and offset < len(title)


def _width(timex: Timex) -> int:
    start, end = timex.interval
    if start is None or end is None:
        return 1 << 30
    return (end - start).days
