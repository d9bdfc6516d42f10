"""Datelines: the place, date and agency that open a wire story's body ("CLEVELAND, March 3 -",
"KANSAS CITY, Mo., March 2 -", "TOKYO (Reuters) -").

They are layout, not sentences: the parser often reads the dateline's city as the subject of the
first sentence ("CLEVELAND ... - Acme Corp said": "CLEVELAND" said), and the headline and dateline
of an earnings report read like a row of figures. Stages ask here where they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A dateline: capitalised words, figures and parenthesised agencies, separated by spaces and
#: commas, then a dash. Every word capitalised: "Smith said on Monday - " is a sentence.
_DATELINE = re.compile(
    r"[ \t]*[A-Z][\w.'’&-]*"
    r"(?:[ \t]*,?[ \t]+(?:[A-Z][\w.'’&-]*|\d{1,4}(?:,)?|\([^()\n]{1,40}\)))*"
    r"[ \t]*(?:-|--|—|–)[ \t]"
)
#: A line break and a blank line: the end of a paragraph.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
#: Longest dateline read.
MAX_DATELINE = 90
#: Paragraphs of one short line (at most :data:`MAX_DECK` characters: a standfirst, the headline
#: written again) read past to a dateline.
MAX_DECKS = 2
MAX_DECK = 200


def headline_end(text: str) -> int | None:
    """Where the headline (the text's first line) ends; None for a text of one line."""
    end = text.find("\n", len(text) - len(text.lstrip()))
    return None if end < 0 else end


def shouted_headline_end(text: str, min_letters: int = 0) -> int:
    """Where the headline ends when it is written in capitals (at least ``min_letters`` of them),
    as wire copy writes it ("AMC IMPOSES HIRING FREEZE"); 0 when it is not. The tagger reads such
    a line word by word as names."""
    end = headline_end(text)
    if end is None:
        return 0
    line = text[len(text) - len(text.lstrip()) : end]
    return end if line.isupper() and sum(c.isalpha() for c in line) >= min_letters else 0


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the body's dateline is: at the start of the line after the headline (the text's first
    line), or of the first paragraph after it, or of a paragraph after a standfirst or the headline
    written again (at most :data:`MAX_DECKS` paragraphs of one short line each, as news sites give
    them: "Title\n\nTitle.\n\nROME - Bernie Sanders met ..."); None if the body opens with no dateline.

    >>> text = "ACME 2ND QTR NET\\n\\nOMAHA, Neb., March 2 - Shr 36 cts vs 30 cts"
    >>> s, e = dateline_span(text)
    >>> text[s:e]
    'OMAHA, Neb., March 2 - '
    >>> dateline_span("Title\\n\\nSmith said on Monday - in a statement - that it was over.") is None
    True
    >>> dateline_span("Title\\n\\nThe President - who had left - said so.") is None
    True
    """
    end = headline_end(text)
    if end is None:
        return None
    body = len(text) - len(text[end:].lstrip())
    for _ in range(MAX_DECKS + 1):
        found = _dateline_at(text, body)
        if found is not None:
            return found
        # a standfirst, or the headline again: a paragraph of one short line (not the first line of
        # hard-wrapped copy, whose next line may open with "U.S. - Japan talks")
        line_end = text.find("\n", body)
        if line_end < 0 or line_end - body > MAX_DECK or _PARAGRAPH_BREAK.match(text, line_end) is None:
            return None
        body = len(text) - len(text[line_end:].lstrip())
    return None


def _dateline_at(text: str, body: int) -> tuple[int, int] | None:
    found = _DATELINE.match(text, body)
    if found is None or found.end() - body > MAX_DATELINE:
        return None
    words = found.group().split()
    # a place in capitals, or a comma, an agency or a date after it: not "The President - "
    if not (words[0].isupper() and len(words[0]) >= 3) and not any(
        c in found.group() for c in ",(0123456789"
    ):
        return None
    return body, found.end()


#: A token this far into a document is past any dateline (which opens the body, after the headline and
#: at most :data:`MAX_DECKS` short paragraphs).
DATELINE_TOKENS = 200


def doc_dateline(doc: Doc) -> tuple[int, int] | None:
    """:func:`dateline_span` of a parsed document, read once per document from its first tokens
    (``Doc.text`` joins every token at each access) and kept in its ``user_data``."""
    key = "graphbuild.dateline"
    if key not in doc.user_data:
        doc.user_data[key] = dateline_span(doc[: min(len(doc), DATELINE_TOKENS)].text)
    found: tuple[int, int] | None = doc.user_data[key]
    return found


#: The place a dateline opens with, in capitals: words up to its first comma or dash ("LAKE SUCCESS").
_PLACE_IN_CAPITALS = re.compile(r"[A-Z][A-Z.'&-]*(?: [A-Z][A-Z.'&-]*)*")


def dateline_place(text: str) -> tuple[int, int] | None:
    """Where the place in capitals that the body's dateline opens with is ("LAKE SUCCESS" of "LAKE
    SUCCESS, N.Y., March 3 - "), or None: no dateline, or one whose place is not in capitals.

    >>> text = "JWP SELLS NOTES\\n\\nLAKE SUCCESS, N.Y., March 3 - JWP Inc said"
    >>> s, e = dateline_place(text)
    >>> text[s:e]
    'LAKE SUCCESS'
    >>> dateline_place("ACME NET\\n\\nOmaha, Neb., March 2 - Shr 36 cts") is None
    True
    """
    span = dateline_span(text)
    place = _PLACE_IN_CAPITALS.match(text, span[0]) if span is not None else None
    # the capitals must be whole words: "O" of "Omaha" is none
    if place is None or not place.group().isupper() or text[place.end() : place.end() + 1].isalnum():
        return None
    return place.span()


def heading_end(text: str) -> int:
    """Where the headline (the text's first line) and the body's dateline after it end."""
    span = dateline_span(text)
    if span is not None:
        return span[1]
    end = headline_end(text)
    return len(text) if end is None else end
