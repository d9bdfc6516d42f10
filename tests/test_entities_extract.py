"""Mention extraction with the real spaCy pipeline (one session-scoped load)."""

from __future__ import annotations

from typing import Any

import pytest

from graphbuild.entities import KEEP_LABELS, TitledMention, extract_mentions, resolve_entities
from graphbuild.model import Document, Mention
from graphbuild.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_pipeline()


def mentions_of(nlp: Any, text: str, boilerplate: tuple[tuple[int, int], ...] = ()) -> list[Mention]:
    document = Document(id=Document.make_id(text), text=text, title="", path="x.txt", boilerplate=boilerplate)
    return extract_mentions(document, nlp(document.analysis_text))


def find(ms: list[Mention], text: str) -> Mention:
    hits = [m for m in ms if m.text == text]
    assert hits, f"{text!r} not among {[(m.text, m.label) for m in ms]}"
    return hits[0]


def test_offsets_point_into_document_text_and_labels_are_kept_ones(nlp: Any) -> None:
    text = (
        "On Monday, NATO said 30 percent of the $5 billion would go to the United Nations' agencies in Kyiv."
    )
    ms = mentions_of(nlp, text)
    assert ms
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.label in KEEP_LABELS
    assert not any(m.text in ("Monday", "30 percent", "$5 billion") for m in ms)
    un = [m for m in ms if "United Nations" in m.text]
    assert un and un[0].text == "United Nations", "determiner and possessive are trimmed"


def test_titles_before_person_names_are_captured(nlp: Any) -> None:
    text = (
        "NATO Secretary-General Jens Stoltenberg said Russian Foreign Minister Sergey Lavrov was wrong. "
        "Gen. Valery Zaluzhny agreed."
    )
    ms = mentions_of(nlp, text)
    js = find(ms, "Jens Stoltenberg")
    assert isinstance(js, TitledMention) and js.title == "NATO Secretary-General"
    assert js.title_span is not None and text[js.title_span[0] : js.title_span[1]] == js.title
    assert getattr(find(ms, "Sergey Lavrov"), "title", "") == "Russian Foreign Minister"
    assert getattr(find(ms, "Valery Zaluzhny"), "title", "") == "Gen."


def test_title_in_apposition_after_the_name(nlp: Any) -> None:
    text = "Jens Stoltenberg, secretary general of the Western military alliance, has said so."
    js = find(mentions_of(nlp, text), "Jens Stoltenberg")
    assert getattr(js, "title", "") == "secretary general of the Western military alliance"


def test_title_and_name_blend_is_split_into_a_person(nlp: Any) -> None:
    text = "The visit was welcomed by the Chicago Council on Global Affairs Ivo Daalder on Tuesday."
    ms = mentions_of(nlp, text)
    person = find(ms, "Ivo Daalder")
    assert person.label == "PERSON"
    assert getattr(person, "title", "") == "Chicago Council on Global Affairs"
    assert find(ms, "Chicago Council on Global Affairs").label != "PERSON"


def test_organisation_named_with_a_role_word_is_not_split(nlp: Any) -> None:
    ms = mentions_of(nlp, "Shares of General Motors fell sharply in New York.")
    assert not any(m.label == "PERSON" for m in ms)


def test_boilerplate_is_skipped(nlp: Any) -> None:
    text = "Jens Stoltenberg spoke in Brussels.\nDownload the Fox News app from Apple today."
    start = text.index("Download")
    ms = mentions_of(nlp, text, boilerplate=((start, len(text)),))
    assert all(m.end <= start for m in ms)
    assert any(m.text == "Jens Stoltenberg" for m in ms)


def test_extraction_then_resolution(nlp: Any) -> None:
    texts = [
        "Kremlin Spokesman Dmitry Peskov said Kiev accuses Washington of delays. Peskov later left.",
        "Dmitry Peskov spoke to reporters in Kyiv. Mr. Peskov declined to comment.",
    ]
    ms = [m for t in texts for m in mentions_of(nlp, t)]
    res = resolve_entities(ms)
    peskov = res.entity(res.find("Peskov") or "")
    assert peskov is not None and peskov.type == "PERSON" and len(peskov.documents) == 2
    assert "Kremlin Spokesman" in peskov.titles
    kiev = res.entity(res.find("Kyiv") or "")
    assert kiev is not None and kiev.type == "GPE" and res.find("Kiev") == kiev.id


def test_lower_case_spans_and_numbers_are_not_names(nlp: Any) -> None:
    text = "Hurricane Humberto 785 miles east of Bermuda weakened, said Jane Doe of the senate."
    ms = mentions_of(nlp, text)
    assert all(any(c.isupper() or c.isdigit() for c in m.text) for m in ms)
    assert all(not any(c.isdigit() for c in m.text) for m in ms if m.label == "PERSON")


def test_a_time_zone_the_model_labels_an_organisation_is_no_mention(nlp: Any) -> None:
    text = "The launch is set for 14:00 UTC on Monday, NASA said."
    assert nlp(text).ents[0].text == "UTC"  # the model's label this test guards against
    assert [m.text for m in mentions_of(nlp, text)] == ["NASA"]
