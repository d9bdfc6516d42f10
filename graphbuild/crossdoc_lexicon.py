"""Word lists and tables for comparing reports: stop words, figures and durations, phrasal and
irregular verbs, negators, generic words, nominalisations, and the vocabulary of events (the synonym
groups of reported speech and their opposites are :mod:`graphbuild.crossdoc_synonyms`').

Data only, as written: :mod:`graphbuild.crossdoc_words` turns the lists into the keys words are
compared by (:func:`~graphbuild.crossdoc_words.word_key`), and :mod:`graphbuild.crossdoc_tokens` holds
the functions that read texts with them."""

from __future__ import annotations

from .temporal.lexicon import CARDINAL_WORDS

#: Function words: not content, though kept while normalising so negation scopes can be found.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "down",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "his",
        "i",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "may",
        "might",
        "more",
        "most",
        "must",
        "no",
        "not",
        "of",
        "on",
        "only",
        "or",
        "our",
        "out",
        "over",
        "own",
        "s",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "t",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "too",
        "under",
        "up",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "will",
        "with",
        "would",
        "you",
        "your",
        "my",
        "me",
        "him",
        "hers",
        "ours",
        "theirs",
        "itself",
        "themselves",
        "ourselves",
        "myself",
        # quantity modifiers outlets swap for "more" ("400 extra officers" / "400 more officers")
        "extra",
        "additional",
    ]
)

#: Scale words multiplied into a figure ("3 thousand", "a dozen").
NUMBER_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                 "trillion": 1_000_000_000_000, "dozen": 12,
                 # the abbreviations of financial copy ("1.5bn"), only ever read after a figure
                 "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000,
                 "trn": 1_000_000_000_000}  # fmt: skip
#: Currency signs and the word a figure after them is written with ("$80m" = "80 million dollars").
CURRENCY_SIGNS = {"$": "dollars", "£": "pounds", "€": "euros", "¥": "yen"}
#: Scale letters read as such only after a currency sign ("£80m", "$2b", "$40k"; "the 100m final" is metres).
CURRENCY_SCALES = {"k": "thousand", "m": "million", "b": "billion"}
#: Units of duration and their length in a base unit, so that a duration compares by its length
#: ("48 hours" / "two days"): hours up to a fortnight, months from a month on.
DURATIONS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("minute", "minutes"), ("hour", 1 / 60)), **dict.fromkeys(("hour", "hours"), ("hour", 1)),
    **dict.fromkeys(("day", "days"), ("hour", 24)), **dict.fromkeys(("week", "weeks"), ("hour", 168)),
    **dict.fromkeys(("fortnight", "fortnights"), ("hour", 336)), **dict.fromkeys(("month", "months"), ("month", 1)),
    **dict.fromkeys(("year", "years"), ("month", 12)), **dict.fromkeys(("decade", "decades"), ("month", 120)),
}  # fmt: skip
#: Words before "a"/"an" that make "a week" a length of time ("for a week"), not a date ("a week later").
DURATION_LEAD = frozenset(["for", "in", "within", "over", "last", "lasts", "lasted", "lasting", "about", "nearly", "almost",
                           "around", "than", "under"])  # fmt: skip
