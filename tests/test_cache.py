"""The per-document analysis cache: JSON round-trip, no NLP on a second build, identical output."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path
from typing import Any

import pytest

from graphbuild.cache import AnalysisCache, document_key
from graphbuild.graph import to_json
from graphbuild.model import DocumentAnalysis
from graphbuild.pipeline import analyse_documents, build_paths
from graphbuild.serialize import SerializationError, analysis_from_json, analysis_to_json

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class NoNLP:
    """A stand-in pipeline with the real one's metadata whose ``pipe`` must never run."""

    def __init__(self, meta: dict[str, Any]) -> None:
        self.meta = meta

    def pipe(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("nlp.pipe was called although every document is cached")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("nlp was called although every document is cached")


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("seeds")
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, d / p.name)
    return d


@pytest.fixture(scope="module")
def cached_build(nlp: Any, seeds_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path]:
    cache_dir = tmp_path_factory.mktemp("cache")
    return build_paths([seeds_copy], nlp=nlp, cache_dir=cache_dir), cache_dir


def test_analysis_json_round_trip_is_exact(nlp: Any, cached_build: tuple[Any, Path]) -> None:
    result, _ = cached_build
    analyses = list(analyse_documents(result.documents, nlp))
    assert any(a.attributions for a in analyses) and any(a.timexes for a in analyses)
    for a in analyses:
        back = analysis_from_json(analysis_to_json(a))
        assert back == a
        assert isinstance(back.mentions, tuple) and isinstance(back.document.boilerplate, tuple)


def test_bad_json_is_rejected() -> None:
    with pytest.raises(SerializationError):
        analysis_from_json({"document": {"id": 3}})
    with pytest.raises(SerializationError):
        analysis_from_json([])
    with pytest.raises(SerializationError, match="refusing"):
        analysis_from_json({"@type": "os:system"})


def test_second_build_does_no_nlp_and_is_byte_identical(
    nlp: Any, seeds_copy: Path, cached_build: Any
) -> None:
    first, cache_dir = cached_build
    entries = list(cache_dir.glob("??/*.json.gz"))  # the analyses (ingest/ and the gazetteer aside)
    assert len(entries) == len(first.documents) > 0
    second = build_paths([seeds_copy], nlp=NoNLP(nlp.meta), cache_dir=cache_dir)  # type: ignore[arg-type]
    assert to_json(second.graph) == to_json(first.graph)


def test_cache_key_depends_on_content_and_model(cached_build: Any) -> None:
    result, _ = cached_build
    doc = result.documents[0]
    assert document_key(doc, "m1") == document_key(doc, "m1")
    assert document_key(doc, "m1") != document_key(doc, "m2")
    from dataclasses import replace

    assert document_key(doc, "m1") == document_key(replace(doc, path="/elsewhere.txt"), "m1")
    assert document_key(doc, "m1") != document_key(replace(doc, title=doc.title + "!"), "m1")


def test_corrupt_entry_is_a_miss_and_gets_reanalysed(nlp: Any, cached_build: Any, tmp_path: Path) -> None:
    result, _ = cached_build
    cache = AnalysisCache(tmp_path, "x")
    doc = result.documents[0]
    analysis = DocumentAnalysis(doc, (), (), (), ())
    path = cache.put(analysis)
    assert cache.get(doc) == analysis and cache.hits == 1
    path.write_bytes(gzip.compress(b"{not json"))
    assert cache.get(doc) is None and cache.misses == 1
    path.write_bytes(b"garbage")
    assert cache.get(doc) is None


def test_stored_but_unreadable_entries_are_analysed_again_in_input_order(
    nlp: Any, cached_build: Any, tmp_path: Path
) -> None:
    """Entries are checked for presence first (so new documents can be parsed meanwhile); one that
    is there but cannot be read is analysed again, and every analysis still comes in input order."""
    result, cache_dir = cached_build
    copy = tmp_path / "cache"
    shutil.copytree(cache_dir, copy)
    cache = AnalysisCache(copy, f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}")
    documents = list(result.documents)
    keys = cache.keys(documents)
    assert cache.stored(keys) == [True] * len(documents)
    broken = copy / keys[0][:2] / f"{keys[0]}.json.gz"
    broken.write_bytes(b"garbage")
    timings: dict[str, float] = {}
    again = list(analyse_documents(documents, nlp, cache=cache, timings=timings))
    assert [a.document.id for a in again] == [d.id for d in documents]
    assert again == list(analyse_documents(documents, nlp))  # what a fresh analysis gives
    assert cache.misses == 1 and cache.hits == len(documents) - 1
    assert timings["nlp_cpu"] > 0 and gzip.decompress(broken.read_bytes())  # re-analysed and re-stored
