"""Participants for :mod:`graphbuild.events`.

Who took part in a happening: the agent, patient and location of an event verb
(:func:`_participants`) (an event noun's are in :mod:`graphbuild.events_nouns`), trimmed to short
noun phrases (:func:`_compact`: a possessor that only locates a named participant is dropped, a
title keeps the name after it), with coordinated participants each taking the role; whether a
participant names someone specific; and where a wire dateline ends (:func:`_dateline_end`,
:func:`_past_dateline`). How the clause is built (whether it asserts a happening, what its object is, which verbs
share its subject) is :mod:`graphbuild.events_clause_shape`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .events_clause_shape import _reduced_passive
from .events_clauses import _bare_participle
from .events_doc_text import _doc_text, share_doc_text  # noqa: F401 (share_doc_text re-exported: tests import it from here)
from .events_lexicon import (
    _AGENT_DEPS,
    _DATELINE,
    _DEFINITE,
    _MAX_PARTICIPANT_TOKENS,
    _NOT_PARTICIPANT_LABELS,
    _PATIENT_DEPS,
    _PLACE_LABELS,
    _SPECIFIC_LABELS,
    _TIME_NOUNS,
    EVENT_NOUNS,
)
from .events_places import _names_the_place
from .events_pronouns import antecedent
from .model import Participant

if TYPE_CHECKING:
    from spacy.tokens import Token


def _compact(tok: Token) -> tuple[int, int] | None:
    """Character span of a participant phrase: its subtree, trimmed to a short noun phrase."""
    left = tok.left_edge.i
    right = tok.right_edge.i
    name = _title_name(tok)
    if name is not None:  # "US singer and lyricist Robert Hunter": the title and the name
        right = name.right_edge.i
    else:  # drop relative clauses and appositions hanging off the noun
        for child in tok.rights:
            if _names_the_place(tok, child):
                continue  # "the mountainous province of Haldia": the name is the participant's
            if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "prep") and child.i > tok.i:
                right = min(right, child.left_edge.i - 1)
                break
    right = max(right, tok.i)
    # ...adverbials a misparse hung before it ("On live television Erdogan", "in 2004 the owner"), and
    # the "both" of conjuncts cut off above ("Both Trump [and Sanders] won")
    for child in tok.lefts:
        if (
            child.dep_ in ("prep", "advmod", "npadvmod", "cc", "mark", "preconj")
            or (child.lower_ in ("both", "either", "neither") and any(c.dep_ == "conj" for c in tok.rights))
            or (child.dep_ == "nummod" and child.ent_type_ in ("DATE", "TIME"))
        ):
            left = max(left, child.right_edge.i + 1)
    left = _after_possessor(tok, left, right)
    doc = tok.doc
    start = _dateline_end(tok)
    while left < tok.i and doc[left].idx < start:  # "NORTHGATE (Sports Desk) - Rovers captain Danny Okafor"
        left += 1
    if right - left + 1 > _MAX_PARTICIPANT_TOKENS:
        left = max(left, tok.i - _MAX_PARTICIPANT_TOKENS + 1)
    while left < tok.i and doc[left].is_punct:
        left += 1
    while right > tok.i and (doc[right].is_punct or doc[right].is_space or doc[right].dep_ == "case"):
        right -= 1  # a possessor is "Boeing", not "Boeing's"
    if not any(c.isalnum() for c in doc[left : right + 1].text):
        return None  # a misparsed dash or quote mark is no participant
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _dateline_end(tok: Token) -> int:
    """The character offset where a wire dateline opening ``tok``'s line ends ("LONDON (Reuters) - ";
    :data:`~graphbuild.events_lexicon._DATELINE`), else where the line starts. Read from the text, as
    the parser may split a dateline from its sentence or join a headline to it."""
    text = _doc_text(tok.doc)
    line = text.rfind("\n", 0, tok.idx) + 1
    found = _DATELINE.match(text, line)
    return found.end() if found is not None else line


def _past_dateline(tok: Token) -> Token | None:
    """``tok``, or for a dateline's word the participant the parser hung on it after the dash ("LONDON
    (Sports Desk) - Northgate Rovers beat ...": "Rovers" as an apposition of "LONDON"); None for a
    dateline word with none."""
    end = _dateline_end(tok)
    if tok.idx >= end:
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.idx >= end), None)


def _is_named(tok: Token) -> bool:
    return tok.ent_type_ in _SPECIFIC_LABELS or tok.pos_ == "PROPN"


def _title_name(tok: Token) -> Token | None:
    """The name a common noun titles when it follows with no comma ("lyricist Robert Hunter",
    "former business partner Tony Bobulinski"): parsed as an apposition, it is the participant's name."""
    if tok.pos_ != "NOUN":
        return None
    for child in tok.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in _SPECIFIC_LABELS:
            between = tok.doc[tok.i + 1 : child.left_edge.i]
            # only the title's own coordination may come between ("singer and lyricist Robert Hunter")
            if all(t.head.i == tok.i and t.dep_ in ("cc", "conj") for t in between):
                return child
            return None
    return None


def _after_possessor(tok: Token, left: int, right: int) -> int:
    """Where a participant phrase starts once a possessor that is not the participant is dropped.

    In "Russia's TASS news agency" or "Boeing's chief executive Dennis Muilenburg" the possessor
    (spaCy ``poss``, with its ``case`` marker "'s") only locates the participant, which is named
    after it: the phrase starts after the possessor, so the participant resolves to the agency or
    the person, not to Russia or Boeing. When nothing after the possessor has a name of its own
    ("Apple's shares", "the company's chief executive") the possessor is the only name the phrase
    offers and is kept. Coordinated names ("Russia and Ukraine") have no possessor and are untouched.
    """
    doc = tok.doc
    cut = left
    for t in doc[left : tok.i]:
        if t.dep_ != "poss" or t.head.i > tok.i or t.head.i < left:
            continue
        end = t.right_edge.i  # the "'s" of "Russia's", inside the possessor's subtree
        if end >= tok.i:
            continue
        rest = doc[end + 1 : max(tok.i, right) + 1]
        if any(_is_named(r) and not _continues_entity(r, end) for r in rest):
            cut = max(cut, end + 1)
    return cut


