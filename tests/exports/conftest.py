"""Fixtures for the HTML explorer tests: hand-made graphs following the schema, and a browser."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

XSS_SCRIPT = "</script><script>alert(1);window.__pwned=1</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_PAYLOADS = (XSS_SCRIPT, XSS_IMG)

CHROMIUM = os.environ.get("GRAPHBUILD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def timespan(
    day: str | None, text: str | None = None, *, end: str | None = None, granularity: str = "day"
) -> dict:
    """A TimeSpan dict as graph attributes carry it."""
    return {
        "text": text or day or "",
        "value": day or "",
        "type": "DATE",
        "start": day,
        "end": end or day,
        "granularity": granularity,
        "mod": None,
        "anchor": None,
        "rule": "test",
    }


def make_texts(payload: str = "") -> dict[str, str]:
    """The document texts of :func:`make_graph` (document id -> text)."""
    p = payload
    return {
        "doc:a": f"EASTPORT. “The harbour will reopen in spring{p},” Lopez said on Saturday. Boats wait.",
        "doc:b": (
            f"Council news. Mayor Lopez told a meeting: “The harbour will reopen in spring{p}.” "
            "The Port Authority warned that repairs would take a year."
        ),
    }


def make_graph(payload: str = "") -> nx.MultiDiGraph:
    """A small graph with every node and edge kind; ``payload`` is planted in every text field.

    stmt:s1 (Maria Lopez on the harbour) is reported by two documents of two outlets.
    """
    p = payload
    g = nx.MultiDiGraph(name="graphbuild", schema_version=1, pipeline_version="1", model="test")
    g.add_node("outlet:daily", kind="Outlet", name="Daily Planet" + p)
    g.add_node("outlet:ledger", kind="Outlet", name="Harbour Ledger")
    g.add_node(
        "doc:a",
        kind="Document",
        title="Harbour to reopen" + p,
        outlet="Daily Planet" + p,
        url="https://example.org/a",
        path="a.txt",
        published=timespan("2023-12-03"),
        published_source="metadata",
        chars=1200,
    )
    g.add_node(
        "doc:b",
        kind="Document",
        title="Mayor promises reopening",
        outlet="Harbour Ledger",
        url="javascript:alert(1)",
        path="b.txt",
        published=timespan("2023-12-05"),
        published_source="inferred",
        chars=900,
    )
    g.add_node(
        "ent:lopez",
        kind="Entity",
        name="Maria Lopez",
        type="PERSON",
        aliases=["Maria Lopez", "Lopez", "Mayor Lopez" + p, "María López"],
        mentions=5,
        documents=["doc:a", "doc:b"],
        outlets={"Daily Planet" + p: 3, "Harbour Ledger": 2},
        titles=["mayor"],
    )
    g.add_node(
        "ent:port",
        kind="Entity",
        name="Port Authority",
        type="ORG",
        aliases=["Port Authority", "the authority"],
        mentions=3,
        documents=["doc:a", "doc:b"],
        outlets={"Daily Planet" + p: 1, "Harbour Ledger": 2},
        titles=[],
    )
    g.add_node(
        "ent:city",
        kind="Entity",
        name="Eastport",
        type="GPE",
        aliases=["Eastport"],
        mentions=2,
        documents=["doc:a"],
        outlets={"Daily Planet" + p: 2},
        titles=[],
    )
    g.add_node(
        "stmt:s1",
        kind="Statement",
        speaker="ent:lopez",
        speaker_name="Maria Lopez",
        text="The harbour will reopen in spring" + p,
        mode="direct",
        cue="say",
        said=timespan("2023-12-02", "Saturday"),
        addressee=None,
        reports=2,
    )
    g.add_node(
        "stmt:s2",
        kind="Statement",
        speaker="ent:port",
        speaker_name="Port Authority",
        text="repairs would take a year",
        mode="indirect",
        cue="warn",
        said=None,
        addressee="reporters",
        reports=1,
    )
    g.add_node(
        "evt:e1",
        kind="Event",
        text="storm damaged the harbour" + p,
        predicate="damage",
        when=timespan("2023-11-20"),
    )
    g.add_edge("doc:a", "outlet:daily", key="PUBLISHED_BY", kind="PUBLISHED_BY")
    g.add_edge("doc:b", "outlet:ledger", key="PUBLISHED_BY", kind="PUBLISHED_BY")
    for doc, ent, count in (
        ("doc:a", "ent:lopez", 3),
        ("doc:b", "ent:lopez", 2),
        ("doc:a", "ent:port", 1),
        ("doc:b", "ent:port", 2),
        ("doc:a", "ent:city", 2),
    ):
        g.add_edge(doc, ent, key="MENTIONS", kind="MENTIONS", spans=[[0, 5]] * count, count=count)
    g.add_edge("ent:lopez", "stmt:s1", key="SAID", kind="SAID")
    g.add_edge("ent:port", "stmt:s2", key="SAID", kind="SAID")
    texts = make_texts(p)

    def report(doc: str, stmt: str, content: str, sentence: str, **attrs: Any) -> None:
        # Offsets as the pipeline records them: content and sentence spans in the document text.
        s0 = texts[doc].index(sentence)
        c0 = texts[doc].index(content, s0)
        g.add_edge(
            doc,
            stmt,
            key=f"REPORTS:{c0}-{c0 + len(content)}",
            kind="REPORTS",
            start=c0,
            end=c0 + len(content),
            text=content,
            sentence=[s0, s0 + len(sentence)],
            **attrs,
        )

    content = f"The harbour will reopen in spring{p}"
    # doc:a's report carries its sentence's text; doc:b's only its offsets (texts needed).
    sentence_a = f"“{content},” Lopez said on Saturday."
    report(
        "doc:a",
        "stmt:s1",
        content,
        sentence_a,
        sentence_text=sentence_a,
        cue="say",
        mode="direct",
        said=timespan("2023-12-02", "Saturday"),
        source_text="Lopez",
        cue_text="said",
    )
    report(
        "doc:b",
        "stmt:s1",
        content,
        f"Mayor Lopez told a meeting: “{content}.”",
        cue="tell",
        mode="direct",
        said=None,
        source_text="Mayor Lopez",
        cue_text="told",
    )
    report(
        "doc:b",
        "stmt:s2",
        "repairs would take a year",
        "The Port Authority warned that repairs would take a year.",
        cue="warn",
        mode="indirect",
        said=None,
        source_text="The Port Authority",
        cue_text="warned",
    )
    g.add_edge("stmt:s1", "ent:city", key="ABOUT", kind="ABOUT")
    g.add_edge("stmt:s2", "ent:city", key="ABOUT", kind="ABOUT")
    g.add_edge(
        "doc:a",
        "evt:e1",
        key="DESCRIBES:500-540",
        kind="DESCRIBES",
        start=500,
        end=540,
        text="A storm damaged the harbour" + p,
    )
    g.add_edge("evt:e1", "ent:city", key="INVOLVES", kind="INVOLVES", role="location")
    g.add_edge(
        "stmt:s1",
        "stmt:s2",
        key="CONFLICTS_WITH",
        kind="CONFLICTS_WITH",
        reason="timing",
        values=["spring", "a year"],
    )
    return g


def make_large_graph(n_nodes: int = 5000, *, seed: int = 1) -> nx.MultiDiGraph:
    """A synthetic graph of about ``n_nodes`` nodes with the schema's kinds and a news-like shape."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(name="graphbuild", schema_version=1)
    n_outlets, n_docs = 20, n_nodes // 10
    n_entities = n_nodes * 4 // 10
    n_statements = n_nodes * 3 // 10
    n_events = n_nodes - n_outlets - n_docs - n_entities - n_statements
    for o in range(n_outlets):
        g.add_node(f"outlet:{o}", kind="Outlet", name=f"Outlet {o}")
    for d in range(n_docs):
        day = f"2023-{1 + d % 12:02d}-{1 + d % 28:02d}"
        g.add_node(
            f"doc:{d}",
            kind="Document",
            title=f"Article {d}",
            outlet=f"Outlet {d % n_outlets}",
            published=timespan(day),
            chars=3000,
        )
        g.add_edge(f"doc:{d}", f"outlet:{d % n_outlets}", key="PUBLISHED_BY", kind="PUBLISHED_BY")
    types = ("PERSON", "ORG", "GPE", "NORP", "LOC")
    for e in range(n_entities):
        g.add_node(
            f"ent:{e}",
            kind="Entity",
            name=f"Entity {e}",
            type=types[e % len(types)],
            aliases=[f"Entity {e}", f"E{e}"],
            mentions=1 + e % 7,
        )
    for s in range(n_statements):
        speaker = f"ent:{rng.randrange(n_entities)}"
        g.add_node(
            f"stmt:{s}",
            kind="Statement",
            speaker=speaker,
            speaker_name="x",
            text=f"statement {s}",
            mode="direct",
            cue="say",
            said=None,
            reports=1,
        )
        g.add_edge(speaker, f"stmt:{s}", key="SAID", kind="SAID")
        doc = f"doc:{rng.randrange(n_docs)}"
        g.add_edge(
            doc,
            f"stmt:{s}",
            key="REPORTS:0-10",
            kind="REPORTS",
            start=0,
            end=10,
            text=f"“statement {s}”",
            cue="say",
            mode="direct",
            said=None,
        )
        g.add_edge(f"stmt:{s}", f"ent:{rng.randrange(n_entities)}", key="ABOUT", kind="ABOUT")
    for v in range(n_events):
        g.add_node(f"evt:{v}", kind="Event", text=f"event {v}", predicate="do", when=None)
        g.add_edge(
            f"doc:{rng.randrange(n_docs)}",
            f"evt:{v}",
            key="DESCRIBES:0-5",
            kind="DESCRIBES",
            start=0,
            end=5,
            text="event",
        )
        g.add_edge(
            f"evt:{v}", f"ent:{rng.randrange(n_entities)}", key="INVOLVES", kind="INVOLVES", role="agent"
        )
    for e in range(n_entities):
        g.add_edge(f"doc:{rng.randrange(n_docs)}", f"ent:{e}", key="MENTIONS", kind="MENTIONS", count=1)
    return g


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return make_graph()


