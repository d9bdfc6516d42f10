"""One :class:`~graphbuild.model.Statement` for each cluster of reports of one utterance: the report
that represents it, what it is about, and an id that is unique and deterministic.

Which reports form a cluster is :func:`graphbuild.crossdoc.merge_statements`'s business; this module
only writes the clusters down.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import groupby
from operator import attrgetter

from .crossdoc_mentions import MentionIndex
from .crossdoc_time import narrowest
from .model import Attribution, Statement, content_hash

_COMPLEMENTIZER = re.compile(r"^(?:that|whether)\s+", re.IGNORECASE)


def statement_of(
    reports: Sequence[Attribution],
    speaker: str | None,
    tokens: frozenset[str],
    *,
    mentions: MentionIndex,
    speaker_names: Mapping[str, str],
) -> Statement:
    """The Statement of one cluster's ``reports``, earliest first, said by ``speaker`` (an entity id,
    or None); ``tokens``: the first report's content words, which make the id.

    The longest direct quote (else the longest report; the earliest of equals) gives the text, with
    its white space collapsed and, for indirect speech, without the complementizer ("that ...");
    the statement is about the entities mentioned in any report's content but the speaker.
    """
    direct = [r for r in reports if r.mode == "direct"]
    rep = max(direct or reports, key=_content_length)  # max keeps the first of equals
    text = " ".join(rep.content_text.split())
    if rep.mode != "direct":
        # reports keep the exact characters; the statement reads without the complementizer
        text = _COMPLEMENTIZER.sub("", text, count=1) or text
    about: set[str] = set()
    for r in reports:
        about.update(mentions.within(r.doc_id, *r.content))
    about.discard(speaker or "")
    return Statement(
        id="stmt:" + content_hash(speaker or "", " ".join(sorted(tokens))),
        speaker=speaker,
        speaker_name=speaker_names.get(speaker, rep.speaker) if speaker else rep.speaker,
        text=text,
        mode=rep.mode,
        cue=rep.cue_lemma,
        said=narrowest(r.said for r in reports),
        addressee=next((r.addressee for r in reports if r.addressee), None),
        reports=tuple(reports),
        about=tuple(sorted(about)),
    )


def _content_length(report: Attribution) -> int:
    return len(report.content_text)


def with_unique_ids(statements: list[Statement]) -> list[Statement]:
    """``statements`` sorted by id, where two clusters share a representative key (the same speaker
    and words) the later ones (by their first report) numbered: ``<id>-1``, ``<id>-2``..."""
    statements.sort(key=_by_id)
    out: list[Statement] = []
    for stmt_id, group in groupby(statements, key=_by_id):
        same = list(group)
        if len(same) > 1:  # rare: sorting every statement by its first report as well costs more
            same.sort(key=_first_report)
            same[1:] = [replace(s, id=f"{stmt_id}-{n}") for n, s in enumerate(same[1:], start=1)]
        out.extend(same)
    out.sort(key=_by_id)  # a number can move an id ("-10" sorts before "-2")
    return out


_by_id = attrgetter("id")


def _first_report(s: Statement) -> tuple[str, tuple[int, int]]:
    first = s.reports[0]
    return first.doc_id, first.content


__all__ = ["statement_of", "with_unique_ids"]
