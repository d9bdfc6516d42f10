"""Headline events the parser misread, found again in the body that dates them.

Headline grammar defeats the parser: "United captain Ruiz retires days after cup win" comes out
with "retires" a plural noun, "Kestrel-K2 unfurls solar sail" with "unfurls" part of a name,
"jury convicts Harlan" with "convicts" a noun. The headline is not read on its own, then: a word of
the headline names a happening when the body tells that happening with a date, the same verb and a
named participant the headline names too ("Ruiz retired on Tuesday", "unfurled its sail on
Saturday"). The headline's mention takes the body's predicate, the participants it names and the
body's date, as a re-mention does (:data:`~graphbuild.crossdoc_events.REMENTION_RULE`).

Guards, precision first: the word is one the parser did not read as a verb (a word it did went
through the rules of :mod:`graphbuild.events`, which had their reasons), an inflection of the body
verb's lemma ("retires", "skids", "convicts"); nothing before it makes it a plan, a wish or a denial ("to buy",
"will retire", "not"); the headline asks no question; the body gives that verb one date only, and the
participant is named (a proper-name word or a code with a digit), not a common noun; a headline in
capitals is not read at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .crossdoc_events import REMENTION_RULE
from .events_lexicon import PAST_REF
from .events_phrases import MAX_DESCRIPTION_WORDS
from .model import EventMention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .model import Document

#: Words before a verb that make its clause no report of a happening: a plan, a wish or a denial.
_IRREALIS = frozenset(("to", "will", "would", "may", "might", "could", "can", "should", "not", "no", "never"))
#: Marks that separate a headline's clauses ("Battery fraud: jury convicts Harlan, clears Brandt").
_SEPARATORS = frozenset((":", ";", ",", "-", "\u2013", "\u2014", "|"))

Trigger = tuple[int, int]


def _headline_end(document: Document) -> int:
    """Where the document's headline ends in its text (0 when the text does not open with it)."""
    title = document.title.strip()
    text = document.text
    lead = len(text) - len(text.lstrip())
    if not title or not text.startswith(title, lead):
        return 0
    return lead + len(title)


