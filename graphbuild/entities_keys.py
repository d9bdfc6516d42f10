"""Name normalisation for entity resolution: folding, titles, transliteration keys.

Everything here is a pure function of a string. The vocabularies are generic English
role words and honorifics (never names of particular people, places or organisations):
they tell a title ("Foreign Minister", "Gen.") from the name it precedes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Indel, JaroWinkler, Levenshtein

from .kept_answers import kept


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set (keeps long word lists readable)."""
    return frozenset(text.split())


#: Honorifics that only ever precede a person's name; stripped whatever the NER label.
HONORIFICS = word_set(
    "mr mrs ms miss mx dr prof sir dame lord lady madam mme mlle herr frau rev fr sr sra sheikh"
)

#: Military and civil rank abbreviations and words that precede a person's name.
RANKS = word_set(
    "gen general lt lieut lieutenant col colonel maj major capt captain cpt sgt sergeant adm admiral "
    "cmdr commander cdr brig brigadier marshal field cpl corporal pvt private gov governor sen "
    "senator rep representative pres president vp amb ambassador supt superintendent insp inspector "
    "det detective constable judge justice rabbi imam cardinal bishop archbishop pope king queen prince "
    "princess emperor empress sultan emir crown chancellor premier mayor"
)

#: Role words: nouns and modifiers of job titles ("Deputy Foreign Minister", "Kremlin Spokesman").
ROLE_WORDS = (
    word_set(
        "minister secretary spokesman spokeswoman spokesperson president chairman chairwoman chairperson "
        "chair chief ceo cfo coo cto director head leader envoy adviser advisor ambassador commander "
        "general secretary-general deputy vice prime foreign defence defense interior finance economy "
        "justice trade health energy state attorney lawmaker senator congressman congresswoman mp mep "
        "official officer executive founder president-elect chancellor premier governor mayor "
        "spokesperson press representative commissioner counsel aide negotiator speaker treasurer "
        "ambassador-at-large undersecretary assistant acting former top senior incoming outgoing"
    )
    | RANKS
)

#: Head nouns that end organisation names; a PERSON-shaped tail after one is a person.
ORG_HEADS = word_set(
    "affairs council institute institution university college school foundation group committee "
    "ministry agency bank party center centre association fund forces army navy command office "
    "department service services news times post journal review company corporation corp inc ltd llc "
    "plc co commission authority organisation organization union federation alliance network society "
    "trust board court parliament assembly congress senate government administration bureau club "
    "league coalition front movement"
)

#: Words that mark a news outlet or publication (the NER often calls them PERSON or GPE).
MEDIA_WORDS = word_set(
    "news times post journal tribune herald gazette telegraph guardian chronicle daily weekly "
    "magazine tv television radio channel broadcaster broadcasting press wire agency observer courier "
    "mirror express independent standard reporter bulletin"
)

#: What follows "and" at the end of a firm's name: "A.G. Edwards and Sons Inc" is "A.G. Edwards".
PARTNERSHIP_TAILS = word_set("sons son partners associates brothers bros")
#: Name suffixes that are not the surname.
SUFFIXES = word_set("jr jr. sr sr. ii iii iv")

#: Legal-form words ending company names, dropped from the matching key of non-persons.
LEGAL_FORMS = word_set(
    "inc incorporated corp corporation co company llc ltd limited plc nv sa ag spa gmbh lp llp"
    " bhd berhad pty bv oyj kgaa sarl srl"  # Malaysian, Australian, Dutch, Finnish, German, French, Italian
)

#: The words that join the parts of one firm's name: "Procter and Gamble", "Marks & Spencer".
NAME_AND = frozenset({"and", "&"})


def is_legal_form(word: str) -> bool:
    """Whether ``word`` as written is a legal form (:data:`LEGAL_FORMS`), in any case, with or
    without its dot.

    >>> is_legal_form("Corp."), is_legal_form("INC"), is_legal_form("Corps")
    (True, True, False)
    """
    return word.lower().rstrip(".") in LEGAL_FORMS


