"""Events: clauses that report a happening, with the time the text gives it.

Precision comes first: not every sentence is an event. A clause is an event when it asserts that
something happened (past tense, or a headline's historical present; not negated, modal, future,
conditional, habitual or a question), is not speech or cognition (those are statements, handled by
:mod:`graphbuild.claims`; clauses inside reported content are left to them) nor a state, and has a
participant. Its time comes from, most specific first:

1. a resolved calendar date the verb governs ("Bakhmut fell to Russian forces in May");
2. an event noun the date modifies, when the date is not after publication ("Monday's crash of
   Flight 9", "the 2019 election of the council"); a support verb lends its tense and date to an
   event noun object ("made its first flight on Tuesday");
3. the verb it is coordinated with or whose result it states ("seized the port on Monday and
   freed the crew", "crashed in June, killing 228"), or a date that opens the sentence ("On
   Monday, rebels seized the port and the army fled");
4. the article itself: an undated past-tense happening verb (:data:`HAPPENING_LEMMAS`) in a
   main clause (or a factual subordinate one) naming a specific participant is dated "before
   publication" (TIMEX3 ``PAST_REF``, interval open at the start and ending on the publication
   day), which is all the text says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from .model import Attribution, Document, EventMention, Participant, TimeSpan, Timex

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

#: Verbs of happenings, by class, that make an event without a date of their own (dated to "before
#: publication"): change of state and destruction, conflict and crime, motion, transfer and
#: commerce, creation and release, change of office, law and decisions, contests, quantities.
#: General English, not a topic's vocabulary; states, speech and light verbs are never here.
_HAPPENING_WORDS = """
    break burn collapse crash derail collide explode erupt sink flood destroy damage demolish wreck
    die kill murder assassinate injure wound shoot stab bomb shell attack raid invade storm seize
    capture annex liberate ambush hijack kidnap abduct rob loot torch execute behead massacre
    arrest detain jail imprison convict acquit sentence indict charge prosecute sue fine extradite
    deport free release rescue evacuate flee escape surrender defect
    arrive depart land fly travel visit return leave enter cross withdraw retreat deploy dispatch
    send move relocate march protest riot strike
    buy sell acquire purchase merge invest pay borrow lend donate award grant deliver ship
    export import order hire fire dismiss sack lay cut slash trim reduce raise increase boost hike
    lower rise fall drop climb decline slip gain jump plunge soar surge tumble slump rebound rally
    double halve post earn lose
    build construct found establish form open close shut launch introduce unveil debut premiere
    publish issue recall ground cancel scrap postpone delay suspend halt stop resume abandon
    complete finish conclude end begin
    elect appoint nominate promote demote resign retire quit succeed replace oust overthrow topple
    swear inaugurate
    sign ratify approve pass enact adopt amend repeal veto reject ban outlaw lift impose block
    overturn uphold decide settle agree vote reach file appeal submit
    win defeat beat score qualify eliminate
    marry divorce bear graduate
    discover host meet attend greet welcome adjourn convene dissolve disband evict raze intercept
    detonate hospitalize airlift transfer reopen reinstate restore implement orchestrate organize
    organise mastermind perpetrate
    secure offer fight challenge confront expel name choose select start roll demonstrate
