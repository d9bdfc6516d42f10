"""When two sources' areas, distances or sums of money are one quantity.

A unit says little of what is measured (a 40 km section and a 26 km pipeline; a debt reduction and
debt payments), so :func:`~graphbuild.crossdoc_conflicts_find.find_conflicts` compares such figures
only when their words around share :data:`~graphbuild.crossdoc_conflicts.OTHER_SHARED_WORDS` content words
and the two reports are one source's (one speaker's figure, told two ways) or documents plainly of one
story (:func:`~graphbuild.crossdoc_story.one_story` by its share). A distance *from a place* ("12
nautical miles off Teras", "30 km south of Brasov") is a position, which two outlets give for one
event: two such distances are also compared when the reports are of one story only loosely (two shared
entities, one specific) or name a common subject (the ship). A length ("a 25 km pipeline", "25 miles
of pipeline") never is: it says what was built or damaged, and two articles of one story name many.
"""

from __future__ import annotations

import re

from .crossdoc_conflicts import OTHER_SHARED_WORDS

#: What follows a distance from a place: "off", "from", "away", "offshore", "inland", "south of",
#: "north-east of", "outside", "short of".
_FROM_A_PLACE = re.compile(
    r"\s+(?:off|from|away|offshore|inland|outside|beyond|short\s+of|"
    r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ward)?\s+of)\b",
    re.IGNORECASE,
)


def from_a_place(clause: str | None, shown: str) -> bool:
    """Whether the figure ``shown`` ("about 12 nautical miles") measures a distance from a place in its
    ``clause`` (:func:`~graphbuild.crossdoc_conflicts_toll.figure_clause`), not a length.

    >>> from_a_place("it overturned about 12 nautical miles off the island", "about 12 nautical miles")
    True
    >>> from_a_place("the village, about 30 km south of Brasov", "about 30 km")
    True
    >>> from_a_place("Ecuador might build an emergency 25 km pipeline", "25 km")
    False
    >>> from_a_place("damage to 25 miles of pipeline", "25 miles")
    False
    """
    if clause is None:
        return False
    at = clause.find(shown)
    return at >= 0 and _FROM_A_PLACE.match(clause, at + len(shown)) is not None


def measures_compared(
    quantity: str,
    shared_words: int,
    *,
    one_source: bool,
    story: bool,
    loosely: bool,
    from_places: bool,
) -> bool:
    """Whether two figures of an area, a distance or money (``quantity``) are compared (see the module
    docstring): ``shared_words`` content words around them in common (:data:`OTHER_SHARED_WORDS` needed);
    ``one_source``: one speaker's; ``story``: documents of one story by its share; ``loosely``: of one
    story loosely, or naming a common subject; ``from_places``: both distances from a place.

    >>> measures_compared("distance", 2, one_source=False, story=False, loosely=True, from_places=True)
    True
    >>> measures_compared("area", 2, one_source=False, story=False, loosely=True, from_places=False)
    False
    """
    if shared_words < OTHER_SHARED_WORDS:
        return False
    return one_source or story or (quantity == "distance" and loosely and from_places)
