"""Whether two documents tell one story: the gate that lets statements sharing no entity be compared
by :func:`~graphbuild.crossdoc_conflicts.find_conflicts`.

Two strengths of evidence:

* *one story* (:func:`one_story`): the documents share at least :data:`STORY_SHARED_ENTITIES`
  resolved entities and at least :data:`STORY_SHARE` of all the entities either mentions. Then
  two figures of one class are compared on the evidence any two sources' figures need.
* *shared names* (:func:`shared_names`): the documents share at least :data:`NAMED_SHARED_ENTITIES`
  entities that tell a story, though not that share of all (a short article names few of the
  entities a long one does, and the tagger misses some). That alone is no story (two articles on
  one war, one market), so the two figures need more evidence that they count one thing
  (:data:`NAMED_STORY_WORDS` words in common around them, see ``find_conflicts``).

Names that tell no story are left out of the second:

* an entity both documents name only in their datelines ("NEW YORK, March 3 -", "LISBON
  (Continental Report) -": where two reporters file from and who publishes, not what happened;
  :func:`dateline_entities`); a place one names in its dateline and the other in its body counts;
* nationalities and other groups ("Japanese", "Iraqi": ``generic``, the NORP entities);
* entities common in the build: in at least :data:`COMMON_MIN_DOCUMENTS` documents and more than
  :data:`COMMON_SHARE` of them ("U.S.", "Washington" in a year of wire copy). A build of a few
  documents cannot tell a common entity from its story's own: there, none is common.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from .datelines import dateline_span

#: Two documents are of one story when they share this many entities, and this share of all the
#: entities either mentions.
STORY_SHARED_ENTITIES = 3
STORY_SHARE = 0.4
#: Documents sharing this many entities that tell a story (not dateline-only, not common) share names.
NAMED_SHARED_ENTITIES = 2
#: Words in common around two figures of documents that only share names (any class of figure).
NAMED_STORY_WORDS = 2
#: An entity in at least this many documents of a build, and in more than this share of them, is common.
COMMON_MIN_DOCUMENTS = 10
COMMON_SHARE = 0.02

#: What :meth:`Stories.relation` answers.
NO_STORY, SHARED_NAMES, ONE_STORY = 0, 1, 2


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


def dateline_entities(text: str, spans: Iterable[tuple[int, int, str]]) -> frozenset[str]:
    """The entities a document (``text``, its entity mentions as ``(start, end, entity)``) names
    only in its dateline.

    >>> text = "Fire nears town\\n\\nLISBON (Wire) - The fire in Almara burned on; Lisbon sent planes."
    >>> sorted(dateline_entities(text, [(17, 23, "ent:lisbon"), (25, 29, "ent:wire"), (45, 51, "ent:almara")]))
    ['ent:lisbon', 'ent:wire']
    >>> sorted(dateline_entities(text, [(17, 23, "ent:lisbon"), (71, 77, "ent:lisbon")]))
    []
    """
    span = dateline_span(text)
    if span is None:
        return frozenset()
    inside: set[str] = set()
    outside: set[str] = set()
    for start, end, entity in spans:
        (inside if span[0] <= start and end <= span[1] else outside).add(entity)
    return frozenset(inside - outside)


def dateline_only_entities(
    texts: Mapping[str, str], spans: Mapping[str, Sequence[tuple[int, int, str]]]
) -> dict[str, frozenset[str]]:
    """:func:`dateline_entities` of each document of ``texts`` (document id -> text) with mentions in
    ``spans`` (document id -> its mentions)."""
    return {doc: dateline_entities(texts[doc], found) for doc, found in spans.items() if doc in texts}


class Stories:
    """The story gate of one build: the entities each document mentions, optionally those it names
    only in its dateline (:func:`dateline_entities`), and ``generic`` entities that name no story."""

    def __init__(
        self,
        document_entities: Mapping[str, frozenset[str]],
        dateline_only: Mapping[str, frozenset[str]] | None = None,
        generic: frozenset[str] = frozenset(),
    ) -> None:
        self.entities = document_entities
        documents = Counter(e for entities in document_entities.values() for e in entities)
        share = COMMON_SHARE * len(document_entities)
        common = frozenset(e for e, n in documents.items() if n >= COMMON_MIN_DOCUMENTS and n > share)
        self.names = {doc: entities - common - generic for doc, entities in document_entities.items()}
        self.dateline_only = dateline_only or {}

    def relation(self, docs_a: Iterable[str], docs_b: Iterable[str]) -> int:
        """:data:`ONE_STORY` when a document of ``docs_a`` and one of ``docs_b`` are of one story,
        else :data:`SHARED_NAMES` when two share names, else :data:`NO_STORY`."""
        best = NO_STORY
        for x in docs_a:
            for y in docs_b:
                if one_story(self.entities.get(x), self.entities.get(y)):
                    return ONE_STORY
                if shared_names(
                    self.names.get(x), self.names.get(y), self.dateline_only.get(x), self.dateline_only.get(y)
                ):
                    best = SHARED_NAMES
        return best


def shared_names(
    a: frozenset[str] | None,
    b: frozenset[str] | None,
    dateline_a: frozenset[str] | None = None,
    dateline_b: frozenset[str] | None = None,
) -> bool:
    """Whether two documents' story-telling entities (neither common nor generic) share at least
    :data:`NAMED_SHARED_ENTITIES`, not counting those both name only in their datelines
    (``dateline_a``, ``dateline_b``).

    >>> shared_names(frozenset({"ent:town", "ent:ship", "ent:x"}), frozenset({"ent:town", "ent:ship"}))
    True
    >>> shared_names(frozenset({"ent:town", "ent:x"}), frozenset({"ent:town", "ent:y"}))
    False
    >>> ny = frozenset({"ent:ny"})
    >>> shared_names(frozenset({"ent:ny", "ent:sec"}), frozenset({"ent:ny", "ent:sec"}), ny, ny)
    False
    >>> shared_names(frozenset({"ent:ny", "ent:sec"}), frozenset({"ent:ny", "ent:sec"}), ny)
    True
    """
    if not a or not b:
        return False
    dateline_a, dateline_b = dateline_a or frozenset(), dateline_b or frozenset()
    return len(a & b - (dateline_a & dateline_b)) >= NAMED_SHARED_ENTITIES
