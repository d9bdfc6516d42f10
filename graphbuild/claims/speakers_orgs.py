"""Organisations as sources: how a firm's name is written again ("Piedmont" of "Piedmont Aviation
Inc"), who speaks for a firm ("a company spokesman"), and which resolved sources name an organisation,
for :mod:`graphbuild.claims.speakers` ("the company said", "it said")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..entities_keys import is_legal_form
from .cues import BUSINESS_NOUNS, GROUP_NOUNS, lexicon

#: A word as written, with its inner dots, apostrophes and hyphens ("U.S.", "Moody's", "J.P."): what
#: descriptions are compared by ("the U.S. trade representative") and organisations named in a content.
WORD = re.compile(r"[\w'’&.-]+")
#: Sources that are a document or a whole trade, not someone: "the report said", "the industry said".
THING_SOURCES = lexicon("""
    statement communique communiqué release report letter memo survey study document review analysis
    forecast estimate bulletin newsletter editorial article industry
""")
#: Words that make an organisation's name a public body's, which "the company" never means.
PUBLIC_BODY_WORDS = lexicon("""
    department ministry commission board council union institute association authority bureau
    agency government office court parliament committee administration reserve
""")
#: A wire ticker right after a name ("Pechiney <PUKG.PA>"), matched where the name ends (no copy of the rest).
_TICKER_NEXT = re.compile(r"\s*<")
#: Rules of resolutions to a name the tagger labelled (see :class:`graphbuild.claims.speakers.Resolution`).
_TAGGED_RULES = frozenset(("named-group", "group-description", "pronoun-group", "owner"))


def org_key(name: str) -> str:
    """The first word of an organisation's name, as it would be written again ("Piedmont" of
    "Piedmont Aviation Inc"); empty when that word is no name ("Bank" of "Bank of Japan")."""
    words = WORD.findall(bare_org(name))
    if not words or not words[0][:1].isupper() or words[0].lower() in GROUP_NOUNS:
        return ""
    return words[0]


#: People who speak for an organisation.
SPOKES_NOUNS = frozenset(("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"))


def spokes_gender(noun: str) -> str | None:
    """The gender a spokes-noun tells ("spokeswoman": "f", "spokesman": "m", "spokesperson": None)."""
    return "f" if "wom" in noun else "m" if noun.endswith(("man", "men")) else None


def speaks_for_the_company(head: Token) -> bool:
    """ "a company spokesman", "the firm's spokeswoman", "a spokesman for the company"."""
    for child in head.children:
        if child.dep_ in ("compound", "poss") and child.lower_ in BUSINESS_NOUNS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "for"
            and any(g.dep_ == "pobj" and g.lower_ in BUSINESS_NOUNS and bare_the(g) for g in child.children)
        ):
            return True
    return False


def bare_the(noun: Token) -> bool:
    """ "the company", not "a company buying wheat" nor "Denmark's largest beet concern"."""
    children = list(noun.children)
    return len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ == "the"


def org_words(name: str) -> set[str]:
    return {w.lower().strip("<>.,") for w in name.split()}


def bare_org(name: str) -> str:
    """An organisation's name as a speaker: without the wire's ticker brackets ("<Acme Corp>")."""
    words = name.replace("<", " ").replace(">", " ").split()
    if len(words) > 1 and words[0].lower() == "the":  # "The Bank of Thailand" said: the Bank of Thailand
        words = words[1:]
    return " ".join(words)


def names_organisation(
    name: str | None, rule: str, span: tuple[int, int] | None, orgs: list[tuple[str, tuple[int, int]]]
) -> bool:
    """Whether a resolved source (``name``, resolved by ``rule`` to ``span``) names an organisation:
    a name the tagger labelled one (among ``orgs``, the document's (name, span) organisations), or
    one written as a source whose last word is a legal form or a group noun ("The Federal National
    Mortgage Association said", "Wings West Airlines said").

    >>> names_organisation("Wings West Airlines", "as-written", (0, 19), [])
    True
    >>> names_organisation("John Smith", "as-written", (0, 10), [])
    False
    """
    if not name or span is None:
        return False
    if rule in _TAGGED_RULES:
        return any(found == span for _, found in orgs)
    words = WORD.findall(bare_org(name))
    if rule != "as-written" or len(words) < 2 or not words[0][:1].isupper():
        return False
    last = words[-1].lower().rstrip(".")
    return is_legal_form(last) or last in GROUP_NOUNS or last.removesuffix("s") in GROUP_NOUNS


def firm_speaker(
    name: str | None, rule: str, span: tuple[int, int], orgs: list[tuple[str, tuple[int, int]]], text: str
) -> bool:
    """Whether a speaker resolved to ``name`` at ``span`` (by ``rule``) of ``text`` is an organisation:
    one tagged so (among ``orgs``), a name ending in a legal form whatever the tagger took it for
    ("Akzo NV"), one written as a source that ends in a group noun, or a name the wire marks with a
    ticker ("Pechiney <PUKG.PA> said"). "He said" after it is not it.

    >>> firm_speaker("Pechiney", "as-written", (0, 8), [], "Pechiney <PUKG.PA> said")
    True
    >>> firm_speaker("John Smith", "as-written", (0, 10), [], "John Smith said")
    False
    """
    if not name:
        return False
    if names_organisation(name, rule, span, orgs) or is_legal_form(name.split()[-1]):
        return True
    return _TICKER_NEXT.match(text, span[1]) is not None


def named_within(
    orgs: list[tuple[str, tuple[int, int]]], text: str, start: int, end: int, *, first: bool = False
) -> tuple[str, tuple[int, int]] | None:
    """The organisation tagged between ``start`` and ``end`` of ``text`` (among ``orgs``, (name, span)
    in text order), the nearest to ``end`` ("an Energy and Mines Ministry communique"), or with
    ``first`` the nearest to ``start`` ("a spokesman for the Chilean Copper Commission in Santiago"):
    not a wire ticker ("A Norfolk Southern Corp <NSC> spokesman"), and with the name its "of" joins
    ("an Army Corps of Engineers spokesman", where the tagger found two)."""
    inside = [
        (n, sp)
        for n, sp in orgs
        if start <= sp[0] and sp[1] <= end and text[max(0, sp[0] - 1) : sp[0]] != "<"
    ]
    if not inside:
        return None
    (name, span), other = (inside[0], inside[1:2]) if first else (inside[-1], inside[-2:-1])
    for _, (o_start, o_end) in other:  # the part on the other side of an "of"
        if text[min(o_end, span[1]) : max(o_start, span[0])].split() == ["of"]:
            span = (min(o_start, span[0]), max(o_end, span[1]))
            name = text[span[0] : span[1]]
    return name, span
