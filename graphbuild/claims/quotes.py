"""Finding quotations in raw text, with local recovery from unbalanced quote marks.

Quote marks are paired per paragraph. News copy follows a convention for long
quotes: a paragraph that opens a quotation and ends without closing it continues
in the next paragraph, which starts with a fresh opening mark. Anything else that
does not pair up (a stray closing mark, an opener never closed, two openers in a
row) is repaired *locally*, within its sentence or paragraph, so one bad mark never
makes the rest of the document unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT_SINGLE = "'"

#: Characters after which a straight quote mark opens a quotation.
_OPEN_BEFORE = set(" \t\n([{—–-/:") | set(DOUBLE_OPEN) | set(SINGLE_OPEN)
#: Characters before which a straight quote mark closes a quotation.
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-…") | set(DOUBLE_CLOSE) | set(SINGLE_CLOSE)

_SENTENCE_END = re.compile(r"[.!?…][\"”’']?(?=\s)")
#: Longest stretch a single-quote pair may span (they are short: headlines, quotes in quotes).
_MAX_SINGLE = 300


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` delimit the quoted words, ``outer_*`` include the marks.

    ``recovered`` is True when a mark was missing and the span was repaired;
    ``paragraphs`` counts the paragraphs the quotation runs through.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    recovered: bool = False
    paragraphs: int = 1
    single: bool = False


def _classify_straight(text: str, i: int) -> str:
    """'open', 'close' or 'either' for a straight quote mark at ``i``."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    can_open = prev in _OPEN_BEFORE and not nxt.isspace()
    can_close = nxt in _CLOSE_AFTER and not prev.isspace()
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


#: Any double quotation mark; and the marks that may open a single quotation.
_DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE) + "]")
_SINGLE_OPENER = re.compile("[" + re.escape(SINGLE_OPEN + STRAIGHT_SINGLE) + "]")


def _double_marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    marks = []
    for m in _DOUBLE_MARK.finditer(text, lo, hi):
        i = m.start()
        c = text[i]
        if c in DOUBLE_OPEN:
            marks.append((i, "open"))
        elif c in DOUBLE_CLOSE:
            marks.append((i, "close"))
        elif c == STRAIGHT_DOUBLE:
            marks.append((i, _classify_straight(text, i)))
    return marks


def _sentence_start_before(text: str, lo: int, pos: int) -> int:
    """Start of the sentence containing ``pos``, not before ``lo``."""
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def _sentence_end_after(text: str, pos: int, hi: int) -> int:
    m = _SENTENCE_END.search(text, pos, hi)
    return m.end() if m else hi


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _make(text: str, outer_s: int, outer_e: int, *, has_open: bool, has_close: bool, **kw: object) -> Quote:
    s = outer_s + (1 if has_open else 0)
    e = outer_e - (1 if has_close else 0)
    s, e = _trim(text, s, e)
    return Quote(start=s, end=e, outer_start=outer_s, outer_end=outer_e, **kw)  # type: ignore[arg-type]


def find_double_quotes(text: str) -> list[Quote]:
    """Pair double quote marks (curly, straight, guillemets) into quotations."""
    quotes: list[Quote] = []
    paras = _paragraphs(text)
    pending: tuple[int, int] | None = None  # (outer start, paragraphs so far) of a quote running on
    for pi, (lo, hi) in enumerate(paras):
        marks = _double_marks(text, lo, hi)
        open_at: int | None = None
        n_par = 1
        k = 0
        if pending is not None:
            # The continuation paragraph opens with a mark that does not close anything.
            if marks and marks[0][0] == _trim(text, lo, hi)[0] and marks[0][1] != "close":
                k = 1
            open_at, n_par = pending[0], pending[1] + 1
            pending = None
        last_end = lo
        while k < len(marks):
            pos, kind = marks[k]
            k += 1
            if open_at is None:
                if kind == "close":
                    # A closing mark with no opener: the quote most likely began at its sentence.
                    s = max(last_end, _sentence_start_before(text, lo, pos))
                    if pos > s:
                        quotes.append(_make(text, s, pos + 1, has_open=False, has_close=True, recovered=True))
                    last_end = pos + 1
                else:
                    open_at = pos
                continue
            if kind == "open" and text[open_at] in (STRAIGHT_DOUBLE, *DOUBLE_OPEN):
                # Two openers in a row: close the first at the sentence end before the second.
                e = _sentence_end_after(text, open_at + 1, pos)
                quotes.append(
                    _make(text, open_at, e, has_open=True, has_close=False, recovered=True, paragraphs=n_par)
                )
                open_at, n_par = pos, 1
                continue
            quotes.append(_make(text, open_at, pos + 1, has_open=True, has_close=True, paragraphs=n_par))
            last_end = pos + 1
            open_at, n_par = None, 1
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None:
                first = _trim(text, *nxt)[0]
                if text[first] in DOUBLE_OPEN or (
                    text[first] == STRAIGHT_DOUBLE and _classify_straight(text, first) != "close"
                ):
                    pending = (open_at, n_par)
                    continue
            quotes.append(
                _make(text, open_at, hi, has_open=True, has_close=False, recovered=True, paragraphs=n_par)
            )
    return [q for q in quotes if q.end > q.start]


