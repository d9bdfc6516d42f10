"""Where a reported statement's source is written: span helpers and the subject of a cue.

The grammatical subject of a reporting verb (inherited through ``advcl``/``xcomp``/``conj`` heads,
the ``by`` agent of a passive), else a name written just before a subject-less cue ("Ramos, 58,
told", "Jane Doe, chief economist at the bank, said"), and the noun phrase a source spans.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..datelines import DATELINE_TOKENS, doc_dateline
from ..entities_firms import BRACKETS
from ..temporal.lexicon import MONTHS, WEEKDAYS
from .cues import SPEECH_VERBS, TITLE_NOUNS

#: Words that name a day or a month ("Friday", "January", "today"): when the parser's subject of a cue is
#: one of them, tagged a date, the cue has no source there.
_DAY_WORDS = frozenset((*MONTHS, *WEEKDAYS, "today", "yesterday", "tonight", "tomorrow"))

_EDGE_PUNCT = set(",;:—–-")
SUBJECT_DEPS = ("nsubj", "csubj")
_SOURCE_STOP_DEPS = frozenset(("relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "parataxis"))
#: Dependency labels through which a cue without a subject inherits its head's subject.
_INHERIT_DEPS = frozenset(("advcl", "xcomp", "conj", "pcomp", "ccomp", "dep"))


def token_span(first: Token, last: Token) -> tuple[int, int]:
    """Character span from the start of ``first`` to the end of ``last``."""
    return first.idx, last.idx + len(last.text)


def subtree_span(tok: Token) -> tuple[int, int]:
    return token_span(tok.left_edge, tok.right_edge)


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop whitespace and edge punctuation (commas, colons, dashes) from a span."""
    while s < e and (text[s].isspace() or text[s] in _EDGE_PUNCT):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _EDGE_PUNCT):
        e -= 1
    return s, e


def minus_span(outer: tuple[int, int], inner: tuple[int, int]) -> tuple[int, int]:
    """``outer`` without ``inner`` when inner sits at one of its ends; else the longer side."""
    s, e = outer
    a, b = inner
    if a <= s:
        return max(s, b), e
    if b >= e:
        return s, min(e, a)
    return (s, a) if a - s >= e - b else (b, e)


#: Small words inside a firm's name ("Brown Boveri und Cie", "Procter and Gamble Co").
_NAME_GLUE = frozenset(("and", "und", "&", "of", "de", "et", "the"))


def _ticker_owner(tok: Token) -> tuple[int, int] | None:
    """The name a wire ticker in angle brackets follows, when the parser took the ticker for the
    subject: "BBC AG Brown Boveri und Cie <BBCZ.Z> said" is said by BBC AG Brown Boveri und Cie."""
    doc = tok.doc
    if not (0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "<" and doc[tok.i + 1].text == ">"):
        return None
    dateline = doc_dateline(doc)  # "BADEN, March 2 - BBC AG <BBCZ.Z> said": the name starts after it
    words: list[Token] = []  # the name's words, from the last back
    for i in range(tok.i - 2, -1, -1):
        word = doc[i]
        if word.is_space and "\n\n" not in word.text:
            continue  # a hard-wrapped line: "Brown Boveri und Cie\n<BBCZ.Z>"
        if dateline is not None and word.idx < dateline[1] <= tok.idx:
            break  # (a ticker in the headline, above the dateline, follows its name there)
        if (
            word.is_punct
            or word.is_space
            or not (word.is_title or word.is_upper or word.lower_ in _NAME_GLUE)
        ):
            break
        words.append(word)
    while words and words[-1].lower_ in _NAME_GLUE:
        words.pop()  # a name starts with a name word, not "the"
    return token_span(words[-1], words[0]) if words else None


