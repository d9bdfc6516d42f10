"""Publication dates of plain files: a clock time, weekday or relative time on a line of its own is no
dateline (it crashed the whole batch once: "XXXX-XX-XXT19:00" has no month to read), an ISO date in a
one-article file's name dates it when no metadata and no full dateline do, and an article on which
reading itself fails is skipped with a reason while the rest of the batch is read.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graphbuild import ingest
from graphbuild.ingest import read_documents
from graphbuild.temporal.published import infer_published

_LIVE_BLOG = (
    "The Latest: Senator urges supporters to vote early.\n\n"
    "DENVER (AP) — The Latest on the race for governor (all times MDT):\n\n"
    "7 p.m.\n\n"
    "Senator Ana Ruiz told supporters at a rally to cast their ballots before Tuesday.\n"
)


@pytest.mark.parametrize(
    "line",
    ["7 p.m.", "Sunday, on a morning talk show, the senator said she would run.", "Three days later"],
)
def test_a_time_without_month_and_day_is_no_dateline(line: str) -> None:
    text = f"Senator to run again.\n\n{line}\n\nSenator Ana Ruiz said she would seek a third term.\n"
    published = infer_published(text)
    assert published is None or not published.rule.startswith("dateline")


def test_a_live_blog_s_clock_time_heading_is_read_without_error(tmp_path: Path) -> None:
    (tmp_path / "latest.txt").write_text(_LIVE_BLOG, encoding="utf-8")
    result = read_documents([tmp_path], today=date(2026, 1, 1))
    assert [d.title for d in result.documents] == ["The Latest: Senator urges supporters to vote early."]
    assert result.skipped == ()


def test_an_iso_date_in_the_file_name_dates_an_undated_article(tmp_path: Path) -> None:
    (tmp_path / "2016-10-04_rally.txt").write_text(_LIVE_BLOG, encoding="utf-8")
    (doc,) = read_documents([tmp_path], today=date(2026, 1, 1)).documents
    assert doc.published is not None
    assert (doc.published.value, doc.published.rule, doc.published_source) == (
        "2016-10-04",
        "file-name",
        "inferred",
    )


def test_a_full_dateline_wins_over_the_file_name(tmp_path: Path) -> None:
    text = "Talks resume.\n\nLONDON, Dec. 4, 2023 — Talks resumed on Monday between the two unions.\n"
    (tmp_path / "2023-12-09_talks.txt").write_text(text, encoding="utf-8")
    (doc,) = read_documents([tmp_path], today=date(2026, 1, 1)).documents
    assert doc.published is not None and doc.published.value == "2023-12-04"


@pytest.mark.parametrize(
    "name", ["2016-13-04_rally.txt", "v2016-10-041.txt", "2016-10-04_and_2016-10-05.txt"]
)
def test_no_date_or_two_dates_in_the_file_name_date_nothing(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(_LIVE_BLOG, encoding="utf-8")
    (doc,) = read_documents([tmp_path], today=date(2026, 1, 1)).documents
    assert doc.published is None or doc.published.rule != "file-name"


def test_a_jsonl_file_s_name_dates_none_of_its_lines(tmp_path: Path) -> None:
    (tmp_path / "2016-10-04.jsonl").write_text(
        '{"title": "Senator to run", "text": "Senator Ana Ruiz said she would seek a third term."}\n',
        encoding="utf-8",
    )
    (doc,) = read_documents([tmp_path], today=date(2026, 1, 1)).documents
    assert doc.published is None or doc.published.rule != "file-name"


def test_a_file_name_date_in_the_future_is_distrusted(tmp_path: Path) -> None:
    (tmp_path / "2030-01-01_rally.txt").write_text(_LIVE_BLOG, encoding="utf-8")
    result = read_documents([tmp_path], today=date(2026, 1, 1))
    (doc,) = result.documents
    assert doc.published is None
    assert any("in the future" in w.message for w in result.warnings)


def test_an_article_that_fails_to_read_is_skipped_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ingest._document

    def failing(article, entry, today):  # a defect of ours on one article
        if "BOOM" in article.text:
            raise RuntimeError("no month to read")
        return real(article, entry, today)

    monkeypatch.setattr(ingest, "_document", failing)
    (tmp_path / "a.txt").write_text("Fine story\n\nThe council met on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bad story\n\nBOOM went the council on Monday.\n", encoding="utf-8")
    result = read_documents([tmp_path], today=date(2026, 1, 1))
    assert [d.title for d in result.documents] == ["Fine story"]
    (skip,) = result.skipped
    assert skip.path.endswith("b.txt")
    assert "reading failed (RuntimeError: no month to read)" in skip.reason
