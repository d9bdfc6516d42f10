"""Answers of pure string functions kept between builds sharing a cache (issue #9): an incremental
build takes the names' folded forms, transliteration keys, acronyms and gazetteer places the
previous build computed, and its graph is the same."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graphbuild import entities_gazetteer, entities_keys, entities_match, kept_answers
from graphbuild.entities_gazetteer import Place, lookup
from graphbuild.entities_keys import fold, translit_key
from graphbuild.kept_answers import ANSWERS_FILE, kept

#: The in-process memos over the kept functions (cleared so that a test sees them asked again).
LRU = (fold, translit_key, lookup, entities_match._acronym, entities_match._is_acronym_form)


def _clear_memos() -> None:
    for f in LRU:
        f.cache_clear()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts and ends with no answer read or given and cold in-process memos."""
    kept_answers.forget()
    _clear_memos()
    yield
    kept_answers.forget()
    _clear_memos()


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """Record each string the kept function ``name`` computes (rather than takes)."""
    entry = kept_answers._KEPT[name]
    computed: list[str] = []
    compute = entry.compute

    def counted(text: str) -> Any:
        computed.append(text)
        return compute(text)

    monkeypatch.setattr(entry, "compute", counted)
    return computed


def test_answers_are_written_and_taken_instead_of_computed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folded, place, none = fold("Zelens'kyy, Volodymyr"), lookup("Kyiv"), lookup("Zzyzxqv")
    assert isinstance(place, Place) and none is None
    assert kept_answers.write(tmp_path) == tmp_path / ANSWERS_FILE
    stored = json.loads((tmp_path / ANSWERS_FILE).read_text(encoding="utf-8"))
    assert stored["answers"]["fold"]["Zelens'kyy, Volodymyr"] == folded
    assert stored["answers"]["gazetteer"]["Kyiv"] == [
        place.geonameid,
        place.kind,
        place.population,
        place.alias,
    ]

    # the next build: a fresh process, as far as the answers go
    kept_answers.forget()
    _clear_memos()
    folds, places = _counting(monkeypatch, "fold"), _counting(monkeypatch, "gazetteer")
    assert kept_answers.read(tmp_path) > 0
    assert fold("Zelens'kyy, Volodymyr") == folded
    assert lookup("Kyiv") == place and lookup("Zzyzxqv") is None
    assert folds == places == []


def test_a_new_string_is_computed_and_kept_with_the_taken_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fold("Gen. Zaluzhny")
    kept_answers.write(tmp_path)
    kept_answers.forget()
    _clear_memos()
    computed = _counting(monkeypatch, "fold")
    kept_answers.read(tmp_path)
    assert fold("Gen. Zaluzhny") == "gen zaluzhny" and fold("Valery Gerasimov") == "valery gerasimov"
    assert computed == ["Valery Gerasimov"]
    kept_answers.write(tmp_path)
    stored = json.loads((tmp_path / ANSWERS_FILE).read_text(encoding="utf-8"))["answers"]["fold"]
    assert stored == {"Gen. Zaluzhny": "gen zaluzhny", "Valery Gerasimov": "valery gerasimov"}


def test_answers_of_other_code_or_packages_are_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fold("Kyiv")
    kept_answers.write(tmp_path)
    kept_answers.forget()
    monkeypatch.setattr(kept_answers, "answers_version", lambda: "other code")
    assert kept_answers.read(tmp_path) == 0
    assert kept_answers.taken("fold") == 0


def test_a_function_whose_stored_answers_are_of_the_wrong_kind_takes_none(tmp_path: Path) -> None:
    """A file the right version wrote but that was altered since: a wrong kind of answer anywhere in
    a function's table drops that function's answers, not the others'."""
    body = {
        "version": kept_answers.answers_version(),
        "answers": {
            "fold": {"Kyiv": 3},
            "translit_key": {"Sergei": "serg"},
            "gazetteer": {"Kyiv": [1, "city"]},
            "acronym_form": {"NATO": "yes"},
            "no such function": {"a": "b"},
        },
    }
    (tmp_path / ANSWERS_FILE).write_text(json.dumps(body), encoding="utf-8")
    assert kept_answers.read(tmp_path) == 1
    assert kept_answers.taken("translit_key") == 1
    assert (
        kept_answers.taken("fold")
        == kept_answers.taken("gazetteer")
        == kept_answers.taken("acronym_form")
        == 0
    )
    assert fold("Kyiv") == "kyiv"


@pytest.mark.parametrize("text", ["{not json", "[]", '{"version": 1}', ""])
def test_an_unreadable_or_foreign_file_is_ignored(tmp_path: Path, text: str) -> None:
    (tmp_path / ANSWERS_FILE).write_text(text, encoding="utf-8")
    assert kept_answers.read(tmp_path) == 0
    assert kept_answers.read(tmp_path / "missing") == 0


def test_a_failed_write_is_logged_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    fold("Kyiv")
    (tmp_path / "a file").write_text("", encoding="utf-8")
    with caplog.at_level("WARNING"):
        assert kept_answers.write(tmp_path / "a file") is None
    assert "could not keep the answers" in caplog.text


