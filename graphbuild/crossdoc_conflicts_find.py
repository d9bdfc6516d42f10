"""CONFLICTS_WITH pairs: every two claims of one quantity from statements of different documents, judged
by the rules :mod:`graphbuild.crossdoc_conflicts` describes. :func:`find_conflicts` keeps the pairs that
disagree; :func:`explain_pairs` says of every pair why it was or was not flagged, for an analyst who asks
why two figures are not side by side (and for the benchmark's account of what it missed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from .crossdoc_conflicts import (
    _TOLLS,
    TOLL_SHARED_WORDS,
    NumericClaim,
    ReportClaim,
    _clause_words,
    _number,
    _same_people,
    _toll_evidence,
    compare_claims,
    numeric_claims,
)
from .crossdoc_conflicts_measures import from_a_place, measures_compared
from .crossdoc_conflicts_time import publication_days, times_compatible
from .crossdoc_conflicts_toll import (
    a_year_s,
    another_occurrence,
    figure_clause,
    names_unknown,
    one_toll_unworded,
    worldwide,
)
from .crossdoc_counted import GENERIC_COUNTED as _GENERIC_COUNTED
from .crossdoc_story import one_story, share_a_specific, specific_entities
from .model import Conflict, Statement

#: Why a pair of figures was not flagged, in the order the rules are tried (see :func:`explain_pairs`).
REASONS = (
    "one document",  # an article giving both figures counts two things: a conflict is between sources
    "unrelated",  # no shared subject, speaker or story
    "times apart",  # counts at different times may both be right
    "agree",  # the ranges the qualifiers allow overlap and the figures are close
    "also given",  # one source gives the other's figure too: two things measured, not a disagreement
    "names unknown",  # a report names a place or group the other's articles never mention
    "other people",  # rebels and soldiers: two sides' tolls
    "a part",  # "at least 20 soldiers" of "about 40" wounded: one group's toll within everyone's
    "two peoples",  # "Iraqi troops" / "the Iranians"
    "another occurrence",  # "22 people in a second bombing"
    "worldwide",  # the world's toll against one country's
    "a year's",  # "350 redundancies this year" against "800 planned redundancies"
    "nothing shared",  # no word says the two figures count one thing
    "measured apart",  # money, areas, distances: the unit says little of what is measured
)


#: Counting nouns that name no group at all: a toll of them may hold one group's ("soldiers"). Toll nouns
#: ("casualties", "dead") are not among them: "over 125,000 casualties for the Ukrainian side" and "at
#: least 103,000 Ukrainian soldiers" killed are two sources' tolls of one side.
_ANYONE = frozenset(("people", "person"))


def _may_be_a_part(part: NumericClaim, whole: NumericClaim) -> bool:
    """Whether ``part``, a toll of one group ("at least 20 soldiers"), may be a part of ``whole``, a toll
    of people, whoever they are ("about 40", "40 people"): it counts no more than the whole may. A
    group's toll above everyone's still contradicts it.

    >>> from graphbuild.crossdoc_conflicts import qualified_range
    >>> c = lambda v, noun, q=None: NumericClaim("s", v, q, noun, "injuries", "", *qualified_range(v, q))
    >>> _may_be_a_part(c(20, "soldier", "at least"), c(40, "people", "about"))
    True
    >>> _may_be_a_part(c(60, "soldier"), c(40, "people")), _may_be_a_part(c(20, "people"), c(40, "people"))
    (False, False)
    >>> _may_be_a_part(c(103000, "soldier", "at least"), c(125000, "casualty", "over"))
    False
    """
    return part.noun not in _GENERIC_COUNTED and whole.noun in _ANYONE and part.value <= whole.high


class _Pairs:
    """What the rules read of a set of statements, computed once; :meth:`verdict` judges one pair."""

    def __init__(
        self,
        statements: Sequence[Statement],
        published: Mapping[str, str] | None,
        document_entities: Mapping[str, frozenset[str]] | None,
        precomputed: Mapping[str, Sequence[ReportClaim]] | None,
        source_entities: Mapping[str, frozenset[str]] | None,
        entity_types: Mapping[str, str] | None,
    ) -> None:
        claims = {s.id: numeric_claims(s, precomputed) for s in statements}
        claimed = [s for s in statements if claims[s.id]]  # the few with a figure: only they are compared
        named = source_entities or {}
        self.subjects = {
            s.id: {*s.about, *named.get(s.id, ()), *([s.speaker] if s.speaker else [])} for s in claimed
        }
        self.docs = {s.id: frozenset(r.doc_id for r in s.reports) for s in claimed}
        self.about = {s.id: s.about for s in claimed}
        self.texts = {s.id: [r.content_text for r in s.reports] for s in claimed}
        self.speakers = {s.id: s.speaker or s.id for s in claimed}  # an unknown speaker is no one else
        self.days = {s.id: publication_days(s, published) for s in claimed}
        self.story_docs = document_entities or {}
        self.adjectives = frozenset(e for e, t in (entity_types or {}).items() if t == "NORP")
        self.specific = specific_entities(self.story_docs)
        self.by_quantity: dict[str, list[NumericClaim]] = defaultdict(list)
        self.given: dict[tuple[str, str], list[NumericClaim]] = defaultdict(list)  # (statement, quantity)
        for sid in sorted(claims):
            for c in claims[sid]:
                self.by_quantity[c.quantity].append(c)
                self.given[(sid, c.quantity)].append(c)
        self._clauses: dict[int, str | None] = {}  # id of a claim -> its clause, read once
        self._clause_words: dict[int, frozenset[str]] = {}  # id of a claim -> its clause's words

    def pairs(self) -> Iterator[tuple[NumericClaim, NumericClaim]]:
        """Every two claims of one quantity, by quantity, in statement order (one at a time: a large
        build's tolls make many pairs)."""
        for quantity in sorted(self.by_quantity):
            items = self.by_quantity[quantity]
            for x, a in enumerate(items):
                for b in items[x + 1 :]:
                    yield a, b

    def also_given(self, a: NumericClaim, b: NumericClaim) -> bool:
        """Whether ``b``'s statement also gives a figure of ``a``'s quantity that agrees with ``a``: two
        reports of a drill log ("from 1,100 feet to 1,730 feet") each give both depths, and the first
        depth of one is no other source's figure for the second."""
        return any(c is not b and compare_claims(a, c) is None for c in self.given[(b.statement, a.quantity)])

    def clause(self, claim: NumericClaim) -> str | None:
        if id(claim) not in self._clauses:
            self._clauses[id(claim)] = figure_clause(self.texts[claim.statement], claim.text)
        return self._clauses[id(claim)]

    def clause_words(self, claim: NumericClaim) -> frozenset[str]:
        words = self._clause_words.get(id(claim))
        if words is None:
            words = self._clause_words[id(claim)] = _clause_words(claim, self.clause(claim))
        return words

    def verdict(self, a: NumericClaim, b: NumericClaim) -> str:
        """ "contradiction" or "divergence" when the pair is flagged, else one of :data:`REASONS`."""
        sa, sb, quantity = a.statement, b.statement, a.quantity
        if sa == sb or self.docs[sa] & self.docs[sb]:
            return "one document"
        doc_pairs = [
            (self.story_docs.get(x), self.story_docs.get(y)) for x in self.docs[sa] for y in self.docs[sb]
        ]
        story = any(one_story(x, y) for x, y in doc_pairs)
        subject = bool(self.subjects[sa] & self.subjects[sb])
        loosely = story or subject or any(share_a_specific(x, y, self.specific) for x, y in doc_pairs)
        toll = quantity in _TOLLS
        related = loosely if toll else story or subject
        if not (related or toll):
            return "unrelated"
        if not times_compatible(a, b, self.days[sa], self.days[sb]):
            return "times apart"
        severity = compare_claims(a, b)
        if severity is None:
            return "agree"
        if self.also_given(a, b) or self.also_given(b, a):
            return "also given"
        pair_docs, abouts = (self.docs[sa], self.docs[sb]), (self.about[sa], self.about[sb])
        if (
            (toll or quantity == "distance")
            and self.story_docs
            and names_unknown(pair_docs, abouts, self.story_docs, self.adjectives)
        ):
            return "names unknown"
        one_source = self.speakers[sa] == self.speakers[sb]
        if toll:
            if not _same_people(a.noun, b.noun):
                return "other people"
            if _may_be_a_part(a, b) or _may_be_a_part(b, a):
                return "a part"
            peoples = (self.adjectives.intersection(abouts[0]), self.adjectives.intersection(abouts[1]))
            if peoples[0] and peoples[1] and not peoples[0] & peoples[1]:
                return "two peoples"
            if another_occurrence(self.clause(a)) or another_occurrence(self.clause(b)):
                return "another occurrence"
            if worldwide(self.clause(a)) != worldwide(self.clause(b)):
                return "worldwide"
            if a_year_s(self.clause(a)) != a_year_s(self.clause(b)):
                return "a year's"
            if not (
                related and _toll_evidence(a, b, one_source) >= TOLL_SHARED_WORDS
            ) and not one_toll_unworded(
                pair_docs,
                abouts,
                (self.clause_words(a), self.clause_words(b)),
                self.story_docs,
                (a.context, b.context),
                self.adjectives,
            ):
                return "nothing shared"
        elif not measures_compared(
            quantity,
            len(a.context & b.context),
            one_source=one_source,
            story=story,
            loosely=loosely,
            from_places=from_a_place(self.clause(a), a.text) and from_a_place(self.clause(b), b.text),
        ):
            return "measured apart"
        return severity


def find_conflicts(
    statements: Sequence[Statement],
    *,
    include_divergent: bool = True,
    tolerance: float | None = None,
    published: Mapping[str, str] | None = None,
    document_entities: Mapping[str, frozenset[str]] | None = None,
    precomputed: Mapping[str, Sequence[ReportClaim]] | None = None,
    source_entities: Mapping[str, frozenset[str]] | None = None,
    entity_types: Mapping[str, str] | None = None,
) -> list[Conflict]:
    """CONFLICTS_WITH pairs: statements of different documents about a shared entity (or by one
    speaker) giving incompatible (or, with ``include_divergent``, widely different) figures for
    one quantity at compatible times (see :mod:`graphbuild.crossdoc_conflicts`). ``published``: each
    document's publication day (ISO, as :func:`~graphbuild.crossdoc.merge_statements` takes it), which
    dates statements with no said time; without it such statements are taken as contemporary.
    ``document_entities``: the entities each document mentions, which tell documents of one story
    (:func:`~graphbuild.crossdoc_story.one_story`); without it only a shared subject relates two
    statements. ``tolerance`` is kept for compatibility and unused. ``precomputed``: report texts ->
    their :func:`~graphbuild.crossdoc_conflicts.report_claims`. ``source_entities``: statement id -> the
    entities its reports' sources name ("Iraqi" in "an Iraqi soldier"), which relate statements as a
    shared subject does. ``entity_types``: entity id -> type; nationalities (NORP) never make a toll
    another place's."""
    judge = _Pairs(statements, published, document_entities, precomputed, source_entities, entity_types)
    found: dict[tuple[str, str, str], Conflict] = {}
    rank = {"contradiction": 0, "divergence": 1}
    for a, b in judge.pairs():
        severity = judge.verdict(a, b)
        if severity not in rank or (severity == "divergence" and not include_divergent):
            continue
        quantity = a.quantity
        pair = (min(a.statement, b.statement), max(a.statement, b.statement))
        previous = found.get((*pair, quantity))  # one conflict per quantity the two disagree on
        if previous is not None and rank[dict(previous.details)["severity"]] <= rank[severity]:
            continue
        first, second = (a, b) if a.statement == pair[0] else (b, a)
        found[(*pair, quantity)] = Conflict(
            a=pair[0],
            b=pair[1],
            reason=f"different figures for {quantity}"
            + (" (incompatible)" if severity == "contradiction" else " (compatible bounds)"),
            values=(first.text, second.text),
            details=(
                ("severity", severity),
                ("quantity", quantity),
                ("qualifiers", (first.qualifier or "", second.qualifier or "")),
                ("ranges", tuple(f"[{_number(c.low)}, {_number(c.high)}]" for c in (first, second))),
            ),
        )
    return [found[k] for k in sorted(found)]


def explain_pairs(
    statements: Sequence[Statement],
    *,
    published: Mapping[str, str] | None = None,
    document_entities: Mapping[str, frozenset[str]] | None = None,
    precomputed: Mapping[str, Sequence[ReportClaim]] | None = None,
    source_entities: Mapping[str, frozenset[str]] | None = None,
    entity_types: Mapping[str, str] | None = None,
) -> list[tuple[NumericClaim, NumericClaim, str]]:
    """Every two claims of one quantity with the verdict :func:`find_conflicts` reaches on them: the
    severity when flagged ("contradiction", "divergence"), else the first rule that keeps them apart
    (:data:`REASONS`). Takes the arguments :func:`find_conflicts` takes."""
    judge = _Pairs(statements, published, document_entities, precomputed, source_entities, entity_types)
    return [(a, b, judge.verdict(a, b)) for a, b in judge.pairs()]
