"""Events: clauses that report a dated happening.

A first, precision-minded version: an event is a verb that governs a resolved
calendar date in its own sentence ("Bakhmut fell to Russian forces in May",
"Russia annexed Crimea in 2014"), has at least one participant, is not
negated, and is not itself a reporting verb (those are statements, handled by
:mod:`graphbuild.claims`). Clauses inside reported content are left to the
statements that carry them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model import Attribution, Document, EventMention, Participant, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Verbs that introduce speech or cognition; their clauses are statements, not events.
REPORTING_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "claim",
        "report",
        "warn",
        "note",
        "acknowledge",
        "admit",
        "concede",
        "deny",
        "insist",
        "urge",
        "argue",
        "believe",
        "think",
        "suggest",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "announce",
        "declare",
        "assert",
        "explain",
        "comment",
        "write",
        "describe",
        "call",
        "ask",
        "answer",
        "reply",
        "respond",
        "confirm",
        "estimate",
        "predict",
        "hope",
        "expect",
        "reveal",
        "cite",
        "quote",
    ]
)

#: Light verbs whose event is carried by their complement; not events on their own.
LIGHT_LEMMAS = frozenset(
    ["be", "have", "do", "seem", "appear", "become", "remain", "get", "come", "go", "put"]
)

_AGENT_DEPS = frozenset(("nsubj", "csubj", "agent"))
_PATIENT_DEPS = frozenset(("dobj", "nsubjpass", "attr", "oprd"))
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
_MAX_PARTICIPANT_TOKENS = 8


def _governing_verb(span: Span) -> Token | None:
    """The nearest verb above the time expression in the dependency tree."""
    tok = span.root
    sent = span.sent
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i < sent.start or tok.i >= sent.end:
            return None
        if tok.pos_ == "VERB":
            return tok
    return None


def _compact(tok: Token) -> tuple[int, int] | None:
    """Character span of a participant phrase: its subtree, trimmed to a short noun phrase."""
    left = tok.left_edge.i
    right = tok.right_edge.i
    # drop relative clauses and appositions hanging off the noun
    for child in tok.rights:
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "prep") and child.i > tok.i:
            right = min(right, child.left_edge.i - 1)
            break
    right = max(right, tok.i)
    if right - left + 1 > _MAX_PARTICIPANT_TOKENS:
        left = max(left, tok.i - _MAX_PARTICIPANT_TOKENS + 1)
    doc = tok.doc
    while left < tok.i and doc[left].is_punct:
        left += 1
    while right > tok.i and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _participants(verb: Token, text: str) -> list[Participant]:
    found: list[Participant] = []

    def add(role: str, tok: Token) -> None:
        if tok.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            tok = verb.head  # "Bakhmut, which fell ..." / "the peninsula, which Russia annexed" -> the noun
        if tok.pos_ == "PRON":
            return  # a bare pronoun names no participant
        span = _compact(tok)
        if span is None:
            return
        s, e = span
        found.append(Participant(role=role, text=text[s:e], start=s, end=e))

    for child in verb.children:
        if child.dep_ in _AGENT_DEPS:
            if child.dep_ == "agent":  # "by X"
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        add("agent", grandchild)
            else:
                add("agent", child)
        elif child.dep_ in _PATIENT_DEPS:
            add("patient", child)
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in _PLACE_LABELS:
                    add("location", pobj)
    if verb.dep_ == "relcl" and not any(p.role == "agent" for p in found):
        add("agent" if not any(c.dep_ == "nsubjpass" for c in verb.children) else "patient", verb.head)
    found.sort(key=lambda p: (p.start, p.role))
    return found


def _description(verb: Token, participants: Sequence[Participant]) -> str:
    agent = next((p.text for p in participants if p.role == "agent"), "")
    patient = next((p.text for p in participants if p.role == "patient"), "")
    parts = [agent, verb.text, patient]
    return " ".join(p for p in parts if p).strip()


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def extract_events(
    document: Document,
    doc: Doc,
    timexes: Sequence[Timex],
    attributions: Sequence[Attribution] = (),
) -> list[EventMention]:
    """Dated events described in one document, one per event verb, sorted by offset.

    ``doc`` is spaCy's parse of ``document.analysis_text``; ``timexes`` are the
    document's resolved time expressions; clauses inside ``attributions``'
    content are skipped (they are statements).
    """
    quoted = [a.content for a in attributions]
    best: dict[int, tuple[Timex, Token]] = {}
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or timex.interval[0] is None or not timex.value[:1].isdigit():
            continue  # only calendar values date an event ("now", "the present" do not)
        if document.is_boilerplate(timex.start, timex.end):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        verb = _governing_verb(span)
        if verb is None or verb.lemma_.lower() in REPORTING_LEMMAS or verb.lemma_.lower() in LIGHT_LEMMAS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if _inside(quoted, verb.idx, verb.idx + len(verb.text)):
            continue
        previous = best.get(verb.i)
        # keep the most specific date for a verb: the narrowest interval
        if previous is None or _width(timex) < _width(previous[0]):
            best[verb.i] = (timex, verb)

    events = []
    for timex, verb in best.values():
        participants = _participants(verb, document.text)
        if not participants:
            continue
        sent = verb.sent
        start, end = sent.start_char, sent.end_char
        while end > start and document.text[end - 1].isspace():
            end -= 1
        events.append(
            EventMention(
                doc_id=document.id,
                start=start,
                end=end,
                text=document.text[start:end],
                predicate=verb.lemma_.lower(),
                description=_description(verb, participants),
                participants=tuple(participants),
                when=timex.to_timespan(),
            )
        )
    events.sort(key=lambda e: (e.start, e.predicate, e.description))
    return events


def _width(timex: Timex) -> int:
    start, end = timex.interval
    if start is None or end is None:
        return 1 << 30
    return (end - start).days