#: Words that make a longer name a different place or unit, not a fuller form of a short name:
#: "Boston University" is not short for "Boston University School of Public Health".
SUBUNIT_WORDS = (ORG_HEADS - LEGAL_FORMS) | word_set(
    "airport station stadium hospital museum library summit flight commandant branch division unit "
    "faculty port bridge prison campus headquarters"
)

#: Lower-case connectors allowed inside a title ("Secretary of State", "Minister for Trade").
TITLE_CONNECTORS = word_set("of for the and - &")

FUNCTION_WORDS = word_set("of the and for on in at to a an de du des la le von van der den da di")

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=262144)
@kept("fold")
def fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive form of a name.

    >>> fold("Zelens'kyy, Volodymyr")
    'zelenskyy volodymyr'
    >>> fold("U.S.")
    'us'
    """
    s = anyascii(text).lower().replace("'", "").replace(".", "")
    s = _PUNCT.sub(" ", s)
    return _SPACE.sub(" ", s).strip()


def _bare(token: str) -> str:
    return token.lower().strip(".").replace("’", "'")


def is_title_word(token: str) -> bool:
    """True for honorifics, ranks and role words (case-insensitive, trailing dot ignored)."""
    t = _bare(token)
    return t in HONORIFICS or t in ROLE_WORDS


@dataclass(frozen=True)
class ParsedName:
    """A mention's text split into a leading title and the name proper."""

    title: str
    name: str
    tokens: tuple[str, ...]  # folded name tokens (suffixes dropped)
    honorific: bool  # a person-only honorific or a rank preceded the name


#: The articles: "the", "a", "an".
ARTICLES = word_set("the a an")
#: NER labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def text_key(text: str) -> str:
    """``text`` with its runs of white space one space, case folded: the key two writings of one
    name share ("White  House" and "WHITE HOUSE")."""
    return " ".join(text.split()).casefold()


LEADING_DETERMINERS = word_set("the a an its his her their our this that these those")
NAME_CONNECTORS = word_set("of the and & de du des la le von van der den da di del y on for - at in")


def _has_capital(word: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in word)


def _clean_segment(words: list[str]) -> list[str]:
    while words and (words[0].lower() in LEADING_DETERMINERS or not any(c.isalnum() for c in words[0])):
        words = words[1:]
    while words and (words[-1] in ("'s", "'") or not any(c.isalnum() for c in words[-1])):
        words = words[:-1]
    if words and words[-1].endswith("'s"):
        words = [*words[:-1], words[-1][:-2]]
    # a descriptive prefix ("U.S. automaker GM", "Los Angeles based Northrop Grumman"): the name
    # is the capitalised tail after the last lower-case common word
    last_lower = max(
        (k for k, w in enumerate(words) if w.isalpha() and w.islower() and w not in NAME_CONNECTORS),
        default=-1,
    )
    if 0 <= last_lower < len(words) - 1:
        tail = words[last_lower + 1 :]
        while tail and tail[0].lower() in NAME_CONNECTORS:
            tail = tail[1:]
        if tail and _has_capital(tail[0]):
            words = tail
    return words


_DROP_MARKS = str.maketrans({c: " " for c in '`"[]{}“”«»'})
#: A possessive typed with an opening quotation mark ("Trump‘s"): the name is "Trump".
_TURNED_POSSESSIVE = re.compile(r"(?<=[^\W\d_])‘s\b")


