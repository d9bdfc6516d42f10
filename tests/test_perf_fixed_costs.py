"""The fixed costs of a build (issue #9): each shortcut gives exactly what the plain code gives.

No spaCy model is loaded here: the shortcuts are checked on small hand-built inputs against
reference implementations written out in the tests.
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from graphbuild.exports.html import render_explorer, write_explorer
from graphbuild.exports.html_data import build_payload, script_safe_json, script_safe_json_bytes
from graphbuild.exports.html_layout import _bfs_order, force_layout
from helpers import reference_bfs_order
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild._io import gc_paused, survivors_frozen
from graphbuild.model import Attribution, Document, DocumentAnalysis, Mention, TimeSpan, Timex
from graphbuild.serialize import SerializationError, analysis_from_json, analysis_to_json

REPO = Path(__file__).resolve().parents[1]


# -- cache decoding -------------------------------------------------------------------------


def _analysis() -> DocumentAnalysis:
    span = TimeSpan(text="Monday", value="2023-12-04", start=date(2023, 12, 4), end=date(2023, 12, 4))
    doc = Document(
        id="doc:1", text="Ada said on Monday that rates rise.", title="T", path="a.txt", published=span
    )
    return DocumentAnalysis(
        document=doc,
        mentions=(Mention("doc:1", 0, 3, "Ada", "PERSON"),),
        timexes=(Timex(12, 18, "Monday", "DATE", "2023-12-04", interval=(date(2023, 12, 4), None)),),
        attributions=(
            Attribution("doc:1", (24, 34), "rates rise", "indirect", cue=(4, 8), cue_lemma="say", said=span),
        ),
        events=(),
        extra={"k": [1, 2]},
    )


def test_decoding_round_trips_exactly() -> None:
    a = _analysis()
    back = analysis_from_json(json.loads(json.dumps(analysis_to_json(a))))
    assert back == a and back.extra == a.extra
    assert type(back.attributions[0].content) is tuple and back.timexes[0].interval[1] is None


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("attributions", 0, "content"), [1, True]),  # a bool is not an offset
        (("attributions", 0, "content"), [1, 2, 3]),
        (("attributions", 0, "content"), "1-2"),
        (("attributions", 0, "cue"), [1.5, 2]),
        (("attributions", 0, "cue_lemma"), 3),  # optional str
        (("mentions", 0), ["doc:1", 0, 3, "Ada", "PERSON"]),  # a dataclass must be an object
        (("mentions", 0, "start"), "0"),
        (("document", "published", "start"), "not a date"),
        # what the per-dataclass decoder takes as it is must still be of the declared type
        (("document", "title"), None),  # None only where the type says so
        (("document", "outlet"), 3),
        (("mentions", 0, "start"), True),
        (("mentions", 0, "end"), 3.0),
        (("timexes", 0, "interval"), ["2023-12-04"]),
    ],
)
def test_decoding_still_rejects_bad_data(path: tuple[Any, ...], bad: Any) -> None:
    data = json.loads(json.dumps(analysis_to_json(_analysis())))
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = bad
    with pytest.raises(SerializationError):
        analysis_from_json(data)


def test_a_missing_field_takes_its_default_and_a_subclass_its_tag() -> None:
    from graphbuild.entities_extract import TitledMention

    a = _analysis()
    titled = TitledMention("doc:1", 0, 3, "Ada", "PERSON", title="Dr", title_span=(0, 2))
    a = DocumentAnalysis(a.document, (titled, *a.mentions), a.timexes, a.attributions, a.events, a.extra)
    data = json.loads(json.dumps(analysis_to_json(a)))
    for key in ("mod", "granularity", "rule", "anchor"):  # every field with a default, left out
        del data["timexes"][0][key]
    del data["document"]["boilerplate"]
    back = analysis_from_json(data)
    assert back == a and type(back.mentions[0]) is TitledMention and back.mentions[0].title_span == (0, 2)
    assert type(back.mentions[1]) is Mention
    del data["mentions"][1]["label"]  # a field without a default is an error, not a crash
    with pytest.raises(SerializationError):
        analysis_from_json(data)


_texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
_maybe_date = st.none() | st.dates()
_spans = st.builds(
    TimeSpan,
    text=_texts,
    value=_texts,
    type=st.sampled_from(["DATE", "DURATION"]),
    start=_maybe_date,
    end=_maybe_date,
    granularity=st.none() | _texts,
    anchor=_maybe_date,
)
_documents = st.builds(
    Document,
    id=_texts,
    text=_texts,
    title=_texts,
    path=_texts,
    outlet=st.none() | _texts,
    published=st.none() | _spans,
    boilerplate=st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99)), max_size=3).map(tuple),
)


@settings(max_examples=60, deadline=None)
@given(
    _documents,
    st.lists(
        st.builds(Mention, _texts, st.integers(0, 2**40), st.integers(-5, 5), _texts, _texts), max_size=4
    ),
    st.lists(
        st.builds(
            Timex,
            st.integers(0, 9),
            st.integers(0, 9),
            _texts,
            _texts,
            _texts,
            mod=st.none() | _texts,
            interval=st.tuples(_maybe_date, _maybe_date),
        ),
        max_size=3,
    ),
)
def test_decoding_round_trips_any_analysis(
    document: Document, mentions: list[Mention], timexes: list[Timex]
) -> None:
    from graphbuild import _json

    a = DocumentAnalysis(document, tuple(mentions), tuple(timexes), (), (), {"x": [1, "y", None]})
    back = analysis_from_json(_json.loads(_json.dumps(analysis_to_json(a))))
    assert back == a and back.extra == a.extra
    assert all(type(t.interval) is tuple for t in back.timexes)
    assert back.document.published is None or type(back.document.published) is TimeSpan


def _reference_document_key(document: Document, model: str) -> str:
    import dataclasses

    from graphbuild.model import PIPELINE_VERSION, content_hash
    from graphbuild.serialize import FORMAT_VERSION, to_jsonable

    fields = to_jsonable(dataclasses.replace(document, path=""))
    body = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return content_hash(body, PIPELINE_VERSION, model, str(FORMAT_VERSION), length=40)


@settings(max_examples=80, deadline=None)
@given(_documents, st.sampled_from(["en_core_web_sm-3.8.0", "modèle-1"]))
def test_document_key_is_the_json_dumps_key(document: Document, model: str) -> None:
    from graphbuild.cache import document_key

    assert document_key(document, model) == _reference_document_key(document, model)


def test_document_key_of_text_orjson_refuses_is_still_the_reference_one() -> None:
    from graphbuild.cache import document_key

    doc = _analysis().document
    odd = Document(id="doc:2", text='control \x00\x1f\x7f \u2028 \U0001f600 \\ "', title="t", path="p")
    assert document_key(odd, "m") == _reference_document_key(odd, "m") != document_key(doc, "m")
    lone = Document(id="doc:3", text="half a pair \ud800", title="t", path="p")  # orjson refuses it
    with pytest.raises(UnicodeEncodeError):
        _reference_document_key(lone, "m")
    with pytest.raises(UnicodeEncodeError):
        document_key(lone, "m")


# -- the GC pause ----------------------------------------------------------------------------


def test_survivors_are_frozen_only_inside_the_block() -> None:
    gc.unfreeze()
    try:
        with gc_paused():
            kept = [[i] for i in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() == 0
        with survivors_frozen():
            with gc_paused():
                assert not gc.isenabled()
                kept2 = [[i] for i in range(1000)]
            assert gc.isenabled() and gc.get_freeze_count() >= 2000
            with gc_paused():
                kept3 = [[i] for i in range(10)]
        assert gc.get_freeze_count() == 0  # unfrozen when the block ends
        with gc_paused():
            kept4 = [[i] for i in range(10)]
        assert gc.get_freeze_count() == 0  # and the switch is off again
        gc.freeze()  # a freeze made before the block is not undone by it
        frozen = gc.get_freeze_count()
        with survivors_frozen(), gc_paused():
            kept5 = [[i] for i in range(10)]
        assert gc.get_freeze_count() >= frozen > 0
        assert len(kept) + len(kept2) + len(kept3) + len(kept4) + len(kept5) == 2030
    finally:
        gc.unfreeze()


# -- the explorer -----------------------------------------------------------------------------


def _graph(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.graph["name"] = "t"
    g.add_node("outlet:x", kind="Outlet", name="X & <Y>")
    for i in range(n):
        d = f"doc:{i:03d}"
        g.add_node(d, kind="Document", title=f"Story {i} \u2028 </script>", outlet="X", published=None)
        g.add_edge(d, "outlet:x", key="PUBLISHED_BY", kind="PUBLISHED_BY")
        e = f"ent:{i % 7}"
        g.add_node(e, kind="Entity", name=f"Name {i % 7}", type="PERSON", aliases=[], mentions=1)
        g.add_edge(d, e, key="MENTIONS", kind="MENTIONS", spans=[[0, 1]], count=1)
    g.add_edge("ent:1", "ent:1", key="SELF", kind="ODD")  # a self-loop counts twice in a degree
    return g


def _reference_positions(payload: dict[str, Any]) -> list[tuple[float, float]]:
    """The layout of a payload's nodes, as the page should carry it."""
    index = {node["id"]: i for i, node in enumerate(payload["nodes"])}
    pairs = [(index[e["from"]], index[e["to"]]) for e in payload["edges"]]
    return [(round(x, 1), round(y, 1)) for x, y in force_layout(len(index), pairs).tolist()]


