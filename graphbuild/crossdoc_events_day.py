"""One day's happening told by two outlets that name none of its participants alike.

:func:`graphbuild.crossdoc_events.merge_events` joins descriptions that share a participant. Outlets
often tell one happening without one: "Talks collapsed on Friday" / "talks broke down on Friday",
"The study was released today" twice in wire copy of one story. Two descriptions in different
documents, under one predicate key, are still a candidate pair when all of these hold:

* their documents tell one story: they share :data:`STORY_ENTITIES` resolved entities (general,
  no list of names or topics; the conflicts' toll rule uses the same gate);
* both are dated to the same single day, not an open past ("the talks collapsed" with no date);
* the predicate is not one that befalls many things on one day (:data:`MANY_A_DAY`: prices and
  figures rise and fall by the dozen in one market report);
* the heads of their agent and patient phrases meet (:func:`core_heads`: "talks" / "Talks", "the
  meeting" / "A special meeting between importing and exporting countries"), or the same entity
  fills one of those roles; or the happening is one that strikes a place (:data:`ONE_A_DAY`: an
  earthquake, an explosion), of which a story tells one a day, and their places (:func:`places`) do
  not differ; or one of them names the happening by its noun and no agent or patient (:func:`bare`:
  "Port strike", "The walkout began"), as a story writes the happening of that kind it tells that day,
  and their places do not differ;
* the entities named anywhere in those phrases do not differ ("Ford shares" / "GM shares").

The merging step still refuses such a pair when a role names different entities or the figures in
the participants differ, and joins it after every pair that shares a participant.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from .crossdoc_event_participants import EVENT_CORE_ROLES, _common_head
from .crossdoc_lexicon import NUMBER_SCALES
from .crossdoc_words import stem
from .events_lexicon import EVENT_NOUNS
from .model import EventMention

#: Resolved entities two documents share for their same-day descriptions to be compared with no
#: participant in common: few, as outlets name few of one story's entities alike.
STORY_ENTITIES = 2

#: Predicates (by their first word in :data:`~graphbuild.crossdoc_lexicon.EVENT_SYNONYM_GROUPS`) of
#: happenings that befall many things on one day: a market report tells a dozen rises and falls.
MANY_A_DAY = ("rise", "fall")

#: Happenings that strike a place (by their first word in :data:`~graphbuild.crossdoc_lexicon.EVENT_SYNONYM_GROUPS`,
#: or the event noun itself): a story tells one of them a day, so two outlets' descriptions of one on the
#: same day are one even when neither names a participant ("the April 14 earthquake, which killed 88
#: people" / "Tuesday's earthquake in Haldia province"), unless their places differ.
ONE_A_DAY = ("earthquake", "explode", "eruption", "tsunami", "derailment")

#: Words after which a phrase's head has been said: a preposition or a relative word opens a modifier
#: ("a special meeting *between* importing and exporting countries", "the firm *that* ...").
_HEAD_ENDS = frozenset(
    ("of", "for", "between", "in", "on", "at", "from", "with", "by", "to", "over", "under", "after", "before",
     "during", "against", "near", "into", "about", "who", "which", "that", "whose", "where", "when")
)  # fmt: skip
#: Heads that stand for a participant named elsewhere: two outlets' "he" are not one person.
_PRONOUNS = frozenset(
    ("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "this", "that", "these",
     "those", "one", "who", "which", "what")
)  # fmt: skip
_STRIP = ".,;:'\"()“”‘’[]"


def phrase_head(text: str) -> str | None:
    """The head word of a participant phrase: its last word before any preposition or relative word,
    stemmed ("the striking dockworkers" -> "dockworker"), or None for a pronoun, a phrase with a figure
    ("About 2,400 dockworkers", "billion dlrs") or nothing.

    >>> phrase_head("A special meeting between importing and exporting countries"), phrase_head("Talks")
    ('meet', 'talk')
    >>> phrase_head("he"), phrase_head("Kestravan's deputy")
    (None, 'deputy')
    """
    head = None
    for raw in text.split():
        word = raw.strip(_STRIP)
        lower = word.lower()
        if lower in NUMBER_SCALES or any(c.isdigit() for c in lower):
            return None  # a figure ("500 mln dlrs", "43 people"): figures compare it, not its head
        if lower in _HEAD_ENDS and head is not None:
            break
        if lower.endswith(("'s", "’s")):
            lower = lower[:-2]
        if lower:
            head = lower
    if head is None or head in _PRONOUNS or not head.replace("-", "").isalpha():
        return None
    return stem(head)


def core_heads(ev: EventMention, ids: Sequence[str | None]) -> tuple[frozenset[str], frozenset[str]]:
    """(the heads of ``ev``'s agent and patient phrases, with the entity a phrase names when it is
    headed by that name; every entity named in those phrases): ``ids[k]`` is the entity resolution
    found in participant ``k`` (None if none)."""
    heads: set[str] = set()
    named: set[str] = set()
    for p, eid in zip(ev.participants, ids, strict=True):
        if p.role not in EVENT_CORE_ROLES:
            continue
        head = phrase_head(p.text)
        if head is not None:
            heads.add(head)
        if eid is not None:
            named.add(eid)
            if not _common_head(p.text):  # "U.S. corn": the name modifies the head, it is not the participant
                heads.add(eid)
    return frozenset(heads), frozenset(named)


def _entities_differ(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Both name entities in their phrases, and none in common ("Ford shares" / "GM shares")."""
    return bool(a[1] and b[1] and not a[1] & b[1])


