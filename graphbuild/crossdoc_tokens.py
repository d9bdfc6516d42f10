"""Normalised content words for comparing reports: stems, numbers as values, no stop words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .temporal.lexicon import CARDINAL_WORDS

_STOP = frozenset(
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
    ]
)

_NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = CARDINAL_WORDS
_NUMBER_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                  "trillion": 1_000_000_000_000, "dozen": 12}  # fmt: skip
#: Units of duration and their length in a base unit, so that a duration compares by its length
#: ("48 hours" / "two days"): hours up to a fortnight, months from a month on.
_DURATIONS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("minute", "minutes"), ("hour", 1 / 60)), **dict.fromkeys(("hour", "hours"), ("hour", 1)),
    **dict.fromkeys(("day", "days"), ("hour", 24)), **dict.fromkeys(("week", "weeks"), ("hour", 168)),
    **dict.fromkeys(("fortnight", "fortnights"), ("hour", 336)), **dict.fromkeys(("month", "months"), ("month", 1)),
    **dict.fromkeys(("year", "years"), ("month", 12)), **dict.fromkeys(("decade", "decades"), ("month", 120)),
}  # fmt: skip
#: Words before "a"/"an" that make "a week" a length of time ("for a week"), not a date ("a week later").
_DURATION_LEAD = frozenset(["for", "within", "over", "last", "lasts", "lasted", "lasting", "about", "nearly", "almost",
                            "around", "than", "under"])  # fmt: skip
_ARTICLES = frozenset(["a", "an"])
#: Words that can open a figure (besides digits).
_QUANTITY_WORDS = frozenset(CARDINAL_WORDS) | _ARTICLES | {"half"}
#: Two-word markers of contrastive negation ("gas rather than coal", "instead of coal"): they negate only
#: the phrase that follows (see :data:`CONTRAST`).
_CONTRASTIVE = {("rather", "than"), ("instead", "of")}
#: The token standing for a contrastive negation, also for "not" right after a comma ("corrosion, not sabotage").
CONTRAST = "<contrast>"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’][^\W_]+)?|%|[,;:.!?()]", re.UNICODE)
_PUNCT = frozenset(",;:.!?()")
_COMPOUND_NUMBER = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b",
    re.IGNORECASE,
)
#: Multi-word verbs that paraphrases use for one-word ones ("took part" = "participated").
_PHRASES = tuple(
    (re.compile(rf"\b(?:{verbs})(?:\s+|-){particle}\b", re.IGNORECASE), word)
    for verbs, particle, word in (
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
    )
)
#: "no one", "any one": the pronoun, not the number
_PRONOUN_ONE = frozenset(["no", "any", "every", "some", "each"])


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """A light suffix-stripping stem, so inflections of one word compare equal.

    >>> {stem(w) for w in ("capture", "captured", "captures", "capturing")}
    {'captur'}
    """
    w = word.lower()
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("eed", "ee"), ("ing", ""), ("ed", ""),
                         ("ly", ""), ("es", "e"), ("s", "")):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # stopped -> stop
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


#: Past forms of irregular verbs, so reported speech in the past tense ("sent", "brought") meets the
#: quoted present ("send", "bring"). Forms that are also common nouns or adjectives ("left", "shot",
#: "wound", "ground", "fed", "lay") are left out.
_IRREGULAR: dict[str, str] = {
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
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1+")


def _fold(w: str) -> str:
    """Spellings one outlet writes differently from another, folded to one key: a country and its
    people ("Russia" / "Russians", "Ukraine" / "Ukrainian": "-ia", "-ian" dropped), transliterations
    ("Kiev" / "Kyiv", "Zelensky" / "Zelenskyy", "Kharkov" / "Kharkiv", "Odessa" / "Odesa": "y" inside a
    word as "i", "ie" as "i", a final "ov" as "iv", doubled consonants once). Applied to every word and to
    every word list alike, so two words fold together only when they differ in just these ways."""
    if len(w) < 4 or not w.isalpha():
        return w
    if w.endswith("ian") and len(w) >= 6:
        w = w[:-3]
    elif w.endswith("ia") and len(w) >= 5:
        w = w[:-2]
    w = w[0] + w[1:].replace("y", "i").replace("ie", "i").replace("ii", "i")
    if w.endswith("ov") and len(w) >= 4:
        w = w[:-2] + "iv"
    folded = _DOUBLE.sub(r"\1", w)
    return folded if len(folded) >= 4 else w  # "ally" stays apart from "Ali"


@lru_cache(maxsize=131072)
def word_key(word: str) -> str:
    """The key a word is compared by: irregular past forms as their verb, :func:`stem`, then spelling
    variants folded (:func:`_fold`).

    >>> word_key("Kiev") == word_key("Kyiv"), word_key("Russians") == word_key("Russia")
    (True, True)
    >>> word_key("brought") == word_key("bringing"), word_key("Ukrainians") == word_key("Ukraine")
    (True, True)
    """
    w = word.lower()
    return _fold(stem(_IRREGULAR.get(w, w)))


@lru_cache(maxsize=65536)
def _number_value(token: str) -> float | None:
    if token in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[token])
    if _NUMBER_TOKEN.fullmatch(token):
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
            return float(token.replace(",", ""))
        try:
            return float(token.replace(",", "."))
        except ValueError:
            return None
    return None


#: All of :data:`_PHRASES` in one pattern (one pass over the text instead of one per phrase).
_ANY_PHRASE = re.compile("|".join(f"({p.pattern})" for p, _ in _PHRASES), re.IGNORECASE)
_PHRASE_WORDS = tuple(word for _, word in _PHRASES)


@lru_cache(maxsize=65536)
def _raw_tokens(text: str) -> tuple[str, ...]:
    """The words, numbers and punctuation marks of a text, phrases and compound numbers folded
    (the regular-expression part of :func:`_normalised`, shared by its two variants)."""
    text = _ANY_PHRASE.sub(lambda m: _PHRASE_WORDS[m.lastindex - 1], text)  # type: ignore[operator]
    text = _COMPOUND_NUMBER.sub(
        lambda m: str(CARDINAL_WORDS[m.group(1).lower()] + CARDINAL_WORDS[m.group(2).lower()]), text
    )
    return tuple(m.group() for m in _TOKEN.finditer(text))


def _figure(value: float) -> str:
    """A figure as a token: plain digits, no exponent ("1500000000", "0.5")."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _and_a_half(raw: Sequence[str], j: int) -> bool:
    return [w.lower() for w in raw[j : j + 3]] == ["and", "a", "half"]