def _embedded(page: str) -> dict[str, Any]:
    m = re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', page, re.DOTALL)
    assert m is not None
    return json.loads(m.group(1))


def test_byte_rendering_matches_the_text_page_and_the_layout(tmp_path: Path) -> None:
    g = _graph(30)
    page = render_explorer(g, physics_node_limit=5)
    data = _embedded(page)
    reference = build_payload(g, title="graphbuild")
    assert data["layout"] == "precomputed"
    assert [(n["x"], n["y"]) for n in data["nodes"]] == _reference_positions(reference)
    for node, ref in zip(data["nodes"], reference["nodes"], strict=True):
        assert {k: v for k, v in node.items() if k not in ("x", "y")} == json.loads(json.dumps(ref))
    out = write_explorer(g, tmp_path / "explorer.html", physics_node_limit=5)
    assert out.read_bytes() == page.encode("utf-8")
    block = page.split('type="application/json"', 1)[1].split("</script>", 1)[0]
    assert "\u2028" not in page and "<" not in block.split(">", 1)[1] and "Story 0" in block


def test_outlet_size_uses_networkx_degree() -> None:
    g = _graph(12)
    sizes = {n["id"]: n["size"] for n in build_payload(g, title="t")["nodes"]}
    assert sizes["outlet:x"] == round(12 + 2 * g.degree("outlet:x") ** 0.5, 2)
    assert g.degree("ent:1") == 2 * 1 + 2  # two documents mention it, plus the self-loop


