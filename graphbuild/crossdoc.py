"""Cross-document merging: one Statement for many reports, one Event for many
descriptions, and CONFLICTS_WITH between numeric claims that disagree.

Merging is blocked by speaker (statements) or predicate root (events), so work grows
with the size of a block, not with the square of the corpus. Within a block, candidate
pairs are joined best first under "cannot link" constraints (disjoint times, opposite
claims), which keeps the result independent of input order. Event merging lives in
:mod:`graphbuild.crossdoc_events` and the known-time clustering both share in
:mod:`graphbuild.crossdoc_time`; :func:`merge_events` is re-exported here.

Measured by ``bench/paraphrase.py`` (hand-labelled reports: dev and two held-out sets) and
``bench/crossdoc_events.py`` (MEANTIME cross-document event coreference).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from .crossdoc_conflicts import NumericClaim, compare_claims, find_conflicts, numeric_claims
from .crossdoc_events import merge_events
from .crossdoc_features import ReportText, report_text
from .crossdoc_occasion import (
    NEAR_CONTAINMENT,
    NEAR_MIN_COMMON,
    NEAR_MIN_SHARED,
    NEAR_MIN_UNITS,
    NEAR_OCCASION,
    OTHER_OCCASION,
    SAME_OCCASION,
    _document_venues,
    _near,
    _news_window,
    _occasion,
    _published_day,
    _venue_key,
)
from .crossdoc_paraphrase import PARAPHRASE_COSINE, Embedder, cosine
from .crossdoc_time import interval_of, link_clusters, meet, narrowest
from .crossdoc_tokens import (
    GENERIC,
    OPPOSITES,
    ContentFeatures,
    content_tokens,
    stem,
)
from .model import Attribution, Entity, Statement, content_hash

log = logging.getLogger(__name__)

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

Key = tuple[frozenset[str], frozenset[str]]  # (all content tokens, common-word tokens): ReportText's


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
    na, nb = a - ca, b - cb  # names: capitalised words
    return (
        across_documents
        and shorter >= MIN_TOKENS_FOR_PARAPHRASE
        and inter / shorter >= PARAPHRASE_CONTAINMENT
        # each names what the other does not, and no name is shared ("talks in Geneva" / "in Vienna")
        and not (na - b and nb - a and not (na | nb) & a & b)
    )


#: On one occasion (same day, or the same venue), reports whose shorter content's weighted words are
#: this much shared are one utterance...
OCCASION_CONTAINMENT = 0.4
#: ...provided they share at least this many key words (not generic time or hedge words).
OCCASION_MIN_SHARED = 2
#: When the occasion is unknown (no date or venue on one side), a middle bar.
OPEN_CONTAINMENT = 0.4
OPEN_MIN_SHARED = 3
#: ...of which this many are common words, not names (shared names alone say who, not what).
OPEN_MIN_COMMON = 2
#: ...forming at least this many separate phrases (one shared noun phrase is not a shared claim).
OPEN_MIN_UNITS = 2
#: Weights of shared words: figures say most, generic words (time words, hedges) little.
NUMBER_WEIGHT = 1.5
GENERIC_WEIGHT = 0.25

#: Shared word pairs (adjacent in both texts) from which the shared words are a quoted passage
#: ("achieve the territorial gains we hope for"): as good as several separate phrases.
QUOTE_MIN_BIGRAMS = 3
#: Contents whose key words are the same set, with at least this many, say the same thing.
SAME_KEYS_MIN = 2


#: A word in at least this share of a speaker's reports (when there are at least TOPIC_MIN_REPORTS of
#: them) is the speaker's topic ("Ukraine", "NATO", "support"), not what one utterance says...
TOPIC_SHARE = 0.2
TOPIC_MIN_REPORTS = 10
#: ...and in at least this many of them: one utterance reported by three or four outlets puts its words
#: in three or four reports, so only a word that recurs in more than that is a topic word.
TOPIC_MIN_COUNT = 5
#: ...and weighs this much.
TOPIC_WEIGHT = 0.5


def _weight(token: str, f: ContentFeatures, topic: frozenset[str] = frozenset()) -> float:
    if token in f.numbers:
        return NUMBER_WEIGHT
    if token in GENERIC:
        return GENERIC_WEIGHT
    return TOPIC_WEIGHT if token in topic else 1.0


def _weighted_containment(
    a: ContentFeatures, b: ContentFeatures, topic: frozenset[str] = frozenset()
) -> float:
    shared = sum(_weight(t, a, topic) for t in a.tokens & b.tokens)
    smaller = min(sum(_weight(t, a, topic) for t in a.tokens), sum(_weight(t, b, topic) for t in b.tokens))
    return shared / smaller if smaller else 0.0


def _topic_words(feats: Sequence[ContentFeatures]) -> frozenset[str]:
    """Words in many of one speaker's reports (:data:`TOPIC_SHARE` of them and at least
    :data:`TOPIC_MIN_COUNT`): the subject they keep talking about, not one utterance's outlets."""
    if len(feats) < TOPIC_MIN_REPORTS:
        return frozenset()
    df: dict[str, int] = defaultdict(int)
    for f in feats:
        for t in f.key:
            df[t] += 1
    return frozenset(t for t, n in df.items() if n >= max(TOPIC_SHARE * len(feats), TOPIC_MIN_COUNT))


