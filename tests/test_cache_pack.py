"""The analysis pack: a build's cached analyses in one file, read in one go by the next build."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date
from pathlib import Path

import pytest

from graphbuild.cache import PACK_FILE, PACK_MAGIC, AnalysisCache, document_key
from graphbuild.model import Attribution, Document, DocumentAnalysis, Mention, TimeSpan, Timex

MODEL = "model-1"


def _analyses(n: int) -> list[DocumentAnalysis]:
    span = TimeSpan(text="Monday", value="2023-12-04", start=date(2023, 12, 4), end=date(2023, 12, 4))
    out = []
    for i in range(n):
        doc = Document(
            id=f"doc:{i}", text=f"Ada said on Monday that rates rise {i}.", title="T", path=f"{i}.txt"
        )
        out.append(
            DocumentAnalysis(
                document=dataclasses.replace(doc, published=span),
                mentions=(Mention(f"doc:{i}", 0, 3, "Ada", "PERSON"),),
                timexes=(Timex(12, 18, "Monday", "DATE", "2023-12-04", interval=(date(2023, 12, 4), None)),),
                attributions=(
                    Attribution(f"doc:{i}", (24, 34), "rates rise", "indirect", cue=(4, 8), cue_lemma="say"),
                ),
                events=(),
                extra={"k": [i]},
            )
        )
    return out


def _filled(root: Path, analyses: list[DocumentAnalysis]) -> AnalysisCache:
    cache = AnalysisCache(root, MODEL)
    for a in analyses:
        cache.put(a)
    return cache


def _entry(root: Path, a: DocumentAnalysis) -> Path:
    key = document_key(a.document, MODEL)
    return root / key[:2] / f"{key}.json.gz"


def test_the_next_build_reads_the_pack_alone(tmp_path: Path) -> None:
    analyses = _analyses(6)
    docs = [a.document for a in analyses]
    first = _filled(tmp_path, analyses[:4])
    assert first.get_many(docs[:2]) == {0: analyses[0], 1: analyses[1]}  # read through this cache
    # the pack holds what was read and what was only stored (e.g. by a worker process)
    assert first.write_pack(docs) == tmp_path / PACK_FILE
    for a in analyses[:4]:
        _entry(tmp_path, a).unlink()  # only the pack is left
    second = AnalysisCache(tmp_path, MODEL)
    keys = second.keys(docs)
    assert second.stored(keys) == [True] * 4 + [False] * 2
    found = second.get_many(docs, keys=keys)
    assert found == dict(enumerate(analyses[:4]))
    assert all(found[i].document is docs[i] for i in found)
    assert (second.hits, second.misses) == (4, 2 + 2)  # two absent at stored(), two at get()


def test_a_pack_is_only_a_copy_its_bad_entries_are_read_from_their_files(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    analyses = _analyses(3)
    docs = [a.document for a in analyses]
    _filled(tmp_path, analyses).write_pack(docs)
    pack = tmp_path / PACK_FILE
    data = pack.read_bytes()
    # one entry changed but still valid JSON (the checksum tells), another no longer JSON
    data = data.replace(b'"Ada"', b'"Eve"', 1).replace(b'"k":[1]', b'"k":[1[', 1)
    pack.write_bytes(data)
    cache = AnalysisCache(tmp_path, MODEL)
    with caplog.at_level(logging.WARNING):
        assert cache.get_many(docs) == dict(enumerate(analyses))
    assert cache.hits == 3 and caplog.text.count("analyses.pack") == 2


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage",
        PACK_MAGIC + b"not json\n",
        PACK_MAGIC + b'{"entries": [["k", 0, 999, 0]]}\n{}',  # beyond the end
        PACK_MAGIC + b'{"entries": [["k", -1, 1, 0]]}\n{}',
        PACK_MAGIC + b'{"entries": [["k", 0, 1, "crc"]]}\n{}',
        PACK_MAGIC + b'{"entries": [[1, 2]]}\n{}',
        PACK_MAGIC + b"{}\n",
    ],
)
def test_an_unusable_pack_is_ignored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    analyses = _analyses(2)
    _filled(tmp_path, analyses)
    (tmp_path / PACK_FILE).write_bytes(content)
    cache = AnalysisCache(tmp_path, MODEL)
    with caplog.at_level(logging.WARNING):
        assert cache.get_many([a.document for a in analyses]) == dict(enumerate(analyses))
    assert "analysis pack" in caplog.text


def test_worker_processes_get_the_cache_without_the_pack(tmp_path: Path) -> None:
    analyses = _analyses(2)
    cache = _filled(tmp_path, analyses)
    cache.write_pack([a.document for a in analyses])
    reader = AnalysisCache(tmp_path, MODEL)
    reader.get_many([a.document for a in analyses])
    state = reader.__getstate__()  # what pickling (multiprocessing, Dask) ships to a worker
    assert state["_pack"] is None and state["_raw"] == {} and state["root"] == tmp_path


def test_a_pack_that_cannot_be_written_is_only_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    analyses = _analyses(1)
    cache = _filled(tmp_path, analyses)
    (tmp_path / PACK_FILE).mkdir()  # a directory where the file should go
    with caplog.at_level(logging.WARNING):
        assert cache.write_pack([analyses[0].document]) is None
    assert "could not write the analysis pack" in caplog.text


def test_an_entry_holding_another_document_is_a_miss(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = _analyses(2)
    cache = _filled(tmp_path, [first])
    target = _entry(tmp_path, second)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_entry(tmp_path, first).read_bytes())  # the entry of doc:1 holds doc:0
    with caplog.at_level(logging.WARNING, logger="graphbuild.cache"):
        assert cache.get(second.document) is None
    assert cache.misses == 1
    assert "another document" in caplog.text


def test_analyses_for_the_global_step_come_without_their_timexes(tmp_path: Path) -> None:
    """The global step reads no timex: the cache can leave them out, a quarter of the decoding; the
    entry and the pack keep them."""
    analyses = _analyses(2)
    docs = [a.document for a in analyses]
    cache = _filled(tmp_path, analyses)
    cache.write_pack(docs)
    reader = AnalysisCache(tmp_path, MODEL)
    lean = reader.get_many(docs, timexes=False)
    assert [a.timexes for a in lean.values()] == [(), ()]
    assert [dataclasses.replace(a, timexes=analyses[i].timexes) for i, a in lean.items()] == analyses
    assert reader.get(docs[0]) == analyses[0]  # asked with them, they are there
    reader.write_pack(docs)
    assert AnalysisCache(tmp_path, MODEL).get_many(docs) == dict(enumerate(analyses))
