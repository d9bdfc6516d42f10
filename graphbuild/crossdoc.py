"""Cross-document merging: one Statement for many reports, one Event for many
descriptions, and CONFLICTS_WITH between numeric claims that disagree.

Merging is blocked by speaker (statements) or predicate (events), so work grows
with the size of a block, not with the square of the corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import Attribution, Conflict, Entity, Event, EventMention, Statement, TimeSpan, content_hash

_COMPLEMENTIZER = re.compile(r"^(?:that|whether)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "we",
        "they",
        "he",
        "she",
        "i",
        "you",
        "our",
        "their",
        "his",
        "her",
        "them",
        "us",
        "not",
        "no",
        "so",
        "than",
        "then",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "also",
        "just",
        "very",
        "more",
        "most",
        "about",
        "into",
        "over",
        "under",
        "up",
        "down",
        "out",
        "all",
        "any",
        "some",
        "such",
        "only",
        "own",
        "same",
        "too",
        "s",
        "t",
    ]
)

#: Statement contents at least this similar (token-set Jaccard) are the same utterance.
SAME_STATEMENT_JACCARD = 0.5
#: ...or when the shorter content is this much contained in the longer one.
SAME_STATEMENT_CONTAINMENT = 0.8
#: Contents with fewer content words than this only merge when identical.
MIN_TOKENS_FOR_FUZZY = 3


def content_tokens(text: str) -> frozenset[str]:
    """Lower-cased content words of a text, for overlap measures."""
    return frozenset(
        w for w in (m.group().lower().replace("’", "'") for m in _WORD.finditer(text)) if w not in _STOP
    )


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_TOKENS_FOR_FUZZY:
        return False
    inter = len(a & b)
    return (
        inter / len(a | b) >= SAME_STATEMENT_JACCARD
        or inter / min(len(a), len(b)) >= SAME_STATEMENT_CONTAINMENT
    )


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _clusters(keys: Sequence[frozenset[str]], blocks: Mapping[object, list[int]]) -> list[list[int]]:
    uf = _UnionFind(len(keys))
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if _similar(keys[i], keys[j]):
                    uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        groups[uf.find(i)].append(i)
    return list(groups.values())


def _narrowest(spans: Iterable[TimeSpan | None]) -> TimeSpan | None:
    best: TimeSpan | None = None
    best_key: tuple[int, str] | None = None
    for span in spans:
        if span is None or span.start is None or span.end is None:
            continue
        key = ((span.end - span.start).days, span.value)
        if best_key is None or key < best_key:
            best, best_key = span, key
    return best


@dataclass(frozen=True)
class MentionIndex:
    """Which entity each mention span belongs to, per document."""

    spans: Mapping[str, Sequence[tuple[int, int, str]]]

    @classmethod
    def from_entities(cls, entities: Iterable[Entity]) -> MentionIndex:
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for entity in entities:
            for m in entity.mentions:
                spans[m.doc_id].append((m.start, m.end, entity.id))
        return cls({doc: sorted(v) for doc, v in spans.items()})

    def within(self, doc_id: str, start: int, end: int) -> list[str]:
        """Entity ids mentioned inside [start, end) of a document."""
        return [eid for s, e, eid in self.spans.get(doc_id, ()) if start <= s and e <= end]

    def at(self, doc_id: str, start: int, end: int) -> str | None:
        """The entity id whose mention overlaps [start, end) the most."""
        best, best_overlap = None, 0
        for s, e, eid in self.spans.get(doc_id, ()):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = eid, overlap
        return best


def _report_sort_key(published: Mapping[str, str]) -> Callable[[Attribution], tuple[str, str, int]]:
    def key(a: Attribution) -> tuple[str, str, int]:
        return (published.get(a.doc_id, "9999"), a.doc_id, a.content[0])

    return key


def merge_statements(
    attributions: Sequence[Attribution],
    *,
    speaker_of: Callable[[Attribution], str | None],
    mentions: MentionIndex,
    published: Mapping[str, str] | None = None,
    speaker_names: Mapping[str, str] | None = None,
) -> list[Statement]:
    """Group reports of the same utterance (same speaker, overlapping content) into Statements.

    ``speaker_of`` maps an attribution to its speaker's entity id (or None);
    ``published`` maps doc ids to sortable dates so the earliest report is the
    representative one. Reports with no resolved speaker only merge with
    identical content.
    """
    published = published or {}
    speaker_names = speaker_names or {}
    speakers = [speaker_of(a) for a in attributions]
    keys = [content_tokens(a.content_text) for a in attributions]
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, speaker in enumerate(speakers):
        blocks[speaker if speaker is not None else ("anon", " ".join(sorted(keys[i])))].append(i)

    order = _report_sort_key(published)
    statements = []
    for members in _clusters(keys, blocks):
        reports = sorted((attributions[i] for i in members), key=order)
        speaker = speakers[members[0]]
        direct = [r for r in reports if r.mode == "direct"]
        rep = max(direct or reports, key=lambda r: (len(r.content_text), -reports.index(r)))
        text = " ".join(rep.content_text.split())
        if rep.mode != "direct":
            # reports keep the exact characters; the statement reads without the complementizer
            text = _COMPLEMENTIZER.sub("", text, count=1) or text
        about: set[str] = set()
        for r in reports:
            about.update(mentions.within(r.doc_id, *r.content))
        about.discard(speaker or "")
        stmt_id = "stmt:" + content_hash(
            speaker or "", " ".join(sorted(content_tokens(reports[0].content_text)))
        )
        statements.append(
            Statement(
                id=stmt_id,
                speaker=speaker,
                speaker_name=speaker_names.get(speaker, rep.speaker) if speaker else rep.speaker,
                text=text,
                mode=rep.mode,
                cue=rep.cue_lemma,
                said=_narrowest(r.said for r in reports),
                addressee=next((r.addressee for r in reports if r.addressee), None),
                reports=tuple(reports),
                about=tuple(sorted(about)),
            )
        )
    return _dedupe_ids(statements)


def _dedupe_ids(statements: list[Statement]) -> list[Statement]:
    """Two clusters can share a representative key; keep ids unique and deterministic."""
    from dataclasses import replace

    statements.sort(key=lambda s: (s.id, s.reports[0].doc_id, s.reports[0].content))
    out: list[Statement] = []
    seen: dict[str, int] = {}
    for s in statements:
        n = seen.get(s.id, 0)
        seen[s.id] = n + 1
        out.append(s if n == 0 else replace(s, id=f"{s.id}-{n}"))
    out.sort(key=lambda s: s.id)
    return out


def _overlaps(a: TimeSpan | None, b: TimeSpan | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    return a.start <= b.end and b.start <= a.end


def merge_events(
    events: Sequence[EventMention],
    *,
    participant_of: Callable[[str, int, int], str | None],
) -> list[Event]:
    """One Event for descriptions of the same happening: same predicate, a shared
    participant entity and overlapping time intervals."""
    resolved: list[tuple[tuple[str, str], ...]] = []
    for ev in events:
        parts = set()
        for p in ev.participants:
            eid = participant_of(ev.doc_id, p.start, p.end)
            if eid is not None:
                parts.add((p.role, eid))
        resolved.append(tuple(sorted(parts)))

    uf = _UnionFind(len(events))
    by_predicate: dict[str, list[int]] = defaultdict(list)
    for i, ev in enumerate(events):
        by_predicate[ev.predicate].append(i)
    for members in by_predicate.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                shared = {e for _, e in resolved[i]} & {e for _, e in resolved[j]}
                if shared and _overlaps(events[i].when, events[j].when):
                    uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        groups[uf.find(i)].append(i)

    out = []
    for members in groups.values():
        mentions = sorted((events[i] for i in members), key=lambda e: (e.doc_id, e.start))
        rep = mentions[0]
        participants = sorted({p for i in members for p in resolved[i]})
        when = _narrowest(m.when for m in mentions) or rep.when
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


# --- numeric conflicts -------------------------------------------------------------

_NUMBER = re.compile(
    r"(?P<qual>\b(?:over|more than|at least|nearly|almost|about|around|some|up to|fewer than|less than|roughly)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<scale>thousand|million|billion)?\s+"
    r"(?P<noun>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})"
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}

#: Nouns that count the same thing for the purpose of flagging disagreements.
#: Deliberately small and generic (a human toll, money, territory), not story-specific.
_QUANTITY_CLASSES = {
    "toll": {"casualty", "death", "dead", "killed", "fatality", "soldier", "troop", "victim", "loss"},
    "area": {"kilometer", "kilometre", "mile", "hectare"},
}


@dataclass(frozen=True)
class NumericClaim:
    statement: str
    value: float
    qualifier: str | None
    noun: str
    quantity: str
    text: str


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def numeric_claims(statement: Statement) -> list[NumericClaim]:
    """Numbers with what they count, from every report of a statement."""
    claims = []
    seen = set()
    for report in statement.reports:
        for m in _NUMBER.finditer(report.content_text):
            value = float(m.group("num").replace(",", "")) * _SCALES.get(
                (m.group("scale") or "").lower(), 1.0
            )
            # the counted noun is among the next few words ("103,000 Ukrainian soldiers")
            words = [_singular(w) for w in m.group("noun").split()]
            hit = next(
                ((q, i) for i, w in enumerate(words) for q, nouns in _QUANTITY_CLASSES.items() if w in nouns),
                None,
            )
            quantity = hit[0] if hit else None
            if quantity is None or value < 10:
                continue
            key = (value, quantity)
            if key in seen:
                continue
            seen.add(key)
            qual = (m.group("qual") or "").strip().lower() or None
            noun_index = hit[1] if hit else len(words) - 1
            shown = " ".join(m.group(0).split()[: len(m.group(0).split()) - len(words) + noun_index + 1])
            claims.append(NumericClaim(statement.id, value, qual, words[noun_index], quantity, shown))
    return claims


def find_conflicts(statements: Sequence[Statement], *, tolerance: float = 0.05) -> list[Conflict]:
    """CONFLICTS_WITH pairs: statements about a shared entity (or by one speaker)
    giving different values for the same kind of quantity."""
    claims = {s.id: numeric_claims(s) for s in statements}
    subjects = {s.id: set(s.about) | ({s.speaker} if s.speaker else set()) for s in statements}
    by_quantity: dict[str, list[NumericClaim]] = defaultdict(list)
    for sid in sorted(claims):
        for c in claims[sid]:
            by_quantity[c.quantity].append(c)
    found: dict[tuple[str, str], Conflict] = {}
    for quantity, items in by_quantity.items():
        for x, a in enumerate(items):
            for b in items[x + 1 :]:
                if a.statement == b.statement or not (subjects[a.statement] & subjects[b.statement]):
                    continue
                if abs(a.value - b.value) <= tolerance * max(a.value, b.value):
                    continue
                pair = (min(a.statement, b.statement), max(a.statement, b.statement))
                if pair in found:
                    continue
                first, second = (a, b) if a.statement == pair[0] else (b, a)
                found[pair] = Conflict(
                    a=pair[0],
                    b=pair[1],
                    reason=f"different {quantity} figures",
                    values=(first.text, second.text),
                )
    return [found[k] for k in sorted(found)]
