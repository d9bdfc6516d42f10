"""Fixtures for the claims tests: one spaCy pipeline per session."""

from __future__ import annotations

import pytest

from graphbuild.model import Document


@pytest.fixture(scope="session")
def nlp():
    from graphbuild.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def attribute(nlp):
    """Parse a text and return its attributions (no timexes)."""
    from graphbuild.claims import attributions

    def run(text: str):
        return attributions(text, nlp=nlp)

    return run


@pytest.fixture(scope="session")
def make_document():
    """Build a Document around a text (extra fields as keywords)."""

    def make(text: str, **kw) -> Document:
        return Document(id=Document.make_id(text), text=text, title="", path="<test>", **kw)

    return make
