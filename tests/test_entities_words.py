"""Established words (entity resolution's frequency test) and the answers a build keeps for the next
one, so that an incremental build need not read the frequency list (issue #9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild import entities_words
from graphbuild.entities_words import ANSWERS_FILE, established, read_answers, two_words, write_answers


@pytest.fixture(autouse=True)
def fresh_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities_words, "_ANSWERS", {})
    monkeypatch.setattr(entities_words, "_ASKED", set())


def test_frequent_names_are_established_and_typos_not() -> None:
    assert established("murray") and established("murphy") and not established("zalyzhby")
    assert two_words("telegram", "telegraph") and not two_words("democrat", "democrats")


def test_a_build_keeps_the_answers_it_gave_for_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_answers(tmp_path)  # none yet: a fresh count of the words asked
    assert established("murray") and not established("zalyzhby")
    write_answers(tmp_path)
    stored = json.loads((tmp_path / ANSWERS_FILE).read_text(encoding="utf-8"))
    assert stored["words"] == {"murray": True, "zalyzhby": False}
    # the next build: the same answers, without the frequency list
    monkeypatch.setattr(entities_words, "_ANSWERS", {})

    def no_list(word: str) -> bool:
        raise AssertionError(f"the frequency list was read for {word!r}")

    monkeypatch.setattr(entities_words, "_frequent", no_list)
    assert read_answers(tmp_path) == 2
    entities_words.preload()  # nothing to read: the answers are there
    assert established("murray") and not established("zalyzhby")


def test_answers_of_another_list_or_threshold_are_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_answers(tmp_path)
    established("murray")
    write_answers(tmp_path)
    monkeypatch.setattr(entities_words, "_ANSWERS", {})
    monkeypatch.setattr(entities_words, "ESTABLISHED_ZIPF", 6.0)
    assert read_answers(tmp_path) == 0
    assert not established("murray")  # asked of the list again, at the new threshold


def test_only_the_words_asked_since_the_answers_were_read_are_kept(tmp_path: Path) -> None:
    established("murphy")  # asked before this build began
    read_answers(tmp_path)
    established("murray")
    write_answers(tmp_path)
    assert json.loads((tmp_path / ANSWERS_FILE).read_text(encoding="utf-8"))["words"] == {"murray": True}


def test_unreadable_answers_are_ignored(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / ANSWERS_FILE).write_text("{not json", encoding="utf-8")
    with caplog.at_level("WARNING"):
        assert read_answers(tmp_path) == 0
    assert ANSWERS_FILE in caplog.text
    (tmp_path / ANSWERS_FILE).write_text(json.dumps({"version": "x", "words": {"a": True}}), encoding="utf-8")
    assert read_answers(tmp_path) == 0
