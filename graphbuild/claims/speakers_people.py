"""The people a document names, as :class:`~graphbuild.claims.speakers.SpeakerIndex` reads them: each
PERSON mention without honorifics, the title words written around it, and whether it can be the
referent of a later "he" or "she" (its clause is a main one)."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .cues import HONORIFICS, SPEECH_VERBS
from .speakers_orgs import WORD


def words_of(text: str) -> set[str]:
    """The lowercased words of a text."""
    return set(WORD.findall(text.lower()))


def clean_name(ent: Span, text: str) -> tuple[str, tuple[int, int]]:
    """Drop honorifics and a possessive "'s" from a name mention."""
    toks = [t for t in ent if t.lower_ not in HONORIFICS and t.tag_ != "POS" and t.text not in ("'s", "’s")]
    if not toks:
        return ent.text, (ent.start_char, ent.end_char)
    return text[toks[0].idx : toks[-1].idx + len(toks[-1].text)], (
        toks[0].idx,
        toks[-1].idx + len(toks[-1].text),
    )


def main_clause(verb: Token) -> bool:
    """A clause that can introduce a discourse referent: not an embedded question or a modifier."""
    if verb.dep_ not in ("ROOT", "advcl", "conj", "parataxis"):
        return False
    return not any(c.tag_ in ("WP", "WRB", "WDT") or c.lower_ in ("whether", "if") for c in verb.children)


@dataclass
class Person:
    name: str
    span: tuple[int, int]
    ntok: int
    last: str
    titles: set[str]
    sent: int
    subject: bool
    token: int  # the name's root token
    proper_titles: set[str]  # title words that are names, nationalities or organisations
    main_clause: bool  # its clause is not buried in a prepositional or relative phrase


def person_named(ent: Span, text: str, sent: int) -> Person | None:
    """The :class:`Person` a name span (a PERSON entity, or the name of a blend) gives, in sentence
    ``sent``; None when nothing capitalised is left of it."""
    name, span = clean_name(ent, text)
    if not name or not name[0].isupper():
        return None
    parts = name.split()
    root = ent.root
    return Person(
        name=name,
        span=span,
        ntok=len(parts),
        last=parts[-1].lower(),
        titles=name_titles(ent),
        proper_titles=name_titles(ent, proper_only=True),
        sent=sent,
        subject=root.dep_ in ("nsubj", "nsubjpass")
        or (root.dep_ in ("appos", "compound") and root.head.dep_ == "nsubj"),
        token=root.i,
        main_clause=main_clause(root.head),
    )


def name_titles(ent: Span, *, proper_only: bool = False) -> set[str]:
    """Title words written next to a name: before it, in an apposition, or as its head.

    With ``proper_only``, only the words that are themselves names, nationalities or
    organisations ("Russian", "NATO"), which a description must not contradict.
    """
    doc = ent.doc
    toks: list[Token] = []
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 6:
        t = doc[i]
        if t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text in ("-", "'s", "’s"):
            toks.append(t)
            i -= 1
            continue
        break
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos":
            toks += list(doc[child.left_edge.i : child.i + 1])
    if root.dep_ == "appos":
        head = root.head
        toks += list(doc[head.left_edge.i : head.i + 1])
    if proper_only:
        toks = [t for t in toks if t.ent_type_ in ("GPE", "NORP", "ORG")]
    words: set[str] = set()
    for t in toks:
        words |= words_of(t.text)
    return words


def surname_subjects(sent: Span, head: Token, surnames: Container[str], text: str) -> list[Token]:
    """The subjects in ``sent`` before ``head`` that are known ``surnames`` (lowercased) the tagger did not
    tag there: of its main clause or of a speech verb ("Ortner, who ..., said ... he said"), not inside a
    quotation or another reported clause ("Monsod and I get along," he said)."""
    out = []
    for tok in sent:
        if tok.i >= head.i:
            break
        if (
            tok.dep_ == "nsubj"
            and tok.pos_ == "PROPN"
            and tok.lower_ in surnames
            and (main_clause(tok.head) or tok.head.lemma_ in SPEECH_VERBS)
            and sum(text.count(q, sent.start_char, tok.idx) for q in '"“”') % 2 == 0
        ):
            out.append(tok)
    return out


__all__ = ["Person", "clean_name", "main_clause", "name_titles", "surname_subjects", "words_of"]
