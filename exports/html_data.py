"""The explorer's data: a JSON-ready view of a graphbuild MultiDiGraph.

Everything the page shows is computed here, in Python, so it is testable without a
browser: labels, colours, sizes, outlets and dates per node, and for every REPORTS edge the
character ranges of the reported content to highlight. The page only renders it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import networkx as nx

from graphbuild import _json
from graphbuild.errors import ExportError

#: Display order of node kinds (legend, filters, timeline groups).
KINDS = ("Document", "Outlet", "Entity", "Statement", "Event")

#: Fill colour per node kind (entities are coloured by type instead).
KIND_COLORS = {
    "Document": "#9aa5b1",
    "Outlet": "#5b6770",
    "Entity": "#b07aa1",
    "Statement": "#f28e2b",
    "Event": "#17becf",
}
KIND_SHAPES = {
    "Document": "square",
    "Outlet": "diamond",
    "Entity": "dot",
    "Statement": "dot",
    "Event": "triangle",
}
#: Fill colour per entity type; types not listed get a colour from EXTRA_COLORS by name.
TYPE_COLORS = {
    "PERSON": "#e15759",
    "ORG": "#4e79a7",
    "GPE": "#59a14f",
    "LOC": "#76b7b2",
    "NORP": "#edc948",
    "FAC": "#8c6d31",
    "EVENT": "#ff9da7",
}
EXTRA_COLORS = ("#9c755f", "#b07aa1", "#637939", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354")
EDGE_COLORS = {
    "PUBLISHED_BY": "#c3c8cd",
    "MENTIONS": "#d5d9dd",
    "SAID": "#e15759",
    "REPORTS": "#f6b26b",
    "ABOUT": "#8cb4d9",
    "DESCRIBES": "#9edae5",
    "INVOLVES": "#17becf",
    "CONFLICTS_WITH": "#d62728",
}
DEFAULT_EDGE_COLOR = "#bbbbbb"
LABEL_CHARS = 40

# Quoted passages: typographic double quotes, straight double quotes, guillemets, low-high
# quotes and typographic single quotes (an apostrophe inside a word never closes one).
_QUOTE_RE = re.compile(r"“[^”]+”|\"[^\"]+\"|«[^»]+»|„[^“”]+[“”]|(?<!\w)‘.+?’(?!\w)", re.DOTALL)


def _shorten(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _stable_index(name: str, modulo: int) -> int:
    # Deterministic across runs (unlike hash(), which is salted per process).
    return sum(ord(c) * (i + 1) for i, c in enumerate(name)) % modulo


def entity_color(entity_type: str | None) -> str:
    """Fill colour of an entity of ``entity_type`` (known types fixed, others derived from the name).

    >>> entity_color("PERSON")
    '#e15759'
    """
    if not entity_type:
        return KIND_COLORS["Entity"]
    if entity_type in TYPE_COLORS:
        return TYPE_COLORS[entity_type]
    return EXTRA_COLORS[_stable_index(entity_type, len(EXTRA_COLORS))]


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_plain(value: Any) -> Any:
    """A deep, JSON-ready copy of an attribute value (never shares structure with the graph).

    Tuples and sets become lists, dates ISO strings; anything else that JSON cannot hold
    (objects, NaN, infinities) raises :class:`ExportError`.

    >>> to_plain({"spans": ((0, 5),), "when": date(2023, 12, 3)})
    {'spans': [[0, 5]], 'when': '2023-12-03'}
    """
    kind = type(value)  # exact-type fast paths first: this runs once per attribute value
    if value is None or kind is str or kind is int or kind is bool:
        return value
    if kind is dict:
        return {k if type(k) is str else str(k): to_plain(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [to_plain(v) for v in value]
    if isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"graph attribute value {value!r} cannot be written as JSON")
        return value
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    try:
        converted = _json_default(value)
    except TypeError as exc:
        raise ExportError(f"graph attribute value cannot be written as JSON: {exc}") from exc
    return to_plain(converted)


def _span_dates(span: Any) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of a TimeSpan dict, or (None, None)."""
    if not isinstance(span, Mapping):
        return None, None
    start, end = span.get("start"), span.get("end")
    start = str(start)[:10] if start else None
    end = str(end)[:10] if end else None
    if start is None:
        return None, None
    if end is None or end < start:
        end = start
    return start, end


