from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from graphbuild.cli import cli


@pytest.fixture(scope="module")
def built(tmp_path_factory, seeds_dir, nlp):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_writes_graph_and_explorer_and_summarises(built):
    out, output = built
    assert (out / "graph.json").is_file()
    assert (out / "explorer.html").is_file()
    assert "documents: 5" in output
    for word in ("entities:", "statements:", "events:"):
        assert word in output
    assert not list(out.glob(".*.tmp")), "temporary files left behind"
    # the summary's conflicts are the graph's CONFLICTS_WITH edges (the seeds have one at least)
    edges = json.loads((out / "graph.json").read_text(encoding="utf-8"))["edges"]
    conflicts = sum(1 for e in edges if e["kind"] == "CONFLICTS_WITH")
    assert conflicts > 0
    assert f"conflicts: {conflicts}" in output


def test_timeline_for_stoltenberg_prints_dated_statements_in_order(built):
    out, _ = built
    result = CliRunner().invoke(
        cli, ["timeline", "--graph", str(out / "graph.json"), "--entity", "Stoltenberg", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) >= 5
    starts = [r["start"] for r in rows if r["start"]]
    assert starts == sorted(starts)
    assert all(r["outlets"] for r in rows)
    text = (
        CliRunner()
        .invoke(cli, ["timeline", "--graph", str(out / "graph.json"), "--entity", "Stoltenberg"])
        .output
    )
    assert "Jens Stoltenberg" in text and "reported by:" in text


def test_timeline_period_filter(built):
    out, _ = built
    result = CliRunner().invoke(
        cli,
        [
            "timeline",
            "--graph",
            str(out / "graph.json"),
            "--from",
            "2023-12-01",
            "--to",
            "2023-12-03",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    for row in map(json.loads, result.output.splitlines()):
        assert row["end"] >= "2023-12-01" and row["start"] <= "2023-12-03"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "does-not-exist", "--out", "x"], "does-not-exist"),
        (["build", "seeds"], "--out"),
        (["timeline", "--graph", "nope/graph.json"], "nope/graph.json"),
        (["timeline", "--from", "yesterday"], "yesterday"),
        (["timeline", "--entity", "Nobody At All", "--graph", "GRAPH"], "Nobody At All"),
        (["timex", "on Monday", "--anchor", "2023-13-45"], "2023-13-45"),
        (["frobnicate"], "No such command"),
    ],
)
def test_user_mistakes_give_clean_errors_not_tracebacks(built, args, message):
    out, _ = built
    args = [str(out / "graph.json") if a == "GRAPH" else a for a in args]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_build_with_only_bad_inputs_fails_cleanly(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    result = CliRunner().invoke(
        cli, ["build", str(tmp_path / "in" / "empty.txt"), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    assert not (tmp_path / "out" / "graph.json").exists()


def test_build_with_some_bad_inputs_warns_and_keeps_the_good(tmp_path, seeds_dir):
    src = tmp_path / "in"
    shutil.copytree(seeds_dir, src)
    (src / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"), "--no-explorer"])
    assert result.exit_code == 3, result.output
    assert "broken.txt" in result.output
    assert "documents: 5" in result.output


def test_timex_command(tmp_path):
    result = CliRunner().invoke(cli, ["timex", "It happened last week, on Monday.", "--anchor", "2023-11-29"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert any(r["value"] == "2023-W47" for r in rows)
    assert any(r["value"] == "2023-11-27" for r in rows)
    pretty = CliRunner().invoke(cli, ["timex", "last week", "--anchor", "2023-11-29", "--pretty"])
    assert "2023-W47" in pretty.output


def test_timeml_annotate_round_trip(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>a</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-29" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">2023-11-29</TIMEX3></DCT>\n'
        "<TEXT>The talks ended last week and resume on Monday.</TEXT>\n</TimeML>\n"
    )
    result = CliRunner().invoke(cli, ["timeml", "annotate", str(src), str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    out = (tmp_path / "out" / "a.tml").read_text()
    assert 'value="2023-W47"' in out and ">last week</TIMEX3>" in out


def test_every_command_has_help():
    def walk(group, prefix):
        for name, cmd in group.commands.items():
            assert cmd.help, f"`{prefix} {name}` has no documentation"
            if hasattr(cmd, "commands"):
                walk(cmd, f"{prefix} {name}")

    walk(cli, "graphbuild")


def test_ctrl_c_exits_130_for_any_command(monkeypatch, capsys):
    import graphbuild
    from graphbuild.cli import main

    def interrupted(path):
        raise KeyboardInterrupt

    monkeypatch.setattr(graphbuild, "load", interrupted)
    with pytest.raises(SystemExit) as info:
        main(["timeline"])
    assert info.value.code == 130
    assert "interrupted" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "code"), [(["--help"], 0), (["timeline", "--graph", "nope.json"], 1), (["nope"], 2)]
)
def test_main_exit_codes(argv, code, capsys):
    from graphbuild.cli import main

    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == code
    assert "Traceback" not in capsys.readouterr().err


def test_bad_manifest_is_named_and_the_build_goes_on(tmp_path, seeds_dir):
    src = tmp_path / "in"
    shutil.copytree(seeds_dir, src)
    (src / "manifest.json").write_text('{"documents": {"000_5e2e74c11a9af318.txt": {"publisher": "X"}}}')
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"), "--no-explorer"])
    assert result.exit_code == 3, result.output
    assert "manifest.json" in result.output and "publisher" in result.output
    assert "documents: 5" in result.output
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    assert any("manifest.json" in s["path"] for s in report["skipped"])
