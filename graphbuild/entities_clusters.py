"""The union-find that entity resolution merges mention items in, with the guards every merge
passes: never-merge overrides, no cluster holding two persons whose first names are
incompatible or whose surnames are far apart, whose middle names differ ("George H.W. Bush" /
"George W. Bush") or whose generational suffixes tell them apart (see
:mod:`graphbuild.entities_persons`), none holding a firm and its unit (see
:func:`firm_core`), and none holding a person and a company named after them (a full person
name and a name written with a legal form, :func:`firm_named`: "David D. Halbert" / "Halbert and
Associates Inc"; see :mod:`graphbuild.entities_resolve` for the steps)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from .entities_keys import part_similarity, word_set
from .entities_match import (
    CONFLICT_SURNAME_SIMILARITY,
    NameItem,
    first_names_compatible,
)
from .entities_persons import middles_compatible, person_marks
from .entities_usage import usage_votes
from .entities_vote import firm_core, firm_named, vote_type

#: What the guards read of a full person's name: first name, surname, middle initials, whether
#: those are written as initials only, generational suffix (see :func:`person_marks`).
Person = tuple[str, str, str, bool, str]


def person_of(item: NameItem) -> Person:
    """The :data:`Person` of a full person's item."""
    toks = item.parsed.tokens
    return (toks[0], toks[-1], *_person_marks(item.parsed.name))


# once per distinct name: the guards and two resolution steps read each full person's marks
_person_marks = lru_cache(maxsize=65536)(person_marks)


