"""Tests for graphbuild.ingest: formats, traversal, manifest, duplicates, bad inputs."""

from __future__ import annotations

import json
import logging
import shutil
from datetime import date
from pathlib import Path

import pytest

from graphbuild import ingest_manifest
from graphbuild.errors import InputError
from graphbuild.ingest import IngestResult, read_documents
from graphbuild.ingest_formats import UndecodableError, decode_bytes
from graphbuild.ingest_manifest import parse_metadata_date, read_manifest
from graphbuild.model import Document

DATA = Path(__file__).parent / "data" / "ingest"
CORPUS = DATA / "corpus"
BAD = DATA / "bad"
SEEDS = Path(__file__).parent.parent / "seeds"


def by_path(result: IngestResult) -> dict[str, Document]:
    return {Path(d.path).name: d for d in result.documents}


@pytest.fixture(scope="module")
def corpus() -> IngestResult:
    return read_documents([CORPUS])


# --- traversal ------------------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order_without_hidden_files(corpus: IngestResult) -> None:
    names = sorted(by_path(corpus))
    assert names == [
        "feed.jsonl:1",
        "feed.jsonl:2",
        "feed.jsonl:7",
        "nested.txt",
        "notes.md",
        "page.html",
        "plain.txt",
    ]
    assert not any(".hidden" in d.path or ".draft" in d.path for d in corpus.documents)
    # Unsupported files inside a directory are ignored silently, not reported.
    assert not any("readme.rst" in s.path for s in corpus.skipped)


def test_documents_are_sorted_by_id_and_ids_are_content_hashes(corpus: IngestResult) -> None:
    ids = [d.id for d in corpus.documents]
    assert ids == sorted(ids)
    for doc in corpus.documents:
        assert doc.id == Document.make_id(doc.text)


def test_result_does_not_depend_on_argument_order() -> None:
    files = [CORPUS / "plain.txt", CORPUS / "notes.md", CORPUS / "sub" / "nested.txt", CORPUS / "feed.jsonl"]
    assert read_documents(files) == read_documents(list(reversed(files)))


def test_same_file_named_twice_is_read_once() -> None:
    result = read_documents([CORPUS / "plain.txt", CORPUS / "plain.txt", CORPUS])
    assert sum(1 for d in result.documents if d.path.endswith("plain.txt")) == 1


def test_single_path_string_is_one_path() -> None:
    assert read_documents(str(CORPUS / "plain.txt")) == read_documents([CORPUS / "plain.txt"])


def test_explicitly_named_hidden_file_is_read() -> None:
    (doc,) = read_documents([CORPUS / "sub" / ".draft.txt"]).documents
    assert doc.title == "Hidden file"


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_documents([tmp_path / "nope.txt"])


def test_explicit_unsupported_file_is_skipped_with_reason() -> None:
    result = read_documents([BAD / "table.csv"])
    assert result.documents == ()
    assert len(result.skipped) == 1
    assert "unsupported file type .csv" in result.skipped[0].reason


def test_explicit_manifest_is_not_a_document() -> None:
    result = read_documents([DATA / "manifested" / "manifest.json"])
    assert result.documents == ()
    assert "manifest" in result.skipped[0].reason


# --- formats --------------------------------------------------------------------------------


def test_plain_text_title_is_first_line_and_text_is_kept_as_is(corpus: IngestResult) -> None:
    doc = by_path(corpus)["plain.txt"]
    raw = (CORPUS / "plain.txt").read_text(encoding="utf-8")
    assert doc.text == raw
    assert doc.title == "Port strike halts grain exports for a second day"
    assert doc.outlet is None and doc.url is None


def test_markdown_title_drops_heading_marks(corpus: IngestResult) -> None:
    doc = by_path(corpus)["notes.md"]
    assert doc.title == "Council approves new budget after all-night session"
    assert doc.text.startswith("# Council")


