"""Named-entity mentions from a parsed document: cleaned spans, split blends, captured titles.

Works on token features only (case shape, part of speech, entity labels, a small generic
vocabulary of role words and organisation head nouns); there are no lists of names.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .datelines import dateline_place, heading_end, shouted_headline_end
from .entities_blends import blend_cut
from .entities_firms import BRACKETS, bracket_free_part, partnership_names
from .entities_keys import (
    ARTICLES,
    NAME_AND,
    PLACE_LABELS,
    ROLE_WORDS,
    TITLE_CONNECTORS,
    is_legal_form,
    is_title_word,
    text_key,
)
from .entities_shape import (
    PLAIN_NAME_LABELS,
    before_common_tail,
    before_headline_auxiliary,
    common_word_opening,
    headed,
    is_glued,
    names_a_day,
    person_edges,
    person_parts,
    split_name_lists,
)
from .entities_titlecase import common_words, fit_title_case_names, in_spans, stem
from .entities_usage import usage_cue
from .model import Document, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

#: NER labels kept as entity mentions (dates, numbers and amounts are other stages' business).
KEEP_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
#: Labels under which a title+name blend hides a person ("Kremlin Spokesman Dmitry Peskov" as ORG).
BLEND_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "PERSON"})

#: Time-zone abbreviations, which the model often labels ORG ("at 14:00 UTC"): a clock's zone is no actor.
#: Only those that are no English word ("WEST", "EAT" are left out).
TIME_ZONES = frozenset({
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "BST", "CET",
    "CEST", "EET", "EEST", "WET", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST",
    "NZDT", "SGT", "HKT", "PHT",
})  # fmt: skip

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: Words a name never ends with.
TRAILING_FUNCTION_WORDS = frozenset({"of", "and", "&", "the", "for", "on", "in", "at", "to"})
MAX_TITLE_TOKENS = 8
TITLE_ENT_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC"})
MAX_APPOSITION_TOKENS = 10


@dataclass(frozen=True)
class TitledMention(Mention):
    """A mention with the title or role written next to it ("Russian Foreign Minister").

    ``title_span`` is the title's character span in the document text, when there is one.
    """

    title: str = ""
    title_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class CuedMention(Mention):
    """A mention whose context says what kind of name it is, whatever the tagger labelled it
    (:func:`~graphbuild.entities_usage.usage_cue`): ``kind`` "ORG" ("the oil company Petrobras",
    "Petrobras' board"), "PERSON" ("Smith's wife") or "GPE" ("30 miles south of Bakhmut"), ``cue`` the
    word that says so."""

    kind: str = ""
    cue: str = ""


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without leading determiners/punctuation and trailing possessives/punctuation."""
    # each token read once per step: doc[i] builds a new Token object at every access
    while start < end:
        first = doc[start]
        if not (
            first.lower_ in ARTICLES
            or first.is_punct
            or first.is_space
            or first.text in BRACKETS
            or (first.text in POSSESSIVES and end - start > 1)  # "'s Donald Trump": the clitic before
        ):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if end - start > 1 and last.lower_ in TRAILING_FUNCTION_WORDS:
            end -= 1  # "Bank of", "Organisation for Economic Co-operation and": the tagger stopped early
            continue
        if (
            end - start > 2
            and last.like_num
            and doc[end - 2].text in ("-", "–", "—", ":")
            and doc[end - 2].whitespace_
        ):
            end -= 2  # "Labour Party - 203": a figure of a table or a list run on ("747-400" is a name)
            continue
        if not (last.text in POSSESSIVES or last.is_punct or last.is_space or last.text in BRACKETS):
            break
        if last.text == "." and end - start == 1:
            break
        # keep the dot of an abbreviation that is part of the name ("U.S.", "Corp.")
        if (
            last.text == "."
            and end - 2 >= start
            and len(doc[end - 2].text) <= 3
            and doc[end - 2].text[:1].isupper()
        ):
            break
        end -= 1
    return start, end


