"""Reporting-verb and description lexicons used to recognise attributions.

Lemmas, not surface forms: spaCy's lemmatizer maps "said", "says", "saying" to "say".
The lists are general English (news-style reporting verbs), not tuned to any article.
"""

from __future__ import annotations


def lexicon(words: str) -> frozenset[str]:
    """A set of words from a whitespace-separated string (keeps long word lists readable)."""
    return frozenset(words.split())


#: Verbs of saying and communicating that take a clause ("said that ...", "warned ...").
SPEECH_VERBS = lexicon("""
    say tell add state claim assert insist argue warn note acknowledge concede admit deny urge
    announce explain declare report write tweet post suggest predict promise vow pledge stress
    emphasize emphasise reiterate maintain contend allege confirm reveal disclose indicate recall
    respond reply answer ask demand propose recommend complain accuse charge caution counter
    observe remark comment quip joke conclude agree disagree boast brag mention testify assure
    reassure inform advise signal hint threaten lament affirm repeat underline underscore
    concur object retort shout whisper proclaim speculate wonder guess reckon estimate continue
    stat insist rule forecast acknowledge explain clarify highlight point order instruct
    announce specify tout vow swear guarantee protest criticize criticise praise condemn
    decry denounce slam blast blame dismiss reject question challenge cite describe call
    speak talk refer discuss endorse oppose lie liken compare react mention tout applaud echo
    support back defend
    boom yell exclaim chant mouth sing holler bellow growl mutter murmur snap sneer scoff
    thunder plead beg cry scream gush marvel muse
    """)

#: Verbs of belief and perception; attributions of a state of mind ("she believes that ...").
COGNITION_VERBS = lexicon("""
    believe think feel fear hope expect know doubt suspect worry understand consider
    find show learn hear see recognize recognise realize realise reckon trust
    want plan intend seek aim refuse decline pretend
    """)

CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS

#: Perception and discovery verbs: cues only with a tensed clause ("polls show that ...").
PERCEPTION_VERBS = lexicon(
    "see hear find show learn know understand recognize recognise realize realise consider"
)

#: Speech verbs about a topic or a target rather than a message: never an inverted
#: '..., she spoke' cue.
TOPIC_VERBS = lexicon(
    """
    speak talk refer discuss endorse oppose lie cite describe call criticize criticise praise
    condemn decry denounce slam blast blame dismiss reject question challenge accuse charge
    liken compare react mention tout applaud echo support back defend
    """
)
INVERTIBLE_VERBS = SPEECH_VERBS - TOPIC_VERBS

#: Cue verbs whose noun-phrase object is itself the reported content
#: ("he denied the allegations", "she acknowledged the challenges").
NP_CONTENT_VERBS = lexicon("""
    acknowledge deny announce admit confirm reveal predict propose recommend demand reject
    criticize criticise praise condemn decry denounce dismiss question blame concede
    promise pledge vow threaten disclose discuss endorse oppose stress emphasize emphasise
    highlight underscore mention tweet tout challenge slam blast applaud echo
    """)

#: Stance verbs: cues only when a named or personal subject holds the stance
#: ("the senator supports the bill", not "the beams support the roof").
STANCE_VERBS = lexicon("support back defend oppose endorse applaud")

#: Nouns naming who information came from: "cited anonymous sources" attributes, it says nothing
#: (a cited report or study keeps its content: "cited a study showing that ...").
SOURCE_NOUNS = lexicon("""
    source official person people insider aide diplomat analyst expert witness spokesman spokeswoman
    spokesperson intelligence media
    """)

#: Cue verbs whose object + infinitive is the content ("urged states to act").
OBJECT_INFINITIVE_VERBS = lexicon("urge ask tell advise warn call order instruct encourage implore")

#: Cue verbs taking a bare infinitive as content ("vowed to fight", "promised to act").
INFINITIVE_VERBS = lexicon(
    "promise vow pledge threaten refuse agree claim want plan intend hope seek aim decline expect pretend"
)

#: Verbs that give a figure as their object: "counted 31 barns destroyed", "reported 14 deaths", "gave a
#: toll of 45 dead", "put the figure at more than 80". They attribute only with a number in that object
#: (see :data:`FIGURE_NOUNS`), never a bare one ("counted the days", "gave a speech").
FIGURE_VERBS = lexicon("count tally report give put place estimate peg")

