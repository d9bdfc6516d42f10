"""Hostile and broken input, faults and interruptions: the batch finishes, nothing is lost silently."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.errors import InputError
from graphbuild.ingest import IngestResult, read_documents
from graphbuild.ingest_formats import MAX_DOCUMENT_CHARS, Article, cap_text, read_html, read_jsonl
from graphbuild.ingest_manifest import read_manifest
from graphbuild.language import guess_language, non_english_reason
from graphbuild.model import Skipped
from graphbuild.report import REPORT_NAME, build_report, write_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ENGLISH = (
    "The government announced on Tuesday a new plan to support farmers hit by the drought. "
    "According to the agriculture minister, the aid will be paid before the end of the month, "
    "but the unions say that these measures are not enough to make up for the losses suffered "
    "since last spring."
)
FOREIGN = {
    "French": (
        "Le gouvernement a annoncé mardi un nouveau plan pour soutenir les agriculteurs touchés par "
        "la sécheresse. Selon le ministre de l'Agriculture, les aides seront versées avant la fin du "
        "mois, mais les syndicats estiment que ces mesures ne sont pas suffisantes pour compenser les "
        "pertes subies depuis le printemps dernier."
    ),
    "German": (
        "Die Bundesregierung hat am Dienstag ein neues Programm zur Unterstützung der Landwirte "
        "beschlossen, die unter der Dürre leiden. Nach Angaben des Ministeriums sollen die Hilfen noch "
        "vor Ende des Monats ausgezahlt werden, doch die Verbände halten die Maßnahmen für nicht "
        "ausreichend, um die Verluste seit dem Frühjahr auszugleichen."
    ),
    "Spanish": (
        "El Gobierno anunció el martes un nuevo plan para apoyar a los agricultores afectados por la "
        "sequía. Según el ministro de Agricultura, las ayudas se pagarán antes de que termine el mes, "
        "pero los sindicatos creen que estas medidas no son suficientes para compensar las pérdidas "
        "sufridas desde la primavera pasada."
    ),
    "Cyrillic script": (
        "Правительство во вторник объявило о новом плане поддержки фермеров, пострадавших от засухи. "
        "По словам министра сельского хозяйства, помощь будет выплачена до конца месяца, однако "
        "профсоюзы считают, что этих мер недостаточно для компенсации потерь."
    ),
}


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


# --- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_foreign_language_is_detected(language: str) -> None:
    guess = guess_language(FOREIGN[language])
    assert guess.language == language
    reason = non_english_reason(FOREIGN[language])
    assert reason is not None and reason.startswith(f"not English (looks like {language}")


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Macron says France will not send troops to Ukraine",
        "Le Monde reported on Tuesday.",
        "EU ministers back Le Pen-era rules; De Vries, Van Dijk and La Rochelle officials object",
        # English prose quoting a French sentence and naming French places and people
        ENGLISH + ' "Nous ne céderons pas," said Jean-Luc Le Clerc, the mayor of La Roche-sur-Yon.',
        # An English article about Russia, with a few Cyrillic names
        ENGLISH + " The statement was signed by Сергей Лавров (Sergei Lavrov) in Moscow.",
        "Paris Saint-Germain 2 Real Madrid 1\nBayern 3 Inter 0\nde Jong, van Dijk, da Silva, del Toro",
    ],
)
def test_english_short_texts_and_headlines_are_not_called_foreign(text: str) -> None:
    assert non_english_reason(text) is None, guess_language(text)


def test_seeds_are_english() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert guess_language(path.read_text(encoding="utf-8")).language == "English", path.name


def test_non_english_files_are_skipped_with_reason(tmp_path: Path) -> None:
    _write(tmp_path / "fr.txt", FOREIGN["French"])
    _write(tmp_path / "ru.txt", FOREIGN["Cyrillic script"].encode("cp1251"))  # detected, then judged
    _write(tmp_path / "en.txt", ENGLISH)
    result = read_documents([tmp_path])
    assert [Path(d.path).name for d in result.documents] == ["en.txt"]
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons["fr.txt"].startswith("not English (looks like French")
    assert reasons["ru.txt"].startswith("not English (looks like Cyrillic script")
    assert read_documents([tmp_path], english_only=False).skipped == ()


# --- hostile input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200)) * 30, "binary"),
        (b"\xff\xfe" + b"\x00\xd8" * 3, "invalid utf-16"),
    ],
    ids=["empty", "whitespace", "all-bytes", "png-like", "broken-utf16"],
)
def test_unusable_bytes_are_skipped_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    result = read_documents([_write(tmp_path / "bad.txt", data)])
    assert result.documents == ()
    (skip,) = result.skipped
    assert skip.path.endswith("bad.txt") and reason in skip.reason.lower()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "latin-1"])
def test_other_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = "Café owners in Zürich said prices rose, the mayor’s office said on Monday. " * 3
    if encoding == "latin-1":
        text = text.replace("’", "'")
    (doc,) = read_documents([_write(tmp_path / "a.txt", text.encode(encoding))]).documents
    assert "Café owners in Zürich" in doc.text


def test_multi_megabyte_file_is_capped_with_warning_and_finishes(tmp_path: Path) -> None:
    seed = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    big = (seed * (5_000_000 // len(seed) + 1))[:5_000_000]
    path = _write(tmp_path / "big.txt", big)
    started = time.perf_counter()
    result = read_documents([path])
    assert time.perf_counter() - started < 20
    (doc,) = result.documents
    assert MAX_DOCUMENT_CHARS - MAX_DOCUMENT_CHARS // 10 <= len(doc.text) <= MAX_DOCUMENT_CHARS
    assert big.startswith(doc.text)
    (warning,) = result.warnings
    assert warning.path.endswith("big.txt") and "cut from 5,000,000" in warning.message


def test_cap_text_prefers_breaks() -> None:
    assert cap_text("short", 10) == "short"
    assert cap_text("para one.\n\npara two is long", 20) == "para one."
    assert cap_text("x" * 50, 10) == "x" * 10


def test_malformed_jsonl_lines_name_file_and_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ENGLISH}),
        '{"text": "unterminated',
        "[1, 2]",
        json.dumps({"text": ""}),
        json.dumps({"text": ENGLISH + " Again.", "published": "yesterday-ish"}),
        "\x00\x01 not json",
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = read_documents([path])
    assert [d.path for d in result.documents] == sorted([f"{path}:1", f"{path}:5"])
    assert [(s.line, str(s).split(": ", 1)[0]) for s in result.skipped] == [
        (n, f"{path}:{n}") for n in (2, 3, 4, 6)
    ]
    (warning,) = result.warnings
    assert warning.line == 5 and "unusable published date 'yesterday-ish'" in warning.message


def test_jsonl_escapes_cannot_smuggle_nul_or_lone_surrogates(tmp_path: Path) -> None:
    # found by bench/fuzz.py: JSON escapes give strings no UTF-8 file could hold
    line = json.dumps({"text": ENGLISH + " \x00 \ud800 end", "title": "Title\x1b"})
    path = _write(tmp_path / "feed.jsonl", line + "\n")
    (doc,) = read_documents([path]).documents
    doc.text.encode("utf-8")  # would raise for a lone surrogate when graph.json is written
    assert "\x00" not in doc.text and "\ufffd end" in doc.text and doc.title == "Title"


def test_html_without_main_text_is_skipped(tmp_path: Path) -> None:
    page = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    result = read_documents([_write(tmp_path / "nav.html", page)])
    assert result.documents == () and "no main text" in result.skipped[0].reason


def _feed(tmp_path: Path, published: str | None) -> Path:
    record = {"text": "BRUSSELS, March 3, 2024 - " + ENGLISH, "title": "Farm aid plan"}
    if published is not None:
        record["published"] = published
    return _write(tmp_path / "feed.jsonl", json.dumps(record) + "\n")


def test_missing_metadata_date_is_inferred(tmp_path: Path) -> None:
    (doc,) = read_documents([_feed(tmp_path, None)], today=date(2024, 6, 1)).documents
    assert doc.published_source == "inferred" and doc.published is not None
    assert doc.published.value == "2024-03-03"


def test_future_metadata_date_is_distrusted_and_inferred(tmp_path: Path) -> None:
    result = read_documents([_feed(tmp_path, "2024-09-01")], today=date(2024, 6, 1))
    (doc,) = result.documents
    assert doc.published_source == "inferred" and doc.published.value == "2024-03-03"
    (warning,) = result.warnings
    assert "2024-09-01 is in the future" in warning.message


def test_tomorrow_is_not_the_future(tmp_path: Path) -> None:
    # time zones: an article dated tomorrow may be published today somewhere
    result = read_documents([_feed(tmp_path, "2024-06-02")], today=date(2024, 6, 1))
    assert result.documents[0].published_source == "metadata" and result.warnings == ()


def test_future_inferred_date_is_dropped(tmp_path: Path) -> None:
    result = read_documents([_feed(tmp_path, None)], today=date(2023, 1, 1))
    assert result.documents[0].published is None
    assert "inferred published date 2024-03-03 is in the future" in result.warnings[0].message


def test_duplicates_are_reported_not_built(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ENGLISH)
    _write(tmp_path / "b.txt", ENGLISH)
    result = read_documents([tmp_path])
    assert len(result.documents) == 1
    (dup,) = result.duplicates
    assert dup.path.endswith("b.txt") and "a.txt" in dup.reason


# --- report -----------------------------------------------------------------------------------


def test_report_lists_every_bad_file_and_round_trips(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write(src / "good.txt", ENGLISH)
    _write(src / "copy.txt", ENGLISH)
    _write(src / "empty.txt", "")
    _write(src / "fr.txt", FOREIGN["French"])
    ingest = read_documents([src])
    report = build_report(inputs=[src], ingest=ingest, exit_code=3)
    assert write_report(report, tmp_path / "elsewhere.json") == tmp_path / "elsewhere.json"
    path = write_report(report, tmp_path / "out")  # a directory, created
    assert path == tmp_path / "out" / REPORT_NAME
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert loaded == json.loads(json.dumps(report))
    assert loaded["status"] == "warnings"
    assert {Path(s["path"]).name for s in loaded["skipped"]} == {"empty.txt", "fr.txt"}
    assert all(s["reason"] for s in loaded["skipped"])
    assert loaded["counts"]["files"] == 4 and loaded["counts"]["duplicates"] == 1
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_failed_report_status() -> None:
    ingest = IngestResult(documents=(), skipped=(Skipped("x.txt", "empty file"),), files=("x.txt",))
    report = build_report(inputs=["x.txt"], ingest=ingest, exit_code=1, error="nothing built")
    assert report["status"] == "failed" and report["error"] == "nothing built"
    assert report["skipped"] == [{"path": "x.txt", "line": None, "reason": "empty file"}]


# --- interruption -----------------------------------------------------------------------------

OLD_GRAPH = b'{"old": "graph"}\n'
OLD_EXPLORER = b"<html>old explorer</html>\n"


def _corpus(folder: Path, n: int) -> Path:
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        _write(folder / f"copy{i:03d}.txt", f"{text}\nThis is copy {i} of the story.\n")
    return folder


def _old_outputs(out: Path) -> None:
    _write(out / "graph.json", OLD_GRAPH)
    _write(out / "explorer.html", OLD_EXPLORER)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_build(src: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "graphbuild.cli", "-v", "build", str(src), "--out", str(out), "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # a runner started in the background ignores SIGINT, and its children inherit that: the
        # build under test must see the interrupt as a user's terminal would send it
        preexec_fn=_default_sigint,
        text=True,
        cwd=ROOT,
    )


def _wait_until_analysing(proc: subprocess.Popen[str]) -> list[str]:
    seen: list[str] = []
    assert proc.stderr is not None
    for line in proc.stderr:
        seen.append(line)
        if "analysing" in line:
            time.sleep(0.5)  # well into the per-document loop
            return seen
    pytest.fail(f"build ended before analysing: {''.join(seen)}")


@pytest.fixture(scope="module")
def interrupt_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("many"), 24)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_interrupted_build_keeps_previous_outputs(tmp_path: Path, interrupt_corpus: Path, sig: int) -> None:
    out = tmp_path / "out"
    _old_outputs(out)
    proc = _start_build(interrupt_corpus, out)
    try:
        _wait_until_analysing(proc)
        assert proc.poll() is None, "build finished before it could be interrupted"
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (out / "graph.json").read_bytes() == OLD_GRAPH
    assert (out / "explorer.html").read_bytes() == OLD_EXPLORER
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert "interrupted" in err and "Traceback" not in err
        # the cache keeps what was finished (the next build reuses it), and nothing half-written
        assert sorted(p.name for p in out.iterdir()) == [".graphbuild-cache", "explorer.html", "graph.json"]
        assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    else:
        assert proc.returncode == -signal.SIGKILL


def test_build_after_a_killed_build_succeeds(tmp_path: Path, interrupt_corpus: Path) -> None:
    out = tmp_path / "out"
    _old_outputs(out)
    proc = _start_build(interrupt_corpus, out)
    _wait_until_analysing(proc)
    proc.kill()
    proc.wait()
    small = _corpus(tmp_path / "small", 2)
    done = subprocess.run(
        [sys.executable, "-m", "graphbuild.cli", "build", str(small), "--out", str(out), "--no-explorer"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert sum(1 for n in graph["nodes"] if n["kind"] == "Document") == 2
    report = json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))
    assert report["status"] == "ok" and report["counts"]["documents"] == 2
    assert not list(out.glob(".*.tmp"))  # the finished build leaves no temporary files


def test_cli_build_reports_bad_files_and_exits_3(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graphbuild.cli import cli

    src = _corpus(tmp_path / "in", 1)
    _write(src / "binary.txt", bytes(range(256)) * 10)
    _write(src / "fr.txt", FOREIGN["French"])
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--no-explorer"])
    assert result.exit_code == 3, result.output
    assert "binary.txt: binary file" in result.output and "fr.txt: not English" in result.output
    report = json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))
    assert report["status"] == "warnings" and report["exit_code"] == 3
    assert {Path(s["path"]).name for s in report["skipped"]} == {"binary.txt", "fr.txt"}
    assert report["counts"]["documents"] == 1 and report["counts"]["nodes"]["Document"] == 1


def test_cli_build_with_nothing_readable_writes_failed_report(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graphbuild.cli import cli

    src = tmp_path / "in"
    _write(src / "empty.txt", "")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    report = json.loads((tmp_path / "out" / REPORT_NAME).read_text(encoding="utf-8"))
    assert report["status"] == "failed" and report["skipped"][0]["reason"] == "empty file"


def test_cli_build_names_an_explorer_it_cannot_write_and_keeps_the_graph(tmp_path: Path) -> None:
    """The explorer renders in a forked child on two cores: its failure still reaches the user as
    one line naming the file, and graph.json (written meanwhile by the parent) is complete."""
    src = _corpus(tmp_path / "in", 1)
    out = tmp_path / "out"
    (out / "explorer.html").mkdir(parents=True)  # a directory where the page must go
    proc = subprocess.run(
        [sys.executable, "-m", "graphbuild.cli", "build", str(src), "--out", str(out), "-j", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    assert "explorer.html: cannot write" in proc.stderr and "Traceback" not in proc.stderr
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert sum(1 for n in graph["nodes"] if n.get("kind") == "Document") == 1


# --- security ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["../outside.txt", "/etc/passwd", "sub/a.txt", "..\\outside.txt", "..", ".", "a.txt\0"]
)
def test_manifest_paths_cannot_escape_the_directory(tmp_path: Path, name: str) -> None:
    _write(tmp_path / "outside.txt", ENGLISH)
    folder = tmp_path / "in"
    _write(folder / "sub" / "a.txt", ENGLISH)
    _write(folder / "a.txt", ENGLISH)
    manifest = _write(folder / "manifest.json", json.dumps({"documents": {name: {"title": "T"}}}))
    with pytest.raises(InputError, match="plain file name"):
        read_manifest(manifest)


_DANGEROUS = re.compile(
    r"\bpickle\.loads?\(|\bmarshal\.loads?\(|\byaml\.load\(|\bshelve\.open\("
    r"|(?<![\w.])eval\(|(?<![\w.])exec\(|shell\s*=\s*True"
)


def test_no_code_execution_on_user_data() -> None:
    found = []
    for top in ("graphbuild", "exports", "queries"):
        for path in sorted((ROOT / top).rglob("*.py")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                # the one exception: Dask transport between this build's client and its own
                # workers (a Dask cluster runs pickled code by design); never data from files
                if path.name == "distributed.py" and line.rstrip().endswith(
                    ("# trusted: this build's own task", "# trusted: our worker's reply")
                ):
                    continue
                if _DANGEROUS.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_security_grep_can_fail() -> None:
    assert _DANGEROUS.search("data = pickle.load(fh)")
    assert _DANGEROUS.search("x = eval(text)")
    assert not _DANGEROUS.search("x = ast.literal_eval(text); model.eval()")


# --- properties -------------------------------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_records = st.dictionaries(
    st.sampled_from(["text", "title", "outlet", "url", "published", "extra"]), _json_values, max_size=5
)
_lines = st.one_of(
    _records.map(json.dumps),
    _records.map(lambda r: json.dumps(r, ensure_ascii=False)),
    st.text(max_size=60),
    st.sampled_from(['{"text": "A b c."}', '{"text": "x", "published": "2023-02-30"}', "{", "[]", "null"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_lines, max_size=6), st.sampled_from(["\n", "\r\n"]))
def test_read_jsonl_never_raises_and_line_numbers_are_valid(lines: list[str], newline: str) -> None:
    text = newline.join(lines).replace("\r\n", "\n")
    articles, skipped = read_jsonl(text, "feed.jsonl")
    n_lines = len(text.split("\n"))
    seen = [a.line for a in articles] + [s.line for s in skipped]
    assert all(isinstance(n, int) and 1 <= n <= n_lines for n in seen)
    assert len(seen) == len(set(seen))  # each line gives at most one record
    for article in articles:
        assert isinstance(article, Article) and article.text.strip()
        article.text.encode("utf-8")


_tags = st.sampled_from(
    ["p", "div", "article", "main", "h1", "title", "script", "nav", "time", "meta", "table"]
)


@st.composite
def _html(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        tag = draw(_tags)
        body = draw(st.text(max_size=80))
        parts.append(f"<{tag}>{body}</{tag}>" if draw(st.booleans()) else f"<{tag} {body}>")
    return "<html><body>" + "".join(parts) if draw(st.booleans()) else "".join(parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_html(), st.text(max_size=200)))
def test_read_html_returns_article_or_skipped(page: str) -> None:
    result = read_html(page, "page.html")
    assert isinstance(result, (Article, Skipped))
    if isinstance(result, Article):
        assert result.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_language_guess_never_raises(text: str) -> None:
    guess = guess_language(text)
    assert 0.0 <= guess.english_share <= 1.0 and 0.0 <= guess.other_share <= 1.0


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.integers(1, 150))
def test_cap_text_is_a_bounded_prefix(text: str, limit: int) -> None:
    capped = cap_text(text, limit)
    assert len(capped) <= limit and text.startswith(capped)