def blended_person(doc: Doc, ent: Span) -> tuple[int, int, int, int] | None:
    """The person a non-PERSON entity of a :data:`BLEND_LABELS` label hides behind a title ("the
    Chicago Council on Global Affairs Ivo Daalder", ORG), by the blend rule :func:`extract_mentions`
    applies (:func:`~graphbuild.entities_blends.blend_cut` on the trimmed span): where the
    organisation's name starts and ends (without "the", and before the role words; empty in
    "Spokeswoman Haley Morris" and "Federal Judge Cecil Miller", see :func:`_role_start`), where the person's name starts and ends, token indices; or None.
    For readers of the tagger's entities that want those people
    (:class:`graphbuild.claims.speakers.SpeakerIndex`). The other repairs :func:`extract_mentions`
    makes to a span first (a common word cut from its end, a possessive splitting it, a title that
    starts it) are not made here, so on such spans the two can differ."""
    if ent.label_ == "PERSON" or ent.label_ not in BLEND_LABELS:
        return None
    s, e = _trim(doc, *bracket_free_part(doc, ent.start, ent.end))
    blend = blend_cut(doc, s, e, person_span=False) if e - s > 1 else None
    if blend is None:
        return None
    cut, end = blend
    return s, _role_start(doc, s, cut), cut, end


def _role_start(doc: Doc, s: int, cut: int) -> int:
    """Where the role words before a blend's name (at ``cut``) start, ``s`` the blend's start. One
    adjective opening the blend before them qualifies the title and names no organisation
    ("Presidential Spokesperson Harry Roque", "Federal Judge Cecil Miller")."""
    while cut > s and (is_title_word(doc[cut - 1].text) or doc[cut - 1].text in ("-", "–")):
        cut -= 1
    first = doc[s].text
    if (
        cut == s + 1
        and first[:1].isupper()
        and not first.isupper()
        and first.lower().endswith(_ADJECTIVE_ENDINGS)
    ):
        return s
    return cut


#: Endings of an adjective before a title ("Presidential", "Federal", "Military", "Russian").
_ADJECTIVE_ENDINGS = ("al", "ary", "ic", "ive", "ian", "ese", "ish")


def _title_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """Token range of a title written just before a name ("NATO Secretary-General", "Gen.")."""
    i = start
    first_role = None
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    while i > sent_start and start - i < MAX_TITLE_TOKENS:
        tok = doc[i - 1]
        low = tok.lower_.strip(".")
        if tok.is_space or "\n" in tok.whitespace_ or "\n" in tok.text:
            break  # titles do not run across lines (headlines, captions, paragraphs)
        if is_title_word(tok.text) or low in ROLE_WORDS:
            first_role = i - 1
        elif tok.text in ("-", "–") or (
            first_role is not None
            and (low in TITLE_CONNECTORS or tok.text in POSSESSIVES or tok.ent_type_ in TITLE_ENT_LABELS)
        ):
            pass  # hyphens, "of", "'s" and organisation/place/nationality words inside a title
        else:
            break
        i -= 1
    if first_role is None:
        return None
    s = i
    while s < start and (
        doc[s].text in ("-", "–") or doc[s].lower_ in TITLE_CONNECTORS or doc[s].text in POSSESSIVES
    ):
        s += 1
    return (s, start) if s < start else None