def source_span(tok: Token) -> tuple[int, int]:
    """The noun phrase headed by ``tok``, without trailing relative clauses and appositions (for a
    wire ticker the parser took for the subject, the name before it: :func:`_ticker_owner`)."""
    owner = _ticker_owner(tok)
    if owner is not None:
        return owner
    last = tok
    for child in tok.rights:
        if child.dep_ in _SOURCE_STOP_DEPS:
            break
        last = child.right_edge
    first = tok.left_edge
    if first.i < tok.i and first.i < DATELINE_TOKENS:
        span = doc_dateline(tok.doc)
        if span is not None and first.idx < span[1] <= tok.idx:  # "March 6 - Acme Corp": Acme Corp
            first = next(t for t in tok.doc[first.i : tok.i + 1] if t.idx >= span[1])
    opening = _bracket_opening(tok)
    if opening is not None:  # "<Bryson Oil and Gas Plc> said": the name the wire marks, whole
        return token_span(opening.nbor(), tok)
    if first.text == "<" and first.i < tok.i and ">" not in tok.doc[first.i : last.i + 1].text:
        first = first.nbor()  # "<Drexel Burnham Lambert Inc> said": the name, not its opening mark
    return token_span(first, last)


def _bracket_opening(tok: Token) -> Token | None:
    """The "<" opening the name that ``tok`` ends, when the wire marks it ("<Acme Corp>"), else None."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ">":
        return None
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - 12) - 1, -1):
        if doc[i].text in BRACKETS:
            return doc[i] if doc[i].text == "<" else None
    return None


def grammatical_subject(tok: Token, depth: int = 0) -> Token | None:
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS:
            return child  # "Smith, who said ...": the written source is "who"
        if child.dep_ == "agent":  # "it was said by officials"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if depth < 3 and tok.dep_ in _INHERIT_DEPS and tok.head.i != tok.i:
        return grammatical_subject(tok.head, depth + 1)
    if tok.dep_ == "relcl" and tok.head.i != tok.i:
        return tok.head
    return None


_NAME_ENTS = frozenset(("PERSON", "ORG", "NORP", "GPE"))
_SKIPPABLE = frozenset(("ADV", "PUNCT", "NUM", "SPACE"))


def _left_name(tok: Token) -> Token | None:
    """A name just before a subject-less cue ("Gov. Jane Doe (R-OH), said"; "Ramos, 58, told").

    The parser often hangs such names off something else; walk left over commas,
    parentheses, ages and adverbs, and take the first name or pronoun.
    """
    depth = 0
    i = tok.i - 1
    sent_start = tok.sent.start
    steps = 0
    while i >= sent_start and steps < 12:
        t = tok.doc[i]
        steps += 1
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
        elif depth > 0 or (t.pos_ in _SKIPPABLE and t.text not in ('"', "“", "”", ":")):
            pass
        elif t.ent_type_ in _NAME_ENTS or t.pos_ == "PROPN" or t.lower_ in ("he", "she", "they"):
            return t
        elif t.dep_ == "aux" and t.head.i == tok.i:
            pass  # "..., Jane Doe, the bank's chief economist, has said"
        else:
            return _name_before_apposition(t)
        i -= 1
    return None


#: Parts of speech an apposition between a name and its cue is made of ("the secretary general of
#: the Western military alliance"): no verb, no quote, no clause.
_APPOSITION_POS = frozenset(("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM", "CCONJ", "PART"))


def _name_before_apposition(last: Token) -> Token | None:
    """The name before an apposition that ends at ``last``: "Jane Doe, chief economist at the bank,"
    then the cue. The apposition runs left from ``last`` to a comma (at most 10 words, nouns and their
    modifiers only), and a name must stand just before that comma."""
    i = last.i
    sent_start = last.sent.start
    while i > sent_start and last.i - i < 10:
        t = last.doc[i]
        if t.text == ",":
            name = last.doc[i - 1]
            if i - 1 >= sent_start and (name.ent_type_ in ("PERSON", "ORG") or name.pos_ == "PROPN"):
                return name
            return None
        if t.pos_ not in _APPOSITION_POS:
            return None
        i -= 1
    return None


def _source_segment(doc: Doc, end: int, floor: int) -> tuple[int, bool] | None:
    """The first token of a comma-opened segment ending just before token ``end`` made of nouns, names
    and their modifiers only, and whether it can name a source (it holds a name or a title: "Tomas
    Orlek", "the agency's deputy head"); None when it is no such segment."""
    i = end - 1
    while i > floor and doc[i].text != ",":
        if (doc[i].pos_ not in _APPOSITION_POS and doc[i].tag_ != "HYPH") or end - i > 8:
            return None
        i -= 1
    if i <= floor or i == end - 1:
        return None
    words = doc[i + 1 : end]
    named = any(
        t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or t.lemma_.lower() in TITLE_NOUNS
        for t in words
    )
    return i + 1, named


def apposed_source(cue: Token) -> tuple[int, int] | None:
    """Token range of a source written between commas just before a cue the parser left without a
    subject (a finite cue hung on the clause before): a name, a title, or both in apposition ("45,000 had
    fled their homes, the agency's deputy head, Tomas Orlek, told a news conference"). Each part holds
    nouns, names and their modifiers only, a comma opens it, and one part has a name or a title."""
    if (
        cue.dep_ not in ("parataxis", "ccomp", "conj")
        or cue.tag_ not in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    ):
        return None
    doc = cue.doc
    floor = cue.sent.start
    last = cue.i - 1  # the comma before the cue
    if last <= floor or doc[last].text != ",":
        return None
    near = _source_segment(doc, last, floor)
    if near is None:
        return None
    far = _source_segment(doc, near[0] - 1, floor)  # "the mayor, Jane Doe," / "Jane Doe, a farmer,"
    if far is not None and far[1] and far[0] - 1 > floor:
        return far[0], last
    return (near[0], last) if near[1] else None


def named_source_inside(subj: Token, content: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The span of a name the parser left inside content before its cue ("NATO should brace for bad
    news, Jens Stoltenberg, secretary general of the alliance, has said", with the name hung on
    "news"): the whole name, when a comma opens it; the content then ends at that comma."""
    if not subj.ent_type_:
        return None
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    if ent is None or ent.start == 0 or subj.doc[ent.start - 1].text != ",":
        return None
    comma = subj.doc[ent.start - 1].idx
    if comma <= content[0]:
        return None
    return ent.start_char, ent.end_char


#: Brackets closing a name, which the parser may take for the subject (wire copy marks firms "<Acme Corp>").
_CLOSING = frozenset((">", ")", "]"))


def find_subject(tok: Token) -> Token | None:
    """The source of a cue: its grammatical subject, else a name written just before it. A subject
    in the story's dateline is the parser's misreading ("CLEVELAND, March 3 - Acme Corp said":
    "CLEVELAND" said); the name it took as the city's apposition is the subject."""
    subj = grammatical_subject(tok)
    if subj is not None:
        subj = _past_dateline(subj, tok)
    if subj is None and tok.lemma_.lower() in SPEECH_VERBS and tok.tag_ != "VBG":
        subj = _left_name(tok)
    if subj is not None and subj.text in _CLOSING and subj.i > 0 and not subj.nbor(-1).is_punct:
        return subj.nbor(-1)  # "<Pantera Corp> said": the parser's subject is the bracket closing the name
    if subj is not None and subj.text == "<":  # or the one opening it
        doc = subj.doc
        close = next((t for t in doc[subj.i + 1 : min(len(doc), subj.i + 12)] if t.text in BRACKETS), None)
        if close is not None and close.text == ">" and close.i > subj.i + 1:
            return doc[close.i - 1]
    if subj is not None and subj.ent_type_ in ("DATE", "TIME") and subj.lower_ in _DAY_WORDS:
        # "tweeted on Friday to say ...": a day the parser left nearest the cue speaks for no one, but a
        # name the parser hung on it does ("Saturday at the convention Sen. Elizabeth Warren said")
        names = [t for t in subj.subtree if t.ent_type_ in ("PERSON", "ORG") and t.dep_ != "compound"]
        return names[-1] if names else None
    return subj


def _past_dateline(subj: Token, cue: Token) -> Token | None:
    """``subj``, or when it is in the dateline, the noun phrase between the dateline and ``cue``
    (the parser's apposition of the city, else the head of the words there); None if none."""
    if subj.i >= DATELINE_TOKENS:
        return subj
    span = doc_dateline(subj.doc)
    if span is None or not span[0] <= subj.idx < span[1]:
        return subj
    found = next((c for c in subj.subtree if c.dep_ == "appos" and c.idx >= span[1]), None)
    if found is not None or cue.i <= subj.i:
        return found
    doc = subj.doc
    after = [t for t in doc[subj.i : cue.i] if t.idx >= span[1]]
    lo = after[0].i if after else cue.i
    heads = [t for t in after if t.pos_ in ("PROPN", "NOUN") and not lo <= t.head.i < cue.i]
    return heads[-1] if heads else None
