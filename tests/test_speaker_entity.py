"""Which entity speaks in a report whose source phrase names no speaker itself: the one at the
phrase's head word, and a place or nationality beside that head only when the head is an institution
it speaks through ("U.S. officials", "the government of Japan"), never when it only says where
someone is from ("a European banker", "the Egyptian specimens", "Hoechst AG of West Germany").

Unit tests use hand-made mentions; the end-to-end test builds a graph with the real spaCy pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_doc

from graphbuild.crossdoc_mentions import MentionIndex, speaker_entity
from graphbuild.model import Attribution
from graphbuild.pipeline import analyse_documents, assemble_graph


def _att(text: str, source: str, head: str, speaker_span: tuple[int, int] | None = None) -> Attribution:
    s = text.index(source)
    h = text.index(head, s)
    return Attribution(
        doc_id="doc:a",
        content=(len(text) - 5, len(text)),
        content_text="x",
        mode="indirect",
        source=(s, s + len(source)),
        source_text=source,
        source_head=(h, h + len(head)),
        speaker_span=speaker_span,
    )


def _index(text: str, *names: tuple[str, str]) -> MentionIndex:
    spans = sorted((text.index(n), text.index(n) + len(n), eid) for n, eid in names)
    return MentionIndex({"doc:a": spans})


TYPES = {"ent:us": "GPE", "ent:eu": "NORP", "ent:jp": "GPE", "ent:wg": "GPE", "ent:acme": "ORG"}


def _speaker(att: Attribution, index: MentionIndex) -> str | None:
    return speaker_entity(att, index, TYPES, lambda name: None)


@pytest.mark.parametrize(
    ("text", "source", "head", "name", "eid", "expected"),
    [
        ("U.S. officials said it. xxxxx", "U.S. officials", "officials", "U.S.", "ent:us", "ent:us"),
        (
            "the government of Japan said so. xxxxx",
            "the government of Japan",
            "government",
            "Japan",
            "ent:jp",
            "ent:jp",
        ),
        ("a European banker said so. xxxxx", "a European banker", "banker", "European", "ent:eu", None),
        ("traders in Japan said so. xxxxx", "traders in Japan", "traders", "Japan", "ent:jp", None),
        ("officials in Japan said so. xxxxx", "officials in Japan", "officials", "Japan", "ent:jp", None),
        # an organisation's people speak for it
        ("Acme analysts said so. xxxxx", "Acme analysts", "analysts", "Acme", "ent:acme", "ent:acme"),
        (
            "a spokesman for Acme said so. xxxxx",
            "a spokesman for Acme",
            "spokesman",
            "Acme",
            "ent:acme",
            "ent:acme",
        ),
        # but not the one they are sent to: an ambassador to an alliance is a country's, an adviser
        # to a firm no voice of it
        (
            "the former ambassador to Acme said so. xxxxx",
            "the former ambassador to Acme",
            "ambassador",
            "Acme",
            "ent:acme",
            None,
        ),
        ("an adviser to Acme said so. xxxxx", "an adviser to Acme", "adviser", "Acme", "ent:acme", None),
        # nor one they no longer serve
        (
            "a former Acme executive said so. xxxxx",
            "a former Acme executive",
            "executive",
            "Acme",
            "ent:acme",
            None,
        ),
        (
            "former U.S. officials said so. xxxxx",
            "former U.S. officials",
            "officials",
            "U.S.",
            "ent:us",
            None,
        ),
        (
            "current and former U.S. officials said so. xxxxx",
            "current and former U.S. officials",
            "officials",
            "U.S.",
            "ent:us",
            "ent:us",
        ),
    ],
)
def test_a_place_beside_the_head_speaks_only_through_an_institution(text, source, head, name, eid, expected):
    assert _speaker(_att(text, source, head), _index(text, (name, eid))) == expected


def test_mentions_of_the_place_elsewhere_in_the_document_do_not_count():
    text = "European talks went on. A European banker said so. xxxxx"
    att = _att(text, "A European banker", "banker")
    spans = [(0, 8, "ent:eu"), (text.index("European", 10), text.index("European", 10) + 8, "ent:eu")]
    assert _speaker(att, MentionIndex({"doc:a": spans})) is None


def test_the_entity_at_the_head_wins_over_a_longer_place_in_the_phrase():
    text = "Hoechst AG of West Germany said so. xxxxx"
    source = "Hoechst AG of West Germany"
    index = _index(text, ("Hoechst AG", "ent:acme"), ("West Germany", "ent:wg"))
    # written as the source (the name as written spans the whole phrase): the head "AG" decides
    as_written = _att(text, source, "AG", speaker_span=(0, len(source)))
    assert _speaker(as_written, index) == "ent:acme"
    # no mention at the head: the place after "of" is not the company's voice
    bare = _index(text, ("West Germany", "ent:wg"))
    assert _speaker(as_written, bare) is None


def test_a_place_the_tagger_cut_from_the_head_word_is_its_name():
    text = "Allis-Chalmers said so. xxxxx"
    att = _att(text, "Allis-Chalmers", "Chalmers", speaker_span=(0, 14))
    assert _speaker(att, _index(text, ("Allis", "ent:eu"))) == "ent:eu"


def test_a_resolved_name_is_used_as_before():
    text = "Jane Doe, a European banker, said so. xxxxx"
    att = _att(text, "Jane Doe, a European banker", "Doe", speaker_span=(0, 8))
    index = _index(text, ("Jane Doe", "ent:acme"), ("European", "ent:eu"))
    assert _speaker(att, index) == "ent:acme"


def _speakers_built(nlp, text: str, published: date) -> dict[str, str | None]:
    """Each statement's text -> its speaker's name, in a graph built from ``text`` with the real pipeline."""
    docs = [make_doc(text, outlet="Wire", published=published)]
    graph = assemble_graph(list(analyse_documents(docs, nlp, n_process=1)))
    names = {n: d["name"] for n, d in graph.nodes(data=True) if d.get("kind") == "Entity"}
    return {
        d["text"]: names.get(d["speaker"]) if d["speaker"] else None
        for _, d in graph.nodes(data=True)
        if d.get("kind") == "Statement"
    }


def test_speakers_end_to_end(nlp):
    text = (
        "Steel talks stall in Geneva\n\n"
        "GENEVA, March 3 - Talks on steel quotas stalled on Tuesday. U.S. officials said the "
        "quota offer was too low. A European banker said the talks would resume in May. "
        "Hoechst AG of West Germany said its steel unit would cut 300 jobs."
    )
    said = _speakers_built(nlp, text, date(1987, 3, 3))
    by_words = {k.split()[1] if k.startswith("the ") else k.split()[0]: v for k, v in said.items()}
    assert by_words["quota"] == "U.S."
    assert by_words["talks"] is None  # not "European"
    assert by_words["its"] in ("Hoechst AG", None)  # never West Germany


def test_an_envoy_to_an_organisation_is_not_its_voice_end_to_end(nlp):
    text = (
        "Envoy urges talks\n\n"
        "The former U.S. ambassador to NATO called on member states to open talks with Moscow. "
        "A U.S. ambassador to NATO said that member states would meet in May."
    )
    said = _speakers_built(nlp, text, date(2023, 3, 3))
    called = [speaker for content, speaker in said.items() if "open talks" in content]
    assert called == [None]  # neither NATO, to which he was sent, nor the country he no longer serves
    meet = [speaker for content, speaker in said.items() if "meet in May" in content]
    assert meet == ["U.S."]  # a serving ambassador speaks for his country, not for NATO
