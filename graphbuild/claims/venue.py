"""Where, to whom and when something was said: venue, addressee, nested source and date.

All three are read off the children of the cue verb in the parse: "in a Dec. 3
interview with ARD" (venue, its date, its addressee), "told reporters", "speaking
at a summit", "citing anonymous sources". The date is the stated time of the
utterance, never silently the publication date: a date in the venue phrase
first, else a time expression in the same sentence that attaches to the cue verb
or sits outside the reported content, else none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import TimeSpan, Timex
from .cues import ADDRESSEE_VERBS, SPEECH_VERBS, VENUE_NOUNS
from .indirect import Candidate
from .sources import source_span, subtree_span

_VENUE_PREPS = frozenset(("in", "during", "at", "on", "via", "through"))
_SPEAK_VERBS = frozenset(("speak", "address", "talk", "write", "appear", "testify", "comment"))
_ADDRESSEE_PREPS = frozenset(("to", "with"))

RULE_VENUE = "venue-date"
RULE_SENTENCE = "sentence-date"
RULE_UNKNOWN = "unknown: no date in sentence"


@dataclass(frozen=True)
class Setting:
    """Venue, addressee, nested sources and utterance date found around a cue."""

    venue: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    cited: tuple[tuple[int, int], ...] = ()
    said: TimeSpan | None = None
    said_rule: str = RULE_UNKNOWN


def _venue_pobj(tok: Token) -> Token | None:
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _VENUE_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in VENUE_NOUNS:
                    return pobj
    return None


def _addressee_of(tok: Token, cand: Candidate, quote_spans: Sequence[tuple[int, int]]) -> Token | None:
    if cand.origin == "according":
        return None
    for child in tok.children:
        if any(_inside(q, child.idx) for q in quote_spans):
            continue
        if not cand.quotes and _inside(cand.content, child.idx):
            continue
        if child.dep_ in ("dobj", "dative") and tok.lemma_.lower() in ADDRESSEE_VERBS:
            return child
        if child.dep_ in ("prep", "dative") and child.lower_ in _ADDRESSEE_PREPS:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() not in VENUE_NOUNS:
                return pobj
    return None


def _addressee_span(tok: Token) -> tuple[int, int]:
    """The addressee phrase without trailing place or time ("reporters in Rome" -> "reporters")."""
    last = tok
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "punct", "advcl", "cc", "conj") or (
            child.dep_ == "prep"
            and child.lower_ in ("in", "at", "on", "during", "after", "before", "outside")
        ):
            break
        last = child.right_edge
    return tok.left_edge.idx, last.idx + len(last.text)


def _timex_root(doc: Doc, tx: Timex) -> Token | None:
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


#: Dependencies that open a clause of its own: a date inside it dates that clause's happening
#: ("reveal ... since the counteroffensive began in early June"), not the speaking.
_OWN_CLAUSE = frozenset(("advcl", "ccomp", "relcl", "pcomp", "conj", "csubj", "parataxis"))
#: ... unless that clause is the speaking occasion itself ("Presenting the budget on Saturday, X
#: said", "X said while addressing the press yesterday", "When announcing the shutdown on Monday").
_OCCASION_VERBS = SPEECH_VERBS | _SPEAK_VERBS | frozenset(("present", "unveil", "brief"))


def _governs(cue: Token, tok: Token, limit: int = 4) -> bool:
    """True when ``tok`` hangs off ``cue`` within ``limit`` steps up the tree, through no verb that
    heads a clause of its own other than a speaking occasion (a participle on a noun is fine: "a
    statement issued on Monday")."""
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == cue.i:
            return True
        if (
            cur.dep_ in _OWN_CLAUSE
            and cur.pos_ in ("VERB", "AUX")
            and cur.lemma_.lower() not in _OCCASION_VERBS
        ):
            return False
    return False


def _dates_venue(root: Token, venue_tok: Token) -> bool:
    """The date belongs to the venue itself ("a Dec. 3 interview", "a briefing on Monday"),
    not to something the venue phrase mentions ("a briefing ahead of the May 2 vote")."""
    head = root.head
    if head.i == venue_tok.i:
        return True
    return head.dep_ == "prep" and head.lower_ in ("on", "at") and head.head.i == venue_tok.i


def _inside(span: tuple[int, int], pos: int) -> bool:
    return span[0] <= pos < span[1]


def find_setting(
    doc: Doc,
    cand: Candidate,
    timexes: Sequence[Timex],
    quote_spans: Sequence[tuple[int, int]] = (),
) -> Setting:
    """Venue, addressee, cited sources and date of one attribution."""
    if cand.cue_token is None:
        return Setting()
    cue = doc[cand.cue_token]
    venue_tok = _venue_pobj(cue)
    addressee_tok = _addressee_of(cue, cand, quote_spans)
    cited: list[tuple[int, int]] = []
    for child in cue.children:
        if child.dep_ in ("advcl", "xcomp", "conj", "acl") and child.lemma_.lower() in _SPEAK_VERBS:
            if venue_tok is None:
                venue_tok = _venue_pobj(child) or next(
                    (g for g in child.children if g.dep_ == "dobj" and g.lemma_.lower() in VENUE_NOUNS), None
                )
            if addressee_tok is None:
                addressee_tok = _addressee_of(child, cand, quote_spans)
        if child.dep_ in ("advcl", "xcomp", "conj", "pcomp") and child.lemma_.lower() == "cite":
            cited += [source_span(g) for g in child.children if g.dep_ == "dobj"]
    # "the ministry, citing officials, said": the participle hangs off the subject.
    if cand.source_token is not None:
        for child in doc[cand.source_token].children:
            if child.lemma_.lower() == "cite" and child.dep_ in ("acl", "advcl", "relcl"):
                cited += [source_span(g) for g in child.children if g.dep_ == "dobj"]
    venue = subtree_span(venue_tok) if venue_tok is not None else None
    if venue_tok is not None and addressee_tok is None:
        for prep in venue_tok.children:
            if prep.dep_ == "prep" and prep.lower_ in _ADDRESSEE_PREPS:
                addressee_tok = next((g for g in prep.children if g.dep_ == "pobj"), None)
    addressee = _addressee_span(addressee_tok) if addressee_tok is not None else None
    said, rule = _said(doc, cue, cand, venue, timexes, quote_spans, venue_tok)
    return Setting(venue=venue, addressee=addressee, cited=tuple(cited), said=said, said_rule=rule)


def _said(
    doc: Doc,
    cue: Token,
    cand: Candidate,
    venue: tuple[int, int] | None,
    timexes: Sequence[Timex],
    quote_spans: Sequence[tuple[int, int]],
    venue_tok: Token | None = None,
) -> tuple[TimeSpan | None, str]:
    sent = cue.sent
    in_sent = [
        tx
        for tx in timexes
        if sent.start_char <= tx.start < sent.end_char
        and tx.type in ("DATE", "TIME")
        and tx.value
        and not tx.value.endswith("_REF")  # "now", "recently": no date to give
    ]
    if not in_sent:
        return None, RULE_UNKNOWN
    if venue is not None and venue_tok is not None:
        for tx in in_sent:
            root = _timex_root(doc, tx)
            if venue[0] <= tx.start < venue[1] and root is not None and _dates_venue(root, venue_tok):
                return tx.to_timespan(), RULE_VENUE
    outside = [
        tx
        for tx in in_sent
        if not _inside(cand.content, tx.start) and not any(_inside(q, tx.start) for q in quote_spans)
    ]
    for tx in outside:
        root = _timex_root(doc, tx)
        if root is not None and _governs(cue, root):
            return tx.to_timespan(), RULE_SENTENCE
    return None, RULE_UNKNOWN
