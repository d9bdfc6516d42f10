"""The occasion of a report, for merging reports of one utterance: the venue or audience it names,
the day it was said, and, when neither is stated, the news day its document was published on.

:func:`graphbuild.crossdoc.merge_statements` asks :func:`_occasion` whether two reports of one
speaker come from the same occasion (a shared venue word or the same known day), another one
(venues that share nothing, news days a week apart), or an unknown one, and sets its content bar
accordingly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from .crossdoc_time import Interval, interval_of, meet
from .crossdoc_tokens import content_tokens
from .crossdoc_words import GENERIC
from .model import Attribution

#: Occasion levels: stated (a shared venue word or the same known day), near (nothing stated, but the
#: documents were published within :data:`PUBLISHED_NEAR_DAYS` of each other), open (unknown, or a
#: shared venue word carried over within a document), other (venues that share nothing).
SAME_OCCASION, NEAR_OCCASION, OPEN_OCCASION, OTHER_OCCASION = 3, 2, 1, 0
#: Reports in documents published at most this many days apart report the same day's news...
PUBLISHED_NEAR_DAYS = 1
#: ...and merge on this content bar (looser than the open one, stricter than a stated occasion).
NEAR_CONTAINMENT = 0.4
NEAR_MIN_SHARED = 2
NEAR_MIN_COMMON = 2
NEAR_MIN_UNITS = 2
#: A bare indirect report at most this many days after another can be a round-up re-reporting it
#: (:func:`_rereport`): a weekly round-up looks back a week.
REREPORT_MAX_DAYS = 7


#: Audiences that name no occasion ("told reporters", "told the press"): any press contact.
_ANY_AUDIENCE = content_tokens("reporters journalists correspondents newsmen press media")


#: Names outlets give one kind of occasion ("news conference", "press briefing", "presser"): one word.
_BRIEFING = content_tokens("briefing briefings presser pressers")
_CONFERENCE = next(iter(content_tokens("conference")))


def _venue_key(att: Attribution) -> frozenset[str]:
    parts = [p for p in (att.venue or "").split(";") if p.strip() and not p.strip().startswith("citing ")]
    parts.append(att.addressee or "")
    words = content_tokens(" ".join(parts)) - GENERIC - _ANY_AUDIENCE
    if words & _BRIEFING:
        words = (words - _BRIEFING) | {_CONFERENCE}
    return words


def _document_venues(
    speakers: Sequence[str | None],
    docs: Sequence[str],
    times: Sequence[Interval],
    venues: Sequence[frozenset[str]],
) -> tuple[list[frozenset[str]], list[bool]]:
    """Venues carried over to a speaker's other reports in the same document.

    An article names the occasion once ("said in an interview with ...") and reports the rest of
    what was said there without it. When all of a speaker's venues in one document share a word
    (one occasion), their words go to that speaker's venue-less reports in the document whose
    time meets theirs; a document naming two occasions for one speaker lends none. Returns the
    venues and, per report, whether its venue was carried over.
    """
    out = list(venues)
    carried = [False] * len(venues)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (speaker, doc) in enumerate(zip(speakers, docs, strict=True)):
        if speaker is not None:
            groups[(speaker, doc)].append(i)
    for members in groups.values():
        named = [i for i in members if venues[i]]
        if not named or len(named) == len(members):
            continue
        if any(not venues[x] & venues[y] for k, x in enumerate(named) for y in named[k + 1 :]):
            continue  # two occasions in one article: which one a bare report belongs to is unknown
        window: Interval | bool = None
        for i in named:
            window = meet(window, times[i])  # type: ignore[arg-type]
            if window is False:
                break
        if window is False:
            continue
        words = frozenset().union(*(venues[i] for i in named))
        for i in members:
            if not venues[i] and meet(times[i], window) is not False:  # type: ignore[arg-type]
                out[i] = words
                carried[i] = True
    return out, carried


def _occasion(
    a: Attribution,
    b: Attribution,
    va: frozenset[str],
    vb: frozenset[str],
    *,
    carried: bool = False,
    near: bool | None = None,
) -> int:
    """Whether two reports of one speaker come from the same occasion: a stated shared venue or
    addressee word or the same known day (SAME); venues that share nothing, carried over or not
    (OTHER); when nothing is stated, NEAR if their news days meet (``near`` True, see
    :func:`_news_window`) and OTHER if they are apart (``near`` False: a week later is another
    occasion, where only the lexical test of the same claim applies); else OPEN, also when the
    shared venue word was carried over to one of them within a document (``carried``: a guess,
    not a statement). Reports said at disjoint times never meet (see
    :func:`~graphbuild.crossdoc_time.link_clusters`)."""
    if va and vb and not va & vb:
        return OTHER_OCCASION
    ia, ib = interval_of(a.said), interval_of(b.said)
    same_day = ia is not None and ia == ib and ia[0] == ia[1]
    if same_day:
        return SAME_OCCASION
    if va & vb and not carried and meet(ia, ib) is not False:
        return SAME_OCCASION
    if near is None:
        return OPEN_OCCASION
    return NEAR_OCCASION if near else OTHER_OCCASION


def _near(a: Interval, b: Interval) -> bool | None:
    """Whether two news windows (:func:`_news_window`) meet; None when either is unknown."""
    if a is None or b is None:
        return None
    return meet(a, b) is not False


def _published_day(published: Mapping[str, str], doc_id: str) -> date | None:
    """The publication day of a document, or None when unknown (the pipeline passes "9999")."""
    try:
        return date.fromisoformat(published.get(doc_id, "")[:10])
    except ValueError:
        return None


def _news_window(said: Interval, published: date | None) -> Interval:
    """The days whose news a report can be: the day it was said when known to the day; when not
    known at all, its document's publication day and the :data:`PUBLISHED_NEAR_DAYS` before (wire
    copy reports today's and yesterday's words). None when neither tells a day (a said month is
    not a day, an undated document not a news day)."""
    if said is not None:
        return said if said[0] == said[1] else None
    if published is None:
        return None
    return published - timedelta(days=PUBLISHED_NEAR_DAYS), published


def _rereport(
    a: Attribution, b: Attribution, va: frozenset[str], vb: frozenset[str], wa: Interval, wb: Interval
) -> int | None:
    """Which of two reports (0 for ``a``, 1 for ``b``) can be a round-up re-reporting the other days
    later, or None. A round-up retells what was said earlier in indirect speech and names no occasion
    of its own; a report that quotes the speaker directly, or states when or where it was said (its
    venue ``va`` / ``vb``, carried over within its document or not), is the speaker on a new occasion.
    Its news window (:func:`_news_window`, ``wa`` / ``wb``) lies wholly after the other's, within
    :data:`REREPORT_MAX_DAYS`."""
    if wa is None or wb is None:
        return None
    for n, (late, venue, w_late, w_early) in enumerate(((a, va, wa, wb), (b, vb, wb, wa))):
        if (
            w_late[0] > w_early[1]
            and (w_late[1] - w_early[1]).days <= REREPORT_MAX_DAYS
            and late.mode != "direct"
            and late.said is None
            and not venue
        ):
            return n
    return None
