"""Cross-document merging of event descriptions: one Event for descriptions of the same happening.

Merging is blocked by predicate root, so work grows with the size of a block, not with the square
of the corpus; within a block, candidate pairs are joined best first under the clusters' known
times (:func:`~graphbuild.crossdoc_time.link_clusters`), which keeps the result independent of
input order."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import pairwise

from .crossdoc_blocking import related_pairs
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
#: Roles that identify a happening: different entities in one of them are different happenings.
EVENT_CORE_ROLES = ("agent", "patient")

#: The root of each synonym's root (:data:`~graphbuild.crossdoc_lexicon.EVENT_SYNONYM_GROUPS`).
_SYNONYM_ROOT = {event_root(w): event_root(group[0]) for group in EVENT_SYNONYM_GROUPS for w in group}

#: A participant phrase headed by a common noun a name possesses ("Kerevan's deputy"): the entity it
#: resolves to is the possessor, so it says nothing against another entity in the same role.
_POSSESSED = re.compile(r"['’]s\s+[a-z][\w-]*$")

#: Participant words that identify a thing across outlets even when entity resolution missed it:
#: written with a capital or a digit ("A380", "Dreamliner").
_NAME_LIKE = re.compile(r"^(?:[A-Z][\w-]*|\w*\d\w*)$")


def _participant_names(ev: EventMention, ids: Sequence[str | None]) -> frozenset[str]:
    """Name-like words of the participants entity resolution did not resolve (``ids``: the entity of
    each participant, None where there is none)."""
    out: set[str] = set()
    for p, eid in zip(ev.participants, ids, strict=True):
        if eid is not None:
            continue
        words = p.text.split()
        for k, w in enumerate(words):
            w = w.strip(".,;:'\"()“”’")
            if k == 0 and not any(c.isdigit() for c in w):
                continue  # a capital at the start of a phrase says nothing ("The plane")
            if _NAME_LIKE.match(w):
                out.add(w.lower())
    return frozenset(out)


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


def _patient_heads(ev: EventMention) -> frozenset[str]:
    """The common nouns heading an event's patients when they name one particular person or thing: a
    noun with a possessor ("his deputy", "Kerevan's deputy") or a title before a name ("former deputy
    Oskar Lind"); not an indefinite or bare noun ("a man", "the suspect"), which many stories share on
    one day, nor a measure ("$120 million"), whose figures are compared instead."""
    out = set()
    for p in ev.participants:
        if p.role != "patient" or any(c.isdigit() for c in p.text):
            continue
        words = [w.strip(".,;:'\"()“”") for w in p.text.split()]
        for k, w in enumerate(words):
            if not (w.isalpha() and w.islower()) or w in _POSSESSIVES:
                continue
            before = words[:k]
            after = words[k + 1 :]
            possessed = any(b.lower() in _POSSESSIVES or b.endswith(("'s", "’s")) for b in before)
            titled = bool(after) and all(a[:1].isupper() for a in after)
            if (possessed and not after) or titled:
                out.add(w)
    return frozenset(out)


#: Possessive determiners: "his deputy" is one particular deputy.
_POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my", "your"))


def _one_day(a: Interval, b: Interval) -> bool:
    """Both times are the same single day."""
    return a is not None and a == b and a[0] == a[1]


def merge_events(
    events: Sequence[EventMention],
    *,
    participant_of: Callable[[str, int, int], str | None],
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
    sentence ("sign Tessin water treaty" / "the Tessin water treaty was signed", :func:`_written_names`); an
    entity found in a phrase headed by a common noun ("the former Corvane chief") is a modifier of it and
    sets nothing against another entity in its role (:func:`_common_head`).

    Definite descriptions count as the named participant they stand for in their document (extraction reads
    "the carmaker", "he": :mod:`~graphbuild.events_coref`; here "the satellite" / "the Aurora-K3 weather
    satellite", :func:`_resolve_descriptions`), and a description that
    extraction dated as a re-mention of a dated one in its document
    (:data:`~graphbuild.events_rementions.REMENTION_RULE`) joins that one when it is the only candidate.
    """
    events = sorted(events, key=lambda e: (e.doc_id, e.start, e.end, e.predicate, e.description))
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
    partners = [0] * len(events)
    for pairs in related.values():
        for i, j in pairs:
            if _same_report(events[i], events[j]):
                remention = i if events[i].when.rule == REMENTION_RULE else j  # type: ignore[union-attr]
                partners[remention] += 1
    candidates: list[tuple[float, int, int]] = []
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
            if not shared or _roles_clash(clashing[i], clashing[j]):
                continue
            if figures_of(i) and figures_of(j) and not figures_of(i) & figures_of(j):
                continue  # "fell 2%" / "fell 200 points": two moves, or a conflict, never one event
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
    for members in link_clusters(candidates, len(events), times, lambda x, y: False):
        mentions = sorted((events[i] for i in members), key=lambda e: (e.doc_id, e.start))
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
    out.sort(key=lambda e: e.id)
    return out


#: First words of a phrase that introduces something new or counts it, rather than naming a known one.
_INDEFINITE = frozenset(
    ("a", "an", "another", "some", "any", "no", "one", "several", "many", "other", "each")
)
#: Definite determiners, which a description may start with ("the satellite").
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))


