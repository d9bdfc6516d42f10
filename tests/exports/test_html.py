"""The HTML explorer without a browser: one offline file, safe data, graph untouched."""

from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from graphbuild.exports import html as explorer
from graphbuild.exports.html import render_explorer, write_explorer
from graphbuild.exports.html_data import build_payload, highlight_ranges, report_view, script_safe_json
from graphbuild.exports.html_layout import force_layout
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graphbuild.errors import ExportError

DATA_RE = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL)


def embedded_data(page: str) -> dict:
    match = DATA_RE.search(page)
    assert match, "no graph-data block"
    return json.loads(match.group(1))


def graph_snapshot(g: nx.MultiDiGraph) -> tuple:
    return (
        copy.deepcopy(dict(g.graph)),
        [(n, copy.deepcopy(d)) for n, d in g.nodes(data=True)],
        [(u, v, k, copy.deepcopy(d)) for u, v, k, d in g.edges(keys=True, data=True)],
    )


def test_write_is_atomic_and_returns_path(graph, tmp_path, monkeypatch):
    target = tmp_path / "explorer.html"
    target.write_text("old page", encoding="utf-8")
    replaced = []
    real_replace = os.replace

    def spy(src, dst):
        # At the moment of the swap the old file is still whole and the new one is complete.
        assert Path(dst).read_text(encoding="utf-8") == "old page"
        assert Path(src).parent == tmp_path
        assert Path(src).read_text(encoding="utf-8").rstrip().endswith("</html>")
        replaced.append((src, dst))
        real_replace(src, dst)

    monkeypatch.setattr(explorer.os, "replace", spy)
    result = write_explorer(graph, target, title="Harbour")
    assert result == target
    assert len(replaced) == 1
    assert target.read_text(encoding="utf-8") == render_explorer(graph, title="Harbour")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["explorer.html"]


def test_failed_write_leaves_old_file_and_no_temp(graph, tmp_path, monkeypatch):
    target = tmp_path / "explorer.html"
    target.write_text("old page", encoding="utf-8")

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(explorer.os, "replace", broken)
    with pytest.raises(ExportError, match="disk full"):
        write_explorer(graph, target)
    assert target.read_text(encoding="utf-8") == "old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["explorer.html"]