def _continues_entity(tok: Token, boundary: int) -> bool:
    """True when ``tok`` is inside a named entity that starts at or before ``boundary``."""
    i = tok.i
    doc = tok.doc
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return bool(tok.ent_type_) and i <= boundary


def _conjuncts(tok: Token, role: str) -> list[Token]:
    """Nouns coordinated with a participant ("France and Germany", "A, B and C"): each takes the same
    role; a place only when it names a place too. An apposition ("the index, the FTSE 100") is not
    another participant but the same one named twice: as a second participant it would count twice
    when descriptions are merged across documents."""
    if _title_name(tok) is not None:
        return []  # "singer and lyricist Robert Hunter" is one participant, in the phrase already
    out = []
    doc = tok.doc
    for child in tok.children:
        if child.dep_ != "conj" or child.pos_ not in ("NOUN", "PROPN"):
            continue
        if child.i + 1 < len(doc) and doc[child.i + 1].text == "-" and not child.whitespace_:
            continue  # "co" of a misparsed "co-founder" is half a word, not a participant
        if role == "location" and child.ent_type_ not in _PLACE_LABELS:
            continue
        out.append(child)
    return out


def _participants(verb: Token, text: str) -> list[Participant]:
    found: list[Participant] = []

    def add(role: str, tok: Token) -> None:
        past = _past_dateline(tok)
        if past is None:
            return  # "FRANKFURT (Atlas Wire) - Vantor agreed": the place a story was filed from
        tok = past
        if tok.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            tok = verb.head  # "Bakhmut, which fell ..." / "the peninsula, which Russia annexed" -> the noun
            if (
                tok.dep_ == "appos"
                and tok.tag_ == "NN"
                and tok.lemma_.lower() not in EVENT_NOUNS  # "ICCO, council meeting which opened": the meeting
                and _is_name(tok.head)
                and tok.head.idx >= _dateline_end(tok.head)
            ):
                tok = tok.head  # "Peabody Energy, the largest coal company, which filed ...": the name
        else:
            for other in _conjuncts(tok, role):  # "France and Germany signed": both are agents
                add(role, other)
        # "..., after a jury convicted her", "the 42-year-old": the person the text named
        person = antecedent(tok)
        if person is not None:
            found.append(
                Participant(
                    role, text[person.start_char : person.end_char], person.start_char, person.end_char
                )
            )
            return
        if tok.pos_ in ("PRON", "ADP", "SCONJ", "ADJ"):
            return  # a bare pronoun names no participant, an adjective ("rescued alive") none either
        if tok.ent_type_ in _NOT_PARTICIPANT_LABELS or tok.lemma_.lower() in _TIME_NOUNS:
            return  # "extended by two weeks", "the year it was first detected": a time, not a who
        if tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "det" for c in tok.children):
            return  # a clause (or a misparse) is no participant; "the wounded" is
        span = _compact(tok)
        if span is None:
            return
        s, e = span
        found.append(Participant(role=role, text=text[s:e], start=s, end=e))

    for child in verb.children:
        if child.dep_ in _AGENT_DEPS:
            if child.dep_ == "agent":  # "by X"
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        add("agent", grandchild)
            elif not any(p.role == "agent" and p.start < child.idx for p in found):
                add("agent", child)  # one subject: a second is a misparse ("X of Marbel, Philippines dies")
        elif child.dep_ in _PATIENT_DEPS:
            add("patient", child)
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in _PLACE_LABELS:
                    add("location", pobj)
    # the noun a relative clause hangs on fills its gap, unless the gap is elsewhere: a subject of its
    # own ("the university from which he graduated") or a "where"/"when" ("the site where it was found")
    if (
        verb.dep_ == "relcl"
        and not any(p.role == "agent" for p in found)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.tag_ == "WRB" or (c.dep_ == "prep" and c.i < verb.i) for c in verb.children)
    ):
        add("agent", verb.head)
    elif _reduced_passive(verb) and not any(p.role == "patient" for p in found):
        add("patient", verb.head)  # "the merger announced on Monday": the noun underwent it
    elif _bare_participle(verb):
        # a headline's bare participle is a passive: "Tributes paid to the actor"
        found = [Participant("patient", p.text, p.start, p.end) if p.role == "agent" else p for p in found]
    found.sort(key=lambda p: (p.start, p.role))
    return found


def _is_name(tok: Token) -> bool:
    """A token of a named entity, or a singular proper noun ("Jobs resigned"); a plural one may be
    a common noun capitalised as the first word ("Rebels attacked ...")."""
    if tok.ent_type_ in _SPECIFIC_LABELS:
        return True
    return tok.pos_ == "PROPN" and not tok.ent_type_ and (tok.tag_ == "NNP" or not tok.is_sent_start)


def _names_someone(verb: Token, participants: Sequence[Participant]) -> bool:
    """True when an agent, patient or place names a specific actor (a named entity or proper
    noun), so an undated clause describes a particular happening, not a generic one."""
    doc = verb.doc
    for p in participants:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        if any(_is_name(t) for t in span):
            return True
        head = span.root
        if (
            p.role in ("agent", "patient")
            and head.pos_ == "NOUN"
            and any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children)
        ):
            return True
    return False
