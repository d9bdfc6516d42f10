"""Names the tagger tagged in one place and missed in another: mentions wherever the build tags them once.

The small English model tags a name it does not know in one sentence and leaves it untagged in
the next: one outlet's "Saltmere Terminals" is an entity and three others' are not; "Greta Holm"
is a person and the "Holm" two sentences on is nothing. Keeping a name's label consistent across
a document and across the documents of a collection is the standard remedy (label consistency,
"one sense per discourse"; e.g. Krishnan and Manning, ACL 2006).

* The per-document stage (:func:`name_runs`, cached with the analysis) records where a document
  writes a run of capitalised words no entity of any label covers.
* After resolution, the global step (:func:`with_recalled`) makes such a run a mention of the entity
  it names (:func:`recalled_mentions`): the one its own document tags with the same words, else the
  person the document names in full with that surname, else the only entity any document of the
  build tags with those words.

A run must match a whole name: "Saltmere" alone is no mention of "Saltmere Terminals". Runs hold
no all-capital words, so a headline in capitals ("BUY") never meets a name tagged from one.
Recalled mentions join entities resolution has already formed: they add where an entity is
named, and never vote on its name, which the tagged mentions decided; on its type only through
what their context says of the name (a one-word "person" the text uses as an organisation's name,
"posted on Facebook", becomes one: :func:`with_recalled`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from .datelines import doc_dateline
from .entities_extract import CuedMention, table_rows
from .entities_keys import ARTICLES, is_legal_form, parse_name
from .entities_usage import ORG, PERSON, PLACE, outvoted, usage_cue, usage_totals
from .model import DocumentAnalysis, Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["NAME_RUNS", "name_runs", "recalled_mentions", "with_recalled"]

#: Key of :func:`name_runs`' data in :attr:`~graphbuild.model.DocumentAnalysis.extra`.
NAME_RUNS = "name_runs"


def _name_word(tok: Token) -> bool:
    """A capitalised word written in lower case after its capital ("Saltmere", "McAllister"), outside
    every entity the tagger found (of any label: "Monday" is a date): a proper noun, or a noun or
    adjective the tagger calls so inside a sentence ("the Kelmoor dockers"; at a sentence's start a
    capital says nothing)."""
    text = tok.text
    return (
        (tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "ADJ") and not tok.is_sent_start))
        and not tok.ent_type_
        and text[:1].isupper()
        and any(c.islower() for c in text)
        and not text.endswith("-")  # "Vereins- und Westbank": a word cut before its compound's end
        and text.replace("-", "").replace(".", "").replace("'", "").isalpha()
    )


#: Words that join two names into one ("Standard and Poor's", "Bank of Boston", "Social Democrat-Liberal").
_JOINS = frozenset(("of", "and", "&", "-", "/", "de", "du", "van", "von"))
#: Labels of a name after "and" that is a name of its own, not the end of a longer one.
_COORDINATED = frozenset(("GPE", "LOC", "NORP", "PERSON"))


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text.lower() not in ARTICLES


def _part_of_longer_name(doc: Doc, k: int, j: int, start: int, end: int) -> bool:
    """Whether tokens ``k`` to ``j - 1`` stand beside another capitalised word of their sentence (tokens
    ``start`` to ``end - 1``), or are joined to one ("U.S. Trade", "Western" before a tagged "Digital",
    "Standard and Poor's"): part of a longer name, which is no mention of the shorter."""
    if k > start and _capitalised(doc[k - 1]):
        return True
    if k - 1 > start and doc[k - 1].text.lower() in _JOINS and _capitalised(doc[k - 2]):
        return True
    if j < end and _capitalised(doc[j]):
        return True
    # "Standard and Poor's"; not two names coordinated, the second a place or person the tagger found
    # ("Veloria and Kastany signed")
    return (
        j + 1 < end
        and doc[j].text.lower() in _JOINS
        and _capitalised(doc[j + 1])
        and doc[j + 1].ent_type_ not in _COORDINATED
    )


#: How :func:`name_runs` stores a run's usage cue (:func:`~graphbuild.entities_usage.usage_cue`):
#: 0 for none.
_CUE_CODES = {ORG: 1, PERSON: 2, PLACE: 3}
_CUE_KINDS = {code: kind for kind, code in _CUE_CODES.items()}


def name_runs(document: Any, doc: Doc, mentions: Sequence[Mention]) -> list[list[int]]:
    """``[start, end, opens, cue]`` of the maximal runs of :func:`_name_word` tokens in ``doc`` (spaCy's
    parse of ``document``) that overlap none of ``mentions`` and no boilerplate: character offsets,
    1 when the run opens its sentence (:func:`_opens_sentence`; else 0), and what the run's context
    says of the name (:func:`~graphbuild.entities_usage.usage_cue`: "posted on Facebook" says an
    organisation; :data:`_CUE_CODES`, 0 for nothing).

    Left out: runs that are part of a longer name (:func:`_part_of_longer_name`) or of a hyphened
    compound ("State-run"); a single word after an article ("the Government broker", "in the
    Kingdom"), a capitalised common noun as often as a name; a run right after a figure and heading
    its phrase ("43.50 Ecus"), a unit counted; and runs on lines that read as a table's
    rows, even of one figure ("Revs 27.2 mln", :func:`~graphbuild.entities_extract.table_rows`),
    whose labels are no names."""
    taken = [(m.start, m.end) for m in mentions] + table_rows(doc, min_figures=1)
    dateline = doc_dateline(doc)
    body = dateline[1] if dateline is not None else -1
    runs: list[list[int]] = []
    k, n = 0, len(doc)
    while k < n:
        if not _name_word(doc[k]):
            k += 1
            continue
        j = k + 1
        while j < n and _name_word(doc[j]) and doc[j - 1].whitespace_:
            j += 1
        start, end = doc[k].idx, doc[j - 1].idx + len(doc[j - 1].text)
        after_article = j == k + 1 and k > 0 and doc[k - 1].text.lower() in ARTICLES
        # "43.50 Ecus", "1,000 Ecus": a unit counted, which the tagger tags a name now and then; not a name
        # before the noun counted ("675,900 Purolator common shares")
        counted = (
            k > 0
            and not doc[k].is_sent_start
            and (doc[k - 1].like_num or doc[k - 1].text[:1].isdigit())
            and doc[k - 1].ent_type_ not in ("DATE", "TIME", "ORDINAL")  # not "the 2019 Chicago Marathon"
            and not (j < n and doc[j].pos_ in ("NOUN", "ADJ", "PROPN"))
        )
        # "State-run", "Saltmere-based": a word of a compound, not a name on its own
        hyphened = (j < n and not doc[j - 1].whitespace_ and doc[j].text == "-") or (
            k > 0 and not doc[k - 1].whitespace_ and doc[k - 1].text == "-"
        )
        sent = doc[k].sent  # a Span made at each access: read once per run
        if not (
            after_article
            or counted
            or hyphened
            or _part_of_longer_name(doc, k, j, sent.start, sent.end)
            or document.is_boilerplate(start, end)
            or any(s < end and start < e for s, e in taken)
        ):
            cue = usage_cue(doc, k, j)
            opens = int(_opens_sentence(doc, k, sent.start, document.text, body))
            runs.append([start, end, opens, _CUE_CODES.get(cue[0], 0) if cue is not None else 0])
        k = j
    return runs


def _opens_sentence(doc: Doc, k: int, first: int, text: str, body: int) -> bool:
    """Whether token ``k`` opens a sentence or what reads as one: nothing but punctuation before it
    in its sentence (whose first token is ``first``: an opening quote); the first word after the dateline (character ``body``) or
    after a dash ("Avery Corp - Offering of two mln shares"); or the first word of a line of the
    document's ``text`` that holds a figure (a table's row label the row test missed: "Div 3.95p vs
    3.34p"; wrapped copy's line breaks are spaces in the parse, so the text is read)."""
    tok = doc[k]
    if tok.idx == body or (k > 0 and doc[k - 1].text in ("-", "--") and doc[k - 1].whitespace_):
        return True
    if all(doc[i].is_punct for i in range(first, k)):
        return True
    line_start = text.rfind("\n", 0, tok.idx) + 1
    if text[line_start : tok.idx].strip():
        return False
    line_end = text.find("\n", tok.idx)
    return any(c.isdigit() for c in text[tok.idx : len(text) if line_end < 0 else line_end])


def _words(text: str) -> str:
    return " ".join(text.split())


def _run_names(analysis: DocumentAnalysis) -> list[tuple[int, int, str, bool, str]]:
    """(start, end, words, opens, cue kind or "") of each run :func:`name_runs` stored for
    ``analysis`` (under :data:`NAME_RUNS` in its ``extra``; nothing when stored by other code)."""
    runs = analysis.extra.get(NAME_RUNS)
    if not isinstance(runs, list):
        return []
    text = analysis.document.text
    out = []
    for run in runs:
        if isinstance(run, list) and len(run) == 4 and all(isinstance(x, int) for x in run):
            start, end, opens, cue = run
            if 0 <= start < end <= len(text):
                out.append((start, end, _words(text[start:end]), bool(opens), _CUE_KINDS.get(cue, "")))
    return out


def _most(counts: Mapping[str, int]) -> str:
    """The entity with the most mentions in ``counts`` (the first id on a tie)."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def recalled_mentions(
    entities: Sequence[Entity], analyses: Sequence[DocumentAnalysis]
) -> dict[str, list[Mention]]:
    """Entity id -> the mentions recalled for it from the runs of ``analyses`` (:func:`name_runs`),
    in order of document and place; entities with none left out. ``entities`` are resolution's.

    A run is a mention of the entity that holds most mentions written with the same words in its
    document (the first id on a tie); else of the person its document names in full with that
    surname, when only one such person and no name of something else in the document opens with it
    ("Taft" beside "Dudley Taft" and "Taft Broadcasting"); else, unless it is one word opening its
    sentence, of the only entity that holds such a mention anywhere in the build ("Union" held by
    several entities, none in the document, is left alone). A recalled mention takes its entity's
    type as its label.
    """
    runs = [(a, _run_names(a)) for a in sorted(analyses, key=lambda a: a.document.id)]
    wanted = {name for _, found in runs for _, _, name, _, _ in found}
    if not wanted:
        return {}
    types = {e.id: e.type for e in entities}
    anywhere: dict[str, dict[str, int]] = defaultdict(dict)
    here: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    surnames: dict[tuple[str, str], set[str]] = defaultdict(set)
    firms: set[tuple[str, str]] = set()  # (document, first word of a name of something other than a person)
    for e in entities:
        person = e.type == "PERSON"
        for m in e.mentions:
            name = _words(m.text)
            if name in wanted:
                for counts in (anywhere[name], here[m.doc_id, name]):
                    counts[e.id] = counts.get(e.id, 0) + 1
            if " " not in name:
                continue
            if person:
                last = name.rsplit(" ", 1)[1]
                if last in wanted and len(last) > 1 and not is_legal_form(last):
                    surnames[m.doc_id, last].add(e.id)  # not "Inc" of a firm taken for a person
            else:
                firms.add((m.doc_id, name.split(" ", 1)[0]))  # "Taft Broadcasting" beside "Dudley Taft"
    out: dict[str, list[Mention]] = defaultdict(list)
    for a, found in runs:
        doc_id, text = a.document.id, a.document.text
        for start, end, name, opens, cue in found:
            persons = surnames.get((doc_id, name), set())
            if (doc_id, name) in here:  # the document itself tags these words elsewhere
                eid: str | None = _most(here[doc_id, name])
            elif len(persons) == 1 and (doc_id, name) not in firms:
                eid = next(iter(persons))
            elif opens and " " not in name:
                continue  # a capital opening a sentence says nothing ("Revs 27.2 mln", a table's row)
            else:  # named in other documents only: by one entity, or it is not known which
                held = anywhere.get(name, {})
                eid = next(iter(held)) if len(held) == 1 else None
            if eid is not None:
                words = text[start:end]
                found_here = (
                    CuedMention(doc_id, start, end, words, types[eid], cue)
                    if cue
                    else Mention(doc_id, start, end, words, types[eid])
                )
                out[eid].append(found_here)
    return dict(out)


def with_recalled(entities: Sequence[Entity], analyses: Sequence[DocumentAnalysis]) -> tuple[Entity, ...]:
    """``entities`` (resolution's) with the :func:`recalled_mentions` added, each entity keeping its id,
    name and other mentions: a recalled mention is evidence that an entity is named there, not of how
    it is named. It is evidence of what the name is, though: a one-word "person" that the text, in
    its recalled mentions too, uses as an organisation's name is retyped (:func:`_with_mentions`)."""
    recalled = recalled_mentions(entities, analyses)
    if not recalled:
        return tuple(entities)
    return tuple(_with_mentions(e, recalled[e.id]) if e.id in recalled else e for e in entities)


_MENTION_KEY = attrgetter("doc_id", "start", "end", "text", "label")


def _with_mentions(entity: Entity, recalled: Sequence[Mention]) -> Entity:
    """``entity`` with its ``recalled`` mentions, retyped ORG when it is a person of one word (no full
    name, no title or honorific) and the usage cues of all its mentions outvote a person's
    (:func:`~graphbuild.entities_usage.outvoted`): the tagger calls "Facebook" a person in the few
    sentences it tags, the many it misses say "posted on Facebook", and resolution's type vote
    (:func:`~graphbuild.entities_vote.vote_type`) saw the tagged ones only. The recalled mentions
    take the type as their label. The id stays resolution's (content-derived either way)."""
    mentions = [*entity.mentions, *recalled]
    if (
        entity.type == PERSON
        and not entity.titles
        and not any(" " in a.strip() for a in entity.aliases)
        and not any(parse_name(m.text, m.label).honorific for m in entity.mentions)  # "Mr. Smith"
    ):
        org, person, _ = usage_totals(mentions)
        if outvoted(org, person, len(mentions)):
            why = (
                f"type PERSON -> ORG: the text uses '{entity.name}' as an organisation's name ({org} "
                f"cue(s) against {person} of a person, in {len(mentions)} mention(s), {len(recalled)} of "
                "them found by name where the tagger missed it)"
            )
            mentions = [*entity.mentions, *(replace(m, label=ORG) for m in recalled)]
            entity = replace(entity, type=ORG, evidence=(*entity.evidence, why))
    return replace(entity, mentions=tuple(sorted(mentions, key=_MENTION_KEY)))
