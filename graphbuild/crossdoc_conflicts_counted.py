"""What a figure counts: the class ("deaths", "displaced", "buildings destroyed"...) of the people or
homes a figure counts, read from what happened to them (the cue nearest the figure, in its clause), or
from its counting noun; and the figures that count nothing a claim is about (:func:`not_a_count`: a date,
an age, a change, a part of a group, a speed). Read by :func:`graphbuild.crossdoc_conflicts.report_claims`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .crossdoc_counted import BUILDING_CUES as _BUILDING_CUES
from .crossdoc_counted import BUILDINGS as _BUILDINGS
from .crossdoc_counted import CHANGE_WORDS as _CHANGE_WORDS
from .crossdoc_counted import COUNTED as _COUNTED
from .crossdoc_counted import ILLNESS_WORDS as _ILLNESS
from .crossdoc_counted import JOB_CUES as _JOB_CUES
from .crossdoc_counted import JOBS as _JOBS
from .crossdoc_counted import PEOPLE as _PEOPLE
from .crossdoc_counted import PEOPLE_CUE_PHRASES as _PEOPLE_CUE_PHRASES
from .crossdoc_counted import PEOPLE_CUES as _PEOPLE_CUES
from .temporal.lexicon import MONTH

_CUE_CLASS = {cue: quantity for quantity, cues in _PEOPLE_CUES.items() for cue in cues}
_BUILDING_CUE_CLASS = {cue: quantity for quantity, cues in _BUILDING_CUES.items() for cue in cues}
_JOB_CUE_CLASS = {cue: quantity for quantity, cues in _JOB_CUES.items() for cue in cues}
#: What happened to things (not people) by noun: homes destroyed or damaged, jobs cut or created.
_THING_CUES = {**{w: _BUILDING_CUE_CLASS for w in _BUILDINGS}, **{w: _JOB_CUE_CLASS for w in _JOBS}}
_CUE_WORD = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_CUE_PHRASES = tuple(
    (re.compile(rf"\b{phrase}\b", re.IGNORECASE), quantity)
    for quantity, phrases in _PEOPLE_CUE_PHRASES.items()
    for phrase in phrases
)
#: What separates a cue from a figure it does not describe ("killing 34 people and injuring 200").
CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|or|but|while|whereas)\b", re.IGNORECASE)
#: What follows a cue joined by "or" to another ("killed or wounded", "died or were missing").
_OR_JOINED = re.compile(
    r"\s+or\s+(?:(?:were|was|are|is|had|have|has|been|being)\s+){0,2}([A-Za-z]+)", re.IGNORECASE
)


def _cues(context: str, things: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """Where ``context`` says what happened to people (or, with ``things``, the cue classes of a thing's
    noun, to homes or jobs), and the class it gives: cue phrases ("left their homes"), then cue words
    outside them ("killed")."""
    found = [] if things else [
        (m.start(), m.end(), quantity) for rx, quantity in _CUE_PHRASES for m in rx.finditer(context)
    ]  # fmt: skip
    phrases = list(found)
    classes = things or _CUE_CLASS
    for cue in _CUE_WORD.finditer(context):
        cued = classes.get(cue.group().lower())
        if cued is not None and not any(s <= cue.start() < e for s, e, _ in phrases):
            found.append((cue.start(), cue.end(), cued))  # "lost" in "lost their homes" is the phrase's
    return found


def without_cue_phrases(text: str) -> str:
    """``text`` with its cue phrases ("had left their homes", "moved out of their homes") blanked: words
    that say what happened to people, as a cue word does, and so tell nothing of which people.

    >>> without_cue_phrases("2,300 people had been moved out of their homes")
    '2,300 people had been  '
    """
    for rx, _ in _CUE_PHRASES:
        text = rx.sub(" ", text)
    return text


#: A verb whose object a figure is, with the class of what it did to the people counted: "killing 11
#: people and injuring 47", and, the noun left out, "injuring more than 200", "the blast killed 12 on
#: Monday".
VERB_CUES = {
    "deaths": ("kill", "killed", "killing", "kills"),
    "injuries": ("injure", "injured", "injuring", "injures", "wound", "wounded", "wounding", "wounds"),
    "displaced": ("displace", "displaced", "displacing", "displaces", "evacuated", "evacuating"),
    "rescued": ("rescued", "rescuing"),
    "trapped": ("trapped", "trapping"),
    "infected": ("infecting", "sickening"),
}
_VERB_CLASS = {verb: quantity for quantity, verbs in VERB_CUES.items() for verb in verbs}
#: The verb just before a figure (its qualifier included): "injuring more than 200" is matched at "more".
_VERB_BEFORE = re.compile(r"\b([A-Za-z]+)\s+\Z")
#: Words after a figure that tell it has no counting noun of its own: what follows is another phrase
#: ("killed 12 on Monday", "injuring 47 and leaving", "rescued 96, police said").
_PAST_THE_FIGURE = frozenset(
    (
        "and", "or", "but", "on", "in", "at", "by", "during", "after", "before", "since", "as", "when",
        "while", "from", "with", "near", "across", "overnight", "last", "this", "so", "far", "yesterday",
        "today", "earlier", "later", "according", "the",
    )
)  # fmt: skip
#: Auxiliaries between a figure with no noun and the cue it is the subject of ("200 were hurt"), as
#: the words after a figure are read (singular: "remains" is "remain").
_AUXILIARIES = frozenset(
    ("were", "was", "are", "is", "had", "have", "has", "been", "being", "remain", "remained", "still")
)
#: Cue words that say, as a predicate, what happened to the people a figure counts ("were killed").
_PREDICATE_CUES = frozenset(_CUE_CLASS) - {
    "killing",
    "injuring",
    "displacing",
    "lost",
    "lives",
    "deaths",
    "fatalities",
}
#: A death toll given: "the death toll rose to 19", "raising the toll to 40", "a toll of 31", "put the
#: toll at 60"; the figure is what follows (up to three words between, none a clause break).
_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+)?toll\b(?:\s+[A-Za-z]+){0,3}?\s+(?:to|at|of|reached|hit|topped|passed|exceeded)\s+\Z",
    re.IGNORECASE,
)


def elided(words: list[str], context: str, start: int) -> str | None:
    """The class of a figure whose counting noun is left out, from the verb it is the object of
    ("injuring more than 200", "the blast killed 12 on Monday": :data:`VERB_CUES`) or the toll it gives
    ("raised the death toll to 19", "a toll of 40 people"): deaths, injuries... ``words``: the
    (singular) words after the figure; ``start``: where the figure begins with its qualifier, in
    ``context``. None when the figure has a noun of its own ("killing 11 soldiers") or nothing before
    it says what it counts.

    >>> elided([], "the crash, which killed 11 people and injured more than 200", 46)
    'injuries'
    >>> elided(["people"], "raising the death toll to 19 people", 26)
    'deaths'
    >>> elided(["soldier"], "killing 11 soldiers", 8) is None
    True
    """
    noun = words[0] if words else None
    if noun in _AUXILIARIES:  # "about 200 were hurt", "345 had been rescued": the subject of a cue
        said = next((w for w in words if w not in _AUXILIARIES), None)
        return _CUE_CLASS.get(said) if said in _PREDICATE_CUES else None
    toll = _TOLL_BEFORE.search(context, max(0, start - 40), start) is not None
    if noun is not None and noun not in _PAST_THE_FIGURE:
        # "the death toll rose to 19 people"; any other noun is the figure's own
        return "deaths" if toll and (noun in _PEOPLE or noun in _COUNTED["deaths"]) else None
    if toll:
        return "deaths"
    verb = _VERB_BEFORE.search(context, max(0, start - 20), start)
    return _VERB_CLASS.get(verb.group(1).lower()) if verb is not None else None


def counted(words: list[str], context: str, start: int, word_ends: Sequence[int]) -> tuple[str, int] | None:
    """The class of what a figure counts and the index of the counting noun. People ("soldiers",
    "residents") are counted by what happened to them: the class whose cue (:func:`_cues`) is nearest
    the figure and its noun (from ``start``, where the figure begins with its qualifier, to the noun's
    end in ``word_ends``, offsets in ``context``) wins, in words, a cue past a clause break ("and",
    a comma) counting as farther than any before it, so in "300 people were feared dead and 15,000
    people left homeless" the second figure counts the displaced, and in "killing at least 34 people and
    injuring 200" the first counts deaths. A cue before the figure's clause is another clause's ("some
    badly hurt, from a ferry carrying 540 people"), and so is one past a clause break with another figure
    between: in "the ferry was carrying 543 people and 345 had been rescued", 543 counts no one rescued."""
    for i, w in enumerate(words):
        if i > 0 and w in _COUNTED["distance"] and words[i - 1] == "square":
            return "area", i
        for quantity, nouns in _COUNTED.items():
            if w in nouns and (w != "case" or _ILLNESS.intersection(_CUE_WORD.findall(context.lower()))):
                if i < len(word_ends) and _joined_to_other(context, word_ends[i], quantity):
                    return None  # "15,000 dead or wounded": two classes counted together
                return quantity, i
        if w in _PEOPLE or w in _THING_CUES:
            best: tuple[tuple[bool, int], str] | None = None
            end = word_ends[i] if i < len(word_ends) else start
            for cue_start, cue_end, cued in sorted(_cues(context, _THING_CUES.get(w))):
                gap = context[cue_end:start] if cue_end <= start else context[end:cue_start]
                distance = (CLAUSE_BREAK.search(gap) is not None, len(_CUE_WORD.findall(gap)))
                if distance[0] and (cue_end <= start or _DIGIT.search(gap)):
                    continue  # "hurt, from a ferry carrying 540 people", "543 people and 345 had been rescued"
                if not distance[0] and _joined_to_other(context, cue_end, cued):
                    return (
                        None  # two things together: "died or were missing", "lost 300 men killed or wounded"
                    )
                if best is None or distance < best[0]:
                    best = (distance, cued)
            return (best[1], i) if best is not None else None
    return None


def _joined_to_other(context: str, cue_end: int, quantity: str) -> bool:
    """Whether the cue or counting word ending at ``cue_end`` is joined by "or" to one of another class:
    "killed or wounded", "died or were missing", "dead or injured" count two classes together.

    >>> _joined_to_other("1,000 people died or were missing", 17, "deaths")
    True
    >>> _joined_to_other("1,000 people died or drowned", 17, "deaths")
    False
    """
    m = _OR_JOINED.match(context, cue_end)
    if m is None:
        return False
    word = m.group(1).lower()
    other = _CUE_CLASS.get(word) or next((q for q, nouns in _COUNTED.items() if word in nouns), None)
    return other is not None and other != quantity


#: An age, not a count: "a 60-year-old man", "60 years old", "aged 60".
_AGE_AFTER = re.compile(r"\s*-?\s*(?:year|month|week|day)s?(?:-|\s+)old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\bage(?:d|s)?\s+(?:of\s+)?\Z", re.IGNORECASE)
#: A speed, not a distance: "30 miles per hour", "185 mph", "295 km/h".
_SPEED_AFTER = re.compile(
    r"\s*(?:/\s*h\b|per\s+(?:hour|second|minute|day)\b|an\s+hour\b|a\s+day\b)", re.IGNORECASE
)
#: A rate, not a sum of money: "$15 an hour", "$2 billion a year", "$50 a ton", "$5 per share".
_RATE_AFTER = re.compile(
    r"\s*(?:/\s*|per\s+|an?\s+)(?P<per>kilo|kg|tonne|ton|pound|lb|ounce|barrel|share|day|week|month|year|"
    r"hour|head|person|litre|liter|gallon|unit|acre|hectare)s?\b",
    re.IGNORECASE,
)


def rate_of(text: str, end: int) -> str | None:
    """What a sum of money ending at ``end`` is paid per, when it is a rate ("an hour": "hour"), else None.

    >>> rate_of("a job that pays $22 an hour", 19), rate_of("it paid $5 million for the plant", 18)
    ('hour', None)
    """
    rate = _RATE_AFTER.match(text, end)
    return rate.group("per").lower() if rate is not None else None


#: A change before a figure: "another 300", "a further 40", "an additional 1,200".
_ANOTHER = re.compile(r"\b(?:another|an?\s+(?:further|additional|extra))\s+\Z", re.IGNORECASE)
#: A figure of a group's members: "200 of its personnel", "31 of them", "12 of the injured".
_PART_AFTER = re.compile(r"\s+of\s+(?P<det>its|their|his|her|our|the|them|those|these|whom)\b", re.IGNORECASE)
#: Whose members a party counts as its own: "the army said 15 of its soldiers were killed".
_OWN = frozenset(("its", "their", "our"))
#: A day of a month ("March 20 - Chadian troops killed ..."), not a count.
_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s*\Z")


def figure_end(m: re.Match[str]) -> int:
    """Where a figure of :func:`~graphbuild.crossdoc_numbers.figures` ends, its scale word included
    ("1.5 million"), the words after it left out (group 3: the digits or the words)."""
    return m.end("scale") if m.group("scale") else m.end(3)


def _own_toll(determiner: str, words: list[str], index: int, quantity: str) -> bool:
    """Whether a figure of some of a party's own people is that party's toll: "9 of its fighters had
    died", "three of our soldiers were wounded" count the fighters the front lost, as "9 fighters died"
    would. ``words``: the (singular) words after the figure ("of", "its", "fighter", ...); ``index``:
    the counting noun's; ``quantity``: the class their cue gives. Members of a group the text names
    otherwise ("120 of the villagers", "31 of them") are a part of it, not a toll of their own.

    >>> _own_toll("its", ["of", "it", "fighter", "had"], 2, "deaths")
    True
    >>> _own_toll("the", ["of", "the", "villager"], 2, "deaths")
    False
    >>> _own_toll("its", ["of", "it", "personnel"], 2, "jobs cut")
    False
    """
    return (
        determiner.lower() in _OWN
        and index == 2
        and index < len(words)
        and words[index] in _PEOPLE
        and quantity in _PEOPLE_CUES
    )


def not_a_count(
    text: str, m: re.Match[str], words: list[str], ends: Sequence[int], hit: tuple[str, int]
) -> bool:
    """A date ("March 20"), an age ("a 60-year-old man", "aged 60"), a change ("another 300"), a part of
    a group ("200 of its personnel"; a party's own people lost are its toll, :func:`_own_toll`), a speed
    ("30 miles per hour", "295 km/h"), a compound measure ("613 seat miles") or a name ("Three Mile
    Island"): a figure, but not one of a claim's quantities."""
    end = figure_end(m)
    if _MONTH_BEFORE.search(text, max(0, m.start(3) - 12), m.start(3)):
        return True  # "March 20": a date
    if _AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True
    if (words[:1] and words[0] in _CHANGE_WORDS) or _ANOTHER.search(text, max(0, m.start() - 16), m.start()):
        return True  # "3,000 more acres", "another 300 people": a change, not the quantity
    quantity, index = hit
    part = _PART_AFTER.match(text, end)
    if part is not None and not _own_toll(part.group("det"), words, index, quantity):
        return True  # "200 of its personnel", "31 of them": a part of a group, not its count
    if quantity not in ("area", "distance"):
        return False
    if index != (1 if words[:1] in (["square"], ["nautical"]) else 0):
        return True  # "613 seat miles": the unit of something else
    unit = (m.group("noun") or "").split()[index] if index < len(ends) else ""
    if unit[:1].isupper() and not unit.isupper():
        return True  # "Nine Mile Unit Two", "Three Mile Island": a name, whatever number it holds
    return index < len(ends) and _SPEED_AFTER.match(text, ends[index]) is not None


#: "of the" between a part and the figure of its group: "5 of the 40 miners", "three of its 12 soldiers".
_OF_GROUP_BEFORE = re.compile(r"\s+of\s+(?:the|its|their|our|those|these)\s+\Z", re.IGNORECASE)
#: A part with no figure (no toll is read from "one") before a group's figure: "most of the 300
#: passengers", "dozens of its 200 workers", "one of the 12 miners".
_SHARE_BEFORE = re.compile(
    r"\b(?:one|some|most|many|all|none|both|either|neither|several|few|dozens|hundreds|thousands|half|majority|rest|remainder)\Z",
    re.IGNORECASE,
)
#: A finite verb after a group's noun (past a conjunct, "passengers and crew were", and a short
#: phrase, "miners on the shift died"): the clause's subject is the part, so the verb tells what
#: happened to the part ("5 of the 40 miners died"). A participle there ("31 of the 40 people killed
#: were civilians") tells it of the whole group.
_FINITE_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[a-z]+)?"
    r"(?:\s+(?:on|in|at|from|aboard|inside|of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?[a-z]+)?"
    r"\s+(?:were|was|are|is|had|have|has|remain|remains|remained|died|perished|drowned)\b",
    re.IGNORECASE,
)