def _description_words(text: str) -> frozenset[str] | None:
    """The lowercase words of a definite common-noun description ("the satellite", "Norland finance
    minister" -> {satellite}, {finance, minister}), or None when the phrase is not one: indefinite or
    counted ("a minister", "two ministers"), possessed ("his deputy", "Berg's deputy", which
    :func:`_patient_heads` handles), or ending in a name ("the Aurora-K3")."""
    words = [w.strip(".,;:'\"()“”’") for w in text.split()]
    words = [w for w in words if w]
    if not words or words[0].lower() in _INDEFINITE or words[0].lower() in _POSSESSIVES:
        return None
    if (
        any(any(c.isdigit() for c in w) or w.endswith(("'s", "’s")) for w in words)
        or "'" in text
        or "’" in text
    ):
        return None
    head = words[-1]
    if not (head.isalpha() and head.islower()):
        return None
    out = frozenset(w for w in words if w.isalpha() and w.islower() and w not in _DEFINITE)
    return out or None


def _resolve_descriptions(
    events: Sequence[EventMention], ids: Sequence[Sequence[str | None]]
) -> tuple[list[list[str | None]], list[frozenset[str]]]:
    """Definite descriptions resolved within their document, and the name-like words each event's
    agents and patients carry (its own, and those of the phrases its descriptions stand for).

    An agent or patient that entity resolution left unresolved because it is a description ("the
    satellite", "the finance minister") stands for the one named agent or patient of another
    description in the same document whose phrase holds all its words ("the Aurora-K3 weather
    satellite", "finance minister Ana Berg"): it takes that phrase's entity, or its name-like
    words when the phrase has no entity. When phrases naming two different things hold them, it
    stays unresolved."""
    named: dict[str, list[tuple[int, frozenset[str], frozenset[str], str | frozenset[str]]]] = defaultdict(
        list
    )
    own: list[frozenset[str]] = []
    for i, (ev, pid) in enumerate(zip(events, ids, strict=True)):
        words_of_event: set[str] = set()
        for p, eid in zip(ev.participants, pid, strict=True):
            if p.role not in EVENT_CORE_ROLES:
                continue
            marks = _name_words(p.text)
            words_of_event |= marks
            if eid is not None or marks:
                words, heads = _held_words(p.text)
                named[ev.doc_id].append((i, words, heads, eid if eid is not None else marks))
        own.append(frozenset(words_of_event))
    out_ids = []
    out_names = []
    for i, (ev, pid, marks) in enumerate(zip(events, ids, own, strict=True)):
        row = list(pid)
        extra = set(marks)
        for k, (p, eid) in enumerate(zip(ev.participants, pid, strict=True)):
            if eid is not None or p.role not in EVENT_CORE_ROLES:
                continue
            described = _description_words(p.text)
            if described is None:
                continue
            head = p.text.split()[-1].lower()
            found = {
                who
                for j, held, heads, who in named.get(ev.doc_id, ())
                if j != i and described <= held and head in heads
            }
            if len(found) != 1:
                continue
            (who,) = found
            if isinstance(who, str):
                row[k] = who
            else:
                extra |= who
        out_ids.append(row)
        out_names.append(frozenset(extra))
    return out_ids, out_names