"""
HAPPENING_LEMMAS = frozenset(_HAPPENING_WORDS.split())

#: Speech verbs that report a happening when their object is a thing, not a clause ("Apple
#: announced the iPhone", "the company reported a loss", "the government declared an emergency").
NOMINAL_REPORT_LEMMAS = frozenset(("announce", "report", "reveal", "declare", "unveil"))

#: Happenings whose object may be a measure ("GM lost $30 billion", "cut 10 percent of jobs").
_MEASURE_OK = HAPPENING_LEMMAS | NOMINAL_REPORT_LEMMAS

#: Adverbs that make a clause habitual or generic, not one happening ("often visited").
_HABITUAL = frozenset(
    (
        "often",
        "usually",
        "regularly",
        "frequently",
        "always",
        "sometimes",
        "repeatedly",
        "typically",
        "generally",
    )
)

#: Nouns that name a happening (deverbal or natural events); with a past date they are events.
_EVENT_NOUN_WORDS = """
    attack bombing shooting stabbing explosion blast crash collision accident derailment fire blaze
    earthquake quake flood storm hurricane typhoon cyclone tornado eruption landslide tsunami
    invasion raid airstrike offensive bombardment massacre killing murder assassination kidnapping
    coup uprising revolt protest demonstration riot march strike walkout
    arrest trial verdict conviction sentencing execution acquittal indictment
    election referendum vote caucus primary runoff
    summit meeting talks visit ceremony inauguration funeral wedding
    launch landing takeoff flight
    merger acquisition takeover buyout sale purchase bankruptcy layoff closure shutdown
    announcement resignation appointment nomination dismissal departure arrival death birth
    collapse surrender ceasefire truce signing ratification approval veto recall cancellation
    suspension postponement withdrawal evacuation rescue annexation victory defeat
    premiere debut unveiling trip tour surgery transplant inspection