def _text_pattern(text: str) -> re.Pattern[str] | None:
    words = text.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def highlight_ranges(
    display: str, *, content: str | None = None, report: str | None = None
) -> list[list[int]]:
    """Character ranges of ``display`` to highlight as the reported content.

    Quoted passages win; otherwise the first occurrence of ``content`` (the statement's text),
    then of ``report`` (the outlet's text, when ``display`` is a longer sentence), matched
    case- and whitespace-insensitively. Returns sorted, non-overlapping [start, end) pairs.

    >>> highlight_ranges('He said: "We will stay." Then left.')
    [[9, 24]]
    >>> highlight_ranges("She said rates would rise.", content="rates would rise")
    [[9, 25]]
    """
    quoted = [[m.start(), m.end()] for m in _QUOTE_RE.finditer(display)]
    if quoted:
        return quoted
    for candidate in (content, report):
        if not candidate or candidate == display:
            continue
        pattern = _text_pattern(candidate)
        match = pattern.search(display) if pattern else None
        if match:
            return [[match.start(), match.end()]]
    return []


def _label(kind: str, attrs: Mapping[str, Any], node_id: str) -> str:
    if kind == "Entity":
        return _shorten(str(attrs.get("name") or node_id))
    if kind == "Outlet":
        return _shorten(str(attrs.get("name") or node_id))
    if kind == "Document":
        return _shorten(str(attrs.get("title") or attrs.get("path") or node_id), 32)
    if kind == "Statement":
        text = _shorten(str(attrs.get("text") or ""), 32)
        speaker = attrs.get("speaker_name")
        return f"{_shorten(str(speaker), 20)}: {text}" if speaker else text or node_id
    if kind == "Event":
        return _shorten(str(attrs.get("text") or attrs.get("predicate") or node_id), 32)
    return _shorten(str(attrs.get("name") or attrs.get("text") or node_id))


def _as_int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _size(kind: str, attrs: Mapping[str, Any], degree: int) -> float:
    if kind == "Entity":
        return round(8 + 4 * math.sqrt(max(_as_int(attrs.get("mentions"), 1), 1)), 2)
    if kind == "Statement":
        return round(8 + 4 * math.sqrt(max(_as_int(attrs.get("reports"), 1), 1)), 2)
    if kind == "Outlet":
        return round(12 + 2 * math.sqrt(degree), 2)
    if kind == "Document":
        return 12.0
    return 10.0


def _search_terms(kind: str, attrs: Mapping[str, Any]) -> list[str]:
    if kind != "Entity":
        return []
    names: list[str] = []
    for value in [attrs.get("name"), *(attrs.get("aliases") or [])]:
        if isinstance(value, str) and value.strip() and value not in names:
            names.append(value)
    return names


def _edge_sort_key(edge: tuple[Any, Any, Any, Mapping[str, Any]]) -> tuple[str, str, str]:
    u, v, k, _ = edge
    return str(u), str(v), str(k)


def _offset_pair(value: Any) -> tuple[int, int] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(x, int) for x in value):
        return int(value[0]), int(value[1])
    return None


def report_view(
    report: Mapping[str, Any], *, content: str | None = None, doc_text: str | None = None
) -> tuple[str, list[list[int]]]:
    """What the explorer shows for one REPORTS edge: (text, ranges of it to highlight).

    The whole sentence when it is known, from the edge's ``sentence_text`` or from
    ``doc_text`` (the document's text) and the edge's ``sentence`` offsets, with the reported
    content (the edge's ``start``/``end``) highlighted; otherwise the edge's ``text``, with
    its quoted passages, or the statement's ``content``, highlighted (all of it if neither
    is found).

    >>> report_view({"text": "we will stay", "start": 10, "end": 22, "sentence": [0, 30]},
    ...             doc_text='He said: "we will stay" today. Next.')
    ('He said: "we will stay" today.', [[10, 22]])
    >>> report_view({"text": "we will stay"})
    ('we will stay', [[0, 12]])
    """
    text = str(report.get("text") or "")
    sentence = _offset_pair(report.get("sentence"))
    display: str | None = None
    if isinstance(report.get("sentence_text"), str) and report["sentence_text"].strip():
        display = report["sentence_text"]
    elif isinstance(report.get("sentence"), str) and report["sentence"].strip():
        display, sentence = report["sentence"], None
    elif doc_text is not None and sentence and 0 <= sentence[0] < sentence[1] <= len(doc_text):
        display = doc_text[sentence[0] : sentence[1]]
    if display is None:
        return text, highlight_ranges(text, content=content) or ([[0, len(text)]] if text else [])
    span = _offset_pair([report.get("start"), report.get("end")])
    if sentence and span:
        start, end = max(span[0] - sentence[0], 0), min(span[1] - sentence[0], len(display))
        if start < end:
            return display, [[start, end]]
    return display, highlight_ranges(display, content=content, report=text)


