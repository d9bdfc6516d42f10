"""Domain objects passed between pipeline stages.

Every object is a frozen dataclass. Character offsets (``start``, ``end``) are
always into ``Document.text`` of the document named by ``doc_id`` (end is
exclusive, as in Python slices). Dates are :class:`datetime.date`; the JSON
forms are produced by ``to_json`` methods so the graph schema lives in one place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .wrapping import join_wrapped_lines

#: Bumped whenever a stage changes its output for the same input; part of cache keys.
PIPELINE_VERSION = "144"


def content_hash(*parts: str, length: int = 16) -> str:
    """Stable short hash of normalised content, used for every node id.

    >>> content_hash("a", "b") == content_hash("a", "b")
    True
    """
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(s: Any) -> date | None:
    if s is None or s == "":
        return None
    if isinstance(s, date):
        return s
    return date.fromisoformat(str(s)[:10])


@dataclass(frozen=True, order=True)
class TimeSpan:
    """A resolved time expression: what was written, its TIMEX3 value and its interval.

    ``start``/``end`` are the earliest and latest calendar day the expression can
    mean (inclusive); both are None for durations and unresolvable values.
    ``rule`` names the rule that resolved it and ``anchor`` the date it was
    resolved against, so every date on the timeline can be explained.
    """

    text: str
    value: str
    type: str = "DATE"
    start: date | None = None
    end: date | None = None
    granularity: str | None = None
    mod: str | None = None
    anchor: date | None = None
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "type": self.type,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "granularity": self.granularity,
            "mod": self.mod,
            "anchor": _iso(self.anchor),
            "rule": self.rule,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> TimeSpan | None:
        if data is None:
            return None
        return cls(
            text=data.get("text", ""),
            value=data.get("value", ""),
            type=data.get("type", "DATE"),
            start=_date(data.get("start")),
            end=_date(data.get("end")),
            granularity=data.get("granularity"),
            mod=data.get("mod"),
            anchor=_date(data.get("anchor")),
            rule=data.get("rule", ""),
        )

    @classmethod
    def day(cls, d: date, *, text: str | None = None, rule: str, anchor: date | None = None) -> TimeSpan:
        """A single calendar day."""
        return cls(
            text=text if text is not None else d.isoformat(),
            value=d.isoformat(),
            type="DATE",
            start=d,
            end=d,
            granularity="day",
            anchor=anchor,
            rule=rule,
        )


@dataclass(frozen=True)
class Timex:
    """A time expression found in text: its character span and its resolution."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    interval: tuple[date | None, date | None] = (None, None)
    granularity: str | None = None
    rule: str = ""
    anchor: date | None = None

    def to_timespan(self) -> TimeSpan:
        return TimeSpan(
            text=self.text,
            value=self.value,
            type=self.type,
            start=self.interval[0],
            end=self.interval[1],
            granularity=self.granularity,
            mod=self.mod,
            anchor=self.anchor,
            rule=self.rule,
        )


@dataclass(frozen=True)
class Document:
    """One ingested article.

    ``text`` is the article as read (newlines normalised to ``\\n``); every
    offset in the graph points into it. ``boilerplate`` lists spans of scraped
    page furniture (app promos, "read next" links, photo credits...) that no
    stage may extract from; :attr:`analysis_text` blanks them out while keeping
    offsets aligned.
    """

    id: str
    text: str
    title: str
    path: str
    outlet: str | None = None
    url: str | None = None
    published: TimeSpan | None = None
    published_source: str | None = None  # "metadata" | "inferred" | None
    boilerplate: tuple[tuple[int, int], ...] = ()

    @property
    def analysis_text(self) -> str:
        """What the language pipeline reads: ``text`` with boilerplate spans replaced by spaces
        (newlines kept) and, in hard-wrapped wire copy, each line break inside a paragraph a space
        (:func:`~graphbuild.wrapping.join_wrapped_lines`). The same length: offsets agree."""
        if not self.boilerplate:
            return join_wrapped_lines(self.text)
        chars = list(self.text)
        for s, e in self.boilerplate:
            for i in range(s, e):
                if chars[i] != "\n":
                    chars[i] = " "
        return join_wrapped_lines("".join(chars), judged=self.text)

    @property
    def publication_day(self) -> date | None:
        """The day the document was published, when known to the day: the anchor its relative dates
        ("on Monday", "last week") resolve against."""
        p = self.published
        if p is None or p.start is None or p.start != p.end:
            return None
        return p.start

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a boilerplate span."""
        return any(s < end and start < e for s, e in self.boilerplate)

    @staticmethod
    def make_id(text: str) -> str:
        return "doc:" + content_hash(" ".join(text.split()))


@dataclass(frozen=True)
class Skipped:
    """An input that was not turned into a document, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Mention:
    """A named-entity mention in one document."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str  # spaCy NER label as predicted


@dataclass(frozen=True)
class Entity:
    """A resolved real-world actor: one node for all its mentions and spellings."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    evidence: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({m.doc_id for m in self.mentions}))


