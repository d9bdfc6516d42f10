"""Which entity each mention span belongs to, per document: the index statement and event merging
read speakers, subjects and participants from (:class:`MentionIndex`, re-exported by
:mod:`graphbuild.crossdoc`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .entities_keys import word_set
from .model import Attribution, Entity


@dataclass(frozen=True)
class MentionIndex:
    """Which entity each mention span belongs to, per document.

    Lookups read only the spans that can overlap the range asked about, found by bisection when a
    document's spans are in order of start (as :meth:`from_entities` makes them); the result is
    what a scan of all of them gives.
    """

    spans: Mapping[str, Sequence[tuple[int, int, str]]]
    #: Per document whose spans are in order of start (none ending before it starts): their starts,
    #: and the longest span's length.
    _starts: Mapping[str, tuple[list[int], int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts: dict[str, tuple[list[int], int]] = {}
        for doc, spans in self.spans.items():
            firsts = [s for s, _, _ in spans]
            if all(a <= b for a, b in pairwise(firsts)) and all(s <= e for s, e, _ in spans):
                starts[doc] = (firsts, max((e - s for s, e, _ in spans), default=0))
        object.__setattr__(self, "_starts", starts)

    @classmethod
    def from_entities(cls, entities: Iterable[Entity]) -> MentionIndex:
        """The index of every mention of ``entities``, each document's spans in order."""
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for entity in entities:
            for m in entity.mentions:
                spans[m.doc_id].append((m.start, m.end, entity.id))
        return cls({doc: sorted(v) for doc, v in spans.items()})

    def entities_by_document(self) -> dict[str, frozenset[str]]:
        """Each document's id -> the entities mentioned in it (what tells which documents share a story)."""
        return {doc: frozenset(eid for _, _, eid in spans) for doc, spans in self.spans.items()}

    def within(self, doc_id: str, start: int, end: int) -> list[str]:
        """Entity ids mentioned inside [start, end) of a document."""
        return [eid for s, e, eid in self._candidates(doc_id, start, end) if start <= s and e <= end]

    def spans_within(self, doc_id: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mention spans (start, end, entity id) inside [start, end) of a document."""
        return [(s, e, eid) for s, e, eid in self._candidates(doc_id, start, end) if start <= s and e <= end]

    def _candidates(self, doc_id: str, start: int, end: int) -> Sequence[tuple[int, int, str]]:
        """The spans of a document that can lie inside [start, end)."""
        spans = self.spans.get(doc_id, ())
        ordered = self._starts.get(doc_id)
        if ordered is not None:  # only spans starting in [start, end] can lie inside
            firsts = ordered[0]
            return spans[bisect_left(firsts, start) : bisect_right(firsts, end)]
        return spans

    def at(self, doc_id: str, start: int, end: int) -> str | None:
        """The entity id whose mention overlaps [start, end) the most (the first such span on a tie)."""
        spans = self.spans.get(doc_id, ())
        ordered = self._starts.get(doc_id)
        if ordered is not None:  # a span overlaps only when it starts in (start - longest, end)
            firsts, longest = ordered
            spans = spans[bisect_right(firsts, start - longest) : bisect_left(firsts, end)]
        best, best_overlap = None, 0
        for s, e, eid in spans:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = eid, overlap
        return best


#: Heads of a source phrase through which the place or nationality it names speaks: "U.S.
#: officials", "the Indonesian government", "Tehran radio", "the government of Japan". A place or
#: nationality beside another head only says where someone is from ("a European banker", "Dutch
#: producers", "a union spokesman in Rio"), and is no speaker.
_STATE_VOICE = """
    official officials government governments authorities authority administration cabinet
    ministry ministries minister ministers spokesman spokeswoman spokesperson spokesmen
    embassy embassies police military army navy troops forces agency agencies radio television
    tv media diplomat diplomats envoy envoys ambassador president premier leader leaders
    leadership treasury department regime junta parliament prosecutors regulators statement
    communique communiqué delegation delegations negotiator negotiators side
    city town village county state province region country republic kingdom island municipality
"""
STATE_VOICE_NOUNS = word_set(_STATE_VOICE)

#: Entity types that name where someone is from rather than who they are.
PLACE_TYPES = frozenset(("GPE", "LOC", "NORP", "FAC"))


def speaker_entity(
    att: Attribution, index: MentionIndex, types: Mapping[str, str], resolve: Callable[[str], str | None]
) -> str | None:
    """The entity that speaks in a report: the one at its resolved name (``att.speaker_span``), else the
    one at the head word of its source phrase, else the one its source names (``resolve``: name ->
    entity id).

    A place or nationality in a source phrase whose head it is not speaks only through an
    institution (:data:`STATE_VOICE_NOUNS`) it is written before, or after with "of" or "for":
    "U.S. officials", "the Indonesian government", "the government of Japan" and "the city of
    Calabasas" are the place's; "a European banker", "one Canadian bond trader", "the Egyptian
    specimens", "a union spokesman in Rio de Janeiro" and "Hoechst AG of West Germany" are not. An
    organisation speaks through its people ("a Chrysler spokesman", "a spokesman for Acme"), not through
    those sent to it ("the U.S. ambassador to NATO", "an adviser to Acme"); nothing speaks through a
    head that no longer holds its post ("a former Exxon executive", "former U.S. officials").
    """
    head, source, span = att.source_head, att.source, att.speaker_span
    if span is not None and (head is None or span != source):  # a name the source resolved to
        found = index.at(att.doc_id, *span)
        if found:
            return found
    if source is not None:  # no name resolved, or the source as written (its head may be a name)
        found = index.at(att.doc_id, *head) if head is not None else None
        if found:
            return found
        found = index.at(att.doc_id, *source)
        if found and (head is None or _speaks_through(att, index, found, types)):
            return found
    return resolve(att.speaker) if att.speaker else None


_OF_THE = frozenset(("of", "for", "the"))


#: A word before a source's head that says the head no longer holds the post it names (but "current and
#: former officials" are some of them still in it).
_FORMER = re.compile(r"(?i)(?<![\w-])(?<!current and )(?<!current or )(?:former|ex-)")


def _sent_to(between: str) -> bool:
    """Whether the words between a source's head and a name after it send the head "to" the name."""
    words = between.lower().split()
    return bool(words) and words[0] == "to"


#: What may stand between two parts of one written word.
_ONE_WORD = frozenset(("", "-"))


def _speaks_through(att: Attribution, index: MentionIndex, eid: str, types: Mapping[str, str]) -> bool:
    """Whether the entity ``eid``, named in a source phrase beside its head word, speaks through it."""
    if att.source is None or att.source_head is None or att.source_text is None:
        return types.get(eid) not in PLACE_TYPES
    base, text = att.source[0], att.source_text
    hs, he = att.source_head
    if _FORMER.search(text[: hs - base]):
        return False  # "a former Exxon executive", "the former U.S. ambassador": no longer its voice
    spans = [(s, e) for s, e, found in index.spans_within(att.doc_id, *att.source) if found == eid]
    if types.get(eid) not in PLACE_TYPES:
        # "a Chrysler spokesman", "Exxon analysts", "a spokesman for Exxon": the firm's people speak for
        # it; not the one they are sent "to" ("the former U.S. ambassador to NATO", "an adviser to Acme")
        return not spans or not all(he <= s and _sent_to(text[he - base : s - base]) for s, _ in spans)
    if any(
        (e <= hs and text[e - base : hs - base] in _ONE_WORD)
        or (he <= s and text[he - base : s - base] in _ONE_WORD)
        for s, e in spans
    ):
        return True  # part of the head's own word ("Allis-Chalmers"): a name the tagger cut
    if text[hs - base : he - base].lower() not in STATE_VOICE_NOUNS:
        return False
    for s, e in spans:
        if e <= hs:
            return True  # "U.S. officials", "Iraq's government"
        if he <= s:
            between = text[he - base : s - base].lower().split()
            if between and between[0] in ("of", "for") and all(w in _OF_THE for w in between):
                return True  # "the government of Japan", "the city of Calabasas"
    return False


__all__ = ["PLACE_TYPES", "STATE_VOICE_NOUNS", "MentionIndex", "speaker_entity"]
