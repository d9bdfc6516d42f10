"""Public API: attributions() on strings and Docs, offsets, ordering, errors."""

from __future__ import annotations

import pytest

from graphbuild.claims import attribute_claims, attributions
from graphbuild.errors import GraphbuildError
from graphbuild.model import Attribution

TEXT = (
    "Budget row deepens\n"
    "Finance Minister Maria Lopez said on Monday that the deficit would shrink.\n"
    "“We will not raise taxes,” she told reporters.\n"
    "The opposition, according to its leader Peter Novak, will vote against the plan.\n"
)


def test_string_and_doc_give_the_same_result(nlp):
    assert attributions(TEXT, nlp=nlp) == attributions(nlp(TEXT))


def test_offsets_types_and_order(nlp):
    atts = attributions(TEXT, nlp=nlp)
    assert len(atts) == 3
    assert all(isinstance(a, Attribution) for a in atts)
    assert [a.content[0] for a in atts] == sorted(a.content[0] for a in atts)
    for a in atts:
        assert a.content_text == TEXT[a.content[0] : a.content[1]]
        assert a.source_text == TEXT[a.source[0] : a.source[1]]
        assert a.sentence[0] <= a.content[0] and a.content[1] <= a.sentence[1]
        assert a.mode in ("direct", "indirect", "mixed")
    assert [a.cue_lemma for a in atts] == ["say", "tell", "according to"]
    assert atts[2].speaker == "Peter Novak"


def test_deterministic(nlp):
    doc = nlp(TEXT)
    assert attributions(doc) == attributions(doc)


def test_misaligned_parse_is_an_error(nlp, make_document):
    document = make_document(TEXT)
    with pytest.raises(GraphbuildError):
        attribute_claims(document, nlp(TEXT + " extra"))


def test_empty_text(nlp):
    assert attributions("", nlp=nlp) == []
