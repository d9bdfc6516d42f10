"""What tells two people of one first name and surname apart: their middle names and a generational
suffix. "George H.W. Bush", "George W. Bush" and "George P. Bush" are three men; "Donald Trump Jr." is
not his father. Read by the merge guard of :class:`~graphbuild.entities_clusters.Clusters` and by the
step of :mod:`graphbuild.entities_resolve` that joins equal names.

Middle names compare by their initials. When both names write them as initials only ("H.W.", "W",
"HW"), the letters must be the same; when either spells one out ("Hillary Rodham Clinton"), the
initials of the shorter must appear, in order, in the longer's ("Jose Luis Rodriguez Zapatero" /
"Jose Luis Zapatero"); a name without a middle name is compatible with any. Suffixes: two different
ones ("Jr." / "Sr.") are two people; a suffix and none are two people only where one document names
both in full (news writes the father plain and the son with "Jr."; "Martin Luther King" alone is
"Martin Luther King Jr.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entities_keys import NAME_CONNECTORS, SUFFIXES

#: A middle name written as initials: "H.W.", "W.", "W", "HW".
_INITIALS = re.compile(r"(?:[A-Za-z]\.){1,3}|[A-Z]{1,2}")
#: The generational suffixes, as :func:`written_suffix` gives them ("jr", not "Jr.").
_SUFFIX_FORMS = frozenset(s.strip(".") for s in SUFFIXES)


@lru_cache(maxsize=65536)
def person_marks(name: str) -> tuple[str, bool, str]:
    """(initials of the middle names, whether all are written as initials, the generational suffix)
    of a person's name as written, its title already split off.

    >>> person_marks("George H.W. Bush"), person_marks("Hillary Rodham Clinton"), person_marks("Donald Trump Jr.")
    (('hw', True, ''), ('r', False, ''), ('', True, 'jr'))
    """
    words = name.split()
    suffix = ""
    while len(words) > 2 and (bare := words[-1].lower().strip(".,")) in _SUFFIX_FORMS:
        suffix = suffix or bare
        words = words[:-1]
    letters = []
    initials_only = True
    for w in words[1:-1]:
        if w.lower() in NAME_CONNECTORS:
            continue  # "Charles de Gaulle": a particle of the surname, no middle name
        if _INITIALS.fullmatch(w):
            letters.append("".join(c for c in w if c.isalpha()).lower())
        elif any(c.isalpha() for c in w):  # a nickname in quotes ('"Che"') by its first letter
            letters.append(next(c for c in w if c.isalpha()).lower())
            initials_only = False
    return "".join(letters), initials_only, suffix


def written_suffix(name: str) -> str:
    """The generational suffix ending a name of two words or more ("jr" of "Noland Jr."), else "".

    >>> written_suffix("Stewart Bainum Sr."), written_suffix("Bainum III"), written_suffix("Jr.")
    ('sr', 'iii', '')
    """
    words = name.split()
    bare = words[-1].lower().strip(".,") if len(words) > 1 else ""
    return bare if bare in _SUFFIX_FORMS else ""


def middles_compatible(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """Whether two middle-name marks ((initials, written as initials only), see :func:`person_marks`)
    can be one person's.

    >>> middles_compatible(("w", True), ("hw", True)), middles_compatible(("hw", True), ("wh", True))
    (False, True)
    >>> middles_compatible(("lr", False), ("l", True)), middles_compatible(("", True), ("p", True))
    (True, True)
    """
    (la, ia), (lb, ib) = a, b
    if not la or not lb:
        return True
    if ia and ib:
        return sorted(la) == sorted(lb)  # "W.H." for "H.W." is a slip of the pen, not a third man
    short, long = (la, lb) if len(la) <= len(lb) else (lb, la)
    return initials_within(short, long)


def initials_within(letters: str, other: str) -> bool:
    """Whether the initials ``letters`` appear, in order, in ``other``.

    >>> initials_within("lz", "lrz"), initials_within("zl", "lrz")
    (True, False)
    """
    rest = iter(other)
    return all(c in rest for c in letters)