def _quantity(raw: Sequence[str], i: int) -> tuple[float, int] | None:
    """The value of a figure starting at ``raw[i]`` and the index after it, scale words included
    ("3 thousand", "1.5 billion", "half a million", "a dozen", "for a week"); None when none starts there."""
    w = raw[i].lower()
    value = _number_value(w)
    j = i + 1
    nxt = raw[j].lower() if j < len(raw) else ""
    if value is None:
        after = raw[j + 1].lower() if j + 1 < len(raw) else ""
        if w == "half" and nxt in _ARTICLES and (after in _NUMBER_SCALES or after in _DURATIONS):
            value, j = 0.5, j + 1  # "half a million", "half an hour"
        elif w in _ARTICLES and (
            nxt in _NUMBER_SCALES or (nxt in _DURATIONS and i > 0 and raw[i - 1].lower() in _DURATION_LEAD)
        ):
            value = 1.0  # "a million"; "for a week", not "a week later"
        else:
            return None
    if _and_a_half(raw, j):
        value, j = value + 0.5, j + 3
    while j < len(raw) and raw[j].lower() in _NUMBER_SCALES:
        value *= _NUMBER_SCALES[raw[j].lower()]
        j += 1
    return value, j


@lru_cache(maxsize=65536)  # content_tokens and content_features read the same texts
def _normalised(text: str, *, names: bool = True) -> tuple[tuple[str, bool], ...]:
    """The text as (token, is_name) pairs: stems, number values, "percent", punctuation marks
    and stop words (kept here so negation scopes can be found; callers drop them), and
    :data:`CONTRAST` for a contrastive negation. Quantities are values: scale words multiplied in,
    durations in hours or months followed by their base unit ("two days" -> "48", "hour")."""
    raw: Sequence[str] = _raw_tokens(text)
    if not names:  # only the common words: names say who is talked about, not what is said
        raw = [w for w in raw if not w[:1].isupper()]
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(raw):
        w = raw[i].lower().replace("’", "'")
        if w.endswith("'s") and len(w) > 2:
            w = w[:-2]
        # a capital mid-sentence, or one opening a run of capitals ("President Lee Park said")
        is_name = raw[i][:1].isupper() and (
            (i > 0 and raw[i - 1] not in _PUNCT) or (i + 1 < len(raw) and raw[i + 1][:1].isupper())
        )
        nxt = raw[i + 1].lower() if i + 1 < len(raw) else ""
        if w == "one" and i > 0 and raw[i - 1].lower() in _PRONOUN_ONE:
            out.append(("one", False))  # "no one": a pronoun, not a figure
            i += 1
            continue
        quantity = _quantity(raw, i) if w[:1].isdigit() or w in _QUANTITY_WORDS else None
        if quantity is not None:
            value, i = quantity
            unit = _DURATIONS.get(raw[i].lower()) if i < len(raw) else None
            if unit is not None:
                i += 1
                if _and_a_half(raw, i):  # "a year and a half"
                    value, i = value + 0.5, i + 3
                value *= unit[1]
            out.append((_figure(value), False))
            if unit is not None:
                out.append((unit[0], False))
            continue
        if (w, nxt) in _CONTRASTIVE or (w == "not" and i > 0 and raw[i - 1] == ","):
            out.append((CONTRAST, False))
            i += 1 + (w != "not")
            continue
        if w == "per" and nxt == "cent":
            out.append(("percent", False))
            i += 2
            continue
        if w == "%":
            out.append(("percent", False))
        elif w in _PUNCT or w in _STOP:
            out.append((w, False))
        else:
            out.append((word_key(w), is_name))
        i += 1
    return tuple(out)


