"""A parsed Doc's text, joined once: spaCy rebuilds ``doc.text`` from every token at each access,
which made reading it per participant quadratic in the length of an article. Read by
:mod:`graphbuild.events_roles` and :mod:`graphbuild.events_clause_shape`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT_KEY = "graphbuild.events.text"


def _doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token at each access, which
    made reading it per participant quadratic in the length of an article."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def share_doc_text(doc: Doc, text: str) -> None:
    """Let :func:`_doc_text` answer ``text``, the text ``doc`` is the parse of, instead of joining the
    tokens again (a text of another length is no parse of it, and is ignored)."""
    parsed = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if parsed == len(text):
        doc.user_data.setdefault(_TEXT_KEY, text)
