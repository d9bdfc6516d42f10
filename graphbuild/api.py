"""The Python API: :class:`KnowledgeGraph` answers questions over the built graph."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
from anyascii import anyascii

from .errors import GraphbuildError, QueryError
from .graph import load_graph, save_graph
from .model import TimeSpan


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for alias lookup.

    >>> normalise_name("  Zelenskyy’s ") == normalise_name("zelenskyy's")
    True
    """
    text = anyascii(name).lower()
    text = re.sub(r"['`]s\b", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


@dataclass(frozen=True)
class EntityInfo:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    documents: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReportInfo:
    """One outlet's report of a statement: where, as written, how."""

    statement: str
    document: str
    outlet: str | None
    title: str
    published: TimeSpan | None
    start: int
    end: int
    text: str
    cue: str | None
    mode: str
    said: TimeSpan | None

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.to_json() if self.published else None
        d["said"] = self.said.to_json() if self.said else None
        return d


@dataclass(frozen=True)
class StatementInfo:
    id: str
    speaker: str | None
    speaker_name: str | None
    text: str
    mode: str
    cue: str | None
    said: TimeSpan | None
    outlets: tuple[str, ...]
    reports: int

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["said"] = self.said.to_json() if self.said else None
        return d


@dataclass(frozen=True)
class TimelineItem:
    """A statement or event placed in time.

    ``when`` is the resolved time (said / happened) or None; ``basis`` says what
    placed the item: ``said``, ``happened``, ``reported`` (undated statements
    are placed by their earliest report's publication date, never claiming it
    as the time they were said) or ``before`` (an event told in the past tense with no
    date: it happened at some time up to ``end``, its article's publication day; with no
    ``start`` it is never ordered against other items). ``precision`` is the granularity of ``when``
    (day, week, month, season, quarter, year...).

    Ordering is only claimed where the intervals allow it: consecutive items whose
    [start, end] intervals overlap (a month and a day inside it, two reports of
    one day) share a ``group`` number and have ``overlaps_previous`` set, meaning
    "not known to come after the previous item". Undated items have group -1.
    """

    kind: str  # "statement" | "event"
    id: str
    start: date | None
    end: date | None
    basis: str
    precision: str | None
    when: TimeSpan | None
    who: str | None
    text: str
    outlets: tuple[str, ...]
    group: int = -1
    overlaps_previous: bool = False
    cue: str | None = None  # a statement's reporting verb (lemma): "endorse" before "Joe Biden"

    @property
    def single_source(self) -> bool:
        """Carried by only one outlet."""
        return len(self.outlets) <= 1

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["start"] = self.start.isoformat() if self.start else None
        d["end"] = self.end.isoformat() if self.end else None
        d["when"] = self.when.to_json() if self.when else None
        return d


def _parse_day(value: str | date | None, *, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise GraphbuildError(f"{what}: {value!r} is not a date (use YYYY-MM-DD)") from None


class KnowledgeGraph:
    """A built graph and the questions analysts ask of it.

    >>> kg = KnowledgeGraph(nx.MultiDiGraph())
    >>> kg.timeline()
    []
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self._alias_index: dict[str, list[str]] | None = None
        self._kind_index: dict[str, list[str]] | None = None
        self._speaker_index: dict[str, list[str]] | None = None

    # -- persistence ---------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write graph.json atomically."""
        return save_graph(self.graph, path)

    @classmethod
    def load(cls, path: str | Path) -> KnowledgeGraph:
        return cls(load_graph(path))

    # -- nodes by kind ------------------------------------------------------------
    # The indexes below are built once, on first use: a KnowledgeGraph wraps a built graph
    # that is not mutated afterwards, and lookups by entity then cost its degree, not the graph.
    def _kinds(self) -> dict[str, list[str]]:
        if self._kind_index is None:
            index: dict[str, list[str]] = {}
            for n, kind in self.graph.nodes(data="kind"):
                index.setdefault(kind, []).append(n)
            self._kind_index = index
        return self._kind_index

    def _nodes(self, kind: str, among: Iterable[str] | None = None) -> Iterable[tuple[str, dict[str, Any]]]:
        """Nodes of a kind (in graph order), or those of ``among`` that are of that kind."""
        nodes = self.graph.nodes
        if among is None:
            for n in self._kinds().get(kind, ()):
                yield n, nodes[n]
            return
        for n in among:
            attrs = nodes[n]
            if attrs.get("kind") == kind:
                yield n, attrs

    def _spoken_by(self, ent: str) -> list[str]:
        if self._speaker_index is None:
            index: dict[str, list[str]] = {}
            for n, attrs in self._nodes("Statement"):
                if attrs.get("speaker"):
                    index.setdefault(attrs["speaker"], []).append(n)
            self._speaker_index = index
        return self._speaker_index.get(ent, [])

    def _linked(self, ent: str, edge_kind: str) -> list[str]:
        """Sources of ``edge_kind`` edges into ``ent`` (e.g. statements ABOUT it), sorted."""
        return sorted({u for u, _, k in self.graph.in_edges(ent, data="kind") if k == edge_kind})

    def _statements_of(self, ent: str | None) -> Iterable[tuple[str, dict[str, Any]]]:
        """Statements said by or about ``ent`` (every statement when None)."""
        if ent is None:
            return self._nodes("Statement")
        return self._nodes("Statement", sorted({*self._spoken_by(ent), *self._linked(ent, "ABOUT")}))

    def _aliases(self) -> dict[str, list[str]]:
        if self._alias_index is None:
            index: dict[str, set[str]] = {}
            for n, attrs in self._nodes("Entity"):
                for alias in [attrs.get("name", ""), *attrs.get("aliases", [])]:
                    key = normalise_name(alias)
                    if key:
                        index.setdefault(key, set()).add(n)
            self._alias_index = {k: sorted(v) for k, v in index.items()}
        return self._alias_index

    def _best(self, ids: Iterable[str]) -> str:
        return max(ids, key=lambda n: (self.graph.nodes[n].get("mentions", 0), n))

    def entity_id(self, name: str) -> str | None:
        """The entity id for a name: exact alias first, then a name every word of which appears in an alias."""
        if name in self.graph and self.graph.nodes[name].get("kind") == "Entity":
            return name
        key = normalise_name(name)
        if not key:
            return None
        index = self._aliases()
        if key in index:
            return self._best(index[key])
        words = set(key.split())
        candidates = {n for alias, ids in index.items() if words <= set(alias.split()) for n in ids}
        return self._best(candidates) if candidates else None

    def entity(self, name: str) -> EntityInfo | None:
        """Look an entity up by any of its aliases (case- and accent-insensitive)."""
        n = self.entity_id(name)
        if n is None:
            return None
        a = self.graph.nodes[n]
        return EntityInfo(
            n,
            a["name"],
            a["type"],
            tuple(a.get("aliases", ())),
            a.get("mentions", 0),
            tuple(a.get("documents", ())),
        )

    def _require_entity(self, name: str) -> str:
        n = self.entity_id(name)
        if n is None:
            raise GraphbuildError(f"no entity matches {name!r}")
        return n

    # -- statements -----------------------------------------------------------------
    def _outlet_name(self, doc_id: str) -> str:
        d = self.graph.nodes[doc_id]
        return d.get("outlet") or d.get("title") or doc_id

    def _report_edges(self, stmt_id: str) -> list[tuple[str, dict[str, Any]]]:
        return sorted(
            ((u, d) for u, _, d in self.graph.in_edges(stmt_id, data=True) if d.get("kind") == "REPORTS"),
            key=lambda x: (x[0], x[1].get("start", 0)),
        )

    def _statement_info(self, n: str) -> StatementInfo:
        a = self.graph.nodes[n]
        outlets = tuple(sorted({self._outlet_name(u) for u, _ in self._report_edges(n)}))
        return StatementInfo(
            n,
            a.get("speaker"),
            a.get("speaker_name"),
            a.get("text", ""),
            a.get("mode", ""),
            a.get("cue"),
            TimeSpan.from_json(a.get("said")),
            outlets,
            a.get("reports", 0),
        )

    def statements(
        self, speaker: str | None = None, about: str | None = None, *, single_source: bool | None = None
    ) -> list[StatementInfo]:
        """Statements, optionally by a speaker and/or about an entity (names or aliases).

        ``single_source=True`` keeps statements only one outlet reports (unverified
        elsewhere), ``False`` those several outlets carry; each result lists its ``outlets``.
        """
        speaker_id = self._require_entity(speaker) if speaker else None
        about_id = self._require_entity(about) if about else None
        out = []
        for n, a in self._statements_of(speaker_id or about_id):
            if speaker_id and a.get("speaker") != speaker_id:
                continue
            if about_id and not self.graph.has_edge(n, about_id, key="ABOUT"):
                continue
            info = self._statement_info(n)
            if single_source is not None and (len(info.outlets) <= 1) != single_source:
                continue
            out.append(info)
        return sorted(out, key=lambda s: (_sort_date(s.said), s.id))

    def reports(self, statement: str) -> list[ReportInfo]:
        """Every outlet's report of a statement, with the exact characters it wrote."""
        if statement not in self.graph or self.graph.nodes[statement].get("kind") != "Statement":
            raise GraphbuildError(f"no statement with id {statement!r}")
        out = []
        for doc_id, d in self._report_edges(statement):
            doc = self.graph.nodes[doc_id]
            out.append(
                ReportInfo(
                    statement,
                    doc_id,
                    doc.get("outlet"),
                    doc.get("title", ""),
                    TimeSpan.from_json(doc.get("published")),
                    d["start"],
                    d["end"],
                    d.get("text", ""),
                    d.get("cue"),
                    d.get("mode", ""),
                    TimeSpan.from_json(d.get("said")),
                )
            )
        return out

    def conflicts(self) -> list[dict[str, Any]]:
        """Pairs of statements whose figures disagree: reason, both values, and the severity
        (``contradiction``: the ranges cannot both hold; ``divergence``: compatible bounds far apart)."""
        out = []
        for u, v, d in self.graph.edges(data=True):
            if d.get("kind") == "CONFLICTS_WITH":
                out.append(
                    {
                        "a": u,
                        "b": v,
                        "reason": d.get("reason"),
                        "values": list(d.get("values", [])),
                        "severity": d.get("severity"),
                        "quantity": d.get("quantity"),
                        "a_text": self.graph.nodes[u].get("text"),
                        "b_text": self.graph.nodes[v].get("text"),
                    }
                )
        return sorted(out, key=lambda c: (c["a"], c["b"]))

    # -- timeline -------------------------------------------------------------------
    def timeline(
        self, entity: str | None = None, start: str | date | None = None, end: str | date | None = None
    ) -> list[TimelineItem]:
        """Statements and events ordered by time, optionally for one entity and within [start, end].

        An item is kept when its interval overlaps [start, end]. Items are
        ordered by interval start, then end; items whose intervals overlap are
        not ordered relative to each other: they share a ``group`` and carry
        ``overlaps_previous`` (see :class:`TimelineItem`), and ``precision`` says
        how wide each one's time is.
        """
        lo = _parse_day(start, what="--from")
        hi = _parse_day(end, what="--to")
        if lo and hi and lo > hi:
            raise GraphbuildError(f"empty period: {lo} is after {hi}")
        ent = self._require_entity(entity) if entity else None
        items = [*self._statement_items(ent), *self._event_items(ent)]
        kept = [i for i in items if _within(i, lo, hi)]
        ordered = sorted(kept, key=lambda i: (i.start or date.max, i.end or date.max, i.kind, i.id))
        return order_groups(ordered)

    def _statement_items(self, ent: str | None) -> Iterable[TimelineItem]:
        for n, a in self._statements_of(ent):
            reports = self._report_edges(n)
            outlets = tuple(sorted({self._outlet_name(u) for u, _ in reports}))
            said = TimeSpan.from_json(a.get("said"))
            s: date | None
            e: date | None
            if said and said.start:
                s, e, basis, precision = said.start, said.end, "said", said.granularity
            else:
                pubs = [TimeSpan.from_json(self.graph.nodes[u].get("published")) for u, _ in reports]
                days = sorted(p.start for p in pubs if p and p.start)
                s = e = days[0] if days else None
                basis, precision = "reported", ("day" if days else None)
            yield TimelineItem(
                "statement",
                n,
                s,
                e,
                basis,
                precision,
                said,
                a.get("speaker_name"),
                a.get("text", ""),
                outlets,
                cue=a.get("cue"),
            )

    def _event_items(self, ent: str | None) -> Iterable[TimelineItem]:
        for n, a in self._nodes("Event", self._linked(ent, "INVOLVES") if ent else None):
            involved = [
                (v, d.get("role"))
                for _, v, d in self.graph.out_edges(n, data=True)
                if d.get("kind") == "INVOLVES"
            ]
            if ent and ent not in {v for v, _ in involved}:
                continue
            when = TimeSpan.from_json(a.get("when"))
            docs = sorted(
                {u for u, _, d in self.graph.in_edges(n, data=True) if d.get("kind") == "DESCRIBES"}
            )
            outlets = tuple(sorted({self._outlet_name(u) for u in docs}))
            agents = [
                self.graph.nodes[v].get("name")
                for v, role in sorted(involved, key=lambda x: x[0])
                if role == "agent"
            ]
            yield TimelineItem(
                "event",
                n,
                when.start if when else None,
                when.end if when else None,
                "before" if when and when.start is None and when.end else "happened",
                when.granularity if when else None,
                when,
                agents[0] if agents else None,
                a.get("text", ""),
                outlets,
            )

    # -- named queries ----------------------------------------------------------------
    def query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run a named query from the query library (the Python twin of queries/cypher/NAME.cypher)."""
        try:
            from .queries import run_query
        except ImportError as exc:  # the query library ships with graphbuild; this guards a broken install
            raise QueryError(f"the query library is not available: {exc}") from exc
        return run_query(self.graph, name, **params)


def order_groups(items: Iterable[TimelineItem]) -> list[TimelineItem]:
    """Number runs of time-sorted items whose intervals overlap: within a run the order is unknown.

    A sweep over items sorted by start: an item joins the current group when it starts
    on or before the latest end seen in the group (so a month-level item and a day
    inside that month are one group). Undated items get group -1.

    >>> from datetime import date as d
    >>> mk = lambda s, e: TimelineItem("event", f"{s}", s, e, "happened", None, None, None, "", ())
    >>> [(i.group, i.overlaps_previous) for i in order_groups([mk(d(2023, 11, 1), d(2023, 11, 30)),
    ...     mk(d(2023, 11, 16), d(2023, 11, 16)), mk(d(2023, 12, 3), d(2023, 12, 3))])]
    [(0, False), (0, True), (1, False)]
    """
    out: list[TimelineItem] = []
    group = -1
    group_end: date | None = None
    for item in items:
        if item.start is None or item.end is None:
            out.append(replace(item, group=-1, overlaps_previous=False))
            continue
        joins = group_end is not None and item.start <= group_end
        if joins:
            group_end = max(group_end, item.end)  # type: ignore[type-var]
        else:
            group += 1
            group_end = item.end
        out.append(replace(item, group=group, overlaps_previous=joins))
    return out


def _sort_date(span: TimeSpan | None) -> date:
    return span.start if span and span.start else date.max


def _within(item: TimelineItem, lo: date | None, hi: date | None) -> bool:
    if lo is None and hi is None:
        return True
    if item.start is None or item.end is None:
        return False
    return (lo is None or item.end >= lo) and (hi is None or item.start <= hi)
