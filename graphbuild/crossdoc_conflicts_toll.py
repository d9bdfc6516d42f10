"""Two tolls of one story whose figures share no word around them: one quantity when nothing sets
either apart.

Outlets tell a toll in their own words ("18 people had died", "nearly 40 people had been killed by
the floods"), so the words around two figures of one toll often share nothing but the class's cue.
:func:`~graphbuild.crossdoc_conflicts_find.find_conflicts` then still compares them when all of these hold
(general English, no list of names or topics):

* their documents tell one story loosely: they share :data:`TOLL_STORY_ENTITIES` entities, whatever
  else either mentions;
* the words of one figure's clause say nothing the other's do not (the class's cue words aside):
  "18 people had died" names no circumstance, so it is the story's toll, not "12 civilians killed by
  air strikes near the border" against "26 who died in the shelling of the market";
* neither report names an entity the other figure's documents never mention: a toll "in Tosk" is
  another place's when the other article does not know Tosk (:func:`names_unknown`, which every
  pair of tolls or distances passes, these or not);
* neither figure's words narrow it to a part (:data:`NARROWING_WORDS`: those who died in hospital, the
  day's arrivals alone, the children among the dead).

What the figures count (class, and the counting nouns of one group of people), their times and how
far apart they are (a contradiction or a divergence) are checked by the caller, as for every toll.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .crossdoc_conflicts_counted import CLAUSE_BREAK
from .crossdoc_tokens import content_tokens
from .events_lexicon import EVENT_NOUNS

#: Entities two documents share for their tolls to be compared with no word shared around them: few,
#: as outlets name few of one story's entities alike; the other tests (a bare clause, no other place
#: named, no narrowing word) carry the rest.
TOLL_STORY_ENTITIES = 2
#: Words that narrow a toll to a part of it: a place within (hospital), a share of a day or a group.
NARROWING_WORDS = "hospital hospitals hospitalised hospitalized alone among including daily"


@lru_cache(maxsize=1)
def _narrowing() -> frozenset[str]:
    return content_tokens(NARROWING_WORDS)


def _mentioned(docs: Iterable[str], document_entities: Mapping[str, frozenset[str]]) -> frozenset[str]:
    return frozenset(e for d in docs for e in document_entities.get(d, ()))


def one_toll_unworded(
    docs: tuple[Iterable[str], Iterable[str]],
    about: tuple[Iterable[str], Iterable[str]],
    context: tuple[frozenset[str], frozenset[str]],
    document_entities: Mapping[str, frozenset[str]],
    near: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    adjectives: frozenset[str] = frozenset(),
) -> bool:
    """Whether two tolls of one class, whose figures share no word, are nonetheless one quantity (see
    the module docstring; the caller compares the figures). ``docs``: each figure's documents;
    ``about``: the entities each figure's report names; ``context``: the words of each figure's clause
    (:func:`figure_clause`), the class's cue words left out; ``near``: all the words near each figure,
    read for :data:`NARROWING_WORDS` too; ``adjectives``: as :func:`names_unknown` takes them.

    >>> ents = {"d1": frozenset({"a", "b", "c"}), "d2": frozenset({"a", "b", "c", "t"})}
    >>> flood = frozenset({"flood"})
    >>> one_toll_unworded((["d1"], ["d2"]), ([], ["a"]), (frozenset(), flood), ents)
    True
    >>> one_toll_unworded((["d1"], ["d2"]), ([], ["t"]), (frozenset(), flood), ents)
    False
    >>> one_toll_unworded((["d1"], ["d2"]), ([], []), (frozenset({"market"}), flood), ents)
    False
    """
    if not (context[0] <= context[1] or context[1] <= context[0]):
        return False  # each figure's words say something the other's do not: two things, maybe
    mentioned = (_mentioned(docs[0], document_entities), _mentioned(docs[1], document_entities))
    if len(mentioned[0] & mentioned[1]) < TOLL_STORY_ENTITIES:
        return False
    if names_unknown(docs, about, document_entities, adjectives):
        return False
    return not ((context[0] | context[1] | near[0] | near[1]) & _narrowing())


def names_unknown(
    docs: tuple[Iterable[str], Iterable[str]],
    about: tuple[Iterable[str], Iterable[str]],
    document_entities: Mapping[str, frozenset[str]],
    adjectives: frozenset[str] = frozenset(),
) -> bool:
    """Whether either report names an entity the other figure's documents never mention: a toll "in
    Tadzhikistan" is another place's than one "in Georgia" when neither article knows the other place,
    whatever words and entities ("Soviet") the two share. ``about``: the entities each report names;
    ``adjectives``: entities that do not count, nationalities ("the Dorvanian town"), which one outlet
    writes where another names the country.

    >>> ents = {"d1": frozenset({"soviet", "tadzhikistan"}), "d2": frozenset({"soviet", "georgia"})}
    >>> names_unknown((["d1"], ["d2"]), (["soviet", "tadzhikistan"], ["soviet"]), ents)
    True
    >>> names_unknown((["d1"], ["d2"]), (["soviet"], ["soviet"]), ents)
    False
    >>> names_unknown((["d1"], ["d2"]), (["soviet", "tadzhik"], ["soviet"]), ents, frozenset({"tadzhik"}))
    False
    """
    mentioned = (_mentioned(docs[0], document_entities), _mentioned(docs[1], document_entities))
    return not (set(about[0]) - adjectives <= mentioned[1] and set(about[1]) - adjectives <= mentioned[0])


#: Words that make an event noun after them another occurrence than the story's ("in a second bombing",
#: "another raid", "a separate quake"): a toll of it is another toll.
_OTHER_OCCURRENCE = re.compile(
    rf"\b(?:second|third|fourth|another|separate|previous|earlier|prior|fresh|subsequent|later)\s+"
    rf"(?:[a-z-]+\s+)?(?:{'|'.join(sorted(EVENT_NOUNS))})s?\b",
    re.IGNORECASE,
)


def another_occurrence(clause: str | None) -> bool:
    """Whether a figure's clause tells of another occurrence of a happening than the story's.

    >>> another_occurrence("Afghan warplanes killed 22 people in a second bombing in as many days")
    True
    >>> another_occurrence("Afghan warplanes killed almost 150 people in bombing raids last Monday")
    False
    """
    return clause is not None and _OTHER_OCCURRENCE.search(clause) is not None


#: Words that make a toll the world's: it is never one place's toll, whatever two reports share.
_WORLDWIDE = re.compile(
    r"\b(?:worldwide|globally|world-wide|(?:across|around|in)\s+the\s+(?:world|globe)|"
    r"across\s+\d+\s+countries|(?:of|in)\s+(?:all|\d+)\s+countries)\b",
    re.IGNORECASE,
)


def worldwide(clause: str | None) -> bool:
    """Whether a figure's clause counts the whole world's toll (a pandemic's cases "worldwide"), which
    one country's figure never contradicts.

    >>> worldwide("there were at least 126,000 cases of COVID-19 worldwide"), worldwide("1,279 cases in Ohio")
    (True, False)
    """
    return clause is not None and _WORLDWIDE.search(clause) is not None


#: Words that make a figure one year's (or each year's) share of a quantity: "350 redundancies this
#: year" is a part of "800 planned redundancies", "12,000 cases a year" another count than an outbreak's.
_A_YEAR = re.compile(
    r"\b(?:(?:this|last|next|each|every|a|per)\s+year|annual(?:ly)?|year[- ]to[- ]date|so\s+far\s+this\s+year)\b",
    re.IGNORECASE,
)


def a_year_s(clause: str | None) -> bool:
    """Whether a figure's clause counts one year's (or each year's) share.

    >>> a_year_s("plans for 350 redundancies this year"), a_year_s("800 planned redundancies in the sector")
    (True, False)
    """
    return clause is not None and _A_YEAR.search(clause) is not None


def figure_clause(texts: Sequence[str], shown: str) -> str | None:
    """The clause of a figure as shown (``shown``, "26 civilians") in the first of ``texts`` that holds
    it: from the clause break before it to the one after it (a comma, "and", "but"...).

    >>> figure_clause(["26 civilians had been killed since Saturday and it had treated 150 people"], "26 civilians")
    '26 civilians had been killed since Saturday '
    """
    for text in texts:
        start = text.find(shown)
        if start < 0:
            continue
        end = start + len(shown)
        before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
        after = CLAUSE_BREAK.search(text, end)
        return text[before[-1] if before else 0 : after.start() if after else len(text)]
    return None
