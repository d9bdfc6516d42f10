"""Participant coreference within one document: a definite description read as the name the document
ties it to, so that outlets that name a participant differently still share it.

"The carmaker recalled 3,000 cars" names no one; the same article's "Acme, the carmaker," does. An
agent or patient that is a definite common-noun description ("the regulator", "the Dutch pigment
firm", "the two countries", "the finance minister") becomes the named participant its document ties
it to, most explicit evidence first:

1. the description's own noun carries the name: an apposition or a name right after it ("the Dutch
   paint firm Velvo", "the capital, Sanaa,"), whatever the noun;
2. for a noun of a known kind (:data:`ORG_HEADS`, :data:`GPE_HEADS`, :data:`PERSON_HEADS`, general
   English nouns), elsewhere in the document, a name with that noun as apposition ("Acme, the
   carmaker,", "the US regulator, the FTC"), as a title or compound before it ("carmaker Acme",
   "Finance Minister Jane Roe", "Foreign ministers A and B") or as a copula's complement ("Acme is the
   largest carmaker"), when every word of the description is in that phrase and exactly as many
   different names as the description counts ("the two ministers": two) are tied to it;
3. with no such tie, by the kind of thing its noun names: "the company" is the one organisation the
   document named before it (as an actor, not a source), "the minister" the one person; "the two
   countries" are the two places the document presents as actors (subject, object, possessor, party
   "with" another), not as venues ("in Geneva").

Anything ambiguous (two names tied to the noun, two organisations named before, a third country)
stays the description it was. The participant keeps its role and takes the name's text and offsets,
as :func:`~graphbuild.events_pronouns.sentence_antecedent` does for a pronoun; the event's description
keeps the article's wording. The document is indexed once, on the first description met, in one pass
over its tokens.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import EventMention, Participant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Nouns of organisations: "the company" may be the one organisation an article has named.
ORG_HEADS = frozenset(
    (
        "company", "firm", "group", "bank", "lender", "insurer", "regulator", "agency", "carmaker",
        "automaker", "airline", "carrier", "retailer", "manufacturer", "maker", "producer", "operator",
        "conglomerate", "corporation", "startup", "start-up", "broker", "watchdog", "union", "club",
        "utility", "chipmaker", "drugmaker", "supplier", "brewer", "miner", "broadcaster", "publisher",
        "ministry", "exchange", "developer", "investor", "business",
    )
)  # fmt: skip
#: Nouns of countries and towns: "the country", "the two countries".
GPE_HEADS = frozenset(("country", "nation", "city", "town", "capital", "kingdom", "republic"))
#: Nouns of people: "the minister", "the founder".
PERSON_HEADS = frozenset(
    (
        "minister", "president", "premier", "chancellor", "leader", "chief", "executive", "founder",
        "chairman", "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "governor",
        "senator", "mayor", "ambassador", "lawyer", "attorney", "judge", "prosecutor", "defendant",
        "player", "striker", "defender", "goalkeeper", "captain", "coach", "manager", "actor", "actress",
        "singer", "man", "woman", "officer", "envoy", "diplomat", "candidate", "lawmaker", "politician",
    )
)  # fmt: skip
_HEAD_LABEL = (
    {w: "ORG" for w in ORG_HEADS} | {w: "GPE" for w in GPE_HEADS} | {w: "PERSON" for w in PERSON_HEADS}
)

#: Entity labels of things with names; a number, date or amount is none.
_NAME_LABELS = frozenset(
    ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
)
#: Determiners of a definite description, and the counts words give it.
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
#: The relations by which an article ties a noun to a name: apposition, a compound or title, a copula.
_TYING_DEPS = ("appos", "compound", "attr")
#: Prepositions that make a place a venue rather than an actor ("met in Geneva").
_VENUE_PREPS = frozenset(
    ("in", "at", "near", "inside", "outside", "across", "into", "to", "around", "through", "over", "from")
)
#: Nouns of those who act for a place ("officials from Veloria", "the government of Kastany").
_VOICES = frozenset(
    ("official", "government", "minister", "delegation", "delegate", "negotiator", "diplomat", "envoy",
     "representative", "leader", "authority", "president", "parliament")
)  # fmt: skip
#: Nouns whose "of" phrase names a place as a venue ("the port town of Dover").
_PLACE_NOUNS = frozenset(("town", "city", "village", "capital", "province", "region", "port", "district"))


def resolve_descriptions(events: Sequence[EventMention], doc: Doc) -> list[EventMention]:
    """``events`` (of one document, parsed as ``doc``) with each definite description among their agents and
    patients replaced by the name or names the document ties it to (see the module docstring); events
    without one are returned as they are."""
    index: _Referents | None = None
    out = []
    for ev in events:
        participants: list[Participant] = []
        changed = False
        for p in ev.participants:
            head = _description_head(doc, p) if p.role in ("agent", "patient") else None
            if head is None:
                participants.append(p)
                continue
            if index is None:
                index = _referents_of(doc)
            names = [trim_possessive(s) for s in index.resolve(head)]
            if not names:
                participants.append(p)
                continue
            changed = True
            text = doc.text
            participants += [
                Participant(p.role, text[s.start_char : s.end_char], s.start_char, s.end_char) for s in names
            ]
        if changed:
            unique = sorted(set(participants), key=lambda q: (q.start, q.role, q.end))
            ev = EventMention(
                ev.doc_id, ev.start, ev.end, ev.text, ev.predicate, ev.description, tuple(unique), ev.when
            )
        out.append(ev)
    return out


def _description_head(doc: Doc, p: Participant) -> Token | None:
    """The noun heading a participant when the participant is a definite description of something the
    document may name ("the carmaker", "the two countries"); None for a name, a pronoun, an indefinite
    or possessed phrase ("a bank", "its rocket") or a phrase already naming its kind of thing."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    if head.pos_ != "NOUN" or not head.text.isalpha() or not head.text.islower():
        return None
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "predet")]
    if not any(d in _DEFINITE or d == "both" for d in dets) or any(c.dep_ == "poss" for c in head.children):
        return None
    label = _HEAD_LABEL.get(head.lemma_.lower())
    for t in head.subtree:
        if t.i == head.i or t.i < span.start or t.i >= span.end:
            continue
        if t.pos_ == "PROPN" and (label is None or t.ent_type_ in ("", label)):
            return None  # "the Rhine water treaty", "the Siemens group": a name is there already
    return head