def contradicts(a: ContentFeatures, b: ContentFeatures) -> str | None:
    """Why two contents cannot be one utterance, or None: a key word asserted in one and denied
    by a negation in the other ("is ready" / "is not ready"; a contrastive negation, "gas rather than
    coal", denies only the phrase after it; a denied negative word asserts its opposite, "will not
    abandon" = "will support": :data:`~graphbuild.crossdoc_lexicon.LITOTES`), opposite predicates
    ("raise" / "keep unchanged", "stay" / "withdraw", "allow" / "ban", "support" / "abandon":
    :data:`~graphbuild.crossdoc_tokens.ANTONYMS`), or different figures
    ("12 percent" / "3 percent"; quantities compare by value, "48 hours" = "two days").

    >>> from graphbuild.crossdoc_tokens import content_features as f
    >>> contradicts(f("troops will stay"), f("troops would be withdrawn"))
    'antonym'
    >>> contradicts(f("caused by corrosion, not sabotage"), f("corrosion, rather than sabotage")) is None
    True
    >>> contradicts(f("closed for 48 hours"), f("closed for two days")) is None
    True
    """
    only_a_plain, only_a_neg = a.plain - a.negated, a.negated - a.plain
    only_b_plain, only_b_neg = b.plain - b.negated, b.negated - b.plain
    flipped = ((only_a_plain & only_b_neg) | (only_a_neg & only_b_plain)) - GENERIC - a.names - b.names
    if flipped and not (a.negated & b.negated) - GENERIC:  # a negation on both sides: they agree
        return "polarity"
    only_b_poles = b.poles - a.poles
    if only_b_poles and any(OPPOSITES[x] & only_b_poles for x in a.poles - b.poles):
        return "antonym"
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return "figures"
    return None


def _same_utterance(
    fa: ContentFeatures, fb: ContentFeatures, occasion: int, topic: frozenset[str] = frozenset()
) -> float:
    """A score > 0 when two compatible contents read as one utterance at this occasion level."""
    if occasion == OTHER_OCCASION:
        return 0.0
    shared = fa.key & fb.key
    shared_common = len(shared - fa.names - fb.names - topic)
    units = fa.units(shared, fb)
    if fa.quoted(shared, fb) >= QUOTE_MIN_BIGRAMS:
        units = max(units, OPEN_MIN_UNITS)
    score = _weighted_containment(fa, fb, topic)
    if fa.key == fb.key and len(shared) >= SAME_KEYS_MIN:
        ok = True  # the same key words, nothing more on either side
    elif occasion == SAME_OCCASION:
        ok = score >= OCCASION_CONTAINMENT and len(shared) >= OCCASION_MIN_SHARED and shared_common >= 1
    elif occasion == NEAR_OCCASION:
        quoted = fa.quoted(shared, fb) >= QUOTE_MIN_BIGRAMS  # the same passage, whatever else each adds
        if _figure_anchor(fa, fb, shared) or _summary_of(fa, fb, shared, topic):
            units = max(units, NEAR_MIN_UNITS)
        ok = (
            (score >= NEAR_CONTAINMENT or quoted)
            and not _other_names(fa, fb, shared)
            and len(shared) >= NEAR_MIN_SHARED
            and units >= NEAR_MIN_UNITS
            and shared_common >= NEAR_MIN_COMMON
        )
    else:
        ok = (
            score >= OPEN_CONTAINMENT
            and len(shared) >= OPEN_MIN_SHARED
            and units >= OPEN_MIN_UNITS
            and shared_common >= OPEN_MIN_COMMON
        )
    return score if ok else 0.0