class Clusters:
    """Union-find over mention items, carrying what the merge guards need per cluster."""

    def __init__(
        self,
        items: Sequence[NameItem],
        never: frozenset[frozenset[str]],
        apart: frozenset[tuple[str, str, str]] = frozenset(),
    ) -> None:
        """``apart``: (first name, surname, suffix) of each suffixed person some document also names
        in full without the suffix (the father beside "Jr."): those two never merge."""
        self.items = items
        self.parent = list(range(len(items)))
        # per cluster root (each item its own cluster at first): plain dicts, built in one pass
        #: (key, label) -> count (a Counter per item costs a Python call)
        self.forms: dict[int, dict[tuple[str, str], int]] = {}
        self.titled: dict[int, bool] = {}
        self.persons: dict[int, set[Person]] = {}
        self.honorific: dict[int, bool] = {}
        #: (organisation, person, place) usage cues: one per mention, counted in the vote
        self.cues: dict[int, tuple[int, int, int]] = {}
        self.firms: dict[int, set[str]] = {}
        #: whether some mention is a company's name with its legal form (:func:`firm_named`)
        self.firm_named: dict[int, bool] = {}
        for i, it in enumerate(items):
            parsed, mention = it.parsed, it.mention
            self.forms[i] = {(it.key, it.label): 1}
            self.titled[i] = bool(parsed.honorific or getattr(mention, "title", ""))
            self.persons[i] = {person_of(it)} if it.is_full_person else set()
            self.honorific[i] = parsed.honorific
            self.cues[i] = usage_votes(mention)
            core = firm_core(it)
            self.firms[i] = {core} if core else set()
            self.firm_named[i] = firm_named(it)
        self.apart = apart
        self.never = never
        self.evidence: list[tuple[int, str]] = []
        #: vote_type's (type, repair) by root, dropped when the cluster changes
        self._votes: dict[int, tuple[str, str | None]] = {}

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def conflict(self, a: int, b: int) -> str | None:
        """Why clusters of items a and b must not merge, or None."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        return self._root_conflict(ra, rb)

    def _root_conflict(self, ra: int, rb: int) -> str | None:
        # "Halbert and Associates Inc" is David D. Halbert's firm, not a short form of his name
        person_and_firm = (self.persons[ra] and self.firm_named[rb]) or (
            self.persons[rb] and self.firm_named[ra]
        )
        if (
            not self.never
            and not (self.persons[ra] and self.persons[rb])
            and not (self.firms[ra] and self.firms[rb])
            and not person_and_firm
        ):
            return None
        if person_and_firm:
            return "a person and a company named after them"
        ka, kb = {k for k, _ in self.forms[ra]}, {k for k, _ in self.forms[rb]}
        for pair in self.never:
            x, y = tuple(pair) if len(pair) == 2 else (next(iter(pair)),) * 2
            if (x in ka and y in kb) or (y in ka and x in kb):
                return f"never_merge {x!r} / {y!r}"
        for fa, la, ma, ia, sa in self.persons[ra]:
            for fb, lb, mb, ib, sb in self.persons[rb]:
                if not first_names_compatible(fa, fb):
                    return f"first names {fa!r} / {fb!r} differ"
                if part_similarity(la, lb) < CONFLICT_SURNAME_SIMILARITY:
                    return f"surnames {la!r} / {lb!r} differ"
                if not middles_compatible((ma, ia), (mb, ib)):
                    return f"middle names {ma!r} / {mb!r} differ"
                if sa != sb and ((sa and sb) or (fa, la, sa or sb) in self.apart):
                    return f"suffixes {sa!r} / {sb!r}: two people"
        for fa in self.firms[ra]:
            for fb in self.firms[rb]:
                if _unit_of(fa, fb) or _unit_of(fb, fa):
                    return f"firms {fa!r} / {fb!r}: a company and its unit"
        return None

    def union(self, a: int, b: int, evidence: str | None = None, *, guarded: bool = True) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if guarded and self._root_conflict(ra, rb) is not None:
                return False
            if len(self.forms[ra]) < len(self.forms[rb]):
                ra, rb = rb, ra
            self.parent[rb] = ra
            into = self.forms[ra]
            for form, n in self.forms.pop(rb).items():  # Counter.update, without its Mapping check
                into[form] = into.get(form, 0) + n
            self._votes.pop(ra, None)
            self._votes.pop(rb, None)
            self.titled[ra] = self.titled[ra] or self.titled.pop(rb)
            self.persons[ra] |= self.persons.pop(rb)
            self.firms[ra] |= self.firms.pop(rb)
            self.firm_named[ra] = self.firm_named[ra] or self.firm_named.pop(rb)
            self.honorific[ra] = self.honorific[ra] or self.honorific.pop(rb)
            (oa, pa, la), (ob, pb, lb) = self.cues[ra], self.cues.pop(rb)
            self.cues[ra] = (oa + ob, pa + pb, la + lb)
        if evidence:
            self.evidence.append((a, evidence))
        return True

    def types(self) -> dict[int, str]:
        """Voted type of every cluster, by root."""
        return {root: self.vote(root)[0] for root in self.forms}

    def vote(self, root: int) -> tuple[str, str | None]:
        """:func:`vote_type` of the cluster of ``root`` (a root): its type and why it was repaired,
        if it was (computed once per cluster state)."""
        voted = self._votes.get(root)
        if voted is None:
            org, person, _ = self.cues[root]
            # a place by how the text uses it is decided on the whole entity (final_vote): retyped
            # while clusters merge, one document's "the city of Omsk" would keep its cluster from
            # another document's "Omsk" the tagger called an organisation
            voted = self._votes[root] = self._vote_with(root, (org, person, 0))
        return voted

    def final_vote(self, root: int) -> tuple[str, str | None]:
        """:meth:`vote` once clusters are done merging: the place cues vote too (see :func:`vote_type`)."""
        return self._vote_with(root, self.cues[root]) if self.cues[root][2] else self.vote(root)

    def _vote_with(self, root: int, cues: tuple[int, int, int]) -> tuple[str, str | None]:
        return vote_type(
            self.forms[root], self.titled[root], self.firm_named[root], self.honorific[root], cues
        )

    def roots(self) -> list[int]:
        """The root of every item (paths compressed on the way)."""
        parent, find = self.parent, self.find
        out = []
        for i in range(len(parent)):
            r = parent[i]
            if parent[r] != r:  # most items point at their root already
                r = find(i)
            out.append(r)
        return out

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i, root in enumerate(self.roots()):
            out[root].append(i)
        return out


#: Words after a firm's name that name its group or another legal form of it, not another company:
#: "Reuters Holdings PLC" is the firm "Reuters Inc" belongs to, as the news writes them; "BHP
#: Petroleum Pty Ltd" is "BHP Petroleum Ltd".
GROUP_WORDS = word_set(
    "holdings holding group international industries enterprises cos companies worldwide "
    "pty bhd bv ab as asa oy kk kg srl sae"
)


def _unit_of(parent: str, unit: str) -> bool:
    """Whether the firm with the key ``unit`` is a unit of the one with ``parent``: its name is the
    parent's and more, and the more is not only group words ("Boeing Co" / "Boeing Commercial
    Airplane Co", "Hoechst AG" / "Hoechst Celanese Corp"; not "Reuters Holdings PLC" / "Reuters Inc").

    >>> _unit_of("boeing", "boeing commercial airplane"), _unit_of("reuters", "reuters holdings")
    (True, False)
    >>> _unit_of("boeing", "boeing"), _unit_of("ford", "fordham")
    (False, False)
    """
    if not unit.startswith(parent + " "):
        return False
    return any(w not in GROUP_WORDS for w in unit[len(parent) + 1 :].split())
