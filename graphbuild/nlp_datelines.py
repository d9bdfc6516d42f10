"""A spaCy component that tags the names of a wire story's lead again when the tagger ran its dateline
on into them or left the lead's first name untagged.

The small English model reads "NEW YORK, March 4 - Marine Midland Banks Inc said ..." with "March 4 -
Marine Midland Banks Inc" as one DATE, "SEOUL, March 12 - South Korea plans ..." with "March 12 -
South Korea" as one, and "BERLIN - Donald Trump may ..." with "BERLIN - Donald Trump" as one
organisation: the lead's first name, most often the story's subject and speaker, is lost (in about
a third of the first thousand Reuters stories). It also often leaves the name untagged ("LONDON, March 5
- The Bank of England said"). The dateline is layout, not part of the sentence
(:mod:`graphbuild.datelines`); this component, placed after ``ner``, keeps the date (or the place in
capitals) up to the dash and tags the start of the lead again with the same ``ner`` component, reading
the dateline as a sentence of its own (its dash a full stop), in one batch per batch of documents. Other
documents are left as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .datelines import doc_dateline
from .entities_firms import NAME_GLUE
from .entities_keys import NAME_AND

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: The dashes that end a dateline, and what the lead is tagged with in their place.
_DASHES = frozenset(("-", "--", "—", "–"))
_STOP = "."

#: Tokens of the lead tagged again: its first name is near its start, and tagging costs by the token.
LEAD_TOKENS = 20


class DatelineEntities:
    """The component: holds the pipeline's ``ner`` to tag the leads of a batch again in one call."""

    def __init__(self, nlp: Language) -> None:
        self.ner: Any = nlp.get_pipe("ner")

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        from spacy.util import minibatch

        for batch in minibatch(stream, batch_size):
            plans = [(doc, _lead(doc)) for doc in batch]
            todo = [(doc, lead) for doc, lead in plans if lead is not None]
            subs = self.ner.pipe([_lead_doc(doc, lead) for doc, lead in todo], batch_size=batch_size)
            for (doc, lead), sub in zip(todo, subs, strict=True):
                _retag(doc, lead, sub)
            yield from batch


def _lead(doc: Doc) -> tuple[int, int, int] | None:
    """Token indices (dateline start, lead start, lead sentence end) of a document whose lead is to be
    tagged again: its dateline's date runs on into the lead, or the lead opens with an untagged name."""
    span = doc_dateline(doc)
    if span is None:
        return None
    body = span[1]  # where the lead's first word starts, after "- "
    first = next((t for t in doc if t.idx >= body), None)
    if first is None or not (
        any(e.start_char < body < e.end_char for e in doc.ents) or _untagged_name(first)
    ):
        return None
    start = next((t.i for t in doc if t.idx >= span[0]), first.i)
    return start, first.i, min(first.sent.end, first.i + LEAD_TOKENS)


def _lead_doc(doc: Doc, lead: tuple[int, int, int]) -> Doc:
    """The dateline and the lead's sentence as a text of their own, the dateline a sentence ("LONDON,
    March 5. The Bank of England said ..."): the tagger reads a name after a stop better."""
    from spacy.tokens import Doc as DocType

    start, first, end = lead
    words = [_STOP if t.text in _DASHES and t.i < first else t.text for t in doc[start:end]]
    return DocType(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc[start:end]])


def _retag(doc: Doc, lead: tuple[int, int, int], sub: Doc) -> None:
    """Put ``sub``'s names of the lead in ``doc`` where the tagger had none; a date run on into the lead
    keeps its part before the dash."""
    from spacy.tokens import Span as SpanType

    start, first, end = lead
    kept: list[Span] = []
    for ent in doc.ents:
        if ent.start < first < ent.end:  # the dateline's date, up to the dash
            head = _before_dash(doc, ent.start, first)
            if head is not None:
                kept.append(
                    SpanType(doc, ent.start, head, label=_head_label(doc[ent.start : head], ent.label_))
                )
        else:
            kept.append(ent)
    # the names tagged in the lead where the tagger had none: not one the cut may have shortened, nor one
    # whose capitalised first word it left out ("Air Freight Corp" of "Emergy Air Freight Corp")
    for e in sub.ents:
        a, b = start + e.start, start + e.end
        if (
            a >= first
            and (b < end or end == doc[first].sent.end)
            and not any(a < k.end and k.start < b for k in kept)
            and not _cut_at_and(doc, b)
            and not _left_out_head(doc, first, a)
        ):
            kept.append(SpanType(doc, a, b, label=e.label_))
    doc.set_ents(sorted(kept, key=lambda s: s.start), default="outside")


#: Labels a dateline's part before its dash keeps ("March 4" of "March 4 - Marine Midland Banks Inc").
_DATELINE_LABELS = frozenset(("DATE", "TIME", "GPE", "LOC", "FAC"))


def _head_label(head: Span, label: str) -> str:
    """The label of a dateline's words the tagger ran on into the lead: the date's own, and a place's
    written in capitals, words only ("BERLIN" of "BERLIN - Donald Trump", tagged an organisation), a
    place's."""
    if label in _DATELINE_LABELS or not all(t.is_alpha and t.is_upper for t in head if not t.is_punct):
        return label
    return "GPE"


def _untagged_name(first: Token) -> bool:
    """Whether the lead opens with a capitalised name the tagger left untagged ("The Bank of England
    said", "<Telcom General Corp> said")."""
    doc = first.doc
    i = first.i
    while i < len(doc) and (doc[i].lower_ == "the" or doc[i].text == "<"):
        i += 1
    return i < len(doc) and doc[i].ent_iob_ == "O" and doc[i].pos_ == "PROPN"


def _cut_at_and(doc: Doc, end: int) -> bool:
    """Whether a name ending at ``end`` is followed by "and" and a capitalised word: the head of a firm's
    name the tagger cuts at its "and" ("Kaiser Aluminum" of "Kaiser Aluminum and Chemical Corp"), left
    untagged for :func:`~graphbuild.entities_firms.partnership_names` to join."""
    return end + 1 < len(doc) and doc[end].lower_ in NAME_AND and doc[end + 1].text[:1].isupper()


def _left_out_head(doc: Doc, first: int, start: int) -> bool:
    """Whether the lead's words before a name starting at ``start`` are the name's own head the tagger
    left out: capitalised words and name glue only ("Emergy" of "Emergy Air Freight Corp", "Fruit of the"
    of "Fruit of the Loom Inc"), not "The" alone."""
    words = doc[first:start]
    return any(t.is_title and t.lower_ != "the" for t in words) and all(
        t.is_title or t.lower_ in NAME_GLUE for t in words
    )


def _before_dash(doc: Doc, start: int, stop: int) -> int | None:
    """The end of the tokens from ``start`` before the dateline's dash and the spaces around it (the
    date "March 4" of "March 4 - "), or None when nothing is left."""
    end = stop
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return end if end > start else None


def make_dateline_entities(nlp: Language, name: str) -> DatelineEntities:
    """The factory spaCy calls (registered as ``graphbuild_dateline_entities``)."""
    return DatelineEntities(nlp)
