"""Whether two documents tell one story: the gate that lets statements sharing no entity be compared
by :func:`~graphbuild.crossdoc_conflicts_find.find_conflicts`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

#: Two documents are of one story when they share this many entities, and this share of all the
#: entities either mentions.
STORY_SHARED_ENTITIES = 3
STORY_SHARE = 0.4
#: Or when they share this many, one of them :func:`specific_entities`.
STORY_SPECIFIC_SHARED = 2
#: An entity is specific when at most this many documents mention it, or this share of all of them.
SPECIFIC_DOCUMENTS = 5
SPECIFIC_SHARE = 0.01


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


def share_a_specific(a: frozenset[str] | None, b: frozenset[str] | None, specific: frozenset[str]) -> bool:
    """Whether two documents tell one story loosely: :data:`STORY_SPECIFIC_SHARED` entities shared, one
    of them ``specific`` (:func:`specific_entities`: few documents name it), as short articles of one
    story name few entities alike (a country and the town the fire threatens) and many of their own
    (their outlet, their speakers), which :func:`one_story`'s share misses.

    >>> a, b = frozenset({"ent:pt", "ent:town", "ent:x", "ent:y", "ent:z"}), frozenset({"ent:pt", "ent:town", "ent:w"})
    >>> one_story(a, b), share_a_specific(a, b, frozenset({"ent:town"})), share_a_specific(a, b, frozenset({"ent:x"}))
    (False, True, False)
    """
    if not a or not b:
        return False
    common = a & b
    return len(common) >= STORY_SPECIFIC_SHARED and not common.isdisjoint(specific)


def specific_entities(document_entities: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The entities few documents mention: at most :data:`SPECIFIC_DOCUMENTS` of them, or
    :data:`SPECIFIC_SHARE` of all in a large build (a town, a ship, a small firm; not a country or a
    central bank that a whole wire mentions).

    >>> docs = {f"d{i}": frozenset({"ent:us"}) for i in range(200)} | {"a": frozenset({"ent:us", "ent:town"})}
    >>> sorted(specific_entities(docs))
    ['ent:town']
    """
    df: Counter[str] = Counter()
    for ents in document_entities.values():
        df.update(ents)
    most = max(SPECIFIC_DOCUMENTS, SPECIFIC_SHARE * len(document_entities))
    return frozenset(e for e, n in df.items() if n <= most)
