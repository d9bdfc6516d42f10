"""Participants and clause structure for :mod:`graphbuild.events`.

Who took part in a happening and how its clause is built: the agent, patient and location of an
event verb (:func:`_participants`) (an event noun's are in :mod:`graphbuild.events_nouns`), trimmed to short
noun phrases (:func:`_compact`: a possessor that only locates a named participant is dropped, a
title keeps the name after it), with coordinated participants each taking the role; whether a
participant names someone specific; and the clause helpers the event rules lean on: whether a
clause asserts that something happened (tense, mood, negation) and is a main clause, what its
object is (an event noun a support verb carries, a thing, a clause), which event noun a verb of
occurrence has as subject, and which verbs share a subject and a time with another (coordination
and participles of result).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .events_clauses import _bare_participle, _lemma_forms
from .events_lexicon import (
    _AGENT_DEPS,
    _ARGUMENT_DEPS,
    _ASPECTUAL,
    _DATELINE,
    _DEFINITE,
    _FACTUAL_MARKS,
    _IRREALIS_MARKS,
    _MAX_PARTICIPANT_TOKENS,
    _NOMINAL_DEPS,
    _NOT_PARTICIPANT_LABELS,
    _OCCURRENCE_LEMMAS,
    _PATIENT_DEPS,
    _PLACE_LABELS,
    _PRESENTING_LEMMAS,
    _SPECIFIC_LABELS,
    _SUPPORT_LEMMAS,
    _TIME_NOUNS,
    EVENT_NOUNS,
)
from .events_places import _names_the_place
from .events_pronouns import antecedent
from .model import Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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


_TEXT_KEY = "graphbuild.events.text"


def _doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds it from every token at each access, which
    made reading it per participant quadratic in the length of an article."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def share_doc_text(doc: Doc, text: str) -> None:
    """Let :func:`_doc_text` answer ``text``, the text ``doc`` is the parse of, instead of joining the
    tokens again (a text of another length is no parse of it, and is ignored)."""
    parsed = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if parsed == len(text):
        doc.user_data.setdefault(_TEXT_KEY, text)


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


def _finite(verb: Token) -> Token:
    """The token carrying tense: the first auxiliary, else the verb itself."""
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.i < verb.i and child.tag_ != "TO":
            return child
    return verb


def _is_realis_past(verb: Token, in_headline: bool) -> bool:
    """True when the clause asserts that the event took place.

    Rejects modals ("will sign", "could have"), infinitives ("plans to sign", "expected
    to end"), conditional and temporal-future clauses ("if they sign"), negated
    clauses, imperatives and present-tense (generic or scheduled) statements; headlines
    are let through in the historical present.
    """
    children = list(verb.children)
    if any(c.tag_ == "MD" or c.tag_ == "TO" for c in children if c.dep_ in ("aux", "auxpass")):
        return False
    if any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") for c in children):
        return False
    for c in children:  # "no one was hurt", "received no response": nothing happened to anyone
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            g.dep_ == "neg" or (g.dep_ == "det" and g.lower_ in ("no", "neither")) for g in c.children
        ):
            return False
    if any(c.dep_ == "mark" and c.lower_ in _IRREALIS_MARKS for c in children):
        return False
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        return False
    if verb.tag_ == "VBG":
        if verb.dep_ in _NOMINAL_DEPS:
            return False  # a gerund as an argument ("credited with helping draft ...")
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in children):
            return False  # progressive: an ongoing state at that time ("was being treated")
    if verb.tag_ == "VBN" and any(c.lower_ == "being" for c in children if c.dep_ == "auxpass"):
        return False  # passive progressive ("was being investigated")
    finite = _finite(verb)
    if finite.tag_ == "VB" and finite.lemma_ != "do":
        return False  # bare infinitive or imperative
    # present tense: generic, habitual or scheduled, except in headlines
    return in_headline or finite.tag_ not in ("VBZ", "VBP") or finite.lemma_ == "have"


def _factual_subordinator(tok: Token) -> bool:
    """A word opening a clause told as fact: a subordinator of :data:`_FACTUAL_MARKS`, or a "when"
    the parser took for an adverb ("When Jobs first introduced the phone, he ...") in a clause
    before its main clause (after it, "asked when Apple introduced it" is a question)."""
    if tok.dep_ == "mark":
        return tok.lower_ in _FACTUAL_MARKS
    clause = tok.head
    return tok.dep_ == "advmod" and tok.lower_ == "when" and tok.i < clause.i < clause.head.i


def _main_clause(verb: Token) -> bool:
    """A verb that heads its sentence, or is coordinated with one, and whose clause is not a
    question: subordinate clauses carry background, conditions and purposes."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "advcl" and any(_factual_subordinator(c) for c in tok.children):
        tok = tok.head  # "after Boeing lost the contract, ...": a background happening, told as fact
    elif tok.dep_ == "relcl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ in _ARGUMENT_DEPS:
        tok = tok.head.head  # "the plane, which crashed, ..." is part of the clause on the plane
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ROOT":
        return False
    sent = verb.sent  # its text sliced from the Doc's (Span.text joins its tokens at each access)
    return not _doc_text(verb.doc)[sent.start_char : sent.end_char].rstrip().endswith("?")


def _takes_place(verb: Token) -> bool:
    """True for "take place", a verb of occurrence like "happen": its subject is the happening."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" and not any(True for _ in c.children) for c in verb.children
    )


def _occurring(verb: Token) -> Token | None:
    """The event noun a verb of occurrence has as its subject ("the attack happened on Monday", "the
    summit took place in May"), which carries the happening; None otherwise."""
    if verb.lemma_.lower() not in _OCCURRENCE_LEMMAS and not _takes_place(verb):
        return None
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            child = verb.head  # "the attacks that took place this week": the noun is the subject
        if child.pos_ == "NOUN" and child.lemma_.lower() in EVENT_NOUNS:
            return child
    return None


def _time_subject(verb: Token) -> bool:
    """Whether a verb's subject is a time ("The year 2020 brought ..."); a time before a verb with no
    subject counts too, as the parser often takes it for an adverbial ("Yesterday morning saw ...")."""
    children = list(verb.children)
    has_subject = any(c.dep_ == "nsubj" for c in children)
    return any(
        (c.dep_ == "nsubj" or (c.dep_ == "npadvmod" and c.i < verb.i and not has_subject))
        and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in _TIME_NOUNS)
        for c in children
    )


def _presents_a_time(verb: Token) -> bool:
    """A presenting verb with a time as subject ("Yesterday morning saw ...", "2020 brought ...")."""
    return verb.lemma_.lower() in _PRESENTING_LEMMAS and _time_subject(verb)


def _presented(verb: Token) -> Token | None:
    """The event noun a presenting verb with a time as subject has as object ("Yesterday morning saw
    an earthquake", "last week saw the collapse of the coalition"): the happening, dated by the
    subject; None otherwise."""
    if not _presents_a_time(verb):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.lemma_.lower() in EVENT_NOUNS:
            return child
    return None


def _happening_noun(verb: Token) -> Token | None:
    """The event noun that is a clause's whole happening, with participants of its own: the subject of
    a verb of occurrence ("the attack on the embassy happened") or what a time presents ("Monday saw
    the collapse of the coalition"); None otherwise."""
    occurring = _occurring(verb)
    return occurring if occurring is not None else _presented(verb)


def _support_object(verb: Token) -> Token | None:
    """The event noun a support verb takes as its object ("made its maiden flight", "held talks",
    "underwent surgery"), a verb of occurrence as its subject ("the attack happened") or a presenting
    verb with a time subject as its object ("Monday saw protests"), which carries the happening; None
    for any other verb."""
    happening = _happening_noun(verb)
    if happening is not None:
        return happening
    if not _lemma_forms(verb) & _SUPPORT_LEMMAS:
        return None
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "nsubjpass")
            and child.pos_ == "NOUN"
            and child.lemma_.lower() in EVENT_NOUNS
        ):
            return child
    return None


