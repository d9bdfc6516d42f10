"""Entity mentions and their resolution into entities (the ``mentions/entities`` stage).

Public API:

- :func:`extract_mentions` - spaCy NER mentions of one document, cleaned, with titles;
- :func:`resolve_entities` - all mentions of all documents -> :class:`Resolution`;
- :class:`Overrides` / :func:`load_overrides` - user-editable merge overrides (JSON).

Example (no spaCy needed for resolution)::

    >>> from graphbuild.model import Mention
    >>> ms = [Mention("doc:a", 0, 15, "Jens Stoltenberg", "PERSON"),
    ...       Mention("doc:a", 40, 55, "Mr. Stoltenberg", "PERSON"),
    ...       Mention("doc:b", 0, 11, "Stoltenberg", "PERSON")]
    >>> r = resolve_entities(ms)
    >>> [(e.name, e.type, len(e.mentions)) for e in r.entities]
    [('Jens Stoltenberg', 'PERSON', 3)]
    >>> r.find("stoltenberg") == r.entities[0].id
    True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .entities_documents import PreparedDocument, prepare_document
from .entities_extract import KEEP_LABELS, CuedMention, TitledMention, extract_mentions
from .entities_keys import fold, parse_name
from .entities_overrides import Overrides, load_overrides, parse_overrides
from .entities_resolve import resolve_mentions
from .entities_resolve import resolve_prepared as _resolve_prepared
from .model import Entity, Mention

__all__ = [
    "KEEP_LABELS",
    "CuedMention",
    "Overrides",
    "PreparedDocument",
    "Resolution",
    "TitledMention",
    "extract_mentions",
    "load_overrides",
    "parse_overrides",
    "prepare_document",
    "resolve_entities",
    "resolve_prepared",
]


@dataclass(frozen=True)
class Resolution:
    """The entities of a document set, with lookups by span and by name.

    ``entities`` is sorted by id. Lookup indexes are built once, on construction.
    """

    entities: tuple[Entity, ...]
    _spans: dict[str, list[tuple[int, int, str]]] = field(init=False, repr=False, compare=False)
    _names: dict[str, str] = field(init=False, repr=False, compare=False)
    _by_id: dict[str, Entity] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        votes: dict[str, dict[str, int]] = {}  # folded name -> entity id -> votes (plain dicts: hot)
        for e in self.entities:
            eid = e.id
            for m in e.mentions:
                spans[m.doc_id].append((m.start, m.end, eid))
            for text in [m.text for m in e.mentions] + [e.name, *e.aliases]:
                key = fold(text)
                c = votes.get(key)
                if c is None:
                    votes[key] = {eid: 1}
                else:
                    c[eid] = c.get(eid, 0) + 1
        for v in spans.values():
            v.sort()
        names = {
            k: next(iter(c)) if len(c) == 1 else max(c, key=lambda eid: (c[eid], eid))
            for k, c in votes.items()
        }
        surnames: dict[str, set[str]] = defaultdict(set)
        for e in self.entities:
            if e.type == "PERSON":
                for alias in e.aliases:
                    parts = fold(alias).split()
                    if len(parts) >= 2:
                        surnames[parts[-1]].add(e.id)
        for surname, ids in surnames.items():
            if len(ids) == 1 and surname not in names:
                names[surname] = next(iter(ids))  # a bare surname finds the only person bearing it
        object.__setattr__(self, "_spans", dict(spans))
        object.__setattr__(self, "_names", names)
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entities})

    @property
    def spans(self) -> dict[str, list[tuple[int, int, str]]]:
        """Per document, every mention span as (start, end, entity id), in order: what
        :meth:`graphbuild.crossdoc.MentionIndex.from_entities` builds from :attr:`entities` (read
        it, do not change it: the lookups here use the same lists)."""
        return self._spans

    def entity_for(self, doc_id: str, start: int, end: int) -> str | None:
        """Id of the entity whose mention in ``doc_id`` overlaps [start, end) most, or None.

        Ties go to the mention closest in length to the span, then the earliest.
        """
        best: tuple[int, int, int] | None = None
        best_id = None
        for s, e, eid in self._spans.get(doc_id, ()):
            if s >= end:
                break
            overlap = min(e, end) - max(s, start)
            if overlap <= 0:
                continue
            rank = (overlap, -abs((e - s) - (end - start)), -s)
            if best is None or rank > best:
                best, best_id = rank, eid
        return best_id

    def find(self, name: str) -> str | None:
        """Id of the entity known by ``name`` (any alias; case, diacritics and titles ignored).

        A bare surname also finds the only person whose full name ends in it.
        """
        key = fold(name)
        if key in self._names:
            return self._names[key]
        bare = " ".join(parse_name(name, "PERSON").tokens)
        return self._names.get(bare)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return self._by_id.get(entity_id)


def resolve_entities(mentions: Sequence[Mention], *, overrides: Overrides | None = None) -> Resolution:
    """Resolve mentions from any number of documents into entities.

    Deterministic: the result does not depend on the order of ``mentions``. Each entity's
    ``evidence`` explains every merge and type repair; ``overrides`` (see :func:`load_overrides`)
    force or forbid merges and choose canonical names.
    """
    return Resolution(tuple(resolve_mentions(mentions, overrides)))


def resolve_prepared(
    documents: Sequence[PreparedDocument], *, overrides: Overrides | None = None
) -> Resolution:
    """:func:`resolve_entities` from each document's :func:`prepare_document` (``documents`` sorted
    by document id, one per document): the same entities as resolving all their mentions at once,
    without preparing each document's names again (the per-document stage stores them)."""
    return Resolution(tuple(_resolve_prepared(documents, overrides)))