def build_payload(
    graph: nx.MultiDiGraph, *, title: str, texts: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The explorer's JSON document for ``graph`` (deterministic; the graph is only read).

    Nodes and edges are sorted by id; every original attribute is kept under ``attrs``.
    ``texts`` (document id -> document text), when given, lets reports show whole sentences.
    """
    if not isinstance(graph, nx.MultiDiGraph):
        raise ExportError(f"write_explorer needs a networkx.MultiDiGraph, got {type(graph).__name__}")
    node_ids = sorted(graph.nodes, key=str)
    edges = sorted(graph.edges(keys=True, data=True), key=_edge_sort_key)
    node_attrs = dict(graph.nodes(data=True))  # plain lookups: a NodeView lookup per use is slow
    kinds = {n: str(node_attrs[n].get("kind") or "Node") for n in node_ids}

    # Outlets and dates of documents propagate to what they report, describe and mention.
    doc_outlet: dict[Any, str | None] = {}
    doc_dates: dict[Any, tuple[str | None, str | None]] = {}
    for n in node_ids:
        if kinds[n] == "Document":
            attrs = node_attrs[n]
            doc_outlet[n] = str(attrs["outlet"]) if attrs.get("outlet") else None
            doc_dates[n] = _span_dates(attrs.get("published"))
    for u, v, _, data in edges:
        if data.get("kind") == "PUBLISHED_BY" and doc_outlet.get(u) is None and u in doc_outlet:
            doc_outlet[u] = str(node_attrs[v].get("name") or v)

    node_outlets: dict[Any, set[str]] = {n: set() for n in node_ids}
    fallback_dates: dict[Any, list[str]] = {n: [] for n in node_ids}
    for u, v, _, data in edges:
        if u in doc_outlet and data.get("kind") in ("REPORTS", "DESCRIBES", "MENTIONS"):
            outlet = doc_outlet[u]
            if outlet:
                node_outlets[v].add(outlet)
            start, end = doc_dates[u]
            if start and end and data.get("kind") != "MENTIONS":
                fallback_dates[v].extend((start, end))

    # Degrees from the sorted edge list (as networkx counts them: a self-loop twice), once,
    # instead of one networkx view lookup per node.
    degree: dict[Any, int] = dict.fromkeys(node_ids, 0)
    for u, v, _, _ in edges:
        degree[u] += 1
        degree[v] += 1

    nodes_out: list[dict[str, Any]] = []
    entity_types: set[str] = set()
    for n in node_ids:
        attrs = node_attrs[n]
        kind = kinds[n]
        outlets = set(node_outlets[n])
        if kind == "Document" and doc_outlet.get(n):
            outlets.add(str(doc_outlet[n]))
        if kind == "Outlet":
            outlets.add(str(attrs.get("name") or n))
        if kind == "Entity" and isinstance(attrs.get("outlets"), Mapping):
            outlets.update(str(o) for o in attrs["outlets"])
        span = {"Document": "published", "Statement": "said", "Event": "when"}.get(kind)
        start, end = _span_dates(attrs.get(span)) if span else (None, None)
        date_source = span if start else None
        if start is None and fallback_dates[n]:
            start, end = min(fallback_dates[n]), max(fallback_dates[n])
            date_source = "reported"
        etype = str(attrs["type"]) if kind == "Entity" and attrs.get("type") else None
        if etype:
            entity_types.add(etype)
        nodes_out.append(
            {
                "id": str(n),
                "kind": kind,
                "type": etype,
                "label": _label(kind, attrs, str(n)),
                "color": entity_color(etype) if kind == "Entity" else KIND_COLORS.get(kind, "#999999"),
                "shape": KIND_SHAPES.get(kind, "dot"),
                "size": _size(kind, attrs, degree[n]),
                "outlets": sorted(outlets),
                "start": start,
                "end": end,
                "date_source": date_source,
                "terms": _search_terms(kind, attrs),
                "attrs": dict(attrs),
            }
        )

    statement_text = {n: str(node_attrs[n].get("text") or "") for n in node_ids if kinds[n] == "Statement"}
    edges_out: list[dict[str, Any]] = []
    pair_count: dict[tuple[str, str], int] = {}
    for index, (u, v, k, data) in enumerate(edges):
        pair = (str(u), str(v)) if str(u) <= str(v) else (str(v), str(u))
        parallel = pair_count.get(pair, 0)
        pair_count[pair] = parallel + 1
        kind = str(data.get("kind") or "")
        edge: dict[str, Any] = {
            "id": f"e{index}",
            "from": str(u),
            "to": str(v),
            "key": str(k),
            "kind": kind,
            "parallel": parallel,
            "color": EDGE_COLORS.get(kind, DEFAULT_EDGE_COLOR),
            "attrs": dict(data),
        }
        if kind == "REPORTS":
            doc_text = texts.get(str(u)) if texts else None
            edge["display"], edge["marks"] = report_view(
                data, content=statement_text.get(v), doc_text=doc_text
            )
        edges_out.append(edge)

    outlets_all = sorted({o for node in nodes_out for o in node["outlets"]})
    dated = [node for node in nodes_out if node["start"]]
    present_kinds = {node["kind"] for node in nodes_out}
    kinds_order = [k for k in KINDS if k in present_kinds] + sorted(present_kinds - set(KINDS))
    legend = [
        {"label": k, "color": KIND_COLORS.get(k, "#999999"), "shape": KIND_SHAPES.get(k, "dot")}
        for k in kinds_order
        if k != "Entity"
    ]
    legend += [
        {"label": f"Entity: {t}", "color": entity_color(t), "shape": "dot"} for t in sorted(entity_types)
    ]
    edge_kinds = sorted({e["kind"] for e in edges_out})
    edge_legend = [
        {"label": k, "color": EDGE_COLORS.get(k, DEFAULT_EDGE_COLOR), "shape": "line"} for k in edge_kinds
    ]
    return {
        "title": title,
        "edge_legend": edge_legend,
        "meta": to_plain(dict(graph.graph)),
        "kinds": kinds_order,
        "entity_types": sorted(entity_types),
        "outlets": outlets_all,
        "date_min": min((n["start"] for n in dated), default=None),
        "date_max": max((n["end"] for n in dated), default=None),
        "legend": legend,
        "nodes": nodes_out,
        "edges": edges_out,
    }


#: Characters that must not appear raw in a script element, as UTF-8 bytes and their JSON escapes.
_JSON_ESCAPES = (
    (b"<", b"\\u003c"),
    (b">", b"\\u003e"),
    (b"&", b"\\u0026"),
    ("\u2028".encode(), b"\\u2028"),
    ("\u2029".encode(), b"\\u2029"),
)


def script_safe_json(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: no character can end the element.

    ``<``, ``>``, ``&`` and the JavaScript line separators only ever occur inside JSON
    strings, where their ``\\uXXXX`` escapes decode to the same text.

    >>> script_safe_json({"t": "</script>"})
    '{"t":"\\\\u003c/script\\\\u003e"}'
    """
    return script_safe_json_bytes(data).decode("utf-8")


def script_safe_json_bytes(data: Any) -> bytes:
    """:func:`script_safe_json` as UTF-8 bytes (what a page writer needs, without a decode and re-encode)."""
    try:
        raw = _json.dumps(data, default=_json_default)
    except TypeError as exc:
        raise ExportError(f"explorer data is not JSON serialisable: {exc}") from exc
    # On the UTF-8 bytes (a multi-byte sequence never contains another character's bytes):
    # a few bytes.replace passes cost far less than one regex substitution with a callback.
    for char, escape in _JSON_ESCAPES:
        if char in raw:
            raw = raw.replace(char, escape)
    return raw
