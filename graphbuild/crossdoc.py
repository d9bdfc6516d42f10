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
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter, itemgetter

from .crossdoc_conflicts import NumericClaim, compare_claims, numeric_claims
from .crossdoc_conflicts_find import explain_pairs, find_conflicts
from .crossdoc_events import merge_events
from .crossdoc_features import ReportText, report_text
from .crossdoc_guards import (
    Figure,
    additive_apart,
    additive_subjects,
    align_figures,
    counted_figures,
    figure_ranges,
    other_figures,
    other_place,
    other_time,
    ranges_agree,
    vague_apart,
)
from .crossdoc_memo import StatementMemo
from .crossdoc_mentions import MentionIndex
from .crossdoc_occasion import (
    OTHER_OCCASION,
    _document_venues,
    _near,
    _news_window,
    _occasion,
    _published_day,
    _rereport,
    _venue_key,
)
from .crossdoc_paraphrase import PARAPHRASE_COSINE, Embedder, cosine
from .crossdoc_statements import statement_of, with_unique_ids
from .crossdoc_time import interval_of, link_clusters, meet
from .crossdoc_tokens import ContentFeatures, content_tokens
from .crossdoc_utterance import (
    OCCASION_CONTAINMENT,
    SHARED_KEYS_MIN,
    _restates,
    _same_utterance,
    _topic_words,
    _weighted_containment,
)
from .crossdoc_words import GENERIC, OPPOSITES, stem
from .model import Attribution, Statement

log = logging.getLogger(__name__)

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
#: Two reports sharing fewer words than this (content words and their features' words) are joined by
#: no lexical or occasion test unless their content words are the same or their figures differ (one's
#: figures aligned to the other's may make them share more): :func:`_similar` needs two shared words
#: between different contents (of :data:`MIN_TOKENS_FOR_FUZZY` words or more: one shared word is at most
#: a third of the shorter), the occasion tests
#: :data:`~graphbuild.crossdoc_utterance.SHARED_KEYS_MIN` shared key words. Such pairs are not scored.
MIN_SHARED_WORDS = min(2, SHARED_KEYS_MIN)

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