def _single_open(text: str, i: int) -> bool:
    c = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if c == SINGLE_OPEN:
        return not nxt.isspace()
    return c == STRAIGHT_SINGLE and (prev.isspace() or prev in "([{—–") and nxt.isalpha()


def _single_close(text: str, i: int) -> str | None:
    c = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if c not in (SINGLE_CLOSE, STRAIGHT_SINGLE):
        return None
    if prev.isspace() or not (nxt.isspace() or nxt in _CLOSE_AFTER):
        return None
    # "the workers' union" is more likely a plural possessive than a closing mark.
    if prev == "s" and nxt == " " and i + 2 < len(text) and text[i + 2].islower():
        return "possessive"
    return "close"


def find_single_quotes(text: str, inside: list[Quote] = ()) -> list[Quote]:  # type: ignore[assignment]
    """Pair single quote marks strictly (apostrophes share the glyph), within a paragraph."""
    blocked = [(q.outer_start, q.outer_end) for q in inside]
    quotes: list[Quote] = []
    for lo, hi in _paragraphs(text):
        i = lo
        while i < hi:
            found = _SINGLE_OPENER.search(text, i, hi)  # skip to the next mark that may open one
            if found is None:
                break
            i = found.start()
            if _single_open(text, i):
                if any(s <= i < e for s, e in blocked):
                    i += 1
                    continue
                stop = min(hi, i + _MAX_SINGLE)
                j = i + 2
                possessive = -1
                while j < stop:
                    if text[j] in '"“”' or (text[j] in (SINGLE_OPEN,) and _single_open(text, j)):
                        j = stop
                        break
                    closing = _single_close(text, j)
                    if closing == "close":
                        break
                    if closing == "possessive" and possessive < 0:
                        possessive = j
                    j += 1
                if j >= stop and possessive >= 0:
                    j = possessive  # the only candidate closer looked like "workers' union"
                if j < stop:
                    q = _make(text, i, j + 1, has_open=True, has_close=True, single=True)
                    if q.end - q.start >= 3:  # "rock 'n' roll"
                        quotes.append(q)
                    i = j + 1
                    continue
            i += 1
    return quotes


_TWO_SINGLES = re.compile(r"''|``")


def _normalise_doubled_singles(text: str) -> str:
    """Rewrite ``''``/````` (old newswire double quotes) as one straight mark, keeping offsets."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for m in _TWO_SINGLES.finditer(text):
        i = m.start()
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 2] if i + 2 < len(text) else "\n"
        if m.group() == "``" or (prev in _OPEN_BEFORE and not nxt.isspace()):
            chars[i], chars[i + 1] = " ", '"'  # opener: the mark sits next to the quoted words
        elif nxt in _CLOSE_AFTER and not prev.isspace():
            chars[i], chars[i + 1] = '"', " "
    return "".join(chars)


#: Markup left in scraped copy (``<tweet author="...">``): its quote marks are not quotations.
MARKUP = re.compile(r"<[A-Za-z/!][^<>\n]{0,400}>")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Spans of markup tags left in the text."""
    if "<" not in text:
        return []
    return [m.span() for m in MARKUP.finditer(text)]


def _blank_markup(text: str) -> str:
    spans = markup_spans(text)
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] in "\"'“”‘’«»„`":
                chars[i] = "_"
    return "".join(chars)


def find_quotes(text: str) -> list[Quote]:
    """All quotations in ``text`` (double, then single ones outside them), sorted by start."""
    text = _blank_markup(text)
    doubles = find_double_quotes(_normalise_doubled_singles(text))
    singles = find_single_quotes(text, doubles)
    return sorted(doubles + singles, key=lambda q: (q.start, q.end))