def _reduced_passive(verb: Token) -> bool:
    """A past participle modifying a noun, with no subject of its own ("the merger announced on
    Monday", "an agreement reached in 1991"): the noun is what underwent the happening."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _has_thing_object(verb: Token) -> bool:
    """True when a speech verb takes a noun object and no clause: "announced a merger", not
    "announced that ..." or "announced it would ..."; the noun a passive participle or relative
    clause hangs on is its object ("the merger announced on Monday", "a deal which was announced")."""
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children):
        return False
    if _reduced_passive(verb):
        return verb.head.pos_ == "NOUN"
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in children):
        return verb.head.pos_ == "NOUN"
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in children)


def _takes_clause(verb: Token) -> bool:
    """True when the verb's object is a clause: a conclusion or decision reported ("concluded there
    was a third star", "agreed that ...") or an aspect of another event ("started observing ...",
    "began to sell"), whose happening, if any, is the clause's. A purpose or a decision to act
    ("co-founded the party to oppose ...", "agreed to buy ...") keeps its own happening."""
    for c in verb.children:
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and (c.tag_ == "VBG" or verb.lemma_ in _ASPECTUAL)):
            return True
    return False


def _coordinated(verb: Token) -> list[Token]:
    """Verbs that share ``verb``'s subject and time and have none of their own: coordinated
    ("Rebels seized the port on Monday and freed the crew") or a participle of result after it
    ("the jet crashed in June, killing all 228 people on board")."""
    out = []
    for child in verb.children:
        if child.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in child.children
        ):
            continue
        if (child.dep_ == "conj" and child.tag_ == verb.tag_) or (
            child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i
        ):
            out.append(child)
    return out


def _sharer(verb: Token) -> Token | None:
    """The first verb of the chain whose subject ``verb`` shares (:func:`_coordinated`), if any."""
    top = None
    while verb.head.i != verb.i and verb in _coordinated(verb.head):
        top = verb = verb.head
    return top
