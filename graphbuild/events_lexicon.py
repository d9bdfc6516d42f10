"""Word lists and constants of :mod:`graphbuild.events`.

General English vocabulary that decides what counts as an event and who took part in it: verbs of
speech, light verbs and states (never events on their own), happening verbs and event nouns, the
modifiers and subordinators that make a clause unreal or factual, the dependency labels and
entity types the participant finders read, the patterns that keep ranges and relative dates off
the timeline, and the TIMEX3 value (:data:`PAST_REF`) of an undated past happening. Nothing here
is keyed to a topic or a corpus.
"""

from __future__ import annotations

import re

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
        "forecast",
        "project",
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

#: Cues of indirect speech that report what happened as fact ("..., officials said", "according to the
#: agency"): the happenings in their content are events too. Cues of opinion, hedge or denial are not here.
FACTUAL_CUES = frozenset(("say", "tell", "report", "confirm", "announce", "according to", "add", "state"))

#: Light verbs whose event is carried by their complement; not events on their own.
LIGHT_LEMMAS = frozenset(
    ["be", "have", "do", "seem", "appear", "look", "become", "remain", "get", "come", "go", "put", "make"]
)

#: States and relations rather than happenings ("the hall dates to 1873", "every society needs ...",
#: "charges totalling 134 mln dlrs", "a rise reflecting lower costs", "this followed the imposition of ...").
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
        "reflect",
        "total",
        "follow",
    ]
)

#: Verbs of happenings, by class, that make an event without a date of their own (dated to "before
#: publication"): change of state and destruction, conflict and crime, motion, transfer and
#: commerce, creation and release, change of office, law and decisions, contests, quantities.
#: General English, not a topic's vocabulary; states, speech and light verbs are never here.
_HAPPENING_WORDS = """
    break burn collapse crash derail collide explode erupt sink flood destroy damage demolish wreck
    die kill murder assassinate injure wound shoot stab bomb shell attack raid invade storm seize battle clash
    capture annex liberate ambush hijack kidnap abduct rob loot torch execute behead massacre
    arrest detain jail imprison convict acquit sentence indict charge prosecute sue fine extradite
    deport free release rescue evacuate flee escape surrender defect
    arrive depart land fly travel visit return leave enter cross withdraw retreat deploy dispatch
    send move relocate march protest riot strike
    buy sell acquire purchase obtain merge invest pay borrow lend donate award grant deliver ship
    export import order hire fire dismiss sack lay cut slash trim reduce raise increase boost hike
    lower rise fall drop climb decline slip gain jump plunge soar surge tumble slump rebound rally
    double halve post earn lose
    build construct found establish form open close shut launch introduce unveil debut premiere
    publish issue recall ground cancel scrap postpone delay suspend halt stop resume abandon
    complete finish conclude end begin commence
    elect appoint nominate promote demote resign retire quit succeed replace oust overthrow topple
    swear inaugurate
    sign ratify approve pass enact adopt amend repeal veto reject ban outlaw lift impose block deregulate
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

#: Adverbs that make a clause habitual, generic or experiential, not one happening ("often visited",
#: "have only ever met one").
_HABITUAL = frozenset(
    (
        "ever",
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
    earthquake quake tremor aftershock flood storm hurricane typhoon cyclone tornado eruption landslide tsunami
    invasion raid airstrike offensive bombardment massacre killing murder assassination kidnapping
    coup uprising revolt protest demonstration riot march strike walkout
    arrest trial verdict conviction sentencing execution acquittal indictment
    election referendum vote caucus primary runoff
    summit meeting talks visit ceremony inauguration funeral wedding
    launch landing takeoff liftoff flight handover
    match final semifinal win
    merger acquisition takeover buyout sale purchase bankruptcy layoff closure shutdown
    announcement resignation appointment nomination dismissal departure arrival death birth
    collapse surrender ceasefire truce signing ratification approval veto recall cancellation
    suspension postponement withdrawal evacuation rescue annexation victory defeat
    premiere debut unveiling trip tour surgery transplant inspection
    agreement accord pact treaty deal settlement lawsuit ruling hearing
    conference convention expo exhibition festival concert keynote speech lecture rally briefing
    accident disaster incident clash battle war crisis blackout outage leak spill breach hack
    cyberattack outbreak impeachment
"""
EVENT_NOUNS = frozenset(_EVENT_NOUN_WORDS.split())

#: Modifiers that make an event noun another occurrence than the one already told ("a second quake", "the
#: previous takeover", "a separate earthquake", "the first flight").
OTHER_OCCURRENCE_MODIFIERS = frozenset(
    (
        "second", "third", "fourth", "another", "separate", "previous", "earlier", "prior", "last", "next",
        "new", "first", "latest", "other", "further", "similar", "former", "recent", "fresh", "past",
        "subsequent", "later", "final", "initial", "original", "repeated", "current", "ongoing", "present",
    )
)  # fmt: skip