def _is_content(token: str) -> bool:
    return token not in _PUNCT and token not in _STOP and token != "one" and token != CONTRAST


@lru_cache(maxsize=65536)  # the same report text is compared many times while merging
def content_tokens(text: str, *, names: bool = True) -> frozenset[str]:
    """Normalised content words of a text, for overlap measures: lower-cased, stemmed,
    stop words dropped, numbers written as their value ("125,000", "125 thousand" -> "125000").
    ``names=False`` also drops capitalised words.

    >>> content_tokens("Forces captured 3 thousand prisoners") == content_tokens("force captures 3,000 prisoner")
    True
    """
    return frozenset(
        t for t, _ in (_normalised(text) if names else _normalised(text, names=False)) if _is_content(t)
    )


def _group(*words: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in words)


#: Words reports of one utterance use interchangeably (generic news vocabulary): each maps to
#: its group's first word, so "climbed" / "rose" / "grew" compare equal.
SYNONYMS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (word_key(words[0]), _group(*words))
    for words in (
        ("rise", "rises", "rose", "risen", "rising", "raise", "raised", "increase", "increased", "grow", "grew",
         "grown", "growing", "growth", "climb", "climbed", "jump", "jumped", "surge", "surged", "soar", "soared",
         "hike", "hiked", "gain", "gained", "boost", "boosted", "higher", "up"),
        ("fall", "falls", "fell", "fallen", "falling", "drop", "dropped", "decline", "declined", "shrink",
         "shrank", "shrunk", "decrease", "decreased", "slide", "slid", "plunge", "plunged", "sink", "sank",
         "dip", "dipped", "slump", "slumped", "slow", "slowed", "lower", "lowered", "cut", "cuts", "reduce",
         "reduced", "reduction", "slash", "slashed", "trim", "trimmed", "down"),
        ("stay", "stayed", "remain", "remained", "keep", "kept", "unchanged", "steady", "maintain",
         "maintained", "hold", "held", "holding"),
        ("open", "opened", "reopen", "reopened", "opening"),
        ("close", "closed", "closing", "closure", "shut", "shutting", "shutdown"),
        ("win", "won", "winning", "victory"),
        ("lose", "lost", "losing", "defeat", "defeated"),
        ("accept", "accepted", "approve", "approved", "endorse", "endorsed", "agree", "agreed"),
        ("reject", "rejected", "oppose", "opposed", "veto", "vetoed", "refuse", "refused", "disagree",
         "disagreed", "dismiss", "dismissed"),
        ("join", "joined", "participate", "attend", "attended"),
        ("leave", "leaves", "leaving", "quit", "quits", "depart", "departs", "departed", "exit", "exits",
         "exited", "resign", "resigned", "resigns"),
        ("boycott", "boycotted", "shun", "shunned"),
        ("start", "started", "begin", "began", "begun", "launch", "launched", "resume", "resumed"),
        ("stop", "stopped", "halt", "halted", "end", "ended", "suspend", "suspended", "cease"),
        ("arrest", "arrested", "detain", "detained", "arrests", "detention"),
        ("injure", "injured", "injury", "injuries", "hurt", "wound", "wounded"),
        ("kill", "killed", "die", "died", "dead", "death", "deaths"),
        ("ready", "prepared", "prepare", "willing"),
        ("company", "firm", "group", "business", "management"),
        ("worker", "workers", "employee", "employees", "staff", "member", "members"),
        ("revenue", "sales", "turnover"),
        ("talks", "negotiations", "negotiation", "talk"),
        ("ceasefire", "truce", "armistice"),
        ("troop", "troops", "soldier", "soldiers", "force", "forces"),
        ("withdraw", "withdrew", "withdrawn", "retreat", "retreated"),
        ("cancel", "cancelled", "canceled", "scrap", "scrapped"),
        ("support", "supported", "help", "helped", "aid", "assist", "assistance", "back", "backing"),
        ("weapon", "weapons", "arms", "ammunition", "munitions"),
        ("quickly", "fast", "soon", "rapidly", "swiftly"),
        ("strike", "strikes", "walkout", "stoppage"),
        ("say", "said", "tell", "told", "state", "stated"),
        ("match", "game", "fixture"),
        ("meet", "met", "meeting"),
        ("plant", "factory", "facility", "site"),
        ("negative", "bad"),
        ("farmer", "farmers", "grower", "growers"),
        ("crop", "crops", "harvest", "harvests"),
        ("mild", "minor", "slight"),
        ("overnight", "night"),
        ("survivor", "survivors", "alive"),
        ("provide", "provided", "supply", "supplied", "deliver", "delivered", "send", "give"),
        ("difficult", "tough"),
        ("significant", "substantial", "considerable"),
        # opposite poles of common news verbs and adjectives (see ANTONYMS)
        ("allow", "allowed", "permit", "permitted", "authorise", "authorised", "authorize", "authorized",
         "legalise", "legalised", "legalize", "legalized"),
        ("ban", "banned", "prohibit", "prohibited", "outlaw", "outlawed", "forbid", "forbade", "forbidden"),
        ("hire", "hired", "recruit", "recruited"),
        ("sack", "sacked", "lay-off", "layoff", "layoffs", "redundancy", "redundancies"),
        ("buy", "bought", "purchase", "purchased", "acquire", "acquired", "acquisition"),
        ("sell", "sold", "divest", "divested"),
        ("lift", "lifted", "ease", "eased", "relax", "relaxed", "loosen", "loosened"),
        ("impose", "imposed", "reimpose", "reimposed", "tighten", "tightened"),
        ("confirm", "confirmed"),
        ("deny", "denied", "denies"),
        ("extend", "extended", "prolong", "prolonged", "expand", "expanded", "renew", "renewed"),
        ("restore", "restored", "reconnect", "reconnected"),
        ("release", "released", "free", "freed"),
        ("profit", "profits", "profitable"),
        ("include", "included"),
        ("exclude", "excluded"),
        ("legal", "lawful"),
        ("illegal", "unlawful"),
        ("safe", "safely"),
        ("unsafe", "dangerous"),
        ("guilty",),
        ("innocent", "acquit", "acquitted"),
        ("likely", "probable"),
        ("unlikely", "improbable"),
        ("possible",),
        ("impossible",),
        ("strong", "stronger", "strengthen", "strengthened"),
        ("weak", "weaker", "weaken", "weakened"),
        ("improve", "improved", "improvement", "better"),
        ("worsen", "worsened", "deteriorate", "deteriorated", "worse"),
        ("positive",),
        ("surplus",),
        ("deficit",),
        ("true", "correct", "accurate"),
        ("false", "wrong", "untrue", "inaccurate"),
    )
)  # fmt: skip
_CANONICAL: dict[str, str] = {w: head for head, group in reversed(SYNONYMS) for w in group}

