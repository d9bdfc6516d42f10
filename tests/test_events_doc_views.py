"""The shortcuts the events stage takes through a parsed Doc must read what the Doc itself says: the
Doc's text shared by the caller (instead of joining the tokens), and tokens picked by part of speech
on the token arrays (instead of a loop over every Token)."""

from __future__ import annotations

from graphbuild.events_nouns import tokens_tagged
from graphbuild.events_roles import _doc_text, share_doc_text

TEXT = "Rebels seized the port on Monday.\n\nThe attack was condemned; officials said talks would resume."


def test_tokens_tagged_are_the_tokens_with_that_part_of_speech(nlp) -> None:
    doc = nlp(TEXT)
    assert tokens_tagged(doc, "VERB") == [t.i for t in doc if t.pos_ == "VERB"]
    assert tokens_tagged(doc, "NOUN", "NN") == [t.i for t in doc if t.pos_ == "NOUN" and t.tag_ == "NN"]
    assert tokens_tagged(doc, "NOUN", "NN") and tokens_tagged(doc, "VERB")  # the test text has both
    assert tokens_tagged(nlp(""), "VERB") == []


def test_shared_text_is_the_docs_own(nlp) -> None:
    doc = nlp(TEXT)
    share_doc_text(doc, TEXT)
    assert _doc_text(doc) == doc.text == TEXT


def test_a_text_of_another_length_is_not_shared(nlp) -> None:
    doc = nlp(TEXT)
    share_doc_text(doc, TEXT + " More.")
    assert _doc_text(doc) == doc.text


def test_a_shared_text_does_not_replace_one_already_read(nlp) -> None:
    doc = nlp(TEXT)
    assert _doc_text(doc) == TEXT
    share_doc_text(doc, "x" * len(TEXT))
    assert _doc_text(doc) == TEXT
