"""Reported speech found in the dependency parse: a cue, its content clause and its source.

One pass over the tokens of a parsed document: every reporting verb outside a
quotation is tried against a few frames (``that``-clause, object + infinitive,
content preposition, noun-phrase object, inverted "..., she said"), plus the
"according to X" and "X's view is that ..." constructions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..nlp import is_hard_wrapped
from .cues import (
    CLAUSE_ONLY,
    CONTENT_NOUNS,
    CONTENT_PREPOSITIONS,
    CUE_VERBS,
    FIGURE_VERBS,
    INFINITIVE_VERBS,
    INVERTIBLE_VERBS,
    NP_CONTENT_VERBS,
    OBJECT_INFINITIVE_VERBS,
    PERCEPTION_VERBS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
    VENUE_NOUNS,
)
from .figures import figure_object
from .juxtaposed import juxtaposed_report
from .questions import a_question, asked
from .sources import (
    SUBJECT_DEPS,
    apposed_source,
    find_subject,
    grammatical_subject,
    minus_span,
    named_source_inside,
    source_span,
    subtree_span,
    token_span,
    trim_span,
)

#: Entity types that are the setting of speech, not its topic ("spoke on Monday", "in Ohio").
_SETTING_ENTS = frozenset(("DATE", "TIME", "GPE", "LOC", "FAC"))


@dataclass
class Candidate:
    """An attribution under construction (mutable; turned into a frozen Attribution at the end)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    cue_token: int | None  # token index of the cue's head word
    source: tuple[int, int] | None = None
    source_token: int | None = None  # token index of the source's head word
    addressee: tuple[int, int] | None = None
    origin: str = "dep"  # dep | according | noun | quote | continuation
    quotes: list[tuple[int, int]] = field(default_factory=list)  # inner spans of quotes in content
    inherited_from: Candidate | None = None  # continuation paragraphs: the attribution they continue
    notes: list[str] = field(default_factory=list)
    contrast: tuple[int, int] | None = None  # (cue token, content end): see claims.juxtaposed


def _in_quote(i: int, quote_spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in quote_spans)