def test_jsonl_fields_and_title_prepended(corpus: IngestResult) -> None:
    docs = by_path(corpus)
    first = docs["feed.jsonl:1"]
    assert first.title == "Rail union calls off strike"
    assert first.outlet == "Example Wire"
    assert first.url == "https://example.org/rail"
    assert first.published is not None and first.published.value == "2024-03-05"
    assert first.published_source == "metadata"
    # The headline carries claims, so it is part of the text.
    assert first.text.startswith("Rail union calls off strike\n\nThe rail union")
    # Title already the first line: not repeated.
    seventh = docs["feed.jsonl:7"]
    assert seventh.text.count("Central bank holds rates") == 1
    assert seventh.published is not None and seventh.published.start == date(2024, 2, 29)


def test_jsonl_bad_date_is_ignored_with_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        result = read_documents([CORPUS / "feed.jsonl"])
    doc = by_path(result)["feed.jsonl:2"]
    assert doc.title == "Wildfire contained"
    assert doc.published_source != "metadata"
    assert "not a date" in caplog.text


def test_jsonl_malformed_lines_are_skipped_with_line_numbers(corpus: IngestResult) -> None:
    skipped = {(Path(s.path).name, s.line): s.reason for s in corpus.skipped}
    assert set(skipped) == {("feed.jsonl", 3), ("feed.jsonl", 4), ("feed.jsonl", 6)}
    assert "invalid JSON" in skipped["feed.jsonl", 3]
    assert "'text'" in skipped["feed.jsonl", 4]
    assert "not an object" in skipped["feed.jsonl", 6]


def test_jsonl_wrong_field_type_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": "Body text here.", "title": 42}) + "\n", encoding="utf-8")
    result = read_documents([path])
    assert result.documents == ()
    assert result.skipped[0].line == 1 and "'title'" in result.skipped[0].reason


def test_html_main_text_and_metadata(corpus: IngestResult) -> None:
    doc = by_path(corpus)["page.html"]
    assert doc.title == "Museum returns looted statues"
    assert doc.outlet == "The Example Herald"
    assert doc.url == "https://herald.example.com/culture/museum-returns-statues"
    assert doc.published is not None and doc.published.value == "2023-06-14"
    assert doc.published_source == "metadata"
    assert "four bronze statues" in doc.text
    assert "Log in" not in doc.text and "All rights reserved" not in doc.text
    assert doc.text.startswith("Museum returns looted statues\n")


def test_html_without_main_text_is_skipped() -> None:
    result = read_documents([BAD / "empty_page.html"])
    assert result.documents == ()
    assert "no main text" in result.skipped[0].reason


def test_html_never_fetches_a_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import htmldate.utils

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(htmldate.utils, "fetch_url", fail)
    path = tmp_path / "url.html"
    path.write_text("https://example.com/article", encoding="utf-8")
    result = read_documents([path])
    assert result.documents == ()


# --- decoding and bad inputs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [("empty.txt", "empty"), ("blank.txt", "empty"), ("image.txt", "binary")],
)
def test_bad_files_are_skipped_with_clear_reason(name: str, reason: str) -> None:
    result = read_documents([BAD / name])
    assert result.documents == ()
    assert len(result.skipped) == 1 and reason in result.skipped[0].reason


def test_latin1_file_is_decoded_by_detection() -> None:
    result = read_documents([BAD / "latin1.txt"])
    assert result.skipped == ()
    (doc,) = result.documents
    assert doc.title == "Café owners protest new rules"
    assert "40 cafés" in doc.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfTitle\r\nBody.\r\n", "Title\nBody.\n"),
        ("Title\nBody.".encode("utf-16"), "Title\nBody."),
        (b"Old\rMac\rlines", "Old\nMac\nlines"),
        ("Zürich – “quoted”".encode(), "Zürich – “quoted”"),
        (
            "He said \u201cnaïve\u201d \u2014 twice.".encode("cp1252"),
            "He said \u201cnaïve\u201d \u2014 twice.",
        ),
        ("café".encode("latin-1"), "café"),
        (
            "Министр заявил в понедельник, что переговоры продолжатся.".encode("cp1251"),
            "Министр заявил в понедельник, что переговоры продолжатся.",
        ),
    ],
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data)[0] == expected


