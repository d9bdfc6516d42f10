"""Persons the tagger blends into the name before them: "Kremlin Spokesman Dmitry Peskov", "the Chicago
Council on Global Affairs Ivo Daalder" (one ORG span). A tail of two or three name-shaped words after
a role word or an organisation's head noun is a person's name, but not every such tail is one: "Bank
Negara Malaysia", "the Chicago Board Options Exchange", "General Public Utilities" and "the American
Health Security Act" are names of their own. Inside a span the tagger labels a person, the shape is
enough; inside any other span, the tail needs the document's word for it (:func:`person_tail`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entities_keys import ARTICLES, FUNCTION_WORDS, MEDIA_WORDS, ORG_HEADS, ROLE_WORDS, word_set
from .entities_shape import written_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Role words that qualify a title rather than name one ("Defense" of "Defense Secretary", "Senior"):
#: before a name they are the end of a title the text may not have written, or of a name ("the
#: Foreign Agents Registration Act"). "General" is a rank, and a word of firms' names ("General
#: Public Utilities"); the royal titles name places and things after people ("Prince Edward Island",
#: "the King James Bible").
QUALIFYING_ROLE_WORDS = word_set(
    "vice prime foreign defence defense interior finance economy justice trade health energy state "
    "senior former acting incoming outgoing top field press private crown general "
    "king queen prince princess emperor empress sultan emir pope"
)
#: Role words that name a person's title: right before a name, it is that person's.
PERSON_TITLES = ROLE_WORDS - QUALIFYING_ROLE_WORDS
#: How far back (tokens) a title with "of" may stand before a blended name ("President of the Chicago
#: Council on Global Affairs Ivo Daalder").
TITLE_OF_WINDOW = 9


def is_name_token(tok: Token) -> bool:
    """Shape of a personal-name part: capitalised word, not a role, head noun or function word."""
    text = tok.text
    low = text.lower().strip(".")
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if not all(c.isalpha() or c in "-'’." for c in text):
        return False
    if text.isupper() and len(text) > 1:
        return False  # acronyms are organisations, not names
    return not (low in ROLE_WORDS or low in ORG_HEADS or low in FUNCTION_WORDS or low in MEDIA_WORDS)


def split_blend(doc: Doc, start: int, end: int, *, person_span: bool = True) -> int | None:
    """Index where a PERSON-shaped tail starts inside an entity span, or None.

    The tail is 2-3 name-shaped tokens (or 1-3 after an explicit role word) preceded by a role
    word ("Spokesman") or an organisation head noun ("Affairs"). Unless the tagger labelled the span
    a person (``person_span``), the tail must also pass :func:`person_tail`.
    """
    n = end - start
    for size in (2, 3, 1):
        if n <= size:
            continue
        cut = end - size
        before = doc[cut - 1]
        low = before.lower_.strip(".")
        if not all(is_name_token(t) for t in doc[cut:end]):
            continue
        if size == 1 and not (before.text.endswith(".") or before.text.islower()):
            continue  # "General Motors": a capitalised role word before one word is a name itself
        if not (low in ROLE_WORDS or (size >= 2 and low in ORG_HEADS)):
            continue
        if person_span or person_tail(doc, cut, end):
            return cut
    return None


def person_tail(doc: Doc, cut: int, end: int) -> bool:
    """Whether tokens ``cut:end``, at the end of a span the tagger labelled other than a person, are a
    person's name. Not when the text writes each of its words in lower case too ("the American Health
    Security Act" ... "social security"). Else yes after a title ("Spokeswoman Haley Morris", "Phoenix
    Mayor Greg Stanton"), after a title with "of" not far before ("Secretary of Defense Leon Panetta",
    "President of the Chicago Council on Global Affairs Ivo Daalder"), or when the text uses the last
    word alone as a person's name (:func:`_surname_used`: "Daalder added")."""
    if all(written_lower(doc, i) for i in range(cut, end)):
        return False
    if doc[cut - 1].lower_.strip(".") in PERSON_TITLES:
        return True
    return _title_of_before(doc, cut) or _surname_used(doc, cut, end)


def _title_of_before(doc: Doc, cut: int) -> bool:
    """A person's title and "of" a few words before ``cut``, in the same sentence and with no verb or
    punctuation between ("Director General of Mineral and Energy Affairs Louw Alberts")."""
    sent_start = doc[cut].sent.start if doc.has_annotation("SENT_START") else 0
    for i in range(cut - 2, max(sent_start, cut - TITLE_OF_WINDOW) - 1, -1):
        tok = doc[i]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ == "of" and i > sent_start:
            prev = doc[i - 1].lower_.strip(".")
            return prev in PERSON_TITLES or (
                prev == "general" and i > 1 and doc[i - 2].lower_ in PERSON_TITLES
            )
    return False


def _surname_used(doc: Doc, cut: int, end: int) -> bool:
    """Whether the text writes the tail's last word elsewhere on its own as a person's: the tagger calls
    it a person there, or it is a clause's subject ("Ergenc told the news conference"); not after an
    article ("the Exchange said") nor after the tail's other words again."""
    last = doc[end - 1].text
    before_last = doc[end - 2].text if end - cut > 1 else None
    for tok in doc:
        if tok.text != last or cut <= tok.i < end:
            continue
        prev = doc[tok.i - 1] if tok.i else None
        if prev is not None and (prev.lower_ in ARTICLES or prev.text == before_last):
            continue
        if tok.ent_type_ == "PERSON" or tok.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def blend_cut(doc: Doc, s: int, e: int, *, person_span: bool = True) -> tuple[int, int] | None:
    """Where the person of a title+name blend in tokens ``s:e`` starts and ends (:func:`split_blend`),
    or None. The model often stops a blend one token early ("... Global Affairs Ivo" + "Daalder"): up
    to two name-shaped proper nouns right after it, outside any entity, end the name then."""
    e2 = e
    while e2 < len(doc) and e2 - e < 2 and doc[e2].ent_iob_ == "O" and doc[e2].pos_ == "PROPN":
        if not is_name_token(doc[e2]):
            break
        e2 += 1
    cut = split_blend(doc, s, e2, person_span=person_span) if e2 > e else None
    if cut is not None and cut < e:
        return cut, e2
    cut = split_blend(doc, s, e, person_span=person_span)
    return (cut, e) if cut is not None else None
