"""Report features computed in the per-document stage: stored, read back, and never stale."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild import crossdoc_features
from graphbuild.cache import AnalysisCache
from graphbuild.entities_recall import NAME_RUNS
from graphbuild.nlp import model_version
from graphbuild.pipeline import (
    REPORT_FEATURES,
    analyse_documents,
    assemble_graph,
    ingest_inputs,
    precomputed_report_features,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

TEXTS = [
    "that despite “unprecedented” support from the West, Kiev’s forces had failed to move the front line",
    "We will not send 3,000 troops to the region before March, the minister told reporters.",
    "Russian industry was allegedly put into military mode",
    "",
    "No one said that 125 thousand people died; nobody could know.",
]


def test_stored_features_equal_what_merging_would_compute() -> None:
    decoded = crossdoc_features.decode(crossdoc_features.encode(TEXTS), TEXTS)
    assert set(decoded) == set(TEXTS)
    for text in TEXTS:
        assert decoded[text] == crossdoc_features.report_text(text)
        assert decoded[text].features.key == crossdoc_features.report_text(text).features.key


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=4))
def test_round_trip_on_any_text(texts: list[str]) -> None:
    decoded = crossdoc_features.decode(crossdoc_features.encode(texts), texts)
    assert decoded == {t: crossdoc_features.report_text(t) for t in texts}


def test_features_stored_by_other_code_are_not_used() -> None:
    data = crossdoc_features.encode(TEXTS)
    assert crossdoc_features.decode({**data, "version": "other code"}, TEXTS) == {}
    assert crossdoc_features.decode(data, TEXTS[:2]) == {}  # not the texts they were computed for
    assert crossdoc_features.decode({"version": data["version"], "reports": [[1]] * 5}, TEXTS) == {}
    assert crossdoc_features.decode(None, TEXTS) == {}


def test_features_travel_through_the_cache_and_give_the_same_graph(nlp: Any, tmp_path: Path) -> None:
    timings: dict[str, float] = {}
    documents = ingest_inputs([SEEDS], cache_dir=None, timings=timings).documents
    cache = AnalysisCache(tmp_path, model_version(nlp))
    fresh = list(analyse_documents(documents, nlp, cache=cache, n_process=1))
    cached = list(analyse_documents(documents, nlp, cache=cache, n_process=1))
    assert cache.hits == len(documents)
    texts = {att.content_text for a in fresh for att in a.attributions}
    assert texts and set(precomputed_report_features(cached)) == texts  # every report's features stored
    # what the global step can compute again; the names each document writes untagged need its parse
    stripped = [dataclasses.replace(a, extra={NAME_RUNS: a.extra[NAME_RUNS]}) for a in cached]
    assert precomputed_report_features(stripped) == {}
    # merging from stored features and computing them on the spot give the same graph
    from graphbuild.graph import to_json_bytes

    assert to_json_bytes(assemble_graph(cached)) == to_json_bytes(assemble_graph(stripped))
    assert all(REPORT_FEATURES in a.extra for a in cached)