#: Verbs that lend their tense to an event noun object ("made its first flight", "held talks"); a verb of
#: starting does too ("began an indefinite strike on Monday", "launched an offensive"): the happening
#: told is the strike or the offensive, on that day.
_SUPPORT_LEMMAS = frozenset(
    ("make", "take", "hold", "stage", "conduct", "carry", "give", "have", "undergo", "suffer",
     "begin", "start", "launch", "mount", "wage")
)  # fmt: skip

#: Verbs of occurrence: their subject is the happening ("the attack happened on Monday"); so is the
#: subject of "take place", and of a verb of starting ("the walkout began on August 17", "protests erupted").
_OCCURRENCE_LEMMAS = frozenset(("happen", "occur", "unfold", "begin", "start", "erupt"))

#: Verbs that, with a time as their subject, present what happened then as their object ("Monday saw
#: protests", "the year witnessed a collapse in sales").
_PRESENTING_LEMMAS = frozenset(("see", "witness", "bring"))
#: Verbs of a phase, which with a time as object tell that time passing ("entered the year", "began March").
_PHASE_LEMMAS = frozenset(("begin", "start", "end", "enter", "close", "finish", "open"))

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
#: Parts of a day or of a year that a date frames ("on the Monday evening", "in the 2019 season"): like a
#: time noun or an event noun, a date on one of them may date the verb the phrase hangs on.
_FRAME_NOUNS = frozenset(
    ("morning", "afternoon", "evening", "night", "weekend", "quarter", "half", "semester", "term", "spring",
     "summer", "autumn", "fall", "winter")
)  # fmt: skip
#: Nouns of a stretch of time: "over the course of her life", "throughout his career".
_SPAN_NOUNS = frozenset(
    ("course", "life", "lifetime", "career", "years", "decade", "decades", "history", "year")
)
#: Verbs of judgement: with a clause as object they report a conclusion, not a happening.
_COGNITION_LEMMAS = frozenset(
    ("decide", "conclude", "determine", "realize", "realise", "learn", "find", "discover", "judge", "agree")
)
#: Verbs of agreement: a happening only with what was agreed ("agreed a ceasefire", "agreed to buy",
#: "agreed on a merger"); bare or with "with" they report an opinion ("Carroll agreed with Smith").
_AGREEMENT_LEMMAS = frozenset(("agree",))

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
#: Common nouns for a place that an "of" phrase names ("the province of Haldia", "the port of Vell").
_PLACE_NOUNS = frozenset(
    ("province", "region", "city", "town", "village", "state", "county", "district", "island", "islands",
     "valley", "port", "republic", "kingdom", "territory", "municipality", "prefecture", "emirate", "borough")
)  # fmt: skip
_MAX_PARTICIPANT_TOKENS = 8


#: Prepositions that place a happening at a time or in a time frame ("in May", "on Monday", "at
#: year-end", "during the war"). Others relate the date to something else: a goal ("shifted to
#: August"), a purpose ("scheduled for May 5"), another event ("after the attack in 2015").
#: "Throughout" is not one: "lost money throughout 2019" spreads a state over the year.
_TIME_PREPS = frozenset(("in", "on", "at", "during", "around", "about", "circa", "amid", "as"))
#: Times of day that "before" or "after" make a time frame ("before dawn on Tuesday", "shortly after
#: midnight"), unlike the happenings they otherwise relate a verb to ("after the attack").
_DAYTIME_NOUNS = frozenset(
    ("dawn", "daybreak", "sunrise", "noon", "midday", "dusk", "sunset", "nightfall", "midnight")
)
#: Dependencies by which a date (or a frame noun) hangs directly on the verb as an adverbial.
_ADVERBIAL_DEPS = frozenset(("npadvmod", "advmod", "tmod", "obl", "nmod", "dep", "pobj", "prep", "pcomp"))
#: Other dependencies of a verb on its head: tokens on the way up that head their own clause.
_CLAUSE_DEPS = frozenset(("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "ROOT"))

#: A wire dateline opening a sentence: a place in capitals, perhaps a date, perhaps the agency, then a
#: dash ("LONDON (Reuters) - ", "BRUSSELS, Dec 4 - ", "KYIV — "), a place in title case with its date
#: ("Ottawa, March 13 - ") or its agency ("New York (AFP) – "), or the agency alone ("(Reuters) - "). The
#: parser takes the place (or the agency) for the subject of the first verb; it is where the story was filed
#: or who filed it, never a participant.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,[^\n()—–-]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"|[A-Z][a-z.'’]+(?: [A-Z][a-z.'’]+)*(?:,\s*[A-Z][A-Za-z.]*)*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"
    r"|[A-Z][a-z.'’]+(?: [A-Z][a-z.'’]+)*(?:,\s*[A-Z][A-Za-z.]*)*\s*\([A-Z][^()\n]{0,39}\)\s*"
    r"|\([^()\n]{1,40}\)\s*)(?:--?|—|–)\s"
)

#: TIMEX3 value of an undated past event: some time before the anchor.
PAST_REF = "PAST_REF"