ARTICLES = frozenset(["a", "an"])
#: Words that can open a figure (besides digits).
QUANTITY_WORDS = frozenset(CARDINAL_WORDS) | ARTICLES | {"half"}
#: Two-word markers of contrastive negation ("gas rather than coal", "instead of coal"): they negate only
#: the phrase that follows (see :data:`CONTRAST`).
CONTRASTIVE = {("rather", "than"), ("instead", "of")}
#: The token standing for a contrastive negation, also for "not" right after a comma ("corrosion, not sabotage").
CONTRAST = "<contrast>"
#: Multi-word verbs that paraphrases use for one-word ones ("took part" = "participated"): the verb's
#: forms (a regular-expression alternation), the particle, and the one-word verb.
PHRASAL_VERBS: tuple[tuple[str, str, str], ...] = (
    ("take|takes|took|taken|taking", "part", "participate"),
    ("walk|walks|walked|walking", "out", "strike"),
    ("lay|lays|laid|laying", "off", "cut"),
    ("pull|pulls|pulled|pulling", "out", "withdraw"),
    ("call|calls|called|calling", "off", "cancel"),
    ("stand|stands|stood|standing", "by", "support"),
    ("go|goes|went|gone|going", "up", "rise"),
    ("go|goes|went|gone|going", "down", "fall"),
    ("step|steps|stepped|stepping|ramp|ramps|ramped|ramping", "up", "increase"),
    ("set|sets|setting", "up", "establish"),
    ("turn|turns|turned|turning", "down", "reject"),
    ("step|steps|stepped|stepping", "down", "resign"),
    ("pull|pulls|pulled|pulling", "back", "withdraw"),
    ("break|breaks|broke|broken|breaking", "down", "collapse"),
    ("look|looks|looked|looking", "for", "seek"),
    # a noun phrase news copy uses for the one word ("borrowing costs" = "interest rates")
    ("borrowing", "costs?", "rates"),
    # a preposition in three words ("in excess of the limit" = "above the limit")
    ("in", "excess\\s+of", "above"),
)
#: Words before "fall" that make it the season ("next fall", "in the fall" = "autumn"), not a decline
#: ("a fall in prices", "the fall of the city": a following "of" or "in" keeps it a decline).
SEASON_FALL_BEFORE = ("next", "last", "this", "coming", "early", "late", "in the", "from the", "by the",
                      "until the", "through the", "during the", "for the", "this past")  # fmt: skip
#: Verbs whose "-ing" form before a time ("starting Thursday", "beginning March 3") reads "from": when, not
#: what is started.
FROM_TIME_VERBS = ("starting", "beginning", "commencing")
#: What may follow them for the phrase to be a time: weekdays, months, relative days and digits.
FROM_TIME_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "today", "tomorrow", "tonight", "next", "this", "on",
                   "in")  # fmt: skip
#: Negated doubt asserts what follows ("there is no doubt it was taken" = "it was certainly taken"), read
#: as the hedge word "certainly" (generic), so the rest of the sentence is not denied. "No question of"
#: (no such plan) and "no doubt about whether" are left as written.
CERTAINTY_NEGATORS = ("no", "little", "without", "without any", "without a", "beyond", "beyond any")
CERTAINTY_NOUNS = ("doubt", "doubts")
#: "question" reads so only before a clause ("no question the fire was set", "no question that"), not as
#: a count ("asked no question", "no question was put to him").
CERTAINTY_QUESTION_BEFORE = ("that", "the", "it", "he", "she", "they", "we", "this", "there")
#: Units of area and their size in hectares, so an area compares by its size ("12,400 hectares" /
#: "124 square kilometres"); only exact conversions (a square kilometre is a hundred hectares).
AREAS: dict[str, float] = {
    "hectare": 1.0, "hectares": 1.0, "square kilometre": 100.0, "square kilometres": 100.0,
    "square kilometer": 100.0, "square kilometers": 100.0, "square km": 100.0, "sq km": 100.0, "km2": 100.0,
    "km²": 100.0,
}  # fmt: skip
#: "no one", "any one": the pronoun, not the number
PRONOUN_ONE = frozenset(["no", "any", "every", "some", "each"])

