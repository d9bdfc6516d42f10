"""The HTML explorer in a real headless Chromium (Debian's, driven by Playwright).

Skipped only when Chromium or Playwright is missing; scripts/setup-browser.sh installs both
(CI runs it).
"""

from __future__ import annotations

import json
import time

import pytest
from graphbuild.exports.html import write_explorer

pytestmark = pytest.mark.slow


def node_screen_position(page, node_id: str) -> tuple[float, float]:
    """Where ``node_id`` is drawn, in page coordinates."""
    xy = page.evaluate(
        """(id) => {
            const net = window.graphExplorer.network;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('network').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node_id,
    )
    return xy[0], xy[1]


def assert_clean(recorder) -> None:
    assert recorder.page_errors == []
    assert recorder.console_errors == []
    assert recorder.network_requests() == []
    assert recorder.dialogs == []
    assert recorder.page.evaluate("window.graphExplorer.errors") == []


def test_loads_offline_without_errors(recorder, graph, tmp_path):
    path = write_explorer(graph, tmp_path / "explorer.html", title="Harbour story")
    recorder.open(path)
    page = recorder.page
    assert_clean(recorder)
    assert recorder.requests == [path.resolve().as_uri()]
    assert page.text_content("#title") == "Harbour story"
    assert page.text_content("#counts").startswith("10 of 10 nodes · 17 of 17 edges")
    legend = page.locator("#legend li").all_text_contents()
    assert "Statement" in legend and "Entity: PERSON" in legend
    assert page.evaluate("window.graphExplorer.network.body.data.nodes.length") == 10
    assert page.evaluate("window.graphExplorer.network.body.data.edges.length") == 17
    assert page.evaluate("window.graphExplorer.timeline.itemsData.length") == 5
    # Physics settles, then stops; the toolbar switches it back on and off.
    physics = "window.graphExplorer.network.physics.options.enabled"
    assert page.evaluate(physics) is False
    page.click("#physics")
    assert page.evaluate(physics) is True and page.get_attribute("#physics", "aria-pressed") == "true"
    page.click("#physics")
    assert page.evaluate(physics) is False
    assert_clean(recorder)


def test_xss_payloads_do_not_execute(recorder, xss_graph, xss_texts, xss_payloads, tmp_path):
    title = "Harbour " + "".join(xss_payloads)
    path = write_explorer(xss_graph, tmp_path / "explorer.html", title=title, texts=xss_texts)
    recorder.open(path)
    page = recorder.page
    # Show every node's and every edge's details, and search with the payload itself.
    for node_id in sorted(xss_graph.nodes):
        page.evaluate("(id) => window.graphExplorer.selectNode(id)", node_id)
    page.fill("#search", "Mayor Lopez</script>")
    page.press("#search", "Enter")
    assert page.text_content("#details h3") == "Maria Lopez"
    page.evaluate("() => window.graphExplorer.selectNode('stmt:s1')")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__alerts") == 0
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 4
    assert page.title() == title
    assert page.text_content("#title") == title
    # The payload is shown, as text.
    assert xss_payloads[0] in page.text_content("#details .statement-text")
    assert_clean(recorder)
    # A javascript: URL is never made a link.
    page.evaluate("() => window.graphExplorer.selectNode('doc:b')")
    assert page.locator("#details a").count() == 0
    assert "javascript:alert(1)" in page.text_content("#details")


def test_search_by_alias_selects_entity(recorder, graph, tmp_path):
    recorder.open(write_explorer(graph, tmp_path / "explorer.html"))
    page = recorder.page
    for query, expected in (
        ("mayor lopez", "ent:lopez"),
        ("MARIA LOPEZ", "ent:lopez"),
        ("the auth", "ent:port"),
    ):
        page.fill("#search", query)
        first = page.locator("#search-results li").first
        assert first.get_attribute("data-node") == expected
        page.press("#search", "Enter")
        assert page.evaluate("window.graphExplorer.network.getSelectedNodes()") == [expected]
        assert page.get_attribute("#details", "data-node") == expected
    # An accented alias is found without its accents.
    page.fill("#search", "Lopez")
    assert "as “María López”" not in page.text_content("#search-results")
    page.fill("#search", "maria lopez")
    assert page.locator("#search-results li").count() == 1
    page.fill("#search", "zzzz-nothing")
    assert page.text_content("#search-results") == "No match"
    assert_clean(recorder)


def test_clicking_statement_shows_every_report(recorder, graph, texts, tmp_path, artifacts):
    recorder.open(write_explorer(graph, tmp_path / "explorer.html", title="Harbour story", texts=texts))
    page = recorder.page
    x, y = node_screen_position(page, "stmt:s1")
    page.mouse.click(x, y)
    assert page.get_attribute("#details", "data-node") == "stmt:s1"
    assert page.text_content("#details h2") == "Reported 2 times by 2 outlets"
    cards = page.locator("#details .report")
    assert cards.count() == 2
    outlets = cards.locator(".outlet").all_text_contents()
    assert sorted(outlets) == ["Daily Planet", "Harbour Ledger"]
    texts = cards.locator("blockquote").all_text_contents()
    assert texts[0] == "“The harbour will reopen in spring,” Lopez said on Saturday."
    assert texts[1] == "Mayor Lopez told a meeting: “The harbour will reopen in spring.”"
    marks = cards.locator("mark").all_text_contents()
    assert marks == ["The harbour will reopen in spring", "The harbour will reopen in spring"]
    # Selecting the statement highlights its items on the timeline.
    selected = page.evaluate("window.graphExplorer.timeline.getSelection()")
    assert {"stmt:s1", "doc:a", "doc:b"} <= set(selected)
    page.screenshot(path=str(artifacts / "explorer.png"))
    # A link in the panel moves to the speaker.
    page.click("#details dd button.link")
    assert page.get_attribute("#details", "data-node") == "ent:lopez"
    assert page.locator("#details h2", has_text="Statements made").count() == 1
    assert_clean(recorder)


def test_filters_by_outlet_kind_and_date(recorder, graph, tmp_path):
    recorder.open(write_explorer(graph, tmp_path / "explorer.html"))
    page = recorder.page
    visible = "window.graphExplorer.visibleIds()"
    page.uncheck("#filter-outlets input[value='Harbour Ledger']")
    shown = page.evaluate(visible)
    assert "doc:b" not in shown and "outlet:ledger" not in shown and "stmt:s2" not in shown
    assert {"doc:a", "stmt:s1", "ent:lopez"} <= set(shown)
    page.check("#filter-outlets input[value='Harbour Ledger']")
    page.uncheck("#filter-kinds input[value='Statement']")
    assert not [i for i in page.evaluate(visible) if i.startswith("stmt:")]
    page.click("#reset-filters")
    assert len(page.evaluate(visible)) == 10
    page.fill("#date-from", "2023-12-03")
    page.fill("#date-to", "2023-12-04")
    page.dispatch_event("#date-to", "change")
    shown = set(page.evaluate(visible))
    # doc:a (Dec 3) stays, with the undated nodes next to it; everything dated elsewhere goes.
    assert {"doc:a", "ent:lopez", "ent:city", "outlet:daily"} <= shown
    assert not shown & {"doc:b", "stmt:s1", "stmt:s2", "evt:e1", "outlet:ledger"}
    assert page.text_content("#counts").startswith(f"{len(shown)} of 10 nodes")
    assert_clean(recorder)


def test_timeline_is_linked_to_graph(recorder, graph, tmp_path):
    recorder.open(write_explorer(graph, tmp_path / "explorer.html"))
    page = recorder.page
    page.locator(".vis-item", has_text="storm damaged the harbour").click()
    assert page.get_attribute("#details", "data-node") == "evt:e1"
    assert page.evaluate("window.graphExplorer.network.getSelectedNodes()") == ["evt:e1"]
    # Zooming the timeline (a user range change) filters the graph to the window shown.
    box = page.locator("#timeline").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] / 2)
    for _ in range(8):
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(60)
    recorder.wait_until("document.getElementById('date-from').value !== ''")
    page.wait_for_timeout(300)
    shown = page.evaluate("window.graphExplorer.visibleIds()")
    assert len(shown) < 10
    assert_clean(recorder)


def test_large_graph_time_to_interactive(recorder, large_graph, tmp_path, artifacts):
    started = time.perf_counter()
    path = write_explorer(large_graph, tmp_path / "explorer.html")
    written = time.perf_counter() - started
    recorder.open(path, timeout=60_000)
    page = recorder.page
    ready_ms = page.evaluate("window.graphExplorer.readyAt")
    layout = page.evaluate("window.graphExplorer.data.layout")
    assert layout == "precomputed"
    assert page.evaluate("window.graphExplorer.network.physics.options.enabled") is False
    # Interactive: a search answers and selects.
    speaker, said = next((u, v) for u, v, k in large_graph.edges(keys=True) if k == "SAID")
    page.fill("#search", large_graph.nodes[speaker]["name"])
    page.press("#search", "Enter")
    assert page.evaluate("window.graphExplorer.network.getSelectedNodes()") == [speaker]
    # The timeline shows periods (one item per kind and period), linked to the graph both ways.
    items = page.evaluate("window.graphExplorer.timeline.itemsData.length")
    assert 3 <= items <= 3 * 80
    period = page.evaluate("(id) => window.graphExplorer.timelineItemOf(id)", said)
    assert period.startswith("period:Statement:")
    assert period in page.evaluate("window.graphExplorer.timeline.getSelection()")
    page.screenshot(path=str(artifacts / "explorer-5k.png"))
    report = {
        "nodes": large_graph.number_of_nodes(),
        "edges": large_graph.number_of_edges(),
        "write_seconds": round(written, 2),
        "time_to_interactive_ms": round(ready_ms),
        "html_bytes": path.stat().st_size,
    }
    (artifacts / "explorer-5k.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    assert ready_ms < 20_000, report
    assert_clean(recorder)


def test_empty_and_undated_graphs_load(recorder, tmp_path):
    import networkx as nx

    g = nx.MultiDiGraph()
    recorder.open(write_explorer(g, tmp_path / "empty.html"))
    assert recorder.page.text_content("#counts").startswith("0 of 0 nodes")
    assert "No dated documents" in recorder.page.text_content("#timeline-pane")
    g.add_node("ent:x", kind="Entity", name="Solo", type="PERSON", aliases=["Solo"], mentions=1)
    recorder.open(write_explorer(g, tmp_path / "undated.html"))
    recorder.page.fill("#search", "solo")
    recorder.page.press("#search", "Enter")
    assert recorder.page.text_content("#details h3") == "Solo"
    assert_clean(recorder)


def test_seeds_explorer_finds_the_general_by_a_variant_spelling(recorder, seeds_build, tmp_path):
    """On the real seeds graph: 'Zalozhny' (one outlet's spelling) finds the general's single node,
    and a statement carried by two outlets shows both outlets' sentences."""
    graph = seeds_build.graph
    recorder.open(write_explorer(graph, tmp_path / "seeds.html"))
    page = recorder.page
    general = next(
        n for n, a in graph.nodes(data=True) if a["kind"] == "Entity" and "Zalozhny" in str(a["aliases"])
    )
    page.fill("#search", "Zalozhny")
    assert page.locator("#search-results li").first.get_attribute("data-node") == general
    page.press("#search", "Enter")
    assert page.get_attribute("#details", "data-node") == general
    assert "Zaluzhny" in page.text_content("#details")

    multi = next(
        n
        for n, a in graph.nodes(data=True)
        if a["kind"] == "Statement"
        and len({u for u, _, d in graph.in_edges(n, data=True) if d["kind"] == "REPORTS"}) >= 2
    )
    # freeze the layout so the node stays where it is measured
    page.evaluate("window.graphExplorer.network.setOptions({physics: false})")
    page.evaluate("(id) => window.graphExplorer.network.focus(id, {scale: 1.5})", multi)
    page.wait_for_timeout(300)
    x, y = node_screen_position(page, multi)
    page.mouse.click(x, y)
    assert page.get_attribute("#details", "data-node") == multi
    assert page.locator("#details .report").count() >= 2
    details = page.text_content("#details")
    outlets = {
        graph.nodes[u]["outlet"] for u, _, d in graph.in_edges(multi, data=True) if d["kind"] == "REPORTS"
    }
    for outlet in outlets:
        assert outlet in details
    assert_clean(recorder)
