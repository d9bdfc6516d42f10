"""What a person's name is not: an attitude prefix ("pro-Clinton"), an inflected verb a title-case
line ran into it ("Telling Jeb Bush", "Dennis Prager Tells"), page furniture glued to it
("Zach CarterFlagShareLikeReplyPaige Lavender"), or an institution's or a place's head noun that
makes it something else ("Brennan Center", "Hermenegildo Galeana Street").

Token features and small generic vocabularies only; there are no lists of names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .entities_keys import ORG_HEADS, word_set
from .model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Prefixes written in lower case before a name with a hyphen ("pro-Clinton", "anti-Obama"): an
#: attitude to the person, no part of the name (unlike "al-" or "bin" of a name).
ATTITUDE_PREFIXES = frozenset({"pro", "anti", "non", "ex", "post", "pre", "neo"})
#: Inflected verbs at the edge of a person's name, where a title-case line ran the name into its
#: verb ("Telling Jeb Bush", "Dennis Prager Tells"); a bare or modal verb can be a first name
#: ("Will", "Rush") or a surname ("George Will").
EDGE_VERB_TAGS = frozenset({"VBD", "VBG", "VBN", "VBZ"})


#: What a name the tagger called a person is when it ends in one of these capitalised head nouns
#: ("Brennan Center", "Donald J. Trump Foundation", "Hermenegildo Galeana Street", "Foreign Agents
#: Registration Act"). Heads that are also surnames stay out ("Court", "Post", "Hall", "Park", "Bank").
HEAD_LABELS = (
    dict.fromkeys(
        (
            w.capitalize()
            for w in ORG_HEADS - word_set("court bank trust front board union league forces post")
        ),
        "ORG",
    )
    | dict.fromkeys(
        word_set("Street Avenue Boulevard Square Bridge Airport Stadium Arena Museum Library"), "FAC"
    )
    | {"Act": "LAW"}
)


def headed(m: Mention) -> Mention:
    """``m``, labelled by its head noun if it is a "person" of two words or more ending in one of
    :data:`HEAD_LABELS` (once title-case lines are cut: "Omar Mateen Worked With Department" is
    "Omar Mateen")."""
    if m.label != "PERSON":
        return m
    words = m.text.split()
    label = HEAD_LABELS.get(words[-1]) if len(words) >= 2 else None
    return m if label is None else replace(m, label=label)


#: Prepositions and subordinators a sentence opens with before a name ("Beneath Clinton's wins", "Without
#: Bloomberg in the mix"): a closed class of English words, none of them a first name.
OPENING_PREPOSITIONS = word_set(
    "about above across after against along amid amidst among amongst around at before behind below "
    "beneath beside besides between beyond despite during except from into near onto "
    "over since through throughout toward towards under underneath unlike until upon via within "
    "without although because unless whereas while whether though"
)


def person_edges(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """A person's token range without an attitude prefix ("pro-Clinton" -> "Clinton"), without a
    preposition a sentence opened with ("Beneath Clinton's wins" -> "Clinton") and without inflected
    verbs at its edges ("Telling Jeb Bush" -> "Jeb Bush")."""
    first = doc[s]
    if e - s > 2 and first.text in ATTITUDE_PREFIXES and doc[s + 1].text == "-" and not first.whitespace_:
        s += 2
    if e - s > 1 and doc[s].lower_ in OPENING_PREPOSITIONS and doc[s].whitespace_ and not doc[s].is_upper:
        s += 1
    # words in capitals are tagged one by one, as names ("CUBA SAYS"): their tags say nothing
    while e - s > 1 and doc[s].tag_ in EDGE_VERB_TAGS and doc[s].whitespace_ and not doc[s].is_upper:
        s += 1
    while (
        e - s > 1 and doc[e - 1].tag_ in EDGE_VERB_TAGS and doc[e - 2].whitespace_ and not doc[e - 1].is_upper
    ):
        e -= 1
    return s, e


#: Changes from a lower-case letter to a capital inside one word from which it is words glued together
#: (a page's buttons run into the names around them: "CarterFlagShareLikeReplyPaige"); a name has
#: one or two ("McDonald", "DeSantis", "GlaxoSmithKline").
GLUED_MIN_HUMPS = 3
_HUMP = re.compile(r"[a-z][A-Z]")


def is_glued(text: str) -> bool:
    """Whether a word of ``text`` is words glued together (see :data:`GLUED_MIN_HUMPS`).

    >>> is_glued("Zach CarterFlagShareLikeReplyPaige Lavender"), is_glued("Ron DeSantis McDonald")
    (True, False)
    """
    return any(len(_HUMP.findall(word)) >= GLUED_MIN_HUMPS for word in text.split())