def contradicts(
    a: ContentFeatures,
    b: ContentFeatures,
    *,
    texts: tuple[str, str] | None = None,
    figures: tuple[Mapping[str, Figure], Mapping[str, Figure]] | None = None,
) -> str | None:
    """Why two contents cannot be one utterance, or None: a key word asserted in one and denied
    by a negation in the other ("is ready" / "is not ready"; a contrastive negation, "gas rather than
    coal", denies only the phrase after it; a denied negative word asserts its opposite, "will not
    abandon" = "will support": :data:`~graphbuild.crossdoc_synonyms.LITOTES`, and a denied word of a
    complementary pair its opposite, "not closed" = "open":
    :data:`~graphbuild.crossdoc_synonyms.COMPLEMENTARY_PAIRS`; "no more than 3" is a bound, not a
    denial), opposite predicates
    ("raise" / "keep unchanged", "stay" / "withdraw", "allow" / "ban", "support" / "abandon":
    :data:`~graphbuild.crossdoc_words.ANTONYMS`), or different figures
    ("12 percent" / "3 percent"; quantities compare by value, "48 hours" = "two days"; a vague
    quantity and an exact figure outside it, "thousands" / "300": :func:`~graphbuild.crossdoc_guards.vague_apart`).
    Given the two contents' ``texts``, a figure after a bound or estimate word is a range ("more than
    200" / "212" agree: :func:`~graphbuild.crossdoc_guards.figures_agree`; so is a total and the two parts
    that add up to it, "20 buses" / "12 buses ... and another eight"), and the same words about
    another place ("a plant in Lyon" / "in Turin", "in the north" / "in the south":
    :func:`~graphbuild.crossdoc_guards.other_place`)
    or another relative time ("this year" / "next year": :func:`~graphbuild.crossdoc_guards.other_time`)
    are different claims. ``figures``, the two texts' :func:`~graphbuild.crossdoc_guards.figure_ranges`
    when known already, saves reading them from ``texts`` again (the same result).

    >>> from graphbuild.crossdoc_tokens import content_features as f
    >>> contradicts(f("troops will stay"), f("troops would be withdrawn"))
    'antonym'
    >>> contradicts(f("caused by corrosion, not sabotage"), f("corrosion, rather than sabotage")) is None
    True
    >>> contradicts(f("closed for 48 hours"), f("closed for two days")) is None
    True
    >>> a, b = "more than 200 cases", "212 cases"
    >>> contradicts(f(a), f(b)), contradicts(f(a), f(b), texts=(a, b)) is None
    ('figures', True)
    """
    if a.negated or b.negated:  # most contents negate nothing
        only_a_plain, only_a_neg = a.plain - a.negated, a.negated - a.plain
        only_b_plain, only_b_neg = b.plain - b.negated, b.negated - b.plain
        flipped = ((only_a_plain & only_b_neg) | (only_a_neg & only_b_plain)) - GENERIC - a.names - b.names
        if flipped and not (a.negated & b.negated) - GENERIC:  # a negation on both sides: they agree
            return "polarity"
    if a.poles and b.poles:
        only_b_poles = b.poles - a.poles
        if only_b_poles and any(OPPOSITES[x] & only_b_poles for x in a.poles - b.poles):
            return "antonym"
    both = a.numbers & b.numbers
    when = both - counted_figures(both)  # a year both give says when, not how many
    counted = (a.numbers - when, b.numbers - when)
    if counted[0] and counted[1] and not counted[0] & counted[1]:
        if texts is None:
            return "figures"
        ranges = figures or (figure_ranges(texts[0]), figure_ranges(texts[1]))
        kept = [{k: f for k, f in r.items() if k in c} for r, c in zip(ranges, counted, strict=True)]
        if not ranges_agree(kept[0], kept[1]):
            return "figures"
    if vague_apart(a, b):
        return "figures"  # "thousands were killed" / "300 were killed": another count, not a rounding
    if texts is not None and other_place(*texts):
        return "place"
    if texts is not None and other_time(*texts):
        return "time"
    return None