def _count(head: Token) -> int | None:
    """How many things a description names: one for a singular noun, the number written before a plural
    ("the two countries", "both ministers"); None for a plural with no number ("the banks")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return 1
    for c in head.children:
        if c.dep_ in ("nummod", "det", "predet") and c.lower_ in _COUNTS:
            return _COUNTS[c.lower_]
    return None


def _words(noun: Token) -> frozenset[str]:
    """The lowercase words of a common noun and its modifiers before it ("the Dutch pigment firm":
    dutch, pigment, firm), the noun by its lemma; numbers and determiners left out."""
    out = {noun.lemma_.lower()}
    for c in noun.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and c.lower_ not in _COUNTS:
            out.add(c.lower_)
    return frozenset(out)


def _tying_noun(t: Token) -> bool:
    """A common noun, or a title with a capital before a person's name ("Finance Minister Jane Roe")."""
    if not t.is_alpha:
        return False
    if t.pos_ == "NOUN":
        return t.text.islower()
    return t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ == "compound" and t.head.ent_type_ == "PERSON"


def _is_name(tok: Token) -> bool:
    return tok.ent_type_ in _NAME_LABELS or (tok.pos_ == "PROPN" and not tok.ent_type_)


def _name_span(tok: Token) -> Span:
    """The whole name a token is part of: its entity, else its run of proper nouns ("Acme Paint Works")."""
    doc = tok.doc
    i = j = tok.i
    if tok.ent_type_:
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
            j += 1
        return doc[i : j + 1]
    while i > 0 and doc[i - 1].pos_ == "PROPN" and not doc[i - 1].ent_type_:
        i -= 1
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and not doc[j + 1].ent_type_:
        j += 1
    return doc[i : j + 1]