def test_two_kept_functions_cannot_share_a_name() -> None:
    with pytest.raises(ValueError, match="fold"):
        kept("fold")(str.lower)


def test_the_version_names_the_code_and_the_packages() -> None:
    version = kept_answers.answers_version()
    assert all(package in version for package in kept_answers.PACKAGES)


def test_each_kept_function_gives_what_it_computes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Taken answers equal computed ones for each kept function, across kinds of strings."""
    strings = ["Zelens'kyy", "Kyiv", "Kiev", "North Atlantic Treaty Organization", "NATO", "U.N.", "", "É"]
    functions: list[Callable[[str], Any]] = [
        fold,
        translit_key,
        lookup,
        entities_match._acronym,
        entities_match._is_acronym_form,
    ]
    computed = [[f(s) for s in strings] for f in functions]
    kept_answers.write(tmp_path)
    kept_answers.forget()
    _clear_memos()
    for name in kept_answers._KEPT:
        monkeypatch.setattr(kept_answers._KEPT[name], "compute", _never(name))
    assert kept_answers.read(tmp_path) > 0
    assert [[f(s) for s in strings] for f in functions] == computed


def _never(name: str) -> Callable[[str], Any]:
    def compute(text: str) -> Any:
        raise AssertionError(f"{name} computed {text!r} though the answer was kept")

    return compute


def test_the_gazetteer_is_not_read_for_kept_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    place = lookup("Kharkiv")
    kept_answers.write(tmp_path)
    kept_answers.forget()
    _clear_memos()

    def no_index() -> Any:
        raise AssertionError("the gazetteer index was read")

    monkeypatch.setattr(entities_gazetteer, "_index", no_index)
    kept_answers.read(tmp_path)
    assert lookup("Kharkiv") == place
    assert entities_keys.fold("Kharkiv") == "kharkiv"


def test_an_incremental_build_takes_the_answers_and_gives_the_same_graph(
    nlp: Any, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the real pipeline: a build with a cache keeps its answers; a later build in a fresh
    state (no in-process memo) takes them, computes only what is new, and its graph equals a build
    that computed everything."""
    from graphbuild.graph import to_json_bytes
    from graphbuild.pipeline import build_paths

    seeds = sorted(seeds_dir.glob("*.txt"))
    old, new = seeds[:-1], seeds[-1:]
    cache = tmp_path / "cache"
    build_paths(old, nlp=nlp, cache_dir=cache)
    stored = json.loads((cache / ANSWERS_FILE).read_text(encoding="utf-8"))["answers"]
    assert stored["fold"] and stored["gazetteer"] and stored["translit_key"]

    kept_answers.forget()
    _clear_memos()
    computed = _counting(monkeypatch, "fold")
    warm = build_paths([*old, *new], nlp=nlp, cache_dir=cache)
    assert set(computed).isdisjoint(stored["fold"])  # what the first build answered was taken
    assert len(computed) < len(stored["fold"])

    kept_answers.forget()
    _clear_memos()
    cold = build_paths([*old, *new], nlp=nlp)
    assert to_json_bytes(warm.graph) == to_json_bytes(cold.graph)


def test_a_build_can_leave_keeping_to_its_caller(nlp: Any, seeds_dir: Path, tmp_path: Path) -> None:
    """``defer_keeping``: nothing for the next build is written until the caller asks."""
    from graphbuild.crossdoc_memo import MEMO_FILE
    from graphbuild.entities_words import ANSWERS_FILE as WORDS_FILE
    from graphbuild.pipeline import build_paths

    cache = tmp_path / "cache"
    files = (MEMO_FILE, WORDS_FILE, ANSWERS_FILE)
    result = build_paths(sorted(seeds_dir.glob("*.txt"))[:2], nlp=nlp, cache_dir=cache, defer_keeping=True)
    assert not any((cache / name).exists() for name in files)
    assert result.keep_for_next_build is not None
    result.keep_for_next_build()
    assert all((cache / name).is_file() for name in files)
    assert build_paths(sorted(seeds_dir.glob("*.txt"))[:1], nlp=nlp).keep_for_next_build is None


def test_the_command_line_keeps_them_beside_graph_json(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line writes what the next build takes in the child writing graph.json, while it
    renders the explorer: the files are there when it returns, explorer or not."""
    from click.testing import CliRunner

    from graphbuild.cli import cli
    from graphbuild.crossdoc_memo import MEMO_FILE

    monkeypatch.delenv("GRAPHBUILD_CACHE", raising=False)
    for flags in ([], ["--no-explorer"]):
        out = tmp_path / f"out{len(flags)}"
        args = ["build", str(sorted(seeds_dir.glob("*.txt"))[0]), "--out", str(out), *flags]
        result = CliRunner().invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        cache = out / ".graphbuild-cache"
        assert (cache / MEMO_FILE).is_file() and (cache / ANSWERS_FILE).is_file()
        assert json.loads((cache / ANSWERS_FILE).read_text(encoding="utf-8"))["answers"]["fold"]