def test_missing_directory_is_an_export_error(graph, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_explorer(graph, tmp_path / "nope" / "explorer.html")


def test_rejects_non_multidigraph():
    with pytest.raises(ExportError, match="MultiDiGraph"):
        render_explorer(nx.Graph())


def test_page_is_self_contained(graph):
    page = render_explorer(graph, title="Harbour")
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    assert not re.search(r"<(img|iframe|object|embed)\b", page, re.IGNORECASE)
    assert not re.search(r"url\(\s*['\"]?https?:", page, re.IGNORECASE)
    assert not re.search(r"@import", page, re.IGNORECASE)
    assert "sourceMappingURL" not in page
    # vis-network, vis-timeline and the explorer are inlined.
    assert "vis-network" in page and "vis-timeline" in page and "graphExplorer" in page
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src &#x27;none&#x27;" in csp.group(1)
    assert "unsafe-eval" not in csp.group(1)


def test_script_hashes_in_csp_match_inline_scripts(graph):
    import base64
    import hashlib

    page = render_explorer(graph)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    hashes = set(re.findall(r"sha256-([A-Za-z0-9+/=]+)", csp))
    bodies = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(bodies) == 3
    assert {base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in bodies} == hashes


def test_data_round_trips(graph):
    page = render_explorer(graph, title="Harbour")
    data = embedded_data(page)
    assert data["title"] == "Harbour"
    assert data["meta"]["schema_version"] == 1
    assert [n["id"] for n in data["nodes"]] == sorted(graph.nodes)
    for node in data["nodes"]:
        assert node["attrs"] == dict(graph.nodes[node["id"]])
    assert len(data["edges"]) == graph.number_of_edges()
    got = sorted((e["from"], e["to"], e["key"]) for e in data["edges"])
    assert got == sorted((u, v, k) for u, v, k in graph.edges(keys=True))
    for edge in data["edges"]:
        assert edge["attrs"] == graph.edges[edge["from"], edge["to"], edge["key"]]
    assert data == build_payload(graph, title="Harbour") | {"layout": "physics"}


def test_parallel_edges_are_kept_and_curved(graph):
    g = graph.copy()
    text = "“Again,” she said."
    g.add_edge(
        "doc:a",
        "stmt:s1",
        key="REPORTS:900-918",
        kind="REPORTS",
        start=900,
        end=918,
        text=text,
        cue="say",
        mode="direct",
        said=None,
    )
    edges = [
        e for e in embedded_data(render_explorer(g))["edges"] if (e["from"], e["to"]) == ("doc:a", "stmt:s1")
    ]
    assert len(edges) == 2
    assert sorted(e["parallel"] for e in edges) == [0, 1]
    assert len({e["id"] for e in edges}) == 2


def test_statement_reported_twice_has_both_reports(graph, texts):
    def views(data):
        return {
            e["from"]: (e["display"], [e["display"][s:t] for s, t in e["marks"]])
            for e in data["edges"]
            if e["kind"] == "REPORTS" and e["to"] == "stmt:s1"
        }

    content = "The harbour will reopen in spring"
    # Without texts: doc:a's edge carries its sentence; doc:b's shows the reported content only.
    assert views(embedded_data(render_explorer(graph))) == {
        "doc:a": ("“The harbour will reopen in spring,” Lopez said on Saturday.", [content]),
        "doc:b": (content, [content]),
    }
    data = embedded_data(render_explorer(graph, texts=texts))
    assert views(data) == {
        "doc:a": ("“The harbour will reopen in spring,” Lopez said on Saturday.", [content]),
        "doc:b": ("Mayor Lopez told a meeting: “The harbour will reopen in spring.”", [content]),
    }
    doc_outlets = {n["id"]: n["outlets"] for n in data["nodes"] if n["kind"] == "Statement"}
    assert doc_outlets["stmt:s1"] == ["Daily Planet", "Harbour Ledger"]


@pytest.mark.parametrize(
    ("edge", "doc_text", "expected"),
    [
        # Offsets into the document text: the sentence, with the content highlighted.
        (
            {"text": "rates rise", "start": 8, "end": 18, "sentence": [0, 19]},
            "He said rates rise. Next.",
            ("He said rates rise.", ["rates rise"]),
        ),
        # A sentence given as text and offsets.
        (
            {"text": "go", "start": 4, "end": 6, "sentence": [0, 7], "sentence_text": "“We go”"},
            None,
            ("“We go”", ["go"]),
        ),
        # A legacy string sentence: quotes found in it.
        ({"text": "x", "sentence": "She said: “Soon.”"}, None, ("She said: “Soon.”", ["“Soon.”"])),
        # Offsets outside the text given: the content alone.
        (
            {"text": "rates rise", "start": 90, "end": 100, "sentence": [80, 120]},
            "short",
            ("rates rise", ["rates rise"]),
        ),
        ({"text": ""}, None, ("", [])),
    ],
)
def test_report_view(edge, doc_text, expected):
    display, marks = report_view(edge, doc_text=doc_text)
    assert (display, [display[s:e] for s, e in marks]) == expected


def test_nodes_have_kind_colours_sizes_and_dates(graph):
    nodes = {n["id"]: n for n in embedded_data(render_explorer(graph))["nodes"]}
    assert nodes["ent:lopez"]["color"] != nodes["ent:port"]["color"]  # PERSON vs ORG
    assert nodes["ent:lopez"]["size"] > nodes["ent:city"]["size"]  # 5 mentions vs 2
    assert nodes["ent:lopez"]["terms"] == ["Maria Lopez", "Lopez", "Mayor Lopez", "María López"]
    assert (nodes["stmt:s1"]["start"], nodes["stmt:s1"]["date_source"]) == ("2023-12-02", "said")
    # No date of its own: the date of the document that reports it.
    assert (nodes["stmt:s2"]["start"], nodes["stmt:s2"]["date_source"]) == ("2023-12-05", "reported")
    assert nodes["ent:lopez"]["start"] is None
    assert nodes["stmt:s1"]["label"].startswith("Maria Lopez: ")


@pytest.mark.parametrize(
    ("display", "content", "expected"),
    [
        ("“We will stay,” he said.", None, ["“We will stay,”"]),
        ('He said "no" and "never".', None, ['"no"', '"never"']),
        ("She said rates would  rise soon.", "Rates would rise", ["rates would  rise"]),
        ("The minister’s aide said ‘we are ready’ today.", None, ["‘we are ready’"]),
        ("Nothing matches here.", "something else", []),
    ],
)
def test_highlight_ranges(display, content, expected):
    ranges = highlight_ranges(display, content=content)
    assert [display[s:e] for s, e in ranges] == expected


def test_highlight_ranges_count_code_points():
    display = "🙂 “Go,” she said."
    ((start, end),) = highlight_ranges(display)
    assert display[start:end] == "“Go,”"
    assert start == 2  # a code point index; the page slices with Array.from


def test_graph_is_not_mutated(xss_graph, tmp_path):
    before = graph_snapshot(xss_graph)
    write_explorer(xss_graph, tmp_path / "x.html", title="t")
    render_explorer(xss_graph, physics_node_limit=0)  # the precomputed-layout path too
    assert graph_snapshot(xss_graph) == before


def test_output_is_deterministic(graph):
    assert render_explorer(graph, title="a") == render_explorer(graph.copy(), title="a")
    assert render_explorer(graph, physics_node_limit=0) == render_explorer(graph, physics_node_limit=0)


def test_xss_payloads_never_appear_raw(xss_graph, xss_payloads):
    title = "Harbour " + "".join(xss_payloads)
    page = render_explorer(xss_graph, title=title)
    for payload in xss_payloads:
        assert payload not in page
    assert "<img" not in page.lower()
    # Exactly the page's own script elements: the JSON block and three inline scripts.
    assert len(re.findall(r"<script\b", page, re.IGNORECASE)) == 4
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == 4
    head = page.split("<style>", 1)[0]
    assert "<title>Harbour &lt;/script&gt;&lt;script&gt;alert(1)" in head
    # The payload survives as data: the page shows it as text.
    data = embedded_data(page)
    assert data["title"] == title
    lopez = next(n for n in data["nodes"] if n["id"] == "ent:lopez")
    assert "Mayor Lopez" + "".join(xss_payloads) in lopez["attrs"]["aliases"]
    report = next(e for e in data["edges"] if e["kind"] == "REPORTS" and e["from"] == "doc:a")
    assert "".join(xss_payloads) in report["display"]


def test_xss_payloads_in_document_texts_never_appear_raw(xss_graph, xss_texts, xss_payloads):
    page = render_explorer(xss_graph, texts=xss_texts)
    for payload in xss_payloads:
        assert payload not in page
    report = next(e for e in embedded_data(page)["edges"] if e["kind"] == "REPORTS" and e["from"] == "doc:b")
    assert (
        report["display"].startswith("Mayor Lopez told a meeting: “The harbour")
        and xss_payloads[1] in report["display"]
    )


@pytest.mark.parametrize("text", ["</script>", "</SCRIPT >", "<!--", "a & b > c", "\u2028\u2029", "]]>"])
def test_script_safe_json(text):
    encoded = script_safe_json({"t": text})
    assert not re.search(r"[<>&\u2028\u2029]", encoded)
    assert json.loads(encoded) == {"t": text}


def test_unserialisable_attribute_is_an_export_error(graph):
    g = graph.copy()
    g.nodes["ent:city"]["weird"] = object()
    with pytest.raises(ExportError, match="JSON"):
        render_explorer(g)


def test_non_finite_number_is_null_in_the_explorer(graph):
    # JSON has no NaN or infinity: the explorer shows them as empty rather than failing the build
    g = graph.copy()
    g.nodes["ent:city"]["weird"] = float("nan")
    g.nodes["ent:city"]["huge"] = float("inf")
    data = embedded_data(render_explorer(g))
    attrs = next(n["attrs"] for n in data["nodes"] if n["id"] == "ent:city")
    assert attrs["weird"] is None and attrs["huge"] is None


def test_empty_graph_renders():
    data = embedded_data(render_explorer(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["date_min"] is None


def test_large_graph_gets_positions(graph):
    data = embedded_data(render_explorer(graph, physics_node_limit=5))
    assert data["layout"] == "precomputed"
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    small = embedded_data(render_explorer(graph))
    assert small["layout"] == "physics" and "x" not in small["nodes"][0]


def test_force_layout_pulls_neighbours_together():
    # Two cliques joined by one edge: nodes end nearer their own clique than the other one.
    import numpy as np

    edges = [(i, j) for i in range(10) for j in range(i + 1, 10)]
    edges += [(i, j) for i in range(10, 20) for j in range(i + 1, 20)] + [(0, 10)]
    pos = force_layout(20, edges)
    assert pos.shape == (20, 2) and np.isfinite(pos).all()
    a, b = pos[:10].mean(axis=0), pos[10:].mean(axis=0)
    within = np.linalg.norm(pos[:10] - a, axis=1).mean()
    assert np.linalg.norm(a - b) > within
    assert (force_layout(20, edges) == pos).all()


def test_templates_ship_with_licences():
    from importlib import resources

    names = {p.name for p in resources.files("graphbuild.exports").joinpath("templates").iterdir()}
    assert {
        "vis-network.min.js",
        "vis-timeline-graph2d.min.js",
        "explorer.js",
        "explorer.css",
        "explorer.html",
    } <= names
    assert {"vis-network.LICENSE-MIT.txt", "vis-timeline.LICENSE-MIT.txt"} <= names


def test_vendored_scripts_match_the_recorded_hashes():
    import hashlib
    from importlib import resources

    templates = resources.files("graphbuild.exports").joinpath("templates")
    readme = templates.joinpath("README.md").read_text(encoding="utf-8")
    for name in ("vis-network.min.js", "vis-timeline-graph2d.min.js"):
        digest = hashlib.sha256(templates.joinpath(name).read_bytes()).hexdigest()
        assert f"{digest}  {name}" in readme


@pytest.mark.parametrize(
    "module",
    [
        "graphbuild.exports.html",
        "graphbuild.exports.html_data",
        "graphbuild.exports.html_json",
        "graphbuild.exports.html_layout",
        "graphbuild.exports.html_text",
        "graphbuild.graph",
    ],
)
def test_docstring_examples_run(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0


def test_legend_lists_node_kinds_entity_types_and_edge_kinds(graph):
    data = embedded_data(render_explorer(graph))
    labels = [entry["label"] for entry in data["legend"]]
    assert labels == [
        "Document",
        "Outlet",
        "Statement",
        "Event",
        "Entity: GPE",
        "Entity: ORG",
        "Entity: PERSON",
    ]
    assert [entry["label"] for entry in data["edge_legend"]] == sorted(
        {"PUBLISHED_BY", "MENTIONS", "SAID", "REPORTS", "ABOUT", "DESCRIBES", "INVOLVES", "CONFLICTS_WITH"}
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
@example(text="</script><!--<script>")
@example(text="</SCRIPT\u2028{{DATA}}&amp;")
def test_any_text_round_trips_and_cannot_break_out(graph, text):
    g = graph.copy()
    g.nodes["ent:lopez"]["aliases"] = [*g.nodes["ent:lopez"]["aliases"], text]
    g.nodes["doc:a"]["title"] = text
    page = render_explorer(g, title=text)
    # The page's own elements only: nothing in the text can open or close a tag or a comment.
    assert len(re.findall(r"<script\b", page, re.IGNORECASE)) == 4
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == 4
    assert page.count("<!--") == 0
    data = embedded_data(page)
    assert data["title"] == text
    assert text in next(n for n in data["nodes"] if n["id"] == "ent:lopez")["attrs"]["aliases"]
    assert next(n for n in data["nodes"] if n["id"] == "doc:a")["attrs"]["title"] == text


@pytest.mark.parametrize(("n", "edges"), [(0, []), (1, []), (2, [(0, 1), (1, 0), (0, 0)]), (5, [])])
def test_force_layout_small_and_disconnected(n, edges):
    import numpy as np

    pos = force_layout(n, edges)
    assert pos.shape == (n, 2) and np.isfinite(pos).all()
    if n > 1:
        assert len({tuple(p) for p in pos.round(3).tolist()}) == n  # no two nodes on one spot