#: Shared common words besides the figure from which a change verb ("rose", "arrested") may anchor it.
FIGURE_MIN_WORDS = 2
#: A one-line summary ("42 people had been arrested") of a longer report: at most this many key words...
SUMMARY_MAX_KEYS = 5
#: ...of which at least this share are in the longer report.
SUMMARY_CONTAINMENT = 0.8


def _other_names(fa: ContentFeatures, fb: ContentFeatures, shared: frozenset[str]) -> bool:
    """Whether both texts name something the other does not and share no name ("talks in Geneva" /
    "talks in Vienna"): on loose evidence (the same news days), the same words about other places or
    people are another statement."""
    return bool(fa.names - fb.tokens) and bool(fb.names - fa.tokens) and not (fa.names | fb.names) & shared


def _figure_anchor(fa: ContentFeatures, fb: ContentFeatures, shared: frozenset[str]) -> bool:
    """Whether both texts attach a shared figure to the same shared common word ("50,000 bottles",
    "42 arrested"): a figure with its unit says more than one shared phrase; a change verb anchors it
    only with another shared word (:data:`FIGURE_MIN_WORDS`). Different figures never
    get here (:func:`contradicts`)."""
    figures = shared & fa.numbers & fb.numbers
    if not figures:
        return False
    words = shared - figures - fa.names - fb.names
    if len(words) < FIGURE_MIN_WORDS:
        # a change verb alone says how much, not of what ("rose 10 percent": prices or passengers)
        words = words - OPPOSITES.keys()
    return any(len(b) == 2 and b & figures and b & words for b in fa.bigrams & fb.bigrams)


def _summary_of(
    fa: ContentFeatures, fb: ContentFeatures, shared: frozenset[str], topic: frozenset[str]
) -> bool:
    """Whether the shorter content is a one-line summary of the longer: few key words
    (:data:`SUMMARY_MAX_KEYS`), nearly all of them (:data:`SUMMARY_CONTAINMENT`) in the longer one,
    and two of the shared ones common words that are not the speaker's topic."""
    short = fa.key if len(fa.key) <= len(fb.key) else fb.key
    if not short or len(short) > SUMMARY_MAX_KEYS:
        return False
    common = shared - fa.names - fb.names - topic
    return len(shared & short) >= SUMMARY_CONTAINMENT * len(short) and len(common) >= 2