def _title_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """Token range of an apposition naming a role: "Jens Stoltenberg, secretary general of NATO,"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if doc[i].lower_ in ARTICLES:
        i += 1
    if i >= len(doc) or not (doc[i].lower_.strip(".") in ROLE_WORDS or doc[i].lower_ in ("former", "deputy")):
        return None
    j = i
    while (
        j < len(doc) and j - end <= MAX_APPOSITION_TOKENS and not doc[j].is_punct and not doc[j].is_sent_start
    ):
        if doc[j].pos_ in ("VERB", "AUX") and j > i:
            break
        j += 1
    if j >= len(doc) or doc[j].text not in (",", ".", ";", "–", "—"):
        return None
    return (end + 1, j)


def _mention(
    document: Document, doc: Doc, s: int, e: int, label: str, title: tuple[int, int] | None
) -> Mention | None:
    s, e = _trim(doc, s, e)
    if s >= e:
        return None
    cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    if document.is_boilerplate(cs, ce):
        return None
    text = document.text[cs:ce]
    if not any(c.isupper() or c.isdigit() for c in text):
        return None  # "wolf", "senate": all lower case is not a name
    if (e - s > 1 or not text.isupper()) and all(
        is_legal_form(t.text) or t.lower_ in NAME_AND for t in doc[s:e]
    ):
        return None  # "Co Inc" of a firm cut before it: a legal form names no one ("SPA" may be an acronym)
    cue = usage_cue(doc, s, e)
    if cue is not None and cue[0] == "ORG":
        title = None  # "Petrobras, the state oil company,": an organisation's description, no role
    if label == "PERSON" and title is not None:
        ts, te = _trim(doc, *title)
        if ts < te:
            tcs, tce = doc[ts].idx, doc[te - 1].idx + len(doc[te - 1].text)
            return TitledMention(document.id, cs, ce, text, label, document.text[tcs:tce], (tcs, tce))
    if cue is not None:
        return CuedMention(document.id, cs, ce, text, label, *cue)
    return Mention(document.id, cs, ce, text, label)


def extract_mentions(document: Document, doc: Doc) -> list[Mention]:
    """Named-entity mentions of one document, in text order.

    ``doc`` is spaCy's parse of ``document.analysis_text`` (same offsets as ``document.text``).
    Keeps PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, WORK_OF_ART and LAW; trims
    determiners, possessives and punctuation; splits "Kremlin Spokesman Dmitry Peskov"-style
    blends into a titled PERSON (and the organisation before the role, if any); skips
    boilerplate. Persons carry the title written before them or in an apposition after them
    (:class:`TitledMention`).
    """
    # Doc.text is joined from every token at each access; the last token's end gives its length
    parsed = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if parsed != len(document.text):
        log.warning(
            "%s: parsed text length %d != document length %d", document.id, parsed, len(document.text)
        )
    out: list[Mention] = []
    for ent in partnership_names(doc, KEEP_LABELS):
        if ent.label_ not in KEEP_LABELS:
            continue
        out.extend(_ent_mentions(document, doc, ent))
    rows = table_rows(doc)
    if rows:
        out = _outside_tables(out, rows, heading_end(document.text))
    out = _shouted_headline_names(document.text, out, doc)
    out = _whole_dateline_place(document.text, out)
    out = fit_title_case_names(out, doc, document.analysis_text, shouted_headline_end(document.text))
    out = [headed(m) for m in split_name_lists(out) if not is_glued(m.text)]
    out.sort(key=lambda m: (m.start, m.end, m.label))
    return out


_WORD_SPAN = re.compile(r"\S+")


def _whole_dateline_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a place the tagger found at the end of a dateline's city in capitals made the
    whole city ("SUCCESS" of "LAKE SUCCESS, N.Y., March 3 -", "HILL" of "CHERRY HILL, N.J.")."""
    place = dateline_place(text)
    if place is None:
        return mentions
    start, end = place
    return [
        replace(m, start=start, text=text[start:end])
        if m.label in PLACE_LABELS and start < m.start and m.end == end
        else m
        for m in mentions
    ]


