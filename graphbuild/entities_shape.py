"""What a person's name is not: an attitude prefix ("pro-Clinton"), an inflected verb a title-case
line ran into it ("Telling Jeb Bush", "Dennis Prager Tells"), a list of names ("Cruz, Rubio"), the
place or organisation after a full name ("Travis Kalanick of Uber"), page furniture glued to it
("Zach CarterFlagShareLikeReplyPaige Lavender"), or an institution's or a place's head noun that
makes it something else ("Brennan Center", "Hermenegildo Galeana Street"). Nor is a one-word name a
common word capitalised by opening its sentence ("Utilities output rose"), nor the first word of a
day's name the tagger split from its weekday ("Super Tuesday"). And what a place's name is not: an
organisation's, by its head noun ("Soviet Ministry") or legal form; nor is a clause the tagger ran
together one name ("Romney blasts Trump").

Token features and small generic vocabularies only; there are no lists of names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .entities_keys import ORG_HEADS, SUFFIXES, is_legal_form, word_set
from .model import Mention
from .temporal.lexicon import WEEKDAY_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Prefixes written in lower case before a name with a hyphen ("pro-Clinton", "anti-Obama"): an
#: attitude to the person, no part of the name (unlike "al-" or "bin" of a name).
ATTITUDE_PREFIXES = frozenset({"pro", "anti", "non", "ex", "post", "pre", "neo"})
#: Inflected verbs at the edge of a person's name, where a title-case line ran the name into its
#: verb ("Telling Jeb Bush", "Dennis Prager Tells"); a bare or modal verb can be a first name
#: ("Will", "Rush") or a surname ("George Will").
EDGE_VERB_TAGS = frozenset({"VBD", "VBG", "VBN", "VBZ"})
#: Quotation marks and brackets a sentence may open with before its first word.
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "``", "`"})
#: Tags of a capitalised sentence opener that is no name though the text never writes it in lower case.
_NOT_A_NAME_TAGS = frozenset({"NNS", "JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN"})


#: What a name the tagger called a person is when it ends in one of these capitalised head nouns
#: ("Brennan Center", "Donald J. Trump Foundation", "Hermenegildo Galeana Street", "Foreign Agents
#: Registration Act"). Heads that are also surnames stay out ("Court", "Post", "Hall", "Park", "Bank").
HEAD_LABELS = (
    dict.fromkeys(
        (
            w.capitalize()
            for w in ORG_HEADS - word_set("court bank trust front board union league forces post")
        ),
        "ORG",
    )
    | dict.fromkeys(
        word_set("Street Avenue Boulevard Square Bridge Airport Stadium Arena Museum Library"), "FAC"
    )
    | {"Act": "LAW"}
)


#: Heads of organisations' names that end places' names too ("Russian Federation", "Rockville
#: Centre", "Civic Center"): a place so named stays one.
PLACE_NAME_HEADS = frozenset({"Federation", "Center", "Centre"})
#: The tagger's labels of places that :func:`headed` may find to be an organisation's name.
_PLACE_TAGS = frozenset({"GPE", "LOC"})


#: Two parties of a court case, as courts write them ("Trump v. Trump", "Roe v Wade"): a "person" so
#: written is a case. Not "vs.", which headlines write of a contest too ("Trump vs. Clinton").
_CASE_PARTIES = re.compile(r"\w\s+v\.?\s+[A-Z]")


#: Letters after a person's name that are part of how it is written, not the head of another name,
#: besides the generational suffixes (:data:`~graphbuild.entities_keys.SUFFIXES`: "JR", "III") and
#: regnal numbers (:data:`_REGNAL`): "Smith MD", "Jones QC".
_NAME_CAPITALS = word_set("MD MP QC KC PHD DDS RN CBE OBE MBE KBE DBE ESQ MEP MSP")
#: A regnal number up to 39 in Roman numerals ("Henry VIII", "Louis XIV", "John XXIII"), written as
#: numerals are ("VIX" is none).
_REGNAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _acronym_headed(words: list[str]) -> bool:
    """Whether a "person"'s last word is an acronym heading the name, an organisation's ("Indiana GOP",
    "Principles PAC"): two to five capitals after words not all in capitals, neither a suffix nor one
    of :data:`_NAME_CAPITALS`.

    >>> [_acronym_headed(n.split()) for n in ("Indiana GOP", "Principles PAC", "Henry VIII", "Louis XIV", "John Smith MD", "JOHN SMITH")]
    [True, True, False, False, False, False]
    """
    if len(words) < 2:
        return False
    last = words[-1].rstrip(".,")
    return (
        2 <= len(last) <= 5
        and last.isalpha()
        and last.isupper()
        and last not in _NAME_CAPITALS
        and not _REGNAL.fullmatch(last)
        and last.lower() not in SUFFIXES
        and not any(w.isupper() for w in words[:-1])
    )


def headed(m: Mention) -> Mention:
    """``m``, labelled by its head noun if it is a "person" of two words or more ending in one of
    :data:`HEAD_LABELS`, or whose head is one before "of" ("Edwin L. Cox School of Business"; once
    title-case lines are cut: "Omar Mateen Worked With Department" is "Omar Mateen"); a "person"
    naming the two parties of a court case is the case, a law ("Trump v. Trump"), and one headed by an
    acronym an organisation ("Indiana GOP", :func:`_acronym_headed`). A "place" so
    headed is an organisation where the head is an organisation's ("Soviet Ministry", "Port of
    Singapore Authority", "West German Federation of Banks"; not "Russian Federation",
    :data:`PLACE_NAME_HEADS`), or where it ends in a legal form ("Nippon Lace Co Ltd")."""
    if m.label != "PERSON" and m.label not in _PLACE_TAGS:
        return m
    words = m.text.split()
    if m.label == "PERSON" and _CASE_PARTIES.search(m.text):
        return replace(m, label="LAW")  # a court case: "Trump v. Trump", "Roe v Wade"
    if m.label == "PERSON" and _acronym_headed(words):
        return replace(m, label="ORG")  # "Indiana GOP", "Principles PAC"
    label = HEAD_LABELS.get(words[-1]) if len(words) >= 2 else None
    if label is None and "of" in words[2:-1]:
        label = HEAD_LABELS.get(words[words.index("of", 2) - 1])
    if m.label in _PLACE_TAGS:
        if len(words) >= 2 and is_legal_form(words[-1]):
            label = "ORG"
        elif label != "ORG" or words[-1] in PLACE_NAME_HEADS:
            return m
    return m if label is None else replace(m, label=label)


#: Prepositions and subordinators a sentence opens with before a name ("Beneath Clinton's wins", "Without
#: Bloomberg in the mix"): a closed class of English words, none of them a first name.
OPENING_PREPOSITIONS = word_set(
    "about above across after against along amid amidst among amongst around at before behind below "
    "beneath beside besides between beyond despite during except from into near onto "
    "over since through throughout toward towards under underneath unlike until upon via within "
    "without although because unless whereas while whether though"
)


#: Prepositions after a full name that start its organisation or place, not a part of the name
#: ("Travis Kalanick of Uber", "Victoria Soto at Sandy Hook"); after a single word they may belong
#: to it ("Joan of Arc").
AFFILIATION_WORDS = word_set("of at from")


def person_parts(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """The token ranges of the persons' names in the tagger's person ``doc[s:e]``: one range, unless
    a comma inside separates names of a list ("Cruz, Rubio" -> "Cruz", "Rubio"; not "Sammy Davis,
    Jr.") or the range goes on after a full name with an affiliation word (:data:`AFFILIATION_WORDS`:
    "Travis Kalanick of Uber" -> "Travis Kalanick"). A part after a comma that starts in lower
    case is none ("Obama, party" -> "Obama"); the first is the tagger's, cut elsewhere ("pro-Clinton")."""
    parts = []
    start = s
    for k in range(s + 1, e - 1):
        if doc[k].text == "," and doc[k + 1].lower_ not in SUFFIXES:
            parts.append((start, k))
            start = k + 1
    parts.append((start, e))
    out = []
    for a, b in parts:
        cut = next(
            (
                k
                for k in range(a + 2, b - 1)
                if doc[k].lower_ in AFFILIATION_WORDS
                and doc[k].is_lower
                and doc[k - 1].text not in HEAD_LABELS  # "Edwin L. Cox School of Business"
            ),
            b,
        )
        if a < cut and (a == s or doc[a].text[:1].isupper()):
            out.append((a, cut))
    return out


