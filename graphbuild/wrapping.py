"""Hard-wrapped wire copy: lines broken at a fixed width, where a line break is not a boundary.

Agency copy (Reuters-21578 among others) is wrapped at 60-80 columns, so a name, a date or a clause
runs across a line break: "the Securities and\\nExchange Commission". The statistical pipeline was
trained on running text and reads such a break as a boundary: it tags "Exchange Commission" alone,
or "February" and "12, 1986" apart. :func:`join_wrapped_lines` gives it the running text, one
character for one, so every offset still points into the article as read.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")
#: Lines this long or shorter, ending mid-sentence, are the mark of hard-wrapped wire copy.
_WRAP_WIDTH = 80

#: A line break inside a paragraph of wrapped copy: text right after it, and no line break right
#: before it (a paragraph opens with a blank line or an indent, which stay).
_WRAP_BREAK = re.compile(r"(?<!\n)\n(?=[^\s])")


@lru_cache(maxsize=64)  # asked by the sentence marker, the analysis text and the claims stage, per document
def is_hard_wrapped(text: str) -> bool:
    r"""True for wire copy wrapped at a fixed width, where a newline is not a boundary.

    >>> is_hard_wrapped("A headline\nA long paragraph that ends with a stop.")
    False
    """
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 5:
        return False
    open_ended = sum(1 for line in lines if len(line) <= _WRAP_WIDTH and not line.endswith(_TERMINAL))
    long_lines = sum(1 for line in lines if len(line) > _WRAP_WIDTH + 20)
    return open_ended / len(lines) > 0.5 and long_lines / len(lines) < 0.1


def join_wrapped_lines(text: str, judged: str | None = None) -> str:
    r"""``text`` with each line break inside a paragraph of hard-wrapped copy made a space: the
    same length, so offsets are unchanged. Text that is not hard-wrapped comes back as it is, and so
    do blank lines and indented paragraph starts. ``judged``: the text whose lines tell whether it
    is wrapped, when ``text`` is a copy with parts blanked (default: ``text``).

    >>> wrapped = "\n".join(["WASHINGTON - Shares of the firm, which filed with the Securities and",
    ...                      "Exchange Commission on Monday, rose three pct on the news from the",
    ...                      "company, which said it would buy back stock worth about one billion",
    ...                      "dlrs over the coming year.", "    The company said profits would rise",
    ...                      "sharply in the second half of the year, the chairman told reporters"])
    >>> print(join_wrapped_lines(wrapped)[45:126])
    with the Securities and Exchange Commission on Monday, rose three pct on the news
    >>> join_wrapped_lines("Headline\nBody.") == "Headline\nBody."
    True
    """
    if "\n" not in text or not is_hard_wrapped(text if judged is None else judged):
        return text
    return _WRAP_BREAK.sub(" ", text)