@pytest.mark.parametrize("data", [b"", b"  \n ", b"\x00\x01\x02\x03binary", bytes(range(256)) * 4])
def test_decode_bytes_rejects_non_text(data: bytes) -> None:
    with pytest.raises(UndecodableError):
        decode_bytes(data)


# --- duplicates -----------------------------------------------------------------------------


def test_exact_duplicates_keep_first_in_sorted_path_order(corpus: IngestResult) -> None:
    (dup,) = corpus.duplicates
    assert dup.path.endswith("copy_of_plain.txt")
    assert dup.reason == f"exact duplicate of {CORPUS / 'plain.txt'}"
    assert by_path(corpus)["plain.txt"].path == str(CORPUS / "plain.txt")


def test_duplicates_differing_only_in_whitespace(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nBody   text here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Headline\r\nBody text here.", encoding="utf-8")
    result = read_documents([tmp_path])
    assert [Path(d.path).name for d in result.documents] == ["a.txt"]
    assert Path(result.duplicates[0].path).name == "b.txt"


# --- manifest -------------------------------------------------------------------------------


def test_manifest_overrides_file_metadata() -> None:
    result = read_documents([DATA / "manifested"])
    docs = by_path(result)
    story = docs["story.txt"]
    assert story.title == "Record heat"  # not the first line
    assert story.outlet == "Example Weather Desk"
    assert story.url == "https://weather.example.com/heat"
    assert story.published is not None and story.published.value == "2023-07-16"
    assert story.published.rule == "metadata:manifest"
    assert story.published_source == "metadata"
    assert ("published_how" in {k for _, k, _ in result.notes}) and all(
        i == story.id for i, _, _ in result.notes
    )
    assert docs["other.txt"].outlet is None


def test_manifest_applies_to_an_explicitly_named_file() -> None:
    (doc,) = read_documents([DATA / "manifested" / "story.txt"]).documents
    assert doc.outlet == "Example Weather Desk"


def _manifest_dir(tmp_path: Path, manifest: object) -> Path:
    (tmp_path / "a.txt").write_text("Headline\nBody.\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ({"documents": {"a.txt": {"publisher": "X"}}}, "unknown key 'publisher'"),
        ({"documents": {"a.txt": {"published": "2023-02-30"}}}, "'published'"),
        ({"documents": {"a.txt": {"published": "4 Dec 2023"}}}, "'published'"),
        ({"documents": {"../a.txt": {"title": "X"}}}, "plain file name"),
        ({"documents": {"sub/a.txt": {"title": "X"}}}, "plain file name"),
        ({"documents": {"missing.txt": {"title": "X"}}}, "no such file"),
        ({"documents": {"a.txt": {"url": "ftp://x"}}}, "'url'"),
        ({"documents": {"a.txt": {"title": 3}}}, "'title'"),
        ({"documents": {"a.txt": "x"}}, "must be an object"),
        ({"docs": {}}, "unknown key 'docs'"),
        ([], "JSON object"),
    ],
)
def test_invalid_manifest_is_reported_and_the_batch_goes_on(
    tmp_path: Path, manifest: object, message: str
) -> None:
    folder = _manifest_dir(tmp_path, manifest)
    with pytest.raises(InputError) as err:
        read_manifest(folder / "manifest.json")
    assert err.value.path == str(folder / "manifest.json")
    assert message in str(err.value)
    # reading the folder does not stop: the manifest is skipped with the same reason,
    # and the articles are read without its metadata
    result = read_documents([folder])
    (skip,) = [s for s in result.skipped if s.path == str(folder / "manifest.json")]
    assert message in skip.reason and "invalid manifest" in skip.reason
    assert result.documents and all(d.published_source != "metadata" for d in result.documents)


def test_manifest_invalid_json_names_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nBody.\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{\n"documents": {\n}\n,,}', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_manifest(tmp_path / "manifest.json")
    assert err.value.line == 4


