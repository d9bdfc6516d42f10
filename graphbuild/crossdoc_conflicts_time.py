"""When two figures are of one time: said times when both statements give one, else publication days
(read by :func:`~graphbuild.crossdoc_conflicts_find.find_conflicts`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from .crossdoc_occasion import _published_day
from .model import Statement

if TYPE_CHECKING:
    from .crossdoc_conflicts import NumericClaim

#: Figures said more than this many days apart are two counts, not a conflict; undated ones, when
#: published more than :data:`MAX_DAYS_APART` days apart (publication follows the saying by a day or more).
MAX_SAID_DAYS_APART = 3
MAX_DAYS_APART = 7


def publication_days(statement: Statement, published: Mapping[str, str] | None) -> tuple[date, ...]:
    if published is None:
        return ()
    days = {_published_day(published, r.doc_id) for r in statement.reports}
    return tuple(sorted(d for d in days if d is not None))  # unknown: "9999", or absent


def times_compatible(
    a: NumericClaim, b: NumericClaim, days_a: Sequence[date] = (), days_b: Sequence[date] = ()
) -> bool:
    """Said times (when both statements have one) at most :data:`MAX_SAID_DAYS_APART` days apart,
    else publication days at most :data:`MAX_DAYS_APART` apart; nothing known: the figures are taken
    as contemporary."""
    if a.as_of is not None and b.as_of is not None:
        gap = max((a.as_of[0] - b.as_of[1]).days, (b.as_of[0] - a.as_of[1]).days, 0)
        return gap <= MAX_SAID_DAYS_APART
    if days_a and days_b:
        return any(abs((x - y).days) <= MAX_DAYS_APART for x in days_a for y in days_b)
    return True