def trim_possessive(span: Span) -> Span:
    """A name without the possessive ending the tagger may have left in it ("Park Won-soon's")."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[span.start : end]


def _key(span: Span) -> frozenset[str]:
    return frozenset(t.lower_ for t in span if t.is_alpha)


def _distinct(spans: Sequence[Span]) -> list[Span]:
    """One span per named thing, the first written: names sharing a word are one ("Jan Novak",
    "Novak"; "Siemens Energy", "Siemens")."""
    out: list[Span] = []
    for s in spans:
        if not any(_key(s) & _key(o) for o in out):
            out.append(s)
    return out


class _Referents:
    """What one document ties its descriptions to, indexed in one pass over its tokens."""

    def __init__(self, doc: Doc) -> None:
        # noun lemma -> (the noun's token index, the words of its phrase, the name it is tied to)
        self.ties: dict[str, list[tuple[int, frozenset[str], Span]]] = defaultdict(list)
        # per entity label, in text order: (start offset, words every mention so far shares, the latest
        # mention written as an actor, not as a venue or a source: "according to X", "(X)")
        self.seen: dict[str, list[tuple[int, frozenset[str], Span | None]]] = defaultdict(list)
        parties: list[Span] = []
        # one pass over the tokens' relations (an array, not Token objects), looking only at those that tie a
        # noun to a name
        wanted = {doc.vocab.strings[d] for d in _TYING_DEPS}
        for i, label in enumerate(doc.to_array("DEP").tolist()):
            if label not in wanted:
                continue
            t = doc[i]
            dep = t.dep_
            if dep == "appos":  # "Acme, the carmaker" / "the company, Acme Corp"
                noun, name = (t, t.head) if _is_name(t.head) else (t.head, t)
                if _tying_noun(noun) and _is_name(name) and _adjacent(noun, name):
                    self._tie(noun, name)
            elif dep == "compound":  # "carmaker Acme", "Finance Minister Jane Roe"
                if _tying_noun(t) and t.head.i > t.i and _is_name(t.head):
                    self._tie(t, t.head)
            elif dep == "attr" and _tying_noun(t) and t.head.lemma_ == "be":  # "Acme is the largest carmaker"
                for c in t.head.children:
                    if c.dep_ == "nsubj" and _is_name(c):
                        self._tie(t, c)
        for ent in doc.ents:
            if ent.label_ == "NORP" and ent.root.tag_ == "NNP":
                # a country name the tagger took for a nationality ("Ruritania and Freedonia signed")
                if _acts(ent.root):
                    parties.append(ent)
                continue
            if ent.label_ not in ("ORG", "GPE", "PERSON"):
                continue
            rows = self.seen[ent.label_]
            shared = _key(ent) if not rows else rows[-1][1] & _key(ent)
            if any(_is_name(c) for c in ent.root.conjuncts):
                # "Globex and Initech": two of a kind, whatever label the tagger gave each
                shared = frozenset()
            acting = ent if _acts(ent.root) and not _bracketed(ent) else rows[-1][2] if rows else None
            rows.append((ent.start_char, shared, acting))
            if ent.label_ == "GPE" and _acts(ent.root):
                parties.append(ent)
        self.starts = {label: [r[0] for r in rows] for label, rows in self.seen.items()}
        self.parties = _distinct(parties)

    def _tie(self, noun: Token, name: Token) -> None:
        """Record that ``noun`` names ``name`` (and, for a plural title, the names coordinated with it:
        "Foreign ministers Anna Berg and Ivan Petrov")."""
        names = [name] + ([c for c in name.conjuncts if _is_name(c)] if noun.tag_ == "NNS" else [])
        for n in names:
            span = _name_span(n)
            if span.start <= noun.i < span.end:  # "Finance Minister Jane Roe" as one run of capitals
                span = span.doc[noun.i + 1 : span.end]
            self.ties[noun.lemma_.lower()].append((noun.i, _words(noun), span))

    def resolve(self, head: Token) -> list[Span]:
        """The names a description headed by ``head`` stands for, or [] when the document does not say."""
        count = _count(head)
        if count is None:
            return []
        lemma = head.lemma_.lower()
        own = [name for i, _, name in self.ties.get(lemma, ()) if i == head.i]
        if own:
            own = _distinct(own)
            return own if len(own) == count else []
        label = _HEAD_LABEL.get(lemma)
        if label is None:
            return []  # "the series", "the meeting": a noun of no known kind only where it carries a name
        if any(c.dep_ in ("prep", "acl", "relcl") for c in head.rights):
            return []  # "the founder of drone maker X", "the bank that lent": the phrase says which
        words = _words(head)
        tied = _distinct([name for _, held, name in self.ties.get(lemma, ()) if words <= held])
        if tied:
            return tied if len(tied) == count else []
        if label == "GPE":
            return list(self.parties) if len(self.parties) == count else []
        if count != 1:
            return []
        one = self.one_before(label, head.idx)
        return [one] if one is not None else []

    def one_before(self, label: str, offset: int) -> Span | None:
        """The one thing of a kind (entity label) named before ``offset`` as an actor, if only one was."""
        rows = self.seen.get(label, [])
        k = bisect_left(self.starts.get(label, []), offset)
        if k == 0 or not rows[k - 1][1]:
            return None  # nothing of that kind named before, or two different ones
        return rows[k - 1][2]


@lru_cache(maxsize=1)
def _referents_of(doc: Doc) -> _Referents:
    """The :class:`_Referents` of ``doc``, built once: the pronoun rules ask for it for each "the
    42-year-old" and :func:`resolve_descriptions` once per document (the last document is kept)."""
    return _Referents(doc)