def test_manifest_entry_cannot_describe_jsonl(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text('{"text": "Body of the article."}\n', encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": {"feed.jsonl": {"title": "X"}}}))
    result = read_documents([tmp_path])
    assert any("holds many" in w.message for w in result.warnings)
    assert [d.title for d in result.documents] != ["X"]


@pytest.mark.parametrize(
    ("value", "granularity", "start", "end"),
    [
        ("2023-12", "month", date(2023, 12, 1), date(2023, 12, 31)),
        ("2024", "year", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_manifest_accepts_coarse_dates(
    tmp_path: Path, value: str, granularity: str, start: date, end: date
) -> None:
    folder = _manifest_dir(tmp_path, {"documents": {"a.txt": {"published": value}}})
    (doc,) = read_documents([folder]).documents
    assert doc.published is not None
    assert (doc.published.granularity, doc.published.start, doc.published.end) == (granularity, start, end)


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("use_temporal", [True, False])
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-12-04", "2023-12-04"),
        ("2023-12-04T23:30:00+01:00", "2023-12-04"),
        ("Mon, 04 Dec 2023 10:00:00 GMT", "2023-12-04"),
        ("not a date", None),
        ("2023-13-01", None),
    ],
)
def test_parse_metadata_date(
    monkeypatch: pytest.MonkeyPatch, use_temporal: bool, value: str, expected: str | None
) -> None:
    if not use_temporal:
        monkeypatch.setattr(ingest_manifest, "_temporal_resolve", lambda: None)
    span = parse_metadata_date(value, rule="metadata:test")
    assert (span.value if span else None) == expected
    if span is not None:
        assert span.rule.startswith("metadata:test")
        assert span.start is not None and span.start <= span.end  # type: ignore[operator]


def test_undated_document_gets_inferred_date_when_temporal_can(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Ministers meet\nBRUSSELS, Dec. 4, 2023 — Foreign ministers met on Monday, officials said.\n",
        encoding="utf-8",
    )
    (doc,) = read_documents([tmp_path]).documents
    from graphbuild import temporal

    if not hasattr(temporal, "infer_published"):
        pytest.skip("graphbuild.temporal.infer_published not available yet")
    assert doc.published_source == "inferred"
    assert doc.published is not None and doc.published.value == "2023-12-04"


def test_inference_ignores_boilerplate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from graphbuild import ingest

    seen: list[str] = []
    monkeypatch.setattr(ingest, "_infer_published", lambda text: seen.append(text))
    (tmp_path / "a.txt").write_text(
        "Headline\nBody sentence here.\n(Photo: Jane Doe/Reuters, June 1, 2010)\n"
    )
    read_documents([tmp_path])
    assert seen and "2010" not in seen[0] and len(seen[0]) == len((tmp_path / "a.txt").read_text())


# --- seeds ----------------------------------------------------------------------------------


def test_seeds_manifest_is_valid_and_complete() -> None:
    manifest = read_manifest(SEEDS / "manifest.json")
    texts = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert sorted(e.name for e in manifest.entries) == texts and len(texts) == 5
    for entry in manifest.entries:
        assert entry.outlet and entry.outlet_how and entry.title
        assert entry.published is not None and entry.published.granularity == "day"
        assert entry.published_how and len(entry.published_how) > 80


def test_seeds_are_unchanged_copies_and_read_cleanly() -> None:
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if shared.is_dir():
        for path in shared.glob("*.txt"):
            assert (SEEDS / path.name).read_bytes() == path.read_bytes()
    result = read_documents([SEEDS])
    assert len(result.documents) == 5 and not result.skipped and not result.duplicates
    assert all(d.published_source == "metadata" for d in result.documents)
    for doc in result.documents:
        assert doc.text == Path(doc.path).read_text(encoding="utf-8")


def test_seeds_folder_can_be_copied_elsewhere(tmp_path: Path) -> None:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    assert len(read_documents([target]).documents) == 5