@given(st.text(alphabet=st.sampled_from(["a", "<", ">", "&", "\u2028", "\u2029", "é", "/", '"'])))
def test_script_safe_json_bytes_match_the_regex_escape(text: str) -> None:
    escapes = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
    plain = json.dumps({"t": text}, ensure_ascii=False, separators=(",", ":"))
    expected = re.sub("[<>&\u2028\u2029]", lambda m: escapes[m.group(0)], plain)
    assert script_safe_json({"t": text}) == expected
    assert script_safe_json_bytes({"t": text}) == expected.encode("utf-8")


@settings(max_examples=60)
@given(
    st.integers(min_value=1, max_value=25).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=60),
        )
    )
)
def test_bfs_order_matches_the_reference(case: tuple[int, list[tuple[int, int]]]) -> None:
    n, edges = case
    assert _bfs_order(n, edges) == reference_bfs_order(n, edges)


# -- start-up and exit -------------------------------------------------------------------------


def test_exit_now_flushes_runs_exit_handlers_and_keeps_the_code() -> None:
    code = (
        "import atexit, sys\n"
        "from graphbuild.cli import _exit_now\n"
        "atexit.register(lambda: sys.stdout.write('handler ran'))\n"
        "sys.stdout.write('buffered; ')\n"
        "sys.stderr.write('to stderr')\n"
        "_exit_now(3)\n"
        "print('never')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )
    assert (done.returncode, done.stdout, done.stderr) == (3, "buffered; handler ran", "to stderr")


def test_main_raises_system_exit_unless_a_build_wrote_its_outputs(monkeypatch: pytest.MonkeyPatch) -> None:
    from graphbuild import cli

    exits: list[int] = []
    monkeypatch.setattr(cli, "_exit_now", exits.append)
    monkeypatch.setattr(sys, "argv", ["graphbuild", "--help"])
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert info.value.code == 0 and exits == []
    monkeypatch.setattr(cli, "_outputs_written", True)  # a build from an earlier call
    with pytest.raises(SystemExit):
        cli.main()  # ... does not count for this one
    assert exits == []

    def built(*args: Any) -> None:  # a build that wrote its outputs, then exits 3 (warnings)
        cli._outputs_written = True
        sys.exit(3)

    monkeypatch.setattr(cli, "_main", built)
    with pytest.raises(SystemExit):
        cli.main(["build"])  # called from Python with arguments: never ends the process
    assert exits == []
    with pytest.raises(SystemExit):  # the patched _exit_now returns; the real one never does
        cli.main()
    assert exits == [3]
    monkeypatch.setattr(cli, "_observed", lambda: True)  # under cProfile or coverage: a normal exit
    with pytest.raises(SystemExit):
        cli.main()
    assert exits == [3]


def test_a_profiler_is_noticed() -> None:
    import cProfile

    from graphbuild.cli import _observed

    tracing = sys.gettrace() is not None  # e.g. the suite runs under coverage
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        watched = _observed()
    finally:
        profiler.disable()
    assert watched and (tracing or not _observed())


def test_build_command_imports_spacy_without_torch_and_leaves_torch_importable() -> None:
    code = (
        "import sys\n"
        "from graphbuild import nlp\n"
        "nlp.import_spacy_without_torch()\n"
        "import thinc.compat\n"
        "assert 'spacy' in sys.modules and 'torch' not in sys.modules, sorted(sys.modules)[:5]\n"
        "assert not thinc.compat.has_torch  # torch itself stays importable\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


# -- reading the cache (the faster decoder behind it) ------------------------------------------------------------------------


def test_get_many_keeps_order_and_a_bad_entry_is_a_miss(tmp_path: Path) -> None:
    import dataclasses

    from graphbuild.cache import AnalysisCache, document_key

    cache = AnalysisCache(tmp_path, "model-1")
    base = _analysis()
    analyses = []
    for i in range(30):
        doc = dataclasses.replace(base.document, id=f"doc:{i}", text=f"Story {i}: {base.document.text}")
        analyses.append(dataclasses.replace(base, document=doc))
        cache.put(analyses[-1])
    corrupt, missing, other = 3, 25, 7
    cache._path(document_key(analyses[corrupt].document, "model-1")).write_bytes(b"\x1f\x8b not gzip")
    cache._path(document_key(analyses[missing].document, "model-1")).unlink()
    # and a document never cached (another id) is a miss
    stranger = dataclasses.replace(analyses[other].document, id="doc:stranger")
    documents = [a.document for a in analyses] + [stranger]
    found = cache.get_many(documents)
    assert sorted(found) == [i for i in range(len(analyses)) if i not in (corrupt, missing)]
    assert all(found[i] == analyses[i] and found[i].document is documents[i] for i in found)
    assert (cache.hits, cache.misses) == (len(analyses) - 2, 3)
    assert cache.get(documents[0]) == analyses[0] and cache.get(documents[corrupt]) is None
