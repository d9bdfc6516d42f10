"""The ingest cache: unchanged files are not read again, and any change is seen."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

import graphbuild.ingest_cache as ingest_cache
from graphbuild.ingest import read_documents

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _no_reading(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("a file was read again although it had not changed")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    lines = [
        {"text": "Rain fell on Paris on Monday, the weather service said.", "published": "2024-03-06"},
        {"text": "Rain fell on Paris on Monday, the weather service said.", "published": "2024-03-06"},
        {
            "text": "Der Regen fiel am Montag auf Paris, und die Stadt war nass und kalt und leer.",
            "title": "x",
        },
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n{bad json\n")
    return folder


def test_unchanged_files_come_from_the_cache_with_the_same_result(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    plain = read_documents([corpus])
    first = read_documents([corpus], cache_dir=cache)
    assert first == plain
    assert plain.documents and plain.skipped and plain.duplicates and plain.notes  # every kind of outcome
    monkeypatch.setattr(ingest_cache, "process_file", _no_reading)
    assert read_documents([corpus], cache_dir=cache) == plain


def test_a_changed_file_is_read_again(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    read_documents([corpus], cache_dir=cache)
    target = sorted(corpus.glob("*.txt"))[0]
    target.write_text(target.read_text() + "\nA new closing line was added by the editors today.\n")
    again = read_documents([corpus], cache_dir=cache)
    assert again == read_documents([corpus])
    assert any("closing line was added" in d.text for d in again.documents)


def test_a_touched_file_or_another_date_bound_misses(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    read_documents([corpus], cache_dir=cache)
    target = corpus / "feed.jsonl"
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    calls: list[Path] = []
    real = ingest_cache.process_file

    def counting(path: Path, *args: Any) -> Any:
        calls.append(path)
        return real(path, *args)

    monkeypatch.setattr(ingest_cache, "process_file", counting)
    read_documents([corpus], cache_dir=cache)
    assert calls == [target]
    calls.clear()
    import datetime

    read_documents([corpus], cache_dir=cache, today=datetime.date(2030, 1, 1))
    assert len(calls) == len(list(corpus.iterdir())) - 1  # every article file (not the manifest)


def test_a_corrupt_entry_is_a_miss_not_an_error(corpus: Path, tmp_path: Path, caplog: Any) -> None:
    cache = tmp_path / "cache"
    read_documents([corpus], cache_dir=cache)
    for entry in (cache / ingest_cache.SUBDIR).rglob("*.json.gz"):
        entry.write_bytes(b"not gzip")
    assert read_documents([corpus], cache_dir=cache) == read_documents([corpus])
    assert "unreadable ingest cache entry" in caplog.text