def _finite(verb: Token) -> bool:
    """A tensed clause ("that it rose", "it will rise"), not a bare small clause ("it rise")."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.dep_ in ("mark", "aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def _holds_stance(tok: Token) -> bool:
    """A subject that can hold a stance: a person, organisation, group or personal pronoun."""
    subj = grammatical_subject(tok)
    if subj is None:
        return False
    if subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    return subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.lower_ in (
        "he",
        "she",
        "they",
        "we",
        "i",
        "who",
    )


def _content_children(tok: Token, lemma: str) -> tuple[list[Token], list[Token]]:
    """Tokens whose subtrees make up the content, and extra tokens that belong to the cue."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if lemma in PERCEPTION_VERBS:
        # "would see their incomes go up" is an experience, not a belief: want a finite clause.
        clauses = [c for c in clauses if _finite(c)]
    if lemma in SPEECH_VERBS:
        clauses += [c for c in tok.children if c.dep_ == "parataxis" and c.i > tok.i]
        # "said after the meeting he would resign": a complement misparsed as an adverbial clause.
        clauses += [
            c
            for c in tok.children
            if c.dep_ == "advcl"
            and c.i > tok.i
            and any(g.dep_ in SUBJECT_DEPS for g in c.children)
            and not any(g.dep_ in ("mark", "advmod") and g.i < c.i for g in c.children)
        ]
    if clauses:
        return clauses, []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    xcomps = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if lemma == "call":
        # "called the charges unsubstantiated": object and predicate.
        oprd = [c for c in tok.children if c.dep_ == "oprd"]
        if objects and oprd:
            return objects + oprd, []
    if (
        lemma in INVERTIBLE_VERBS
        and xcomps
        and not objects
        and any(g.dep_ in SUBJECT_DEPS for g in xcomps[0].subtree)
    ):
        # "He said legalizing it could create jobs": a clause the parser took for an xcomp.
        return xcomps, []
    if lemma in OBJECT_INFINITIVE_VERBS and xcomps:
        return objects + xcomps, []
    if lemma in INFINITIVE_VERBS and xcomps:
        return xcomps, []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in CONTENT_PREPOSITIONS.get(lemma, ()):
            objs = [
                c
                for c in prep.children
                if c.dep_ in ("pobj", "pcomp")
                and c.ent_type_ not in _SETTING_ENTS
                and c.lemma_.lower() not in VENUE_NOUNS
            ]
            if objs:
                return objs, [prep]
    if lemma in ("describe", "liken", "compare") and objects:
        # "described the plan as a failure", "likened the refugees to a snake"
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("as", "to", "with")]
        if preps:
            return objects + preps, []
    if lemma in ("suggest", "propose", "recommend", "urge") and xcomps and xcomps[0].tag_ == "VBG":
        return xcomps, []  # "suggested looking at the statements"
    if (
        lemma == "cite"
        and objects
        and (tok.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in tok.children))
    ):
        # "She cited the figures"; but "said, citing officials" is a nested source (see venue), and
        # "cited anonymous sources" names where a claim came from, not what was said
        if objects[0].lemma_.lower() in SOURCE_NOUNS:
            return [], []
        return objects, []
    if lemma == "say" and objects and objects[0].dep_ == "dobj":
        return objects, []  # "73 percent said the same", "said yes"
    if lemma in STANCE_VERBS:
        if objects and not _holds_stance(tok):
            return [], []
        head_lemma = tok.head.lemma_.lower()
        if (
            tok.dep_ in ("xcomp", "advcl")
            and head_lemma in CUE_VERBS
            and (head_lemma in INFINITIVE_VERBS or any(c.dep_ == "dobj" for c in tok.head.children))
        ):
            # "cited sources to support his assertions" (a purpose), "vowed to back the plan" (the outer
            # report's content): part of the outer report, not a second stance ("continued to back" is one)
            return [], []
    objects = [o for o in objects if not o.lower_.endswith(("self", "selves"))]  # "defended himself"
    if (lemma in NP_CONTENT_VERBS or lemma in STANCE_VERBS) and objects:
        return [o for o in objects if o.dep_ == "dobj"] or objects, []
    return [], []


def _inverted_content(tok: Token, sent_start: int) -> tuple[int, int] | None:
    """Content of '..., she said' / 'As she said, ...' parsed with the cue under the content verb.

    The cue block is the subject plus the cue and what follows it ("she said on
    Monday"); anything else in the cue's subtree (a fronted "To understand X,")
    belongs to the content. A block in the middle of the content ('X, she said, Y')
    leaves the content spanning both sides.
    """
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("parataxis", "ccomp", "advcl", "conj"):
        return None
    if tok.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
    block_first = subj.left_edge if subj is not None and subj.i < tok.i else tok
    apposed = apposed_source(tok) if subj is None else None
    if apposed is not None:
        # "..., the agency's deputy head, Tomas Orlek, told a news conference": a source in
        # apposition that the parse hung on the clause before
        subj = block_first = tok.doc[apposed[0]]
    block_last = tok
    for child in tok.rights:
        if child.dep_ != "punct":
            block_last = child.right_edge
    if tok.dep_ in ("parataxis", "ccomp", "conj"):
        # The cue must follow a comma or quote after the content ("X is Y, he said").
        prev = block_first.nbor(-1) if block_first.i > 0 else None
        if prev is None or prev.text not in (",", "—", "–", "-", '"', "”", "'", "’"):
            return None
        if subj is None:
            return None
    block = token_span(block_first, block_last)
    outer = subtree_span(head)
    outer = (max(min(outer[0], tok.left_edge.idx), sent_start), outer[1])
    left = (outer[0], block[0])
    right = (block[1], outer[1])
    first_i = max(min(head.left_edge.i, tok.left_edge.i), tok.sent.start)
    has_left = any(not t.is_punct for t in tok.doc[first_i : block_first.i])
    has_right = right[1] - right[0] > 3
    if has_left and has_right:
        return outer
    return left if has_left else right


