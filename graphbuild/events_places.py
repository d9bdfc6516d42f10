"""Place phrases of event participants: a common place noun named by an "of" phrase ("the province of
Haldia") and a place that qualifies a common noun ("Haldia province"), read by the participant finders of
:mod:`graphbuild.events_roles` and :mod:`graphbuild.events_nouns`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events_lexicon import _PLACE_LABELS, _PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _names_the_place(tok: Token, child: Token) -> bool:
    """An "of" phrase that names the place a common place noun stands for ("the province of Haldia", "the
    port of Vell"), not another thing ("the president of France", "the centre of Paris" keep their head)."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "of"
        and tok.lemma_.lower() in _PLACE_NOUNS
        and any(g.dep_ == "pobj" and g.ent_type_ in _PLACE_LABELS for g in child.children)
    )


def _place(tok: Token) -> bool:
    """A named place, or a common noun a named place qualifies ("Haldia province", "the Ostrog valley")."""
    return tok.ent_type_ in _PLACE_LABELS or (
        tok.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.ent_type_ in _PLACE_LABELS for c in tok.children)
    )