#: ... of these, verbs whose object is the figure itself ("counted 31 barns", "reported 14 deaths").
FIGURE_COUNT_VERBS = lexicon("count tally report")

#: ... of these, verbs whose object names a figure that an "at" phrase gives ("put the toll at 212").
FIGURE_AT_VERBS = lexicon("put place estimate peg")

#: Nouns naming a figure: "gave a toll of 45 dead", "put the number of dead at 60".
FIGURE_NOUNS = lexicon("""
    toll figure number count total tally estimate cost bill damage loss casualty death size
    """)

#: Prepositions introducing content after certain cues ("called for X", "warned against X").
CONTENT_PREPOSITIONS = {
    "call": ("for",),
    "ask": ("about", "for"),
    "comment": ("on", "about"),
    "refer": ("to",),
    "write": ("about", "of"),
    "tweet": ("about",),
    "joke": ("about",),
    "boast": ("about", "of"),
    "brag": ("about",),
    "testify": ("about", "on"),
    "lie": ("about",),
    "respond": ("to",),
    "react": ("to",),
    "warn": ("against", "of", "about"),
    "argue": ("for", "against"),
    "speak": ("of", "about", "on"),
    "talk": ("about",),
    "complain": ("about", "of"),
    "caution": ("against",),
    "insist": ("on",),
    "accuse": ("of",),
}

#: Verbs that only count as cues when they carry a clause, never with a bare object
#: ("he found the keys", "she showed the way", "they called the police").
CLAUSE_ONLY = lexicon(
    "find show learn hear see know understand consider call describe cite point continue add"
)

#: Nouns that carry reported content in "X's view is that ...", "the claim that ...".
CONTENT_NOUNS = lexicon("""
    view position belief argument claim message point assessment conclusion opinion contention
    assertion statement warning promise pledge verdict stance case
    """)

#: Heads of descriptions used to refer back to a named person ("the NATO chief").
TITLE_NOUNS = lexicon("""
    president minister secretary chief leader head spokesman spokeswoman spokesperson official
    chancellor premier governor senator mayor director chairman chairwoman chair ceo commander
    general ambassador envoy diplomat representative lawmaker congressman congresswoman
    candidate nominee prosecutor judge attorney lawyer adviser advisor aide analyst expert
    professor author writer journalist reporter correspondent king queen prince monarch
    emperor pope archbishop bishop officer colonel captain admiral marshal economist founder
    executive manager owner boss coach chairperson speaker deputy counsel negotiator
    mogul billionaire businessman businesswoman activist politician statesman strongman
    """)

#: Words that can stand in for another title ("the NATO chief" for its secretary general).
LEADER_NOUNS = lexicon("chief head leader boss")
LEADER_TITLES = lexicon(
    "president secretary chairman chairwoman chair director ceo chancellor premier general "
    "commander governor mayor minister chief head leader"
)

PERSON_PRONOUNS = lexicon("he she him her i me")
#: Heads of a definite description of an organisation named earlier ("the company said", "the
#: bank said"): the description stands for that organisation.
GROUP_NOUNS = lexicon("""
    company firm corporation concern group bank agency department ministry exchange commission
    board council union fund institute association authority bureau utility airline carrier
    insurer brokerage newspaper
""")
#: Of those, the words that say only "a business": any company name earlier can be meant.
BUSINESS_NOUNS = lexicon("company firm corporation concern group")
GROUP_PRONOUNS = lexicon("they them we us it")

#: Honorifics stripped when matching a surname to a full name.
HONORIFICS = lexicon("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame madam")

#: Heads of venue phrases: "in a Dec. 3 interview", "at a press conference".
VENUE_NOUNS = lexicon("""
    interview conference briefing statement speech address summit meeting session hearing
    rally appearance broadcast podcast post tweet letter op-ed editorial column article
    remarks remark call event forum debate panel visit ceremony talk talks announcement
    communique communiqué release message video show program programme memo report testimony
    """)

#: Nouns that make a good addressee ("told reporters", "said to lawmakers").
ADDRESSEE_VERBS = lexicon("tell inform assure reassure warn advise brief")