def heads_differ(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether both descriptions' :func:`core_heads` are known and do not meet, or their entities differ."""
    return (bool(a[0] and b[0]) and not heads_meet(a, b)) or _entities_differ(a, b)


def heads_meet(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two descriptions' :func:`core_heads` meet and their entities do not differ."""
    return not _entities_differ(a, b) and bool(a[0] & b[0])


def bare(ev: EventMention) -> bool:
    """Whether a description names the happening by its noun and no agent or patient ("Port strike",
    "The walkout began"): the story's happening of that kind, which sets nothing against another
    outlet's description of it. A verb told with neither ("broke down") is a clause whose subject
    extraction missed, not such a noun."""
    if any(p.role in EVENT_CORE_ROLES for p in ev.participants) or ev.predicate not in EVENT_NOUNS:
        return False
    return any(w.strip(_STRIP).lower() in (ev.predicate, ev.predicate + "s") for w in ev.description.split())


def places(ev: EventMention, ids: Sequence[str | None]) -> frozenset[str]:
    """The entities (else the stemmed heads) of a description's location phrases."""
    out = set()
    for p, eid in zip(ev.participants, ids, strict=True):
        if p.role == "location":
            head = eid if eid is not None else phrase_head(p.text)
            if head is not None:
                out.add(head)
    return frozenset(out)


def same_day_pairs(
    members: Sequence[int],
    days: Sequence[tuple[date, date] | None],
    docs: Sequence[str],
    document_entities: Mapping[str, frozenset[str]],
) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of ``members`` (ascending indexes) in different documents of one story
    (:data:`STORY_ENTITIES`), both dated to the same single day (``days[i]``, a (first, last) day
    interval or None; an open past, dated only as "before publication", is no single day)."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for i in members:
        day = days[i]
        if day is not None and day[0] == day[1]:
            by_day[day[0]].append(i)
    empty: frozenset[str] = frozenset()
    pairs: set[tuple[int, int]] = set()
    for same in by_day.values():
        for k, i in enumerate(same):
            mentioned = document_entities.get(docs[i], empty)
            for j in same[k + 1 :]:
                if (
                    docs[i] != docs[j]
                    and len(mentioned & document_entities.get(docs[j], empty)) >= STORY_ENTITIES
                ):
                    pairs.add((i, j))
    return pairs


__all__ = [
    "MANY_A_DAY",
    "ONE_A_DAY",
    "STORY_ENTITIES",
    "bare",
    "core_heads",
    "heads_differ",
    "heads_meet",
    "phrase_head",
    "places",
    "same_day_pairs",
]