def _pairs(members: Sequence[int], tokens: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Pairs of a block worth comparing, in a fixed order: those sharing a content word (every
    test, the embedding pass included, needs one). Sorted, each pair (i, j) with i < j.

    >>> _pairs([3, 5, 8], [frozenset({"a"}), frozenset({"b"}), frozenset({"a", "b"})])
    [(3, 8), (5, 8)]
    """
    # from the last member back: the postings then hold only later members, so each member's
    # partners are one set of indices, not a set of pairs deduplicated across words
    postings: dict[str, list[int]] = {}
    rows: list[tuple[int, list[int]]] = []
    for i, toks in sorted(zip(members, tokens, strict=True), key=itemgetter(0), reverse=True):
        partners: set[int] = set()
        for t in toks:
            found = postings.get(t)
            if found is None:
                postings[t] = [i]
            else:
                partners.update(found)
                found.append(i)
        if partners:
            rows.append((i, sorted(partners)))
    return [(i, j) for i, later in reversed(rows) for j in later]


#: The canonical order of reports, so the clusters do not depend on the order reports arrive in.
_canonical_order = attrgetter("doc_id", "content", "content_text")
_NO_VENUE: frozenset[str] = frozenset()


def merge_statements(
    attributions: Sequence[Attribution],
    *,
    speaker_of: Callable[[Attribution], str | None],
    mentions: MentionIndex,
    published: Mapping[str, str] | None = None,
    speaker_names: Mapping[str, str] | None = None,
    embedder: Embedder | None = None,
    precomputed: Mapping[str, ReportText] | None = None,
    memo: StatementMemo | None = None,
) -> list[Statement]:
    """Group reports of the same utterance (same speaker, overlapping content) into Statements.

    Within a speaker's block, two reports are one utterance when:

    - their contents are lexically close (:func:`content_tokens`: stemmed content words, numbers
      normalised; high Jaccard or containment, or across documents a mostly contained paraphrase), or
    - they come from one *occasion* (the same known day, or a shared venue/addressee word: "at a
      press conference", "told Harbour Radio") and the shorter content's weighted words (synonyms
      folded, figures weighted up, time words and the speaker's recurring topic words down, a topic word
      being one in :data:`~graphbuild.crossdoc_utterance.TOPIC_MIN_COUNT` reports or more, beyond one utterance's outlets; see
      :class:`~graphbuild.crossdoc_tokens.ContentFeatures`) are at least
      :data:`OCCASION_CONTAINMENT` shared with at least :data:`~graphbuild.crossdoc_utterance.OCCASION_MIN_SHARED` key words, or
    - nothing states the occasion but the documents were published within
      :data:`~graphbuild.crossdoc_occasion.PUBLISHED_NEAR_DAYS` of each other (``published``; a said day, when known, stands for
      the publication days, see :func:`~graphbuild.crossdoc_occasion._news_window`): wire copy of one day's news. The bar is
      between the two others (:data:`~graphbuild.crossdoc_utterance.NEAR_MIN_SHARED` key words, :data:`~graphbuild.crossdoc_utterance.NEAR_MIN_COMMON` of them
      common words in :data:`~graphbuild.crossdoc_utterance.NEAR_MIN_UNITS` phrases, containment :data:`~graphbuild.crossdoc_utterance.NEAR_CONTAINMENT` or a
      passage quoted by both; a shared figure attached to the same shared word in both, "50,000
      bottles", :func:`~graphbuild.crossdoc_utterance._figure_anchor`, or a one-line summary whose few key words are nearly all in the
      longer report, :func:`~graphbuild.crossdoc_utterance._summary_of`, count as the phrases; texts that each name something the other
      does not, sharing no name, stay apart: :func:`~graphbuild.crossdoc_utterance._other_names`). Two reports in one document get no
      such evidence, or
    - the occasion is unknown and the bar is higher (:data:`~graphbuild.crossdoc_utterance.OPEN_CONTAINMENT`, shared words forming
      at least :data:`~graphbuild.crossdoc_utterance.OPEN_MIN_UNITS` separate phrases); reports whose venues share nothing, or whose
      news days are apart (a week later), are different occasions and only the lexical test applies,
      without its looser cross-document bar when the news days are apart: a week later the speaker
      often makes a new claim in the same key words, so only the same claim is one statement.
      An audience that names no occasion ("told reporters") is not a venue. The exception is a
      round-up: a report up to :data:`~graphbuild.crossdoc_occasion.REREPORT_MAX_DAYS` later, in
      indirect speech, stating no occasion of its own (no said-day, no venue), whose key words (at least
      three, a figure among them) are all in the earlier report retells it
      (:func:`~graphbuild.crossdoc_occasion._rereport`, :func:`~graphbuild.crossdoc_utterance._restates`).

    A report whose content has an additive particle ("X will *also* miss six weeks") beside a report of
    the same words in its document says them of another subject: it never joins a report that does not
    mention what it adds (:func:`~graphbuild.crossdoc_guards.additive_subjects`). A figure after a bound
    or estimate word is a range ("more than 200" meets "212",
    :func:`~graphbuild.crossdoc_guards.figures_agree`); on the same news days a bounded and an exact
    report of one figure share it, and a figure anchored to a shared word, or the whole of a short claim
    (:data:`~graphbuild.crossdoc_utterance.WHOLE_MIN_KEYS` key words, all in the other report), needs one shared word that is not
    the speaker's topic instead of :data:`~graphbuild.crossdoc_utterance.NEAR_MIN_COMMON`.

    Person shifts between direct and indirect quotes ("we" / "the alliance") do not count: pronouns
    are stop words; tense backshift, transliterations and demonyms fold
    (:func:`~graphbuild.crossdoc_words.word_key`). Opposite claims never merge
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
    (at least :data:`~graphbuild.crossdoc_utterance.SAME_KEYS_MIN`) merge at any occasion that is not another one.

    ``embedder`` (off by default; :func:`graphbuild.crossdoc_paraphrase.load_embedder`) adds a
    restricted second pass: only pairs the lexical pass left in different clusters that are
    plausible (same resolved speaker, different documents, compatible said times, not different
    occasions, no contradiction, at least :data:`MIN_TOKENS_FOR_PARAPHRASE` content words each and
    a shared key word) are embedded, each report once, and join at cosine
    :data:`~graphbuild.crossdoc_paraphrase.PARAPHRASE_COSINE` or more, after every lexical pair and
    under the same contradiction checks.

    ``precomputed`` (content text -> :class:`~graphbuild.crossdoc_features.ReportText`, from the
    per-document stage) saves normalising those texts here; the result is the same without it.
    ``memo`` (:class:`~graphbuild.crossdoc_memo.StatementMemo`, without ``embedder``) gives the
    clusters of blocks the previous build compared with the same inputs, and records this build's;
    the result is the same without it.
    """
    published = published or {}
    speaker_names = speaker_names or {}
    attributions = sorted(attributions, key=_canonical_order)
    speakers = [speaker_of(a) for a in attributions]
    texts = _report_texts([a.content_text for a in attributions], precomputed or {})
    keys = [(t.tokens, t.common) for t in texts]
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, speaker in enumerate(speakers):
        blocks[speaker if speaker is not None else ("anon", " ".join(sorted(keys[i][0])))].append(i)

    # a block the memo holds is not compared again: its clusters are the previous build's
    settled, digests = _memoised_blocks(memo if embedder is None else None, blocks, attributions, published)
    # a report alone in its block is compared with none: its occasion is never asked (nor does its
    # venue carry over to another report, which would be its speaker's, in its block)
    compared = [False] * len(attributions)
    for block, members in blocks.items():
        if len(members) > 1 and block not in settled:
            for i in members:
                compared[i] = True
    docs = [a.doc_id for a in attributions]
    times = [interval_of(a.said) for a in attributions]
    feats = [t.features for t in texts]
    figures = [t.figures for t in texts]
    venue_keys = [_venue_key(a) if c else _NO_VENUE for a, c in zip(attributions, compared, strict=True)]
    venues, carried = _document_venues(speakers, docs, times, venue_keys)
    news = [
        _news_window(t, _published_day(published, d)) if c else None
        for t, d, c in zip(times, docs, compared, strict=True)
    ]
    # "X will also miss six weeks" beside "Y will miss six weeks": the same words about another subject
    content = [a.content_text for a in attributions]
    # of one speaker in one document, so within a block: only compared blocks need theirs
    subjects = additive_subjects(
        content, [s if c else None for s, c in zip(speakers, compared, strict=True)], docs, feats
    )
    candidates: list[tuple[float, int, int]] = []
    plausible: list[tuple[int, int]] = []  # left apart, but worth asking the embedder about
    # (i, j), i < j -> whether the two reports cannot be one utterance (a contradiction, or an additive
    # subject the other lacks): both tests are pure functions of the pair, so each pair is asked once,
    # and only when it matters: a pair the tests below give no score never joins (the costlier test)
    contradiction: dict[tuple[int, int], bool] = {}

    def cannot(x: int, y: int) -> bool:
        pair = (x, y) if x < y else (y, x)
        known = contradiction.get(pair)
        if known is None:
            known = contradiction[pair] = (
                contradicts(
                    feats[x], feats[y], texts=(content[x], content[y]), figures=(figures[x], figures[y])
                )
                is not None
                or additive_apart(subjects, feats, x, y)
                or (docs[x] == docs[y] and other_figures(feats[x], feats[y], (figures[x], figures[y])))
            )
        return known

    for block, members in blocks.items():
        if len(members) < 2 or block in settled:
            continue  # no pairs, or none to compare again
        topic = _topic_words([feats[i] for i in members])
        words = {i: keys[i][0] | feats[i].tokens for i in members}
        for i, j in _pairs(members, list(words.values())):
            fi, fj = feats[i], feats[j]
            disjoint = fi.numbers and fj.numbers and not fi.numbers & fj.numbers
            if (
                embedder is None
                and not disjoint
                and len(words[i] & words[j]) < MIN_SHARED_WORDS
                and keys[i][0] != keys[j][0]
            ):
                continue  # no test below joins them
            # asked first: by the embedding pass (it reads only pairs that may be one utterance), and
            # for different figures, mostly a contradiction, whose alignment below is costly
            if (embedder is not None or disjoint) and cannot(i, j):
                continue
            ranges = (figures[i], figures[j])
            if disjoint:
                # "more than 200" / "212": one figure
                fi = align_figures(fi, fj, content[i], content[j], ranges=ranges)
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
                score = _same_utterance(fi, fj, occasion, topic)
                if not score and near is False:
                    # news days apart: a round-up days later may retell an earlier report
                    late = _rereport(attributions[i], attributions[j], venues[i], venues[j], news[i], news[j])
                    if late is not None:
                        score = _restates(*((fj, fi) if late else (fi, fj)), topic)
            else:
                score = 0.0
            if score:
                if not cannot(i, j):
                    candidates.append((-score, i, j))
            elif (
                embedder is not None
                and across
                and occasion != OTHER_OCCASION
                and meet(times[i], times[j]) is not False
                and _worth_embedding(feats[i], feats[j], keys[i][0], keys[j][0])
            ):
                plausible.append((i, j))

    if plausible and embedder is not None:
        lexical = link_clusters(candidates, len(attributions), times, cannot)
        candidates += _embedding_candidates(embedder, attributions, plausible, lexical)

    def earliest_first(i: int) -> tuple[str, str, int]:  # the earliest report is the representative one
        a = attributions[i]
        return published.get(a.doc_id, "9999"), a.doc_id, a.content[0]

    held = {i for found in settled.values() for cluster in found for i in cluster}
    # a report of a settled block is a cluster of one here (it had no candidate): its block's stand instead
    clusters = [m for m in link_clusters(candidates, len(attributions), times, cannot) if m[0] not in held]
    clusters += [cluster for found in settled.values() for cluster in found]
    if memo is not None and digests:
        _remember(memo, digests, blocks, clusters)
    statements = []
    for members in clusters:
        ordered = sorted(members, key=earliest_first)
        statements.append(
            statement_of(
                [attributions[i] for i in ordered],
                speakers[members[0]],
                texts[ordered[0]].tokens,
                mentions=mentions,
                speaker_names=speaker_names,
            )
        )
    return with_unique_ids(statements)


def _memoised_blocks(
    memo: StatementMemo | None,
    blocks: Mapping[object, list[int]],
    attributions: Sequence[Attribution],
    published: Mapping[str, str],
) -> tuple[dict[object, list[list[int]]], dict[object, str]]:
    """The blocks of several reports whose clusters ``memo`` holds (block -> clusters of report
    indices), and the digests of the others, to record theirs once they are compared."""
    settled: dict[object, list[list[int]]] = {}
    digests: dict[object, str] = {}
    if memo is None:
        return settled, digests
    for block, members in blocks.items():
        if len(members) < 2:
            continue
        digest = memo.digest(block, [attributions[i] for i in members], published)
        if digest is None:
            continue
        found = memo.found(digest, len(members))
        if found is None:
            digests[block] = digest
        else:
            settled[block] = [[members[p] for p in cluster] for cluster in found]
    return settled, digests


def _remember(
    memo: StatementMemo,
    digests: Mapping[object, str],
    blocks: Mapping[object, list[int]],
    clusters: Sequence[Sequence[int]],
) -> None:
    """Record in ``memo`` the clusters of each compared block of ``digests``, as positions in the block."""
    cluster_of = {i: k for k, cluster in enumerate(clusters) for i in cluster}
    for block, digest in digests.items():
        groups: dict[int, list[int]] = {}
        for position, i in enumerate(blocks[block]):
            groups.setdefault(cluster_of[i], []).append(position)
        memo.keep(digest, sorted(groups.values()))


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


__all__ = [
    "MentionIndex",
    "NumericClaim",
    "compare_claims",
    "content_tokens",
    "contradicts",
    "explain_pairs",
    "find_conflicts",
    "merge_events",
    "merge_statements",
    "numeric_claims",
    "stem",
]