def age_antecedent(tok: Token) -> Span | None:
    """The person "the 42-year-old" stands for: the one person its document named before it (None when
    ``tok`` is not the "old" of such a phrase, or when the document named no person or two before it)."""
    doc = tok.doc
    if tok.lower_ != "old" or tok.i < 2 or doc[tok.i - 2].lower_ != "year" or doc[tok.i - 1].text != "-":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return None  # "a 42-year-old" is someone new
    person = _referents_of(doc).one_before("PERSON", tok.idx)
    return trim_possessive(person) if person is not None else None


def _adjacent(noun: Token, name: Token) -> bool:
    """Whether a noun and a name in apposition are written side by side, with only punctuation or the
    noun's own modifiers between them ("Acme, the carmaker", "the paint firm Velvo"), not across a
    phrase the parser may have misattached ("the founder of drone maker Skyfleet")."""
    span = _name_span(name)
    lo, hi = (noun.i, span.start) if noun.i < span.start else (span.end - 1, noun.left_edge.i)
    return all(tok.is_punct or tok.is_space for tok in noun.doc[lo + 1 : hi])


def _bracketed(span: Span) -> bool:
    """A name in brackets: a dateline's outlet ("(Atlas Wire)") or an abbreviation."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].text == "("
        and span.end < len(doc)
        and doc[span.end].text == ")"
    )


def _acts(root: Token) -> bool:
    """Whether a place is written as an actor (a subject, an object, a possessor: "Ruritania's parliament",
    "Freedonia signed", "a treaty with Ruritania", or through those who act for it: "officials from
    Ruritania held talks") rather than as where something happened ("in Geneva") or a modifier ("the Rhine
    river commission")."""
    tok = root
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "agent"):
        return True
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in ("from", "of") and prep.head.lemma_.lower() in _VOICES and _acts(prep.head):
            return True  # "officials from Veloria held talks", "the government of Kastany said"
        if prep.lower_ in _VENUE_PREPS:
            return False
        return not (prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS)
    return False


__all__ = [
    "GPE_HEADS",
    "ORG_HEADS",
    "PERSON_HEADS",
    "age_antecedent",
    "resolve_descriptions",
    "trim_possessive",
]
