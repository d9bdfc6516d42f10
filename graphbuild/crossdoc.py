"""Cross-document merging: one Statement for many reports, one Event for many
descriptions, and CONFLICTS_WITH between numeric claims that disagree.

Merging is blocked by speaker (statements) or predicate (events), so work grows
with the size of a block, not with the square of the corpus.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from .crossdoc_conflicts import NumericClaim, compare_claims, find_conflicts, numeric_claims
from .crossdoc_paraphrase import PARAPHRASE_COSINE, Embedder, cosine
from .crossdoc_tokens import content_tokens, stem
from .model import Attribution, Entity, Event, EventMention, Statement, TimeSpan, content_hash

_COMPLEMENTIZER = re.compile(r"^(?:that|whether)\s+", re.IGNORECASE)
#: Statement contents at least this similar (token-set Jaccard) are the same utterance.
SAME_STATEMENT_JACCARD = 0.5
#: ...or when the shorter content is this much contained in the longer one.
SAME_STATEMENT_CONTAINMENT = 0.8
#: Contents with fewer content words than this only merge when identical.
MIN_TOKENS_FOR_FUZZY = 3
#: Reports in different documents whose shorter content shares this much are one paraphrased utterance...
PARAPHRASE_CONTAINMENT = 0.6
#: ...provided the shorter one has at least this many content words.
MIN_TOKENS_FOR_PARAPHRASE = 5


#: Fuzzy matches must also share this much of the shorter content's common (non-name) words.
MIN_COMMON_WORD_OVERLAP = 0.6

Key = tuple[frozenset[str], frozenset[str]]  # (all content tokens, common-word tokens)


def _key(text: str) -> Key:
    return content_tokens(text), content_tokens(text, names=False)


def _similar(ka: Key, kb: Key, *, across_documents: bool = False) -> bool:
    a, b = ka[0], kb[0]
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_TOKENS_FOR_FUZZY:
        return False
    ca, cb = ka[1], kb[1]
    if ca and cb and len(ca & cb) / min(len(ca), len(cb)) < MIN_COMMON_WORD_OVERLAP:
        return False  # shared names, different things said about them
    inter = len(a & b)
    shorter = min(len(a), len(b))
    if inter / len(a | b) >= SAME_STATEMENT_JACCARD or inter / shorter >= SAME_STATEMENT_CONTAINMENT:
        return True
    # outlets paraphrase and trim quotes: a looser bar on the shorter text, only across documents
    return (
        across_documents
        and shorter >= MIN_TOKENS_FOR_PARAPHRASE
        and inter / shorter >= PARAPHRASE_CONTAINMENT
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


Interval = tuple[date, date] | None


def _interval(span: TimeSpan | None) -> Interval:
    if span is None or span.start is None or span.end is None:
        return None
    return span.start, span.end


def _meet(a: Interval, b: Interval) -> Interval | bool:
    """The intersection of two known-time constraints; False when they are disjoint."""
    if a is None:
        return b
    if b is None:
        return a
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else False


def _clusters(
    keys: Sequence[Key],
    blocks: Mapping[object, list[int]],
    *,
    docs: Sequence[str] | None = None,
    times: Sequence[Interval] | None = None,
    paraphrase: Callable[[int, int], bool] | None = None,
) -> list[list[int]]:
    """Union similar members of each block. A cluster keeps the intersection of its members'
    known times; two clusters whose times are disjoint never join (they are two utterances).
    ``paraphrase(i, j)``, when given, is asked about pairs in different documents that the
    lexical test rejects."""
    uf = _UnionFind(len(keys))
    window: dict[int, Interval] = {i: (times[i] if times else None) for i in range(len(keys))}
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                across = docs is not None and docs[i] != docs[j]
                if not _similar(keys[i], keys[j], across_documents=across) and not (
                    across and paraphrase is not None and paraphrase(i, j)
                ):
                    continue
                ri, rj = uf.find(i), uf.find(j)
                if ri == rj:
                    continue
                both = _meet(window[ri], window[rj])
                if both is False:
                    continue
                uf.union(ri, rj)
                window[uf.find(ri)] = both  # type: ignore[assignment]
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
    embedder: Embedder | None = None,
) -> list[Statement]:
    """Group reports of the same utterance (same speaker, overlapping content) into Statements.

    Contents are compared as sets of stemmed content words with numbers normalised
    (:func:`content_tokens`): the same utterance when their Jaccard similarity or the
    containment of the shorter is high, or, across documents, when the shorter content
    is mostly contained in the longer one (a paraphrase or a trimmed quote). Reports whose
    ``said`` intervals are disjoint are never one statement.

    ``speaker_of`` maps an attribution to its speaker's entity id (or None);
    ``published`` maps doc ids to sortable dates so the earliest report is the
    representative one. Reports with no resolved speaker only merge with
    identical content. With an ``embedder`` (:func:`graphbuild.crossdoc_paraphrase.load_embedder`),
    reports of one resolved speaker in different documents whose contents have at least
    :data:`MIN_TOKENS_FOR_PARAPHRASE` content words and embeddings at least
    :data:`~graphbuild.crossdoc_paraphrase.PARAPHRASE_COSINE` similar are also one utterance
    (translations, reworded quotes); only reports in speaker blocks are embedded.
    """
    published = published or {}
    speaker_names = speaker_names or {}
    # a canonical order, so the clusters do not depend on the order reports arrive in
    attributions = sorted(attributions, key=lambda a: (a.doc_id, a.content, a.content_text))
    speakers = [speaker_of(a) for a in attributions]
    keys = [_key(a.content_text) for a in attributions]
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, speaker in enumerate(speakers):
        blocks[speaker if speaker is not None else ("anon", " ".join(sorted(keys[i][0])))].append(i)

    order = _report_sort_key(published)
    statements = []
    docs = [a.doc_id for a in attributions]
    times = [_interval(a.said) for a in attributions]
    similar = _paraphrase_test(embedder, attributions, keys, speakers, blocks, docs)
    for members in _clusters(keys, blocks, docs=docs, times=times, paraphrase=similar):
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


def _paraphrase_test(
    embedder: Embedder | None,
    attributions: Sequence[Attribution],
    keys: Sequence[Key],
    speakers: Sequence[str | None],
    blocks: Mapping[object, list[int]],
    docs: Sequence[str],
) -> Callable[[int, int], bool] | None:
    """Embedding similarity for reports that can be paraphrases: in a resolved speaker's block
    with reports from more than one document, and long enough to say something."""
    if embedder is None:
        return None
    wanted = sorted(
        i
        for members in blocks.values()
        if speakers[members[0]] is not None and len({docs[i] for i in members}) > 1
        for i in members
        if len(keys[i][0]) >= MIN_TOKENS_FOR_PARAPHRASE
    )
    if not wanted:
        return None
    vectors = dict(zip(wanted, embedder.encode([attributions[i].content_text for i in wanted]), strict=True))

    def test(i: int, j: int) -> bool:
        if i not in vectors or j not in vectors:
            return False
        return cosine(vectors[i], vectors[j]) >= PARAPHRASE_COSINE

    return test


def _dedupe_ids(statements: list[Statement]) -> list[Statement]:
    """Two clusters can share a representative key; keep ids unique and deterministic."""
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
        by_predicate[stem(ev.predicate)].append(i)  # "capture" / "captured" lemma slips
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


__all__ = [
    "MentionIndex",
    "NumericClaim",
    "compare_claims",
    "content_tokens",
    "find_conflicts",
    "merge_events",
    "merge_statements",
    "numeric_claims",
    "stem",
]
