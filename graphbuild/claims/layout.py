"""Attributions carried by layout rather than a verb: "Name: words" lines and '"..." — Name'.

Transcripts, Q&A copy and many headlines put the speaker before a colon
("WALLACE: Governor, ...", "Jane Doe: 'We will win'"); reader comments and
epigraphs put the speaker after a dash following the quotation. Both imply
"say"; the cue span is the punctuation mark.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .cues import lexicon
from .indirect import Candidate
from .quotes import Quote
from .sources import trim_span

_NAMED = ("PERSON", "ORG", "GPE", "NORP")
#: Labels before a colon that introduce something other than speech.
_NOT_SPEAKERS = lexicon("""
    update note watch read photo photos video editor related source sources click breaking
    correction disclosure caption credit image images live exclusive opinion analysis
    q a question answer transcript warning editors follow contact reach email subscribe sign
    download listen share tags topics posted filed published updated
    """)
_LABEL = re.compile(r"^[ \t]*[\"“]?([A-Z][^:\n\"“”]{0,70}?)[ \t]*:[ \t]+(\S.*)$", re.MULTILINE)
_DASH_NAME = re.compile(r"[ \t\u00a0]*(?:―|—|–|--)[ \t\u00a0]*([A-Z][^\n]{1,60})$", re.MULTILINE)
IMPLIED_CUE = "say"


def _named(doc: Doc, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ in _NAMED for t in span)


def colon_labels(doc: Doc, text: str | None = None) -> list[Candidate]:
    """'Speaker: words' at the start of a line, when the label names someone or is an all-caps tag.

    The label may carry a setting ("Clinton to Planned Parenthood: ...", "Former AG
    Smith at RNC: ..."); the source is then the name inside it.
    """
    text = doc.text if text is None else text
    out: list[Candidate] = []
    # A headline "Smith: ..." names the speaker by a surname the article spells out later.
    surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for m in _LABEL.finditer(text):
        label = m.group(1)
        s, e = m.span(1)
        words = [w.strip(".’'") for w in label.lower().split()]
        if words[0] in _NOT_SPEAKERS or words[-1] in _NOT_SPEAKERS or len(m.group(2).split()) < 3:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span) or len(span) > 8:
            continue
        if any(t.pos_ in ("VERB", "AUX", "PRON") for t in span) or any(t.is_sent_end for t in span[:-1]):
            continue  # "He said: ..." is the parser's business; a sentence is not a label
        caps = label.replace(" ", "").replace(".", "").isupper() and len(label) > 2
        names = [
            ent for ent in doc.ents if s <= ent.start_char and ent.end_char <= e and ent.label_ in _NAMED
        ]
        by_surname = [t for t in span if t.is_title and t.lower_ in surnames]
        names.sort(key=lambda ent: (ent.label_ != "PERSON", ent.start))
        # "Philip Bump: “...”": a run of capitalised proper nouns introducing a quotation.
        proper = all(t.pos_ == "PROPN" and (t.is_title or t.is_punct or len(t) == 1) for t in span)
        quoted = text[m.start(2)] in "\"“‘'"
        if not caps and not names and not by_surname and not (proper and quoted):
            continue
        if names:
            src = (names[0].start_char, names[0].end_char)
            # "Republican pollster Daron Shaw": keep the title words before the name.
            if span[0].i < names[0].start and names[0].label_ == "PERSON":
                src = (s, names[0].end_char)
            head = names[0].root.i
        else:
            src, head = (s, e), span.root.i
        colon = text.index(":", e)
        out.append(
            Candidate(
                content=trim_span(text, *m.span(2)),
                cue=(colon, colon + 1),
                cue_lemma=IMPLIED_CUE,
                cue_token=None,
                source=src,
                source_token=head,
                origin="layout",
            )
        )
    return out


def dash_signature(doc: Doc, q: Quote, text: str | None = None) -> Candidate | None:
    """'"..." — Jane Doe' at the end of a line: the name after the dash is the speaker."""
    text = doc.text if text is None else text
    m = _DASH_NAME.match(text, q.outer_end)
    if m is None:
        return None
    name = m.group(1).rstrip(" .,")
    if len(name.split()) > 6 or any(ch in name for ch in '"“”'):
        return None
    s = m.start(1)
    e = s + len(name)
    dash = text.find("―", q.outer_end, s)
    for mark in ("—", "–", "--"):
        if dash < 0:
            dash = text.find(mark, q.outer_end, s)
    span = doc.char_span(s, e, alignment_mode="expand")
    return Candidate(
        content=(q.start, q.end),
        cue=(dash, dash + (2 if text.startswith("--", dash) else 1)),
        cue_lemma=IMPLIED_CUE,
        cue_token=None,
        source=(s, e),
        source_token=span.root.i if span is not None and len(span) else None,
        origin="layout",
        quotes=[(q.start, q.end)],
    )
