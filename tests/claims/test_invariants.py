"""Invariants on arbitrary input: no crash, offsets exact, output sorted and deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graphbuild.claims import attributions, find_quotes
from graphbuild.claims.pipeline import ELISION

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
@example("Maria Lopez saidMaria Lopez said”Maria Lopez said“ he told reporters")  # CI found it
@example("Maria Lopez said” he told reportersMaria Lopez said“Maria Lopez said")
def test_attributions_are_exact_and_sorted(nlp, text):
    doc = nlp(text)
    atts = attributions(doc)
    assert atts == attributions(doc)
    assert [a.content for a in atts] == sorted(a.content for a in atts)
    for a in atts:
        assert_words_of_content(a, text)
        assert a.content_text.strip()
        if a.source is not None:
            assert a.source_text == text[a.source[0] : a.source[1]]
        if a.cue is not None:
            assert 0 <= a.cue[0] < a.cue[1] <= len(text)
        assert a.mode in ("direct", "indirect", "mixed")


def assert_words_of_content(att, text):
    """A report's words are its content's exact characters, or (a quotation broken by its
    attribution) those characters in order with gaps holding the source or cue left out."""
    start, end = att.content
    if att.content_text == text[start:end]:
        return
    pieces = att.content_text.split(ELISION)
    frame = [span for span in (att.source, att.cue) if span is not None]
    assert len(pieces) > 1 and _aligns(text, pieces, start, end, frame), (att.content_text, text)


def _aligns(text, pieces, at, end, frame, first=True):
    """Whether ``pieces`` lie in order in ``text[at:end]``, the first at ``at`` and the last
    ending at ``end``, each gap between two of them holding a frame span (any alignment)."""
    piece, rest = pieces[0], pieces[1:]
    starts = [at] if first else [i for i in range(at, end) if text.startswith(piece, i)]
    for found in starts:
        if not text.startswith(piece, found):
            continue
        if not first and not any(at <= fs and fe <= found for fs, fe in frame):
            continue
        after = found + len(piece)
        if (not rest and after == end) or (rest and _aligns(text, rest, after, end, frame, False)):
            return True
    return False