def person_edges(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """A person's token range without an attitude prefix ("pro-Clinton" -> "Clinton"), without a
    preposition a sentence opened with ("Beneath Clinton's wins" -> "Clinton") and without inflected
    verbs at its edges ("Telling Jeb Bush" -> "Jeb Bush")."""
    first = doc[s]
    if e - s > 2 and first.text in ATTITUDE_PREFIXES and doc[s + 1].text == "-" and not first.whitespace_:
        s += 2
    if e - s > 1 and doc[s].lower_ in OPENING_PREPOSITIONS and doc[s].whitespace_ and not doc[s].is_upper:
        s += 1
    # words in capitals are tagged one by one, as names ("CUBA SAYS"): their tags say nothing
    while e - s > 1 and doc[s].tag_ in EDGE_VERB_TAGS and doc[s].whitespace_ and not doc[s].is_upper:
        s += 1
    while (
        e - s > 1 and doc[e - 1].tag_ in EDGE_VERB_TAGS and doc[e - 2].whitespace_ and not doc[e - 1].is_upper
    ):
        e -= 1
    return s, e


#: Changes from a lower-case letter to a capital inside one word from which it is words glued together
#: (a page's buttons run into the names around them: "CarterFlagShareLikeReplyPaige"); a name has
#: one or two ("McDonald", "DeSantis", "GlaxoSmithKline").
GLUED_MIN_HUMPS = 3
_HUMP = re.compile(r"[a-z][A-Z]")


def is_glued(text: str) -> bool:
    """Whether a word of ``text`` is words glued together (see :data:`GLUED_MIN_HUMPS`).

    >>> is_glued("Zach CarterFlagShareLikeReplyPaige Lavender"), is_glued("Ron DeSantis McDonald")
    (True, False)
    """
    return any(len(_HUMP.findall(word)) >= GLUED_MIN_HUMPS for word in text.split())


def names_a_day(doc: Doc, i: int) -> bool:
    """Whether word ``i``, a name of one word to the tagger, is the first word of a day's name, the tagger
    keeping the weekday as a date apart ("on [Super] Tuesday", "[Black] Friday"): it modifies the weekday
    that follows it, not a verb or a noun ("a speech by Obama Tuesday" is Obama's, on a Tuesday), and
    the text never writes it but before a weekday (the parser also makes "endorsed Cruz Wednesday" a
    compound, where "Cruz" is written alone elsewhere)."""
    if i + 1 >= len(doc) or doc[i].dep_ not in ("compound", "amod") or doc[i].head.i != i + 1:
        return False
    day = doc[i + 1]
    if not (day.ent_type_ == "DATE" and day.ent_iob_ == "B" and day.lower_ in WEEKDAY_NAMES):
        return False
    word = doc[i].text
    return all(t.i + 1 < len(doc) and doc[t.i + 1].lower_ in WEEKDAY_NAMES for t in doc if t.text == word)


def written_lower(doc: Doc, i: int) -> bool:
    """Whether the text also writes word ``i`` in lower case ("Protesters ..." and "the protesters")."""
    low = doc[i].text.lower()
    return any(t.text == low for t in doc)


def common_word_opening(doc: Doc, i: int, label: str) -> bool:
    """Whether a name of one word is a common word capitalised by its place: it opens a sentence (after
    an opening quote or bracket at most), is no proper noun to the tagger, is never capitalised inside a
    sentence, and the text writes it in lower case too ("Protesters ... the protesters") or the tagger
    reads a plural, adjective, adverb or verb ("Utilities output rose", "Quoting sources"; not "Trump
    said"). An acronym ("WHO said"), a proper noun ("Apple ... an apple"), a name written so elsewhere
    ("Sanders said ... Bernie Sanders") and a group's adjective ("Democratic superdelegates") stay."""
    tok = doc[i]
    if tok.pos_ == "PROPN" or not tok.is_alpha or tok.text.islower() or tok.text.isupper():
        return False
    if label == "NORP" and tok.tag_ != "NNS":
        return False
    if not opens_sentence(doc, i):
        return False
    if not written_lower(doc, i) and (label == "NORP" or tok.tag_ not in _NOT_A_NAME_TAGS):
        return False
    return not any(t.text == tok.text and not opens_sentence(doc, t.i) for t in doc)


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence, after opening quotes or brackets."""
    while i > 0 and not doc[i].is_sent_start and doc[i - 1].text in _OPENERS:
        i -= 1
    return bool(doc[i].is_sent_start)


def _verb_tail(last: Token, before: Token) -> bool:
    """Whether a name's last word is a verb in lower case, apart from the word before ("Ferry
    capsizes"): not a part of a compound ("Li Ka-shing"), nor a lower-case legal form ("Corp inc")."""
    return last.is_alpha and last.text.islower() and last.tag_.startswith("VB") and bool(before.whitespace_)


#: Auxiliaries and modals a headline in title case capitalises after its subject ("Clinton and Sanders
#: Aren't Butting Heads", "Trump Should Quit"): never in the name of a person, a group or a place ("May",
#: "Will" and "Do", a Vietnamese family name, can be).
HEADLINE_AUXILIARIES = word_set("is are was were has have had does did should would could might must shall")
#: Labels of names that never hold such a word (a title, "Who Is Who", can), nor are figures only.
PLAIN_NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"))


def before_headline_auxiliary(doc: Doc, s: int, e: int, label: str) -> int:
    """Where a name the tagger ran on into a title-case headline's verb ends: before its auxiliary
    ("Sanders Are" -> "Sanders", "Trump Should Quit" -> "Trump")."""
    if label not in PLAIN_NAME_LABELS:
        return e
    return next(
        (k for k in range(s + 1, e) if doc[k].text[:1].isupper() and doc[k].lower_ in HEADLINE_AUXILIARIES), e
    )


def before_common_tail(doc: Doc, s: int, e: int) -> int:
    """Where a name the tagger ran into a verb after it ends: before its last words in lower case
    ("Ferry capsizes" of the headline "Ferry capsizes off island" -> "Ferry"), or ``s`` (no name at all)
    when what is left is one word opening a sentence that the text also writes in lower case ("a
    ferry"): a common noun capitalised by its place. A name of one word is left as it is."""
    end = e
    while e - s > 1 and _verb_tail(doc[e - 1], doc[e - 2]):
        e -= 1
    if e < end and e - s == 1 and doc[s].is_sent_start and written_lower(doc, s):
        return s
    return e


def split_name_lists(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each list of persons' names the tagger called one name of another kind
    ("Cruz, Rubio" as a work of art, "Christie, Rubio" as an organisation) made one person's mention
    per name, where every name of the list is a person the document names elsewhere (as a person's
    mention, or as its last word). The names of a list are parted by commas, or by words in lower
    case that join no name (:func:`_list_parts`): a clause the tagger ran together ("Trump assured
    Jones", "Romney blasts Trump", "Carly Fiorina to Rubio"). A firm's name with commas ("Goldman,
    Sachs and Co") stays whole unless each part is a person's name in the document, and "and" parts
    no names ("Procter and Gamble"). The tagger's persons are split by :func:`person_parts`."""
    persons: set[str] = set()
    for m in mentions:
        if m.label == "PERSON" and "," not in m.text:
            persons.add(m.text)
            persons.add(m.text.rsplit(None, 1)[-1])
    out: list[Mention] = []
    for m in mentions:
        parts = _list_parts(m.text) if m.label != "PERSON" else []
        if len(parts) < 2 or not all(m.text[a:b] in persons for a, b in parts):
            out.append(m)
            continue
        out.extend(Mention(m.doc_id, m.start + a, m.start + b, m.text[a:b], "PERSON") for a, b in parts)
    return out


#: Words in lower case that are part of a name, or join two names into one ("Procter and Gamble").
_NAME_WORDS = word_set(
    "and & or of the de du des la le von van der den da di del dos das y e al el bin ibn bint ben"
)
_WORD = re.compile(r"[^\s,]+")


def _list_parts(text: str) -> list[tuple[int, int]]:
    """Character ranges of the runs of words of ``text`` between its commas and its words in lower
    case that are no part of a name (not :data:`_NAME_WORDS`).

    >>> t = "Trump assured Jones"
    >>> [t[a:b] for a, b in _list_parts(t)]
    ['Trump', 'Jones']
    >>> t = "Trump versus Rubio, Rubio"
    >>> [t[a:b] for a, b in _list_parts(t)]
    ['Trump', 'Rubio', 'Rubio']
    >>> t = "Goldman, Sachs and Co"
    >>> [t[a:b] for a, b in _list_parts(t)]
    ['Goldman', 'Sachs and Co']
    """
    parts: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    last = 0
    for w in _WORD.finditer(text):
        word = w.group()
        separated = "," in text[last : w.start()]
        last = w.end()
        if word.isalpha() and word.islower() and word not in _NAME_WORDS:
            if run is not None:
                parts.append(run)
            run = None
            continue
        if run is not None and separated:
            parts.append(run)
            run = None
        run = (w.start(), w.end()) if run is None else (run[0], w.end())
    if run is not None:
        parts.append(run)
    return parts