@dataclass(frozen=True)
class Attribution:
    """One reported utterance in one document: who said what, how and when.

    Spans are (start, end) character offsets into the document text. ``speaker``
    is the surface form that names the source (after in-document resolution of
    pronouns and descriptions, e.g. "he" -> "Jens Stoltenberg"); ``source`` is
    the span actually written in the sentence.
    """

    doc_id: str
    content: tuple[int, int]
    content_text: str
    mode: str  # "direct" | "indirect" | "mixed"
    cue: tuple[int, int] | None = None
    cue_lemma: str | None = None
    source: tuple[int, int] | None = None
    source_text: str | None = None
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None  # span of the name ``speaker`` was resolved to
    source_head: tuple[int, int] | None = None  # span of the head word of ``source``
    addressee: str | None = None
    venue: str | None = None
    said: TimeSpan | None = None
    said_rule: str | None = None
    sentence: tuple[int, int] | None = None  # span of the sentence(s) carrying the report

    @property
    def start(self) -> int:
        spans = [self.content] + [s for s in (self.source, self.cue) if s]
        return min(s for s, _ in spans)

    @property
    def end(self) -> int:
        spans = [self.content] + [s for s in (self.source, self.cue) if s]
        return max(e for _, e in spans)


@dataclass(frozen=True)
class Participant:
    role: str  # agent, patient, location, ...
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class EventMention:
    """A dated happening described in one document."""

    doc_id: str
    start: int
    end: int
    text: str  # the clause/sentence as written
    predicate: str  # lemma of the event verb
    description: str  # short description
    participants: tuple[Participant, ...] = ()
    when: TimeSpan | None = None


@dataclass(frozen=True)
class DocumentAnalysis:
    """Everything extracted from one document, before cross-document merging.

    This is the per-document unit that can be cached and computed in parallel.
    """

    document: Document
    mentions: tuple[Mention, ...]
    timexes: tuple[Timex, ...]
    attributions: tuple[Attribution, ...]
    events: tuple[EventMention, ...]
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Statement:
    """One utterance, however many outlets reported it (each report an Attribution)."""

    id: str
    speaker: str | None  # entity id
    speaker_name: str | None
    text: str
    mode: str
    cue: str | None
    said: TimeSpan | None
    addressee: str | None
    reports: tuple[Attribution, ...]
    about: tuple[str, ...] = ()  # entity ids the content mentions


@dataclass(frozen=True)
class Event:
    """One happening, however many documents describe it."""

    id: str
    text: str
    predicate: str
    when: TimeSpan | None
    mentions: tuple[EventMention, ...]
    participants: tuple[tuple[str, str], ...] = ()  # (role, entity id), sorted


@dataclass(frozen=True)
class Conflict:
    """Two statements that disagree; never resolved, only flagged."""

    a: str  # statement id
    b: str  # statement id
    reason: str
    values: tuple[str, ...]
    #: extra edge attributes (name, str or tuple of str): severity, quantity, qualifiers, ranges
    details: tuple[tuple[str, Any], ...] = ()

    @property
    def quantity(self) -> str:
        """What the two figures count ("deaths", "area"...; "" when not said): two statements get
        one conflict per quantity they disagree on."""
        return str(dict(self.details).get("quantity", ""))
