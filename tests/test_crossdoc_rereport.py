"""Reports of one utterance whose news days are apart (issue #6): a round-up days later that retells an
earlier report in indirect speech. Hand-written reports, no model; one document per report."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_report

from graphbuild.crossdoc import MentionIndex, merge_statements
from graphbuild.model import Attribution

SAID = date(2025, 3, 3)
EARLIER = make_report(
    "a",
    "More than 2,300 residents were evacuated from the valley, and some will not be able to return for weeks",
    said=SAID,
    venue="at a news conference",
    mode="direct",
)
#: Publication days: the earlier report on the day, the round-up five days on.
PUBLISHED = {"doc:a": "2025-03-03", "doc:r": "2025-03-08"}


def _merged(*atts: Attribution, published: dict[str, str] = PUBLISHED) -> bool:
    stmts = merge_statements(
        list(atts), speaker_of=lambda a: a.speaker, mentions=MentionIndex({}), published=published
    )
    return len(stmts) == 1


def test_a_round_up_days_later_retelling_a_figure_joins_the_earlier_report():
    later = make_report("r", "that more than 2,300 residents had been evacuated from the valley")
    assert _merged(EARLIER, later)


@pytest.mark.parametrize(
    ("text", "mode", "venue"),
    [
        # quoting the speaker directly days later: the speaker on a new occasion
        ("More than 2,300 residents have been evacuated from the valley", "direct", None),
        # a venue of its own: a new occasion
        (
            "that more than 2,300 residents had been evacuated from the valley",
            "indirect",
            "in a radio interview",
        ),
        # a word of its own ("coast"): news of its own, not a retelling
        ("that more than 2,300 residents had been evacuated from the valley and the coast", "indirect", None),
        # no figure carried over: too little to tell a retelling from the claim made again
        ("that residents had been evacuated from the valley", "indirect", None),
    ],
)
def test_a_later_report_that_is_not_a_bare_retelling_stays_apart(text, mode, venue):
    later = make_report("r", text, mode=mode, venue=venue)
    assert not _merged(EARLIER, later)


def test_a_retelling_more_than_a_week_later_stays_apart():
    later = make_report("r", "that more than 2,300 residents had been evacuated from the valley")
    assert not _merged(EARLIER, later, published={"doc:a": "2025-03-03", "doc:r": "2025-03-14"})


def test_a_retelling_with_another_figure_stays_apart():
    later = make_report("r", "that more than 4,000 residents had been evacuated from the valley")
    assert not _merged(EARLIER, later)
