"""The claims stage: from a parsed document to sorted :class:`~graphbuild.model.Attribution` objects."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..datelines import dateline_span
from ..errors import InputError
from ..model import Attribution, Document, Timex
from .cues import SPEECH_VERBS
from .direct import link_quotes
from .indirect import Candidate, find_reported_speech
from .juxtaposed import end_before_second_reports
from .layout import colon_labels
from .quotes import find_quotes, markup_spans
from .sources import trim_span
from .speakers import Resolution, SpeakerIndex
from .venue import RULE_UNKNOWN, Setting, find_setting
from .withheld import is_withheld

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

_QUOTE_CHARS = "\"“”„«»'‘’"


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _dedupe(cands: list[Candidate], text: str, doc: Doc) -> list[Candidate]:
    """One attribution per cue and per content; nested reports keep the outer one."""
    by_cue: dict[int, Candidate] = {}
    rest: list[Candidate] = []
    for c in cands:
        if c.cue_token is None:
            rest.append(c)
            continue
        prev = by_cue.get(c.cue_token)
        if prev is None:
            by_cue[c.cue_token] = c
        else:
            prev.content = (min(prev.content[0], c.content[0]), max(prev.content[1], c.content[1]))
            prev.quotes += c.quotes
    cands = sorted([*by_cue.values(), *rest], key=lambda c: (c.content[0], -c.content[1]))
    kept: list[Candidate] = []
    for c in cands:
        outer = next(
            (
                k
                for k in kept
                if c.cue is not None and _contains(k.content, c.cue) and _contains(k.content, c.content)
            ),
            None,
        )
        if outer is not None:
            # Nested attribution ("the paper reports that officials said ..."): keep the outer
            # report, remember the inner source.
            if (
                c.source is not None
                and c.cue_lemma in SPEECH_VERBS
                and c.source_token is not None
                and doc[c.source_token].pos_ != "PRON"
            ):
                outer.notes.append("citing " + text[c.source[0] : c.source[1]])
            continue
        same = next((k for k in kept if k.content == c.content), None)
        if same is not None:
            continue
        kept.append(c)
    return kept


def _mode(
    text: str, content: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[str, tuple[int, int], tuple[tuple[int, int], ...]]:
    """direct / mixed / indirect, the content span (inside the marks when direct) and, when direct,
    the quoted parts it spans (see :func:`report_text`)."""
    qs = sorted({q for q in quotes if _contains(content, q) or (q[0] < content[1] and content[0] < q[1])})
    if not qs:
        return "indirect", content, ()
    mask = list(text[content[0] : content[1]])
    for qs_, qe in qs:
        for i in range(max(qs_, content[0]) - content[0], min(qe, content[1]) - content[0]):
            mask[i] = " "
    leftover = "".join(
        ch for ch in mask if not ch.isspace() and ch not in _QUOTE_CHARS and ch not in ",.;:—–-"
    )
    if not leftover or (len(qs) > 1 and _only_attribution_between(text, qs, content)):
        return "direct", (qs[0][0], qs[-1][1]), tuple(qs)
    return "mixed", content, ()


#: Stands in a report's text for its attribution, written between two parts of its quotation.
ELISION = " … "


def report_text(
    text: str,
    content: tuple[int, int],
    parts: Sequence[tuple[int, int]] = (),
    frame: Sequence[tuple[int, int] | None] = (),
) -> str:
    """The words a report gives: the content span's text, except where the attribution (``frame``:
    its source and cue spans) stands outside the marks between two parts of the quotation
    (``parts``), "'We are working hard,' he told the broadcaster. 'The more we support ...'": it is
    left out and :data:`ELISION` marks the place (the frame is who spoke and how, not what was said).

    >>> t = '"We will win," he told reporters. "Soon."'
    >>> report_text(t, (1, 40), [(1, 13), (35, 40)], [(14, 16), (17, 21)])
    'We will win, … Soon.'
    >>> report_text(t, (1, 40), [(1, 13), (35, 40)])  # no frame between the parts
    'We will win," he told reporters. "Soon.'
    """
    spans: list[list[int]] = []
    for s, e in sorted(parts):
        s, e = max(s, content[0]), min(e, content[1])
        if e <= s:
            continue
        if spans and s <= spans[-1][1]:  # a quotation inside the quotation
            spans[-1][1] = max(spans[-1][1], e)
        else:
            spans.append([s, e])
    framed = [f for f in frame if f is not None]
    out, at = [], content[0]
    for (_, e0), (s1, _) in pairwise(spans):
        gap = text[e0:s1].strip()
        if (
            gap
            and gap[0] in _QUOTE_CHARS
            and gap[-1] in _QUOTE_CHARS
            and any(e0 <= fs and fe <= s1 for fs, fe in framed)
        ):  # closed before the frame, opened again after it
            out.append(text[at:e0].rstrip())
            out.append(ELISION)
            at = s1
            while at < content[1] and text[at].isspace():
                at += 1
    out.append(text[at : content[1]])
    return "".join(out)


def _only_attribution_between(text: str, qs: list[tuple[int, int]], content: tuple[int, int]) -> bool:
    """'"...," she said, "..."': outside the marks there is only the cue and source."""
    outside_edges = text[content[0] : qs[0][0]] + text[qs[-1][1] : content[1]]
    return not any(ch.isalnum() for ch in outside_edges)


#: Parts of speech that carry no content of their own: a report whose content is only these
#: ("which", "it", "each other", "as far as") says nothing.
_EMPTY_POS = frozenset(("PRON", "DET", "ADP", "SCONJ", "CCONJ", "PART", "ADV", "AUX", "PUNCT", "SPACE"))


#: ... unless it is a clause this long: "I am not alone", "I weren't there" say something.
_EMPTY_CLAUSE_WORDS = 4


def _pro_verb(tok: Token) -> bool:
    """The verb "do" standing for a verb said elsewhere, as a pronoun stands for a noun: "refused to do so",
    "promised to do it"."""
    return tok.pos_ == "VERB" and tok.lemma_ == "do"


def _says_nothing(doc: Doc, content: tuple[int, int]) -> bool:
    """Whether an indirect report's content holds no word of content: "denied it", "supported
    which" (a parse that took a relative pronoun for the message), "said it would be", "refused
    to do so"."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or any(t.pos_ not in _EMPTY_POS and not _pro_verb(t) for t in span):
        return False
    return sum(1 for t in span if not t.is_punct) < _EMPTY_CLAUSE_WORDS


