"""The statement memo (issue #9): merging takes a block's clusters from the previous build when the
block's inputs are the same, compares it again when anything in it changed, and the statements are
the same either way.

Hand-written reports, no model; the memo's end-to-end exactness on thousands of stories is
checked by ``bench/perf.py`` (the incremental graph equals the full build's) and
tests/test_incremental.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import make_report

from graphbuild import crossdoc_memo
from graphbuild.crossdoc import MentionIndex, merge_statements
from graphbuild.crossdoc_memo import MEMO_FILE, StatementMemo
from graphbuild.model import Attribution

PUBLISHED = {"doc:a": "2024-03-05", "doc:b": "2024-03-05", "doc:c": "2024-03-06", "doc:d": "2024-03-06"}
KEYS = {doc: f"key-{doc}" for doc in PUBLISHED}


def _reports() -> list[Attribution]:
    return [
        make_report("a", "the bridge will reopen to traffic in June", speaker="ent:mayor"),
        make_report("b", "that the bridge would reopen to traffic in June", speaker="ent:mayor"),
        make_report("c", "the new budget cuts school funding by a tenth", speaker="ent:mayor", n=100),
        make_report("a", "prices for bread rose sharply this winter", speaker="ent:baker", n=200),
        make_report("d", "bread prices rose sharply this winter", speaker="ent:baker"),
        make_report("b", "the harbour needs dredging", speaker=None, n=300),
        make_report("d", "the harbour needs dredging", speaker=None, n=300),
    ]


def _merge(
    reports: list[Attribution], memo: StatementMemo | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    statements = merge_statements(
        reports, speaker_of=lambda a: a.speaker, mentions=MentionIndex({}), published=PUBLISHED, memo=memo
    )
    return [(s.id, tuple(f"{r.doc_id}:{r.content[0]}" for r in s.reports)) for s in statements]


def _stored(tmp_path: Path, reports: list[Attribution]) -> StatementMemo:
    """The memo a build of ``reports`` leaves in ``tmp_path``, read back as the next build reads it."""
    first = StatementMemo(KEYS)
    _merge(reports, first)
    assert first.hits == 0 and len(first.current) == 3  # the two speakers' blocks and the anonymous one
    first.write(tmp_path)
    return StatementMemo.read(tmp_path, KEYS)


def test_the_next_build_takes_every_unchanged_block_and_merges_the_same(tmp_path: Path) -> None:
    reports = _reports()
    plain = _merge(reports)
    assert len(plain) == 4  # the bridge, the budget, bread, the harbour
    memo = _stored(tmp_path, reports)
    assert _merge(reports, memo) == plain
    assert memo.hits == 3


def test_a_block_with_a_new_report_is_compared_again(tmp_path: Path) -> None:
    reports = _reports()
    memo = _stored(tmp_path, reports)
    more = [
        *reports,
        make_report("c", "that the bridge reopens to traffic in June", speaker="ent:mayor", n=400),
    ]
    assert _merge(more, memo) == _merge(more)
    assert memo.hits == 2  # the baker's and the anonymous block; the mayor's has a new report
    assert len(memo.current) == 3  # what the next build reads: this build's blocks


def test_a_changed_document_or_publication_day_is_another_block(tmp_path: Path) -> None:
    reports = _reports()
    memo = _stored(tmp_path, reports)
    memo.document_keys = {**KEYS, "doc:d": "key-doc:d-edited"}  # its analysis changed
    assert _merge(reports, memo) == _merge(reports)
    assert memo.hits == 1  # only the mayor's block has no report of doc:d
    again = StatementMemo.read(tmp_path, KEYS)

    def later(memo: StatementMemo | None) -> list[str]:
        published = {**PUBLISHED, "doc:a": "2024-04-05"}
        kept = merge_statements(
            reports, speaker_of=lambda a: a.speaker, mentions=MentionIndex({}), published=published, memo=memo
        )
        return [s.id for s in kept]

    assert later(again) == later(None)
    assert again.hits == 1  # only the anonymous block has no report of doc:a


def test_other_code_reuses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reports = _reports()
    memo = _stored(tmp_path, reports)
    monkeypatch.setattr(crossdoc_memo, "code_digest", lambda: "other code")
    assert _merge(reports, memo) == _merge(reports)
    assert memo.hits == 0


def test_the_memo_is_what_merging_reads_for_a_held_block(tmp_path: Path) -> None:
    """A stored block's clusters are taken as they are (so a memo that is read cannot hide behind a
    recomputation); one that is no partition of its block is ignored."""
    reports = _reports()
    memo = _stored(tmp_path, reports)
    apart = {digest: [[p] for c in clusters for p in c] for digest, clusters in memo.previous.items()}
    split = StatementMemo(KEYS, apart)
    assert len(_merge(reports, split)) == len(reports)  # every report its own statement, as stored
    broken = StatementMemo(KEYS, {digest: [[0, 0]] for digest in memo.previous})
    assert _merge(reports, broken) == _merge(reports) and broken.hits == 0


def test_a_report_of_an_unknown_document_keeps_its_block_out_of_the_memo(tmp_path: Path) -> None:
    reports = [*_reports(), make_report("e", "the harbour needs dredging", speaker=None)]
    memo = StatementMemo(KEYS)
    _merge(reports, memo)
    assert len(memo.current) == 2  # the anonymous block has a report of doc:e, whose key is unknown


def test_an_unreadable_memo_is_an_empty_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert StatementMemo.read(tmp_path, KEYS).previous == {}  # none yet
    (tmp_path / MEMO_FILE).write_text("{not json", encoding="utf-8")
    with caplog.at_level("WARNING"):
        assert StatementMemo.read(tmp_path, KEYS).previous == {}
    assert "ignoring the statement memo" in caplog.text
    (tmp_path / MEMO_FILE).write_text('{"format": 0, "blocks": {"x": [[0]]}}', encoding="utf-8")
    assert StatementMemo.read(tmp_path, KEYS).previous == {}  # another format