def group_of_part(
    text: str,
    m: re.Match[str],
    words: list[str],
    ends: Sequence[int],
    hit: tuple[str, int],
    figure_ends: Collection[int],
) -> int | None:
    """Whether a toll of people (``m``; its counting noun ``words[hit[1]]``, ending at
    ``ends[hit[1]]``) is only the group a part of it is drawn from: "at least 5 of the 40 miners died",
    "32 of the 543 passengers and crew were confirmed dead", "most of the 300 passengers were killed".
    Returns where the part's figure ends (one of ``figure_ends``, where the text's figures end), -1
    when a word gives the part ("most of"), None when ``m`` is the toll: the cue is the group's own
    ("31 of the 40 people killed were civilians"), or the noun is the class ("three of the 53 wounded
    remained hospitalized").

    >>> import re
    >>> fig = re.compile(r"(\\d+) (?P<noun>\\w+)")
    >>> text = "at least 5 of the 40 miners died"
    >>> m = fig.search(text, 14)
    >>> group_of_part(text, m, ["miner", "died"], [m.end()], ("deaths", 0), {10, 20})
    10
    >>> text = "31 of the 40 people killed were civilians"
    >>> m = fig.search(text, 3)
    >>> group_of_part(text, m, ["people", "killed"], [m.end()], ("deaths", 0), {2, 12}) is None
    True
    """
    quantity, index = hit
    if (
        quantity not in _PEOPLE_CUES
        or not 0 <= index < min(len(ends), len(words))
        or words[index] not in _PEOPLE
    ):
        return None
    of = _OF_GROUP_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if of is None or not _FINITE_AFTER.match(text, ends[index]):
        return None
    if of.start() in figure_ends:
        return of.start()
    return -1 if _SHARE_BEFORE.search(text, max(0, of.start() - 12), of.start()) else None