"""
EVENT_NOUNS = frozenset(_EVENT_NOUN_WORDS.split())

#: Verbs that lend their tense to an event noun object ("made its first flight", "held talks").
_SUPPORT_LEMMAS = frozenset(
    ("make", "take", "hold", "stage", "conduct", "carry", "give", "have", "undergo", "suffer")
)

#: Modifiers that make a nominal event planned, possible or unreal ("the planned merger in May").
_IRREALIS_MODIFIERS = frozenset(
    (
        "planned", "proposed", "upcoming", "scheduled", "expected", "possible", "potential", "future",
        "next", "forthcoming", "likely", "threatened", "prospective", "intended", "failed", "alleged",
        "rumored", "rumoured", "hypothetical", "anticipated", "imminent",
    )
)  # fmt: skip

#: Subordinators of clauses told as fact ("after X happened", "when X happened", "because X happened").
_FACTUAL_MARKS = frozenset(("after", "when", "as", "because", "since", "while", "although", "though"))
#: Dependencies of a noun that is a direct argument of its clause's verb (so a relative clause on it
#: is part of that clause's assertion; one on a prepositional object is too often misattached).
_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "attr"))

#: Entity types that are never who or what took part ("extended by two weeks").
_NOT_PARTICIPANT_LABELS = frozenset(("DATE", "TIME", "QUANTITY", "PERCENT"))
#: Nouns that name a time, not a participant ("the year it was first detected").
_TIME_NOUNS = frozenset(
    ("year", "month", "week", "day", "time", "hour", "decade", "century", "period", "moment", "season")
)
#: Nouns of a stretch of time: "over the course of her life", "throughout his career".
_SPAN_NOUNS = frozenset(
    ("course", "life", "lifetime", "career", "years", "decade", "decades", "history", "year")
)
#: Verbs of judgement: with a clause as object they report a conclusion, not a happening.
_COGNITION_LEMMAS = frozenset(
    ("decide", "conclude", "determine", "realize", "realise", "learn", "find", "discover", "judge", "agree")
)
#: Verbs of reception: in the passive with "with" they say how something was received.
_RECEPTION_LEMMAS = frozenset(("meet", "greet", "welcome", "receive"))

#: Verbs of aspect: with a clause, the start or end of another event ("began to sell ...").
_ASPECTUAL = frozenset(("start", "begin", "stop", "end", "finish", "resume", "complete", "cease", "continue"))

#: Determiners of a definite description: "the company" in a news report is one particular company.
_DEFINITE = frozenset(("the", "this", "that", "these", "those", "its", "his", "her", "their", "our"))

#: Named-entity types that make a participant specific (a real actor, place or thing).
_SPECIFIC_LABELS = frozenset(
    ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
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
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
        and _time_prep(prep)
        and prep.lower_ != "as"  # "announced X as 2020 running mate": a role, not a time frame
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
    # ...and adverbials a misparse hung before it ("On live television Erdogan", "in 2004 the owner")
    for child in tok.lefts:
        if child.dep_ in ("prep", "advmod", "npadvmod", "cc", "mark") or (
            child.dep_ == "nummod" and child.ent_type_ in ("DATE", "TIME")
        ):
            left = max(left, child.right_edge.i + 1)
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
        if tok.pos_ in ("PRON", "ADP", "SCONJ", "ADJ"):
            return  # a bare pronoun names no participant, an adjective ("rescued alive") none either
        if tok.ent_type_ in _NOT_PARTICIPANT_LABELS or tok.lemma_.lower() in _TIME_NOUNS:
            return  # "extended by two weeks", "the year it was first detected": a time, not a who
        if tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "det" for c in tok.children):
            return  # a clause (or a misparse) is no participant; "the wounded" is
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
            elif not any(p.role == "agent" and p.start < child.idx for p in found):
                add("agent", child)  # one subject: a second is a misparse ("X of Marbel, Philippines dies")
        elif child.dep_ in _PATIENT_DEPS:
            add("patient", child)
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in _PLACE_LABELS:
                    add("location", pobj)
    # the noun a relative clause hangs on fills its gap, unless the gap is elsewhere: a subject of its
    # own ("the university from which he graduated") or a "where"/"when" ("the site where it was found")
    if (
        verb.dep_ == "relcl"
        and not any(p.role == "agent" for p in found)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.tag_ == "WRB" or (c.dep_ == "prep" and c.i < verb.i) for c in verb.children)
    ):
        add("agent", verb.head)
    elif (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VBN"
        and not any(c.dep_.startswith("aux") for c in verb.children)
    ):
        # a headline's bare participle is a passive: "Tributes paid to the actor"
        found = [Participant("patient", p.text, p.start, p.end) if p.role == "agent" else p for p in found]
    found.sort(key=lambda p: (p.start, p.role))
    return found


def _description(verb: Token, participants: Sequence[Participant], support: Token | None = None) -> str:
    agent = next((p.text for p in participants if p.role == "agent"), "")
    patient = next((p.text for p in participants if p.role == "patient"), "")
    parts = [agent, verb.text, support.text if support is not None else patient]
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
    quoted = [a.content for a in attributions]
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
        if support is not None:  # the object is the happening itself, not a participant in it
            participants = [p for p in participants if not p.start <= support.idx < p.end]
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
                description=_description(verb, participants, support),
                participants=tuple(participants),
                when=when,
            ),
            (trigger.idx, trigger.idx + len(trigger.text)),
        )
        events.append(event)
    events.sort(key=lambda e: (e[0].start, e[0].predicate, e[0].description, e[1]))
    return events


def _sharer(verb: Token) -> Token | None:
    """The first verb of the chain whose subject ``verb`` shares (:func:`_coordinated`), if any."""
    top = None
    while verb.head.i != verb.i and verb in _coordinated(verb.head):
        top = verb = verb.head
    return top


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


#: TIMEX3 value of an undated past event: some time before the anchor.
PAST_REF = "PAST_REF"


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
    return not _inside(quoted, verb.idx, verb.idx + len(verb.text))


def _over_a_span(verb: Token) -> bool:
    """True for a clause spread over a stretch of time ("over the course of her life", "throughout
    his career"): a habit or a career, not one happening."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("over", "throughout"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _SPAN_NOUNS:
                    return True
    return False


def _evaluates(verb: Token) -> bool:
    """True when the verb casts its object "as" an adjective or a quoted phrase ("dismissed the claim
    as groundless", "attacked the inquiry as 'a witch hunt'"): an evaluation, which is a statement."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for obj in prep.children:
            if obj.pos_ == "ADJ" or any(t.is_quote for t in obj.subtree):
                return True
    return False


def _reception(verb: Token) -> bool:
    """True for "was met with criticism", "was greeted with anger": how something was received."""
    return (
        verb.lemma_.lower() in _RECEPTION_LEMMAS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


def _has_thing_object(verb: Token) -> bool:
    """True when a speech verb takes a noun object and no clause: "announced a merger", not
    "announced that ..." or "announced it would ..."."""
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in children)


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
    anchor = _publication_day(document)
    if anchor is None or timex.interval[0] is None or timex.interval[0] > anchor:
        return False  # a noun has no tense: only a past date says it happened
    for child in noun.children:
        if child.lower_ in _IRREALIS_MODIFIERS or (child.dep_ == "det" and child.lower_ in ("no", "any")):
            return False
    if noun.head.lower_ in _IRREALIS_MODIFIERS:
        return False
    return not _inside(quoted, noun.idx, noun.idx + len(noun.text))


def _noun_participants(noun: Token, text: str) -> list[Participant]:
    """Who did or underwent a nominal event: a possessor ("Boeing's merger") or "by" phrase is the
    agent, an "of" or "against" phrase the patient, a place the location."""
    found: list[Participant] = []

    def add(role: str, tok: Token) -> None:
        if tok.pos_ == "PRON" or tok.ent_type_ in ("DATE", "TIME"):
            return
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
                if child.lower_ == "by":
                    add("agent", pobj)
                elif child.lower_ in ("of", "against"):
                    add("patient", pobj)
                elif pobj.ent_type_ in _PLACE_LABELS:
                    add("location", pobj)
    found.sort(key=lambda p: (p.start, p.role))
    return found


def _support_object(verb: Token) -> Token | None:
    """The event noun a support verb takes as its object ("made its maiden flight", "held talks",
    "underwent surgery"), which carries the happening; None for any other verb."""
    if verb.lemma_.lower() not in _SUPPORT_LEMMAS:
        return None
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "nsubjpass")
            and child.pos_ == "NOUN"
            and child.lemma_.lower() in EVENT_NOUNS
        ):
            return child
    return None


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


def _main_clause(verb: Token) -> bool:
    """A verb that heads its sentence, or is coordinated with one, and whose clause is not a
    question: subordinate clauses carry background, conditions and purposes."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FACTUAL_MARKS for c in tok.children):
        tok = tok.head  # "after Boeing lost the contract, ...": a background happening, told as fact
    elif tok.dep_ == "relcl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ in _ARGUMENT_DEPS:
        tok = tok.head.head  # "the plane, which crashed, ..." is part of the clause on the plane
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ROOT":
        return False
    return not verb.sent.text.rstrip().endswith("?")


def _is_name(tok: Token) -> bool:
    """A token of a named entity, or a singular proper noun ("Jobs resigned"); a plural one may be
    a common noun capitalised as the first word ("Rebels attacked ...")."""
    if tok.ent_type_ in _SPECIFIC_LABELS:
        return True
    return tok.pos_ == "PROPN" and not tok.ent_type_ and (tok.tag_ == "NNP" or not tok.is_sent_start)


def _names_someone(verb: Token, participants: Sequence[Participant]) -> bool:
    """True when an agent, patient or place names a specific actor (a named entity or proper
    noun), so an undated clause describes a particular happening, not a generic one."""
    doc = verb.doc
    for p in participants:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        if any(_is_name(t) for t in span):
            return True
        head = span.root
        if (
            p.role in ("agent", "patient")
            and head.pos_ == "NOUN"
            and any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children)
        ):
            return True
    return False


def _in_headline(document: Document, offset: int) -> bool:
    """Headlines tell past events in the present tense ("Rebels seize airport")."""
    title = document.title.strip()
    return bool(title) and document.text.lstrip().startswith(title) and offset < len(title)


def _width(timex: Timex) -> int:
    start, end = timex.interval
    if start is None or end is None:
        return 1 << 30
    return (end - start).days
