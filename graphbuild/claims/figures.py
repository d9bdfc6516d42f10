"""Cues that give a figure as their object: "counted 31 barns destroyed", "reported 14 deaths", "gave a
toll of 45 dead", "put the figure at more than 80", "estimated the damage at 3 billion dollars".

Such verbs ("count", "give", "put") say nothing in most of their uses, so they attribute only in
the active voice, with a number in the object (or in its "at" phrase) and, for "give", "put" and
the like, an object that names a figure (:data:`~.cues.FIGURE_NOUNS`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import FIGURE_AT_VERBS, FIGURE_COUNT_VERBS, FIGURE_NOUNS, FIGURE_VERBS

#: Entity types of numbers that are no figure of a count or amount ("the 2016 report", "the first").
_NOT_FIGURE_ENTS = frozenset(("DATE", "TIME", "ORDINAL"))


def _is_figure(tok: Token, depth: int = 0) -> bool:
    """Whether a noun phrase headed by ``tok`` gives a number: "31 barns", "more than 80", "a toll of 45
    dead", "the number of dead" is not one."""
    if tok.ent_type_ in _NOT_FIGURE_ENTS:
        return False
    if tok.pos_ == "NUM" or tok.like_num:
        return True
    for child in tok.children:
        if child.dep_ == "nummod" and child.ent_type_ not in _NOT_FIGURE_ENTS:
            return True
        if (
            depth == 0
            and child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.dep_ == "pobj" and _is_figure(g, 1) for g in child.children)
        ):
            return True
    return False


def figure_object(tok: Token, lemma: str) -> tuple[list[Token], list[Token]]:
    """Content of a cue that gives a figure as its object (:data:`~.cues.FIGURE_VERBS`): "counted 31
    barns destroyed", "gave a toll of 45 dead", "put the figure at more than 80". Active voice only ("the
    votes were counted": nothing said), and a number must be there ("counted the days" says nothing)."""
    if lemma not in FIGURE_VERBS or tok.pos_ != "VERB":
        return [], []
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return [], []
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return [], []
    obj = objects[0]
    if lemma in FIGURE_AT_VERBS:
        if obj.lemma_.lower() not in FIGURE_NOUNS:
            return [], []
        ats = [c for c in (*tok.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "at"]
        if any(g.dep_ == "pobj" and _is_figure(g) for at in ats for g in at.children):
            return [obj, *ats], []
        return [], []
    if not _is_figure(obj):
        return [], []
    if lemma in FIGURE_COUNT_VERBS or obj.lemma_.lower() in FIGURE_NOUNS:
        return [obj], []
    return [], []
