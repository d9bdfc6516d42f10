"""Cross-document merging of event descriptions: one Event for descriptions of the same happening.

Merging is blocked by predicate root, so work grows with the size of a block, not with the square
of the corpus; within a block, candidate pairs are joined best first under the clusters' known
times (:func:`~graphbuild.crossdoc_time.link_clusters`), which keeps the result independent of
input order. How the descriptions' participant phrases are read (name-like words, particular
patients, definite descriptions) is :mod:`graphbuild.crossdoc_event_participants`; one day's happening
told with no participant named alike is :mod:`graphbuild.crossdoc_events_day`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter

from .crossdoc_blocking import related_pairs
from .crossdoc_event_participants import (
    _POSSESSED,
    EVENT_CORE_ROLES,
    _common_head,
    _participant_names,
    _patient_heads,
    _resolve_descriptions,
    _written_names,
)
from .crossdoc_events_day import (
    MANY_A_DAY,
    ONE_A_DAY,
    bare,
    core_heads,
    heads_differ,
    heads_meet,
    places,
    same_day_pairs,
)
from .crossdoc_lexicon import EVENT_IMPACT_VERBS, EVENT_SYNONYM_GROUPS, ONCE_EVENTS
from .crossdoc_time import (
    EVENT_TIGHT_DAYS,
    Interval,
    event_interval,
    link_clusters,
    loose,
    meet,
    narrowest,
    open_start,
    recent,
)
from .crossdoc_tokens import content_features
from .crossdoc_words import event_root
from .events_lexicon import EVENT_NOUNS
from .model import Event, EventMention, content_hash

#: The rule of a time an undated description took from a dated one of the same happening in its document
#: (kept in step with :data:`graphbuild.events_rementions.REMENTION_RULE`, which imports this module).
REMENTION_RULE = "events:re-mention-in-document"

#: How extraction joins an agreement or vote to the action it settles (``agree_to_buy``); kept in step with
#: :data:`graphbuild.events_control.SETTLED_JOIN` (events modules import this one, not the reverse).
_SETTLED_JOIN = "_to_"

#: An undated description joins a happening only when it shares this many participants with it.
EVENT_UNDATED_MIN_SHARED = 2

#: The root of each synonym's root (:data:`~graphbuild.crossdoc_lexicon.EVENT_SYNONYM_GROUPS`).
_SYNONYM_ROOT = {event_root(w): event_root(group[0]) for group in EVENT_SYNONYM_GROUPS for w in group}


def event_key(lemma: str) -> str:
    """The key under which descriptions of one happening meet: the predicate's root
    (:func:`~graphbuild.crossdoc_words.event_root`), synonyms and their nouns folded to one
    (:data:`~graphbuild.crossdoc_lexicon.EVENT_SYNONYM_GROUPS`).

    >>> event_key("acquire") == event_key("takeover") == event_key("buy"), event_key("sell") == event_key("buy")
    (True, False)

    An agreement or a vote to act (``agree_to_buy``, ``vote_to_ratify``,
    :func:`~graphbuild.events_control.controlled_predicate`) meets reports of the action under its key.
    """
    if _SETTLED_JOIN in lemma:  # "agree_to_buy", "vote_to_ratify": the action agreed or voted
        lemma = lemma.split(_SETTLED_JOIN, 1)[1]
    root = event_root(lemma)
    return _SYNONYM_ROOT.get(root, root)


_ONCE_KEYS = frozenset(event_key(w) for w in ONCE_EVENTS)
_MANY_A_DAY_KEYS = frozenset(event_key(w) for w in MANY_A_DAY)
_ONE_A_DAY_KEYS = frozenset(event_key(w) for w in ONE_A_DAY)
_IMPACT_ROOTS = frozenset(event_root(w) for w in EVENT_IMPACT_VERBS)


def happening_noun(ev: EventMention) -> str | None:
    """The event noun heading the agent of a verb of impact (:data:`~graphbuild.crossdoc_lexicon.EVENT_IMPACT_VERBS`:
    "an earthquake struck the province" -> "earthquake"), which is the happening the clause tells; else None."""
    if event_root(ev.predicate) not in _IMPACT_ROOTS:
        return None
    for p in ev.participants:
        if p.role == "agent":
            words = p.text.split()
            head = words[-1].strip(".,;:'\"()“”’").lower() if words else ""
            if head in EVENT_NOUNS:
                return head
    return None


def mention_key(ev: EventMention) -> str:
    """The key under which a description meets others of the same happening: :func:`event_key` of its
    predicate, or of the happening its agent names when a verb of impact tells it ("the quake struck" /
    "a powerful earthquake shook X" / "Tuesday's quake").

    >>> from graphbuild.model import Participant
    >>> ev = EventMention("d", 0, 20, "The quake struck.", "strike", "The quake struck", (Participant("agent", "The quake", 0, 9),))
    >>> mention_key(ev) == event_key("earthquake")
    True
    """
    noun = happening_noun(ev)
    return event_key(noun if noun is not None else ev.predicate)


def _one_day(a: Interval, b: Interval) -> bool:
    """Both times are the same single day."""
    return a is not None and a == b and a[0] == a[1]


def merge_events(
    events: Sequence[EventMention],
    *,
    participant_of: Callable[[str, int, int], str | None],
    document_entities: Mapping[str, frozenset[str]] | None = None,
) -> list[Event]:
    """One Event for descriptions of the same happening.

    Two descriptions are one happening when their predicates share a root (inflections and
    nominalisations: "delivered" / "delivery", see :func:`~graphbuild.crossdoc_words.event_root`;
    synonyms: "bought" / "takeover", see :func:`event_key`),
    they share a participant (the same resolved entity, or the same name-like word such as a model
    number when resolution missed it) and their times are compatible: overlapping intervals, or one
    side undated and at least two participants shared. Clusters keep the intersection of their
    members' dates, so a chain of merges cannot join happenings at disjoint times. The result does
    not depend on the order of ``events``.

    A description told in the past tense with no date (``PAST_REF``: at some time up to its
    article's publication day) never joins a happening dated after that day; with one shared
    participant it joins only a happening dated within :data:`EVENT_TIGHT_DAYS` before it (news
    tells what just happened: "Steve Jobs resigns" published the day after "Jobs resigned on
    August 24"), since the same verb and participant years earlier is another happening.

    On one and the same day, patients headed by the same common noun count as one shared participant
    ("police arrested his deputy" / "Kerevan's deputy was detained" / "former deputy Oskar Lind was
    arrested", all on May 7), and a phrase that only names the possessor of its head ("Kerevan's
    deputy") sets no entity against another in its role.

    A common time wider than a week is enough with one shared participant only for a happening
    that befalls its participant once (:data:`~graphbuild.crossdoc_lexicon.ONCE_EVENTS`: "Dovan
    resigned in 2023" / "the 2023 resignation of Marek Dovan"), when both descriptions are dated and
    every agent and patient either names is that shared participant.

    A name written in a phrase entity resolution left unresolved counts as a shared participant when
    another description writes it too, even as the phrase's first word provided the phrase does not open its
    sentence ("sign Tessin water treaty" / "the Tessin water treaty was signed", :func:`~graphbuild.crossdoc_event_participants._written_names`); an
    entity found in a phrase headed by a common noun ("the former Corvane chief") is a modifier of it and
    sets nothing against another entity in its role (:func:`~graphbuild.crossdoc_event_participants._common_head`).

    Definite descriptions count as the named participant they stand for in their document (extraction reads
    "the carmaker", "he": :mod:`~graphbuild.events_coref`; here "the satellite" / "the Aurora-K3 weather
    satellite", :func:`~graphbuild.crossdoc_event_participants._resolve_descriptions`), and a description that
    extraction dated as a re-mention of a dated one in its document
    (:data:`~graphbuild.events_rementions.REMENTION_RULE`) joins that one when it is the only candidate.

    ``document_entities`` (document id -> the entities mentioned in it; the pipeline passes them) adds
    descriptions that name no participant alike: in two documents of one story, dated to the same single
    day, whose agent and patient phrases meet by their head ("Talks collapsed on Friday" / "the talks broke
    down on Friday"; :mod:`graphbuild.crossdoc_events_day`), or which tell a happening that strikes a place
    in places that do not differ ("the April 14 earthquake" / "Tuesday's earthquake in Haldia"). Such
    pairs join after every other, and only when no member of one cluster has agent or patient heads or
    entities that differ from a member's of the other in another document, so they never chain two
    happenings through a third.
    """
    events = sorted(events, key=_canonical_order)
    # the entity of each participant, looked up once (None where resolution found none)
    ids = [[participant_of(ev.doc_id, p.start, p.end) for p in ev.participants] for ev in events]
    ids, marks = _resolve_descriptions(events, ids)
    resolved = [
        tuple(sorted({(p.role, eid) for p, eid in zip(ev.participants, pid, strict=True) if eid is not None}))
        for ev, pid in zip(events, ids, strict=True)
    ]
    entity_sets = [frozenset(e for _, e in r) for r in resolved]
    clashing = [
        tuple(
            sorted(
                {
                    (p.role, eid)
                    for p, eid in zip(ev.participants, pid, strict=True)
                    if eid is not None and not _POSSESSED.search(p.text) and not _common_head(p.text)
                }
            )
        )
        for ev, pid in zip(events, ids, strict=True)
    ]
    heads = [_patient_heads(ev) for ev in events]
    names = [_participant_names(ev, pid) for ev, pid in zip(events, ids, strict=True)]
    written_pairs = [_written_names(ev, pid) for ev, pid in zip(events, ids, strict=True)]
    written = [every for every, _ in written_pairs]
    unresolved_names = [unresolved for _, unresolved in written_pairs]
    # the figures in each mention's participants, read only for the few pairs that get that far
    figures: dict[int, frozenset[str]] = {}

    def figures_of(i: int) -> frozenset[str]:
        found = figures.get(i)
        if found is None:
            found = figures[i] = content_features(" ".join(p.text for p in events[i].participants)).numbers
        return found

    times = [event_interval(ev.when) for ev in events]
    told_before = [open_start(ev.when) for ev in events]
    core = [
        frozenset(eid for p, eid in zip(ev.participants, pid, strict=True) if p.role in EVENT_CORE_ROLES)
        for ev, pid in zip(events, ids, strict=True)
    ]

    by_predicate: dict[str, list[int]] = defaultdict(list)
    for i, ev in enumerate(events):
        by_predicate[mention_key(ev)].append(i)
    # how many descriptions each re-mention could be the re-mention of: with two ("Lars Holm resigned on
    # Friday", "Ana Berg resigned on Friday"), which one the headline re-mentions is not known here
    # the pairs of each predicate's mentions that share a participant, a word or a document: every
    # other pair is refused below (it shares nothing and is no re-mention in one document)
    documents = [(ev.doc_id,) for ev in events]
    related = {
        key: related_pairs(members, (entity_sets, names, heads, marks, documents), unresolved_names, written)
        for key, members in by_predicate.items()
    }
    day_pairs: set[tuple[int, int]] = set()
    if document_entities is not None:  # one day's happening in one story, told with no name in common
        docs = [ev.doc_id for ev in events]
        for key, members in by_predicate.items():
            if key not in _MANY_A_DAY_KEYS:
                found = same_day_pairs(members, times, docs, document_entities)
                day_pairs |= found
                related[key] = sorted(set(related[key]) | found)
    # the agent and patient heads of each mention, read only for those the same-day pairs join
    heads_by_mention: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def day_heads(i: int) -> tuple[frozenset[str], frozenset[str]]:
        found = heads_by_mention.get(i)
        if found is None:
            found = heads_by_mention[i] = core_heads(events[i], ids[i])
        return found

    def _day_meet(key: str, i: int, j: int) -> bool:
        """Their phrases' heads meet; or they tell a happening a story tells one of a day (an earthquake),
        or one names it by its noun alone ("the walkout"), in places that do not differ."""
        if heads_meet(day_heads(i), day_heads(j)):
            return True
        one_a_day = key in _ONE_A_DAY_KEYS or bare(events[i]) or bare(events[j])
        if not one_a_day or heads_differ(day_heads(i), day_heads(j)):
            return False
        where = (places(events[i], ids[i]), places(events[j], ids[j]))
        return not (where[0] and where[1] and not where[0] & where[1])

    partners = [0] * len(events)
    for pairs in related.values():
        for i, j in pairs:
            if _same_report(events[i], events[j]):
                remention = i if events[i].when.rule == REMENTION_RULE else j  # type: ignore[union-attr]
                partners[remention] += 1
    candidates: list[tuple[float, int, int]] = []
    same_day: list[tuple[float, int, int]] = []  # joined after the others, never chained (link_clusters)
    for key, pairs in related.items():
        for i, j in pairs:
            # participants, not words: name-like words shared by unresolved phrases count once
            shared = len(entity_sets[i] & entity_sets[j]) + bool(names[i] & names[j])
            shared += bool(heads[i] & heads[j]) and _one_day(times[i], times[j])
            # a name-like word the two phrases share when nothing else was, such as a model number one
            # outlet's entity carries and another's description stands for ("the satellite")
            shared = shared or bool(marks[i] & marks[j])
            # a name in a phrase entity resolution left unresolved ("sign Tessin water treaty", "the former
            # Corvane chief") written in another outlet's phrase ("the Tessin water treaty was signed",
            # "found Corvane founder Oyelaran guilty"): one participant, by its name
            shared = shared or bool(unresolved_names[i] & written[j] or unresolved_names[j] & written[i])
            if _same_report(events[i], events[j]) and partners[i] + partners[j] == 1:
                candidates.append((-(EVENT_UNDATED_MIN_SHARED + 2), i, j))
                continue
            if _roles_clash(clashing[i], clashing[j]):
                continue
            if not shared and ((i, j) not in day_pairs or not _day_meet(key, i, j)):
                continue
            if figures_of(i) and figures_of(j) and not figures_of(i) & figures_of(j):
                continue  # "fell 2%" / "fell 200 points": two moves, or a conflict, never one event
            if not shared:  # one day's happening in one story, its phrases' heads alike
                same_day.append((-1.0, i, j))
                continue
            both = meet(times[i], times[j])
            if both is False:
                continue
            known = times[i] is not None and times[j] is not None
            once = (
                key in _ONCE_KEYS
                and known
                and told_before[i] is None
                and told_before[j] is None
                and core[i] | core[j] <= entity_sets[i] & entity_sets[j]
            )
            if shared < EVENT_UNDATED_MIN_SHARED and (not known or loose(both)) and not once:  # type: ignore[arg-type]
                continue
            if shared < EVENT_UNDATED_MIN_SHARED and not recent(told_before[i], times[j]):
                continue
            if shared < EVENT_UNDATED_MIN_SHARED and not recent(told_before[j], times[i]):
                continue
            candidates.append((-(shared + known), i, j))
    out = []

    def day_holds(x: int, y: int) -> bool:  # one document's descriptions are joined on their own evidence
        return events[x].doc_id == events[y].doc_id or not heads_differ(day_heads(x), day_heads(y))

    clusters = link_clusters(
        candidates, len(events), times, lambda x, y: False, weak=same_day, weak_holds=day_holds
    )
    for members in clusters:
        mentions = sorted((events[i] for i in members), key=_position)
        rep = mentions[0]
        participants = sorted({p for i in members for p in resolved[i]})
        when = narrowest(m.when for m in mentions) or rep.when
        ev_id = "evt:" + content_hash(
            rep.predicate, repr(participants), when.value if when else "", rep.doc_id, str(rep.start)
        )
        out.append(
            Event(
                id=ev_id,
                text=rep.description,
                predicate=rep.predicate,
                when=when,
                mentions=tuple(mentions),
                participants=tuple(participants),
            )
        )
    out.sort(key=_by_id)
    return out


#: The canonical order of event mentions, so the clusters do not depend on the order they arrive in.
_canonical_order = attrgetter("doc_id", "start", "end", "predicate", "description")
_position = attrgetter("doc_id", "start")
_by_id = attrgetter("id")


def _same_report(a: EventMention, b: EventMention) -> bool:
    """One document telling one happening twice, as found at extraction: an undated description that took
    the date of a dated one of the same happening (:data:`~graphbuild.events_rementions.REMENTION_RULE`)
    and that dated one (the caller has checked they share a predicate key)."""
    if a.doc_id != b.doc_id or a.when is None or b.when is None:
        return False
    if (a.when.rule == REMENTION_RULE) == (b.when.rule == REMENTION_RULE):
        return False
    return (a.when.value, a.when.start, a.when.end) == (b.when.value, b.when.start, b.when.end)


def _roles_clash(a: Sequence[tuple[str, str]], b: Sequence[tuple[str, str]]) -> bool:
    """Both descriptions name who did it (or to whom) and name different entities: two happenings
    ("Aer Lingus bought Airbus jets" / "China Eastern bought Airbus jets")."""
    for role in EVENT_CORE_ROLES:
        ea = {e for r, e in a if r == role}
        eb = {e for r, e in b if r == role}
        if ea and eb and not ea & eb:
            return True
    return False


__all__ = [
    "EVENT_CORE_ROLES",
    "EVENT_TIGHT_DAYS",
    "EVENT_UNDATED_MIN_SHARED",
    "event_key",
    "happening_noun",
    "mention_key",
    "merge_events",
]