def _pairs(members: Sequence[int], tokens: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Pairs of a block worth comparing, in a fixed order: those sharing a content word (every
    test, the embedding pass included, needs one)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, toks in zip(members, tokens, strict=True):
        for t in toks:
            postings[t].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        for x, i in enumerate(ids):
            pairs.update((i, j) for j in ids[x + 1 :])
    return sorted(pairs)


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
    precomputed: Mapping[str, ReportText] | None = None,
) -> list[Statement]:
    """Group reports of the same utterance (same speaker, overlapping content) into Statements.

    Within a speaker's block, two reports are one utterance when:

    - their contents are lexically close (:func:`content_tokens`: stemmed content words, numbers
      normalised; high Jaccard or containment, or across documents a mostly contained paraphrase), or
    - they come from one *occasion* (the same known day, or a shared venue/addressee word: "at a
      press conference", "told Harbour Radio") and the shorter content's weighted words (synonyms
      folded, figures weighted up, time words and the speaker's recurring topic words down, a topic word
      being one in :data:`TOPIC_MIN_COUNT` reports or more, beyond one utterance's outlets; see
      :class:`~graphbuild.crossdoc_tokens.ContentFeatures`) are at least
      :data:`OCCASION_CONTAINMENT` shared with at least :data:`OCCASION_MIN_SHARED` key words, or
    - nothing states the occasion but the documents were published within
      :data:`~graphbuild.crossdoc_occasion.PUBLISHED_NEAR_DAYS` of each other (``published``; a said day, when known, stands for
      the publication days, see :func:`~graphbuild.crossdoc_occasion._news_window`): wire copy of one day's news. The bar is
      between the two others (:data:`NEAR_MIN_SHARED` key words, :data:`NEAR_MIN_COMMON` of them
      common words in :data:`NEAR_MIN_UNITS` phrases, containment :data:`NEAR_CONTAINMENT` or a
      passage quoted by both; a shared figure attached to the same shared word in both, "50,000
      bottles", :func:`_figure_anchor`, or a one-line summary whose few key words are nearly all in the
      longer report, :func:`_summary_of`, count as the phrases; texts that each name something the other
      does not, sharing no name, stay apart: :func:`_other_names`). Two reports in one document get no
      such evidence, or
    - the occasion is unknown and the bar is higher (:data:`OPEN_CONTAINMENT`, shared words forming
      at least :data:`OPEN_MIN_UNITS` separate phrases); reports whose venues share nothing, or whose
      news days are apart (a week later), are different occasions and only the lexical test applies,
      without its looser cross-document bar when the news days are apart: a week later the speaker
      often makes a new claim in the same key words, so only the same claim is one statement.
      An audience that names no occasion ("told reporters") is not a venue.

    Person shifts between direct and indirect quotes ("we" / "the alliance") do not count: pronouns
    are stop words; tense backshift, transliterations and demonyms fold
    (:func:`~graphbuild.crossdoc_tokens.word_key`). Opposite claims never merge
    (:func:`contradicts`: a word asserted in one and negated in the other, antonymous predicates,
    different figures), not even through a chain of
    paraphrases: clusters join best pair first and only when no member of one contradicts a member
    of the other. Reports whose ``said`` intervals are disjoint are never one statement. The
    result does not depend on the order of ``attributions``.

    ``speaker_of`` maps an attribution to its speaker's entity id (or None);
    ``published`` maps doc ids to ISO publication dates (anything else, such as the pipeline's
    "9999", is unknown): the earliest report is the representative one, and publication days are
    the weak occasion evidence above. Reports with no resolved speaker only merge with
    identical content. A venue named once in a document carries over to the speaker's other reports
    there (:func:`~graphbuild.crossdoc_occasion._document_venues`), so that reports whose venues differ are kept apart; a
    carried venue is never evidence of one occasion by itself. A passage quoted by both
    (three shared adjacent word pairs) counts as several phrases; the same key words on both sides
    (at least :data:`SAME_KEYS_MIN`) merge at any occasion that is not another one.

    ``embedder`` (off by default; :func:`graphbuild.crossdoc_paraphrase.load_embedder`) adds a
    restricted second pass: only pairs the lexical pass left in different clusters that are
    plausible (same resolved speaker, different documents, compatible said times, not different
    occasions, no contradiction, at least :data:`MIN_TOKENS_FOR_PARAPHRASE` content words each and
    a shared key word) are embedded, each report once, and join at cosine
    :data:`~graphbuild.crossdoc_paraphrase.PARAPHRASE_COSINE` or more, after every lexical pair and
    under the same contradiction checks.

    ``precomputed`` (content text -> :class:`~graphbuild.crossdoc_features.ReportText`, from the
    per-document stage) saves normalising those texts here; the result is the same without it.
    """
    published = published or {}
    speaker_names = speaker_names or {}
    # a canonical order, so the clusters do not depend on the order reports arrive in
    attributions = sorted(attributions, key=lambda a: (a.doc_id, a.content, a.content_text))
    speakers = [speaker_of(a) for a in attributions]
    texts = _report_texts([a.content_text for a in attributions], precomputed or {})
    keys = [(t.tokens, t.common) for t in texts]
    by_text = {a.content_text: t for a, t in zip(attributions, texts, strict=True)}
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, speaker in enumerate(speakers):
        blocks[speaker if speaker is not None else ("anon", " ".join(sorted(keys[i][0])))].append(i)

    order = _report_sort_key(published)
    statements = []
    docs = [a.doc_id for a in attributions]
    times = [interval_of(a.said) for a in attributions]
    feats = [t.features for t in texts]
    venues, carried = _document_venues(speakers, docs, times, [_venue_key(a) for a in attributions])
    news = [_news_window(t, _published_day(published, d)) for t, d in zip(times, docs, strict=True)]
    candidates: list[tuple[float, int, int]] = []
    plausible: list[tuple[int, int]] = []  # left apart, but worth asking the embedder about
    for members in blocks.values():
        topic = _topic_words([feats[i] for i in members])
        for i, j in _pairs(members, [keys[i][0] | feats[i].tokens for i in members]):
            if contradicts(feats[i], feats[j]):
                continue
            across = docs[i] != docs[j]
            near = _near(news[i], news[j]) if across else None
            occasion = OTHER_OCCASION
            # news days known and apart (a week later): another occasion, where a similar claim is
            # often a new one; only the same claim (not an outlet's loose paraphrase, and no key word
            # on one side only: "until the World Cup" / "until the Olympics") is one statement
            if _similar(keys[i], keys[j], across_documents=across and near is not False) and (
                near is not False or feats[i].key == feats[j].key
            ):
                score = 1.0 + _weighted_containment(feats[i], feats[j])
            elif speakers[i] is not None:
                occasion = _occasion(
                    attributions[i],
                    attributions[j],
                    venues[i],
                    venues[j],
                    carried=carried[i] or carried[j],
                    near=near,
                )
                score = _same_utterance(feats[i], feats[j], occasion, topic)
            else:
                score = 0.0
            if score:
                candidates.append((-score, i, j))
            elif (
                embedder is not None
                and across
                and occasion != OTHER_OCCASION
                and meet(times[i], times[j]) is not False
                and _worth_embedding(feats[i], feats[j], keys[i][0], keys[j][0])
            ):
                plausible.append((i, j))
    contradiction: dict[tuple[int, int], bool] = {}

    def cannot(x: int, y: int) -> bool:
        pair = (x, y) if x < y else (y, x)
        if pair not in contradiction:
            contradiction[pair] = contradicts(feats[x], feats[y]) is not None
        return contradiction[pair]

    if plausible and embedder is not None:
        lexical = link_clusters(candidates, len(attributions), times, cannot)
        candidates += _embedding_candidates(embedder, attributions, plausible, lexical)
    for members in link_clusters(candidates, len(attributions), times, cannot):
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
            speaker or "", " ".join(sorted(by_text[reports[0].content_text].tokens))
        )
        statements.append(
            Statement(
                id=stmt_id,
                speaker=speaker,
                speaker_name=speaker_names.get(speaker, rep.speaker) if speaker else rep.speaker,
                text=text,
                mode=rep.mode,
                cue=rep.cue_lemma,
                said=narrowest(r.said for r in reports),
                addressee=next((r.addressee for r in reports if r.addressee), None),
                reports=tuple(reports),
                about=tuple(sorted(about)),
            )
        )
    return _dedupe_ids(statements)