def _words_between(doc: Doc, start: int, end: int) -> int:
    """How many words (not punctuation) lie between two character offsets."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return 0 if span is None else sum(1 for t in span if not t.is_punct and not t.is_space)


def _trailing_participle(head: Token, tok: Token) -> bool:
    """Whether ``head`` is a participle clause after its own head ("..., most of them heading north")
    whose subtree the "according to" phrase at ``tok`` opens."""
    return (
        head.dep_ in ("advcl", "acl", "conj")
        and head.tag_ in ("VBG", "VBN")
        and head.head.i < tok.i
        and head.left_edge.i == tok.i
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children)
    )


def _name_token(doc: Doc, first: int, end: int) -> int:
    """The token of a source phrase ``doc[first:end]`` that names it: a person's name, else any name,
    else the phrase's last noun ("the agency's deputy head, Tomas Orlek" -> "Orlek")."""
    words = doc[first:end]
    for wanted in (
        lambda t: t.ent_type_ == "PERSON",
        lambda t: t.pos_ == "PROPN",
        lambda t: t.pos_ == "NOUN",
    ):
        found = [t.i for t in words if wanted(t)]
        if found:
            return found[-1]
    return end - 1


def _according_to(doc: Doc, tok: Token, text: str) -> Candidate | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = tok.sent
    head = tok.head if tok.head.i != tok.i else None
    last = tok.right_edge
    end = to.right_edge.i + 1
    if tok.i < to.i and end < last.i and doc[end].text == "," and doc[end + 1].pos_ != "CCONJ":
        # the phrase ends with its source and a comma: what the parse hung on "according" after them is
        # the claim's ("One child was, according to the fire service, among the dead"); without the
        # comma, or with a second source after it ("..., and Vyasna"), it tells of the source
        # ("according to police on Friday")
        last = to.right_edge
    phrase = token_span(tok, last)
    if head is not None and head.i != tok.i and tok.dep_ != "ROOT":
        if _trailing_participle(head, tok):
            # "8,000 had fled, according to Y, most of them heading north": the parse hung the phrase on
            # the participle after it; it tells the source of the clause it follows
            head = head.head
        outer = subtree_span(head)
    else:
        outer = token_span(sent[0], sent[-1])
    outer = (max(outer[0], sent.start_char), min(outer[1], sent.end_char))
    content = minus_span(outer, phrase)
    if _words_between(doc, outer[0], phrase[0]) >= 2 and _words_between(doc, phrase[1], outer[1]) >= 2:
        # "X, according to Y, Z", as "X, she said, Y": the claim spans both sides ("8,000 had fled, according
        # to Y, most of them heading north"; "The plan, according to Y, would cost ..."); but a clause
        # coordinated after it ("..., according to Y, and said ...") is a claim of its own
        after = next((t for t in doc[last.i + 1 : sent.end] if not t.is_punct), None)
        content = (outer[0], phrase[0]) if after is not None and after.pos_ == "CCONJ" else outer
    if sent.start > 0:
        anchor = head if head is not None and head.lemma_ == "be" and tok.dep_ != "ROOT" else tok
        subj = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
        lead = sum(1 for t in sent if t.i < tok.i and not t.is_punct)
        if subj is not None and subj.lower_ in ("that", "this", "it") and lead <= 3:
            # "That's according to the report.": the claim is the sentence before.
            prev = doc[sent.start - 1].sent
            content = (prev.start_char, prev.end_char)
    second = juxtaposed_report(head, content[1]) if head is not None else None
    # the content ends before the second report's clause, its comma or dash left out
    cut = trim_span(text, content[0], second.left_edge.idx)[1] if second is not None else None
    if cut is not None and phrase[0] < cut <= phrase[1]:
        cut = phrase[0]  # "X, according to Y, while Z said ...": the claim is X
    return Candidate(
        content=content,
        cue=token_span(tok, to),
        cue_lemma="according to",
        cue_token=tok.i,
        source=source_span(pobj),
        source_token=pobj.i,
        origin="according",
        contrast=None if second is None or cut is None else (second.i, cut),
    )