def _shouted_headline_names(text: str, mentions: list[Mention], doc: Doc | None = None) -> list[Mention]:
    """``mentions``, those in a headline written in capitals cut where the name ends: in capitals
    the tagger cannot see it.

    * At the longest start of the mention that is a name of two words or more in the body
      ("WHITE HOUSE WITHDRAWS ..." -> "WHITE HOUSE" when the body names the White House).
    * Else, given the parse ``doc`` of ``text``, before its first word whose :func:`stem` is one
      of the body's common words (:func:`common_words`: "NTT FORECASTS PROFITS FALL" -> "NTT"
      when the body says "forecast").
      A mention that starts with such a word is no name ("RECORD SEAT SALE"). The cut name takes
      the label of the same name in the body, if the body names it.

    Words the body does not write leave the mention as tagged (an earnings report's company is
    often named in its headline only)."""
    end = shouted_headline_end(text)
    if not end or not any(m.end <= end for m in mentions):
        return mentions
    named: dict[str, str] = {}
    for m in mentions:
        if m.start > end:
            named.setdefault(text_key(m.text), m.label)
    common: frozenset[str] | None = None  # read from the parse when a mention needs them
    out = []
    for m in mentions:
        if m.end <= end:
            words = list(_WORD_SPAN.finditer(m.text))
            cut = None
            # two words at least: a one-word start ("U.S." of "U.S. FIRMS ...") would be a short form
            # linking every longer name it starts in the headline's document
            for k in range(len(words) - 1, 1, -1):
                if text_key(m.text[: words[k - 1].end()]) in named:
                    cut = k
                    break
            if cut is None and doc is not None:
                if common is None:
                    common = common_words(doc, end)
                cut = next((k for k, w in enumerate(words) if stem(w.group()) in common), None)
                if cut == 0:
                    continue  # "RECORD SEAT SALE": no name
            if cut is not None:
                prefix = m.text[: words[cut - 1].end()]
                label = named.get(text_key(prefix), m.label)
                m = replace(m, end=m.start + len(prefix), text=prefix, label=label)
        out.append(m)
    return out


#: A line with this many figures and no verb or function word is a row of a table ("Revs 291.8 mln vs 151.1 mln").
TABLE_ROW_MIN_FIGURES = 2


def table_rows(doc: Doc, min_figures: int = TABLE_ROW_MIN_FIGURES) -> list[tuple[int, int]]:
    """Character spans of the lines of ``doc`` that read as rows of a table: at least ``min_figures``
    figures, no verb and no function word (a line of prose wrapped in a report of prices has "at"
    and "and"). Their row labels are no names, whatever the tagger calls them ("Revs", "Avg",
    "Shr" of an earnings table)."""
    rows: list[tuple[int, int]] = []
    start, figures, verb = 0, 0, False
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            if figures >= min_figures and not verb:
                rows.append((start, tok.idx + len(tok.text)))
            start, figures, verb = tok.idx + len(tok.text_with_ws), 0, False
            continue
        if tok.like_num or tok.text[:1].isdigit():
            figures += 1
        elif tok.pos_ in ("VERB", "AUX") or (tok.is_stop and tok.is_lower):
            verb = True  # a verb or a function word ("at", "and"): a line of wrapped prose
    if figures >= min_figures and not verb and len(doc):
        rows.append((start, doc[-1].idx + len(doc[-1].text)))
    return rows


def _outside_tables(mentions: list[Mention], rows: list[tuple[int, int]], heading: int) -> list[Mention]:
    """``mentions`` less those in table rows whose name the document never writes elsewhere, places
    apart: a team in a row of scores stays when the report names it, a row label goes."""
    in_row = in_spans(rows)
    # places stay: the dateline before an earnings table ("OMAHA, Neb., March 2 - Shr 36 cts") is one
    tabled = [m.start >= heading and m.label not in PLACE_LABELS and in_row(m.start, m.end) for m in mentions]
    if not any(tabled):
        return mentions
    prose = {m.text.casefold() for m, t in zip(mentions, tabled, strict=True) if not t}
    return [m for m, t in zip(mentions, tabled, strict=True) if not t or m.text.casefold() in prose]


