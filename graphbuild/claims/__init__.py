"""Claim attribution: who said what, to whom and when.

One pass over spaCy's parse of a document (no second parse) finds:

- reported speech from the dependency tree (:mod:`.indirect`): a reporting verb and its
  ``that``-clause, object + infinitive, content preposition ("called for"), noun-phrase
  object ("denied the report"), inverted "..., she said", "according to X", "X's view is";
- quotations from the raw text (:mod:`.quotes`), paired per paragraph with the news
  convention for multi-paragraph quotes and *local* recovery from unbalanced marks, then
  tied to cues (:mod:`.direct`): speaker before, after or between the parts, em-dash
  signatures, cue-less continuation paragraphs; short cue-less quotes (scare quotes,
  titles) are dropped;
- layout cues (:mod:`.layout`): "Name: words" headlines and transcripts;
- figures given as a cue's object (:mod:`.figures`): "counted 31 barns destroyed", "gave a toll
  of 45 dead", "put the figure at more than 80".

Conventions of the :class:`~graphbuild.model.Attribution` objects:

- ``mode`` is ``direct`` when the content is all quotation (``content`` then excludes the
  outer marks; a quote split by its attribution spans both parts), ``mixed`` when a
  reported clause contains a partial quote, else ``indirect``.
- ``cue_lemma`` is the verb lemma plus a particle or content preposition ("point out",
  "call for"), "according to", a content noun ("view"), or ``say`` for colon and dash
  attribution (the cue span then points at the punctuation mark).
- ``speaker`` is the full name the written source resolves to in the document
  (:mod:`.speakers`); ``speaker_span`` is that name's mention; None when the source
  names nobody ("officials") or cannot be resolved.
- Nested sources ("the paper reported, citing two officials, that ...", or "the paper
  reported that officials said ...") keep the outer source as speaker; the inner one is
  recorded in ``venue`` as ``"citing <source>"`` (after the venue phrase, ``; ``-joined).
- ``said`` comes from the time expressions passed in (:mod:`.venue`): the date of the
  venue ("a Dec. 3 interview"), else a date in the sentence attached to the cue, else
  None with ``said_rule`` ``"unknown: no date in sentence"``; never the publication date.

>>> from graphbuild.claims import attributions
>>> [(a.speaker, a.cue_lemma, a.mode) for a in attributions('Jane Doe arrived. "We will win," she said.')]
[('Jane Doe', 'say', 'direct')]
"""

from __future__ import annotations

from .pipeline import attribute_claims, attributions
from .quotes import Quote, find_quotes

__all__ = ["Quote", "attribute_claims", "attributions", "find_quotes"]
