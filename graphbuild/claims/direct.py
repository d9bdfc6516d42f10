"""Tying quotations to attributions: extending reported clauses, finding cues, continuations.

A quotation that overlaps a reported clause becomes part of it (the clause grows
to cover the whole quotation, which may run over several sentences). A quotation
outside any clause looks for the nearest reporting verb in the sentences it touches
('"...," he said.', 'She said: "..."', em-dash attribution); failing that, a
quotation opening a paragraph right after an attribution continues it (the news
convention for long quotes). Short quotations with no cue are titles or scare
quotes, not statements.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from .cues import SPEECH_VERBS
from .indirect import Candidate
from .layout import dash_signature
from .quotes import Quote
from .sources import find_subject, source_span, token_span

#: Quotations shorter than this many words need a governing cue to count as statements.
MIN_STANDALONE_WORDS = 4
#: A cue further than this many characters from a quotation does not introduce it.
MAX_CUE_DISTANCE = 120
_SENT_PUNCT = ".!?…"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class _Sentences:
    def __init__(self, doc: Doc) -> None:
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]

    def index(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)


def _is_cue(tok: Token, quote_spans: list[tuple[int, int]]) -> bool:
    if tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ in ("amod", "compound"):
        return False
    return not any(s <= tok.idx < e for s, e in quote_spans)


def _nearest_cue(doc: Doc, q: Quote, sents: _Sentences, quote_spans: list[tuple[int, int]]) -> Token | None:
    first = sents.index(q.outer_start)
    last = sents.index(max(q.outer_start, q.outer_end - 1))
    lo, hi = first, last
    # A trailing 'he said.' split off as its own short sentence; a leading 'She said:'.
    if hi + 1 < len(sents.sents) and len(sents.sents[hi + 1]) <= 10:
        hi += 1
    if lo > 0 and sents.sents[lo - 1].text.rstrip().endswith(":"):
        lo -= 1
    best: tuple[int, Token] | None = None
    for si in range(lo, hi + 1):
        for tok in sents.sents[si]:
            if not _is_cue(tok, quote_spans):
                continue
            if tok.idx >= q.outer_end:
                dist = tok.idx - q.outer_end
            elif tok.idx < q.outer_start:
                dist = q.outer_start - (tok.idx + len(tok.text))
            else:
                continue
            if dist > MAX_CUE_DISTANCE:
                continue
            # Text between cue and quotation must not hold another quotation.
            a, b = sorted((tok.idx, q.outer_start if tok.idx < q.outer_start else q.outer_end))
            if any(a <= s < b for s, _ in quote_spans if s != q.outer_start):
                continue
            if best is None or dist < best[0]:
                best = (dist, tok)
    return best[1] if best else None


def _starts_paragraph_or_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _SENT_PUNCT or text[i] in "”\"’'"


def _lines_between(text: str, a: int, b: int) -> int:
    """Non-empty lines strictly between positions ``a`` and ``b``."""
    if b <= a:
        return 0
    lines = text[a:b].split("\n")
    return sum(1 for ln in lines[1:-1] if ln.strip())


def link_quotes(
    doc: Doc, quotes: list[Quote], cands: list[Candidate], text: str | None = None
) -> list[Candidate]:
    """Attach every quotation to an attribution, or drop it; returns the (extended) candidates."""
    text = doc.text if text is None else text
    sents = _Sentences(doc)
    quote_spans = [(q.outer_start, q.outer_end) for q in quotes]
    by_cue = {c.cue_token: c for c in cands if c.cue_token is not None}
    out = list(cands)
    for q in quotes:
        outer = (q.outer_start, q.outer_end)
        inner = (q.start, q.end)
        hits = [c for c in out if _overlap(c.content, outer) > 0]
        if hits:
            c = max(hits, key=lambda c: _overlap(c.content, outer))
            c.content = (min(c.content[0], inner[0]), max(c.content[1], inner[1]))
            c.quotes.append(inner)
            continue
        words = len(text[q.start : q.end].split())
        tok = _nearest_cue(doc, q, sents, quote_spans)
        if tok is not None and (words >= MIN_STANDALONE_WORDS or q.single):
            known = by_cue.get(tok.i)
            if known is not None:
                known.content = (min(known.content[0], inner[0]), max(known.content[1], inner[1]))
                known.quotes.append(inner)
                continue
            lemma = tok.lemma_.lower()
            prts = [ch for ch in tok.children if ch.dep_ == "prt"]
            cue = token_span(tok, prts[-1] if prts else tok)
            c = Candidate(content=inner, cue=cue, cue_lemma=lemma, cue_token=tok.i, origin="quote")
            subj = find_subject(tok)
            if subj is not None and not (q.outer_start <= subj.idx < q.outer_end):
                c.source = source_span(subj)
                c.source_token = subj.i
            c.quotes.append(inner)
            by_cue[tok.i] = c
            out.append(c)
            continue
        signed = dash_signature(doc, q, text)
        if signed is not None:
            out.append(signed)
            continue
        if q.single or not _starts_paragraph_or_sentence(text, q.outer_start):
            continue
        before = [c for c in out if c.content[1] <= q.outer_start]
        if not before:
            continue
        prev = max(before, key=lambda c: c.content[1])
        if not prev.quotes or _lines_between(text, prev.content[1], q.outer_start) > 0:
            continue
        prev_end = max(e for _, e in [prev.content, *(x for x in (prev.cue, prev.source) if x)])
        between = text[prev_end : q.outer_start] if prev_end <= q.outer_start else "\n"
        if (
            "\n" not in between
            and not any(ch in between for ch in '"“”')
            and sents.index(q.outer_start) <= sents.index(prev_end) + 1
        ):
            # '"...," she said. "..."': the second half of the same utterance.
            prev.content = (prev.content[0], inner[1])
            prev.quotes.append(inner)
            continue
        if words < MIN_STANDALONE_WORDS:
            continue
        out.append(
            Candidate(
                content=inner,
                cue=None,
                cue_lemma=None,
                cue_token=None,
                origin="continuation",
                quotes=[inner],
                inherited_from=prev.inherited_from or prev,
            )
        )
    return out