def _ent_mentions(document: Document, doc: Doc, ent: Span) -> list[Mention]:
    s, e = _trim(doc, *bracket_free_part(doc, ent.start, ent.end))
    if s >= e or (
        e - s == 1
        and (doc[s].text in TIME_ZONES or common_word_opening(doc, s, ent.label_) or names_a_day(doc, s))
    ):
        return []
    label = ent.label_
    if e - s > 1:
        e = before_headline_auxiliary(doc, s, e, label)
        e = before_common_tail(doc, s, e)
        if s >= e:
            return []
    if label in PLAIN_NAME_LABELS and not any(c.isalpha() for c in doc[s:e].text):
        return []  # "64%-27", "719.8286": a figure, no name
    if label in ("PERSON", "GPE", "LOC"):
        # "Avdiivka's Kyiv": a possessive inside a name span joins two names
        inner = [k for k in range(s + 1, e - 1) if doc[k].text in POSSESSIVES]
        if inner:
            k = inner[0]
            return _ent_mentions_range(document, doc, s, k, label) + _ent_mentions_range(
                document, doc, k + 1, e, label
            )
    if label == "PERSON":
        parts = person_parts(doc, s, e)  # "Cruz, Rubio", "Travis Kalanick of Uber"
        if parts != [(s, e)]:
            return [m for a, b in parts for m in _ent_mentions_range(document, doc, a, b, label)]
    if label != "PERSON" and e < len(doc) and doc[e].ent_type_ == "PERSON" and doc[e].ent_iob_ == "B":
        # "Kremlin Spokesman" tagged apart from the name that follows: the role belongs to the title
        while e > s and is_title_word(doc[e - 1].text):
            e -= 1
        if s >= e:
            return []
    if label != "PERSON" and _start_of_a_title(doc, s, e):
        return []
    return _ent_mentions_range(document, doc, s, e, label)


def _start_of_a_title(doc: Doc, s: int, e: int) -> bool:
    """Whether a span of role words only starts the title the role words after it go on with ("Russian
    [Defense] Minister Sergei Shoigu", "the [Defence] Secretary": the tagger's organisation "Defense" apart
    from "Minister"): a portfolio, not an organisation's name."""
    if not all(is_title_word(t.text) for t in doc[s:e]):
        return False
    return e < len(doc) and is_title_word(doc[e].text) and doc[e].ent_iob_ != "B"


#: Words of a share: a figure before one is a poll's or a vote's, never part of a name ("Trump 58 percent").
SHARE_WORDS = frozenset(("percent", "%", "pct", "percentage"))


def _ent_mentions_range(document: Document, doc: Doc, s: int, e: int, label: str) -> list[Mention]:
    s, e = _trim(doc, s, e)
    share = next((k for k in range(s + 1, e) if doc[k].lower_ in SHARE_WORDS), None)
    if share is not None:  # the name stops before the figure of the share ("Trump 46 to 40 percent")
        e = next((k for k in range(s, share) if doc[k].text[:1].isdigit()), e)
        s, e = _trim(doc, s, e)
    if label == "PERSON":
        # "Humberto 785 miles": a person's name stops before any number
        digit = next((k for k in range(s, e) if any(c.isdigit() for c in doc[k].text)), e)
        e = digit
        s, e = person_edges(doc, s, e)
    if s >= e:
        return []
    found: list[Mention] = []
    cut = None
    if label in BLEND_LABELS:
        blend = blend_cut(doc, s, e, person_span=label == "PERSON")
        if blend is not None:
            cut, e = blend
    if label == "PERSON":
        # roles written inside a PERSON span ("President Vladimir Putin") become its title
        k = s
        while k < e - 1 and (is_title_word(doc[k].text) or doc[k].text in ("-", "–")):
            k += 1
        if k > s:
            cut = k
    if cut is not None:
        role_start = _role_start(doc, s, cut)
        if label != "PERSON" and role_start > s:
            head = _mention(document, doc, s, role_start, label, None)
            if head is not None:
                found.append(head)
        title_range = (s, cut)
        before = _title_before(doc, s) if label == "PERSON" else None
        if before is not None:
            title_range = (before[0], cut)
        m = _mention(document, doc, cut, e, "PERSON", title_range)
        if m is not None:
            found.append(m)
        return found
    title = None
    if label == "PERSON":
        title = _title_before(doc, s) or _title_after(doc, e)
    m = _mention(document, doc, s, e, label, title)
    return [m] if m is not None else []
