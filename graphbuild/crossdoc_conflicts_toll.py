"""Two tolls of one story whose figures share no word around them: one quantity when nothing sets
either apart.

Outlets tell a toll in their own words ("18 people had died", "nearly 40 people had been killed by
the floods"), so the words around two figures of one toll often share nothing but the class's cue.
:func:`~graphbuild.crossdoc_conflicts.find_conflicts` then still compares them when all of these hold
(general English, no list of names or topics):

* their documents tell one story loosely: they share :data:`TOLL_STORY_ENTITIES` entities, whatever
  else either mentions;
* one figure's words say nothing the other's do not (the class's cue words aside): "18 people had
  died" names no circumstance, so it is the story's toll, not "12 civilians killed by air strikes
  near the border" against "26 who died in the shelling of the market";
* neither report names an entity the other figure's documents never mention: a toll "in Tosk" is
  another place's when the other article does not know Tosk;
* neither figure's words narrow it to a part (:data:`NARROWING_WORDS`: those who died in hospital, the
  day's arrivals alone, the children among the dead);
* the two figures cannot both hold (a contradiction, not a divergence of bounds).

What the figures count (class, and the counting nouns of one group of people) is checked by the
caller, as for every toll.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from .crossdoc_tokens import content_tokens

#: Entities two documents share for their tolls to be compared with no word shared around them.
TOLL_STORY_ENTITIES = 3
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
) -> bool:
    """Whether two tolls of one class, whose figures share no word, are nonetheless one quantity (see
    the module docstring; the caller checks that they contradict). ``docs``: each figure's documents;
    ``about``: the entities each figure's report names; ``context``: each figure's context words, the
    class's cue words left out.

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
    if not (set(about[0]) <= mentioned[1] and set(about[1]) <= mentioned[0]):
        return False  # a report names what the other article never mentions: another place or group
    return not ((context[0] | context[1]) & _narrowing())