def _cue_lemma(text: str, cand: Candidate) -> str | None:
    if cand.cue_lemma is None or cand.cue is None:
        return cand.cue_lemma
    words = text[cand.cue[0] : cand.cue[1]].split()
    if cand.origin == "dep" and len(words) > 1 and words[-1].isalpha() and words[-1].islower():
        # Particles and content prepositions belong to the cue: "point out", "call for".
        return f"{cand.cue_lemma} {words[-1]}"
    return cand.cue_lemma


def _head_span(doc: Doc, cand: Candidate) -> tuple[int, int] | None:
    """The character span of the head word of the candidate's source phrase (None when the parse
    puts it outside the source)."""
    if cand.source is None or cand.source_token is None:
        return None
    tok = doc[cand.source_token]
    head = (tok.idx, tok.idx + len(tok.text))
    return head if cand.source[0] <= head[0] and head[1] <= cand.source[1] else None


def attribute_claims(document: Document, doc: Doc, timexes: Sequence[Timex] = ()) -> list[Attribution]:
    """Find who said what, to whom and when in one parsed document.

    ``doc`` is spaCy's parse of ``document.analysis_text`` (same length as the
    text, boilerplate blanked), so its character offsets are offsets into
    ``document.text``. ``timexes`` are the document's time expressions, used to
    date each utterance. Returns attributions sorted by content start.

    >>> from graphbuild.nlp import load_pipeline
    >>> text = 'Peace is near, the minister said on Monday.'
    >>> doc = load_pipeline()(text)
    >>> [a.cue_lemma for a in attribute_claims(Document(Document.make_id(text), text, "", "-"), doc)]
    ['say']
    """
    text = document.text
    # Doc.text is rebuilt on every access; the last token's end gives its length for free.
    parsed = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if parsed != len(text):
        raise InputError(document.path, f"parse has {parsed} characters but the text has {len(text)}")
    analysis = document.analysis_text
    quotes = find_quotes(analysis)
    quote_spans = [(q.outer_start, q.outer_end) for q in quotes]
    # Cues inside quotations belong to the quoted speaker; cues inside markup are not prose.
    skip = quote_spans + markup_spans(analysis)
    cands = find_reported_speech(doc, skip, analysis) + colon_labels(doc, analysis)
    cands = link_quotes(doc, quotes, cands, analysis)
    cands = [c for c in cands if not document.is_boilerplate(*c.content)]
    # "declined to comment", "did not respond to a request for comment": nothing was said
    cands = [c for c in cands if not is_withheld(doc, c)]
    cands = end_before_second_reports(cands, lambda c: not _says_nothing(doc, c.content))
    cands = _dedupe(cands, text, doc)
    timex_list = sorted(timexes, key=lambda t: (t.start, t.end))
    index = SpeakerIndex(doc, analysis)
    speakers: list[tuple[int, Resolution]] = []
    done: dict[int, Attribution] = {}
    out: list[Attribution] = []
    dateline = dateline_span(text)
    for cand in sorted(cands, key=lambda c: (c.content[0], c.content[1])):
        mode, content, parts = _mode(text, cand.content, cand.quotes)
        if dateline is not None and dateline[0] <= content[0] < dateline[1] < content[1]:
            content = (
                dateline[1],
                content[1],
            )  # "WASHINGTON, March 5 - ": where it was filed, not what was said
        content = trim_span(text, *content)
        if content[1] <= content[0] or (mode == "indirect" and _says_nothing(doc, content)):
            continue
        if cand.inherited_from is not None and id(cand.inherited_from) in done:
            base = done[id(cand.inherited_from)]
            att = Attribution(
                doc_id=document.id,
                content=content,
                content_text=text[content[0] : content[1]],
                mode=mode,
                # the cue is written once, in the paragraph this one continues: same verb, no span here
                cue_lemma=base.cue_lemma,
                speaker=base.speaker,
                speaker_span=base.speaker_span,
                addressee=base.addressee,
                venue=base.venue,
                said=base.said,
                said_rule=base.said_rule,
                sentence=(content[0], content[1]),
            )
            out.append(att)
            continue
        if cand.inherited_from is not None:
            continue
        res = Resolution(None, None, "none")
        if cand.source is not None:
            head = doc[cand.source_token] if cand.source_token is not None else None
            res = index.resolve(cand.source, head, speakers, content=cand.content)
            speakers.append((cand.source[0], res))
        setting = (
            find_setting(doc, cand, timex_list, quote_spans) if cand.cue_token is not None else Setting()
        )
        notes = [text[s:e] for s, e in setting.cited]
        venue_parts = [text[setting.venue[0] : setting.venue[1]]] if setting.venue else []
        venue_parts += ["citing " + n for n in notes] + cand.notes
        sent = doc[cand.cue_token].sent if cand.cue_token is not None else None
        span_lo = min(content[0], sent.start_char) if sent is not None else content[0]
        span_hi = max(content[1], sent.end_char) if sent is not None else content[1]
        att = Attribution(
            doc_id=document.id,
            content=content,
            content_text=report_text(text, content, parts, (cand.cue, cand.source)),
            mode=mode,
            cue=cand.cue,
            cue_lemma=_cue_lemma(text, cand),
            source=cand.source,
            source_text=text[cand.source[0] : cand.source[1]] if cand.source else None,
            speaker=res.name,
            speaker_span=res.span,
            source_head=_head_span(doc, cand),
            addressee=text[setting.addressee[0] : setting.addressee[1]] if setting.addressee else None,
            venue="; ".join(dict.fromkeys(venue_parts)) or None,
            said=setting.said,
            said_rule=setting.said_rule if cand.cue_token is not None else RULE_UNKNOWN,
            sentence=(span_lo, span_hi),
        )
        done[id(cand)] = att
        out.append(att)
    out.sort(key=lambda a: (a.content[0], a.content[1]))
    log.debug("%s: %d attributions", document.id, len(out))
    return out


def attributions(text_or_doc: str | Doc, *, nlp: Language | None = None) -> list[Attribution]:
    """Attributions of a raw text or an already-parsed spaCy Doc (for scoring against corpora).

    >>> [a.mode for a in attributions('"We will win," she said.')]
    ['direct']
    """
    if isinstance(text_or_doc, Doc):
        doc = text_or_doc
    else:
        if nlp is None:
            from ..nlp import load_pipeline

            nlp = load_pipeline()
        doc = nlp(text_or_doc)
    text = doc.text
    document = Document(id=Document.make_id(text), text=text, title="", path="<text>")
    return attribute_claims(document, doc)