@pytest.fixture
def texts() -> dict[str, str]:
    return make_texts()


@pytest.fixture
def xss_graph() -> nx.MultiDiGraph:
    return make_graph(XSS_SCRIPT + XSS_IMG)


@pytest.fixture
def xss_texts() -> dict[str, str]:
    return make_texts(XSS_SCRIPT + XSS_IMG)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Chromium (Debian's, via Playwright's driver).

    Skips when it is not installed, except under CI (``CI`` set) or with
    ``GRAPHBUILD_REQUIRE_BROWSER=1``, where a missing browser is a failure: the
    test command installs it, so its absence means the setup is broken.
    """
    required = bool(os.environ.get("CI")) or os.environ.get("GRAPHBUILD_REQUIRE_BROWSER") == "1"
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}: run scripts/setup-browser.sh (the test command does)"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright for Python is not installed: run scripts/setup-browser.sh"
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class PageRecorder:
    """A browser page that records console errors, page errors, dialogs and every request."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        self.page.on("dialog", self._on_dialog)
        self.context.on("request", lambda r: self.requests.append(r.url))
        # Anything leaving file:// is blocked, so a leak shows up as a failed request, not a hang.
        self.context.route(
            lambda url: not url.startswith(("file:", "data:", "blob:")), lambda route: route.abort()
        )
        self.page.add_init_script(
            "window.__alerts = 0; window.alert = function () { window.__alerts += 1; };"
        )

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path, *, timeout: float = 30_000) -> None:
        self.page.goto(path.resolve().as_uri())
        self.wait_until("window.graphExplorer && window.graphExplorer.ready === true", timeout=timeout)

    def wait_until(self, expression: str, *, timeout: float = 10_000) -> None:
        """Poll ``expression`` from outside the page (the page's CSP forbids Playwright's eval-based waits)."""
        deadline = time.monotonic() + timeout / 1000
        while not self.page.evaluate(f"() => Boolean({expression})"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out after {timeout} ms waiting for {expression}")
            self.page.wait_for_timeout(50)

    def network_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "blob:"))]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def recorder(browser: Any) -> Iterator[PageRecorder]:
    rec = PageRecorder(browser)
    try:
        yield rec
    finally:
        rec.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def xss_payloads() -> tuple[str, ...]:
    return XSS_PAYLOADS


@pytest.fixture(scope="session")
def large_graph() -> nx.MultiDiGraph:
    return make_large_graph(5000)