def clean_name(text: str) -> str:
    """The name proper inside a mention span: determiners, descriptors, appositions dropped.

    >>> clean_name("the U.S. automaker GM")
    'GM'
    >>> clean_name("Irish low cost airline , Ryanair")
    'Ryanair'
    >>> clean_name("General Motors ( GM")
    'General Motors'
    >>> clean_name("Bank of America")
    'Bank of America'
    >>> clean_name("Donald Trump‘s")
    'Donald Trump'
    """
    text = _TURNED_POSSESSIVE.sub("'s", text.replace("’", "'")).translate(_DROP_MARKS)
    before, _, inside = text.partition("(")
    if not before.strip():
        before = inside.replace(")", " ")
    words = before.replace(",", " , ").split()
    segments: list[list[str]] = [[]]
    for w in words:
        if w == ",":
            segments.append([])
        else:
            segments[-1].append(w)
    cleaned = [_clean_segment(seg) for seg in segments]
    named = [c for c in cleaned if c and any(_has_capital(w) for w in c)]
    # a segment ending in a lower-case common word is a description ("Irish low cost airline")
    proper = [c for c in named if not (c[-1].isalpha() and c[-1].islower())]
    best = proper or named or cleaned
    return " ".join(best[0]) if best and best[0] else text.strip()


def _person_tail(words: list[str]) -> int:
    """Index where a person's name starts after a role written inside the span, or 0.

    The name is the capitalised suffix after the last role word: two tokens, or three when
    the word before them is itself a role word or connector.
    """
    end = len(words) - 1
    while end > 1 and _bare(words[end]) in SUFFIXES:
        end -= 1  # "Martin Luther King Jr.": a role word before a suffix only is the surname
    role = max((k for k, w in enumerate(words[:end]) if _bare(w) in ROLE_WORDS), default=-1)
    if role < 0:
        return 0
    start = len(words)
    while start > role + 1 and words[start - 1][:1].isupper() and _bare(words[start - 1]) not in ROLE_WORDS:
        start -= 1
    if start == len(words):
        return 0
    if len(words) - start > 2:
        three = len(words) - 3
        before = _bare(words[three - 1])
        start = three if before in ROLE_WORDS or before in TITLE_CONNECTORS else len(words) - 2
    return start


@lru_cache(maxsize=262144)
def parse_name(text: str, label: str) -> ParsedName:
    """Clean a mention (see :func:`clean_name`) and split its title from the name.

    Leading honorifics are always split off; role words only for PERSON mentions, where a
    role inside the span ("Apple CEO Steve Jobs") also starts the title.

    >>> parse_name("Mr. Stoltenberg", "ORG").name
    'Stoltenberg'
    >>> parse_name("President Vladimir Putin", "PERSON").title
    'President'
    >>> parse_name("Ford Motor Company CEO Alan Mulally", "PERSON").name
    'Alan Mulally'
    >>> parse_name("General Motors", "ORG").name
    'General Motors'
    """
    words = clean_name(text).split()
    i = 0
    honorific = False
    while i < len(words) - 1:
        bare = [_bare(p) for p in words[i].split("-") if p]
        if bare and all(b in HONORIFICS for b in bare):
            honorific = True
        elif label == "PERSON" and bare and all(b in ROLE_WORDS or b in TITLE_CONNECTORS for b in bare):
            honorific = honorific or any(b in RANKS for b in bare)
        else:
            break
        i += 1
    if label == "PERSON":
        i = max(i, _person_tail(words))
    title = " ".join(words[:i])
    name = " ".join(words[i:])
    tokens = tuple(t for t in fold(name).split() if t not in SUFFIXES)
    if label != "PERSON":
        # "Apple Inc." and "Apple" are one name: legal forms are not part of the key, nor the "and"
        # before one ("Merrill Lynch and Co", as "Merrill Lynch & Co"), nor "and Sons" and the like
        while len(tokens) > 1 and (tokens[-1] in LEGAL_FORMS or tokens[-1] == "and"):
            tokens = tokens[:-1]
            if len(tokens) > 2 and tokens[-2] == "and" and tokens[-1] in PARTNERSHIP_TAILS:
                tokens = tokens[:-1]
    return ParsedName(title=title, name=name, tokens=tokens, honorific=honorific)