#: Past forms of irregular verbs, so reported speech in the past tense ("sent", "brought") meets the
#: quoted present ("send", "bring"). Forms that are also common nouns or adjectives ("left", "shot",
#: "wound", "ground", "fed", "lay") are left out.
IRREGULAR: dict[str, str] = {
    form: base
    for base, forms in (
        ("arise", "arose arisen"), ("beat", "beaten"), ("become", "became"), ("begin", "began begun"),
        ("break", "broke broken"), ("bring", "brought"), ("build", "built"), ("buy", "bought"),
        ("catch", "caught"), ("choose", "chose chosen"), ("come", "came"), ("deal", "dealt"),
        ("drive", "drove driven"), ("fall", "fell fallen"), ("feel", "felt"), ("fight", "fought"),
        ("find", "found"), ("flee", "fled"), ("fly", "flew flown"), ("forget", "forgot forgotten"),
        ("freeze", "froze frozen"), ("get", "got gotten"), ("give", "gave given"), ("go", "went gone"),
        ("grow", "grew grown"), ("hear", "heard"), ("hide", "hid hidden"), ("hold", "held"),
        ("keep", "kept"), ("know", "knew known"), ("lead", "led"), ("lend", "lent"), ("lose", "lost"),
        ("make", "made"), ("mean", "meant"), ("meet", "met"), ("pay", "paid"), ("rise", "rose risen"),
        ("run", "ran"), ("see", "saw seen"), ("seek", "sought"), ("sell", "sold"), ("send", "sent"),
        ("shake", "shook shaken"), ("shrink", "shrank shrunk"), ("sink", "sank sunk"), ("sit", "sat"),
        ("speak", "spoke spoken"), ("spend", "spent"), ("stand", "stood"), ("steal", "stole stolen"),
        ("stick", "stuck"), ("strike", "struck stricken"), ("swear", "swore sworn"), ("take", "took taken"),
        ("teach", "taught"), ("tell", "told"), ("think", "thought"), ("throw", "threw thrown"),
        ("understand", "understood"), ("undertake", "undertook undertaken"), ("wear", "wore worn"),
        ("win", "won"), ("withdraw", "withdrew withdrawn"), ("write", "wrote written"),
    )
    for form in forms.split()
}  # fmt: skip

#: Words whose key (stem) would be another word's ("plane" / "plan", "demonstrations" / "demonstrated"),
#: compared as a synonym of theirs instead, so the two groups stay apart.
STEM_COLLISIONS: dict[str, str] = {
    "plane": "aircraft", "planes": "aircraft",
    "demonstration": "protest", "demonstrations": "protests",
}  # fmt: skip

#: Words that turn what follows them negative ("not", "no", "failed to", "unless" = "if not").
NEGATORS = frozenset(
    ["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without", "unless",
     "fail", "failed", "fails", "unable", "refuse", "refused", "lack", "lacked", "nowhere", "hardly"]
)  # fmt: skip
#: Words that end a negation's scope; a time bound after a denied verb is not denied ("would not take
#: place before 17 November": the launch is denied until then, the date itself is asserted).
SCOPE_END = frozenset(
    ["but", "and", "while", "although", "though", "because", "if", "when", "whereas", "who", "which", "whose",
     "that", "where", "before", "until", "till"]
)  # fmt: skip

#: Words that carry little of what a statement is about (time words, vague quantities, hedges).
GENERIC_WORDS: tuple[str, ...] = (
    "year", "years", "week", "weeks", "month", "months", "day", "days", "hour", "hours", "today", "yesterday", "tomorrow",
    "next", "last", "past", "first", "second", "third", "time", "now", "still", "yet", "already", "new",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "one", "people",
    "thing", "things", "way", "lot", "even", "well", "like", "get", "got", "make", "made", "going",
    "go", "want", "think", "see", "know", "need", "needs", "continue", "able", "fact", "said", "say",
    "according", "expect", "expected", "believe", "allegedly", "currently", "again", "around", "roughly",
    "approximately", "nearly", "almost", "least", "percent", "per", "cent", "country", "government",
    "since", "despite", "including", "also", "both", "all",
    # hedges an outlet adds to reported speech, and light verbs ("made progress", "took control")
    "reportedly", "purportedly", "supposedly", "apparently", "take", "put", "carry", "conduct",
    # verbs and adjectives of the same hedging ("appeared to be behind", "a suspected fault"), and the
    # certainty "no doubt" is read as (:data:`CERTAINTY_NEGATORS`)
    "appear", "appears", "appeared", "seem", "seems", "seemed", "suspected", "certainly",
)  # fmt: skip