#: Pairs of synonym groups that say opposite things ("raise" / "cut", "open" / "stay closed").
ANTONYMS: frozenset[frozenset[str]] = frozenset(
    frozenset((word_key(a), word_key(b)))
    for a, b in (
        ("rise", "fall"), ("rise", "stay"), ("fall", "stay"), ("open", "close"), ("win", "lose"),
        ("accept", "reject"), ("join", "boycott"), ("start", "stop"), ("stay", "leave"), ("join", "leave"),
        ("stay", "withdraw"), ("join", "withdraw"), ("support", "reject"), ("start", "cancel"), ("allow", "ban"), ("hire", "sack"),
        ("hire", "fall"), ("buy", "sell"), ("lift", "impose"), ("confirm", "deny"), ("extend", "stop"),
        ("extend", "fall"), ("restore", "fall"), ("restore", "lose"), ("restore", "stop"), ("release", "arrest"),
        ("profit", "lose"), ("include", "exclude"), ("legal", "illegal"), ("safe", "unsafe"),
        ("guilty", "innocent"), ("likely", "unlikely"), ("possible", "impossible"), ("strong", "weak"),
        ("improve", "worsen"), ("positive", "negative"), ("surplus", "deficit"), ("true", "false"),
    )
)  # fmt: skip
#: The same pairs by word: each pole's opposite poles.
OPPOSITES: dict[str, frozenset[str]] = {
    w: frozenset(x for pair in ANTONYMS if w in pair for x in pair if x != w)
    for pair in ANTONYMS
    for w in pair
}