def _noun_frame(tok: Token) -> Candidate | None:
    """'X's view is that ...': a content noun, its possessor and a clause."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    clause = next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
    if owner is None or clause is None:
        return None
    return Candidate(
        content=subtree_span(clause),
        cue=token_span(tok, tok.head),
        cue_lemma=tok.lemma_.lower(),
        cue_token=tok.i,
        source=source_span(owner) if owner.tag_ != "PRP$" else token_span(owner, owner),
        source_token=owner.i,
        origin="noun",
    )


#: In hard-wrapped wire copy a single newline is only a wrap; paragraphs end at a blank line or
#: at a newline followed by indentation (the wire services' paragraph mark).
_WRAPPED_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n[ \t]+(?=\S)")


def _clip_to_paragraph(
    text: str, content: tuple[int, int], anchor: int, *, wrapped: bool = False
) -> tuple[int, int]:
    """Keep the content within the paragraph of ``anchor`` (headlines often lack a full stop).

    ``wrapped``: the text is hard-wrapped (:func:`graphbuild.nlp.is_hard_wrapped`), so a
    lone line break does not end a paragraph.
    """
    if not wrapped:
        lo = text.rfind("\n", 0, anchor) + 1
        hi = text.find("\n", anchor)
        if hi < 0:
            hi = len(text)
        return max(content[0], lo), min(content[1], hi)
    lo = 0
    for before in _WRAPPED_PARAGRAPH.finditer(text, 0, anchor):
        lo = before.end()
    after = _WRAPPED_PARAGRAPH.search(text, anchor)
    hi = after.start() if after is not None else len(text)
    return max(content[0], lo), min(content[1], hi)


def find_reported_speech(
    doc: Doc, quote_spans: list[tuple[int, int]], text: str | None = None
) -> list[Candidate]:
    """Attribution candidates from the parse; cues inside quotations are skipped."""
    text = doc.text if text is None else text
    wrapped = is_hard_wrapped(text)
    out: list[Candidate] = []
    for cand in _find(doc, quote_spans, text):
        if cand.cue is not None:
            clipped = _clip_to_paragraph(text, cand.content, cand.cue[0], wrapped=wrapped)
            cand.content = trim_span(text, *clipped)
            if cand.source is not None:
                # "12:15 p.m.\n\nThe senator says": the parse ran over a line break.
                clipped = _clip_to_paragraph(text, cand.source, cand.cue[0], wrapped=wrapped)
                cand.source = trim_span(text, *clipped)
                if cand.source[1] <= cand.source[0]:
                    cand.source = cand.source_token = None
        if cand.content[1] - cand.content[0] >= 2:
            out.append(cand)
    return out


#: String ids (spaCy's hashes, the same in every vocabulary) of the lemmas that may start an attribution.
_WANTED_IDS = frozenset(get_string_id(w) for w in CUE_VERBS | CONTENT_NOUNS | FIGURE_VERBS)
_ACCORDING_ID = get_string_id("according")


def _interesting(doc: Doc) -> list[int]:
    """Indices of tokens that may start an attribution, found on the token arrays (no Token objects)."""
    lowers = doc.to_array(LOWER).tolist()
    return [
        i
        for i, lemma in enumerate(doc.to_array(LEMMA).tolist())
        if lemma in _WANTED_IDS or lowers[i] == _ACCORDING_ID
    ]


def _find(doc: Doc, quote_spans: list[tuple[int, int]], text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if not len(doc):
        return out
    for i in _interesting(doc):
        tok = doc[i]
        lower = tok.lower_
        if _in_quote(tok.idx, quote_spans):
            continue
        if lower == "according":
            cand = _according_to(doc, tok, text)
            if cand is not None:
                cand.content = trim_span(text, *cand.content)
                if cand.content[1] > cand.content[0]:
                    out.append(cand)
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in CONTENT_NOUNS:
            cand = _noun_frame(tok)
            if cand is not None:
                out.append(cand)
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
            continue
        if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and lemma in CLAUSE_ONLY:
            continue  # "was shown", "was found"
        if asked(tok):
            continue  # "Do we know how ...?": a question, no one's statement
        heads, cue_extra = _content_children(tok, lemma) if lemma in CUE_VERBS else ([], [])
        if not heads and lemma in FIGURE_VERBS:
            heads, cue_extra = figure_object(tok, lemma)
            if not heads:
                if lemma not in CUE_VERBS:
                    continue
            elif find_subject(tok) is None:
                continue  # "an estimated toll of 60 was put ...": a figure nobody is said to give
        content: tuple[int, int] | None = None
        contrast: tuple[int, int] | None = None
        notes: list[str] = []
        if heads:
            spans = [subtree_span(h) for h in heads]
            content = (min(s for s, _ in spans), max(e for _, e in spans))
            for h in heads:
                for c in h.lefts:
                    if c.dep_ == "advcl" and c.lemma_.lower() == "cite":
                        # "reported, citing officials, that ...": a nested source, not content.
                        content = (max(content[0], c.right_edge.idx + len(c.right_edge.text)), content[1])
                        notes += [text[slice(*source_span(g))] for g in c.children if g.dep_ == "dobj"]
            second = next(filter(None, (juxtaposed_report(h, content[1]) for h in heads)), None)
            if second is not None:  # "X said A, though Y said B": cut at B if B is a report of its own
                contrast = (second.i, trim_span(text, content[0], second.left_edge.idx)[1])
            if content[0] < tok.idx < content[1]:
                # Object + infinitive across the cue is impossible; keep the side after the cue.
                content = (tok.idx + len(tok.text), content[1])
        elif lemma in INVERTIBLE_VERBS:
            content = _inverted_content(tok, tok.sent.start_char)
        if content is None:
            continue
        content = trim_span(text, *content)
        if content[1] - content[0] < 2:
            continue
        cue_tokens = [tok, *[c for c in tok.children if c.dep_ == "prt"], *cue_extra]
        cue = (min(t.idx for t in cue_tokens), max(t.idx + len(t.text) for t in cue_tokens))
        subj = find_subject(tok)
        if subj is not None and subj.lower_ == "you" and a_question(tok):
            continue  # "Can you clarify what you mean by ...?": the interviewer's words to the one asked
        cand = Candidate(
            content=content,
            cue=cue,
            cue_lemma=lemma,
            cue_token=tok.i,
            origin="dep",
            notes=["citing " + n for n in notes],
            contrast=contrast,
        )
        apposed = apposed_source(tok) if not heads else None
        if apposed is not None and content[1] <= doc[apposed[0]].idx:
            cand.source = token_span(doc[apposed[0]], doc[apposed[1] - 1])
            cand.source_token = _name_token(doc, *apposed)
        elif subj is not None and (
            not (content[0] <= subj.idx < content[1]) or content[0] <= tok.idx < content[1]
        ):
            cand.source = source_span(subj)
            cand.source_token = subj.i
        elif subj is not None and content[1] <= tok.idx and grammatical_subject(tok) is None:
            named = named_source_inside(subj, content, text)
            if named is not None:
                comma = text.rindex(",", content[0], named[0])
                cand.content = trim_span(text, content[0], comma)
                cand.source = named
                cand.source_token = subj.i
        out.append(cand)
    return out