#: Suffixes that make a noun of a verb ("delivery", "development").
NOMINAL_SUFFIXES = ("ation", "ition", "ment", "ance", "ence", "ancy", "ency", "sion", "tion", "ion", "ery", "ing",
                    "al", "er", "at", "ent", "ant", "y")  # fmt: skip
#: Nouns of happenings whose verb does not share their spelling.
DERIVED = {
    "decision": "decide", "sale": "sell", "loss": "lose", "flight": "fly", "closure": "close",
    "payment": "pay", "acquisition": "acquire", "bankruptcy": "bankrupt", "death": "die", "birth": "bear",
    "arrival": "arrive", "departure": "depart", "failure": "fail", "growth": "grow", "seizure": "seize",
    "sold": "sell", "fell": "fall", "rose": "rise", "won": "win", "lost": "lose",
}  # fmt: skip

#: Predicates by which outlets report one happening in different words: a verb, its synonyms and
#: their nouns, in groups whose members give their participants the same roles ("bought" /
#: "acquired" / "takeover": the buyer is the agent of each; never "bought" / "sold", whose agents
#: are the two sides). General English; each group is known by its first word.
EVENT_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("resign", "resignation", "quit", "step_down", "step_aside", "stand_down", "bow_out",
     "throw_in_the_towel"),
    ("arrest", "detain", "detention", "apprehend"),
    ("acquire", "acquisition", "buy", "purchase", "takeover", "buyout", "take_over", "buy_out"),
    ("earthquake", "quake", "tremor"),
    ("explode", "explosion", "blow_up"),
    ("invade", "invasion"),
    ("convict", "conviction", "find_guilty"),
    ("kill", "killing", "murder", "slay"),
    ("win", "victory", "triumph", "beat"),
    ("retire", "retirement", "hang_up_boots"), ("launch", "lift_off", "blast_off", "liftoff"),
    ("cancel", "cancellation", "call_off"), ("die", "death", "pass_away"), ("marry", "wedding", "tie_the_knot"),
    # particle verbs and the nouns made of them ("shut down" / "shutdown", "pulled out" / "withdrew")
    ("close", "close_down", "closure", "shut", "shut_down", "shutdown"), ("burn", "burn_down"),
    ("withdraw", "withdrawal", "pull_out", "pullout"), ("lay_off", "layoff"),
    ("take_off", "takeoff"), ("hand_over", "handover"), ("crack_down", "crackdown"), ("bail_out", "bailout"),
    ("break_out", "outbreak"),
    # one act told with either verb in general news English ("talks collapsed" / "talks broke down",
    # "freed the hostages" / "released the hostages", "shares jumped" / "shares climbed")
    ("collapse", "break_down"), ("release", "free"), ("seize", "seizure", "take_control"),
    ("walk_out", "walkout", "strike", "stoppage"), ("injure", "wound", "hurt"), ("flee", "escape"),
    ("meet", "meeting", "talk", "talks"),
    ("rise", "climb", "jump", "gain", "soar", "surge"), ("fall", "drop", "slide", "plunge", "tumble", "sink"),
)  # fmt: skip

#: Verbs by which a natural or violent happening acts on a place ("an earthquake struck the province", "the
#: quake hit at dawn", "a storm lashed the coast"): with an event noun as their agent, the clause tells that
#: happening, and meets other descriptions of it under the noun's key. Verbs of the damage it did
#: ("flattened homes", "levelled the town") are not here: a participle of result shares the happening's
#: subject ("struck X, flattening homes") and would tell it twice.
EVENT_IMPACT_VERBS = frozenset(
    ("strike", "hit", "shake", "rock", "jolt", "rattle", "batter", "lash", "pound")
)

#: Happenings that befall their participant once (a person resigns a post, retires or dies once;
#: a company is founded once), so that one shared participant and a common month or year are
#: enough to tell one happening; a price falls or a leader visits many times in a month.
ONCE_EVENTS = frozenset(
    ("resign", "quit", "retire", "die", "found", "establish", "bear", "assassinate", "execute", "abdicate")
)