#: Words that turn what follows them negative ("not", "no", "failed to", "unless" = "if not").
NEGATORS = frozenset(
    ["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without", "unless",
     "fail", "failed", "fails", "unable", "refuse", "refused", "lack", "lacked", "nowhere", "hardly"]
)  # fmt: skip
#: Words that end a negation's scope.
_SCOPE_END = frozenset(
    ["but", "and", "while", "although", "though", "because", "if", "when", "whereas", "who", "which", "whose",
     "that", "where"]
)  # fmt: skip
#: The same words as tokens arrive (stop words as written, other words with spellings folded).
_NEGATOR_KEYS = NEGATORS | {_fold(w) for w in NEGATORS}
_SCOPE_END_KEYS = _SCOPE_END | {_fold(w) for w in _SCOPE_END}
#: How many content words after a negator it covers.
NEGATION_WINDOW = 5
#: ...and after a contrastive negation ("rather than X"), which covers only the phrase X.
CONTRAST_WINDOW = 3

#: Words that carry little of what a statement is about (time words, vague quantities, hedges).
GENERIC = frozenset(
    word_key(w)
    for w in (
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
    )
)  # fmt: skip


def canonical(token: str) -> str:
    """The synonym-group head of a normalised token (itself when it has none)."""
    return _CANONICAL.get(token, token)


def _negator(token: str) -> bool:
    return token in _NEGATOR_KEYS or token.endswith("n't")