def _report_texts(texts: Sequence[str], precomputed: Mapping[str, ReportText]) -> list[ReportText]:
    out = []
    for text in texts:
        found = precomputed.get(text)
        out.append(found if found is not None else report_text(text))
    return out


def _worth_embedding(
    fa: ContentFeatures, fb: ContentFeatures, ka: frozenset[str], kb: frozenset[str]
) -> bool:
    """Whether a pair the lexical tests left apart is plausible enough to embed: both say
    something (:data:`MIN_TOKENS_FOR_PARAPHRASE` content words) and they share a key word (not a
    generic time or hedge word). Same speaker, compatible time and occasion and no contradiction
    are checked by the caller."""
    if min(len(ka), len(kb)) < MIN_TOKENS_FOR_PARAPHRASE:
        return False
    return bool(fa.key & fb.key)


def _embedding_candidates(
    embedder: Embedder,
    attributions: Sequence[Attribution],
    plausible: Sequence[tuple[int, int]],
    lexical: Sequence[Sequence[int]],
) -> list[tuple[float, int, int]]:
    """Candidate pairs from sentence embeddings, for plausible pairs the lexical clusters left
    apart: only the reports in such pairs are embedded (each distinct text once). Scored below
    every lexical candidate (cosine times :data:`OCCASION_CONTAINMENT`), so they join last."""
    cluster = {i: k for k, members in enumerate(lexical) for i in members}
    pairs = sorted({(i, j) for i, j in plausible if cluster[i] != cluster[j]})
    if not pairs:
        return []
    texts = sorted({attributions[i].content_text for pair in pairs for i in pair})
    vectors = dict(zip(texts, embedder.encode(texts), strict=True))
    log.info("embedding pass: %d reports, %d pairs", len(texts), len(pairs))
    out = []
    for i, j in pairs:
        sim = cosine(vectors[attributions[i].content_text], vectors[attributions[j].content_text])
        if sim >= PARAPHRASE_COSINE:
            out.append((-OCCASION_CONTAINMENT * sim, i, j))
    return out


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


__all__ = [
    "MentionIndex",
    "NumericClaim",
    "compare_claims",
    "content_tokens",
    "contradicts",
    "find_conflicts",
    "merge_events",
    "merge_statements",
    "numeric_claims",
    "stem",
]
