"""Whether two documents tell one story: the gate that lets statements sharing no entity be compared
by :func:`~graphbuild.crossdoc_conflicts.find_conflicts`."""

from __future__ import annotations

#: Two documents are of one story when they share this many entities, and this share of all the
#: entities either mentions.
STORY_SHARED_ENTITIES = 3
STORY_SHARE = 0.4


def one_story(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Whether two documents, given the entities each mentions, tell one story: at least
    :data:`STORY_SHARED_ENTITIES` shared, and at least :data:`STORY_SHARE` of all of them.

    >>> one_story(frozenset({"ent:a", "ent:b", "ent:c", "ent:d"}), frozenset({"ent:a", "ent:b", "ent:c", "ent:e"}))
    True
    >>> one_story(frozenset({"ent:us", "ent:a", "ent:b", "ent:c"}), frozenset({"ent:us", "ent:x"}))
    False
    """
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= STORY_SHARED_ENTITIES and shared >= STORY_SHARE * len(a | b)