@dataclass(frozen=True)
class ContentFeatures:
    """What a report's content says, for deciding whether two reports are one utterance.

    ``tokens``: canonical content words (synonyms folded); ``names``: those written capitalised
    mid-sentence; ``numbers``: figures; ``plain`` / ``negated``: content words outside / inside
    the scope of a negation; ``poles``: synonym groups used positively (for antonym checks).
    """

    tokens: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    plain: frozenset[str]
    negated: frozenset[str]
    poles: frozenset[str]
    bigrams: frozenset[frozenset[str]] = frozenset()

    def units(self, shared: frozenset[str], other: ContentFeatures) -> int:
        """How many separate phrases ``shared`` words form in both texts: words adjacent in both
        ("armed forces", "front line") are one phrase, so one shared noun phrase counts once."""
        joined = {b for b in self.bigrams & other.bigrams if b <= shared}
        return max(len(shared) - len(joined), 1 if shared else 0)

    def quoted(self, shared: frozenset[str], other: ContentFeatures) -> int:
        """How many word pairs of ``shared`` are adjacent in both texts (a passage quoted by both)."""
        return sum(1 for b in self.bigrams & other.bigrams if b <= shared)

    @cached_property
    def key(self) -> frozenset[str]:
        """Content words that say what the statement is about: not generic, not only a time word."""
        return frozenset(t for t in self.tokens if t not in GENERIC)


@lru_cache(maxsize=65536)
def content_features(text: str) -> ContentFeatures:
    """:class:`ContentFeatures` of a text.

    >>> f = content_features("The bank will not raise rates, but prices will climb")
    >>> sorted(f.negated), sorted(f.plain)
    (['rat', 'ris'], ['bank', 'pric', 'ris'])
    """
    plain: set[str] = set()
    negated: set[str] = set()
    names: set[str] = set()
    numbers: set[str] = set()
    bigrams: set[frozenset[str]] = set()
    previous: str | None = None
    scope = 0
    contrast = False  # the scope is a contrastive negation's: one phrase
    for token, is_name in _normalised(text):
        if token in _PUNCT or token in _SCOPE_END_KEYS:
            scope = 0
            previous = None
            continue
        if token == CONTRAST or _negator(token):
            scope = CONTRAST_WINDOW if token == CONTRAST else NEGATION_WINDOW
            contrast = token == CONTRAST
            continue
        if contrast and scope < CONTRAST_WINDOW and token in _STOP:
            scope = 0  # "gas rather than coal from 2027": the phrase ends at the next function word
        if not _is_content(token):
            continue
        c = canonical(token)
        if c not in GENERIC:
            if previous is not None and previous != c:
                bigrams.add(frozenset((previous, c)))
            previous = c
        (negated if scope > 0 else plain).add(c)
        if scope > 0:
            scope -= 1
        if is_name:
            names.add(c)
        if _number_value(token) is not None or token.replace(".", "", 1).isdigit():
            numbers.add(c)
    tokens = frozenset(plain | negated)
    poles = frozenset(t for t in plain - negated if t in OPPOSITES)
    return ContentFeatures(
        tokens,
        frozenset(names),
        frozenset(numbers),
        frozenset(plain),
        frozenset(negated),
        poles,
        frozenset(bigrams),
    )


_NOMINAL_SUFFIXES = ("ation", "ition", "ment", "ance", "ence", "ancy", "ency", "sion", "tion", "ion", "ery", "ing",
                     "al", "er", "at", "ent", "ant", "y")  # fmt: skip
#: Nouns of happenings whose verb does not share their spelling.
_DERIVED = {
    "decision": "decide", "sale": "sell", "loss": "lose", "flight": "fly", "closure": "close",
    "payment": "pay", "acquisition": "acquire", "bankruptcy": "bankrupt", "death": "die", "birth": "bear",
    "arrival": "arrive", "departure": "depart", "failure": "fail", "growth": "grow", "seizure": "seize",
    "sold": "sell", "fell": "fall", "rose": "rise", "won": "win", "lost": "lose",
}  # fmt: skip


def event_root(lemma: str) -> str:
    """A root shared by a verb and its nominalisation ("delivery" / "deliver", "development" /
    "develop"), for matching event predicates across outlets.

    >>> event_root("delivery") == event_root("delivered"), event_root("sale") == event_root("sell")
    (True, True)
    """
    w = _DERIVED.get(lemma.lower(), lemma.lower())
    w = stem(w)
    for suffix in _NOMINAL_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return stem(w[: -len(suffix)])
    return w