def _name_words(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The capitalised proper-name words and codes with a digit of a participant, as written ("Victor",
    "Marrero", "Kestrel", "K2"); a common noun the tagger took for a name is no capitalised word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(
        t.text
        for t in span
        if len(t) > 1 and (any(c.isdigit() for c in t.text) or (t.pos_ == "PROPN" and t.text[:1].isupper()))
    )


def _inflects(word: Token, lemma: str) -> bool:
    """Whether a headline word is a present or past form of the verb ``lemma`` ("retires", "skids",
    "convicts", "unfurls"), whatever part of speech the parser gave it."""
    w = word.lower_
    forms = (lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed")
    return lemma.isalpha() and len(lemma) > 2 and (w in forms or word.lemma_.lower() == lemma)


def _separates(tok: Token) -> bool:
    """A mark between a headline's clauses; a hyphen only with spaces around it ("Kestrel-K2" is a name)."""
    if tok.text not in _SEPARATORS:
        return False
    spaced = bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return tok.text in (":", ";", ",", "|") or spaced


def _clause(headline: Sequence[Token], word: Token) -> tuple[int, int]:
    """Token bounds of the headline clause holding ``word``, between separating marks."""
    first, last = headline[0].i, headline[-1].i
    doc = word.doc
    left = word.i
    while left > first and not _separates(doc[left - 1]):
        left -= 1
    right = word.i
    while right < last and not _separates(doc[right + 1]):
        right += 1
    return left, right


def _name_run(doc: Doc, tok: Token, left: int, right: int, word: Token) -> tuple[int, int]:
    """The name ``tok`` is a word of, within ``left``..``right`` and not reaching ``word``: the names
    and the words joined to them with no space ("Crew Dragon", "Kestrel-K2")."""

    run_left, run_right = tok.i, tok.i
    while run_left > left and run_left - 1 != word.i:
        prev = doc[run_left - 1]
        if prev.pos_ != "PROPN" and prev.whitespace_:
            break
        run_left -= 1
    while run_right < right and run_right + 1 != word.i:
        if doc[run_right + 1].pos_ != "PROPN" and doc[run_right].whitespace_:
            break
        run_right += 1
    return run_left, run_right


def headline_mentions(
    document: Document, doc: Doc, events: Sequence[tuple[EventMention, Trigger]]
) -> list[tuple[EventMention, Trigger]]:
    """Mentions of the document's headline that re-mention a dated happening of its body by the same
    verb and a named participant, the parser having missed them; with the body's date."""
    end = _headline_end(document)
    if end == 0 or document.title.strip().endswith("?"):
        return []
    headline = []
    for tok in doc:
        if tok.idx >= end:
            break
        if not tok.is_space:
            headline.append(tok)
    if not headline or all(t.is_upper for t in headline if t.is_alpha):
        return []  # an all-capitals headline leaves the parser nothing to read: every word a name
    taken = {start for ev, (start, _) in events if start < end}
    body: dict[str, list[EventMention]] = {}  # dated body descriptions by the lemma of their verb
    for ev, (start, stop) in events:
        if start < end or ev.when is None or ev.when.value == PAST_REF or ev.when.start is None:
            continue
        span = doc.char_span(start, stop, alignment_mode="expand")
        if span is not None and len(span) == 1 and span.root.pos_ == "VERB":
            body.setdefault(span.root.lemma_.lower(), []).append(ev)
    out: list[tuple[EventMention, Trigger]] = []
    for word in headline:
        if word.idx in taken or not word.is_alpha or word.pos_ in ("VERB", "AUX"):
            continue  # a word read as a verb went through the rules of the body, which had their reasons
        matches = [ev for lemma, evs in body.items() if _inflects(word, lemma) for ev in evs]
        if not matches:
            continue
        left, right = _clause(headline, word)
        if any(t.lower_ in _IRREALIS for t in doc[left : word.i]):
            continue  # "to buy", "will retire", "find ways to curb tin exports"
        clause = {t.text for t in doc[left : right + 1] if t.i != word.i}
        # a name of the participant, as written, in the word's clause: the "Court" of a district court
        # judge is not the "court" of "appeals court issues delay"
        named = [
            (ev, p)
            for ev in matches
            for p in ev.participants
            if p.role in ("agent", "patient") and _name_words(doc, p.start, p.end) & clause
        ]
        if not named or len({ev.when.value for ev, _ in named if ev.when is not None}) != 1:
            continue
        dated = named[0][0]
        if right - left + 1 > MAX_DESCRIPTION_WORDS:
            continue
        participants: list[Participant] = []
        bodies = [_name_words(doc, p.start, p.end) for _, p in named]
        for tok in doc[left : right + 1]:
            if tok.i == word.i or tok.text not in {
                w for _, p in named for w in _name_words(doc, p.start, p.end)
            }:
                continue
            run_left, run_right = _name_run(doc, tok, left, right, word)
            s, e = doc[run_left].idx, doc[run_right].idx + len(doc[run_right].text)
            mine = _name_words(doc, s, e)
            if not any(mine <= theirs or theirs <= mine for theirs in bodies):
                continue  # "Kestrel-K3" is not the "Kestrel-K2" of the body
            role = "agent" if run_right < word.i else "patient"
            if not any(q.start == s for q in participants):
                participants.append(Participant(role, document.text[s:e], s, e))
        if not any(p.role == "agent" for p in participants) or dated.when is None:
            continue  # a headline's verb follows its subject: "Retired Justice Stevens dies" is no retirement
        start, stop = headline[0].idx, headline[-1].idx + len(headline[-1].text)
        mention = EventMention(
            doc_id=document.id,
            start=start,
            end=stop,
            text=document.text[start:stop],
            predicate=dated.predicate,
            description=" ".join(doc[left : right + 1].text.split()),
            participants=tuple(sorted(participants, key=lambda p: (p.start, p.role))),
            when=replace(dated.when, rule=REMENTION_RULE),
        )
        out.append((mention, (word.idx, word.idx + len(word.text))))
        taken.add(word.idx)
    return out


__all__ = ["headline_mentions"]
