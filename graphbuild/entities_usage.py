"""How the text uses a name: evidence, read from the parse of one mention, of whether the name is an
organisation's or a person's, whatever the tagger labelled it.

The small model often tags a one-word organisation as a person ("the state oil company Petrobras",
"said on Twitter"). Its context says otherwise, the way a reader knows it:

* a descriptor naming a kind of organisation, before the name ("the social network Twitter") or in
  an apposition after it ("Petrobras, Brazil's state-run oil company,");
* what it has: a possessive or a modifier of a noun only organisations take ("Petrobras' board",
  "Fairchild shares", "Twitter CEO Jack Dorsey");
* the medium a message goes by: "posted on Twitter", "said via Twitter".

And the counter-evidence of a person: kin and a life ("Smith's wife", "Smith's funeral"), an age in an
apposition ("Smith, 54,"), and being born, married, dead or resigned ("Smith died").

One cue is one mention's evidence; entity resolution counts them over a cluster
(:func:`graphbuild.entities_vote.vote_type`), so that one stray cue does not retype an entity.
The vocabularies are generic English nouns and verbs, never names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entities_keys import ROLE_WORDS, word_set

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from .model import Mention


#: Nouns that name a kind of organisation, as a descriptor of a name ("the oil company Petrobras",
#: "Twitter, the social media platform"). Agent nouns a person may be called too ("producer",
#: "developer", "publisher", "miner", "brewer") are left out, and so is "unit" (of a currency, an army).
ORG_KINDS = word_set(
    "company firm corporation conglomerate multinational giant group subsidiary affiliate "
    "startup start-up business enterprise monopoly consortium cooperative co-operative venture "
    "manufacturer automaker carmaker chipmaker drugmaker planemaker steelmaker airline bank lender "
    "insurer retailer supermarket chain exchange utility "
    "network platform website site app service broadcaster newspaper paper tabloid magazine outlet "
    "channel station agency ministry department regulator watchdog authority commission "
    "party organisation organization union association federation coalition alliance movement "
    "militia faction club team band league university institute foundation charity council "
    "committee"
)

#: Nouns an organisation has and a person has not, after a possessive or as the noun a name
#: modifies ("Petrobras' board", "Fairchild shares", "Petrobras' chief executive"). A person has
#: a spokesman, staff, a website, a platform, investors and employees too.
ORG_POSSESSIONS = word_set(
    "share stock shareholder stockholder bondholder board subsidiary affiliate headquarters "
    "ceo cfo coo chairman chairwoman founder co-founder workforce revenue profit "
    "user subscriber listing refinery"
) | {"chief executive"}
#: Of those, what an investor owns too ("Goldsmith's stock", "Trump's shares"): only a modifier
#: says the organisation issued them ("Fairchild shares"); and what a place may name too before a
#: noun ("the Washington headquarters"): only a possessive says an organisation has them.
OWNED = word_set("share stock")
PLACE_POSSESSIONS = word_set("headquarters refinery")

#: Of those, the roles a person holds: as a modifier, the name is the role's organisation only when the
#: holder's name follows ("Twitter CEO Jack Dorsey").
ROLE_POSSESSIONS = word_set("ceo cfo coo chairman chairwoman founder co-founder") | {"chief executive"}

_EXECUTIVE = "executive"

#: Verbs a message is sent on or via a medium with ("posted on Twitter", "said via Twitter").
MESSAGE_VERBS = word_set(
    "post tweet say write announce share publish upload stream livestream broadcast trend "
    "confirm reveal declare"
)

#: What a person has and an organisation has not ("Smith's wife", "Smith's funeral").
PERSON_POSSESSIONS = word_set(
    "wife husband son daughter father mother brother sister parent widow widower girlfriend "
    "boyfriend fiancé fiancée fiance fiancee spouse grandson granddaughter grandfather grandmother "
    "uncle aunt nephew niece cousin stepfather stepmother stepson stepdaughter birthday funeral "
    "childhood"
)

#: Words that place somewhere relative to a place named after "of" ("30 miles south of Bakhmut", "the
#: outskirts of Kharkiv"), and nouns for a kind of place before "of" and its name ("the town of Sarrak").
PLACE_RELATIONS = word_set(
    "north south east west northeast northwest southeast southwest north-east north-west south-east "
    "south-west outskirts"
)
PLACE_KINDS = word_set("city town village province district")

#: What a publication comes out in, before "of" and its name ("the European edition of Politico").
PUBLICATION_PARTS = word_set("edition")

#: Verbs only a person is the subject of ("Smith died", "Smith was born").
PERSON_VERBS = word_set("die bear marry resign")

#: Tags of a finite verb: "the firm Smith founded" is a relative clause, not "the firm Smith".
_FINITE = frozenset({"VBD", "VBZ", "VBP"})

#: Dependencies of a noun that is a verb's argument: a clause's own subject or object.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "attr"})

#: Oldest age written in an apposition ("Smith, 54,").
MAX_AGE = 120

ORG = "ORG"
PERSON = "PERSON"
PLACE = "GPE"
#: A stock ticker as the wire writes it after a company's name, between angle brackets.
_TICKER = re.compile(r"[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?")


def usage_cue(doc: Doc, start: int, end: int) -> tuple[str, str] | None:
    """(kind, word) of the evidence the parse gives of what the name at tokens ``start:end``
    names, or None: kind is "ORG", "PERSON" or "GPE"; word the noun or verb that says so.

    Place ("GPE"): the name right after "of" that follows a direction or "outskirts" ("30 miles south
    of Bakhmut"), or right after a kind of place and "of" ("the town of Sarrak"; not "the mayor of the
    town, Smith", where no name follows "of"); a kind of place in an apposition after the name
    ("Obama, a city in Japan,").

    Organisation: a descriptor noun (:data:`ORG_KINDS`) the name is in apposition with, either side, or
    that modifies it; a noun only organisations have (:data:`ORG_POSSESSIONS`) the name is the possessor
    or a modifier of; the object of "via", or of "on" after a verb of sending a message
    (:data:`MESSAGE_VERBS`); a wire ticker right after the name ("Norcros <NCRO.L>"); the name right after
    "of" after an edition (:data:`PUBLICATION_PARTS`: "the European edition of Politico"). Person: a possessive
    of kin or life (:data:`PERSON_POSSESSIONS`), an age in an apposition, the subject of
    :data:`PERSON_VERBS`.
    """
    if (
        end + 2 < len(doc)
        and doc[end].text == "<"
        and doc[end + 2].text == ">"
        and _TICKER.fullmatch(doc[end + 1].text)
    ):
        return ORG, "ticker"  # "Norcros <NCRO.L> Plc", "ENZON <ENZN> SAYS": the wire marks a listed company
    head = doc[start:end].root
    dep = head.dep_
    parent = head.head
    if (
        dep == "appos"
        and _just_before(doc, parent, start)
        and _descriptor(parent)
        and _phrase_ends(doc, parent, end)
    ):
        return ORG, parent.lemma_.lower()  # "the social network Twitter", "the company, Petrobras,"
    for child in head.children:
        if (
            child.i == start - 1
            and child.dep_ in ("compound", "nmod", "appos")
            and _descriptor(child)
            and _phrase_ends(doc, head, end)
        ):
            return ORG, child.lemma_.lower()  # "oil company Petrobras" parsed as a compound
        if child.i >= end and child.dep_ == "appos" and doc[end].text == ",":
            if _descriptor(child) and child.left_edge.i == end + 1 and not _named_after(doc, child):
                return ORG, child.lemma_.lower()  # "Petrobras, Brazil's state-run oil company,"
            if _age(doc, child, end):
                return PERSON, "age"  # "Smith, 54,"
    if _wrapped_descriptor(doc, start, head, end):
        return ORG, doc[start - 2].lemma_.lower()  # "the state oil company\nPetrobras"
    owned = _possession(doc, head, end)
    if owned is not None:
        return owned
    if dep == "pobj" and _medium(parent):
        return ORG, parent.lower_  # "said via Twitter", "posted on Twitter"
    if dep == "pobj" and parent.lower_ == "of" and parent.i == start - 1:
        related = parent.head.lower_
        if related in PLACE_RELATIONS or (related in PLACE_KINDS and parent.head.i == start - 2):
            return PLACE, related  # "30 miles south of Bakhmut", "the town of Sarrak"
        if parent.head.lemma_.lower() in PUBLICATION_PARTS:
            return ORG, parent.head.lemma_.lower()  # "the European edition of Politico"
    kind = _place_apposition(doc, end)
    if kind is not None:
        return PLACE, kind  # "Obama, a city in Japan,"
    verb = parent.lemma_.lower()
    if dep in ("nsubj", "nsubjpass") and parent.pos_ == "VERB" and verb in PERSON_VERBS:
        born = verb != "bear" or dep == "nsubjpass"  # "Smith was born", not "Smith bore the cost"
        return (PERSON, verb) if born else None  # "Smith died"
    return None


def _place_apposition(doc: Doc, end: int) -> str | None:
    """The kind of place (:data:`PLACE_KINDS`) an apposition right after the name calls it, read off
    the words, since the small model often hangs such an apposition elsewhere: ", a city in",
    ", a small town near" ("city"); not ", a town councillor", where the kind modifies another noun,
    nor ", the city itself bought", a clause of its own. Or, after a name the tagger called a place, a
    place it names right after, set off by itself ("Allen, Texas, near Dallas": "state"; not "Cruz,
    Texas senator", nor an organisation's address, "Mayo Clinic, Rochester")."""
    i = end + 2
    if i >= len(doc) or doc[end].text != ",":
        return None
    state = doc[end + 1]
    if state.ent_iob_ == "B" and state.ent_type_ == "GPE":  # "Allen, Texas, near Dallas": a town
        if doc[end - 1].ent_type_ not in ("GPE", "LOC"):
            return None  # "University of California, Berkeley", "Mayo Clinic, Rochester": an address
        last = end + 1
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
        after_state = doc[last + 1] if last + 1 < len(doc) else None
        if after_state is None or after_state.pos_ in ("PUNCT", "ADP"):
            return "state"
        return None
    if doc[end + 1].lower_ not in ("a", "an"):
        return None
    while i < end + 4 and i < len(doc) and doc[i].pos_ == "ADJ":  # "a small coastal town"
        i += 1
    if i + 1 >= len(doc) or doc[i].lemma_.lower() not in PLACE_KINDS:
        return None
    after = doc[i + 1]
    if after.pos_ not in ("ADP", "PUNCT") and after.lower_ not in ("that", "which", "where", "whose"):
        return None  # ", a town councillor"; ", the city itself bought": no apposition
    return doc[i].lemma_.lower()


def _possession(doc: Doc, head: Token, end: int) -> tuple[str, str] | None:
    """The cue of a noun the name is the possessor or the modifier of: "Petrobras' board",
    "Poclain's majority shareholder", "Fairchild shares", "Twitter CEO Jack Dorsey" (organisation);
    "Smith's wife" (person). Across a wrapped line ("Milex\nshareholder") the model parses the name
    and the noun apart: the noun right after the line's end is read as the modified one."""
    noun, dep = head.head, head.dep_
    after = _wrapped(doc, end)
    if (
        after != end
        and after < len(doc)
        and doc[after].tag_ in ("NN", "NNS")
        and doc[after].is_lower
        and dep not in ("dobj", "dative")  # "sold Icahn\nshares": given to him
    ):
        noun, dep = doc[after], "compound"
    if noun.i < end or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    word = noun.lemma_.lower()
    if word == _EXECUTIVE and any(c.lower_ == "chief" for c in noun.children):
        word = "chief executive"
    if dep == "poss":
        if word in ORG_POSSESSIONS and word not in OWNED:
            return ORG, word
        return (PERSON, word) if word in PERSON_POSSESSIONS else None
    if dep != "compound" or word not in ORG_POSSESSIONS or word in PLACE_POSSESSIONS:
        return None
    if noun.i != after + (word == "chief executive"):
        return None  # "Hisham al-Khatib and PCIAC chairman Peter Towe": another name's role
    if word in ROLE_POSSESSIONS and not (noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN"):
        return None  # "elected Anthony O'Reilly chairman of the board": the role is his
    return ORG, word


def _descriptor(tok: Token) -> bool:
    """A common noun naming a kind of organisation, in lower case (not a name's own word), and not
    of a role ("the chairman of the executive committee Shepard Broad")."""
    if not (tok.pos_ == "NOUN" and tok.text.islower() and tok.lemma_.lower() in ORG_KINDS):
        return False
    holder = tok.head.head if tok.dep_ == "pobj" else None
    return holder is None or holder.lower_.strip(".") not in ROLE_WORDS


def _wrapped_descriptor(doc: Doc, start: int, head: Token, end: int) -> bool:
    """A descriptor with its modifiers before the name, a line wrapped between them ("the state oil
    company\nPetrobras said"): the model parses the two apart across the line's end, so what the
    parse says is read from the words. A clause of its own after the name ("the firm\nSmith
    founded", "told the company\nSmith would resign") has a verb that is not the sentence's main one
    or a descriptor that is another verb's argument."""
    if start < 2 or _wrapped(doc, start - 1) != start:
        return False
    descriptor = doc[start - 2]
    if not _descriptor(descriptor) or not any(
        c.i < descriptor.i and c.dep_ in ("det", "compound", "amod", "poss") for c in descriptor.children
    ):
        return False
    verb = _finite_verb_at(doc, end)
    if verb is None:
        return True
    return (
        head.head.i == verb.i
        and head.dep_ in ("nsubj", "nsubjpass")
        and verb.dep_ == "ROOT"
        and descriptor.dep_ not in _ARGUMENTS  # "told the company\nSmith would resign"
    )


def _wrapped(doc: Doc, i: int) -> int:
    """Token ``i``, or the one after it when ``i`` is a line's end in wrapped text ("Milex\nshareholder")."""
    if i < len(doc) and doc[i].is_space and doc[i].text.count("\n") == 1:
        return i + 1
    return i


def _named_after(doc: Doc, descriptor: Token) -> bool:
    """A name follows the descriptor: "Nabi, the official Algerian news agency APS said" describes
    APS, not Nabi."""
    after = descriptor.i + 1
    return after < len(doc) and (doc[after].pos_ == "PROPN" or doc[after].ent_type_ != "")


def _just_before(doc: Doc, descriptor: Token, start: int) -> bool:
    """The descriptor is the word before the name, or before a comma before it ("the company,
    Petrobras,")."""
    return descriptor.i == start - 1 or (descriptor.i == start - 2 and doc[start - 1].text == ",")


def _phrase_ends(doc: Doc, phrase: Token, end: int) -> bool:
    """Whether the noun phrase headed by ``phrase`` ("the firm", "the firm Smith") ends with the name
    ending at token ``end``: a finite verb right after the name has the phrase as its subject ("the
    firm Acme said") or the name starts a clause of its own ("the firm Smith founded", "told the
    company Smith would resign")."""
    verb = _finite_verb_at(doc, end)
    return verb is None or (phrase.head.i == verb.i and phrase.dep_ in ("nsubj", "nsubjpass"))


def _finite_verb_at(doc: Doc, i: int) -> Token | None:
    """The verb of a finite clause starting at token ``i`` (an auxiliary's main verb), or None."""
    if i >= len(doc) or (doc[i].tag_ not in _FINITE and doc[i].tag_ != "MD"):
        return None
    return doc[i].head if doc[i].dep_ in ("aux", "auxpass") else doc[i]


def _medium(prep: Token) -> bool:
    """A preposition a message goes by: "via", or "on" after a verb of sending one."""
    word = prep.lower_
    if word == "via":
        return True
    verb = prep.head
    return word == "on" and verb.i < prep.i and verb.pos_ == "VERB" and verb.lemma_.lower() in MESSAGE_VERBS


def _age(doc: Doc, tok: Token, end: int) -> bool:
    """An age written in an apposition right after the name: "Smith, 54,"."""
    if tok.i != end + 1 or doc[end].text != "," or not tok.text.isdigit() or not 0 < int(tok.text) < MAX_AGE:
        return False
    after = tok.i + 1
    return after >= len(doc) or doc[after].text in (",", ")", ".", ";")


NO_CUES = (0, 0, 0)
_ORG_CUE = (1, 0, 0)
_PERSON_CUE = (0, 1, 0)
_PLACE_CUE = (0, 0, 1)
_CUE_VOTES = {ORG: _ORG_CUE, PERSON: _PERSON_CUE, PLACE: _PLACE_CUE}


def usage_votes(mention: Mention) -> tuple[int, int, int]:
    """(organisation, person, place) votes of one mention from its cue (:func:`usage_cue`, carried by a
    :class:`~graphbuild.entities_extract.CuedMention`). A title is no vote: the words before a name
    the tagger misread are often no role ("his official Twitter account", "U.S. JUSTICE DEPARTMENT")."""
    kind = getattr(mention, "kind", "")
    return _CUE_VOTES.get(kind, NO_CUES)


def usage_totals(mentions: Iterable[Mention]) -> tuple[int, int, int]:
    """(organisation, person, place) votes of ``mentions`` together (:func:`usage_votes`)."""
    org = person = place = 0
    for mention in mentions:
        o, p, g = usage_votes(mention)
        org, person, place = org + o, person + p, place + g
    return org, person, place


#: A retyping by usage cues, counted over a cluster, needs this many times the cues of the other
#: kind ...
USAGE_CUE_RATIO = 3
#: ... and one cue in this many mentions of the cluster at most: a stray cue (a misparse) in a
#: well-attested person's cluster retypes nothing.
MENTIONS_PER_CUE = 10


def outvoted(cues: int, against: int, mentions: int) -> bool:
    """Whether ``cues`` of one kind retype a cluster of ``mentions`` mentions with ``against`` cues
    of the other kind (:data:`USAGE_CUE_RATIO`, :data:`MENTIONS_PER_CUE`).

    >>> outvoted(7, 0, 42), outvoted(1, 0, 42), outvoted(4, 2, 6), outvoted(1, 0, 1)
    (True, False, False, True)
    """
    return cues > 0 and cues >= USAGE_CUE_RATIO * against and cues * MENTIONS_PER_CUE >= mentions