# Transliteration normalisation: spelling systems for Cyrillic, Arabic, etc. differ mostly in
# digraphs and in how they write i/y/j and doubled letters. Applied in order.
_TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "s"),
    ("sch", "s"),
    ("tch", "c"),
    ("dzh", "j"),
    ("zh", "z"),
    ("kh", "h"),
    ("ch", "c"),
    ("sh", "s"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("dj", "j"),
    ("q", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ie", "i"),
    ("ei", "i"),
)
_REPEAT = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")


@lru_cache(maxsize=65536)
@kept("translit_key")
def translit_key(token: str) -> str:
    """Spelling-variant-insensitive key of one name part.

    >>> translit_key("Sergey") == translit_key("Sergei")
    True
    >>> translit_key("Zelensky") == translit_key("Zelenskyy")
    True
    """
    s = "".join(ch for ch in anyascii(token).lower() if ch.isalnum())
    for a, b in _TRANSLIT_RULES:
        s = s.replace(a, b)
    return _REPEAT.sub(r"\1", s)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """First letter plus consonants of the transliteration key (a phonetic blocking key).

    >>> skeleton("Zaluzhny") == skeleton("Zalozhny")
    True
    """
    k = translit_key(token)
    if not k:
        return ""
    return _REPEAT.sub(r"\1", k[0] + _VOWELS.sub("", k[1:]))


def part_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two name parts on their transliteration keys.

    The mean of Jaro-Winkler (rewards shared beginnings) and normalised Indel
    (penalises every edit) so neither a shared prefix nor a shared length alone scores high.
    """
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return 1.0
    return 0.5 * JaroWinkler.similarity(ka, kb) + 0.5 * Indel.normalized_similarity(ka, kb)


@lru_cache(maxsize=65536)
def numbers(text: str) -> tuple[str, ...]:
    """The digit groups in a name ("Airbus A380" -> ("380",)); differing numbers never merge."""
    return tuple(_DIGITS.findall(text))


def acronym(text: str) -> str:
    """Initials of the capitalised words of a multi-word name ("North Atlantic Treaty Organization" -> "nato")."""
    words = [w for w in re.split(r"[\s\-]+", anyascii(text)) if w]
    if len(words) < 2:
        return ""
    if any(not w.isalpha() or (w[0].isupper() and w.isupper() and len(w) > 1) for w in words):
        return ""  # "U.S. House", "NBC News": initials of abbreviations are not an acronym
    return "".join(w[0] for w in words if w[0].isupper()).lower()


def is_acronym_form(text: str) -> bool:
    """True for an all-capitals short form such as "NATO" or "U.N."."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in text.strip()


#: Letters whose loss, addition or change a transliteration or a spelling variant often makes
#: (vowels; "h" of "kh"/"dh"; "w" in diphthongs) and consonants that stand for each other.
_WEAK_LETTERS = frozenset("aeiouyhw")
_KIN_LETTERS = tuple(frozenset(s) for s in ("kgcq", "td", "pb", "sz", "fv", "mn", "lr"))


def strong_edits(a: str, b: str) -> int:
    """Edits between two transliteration keys that add, drop or change a consonant (other than for
    a kindred one: "k"/"g", "t"/"d", "s"/"z"...). Spelling variants of one name differ in vowels and
    kindred sounds, and a typo adds one more: "zaluzni" / "zalizbi" 1, but "mcafi" / "mcain" 2.

    >>> strong_edits("gadafi", "kadhafi"), strong_edits("zaluzni", "zalizbi"), strong_edits("mcafi", "mcain")
    (0, 1, 2)
    """
    n = 0
    for op in Levenshtein.editops(a, b):
        x = a[op.src_pos] if op.tag != "insert" else ""
        y = b[op.dest_pos] if op.tag != "delete" else ""
        if x and y and any(x in kin and y in kin for kin in _KIN_LETTERS):
            continue
        if any(c not in _WEAK_LETTERS for c in x + y):
            n += 1
    return n