def _held_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lowercase words of a named phrase, and those of them a description's head may match: its last
    word and a title before a name ("the Aurora-K3 weather satellite": satellite; "finance minister
    Ana Berg": minister, not the "bank" of "Bank of Oslo governor Lea Dahl")."""
    words = [w.strip(".,;:'\"()“”’") for w in text.split()]
    words = [w for w in words if w]
    heads = {w.lower() for w, nxt in pairwise(words) if nxt[:1].isupper()}
    if words:
        heads.add(words[-1].lower())
    return frozenset(w.lower() for w in words), frozenset(heads)


def _written_names(ev: EventMention, ids: Sequence[str | None]) -> tuple[frozenset[str], frozenset[str]]:
    """Name-like words of a description's agents and patients: all of them, and those of the phrases entity
    resolution left unresolved (or found only inside a phrase headed by a common noun). A phrase's first
    word counts when the phrase does not open its sentence ("Tessin" of a headline's "Veloria and Kastany
    sign Tessin water treaty", "Corvane" of "found Corvane founder Oyelaran guilty"): :func:`_name_words`
    leaves a phrase's first word out because a capital that opens a sentence says nothing ("The plane",
    "Police"), but inside the sentence it marks a name."""
    every: set[str] = set()
    unresolved: set[str] = set()
    for p, eid in zip(ev.participants, ids, strict=True):
        if p.role not in EVENT_CORE_ROLES:
            continue
        names = set(_name_words(p.text))
        words = p.text.split()
        first = words[0].strip(".,;:'\"()“”’") if words else ""
        low = first.lower()
        if (
            _NAME_LIKE.match(first)
            and low not in _DEFINITE | _INDEFINITE | _POSSESSIVES
            and not _opens_sentence(ev, p.start)
        ):
            names.add(low)
        every |= names
        if eid is None or _common_head(p.text):
            unresolved |= names
    return frozenset(every), frozenset(unresolved)


def _common_head(text: str) -> bool:
    """Whether a phrase ends in a lowercase word, a common noun heading it ("the former Corvane chief",
    "Baltavia shares"): an entity resolution finds in it is a name modifying the head, not the participant,
    so it sets nothing against another entity in the same role and the phrase's names still identify it."""
    words = text.split()
    last = words[-1].strip(".,;:'\"()“”’") if words else ""
    return last.isalpha() and last.islower()


def _opens_sentence(ev: EventMention, start: int) -> bool:
    """Whether the words at ``start`` open the description's sentence, or follow a dateline, a colon, a
    dash or an opening quote or bracket, where any word takes a capital."""
    before = ev.text[: max(0, start - ev.start)].rstrip()
    return not before or before[-1] in "-—–:\"“‘'(["


def _name_words(text: str) -> frozenset[str]:
    """Name-like words of a phrase (:data:`_NAME_LIKE`), leaving out a capital that only opens it."""
    out = set()
    for k, w in enumerate(text.split()):
        w = w.strip(".,;:'\"()“”’")
        if k == 0 and not any(c.isdigit() for c in w):
            continue
        if _NAME_LIKE.match(w):
            out.add(w.lower())
    return frozenset(out)


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
