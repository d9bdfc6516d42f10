"""Invariants on arbitrary input: no crash, offsets exact, output sorted and deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.claims import attributions, find_quotes

PIECES = [
    "Maria Lopez said",
    " he told reporters",
    ", according to officials",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    " the plan will work",
    ". ",
    "\n",
    "\n\n",
    " — ",
    ": ",
    "The minister warned that",
    " prices rose",
    "WALLACE: ",
]

texts = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n\"“”'‘’«»`")), max_size=80))
def test_quotes_are_well_formed(text):
    for q in find_quotes(text):
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
def test_attributions_are_exact_and_sorted(nlp, text):
    doc = nlp(text)
    atts = attributions(doc)
    assert atts == attributions(doc)
    assert [a.content for a in atts] == sorted(a.content for a in atts)
    for a in atts:
        assert a.content_text == text[a.content[0] : a.content[1]]
        assert a.content_text.strip()
        if a.source is not None:
            assert a.source_text == text[a.source[0] : a.source[1]]
        if a.cue is not None:
            assert 0 <= a.cue[0] < a.cue[1] <= len(text)
        assert a.mode in ("direct", "indirect", "mixed")
