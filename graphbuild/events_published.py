"""The publication day an article's events are measured against, for :mod:`graphbuild.events`: a past tense
dated after it tells a plan, an undated past happening is dated "before publication", and a headline (which
tells past happenings in the present tense) is found at the start of the text."""

from __future__ import annotations

from datetime import date

from .events_lexicon import PAST_REF
from .model import Document, TimeSpan, Timex


def _before_publication(anchor: date) -> TimeSpan:
    """The time of an undated past happening: on or before the publication day."""
    return TimeSpan(
        text="",
        value=PAST_REF,
        type="DATE",
        start=None,
        end=anchor,
        granularity=None,
        anchor=anchor,
        rule="events:past-tense-before-publication",
    )


def _not_after_publication(document: Document, timex: Timex) -> bool:
    """True when the date starts on or before the publication day (which must be known)."""
    anchor = document.publication_day
    return anchor is not None and timex.interval[0] is not None and timex.interval[0] <= anchor


def _after_publication(document: Document, timex: Timex) -> bool:
    """True when the date starts after the publication day (which must be known)."""
    anchor = document.publication_day
    return anchor is not None and timex.interval[0] is not None and timex.interval[0] > anchor


def _in_headline(document: Document, offset: int) -> bool:
    """Headlines tell past events in the present tense ("Rebels seize airport")."""
    title = document.title.strip()
    if not title or offset >= len(title):
        return False
    text = document.text
    lead = 0  # the text's leading whitespace, counted rather than stripped: this runs for every token
    while lead < len(text) and text[lead].isspace():
        lead += 1
    return text.startswith(title, lead)
